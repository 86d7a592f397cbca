"""The generator on documents nobody here wrote: the small ones of ../shared/specs.

`make corpus` runs every document (the large ones take minutes under mypy); this
runs those under 200 KB on every `make test`: generate, import, mypy and conformance.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_report import check, documents

SMALL = documents(small=True)


def test_the_small_documents_are_there() -> None:
    assert len(SMALL) >= 8, "../shared/specs is missing documents"


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus-mypy-cache")


@pytest.mark.parametrize("document", SMALL, ids=[d.name for d in SMALL])
def test_document_generates_imports_and_type_checks(
    document: Path, tmp_path: Path, mypy_cache: Path
) -> None:
    row = check(document, tmp_path, mypy_cache)
    assert row.error == "", row.error
    assert row.imports and row.mypy
    assert row.files > 0
    # Nothing in these documents is beyond the IR: no operation may be skipped.
    assert row.skipped == []
    # Every value its schemas allow, tried, parses and comes back the same.
    assert row.conformance is not None
    assert row.conformance.passed, row.conformance.failures[:5]
    assert row.conformance.instances > 0

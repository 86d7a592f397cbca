"""The hand-checked sample of inferred pagination (tests/data/pagination_sample.yaml).

Thirty operations across the shared documents were checked by hand against their
documents, each with its evidence; inference must keep finding exactly what was
checked, and keep leaving alone the list operations where a paginator would be wrong.
A failure here means an entry is to be checked by hand again, not just updated.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config
from generator.ir.build import build
from generator.ir.model import Api, Operation
from generator.load import load

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_SPECS = REPO_ROOT.parent / "shared" / "specs"
SAMPLE = yaml.safe_load(
    (Path(__file__).parent / "data" / "pagination_sample.yaml").read_text(encoding="utf-8")
)

pytestmark = pytest.mark.skipif(not SHARED_SPECS.is_dir(), reason="../shared/specs is missing")


@functools.cache
def api(document: str) -> Api:
    """The document's IR with inference alone (no codegen.yaml)."""
    return build(load(SHARED_SPECS / document, validate=False), Config())


def operation(document: str, name: str) -> Operation:
    method, path = name.split(" ", 1)
    found = [o for o in api(document).operations() if (o.http_method, o.path) == (method, path)]
    assert len(found) == 1, f"{document}: {name} is {len(found)} operations"
    return found[0]


def described(op: Operation) -> dict[str, Any]:
    """What the sample records of an operation's pagination."""
    p = op.pagination
    assert p is not None, f"{op.http_method} {op.path} is no longer paginated"
    found: dict[str, Any] = {"style": p.style, "items": p.items, "fields": dict(p.fields)}
    if p.param is not None:
        found["param"] = f"{p.param.location} {p.param.wire}"
    if p.size is not None:
        found["size"] = p.size.wire
    if p.style == "page_number":
        found["first"] = p.first
    return found


def test_the_sample_is_thirty_operations_from_five_documents_or_more() -> None:
    entries = SAMPLE["inferred"]
    assert len(entries) == 30
    assert len({e["document"] for e in entries}) >= 5
    assert len({(e["document"], e["operation"]) for e in entries}) == 30
    styles = {e["expect"]["style"] for e in entries}
    assert styles == {"page_number", "offset", "cursor", "next_url"}  # no Link header in the corpus


def test_no_false_positive_in_the_sample() -> None:
    wrong = [e for e in SAMPLE["inferred"] if e["verdict"] != "correct"]
    assert wrong == []
    assert all(e["evidence"].strip() for e in SAMPLE["inferred"] + SAMPLE["left_alone"])


@pytest.mark.parametrize(
    "entry",
    SAMPLE["inferred"],
    ids=[f"{e['document']} {e['operation']}" for e in SAMPLE["inferred"]],
)
def test_inference_still_finds_what_was_checked(entry: dict[str, Any]) -> None:
    assert described(operation(entry["document"], entry["operation"])) == entry["expect"]


@pytest.mark.parametrize(
    "entry",
    SAMPLE["left_alone"],
    ids=[f"{e['document']} {e['operation']}" for e in SAMPLE["left_alone"]],
)
def test_inference_still_leaves_alone_what_was_checked(entry: dict[str, Any]) -> None:
    assert operation(entry["document"], entry["operation"]).pagination is None

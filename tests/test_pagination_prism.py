"""Inferred pagination against Prism mock servers of two shared documents.

Each document is generated with inference alone, and its Prism server (`--errors`, so a
request that breaks the document gets a 422) answers with the document's examples:

* Lago (page numbers, `meta.next_page`): the static example says page 2 of 4, next 3.
  The client asks for page 3, which Prism accepts; the answer is the same page again
  (next 3 again), which would be paged for ever: the client stops with PaginationError.
* Resend (a cursor: `has_more` and the last item's id as `after`): the example says
  `has_more: false`, so the first page is the last, typed as the document says.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.pipeline import generate
from generator.write import write
from tests.client.conftest import PRISM_BIN, PRISM_START_TIMEOUT, _free_port, _stop

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_SPECS = REPO_ROOT.parent / "shared" / "specs"
DOCUMENTS = {"lago_prism": "lago/openapi.yaml", "resend_prism": "resend.yaml"}

pytestmark = pytest.mark.skipif(not SHARED_SPECS.is_dir(), reason="../shared/specs is missing")


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Each document's client, generated with inference alone and imported."""
    root = tmp_path_factory.mktemp("prism-clients")
    for name, document in DOCUMENTS.items():
        config = root / f"{name}.yaml"
        config.write_text(f"package:\n  name: {name}\n", encoding="utf-8")
        result = generate(SHARED_SPECS / document, config=config, validate=False)
        write(root / name, result.files)
        sys.path.insert(0, str(root / name / "src"))
    yield {name: importlib.import_module(name) for name in DOCUMENTS}
    for name in DOCUMENTS:
        sys.path.remove(str(root / name / "src"))


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A Prism server per document: name -> base URL."""
    if not (PRISM_BIN.is_file() and os.access(PRISM_BIN, os.X_OK)):
        pytest.fail(f"Prism is not installed at {PRISM_BIN}: run `npm ci`")
    logs = tmp_path_factory.mktemp("prism-logs")
    started: list[subprocess.Popen[bytes]] = []
    urls: dict[str, str] = {}
    try:
        for name, document in DOCUMENTS.items():
            port = _free_port()
            with (logs / f"{name}.log").open("wb") as log:
                proc = subprocess.Popen(
                    [str(PRISM_BIN), "mock", str(SHARED_SPECS / document)]
                    + ["-h", "127.0.0.1", "-p", str(port), "--errors"],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,
                )
            started.append(proc)
            urls[name] = f"http://127.0.0.1:{port}"
        for name, proc in zip(DOCUMENTS, started, strict=True):
            _wait(urls[name], proc, logs / f"{name}.log")
        yield urls
    finally:
        for proc in started:
            _stop(proc)


def _wait(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + PRISM_START_TIMEOUT * 2
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"Prism exited early:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.3)
    pytest.fail(f"Prism did not answer on {url}:\n{log.read_text(errors='replace')[-3000:]}")


def client(pkg: Any, url: str, seen: list[httpx.Request], *, is_async: bool = False) -> Any:
    def record(request: httpx.Request) -> None:
        seen.append(request)

    async def arecord(request: httpx.Request) -> None:
        seen.append(request)

    names = [
        n
        for n in pkg.__all__
        if n.endswith("Client")
        and not n.startswith("Default")
        and n.startswith("Async") == is_async
    ]
    http_type = httpx.AsyncClient if is_async else httpx.Client
    http = http_type(event_hooks={"request": [arecord if is_async else record]})
    return getattr(pkg, names[0])(api_key="k", base_url=url, http_client=http, max_retries=0)


def test_lago_pages_by_next_page_and_a_static_mock_does_not_loop(
    packages: dict[str, Any], prism: dict[str, str]
) -> None:
    pkg, seen = packages["lago_prism"], []
    page = client(pkg, prism["lago_prism"], seen).add_ons.list(per_page=2)
    assert isinstance(page, pkg.Page)
    assert (page.page_number, page.total_pages, page.meta.next_page) == (2, 4, 3)
    assert type(page.items[0]).__name__ == "AddOnObject" and page.items[0].code == "setup_fee"
    assert repr(page.next_page_info()) == "PageInfo(page=3)"
    with pytest.raises(pkg.PaginationError, match="repeats this one.*stopping"):
        list(page)
    # Prism accepted the request for page 3 (a 422 would have raised instead).
    assert [(r.url.params.get("page"), r.url.params.get("per_page")) for r in seen] == [
        (None, "2"),
        ("3", "2"),
    ]


def test_lago_async_pages_the_same_way(packages: dict[str, Any], prism: dict[str, str]) -> None:
    pkg, seen = packages["lago_prism"], []

    async def go() -> None:
        api = client(pkg, prism["lago_prism"], seen, is_async=True)
        with pytest.raises(pkg.PaginationError):
            [item async for item in api.add_ons.list(per_page=2)]

    asyncio.run(go())
    assert [r.url.params.get("page") for r in seen] == [None, "3"]


def test_lago_example_with_no_next_page_is_one_page(
    packages: dict[str, Any], prism: dict[str, str]
) -> None:
    pkg, seen = packages["lago_prism"], []
    taxes = list(client(pkg, prism["lago_prism"], seen).taxes.list())
    assert [t.code for t in taxes] == ["french_standard_vat", "french_reduced_vat"]
    assert len(seen) == 1


def test_resend_cursor_page_is_typed_and_its_example_is_the_last(
    packages: dict[str, Any], prism: dict[str, str]
) -> None:
    pkg, seen = packages["resend_prism"], []
    page = client(pkg, prism["resend_prism"], seen).domains.list(limit=2)
    assert isinstance(page, pkg.CursorPage)
    assert page.meta.has_more is False and page.meta.object_ == "list"
    assert type(page.items[0]).__name__ == "ListDomainsItem"
    assert page.next_cursor == page.items[-1].id
    assert not page.has_next_page() and list(page) == page.items
    assert len(seen) == 1

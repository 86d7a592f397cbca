"""Every pagination scheme, sync and async, against mock servers (httpx.MockTransport).

The clients are the golden fixtures' (tests/fixtures/pagination*/expected, the runtime
put back), imported in this process. Each scheme gets the same scenarios: several pages
in order, an empty first page, a short last page, a server that gives the same cursor
or page again (an error, never a loop), and a page fetch that fails once on the way
and is retried. Servers serve ITEMS (ten of them) in pages of their own kind.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import yaml

from tests.test_golden import FIXTURES, assembled, package_of

FAMILIES = (
    "pagination",
    "pagination_body",
    "pagination_offset",
    "pagination_cursor",
    "pagination_next_url",
    "pagination_link_header",
)
ITEMS = [f"i{n}" for n in range(10)]
MODES = ("sync", "async")
Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(scope="module", autouse=True)
def fixture_packages() -> Iterator[None]:
    paths = [str(assembled(f) / "expected" / "src") for f in FAMILIES]
    sys.path[:0] = paths
    yield
    for path in paths:
        sys.path.remove(path)


def package(family: str) -> Any:
    return importlib.import_module(package_of(family))


@dataclass
class Server:
    """A mock server: `handler` answers; every request is kept, and `fail` requests
    (by their index) get a 500 first, which the client retries."""

    handler: Handler
    requests: list[httpx.Request] = field(default_factory=list)
    fail: set[int] = field(default_factory=set)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) > 50:  # a client that loops: fail, rather than hang the run
            raise RuntimeError(f"{len(self.requests)} requests: the client is looping")
        if len(self.requests) - 1 in self.fail:
            return httpx.Response(500, json={"error": "try again"}, headers={"retry-after-ms": "1"})
        return self.handler(request)

    def query(self, name: str) -> list[str | None]:
        return [r.url.params.get(name) for r in self.requests]


def client(family: str, server: Server, mode: str) -> Any:
    config = yaml.safe_load((FIXTURES / family / "codegen.yaml").read_text(encoding="utf-8"))
    cls = getattr(
        package(family), config["client"]["async_class" if mode == "async" else "sync_class"]
    )
    http = (httpx.AsyncClient if mode == "async" else httpx.Client)(
        transport=httpx.MockTransport(server)
    )
    return cls(api_key="k", base_url="https://api.example.com", http_client=http, max_retries=1)


def walk(mode: str, call: Callable[[], Any]) -> list[Any]:
    """Every item the call's pages hold, iterated as a caller would."""
    if mode == "sync":
        return list(call())

    async def collect() -> list[Any]:
        return [item async for item in call()]

    return asyncio.run(collect())


def first_page(mode: str, call: Callable[[], Any]) -> Any:
    if mode == "sync":
        return call()

    async def first() -> Any:
        return await call()

    return asyncio.run(first())


def ids(items: list[Any]) -> list[str]:
    return [getattr(i, "id", None) or getattr(i, "sid", None) or str(i) for i in items]


def ask(family: str, server: Server, mode: str, method: str, **kwargs: Any) -> Callable[[], Any]:
    """A call of `resource.method(**kwargs)` on a fresh client (dotted `method`)."""
    target: Any = client(family, server, mode)
    for part in method.split("."):
        target = getattr(target, part)
    return lambda: target(**kwargs)


# -- the servers, one per kind of page --------------------------------------------------


def page_numbers(
    size: int = 4, items: list[str] = ITEMS, ignore: bool = False, claims_more: bool = False
) -> Handler:
    """fx_pagination's items.list: page[number] from 1, meta.total_pages (`claims_more`:
    five pages, whatever the items)."""

    def handler(request: httpx.Request) -> httpx.Response:
        number = 1 if ignore else int(request.url.params.get("page[number]", "1"))
        chunk = items[(number - 1) * size : number * size]
        total = 5 if claims_more else -(-len(items) // size)
        return httpx.Response(
            200,
            json={
                "data": [{"id": i} for i in chunk],
                "meta": {
                    "page_number": number,
                    "page_size": size,
                    "total_pages": total,
                    "total_results": len(items),
                },
            },
        )

    return handler


def body_pages(items: list[str] = ITEMS, claims_more: bool = False) -> Handler:
    """fx_body_pages' search: page and limit in the JSON body, `pages` in the response."""

    def handler(request: httpx.Request) -> httpx.Response:
        import json

        body = json.loads(request.content)
        number, limit = body.get("page", 1), body.get("limit", 10)
        chunk = items[(number - 1) * limit : number * limit]
        pages = 5 if claims_more else -(-len(items) // limit)
        return httpx.Response(
            200, json={"results": [{"id": i, "score": 1.0} for i in chunk], "pages": pages}
        )

    return handler


def offsets(items: list[str] = ITEMS, ignore: bool = False, claims_more: bool = False) -> Handler:
    """fx_offset's list_items: offset and limit, total_count."""

    def handler(request: httpx.Request) -> httpx.Response:
        start = 0 if ignore else int(request.url.params.get("offset", "0"))
        limit = int(request.url.params.get("limit", "20"))
        chunk = items[start : start + limit]
        total = 100 if claims_more else len(items)
        return httpx.Response(200, json={"items": [{"id": i} for i in chunk], "total_count": total})

    return handler


def body_offsets(items: list[str] = ITEMS) -> Handler:
    """fx_offset's search_items: offset and limit in the JSON body and no total, so a
    short page is the last."""

    def handler(request: httpx.Request) -> httpx.Response:
        import json

        body = json.loads(request.content)
        start, limit = body.get("offset", 0), body.get("limit", 10)
        return httpx.Response(
            200, json={"results": [{"id": i} for i in items[start : start + limit]]}
        )

    return handler


def cursors(
    size: int = 4, items: list[str] = ITEMS, stuck: str | None = None, claims_more: bool = False
) -> Handler:
    """fx_cursor's list_events: `cursor` in, `next_cursor` out (`stuck`: always that one)."""

    def handler(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("cursor")
        start = 0 if after is None else int(after.removeprefix("c")) + 1
        chunk = items[start : start + size]
        last = start + len(chunk) - 1
        more = start + size < len(items) or claims_more
        nxt = stuck or (f"c{last}" if more else None)
        return httpx.Response(
            200, json={"data": [{"id": i, "kind": "k"} for i in chunk], "next_cursor": nxt}
        )

    return handler


def has_more(size: int = 4, items: list[str] = ITEMS, claims_more: bool = False) -> Handler:
    """fx_cursor's list_customers: has_more, and the last id passed as starting_after."""

    def handler(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("starting_after")
        start = 0 if after is None else items.index(after) + 1
        chunk = items[start : start + size]
        return httpx.Response(
            200,
            json={
                "object": "list",
                "data": [{"id": i} for i in chunk],
                "has_more": start + size < len(items) or claims_more,
            },
        )

    return handler


def next_urls(
    size: int = 4,
    items: list[str] = ITEMS,
    relative: bool = False,
    stuck: bool = False,
    claims_more: bool = False,
) -> Handler:
    """fx_next_url: links.next (absolute) or next_page_uri (a path)."""

    def handler(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("start", "0"))
        chunk = items[start : start + size]
        more = start + size < len(items) or claims_more
        after = 0 if stuck else start + size
        path = "/v1/Accounts/AC1/Calls.json" if relative else "/v1/repos"
        url = f"{path}?start={after}&PageSize={size}"
        if relative:
            body = {
                "calls": [{"sid": i} for i in chunk],
                "next_page_uri": url if more else None,
                "page": 0,
            }
        else:
            link = f"https://api.example.com{url}" if more else None
            body = {
                "data": [{"id": n, "name": i} for n, i in enumerate(chunk)],
                "links": {"next": link},
            }
        return httpx.Response(200, json=body)

    return handler


def link_headers(
    size: int = 4,
    items: list[str] = ITEMS,
    stuck: bool = False,
    sentry: bool = False,
    claims_more: bool = False,
) -> Handler:
    """fx_link_header's list_issues: a list body, the next page in `Link: <...>; rel="next"`."""

    def handler(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("cursor", "0"))
        chunk = items[start : start + size]
        more = start + size < len(items) or claims_more
        after = 0 if stuck else start + size
        links = [f'<https://api.example.com/issues?cursor={max(start - size, 0)}>; rel="prev"']
        if more or sentry:
            results = '; results="false"' if sentry and not more else ""
            links.append(f'<https://api.example.com/issues?cursor={after}>; rel="next"{results}')
        return httpx.Response(
            200,
            json=[{"number": start + n, "title": i} for n, i in enumerate(chunk)],
            headers={"Link": ", ".join(links)},
        )

    return handler


# Each scheme: (family, method, handler maker, call arguments, how items read back).
SCHEMES: dict[str, tuple[str, str, Callable[..., Handler], dict[str, Any]]] = {
    "page_number": ("pagination", "items.list", page_numbers, {}),
    "page_number_body": ("pagination_body", "search.create", body_pages, {"q": "x", "limit": 4}),
    "offset": ("pagination_offset", "items.list", offsets, {"limit": 4}),
    "offset_body": (
        "pagination_offset",
        "items.search",
        body_offsets,
        {"query": "x", "limit": 4},
    ),
    "cursor": ("pagination_cursor", "events.list", cursors, {}),
    "cursor_has_more": ("pagination_cursor", "customers.list", has_more, {}),
    "next_url": ("pagination_next_url", "repos.list", next_urls, {}),
    "next_url_relative": (
        "pagination_next_url",
        "accounts.list_calls",
        lambda **kw: next_urls(relative=True, **kw),
        {"account_sid": "AC1"},
    ),
    "link_header": ("pagination_link_header", "issues.list", link_headers, {}),
}


def read_back(scheme: str, items: list[Any]) -> list[str]:
    if scheme == "next_url":
        return [i.name for i in items]
    if scheme == "link_header":
        return [i.title for i in items]
    return ids(items)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_several_pages_are_walked_in_order(scheme: str, mode: str) -> None:
    family, method, make, kwargs = SCHEMES[scheme]
    server = Server(make())
    items = walk(mode, ask(family, server, mode, method, **kwargs))
    assert read_back(scheme, items) == ITEMS
    assert len(server.requests) == 3  # 4 + 4 + 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_an_empty_first_page_is_the_last(scheme: str, mode: str) -> None:
    family, method, make, kwargs = SCHEMES[scheme]
    server = Server(make(items=[]))
    assert walk(mode, ask(family, server, mode, method, **kwargs)) == []
    page = first_page(mode, ask(family, server, mode, method, **kwargs))
    assert page.items == [] and not page.has_next_page() and page.next_page_info() is None
    assert len(server.requests) == 2  # one for the walk, one for the page


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scheme", sorted(set(SCHEMES) - {"offset_body"}))  # it claims nothing
def test_an_empty_page_ends_the_walk_even_when_the_server_claims_more(
    scheme: str, mode: str
) -> None:
    family, method, make, kwargs = SCHEMES[scheme]
    server = Server(make(items=[], claims_more=True))
    assert walk(mode, ask(family, server, mode, method, **kwargs)) == []
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_a_short_last_page_ends_the_walk(scheme: str, mode: str) -> None:
    family, method, make, kwargs = SCHEMES[scheme]
    server = Server(make(items=ITEMS[:6]))  # 4, then a short page of 2
    items = walk(mode, ask(family, server, mode, method, **kwargs))
    assert read_back(scheme, items) == ITEMS[:6]
    assert len(server.requests) == 2  # no request after the short page


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_a_page_fetch_that_fails_once_partway_is_retried(scheme: str, mode: str) -> None:
    family, method, make, kwargs = SCHEMES[scheme]
    server = Server(make(), fail={1})  # the second page's first try gets a 500
    items = walk(mode, ask(family, server, mode, method, **kwargs))
    assert read_back(scheme, items) == ITEMS
    assert [r.headers.get("x-retry-count") for r in server.requests] == [None, None, "1", None]
    assert server.requests[1].url == server.requests[2].url  # the same page asked again


@pytest.mark.parametrize("mode", MODES)
def test_a_failure_that_lasts_reaches_the_loop_and_the_last_page_can_go_on(mode: str) -> None:
    family, method, make, _ = SCHEMES["cursor"]
    server = Server(make(), fail={1, 2})  # the second page fails, and its retry too
    call = ask(family, server, mode, method)
    pkg = package(family)
    if mode == "sync":
        page = call()
        with pytest.raises(pkg.InternalServerError):
            list(page)
        assert ids(page.get_next_page().items) == ITEMS[4:8]  # the server is back
    else:

        async def go() -> list[str]:
            page = await call()
            with pytest.raises(pkg.InternalServerError):
                [item async for item in page]
            return ids((await page.get_next_page()).items)

        assert asyncio.run(go()) == ITEMS[4:8]


REPEATING: dict[str, tuple[str, str, Handler, dict[str, Any]]] = {
    "page_number": ("pagination", "items.list", page_numbers(ignore=True), {}),
    "offset": ("pagination_offset", "items.list", offsets(ignore=True), {"limit": 4}),
    "cursor": ("pagination_cursor", "events.list", cursors(stuck="c3"), {}),
    "next_url": ("pagination_next_url", "repos.list", next_urls(stuck=True), {}),
    "link_header": ("pagination_link_header", "issues.list", link_headers(stuck=True), {}),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scheme", sorted(REPEATING))
def test_a_page_the_server_gives_again_stops_with_an_error(scheme: str, mode: str) -> None:
    family, method, handler, kwargs = REPEATING[scheme]
    server = Server(handler)
    with pytest.raises(package(family).PaginationError) as caught:
        walk(mode, ask(family, server, mode, method, **kwargs))
    assert len(server.requests) <= 3  # stopped at once, not after looping
    assert "stopping" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_requests_carry_the_position_where_the_scheme_says(mode: str) -> None:
    server = Server(page_numbers())
    walk(mode, ask("pagination", server, mode, "items.list", page_size=4, filter_label="x"))
    assert server.query("page[number]") == [None, "2", "3"]
    assert server.query("page[size]") == ["4", "4", "4"]
    assert server.query("filter[label]") == ["x", "x", "x"]
    server = Server(body_pages())
    walk(mode, ask("pagination_body", server, mode, "search.create", q="cats", limit=4))
    import json

    bodies = [json.loads(r.content) for r in server.requests]
    assert bodies == [
        {"q": "cats", "limit": 4},
        {"q": "cats", "limit": 4, "page": 2},
        {"q": "cats", "limit": 4, "page": 3},
    ]
    assert {r.method for r in server.requests} == {"POST"}
    server = Server(has_more())
    walk(mode, ask("pagination_cursor", server, mode, "customers.list", limit=4))
    assert server.query("starting_after") == [None, "i3", "i7"]
    assert server.query("limit") == ["4", "4", "4"]
    server = Server(next_urls(relative=True))
    walk(
        mode,
        ask("pagination_next_url", server, mode, "accounts.list_calls", account_sid="AC1"),
    )
    assert [str(r.url) for r in server.requests[1:]] == [
        "https://api.example.com/v1/Accounts/AC1/Calls.json?start=4&PageSize=4",
        "https://api.example.com/v1/Accounts/AC1/Calls.json?start=8&PageSize=4",
    ]


@pytest.mark.parametrize("mode", MODES)
def test_a_cursor_in_the_body_is_passed_back_in_the_body(mode: str) -> None:
    import json

    def handler(request: httpx.Request) -> httpx.Response:
        token = (json.loads(request.content).get("page") or {}).get("token")
        start = 0 if token is None else int(token)
        chunk = ITEMS[start : start + 4]
        nxt = str(start + 4) if start + 4 < len(ITEMS) else None
        return httpx.Response(
            200, json={"messages": [{"id": i} for i in chunk], "next_page_token": nxt}
        )

    server = Server(handler)
    call = ask(
        "pagination_cursor",
        server,
        mode,
        "messages.search",
        query="q",
        page={"size": 4},
    )
    assert ids(walk(mode, call)) == ITEMS
    bodies = [json.loads(r.content) for r in server.requests]
    assert bodies == [
        {"query": "q", "page": {"size": 4}},
        {"query": "q", "page": {"size": 4, "token": "4"}},
        {"query": "q", "page": {"size": 4, "token": "8"}},
    ]


@pytest.mark.parametrize(
    ("has_more", "pages"), [(False, 1), (None, 3), (True, 3)], ids=["false", "absent", "true"]
)
def test_has_more_false_ends_the_walk_and_its_absence_leaves_it_to_the_cursor(
    has_more: bool | None, pages: int
) -> None:
    walked = cursors()

    def handler(request: httpx.Request) -> httpx.Response:
        body = walked(request).json()
        if has_more is not None:
            body["has_more"] = has_more
        return httpx.Response(200, json=body)

    server = Server(handler)
    items = walk("sync", ask("pagination_cursor", server, "sync", "events.list"))
    assert len(server.requests) == pages and ids(items) == ITEMS[: min(4 * pages, 10)]


def test_the_end_from_a_total_count_and_the_page_size() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        number, size = int(request.url.params.get("page", "1")), int(request.url.params["per_page"])
        return httpx.Response(
            200, json={"reports": ITEMS[(number - 1) * size : number * size], "total": 10}
        )

    server = Server(handler)
    page = ask("pagination_body", server, "sync", "reports.list", per_page=5)()
    assert (page.page_number, page.total_pages) == (1, 2)
    assert list(page) == ITEMS and len(server.requests) == 2  # page 2 holds 5 and is the last


def test_a_next_page_on_another_host_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "data": [{"id": 1, "name": "a"}],
                "links": {"next": "https://evil.example/v1/repos?start=1"},
            },
        )

    server = Server(handler)
    page = ask("pagination_next_url", server, "sync", "repos.list")()
    with pytest.raises(package("pagination_next_url").PaginationError, match="another host"):
        page.has_next_page()
    assert len(server.requests) == 1


def test_a_next_link_marked_results_false_is_no_next_page() -> None:
    server = Server(link_headers(items=ITEMS[:8], sentry=True))  # Sentry always sends rel="next"
    assert [
        i.title for i in ask("pagination_link_header", server, "sync", "issues.list")()
    ] == ITEMS[:8]
    assert len(server.requests) == 2


def test_page_info_the_typed_envelope_and_data() -> None:
    server = Server(has_more())
    page = ask("pagination_cursor", server, "sync", "customers.list")()
    assert repr(page.next_page_info()) == "PageInfo(starting_after='i3')"
    assert page.data is page.items and page.meta.has_more is True and page.meta.object_ == "list"
    assert page.next_cursor == "i3"
    assert page.response is page.meta  # several other fields: meta is the whole response
    last = page.get_next_page().get_next_page()
    assert not last.has_next_page() and last.next_page_info() is None
    with pytest.raises(LookupError):
        last.get_next_page()


def test_raw_response_gives_the_page_from_parse() -> None:
    server = Server(link_headers())
    raw = ask("pagination_link_header", server, "sync", "issues.with_raw_response.list")()
    assert raw.status_code == 200 and 'rel="next"' in raw.headers["link"]
    page = raw.parse()
    assert page.next_url == "https://api.example.com/issues?cursor=4"
    assert [i.title for i in page] == ITEMS  # later pages are plain fetches

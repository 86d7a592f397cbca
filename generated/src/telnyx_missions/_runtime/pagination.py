"""Pagination: a page of a list that fetches the pages after it, one class per scheme.

A list method returns its first page. Iterating over a page (`for`, or `async for` on the
async client) walks every item of it and of every page after it; `iter_pages()` walks the
pages. Each scheme is a frozen dataclass the generated method passes: where the items and
the position are in the response, and where the next request carries the position.

| scheme | page class | the next request | the last page |
|---|---|---|---|
| `PageNumberScheme` | `Page` | the page number + 1 | total pages or items reached, else a short page |
| `OffsetScheme` | `OffsetPage` | the offset + the items on this page | total items reached, else a short page |
| `CursorScheme` | `CursorPage` | the response's cursor, or the last item's id | no cursor, or has_more false |
| `NextURLScheme` | `NextURLPage` | GET the URL the response gives | no URL |
| `LinkHeaderScheme` | `LinkHeaderPage` | GET the `Link` header's `rel="next"` URL | no such link |

An empty page is always the last. A cursor or URL the server gives again, or a page that
repeats the one before it, raises `PaginationError` instead of looping for ever.
"""

from __future__ import annotations

import functools
import math
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast
from urllib.parse import urljoin, urlsplit

from typing_extensions import Self

from .errors import NoNextPageError, PaginationError
from .types import omit

if TYPE_CHECKING:
    import httpx
    import pydantic

__all__ = [
    "AsyncCursorPage",
    "AsyncCursorPager",
    "AsyncLinkHeaderPage",
    "AsyncLinkHeaderPager",
    "AsyncNextURLPage",
    "AsyncNextURLPager",
    "AsyncOffsetPage",
    "AsyncOffsetPager",
    "AsyncPage",
    "AsyncPager",
    "CursorPage",
    "CursorScheme",
    "LinkHeaderPage",
    "LinkHeaderScheme",
    "NextURLPage",
    "NextURLScheme",
    "OffsetPage",
    "OffsetScheme",
    "Page",
    "PageInfo",
    "PageNumberScheme",
    "PageRequest",
    "Param",
]

T = TypeVar("T")
M = TypeVar("M")
P = TypeVar("P")


# -- where the position goes ------------------------------------------------------------


@dataclass(frozen=True)
class PageRequest:
    """One page's request: the parts that change from page to page, and the rest as given."""

    method: str
    path: str  # relative to the base URL, or the absolute URL a server gave
    query: Mapping[str, object]
    body: object  # `omit`, or the JSON body's fields
    options: Mapping[str, Any]  # headers, timeout, extra_*: passed on unchanged

    def to_url(self, url: str) -> PageRequest:
        """A GET of `url`, which carries every query parameter itself."""
        options = {
            k: v for k, v in self.options.items() if k not in ("extra_query", "query_styles")
        }
        return PageRequest("GET", url, {}, omit, options)


@dataclass(frozen=True)
class Param:
    """A request value that moves from page to page: in the query or the JSON body,
    under a key path (`("page[number]",)`, or `("pagination", "starting_after")`)."""

    location: str  # "query" or "body"
    path: tuple[str, ...]

    @property
    def name(self) -> str:
        return ".".join(self.path)

    def read(self, request: PageRequest) -> object:
        value: object = request.query if self.location == "query" else request.body
        for key in self.path:
            value = value.get(key, omit) if isinstance(value, Mapping) else omit
        return value

    def write(self, request: PageRequest, value: object) -> PageRequest:
        if self.location == "query":
            return replace(request, query=_set_in(request.query, self.path, value))
        body = request.body if isinstance(request.body, Mapping) else {}
        return replace(request, body=_set_in(body, self.path, value))


def _set_in(
    mapping: Mapping[str, object], path: tuple[str, ...], value: object
) -> dict[str, object]:
    """A copy of `mapping` with `value` at `path`; the caller's dicts are left as they were."""
    copy = dict(mapping)
    head, rest = path[0], path[1:]
    if rest:
        inner = copy.get(head)
        copy[head] = _set_in(inner if isinstance(inner, Mapping) else {}, rest, value)
    else:
        copy[head] = value
    return copy


@dataclass(frozen=True)
class PageInfo:
    """How the next page is asked for: new values of request parameters, or a whole URL."""

    params: tuple[tuple[Param, object], ...] = ()
    url: str | None = None

    def apply(self, request: PageRequest) -> PageRequest:
        if self.url is not None:
            return request.to_url(self.url)
        for param, value in self.params:
            request = param.write(request, value)
        return request

    def __repr__(self) -> str:
        if self.url is not None:
            return f"PageInfo(url={self.url!r})"
        return "PageInfo(" + ", ".join(f"{p.name}={v!r}" for p, v in self.params) + ")"


# -- the schemes: what the generated methods pass ---------------------------------------


@dataclass(frozen=True, kw_only=True)
class _Scheme:
    """What every scheme says: where the items are (a dotted attribute path of the parsed
    response, "" when the response is the list) and what `page.meta` is ("" the whole
    response, None nothing), and how big a page is asked to be (to tell a short page)."""

    items: str = ""
    meta: str | None = None
    size: Param | None = None
    size_default: int | None = None  # the size parameter's documented default
    size_max: int | None = None  # ... and maximum

    def page_size(self, request: PageRequest) -> int | None:
        asked = self.size.read(request) if self.size is not None else omit
        size = _int(asked)
        if size is None:
            size = self.size_default
        if size is not None and self.size_max is not None:
            size = min(size, self.size_max)
        return size if size is None or size > 0 else None


@dataclass(frozen=True, kw_only=True)
class PageNumberScheme(_Scheme):
    """Pages by number: `page` carries it; the end is known from the total pages, the
    total items, the next page's number, or else a short page."""

    page: Param
    first: int = 1  # the number of the first page (0 where pages count from 0)
    current_page: str = ""
    total_pages: str = ""
    total_count: str = ""
    next_page: str = ""  # a field holding the next page's number, null on the last


@dataclass(frozen=True, kw_only=True)
class OffsetScheme(_Scheme):
    """An offset into the whole list: `offset` carries it; the end is known from the
    total items, or else a short page."""

    offset: Param
    total_count: str = ""


@dataclass(frozen=True, kw_only=True)
class CursorScheme(_Scheme):
    """A cursor passed back in `cursor`: the one the response gives at `next_cursor`, or
    the last item's `item_id` (with `has_more`, as Stripe does)."""

    cursor: Param
    next_cursor: str = ""
    item_id: str = ""
    has_more: str = ""  # a boolean field, true while there are more pages
    done: str = ""  # a boolean field, true on the last page


@dataclass(frozen=True, kw_only=True)
class NextURLScheme(_Scheme):
    """The response gives the next page's URL, absolute or relative, at `next_url`."""

    next_url: str


@dataclass(frozen=True, kw_only=True)
class LinkHeaderScheme(_Scheme):
    """The next page's URL is the response's `Link` header entry with `rel="next"`
    (RFC 8288); one marked `results="false"` (Sentry's convention) is no next page."""


def _dig(value: object, path: str) -> object:
    if path:
        for name in _split(path):
            value = value.get(name) if isinstance(value, dict) else getattr(value, name, None)
    return value


@functools.cache
def _split(path: str) -> tuple[str, ...]:
    return tuple(path.split("."))


def _int(value: object) -> int | None:
    """A whole number, also where a schema says `type: number` for one (3.0 is 3)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# -- pages ------------------------------------------------------------------------------


class _BasePage(Generic[T, M]):
    """What every page has: its items (`items`, also `data`), `meta`, the parsed
    `response`, `has_next_page()`, `next_page_info()`."""

    _scheme: _Scheme
    # Page numbers and offsets are computed, not given: a server that ignores them
    # serves the same page again, which is caught by comparing items.
    _compare_items: ClassVar[bool] = False

    def __init__(
        self,
        *,
        scheme: _Scheme,
        request: PageRequest,
        body: object,
        http_response: httpx.Response,
        fetch: Callable[[PageRequest], Any],
    ) -> None:
        self._scheme = scheme
        self._request = request
        self._body = body
        self._http_response = http_response
        self._fetch = fetch
        # The positions of the pages before this one, once it is followed (see `_seen`).
        self._before: frozenset[object] = frozenset()
        items = _dig(body, scheme.items)
        # Not a list only where lenient parsing kept a drifted body as it came.
        self.items: list[T] = list(cast("list[T]", items)) if isinstance(items, list) else []
        self.meta: M = cast(M, None if scheme.meta is None else _dig(body, scheme.meta))

    @property
    def data(self) -> list[T]:
        """The items of this page (the name most list envelopes give them)."""
        return self.items

    @property
    def response(self) -> pydantic.BaseModel:
        """The whole parsed response body (a list body comes wrapped in a RootModel)."""
        import pydantic

        if isinstance(self._body, pydantic.BaseModel):
            return self._body
        return pydantic.RootModel[Any].model_construct(root=self._body)

    @property
    def http_response(self) -> httpx.Response:
        """The HTTP response this page came in (status, headers)."""
        return self._http_response

    def has_next_page(self) -> bool:
        """True while the server says there is a page after this one; an empty page is the last."""
        return self.next_page_info() is not None

    def next_page_info(self) -> PageInfo | None:
        """What the next request changes, or None on the last page."""
        if not self.items:
            return None
        return self._next_info()

    def _next_info(self) -> PageInfo | None:
        raise NotImplementedError

    def _position(self, request: PageRequest) -> object:
        """What tells this page's request apart from every other page's."""
        return request.path

    def _seen(self) -> frozenset[object]:
        """The positions of this page and of every page before it."""
        return self._before | {self._position(self._request)}

    def _next_request(self) -> PageRequest:
        info = self.next_page_info()
        if info is None:
            raise NoNextPageError(
                f"{self._as_last()}: check has_next_page() before get_next_page()"
            )
        request = info.apply(self._request)
        position = self._position(request)
        if position in self._seen():
            raise PaginationError(
                f"the server asks for a page already fetched ({info!r}): stopping rather "
                "than fetching the same pages for ever",
                self._http_response.request,
            )
        return request

    def _followed_by(self, page: Self) -> Self:
        page._before = self._seen()
        if self._compare_items and page.items and page.items == self.items:
            raise PaginationError(
                f"the next page repeats this one ({len(self.items)} items): the server seems "
                f"to ignore {self._moving_param()}; stopping rather than looping",
                page._http_response.request,
            )
        return page

    def _moving_param(self) -> str:
        return "the page parameter"

    def _describe(self) -> str:
        return f"{len(self.items)} items"

    def _as_last(self) -> str:
        return f"this page ({self._describe()}) is the last page"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._describe()}>"


class _SyncPage(_BasePage[T, M]):
    def get_next_page(self) -> Self:
        """Fetch the page after this one (check `has_next_page()` first)."""
        page: Self = self._fetch(self._next_request())
        return self._followed_by(page)

    def iter_pages(self) -> Iterator[Self]:
        """This page, then every page after it, fetched as the loop reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class _AsyncPage(_BasePage[T, M]):
    async def get_next_page(self) -> Self:
        """Fetch the page after this one (check `has_next_page()` first)."""
        page: Self = await self._fetch(self._next_request())
        return self._followed_by(page)

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page, then every page after it, fetched as the loop reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class _PageNumbers(_BasePage[T, M]):
    _scheme: PageNumberScheme
    _compare_items = True

    @property
    def page_number(self) -> int:
        """This page's number: as the response says, else as asked for, else the first."""
        scheme = self._scheme
        said = _int(_dig(self._body, scheme.current_page)) if scheme.current_page else None
        if said is not None:
            return said
        asked = _int(scheme.page.read(self._request))
        return scheme.first if asked is None else asked

    @property
    def total_pages(self) -> int | None:
        """How many pages there are, where the response says (or says how many items)."""
        scheme = self._scheme
        if scheme.total_pages:
            return _int(_dig(self._body, scheme.total_pages))
        total = _int(_dig(self._body, scheme.total_count)) if scheme.total_count else None
        size = scheme.page_size(self._request)
        return None if total is None or size is None else math.ceil(total / size)

    def _next_info(self) -> PageInfo | None:
        scheme = self._scheme
        if scheme.next_page:
            number = _int(_dig(self._body, scheme.next_page))
            return None if number is None else PageInfo(((scheme.page, number),))
        number = self.page_number
        if scheme.total_pages or scheme.total_count:
            total = self.total_pages
            if total is not None:
                last = scheme.first + total - 1
                return PageInfo(((scheme.page, number + 1),)) if number < last else None
            if scheme.total_pages:
                return None  # the server gave no total: nothing says there is more
        size = scheme.page_size(self._request)
        if size is not None and len(self.items) < size:
            return None  # a short page is the last
        return PageInfo(((scheme.page, number + 1),))

    def _position(self, request: PageRequest) -> object:
        return (request.path, self._scheme.page.read(request))

    def _moving_param(self) -> str:
        return repr(self._scheme.page.name)

    def _describe(self) -> str:
        return f"page {self.page_number} of {self.total_pages}: {len(self.items)} items"

    def _as_last(self) -> str:
        n = len(self.items)
        return f"page {self.page_number} of {self.total_pages} is the last page ({n} items)"


class _Offsets(_BasePage[T, M]):
    _scheme: OffsetScheme
    _compare_items = True

    @property
    def offset(self) -> int:
        """Where this page starts in the whole list (0 when not asked for)."""
        asked = _int(self._scheme.offset.read(self._request))
        return 0 if asked is None else asked

    @property
    def total_count(self) -> int | None:
        """How many items the whole list has, where the response says."""
        scheme = self._scheme
        return _int(_dig(self._body, scheme.total_count)) if scheme.total_count else None

    def _next_info(self) -> PageInfo | None:
        scheme = self._scheme
        after = self.offset + len(self.items)
        total = self.total_count
        if total is not None:
            return PageInfo(((scheme.offset, after),)) if after < total else None
        if scheme.total_count:
            return None  # the server gave no total: nothing says there is more
        size = scheme.page_size(self._request)
        if size is not None and len(self.items) < size:
            return None  # a short page is the last
        return PageInfo(((scheme.offset, after),))

    def _position(self, request: PageRequest) -> object:
        return (request.path, self._scheme.offset.read(request))

    def _moving_param(self) -> str:
        return repr(self._scheme.offset.name)

    def _describe(self) -> str:
        return f"offset {self.offset} of {self.total_count}: {len(self.items)} items"


class _Cursors(_BasePage[T, M]):
    _scheme: CursorScheme

    @property
    def next_cursor(self) -> str | int | None:
        """The cursor that asks for the next page, where the response gives one."""
        scheme = self._scheme
        if scheme.item_id:
            value = getattr(self.items[-1], scheme.item_id, None) if self.items else None
        else:
            value = _dig(self._body, scheme.next_cursor)
        if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
            return None
        return value

    def _next_info(self) -> PageInfo | None:
        scheme = self._scheme
        more, done = _dig(self._body, scheme.has_more), _dig(self._body, scheme.done)
        if scheme.has_more and (more is False or (scheme.item_id and more is not True)):
            return None  # with the last item's id, only has_more says there is more
        if scheme.done and done is True:
            return None
        cursor = self.next_cursor
        return None if cursor is None else PageInfo(((scheme.cursor, cursor),))

    def _position(self, request: PageRequest) -> object:
        return (request.path, self._scheme.cursor.read(request))

    def _describe(self) -> str:
        return f"{len(self.items)} items, next cursor {self.next_cursor!r}"


class _URLs(_BasePage[T, M]):
    def _given_url(self) -> str | None:
        raise NotImplementedError

    @property
    def next_url(self) -> str | None:
        """The next page's absolute URL, where the server gives one."""
        given = self._given_url()
        return urljoin(str(self._http_response.request.url), given) if given else None

    def _next_info(self) -> PageInfo | None:
        url = self.next_url
        if url is None:
            return None
        here, there = urlsplit(str(self._http_response.request.url)), urlsplit(url)
        if (here.scheme, here.netloc) != (there.scheme, there.netloc):
            raise PaginationError(
                f"the next page is on another host ({url}): not sending this client's "
                "credentials there",
                self._http_response.request,
            )
        return PageInfo(url=url)

    def _describe(self) -> str:
        return f"{len(self.items)} items, next {self.next_url!r}"


class _NextURLs(_URLs[T, M]):
    _scheme: NextURLScheme

    def _given_url(self) -> str | None:
        value = _dig(self._body, self._scheme.next_url)
        return value if isinstance(value, str) and value else None


class _LinkHeaders(_URLs[T, M]):
    def _given_url(self) -> str | None:
        for link in self._http_response.links.values():
            if "next" in link.get("rel", "").lower().split() and link.get("results") != "false":
                return link.get("url") or None
        return None


class Page(_PageNumbers[T, M], _SyncPage[T, M]):
    """One page of a list paged by number: `items`, `meta`, `page_number`, `total_pages`.

    Iterating over it walks every item of this page and of every page after it.
    """


class AsyncPage(_PageNumbers[T, M], _AsyncPage[T, M]):
    """One page of a list paged by number, on the async client; `async for` walks on."""


class OffsetPage(_Offsets[T, M], _SyncPage[T, M]):
    """One page of a list paged by offset: `items`, `meta`, `offset`, `total_count`."""


class AsyncOffsetPage(_Offsets[T, M], _AsyncPage[T, M]):
    """One page of a list paged by offset, on the async client."""


class CursorPage(_Cursors[T, M], _SyncPage[T, M]):
    """One page of a list paged by cursor: `items`, `meta`, `next_cursor`."""


class AsyncCursorPage(_Cursors[T, M], _AsyncPage[T, M]):
    """One page of a list paged by cursor, on the async client."""


class NextURLPage(_NextURLs[T, M], _SyncPage[T, M]):
    """One page of a list whose response gives the next page's URL: `next_url`."""


class AsyncNextURLPage(_NextURLs[T, M], _AsyncPage[T, M]):
    """One page of a list whose response gives the next page's URL, on the async client."""


class LinkHeaderPage(_LinkHeaders[T, M], _SyncPage[T, M]):
    """One page of a list whose `Link` header gives the next page's URL: `next_url`."""


class AsyncLinkHeaderPage(_LinkHeaders[T, M], _AsyncPage[T, M]):
    """One page of a list whose `Link` header gives the next page's URL, on the async client."""


# -- what async list methods return -----------------------------------------------------


class _Pager(Generic[P, T]):
    """`await` it for the first page, or `async for` over every item of every page."""

    page_class: ClassVar[type[_AsyncPage[Any, Any]]]

    def __init__(self, first: Callable[[], Awaitable[P]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, P]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in cast("AsyncIterable[T]", page):
            yield item


class AsyncPager(_Pager[AsyncPage[T, M], T]):
    """An async list paged by number: `await` it for the first `AsyncPage`."""

    page_class = AsyncPage


class AsyncOffsetPager(_Pager[AsyncOffsetPage[T, M], T]):
    """An async list paged by offset: `await` it for the first `AsyncOffsetPage`."""

    page_class = AsyncOffsetPage


class AsyncCursorPager(_Pager[AsyncCursorPage[T, M], T]):
    """An async list paged by cursor: `await` it for the first `AsyncCursorPage`."""

    page_class = AsyncCursorPage


class AsyncNextURLPager(_Pager[AsyncNextURLPage[T, M], T]):
    """An async list paged by next-page URL: `await` it for the first `AsyncNextURLPage`."""

    page_class = AsyncNextURLPage


class AsyncLinkHeaderPager(_Pager[AsyncLinkHeaderPage[T, M], T]):
    """An async list paged by `Link` header: `await` it for the first `AsyncLinkHeaderPage`."""

    page_class = AsyncLinkHeaderPage

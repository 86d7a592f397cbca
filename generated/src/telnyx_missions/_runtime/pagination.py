"""Page-number pagination: a page of items that can fetch the pages after it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from .errors import NoNextPageError

if TYPE_CHECKING:
    import pydantic


__all__ = ["AsyncPage", "AsyncPager", "Page", "PageScheme"]

T = TypeVar("T")
M = TypeVar("M")


@dataclass(frozen=True)
class PageScheme:
    """Where a list response keeps its items and its position, and how to ask for a page."""

    page_param: str
    items: str
    current_page: tuple[str, ...]
    total_pages: tuple[str, ...]
    meta: str | None = None  # the response field that holds the position, if one does

    def read(self, envelope: pydantic.BaseModel, requested: int) -> tuple[int, int | None]:
        current = _dig(envelope, self.current_page)
        total = _dig(envelope, self.total_pages)
        return (
            current if isinstance(current, int) else requested,
            total if isinstance(total, int) else None,
        )


def _dig(value: object, path: tuple[str, ...]) -> object:
    for name in path:
        value = value.get(name) if isinstance(value, dict) else getattr(value, name, None)
    return value


class _BasePage(Generic[T, M]):
    def __init__(
        self,
        *,
        items: list[T],
        meta: M,
        response: pydantic.BaseModel,
        page_number: int,
        total_pages: int | None,
    ) -> None:
        self.items = items
        self.meta = meta
        self.response = response
        self.page_number = page_number
        self.total_pages = total_pages

    def has_next_page(self) -> bool:
        """True while the server says there are more pages (and this one was not empty)."""
        return (
            bool(self.items)
            and self.total_pages is not None
            and self.page_number < self.total_pages
        )

    def _last_page_message(self) -> str:
        return (
            f"page {self.page_number} of {self.total_pages} is the last page "
            f"({len(self.items)} items): check has_next_page() before get_next_page()"
        )

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} page {self.page_number} of {self.total_pages}: "
            f"{len(self.items)} items>"
        )


class Page(_BasePage[T, M]):
    """One page of a list: `items`, `meta` (where it is), and `response` (the whole body).

    Iterating over it walks every item of this page and of every page after it.
    """

    def __init__(
        self,
        *,
        items: list[T],
        meta: M,
        response: pydantic.BaseModel,
        page_number: int,
        total_pages: int | None,
        fetch: Callable[[int], Page[T, M]],
    ) -> None:
        super().__init__(
            items=items,
            meta=meta,
            response=response,
            page_number=page_number,
            total_pages=total_pages,
        )
        self._fetch = fetch

    def get_next_page(self) -> Page[T, M]:
        """The page after this one; `NoNextPageError` on the last page."""
        if not self.has_next_page():
            raise NoNextPageError(self._last_page_message())
        return self._fetch(self.page_number + 1)

    def iter_pages(self) -> Iterator[Page[T, M]]:
        page: Page[T, M] = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_BasePage[T, M]):
    """One page of a list on the async client; `async for` walks every later page too."""

    def __init__(
        self,
        *,
        items: list[T],
        meta: M,
        response: pydantic.BaseModel,
        page_number: int,
        total_pages: int | None,
        fetch: Callable[[int], Awaitable[AsyncPage[T, M]]],
    ) -> None:
        super().__init__(
            items=items,
            meta=meta,
            response=response,
            page_number=page_number,
            total_pages=total_pages,
        )
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[T, M]:
        """The page after this one; `NoNextPageError` on the last page."""
        if not self.has_next_page():
            raise NoNextPageError(self._last_page_message())
        return await self._fetch(self.page_number + 1)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T, M]]:
        page: AsyncPage[T, M] = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPager(Generic[T, M]):
    """What an async list method returns: `await` it for the first page, or `async for`
    over every item of every page."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T, M]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[object, None, AsyncPage[T, M]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item

"""HTTP responses as callers can hold them: `with_raw_response` and `with_streaming_response`.

`client.<resource>.with_raw_response.<method>(...)` reads the body and returns an
`APIResponse`; `.with_streaming_response.<method>(...)` is a context manager whose
`APIResponse` has not read the body, so it can be consumed in pieces. On the async
client both give an `AsyncAPIResponse`, whose reading methods and `parse()` are awaited.
"""

from __future__ import annotations

import contextvars
import datetime
import functools
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, ParamSpec, TypeVar, cast, overload

import httpx

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncResponseContextManager",
    "ResponseContextManager",
    "async_raw_response_wrapper",
    "async_streamed_response_wrapper",
    "raw_response_wrapper",
    "response_mode",
    "streamed_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
U = TypeVar("U")

RAW = "raw"
STREAMED = "streamed"
# Set while a `with_raw_response` or `with_streaming_response` call runs, so that the
# client returns the response instead of its parsed body.
response_mode: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "response_mode", default=None
)


class _BaseAPIResponse(Generic[R]):
    def __init__(
        self,
        http_response: httpx.Response,
        *,
        parse: Callable[[], R],
        parse_to: Callable[[Any], Any],
        retries_taken: int,
        request_id: str | None,
        body_is_stream: bool = False,
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self.request_id = request_id
        self._parse_default = parse
        self._parse_to = parse_to
        self._body_is_stream = body_is_stream  # parse() gives a Stream over the unread body
        self._parsed: list[R] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        return self.http_response.request.url

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """From sending the request to the end of the body; once the body has been read."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.method} {self.url}>"


class APIResponse(_BaseAPIResponse[R]):
    """An HTTP response; `parse()` gives what the method would have returned."""

    @overload
    def parse(self) -> R: ...

    @overload
    def parse(self, *, to: type[U]) -> U: ...

    def parse(self, *, to: type[U] | None = None) -> R | U:
        """The body as the method's return type, or as `to` (a model, `dict`, `str`,
        `bytes`, `object`...), parsed as leniently or strictly as the client parses."""
        if to is not None:
            self.read()
            return cast(U, self._parse_to(to))
        if not self._parsed:
            if not self._body_is_stream:
                self.read()
            self._parsed.append(self._parse_default())
        return self._parsed[0]

    def read(self) -> bytes:
        """The whole body (read once, then kept)."""
        return self.http_response.read()

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        self.read()
        return cast(object, self.http_response.json())

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def write_to_file(self, path: str | os.PathLike[str], chunk_size: int | None = None) -> int:
        """Write the body to `path` piece by piece as it arrives; the number of bytes."""
        written = 0
        with open(path, "wb") as out:
            for chunk in self.http_response.iter_bytes(chunk_size):
                written += out.write(chunk)
        return written

    def close(self) -> None:
        self.http_response.close()


class AsyncAPIResponse(_BaseAPIResponse[R]):
    """An HTTP response of the async client; `await parse()` gives the method's result."""

    @overload
    async def parse(self) -> R: ...

    @overload
    async def parse(self, *, to: type[U]) -> U: ...

    async def parse(self, *, to: type[U] | None = None) -> R | U:
        """The body as the method's return type, or as `to` (see `APIResponse.parse`)."""
        if to is not None:
            await self.read()
            return cast(U, self._parse_to(to))
        if not self._parsed:
            if not self._body_is_stream:
                await self.read()
            self._parsed.append(self._parse_default())
        return self._parsed[0]

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        await self.read()
        return cast(object, self.http_response.json())

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def write_to_file(
        self, path: str | os.PathLike[str], chunk_size: int | None = None
    ) -> int:
        """Write the body to `path` piece by piece as it arrives; the number of bytes."""
        written = 0
        with open(path, "wb") as out:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                written += out.write(chunk)
        return written

    async def close(self) -> None:
        await self.http_response.aclose()


class ResponseContextManager(Generic[R]):
    """`with ... as response:` sends the request on entry and closes the response on exit."""

    def __init__(self, send: Callable[[], APIResponse[R]]) -> None:
        self._send = send
        self._response: APIResponse[R] | None = None

    def __enter__(self) -> APIResponse[R]:
        self._response = self._send()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[R]):
    """`async with ... as response:` for the async client."""

    def __init__(self, send: Callable[[], Awaitable[AsyncAPIResponse[R]]]) -> None:
        self._send = send
        self._response: AsyncAPIResponse[R] | None = None

    async def __aenter__(self) -> AsyncAPIResponse[R]:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = response_mode.set(RAW)
        try:
            return cast(APIResponse[R], func(*args, **kwargs))
        finally:
            response_mode.reset(token)

    return wrapped


def async_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        token = response_mode.set(RAW)
        try:
            return cast(AsyncAPIResponse[R], await func(*args, **kwargs))
        finally:
            response_mode.reset(token)

    return wrapped


def streamed_response_wrapper(
    func: Callable[P, R],
) -> Callable[P, ResponseContextManager[R]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[R]:
        def send() -> APIResponse[R]:
            token = response_mode.set(STREAMED)
            try:
                return cast(APIResponse[R], func(*args, **kwargs))
            finally:
                response_mode.reset(token)

        return ResponseContextManager(send)

    return wrapped


def async_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[R]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[R]:
        async def send() -> AsyncAPIResponse[R]:
            token = response_mode.set(STREAMED)
            try:
                return cast(AsyncAPIResponse[R], await func(*args, **kwargs))
            finally:
                response_mode.reset(token)

        return AsyncResponseContextManager(send)

    return wrapped

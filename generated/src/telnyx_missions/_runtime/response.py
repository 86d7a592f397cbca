"""The raw HTTP response, for `client.<resource>.with_raw_response.<method>(...)`."""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Generic, ParamSpec, TypeVar, cast

import httpx

__all__ = [
    "APIResponse",
    "async_raw_response_wrapper",
    "raw_response_wrapper",
    "wants_raw_response",
]

P = ParamSpec("P")
R = TypeVar("R")

# Set while a `with_raw_response` call runs, so the client returns the response unparsed.
wants_raw_response: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "wants_raw_response", default=False
)


class APIResponse(Generic[R]):
    """An HTTP response whose body has been read; `parse()` gives the typed result."""

    def __init__(
        self, http_response: httpx.Response, parse: Callable[[], R], retries_taken: int
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> object:
        return cast(object, self.http_response.json())

    def parse(self) -> R:
        return self._parse()

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url}>"


def raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = wants_raw_response.set(True)
        try:
            return cast(APIResponse[R], func(*args, **kwargs))
        finally:
            wants_raw_response.reset(token)

    return wrapped


def async_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = wants_raw_response.set(True)
        try:
            return cast(APIResponse[R], await func(*args, **kwargs))
        finally:
            wants_raw_response.reset(token)

    return wrapped

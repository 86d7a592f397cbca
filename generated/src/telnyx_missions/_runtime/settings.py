"""A client's settings and defaults: `ClientSettings`, the httpx clients it makes, default
timeouts and limits, and logging switched on by an environment variable."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from .errors import InvalidURLError
from .query import encode_query
from .types import TimeoutTypes

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ClientSettings",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "configure_logging",
]

log = logging.getLogger(__name__.rsplit(".", 2)[0])

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
# Never logged with their value.
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def configure_logging(env_var: str) -> None:
    """Turn on the package's logging when `env_var` is `info` or `debug`.

    It sets the level of the package's logger and, if the program has configured no
    logging of its own, sends records to stderr (`logging.basicConfig`). Any other value,
    or none, leaves logging as the program set it.
    """
    level = {"info": logging.INFO, "debug": logging.DEBUG}.get(
        os.environ.get(env_var, "").strip().lower()
    )
    if level is not None:
        logging.basicConfig(
            format="[%(asctime)s %(name)s %(levelname)s] %(message)s",
            datefmt="%Y-%m-%d %H:%M:%S",
        )
        log.setLevel(level)


class DefaultHttpxClient(httpx.Client):
    """An `httpx.Client` with the client's own defaults (timeouts, connection limits,
    redirects left to the client): pass it as `http_client=` with proxies, HTTP/2,
    certificates or transports of your own."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_LIMITS)
        kwargs.setdefault("follow_redirects", False)
        super().__init__(**kwargs)


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """`DefaultHttpxClient` for the async client."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_LIMITS)
        kwargs.setdefault("follow_redirects", False)
        super().__init__(**kwargs)


def _checked_base_url(url: str) -> str:
    """The base URL without a trailing slash; `InvalidURLError` naming it if it is not
    an absolute http(s) URL."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise InvalidURLError(f"Invalid base URL {url!r}: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InvalidURLError(
            f"Invalid base URL {url!r}: expected an absolute http:// or https:// URL"
        )
    return url.rstrip("/")


def _status_codes(statuses: Sequence[int | str]) -> frozenset[int]:
    """Status codes from `[408, 429, "5XX"]`: numbers, or a digit and XX for a range."""
    codes: set[int] = set()
    for status in statuses:
        text = str(status).upper()
        if len(text) == 3 and text[0].isdigit() and text[1:] == "XX":
            first = int(text[0]) * 100
            codes.update(range(first, first + 100))
        else:
            codes.add(int(text))
    return frozenset(codes)


@dataclass(frozen=True, eq=False, repr=False)
class ClientSettings:
    """Connection settings shared by the sync and async clients."""

    api_key: str | None
    auth: str  # bearer, header or none
    auth_header: str
    base_url: str
    timeout: TimeoutTypes
    max_retries: int
    default_headers: Mapping[str, str]
    strict: bool
    user_agent: str
    default_query: Mapping[str, object]
    retry_statuses: tuple[int | str, ...]  # error statuses retried: codes, and ranges like "5XX"
    idempotency_header: str | None  # sent on non-GET requests, one value per call
    request_id_header: str
    # The API's own base URL, where some operations have servers of their own: they go
    # there while the client keeps it, and to the caller's base URL once given one.
    default_base_url: str | None = None

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        set_ = object.__setattr__
        set_(self, "base_url", _checked_base_url(self.base_url))
        if self.default_base_url:
            set_(self, "default_base_url", _checked_base_url(self.default_base_url))
        set_(self, "default_headers", dict(self.default_headers))
        set_(self, "default_query", dict(self.default_query))
        set_(self, "retry_codes", _status_codes(self.retry_statuses))
        set_(self, "query_text", encode_query(self.default_query))
        secret = {self.auth_header.lower()} if self.auth == "header" else set()
        set_(self, "secret_headers", _SECRET_HEADERS | secret)
        set_(self, "timeout_extension", httpx.Timeout(self.timeout).as_dict())

    # Worked out once, in __post_init__.
    retry_codes: frozenset[int] = field(init=False)
    query_text: str = field(init=False)  # default_query, encoded
    secret_headers: frozenset[str] = field(init=False)  # lower-case names never logged
    timeout_extension: dict[str, float | None] = field(init=False)  # as httpx sends it

    def replace(self, **changes: Any) -> ClientSettings:
        return replace(self, **changes)

    def headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", "User-Agent": self.user_agent}
        if self.api_key:
            if self.auth == "bearer":
                headers["Authorization"] = f"Bearer {self.api_key}"
            elif self.auth == "header":
                headers[self.auth_header] = self.api_key
        headers.update(self.default_headers)
        return headers

    def __repr__(self) -> str:
        # Never show the key: reprs end up in logs and tracebacks.
        return f"<{type(self).__name__} base_url={self.base_url!r} max_retries={self.max_retries}>"

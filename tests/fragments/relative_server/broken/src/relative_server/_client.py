"""The Relative Server clients: `RelativeServerClient` and `AsyncRelativeServerClient`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from relative_server._runtime.client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    ClientSettings,
    SyncAPIClient,
)
from relative_server._runtime.types import Omit, TimeoutTypes, omit
from relative_server._version import __version__

if TYPE_CHECKING:
    from relative_server.resources.health import AsyncHealthResource, HealthResource

__all__ = ["AsyncRelativeServerClient", "RelativeServerClient"]

DEFAULT_BASE_URL = "/api"
API_KEY_ENV = "RELATIVE_SERVER_API_KEY"
BASE_URL_ENV = "RELATIVE_SERVER_BASE_URL"


def _settings(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: TimeoutTypes,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    strict: bool,
) -> ClientSettings:
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    return ClientSettings(
        api_key=key,
        auth="none",
        auth_header="Authorization",
        base_url=url,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers,
        strict=strict,
        user_agent=f"relative-server/{__version__} (python; httpx {httpx.__version__})",
        pagination=None,
    )


class RelativeServerClient:
    """Synchronous client for the Relative Server.

    Args:
      api_key: defaults to the `RELATIVE_SERVER_API_KEY` environment variable.
      base_url: defaults to `RELATIVE_SERVER_BASE_URL`, then `/api`.
      timeout: seconds (or an `httpx.Timeout`) for each request; 60 s by default.
      max_retries: retries after a connection error, a timeout, 408, 409, 429 or 5xx.
      default_headers: headers sent with every request.
      http_client: an `httpx.Client` of your own (its pool stays open when the client closes).
      strict: reject response fields and enum values the spec does not declare.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict: bool = False,
    ) -> None:
        settings = _settings(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict=strict,
        )
        self._client = SyncAPIClient(settings, http_client)

    @cached_property
    def health(self) -> HealthResource:
        """Operations under `health`."""
        from relative_server.resources.health import HealthResource

        return HealthResource(self._client)

    @property
    def base_url(self) -> str:
        return self._client._settings.base_url

    @property
    def timeout(self) -> TimeoutTypes:
        return self._client._settings.timeout

    @property
    def max_retries(self) -> int:
        return self._client._settings.max_retries

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | Omit = omit,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict: bool | None = None,
    ) -> RelativeServerClient:
        """A copy of this client with some settings changed; it shares the connection pool."""
        current = self._client._settings
        copy = RelativeServerClient.__new__(RelativeServerClient)
        settings = _settings(
            api_key=api_key if api_key is not None else current.api_key,
            base_url=base_url or current.base_url,
            timeout=current.timeout if isinstance(timeout, Omit) else timeout,
            max_retries=current.max_retries if max_retries is None else max_retries,
            default_headers={**current.default_headers, **(default_headers or {})},
            strict=current.strict if strict is None else strict,
        )
        copy._client = SyncAPIClient(settings, self._client._http)
        copy._client._owns_http = False
        return copy

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def __enter__(self) -> RelativeServerClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<RelativeServerClient base_url={self.base_url!r}>"


class AsyncRelativeServerClient:
    """Asynchronous client for the Relative Server.

    Args:
      api_key: defaults to the `RELATIVE_SERVER_API_KEY` environment variable.
      base_url: defaults to `RELATIVE_SERVER_BASE_URL`, then `/api`.
      timeout: seconds (or an `httpx.Timeout`) for each request; 60 s by default.
      max_retries: retries after a connection error, a timeout, 408, 409, 429 or 5xx.
      default_headers: headers sent with every request.
      http_client: an `httpx.AsyncClient` of your own (its pool stays open when the client closes).
      strict: reject response fields and enum values the spec does not declare.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
    ) -> None:
        settings = _settings(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict=strict,
        )
        self._client = AsyncAPIClient(settings, http_client)

    @cached_property
    def health(self) -> AsyncHealthResource:
        """Operations under `health`."""
        from relative_server.resources.health import AsyncHealthResource

        return AsyncHealthResource(self._client)

    @property
    def base_url(self) -> str:
        return self._client._settings.base_url

    @property
    def timeout(self) -> TimeoutTypes:
        return self._client._settings.timeout

    @property
    def max_retries(self) -> int:
        return self._client._settings.max_retries

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | Omit = omit,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict: bool | None = None,
    ) -> AsyncRelativeServerClient:
        """A copy of this client with some settings changed; it shares the connection pool."""
        current = self._client._settings
        copy = AsyncRelativeServerClient.__new__(AsyncRelativeServerClient)
        settings = _settings(
            api_key=api_key if api_key is not None else current.api_key,
            base_url=base_url or current.base_url,
            timeout=current.timeout if isinstance(timeout, Omit) else timeout,
            max_retries=current.max_retries if max_retries is None else max_retries,
            default_headers={**current.default_headers, **(default_headers or {})},
            strict=current.strict if strict is None else strict,
        )
        copy._client = AsyncAPIClient(settings, self._client._http)
        copy._client._owns_http = False
        return copy

    async def close(self) -> None:
        """Close the connection pool."""
        await self._client.close()

    async def __aenter__(self) -> AsyncRelativeServerClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<AsyncRelativeServerClient base_url={self.base_url!r}>"

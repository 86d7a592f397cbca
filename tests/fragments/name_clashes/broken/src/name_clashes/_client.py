"""The Name Clashes clients: `NameClashesClient` and `AsyncNameClashesClient`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from name_clashes._runtime.client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    ClientSettings,
    SyncAPIClient,
)
from name_clashes._runtime.types import Omit, TimeoutTypes, omit
from name_clashes._version import __version__

if TYPE_CHECKING:
    from name_clashes.resources.compact import AsyncCompactResource, CompactResource
    from name_clashes.resources.items import AsyncItemsResource, ItemsResource

__all__ = ["AsyncNameClashesClient", "NameClashesClient"]

DEFAULT_BASE_URL = ""
API_KEY_ENV = "NAME_CLASHES_API_KEY"
BASE_URL_ENV = "NAME_CLASHES_BASE_URL"


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
    if not url:
        raise ValueError(f"No base URL: pass base_url= to the client or set {BASE_URL_ENV}.")
    return ClientSettings(
        api_key=key,
        auth="none",
        auth_header="Authorization",
        base_url=url,
        timeout=timeout,
        max_retries=max_retries,
        default_headers=default_headers,
        strict=strict,
        user_agent=f"name-clashes/{__version__} (python; httpx {httpx.__version__})",
        pagination=None,
    )


class NameClashesClient:
    """Synchronous client for the Name Clashes.

    Args:
      api_key: defaults to the `NAME_CLASHES_API_KEY` environment variable.
      base_url: defaults to `NAME_CLASHES_BASE_URL`.
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
    def compact(self) -> CompactResource:
        """Operations under `compact`."""
        from name_clashes.resources.compact import CompactResource

        return CompactResource(self._client)

    @cached_property
    def items(self) -> ItemsResource:
        """Operations under `items`."""
        from name_clashes.resources.items import ItemsResource

        return ItemsResource(self._client)

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
    ) -> NameClashesClient:
        """A copy of this client with some settings changed; it shares the connection pool."""
        current = self._client._settings
        copy = NameClashesClient.__new__(NameClashesClient)
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

    def __enter__(self) -> NameClashesClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<NameClashesClient base_url={self.base_url!r}>"


class AsyncNameClashesClient:
    """Asynchronous client for the Name Clashes.

    Args:
      api_key: defaults to the `NAME_CLASHES_API_KEY` environment variable.
      base_url: defaults to `NAME_CLASHES_BASE_URL`.
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
    def compact(self) -> AsyncCompactResource:
        """Operations under `compact`."""
        from name_clashes.resources.compact import AsyncCompactResource

        return AsyncCompactResource(self._client)

    @cached_property
    def items(self) -> AsyncItemsResource:
        """Operations under `items`."""
        from name_clashes.resources.items import AsyncItemsResource

        return AsyncItemsResource(self._client)

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
    ) -> AsyncNameClashesClient:
        """A copy of this client with some settings changed; it shares the connection pool."""
        current = self._client._settings
        copy = AsyncNameClashesClient.__new__(AsyncNameClashesClient)
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

    async def __aenter__(self) -> AsyncNameClashesClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<AsyncNameClashesClient base_url={self.base_url!r}>"

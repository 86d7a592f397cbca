"""What every generated client class offers beside its resources: its settings, copies
with other settings, requests to any path, and closing."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any, TypeVar

import httpx
from typing_extensions import Self

from .client import AsyncAPIClient, SyncAPIClient
from .settings import ClientSettings
from .types import Omit, RequestOptions, TimeoutTypes, omit

__all__ = ["AsyncClientBase", "SyncClientBase"]

T = TypeVar("T")


def _changed(
    current: ClientSettings,
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: TimeoutTypes | Omit,
    max_retries: int | None,
    default_headers: Mapping[str, str] | None,
    set_default_headers: Mapping[str, str] | None,
    default_query: Mapping[str, object] | None,
    set_default_query: Mapping[str, object] | None,
    strict: bool | None,
) -> ClientSettings:
    if default_headers is not None and set_default_headers is not None:
        raise ValueError(
            "pass default_headers (merged) or set_default_headers (replacing), not both"
        )
    if default_query is not None and set_default_query is not None:
        raise ValueError("pass default_query (merged) or set_default_query (replacing), not both")
    headers = dict(current.default_headers)
    if set_default_headers is not None:
        headers = dict(set_default_headers)
    headers.update(default_headers or {})
    query = dict(current.default_query)
    if set_default_query is not None:
        query = dict(set_default_query)
    query.update(default_query or {})
    return current.replace(
        api_key=current.api_key if api_key is None else api_key,
        base_url=base_url or current.base_url,
        timeout=current.timeout if isinstance(timeout, Omit) else timeout,
        max_retries=current.max_retries if max_retries is None else max_retries,
        default_headers=headers,
        default_query=query,
        strict=current.strict if strict is None else strict,
    )


def _options(options: RequestOptions | None) -> dict[str, Any]:
    given = options or {}
    parts: dict[str, Any] = {
        "extra_headers": given.get("headers"),
        "extra_query": given.get("query"),
        "max_retries": given.get("max_retries"),
    }
    if "timeout" in given:
        parts["timeout"] = given["timeout"]
    return parts


class _ClientBase:
    _client: SyncAPIClient | AsyncAPIClient

    @property
    def base_url(self) -> str:
        return self._client._settings.base_url

    @property
    def timeout(self) -> TimeoutTypes:
        return self._client._settings.timeout

    @property
    def max_retries(self) -> int:
        return self._client._settings.max_retries

    @property
    def default_headers(self) -> dict[str, str]:
        """The headers sent with every request, beside the API key and `User-Agent`."""
        return dict(self._client._settings.default_headers)

    @property
    def default_query(self) -> dict[str, object]:
        """The query parameters sent with every request."""
        return dict(self._client._settings.default_query)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r}>"


class SyncClientBase(_ClientBase):
    _client: SyncAPIClient

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | Omit = omit,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        strict: bool | None = None,
    ) -> Self:
        """A copy of this client with some settings changed.

        `default_headers` and `default_query` are merged over the current ones;
        `set_default_headers` and `set_default_query` replace them. The copy shares this
        client's connection pool unless it is given an `http_client` of its own.
        """
        settings = _changed(
            self._client._settings,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            strict=strict,
        )
        copy = type(self).__new__(type(self))
        copy._client = SyncAPIClient(settings, http_client or self._client._http, owns_http=False)
        return copy

    with_options = copy

    def get(self, path: str, *, cast_to: type[T], options: RequestOptions | None = None) -> T:
        """GET `path` (relative to the base URL, or absolute), parsed into `cast_to`, with
        the client's authentication, retries and errors."""
        return self._client.request("GET", path, cast_to=cast_to, **_options(options))

    def post(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = omit,
        options: RequestOptions | None = None,
    ) -> T:
        """POST `body` (sent as JSON) to `path`; see `get`."""
        return self._client.request("POST", path, cast_to=cast_to, body=body, **_options(options))

    def put(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = omit,
        options: RequestOptions | None = None,
    ) -> T:
        """PUT `body` (sent as JSON) to `path`; see `get`."""
        return self._client.request("PUT", path, cast_to=cast_to, body=body, **_options(options))

    def patch(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = omit,
        options: RequestOptions | None = None,
    ) -> T:
        """PATCH `path` with `body` (sent as JSON); see `get`."""
        return self._client.request("PATCH", path, cast_to=cast_to, body=body, **_options(options))

    def delete(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = omit,
        options: RequestOptions | None = None,
    ) -> T:
        """DELETE `path`, with a JSON `body` if one is given; see `get`."""
        return self._client.request("DELETE", path, cast_to=cast_to, body=body, **_options(options))

    def close(self) -> None:
        """Close the connection pool (not one passed in as `http_client`)."""
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClientBase(_ClientBase):
    _client: AsyncAPIClient

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | Omit = omit,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict: bool | None = None,
    ) -> Self:
        """A copy of this client with some settings changed (see the sync client's `copy`)."""
        settings = _changed(
            self._client._settings,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            strict=strict,
        )
        copy = type(self).__new__(type(self))
        copy._client = AsyncAPIClient(settings, http_client or self._client._http, owns_http=False)
        return copy

    with_options = copy

    async def get(self, path: str, *, cast_to: type[T], options: RequestOptions | None = None) -> T:
        """GET `path` (relative to the base URL, or absolute), parsed into `cast_to`."""
        return await self._client.request("GET", path, cast_to=cast_to, **_options(options))

    async def post(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = omit,
        options: RequestOptions | None = None,
    ) -> T:
        """POST `body` (sent as JSON) to `path`; see `get`."""
        return await self._client.request(
            "POST", path, cast_to=cast_to, body=body, **_options(options)
        )

    async def put(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = omit,
        options: RequestOptions | None = None,
    ) -> T:
        """PUT `body` (sent as JSON) to `path`; see `get`."""
        return await self._client.request(
            "PUT", path, cast_to=cast_to, body=body, **_options(options)
        )

    async def patch(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = omit,
        options: RequestOptions | None = None,
    ) -> T:
        """PATCH `path` with `body` (sent as JSON); see `get`."""
        return await self._client.request(
            "PATCH", path, cast_to=cast_to, body=body, **_options(options)
        )

    async def delete(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = omit,
        options: RequestOptions | None = None,
    ) -> T:
        """DELETE `path`, with a JSON `body` if one is given; see `get`."""
        return await self._client.request(
            "DELETE", path, cast_to=cast_to, body=body, **_options(options)
        )

    async def close(self) -> None:
        """Close the connection pool (not one passed in as `http_client`)."""
        await self._client.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

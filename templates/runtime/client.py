"""The HTTP core of a generated client: building requests, retrying, parsing responses."""

from __future__ import annotations

import asyncio
import email.utils
import enum
import functools
import logging
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast
from urllib.parse import quote

import httpx

from .errors import APIConnectionError, APIResponseValidationError, APITimeoutError, status_error
from .pagination import PageRequest, _Pager, _Scheme
from .query import QueryStyle, encode_query, scalar_text
from .response import APIResponse, wants_raw_response
from .types import Body, Headers, Omit, Query, TimeoutTypes, omit

if TYPE_CHECKING:
    # Imported when a response is parsed, not with the client: that keeps import fast.
    import pydantic

__all__ = ["DEFAULT_TIMEOUT", "AsyncAPIClient", "ClientSettings", "SyncAPIClient", "path_template"]

T = TypeVar("T")
P = TypeVar("P")
Q = TypeVar("Q", bound="_Pager[Any, Any]")
log = logging.getLogger(__name__.rsplit(".", 2)[0])

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
_RETRY_STATUSES = frozenset({408, 409, 429})


def path_template(template: str, params: Mapping[str, object]) -> str:
    """Fill `{name}` slots, percent-encoding each value so that it stays one path segment."""
    for name, value in params.items():
        text = scalar_text(value)
        if not text:
            raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
        template = template.replace("{" + name + "}", quote(text, safe="").replace(".", "%2E"))
    return template


class ClientSettings:
    """Connection settings shared by the sync and async clients."""

    def __init__(
        self,
        *,
        api_key: str | None,
        auth: str,
        auth_header: str,
        base_url: str,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        strict: bool,
        user_agent: str,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._api_key = api_key
        self.auth = auth
        self.auth_header = auth_header
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers = dict(default_headers or {})
        self.strict = strict
        self.user_agent = user_agent

    @property
    def api_key(self) -> str | None:
        return self._api_key

    def headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", "User-Agent": self.user_agent}
        if self._api_key:
            if self.auth == "bearer":
                headers["Authorization"] = f"Bearer {self._api_key}"
            elif self.auth == "header":
                headers[self.auth_header] = self._api_key
        headers.update(self.default_headers)
        return headers

    def __repr__(self) -> str:
        # Never show the key: reprs end up in logs and tracebacks.
        return f"<{type(self).__name__} base_url={self.base_url!r} max_retries={self.max_retries}>"


@dataclass(frozen=True)
class RequestParts:
    """Everything a generated method says about one request, before retries."""

    method: str
    path: str
    query: Query | None = None
    query_styles: Mapping[str, QueryStyle] | None = None
    body: object = omit
    body_format: str = "json"  # json, form, multipart or raw
    content_type: str | None = None  # for a raw body
    headers: Mapping[str, object] | None = None
    cookies: Mapping[str, object] | None = None
    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: TimeoutTypes | Omit = omit


class _BaseClient:
    _settings: ClientSettings

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, parts: RequestParts, retries_taken: int
    ) -> httpx.Request:
        settings = self._settings
        headers = settings.headers()
        for source in (parts.headers, parts.extra_headers):
            for key, value in (source or {}).items():
                if isinstance(value, Omit):
                    headers.pop(key, None)
                elif value is not None:
                    headers[key] = scalar_text(value)
        cookies = [
            f"{name}={scalar_text(value)}"
            for name, value in (parts.cookies or {}).items()
            if not isinstance(value, Omit) and value is not None
        ]
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        if retries_taken:
            headers["X-Retry-Count"] = str(retries_taken)
        # The query string is built here, not by httpx, so that each OpenAPI style keeps
        # its delimiters literal and the same characters inside values encoded.
        query = "&".join(
            q
            for q in (
                encode_query(parts.query or {}, parts.query_styles),
                encode_query(parts.extra_query or {}),
            )
            if q
        )
        content: dict[str, Any] = {}
        payload = _strip_omitted(parts.body)
        if parts.extra_body:
            base: dict[str, object] = payload if isinstance(payload, dict) else {}
            payload = {**base, **dict(parts.extra_body)}
        if not isinstance(payload, Omit):
            if parts.body_format == "json":
                content["content"] = _json_bytes(payload)
                headers.setdefault("Content-Type", "application/json")
            elif parts.body_format == "form":
                # A form has no null: a None field is left out, not sent as "".
                fields = cast(dict[str, object], payload)
                content["data"] = {k: _form_value(v) for k, v in fields.items() if v is not None}
            elif parts.body_format == "multipart":
                data, files = _split_files(cast(dict[str, object], payload))
                content["data"], content["files"] = data, files
            else:
                content["content"] = payload
                if parts.content_type:
                    headers.setdefault("Content-Type", parts.content_type)
        return http.build_request(
            parts.method,
            # A next-page URL a server gave is absolute; every other path is relative.
            (
                parts.path
                if parts.path.startswith(("https://", "http://"))
                else settings.base_url + parts.path
            )
            + (f"?{query}" if query else ""),
            headers=headers,
            timeout=settings.timeout if isinstance(parts.timeout, Omit) else parts.timeout,
            **content,
        )

    def _retry_delay(self, retries_taken: int, response: httpx.Response | None) -> float:
        if response is not None:
            hinted = _retry_after(response.headers)
            if hinted is not None:
                return hinted
        delay = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * random.random())

    @staticmethod
    def _should_retry(response: httpx.Response) -> bool:
        hint: str | None = response.headers.get("x-should-retry")
        if hint in ("true", "false"):
            return hint == "true"
        return response.status_code in _RETRY_STATUSES or response.status_code >= 500

    def _parse(self, response: httpx.Response, cast_to: type[T]) -> T:
        if cast_to is type(None):
            return None
        if cast_to is bytes:
            return cast(T, response.content)
        if cast_to is str and "json" not in response.headers.get("content-type", ""):
            return cast(T, response.text)
        import pydantic

        from .models import StrictValidationError, check_strict

        try:
            # pydantic-core reads the bytes itself: faster than json.loads then validate.
            parsed = _adapter(cast_to).validate_json(response.content)
            if self._settings.strict:
                check_strict(parsed)
        except (pydantic.ValidationError, StrictValidationError) as exc:
            try:
                data: object = response.json()
            except ValueError:
                raise APIResponseValidationError(
                    response, response.text, "The response body is not valid JSON"
                ) from None
            raise APIResponseValidationError(
                response, data, f"The response does not match its schema: {exc}"
            ) from None
        return cast(T, parsed)

    def _raise_for_status(self, response: httpx.Response) -> None:
        if response.is_success:
            return
        try:
            body: object = response.json()
        except ValueError:
            body = response.text or None
        raise status_error(response, body)


class SyncAPIClient(_BaseClient):
    def __init__(self, settings: ClientSettings, http_client: httpx.Client | None) -> None:
        self._settings = settings
        self._owns_http = http_client is None
        self._given_http = http_client

    @functools.cached_property
    def _http(self) -> httpx.Client:
        # Made on first use: its TLS context is most of what creating a client costs.
        return self._given_http or httpx.Client(
            timeout=self._settings.timeout, limits=DEFAULT_LIMITS
        )

    def close(self) -> None:
        """Close the connection pool (not a pool the caller brought)."""
        if self._owns_http and "_http" in self.__dict__:
            self._http.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        query: Query | None = None,
        query_styles: Mapping[str, QueryStyle] | None = None,
        body: object = omit,
        body_format: str = "json",
        content_type: str | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> T:
        parts = RequestParts(
            method=method,
            path=path,
            query=query,
            query_styles=query_styles,
            body=body,
            body_format=body_format,
            content_type=content_type,
            headers=headers,
            cookies=cookies,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

        def build(retries_taken: int) -> httpx.Request:
            return self._build_request(self._http, parts, retries_taken)

        response, retries_taken = self._send(build)
        # An error status raises even for `with_raw_response`: there is nothing to parse.
        self._raise_for_status(response)
        if wants_raw_response.get():
            return cast(
                T,
                APIResponse(
                    response, functools.partial(self._parse, response, cast_to), retries_taken
                ),
            )
        return self._parse(response, cast_to)

    def request_page(
        self,
        page: Callable[..., P],
        scheme: _Scheme,
        method: str,
        path: str,
        *,
        envelope: type[Any],
        query: Query | None = None,
        body: object = omit,
        **options: Any,
    ) -> P:
        """One page of a list; it fetches the pages after it with the same arguments.

        `page` is its class (`Page[Item, Meta]`), `scheme` says where its items and its
        position are, `envelope` is the type of the whole response.
        """

        def page_of(request: PageRequest, raw: APIResponse[Any]) -> P:
            return page(
                scheme=scheme,
                request=request,
                body=raw.parse(),
                http_response=raw.http_response,
                fetch=fetch,
            )

        def fetch(request: PageRequest) -> P:
            return page_of(request, self._raw(request, envelope))

        first = PageRequest(method, path, query or {}, body, options)
        if wants_raw_response.get():  # with_raw_response: parse() gives the page
            raw = self._raw(first, envelope)
            return cast(
                P, APIResponse(raw.http_response, lambda: page_of(first, raw), raw.retries_taken)
            )
        return fetch(first)

    def _raw(self, request: PageRequest, envelope: type[Any]) -> APIResponse[Any]:
        """The response to one page's request, its headers included."""
        token = wants_raw_response.set(True)
        try:
            response = self.request(
                request.method,
                request.path,
                cast_to=envelope,
                query=request.query,
                body=request.body,
                **request.options,
            )
        finally:
            wants_raw_response.reset(token)
        return cast(APIResponse[Any], response)

    def _send(self, build: Callable[[int], httpx.Request]) -> tuple[httpx.Response, int]:
        retries_taken = 0
        max_retries = self._settings.max_retries
        while True:
            request = build(retries_taken)
            try:
                response = self._http.send(request)
            except httpx.TimeoutException as exc:
                if retries_taken < max_retries:
                    self._sleep(retries_taken, None, request, type(exc).__name__)
                    retries_taken += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if retries_taken < max_retries:
                    self._sleep(retries_taken, None, request, type(exc).__name__)
                    retries_taken += 1
                    continue
                raise APIConnectionError(request) from exc
            log.debug("%s %s -> %s", request.method, request.url, response.status_code)
            if (
                not response.is_success
                and retries_taken < max_retries
                and self._should_retry(response)
            ):
                response.close()
                self._sleep(retries_taken, response, request, str(response.status_code))
                retries_taken += 1
                continue
            response.read()
            return response, retries_taken

    def _sleep(
        self, retries_taken: int, response: httpx.Response | None, request: httpx.Request, why: str
    ) -> None:
        delay = self._retry_delay(retries_taken, response)
        log.info("retrying %s %s in %.2fs after %s", request.method, request.url, delay, why)
        time.sleep(delay)


class AsyncAPIClient(_BaseClient):
    def __init__(self, settings: ClientSettings, http_client: httpx.AsyncClient | None) -> None:
        self._settings = settings
        self._owns_http = http_client is None
        self._given_http = http_client

    @functools.cached_property
    def _http(self) -> httpx.AsyncClient:
        # Made on first use: its TLS context is most of what creating a client costs.
        return self._given_http or httpx.AsyncClient(
            timeout=self._settings.timeout, limits=DEFAULT_LIMITS
        )

    async def close(self) -> None:
        """Close the connection pool (not a pool the caller brought)."""
        if self._owns_http and "_http" in self.__dict__:
            await self._http.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        query: Query | None = None,
        query_styles: Mapping[str, QueryStyle] | None = None,
        body: object = omit,
        body_format: str = "json",
        content_type: str | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> T:
        parts = RequestParts(
            method=method,
            path=path,
            query=query,
            query_styles=query_styles,
            body=body,
            body_format=body_format,
            content_type=content_type,
            headers=headers,
            cookies=cookies,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

        def build(retries_taken: int) -> httpx.Request:
            return self._build_request(self._http, parts, retries_taken)

        response, retries_taken = await self._send(build)
        # An error status raises even for `with_raw_response`: there is nothing to parse.
        self._raise_for_status(response)
        if wants_raw_response.get():
            return cast(
                T,
                APIResponse(
                    response, functools.partial(self._parse, response, cast_to), retries_taken
                ),
            )
        return self._parse(response, cast_to)

    def request_page(
        self,
        pager: type[Q],
        scheme: _Scheme,
        method: str,
        path: str,
        *,
        envelope: type[Any],
        query: Query | None = None,
        body: object = omit,
        **options: Any,
    ) -> Q:
        """A pager: await it for the first page, or `async for` over every item."""
        page_class = pager.page_class

        def page_of(request: PageRequest, raw: APIResponse[Any]) -> Any:
            return page_class(
                scheme=scheme,
                request=request,
                body=raw.parse(),
                http_response=raw.http_response,
                fetch=fetch,
            )

        async def fetch(request: PageRequest) -> Any:
            return page_of(request, await self._raw(request, envelope))

        first = PageRequest(method, path, query or {}, body, options)
        if wants_raw_response.get():  # with_raw_response: parse() gives the page

            async def raw_first() -> Any:
                raw = await self._raw(first, envelope)
                return APIResponse(
                    raw.http_response, lambda: page_of(first, raw), raw.retries_taken
                )

            return pager(raw_first)
        return pager(lambda: fetch(first))

    async def _raw(self, request: PageRequest, envelope: type[Any]) -> APIResponse[Any]:
        """The response to one page's request, its headers included."""
        token = wants_raw_response.set(True)
        try:
            response = await self.request(
                request.method,
                request.path,
                cast_to=envelope,
                query=request.query,
                body=request.body,
                **request.options,
            )
        finally:
            wants_raw_response.reset(token)
        return cast(APIResponse[Any], response)

    async def _send(self, build: Callable[[int], httpx.Request]) -> tuple[httpx.Response, int]:
        retries_taken = 0
        max_retries = self._settings.max_retries
        while True:
            request = build(retries_taken)
            try:
                response = await self._http.send(request)
            except httpx.TimeoutException as exc:
                if retries_taken < max_retries:
                    await self._sleep(retries_taken, None, request, type(exc).__name__)
                    retries_taken += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if retries_taken < max_retries:
                    await self._sleep(retries_taken, None, request, type(exc).__name__)
                    retries_taken += 1
                    continue
                raise APIConnectionError(request) from exc
            log.debug("%s %s -> %s", request.method, request.url, response.status_code)
            if (
                not response.is_success
                and retries_taken < max_retries
                and self._should_retry(response)
            ):
                await response.aclose()
                await self._sleep(retries_taken, response, request, str(response.status_code))
                retries_taken += 1
                continue
            await response.aread()
            return response, retries_taken

    async def _sleep(
        self, retries_taken: int, response: httpx.Response | None, request: httpx.Request, why: str
    ) -> None:
        delay = self._retry_delay(retries_taken, response)
        log.info("retrying %s %s in %.2fs after %s", request.method, request.url, delay, why)
        await asyncio.sleep(delay)


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(cast_to: Any) -> pydantic.TypeAdapter[Any]:
    """One TypeAdapter per response type: building them is the slow part of parsing."""
    adapter = _ADAPTERS.get(cast_to)
    if adapter is None:
        import pydantic

        adapter = _ADAPTERS[cast_to] = pydantic.TypeAdapter(cast_to)
    return adapter


def _retry_after(headers: httpx.Headers) -> float | None:
    """The server's own wait, if it gave one between 0 and 60 seconds."""
    delay: float | None = None
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            delay = float(millis) / 1000
        except ValueError:
            delay = None
    if delay is None and (text := headers.get("retry-after")) is not None:
        try:
            delay = float(text)
        except ValueError:
            when = email.utils.parsedate_to_datetime(text) if text.strip() else None
            delay = when.timestamp() - time.time() if when is not None else None
    if delay is not None and 0 < delay <= MAX_RETRY_AFTER:
        return delay
    return None


def _strip_omitted(value: object) -> object:
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if not isinstance(v, Omit)}
    return value


def _plain(value: object) -> object:
    """What pydantic cannot serialise by itself: any Mapping or Sequence a caller passes."""
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray)):
        return list(value)
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


def _jsonable(value: object) -> Any:
    import pydantic_core

    return pydantic_core.to_jsonable_python(value, by_alias=True, fallback=_plain)


def _json_bytes(value: object) -> bytes:
    import pydantic_core

    return pydantic_core.to_json(value, by_alias=True, fallback=_plain)


def _form_value(value: object) -> Any:
    """A form field: scalars as text, lists as repeated fields, anything else as JSON."""
    if isinstance(value, (str, bytes, int, float, bool, enum.Enum, datetime, date)):
        return scalar_text(value)
    if isinstance(value, Sequence):
        return [scalar_text(v) for v in value]
    return _json_bytes(value).decode()


def _split_files(payload: dict[str, object]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Multipart fields: files (bytes, a file object or a (name, content[, type]) tuple) as
    file parts, the rest as text parts; None is left out (a form has no null)."""
    data: dict[str, Any] = {}
    files: dict[str, Any] = {}
    for key, value in payload.items():
        if value is None:
            continue
        if isinstance(value, (bytes, tuple)) or hasattr(value, "read"):
            files[key] = value
        else:
            data[key] = _form_value(value)
    return data, files

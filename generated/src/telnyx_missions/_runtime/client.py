"""The sync and async clients: sending a request, retrying it, and turning the response
into what the generated method returns (a model, a page, a stream, a raw response)."""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar, cast

import httpx

from .core import (
    MAX_REDIRECTS,
    ErrorTypes,
    RequestParts,
    _BaseClient,
    path_template,
)
from .errors import APIConnectionError, APITimeoutError, InvalidURLError
from .pagination import PageRequest, _Pager, _Scheme
from .response import RAW, STREAMED, APIResponse, AsyncAPIResponse, response_mode
from .settings import ClientSettings, DefaultAsyncHttpxClient, DefaultHttpxClient
from .streaming import AsyncStream, Stream
from .types import Query, omit

__all__ = ["AsyncAPIClient", "RequestParts", "SyncAPIClient", "path_template"]

T = TypeVar("T")
P = TypeVar("P")  # a page class, `Page[Item, Meta]`
Q = TypeVar("Q", bound="_Pager[Any, Any]")  # an async pager class
log = logging.getLogger(__name__.rsplit(".", 2)[0])


class SyncAPIClient(_BaseClient):
    def __init__(
        self, settings: ClientSettings, http_client: httpx.Client | None, *, owns_http: bool
    ) -> None:
        self._settings = settings
        self._owns_http = owns_http
        self._http_client = http_client

    @functools.cached_property
    def _http(self) -> httpx.Client:
        # Made on first use: its TLS context is most of what creating a client costs.
        return self._http_client or DefaultHttpxClient(timeout=self._settings.timeout)

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
        errors: ErrorTypes | None = None,
        stream_events: type[Any] | None = None,
        **options: Any,
    ) -> T:
        """Send a request; its parsed body (or, for with_raw/streaming_response, an APIResponse)."""
        if stream_events is not None:  # the operation was asked for an event stream
            return cast(
                T,
                self.request_stream(method, path, cast_to=stream_events, errors=errors, **options),
            )
        mode = response_mode.get()
        parts = RequestParts(method, path, **options)
        response, retries_taken = self._send(parts, stream=mode == STREAMED)
        if not response.is_success:
            response.read()
            self._raise_for_status(response, errors)
        if mode is None:
            return self._parse(response, cast_to)
        return cast(
            T,
            APIResponse(
                response,
                parse=lambda: self._parse(response, cast_to),
                parse_to=lambda to: self._parse_as(response, to),
                retries_taken=retries_taken,
                request_id=self.request_id(response),
            ),
        )

    def request_stream(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        errors: ErrorTypes | None = None,
        **options: Any,
    ) -> Stream[T]:
        """Send a request answered with `text/event-stream`: a Stream of its events."""
        mode = response_mode.get()
        options["headers"] = {"Accept": "text/event-stream", **(options.get("headers") or {})}
        parts = RequestParts(method, path, **options)
        response, retries_taken = self._send(parts, stream=mode != RAW)
        if not response.is_success:
            response.read()
            self._raise_for_status(response, errors)
        request_id = self.request_id(response)

        def stream() -> Stream[T]:
            return Stream(
                response, lambda data: self._parse_event(response, data, cast_to), request_id
            )

        if mode is None:
            return stream()
        return cast(
            Stream[T],
            APIResponse(
                response,
                parse=stream,
                parse_to=lambda to: self._parse_as(response, to),
                retries_taken=retries_taken,
                request_id=request_id,
                body_is_stream=True,
            ),
        )

    def request_page(
        self,
        page: Callable[..., P],
        scheme: _Scheme,
        method: str,
        path: str,
        *,
        envelope: type[Any],
        errors: ErrorTypes | None = None,
        query: Query | None = None,
        body: object = omit,
        **options: Any,
    ) -> P:
        """One page of a list; it fetches the pages after it with the same arguments.

        `page` is its class (`Page[Item, Meta]`), `scheme` says where its items and its
        position are, `envelope` is the type of the whole response.
        """
        make = getattr(page, "__origin__", page)  # Page[Item, Meta] types it; Page builds it

        def page_of(request: PageRequest, response: httpx.Response) -> P:
            parsed = self._parse(response, envelope)
            return cast(
                P,
                make(
                    scheme=scheme, request=request, body=parsed, http_response=response, fetch=fetch
                ),
            )

        def fetch(request: PageRequest) -> P:
            return page_of(request, self._page_response(request, errors, stream=False)[0])

        first = PageRequest(method, path, query or {}, body, options)
        mode = response_mode.get()
        if mode is None:
            return fetch(first)
        # with_raw/streaming_response: the response, whose parse() gives the page
        response, retries_taken = self._page_response(first, errors, stream=mode == STREAMED)
        return cast(
            P,
            APIResponse(
                response,
                parse=lambda: page_of(first, response),
                parse_to=lambda to: self._parse_as(response, to),
                retries_taken=retries_taken,
                request_id=self.request_id(response),
            ),
        )

    def _page_response(
        self, request: PageRequest, errors: ErrorTypes | None, *, stream: bool
    ) -> tuple[httpx.Response, int]:
        parts = RequestParts(
            request.method, request.path, query=request.query, body=request.body, **request.options
        )
        response, retries_taken = self._send(parts, stream=stream)
        if not response.is_success:
            response.read()
            self._raise_for_status(response, errors)
        return response, retries_taken

    def _send(self, parts: RequestParts, *, stream: bool) -> tuple[httpx.Response, int]:
        http = self._http
        retries_taken = 0
        max_retries = self._settings.max_retries if parts.max_retries is None else parts.max_retries
        idempotency_key = (
            None if self._settings.idempotency_header is None else self._idempotency_key(parts)
        )
        verbose = log.isEnabledFor(logging.INFO)
        while True:
            request = self._build_request(http, parts, retries_taken, idempotency_key)
            started = time.monotonic() if verbose else 0.0
            try:
                response = http.send(request, stream=stream)
                hops = 0
                while response.next_request is not None:
                    hops += 1
                    if hops > MAX_REDIRECTS:
                        response.close()
                        raise APIConnectionError(
                            request, f"Too many redirects (more than {MAX_REDIRECTS})."
                        )
                    redirect = self._redirected(response)
                    response.close()
                    response = http.send(redirect, stream=stream)
            except httpx.UnsupportedProtocol as exc:
                raise InvalidURLError(f"Cannot request {str(request.url)!r}: {exc}") from None
            except httpx.TimeoutException as exc:
                if retries_taken < max_retries:
                    self._sleep(retries_taken, max_retries, None, request, type(exc).__name__)
                    retries_taken += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if retries_taken < max_retries:
                    self._sleep(retries_taken, max_retries, None, request, type(exc).__name__)
                    retries_taken += 1
                    continue
                raise APIConnectionError(request) from exc
            if verbose:
                self._log_response(request, response, started, retries_taken)
            if (
                not response.is_success
                and retries_taken < max_retries
                and self._should_retry(response)
            ):
                response.close()
                self._sleep(
                    retries_taken, max_retries, response, request, str(response.status_code)
                )
                retries_taken += 1
                continue
            return response, retries_taken

    def _sleep(
        self,
        retries_taken: int,
        max_retries: int,
        response: httpx.Response | None,
        request: httpx.Request,
        why: str,
    ) -> None:
        delay = self._retry_delay(retries_taken, response)
        log.info(
            "retrying %s %s in %.2f s after %s (retry %d of %d)",
            request.method,
            request.url,
            delay,
            why,
            retries_taken + 1,
            max_retries,
        )
        time.sleep(delay)


class AsyncAPIClient(_BaseClient):
    def __init__(
        self,
        settings: ClientSettings,
        http_client: httpx.AsyncClient | None,
        *,
        owns_http: bool,
    ) -> None:
        self._settings = settings
        self._owns_http = owns_http
        self._http_client = http_client

    @functools.cached_property
    def _http(self) -> httpx.AsyncClient:
        # Made on first use: its TLS context is most of what creating a client costs.
        return self._http_client or DefaultAsyncHttpxClient(timeout=self._settings.timeout)

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
        errors: ErrorTypes | None = None,
        stream_events: type[Any] | None = None,
        **options: Any,
    ) -> T:
        """Send a request; its parsed body (or, for with_raw/streaming_response, an AsyncAPIResponse)."""
        if stream_events is not None:  # the operation was asked for an event stream
            return cast(
                T,
                await self.request_stream(
                    method, path, cast_to=stream_events, errors=errors, **options
                ),
            )
        mode = response_mode.get()
        parts = RequestParts(method, path, **options)
        response, retries_taken = await self._send(parts, stream=mode == STREAMED)
        if not response.is_success:
            await response.aread()
            self._raise_for_status(response, errors)
        if mode is None:
            return self._parse(response, cast_to)
        return cast(
            T,
            AsyncAPIResponse(
                response,
                parse=lambda: self._parse(response, cast_to),
                parse_to=lambda to: self._parse_as(response, to),
                retries_taken=retries_taken,
                request_id=self.request_id(response),
            ),
        )

    async def request_stream(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        errors: ErrorTypes | None = None,
        **options: Any,
    ) -> AsyncStream[T]:
        """Send a request answered with `text/event-stream`: an AsyncStream of its events."""
        mode = response_mode.get()
        options["headers"] = {"Accept": "text/event-stream", **(options.get("headers") or {})}
        parts = RequestParts(method, path, **options)
        response, retries_taken = await self._send(parts, stream=mode != RAW)
        if not response.is_success:
            await response.aread()
            self._raise_for_status(response, errors)
        request_id = self.request_id(response)

        def stream() -> AsyncStream[T]:
            return AsyncStream(
                response, lambda data: self._parse_event(response, data, cast_to), request_id
            )

        if mode is None:
            return stream()
        return cast(
            AsyncStream[T],
            AsyncAPIResponse(
                response,
                parse=stream,
                parse_to=lambda to: self._parse_as(response, to),
                retries_taken=retries_taken,
                request_id=request_id,
                body_is_stream=True,
            ),
        )

    def request_page(
        self,
        pager: type[Q],
        scheme: _Scheme,
        method: str,
        path: str,
        *,
        envelope: type[Any],
        errors: ErrorTypes | None = None,
        query: Query | None = None,
        body: object = omit,
        **options: Any,
    ) -> Q:
        """A pager: await it for the first page, or `async for` over every item."""
        make = getattr(pager, "__origin__", pager).page_class

        def page_of(request: PageRequest, response: httpx.Response) -> Any:
            parsed = self._parse(response, envelope)
            return make(
                scheme=scheme, request=request, body=parsed, http_response=response, fetch=fetch
            )

        async def fetch(request: PageRequest) -> Any:
            return page_of(request, (await self._page_response(request, errors, stream=False))[0])

        first = PageRequest(method, path, query or {}, body, options)
        mode = response_mode.get()
        if mode is None:
            return pager(lambda: fetch(first))

        async def raw_first() -> Any:  # with_raw/streaming_response: parse() gives the page
            response, retries_taken = await self._page_response(
                first, errors, stream=mode == STREAMED
            )
            return AsyncAPIResponse(
                response,
                parse=lambda: page_of(first, response),
                parse_to=lambda to: self._parse_as(response, to),
                retries_taken=retries_taken,
                request_id=self.request_id(response),
            )

        return pager(raw_first)

    async def _page_response(
        self, request: PageRequest, errors: ErrorTypes | None, *, stream: bool
    ) -> tuple[httpx.Response, int]:
        parts = RequestParts(
            request.method, request.path, query=request.query, body=request.body, **request.options
        )
        response, retries_taken = await self._send(parts, stream=stream)
        if not response.is_success:
            await response.aread()
            self._raise_for_status(response, errors)
        return response, retries_taken

    async def _send(self, parts: RequestParts, *, stream: bool) -> tuple[httpx.Response, int]:
        http = self._http
        retries_taken = 0
        max_retries = self._settings.max_retries if parts.max_retries is None else parts.max_retries
        idempotency_key = (
            None if self._settings.idempotency_header is None else self._idempotency_key(parts)
        )
        verbose = log.isEnabledFor(logging.INFO)
        while True:
            request = self._build_request(http, parts, retries_taken, idempotency_key)
            started = time.monotonic() if verbose else 0.0
            try:
                response = await http.send(request, stream=stream)
                hops = 0
                while response.next_request is not None:
                    hops += 1
                    if hops > MAX_REDIRECTS:
                        await response.aclose()
                        raise APIConnectionError(
                            request, f"Too many redirects (more than {MAX_REDIRECTS})."
                        )
                    redirect = self._redirected(response)
                    await response.aclose()
                    response = await http.send(redirect, stream=stream)
            except httpx.UnsupportedProtocol as exc:
                raise InvalidURLError(f"Cannot request {str(request.url)!r}: {exc}") from None
            except httpx.TimeoutException as exc:
                if retries_taken < max_retries:
                    await self._sleep(retries_taken, max_retries, None, request, type(exc).__name__)
                    retries_taken += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if retries_taken < max_retries:
                    await self._sleep(retries_taken, max_retries, None, request, type(exc).__name__)
                    retries_taken += 1
                    continue
                raise APIConnectionError(request) from exc
            if verbose:
                self._log_response(request, response, started, retries_taken)
            if (
                not response.is_success
                and retries_taken < max_retries
                and self._should_retry(response)
            ):
                await response.aclose()
                await self._sleep(
                    retries_taken, max_retries, response, request, str(response.status_code)
                )
                retries_taken += 1
                continue
            return response, retries_taken

    async def _sleep(
        self,
        retries_taken: int,
        max_retries: int,
        response: httpx.Response | None,
        request: httpx.Request,
        why: str,
    ) -> None:
        delay = self._retry_delay(retries_taken, response)
        log.info(
            "retrying %s %s in %.2f s after %s (retry %d of %d)",
            request.method,
            request.url,
            delay,
            why,
            retries_taken + 1,
            max_retries,
        )
        await asyncio.sleep(delay)

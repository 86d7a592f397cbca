"""Operations under `oauth`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from own_servers._runtime.client import AsyncAPIClient, SyncAPIClient
from own_servers._runtime.response import (
    async_raw_response_wrapper,
    async_streamed_response_wrapper,
    raw_response_wrapper,
    streamed_response_wrapper,
)
from own_servers._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

if TYPE_CHECKING:
    from own_servers.types.oauth_token_response import OauthTokenResponse

__all__ = [
    "AsyncOauthResource",
    "AsyncOauthResourceWithRawResponse",
    "AsyncOauthResourceWithStreamingResponse",
    "OauthResource",
    "OauthResourceWithRawResponse",
    "OauthResourceWithStreamingResponse",
]


class OauthResource:
    """Operations under `oauth`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OauthResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return OauthResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OauthResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return OauthResourceWithStreamingResponse(self)

    def token(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> OauthTokenResponse:
        """token"""
        from own_servers.types.oauth_token_response import OauthTokenResponse

        return self._client.request(
            "POST",
            "/oauth/token",
            cast_to=OauthTokenResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class OauthResourceWithRawResponse:
    """`oauth` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: OauthResource) -> None:
        self._resource = resource
        self.token = raw_response_wrapper(resource.token)


class OauthResourceWithStreamingResponse:
    """`oauth` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: OauthResource) -> None:
        self._resource = resource
        self.token = streamed_response_wrapper(resource.token)


class AsyncOauthResource:
    """Operations under `oauth`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOauthResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncOauthResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOauthResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncOauthResourceWithStreamingResponse(self)

    async def token(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> OauthTokenResponse:
        """token"""
        from own_servers.types.oauth_token_response import OauthTokenResponse

        return await self._client.request(
            "POST",
            "/oauth/token",
            cast_to=OauthTokenResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncOauthResourceWithRawResponse:
    """`oauth` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncOauthResource) -> None:
        self._resource = resource
        self.token = async_raw_response_wrapper(resource.token)


class AsyncOauthResourceWithStreamingResponse:
    """`oauth` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncOauthResource) -> None:
        self._resource = resource
        self.token = async_streamed_response_wrapper(resource.token)

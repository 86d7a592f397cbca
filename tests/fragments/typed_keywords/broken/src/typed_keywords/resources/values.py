"""Operations under `values`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from typed_keywords._runtime.client import AsyncAPIClient, SyncAPIClient, path_template
from typed_keywords._runtime.response import (
    async_raw_response_wrapper,
    async_streamed_response_wrapper,
    raw_response_wrapper,
    streamed_response_wrapper,
)
from typed_keywords._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

if TYPE_CHECKING:
    from typed_keywords.types.value import Value

__all__ = [
    "AsyncValuesResource",
    "AsyncValuesResourceWithRawResponse",
    "AsyncValuesResourceWithStreamingResponse",
    "ValuesResource",
    "ValuesResourceWithRawResponse",
    "ValuesResourceWithStreamingResponse",
]


class ValuesResource:
    """Operations under `values`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ValuesResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return ValuesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ValuesResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return ValuesResourceWithStreamingResponse(self)

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Value:
        """retrieve

        Args:
          id: The `id` path parameter.
        """
        from typed_keywords.types.value import Value

        return self._client.request(
            "GET",
            path_template("/values/{id}", {"id": id}),
            cast_to=Value,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ValuesResourceWithRawResponse:
    """`values` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: ValuesResource) -> None:
        self._resource = resource
        self.retrieve = raw_response_wrapper(resource.retrieve)


class ValuesResourceWithStreamingResponse:
    """`values` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: ValuesResource) -> None:
        self._resource = resource
        self.retrieve = streamed_response_wrapper(resource.retrieve)


class AsyncValuesResource:
    """Operations under `values`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncValuesResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncValuesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncValuesResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncValuesResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Value:
        """retrieve

        Args:
          id: The `id` path parameter.
        """
        from typed_keywords.types.value import Value

        return await self._client.request(
            "GET",
            path_template("/values/{id}", {"id": id}),
            cast_to=Value,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncValuesResourceWithRawResponse:
    """`values` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncValuesResource) -> None:
        self._resource = resource
        self.retrieve = async_raw_response_wrapper(resource.retrieve)


class AsyncValuesResourceWithStreamingResponse:
    """`values` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncValuesResource) -> None:
        self._resource = resource
        self.retrieve = async_streamed_response_wrapper(resource.retrieve)

"""Operations under `labels`."""

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
    from typed_keywords.types.label import Label

__all__ = [
    "AsyncLabelsResource",
    "AsyncLabelsResourceWithRawResponse",
    "AsyncLabelsResourceWithStreamingResponse",
    "LabelsResource",
    "LabelsResourceWithRawResponse",
    "LabelsResourceWithStreamingResponse",
]


class LabelsResource:
    """Operations under `labels`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LabelsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return LabelsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LabelsResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return LabelsResourceWithStreamingResponse(self)

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Label:
        """retrieve

        Args:
          id: The `id` path parameter.
        """
        from typed_keywords.types.label import Label

        return self._client.request(
            "GET",
            path_template("/labels/{id}", {"id": id}),
            cast_to=Label,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class LabelsResourceWithRawResponse:
    """`labels` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: LabelsResource) -> None:
        self._resource = resource
        self.retrieve = raw_response_wrapper(resource.retrieve)


class LabelsResourceWithStreamingResponse:
    """`labels` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: LabelsResource) -> None:
        self._resource = resource
        self.retrieve = streamed_response_wrapper(resource.retrieve)


class AsyncLabelsResource:
    """Operations under `labels`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLabelsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncLabelsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLabelsResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncLabelsResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Label:
        """retrieve

        Args:
          id: The `id` path parameter.
        """
        from typed_keywords.types.label import Label

        return await self._client.request(
            "GET",
            path_template("/labels/{id}", {"id": id}),
            cast_to=Label,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncLabelsResourceWithRawResponse:
    """`labels` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncLabelsResource) -> None:
        self._resource = resource
        self.retrieve = async_raw_response_wrapper(resource.retrieve)


class AsyncLabelsResourceWithStreamingResponse:
    """`labels` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncLabelsResource) -> None:
        self._resource = resource
        self.retrieve = async_streamed_response_wrapper(resource.retrieve)

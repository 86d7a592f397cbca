"""Operations under `metadata`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from described_values._runtime.client import AsyncAPIClient, SyncAPIClient
from described_values._runtime.response import (
    async_raw_response_wrapper,
    async_streamed_response_wrapper,
    raw_response_wrapper,
    streamed_response_wrapper,
)
from described_values._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

if TYPE_CHECKING:
    from described_values.types.metadata import Metadata
    from described_values.types.metadata_note_param import MetadataNoteParam

__all__ = [
    "AsyncMetadataResource",
    "AsyncMetadataResourceWithRawResponse",
    "AsyncMetadataResourceWithStreamingResponse",
    "MetadataResource",
    "MetadataResourceWithRawResponse",
    "MetadataResourceWithStreamingResponse",
]


class MetadataResource:
    """Operations under `metadata`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MetadataResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return MetadataResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MetadataResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return MetadataResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        dollar_id: str | Omit = omit,
        note: MetadataNoteParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Metadata:
        """create

        Args:
          dollar_id: The `$id` body parameter.
          note: Free text.
        """
        from described_values.types.metadata import Metadata

        return self._client.request(
            "POST",
            "/metadata",
            cast_to=Metadata,
            body={"$id": dollar_id, "note": note},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class MetadataResourceWithRawResponse:
    """`metadata` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: MetadataResource) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)


class MetadataResourceWithStreamingResponse:
    """`metadata` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: MetadataResource) -> None:
        self._resource = resource
        self.create = streamed_response_wrapper(resource.create)


class AsyncMetadataResource:
    """Operations under `metadata`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMetadataResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncMetadataResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMetadataResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncMetadataResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        dollar_id: str | Omit = omit,
        note: MetadataNoteParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Metadata:
        """create

        Args:
          dollar_id: The `$id` body parameter.
          note: Free text.
        """
        from described_values.types.metadata import Metadata

        return await self._client.request(
            "POST",
            "/metadata",
            cast_to=Metadata,
            body={"$id": dollar_id, "note": note},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncMetadataResourceWithRawResponse:
    """`metadata` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncMetadataResource) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)


class AsyncMetadataResourceWithStreamingResponse:
    """`metadata` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncMetadataResource) -> None:
        self._resource = resource
        self.create = async_streamed_response_wrapper(resource.create)

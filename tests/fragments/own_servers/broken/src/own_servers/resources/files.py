"""Operations under `files`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from own_servers._runtime.client import AsyncAPIClient, SyncAPIClient, path_template
from own_servers._runtime.response import (
    async_raw_response_wrapper,
    async_streamed_response_wrapper,
    raw_response_wrapper,
    streamed_response_wrapper,
)
from own_servers._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

if TYPE_CHECKING:
    from own_servers.types.files_content_response import FilesContentResponse
    from own_servers.types.files_retrieve_response import FilesRetrieveResponse

__all__ = [
    "AsyncFilesResource",
    "AsyncFilesResourceWithRawResponse",
    "AsyncFilesResourceWithStreamingResponse",
    "FilesResource",
    "FilesResourceWithRawResponse",
    "FilesResourceWithStreamingResponse",
]


class FilesResource:
    """Operations under `files`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return FilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return FilesResourceWithStreamingResponse(self)

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> FilesContentResponse:
        """content

        Args:
          file_id: The `file_id` path parameter.
        """
        from own_servers.types.files_content_response import FilesContentResponse

        return self._client.request(
            "POST",
            path_template("/files/{file_id}/content", {"file_id": file_id}),
            cast_to=FilesContentResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> FilesRetrieveResponse:
        """retrieve

        Args:
          file_id: The `file_id` path parameter.
        """
        from own_servers.types.files_retrieve_response import FilesRetrieveResponse

        return self._client.request(
            "GET",
            path_template("/files/{file_id}", {"file_id": file_id}),
            cast_to=FilesRetrieveResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class FilesResourceWithRawResponse:
    """`files` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: FilesResource) -> None:
        self._resource = resource
        self.content = raw_response_wrapper(resource.content)
        self.retrieve = raw_response_wrapper(resource.retrieve)


class FilesResourceWithStreamingResponse:
    """`files` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: FilesResource) -> None:
        self._resource = resource
        self.content = streamed_response_wrapper(resource.content)
        self.retrieve = streamed_response_wrapper(resource.retrieve)


class AsyncFilesResource:
    """Operations under `files`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncFilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncFilesResourceWithStreamingResponse(self)

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> FilesContentResponse:
        """content

        Args:
          file_id: The `file_id` path parameter.
        """
        from own_servers.types.files_content_response import FilesContentResponse

        return await self._client.request(
            "POST",
            path_template("/files/{file_id}/content", {"file_id": file_id}),
            cast_to=FilesContentResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> FilesRetrieveResponse:
        """retrieve

        Args:
          file_id: The `file_id` path parameter.
        """
        from own_servers.types.files_retrieve_response import FilesRetrieveResponse

        return await self._client.request(
            "GET",
            path_template("/files/{file_id}", {"file_id": file_id}),
            cast_to=FilesRetrieveResponse,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncFilesResourceWithRawResponse:
    """`files` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self._resource = resource
        self.content = async_raw_response_wrapper(resource.content)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)


class AsyncFilesResourceWithStreamingResponse:
    """`files` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self._resource = resource
        self.content = async_streamed_response_wrapper(resource.content)
        self.retrieve = async_streamed_response_wrapper(resource.retrieve)

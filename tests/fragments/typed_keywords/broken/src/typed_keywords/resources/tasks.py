"""Operations under `tasks`."""

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
    from typed_keywords.types.custom_fields import CustomFields

__all__ = [
    "AsyncTasksResource",
    "AsyncTasksResourceWithRawResponse",
    "AsyncTasksResourceWithStreamingResponse",
    "TasksResource",
    "TasksResourceWithRawResponse",
    "TasksResourceWithStreamingResponse",
]


class TasksResource:
    """Operations under `tasks`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TasksResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return TasksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TasksResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return TasksResourceWithStreamingResponse(self)

    def list_custom_fields(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> CustomFields:
        """list_custom_fields

        Args:
          id: The `id` path parameter.
        """
        from typed_keywords.types.custom_fields import CustomFields

        return self._client.request(
            "GET",
            path_template("/tasks/{id}/custom_fields", {"id": id}),
            cast_to=CustomFields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class TasksResourceWithRawResponse:
    """`tasks` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: TasksResource) -> None:
        self._resource = resource
        self.list_custom_fields = raw_response_wrapper(resource.list_custom_fields)


class TasksResourceWithStreamingResponse:
    """`tasks` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: TasksResource) -> None:
        self._resource = resource
        self.list_custom_fields = streamed_response_wrapper(resource.list_custom_fields)


class AsyncTasksResource:
    """Operations under `tasks`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTasksResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncTasksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTasksResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncTasksResourceWithStreamingResponse(self)

    async def list_custom_fields(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> CustomFields:
        """list_custom_fields

        Args:
          id: The `id` path parameter.
        """
        from typed_keywords.types.custom_fields import CustomFields

        return await self._client.request(
            "GET",
            path_template("/tasks/{id}/custom_fields", {"id": id}),
            cast_to=CustomFields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncTasksResourceWithRawResponse:
    """`tasks` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncTasksResource) -> None:
        self._resource = resource
        self.list_custom_fields = async_raw_response_wrapper(resource.list_custom_fields)


class AsyncTasksResourceWithStreamingResponse:
    """`tasks` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncTasksResource) -> None:
        self._resource = resource
        self.list_custom_fields = async_streamed_response_wrapper(resource.list_custom_fields)

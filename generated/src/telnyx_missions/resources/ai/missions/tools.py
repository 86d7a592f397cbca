"""Operations under `ai.missions.tools`."""

from __future__ import annotations

from functools import cached_property
from types import NoneType

from telnyx_missions._runtime.client import AsyncAPIClient, SyncAPIClient, path_template
from telnyx_missions._runtime.response import (
    async_raw_response_wrapper,
    async_streamed_response_wrapper,
    raw_response_wrapper,
    streamed_response_wrapper,
)
from telnyx_missions._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

__all__ = [
    "AsyncToolsResource",
    "AsyncToolsResourceWithRawResponse",
    "AsyncToolsResourceWithStreamingResponse",
    "ToolsResource",
    "ToolsResourceWithRawResponse",
    "ToolsResourceWithStreamingResponse",
]


class ToolsResource:
    """Operations under `ai.missions.tools`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ToolsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return ToolsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ToolsResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return ToolsResourceWithStreamingResponse(self)

    def list_tools(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """List tools

        Returns the tools attached to a mission. The response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "GET",
            path_template("/ai/missions/{mission_id}/tools", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_tool(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Create tool

        Attaches a new tool to a mission. No request body is published for this call, and the
        response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "POST",
            path_template("/ai/missions/{mission_id}/tools", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_tool(
        self,
        tool_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Get tool

        Returns one tool of a mission. The response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          tool_id: Id of the tool.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/tools/{tool_id}",
                {"mission_id": mission_id, "tool_id": tool_id},
            ),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_tool(
        self,
        tool_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Update tool

        Updates one tool of a mission. No request body is published for this call, and the
        response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          tool_id: Id of the tool.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "PUT",
            path_template(
                "/ai/missions/{mission_id}/tools/{tool_id}",
                {"mission_id": mission_id, "tool_id": tool_id},
            ),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_tool(
        self,
        tool_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> None:
        """Delete tool

        Removes a tool from a mission. Nothing is returned on success.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          tool_id: Id of the tool.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "DELETE",
            path_template(
                "/ai/missions/{mission_id}/tools/{tool_id}",
                {"mission_id": mission_id, "tool_id": tool_id},
            ),
            cast_to=NoneType,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ToolsResourceWithRawResponse:
    """`ai.missions.tools` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: ToolsResource) -> None:
        self._resource = resource
        self.list_tools = raw_response_wrapper(resource.list_tools)
        self.create_tool = raw_response_wrapper(resource.create_tool)
        self.get_tool = raw_response_wrapper(resource.get_tool)
        self.update_tool = raw_response_wrapper(resource.update_tool)
        self.delete_tool = raw_response_wrapper(resource.delete_tool)


class ToolsResourceWithStreamingResponse:
    """`ai.missions.tools` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: ToolsResource) -> None:
        self._resource = resource
        self.list_tools = streamed_response_wrapper(resource.list_tools)
        self.create_tool = streamed_response_wrapper(resource.create_tool)
        self.get_tool = streamed_response_wrapper(resource.get_tool)
        self.update_tool = streamed_response_wrapper(resource.update_tool)
        self.delete_tool = streamed_response_wrapper(resource.delete_tool)


class AsyncToolsResource:
    """Operations under `ai.missions.tools`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncToolsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncToolsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncToolsResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncToolsResourceWithStreamingResponse(self)

    async def list_tools(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """List tools

        Returns the tools attached to a mission. The response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "GET",
            path_template("/ai/missions/{mission_id}/tools", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_tool(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Create tool

        Attaches a new tool to a mission. No request body is published for this call, and the
        response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "POST",
            path_template("/ai/missions/{mission_id}/tools", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_tool(
        self,
        tool_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Get tool

        Returns one tool of a mission. The response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          tool_id: Id of the tool.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/tools/{tool_id}",
                {"mission_id": mission_id, "tool_id": tool_id},
            ),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_tool(
        self,
        tool_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Update tool

        Updates one tool of a mission. No request body is published for this call, and the
        response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          tool_id: Id of the tool.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "PUT",
            path_template(
                "/ai/missions/{mission_id}/tools/{tool_id}",
                {"mission_id": mission_id, "tool_id": tool_id},
            ),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_tool(
        self,
        tool_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> None:
        """Delete tool

        Removes a tool from a mission. Nothing is returned on success.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          tool_id: Id of the tool.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "DELETE",
            path_template(
                "/ai/missions/{mission_id}/tools/{tool_id}",
                {"mission_id": mission_id, "tool_id": tool_id},
            ),
            cast_to=NoneType,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncToolsResourceWithRawResponse:
    """`ai.missions.tools` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncToolsResource) -> None:
        self._resource = resource
        self.list_tools = async_raw_response_wrapper(resource.list_tools)
        self.create_tool = async_raw_response_wrapper(resource.create_tool)
        self.get_tool = async_raw_response_wrapper(resource.get_tool)
        self.update_tool = async_raw_response_wrapper(resource.update_tool)
        self.delete_tool = async_raw_response_wrapper(resource.delete_tool)


class AsyncToolsResourceWithStreamingResponse:
    """`ai.missions.tools` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncToolsResource) -> None:
        self._resource = resource
        self.list_tools = async_streamed_response_wrapper(resource.list_tools)
        self.create_tool = async_streamed_response_wrapper(resource.create_tool)
        self.get_tool = async_streamed_response_wrapper(resource.get_tool)
        self.update_tool = async_streamed_response_wrapper(resource.update_tool)
        self.delete_tool = async_streamed_response_wrapper(resource.delete_tool)

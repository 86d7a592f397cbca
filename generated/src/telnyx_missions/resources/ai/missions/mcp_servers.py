"""Operations under `ai.missions.mcp_servers`."""

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
    "AsyncMcpServersResource",
    "AsyncMcpServersResourceWithRawResponse",
    "AsyncMcpServersResourceWithStreamingResponse",
    "McpServersResource",
    "McpServersResourceWithRawResponse",
    "McpServersResourceWithStreamingResponse",
]


class McpServersResource:
    """Operations under `ai.missions.mcp_servers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> McpServersResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return McpServersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> McpServersResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return McpServersResourceWithStreamingResponse(self)

    def list_mcp_servers(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """List MCP servers

        Returns the MCP servers attached to a mission. The response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "GET",
            path_template("/ai/missions/{mission_id}/mcp-servers", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_mcp_server(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Create MCP server

        Attaches a new MCP server to a mission. No request body is published for this call, and
        the response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "POST",
            path_template("/ai/missions/{mission_id}/mcp-servers", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_mcp_server(
        self,
        mcp_server_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Get MCP server

        Returns one MCP server of a mission. The response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          mcp_server_id: Id of the MCP server.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/mcp-servers/{mcp_server_id}",
                {"mission_id": mission_id, "mcp_server_id": mcp_server_id},
            ),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_mcp_server(
        self,
        mcp_server_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Update MCP server

        Updates one MCP server of a mission. No request body is published for this call, and the
        response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          mcp_server_id: Id of the MCP server.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "PUT",
            path_template(
                "/ai/missions/{mission_id}/mcp-servers/{mcp_server_id}",
                {"mission_id": mission_id, "mcp_server_id": mcp_server_id},
            ),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_mcp_server(
        self,
        mcp_server_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> None:
        """Delete MCP server

        Removes an MCP server from a mission. Nothing is returned on success.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          mcp_server_id: Id of the MCP server.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "DELETE",
            path_template(
                "/ai/missions/{mission_id}/mcp-servers/{mcp_server_id}",
                {"mission_id": mission_id, "mcp_server_id": mcp_server_id},
            ),
            cast_to=NoneType,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class McpServersResourceWithRawResponse:
    """`ai.missions.mcp_servers` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: McpServersResource) -> None:
        self._resource = resource
        self.list_mcp_servers = raw_response_wrapper(resource.list_mcp_servers)
        self.create_mcp_server = raw_response_wrapper(resource.create_mcp_server)
        self.get_mcp_server = raw_response_wrapper(resource.get_mcp_server)
        self.update_mcp_server = raw_response_wrapper(resource.update_mcp_server)
        self.delete_mcp_server = raw_response_wrapper(resource.delete_mcp_server)


class McpServersResourceWithStreamingResponse:
    """`ai.missions.mcp_servers` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: McpServersResource) -> None:
        self._resource = resource
        self.list_mcp_servers = streamed_response_wrapper(resource.list_mcp_servers)
        self.create_mcp_server = streamed_response_wrapper(resource.create_mcp_server)
        self.get_mcp_server = streamed_response_wrapper(resource.get_mcp_server)
        self.update_mcp_server = streamed_response_wrapper(resource.update_mcp_server)
        self.delete_mcp_server = streamed_response_wrapper(resource.delete_mcp_server)


class AsyncMcpServersResource:
    """Operations under `ai.missions.mcp_servers`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMcpServersResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncMcpServersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMcpServersResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncMcpServersResourceWithStreamingResponse(self)

    async def list_mcp_servers(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """List MCP servers

        Returns the MCP servers attached to a mission. The response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "GET",
            path_template("/ai/missions/{mission_id}/mcp-servers", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_mcp_server(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Create MCP server

        Attaches a new MCP server to a mission. No request body is published for this call, and
        the response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "POST",
            path_template("/ai/missions/{mission_id}/mcp-servers", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_mcp_server(
        self,
        mcp_server_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Get MCP server

        Returns one MCP server of a mission. The response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          mcp_server_id: Id of the MCP server.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/mcp-servers/{mcp_server_id}",
                {"mission_id": mission_id, "mcp_server_id": mcp_server_id},
            ),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_mcp_server(
        self,
        mcp_server_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Update MCP server

        Updates one MCP server of a mission. No request body is published for this call, and the
        response shape is not published.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          mcp_server_id: Id of the MCP server.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "PUT",
            path_template(
                "/ai/missions/{mission_id}/mcp-servers/{mcp_server_id}",
                {"mission_id": mission_id, "mcp_server_id": mcp_server_id},
            ),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_mcp_server(
        self,
        mcp_server_id: str,
        *,
        mission_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> None:
        """Delete MCP server

        Removes an MCP server from a mission. Nothing is returned on success.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
          mcp_server_id: Id of the MCP server.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "DELETE",
            path_template(
                "/ai/missions/{mission_id}/mcp-servers/{mcp_server_id}",
                {"mission_id": mission_id, "mcp_server_id": mcp_server_id},
            ),
            cast_to=NoneType,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncMcpServersResourceWithRawResponse:
    """`ai.missions.mcp_servers` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncMcpServersResource) -> None:
        self._resource = resource
        self.list_mcp_servers = async_raw_response_wrapper(resource.list_mcp_servers)
        self.create_mcp_server = async_raw_response_wrapper(resource.create_mcp_server)
        self.get_mcp_server = async_raw_response_wrapper(resource.get_mcp_server)
        self.update_mcp_server = async_raw_response_wrapper(resource.update_mcp_server)
        self.delete_mcp_server = async_raw_response_wrapper(resource.delete_mcp_server)


class AsyncMcpServersResourceWithStreamingResponse:
    """`ai.missions.mcp_servers` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncMcpServersResource) -> None:
        self._resource = resource
        self.list_mcp_servers = async_streamed_response_wrapper(resource.list_mcp_servers)
        self.create_mcp_server = async_streamed_response_wrapper(resource.create_mcp_server)
        self.get_mcp_server = async_streamed_response_wrapper(resource.get_mcp_server)
        self.update_mcp_server = async_streamed_response_wrapper(resource.update_mcp_server)
        self.delete_mcp_server = async_streamed_response_wrapper(resource.delete_mcp_server)

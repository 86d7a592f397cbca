"""Missions, their runs, plans, events, linked agents and attached resources."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import NoneType
from typing import TYPE_CHECKING
from uuid import UUID

from telnyx_missions._runtime.client import AsyncAPIClient, SyncAPIClient, path_template
from telnyx_missions._runtime.pagination import AsyncPager, Page, PageNumberScheme, Param
from telnyx_missions._runtime.response import (
    async_raw_response_wrapper,
    async_streamed_response_wrapper,
    raw_response_wrapper,
    streamed_response_wrapper,
)
from telnyx_missions._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

if TYPE_CHECKING:
    from telnyx_missions.resources.ai.missions.knowledge_bases import (
        AsyncKnowledgeBasesResource,
        AsyncKnowledgeBasesResourceWithRawResponse,
        AsyncKnowledgeBasesResourceWithStreamingResponse,
        KnowledgeBasesResource,
        KnowledgeBasesResourceWithRawResponse,
        KnowledgeBasesResourceWithStreamingResponse,
    )
    from telnyx_missions.resources.ai.missions.mcp_servers import (
        AsyncMcpServersResource,
        AsyncMcpServersResourceWithRawResponse,
        AsyncMcpServersResourceWithStreamingResponse,
        McpServersResource,
        McpServersResourceWithRawResponse,
        McpServersResourceWithStreamingResponse,
    )
    from telnyx_missions.resources.ai.missions.runs.runs import (
        AsyncRunsResource,
        AsyncRunsResourceWithRawResponse,
        AsyncRunsResourceWithStreamingResponse,
        RunsResource,
        RunsResourceWithRawResponse,
        RunsResourceWithStreamingResponse,
    )
    from telnyx_missions.resources.ai.missions.tools import (
        AsyncToolsResource,
        AsyncToolsResourceWithRawResponse,
        AsyncToolsResourceWithStreamingResponse,
        ToolsResource,
        ToolsResourceWithRawResponse,
        ToolsResourceWithStreamingResponse,
    )
    from telnyx_missions.types.event_data import EventData
    from telnyx_missions.types.execution_mode import ExecutionMode, ExecutionModeLiteral
    from telnyx_missions.types.meta import Meta
    from telnyx_missions.types.mission_data import MissionData
    from telnyx_missions.types.mission_response import MissionResponse

__all__ = [
    "AsyncMissionsResource",
    "AsyncMissionsResourceWithRawResponse",
    "AsyncMissionsResourceWithStreamingResponse",
    "MissionsResource",
    "MissionsResourceWithRawResponse",
    "MissionsResourceWithStreamingResponse",
]

# How `list` and `list_events` page: where their items and position are, and where the next request
# carries it.
_PAGES = PageNumberScheme(
    page=Param("query", ("page[number]",)),
    items="data",
    meta="meta",
    current_page="meta.page_number",
    total_pages="meta.total_pages",
)


class MissionsResource:
    """Missions, their runs, plans, events, linked agents and attached resources."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def knowledge_bases(self) -> KnowledgeBasesResource:
        """Operations under `ai.missions.knowledge_bases`."""
        from telnyx_missions.resources.ai.missions.knowledge_bases import KnowledgeBasesResource

        return KnowledgeBasesResource(self._client)

    @cached_property
    def mcp_servers(self) -> McpServersResource:
        """Operations under `ai.missions.mcp_servers`."""
        from telnyx_missions.resources.ai.missions.mcp_servers import McpServersResource

        return McpServersResource(self._client)

    @cached_property
    def runs(self) -> RunsResource:
        """Operations under `ai.missions.runs`."""
        from telnyx_missions.resources.ai.missions.runs.runs import RunsResource

        return RunsResource(self._client)

    @cached_property
    def tools(self) -> ToolsResource:
        """Operations under `ai.missions.tools`."""
        from telnyx_missions.resources.ai.missions.tools import ToolsResource

        return ToolsResource(self._client)

    @cached_property
    def with_raw_response(self) -> MissionsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return MissionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MissionsResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return MissionsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page_number: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Page[MissionData, Meta]:
        """List missions

        Returns the missions of the account, one page at a time.

        Args:
          page_number: Page number (1-based). Server default: 1.
          page_size: Number of items per page (mission and run lists default to 20). Server default:
            20.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.meta import Meta
        from telnyx_missions.types.mission_data import MissionData
        from telnyx_missions.types.missions_list_response import MissionsListResponse

        return self._client.request_page(
            Page[MissionData, Meta],
            _PAGES,
            "GET",
            "/ai/missions",
            envelope=MissionsListResponse,
            errors={"422": HTTPValidationError},
            query={"page[number]": page_number, "page[size]": page_size},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        name: str,
        description: str | Omit = omit,
        execution_mode: ExecutionMode | ExecutionModeLiteral | Omit = omit,
        instructions: str | Omit = omit,
        metadata: Mapping[str, object] | Omit = omit,
        model: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionResponse:
        """Create mission

        Creates a new mission definition. Only `name` is required; `execution_mode` falls back to
        `external`.

        Args:
          name: Human-readable name.
          description: Longer explanation of what the mission does.
          execution_mode: How the mission is executed. Server default: 'external'.
          instructions: Instructions given to the agent that carries out the mission.
          metadata: Free-form key/value data to attach.
          model: Name of the language model to use.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_response import MissionResponse

        return self._client.request(
            "POST",
            "/ai/missions",
            cast_to=MissionResponse,
            errors={"422": HTTPValidationError},
            body={
                "name": name,
                "description": description,
                "execution_mode": execution_mode,
                "instructions": instructions,
                "metadata": metadata,
                "model": model,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_events(
        self,
        *,
        type: str | Omit = omit,
        page_number: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Page[EventData, Meta]:
        """List recent events

        Returns events logged by runs of any mission, optionally narrowed to one event type.

        Args:
          type: Only return events of this type. A free string; the values an event can have are
            those of `EventType`.
          page_number: Page number (1-based). Server default: 1.
          page_size: Number of items per page (event lists default to 50). Server default: 50.
        """
        from telnyx_missions.types.event_data import EventData
        from telnyx_missions.types.events_list_response import EventsListResponse
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.meta import Meta

        return self._client.request_page(
            Page[EventData, Meta],
            _PAGES,
            "GET",
            "/ai/missions/events",
            envelope=EventsListResponse,
            errors={"422": HTTPValidationError},
            query={"type": type, "page[number]": page_number, "page[size]": page_size},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve(
        self,
        mission_id: str | UUID,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionResponse:
        """Get mission

        Returns a single mission by its id.

        Args:
          mission_id: Id of the mission (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_response import MissionResponse

        return self._client.request(
            "GET",
            path_template("/ai/missions/{mission_id}", {"mission_id": mission_id}),
            cast_to=MissionResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_mission(
        self,
        mission_id: str | UUID,
        *,
        description: str | Omit = omit,
        execution_mode: ExecutionMode | ExecutionModeLiteral | Omit = omit,
        instructions: str | Omit = omit,
        metadata: Mapping[str, object] | Omit = omit,
        model: str | Omit = omit,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionResponse:
        """Update mission

        Changes the fields of a mission that are present in the body; every field is optional.

        Args:
          mission_id: Id of the mission (a UUID).
          description: New description.
          execution_mode: New execution mode.
          instructions: New agent instructions.
          metadata: New free-form key/value data.
          model: New language model name.
          name: New name.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_response import MissionResponse

        return self._client.request(
            "PUT",
            path_template("/ai/missions/{mission_id}", {"mission_id": mission_id}),
            cast_to=MissionResponse,
            errors={"422": HTTPValidationError},
            body={
                "description": description,
                "execution_mode": execution_mode,
                "instructions": instructions,
                "metadata": metadata,
                "model": model,
                "name": name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_mission(
        self,
        mission_id: str | UUID,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> None:
        """Delete mission

        Removes a mission. Nothing is returned on success.

        Args:
          mission_id: Id of the mission (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "DELETE",
            path_template("/ai/missions/{mission_id}", {"mission_id": mission_id}),
            cast_to=NoneType,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def clone_mission(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Clone mission

        Makes a copy of an existing mission. The request has no body.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "POST",
            path_template("/ai/missions/{mission_id}/clone", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class MissionsResourceWithRawResponse:
    """`ai.missions` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: MissionsResource) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.list_events = raw_response_wrapper(resource.list_events)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update_mission = raw_response_wrapper(resource.update_mission)
        self.delete_mission = raw_response_wrapper(resource.delete_mission)
        self.clone_mission = raw_response_wrapper(resource.clone_mission)

    @cached_property
    def knowledge_bases(self) -> KnowledgeBasesResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.knowledge_bases import (
            KnowledgeBasesResourceWithRawResponse,
        )

        return KnowledgeBasesResourceWithRawResponse(self._resource.knowledge_bases)

    @cached_property
    def mcp_servers(self) -> McpServersResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.mcp_servers import (
            McpServersResourceWithRawResponse,
        )

        return McpServersResourceWithRawResponse(self._resource.mcp_servers)

    @cached_property
    def runs(self) -> RunsResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.runs.runs import RunsResourceWithRawResponse

        return RunsResourceWithRawResponse(self._resource.runs)

    @cached_property
    def tools(self) -> ToolsResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.tools import ToolsResourceWithRawResponse

        return ToolsResourceWithRawResponse(self._resource.tools)


class MissionsResourceWithStreamingResponse:
    """`ai.missions` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: MissionsResource) -> None:
        self._resource = resource
        self.list = streamed_response_wrapper(resource.list)
        self.create = streamed_response_wrapper(resource.create)
        self.list_events = streamed_response_wrapper(resource.list_events)
        self.retrieve = streamed_response_wrapper(resource.retrieve)
        self.update_mission = streamed_response_wrapper(resource.update_mission)
        self.delete_mission = streamed_response_wrapper(resource.delete_mission)
        self.clone_mission = streamed_response_wrapper(resource.clone_mission)

    @cached_property
    def knowledge_bases(self) -> KnowledgeBasesResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.knowledge_bases import (
            KnowledgeBasesResourceWithStreamingResponse,
        )

        return KnowledgeBasesResourceWithStreamingResponse(self._resource.knowledge_bases)

    @cached_property
    def mcp_servers(self) -> McpServersResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.mcp_servers import (
            McpServersResourceWithStreamingResponse,
        )

        return McpServersResourceWithStreamingResponse(self._resource.mcp_servers)

    @cached_property
    def runs(self) -> RunsResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.runs.runs import (
            RunsResourceWithStreamingResponse,
        )

        return RunsResourceWithStreamingResponse(self._resource.runs)

    @cached_property
    def tools(self) -> ToolsResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.tools import ToolsResourceWithStreamingResponse

        return ToolsResourceWithStreamingResponse(self._resource.tools)


class AsyncMissionsResource:
    """Missions, their runs, plans, events, linked agents and attached resources."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def knowledge_bases(self) -> AsyncKnowledgeBasesResource:
        """Operations under `ai.missions.knowledge_bases`."""
        from telnyx_missions.resources.ai.missions.knowledge_bases import (
            AsyncKnowledgeBasesResource,
        )

        return AsyncKnowledgeBasesResource(self._client)

    @cached_property
    def mcp_servers(self) -> AsyncMcpServersResource:
        """Operations under `ai.missions.mcp_servers`."""
        from telnyx_missions.resources.ai.missions.mcp_servers import AsyncMcpServersResource

        return AsyncMcpServersResource(self._client)

    @cached_property
    def runs(self) -> AsyncRunsResource:
        """Operations under `ai.missions.runs`."""
        from telnyx_missions.resources.ai.missions.runs.runs import AsyncRunsResource

        return AsyncRunsResource(self._client)

    @cached_property
    def tools(self) -> AsyncToolsResource:
        """Operations under `ai.missions.tools`."""
        from telnyx_missions.resources.ai.missions.tools import AsyncToolsResource

        return AsyncToolsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncMissionsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncMissionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMissionsResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncMissionsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page_number: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> AsyncPager[MissionData, Meta]:
        """List missions

        Returns the missions of the account, one page at a time.

        Args:
          page_number: Page number (1-based). Server default: 1.
          page_size: Number of items per page (mission and run lists default to 20). Server default:
            20.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.meta import Meta
        from telnyx_missions.types.mission_data import MissionData
        from telnyx_missions.types.missions_list_response import MissionsListResponse

        return self._client.request_page(
            AsyncPager[MissionData, Meta],
            _PAGES,
            "GET",
            "/ai/missions",
            envelope=MissionsListResponse,
            errors={"422": HTTPValidationError},
            query={"page[number]": page_number, "page[size]": page_size},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        name: str,
        description: str | Omit = omit,
        execution_mode: ExecutionMode | ExecutionModeLiteral | Omit = omit,
        instructions: str | Omit = omit,
        metadata: Mapping[str, object] | Omit = omit,
        model: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionResponse:
        """Create mission

        Creates a new mission definition. Only `name` is required; `execution_mode` falls back to
        `external`.

        Args:
          name: Human-readable name.
          description: Longer explanation of what the mission does.
          execution_mode: How the mission is executed. Server default: 'external'.
          instructions: Instructions given to the agent that carries out the mission.
          metadata: Free-form key/value data to attach.
          model: Name of the language model to use.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_response import MissionResponse

        return await self._client.request(
            "POST",
            "/ai/missions",
            cast_to=MissionResponse,
            errors={"422": HTTPValidationError},
            body={
                "name": name,
                "description": description,
                "execution_mode": execution_mode,
                "instructions": instructions,
                "metadata": metadata,
                "model": model,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_events(
        self,
        *,
        type: str | Omit = omit,
        page_number: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> AsyncPager[EventData, Meta]:
        """List recent events

        Returns events logged by runs of any mission, optionally narrowed to one event type.

        Args:
          type: Only return events of this type. A free string; the values an event can have are
            those of `EventType`.
          page_number: Page number (1-based). Server default: 1.
          page_size: Number of items per page (event lists default to 50). Server default: 50.
        """
        from telnyx_missions.types.event_data import EventData
        from telnyx_missions.types.events_list_response import EventsListResponse
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.meta import Meta

        return self._client.request_page(
            AsyncPager[EventData, Meta],
            _PAGES,
            "GET",
            "/ai/missions/events",
            envelope=EventsListResponse,
            errors={"422": HTTPValidationError},
            query={"type": type, "page[number]": page_number, "page[size]": page_size},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def retrieve(
        self,
        mission_id: str | UUID,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionResponse:
        """Get mission

        Returns a single mission by its id.

        Args:
          mission_id: Id of the mission (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_response import MissionResponse

        return await self._client.request(
            "GET",
            path_template("/ai/missions/{mission_id}", {"mission_id": mission_id}),
            cast_to=MissionResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_mission(
        self,
        mission_id: str | UUID,
        *,
        description: str | Omit = omit,
        execution_mode: ExecutionMode | ExecutionModeLiteral | Omit = omit,
        instructions: str | Omit = omit,
        metadata: Mapping[str, object] | Omit = omit,
        model: str | Omit = omit,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionResponse:
        """Update mission

        Changes the fields of a mission that are present in the body; every field is optional.

        Args:
          mission_id: Id of the mission (a UUID).
          description: New description.
          execution_mode: New execution mode.
          instructions: New agent instructions.
          metadata: New free-form key/value data.
          model: New language model name.
          name: New name.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_response import MissionResponse

        return await self._client.request(
            "PUT",
            path_template("/ai/missions/{mission_id}", {"mission_id": mission_id}),
            cast_to=MissionResponse,
            errors={"422": HTTPValidationError},
            body={
                "description": description,
                "execution_mode": execution_mode,
                "instructions": instructions,
                "metadata": metadata,
                "model": model,
                "name": name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_mission(
        self,
        mission_id: str | UUID,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> None:
        """Delete mission

        Removes a mission. Nothing is returned on success.

        Args:
          mission_id: Id of the mission (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "DELETE",
            path_template("/ai/missions/{mission_id}", {"mission_id": mission_id}),
            cast_to=NoneType,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def clone_mission(
        self,
        mission_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> object:
        """Clone mission

        Makes a copy of an existing mission. The request has no body.

        Args:
          mission_id: Id of the mission. Declared as a plain string on this path (no UUID format).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "POST",
            path_template("/ai/missions/{mission_id}/clone", {"mission_id": mission_id}),
            cast_to=object,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncMissionsResourceWithRawResponse:
    """`ai.missions` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncMissionsResource) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.create = async_raw_response_wrapper(resource.create)
        self.list_events = async_raw_response_wrapper(resource.list_events)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update_mission = async_raw_response_wrapper(resource.update_mission)
        self.delete_mission = async_raw_response_wrapper(resource.delete_mission)
        self.clone_mission = async_raw_response_wrapper(resource.clone_mission)

    @cached_property
    def knowledge_bases(self) -> AsyncKnowledgeBasesResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.knowledge_bases import (
            AsyncKnowledgeBasesResourceWithRawResponse,
        )

        return AsyncKnowledgeBasesResourceWithRawResponse(self._resource.knowledge_bases)

    @cached_property
    def mcp_servers(self) -> AsyncMcpServersResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.mcp_servers import (
            AsyncMcpServersResourceWithRawResponse,
        )

        return AsyncMcpServersResourceWithRawResponse(self._resource.mcp_servers)

    @cached_property
    def runs(self) -> AsyncRunsResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.runs.runs import AsyncRunsResourceWithRawResponse

        return AsyncRunsResourceWithRawResponse(self._resource.runs)

    @cached_property
    def tools(self) -> AsyncToolsResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.tools import AsyncToolsResourceWithRawResponse

        return AsyncToolsResourceWithRawResponse(self._resource.tools)


class AsyncMissionsResourceWithStreamingResponse:
    """`ai.missions` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncMissionsResource) -> None:
        self._resource = resource
        self.list = async_streamed_response_wrapper(resource.list)
        self.create = async_streamed_response_wrapper(resource.create)
        self.list_events = async_streamed_response_wrapper(resource.list_events)
        self.retrieve = async_streamed_response_wrapper(resource.retrieve)
        self.update_mission = async_streamed_response_wrapper(resource.update_mission)
        self.delete_mission = async_streamed_response_wrapper(resource.delete_mission)
        self.clone_mission = async_streamed_response_wrapper(resource.clone_mission)

    @cached_property
    def knowledge_bases(self) -> AsyncKnowledgeBasesResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.knowledge_bases import (
            AsyncKnowledgeBasesResourceWithStreamingResponse,
        )

        return AsyncKnowledgeBasesResourceWithStreamingResponse(self._resource.knowledge_bases)

    @cached_property
    def mcp_servers(self) -> AsyncMcpServersResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.mcp_servers import (
            AsyncMcpServersResourceWithStreamingResponse,
        )

        return AsyncMcpServersResourceWithStreamingResponse(self._resource.mcp_servers)

    @cached_property
    def runs(self) -> AsyncRunsResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.runs.runs import (
            AsyncRunsResourceWithStreamingResponse,
        )

        return AsyncRunsResourceWithStreamingResponse(self._resource.runs)

    @cached_property
    def tools(self) -> AsyncToolsResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.tools import (
            AsyncToolsResourceWithStreamingResponse,
        )

        return AsyncToolsResourceWithStreamingResponse(self._resource.tools)

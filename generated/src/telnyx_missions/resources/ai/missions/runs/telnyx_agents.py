"""Operations under `ai.missions.runs.telnyx_agents`."""

from __future__ import annotations

from functools import cached_property
from types import NoneType
from typing import TYPE_CHECKING
from uuid import UUID

from telnyx_missions._runtime.client import AsyncAPIClient, SyncAPIClient, path_template
from telnyx_missions._runtime.response import (
    async_raw_response_wrapper,
    async_streamed_response_wrapper,
    raw_response_wrapper,
    streamed_response_wrapper,
)
from telnyx_missions._runtime.types import Body, Headers, Omit, Query, TimeoutTypes, omit

if TYPE_CHECKING:
    from telnyx_missions.types.telnyx_agent_response import TelnyxAgentResponse
    from telnyx_missions.types.telnyx_agents_list_response import TelnyxAgentsListResponse

__all__ = [
    "AsyncTelnyxAgentsResource",
    "AsyncTelnyxAgentsResourceWithRawResponse",
    "AsyncTelnyxAgentsResourceWithStreamingResponse",
    "TelnyxAgentsResource",
    "TelnyxAgentsResourceWithRawResponse",
    "TelnyxAgentsResourceWithStreamingResponse",
]


class TelnyxAgentsResource:
    """Operations under `ai.missions.runs.telnyx_agents`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TelnyxAgentsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return TelnyxAgentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TelnyxAgentsResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return TelnyxAgentsResourceWithStreamingResponse(self)

    def list(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> TelnyxAgentsListResponse:
        """List linked Telnyx agents

        Returns the Telnyx AI agents linked to a run. The list is not paginated.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.telnyx_agents_list_response import TelnyxAgentsListResponse

        return self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/telnyx-agents",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=TelnyxAgentsListResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def link(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        telnyx_agent_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> TelnyxAgentResponse:
        """Link Telnyx agent to run

        Attaches a Telnyx voice or messaging AI agent to a run.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          telnyx_agent_id: Id of the Telnyx AI agent (voice or messaging) to link.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.telnyx_agent_response import TelnyxAgentResponse

        return self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/telnyx-agents",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=TelnyxAgentResponse,
            errors={"422": HTTPValidationError},
            body={"telnyx_agent_id": telnyx_agent_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def unlink(
        self,
        telnyx_agent_id: str,
        *,
        mission_id: str | UUID,
        run_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> None:
        """Unlink Telnyx agent

        Detaches a Telnyx AI agent from a run. Nothing is returned on success.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          telnyx_agent_id: Id of the linked Telnyx AI agent.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "DELETE",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/telnyx-agents/{telnyx_agent_id}",
                {"mission_id": mission_id, "run_id": run_id, "telnyx_agent_id": telnyx_agent_id},
            ),
            cast_to=NoneType,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class TelnyxAgentsResourceWithRawResponse:
    """`ai.missions.runs.telnyx_agents` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: TelnyxAgentsResource) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.link = raw_response_wrapper(resource.link)
        self.unlink = raw_response_wrapper(resource.unlink)


class TelnyxAgentsResourceWithStreamingResponse:
    """`ai.missions.runs.telnyx_agents` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: TelnyxAgentsResource) -> None:
        self._resource = resource
        self.list = streamed_response_wrapper(resource.list)
        self.link = streamed_response_wrapper(resource.link)
        self.unlink = streamed_response_wrapper(resource.unlink)


class AsyncTelnyxAgentsResource:
    """Operations under `ai.missions.runs.telnyx_agents`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTelnyxAgentsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncTelnyxAgentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTelnyxAgentsResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncTelnyxAgentsResourceWithStreamingResponse(self)

    async def list(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> TelnyxAgentsListResponse:
        """List linked Telnyx agents

        Returns the Telnyx AI agents linked to a run. The list is not paginated.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.telnyx_agents_list_response import TelnyxAgentsListResponse

        return await self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/telnyx-agents",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=TelnyxAgentsListResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def link(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        telnyx_agent_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> TelnyxAgentResponse:
        """Link Telnyx agent to run

        Attaches a Telnyx voice or messaging AI agent to a run.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          telnyx_agent_id: Id of the Telnyx AI agent (voice or messaging) to link.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.telnyx_agent_response import TelnyxAgentResponse

        return await self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/telnyx-agents",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=TelnyxAgentResponse,
            errors={"422": HTTPValidationError},
            body={"telnyx_agent_id": telnyx_agent_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def unlink(
        self,
        telnyx_agent_id: str,
        *,
        mission_id: str | UUID,
        run_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> None:
        """Unlink Telnyx agent

        Detaches a Telnyx AI agent from a run. Nothing is returned on success.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          telnyx_agent_id: Id of the linked Telnyx AI agent.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "DELETE",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/telnyx-agents/{telnyx_agent_id}",
                {"mission_id": mission_id, "run_id": run_id, "telnyx_agent_id": telnyx_agent_id},
            ),
            cast_to=NoneType,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncTelnyxAgentsResourceWithRawResponse:
    """`ai.missions.runs.telnyx_agents` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncTelnyxAgentsResource) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.link = async_raw_response_wrapper(resource.link)
        self.unlink = async_raw_response_wrapper(resource.unlink)


class AsyncTelnyxAgentsResourceWithStreamingResponse:
    """`ai.missions.runs.telnyx_agents` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncTelnyxAgentsResource) -> None:
        self._resource = resource
        self.list = async_streamed_response_wrapper(resource.list)
        self.link = async_streamed_response_wrapper(resource.link)
        self.unlink = async_streamed_response_wrapper(resource.unlink)

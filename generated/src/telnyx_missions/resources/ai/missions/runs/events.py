"""Operations under `ai.missions.runs.events`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
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
    from telnyx_missions.types.event_data import EventData
    from telnyx_missions.types.event_response import EventResponse
    from telnyx_missions.types.event_type import EventType, EventTypeLiteral
    from telnyx_missions.types.meta import Meta

__all__ = [
    "AsyncEventsResource",
    "AsyncEventsResourceWithRawResponse",
    "AsyncEventsResourceWithStreamingResponse",
    "EventsResource",
    "EventsResourceWithRawResponse",
    "EventsResourceWithStreamingResponse",
]

# How `list` pages: where its items and position are, and where the next request carries it.
_PAGES = PageNumberScheme(
    page=Param("query", ("page[number]",)),
    items="data",
    meta="meta",
    current_page="meta.page_number",
    total_pages="meta.total_pages",
)


class EventsResource:
    """Operations under `ai.missions.runs.events`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return EventsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EventsResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return EventsResourceWithStreamingResponse(self)

    def list(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        type: str | Omit = omit,
        step_id: str | Omit = omit,
        agent_id: str | Omit = omit,
        page_number: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Page[EventData, Meta]:
        """List events

        Returns the events logged for one run, optionally filtered by type, step or agent.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          type: Only return events of this type. A free string; the values an event can have are
            those of `EventType`.
          step_id: Only return events tied to this plan step.
          agent_id: Only return events reported by this agent.
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
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/events",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            envelope=EventsListResponse,
            errors={"422": HTTPValidationError},
            query={
                "type": type,
                "step_id": step_id,
                "agent_id": agent_id,
                "page[number]": page_number,
                "page[size]": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def log(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        type: EventType | EventTypeLiteral,
        summary: str,
        agent_id: str | Omit = omit,
        idempotency_key: str | Omit = omit,
        payload: Mapping[str, object] | Omit = omit,
        step_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> EventResponse:
        """Log event

        Records an event for a run, such as a step starting or a tool call. Send an
        `idempotency_key` so that a retried request does not log the event twice.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          type: Kind of event.
          summary: Short human-readable description of what happened.
          agent_id: Agent reporting the event.
          idempotency_key: Caller-chosen key; resending an event with the same key does not create a
            duplicate.
          payload: Free-form details of the event.
          step_id: Plan step the event relates to.
        """
        from telnyx_missions.types.event_response import EventResponse
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/events",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=EventResponse,
            errors={"422": HTTPValidationError},
            body={
                "type": type,
                "summary": summary,
                "agent_id": agent_id,
                "idempotency_key": idempotency_key,
                "payload": payload,
                "step_id": step_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_event_details(
        self,
        event_id: str,
        *,
        mission_id: str | UUID,
        run_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> EventResponse:
        """Get event details

        Returns a single event of a run.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          event_id: Id of the event.
        """
        from telnyx_missions.types.event_response import EventResponse
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/events/{event_id}",
                {"mission_id": mission_id, "run_id": run_id, "event_id": event_id},
            ),
            cast_to=EventResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class EventsResourceWithRawResponse:
    """`ai.missions.runs.events` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: EventsResource) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.log = raw_response_wrapper(resource.log)
        self.get_event_details = raw_response_wrapper(resource.get_event_details)


class EventsResourceWithStreamingResponse:
    """`ai.missions.runs.events` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: EventsResource) -> None:
        self._resource = resource
        self.list = streamed_response_wrapper(resource.list)
        self.log = streamed_response_wrapper(resource.log)
        self.get_event_details = streamed_response_wrapper(resource.get_event_details)


class AsyncEventsResource:
    """Operations under `ai.missions.runs.events`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncEventsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEventsResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncEventsResourceWithStreamingResponse(self)

    def list(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        type: str | Omit = omit,
        step_id: str | Omit = omit,
        agent_id: str | Omit = omit,
        page_number: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> AsyncPager[EventData, Meta]:
        """List events

        Returns the events logged for one run, optionally filtered by type, step or agent.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          type: Only return events of this type. A free string; the values an event can have are
            those of `EventType`.
          step_id: Only return events tied to this plan step.
          agent_id: Only return events reported by this agent.
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
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/events",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            envelope=EventsListResponse,
            errors={"422": HTTPValidationError},
            query={
                "type": type,
                "step_id": step_id,
                "agent_id": agent_id,
                "page[number]": page_number,
                "page[size]": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def log(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        type: EventType | EventTypeLiteral,
        summary: str,
        agent_id: str | Omit = omit,
        idempotency_key: str | Omit = omit,
        payload: Mapping[str, object] | Omit = omit,
        step_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> EventResponse:
        """Log event

        Records an event for a run, such as a step starting or a tool call. Send an
        `idempotency_key` so that a retried request does not log the event twice.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          type: Kind of event.
          summary: Short human-readable description of what happened.
          agent_id: Agent reporting the event.
          idempotency_key: Caller-chosen key; resending an event with the same key does not create a
            duplicate.
          payload: Free-form details of the event.
          step_id: Plan step the event relates to.
        """
        from telnyx_missions.types.event_response import EventResponse
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/events",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=EventResponse,
            errors={"422": HTTPValidationError},
            body={
                "type": type,
                "summary": summary,
                "agent_id": agent_id,
                "idempotency_key": idempotency_key,
                "payload": payload,
                "step_id": step_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_event_details(
        self,
        event_id: str,
        *,
        mission_id: str | UUID,
        run_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> EventResponse:
        """Get event details

        Returns a single event of a run.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          event_id: Id of the event.
        """
        from telnyx_missions.types.event_response import EventResponse
        from telnyx_missions.types.http_validation_error import HTTPValidationError

        return await self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/events/{event_id}",
                {"mission_id": mission_id, "run_id": run_id, "event_id": event_id},
            ),
            cast_to=EventResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncEventsResourceWithRawResponse:
    """`ai.missions.runs.events` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.log = async_raw_response_wrapper(resource.log)
        self.get_event_details = async_raw_response_wrapper(resource.get_event_details)


class AsyncEventsResourceWithStreamingResponse:
    """`ai.missions.runs.events` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self._resource = resource
        self.list = async_streamed_response_wrapper(resource.list)
        self.log = async_streamed_response_wrapper(resource.log)
        self.get_event_details = async_streamed_response_wrapper(resource.get_event_details)

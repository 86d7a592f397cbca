"""Operations under `ai.missions.runs`."""

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
    from telnyx_missions.resources.ai.missions.runs.events import (
        AsyncEventsResource,
        AsyncEventsResourceWithRawResponse,
        AsyncEventsResourceWithStreamingResponse,
        EventsResource,
        EventsResourceWithRawResponse,
        EventsResourceWithStreamingResponse,
    )
    from telnyx_missions.resources.ai.missions.runs.plan import (
        AsyncPlanResource,
        AsyncPlanResourceWithRawResponse,
        AsyncPlanResourceWithStreamingResponse,
        PlanResource,
        PlanResourceWithRawResponse,
        PlanResourceWithStreamingResponse,
    )
    from telnyx_missions.resources.ai.missions.runs.telnyx_agents import (
        AsyncTelnyxAgentsResource,
        AsyncTelnyxAgentsResourceWithRawResponse,
        AsyncTelnyxAgentsResourceWithStreamingResponse,
        TelnyxAgentsResource,
        TelnyxAgentsResourceWithRawResponse,
        TelnyxAgentsResourceWithStreamingResponse,
    )
    from telnyx_missions.types.meta import Meta
    from telnyx_missions.types.mission_run_data import MissionRunData
    from telnyx_missions.types.mission_run_response import MissionRunResponse
    from telnyx_missions.types.run_status import RunStatus, RunStatusLiteral

__all__ = [
    "AsyncRunsResource",
    "AsyncRunsResourceWithRawResponse",
    "AsyncRunsResourceWithStreamingResponse",
    "RunsResource",
    "RunsResourceWithRawResponse",
    "RunsResourceWithStreamingResponse",
]

# How `list_runs` and `list` page: where their items and position are, and where the next request
# carries it.
_PAGES = PageNumberScheme(
    page=Param("query", ("page[number]",)),
    items="data",
    meta="meta",
    current_page="meta.page_number",
    total_pages="meta.total_pages",
)


class RunsResource:
    """Operations under `ai.missions.runs`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def events(self) -> EventsResource:
        """Operations under `ai.missions.runs.events`."""
        from telnyx_missions.resources.ai.missions.runs.events import EventsResource

        return EventsResource(self._client)

    @cached_property
    def plan(self) -> PlanResource:
        """Operations under `ai.missions.runs.plan`."""
        from telnyx_missions.resources.ai.missions.runs.plan import PlanResource

        return PlanResource(self._client)

    @cached_property
    def telnyx_agents(self) -> TelnyxAgentsResource:
        """Operations under `ai.missions.runs.telnyx_agents`."""
        from telnyx_missions.resources.ai.missions.runs.telnyx_agents import TelnyxAgentsResource

        return TelnyxAgentsResource(self._client)

    @cached_property
    def with_raw_response(self) -> RunsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return RunsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RunsResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return RunsResourceWithStreamingResponse(self)

    def list_runs(
        self,
        *,
        status: str | Omit = omit,
        page_number: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Page[MissionRunData, Meta]:
        """List recent runs

        Returns runs across all missions, optionally narrowed to one status.

        Args:
          status: Only return runs with this status. A free string; the values a run can have are
            those of `RunStatus`.
          page_number: Page number (1-based). Server default: 1.
          page_size: Number of items per page (mission and run lists default to 20). Server default:
            20.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.meta import Meta
        from telnyx_missions.types.mission_run_data import MissionRunData
        from telnyx_missions.types.mission_runs_list_response import MissionRunsListResponse

        return self._client.request_page(
            Page[MissionRunData, Meta],
            _PAGES,
            "GET",
            "/ai/missions/runs",
            envelope=MissionRunsListResponse,
            errors={"422": HTTPValidationError},
            query={"status": status, "page[number]": page_number, "page[size]": page_size},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        mission_id: str | UUID,
        *,
        status: str | Omit = omit,
        page_number: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> Page[MissionRunData, Meta]:
        """List runs for mission

        Returns the runs of one mission, optionally narrowed to one status.

        Args:
          mission_id: Id of the mission (a UUID).
          status: Only return runs with this status. A free string; the values a run can have are
            those of `RunStatus`.
          page_number: Page number (1-based). Server default: 1.
          page_size: Number of items per page (mission and run lists default to 20). Server default:
            20.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.meta import Meta
        from telnyx_missions.types.mission_run_data import MissionRunData
        from telnyx_missions.types.mission_runs_list_response import MissionRunsListResponse

        return self._client.request_page(
            Page[MissionRunData, Meta],
            _PAGES,
            "GET",
            path_template("/ai/missions/{mission_id}/runs", {"mission_id": mission_id}),
            envelope=MissionRunsListResponse,
            errors={"422": HTTPValidationError},
            query={"status": status, "page[number]": page_number, "page[size]": page_size},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        mission_id: str | UUID,
        *,
        input: Mapping[str, object] | Omit = omit,
        metadata: Mapping[str, object] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionRunResponse:
        """Start a run

        Starts a new run of the mission. The body is optional; leaving it out is the same as
        sending `{}`.

        Args:
          mission_id: Id of the mission (a UUID).
          input: Free-form input for the run.
          metadata: Free-form key/value data to attach to the run.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_run_response import MissionRunResponse

        return self._client.request(
            "POST",
            path_template("/ai/missions/{mission_id}/runs", {"mission_id": mission_id}),
            cast_to=MissionRunResponse,
            errors={"422": HTTPValidationError},
            body={"input": input, "metadata": metadata},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retrieve(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionRunResponse:
        """Get run details

        Returns one run of a mission, including its status and any recorded result.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_run_response import MissionRunResponse

        return self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=MissionRunResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        error: str | Omit = omit,
        metadata: Mapping[str, object] | Omit = omit,
        result_payload: Mapping[str, object] | Omit = omit,
        result_summary: str | Omit = omit,
        status: RunStatus | RunStatusLiteral | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionRunResponse:
        """Update run

        Changes the status, result or metadata of a run; only the fields sent are changed.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          error: Error message to record.
          metadata: New free-form key/value data.
          result_payload: Structured outcome data.
          result_summary: Short human-readable account of the outcome.
          status: New lifecycle state.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_run_response import MissionRunResponse

        return self._client.request(
            "PATCH",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=MissionRunResponse,
            errors={"422": HTTPValidationError},
            body={
                "error": error,
                "metadata": metadata,
                "result_payload": result_payload,
                "result_summary": result_summary,
                "status": status,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def cancel_run(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionRunResponse:
        """Cancel run

        Stops a running or paused run for good and returns the updated run. The request has no
        body.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_run_response import MissionRunResponse

        return self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/cancel",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=MissionRunResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def pause_run(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionRunResponse:
        """Pause run

        Suspends a running run until it is resumed and returns the updated run. The request has
        no body.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_run_response import MissionRunResponse

        return self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/pause",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=MissionRunResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def resume_run(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionRunResponse:
        """Resume run

        Continues a paused run from where it stopped and returns the updated run. The request has
        no body.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_run_response import MissionRunResponse

        return self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/resume",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=MissionRunResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RunsResourceWithRawResponse:
    """`ai.missions.runs` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: RunsResource) -> None:
        self._resource = resource
        self.list_runs = raw_response_wrapper(resource.list_runs)
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)
        self.cancel_run = raw_response_wrapper(resource.cancel_run)
        self.pause_run = raw_response_wrapper(resource.pause_run)
        self.resume_run = raw_response_wrapper(resource.resume_run)

    @cached_property
    def events(self) -> EventsResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.runs.events import EventsResourceWithRawResponse

        return EventsResourceWithRawResponse(self._resource.events)

    @cached_property
    def plan(self) -> PlanResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.runs.plan import PlanResourceWithRawResponse

        return PlanResourceWithRawResponse(self._resource.plan)

    @cached_property
    def telnyx_agents(self) -> TelnyxAgentsResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.runs.telnyx_agents import (
            TelnyxAgentsResourceWithRawResponse,
        )

        return TelnyxAgentsResourceWithRawResponse(self._resource.telnyx_agents)


class RunsResourceWithStreamingResponse:
    """`ai.missions.runs` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: RunsResource) -> None:
        self._resource = resource
        self.list_runs = streamed_response_wrapper(resource.list_runs)
        self.list = streamed_response_wrapper(resource.list)
        self.create = streamed_response_wrapper(resource.create)
        self.retrieve = streamed_response_wrapper(resource.retrieve)
        self.update = streamed_response_wrapper(resource.update)
        self.cancel_run = streamed_response_wrapper(resource.cancel_run)
        self.pause_run = streamed_response_wrapper(resource.pause_run)
        self.resume_run = streamed_response_wrapper(resource.resume_run)

    @cached_property
    def events(self) -> EventsResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.runs.events import (
            EventsResourceWithStreamingResponse,
        )

        return EventsResourceWithStreamingResponse(self._resource.events)

    @cached_property
    def plan(self) -> PlanResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.runs.plan import (
            PlanResourceWithStreamingResponse,
        )

        return PlanResourceWithStreamingResponse(self._resource.plan)

    @cached_property
    def telnyx_agents(self) -> TelnyxAgentsResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.runs.telnyx_agents import (
            TelnyxAgentsResourceWithStreamingResponse,
        )

        return TelnyxAgentsResourceWithStreamingResponse(self._resource.telnyx_agents)


class AsyncRunsResource:
    """Operations under `ai.missions.runs`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def events(self) -> AsyncEventsResource:
        """Operations under `ai.missions.runs.events`."""
        from telnyx_missions.resources.ai.missions.runs.events import AsyncEventsResource

        return AsyncEventsResource(self._client)

    @cached_property
    def plan(self) -> AsyncPlanResource:
        """Operations under `ai.missions.runs.plan`."""
        from telnyx_missions.resources.ai.missions.runs.plan import AsyncPlanResource

        return AsyncPlanResource(self._client)

    @cached_property
    def telnyx_agents(self) -> AsyncTelnyxAgentsResource:
        """Operations under `ai.missions.runs.telnyx_agents`."""
        from telnyx_missions.resources.ai.missions.runs.telnyx_agents import (
            AsyncTelnyxAgentsResource,
        )

        return AsyncTelnyxAgentsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRunsResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncRunsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRunsResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncRunsResourceWithStreamingResponse(self)

    def list_runs(
        self,
        *,
        status: str | Omit = omit,
        page_number: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> AsyncPager[MissionRunData, Meta]:
        """List recent runs

        Returns runs across all missions, optionally narrowed to one status.

        Args:
          status: Only return runs with this status. A free string; the values a run can have are
            those of `RunStatus`.
          page_number: Page number (1-based). Server default: 1.
          page_size: Number of items per page (mission and run lists default to 20). Server default:
            20.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.meta import Meta
        from telnyx_missions.types.mission_run_data import MissionRunData
        from telnyx_missions.types.mission_runs_list_response import MissionRunsListResponse

        return self._client.request_page(
            AsyncPager[MissionRunData, Meta],
            _PAGES,
            "GET",
            "/ai/missions/runs",
            envelope=MissionRunsListResponse,
            errors={"422": HTTPValidationError},
            query={"status": status, "page[number]": page_number, "page[size]": page_size},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        mission_id: str | UUID,
        *,
        status: str | Omit = omit,
        page_number: int | Omit = omit,
        page_size: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> AsyncPager[MissionRunData, Meta]:
        """List runs for mission

        Returns the runs of one mission, optionally narrowed to one status.

        Args:
          mission_id: Id of the mission (a UUID).
          status: Only return runs with this status. A free string; the values a run can have are
            those of `RunStatus`.
          page_number: Page number (1-based). Server default: 1.
          page_size: Number of items per page (mission and run lists default to 20). Server default:
            20.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.meta import Meta
        from telnyx_missions.types.mission_run_data import MissionRunData
        from telnyx_missions.types.mission_runs_list_response import MissionRunsListResponse

        return self._client.request_page(
            AsyncPager[MissionRunData, Meta],
            _PAGES,
            "GET",
            path_template("/ai/missions/{mission_id}/runs", {"mission_id": mission_id}),
            envelope=MissionRunsListResponse,
            errors={"422": HTTPValidationError},
            query={"status": status, "page[number]": page_number, "page[size]": page_size},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        mission_id: str | UUID,
        *,
        input: Mapping[str, object] | Omit = omit,
        metadata: Mapping[str, object] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionRunResponse:
        """Start a run

        Starts a new run of the mission. The body is optional; leaving it out is the same as
        sending `{}`.

        Args:
          mission_id: Id of the mission (a UUID).
          input: Free-form input for the run.
          metadata: Free-form key/value data to attach to the run.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_run_response import MissionRunResponse

        return await self._client.request(
            "POST",
            path_template("/ai/missions/{mission_id}/runs", {"mission_id": mission_id}),
            cast_to=MissionRunResponse,
            errors={"422": HTTPValidationError},
            body={"input": input, "metadata": metadata},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def retrieve(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionRunResponse:
        """Get run details

        Returns one run of a mission, including its status and any recorded result.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_run_response import MissionRunResponse

        return await self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=MissionRunResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        error: str | Omit = omit,
        metadata: Mapping[str, object] | Omit = omit,
        result_payload: Mapping[str, object] | Omit = omit,
        result_summary: str | Omit = omit,
        status: RunStatus | RunStatusLiteral | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionRunResponse:
        """Update run

        Changes the status, result or metadata of a run; only the fields sent are changed.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          error: Error message to record.
          metadata: New free-form key/value data.
          result_payload: Structured outcome data.
          result_summary: Short human-readable account of the outcome.
          status: New lifecycle state.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_run_response import MissionRunResponse

        return await self._client.request(
            "PATCH",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=MissionRunResponse,
            errors={"422": HTTPValidationError},
            body={
                "error": error,
                "metadata": metadata,
                "result_payload": result_payload,
                "result_summary": result_summary,
                "status": status,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def cancel_run(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionRunResponse:
        """Cancel run

        Stops a running or paused run for good and returns the updated run. The request has no
        body.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_run_response import MissionRunResponse

        return await self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/cancel",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=MissionRunResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def pause_run(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionRunResponse:
        """Pause run

        Suspends a running run until it is resumed and returns the updated run. The request has
        no body.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_run_response import MissionRunResponse

        return await self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/pause",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=MissionRunResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def resume_run(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> MissionRunResponse:
        """Resume run

        Continues a paused run from where it stopped and returns the updated run. The request has
        no body.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.mission_run_response import MissionRunResponse

        return await self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/resume",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=MissionRunResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncRunsResourceWithRawResponse:
    """`ai.missions.runs` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncRunsResource) -> None:
        self._resource = resource
        self.list_runs = async_raw_response_wrapper(resource.list_runs)
        self.list = async_raw_response_wrapper(resource.list)
        self.create = async_raw_response_wrapper(resource.create)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)
        self.cancel_run = async_raw_response_wrapper(resource.cancel_run)
        self.pause_run = async_raw_response_wrapper(resource.pause_run)
        self.resume_run = async_raw_response_wrapper(resource.resume_run)

    @cached_property
    def events(self) -> AsyncEventsResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.runs.events import (
            AsyncEventsResourceWithRawResponse,
        )

        return AsyncEventsResourceWithRawResponse(self._resource.events)

    @cached_property
    def plan(self) -> AsyncPlanResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.runs.plan import AsyncPlanResourceWithRawResponse

        return AsyncPlanResourceWithRawResponse(self._resource.plan)

    @cached_property
    def telnyx_agents(self) -> AsyncTelnyxAgentsResourceWithRawResponse:
        from telnyx_missions.resources.ai.missions.runs.telnyx_agents import (
            AsyncTelnyxAgentsResourceWithRawResponse,
        )

        return AsyncTelnyxAgentsResourceWithRawResponse(self._resource.telnyx_agents)


class AsyncRunsResourceWithStreamingResponse:
    """`ai.missions.runs` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncRunsResource) -> None:
        self._resource = resource
        self.list_runs = async_streamed_response_wrapper(resource.list_runs)
        self.list = async_streamed_response_wrapper(resource.list)
        self.create = async_streamed_response_wrapper(resource.create)
        self.retrieve = async_streamed_response_wrapper(resource.retrieve)
        self.update = async_streamed_response_wrapper(resource.update)
        self.cancel_run = async_streamed_response_wrapper(resource.cancel_run)
        self.pause_run = async_streamed_response_wrapper(resource.pause_run)
        self.resume_run = async_streamed_response_wrapper(resource.resume_run)

    @cached_property
    def events(self) -> AsyncEventsResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.runs.events import (
            AsyncEventsResourceWithStreamingResponse,
        )

        return AsyncEventsResourceWithStreamingResponse(self._resource.events)

    @cached_property
    def plan(self) -> AsyncPlanResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.runs.plan import (
            AsyncPlanResourceWithStreamingResponse,
        )

        return AsyncPlanResourceWithStreamingResponse(self._resource.plan)

    @cached_property
    def telnyx_agents(self) -> AsyncTelnyxAgentsResourceWithStreamingResponse:
        from telnyx_missions.resources.ai.missions.runs.telnyx_agents import (
            AsyncTelnyxAgentsResourceWithStreamingResponse,
        )

        return AsyncTelnyxAgentsResourceWithStreamingResponse(self._resource.telnyx_agents)

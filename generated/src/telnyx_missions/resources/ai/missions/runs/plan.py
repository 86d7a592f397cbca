"""Operations under `ai.missions.runs.plan`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
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
    from telnyx_missions.types.create_plan_step_request_param import CreatePlanStepRequestParam
    from telnyx_missions.types.plan_response import PlanResponse
    from telnyx_missions.types.plan_step_response import PlanStepResponse
    from telnyx_missions.types.plan_steps_created_response import PlanStepsCreatedResponse
    from telnyx_missions.types.step_status import StepStatus, StepStatusLiteral

__all__ = [
    "AsyncPlanResource",
    "AsyncPlanResourceWithRawResponse",
    "AsyncPlanResourceWithStreamingResponse",
    "PlanResource",
    "PlanResourceWithRawResponse",
    "PlanResourceWithStreamingResponse",
]


class PlanResource:
    """Operations under `ai.missions.runs.plan`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlanResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return PlanResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PlanResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return PlanResourceWithStreamingResponse(self)

    def retrieve(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> PlanResponse:
        """Get plan

        Returns every step of the run's plan. The list is not paginated.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.plan_response import PlanResponse

        return self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/plan",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=PlanResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        steps: Sequence[CreatePlanStepRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> PlanStepsCreatedResponse:
        """Create initial plan

        Sets the first plan of a run from a list of steps and returns the stored steps.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          steps: The steps of the plan.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.plan_steps_created_response import PlanStepsCreatedResponse

        return self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/plan",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=PlanStepsCreatedResponse,
            errors={"422": HTTPValidationError},
            body={"steps": steps},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def add_steps_to_plan(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        steps: Sequence[CreatePlanStepRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> PlanStepsCreatedResponse:
        """Add step(s) to plan

        Appends one or more steps to an existing plan and returns the steps that were added.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          steps: The steps to append.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.plan_steps_created_response import PlanStepsCreatedResponse

        return self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/plan/steps",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=PlanStepsCreatedResponse,
            errors={"422": HTTPValidationError},
            body={"steps": steps},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_step_details(
        self,
        step_id: str,
        *,
        mission_id: str | UUID,
        run_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> PlanStepResponse:
        """Get step details

        Returns one step of the run's plan, looked up by its caller-chosen id.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          step_id: Caller-chosen id of the plan step, as given when the step was created.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.plan_step_response import PlanStepResponse

        return self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/plan/steps/{step_id}",
                {"mission_id": mission_id, "run_id": run_id, "step_id": step_id},
            ),
            cast_to=PlanStepResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_step(
        self,
        step_id: str,
        *,
        mission_id: str | UUID,
        run_id: str | UUID,
        metadata: Mapping[str, object] | Omit = omit,
        status: StepStatus | StepStatusLiteral | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> PlanStepResponse:
        """Update step status

        Changes the status or metadata of one plan step and returns the updated step.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          step_id: Caller-chosen id of the plan step, as given when the step was created.
          metadata: New free-form key/value data.
          status: New progress state.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.plan_step_response import PlanStepResponse

        return self._client.request(
            "PATCH",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/plan/steps/{step_id}",
                {"mission_id": mission_id, "run_id": run_id, "step_id": step_id},
            ),
            cast_to=PlanStepResponse,
            errors={"422": HTTPValidationError},
            body={"metadata": metadata, "status": status},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class PlanResourceWithRawResponse:
    """`ai.missions.runs.plan` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: PlanResource) -> None:
        self._resource = resource
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.create = raw_response_wrapper(resource.create)
        self.add_steps_to_plan = raw_response_wrapper(resource.add_steps_to_plan)
        self.get_step_details = raw_response_wrapper(resource.get_step_details)
        self.update_step = raw_response_wrapper(resource.update_step)


class PlanResourceWithStreamingResponse:
    """`ai.missions.runs.plan` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: PlanResource) -> None:
        self._resource = resource
        self.retrieve = streamed_response_wrapper(resource.retrieve)
        self.create = streamed_response_wrapper(resource.create)
        self.add_steps_to_plan = streamed_response_wrapper(resource.add_steps_to_plan)
        self.get_step_details = streamed_response_wrapper(resource.get_step_details)
        self.update_step = streamed_response_wrapper(resource.update_step)


class AsyncPlanResource:
    """Operations under `ai.missions.runs.plan`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlanResourceWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, `.parse()`)."""
        return AsyncPlanResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPlanResourceWithStreamingResponse:
        """The same methods as context managers whose response body is not read up front."""
        return AsyncPlanResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> PlanResponse:
        """Get plan

        Returns every step of the run's plan. The list is not paginated.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.plan_response import PlanResponse

        return await self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/plan",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=PlanResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        steps: Sequence[CreatePlanStepRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> PlanStepsCreatedResponse:
        """Create initial plan

        Sets the first plan of a run from a list of steps and returns the stored steps.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          steps: The steps of the plan.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.plan_steps_created_response import PlanStepsCreatedResponse

        return await self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/plan",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=PlanStepsCreatedResponse,
            errors={"422": HTTPValidationError},
            body={"steps": steps},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def add_steps_to_plan(
        self,
        run_id: str | UUID,
        *,
        mission_id: str | UUID,
        steps: Sequence[CreatePlanStepRequestParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> PlanStepsCreatedResponse:
        """Add step(s) to plan

        Appends one or more steps to an existing plan and returns the steps that were added.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          steps: The steps to append.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.plan_steps_created_response import PlanStepsCreatedResponse

        return await self._client.request(
            "POST",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/plan/steps",
                {"mission_id": mission_id, "run_id": run_id},
            ),
            cast_to=PlanStepsCreatedResponse,
            errors={"422": HTTPValidationError},
            body={"steps": steps},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_step_details(
        self,
        step_id: str,
        *,
        mission_id: str | UUID,
        run_id: str | UUID,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> PlanStepResponse:
        """Get step details

        Returns one step of the run's plan, looked up by its caller-chosen id.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          step_id: Caller-chosen id of the plan step, as given when the step was created.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.plan_step_response import PlanStepResponse

        return await self._client.request(
            "GET",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/plan/steps/{step_id}",
                {"mission_id": mission_id, "run_id": run_id, "step_id": step_id},
            ),
            cast_to=PlanStepResponse,
            errors={"422": HTTPValidationError},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_step(
        self,
        step_id: str,
        *,
        mission_id: str | UUID,
        run_id: str | UUID,
        metadata: Mapping[str, object] | Omit = omit,
        status: StepStatus | StepStatusLiteral | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | Omit = omit,
    ) -> PlanStepResponse:
        """Update step status

        Changes the status or metadata of one plan step and returns the updated step.

        Args:
          mission_id: Id of the mission (a UUID).
          run_id: Id of the run (a UUID).
          step_id: Caller-chosen id of the plan step, as given when the step was created.
          metadata: New free-form key/value data.
          status: New progress state.
        """
        from telnyx_missions.types.http_validation_error import HTTPValidationError
        from telnyx_missions.types.plan_step_response import PlanStepResponse

        return await self._client.request(
            "PATCH",
            path_template(
                "/ai/missions/{mission_id}/runs/{run_id}/plan/steps/{step_id}",
                {"mission_id": mission_id, "run_id": run_id, "step_id": step_id},
            ),
            cast_to=PlanStepResponse,
            errors={"422": HTTPValidationError},
            body={"metadata": metadata, "status": status},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncPlanResourceWithRawResponse:
    """`ai.missions.runs.plan` methods that return the raw HTTP response, its body read."""

    def __init__(self, resource: AsyncPlanResource) -> None:
        self._resource = resource
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.create = async_raw_response_wrapper(resource.create)
        self.add_steps_to_plan = async_raw_response_wrapper(resource.add_steps_to_plan)
        self.get_step_details = async_raw_response_wrapper(resource.get_step_details)
        self.update_step = async_raw_response_wrapper(resource.update_step)


class AsyncPlanResourceWithStreamingResponse:
    """`ai.missions.runs.plan` methods that return a context manager of the HTTP response, its body unread."""

    def __init__(self, resource: AsyncPlanResource) -> None:
        self._resource = resource
        self.retrieve = async_streamed_response_wrapper(resource.retrieve)
        self.create = async_streamed_response_wrapper(resource.create)
        self.add_steps_to_plan = async_streamed_response_wrapper(resource.add_steps_to_plan)
        self.get_step_details = async_streamed_response_wrapper(resource.get_step_details)
        self.update_step = async_streamed_response_wrapper(resource.update_step)

"""Body for appending steps to an existing plan."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.create_plan_step_request import CreatePlanStepRequest

__all__ = ["AddPlanStepsRequest"]


class AddPlanStepsRequest(BaseModel):
    """Body for appending steps to an existing plan."""

    steps: list[CreatePlanStepRequest]
    """The steps to append."""

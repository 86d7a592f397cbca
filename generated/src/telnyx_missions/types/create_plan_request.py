"""Body for creating the initial plan of a run."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.create_plan_step_request import CreatePlanStepRequest

__all__ = ["CreatePlanRequest"]


class CreatePlanRequest(BaseModel):
    """Body for creating the initial plan of a run."""

    steps: list[CreatePlanStepRequest]
    """The steps of the plan."""

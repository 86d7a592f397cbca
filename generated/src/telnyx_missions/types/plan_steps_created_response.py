"""The plan steps that were just stored."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.plan_step_data import PlanStepData

__all__ = ["PlanStepsCreatedResponse"]


class PlanStepsCreatedResponse(BaseModel):
    """The plan steps that were just stored."""

    data: list[PlanStepData]
    """The stored steps."""

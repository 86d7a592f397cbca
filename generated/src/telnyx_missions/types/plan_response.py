"""Every step of a run's plan (not paginated)."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.plan_step_data import PlanStepData

__all__ = ["PlanResponse"]


class PlanResponse(BaseModel):
    """Every step of a run's plan (not paginated)."""

    data: list[PlanStepData]
    """The plan steps."""

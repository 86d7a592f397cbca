"""Envelope holding one plan step."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.plan_step_data import PlanStepData

__all__ = ["PlanStepResponse"]


class PlanStepResponse(BaseModel):
    """Envelope holding one plan step."""

    data: PlanStepData
    """The plan step."""

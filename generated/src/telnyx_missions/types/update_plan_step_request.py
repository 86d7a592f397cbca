"""Body for updating a plan step. Both fields are optional."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.step_status import StepStatus

__all__ = ["UpdatePlanStepRequest"]


class UpdatePlanStepRequest(BaseModel):
    """Body for updating a plan step. Both fields are optional."""

    metadata: dict[str, object] | None = None
    """New free-form key/value data."""

    status: StepStatus | None = None
    """New progress state."""

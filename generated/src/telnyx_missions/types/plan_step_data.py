"""One step of a run's plan. Optional fields are nullable: the server may omit them or send `null`."""

from __future__ import annotations

from datetime import datetime

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.step_status import StepStatus

__all__ = ["PlanStepData"]


class PlanStepData(BaseModel):
    """One step of a run's plan. Optional fields are nullable: the server may omit them or send
    `null`."""

    step_id: str
    """Caller-chosen id of the step."""

    run_id: str
    """Id of the run the step belongs to."""

    sequence: int
    """Position of the step in the plan."""

    description: str
    """What the step does."""

    status: StepStatus
    """Current progress state."""

    parent_step_id: str | None = None
    """Id of the enclosing step, for nested steps."""

    metadata: dict[str, object] | None = None
    """Free-form key/value data attached by the caller."""

    started_at: datetime | None = None
    """When work on the step began."""

    completed_at: datetime | None = None
    """When the step finished."""

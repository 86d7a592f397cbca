"""One step to add to a plan."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel

__all__ = ["CreatePlanStepRequest"]


class CreatePlanStepRequest(BaseModel):
    """One step to add to a plan."""

    step_id: str
    """Caller-chosen id for the step, used later to address it."""

    description: str
    """What the step does."""

    sequence: int
    """Position of the step in the plan."""

    parent_step_id: str | None = None
    """Id of the enclosing step, for nested steps."""

    metadata: dict[str, object] | None = None
    """Free-form key/value data to attach."""

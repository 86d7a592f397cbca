"""Body for updating a mission. Every field is optional; only those sent are changed."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.execution_mode import ExecutionMode

__all__ = ["UpdateMissionRequest"]


class UpdateMissionRequest(BaseModel):
    """Body for updating a mission. Every field is optional; only those sent are changed."""

    description: str | None = None
    """New description."""

    execution_mode: ExecutionMode | None = None
    """New execution mode."""

    instructions: str | None = None
    """New agent instructions."""

    metadata: dict[str, object] | None = None
    """New free-form key/value data."""

    model: str | None = None
    """New language model name."""

    name: str | None = None
    """New name."""

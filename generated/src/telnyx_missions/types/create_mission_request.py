"""Body for creating a mission."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.execution_mode import ExecutionMode

__all__ = ["CreateMissionRequest"]


class CreateMissionRequest(BaseModel):
    """Body for creating a mission."""

    name: str
    """Human-readable name."""

    description: str | None = None
    """Longer explanation of what the mission does."""

    execution_mode: ExecutionMode | None = None
    """How the mission is executed."""

    instructions: str | None = None
    """Instructions given to the agent that carries out the mission."""

    metadata: dict[str, object] | None = None
    """Free-form key/value data to attach."""

    model: str | None = None
    """Name of the language model to use."""

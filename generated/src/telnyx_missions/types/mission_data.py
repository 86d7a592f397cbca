"""A mission definition. Optional fields are nullable: the server may omit them or send `null`."""

from __future__ import annotations

from datetime import datetime

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.execution_mode import ExecutionMode

__all__ = ["MissionData"]


class MissionData(BaseModel):
    """A mission definition. Optional fields are nullable: the server may omit them or send `null`."""

    mission_id: str
    """Unique id of the mission."""

    name: str
    """Human-readable name."""

    execution_mode: ExecutionMode
    """How the mission is executed."""

    created_at: datetime
    """When the mission was created."""

    updated_at: datetime
    """When the mission was last changed."""

    description: str | None = None
    """Longer explanation of what the mission does."""

    model: str | None = None
    """Name of the language model the mission uses."""

    instructions: str | None = None
    """Instructions given to the agent that carries out the mission."""

    metadata: dict[str, object] | None = None
    """Free-form key/value data attached by the caller."""

"""Body for logging an event on a run."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.event_type import EventType

__all__ = ["CreateEventRequest"]


class CreateEventRequest(BaseModel):
    """Body for logging an event on a run."""

    type: EventType
    """Kind of event."""

    summary: str
    """Short human-readable description of what happened."""

    agent_id: str | None = None
    """Agent reporting the event."""

    idempotency_key: str | None = None
    """Caller-chosen key; resending an event with the same key does not create a duplicate."""

    payload: dict[str, object] | None = None
    """Free-form details of the event."""

    step_id: str | None = None
    """Plan step the event relates to."""

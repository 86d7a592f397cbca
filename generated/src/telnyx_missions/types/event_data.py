"""Something that happened during a run. Optional fields are nullable: the server may omit them or
send `null`."""

from __future__ import annotations

from datetime import datetime

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.event_type import EventType

__all__ = ["EventData"]


class EventData(BaseModel):
    """Something that happened during a run. Optional fields are nullable: the server may omit them
    or send `null`."""

    event_id: str
    """Unique id of the event."""

    run_id: str
    """Id of the run the event belongs to (declared without UUID format here)."""

    type: EventType
    """Kind of event."""

    summary: str
    """Short human-readable description of what happened."""

    timestamp: datetime
    """When the event was recorded."""

    step_id: str | None = None
    """Plan step the event relates to, if any."""

    agent_id: str | None = None
    """Agent that reported the event, if any."""

    payload: dict[str, object] | None = None
    """Free-form details of the event."""

    idempotency_key: str | None = None
    """Key the caller sent to de-duplicate retries, if any."""

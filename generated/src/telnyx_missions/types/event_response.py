"""Envelope holding one event."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.event_data import EventData

__all__ = ["EventResponse"]


class EventResponse(BaseModel):
    """Envelope holding one event."""

    data: EventData
    """The event."""

"""One page of events."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.event_data import EventData
from telnyx_missions.types.meta import Meta

__all__ = ["EventsListResponse"]


class EventsListResponse(BaseModel):
    """One page of events."""

    data: list[EventData]
    """The events on this page."""

    meta: Meta
    """Page position and totals."""

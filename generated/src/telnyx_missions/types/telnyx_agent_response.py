"""Envelope holding one agent link."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.telnyx_agent_data import TelnyxAgentData

__all__ = ["TelnyxAgentResponse"]


class TelnyxAgentResponse(BaseModel):
    """Envelope holding one agent link."""

    data: TelnyxAgentData
    """The agent link."""

"""Every agent linked to a run (not paginated)."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.telnyx_agent_data import TelnyxAgentData

__all__ = ["TelnyxAgentsListResponse"]


class TelnyxAgentsListResponse(BaseModel):
    """Every agent linked to a run (not paginated)."""

    data: list[TelnyxAgentData]
    """The agent links."""

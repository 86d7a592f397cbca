"""A link between a run and a Telnyx AI agent."""

from __future__ import annotations

from datetime import datetime

from telnyx_missions._runtime.models import BaseModel

__all__ = ["TelnyxAgentData"]


class TelnyxAgentData(BaseModel):
    """A link between a run and a Telnyx AI agent."""

    run_id: str
    """Id of the run (declared without UUID format here)."""

    telnyx_agent_id: str
    """Id of the linked Telnyx AI agent."""

    created_at: datetime
    """When the link was made."""

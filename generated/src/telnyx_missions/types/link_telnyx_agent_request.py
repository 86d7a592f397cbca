"""Body for linking a Telnyx AI agent to a run."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel

__all__ = ["LinkTelnyxAgentRequest"]


class LinkTelnyxAgentRequest(BaseModel):
    """Body for linking a Telnyx AI agent to a run."""

    telnyx_agent_id: str
    """Id of the Telnyx AI agent (voice or messaging) to link."""

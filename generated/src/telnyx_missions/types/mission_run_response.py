"""Envelope holding one run."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.mission_run_data import MissionRunData

__all__ = ["MissionRunResponse"]


class MissionRunResponse(BaseModel):
    """Envelope holding one run."""

    data: MissionRunData
    """The run."""

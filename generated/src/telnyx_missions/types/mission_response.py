"""Envelope holding one mission."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.mission_data import MissionData

__all__ = ["MissionResponse"]


class MissionResponse(BaseModel):
    """Envelope holding one mission."""

    data: MissionData
    """The mission."""

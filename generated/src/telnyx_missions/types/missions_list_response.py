"""One page of missions."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.meta import Meta
from telnyx_missions.types.mission_data import MissionData

__all__ = ["MissionsListResponse"]


class MissionsListResponse(BaseModel):
    """One page of missions."""

    data: list[MissionData]
    """The missions on this page."""

    meta: Meta
    """Page position and totals."""

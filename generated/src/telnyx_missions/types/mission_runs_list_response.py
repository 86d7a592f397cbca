"""One page of runs."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.meta import Meta
from telnyx_missions.types.mission_run_data import MissionRunData

__all__ = ["MissionRunsListResponse"]


class MissionRunsListResponse(BaseModel):
    """One page of runs."""

    data: list[MissionRunData]
    """The runs on this page."""

    meta: Meta
    """Page position and totals."""

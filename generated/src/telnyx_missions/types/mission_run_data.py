"""One execution of a mission. Optional fields are nullable: the server may omit them or send
`null`."""

from __future__ import annotations

from datetime import datetime

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.run_status import RunStatus

__all__ = ["MissionRunData"]


class MissionRunData(BaseModel):
    """One execution of a mission. Optional fields are nullable: the server may omit them or send
    `null`."""

    run_id: str
    """Unique id of the run."""

    mission_id: str
    """Id of the mission this run belongs to."""

    status: RunStatus
    """Current lifecycle state."""

    started_at: datetime
    """When the run started."""

    updated_at: datetime
    """When the run was last changed."""

    finished_at: datetime | None = None
    """When the run reached a final state, if it has."""

    input: dict[str, object] | None = None
    """The input given when the run was started."""

    metadata: dict[str, object] | None = None
    """Free-form key/value data attached by the caller."""

    result_summary: str | None = None
    """Short human-readable account of the outcome."""

    result_payload: dict[str, object] | None = None
    """Structured outcome data."""

    error: str | None = None
    """Error message, when the run failed."""

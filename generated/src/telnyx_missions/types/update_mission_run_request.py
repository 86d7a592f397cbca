"""Body for updating a run. Every field is optional; only those sent are changed."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.run_status import RunStatus

__all__ = ["UpdateMissionRunRequest"]


class UpdateMissionRunRequest(BaseModel):
    """Body for updating a run. Every field is optional; only those sent are changed."""

    error: str | None = None
    """Error message to record."""

    metadata: dict[str, object] | None = None
    """New free-form key/value data."""

    result_payload: dict[str, object] | None = None
    """Structured outcome data."""

    result_summary: str | None = None
    """Short human-readable account of the outcome."""

    status: RunStatus | None = None
    """New lifecycle state."""

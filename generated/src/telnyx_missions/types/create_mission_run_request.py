"""Body for starting a run. Both fields are optional, and so is the body itself."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel

__all__ = ["CreateMissionRunRequest"]


class CreateMissionRunRequest(BaseModel):
    """Body for starting a run. Both fields are optional, and so is the body itself."""

    input: dict[str, object] | None = None
    """Free-form input for the run."""

    metadata: dict[str, object] | None = None
    """Free-form key/value data to attach to the run."""

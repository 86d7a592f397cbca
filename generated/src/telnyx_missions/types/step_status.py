"""Progress state of a plan step."""

from __future__ import annotations

from typing import Literal

from telnyx_missions._runtime.models import OpenEnum

__all__ = ["StepStatus", "StepStatusLiteral"]


class StepStatus(str, OpenEnum):
    """Progress state of a plan step.

    Values the API adds later are kept (with `is_known` False) instead of failing.
    """

    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    SKIPPED = "skipped"
    FAILED = "failed"


StepStatusLiteral = Literal["pending", "in_progress", "completed", "skipped", "failed"]
"""The values of `StepStatus` as plain literals, for arguments."""

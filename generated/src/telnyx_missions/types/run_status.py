"""Lifecycle state of a run."""

from __future__ import annotations

from typing import Literal

from telnyx_missions._runtime.models import OpenEnum

__all__ = ["RunStatus", "RunStatusLiteral"]


class RunStatus(str, OpenEnum):
    """Lifecycle state of a run.

    Values the API adds later are kept (with `is_known` False) instead of failing.
    """

    PENDING = "pending"
    RUNNING = "running"
    PAUSED = "paused"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


RunStatusLiteral = Literal["pending", "running", "paused", "succeeded", "failed", "cancelled"]
"""The values of `RunStatus` as plain literals, for arguments."""

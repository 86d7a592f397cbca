"""Kind of an event logged for a run."""

from __future__ import annotations

from typing import Literal

from telnyx_missions._runtime.models import OpenEnum

__all__ = ["EventType", "EventTypeLiteral"]


class EventType(str, OpenEnum):
    """Kind of an event logged for a run.

    Values the API adds later are kept (with `is_known` False) instead of failing.
    """

    STATUS_CHANGE = "status_change"
    STEP_STARTED = "step_started"
    STEP_COMPLETED = "step_completed"
    STEP_FAILED = "step_failed"
    TOOL_CALL = "tool_call"
    TOOL_RESULT = "tool_result"
    MESSAGE = "message"
    ERROR = "error"
    CUSTOM = "custom"


EventTypeLiteral = Literal[
    "status_change",
    "step_started",
    "step_completed",
    "step_failed",
    "tool_call",
    "tool_result",
    "message",
    "error",
    "custom",
]
"""The values of `EventType` as plain literals, for arguments."""

"""How a mission is executed. The published API does not explain the difference between the two
modes."""

from __future__ import annotations

from typing import Literal

from telnyx_missions._runtime.models import OpenEnum

__all__ = ["ExecutionMode", "ExecutionModeLiteral"]


class ExecutionMode(str, OpenEnum):
    """How a mission is executed. The published API does not explain the difference between the two
    modes.

    Values the API adds later are kept (with `is_known` False) instead of failing.
    """

    EXTERNAL = "external"
    MANAGED = "managed"


ExecutionModeLiteral = Literal["external", "managed"]
"""The values of `ExecutionMode` as plain literals, for arguments."""

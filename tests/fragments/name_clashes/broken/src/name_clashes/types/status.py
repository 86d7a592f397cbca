"""Status"""

from __future__ import annotations

from typing import Literal

from name_clashes._runtime.models import OpenEnum

__all__ = ["Status", "StatusLiteral"]


class Status(str, OpenEnum):
    """Status

    Values the API adds later are kept (with `is_known` False) instead of failing.
    """

    ON = "on"
    OFF = "off"


StatusLiteral = Literal["on", "off"]
"""The values of `Status` as plain literals, for arguments."""

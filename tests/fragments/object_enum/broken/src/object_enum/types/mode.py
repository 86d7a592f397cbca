"""A name, or an empty object for the default."""

from __future__ import annotations

from typing import Literal

from object_enum._runtime.models import OpenEnum

__all__ = ["Mode", "ModeLiteral"]


class Mode(str, OpenEnum):
    """A name, or an empty object for the default.

    Values the API adds later are kept (with `is_known` False) instead of failing.
    """

    BRIDGE = "bridge"
    HOST = "host"


ModeLiteral = Literal["bridge", "host"]
"""The values of `Mode` as plain literals, for arguments."""

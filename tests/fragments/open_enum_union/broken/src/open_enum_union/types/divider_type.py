"""DividerType"""

from __future__ import annotations

from typing import Literal

from open_enum_union._runtime.models import OpenEnum

__all__ = ["DividerType", "DividerTypeLiteral"]


class DividerType(int, OpenEnum):
    """DividerType

    Values the API adds later are kept (with `is_known` False) instead of failing.
    """

    VALUE_3 = 3


DividerTypeLiteral = Literal[3]
"""The values of `DividerType` as plain literals, for arguments."""

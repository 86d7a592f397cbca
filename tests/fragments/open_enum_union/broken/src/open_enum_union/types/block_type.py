"""BlockType"""

from __future__ import annotations

from typing import Literal

from open_enum_union._runtime.models import OpenEnum

__all__ = ["BlockType", "BlockTypeLiteral"]


class BlockType(int, OpenEnum):
    """BlockType

    Values the API adds later are kept (with `is_known` False) instead of failing.
    """

    VALUE_1 = 1


BlockTypeLiteral = Literal[1]
"""The values of `BlockType` as plain literals, for arguments."""

"""AlertType"""

from __future__ import annotations

from typing import Literal

from open_enum_union._runtime.models import OpenEnum

__all__ = ["AlertType", "AlertTypeLiteral"]


class AlertType(int, OpenEnum):
    """AlertType

    Values the API adds later are kept (with `is_known` False) instead of failing.
    """

    VALUE_2 = 2


AlertTypeLiteral = Literal[2]
"""The values of `AlertType` as plain literals, for arguments."""

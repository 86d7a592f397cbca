"""ModelLevel"""

from __future__ import annotations

from typing import Literal

from enum_types._runtime.models import OpenEnum

__all__ = ["ModelLevel", "ModelLevelLiteral"]


class ModelLevel(int, OpenEnum):
    """ModelLevel

    Values the API adds later are kept (with `is_known` False) instead of failing.
    """

    VALUE_3 = 3


ModelLevelLiteral = Literal[3]
"""The values of `ModelLevel` as plain literals, for arguments."""

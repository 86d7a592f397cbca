"""ModelCount"""

from __future__ import annotations

from typing import Literal

from enum_types._runtime.models import OpenEnum

__all__ = ["ModelCount", "ModelCountLiteral"]


class ModelCount(str, OpenEnum):
    """ModelCount

    Values the API adds later are kept (with `is_known` False) instead of failing.
    """

    VALUE_1 = "1"
    VALUE_2 = "2"


ModelCountLiteral = Literal["1", "2"]
"""The values of `ModelCount` as plain literals, for arguments."""

"""Divider"""

from __future__ import annotations

from open_enum_union._runtime.models import BaseModel
from open_enum_union.types.divider_type import DividerType

__all__ = ["Divider"]


class Divider(BaseModel):
    """Divider"""

    type: DividerType

"""Shape"""

from __future__ import annotations

from family_tag._runtime.models import BaseModel

__all__ = ["Shape"]


class Shape(BaseModel):
    """Shape"""

    label: str | None = None

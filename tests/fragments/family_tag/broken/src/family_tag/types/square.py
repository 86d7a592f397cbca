"""Square"""

from __future__ import annotations

from family_tag._runtime.models import BaseModel

__all__ = ["Square"]


class Square(BaseModel):
    """Square"""

    label: str | None = None

    side: float | None = None

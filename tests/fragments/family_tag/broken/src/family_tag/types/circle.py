"""Circle"""

from __future__ import annotations

from family_tag._runtime.models import BaseModel

__all__ = ["Circle"]


class Circle(BaseModel):
    """Circle"""

    label: str | None = None

    radius: float | None = None

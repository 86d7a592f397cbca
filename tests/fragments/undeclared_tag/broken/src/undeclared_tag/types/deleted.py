"""Deleted"""

from __future__ import annotations

from undeclared_tag._runtime.models import BaseModel

__all__ = ["Deleted"]


class Deleted(BaseModel):
    """Deleted"""

    id: int | None = None

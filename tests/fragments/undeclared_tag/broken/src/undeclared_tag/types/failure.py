"""Failure"""

from __future__ import annotations

from undeclared_tag._runtime.models import BaseModel

__all__ = ["Failure"]


class Failure(BaseModel):
    """Failure"""

    code: str | None = None

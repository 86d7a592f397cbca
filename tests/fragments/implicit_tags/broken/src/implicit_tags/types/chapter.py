"""Chapter"""

from __future__ import annotations

from typing import Literal

from implicit_tags._runtime.models import BaseModel

__all__ = ["Chapter"]


class Chapter(BaseModel):
    """Chapter"""

    type: Literal["Chapter"]

    title: str | None = None

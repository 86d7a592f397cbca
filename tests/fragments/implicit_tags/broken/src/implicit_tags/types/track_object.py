"""TrackObject"""

from __future__ import annotations

from typing import Literal

from implicit_tags._runtime.models import BaseModel

__all__ = ["TrackObject"]


class TrackObject(BaseModel):
    """TrackObject"""

    type: Literal["TrackObject"]

    name: str

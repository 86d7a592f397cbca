"""EpisodeObject"""

from __future__ import annotations

from typing import Literal

from implicit_tags._runtime.models import BaseModel

__all__ = ["EpisodeObject"]


class EpisodeObject(BaseModel):
    """EpisodeObject"""

    type: Literal["EpisodeObject"]

    name: str

    show: str | None = None

"""Item"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from implicit_tags.types.chapter import Chapter
from implicit_tags.types.episode_object import EpisodeObject
from implicit_tags.types.track_object import TrackObject

__all__ = ["Item"]

Item: TypeAlias = Annotated[TrackObject | EpisodeObject | Chapter, Field(discriminator="type")]
"""Item"""

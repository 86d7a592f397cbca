"""Text"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from optional_tag._runtime.models import BaseModel

__all__ = ["Text"]


class Text(BaseModel):
    """Text"""

    model_type_: Literal["text"] = Field(alias="modelType")

    value: str | None = None

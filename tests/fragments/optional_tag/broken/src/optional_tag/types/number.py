"""Number"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from optional_tag._runtime.models import BaseModel

__all__ = ["Number"]


class Number(BaseModel):
    """Number"""

    model_type_: Literal["number"] = Field(alias="modelType")

    value: float | None = None

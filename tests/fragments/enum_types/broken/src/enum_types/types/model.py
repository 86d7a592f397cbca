"""Model"""

from __future__ import annotations

from typing import Literal

from enum_types._runtime.models import BaseModel
from enum_types.types.model_count import ModelCount
from enum_types.types.model_level import ModelLevel

__all__ = ["Model"]


class Model(BaseModel):
    """Model"""

    version: Literal[4.1, 4] | None = None

    level: ModelLevel | None = None

    count: ModelCount | None = None

    ratio: Literal[0.5, 1] | None = None

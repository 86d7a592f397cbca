"""Direct"""

from __future__ import annotations

from typing import Literal

from name_clashes._runtime.models import BaseModel

__all__ = ["Direct"]


class Direct(BaseModel):
    """Direct"""

    type: Literal["Direct"]

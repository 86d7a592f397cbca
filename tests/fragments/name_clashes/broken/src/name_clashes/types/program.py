"""Program"""

from __future__ import annotations

from typing import Literal

from name_clashes._runtime.models import BaseModel

__all__ = ["Program"]


class Program(BaseModel):
    """Program"""

    type: Literal["Program"]

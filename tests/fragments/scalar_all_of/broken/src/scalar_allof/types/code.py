"""Code"""

from __future__ import annotations

from scalar_allof._runtime.models import BaseModel

__all__ = ["Code"]


class Code(BaseModel):
    """Code"""

    pass

"""PreviousKey"""

from __future__ import annotations

from described_refs._runtime.models import BaseModel

__all__ = ["PreviousKey"]


class PreviousKey(BaseModel):
    """PreviousKey"""

    pass

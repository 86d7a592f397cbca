"""Kennel"""

from __future__ import annotations

from subtypes._runtime.models import BaseModel
from subtypes.types.pet import Pet

__all__ = ["Kennel"]


class Kennel(BaseModel):
    """Kennel"""

    residents: list[Pet]

    favourite: Pet | None = None
    """One of the residents."""

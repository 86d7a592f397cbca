"""ActionsRetrieveResponseRegionSlug"""

from __future__ import annotations

from scalar_allof._runtime.models import BaseModel

__all__ = ["ActionsRetrieveResponseRegionSlug"]


class ActionsRetrieveResponseRegionSlug(BaseModel):
    """ActionsRetrieveResponseRegionSlug"""

    pass

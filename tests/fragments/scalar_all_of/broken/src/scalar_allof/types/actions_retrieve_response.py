"""ActionsRetrieveResponse"""

from __future__ import annotations

from scalar_allof._runtime.models import BaseModel
from scalar_allof.types.actions_retrieve_response_region import ActionsRetrieveResponseRegion
from scalar_allof.types.actions_retrieve_response_region_slug import (
    ActionsRetrieveResponseRegionSlug,
)
from scalar_allof.types.code import Code

__all__ = ["ActionsRetrieveResponse"]


class ActionsRetrieveResponse(BaseModel):
    """ActionsRetrieveResponse"""

    region: ActionsRetrieveResponseRegion | None = None

    region_slug: ActionsRetrieveResponseRegionSlug | None = None

    code: Code | None = None

"""Every model, enum and request type of the API, importable from one place.

Modules load on first use, so importing the client does not import every model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scalar_allof.types.actions_retrieve_response import (
        ActionsRetrieveResponse as ActionsRetrieveResponse,
    )
    from scalar_allof.types.actions_retrieve_response_region import (
        ActionsRetrieveResponseRegion as ActionsRetrieveResponseRegion,
    )
    from scalar_allof.types.actions_retrieve_response_region_slug import (
        ActionsRetrieveResponseRegionSlug as ActionsRetrieveResponseRegionSlug,
    )
    from scalar_allof.types.code import Code as Code

_MODULES: dict[str, str] = {
    "ActionsRetrieveResponse": "actions_retrieve_response",
    "ActionsRetrieveResponseRegion": "actions_retrieve_response_region",
    "ActionsRetrieveResponseRegionSlug": "actions_retrieve_response_region_slug",
    "Code": "code",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

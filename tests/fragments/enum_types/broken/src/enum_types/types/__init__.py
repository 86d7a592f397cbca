"""Every model, enum and request type of the API, importable from one place.

Modules load on first use, so importing the client does not import every model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from enum_types.types.model import Model as Model
    from enum_types.types.model_count import ModelCount as ModelCount
    from enum_types.types.model_count import ModelCountLiteral as ModelCountLiteral
    from enum_types.types.model_level import ModelLevel as ModelLevel
    from enum_types.types.model_level import ModelLevelLiteral as ModelLevelLiteral

_MODULES: dict[str, str] = {
    "Model": "model",
    "ModelCount": "model_count",
    "ModelCountLiteral": "model_count",
    "ModelLevel": "model_level",
    "ModelLevelLiteral": "model_level",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

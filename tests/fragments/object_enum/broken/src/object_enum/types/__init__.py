"""Every model, enum and request type of the API, importable from one place.

Modules load on first use, so importing the client does not import every model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from object_enum.types.container import Container as Container
    from object_enum.types.mode import Mode as Mode
    from object_enum.types.mode import ModeLiteral as ModeLiteral

_MODULES: dict[str, str] = {
    "Container": "container",
    "Mode": "mode",
    "ModeLiteral": "mode",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

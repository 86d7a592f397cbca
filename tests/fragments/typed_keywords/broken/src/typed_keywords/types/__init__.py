"""Every model, enum and request type of the API, importable from one place.

Modules load on first use, so importing the client does not import every model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typed_keywords.types.custom_field import CustomField as CustomField
    from typed_keywords.types.custom_fields import CustomFields as CustomFields
    from typed_keywords.types.label import Label as Label
    from typed_keywords.types.value import Value as Value

_MODULES: dict[str, str] = {
    "CustomField": "custom_field",
    "CustomFields": "custom_fields",
    "Label": "label",
    "Value": "value",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

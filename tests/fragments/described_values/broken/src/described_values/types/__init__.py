"""Every model, enum and request type of the API, importable from one place.

Modules load on first use, so importing the client does not import every model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from described_values.types.metadata import Metadata as Metadata
    from described_values.types.metadata_note import MetadataNote as MetadataNote
    from described_values.types.metadata_note_param import MetadataNoteParam as MetadataNoteParam
    from described_values.types.metadata_value import MetadataValue as MetadataValue

_MODULES: dict[str, str] = {
    "Metadata": "metadata",
    "MetadataNote": "metadata_note",
    "MetadataNoteParam": "metadata_note_param",
    "MetadataValue": "metadata_value",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

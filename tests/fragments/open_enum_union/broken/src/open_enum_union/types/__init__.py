"""Every model, enum and request type of the API, importable from one place.

Modules load on first use, so importing the client does not import every model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from open_enum_union.types.alert import Alert as Alert
    from open_enum_union.types.alert_type import AlertType as AlertType
    from open_enum_union.types.alert_type import AlertTypeLiteral as AlertTypeLiteral
    from open_enum_union.types.block import Block as Block
    from open_enum_union.types.block_type import BlockType as BlockType
    from open_enum_union.types.block_type import BlockTypeLiteral as BlockTypeLiteral
    from open_enum_union.types.divider import Divider as Divider
    from open_enum_union.types.divider_type import DividerType as DividerType
    from open_enum_union.types.divider_type import DividerTypeLiteral as DividerTypeLiteral
    from open_enum_union.types.element import Element as Element

_MODULES: dict[str, str] = {
    "Alert": "alert",
    "AlertType": "alert_type",
    "AlertTypeLiteral": "alert_type",
    "Block": "block",
    "BlockType": "block_type",
    "BlockTypeLiteral": "block_type",
    "Divider": "divider",
    "DividerType": "divider_type",
    "DividerTypeLiteral": "divider_type",
    "Element": "element",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

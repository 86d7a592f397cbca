"""Every model, enum and request type of the API, importable from one place.

Modules load on first use, so importing the client does not import every model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from name_clashes.types.caller import Caller as Caller
    from name_clashes.types.caller_param import CallerParam as CallerParam
    from name_clashes.types.caller_param import CallerParam as CallerParam
    from name_clashes.types.caller_param_param import CallerParamParam as CallerParamParam
    from name_clashes.types.compact_resource import CompactResource as CompactResource
    from name_clashes.types.direct import Direct as Direct
    from name_clashes.types.direct_param import DirectParam as DirectParam
    from name_clashes.types.item_param import ItemParam as ItemParam
    from name_clashes.types.program import Program as Program
    from name_clashes.types.program_param import ProgramParam as ProgramParam
    from name_clashes.types.status import Status as Status
    from name_clashes.types.status import StatusLiteral as StatusLiteral
    from name_clashes.types.status_literal import StatusLiteral as StatusLiteral

_MODULES: dict[str, str] = {
    "Caller": "caller",
    "CallerParam": "caller_param",
    "CallerParam": "caller_param",
    "CallerParamParam": "caller_param_param",
    "CompactResource": "compact_resource",
    "Direct": "direct",
    "DirectParam": "direct_param",
    "ItemParam": "item_param",
    "Program": "program",
    "ProgramParam": "program_param",
    "Status": "status",
    "StatusLiteral": "status",
    "StatusLiteral": "status_literal",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

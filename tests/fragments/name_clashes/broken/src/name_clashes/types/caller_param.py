"""The request form of `Caller`: plain data that type-checks."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from name_clashes.types.direct_param import DirectParam
    from name_clashes.types.program_param import ProgramParam

__all__ = ["CallerParam"]

CallerParam: TypeAlias = "DirectParam | ProgramParam"
"""Caller"""

"""Caller"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from name_clashes.types.direct import Direct
from name_clashes.types.program import Program

__all__ = ["Caller"]

Caller: TypeAlias = Annotated[Direct | Program, Field(discriminator="type")]
"""Caller"""

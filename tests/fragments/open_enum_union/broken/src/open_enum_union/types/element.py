"""Element"""

from __future__ import annotations

from typing import TypeAlias

from open_enum_union.types.alert import Alert
from open_enum_union.types.block import Block
from open_enum_union.types.divider import Divider

__all__ = ["Element"]

Element: TypeAlias = Block | Alert | Divider
"""Element"""

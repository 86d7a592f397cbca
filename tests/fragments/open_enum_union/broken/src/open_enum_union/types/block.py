"""Block"""

from __future__ import annotations

from open_enum_union._runtime.models import BaseModel
from open_enum_union.types.block_type import BlockType

__all__ = ["Block"]


class Block(BaseModel):
    """Block"""

    type: BlockType

    text: str | None = None

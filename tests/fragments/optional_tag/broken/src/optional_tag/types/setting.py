"""Setting"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from optional_tag.types.number import Number
from optional_tag.types.text import Text

__all__ = ["Setting"]

Setting: TypeAlias = Annotated[Text | Number, Field(discriminator="model_type_")]
"""Setting"""

"""AttributeValue"""

from __future__ import annotations

from pydantic import Field

from extra_values._runtime.models import BaseModel
from extra_values.types.attribute_value_m import AttributeValueM

__all__ = ["AttributeValue"]


class AttributeValue(BaseModel):
    """AttributeValue"""

    s: str | None = Field(default=None, alias="S")

    m: AttributeValueM | None = Field(default=None, alias="M")
    """A map of attributes, and how many."""

    l: list[AttributeValue] | None = Field(default=None, alias="L")

"""A map of attributes, and how many."""

from __future__ import annotations

from pydantic import Field

from extra_values._runtime.models import BaseModel
from extra_values.types.attribute_value import AttributeValue

__all__ = ["AttributeValueM"]


class AttributeValueM(BaseModel):
    """A map of attributes, and how many."""

    __pydantic_extra__: dict[str, AttributeValue] = Field(init=False)
    """Properties beyond the named ones, which the API allows."""

    size: int | None = None

"""CustomFields"""

from __future__ import annotations

from pydantic import Field

from typed_keywords._runtime.models import BaseModel
from typed_keywords.types.custom_field import CustomField

__all__ = ["CustomFields"]


class CustomFields(BaseModel):
    """CustomFields"""

    custom_fields: list[CustomField] | None = Field(default=None, alias="customFields")

    empty: bool | None = None

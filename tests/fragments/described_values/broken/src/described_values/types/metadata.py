"""Metadata"""

from __future__ import annotations

from pydantic import Field

from described_values._runtime.models import BaseModel
from described_values.types.metadata_note import MetadataNote
from described_values.types.metadata_value import MetadataValue

__all__ = ["Metadata"]


class Metadata(BaseModel):
    """Metadata"""

    __pydantic_extra__: dict[str, MetadataValue] = Field(init=False)
    """Properties beyond the named ones, which the API allows."""

    dollar_id: str | None = Field(default=None, alias="$id")

    note: MetadataNote | None = None
    """Free text."""

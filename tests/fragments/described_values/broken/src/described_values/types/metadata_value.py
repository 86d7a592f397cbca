"""A value for each field of the template."""

from __future__ import annotations

from described_values._runtime.models import BaseModel

__all__ = ["MetadataValue"]


class MetadataValue(BaseModel):
    """A value for each field of the template."""

    pass

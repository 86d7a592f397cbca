"""Free text."""

from __future__ import annotations

from described_values._runtime.models import BaseModel

__all__ = ["MetadataNote"]


class MetadataNote(BaseModel):
    """Free text."""

    pass

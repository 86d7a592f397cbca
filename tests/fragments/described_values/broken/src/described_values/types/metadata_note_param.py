"""The request form of `MetadataNote`: a TypedDict, so plain dict literals type-check."""

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["MetadataNoteParam"]


class MetadataNoteParam(TypedDict, total=False):
    """Free text."""

    pass

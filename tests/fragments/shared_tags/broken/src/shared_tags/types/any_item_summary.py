"""A ItemSummary or any schema that extends it (ItemDetail): which one, its `type` says."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from shared_tags._runtime.unions import Tagged
from shared_tags.types.item_detail import ItemDetail
from shared_tags.types.item_summary import ItemSummary

__all__ = ["AnyItemSummary"]

AnyItemSummary: TypeAlias = Annotated[
    ItemSummary | ItemDetail, Tagged("type", {"movie": ItemSummary, "show": ItemSummary})
]
"""A ItemSummary or any schema that extends it (ItemDetail): which one, its `type` says."""

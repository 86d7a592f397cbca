"""Paging"""

from __future__ import annotations

from required_only._runtime.models import BaseModel

__all__ = ["Paging"]


class Paging(BaseModel):
    """Paging"""

    href: str

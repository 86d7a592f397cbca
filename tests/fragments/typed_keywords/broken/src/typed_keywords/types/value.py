"""Value"""

from __future__ import annotations

from typed_keywords._runtime.models import BaseModel

__all__ = ["Value"]


class Value(BaseModel):
    """Value"""

    name: str | None = None

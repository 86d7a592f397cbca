"""Label"""

from __future__ import annotations

from typed_keywords._runtime.models import BaseModel

__all__ = ["Label"]


class Label(BaseModel):
    """Label"""

    text: str | None = None

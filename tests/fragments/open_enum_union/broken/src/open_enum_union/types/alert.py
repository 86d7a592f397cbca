"""Alert"""

from __future__ import annotations

from open_enum_union._runtime.models import BaseModel
from open_enum_union.types.alert_type import AlertType

__all__ = ["Alert"]


class Alert(BaseModel):
    """Alert"""

    type: AlertType

    text: str | None = None

    level: str | None = None

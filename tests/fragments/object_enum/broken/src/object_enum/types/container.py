"""Container"""

from __future__ import annotations

from object_enum._runtime.models import BaseModel
from object_enum.types.mode import Mode

__all__ = ["Container"]


class Container(BaseModel):
    """Container"""

    exposed_ports: dict[str, None] | None = None
    """Each port to an empty object, `{"22/tcp": {}}`."""

    mode: Mode | None = None
    """A name, or an empty object for the default."""

    shape: None = None

"""A single validation problem."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel

__all__ = ["ValidationError"]


class ValidationError(BaseModel):
    """A single validation problem."""

    loc: list[str | int]
    """Where the problem is, as a path of names and list indexes (e.g. `["body", "name"]`)."""

    msg: str
    """Human-readable message."""

    type: str
    """Machine-readable error type."""

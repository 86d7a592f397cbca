"""Body returned when the request fails validation."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel
from telnyx_missions.types.validation_error import ValidationError

__all__ = ["HTTPValidationError"]


class HTTPValidationError(BaseModel):
    """Body returned when the request fails validation."""

    detail: list[ValidationError] | None = None
    """One entry per problem found."""

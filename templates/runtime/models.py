"""Base classes for response models and enums: lenient by default, strict on request."""

from __future__ import annotations

import enum
from typing import Any

import pydantic

__all__ = ["BaseModel", "OpenEnum", "StrictValidationError", "check_strict"]


class BaseModel(pydantic.BaseModel):
    """A response model: fields the spec does not know yet are kept, not rejected."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        arbitrary_types_allowed=False,
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, with the API's own field names."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


class OpenEnum(enum.Enum):
    """An enum that keeps values it does not know instead of failing.

    An unknown value becomes a member created on the fly, with `is_known` False, so an
    API that adds a status does not break clients generated before it.
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenEnum | None:
        base: Any = cls.__mro__[1]
        if base not in (str, int) or not isinstance(value, base) or isinstance(value, bool):
            return None
        member: OpenEnum = base.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the API sent that the spec does not list."""
        return type(self).__members__.get(self._name_) is self

    def __str__(self) -> str:
        return str(self.value)


class StrictValidationError(ValueError):
    """What strict mode found: a field or enum value the spec does not declare."""


def check_strict(value: object, where: str = "$") -> None:
    """Fail on anything lenient parsing let through: extra fields, unknown enum values."""
    if isinstance(value, pydantic.BaseModel):
        # Extra properties are unknown ones, unless the schema declares them (a typed
        # `__pydantic_extra__`).
        declared = "__pydantic_extra__" in getattr(type(value), "__annotations__", {})
        if value.model_extra and not declared:
            raise StrictValidationError(f"{where}: unexpected fields {sorted(value.model_extra)}")
        for name in type(value).model_fields:
            check_strict(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, OpenEnum):
        if not value.is_known:
            raise StrictValidationError(
                f"{where}: unknown {type(value).__name__} value {value.value!r}"
            )
    elif isinstance(value, list):
        for i, item in enumerate(value):
            check_strict(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            check_strict(item, f"{where}.{key}")

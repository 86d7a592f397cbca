"""Base classes for response models and enums: lenient by default, strict on request.

Lenient parsing keeps a response usable when the server drifts from its description:
`lenient()` builds the declared type from what fits and keeps the rest as received. A
required field the server left out reads None (and is not in `model_fields_set`); a
field of the wrong type holds the value as it came. Strict mode (`check_strict`, and
the client's `strict=True`) rejects all of that instead, naming the path.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any, Literal

import pydantic

__all__ = [
    "BaseModel",
    "OpenEnum",
    "StrictValidationError",
    "adapter",
    "check_strict",
    "describe_errors",
    "lenient",
]


class BaseModel(pydantic.BaseModel):
    """A response model: fields the spec does not know yet are kept, not rejected."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        arbitrary_types_allowed=False,
    )

    def to_dict(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        by_alias: bool = True,
        exclude_unset: bool = True,
        exclude_none: bool = False,
    ) -> dict[str, object]:
        """The model as a dict.

        Args:
          mode: "python" keeps datetimes, enums and nested values as Python objects;
            "json" gives only what JSON can hold (strings, numbers, lists, dicts...).
          by_alias: use the API's own field names (`"page[number]"`), not the Python ones.
          exclude_unset: leave out fields the response did not carry, so the dict holds
            what the server sent (unknown fields included).
          exclude_none: also leave out fields whose value is None.
        """
        return self.model_dump(
            mode=mode,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_none=exclude_none,
            warnings=False,
        )

    def to_json(
        self,
        *,
        indent: int | None = 2,
        by_alias: bool = True,
        exclude_unset: bool = True,
        exclude_none: bool = False,
    ) -> str:
        """The model as JSON text (`indent=None` for one line); the arguments are `to_dict`'s."""
        return self.model_dump_json(
            indent=indent,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_none=exclude_none,
            warnings=False,
        )


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


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    """One TypeAdapter per type: building them is the slow part of parsing."""
    found = _ADAPTERS.get(tp)
    if found is None:
        found = _ADAPTERS[tp] = pydantic.TypeAdapter(tp)
    return found


class StrictValidationError(ValueError):
    """What strict mode found: a field or enum value the spec does not declare."""


def _where(loc: tuple[int | str, ...]) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)


def describe_errors(exc: pydantic.ValidationError, limit: int = 5) -> str:
    """Each problem pydantic found, as `$.path.to.field: message`."""
    errors = exc.errors(include_url=False)
    parts = [f"{_where(tuple(e['loc']))}: {e['msg']}" for e in errors[:limit]]
    if len(errors) > limit:
        parts.append(f"and {len(errors) - limit} more")
    return "; ".join(parts)


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


# -- lenient parsing ---------------------------------------------------------------


def lenient(tp: Any, value: object) -> Any:
    """`value` (decoded JSON) as `tp` where it fits, as received where it does not."""
    try:
        return adapter(tp).validate_python(value)
    except pydantic.ValidationError:
        return rebuild(tp, value)


def rebuild(tp: Any, value: object) -> Any:
    """`value` as `tp`, part by part, for a value that failed validation as a whole."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return rebuild(args[0], value)
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return _model(tp, value) if isinstance(value, dict) else value
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        members = _members(args)
        chosen = _closest_model(members, value)
        if chosen is None:  # a list or a map among the members, for a list or a map
            chosen = next((m for m in members if _container_of(m, value)), None)
        return lenient(chosen, value) if chosen is not None else value
    if origin is list and args and isinstance(value, list):
        return [lenient(args[0], item) for item in value]
    if origin is dict and len(args) == 2 and isinstance(value, dict):
        return {key: lenient(args[1], item) for key, item in value.items()}
    return value


def _model(cls: type[pydantic.BaseModel], data: dict[str, Any]) -> pydantic.BaseModel:
    values: dict[str, Any] = {}
    known: set[str] = set()
    for name, info in cls.model_fields.items():
        for key in (info.alias or name, name):
            if key in data:
                known.add(key)
                if name not in values:
                    values[name] = lenient(info.annotation, data[key])
    given = set(values)
    for name, info in cls.model_fields.items():
        if name not in values:
            # A required field the server left out reads None.
            values[name] = (
                None if info.is_required() else info.get_default(call_default_factory=True)
            )
    extra = {key: item for key, item in data.items() if key not in known}
    return cls.model_construct(_fields_set=given, **{**extra, **values})


def _members(args: tuple[Any, ...]) -> list[Any]:
    """A union's members, nested unions and `Annotated` unwrapped, None left out."""
    found: list[Any] = []
    for arg in args:
        if typing.get_origin(arg) is typing.Annotated:
            arg = typing.get_args(arg)[0]
        if typing.get_origin(arg) in (typing.Union, types.UnionType):
            found += _members(typing.get_args(arg))
        elif arg is not types.NoneType:
            found.append(arg)
    return found


def _container_of(tp: Any, value: object) -> bool:
    origin = typing.get_origin(tp)
    return (origin is list and isinstance(value, list)) or (
        origin is dict and isinstance(value, dict)
    )


def _closest_model(members: list[Any], value: object) -> Any:
    """The union member a JSON object most looks like: its literal tags agree, and it
    shares the most keys with it."""
    if not isinstance(value, dict):
        return None
    best: Any = None
    best_score = 0
    for member in members:
        if not (isinstance(member, type) and issubclass(member, pydantic.BaseModel)):
            continue
        score = 0
        for name, info in member.model_fields.items():
            key = info.alias or name
            if key not in value:
                continue
            if typing.get_origin(info.annotation) is Literal:
                if value[key] not in typing.get_args(info.annotation):
                    score = -1
                    break
                score += 10  # a matching tag says more than a shared key
            score += 1
        if score > best_score:
            best, best_score = member, score
    return best

"""Unions of models and enums: which member a payload is read as.

Response models keep what they do not know (extra fields, enum values the spec does
not list), so several members of a union often accept the same payload. pydantic
would then take the first one that fits; these markers make the member that knows the
payload win over one that only tolerates it.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Hashable, Mapping
from typing import Any

import pydantic
from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

__all__ = ["PreferExact", "Tagged"]

# The choice for a payload whose tag no member declares: every member, as a plain union.
_UNTAGGED = "untagged"


class PreferExact:
    """The marker in `Annotated[A | B, PreferExact()]`.

    A payload is read as the member pydantic picks, unless that member only tolerates
    it (an enum value or a field it does not declare) while another member accepts it
    exactly: then that one, the first the spec lists. Openness is a fallback, not a
    first choice.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "PreferExact()"

    def __get_pydantic_core_schema__(
        self, source: object, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return _prefer_exact(source, handler(source))


class Tagged(PreferExact):
    """The marker in `Annotated[A | B, Tagged("type", {"a": A, "b": B})]`.

    A payload whose `type` is "a" is read as an `A` if it is one; a payload whose `type`
    no member declares (or that is not an `A` after all) is matched against every member,
    as `PreferExact` does. So a declared value decides between members that would both
    accept the payload, and no payload a member accepts is ever refused.
    """

    __slots__ = ("members", "wire_name")

    def __init__(self, wire_name: str, members: Mapping[str | int | float | bool, object]) -> None:
        self.wire_name = wire_name
        self.members = dict(members)

    def __repr__(self) -> str:
        return f"Tagged({self.wire_name!r}, {self.members!r})"

    def __get_pydantic_core_schema__(
        self, source: object, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        untagged = _prefer_exact(source, handler(source))
        choices: dict[Hashable, core_schema.CoreSchema] = {_UNTAGGED: untagged}
        chosen: dict[tuple[bool, object], str] = {}
        for value, member in self.members.items():
            key = getattr(member, "__name__", None) or repr(member)
            if key not in choices:
                choices[key] = core_schema.union_schema(
                    [handler.generate_schema(member), untagged], mode="left_to_right"
                )
            # `True == 1` in Python, but not in JSON: a boolean tag is its own key.
            chosen[(isinstance(value, bool), value)] = key
        wire_name = self.wire_name

        def choose(payload: object) -> str:
            if not isinstance(payload, dict):
                return _UNTAGGED  # a model instance: matched by its class
            tag = payload.get(wire_name)
            try:
                return chosen.get((isinstance(tag, bool), tag), _UNTAGGED)
            except TypeError:  # an unhashable tag (a list, an object)
                return _UNTAGGED

        return core_schema.tagged_union_schema(choices, choose)


def _prefer_exact(source: object, union: core_schema.CoreSchema) -> core_schema.CoreSchema:
    members = typing.get_args(source)
    adapters: dict[int, pydantic.TypeAdapter[Any]] = {}

    def validate(payload: object, pick: Callable[[object], object]) -> object:
        value = pick(payload)
        if _exact(value):
            return value
        for i, member in enumerate(members):
            adapter = adapters.get(i)
            if adapter is None:
                adapter = adapters[i] = pydantic.TypeAdapter(member)
            try:
                other = adapter.validate_python(payload)
            except pydantic.ValidationError:
                continue
            if _exact(other):
                return other
        return value

    return core_schema.no_info_wrap_validator_function(validate, union)


def _exact(value: object) -> bool:
    """Nothing in `value` is tolerated rather than known (strict mode would accept it)."""
    from .models import StrictValidationError, check_strict

    try:
        check_strict(value)
    except StrictValidationError:
        return False
    return True

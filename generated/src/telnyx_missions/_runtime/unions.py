"""Unions whose members one property tells apart."""

from __future__ import annotations

from collections.abc import Hashable, Mapping

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

__all__ = ["Tagged"]

# The choice for a payload whose tag no member declares: every member, as a plain union.
_UNTAGGED = "untagged"


class Tagged:
    """The marker in `Annotated[A | B, Tagged("type", {"a": A, "b": B})]`.

    A payload whose `type` is "a" is read as an `A` if it is one; a payload whose `type`
    no member declares (or that is not an `A` after all) is matched against every member,
    as a plain union is. So a declared value decides between members that would both
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
        untagged = handler(source)
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

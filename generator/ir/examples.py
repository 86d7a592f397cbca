"""Example values and calls for documentation, taken from the spec's own examples.

Where the spec gives no example for a required argument, a plausible value is made
up from its type, so that every documented call is complete and runs.
"""

from __future__ import annotations

from typing import Any

from generator.ir.model import Enum, Operation, Param, TypeRef

_FORMAT_EXAMPLES = {
    "uuid": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
    "email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
}


def python_literal(value: Any) -> str:
    """A Python literal for a JSON value."""
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{python_literal(str(k))}: {python_literal(v)}" for k, v in value.items())
            + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    return repr(value)


def made_up(t: TypeRef, name: str, enums: dict[str, Enum], *, in_path: bool = False) -> str:
    """A value of type `t` for an argument the spec gives no example for; `in_path`: one
    that fills a path segment, so not an empty one an enum may list (brex's `type` of
    `['', 'B', 'P']`: the runtime refuses '' there)."""
    if t.kind == "enum" and t.name in enums and enums[t.name].members:
        values = [m.value for m in enums[t.name].members]
        return repr(_first(values, in_path))
    if t.kind == "literal" and t.literals:
        return repr(_first(list(t.literals), in_path))
    if t.kind == "str":
        return repr(_FORMAT_EXAMPLES.get(t.format, name))
    if t.kind in ("int", "float"):
        return "1" if t.kind == "int" else "1.0"
    if t.kind == "bool":
        return "True"
    if t.kind == "datetime":
        return repr("2024-01-01T00:00:00Z")
    if t.kind == "date":
        return repr("2024-01-01")
    if t.kind == "bytes":
        return "b'...'"
    if t.kind == "list":
        return "[" + made_up(t.args[0], name, enums, in_path=in_path) + "]"
    if t.kind == "union" and t.args:
        return made_up(t.args[0], name, enums, in_path=in_path)
    if t.kind == "none":
        return "None"
    return "{}"


def example_args(op: Operation, enums: dict[str, Enum]) -> tuple[tuple[str, str, bool], ...]:
    """(name, value, positional) for the documented call: every required argument, and
    every body field the spec's body example sets."""
    out: list[tuple[str, str, bool]] = []
    for p in op.params:
        if p.required:
            out.append((p.name, _value(p, enums), p.positional))
    if op.body:
        for p in op.body.fields:
            if p.required or p.example_repr is not None:
                out.append((p.name, _value(p, enums), False))
        if op.body.whole and (op.body.whole.required or op.body.example_repr is not None):
            out.append(
                (op.body.whole.name, op.body.example_repr or _value(op.body.whole, enums), False)
            )
    return tuple(out)


def _value(p: Param, enums: dict[str, Enum]) -> str:
    # An empty path segment cannot be sent: the spec's `example: ""` is no example there.
    usable = p.example_repr is not None and not (
        p.location == "path" and p.example_repr in ("''", "None")
    )
    if usable and p.example_repr:
        return p.example_repr
    return made_up(p.type, p.name, enums, in_path=p.location == "path")


def _first(values: list[Any], in_path: bool) -> Any:
    """The first of an enum's values, or in a path its first that is not empty."""
    if in_path:
        return next((v for v in values if v not in ("", None)), values[0])
    return values[0]

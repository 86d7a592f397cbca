"""Query strings as OpenAPI describes them: form (exploded or not), deepObject, and friends."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date, datetime

from .types import Omit

__all__ = ["QueryStyle", "encode_query", "scalar_text"]

# (style, explode) for parameters whose serialisation differs from form + explode.
QueryStyle = tuple[str, bool]

_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def encode_query(
    params: Mapping[str, object], styles: Mapping[str, QueryStyle] | None = None
) -> list[tuple[str, str]]:
    """Pairs for the query string; omitted values are left out, and None too."""
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if isinstance(value, Omit) or value is None:
            continue
        style, explode = (styles or {}).get(name, ("form", True))
        pairs.extend(_encode(name, value, style, explode))
    return pairs


def _encode(name: str, value: object, style: str, explode: bool) -> list[tuple[str, str]]:
    if isinstance(value, Mapping):
        items = [(str(k), v) for k, v in value.items() if not isinstance(v, Omit) and v is not None]
        if style == "deepObject":
            out: list[tuple[str, str]] = []
            for key, item in items:
                out.extend(_encode(f"{name}[{key}]", item, "deepObject", True))
            return out
        if explode:
            return [(key, scalar_text(item)) for key, item in items]
        return [(name, ",".join(f"{key},{scalar_text(item)}" for key, item in items))]
    if isinstance(value, (list, tuple)):
        if explode and style in ("form", "deepObject"):
            return [(name, scalar_text(item)) for item in value]
        return [(name, _DELIMITERS.get(style, ",").join(scalar_text(item) for item in value))]
    return [(name, scalar_text(value))]


def scalar_text(value: object) -> str:
    """How a single value is written in a query string, a path or a header."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)

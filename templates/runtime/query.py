"""Query strings as OpenAPI describes them: form (exploded or not), deepObject, and friends."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from urllib.parse import quote

from .types import Omit

__all__ = ["QueryStyle", "encode_query", "scalar_text"]

# (style, explode) for parameters whose serialisation differs from form + explode.
QueryStyle = tuple[str, bool]

# Between the items of a non-exploded array: a literal comma, and percent-encoded space
# and pipe. The same character inside an item is percent-encoded, so the two differ.
_DELIMITERS = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "%7C"}


def encode_query(
    params: Mapping[str, object], styles: Mapping[str, QueryStyle] | None = None
) -> str:
    """The encoded query string; omitted values are left out, and None too."""
    pairs: list[str] = []
    for name, value in params.items():
        if isinstance(value, Omit) or value is None:
            continue
        style, explode = (styles or {}).get(name, ("form", True))
        pairs.extend(f"{_escape(key)}={text}" for key, text in _encode(name, value, style, explode))
    return "&".join(pairs)


def _escape(text: str) -> str:
    return quote(text, safe="")


def _encode(name: str, value: object, style: str, explode: bool) -> list[tuple[str, str]]:
    """(name, already-encoded value) pairs for one parameter."""
    if isinstance(value, Mapping):
        items = [(str(k), v) for k, v in value.items() if not isinstance(v, Omit) and v is not None]
        if style == "deepObject":
            out: list[tuple[str, str]] = []
            for key, item in items:
                out.extend(_encode(f"{name}[{key}]", item, "deepObject", True))
            return out
        if explode:
            return [(key, _escape(scalar_text(item))) for key, item in items]
        return [
            (name, ",".join(f"{_escape(key)},{_escape(scalar_text(item))}" for key, item in items))
        ]
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray)):
        if explode and style in ("form", "deepObject"):
            return [(name, _escape(scalar_text(item))) for item in value]
        delimiter = _DELIMITERS.get(style, ",")
        return [(name, delimiter.join(_escape(scalar_text(item)) for item in value))]
    return [(name, _escape(scalar_text(value)))]


def scalar_text(value: object) -> str:
    """How a single value is written in a query string, a path or a header. An array or
    an object there is OpenAPI's `simple` style: `a,b`, and `key,value,key,value`."""
    if type(value) is str:  # the common case, before the slower ABC checks below
        return value
    if isinstance(value, Mapping):
        return ",".join(f"{k},{scalar_text(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray)):
        return ",".join(scalar_text(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)

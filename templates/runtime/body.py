"""Request bodies as they go on the wire: JSON bytes, form fields, multipart parts."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from .query import scalar_text
from .types import Omit


def strip_omitted(value: object) -> object:
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if not isinstance(v, Omit)}
    return value


def _plain(value: object) -> object:
    """What pydantic cannot serialise by itself: any Mapping or Sequence a caller passes."""
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray)):
        return list(value)
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


def json_bytes(value: object) -> bytes:
    import pydantic_core

    return pydantic_core.to_json(value, by_alias=True, fallback=_plain)


def form_value(value: object) -> Any:
    """A form field: scalars as text, lists as repeated fields, anything else as JSON."""
    if isinstance(value, (str, bytes, int, float, bool, enum.Enum, datetime, date)):
        return scalar_text(value)
    if isinstance(value, Sequence):
        return [scalar_text(v) for v in value]
    return json_bytes(value).decode()


def split_files(payload: dict[str, object]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Multipart fields: files (bytes, a file object or a (name, content[, type]) tuple) as
    file parts, the rest as text parts; None is left out (a form has no null)."""
    data: dict[str, Any] = {}
    files: dict[str, Any] = {}
    for key, value in payload.items():
        if value is None:
            continue
        if isinstance(value, (bytes, tuple)) or hasattr(value, "read"):
            files[key] = value
        else:
            data[key] = form_value(value)
    return data, files

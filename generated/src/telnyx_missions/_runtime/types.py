"""Small shared types: the omit sentinel and per-call option aliases."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Final, Literal, TypedDict

import httpx

__all__ = [
    "Body",
    "FileTypes",
    "Headers",
    "Omit",
    "Query",
    "RequestOptions",
    "TimeoutTypes",
    "omit",
]


class Omit:
    """Marks an argument that was not given, so that `None` can still mean JSON null."""

    _instance: Omit | None = None

    def __new__(cls) -> Omit:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "omit"


omit: Final = Omit()

Headers = Mapping[str, str | Omit]
Query = Mapping[str, object]
Body = Mapping[str, object]
TimeoutTypes = float | httpx.Timeout | None

FileContent = bytes | IO[bytes]
# A file for a multipart field: its content, or (file name, content[, media type]).
FileTypes = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)


class RequestOptions(TypedDict, total=False):
    """Per-request settings of the generic `client.get/post/put/patch/delete` methods."""

    headers: Headers  # merged over the client's headers; `omit` removes one
    query: Query  # the query string, each value encoded as the spec's default (form) style
    timeout: TimeoutTypes  # this request's timeout, instead of the client's
    max_retries: int  # this request's retries, instead of the client's

"""The one exception the pipeline raises for bad input, and how it is shown."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class SpecError(Exception):
    """A document the generator cannot use: where it is and why."""

    file: Path
    pointer: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = str(self.file)
        if self.line is not None:
            where += f":{self.line}"
        pointer = self.pointer or "/"
        return f"error: {where}: at {pointer}: {self.reason}"


def escape_pointer(token: str) -> str:
    """One JSON pointer token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(base: str, *tokens: str | int) -> str:
    return base + "".join("/" + escape_pointer(str(t)) for t in tokens)

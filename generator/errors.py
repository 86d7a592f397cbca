"""The exceptions the pipeline raises, and JSON pointers for its messages: cheap to import."""

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


class FormatError(Exception):
    """The formatter rejected a rendered file: a template produced invalid Python."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"generated {path} is not valid Python: {reason}")
        self.path = path


def escape_pointer(token: str) -> str:
    """One JSON pointer token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(base: str, *tokens: str | int) -> str:
    return base + "".join("/" + escape_pointer(str(t)) for t in tokens)

"""Which of an operation's responses is its success: one answer for every stage."""

from __future__ import annotations

import re
from typing import Any

_SUCCESS = re.compile(r"2(\d\d|XX)")


def success_codes(responses: Any) -> list[Any]:
    """The keys of the 2xx responses, in order; with none, `default`, which then answers
    every call (documents that declare only `default` mean it as the success)."""
    if not isinstance(responses, dict):
        return []
    codes = sorted((c for c in responses if _SUCCESS.fullmatch(str(c))), key=str)
    if not codes and "default" in responses:
        return ["default"]
    return codes

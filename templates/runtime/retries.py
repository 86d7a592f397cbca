"""How long to wait before a retry: the back-off's bounds, and the server's own hint."""

from __future__ import annotations

import email.utils
import time
from datetime import timezone

import httpx

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


def retry_after(headers: httpx.Headers) -> float | None:
    """The server's own wait, if it gave one between 0 and 60 seconds that makes sense.

    `retry-after-ms` (milliseconds), else `Retry-After` as seconds or an HTTP date.
    Anything else (`soon`, a malformed date) is no hint: the usual back-off applies.
    """
    delay: float | None = None
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            delay = float(millis) / 1000
        except ValueError:
            delay = None
    if delay is None and (text := headers.get("retry-after")) is not None:
        try:
            delay = float(text)
        except ValueError:
            delay = _seconds_until(text)
    if delay is not None and 0 < delay <= MAX_RETRY_AFTER:
        return delay
    return None


def _seconds_until(text: str) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000": UTC, as RFC 5322 says
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp() - time.time()

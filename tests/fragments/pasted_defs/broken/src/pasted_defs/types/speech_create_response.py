"""SpeechCreateResponse"""

from __future__ import annotations

from pasted_defs._runtime.models import BaseModel

__all__ = ["SpeechCreateResponse"]


class SpeechCreateResponse(BaseModel):
    """SpeechCreateResponse"""

    input: object

    output: object | None = None

"""The request form of `Program`: a TypedDict, so plain dict literals type-check."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ProgramParam"]


class ProgramParam(TypedDict, total=False):
    """Program"""

    type: Required[Literal["Program"]]

"""The request form of `Direct`: a TypedDict, so plain dict literals type-check."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["DirectParam"]


class DirectParam(TypedDict, total=False):
    """Direct"""

    type: Required[Literal["Direct"]]

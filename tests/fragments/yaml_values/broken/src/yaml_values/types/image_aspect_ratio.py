"""ImageAspectRatio"""

from __future__ import annotations

from typing import Literal

from yaml_values._runtime.models import OpenEnum

__all__ = ["ImageAspectRatio", "ImageAspectRatioLiteral"]


class ImageAspectRatio(str, OpenEnum):
    """ImageAspectRatio

    Values the API adds later are kept (with `is_known` False) instead of failing.
    """

    VALUE_61 = "61"
    VALUE_969 = "969"
    VALUE_243 = "243"


ImageAspectRatioLiteral = Literal["61", "969", "243"]
"""The values of `ImageAspectRatio` as plain literals, for arguments."""

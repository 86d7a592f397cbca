"""Member"""

from __future__ import annotations

from overlapping_union._runtime.models import BaseModel
from overlapping_union.types.static_role import StaticRole
from overlapping_union.types.user_role import UserRole

__all__ = ["Member"]


class Member(BaseModel):
    """Member"""

    role: UserRole | StaticRole

    roles: list[UserRole] | list[StaticRole]

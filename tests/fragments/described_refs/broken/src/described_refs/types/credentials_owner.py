"""CredentialsOwner"""

from __future__ import annotations

from described_refs._runtime.models import BaseModel

__all__ = ["CredentialsOwner"]


class CredentialsOwner(BaseModel):
    """CredentialsOwner"""

    name: str

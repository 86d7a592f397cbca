"""CredentialsAccessKeyId"""

from __future__ import annotations

from described_refs._runtime.models import BaseModel

__all__ = ["CredentialsAccessKeyId"]


class CredentialsAccessKeyId(BaseModel):
    """CredentialsAccessKeyId"""

    pass

"""Credentials"""

from __future__ import annotations

from pydantic import Field

from described_refs._runtime.models import BaseModel
from described_refs.types.credentials_access_key_id import CredentialsAccessKeyId
from described_refs.types.credentials_owner import CredentialsOwner
from described_refs.types.previous_key import PreviousKey

__all__ = ["Credentials"]


class Credentials(BaseModel):
    """Credentials"""

    access_key_id: CredentialsAccessKeyId = Field(alias="AccessKeyId")

    owner: CredentialsOwner | None = Field(default=None, alias="Owner")

    previous: PreviousKey | None = Field(default=None, alias="Previous")

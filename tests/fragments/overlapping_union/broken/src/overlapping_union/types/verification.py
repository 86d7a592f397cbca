"""The two share a value, so no property tells them apart."""

from __future__ import annotations

from typing import TypeAlias

from overlapping_union.types.saml import Saml
from overlapping_union.types.web3 import Web3

__all__ = ["Verification"]

Verification: TypeAlias = Web3 | Saml
"""The two share a value, so no property tells them apart."""

"""A BaseEntity or any schema that extends it (Host): which one, its `entity_type` says."""

from __future__ import annotations

from typing import Annotated, TypeAlias

from renamed_parents._runtime.unions import Tagged
from renamed_parents.types.base_entity import BaseEntity
from renamed_parents.types.host import Host

__all__ = ["AnyBaseEntity"]

AnyBaseEntity: TypeAlias = Annotated[
    BaseEntity | Host, Tagged("entity_type", {"BaseEntity": BaseEntity, "Host": Host})
]
"""A BaseEntity or any schema that extends it (Host): which one, its `entity_type` says."""

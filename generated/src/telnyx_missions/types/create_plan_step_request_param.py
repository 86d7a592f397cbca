"""The request form of `CreatePlanStepRequest`: a TypedDict, so plain dict literals type-check."""

from __future__ import annotations

from collections.abc import Mapping

from typing_extensions import Required, TypedDict

__all__ = ["CreatePlanStepRequestParam"]


class CreatePlanStepRequestParam(TypedDict, total=False):
    """One step to add to a plan."""

    step_id: Required[str]
    """Caller-chosen id for the step, used later to address it."""

    description: Required[str]
    """What the step does."""

    sequence: Required[int]
    """Position of the step in the plan."""

    parent_step_id: str
    """Id of the enclosing step, for nested steps."""

    metadata: Mapping[str, object]
    """Free-form key/value data to attach."""

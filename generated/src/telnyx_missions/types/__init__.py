"""Every model, enum and request type of the API, importable from one place.

Modules load on first use, so importing the client does not import every model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from telnyx_missions.types.create_plan_step_request_param import (
        CreatePlanStepRequestParam as CreatePlanStepRequestParam,
    )
    from telnyx_missions.types.event_data import EventData as EventData
    from telnyx_missions.types.event_response import EventResponse as EventResponse
    from telnyx_missions.types.event_type import EventType as EventType
    from telnyx_missions.types.event_type import EventTypeLiteral as EventTypeLiteral
    from telnyx_missions.types.events_list_response import EventsListResponse as EventsListResponse
    from telnyx_missions.types.execution_mode import ExecutionMode as ExecutionMode
    from telnyx_missions.types.execution_mode import ExecutionModeLiteral as ExecutionModeLiteral
    from telnyx_missions.types.http_validation_error import (
        HTTPValidationError as HTTPValidationError,
    )
    from telnyx_missions.types.meta import Meta as Meta
    from telnyx_missions.types.mission_data import MissionData as MissionData
    from telnyx_missions.types.mission_response import MissionResponse as MissionResponse
    from telnyx_missions.types.mission_run_data import MissionRunData as MissionRunData
    from telnyx_missions.types.mission_run_response import MissionRunResponse as MissionRunResponse
    from telnyx_missions.types.mission_runs_list_response import (
        MissionRunsListResponse as MissionRunsListResponse,
    )
    from telnyx_missions.types.missions_list_response import (
        MissionsListResponse as MissionsListResponse,
    )
    from telnyx_missions.types.plan_response import PlanResponse as PlanResponse
    from telnyx_missions.types.plan_step_data import PlanStepData as PlanStepData
    from telnyx_missions.types.plan_step_response import PlanStepResponse as PlanStepResponse
    from telnyx_missions.types.plan_steps_created_response import (
        PlanStepsCreatedResponse as PlanStepsCreatedResponse,
    )
    from telnyx_missions.types.run_status import RunStatus as RunStatus
    from telnyx_missions.types.run_status import RunStatusLiteral as RunStatusLiteral
    from telnyx_missions.types.step_status import StepStatus as StepStatus
    from telnyx_missions.types.step_status import StepStatusLiteral as StepStatusLiteral
    from telnyx_missions.types.telnyx_agent_data import TelnyxAgentData as TelnyxAgentData
    from telnyx_missions.types.telnyx_agent_response import (
        TelnyxAgentResponse as TelnyxAgentResponse,
    )
    from telnyx_missions.types.telnyx_agents_list_response import (
        TelnyxAgentsListResponse as TelnyxAgentsListResponse,
    )
    from telnyx_missions.types.validation_error import ValidationError as ValidationError

_MODULES: dict[str, str] = {
    "CreatePlanStepRequestParam": "create_plan_step_request_param",
    "EventData": "event_data",
    "EventResponse": "event_response",
    "EventType": "event_type",
    "EventTypeLiteral": "event_type",
    "EventsListResponse": "events_list_response",
    "ExecutionMode": "execution_mode",
    "ExecutionModeLiteral": "execution_mode",
    "HTTPValidationError": "http_validation_error",
    "Meta": "meta",
    "MissionData": "mission_data",
    "MissionResponse": "mission_response",
    "MissionRunData": "mission_run_data",
    "MissionRunResponse": "mission_run_response",
    "MissionRunsListResponse": "mission_runs_list_response",
    "MissionsListResponse": "missions_list_response",
    "PlanResponse": "plan_response",
    "PlanStepData": "plan_step_data",
    "PlanStepResponse": "plan_step_response",
    "PlanStepsCreatedResponse": "plan_steps_created_response",
    "RunStatus": "run_status",
    "RunStatusLiteral": "run_status",
    "StepStatus": "step_status",
    "StepStatusLiteral": "step_status",
    "TelnyxAgentData": "telnyx_agent_data",
    "TelnyxAgentResponse": "telnyx_agent_response",
    "TelnyxAgentsListResponse": "telnyx_agents_list_response",
    "ValidationError": "validation_error",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

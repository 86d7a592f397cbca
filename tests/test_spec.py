"""Checks for spec/missions.yaml, the OpenAPI 3.1 description of the Telnyx Missions API.

The expectations below (operation table, parameters, required fields, enums, page sizes)
were written by hand from the facts sheet `missions-api.md`, not derived from the spec,
so that an edit to the spec which drops or changes anything makes a test fail.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
import subprocess
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate
from referencing import Registry
from referencing.jsonschema import DRAFT202012

REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = REPO_ROOT / "spec" / "missions.yaml"
REDOCLY_BIN = REPO_ROOT / "node_modules" / ".bin" / "redocly"
REDOCLY_CONFIG = REPO_ROOT / "redocly.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOC_URI = "urn:telnyx-missions-spec"

# --------------------------------------------------------------------------------------
# Hand-written expectations (from the reference, section by section)
# --------------------------------------------------------------------------------------

M = "/ai/missions"
MID = M + "/{mission_id}"
RUN = MID + "/runs/{run_id}"

# Path parameters: (name, location, required, format or None).
P_MISSION_UUID = ("mission_id", "path", True, "uuid")
P_MISSION_STR = ("mission_id", "path", True, None)
P_RUN = ("run_id", "path", True, "uuid")
P_EVENT = ("event_id", "path", True, None)
P_STEP = ("step_id", "path", True, None)
P_AGENT = ("telnyx_agent_id", "path", True, None)
P_TOOL = ("tool_id", "path", True, None)
P_KB = ("knowledge_base_id", "path", True, None)
P_MCP = ("mcp_server_id", "path", True, None)
# Query parameters (all optional, plain strings or integers without format).
Q_PAGE_NUMBER = ("page[number]", "query", False, None)
Q_PAGE_SIZE = ("page[size]", "query", False, None)
Q_STATUS = ("status", "query", False, None)
Q_TYPE = ("type", "query", False, None)
Q_STEP_ID = ("step_id", "query", False, None)
Q_AGENT_ID = ("agent_id", "query", False, None)
PAGED = (Q_PAGE_NUMBER, Q_PAGE_SIZE)

FREE_JSON = "{}"  # success body is application/json with the empty schema

# (method, path, success status, x-codegen-name, operationId, summary,
#  parameters, success body schema name | FREE_JSON | None for no body)
OPERATIONS = [
    (
        "get",
        M,
        "200",
        "ai.missions.list",
        "get_public_missions_missions",
        "List missions",
        PAGED,
        "MissionsListResponse",
    ),
    (
        "post",
        M,
        "201",
        "ai.missions.create",
        "post_public_missions_missions",
        "Create mission",
        (),
        "MissionResponse",
    ),
    (
        "get",
        M + "/events",
        "200",
        "ai.missions.list_events",
        "get_public_missions_missions_events",
        "List recent events",
        (Q_TYPE,) + PAGED,
        "EventsListResponse",
    ),
    (
        "get",
        M + "/runs",
        "200",
        "ai.missions.runs.list_runs",
        "get_public_missions_missions_runs",
        "List recent runs",
        (Q_STATUS,) + PAGED,
        "MissionRunsListResponse",
    ),
    (
        "get",
        MID,
        "200",
        "ai.missions.retrieve",
        "get_public_missions_missions_mission_id",
        "Get mission",
        (P_MISSION_UUID,),
        "MissionResponse",
    ),
    (
        "put",
        MID,
        "200",
        "ai.missions.update_mission",
        "put_public_missions_missions_mission_id",
        "Update mission",
        (P_MISSION_UUID,),
        "MissionResponse",
    ),
    (
        "delete",
        MID,
        "204",
        "ai.missions.delete_mission",
        "delete_public_missions_missions_mission_id",
        "Delete mission",
        (P_MISSION_UUID,),
        None,
    ),
    (
        "post",
        MID + "/clone",
        "201",
        "ai.missions.clone_mission",
        "post_public_missions_missions_mission_id_clone",
        "Clone mission",
        (P_MISSION_STR,),
        FREE_JSON,
    ),
    (
        "get",
        MID + "/runs",
        "200",
        "ai.missions.runs.list",
        "get_public_missions_missions_mission_id_runs",
        "List runs for mission",
        (P_MISSION_UUID, Q_STATUS) + PAGED,
        "MissionRunsListResponse",
    ),
    (
        "post",
        MID + "/runs",
        "201",
        "ai.missions.runs.create",
        "post_public_missions_missions_mission_id_runs",
        "Start a run",
        (P_MISSION_UUID,),
        "MissionRunResponse",
    ),
    (
        "get",
        RUN,
        "200",
        "ai.missions.runs.retrieve",
        "get_public_missions_missions_mission_id_runs_run_id",
        "Get run details",
        (P_MISSION_UUID, P_RUN),
        "MissionRunResponse",
    ),
    (
        "patch",
        RUN,
        "200",
        "ai.missions.runs.update",
        "patch_public_missions_missions_mission_id_runs_run_id",
        "Update run",
        (P_MISSION_UUID, P_RUN),
        "MissionRunResponse",
    ),
    (
        "post",
        RUN + "/cancel",
        "200",
        "ai.missions.runs.cancel_run",
        "post_public_missions_missions_mission_id_runs_run_id_cancel",
        "Cancel run",
        (P_MISSION_UUID, P_RUN),
        "MissionRunResponse",
    ),
    (
        "get",
        RUN + "/events",
        "200",
        "ai.missions.runs.events.list",
        "get_public_missions_missions_mission_id_runs_run_id_events",
        "List events",
        (P_MISSION_UUID, P_RUN, Q_TYPE, Q_STEP_ID, Q_AGENT_ID) + PAGED,
        "EventsListResponse",
    ),
    (
        "post",
        RUN + "/events",
        "201",
        "ai.missions.runs.events.log",
        "post_public_missions_missions_mission_id_runs_run_id_events",
        "Log event",
        (P_MISSION_UUID, P_RUN),
        "EventResponse",
    ),
    (
        "get",
        RUN + "/events/{event_id}",
        "200",
        "ai.missions.runs.events.get_event_details",
        "get_public_missions_missions_mission_id_runs_run_id_events_event_id",
        "Get event details",
        (P_MISSION_UUID, P_RUN, P_EVENT),
        "EventResponse",
    ),
    (
        "post",
        RUN + "/pause",
        "200",
        "ai.missions.runs.pause_run",
        "post_public_missions_missions_mission_id_runs_run_id_pause",
        "Pause run",
        (P_MISSION_UUID, P_RUN),
        "MissionRunResponse",
    ),
    (
        "get",
        RUN + "/plan",
        "200",
        "ai.missions.runs.plan.retrieve",
        "get_public_missions_missions_mission_id_runs_run_id_plan",
        "Get plan",
        (P_MISSION_UUID, P_RUN),
        "PlanResponse",
    ),
    (
        "post",
        RUN + "/plan",
        "201",
        "ai.missions.runs.plan.create",
        "post_public_missions_missions_mission_id_runs_run_id_plan",
        "Create initial plan",
        (P_MISSION_UUID, P_RUN),
        "PlanStepsCreatedResponse",
    ),
    (
        "post",
        RUN + "/plan/steps",
        "201",
        "ai.missions.runs.plan.add_steps_to_plan",
        "post_public_missions_missions_mission_id_runs_run_id_plan_steps",
        "Add step(s) to plan",
        (P_MISSION_UUID, P_RUN),
        "PlanStepsCreatedResponse",
    ),
    (
        "get",
        RUN + "/plan/steps/{step_id}",
        "200",
        "ai.missions.runs.plan.get_step_details",
        "get_public_missions_missions_mission_id_runs_run_id_plan_steps_step_id",
        "Get step details",
        (P_MISSION_UUID, P_RUN, P_STEP),
        "PlanStepResponse",
    ),
    (
        "patch",
        RUN + "/plan/steps/{step_id}",
        "200",
        "ai.missions.runs.plan.update_step",
        "patch_public_missions_missions_mission_id_runs_run_id_plan_steps_step_id",
        "Update step status",
        (P_MISSION_UUID, P_RUN, P_STEP),
        "PlanStepResponse",
    ),
    (
        "post",
        RUN + "/resume",
        "200",
        "ai.missions.runs.resume_run",
        "post_public_missions_missions_mission_id_runs_run_id_resume",
        "Resume run",
        (P_MISSION_UUID, P_RUN),
        "MissionRunResponse",
    ),
    (
        "get",
        RUN + "/telnyx-agents",
        "200",
        "ai.missions.runs.telnyx_agents.list",
        "get_public_missions_missions_mission_id_runs_run_id_telnyx_agents",
        "List linked Telnyx agents",
        (P_MISSION_UUID, P_RUN),
        "TelnyxAgentsListResponse",
    ),
    (
        "post",
        RUN + "/telnyx-agents",
        "201",
        "ai.missions.runs.telnyx_agents.link",
        "post_public_missions_missions_mission_id_runs_run_id_telnyx_agents",
        "Link Telnyx agent to run",
        (P_MISSION_UUID, P_RUN),
        "TelnyxAgentResponse",
    ),
    (
        "delete",
        RUN + "/telnyx-agents/{telnyx_agent_id}",
        "204",
        "ai.missions.runs.telnyx_agents.unlink",
        "delete_public_missions_missions_mission_id_runs_run_id_telnyx_agents_telnyx_agent_id",
        "Unlink Telnyx agent",
        (P_MISSION_UUID, P_RUN, P_AGENT),
        None,
    ),
    # Tools
    (
        "get",
        MID + "/tools",
        "200",
        "ai.missions.tools.list_tools",
        "get_public_missions_missions_mission_id_tools",
        "List tools",
        (P_MISSION_STR,),
        FREE_JSON,
    ),
    (
        "post",
        MID + "/tools",
        "201",
        "ai.missions.tools.create_tool",
        "post_public_missions_missions_mission_id_tools",
        "Create tool",
        (P_MISSION_STR,),
        FREE_JSON,
    ),
    (
        "get",
        MID + "/tools/{tool_id}",
        "200",
        "ai.missions.tools.get_tool",
        "get_public_missions_missions_mission_id_tools_tool_id",
        "Get tool",
        (P_MISSION_STR, P_TOOL),
        FREE_JSON,
    ),
    (
        "put",
        MID + "/tools/{tool_id}",
        "200",
        "ai.missions.tools.update_tool",
        "put_public_missions_missions_mission_id_tools_tool_id",
        "Update tool",
        (P_MISSION_STR, P_TOOL),
        FREE_JSON,
    ),
    (
        "delete",
        MID + "/tools/{tool_id}",
        "204",
        "ai.missions.tools.delete_tool",
        "delete_public_missions_missions_mission_id_tools_tool_id",
        "Delete tool",
        (P_MISSION_STR, P_TOOL),
        None,
    ),
    # Knowledge bases
    (
        "get",
        MID + "/knowledge-bases",
        "200",
        "ai.missions.knowledge_bases.list_knowledge_bases",
        "get_public_missions_missions_mission_id_knowledge_bases",
        "List knowledge bases",
        (P_MISSION_STR,),
        FREE_JSON,
    ),
    (
        "post",
        MID + "/knowledge-bases",
        "201",
        "ai.missions.knowledge_bases.create_knowledge_base",
        "post_public_missions_missions_mission_id_knowledge_bases",
        "Create knowledge base",
        (P_MISSION_STR,),
        FREE_JSON,
    ),
    (
        "get",
        MID + "/knowledge-bases/{knowledge_base_id}",
        "200",
        "ai.missions.knowledge_bases.get_knowledge_base",
        "get_public_missions_missions_mission_id_knowledge_bases_knowledge_base_id",
        "Get knowledge base",
        (P_MISSION_STR, P_KB),
        FREE_JSON,
    ),
    (
        "put",
        MID + "/knowledge-bases/{knowledge_base_id}",
        "200",
        "ai.missions.knowledge_bases.update_knowledge_base",
        "put_public_missions_missions_mission_id_knowledge_bases_knowledge_base_id",
        "Update knowledge base",
        (P_MISSION_STR, P_KB),
        FREE_JSON,
    ),
    (
        "delete",
        MID + "/knowledge-bases/{knowledge_base_id}",
        "204",
        "ai.missions.knowledge_bases.delete_knowledge_base",
        "delete_public_missions_missions_mission_id_knowledge_bases_knowledge_base_id",
        "Delete knowledge base",
        (P_MISSION_STR, P_KB),
        None,
    ),
    # MCP servers
    (
        "get",
        MID + "/mcp-servers",
        "200",
        "ai.missions.mcp_servers.list_mcp_servers",
        "get_public_missions_missions_mission_id_mcp_servers",
        "List MCP servers",
        (P_MISSION_STR,),
        FREE_JSON,
    ),
    (
        "post",
        MID + "/mcp-servers",
        "201",
        "ai.missions.mcp_servers.create_mcp_server",
        "post_public_missions_missions_mission_id_mcp_servers",
        "Create MCP server",
        (P_MISSION_STR,),
        FREE_JSON,
    ),
    (
        "get",
        MID + "/mcp-servers/{mcp_server_id}",
        "200",
        "ai.missions.mcp_servers.get_mcp_server",
        "get_public_missions_missions_mission_id_mcp_servers_mcp_server_id",
        "Get MCP server",
        (P_MISSION_STR, P_MCP),
        FREE_JSON,
    ),
    (
        "put",
        MID + "/mcp-servers/{mcp_server_id}",
        "200",
        "ai.missions.mcp_servers.update_mcp_server",
        "put_public_missions_missions_mission_id_mcp_servers_mcp_server_id",
        "Update MCP server",
        (P_MISSION_STR, P_MCP),
        FREE_JSON,
    ),
    (
        "delete",
        MID + "/mcp-servers/{mcp_server_id}",
        "204",
        "ai.missions.mcp_servers.delete_mcp_server",
        "delete_public_missions_missions_mission_id_mcp_servers_mcp_server_id",
        "Delete MCP server",
        (P_MISSION_STR, P_MCP),
        None,
    ),
]
OPS_BY_KEY = {(op[0], op[1]): op for op in OPERATIONS}

# Request bodies: (method, path) -> (schema name, requestBody.required).
# Every operation not listed here must have no requestBody at all.
REQUEST_BODIES = {
    ("post", M): ("CreateMissionRequest", True),
    ("put", MID): ("UpdateMissionRequest", True),
    ("post", MID + "/runs"): ("CreateMissionRunRequest", False),
    ("patch", RUN): ("UpdateMissionRunRequest", True),
    ("post", RUN + "/events"): ("CreateEventRequest", True),
    ("post", RUN + "/plan"): ("CreatePlanRequest", True),
    ("post", RUN + "/plan/steps"): ("AddPlanStepsRequest", True),
    ("patch", RUN + "/plan/steps/{step_id}"): ("UpdatePlanStepRequest", True),
    ("post", RUN + "/telnyx-agents"): ("LinkTelnyxAgentRequest", True),
}

# Request schemas: every property, and the required ones (reference section 4.7).
REQUEST_SCHEMAS = {
    "CreateMissionRequest": (
        {"name", "description", "execution_mode", "instructions", "metadata", "model"},
        ["name"],
    ),
    "UpdateMissionRequest": (
        {"description", "execution_mode", "instructions", "metadata", "model", "name"},
        [],
    ),
    "CreateMissionRunRequest": ({"input", "metadata"}, []),
    "UpdateMissionRunRequest": (
        {"error", "metadata", "result_payload", "result_summary", "status"},
        [],
    ),
    "CreateEventRequest": (
        {"type", "summary", "agent_id", "idempotency_key", "payload", "step_id"},
        ["type", "summary"],
    ),
    "CreatePlanRequest": ({"steps"}, ["steps"]),
    "AddPlanStepsRequest": ({"steps"}, ["steps"]),
    "CreatePlanStepRequest": (
        {"step_id", "description", "sequence", "parent_step_id", "metadata"},
        ["step_id", "description", "sequence"],
    ),
    "UpdatePlanStepRequest": ({"metadata", "status"}, []),
    "LinkTelnyxAgentRequest": ({"telnyx_agent_id"}, ["telnyx_agent_id"]),
}

# Response models: every property, and the required ones (reference sections 4.1-4.6).
RESPONSE_MODELS = {
    "MissionData": (
        {
            "mission_id",
            "name",
            "execution_mode",
            "created_at",
            "updated_at",
            "description",
            "model",
            "instructions",
            "metadata",
        },
        ["mission_id", "name", "execution_mode", "created_at", "updated_at"],
    ),
    "MissionRunData": (
        {
            "run_id",
            "mission_id",
            "status",
            "started_at",
            "updated_at",
            "finished_at",
            "input",
            "metadata",
            "result_summary",
            "result_payload",
            "error",
        },
        ["run_id", "mission_id", "status", "started_at", "updated_at"],
    ),
    "EventData": (
        {
            "event_id",
            "run_id",
            "type",
            "summary",
            "timestamp",
            "step_id",
            "agent_id",
            "payload",
            "idempotency_key",
        },
        ["event_id", "run_id", "type", "summary", "timestamp"],
    ),
    "PlanStepData": (
        {
            "step_id",
            "run_id",
            "sequence",
            "description",
            "status",
            "parent_step_id",
            "metadata",
            "started_at",
            "completed_at",
        },
        ["step_id", "run_id", "sequence", "description", "status"],
    ),
    "TelnyxAgentData": (
        {"run_id", "telnyx_agent_id", "created_at"},
        ["run_id", "telnyx_agent_id", "created_at"],
    ),
    "Meta": (
        {"page_number", "page_size", "total_pages", "total_results"},
        ["page_number", "page_size", "total_pages", "total_results"],
    ),
    "HTTPValidationError": ({"detail"}, []),
    "ValidationError": ({"loc", "msg", "type"}, ["loc", "msg", "type"]),
}
# Response models whose optional fields must be nullable (reference open question 1).
NULLABLE_OPTIONAL_MODELS = ("MissionData", "MissionRunData", "EventData", "PlanStepData")

# Envelopes: name -> (item model, is a list, has meta).
ENVELOPES = {
    "MissionResponse": ("MissionData", False, False),
    "MissionsListResponse": ("MissionData", True, True),
    "MissionRunResponse": ("MissionRunData", False, False),
    "MissionRunsListResponse": ("MissionRunData", True, True),
    "EventResponse": ("EventData", False, False),
    "EventsListResponse": ("EventData", True, True),
    "PlanResponse": ("PlanStepData", True, False),
    "PlanStepsCreatedResponse": ("PlanStepData", True, False),
    "PlanStepResponse": ("PlanStepData", False, False),
    "TelnyxAgentResponse": ("TelnyxAgentData", False, False),
    "TelnyxAgentsListResponse": ("TelnyxAgentData", True, False),
}

ENUMS = {
    "ExecutionMode": ["external", "managed"],
    "RunStatus": ["pending", "running", "paused", "succeeded", "failed", "cancelled"],
    "StepStatus": ["pending", "in_progress", "completed", "skipped", "failed"],
    "EventType": [
        "status_change",
        "step_started",
        "step_completed",
        "step_failed",
        "tool_call",
        "tool_result",
        "message",
        "error",
        "custom",
    ],
}

# page[size] default per paginated operation (20 for missions/runs, 50 for events).
PAGE_SIZE_DEFAULTS = {
    ("get", M): 20,
    ("get", M + "/runs"): 20,
    ("get", MID + "/runs"): 20,
    ("get", M + "/events"): 50,
    ("get", RUN + "/events"): 50,
}

# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec() -> dict:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def resolve(doc: dict, node):
    """Follow local `$ref`s (``#/...``) until a non-reference node is reached."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local refs expected, got {ref}"
        assert ref not in seen, f"reference cycle at {ref}"
        seen.add(ref)
        node = doc
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def iter_operations(doc: dict):
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item, item[method]


def effective_parameters(doc: dict, path_item: dict, operation: dict) -> dict:
    """Parameters keyed by (name, in); operation-level ones override path-level ones."""
    params = {}
    for raw in list(path_item.get("parameters", [])) + list(operation.get("parameters", [])):
        param = resolve(doc, raw)
        params[(param["name"], param["in"])] = param
    return params


def schema_ref_name(schema: dict) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if ref and ref.startswith(prefix) else None


def pointer(*parts: str) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _mentions_null_type(schema) -> bool:
    """True if a `type: "null"` (alone, in a type array or in anyOf/oneOf) occurs anywhere."""
    if isinstance(schema, list):
        return any(_mentions_null_type(item) for item in schema)
    if not isinstance(schema, dict):
        return False
    types = schema.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    if schema.get("nullable") is True:
        return True
    # Recurse into sub-schemas (a dict under "type" is a property named "type").
    return any(_mentions_null_type(v) for v in schema.values() if isinstance(v, (dict, list)))


def success_code(operation: dict) -> str:
    codes = [code for code in operation["responses"] if str(code).startswith("2")]
    assert len(codes) == 1, f"expected exactly one 2xx response, got {codes}"
    return str(codes[0])


# --------------------------------------------------------------------------------------
# 1. Structural validity
# --------------------------------------------------------------------------------------


def test_spec_validates_with_openapi_spec_validator(spec):
    validate(spec)  # raises on any error
    assert spec["openapi"] == "3.1.0"


def test_global_facts(spec):
    assert spec["info"]["title"] == "Telnyx AI Missions API"
    assert spec["info"]["version"] == "2.0.0"
    assert spec["info"]["contact"]["email"] == "support@telnyx.com"
    assert [s["url"] for s in spec["servers"]] == ["https://api.telnyx.com/v2"]
    assert spec["security"] == [{"bearerAuth": []}]
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    assert [t["name"] for t in spec["tags"]] == ["Missions"]


# --------------------------------------------------------------------------------------
# 2. Redocly lint
# --------------------------------------------------------------------------------------


def test_redocly_lint_is_clean():
    assert (
        REDOCLY_BIN.exists()
    ), f"{REDOCLY_BIN} is missing: run `npm ci` in {REPO_ROOT} to install the pinned Redocly CLI"
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    proc = subprocess.run(
        [
            str(REDOCLY_BIN),
            "lint",
            "spec/missions.yaml",
            "--format=json",
            f"--config={REDOCLY_CONFIG.name}",
            "--max-problems=1000",
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"redocly lint failed:\n{report}"
    result = json.loads(proc.stdout)
    problems = "\n".join(
        f"{p.get('severity')} {p.get('ruleId')}: {p.get('message')} "
        f"at {[loc.get('pointer') for loc in p.get('location', [])]}"
        for p in result.get("problems", [])
    )
    assert result["totals"] == {"errors": 0, "warnings": 0, "ignored": 0}, problems
    assert result["problems"] == [], problems


def test_redocly_config_explains_every_disabled_rule():
    config = yaml.safe_load(REDOCLY_CONFIG.read_text(encoding="utf-8"))
    assert "recommended" in config["extends"]
    lines = REDOCLY_CONFIG.read_text(encoding="utf-8").splitlines()
    disabled = [
        r
        for r, v in config.get("rules", {}).items()
        if v == "off" or (isinstance(v, dict) and v.get("severity") == "off")
    ]
    for rule in disabled:
        idx = next(i for i, line in enumerate(lines) if line.strip().startswith(f"{rule}:"))
        assert idx > 0 and lines[idx - 1].strip().startswith(
            "#"
        ), f"rule {rule} is switched off without a comment giving the reason"


def test_node_tool_versions_are_pinned():
    package = json.loads((REPO_ROOT / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((REPO_ROOT / "package-lock.json").read_text(encoding="utf-8"))
    deps = {**package.get("dependencies", {}), **package.get("devDependencies", {})}
    for name in ("@redocly/cli", "@stoplight/prism-cli"):
        assert re.fullmatch(r"\d+\.\d+\.\d+", deps[name]), f"{name} must be pinned exactly"
        assert lock["packages"][f"node_modules/{name}"]["version"] == deps[name]


# --------------------------------------------------------------------------------------
# 3. Coverage against the hand-written table
# --------------------------------------------------------------------------------------


def test_exact_operation_set(spec):
    actual = {(m, p) for m, p, _, _ in iter_operations(spec)}
    expected = set(OPS_BY_KEY)
    assert len(OPERATIONS) == len(expected) == 41
    assert actual - expected == set(), "operations not in the reference"
    assert expected - actual == set(), "operations missing from the spec"


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: f"{op[0].upper()} {op[1]}")
def test_operation_matches_table(spec, op):
    method, path, status, codegen, op_id, summary, params, body = op
    path_item = spec["paths"][path]
    operation = path_item[method]

    assert operation["operationId"] == op_id
    assert operation["x-codegen-name"] == codegen
    assert operation["summary"] == summary
    assert operation.get("description", "").strip(), "every operation needs a description"
    assert operation["tags"] == ["Missions"]

    # Responses: exactly the success code and 422, the latter shared.
    responses = operation["responses"]
    assert set(map(str, responses)) == {status, "422"}
    assert responses["422"] == {"$ref": "#/components/responses/ValidationError"}
    success = resolve(spec, responses[status])
    assert success["description"].startswith("Successful Response")
    if body is None:
        assert "content" not in success, "no-content responses must not declare a body"
    else:
        assert list(success["content"]) == ["application/json"]
        schema = success["content"]["application/json"]["schema"]
        if body == FREE_JSON:
            assert schema == {}
            assert "not published" in success["description"]
        else:
            assert schema_ref_name(schema) == body

    # Parameters: exact set with location, required-ness and format.
    actual = effective_parameters(spec, path_item, operation)
    actual_summary = {
        (name, loc, p.get("required", False), p["schema"].get("format"))
        for (name, loc), p in actual.items()
    }
    assert actual_summary == set(params)
    for (name, _loc), param in actual.items():
        assert param["schema"]["type"] == ("integer" if name.startswith("page[") else "string")
        assert "example" in param, f"parameter {name} needs an example"

    # Request body: present exactly where the reference has one.
    if (method, path) in REQUEST_BODIES:
        schema_name, required = REQUEST_BODIES[(method, path)]
        request = resolve(spec, operation["requestBody"])
        assert request.get("required", False) is required
        assert list(request["content"]) == ["application/json"]
        assert schema_ref_name(request["content"]["application/json"]["schema"]) == schema_name
    else:
        assert "requestBody" not in operation


def test_pagination_parameters(spec):
    paged = set()
    for method, path, item, operation in iter_operations(spec):
        params = effective_parameters(spec, item, operation)
        if ("page[size]", "query") not in params:
            assert ("page[number]", "query") not in params
            continue
        paged.add((method, path))
        number = params[("page[number]", "query")]["schema"]
        size = params[("page[size]", "query")]["schema"]
        assert number == {**number, "type": "integer", "minimum": 1, "default": 1}
        assert size == {
            **size,
            "type": "integer",
            "exclusiveMinimum": 0,
            "maximum": 1000,
            "default": PAGE_SIZE_DEFAULTS[(method, path)],
        }
    assert paged == set(PAGE_SIZE_DEFAULTS)


def test_page_parameters_are_shared_components(spec):
    params = spec["components"]["parameters"]
    sizes = {p["schema"]["default"] for p in params.values() if p["name"] == "page[size]"}
    assert sizes == {20, 50}
    for method, path, _item, operation in iter_operations(spec):
        for raw in operation.get("parameters", []):
            if resolve(spec, raw)["name"].startswith("page["):
                assert "$ref" in raw, f"{method} {path}: page params must be $refs"


def test_enums_exact(spec):
    schemas = spec["components"]["schemas"]
    for name, values in ENUMS.items():
        assert schemas[name]["type"] == "string"
        assert schemas[name]["title"] == name
        assert schemas[name]["enum"] == values


def test_enum_usage(spec):
    schemas = spec["components"]["schemas"]
    uses = {
        ("MissionData", "execution_mode"): "ExecutionMode",
        ("CreateMissionRequest", "execution_mode"): "ExecutionMode",
        ("UpdateMissionRequest", "execution_mode"): "ExecutionMode",
        ("MissionRunData", "status"): "RunStatus",
        ("UpdateMissionRunRequest", "status"): "RunStatus",
        ("PlanStepData", "status"): "StepStatus",
        ("UpdatePlanStepRequest", "status"): "StepStatus",
        ("EventData", "type"): "EventType",
        ("CreateEventRequest", "type"): "EventType",
    }
    for (model, prop), enum in uses.items():
        assert schema_ref_name(schemas[model]["properties"][prop]) == enum, (model, prop)
    create_mode = schemas["CreateMissionRequest"]["properties"]["execution_mode"]
    assert create_mode.get("default") == "external"
    assert "default" not in schemas["UpdateMissionRequest"]["properties"]["execution_mode"]


@pytest.mark.parametrize("name", sorted(REQUEST_SCHEMAS))
def test_request_schema_fields(spec, name):
    properties, required = REQUEST_SCHEMAS[name]
    schema = spec["components"]["schemas"][name]
    assert schema["type"] == "object"
    assert set(schema["properties"]) == properties
    assert schema.get("required", []) == required
    # Request schemas stay non-nullable.
    assert not _mentions_null_type(schema), f"{name} must not allow null"


@pytest.mark.parametrize("name", sorted(RESPONSE_MODELS))
def test_response_model_fields(spec, name):
    properties, required = RESPONSE_MODELS[name]
    schema = spec["components"]["schemas"][name]
    assert schema["type"] == "object"
    assert set(schema["properties"]) == properties
    assert set(schema.get("required", [])) == set(required)
    for prop in properties:
        prop_schema = schema["properties"][prop]
        nullable = _mentions_null_type(prop_schema)
        if prop in required or name not in NULLABLE_OPTIONAL_MODELS:
            assert not nullable, f"{name}.{prop} must not be nullable"
        else:
            assert nullable, f"{name}.{prop} is optional and must be nullable"
    if name in NULLABLE_OPTIONAL_MODELS:
        assert "null" in schema["description"], "say in the description that optionals are nullable"
    if name == "Meta":
        assert all(schema["properties"][p]["type"] == "integer" for p in properties)


def test_identifier_formats_in_models(spec):
    schemas = spec["components"]["schemas"]
    assert schemas["MissionData"]["properties"]["mission_id"]["format"] == "uuid"
    assert schemas["MissionRunData"]["properties"]["run_id"]["format"] == "uuid"
    assert schemas["MissionRunData"]["properties"]["mission_id"]["format"] == "uuid"
    assert schemas["PlanStepData"]["properties"]["run_id"]["format"] == "uuid"
    # The reference declares these without a format.
    assert "format" not in schemas["EventData"]["properties"]["run_id"]
    assert "format" not in schemas["EventData"]["properties"]["event_id"]
    assert "format" not in schemas["TelnyxAgentData"]["properties"]["run_id"]


@pytest.mark.parametrize("name", sorted(ENVELOPES))
def test_envelopes(spec, name):
    item, is_list, has_meta = ENVELOPES[name]
    schema = spec["components"]["schemas"][name]
    assert set(schema["properties"]) == ({"data", "meta"} if has_meta else {"data"})
    assert set(schema["required"]) == set(schema["properties"])
    data = schema["properties"]["data"]
    if is_list:
        assert data["type"] == "array"
        assert schema_ref_name(data["items"]) == item
    else:
        assert schema_ref_name(data) == item
    if has_meta:
        assert schema_ref_name(schema["properties"]["meta"]) == "Meta"


def test_validation_error_response(spec):
    components = spec["components"]
    response = components["responses"]["ValidationError"]
    schema = response["content"]["application/json"]["schema"]
    assert schema_ref_name(schema) == "HTTPValidationError"
    detail = components["schemas"]["HTTPValidationError"]["properties"]["detail"]
    assert detail["type"] == "array"
    assert schema_ref_name(detail["items"]) == "ValidationError"
    loc = components["schemas"]["ValidationError"]["properties"]["loc"]
    assert loc["items"] == {"anyOf": [{"type": "string"}, {"type": "integer"}]}


def test_every_schema_and_property_is_described(spec):
    for name, schema in spec["components"]["schemas"].items():
        assert schema.get("title") == name
        assert schema.get("description", "").strip(), f"schema {name} needs a description"
        for prop, prop_schema in schema.get("properties", {}).items():
            assert prop_schema.get("description", "").strip(), f"{name}.{prop} needs a description"
    for name, param in spec["components"]["parameters"].items():
        assert param.get("description", "").strip(), f"parameter {name} needs a description"


# --------------------------------------------------------------------------------------
# 4. Examples validate against their schemas
# --------------------------------------------------------------------------------------


def _check_uuid(value) -> bool:
    if not isinstance(value, str):
        return True
    uuid.UUID(value)
    return True


def _check_date_time(value) -> bool:
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", value):
        raise ValueError(f"not an RFC 3339 date-time: {value!r}")
    dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


FORMATS = FormatChecker(formats=())
FORMATS.checks("uuid", raises=ValueError)(_check_uuid)
FORMATS.checks("date-time", raises=ValueError)(_check_date_time)


def _strict_copy(doc: dict) -> dict:
    """Copy of the document where objects with declared properties reject undeclared keys.

    The spec itself leaves extra keys open (forward compatible); the examples, however,
    must only use declared fields, so a typo in an example field name is caught here.
    """
    strict = copy.deepcopy(doc)

    def walk(node):
        if isinstance(node, dict):
            if "properties" in node and "additionalProperties" not in node:
                node["additionalProperties"] = False
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(strict["components"]["schemas"])
    return strict


def locate(doc: dict, node, ptr: str):
    """Like `resolve`, but also return the JSON pointer of the node finally reached."""
    while isinstance(node, dict) and "$ref" in node:
        ptr = node["$ref"][1:]
        node = resolve(doc, {"$ref": node["$ref"]})
    return node, ptr


def _media_examples(media: dict, ptr: str, doc: dict):
    if "example" in media:
        yield ptr + "/schema", media["example"], ptr + "/example"
    for key, ex in media.get("examples", {}).items():
        yield ptr + "/schema", resolve(doc, ex)["value"], ptr + pointer("examples", key)


def _content_examples(holder: dict, ptr: str, doc: dict):
    for media_type, media in holder.get("content", {}).items():
        yield from _media_examples(media, ptr + pointer("content", media_type), doc)


def collect_examples(doc: dict):
    """Yield (kind, schema pointer, example value, where) for every example in the document.

    kind is "request" / "success" for the body examples of an operation (counted to prove
    the check is not vacuous), and "other" for everything else. Examples reached through a
    shared component are yielded once per operation that uses them, and once more from the
    component itself, so unused components are checked too.
    """
    for method, path, item, operation in iter_operations(doc):
        label = f"{method.upper()} {path}"
        op_ptr = pointer("paths", path, method)
        raw_params = [
            (pointer("paths", path, "parameters", i), p)
            for i, p in enumerate(item.get("parameters", []))
        ]
        raw_params += [
            (op_ptr + pointer("parameters", i), p)
            for i, p in enumerate(operation.get("parameters", []))
        ]
        for ptr, raw in raw_params:
            param, ptr = locate(doc, raw, ptr)
            if "example" in param:
                yield "other", ptr + "/schema", param["example"], f"{label} param {param['name']}"
        if "requestBody" in operation:
            body, ptr = locate(doc, operation["requestBody"], op_ptr + "/requestBody")
            for schema_ptr, value, _ in _content_examples(body, ptr, doc):
                yield "request", schema_ptr, value, f"{label} request body"
        for code, raw in operation["responses"].items():
            response, ptr = locate(doc, raw, op_ptr + pointer("responses", code))
            kind = "success" if str(code).startswith("2") else "other"
            for schema_ptr, value, _ in _content_examples(response, ptr, doc):
                yield kind, schema_ptr, value, f"{label} response {code}"

    components = doc.get("components", {})
    for name, param in components.get("parameters", {}).items():
        if "example" in param:
            ptr = pointer("components", "parameters", name)
            yield "other", ptr + "/schema", param["example"], ptr
    for section in ("requestBodies", "responses"):
        for name, holder in components.get(section, {}).items():
            ptr = pointer("components", section, name)
            for schema_ptr, value, where in _content_examples(holder, ptr, doc):
                yield "other", schema_ptr, value, where

    # Schema-level `example` / `examples` keywords anywhere inside component schemas.
    def walk_schema(node, path):
        if isinstance(node, dict):
            if "example" in node:
                yield "other", pointer(*path), node["example"], pointer(*path, "example")
            if isinstance(node.get("examples"), list):
                for i, value in enumerate(node["examples"]):
                    yield "other", pointer(*path), value, pointer(*path, "examples", i)
            for key, value in node.items():
                if key not in ("example", "examples"):
                    yield from walk_schema(value, path + [key])
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk_schema(value, path + [i])

    yield from walk_schema(components.get("schemas", {}), ["components", "schemas"])


def example_errors(doc: dict):
    """Validate every example; return (messages, count checked, count of body examples)."""
    registry = Registry().with_resource(DOC_URI, DRAFT202012.create_resource(_strict_copy(doc)))
    failures, checked, body_examples = [], 0, 0
    for kind, schema_ptr, example, where in collect_examples(doc):
        validator = Draft202012Validator(
            {"$ref": f"{DOC_URI}#{quote(schema_ptr, safe='/~')}"},
            registry=registry,
            format_checker=FORMATS,
        )
        for error in validator.iter_errors(example):
            failures.append(f"{where}: {error.message} (at {list(error.absolute_path)})")
        checked += 1
        body_examples += kind in ("request", "success")
    return failures, checked, body_examples


def test_every_example_validates(spec):
    failures, checked, body_examples = example_errors(spec)
    assert not failures, "\n".join(failures)

    # Not vacuous: every request body and every success body carries an example.
    bodies = 0
    for method, path, _, operation in iter_operations(spec):
        if "requestBody" in operation:
            bodies += 1
            media = resolve(spec, operation["requestBody"])["content"]["application/json"]
            assert "example" in media or "examples" in media, f"{method} {path}: request example"
        success = resolve(spec, operation["responses"][success_code(operation)])
        if "content" in success:
            bodies += 1
            media = success["content"]["application/json"]
            assert "example" in media or "examples" in media, f"{method} {path}: response example"
    assert bodies == len(REQUEST_BODIES) + sum(1 for op in OPERATIONS if op[7] is not None)
    assert (
        body_examples >= bodies
    ), f"only {body_examples} body examples checked for {bodies} bodies"
    assert checked >= bodies
    print(
        f"\nvalidated {checked} examples, {body_examples} of them on the {bodies} "
        "request/success bodies"
    )


def test_invalid_example_is_caught(spec):
    """Guard the example check itself: broken examples must be reported."""
    broken = copy.deepcopy(spec)
    media = broken["paths"]["/ai/missions"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    media["example"]["meta"]["page_size"] = "twenty"
    media["example"]["data"][0]["misspelled_field"] = 1
    broken["paths"]["/ai/missions/{mission_id}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["example"]["data"]["created_at"] = "yesterday"
    broken["components"]["parameters"]["RunId"]["example"] = "not-a-uuid"
    failures, _, _ = example_errors(broken)
    for needle in ("twenty", "misspelled_field", "yesterday", "not-a-uuid"):
        assert any(needle in f for f in failures), needle


def _media_example(doc, method, path, status=None):
    operation = doc["paths"][path][method]
    if status is None:
        media = resolve(doc, operation["requestBody"])["content"]["application/json"]
    else:
        media = resolve(doc, operation["responses"][status])["content"]["application/json"]
    return media["example"]


def _walk_values(node, key):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key:
                yield v
            yield from _walk_values(v, key)
    elif isinstance(node, list):
        for v in node:
            yield from _walk_values(v, key)


def test_examples_are_consistent(spec):
    mission = _media_example(spec, "get", MID, "200")["data"]
    run = _media_example(spec, "get", RUN, "200")["data"]
    params = spec["components"]["parameters"]
    mission_id, run_id = mission["mission_id"], run["run_id"]

    assert run["mission_id"] == mission_id
    assert params["MissionId"]["example"] == mission_id
    assert params["MissionIdPlain"]["example"] == mission_id
    assert params["RunId"]["example"] == run_id

    clone_path = MID + "/clone"
    for method, path, _, operation in iter_operations(spec):
        status = success_code(operation)
        success = resolve(spec, operation["responses"][status])
        examples = []
        if "content" in success:
            examples.append(success["content"]["application/json"]["example"])
        if "requestBody" in operation:
            examples.append(_media_example(spec, method, path))
        for example in examples:
            if path != clone_path:  # the clone is a new mission with its own id
                assert set(_walk_values(example, "mission_id")) <= {mission_id}, (method, path)
            assert set(_walk_values(example, "run_id")) <= {run_id}, (method, path)

    # Step ids used in events and the step parameter exist in the plan examples.
    plan_steps = {s["step_id"] for s in _media_example(spec, "get", RUN + "/plan", "200")["data"]}
    assert params["StepId"]["example"] in plan_steps
    assert params["StepIdFilter"]["example"] in plan_steps
    events = _media_example(spec, "get", RUN + "/events", "200")["data"]
    assert {e["step_id"] for e in events} <= plan_steps
    assert params["EventId"]["example"] in {e["event_id"] for e in events}

    # Pagination meta in list examples matches the declared default page size.
    for (method, path), default in PAGE_SIZE_DEFAULTS.items():
        example = _media_example(spec, method, path, "200")
        assert example["meta"]["page_size"] == default
        assert example["meta"]["total_results"] == len(example["data"])


# --------------------------------------------------------------------------------------
# 5. Names are unique
# --------------------------------------------------------------------------------------


def test_operation_ids_and_codegen_names_unique(spec):
    op_ids = [op["operationId"] for _, _, _, op in iter_operations(spec)]
    names = [op["x-codegen-name"] for _, _, _, op in iter_operations(spec)]
    assert len(op_ids) == len(set(op_ids)) == 41
    assert len(names) == len(set(names)) == 41
    for name in names:
        assert re.fullmatch(r"[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)+", name), name

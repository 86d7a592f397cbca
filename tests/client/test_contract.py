"""Contract tests: every operation of spec/missions.yaml, through the generated client, against Prism.

Each of the operations is called through `Telnyx` and through `AsyncTelnyx` with the
ids and bodies the spec gives as examples. Prism (started with `--errors`) checks each
request against the spec, and answers with the spec's example response. The tests check:

* the request hit that operation (method, path, query, JSON body) and Prism found no
  violation in it (no `sl-violations` header, success status of the spec);
* the parsed result has the right type (`MissionResponse`, `Page`, ...) and holds exactly
  the values of the spec's response example (the spec is loaded here, not copied);
* the table below covers every `x-codegen-name` of the spec, so an operation added to the
  spec without a contract test makes `test_every_operation_has_a_contract_call` fail.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import functools
import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pydantic
import pytest
from telnyx_missions import (
    APIResponse,
    AsyncAPIResponse,
    AsyncPage,
    AsyncTelnyx,
    Page,
    Telnyx,
    UnprocessableEntityError,
)
from telnyx_missions.types import (
    EventData,
    EventResponse,
    EventsListResponse,
    EventType,
    ExecutionMode,
    HTTPValidationError,
    MissionData,
    MissionResponse,
    MissionRunData,
    MissionRunResponse,
    MissionRunsListResponse,
    MissionsListResponse,
    PlanResponse,
    PlanStepResponse,
    PlanStepsCreatedResponse,
    RunStatus,
    StepStatus,
)
from telnyx_missions.types.telnyx_agent_response import TelnyxAgentResponse
from telnyx_missions.types.telnyx_agents_list_response import TelnyxAgentsListResponse

from .conftest import load_spec

pytestmark = pytest.mark.prism

API_KEY = "test-key"
SPEC = load_spec()
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _resolve(node: Any) -> Any:
    """Follow a local `$ref` (`#/components/...`) to what it points at."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                name = op["x-codegen-name"]
                assert name not in found, f"x-codegen-name {name!r} is used twice"
                found[name] = (method.upper(), path, op)
    return found


# x-codegen-name -> (HTTP method, path template, operation object)
OPERATIONS = _operations()


def param_example(name: str) -> Any:
    return SPEC["components"]["parameters"][name]["example"]


MISSION_ID = param_example("MissionId")
RUN_ID = param_example("RunId")
EVENT_ID = param_example("EventId")
STEP_ID = param_example("StepId")
AGENT_ID = param_example("TelnyxAgentId")
TOOL_ID = param_example("ToolId")
KNOWLEDGE_BASE_ID = param_example("KnowledgeBaseId")
MCP_SERVER_ID = param_example("McpServerId")
PATH_VALUES = {
    "mission_id": MISSION_ID,
    "run_id": RUN_ID,
    "event_id": EVENT_ID,
    "step_id": STEP_ID,
    "telnyx_agent_id": AGENT_ID,
    "tool_id": TOOL_ID,
    "knowledge_base_id": KNOWLEDGE_BASE_ID,
    "mcp_server_id": MCP_SERVER_ID,
}
PAGE_NUMBER = param_example("PageNumber")
PAGE_SIZE = param_example("PageSize")
EVENT_PAGE_SIZE = param_example("EventPageSize")
RUN_STATUS_FILTER = param_example("RunStatusFilter")
EVENT_TYPE_FILTER = param_example("EventTypeFilter")
STEP_ID_FILTER = param_example("StepIdFilter")
AGENT_ID_FILTER = param_example("AgentIdFilter")


def request_example(name: str) -> dict[str, Any]:
    """The JSON request-body example of an operation (a fresh copy)."""
    body = _resolve(OPERATIONS[name][2]["requestBody"])
    example: dict[str, Any] = copy.deepcopy(body["content"]["application/json"]["example"])
    return example


def success_response(name: str) -> tuple[int, Any, Any]:
    """(status, example, schema) of the operation's one 2xx response; None for no content."""
    responses = OPERATIONS[name][2]["responses"]
    codes = [code for code in responses if str(code).startswith("2")]
    assert len(codes) == 1, f"{name}: expected one 2xx response, found {codes}"
    response = _resolve(responses[codes[0]])
    content = response.get("content")
    if not content:
        return int(codes[0]), None, None
    media = content["application/json"]
    return int(codes[0]), copy.deepcopy(media["example"]), media["schema"]


def schema_name(schema: Any) -> str:
    assert isinstance(schema, dict) and "$ref" in schema, schema
    name: str = schema["$ref"].rsplit("/", 1)[1]
    return name


# -- the table: one call per operation ---------------------------------------------------------

_NO_BODY: Any = object()


@dataclass(frozen=True)
class Call:
    """How to call one operation, and what must go over the wire."""

    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    # The return type: a model class, `Page` (paginated list), `object` (unpublished JSON),
    # or None for a 204.
    returns: type | None = None
    envelope: type[pydantic.BaseModel] | None = None  # for Page: the list envelope model
    item: type[pydantic.BaseModel] | None = None  # for Page: the item model
    query: dict[str, str] = field(default_factory=dict)  # expected query string
    body: Any = _NO_BODY  # expected JSON body; _NO_BODY: the request has no body


def body_call(name: str, *args: Any, returns: type, **overrides: Any) -> Call:
    """A call whose keyword arguments are the spec's request example (some as enums)."""
    example = request_example(name)
    return Call(
        args=args,
        kwargs={**example, **overrides},
        returns=returns,
        body=example,
    )


MISSION_PAGE = {"page[number]": str(PAGE_NUMBER), "page[size]": str(PAGE_SIZE)}
EVENT_PAGE = {"page[number]": str(PAGE_NUMBER), "page[size]": str(EVENT_PAGE_SIZE)}
RUN_IDS = {"mission_id": MISSION_ID}
STEP_IDS = {"mission_id": MISSION_ID, "run_id": RUN_ID}

CALLS: dict[str, Call] = {
    # -- missions
    "ai.missions.list": Call(
        kwargs={"page_number": PAGE_NUMBER, "page_size": PAGE_SIZE},
        returns=Page,
        envelope=MissionsListResponse,
        item=MissionData,
        query=MISSION_PAGE,
    ),
    "ai.missions.create": body_call(
        "ai.missions.create",
        returns=MissionResponse,
        execution_mode=ExecutionMode.EXTERNAL,
    ),
    "ai.missions.list_events": Call(
        kwargs={
            "type": EVENT_TYPE_FILTER,
            "page_number": PAGE_NUMBER,
            "page_size": EVENT_PAGE_SIZE,
        },
        returns=Page,
        envelope=EventsListResponse,
        item=EventData,
        query={"type": EVENT_TYPE_FILTER, **EVENT_PAGE},
    ),
    "ai.missions.retrieve": Call(args=(MISSION_ID,), returns=MissionResponse),
    "ai.missions.update_mission": body_call(
        "ai.missions.update_mission", MISSION_ID, returns=MissionResponse
    ),
    "ai.missions.delete_mission": Call(args=(MISSION_ID,), returns=None),
    "ai.missions.clone_mission": Call(args=(MISSION_ID,), returns=object),
    # -- runs
    "ai.missions.runs.list_runs": Call(
        kwargs={"status": RUN_STATUS_FILTER, "page_number": PAGE_NUMBER, "page_size": PAGE_SIZE},
        returns=Page,
        envelope=MissionRunsListResponse,
        item=MissionRunData,
        query={"status": RUN_STATUS_FILTER, **MISSION_PAGE},
    ),
    "ai.missions.runs.list": Call(
        args=(MISSION_ID,),
        kwargs={"status": RUN_STATUS_FILTER, "page_number": PAGE_NUMBER, "page_size": PAGE_SIZE},
        returns=Page,
        envelope=MissionRunsListResponse,
        item=MissionRunData,
        query={"status": RUN_STATUS_FILTER, **MISSION_PAGE},
    ),
    "ai.missions.runs.create": body_call(
        "ai.missions.runs.create", MISSION_ID, returns=MissionRunResponse
    ),
    "ai.missions.runs.retrieve": Call(args=(RUN_ID,), kwargs=RUN_IDS, returns=MissionRunResponse),
    "ai.missions.runs.update": body_call(
        "ai.missions.runs.update",
        RUN_ID,
        returns=MissionRunResponse,
        mission_id=MISSION_ID,
        status=RunStatus.SUCCEEDED,
    ),
    "ai.missions.runs.cancel_run": Call(args=(RUN_ID,), kwargs=RUN_IDS, returns=MissionRunResponse),
    "ai.missions.runs.pause_run": Call(args=(RUN_ID,), kwargs=RUN_IDS, returns=MissionRunResponse),
    "ai.missions.runs.resume_run": Call(args=(RUN_ID,), kwargs=RUN_IDS, returns=MissionRunResponse),
    # -- run events
    "ai.missions.runs.events.list": Call(
        args=(RUN_ID,),
        kwargs={
            **RUN_IDS,
            "type": EVENT_TYPE_FILTER,
            "step_id": STEP_ID_FILTER,
            "agent_id": AGENT_ID_FILTER,
            "page_number": PAGE_NUMBER,
            "page_size": EVENT_PAGE_SIZE,
        },
        returns=Page,
        envelope=EventsListResponse,
        item=EventData,
        query={
            "type": EVENT_TYPE_FILTER,
            "step_id": STEP_ID_FILTER,
            "agent_id": AGENT_ID_FILTER,
            **EVENT_PAGE,
        },
    ),
    "ai.missions.runs.events.log": body_call(
        "ai.missions.runs.events.log",
        RUN_ID,
        returns=EventResponse,
        mission_id=MISSION_ID,
        type=EventType.STEP_STARTED,
    ),
    "ai.missions.runs.events.get_event_details": Call(
        args=(EVENT_ID,), kwargs=STEP_IDS, returns=EventResponse
    ),
    # -- run plan
    "ai.missions.runs.plan.retrieve": Call(args=(RUN_ID,), kwargs=RUN_IDS, returns=PlanResponse),
    "ai.missions.runs.plan.create": body_call(
        "ai.missions.runs.plan.create",
        RUN_ID,
        returns=PlanStepsCreatedResponse,
        mission_id=MISSION_ID,
    ),
    "ai.missions.runs.plan.add_steps_to_plan": body_call(
        "ai.missions.runs.plan.add_steps_to_plan",
        RUN_ID,
        returns=PlanStepsCreatedResponse,
        mission_id=MISSION_ID,
    ),
    "ai.missions.runs.plan.get_step_details": Call(
        args=(STEP_ID,), kwargs=STEP_IDS, returns=PlanStepResponse
    ),
    "ai.missions.runs.plan.update_step": body_call(
        "ai.missions.runs.plan.update_step",
        STEP_ID,
        returns=PlanStepResponse,
        status=StepStatus.COMPLETED,
        **STEP_IDS,
    ),
    # -- run agents
    "ai.missions.runs.telnyx_agents.list": Call(
        args=(RUN_ID,), kwargs=RUN_IDS, returns=TelnyxAgentsListResponse
    ),
    "ai.missions.runs.telnyx_agents.link": body_call(
        "ai.missions.runs.telnyx_agents.link",
        RUN_ID,
        returns=TelnyxAgentResponse,
        mission_id=MISSION_ID,
    ),
    "ai.missions.runs.telnyx_agents.unlink": Call(args=(AGENT_ID,), kwargs=STEP_IDS, returns=None),
    # -- tools (unpublished shapes)
    "ai.missions.tools.list_tools": Call(args=(MISSION_ID,), returns=object),
    "ai.missions.tools.create_tool": Call(args=(MISSION_ID,), returns=object),
    "ai.missions.tools.get_tool": Call(args=(TOOL_ID,), kwargs=RUN_IDS, returns=object),
    "ai.missions.tools.update_tool": Call(args=(TOOL_ID,), kwargs=RUN_IDS, returns=object),
    "ai.missions.tools.delete_tool": Call(args=(TOOL_ID,), kwargs=RUN_IDS, returns=None),
    # -- knowledge bases (unpublished shapes)
    "ai.missions.knowledge_bases.list_knowledge_bases": Call(args=(MISSION_ID,), returns=object),
    "ai.missions.knowledge_bases.create_knowledge_base": Call(args=(MISSION_ID,), returns=object),
    "ai.missions.knowledge_bases.get_knowledge_base": Call(
        args=(KNOWLEDGE_BASE_ID,), kwargs=RUN_IDS, returns=object
    ),
    "ai.missions.knowledge_bases.update_knowledge_base": Call(
        args=(KNOWLEDGE_BASE_ID,), kwargs=RUN_IDS, returns=object
    ),
    "ai.missions.knowledge_bases.delete_knowledge_base": Call(
        args=(KNOWLEDGE_BASE_ID,), kwargs=RUN_IDS, returns=None
    ),
    # -- MCP servers (unpublished shapes)
    "ai.missions.mcp_servers.list_mcp_servers": Call(args=(MISSION_ID,), returns=object),
    "ai.missions.mcp_servers.create_mcp_server": Call(args=(MISSION_ID,), returns=object),
    "ai.missions.mcp_servers.get_mcp_server": Call(
        args=(MCP_SERVER_ID,), kwargs=RUN_IDS, returns=object
    ),
    "ai.missions.mcp_servers.update_mcp_server": Call(
        args=(MCP_SERVER_ID,), kwargs=RUN_IDS, returns=object
    ),
    "ai.missions.mcp_servers.delete_mcp_server": Call(
        args=(MCP_SERVER_ID,), kwargs=RUN_IDS, returns=None
    ),
}

OPERATION_NAMES = sorted(CALLS)


def test_every_operation_has_a_contract_call() -> None:
    in_spec = set(OPERATIONS)
    in_table = set(CALLS)
    assert (
        not in_spec - in_table
    ), f"operations without a contract call: {sorted(in_spec - in_table)}"
    assert (
        not in_table - in_spec
    ), f"contract calls for unknown operations: {sorted(in_table - in_spec)}"
    operation_count = sum(
        1 for item in SPEC["paths"].values() for method in item if method in HTTP_METHODS
    )
    assert len(OPERATIONS) == operation_count == len(CALLS)


def test_ids_come_from_the_spec_examples() -> None:
    # The UUID-typed and the plain-string mission id share one example.
    assert MISSION_ID == "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    assert param_example("MissionIdPlain") == MISSION_ID
    assert all(isinstance(value, str) and value for value in PATH_VALUES.values())


# -- helpers ------------------------------------------------------------------------------------


class Recorder:
    """Collects every HTTP response (with its request) a client sees."""

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []

    def on_response(self, response: httpx.Response) -> None:
        self.responses.append(response)

    async def on_response_async(self, response: httpx.Response) -> None:
        self.responses.append(response)

    def sync_http(self) -> httpx.Client:
        return httpx.Client(event_hooks={"response": [self.on_response]})

    def async_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(event_hooks={"response": [self.on_response_async]})


def method_of(client: object, name: str) -> Any:
    """`client.ai.missions.runs.events.log` for "ai.missions.runs.events.log"."""
    return functools.reduce(getattr, name.split("."), client)


def raw_method_of(client: object, name: str) -> Any:
    """`client.ai.missions.runs.events.with_raw_response.log` for the same name."""
    *resource, method = name.split(".")
    return getattr(method_of(client, ".".join(resource)).with_raw_response, method)


def _parse_datetime(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def assert_matches(actual: Any, expected: Any, where: str = "$") -> None:
    """`actual` (parsed by the client) holds exactly the JSON value `expected`."""
    if isinstance(actual, pydantic.BaseModel):
        assert isinstance(expected, dict), f"{where}: model {actual!r} vs {expected!r}"
        assert set(actual.model_fields_set) == set(
            expected
        ), f"{where}: fields {sorted(actual.model_fields_set)} vs {sorted(expected)}"
        assert not actual.model_extra, f"{where}: unexpected extra fields {actual.model_extra}"
        for key, value in expected.items():
            assert_matches(getattr(actual, key), value, f"{where}.{key}")
    elif isinstance(actual, enum.Enum):
        assert actual.value == expected, f"{where}: {actual!r} != {expected!r}"
        assert getattr(actual, "is_known", True), f"{where}: {actual!r} should be a known member"
    elif isinstance(actual, dt.datetime):
        assert isinstance(expected, str), f"{where}: {actual!r} vs {expected!r}"
        assert actual.tzinfo is not None, f"{where}: naive datetime {actual!r}"
        assert actual == _parse_datetime(expected), f"{where}: {actual!r} != {expected!r}"
    elif isinstance(actual, list):
        assert isinstance(expected, list), f"{where}: {actual!r} vs {expected!r}"
        assert len(actual) == len(expected), f"{where}: {len(actual)} items vs {len(expected)}"
        for i, (a, e) in enumerate(zip(actual, expected, strict=True)):
            assert_matches(a, e, f"{where}[{i}]")
    elif isinstance(actual, dict):
        assert isinstance(expected, dict), f"{where}: {actual!r} vs {expected!r}"
        assert set(actual) == set(expected), f"{where}: keys {sorted(actual)} vs {sorted(expected)}"
        for key, value in expected.items():
            assert_matches(actual[key], value, f"{where}.{key}")
    else:
        assert type(actual) is type(expected), f"{where}: {actual!r} vs {expected!r}"
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


def check_exchange(name: str, call: Call, recorder: Recorder, *, raw: bool = False) -> None:
    """Exactly one request, to this operation, that Prism accepted as valid."""
    method, path, _op = OPERATIONS[name]
    status, _example, _schema = success_response(name)
    assert len(recorder.responses) == 1, [str(r.request.url) for r in recorder.responses]
    response = recorder.responses[0]
    request = response.request
    assert (
        "sl-violations" not in response.headers
    ), f"Prism found the request invalid: {response.headers['sl-violations']}"
    assert response.status_code == status
    assert request.method == method
    assert request.url.path == path.format(**PATH_VALUES)
    assert sorted(request.url.params.multi_items()) == sorted(call.query.items())
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    if call.body is _NO_BODY:
        assert request.content == b"", f"unexpected body {request.content!r}"
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == call.body


def check_result(name: str, call: Call, result: Any, *, is_async: bool = False) -> None:
    """The parsed result has the declared type and the values of the spec's example."""
    status, example, schema = success_response(name)
    if call.returns is None:
        assert status == 204 and example is None
        assert result is None
    elif call.returns is Page:
        assert call.envelope is not None and call.item is not None
        assert schema_name(schema) == call.envelope.__name__
        item_schema = SPEC["components"]["schemas"][call.envelope.__name__]["properties"]["data"]
        assert schema_name(item_schema["items"]) == call.item.__name__
        assert isinstance(result, AsyncPage if is_async else Page), type(result)
        assert type(result.response) is call.envelope
        assert_matches(result.response, example)
        assert all(type(item) is call.item for item in result.items)
        assert_matches(result.items, example["data"])
        assert_matches(result.meta, example["meta"])
        assert result.page_number == example["meta"]["page_number"]
        assert result.total_pages == example["meta"]["total_pages"]
        assert result.has_next_page() is (result.page_number < example["meta"]["total_pages"])
    elif call.returns is object:
        # Unpublished shapes: `schema: {}`, returned as plain JSON.
        assert schema == {}
        assert type(result) is type(example)
        assert result == example
    else:
        assert schema_name(schema) == call.returns.__name__
        assert type(result) is call.returns, f"{type(result)} is not {call.returns}"
        assert_matches(result, example)


# -- every operation, sync and async ------------------------------------------------------------


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_operation_sync(name: str, prism_url: str) -> None:
    call = CALLS[name]
    recorder = Recorder()
    with (
        recorder.sync_http() as http,
        Telnyx(api_key=API_KEY, base_url=prism_url, http_client=http) as client,
    ):
        result = method_of(client, name)(*call.args, **call.kwargs)
    check_exchange(name, call, recorder)
    check_result(name, call, result)


@pytest.mark.anyio
@pytest.mark.parametrize("name", OPERATION_NAMES)
async def test_operation_async(name: str, prism_url: str) -> None:
    call = CALLS[name]
    recorder = Recorder()
    async with (
        recorder.async_http() as http,
        AsyncTelnyx(api_key=API_KEY, base_url=prism_url, http_client=http) as client,
    ):
        result = await method_of(client, name)(*call.args, **call.kwargs)
    check_exchange(name, call, recorder)
    check_result(name, call, result, is_async=True)


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_operation_raw_response_sync(name: str, prism_url: str) -> None:
    """`.with_raw_response.<method>` exists for every operation and parses to the same result."""
    call = CALLS[name]
    status, example, _schema = success_response(name)
    recorder = Recorder()
    with (
        recorder.sync_http() as http,
        Telnyx(api_key=API_KEY, base_url=prism_url, http_client=http) as client,
    ):
        raw = raw_method_of(client, name)(*call.args, **call.kwargs)
    check_exchange(name, call, recorder)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == status
    assert raw.retries_taken == 0
    if example is not None:
        assert raw.headers["content-type"].startswith("application/json")
        assert raw.json() == example
    # The raw form parses to what the method returns (for a list call: its first page).
    check_result(name, call, raw.parse())


def streaming_method_of(client: object, name: str) -> Any:
    """`client.ai.missions.runs.events.with_streaming_response.log` for the same name."""
    *resource, method = name.split(".")
    return getattr(method_of(client, ".".join(resource)).with_streaming_response, method)


@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_operation_streaming_response_sync(name: str, prism_url: str) -> None:
    """`.with_streaming_response.<method>` for every operation: the body unread on entry,
    parsed to the same result, the connection closed on exit. (Reading it piece by piece
    is tested against a server that sends it in pieces: tests/test_streams.py.)"""
    call = CALLS[name]
    status, example, _schema = success_response(name)
    recorder = Recorder()
    with (
        recorder.sync_http() as http,
        Telnyx(api_key=API_KEY, base_url=prism_url, http_client=http) as client,
    ):
        with streaming_method_of(client, name)(*call.args, **call.kwargs) as response:
            assert isinstance(response, APIResponse)
            assert response.status_code == status
            assert not response.http_response.is_stream_consumed
            result = response.parse()
            body = response.read()
        assert response.is_closed
    check_exchange(name, call, recorder)
    assert (json.loads(body) if body else None) == example
    check_result(name, call, result)


@pytest.mark.anyio
@pytest.mark.parametrize("name", OPERATION_NAMES)
async def test_operation_streaming_response_async(name: str, prism_url: str) -> None:
    call = CALLS[name]
    status, example, _schema = success_response(name)
    recorder = Recorder()
    async with (
        recorder.async_http() as http,
        AsyncTelnyx(api_key=API_KEY, base_url=prism_url, http_client=http) as client,
    ):
        async with streaming_method_of(client, name)(*call.args, **call.kwargs) as response:
            assert isinstance(response, AsyncAPIResponse)
            assert response.status_code == status
            assert not response.http_response.is_stream_consumed
            result = await response.parse()
            body = await response.read()
        assert response.is_closed
    check_exchange(name, call, recorder)
    assert (json.loads(body) if body else None) == example
    check_result(name, call, result, is_async=True)


# -- the default client, pagination and raw responses -----------------------------------------


def test_default_sync_client_against_prism(prism_url: str) -> None:
    """The client as a user builds it: no http_client of ours."""
    with Telnyx(api_key=API_KEY, base_url=prism_url) as client:
        mission = client.ai.missions.retrieve(MISSION_ID)
    _status, example, _schema = success_response("ai.missions.retrieve")
    assert isinstance(mission, MissionResponse)
    assert mission.data.mission_id == example["data"]["mission_id"]
    assert mission.data.name == example["data"]["name"]
    assert mission.data.execution_mode is ExecutionMode.EXTERNAL
    assert mission.data.metadata == example["data"]["metadata"]
    assert mission.data.created_at == _parse_datetime(example["data"]["created_at"])


@pytest.mark.anyio
async def test_default_async_client_against_prism(prism_url: str) -> None:
    async with AsyncTelnyx(api_key=API_KEY, base_url=prism_url) as client:
        run = await client.ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
        steps = await client.ai.missions.runs.plan.retrieve(RUN_ID, mission_id=MISSION_ID)
    _status, run_example, _schema = success_response("ai.missions.runs.retrieve")
    assert isinstance(run, MissionRunResponse)
    assert run.data.status is RunStatus.RUNNING
    assert run.data.status.value == run_example["data"]["status"]
    assert run.data.finished_at is None
    assert run.data.input == run_example["data"]["input"]
    _status, plan_example, _schema = success_response("ai.missions.runs.plan.retrieve")
    assert isinstance(steps, PlanResponse)
    assert [s.step_id for s in steps.data] == [s["step_id"] for s in plan_example["data"]]
    assert [s.status for s in steps.data] == [StepStatus.COMPLETED, StepStatus.IN_PROGRESS]


def test_page_items_and_iteration(prism_url: str) -> None:
    _status, example, _schema = success_response("ai.missions.runs.list")
    recorder = Recorder()
    with (
        recorder.sync_http() as http,
        Telnyx(api_key=API_KEY, base_url=prism_url, http_client=http) as client,
    ):
        page = client.ai.missions.runs.list(MISSION_ID)
        assert isinstance(page, Page)
        assert [run.run_id for run in page.items] == [r["run_id"] for r in example["data"]]
        assert all(isinstance(run, MissionRunData) for run in page.items)
        assert page.items[0].status is RunStatus(example["data"][0]["status"])
        # One page in all (meta.total_pages == 1): iterating fetches nothing more.
        assert not page.has_next_page()
        assert list(page) == page.items
        assert list(page.iter_pages()) == [page]
    assert len(recorder.responses) == 1
    assert "page[number]" not in recorder.responses[0].request.url.params


@pytest.mark.anyio
async def test_async_page_items_and_iteration(prism_url: str) -> None:
    _status, example, _schema = success_response("ai.missions.list_events")
    recorder = Recorder()
    async with (
        recorder.async_http() as http,
        AsyncTelnyx(api_key=API_KEY, base_url=prism_url, http_client=http) as client,
    ):
        page = await client.ai.missions.list_events()
        assert isinstance(page, AsyncPage)
        assert [e.event_id for e in page.items] == [e["event_id"] for e in example["data"]]
        collected = [event async for event in client.ai.missions.list_events()]
    assert [e.event_id for e in collected] == [e["event_id"] for e in example["data"]]
    assert [e.type for e in collected] == [EventType(e["type"]) for e in example["data"]]
    assert len(recorder.responses) == 2  # one per call: a single page each time


def test_raw_response_retrieve(prism_url: str) -> None:
    _status, example, _schema = success_response("ai.missions.retrieve")
    with Telnyx(api_key=API_KEY, base_url=prism_url) as client:
        raw = client.ai.missions.with_raw_response.retrieve(MISSION_ID)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.json() == example
    parsed = raw.parse()
    assert isinstance(parsed, MissionResponse)
    assert_matches(parsed, example)


# -- requests that break the spec fail loudly -------------------------------------------------


def _validation_example() -> Any:
    return copy.deepcopy(
        SPEC["components"]["responses"]["ValidationError"]["content"]["application/json"]["example"]
    )


def test_invalid_body_is_rejected(prism_url: str) -> None:
    recorder = Recorder()
    with (
        recorder.sync_http() as http,
        Telnyx(api_key=API_KEY, base_url=prism_url, http_client=http) as client,
        pytest.raises(UnprocessableEntityError) as caught,
    ):
        client.ai.missions.runs.events.log(
            RUN_ID,
            mission_id=MISSION_ID,
            type="step_started",
            summary=12345,  # type: ignore[arg-type]
        )
    exc = caught.value
    assert exc.status_code == 422
    assert exc.response.status_code == 422
    # The spec's 422 schema: the body comes parsed into it.
    assert isinstance(exc.body, HTTPValidationError)
    assert exc.body.to_dict(mode="json") == _validation_example()
    assert exc.response.json() == _validation_example()
    assert exc.errors == _validation_example()["detail"]
    # Not retried, and Prism says why: `summary` is not a string.
    assert len(recorder.responses) == 1
    violations = json.loads(recorder.responses[0].headers["sl-violations"])
    assert any(v["location"] == ["request", "body", "summary"] for v in violations), violations
    assert json.loads(recorder.responses[0].request.content)["summary"] == 12345


@pytest.mark.anyio
async def test_invalid_body_is_rejected_async(prism_url: str) -> None:
    async with AsyncTelnyx(api_key=API_KEY, base_url=prism_url) as client:
        with pytest.raises(UnprocessableEntityError) as caught:
            await client.ai.missions.runs.plan.create(
                RUN_ID,
                mission_id=MISSION_ID,
                steps=[{"step_id": "s", "description": "d", "sequence": "first"}],  # type: ignore[typeddict-item]
            )
    assert caught.value.status_code == 422
    assert caught.value.errors == _validation_example()["detail"]


def test_invalid_path_parameter_is_rejected(prism_url: str) -> None:
    """`mission_id` is a UUID on this path: Prism refuses anything else."""
    recorder = Recorder()
    with (
        recorder.sync_http() as http,
        Telnyx(api_key=API_KEY, base_url=prism_url, http_client=http) as client,
        pytest.raises(UnprocessableEntityError) as caught,
    ):
        client.ai.missions.retrieve("not-a-uuid")
    assert caught.value.status_code == 422
    violations = json.loads(recorder.responses[0].headers["sl-violations"])
    assert any(v["location"] == ["request", "path", "mission_id"] for v in violations), violations

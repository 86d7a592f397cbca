"""Behaviour of the generated client's runtime, against a scripted fake API (httpx.MockTransport).

Retries and back-off, errors by status, timeouts, pagination, lenient/strict parsing,
omitted vs null arguments, path encoding, API-key redaction, environment configuration,
per-call escape hatches and request bodies. Sleeping in the retry loop is replaced by the
`sleeps` fixture (conftest.py), which records each delay the client asked for.
"""

from __future__ import annotations

import email.utils
import json
import logging
import time
import traceback
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import telnyx_missions._runtime.client as runtime_client
from telnyx_missions import (
    APIConnectionError,
    APIError,
    APIResponse,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncPage,
    AsyncTelnyx,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    Page,
    PermissionDeniedError,
    RateLimitError,
    Telnyx,
    UnprocessableEntityError,
)
from telnyx_missions.types import (
    EventType,
    ExecutionMode,
    HTTPValidationError,
    MissionData,
    MissionResponse,
    MissionRunData,
    MissionRunResponse,
    RunStatus,
    StepStatus,
)

API_KEY = "test-key"
BASE_URL = "https://api.example.test/v2"
MISSION_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
RUN_ID = "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
STEP_ID = "collect-requirements"


@pytest.fixture(autouse=True)
def _never_really_sleep(sleeps: list[float]) -> None:
    """Every test here runs with the retry loop's sleeping recorded, not done."""


# -- a scripted fake API ----------------------------------------------------------------------

Reply = Callable[[httpx.Request], httpx.Response]


def reply(
    status: int = 200,
    body: Any = None,
    *,
    headers: dict[str, str] | None = None,
    text: str | None = None,
) -> Reply:
    """A reply built afresh for each request (a Response can only be sent once)."""

    def make(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text, headers=headers)
        if body is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return make


def fail(exc_type: type[httpx.TransportError], message: str = "boom") -> Reply:
    def make(request: httpx.Request) -> httpx.Response:
        raise exc_type(message, request=request)

    return make


class Server:
    """Answers the n-th request with the n-th reply; the last reply repeats."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies) or [reply(200, mission_response())]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = min(len(self.requests), len(self.replies)) - 1
        return self.replies[index](request)

    @property
    def calls(self) -> int:
        return len(self.requests)

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def sync_client(server: Server, **options: Any) -> Telnyx:
    options.setdefault("api_key", API_KEY)
    options.setdefault("base_url", BASE_URL)
    return Telnyx(http_client=httpx.Client(transport=httpx.MockTransport(server)), **options)


def async_client(server: Server, **options: Any) -> AsyncTelnyx:
    options.setdefault("api_key", API_KEY)
    options.setdefault("base_url", BASE_URL)
    return AsyncTelnyx(
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(server)), **options
    )


def mission_json(number: int = 1, **fields: Any) -> dict[str, Any]:
    return {
        "mission_id": f"00000000-0000-4000-8000-{number:012d}",
        "name": f"Mission {number}",
        "execution_mode": "external",
        "created_at": "2026-02-11T09:15:00Z",
        "updated_at": "2026-02-11T09:15:00Z",
        **fields,
    }


def mission_response(**fields: Any) -> dict[str, Any]:
    return {"data": mission_json(**fields)}


def run_json(number: int = 1, **fields: Any) -> dict[str, Any]:
    return {
        "run_id": f"00000000-0000-4000-9000-{number:012d}",
        "mission_id": MISSION_ID,
        "status": "running",
        "started_at": "2026-02-12T14:00:00Z",
        "updated_at": "2026-02-12T14:03:40Z",
        **fields,
    }


def step_json(**fields: Any) -> dict[str, Any]:
    return {
        "step_id": STEP_ID,
        "run_id": RUN_ID,
        "sequence": 0,
        "description": "Collect requirements.",
        "status": "completed",
        **fields,
    }


def error_body(status: int) -> dict[str, Any]:
    return {
        "errors": [{"code": str(10000 + status), "title": "Problem", "detail": f"status {status}"}]
    }


# -- retries ----------------------------------------------------------------------------------

RETRIED_STATUSES = [
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (408, APIStatusError),
    (409, ConflictError),
    (429, RateLimitError),
]
NOT_RETRIED_STATUSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (422, UnprocessableEntityError),
]
TRANSPORT_FAILURES = [
    (httpx.ConnectError, APIConnectionError),
    (httpx.ReadTimeout, APITimeoutError),
    (httpx.ConnectTimeout, APITimeoutError),
]


@pytest.mark.parametrize(("status", "error"), RETRIED_STATUSES)
def test_retryable_status_is_retried_twice_by_default(
    status: int, error: type[APIStatusError], sleeps: list[float]
) -> None:
    server = Server(reply(status, error_body(status)))
    client = sync_client(server)
    with pytest.raises(APIStatusError) as caught:
        client.ai.missions.retrieve(MISSION_ID)
    assert type(caught.value) is error
    assert caught.value.status_code == status
    assert server.calls == 3  # max_retries (2) + 1
    assert len(sleeps) == 2
    assert [r.url.path for r in server.requests] == [f"/v2/ai/missions/{MISSION_ID}"] * 3


@pytest.mark.parametrize(("failure", "error"), TRANSPORT_FAILURES)
def test_transport_failure_is_retried_twice_by_default(
    failure: type[httpx.TransportError], error: type[APIConnectionError], sleeps: list[float]
) -> None:
    server = Server(fail(failure))
    client = sync_client(server)
    with pytest.raises(APIConnectionError) as caught:
        client.ai.missions.retrieve(MISSION_ID)
    assert type(caught.value) is error
    assert isinstance(caught.value.__cause__, failure)
    assert caught.value.request.url.path == f"/v2/ai/missions/{MISSION_ID}"
    assert server.calls == 3
    assert len(sleeps) == 2


def test_retry_then_success(sleeps: list[float]) -> None:
    server = Server(reply(503), fail(httpx.ConnectError), reply(200, mission_response()))
    client = sync_client(server)
    mission = client.ai.missions.retrieve(MISSION_ID)
    assert isinstance(mission, MissionResponse)
    assert mission.data.name == "Mission 1"
    assert server.calls == 3
    assert len(sleeps) == 2


def test_post_is_retried_with_the_same_body(sleeps: list[float]) -> None:
    server = Server(reply(500), reply(201, mission_response(name="n")))
    client = sync_client(server)
    client.ai.missions.create(name="n", metadata={"team": "qa"})
    assert server.calls == 2
    assert server.body(0) == server.body(1) == {"name": "n", "metadata": {"team": "qa"}}


def test_max_retries_zero_makes_one_attempt(sleeps: list[float]) -> None:
    server = Server(reply(500))
    with pytest.raises(InternalServerError):
        sync_client(server, max_retries=0).ai.missions.retrieve(MISSION_ID)
    assert server.calls == 1
    server = Server(fail(httpx.ConnectError))
    with pytest.raises(APIConnectionError):
        sync_client(server, max_retries=0).ai.missions.retrieve(MISSION_ID)
    assert server.calls == 1
    assert sleeps == []


def test_with_options_max_retries(sleeps: list[float]) -> None:
    server = Server(reply(503))
    client = sync_client(server)
    more = client.with_options(max_retries=5)
    assert more is not client
    assert more.max_retries == 5
    assert client.max_retries == 2
    with pytest.raises(InternalServerError):
        more.ai.missions.retrieve(MISSION_ID)
    assert server.calls == 6
    # The original client keeps its own setting.
    with pytest.raises(InternalServerError):
        client.ai.missions.retrieve(MISSION_ID)
    assert server.calls == 9
    assert len(sleeps) == 5 + 2


@pytest.mark.parametrize(("status", "error"), NOT_RETRIED_STATUSES)
def test_client_errors_are_not_retried(
    status: int, error: type[APIStatusError], sleeps: list[float]
) -> None:
    server = Server(reply(status, error_body(status)))
    with pytest.raises(error):
        sync_client(server).ai.missions.retrieve(MISSION_ID)
    assert server.calls == 1
    assert sleeps == []


def test_x_should_retry_false_stops_a_retry(sleeps: list[float]) -> None:
    server = Server(reply(500, headers={"x-should-retry": "false"}))
    with pytest.raises(InternalServerError):
        sync_client(server).ai.missions.retrieve(MISSION_ID)
    assert server.calls == 1
    assert sleeps == []


def test_x_should_retry_true_forces_a_retry(sleeps: list[float]) -> None:
    server = Server(reply(400, error_body(400), headers={"x-should-retry": "true"}))
    with pytest.raises(BadRequestError):
        sync_client(server).ai.missions.retrieve(MISSION_ID)
    assert server.calls == 3
    assert len(sleeps) == 2


def test_x_should_retry_true_then_success(sleeps: list[float]) -> None:
    server = Server(
        reply(404, error_body(404), headers={"x-should-retry": "true"}),
        reply(200, mission_response()),
    )
    assert sync_client(server).ai.missions.retrieve(MISSION_ID).data.name == "Mission 1"
    assert server.calls == 2


# -- back-off -----------------------------------------------------------------------------------


def test_backoff_delays(sleeps: list[float]) -> None:
    server = Server(reply(500))
    with pytest.raises(InternalServerError):
        sync_client(server).ai.missions.retrieve(MISSION_ID)
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5
    assert 0.75 <= sleeps[1] <= 1.0


def test_backoff_is_capped_at_eight_seconds(sleeps: list[float]) -> None:
    server = Server(reply(500))
    with pytest.raises(InternalServerError):
        sync_client(server, max_retries=7).ai.missions.retrieve(MISSION_ID)
    assert server.calls == 8
    assert len(sleeps) == 7
    for attempt, delay in enumerate(sleeps):
        nominal = min(0.5 * 2**attempt, 8.0)
        assert 0.75 * nominal <= delay <= nominal, (attempt, delay)
    assert max(sleeps) <= 8.0
    assert sleeps[-1] >= 6.0  # 0.5 * 2**6 = 32 s, capped to 8 s (less jitter)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0.25"}, 0.25),
        ({"retry-after-ms": "1500"}, 1.5),
    ],
)
def test_retry_after_header_sets_the_delay(
    headers: dict[str, str], expected: float, sleeps: list[float]
) -> None:
    server = Server(reply(429, error_body(429), headers=headers))
    with pytest.raises(RateLimitError):
        sync_client(server).ai.missions.retrieve(MISSION_ID)
    assert sleeps == [pytest.approx(expected), pytest.approx(expected)]


def test_retry_after_above_sixty_seconds_is_ignored(sleeps: list[float]) -> None:
    server = Server(reply(503, headers={"retry-after": "120"}))
    with pytest.raises(InternalServerError):
        sync_client(server).ai.missions.retrieve(MISSION_ID)
    assert 0.375 <= sleeps[0] <= 0.5
    assert 0.75 <= sleeps[1] <= 1.0


def test_retry_after_http_date(sleeps: list[float]) -> None:
    def in_ten_seconds(request: httpx.Request) -> httpx.Response:
        when = email.utils.formatdate(time.time() + 10, usegmt=True)
        return httpx.Response(429, json=error_body(429), headers={"retry-after": when})

    server = Server(in_ten_seconds)
    with pytest.raises(RateLimitError):
        sync_client(server).ai.missions.retrieve(MISSION_ID)
    assert len(sleeps) == 2
    for delay in sleeps:
        assert 8.0 <= delay <= 10.0, delay


# -- errors by status ---------------------------------------------------------------------------

ERRORS_BY_STATUS = [
    (400, BadRequestError, 1),
    (401, AuthenticationError, 1),
    (403, PermissionDeniedError, 1),
    (404, NotFoundError, 1),
    (409, ConflictError, 3),
    (422, UnprocessableEntityError, 1),
    (429, RateLimitError, 3),
    (500, InternalServerError, 3),
]


def check_status_error(
    exc: APIStatusError, status: int, error: type[APIStatusError], body: Any
) -> None:
    assert type(exc) is error
    assert isinstance(exc, APIStatusError)
    assert isinstance(exc, APIError)
    assert exc.status_code == status
    assert exc.response.json() == body
    if status == 422:
        # The spec declares HTTPValidationError for a 422: the body is parsed into it
        # (leniently, as this one is JSON:API-shaped), keeping what it holds.
        assert isinstance(exc.body, HTTPValidationError)
        assert exc.body.to_dict(mode="json") == body
    else:
        assert exc.body == body  # no schema declared: the JSON as received
    assert isinstance(exc.response, httpx.Response)
    assert exc.response.status_code == status
    assert exc.request is exc.response.request
    assert str(status) in str(exc)
    assert f"status {status}" in str(exc)  # the detail from the body


@pytest.mark.parametrize(("status", "error", "attempts"), ERRORS_BY_STATUS)
def test_error_class_by_status(
    status: int, error: type[APIStatusError], attempts: int, sleeps: list[float]
) -> None:
    body = error_body(status)
    server = Server(reply(status, body))
    with pytest.raises(APIStatusError) as caught:
        sync_client(server).ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
    check_status_error(caught.value, status, error, body)
    assert server.calls == attempts


def test_error_classes_form_one_hierarchy() -> None:
    for _status, error, _attempts in ERRORS_BY_STATUS:
        assert issubclass(error, APIStatusError)
        assert issubclass(error, APIError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, APIError)
    assert issubclass(APIResponseValidationError, APIError)


def test_unprocessable_entity_errors_from_fastapi_detail() -> None:
    detail = [
        {"loc": ["body", "name"], "msg": "Field required", "type": "missing"},
        {
            "loc": ["body", "steps", 0, "sequence"],
            "msg": "Input should be a valid integer",
            "type": "int_parsing",
        },
    ]
    server = Server(reply(422, {"detail": detail}))
    with pytest.raises(UnprocessableEntityError) as caught:
        sync_client(server).ai.missions.create(name="x")
    exc = caught.value
    assert exc.status_code == 422
    assert isinstance(exc.body, HTTPValidationError)
    assert exc.body.detail is not None
    assert [e.loc for e in exc.body.detail] == [["body", "name"], ["body", "steps", 0, "sequence"]]
    assert exc.body.to_dict(mode="json") == {"detail": detail}
    assert exc.errors == detail
    assert "body.name" in str(exc) and "Field required" in str(exc)
    assert server.calls == 1


def test_error_with_a_text_body(sleeps: list[float]) -> None:
    server = Server(reply(503, text="upstream unavailable"))
    with pytest.raises(InternalServerError) as caught:
        sync_client(server).ai.missions.retrieve(MISSION_ID)
    assert caught.value.body == "upstream unavailable"
    assert caught.value.status_code == 503


# -- timeouts ---------------------------------------------------------------------------------


def sent_timeout(server: Server, index: int = -1) -> dict[str, float | None]:
    timeout: dict[str, float | None] = server.requests[index].extensions["timeout"]
    return timeout


def test_default_timeout_is_sixty_seconds_read_five_connect() -> None:
    server = Server()
    sync_client(server).ai.missions.retrieve(MISSION_ID)
    timeout = sent_timeout(server)
    assert timeout["read"] == 60.0
    assert timeout["connect"] == 5.0


def test_client_timeout_overrides_the_default() -> None:
    server = Server()
    client = sync_client(server, timeout=10.0)
    client.ai.missions.retrieve(MISSION_ID)
    assert sent_timeout(server) == {"connect": 10.0, "read": 10.0, "write": 10.0, "pool": 10.0}


def test_call_timeout_overrides_the_client_timeout() -> None:
    server = Server()
    client = sync_client(server, timeout=10.0)
    client.ai.missions.retrieve(MISSION_ID, timeout=2.5)
    assert sent_timeout(server) == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    client.ai.missions.retrieve(MISSION_ID, timeout=httpx.Timeout(3.0, connect=1.0))
    assert sent_timeout(server)["read"] == 3.0
    assert sent_timeout(server)["connect"] == 1.0
    client.ai.missions.retrieve(MISSION_ID)  # and the next call is back to the client's
    assert sent_timeout(server)["read"] == 10.0


@pytest.mark.anyio
async def test_async_timeouts() -> None:
    server = Server()
    async with async_client(server) as client:
        await client.ai.missions.retrieve(MISSION_ID)
        await client.ai.missions.retrieve(MISSION_ID, timeout=4.0)
    assert sent_timeout(server, 0)["read"] == 60.0
    assert sent_timeout(server, 0)["connect"] == 5.0
    assert sent_timeout(server, 1)["read"] == 4.0


# -- pagination -------------------------------------------------------------------------------

TOTAL_ITEMS = 5
PAGE_SLICES = {1: (1, 2), 2: (3, 4), 3: (5,)}


def paged(item: Callable[[int], dict[str, Any]], total_pages: int = 3) -> Reply:
    """Serves PAGE_SLICES by `page[number]` (1 when absent), with meta.total_pages."""

    def make(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page[number]", "1"))
        size = int(request.url.params.get("page[size]", "20"))
        numbers = PAGE_SLICES.get(number, ())
        return httpx.Response(
            200,
            json={
                "data": [item(n) for n in numbers],
                "meta": {
                    "page_number": number,
                    "page_size": size,
                    "total_pages": total_pages,
                    "total_results": TOTAL_ITEMS,
                },
            },
        )

    return make


def page_numbers_requested(server: Server) -> list[str | None]:
    return [r.url.params.get("page[number]") for r in server.requests]


def test_iterating_a_page_walks_every_page_in_order() -> None:
    server = Server(paged(mission_json))
    client = sync_client(server)
    missions = list(client.ai.missions.list())
    assert [m.name for m in missions] == [f"Mission {n}" for n in range(1, 6)]
    assert all(isinstance(m, MissionData) for m in missions)
    assert server.calls == 3
    assert page_numbers_requested(server) == [None, "2", "3"]
    assert {r.url.path for r in server.requests} == {"/v2/ai/missions"}


def test_has_next_page_get_next_page_and_iter_pages() -> None:
    server = Server(paged(mission_json))
    client = sync_client(server)
    first = client.ai.missions.list()
    assert isinstance(first, Page)
    assert first.page_number == 1 and first.total_pages == 3
    assert [m.name for m in first.items] == ["Mission 1", "Mission 2"]
    assert first.has_next_page()
    second = first.get_next_page()
    assert second.page_number == 2
    assert [m.name for m in second.items] == ["Mission 3", "Mission 4"]
    third = second.get_next_page()
    assert [m.name for m in third.items] == ["Mission 5"]
    assert not third.has_next_page()
    assert server.calls == 3
    pages = list(first.iter_pages())
    assert [p.page_number for p in pages] == [1, 2, 3]
    assert pages[0] is first
    assert server.calls == 5  # iter_pages fetched pages 2 and 3 again


def test_page_size_is_sent_as_page_size_on_every_page() -> None:
    server = Server(paged(run_json))
    client = sync_client(server)
    runs = list(client.ai.missions.runs.list(MISSION_ID, page_size=2, status="running"))
    assert len(runs) == TOTAL_ITEMS
    assert [r.url.params.get("page[size]") for r in server.requests] == ["2", "2", "2"]
    assert [r.url.params.get("status") for r in server.requests] == ["running"] * 3
    assert page_numbers_requested(server) == [None, "2", "3"]


def test_starting_from_a_later_page() -> None:
    server = Server(paged(mission_json))
    missions = list(sync_client(server).ai.missions.list(page_number=2))
    assert [m.name for m in missions] == ["Mission 3", "Mission 4", "Mission 5"]
    assert page_numbers_requested(server) == ["2", "3"]


def test_iteration_stops_on_an_empty_page() -> None:
    server = Server(paged(mission_json, total_pages=9))  # claims 9 pages, page 4 is empty
    missions = list(sync_client(server).ai.missions.list())
    assert len(missions) == TOTAL_ITEMS
    assert page_numbers_requested(server) == [None, "2", "3", "4"]


@pytest.mark.anyio
async def test_async_iteration_walks_every_page() -> None:
    server = Server(paged(run_json))
    async with async_client(server) as client:
        runs = [run async for run in client.ai.missions.runs.list(MISSION_ID)]
    assert [r.run_id for r in runs] == [run_json(n)["run_id"] for n in range(1, 6)]
    assert all(isinstance(r, MissionRunData) for r in runs)
    assert server.calls == 3
    assert page_numbers_requested(server) == [None, "2", "3"]
    assert {r.url.path for r in server.requests} == {f"/v2/ai/missions/{MISSION_ID}/runs"}


@pytest.mark.anyio
async def test_async_await_gives_the_first_page() -> None:
    server = Server(paged(run_json))
    async with async_client(server) as client:
        first = await client.ai.missions.runs.list(MISSION_ID, page_size=2)
        assert isinstance(first, AsyncPage)
        assert [r.run_id for r in first.items] == [run_json(n)["run_id"] for n in (1, 2)]
        assert server.calls == 1
        assert first.has_next_page()
        second = await first.get_next_page()
        assert second.page_number == 2
        assert [r.run_id for r in second.items] == [run_json(n)["run_id"] for n in (3, 4)]
        numbers = [page.page_number async for page in first.iter_pages()]
        assert numbers == [1, 2, 3]
        items = [run.run_id async for run in first]
        assert items == [run_json(n)["run_id"] for n in range(1, 6)]
    assert all(r.url.params.get("page[size]") == "2" for r in server.requests)


# -- lenient and strict parsing -------------------------------------------------------------

ARCHIVED_RUN = {
    "data": run_json(
        status="archived",  # not in RunStatus
        priority="high",  # not in the spec
        finished_at=None,
        metadata=None,
        # result_summary, result_payload, error, input: omitted
    ),
    "links": {"self": "/v2/ai/missions/x/runs/y"},  # not in the spec either
}


def test_unknown_enum_value_is_kept() -> None:
    server = Server(reply(200, ARCHIVED_RUN))
    run = sync_client(server).ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
    assert isinstance(run, MissionRunResponse)
    status = run.data.status
    assert isinstance(status, RunStatus)
    assert status.value == "archived"
    assert status.is_known is False
    assert status != RunStatus.RUNNING
    assert RunStatus.RUNNING.is_known is True
    assert RunStatus("running") is RunStatus.RUNNING


def test_unknown_fields_are_kept() -> None:
    server = Server(reply(200, ARCHIVED_RUN))
    run = sync_client(server).ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
    assert run.data.model_extra == {"priority": "high"}
    assert run.data.priority == "high"  # type: ignore[attr-defined]
    assert run.model_extra == {"links": {"self": "/v2/ai/missions/x/runs/y"}}


def test_optional_fields_may_be_null_or_missing() -> None:
    server = Server(reply(200, ARCHIVED_RUN))
    run = sync_client(server).ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
    assert run.data.finished_at is None
    assert run.data.metadata is None
    assert run.data.result_summary is None
    assert run.data.result_payload is None
    assert run.data.error is None
    assert run.data.input is None


def test_unknown_enum_value_in_a_list() -> None:
    event = {
        "event_id": "e1",
        "run_id": RUN_ID,
        "type": "thinking",
        "summary": "s",
        "timestamp": "2026-02-12T14:00:05Z",
    }
    server = Server(
        reply(
            200,
            {
                "data": [event],
                "meta": {"page_number": 1, "page_size": 50, "total_pages": 1, "total_results": 1},
            },
        )
    )
    events = list(sync_client(server).ai.missions.runs.events.list(RUN_ID, mission_id=MISSION_ID))
    assert isinstance(events[0].type, EventType)
    assert events[0].type.value == "thinking"
    assert events[0].type.is_known is False


@pytest.mark.parametrize(
    "data",
    [
        run_json(status="archived"),
        run_json(priority="high"),
    ],
    ids=["unknown-enum-value", "unknown-field"],
)
def test_strict_mode_rejects_what_lenient_mode_keeps(data: dict[str, Any]) -> None:
    server = Server(reply(200, {"data": data}))
    # Lenient by default...
    sync_client(server).ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
    # ...strict on request.
    with pytest.raises(APIResponseValidationError) as caught:
        sync_client(server, strict=True).ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
    assert caught.value.status_code == 200
    assert caught.value.body == {"data": data}
    assert isinstance(caught.value, APIError)


def test_strict_mode_accepts_a_valid_response() -> None:
    data = run_json(finished_at=None, result_payload={"qualified": 19}, status="succeeded")
    server = Server(reply(200, {"data": data}))
    client = sync_client(server, strict=True)
    run = client.ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
    assert run.data.status is RunStatus.SUCCEEDED
    assert run.data.result_payload == {"qualified": 19}


def test_with_options_strict() -> None:
    server = Server(reply(200, {"data": run_json(status="archived")}))
    client = sync_client(server)
    with pytest.raises(APIResponseValidationError):
        client.with_options(strict=True).ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
    client.ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)


@pytest.mark.parametrize(
    "response",
    [reply(200, text="<html>not json</html>"), reply(200)],
    ids=["not-json", "empty-body"],
)
def test_a_body_that_is_not_json_raises_even_when_lenient(response: Reply) -> None:
    """Nothing can be built from it: the operation is typed MissionRunResponse."""
    server = Server(response)
    with pytest.raises(APIResponseValidationError) as caught:
        sync_client(server).ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
    assert caught.value.status_code == 200
    assert "not valid JSON" in str(caught.value)


# -- omitted vs null ----------------------------------------------------------------------------


def test_omitted_body_params_are_absent() -> None:
    server = Server()
    sync_client(server).ai.missions.update_mission(MISSION_ID, description="New")
    assert server.body() == {"description": "New"}


def test_explicit_none_sends_null() -> None:
    server = Server()
    sync_client(server).ai.missions.update_mission(MISSION_ID, description=None, model="m")
    assert server.body() == {"description": None, "model": "m"}
    assert b'"description":null' in server.requests[-1].content.replace(b" ", b"")


def test_omitted_query_params_are_absent() -> None:
    server = Server(paged(run_json, total_pages=1))
    client = sync_client(server)
    client.ai.missions.runs.list_runs()
    assert server.requests[-1].url.query == b""
    client.ai.missions.runs.list_runs(status="failed")
    assert list(server.requests[-1].url.params.multi_items()) == [("status", "failed")]
    server = Server(
        reply(
            200,
            {
                "data": [],
                "meta": {"page_number": 1, "page_size": 50, "total_pages": 0, "total_results": 0},
            },
        )
    )
    client = sync_client(server)
    client.ai.missions.runs.events.list(RUN_ID, mission_id=MISSION_ID, step_id="s1")
    assert list(server.requests[-1].url.params.multi_items()) == [("step_id", "s1")]


def test_requests_without_a_body_send_none() -> None:
    server = Server(reply(200, {"data": run_json()}))
    sync_client(server).ai.missions.runs.cancel_run(RUN_ID, mission_id=MISSION_ID)
    request = server.requests[-1]
    assert request.method == "POST"
    assert request.content == b""
    assert "content-type" not in request.headers


# -- path encoding ----------------------------------------------------------------------------

AWKWARD_IDS = ["a/b", "..", ".", "x?y=1", "x#frag", "a b", "50%", "%2F", "é", "../../v1/admin"]


@pytest.mark.parametrize("value", AWKWARD_IDS)
def test_path_parameter_stays_one_segment(value: str) -> None:
    server = Server()
    sync_client(server).ai.missions.retrieve(value)
    request = server.requests[0]
    raw = request.url.raw_path
    prefix = b"/v2/ai/missions/"
    assert raw.startswith(prefix), raw
    segment = raw[len(prefix) :]
    assert b"/" not in segment and b"?" not in segment and b"#" not in segment, raw
    assert unquote(segment.decode("ascii")) == value
    assert request.url.query == b""
    assert request.url.fragment == ""


def test_every_path_parameter_is_encoded() -> None:
    server = Server(reply(200, {"data": step_json()}))
    sync_client(server).ai.missions.runs.plan.get_step_details(
        "step/1", mission_id="../m", run_id="r?x"
    )
    raw = server.requests[0].url.raw_path
    parts = raw.split(b"/")
    assert parts[:3] == [b"", b"v2", b"ai"]
    assert len(parts) == 10, raw
    decoded = [unquote(p.decode("ascii")) for p in parts[3:]]
    assert decoded == ["missions", "../m", "runs", "r?x", "plan", "steps", "step/1"]


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.ai.missions.retrieve(""),
        lambda c: c.ai.missions.runs.retrieve("", mission_id=MISSION_ID),
        lambda c: c.ai.missions.runs.retrieve(RUN_ID, mission_id=""),
        lambda c: c.ai.missions.runs.list(""),
        lambda c: c.ai.missions.runs.plan.update_step(
            STEP_ID, mission_id=MISSION_ID, run_id="", status="completed"
        ),
        lambda c: c.ai.missions.tools.delete_tool("", mission_id=MISSION_ID),
    ],
    ids=["retrieve", "run_id", "mission_id", "list", "update_step", "delete_tool"],
)
def test_empty_path_parameter_raises_before_any_request(call: Callable[[Telnyx], Any]) -> None:
    server = Server()
    with pytest.raises(ValueError):
        call(sync_client(server))
    assert server.calls == 0


@pytest.mark.anyio
async def test_empty_path_parameter_raises_before_any_request_async() -> None:
    server = Server()
    async with async_client(server) as client:
        with pytest.raises(ValueError):
            await client.ai.missions.retrieve("")
        with pytest.raises(ValueError):
            await client.ai.missions.runs.list("")
        with pytest.raises(ValueError):
            await client.ai.missions.runs.events.log(
                RUN_ID, mission_id="", type="message", summary="s"
            )
    assert server.calls == 0


# -- API key redaction ------------------------------------------------------------------------

SECRET = "sk-secret-123"

REDACTION_SCENARIOS: dict[str, tuple[Reply, type[APIError], int]] = {
    "500-with-retries": (reply(500, error_body(500)), InternalServerError, 3),
    "401": (reply(401, {"errors": [{"title": "Authentication failed"}]}), AuthenticationError, 1),
    "connect-error": (fail(httpx.ConnectError, "connection refused"), APIConnectionError, 3),
    "read-timeout": (fail(httpx.ReadTimeout, "timed out"), APITimeoutError, 3),
    "bad-response": (reply(200, text="<html>oops</html>"), APIResponseValidationError, 1),
}


def _object_reprs(obj: object, depth: int = 2) -> list[str]:
    """repr() of an object and of what it holds, a few levels down (as a debugger shows them)."""
    reprs = [repr(obj)]
    if depth and hasattr(obj, "__dict__"):
        for value in vars(obj).values():
            if isinstance(value, str):
                continue  # a bare string attribute is the key itself, not a repr of it
            reprs.extend(_object_reprs(value, depth - 1))
    return reprs


def _texts_without_the_key(
    exc: BaseException, client: object, caplog: pytest.LogCaptureFixture
) -> list[str]:
    texts = [
        str(exc),
        repr(exc),
        getattr(exc, "message", ""),
        "".join(traceback.format_exception(exc)),
        *_object_reprs(client),
        caplog.text,
    ]
    for record in caplog.records:
        texts.append(record.getMessage())
        texts.append(repr(record.args))
        texts.append(repr(record.__dict__))
    return texts


@pytest.mark.parametrize("scenario", sorted(REDACTION_SCENARIOS))
def test_api_key_never_leaks(
    scenario: str, caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    response, error, attempts = REDACTION_SCENARIOS[scenario]
    caplog.set_level(logging.DEBUG)
    server = Server(response)
    client = sync_client(server, api_key=SECRET)
    copy = client.with_options(timeout=3.0)
    with pytest.raises(APIError) as caught:
        client.ai.missions.retrieve(MISSION_ID)
    assert type(caught.value) is error
    assert server.calls == attempts
    # The key is sent...
    for request in server.requests:
        assert request.headers["authorization"] == f"Bearer {SECRET}"
    # ...and shown nowhere.
    texts = _texts_without_the_key(caught.value, client, caplog) + [repr(copy)]
    for text in texts:
        assert SECRET not in text
    if attempts > 1:
        # The retry path logged something, so the log check above was not vacuous.
        assert any(r.name.startswith("telnyx_missions") for r in caplog.records)


@pytest.mark.anyio
async def test_api_key_never_leaks_async(
    caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.DEBUG)
    server = Server(reply(503, error_body(503)))
    async with async_client(server, api_key=SECRET) as client:
        with pytest.raises(InternalServerError) as caught:
            await client.ai.missions.retrieve(MISSION_ID)
        texts = _texts_without_the_key(caught.value, client, caplog)
    assert server.calls == 3
    assert server.requests[0].headers["authorization"] == f"Bearer {SECRET}"
    for text in texts:
        assert SECRET not in text


# -- configuration from the environment -------------------------------------------------------


def test_env_vars_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", "env-key")
    monkeypatch.setenv("TELNYX_BASE_URL", "https://env.example.test/base")
    server = Server()
    client = Telnyx(http_client=httpx.Client(transport=httpx.MockTransport(server)))
    assert client.base_url == "https://env.example.test/base"
    client.ai.missions.retrieve(MISSION_ID)
    request = server.requests[0]
    assert str(request.url) == f"https://env.example.test/base/ai/missions/{MISSION_ID}"
    assert request.headers["authorization"] == "Bearer env-key"


def test_arguments_win_over_env_vars(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", "env-key")
    monkeypatch.setenv("TELNYX_BASE_URL", "https://env.example.test/base")
    server = Server()
    client = sync_client(server, api_key="arg-key", base_url="https://arg.example.test/v2")
    client.ai.missions.retrieve(MISSION_ID)
    request = server.requests[0]
    assert request.url.host == "arg.example.test"
    assert request.url.path == f"/v2/ai/missions/{MISSION_ID}"
    assert request.headers["authorization"] == "Bearer arg-key"


def test_default_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELNYX_BASE_URL", raising=False)
    assert Telnyx(api_key=API_KEY).base_url == "https://api.telnyx.com/v2"
    assert AsyncTelnyx(api_key=API_KEY).base_url == "https://api.telnyx.com/v2"


@pytest.mark.parametrize("env_value", [None, ""], ids=["unset", "empty"])
def test_missing_api_key(monkeypatch: pytest.MonkeyPatch, env_value: str | None) -> None:
    if env_value is None:
        monkeypatch.delenv("TELNYX_API_KEY", raising=False)
    else:
        monkeypatch.setenv("TELNYX_API_KEY", env_value)
    with pytest.raises(MissingAPIKeyError, match="TELNYX_API_KEY"):
        Telnyx()
    with pytest.raises(MissingAPIKeyError, match="TELNYX_API_KEY"):
        AsyncTelnyx(base_url=BASE_URL)


@pytest.mark.anyio
async def test_async_env_vars_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", "env-key")
    monkeypatch.setenv("TELNYX_BASE_URL", "https://env.example.test/base")
    server = Server()
    async with AsyncTelnyx(
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(server))
    ) as client:
        await client.ai.missions.retrieve(MISSION_ID)
    assert str(server.requests[0].url).startswith("https://env.example.test/base/ai/missions/")
    assert server.requests[0].headers["authorization"] == "Bearer env-key"


# -- escape hatches -----------------------------------------------------------------------------


def test_extra_headers_query_and_body_reach_the_request() -> None:
    server = Server(reply(201, mission_response()))
    sync_client(server).ai.missions.create(
        name="n",
        extra_headers={"X-Trace-Id": "trace-1"},
        extra_query={"dry_run": "true"},
        extra_body={"labels": ["a", "b"]},
    )
    request = server.requests[0]
    assert request.headers["x-trace-id"] == "trace-1"
    assert list(request.url.params.multi_items()) == [("dry_run", "true")]
    assert server.body() == {"name": "n", "labels": ["a", "b"]}


def test_extra_query_on_a_list_call_is_kept_on_later_pages() -> None:
    server = Server(paged(mission_json))
    list(sync_client(server).ai.missions.list(extra_query={"filter[team]": "qa"}))
    assert [r.url.params.get("filter[team]") for r in server.requests] == ["qa", "qa", "qa"]


def test_default_headers_are_sent_with_every_request() -> None:
    server = Server()
    client = sync_client(server, default_headers={"X-Team": "qa", "X-Env": "test"})
    client.ai.missions.retrieve(MISSION_ID)
    client.ai.missions.retrieve(MISSION_ID, extra_headers={"X-Env": "override"})
    first, second = server.requests
    assert first.headers["x-team"] == "qa" and first.headers["x-env"] == "test"
    assert second.headers["x-team"] == "qa" and second.headers["x-env"] == "override"
    assert first.headers["accept"] == "application/json"
    assert first.headers["user-agent"].startswith("telnyx-missions/")


def test_with_options_returns_a_new_client_and_leaves_the_original_alone() -> None:
    server = Server()
    client = sync_client(server, default_headers={"X-Team": "qa"})
    faster = client.with_options(timeout=5.0)
    assert isinstance(faster, Telnyx)
    assert faster is not client
    assert faster.timeout == 5.0
    assert isinstance(client.timeout, httpx.Timeout)
    assert client.timeout.read == 60.0
    faster.ai.missions.retrieve(MISSION_ID)
    client.ai.missions.retrieve(MISSION_ID)
    assert sent_timeout(server, 0)["read"] == 5.0
    assert sent_timeout(server, 1)["read"] == 60.0
    # Everything else is carried over.
    assert server.requests[0].headers["x-team"] == "qa"
    assert server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert faster.base_url == client.base_url == BASE_URL
    assert faster.max_retries == client.max_retries


def test_with_raw_response() -> None:
    server = Server(reply(200, mission_response(name="Raw"), headers={"X-Request-Id": "req-123"}))
    raw = sync_client(server).ai.missions.with_raw_response.retrieve(MISSION_ID)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-123"
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.json() == mission_response(name="Raw")
    parsed = raw.parse()
    assert isinstance(parsed, MissionResponse)
    assert parsed.data.name == "Raw"


def test_with_raw_response_counts_retries(sleeps: list[float]) -> None:
    server = Server(reply(503), reply(200, mission_response()))
    raw = sync_client(server).ai.missions.with_raw_response.retrieve(MISSION_ID)
    assert raw.status_code == 200
    assert raw.retries_taken == 1


def test_with_raw_response_on_an_error_status_surfaces_the_status_error() -> None:
    """A 404 must come out as NotFoundError, from the call or from `.parse()`,
    not as a schema-validation error about the error body."""
    server = Server(reply(404, error_body(404)))
    client = sync_client(server)
    with pytest.raises(NotFoundError):
        client.ai.missions.with_raw_response.retrieve(MISSION_ID).parse()


@pytest.mark.anyio
async def test_async_with_raw_response() -> None:
    server = Server(reply(201, {"data": run_json(status="pending")}, headers={"X-Request-Id": "r"}))
    async with async_client(server) as client:
        raw = await client.ai.missions.runs.with_raw_response.create(MISSION_ID, input={"a": 1})
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "r"
    run = await raw.parse()
    assert isinstance(run, MissionRunResponse)
    assert run.data.status is RunStatus.PENDING


def _recording_http_client_class(base: type[Any], server: Server, created: list[Any]) -> type[Any]:
    class Recording(base):  # type: ignore[misc, valid-type]
        def __init__(self, **kwargs: Any) -> None:
            kwargs["transport"] = httpx.MockTransport(server)
            super().__init__(**kwargs)
            created.append(self)

    return Recording


def test_context_manager_closes_its_own_http_client(monkeypatch: pytest.MonkeyPatch) -> None:
    server = Server()
    created: list[httpx.Client] = []
    monkeypatch.setattr(
        runtime_client,
        "DefaultHttpxClient",
        _recording_http_client_class(runtime_client.DefaultHttpxClient, server, created),
    )
    with Telnyx(api_key=API_KEY, base_url=BASE_URL) as client:
        client.ai.missions.retrieve(MISSION_ID)
        assert len(created) == 1
        assert not created[0].is_closed
        # Closing a with_options copy does not close the pool it shares.
        client.with_options(timeout=1.0).close()
        assert not created[0].is_closed
        client.ai.missions.retrieve(MISSION_ID)
    assert created[0].is_closed
    assert server.calls == 2


def test_context_manager_leaves_a_user_http_client_open() -> None:
    server = Server()
    http = httpx.Client(transport=httpx.MockTransport(server))
    with Telnyx(api_key=API_KEY, base_url=BASE_URL, http_client=http) as client:
        client.ai.missions.retrieve(MISSION_ID)
    assert not http.is_closed
    Telnyx(api_key=API_KEY, base_url=BASE_URL, http_client=http).close()
    assert not http.is_closed
    assert http.get(f"{BASE_URL}/ping").status_code == 200
    http.close()


@pytest.mark.anyio
async def test_async_context_manager_closes_only_its_own_http_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = Server()
    created: list[httpx.AsyncClient] = []
    monkeypatch.setattr(
        runtime_client,
        "DefaultAsyncHttpxClient",
        _recording_http_client_class(runtime_client.DefaultAsyncHttpxClient, server, created),
    )
    async with AsyncTelnyx(api_key=API_KEY, base_url=BASE_URL) as client:
        await client.ai.missions.retrieve(MISSION_ID)
        assert len(created) == 1 and not created[0].is_closed
    assert created[0].is_closed

    user_http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    async with AsyncTelnyx(api_key=API_KEY, base_url=BASE_URL, http_client=user_http) as client:
        await client.ai.missions.retrieve(MISSION_ID)
    assert not user_http.is_closed
    await user_http.aclose()


# -- request bodies -----------------------------------------------------------------------------


def test_plan_create_with_dict_steps() -> None:
    server = Server(reply(201, {"data": [step_json(status="pending")]}))
    steps = [
        {"step_id": "collect", "description": "Collect requirements.", "sequence": 0},
        {
            "step_id": "confirm",
            "description": "Confirm delivery.",
            "sequence": 1,
            "parent_step_id": "collect",
            "metadata": {"channel": "email"},
        },
    ]
    created = sync_client(server).ai.missions.runs.plan.create(
        RUN_ID, mission_id=MISSION_ID, steps=steps  # type: ignore[arg-type]
    )
    request = server.requests[0]
    assert request.method == "POST"
    assert request.url.path == f"/v2/ai/missions/{MISSION_ID}/runs/{RUN_ID}/plan"
    assert request.headers["content-type"] == "application/json"
    assert server.body() == {"steps": steps}
    assert created.data[0].status is StepStatus.PENDING


@pytest.mark.parametrize("status", [StepStatus.COMPLETED, "completed"], ids=["enum", "string"])
def test_enum_arguments_as_member_or_string(status: Any) -> None:
    server = Server(reply(200, {"data": step_json()}))
    step = sync_client(server).ai.missions.runs.plan.update_step(
        STEP_ID, mission_id=MISSION_ID, run_id=RUN_ID, status=status
    )
    assert server.body() == {"status": "completed"}
    assert server.requests[0].method == "PATCH"
    assert step.data.status is StepStatus.COMPLETED


def test_more_enum_and_nested_bodies() -> None:
    server = Server(
        reply(201, mission_response()),
        reply(200, {"data": run_json(status="failed")}),
        reply(
            201,
            {
                "data": {
                    "event_id": "e",
                    "run_id": RUN_ID,
                    "type": "tool_call",
                    "summary": "s",
                    "timestamp": "2026-02-12T14:00:05Z",
                }
            },
        ),
    )
    client = sync_client(server)
    client.ai.missions.create(name="n", execution_mode=ExecutionMode.MANAGED)
    assert server.body() == {"name": "n", "execution_mode": "managed"}
    client.ai.missions.runs.update(
        RUN_ID, mission_id=MISSION_ID, status=RunStatus.FAILED, error="boom"
    )
    assert server.body() == {"status": "failed", "error": "boom"}
    event = client.ai.missions.runs.events.log(
        RUN_ID,
        mission_id=MISSION_ID,
        type="tool_call",
        summary="s",
        payload={"n": 1, "nested": {"a": [1, 2.5, None, True]}},
        idempotency_key="k-1",
    )
    assert server.body() == {
        "type": "tool_call",
        "summary": "s",
        "payload": {"n": 1, "nested": {"a": [1, 2.5, None, True]}},
        "idempotency_key": "k-1",
    }
    assert event.data.type is EventType.TOOL_CALL


# -- async twins: retries, errors -------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "error"), RETRIED_STATUSES)
async def test_async_retryable_status_is_retried(
    status: int, error: type[APIStatusError], sleeps: list[float]
) -> None:
    server = Server(reply(status, error_body(status)))
    async with async_client(server) as client:
        with pytest.raises(APIStatusError) as caught:
            await client.ai.missions.retrieve(MISSION_ID)
    assert type(caught.value) is error
    assert server.calls == 3
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5
    assert 0.75 <= sleeps[1] <= 1.0


@pytest.mark.anyio
@pytest.mark.parametrize(("failure", "error"), TRANSPORT_FAILURES)
async def test_async_transport_failure_is_retried(
    failure: type[httpx.TransportError], error: type[APIConnectionError], sleeps: list[float]
) -> None:
    server = Server(fail(failure))
    async with async_client(server) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.ai.missions.retrieve(MISSION_ID)
    assert type(caught.value) is error
    assert server.calls == 3
    assert len(sleeps) == 2


@pytest.mark.anyio
async def test_async_retry_options(sleeps: list[float]) -> None:
    server = Server(reply(500))
    async with async_client(server, max_retries=0) as client:
        with pytest.raises(InternalServerError):
            await client.ai.missions.retrieve(MISSION_ID)
        assert server.calls == 1
        with pytest.raises(InternalServerError):
            await client.with_options(max_retries=5).ai.missions.retrieve(MISSION_ID)
        assert server.calls == 1 + 6


@pytest.mark.anyio
async def test_async_retry_after_and_should_retry(sleeps: list[float]) -> None:
    server = Server(reply(429, headers={"retry-after": "3"}), reply(200, mission_response()))
    async with async_client(server) as client:
        mission = await client.ai.missions.retrieve(MISSION_ID)
    assert mission.data.name == "Mission 1"
    assert sleeps == [3.0]

    server = Server(reply(400, error_body(400), headers={"x-should-retry": "true"}))
    async with async_client(server) as client:
        with pytest.raises(BadRequestError):
            await client.ai.missions.retrieve(MISSION_ID)
    assert server.calls == 3

    server = Server(reply(503, headers={"x-should-retry": "false"}))
    async with async_client(server) as client:
        with pytest.raises(InternalServerError):
            await client.ai.missions.retrieve(MISSION_ID)
    assert server.calls == 1


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "error"), NOT_RETRIED_STATUSES)
async def test_async_client_errors_are_not_retried(
    status: int, error: type[APIStatusError], sleeps: list[float]
) -> None:
    server = Server(reply(status, error_body(status)))
    async with async_client(server) as client:
        with pytest.raises(error):
            await client.ai.missions.retrieve(MISSION_ID)
    assert server.calls == 1
    assert sleeps == []


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "error", "attempts"), ERRORS_BY_STATUS)
async def test_async_error_class_by_status(
    status: int, error: type[APIStatusError], attempts: int, sleeps: list[float]
) -> None:
    body = error_body(status)
    server = Server(reply(status, body))
    async with async_client(server) as client:
        with pytest.raises(APIStatusError) as caught:
            await client.ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
    check_status_error(caught.value, status, error, body)
    assert server.calls == attempts


@pytest.mark.anyio
async def test_async_unprocessable_entity_errors() -> None:
    detail = [{"loc": ["body", "summary"], "msg": "Field required", "type": "missing"}]
    server = Server(reply(422, {"detail": detail}))
    async with async_client(server) as client:
        with pytest.raises(UnprocessableEntityError) as caught:
            await client.ai.missions.runs.events.log(
                RUN_ID, mission_id=MISSION_ID, type="message", summary="s"
            )
    assert caught.value.errors == detail


@pytest.mark.anyio
async def test_async_lenient_and_strict_parsing() -> None:
    server = Server(reply(200, ARCHIVED_RUN))
    async with async_client(server) as client:
        run = await client.ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
        assert run.data.status.value == "archived" and run.data.status.is_known is False
        with pytest.raises(APIResponseValidationError):
            await client.with_options(strict=True).ai.missions.runs.retrieve(
                RUN_ID, mission_id=MISSION_ID
            )

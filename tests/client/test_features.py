"""The runtime features a user of the official SDK expects, on the Missions client, over
httpx.MockTransport: leniency that builds the model, APIResponse, request ids, typed
error bodies, logging, client options, redirects, generic requests, to_dict/to_json, one
exception root, and the regression tests of three bugs (Retry-After: soon, the last
page, an invalid base URL). Streams over a real server are in tests/test_streams.py.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from telnyx_missions import (
    APIConnectionError,
    APIError,
    APIResponse,
    APIResponseValidationError,
    APIStatusError,
    AsyncAPIResponse,
    AsyncTelnyx,
    DefaultAsyncHttpxClient,
    DefaultHttpxClient,
    InternalServerError,
    InvalidURLError,
    MissingAPIKeyError,
    NoNextPageError,
    NotFoundError,
    Page,
    Telnyx,
    TelnyxError,
    UnprocessableEntityError,
)
from telnyx_missions._runtime.client import SyncAPIClient
from telnyx_missions._runtime.settings import DEFAULT_TIMEOUT, ClientSettings
from telnyx_missions.types import (
    EventData,
    ExecutionMode,
    HTTPValidationError,
    MissionResponse,
    MissionRunResponse,
    RunStatus,
)

from .test_behaviour import (
    API_KEY,
    BASE_URL,
    MISSION_ID,
    RUN_ID,
    Server,
    async_client,
    error_body,
    mission_response,
    reply,
    run_json,
    sync_client,
)


@pytest.fixture(autouse=True)
def _never_really_sleep(sleeps: list[float]) -> None:
    """Retries here are recorded, not waited for."""


def retrieve_run(client: Telnyx) -> MissionRunResponse:
    return client.ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)


# -- leniency that is lenient ------------------------------------------------------------------

MISSING_RUN_ID = {"data": {k: v for k, v in run_json().items() if k != "run_id"}}
MISTYPED = {"data": run_json(started_at="yesterday", metadata=["not", "a", "map"])}


def test_a_missing_required_field_still_builds_the_model(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="telnyx_missions")
    run = retrieve_run(sync_client(Server(reply(200, MISSING_RUN_ID))))
    assert isinstance(run, MissionRunResponse)
    assert run.data.run_id is None  # reading the missing field gives None...
    assert "run_id" not in run.data.model_fields_set  # ...and it is known to be missing
    assert run.data.status is RunStatus.RUNNING  # the rest is parsed as usual
    assert run.data.started_at == dt.datetime(2026, 2, 12, 14, 0, tzinfo=dt.timezone.utc)
    assert run.data.to_dict(mode="json") == MISSING_RUN_ID["data"]  # what the server sent
    # The drift is logged, with where it is.
    assert "$.data.run_id: Field required" in caplog.text
    assert "kept as received" in caplog.text


def test_a_field_of_the_wrong_type_is_kept_as_received() -> None:
    run = retrieve_run(sync_client(Server(reply(200, MISTYPED))))
    assert run.data.started_at == "yesterday"  # type: ignore[comparison-overlap]
    assert run.data.metadata == ["not", "a", "map"]
    assert isinstance(run.data.updated_at, dt.datetime)
    assert run.data.status is RunStatus.RUNNING


def test_leniency_reaches_into_lists_and_pages() -> None:
    event = {"event_id": "e1", "run_id": RUN_ID, "type": "step_started", "timestamp": "later"}
    page_body = {
        "data": [
            event,
            {**event, "event_id": "e2", "summary": "ok", "timestamp": "2026-02-12T14:00:05Z"},
        ],
        "meta": {"page_number": 1, "page_size": 50, "total_pages": 1, "total_results": 2},
    }
    page = sync_client(Server(reply(200, page_body))).ai.missions.runs.events.list(
        RUN_ID, mission_id=MISSION_ID
    )
    assert [type(e) for e in page.items] == [EventData, EventData]
    assert page.items[0].summary is None and page.items[0].timestamp == "later"  # type: ignore[comparison-overlap]
    assert page.items[1].timestamp == dt.datetime(2026, 2, 12, 14, 0, 5, tzinfo=dt.timezone.utc)
    assert page.total_pages == 1


@pytest.mark.parametrize(
    ("body", "path"),
    [(MISSING_RUN_ID, "$.data.run_id"), (MISTYPED, "$.data.started_at")],
    ids=["missing", "mistyped"],
)
def test_strict_mode_raises_naming_the_path(body: dict[str, Any], path: str) -> None:
    with pytest.raises(APIResponseValidationError) as caught:
        retrieve_run(sync_client(Server(reply(200, body)), strict=True))
    assert path in str(caught.value)
    assert caught.value.body == body


def test_an_empty_body_of_an_untyped_operation_is_none() -> None:
    server = Server(reply(201))  # no body at all
    assert sync_client(server).ai.missions.clone_mission(MISSION_ID) is None
    server = Server(reply(200, text="  \n"))
    assert sync_client(server).ai.missions.tools.list_tools(MISSION_ID) is None
    # A JSON body is still returned as it is.
    server = Server(reply(200, {"tools": []}))
    assert sync_client(server).ai.missions.tools.list_tools(MISSION_ID) == {"tools": []}


@pytest.mark.anyio
async def test_async_leniency_and_empty_bodies() -> None:
    async with async_client(Server(reply(200, MISSING_RUN_ID))) as client:
        run = await client.ai.missions.runs.retrieve(RUN_ID, mission_id=MISSION_ID)
        assert run.data.run_id is None
    async with async_client(Server(reply(201))) as client:
        assert await client.ai.missions.clone_mission(MISSION_ID) is None


# -- APIResponse ----------------------------------------------------------------------------------


def test_raw_response_describes_the_exchange() -> None:
    server = Server(reply(503), reply(200, mission_response(), headers={"x-request-id": "req-1"}))
    raw = sync_client(server).ai.missions.with_raw_response.retrieve(MISSION_ID)
    assert isinstance(raw, APIResponse)
    assert raw.method == "GET"
    assert raw.url == httpx.URL(f"{BASE_URL}/ai/missions/{MISSION_ID}")
    assert raw.http_request is server.requests[-1]
    assert raw.retries_taken == 1
    assert raw.request_id == "req-1"
    assert raw.http_version == "HTTP/1.1"
    assert raw.parse() is raw.parse()  # parsed once
    as_dict = raw.parse(to=dict)
    assert as_dict == mission_response()
    assert json.loads(raw.parse(to=str)) == mission_response()
    assert raw.parse(to=bytes) == raw.read()
    assert raw.parse(to=httpx.Response) is raw.http_response
    assert "req-1" not in repr(raw) and "GET" in repr(raw)


def test_raw_response_of_a_page_parses_to_the_page() -> None:
    body = {"data": [run_json()], "meta": {"page_number": 1, "page_size": 20, "total_pages": 1}}
    raw = sync_client(Server(reply(200, body))).ai.missions.runs.with_raw_response.list(MISSION_ID)
    page = raw.parse()
    assert isinstance(page, Page) and page.items[0].status is RunStatus.RUNNING
    assert raw.parse(to=dict) == body


@pytest.mark.anyio
async def test_async_raw_response_parse_is_awaited() -> None:
    server = Server(reply(200, mission_response(), headers={"x-request-id": "req-2"}))
    async with async_client(server) as client:
        raw = await client.ai.missions.with_raw_response.retrieve(MISSION_ID)
        assert isinstance(raw, AsyncAPIResponse)
        mission = await raw.parse()
        assert isinstance(mission, MissionResponse)
        assert await raw.parse(to=dict) == mission_response()
        assert await raw.json() == mission_response()
        assert raw.request_id == "req-2" and raw.retries_taken == 0
    body = {"data": [run_json()], "meta": {"page_number": 1, "page_size": 20, "total_pages": 1}}
    async with async_client(Server(reply(200, body))) as client:
        page_raw = await client.ai.missions.runs.with_raw_response.list(MISSION_ID)
        page = await page_raw.parse()
        assert page.items[0].status is RunStatus.RUNNING


def streamed(body: object) -> Any:
    """A reply whose body is a stream of pieces, as a network gives it (not one given whole)."""
    text = json.dumps(body).encode()

    def make(request: httpx.Request) -> httpx.Response:
        pieces = iter([text[:10], text[10:]])
        return httpx.Response(200, content=pieces, headers={"content-type": "application/json"})

    return make


def test_streaming_response_is_a_context_manager_that_closes() -> None:
    server = Server(streamed(mission_response(name="Streamed")))
    client = sync_client(server)
    with client.ai.missions.with_streaming_response.retrieve(MISSION_ID) as response:
        assert isinstance(response, APIResponse)
        assert not response.is_closed
        assert b"".join(response.iter_bytes())  # the whole body, piece by piece
    assert response.is_closed
    with client.ai.missions.with_streaming_response.retrieve(MISSION_ID) as response:
        assert response.parse().data.name == "Streamed"
        assert json.loads(response.read()) == mission_response(name="Streamed")
    body = {"data": [], "meta": {"page_number": 1, "page_size": 50, "total_pages": 1}}
    pages = sync_client(Server(streamed(body))).ai.missions.runs.events.with_streaming_response
    with pages.list(RUN_ID, mission_id=MISSION_ID) as response:
        assert not response.is_closed
        assert response.parse().items == []
    assert response.is_closed


def test_streaming_response_of_an_error_status_raises_on_entry() -> None:
    server = Server(reply(404, error_body(404), headers={"x-request-id": "req-404"}))
    with pytest.raises(NotFoundError) as caught:
        with sync_client(server).ai.missions.with_streaming_response.retrieve(MISSION_ID):
            pass
    assert caught.value.body == error_body(404)
    assert caught.value.request_id == "req-404"


# -- request ids ----------------------------------------------------------------------------------


def test_request_id_on_errors_and_in_their_message(sleeps: list[float]) -> None:
    server = Server(reply(500, error_body(500), headers={"X-Request-Id": "abc-123"}))
    with pytest.raises(InternalServerError) as caught:
        sync_client(server).ai.missions.retrieve(MISSION_ID)
    assert caught.value.request_id == "abc-123"
    assert (
        str(caught.value) == "500 Internal Server Error: Problem - status 500 (request id: abc-123)"
    )
    bad = Server(reply(200, text="<html>", headers={"x-request-id": "abc-124"}))
    with pytest.raises(APIResponseValidationError) as invalid:
        sync_client(bad).ai.missions.retrieve(MISSION_ID)
    assert invalid.value.request_id == "abc-124"


def test_no_request_id_when_there_was_no_response() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(APIConnectionError) as caught:
        sync_client(Server(refuse), max_retries=0).ai.missions.retrieve(MISSION_ID)
    assert caught.value.request_id is None
    assert str(caught.value) == "Connection error."


# -- typed error bodies -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body", [{"message": "nope"}, None, "plain text"], ids=["json", "empty", "text"]
)
def test_a_422_of_unknown_shape_has_no_errors(body: object) -> None:
    response = reply(422, text=body) if isinstance(body, str) else reply(422, body)
    with pytest.raises(UnprocessableEntityError) as caught:
        sync_client(Server(response)).ai.missions.create(name="x")
    assert caught.value.errors is None  # not [], which would say "no problems"


def test_an_undeclared_error_status_keeps_the_json_as_received() -> None:
    with pytest.raises(NotFoundError) as caught:
        sync_client(Server(reply(404, {"errors": [{"title": "gone"}]}))).ai.missions.retrieve(
            MISSION_ID
        )
    assert caught.value.body == {"errors": [{"title": "gone"}]}


def test_a_declared_error_body_that_does_not_match_is_still_parsed_leniently() -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        sync_client(
            Server(reply(422, {"detail": [{"msg": "bad"}]})), strict=True
        ).ai.missions.create(name="x")
    body = caught.value.body
    assert isinstance(body, HTTPValidationError)
    assert body.detail is not None and body.detail[0].msg == "bad" and body.detail[0].loc is None
    assert caught.value.errors == [{"msg": "bad"}]


# -- one exception root -----------------------------------------------------------------------


def test_every_error_derives_from_the_package_root(monkeypatch: pytest.MonkeyPatch) -> None:
    for error in (
        APIError,
        APIStatusError,
        APIConnectionError,
        MissingAPIKeyError,
        InvalidURLError,
        NoNextPageError,
    ):
        assert issubclass(error, TelnyxError), error
    assert (
        TelnyxError.__name__ == "TelnyxError"
        and TelnyxError.__module__ == "telnyx_missions._exceptions"
    )
    monkeypatch.delenv("TELNYX_API_KEY", raising=False)
    with pytest.raises(TelnyxError):
        Telnyx()
    with pytest.raises(TelnyxError):
        Telnyx(api_key=API_KEY, base_url="not a url")


# -- logging -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "level"),
    [
        ("info", logging.INFO),
        ("debug", logging.DEBUG),
        ("DEBUG", logging.DEBUG),
        ("", 0),
        ("loud", 0),
    ],
)
def test_telnyx_log_sets_the_package_logger_level(value: str, level: int) -> None:
    code = "import logging, telnyx_missions; print(logging.getLogger('telnyx_missions').level)"
    env = {**os.environ, "TELNYX_LOG": value}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert int(out.stdout) == level


def test_info_logs_each_exchange_and_retry(
    caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.INFO, logger="telnyx_missions")
    server = Server(reply(503), reply(200, mission_response(), headers={"x-request-id": "r-7"}))
    sync_client(server).ai.missions.retrieve(MISSION_ID)
    messages = [r.getMessage() for r in caplog.records]
    url = f"{BASE_URL}/ai/missions/{MISSION_ID}"
    assert messages[0].startswith(f"GET {url} -> 503 Service Unavailable in ")
    assert messages[1].startswith(f"retrying GET {url} in ") and messages[1].endswith(
        "after 503 (retry 1 of 2)"
    )
    assert messages[2].startswith(f"GET {url} -> 200 OK in ")
    assert messages[2].endswith("ms, retry 1, request id r-7")
    assert not any(r.levelno == logging.DEBUG for r in caplog.records)


def test_debug_logs_headers_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="telnyx_missions")
    server = Server(reply(200, mission_response(), headers={"set-cookie": "session=s3cr3t"}))
    client = sync_client(server, api_key="sk-live-key", default_headers={"Cookie": "c=hidden"})
    client.ai.missions.retrieve(MISSION_ID)
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert any(
        m.startswith("request headers: ") and "'authorization': '<redacted>'" in m for m in debug
    )
    assert any(
        m.startswith("response headers: ") and "'set-cookie': '<redacted>'" in m for m in debug
    )
    for secret in ("sk-live-key", "s3cr3t", "hidden"):
        assert secret not in caplog.text


def test_nothing_is_logged_when_logging_is_off(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    sync_client(Server()).ai.missions.retrieve(MISSION_ID)
    assert caplog.records == []


# -- client options ----------------------------------------------------------------------------


def test_default_query_is_sent_with_every_request() -> None:
    server = Server()
    client = sync_client(server, default_query={"tenant": "acme"})
    client.ai.missions.retrieve(MISSION_ID)
    client.ai.missions.runs.events.list(RUN_ID, mission_id=MISSION_ID, page_size=5)
    assert server.requests[0].url.query == b"tenant=acme"
    assert server.requests[1].url.query == b"tenant=acme&page%5Bsize%5D=5"
    merged = client.with_options(default_query={"region": "eu"})
    merged.ai.missions.retrieve(MISSION_ID)
    assert server.requests[-1].url.params == httpx.QueryParams({"tenant": "acme", "region": "eu"})
    replaced = client.with_options(set_default_query={"region": "us"})
    replaced.ai.missions.retrieve(MISSION_ID)
    assert server.requests[-1].url.query == b"region=us"
    assert client.default_query == {"tenant": "acme"}


def test_default_headers_merged_or_replaced() -> None:
    server = Server()
    client = sync_client(server, default_headers={"X-A": "1", "X-B": "2"})
    client.copy(default_headers={"X-B": "3", "X-C": "4"}).ai.missions.retrieve(MISSION_ID)
    sent = server.requests[-1].headers
    assert (sent["x-a"], sent["x-b"], sent["x-c"]) == ("1", "3", "4")
    client.copy(set_default_headers={"X-C": "5"}).ai.missions.retrieve(MISSION_ID)
    sent = server.requests[-1].headers
    assert "x-a" not in sent and "x-b" not in sent and sent["x-c"] == "5"
    assert sent["authorization"] == f"Bearer {API_KEY}"  # not a default header: kept
    with pytest.raises(ValueError, match="not both"):
        client.copy(default_headers={"X": "1"}, set_default_headers={"Y": "2"})
    with pytest.raises(ValueError, match="not both"):
        client.with_options(default_query={"a": 1}, set_default_query={"b": 2})


def test_copy_with_an_http_client_of_its_own() -> None:
    first, second = Server(), Server()
    client = sync_client(first)
    other = client.copy(
        http_client=httpx.Client(transport=httpx.MockTransport(second)), max_retries=0
    )
    other.ai.missions.retrieve(MISSION_ID)
    assert (first.calls, second.calls) == (0, 1)
    assert other.max_retries == 0 and client.max_retries == 2
    assert type(other) is Telnyx


def test_default_httpx_clients_keep_the_client_defaults() -> None:
    for cls in (DefaultHttpxClient, DefaultAsyncHttpxClient):
        http = cls()
        assert http.timeout == DEFAULT_TIMEOUT
        assert http.follow_redirects is False  # the client follows them itself
        assert cls(timeout=3.0).timeout == httpx.Timeout(3.0)
    client = Telnyx(api_key=API_KEY)
    assert isinstance(client._client._http, DefaultHttpxClient)


def _redirecting(target: str, status: int = 302) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/old"):
            return httpx.Response(status, headers={"location": target})
        return httpx.Response(
            200,
            json=mission_response(),
            headers={"x-seen-auth": request.headers.get("authorization", "-")},
        )

    return answer


def test_redirects_are_followed_on_the_same_origin_with_the_key() -> None:
    server = Server(_redirecting(f"{BASE_URL}/new"))
    client = sync_client(server)
    result = client.get("/old", cast_to=MissionResponse)
    assert isinstance(result, MissionResponse)
    assert [str(r.url) for r in server.requests] == [f"{BASE_URL}/old", f"{BASE_URL}/new"]
    assert server.requests[1].headers["authorization"] == f"Bearer {API_KEY}"


def test_a_redirect_to_another_origin_drops_the_key() -> None:
    server = Server(_redirecting("https://elsewhere.example/new", 307))
    sync_client(server).post("/old", cast_to=object, body={"a": 1})
    assert server.requests[1].url.host == "elsewhere.example"
    assert "authorization" not in server.requests[1].headers
    assert json.loads(server.requests[1].content) == {"a": 1}  # 307 keeps method and body
    assert server.requests[1].method == "POST"


def test_an_api_key_header_of_the_apis_own_is_dropped_off_origin_too() -> None:
    server = Server(_redirecting("https://elsewhere.example/new"))
    settings = ClientSettings(
        api_key="secret",
        auth="header",
        auth_header="X-Api-Key",
        base_url=BASE_URL,
        timeout=5.0,
        max_retries=0,
        default_headers={},
        strict=False,
        user_agent="test",
        default_query={},
        retry_statuses=(503,),
        idempotency_header=None,
        request_id_header="x-request-id",
    )
    core = SyncAPIClient(
        settings, httpx.Client(transport=httpx.MockTransport(server)), owns_http=True
    )
    core.request("GET", "/old", cast_to=object)
    assert server.requests[0].headers["x-api-key"] == "secret"
    assert "x-api-key" not in server.requests[1].headers


def test_too_many_redirects_is_a_connection_error() -> None:
    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": f"{BASE_URL}/old"})

    with pytest.raises(APIConnectionError, match="Too many redirects"):
        sync_client(Server(loop), max_retries=0).get("/old", cast_to=object)


# -- generic requests -----------------------------------------------------------------------


def test_generic_requests_use_auth_retries_errors_and_options(sleeps: list[float]) -> None:
    server = Server(reply(503), reply(200, mission_response(name="G")))
    client = sync_client(server)
    mission = client.get(f"/ai/missions/{MISSION_ID}", cast_to=MissionResponse)
    assert mission.data.name == "G" and server.calls == 2
    assert server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"
    client.post(
        "/ai/missions/custom",
        cast_to=dict[str, object],
        body={"name": "x"},
        options={"headers": {"X-Trace": "1"}, "query": {"dry_run": True}, "timeout": 2.0},
    )
    request = server.requests[-1]
    assert request.method == "POST" and json.loads(request.content) == {"name": "x"}
    assert request.headers["x-trace"] == "1" and request.url.query == b"dry_run=true"
    assert request.extensions["timeout"]["read"] == 2.0
    for method in ("put", "patch", "delete"):
        getattr(client, method)("/ai/missions/custom", cast_to=object)
        assert server.requests[-1].method == method.upper()
        assert server.requests[-1].content == b""
    failing = Server(reply(404, error_body(404)))
    with pytest.raises(NotFoundError):
        sync_client(failing).get("/nowhere", cast_to=object, options={"max_retries": 0})
    retried = Server(reply(503))
    with pytest.raises(InternalServerError):
        sync_client(retried).get("/nowhere", cast_to=object, options={"max_retries": 0})
    assert retried.calls == 1
    absolute = Server()
    sync_client(absolute).get("https://other.example/status?x=1", cast_to=object)
    assert str(absolute.requests[0].url) == "https://other.example/status?x=1"


@pytest.mark.anyio
async def test_async_generic_requests() -> None:
    server = Server(reply(200, mission_response(name="A")))
    async with async_client(server) as client:
        mission = await client.get(f"/ai/missions/{MISSION_ID}", cast_to=MissionResponse)
        assert mission.data.name == "A"
        await client.delete("/ai/missions/x", cast_to=object, body={"why": "test"})
    assert server.requests[-1].method == "DELETE"
    assert json.loads(server.requests[-1].content) == {"why": "test"}


# -- models ------------------------------------------------------------------------------------


def test_to_dict_modes_and_to_json() -> None:
    mission = sync_client(Server(reply(200, mission_response(metadata=None)))).ai.missions.retrieve(
        MISSION_ID
    )
    python = mission.data.to_dict()
    assert python["created_at"] == dt.datetime(2026, 2, 11, 9, 15, tzinfo=dt.timezone.utc)
    assert python["execution_mode"] is ExecutionMode.EXTERNAL
    as_json = mission.data.to_dict(mode="json")
    assert (
        as_json["created_at"] == "2026-02-11T09:15:00Z" and as_json["execution_mode"] == "external"
    )
    assert as_json == mission_response(metadata=None)["data"]
    assert "description" not in as_json  # not sent: left out (exclude_unset)
    assert mission.data.to_dict(exclude_unset=False)["description"] is None
    assert "metadata" not in mission.data.to_dict(exclude_none=True)
    text = mission.to_json()
    assert text.startswith('{\n  "data": {') and json.loads(text) == mission_response(metadata=None)
    assert "\n" not in mission.to_json(indent=None)


# -- regression tests of three bugs -----------------------------------------------------------


@pytest.mark.parametrize("value", ["soon", "Mon, 99 Foo 2026 99:99:99 GMT", "Mon,", "-5", ""])
def test_a_retry_after_that_is_no_delay_falls_back_to_backoff(
    value: str, sleeps: list[float]
) -> None:
    """`Retry-After: soon` on a 503 used to raise a bare ValueError out of the retry loop."""
    server = Server(reply(503, headers={"retry-after": value}), reply(200, mission_response()))
    mission = sync_client(server).ai.missions.retrieve(MISSION_ID)
    assert isinstance(mission, MissionResponse) and server.calls == 2
    assert 0.375 <= sleeps[0] <= 0.5  # the first back-off step, with jitter


def test_get_next_page_on_the_last_page_raises_a_clear_error() -> None:
    """It raised StopIteration, which ends a `for` silently and is a RuntimeError in a generator."""
    body = {"data": [run_json()], "meta": {"page_number": 1, "page_size": 20, "total_pages": 1}}
    page = sync_client(Server(reply(200, body))).ai.missions.runs.list(MISSION_ID)
    assert not page.has_next_page()
    with pytest.raises(NoNextPageError, match="page 1 of 1 is the last page"):
        page.get_next_page()

    def next_pages() -> Iterator[object]:
        yield page.get_next_page()

    with pytest.raises(NoNextPageError):  # not swallowed into a RuntimeError
        list(next_pages())
    assert not issubclass(NoNextPageError, StopIteration)


@pytest.mark.anyio
async def test_async_get_next_page_on_the_last_page_raises_a_clear_error() -> None:
    body = {"data": [], "meta": {"page_number": 3, "page_size": 20, "total_pages": 3}}
    async with async_client(Server(reply(200, body))) as client:
        page = await client.ai.missions.runs.list(MISSION_ID)
        with pytest.raises(NoNextPageError):
            await page.get_next_page()
    assert not issubclass(NoNextPageError, StopAsyncIteration)


@pytest.mark.parametrize(
    "url", ["ftp://api.example.test", "api.telnyx.com/v2", "https://", "http://[::1"], ids=str
)
def test_an_invalid_base_url_raises_at_once_naming_it(url: str) -> None:
    """It used to be retried, then reported as "Connection error"."""
    with pytest.raises(InvalidURLError) as caught:
        Telnyx(api_key=API_KEY, base_url=url)
    assert repr(url) in str(caught.value)
    with pytest.raises(InvalidURLError):
        AsyncTelnyx(api_key=API_KEY, base_url=url)
    with pytest.raises(InvalidURLError):
        sync_client(Server()).with_options(base_url=url)


def test_an_unsupported_protocol_is_not_retried(sleeps: list[float]) -> None:
    client = Telnyx(api_key=API_KEY, base_url=BASE_URL)  # the real transport
    with pytest.raises(InvalidURLError, match="ftp://files.example.test/x"):
        client.get("ftp://files.example.test/x", cast_to=object)
    assert sleeps == []

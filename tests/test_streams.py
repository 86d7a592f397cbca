"""Event streams and streamed responses, over a real HTTP server on loopback.

The `streams` golden fixture (tests/fixtures/streams, shapes taken from mistral.yaml and
together.yaml) is imported from its expected tree. A mock transport hands the client the
whole body at once, which hides how a stream is cut into pieces on the wire, so these
tests serve the events from a starlette app under uvicorn on 127.0.0.1: bodies arrive in
chunks cut mid-line and between CR and LF, and the server can hold the rest of a body
until the test lets it go, which shows what the client has read and when.

Also here, on the fixture's config (`retries: {statuses: [429, 503],
idempotency_header: Idempotency-Key}`, `request_id_header: x-trace-id`) and on a fixture
without one: the per-API retry policy and the idempotency key.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
import socket
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.test_golden import assembled

sys.path.insert(0, str(assembled("streams") / "expected" / "src"))
sys.path.insert(0, str(assembled("nullable") / "expected" / "src"))

from fx_nullable import FxNullableClient, FxNullableError  # noqa: E402
from fx_streams import (  # noqa: E402
    APIConnectionError,
    AsyncStream,
    AsyncStreams,
    NotFoundError,
    RateLimitError,
    Stream,
    StreamEvent,
    Streams,
    StreamsError,
    UnprocessableEntityError,
)
from fx_streams._runtime.streaming import ServerSentEvent, SSEDecoder  # noqa: E402
from fx_streams.types import (  # noqa: E402
    CompletionChunk,
    CompletionsCreateResponse,
    HTTPValidationError,
    LogError,
    LogRecord,
    MessageOutputEvent,
    Problem,
    ResponseDoneEvent,
    ResponseStartedEvent,
)

# -- the decoder, on its own ------------------------------------------------------------------


def decode(*chunks: str) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    return events


def sse(data: str, event: str = "message", id: str | None = None, retry: int | None = None) -> Any:
    return ServerSentEvent(event=event, data=data, id=id, retry=retry)


def test_data_lines_are_joined_with_newlines() -> None:
    assert decode("data: one\ndata: two\ndata:three\n\n") == [sse("one\ntwo\nthree")]


def test_event_id_and_retry_fields() -> None:
    events = decode("event: log\nid: 7\nretry: 1500\ndata: x\n\ndata: y\n\n")
    # The id carries over to later events (the "last event id"); retry does not.
    assert events == [sse("x", "log", "7", 1500), sse("y", "message", "7", None)]


def test_comments_unknown_fields_and_invalid_values_are_ignored() -> None:
    text = ": keep-alive\nfoo: bar\nretry: 12a\nid: a\0b\ndata\n\n"
    # `data` without a colon is a field with an empty value: an event whose data is "".
    assert decode(text) == [sse("")]


def test_only_one_space_after_the_colon_is_dropped() -> None:
    assert decode("data:  two spaces\n\n") == [sse(" two spaces")]


def test_an_event_without_data_is_not_dispatched_and_resets_the_type() -> None:
    assert decode("event: ping\n\ndata: after\n\n") == [sse("after")]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_every_line_ending(newline: str) -> None:
    text = f"event: a{newline}data: 1{newline}{newline}data: 2{newline}{newline}"
    assert decode(text) == [sse("1", "a"), sse("2")]


def test_line_endings_split_across_chunks() -> None:
    # CR at the end of one chunk, its LF at the start of the next: one line ending.
    assert decode("data: 1\r", "\n\r", "\ndata: 2\r\n", "\r\n") == [sse("1"), sse("2")]
    # ...so the LF is no blank line of its own, which would end the event early.
    assert decode("data: 1\r", "\ndata: 2\n\n") == [sse("1\n2")]
    # A field cut in the middle.
    assert decode("da", "ta: hel", "lo\n", "\n") == [sse("hello")]


def test_a_leading_bom_is_dropped_and_an_unfinished_event_is_discarded() -> None:
    assert decode("\ufeffdata: 1\n\ndata: never finished\n") == [sse("1")]


# -- a real server ----------------------------------------------------------------------------


class Gate:
    """Lets a test hold a response body on the server until it says go."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.disconnected = threading.Event()

    async def wait(self) -> None:
        while not self.opened.is_set():
            await asyncio.sleep(0.005)


GATE = Gate()
SEEN: list[dict[str, Any]] = []


def _frame(data: object, event: str | None = None, id: str | None = None) -> str:
    lines = [f"event: {event}"] if event else []
    lines += [f"id: {id}"] if id else []
    lines += [f"data: {line}" for line in json.dumps(data, indent=1).split("\n")]
    return "\n".join(lines) + "\n\n"


def _pieces(text: str, size: int = 7) -> Iterator[bytes]:
    raw = text.encode()
    for start in range(0, len(raw), size):
        yield raw[start : start + size]


async def _slowly(text: str, size: int = 7) -> AsyncIterator[bytes]:
    for piece in _pieces(text, size):
        yield piece
        await asyncio.sleep(0.001)


def _event_stream(text: str, size: int = 7) -> StreamingResponse:
    return StreamingResponse(
        _slowly(text, size), media_type="text/event-stream", headers={"x-trace-id": "trace-1"}
    )


CONVERSATION = (
    ": the server may send comments\n"
    + _frame(
        {"type": "conversation.response.started", "conversation_id": "c1"},
        "conversation.response.started",
    )
    + _frame({"type": "message.output.delta", "content": "Hel", "index": 0}, "message.output.delta")
    + _frame({"type": "message.output.delta", "content": "lo"}, "message.output.delta")
    + _frame(
        {"type": "conversation.response.done", "usage": {"total_tokens": 5}},
        "conversation.response.done",
    )
).replace("\n", "\r\n")


async def conversations(request: Request) -> Response:
    body = await request.json()
    SEEN.append({"path": request.url.path, "body": body, "headers": dict(request.headers)})
    if not body.get("inputs"):
        detail = [{"loc": ["body", "inputs"], "msg": "Field required", "type": "missing"}]
        return JSONResponse({"detail": detail}, 422, headers={"x-trace-id": "trace-422"})
    return _event_stream(CONVERSATION, size=5)


def _chunks(n: int) -> str:
    frames = [_frame({"id": f"k{i}", "choices": [{"index": 0, "text": f"t{i}"}]}) for i in range(n)]
    return "".join(frames) + "data: [DONE]\n\n" + _frame({"id": "after-done", "choices": []})


async def completions_stream(request: Request) -> Response:
    SEEN.append({"path": request.url.path, "headers": dict(request.headers)})
    return _event_stream(_chunks(3))


async def chat_completions(request: Request) -> Response:
    body = await request.json()
    SEEN.append({"path": request.url.path, "body": body, "headers": dict(request.headers)})
    if body.get("stream"):
        return _event_stream(_chunks(2))
    return JSONResponse({"id": "whole", "text": "t0t1"})


LOGS = (
    "retry: 2000\n"
    + _frame({"message": "starting", "level": "info"}, "log", "1")
    + _frame({"message": "oops", "level": "error"}, "log", "2")
    + _frame({"error": "worker lost"}, "error", "3")
)


async def logs(request: Request) -> Response:
    if request.path_params["execution_id"] == "missing":
        return JSONResponse(
            {"code": "not_found", "message": "no such execution"},
            404,
            headers={"x-trace-id": "trace-404"},
        )
    SEEN.append({"path": request.url.path, "query": dict(request.query_params)})
    return _event_stream(LOGS, size=3)


async def ticks(request: Request) -> Response:
    async def forever() -> AsyncIterator[bytes]:
        n = 0
        try:
            while True:
                yield f"data: {n}\n\n".encode()
                n += 1
                await asyncio.sleep(0.01)
        finally:
            GATE.disconnected.set()

    return StreamingResponse(forever(), media_type="text/event-stream")


async def execution(request: Request) -> Response:
    """A JSON body sent in two parts, the second only once the test opens the gate."""
    text = json.dumps({"id": request.path_params["execution_id"], "status": "running"})

    async def held() -> AsyncIterator[bytes]:
        yield text[:10].encode()
        await GATE.wait()
        yield text[10:].encode()

    return StreamingResponse(held(), media_type="application/json")


APP = Starlette(
    routes=[
        Route("/v1/conversations", conversations, methods=["POST"]),
        Route("/v1/completions/stream", completions_stream, methods=["POST"]),
        Route("/v1/chat/completions", chat_completions, methods=["POST"]),
        Route("/v1/executions/{execution_id}/logs/stream", logs),
        Route("/v1/executions/{execution_id}", execution),
        Route("/v1/ticks", ticks),
    ]
)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(APP, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    yield f"http://127.0.0.1:{port}/v1"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(autouse=True)
def _fresh_server_state() -> None:
    SEEN.clear()
    GATE.opened.clear()
    GATE.disconnected.clear()


def client(base_url: str) -> Streams:
    # A short timeout: a client that waited for a held body fails instead of hanging.
    return Streams(api_key="k", base_url=base_url, max_retries=0, timeout=3.0)


def async_client(base_url: str) -> AsyncStreams:
    return AsyncStreams(api_key="k", base_url=base_url, max_retries=0, timeout=3.0)


def test_typed_events_of_a_discriminated_frame(base_url: str) -> None:
    with client(base_url) as c, c.conversations.start(inputs="hi") as stream:
        assert isinstance(stream, Stream)
        assert stream.request_id == "trace-1"
        events = list(stream)
    assert [type(e) for e in events] == [
        ResponseStartedEvent,
        MessageOutputEvent,
        MessageOutputEvent,
        ResponseDoneEvent,
    ]
    assert "".join(e.content for e in events if isinstance(e, MessageOutputEvent)) == "Hello"
    done = events[-1]
    assert isinstance(done, ResponseDoneEvent) and done.usage is not None
    assert done.usage.total_tokens == 5
    assert stream.response.is_closed  # read to the end: the connection is released
    assert SEEN[0]["headers"]["accept"] == "text/event-stream"
    assert SEEN[0]["body"] == {"inputs": "hi"}


def test_done_ends_the_stream(base_url: str) -> None:
    with client(base_url) as c:
        chunks = list(c.completions.stream(prompt="p"))
    assert [chunk.id for chunk in chunks] == ["k0", "k1", "k2"]  # not "after-done"
    assert all(isinstance(chunk, CompletionChunk) for chunk in chunks)


def test_event_fields_and_an_undiscriminated_union(base_url: str) -> None:
    with client(base_url) as c:
        stream = c.executions.logs.stream("e1", since="yesterday")
        events = list(stream.iter_events())
    assert [(e.event, e.id) for e in events] == [("log", "1"), ("log", "2"), ("error", "3")]
    assert all(isinstance(e, StreamEvent) for e in events)
    assert [type(e.data) for e in events] == [LogRecord, LogRecord, LogError]
    assert isinstance(events[2].data, LogError) and events[2].data.error == "worker lost"
    assert events[0].retry == 2000 and stream.retry == 2000
    assert stream.last_event_id == "3"
    assert json.loads(events[0].raw) == {"message": "starting", "level": "info"}
    assert SEEN[0]["query"] == {"since": "yesterday"}


def test_a_stream_without_a_schema_gives_text_and_closing_it_closes_the_connection(
    base_url: str,
) -> None:
    with client(base_url) as c:
        stream = c.ticks.follow()
        first = [next(stream), next(stream)]
        assert first == ["0", "1"]
        stream.close()
        assert stream.response.is_closed
        assert GATE.disconnected.wait(5), "the server never saw the client go"
        assert list(stream) == []


def test_an_error_status_raises_before_any_event_with_the_typed_body(base_url: str) -> None:
    with client(base_url) as c:
        with pytest.raises(UnprocessableEntityError) as caught:
            c.conversations.start(inputs="")
        with pytest.raises(NotFoundError) as missing:
            c.executions.logs.stream("missing")
    assert isinstance(caught.value.body, HTTPValidationError)
    assert caught.value.errors == [
        {"loc": ["body", "inputs"], "msg": "Field required", "type": "missing"}
    ]
    assert caught.value.request_id == "trace-422"
    assert "trace-422" in str(caught.value)
    assert isinstance(missing.value.body, Problem)
    assert missing.value.body.message == "no such execution"


def test_the_stream_flag_picks_json_or_events(base_url: str) -> None:
    with client(base_url) as c:
        whole = c.chat.completions.create(prompt="p")
        chunks = c.chat.completions.create(prompt="p", stream=True)
        assert isinstance(whole, CompletionsCreateResponse) and whole.text == "t0t1"
        assert isinstance(chunks, Stream)
        assert [chunk.id for chunk in chunks] == ["k0", "k1"]
    assert SEEN[0]["body"] == {"prompt": "p"} and SEEN[0]["headers"]["accept"] == "application/json"
    assert SEEN[1]["body"] == {"prompt": "p", "stream": True}
    assert SEEN[1]["headers"]["accept"] == "text/event-stream"


def test_raw_and_streaming_responses_of_an_event_stream(base_url: str) -> None:
    with client(base_url) as c:
        raw = c.completions.with_raw_response.stream(prompt="p")
        assert raw.status_code == 200 and raw.request_id == "trace-1"
        assert [chunk.id for chunk in raw.parse()] == ["k0", "k1", "k2"]
        with c.completions.with_streaming_response.stream(prompt="p") as response:
            lines = list(response.iter_lines())
        assert response.is_closed
    assert lines[:2] == ["data: {", 'data:  "id": "k0",']


def test_streaming_response_does_not_read_the_body_up_front(base_url: str) -> None:
    """The server holds the end of the body until the test opens the gate: entering the
    context returns with it unread, and the body then arrives in pieces."""
    with client(base_url) as c:
        with c.executions.with_streaming_response.retrieve("e1") as response:
            assert response.status_code == 200
            assert not response.http_response.is_stream_consumed
            pieces = response.iter_bytes()
            first = next(pieces)
            assert first == b'{"id": "e1'
            GATE.opened.set()
            rest = b"".join(pieces)
        assert response.is_closed
        assert json.loads(first + rest) == {"id": "e1", "status": "running"}
        assert response.elapsed > dt.timedelta(0)  # to the end of the body, once read
        GATE.opened.clear()
        with c.executions.with_streaming_response.retrieve("e2") as response:
            GATE.opened.set()
            execution = response.parse()
            assert execution.id == "e2"


def test_write_to_file_streams_the_body_to_disk(base_url: str, tmp_path: Any) -> None:
    GATE.opened.set()
    target = tmp_path / "execution.json"
    with client(base_url) as c, c.executions.with_streaming_response.retrieve("e3") as response:
        written = response.write_to_file(target)
    assert json.loads(target.read_bytes()) == {"id": "e3", "status": "running"}
    assert written == target.stat().st_size


@pytest.mark.anyio
async def test_async_streams(base_url: str) -> None:
    async with async_client(base_url) as c:
        stream = await c.conversations.start(inputs="hi")
        assert isinstance(stream, AsyncStream)
        async with stream:
            events = [event async for event in stream]
        assert len(events) == 4 and isinstance(events[1], MessageOutputEvent)
        chunks = await c.chat.completions.create(prompt="p", stream=True)
        assert [chunk.id async for chunk in chunks] == ["k0", "k1"]
        logs = await c.executions.logs.stream("e1")
        fields = [(e.event, type(e.data)) async for e in logs.iter_events()]
        assert fields == [("log", LogRecord), ("log", LogRecord), ("error", LogError)]
        ticks = await c.ticks.follow()
        assert [await ticks.__anext__(), await ticks.__anext__()] == ["0", "1"]
        await ticks.close()
        assert ticks.response.is_closed
        assert await asyncio.to_thread(GATE.disconnected.wait, 5)
        with pytest.raises(UnprocessableEntityError) as caught:
            await c.conversations.start(inputs="")
        assert isinstance(caught.value.body, HTTPValidationError)


@pytest.mark.anyio
async def test_async_streaming_response(base_url: str) -> None:
    async with async_client(base_url) as c:
        async with c.executions.with_streaming_response.retrieve("e1") as response:
            assert not response.http_response.is_stream_consumed
            pieces = response.iter_bytes()
            first = await pieces.__anext__()
            GATE.opened.set()
            rest = b"".join([piece async for piece in pieces])
        assert response.is_closed
        assert json.loads(first + rest)["id"] == "e1"
        assert response.elapsed > dt.timedelta(0)
        raw = await c.executions.with_raw_response.retrieve("e2")
        assert raw.elapsed > dt.timedelta(0) and (await raw.parse()).id == "e2"
        async with c.completions.with_streaming_response.stream(prompt="p") as raw:
            stream = await raw.parse()
            assert [chunk.id async for chunk in stream] == ["k0", "k1", "k2"]


def test_a_broken_stream_raises_a_connection_error() -> None:
    def cut(request: httpx.Request) -> httpx.Response:
        def body() -> Iterator[bytes]:
            yield b"data: 1\n\n"
            raise httpx.ReadError("reset by peer", request=request)

        return httpx.Response(200, content=body(), headers={"content-type": "text/event-stream"})

    http = httpx.Client(transport=httpx.MockTransport(cut))
    stream = Streams(api_key="k", base_url="https://x.test", http_client=http).ticks.follow()
    assert next(stream) == "1"
    with pytest.raises(APIConnectionError, match="stream broke"):
        next(stream)


# -- the retry policy and idempotency key of an API's config ---------------------------------


class Recorder:
    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status = self.statuses[min(len(self.requests), len(self.statuses)) - 1]
        if status >= 400:
            return httpx.Response(status, json={"code": str(status), "message": "no"})
        return httpx.Response(status, json={"id": "whole", "text": "t"})


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    import fx_nullable._runtime.client as other
    import fx_streams._runtime.client as runtime

    for module in (runtime, other):
        monkeypatch.setattr(module._BaseClient, "_retry_delay", lambda self, n, r: 0.0)


def streams_over(recorder: Recorder, **options: Any) -> Streams:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return Streams(api_key="k", base_url="https://x.test", http_client=http, **options)


@pytest.mark.parametrize(("status", "attempts"), [(429, 3), (503, 3), (500, 1), (409, 1), (408, 1)])
def test_the_configured_statuses_are_retried(status: int, attempts: int, no_sleep: None) -> None:
    recorder = Recorder(status)
    with pytest.raises(StreamsError):
        streams_over(recorder).chat.completions.create(prompt="p")
    assert len(recorder.requests) == attempts


def test_without_config_409_is_not_retried_and_5xx_are(no_sleep: None) -> None:
    for status, attempts in ((409, 1), (501, 1), (503, 3), (429, 3)):
        recorder = Recorder(status)
        http = httpx.Client(transport=httpx.MockTransport(recorder))
        with pytest.raises(FxNullableError):
            FxNullableClient(base_url="https://x.test", http_client=http).profiles.retrieve("p")
        assert len(recorder.requests) == attempts, status


def test_one_idempotency_key_per_call_reused_by_its_retries(no_sleep: None) -> None:
    recorder = Recorder(503, 429, 200)
    c = streams_over(recorder)
    c.chat.completions.create(prompt="p")
    keys = [r.headers.get("idempotency-key") for r in recorder.requests]
    assert len(keys) == 3 and keys[0] and len(set(keys)) == 1
    c.chat.completions.create(prompt="p")
    assert recorder.requests[-1].headers["idempotency-key"] != keys[0]  # a new call, a new key
    # A key of the caller's own is kept; a GET gets none.
    c.chat.completions.create(prompt="p", extra_headers={"Idempotency-Key": "mine"})
    assert recorder.requests[-1].headers["idempotency-key"] == "mine"
    c.executions.retrieve("e1")
    assert "idempotency-key" not in recorder.requests[-1].headers
    c.executions.cancel("e1")  # DELETE: not a safe method
    assert recorder.requests[-1].headers["idempotency-key"]


def test_the_configured_request_id_header(no_sleep: None) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            429, json={"code": "slow", "message": "down"}, headers={"x-trace-id": "t-9"}
        )

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with pytest.raises(RateLimitError) as caught:
        Streams(
            api_key="k", base_url="https://x.test", http_client=http, max_retries=0
        ).completions.stream(prompt="p")
    assert caught.value.request_id == "t-9"
    assert str(caught.value) == "429 Too Many Requests: down (request id: t-9)"
    assert isinstance(caught.value.body, Problem)


# -- the fixture's README, run against the server ---------------------------------------------


def test_the_readme_examples_run_against_the_server(
    base_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every Python block of the generated README (its Server-Sent Events section
    included), in order, as a reader would run them."""
    GATE.opened.set()
    monkeypatch.setenv("FX_STREAMS_API_KEY", "k")
    monkeypatch.setenv("FX_STREAMS_BASE_URL", base_url)
    readme = (assembled("streams") / "expected" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```$", readme, re.DOTALL | re.MULTILINE)
    assert len(blocks) >= 17
    namespace: dict[str, object] = {"__name__": "readme"}
    for number, block in enumerate(blocks):
        try:
            exec(compile(block, f"README.md block {number}", "exec"), namespace)
        except Exception as exc:  # noqa: BLE001 - the failure names the block
            pytest.fail(f"README block {number} failed: {type(exc).__name__}: {exc}\n{block}")
    printed = capsys.readouterr().out
    assert "content='Hel'" in printed  # the SSE section's events came through
    assert "conversation.response.started" in printed  # ...with their event names

"""A caller's own httpx client is honoured as `http.build_request` honours it.

The runtime builds most requests itself, with the caller's client's headers merged with
its own once (templates/runtime/core.py, `_build_request`): each test here sends the
same call both ways, that path and `http.build_request` (forced by patching
`_builds_plainly`), and wants the same request on the wire.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import telnyx_missions._runtime.core as runtime_core
from telnyx_missions import AsyncTelnyx, Telnyx, omit

from tests.client.test_behaviour import API_KEY, BASE_URL, MISSION_ID, Server

Wire = tuple[str, str, list[tuple[bytes, bytes]], dict[str, Any], bytes]


def wire(request: httpx.Request) -> Wire:
    return (
        request.method,
        str(request.url),
        request.headers.raw,
        request.extensions["timeout"],
        request.read(),
    )


def both_ways(
    monkeypatch: pytest.MonkeyPatch, make_http: Any, call: Any, **options: Any
) -> tuple[list[Wire], list[Wire]]:
    """What `call(client)` sends with the runtime's own build and with httpx's."""
    sent: list[list[Wire]] = []
    for plain in (True, False):
        server = Server()
        http = make_http(httpx.MockTransport(server))
        client = Telnyx(api_key=API_KEY, base_url=BASE_URL, http_client=http, **options)
        with monkeypatch.context() as patch:
            if not plain:
                patch.setattr(runtime_core, "_builds_plainly", lambda http: False)
            call(client, http)
        sent.append([wire(r) for r in server.requests])
    return sent[0], sent[1]


def retrieve(client: Telnyx, http: httpx.Client) -> None:
    client.ai.missions.retrieve(MISSION_ID)


def test_its_headers_go_under_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    ours, httpxs = both_ways(
        monkeypatch,
        lambda t: httpx.Client(transport=t, headers={"X-Team": "a", "User-Agent": "app/1"}),
        retrieve,
    )
    assert ours == httpxs
    headers = dict(httpx.Headers(ours[0][2]))
    assert headers["x-team"] == "a"
    assert headers["user-agent"].startswith("telnyx-missions/")  # ours over its own


def test_a_change_to_its_headers_after_a_call_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    def twice(client: Telnyx, http: httpx.Client) -> None:
        client.ai.missions.retrieve(MISSION_ID)
        http.headers["X-Team"] = "b"
        client.ai.missions.retrieve(MISSION_ID)

    ours, httpxs = both_ways(monkeypatch, lambda t: httpx.Client(transport=t), twice)
    assert ours == httpxs
    assert [httpx.Headers(w[2]).get("x-team") for w in ours] == [None, "b"]


def test_cookies_in_its_jar_and_its_params_are_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    def make(t: httpx.MockTransport) -> httpx.Client:
        http = httpx.Client(transport=t, params={"tenant": "t1"})
        http.cookies.set("session", "s1", domain="api.example.test")
        return http

    ours, httpxs = both_ways(monkeypatch, make, retrieve)
    assert ours == httpxs
    assert "tenant=t1" in ours[0][1]
    assert httpx.Headers(ours[0][2])["cookie"] == "session=s1"


def test_a_build_request_of_its_own_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    class Signing(httpx.Client):
        def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
            request = super().build_request(*args, **kwargs)
            request.headers["X-Signature"] = "signed"
            return request

    ours, httpxs = both_ways(monkeypatch, lambda t: Signing(transport=t), retrieve)
    assert ours == httpxs
    assert httpx.Headers(ours[0][2])["x-signature"] == "signed"


def test_per_call_headers_bodies_and_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    def calls(client: Telnyx, http: httpx.Client) -> None:
        client.ai.missions.create(
            name="n",
            instructions="i",
            extra_headers={"X-Trace": "1", "content-type": "application/json; v=2"},
            timeout=3.5,
        )
        client.ai.missions.retrieve(MISSION_ID, extra_headers={"Accept": omit})

    ours, httpxs = both_ways(monkeypatch, lambda t: httpx.Client(transport=t), calls)
    assert ours == httpxs
    first = httpx.Headers(ours[0][2])
    assert first["x-trace"] == "1"
    assert first.get_list("content-type") == ["application/json; v=2"]
    assert ours[0][3]["read"] == 3.5
    assert httpx.Headers(ours[1][2])["accept"] == "*/*"  # httpx's own, once ours is omitted


def test_the_async_client_builds_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[list[Wire]] = []
    for plain in (True, False):
        server = Server()
        http = httpx.AsyncClient(transport=httpx.MockTransport(server), headers={"X-Team": "a"})
        client = AsyncTelnyx(api_key=API_KEY, base_url=BASE_URL, http_client=http)
        with monkeypatch.context() as patch:
            if not plain:
                patch.setattr(runtime_core, "_builds_plainly", lambda http: False)
            asyncio.run(client.ai.missions.retrieve(MISSION_ID))
        sent.append([wire(r) for r in server.requests])
    assert sent[0] == sent[1]
    assert httpx.Headers(sent[0][0][2])["x-team"] == "a"

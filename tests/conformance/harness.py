"""Run in a fresh interpreter with a generated package importable: `python harness.py JOB`.

JOB is a JSON file written by `check.py`. Each check feeds values through the package
the way users meet them, in strict mode, and compares what comes out with what went in:

* schema: `TypeAdapter(<class>).validate_json(value)`, then the runtime's strict check,
  then back to JSON (`to_dict(mode="json")` for models), which must equal the value;
* response: the operation's method over a mock transport that answers with the value;
* request: the method called with the value's parts as arguments; the request the
  client sends must carry exactly that body, path and query.

Prints one line: `@@RESULTS@@` and JSON {check id: [failure, ...]}.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import json
import sys
import traceback
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pydantic

job = json.loads(open(sys.argv[1], encoding="utf-8").read())
package = importlib.import_module(job["package"])
types = importlib.import_module(job["package"] + ".types")
check_strict = importlib.import_module(job["package"] + "._runtime.models").check_strict
clients = importlib.import_module(job["package"] + "._client")


def plain(value: Any) -> Any:
    """What the client gives back, as the JSON a user would get from `to_dict(mode="json")`."""
    if isinstance(value, pydantic.BaseModel):
        return value.to_dict(mode="json")  # type: ignore[attr-defined]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def _when(text: str) -> datetime.datetime | datetime.date | None:
    try:
        if "T" in text or " " in text:
            return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if len(text) == 10:
            return datetime.date.fromisoformat(text)
    except ValueError:
        return None
    return None


def difference(got: Any, want: Any, where: str = "$") -> str | None:
    """Where two JSON values differ, if they do. A date-time equals another spelling of
    the same instant (pydantic writes `.5` as `.500000`); `1 == 1.0`, but not `True`."""
    if isinstance(want, dict) and isinstance(got, dict):
        if set(got) != set(want):
            return f"{where}: keys {sorted(got)} != {sorted(want)}"
        for key in want:
            found = difference(got[key], want[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(want, list) and isinstance(got, list):
        if len(got) != len(want):
            return f"{where}: {len(got)} items != {len(want)}"
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            found = difference(g, w, f"{where}[{i}]")
            if found:
                return found
        return None
    if isinstance(got, bool) != isinstance(want, bool):
        return f"{where}: {got!r} != {want!r}"
    if got == want:
        return None
    if isinstance(got, str) and isinstance(want, str):
        a, b = _when(got), _when(want)
        if a is not None and a == b:
            return None
    return f"{where}: {str(got)[:120]!r} != {str(want)[:120]!r}"


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:400]}"


def client(handler: Any) -> Any:
    cls = getattr(clients, job["client_class"])
    return cls(
        api_key="test-key",
        base_url="https://api.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        strict=True,
        max_retries=0,
    )


def rejected(check: dict[str, Any], n: int, exc: Exception, value: Any) -> str:
    """Why instance `n` failed. The document's own example with a property its schema
    does not declare is allowed by JSON Schema, and refused by strict mode on purpose:
    that is the spec's incompleteness, reported as such ("spec:")."""
    text = f"rejected: {_short(exc)}; value {json.dumps(value)[:300]}"
    if n in check.get("examples", ()) and "unexpected fields" in str(exc):
        return f"spec: its example {n} has properties the schema does not declare: {text}"
    return f"instance {n} {text}"


def method_of(api: Any, call_path: str) -> Any:
    for part in call_path.split("."):
        api = getattr(api, part)
    return api


def schema_check(check: dict[str, Any]) -> list[str]:
    cls = getattr(types, check["class"])
    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(cls)
    failures = []
    for n, value in enumerate(check["instances"]):
        try:
            parsed = adapter.validate_json(json.dumps(value))
            check_strict(parsed)
        except Exception as exc:
            failures.append(rejected(check, n, exc, value))
            continue
        found = difference(plain(parsed), value)
        if found:
            failures.append(f"instance {n} changed on the way back: {found}")
    return failures


def response_check(check: dict[str, Any]) -> list[str]:
    failures = []
    for n, value in enumerate(check["instances"]):
        api = client(
            lambda _, value=value: httpx.Response(
                check["status"],
                content=json.dumps(value).encode(),
                headers={"content-type": "application/json"},
            )
        )
        try:
            if "call" in check:
                result = eval(check["call"], {"client": api})  # noqa: S307 - our own text
            else:
                arguments = check["arguments"]
                result = method_of(api, check["call_path"])(
                    *arguments["positional"], **arguments["kwargs"]
                )
        except Exception as exc:
            failures.append(rejected(check, n, exc, value))
            continue
        found = difference(plain(result), value)
        if found:
            failures.append(f"instance {n} changed on the way back: {found}")
    return failures


def request_check(check: dict[str, Any]) -> list[str]:
    failures = []
    for n, case in enumerate(check["instances"]):
        sent: list[httpx.Request] = []

        def handler(request: httpx.Request, sent: list[httpx.Request] = sent) -> httpx.Response:
            sent.append(request)
            return httpx.Response(check["status"], json=None)

        method = method_of(client(handler), check["call_path"])
        try:
            # The response is not the point here: a parse error after sending is fine.
            method(*case["positional"], **case["kwargs"])
        except Exception as exc:
            if not sent:
                failures.append(
                    f"case {n} not sent: {_short(exc)}; arguments {json.dumps(case)[:300]}"
                )
                continue
        request = sent[0]
        url = urlsplit(str(request.url))
        if url.path != case["path"]:
            failures.append(f"case {n}: path {url.path!r} != {case['path']!r}")
        query = parse_qsl(url.query, keep_blank_values=True)
        missing = [pair for pair in case["query"] if tuple(pair) not in query]
        if missing:
            failures.append(f"case {n}: query {query!r} lacks {missing!r}")
        if "body" in case:
            body = json.loads(request.content) if request.content else None
            found = difference(body, case["body"])
            if found:
                failures.append(f"case {n}: body sent differs: {found}")
    return failures


RUNNERS = {"schema": schema_check, "response": response_check, "request": request_check}
results: dict[str, list[str]] = {}
for check in job["checks"]:
    try:
        results[check["id"]] = RUNNERS[check["kind"]](check)
    except Exception:
        results[check["id"]] = ["the check itself failed: " + traceback.format_exc(limit=3)]
print("@@RESULTS@@" + json.dumps(results))

"""Conformance of one generated client with its document.

    report = conform(spec, out, api)   # `out` is where the client was written

Every class and alias a response can contain is found through the manifest's
`schemas` (class -> JSON pointer); values its schema allows are made up
(`instances`), kept only if a JSON Schema validator agrees (`schema_view`), and
must parse in strict mode and dump back equal (`harness`). Operations are checked the
same way through their methods: responses over a mock transport, and requests, whose
body, path and query must be exactly what the values say. The document's own examples
go through too; one that breaks its own schema is a finding about the spec, reported
apart, not a failure of the client.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

from generator.errors import join_pointer, unescape_pointer
from generator.ir.model import Api, Operation
from generator.load import load
from generator.write import MANIFEST
from tests.conformance.drawn import DrawnInstances
from tests.conformance.instances import CannotMake, Instances, Side
from tests.conformance.schema_view import SchemaView

HARNESS = Path(__file__).with_name("harness.py")


@dataclass
class Report:
    document: str
    schemas: int = 0  # classes and aliases checked
    operations: int = 0  # operations whose responses or requests were checked
    instances: int = 0  # values tried (each valid under its schema)
    discarded: int = 0  # values made up that the validator refused (not tried)
    examples: int = 0  # the document's own examples tried
    failures: list[str] = field(default_factory=list)
    spec_findings: list[str] = field(default_factory=list)  # examples that break their schema

    @property
    def passed(self) -> bool:
        return not self.failures


@dataclass
class _Job:
    checks: list[dict[str, Any]] = field(default_factory=list)


def conform(
    spec: Path, out: Path, api: Api, *, count: int = 8, seed: int = 0, drawn: bool = False
) -> Report:
    """Check the client under `out` (as generated from `spec`, described by `api`), with
    values `instances` makes, or with values hypothesis-jsonschema draws (`drawn`)."""
    report = Report(spec.name)
    document = load(spec, validate=False)
    root = document.root
    views = {side: SchemaView(root, side) for side in ("response", "request")}
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    pointers: dict[str, str | list[str]] = manifest["schemas"]
    job = _Job()
    made = DrawnInstances(root, seed, draws=count) if drawn else Instances(root, seed)

    def values(pointer: str, side: Side) -> list[Any]:
        found: list[Any] = []
        seen: set[str] = set()
        for variant in range(count):
            try:
                value = made.make(made.at(pointer), side, variant=variant)
            except (CannotMake, RecursionError, KeyError, ValueError, TypeError):
                report.discarded += 1
                continue
            key = json.dumps(value, sort_keys=True)
            if key in seen:
                continue
            seen.add(key)
            if views[side].errors(pointer, value):
                report.discarded += 1
                continue
            found.append(value)
        report.instances += len(found)
        return found

    def _good_examples(examples: list[Any], pointer: str) -> list[Any]:
        """The examples that keep to their schema; the others are findings about the spec."""
        good = []
        for example in examples:
            problems = views["response"].errors(pointer, example)
            if problems:
                report.spec_findings.append(f"{pointer}: example breaks its schema: {problems[0]}")
            else:
                good.append(example)
        report.examples += len(good)
        return good

    models = {m.name for m in api.models if m.as_model}
    readable = models | {a.name for a in api.aliases}
    readable |= {e.name for e in api.enums}
    for name in sorted(readable):
        where = pointers.get(name)
        if where is None:
            report.failures.append(f"{name}: the manifest does not say which schema it is")
            continue
        instances, examples = [], []
        # A union the generator composed names each member's schema: values of any fit.
        for pointer in [where] if isinstance(where, str) else where:
            # A nullable schema's class holds its values; null is for where it is used.
            found = [v for v in values(pointer, "response") if v is not None]
            if name in models and _of_several_types(made.at(pointer)):
                # `type: [object, array]`: the model is the object of them, its schema's
                # other values the other members of the union it is in.
                found = [v for v in found if isinstance(v, dict)]
            instances += found
            examples += _good_examples(
                [e for e in _schema_examples(made.at(pointer)) if e is not None], pointer
            )
        report.schemas += 1
        if instances or examples:
            job.checks.append(
                {
                    "id": f"schema {name}",
                    "kind": "schema",
                    "class": name,
                    "instances": instances + examples,
                    "examples": list(range(len(instances), len(instances) + len(examples))),
                }
            )

    for op in api.operations():
        checked = False
        cases = _request_cases(op, root, made, views["request"], count, report)
        response = _response_pointer(root, op)
        if response is not None and op.pagination is None and op.response_format == "json":
            instances = values(response, "response")
            examples = _good_examples(_media_examples(made, root, response), response)
            if instances or examples:
                checked = True
                # Arguments the method takes for sure: those of a request case, else the
                # documented call's.
                call = (
                    {"call_path": op.call_path, "arguments": cases[0]}
                    if cases
                    else {"call": op.example_call}
                )
                job.checks.append(
                    {
                        "id": f"response {op.call_path}",
                        "kind": "response",
                        **call,
                        "status": op.success_status,
                        "instances": instances + examples,
                        "examples": list(range(len(instances), len(instances) + len(examples))),
                    }
                )
        if cases:
            checked = True
            job.checks.append(
                {
                    "id": f"request {op.call_path}",
                    "kind": "request",
                    "call_path": op.call_path,
                    "status": op.success_status,
                    "instances": cases,
                }
            )
        report.operations += checked
    results = _run(job, out, api)
    for check_id, failures in sorted(results.items()):
        report.failures += [f"{check_id}: {f}" for f in failures if not f.startswith("spec: ")]
        report.spec_findings += [
            f"{check_id}: {f.removeprefix('spec: ')}" for f in failures if f.startswith("spec: ")
        ]
    return report


def _schema_examples(schema: Any) -> list[Any]:
    if not isinstance(schema, dict):
        return []
    found = [schema["example"]] if "example" in schema else []
    if isinstance(schema.get("examples"), list):  # JSON Schema's form, in 3.1
        found += schema["examples"]
    return found


def _of_several_types(schema: Any) -> bool:
    types = schema.get("type") if isinstance(schema, dict) else None
    return isinstance(types, list) and len(set(types) - {"null"}) > 1


def _follow(made: Instances, pointer: str) -> str:
    """The pointer of what `pointer` refers to, where it is a reference."""
    node = made.at(pointer)
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        pointer = node["$ref"][1:]
        node = made.at(pointer)
    return pointer


def _response_pointer(root: dict[str, Any], op: Operation) -> str | None:
    made = Instances(root, 0)
    base = op.pointer
    responses = made.at(base).get("responses") or {}
    codes = sorted(c for c in responses if re.fullmatch(r"2(\d\d|XX)", str(c)))
    if not codes or not op.response_media:
        return None
    response = _follow(made, join_pointer(base, "responses", codes[0]))
    media = made.at(response).get("content", {}).get(op.response_media)
    if not isinstance(media, dict) or "schema" not in media:
        return None  # any JSON value: nothing to make up or break
    return join_pointer(response, "content", op.response_media, "schema")


def _media_examples(made: Instances, root: dict[str, Any], schema_pointer: str) -> list[Any]:
    media = made.at(schema_pointer.rsplit("/", 1)[0])
    found = _schema_examples(made.resolve(media.get("schema")))
    if "example" in media:
        found.append(media["example"])
    for example in (media.get("examples") or {}).values():
        example = made.resolve(example)
        if "value" in example:
            found.append(example["value"])
    return found


def _request_cases(
    op: Operation,
    root: dict[str, Any],
    made: Instances,
    view: SchemaView,
    count: int,
    report: Report,
) -> list[dict[str, Any]]:
    """Arguments for the method, and the path, query and body they must produce."""
    if op.body is not None and op.body_format != "json":
        return []  # forms and files: their encoding is another check's business
    base = op.pointer
    params = _param_pointers(made, root, op, base)
    body_pointer = None
    if op.body is not None:
        body = _follow(made, join_pointer(base, "requestBody"))
        body_pointer = join_pointer(body, "content", op.body.content_type, "schema")
    cases = []
    # A query the document writes into the path key (`/rest?method=...`) is sent too, read
    # from the key itself; a declared parameter of the same name says what it is instead,
    # and a `{name}` value is that parameter's.
    key = unescape_pointer(op.pointer.split("/")[2]) if op.pointer.startswith("/paths/") else ""
    declared = {p.wire_name for p in op.params if p.location == "query"}
    written = [
        [k, v]
        for k, v in parse_qsl(key.partition("#")[0].partition("?")[2], keep_blank_values=True)
        if k not in declared and "{" not in k + v  # `{term}`: a parameter's; `{k}=1`: unsaid
    ]
    for variant in range(count):
        case: dict[str, Any] = {"positional": [], "kwargs": {}, "query": list(written)}
        path = op.path.partition("#")[0]
        try:
            for p in op.params:
                # A parameter a query in the path names may be declared `in: path`.
                pointer = params.get((p.location, p.wire_name)) or (
                    params.get(("path", p.wire_name)) if p.location == "query" else None
                )
                if pointer is None and p.required and p.type.kind == "str":
                    value: Any = f"v{variant}"  # one the document names but never declares
                elif pointer is None or (not p.required and variant == 0):
                    continue
                else:
                    value = _param_value(made, view, pointer, variant)
                if value is None:
                    if p.required:
                        raise CannotMake(f"no value for the required {p.wire_name}")
                    continue
                if p.location == "path":
                    if not _scalar(value) or _text(value) == "":
                        raise CannotMake("a path value must be a non-empty scalar")
                    path = path.replace(
                        "{" + p.wire_name + "}", quote(_text(value), safe="").replace(".", "%2E")
                    )
                elif p.location == "query" and p.style == "form":
                    if _scalar(value):
                        case["query"].append([p.wire_name, _text(value)])
                    elif isinstance(value, list) and p.explode and all(map(_scalar, value)):
                        case["query"] += [[p.wire_name, _text(v)] for v in value]
                elif p.location in ("header", "cookie"):
                    # HTTP carries headers in ASCII: other text is no value to send.
                    if not _scalar(value) or not _text(value).isascii():
                        if p.required:
                            raise CannotMake("no ASCII value for a required header")
                        continue
                if p.positional:
                    case["positional"].append(value)
                else:
                    case["kwargs"][p.name] = value
            if any("{" + p.wire_name + "}" in path for p in op.params if p.location == "path"):
                raise CannotMake("a path parameter got no value")
            if body_pointer is not None and op.body is not None:
                value = made.make(made.at(body_pointer), "request", variant=variant)
                if view.errors(body_pointer, value):
                    report.discarded += 1
                    continue
                if op.body.whole is not None:
                    if value is None:
                        continue
                    case["kwargs"][op.body.whole.name] = value
                else:
                    if not isinstance(value, dict):
                        continue
                    names = {f.wire_name: f.name for f in op.body.fields}
                    extra = {k: v for k, v in value.items() if k not in names}
                    case["kwargs"].update({names[k]: v for k, v in value.items() if k in names})
                    if extra:
                        case["kwargs"]["extra_body"] = extra
                    if not value and not op.body.required:
                        value = None  # nothing given, nothing sent
                if value is not None:
                    case["body"] = value
        except (CannotMake, RecursionError, KeyError, ValueError, TypeError):
            report.discarded += 1
            continue
        case["path"] = path
        cases.append(case)
    report.instances += len(cases)
    return cases


def _param_pointers(
    made: Instances, root: dict[str, Any], op: Operation, base: str
) -> dict[tuple[str, str], str]:
    """(in, name) -> pointer of the parameter's schema, operation over path item."""
    found: dict[tuple[str, str], str] = {}
    item = base.rsplit("/", 1)[0]
    for owner in (item, base):
        node = made.at(owner)
        for i, _ in enumerate(node.get("parameters") or []):
            pointer = _follow(made, join_pointer(owner, "parameters", i))
            param = made.at(pointer)
            if "schema" in param:
                found[(param.get("in"), param.get("name"))] = join_pointer(pointer, "schema")
    return found


def _param_value(made: Instances, view: SchemaView, pointer: str, variant: int) -> Any:
    """A value for a parameter (None: none could be made); null is no parameter value."""
    for attempt in range(5):
        value = made.make(made.at(pointer), "request", variant=variant + attempt)
        if value is not None and not view.errors(pointer, value):
            return value
    return None


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool))


def _text(value: Any) -> str:
    """How the runtime writes a scalar in a path or query (`scalar_text`)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _run(job: _Job, out: Path, api: Api) -> dict[str, list[str]]:
    if not job.checks:
        return {}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(
            {"package": api.config.package, "client_class": api.config.sync_class, **job.__dict__},
            handle,
        )
    try:
        proc = subprocess.run(
            [sys.executable, str(HARNESS), handle.name],
            env={**os.environ, "PYTHONPATH": str(out / "src"), "PYTHONDONTWRITEBYTECODE": "1"},
            capture_output=True,
            text=True,
            timeout=3600,
        )
    finally:
        os.unlink(handle.name)
    marker = "@@RESULTS@@"
    if marker not in proc.stdout:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        return {"harness": ["did not finish: " + " | ".join(tail)]}
    results: dict[str, list[str]] = json.loads(proc.stdout.split(marker, 1)[1])
    return results

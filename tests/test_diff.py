"""`diff OLD NEW` and `check --against OLD`: every kind of change the issue lists, made to
a small spec one at a time, must land in its kind and name the method and the field.

The real histories (../shared/specs/history) are in tests/test_history.py.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import Change, Report, compare, next_version
from generator.pipeline import build_api
from tests.test_drift import run_cli

Spec = dict[str, Any]

BASE: Spec = yaml.safe_load("""
openapi: 3.1.0
info: {title: Runs API, version: 1.0.0}
paths:
  /missions/{mission_id}/runs/{run_id}:
    get:
      operationId: getRun
      x-codegen-name: ai.missions.runs.retrieve
      summary: Fetch a run
      parameters:
        - {name: mission_id, in: path, required: true, schema: {type: string}}
        - {name: run_id, in: path, required: true, schema: {type: string}}
        - {name: expand, in: query, schema: {type: string}}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Run"}
    patch:
      operationId: updateRun
      x-codegen-name: ai.missions.runs.update
      parameters:
        - {name: mission_id, in: path, required: true, schema: {type: string}}
        - {name: run_id, in: path, required: true, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer}}
        - {name: mode, in: query, schema: {type: string, enum: [fast]}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                status: {$ref: "#/components/schemas/RunStatus"}
                note: {type: string}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Run"}
components:
  schemas:
    RunStatus:
      type: string
      enum: [pending, running, done]
    Phase:
      type: string
      enum: [setup, work]
    Run:
      type: object
      required: [id, status]
      properties:
        id: {type: string}
        status: {$ref: "#/components/schemas/RunStatus"}
        phase: {$ref: "#/components/schemas/Phase"}
        score: {type: integer}
        label: {type: string, description: A name for people.}
        tier: {type: string, enum: [free]}
""")

RETRIEVE = "client.ai.missions.runs.retrieve"
UPDATE = "client.ai.missions.runs.update"
RUNS = "/missions/{mission_id}/runs/{run_id}"


def diff(tmp_path: Path, change: Callable[[Spec], None]) -> Report:
    new = copy.deepcopy(BASE)
    change(new)
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(BASE), "utf-8")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new), "utf-8")
    return compare(build_api(tmp_path / "old.yaml"), build_api(tmp_path / "new.yaml"))


def only(report: Report) -> Change:
    assert len(report.changes) == 1, report.changes
    return report.changes[0]


def op(spec: Spec, method: str = "patch") -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][RUNS][method]
    return found


def body(spec: Spec) -> dict[str, Any]:
    found: dict[str, Any] = op(spec)["requestBody"]["content"]["application/json"]["schema"]
    return found


def run_model(spec: Spec) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]["Run"]
    return found


def test_no_change_is_no_change(tmp_path: Path) -> None:
    report = diff(tmp_path, lambda s: None)
    assert report.changes == () and report.bump == "none"


# -- breaking for callers ---------------------------------------------------------------


def _remove_operation(s: Spec) -> None:
    del s["paths"][RUNS]["get"]


def _rename_operation(s: Spec) -> None:
    op(s, "get")["x-codegen-name"] = "ai.missions.runs.fetch"


def _remove_parameter(s: Spec) -> None:
    op(s)["parameters"].pop(2)


def _require_parameter(s: Spec) -> None:
    op(s)["parameters"][2]["required"] = True


def _add_required_parameter(s: Spec) -> None:
    op(s)["parameters"].append({"name": "reason", "in": "query", "required": True, "schema": {}})


def _narrow_parameter(s: Spec) -> None:
    body(s)["properties"]["note"] = {"type": "string", "enum": ["short", "long"]}


def _remove_request_enum_value(s: Spec) -> None:
    s["components"]["schemas"]["RunStatus"]["enum"].remove("running")


def _change_path(s: Spec) -> None:
    s["paths"]["/runs/{mission_id}/{run_id}"] = {"patch": s["paths"][RUNS].pop("patch")}


def _change_http_method(s: Spec) -> None:
    s["paths"][RUNS]["put"] = s["paths"][RUNS].pop("patch")


@pytest.mark.parametrize(
    ("change", "subject", "text"),
    [
        (_remove_operation, RETRIEVE, "method removed"),
        (_rename_operation, RETRIEVE, re.escape(f"renamed to `{RETRIEVE[:-8]}fetch`")),
        (_remove_parameter, UPDATE, "parameter `limit` removed"),
        (_require_parameter, UPDATE, "parameter `limit` is now required"),
        (_add_required_parameter, UPDATE, "new required parameter `reason`"),
        # The enum's class name comes from the naming rules: any name will do here.
        (_narrow_parameter, UPDATE, r"parameter `note` takes `\w+` \(was `str`\): narrowed"),
        (
            _remove_request_enum_value,
            "types.RunStatus",
            re.escape("value(s) `'running'` no longer accepted"),
        ),
        (
            _change_path,
            UPDATE,
            re.escape(f"now calls `PATCH /runs/{{mission_id}}/{{run_id}}` (was `PATCH {RUNS}`)"),
        ),
        (_change_http_method, UPDATE, re.escape(f"now calls `PUT {RUNS}` (was `PATCH {RUNS}`)")),
    ],
)
def test_breaking_for_callers(
    tmp_path: Path, change: Callable[[Spec], None], subject: str, text: str
) -> None:
    report = diff(tmp_path, change)
    callers = report.of("callers")
    assert [c.subject for c in callers if re.fullmatch(text, c.text)] == [subject], callers
    assert report.bump == "major" and report.fails("breaking") and report.fails("callers")


def test_a_request_enum_value_removed_names_every_method_that_sends_it(tmp_path: Path) -> None:
    report = diff(tmp_path, _remove_request_enum_value)
    (callers,) = report.of("callers")
    assert callers.methods == (UPDATE,)
    # The enum is also in responses: a reader who names RunStatus.RUNNING breaks too.
    (readers,) = report.of("readers")
    assert readers.text.startswith("member(s) `RunStatus.RUNNING` removed")
    assert readers.methods == (RETRIEVE, UPDATE)


def test_a_renamed_path_parameter_breaks_only_calls_by_keyword(tmp_path: Path) -> None:
    def rename(s: Spec) -> None:
        for method in ("get", "patch"):
            op(s, method)["parameters"][1]["name"] = "run"
        s["paths"]["/missions/{mission_id}/runs/{run}"] = s["paths"].pop(RUNS)

    callers = diff(tmp_path, rename).of("callers")
    assert {c.text for c in callers} == {
        "parameter `run_id` renamed to `run` (calls that pass it by position still work)"
    }
    assert {c.subject for c in callers} == {RETRIEVE, UPDATE}


# -- breaking for response readers --------------------------------------------------------


def _remove_response_field(s: Spec) -> None:
    del run_model(s)["properties"]["score"]


def _make_field_nullable(s: Spec) -> None:
    run_model(s)["properties"]["id"] = {"type": ["string", "null"]}


def _change_field_type(s: Spec) -> None:
    run_model(s)["properties"]["score"] = {"type": "string"}


def _make_field_optional(s: Spec) -> None:
    run_model(s)["required"] = ["status"]


def _remove_response_enum_value(s: Spec) -> None:
    s["components"]["schemas"]["Phase"]["enum"].remove("setup")


@pytest.mark.parametrize(
    ("change", "text"),
    [
        (_remove_response_field, "field `score` removed"),
        (_make_field_nullable, "field `id` may now be None"),
        (_make_field_optional, "field `id` may now be None"),
        (_change_field_type, "field `score` is `str` (was `int`)"),
        (_remove_response_enum_value, "member(s) `Phase.SETUP` removed"),
    ],
)
def test_breaking_for_readers(tmp_path: Path, change: Callable[[Spec], None], text: str) -> None:
    report = diff(tmp_path, change)
    (readers,) = report.of("readers")
    subject = "types.Phase" if "Phase" in text else "types.Run"
    assert readers.subject == subject and readers.text.startswith(text), readers
    assert readers.methods == (RETRIEVE, UPDATE)
    assert not report.of("callers") and report.bump == "major"
    assert report.fails("readers") and not report.fails("callers")


# -- additive and docs ---------------------------------------------------------------------


def _add_operation(s: Spec) -> None:
    s["paths"]["/missions/{mission_id}/runs"] = {
        "get": {
            "operationId": "listRuns",
            "x-codegen-name": "ai.missions.runs.list",
            "parameters": [{"name": "mission_id", "in": "path", "required": True, "schema": {}}],
            "responses": {"204": {"description": "none"}},
        }
    }


def _add_optional_parameter(s: Spec) -> None:
    op(s)["parameters"].append({"name": "dry_run", "in": "query", "schema": {"type": "boolean"}})


def _add_response_field(s: Spec) -> None:
    run_model(s)["properties"]["started_at"] = {"type": "string", "format": "date-time"}


def _add_response_enum_value(s: Spec) -> None:
    s["components"]["schemas"]["Phase"]["enum"].append("teardown")


def _widen_parameter(s: Spec) -> None:
    op(s)["parameters"][2]["schema"] = {"type": "number"}


@pytest.mark.parametrize(
    ("change", "subject", "text"),
    [
        (_add_operation, "client.ai.missions.runs.list", "new method"),
        (_add_optional_parameter, UPDATE, "new optional parameter `dry_run`"),
        (_add_response_field, "types.Run", "new field `started_at`"),
        (_add_response_enum_value, "types.Phase", "new value(s) `'teardown'`"),
        (_widen_parameter, UPDATE, "parameter `limit` takes `float` (was `int`)"),
    ],
)
def test_additive(tmp_path: Path, change: Callable[[Spec], None], subject: str, text: str) -> None:
    report = diff(tmp_path, change)
    found = only(report)
    assert (found.kind, found.subject) == ("additive", subject)
    assert found.text.startswith(text), found
    assert report.bump == "minor" and not report.fails("breaking") and report.fails("additive")


def test_a_literal_that_becomes_an_enum_with_more_values_is_additive(tmp_path: Path) -> None:
    """One value is a Literal, two make an enum: callers may pass more, and readers get
    an open enum of strings, which code reading the Literal handles."""

    def widen(s: Spec) -> None:
        op(s)["parameters"][3]["schema"]["enum"].append("slow")
        run_model(s)["properties"]["tier"]["enum"].append("pro")

    report = diff(tmp_path, widen)
    assert not report.of("callers") and not report.of("readers"), report.changes
    assert any(
        re.fullmatch(r"parameter `mode` takes `\w+` \(was `'fast'`\)", c.text)
        for c in report.of("additive")
    ), report.changes


def test_docs_only(tmp_path: Path) -> None:
    def edit(s: Spec) -> None:
        op(s, "get")["summary"] = "Fetch one run"
        run_model(s)["properties"]["label"]["description"] = "A name for humans."

    report = diff(tmp_path, edit)
    assert [(c.kind, c.subject, c.text) for c in report.changes] == [
        ("docs", RETRIEVE, "method summary changed"),
        ("docs", "types.Run", "field `label`: description changed"),
    ]
    assert report.bump == "patch" and not report.fails("additive") and report.fails("docs")


# -- what the command prints -------------------------------------------------------------------


def test_next_version() -> None:
    assert next_version("1.4.2", "major") == "2.0.0"
    assert next_version("1.4.2", "minor") == "1.5.0"
    assert next_version("1.4.2", "patch") == "1.4.3"
    assert next_version("0.3.1", "major") == "0.4.0"
    assert next_version("0.3.1", "minor") == "0.3.2"
    assert next_version("0.3.1", "none") == "0.3.1"


def _write(tmp_path: Path, change: Callable[[Spec], None]) -> None:
    new = copy.deepcopy(BASE)
    change(new)
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(BASE), "utf-8")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new), "utf-8")


def test_the_changelog_groups_by_kind_and_fails_on_request(tmp_path: Path) -> None:
    def change(s: Spec) -> None:
        _remove_parameter(s)
        _remove_response_field(s)
        _add_operation(s)

    _write(tmp_path, change)
    proc = run_cli("diff", "old.yaml", "new.yaml", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == (
        "## API changes: `old.yaml` → `new.yaml`\n\n"
        "Semantic version: **major** (breaking changes): `0.1.0` → `0.2.0` "
        "(below 1.0, a breaking change moves the minor number)\n\n"
        "### Breaking for callers (1)\n\n"
        f"- `{UPDATE}` (`PATCH {RUNS}`): parameter `limit` removed\n\n"
        "### Breaking for response readers (1)\n\n"
        f"- `types.Run`: field `score` removed; used by `{RETRIEVE}`, `{UPDATE}`\n\n"
        "### Additive (1)\n\n"
        "- `client.ai.missions.runs.list` (`GET /missions/{mission_id}/runs`): new method\n"
    )
    assert (
        run_cli("diff", "old.yaml", "new.yaml", "--fail-on", "breaking", cwd=tmp_path).returncode
        == 3
    )
    assert (
        run_cli("diff", "new.yaml", "new.yaml", "--fail-on", "docs", cwd=tmp_path).returncode == 0
    )
    data = json.loads(run_cli("diff", "old.yaml", "new.yaml", "--json", cwd=tmp_path).stdout)
    assert data["bump"] == "major" and data["version"] == {"from": "0.1.0", "to": "0.2.0"}
    assert data["counts"] == {"callers": 1, "readers": 1, "additive": 1, "docs": 0}


def test_additive_changes_pass_fail_on_breaking(tmp_path: Path) -> None:
    _write(tmp_path, _add_optional_parameter)
    proc = run_cli("diff", "old.yaml", "new.yaml", "--fail-on", "breaking", cwd=tmp_path)
    assert proc.returncode == 0 and "**minor** (additions only): `0.1.0` → `0.1.1`" in proc.stdout


def test_check_against_an_old_spec(tmp_path: Path) -> None:
    _write(tmp_path, _remove_parameter)
    made = run_cli("generate", "new.yaml", "--out", "out", "--no-cache", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    proc = run_cli(
        "check",
        "new.yaml",
        "--out",
        "out",
        "--against",
        "old.yaml",
        "--fail-on",
        "breaking",
        cwd=tmp_path,
    )
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert proc.stdout.startswith("out is up to date")
    assert "parameter `limit` removed" in proc.stdout
    # Drift stays exit 1, and the changelog still follows.
    (tmp_path / "out" / "README.md").write_text("stale\n", "utf-8")
    proc = run_cli("check", "new.yaml", "--out", "out", "--against", "old.yaml", cwd=tmp_path)
    assert proc.returncode == 1 and "parameter `limit` removed" in proc.stdout


def test_a_spec_that_cannot_be_read_is_bad_input(tmp_path: Path) -> None:
    (tmp_path / "old.yaml").write_text("openapi: [", "utf-8")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(BASE), "utf-8")
    proc = run_cli("diff", "old.yaml", "new.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.startswith("error: old.yaml"), proc.stderr

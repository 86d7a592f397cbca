"""The generated client's types are real: mypy --strict and ruff pass on it, mypy accepts
ordinary use of it, and mypy rejects misuse of it (wrong enum literal, missing argument...)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .conftest import GENERATED_DIR

TIMEOUT = 300


def _run(
    args: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env={**os.environ, **(env or {})},
    )


def test_mypy_strict_passes_on_the_generated_package(tmp_path: Path) -> None:
    result = _run(
        ["mypy", "--strict", "--cache-dir", str(tmp_path / "mypy-cache"), "src"],
        cwd=GENERATED_DIR,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Success" in output, output


def test_ruff_passes_on_the_generated_package() -> None:
    result = _run(["ruff", "check", "--no-cache", "."], cwd=GENERATED_DIR)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "All checks passed" in output, output


# -- snippets ---------------------------------------------------------------------------------

GOOD_SNIPPET = """
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

from typing_extensions import assert_type

from telnyx_missions import (
    APIResponse,
    AsyncAPIResponse,
    AsyncPage,
    AsyncTelnyx,
    NotFoundError,
    Page,
    RateLimitError,
    Telnyx,
    TelnyxError,
)
from telnyx_missions.types import (
    EventResponse,
    EventType,
    ExecutionMode,
    Meta,
    MissionData,
    MissionResponse,
    MissionRunData,
    MissionRunResponse,
    PlanStepResponse,
    PlanStepsCreatedResponse,
    RunStatus,
    StepStatus,
)

MISSION_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
RUN_ID = "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


def sync_usage(client: Telnyx) -> list[str]:
    names: list[str] = []
    page = client.ai.missions.list(page_size=50)
    assert_type(page, Page[MissionData, Meta])
    assert_type(page.meta, Meta)
    for mission in page:
        assert_type(mission, MissionData)
        names.append(mission.name)
    for each_page in page.iter_pages():
        assert_type(each_page.items, list[MissionData])
    if page.has_next_page():
        assert_type(page.get_next_page(), Page[MissionData, Meta])

    created = client.ai.missions.create(
        name="Onboarding",
        execution_mode="managed",
        metadata={"team": "customer-success"},
    )
    assert_type(created, MissionResponse)
    client.ai.missions.update_mission(MISSION_ID, execution_mode=ExecutionMode.EXTERNAL)
    mission_id: str = created.data.mission_id
    description: str | None = created.data.description

    run = client.ai.missions.runs.create(mission_id, input={"objective": "qualify"})
    assert_type(run, MissionRunResponse)
    assert_type(run.data.status, RunStatus)
    started: datetime = run.data.started_at
    finished: datetime | None = run.data.finished_at
    if run.data.status in (RunStatus.RUNNING, RunStatus.PAUSED):
        client.ai.missions.runs.update(RUN_ID, mission_id=MISSION_ID, status="succeeded")

    plan = client.ai.missions.runs.plan.create(
        RUN_ID,
        mission_id=MISSION_ID,
        steps=[
            {"step_id": "collect", "description": "Collect requirements.", "sequence": 0},
            {
                "step_id": "confirm",
                "description": "Confirm delivery.",
                "sequence": 1,
                "parent_step_id": "collect",
                "metadata": {"channel": "email"},
            },
        ],
    )
    assert_type(plan, PlanStepsCreatedResponse)
    step = client.ai.missions.runs.plan.update_step(
        "collect", mission_id=MISSION_ID, run_id=RUN_ID, status="completed"
    )
    assert_type(step, PlanStepResponse)
    assert_type(step.data.status, StepStatus)
    client.ai.missions.runs.plan.update_step(
        "confirm", mission_id=MISSION_ID, run_id=RUN_ID, status=StepStatus.SKIPPED
    )

    event = client.ai.missions.runs.events.log(
        RUN_ID,
        mission_id=MISSION_ID,
        type="step_started",
        summary="Started collecting requirements.",
        idempotency_key="collect-1",
    )
    assert_type(event, EventResponse)
    assert_type(event.data.type, EventType)
    for logged in client.ai.missions.runs.events.list(RUN_ID, mission_id=MISSION_ID):
        summaries: str = logged.summary

    assert_type(client.ai.missions.delete_mission(MISSION_ID), None)
    assert_type(client.ai.missions.tools.list_tools(MISSION_ID), object)

    raw = client.ai.missions.with_raw_response.retrieve(MISSION_ID)
    assert_type(raw, APIResponse[MissionResponse])
    status_code: int = raw.status_code
    assert_type(raw.parse(), MissionResponse)
    assert_type(raw.parse(to=dict), dict[Any, Any])
    assert_type(raw.parse(to=MissionData), MissionData)
    assert_type(raw.request_id, str | None)
    assert_type(raw.elapsed, timedelta)
    with client.ai.missions.with_streaming_response.retrieve(MISSION_ID) as streamed:
        assert_type(streamed, APIResponse[MissionResponse])
        for chunk in streamed.iter_bytes():
            assert_type(chunk, bytes)
    assert_type(client.get(f"/ai/missions/{MISSION_ID}", cast_to=MissionResponse), MissionResponse)
    assert_type(
        client.post("/ai/missions", cast_to=dict[str, object], body={"name": "x"}),
        dict[str, object],
    )
    assert_type(created.to_dict(mode="json"), dict[str, object])
    assert_type(created.to_json(indent=None), str)
    copied = client.copy(default_query={"a": 1}, set_default_headers={"X": "y"})
    assert_type(copied, Telnyx)
    try:
        client.ai.missions.runs.update(RUN_ID, mission_id=MISSION_ID, status="succeeded")
    except TelnyxError as error:
        print(error)

    quick = client.with_options(timeout=5.0, max_retries=0)
    try:
        quick.ai.missions.retrieve(
            MISSION_ID, extra_headers={"X-Trace-Id": "t"}, extra_query={"a": "b"}, timeout=2.0
        )
    except NotFoundError as exc:
        code: int = exc.status_code
    except RateLimitError:
        pass
    return names


async def async_usage(client: AsyncTelnyx) -> None:
    first = await client.ai.missions.runs.list(MISSION_ID)
    assert_type(first, AsyncPage[MissionRunData, Meta])
    async for run in client.ai.missions.runs.list(MISSION_ID, status="running"):
        assert_type(run, MissionRunData)
    mission = await client.ai.missions.retrieve(MISSION_ID)
    assert_type(mission, MissionResponse)
    step = await client.ai.missions.runs.plan.update_step(
        "collect", mission_id=MISSION_ID, run_id=RUN_ID, status="failed"
    )
    assert_type(step.data.status, StepStatus)
    raw = await client.ai.missions.with_raw_response.retrieve(MISSION_ID)
    assert_type(raw, AsyncAPIResponse[MissionResponse])
    assert_type(await raw.parse(), MissionResponse)
    async with client.ai.missions.runs.with_streaming_response.list(MISSION_ID) as pages:
        assert_type(await pages.parse(), AsyncPage[MissionRunData, Meta])
    assert_type(await client.get("/ai/missions", cast_to=object), object)


def main() -> None:
    with Telnyx(api_key="k") as client:
        sync_usage(client)

    async def run_async() -> None:
        async with AsyncTelnyx(api_key="k") as client:
            await async_usage(client)

    asyncio.run(run_async())
"""

# Each line marked `# E: <code>` must get a mypy error with that code; no other line may.
BAD_SNIPPET = """
from __future__ import annotations

from telnyx_missions import AsyncTelnyx, Page, Telnyx
from telnyx_missions.types import Meta, MissionData, MissionResponse, StepStatus

M = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
R = "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


def misuse(client: Telnyx, async_client: AsyncTelnyx) -> None:
    client.ai.missions.runs.plan.update_step("s", mission_id=M, run_id=R, status="not-a-status")  # E: arg-type
    client.ai.missions.runs.events.log(R, mission_id=M, type="step_started")  # E: call-arg
    client.ai.missions.runs.events.log(R, mission_id=M, type="started", summary="s")  # E: arg-type
    client.ai.missions.runs.plan.create(R, mission_id=M, steps=[{"step_id": "a", "description": "b"}])  # E: typeddict-item
    client.ai.missions.runs.plan.create(R, mission_id=M, steps=[{"step_id": "a", "description": "b", "sequence": "0"}])  # E: typeddict-item
    client.ai.missions.runs.update(R, mission_id=M, status=StepStatus.COMPLETED)  # E: arg-type
    client.ai.missions.create(name="x", execution_mode="hybrid")  # E: arg-type
    client.ai.missions.create(description="no name")  # E: call-arg
    client.ai.missions.retrieve(M, bogus=1)  # E: call-arg
    client.ai.missions.runs.retrieve(R)  # E: call-arg
    client.ai.missions.list(page_size="20")  # E: arg-type
    name: int = client.ai.missions.retrieve(M).data.name  # E: assignment
    client.ai.missions.retrieve(M).data.no_such_field  # E: attr-defined
    page: Page[MissionData, Meta] = async_client.ai.missions.list()  # E: assignment
    mission: MissionResponse = async_client.ai.missions.retrieve(M)  # E: assignment
    client.ai.missions.runs.update(R, mission_id=M, status=None)  # E: arg-type
    client.ai.missions.update_mission(M, description=None)  # E: arg-type



async def misuse_async(async_client: AsyncTelnyx) -> None:
    raw = await async_client.ai.missions.with_raw_response.retrieve(M)
    parsed: MissionResponse = raw.parse()  # E: assignment
"""


@pytest.fixture(scope="module")
def mypy_on_snippets(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, Path]:
    """Runs mypy --strict once over both snippets; (exit code, output, directory)."""
    directory = tmp_path_factory.mktemp("snippets")
    (directory / "good_usage.py").write_text(textwrap.dedent(GOOD_SNIPPET).lstrip())
    (directory / "bad_usage.py").write_text(textwrap.dedent(BAD_SNIPPET).lstrip())
    result = _run(
        [
            "mypy",
            "--strict",
            "--show-error-codes",
            "--no-pretty",
            "--no-color-output",
            "--cache-dir",
            str(directory / ".mypy-cache"),
            "good_usage.py",
            "bad_usage.py",
        ],
        cwd=directory,
        env={"MYPYPATH": str(GENERATED_DIR / "src")},
    )
    return result.returncode, result.stdout + result.stderr, directory


_ERROR_LINE = re.compile(r"^(?P<file>[\w.]+):(?P<line>\d+): error: .*\[(?P<code>[\w-]+)\]$")


def _errors(output: str, filename: str) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for line in output.splitlines():
        match = _ERROR_LINE.match(line.strip())
        if match and match["file"] == filename:
            found.setdefault(int(match["line"]), set()).add(match["code"])
    return found


def test_typed_usage_is_accepted_by_mypy_strict(mypy_on_snippets: tuple[int, str, Path]) -> None:
    _code, output, _directory = mypy_on_snippets
    assert "(checked 2 source files)" in output, output  # mypy ran to the end
    assert "good_usage.py" not in output, output
    # mypy really looked at the package (and not at an Any stub of it).
    assert "import-not-found" not in output and "import-untyped" not in output, output


def test_misuse_is_rejected_by_mypy_strict(mypy_on_snippets: tuple[int, str, Path]) -> None:
    code, output, directory = mypy_on_snippets
    assert code == 1, output
    lines = (directory / "bad_usage.py").read_text().splitlines()
    expected = {
        number: line.rsplit("# E: ", 1)[1].strip()
        for number, line in enumerate(lines, start=1)
        if "# E: " in line
    }
    assert len(expected) == 18
    found = _errors(output, "bad_usage.py")
    missing = {
        number: f"{lines[number - 1].strip()}  (got {sorted(found.get(number, ()))})"
        for number, wanted in expected.items()
        if wanted not in found.get(number, set())
    }
    assert not missing, "mypy accepted misuse:\n" + "\n".join(missing.values()) + "\n\n" + output
    unexpected = {number: codes for number, codes in found.items() if number not in expected}
    assert not unexpected, f"errors on unmarked lines {unexpected}:\n{output}"

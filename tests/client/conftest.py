"""Shared fixtures for the tests of the generated client (`telnyx_missions`).

* `spec`: spec/missions.yaml, loaded once.
* `prism_url`: a Prism mock server for spec/missions.yaml, one per xdist worker. It is
  started with `--errors`, so a request that breaks the spec gets Prism's validation
  error (422 + an `sl-violations` header) instead of the example response.
* `sleeps`: replaces the sleeping of the retry loop with a recorder, so retry tests are
  instant and can check each delay the client asked for.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT / "spec" / "missions.yaml"
GENERATED_DIR = REPO_ROOT / "generated"
PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"
PRISM_START_TIMEOUT = 30.0


def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.safe_load(fh)
    return spec


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


# -- Prism ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Terminate Prism and everything it forked (it runs in its own process group)."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)


def _start_prism(log_path: Path) -> tuple[subprocess.Popen[bytes], str] | None:
    """Start Prism on a free port; None if it exited early (e.g. the port was taken)."""
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    log = log_path.open("wb")
    try:
        proc = subprocess.Popen(
            [
                str(PRISM_BIN),
                "mock",
                "spec/missions.yaml",
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "--errors",
            ],
            cwd=REPO_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so that killpg reaches node too
        )
    finally:
        log.close()
    deadline = time.monotonic() + PRISM_START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return None
        try:
            # Any HTTP answer (even 401 for the missing key) means Prism is serving.
            httpx.get(f"{base_url}/ai/missions", timeout=1.0)
        except httpx.TransportError:
            time.sleep(0.2)
            continue
        return proc, base_url
    _stop(proc)
    pytest.fail(
        f"Prism did not answer on {base_url} within {PRISM_START_TIMEOUT:.0f} s; its output:\n"
        + log_path.read_text(errors="replace")[-4000:]
    )


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a running `prism mock spec/missions.yaml --errors`."""
    if not (PRISM_BIN.is_file() and os.access(PRISM_BIN, os.X_OK)):
        # Not a skip: without Prism the contract of 41 operations goes unchecked.
        pytest.fail(
            f"{PRISM_BIN.relative_to(REPO_ROOT)} is missing; run `make test` "
            "(or `npm ci`) to install the pinned Prism mock server"
        )
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    started = None
    for _attempt in range(3):
        started = _start_prism(log_path)
        if started is not None:
            break
    if started is None:
        pytest.fail("Prism exited during start-up; its output:\n" + log_path.read_text()[-4000:])
    proc, base_url = started
    try:
        yield base_url
    finally:
        _stop(proc)


# -- sleeping in the retry loop -------------------------------------------------------------


class _ModuleProxy:
    """Stands in for a module inside the runtime: chosen attributes replaced, the rest real."""

    def __init__(self, real: object, **overrides: object) -> None:
        self._real = real
        self.__dict__.update(overrides)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the retry loop asked to sleep, in order; nothing actually sleeps.

    Only the runtime module's view of `time` / `asyncio` is replaced, so pytest, xdist
    and the event loop keep their real `sleep`.
    """
    import telnyx_missions._runtime.client as runtime_client

    delays: list[float] = []

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    async def fake_async_sleep(seconds: float, result: object = None) -> object:
        delays.append(seconds)
        return result

    monkeypatch.setattr(runtime_client, "time", _ModuleProxy(time, sleep=fake_sleep))
    monkeypatch.setattr(runtime_client, "asyncio", _ModuleProxy(asyncio, sleep=fake_async_sleep))
    return delays


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (marked `anyio`) run on asyncio only."""
    return "asyncio"

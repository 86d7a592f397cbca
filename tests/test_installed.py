"""The generator as users get it: a wheel built from this tree, installed into a fresh
virtualenv outside the checkout, run as `openapi-pyclient` from a folder of its own.

The wheel's dependencies come from `.venv/wheelhouse` (filled by `make test` from PyPI,
pinned by requirements.lock), so the install needs no index and takes seconds.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

import generator

REPO_ROOT = Path(__file__).resolve().parents[1]
WHEELHOUSE = REPO_ROOT / ".venv" / "wheelhouse"
SHARED_SPECS = REPO_ROOT.parent / "shared" / "specs"
PETSTORE = SHARED_SPECS / "oai-petstore.yaml"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without anything pointing back into the checkout or its venv."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "PIP_", "VIRTUAL_ENV", "XDG_CACHE"))
    }
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(str(REPO_ROOT))
    )
    env.update(extra)
    return env


def offline_pip_env(**extra: str) -> dict[str, str]:
    """pip answered from the wheelhouse only: no index, no other find-links."""
    if not (WHEELHOUSE / ".complete").is_file():
        pytest.fail(f"{WHEELHOUSE} is missing: `make test` builds it", pytrace=False)
    return clean_env(PIP_NO_INDEX="1", PIP_FIND_LINKS=str(WHEELHOUSE), **extra)


@functools.cache
def built_wheel() -> Path:
    """The generator's wheel, built from the working tree once per test process."""
    out = Path(tempfile.mkdtemp(prefix="opc-wheel-"))
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
        + ["--disable-pip-version-check", "-w", str(out), str(REPO_ROOT)],
        capture_output=True,
        text=True,
        env=offline_pip_env(),
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    (wheel,) = out.glob("openapi_pyclient_generator-*.whl")
    return wheel


def test_the_wheel_carries_every_template_and_the_runtime() -> None:
    templates = REPO_ROOT / "templates"
    expected = {
        "generator/templates/" + p.relative_to(templates).as_posix()
        for p in templates.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    with zipfile.ZipFile(built_wheel()) as wheel:
        names = wheel.namelist()
    assert len(names) == len(set(names)), "a file is in the wheel twice"
    carried = {n for n in names if n.startswith("generator/templates/")}
    assert carried == expected
    assert any(n.startswith("generator/templates/runtime/") for n in carried)


def test_installed_generator_generates_and_checks_from_any_folder(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-compile"]
        + ["--disable-pip-version-check", str(built_wheel())],
        capture_output=True,
        text=True,
        env=offline_pip_env(),
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    work = tmp_path / "project"
    work.mkdir()
    shutil.copy(PETSTORE, work / "petstore.yaml")
    env = clean_env(XDG_CACHE_HOME=str(tmp_path / "cache"))
    script = str(venv / "bin" / "openapi-pyclient")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [script, *args], cwd=work, env=env, capture_output=True, text=True, timeout=120
        )

    version = run("--version")
    assert version.stdout == f"openapi-pyclient {generator.__version__}\n", version.stderr
    # The generator imported is the installed one, templates and all.
    where = subprocess.run(
        [str(python), "-c", "import generator; print(generator.__file__, generator.TEMPLATES)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(Path(p).is_relative_to(venv) for p in where), where

    made = run("generate", "petstore.yaml", "--out", "client")
    assert made.returncode == 0, made.stderr
    assert (work / "client" / "pyproject.toml").is_file()
    assert any((work / "client" / "src").glob("*/_runtime/client.py"))
    fresh = run("check", "petstore.yaml", "--out", "client")
    assert fresh.returncode == 0 and "client is up to date" in fresh.stdout, fresh.stdout
    full = run("check", "petstore.yaml", "--out", "client", "--no-cache")
    assert full.returncode == 0, full.stdout + full.stderr
    readme = work / "client" / "README.md"
    readme.write_text(readme.read_text("utf-8") + "edited\n", "utf-8")
    stale = run("check", "petstore.yaml", "--out", "client")
    assert stale.returncode == 1 and "\n-edited\n" in stale.stdout, stale.stdout

"""The pre-commit hook (.pre-commit-hooks.yaml), run by pre-commit itself.

A throwaway git repository holds a spec and the client generated from it, and uses this
repository as its hook source: the build inputs of the working tree (so uncommitted
edits are what is tested), committed into a git repository of their own. pre-commit
clones it and pip-installs it into a hook environment, from `.venv/wheelhouse` only.

The README's GitHub Actions job is read here, and its commands are the ones run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_installed import PETSTORE, REPO_ROOT, offline_pip_env

HOOK = "openapi-pyclient-check"
# What pip installs from the hook source: the rest of the repository is not needed.
BUILD_INPUTS = ["pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "generator", "templates"]


def git(cwd: Path, *args: str, env: dict[str, str]) -> str:
    proc = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def ci_commands() -> list[str]:
    """The `run:` steps of the README's GitHub Actions job."""
    readme = (REPO_ROOT / "README.md").read_text("utf-8")
    job = readme.split("<!-- ci-job: begin -->")[1].split("<!-- ci-job: end -->")[0]
    return re.findall(r"^\s+- run: (.+)$", job, re.M)


def test_the_ci_job_installs_the_pinned_pre_commit() -> None:
    pinned = re.search(r"^pre_commit==(\S+)$", (REPO_ROOT / "requirements.lock").read_text(), re.M)
    assert pinned is not None
    commands = ci_commands()
    assert commands[0] == f"pip install pre-commit=={pinned.group(1)}", commands
    assert any(c.startswith(f"pre-commit run {HOOK} ") for c in commands[1:]), commands


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    found = offline_pip_env(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        GIT_AUTHOR_NAME="Test",
        GIT_AUTHOR_EMAIL="test@example.test",
        GIT_COMMITTER_NAME="Test",
        GIT_COMMITTER_EMAIL="test@example.test",
        GIT_CONFIG_NOSYSTEM="1",
        HOME=str(tmp_path / "home"),
    )
    # pre-commit and git as the CI job has them: on PATH.
    found["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), found["PATH"]])
    return found


@pytest.fixture
def hook_source(tmp_path: Path, env: dict[str, str]) -> tuple[Path, str]:
    """This repository's working tree, committed into a git repository of its own."""
    source = tmp_path / "hook-source"
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z", "--", *BUILD_INPUTS],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for name in filter(None, listed.split("\0")):
        path = REPO_ROOT / name
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink():
            target.symlink_to(os.readlink(path))
        elif path.is_file():
            shutil.copy2(path, target)
    git(source, "init", "-q", env=env)
    git(source, "add", "-A", env=env)
    git(source, "commit", "-q", "-m", "hook source", env=env)
    return source, git(source, "rev-parse", "HEAD", env=env)


def test_a_stale_client_fails_the_commit_with_the_diff_and_a_fresh_one_passes(
    tmp_path: Path, env: dict[str, str], hook_source: tuple[Path, str]
) -> None:
    source, rev = hook_source
    project = tmp_path / "project"
    (project / "spec").mkdir(parents=True)
    shutil.copy(PETSTORE, project / "spec" / "openapi.yaml")
    (project / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {source}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        f"      - id: {HOOK}\n"
        "        args: [spec/openapi.yaml, --out, generated]\n",
        "utf-8",
    )
    git(project, "init", "-q", env=env)
    made = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "spec/openapi.yaml", "--out", "generated"],
        cwd=project,
        env={**env, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    pre_commit = [sys.executable, "-m", "pre_commit"]
    installed = subprocess.run(
        [*pre_commit, "install", "--install-hooks"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr

    def commit(message: str) -> subprocess.CompletedProcess[str]:
        git(project, "add", "-A", env=env)
        return subprocess.run(
            ["git", "commit", "-m", message],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    def ci() -> list[subprocess.CompletedProcess[str]]:
        return [
            subprocess.run(
                command, shell=True, cwd=project, env=env, capture_output=True, text=True
            )
            for command in ci_commands()[1:]
        ]

    # git shows the hooks' output on stderr.
    fresh = commit("a spec and its client")
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert re.search(r"generated client matches its OpenAPI document\.+Passed", fresh.stderr)
    assert all(run.returncode == 0 for run in ci()), [r.stdout for r in ci()]

    # The spec changes and the client is not regenerated.
    spec = project / "spec" / "openapi.yaml"
    spec.write_text(spec.read_text("utf-8").replace("List all pets", "List every pet"), "utf-8")
    stale = commit("a spec change without its client")
    assert stale.returncode != 0, stale.stdout + stale.stderr
    assert re.search(r"generated client matches its OpenAPI document\.+Failed", stale.stderr)
    assert re.search(r"^\+.*List every pet", stale.stderr, re.M), stale.stderr
    assert "generated is stale: " in stale.stderr
    assert git(project, "log", "--format=%s", env=env) == "a spec and its client"
    runs = ci()
    assert runs[-1].returncode == 1 and "generated is stale: " in runs[-1].stdout, runs[-1].stdout

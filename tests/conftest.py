"""Fixtures shared by the drift tests: a project holding spec/ and a client made from it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.test_drift import SPEC_DIR, run_cli


@pytest.fixture(scope="session")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """spec/ and the client generated from it, made once per worker."""
    root = tmp_path_factory.mktemp("pristine")
    shutil.copytree(SPEC_DIR, root / "spec")
    proc = run_cli("generate", "spec/missions.yaml", "--out", "out", "--no-cache", cwd=root)
    assert proc.returncode == 0, proc.stderr
    return root


@pytest.fixture
def project(pristine: Path, tmp_path: Path) -> Path:
    """A private copy of `pristine`, free to edit."""
    shutil.copytree(pristine, tmp_path, dirs_exist_ok=True)
    return tmp_path

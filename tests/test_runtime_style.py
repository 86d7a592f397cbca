"""The runtime is copied into generated clients as it is, without formatting: keep it clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUNTIME = Path(__file__).resolve().parents[1] / "templates" / "runtime"


def test_runtime_is_black_formatted_as_generated_code_is() -> None:
    # Same settings as generator/format.py; a difference would show as drift after a
    # regenerate with a cold cache.
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "black",
            "--check",
            "--diff",
            "-l",
            "100",
            "-t",
            "py310",
            str(RUNTIME),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr

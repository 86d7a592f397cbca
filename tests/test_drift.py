"""`check` reports drift between a spec and an output folder; `generate` removes it.

Every run uses --no-cache (no formatter cache, no reuse of the output's manifest) except
where the cached path itself is under test; those runs get a private XDG_CACHE_HOME.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC_DIR = REPO_ROOT / "spec"
PACKAGE = "src/telnyx_missions"
SUMMARY = re.compile(
    r"^out is stale: (\d+) changed, (\d+) added, (\d+) removed; run `make regenerate`\. .*$", re.M
)
TIMING = re.compile(r", [\d.]+s$")


def run_cli(
    *args: str, cwd: Path = REPO_ROOT, cache: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONPATH=str(REPO_ROOT), PYTHONDONTWRITEBYTECODE="1")
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)  # runs with caches stay away from the real one
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def check(project: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli("check", "spec/missions.yaml", "--out", "out", "--no-cache", *extra, cwd=project)


def generate(project: Path) -> subprocess.CompletedProcess[str]:
    proc = run_cli("generate", "spec/missions.yaml", "--out", "out", "--no-cache", cwd=project)
    assert proc.returncode == 0, proc.stderr
    return proc


def files_in(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}


def test_unchanged_spec_is_up_to_date(project: Path) -> None:
    # Caches that tools leave in the output are not drift.
    cache = project / "out" / PACKAGE / "__pycache__"
    cache.mkdir()
    (cache / "_client.cpython-311.pyc").write_bytes(b"\x00")
    proc = check(project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.fullmatch(
        r"out is up to date \(\d+ files\), 0 warning\(s\), [\d.]+s\n", proc.stdout
    ), proc.stdout
    assert proc.stderr == ""


def test_drift_is_reported_with_a_diff_and_removed_by_generate(project: Path) -> None:
    """One run of check sees every kind of drift at once: files the edited spec changes,
    a file the spec no longer makes, a hand edit, and a deleted file."""
    out = project / "out"
    expected_files = files_in(out)
    # 1. Edit the spec: an operation summary and a new schema property.
    spec = project / "spec" / "missions.yaml"
    text = spec.read_text(encoding="utf-8")
    assert text.count("summary: List missions\n") == 1
    text = text.replace("summary: List missions\n", "summary: List every mission we know about\n")
    start = text.index("    MissionData:\n")
    props = text.index("      properties:\n", start) + len("      properties:\n")
    text = (
        text[:props] + "        priority_level:\n          type: integer\n"
        "          description: How urgent the mission is.\n" + text[props:]
    )
    spec.write_text(text, encoding="utf-8")
    # 2. A file the spec does not make.
    extra = out / PACKAGE / "types" / "obsolete_model.py"
    extra.write_text('"""A model the spec used to have."""\n', encoding="utf-8")
    # 3. A hand edit, and 4. a deleted file.
    edited = out / PACKAGE / "_client.py"
    edited.write_text(
        edited.read_text(encoding="utf-8").replace(
            "DEFAULT_BASE_URL =", "DEFAULT_BASE_URL = 'http://evil' or", 1
        ),
        encoding="utf-8",
    )
    gone = out / PACKAGE / "_version.py"
    gone.unlink()
    before = {p: (out / p).read_bytes() for p in files_in(out)}

    proc = check(project)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    stdout = proc.stdout
    lines = stdout.splitlines()
    # A unified diff naming each changed file, with the old and the new text.
    assert re.search(
        rf"^--- a/{PACKAGE}/resources/\S+\.py\n\+\+\+ b/{PACKAGE}/resources/\S+\.py$", stdout, re.M
    )
    assert re.search(r"^\+.*List every mission we know about", stdout, re.M), stdout[:3000]
    assert re.search(r"^-.*List missions", stdout, re.M)
    assert re.search(
        rf"^--- a/{PACKAGE}/types/mission_data\.py\n\+\+\+ b/{PACKAGE}/types/mission_data\.py$",
        stdout,
        re.M,
    )
    assert re.search(r"^\+\s+priority_level: int \| None", stdout, re.M)
    assert re.search(r"^-DEFAULT_BASE_URL = 'http://evil' or", stdout, re.M)
    assert re.search(rf"^--- a/{PACKAGE}/types/obsolete_model\.py\n\+\+\+ /dev/null$", stdout, re.M)
    assert re.search(rf"^--- /dev/null\n\+\+\+ b/{PACKAGE}/_version\.py$", stdout, re.M)
    # Then one line per file, and the summary line last.
    assert f"changed: {PACKAGE}/types/mission_data.py" in lines
    assert f"changed: {PACKAGE}/_client.py" in lines
    assert any(re.fullmatch(rf"changed: {PACKAGE}/resources/\S+\.py", line) for line in lines)
    assert f"removed: {PACKAGE}/types/obsolete_model.py" in lines
    assert f"added: {PACKAGE}/_version.py" in lines
    summary = SUMMARY.fullmatch(lines[-1])
    assert summary, lines[-1]
    changed, added, removed = map(int, summary.groups())
    assert changed >= 4 and added == 1 and removed == 1, lines[-1]
    assert sum(1 for line in lines if line.startswith("changed: ")) == changed
    # check writes nothing.
    assert {p: (out / p).read_bytes() for p in files_in(out)} == before

    # --quiet keeps only the summary line.
    quiet = check(project, "--quiet")
    assert quiet.returncode == 1
    assert len(quiet.stdout.strip().splitlines()) == 1
    assert TIMING.sub("", quiet.stdout.strip()) == TIMING.sub("", summary.group(0))

    # generate brings the folder up to date: the stray file deleted, the others restored.
    proc = generate(project)
    assert f"({changed + added + removed} changed)" in proc.stdout, proc.stdout
    assert files_in(out) == expected_files
    assert not extra.exists() and gone.exists()
    assert "http://evil" not in edited.read_text(encoding="utf-8")
    assert "priority_level" in (out / PACKAGE / "types" / "mission_data.py").read_text(
        encoding="utf-8"
    )


def test_generate_with_caches_does_not_reuse_a_hand_edited_file(project: Path) -> None:
    target = project / "out" / PACKAGE / "_client.py"
    original = target.read_text(encoding="utf-8")
    target.write_text(
        original.replace("DEFAULT_BASE_URL =", "DEFAULT_BASE_URL = 'http://evil' or", 1),
        encoding="utf-8",
    )
    proc = run_cli(
        "generate", "spec/missions.yaml", "--out", "out", cwd=project, cache=project / "cache"
    )
    assert proc.returncode == 0, proc.stderr
    assert "(1 changed)" in proc.stdout
    assert target.read_text(encoding="utf-8") == original


def test_check_does_not_trust_the_manifest_in_the_folder(project: Path) -> None:
    """`make check` runs without --no-cache: a hand edit whose manifest entry was updated
    to match must still be drift, since the manifest lives in the folder being checked."""
    target = project / "out" / PACKAGE / "_client.py"
    edited = target.read_text(encoding="utf-8").replace(
        "DEFAULT_BASE_URL =", "DEFAULT_BASE_URL = 'http://evil' or", 1
    )
    target.write_text(edited, encoding="utf-8")
    manifest_path = project / "out" / ".codegen-manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    digest = hashlib.sha256(edited.encode("utf-8")).hexdigest()
    entry = manifest["files"][f"{PACKAGE}/_client.py"]
    if isinstance(entry, dict):
        entry["sha256"] = digest
    else:
        manifest["files"][f"{PACKAGE}/_client.py"] = digest
    manifest_path.write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    proc = run_cli(
        "check", "spec/missions.yaml", "--out", "out", cwd=project, cache=project / "cache"
    )
    assert proc.returncode == 1, f"check missed a hand edit: {proc.stdout[-500:]}"
    assert f"changed: {PACKAGE}/_client.py" in proc.stdout.splitlines()


def test_committed_client_is_up_to_date() -> None:
    proc = run_cli("check", "spec/missions.yaml", "--out", "generated", "--no-cache")
    assert (
        proc.returncode == 0
    ), f"generated/ is stale; run `make regenerate`:\n{proc.stdout[-3000:]}{proc.stderr}"

"""Stage 5: put the formatted files on disk atomically, or compare them with what is there.

`write` builds the new tree beside the old one and swaps it in, so a failure half
way leaves the output as it was. A manifest records what was generated from what.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.fingerprint import seal

MANIFEST = ".codegen-manifest.json"
# Left alone by `write` and ignored by `check`: caches and build artefacts that tools
# put inside the output folder.
_IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


@dataclass(frozen=True)
class Drift:
    added: tuple[str, ...]  # the spec makes these, the folder lacks them
    removed: tuple[str, ...]  # the folder has these, the spec no longer makes them
    changed: tuple[str, ...]
    diff: str

    @property
    def clean(self) -> bool:
        return not (self.added or self.removed or self.changed)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def manifest(files: dict[str, str], *, inputs: str, record: dict[str, Any]) -> str:
    """What was generated, from what and by what. `check` trusts it only when its
    fingerprint matches the inputs it is given and the files in the folder
    (generator/fingerprint.py); otherwise it is information only."""
    body = {**record, "files": {path: sha256(text) for path, text in sorted(files.items())}}
    data = {**body, "fingerprint": seal(inputs, body)}
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def existing(out: Path) -> dict[str, str]:
    """The generated files currently in `out` (caches and build artefacts left out)."""
    found: dict[str, str] = {}
    if not out.is_dir():
        return found
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out)
        if path.is_dir() or _ignored(rel):
            continue
        try:
            found[rel.as_posix()] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            found[rel.as_posix()] = "<binary file>"
    return found


def _ignored(rel: Path) -> bool:
    return any(part in _IGNORED_PARTS or part.endswith(".egg-info") for part in rel.parts)


def write(out: Path, files: dict[str, str]) -> int:
    """Replace `out` with exactly `files`; returns how many files differ from before."""
    before = existing(out)
    changed = sum(1 for p, t in files.items() if before.get(p) != t) + sum(
        1 for p in before if p not in files
    )
    if changed == 0:
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for rel, text in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return changed


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        os.replace(staging, out)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.rmdir(retired)
    os.replace(out, retired)
    try:
        os.replace(staging, out)
    except BaseException:
        os.replace(retired, out)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def check(out: Path, files: dict[str, str]) -> Drift:
    """How `out` differs from `files`, with a unified diff of every changed file."""
    before = existing(out)
    added = tuple(sorted(p for p in files if p not in before))
    removed = tuple(sorted(p for p in before if p not in files))
    changed = tuple(sorted(p for p in files if p in before and before[p] != files[p]))
    chunks: list[str] = []
    for path in changed + added + removed:
        old = before.get(path, "").splitlines(keepends=True)
        new = files.get(path, "").splitlines(keepends=True)
        a = f"a/{path}" if path in before else "/dev/null"
        b = f"b/{path}" if path in files else "/dev/null"
        chunks.extend(difflib.unified_diff(old, new, a, b))
    return Drift(added, removed, changed, "".join(chunks))

"""The same spec always gives the same bytes: whatever the hash seed, whatever the key order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import load_config
from generator.ir.build import build
from generator.load import load
from generator.render import plan

REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC = REPO_ROOT / "spec" / "missions.yaml"
CONFIG = REPO_ROOT / "spec" / "codegen.yaml"
# The oldest Python the generator supports and the newest: `make test` gives each a
# virtualenv (`.venv-py3.10`) where pyenv has it.
OTHER_PYTHONS = ("3.10", "3.13")


def read_tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_hash_seed_does_not_change_the_output(tmp_path: Path) -> None:
    runs = {}
    for seed in ("0", "12345"):
        out = tmp_path / f"seed-{seed}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(PYTHONHASHSEED=seed, PYTHONPATH=str(REPO_ROOT), PYTHONDONTWRITEBYTECODE="1")
        # --no-cache: both runs format every file themselves.
        runs[seed] = (
            out,
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "generator",
                    "generate",
                    str(SPEC),
                    "--out",
                    str(out),
                    "--no-cache",
                    "--quiet",
                ],
                env=env,
                cwd=tmp_path,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            ),
        )
    trees = {}
    for seed, (out, proc) in runs.items():
        stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, f"PYTHONHASHSEED={seed}: {stdout}{stderr}"
        trees[seed] = read_tree(out)
    a, b = trees["0"], trees["12345"]
    assert sorted(a) == sorted(b)
    differing = [p for p in a if a[p] != b[p]]
    assert differing == [], f"these files depend on the hash seed: {differing}"
    assert len(a) > 20


def _reverse(d: dict[str, Any]) -> dict[str, Any]:
    return dict(reversed(list(d.items())))


def _reversed_spec(spec: dict[str, Any]) -> dict[str, Any]:
    spec = dict(spec)
    components = dict(spec["components"])
    schemas = _reverse(components["schemas"])
    for name, schema in schemas.items():
        if isinstance(schema, dict) and isinstance(schema.get("properties"), dict):
            schemas[name] = {**schema, "properties": _reverse(schema["properties"])}
    components["schemas"] = schemas
    spec["components"] = components
    return spec


def _names(api: Any, files: dict[str, str]) -> dict[str, Any]:
    return {
        "files": sorted(files),
        "models": sorted(
            (
                m.name,
                m.module,
                sorted((f.wire_name, f.name, f.annotation, f.required) for f in m.fields),
            )
            for m in api.models
        ),
        "enums": sorted((e.name, tuple((m.name, m.value) for m in e.members)) for e in api.enums),
        "aliases": sorted((a.name, a.annotation) for a in api.aliases),
        "operations": sorted(
            (
                ".".join(r.path),
                o.name,
                sorted((p.wire_name, p.name, p.annotation) for p in o.all_params),
                o.return_annotation,
            )
            for r in api.all_resources()
            for o in r.operations
        ),
        "warnings": sorted(w.message for w in api.warnings),
    }


def test_key_order_does_not_change_names(tmp_path: Path) -> None:
    """Schemas and properties in reverse order: the same classes, fields and files.

    (Field order follows the spec, so file contents may differ; names may not.)"""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    flipped = _reversed_spec(spec)
    assert list(flipped["components"]["schemas"]) != list(spec["components"]["schemas"])
    config = load_config(CONFIG)
    names = {}
    for label, document in (("original", spec), ("reversed", flipped)):
        path = tmp_path / f"{label}.yaml"
        path.write_text(
            yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        api = build(load(path, validate=False), config)
        rendered = plan(api)  # rendered, not formatted: the names are all there
        names[label] = _names(api, getattr(rendered, "files", rendered))
    for key in names["original"]:
        assert (
            names["original"][key] == names["reversed"][key]
        ), f"{key} depend on the order of keys in the spec"


# Generates each spec given into OUT/<its folder's name>, with the Python that runs it.
_GENERATE_EACH = """
import sys
from pathlib import Path
from generator.pipeline import generate
from generator.write import write
out = Path(sys.argv[1])
for spec in sys.argv[2:]:
    write(out / Path(spec).parent.name, generate(Path(spec), cache_dir=None).files)
"""


@pytest.mark.parametrize("version", OTHER_PYTHONS)
def test_every_python_gives_the_same_files(version: str, tmp_path: Path) -> None:
    """Python 3.12 made `type` a soft keyword: the generator asked `keyword` and named
    arguments `type_` there (18 of 72 documents differed, and Missions failed)."""
    other = REPO_ROOT / f".venv-py{version}" / "bin" / "python"
    if not other.exists():
        pytest.skip(f"no Python {version} here (make test builds .venv-py{version} from pyenv's)")
    specs = [str(SPEC), *map(str, sorted((REPO_ROOT / "tests" / "fixtures").glob("*/spec.yaml")))]
    trees = {}
    for python in (sys.executable, str(other)):
        out = tmp_path / Path(python).parts[-3]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(PYTHONPATH=str(REPO_ROOT), PYTHONDONTWRITEBYTECODE="1")
        done = subprocess.run(
            [python, "-c", _GENERATE_EACH, str(out), *specs],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, f"{python}: {done.stderr[-2000:]}"
        trees[python] = read_tree(out)
    ours, theirs = trees.values()
    assert sorted(ours) == sorted(theirs)
    differing = [p for p in ours if ours[p] != theirs[p]]
    assert differing == [], f"these files differ on Python {version}: {differing}"
    assert len({p.split("/")[0] for p in ours}) == len(specs)

"""The same spec always gives the same bytes: whatever the hash seed, whatever the key order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from generator.config import load_config
from generator.ir.build import build
from generator.load import load
from generator.render import plan

REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC = REPO_ROOT / "spec" / "missions.yaml"
CONFIG = REPO_ROOT / "spec" / "codegen.yaml"


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

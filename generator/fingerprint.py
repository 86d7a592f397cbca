"""What a generated tree was made from, as one digest.

`check` may skip the whole pipeline when the output folder's manifest was written from
exactly the inputs it is given now and the folder holds exactly the files it lists. The
inputs are everything the output depends on: the spec and every file it references, the
settings, the generator's own code and templates, and the versions of the tools that
shape the text (Jinja, PyYAML, ruff and black), and the template overrides, if any.
Change a byte of any of them, or of any
output file, and the digests no longer match, so `check` does the full work.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

import generator
from generator.format import FORMATTER

# `check`'s quick path imports only this module and what it needs: no YAML, no IR.

_CODE = Path(generator.__file__).resolve().parent


def inputs_digest(
    *,
    spec_text: str,
    referenced: Mapping[str, str],
    config: bytes | None,
    templates: Path,
    validate: bool,
    overrides: Path | None = None,
) -> str:
    """sha256 over every input of a run. `overrides`: the folder of template overrides."""
    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    add("generator", generator.__version__.encode())
    add("formatter", FORMATTER.encode())
    add("tools", f"jinja2 {version('jinja2')} pyyaml {version('pyyaml')}".encode())
    add("validate", b"yes" if validate else b"no")
    for label, root in (("code", _CODE), ("template", templates)):
        for path in _files(root):
            relative = path.relative_to(root)
            if label == "code" and relative.parts[0] == "templates":
                continue  # the built-in templates, a package resource: hashed as templates
            add(f"{label} {relative.as_posix()}", path.read_bytes())
    if overrides is not None:
        from generator.overrides import files_in

        for path in files_in(overrides):
            add(f"override {path.relative_to(overrides).as_posix()}", path.read_bytes())
    add("spec", spec_text.encode())
    for name, text in sorted(referenced.items()):
        add(f"referenced {name}", text.encode())
    add("config", config if config is not None else b"\0none")
    return digest.hexdigest()


def _files(root: Path) -> Iterable[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def seal(inputs: str, body: Mapping[str, Any]) -> str:
    """The manifest's fingerprint: its inputs' digest and the rest of what it records
    (every output file's hash among it), hashed together."""
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{inputs}\0{text}".encode()).hexdigest()


def recorded(
    spec: Path,
    out: Path,
    *,
    config: Path,
    templates: Path,
    validate: bool,
    overrides: Path | None = None,
) -> tuple[list[tuple[str, str]], int] | None:
    """The warnings (pointer, message) recorded in `out`'s manifest and the number of
    files in `out`, if the manifest was written from exactly these inputs and `out`
    holds exactly the files it lists; else None, and `check` does the full work.
    `overrides`: the `--templates` folder given now, if any."""
    from generator.write import MANIFEST, existing, sha256

    try:
        spec_text = spec.read_text(encoding="utf-8")
        config_bytes = config.read_bytes() if config.exists() else None
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        body = {key: value for key, value in data.items() if key != "fingerprint"}
        referenced = {
            name: (spec.parent / name).read_text(encoding="utf-8")
            for name in body["referenced_files"]
        }
        known, folder = _overrides(body.get("templates"), overrides, config)
        if not known or (folder is not None and not folder.is_dir()):
            return None
        inputs = inputs_digest(
            spec_text=spec_text,
            referenced=referenced,
            config=config_bytes,
            templates=templates,
            validate=validate,
            overrides=folder,
        )
        if data["fingerprint"] != seal(inputs, body):
            return None
        found = existing(out)
        found.pop(MANIFEST, None)
        if {path: sha256(text) for path, text in found.items()} != body["files"]:
            return None
        return [(w["pointer"], w["message"]) for w in body["warnings"]], len(found) + 1
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # no usable manifest, or unreadable inputs: the full run reports it


def _overrides(record: Any, cli: Path | None, config: Path) -> tuple[bool, Path | None]:
    """(known, folder): the override folder a run would use now, given what the manifest
    recorded; not known when only the full run can tell. Without `--templates`, the
    folder is codegen.yaml's: the config's bytes are an input, so a digest that still
    matches means the setting is unchanged."""
    if cli is not None:
        # The manifest names the source, so a folder from elsewhere means new output.
        return (record is not None and record["source"] == "--templates"), cli
    if record is None:
        return True, None
    if record["source"] == "codegen.yaml":
        return True, config.parent / str(record["folder"])
    return False, None  # made with --templates, checked without it

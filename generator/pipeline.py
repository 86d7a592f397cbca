"""The stages in order: load, build the IR, render, format. Writing is the caller's."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from generator import __version__
from generator.config import default_config_path, load_config
from generator.format import format_files
from generator.ir.build import build
from generator.ir.model import Api, Warning
from generator.load import load, validation_report
from generator.render import TEMPLATES, plan
from generator.write import MANIFEST, manifest


@dataclass(frozen=True)
class Result:
    api: Api
    files: dict[str, str]  # relative path -> final text, manifest included
    warnings: tuple[Warning, ...]


def generate(
    spec: Path,
    *,
    config: Path | None = None,
    templates: Path = TEMPLATES,
    cache_dir: Path | None = None,
    validate: bool = True,
) -> Result:
    """Every file of the client for `spec`. `cache_dir` (outside the output: a folder
    being checked cannot vouch for itself) keeps formatted text by rendered text."""
    config_path = config if config is not None else default_config_path(spec)
    document = load(spec, validate=False)
    report = validation_report(document, cache_dir) if validate else (lambda: [])
    api = build(document, load_config(config_path))
    planned = plan(api, templates, cache_dir)
    rendered = planned.files
    # The runtime is copied as it is (a test keeps it black-clean).
    known = {path: rendered[path] for path in planned.verbatim}
    files = format_files(rendered, cache_dir, known)
    spec_hash = hashlib.sha256(document.text.encode("utf-8"))
    if config_path.exists():
        spec_hash.update(config_path.read_bytes())
    files[MANIFEST] = manifest(
        files, generator_version=__version__, spec_hash=spec_hash.hexdigest()
    )
    return Result(api, dict(sorted(files.items())), tuple(report()) + api.warnings)

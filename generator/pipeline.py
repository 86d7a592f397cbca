"""The stages in order: load, build the IR, render, format. Writing is the caller's."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from generator import TEMPLATES, __version__, default_config_path
from generator.cache import default_cache_dir
from generator.config import load_config
from generator.ir.model import Api, Warning
from generator.load import Document, load
from generator.overrides import Overrides, resolve
from generator.validator import Validator


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
    overrides: Path | None = None,
    cache_dir: Path | None = None,
    validate: bool = True,
    validator: Validator | None = None,
) -> Result:
    """Every file of the client for `spec`. `overrides`: a folder of templates that
    shadow the built-in ones (`--templates`; else codegen.yaml's `templates:`).
    `cache_dir` (outside the output) keeps black's and the validator's results by
    their input; None does that work again.
    `validator`: one started earlier, to overlap its start-up with more of the run."""
    config_path = config if config is not None else default_config_path(spec)
    if validate and validator is None:
        validator = Validator()
    try:
        return _generate(
            spec, config_path, templates, overrides, cache_dir, validator if validate else None
        )
    finally:
        if validator is not None:
            validator.close()


def _generate(
    spec: Path,
    config_path: Path,
    templates: Path,
    cli_overrides: Path | None,
    cache_dir: Path | None,
    validator: Validator | None,
) -> Result:
    document = load(spec, validate=False)
    report = validator.report(document.root, document.text, cache_dir) if validator else list
    # The rest of the pipeline is imported while the validator works.
    from generator.format import format_files
    from generator.ir.build import build
    from generator.render import plan
    from generator.write import MANIFEST

    settings = load_config(config_path)
    overrides = resolve(
        templates, cli=cli_overrides, setting=settings.templates, config_path=config_path
    )
    api = build(document, settings)
    # Compiled templates depend only on the templates, like .pyc files: always kept.
    planned = plan(
        api, templates, default_cache_dir() / "jinja", overrides.folder if overrides else None
    )
    rendered = planned.files
    # The runtime is copied as it is (a test keeps it formatted).
    known = {path: rendered[path] for path in planned.verbatim}
    files = format_files(rendered, cache_dir, known)
    warnings = tuple(report()) + api.warnings
    config_bytes = config_path.read_bytes() if config_path.exists() else None
    validate = validator is not None
    files[MANIFEST] = _manifest(
        files, api, document, config_bytes, templates, overrides, validate, warnings
    )
    return Result(api, dict(sorted(files.items())), warnings)


def _manifest(
    files: dict[str, str],
    api: Api,
    document: Document,
    config: bytes | None,
    templates: Path,
    overrides: Overrides | None,
    validate: bool,
    warnings: tuple[Warning, ...],
) -> str:
    from generator.fingerprint import inputs_digest
    from generator.format import FORMATTER
    from generator.write import manifest

    spec_hash = hashlib.sha256(document.text.encode("utf-8"))
    if config is not None:
        spec_hash.update(config)
    inputs = inputs_digest(
        spec_text=document.text,
        referenced=document.referenced,
        config=config,
        templates=templates,
        overrides=overrides.folder if overrides else None,
        validate=validate,
    )
    record: dict[str, object] = {
        "generator": __version__,
        "formatter": FORMATTER,
        "spec_sha256": spec_hash.hexdigest(),
        "referenced_files": sorted(document.referenced),
        "warnings": [{"pointer": w.pointer, "message": w.message} for w in warnings],
        "schemas": api.schema_pointers(),
    }
    if overrides is not None:
        record["templates"] = overrides.record
    return manifest(files, inputs=inputs, record=record)


def build_api(spec: Path, *, config: Path | None = None) -> Api:
    """The IR of `spec` alone, without rendering: what `diff` compares. `config`:
    the settings (default: codegen.yaml beside the spec, if present)."""
    from generator.ir.build import build

    config_path = config if config is not None else default_config_path(spec)
    return build(load(spec, validate=False), load_config(config_path))

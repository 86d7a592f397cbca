"""Per-API settings: a `codegen.yaml` beside the spec, with defaults from the spec itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import SpecError
from generator.ir import naming
from generator.load import parse

_KNOWN = {"package", "client", "pagination", "names", "docs", "templates"}


@dataclass(frozen=True)
class PaginationConfig:
    """Page-number pagination: which request parameter selects the page, where the
    items are, and which response fields say where we are."""

    page_param: str
    items: str
    current_page: tuple[str, ...]
    total_pages: tuple[str, ...]


@dataclass(frozen=True)
class Config:
    distribution: str | None = None
    package: str | None = None
    version: str = "0.1.0"
    sync_class: str | None = None
    async_class: str | None = None
    env_prefix: str | None = None
    pagination: PaginationConfig | None = None
    # operationId -> dotted "resource.path.method" and schema name -> class name
    operation_names: dict[str, str] = field(default_factory=dict)
    model_names: dict[str, str] = field(default_factory=dict)
    # README tour: steps of {text, call, args, result, show}; checked against the IR
    tour: tuple[dict[str, Any], ...] = ()
    # a folder of template overrides, relative to this file (see generator/overrides.py)
    templates: str | None = None
    path: Path | None = None  # where the settings came from, for error messages


def load_config(path: Path | None) -> Config:
    if path is None or not path.exists():
        return Config()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(path, "", f"cannot read the file: {exc}") from None
    data = parse(path, text) or {}
    if not isinstance(data, dict):
        raise SpecError(path, "", "the config must be a mapping")
    unknown = set(data) - _KNOWN
    if unknown:
        raise SpecError(
            path, f"/{sorted(unknown)[0]}", f"unknown setting; expected one of {sorted(_KNOWN)}"
        )
    package = _section(path, data, "package")
    client = _section(path, data, "client")
    names = _section(path, data, "names")
    docs = _section(path, data, "docs")
    tour = docs.get("tour") or []
    if not isinstance(tour, list) or not all(isinstance(step, dict) for step in tour):
        raise SpecError(path, "/docs/tour", "must be a list of steps (mappings)")
    pagination = None
    if "pagination" in data:
        p = _section(path, data, "pagination")
        try:
            pagination = PaginationConfig(
                page_param=str(p["page_param"]),
                items=str(p["items"]),
                current_page=tuple(str(p["current_page"]).split(".")),
                total_pages=tuple(str(p["total_pages"]).split(".")),
            )
        except KeyError as exc:
            raise SpecError(
                path, f"/pagination/{exc.args[0]}", "required setting is missing"
            ) from None
    package_name = package.get("name")
    if package_name is not None and not str(package_name).isidentifier():
        raise SpecError(
            path, "/package/name", f"{package_name!r} is not a valid Python package name"
        )
    templates = data.get("templates")
    if templates is not None and not isinstance(templates, str):
        raise SpecError(path, "/templates", "must be the path of a folder, relative to this file")
    return Config(
        distribution=package.get("distribution"),
        package=package_name,
        version=str(package.get("version", "0.1.0")),
        sync_class=client.get("sync_class"),
        async_class=client.get("async_class"),
        env_prefix=client.get("env_prefix"),
        pagination=pagination,
        operation_names={str(k): str(v) for k, v in (names.get("operations") or {}).items()},
        model_names={str(k): str(v) for k, v in (names.get("models") or {}).items()},
        tour=tuple(tour),
        templates=templates,
        path=path,
    )


def _section(path: Path, data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise SpecError(path, f"/{key}", "must be a mapping")
    return value


def derived_package(title: str) -> str:
    return naming.snake(title) or "api_client"

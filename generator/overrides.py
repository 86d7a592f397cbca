"""Template overrides: a folder whose files shadow the built-in templates one by one.

Named by `--templates DIR` or `templates:` in codegen.yaml (relative to that file);
the command line wins. The folder mirrors the layout of the built-in templates: a file
there at `client/resource.py.jinja` is used instead of the built-in one, and every
template it does not shadow is the built-in one. Files under `extra/` shadow nothing:
they are helpers an override may `{% include %}` or `{% import %}`. Anything else that
shadows nothing is a mistake (a typo would otherwise be silently ignored), and so is a
file under `runtime/`: the runtime is copied verbatim and is not a template.

This module imports nothing heavy: `check`'s quick path uses it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from generator.errors import SpecError

EXTRA = "extra"
RUNTIME = "runtime"

Source = Literal["--templates", "codegen.yaml"]


@dataclass(frozen=True)
class Overrides:
    folder: Path
    source: Source
    setting: str | None  # the codegen.yaml value, when the folder came from there
    files: tuple[str, ...]  # relative paths, sorted

    @property
    def record(self) -> dict[str, object]:
        """What the manifest says about the overrides: no machine-specific paths."""
        found: dict[str, object] = {"source": self.source, "files": list(self.files)}
        if self.setting is not None:
            found["folder"] = self.setting
        return found


def files_in(folder: Path) -> list[Path]:
    """The override folder's files, without hidden files and Python's caches."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and not any(
            part.startswith(".") or part == "__pycache__" for part in p.relative_to(folder).parts
        )
    )


def resolve(
    builtin: Path,
    *,
    cli: Path | None,
    setting: str | None,
    config_path: Path | None,
) -> Overrides | None:
    """The overrides in force, checked against the built-in templates; None if none.
    `setting` is codegen.yaml's `templates:` value, read from `config_path`."""
    if cli is not None:
        return _checked(builtin, cli, "--templates", None, cli, "")
    if setting is None:
        return None
    base = config_path.parent if config_path is not None else Path(".")
    where = config_path if config_path is not None else Path("codegen.yaml")
    return _checked(builtin, base / setting, "codegen.yaml", setting, where, "/templates")


def _checked(
    builtin: Path, folder: Path, source: Source, setting: str | None, where: Path, pointer: str
) -> Overrides:
    if not folder.is_dir():
        raise SpecError(where, pointer, f"template folder {folder} does not exist")
    names: list[str] = []
    for path in files_in(folder):
        name = path.relative_to(folder).as_posix()
        top = name.split("/", 1)[0]
        if top == RUNTIME:
            raise SpecError(
                path,
                "",
                "the runtime is copied verbatim into every client and cannot be "
                "overridden; only templates can",
            )
        if top != EXTRA and not (builtin / name).is_file():
            raise SpecError(
                path,
                "",
                f"shadows no built-in template (expected one of: {', '.join(builtin_names(builtin))}; "
                f"helpers that shadow nothing go under {EXTRA}/)",
            )
        names.append(name)
    return Overrides(folder, source, setting, tuple(names))


def builtin_names(builtin: Path) -> Iterable[str]:
    """Every built-in template an override may shadow."""
    for path in files_in(builtin):
        name = path.relative_to(builtin).as_posix()
        if not name.startswith(RUNTIME + "/"):
            yield name

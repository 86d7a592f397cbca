"""Stage 4: black over every rendered Python file, with a cache keyed by the text.

Formatting dominates the cost of a run, so a file whose rendered text was formatted
before (same text, same black version) is taken from the cache. Large plans are
formatted in a process pool.
"""

from __future__ import annotations

import hashlib
import os
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black

LINE_LENGTH = 100
_MODE = black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY310})
# Below this many files to format, a process pool costs more than it saves.
_POOL_THRESHOLD = 200


class FormatError(Exception):
    """black rejected a rendered file: a template produced invalid Python."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"generated {path} is not valid Python: {reason}")
        self.path = path


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "openapi-codegen" / "black"


def format_files(files: dict[str, str], cache_dir: Path | None = None) -> dict[str, str]:
    """Formatted copies of the `.py` files; other files pass through unchanged."""
    cache = _Cache(cache_dir) if cache_dir is not None else None
    out: dict[str, str] = {}
    todo: dict[str, str] = {}
    for path, text in files.items():
        if path.endswith(".md"):
            out[path] = _format_markdown(path, text)
            continue
        if not path.endswith(".py"):
            out[path] = text
            continue
        cached = cache.get(text) if cache else None
        if cached is not None:
            out[path] = cached
        else:
            todo[path] = text
    for path, formatted in _format_many(todo).items():
        out[path] = formatted
        if cache:
            cache.put(todo[path], formatted)
    return dict(sorted(out.items()))


def _format_many(todo: dict[str, str]) -> dict[str, str]:
    if len(todo) < _POOL_THRESHOLD or (os.cpu_count() or 1) < 2:
        return {path: _format_one(path, text) for path, text in todo.items()}
    paths = list(todo)
    with ProcessPoolExecutor() as pool:
        results = pool.map(_format_one, paths, [todo[p] for p in paths], chunksize=32)
        return dict(zip(paths, results))


def _format_one(path: str, text: str) -> str:
    try:
        return black.format_str(text, mode=_MODE)
    except black.InvalidInput as exc:
        raise FormatError(path, str(exc).splitlines()[0]) from None


_CODE_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def _format_markdown(path: str, text: str) -> str:
    """black over the Python code blocks of a Markdown file, so examples read like code."""

    def one(match: re.Match[str]) -> str:
        return "```python\n" + _format_one(path, match.group(1)) + "```"

    return _CODE_BLOCK.sub(one, text)


class _Cache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _key(self, text: str) -> Path:
        digest = hashlib.sha256(f"{black.__version__}\0{LINE_LENGTH}\0{text}".encode()).hexdigest()
        return self.root / digest[:2] / digest

    def get(self, text: str) -> str | None:
        try:
            return self._key(text).read_text(encoding="utf-8")
        except OSError:
            return None

    def put(self, text: str, formatted: str) -> None:
        target = self._key(text)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(formatted, encoding="utf-8")
            tmp.replace(target)
        except OSError:
            pass  # a cache that cannot be written only costs time

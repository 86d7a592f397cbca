"""Stage 4: black over every rendered Python file (and the Python blocks of Markdown).

Formatting dominates the cost of a run, so it is skipped wherever the result is
already known: a file whose rendered text was formatted before (same text, same
formatter) comes from a cache keyed by that text. The rest is formatted in a process
pool when there is enough of it.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import black

LINE_LENGTH = 100
# black is deterministic for one version and mode: this names both.
FORMATTER = f"black {version('black')} line-length={LINE_LENGTH} target=py310"
# Below this many files a process pool costs more than it saves (measured: a forked
# worker starts in ~10 ms, black takes ~20 ms a file).
_POOL_THRESHOLD = 24


class FormatError(Exception):
    """black rejected a rendered file: a template produced invalid Python."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"generated {path} is not valid Python: {reason}")
        self.path = path


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "openapi-pyclient"


def format_files(
    files: dict[str, str], cache_dir: Path | None = None, known: dict[str, str] | None = None
) -> dict[str, str]:
    """Formatted copies of `files`; `known` holds results already known for some paths."""
    cache = _Cache(cache_dir / "black") if cache_dir is not None else None
    out: dict[str, str] = dict(known or {})
    todo: dict[str, str] = {}
    for path, text in files.items():
        if path in out:
            continue
        if not path.endswith((".py", ".md")):
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
        return {path: _format_any(path, text) for path, text in todo.items()}
    paths = list(todo)
    # Format one file here first: forked workers then start with black imported and its
    # grammar loaded, instead of paying for that each.
    first = paths.pop(0)
    done = {first: _format_any(first, todo[first])}
    context = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
    with ProcessPoolExecutor(max_workers=min(os.cpu_count() or 2, 8), mp_context=context) as pool:
        chunk = max(1, len(paths) // (4 * (os.cpu_count() or 2)))
        done.update(
            zip(
                paths,
                pool.map(_format_any, paths, [todo[p] for p in paths], chunksize=chunk),
                strict=True,
            )
        )
    return done


def _format_any(path: str, text: str) -> str:
    return _format_markdown(path, text) if path.endswith(".md") else _format_python(path, text)


@cache
def _mode() -> black.Mode:
    from black.mode import Mode, TargetVersion

    return Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY310})


def _format_python(path: str, text: str) -> str:
    import black
    from black.parsing import InvalidInput

    try:
        formatted = black.format_str(text, mode=_mode())
        # black parses more than Python accepts (`class None: ...`): compile to be sure.
        compile(formatted, path, "exec", dont_inherit=True)
    except InvalidInput as exc:
        raise FormatError(path, str(exc).splitlines()[0]) from None
    except SyntaxError as exc:
        raise FormatError(path, f"line {exc.lineno}: {exc.msg}") from None
    return formatted


_CODE_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def _format_markdown(path: str, text: str) -> str:
    """black over the Python code blocks of a Markdown file, so examples read like code."""

    def one(match: re.Match[str]) -> str:
        return "```python\n" + _format_python(path, match.group(1)) + "```"

    return _CODE_BLOCK.sub(one, text)


class _Cache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _key(self, text: str) -> Path:
        digest = hashlib.sha256(f"{FORMATTER}\0{text}".encode()).hexdigest()
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

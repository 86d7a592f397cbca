"""Stage 4: format every rendered Python file (and the Python blocks of Markdown).

The output is black's layout. ruff format, which follows black's style and is about
100 times faster here, formats everything in one run; the files where the two are known
to part ways, those with a code line still over the limit (black wraps an unsplittable
right-hand side in parentheses that ruff drops), are formatted by black itself. The
test suite holds every fixture and sample document to byte-identical output from black
alone (tests/test_formatters.py). Black's results are cached by rendered text, outside
the output.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from collections.abc import Iterable
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from generator.cache import TextCache
from generator.errors import FormatError

if TYPE_CHECKING:
    import black

LINE_LENGTH = 100
TARGET = "py310"
# Both formatters are deterministic for one version and mode: this names them.
FORMATTER = (
    f"ruff {version('ruff')} and black {version('black')}, "
    f"line-length={LINE_LENGTH} target={TARGET}"
)

CODE_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
_RUFF_ERROR = re.compile(
    r"^error: Failed to (?:parse|format) (?P<file>\S+?):(?P<where>\d+:\d+: .*)$"
)
_BATCH = 2000  # files per ruff run
_STRING_START = re.compile(r"^(?:[rRbBuUfF]{0,2})['\"]")


def format_files(
    files: dict[str, str], cache_dir: Path | None = None, known: dict[str, str] | None = None
) -> dict[str, str]:
    """Formatted copies of `files`; `known` holds results already known for some paths."""
    out: dict[str, str] = dict(known or {})
    # A unit is one piece of Python: a .py file, or the n-th code block of a .md file.
    units: dict[tuple[str, int], str] = {}
    for path, text in files.items():
        if path in out:
            continue
        if path.endswith(".py"):
            units[(path, 0)] = text
        elif path.endswith(".md"):
            for n, match in enumerate(CODE_BLOCK.finditer(text)):
                units[(path, n)] = match.group(1)
        else:
            out[path] = text
    formatted = _ruff(units)
    black_cache = TextCache(cache_dir / "black", FORMATTER) if cache_dir is not None else None
    for key, text in formatted.items():
        if _has_long_code_line(text) or _has_splittable_annotation(text):
            formatted[key] = _black_cached(key[0], units[key], black_cache)
    for path, text in files.items():
        if path in out:
            continue
        if path.endswith(".py"):
            out[path] = formatted[(path, 0)]
        else:
            out[path] = _splice(text, [formatted[key] for key in units if key[0] == path])
    return dict(sorted(out.items()))


def _splice(markdown: str, blocks: list[str]) -> str:
    """`markdown` with its Python code blocks replaced, in order, by `blocks`."""
    replacements = iter(blocks)
    return CODE_BLOCK.sub(lambda _: f"```python\n{next(replacements)}```", markdown)


def _ruff(units: dict[tuple[str, int], str]) -> dict[tuple[str, int], str]:
    """All units formatted by ruff, each checked to compile."""
    if not units:
        return {}
    from ruff.__main__ import find_ruff_bin

    keys = list(units)
    with tempfile.TemporaryDirectory(prefix="openapi-pyclient-format-") as tmp:
        names = [Path(tmp) / f"unit{n}.py" for n in range(len(keys))]
        for name, key in zip(names, keys, strict=True):
            name.write_text(units[key], encoding="utf-8", newline="\n")
        ruff = [
            os.fsdecode(find_ruff_bin()),
            "format",
            "--isolated",
            "--no-cache",
            f"--line-length={LINE_LENGTH}",
            f"--target-version={TARGET}",
        ]
        # Files are named one by one (ruff leaves out files it finds under a folder whose
        # path looks like a build or virtualenv folder), in batches that fit a command line.
        for start in range(0, len(names), _BATCH):
            batch = names[start : start + _BATCH]
            proc = subprocess.run([*ruff, *map(str, batch)], capture_output=True, text=True)
            if proc.returncode != 0:
                raise _ruff_error(proc.stderr, dict(zip(map(str, names), keys, strict=True)))
        result = {
            key: name.read_text(encoding="utf-8") for name, key in zip(names, keys, strict=True)
        }
    for (path, _), text in result.items():
        _compile(path, text)
    return result


def _ruff_error(stderr: str, units: dict[str, tuple[str, int]]) -> FormatError:
    for line in stderr.splitlines():
        match = _RUFF_ERROR.match(line)
        if match and match["file"] in units:
            path, block = units[match["file"]]
            where = f"code block {block + 1}, " if path.endswith(".md") else ""
            return FormatError(path, f"{where}line {match['where']}")
    return FormatError("(unknown file)", f"ruff format failed: {stderr.strip()}")


# An annotation too long for its line: ruff wraps it in parentheses (`name: (`), black
# splits its subscript (`name: Sequence[`). One with no brackets, both parenthesize.
_PARENTHESIZED_ANNOTATION = re.compile(r"^(\s+)\w+: \(\n(.*?)^\1\)", re.MULTILINE | re.DOTALL)


def _has_splittable_annotation(text: str) -> bool:
    return any(
        "[" in m.group(2) or "(" in m.group(2) for m in _PARENTHESIZED_ANNOTATION.finditer(text)
    )


def _has_long_code_line(text: str) -> bool:
    """A whole statement over the limit on one line: black wraps what follows its `=` or
    `return` in parentheses even where they do not make it fit, ruff leaves it; and a
    line that opens a bracket too late (`name: LongAnnotation = Field(`), where black
    puts the annotation in parentheses instead. Long lines that end an element inside
    brackets, or an import name, are left by both."""
    return any(
        len(line) > LINE_LENGTH
        and not line.endswith((",", ":"))
        and not line.lstrip().startswith(("from ", "import "))
        and not _STRING_START.match(line.lstrip())
        for line in _code_lines(text)
    )


def _code_lines(text: str) -> Iterable[str]:
    # Lines inside triple-quoted strings are prose: skip them. Tokenizing would be exact
    # but costs more than the whole ruff run; generated code opens and closes its
    # triple-quoted strings on lines of their own or on one line.
    inside = False
    for line in text.splitlines():
        quotes = line.count('"""')
        if inside or quotes:
            if quotes % 2:
                inside = not inside
            continue
        yield line


def black_format(path: str, text: str) -> str:
    """What black alone makes of one unit of Python (the formatter of record)."""
    import black
    from black.parsing import InvalidInput

    try:
        formatted = black.format_str(text, mode=_mode())
    except InvalidInput as exc:
        raise FormatError(path, str(exc).splitlines()[0]) from None
    _compile(path, formatted)
    return formatted


def _black_cached(path: str, text: str, black_cache: TextCache | None) -> str:
    cached = black_cache.get(text) if black_cache else None
    if cached is not None:
        return cached
    formatted = black_format(path, text)
    if black_cache:
        black_cache.put(text, formatted)
    return formatted


def _compile(path: str, text: str) -> None:
    # Formatters parse more than Python accepts (black takes `class None: ...`).
    try:
        compile(text, path, "exec", dont_inherit=True)
    except SyntaxError as exc:
        raise FormatError(path, f"line {exc.lineno}: {exc.msg}") from None


@cache
def _mode() -> black.Mode:
    from black.mode import Mode, TargetVersion

    return Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY310})

"""Generate every OpenAPI document in ../shared/specs and report how the output fares.

    python tests/corpus_report.py            # every document (`make corpus`)
    python tests/corpus_report.py --small    # documents under 200 KB (what the tests run)

For each document: operations, models, files, warnings and skipped operations, the
generate time, whether every generated module imports, and whether mypy --strict
passes. The last line is `N passed, M failed` over the documents.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_SPECS = REPO_ROOT.parent / "shared" / "specs"
SMALL_BYTES = 200_000
sys.path.insert(0, str(REPO_ROOT))

from generator.errors import FormatError, SpecError  # noqa: E402
from generator.pipeline import generate  # noqa: E402
from generator.write import write  # noqa: E402

_IMPORT_ALL = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(module.name)
"""


@dataclass
class Row:
    document: str
    operations: int = 0
    models: int = 0
    files: int = 0
    warnings: int = 0
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0
    imports: bool = False
    mypy: bool = False
    like_black: bool | None = None  # None: not compared
    error: str = ""

    @property
    def passed(self) -> bool:
        return not self.error and self.imports and self.mypy and self.like_black is not False


def documents(small: bool) -> list[Path]:
    found = sorted(p for p in SHARED_SPECS.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    found = [p for p in found if not small or p.stat().st_size < SMALL_BYTES]
    # A multi-file spec (lago/openapi.yaml): its root file is small, the whole is not.
    return found + ([] if small else sorted(SHARED_SPECS.glob("*/openapi.yaml")))


def check(
    document: Path, workdir: Path, mypy_cache: Path | None = None, *, black: bool = False
) -> Row:
    """Generate `document` under `workdir` and check the result. A shared `mypy_cache`
    saves re-analysing httpx and pydantic for every document. `black`: also require
    the output to equal black's alone (tests/test_formatters.py does for small ones)."""
    row = Row(document.name)
    out = workdir / document.stem
    started = time.perf_counter()
    try:
        result = generate(document, cache_dir=None)
    except (SpecError, FormatError) as exc:
        row.error = str(exc)
        return row
    write(out, result.files)
    row.seconds = time.perf_counter() - started
    api = result.api
    row.operations = len(api.operations())
    row.models = (
        sum(1 for m in api.models if m.as_model or m.as_param) + len(api.enums) + len(api.aliases)
    )
    row.files = len(result.files)
    row.warnings = len(result.warnings)
    row.skipped = [
        f"{w.pointer}: {w.message}" for w in result.warnings if "operation skipped" in w.message
    ]
    env = {**os.environ, "PYTHONPATH": str(out / "src")}
    imported = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, api.config.package],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    row.imports = imported.returncode == 0
    if not row.imports:
        row.error = (
            imported.stderr.strip().splitlines()[-1] if imported.stderr.strip() else "import failed"
        )
    cache = ["--cache-dir", str(mypy_cache)] if mypy_cache else ["--no-incremental"]
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *cache, "src"],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    row.mypy = mypy.returncode == 0
    if not row.mypy and not row.error:
        row.error = mypy.stdout.strip().splitlines()[-1] if mypy.stdout.strip() else "mypy failed"
    if black:
        from tests.test_formatters import differences_from_black  # it imports this module

        differing = differences_from_black(document)
        row.like_black = not differing
        if differing and not row.error:
            row.error = f"formatted unlike black alone: {', '.join(differing[:5])}"
    return row


def table(rows: list[Row]) -> str:
    head = (
        "document",
        "ops",
        "models",
        "files",
        "warnings",
        "skipped",
        "seconds",
        "import",
        "mypy",
        "black",
    )
    lines = [head] + [
        (
            r.document,
            str(r.operations),
            str(r.models),
            str(r.files),
            str(r.warnings),
            str(len(r.skipped)),
            f"{r.seconds:.2f}",
            "ok" if r.imports else "FAIL",
            "ok" if r.mypy else "FAIL",
            {None: "-", True: "same", False: "DIFFERS"}[r.like_black],
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    text = [
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--small", action="store_true", help=f"only documents under {SMALL_BYTES} bytes"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
        rows = [
            check(doc, Path(tmp), Path(tmp) / ".mypy_cache", black=True)
            for doc in documents(args.small)
        ]
    print(table(rows))
    for row in rows:
        for reason in row.skipped:
            print(f"skipped in {row.document}: {reason}")
        if row.error:
            print(f"failed: {row.document}: {row.error}")
    passed = sum(r.passed for r in rows)
    print(f"{passed} passed, {len(rows) - passed} failed")
    return 0 if passed == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())

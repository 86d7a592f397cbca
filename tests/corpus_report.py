"""Generate every OpenAPI document in ../shared/specs and report how the output fares.

    python tests/corpus_report.py            # every document
    python tests/corpus_report.py --small    # documents under 200 KB (what the tests run)
    python tests/corpus_report.py --also X   # and X (`make corpus` adds GitHub's API)
    python tests/corpus_report.py --drawn    # values drawn by hypothesis-jsonschema
    python tests/corpus_report.py --only svix.yaml --only resend.yaml

For each document: operations, models, files, warnings and skipped operations, the
generate time, whether every generated module imports, whether mypy --strict passes,
and conformance (tests/conformance): the classes checked, the values tried, failures
with their first reasons, and the document's examples that break their own schema
(findings about the spec, not failures). The last line is `N passed, M failed`.
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
from tests.conformance.check import Report, conform  # noqa: E402

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
    conformance: Report | None = None
    error: str = ""

    @property
    def passed(self) -> bool:
        return (
            not self.error
            and self.imports
            and self.mypy
            and self.like_black is not False
            and self.conformance is not None
            and self.conformance.passed
        )


def documents(small: bool) -> list[Path]:
    """Every document: the files, and the root of each multi-file one (`lago/openapi.yaml`)."""
    found = [p for p in SHARED_SPECS.iterdir() if p.suffix in (".yaml", ".yml", ".json")]
    found += [
        root
        for folder in SHARED_SPECS.iterdir()
        if folder.is_dir() and folder.name != "history"
        for root in (folder / "openapi.yaml", folder / "openapi.json")
        if root.is_file()
    ]
    found.sort(key=lambda p: p.relative_to(SHARED_SPECS).as_posix())
    return [p for p in found if not small or _size(p) < SMALL_BYTES]


def _size(document: Path) -> int:
    """A multi-file document's size is its folder's."""
    if document.parent == SHARED_SPECS:
        return document.stat().st_size
    return sum(f.stat().st_size for f in document.parent.rglob("*") if f.is_file())


def name_of(document: Path) -> str:
    """`lago/openapi.yaml` for a shared document, the file's name for one from elsewhere."""
    if document.resolve().is_relative_to(SHARED_SPECS.resolve()):
        return document.resolve().relative_to(SHARED_SPECS.resolve()).as_posix()
    return document.name


def check(
    document: Path,
    workdir: Path,
    mypy_cache: Path | None = None,
    *,
    black: bool = False,
    conformance_count: int = 8,
    drawn: bool = False,
) -> Row:
    """Generate `document` under `workdir` and check the result. A shared `mypy_cache`
    saves re-analysing httpx and pydantic for every document. `black`: also require
    the output to equal black's alone (tests/test_formatters.py does for small ones).
    `conformance_count`: values made up per schema (and request cases per operation).
    `drawn`: conformance draws its values with hypothesis-jsonschema instead."""
    row = Row(name_of(document))
    out = workdir / name_of(document).replace("/", "_").rsplit(".", 1)[0]
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
    row.conformance = conform(document, out, api, count=conformance_count, drawn=drawn)
    if not row.conformance.passed and not row.error:
        row.error = f"conformance: {row.conformance.failures[0][:300]}"
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
        "checked",
        "values",
        "failures",
        "findings",
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
            str(r.conformance.schemas + r.conformance.operations) if r.conformance else "-",
            str(r.conformance.instances + r.conformance.examples) if r.conformance else "-",
            str(len(r.conformance.failures)) if r.conformance else "-",
            str(len(r.conformance.spec_findings)) if r.conformance else "-",
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
    parser.add_argument(
        "--also", action="append", type=Path, default=[], help="a document from elsewhere"
    )
    parser.add_argument(
        "--drawn",
        action="store_true",
        help="conformance values drawn by hypothesis-jsonschema, not made up by instances.py",
    )
    parser.add_argument(
        "--only", action="append", default=[], help="only this shared document (by its name)"
    )
    args = parser.parse_args()
    chosen = [d for d in documents(args.small) if not args.only or name_of(d) in args.only]
    missing = sorted(set(args.only) - {name_of(d) for d in chosen})
    if missing:
        under = f" under {SMALL_BYTES} bytes" if args.small else ""
        parser.error(f"no such shared document{under}: {missing}")
    with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
        rows = [
            check(doc, Path(tmp), Path(tmp) / ".mypy_cache", black=True, drawn=args.drawn)
            for doc in chosen + args.also
        ]
    print(table(rows))
    for row in rows:
        for reason in row.skipped:
            print(f"skipped in {row.document}: {reason}")
        if row.conformance:
            for failure in row.conformance.failures[:5]:
                print(f"conformance failure in {row.document}: {failure[:400]}")
            for finding in row.conformance.spec_findings[:3]:
                print(f"finding about {row.document}: {finding[:300]}")
        if row.error:
            print(f"failed: {row.document}: {row.error}")
    passed = sum(r.passed for r in rows)
    print(f"{passed} passed, {len(rows) - passed} failed")
    return 0 if passed == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())

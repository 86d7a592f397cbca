"""What inference makes of pagination in every document of ../shared/specs.

    python tests/pagination_report.py            # the table and the unpaginated list ops
    python tests/pagination_report.py --json     # the same, as JSON

Each document's IR is built without a codegen.yaml (inference alone). For each one:
the operations that got each scheme, the list operations (a GET whose response holds a
list) that got none, and of those the ones whose response carries a field that names a
page position (`next_cursor`, `has_more`, `total_pages`, ...): the goal is that at
least 90% of list operations with such a field get a paginator. The second part lists
the unpaginated list operations by why, for the README.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from generator.config import Config  # noqa: E402
from generator.ir.build import build  # noqa: E402
from generator.ir.model import Api, Operation, TypeRef  # noqa: E402
from generator.load import load  # noqa: E402
from tests.corpus_report import SHARED_SPECS, documents  # noqa: E402

STYLES = ("page_number", "offset", "cursor", "next_url", "link_header")
# Response fields (any depth up to three, compared without case or punctuation) that say
# where a page is: a list response holding one is plainly paginated.
POSITION_FIELDS = frozenset(
    {
        "nextcursor",
        "nextpagetoken",
        "nexttoken",
        "nextmarker",
        "nextpage",
        "nextpageurl",
        "nextpageuri",
        "nexturl",
        "nextlink",
        "nextoffset",
        "nextpageoffset",
        "nextpagecursor",
        "pagecursor",
        "iterator",
        "hasmore",
        "hasnext",
        "hasnextpage",
        "totalpages",
        "currentpage",
        "pagenumber",
    }
)


# Request parameters that could carry a page's position (compared the same way).
PAGING_PARAMS = frozenset(
    {
        "page",
        "pagenumber",
        "pageindex",
        "offset",
        "skip",
        "startindex",
        "cursor",
        "after",
        "startingafter",
        "pagetoken",
        "pagecursor",
        "nextpagetoken",
        "marker",
        "iterator",
        "continuationtoken",
        "scrollparam",
    }
)
WHY = {
    "ambiguous": "looks paginated, cannot be told for sure (a warning)",
    "no parameter": "a page position in the response, but no parameter to send it back",
    "nothing back": "a paging parameter, but nothing in the response to page by",
    "unknown": "a paging parameter and a position field, in a scheme we do not know",
    "none": "no pagination in the document",
}


def norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class DocReport:
    document: str
    operations: int = 0
    schemes: Counter[str] = field(default_factory=Counter)
    list_ops: int = 0
    with_position: int = 0  # list operations whose response has a position field
    with_position_paged: int = 0
    unpaged: list[dict[str, str]] = field(default_factory=list)  # list ops without a paginator
    why: Counter[str] = field(default_factory=Counter)  # unpaginated list ops, by WHY
    warnings: list[str] = field(default_factory=list)  # pagination's own warnings
    error: str = ""


def _unaliased(api: Api, t: TypeRef | None) -> TypeRef | None:
    aliases = {a.name: a for a in api.aliases}
    while t is not None and t.kind == "alias" and t.name in aliases:
        t = aliases[t.name].type
    return t


def _fields(api: Api, t: TypeRef | None, depth: int = 0) -> list[tuple[tuple[str, ...], bool]]:
    """(wire path, is a list) of a response's fields, three levels deep."""
    out: list[tuple[tuple[str, ...], bool]] = []
    models = {m.name: m for m in api.models}
    t = _unaliased(api, t)
    if t is None or t.kind != "model" or t.name not in models or depth > 2:
        return out
    for f in models[t.name].fields:
        u = _unaliased(api, f.type)
        out.append(((f.wire_name,), u is not None and u.kind == "list"))
        out += [
            ((f.wire_name, *rest), is_list) for rest, is_list in _fields(api, f.type, depth + 1)
        ]
    return out


def position_fields(api: Api, op: Operation) -> list[tuple[str, ...]]:
    """The response's fields that name a page position, leaving out those of a collection
    nested in an object (`tags.has_more` beside `tags.data` in a contact): a method that
    returns one object with collections in it is not a list method."""
    fields = _fields(api, op.returns)
    holders = {path[:-1] for path, is_list in fields if is_list and len(path) > 1}
    return [
        path
        for path, _ in fields
        if norm(path[-1]) in POSITION_FIELDS
        and not any(path[:n] in holders for n in range(1, len(path)))
    ]


def _has_list(api: Api, op: Operation) -> bool:
    t = op.returns
    aliases = {a.name: a for a in api.aliases}
    while t is not None and t.kind == "alias" and t.name in aliases:
        t = aliases[t.name].type
    if t is None:
        return False
    if t.kind == "list":
        return True
    models = {m.name: m for m in api.models}
    if t.kind != "model" or t.name not in models:
        return False
    for f in models[t.name].fields:
        u = f.type
        while u.kind == "alias" and u.name in aliases:
            u = aliases[u.name].type
        if u.kind == "list":
            return True
    return False


def report(path: Path) -> DocReport:
    name = path.relative_to(SHARED_SPECS).as_posix()
    row = DocReport(name)
    try:
        api = build(load(path, validate=False), Config())
    except Exception as exc:  # noqa: BLE001 - a report, not a test: say what broke
        row.error = f"{type(exc).__name__}: {exc}"
        return row
    ops = api.operations()
    row.operations = len(ops)
    row.warnings = [
        f"{w.pointer}: {w.message}" for w in api.warnings if "looks paginated" in w.message
    ]
    ambiguous = {w.pointer for w in api.warnings if "looks paginated" in w.message}
    for op in ops:
        if op.pagination is not None:
            row.schemes[op.pagination.style] += 1
        if op.http_method != "GET" and op.pagination is None:
            continue
        if op.pagination is None and not _has_list(api, op):
            continue  # (a paginated one has its list, if deeper down)
        row.list_ops += 1
        position = position_fields(api, op)
        if position:
            row.with_position += 1
            row.with_position_paged += op.pagination is not None
        if op.pagination is None:
            params = [p.wire_name for p in op.params if p.location == "query"]
            paging = [p for p in op.all_params if norm(p.wire_name) in PAGING_PARAMS]
            if op.pointer in ambiguous:
                why = "ambiguous"
            elif position and not paging:
                why = "no parameter"
            elif paging and not position:
                why = "nothing back"
            elif paging:
                why = "unknown"
            else:
                why = "none"
            row.why[why] += 1
            row.unpaged.append(
                {
                    "operation": f"{op.http_method} {op.path}",
                    "why": why,
                    "position_fields": ", ".join(".".join(p) for p in position),
                    "query": ", ".join(params),
                }
            )
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--unpaged", action="store_true", help="list every unpaginated list op")
    args = parser.parse_args()
    rows = [report(p) for p in documents(small=False)]
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], indent=2, default=str))
        return 0
    head = ["document", "ops", *STYLES, "list ops", "with a position field", "of those paged"]
    head += [f"unpaged: {key}" for key in WHY]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    total: Counter[str] = Counter()
    for r in rows:
        if r.error:
            print(f"| {r.document} | error: {r.error} |")
            continue
        cells = [r.document, str(r.operations), *(str(r.schemes[s]) for s in STYLES)]
        cells += [str(r.list_ops), str(r.with_position), str(r.with_position_paged)]
        cells += [str(r.why[key]) for key in WHY]
        print("| " + " | ".join(cells) + " |")
        total.update({f"why {key}": n for key, n in r.why.items()})
        total.update(r.schemes)
        total["ops"] += r.operations
        total["list"] += r.list_ops
        total["position"] += r.with_position
        total["position_paged"] += r.with_position_paged
    cells = ["all", str(total["ops"]), *(str(total[s]) for s in STYLES)]
    cells += [str(total["list"]), str(total["position"]), str(total["position_paged"])]
    cells += [str(total[f"why {key}"]) for key in WHY]
    print("| " + " | ".join(cells) + " |")
    share = total["position_paged"] / total["position"] if total["position"] else 1.0
    print(f"\nlist operations with a position field that got a paginator: {share:.1%}")
    for key, text in WHY.items():
        print(f"unpaged: {key}: {text}")
    if args.unpaged:
        for r in rows:
            for w in r.warnings:
                print(f"{r.document}: ambiguous: {w}")
            for u in r.unpaged:
                print(
                    f"{r.document}: {u['why']}: {u['operation']}  "
                    f"position: [{u['position_fields']}]  query: [{u['query']}]"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())

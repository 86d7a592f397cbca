"""What a spec change does to the Python surface: two IRs in, classified changes out.

The comparison is of what users write code against, the generated client: methods by
their dotted path on the client (`client.ai.missions.runs.update`), their parameters by
Python name, and the types in `<package>.types`. A wire-level tool sees the HTTP
contract; this sees, for example, that a method moved when only its name changed, and
that a new response enum value is not breaking because generated enums are open.

Every change is one of four kinds:

* `callers`: breaking for code that calls methods or builds request values (a method
  or parameter removed or renamed, an optional parameter now required, a new required
  one, a parameter type narrowed, a request enum value removed, the HTTP method or path
  behind a name changed, a type callers import removed);
* `readers`: breaking for code that reads responses (a field removed, a field that may
  now be None, a field or return type changed or widened, an enum member removed);
* `additive`: nothing written against the old client breaks (new methods, optional
  parameters, fields, enum values and types; a parameter type widened; a response
  narrowed);
* `docs`: only docstrings and api.md change (summaries, descriptions, defaults,
  examples, deprecation), or the wire changes in a way the client absorbs.

Only the IR's public dataclasses (generator/ir/model.py) are read here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # annotations only: `check` builds its parser without the IR's cost
    from generator.ir.model import Api, Enum, Field, Model, Operation, Param, TypeRef

Kind = Literal["callers", "readers", "additive", "docs"]
KINDS: tuple[Kind, ...] = ("callers", "readers", "additive", "docs")
TITLES: dict[Kind, str] = {
    "callers": "Breaking for callers",
    "readers": "Breaking for response readers",
    "additive": "Additive",
    "docs": "Docs only",
}
# --fail-on LEVEL fails on a change of that kind or a more severe one.
FAIL_LEVELS: dict[str, frozenset[Kind]] = {
    "breaking": frozenset({"callers", "readers"}),
    "callers": frozenset({"callers"}),
    "readers": frozenset({"readers"}),
    "additive": frozenset({"callers", "readers", "additive"}),
    "docs": frozenset(KINDS),
}
Side = Literal["request", "response"]
# How the set of values a type stands for moved: `wider` takes more than before.
Verdict = Literal["same", "wider", "narrower", "changed"]
_METHODS_SHOWN = 5
_VALUES_SHOWN = 8


@dataclass(frozen=True, order=True)
class Change:
    kind: Kind
    subject: str  # `client.a.b.method` or `types.Name`
    text: str  # what changed, in Markdown
    where: str = ""  # "PATCH /path" of a method, for readers and tests
    methods: tuple[str, ...] = ()  # for a type: the methods that reach it

    def markdown(self) -> str:
        line = f"- `{self.subject}`"
        if self.where:
            line += f" (`{self.where}`)"
        line += f": {self.text}"
        if self.methods:
            shown = ", ".join(f"`{m}`" for m in self.methods[:_METHODS_SHOWN])
            more = len(self.methods) - _METHODS_SHOWN
            line += f"; used by {shown}" + (f" and {more} more" if more > 0 else "")
        return line


@dataclass(frozen=True)
class Report:
    changes: tuple[Change, ...]

    def of(self, kind: Kind) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.kind == kind)

    def counts(self) -> dict[Kind, int]:
        return {kind: len(self.of(kind)) for kind in KINDS}

    @property
    def bump(self) -> Literal["major", "minor", "patch", "none"]:
        """The semantic-version step the change implies for the generated package."""
        kinds = {c.kind for c in self.changes}
        if kinds & {"callers", "readers"}:
            return "major"
        if "additive" in kinds:
            return "minor"
        return "patch" if kinds else "none"

    def fails(self, level: str) -> bool:
        return any(c.kind in FAIL_LEVELS[level] for c in self.changes)

    def markdown(self, old: str, new: str, version: str) -> str:
        lines = [f"## API changes: `{old}` → `{new}`", "", self._version_line(version)]
        if not self.changes:
            lines += ["", "No change to the Python surface."]
        for kind in KINDS:
            entries = self.of(kind)
            if entries:
                lines += ["", f"### {TITLES[kind]} ({len(entries)})", ""]
                lines += [c.markdown() for c in entries]
        return "\n".join(lines) + "\n"

    def _version_line(self, version: str) -> str:
        bump = self.bump
        reason = {
            "major": "breaking changes",
            "minor": "additions only",
            "patch": "documentation only",
            "none": "nothing changed",
        }[bump]
        following = next_version(version, bump)
        line = f"Semantic version: **{bump}** ({reason})"
        if following != version:
            line += f": `{version}` → `{following}`"
            if bump == "major" and version.startswith("0."):
                line += " (below 1.0, a breaking change moves the minor number)"
        return line


def next_version(version: str, bump: str) -> str:
    """`version` after a `bump` step; a 0.x version takes one step less (semver §4 and
    the usual practice: 0.y.z breaks compatibility in y)."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version)
    if match is None or bump == "none":
        return version
    major, minor, patch = (int(g) for g in match.groups())
    if major == 0 and bump != "patch":
        bump = "minor" if bump == "major" else "patch"
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def compare(old: Api, new: Api) -> Report:
    """Every change from `old` to `new`, classified."""
    return _Comparison(old, new).run()


# -- the comparison --------------------------------------------------------------------


def _client(call_path: str) -> str:
    return f"client.{call_path}"


def _where(op: Operation) -> str:
    return f"{op.http_method} {op.path}"


def _route(op: Operation) -> tuple[str, str]:
    """The operation's HTTP method and path, path parameters unnamed."""
    return op.http_method, re.sub(r"\{[^}]*\}", "{}", op.path)


def _quote(names: Iterable[object], limit: int = 0) -> str:
    """`a`, `b`, `c`; past `limit` items (0: no limit), "and N more"."""
    items = list(names)
    shown = items[:limit] if limit else items
    text = ", ".join(f"`{n}`" for n in shown)
    return text + (f" and {len(items) - len(shown)} more" if len(items) > len(shown) else "")


def _values(enum: Enum) -> dict[str | int, str]:
    return {m.value: m.name for m in enum.members}


class _Types:
    """One Api's named types, and which methods reach each on each side."""

    def __init__(self, api: Api) -> None:
        self.models = {m.name: m for m in api.models}
        self.enums = {e.name: e for e in api.enums}
        self.aliases = {a.name: a for a in api.aliases}
        self.reached: dict[tuple[Side, str], set[str]] = defaultdict(set)
        closure: dict[tuple[Side, str], frozenset[str]] = {}
        for op in api.operations():
            sides: tuple[tuple[Side, list[TypeRef]], ...] = (
                ("request", [p.type for p in op.all_params]),
                ("response", _returns(op)),
            )
            for side, types in sides:
                for t in types:
                    for name in self._closure(side, t, closure):
                        self.reached[(side, name)].add(op.call_path)

    @staticmethod
    def fields(model: Model, side: Side) -> dict[str, Field]:
        """The fields of the TypedDict (request) or the pydantic model (response)."""
        if side == "request":
            return {f.name: f for f in model.fields if not f.read_only}
        return {f.name: f for f in model.fields if not f.write_only}

    def _closure(
        self, side: Side, t: TypeRef, memo: dict[tuple[Side, str], frozenset[str]]
    ) -> frozenset[str]:
        """The names of every named type `t` reaches on `side`."""
        found: set[str] = set()
        stack = [t]
        while stack:
            current = stack.pop()
            stack.extend(current.args)
            if current.kind not in ("model", "enum", "alias") or current.name in found:
                continue
            if (side, current.name) in memo:
                found |= memo[(side, current.name)]
                continue
            found.add(current.name)
            if current.name in self.models:
                model = self.models[current.name]
                stack.extend(f.type for f in self.fields(model, side).values())
                if model.extra_type is not None:
                    stack.append(model.extra_type)
            elif current.name in self.aliases:
                stack.append(self.aliases[current.name].type)
        if t.kind in ("model", "enum", "alias"):
            memo[(side, t.name)] = frozenset(found)
        return frozenset(found)


def _returns(op: Operation) -> list[TypeRef]:
    if op.pagination is not None:
        meta = [op.pagination.meta_type] if op.pagination.meta_type else []
        return [op.pagination.item_type, *meta]
    return [op.returns] if op.returns is not None else []


@dataclass
class _Comparison:
    old_api: Api
    new_api: Api
    changes: set[Change] = field(default_factory=set)
    # Named-type changes wait for their methods: (kind, subject, text, side, old, new)
    pending: set[tuple[Kind, str, str, Side, str, str]] = field(default_factory=set)
    compared: set[tuple[Side, str, str]] = field(default_factory=set)
    # Documentation changes, one entry per method: (subject, where) -> what changed
    docs: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        self.old = _Types(self.old_api)
        self.new = _Types(self.new_api)

    def run(self) -> Report:
        self._operations()
        self._type_names()
        type_docs: dict[tuple[str, Side, str, str], list[str]] = defaultdict(list)
        for kind, subject, text, side, old_name, new_name in sorted(self.pending):
            if kind == "docs":
                type_docs[(subject, side, old_name, new_name)].append(text)
                continue
            self._with_methods(kind, subject, text, side, old_name, new_name)
        for (subject, side, old_name, new_name), texts in type_docs.items():
            self._with_methods("docs", subject, "; ".join(texts), side, old_name, new_name)
        for (subject, where), texts in self.docs.items():
            self.changes.add(Change("docs", subject, "; ".join(texts), where))
        return Report(tuple(sorted(self.changes, key=lambda c: (KINDS.index(c.kind), c))))

    def _with_methods(
        self, kind: Kind, subject: str, text: str, side: Side, old_name: str, new_name: str
    ) -> None:
        methods = self.old.reached.get((side, old_name), set()) | self.new.reached.get(
            (side, new_name), set()
        )
        self.add(kind, subject, text, methods=tuple(_client(m) for m in sorted(methods)))

    def add(
        self, kind: Kind, subject: str, text: str, where: str = "", methods: tuple[str, ...] = ()
    ) -> None:
        if kind == "docs" and not methods:
            self.docs[(subject, where)].append(text)
        else:
            self.changes.add(Change(kind, subject, text, where, methods))

    # -- methods --------------------------------------------------------------------------

    def _operations(self) -> None:
        old = {op.call_path: op for op in self.old_api.operations()}
        new = {op.call_path: op for op in self.new_api.operations()}
        added = {path: op for path, op in new.items() if path not in old}
        by_route = {_route(op): op for op in added.values()}
        by_id = {op.operation_id: op for op in added.values()}
        for path, op in old.items():
            if path in new:
                self._operation(op, new[path])
                continue
            moved = by_route.get(_route(op)) or by_id.get(op.operation_id)
            if moved is not None and moved.call_path in added:
                del added[moved.call_path]
                self.add(
                    "callers",
                    _client(path),
                    f"renamed to `{_client(moved.call_path)}`",
                    where=_where(op),
                )
                self._operation(op, moved)
            else:
                self.add("callers", _client(path), "method removed", where=_where(op))
        for path, op in added.items():
            self.add("additive", _client(path), "new method", where=_where(op))

    def _operation(self, a: Operation, b: Operation) -> None:
        subject, where = _client(b.call_path), _where(b)
        if _route(a) != _route(b):
            self.add(
                "callers", subject, f"now calls `{_where(b)}` (was `{_where(a)}`)", where=where
            )
        self._params(a, b, subject, where)
        self._result(a, b, subject, where)
        docs = [
            label
            for label, x, y in (
                ("method summary", a.summary, b.summary),
                ("method description", a.description, b.description),
                ("example response", a.example_response, b.example_response),
            )
            if x != y
        ]
        if a.deprecated != b.deprecated:
            docs.append("now deprecated" if b.deprecated else "no longer deprecated")
        if docs:
            self.add("docs", subject, ", ".join(docs) + " changed", where=where)

    def _params(self, a: Operation, b: Operation, subject: str, where: str) -> None:
        old = {p.name: p for p in a.all_params}
        new = {p.name: p for p in b.all_params}
        gone = [p for name, p in old.items() if name not in new]
        came = {name: p for name, p in new.items() if name not in old}
        renamed: dict[str, str] = {}
        for p in gone:
            partner = self._renamed(p, a, b, came)
            if partner is None:
                self.add("callers", subject, f"parameter `{p.name}` removed", where=where)
                continue
            del came[partner.name]
            renamed[p.name] = partner.name
            how = " (calls that pass it by position still work)" if p.positional else ""
            self.add(
                "callers",
                subject,
                f"parameter `{p.name}` renamed to `{partner.name}`{how}",
                where=where,
            )
            self._param(p, partner, subject, where, renamed=True)
        for name, p in came.items():
            if p.required:
                self.add("callers", subject, f"new required parameter `{name}`", where=where)
            else:
                self.add("additive", subject, f"new optional parameter `{name}`", where=where)
        for name, p in old.items():
            if name in new:
                self._param(p, new[name], subject, where)
        # Calls that pass arguments by position: the ones both sides have, in order.
        kept = {renamed.get(name, name) for name in old if renamed.get(name, name) in new}
        before = [renamed.get(p.name, p.name) for p in a.positional if p.name in old]
        before = [name for name in before if name in kept]
        after = [p.name for p in b.positional if p.name in kept]
        if after[: len(before)] != before:
            self.add(
                "callers",
                subject,
                f"positional parameters are now ({_quote(after)}), were ({_quote(before)})",
                where=where,
            )

    @staticmethod
    def _renamed(p: Param, a: Operation, b: Operation, came: dict[str, Param]) -> Param | None:
        """The new parameter that is `p` under another name: the same wire name and
        location, or the path parameter in the same place of a path with as many."""
        for q in came.values():
            if (q.location, q.wire_name) == (p.location, p.wire_name):
                return q
        if p.location == "path" and len(a.located("path")) == len(b.located("path")):
            index = [x.name for x in a.located("path")].index(p.name)
            path_params = b.located("path")
            if index < len(path_params) and path_params[index].name in came:
                return path_params[index]
        return None

    def _param(
        self, p: Param, q: Param, subject: str, where: str, *, renamed: bool = False
    ) -> None:
        name = q.name
        if p.required != q.required:
            if q.required:
                self.add("callers", subject, f"parameter `{name}` is now required", where=where)
            else:
                self.add("additive", subject, f"parameter `{name}` is now optional", where=where)
        verdict = self._request(p.type, q.type)
        was, now = self._described(p.type, q.type, request=True)
        if verdict in ("narrower", "changed"):
            self.add(
                "callers",
                subject,
                f"parameter `{name}` takes `{now}` (was `{was}`): narrowed",
                where=where,
            )
        elif verdict == "wider":
            self.add(
                "additive", subject, f"parameter `{name}` takes `{now}` (was `{was}`)", where=where
            )
        if (p.location, p.wire_name) != (q.location, q.wire_name) and not renamed:
            self.add(
                "docs",
                subject,
                f"parameter `{name}` is sent as {q.location} `{q.wire_name}` "
                f"(was {p.location} `{p.wire_name}`); the client does it, calls do not change",
                where=where,
            )
        if (p.description, p.default_repr) != (q.description, q.default_repr):
            self.add("docs", subject, f"parameter `{name}`: description changed", where=where)

    def _result(self, a: Operation, b: Operation, subject: str, where: str) -> None:
        if (a.pagination is None) != (b.pagination is None):
            text = "now returns pages" if b.pagination else "no longer returns pages"
            self.add("readers", subject, f"{text}: `{b.return_annotation}`", where=where)
            return
        if a.pagination is not None and b.pagination is not None:
            if a.pagination.page_class != b.pagination.page_class:
                self.add(
                    "readers",
                    subject,
                    f"returns a `{b.pagination.page_class}` (was a `{a.pagination.page_class}`)",
                    where=where,
                )
            pairs = [(a.pagination.item_type, b.pagination.item_type, "page items")]
            old_meta, new_meta = a.pagination.meta_type, b.pagination.meta_type
            if old_meta is not None and new_meta is not None:
                pairs.append((old_meta, new_meta, "page meta"))
        elif a.returns is None or b.returns is None:
            if a.returns is not None:
                self.add("readers", subject, "returns nothing now", where=where)
            elif b.returns is not None:
                self.add("additive", subject, f"now returns `{b.return_annotation}`", where=where)
            return
        else:
            pairs = [(a.returns, b.returns, "return type")]
        if a.response_format != b.response_format:
            self.add(
                "readers",
                subject,
                f"response is now {b.response_format} (was {a.response_format})",
                where=where,
            )
            return
        for x, y, label in pairs:
            verdict = self._response(x, y)
            was, now = self._described(x, y)
            text = f"{label} `{now}` (was `{was}`)"
            if verdict in ("wider", "changed"):
                self.add("readers", subject, text, where=where)
            elif verdict == "narrower":
                self.add("additive", subject, f"{text}: narrowed", where=where)

    # -- types ----------------------------------------------------------------------------

    def _described(self, a: TypeRef, b: TypeRef, *, request: bool = False) -> tuple[str, str]:
        """How the two types read in a message; an alias that kept its name is spelt out."""
        was, now = a.describe(request=request), b.describe(request=request)
        if was == now:
            x, y = self._resolve(a, self.old), self._resolve(b, self.new)
            # An alias is spelt out; a class that took its name says what it is.
            was = f"{was} = {x.describe(request=request)}" if x != a else f"{was}, a {a.kind}"
            now = f"{now} = {y.describe(request=request)}" if y != b else f"{now}, a {b.kind}"
        return was, now

    def _resolve(self, t: TypeRef, types: _Types) -> TypeRef:
        """An alias's own type, so that an alias and what it stands for compare equal."""
        seen: set[str] = set()
        while t.kind == "alias" and t.name in types.aliases and t.name not in seen:
            seen.add(t.name)
            nullable = t.nullable
            t = types.aliases[t.name].type
            if nullable and not t.nullable:
                t = replace(t, nullable=True)
        return t

    def _request(self, a: TypeRef, b: TypeRef) -> Verdict:
        """How the values callers may pass moved: narrower breaks them."""
        return self._types(a, b, "request")

    def _response(self, a: TypeRef, b: TypeRef) -> Verdict:
        """How the values readers may get moved: wider (or changed) breaks them."""
        return self._types(a, b, "response")

    def _types(self, a: TypeRef, b: TypeRef, side: Side) -> Verdict:
        a, b = self._resolve(a, self.old), self._resolve(b, self.new)
        null: Verdict = "same"
        if a.nullable != b.nullable and "none" not in (a.kind, b.kind):
            null = "wider" if b.nullable else "narrower"
        return _join(null, self._core(a, b, side))

    def _core(self, a: TypeRef, b: TypeRef, side: Side) -> Verdict:
        if a.kind == b.kind:
            if a.kind in ("list", "dict"):
                return self._types(a.args[0], b.args[0], side)
            if a.kind == "union":
                return self._union(list(a.args), list(b.args), side)
            if a.kind == "literal":
                return _sets(set(a.literals), set(b.literals))
            if a.kind == "model":
                self._model(a.name, b.name, side)
                return "same"
            if a.kind == "enum":
                # Values removed or added are the enum's own entries, with its methods.
                return self._enum(a.name, b.name, side)
            return "same"
        if b.kind == "union":
            return _join("wider", self._union([a], list(b.args), side))
        if a.kind == "union":
            return _join("narrower", self._union(list(a.args), [b], side))
        if b.kind == "object":
            return "wider"
        if a.kind == "object":
            return "narrower"
        pair = (a.kind, b.kind)
        if pair in (("literal", "enum"), ("enum", "literal")):
            return self._values(a, b, side)
        if side == "request":
            # What callers may pass: a date-time parameter also takes a string.
            if pair in (("int", "float"), ("str", "datetime"), ("str", "date")):
                return "wider"
            if pair in (("enum", "str"), ("literal", "str")):
                return "wider"
            if pair in (("float", "int"), ("datetime", "str"), ("date", "str")):
                return "narrower"
            if pair in (("str", "enum"), ("str", "literal")):
                return "narrower"
        else:
            # What readers get: a generated enum is a str, so code reading a str still works.
            if pair in (("float", "int"), ("str", "enum"), ("str", "literal")):
                return "narrower"
            if pair == ("int", "float"):
                return "wider"
        return "changed"

    def _values(self, a: TypeRef, b: TypeRef, side: Side) -> Verdict:
        """A Literal that became an enum, or back: compared by their values. Generated
        enums are open and are strings, so a reader of a Literal copes with the enum."""

        def values(t: TypeRef, types: _Types) -> set[object]:
            if t.kind == "literal":
                return set(t.literals)
            enum = types.enums.get(t.name)
            return set(_values(enum)) if enum is not None else set()

        verdict = _sets(values(a, self.old), values(b, self.new))
        if side == "response" and verdict == "wider" and a.kind == "literal":
            return "same"
        return verdict

    def _union(self, a: list[TypeRef], b: list[TypeRef], side: Side) -> Verdict:
        def key(t: TypeRef) -> tuple[str, str]:
            return t.kind, t.name

        old = {key(self._resolve(t, self.old)): t for t in a}
        new = {key(self._resolve(t, self.new)): t for t in b}
        verdict = _sets(set(old), set(new))
        for k in old.keys() & new.keys():
            verdict = _join(verdict, self._types(old[k], new[k], side))
        return verdict

    def _enum(self, a_name: str, b_name: str, side: Side) -> Verdict:
        a, b = self.old.enums.get(a_name), self.new.enums.get(b_name)
        if a is None or b is None:
            return "changed"
        old, new = _values(a), _values(b)
        if (side, a_name, b_name) not in self.compared:
            self.compared.add((side, a_name, b_name))
            subject = f"types.{b_name}"
            removed = [v for v in old if v not in new]
            added = [v for v in new if v not in old]
            if removed and side == "request":
                self._later(
                    "callers",
                    subject,
                    f"value(s) {_quote(map(repr, removed), _VALUES_SHOWN)} no longer accepted",
                    side,
                    a_name,
                    b_name,
                )
            elif removed:
                members = _quote((f"{b_name}.{old[v]}" for v in removed), _VALUES_SHOWN)
                self._later(
                    "readers",
                    subject,
                    f"member(s) {members} removed (no longer sent; code that names them breaks)",
                    side,
                    a_name,
                    b_name,
                )
            if added:
                text = f"new value(s) {_quote(map(repr, added), _VALUES_SHOWN)}"
                if side == "response":
                    text += " (generated enums are open: an old client keeps them as unknown)"
                self._later("additive", subject, text, side, a_name, b_name)
            renamed = [v for v in old if v in new and old[v] != new[v]]
            if renamed:
                self._later(
                    "callers" if side == "request" else "readers",
                    subject,
                    "member(s) renamed: " + ", ".join(f"`{old[v]}` → `{new[v]}`" for v in renamed),
                    side,
                    a_name,
                    b_name,
                )
            if a.description != b.description:
                self._later("docs", subject, "description changed", side, a_name, b_name)
        return "changed" if a.base != b.base else "same"

    def _model(self, a_name: str, b_name: str, side: Side) -> None:
        if (side, a_name, b_name) in self.compared:
            return
        self.compared.add((side, a_name, b_name))
        a, b = self.old.models.get(a_name), self.new.models.get(b_name)
        if a is None or b is None:
            return
        old, new = self.old.fields(a, side), self.new.fields(b, side)
        subject = f"types.{b.twin if side == 'request' else b_name}"

        def later(kind: Kind, text: str) -> None:
            self._later(kind, subject, text, side, a_name, b_name)

        for name in old.keys() - new.keys():
            later("callers" if side == "request" else "readers", f"field `{name}` removed")
        for name in new.keys() - old.keys():
            if side == "request" and new[name].required:
                later("callers", f"new required field `{name}`")
            else:
                later("additive", f"new field `{name}`")
        for name in old.keys() & new.keys():
            self._field(old[name], new[name], side, later)
        if a.description != b.description:
            later("docs", "description changed")

    def _field(self, f: Field, g: Field, side: Side, later: Callable[[Kind, str], None]) -> None:
        name = g.name
        if side == "request":
            if f.required != g.required:
                text = f"field `{name}` is now {'required' if g.required else 'optional'}"
                later("callers" if g.required else "additive", text)
            verdict = self._request(f.type, g.type)
            was, now = self._described(f.type, g.type, request=True)
            if verdict in ("narrower", "changed"):
                later("callers", f"field `{name}` takes `{now}` (was `{was}`): narrowed")
            elif verdict == "wider":
                later("additive", f"field `{name}` takes `{now}` (was `{was}`)")
        else:
            may_be_none = (" | None" in f.annotation, " | None" in g.annotation)
            if may_be_none == (False, True):
                later("readers", f"field `{name}` may now be None")
            elif may_be_none == (True, False):
                later("additive", f"field `{name}` is now always set")
            verdict = self._response(_present(f.type), _present(g.type))
            was, now = self._described(f.type, g.type)
            if verdict in ("wider", "changed"):
                later("readers", f"field `{name}` is `{now}` (was `{was}`)")
            elif verdict == "narrower":
                later("additive", f"field `{name}` is `{now}` (was `{was}`): narrowed")
        if (f.description, f.default_repr) != (g.description, g.default_repr):
            later("docs", f"field `{name}`: description changed")

    def _later(self, kind: Kind, subject: str, text: str, side: Side, a: str, b: str) -> None:
        self.pending.add((kind, subject, text, side, a, b))

    # -- the names in <package>.types -------------------------------------------------------

    def _type_names(self) -> None:
        old, new = dict(_exported(self.old_api, self.old)), dict(_exported(self.new_api, self.new))
        for name, side in old.items():
            if name not in new:
                kind: Kind = "callers" if side == "request" else "readers"
                self.add(kind, f"types.{name}", "removed (code that imports it breaks)")
        added = sorted(name for name in new if name not in old)
        if added:
            self.add("additive", "types", f"new: {_quote(added)}")


def _present(t: TypeRef) -> TypeRef:
    """`t` without its nullability, which `_field` reports on its own."""
    return replace(t, nullable=False) if t.nullable else t


def _exported(api: Api, types: _Types) -> Iterator[tuple[str, Side]]:
    """The names of <package>.types, with the side whose code uses each."""
    for model in api.models:
        if model.as_model:
            yield model.name, "response"
        if model.as_param:
            yield model.twin, "request"
    for enum in api.enums:
        requested = ("request", enum.name) in types.reached
        yield enum.name, "request" if requested else "response"
    for alias in api.aliases:
        yield alias.name, "response"
        if alias.as_param:
            yield alias.twin, "request"


def _join(x: Verdict, y: Verdict) -> Verdict:
    """Two movements of one type: both ways at once is a change."""
    if x == "same":
        return y
    if y == "same" or x == y:
        return x
    return "changed"


def _sets(old: set[object], new: set[object]) -> Verdict:
    if old == new:
        return "same"
    if old < new:
        return "wider"
    if new < old:
        return "narrower"
    return "changed"

"""What an operation offers pagination: the request values that could carry a page's
position (`Slot`), the fields of its response (`Found`, three levels deep), both read
from the document into one `View`; and the `Pagination` made of a scheme's choice."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from generator.ir.model import Body, Field, PageParam, PageStyle, Pagination, Param, TypeRef
from generator.ir.pagination.names import CURSOR_PARAMS, PAGE_HOLDERS
from generator.ir.responses import success_codes
from generator.ir.types import TypeRegistry
from generator.load import Document


def norm(name: str) -> str:
    """A name with case and punctuation gone: `page[number]`, `pageNumber` -> `pagenumber`."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass(frozen=True)
class Slot:
    """A request value an operation takes that could carry a page's position."""

    param: PageParam
    type: TypeRef
    schema: dict[str, Any]  # the raw schema: default, minimum, maximum
    description: str
    deprecated: bool = False  # inference does not page by a deprecated parameter

    @property
    def key(self) -> str:
        """The name this value goes by: the last key of its path in the body; in the query
        the whole of it (`page[number]`), but a cursor's own name in a `page` object
        (`page[after]` is `after`)."""
        last = norm(self.param.path[-1])
        if self.param.location == "body":
            return last
        if norm(self.param.path[0]) in PAGE_HOLDERS and last in CURSOR_PARAMS:
            return last
        return norm("".join(self.param.path))

    @property
    def names(self) -> frozenset[str]:
        """How codegen.yaml may write it."""
        return frozenset({self.param.wire, ".".join(self.param.path)})

    def int_setting(self, key: str) -> int | None:
        value = self.schema.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class Found:
    """A field of the response: its wire path, Python path, type and documentation."""

    wire: tuple[str, ...]
    python: tuple[str, ...]
    type: TypeRef
    description: str

    @property
    def path(self) -> str:
        return ".".join(self.python)

    @property
    def leaf(self) -> str:
        return norm(self.wire[-1])


@dataclass
class View:
    """One operation as pagination sees it."""

    op_id: str
    pointer: str
    method: str
    slots: list[Slot]
    returns: TypeRef | None
    envelope: list[Field] | None  # the response model's fields; None for a list response
    found: list[Found]  # every field of the response, nested ones too (three levels)
    link_header: bool  # the success response declares a Link header

    def slot(self, written: str) -> Slot | None:
        return next((s for s in self.slots if written in s.names), None)

    def field(self, written: str) -> Found | None:
        wire = tuple(written.split("."))
        return next((f for f in self.found if f.wire == wire), None)


# The scalar kinds `Reader.kinds` tells, as the sets schemes ask for.
INT = frozenset({"int"})
BOOL = frozenset({"bool"})
CURSOR = frozenset({"str", "int"})


class Reader:
    """Reads an operation into a `View`, and the types it names down to what they are."""

    def __init__(self, doc: Document, registry: TypeRegistry) -> None:
        self.doc = doc
        self.types = registry

    def view(
        self,
        op_id: str,
        pointer: str,
        method: str,
        spec: dict[str, Any],
        raw_params: list[dict[str, Any]],
        params: tuple[Param, ...],
        body: Body | None,
        returns: TypeRef | None,
    ) -> View:
        """The operation's query and body values that could page, and its response's fields."""
        self.types.drain()
        slots: list[Slot] = []
        raw_by_key = {(r.get("in"), r.get("name")): r for r in raw_params}
        for p in params:
            if p.location != "query":
                continue
            raw = raw_by_key.get(("query", p.wire_name)) or {}
            schema = self._resolve(raw.get("schema") or {})
            props = schema.get("properties") if isinstance(schema, dict) else None
            if isinstance(props, dict) and props:  # an object: page[number], or number=
                for key, sub in props.items():
                    sub = self._resolve(sub)
                    t = self._prop_type(p.type, key)
                    if t is not None:
                        slots.append(
                            Slot(
                                PageParam("query", (p.wire_name, key), p.name),
                                t,
                                sub if isinstance(sub, dict) else {},
                                str(sub.get("description") or "") if isinstance(sub, dict) else "",
                                bool(raw.get("deprecated"))
                                or (isinstance(sub, dict) and bool(sub.get("deprecated"))),
                            )
                        )
            else:
                slots.append(
                    Slot(
                        PageParam("query", (p.wire_name,), p.name),
                        p.type,
                        schema if isinstance(schema, dict) else {},
                        p.description,
                        bool(raw.get("deprecated")),
                    )
                )
        if body is not None and body.fields:
            body_schema = self._body_schema(spec)
            for p in body.fields:
                raw = self._resolve((body_schema.get("properties") or {}).get(p.wire_name) or {})
                slots.append(
                    Slot(
                        PageParam("body", (p.wire_name,), p.name),
                        p.type,
                        raw if isinstance(raw, dict) else {},
                        p.description,
                        isinstance(raw, dict) and bool(raw.get("deprecated")),
                    )
                )
                nested = self.types.unaliased(p.type)
                model = (
                    self.types.models.get(nested.name)
                    if nested is not None and nested.kind == "model"
                    else None
                )
                for f in model.fields if model else ():
                    sub = (
                        self._resolve((raw.get("properties") or {}).get(f.wire_name) or {})
                        if isinstance(raw, dict)
                        else {}
                    )
                    slots.append(
                        Slot(
                            PageParam("body", (p.wire_name, f.wire_name), p.name),
                            f.type,
                            sub if isinstance(sub, dict) else {},
                            f.description,
                        )
                    )
        envelope_type = self.types.unaliased(returns)
        envelope = None
        found: list[Found] = []
        if (
            envelope_type is not None
            and envelope_type.kind == "model"
            and envelope_type.name in self.types.models
        ):
            envelope = list(self.types.models[envelope_type.name].fields)
            self._walk(envelope, (), (), found, set())
        return View(
            op_id, pointer, method, slots, returns, envelope, found, self._declares_link(spec)
        )

    def _walk(
        self,
        fields: list[Field],
        wire: tuple[str, ...],
        python: tuple[str, ...],
        out: list[Found],
        seen: set[str],
    ) -> None:
        for f in fields:
            out.append(Found(wire + (f.wire_name,), python + (f.name,), f.type, f.description))
            t = self.types.unaliased(f.type)
            if (
                len(wire) < 2
                and t is not None
                and t.kind == "model"
                and t.name in self.types.models
                and t.name not in seen
            ):
                self._walk(
                    list(self.types.models[t.name].fields),
                    wire + (f.wire_name,),
                    python + (f.name,),
                    out,
                    seen | {t.name},
                )

    def _prop_type(self, t: TypeRef, key: str) -> TypeRef | None:
        u = self.types.unaliased(t)
        model = self.types.models.get(u.name) if u is not None and u.kind == "model" else None
        field = next((f for f in model.fields if f.wire_name == key), None) if model else None
        return field.type if field else None

    def _body_schema(self, spec: dict[str, Any]) -> dict[str, Any]:
        body = self._resolve(spec.get("requestBody") or {})
        content = body.get("content") if isinstance(body, dict) else None
        for media, entry in (content or {}).items():
            if "json" in media and isinstance(entry, dict):
                schema = self._resolve(entry.get("schema") or {})
                return schema if isinstance(schema, dict) else {}
        return {}

    def _declares_link(self, spec: dict[str, Any]) -> bool:
        responses = spec.get("responses") or {}
        for code in success_codes(responses)[:1]:
            response = self._resolve(responses[code])
            headers = response.get("headers") if isinstance(response, dict) else None
            return any(str(name).lower() == "link" for name in headers or {})
        return False

    def _resolve(self, node: Any) -> Any:
        return self.doc.follow(node)[0]

    def kinds(self, t: TypeRef) -> frozenset[str]:
        """The scalar kinds a value of `t` may have (null aside): {"str"}, {"int", "str"}."""
        u = self.types.unaliased(t)
        if u is None:
            return frozenset()
        if u.kind == "union":
            kinds: set[str] = set()
            for arg in u.args:
                if arg.kind != "none":
                    kinds |= self.kinds(arg) or {"other"}
            return frozenset(kinds)
        if u.kind in ("str", "int", "bool"):
            return frozenset({u.kind})
        if u.kind == "float" and u.format in ("integer", "int32", "int64"):
            return frozenset({"int"})  # `type: number, format: integer`: whole numbers
        if u.kind == "enum" and u.name in self.types.enums:
            return frozenset({self.types.enums[u.name].base})
        return frozenset({"other"})


def first_page(slot: Slot) -> int | None:
    """The number of the first page, where the parameter says: its default or minimum,
    or its description ("0-indexed", "1-based")."""
    text = slot.description.lower()
    if re.search(r"\b(0|zero)[- ](indexed|based)", text):
        return 0
    if re.search(r"\b(1|one)[- ](indexed|based)", text):
        return 1
    for key in ("default", "minimum"):
        value = slot.int_setting(key)
        if value in (0, 1):
            return value
    return None


# -- the result ------------------------------------------------------------------------


def pagination_of(
    scheme: str,
    style: PageStyle,
    view: View,
    items: str,
    item_type: TypeRef,
    param: Slot | None,
    size: Slot | None,
    first: int | None,
    fields: list[tuple[str, str]],
    *,
    inferred: bool = True,
) -> Pagination:
    meta_type, meta = _meta(view, items)
    return Pagination(
        scheme=scheme,
        style=style,
        item_type=item_type,
        meta_type=meta_type,
        items=items,
        meta=meta,
        param=param.param if param else None,
        size=size.param if size else None,
        size_default=size.int_setting("default") if size else None,
        size_max=size.int_setting("maximum") if size else None,
        first=1 if first is None else first,
        fields=tuple(fields),
        inferred=inferred,
    )


def _meta(view: View, items: str) -> tuple[TypeRef | None, str | None]:
    """What `page.meta` is: the response's one field besides the items, or the whole
    response when it has several; nothing when it has none."""
    if view.envelope is None:
        return None, None
    if "." in items:  # the items sit inside an object of their own: show it all
        return view.returns, ""
    others = [f for f in view.envelope if f.name != items]
    if not others:
        return None, None
    if len(others) == 1:
        f = others[0]
        t = f.type if f.required_in_response else replace(f.type, nullable=True)
        return t, f.name
    return view.returns, ""

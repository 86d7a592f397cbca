"""Which operations return pages, and how they walk them.

With a `pagination:` block in codegen.yaml, its schemes are matched to operations: a
scheme takes every operation that has its trigger (its page, offset or cursor parameter;
for a URL scheme its `param`, else its next-URL field or a declared `Link` header), or
that `operations:` gives it. An operation it takes must have every piece the scheme
names, and every scheme must take some operation: anything else is an error that names
the scheme, since configuration that matches nothing must not pass in silence.

Without a block, each operation's scheme is inferred from its parameters and its
response schema, conservatively: a wrong paginator is worse than none. A case that
looks paginated but cannot be told for sure is left alone, with a warning (an error
under --strict).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.config import NO_PAGINATION, PageSchemeConfig, PaginationConfig
from generator.errors import SpecError
from generator.ir.model import (
    Body,
    Field,
    Operation,
    PageParam,
    PageScheme,
    PageStyle,
    Pagination,
    Param,
    TypeRef,
    Warning,
)
from generator.ir.types import TypeRegistry
from generator.load import Document


def norm(name: str) -> str:
    """A name with case and punctuation gone: `page[number]`, `pageNumber` -> `pagenumber`."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


# -- what an operation offers ----------------------------------------------------------


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
        if norm(self.param.path[0]) in _PAGE_HOLDERS and last in _CURSOR_PARAMS:
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


# -- settings the runtime takes, per style: codegen.yaml key -> (runtime key, kinds) ----

_INT = frozenset({"int"})
_BOOL = frozenset({"bool"})
_CURSOR = frozenset({"str", "int"})
_RESPONSE_SETTINGS: dict[str, dict[str, tuple[str, frozenset[str]]]] = {
    "page_number": {
        "current_page": ("current_page", _INT),
        "total_pages": ("total_pages", _INT),
        "total_count": ("total_count", _INT),
        "next_page": ("next_page", _INT),
    },
    "offset": {"total_count": ("total_count", _INT)},
    "cursor": {
        "next_cursor": ("next_cursor", _CURSOR),
        "has_more": ("has_more", _BOOL),
        "done": ("done", _BOOL),
    },
    "next_url": {"next_url": ("next_url", frozenset({"str"}))},
    "link_header": {},
}
_TRIGGER = {"page_number": "page", "offset": "offset", "cursor": "cursor"}


class _Partial(Exception):
    """A scheme that matches an operation only in part: why."""


class Paginator:
    """Decides each operation's pagination while the IR is built, then the API's schemes."""

    def __init__(
        self,
        doc: Document,
        registry: TypeRegistry,
        warnings: list[Warning],
        config: PaginationConfig | None,
        config_path: Path | None,
    ) -> None:
        self.doc = doc
        self.types = registry
        self.warnings = warnings
        self.config = config
        self.config_path = config_path or Path("codegen.yaml")
        self.matched: dict[str, int] = {}  # declared scheme -> operations it took
        self.op_ids: set[str] = set()
        self.ambiguous = 0

    # -- per operation -------------------------------------------------------

    def operation(
        self,
        *,
        op_id: str,
        pointer: str,
        method: str,
        spec: dict[str, Any],
        raw_params: list[dict[str, Any]],
        params: tuple[Param, ...],
        body: Body | None,
        returns: TypeRef | None,
    ) -> Pagination | None:
        self.op_ids.add(op_id)
        config = self.config
        if config is not None and not config.enabled:
            return None
        if config is not None and op_id and config.operations.get(op_id) == NO_PAGINATION:
            return None
        view = self._view(op_id, pointer, method, spec, raw_params, params, body, returns)
        if config is not None:
            return self._declared(config, view)
        return self._inferred(view)

    def _declared(self, config: PaginationConfig, view: View) -> Pagination | None:
        chosen = config.operations.get(view.op_id) if view.op_id else None
        if chosen is not None:
            scheme = next(s for s in config.schemes if s.name == chosen)
            return self._apply(scheme, view)
        taking = [s for s in config.schemes if self._triggered(s, view)]
        if len(taking) > 1:
            # Several schemes' parameters are there: the one whose every piece is too.
            whole = [s for s in taking if self._matches_whole(s, view)]
            if len(whole) != 1:
                names = " and ".join(repr(s.name) for s in (whole or taking))
                raise SpecError(
                    self.config_path,
                    "/pagination/operations",
                    f"the pagination schemes {names} all match {self._name(view)}: say which "
                    f"one it uses under pagination.operations "
                    f"({view.op_id or 'operationId'}: <scheme>)",
                )
            taking = whole
        return self._apply(taking[0], view) if taking else None

    def _matches_whole(self, scheme: PageSchemeConfig, view: View) -> bool:
        try:
            self._from_config(scheme, view)
        except _Partial:
            return False
        return True

    def _name(self, view: View) -> str:
        return f"{view.op_id} ({view.pointer})" if view.op_id else view.pointer

    def _triggered(self, scheme: PageSchemeConfig, view: View) -> bool:
        s = scheme.settings
        if scheme.style in _TRIGGER:
            return view.slot(s[_TRIGGER[scheme.style]]) is not None
        if "param" in s:
            return view.slot(s["param"]) is not None
        if scheme.style == "next_url":
            return view.field(s["next_url"]) is not None
        return view.link_header

    def _apply(self, scheme: PageSchemeConfig, view: View) -> Pagination:
        try:
            pagination = self._from_config(scheme, view)
        except _Partial as why:
            fix = f"pagination.operations.{view.op_id}: none" if view.op_id else "an operationId"
            raise SpecError(
                self.config_path,
                scheme.pointer,
                f"the pagination scheme {scheme.name!r} matches {self._name(view)} only in "
                f"part: {why}; correct the scheme, or give the operation {fix}",
            ) from None
        self.matched[scheme.name] = self.matched.get(scheme.name, 0) + 1
        return pagination

    def _from_config(self, scheme: PageSchemeConfig, view: View) -> Pagination:
        s = scheme.settings
        style: PageStyle = scheme.style  # type: ignore[assignment]
        items, item_type = self._items(view, s["items"])
        param = None
        if style in _TRIGGER:
            param = self._slot(view, s[_TRIGGER[style]], style, "the request")
        size = self._slot(view, s["size"], "size", "the request") if "size" in s else None
        if style == "next_url" and "param" in s:
            self._slot(view, s["param"], "param", "the request")
        fields: list[tuple[str, str]] = []
        for key, (runtime, kinds) in _RESPONSE_SETTINGS[style].items():
            if key in s:
                found = view.field(s[key])
                if found is None:
                    raise _Partial(f"its response has no {s[key]!r}")
                if not self._kinds(found.type) <= kinds or not self._kinds(found.type):
                    raise _Partial(
                        f"{s[key]!r} in its response is not {' or '.join(sorted(kinds))}"
                    )
                fields.append((runtime, found.path))
        if "item_id" in s:
            fields.append(("item_id", self._item_field(item_type, s["item_id"])))
        first = _first_page(param) if param is not None else 1
        if "first" in s:
            if not s["first"].lstrip("-").isdigit():
                raise SpecError(
                    self.config_path, f"{scheme.pointer}/first", "must be a whole number"
                )
            first = int(s["first"])
        return self._pagination(
            scheme.name, style, view, items, item_type, param, size, first, fields, inferred=False
        )

    def _slot(self, view: View, written: str, role: str, where: str) -> Slot:
        slot = view.slot(written)
        if slot is None:
            raise _Partial(f"{where} has no parameter {written!r}")
        if role in ("page_number", "offset", "size") and self._kinds(slot.type) != _INT:
            raise _Partial(f"its parameter {written!r} is not an integer")
        return slot

    def _items(self, view: View, written: str) -> tuple[str, TypeRef]:
        if written == "":
            t = self._unaliased(view.returns)
            if t is None or t.kind != "list":
                raise _Partial("its response is not a list (items: '' says it is)")
            return "", t.args[0]
        found = view.field(written)
        t = self._unaliased(found.type) if found else None
        if found is None or t is None or t.kind != "list":
            raise _Partial(f"its response has no list {written!r}")
        return found.path, t.args[0]

    def _item_field(self, item_type: TypeRef, written: str) -> str:
        t = self._unaliased(item_type)
        model = self.types.models.get(t.name) if t is not None and t.kind == "model" else None
        field = next((f for f in model.fields if f.wire_name == written), None) if model else None
        if field is None:
            raise _Partial(f"its items have no field {written!r}")
        return field.name

    # -- inference ----------------------------------------------------------

    def _inferred(self, view: View) -> Pagination | None:
        if view.returns is None:
            return None
        # A deprecated way to page may be served for old callers only (Mistral's `page`).
        view = replace(view, slots=[s for s in view.slots if not s.deprecated])
        lists = self._list_fields(view)
        if lists is None:
            return None
        paging = [s for s in view.slots if s.key in _PAGE_PARAMS | _OFFSET_PARAMS | _CURSOR_PARAMS]
        if view.method == "post":  # a search that pages through its body
            paging = [s for s in paging if s.param.location == "body"]
            if not paging:
                return None
        elif view.method != "get":
            return None
        if len(lists) > 1:
            preferred = [f for f in lists if f.leaf in _ITEM_NAMES]
            if len(preferred) != 1:
                if paging or self._url_field(view):
                    self._ambiguous(
                        view,
                        f"its response has {len(lists)} lists ({', '.join(f.path for f in lists)}) and none is plainly the items",
                    )
                return None
            lists = preferred
        holder = self._unaliased(lists[0].type if lists else view.returns)
        assert holder is not None and holder.kind == "list"
        items, item_type = (lists[0].path if lists else ""), holder.args[0]
        if not self._url_field(view):
            numbered = [
                s
                for s in paging
                if s.key in _PAGE_PARAMS | _OFFSET_PARAMS and self._kinds(s.type) == _INT
            ]
            cursors = [s for s in paging if s.key in _CURSOR_PARAMS and self._kinds(s.type) != _INT]
            if numbered and cursors:
                # Two ways to page (Box: `offset`, or `marker` once `usemarker` is set).
                # A next cursor may come only in the other mode, but page numbers and
                # offsets work unasked: they are taken where the response counts them.
                for detect in (self._infer_page, self._infer_offset):
                    found = detect(view, items, item_type)
                    if found is not None and {"total_pages", "total_count", "next_page"} & {
                        key for key, _ in found.fields
                    }:
                        return found
                names = f"{numbered[0].param.wire!r} and {cursors[0].param.wire!r}"
                self._ambiguous(view, f"it takes both {names}, two ways to page")
                return None
        for detect in (
            self._infer_next_url,
            self._infer_cursor,
            self._infer_link,
            self._infer_page,
            self._infer_offset,
        ):
            found = detect(view, items, item_type)
            if found is not None:
                return found
        return None

    def _ambiguous(self, view: View, why: str) -> None:
        self.ambiguous += 1
        self.warnings.append(
            Warning(
                view.pointer,
                f"{AMBIGUOUS} but is left unpaginated: {why}; declare its scheme in codegen.yaml (pagination:)",
            )
        )

    def _list_fields(self, view: View) -> list[Found] | None:
        """The response's list fields that could be the items: [] when the response is
        itself a list; None when it is neither."""
        returns = self._unaliased(view.returns)
        if returns is not None and returns.kind == "list":
            return []
        if view.envelope is None:
            return None
        top = [f for f in view.found if len(f.wire) == 1 and self._is_list(f.type)]
        if top:
            return top
        # One object inside the envelope holding the list (`{"result": {"points": [...]}}`)
        inner = [
            f
            for f in view.found
            if len(f.wire) == 2 and norm(f.wire[0]) in _RESULT_HOLDERS and self._is_list(f.type)
        ]
        holders = {f.wire[0] for f in inner}
        return inner if len(holders) == 1 else None

    def _is_list(self, t: TypeRef) -> bool:
        u = self._unaliased(t)
        return u is not None and u.kind == "list"

    def _url_field(self, view: View) -> Found | None:
        for f in view.found:
            if self._kinds(f.type) != {"str"}:
                continue
            parent = norm(f.wire[-2]) if len(f.wire) > 1 else ""
            if f.leaf in _NEXT_URL_NAMES:
                return f
            if f.leaf == "next" and (parent in _LINK_HOLDERS or f.type.format == "uri"):
                return f
            if (
                f.leaf == "href"
                and len(f.wire) > 2
                and norm(f.wire[-2]) == "next"
                and norm(f.wire[-3]) in _LINK_HOLDERS
            ):
                return f
        return None

    def _infer_next_url(self, view: View, items: str, item_type: TypeRef) -> Pagination | None:
        if view.method != "get":
            return None
        found = self._url_field(view)
        if found is None:
            return None
        return self._pagination(
            "next_url",
            "next_url",
            view,
            items,
            item_type,
            None,
            None,
            1,
            [("next_url", found.path)],
        )

    def _infer_link(self, view: View, items: str, item_type: TypeRef) -> Pagination | None:
        if view.method != "get" or not view.link_header:
            return None
        return self._pagination(
            "link_header", "link_header", view, items, item_type, None, None, 1, []
        )

    def _infer_cursor(self, view: View, items: str, item_type: TypeRef) -> Pagination | None:
        flags = [
            (runtime, f)
            for f in view.found
            if self._kinds(f.type) == _BOOL
            for runtime in ("has_more", "done")
            if f.leaf in _FLAG_NAMES[runtime]
        ]
        for slot in view.slots:
            if (
                slot.key not in _CURSOR_PARAMS
                or not self._kinds(slot.type)
                or not self._kinds(slot.type) <= _CURSOR
            ):
                continue
            if slot.key == "offset" and self._kinds(slot.type) == _INT:
                continue  # a numeric offset: the offset scheme's
            cursor = self._next_cursor(view, slot)
            if cursor is not None:
                # An end flag beside the cursor only: one elsewhere may belong to another
                # way of paging (Mistral's `pagination.has_more`, for its deprecated page).
                beside = [(r, f) for r, f in flags if f.wire[:-1] == cursor.wire[:-1]]
                fields = [(runtime, f.path) for runtime, f in beside[:1]]
                return self._pagination(
                    "cursor",
                    "cursor",
                    view,
                    items,
                    item_type,
                    slot,
                    None,
                    1,
                    [("next_cursor", cursor.path), *fields],
                )
            has_more = [f.path for runtime, f in flags if runtime == "has_more"]
            if slot.key in _AFTER_ID_PARAMS and has_more:
                item_id = self._id_field(item_type)
                if item_id:
                    return self._pagination(
                        "cursor",
                        "cursor",
                        view,
                        items,
                        item_type,
                        slot,
                        None,
                        1,
                        [("item_id", item_id), ("has_more", has_more[0])],
                    )
        return None

    def _next_cursor(self, view: View, slot: Slot) -> Found | None:
        """The response field that gives the next value of the cursor parameter `slot`."""
        key = slot.key
        candidates = [
            f
            for f in view.found
            if self._kinds(f.type) and self._kinds(f.type) <= _CURSOR and not _looks_like_url(f)
        ]
        rules: tuple[Callable[[Found], bool], ...] = (
            lambda f: f.leaf in ("next" + key, "nextpage" + key),
            lambda f: f.leaf == key and any("next" in norm(w) for w in f.wire[:-1]),
            lambda f: f.leaf == key and "next" in f.description.lower() and len(f.wire) > 1,
            lambda f: f.leaf == key and key in _SELF_NAMED_CURSORS,
            lambda f: f.leaf == "nextcursor" and len(f.wire) <= 2,
            lambda f: f.leaf == "next" and len(f.wire) <= 2 and _says_cursor(f),
        )
        for rule in rules:
            hits = [f for f in candidates if rule(f)]
            if hits:
                return hits[0]
        return None

    def _id_field(self, item_type: TypeRef) -> str:
        t = self._unaliased(item_type)
        model = self.types.models.get(t.name) if t is not None and t.kind == "model" else None
        field = next((f for f in model.fields if f.wire_name == "id"), None) if model else None
        return field.name if field and self._kinds(field.type) <= _CURSOR else ""

    def _infer_page(self, view: View, items: str, item_type: TypeRef) -> Pagination | None:
        pages = [s for s in view.slots if s.key in _PAGE_PARAMS and self._kinds(s.type) == _INT]
        if len(pages) != 1:
            return None
        page = pages[0]
        ints = [f for f in view.found if self._kinds(f.type) == _INT]
        fields = []
        for runtime, names in _PAGE_FIELDS:
            hit = next((f for f in ints if f.leaf in names), None)
            if hit is not None:
                fields.append((runtime, hit.path))
        size = self._size(view, _PAGE_SIZE_PARAMS)
        if size is not None and not any(r in ("total_pages", "next_page") for r, _ in fields):
            # Without a page count, a count of items and the page size tell the last page.
            total = next((f for f in ints if f.leaf in _TOTAL_COUNT and len(f.wire) <= 2), None)
            if total is not None:
                fields.append(("total_count", total.path))
        if not fields and (size is None or items):
            # Nothing in the response says where the page is: only a list response with
            # a page size is plainly pages (an envelope would say something).
            return None
        first = _first_page(page)
        known_base = first is not None or any(r in ("current_page", "next_page") for r, _ in fields)
        if not known_base:
            self._ambiguous(
                view,
                f"{page.param.wire!r} looks like a page number, but nothing says whether pages count from 0 or 1",
            )
            return None
        return self._pagination(
            "page_number",
            "page_number",
            view,
            items,
            item_type,
            page,
            size,
            first if first is not None else 1,
            fields,
        )

    def _infer_offset(self, view: View, items: str, item_type: TypeRef) -> Pagination | None:
        offsets = [s for s in view.slots if s.key in _OFFSET_PARAMS and self._kinds(s.type) == _INT]
        if len(offsets) != 1:
            return None
        total = next(
            (
                f
                for f in view.found
                if self._kinds(f.type) == _INT and f.leaf in _TOTAL_COUNT and len(f.wire) <= 2
            ),
            None,
        )
        size = self._size(view, _OFFSET_SIZE_PARAMS)
        if total is None and size is None:
            return None
        fields = [("total_count", total.path)] if total else []
        return self._pagination(
            "offset", "offset", view, items, item_type, offsets[0], size, 1, fields
        )

    def _size(self, view: View, names: frozenset[str]) -> Slot | None:
        sizes = [s for s in view.slots if s.key in names and self._kinds(s.type) == _INT]
        return sizes[0] if len(sizes) == 1 else None

    # -- the result -----------------------------------------------------------

    def _pagination(
        self,
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
        meta_type, meta = self._meta(view, items)
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

    def _meta(self, view: View, items: str) -> tuple[TypeRef | None, str | None]:
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

    # -- the API's schemes ---------------------------------------------------

    def schemes(self, operations: list[Operation]) -> tuple[PageScheme, ...]:
        """Every scheme operations use; an error for a declared one that none uses."""
        config = self.config
        if config is not None:
            for scheme in config.schemes:
                if scheme.name not in self.matched:
                    raise SpecError(self.config_path, scheme.pointer, self._unmatched(scheme))
            for op_id in config.operations:
                if op_id not in self.op_ids:
                    raise SpecError(
                        self.config_path,
                        f"/pagination/operations/{op_id}",
                        f"{op_id!r} is the operationId of no operation in the document",
                    )
        # One entry per way of paging: a scheme, and for inferred ones each layout of it.
        by_way: dict[tuple[str, str, bool, str], list[Operation]] = {}
        for op in sorted(operations, key=lambda o: o.spec_order):
            if op.pagination is not None:
                p = op.pagination
                way = (p.scheme, p.style, p.inferred, describe(p) if p.inferred else "")
                by_way.setdefault(way, []).append(op)
        return tuple(
            PageScheme(
                name,
                style,  # type: ignore[arg-type]
                inferred,
                tuple(op.call_path for op in ops),
                text or describe(ops[0].pagination),  # type: ignore[arg-type]
            )
            for (name, style, inferred, text), ops in by_way.items()
        )

    def _unmatched(self, scheme: PageSchemeConfig) -> str:
        s = scheme.settings
        if scheme.style in _TRIGGER:
            what = f"takes the parameter {s[_TRIGGER[scheme.style]]!r}"
        elif "param" in s:
            what = f"takes the parameter {s['param']!r}"
        elif scheme.style == "next_url":
            what = f"has {s['next_url']!r} in its response"
        else:
            what = "declares a Link header in its response"
        return (
            f"the pagination scheme {scheme.name!r} matches no operation: none {what} "
            "(or is given it under pagination.operations)"
        )

    # -- reading the operation -------------------------------------------------

    def _view(
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
                nested = self._unaliased(p.type)
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
        envelope_type = self._unaliased(returns)
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
            t = self._unaliased(f.type)
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
        u = self._unaliased(t)
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
        for code, response in (spec.get("responses") or {}).items():
            if re.fullmatch(r"2(\d\d|XX)", str(code)):
                response = self._resolve(response)
                headers = response.get("headers") if isinstance(response, dict) else None
                return any(str(name).lower() == "link" for name in headers or {})
        return False

    def _resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 50:
            node = self.doc.resolve(node["$ref"])
            seen += 1
        return node

    def _unaliased(self, t: TypeRef | None) -> TypeRef | None:
        seen: set[str] = set()
        while (
            t is not None
            and t.kind == "alias"
            and t.name in self.types.aliases
            and t.name not in seen
        ):
            seen.add(t.name)
            t = self.types.aliases[t.name].type
        return t

    def _kinds(self, t: TypeRef) -> frozenset[str]:
        """The scalar kinds a value of `t` may have (null aside): {"str"}, {"int", "str"}."""
        u = self._unaliased(t)
        if u is None:
            return frozenset()
        if u.kind == "union":
            kinds: set[str] = set()
            for arg in u.args:
                if arg.kind != "none":
                    kinds |= self._kinds(arg) or {"other"}
            return frozenset(kinds)
        if u.kind in ("str", "int", "bool"):
            return frozenset({u.kind})
        if u.kind == "float" and u.format in ("integer", "int32", "int64"):
            return frozenset({"int"})  # `type: number, format: integer`: whole numbers
        if u.kind == "enum" and u.name in self.types.enums:
            return frozenset({self.types.enums[u.name].base})
        return frozenset({"other"})


# -- the names inference recognises (compared after `norm`) ----------------------------

# An envelope inside the envelope: `{"result": {"points": [...], "next_page_offset": 3}}`
_RESULT_HOLDERS = frozenset({"result", "results", "response", "data", "page"})
_PAGE_HOLDERS = frozenset({"page", "pagination", "paging"})
_ITEM_NAMES = frozenset({"data", "items", "results", "entries", "records", "values", "elements"})
_PAGE_PARAMS = frozenset({"page", "pagenumber", "pageno", "pagenum", "pageindex"})
_PAGE_SIZE_PARAMS = frozenset(
    {"pagesize", "perpage", "size", "limit", "pagelimit", "recordsperpage", "pagesizes"}
)
_OFFSET_PARAMS = frozenset({"offset", "skip"})
_OFFSET_SIZE_PARAMS = frozenset(
    {"limit", "size", "pagesize", "perpage", "count", "maxresults", "top"}
)
_CURSOR_PARAMS = frozenset(
    {
        "cursor",
        "after",
        "startingafter",
        "pagetoken",
        "pagecursor",
        "marker",
        "iterator",
        "continuationtoken",
        "nexttoken",
        "nextpagetoken",
        "nextcursor",
        "scrollparam",
        "startcursor",
        "offset",
    }
)
_AFTER_ID_PARAMS = frozenset({"after", "startingafter", "afterid"})
# Cursor parameters whose response field of the same name is the next value (Svix's
# `iterator`), not an echo of the one sent.
_SELF_NAMED_CURSORS = frozenset(
    {"iterator", "continuationtoken", "nexttoken", "nextpagetoken", "nextcursor", "scrollparam"}
)
_FLAG_NAMES = {
    "has_more": frozenset({"hasmore", "hasnext", "hasnextpage", "more"}),
    "done": frozenset({"done", "islast", "lastpage"}),
}
_PAGE_FIELDS = (
    ("current_page", frozenset({"page", "pagenumber", "currentpage", "pageno", "pagenum"})),
    ("total_pages", frozenset({"totalpages", "pagecount", "numpages", "pages"})),
    ("next_page", frozenset({"nextpage", "nextpagenumber"})),
)
_TOTAL_COUNT = frozenset(
    {"totalcount", "total", "totalresults", "totalitems", "totalrecords", "totalentries"}
)
_NEXT_URL_NAMES = frozenset(
    {
        "nextpageurl",
        "nextpageuri",
        "nexturl",
        "nexturi",
        "nextlink",
        "nextpagelink",
        "odatanextlink",
    }
)
_LINK_HOLDERS = frozenset({"links", "link", "paging", "pagination"})


AMBIGUOUS = "looks paginated"


def summary(schemes: tuple[PageScheme, ...], warnings: tuple[Warning, ...]) -> list[str]:
    """One line per scheme, for the generator's output: how many operations use it."""
    lines = []
    by_scheme: dict[tuple[str, str, bool], list[str]] = {}
    for s in schemes:
        by_scheme.setdefault((s.name, s.style, s.inferred), []).extend(s.operations)
    for (name, style, inferred), paths in by_scheme.items():
        n = len(paths)
        what = f"{style} (inferred)" if inferred else f"scheme {name!r} ({style})"
        lines.append(f"pagination: {what} on {n} operation{'s' if n != 1 else ''}, e.g. {paths[0]}")
    left = sum(1 for w in warnings if w.message.startswith(AMBIGUOUS))
    if left:
        lines.append(
            f"pagination: {left} operation{'s look' if left != 1 else ' looks'} paginated but "
            "cannot be told for sure: left unpaginated (see the warnings)"
        )
    return lines


def describe(p: Pagination) -> str:
    """How `p` pages, in Markdown, for the README: what asks for the next page, and
    what says a page is the last."""

    def code(path: str) -> str:
        return f"`{path}`"

    given = dict(p.fields)
    param = code(p.param.wire) if p.param else ""
    size = f"a page shorter than {code(p.size.wire)} asks for is the last" if p.size else ""
    if p.style == "page_number":
        text = f"Each page is asked for by its number in {param}, from {p.first}"
        if "next_page" in given:
            end = f"the response gives the next page's number in {code(given['next_page'])}, and none on the last"
        elif "total_pages" in given:
            end = f"the last page is the one {code(given['total_pages'])} gives"
        elif "total_count" in given and p.size:
            end = f"the last page is the one that reaches {code(given['total_count'])} items"
        else:
            end = size
    elif p.style == "offset":
        text = f"Each page is asked for by {param}, the number of items before it"
        end = (
            f"the last page reaches {code(given['total_count'])} items"
            if "total_count" in given
            else size
        )
    elif p.style == "cursor":
        if "item_id" in given:
            text = f"The last item's {code(given['item_id'])} is passed back as {param}"
            end = f"the last page has {code(given.get('has_more', 'has_more'))} false"
        else:
            text = f"The response's {code(given['next_cursor'])} is passed back as {param}"
            end = "the last page has none"
            if "has_more" in given:
                end += f", or {code(given['has_more'])} false"
            if "done" in given:
                end += f", or {code(given['done'])} true"
    elif p.style == "next_url":
        text = f"Each response gives the next page's URL in {code(given['next_url'])}"
        end = "the last page gives none"
    else:
        text = "Each response's `Link` header gives the next page's URL (`rel=\"next\"`)"
        end = "the last page has none"
    ends = "; ".join(e for e in (end, "an empty page is always the last") if e)
    attrs = ", ".join(f"`page.{a}`" for a in p.position)
    return f"{text}; {ends}. A page is a `{p.page_class}` ({attrs})."


def _says_cursor(f: Found) -> bool:
    text = f.description.lower()
    return "cursor" in text or "token" in text


def _looks_like_url(f: Found) -> bool:
    text = f"{f.wire[-1]} {f.description}".lower()
    return f.type.format == "uri" or "url" in text or "uri" in text or "link" in norm(f.wire[-1])


def _first_page(slot: Slot) -> int | None:
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

"""Pagination declared in codegen.yaml: each scheme matched to the operations it takes.

A scheme takes every operation that has its trigger (its page, offset or cursor
parameter; for a URL scheme its `param`, else its next-URL field or a declared `Link`
header), or that `pagination.operations` gives it. An operation it takes must have every
piece the scheme names, and every scheme must take some operation: anything else is an
error that names the scheme, since configuration that matches nothing must not pass in
silence.
"""

from __future__ import annotations

from pathlib import Path

from generator.config import PageSchemeConfig, PaginationConfig
from generator.errors import SpecError
from generator.ir.model import PageStyle, Pagination, TypeRef
from generator.ir.pagination.view import (
    BOOL,
    CURSOR,
    INT,
    Reader,
    Slot,
    View,
    first_page,
    pagination_of,
)

# -- settings the runtime takes, per style: codegen.yaml key -> (runtime key, kinds) ----

_RESPONSE_SETTINGS: dict[str, dict[str, tuple[str, frozenset[str]]]] = {
    "page_number": {
        "current_page": ("current_page", INT),
        "total_pages": ("total_pages", INT),
        "total_count": ("total_count", INT),
        "next_page": ("next_page", INT),
    },
    "offset": {"total_count": ("total_count", INT)},
    "cursor": {
        "next_cursor": ("next_cursor", CURSOR),
        "has_more": ("has_more", BOOL),
        "done": ("done", BOOL),
    },
    "next_url": {"next_url": ("next_url", frozenset({"str"}))},
    "link_header": {},
}
_TRIGGER = {"page_number": "page", "offset": "offset", "cursor": "cursor"}


class _Partial(Exception):
    """A scheme that matches an operation only in part: why."""


class Declared:
    """Matches codegen.yaml's schemes to operations; says where one matches nothing."""

    def __init__(self, reader: Reader, config: PaginationConfig, config_path: Path) -> None:
        self.reader = reader
        self.config = config
        self.config_path = config_path
        self.matched: dict[str, int] = {}  # declared scheme -> operations it took

    def pagination(self, view: View) -> Pagination | None:
        """The scheme `view` uses: the one pagination.operations gives it, else the one
        whose trigger it has; None where no scheme's trigger is there."""
        config = self.config
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
                if not self.reader.kinds(found.type) <= kinds or not self.reader.kinds(found.type):
                    raise _Partial(
                        f"{s[key]!r} in its response is not {' or '.join(sorted(kinds))}"
                    )
                fields.append((runtime, found.path))
        if "item_id" in s:
            fields.append(("item_id", self._item_field(item_type, s["item_id"])))
        first = first_page(param) if param is not None else 1
        if "first" in s:
            if not s["first"].lstrip("-").isdigit():
                raise SpecError(
                    self.config_path, f"{scheme.pointer}/first", "must be a whole number"
                )
            first = int(s["first"])
        return pagination_of(
            scheme.name, style, view, items, item_type, param, size, first, fields, inferred=False
        )

    def _slot(self, view: View, written: str, role: str, where: str) -> Slot:
        slot = view.slot(written)
        if slot is None:
            raise _Partial(f"{where} has no parameter {written!r}")
        if role in ("page_number", "offset", "size") and self.reader.kinds(slot.type) != INT:
            raise _Partial(f"its parameter {written!r} is not an integer")
        return slot

    def _items(self, view: View, written: str) -> tuple[str, TypeRef]:
        if written == "":
            t = self.reader.types.unaliased(view.returns)
            if t is None or t.kind != "list":
                raise _Partial("its response is not a list (items: '' says it is)")
            return "", t.args[0]
        found = view.field(written)
        t = self.reader.types.unaliased(found.type) if found else None
        if found is None or t is None or t.kind != "list":
            raise _Partial(f"its response has no list {written!r}")
        return found.path, t.args[0]

    def _item_field(self, item_type: TypeRef, written: str) -> str:
        t = self.reader.types.unaliased(item_type)
        model = (
            self.reader.types.models.get(t.name) if t is not None and t.kind == "model" else None
        )
        field = next((f for f in model.fields if f.wire_name == written), None) if model else None
        if field is None:
            raise _Partial(f"its items have no field {written!r}")
        return field.name

    def check(self, op_ids: set[str]) -> None:
        """An error for a declared scheme that took no operation, or an operationId under
        pagination.operations that is none of `op_ids`."""
        config = self.config
        for scheme in config.schemes:
            if scheme.name not in self.matched:
                raise SpecError(self.config_path, scheme.pointer, self._unmatched(scheme))
        for op_id in config.operations:
            if op_id not in op_ids:
                raise SpecError(
                    self.config_path,
                    f"/pagination/operations/{op_id}",
                    f"{op_id!r} is the operationId of no operation in the document",
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

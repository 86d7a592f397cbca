"""Pagination inferred, with no `pagination:` block, from an operation's parameters and
its response schema, conservatively: a wrong paginator is worse than none. A case that
looks paginated but cannot be told for sure is left alone, with a warning (an error
under --strict). The names the rules recognise are in `names.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from generator.ir.model import Pagination, TypeRef, Warning
from generator.ir.pagination.names import (
    AFTER_ID_PARAMS,
    CURSOR_PARAMS,
    FLAG_NAMES,
    ITEM_NAMES,
    LINK_HOLDERS,
    NEXT_URL_NAMES,
    OFFSET_PARAMS,
    OFFSET_SIZE_PARAMS,
    PAGE_FIELDS,
    PAGE_PARAMS,
    PAGE_SIZE_PARAMS,
    RESULT_HOLDERS,
    SELF_NAMED_CURSORS,
    TOTAL_COUNT,
)
from generator.ir.pagination.text import AMBIGUOUS
from generator.ir.pagination.view import (
    BOOL,
    CURSOR,
    INT,
    Found,
    Reader,
    Slot,
    View,
    first_page,
    norm,
    pagination_of,
)


class Inference:
    """Infers each operation's scheme; a warning for each it cannot be sure of."""

    def __init__(self, reader: Reader, warnings: list[Warning]) -> None:
        self.reader = reader
        self.warnings = warnings

    def pagination(self, view: View) -> Pagination | None:
        """The scheme `view` plainly pages by, tried way by way; None where it does not
        page, or cannot be told for sure (with a warning)."""
        if view.returns is None:
            return None
        # A deprecated way to page may be served for old callers only (Mistral's `page`).
        view = replace(view, slots=[s for s in view.slots if not s.deprecated])
        lists = self._list_fields(view)
        if lists is None:
            return None
        paging = [s for s in view.slots if s.key in PAGE_PARAMS | OFFSET_PARAMS | CURSOR_PARAMS]
        if view.method == "post":  # a search that pages through its body
            paging = [s for s in paging if s.param.location == "body"]
            if not paging:
                return None
        elif view.method != "get":
            return None
        if len(lists) > 1:
            preferred = [f for f in lists if f.leaf in ITEM_NAMES]
            if len(preferred) != 1:
                if paging or self._url_field(view):
                    self._ambiguous(
                        view,
                        f"its response has {len(lists)} lists ({', '.join(f.path for f in lists)}) and none is plainly the items",
                    )
                return None
            lists = preferred
        holder = self.reader.types.unaliased(lists[0].type if lists else view.returns)
        assert holder is not None and holder.kind == "list"
        items, item_type = (lists[0].path if lists else ""), holder.args[0]
        if not self._url_field(view):
            numbered = [
                s
                for s in paging
                if s.key in PAGE_PARAMS | OFFSET_PARAMS and self.reader.kinds(s.type) == INT
            ]
            cursors = [
                s for s in paging if s.key in CURSOR_PARAMS and self.reader.kinds(s.type) != INT
            ]
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
        self.warnings.append(
            Warning(
                view.pointer,
                f"{AMBIGUOUS} but is left unpaginated: {why}; declare its scheme in codegen.yaml (pagination:)",
            )
        )

    def _list_fields(self, view: View) -> list[Found] | None:
        """The response's list fields that could be the items: [] when the response is
        itself a list; None when it is neither."""
        returns = self.reader.types.unaliased(view.returns)
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
            if len(f.wire) == 2 and norm(f.wire[0]) in RESULT_HOLDERS and self._is_list(f.type)
        ]
        holders = {f.wire[0] for f in inner}
        return inner if len(holders) == 1 else None

    def _is_list(self, t: TypeRef) -> bool:
        u = self.reader.types.unaliased(t)
        return u is not None and u.kind == "list"

    def _url_field(self, view: View) -> Found | None:
        for f in view.found:
            if self.reader.kinds(f.type) != {"str"}:
                continue
            parent = norm(f.wire[-2]) if len(f.wire) > 1 else ""
            if f.leaf in NEXT_URL_NAMES:
                return f
            if f.leaf == "next" and (parent in LINK_HOLDERS or f.type.format == "uri"):
                return f
            if (
                f.leaf == "href"
                and len(f.wire) > 2
                and norm(f.wire[-2]) == "next"
                and norm(f.wire[-3]) in LINK_HOLDERS
            ):
                return f
        return None

    def _infer_next_url(self, view: View, items: str, item_type: TypeRef) -> Pagination | None:
        if view.method != "get":
            return None
        found = self._url_field(view)
        if found is None:
            return None
        return pagination_of(
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
        return pagination_of(
            "link_header", "link_header", view, items, item_type, None, None, 1, []
        )

    def _infer_cursor(self, view: View, items: str, item_type: TypeRef) -> Pagination | None:
        flags = [
            (runtime, f)
            for f in view.found
            if self.reader.kinds(f.type) == BOOL
            for runtime in ("has_more", "done")
            if f.leaf in FLAG_NAMES[runtime]
        ]
        for slot in view.slots:
            if (
                slot.key not in CURSOR_PARAMS
                or not self.reader.kinds(slot.type)
                or not self.reader.kinds(slot.type) <= CURSOR
            ):
                continue
            if slot.key == "offset" and self.reader.kinds(slot.type) == INT:
                continue  # a numeric offset: the offset scheme's
            cursor = self._next_cursor(view, slot)
            if cursor is not None:
                # An end flag beside the cursor only: one elsewhere may belong to another
                # way of paging (Mistral's `pagination.has_more`, for its deprecated page).
                beside = [(r, f) for r, f in flags if f.wire[:-1] == cursor.wire[:-1]]
                fields = [(runtime, f.path) for runtime, f in beside[:1]]
                return pagination_of(
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
            if slot.key in AFTER_ID_PARAMS and has_more:
                item_id = self._id_field(item_type)
                if item_id:
                    return pagination_of(
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
            if self.reader.kinds(f.type)
            and self.reader.kinds(f.type) <= CURSOR
            and not _looks_like_url(f)
        ]
        rules: tuple[Callable[[Found], bool], ...] = (
            lambda f: f.leaf in ("next" + key, "nextpage" + key),
            lambda f: f.leaf == key and any("next" in norm(w) for w in f.wire[:-1]),
            lambda f: f.leaf == key and "next" in f.description.lower() and len(f.wire) > 1,
            lambda f: f.leaf == key and key in SELF_NAMED_CURSORS,
            lambda f: f.leaf == "nextcursor" and len(f.wire) <= 2,
            lambda f: f.leaf == "next" and len(f.wire) <= 2 and _says_cursor(f),
        )
        for rule in rules:
            hits = [f for f in candidates if rule(f)]
            if hits:
                return hits[0]
        return None

    def _id_field(self, item_type: TypeRef) -> str:
        t = self.reader.types.unaliased(item_type)
        model = (
            self.reader.types.models.get(t.name) if t is not None and t.kind == "model" else None
        )
        field = next((f for f in model.fields if f.wire_name == "id"), None) if model else None
        return field.name if field and self.reader.kinds(field.type) <= CURSOR else ""

    def _infer_page(self, view: View, items: str, item_type: TypeRef) -> Pagination | None:
        pages = [s for s in view.slots if s.key in PAGE_PARAMS and self.reader.kinds(s.type) == INT]
        if len(pages) != 1:
            return None
        page = pages[0]
        ints = [f for f in view.found if self.reader.kinds(f.type) == INT]
        fields = []
        for runtime, names in PAGE_FIELDS:
            hit = next((f for f in ints if f.leaf in names), None)
            if hit is not None:
                fields.append((runtime, hit.path))
        size = self._size(view, PAGE_SIZE_PARAMS)
        if size is not None and not any(r in ("total_pages", "next_page") for r, _ in fields):
            # Without a page count, a count of items and the page size tell the last page.
            total = next((f for f in ints if f.leaf in TOTAL_COUNT and len(f.wire) <= 2), None)
            if total is not None:
                fields.append(("total_count", total.path))
        if not fields and (size is None or items):
            # Nothing in the response says where the page is: only a list response with
            # a page size is plainly pages (an envelope would say something).
            return None
        first = first_page(page)
        known_base = first is not None or any(r in ("current_page", "next_page") for r, _ in fields)
        if not known_base:
            self._ambiguous(
                view,
                f"{page.param.wire!r} looks like a page number, but nothing says whether pages count from 0 or 1",
            )
            return None
        return pagination_of(
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
        offsets = [
            s for s in view.slots if s.key in OFFSET_PARAMS and self.reader.kinds(s.type) == INT
        ]
        if len(offsets) != 1:
            return None
        total = next(
            (
                f
                for f in view.found
                if self.reader.kinds(f.type) == INT and f.leaf in TOTAL_COUNT and len(f.wire) <= 2
            ),
            None,
        )
        size = self._size(view, OFFSET_SIZE_PARAMS)
        if total is None and size is None:
            return None
        fields = [("total_count", total.path)] if total else []
        return pagination_of(
            "offset", "offset", view, items, item_type, offsets[0], size, 1, fields
        )

    def _size(self, view: View, names: frozenset[str]) -> Slot | None:
        sizes = [s for s in view.slots if s.key in names and self.reader.kinds(s.type) == INT]
        return sizes[0] if len(sizes) == 1 else None


def _says_cursor(f: Found) -> bool:
    text = f.description.lower()
    return "cursor" in text or "token" in text


def _looks_like_url(f: Found) -> bool:
    text = f"{f.wire[-1]} {f.description}".lower()
    return f.type.format == "uri" or "url" in text or "uri" in text or "link" in norm(f.wire[-1])

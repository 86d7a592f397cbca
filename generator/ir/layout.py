"""Where each operation goes and what it is called: the resource tree and its names.

Precedence: an operation's `x-codegen-name`, then `names.operations` in codegen.yaml
(both a dotted client path), then inference (`inference.infer`: from the HTTP method,
the URL's shape and the summary).

Names are handed out per resource by one `Namespace`: explicit names first, then the
plain inferred ones, then the rest, and child resources last, so two operations never
share a name and a method never shares one with a child resource. A clash is resolved
in path order, but the collection that holds its resource's items first, with a warning:
the later one takes its operationId (or its summary, where the operationId only spells
out the path), else what only its path key has (`retrieve_by_city_id`, `list_txt`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from generator.config import Config
from generator.errors import SpecError, join_pointer
from generator.ir import naming
from generator.ir.inference import HTTP_METHODS, Route, fallback_names, infer, told_apart
from generator.ir.model import Operation, Resource, Warning
from generator.ir.namespace import Namespace
from generator.ir.responses import success_codes
from generator.load import Document

NAME_EXTENSION = "x-codegen-name"
# Members of the generated classes that a resource or method may not shadow.
CLIENT_MEMBERS = frozenset(
    {
        "base_url",
        "close",
        "copy",
        "default_headers",
        "default_query",
        "delete",
        "get",
        "max_retries",
        "patch",
        "post",
        "put",
        "timeout",
        "with_options",
    }
)
RESOURCE_MEMBERS = frozenset({"with_raw_response", "with_streaming_response"})


@dataclass
class Located:
    """An operation with the names it will have, before it is built."""

    path: str
    method: str
    spec: dict[str, Any]
    pointer: str
    resource: tuple[str, ...]
    name: str
    order: int
    operation_id: str = ""  # unique in the document, even where the spec repeats one
    explicit: bool = False  # named by x-codegen-name or codegen.yaml, not inferred


# -- locating every operation ----------------------------------------------------


def locate(
    doc: Document,
    config: Config,
    warnings: list[Warning],
    paged: Callable[[list[Located]], set[int]] | None = None,
) -> list[Located]:
    """Every operation of the document, in document order, with its resource and name.
    `paged` tells which of the operations given it return pages (by `order`): asked only
    of those whose name that changes (`retrieve` -> `list`)."""
    paths = doc.root.get("paths") or {}
    if not isinstance(paths, dict):
        raise SpecError(doc.path, "/paths", "paths must be a mapping", doc.line_of("/paths"))
    found: list[Located] = []
    routes: list[Route] = []
    seen_ids: dict[str, str] = {}
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        if "$ref" in item:
            item = doc.resolve(item["$ref"])
        for method in HTTP_METHODS:
            spec = item.get(method)
            if not isinstance(spec, dict):
                continue
            pointer = join_pointer("", "paths", path, method)
            op_id = spec.get("operationId")
            if isinstance(op_id, str):
                if op_id in seen_ids:
                    # The spec says MUST, and real documents break it: the later one (in
                    # document order) gets a numbered id; --strict makes it an error.
                    unique, n = op_id, 2
                    while unique in seen_ids:
                        unique, n = f"{op_id}_{n}", n + 1
                    warnings.append(
                        Warning(
                            join_pointer(pointer, "operationId"),
                            f"duplicate operationId {op_id!r} (also used at {seen_ids[op_id]}); "
                            f"operationIds must be unique: this one is known as {unique!r}",
                        )
                    )
                    op_id = unique
                seen_ids[op_id] = pointer
            op_id = op_id if isinstance(op_id, str) else ""
            dotted = spec.get(NAME_EXTENSION) or config.operation_names.get(op_id)
            explicit = isinstance(dotted, str) and bool(dotted.strip("."))
            resource: tuple[str, ...] = ()
            name = ""
            if isinstance(dotted, str) and explicit:
                parts = [naming.method_name(p) for p in dotted.split(".") if p]
                resource, name = tuple(parts[:-1]), parts[-1]  # `ping`: client.ping
            found.append(
                Located(path, method, spec, pointer, resource, name, len(found), op_id, explicit)
            )
            summary = spec.get("summary")
            summary = summary if isinstance(summary, str) else ""
            routes.append(
                Route(
                    method,
                    path,
                    _lists(doc, spec),
                    summary=summary,
                    parameters=_parameter_names(doc, item, spec),
                    operation_id=op_id,
                )
            )
    placements = infer(routes)
    if paged is not None:
        # What each would be called if it paged; pagination says which do.
        if_paged = infer([replace(r, pages=True) for r in routes])
        asked = [
            i
            for i, p, q in zip(found, placements, if_paged, strict=True)
            if not i.explicit and p != q
        ]
        pages = paged(asked)
        placements = [
            q if i.order in pages else p
            for i, p, q in zip(found, placements, if_paged, strict=True)
        ]
    plain: set[int] = set()
    for item, placed in zip(found, placements, strict=True):
        if not item.explicit:
            item.resource, item.name = placed.resource, placed.name
        if item.explicit or placed.plain:
            plain.add(item.order)
    _allot(found, plain, warnings)
    return found


def _parameter_names(doc: Document, item: dict[str, Any], spec: dict[str, Any]) -> frozenset[str]:
    """The names of the operation's parameters and its path item's."""
    listed = [*(item.get("parameters") or []), *(spec.get("parameters") or [])]
    parameters = (_resolved(doc, p) for p in listed if isinstance(p, dict))
    return frozenset(p["name"] for p in parameters if isinstance(p.get("name"), str))


def _lists(doc: Document, spec: dict[str, Any]) -> bool:
    """Whether the operation's success response is a list: an array, or an object that
    holds one beside what describes the page (`{"data": [...], "meta": {...}}`) or beside
    a property that names it a list (`{"object": "list", "data": [...]}`)."""
    responses = spec.get("responses") or {}
    for code in success_codes(responses):
        content = _resolved(doc, responses[code]).get("content")
        if not isinstance(content, dict):
            return False
        for media, entry in sorted(content.items()):
            if "json" in media and isinstance(entry, dict):
                return _is_page(doc, _resolved(doc, entry.get("schema")))
        return False
    return False


# Properties that describe a page of results beside the results themselves.
_PAGE_PROPERTIES = frozenset("""
    meta page pagination paging cursor next next_page next_cursor has_more
    total total_count total_records total_pages page_info links
    """.split())


def _is_page(doc: Document, schema: dict[str, Any]) -> bool:
    if _is_array(schema):
        return True
    properties: dict[str, Any] = {}
    for part in [schema] + [_resolved(doc, s) for s in schema.get("allOf") or []]:
        if isinstance(part.get("properties"), dict):
            properties.update(part["properties"])
    arrays = any(_is_array(_resolved(doc, p)) for p in properties.values())
    paged = any(naming.snake(p) in _PAGE_PROPERTIES for p in properties)
    return arrays and (paged or any(_says_list(_resolved(doc, p)) for p in properties.values()))


def _says_list(schema: dict[str, Any]) -> bool:
    """A property whose only value is "list" (`"object": "list"`, `"type": "list"`): the
    response names itself a list."""
    values = schema.get("enum") if isinstance(schema.get("enum"), list) else []
    return "list" in (schema.get("const"), schema.get("default")) or values == ["list"]


def _is_array(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "array" or isinstance(kind, list) and "array" in kind


def _resolved(doc: Document, node: Any) -> dict[str, Any]:
    """`node` with its references followed; {} for one that resolves nowhere (the types
    stage reports it)."""
    try:
        node = doc.follow(node)[0]
    except SpecError:
        return {}
    return node if isinstance(node, dict) else {}


def _allot(found: list[Located], plain: set[int], warnings: list[Warning]) -> None:
    """Give each operation a name free on its resource, and each child resource a name
    free among its parent's methods: resolved in (path, method) order, not spec order."""
    ordered = sorted(found, key=lambda i: (i.path, HTTP_METHODS.index(i.method)))
    # The client's own methods share its namespace with the top resources and its members.
    spaces: dict[tuple[str, ...], Namespace] = {(): Namespace(CLIENT_MEMBERS | RESOURCE_MEMBERS)}

    def space(resource: tuple[str, ...]) -> Namespace:
        return spaces.setdefault(resource, Namespace(RESOURCE_MEMBERS))

    # Names given by hand first, then the plain inferred ones (the collection its items
    # are under before another: `/missions/{id}/runs` keeps `runs.list` from
    # `/missions/runs`), then the rest: an inferred name never displaces one a person
    # chose; it falls back to its operationId, or its summary where that says more.
    # The paths with an item below them: each path's every prefix before a `/{`.
    holding = {i.path[:at] for i in found for at in _item_starts(i.path)}

    def rank(item: Located) -> tuple[int, int]:
        holds_items = item.path.rstrip("/") in holding
        return (0 if item.explicit else 1 if item.order in plain else 2, not holds_items)

    # The path keys of the operations that want each name.
    wanting: dict[tuple[tuple[str, ...], str], list[str]] = {}
    for item in found:
        wanting.setdefault((item.resource, item.name), []).append(item.path)

    for item in sorted(ordered, key=rank):
        names = space(item.resource)
        wanted = item.name
        if names.free(wanted):
            names.add(wanted)
            continue
        summary = str(item.spec.get("summary") or "")
        others = list(wanting[(item.resource, wanted)])
        others.remove(item.path)  # once: a twin at the same path is told apart by nothing
        fallbacks = (
            []
            if item.explicit
            else [
                *fallback_names(summary, item.operation_id, item.path),
                *told_apart(wanted, item.path, others),
            ]
        )
        free = next((f for f in fallbacks if names.free(f)), None)
        item.name = names.claim(free or wanted)
        warnings.append(
            Warning(
                item.pointer,
                f"method name {'.'.join(item.resource + (wanted,))} is taken; named {item.name}",
            )
        )
    # A child resource whose name a method has gets a trailing underscore; parents are
    # renamed before their children, so each rename applies to the whole subtree.
    resources = sorted(
        {r[:depth] for r in (i.resource for i in found) for depth in range(1, len(r) + 1)}
    )
    renamed: dict[tuple[str, ...], tuple[str, ...]] = {(): ()}
    for resource in sorted(resources, key=lambda r: (len(r), r)):
        parent = renamed[resource[:-1]]
        names = space(resource[:-1])
        name = resource[-1]
        final = names.claim(name) if names.free(name) else names.claim(name + "_")
        renamed[resource] = parent + (final,)
    for item in found:
        item.resource = renamed[item.resource]


def _item_starts(path: str) -> list[int]:
    """Where a parameter segment starts in `path` (the index of its `/{`)."""
    return [at for at in range(len(path)) if path.startswith("/{", at)]


# -- the resource tree ------------------------------------------------------------


@dataclass
class Node:
    """The operations of one resource and its child resources, while they are built."""

    ops: list[Operation] = field(default_factory=list)
    children: dict[str, Node] = field(default_factory=dict)


_RESOURCE_FORMS = tuple(
    f"{a}{{}}{b}" for a in ("", "Async") for b in ("", "WithRawResponse", "WithStreamingResponse")
)


def top_level(
    ops: list[Operation],
    type_names: frozenset[str],
    importer: set[str],
    warnings: list[Warning],
) -> Resource | None:
    """The client's own methods (`GET /`, `POST /createIncident`), if it has any: a
    resource class the client class derives from (`ClientMethods`), in a module no
    resource's name takes (`resources/_client_methods.py`)."""
    if not ops:
        return None
    found = resource("", (), Node(ops=ops), {}, type_names, importer, warnings)
    return replace(
        found,
        module="resources._client_methods",
        description="The client's own methods: the operations under no resource.",
    )


def resource(
    name: str,
    path: tuple[str, ...],
    node: Node,
    tags: dict[str, str],
    type_names: frozenset[str],
    importer: set[str],
    warnings: list[Warning],
    folders: tuple[str, ...] = (),
) -> Resource:
    """The resource at `path`; `importer` holds the names of the module that imports its
    classes (its parent's, or the client's), and gains them. `folders`: the package its
    parent's module is in (`resources/a/`), which names the parent's module too (`a.py`),
    so a child called as its parent is `a_` there, not a second `a`."""

    def clash(candidate: str) -> str | None:
        forms = (f.format(candidate) for f in _RESOURCE_FORMS)
        return next((f for f in forms if f in type_names or f in importer), None)

    # The client's own methods take a class name no resource's can be.
    wanted = naming.pascal(name) + "Resource" if path else "ClientMethods"
    class_name, n = wanted, 2
    while clash(class_name):
        class_name, n = f"{wanted}{n}", n + 1
    if class_name != wanted:
        taken = clash(wanted) or wanted
        what = "a schema's class" if taken in type_names else "another resource's class"
        subject = f"the resource {'.'.join(path)} is" if path else "the client's own methods are"
        warnings.append(
            Warning(
                "/paths",
                f"{subject} the class {class_name}: {taken} is {what}",
            )
        )
    importer.update(f.format(class_name) for f in _RESOURCE_FORMS)
    own = {f.format(class_name) for f in _RESOURCE_FORMS}  # the names of its own module
    folder = name + "_" if folders and folders[-1] == name else name
    children = tuple(
        resource(n, path + (n,), child, tags, type_names, own, warnings, folders + (folder,))
        for n, child in sorted(node.children.items())
    )
    # A resource with children is a package holding its own module (`a/a.py`) beside theirs.
    module = ".".join(("resources", *folders, folder) + ((folder,) if children else ()))
    ops = tuple(sorted(node.ops, key=lambda op: op.spec_order))
    return Resource(
        name=name,
        path=path,
        class_name=class_name,
        module=module,
        description=tags.get(name, f"Operations under `{'.'.join(path)}`."),
        operations=ops,
        children=children,
    )

"""Where each operation goes and what it is called: the resource tree and its names.

Precedence: an operation's `x-codegen-name`, then `names.operations` in codegen.yaml
(both a dotted client path), then inference from the HTTP method and the URL's shape
alone (`infer`), the rules a person applies when naming a client by hand:

- the resources are the path's literal segments, nested (`/porting_orders/{id}/comments`
  -> `porting_orders.comments`), in snake case (`text-to-speech`, `smsOtp`,
  `rotate-meta-token` all become words), without a version prefix (`/v2`, `/api/v1`,
  `/api/0`, `/2010-04-01`) or a file extension (`Calls.json`);
- on a collection, `GET` is `list` (or `retrieve`, where there is no item below it and
  the response holds no list) and `POST` is `create`; on an item (`/{id}`), `GET` is
  `retrieve`, `PUT`, `PATCH` and `POST` are `update` (`replace` and `create` beside
  another), `DELETE` is `delete`;
- a `GET` that returns pages lists, wherever it is: pagination says which do (the
  `paged` question of `locate`);
- a literal leaf with one operation and nothing below it, or one whose name starts with
  a verb, is a method of its parent: `POST /calls/{id}/actions/hangup` is
  `calls.actions.hangup`, `GET /connections/{id}/active_calls` is
  `connections.list_active_calls`.

Names are handed out per resource by one `Namespace`: explicit names first, then the
plain inferred ones, then the rest, and child resources last, so two operations never
share a name and a method never shares one with a child resource. A clash is resolved
in path order, with a warning: the later one takes its operationId.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from generator.config import Config
from generator.errors import SpecError, join_pointer
from generator.ir import naming
from generator.ir.model import Operation, Resource, Warning
from generator.ir.namespace import Namespace
from generator.ir.responses import success_codes
from generator.load import Document

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
NAME_EXTENSION = "x-codegen-name"
# The resource an operation goes on when its path has no literal segment (`/{id}`).
DEFAULT_RESOURCE = "default"
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

# `v1`, `v2.1`, `0`, `2010-04-01`: versions, not resources (in the first two segments).
_VERSION_SEGMENT = re.compile(r"^(v?\d+(\.\d+)*|\d{4}-\d{2}-\d{2})$")
# `Calls.json`: a format, not part of the name.
_EXTENSION = re.compile(r"\.(json|xml|csv|txt|yaml|yml|html|pdf|zip)$", re.IGNORECASE)
# A leaf whose first word is one of these names an action, not a collection.
VERBS = frozenset("""
    abort accept activate add answer apply approve archive assign attach authorize
    batch block bridge calculate cancel capture change charge check claim clone close complete
    confirm connect contest copy count deactivate decline delete deny deregister detach
    disable disconnect dismiss download duplicate enable end enhance enqueue estimate
    execute expire export extend fetch finalize flush fork gather generate grant hangup hold
    import initiate invite invoke join kick leave link lock login logout mark merge move
    mute notify open pause ping play preview promote publish purchase
    reactivate recalculate record redact redeem refer refresh refund regenerate register reject
    reload remove rename render reopen replace republish resend reset
    resolve restart restore resume retry revet revoke rotate schedule search send set
    share sign simulate speak start stop submit subscribe summarize suspend switch sync
    terminate test toggle transcribe transfer translate trigger unarchive unassign unblock
    unhold unlink unlock unmute unpublish unsubscribe unsuspend update upgrade upload
    upsert validate verify void
    """.split())

# Verbs that read as one when they end a leaf's name (`record_start`, `file_upload`),
# where most verbs at the end are nouns (`sub_request`, `speed_test`).
TRAILING_VERBS = frozenset(
    "start stop pause resume enable disable cancel change update check upload download".split()
)

# Verbs a GET may perform as a method of its own (`GET /documents/{id}/download`); any
# other verb leaf of a GET is a thing read (`GET /libraries/{id}/share`: retrieve_share).
READ_VERBS = frozenset("check count download export lookup preview render search".split())

# A leaf that leads with one of these says how, not what: `POST /voice_clones/from_upload`
# creates one (`create_from_upload`); its last word is no verb to lead with.
PREPOSITIONS = frozenset("by for from in into of on to via with".split())


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


@dataclass(frozen=True)
class Route:
    """What inference sees of an operation: its HTTP method, its path, whether its
    success response holds a list, and whether it returns pages (pagination's verdict)."""

    method: str
    path: str
    lists: bool = False
    pages: bool = False


# -- inference ----------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    """Where inference puts one route. `plain`: the name is the one its shape gives
    (`retrieve` on an item, `list` on a collection), so it keeps the name in a clash
    with one that only got there by a rule of thumb (`DELETE /things`, a bulk delete)."""

    resource: tuple[str, ...]
    name: str
    plain: bool = True


def infer(routes: Sequence[Route]) -> list[Placement]:
    """Where each route goes and what it is called, from the URL's shape and the HTTP
    method alone. Names may repeat: `locate` resolves clashes."""
    literals = [_literal_names(r.path) for r in routes]
    # How many operations each literal path carries, which have literal paths below,
    # and the HTTP methods on their items (`/pets/{id}`).
    carried: dict[tuple[str, ...], int] = {}
    parents: set[tuple[str, ...]] = set()
    on_item: dict[tuple[str, ...], set[str]] = {}
    for route, names in zip(routes, literals, strict=True):
        carried[names] = carried.get(names, 0) + 1
        parents.update(names[:depth] for depth in range(len(names)))
        if _ends_in_parameter(route.path):
            on_item.setdefault(names, set()).add(route.method.lower())
    out: list[Placement] = []
    for route, names in zip(routes, literals, strict=True):
        method = route.method.lower()
        fragment = naming.method_name(route.path.partition("#")[2]) if "#" in route.path else ""
        if fragment:
            # `/files/{id}#add_shared_link`: the document's own name for one of several
            # operations on one URL, a method of the resource the URL is.
            name = (
                fragment
                if _is_verb(fragment) or fragment.startswith("get_")
                else (_action(method, fragment, route.lists or route.pages))
            )
            out.append(Placement(names or (DEFAULT_RESOURCE,), name, plain=False))
            continue
        if not names or _ends_in_parameter(route.path):
            name = _item_verb(method, on_item.get(names, set()), route.pages)
            out.append(Placement(names or (DEFAULT_RESOURCE,), name, plain=name != "list"))
            continue
        leaf = names[-1]
        childless = names not in parents and names not in on_item
        lists = route.lists or route.pages
        if len(names) > 1 and childless and (carried[names] == 1 or _is_verb(leaf)):
            out.append(Placement(names[:-1], _action(method, leaf, lists)))
            continue
        lists = lists or names in on_item
        name = _collection_verb(method, lists)
        out.append(Placement(names, name, plain=method in ("get", "post")))
    return out


def _item_verb(method: str, siblings: set[str], pages: bool) -> str:
    """`GET /pets/{id}` retrieves (or lists, where it returns pages: `GET
    /endpoints/{id}/attempts/{id}` is a filter), `PATCH` updates; `POST` updates too,
    unless the item has a `PUT` or `PATCH` as well: then it creates. `PUT` beside `PATCH`
    replaces."""
    if method == "get":
        return "list" if pages else "retrieve"
    if method == "post":
        return "create" if siblings & {"put", "patch"} else "update"
    if method == "put" and "patch" in siblings:
        return "replace"
    if method in ("put", "patch"):
        return "update"
    return method  # delete, head, options, trace


def _collection_verb(method: str, lists: bool) -> str:
    """`GET /pets` lists (or retrieves the one thing there), `POST` creates."""
    if method == "get":
        return "list" if lists else "retrieve"
    if method == "post":
        return "create"
    if method in ("put", "patch"):
        return "update"
    return method


def _action(method: str, leaf: str, lists: bool) -> str:
    """The method a leaf becomes. A `POST` does what the leaf says (`hangup`), a verb
    phrase leading with its verb (`playback_start` -> `start_playback`, and a verb started
    is a doing: `record_start` -> `start_recording`); a `PUT` or `PATCH`
    of a verb does it too (`cancel`), and so does a `GET` of a verb of reading
    (`download`). Otherwise the leaf is a thing: retrieved or listed, updated, deleted
    (`list_active_calls`, `update_read`, `delete_schedule`)."""
    words = leaf.rstrip("_").split("_")
    if words[0] in PREPOSITIONS:
        verb = {"get": "list" if lists else "retrieve", "post": "create", "put": "update"}
        return naming.method_name(f"{verb.get(method, method)}_{leaf}")
    if len(words) > 1 and words[-1] in TRAILING_VERBS:
        if words[0] not in VERBS:
            leaf = naming.method_name("_".join(words[-1:] + words[:-1]))
        elif len(words) == 2:
            leaf = naming.method_name(f"{words[1]}_{_gerund(words[0])}")
    if method == "post":
        return leaf
    if _is_verb(leaf) and method in ("put", "patch"):
        return leaf
    if method == "get" and leaf.split("_")[0] in READ_VERBS:
        return leaf
    verb = {"get": "list" if lists else "retrieve", "put": "update", "patch": "update"}
    return naming.method_name(f"{verb.get(method, method)}_{leaf}")


def _gerund(verb: str) -> str:
    """`record` -> `recording`, `move` -> `moving`, `stop` -> `stopping`."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # one short syllable: doubled
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _is_verb(name: str) -> bool:
    return name.split("_")[0] in VERBS


def _segments(path: str) -> list[str]:
    """The path's segments, without a `#fragment` some documents add to tell two
    operations on one URL apart (`/connectors/{id}#id`)."""
    return [s for s in path.split("#")[0].strip("/").split("/") if s]


def _literal_part(segment: str) -> str:
    """What a segment says besides its parameters and a file extension:
    `thumbnail.{extension}` -> thumbnail, `{sid}.json` -> nothing."""
    return _EXTENSION.sub("", re.sub(r"\{[^}]*\}", "", segment)).strip(".-_~")


def _is_parameter(segment: str) -> bool:
    return "{" in segment and not _literal_part(segment)


def _ends_in_parameter(path: str) -> bool:
    segments = _segments(path)
    return bool(segments) and _is_parameter(segments[-1])


def _literal_names(path: str) -> tuple[str, ...]:
    """The names of the path's literal segments, without the version prefix (`/v2`,
    `/api/v1`, `/api/0`, `/2010-04-01`) or file extensions
    (`/2010-04-01/Accounts/{sid}/Calls.json` -> accounts, calls)."""
    segments = _segments(path)
    for i, segment in enumerate(segments[:2]):
        if _VERSION_SEGMENT.match(segment):
            segments = segments[i + 1 :]
            break
    return tuple(naming.method_name(_literal_part(s)) for s in segments if not _is_parameter(s))


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
                resource, name = tuple(parts[:-1]) or (DEFAULT_RESOURCE,), parts[-1]
            found.append(
                Located(path, method, spec, pointer, resource, name, len(found), op_id, explicit)
            )
            routes.append(Route(method, path, _lists(doc, spec)))
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
    spaces: dict[tuple[str, ...], Namespace] = {}

    def space(resource: tuple[str, ...]) -> Namespace:
        return spaces.setdefault(resource, Namespace(RESOURCE_MEMBERS))

    # Names given by hand first, then the plain inferred ones, then the rest: an inferred
    # name never displaces one a person chose; it falls back to its operationId.
    rank = {id(i): 0 if i.explicit else 1 if i.order in plain else 2 for i in ordered}
    for item in sorted(ordered, key=lambda i: rank[id(i)]):
        names = space(item.resource)
        wanted = item.name
        if names.free(wanted):
            names.add(wanted)
            continue
        fallback = naming.method_name(item.operation_id) if item.operation_id else ""
        if not item.explicit and fallback and names.free(fallback):
            item.name = names.claim(fallback)
        else:
            item.name = names.claim(wanted)
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
    root = Namespace(CLIENT_MEMBERS)
    for resource in sorted(resources, key=lambda r: (len(r), r)):
        parent = renamed[resource[:-1]]
        names = root if not resource[:-1] else space(resource[:-1])
        name = resource[-1]
        final = names.claim(name) if names.free(name) else names.claim(name + "_")
        renamed[resource] = parent + (final,)
    for item in found:
        item.resource = renamed[item.resource]


# -- the resource tree ------------------------------------------------------------


@dataclass
class Node:
    """The operations of one resource and its child resources, while they are built."""

    ops: list[Operation] = field(default_factory=list)
    children: dict[str, Node] = field(default_factory=dict)


_RESOURCE_FORMS = tuple(
    f"{a}{{}}{b}" for a in ("", "Async") for b in ("", "WithRawResponse", "WithStreamingResponse")
)


def resource(
    name: str,
    path: tuple[str, ...],
    node: Node,
    tags: dict[str, str],
    type_names: frozenset[str],
    importer: set[str],
    warnings: list[Warning],
) -> Resource:
    """The resource at `path`; `importer` holds the names of the module that imports its
    classes (its parent's, or the client's), and gains them."""

    def clash(candidate: str) -> str | None:
        forms = (f.format(candidate) for f in _RESOURCE_FORMS)
        return next((f for f in forms if f in type_names or f in importer), None)

    wanted = naming.pascal(name) + "Resource"
    class_name, n = wanted, 2
    while clash(class_name):
        class_name, n = f"{wanted}{n}", n + 1
    if class_name != wanted:
        taken = clash(wanted) or wanted
        what = "a schema's class" if taken in type_names else "another resource's class"
        warnings.append(
            Warning(
                "/paths",
                f"the resource {'.'.join(path)} is the class {class_name}: {taken} is {what}",
            )
        )
    importer.update(f.format(class_name) for f in _RESOURCE_FORMS)
    own = {f.format(class_name) for f in _RESOURCE_FORMS}  # the names of its own module
    children = tuple(
        resource(n, path + (n,), child, tags, type_names, own, warnings)
        for n, child in sorted(node.children.items())
    )
    if children:
        module = "resources." + ".".join(path) + "." + path[-1]
    else:
        module = "resources." + ".".join(path)
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

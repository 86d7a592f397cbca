"""The intermediate representation: what the templates are allowed to ask about.

Every class is a small frozen dataclass. Builders compute all names, Python
annotations and imports up front so that templates only lay text out.
"""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from generator.ir import naming

TypeKind = Literal[
    "str",
    "int",
    "float",
    "bool",
    "datetime",
    "date",
    "bytes",
    "object",
    "none",
    "model",
    "enum",
    "alias",
    "list",
    "dict",
    "union",
    "literal",
    "file",  # a file part of a multipart body
]

# The error statuses a client retries when its API's config does not say: timeouts, rate
# limits and the 5xx that mean "try again". Not 409: on many APIs it means "already
# exists", which a retry cannot change (three POSTs for one answer); not 501 either.
DEFAULT_RETRY_STATUSES: tuple[int | str, ...] = (408, 429, 500, 502, 503, 504)

# The exception the runtime raises for each status (templates/runtime/errors.py), for docs.
STATUS_ERRORS = {
    "400": "BadRequestError",
    "401": "AuthenticationError",
    "403": "PermissionDeniedError",
    "404": "NotFoundError",
    "409": "ConflictError",
    "422": "UnprocessableEntityError",
    "429": "RateLimitError",
}

# Where an annotation is written decides its spelling: resource classes may define
# methods called `list`, so their annotations say `builtins.list`.
AnnotationStyle = Literal["model", "resource"]


def join_union(annotations: Iterable[str]) -> str:
    """`A | B` from parts that may themselves be unions, without repeating a member."""
    members: list[str] = []
    for text in annotations:
        depth, start = 0, 0
        for i, ch in enumerate(text):
            depth += ch in "[("
            depth -= ch in "])"
            if depth == 0 and text.startswith(" | ", i):
                members.append(text[start:i])
                start = i + 3
        members.append(text[start:])
    unique = list(dict.fromkeys(m for m in members if m != "None"))
    if "None" in members:
        unique.append("None")
    return " | ".join(unique)


Tag = str | int | float | bool


@dataclass(frozen=True)
class TypeRef:
    """A Python type for a schema: a primitive, a named model/enum, or a composition."""

    kind: TypeKind
    name: str = ""  # model, enum or alias class name
    module: str = ""  # module (under types/) that defines `name`
    args: tuple[TypeRef, ...] = ()  # list item, dict value, union members
    literals: tuple[str | int | float | bool | None, ...] = ()
    nullable: bool = False
    format: str = ""  # the spec's format, kept for documentation
    # The request form of a named type (`PetParam`, or `StatusLiteral` for an enum) and
    # the module that defines it; the names come from the one allocator of types/.
    twin: str = ""
    twin_module: str = ""
    # A union whose members a property tells apart: its wire name, and which member
    # (index into `args`) each value of it selects.
    tag: str = ""
    tags: tuple[tuple[Tag, int], ...] = ()
    names_a_class: bool = False  # an alias of one class: usable where a class is expected

    def annotation(self, style: AnnotationStyle = "model", *, request: bool = False) -> str:
        """The Python annotation; `request` widens types users may pass loosely."""
        text = self._bare(style, request)
        if self.nullable and self.kind != "none":
            text = join_union([text, "None"])
        return text

    def _bare(self, style: AnnotationStyle, request: bool) -> str:
        if request and self.kind == "enum":
            # Callers may pass the member or its plain value.
            return f"{self.name} | {self.twin}"
        if request and self.kind in ("model", "alias"):
            return self.twin
        if self.kind in ("model", "enum", "alias"):
            return self.name
        if self.kind == "datetime":
            return "str | datetime" if request else "datetime"
        if self.kind == "date":
            return "str | date" if request else "date"
        if self.kind == "str" and self.format == "uuid" and request:
            return "str | UUID"
        if self.kind == "none":
            return "None"
        if self.kind == "file":
            return "FileTypes"
        if self.kind == "list":
            item = self.args[0].annotation(style, request=request)
            if request:
                return f"Sequence[{item}]"
            # A resource may define a method called `list`, which would shadow the builtin.
            return f"{'builtins.list' if style == 'resource' else 'list'}[{item}]"
        if self.kind == "dict":
            value = self.args[0].annotation(style, request=request)
            if request:
                return f"Mapping[str, {value}]"
            return f"{'builtins.dict' if style == 'resource' else 'dict'}[str, {value}]"
        if self.kind == "union":
            union = join_union(arg.annotation(style, request=request) for arg in self.args)
            if self.tags and not request:
                return f"Annotated[{union}, {self.tagged}]"
            if self.prefers_exact and not request:
                return f"Annotated[{union}, PreferExact()]"
            return union
        if self.kind == "literal":
            return "Literal[" + ", ".join(repr(v) for v in self.literals) + "]"
        return self.kind

    @property
    def prefers_exact(self) -> bool:
        """A union of several members with named types in them, which may all accept one
        payload: the one that knows it, rather than tolerates it, must win (the
        runtime's PreferExact)."""
        named = [a for a in self.args if a.named()]  # `Pet`, or `list[Status]`
        return self.kind == "union" and not self.tags and len(named) > 1

    @property
    def tagged(self) -> str:
        """The runtime's `Tagged(...)` marker of a union told apart by a property."""
        choices = ", ".join(
            f"{value!r}: {self.args[index].annotation()}" for value, index in self.tags
        )
        return f"Tagged({self.tag!r}, {{{choices}}})"

    def named(self, *, request: bool = False) -> frozenset[tuple[str, str]]:
        """(module, name) pairs this type refers to, for imports."""
        found: set[tuple[str, str]] = set()
        if request and self.kind == "enum":
            found |= {(self.module, self.name), (self.module, self.twin)}
        elif request and self.kind in ("model", "alias"):
            found.add((self.twin_module, self.twin))
        elif self.kind in ("model", "enum", "alias"):
            found.add((self.module, self.name))
        for arg in self.args:
            found |= arg.named(request=request)
        return frozenset(found)

    def kinds(self) -> frozenset[str]:
        """Every kind used anywhere in this type, for stdlib imports."""
        found: set[str] = {self.kind}
        if self.tags:
            found.add("tagged")
        elif self.prefers_exact:
            found.add("exact")
        if self.kind == "str" and self.format == "uuid":
            found.add("uuid")
        for arg in self.args:
            found |= arg.kinds()
        return frozenset(found)

    def describe(self, *, request: bool = False) -> str:
        """A short human-readable form for documentation (`request`: what callers pass)."""
        if self.kind in ("model", "alias") and request:
            text = self.twin
        elif self.kind in ("model", "enum", "alias"):
            text = self.name
        elif self.kind == "list":
            text = f"list[{self.args[0].describe(request=request)}]"
        elif self.kind == "dict":
            text = f"dict[str, {self.args[0].describe(request=request)}]"
        elif self.kind == "union":
            text = " | ".join(arg.describe(request=request) for arg in self.args)
        elif self.kind == "file":
            text = "file (bytes, a binary file, or (name, content[, media type]))"
        elif self.kind == "literal":
            text = " | ".join(repr(v) for v in self.literals)
        else:
            text = self.kind
            if self.format and self.format not in ("date-time", "date"):
                text = f"{text} ({self.format})"
        return f"{text} | None" if self.nullable else text


# Kinds whose runtime annotation is a class (or a generic alias of one).
_CLASS_KINDS = frozenset(
    {"model", "enum", "str", "int", "float", "bool", "bytes", "object", "list", "dict"}
)


def _type_expr(t: TypeRef) -> str:
    """A runtime expression of `t` that a type checker accepts as a `type[...]`."""
    text = t.annotation("resource")
    if t.nullable or (t.kind not in _CLASS_KINDS and not t.names_a_class):
        # A union or an alias of one is not a `type[...]` to a type checker. (`builtins.`
        # because an argument may be called `type`.)
        quote = "'" if '"' in text else '"'  # a discriminator's name is in double quotes
        return f"cast({quote}builtins.type[{text}]{quote}, {text})"
    return text


@dataclass(frozen=True)
class Field:
    """One property of a model."""

    name: str  # Python attribute name
    wire_name: str  # JSON property name
    type: TypeRef
    required: bool
    description: str
    default_repr: str | None = None  # Python literal of the spec default, if any
    read_only: bool = False
    write_only: bool = False
    enum_values: tuple[str, ...] = ()

    @property
    def needs_alias(self) -> bool:
        return self.name != self.wire_name

    @property
    def required_in_response(self) -> bool:
        """A writeOnly field is never sent back, required or not."""
        return self.required and not self.write_only

    @property
    def annotation(self) -> str:
        """Response side: an optional field may also come back as null."""
        text = self.type.annotation("model")
        if not self.required_in_response and not self.type.nullable and self.type.kind != "none":
            text = f"{text} | None"
        return text

    @property
    def declaration(self) -> str:
        """What follows the annotation: a default and/or the wire alias."""
        if self.needs_alias:
            default = "" if self.required_in_response else "default=None, "
            return f" = Field({default}alias={self.wire_name!r})"
        return "" if self.required_in_response else " = None"

    @property
    def param_annotation(self) -> str:
        """Request side (TypedDict): required keys are marked, optional ones left plain."""
        text = self.type.annotation("model", request=True)
        return f"Required[{text}]" if self.required else text


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str | int
    value_repr: str


@dataclass(frozen=True)
class Enum:
    name: str
    module: str
    description: str
    base: str  # "str" or "int"
    members: tuple[EnumMember, ...]
    twin: str = ""  # the `Literal` of its values, defined in the same module
    pointer: str = ""  # JSON pointer of the schema it came from


@dataclass(frozen=True)
class Model:
    name: str
    module: str
    description: str
    fields: tuple[Field, ...]
    extra_type: TypeRef | None = None  # the type additionalProperties gives, beside properties
    as_model: bool = True  # emitted as a pydantic model (it can be read from a response)
    as_param: bool = False  # emitted as a TypedDict too (callers send it nested in a request)
    twin: str = ""  # the TypedDict's name (`<name>Param` unless the spec has one)
    twin_module: str = ""
    pointer: str = ""  # JSON pointer of the schema it came from

    @property
    def types(self) -> tuple[TypeRef, ...]:
        """Every type a value of the model holds: its fields', and its additional
        properties' (what imports, module cycles and reachability all follow)."""
        fields = tuple(f.type for f in self.fields)
        return fields + (self.extra_type,) if self.extra_type else fields


@dataclass(frozen=True)
class Alias:
    """A named schema that is not an object: a union, an array or a primitive."""

    name: str
    module: str
    description: str
    type: TypeRef
    as_param: bool = False  # also emitted as `twin`, its request form
    twin: str = ""
    twin_module: str = ""
    pointer: str = ""  # JSON pointer of the schema it came from
    # A union the generator composed (the data of several event frames): its members'
    # schemas, where no one schema of the document is the whole
    member_pointers: tuple[str, ...] = ()

    @property
    def param_annotation(self) -> str:
        return self.type.annotation("model", request=True)

    @property
    def annotation(self) -> str:
        return self.type.annotation("model")

    @property
    def plain_annotation(self) -> str:
        """The annotation without the runtime's markers, for documentation."""
        t = self.type
        if t.kind != "union" or not (t.tags or t.prefers_exact):
            return self.annotation
        members = [a.annotation("model") for a in t.args]
        return join_union(members + (["None"] if t.nullable else []))


ParamLocation = Literal["path", "query", "header", "cookie", "body"]


@dataclass(frozen=True)
class Param:
    """An argument of a generated method."""

    name: str  # Python keyword name
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str
    default_repr: str | None = None  # the spec's documented default, for docs
    explode: bool = True
    style: str = "form"
    positional: bool = False
    enum_values: tuple[str, ...] = ()
    example_repr: str | None = None  # Python literal of the spec's example value
    form: bool = False  # a field of a form or multipart body, which has no null

    @property
    def doc(self) -> str:
        """The argument's line in a method docstring."""
        text = self.description or f"The `{self.wire_name}` {self.location} parameter."
        if self.default_repr is not None:
            text = f"{text.rstrip()} Server default: {self.default_repr}."
        return text

    @property
    def annotation(self) -> str:
        text = self.type.annotation("resource", request=True)
        if self.required:
            return text
        # `None` (an explicit null) only where the schema allows null; leaving the
        # argument out (`omit`) is always possible.
        if self.type.nullable:
            return text.removesuffix(" | None") + " | Omit | None"
        return f"{text} | Omit"


@dataclass(frozen=True)
class Body:
    content_type: str
    required: bool
    # Object bodies are spread into keyword arguments (`fields`); anything else is
    # passed whole as `body=`.
    fields: tuple[Param, ...]
    whole: Param | None
    example_repr: str | None = None


PageStyle = Literal["page_number", "offset", "cursor", "next_url", "link_header"]

# style -> (sync page class, async pager class, the runtime's scheme class)
PAGE_CLASSES: dict[str, tuple[str, str, str]] = {
    "page_number": ("Page", "AsyncPager", "PageNumberScheme"),
    "offset": ("OffsetPage", "AsyncOffsetPager", "OffsetScheme"),
    "cursor": ("CursorPage", "AsyncCursorPager", "CursorScheme"),
    "next_url": ("NextURLPage", "AsyncNextURLPager", "NextURLScheme"),
    "link_header": ("LinkHeaderPage", "AsyncLinkHeaderPager", "LinkHeaderScheme"),
}


_STYLE_TITLES = {
    "page_number": "Page numbers",
    "offset": "Offsets",
    "cursor": "Cursors",
    "next_url": "Next-page URLs",
    "link_header": "`Link` headers",
}
# What a page says about where it is, per style.
PAGE_POSITION: dict[str, tuple[str, ...]] = {
    "page_number": ("page_number", "total_pages"),
    "offset": ("offset", "total_count"),
    "cursor": ("next_cursor",),
    "next_url": ("next_url",),
    "link_header": ("next_url",),
}


@dataclass(frozen=True)
class PageParam:
    """A request value a paginated method moves from page to page."""

    location: Literal["query", "body"]
    path: tuple[str, ...]  # wire keys: ("page[number]",), or ("page", "number") in a deepObject
    name: str  # the method's argument that sets it

    @property
    def expr(self) -> str:
        return f"Param({self.location!r}, {self.path!r})"

    @property
    def wire(self) -> str:
        """How the docs name it: `page[number]`, `pagination.starting_after`."""
        if self.location == "query" and len(self.path) == 2:
            return f"{self.path[0]}[{self.path[1]}]"
        return ".".join(self.path)


@dataclass(frozen=True)
class PageScheme:
    """One pagination scheme of the API, declared in codegen.yaml or inferred, and the
    operations that use it: what the generator reports and the README documents."""

    name: str
    style: PageStyle
    inferred: bool
    operations: tuple[str, ...]  # the client paths of the operations that use it
    description: str  # how it pages, in a sentence or two of Markdown, for the README

    @property
    def page_class(self) -> str:
        return PAGE_CLASSES[self.style][0]

    @property
    def title(self) -> str:
        return _STYLE_TITLES[self.style]

    @property
    def used_by(self) -> str:
        """Which methods page this way, for the README."""
        names = [f"`{path}`" for path in self.operations]
        if len(names) > 6:
            return f"{len(names)} methods page this way, among them {', '.join(names[:3])}."
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        return f"{listed} {'pages' if len(names) == 1 else 'page'} this way."


@dataclass(frozen=True)
class Pagination:
    """How a list operation walks pages: where the items and the position are in its
    response (dotted Python attribute paths) and where the next request carries it."""

    scheme: str  # the declared scheme's name, or the style of an inferred one
    style: PageStyle
    item_type: TypeRef
    meta_type: TypeRef | None  # what `page.meta` is: the response's one other field, or it all
    items: str  # "" when the response is the list
    meta: str | None  # the path of page.meta: "" the whole response, None for no meta
    param: PageParam | None  # the page number, offset or cursor (None for URL schemes)
    size: PageParam | None = None  # the page-size parameter, to tell a short page
    size_default: int | None = None
    size_max: int | None = None
    first: int = 1  # the first page's number
    fields: tuple[tuple[str, str], ...] = ()  # runtime setting -> path in the response
    inferred: bool = False

    @property
    def page_class(self) -> str:
        return PAGE_CLASSES[self.style][0]

    @property
    def pager_class(self) -> str:
        return PAGE_CLASSES[self.style][1]

    @property
    def scheme_class(self) -> str:
        return PAGE_CLASSES[self.style][2]

    @property
    def scheme_expr(self) -> str:
        """The runtime's scheme object for this operation, as Python source."""
        args = []
        if self.param is not None:
            key = {"page_number": "page", "offset": "offset", "cursor": "cursor"}[self.style]
            args.append(f"{key}={self.param.expr}")
        args.append(f"items={self.items!r}")
        if self.meta is not None:
            args.append(f"meta={self.meta!r}")
        if self.size is not None:
            args.append(f"size={self.size.expr}")
        for key, value in (("size_default", self.size_default), ("size_max", self.size_max)):
            if value is not None:
                args.append(f"{key}={value!r}")
        if self.style == "page_number" and self.first != 1:
            args.append(f"first={self.first!r}")
        args += [f"{key}={path!r}" for key, path in self.fields]
        return f"{self.scheme_class}({', '.join(args)})"

    @property
    def position(self) -> tuple[str, ...]:
        """The page's attributes that say where it is (`page_number`, `next_cursor`)."""
        return PAGE_POSITION[self.style]

    def field(self, key: str) -> str:
        """The response path of a runtime setting (`total_pages`), "" where not used."""
        return dict(self.fields).get(key, "")


@dataclass(frozen=True)
class Operation:
    name: str  # Python method name
    operation_id: str
    http_method: str
    path: str
    summary: str
    description: str
    params: tuple[Param, ...]  # positional first, then keyword-only, in call order
    body: Body | None
    returns: (
        TypeRef | None
    )  # parsed success body (for "sse": each event's data); None for no content
    response_format: Literal["json", "text", "bytes", "sse", "none"]
    success_status: int
    pagination: Pagination | None
    deprecated: bool = False
    example_response: str | None = None  # JSON text of the success example, for docs
    call_path: str = ""  # dotted path on the client, e.g. "ai.missions.runs.list"
    spec_order: int = 0  # position in the spec, for documentation order
    # (argument, Python literal, positional) of the documented example call
    example_args: tuple[tuple[str, str, bool], ...] = ()
    response_media: str = ""  # media type of the success body
    # The model of the error body the spec declares, by status ("404"), range ("4XX")
    # or "default"; only named types (models and aliases).
    error_types: tuple[tuple[str, TypeRef], ...] = ()

    # A query the document writes into the path (`/rest?method=flickr.photos.search`):
    # pairs sent with every call, before the declared query parameters.
    fixed_query: tuple[tuple[str, str], ...] = ()

    # An operation that answers JSON or, when its boolean body field `stream_flag` is
    # true, `text/event-stream`: typed overloads on that argument; the events' data type.
    stream_flag: str = ""
    stream_returns: TypeRef | None = None
    # The absolute base URL of a server of the operation's own (OpenAPI's operation or
    # path-item `servers`), where it differs from the document's: "" for the usual one.
    server: str = ""

    @property
    def stream_annotation(self) -> str:
        """The data type of the events of the stream the method can return."""
        return self.stream_returns.annotation("resource") if self.stream_returns else ""

    @property
    def stream_cast_expr(self) -> str:
        return _type_expr(self.stream_returns) if self.stream_returns else ""

    @property
    def is_event_stream(self) -> bool:
        """The success response is `text/event-stream`: the method returns a Stream."""
        return self.response_format == "sse"

    pointer: str = ""  # JSON pointer of the operation object, where it really is

    @property
    def example_arguments(self) -> str:
        """The arguments of the documented call, without the parentheses."""
        args = [value for _, value, positional in self.example_args if positional]
        args += [
            f"{name}={value}" for name, value, positional in self.example_args if not positional
        ]
        return ", ".join(args)

    @property
    def example_call(self) -> str:
        """The documented call, one line (black lays it out)."""
        return f"client.{self.call_path}({self.example_arguments})"

    @property
    def example_path(self) -> str:
        """The path of the documented call, its parameters filled with the example values."""
        values = {name: value for name, value, _ in self.example_args}
        path = self.path
        for wire, name in self.path_args:
            if name in values:
                path = path.replace("{" + wire + "}", str(ast.literal_eval(values[name])))
        return path

    @property
    def owner(self) -> str:
        """What the method is called on, e.g. "client.ai.missions", or "client" for one
        of the client's own."""
        return ".".join(["client", *self.call_path.split(".")[:-1]])

    @property
    def result_name(self) -> str:
        """A variable name for what the call returns."""
        source = self.pagination.item_type if self.pagination else self.returns
        if source is not None and source.kind in ("model", "alias", "enum"):
            from generator.ir.naming import safe_keyword, snake

            name = safe_keyword(snake(source.name))  # a model `Import`: import_
            return name if name != "client" else "client_result"  # not the client itself
        return "item" if self.pagination else "result"

    @property
    def positional(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.positional)

    @property
    def keyword(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if not p.positional)

    def located(self, location: str) -> tuple[Param, ...]:
        return tuple(p for p in self.all_params if p.location == location)

    @property
    def all_params(self) -> tuple[Param, ...]:
        body = self.body.fields if self.body else ()
        whole = (self.body.whole,) if self.body and self.body.whole else ()
        return self.params + body + whole

    @property
    def return_annotation(self) -> str:
        if self.returns is None:
            return "None"
        return self.returns.annotation("resource")

    @property
    def page_args(self) -> str:
        """The type arguments of a paginated operation's page: `Page[item, meta]`."""
        if self.pagination is None:
            return ""
        meta = self.pagination.meta_type
        return f"{self.page_item}, {meta.annotation('resource') if meta else 'None'}"

    def page_type(self, is_async: bool) -> str:
        """What a paginated method returns: `Page[Item, Meta]`, or its async pager."""
        assert self.pagination is not None
        p = self.pagination
        return f"{p.pager_class if is_async else p.page_class}[{self.page_args}]"

    @property
    def page_item(self) -> str:
        return self.pagination.item_type.annotation("resource") if self.pagination else ""

    @property
    def cast_expr(self) -> str:
        """The runtime expression for `cast_to=`: the type the body is parsed into."""
        if self.returns is None:
            return "NoneType"  # not `type(None)`: an argument may be called `type`
        return _type_expr(self.returns)

    @property
    def path_args(self) -> tuple[tuple[str, str], ...]:
        """(placeholder in the path template, Python argument) pairs."""
        return tuple((p.wire_name, p.name) for p in self.params if p.location == "path")

    @property
    def query_styles(self) -> tuple[tuple[str, str, bool], ...]:
        """Query parameters whose serialisation is not form + explode."""
        return tuple(
            (p.wire_name, p.style, p.explode)
            for p in self.params
            if p.location == "query" and (p.style, p.explode) != ("form", True)
        )

    @property
    def body_format(self) -> str:
        if self.body is None:
            return "json"
        media = self.body.content_type.split(";")[0].strip().lower()
        if media == "application/x-www-form-urlencoded":
            return "form"
        if media == "multipart/form-data":
            return "multipart"
        if media == "application/json" or media.endswith("+json"):
            return "json"
        return "raw"

    @property
    def accept(self) -> str:
        """The media type to ask for, when the success body is not JSON."""
        return self.response_media if self.response_format in ("bytes", "text") else ""

    @property
    def uses_cast(self) -> bool:
        return any(e.startswith("cast(") for e in (self.cast_expr, self.stream_cast_expr))

    @property
    def uses_none_type(self) -> bool:
        return self.returns is None


@dataclass(frozen=True)
class PageConstant:
    """A constant of a resource module: one pagination scheme, built once at import, and
    the list methods that page by it."""

    name: str  # `_PAGES`, `_FEED_PAGES`, `_CURSOR_PAGES`
    expr: str  # the runtime's scheme object, as Python source
    methods: tuple[str, ...]

    @property
    def comment(self) -> tuple[str, ...]:
        """The comment lines above it, which say the methods that page this way, each
        within 100 columns once `# ` starts it."""
        named = [f"`{m}`" for m in self.methods]
        if len(named) == 1:
            text = f"How {named[0]} pages: where its items and position are,"
        else:
            text = f"How {', '.join(named[:-1])} and {named[-1]} page: where their items and position are,"
        return tuple(textwrap.wrap(f"{text} and where the next request carries it.", 98))


def _scheme_constant(scheme: str) -> str:
    """The constant a scheme is named by: after its codegen.yaml name or, inferred, its
    style (`_FEED_PAGES`, `_CURSOR_PAGES`); `_PAGES` for one named `pages` or `pagination`
    (the short form's), and no `_PAGES` twice (`user_pages` is `_USER_PAGES`)."""
    name = naming.upper_snake(scheme)
    if name in ("PAGES", "PAGINATION"):
        return "_PAGES"
    return f"_{name}" if name.endswith("_PAGES") else f"_{name}_PAGES"


@dataclass(frozen=True)
class Resource:
    """A namespace of operations on the client, e.g. `client.ai.missions.runs`."""

    name: str  # attribute name on the parent
    path: tuple[str, ...]  # attribute names from the client down
    class_name: str  # e.g. "Runs"; the async twin is "Async" + class_name
    module: str  # dotted module under the package, e.g. "resources.ai.missions.runs.runs"
    description: str
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...]

    @property
    def page_constants(self) -> tuple[PageConstant, ...]:
        """One constant per distinct scheme of the module's list methods, in method order:
        methods that page alike share one. Where two distinct schemes would take one name
        (two layouts of an inferred style), every constant is named after its first
        method instead (`_LIST_PAGES`), as method names are unique."""
        by_expr: dict[str, tuple[str, list[str]]] = {}  # expr -> (scheme, methods)
        for op in self.operations:
            if op.pagination is not None:
                p = op.pagination
                by_expr.setdefault(p.scheme_expr, (p.scheme, []))[1].append(op.name)
        names = [_scheme_constant(scheme) for scheme, _ in by_expr.values()]
        if len(set(names)) < len(names):
            names = [f"_{methods[0].upper()}_PAGES" for _, methods in by_expr.values()]
        return tuple(
            PageConstant(name, expr, tuple(methods))
            for name, (expr, (_, methods)) in zip(names, by_expr.items(), strict=True)
        )

    @property
    def methods_label(self) -> str:
        """How the docs name its methods: "`ai.missions` methods", "The client's own methods"."""
        return f"`{'.'.join(self.path)}` methods" if self.path else "The client's own methods"

    def page_constant(self, op: Operation) -> str:
        """The constant that holds the pagination scheme of `op`, one of its list methods."""
        return next(c.name for c in self.page_constants if op.name in c.methods)

    def walk(self) -> tuple[Resource, ...]:
        out: list[Resource] = [self]
        for child in self.children:
            out.extend(child.walk())
        return tuple(out)


@dataclass(frozen=True)
class ClientConfig:
    """What one API's generated package is called and how its client is set up."""

    distribution: str
    package: str
    version: str
    title: str
    description: str
    sync_class: str
    async_class: str
    env_prefix: str  # e.g. "TELNYX": reads TELNYX_API_KEY and TELNYX_BASE_URL
    base_url: str
    auth: Literal["bearer", "header", "none"]
    relative_base_url: str = ""  # a server URL relative to the document, where one is given
    auth_header: str = "Authorization"  # the header an API key goes in ("header" auth)
    error_class: str = "APIClientError"  # the root of every exception the client raises
    request_id_header: str = "x-request-id"
    # Error statuses retried: codes, and ranges like "5XX".
    retry_statuses: tuple[int | str, ...] = DEFAULT_RETRY_STATUSES
    idempotency_header: str | None = None  # sent on non-GET requests, one value per call

    @property
    def retry_statuses_text(self) -> str:
        """The retried statuses in words, for the docs: `408, 409, 429 and 5xx`."""
        words = [str(s).lower() for s in self.retry_statuses]
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


@dataclass(frozen=True)
class TourStep:
    """One step of the README's guided tour: a sentence and the code that does it."""

    text: str
    code: str


@dataclass(frozen=True)
class Warning:
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer}: {self.message}"


@dataclass(frozen=True)
class Api:
    config: ClientConfig
    resources: tuple[Resource, ...]  # top-level namespaces on the client
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    aliases: tuple[Alias, ...]
    # The client's own methods (`client.retrieve` for `GET /`), a class it derives from.
    top_level: Resource | None = None
    page_schemes: tuple[PageScheme, ...] = ()  # the pagination schemes operations use
    tour: tuple[TourStep, ...] = ()
    warnings: tuple[Warning, ...] = field(default=())

    def all_resources(self) -> tuple[Resource, ...]:
        out: list[Resource] = [self.top_level] if self.top_level else []
        for r in self.resources:
            out.extend(r.walk())
        return tuple(out)

    def operations(self) -> tuple[Operation, ...]:
        """Every operation, in the order the spec lists them."""
        found = [op for r in self.all_resources() for op in r.operations]
        return tuple(sorted(found, key=lambda op: op.spec_order))

    @property
    def page_exports(self) -> list[str]:
        """The runtime's page classes the package exports: those of the page-number
        scheme always (every client has exported them), and those of each scheme used."""
        styles = {"page_number"} | {s.style for s in self.page_schemes}
        names = {name for style in styles for name in PAGE_CLASSES[style][:2]}
        names |= {"Async" + PAGE_CLASSES[style][0] for style in styles}
        if self.page_schemes:
            names.add("PageInfo")
        return sorted(names)

    @property
    def own_servers(self) -> tuple[Operation, ...]:
        """The operations served from a server of their own, for the README to list."""
        return tuple(op for op in self.operations() if op.server)

    @property
    def paginated_example(self) -> Operation | None:
        """The operation the docs use to show pagination."""
        return next((op for op in self.operations() if op.pagination), None)

    @property
    def typed_example(self) -> Operation | None:
        """The operation the docs use for general examples: one that returns a model."""
        ops = [op for op in self.operations() if not op.pagination]
        typed = [op for op in ops if op.returns is not None and op.returns.kind == "model"]
        reads = [op for op in typed if op.http_method == "GET"]
        best = reads or typed or ops
        return best[0] if best else None

    @property
    def error_example(self) -> tuple[str, TypeRef] | None:
        """A declared error body the docs show: (status, model), a 4xx status first."""
        found = sorted(
            {pair[0]: pair for op in self.operations() for pair in op.error_types}.values(),
            key=lambda pair: (not pair[0].startswith("4"), pair[0]),
        )
        return found[0] if found else None

    @property
    def error_example_class(self) -> str:
        """The exception an error body of `error_example` comes with."""
        status = self.error_example[0] if self.error_example else ""
        if status.startswith("5"):
            return "InternalServerError"
        return STATUS_ERRORS.get(status, "APIStatusError")

    @property
    def stream_example(self) -> Operation | None:
        """The operation the docs use to show an event stream."""
        ops = self.operations()
        return next((op for op in ops if op.is_event_stream), None) or next(
            (op for op in ops if op.stream_flag), None
        )

    def schema_pointers(self) -> dict[str, str | list[str]]:
        """Every class and alias emitted under types/ -> the JSON pointer of its schema (a
        list for a union the generator composed of several), so that tools map a schema
        to its class without re-deriving names."""
        found: dict[str, str | list[str]] = {}
        for m in self.models:
            if m.as_model:
                found[m.name] = m.pointer
            if m.as_param:
                found[m.twin] = m.pointer
        for a in self.aliases:
            where: str | list[str] = list(a.member_pointers) if a.member_pointers else a.pointer
            found[a.name] = where
            if a.as_param:
                found[a.twin] = where
        for e in self.enums:
            found[e.name] = found[e.twin] = e.pointer
        return dict(sorted(found.items()))

    def model_anchor(self, name: str) -> str:
        return "model-" + name.lower()

"""The intermediate representation: what the templates are allowed to ask about.

Every class is a small frozen dataclass. Builders compute all names, Python
annotations and imports up front so that templates only lay text out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

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
        return f'cast("builtins.type[{text}]", {text})'
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
        if self.type.nullable:
            return text.removesuffix(" | None") + " | Omit | None"
        # An optional JSON body field may be sent as an explicit null.
        return (
            f"{text} | Omit | None"
            if self.location == "body" and not self.form
            else f"{text} | Omit"
        )


@dataclass(frozen=True)
class Body:
    content_type: str
    required: bool
    # Object bodies are spread into keyword arguments (`fields`); anything else is
    # passed whole as `body=`.
    fields: tuple[Param, ...]
    whole: Param | None
    example_repr: str | None = None


@dataclass(frozen=True)
class PageScheme:
    """The API-wide pagination rule, written into the generated client."""

    page_param: str  # wire name of the page-number query parameter
    items: str  # the rest are Python attribute names of the response model
    current_page: tuple[str, ...]
    total_pages: tuple[str, ...]
    meta: str | None  # the field that holds the position, when it is a field of its own


@dataclass(frozen=True)
class Pagination:
    """How a list operation walks pages: items, their position, the page parameter."""

    item_type: TypeRef
    meta_type: TypeRef | None  # the response field that says where the page is
    page_param: str  # Python name of the page-number parameter


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
    returns: TypeRef | None  # parsed success body; None for no content
    response_format: Literal["json", "text", "bytes", "none"]
    success_status: int
    pagination: Pagination | None
    deprecated: bool = False
    example_response: str | None = None  # JSON text of the success example, for docs
    call_path: str = ""  # dotted path on the client, e.g. "ai.missions.runs.list"
    spec_order: int = 0  # position in the spec, for documentation order
    # (argument, Python literal, positional) of the documented example call
    example_args: tuple[tuple[str, str, bool], ...] = ()
    response_media: str = ""  # media type of the success body
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
    def resource_path(self) -> str:
        """The dotted path of the resource the method is on, e.g. "ai.missions"."""
        return self.call_path.rpartition(".")[0]

    @property
    def result_name(self) -> str:
        """A variable name for what the call returns."""
        source = self.pagination.item_type if self.pagination else self.returns
        if source is not None and source.kind in ("model", "alias", "enum"):
            from generator.ir.naming import snake

            return snake(source.name)
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

    @property
    def page_item(self) -> str:
        return self.pagination.item_type.annotation("resource") if self.pagination else ""

    @property
    def page_type_exprs(self) -> tuple[str, str]:
        """Runtime expressions for `item=` and `meta=` of a paginated call."""
        assert self.pagination is not None
        meta = self.pagination.meta_type
        return _type_expr(self.pagination.item_type), _type_expr(meta) if meta else "NoneType"

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
        exprs = [self.cast_expr] + (list(self.page_type_exprs) if self.pagination else [])
        return any(e.startswith("cast(") for e in exprs)

    @property
    def uses_none_type(self) -> bool:
        return self.returns is None or bool(self.pagination and self.pagination.meta_type is None)


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
    pagination: PageScheme | None = None  # set when some operation is paginated
    tour: tuple[TourStep, ...] = ()
    warnings: tuple[Warning, ...] = field(default=())

    def all_resources(self) -> tuple[Resource, ...]:
        out: list[Resource] = []
        for r in self.resources:
            out.extend(r.walk())
        return tuple(out)

    def operations(self) -> tuple[Operation, ...]:
        """Every operation, in the order the spec lists them."""
        found = [op for r in self.all_resources() for op in r.operations]
        return tuple(sorted(found, key=lambda op: op.spec_order))

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

    def schema_pointers(self) -> dict[str, str]:
        """Every class and alias emitted under types/ -> the JSON pointer of its schema,
        so that tools map a schema to its class without re-deriving names."""
        found: dict[str, str] = {}
        for m in self.models:
            if m.as_model:
                found[m.name] = m.pointer
            if m.as_param:
                found[m.twin] = m.pointer
        for a in self.aliases:
            found[a.name] = a.pointer
            if a.as_param:
                found[a.twin] = a.pointer
        for e in self.enums:
            found[e.name] = found[e.twin] = e.pointer
        return dict(sorted(found.items()))

    def model_anchor(self, name: str) -> str:
        return "model-" + name.lower()

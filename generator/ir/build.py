"""Stage 2: a loaded `Document` (plus its config) in, an `Api` out.

Nothing here knows about any one API: names come from the spec (`x-codegen-name`
on an operation, or operationId and path segments) and from the config file.
What the IR cannot express becomes a `Warning` naming it, and the operation is skipped.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from generator.config import Config, derived_class_base, derived_package, importable_package
from generator.errors import join_pointer
from generator.ir import layout, naming
from generator.ir.docs import tour
from generator.ir.examples import example_args, python_literal
from generator.ir.inference import HTTP_METHODS, written_query
from generator.ir.model import (
    DEFAULT_RETRY_STATUSES,
    Alias,
    Api,
    Body,
    ClientConfig,
    Field,
    Model,
    Operation,
    Param,
    TypeRef,
    Warning,
)
from generator.ir.pagination import Paginator
from generator.ir.responses import success_codes
from generator.ir.types import TypeRegistry, default_repr
from generator.load import Document

# Keyword arguments every generated method takes; a spec parameter of the same name
# gets a trailing underscore.
# Names a method's own arguments never take: its per-call options, and what its body
# refers to (`cast_to=object`, `cast(...)`, `path_template(...)`), which an argument of
# that name would shadow (Jira's remote link body has a field called `object`).
RESERVED_KWARGS = frozenset("""
    extra_headers extra_query extra_body timeout self
    object str bytes int float bool builtins cast path_template omit NoneType
    """.split())
# The exceptions of templates/runtime/errors.py, which the package exports beside its root.
RUNTIME_ERRORS = frozenset(
    {
        "APIConnectionError",
        "APIError",
        "APIResponseValidationError",
        "APIStatusError",
        "APITimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "ConflictError",
        "InternalServerError",
        "InvalidURLError",
        "MissingAPIKeyError",
        "NoNextPageError",
        "NotFoundError",
        "PermissionDeniedError",
        "RateLimitError",
        "UnprocessableEntityError",
    }
)
EVENT_STREAM = "text/event-stream"


class Unsupported(Exception):
    """An operation the IR cannot express; it becomes a warning and is skipped."""


def build(doc: Document, config: Config) -> Api:
    warnings: list[Warning] = list(doc.warnings)
    registry = TypeRegistry(doc, warnings, overrides=config.model_names)
    registry.register_components()
    paginator = Paginator(doc, registry, warnings, config.pagination, config.path)
    builder = _OperationBuilder(doc, registry, warnings, paginator)
    located = layout.locate(doc, config, warnings, lambda items: _paged(doc, config, items))
    builder.contexts = type_contexts(located)
    root = layout.Node()
    for item in located:
        try:
            op = builder.build(item)
        except Unsupported as exc:
            warnings.append(Warning(item.pointer, f"operation skipped: {exc}"))
            continue
        op = replace(
            op,
            call_path=".".join(item.resource + (item.name,)),
            spec_order=item.order,
            returns=registry.class_form(op.returns),
        )
        op = replace(op, example_args=example_args(op, registry.enums))
        node = root
        for segment in item.resource:
            node = node.children.setdefault(segment, layout.Node())
        node.ops.append(op)
    registry.drain()
    _note_unsupported(doc, warnings)
    tags = _tag_descriptions(doc)
    # Resource modules import the API's types: resource classes take names none of them has.
    type_names = frozenset(registry.names.classes.taken)
    client_module: set[str] = set()  # what the client module imports: the top resources
    # The client's own methods first: its class is imported by name, a resource's lazily.
    top_level = layout.top_level(root.ops, type_names, client_module, warnings)
    resources = tuple(
        layout.resource(name, (name,), child, tags, type_names, client_module, warnings)
        for name, child in sorted(root.children.items())
    )
    # A schema only ever sent (a body spread into arguments, or nested in one) needs no
    # pydantic model; one sent nested in a request needs a TypedDict twin.
    operations = [
        op for r in (top_level, *resources) if r for res in r.walk() for op in res.operations
    ]
    sent = builder.spread | registry.request_models
    readable = registry.reachable(
        [
            t
            for op in operations
            for t in (op.returns, op.pagination.item_type if op.pagination else None)
            if t
        ]
        + [t for op in operations for _, t in op.error_types]
        + [op.stream_returns for op in operations if op.stream_returns]
        # Aliases are always emitted, and so are schemas no operation uses: what they
        # refer to must exist as a model too.
        + [TypeRef("alias", name=a.name, module=a.module) for a in registry.aliases.values()]
        + [
            TypeRef("model", name=m.name, module=m.module)
            for m in registry.models.values()
            if m.name not in sent
        ]
    )
    send_only = sent - readable
    models = tuple(
        replace(m, as_model=m.name not in send_only, as_param=m.name in registry.request_models)
        for _, m in sorted(registry.models.items())
    )
    aliases = tuple(
        replace(a, as_param=a.name in registry.request_aliases)
        for _, a in sorted(registry.aliases.items())
    )
    # An enum we named from an inline schema that nothing uses any more (a union's tag
    # became a Literal) would be dead code.
    used = {n for t in _all_types(operations, models, aliases) for _, n in t.named()}
    enums = tuple(
        e
        for name, e in sorted(registry.enums.items())
        if name in used or name not in registry.inline_enums
    )
    return Api(
        config=_client_config(doc, config, warnings),
        resources=resources,
        top_level=top_level,
        models=models,
        enums=enums,
        aliases=aliases,
        page_schemes=paginator.schemes(operations),
        tour=tour(config.tour, tuple(operations), config.path),
        warnings=tuple(warnings),
    )


def _all_types(
    operations: list[Operation], models: tuple[Model, ...], aliases: tuple[Alias, ...]
) -> list[TypeRef]:
    types = [t for m in models if m.as_model for t in m.types]
    types += [f.type for m in models if m.as_param for f in m.fields]  # a TypedDict has no extras
    types += [a.type for a in aliases]
    for op in operations:
        types += [p.type for p in op.all_params]
        types += [t for t in (op.returns, op.pagination.item_type if op.pagination else None) if t]
        types += [t for _, t in op.error_types]
        types += [op.stream_returns] if op.stream_returns else []
    return types


def _note_unsupported(doc: Document, warnings: list[Warning]) -> None:
    """Parts of a document a client has no method for: say so rather than drop them quietly."""
    webhooks = doc.root.get("webhooks")
    if isinstance(webhooks, dict) and webhooks:
        warnings.append(
            Warning(
                "/webhooks",
                f"{len(webhooks)} webhook(s) describe requests the API sends, "
                "not ones a client makes: no methods are generated for them",
            )
        )
    for path, item in (doc.root.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict) and op.get("callbacks"):
                warnings.append(
                    Warning(
                        join_pointer("", "paths", path, method, "callbacks"),
                        "callbacks are requests the API sends: no methods are generated for them",
                    )
                )


def _tag_descriptions(doc: Document) -> dict[str, str]:
    out: dict[str, str] = {}
    for tag in doc.root.get("tags") or []:
        if isinstance(tag, dict) and isinstance(tag.get("name"), str) and tag.get("description"):
            out[naming.method_name(tag["name"])] = str(tag["description"]).strip()
    return out


_ABSOLUTE_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def _first_server(servers: Any) -> str:
    """The URL of the first of `servers`, its variables at their defaults ("" for none)."""
    if not (isinstance(servers, list) and servers and isinstance(servers[0], dict)):
        return ""
    url = str(servers[0].get("url", ""))
    for var, spec in (servers[0].get("variables") or {}).items():
        if isinstance(spec, dict):
            url = url.replace("{" + var + "}", str(spec.get("default", "")))
    return url


def _server_url(doc: Document, warnings: list[Warning]) -> tuple[str, str]:
    """(the default base URL, a relative server URL the document gives instead).

    A relative URL is legal: it is relative to where the document is served, which a
    generated client cannot know. So there is no default, and the client says so."""
    url = _first_server(doc.root.get("servers"))
    if not url:
        return "", ""
    if _ABSOLUTE_URL.match(url):
        return url, ""
    warnings.append(
        Warning(
            "/servers/0/url",
            f"the server URL {url!r} is relative to wherever the document is served: the "
            "client has no default base URL, and needs one given",
        )
    )
    return "", url


# Runtime names the generated `_client.py` imports: the client classes cannot have them.
_CLIENT_MODULE_NAMES = frozenset(
    {"SyncAPIClient", "AsyncAPIClient", "SyncClientBase", "AsyncClientBase", "ClientSettings"}
)


def _client_config(doc: Document, config: Config, warnings: list[Warning]) -> ClientConfig:
    info = doc.root.get("info") or {}
    title = str(info.get("title") or "API")
    package = config.package or importable_package(derived_package(title))
    base = (
        naming.pascal(config.package) if config.package else derived_class_base(title)
    ).removesuffix("Client")
    if {base + "Client", "Async" + base + "Client"} & _CLIENT_MODULE_NAMES:
        base = naming.pascal(package).removesuffix("Client")  # `API` -> ApiClient
    base_url, relative = _server_url(doc, warnings)
    auth, header = "none", "Authorization"
    schemes = (doc.root.get("components") or {}).get("securitySchemes") or {}
    for _, scheme in sorted(schemes.items()):
        if not isinstance(scheme, dict):
            continue
        kind = scheme.get("type")
        if (
            kind in ("http",)
            and str(scheme.get("scheme", "")).lower() == "bearer"
            or kind in ("oauth2", "openIdConnect")
        ):
            auth = "bearer"
            break
        if kind == "apiKey" and scheme.get("in") == "header" and auth == "none":
            auth, header = "header", str(scheme.get("name", "Authorization"))
    sync_class = config.sync_class or base + "Client"
    return ClientConfig(
        distribution=config.distribution or package.replace("_", "-"),
        package=package,
        version=config.version,
        title=title,
        description=str(info.get("description") or "").strip(),
        sync_class=sync_class,
        async_class=config.async_class or "Async" + base + "Client",
        env_prefix=config.env_prefix or (config.package or derived_package(title)).upper(),
        base_url=base_url,
        relative_base_url=relative,
        auth=auth,  # type: ignore[arg-type]
        auth_header=header,
        error_class=config.error_class or _error_class(sync_class),
        request_id_header=config.request_id_header,
        retry_statuses=config.retries.statuses or DEFAULT_RETRY_STATUSES,
        idempotency_header=config.retries.idempotency_header,
    )


def _error_class(sync_class: str) -> str:
    """`TelnyxError` for `Telnyx`, `PetsError` for `PetsClient`; never a runtime error's name."""
    name = sync_class.removesuffix("Client") + "Error"
    return name if name not in RUNTIME_ERRORS else sync_class + "Error"


def _paged(doc: Document, config: Config, items: list[layout.Located]) -> set[int]:
    """Which of `items` return pages (declared or inferred), for the layout to name them
    `list`: pagination decides, in a dry run of the builder on types and warnings of its
    own, so the real build names their types after the names that result."""
    if not items:
        return set()
    scratch: list[Warning] = []
    registry = TypeRegistry(doc, scratch, overrides=config.model_names)
    registry.register_components()
    paginator = Paginator(doc, registry, scratch, config.pagination, config.path)
    builder = _OperationBuilder(doc, registry, scratch, paginator)
    found: set[int] = set()
    for item in items:
        try:
            if builder.build(item).pagination is not None:
                found.add(item.order)
        except Unsupported:
            continue  # the real build skips it, with the warning
    return found


def type_contexts(located: list[layout.Located]) -> dict[int, str]:
    """What each operation's own types are named from, by its order: its resource's last
    segment and its method (`runs.list` -> `RunsList`, so `RunsListResponse`). Where two
    operations would share it (`calls.actions.cancel`, `conferences.actions.cancel`), each
    takes more of its resource path until they differ (`CallsActionsCancel`), rather
    than a number that says nothing."""
    depth = {item.order: 1 for item in located}

    def context(item: layout.Located) -> str:
        return naming.pascal("_".join(item.resource[-depth[item.order] :] + (item.name,)))

    while True:
        by_context: dict[str, list[layout.Located]] = {}
        for item in located:
            by_context.setdefault(context(item), []).append(item)
        grown = False
        for items in by_context.values():
            for item in items if len(items) > 1 else ():
                if depth[item.order] < len(item.resource):
                    depth[item.order] += 1
                    grown = True
        if not grown:
            return {item.order: context(item) for item in located}


# -- building one operation ----------------------------------------------


class _OperationBuilder:
    def __init__(
        self,
        doc: Document,
        registry: TypeRegistry,
        warnings: list[Warning],
        paginator: Paginator,
    ) -> None:
        self.doc = doc
        self.types = registry
        self.warnings = warnings
        self.paginator = paginator
        self.spread: set[str] = set()  # models whose fields became keyword arguments
        self.contexts: dict[int, str] = {}  # operation order -> what its types are named from
        self.default_server = _first_server(doc.root.get("servers")).rstrip("/")

    def resolve(self, node: Any) -> Any:
        return self.doc.follow(node)[0]

    def located(self, node: Any, pointer: str) -> tuple[Any, str]:
        return self.doc.follow(node, pointer)

    def _path_item(self, path: str) -> tuple[dict[str, Any], str]:
        """The path item, its `$ref` followed, and where it really is: `/paths/...`, or
        what its `$ref` names."""
        item = (self.doc.root.get("paths") or {}).get(path)
        node, where = self.located(item, join_pointer("", "paths", path))
        return (node if isinstance(node, dict) else {}), where

    def build(self, item: layout.Located) -> Operation:
        spec = item.spec
        context = self.contexts.get(item.order) or type_contexts([item])[item.order]
        if any(segment in (".", "..") for segment in item.path.split("/")):
            raise Unsupported(
                f"the path {item.path!r} has a '.' or '..' segment, which URLs resolve away"
            )
        # A fragment is no part of the request; a query written into the path is, pair by
        # pair: a literal as it is, a `{name}` as that parameter's value.
        url_path, pairs = written_query(item.path)
        templated = {m[1]: k for k, v in pairs if (m := re.fullmatch(r"{([^}]+)}", v))}
        path_names = re.findall(r"{([^}]+)}", url_path)
        path_item, item_pointer = self._path_item(item.path)
        raw_params = self._with_every_path_param(
            item, self._raw_params(item, path_item, item_pointer), path_names
        )
        raw_params = self._with_written_query(item, raw_params, templated)
        for i, (raw, pointer) in enumerate(raw_params):
            if raw.get("in") == "path" and raw.get("name") not in path_names:
                # ClickSend's `?{search}=1`: a path parameter the URL's path has no place
                # for goes in the query, under its name, rather than nowhere.
                raw_params[i] = ({**raw, "in": "query"}, pointer)
                self.warnings.append(
                    Warning(
                        pointer,
                        f"path parameter {raw.get('name')!r} has no {{{raw.get('name')}}} in "
                        "the path; sent in the query",
                    )
                )
        server = self._own_server(item, path_item, item_pointer)
        declared: list[Param] = []
        for raw, pointer in raw_params:
            declared.append(self._param(raw, pointer, context))
        path_params = sorted(
            (p for p in declared if p.location == "path"),
            key=lambda p: path_names.index(p.wire_name),
        )
        others = [p for p in declared if p.location != "path"]
        # Pointers name where each schema really is, for the manifest's traceability.
        where = join_pointer(item_pointer, item.method)
        body = self._body(spec.get("requestBody"), join_pointer(where, "requestBody"), context)
        everything = (
            path_params
            + others
            + (list(body.fields) if body else [])
            + ([body.whole] if body and body.whole else [])
        )
        names = _unique_param_names(everything)
        path_params = [_renamed(p, names) for p in path_params]
        if path_params:
            path_params[-1] = _positional(path_params[-1])
        others = [_renamed(p, names) for p in others]
        if body:
            body = Body(
                body.content_type,
                body.required,
                tuple(_renamed(p, names) for p in body.fields),
                _renamed(body.whole, names) if body.whole else None,
                body.example_repr,
            )
        responses = spec.get("responses") or {}
        returns, fmt, status, example, media = self._response(
            responses, join_pointer(where, "responses"), context, item.name
        )
        error_types = self._error_types(responses, join_pointer(where, "responses"))
        stream_flag, stream_returns = self._stream_variant(
            item, responses, join_pointer(where, "responses"), fmt, body, context
        )
        params = tuple(path_params + others)
        pagination = self.paginator.operation(
            op_id=item.operation_id,
            pointer=item.pointer,
            method=item.method,
            spec=spec,
            raw_params=[raw for raw, _ in raw_params],
            params=params,
            body=body,
            returns=returns,
        )
        in_query = {p.wire_name for p in params if p.location == "query"}
        fixed = tuple((k, v) for k, v in pairs if k not in in_query and "{" not in k + v)
        return Operation(
            name=item.name,
            operation_id=item.operation_id,
            http_method=item.method.upper(),
            path=url_path,
            summary=str(spec.get("summary") or "").strip(),
            description=str(spec.get("description") or "").strip(),
            params=params,
            body=body,
            returns=returns,
            response_format=fmt,
            success_status=status,
            pagination=pagination,
            fixed_query=fixed,
            deprecated=bool(spec.get("deprecated")),
            example_response=example,
            response_media=media,
            error_types=error_types,
            stream_flag=stream_flag,
            stream_returns=stream_returns,
            pointer=where,
            server=server,
        )

    def _own_server(
        self, item: layout.Located, path_item: dict[str, Any], item_pointer: str
    ) -> str:
        """The operation's own server (its `servers`, else its path item's), where that is
        another than the document's; an operation served over anything but HTTP is none
        a generated method could call."""
        servers = item.spec.get("servers") or path_item.get("servers")
        pointer = join_pointer(
            item.pointer if item.spec.get("servers") else item_pointer, "servers"
        )
        url = _first_server(servers).rstrip("/")
        if not url or url == self.default_server:
            return ""
        scheme = _ABSOLUTE_URL.match(url)
        if scheme is None:
            self.warnings.append(
                Warning(
                    join_pointer(pointer, 0, "url"),
                    f"the server URL {url!r} is relative to wherever the document is served; "
                    "the operation is sent to the client's base URL",
                )
            )
            return ""
        if scheme.group(1).lower() not in ("http", "https"):
            raise Unsupported(
                f"it is served over {scheme.group(1)}:// ({url}), which an HTTP client does not speak"
            )
        return url

    def _raw_params(
        self, item: layout.Located, path_item: dict[str, Any], item_pointer: str
    ) -> list[tuple[dict[str, Any], str]]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for source, base in (
            (path_item.get("parameters"), join_pointer(item_pointer, "parameters")),
            (item.spec.get("parameters"), join_pointer(item_pointer, item.method, "parameters")),
        ):
            for i, raw in enumerate(source or []):
                param, pointer = self.located(raw, join_pointer(base, i))
                if (
                    not isinstance(param, dict)
                    or not isinstance(param.get("name"), str)
                    or param.get("in") not in ("path", "query", "header", "cookie")
                ):
                    raise Unsupported(f"parameter at {pointer} has no valid name/in")
                merged[(param["in"], param["name"])] = (param, pointer)
        return list(merged.values())

    def _with_written_query(
        self,
        item: layout.Located,
        raw_params: list[tuple[dict[str, Any], str]],
        templated: dict[str, str],
    ) -> list[tuple[dict[str, Any], str]]:
        """The parameters, with each that the query written into the path names
        (`/latest?term={term}`) sent in the query under its key: the one of that name the
        document declares (icons8 declares them `in: path`), else a required string."""
        params = list(raw_params)
        for name, key in templated.items():
            at = next(
                (
                    i
                    for i, (p, _) in enumerate(params)
                    if p.get("name") == name and p.get("in") in ("path", "query")
                ),
                None,
            )
            if at is not None:
                raw, pointer = params[at]
                params[at] = ({**raw, "name": key, "in": "query"}, pointer)
                continue
            pointer = join_pointer(item.pointer, "parameters")
            schema = {"type": "string"}
            params.append(
                ({"name": key, "in": "query", "required": True, "schema": schema}, pointer)
            )
            self.warnings.append(
                Warning(pointer, f"query parameter {{{name}}} is not declared; taken as a string")
            )
        return params

    def _with_every_path_param(
        self,
        item: layout.Located,
        raw_params: list[tuple[dict[str, Any], str]],
        path_names: list[str],
    ) -> list[tuple[dict[str, Any], str]]:
        """The parameters, with one for each `{name}` of the path the document leaves out:
        the one of that name it declares elsewhere (`in: query`, a common slip), moved to
        the path, else a string. The URL cannot be built without it, so it is required."""
        params = list(raw_params)
        for name in path_names:
            if any(p["in"] == "path" and p["name"] == name for p, _ in params):
                continue
            misplaced = next((i for i, (p, _) in enumerate(params) if p["name"] == name), None)
            if misplaced is not None:
                raw, pointer = params.pop(misplaced)
                params.append(({**raw, "in": "path", "required": True}, pointer))
                why = f"is declared `in: {raw['in']}`; taken as the path parameter"
            else:
                pointer = join_pointer(item.pointer, "parameters")
                params.append(
                    (
                        {
                            "name": name,
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        pointer,
                    )
                )
                why = "is not declared; taken as a string"
            self.warnings.append(Warning(pointer, f"path parameter {{{name}}} {why}"))
        return params

    def _param(self, raw: dict[str, Any], pointer: str, context: str) -> Param:
        schema, where = raw.get("schema"), join_pointer(pointer, "schema")
        if schema is None and isinstance(raw.get("content"), dict) and raw["content"]:
            # `content: {application/json: {schema}}`: the schema, and its pointer, are there.
            media, described = next(iter(raw["content"].items()))
            schema = described.get("schema") if isinstance(described, dict) else None
            where = join_pointer(pointer, "content", media, "schema")
        schema = schema if isinstance(schema, dict) else {}
        location = raw["in"]
        type_ = self.types.to_type(schema, context + naming.pascal(raw["name"]), where)
        self.types.mark_request(type_)
        resolved = self.resolve(schema)
        style = str(raw.get("style") or ("simple" if location in ("path", "header") else "form"))
        explode = bool(raw.get("explode", style == "form"))
        if style == "deepObject":
            explode = True
        example = raw.get(
            "example", resolved.get("example") if isinstance(resolved, dict) else None
        )
        if example is None and isinstance(raw.get("examples"), dict) and raw["examples"]:
            first = self.resolve(next(iter(raw["examples"].values())))
            example = first.get("value") if isinstance(first, dict) else None
        return Param(
            name=raw["name"],  # renamed once all of the operation's names are known
            wire_name=raw["name"],
            location=location,
            type=type_,
            required=bool(raw.get("required")) or location == "path",
            description=str(raw.get("description") or "").strip(),
            default_repr=default_repr(schema, resolved if isinstance(resolved, dict) else {}),
            explode=explode,
            style=style,
            enum_values=_enum_values(self.types, type_),
            example_repr=python_literal(example) if example is not None else None,
        )

    def _body(self, raw: Any, pointer: str, context: str) -> Body | None:
        body, pointer = self.located(raw, pointer)
        if not isinstance(body, dict):
            return None
        content = body.get("content") or {}
        if not isinstance(content, dict) or not content:
            return None
        media = _pick_media(
            content,
            (
                "application/json",
                "+json",
                "application/x-www-form-urlencoded",
                "multipart/form-data",
            ),
        )
        if media is None:
            media = next(iter(content))
        entry = content[media] if isinstance(content[media], dict) else {}
        schema = entry.get("schema") or {}
        required = bool(body.get("required"))
        example = entry.get("example")
        if example is None and isinstance(entry.get("examples"), dict) and entry["examples"]:
            first = self.resolve(next(iter(entry["examples"].values())))
            example = first.get("value") if isinstance(first, dict) else None
        example_repr = python_literal(example) if example is not None else None
        if not _is_json(media) and media not in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            if media.startswith("text/"):
                t = TypeRef("str")
            else:
                t = TypeRef("bytes", format="binary")
            whole = Param("body", "body", "body", t, required, "The request body.")
            # The documented call sends the example only where it is the body's text (LGTM
            # shows its application/x-yaml body as the parsed mapping: no bytes to send).
            if not isinstance(example, str):
                example_repr = None
            elif t.kind == "bytes":
                example_repr = repr(example.encode())
            return Body(media, required, (), whole, example_repr)
        type_ = self.types.to_type(
            schema, context + "Body", join_pointer(pointer, "content", media, "schema")
        )
        self.types.drain()
        if type_.kind == "model" and not type_.nullable and type_.name in self.types.models:
            model = self.types.models[type_.name]
            self.spread.add(model.name)
            examples = example if isinstance(example, dict) else {}
            form = media.split(";")[0].strip().lower() in (
                "application/x-www-form-urlencoded",
                "multipart/form-data",
            )
            multipart = media.split(";")[0].strip().lower() == "multipart/form-data"
            fields = tuple(
                _body_field(f, required, self.types, examples, form=form, multipart=multipart)
                for f in model.fields
                if not f.read_only
            )
            for f in model.fields:
                self.types.mark_request(f.type)
            return Body(media, required, fields, None, example_repr)
        if media in ("application/x-www-form-urlencoded", "multipart/form-data"):
            if _closed_and_empty(self.resolve(schema)):
                return Body(media, required, (), None, example_repr)  # a form of no fields
            if not self.types.is_mapping(type_):
                raise Unsupported(f"the {media} body must be an object, or a union of objects")
            # A union of forms, or a map: sent whole, each key a form field.
        self.types.mark_request(type_)
        whole = Param("body", "body", "body", type_, required, "The request body.")
        return Body(media, required, (), whole, example_repr)

    def _response(
        self, responses: dict[str, Any], pointer: str, context: str, method: str
    ) -> tuple[TypeRef | None, Any, int, str | None, str]:
        """(type, format, status, example as JSON, media type) of the success response."""
        codes = success_codes(responses)
        if not codes:
            return None, "none", 200, None, ""
        code = codes[0]
        status = int(code) if code.isdigit() else 200
        response, where = self.located(responses[code], join_pointer(pointer, code))
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or not content:
            return None, "none", status, None, ""
        media = _pick_media(content, ("application/json", "+json"))
        if media is None and (stream := _pick_media(content, (EVENT_STREAM,))) is not None:
            entry = content[stream] if isinstance(content[stream], dict) else {}
            event = self._event_type(
                entry.get("schema"),
                context + "Event",
                join_pointer(where, "content", stream, "schema"),
                f"The data of one event of the stream that `{method}` returns.",
            )
            return event, "sse", status, None, stream
        if media is None:
            media = next(iter(content))
            fmt = "text" if media.startswith("text/") else "bytes"
            return TypeRef("str" if fmt == "text" else "bytes"), fmt, status, None, media
        entry = content[media] if isinstance(content[media], dict) else {}
        example = entry.get("example")
        if example is None and isinstance(entry.get("examples"), dict) and entry["examples"]:
            first = self.resolve(next(iter(entry["examples"].values())))
            example = first.get("value") if isinstance(first, dict) else None
        type_ = self.types.to_type(
            entry.get("schema") or {},
            context + "Response",
            join_pointer(where, "content", media, "schema"),
        )
        if type_.kind == "literal":
            # `type[Literal[...]]` is not a type checkers accept for `cast_to`: widen it.
            type_ = _widened(type_)
        if type_.kind == "bytes":
            # `format: binary` under a JSON media type (a CSV or GeoJSON file sent as
            # application/json): the body is the file, not a JSON string of it.
            return replace(type_, nullable=False), "bytes", status, None, media
        example_text = (
            json.dumps(example, indent=2, ensure_ascii=False) if example is not None else None
        )
        return type_, "json", status, example_text, media

    def _stream_variant(
        self,
        item: layout.Located,
        responses: dict[str, Any],
        pointer: str,
        fmt: str,
        body: Body | None,
        context: str,
    ) -> tuple[str, TypeRef | None]:
        """(flag argument, event type) of an operation that answers JSON, or an event
        stream when its boolean `stream` body field is true; ("", None) otherwise."""
        if fmt != "json":
            return "", None
        codes = success_codes(responses)
        response, where = self.located(responses[codes[0]], join_pointer(pointer, codes[0]))
        content = response.get("content") if isinstance(response, dict) else None
        media = _pick_media(content, (EVENT_STREAM,)) if isinstance(content, dict) else None
        if media is None or not isinstance(content, dict):
            return "", None
        flag = next(
            (
                p
                for p in (body.fields if body else ())
                if p.wire_name == "stream" and p.type.kind == "bool" and not p.required
            ),
            None,
        )
        if flag is None:
            self.warnings.append(
                Warning(
                    join_pointer(pointer, codes[0], "content", media),
                    "the operation can also answer with an event stream, but has no optional "
                    "boolean `stream` body field to ask for one: its method returns JSON",
                )
            )
            return "", None
        entry = content[media] if isinstance(content[media], dict) else {}
        event = self._event_type(
            entry.get("schema"),
            context + "Event",
            join_pointer(where, "content", media, "schema"),
            f"The data of one event of the stream that `{item.name}({flag.name}=True)` returns.",
        )
        return flag.name, event

    def _event_type(self, schema: Any, name: str, pointer: str, description: str) -> TypeRef:
        """The type of each event's data in a `text/event-stream` response.

        Documents describe a stream two ways: the data of one event, or the event frame
        itself, an object of `data` beside `event`, `id` or `retry` (several frames in a
        oneOf, some only the `[DONE]` that ends a stream). A frame's `data` is the type;
        without a schema, each event's data is text.
        """
        resolved, pointer = self.located(schema, pointer)
        if not isinstance(resolved, dict) or not resolved:
            return TypeRef("str")
        key = "oneOf" if resolved.get("oneOf") else "anyOf"
        frames = [
            self.located(f, join_pointer(pointer, key, i))
            for i, f in enumerate(resolved.get(key) or [])
        ] or [(resolved, pointer)]
        members: tuple[str, ...] = ()
        if all(_is_frame(f) for f, _ in frames):
            datas = [
                (f["properties"]["data"], join_pointer(at, "properties", "data"))
                for f, at in frames
            ]
            datas = [d for d in datas if not _is_done_sentinel(self.resolve(d[0]))] or datas
            if len(datas) == 1:
                found = self.types.to_type(datas[0][0], name, datas[0][1])
                pointer = datas[0][1]
            else:
                # The data of several frames: a union no one schema of the document is.
                found = self.types.union_of(datas, name)
                members = tuple(at for _, at in datas)
        else:
            found = self.types.to_type(schema, name, pointer)
        if found.kind != "union":
            return found
        # `Stream[<Op>Event]` reads better than the union spelt out in every signature.
        names = self.types.names.family(name, "alias", pointer)
        self.types.aliases[names.name] = Alias(
            names.name,
            names.module,
            description,
            found,
            twin=names.twin,
            twin_module=names.twin_module,
            pointer=pointer,
            member_pointers=members,
        )
        return TypeRef(
            "alias",
            name=names.name,
            module=names.module,
            twin=names.twin,
            twin_module=names.twin_module,
        )

    def _error_types(
        self, responses: dict[str, Any], pointer: str
    ) -> tuple[tuple[str, TypeRef], ...]:
        """The named models the spec declares for error bodies, by status, range or default."""
        found: list[tuple[str, TypeRef]] = []
        for code in responses:
            key = str(code).upper()
            if not (re.fullmatch(r"[45](\d\d|XX)", key) or key == "DEFAULT"):
                continue
            if key == "DEFAULT" and success_codes(responses) == ["default"]:
                continue  # the only response there is: the success, not an error
            response = self.resolve(responses[code])
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict):
                continue
            media = _pick_media(content, ("application/json", "+json"))
            if media is None or not isinstance(content[media], dict):
                continue
            schema = content[media].get("schema")
            if not (isinstance(schema, dict) and "$ref" in schema):
                continue  # only named schemas: an inline one would be a model named after one operation
            t = self.types.to_type(
                schema, "Error", join_pointer(pointer, code, "content", media, "schema")
            )
            if t.kind in ("model", "alias") and not t.nullable:
                found.append((key.lower() if key == "DEFAULT" else key, t))
        return tuple(sorted(found, key=lambda pair: pair[0]))


def _is_frame(schema: Any) -> bool:
    """An object schema describing an SSE event frame: `data`, perhaps `event`, `id`, `retry`."""
    props = schema.get("properties") if isinstance(schema, dict) else None
    return (
        isinstance(props, dict)
        and "data" in props
        and set(props) <= {"data", "event", "id", "retry"}
    )


def _is_done_sentinel(schema: Any) -> bool:
    """The `data: [DONE]` that ends a stream: a string whose only value is "[DONE]"."""
    return isinstance(schema, dict) and (
        schema.get("enum") == ["[DONE]"] or schema.get("const") == "[DONE]"
    )


def _widened(literal: TypeRef) -> TypeRef:
    kinds = {type(v) for v in literal.literals}
    if kinds == {bool}:
        return TypeRef("bool")
    if kinds == {int}:
        return TypeRef("int")
    if kinds <= {int, float}:
        return TypeRef("float")
    if kinds == {str}:
        return TypeRef("str")
    return TypeRef("object")


def _as_file(t: TypeRef) -> TypeRef:
    """Binary fields of a multipart body take files, not only bytes."""
    if t.kind == "bytes":
        return TypeRef("file", nullable=t.nullable, format=t.format)
    if t.kind == "list" and t.args[0].kind == "bytes":
        return replace(t, args=(_as_file(t.args[0]),))
    return t


def _body_field(
    f: Field,
    body_required: bool,
    registry: TypeRegistry,
    examples: dict[str, Any],
    *,
    form: bool = False,
    multipart: bool = False,
) -> Param:
    return Param(
        name=f.wire_name,
        wire_name=f.wire_name,
        location="body",
        type=_as_file(f.type) if multipart else f.type,
        form=form,
        required=f.required and body_required,
        description=f.description,
        enum_values=_enum_values(registry, f.type),
        default_repr=f.default_repr,
        example_repr=python_literal(examples[f.wire_name]) if f.wire_name in examples else None,
    )


def _enum_values(registry: TypeRegistry, t: TypeRef) -> tuple[str, ...]:
    if t.kind == "enum" and t.name in registry.enums:
        return tuple(str(m.value) for m in registry.enums[t.name].members)
    if t.kind == "literal":
        return tuple(repr(v) for v in t.literals)
    return ()


def _unique_param_names(params: list[Param]) -> dict[tuple[str, str], str]:
    """Python names for every argument of one operation, stable under key order."""
    order = {"path": 0, "query": 1, "body": 2, "header": 3, "cookie": 4}
    wanted_by = {id(p): naming.param_name(p.wire_name, RESERVED_KWARGS) for p in params}
    # A wire name that is already its Python name keeps it (`start_time` beats `StartTime`).
    ordered = sorted(
        params, key=lambda p: (order[p.location], wanted_by[id(p)] != p.wire_name, p.wire_name)
    )
    wanted = [wanted_by[id(p)] for p in ordered]
    return {
        (p.location, p.wire_name): n for p, n in zip(ordered, naming.unique(wanted), strict=True)
    }


def _renamed(p: Param, names: dict[tuple[str, str], str]) -> Param:
    return replace(p, name=names[(p.location, p.wire_name)])


def _positional(p: Param) -> Param:
    return replace(p, positional=True)


def _pick_media(content: dict[str, Any], preferred: tuple[str, ...]) -> str | None:
    for want in preferred:
        for media in content:
            base = media.split(";")[0].strip().lower()
            if base == want or (want.startswith("+") and base.endswith(want)):
                return media
    return None


def _is_json(media: str) -> bool:
    base = media.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _closed_and_empty(schema: Any) -> bool:
    """`{type: object, additionalProperties: false}`: an object that can have no field."""
    return (
        isinstance(schema, dict)
        and schema.get("additionalProperties") is False
        and not schema.get("properties")
        and not any(k in schema for k in ("allOf", "oneOf", "anyOf", "patternProperties"))
    )

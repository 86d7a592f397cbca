"""Schemas to `TypeRef`s, collecting the named models, enums and aliases on the way.

Naming decisions are made in an order that does not depend on the order of keys in
the spec (components sorted by name, properties by wire name), so the same spec
always gives the same class names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.errors import join_pointer
from generator.ir import naming
from generator.ir.model import Alias, Enum, EnumMember, Field, Model, TypeRef, Warning
from generator.load import Document

Schema = dict[str, Any]

_JSON_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


@dataclass
class _Pending:
    """A model whose fields are filled in after every name is known (so cycles work)."""

    name: str
    module: str
    schema: Schema
    pointer: str


@dataclass
class TypeRegistry:
    doc: Document
    warnings: list[Warning]
    models: dict[str, Model] = field(default_factory=dict)
    enums: dict[str, Enum] = field(default_factory=dict)
    aliases: dict[str, Alias] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)
    by_ref: dict[str, TypeRef] = field(default_factory=dict)
    pending: list[_Pending] = field(default_factory=list)
    in_progress: set[str] = field(default_factory=set)
    request_models: set[str] = field(default_factory=set)
    overrides: dict[str, str] = field(default_factory=dict)  # schema name -> class name

    # -- named components ---------------------------------------------------

    def register_components(self) -> None:
        schemas = self.doc.root.get("components", {}).get("schemas", {}) or {}
        # Decide every component's class name first, in sorted order.
        for raw in sorted(schemas):
            ref = f"#/components/schemas/{_escape(raw)}"
            schema = schemas[raw]
            if not isinstance(schema, dict):
                self.warnings.append(Warning(ref[1:], "schema is not an object; treated as any JSON value"))
                self.by_ref[ref] = TypeRef("object")
                continue
            kind = _component_kind(self.doc, schema)
            if kind == "inline":
                continue
            name = self.claim(self.overrides.get(raw) or naming.pascal(raw))
            module = naming.module_name(name)
            self.by_ref[ref] = TypeRef(kind, name=name, module=module)
        for raw in sorted(schemas):
            ref = f"#/components/schemas/{_escape(raw)}"
            target = self.by_ref.get(ref)
            if target is None:
                continue
            schema = schemas[raw]
            if target.kind == "model":
                self.pending.append(_Pending(target.name, target.module, schema, ref[1:]))
            elif target.kind == "enum":
                self._enum(target.name, schema, ref[1:])
            elif target.kind == "alias":
                self._alias(target.name, schema, ref[1:])
        self.drain()

    def claim(self, name: str) -> str:
        candidate, n = name, 2
        while candidate in self.taken or naming.module_name(candidate) in {
            naming.module_name(t) for t in self.taken
        }:
            candidate = f"{name}{n}"
            n += 1
        self.taken.add(candidate)
        return candidate

    def drain(self) -> None:
        while self.pending:
            item = self.pending.pop(0)
            self._model(item)

    # -- schema -> type ------------------------------------------------------

    def to_type(self, schema: Any, context: str, pointer: str) -> TypeRef:
        """The type for `schema`; `context` names any inline model or enum it needs."""
        if not isinstance(schema, dict):
            return TypeRef("object")
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self._ref(ref, context, pointer)
        nullable = bool(schema.get("nullable")) or _has_null(schema) or None in (schema.get("enum") or [])
        base = self._bare(schema, context, pointer)
        if nullable and base.kind != "none":
            return TypeRef(base.kind, base.name, base.module, base.args, base.literals, True, base.format)
        return base

    def _ref(self, ref: str, context: str, pointer: str) -> TypeRef:
        if ref in self.by_ref:
            return self.by_ref[ref]
        if ref in self.in_progress:
            self.warnings.append(Warning(pointer, f"recursive reference {ref} through an unnamed schema; typed as any JSON value"))
            return TypeRef("object")
        self.in_progress.add(ref)
        try:
            target = self.doc.resolve(ref)
            name = naming.pascal(ref.rsplit("/", 1)[-1]) if ref.startswith("#/components/schemas/") else context
            return self.to_type(target, name, ref[1:])
        finally:
            self.in_progress.discard(ref)

    def _bare(self, schema: Schema, context: str, pointer: str) -> TypeRef:
        if "const" in schema:
            return TypeRef("literal", literals=(schema["const"],))
        types = _types_of(schema)
        if "enum" in schema and schema["enum"]:
            return self._inline_enum(schema, context, pointer)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and not schema.get("properties"):
                return self._union(schema[key], context, join_pointer(pointer, key))
        if isinstance(schema.get("allOf"), list):
            parts = [p for p in schema["allOf"] if isinstance(p, dict)]
            if len(parts) == 1 and not schema.get("properties"):
                return self.to_type(parts[0], context, join_pointer(pointer, "allOf", 0))
            return self._inline_model(schema, context, pointer)
        if len(types) > 1:
            return TypeRef("union", args=tuple(self._bare({**schema, "type": t}, context, pointer) for t in types))
        kind = types[0] if types else None
        if kind == "array":
            items = schema.get("items", {})
            item = self.to_type(items, context + "Item", join_pointer(pointer, "items"))
            return TypeRef("list", args=(item,))
        if kind == "object" or (kind is None and ("properties" in schema or "additionalProperties" in schema)):
            if schema.get("properties"):
                return self._inline_model(schema, context, pointer)
            extra = schema.get("additionalProperties", True)
            if isinstance(extra, dict) and extra:
                value = self.to_type(extra, context + "Value", join_pointer(pointer, "additionalProperties"))
                return TypeRef("dict", args=(value,))
            return TypeRef("dict", args=(TypeRef("object"),))
        if kind == "string":
            fmt = schema.get("format", "")
            if fmt == "date-time":
                return TypeRef("datetime", format=fmt)
            if fmt == "date":
                return TypeRef("date", format=fmt)
            if fmt in ("binary",):
                return TypeRef("bytes", format=fmt)
            return TypeRef("str", format=fmt if isinstance(fmt, str) else "")
        if kind in _JSON_PRIMITIVES:
            fmt = schema.get("format", "")
            return TypeRef(_JSON_PRIMITIVES[kind], format=fmt if isinstance(fmt, str) else "")  # type: ignore[arg-type]
        if kind == "null":
            return TypeRef("none")
        return TypeRef("object")

    def _union(self, options: list[Any], context: str, pointer: str) -> TypeRef:
        members: list[TypeRef] = []
        nullable = False
        for i, option in enumerate(options):
            member = self.to_type(option, f"{context}{i + 1}" if len(options) > 1 else context, join_pointer(pointer, i))
            if member.kind == "none":
                nullable = True
                continue
            if member.nullable:
                nullable = True
                member = TypeRef(member.kind, member.name, member.module, member.args, member.literals, False, member.format)
            if member.kind == "object":
                return TypeRef("object")
            if member not in members:
                members.append(member)
        if not members:
            return TypeRef("none")
        if len(members) == 1:
            only = members[0]
            return TypeRef(only.kind, only.name, only.module, only.args, only.literals, nullable, only.format)
        return TypeRef("union", args=tuple(members), nullable=nullable)

    def _inline_model(self, schema: Schema, context: str, pointer: str) -> TypeRef:
        name = self.claim(naming.pascal(context))
        module = naming.module_name(name)
        self.pending.append(_Pending(name, module, schema, pointer))
        return TypeRef("model", name=name, module=module)

    def _inline_enum(self, schema: Schema, context: str, pointer: str) -> TypeRef:
        values = [v for v in schema["enum"] if v is not None]
        if not values:
            return TypeRef("none")
        if values and all(isinstance(v, str) for v in values) or values and all(
            isinstance(v, int) and not isinstance(v, bool) for v in values
        ):
            name = self.claim(naming.pascal(context))
            self._enum(name, schema, pointer)
            return TypeRef("enum", name=name, module=naming.module_name(name))
        return TypeRef("literal", literals=tuple(values))

    # -- named definitions -------------------------------------------------

    def _enum(self, name: str, schema: Schema, pointer: str) -> None:
        values = [v for v in schema.get("enum", []) if v is not None]
        base = "int" if values and all(isinstance(v, int) for v in values) else "str"
        if base == "str":
            values = [str(v) for v in values]
        member_names = naming.unique(_member_name(v) for v in values)
        members = tuple(EnumMember(n, v, repr(v)) for n, v in zip(member_names, values))
        self.enums[name] = Enum(name, naming.module_name(name), _describe(schema), base, members)

    def _alias(self, name: str, schema: Schema, pointer: str) -> None:
        # Build the structure without re-entering the alias itself.
        target = self._bare(schema, name, pointer)
        if schema.get("nullable") or _has_null(schema):
            target = TypeRef(target.kind, target.name, target.module, target.args, target.literals, True, target.format)
        self.aliases[name] = Alias(name, naming.module_name(name), _describe(schema), target)

    def _model(self, item: _Pending) -> None:
        properties, required, allows_extra, description = self._merged(item.schema, item.pointer)
        wires = sorted(properties)
        py_names = dict(zip(wires, naming.unique(naming.field_name(w) for w in wires)))
        types = {
            w: self.to_type(properties[w], item.name + naming.pascal(w), join_pointer(item.pointer, "properties", w))
            for w in wires
        }
        fields = []
        for wire, prop in properties.items():
            prop = prop if isinstance(prop, dict) else {}
            resolved = self._resolve(prop)
            fields.append(
                Field(
                    name=py_names[wire],
                    wire_name=wire,
                    type=types[wire],
                    required=wire in required,
                    description=_describe(prop) or _describe(resolved),
                    default_repr=default_repr(prop, resolved),
                    read_only=bool(prop.get("readOnly") or resolved.get("readOnly")),
                    write_only=bool(prop.get("writeOnly") or resolved.get("writeOnly")),
                )
            )
        self.models[item.name] = Model(item.name, item.module, description, tuple(fields), allows_extra)

    def _merged(self, schema: Schema, pointer: str) -> tuple[dict[str, Any], set[str], bool, str]:
        """Properties and required names of a schema with its allOf parts folded in."""
        properties: dict[str, Any] = {}
        required: set[str] = set()
        allows_extra = schema.get("additionalProperties", True) is not False
        for i, part in enumerate(schema.get("allOf", []) or []):
            resolved = self._resolve(part)
            p, r, extra, _ = self._merged(resolved, join_pointer(pointer, "allOf", i))
            properties.update(p)
            required |= r
            allows_extra = allows_extra and extra
        own = schema.get("properties") or {}
        if isinstance(own, dict):
            properties.update(own)
        req = schema.get("required") or []
        if isinstance(req, list):
            required |= {r for r in req if isinstance(r, str)}
        return properties, required, allows_extra, _describe(schema)

    def _resolve(self, schema: Any) -> Schema:
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 50:
            schema = self.doc.resolve(schema["$ref"])
            seen += 1
        return schema if isinstance(schema, dict) else {}

    def mark_request(self, ref: TypeRef) -> None:
        """Models reachable from a request get a TypedDict twin users can pass."""
        for module, name in ref.named():
            if name in self.models and name not in self.request_models:
                self.request_models.add(name)
                for f in self.models[name].fields:
                    self.mark_request(f.type)
            elif name in self.aliases:
                self.mark_request(self.aliases[name].type)

    def reachable(self, roots: list[TypeRef]) -> set[str]:
        """Names of the models and aliases that values of `roots` can contain."""
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            for _, name in stack.pop().named():
                if name in seen:
                    continue
                seen.add(name)
                if name in self.models:
                    stack.extend(f.type for f in self.models[name].fields)
                elif name in self.aliases:
                    stack.append(self.aliases[name].type)
        return seen


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _types_of(schema: Schema) -> list[str]:
    t = schema.get("type")
    if isinstance(t, list):
        return [x for x in t if isinstance(x, str) and x != "null"] or (["null"] if "null" in t else [])
    if isinstance(t, str):
        return [t]
    return []


def _has_null(schema: Schema) -> bool:
    t = schema.get("type")
    return isinstance(t, list) and "null" in t and len(t) > 1


def _component_kind(doc: Document, schema: Schema) -> str:
    """How a named component is emitted: its own model/enum/alias module, or inlined."""
    types = _types_of(schema)
    if schema.get("enum") and "const" not in schema:
        values = [v for v in schema["enum"] if v is not None]
        if values and (all(isinstance(v, str) for v in values) or all(isinstance(v, int) and not isinstance(v, bool) for v in values)):
            return "enum"
        return "inline"
    if schema.get("properties") or (isinstance(schema.get("allOf"), list) and len(schema["allOf"]) > 1):
        return "model"
    if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1 and "properties" not in schema:
        return "inline"
    if isinstance(schema.get("oneOf"), list) or isinstance(schema.get("anyOf"), list):
        return "alias"
    if types == ["object"] and not schema.get("properties"):
        return "inline"
    return "inline"


def _member_name(value: Any) -> str:
    text = naming.upper_snake(str(value)) if str(value) else "EMPTY"
    if text == "VALUE" and str(value) != "value":
        text = "VALUE"
    if text[0].isdigit():
        text = f"VALUE_{text}"
    if text.startswith("N") and str(value)[:1].isdigit():
        text = f"VALUE_{text[1:]}"
    return text


def default_repr(prop: Schema, resolved: Schema) -> str | None:
    """The documented default; OpenAPI 3.1 allows it beside a `$ref`."""
    for source in (prop, resolved):
        if "default" in source:
            return repr(source["default"])
    return None


def _describe(schema: Any) -> str:
    if not isinstance(schema, dict):
        return ""
    text = schema.get("description") or schema.get("title") or ""
    return str(text).strip()


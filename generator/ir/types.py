"""Schemas to `TypeRef`s, collecting the named models, enums and aliases on the way.

Naming decisions are made in an order that does not depend on the order of keys in
the spec (components sorted by name, properties by wire name), so the same spec
always gives the same class names.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

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
    taken_modules: set[str] = field(default_factory=set)
    by_ref: dict[str, TypeRef] = field(default_factory=dict)
    pending: list[_Pending] = field(default_factory=list)
    in_progress: set[str] = field(default_factory=set)
    request_models: set[str] = field(default_factory=set)
    request_aliases: set[str] = field(default_factory=set)
    inline_enums: set[str] = field(default_factory=set)  # named by us, not by the spec
    overrides: dict[str, str] = field(default_factory=dict)  # schema name -> class name
    # model name -> {tag property: tags} for members of discriminated unions
    tags: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    # -- named components ---------------------------------------------------

    def register_components(self) -> None:
        schemas = self.doc.root.get("components", {}).get("schemas", {}) or {}
        # Decide every component's class name first, in sorted order.
        for raw in sorted(schemas):
            ref = f"#/components/schemas/{_escape(raw)}"
            schema = schemas[raw]
            if not isinstance(schema, dict):
                self.warnings.append(
                    Warning(ref[1:], "schema is not an object; treated as any JSON value")
                )
                self.by_ref[ref] = TypeRef("object")
                continue
            kind = _component_kind(self.doc, schema)
            if kind == "inline":
                continue
            name = self.claim(self.overrides.get(raw) or naming.pascal(raw))
            module = naming.module_name(name)
            # A nullable component is a class; it is each reference to it that may be null.
            nullable = kind != "alias" and _is_nullable(schema)
            self.by_ref[ref] = TypeRef(kind, name=name, module=module, nullable=nullable)
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
        """A class name nothing else has, nor any name generated modules import."""
        if name in naming.RESERVED_CLASS_NAMES:
            name = f"{name}Model"
        candidate, n = name, 2
        # Two classes must not share a module file either (`Foo` and `FOO` -> foo.py).
        while candidate in self.taken or naming.module_name(candidate) in self.taken_modules:
            candidate = f"{name}{n}"
            n += 1
        self.taken.add(candidate)
        self.taken_modules.add(naming.module_name(candidate))
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
        nullable = _is_nullable(schema)
        base = self._bare(schema, context, pointer)
        if nullable and base.kind != "none":
            return replace(base, nullable=True)
        return base

    def _ref(self, ref: str, context: str, pointer: str) -> TypeRef:
        if ref in self.by_ref:
            return self.by_ref[ref]
        if ref in self.in_progress:
            self.warnings.append(
                Warning(
                    pointer,
                    f"recursive reference {ref} through an unnamed schema; typed as any JSON value",
                )
            )
            return TypeRef("object")
        self.in_progress.add(ref)
        try:
            target = self.doc.resolve(ref)
            name = (
                naming.pascal(ref.rsplit("/", 1)[-1])
                if ref.startswith("#/components/schemas/")
                else context
            )
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
                union = self._union(schema[key], context, join_pointer(pointer, key))
                return self._discriminated(union, schema[key], schema.get("discriminator"))
        if isinstance(schema.get("allOf"), list):
            parts = [p for p in schema["allOf"] if isinstance(p, dict)]
            if len(parts) == 1 and not schema.get("properties"):
                return self.to_type(parts[0], context, join_pointer(pointer, "allOf", 0))
            return self._inline_model(schema, context, pointer)
        if len(types) > 1:
            return TypeRef(
                "union",
                args=tuple(self._bare({**schema, "type": t}, context, pointer) for t in types),
            )
        kind = types[0] if types else None
        if kind == "array":
            items = schema.get("items", {})
            item = self.to_type(items, context + "Item", join_pointer(pointer, "items"))
            return TypeRef("list", args=(item,))
        if kind == "object" or (
            kind is None and ("properties" in schema or "additionalProperties" in schema)
        ):
            if schema.get("properties"):
                return self._inline_model(schema, context, pointer)
            extra = schema.get("additionalProperties", True)
            if isinstance(extra, dict) and extra:
                value = self.to_type(
                    extra, context + "Value", join_pointer(pointer, "additionalProperties")
                )
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
            member = self.to_type(
                option,
                f"{context}{i + 1}" if len(options) > 1 else context,
                join_pointer(pointer, i),
            )
            if member.kind == "none":
                nullable = True
                continue
            if member.nullable:
                nullable = True
                member = replace(member, nullable=False)
            if member.kind == "object":
                return TypeRef("object")
            if member not in members:
                members.append(member)
        if not members:
            return TypeRef("none")
        if len(members) == 1:
            only = members[0]
            return replace(only, nullable=nullable)
        return TypeRef("union", args=tuple(members), nullable=nullable)

    def _discriminated(self, union: TypeRef, options: list[Any], discriminator: Any) -> TypeRef:
        """A union whose members a property tells apart: pydantic picks the member by tag.

        Each member's tag property becomes a `Literal` of its tags (from `mapping`, or the
        schema's name when there is none), so a dog is never read as a cat.
        """
        if union.kind != "union" or not isinstance(discriminator, dict):
            return union
        prop = discriminator.get("propertyName")
        refs = [
            o["$ref"] for o in options if isinstance(o, dict) and isinstance(o.get("$ref"), str)
        ]
        if not isinstance(prop, str) or len(refs) != len(options):
            return union
        members = {ref: self.by_ref.get(ref) for ref in refs}
        if not all(m is not None and m.kind == "model" for m in members.values()):
            return union
        tags: dict[str, list[str]] = {ref: [] for ref in refs}
        mapping = discriminator.get("mapping")
        if isinstance(mapping, dict) and mapping:
            for tag, target in mapping.items():
                target = str(target)
                ref = target if target.startswith("#") else f"#/components/schemas/{target}"
                if ref in tags:
                    tags[ref].append(str(tag))
        for ref in refs:
            if not tags[ref]:
                tags[ref].append(ref.rsplit("/", 1)[-1])
        for ref, member in members.items():
            assert member is not None
            self.tags.setdefault(member.name, {}).setdefault(prop, [])
            known = self.tags[member.name][prop]
            known.extend(t for t in tags[ref] if t not in known)
        return TypeRef(
            "union", args=union.args, nullable=union.nullable, discriminator=naming.field_name(prop)
        )

    def apply_tags(self) -> None:
        """Type each discriminated union member's tag property as the `Literal` of its tags."""
        for name, props in self.tags.items():
            model = self.models[name]
            fields = list(model.fields)
            for prop, tags in props.items():
                tag_type = TypeRef("literal", literals=tuple(tags))
                index = next((i for i, f in enumerate(fields) if f.wire_name == prop), None)
                if index is None:
                    fields.append(
                        Field(
                            naming.field_name(prop),
                            prop,
                            tag_type,
                            True,
                            "Tells the members of a union apart.",
                        )
                    )
                else:
                    fields[index] = replace(fields[index], type=tag_type, required=True)
            self.models[name] = replace(model, fields=tuple(fields))

    def _inline_model(self, schema: Schema, context: str, pointer: str) -> TypeRef:
        name = self.claim(naming.pascal(context))
        module = naming.module_name(name)
        self.pending.append(_Pending(name, module, schema, pointer))
        return TypeRef("model", name=name, module=module)

    def _inline_enum(self, schema: Schema, context: str, pointer: str) -> TypeRef:
        values = [v for v in schema["enum"] if v is not None]
        if not values:
            return TypeRef("none")
        if (
            values
            and all(isinstance(v, str) for v in values)
            or values
            and all(isinstance(v, int) and not isinstance(v, bool) for v in values)
        ):
            name = self.claim(naming.pascal(context))
            self._enum(name, schema, pointer)
            self.inline_enums.add(name)
            return TypeRef("enum", name=name, module=naming.module_name(name))
        return TypeRef("literal", literals=tuple(values))

    # -- named definitions -------------------------------------------------

    def _enum(self, name: str, schema: Schema, pointer: str) -> None:
        values = [v for v in schema.get("enum", []) if v is not None]
        base = "int" if values and all(isinstance(v, int) for v in values) else "str"
        if base == "str":
            values = [str(v) for v in values]
        member_names = naming.unique(_member_name(v) for v in values)
        members = tuple(
            EnumMember(n, v, repr(v)) for n, v in zip(member_names, values, strict=True)
        )
        self.enums[name] = Enum(name, naming.module_name(name), _describe(schema), base, members)

    def _alias(self, name: str, schema: Schema, pointer: str) -> None:
        # Build the structure without re-entering the alias itself.
        target = self._bare(schema, name, pointer)
        if schema.get("nullable") or _has_null(schema):
            target = replace(target, nullable=True)
        self.aliases[name] = Alias(name, naming.module_name(name), _describe(schema), target)

    def _model(self, item: _Pending) -> None:
        properties, required, description = self._merged(item.schema, item.pointer)
        # A wire name that is already its Python name keeps it; the rest in sorted order.
        wires = sorted(properties, key=lambda w: (naming.field_name(w) != w, w))
        py_names = dict(zip(wires, naming.unique(naming.field_name(w) for w in wires), strict=True))
        types = {
            w: self.to_type(
                properties[w],
                item.name + naming.pascal(w),
                join_pointer(item.pointer, "properties", w),
            )
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
        declared = item.schema.get("additionalProperties")
        extra_type = None
        if declared is True or declared == {}:
            extra_type = TypeRef("object")
        elif isinstance(declared, dict):
            extra_type = self.to_type(
                declared, item.name + "Value", join_pointer(item.pointer, "additionalProperties")
            )
        self.models[item.name] = Model(
            item.name, item.module, description, tuple(fields), extra_type
        )

    def _merged(self, schema: Schema, pointer: str) -> tuple[dict[str, Any], set[str], str]:
        """Properties and required names of a schema with its allOf parts folded in."""
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for i, part in enumerate(schema.get("allOf", []) or []):
            resolved = self._resolve(part)
            p, r, _ = self._merged(resolved, join_pointer(pointer, "allOf", i))
            properties.update(p)
            required |= r
        own = schema.get("properties") or {}
        if isinstance(own, dict):
            properties.update(own)
        req = schema.get("required") or []
        if isinstance(req, list):
            required |= {r for r in req if isinstance(r, str)}
        return properties, required, _describe(schema)

    def _resolve(self, schema: Any) -> Schema:
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 50:
            schema = self.doc.resolve(schema["$ref"])
            seen += 1
        return schema if isinstance(schema, dict) else {}

    def mark_request(self, ref: TypeRef) -> None:
        """Models and aliases reachable from a request get a twin users can pass as plain
        data: a TypedDict for a model, an alias of those for an alias."""
        self.drain()
        for _, name in ref.named():
            if name in self.models and name not in self.request_models:
                self.request_models.add(name)
                for f in self.models[name].fields:
                    self.mark_request(f.type)
            elif name in self.aliases and name not in self.request_aliases:
                self.request_aliases.add(name)
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
        return [x for x in t if isinstance(x, str) and x != "null"] or (
            ["null"] if "null" in t else []
        )
    if isinstance(t, str):
        return [t]
    return []


def _is_nullable(schema: Schema) -> bool:
    """`nullable: true` (3.0), a type list with "null" (3.1), or null among enum values."""
    return bool(schema.get("nullable")) or _has_null(schema) or None in (schema.get("enum") or [])


def _has_null(schema: Schema) -> bool:
    t = schema.get("type")
    return isinstance(t, list) and "null" in t and len(t) > 1


def _component_kind(doc: Document, schema: Schema) -> Literal["model", "enum", "alias", "inline"]:
    """How a named component is emitted: its own model/enum/alias module, or inlined."""
    types = _types_of(schema)
    if schema.get("enum") and "const" not in schema:
        values = [v for v in schema["enum"] if v is not None]
        if values and (
            all(isinstance(v, str) for v in values)
            or all(isinstance(v, int) and not isinstance(v, bool) for v in values)
        ):
            return "enum"
        return "inline"
    if schema.get("properties") or (
        isinstance(schema.get("allOf"), list) and len(schema["allOf"]) > 1
    ):
        return "model"
    if (
        isinstance(schema.get("allOf"), list)
        and len(schema["allOf"]) == 1
        and "properties" not in schema
    ):
        return "inline"
    if isinstance(schema.get("oneOf"), list) or isinstance(schema.get("anyOf"), list):
        return "alias"
    if types == ["object"] and not schema.get("properties"):
        return "inline"
    return "inline"


_SYMBOL_NAMES = {
    "+": "PLUS",
    "-": "MINUS",
    "*": "STAR",
    "/": "SLASH",
    "%": "PERCENT",
    "=": "EQUALS",
    "<": "LT",
    ">": "GT",
    "!": "BANG",
    "?": "QUESTION",
    ".": "DOT",
    ",": "COMMA",
    ":": "COLON",
    "_": "UNDERSCORE",
    "^": "CARET",
    "&": "AND",
    "|": "PIPE",
    "~": "TILDE",
    "@": "AT",
    "#": "HASH",
}


def _member_name(value: Any) -> str:
    text_value = str(value)
    if (
        text_value
        and not any(ch.isalnum() for ch in text_value)
        and all(ch in _SYMBOL_NAMES for ch in text_value)
    ):
        return "_".join(_SYMBOL_NAMES[ch] for ch in text_value)  # "+" -> PLUS, "<=" -> LT_EQUALS
    text = naming.upper_snake(text_value) if text_value else "EMPTY"
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

"""Schemas to `TypeRef`s, collecting the named models, enums and aliases on the way.

Naming decisions are made in an order that does not depend on the order of keys in
the spec (components sorted by name, properties by wire name), so the same spec
always gives the same class names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from generator.errors import join_pointer, unescape_pointer
from generator.ir import naming
from generator.ir.model import Alias, Enum, EnumMember, Field, Model, Tag, TypeRef, Warning
from generator.ir.namespace import TypeFamily, TypeNames
from generator.load import Document

Schema = dict[str, Any]

_JSON_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


@dataclass
class _Pending:
    """A model whose fields are filled in after every name is known (so cycles work)."""

    type: TypeRef
    schema: Schema
    pointer: str

    @property
    def name(self) -> str:
        return self.type.name


def _named_type(
    kind: Literal["model", "enum", "alias"], names: TypeFamily, *, nullable: bool = False
) -> TypeRef:
    return TypeRef(
        kind,
        name=names.name,
        module=names.module,
        twin=names.twin,
        twin_module=names.twin_module,
        nullable=nullable,
    )


@dataclass
class TypeRegistry:
    doc: Document
    warnings: list[Warning]
    models: dict[str, Model] = field(default_factory=dict)
    enums: dict[str, Enum] = field(default_factory=dict)
    aliases: dict[str, Alias] = field(default_factory=dict)
    names: TypeNames = field(init=False)
    by_ref: dict[str, TypeRef] = field(default_factory=dict)
    pending: list[_Pending] = field(default_factory=list)
    in_progress: set[str] = field(default_factory=set)
    request_models: set[str] = field(default_factory=set)
    request_aliases: set[str] = field(default_factory=set)
    inline_enums: set[str] = field(default_factory=set)  # named by us, not by the spec
    overrides: dict[str, str] = field(default_factory=dict)  # schema name -> class name
    open_models: set[str] = field(default_factory=set)  # referenced as allowing more properties
    # A component with a discriminator that others extend by `allOf`: what a reference
    # to it is, the union of it and them (a `Pet` payload may be a `Dog`).
    polymorphic: dict[str, TypeRef] = field(default_factory=dict)
    # The pointer of each schema a discriminator tells apart -> its property names.
    tagged: dict[str, set[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.names = TypeNames(self.warnings)
        self.tagged = _discriminated_members(self.doc.root)

    # -- named components ---------------------------------------------------

    def register_components(self) -> None:
        schemas = self.doc.root.get("components", {}).get("schemas", {}) or {}
        # Every component's class name first, in sorted order, then their request forms:
        # the spec's own names win over any name made up for it.
        claimed: list[tuple[str, str, str, Literal["model", "enum", "alias"]]] = []
        for raw in sorted(schemas):
            ref = f"#/components/schemas/{_escape(raw)}"
            schema = schemas[raw]
            if not isinstance(schema, dict):
                self.warnings.append(
                    Warning(ref[1:], "schema is not an object; treated as any JSON value")
                )
                self.by_ref[ref] = TypeRef("object")
                continue
            kind = _component_kind(schema)
            if kind == "model" and "allOf" in schema and self._scalar_all_of(schema):
                kind = "inline"  # strings (or numbers...) all its parts: no class
            if kind == "inline":
                continue
            wanted = self.overrides.get(raw) or naming.pascal(raw)
            name = self.names.claim_class(wanted, ref[1:], spec_name=True)
            claimed.append((raw, ref, name, kind))
        for raw, ref, name, kind in claimed:
            schema = schemas[raw]
            names = self.names.claim_twin(name, kind, ref[1:], spec_name=True)
            # A nullable component is a class; it is each reference to it that may be null.
            nullable = kind != "alias" and _is_nullable(schema)
            self.by_ref[ref] = _named_type(kind, names, nullable=nullable)
        self._find_polymorphic(schemas)
        for raw, ref, _, kind in claimed:
            target = self.by_ref[ref]
            schema = schemas[raw]
            if kind == "model":
                self.pending.append(_Pending(target, schema, ref[1:]))
            elif kind == "enum":
                values = [v for v in _enum_values(schema, self.warnings, ref[1:]) if v is not None]
                self._enum(target, values, schema, ref[1:])
            elif kind == "alias":
                self._alias(target, schema, ref[1:])
        self.drain()

    def _find_polymorphic(self, schemas: dict[str, Any]) -> None:
        """Each model component with a `discriminator` and no oneOf/anyOf of its own that
        other model components extend (`Dog: allOf: [$ref: Pet, ...]`, at any depth):
        references to it become the union of it and them, told apart by the property.
        It comes first, so a payload that is none of them after all is still one of it."""
        extends: dict[str, list[str]] = {}
        # Components that are another under a second name (`BaseManager: allOf: [$ref:
        # BaseEntity]`, no class of their own): links in the family, not members of it.
        renames: set[str] = set()
        for raw, schema in schemas.items():
            ref = f"#/components/schemas/{_escape(raw)}"
            if not isinstance(schema, dict):
                continue
            if ref not in self.by_ref and (parent := _renamed(schema)) not in (None, ref):
                extends.setdefault(str(parent), []).append(ref)
                renames.add(ref)
            if self.by_ref.get(ref, TypeRef("object")).kind != "model":
                continue
            for parent in _extended(schema):
                if parent != ref:
                    extends.setdefault(parent, []).append(ref)
        for raw in sorted(schemas):
            ref = f"#/components/schemas/{_escape(raw)}"
            schema = schemas[raw]
            discriminator = schema.get("discriminator") if isinstance(schema, dict) else None
            if (
                not isinstance(discriminator, dict)
                or not isinstance(discriminator.get("propertyName"), str)
                or "oneOf" in schema
                or "anyOf" in schema
                or self.by_ref.get(ref, TypeRef("object")).kind != "model"
            ):
                continue
            family = [ref]
            for member in family:  # grows as it goes: descendants, breadth first
                family += [c for c in extends.get(member, []) if c not in family]
            family = [member for member in family if member not in renames]
            if len(family) == 1:
                continue
            base = self.by_ref[ref]
            options = [{"$ref": member} for member in family]
            args = tuple(replace(self.by_ref[m], nullable=False) for m in family)
            union = self._tagged(
                TypeRef("union", args=args),
                options,
                list(range(len(family))),
                discriminator,
                ref[1:],
            )
            # Named once, as a person would (`AnyPet`), rather than spelled out everywhere.
            names = self.names.family(f"Any{base.name}", "alias", ref[1:])
            others = ", ".join(a.name for a in args[1:])
            told = (
                f"its `{discriminator['propertyName']}` says"
                if union.tag
                else "the fields it has say"
            )
            article = "An" if base.name[:1] in "AEIO" else "A"
            self.aliases[names.name] = Alias(
                names.name,
                names.module,
                f"{article} {base.name} or any schema that extends it ({others}): which one, "
                f"{told}.",
                union,
                twin=names.twin,
                twin_module=names.twin_module,
                pointer=ref[1:],
            )
            self.polymorphic[ref] = _named_type("alias", names, nullable=base.nullable)

    def drain(self) -> None:
        while self.pending:
            item = self.pending.pop(0)
            self._model(item)
        for name in sorted(self.open_models):
            model = self.models.get(name)
            if model is not None and model.extra_type is None:
                self.models[name] = replace(model, extra_type=TypeRef("object"))

    # -- schema -> type ------------------------------------------------------

    def to_type(self, schema: Any, context: str, pointer: str) -> TypeRef:
        """The type for `schema`; `context` names any inline model or enum it needs."""
        if not isinstance(schema, dict):
            return TypeRef("object")
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = self.polymorphic.get(ref) or self._ref(ref, context, pointer)
            # `nullable: true` beside a reference: 3.0 says siblings of `$ref` are ignored,
            # but it is how documents say "this or null", and servers send the null.
            if schema.get("additionalProperties") in (True, {}) and target.kind == "model":
                # 3.1: `additionalProperties: true` beside the reference says this object
                # may carry more: the model takes it, so strict mode does not refuse it.
                self.open_models.add(target.name)
            if schema.get("nullable") is True and target.kind not in ("none", "object"):
                return replace(target, nullable=True)
            return target
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
            # A named definition names its type: a component, or a `$defs` entry of a
            # JSON Schema pasted whole into the document.
            holder, _, key = ref.rpartition("/")
            named = ref.startswith("#/components/schemas/") or holder.endswith(
                ("/$defs", "/definitions")
            )
            if not named:
                return self.to_type(target, context, ref[1:])
            # Every reference to one definition is one type, however many places use it.
            self.by_ref[ref] = self.to_type(target, naming.pascal(unescape_pointer(key)), ref[1:])
            return self.by_ref[ref]
        finally:
            self.in_progress.discard(ref)

    def _bare(self, schema: Schema, context: str, pointer: str) -> TypeRef:
        if "const" in schema:
            return _literal([schema["const"]])
        types = _types_of(schema)
        if _scalar_enum(schema):
            return self._inline_enum(schema, context, pointer)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and not schema.get("properties"):
                options = schema[key]
                union, members = self._union(options, context, join_pointer(pointer, key))
                return self._tagged(union, options, members, schema.get("discriminator"), pointer)
        if isinstance(schema.get("allOf"), list):
            parts = [p for p in schema["allOf"] if isinstance(p, dict)]
            bearing = [p for p in parts if not annotation_only(p)]
            if len(bearing) > 1 and (merged := self._scalar_all_of(schema)) is not None:
                # `allOf: [{$ref: Slug}, {type: string, nullable: true}]` (DigitalOcean):
                # strings each part describes, one string, not a model of nothing.
                return self.to_type(merged, context, pointer)
            if not bearing:
                # `allOf: [{}, {example: ...}, {description: ...}]` (box's metadata
                # values): the parts only describe, so the value is what the schema
                # says beside them, any value where it says nothing.
                described = {k: v for part in parts for k, v in part.items()}
                rest = {k: v for k, v in schema.items() if k != "allOf"}
                return self.to_type(described | rest, context, pointer)
            if len(bearing) == 1 and not schema.get("properties"):
                # `allOf: [{$ref: Key}, {description: ...}]`, the way documents describe a
                # reference (AWS, Azure): the value is a Key, a string if Key is one.
                at = join_pointer(pointer, "allOf", schema["allOf"].index(bearing[0]))
                found = self.to_type(bearing[0], context, at)
                if any(p.get("nullable") is True for p in parts) and found.kind != "none":
                    found = replace(found, nullable=True)
                return found
            return self._inline_model(schema, context, pointer)
        if len(types) > 1:
            # `type: [object, array]`: the object's model is named for what it is of them
            # (`ValueObject`).
            return TypeRef(
                "union",
                args=tuple(
                    self._bare(
                        {**schema, "type": t},
                        context + ("Object" if t == "object" else ""),
                        pointer,
                    )
                    for t in types
                ),
            )
        kind = types[0] if types else None
        if kind == "array":
            items = schema.get("items", {})
            item = self.to_type(items, context + "Item", join_pointer(pointer, "items"))
            return TypeRef("list", args=(item,))
        if kind == "object" or (
            kind is None and ("properties" in schema or "additionalProperties" in schema)
        ):
            if schema.get("properties") or _unlisted_required(schema):
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

    def _union(
        self, options: list[Any], context: str, pointer: str
    ) -> tuple[TypeRef, list[int | None]]:
        """The union of `options`, and for each option the index of its member (None for
        a null option), since equal members are merged and null becomes `nullable`."""
        members: list[TypeRef] = []
        positions: list[int | None] = []
        nullable = False
        for i, option in enumerate(options):
            member = self.to_type(
                option,
                f"{context}{i + 1}" if len(options) > 1 else context,
                join_pointer(pointer, i),
            )
            if member.kind == "none":
                nullable = True
                positions.append(None)
                continue
            if member.nullable:
                nullable = True
                member = replace(member, nullable=False)
            if member.kind == "object":
                return TypeRef("object"), [None] * len(options)
            if member not in members:
                members.append(member)
            positions.append(members.index(member))
        if not members:
            return TypeRef("none"), positions
        merged = _merge_literals(members)
        if len(merged) != len(members):  # literals only meet in one place: no tags
            positions = [None] * len(options)
            members = merged
        if len(members) == 1:
            return replace(members[0], nullable=nullable), positions
        return TypeRef("union", args=tuple(members), nullable=nullable), positions

    def _tagged(
        self,
        union: TypeRef,
        options: list[Any],
        members: list[int | None],
        discriminator: Any,
        pointer: str,
    ) -> TypeRef:
        """A union whose members one property tells apart, so a payload is never read as
        the wrong member.

        With a `discriminator`, a member's tags are the `mapping` entries naming it, else
        the values its own schema declares for the property (a single-valued `enum` or
        `const`: what payloads really carry), else its schema name (the spec's implicit
        mapping). Without one, a property for which members declare values that no other
        member shares serves the same purpose. A value no member declares falls back to
        the plain union, which tries every member: openness is a fallback, not a choice.
        """
        if union.kind != "union":
            return union
        schemas = [self._resolve(o) for o in options]
        if isinstance(discriminator, dict) and isinstance(discriminator.get("propertyName"), str):
            prop = discriminator["propertyName"]
            by_option = self._explicit_tags(options, schemas, prop, discriminator.get("mapping"))
        else:
            found = self._implicit_tags(schemas)
            if found is None:
                return union
            prop, by_option = found
        tags: dict[tuple[bool, Tag], tuple[Tag, int]] = {}
        shared: dict[tuple[bool, Tag], Tag] = {}
        for option, values in enumerate(by_option):
            index = members[option]
            if index is None or union.args[index].kind not in ("model", "alias"):
                continue
            for value in values:
                key = (isinstance(value, bool), value)
                if key in tags and tags[key][1] != index:
                    shared[key] = value
                tags.setdefault(key, (value, index))
        if shared:
            # A value several members declare (britbox's ItemSummary and the ItemDetail
            # extending it, each with the whole enum) tells none apart: its payloads go
            # to whichever member knows them.
            said = ", ".join(repr(v) for v in shared.values())
            self.warnings.append(
                Warning(
                    pointer,
                    f"{prop} {said}: declared by more than one member, so they tell "
                    "none apart; such payloads are read as the member that knows them",
                )
            )
        kept = tuple(tag for key, tag in tags.items() if key not in shared)
        if not kept:
            return union
        return replace(union, tag=prop, tags=kept)

    def _explicit_tags(
        self, options: list[Any], schemas: list[Schema], prop: str, mapping: Any
    ) -> list[list[Tag]]:
        mapped: dict[str, list[Tag]] = {}
        if isinstance(mapping, dict):
            for tag, target in mapping.items():
                text = str(target)
                mapped.setdefault(
                    text if text.startswith("#") else f"#/components/schemas/{text}", []
                ).append(str(tag))
        out: list[list[Tag]] = []
        for option, schema in zip(options, schemas, strict=True):
            ref = option.get("$ref") if isinstance(option, dict) else None
            if isinstance(ref, str) and ref in mapped:
                out.append(mapped[ref])
            elif declared := self._declared_values(schema, prop):
                out.append(declared)
            elif isinstance(ref, str):
                out.append([unescape_pointer(ref.rsplit("/", 1)[-1])])
            else:
                out.append([])
        return out

    def _implicit_tags(self, schemas: list[Schema]) -> tuple[str, list[list[Tag]]] | None:
        """The property whose declared values tell the most members apart, if any."""
        best: tuple[int, str, list[list[Tag]]] | None = None
        candidates = sorted({p for s in schemas for p in self._merged(s, "")[0]})
        for prop in candidates:
            values = [self._declared_values(s, prop) for s in schemas]
            seen: list[Tag] = [v for vs in values for v in vs]
            keys = [(isinstance(v, bool), v) for v in seen]
            if not seen or len(set(keys)) != len(keys):
                continue  # nothing declared, or two members share a value
            tagged = sum(1 for vs in values if vs)
            if best is None or tagged > best[0]:
                best = (tagged, prop, values)
        return (best[1], best[2]) if best else None

    def _declared_values(self, schema: Schema, prop: str) -> list[Tag]:
        """The values a member declares for `prop`: its `const`, or its `enum` of one or
        more values (coerced to the declared type), if the property is required or not."""
        properties = self._merged(schema, "")[0]
        target = self._resolve(properties.get(prop))
        if "const" in target and isinstance(target["const"], (str, int, float, bool)):
            return [target["const"]]
        if isinstance(target.get("enum"), list):
            return [v for v in _enum_values(target, None, "") if v is not None]
        return []

    def _inline_model(self, schema: Schema, context: str, pointer: str) -> TypeRef:
        names = self.names.family(naming.pascal(context), "model", pointer)
        target = _named_type("model", names)
        self.pending.append(_Pending(target, schema, pointer))
        return target

    def _inline_enum(self, schema: Schema, context: str, pointer: str) -> TypeRef:
        values = [v for v in _enum_values(schema, self.warnings, pointer) if v is not None]
        if not values:
            return TypeRef("none")
        # One value is a constant, as `const` is: its Literal reads better than a class.
        if len(values) > 1 and _enum_base(values) is not None:
            names = self.names.family(naming.pascal(context), "enum", pointer)
            target = _named_type("enum", names)
            self._enum(target, values, schema, pointer)
            self.inline_enums.add(names.name)
            return target
        return _literal(values)

    # -- named definitions -------------------------------------------------

    def _enum(self, target: TypeRef, values: list[Any], schema: Schema, pointer: str) -> None:
        base = _enum_base(values) or "str"
        if base == "str":
            values = [str(v) for v in values]
        member_names = naming.unique(_member_name(v) for v in values)
        members = tuple(
            EnumMember(n, v, repr(v)) for n, v in zip(member_names, values, strict=True)
        )
        self.enums[target.name] = Enum(
            target.name, target.module, _describe(schema), base, members, target.twin, pointer
        )

    def _alias(self, alias: TypeRef, schema: Schema, pointer: str) -> None:
        # Build the structure without re-entering the alias itself.
        target = self._bare(schema, alias.name, pointer)
        if schema.get("nullable") or _has_null(schema):
            target = replace(target, nullable=True)
        self.aliases[alias.name] = Alias(
            alias.name,
            alias.module,
            _describe(schema),
            target,
            twin=alias.twin,
            twin_module=alias.twin_module,
            pointer=pointer,
        )

    def _model(self, item: _Pending) -> None:
        where: dict[str, str] = {}
        variants: dict[str, list[tuple[Any, str]]] = {}
        properties, required, description = self._merged(item.schema, item.pointer, where, variants)
        # Properties only the oneOf/anyOf variants beside `properties` declare are fields
        # too, typed as any of what the variants say, so every variant's payload fits.
        for wire in sorted(variants.keys() - properties.keys()):
            properties[wire] = variants[wire][0][0]
        # A required name with no schema of its own is still a field: of any type.
        for wire in sorted(required - properties.keys()):
            properties[wire] = {}
        # A discriminator's property is in every payload of its members, whether or not
        # they declare it (exavault's `responseStatus`): a field, not an unknown one.
        for wire in sorted(self.tagged.get(item.pointer, set()) - properties.keys()):
            properties[wire] = {"type": "string", "description": _TAG_DESCRIPTION}
        # A wire name that is already its Python name keeps it; the rest in sorted order.
        wires = sorted(properties, key=lambda w: (naming.field_name(w) != w, w))
        py_names = dict(zip(wires, naming.unique(naming.field_name(w) for w in wires), strict=True))
        types = {
            w: (
                self.to_type(
                    properties[w],
                    item.name + naming.pascal(w),
                    where.get(w, join_pointer(item.pointer, "required")),
                )
                if w in where or w not in variants
                else self.union_of(variants[w], item.name + naming.pascal(w))
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
        declared, extra_pointer = self._additional(item.schema, item.pointer)
        extra_type = None
        if declared is True or declared == {}:
            extra_type = TypeRef("object")
        elif isinstance(declared, dict):
            extra_type = self.to_type(declared, item.name + "Value", extra_pointer)
        t = item.type
        self.models[t.name] = Model(
            t.name,
            t.module,
            description,
            tuple(fields),
            extra_type,
            twin=t.twin,
            twin_module=t.twin_module,
            pointer=item.pointer,
        )

    def _merged(
        self,
        schema: Schema,
        pointer: str,
        where: dict[str, str] | None = None,
        variants: dict[str, list[tuple[Any, str]]] | None = None,
    ) -> tuple[dict[str, Any], set[str], str]:
        """Properties and required names of a schema with its allOf parts folded in;
        `where` gains the JSON pointer each property's schema sits at, and `variants`
        the properties of oneOf/anyOf members beside them ((schema, pointer) each)."""
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for i, part in enumerate(schema.get("allOf", []) or []):
            part, part_pointer = self._located(part, join_pointer(pointer, "allOf", i))
            p, r, _ = self._merged(part, part_pointer, where, variants)
            properties.update(p)
            required |= r
        own = schema.get("properties") or {}
        if isinstance(own, dict):
            properties.update(own)
            if where is not None:
                where.update({w: join_pointer(pointer, "properties", w) for w in own})
        req = schema.get("required") or []
        if isinstance(req, list):
            required |= {r for r in req if isinstance(r, str)}
        if variants is not None and own:
            required |= self._variant_properties(schema, pointer, variants)
        return properties, required, _describe(schema)

    def _additional(self, schema: Schema, pointer: str) -> tuple[Any, str]:
        """What `additionalProperties` says for the object, its own or an allOf part's."""
        if "additionalProperties" in schema:
            return schema["additionalProperties"], join_pointer(pointer, "additionalProperties")
        for i, part in enumerate(schema.get("allOf", []) or []):
            part, at = self._located(part, join_pointer(pointer, "allOf", i))
            found = self._additional(part, at)
            if found[0] is not None:
                return found
        return None, ""

    def _variant_properties(
        self, schema: Schema, pointer: str, variants: dict[str, list[tuple[Any, str]]]
    ) -> set[str]:
        """Collect what the oneOf/anyOf members of an object with properties declare;
        the names every member requires are required."""
        required: set[str] | None = None
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if not isinstance(options, list):
                continue
            for i, option in enumerate(options):
                option, at = self._located(option, join_pointer(pointer, key, i))
                where: dict[str, str] = {}
                props, req, _ = self._merged(option, at, where)
                for wire, prop in props.items():
                    variants.setdefault(wire, []).append((prop, where.get(wire, at)))
                required = req & props.keys() if required is None else required & req
        return required or set()

    def union_of(self, options: list[tuple[Any, str]], context: str) -> TypeRef:
        """Any of the (schema, pointer) `options`: a union no one schema of the document
        is, told apart as a `oneOf` without a discriminator would be."""
        members: list[TypeRef] = []
        positions: list[int | None] = []
        nullable = False
        for n, (schema, pointer) in enumerate(options):
            member = self.to_type(
                schema, f"{context}{n + 1}" if len(options) > 1 else context, pointer
            )
            if member.kind == "object":
                return TypeRef("object")
            if member.kind == "none" or member.nullable:
                nullable = True
                member = replace(member, nullable=False)
            if member.kind == "none":
                positions.append(None)
                continue
            if member not in members:
                members.append(member)
            positions.append(members.index(member))
        merged = _merge_literals(members)
        if len(merged) != len(members) or len(merged) < 2:
            return (
                replace(merged[0], nullable=nullable)
                if len(merged) == 1
                else TypeRef("union", args=tuple(merged), nullable=nullable)
            )
        union = TypeRef("union", args=tuple(members), nullable=nullable)
        return self._tagged(union, [s for s, _ in options], positions, None, options[0][1])

    def _located(self, schema: Any, pointer: str) -> tuple[Schema, str]:
        node, where = self.doc.follow(schema, pointer)
        return (node if isinstance(node, dict) else {}), where

    def _resolve(self, schema: Any) -> Schema:
        return self._located(schema, "")[0]

    def _scalar_all_of(self, schema: Schema) -> Schema | None:
        """An allOf none of whose parts is an object (or could be one), folded into one
        schema of their keywords; None where any part may be an object."""
        if not isinstance(schema.get("allOf"), list):
            return None
        merged: Schema = {k: v for k, v in schema.items() if k != "allOf"}
        if _may_be_object(merged):
            return None
        nullable = bool(merged.get("nullable"))
        for part in schema["allOf"]:
            resolved = self._resolve(part) if isinstance(part, dict) else {}
            if _may_be_object(resolved) or "allOf" in resolved:
                return None
            nullable = nullable or bool(resolved.get("nullable"))
            merged = {**resolved, **merged}
        if not _types_of(merged):
            return None
        return {**merged, "nullable": True} if nullable else merged

    def class_form(self, t: TypeRef | None) -> TypeRef | None:
        """`t`, marked where it is an alias of one class (`Pet = Cat`): such an alias can
        be passed where a class is expected, without a cast a type checker calls redundant."""
        if t is None or t.kind != "alias" or t.nullable:
            return t
        target = self.unaliased(t)
        if target is None or target.nullable or target.kind in ("union", "literal", "alias"):
            return t
        if target.kind not in ("model", "enum", "str", "int", "float", "bool", "bytes", "object"):
            return t  # a generic alias (`list[X]`) or a date is no `type[...]` either
        return replace(t, names_a_class=True)

    def unaliased(self, t: TypeRef | None) -> TypeRef | None:
        """What `t` stands for with its aliases followed (`Pet = Cat` -> Cat); an alias
        of no known alias, or in a cycle of them, stays an alias."""
        seen: set[str] = set()
        while t is not None and t.kind == "alias" and t.name in self.aliases and t.name not in seen:
            seen.add(t.name)
            t = self.aliases[t.name].type
        return t

    def is_mapping(self, t: TypeRef) -> bool:
        """Whether every value of `t` is a JSON object (a model, a map, a union or alias of
        them): what a form body can be sent from, field by field."""
        seen: set[str] = set()

        def mapping(t: TypeRef) -> bool:
            if t.nullable:
                return False
            if t.kind == "alias" and t.name in self.aliases and t.name not in seen:
                seen.add(t.name)
                return mapping(self.aliases[t.name].type)
            if t.kind == "union":
                return bool(t.args) and all(mapping(a) for a in t.args)
            return t.kind == "dict" or (t.kind == "model" and t.name in self.models)

        return mapping(t)

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
                    stack.extend(self.models[name].types)
                elif name in self.aliases:
                    stack.append(self.aliases[name].type)
        return seen


_TAG_DESCRIPTION = "Which member of a union this is (the union's discriminator)."
# Keywords whose values are data, not schemas.
_DATA_KEYWORDS = frozenset("example examples default enum const".split())


def _discriminated_members(root: Any) -> dict[str, set[str]]:
    """For each schema that a `discriminator` beside a oneOf/anyOf tells apart (by its
    pointer: the component's for a `$ref`), or one on a parent it extends, the
    discriminators' property names."""
    found: dict[str, set[str]] = {}
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, list):
            stack.extend(
                (v, join_pointer(pointer, i))
                for i, v in enumerate(node)
                if isinstance(v, (dict, list))
            )
            continue
        # Examples and defaults are data: a `discriminator` key there is a value.
        stack.extend(
            (v, join_pointer(pointer, k))
            for k, v in node.items()
            if isinstance(v, (dict, list)) and k not in _DATA_KEYWORDS
        )
        discriminator = node.get("discriminator")
        prop = discriminator.get("propertyName") if isinstance(discriminator, dict) else None
        if not isinstance(prop, str):
            continue
        for key in ("oneOf", "anyOf"):
            options = node.get(key)
            for i, option in enumerate(options if isinstance(options, list) else []):
                ref = option.get("$ref") if isinstance(option, dict) else None
                at = ref[1:] if isinstance(ref, str) and ref.startswith("#") else None
                found.setdefault(at or join_pointer(pointer, key, i), set()).add(prop)
    _add_extending(root, found)
    return found


def _add_extending(root: Any, found: dict[str, set[str]]) -> None:
    """A component with a `discriminator` and no oneOf/anyOf (flinkster's GeoJsonObject,
    which no member declares `type` of) tells apart itself and every component that
    extends it by `allOf`, at any depth: each gets the property."""
    components = root.get("components") if isinstance(root, dict) else None
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        return
    own: dict[str, set[str]] = {}
    extends: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        if not isinstance(schema, dict):
            continue
        at = "/components/schemas/" + _escape(name)
        discriminator = schema.get("discriminator")
        prop = discriminator.get("propertyName") if isinstance(discriminator, dict) else None
        if isinstance(prop, str) and "oneOf" not in schema and "anyOf" not in schema:
            own[at] = {prop}
        extends[at] = [parent[1:] for parent in _extended(schema)]
    for at in extends:
        ancestors = [at]
        for current in ancestors:  # grows as it goes, as a family does in _find_polymorphic
            ancestors += [p for p in extends.get(current, []) if p not in ancestors]
        props = set().union(*(own.get(a, set()) for a in ancestors))
        if props:
            found.setdefault(at, set()).update(props)


def _extended(schema: Schema) -> list[str]:
    """The references an `allOf` lists: the schemas this one extends."""
    parts = schema.get("allOf")
    return [
        part["$ref"]
        for part in (parts if isinstance(parts, list) else [])
        if isinstance(part, dict) and isinstance(part.get("$ref"), str)
    ]


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


def _may_be_object(schema: Schema) -> bool:
    """Whether a schema's values may be objects: it says so, or has what only objects
    have, or is a union (a schema of no type and none of those keywords says nothing)."""
    return "object" in _types_of(schema) or any(
        k in schema for k in ("properties", "additionalProperties", "required", "oneOf", "anyOf")
    )


def _component_kind(schema: Schema) -> Literal["model", "enum", "alias", "inline"]:
    """How a named component is emitted: its own model/enum/alias module, or inlined."""
    if _scalar_enum(schema) and "const" not in schema:
        values = [v for v in _enum_values(schema, None, "") if v is not None]
        return "enum" if values and _enum_base(values) else "inline"
    types = _types_of(schema)
    if types and types != ["object"]:
        # `properties` constrain objects only: `type: array` with them (xtrf's
        # CustomFieldsDTO) is an array, and `type: [object, array]` either one.
        return "alias" if "object" in types else "inline"
    if (
        schema.get("properties")
        or _unlisted_required(schema)
        or (
            isinstance(schema.get("allOf"), list)
            and sum(isinstance(p, dict) and not annotation_only(p) for p in schema["allOf"]) > 1
        )
    ):
        return "model"
    if isinstance(schema.get("oneOf"), list) or isinstance(schema.get("anyOf"), list):
        return "alias"
    return "inline"


# Keywords that say something about a value, not what it is.
_ANNOTATIONS = frozenset(
    "description title example examples default deprecated readOnly writeOnly nullable "
    "externalDocs xml $comment".split()
)


def annotation_only(part: Any) -> bool:
    """An allOf part that only describes (`{description: ...}`): no type of its own."""
    return (
        isinstance(part, dict)
        and "$ref" not in part
        and all(k in _ANNOTATIONS or k.startswith("x-") for k in part)
    )


def _unlisted_required(schema: Schema) -> bool:
    """An object that requires names it gives no schema for is still a model of them."""
    required = schema.get("required")
    return (
        _types_of(schema) in (["object"], [])
        and isinstance(required, list)
        and any(isinstance(r, str) for r in required)
        and not any(k in schema for k in ("oneOf", "anyOf", "allOf", "items", "enum"))
    )


def _merge_literals(members: list[TypeRef]) -> list[TypeRef]:
    """`Literal["a"] | Literal["b"]` as `Literal["a", "b"]`, where the first one was."""
    literals = [m for m in members if m.kind == "literal" and not m.nullable]
    if len(literals) < 2:
        return members
    values: list[Any] = []
    for v in (v for m in literals for v in m.literals):
        if not any(v == w and type(v) is type(w) for w in values):  # True == 1
            values.append(v)
    first = members.index(literals[0])
    out = [m for m in members if m not in literals]
    out.insert(first, TypeRef("literal", literals=tuple(values)))
    return out


def _renamed(schema: Schema) -> str | None:
    """The component a schema is under another name, where it adds nothing but words: a
    `$ref`, or an allOf of one `$ref` and descriptions."""
    if isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]) if set(schema) - _ANNOTATIONS == {"$ref"} else None
    parts = schema.get("allOf")
    if not isinstance(parts, list) or set(schema) - _ANNOTATIONS - {"allOf", "type"}:
        return None
    bearing = [p for p in parts if not annotation_only(p)]
    if len(bearing) == 1 and isinstance(bearing[0], dict) and set(bearing[0]) == {"$ref"}:
        ref = bearing[0]["$ref"]
        return ref if isinstance(ref, str) else None
    return None


def _scalar_enum(schema: Schema) -> bool:
    """An `enum` a Literal or an Enum class can hold. One with an object or array among
    its values (Docker's `ExposedPorts` values, `enum: [{}]`) is read as its type says,
    without the enum: no Literal holds `{}`, and reading no value as None rejected them."""
    values = schema.get("enum")
    return (
        isinstance(values, list)
        and bool(values)
        and not any(isinstance(v, (dict, list)) for v in values)
    )


def _literal(values: list[Any]) -> TypeRef:
    """`Literal[...]` of JSON values; a float cannot be in one, so floats widen to `float`."""
    if not any(isinstance(v, float) for v in values):
        if all(isinstance(v, (str, int, bool)) or v is None for v in values):
            return TypeRef("literal", literals=tuple(values))
        return TypeRef("object")  # a constant object or array: any JSON value
    rest = [v for v in values if not isinstance(v, (int, float)) or isinstance(v, bool)]
    number = TypeRef("float")
    return (
        TypeRef("union", args=(TypeRef("literal", literals=tuple(rest)), number))
        if rest
        else number
    )


def _enum_base(values: list[Any]) -> Literal["str", "int"] | None:
    """The class an enum of these values derives from; None where only a Literal fits."""
    if values and all(isinstance(v, str) for v in values):
        return "str"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    return None


def _enum_values(schema: Schema, warnings: list[Warning] | None, pointer: str) -> list[Any]:
    """The enum's values as the declared type has them: `type: string` with `enum: [4.1]`
    means the string "4.1". A value the declared type cannot hold is dropped. Either way
    the spec contradicts itself, which `warnings` (when given) hears about."""
    raw = [
        v for v in schema.get("enum") or [] if isinstance(v, (str, int, float, bool)) or v is None
    ]
    declared = _types_of(schema)
    if len(declared) != 1 or declared[0] not in ("string", "integer", "number", "boolean"):
        return raw
    kind = declared[0]
    out: list[Any] = []
    changed: list[Any] = []
    for value in raw:
        coerced = _coerce(value, kind)
        if coerced is _NO_VALUE:
            changed.append(value)
            continue
        if coerced != value or type(coerced) is not type(value):
            changed.append(value)
        if coerced not in out or value is None:
            out.append(coerced)
    if changed and warnings is not None:
        warnings.append(
            Warning(
                pointer,
                f"enum values {changed!r} are not of the declared type {kind}; "
                f"read as {[v for v in out if v is not None]!r}",
            )
        )
    return out


_NO_VALUE = object()


def _coerce(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "string":
        return value if isinstance(value, str) else json.dumps(value)
    if kind == "boolean":
        return value if isinstance(value, bool) else _NO_VALUE
    if isinstance(value, bool):
        return _NO_VALUE
    if kind == "integer":
        if isinstance(value, int):
            return value
        try:
            number = float(value)
        except ValueError:
            return _NO_VALUE
        return int(number) if number.is_integer() else _NO_VALUE
    if isinstance(value, (int, float)):
        return value
    try:
        number = float(value)
    except ValueError:
        return _NO_VALUE
    return int(number) if number.is_integer() and "." not in str(value) else number


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
    if not text:  # `allOf: [{$ref: Key}, {description: ...}]`: the part that describes
        parts = schema.get("allOf")
        found = (p.get("description") for p in parts or [] if annotation_only(p))
        text = next((d for d in found if d), "") if isinstance(parts, list) else ""
    return str(text).strip()

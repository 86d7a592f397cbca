"""An OpenAPI document as JSON Schema 2020-12, for a real validator to judge instances.

OpenAPI 3.0 schemas are a dialect: `nullable: true` allows null, and
`exclusiveMinimum: true` qualifies `minimum`. Documents that declare 3.1 but write
3.0 idioms (`nullable`, which 3.1 ignores) mean the same, and the generator honours
it, so the view does too. The tree keeps its shape, so every JSON pointer into the
document still points at the same schema: `nullable` is a keyword of the validator
here (null passes a schema that says it), not a rewrite of the schema. Everything else is JSON Schema already, except that a required readOnly property is
required in responses only, and a required writeOnly one in requests only: each side
gets its own view. Of the formats, those the client parses into types of its own (date,
date-time) are asserted.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import jsonschema
import referencing
import referencing.jsonschema

URI = "urn:openapi-document"


def converted(node: Any, side: str = "response", root: Any = None) -> Any:
    """`node` with every schema in it spelt as JSON Schema 2020-12, as seen from `side`
    ("response" or "request"); `root` resolves references (the document by default)."""
    root = node if root is None else root
    if isinstance(node, list):
        return [converted(v, side, root) for v in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in _DATA or key.startswith("x-"):
            out[key] = value  # values, not schemas: an example's `properties` is data
        elif key in _BY_NAME and isinstance(value, dict):
            # Names to schemas: a property called `properties` or `type` is a name here.
            out[key] = {name: converted(v, side, root) for name, v in value.items()}
        else:
            out[key] = converted(value, side, root)
    properties = node.get("properties")
    held = isinstance(properties, dict) or isinstance(node.get("additionalProperties"), dict)
    if held and "type" not in node and "$ref" not in node:
        # Properties (or a map's values) and no type: JSON Schema would let a list or a
        # number through too, but every reader (and the generator) takes the schema for
        # an object's (amadeus's `AircraftEntry: {additionalProperties: {type: string}}`).
        # So does the view.
        out["type"] = "object"
    if isinstance(out.get("required"), list) and isinstance(properties, dict):
        skip = "readOnly" if side == "request" else "writeOnly"
        out["required"] = [
            r for r in out["required"] if _resolve(root, properties.get(r)).get(skip) is not True
        ]
    for bound in ("Minimum", "Maximum"):
        flag = out.get(f"exclusive{bound}")
        if isinstance(flag, bool):
            limit = out.get(bound.lower())
            del out[f"exclusive{bound}"]
            if flag and isinstance(limit, (int, float)):
                out[f"exclusive{bound}"] = limit
                del out[bound.lower()]
    return out


# Keywords whose values are data, and those that map names to schemas.
_DATA = frozenset("example examples default enum const".split())
_BY_NAME = frozenset("properties patternProperties $defs definitions dependentSchemas".split())
# Keywords whose value must be a list of schemas.
_LISTS = frozenset("allOf anyOf oneOf prefixItems".split())


def _resolve(root: Any, schema: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 64:
        node = root
        try:
            for token in schema["$ref"][1:].lstrip("/").split("/"):
                token = unquote(token).replace("~1", "/").replace("~0", "~")
                node = node[int(token)] if isinstance(node, list) else node[token]
        except (KeyError, IndexError, ValueError, TypeError):
            return {}
        schema, seen = node, seen + 1
    return schema if isinstance(schema, dict) else {}


def _nullable_aware(name: str, check: Any) -> Any:
    def keyword(validator: Any, value: Any, instance: Any, schema: Any) -> Any:
        if instance is None and isinstance(schema, dict) and schema.get("nullable") is True:
            return
        if name in _LISTS and not isinstance(value, list):
            # `allOf: {"3": ...}` (dnd5eapi): no schemas, and the generator reads none;
            # kept in the tree, since other references point into it.
            return
        yield from check(validator, value, instance, schema) or ()

    return keyword


_Validator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator,
    {
        name: _nullable_aware(name, check)
        for name, check in jsonschema.Draft202012Validator.VALIDATORS.items()
    },
)


# The formats the client parses into types of their own (`date`, `datetime`): a value
# that breaks one (Codat's example `"fromDate": "2025-10-15T13:51:39.744Z"` for a date)
# is not one the schema allows, so it is a finding about the document, not a failure.
_FORMATS = jsonschema.FormatChecker(formats=["date", "date-time"])


class SchemaView:
    """Validators for schemas of one document, by JSON pointer, from one side."""

    def __init__(self, root: dict[str, Any], side: str = "response") -> None:
        self.root = converted(root, side)
        resource = referencing.Resource.from_contents(
            self.root, default_specification=referencing.jsonschema.DRAFT202012
        )
        self.registry: referencing.Registry[Any] = referencing.Registry().with_resource(
            URI, resource
        )
        self._validators: dict[str, jsonschema.protocols.Validator] = {}

    def validator(self, pointer: str) -> jsonschema.protocols.Validator:
        if pointer not in self._validators:
            self._validators[pointer] = _Validator(
                {"$ref": f"{URI}#{pointer}"}, registry=self.registry, format_checker=_FORMATS
            )
        return self._validators[pointer]

    def errors(self, pointer: str, instance: Any) -> list[str]:
        """Why `instance` is not allowed by the schema at `pointer` (empty: it is)."""
        found = []
        try:
            for error in self.validator(pointer).iter_errors(instance):
                where = "/".join(str(p) for p in error.absolute_path)
                found.append(f"at /{where}: {error.message[:300]}")
                if len(found) >= 3:
                    break
        except (TypeError, ValueError, jsonschema.exceptions.SchemaError) as exc:
            # A schema no validator can apply (`exclusiveMaximum: "1"`): nothing is judged.
            return [f"the schema cannot be applied: {exc}"]
        return found

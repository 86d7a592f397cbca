"""Values drawn by hypothesis-jsonschema: a second, independent source for conformance.

`instances` makes values the way we think clients break; a check fed only by it finds
only what we thought of. This source knows nothing of our biases: it reads the schema
as JSON Schema and draws what hypothesis's search draws (minimal shapes first: empty
strings, zeros, no optional property, then wider ones). What OpenAPI means beyond JSON
Schema is spelt out before drawing, so a draw is a payload the document allows:

- the view's conversion (`schema_view.converted`) for 3.0's bounds, and for readOnly
  and writeOnly required properties;
- `nullable: true` becomes "or null";
- a readOnly property is never sent, a writeOnly one never comes back;
- a discriminated union's member carries its own tag, and a parent that others extend
  by `allOf` may be any of them, tagged as theirs (as `instances` does);
- an object is closed where its schema says nothing of other properties: strict mode
  refuses them on purpose (`instances` adds none there either);
- references are inlined (the library resolves none across a document); a recursive
  one, or one deeper than `MAX_DEPTH`, allows nothing there;
- an array holds at most `_MORE_ITEMS` items beyond its least: the draws are a subset
  of what the schema allows, chosen for time, not a wider one.

Each draw is still judged by the validator in `check`, so a value this module gets
wrong is discarded, never counted against the client.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import HypothesisException
from hypothesis_jsonschema import _canonicalise, _from_schema, from_schema
from hypothesis_jsonschema._encode import encode_canonical_json
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from tests.conformance.instances import (
    _AS_ITSELF,
    MAX_DEPTH,
    CannotMake,
    Instances,
    Side,
    _describes_only,
    _unescape,
)
from tests.conformance.schema_view import converted

# Formats hypothesis-jsonschema draws; it refuses a schema with any other.
_KNOWN_FORMATS = frozenset(
    "date date-time time email idn-email hostname idn-hostname ipv4 ipv6 uri uri-reference "
    "iri iri-reference uuid json-pointer relative-json-pointer regex color".split()
)
# OpenAPI's keywords that JSON Schema 2020-12 does not have, or that only annotate.
_DROPPED = frozenset(
    "discriminator xml externalDocs example examples nullable readOnly writeOnly deprecated "
    "description title default $comment".split()
)
# Keywords whose value is one schema, a list of them, or a map of names to them.
_ONE = frozenset("items additionalProperties not contains propertyNames if then else".split())
_MANY = frozenset("allOf anyOf oneOf prefixItems".split())
_BY_NAME = frozenset("properties patternProperties dependentSchemas".split())
# An inlined schema larger than this is not drawn from (hypothesis-jsonschema would
# spend minutes canonicalising it): with --drawn it goes unchecked, counted as
# discarded; `instances`, which `make corpus` and `make test` use, still covers it.
_MAX_NODES = 4000
# An array holds at most this many items beyond its least: a payload's length is not
# where a client breaks, and long lists of nested objects made single draws take
# seconds (lago's ChargesPaginated: 19 s for 12 values).
_MORE_ITEMS = 2


class DrawnInstances(Instances):
    """`Instances` whose `make` draws from hypothesis-jsonschema; `variant` n is the
    n-th distinct draw (deterministic: hypothesis is derandomised)."""

    def __init__(self, root: dict[str, Any], seed: int, *, draws: int = 8) -> None:
        super().__init__(root, seed)
        self.draws = draws
        self.views = {side: converted(root, side) for side in ("response", "request")}
        self._drawn: dict[tuple[str, Side], list[Any] | CannotMake] = {}

    def make(self, schema: Any, side: Side = "response", *, variant: int = 0) -> Any:
        key = (json.dumps(schema, sort_keys=True, default=str), side)
        if key not in self._drawn:
            try:
                self._drawn[key] = self._draw(schema, side)
            except CannotMake as exc:
                self._drawn[key] = exc
        drawn = self._drawn[key]
        if isinstance(drawn, CannotMake):
            raise drawn
        if variant >= len(drawn):
            raise CannotMake(f"only {len(drawn)} distinct values were drawn")
        return drawn[variant]

    def _draw(self, schema: Any, side: Side) -> list[Any]:
        budget = [_MAX_NODES]
        plain = self._plain(converted(schema, side, self.root), side, 0, (), budget, closed=True)
        found: list[Any] = []
        seen: set[str] = set()

        @settings(
            max_examples=self.draws * 3,
            database=None,
            derandomize=True,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(from_schema(plain))
        def collect(value: Any) -> None:
            text = json.dumps(value, sort_keys=True)
            if text not in seen and len(found) < self.draws:
                seen.add(text)
                found.append(value)

        try:
            with _strategies_kept():
                collect()
        except (
            HypothesisException,
            ValueError,
            TypeError,
            KeyError,
            RecursionError,
            AssertionError,  # its own checks of a keyword it cannot read (`maximum: "1"`)
            SchemaError,  # a pattern Python cannot compile (`\p{L}`, AWS STS)
        ) as exc:
            raise CannotMake(f"hypothesis-jsonschema: {type(exc).__name__}: {exc}") from None
        return found

    # -- OpenAPI to plain JSON Schema ---------------------------------------------

    def _target(self, ref: str, side: Side) -> Any:
        node: Any = self.views[side]
        for token in ref[1:].lstrip("/").split("/"):
            token = _unescape(token)
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def _plain(
        self,
        node: Any,
        side: Side,
        depth: int,
        stack: tuple[str, ...],
        budget: list[int],
        *,
        closed: bool,
    ) -> Any:
        """`node` as plain JSON Schema; `closed`: its object allows only the properties
        it names (false for an allOf's part, which the whole names more of)."""
        budget[0] -= 1
        if budget[0] < 0:
            raise CannotMake(f"the inlined schema is over {_MAX_NODES} nodes")
        if not isinstance(node, dict):
            return node if isinstance(node, bool) else {}
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in stack or depth > MAX_DEPTH:
                return False
            if ref in self.families and _AS_ITSELF not in node:
                return self._family(ref, side, depth, stack, budget, closed=closed)
            target = self._target(ref, side)
            siblings = {k: v for k, v in node.items() if k not in ("$ref", _AS_ITSELF)}
            merged = {**target, **siblings} if isinstance(target, dict) else target
            return self._plain(merged, side, depth + 1, (*stack, ref), budget, closed=closed)
        own = node.get("properties")
        parted = isinstance(node.get("allOf"), list)
        branched = any(isinstance(node.get(k), list) for k in ("oneOf", "anyOf"))
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _DROPPED or key.startswith("x-"):
                continue
            if key == "format" and value not in _KNOWN_FORMATS:
                continue
            if key in _ONE:
                out[key] = self._plain(value, side, depth, stack, budget, closed=True)
            elif key in _MANY:
                # A part of allOf, or a member beside its parent's own properties, names
                # only some of what the whole allows; unless the other parts only describe
                # (box's `allOf: [{$ref: CollaborationItem}, {description: ...}]`).
                part = (key == "allOf" and not _described(node)) or (
                    key not in ("allOf", "prefixItems") and isinstance(own, dict)
                )
                if isinstance(value, list):
                    if key == "allOf":
                        # A parent an allOf extends is itself there, not its family.
                        value = [{**v, _AS_ITSELF: True} if _is_ref(v) else v for v in value]
                    out[key] = [
                        self._plain(v, side, depth, stack, budget, closed=closed and not part)
                        for v in value
                    ]
            elif key in _BY_NAME and isinstance(value, dict):
                out[key] = {
                    name: self._plain(v, side, depth, stack, budget, closed=True)
                    for name, v in value.items()
                    if not (key == "properties" and self._hidden(v, side))
                }
            else:
                out[key] = value
        discriminator = node.get("discriminator")
        for key in ("oneOf", "anyOf"):
            if key in out and isinstance(discriminator, dict):
                out[key] = [
                    self._tagged(member, option, discriminator)
                    for member, option in zip(out[key], node[key], strict=True)
                ]
        if closed and branched and isinstance(own, dict):
            # Properties beside a oneOf (svix's DestinationOut): each member is the whole
            # with its own names added, so each is closed on the parent's and its own.
            names = self._names(node, side)
            for key in ("oneOf", "anyOf"):
                if names is not None and isinstance(out.get(key), list):
                    out[key] = [
                        self._closed_member(member, option, names, side)
                        for member, option in zip(out[key], node[key], strict=True)
                    ]
        if "items" in out or "prefixItems" in out:
            least = max(_count(node.get("minItems")), len(node.get("prefixItems") or []))
            most = least + _MORE_ITEMS
            out["maxItems"] = min(_count(node.get("maxItems"), most), most)
        if closed and not branched and (isinstance(own, dict) or parted):
            names = self._names(node, side)
            if names is not None:
                out = _closed(out, names)
        if node.get("nullable") is True:
            return {"anyOf": [out, {"type": "null"}]}
        return out

    def _names(self, node: dict[str, Any], side: Side) -> set[str] | None:
        """Every property `node` and its allOf parts name; None where one of them allows
        others (additionalProperties or patternProperties), or branches."""
        names: set[str] = set()
        for part in [node, *(node.get("allOf") or [])]:
            part = self.resolve(part) if part is not node else part
            if any(k in part for k in ("additionalProperties", "patternProperties")):
                return None
            if part is not node and any(k in part for k in ("oneOf", "anyOf")):
                return None
            if part is not node and part.get("allOf"):
                inner = self._names(part, side)
                if inner is None:
                    return None
                names |= inner
            props = part.get("properties")
            if isinstance(props, dict):
                names |= {n for n, v in props.items() if not self._hidden(v, side)}
            # A name only `required` gives is a field too (of any value).
            names |= {r for r in part.get("required") or [] if isinstance(r, str)}
        return names

    def _closed_member(self, member: Any, option: Any, names: set[str], side: Side) -> Any:
        """`member` of a union beside its parent's `names`, allowing no other property;
        left open where it allows others itself."""
        if not isinstance(option, dict) or option.get("$ref") in self.families:
            return member  # a parent others extend may be any of them, each its own names
        own = self._names(self.resolve(option), side)
        if own is None or not isinstance(member, dict):
            return member
        return _closed(member, names | own)

    def _hidden(self, prop: Any, side: Side) -> bool:
        """A property this side never carries: readOnly in a request, writeOnly in a
        response."""
        skip = "readOnly" if side == "request" else "writeOnly"
        return self.resolve(prop).get(skip) is True

    def _family(
        self,
        ref: str,
        side: Side,
        depth: int,
        stack: tuple[str, ...],
        budget: list[int],
        *,
        closed: bool,
    ) -> Any:
        """A parent others extend: itself or any of them, each with its own tag."""
        discriminator = self.resolve({"$ref": ref})["discriminator"]
        members = [{"$ref": ref, _AS_ITSELF: True}, *({"$ref": r} for r in self.families[ref][1:])]
        return {
            "anyOf": [
                self._tagged(
                    self._plain(m, side, depth, stack, budget, closed=closed), m, discriminator
                )
                for m in members
            ]
        }

    def _tagged(self, member: Any, option: Any, discriminator: dict[str, Any]) -> Any:
        """`member` with its tag property held to the values that select `option`."""
        prop = discriminator.get("propertyName")
        if not isinstance(prop, str) or member is False:
            return member
        ref = option.get("$ref") if isinstance(option, dict) else None
        mapping = discriminator.get("mapping")
        values: list[str] = []
        if isinstance(ref, str) and isinstance(mapping, dict):
            values = [
                k
                for k, target in mapping.items()
                if str(target) == ref or f"#/components/schemas/{target}" == ref
            ]
        if not values:
            declared = self.resolve(
                self._merged(self.resolve(option)).get("properties", {}).get(prop)
            )
            if "const" in declared or declared.get("enum"):
                return member  # the member's own schema already holds the tag
            if not isinstance(ref, str):
                return member
            values = [_unescape(ref.rsplit("/", 1)[-1])]
        if isinstance(member, dict) and member.get("additionalProperties") is False:
            # A tag no member declares is a field of each (the generator adds it).
            member = _closed(member, {prop})
        tag = {"properties": {prop: {"enum": values}}, "required": [prop]}
        return {"allOf": [member, tag]}


@contextmanager
def _strategies_kept() -> Iterator[None]:
    """hypothesis-jsonschema builds the strategies for an object's properties again
    inside every draw, canonicalising each one's whole schema each time (clerk's
    Client.BillingCheckout: 52 s for 21 draws, nearly all of it there). The strategy
    for a list of schemas is the same every time, so within one `_draw` each is built
    once (8.6 s). It also checks every subschema against the metaschemas to choose a
    validator, which for the plain 2020-12 schemas `_plain` writes is always 2020-12's
    (5.5 s)."""
    build = _from_schema.merged_as_strategies
    choose = _canonicalise._get_validator_class
    kept: dict[str, Any] = {}

    def merged_as_strategies(schemas: list[Any], **options: Any) -> Any:
        key = encode_canonical_json(schemas)
        if key not in kept:
            kept[key] = build(schemas, **options)
        return kept[key]

    _from_schema.merged_as_strategies = merged_as_strategies
    _canonicalise._get_validator_class = lambda schema: Draft202012Validator
    try:
        yield
    finally:
        _from_schema.merged_as_strategies = build
        _canonicalise._get_validator_class = choose


def _closed(schema: dict[str, Any], names: set[str]) -> dict[str, Any]:
    """`schema` allowing no property but `names` (and those it already allows). Said as
    properties (any value where it names none) and no others, not as `propertyNames`:
    hypothesis-jsonschema draws names from `properties`, but would draw from a
    propertyNames enum and then discard most draws (55 times slower on lago's Alert)."""
    properties = {name: {} for name in sorted(names)} | dict(schema.get("properties") or {})
    return {**schema, "properties": properties, "additionalProperties": False}


def _described(node: dict[str, Any]) -> bool:
    """An allOf of one schema and parts that only describe it, with no properties beside:
    the schema is the whole."""
    parts = node.get("allOf")
    if not isinstance(parts, list) or node.get("properties"):
        return False
    return len([p for p in parts if not _describes_only(p)]) == 1


def _count(value: Any, default: int = 0) -> int:
    """A schema's minItems or maxItems, `default` where it has none that counts."""
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str)

"""JSON values that a schema of an OpenAPI document allows, made up from a seed.

Why our own generator rather than hypothesis-jsonschema: an OpenAPI schema means more
than its JSON Schema reading. A discriminated union's payloads carry the tag that
selects their member (a JSON Schema generator fills `type` with any string, which the
spec forbids), readOnly properties are never sent and writeOnly ones never come back,
and 3.0's `nullable` is a keyword JSON Schema does not know. Values are also biased to
where clients break: nulls, empty objects, every optional property or none, boundary
numbers, int64 beyond a float's precision, date-times with offsets and fractions.
Each value is then checked by a real JSON Schema validator (`schema_view`), so one
this module gets wrong is discarded, never counted against the client.
"""

from __future__ import annotations

import base64
import random
import string
import uuid
from collections.abc import Callable
from typing import Any, Literal
from urllib.parse import unquote

import rstr

Side = Literal["response", "request"]
_MISSING = object()
MAX_DEPTH = 6


class CannotMake(Exception):
    """No value fits (contradictory constraints, or recursion that never ends)."""


def _unescape(token: str) -> str:
    """A JSON pointer token, as a `$ref` (a URI fragment) writes it too: `%7BshipSymbol%7D`
    is `{shipSymbol}`."""
    return unquote(token).replace("~1", "/").replace("~0", "~")


class _ShortRepeats(rstr.Rstr):
    """rstr repeats `*` and `+` up to 100 times: nested (DigitalOcean's domain pattern
    `((xn--)?[a-z0-9]+(-[a-z0-9]+)*\\.)+`) that is strings of a million characters, and
    minutes per value. Here a repeat goes at most 6 times past its minimum: what it makes
    still matches the pattern."""

    def _handle_repeat(self, start_range: int, end_range: int, value: str) -> str:
        return super()._handle_repeat(start_range, min(end_range, start_range + 6), value)


class Instances:
    def __init__(self, root: dict[str, Any], seed: int) -> None:
        self.root = root
        self.rng = random.Random(seed)
        self.xeger = _ShortRepeats(self.rng)
        self.families = _families(root)

    # -- resolving ------------------------------------------------------------

    def at(self, pointer: str) -> Any:
        node: Any = self.root
        for token in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
            token = _unescape(token)
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def resolve(self, schema: Any) -> dict[str, Any]:
        """A schema with `$ref` followed; siblings of the reference are kept over it, but
        a list keyword that is no list (dnd5eapi's `allOf: {"3": ...}`) is no schema, as
        the generator and the view read it, and hides nothing of the target."""
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 64:
            target = self.at(schema["$ref"][1:])
            siblings = {
                k: v
                for k, v in schema.items()
                if k != "$ref" and (k not in _LIST_KEYWORDS or isinstance(v, list))
            }
            schema = {**target, **siblings} if isinstance(target, dict) else target
            seen += 1
        return schema if isinstance(schema, dict) else {}

    # -- making values ------------------------------------------------------------

    def make(self, schema: Any, side: Side = "response", *, variant: int = 0) -> Any:
        """One value allowed by `schema`. `variant` 0 keeps to what is required, 1 fills
        every optional property; others choose at random."""
        return self._value(schema, side, 0, variant)

    def _value(self, raw: Any, side: Side, depth: int, variant: int) -> Any:
        ref = raw.get("$ref") if isinstance(raw, dict) else None
        if isinstance(ref, str) and ref in self.families and _AS_ITSELF not in raw:
            # A parent with a discriminator that others extend: a payload of it may be
            # one of theirs, tagged as theirs (a Pet may be a Dog).
            family = self.families[ref]
            members = [{"$ref": ref, _AS_ITSELF: True}, *({"$ref": r} for r in family[1:])]
            union = {"discriminator": self.resolve({"$ref": ref})["discriminator"]}
            return self._union(union, "oneOf", members, side, depth, variant)
        schema = self.resolve(raw)
        if depth > MAX_DEPTH:
            variant = 0
        if self._nullable(schema) and (
            depth > MAX_DEPTH or (variant > 1 and self.rng.random() < 0.15)
        ):
            return None
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return self._enum(schema)
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if isinstance(options, list) and options:
                return self._union(schema, key, options, side, depth, variant)
        if isinstance(schema.get("allOf"), list):
            bearing = [p for p in schema["allOf"] if not _describes_only(p)]
            if len(bearing) == 1 and not schema.get("properties"):
                # `allOf: [{$ref: Key}, {description: ...}]`: a Key, a string if Key is one.
                return self._value(bearing[0], side, depth, variant)
            parts = [self.resolve(p) for p in schema["allOf"]]
            kinds = {p.get("type") for p in [schema, *parts] if isinstance(p.get("type"), str)}
            if len(kinds) == 1 and kinds != {"object"} and not any("allOf" in p for p in parts):
                # Parts that are all strings (or numbers...): one value all of them allow.
                scalar = {k: v for p in parts for k, v in p.items()}
                scalar.update({k: v for k, v in schema.items() if k != "allOf"})
                return self._value(scalar, side, depth, variant)
            return self._object(self._merged(schema), side, depth, variant)
        kind = self._kind(schema)
        if kind == "object":
            return self._object(schema, side, depth, variant)
        if kind == "array":
            return self._array(schema, side, depth, variant)
        if kind == "string":
            return self._string(schema)
        if kind == "integer":
            return self._integer(schema)
        if kind == "number":
            return self._number(schema)
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind == "null":
            return None
        return self._anything(depth)

    def _nullable(self, schema: dict[str, Any]) -> bool:
        t = schema.get("type")
        return (
            schema.get("nullable") is True
            or (isinstance(t, list) and "null" in t)
            or None in (schema.get("enum") or [0])
        )

    def _kind(self, schema: dict[str, Any]) -> str | None:
        t = schema.get("type")
        if isinstance(t, list):
            choices = [x for x in t if x != "null"]
            return self.rng.choice(choices) if choices else "null"
        if isinstance(t, str):
            return t
        if "properties" in schema or "additionalProperties" in schema or "required" in schema:
            return "object"
        if "items" in schema:
            return "array"
        return None

    def _enum(self, schema: dict[str, Any]) -> Any:
        t = schema.get("type")
        types = t if isinstance(t, list) else [t] if isinstance(t, str) else []
        fits: dict[str, Callable[[Any], bool]] = {
            "string": lambda v: isinstance(v, str),
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
            "boolean": lambda v: isinstance(v, bool),
        }
        values = [
            v
            for v in schema["enum"]
            if v is not None and (not types or any(fits.get(x, lambda _: True)(v) for x in types))
        ]
        if not values:
            raise CannotMake("no enum value is of the declared type")
        return self.rng.choice(values)

    def _union(
        self,
        schema: dict[str, Any],
        key: str,
        options: list[Any],
        side: Side,
        depth: int,
        variant: int,
    ) -> Any:
        order = list(range(len(options)))
        self.rng.shuffle(order)
        last: CannotMake | None = None
        for index in order:
            option = options[index]
            try:
                value = self._value(option, side, depth + 1, variant)
            except CannotMake as exc:
                last = exc
                continue
            if schema.get("properties") and isinstance(value, dict):
                own = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
                value = {**self._object(own, side, depth, variant), **value}
            tag = self._tag(schema.get("discriminator"), option)
            if tag is not None and isinstance(value, dict):
                value[tag[0]] = tag[1]
            return value
        raise last or CannotMake(f"no {key} member can be made")

    def _tag(self, discriminator: Any, option: Any) -> tuple[str, Any] | None:
        """The discriminator value a payload of `option` carries: its `mapping` key, else
        the value its own schema declares for the property (a payload with any other would
        break the member's own schema), else the schema's name (the implicit mapping)."""
        if not isinstance(discriminator, dict) or not isinstance(
            discriminator.get("propertyName"), str
        ):
            return None
        prop = discriminator["propertyName"]
        ref = option.get("$ref") if isinstance(option, dict) else None
        mapping = discriminator.get("mapping")
        if isinstance(ref, str) and isinstance(mapping, dict):
            keys = [
                k
                for k, target in mapping.items()
                if str(target) == ref or f"#/components/schemas/{target}" == ref
            ]
            if keys:
                return prop, self.rng.choice(keys)
        declared = self.resolve(self._merged(self.resolve(option)).get("properties", {}).get(prop))
        if "const" in declared or declared.get("enum"):
            return None  # the member's own value is already what it made
        if isinstance(ref, str):
            return prop, _unescape(ref.rsplit("/", 1)[-1])
        return None

    def _merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        """allOf folded into one object schema (properties and required, merged)."""
        properties: dict[str, Any] = {}
        required: list[str] = []
        extra: Any = _MISSING
        rest: dict[str, Any] = {}
        for part in [schema, *[self.resolve(p) for p in schema.get("allOf") or []]]:
            if part is not schema and part.get("allOf"):
                part = self._merged(part)
            properties.update(part.get("properties") or {})
            required += [r for r in part.get("required") or [] if r not in required]
            if "additionalProperties" in part and extra is _MISSING:
                extra = part["additionalProperties"]
            for k in ("minProperties", "maxProperties"):
                if k in part:
                    rest[k] = part[k]
        out: dict[str, Any] = {"type": "object", "properties": properties, "required": required}
        if extra is not _MISSING:
            out["additionalProperties"] = extra
        return {**out, **rest}

    def _object(self, schema: dict[str, Any], side: Side, depth: int, variant: int) -> Any:
        if schema.get("allOf"):
            schema = self._merged(schema)
        properties: dict[str, Any] = schema.get("properties") or {}
        required = {r for r in schema.get("required") or [] if isinstance(r, str)}
        skip = "readOnly" if side == "request" else "writeOnly"
        out: dict[str, Any] = {}
        for name in sorted(set(properties) | required):
            prop = self.resolve(properties.get(name, {}))
            if prop.get(skip) is True and name not in required:
                continue
            if name not in required:
                wanted = variant == 1 or (variant > 1 and self.rng.random() < 0.5)
                if not wanted or depth >= MAX_DEPTH:
                    continue
            try:
                out[name] = self._value(properties.get(name, {}), side, depth + 1, variant)
            except CannotMake:
                if name in required:
                    raise
        extra = schema.get("additionalProperties", _MISSING)
        minimum = schema.get("minProperties", 0)
        # Unknown properties only where the schema says so: strict mode rejects others
        # on purpose (it exists to notice a server that drifted from its spec).
        if extra is not _MISSING and extra is not False and (variant > 0 or len(out) < minimum):
            value_schema = extra if isinstance(extra, dict) else {}
            for n in range(max(1, minimum - len(out)) if variant else minimum - len(out)):
                key = f"extra_{n}"
                if key not in properties:
                    out[key] = self._value(value_schema, side, depth + 1, variant)
        return out

    def _array(self, schema: dict[str, Any], side: Side, depth: int, variant: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", low + 3))
        if depth >= MAX_DEPTH or variant == 0:
            count = low if variant == 0 else low
        else:
            count = self.rng.randint(low, max(low, min(high, low + 3)))
        items = schema.get("items", {})
        out: list[Any] = []
        seen: set[str] = set()
        attempts = 0
        while len(out) < count and attempts < count * 5 + 5:
            attempts += 1
            value = self._value(items, side, depth + 1, variant if variant != 1 else 2)
            if schema.get("uniqueItems"):
                key = repr(value)
                if key in seen:
                    continue
                seen.add(key)
            out.append(value)
        if len(out) < low:
            raise CannotMake("cannot make enough distinct items")
        return out

    def _string(self, schema: dict[str, Any]) -> str:
        fmt = schema.get("format")
        maker = _FORMATS.get(fmt) if isinstance(fmt, str) else None
        if maker is not None:
            return maker(self.rng)
        pattern = schema.get("pattern")
        low = int(schema.get("minLength", 0))
        high = int(schema.get("maxLength", max(low, 12)))
        if isinstance(pattern, str):
            for _ in range(20):
                try:
                    text = self.xeger.xeger(pattern)
                except Exception as exc:  # rstr cannot read every regex
                    raise CannotMake(f"pattern {pattern!r}: {exc}") from None
                if low <= len(text) <= high:
                    return text
            raise CannotMake(f"pattern {pattern!r} with length {low}..{high}")
        length = self.rng.randint(low, max(low, min(high, low + 12)))
        alphabet = string.ascii_letters + string.digits + " -_'\"é"
        return "".join(self.rng.choice(alphabet) for _ in range(length))

    def _integer(self, schema: dict[str, Any]) -> int:
        low, high = _bounds(schema, integer=True)
        step = schema.get("multipleOf")
        if schema.get("format") == "int64" and low is None and high is None:
            choices = [0, -1, 2**53 + 1, -(2**62), self.rng.randint(-1000, 1000)]
            return self.rng.choice(choices)
        lo = int(low) if low is not None else -1000
        hi = int(high) if high is not None else max(lo, 0) + 1000
        if lo > hi:
            raise CannotMake("empty integer range")
        if isinstance(step, int) and step > 0:
            first = -(-lo // step) * step
            if first > hi:
                raise CannotMake("no multiple in range")
            return first + step * self.rng.randint(0, (hi - first) // step)
        return self.rng.choice([lo, hi, self.rng.randint(lo, hi)])

    def _number(self, schema: dict[str, Any]) -> float | int:
        low, high = _bounds(schema, integer=False)
        step = schema.get("multipleOf")
        lo = float(low) if low is not None else -1e6
        hi = float(high) if high is not None else max(lo, 0.0) + 1e6
        if isinstance(step, (int, float)) and step > 0:
            n = self.rng.randint(int(-(-lo // step)), int(hi // step))
            return n * step
        value = self.rng.choice([lo, hi, round(self.rng.uniform(lo, hi), 3), 0.5, 2])
        return min(max(value, lo), hi)

    def _anything(self, depth: int) -> Any:
        choices: list[Any] = ["text", 7, 2.5, True, None, {}, []]
        if depth < 2:
            choices.append({"nested": [1, "two"]})
        return self.rng.choice(choices)


_LIST_KEYWORDS = frozenset({"allOf", "anyOf", "oneOf", "enum", "required"})

_ANNOTATIONS = frozenset(
    "description title example examples default deprecated readOnly writeOnly nullable "
    "externalDocs xml $comment".split()
)


def _describes_only(part: Any) -> bool:
    """An allOf part that says nothing of what the value is (`{description: ...}`)."""
    return (
        isinstance(part, dict)
        and "$ref" not in part
        and all(k in _ANNOTATIONS or k.startswith("x-") for k in part)
    )


# Marks the reference to a parent among its family's options: itself, not the family.
_AS_ITSELF = "x-conformance-itself"


def _families(root: dict[str, Any]) -> dict[str, list[str]]:
    """Each component with a discriminator (and no oneOf/anyOf) that others extend by
    `allOf`, at any depth: its reference, and it followed by theirs."""
    schemas = (root.get("components") or {}).get("schemas") or {}
    refs = {
        name: "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1")
        for name in schemas
    }
    extends: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        for part in (schema.get("allOf") or []) if isinstance(schema, dict) else []:
            parent = part.get("$ref") if isinstance(part, dict) else None
            if isinstance(parent, str) and parent != refs[name]:
                extends.setdefault(parent, []).append(refs[name])
    families: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        if not isinstance(schema, dict) or "oneOf" in schema or "anyOf" in schema:
            continue
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(
            discriminator.get("propertyName"), str
        ):
            continue
        family = [refs[name]]
        for member in family:
            family += [c for c in extends.get(member, []) if c not in family]
        if len(family) > 1:
            families[refs[name]] = family
    return families


def _bounds(schema: dict[str, Any], *, integer: bool) -> tuple[float | None, float | None]:
    low = schema.get("minimum")
    high = schema.get("maximum")
    xlow, xhigh = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    nudge = 1 if integer else 1e-3
    if isinstance(xlow, bool):  # OpenAPI 3.0: a flag on minimum
        xlow = low if xlow else None
    if isinstance(xhigh, bool):
        xhigh = high if xhigh else None
    if isinstance(xlow, (int, float)):
        low = max(low, xlow + nudge) if isinstance(low, (int, float)) else xlow + nudge
    if isinstance(xhigh, (int, float)):
        high = min(high, xhigh - nudge) if isinstance(high, (int, float)) else xhigh - nudge
    if integer:
        low = -int(-low // 1) if isinstance(low, (int, float)) else None
        high = int(high // 1) if isinstance(high, (int, float)) else None
    return low, high


def _date_time(rng: random.Random) -> str:
    base = f"20{rng.randint(10, 30)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    fraction = rng.choice(["", ".5", ".123456"])
    zone = rng.choice(["Z", "+00:00", "+05:30", "-08:00"])
    return f"{base}T{clock}{fraction}{zone}"


_FORMATS: dict[str, Callable[[random.Random], str]] = {
    "date-time": _date_time,
    "date": lambda r: f"20{r.randint(10, 30)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    "uuid": lambda r: str(uuid.UUID(int=r.getrandbits(128), version=4)),
    "email": lambda r: f"user{r.randint(1, 99)}@example.com",
    "uri": lambda r: f"https://example.com/p/{r.randint(1, 99)}",
    "url": lambda r: f"https://example.com/p/{r.randint(1, 99)}",
    "hostname": lambda r: f"host{r.randint(1, 9)}.example.com",
    "ipv4": lambda r: ".".join(str(r.randint(0, 255)) for _ in range(4)),
    "ipv6": lambda r: "2001:db8::" + format(r.getrandbits(16), "x"),
    "byte": lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(6))).decode(),
    "binary": lambda r: "".join(r.choice(string.ascii_letters) for _ in range(8)),
}

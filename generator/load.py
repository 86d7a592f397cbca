"""Stage 1: read a spec (YAML or JSON, one file or several) into one bundled tree.

Out comes a `Document`: the tree with every external `$ref` brought into it, every
local `$ref` checked, and the validator's findings kept as warnings. Bad input
raises `SpecError` naming the file, the line, the JSON pointer and the reason.
"""

from __future__ import annotations

import base64
import datetime
import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from generator.errors import SpecError, escape_pointer, join_pointer, unescape_pointer
from generator.ir.model import Warning

Tree = Any  # JSON-like data: dict, list, str, int, float, bool, None

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int) -> None:
        self.key, self.line = key, line


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """YAML as OpenAPI means it, 1.2 (PyYAML reads 1.1): a plain scalar is null, a
    boolean, an integer or a float only by 1.2's core schema, and a string otherwise
    (`on`, `16:9`, `=`, a date, where 1.1 has booleans, base-60 numbers and a value
    tag no loader constructs); `1e+09` is a float, where 1.1 has a string. A number
    led by a zero (`0866`, an IMSI's `0819...`) stays the text it is, as JSON has no
    such number: 1.1 reads it as octal, 1.2 drops the zero, and its author most often
    meant a code. A key is its text, as OpenAPI requires (`1e3` stays "1e3"), and a key
    given twice is an error rather than the first value silently lost."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self._key(key_node, deep)
            if key in seen:
                raise _DuplicateKey(str(key), key_node.start_mark.line + 1)
            seen.add(key)
        self.flatten_mapping(node)  # merge keys (`<<: *base`) first, so the node's own win
        return {
            self._key(key_node, deep): self.construct_object(value_node, deep=deep)
            for key_node, value_node in node.value
        }

    def _key(self, node: yaml.Node, deep: bool) -> Any:
        return (
            node.value if isinstance(node, yaml.ScalarNode) else self.construct_object(node, deep)
        )

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        text = str(self.construct_scalar(node))
        for prefix, base in (("0o", 8), ("0x", 16)):
            if text.startswith(prefix):
                return int(text[2:], base)
        return int(text)

    def construct_yaml_float(self, node: yaml.ScalarNode) -> float:
        text = str(self.construct_scalar(node)).lower()
        if text.endswith((".inf", ".nan")):
            return float(text.replace(".", ""))  # "+inf", "-inf", "nan"
        return float(text)


# YAML 1.2's core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution), resolved in
# this order, less numbers led by a zero; the merge key stays, as most tools read it.
_CORE_SCALARS = (
    ("tag:yaml.org,2002:null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"true|True|TRUE|false|False|FALSE", list("tTfF")),
    (
        "tag:yaml.org,2002:int",
        r"[-+]?(0|[1-9][0-9]*)|0o[0-7]+|0x[0-9a-fA-F]+",
        list("-+0123456789"),
    ),
    (
        "tag:yaml.org,2002:float",
        r"[-+]?(\.[0-9]+|(0|[1-9][0-9]*)(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
        r"|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)",
        list("-+.0123456789"),
    ),
)
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:merge"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
for _tag, _pattern, _first in _CORE_SCALARS:
    _Loader.add_implicit_resolver(_tag, re.compile(f"^(?:{_pattern})$"), _first)
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
_Loader.add_constructor("tag:yaml.org,2002:float", _Loader.construct_yaml_float)


@dataclass
class Document:
    """A bundled OpenAPI document and where it came from."""

    path: Path
    root: dict[str, Any]
    text: str
    warnings: list[Warning] = field(default_factory=list)
    # Every other file the document's $refs pulled in: path relative to the document's
    # folder (POSIX style) -> text.
    referenced: dict[str, str] = field(default_factory=dict)

    def resolve(self, ref: str) -> Tree:
        """The node a local `#/...` reference points at (references were checked at load)."""
        return _walk(self.root, ref[1:])

    def follow(self, node: Tree, pointer: str = "") -> tuple[Tree, str]:
        """`node` with its references followed, and the JSON pointer of where it really
        is (`pointer` is where `node` sits, if it is no reference)."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 50:
            pointer = node["$ref"][1:]
            node = self.resolve(node["$ref"])
            seen += 1
        return node, pointer

    def line_of(self, pointer: str) -> int | None:
        return line_of(self.path, self.text, pointer)


def load(path: Path, *, validate: bool = True, cache_dir: Path | None = None) -> Document:
    text = _read(path)
    root = parse(path, text)
    if not isinstance(root, dict):
        raise SpecError(path, "", "the document is not a mapping (expected an OpenAPI object)", 1)
    _check_version(path, text, root)
    bundler = _Bundler(path)
    root = bundler.bundle(root, text)
    main = path.resolve()
    doc = Document(
        path=path,
        root=root,
        text=text,
        referenced={
            Path(os.path.relpath(file, main.parent)).as_posix(): file_text
            for file, (file_text, _) in sorted(bundler.files.items())
            if file != main
        },
        warnings=list(bundler.warnings),
    )
    _check_local_refs(doc)
    if validate:
        from generator.validator import findings

        doc.warnings.extend(findings(root, text, cache_dir))
    return doc


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(path, "", "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(path, "", f"cannot read the file: {exc}") from None


def parse(path: Path, text: str) -> Tree:
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(
                path, "", f"invalid JSON: {exc.msg} (column {exc.colno})", exc.lineno
            ) from None
    else:
        try:
            data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
        except _DuplicateKey as exc:
            raise SpecError(
                path,
                _mapping_at_line(text, exc.line),
                f"duplicate key {exc.key!r}: a key may appear only once in a mapping",
                exc.line,
            ) from None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else None
            reason = " ".join(str(p) for p in (exc.context, exc.problem) if p)
            raise SpecError(path, "", f"invalid YAML: {reason}", line) from None
        except yaml.YAMLError as exc:
            raise SpecError(path, "", f"invalid YAML: {exc}") from None
    return json_values(data)


def json_values(node: Tree) -> Tree:
    """The tree as plain JSON values, whatever YAML made of it: `200:` as an integer key
    means the string "200"; an explicit `!!timestamp` or `!!binary`, a set or a
    non-finite number has no JSON spelling, so it becomes a string (or a list)."""
    if isinstance(node, dict):
        return {_json_key(k): json_values(v) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [json_values(v) for v in node]
    if node is None or isinstance(node, (str, bool, int)):
        return node
    if isinstance(node, float):
        return node if math.isfinite(node) else str(node)
    if isinstance(node, (datetime.date, datetime.datetime)):
        return node.isoformat()
    if isinstance(node, bytes):
        return base64.b64encode(node).decode("ascii")
    if isinstance(node, (set, frozenset)):
        return sorted((json_values(v) for v in node), key=repr)
    return str(node)


def _json_key(key: object) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, bool):
        return "true" if key else "false"
    value = json_values(key)
    return value if isinstance(value, str) else json.dumps(value)


def _check_version(path: Path, text: str, root: dict[str, Any]) -> None:
    if "swagger" in root:
        raise SpecError(
            path,
            "/swagger",
            f"Swagger {root['swagger']} documents are not supported; convert the document to "
            "OpenAPI 3 first (for example with swagger2openapi)",
            line_of(path, text, "/swagger"),
        )
    version = root.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise SpecError(
            path,
            "/openapi",
            f"expected an OpenAPI 3.x document, found openapi: {version!r}",
            line_of(path, text, "/openapi") if "openapi" in root else 1,
        )


def _walk(root: Tree, pointer: str) -> Tree:
    node = root
    if pointer in ("", "/"):
        return node
    for raw in pointer.lstrip("/").split("/"):
        token = unescape_pointer(unquote(raw))
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


class _Bundler:
    """Brings `$ref`s to other files into the main tree.

    A reference to a named component of another file (`other.yaml#/components/schemas/X`)
    becomes a local component of the same name; any other external target is inlined.
    """

    def __init__(self, main: Path) -> None:
        self.main = main.resolve()
        self.files: dict[Path, tuple[str, Tree]] = {}
        self.hoisted: dict[tuple[Path, str], str] = {}  # (file, pointer) -> local ref
        self.components: dict[str, dict[str, Any]] = {}
        self.taken: dict[str, set[str]] = {}  # component names in use, per kind
        self.stack: list[tuple[Path, str]] = []
        self.warnings: list[Warning] = []

    def bundle(self, root: dict[str, Any], text: str) -> dict[str, Any]:
        self.files[self.main] = (text, root)
        for kind, entries in (root.get("components") or {}).items():
            if isinstance(entries, dict):
                self.taken.setdefault(kind, set()).update(entries)
        bundled = self._visit(root, self.main, "")
        if self.components:
            comps = bundled.setdefault("components", {})
            for kind, entries in self.components.items():
                comps.setdefault(kind, {}).update(entries)
        assert isinstance(bundled, dict)
        return bundled

    def _visit(self, node: Tree, file: Path, pointer: str) -> Tree:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                return self._external(ref, node, file, pointer)
            if isinstance(ref, str) and file != self.main:
                # A local reference inside another file points into that file.
                return self._external(ref, node, file, pointer)
            return {k: self._visit(v, file, join_pointer(pointer, k)) for k, v in node.items()}
        if isinstance(node, list):
            return [self._visit(v, file, join_pointer(pointer, i)) for i, v in enumerate(node)]
        return node

    def _external(self, ref: str, node: dict[str, Any], file: Path, pointer: str) -> Tree:
        target_name, _, fragment = ref.partition("#")
        target = (file.parent / unquote(target_name)).resolve() if target_name else file
        if target == self.main:
            return {**node, "$ref": f"#{fragment}"}
        text, tree = self._file(target, file, pointer)
        key = (target, fragment)
        if key in self.hoisted:
            return {"$ref": self.hoisted[key]}
        try:
            found = _walk(tree, fragment)
        except KeyError:
            return self._unresolvable(
                node,
                file,
                pointer,
                f"unresolvable $ref {ref!r}: {target.name} has no {fragment or '/'}",
            )
        parts = fragment.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "components":
            return self._hoist(key, parts[1], unescape_pointer(parts[2]), found)
        if _looks_like_schema(found):
            # A named schema of another file (`defs.yaml#/Agent`, or the whole file) becomes
            # a component: it keeps its name, and a schema that refers to itself works.
            name = unescape_pointer(parts[-1]) if fragment.strip("/") else target.stem
            return self._hoist(key, "schemas", name, found)
        if key in self.stack:
            raise SpecError(
                file,
                pointer,
                f"$ref cycle through {ref!r} across files cannot be bundled: "
                "only schemas may refer to themselves",
                line_of(file, self.files[file][0], pointer),
            )
        self.stack.append(key)
        try:
            return self._visit(found, target, fragment)
        finally:
            self.stack.pop()

    def _unresolvable(self, node: dict[str, Any], file: Path, pointer: str, reason: str) -> Tree:
        """What cannot be resolved is left untyped, with a warning (an error under
        --strict), so that one bad reference does not cost the rest of the document."""
        where = "" if file == self.main else f" (in {os.path.relpath(file, self.main.parent)})"
        self.warnings.append(
            Warning(join_pointer(pointer, "$ref"), f"{reason}{where}; typed as any JSON value")
        )
        return {k: v for k, v in node.items() if k != "$ref"}

    def _hoist(self, key: tuple[Path, str], kind: str, name: str, found: Tree) -> Tree:
        """Make another file's component a local one, under a name no other one has."""
        taken = self.taken.setdefault(kind, set())
        unique, n = name, 2
        while unique in taken:
            unique = f"{name}{n}"
            n += 1
        taken.add(unique)
        local = f"#/components/{kind}/{escape_pointer(unique)}"
        self.hoisted[key] = local
        self.components.setdefault(kind, {})[unique] = self._visit(found, key[0], key[1])
        return {"$ref": local}

    def _file(self, target: Path, referrer: Path, pointer: str) -> tuple[str, Tree]:
        if target not in self.files:
            try:
                text = target.read_text(encoding="utf-8")
            except OSError as exc:
                shown = os.path.relpath(target, referrer.parent)
                raise SpecError(
                    referrer,
                    join_pointer(pointer, "$ref"),
                    f"cannot read {shown}, which this $ref names: {exc.strerror or exc}",
                    line_of(referrer, self.files[referrer][0], pointer),
                ) from None
            self.files[target] = (text, parse(target, text))
        return self.files[target]


_SCHEMA_KEYS = frozenset(
    {
        "type",
        "properties",
        "allOf",
        "oneOf",
        "anyOf",
        "items",
        "enum",
        "const",
        "additionalProperties",
    }
)


def _looks_like_schema(node: Tree) -> bool:
    """A schema object, not a parameter, response or other OpenAPI object."""
    return (
        isinstance(node, dict)
        and bool(_SCHEMA_KEYS & node.keys())
        and not {"in", "content", "schema"} & node.keys()
    )


def _check_local_refs(doc: Document) -> None:
    """Every `#/...` reference resolves, and no schema is only a reference to itself.

    A reference that resolves nowhere is dropped with a warning: the schema it stood for
    becomes untyped, and everything else still generates."""
    stack: list[tuple[Tree, str]] = [(doc.root, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not _check_ref(doc, ref, pointer):
                enclosing = _enclosing_definitions(doc, ref, pointer)
                if enclosing is None:
                    reason = f"unresolvable $ref {ref!r}; typed as any JSON value"
                    del node["$ref"]
                else:
                    reason = (
                        f"$ref {ref!r} resolves nowhere from the document's root; read against "
                        f"the enclosing schema at {enclosing}, whose definitions it names"
                    )
                    node["$ref"] = "#" + enclosing + ref[1:]
                doc.warnings.append(Warning(join_pointer(pointer, "$ref"), reason))
            for k, v in node.items():
                if isinstance(v, (dict, list)):
                    stack.append((v, join_pointer(pointer, k)))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                if isinstance(v, (dict, list)):
                    stack.append((v, join_pointer(pointer, i)))


def _enclosing_definitions(doc: Document, ref: str, pointer: str) -> str | None:
    """The nearest schema around `pointer` in which `#/$defs/X` resolves, or None.

    A JSON Schema pasted into a document with its own `$defs` (what pydantic's
    `model_json_schema()` writes) keeps references like `#/$defs/X`. Without an `$id`,
    they resolve against the document's root, where nothing is: the author meant the
    schema they pasted, which is what this finds."""
    if not re.match(r"#/(\$defs|definitions)/", ref):
        return None
    parts = pointer.split("/")
    for end in range(len(parts) - 1, 0, -1):
        enclosing = "/".join(parts[:end])
        try:
            _walk(doc.root, enclosing + ref[1:])
        except KeyError:
            continue
        return enclosing
    return None


def _check_ref(doc: Document, ref: str, pointer: str) -> bool:
    """False for a reference that resolves nowhere; an error for a cycle of references."""
    seen = [pointer]
    current = ref
    while True:
        try:
            target = doc.resolve(current)
        except KeyError:
            # Only the first link is reported: a later one is checked where it sits.
            return current != ref
        if not (isinstance(target, dict) and isinstance(target.get("$ref"), str)):
            return True
        if current[1:] in seen:
            raise SpecError(
                doc.path,
                join_pointer(pointer, "$ref"),
                f"$ref cycle: {' -> '.join(seen[1:] + [current[1:]])}: each is only a reference to "
                "the next, so none has a type",
                doc.line_of(pointer),
            )
        seen.append(current[1:])
        current = target["$ref"]


def _mapping_at_line(text: str, line: int) -> str:
    """The JSON pointer of the mapping that has a key on `line` (for duplicate keys)."""
    try:
        root = yaml.compose(text, Loader=_BaseLoader)
    except yaml.YAMLError:
        return ""
    stack: list[tuple[yaml.Node, str]] = [(root, "")] if root is not None else []
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.start_mark.line + 1 == line:
                    return pointer
                stack.append((value, join_pointer(pointer, str(key.value))))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, join_pointer(pointer, i)) for i, item in enumerate(node.value))
    return ""


def line_of(path: Path, text: str, pointer: str) -> int | None:
    """The 1-based line where `pointer` sits in the file, found only when reporting an error."""
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node else None
    for raw in [t for t in pointer.lstrip("/").split("/") if t]:
        token = unescape_pointer(raw)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if str(key.value) == token:
                    node = value
                    line = key.start_mark.line + 1
                    break
            else:
                return line
        elif (
            isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value)
        ):
            node = node.value[int(token)]
            line = node.start_mark.line + 1
        else:
            return line
    return line

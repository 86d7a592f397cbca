"""The import lines each generated module needs, worked out from the types it uses."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from generator.ir.model import Alias, Model, Operation, Resource, TypeRef
from generator.ir.modules import TypeModule


def _kinds(types: Iterable[TypeRef]) -> set[str]:
    kinds: set[str] = set()
    for t in types:
        kinds |= t.kinds()
    return kinds


def _stdlib(package: str, types: list[TypeRef], *, request: bool, style: str) -> list[str]:
    """Imports of the standard library, pydantic and the runtime that `types` need."""
    kinds = _kinds(types)
    lines: list[str] = []
    datetime_names = sorted(k for k in kinds if k in ("date", "datetime"))
    if datetime_names:
        lines.append(f"from datetime import {', '.join(datetime_names)}")
    collections: list[str] = []
    if request and "list" in kinds:
        collections.append("Sequence")
    if request and "dict" in kinds:
        collections.append("Mapping")
    if collections:
        lines.append(f"from collections.abc import {', '.join(collections)}")
    typing_names: set[str] = set()
    if "literal" in kinds:
        typing_names.add("Literal")
    if "tagged" in kinds and not request:
        typing_names.add("Annotated")
        lines.append(f"from {package}._runtime.unions import Tagged")
    if "exact" in kinds and not request:
        typing_names.add("Annotated")
        lines.append(f"from {package}._runtime.unions import PreferExact")
    if "uuid" in kinds and request:
        lines.append("from uuid import UUID")
    if style == "resource" and not request and kinds & {"list", "dict"}:
        lines.append("import builtins")
    if typing_names:
        lines.append(f"from typing import {', '.join(sorted(typing_names))}")
    return lines


def _named(package: str, pairs: Iterable[tuple[str, str]]) -> list[str]:
    by_module: dict[str, set[str]] = {}
    for module, name in pairs:
        by_module.setdefault(module, set()).add(name)
    return [
        f"from {package}.types.{m} import {', '.join(sorted(n))}"
        for m, n in sorted(by_module.items())
    ]


FUTURE = "from __future__ import annotations"


def type_module_imports(package: str, group: TypeModule) -> str:
    """Imports of a module under types/ that defines `group`'s models and aliases."""
    types = [t for m in group.models for t in m.types] + [a.type for a in group.aliases]
    lines = [FUTURE] + _stdlib(package, types, request=False, style="model")
    if group.models:
        lines.append(f"from {package}._runtime.models import BaseModel")
    if any(f.needs_alias for m in group.models for f in m.fields) or any(
        m.extra_type for m in group.models
    ):
        lines.append("from pydantic import Field")
    if group.aliases:
        lines.append("from typing import TypeAlias")
    local = {m.name for m in group.models} | {a.name for a in group.aliases}
    pairs = {pair for t in types for pair in t.named() if pair[1] not in local}
    return import_block(package, lines + _named(package, pairs))


def param_imports(package: str, model: Model) -> str:
    """Imports of a model's TypedDict twin (request side)."""
    fields = [f for f in model.fields if not f.read_only]
    lines = [FUTURE, "from typing_extensions import TypedDict"]
    if any(f.required for f in fields):
        lines.append("from typing_extensions import Required")
    lines += _stdlib(package, [f.type for f in fields], request=True, style="model")
    pairs: set[tuple[str, str]] = set()
    for f in fields:
        pairs |= {p for p in f.type.named(request=True) if p[1] != model.twin}
    return _with_type_checking(package, lines, pairs)


def alias_param_imports(package: str, alias: Alias) -> str:
    lines = [FUTURE, "from typing import TypeAlias"] + _stdlib(
        package, [alias.type], request=True, style="model"
    )
    pairs = {p for p in alias.type.named(request=True) if p[1] != alias.twin}
    return _with_type_checking(package, lines, pairs)


def _with_type_checking(package: str, lines: list[str], pairs: set[tuple[str, str]]) -> str:
    """Request types refer to each other only in annotations, so they import each other
    for the type checker alone: request types that refer to each other then cannot
    make an import cycle."""
    if not pairs:
        return import_block(package, lines)
    block = import_block(package, lines + ["from typing import TYPE_CHECKING"])
    checked = "\n".join(
        "    " + line for line in import_block(package, _named(package, pairs)).splitlines()
    )
    return f"{block}\n\nif TYPE_CHECKING:\n{checked}"


def resource_imports(package: str, resource: Resource) -> tuple[str, list[str]]:
    """(the import block, lines to import only for type checking) of a resource module.

    The API's types are imported for the type checker only, and by each method when it
    runs (`operation_imports`): importing the client then does not import pydantic and
    every model, which is most of the cost of an import.
    """
    request_types: list[TypeRef] = []
    response_types: list[TypeRef] = []
    pairs: set[tuple[str, str]] = set()
    for op in resource.operations:
        for p in op.all_params:
            request_types.append(p.type)
            pairs |= p.type.named(request=True)
        for t in _annotated_types(op):
            response_types.append(t)
            pairs |= t.named()
        if op.pagination is not None and op.returns is not None:
            response_types.append(op.returns)  # its envelope's runtime form: `builtins.list[...]`
    lines = [FUTURE, "from functools import cached_property"]
    lines += _stdlib(package, request_types, request=True, style="resource")
    lines += _stdlib(package, response_types, request=False, style="resource")
    runtime = f"from {package}._runtime"
    lines.append(f"{runtime}.client import AsyncAPIClient, SyncAPIClient")
    if resource.children or pairs:
        lines.append("from typing import TYPE_CHECKING")
    if any(op.uses_cast for op in resource.operations):
        lines += ["from typing import cast", "import builtins"]
    if any(op.uses_none_type for op in resource.operations):
        lines.append("from types import NoneType")
    if any(op.path_args for op in resource.operations):
        lines.append(f"{runtime}.client import path_template")
    for op in resource.operations:
        paged = op.pagination
        if paged is not None:
            uses_param = paged.param is not None or paged.size is not None
            names = [paged.page_class, paged.pager_class, paged.scheme_class]
            names += ["Param"] if uses_param else []
            lines.append(f"{runtime}.pagination import {', '.join(names)}")
    if any("file" in p.type.kinds() for op in resource.operations for p in op.all_params):
        lines.append(f"{runtime}.types import FileTypes")
    if resource.operations:
        lines.append(
            f"{runtime}.response import async_raw_response_wrapper,"
            " async_streamed_response_wrapper, raw_response_wrapper, streamed_response_wrapper"
        )
        lines.append(f"{runtime}.types import Body, Headers, Omit, Query, TimeoutTypes, omit")
    if any(op.is_event_stream or op.stream_flag for op in resource.operations):
        lines.append(f"{runtime}.streaming import AsyncStream, Stream")
    if any(op.stream_flag for op in resource.operations):
        lines.append("from typing import Literal, overload")
    # Child resources are imported by the properties that build them, when first used.
    children = [
        f"from {package}.{child.module} import {prefix}{child.class_name}{suffix}"
        for child in resource.children
        for prefix in ("", "Async")
        for suffix in ("", "WithRawResponse", "WithStreamingResponse")
    ]
    checked = _named(package, pairs) + children
    return import_block(package, lines), (
        import_block(package, checked).splitlines() if checked else []
    )


def operation_imports(package: str, op: Operation) -> list[str]:
    """The API types a method needs while it runs (to parse its response)."""
    pairs: set[tuple[str, str]] = set()
    for t in _response_types(op):
        pairs |= t.named()
    return import_block(package, _named(package, pairs)).splitlines() if pairs else []


def _annotated_types(op: Operation) -> list[TypeRef]:
    """The response types a method's signature names: a page's item and meta, not its envelope."""
    if op.pagination is not None:
        return [t for t in (op.pagination.item_type, op.pagination.meta_type) if t is not None]
    return [t for t in (op.returns, op.stream_returns) if t is not None]


def _response_types(op: Operation) -> list[TypeRef]:
    """Every type a method parses into: its body, a page's parts, its error bodies."""
    out: list[TypeRef] = [t for _, t in op.error_types]
    if op.stream_returns is not None:
        out.append(op.stream_returns)
    if op.returns is not None:
        out.append(op.returns)
    if op.pagination is not None:
        out.append(op.pagination.item_type)
        if op.pagination.meta_type is not None:
            out.append(op.pagination.meta_type)
    return out


def import_block(package: str, lines: Iterable[str]) -> str:
    """`from x import a` lines laid out as isort would: grouped, merged and sorted."""
    groups: dict[int, dict[str, set[str]]] = {0: {}, 1: {}, 2: {}, 3: {}}
    plain: dict[int, set[str]] = {0: set(), 1: set(), 2: set(), 3: set()}
    for line in lines:
        if line.startswith("import "):
            module = line[len("import ") :]
            plain[_group(module, package)].add(module)
            continue
        module, names = line[len("from ") :].split(" import ")
        groups[_group(module, package)].setdefault(module, set()).update(
            n.strip() for n in names.split(",")
        )
    blocks = []
    for key, group in groups.items():
        text = [f"import {m}" for m in sorted(plain[key], key=str.lower)]
        text += [
            f"from {m} import {', '.join(sorted(n, key=name_order))}"
            for m, n in sorted(group.items(), key=lambda item: item[0].lower())
        ]
        if text:
            blocks.append("\n".join(text))
    return "\n\n".join(blocks)


def _group(module: str, package: str) -> int:
    """isort sections: future, standard library, third party, this package."""
    root = module.split(".")[0]
    if module == "__future__":
        return 0
    if root in sys.stdlib_module_names:
        return 1
    if root == package:
        return 3
    return 2


def name_order(name: str) -> tuple[int, str]:
    """isort's order by type: CONSTANTS, then Classes, then functions and variables."""
    if name.isupper() and len(name) > 1:
        return (0, name)
    if name[0].isupper():
        return (1, name)
    return (2, name)

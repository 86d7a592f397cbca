"""Stage 3: the IR and `templates/` in, a plan of {relative path: text} out.

The plan says which template makes which file for which IR node. Templates only lay
text out: names, annotations and imports come ready-made from the IR.
"""

from __future__ import annotations

import json
import keyword
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator import TEMPLATES
from generator.format import LINE_LENGTH
from generator.ir.imports import (
    alias_param_imports,
    name_order,
    operation_imports,
    param_imports,
    resource_imports,
    type_module_imports,
)
from generator.ir.model import Api, Model, Resource, TypeRef
from generator.ir.modules import type_modules

RUNTIME = "runtime"


def environment(
    templates: Path = TEMPLATES, bytecode_dir: Path | None = None, overrides: Path | None = None
) -> jinja2.Environment:
    """`overrides`: a folder whose files shadow the built-in templates one by one."""
    # Compiling the templates costs more than rendering them all: keep the compiled
    # templates between runs, as Python keeps .pyc files. Jinja checks each against its
    # template's source, so a stale one is never used.
    bytecode = jinja2.FileSystemBytecodeCache(str(bytecode_dir)) if bytecode_dir else None
    env = jinja2.Environment(
        bytecode_cache=bytecode,
        # One search path per folder, overrides first: Jinja takes the first that has a
        # template, for `{% import %}` and `{% include %}` as much as for the plan's own.
        loader=jinja2.FileSystemLoader(
            [str(overrides), str(templates)] if overrides else str(templates)
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["docstring"] = docstring
    env.filters["oneline"] = oneline
    env.filters["py_literal"] = py_literal
    env.filters["toml_string"] = toml_string
    env.filters["isort_sorted"] = isort_sorted
    env.filters["md_cell"] = md_cell
    env.filters["anchor"] = anchor
    env.filters["type_link"] = type_link
    env.filters["parameter"] = parameter
    env.filters["assignment"] = assignment
    return env


def docstring(
    text: object, indent: int = 0, first: int | None = None, *, closed: bool = True
) -> str:
    """Text that is inert inside a triple-quoted string, whatever the spec says, wrapped
    to the line length and indented `indent` spaces after its first line (which starts
    at column `first`, just after the opening quotes by default). `closed`: the closing
    quotes follow, so they go on a line of their own where the last line leaves no room
    for them, as black puts them."""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").strip()
    value = value.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    # Keep only printable characters (and newlines); control characters break files.
    if not value.replace("\n", "").isprintable():
        value = "".join(ch if ch == "\n" or ch.isprintable() else " " for ch in value)
    lines: list[str] = []
    for n, line in enumerate(value.split("\n")):
        start = (indent + 3 if first is None else first) if n == 0 else indent  # 3: the quotes
        width = max(LINE_LENGTH - start, 40)
        if len(line) <= width or line.lstrip().startswith(("|", "```", "    ")):
            lines.append(line)
        else:
            lead = line[: len(line) - len(line.lstrip())]
            lines.extend(
                textwrap.wrap(
                    line,
                    width,
                    subsequent_indent=lead,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
    text = (
        ("\n" + " " * indent)
        .join(line.rstrip() for line in lines)
        .replace("\n" + " " * indent + "\n", "\n\n")
    )
    escaping = len(text[:-1]) - len(text[:-1].rstrip("\\"))  # backslashes before the end
    if not closed:
        pass  # text follows: the end is not next to the closing quotes
    elif text.endswith('"') and escaping % 2:
        # An escaped quote last: spelt as an escape code, since black pads it with a
        # space before the closing quotes and ruff does not.
        text = text[:-2] + "\\x22"
    elif text.endswith('"'):
        # A quote right before the closing quotes would end the string early: pad it
        # with a space, as black does.
        text += " "
    last_line = text.rsplit("\n", 1)[-1]  # indented, unless it is the only line
    if closed and "\n" in text and len(last_line) + 3 > LINE_LENGTH:
        text += "\n" + " " * indent
    return text


def parameter(name: str, annotation: str, default: str | None = None, indent: int = 8) -> str:
    """`name: annotation = default` for a signature, the annotation in parentheses where
    the line would be too long. That is the layout black gives a long type hint; ruff
    format keeps it when it is written out but would split the bare union differently."""
    tail = f" = {default}" if default is not None else ""
    if indent + len(f"{name}: {annotation}{tail},") > LINE_LENGTH and not _one_subscript(
        annotation
    ):
        return f"{name}: ({annotation}){tail}"
    return f"{name}: {annotation}{tail}"


def _one_subscript(annotation: str) -> bool:
    """`Name[...]` as a whole: black splits it at its own brackets, not in parentheses."""
    start = annotation.find("[")
    if start <= 0 or not annotation.endswith("]") or not annotation[:start].isidentifier():
        return False
    depth = 0
    for i, ch in enumerate(annotation[start:], start):
        depth += ch == "["
        depth -= ch == "]"
        if depth == 0:
            return i == len(annotation) - 1
    return False


def assignment(target: str, value: str) -> str:
    """`target = value`, the value in parentheses where the line would be too long and
    the value has no brackets of its own to split at: black's layout, written out."""
    line = f"{target} = {value}"
    if len(line) <= LINE_LENGTH or "\n" in value or ("(" in value and not value.endswith("()")):
        return line
    return f"{target} = (\n    {value}\n)"


def oneline(text: object) -> str:
    return " ".join(str(text).split())


def py_literal(value: object) -> str:
    """A Python literal; `repr` escapes quotes, backslashes and newlines for us."""
    return repr(value)


def md_cell(text: object) -> str:
    """Text that stays inside one Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def anchor(call_path: str) -> str:
    return call_path.lower().replace(".", "-").replace("_", "-")


def type_link(t: TypeRef, api: Api) -> str:
    """A type for the docs, linking the models and enums it names to their sections."""
    if t.kind in ("model", "enum", "alias"):
        text = f"[`{t.name}`](#{api.model_anchor(t.name)})"
        return f"{text} or `None`" if t.nullable else text
    text = f"`{md_cell(t.describe())}`"
    named = sorted(name for _, name in t.named())
    if named:
        text += " (see " + ", ".join(f"[`{n}`](#{api.model_anchor(n)})" for n in named) + ")"
    return text


def isort_sorted(names: list[str]) -> list[str]:
    """Names in the order isort and ruff keep `__all__` and import lists."""
    return sorted(names, key=name_order)


def toml_string(value: object) -> str:
    return json.dumps(str(value), ensure_ascii=False)


@dataclass(frozen=True)
class Plan:
    files: dict[str, str]  # relative path -> rendered text
    verbatim: frozenset[str]  # paths copied as they are (already formatted)


def _writable_dir(path: Path | None) -> Path | None:
    if path is None:
        return None
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # no cache only costs time
    return path


def plan(
    api: Api,
    templates: Path = TEMPLATES,
    bytecode_dir: Path | None = None,
    overrides: Path | None = None,
) -> Plan:
    """Every file of the generated distribution, rendered but not formatted."""
    env = environment(templates, _writable_dir(bytecode_dir), overrides)
    package = api.config.package
    src = f"src/{package}"
    files: dict[str, str] = {}

    def render(target: str, template: str, **context: Any) -> None:
        files[target] = env.get_template(template).render(
            package=package, config=api.config, **context
        )

    render("pyproject.toml", "package/pyproject.toml.jinja")
    render("README.md", "package/README.md.jinja", api=api)
    render("api.md", "package/api.md.jinja", api=api)
    render(f"{src}/__init__.py", "client/package_init.py.jinja", page_exports=api.page_exports)
    render(f"{src}/_version.py", "client/version.py.jinja")
    render(f"{src}/_exceptions.py", "client/exceptions.py.jinja")
    files[f"{src}/py.typed"] = ""
    render(
        f"{src}/_client.py",
        "client/client.py.jinja",
        resources=api.resources,
        top_level=api.top_level,
        own_servers=bool(api.own_servers),
    )
    verbatim: set[str] = set()
    for path in sorted((templates / RUNTIME).glob("*.py")):
        files[f"{src}/_runtime/{path.name}"] = path.read_text(encoding="utf-8")
        verbatim.add(f"{src}/_runtime/{path.name}")

    render(
        f"{src}/resources/__init__.py",
        "client/resources_init.py.jinja",
        description="The API's operations, grouped as they are on the client.",
    )
    for resource in api.all_resources():
        _render_resource(render, package, src, resource)

    exports: list[tuple[str, str]] = []
    modules, reexports = type_modules(api)
    for group in modules:
        names = [m.name for m in group.models] + [a.name for a in group.aliases]
        only = group.models[0] if len(group.models) == 1 and not group.aliases else None
        if only is not None:
            docstring = only.description or only.name
        elif len(names) == 1:
            docstring = group.aliases[0].description or names[0]
        else:
            docstring = f"Types that refer to each other: {', '.join(names)}."
        render(
            f"{src}/types/{group.module}.py",
            "client/type_module.py.jinja",
            group=group,
            names=names,
            docstring=docstring,
            imports=type_module_imports(package, group),
        )
        exports += [(group.module, name) for name in names]
    for export in reexports:
        render(f"{src}/types/{export.module}.py", "client/reexport.py.jinja", export=export)
    for model in api.models:
        if model.as_param:
            _render_param(render, package, src, model)
            exports.append((model.twin_module, model.twin))
    for alias in api.aliases:
        if alias.as_param:
            render(
                f"{src}/types/{alias.twin_module}.py",
                "client/alias_param.py.jinja",
                alias=alias,
                imports=alias_param_imports(package, alias),
            )
            exports.append((alias.twin_module, alias.twin))
    for enum in api.enums:
        render(f"{src}/types/{enum.module}.py", "client/enum.py.jinja", enum=enum)
        exports += [(enum.module, enum.name), (enum.module, enum.twin)]
    render(
        f"{src}/types/__init__.py",
        "client/types_init.py.jinja",
        exports=sorted(exports, key=lambda e: (e[0].lower(), name_order(e[1]))),
    )
    return Plan(dict(sorted(files.items())), frozenset(verbatim))


def _render_resource(render: Any, package: str, src: str, resource: Resource) -> None:
    module_path = resource.module.replace(".", "/") + ".py"
    if resource.children:
        # A resource with children is a package: resources/a/b/__init__.py + b.py
        render(
            f"{src}/{module_path.rsplit('/', 1)[0]}/__init__.py",
            "client/resources_init.py.jinja",
            description=resource.description,
        )
    imports, checked = resource_imports(package, resource)
    render(
        f"{src}/{module_path}",
        "client/resource.py.jinja",
        resource=resource,
        imports=imports,
        checked_imports=checked,
        local_imports={op.name: operation_imports(package, op) for op in resource.operations},
    )


def _render_param(render: Any, package: str, src: str, model: Model) -> None:
    fields = [f for f in model.fields if not f.read_only]
    functional = any(
        not f.wire_name.isidentifier() or keyword.iskeyword(f.wire_name) for f in fields
    )
    render(
        f"{src}/types/{model.twin_module}.py",
        "client/param.py.jinja",
        model=model,
        fields=fields,
        functional=functional,
        imports=param_imports(package, model),
    )

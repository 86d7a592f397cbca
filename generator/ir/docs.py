"""The README tour: steps from the config, checked against the IR and turned into code.

A step names an operation by its client path and gives its arguments as data, so the
tour fails to generate (with the config file and pointer) when the API changes under
it, instead of going stale. A string argument `$name.attr` refers to an earlier result.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator.errors import SpecError
from generator.ir.examples import python_literal
from generator.ir.model import Operation, TourStep

_REFERENCE = re.compile(r"^\$([a-z_][a-z0-9_]*)((?:\.[a-z_][a-z0-9_]*)*)$")
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def tour(
    steps: tuple[dict[str, Any], ...], operations: tuple[Operation, ...], config: Path | None
) -> tuple[TourStep, ...]:
    by_path = {op.call_path: op for op in operations}
    known: set[str] = set()
    out: list[TourStep] = []
    where = config or Path("codegen.yaml")
    for i, step in enumerate(steps):
        pointer = f"/docs/tour/{i}"
        call = step.get("call")
        op = by_path.get(str(call))
        if op is None:
            raise SpecError(where, f"{pointer}/call", f"no operation is called {call!r}")
        args = step.get("args") or {}
        if not isinstance(args, dict):
            raise SpecError(
                where, f"{pointer}/args", "must be a mapping of argument names to values"
            )
        params = {p.name: p for p in op.all_params}
        missing = [p.name for p in op.all_params if p.required and p.name not in args]
        if missing:
            raise SpecError(where, f"{pointer}/args", f"{call} needs {', '.join(missing)}")
        positional: list[str] = []
        keywords: list[str] = []
        for name, value in args.items():
            if name not in params:
                raise SpecError(where, f"{pointer}/args/{name}", f"{call} has no argument {name!r}")
            text = _value(value, known, where, f"{pointer}/args/{name}")
            if params[name].positional:
                positional.append(text)
            else:
                keywords.append(f"{name}={text}")
        call_text = f"client.{op.call_path}({', '.join(positional + keywords)})"
        result = step.get("result")
        if result is not None and not (isinstance(result, str) and _NAME.match(result)):
            raise SpecError(where, f"{pointer}/result", "must be a lower_case Python name")
        show = step.get("show")
        lines = _lines(op, call_text, result, show, known, where, pointer)
        if result:
            known.add(result)
        out.append(TourStep(str(step.get("text") or op.summary), "\n".join(lines)))
    return tuple(out)


def _lines(
    op: Operation,
    call: str,
    result: str | None,
    show: Any,
    known: set[str],
    where: Path,
    pointer: str,
) -> list[str]:
    shown = None
    if show is not None:
        scope = known | ({result} if result else set())
        shown = _value(show, scope, where, f"{pointer}/show")
    if op.pagination:
        name = result or op.result_name
        return [f"for {name} in {call}:", f"    print({shown or name})"]
    if result:
        return [f"{result} = {call}"] + ([f"print({shown})"] if shown else [])
    return [call] + ([f"print({shown})"] if shown else [])


def _value(value: Any, known: set[str], where: Path, pointer: str) -> str:
    if isinstance(value, str) and value.startswith("$"):
        match = _REFERENCE.match(value)
        if not match or match.group(1) not in known:
            raise SpecError(where, pointer, f"{value!r} does not refer to an earlier step's result")
        return value[1:]
    if isinstance(value, dict):
        items = (
            f"{python_literal(str(k))}: {_value(v, known, where, f'{pointer}/{k}')}"
            for k, v in value.items()
        )
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list):
        return (
            "["
            + ", ".join(_value(v, known, where, f"{pointer}/{i}") for i, v in enumerate(value))
            + "]"
        )
    return python_literal(value)

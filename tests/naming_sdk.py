"""Print a Stainless-built SDK's client paths by route, as JSON (run by its own venv).

    .venv-bench/bin/python tests/naming_sdk.py telnyx Telnyx > routes.json

Walks the client's resource tree (each `cached_property` returning a resource), and
reads each method's source for the HTTP call it makes (`self._get("/recordings/{id}")`,
`path_template(...)`, `_get_api_list(..., method="post")`). The output maps
`"GET /recordings/{}"` (parameters blanked) to the dotted paths that call it.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
import sys
import textwrap
from functools import cached_property
from typing import Any

_CALLS = {"_get": "GET", "_post": "POST", "_put": "PUT", "_patch": "PATCH", "_delete": "DELETE"}
_SKIP = {"with_raw_response", "with_streaming_response"}


def _template(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "path_template":
        return _template(node.args[0]) if node.args else None
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def _routes(function: Any) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(function)))):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "self"
            and (node.func.attr in _CALLS or node.func.attr == "_get_api_list")
        ):
            continue
        verb = _CALLS.get(node.func.attr, "GET")
        for keyword in node.keywords:
            if keyword.arg == "method" and isinstance(keyword.value, ast.Constant):
                verb = str(keyword.value.value).upper()
        path = _template(node.args[0]) if node.args else None
        if path is not None:
            found.append(f"{verb} {re.sub(r'{[^}]*}', '{}', path)}")
    return found


def _walk(resource: object, path: tuple[str, ...], out: dict[str, list[str]]) -> None:
    for klass in type(resource).__mro__:
        if klass in (SyncAPIResource, object) or klass.__module__.startswith(f"{PACKAGE}._"):
            continue
        for name, member in vars(klass).items():
            if name.startswith("_") or name in _SKIP:
                continue
            if isinstance(member, cached_property):
                child = getattr(resource, name)
                if isinstance(child, SyncAPIResource):
                    _walk(child, path + (name,), out)
            elif inspect.isfunction(member):
                for route in _routes(member):
                    out.setdefault(route, []).append(".".join(path + (name,)))


PACKAGE = sys.argv[1] if len(sys.argv) > 1 else "telnyx"
CLIENT = sys.argv[2] if len(sys.argv) > 2 else "Telnyx"
SDK = importlib.import_module(PACKAGE)
SyncAPIResource = importlib.import_module(f"{PACKAGE}._resource").SyncAPIResource


def main() -> None:
    client = getattr(SDK, CLIENT)(api_key="unused", base_url="http://127.0.0.1:9")
    out: dict[str, list[str]] = {}
    for name, member in vars(type(client)).items():
        if isinstance(member, cached_property) and not name.startswith("_") and name not in _SKIP:
            child = getattr(client, name)
            if isinstance(child, SyncAPIResource):
                _walk(child, (name,), out)
    json.dump({"version": SDK.__version__, "routes": out}, sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()

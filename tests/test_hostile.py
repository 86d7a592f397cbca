"""A spec written to break the generator: whatever it says, the output is valid, inert code.

Every string the spec controls (titles, descriptions, names, enum values, defaults,
examples, paths) carries quotes, backslashes, newlines, template syntax and code that
would run if it ever escaped its string. The generated package must compile, import
without side effects, pass mypy --strict and ruff, and keep the strings as data.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import generate

CANARY = "HOSTILE_CANARY_WAS_RUN"
PAYLOADS = [
    f'""" + __import__("os").environ.setdefault("{CANARY}", "1") + """',
    f"''' + __import__('os').environ.setdefault('{CANARY}', '1') + '''",
    "ends with a backslash \\",
    'ends with a quote "',
    "new\nline\r\nand tab\t and NUL-like \x0b",
    "{{ 7 * 7 }} {% for x in range(3) %}{{ x }}{% endfor %} {# comment #}",
    "non-ASCII: ünïcødé — “quotes” 日本語 🚀",
    f"\\N{{LATIN SMALL LETTER A}} \\x41 \\u0041 ) ; __import__('os').environ['{CANARY}']='1' #",
]


def _text(i: int) -> str:
    return PAYLOADS[i % len(PAYLOADS)]


def hostile_spec() -> dict[str, object]:
    nasty_enum = [p for p in PAYLOADS] + ["ASC", "asc", "1st", "", "class", "None"]
    properties = {
        name: {"type": "string", "description": _text(i), "default": _text(i + 1)}
        for i, name in enumerate(
            [
                "class",
                "from",
                "import",
                "self",
                "model_config",
                "x-y-z",
                "1st",
                "Ünïcode",
                '"quoted"',
                "a b",
                "list",
            ]
        )
    }
    properties["kind"] = {"type": "string", "enum": nasty_enum, "description": _text(3)}
    return {
        "openapi": "3.1.0",
        "info": {"title": _text(0), "version": "1.0", "description": _text(1)},
        "servers": [{"url": "https://example.com/api"}],
        "paths": {
            "/items/{item-id}/..": {
                "get": {"operationId": "escape", "responses": {"204": {"description": "x"}}}
            },
            "/items/{item-id}": {
                "parameters": [
                    {
                        "name": "item-id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                        "description": _text(2),
                        "example": _text(0),
                    },
                ],
                "post": {
                    "operationId": "import",
                    "x-codegen-name": "items.import",  # a keyword as a method name
                    "summary": _text(4),
                    "description": _text(5),
                    "parameters": [
                        {
                            "name": "class",
                            "in": "query",
                            "schema": {"type": "string", "default": _text(6)},
                            "description": _text(7),
                        },
                        {"name": 'X-Trace"Id', "in": "header", "schema": {"type": "string"}},
                        {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Évil Model"},
                                "example": {"class": _text(0), "kind": "asc"},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": _text(1),
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Évil Model"},
                                    "example": {"class": _text(0)},
                                }
                            },
                        }
                    },
                },
            },
        },
        "components": {
            "schemas": {
                "Évil Model": {
                    "type": "object",
                    "title": _text(2),
                    "description": _text(0),
                    "required": ["class"],
                    "properties": properties,
                }
            }
        },
    }


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    spec = root / "spec.json"
    spec.write_text(json.dumps(hostile_spec()), encoding="utf-8")
    (root / "codegen.yaml").write_text("package:\n  name: hostile_client\n", encoding="utf-8")
    out = root / "out"
    result = generate(spec, cache_dir=None, validate=False)
    skipped = [w for w in result.warnings if "operation skipped" in w.message]
    assert [w.pointer for w in skipped] == ["/paths/~1items~1{item-id}~1../get"], result.warnings
    for rel, text in result.files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text, encoding="utf-8")
    return out


def test_every_python_file_compiles(generated: Path) -> None:
    files = sorted(generated.rglob("*.py"))
    assert len(files) > 10
    for path in files:
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_importing_and_using_runs_none_of_the_payloads(generated: Path) -> None:
    script = f"""
import os, sys
sys.path.insert(0, {str(generated / 'src')!r})
import hostile_client
from hostile_client.types import EvilModel
import hostile_client.resources.items
client = hostile_client.HostileClient(base_url="http://127.0.0.1:9")
print(type(client.items).__name__)
print(EvilModel.__doc__)
assert "{CANARY}" not in os.environ, "a payload ran"
print("inert")
"""
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert "inert" in proc.stdout
    # The text survives as data: the docstring still holds the payload, escaped, not executed.
    assert "__import__" in proc.stdout


def test_strings_keep_their_exact_value(generated: Path) -> None:
    script = f"""
import sys, json
sys.path.insert(0, {str(generated / 'src')!r})
from hostile_client.types.evil_model import EvilModel
from hostile_client.types.evil_model_kind import EvilModelKind
print(json.dumps([m.value for m in EvilModelKind]))
print(json.dumps(sorted(f.alias or n for n, f in EvilModel.model_fields.items())))
"""
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    values, wires = (json.loads(line) for line in proc.stdout.splitlines())
    assert values == [*PAYLOADS, "ASC", "asc", "1st", "", "class", "None"]
    assert "class" in wires and '"quoted"' in wires and "x-y-z" in wires


def test_output_passes_mypy_strict_and_ruff(generated: Path) -> None:
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "src"],
        cwd=generated,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=generated,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr


def test_path_with_dot_dot_keeps_values_inside_one_segment(generated: Path) -> None:
    script = f"""
import sys, httpx
sys.path.insert(0, {str(generated / 'src')!r})
import hostile_client
seen = []
def handler(request):
    seen.append(request.url.raw_path.decode())
    return httpx.Response(200, json={{"class": "x"}})
client = hostile_client.HostileClient(base_url="http://test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
client.items.import_("../../admin", class_2="v", class_="x")
print(seen[0])
"""
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    raw_path = proc.stdout.strip()
    assert raw_path.startswith("/items/%2E%2E%2F%2E%2E%2Fadmin?"), raw_path

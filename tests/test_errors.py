"""Bad input through the command line: exit code 2, one clear paragraph, nothing written.

Each case writes a broken document to a temporary folder and runs
`python -m generator generate BAD --out OUT`, where OUT already holds a sentinel file.
The message must name the file, the line (where the generator can know it), the JSON
pointer and the reason, with no traceback, and OUT must be exactly as it was.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli import parser

REPO_ROOT = Path(__file__).resolve().parents[1]
SENTINEL = "sentinel.txt"


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env={"PYTHONPATH": str(REPO_ROOT), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


OK_SPEC = dedent("""
    openapi: 3.0.3
    info: {title: T, version: "1"}
    paths: {}
    """)


# A search that pages through its JSON body, as a FastAPI server might.
SEARCH_SPEC = dedent("""
    openapi: 3.0.3
    info: {title: T, version: "1"}
    paths:
      /search:
        post:
          operationId: search
          requestBody:
            content:
              application/json:
                schema:
                  type: object
                  properties:
                    q: {type: string}
                    page: {type: integer, default: 1}
                    limit: {type: integer}
          responses:
            "200":
              description: a page
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      results: {type: array, items: {type: string}}
                      pages: {type: integer}
    """)
SEARCH_PAGES = dedent("""
    pagination:
      schemes:
        pages:
          style: page_number
          page: page
          size: limit
          items: results
          total_pages: pages
    """)


@dataclass(frozen=True)
class Case:
    files: dict[str, str]  # relative path -> text; the spec is "spec.yaml" unless `spec` says
    pattern: str  # a regular expression for the whole of stderr (without the final newline)
    spec: str = "spec.yaml"


def exactly(text: str) -> str:
    return re.escape(text)


CASES: dict[str, Case] = {
    "yaml_syntax_error": Case(
        {"spec.yaml": dedent("""
                openapi: 3.0.3
                info:
                  title: T
                  version: "1"
                paths:
                  /a:
                    get:
                      summary: ok
                     description: indented one space too little
                      responses: {}
                """)},
        exactly(
            "error: spec.yaml:9: at /: invalid YAML: while parsing a block mapping did not find expected key"
        ),
    ),
    "json_syntax_error": Case(
        {
            "spec.json": '{"openapi": "3.0.3",\n "info": {"title": "T",, "version": "1"},\n "paths": {}}\n'
        },
        exactly(
            "error: spec.json:2: at /: invalid JSON: Expecting property name enclosed in double quotes (column 24)"
        ),
        spec="spec.json",
    ),
    "unresolved_external_file_ref": Case(
        {"spec.yaml": dedent("""
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a:
                    get:
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema:
                                $ref: "schemas/nowhere.yaml#/components/schemas/Pet"
                """)},
        # The reason names the file that is missing.
        r"error: (\S*/)?spec\.yaml:11: at /paths/~1a/get/responses/200/content/application~1json/schema/\$ref: "
        r"cannot read schemas/nowhere\.yaml, which this \$ref names: No such file or directory",
    ),
    "ref_cycle_without_type": Case(
        {"spec.yaml": dedent("""
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths: {}
                components:
                  schemas:
                    A:
                      $ref: "#/components/schemas/B"
                    B:
                      $ref: "#/components/schemas/A"
                """)},
        r"error: spec\.yaml:(6|8): at /components/schemas/(A|B)/\$ref: \$ref cycle: .*/components/schemas/A.*"
        r"/components/schemas/B.* so none has a type",
    ),
    "swagger_2": Case(
        {"spec.yaml": 'swagger: "2.0"\ninfo: {title: T, version: "1"}\npaths: {}\n'},
        exactly(
            "error: spec.yaml:1: at /swagger: Swagger 2.0 documents are not supported; convert the document "
            "to OpenAPI 3 first (for example with swagger2openapi)"
        ),
    ),
    "not_openapi": Case(
        {"spec.yaml": "name: my-project\nversion: 1.0.0\ndependencies:\n  - foo\n"},
        r"error: spec\.yaml:1: at /openapi: expected an OpenAPI 3\.x document, found openapi: None",
    ),
    "not_a_mapping": Case(
        {"spec.yaml": "- just\n- a list\n"},
        exactly(
            "error: spec.yaml:1: at /: the document is not a mapping (expected an OpenAPI object)"
        ),
    ),
    "missing_file": Case({}, exactly("error: spec.yaml: at /: no such file")),
    "config_bad_package_name": Case(
        {"spec.yaml": OK_SPEC, "codegen.yaml": "package:\n  name: not-an-identifier\n"},
        exactly(
            "error: codegen.yaml: at /package/name: 'not-an-identifier' is not a valid Python package name"
        ),
    ),
    "config_unknown_setting": Case(
        {"spec.yaml": OK_SPEC, "codegen.yaml": "packages:\n  name: x\n"},
        r"error: codegen\.yaml: at /packages: unknown setting; expected one of \[.*'package'.*\]",
    ),
    "config_missing_pagination_setting": Case(
        {
            "spec.yaml": OK_SPEC,
            "codegen.yaml": "pagination:\n  schemes:\n    feed: {style: cursor, items: data}\n",
        },
        exactly(
            "error: codegen.yaml: at /pagination/schemes/feed/cursor: required setting is missing"
        ),
    ),
    "config_pagination_style_unknown": Case(
        {
            "spec.yaml": OK_SPEC,
            "codegen.yaml": "pagination:\n  schemes:\n    feed: {style: pages, items: data}\n",
        },
        exactly(
            "error: codegen.yaml: at /pagination/schemes/feed/style: must be one of page_number, "
            "offset, cursor, next_url, link_header, not 'pages'"
        ),
    ),
    # A scheme that matches nothing must not pass in silence (issue 14: a block written
    # for a body-paged search was ignored, with 0 warnings).
    "config_pagination_matches_nothing": Case(
        {"spec.yaml": SEARCH_SPEC, "codegen.yaml": SEARCH_PAGES.replace("page: page", "page: p")},
        exactly(
            "error: codegen.yaml: at /pagination/schemes/pages: the pagination scheme 'pages' "
            "matches no operation: none takes the parameter 'p' (or is given it under "
            "pagination.operations)"
        ),
    ),
    "config_pagination_matches_in_part": Case(
        {
            "spec.yaml": SEARCH_SPEC,
            "codegen.yaml": SEARCH_PAGES.replace("items: results", "items: data"),
        },
        exactly(
            "error: codegen.yaml: at /pagination/schemes/pages: the pagination scheme 'pages' "
            "matches search (/paths/~1search/post) only in part: its response has no list "
            "'data'; correct the scheme, or give the operation pagination.operations.search: none"
        ),
    ),
    "config_pagination_unknown_operation": Case(
        {"spec.yaml": SEARCH_SPEC, "codegen.yaml": SEARCH_PAGES + "  operations: {serach: none}\n"},
        exactly(
            "error: codegen.yaml: at /pagination/operations/serach: 'serach' is the operationId "
            "of no operation in the document"
        ),
    ),
    "config_yaml_syntax_error": Case(
        {"spec.yaml": OK_SPEC, "codegen.yaml": "package:\n  name: [fx\n"},
        r"error: codegen\.yaml:\d: at /: invalid YAML: [^\n]*flow sequence[^\n]*",
    ),
    "duplicate_yaml_key": Case(
        # Two `/a:` keys: a YAML loader that keeps the last one silently drops getA.
        {"spec.yaml": dedent("""
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: getA
                      responses:
                        "204": {description: ok}
                  /a:
                    post:
                      operationId: postA
                      responses:
                        "204": {description: ok}
                """)},
        r"error: spec\.yaml:9: at /paths(/~1a)?: .*duplicate.*",
    ),
}


def _prepare(tmp_path: Path, case: Case) -> Path:
    for rel, text in case.files.items():
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / SENTINEL).write_text("keep me\n", encoding="utf-8")
    return out


def _assert_untouched(out: Path) -> None:
    assert sorted(p.name for p in out.parent.iterdir() if p.name.startswith((".out", "out"))) == [
        "out"
    ], "a staging folder was left behind"
    assert [p.relative_to(out).as_posix() for p in out.rglob("*")] == [SENTINEL]
    assert (out / SENTINEL).read_text(encoding="utf-8") == "keep me\n"


# `check` shares its front end with `generate`; a few cases show it fails the same way.
CHECK_CASES = (
    "yaml_syntax_error",
    "unresolved_external_file_ref",
    "missing_file",
    "config_bad_package_name",
)


@pytest.mark.parametrize(
    ("name", "command"),
    [(name, "generate") for name in sorted(CASES)] + [(name, "check") for name in CHECK_CASES],
)
def test_bad_input(name: str, command: str, tmp_path: Path) -> None:
    case = CASES[name]
    out = _prepare(tmp_path, case)
    proc = run_cli(command, case.spec, "--out", "out", "--no-cache", cwd=tmp_path)
    assert (
        proc.returncode == 2
    ), f"exit {proc.returncode}\nstdout: {proc.stdout[:1500]}\nstderr: {proc.stderr}"
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    assert proc.stdout == ""
    message = proc.stderr.rstrip("\n")
    # One paragraph: a single `error:` line, no dump of the parser's internals.
    assert "\n" not in message, f"the message is not one line:\n{proc.stderr}"
    assert re.fullmatch(case.pattern, message), f"\n got: {message}\nwant: {case.pattern}"
    _assert_untouched(out)


def test_strict_turns_warnings_into_failure(tmp_path: Path) -> None:
    spec = dedent("""
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /a/{id}:
            get:
              operationId: getA
              responses:
                "204": {description: ok}
        """)
    (tmp_path / "spec.yaml").write_text(spec, encoding="utf-8")
    for args in ((), ("--no-validate",)):
        proc = run_cli(
            "generate", "spec.yaml", "--out", "fresh", "--strict", "--no-cache", *args, cwd=tmp_path
        )
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr
        assert (
            "warning: spec.yaml: at /paths/~1a~1{id}/get/parameters: path parameter {id} is not "
            "declared; taken as a string" in proc.stderr.splitlines()
        )
        assert re.search(
            r"^error: \d warning\(s\) and --strict is set; nothing written$", proc.stderr, re.M
        )
        assert not (tmp_path / "fresh").exists()
    out = _prepare(tmp_path, Case({}, ""))
    proc = run_cli("generate", "spec.yaml", "--out", "out", "--strict", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2
    _assert_untouched(out)
    # Without --strict the same spec generates, with the warning printed.
    proc = run_cli("generate", "spec.yaml", "--out", "out", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "path parameter {id} is not declared; taken as a string" in proc.stderr
    assert (out / ".codegen-manifest.json").is_file()


# Faults a document can have and still generate: each is a warning naming its pointer,
# the affected part degrades (untyped, or renamed), the rest generates, and --strict
# makes it a failure that writes nothing.
DEGRADED: dict[str, tuple[dict[str, str], str]] = {
    "unresolved_local_ref": (
        {"spec.yaml": dedent("""
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: getA
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema:
                                $ref: "#/components/schemas/Missing"
                components:
                  schemas:
                    Present: {type: string}
                """)},
        "warning: spec.yaml: at /paths/~1a/get/responses/200/content/application~1json/schema/$ref: "
        "unresolvable $ref '#/components/schemas/Missing'; typed as any JSON value",
    ),
    "unresolved_ref_inside_external_file": (
        {
            "spec.yaml": dedent("""
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: getA
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema:
                                $ref: "schemas/pet.yaml#/components/schemas/Pet"
                """),
            "schemas/pet.yaml": dedent("""
                components:
                  schemas:
                    Cat: {type: object}
                """),
        },
        "warning: spec.yaml: at /paths/~1a/get/responses/200/content/application~1json/schema/$ref: "
        "unresolvable $ref 'schemas/pet.yaml#/components/schemas/Pet': pet.yaml has no "
        "/components/schemas/Pet; typed as any JSON value",
    ),
    "duplicate_operation_id": (
        {"spec.yaml": dedent("""
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: getThing
                      responses:
                        "204": {description: ok}
                  /b:
                    get:
                      operationId: getThing
                      responses:
                        "204": {description: ok}
                """)},
        "warning: spec.yaml: at /paths/~1b/get/operationId: duplicate operationId 'getThing' "
        "(also used at /paths/~1a/get); operationIds must be unique: this one is known as "
        "'getThing_2'",
    ),
}


@pytest.mark.parametrize("name", sorted(DEGRADED))
def test_degraded_document_generates_but_not_under_strict(name: str, tmp_path: Path) -> None:
    files, warning = DEGRADED[name]
    out = _prepare(tmp_path, Case(files, ""))
    proc = run_cli("generate", "spec.yaml", "--out", "out", "--strict", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert warning in proc.stderr.splitlines(), proc.stderr
    _assert_untouched(out)
    proc = run_cli(
        "generate", "spec.yaml", "--out", "out", "--no-cache", "--no-validate", cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert warning in proc.stderr.splitlines(), proc.stderr
    assert (out / ".codegen-manifest.json").is_file()


OPTIONS = ("SPEC", "--out", "--config", "--strict", "--no-validate", "--no-cache", "--quiet", "-q")


@pytest.mark.parametrize("command", ["generate", "check"])
def test_help_mentions_every_option(command: str, tmp_path: Path) -> None:
    proc = run_cli(command, "--help", cwd=tmp_path)
    assert proc.returncode == 0
    for option in OPTIONS:
        assert option in proc.stdout, f"{command} --help does not mention {option}"
    # ... and every option the parser really has, so a new one cannot go undocumented.
    sub = next(a for a in parser()._actions if a.dest == "command").choices[command]  # type: ignore[union-attr]
    for action in sub._actions:
        for flag in action.option_strings:
            assert flag in proc.stdout, f"{command} --help does not mention {flag}"
        if action.help:
            assert action.help.split()[0] in proc.stdout


def test_top_level_help_lists_both_commands_and_exit_codes(tmp_path: Path) -> None:
    proc = run_cli("--help", cwd=tmp_path)
    assert proc.returncode == 0
    assert "generate" in proc.stdout and "check" in proc.stdout
    assert "Exit codes: 0" in proc.stdout

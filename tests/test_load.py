"""Stage 1, generator/load.py: files in, one bundled tree out."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.load import Document, load, parse


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root / next(iter(files))


def schema_of(doc: Document, path: str, code: str = "200") -> dict:
    return doc.root["paths"][path]["get"]["responses"][code]["content"]["application/json"][
        "schema"
    ]


def test_yaml_integer_keys_become_strings(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {"spec.yaml": """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /a:
            get:
              responses:
                200:
                  description: ok
                404:
                  description: missing
                default:
                  description: other
        """},
    )
    doc = load(spec, validate=False)
    responses = doc.root["paths"]["/a"]["get"]["responses"]
    assert list(responses) == ["200", "404", "default"]
    assert all(isinstance(k, str) for k in responses)


def test_json_documents_load(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(
        '{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}}',
        encoding="utf-8",
    )
    doc = load(spec, validate=False)
    assert doc.root["openapi"] == "3.1.0"
    assert doc.path == spec


@pytest.mark.parametrize("word", ["on", "off", "yes", "no", "y", "n"])
def test_yaml_12_words_stay_strings(tmp_path: Path, word: str) -> None:
    """OpenAPI documents are YAML 1.2, where `on`/`yes`/`no` are strings, not booleans.

    Read as YAML 1.1 (PyYAML's default), a property called `on` becomes the key True
    and then the wire name "True", and an enum value `no` becomes False.
    """
    spec = write(
        tmp_path,
        {"spec.yaml": f"""
        openapi: 3.0.3
        info: {{title: T, version: "1"}}
        paths: {{}}
        components:
          schemas:
            Switch:
              type: object
              properties:
                {word}:
                  type: string
                  enum: [{word}, other]
        """},
    )
    doc = load(spec, validate=False)
    props = doc.root["components"]["schemas"]["Switch"]["properties"]
    assert list(props) == [word]
    assert props[word]["enum"] == [word, "other"]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        # YAML 1.1 (PyYAML) reads the first three as 969, an error and the string "1e+09".
        ("16:9", "16:9"),
        ("=", "="),
        ("1e+09", 1e9),
        ("1.5e3", 1500.0),
        (".5", 0.5),
        ("-.inf", "-inf"),  # no JSON spelling: json_values makes it a string
        ("0x1F", 31),
        ("0o17", 15),
        ("012", "012"),  # 1.1's octal 10, 1.2's 12; JSON has no such number: the text
        ("0866", "0866"),
        ("0", 0),
        ("-0.25", -0.25),
        ("1_000", "1_000"),
        ("2017-11-28", "2017-11-28"),
        ("~", None),
        ("", None),
        ("True", True),
        ("yes", "yes"),
    ],
)
def test_plain_scalars_read_as_yaml_12(tmp_path: Path, written: str, value: object) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(f"openapi: 3.1.0\nx-value: {written}\n", encoding="utf-8")
    assert parse(spec, spec.read_text())["x-value"] == value


def test_keys_are_their_text(tmp_path: Path) -> None:
    """OpenAPI's keys are strings as written: `1e3` and `012` are no numbers there, and
    `1` beside `"1"` is one key given twice."""
    spec = tmp_path / "spec.yaml"
    spec.write_text("1e3: a\n012: b\n200: c\nbase: &b {x: 1, y: 2}\nmerged: {<<: *b, y: 3}\n")
    assert parse(spec, spec.read_text()) == {
        "1e3": "a",
        "012": "b",
        "200": "c",
        "base": {"x": 1, "y": 2},
        "merged": {"x": 1, "y": 3},
    }
    spec.write_text('1: a\n"1": b\n')
    with pytest.raises(SpecError, match="duplicate key '1'"):
        parse(spec, spec.read_text())


def test_external_component_refs_are_bundled(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {
            "spec.yaml": """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /pets:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "schemas/pet.yaml#/components/schemas/Pet"
              /again:
                get:
                  responses:
                    "200":
                      description: the same component, referenced a second time
                      content:
                        application/json:
                          schema:
                            $ref: "./schemas/pet.yaml#/components/schemas/Pet"
            """,
            "schemas/pet.yaml": """
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    tag:
                      $ref: "#/components/schemas/Tag"
                    owner:
                      $ref: "../shared/owner.yaml#/components/schemas/Owner"
                Tag:
                  type: string
            """,
            "shared/owner.yaml": """
            components:
              schemas:
                Owner:
                  type: object
                  properties:
                    name: {type: string}
            """,
        },
    )
    doc = load(spec, validate=False)
    assert schema_of(doc, "/pets") == {"$ref": "#/components/schemas/Pet"}
    assert schema_of(doc, "/again") == {"$ref": "#/components/schemas/Pet"}
    schemas = doc.root["components"]["schemas"]
    assert sorted(schemas) == ["Owner", "Pet", "Tag"]
    # A local reference inside pet.yaml points into pet.yaml, and is rewritten to match.
    assert schemas["Pet"]["properties"]["tag"] == {"$ref": "#/components/schemas/Tag"}
    assert schemas["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}
    assert schemas["Owner"]["properties"]["name"] == {"type": "string"}
    # Every reference left is local and resolves.
    assert doc.resolve("#/components/schemas/Tag") == {"type": "string"}


def test_whole_file_schema_ref_becomes_a_component_named_after_the_file(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {
            "spec.yaml": """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /e:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: ./schemas/error.yaml
            """,
            "schemas/error.yaml": """
            type: object
            properties:
              message: {type: string}
            """,
        },
    )
    doc = load(spec, validate=False)
    assert schema_of(doc, "/e") == {"$ref": "#/components/schemas/error"}
    assert doc.root["components"]["schemas"]["error"]["properties"] == {
        "message": {"type": "string"}
    }


def test_external_non_component_fragment_is_inlined(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {
            "spec.yaml": """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /a:
                get:
                  parameters:
                    - $ref: "common.yaml#/parameters/PageNumber"
                  responses:
                    "204": {description: ok}
            """,
            "common.yaml": """
            parameters:
              PageNumber:
                name: page[number]
                in: query
                schema: {type: integer}
            """,
        },
    )
    doc = load(spec, validate=False)
    assert doc.root["paths"]["/a"]["get"]["parameters"] == [
        {"name": "page[number]", "in": "query", "schema": {"type": "integer"}}
    ]


def test_external_component_does_not_replace_a_local_one_of_the_same_name(tmp_path: Path) -> None:
    """A local `Pet` and another file's `Pet` are two schemas; bundling must keep both."""
    spec = write(
        tmp_path,
        {
            "spec.yaml": """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /remote:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "other.yaml#/components/schemas/Pet"
              /local:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Pet"
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    local_field: {type: string}
            """,
            "other.yaml": """
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    remote_field: {type: string}
            """,
        },
    )
    doc = load(spec, validate=False)
    remote = doc.resolve(schema_of(doc, "/remote")["$ref"])
    local = doc.resolve(schema_of(doc, "/local")["$ref"])
    assert list(local["properties"]) == ["local_field"]
    assert list(remote["properties"]) == ["remote_field"]


def test_same_named_whole_file_refs_from_two_folders_stay_distinct(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {
            "spec.yaml": """
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
                            $ref: a/error.yaml
              /b:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: b/error.yaml
            """,
            "a/error.yaml": "type: object\nproperties:\n  a_code: {type: integer}\n",
            "b/error.yaml": "type: object\nproperties:\n  b_code: {type: integer}\n",
        },
    )
    doc = load(spec, validate=False)
    assert list(doc.resolve(schema_of(doc, "/a")["$ref"])["properties"]) == ["a_code"]
    assert list(doc.resolve(schema_of(doc, "/b")["$ref"])["properties"]) == ["b_code"]


def test_recursive_external_component_is_bundled_once(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {
            "spec.yaml": """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /n:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "node.yaml#/components/schemas/Node"
            """,
            "node.yaml": """
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    children:
                      type: array
                      items:
                        $ref: "#/components/schemas/Node"
            """,
        },
    )
    doc = load(spec, validate=False)
    node = doc.root["components"]["schemas"]["Node"]
    assert node["properties"]["children"]["items"] == {"$ref": "#/components/schemas/Node"}


def test_validator_findings_are_warnings_not_errors(tmp_path: Path) -> None:
    # `info.version` is required by OpenAPI; the generator can still work without it.
    spec = write(
        tmp_path,
        {"spec.yaml": """
        openapi: 3.0.3
        info:
          title: T
        paths:
          /a:
            get:
              responses:
                "204": {description: ok}
        """},
    )
    doc = load(spec)
    assert doc.root["info"] == {"title": "T"}
    assert len(doc.warnings) == 1
    assert doc.warnings[0].message.startswith("openapi-spec-validator: ")
    assert "version" in doc.warnings[0].message
    assert load(spec, validate=False).warnings == []


def test_a_valid_document_has_no_warnings(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {"spec.yaml": """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /a:
            get:
              responses:
                "204": {description: ok}
        """},
    )
    assert load(spec).warnings == []


def test_line_of_points_at_the_key(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {"spec.yaml": """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /a/b:
            get:
              operationId: getAB
              responses:
                "204": {description: ok}
        """},
    )
    doc = load(spec, validate=False)
    assert doc.line_of("/paths/~1a~1b/get/operationId") == 6
    assert doc.line_of("/paths/~1a~1b/get/responses/204") == 8
    assert doc.line_of("/info") == 2


def test_errors_carry_file_line_pointer_and_reason(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {"spec.yaml": """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            A:
              $ref: "#/components/schemas/B"
            B:
              $ref: "#/components/schemas/A"
        """},
    )
    with pytest.raises(SpecError) as caught:
        load(spec, validate=False)
    error = caught.value
    assert error.file == spec
    assert error.line in (6, 8)
    assert error.pointer in ("/components/schemas/A/$ref", "/components/schemas/B/$ref")
    assert error.reason.startswith("$ref cycle: ")
    assert str(error) == f"error: {spec}:{error.line}: at {error.pointer}: " + error.reason


def test_an_unresolvable_ref_is_a_warning_and_leaves_the_schema_untyped(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {"spec.yaml": """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            A:
              type: object
              properties:
                b:
                  description: Details.
                  $ref: "#/$defs/B"
                c: {type: string}
        """},
    )
    doc = load(spec, validate=False)
    assert [str(w) for w in doc.warnings] == [
        "/components/schemas/A/properties/b/$ref: unresolvable $ref '#/$defs/B'; "
        "typed as any JSON value"
    ]
    assert doc.root["components"]["schemas"]["A"]["properties"] == {
        "b": {"description": "Details."},
        "c": {"type": "string"},
    }


def test_yaml_native_values_become_json_values(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {"spec.yaml": """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            A:
              type: string
              format: date-time
              example: 2017-11-28T00:00:00
              default: 2017-11-28
              enum: [2017-11-28, !!timestamp 2020-01-02, !!binary aGk=]
              x-set: !!set {a, b}
              x-nan: .nan
        """},
    )
    a = load(spec, validate=False).root["components"]["schemas"]["A"]
    assert a["example"] == "2017-11-28T00:00:00"
    assert a["default"] == "2017-11-28"
    assert a["enum"] == ["2017-11-28", "2020-01-02", "aGk="]
    assert a["x-set"] == ["a", "b"]
    assert a["x-nan"] == "nan"


def test_a_self_referencing_schema_in_another_file_is_bundled(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {
            "spec.yaml": """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /agents:
                get:
                  operationId: getAgent
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: "defs.yml#/Agent"}
            """,
            "defs.yml": """
            Agent:
              type: object
              properties:
                children: {type: array, items: {$ref: "#/Agent"}}
                team: {$ref: "#/Team"}
            Team:
              type: object
              properties:
                lead: {$ref: "#/Agent"}
            """,
        },
    )
    doc = load(spec, validate=False)
    schemas = doc.root["components"]["schemas"]
    assert schemas["Agent"]["properties"]["children"]["items"] == {
        "$ref": "#/components/schemas/Agent"
    }
    assert schemas["Agent"]["properties"]["team"] == {"$ref": "#/components/schemas/Team"}
    assert schemas["Team"]["properties"]["lead"] == {"$ref": "#/components/schemas/Agent"}
    response = doc.root["paths"]["/agents"]["get"]["responses"]["200"]
    assert response["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Agent"
    }


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            'swagger: "2.0"\ninfo: {title: T, version: "1"}\n',
            "Swagger 2.0 documents are not supported",
        ),
        ("openapi: 2.5\n", "expected an OpenAPI 3.x document"),
        ("[1, 2]\n", "the document is not a mapping"),
        ("openapi: 3.0.3\ninfo: [\n", "invalid YAML"),
    ],
)
def test_documents_that_are_not_openapi_3(tmp_path: Path, text: str, reason: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError, match=reason):
        load(spec, validate=False)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="no such file"):
        load(tmp_path / "nope.yaml")

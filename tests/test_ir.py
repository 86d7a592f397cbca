"""Stage 2, generator/ir/: small inline specs in, the IR (`Api`) out."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config
from generator.ir.build import build
from generator.ir.model import Api, Model, Operation, Param
from generator.load import load


def make_api(
    tmp_path: Path, spec: dict[str, Any], config: Config | None = None, *, openapi: str = "3.1.0"
) -> Api:
    document = {
        "openapi": openapi,
        "info": {"title": "IR Test", "version": "1"},
        "paths": {},
        **spec,
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return build(load(path, validate=False), config or Config(package="ir_test"))


def json_response(schema: dict[str, Any], code: str = "200") -> dict[str, Any]:
    return {code: {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def op(api: Api, dotted: str) -> Operation:
    for operation in api.operations():
        if operation.call_path == dotted or _call_path(api, operation) == dotted:
            return operation
    raise AssertionError(
        f"no operation {dotted}; have {[_call_path(api, o) for o in api.operations()]}"
    )


def _call_path(api: Api, operation: Operation) -> str:
    for resource in api.all_resources():
        if operation in resource.operations:
            return ".".join(resource.path + (operation.name,))
    raise AssertionError(operation)


def model(api: Api, name: str) -> Model:
    found = {m.name: m for m in api.models}
    assert name in found, f"no model {name}; have {sorted(found)}"
    return found[name]


def annotations(m: Model) -> dict[str, str]:
    return {f.wire_name: f.annotation for f in m.fields}


def param(operation: Operation, wire: str) -> Param:
    for p in operation.all_params:
        if p.wire_name == wire:
            return p
    raise AssertionError(f"no parameter {wire}: {[p.wire_name for p in operation.all_params]}")


# -- types -------------------------------------------------------------------------

SHAPES = {
    "type": "object",
    "required": ["s", "i", "n", "b"],
    "properties": {
        "s": {"type": "string"},
        "i": {"type": "integer", "format": "int64"},
        "n": {"type": "number", "format": "float"},
        "b": {"type": "boolean"},
        "dt": {"type": "string", "format": "date-time"},
        "d": {"type": "string", "format": "date"},
        "u": {"type": "string", "format": "uuid"},
        "bin": {"type": "string", "format": "binary"},
        "strings": {"type": "array", "items": {"type": "string"}},
        "matrix": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
        "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
        "free": {"type": "object"},
        "anything": {},
        "ref": {"$ref": "#/components/schemas/Other"},
        "refs": {"type": "array", "items": {"$ref": "#/components/schemas/Other"}},
        "inline": {"type": "object", "properties": {"x": {"type": "string"}}},
        "const": {"const": "fixed"},
        "union": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
        "nullable31": {"type": ["string", "null"]},
        "multi": {"type": ["string", "integer"]},
        "enum": {"type": "string", "enum": ["a", "b"]},
        "int_enum": {"type": "integer", "enum": [1, 2]},
        "mixed_enum": {"enum": ["a", 1]},
        "any_of_null": {"anyOf": [{"$ref": "#/components/schemas/Other"}, {"type": "null"}]},
    },
}


@pytest.fixture(scope="module")
def shapes_api(tmp_path_factory: pytest.TempPathFactory) -> Api:
    spec = {
        "paths": {
            "/shapes": {
                "get": {
                    "operationId": "getShapes",
                    "responses": json_response({"$ref": "#/components/schemas/Shapes"}),
                }
            }
        },
        "components": {
            "schemas": {
                "Shapes": SHAPES,
                "Other": {"type": "object", "properties": {"y": {"type": "integer"}}},
            }
        },
    }
    return make_api(tmp_path_factory.mktemp("shapes"), spec)


def test_types_of_each_schema_shape(shapes_api: Api) -> None:
    got = annotations(model(shapes_api, "Shapes"))
    assert got == {
        "s": "str",
        "i": "int",
        "n": "float",
        "b": "bool",
        "dt": "datetime | None",
        "d": "date | None",
        "u": "str | None",
        "bin": "bytes | None",
        "strings": "list[str] | None",
        "matrix": "list[list[int]] | None",
        "counts": "dict[str, int] | None",
        "free": "dict[str, object] | None",
        "anything": "object | None",
        "ref": "Other | None",
        "refs": "list[Other] | None",
        "inline": "ShapesInline | None",
        "const": "Literal['fixed'] | None",
        "union": "str | int | None",
        "nullable31": "str | None",
        "multi": "str | int | None",
        "enum": "ShapesEnum | None",
        "int_enum": "ShapesIntEnum | None",
        "mixed_enum": "Literal['a', 1] | None",
        "any_of_null": "Other | None",
    }


def test_required_and_nullable_are_separate(shapes_api: Api) -> None:
    fields = {f.wire_name: f for f in model(shapes_api, "Shapes").fields}
    assert [w for w, f in fields.items() if f.required] == ["s", "i", "n", "b"]
    assert fields["nullable31"].type.nullable and not fields["nullable31"].required
    assert not fields["s"].type.nullable


def test_formats_are_kept_for_documentation(shapes_api: Api) -> None:
    fields = {f.wire_name: f for f in model(shapes_api, "Shapes").fields}
    assert fields["u"].type.format == "uuid"
    assert fields["i"].type.format == "int64"
    assert fields["n"].type.format == "float"


def test_inline_enums_and_models_are_named_after_their_place(shapes_api: Api) -> None:
    enums = {e.name: e for e in shapes_api.enums}
    assert enums["ShapesEnum"].base == "str"
    assert [m.value for m in enums["ShapesEnum"].members] == ["a", "b"]
    assert enums["ShapesIntEnum"].base == "int"
    assert [m.value for m in enums["ShapesIntEnum"].members] == [1, 2]
    assert annotations(model(shapes_api, "ShapesInline")) == {"x": "str | None"}


def test_all_of_merges_properties_and_required(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/c": {
                    "get": {
                        "operationId": "getC",
                        "responses": json_response({"$ref": "#/components/schemas/C"}),
                    }
                }
            },
            "components": {
                "schemas": {
                    "A": {
                        "type": "object",
                        "required": ["a"],
                        "properties": {"a": {"type": "string"}},
                    },
                    "B": {"type": "object", "properties": {"b": {"type": "integer"}}},
                    "C": {
                        "allOf": [
                            {"$ref": "#/components/schemas/A"},
                            {"$ref": "#/components/schemas/B"},
                            {
                                "type": "object",
                                "required": ["b"],
                                "properties": {"c": {"type": "boolean"}},
                            },
                        ]
                    },
                }
            },
        },
    )
    assert annotations(model(api, "C")) == {"a": "str", "b": "int", "c": "bool | None"}


def test_one_of_component_is_an_alias_of_the_union(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/p": {
                    "get": {
                        "operationId": "getP",
                        "responses": json_response({"$ref": "#/components/schemas/Pet"}),
                    }
                }
            },
            "components": {
                "schemas": {
                    "Cat": {"type": "object", "properties": {"kind": {"type": "string"}}},
                    "Dog": {"type": "object", "properties": {"kind": {"type": "string"}}},
                    "Pet": {
                        "oneOf": [
                            {"$ref": "#/components/schemas/Cat"},
                            {"$ref": "#/components/schemas/Dog"},
                        ],
                        "discriminator": {"propertyName": "kind"},
                    },
                }
            },
        },
    )
    aliases = {a.name: a for a in api.aliases}
    assert aliases["Pet"].type.kind == "union"
    assert [t.name for t in aliases["Pet"].type.args] == ["Cat", "Dog"]
    assert op(api, "p.retrieve").returns is not None and op(api, "p.retrieve").returns.name == "Pet"


@pytest.mark.parametrize(
    ("schema", "openapi"),
    [
        ({"type": ["object", "null"], "properties": {"x": {"type": "string"}}}, "3.1.0"),
        ({"type": "object", "nullable": True, "properties": {"x": {"type": "string"}}}, "3.0.3"),
        ({"type": "string", "nullable": True, "enum": ["a", "b", None]}, "3.0.3"),
        ({"type": ["string", "null"], "enum": ["a", "b", None]}, "3.1.0"),
    ],
    ids=["object-3.1", "object-3.0", "enum-3.0", "enum-3.1"],
)
def test_a_reference_to_a_nullable_component_is_nullable(
    tmp_path: Path, schema: dict[str, Any], openapi: str
) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/h": {
                    "get": {
                        "operationId": "getH",
                        "responses": json_response({"$ref": "#/components/schemas/Holder"}),
                    }
                }
            },
            "components": {
                "schemas": {
                    "Maybe": schema,
                    "Holder": {
                        "type": "object",
                        "required": ["m"],
                        "properties": {"m": {"$ref": "#/components/schemas/Maybe"}},
                    },
                }
            },
        },
        openapi=openapi,
    )
    assert annotations(model(api, "Holder")) == {"m": "Maybe | None"}


def test_recursive_models(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/n": {
                    "get": {
                        "operationId": "getN",
                        "responses": json_response({"$ref": "#/components/schemas/Node"}),
                    }
                }
            },
            "components": {
                "schemas": {
                    "Node": {
                        "type": "object",
                        "properties": {
                            "children": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/Node"},
                            }
                        },
                    }
                }
            },
        },
    )
    assert annotations(model(api, "Node")) == {"children": "list[Node] | None"}


def test_model_names_config_renames_a_schema(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/a": {
                    "get": {
                        "operationId": "getA",
                        "responses": json_response({"$ref": "#/components/schemas/a_thing"}),
                    }
                }
            },
            "components": {
                "schemas": {"a_thing": {"type": "object", "properties": {"x": {"type": "string"}}}}
            },
        },
        Config(package="ir_test", model_names={"a_thing": "Widget"}),
    )
    assert [m.name for m in api.models] == ["Widget"]
    assert model(api, "Widget").module == "widget"


def test_property_names(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/r": {
                    "get": {
                        "operationId": "getR",
                        "responses": json_response({"$ref": "#/components/schemas/R"}),
                    }
                }
            },
            "components": {
                "schemas": {
                    "R": {
                        "type": "object",
                        "properties": {
                            "class": {"type": "string"},
                            "X-Request-ID": {"type": "string"},
                            "StartTime": {"type": "string"},
                            "StartTime<": {"type": "string"},
                            "start_time": {"type": "string"},
                            "list": {"type": "string"},
                            "type": {"type": "string"},
                        },
                    }
                }
            },
        },
    )
    names = {f.wire_name: f.name for f in model(api, "R").fields}
    assert names == {
        "class": "class_",
        "X-Request-ID": "x_request_id",
        # A wire name that is already a Python name keeps it; the other collisions are
        # resolved in sorted wire-name order.
        "StartTime": "start_time_2",
        "StartTime<": "start_time_lt",
        "start_time": "start_time",
        "list": "list_",
        "type": "type",
    }


# -- operations ----------------------------------------------------------------------


def test_parameters_required_optional_and_positional(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/orgs/{org_id}/teams/{team_id}": {
                    "parameters": [
                        {
                            "name": "org_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "get": {
                        "operationId": "getTeam",
                        "x-codegen-name": "orgs.teams.retrieve",
                        "parameters": [
                            {
                                "name": "team_id",
                                "in": "path",
                                "required": True,
                                "schema": {"type": "integer"},
                            },
                            {
                                "name": "expand",
                                "in": "query",
                                "required": True,
                                "schema": {"type": "string"},
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "schema": {"type": "integer", "default": 10},
                            },
                            {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                        ],
                        "responses": {"204": {"description": "ok"}},
                    },
                }
            }
        },
    )
    operation = op(api, "orgs.teams.retrieve")
    assert [(p.name, p.location, p.required, p.positional) for p in operation.params] == [
        ("org_id", "path", True, False),
        ("team_id", "path", True, True),  # only the last path parameter is positional
        ("expand", "query", True, False),
        ("limit", "query", False, False),
        ("x_trace", "header", False, False),
    ]
    assert [p.name for p in operation.positional] == ["team_id"]
    assert param(operation, "team_id").annotation == "int"
    assert param(operation, "limit").annotation == "int | Omit"
    assert param(operation, "limit").default_repr == "10"
    assert operation.returns is None and operation.success_status == 204


def test_path_parameters_are_ordered_as_in_the_path(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/a/{z}/b/{a}": {
                    "get": {
                        "operationId": "get",
                        "parameters": [
                            {
                                "name": n,
                                "in": "path",
                                "required": True,
                                "schema": {"type": "string"},
                            }
                            for n in ("a", "z")
                        ],
                        "responses": {"204": {"description": "ok"}},
                    }
                }
            }
        },
    )
    operation = api.operations()[0]
    assert [p.name for p in operation.params] == ["z", "a"]
    assert [p.name for p in operation.positional] == ["a"]
    assert operation.path_args == (("z", "z"), ("a", "a"))


def test_object_body_is_spread_into_keyword_arguments(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/w/{from}": {
                    "post": {
                        "operationId": "createW",
                        "parameters": [
                            {
                                "name": "from",
                                "in": "path",
                                "required": True,
                                "schema": {"type": "string"},
                            },
                            {"name": "timeout", "in": "query", "schema": {"type": "number"}},
                        ],
                        "requestBody": {
                            "required": True,
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/W"}}
                            },
                        },
                        "responses": json_response({"$ref": "#/components/schemas/W"}, "201"),
                    }
                }
            },
            "components": {
                "schemas": {
                    "W": {
                        "type": "object",
                        "required": ["name", "from"],
                        "properties": {
                            "id": {"type": "string", "readOnly": True},
                            "name": {"type": "string"},
                            "from": {"type": "string"},
                            "size": {"type": ["integer", "null"]},
                        },
                    }
                }
            },
        },
    )
    operation = api.operations()[0]
    assert operation.body is not None and operation.body.whole is None
    assert operation.body.content_type == "application/json"
    fields = {p.wire_name: p for p in operation.body.fields}
    assert "id" not in fields  # readOnly: never sent
    assert {w: (p.name, p.required, p.annotation) for w, p in fields.items()} == {
        "name": ("name", True, "str"),
        "from": ("from_2", True, "str"),  # the path parameter `from` took `from_`
        "size": ("size", False, "int | Omit | None"),
    }
    assert param(operation, "from").location == "path" and param(operation, "from").name == "from_"
    assert param(operation, "timeout").name == "timeout_"  # `timeout` is a per-call option
    assert operation.success_status == 201


def test_optional_body_makes_every_field_optional(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/w": {
                    "patch": {
                        "operationId": "patchW",
                        "requestBody": {
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["name"],
                                        "properties": {"name": {"type": "string"}},
                                    }
                                }
                            }
                        },
                        "responses": {"204": {"description": "ok"}},
                    }
                }
            }
        },
    )
    body = api.operations()[0].body
    assert body is not None and not body.required
    assert [(p.name, p.required) for p in body.fields] == [("name", False)]


def test_non_object_bodies_are_passed_whole(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/list": {
                    "post": {
                        "operationId": "postList",
                        "requestBody": {
                            "required": True,
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"type": "string"}}
                                }
                            },
                        },
                        "responses": {"204": {"description": "ok"}},
                    }
                },
                "/raw": {
                    "put": {
                        "operationId": "putRaw",
                        "requestBody": {
                            "required": True,
                            "content": {
                                "application/octet-stream": {
                                    "schema": {"type": "string", "format": "binary"}
                                }
                            },
                        },
                        "responses": {"204": {"description": "ok"}},
                    }
                },
                "/text": {
                    "put": {
                        "operationId": "putText",
                        "requestBody": {"content": {"text/plain": {"schema": {"type": "string"}}}},
                        "responses": {"204": {"description": "ok"}},
                    }
                },
            }
        },
    )
    ops = {o.operation_id: o for o in api.operations()}
    for op_id, annotation, fmt in (
        ("postList", "Sequence[str]", "json"),
        ("putRaw", "bytes", "raw"),
        ("putText", "str | Omit", "raw"),  # not nullable: no None
    ):
        body = ops[op_id].body
        assert body is not None and body.fields == () and body.whole is not None, op_id
        assert body.whole.name == "body"
        assert body.whole.annotation == annotation, op_id
        assert ops[op_id].body_format == fmt


def test_response_kinds(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/json": {
                    "get": {
                        "operationId": "json",
                        "responses": {
                            "201": {
                                "description": "x",
                                "content": {
                                    "application/vnd.api+json": {"schema": {"type": "integer"}}
                                },
                            }
                        },
                    }
                },
                "/text": {
                    "get": {
                        "operationId": "text",
                        "responses": {
                            "200": {
                                "description": "x",
                                "content": {"text/csv": {"schema": {"type": "string"}}},
                            }
                        },
                    }
                },
                "/bytes": {
                    "get": {
                        "operationId": "bytes",
                        "responses": {
                            "200": {
                                "description": "x",
                                "content": {
                                    "image/png": {"schema": {"type": "string", "format": "binary"}}
                                },
                            }
                        },
                    }
                },
                "/none": {
                    "delete": {
                        "operationId": "none",
                        "responses": {"204": {"description": "x"}, "404": {"description": "no"}},
                    }
                },
                "/err": {
                    "get": {
                        "operationId": "onlyErrors",
                        "responses": {"default": {"description": "x"}},
                    }
                },
            }
        },
    )
    got = {
        o.operation_id: (o.response_format, o.return_annotation, o.success_status)
        for o in api.operations()
    }
    assert got == {
        "json": ("json", "int", 201),
        "text": ("text", "str", 200),
        "bytes": ("bytes", "bytes", 200),
        "none": ("none", "None", 204),
        "onlyErrors": ("none", "None", 200),
    }


# -- names and resources -------------------------------------------------------------


def test_client_methods_take_a_class_name_no_schema_has(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/": {
                    "get": {
                        "responses": json_response({"$ref": "#/components/schemas/ClientMethods"})
                    }
                }
            },
            "components": {
                "schemas": {"ClientMethods": {"type": "object", "properties": {"a": {}}}}
            },
        },
    )
    assert api.top_level is not None and api.top_level.class_name == "ClientMethods2"
    assert api.top_level.module == "resources._client_methods" and api.top_level.path == ()
    assert [str(w) for w in api.warnings] == [
        "/paths: the client's own methods are the class ClientMethods2: ClientMethods is a"
        " schema's class"
    ]


def test_resource_tree_from_x_codegen_name_and_defaults(tmp_path: Path) -> None:
    def get(op_id: str | None, name: str | None = None) -> dict[str, Any]:
        operation: dict[str, Any] = {"responses": {"204": {"description": "ok"}}}
        if op_id:
            operation["operationId"] = op_id
        if name:
            operation["x-codegen-name"] = name
        return {"get": operation}

    api = make_api(
        tmp_path,
        {
            "paths": {
                "/a/{x}/b/{y}/c": {
                    "parameters": [
                        {"name": n, "in": "path", "required": True, "schema": {"type": "string"}}
                        for n in ("x", "y")
                    ],
                    **get("deep", "alpha.beta.gamma.fetch"),
                },
                "/a": get("listA", "alpha.list"),
                "/v2/widgets/{id}": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    **get("getWidgetById"),
                },
                "/v1.2/gadgets": get("ListGadgets"),
                "/health": get(None),
                "/{id}": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    **get("rootThing"),
                },
                "/renamed": get("renameMe"),
            }
        },
        Config(package="ir_test", operation_names={"renameMe": "tools.renamed.run"}),
    )
    paths = sorted(".".join(r.path + (o.name,)) for r in api.all_resources() for o in r.operations)
    assert paths == [
        "alpha.beta.gamma.fetch",
        "alpha.list",
        "gadgets.retrieve",  # a collection whose response is no list: the one thing there
        "health.retrieve",
        "retrieve",  # no named path segment: a method of the client itself
        "tools.renamed.run",
        "widgets.retrieve",
    ]
    resources = {".".join(r.path): r for r in api.all_resources()}
    assert resources["alpha.beta.gamma"].module == "resources.alpha.beta.gamma"
    assert resources["alpha.beta"].module == "resources.alpha.beta.beta"
    assert resources["alpha"].module == "resources.alpha.alpha"
    assert resources["alpha.beta.gamma"].class_name == "GammaResource"
    assert [c.name for c in resources["alpha"].children] == ["beta"]


def test_x_codegen_name_wins_over_config(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/a": {
                    "get": {
                        "operationId": "getA",
                        "x-codegen-name": "from_spec.get",
                        "responses": {"204": {"description": "ok"}},
                    }
                }
            }
        },
        Config(package="ir_test", operation_names={"getA": "from_config.get"}),
    )
    assert [r.name for r in api.resources] == ["from_spec"]


def test_method_name_collisions_get_a_suffix_and_a_warning(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/b": {
                    "get": {
                        "operationId": "b",
                        "x-codegen-name": "things.list",
                        "responses": {"204": {"description": "ok"}},
                    }
                },
                "/a": {
                    "get": {
                        "operationId": "a",
                        "x-codegen-name": "things.list",
                        "responses": {"204": {"description": "ok"}},
                    }
                },
            }
        },
    )
    names = {o.path: o.name for o in api.operations()}
    assert names == {"/a": "list", "/b": "list_2"}  # path order, not spec order
    assert [w.message for w in api.warnings] == ["method name things.list is taken; named list_2"]
    assert api.warnings[0].pointer == "/paths/~1b/get"


def test_tag_description_documents_the_resource(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "tags": [{"name": "Widgets", "description": "All about widgets."}],
            "paths": {
                "/widgets": {
                    "get": {
                        "operationId": "listWidgets",
                        "responses": {"204": {"description": "ok"}},
                    }
                }
            },
        },
    )
    assert api.resources[0].description == "All about widgets."


def test_names_from_the_title_leave_out_the_words_every_api_has() -> None:
    from generator.config import derived_class_base, derived_package

    named = {
        t: (derived_package(t), derived_class_base(t))
        for t in (
            "Mistral AI API",
            "Twilio - Api",
            "Lago API documentation",
            "Together APIs",
            "USPTO Data Set API",
            "API Reference",
            "Swagger Petstore",
            "GitHub's official OpenAPI spec + Octokit extension",
            "Stripe API: payments",
        )
    }
    assert named == {
        "Mistral AI API": ("mistral_ai", "MistralAI"),
        "Twilio - Api": ("twilio", "Twilio"),
        "Lago API documentation": ("lago", "Lago"),
        "Together APIs": ("together", "Together"),
        "USPTO Data Set API": ("uspto_data_set", "USPTODataSet"),
        "API Reference": ("api_reference", "APIReference"),  # nothing else: kept whole
        "Swagger Petstore": ("swagger_petstore", "SwaggerPetstore"),
        # What comes before a possessive or a separator; a word is one word.
        "GitHub's official OpenAPI spec + Octokit extension": ("github", "GitHub"),
        "Stripe API: payments": ("stripe", "Stripe"),
    }


@pytest.mark.parametrize(
    ("title", "package", "env_prefix", "client"),
    [
        ("Numbers API", "numbers_client", "NUMBERS", "NumbersClient"),
        ("email", "email_client", "EMAIL", "EmailClient"),
        ("HTTPX", "httpx_client", "HTTPX", "HTTPXClient"),
        ("Calendars API", "calendars", "CALENDARS", "CalendarsClient"),
    ],
)
def test_a_package_never_shadows_a_module_of_python_or_of_the_client(
    tmp_path: Path, title: str, package: str, env_prefix: str, client: str
) -> None:
    # Nexmo's "Numbers API" made a package `numbers`: on sys.path first, it broke
    # `import decimal` (and pydantic with it); after the stdlib, it could not be imported.
    api = make_api(tmp_path, {"info": {"title": title, "version": "1"}}, Config())
    assert (api.config.package, api.config.env_prefix, api.config.sync_class) == (
        package,
        env_prefix,
        client,
    )


def test_client_classes_never_take_the_runtime_names_their_module_imports(tmp_path: Path) -> None:
    # "API" keeps its casing, so AsyncAPIClient, which _client.py imports from the runtime.
    api = make_api(tmp_path, {"info": {"title": "API", "version": "1"}}, Config())
    assert (api.config.sync_class, api.config.async_class) == ("ApiClient", "AsyncApiClient")


def test_client_config_defaults(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "servers": [
                {
                    "url": "https://{region}.example.com/v1",
                    "variables": {"region": {"default": "eu"}},
                }
            ],
            "components": {
                "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-API-Key"}}
            },
        },
        Config(),
    )
    c = api.config
    assert (c.package, c.distribution, c.sync_class, c.async_class, c.env_prefix) == (
        "ir_test",
        "ir-test",
        "IRTestClient",  # the title's casing: "IR Test"
        "AsyncIRTestClient",
        "IR_TEST",
    )
    assert c.base_url == "https://eu.example.com/v1"
    assert (c.auth, c.auth_header) == ("header", "X-API-Key")


# -- what the IR cannot express ------------------------------------------------------------


def test_a_path_parameter_the_document_leaves_out_is_made_or_moved(tmp_path: Path) -> None:
    query_id = {"name": "job_id", "in": "query", "required": False, "schema": {"type": "integer"}}
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/things/{thing_id}": {
                    "get": {"operationId": "getThing", "responses": {"204": {"description": "ok"}}}
                },
                "/jobs/{job_id}": {
                    "get": {
                        "operationId": "getJob",
                        "parameters": [query_id],
                        "responses": {"204": {"description": "ok"}},
                    }
                },
            }
        },
    )
    ops = {o.operation_id: o for o in api.operations()}
    (thing,) = ops["getThing"].params
    assert (thing.wire_name, thing.location, thing.required, thing.type.kind) == (
        "thing_id",
        "path",
        True,
        "str",
    )
    # Declared `in: query` by mistake: the same parameter, with its own type, in the path.
    (job,) = ops["getJob"].params
    assert (job.wire_name, job.location, job.required, job.type.kind) == (
        "job_id",
        "path",
        True,
        "int",
    )
    assert sorted((w.pointer, w.message) for w in api.warnings) == [
        (
            "/paths/~1jobs~1{job_id}/get/parameters/0",
            "path parameter {job_id} is declared `in: query`; taken as the path parameter",
        ),
        (
            "/paths/~1things~1{thing_id}/get/parameters",
            "path parameter {thing_id} is not declared; taken as a string",
        ),
    ]


def test_parameter_without_name_skips_the_operation(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/a": {
                    "get": {
                        "operationId": "getA",
                        "parameters": [{"in": "query", "schema": {"type": "string"}}],
                        "responses": {"204": {"description": "ok"}},
                    }
                }
            }
        },
    )
    assert api.operations() == ()
    assert len(api.warnings) == 1
    assert api.warnings[0].pointer == "/paths/~1a/get"
    assert api.warnings[0].message.startswith(
        "operation skipped: parameter at /paths/~1a/get/parameters/0"
    )


def test_form_body_that_is_not_an_object_skips_the_operation(tmp_path: Path) -> None:
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/a": {
                    "post": {
                        "operationId": "postA",
                        "requestBody": {
                            "content": {
                                "application/x-www-form-urlencoded": {"schema": {"type": "string"}}
                            }
                        },
                        "responses": {"204": {"description": "ok"}},
                    }
                }
            }
        },
    )
    assert api.operations() == ()
    assert [w.message for w in api.warnings] == [
        "operation skipped: the application/x-www-form-urlencoded body must be an object, "
        "or a union of objects"
    ]


def test_key_order_does_not_change_names(tmp_path: Path) -> None:
    def reversed_dict(d: dict[str, Any]) -> dict[str, Any]:
        return dict(reversed(list(d.items())))

    spec = {
        "paths": {
            "/r": {
                "get": {
                    "operationId": "getR",
                    "parameters": [
                        {"name": n, "in": "query", "schema": {"type": "string"}}
                        for n in ("StartTime", "StartTime<", "start_time")
                    ],
                    "responses": json_response({"$ref": "#/components/schemas/R"}),
                }
            }
        },
        "components": {
            "schemas": {
                "R": {
                    "type": "object",
                    "properties": {
                        "a-b": {"type": "string"},
                        "a_b": {"type": "string"},
                        "inner": {"type": "object", "properties": {"x": {"type": "string"}}},
                        "kind": {"type": "string", "enum": ["x", "y"]},
                    },
                },
                "RInner": {"type": "object", "properties": {"y": {"type": "string"}}},
                "r_inner": {"type": "object", "properties": {"z": {"type": "string"}}},
            }
        },
    }
    flipped = copy.deepcopy(spec)
    flipped["components"]["schemas"] = reversed_dict(flipped["components"]["schemas"])
    for schema in flipped["components"]["schemas"].values():
        schema["properties"] = reversed_dict(schema["properties"])
    flipped["paths"]["/r"]["get"]["parameters"].reverse()

    def names(api: Api) -> tuple[Any, ...]:
        return (
            sorted(
                (m.name, sorted((f.wire_name, f.name, f.annotation) for f in m.fields))
                for m in api.models
            ),
            sorted(e.name for e in api.enums),
            sorted((p.wire_name, p.name) for p in api.operations()[0].params),
        )

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert names(make_api(tmp_path / "a", spec)) == names(make_api(tmp_path / "b", flipped))


def test_read_only_and_write_only_fields(tmp_path: Path) -> None:
    """readOnly: never sent, so never a request argument; writeOnly: never read back, so
    never required in the response model, even when the schema requires it."""
    account = {
        "type": "object",
        "required": ["id", "name", "password"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "name": {"type": "string"},
            "password": {"type": "string", "writeOnly": True},
        },
    }
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/accounts": {
                    "post": {
                        "operationId": "createAccount",
                        "requestBody": {
                            "required": True,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Account"}
                                }
                            },
                        },
                        "responses": json_response({"$ref": "#/components/schemas/Account"}, "201"),
                    }
                }
            },
            "components": {"schemas": {"Account": account}},
        },
    )
    create = op(api, "accounts.create")
    body = {p.wire_name: p.required for p in create.all_params if p.location == "body"}
    assert body == {"name": True, "password": True}
    assert annotations(model(api, "Account")) == {
        "id": "str",
        "name": "str",
        "password": "str | None",
    }


def test_default_resources_nest_by_literal_path_segments(tmp_path: Path) -> None:
    """Without x-codegen-name, resources follow the path's literal segments (a leading
    version segment such as 2010-04-01 and file extensions left out), and a child
    resource never shadows a method of the same name."""
    ok = {"responses": {"204": {"description": "ok"}}}
    sid = {"name": "sid", "in": "path", "required": True, "schema": {"type": "string"}}
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/2010-04-01/Accounts/{sid}/Calls.json": {
                    "parameters": [sid],
                    "get": {"operationId": "listCall", **ok},
                    "post": {"operationId": "createCall", **ok},
                },
                "/2010-04-01/Accounts.json": {"get": {"operationId": "listAccount", **ok}},
                "/pets": {"get": {"operationId": "search", "x-codegen-name": "pets.search", **ok}},
                "/pets/search/recent": {"get": {"operationId": "recent", **ok}},
                "/pets/search/recent/{id}": {
                    "parameters": [sid | {"name": "id"}],
                    "get": {"operationId": "recentOne", **ok},
                },
            }
        },
    )
    paths = sorted(op.call_path for op in api.operations())
    assert paths == [
        "accounts.calls.create",
        "accounts.calls.retrieve",  # no list in the response, no item below
        "accounts.retrieve",
        "pets.search",
        "pets.search_.recent.list",  # `pets.search` is a method, so the child is `search_`
        "pets.search_.recent.retrieve",
    ]


def test_default_is_the_success_only_where_no_2xx_is_declared(tmp_path: Path) -> None:
    problem = {"$ref": "#/components/schemas/Problem"}
    report = {"type": "object", "properties": {"rows": {"type": "integer"}}}

    def answering(responses: dict[str, Any]) -> dict[str, Any]:
        return {"responses": responses}

    api = make_api(
        tmp_path,
        {
            "paths": {
                "/report": {
                    "get": {
                        "operationId": "getReport",
                        **answering(
                            {
                                "default": {
                                    "description": "the report",
                                    "content": {"application/json": {"schema": report}},
                                }
                            }
                        ),
                    }
                },
                "/other": {
                    "get": {
                        "operationId": "getOther",
                        **answering(
                            {
                                "200": {
                                    "description": "ok",
                                    "content": {"application/json": {"schema": report}},
                                },
                                "default": {
                                    "description": "error",
                                    "content": {"application/json": {"schema": problem}},
                                },
                            }
                        ),
                    }
                },
            },
            "components": {
                "schemas": {
                    "Problem": {"type": "object", "properties": {"title": {"type": "string"}}}
                }
            },
        },
    )
    only_default = op(api, "report.retrieve")
    assert only_default.returns is not None and only_default.returns.kind == "model"
    assert only_default.success_status == 200 and only_default.error_types == ()
    beside_200 = op(api, "other.retrieve")
    assert [(key, t.name) for key, t in beside_200.error_types] == [("default", "Problem")]


def test_types_of_operations_that_share_a_name_take_more_of_their_path(tmp_path: Path) -> None:
    def post(path: str) -> dict[str, Any]:
        answer = {"type": "object", "properties": {"ok": {"type": "boolean"}}}
        return {
            path: {
                "post": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": answer}},
                        }
                    },
                }
            }
        }

    api = make_api(
        tmp_path,
        {
            "paths": {
                **post("/calls/{id}/actions/cancel"),
                **post("/conferences/{id}/actions/cancel"),
                **post("/faxes/{id}/actions/refresh"),
            }
        },
    )
    returned = {o.call_path: o.returns.name for o in api.operations() if o.returns}
    assert returned == {
        "calls.actions.cancel": "CallsActionsCancelResponse",
        "conferences.actions.cancel": "ConferencesActionsCancelResponse",
        "faxes.actions.refresh": "ActionsRefreshResponse",  # no other: the short name
    }


def test_the_example_variable_is_never_a_keyword_or_the_client(tmp_path: Path) -> None:
    """api.md's `import_ = client.repos.imports.retrieve(...)`: a model named `Import`
    must not make `import = ...`, which is no Python (GitHub's API has one)."""
    objects = {"type": "object", "properties": {"id": {"type": "string"}}}
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/repos/import": {
                    "get": {"responses": json_response({"$ref": "#/components/schemas/Import"})}
                },
                "/clients": {
                    "get": {"responses": json_response({"$ref": "#/components/schemas/Client"})}
                },
            },
            "components": {"schemas": {"Import": objects, "Client": objects}},
        },
    )
    assert {o.path: o.result_name for o in api.operations()} == {
        "/repos/import": "import_",
        "/clients": "client_result",
    }


def test_a_raw_body_is_documented_with_its_example_only_where_that_is_its_text(
    tmp_path: Path,
) -> None:
    # LGTM shows its application/x-yaml body as the parsed mapping: the documented call
    # once sent that dict as the body's bytes, and httpx refused it.
    def op(media: str, example: Any) -> dict[str, Any]:
        return {
            "post": {
                "operationId": f"send_{media.split('/')[1].replace('-', '_')}",
                "requestBody": {
                    "required": True,
                    "content": {media: {"schema": {"type": "string"}, "example": example}},
                },
                "responses": {"204": {"description": "done"}},
            }
        }

    api = make_api(
        tmp_path,
        {
            "paths": {
                "/yaml": op("application/x-yaml", {"extraction": {"java": "./build.sh"}}),
                "/text": op("text/plain", "hello"),
                "/raw": op("application/octet-stream", "RIFF"),
            }
        },
    )
    calls = {op.path: dict((n, v) for n, v, _ in op.example_args) for op in api.operations()}
    assert calls["/text"] == {"body": "'hello'"}
    assert calls["/raw"] == {"body": "b'RIFF'"}
    assert calls["/yaml"]["body"] != "{'extraction': {'java': './build.sh'}}"
    assert calls["/yaml"]["body"].startswith("b")  # a bytes placeholder, which it takes


def test_a_documented_path_value_is_never_an_empty_segment(tmp_path: Path) -> None:
    # brex's `/order/{type}/{search}` lists `type: ['', 'B', 'P']`: the documented call
    # took the first, '', and the runtime refuses an empty path segment.
    def param(name: str, schema: dict[str, Any], where: str = "path") -> dict[str, Any]:
        return {"name": name, "in": where, "required": True, "schema": schema}

    api = make_api(
        tmp_path,
        {
            "paths": {
                "/order/{type}/{mode}/{ids}": {
                    "post": {
                        "operationId": "order",
                        "parameters": [
                            param("type", {"type": "string", "enum": ["", "B", "P"]}),
                            param("mode", {"type": "string", "enum": ["", "fast"]}),
                            param("kind", {"type": "string", "enum": ["", "x"]}, "query"),
                            param("ids", {"type": "array", "items": {"enum": ["", "a"]}}),
                        ],
                        "responses": {"204": {"description": "done"}},
                    }
                }
            }
        },
    )
    [operation] = api.operations()
    calls = {n: v for n, v, _ in operation.example_args}
    # A list fills its segment with its items, `a,b`: none of them empty either.
    assert calls == {"type": "'B'", "mode": "'fast'", "ids": "['a']", "kind": "''"}


def test_a_parameter_described_by_content_points_at_its_schema_there(tmp_path: Path) -> None:
    # Rudder's `node-query` is `content: {application/json: {schema: ...}}`; its classes
    # pointed at `.../node-query/schema`, which is not in the document.
    query = {"type": "object", "properties": {"composition": {"enum": ["and", "or"]}}}
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/nodes": {
                    "get": {
                        "parameters": [
                            {
                                "name": "query",
                                "in": "query",
                                "content": {"application/json": {"schema": query}},
                            }
                        ],
                        "responses": {"204": {"description": "ok"}},
                    }
                }
            }
        },
    )
    where = "/paths/~1nodes/get/parameters/0/content/application~1json/schema"
    pointers = api.schema_pointers()
    assert set(pointers.values()) == {where, where + "/properties/composition"}, pointers

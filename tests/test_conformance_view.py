"""The conformance check's own reading of a document (tests/conformance/schema_view.py)."""

from __future__ import annotations

from typing import Any

from tests.conformance.schema_view import SchemaView, converted


def test_a_property_named_like_a_keyword_stays_a_name_and_examples_stay_data() -> None:
    # Azure's resources have a property called `properties`; the view once read that
    # map of names as a schema, gave it `type: object`, and the validator crashed on it.
    root: dict[str, Any] = {
        "components": {
            "schemas": {
                "Locator": {
                    "type": "object",
                    "properties": {"properties": {"$ref": "#/components/schemas/Inner"}},
                    "example": {"properties": {"name": "x"}},
                },
                "Inner": {"properties": {"name": {"type": "string"}}},
            }
        }
    }
    view = converted(root)["components"]["schemas"]
    assert view["Locator"]["properties"] == {"properties": {"$ref": "#/components/schemas/Inner"}}
    assert view["Locator"]["example"] == {"properties": {"name": "x"}}
    assert view["Inner"]["type"] == "object"  # a schema of properties and no type still is one
    checker = SchemaView(root)
    assert checker.errors("/components/schemas/Locator", {"properties": {"name": "x"}}) == []
    assert checker.errors("/components/schemas/Locator", {"properties": {"name": 1}}) != []


def test_a_map_of_values_and_no_type_is_an_object() -> None:
    # Amadeus's `AircraftEntry: {additionalProperties: {type: string}}`: read as JSON
    # Schema it allows a number too, the drawn source drew one, and the client (typed
    # dict[str, str], as every reader types it) refused it as a failure of the client.
    root: dict[str, Any] = {
        "components": {"schemas": {"Entry": {"additionalProperties": {"type": "string"}}}}
    }
    view = SchemaView(root)
    assert view.errors("/components/schemas/Entry", {"A320": "Airbus A320"}) == []
    assert view.errors("/components/schemas/Entry", 5) != []
    assert view.errors("/components/schemas/Entry", {"A320": 5}) != []


def test_the_formats_the_client_parses_are_asserted() -> None:
    # Codat's example gives a date field a date-time: the client (rightly, in strict mode)
    # refuses it, so the view must not count it as a value the schema allows.
    root: dict[str, Any] = {
        "components": {
            "schemas": {
                "Day": {"type": "string", "format": "date"},
                "At": {"type": "string", "format": "date-time"},
                "Mail": {"type": "string", "format": "email"},
            }
        }
    }
    view = SchemaView(root)
    assert view.errors("/components/schemas/Day", "2025-10-15") == []
    assert view.errors("/components/schemas/Day", "2025-10-15T13:51:39.744Z") != []
    assert view.errors("/components/schemas/At", "2025-10-15T13:51:39+05:30") == []
    assert view.errors("/components/schemas/At", "2025-10-15") != []
    assert view.errors("/components/schemas/Mail", "not an address") == []  # no type of its own


def test_a_reference_written_as_a_uri_fragment_is_followed() -> None:
    # SpaceTraders points into its paths as a URI fragment must: `{` as `%7B`.
    from tests.conformance.instances import Instances

    target = {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}}
    root: dict[str, Any] = {
        "paths": {"/ships/{id}": {"get": {"responses": {"200": {"schema": target}}}}},
        "components": {
            "schemas": {
                "Ref": {"$ref": "#/paths/~1ships~1%7Bid%7D/get/responses/200/schema"},
            }
        },
    }
    value = Instances(root, seed=1).make({"$ref": "#/components/schemas/Ref"})
    assert isinstance(value, dict) and isinstance(value["n"], int)
    view = SchemaView(root)
    assert view.errors("/components/schemas/Ref", value) == []
    assert view.errors("/components/schemas/Ref", {"n": "x"}) != []


def test_a_list_keyword_that_is_no_list_is_no_schema() -> None:
    # dnd5eapi writes `allOf: {"3": {...}}` beside a `$ref` (and refers into it from
    # elsewhere); the validator iterated the mapping's keys as schemas and crashed. The
    # generator reads no schema there either.
    root: dict[str, Any] = {
        "components": {
            "schemas": {
                "Monster": {"allOf": [{"properties": {"name": {"type": "string"}}}]},
                "Shown": {
                    "$ref": "#/components/schemas/Monster",
                    "allOf": {"3": {"properties": {"name": {}}}},
                },
            }
        }
    }
    root["components"]["schemas"]["Inside"] = {
        "$ref": "#/components/schemas/Shown/allOf/3/properties/name"
    }
    view = SchemaView(root)
    assert view.errors("/components/schemas/Shown", {"name": "x"}) == []
    assert view.errors("/components/schemas/Shown", {"name": 1}) != []
    assert view.errors("/components/schemas/Inside", 1) == []
    # The instances made for it are Monsters: the mapping hides none of Monster's schema.
    from tests.conformance.instances import Instances

    made = Instances(root, seed=1)
    shown = [made.make({"$ref": "#/components/schemas/Shown"}, variant=v) for v in range(6)]
    assert all(isinstance(m, dict) and set(m) <= {"name"} for m in shown), shown
    assert any(isinstance(m.get("name"), str) for m in shown), shown

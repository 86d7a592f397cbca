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

"""Conformance fed by hypothesis-jsonschema's draws (`conformance.drawn`), not by our own
instance maker: values shaped by nobody's idea of where clients break. Every fragment's
client accepts them, and they catch the old outputs conformance exists for."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.write import write
from tests.conformance.check import conform
from tests.conformance.drawn import DrawnInstances
from tests.test_fragments import CAUGHT_BY, FRAGMENTS, NAMES, _generated

# Old outputs whose fault the draws do not reach: an NSXVManager (renamed parents'
# grandchild) with its `fqdn` is never among the first distinct draws of its family.
_NOT_REACHED = {"renamed_parents"}
_BY_CONFORMANCE = sorted(n for n, stage in CAUGHT_BY.items() if stage == "conformance")


@pytest.mark.parametrize("name", NAMES)
def test_every_fragment_accepts_drawn_values(name: str, tmp_path: Path) -> None:
    result = _generated(name)
    write(tmp_path, result.files)
    report = conform(FRAGMENTS / name / "spec.yaml", tmp_path, result.api, drawn=True)
    assert report.passed, "\n".join(report.failures[:5])
    assert report.instances > 0


@pytest.mark.parametrize("name", [n for n in _BY_CONFORMANCE if n not in _NOT_REACHED])
def test_drawn_values_catch_the_old_outputs(name: str, tmp_path: Path) -> None:
    result = _generated(name)
    write(tmp_path, result.files)
    shutil.copytree(FRAGMENTS / name / "broken", tmp_path, dirs_exist_ok=True)
    report = conform(FRAGMENTS / name / "spec.yaml", tmp_path, result.api, drawn=True)
    assert report.failures, f"{name}: the draws passed the old output ({report.instances} values)"


def test_properties_beside_a_union_are_drawn_closed() -> None:
    """Strict mode refuses a field no schema declares, so a draw holds none: beside a
    oneOf (svix's DestinationOut), the parent's properties and a member's are all there
    is. An open member stays open."""
    root: dict[str, Any] = {
        "openapi": "3.0.3",
        "components": {
            "schemas": {
                "Sink": {"type": "object", "properties": {"url": {"type": "string"}}},
                "Destination": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}},
                    "oneOf": [
                        {
                            "type": "object",
                            "required": ["type", "config"],
                            "properties": {
                                "type": {"enum": ["http"]},
                                "config": {"$ref": "#/components/schemas/Sink"},
                            },
                        },
                        {
                            "type": "object",
                            "required": ["type"],
                            "properties": {"type": {"enum": ["open"]}},
                            "additionalProperties": {"type": "integer"},
                        },
                    ],
                },
            }
        },
    }
    drawn = DrawnInstances(root, seed=1, draws=30)
    values = [
        drawn.make({"$ref": "#/components/schemas/Destination"}, variant=i) for i in range(30)
    ]
    closed = [v for v in values if v["type"] == "http"]
    assert closed and all(set(v) <= {"id", "type", "config"} for v in closed)
    assert all(set(v["config"]) <= {"url"} for v in closed)
    plain = drawn._plain(
        {"$ref": "#/components/schemas/Destination"}, "response", 0, (), [100], closed=True
    )
    assert plain["oneOf"][1]["additionalProperties"] == {"type": "integer"}


def test_a_described_reference_is_drawn_as_closed_as_the_reference() -> None:
    """`allOf: [{$ref: X}, {description: ...}]` (box's Collaboration.item) is X, so X's
    members are closed as where X is used plainly; an allOf of parts that each name some
    properties stays open on each part."""
    root: dict[str, Any] = {
        "openapi": "3.0.3",
        "components": {
            "schemas": {
                "File": {"type": "object", "properties": {"name": {"type": "string"}}},
                "Link": {"type": "object", "properties": {"url": {"type": "string"}}},
                "Item": {"oneOf": [{"$ref": "#/components/schemas/File"}]},
                "Share": {
                    "type": "object",
                    "required": ["item"],
                    "properties": {
                        "item": {
                            "allOf": [
                                {"$ref": "#/components/schemas/Item"},
                                {"description": "What is shared."},
                            ],
                            "nullable": True,
                        }
                    },
                },
            }
        },
    }
    drawn = DrawnInstances(root, seed=1, draws=20)
    values = [drawn.make({"$ref": "#/components/schemas/Share"}, variant=i) for i in range(20)]
    items = [v["item"] for v in values if v["item"] is not None]
    assert items and all(set(item) <= {"name"} for item in items)
    both = {"allOf": [{"$ref": "#/components/schemas/File"}, {"$ref": "#/components/schemas/Link"}]}
    plain = drawn._plain(both, "response", 0, (), [100], closed=True)
    assert all("additionalProperties" not in part for part in plain["allOf"])

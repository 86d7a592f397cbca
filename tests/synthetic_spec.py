"""Synthetic OpenAPI documents of a chosen size, for the scale benchmark.

Each resource has five operations (a paginated list, create, retrieve, update,
delete) and a model with a nested object, an enum and a list, so the document grows
the way real APIs do: more resources, not bigger ones.
"""

from __future__ import annotations

from typing import Any

OPERATIONS_PER_RESOURCE = 5


def synthetic_spec(operations: int) -> dict[str, Any]:
    resources = max(1, operations // OPERATIONS_PER_RESOURCE)
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {
        "Meta": {
            "type": "object",
            "required": ["page_number", "total_pages"],
            "properties": {"page_number": {"type": "integer"}, "total_pages": {"type": "integer"}},
        }
    }
    for i in range(resources):
        name = f"Widget{i}"
        ref = {"$ref": f"#/components/schemas/{name}"}
        schemas[name] = {
            "type": "object",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "name": {"type": "string", "description": f"Name of widget {i}."},
                "status": {"type": "string", "enum": ["active", "retired"]},
                "tags": {"type": "array", "items": {"type": "string"}},
                "size": {
                    "type": "object",
                    "properties": {"w": {"type": "number"}, "h": {"type": "number"}},
                },
                "created_at": {"type": "string", "format": "date-time"},
            },
        }
        schemas[f"{name}List"] = {
            "type": "object",
            "required": ["data", "meta"],
            "properties": {
                "data": {"type": "array", "items": ref},
                "meta": {"$ref": "#/components/schemas/Meta"},
            },
        }
        item = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        body = {"required": True, "content": {"application/json": {"schema": ref}}}

        def ok(schema: dict[str, Any], code: str = "200") -> dict[str, Any]:
            return {
                code: {"description": "ok", "content": {"application/json": {"schema": schema}}}
            }

        paths[f"/widgets{i}"] = {
            "get": {
                "operationId": f"list_widgets{i}",
                "parameters": [
                    {"name": "page[number]", "in": "query", "schema": {"type": "integer"}},
                    {"name": "page[size]", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": ok({"$ref": f"#/components/schemas/{name}List"}),
            },
            "post": {
                "operationId": f"create_widget{i}",
                "requestBody": body,
                "responses": ok(ref, "201"),
            },
        }
        paths[f"/widgets{i}/{{id}}"] = {
            "parameters": [item],
            "get": {"operationId": f"get_widget{i}", "responses": ok(ref)},
            "put": {"operationId": f"update_widget{i}", "requestBody": body, "responses": ok(ref)},
            "delete": {
                "operationId": f"delete_widget{i}",
                "responses": {"204": {"description": "gone"}},
            },
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Synthetic", "version": "1"},
        "servers": [{"url": "https://example.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


CODEGEN = """package:
  name: synthetic_client
pagination:
  page_param: "page[number]"
  items: data
  current_page: meta.page_number
  total_pages: meta.total_pages
"""

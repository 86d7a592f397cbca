"""Conformance: does a generated client accept what its spec allows, and send what it says?

`instances` makes JSON values a schema allows (OpenAPI-aware, seeded, bounded);
`schema_view` turns the document into JSON Schema so a real validator judges each one;
`check` drives a generated package through them in a fresh interpreter (`harness`).
"""

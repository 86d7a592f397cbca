"""The naming report's own arithmetic: what it counts out of a rule's reach."""

from __future__ import annotations

from pathlib import Path

from tests.naming_report import Said, out_of_reach, relative


def said(path: str, summary: str, *words: str) -> Said:
    return Said(path, summary, frozenset(words))


def test_a_resource_word_the_document_never_says_is_out_of_reach() -> None:
    sdk = {"GET /10dlc/brand": ["messaging_10dlc.brand.list"], "GET /pets": ["pets.list"]}
    mine = {"GET /10dlc/brand": "n10dlc.brand.list", "GET /pets": "pets.list"}
    lines = out_of_reach(
        sdk,
        mine,
        {
            "GET /10dlc/brand": said("/10dlc/brand", "List brands", "10dlc", "brand", "list"),
            "GET /pets": said("/pets", "List pets", "pets", "pet", "list"),
        },
    )
    assert lines[1] == "out of a rule's reach: 1, so at most 1 (50.0%) exact"
    assert "    messaging: 1" in lines


def test_a_group_named_two_ways_leaves_all_but_its_most_common_name_out_of_reach() -> None:
    keys = ["POST /a/{}/tools", "POST /b/{}/tools", "POST /c/{}/tools"]
    sdk = {keys[0]: ["a.tools.create"], keys[1]: ["b.tools.create"], keys[2]: ["c.create_tool"]}
    # Inference naming the odd one as the SDK does still leaves one of the group unreached.
    mine = {keys[0]: "a.tools.create", keys[1]: "b.tools.create", keys[2]: "c.create_tool"}
    words = ("a", "b", "c", "tools", "tool", "create")
    info = {k: said(k.split(" ")[1].replace("{}", "{id}"), "Create tool", *words) for k in keys}
    lines = out_of_reach(sdk, mine, info)
    assert lines[1] == "out of a rule's reach: 1, so at most 2 (66.7%) exact"
    assert any(line.strip().startswith("POST /c/{}/tools") for line in lines)


def test_routes_a_rule_can_tell_apart_are_not_counted() -> None:
    keys = ["GET /a/{}/tools", "GET /b/{}/tools"]
    sdk = {keys[0]: ["a.list_tools"], keys[1]: ["b.tools.retrieve"]}
    mine = {keys[0]: "a.tools.list", keys[1]: "b.tools.list"}
    info = {
        keys[0]: said("/a/{id}/tools", "List tools", "a", "tools", "tool", "list"),
        keys[1]: said("/b/{id}/tools", "Get tools", "b", "tools", "tool", "get"),
    }
    assert (
        out_of_reach(sdk, mine, info)[1] == "out of a rule's reach: 0, so at most 2 (100.0%) exact"
    )


def test_the_sdk_routes_lose_only_the_servers_own_path(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
        "servers: [{url: 'https://api.example.com/v1'}]\npaths: {}\n"
    )
    sdk = {"GET /v1/files": ["files.list"], "GET /v1/v10/x": ["x"], "GET /v10": ["y"]}
    assert relative(sdk, spec) == {
        "GET /files": ["files.list"],
        "GET /v10/x": ["x"],
        "GET /v10": ["y"],
    }

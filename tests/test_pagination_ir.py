"""Pagination in the IR (generator/ir/pagination.py): declared schemes and inference.

Small inline documents in, each operation's `Pagination` out; the errors a declared
scheme that matches nothing or only in part must raise; what inference finds, what it
refuses to guess, and that Missions' own scheme is what inference alone finds.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config, load_config
from generator.errors import SpecError
from generator.ir.build import build
from generator.ir.model import Api, Operation
from generator.ir.pagination import summary
from generator.load import load
from tests.test_drift import run_cli

REPO_ROOT = Path(__file__).resolve().parents[1]


def make_api(tmp_path: Path, spec: dict[str, Any], codegen: str | None = None) -> Api:
    document = {"openapi": "3.1.0", "info": {"title": "Pages", "version": "1"}, **spec}
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    config = Config(package="pages")
    if codegen is not None:
        (tmp_path / "codegen.yaml").write_text(codegen, encoding="utf-8")
        config = replace(load_config(tmp_path / "codegen.yaml"), package="pages")
    return build(load(path, validate=False), config)


def ops(api: Api) -> dict[str, Operation]:
    return {o.operation_id: o for o in api.operations()}


def listing(
    params: list[dict[str, Any]], properties: dict[str, Any], method: str = "get"
) -> dict[str, Any]:
    """An operation whose response is an object with `properties`."""
    return {
        method: {
            "operationId": "listThings",
            "parameters": params,
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": {"type": "object", "properties": properties}}
                    },
                }
            },
        }
    }


def q(name: str, kind: str = "integer", **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": kind, **schema}}


THINGS = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}
INT = {"type": "integer"}
STR = {"type": "string"}


# -- Missions ----------------------------------------------------------------------------


def test_inference_alone_finds_the_missions_scheme() -> None:
    """spec/codegen.yaml declares Missions' page[number] scheme; without that block,
    inference finds the same on the same operations (and the page size besides)."""
    spec = REPO_ROOT / "spec" / "missions.yaml"
    declared_config = load_config(spec.with_name("codegen.yaml"))
    declared = build(load(spec, validate=False), declared_config)
    inferred = build(load(spec, validate=False), replace(declared_config, pagination=None))
    a, b = ops(declared), ops(inferred)
    paged = sorted(k for k, o in a.items() if o.pagination)
    assert paged == sorted(k for k, o in b.items() if o.pagination)
    assert len(paged) == 5
    for key in paged:
        x, y = a[key].pagination, b[key].pagination
        assert x is not None and y is not None
        assert (x.scheme, x.inferred, y.scheme, y.inferred) == (
            "pagination",
            False,
            "page_number",
            True,
        )
        assert y.size is not None and y.size.wire == "page[size]"  # only inference names it
        assert (
            replace(y, scheme=x.scheme, inferred=False, size=None, size_default=None, size_max=None)
            == x
        )
    assert [s.style for s in declared.page_schemes] == ["page_number"]
    assert declared.warnings == () and inferred.warnings == ()


# -- declared schemes --------------------------------------------------------------------

PAGED = {
    "paths": {
        "/things": listing(
            [q("page", default=1), q("per_page")],
            {"data": THINGS, "meta": {"type": "object", "properties": {"total_pages": INT}}},
        ),
        "/stats": {
            "get": {**listing([q("page")], {"count": INT})["get"], "operationId": "getStats"}
        },
    }
}
SCHEME = """
pagination:
  schemes:
    pages:
      style: page_number
      page: page
      size: per_page
      items: data
      total_pages: meta.total_pages
  operations:
    getStats: none
"""


def test_a_declared_scheme_takes_the_operations_with_its_parameter(tmp_path: Path) -> None:
    api = make_api(tmp_path, copy.deepcopy(PAGED), SCHEME)
    p = ops(api)["listThings"].pagination
    assert p is not None
    assert (p.scheme, p.style, p.items, p.meta, p.fields) == (
        "pages",
        "page_number",
        "data",
        "meta",
        (("total_pages", "meta.total_pages"),),
    )
    assert p.param is not None and (p.param.location, p.param.path) == ("query", ("page",))
    assert ops(api)["getStats"].pagination is None
    assert [(s.name, s.operations) for s in api.page_schemes] == [("pages", ("things.list",))]


def test_the_short_form_is_one_page_number_scheme(tmp_path: Path) -> None:
    short = "pagination:\n  page_param: page\n  items: data\n  total_pages: meta.total_pages\n"
    short += "  operations: {getStats: none}\n"
    p = ops(make_api(tmp_path, copy.deepcopy(PAGED), short))["listThings"].pagination
    assert p is not None and (p.scheme, p.style, p.fields) == (
        "pagination",
        "page_number",
        (("total_pages", "meta.total_pages"),),
    )


def test_pagination_false_turns_inference_off(tmp_path: Path) -> None:
    assert ops(make_api(tmp_path, copy.deepcopy(PAGED)))["listThings"].pagination is not None
    api = make_api(tmp_path, copy.deepcopy(PAGED), "pagination: false\n")
    assert all(o.pagination is None for o in api.operations()) and api.page_schemes == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("page: page", "page: p"),
            "the pagination scheme 'pages' matches no operation: none takes the parameter 'p'",
        ),
        (
            ("total_pages: meta.total_pages", "total_pages: meta.pages"),
            "matches listThings (/paths/~1things/get) only in part: its response has no 'meta.pages'",
        ),
        (
            ("items: data", "items: meta"),
            "only in part: its response has no list 'meta'",
        ),
        (
            ("size: per_page", "size: limit"),
            "only in part: the request has no parameter 'limit'",
        ),
        (
            ("getStats: none", "getStats: none\n    getStat: none"),
            "'getStat' is the operationId of no operation",
        ),
    ],
)
def test_a_scheme_that_matches_nothing_or_in_part_is_an_error_naming_it(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    with pytest.raises(SpecError) as caught:
        make_api(tmp_path, copy.deepcopy(PAGED), SCHEME.replace(*change))
    assert message in caught.value.reason
    assert caught.value.file.name == "codegen.yaml"


def test_an_operation_without_its_none_is_a_partial_match(tmp_path: Path) -> None:
    with pytest.raises(
        SpecError, match="matches getStats .* only in part: its response has no list 'data'"
    ):
        make_api(tmp_path, copy.deepcopy(PAGED), SCHEME.replace("    getStats: none\n", "    {}\n"))


def test_a_field_of_the_wrong_type_is_a_partial_match(tmp_path: Path) -> None:
    spec = copy.deepcopy(PAGED)
    meta = spec["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]
    meta["schema"]["properties"]["meta"]["properties"]["total_pages"] = STR
    with pytest.raises(SpecError, match="'meta.total_pages' in its response is not int"):
        make_api(tmp_path, spec, SCHEME)


def test_two_schemes_that_both_match_whole_must_be_chosen_between(tmp_path: Path) -> None:
    twice = SCHEME.replace(
        "  operations:",
        "    again:\n      style: page_number\n      page: page\n      items: data\n  operations:",
    )
    with pytest.raises(
        SpecError, match="the pagination schemes 'pages' and 'again' all match listThings"
    ):
        make_api(tmp_path, copy.deepcopy(PAGED), twice)
    spec = copy.deepcopy(PAGED)
    spec["paths"]["/others"] = copy.deepcopy(spec["paths"]["/things"])
    spec["paths"]["/others"]["get"]["operationId"] = "listOthers"
    chosen = twice.replace(
        "getStats: none", "getStats: none\n    listThings: again\n    listOthers: pages"
    )
    api = make_api(tmp_path, spec, chosen)
    assert [(o.operation_id, o.pagination.scheme) for o in api.operations() if o.pagination] == [
        ("listThings", "again"),
        ("listOthers", "pages"),
    ]


def test_a_cursor_scheme_needs_a_next_cursor_or_an_item_id(tmp_path: Path) -> None:
    (tmp_path / "codegen.yaml").write_text(
        "pagination:\n  schemes:\n    c: {style: cursor, cursor: after, items: data}\n",
        encoding="utf-8",
    )
    with pytest.raises(SpecError, match="needs next_cursor .* or item_id"):
        load_config(tmp_path / "codegen.yaml")


# -- inference ---------------------------------------------------------------------------


def inferred(
    tmp_path: Path, params: list[dict[str, Any]], properties: dict[str, Any], **kw: Any
) -> tuple[Any, Api]:
    api = make_api(tmp_path, {"paths": {"/things": listing(params, properties, **kw)}})
    return ops(api)["listThings"].pagination, api


@pytest.mark.parametrize(
    ("params", "properties", "style", "fields"),
    [
        (
            [q("page", default=1)],
            {"data": THINGS, "total_pages": INT},
            "page_number",
            {"total_pages": "total_pages"},
        ),
        (
            [q("offset"), q("limit")],
            {"data": THINGS, "total": INT},
            "offset",
            {"total_count": "total"},
        ),
        (
            [q("cursor", "string")],
            {"data": THINGS, "next_cursor": STR},
            "cursor",
            {"next_cursor": "next_cursor"},
        ),
        (
            [q("starting_after", "string")],
            {"data": THINGS, "has_more": {"type": "boolean"}},
            "cursor",
            {"item_id": "id", "has_more": "has_more"},
        ),
        (
            [q("per_page")],
            {
                "data": THINGS,
                "links": {
                    "type": "object",
                    "properties": {"next": {"type": "string", "format": "uri"}},
                },
            },
            "next_url",
            {"next_url": "links.next"},
        ),
        ([], {"items": THINGS, "next_page_url": STR}, "next_url", {"next_url": "next_page_url"}),
    ],
)
def test_inference_recognises_each_scheme(
    tmp_path: Path,
    params: list[dict[str, Any]],
    properties: dict[str, Any],
    style: str,
    fields: dict[str, str],
) -> None:
    p, api = inferred(tmp_path, params, properties)
    assert p is not None and (p.style, dict(p.fields), p.inferred) == (style, fields, True)
    assert summary(api.page_schemes, api.warnings) == [
        f"pagination: {style} (inferred) on 1 operation, e.g. {api.operations()[0].call_path}"
    ]


def test_a_declared_link_header_is_inferred(tmp_path: Path) -> None:
    spec = {"paths": {"/things": listing([q("per_page")], {})}}
    response = spec["paths"]["/things"]["get"]["responses"]["200"]
    response["content"]["application/json"]["schema"] = THINGS
    response["headers"] = {"Link": {"schema": STR}}
    p = ops(make_api(tmp_path, spec))["listThings"].pagination
    assert p is not None and (p.style, p.items, p.meta) == ("link_header", "", None)


@pytest.mark.parametrize(
    ("params", "properties", "why"),
    [
        ([q("limit")], {"data": THINGS}, "a limit alone is no pagination"),
        (
            [q("page", default=1)],
            {"data": THINGS, "count": INT},
            "an envelope with nothing that says where the page is",
        ),
        (
            [q("cursor", "string")],
            {"data": THINGS, "count": INT},
            "a cursor with no next cursor in the response",
        ),
        ([q("after", "string")], {"data": THINGS}, "after without has_more"),
        (
            [q("offset", "string")],
            {"data": THINGS, "total": INT},
            "a string offset with no next offset",
        ),
    ],
)
def test_inference_leaves_alone_what_it_cannot_tell(
    tmp_path: Path, params: list[dict[str, Any]], properties: dict[str, Any], why: str
) -> None:
    p, api = inferred(tmp_path, params, properties)
    assert p is None, why
    assert api.warnings == ()


def test_a_post_pages_only_through_its_body(tmp_path: Path) -> None:
    p, _ = inferred(
        tmp_path, [q("page", default=1)], {"data": THINGS, "total_pages": INT}, method="post"
    )
    assert p is None


@pytest.mark.parametrize(
    ("params", "properties", "warning"),
    [
        (
            [q("page"), q("page_size")],
            {"data": THINGS, "total_pages": INT},
            "'page' looks like a page number, but nothing says whether pages count from 0 or 1",
        ),
        (
            [q("cursor", "string")],
            {"members": THINGS, "invites": THINGS, "next_cursor": STR},
            "its response has 2 lists (members, invites) and none is plainly the items",
        ),
        (
            [q("offset"), q("marker", "string"), q("limit")],
            {"entries": THINGS, "next_marker": STR},
            "it takes both 'offset' and 'marker', two ways to page",
        ),
    ],
)
def test_an_ambiguous_case_is_a_warning_and_no_paginator(
    tmp_path: Path, params: list[dict[str, Any]], properties: dict[str, Any], warning: str
) -> None:
    p, api = inferred(tmp_path, params, properties)
    assert p is None
    assert [w.message for w in api.warnings] == [
        f"looks paginated but is left unpaginated: {warning}; declare its scheme in codegen.yaml (pagination:)"
    ]
    assert summary(api.page_schemes, api.warnings) == [
        "pagination: 1 operation looks paginated but cannot be told for sure: left unpaginated (see the warnings)"
    ]


def test_of_two_ways_to_page_the_one_the_response_counts_is_taken(tmp_path: Path) -> None:
    """Box: `marker` needs `usemarker=true`, and total_count comes back for offsets."""
    params = [q("offset"), q("marker", "string"), q("limit")]
    p, api = inferred(tmp_path, params, {"entries": THINGS, "next_marker": STR, "total_count": INT})
    assert p is not None and (p.style, dict(p.fields)) == ("offset", {"total_count": "total_count"})
    assert api.warnings == ()


def test_a_deprecated_parameter_is_not_paged_by(tmp_path: Path) -> None:
    """Mistral: `page` is deprecated, and its pagination object filled only for it."""
    page = {**q("page", default=0), "deprecated": True}
    pages = {"type": "object", "properties": {"total_pages": INT, "has_more": {"type": "boolean"}}}
    params = [page, q("page_token", "string")]
    p, _ = inferred(tmp_path, params, {"data": THINGS, "pagination": pages, "next_page_token": STR})
    assert p is not None and p.style == "cursor"
    assert dict(p.fields) == {"next_cursor": "next_page_token"}  # not pagination.has_more


def test_strict_makes_an_ambiguous_case_an_error(tmp_path: Path) -> None:
    spec = {"openapi": "3.1.0", "info": {"title": "Pages", "version": "1"}}
    spec["paths"] = {
        "/things": listing([q("page"), q("page_size")], {"data": THINGS, "total_pages": INT})
    }
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    loose = run_cli("generate", "spec.yaml", "--out", "out", "--no-validate", cwd=tmp_path)
    assert loose.returncode == 0 and "looks paginated" in loose.stderr
    strict = run_cli(
        "generate", "spec.yaml", "--out", "out2", "--no-validate", "--strict", cwd=tmp_path
    )
    assert strict.returncode == 2 and "--strict is set; nothing written" in strict.stderr


def test_the_first_page_number_comes_from_the_parameter(tmp_path: Path) -> None:
    zero = {"name": "page", "in": "query", "description": "Page number (0-indexed).", "schema": INT}
    for param, first in ((zero, 0), (q("page", minimum=1), 1), (q("page", default=0), 0)):
        p, _ = inferred(tmp_path, [param, q("page_size")], {"data": THINGS, "total_pages": INT})
        assert p is not None and p.first == first


def test_page_meta_is_the_one_other_field_or_the_whole_response(tmp_path: Path) -> None:
    p, _ = inferred(tmp_path, [q("cursor", "string")], {"data": THINGS, "next_cursor": STR})
    assert p is not None and (p.meta, p.meta_type and p.meta_type.describe()) == (
        "next_cursor",
        "str | None",
    )
    p, _ = inferred(
        tmp_path, [q("cursor", "string")], {"data": THINGS, "next_cursor": STR, "object": STR}
    )
    assert (
        p is not None and p.meta == "" and p.meta_type is not None and p.meta_type.kind == "model"
    )


def test_the_cli_prints_one_line_per_scheme(tmp_path: Path) -> None:
    spec = {"openapi": "3.1.0", "info": {"title": "Pages", "version": "1"}}
    spec["paths"] = {
        "/things": listing([q("cursor", "string")], {"data": THINGS, "next_cursor": STR})
    }
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    proc = run_cli("generate", "spec.yaml", "--out", "out", "--no-validate", cwd=tmp_path)
    assert (
        proc.stdout.splitlines()[0]
        == "pagination: cursor (inferred) on 1 operation, e.g. things.list"
    )
    quiet = run_cli(
        "generate", "spec.yaml", "--out", "out", "--no-validate", "--quiet", cwd=tmp_path
    )
    assert "pagination:" not in quiet.stdout


# -- the constants of a resource module ---------------------------------------------------


def _constants(api: Api, module: str) -> list[tuple[str, tuple[str, ...]]]:
    resource = next(r for r in api.all_resources() if r.module == module)
    return [(c.name, c.methods) for c in resource.page_constants]


def test_methods_that_page_alike_share_one_constant_named_after_the_scheme() -> None:
    """Missions' `runs` lists page by the one scheme its codegen.yaml declares: one
    `_PAGES`; and no module anywhere puts two distinct schemes in one constant."""
    spec = REPO_ROOT / "spec" / "missions.yaml"
    api = build(load(spec, validate=False), load_config(spec.with_name("codegen.yaml")))
    assert _constants(api, "resources.ai.missions.runs.runs") == [("_PAGES", ("list_runs", "list"))]
    for resource in api.all_resources():
        names = [c.name for c in resource.page_constants]
        assert len(names) == len(set(names)), resource.module
        for op in resource.operations:
            if op.pagination is not None:
                constant = next(
                    c for c in resource.page_constants if c.name == resource.page_constant(op)
                )
                assert constant.expr == op.pagination.scheme_expr, (resource.module, op.name)


def _two_lists(search_params: list[dict[str, Any]]) -> dict[str, Any]:
    """`things.list` and `things.search`, paged by a page number and a page count."""
    body = {"data": THINGS, "total_pages": INT}
    search = listing(search_params, body)["get"]
    return {
        "paths": {
            "/things": listing([q("page", default=1), q("per_page")], body),
            "/things/search": {"get": {**search, "operationId": "searchThings"}},
        }
    }


def test_an_inferred_scheme_is_named_after_its_style(tmp_path: Path) -> None:
    api = make_api(tmp_path, _two_lists([q("page", default=1), q("per_page")]))
    assert _constants(api, "resources.things") == [("_PAGE_NUMBER_PAGES", ("list", "search"))]


def test_two_layouts_of_one_style_are_named_after_their_methods(tmp_path: Path) -> None:
    """The search takes no page size: another scheme of the same style, and of the same
    name, so each constant takes its method's name."""
    api = make_api(tmp_path, _two_lists([q("page", default=1)]))
    assert _constants(api, "resources.things") == [
        ("_LIST_PAGES", ("list",)),
        ("_SEARCH_PAGES", ("search",)),
    ]


@pytest.mark.parametrize(
    ("scheme", "constant"),
    [("feed", "_FEED_PAGES"), ("pages", "_PAGES"), ("user-pages", "_USER_PAGES")],
)
def test_a_declared_scheme_names_its_constant(tmp_path: Path, scheme: str, constant: str) -> None:
    api = make_api(
        tmp_path, copy.deepcopy(PAGED), SCHEME.replace("\n    pages:", f"\n    {scheme}:")
    )
    assert _constants(api, "resources.things") == [(constant, ("list",))]

"""The naming rules of generator/ir/naming.py: spec names in, Python identifiers out."""

from __future__ import annotations

import keyword
import random

import pytest

from generator.ir import naming


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("mission_id", "mission_id"),
        ("camelCase", "camel_case"),
        ("getWidgetById", "get_widget_by_id"),
        ("CreateWidget", "create_widget"),
        ("kebab-case", "kebab_case"),
        ("with space", "with_space"),
        ("HTTPValidationError", "http_validation_error"),
        ("userID", "user_id"),
        ("ABCDef", "abc_def"),
        ("sha256Hash", "sha256_hash"),
        # Capitals with digits are one word: ZIP5, EC2, MP3 (not zi_p5, e_c2, m_p3).
        ("usRaceEthnicityZIP5", "us_race_ethnicity_zip5"),
        ("EC2InstanceId", "ec2_instance_id"),
        ("MP3", "mp3"),
        ("SHA256Hash", "sha256_hash"),
        # An acronym's plural is one word (not user_i_ds, image_ur_ls), and so is one
        # with its version (not i_pv4_address, project_dt_ov1).
        ("userIDs", "user_ids"),
        ("imageURLs", "image_urls"),
        ("getURLsForIDs", "get_urls_for_ids"),
        ("userIDsList", "user_ids_list"),
        ("HTTPSettings", "http_settings"),
        ("IPv4Address", "ipv4_address"),
        ("ProjectDTOv1", "project_dtov1"),
        # Mixed-case words spelled as one (not o_auth2_token, i_os_version).
        ("OAuth2Token", "oauth2_token"),
        ("getOAuthURL", "get_oauth_url"),
        ("iOSVersion", "ios_version"),
        ("macOS", "macos"),
        ("X-Request-ID", "x_request_id"),
        ("page[number]", "page_number"),
        ("page[size]", "page_size"),
        ("filter[created_at][gte]", "filter_created_at_gte"),
        ("a.b", "a_b"),
        ("won't fix", "wont_fix"),
        ('say "hi"', "say_hi"),
        ("__dunder__", "dunder"),
    ],
)
def test_snake(wire: str, expected: str) -> None:
    assert naming.snake(wire) == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("StartTime", "start_time"),
        ("StartTime<", "start_time_lt"),
        ("StartTime>", "start_time_gt"),
        ("StartTime<=", "start_time_lte"),
        ("StartTime>=", "start_time_gte"),
        ("price+tax", "price_plus_tax"),
        ("user@domain", "user_at_domain"),
        ("$ref", "dollar_ref"),
    ],
)
def test_symbols_are_spelled_out_so_names_stay_distinct(wire: str, expected: str) -> None:
    assert naming.snake(wire) == expected


def test_twilio_style_comparison_parameters_do_not_collide() -> None:
    names = [
        naming.param_name(w)
        for w in ("StartTime", "StartTime<", "StartTime>", "StartTime<=", "StartTime>=")
    ]
    assert len(set(names)) == len(names), names


@pytest.mark.parametrize(
    ("wire", "expected"),
    [("2fa", "n2fa"), ("100%", "n100_percent"), ("", "value"), ("  ", "value")],
)
def test_snake_always_gives_an_identifier(wire: str, expected: str) -> None:
    assert naming.snake(wire) == expected
    assert expected.isidentifier()


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("pet", "Pet"),
        ("mission_data", "MissionData"),
        ("HTTPValidationError", "HTTPValidationError"),  # existing capitals are kept
        ("getWidgetById", "GetWidgetById"),
        ("page[number]", "PageNumber"),
        ("X-Request-ID", "XRequestID"),
        ("StartTime<", "StartTimeLt"),
        ("2fa", "Model2fa"),
        ("", "Model"),
    ],
)
def test_pascal(wire: str, expected: str) -> None:
    assert naming.pascal(wire) == expected


@pytest.mark.parametrize("wire", ["none", "None", "true", "True", "false", "False"])
def test_pascal_never_gives_a_keyword(wire: str) -> None:
    # A schema called `none` must not become `class None(BaseModel)`.
    name = naming.pascal(wire)
    assert name.isidentifier() and not keyword.iskeyword(name), name


def test_upper_snake() -> None:
    assert naming.upper_snake("in progress") == "IN_PROGRESS"
    assert naming.upper_snake("camelCase") == "CAMEL_CASE"


SOFT_KEYWORDS = ["_", "case", "match"]  # Python 3.10's, as on every Python the names are


@pytest.mark.parametrize("word", sorted(set(keyword.kwlist) | set(SOFT_KEYWORDS)))
def test_keywords_get_a_trailing_underscore(word: str) -> None:
    for rule in (naming.param_name, naming.field_name, naming.method_name):
        name = rule(word)
        assert name.isidentifier() and not keyword.iskeyword(name), (rule, name)
        assert name not in SOFT_KEYWORDS, (rule, name)
    if word.islower() and word.isidentifier():
        assert naming.param_name(word) == f"{word}_"
        assert naming.safe_keyword(word) == f"{word}_"


def test_names_do_not_depend_on_the_python_that_generates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Python 3.12 made `type` a soft keyword; on it the Missions spec's `type` argument
    # became `type_`, and its codegen.yaml tour no longer matched.
    monkeypatch.setattr(keyword, "softkwlist", [*SOFT_KEYWORDS, "type"])
    monkeypatch.setattr(keyword, "issoftkeyword", frozenset([*SOFT_KEYWORDS, "type"]).__contains__)
    assert [naming.param_name("type"), naming.field_name("type")] == ["type", "type"]
    assert naming.method_name("type") == "type"


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("class", "class_"),
        ("from", "from_"),
        ("import", "import_"),
        ("self", "self_"),
        ("cls", "cls_"),
        ("match", "match_"),
    ],
)
def test_param_name_keywords(wire: str, expected: str) -> None:
    assert naming.param_name(wire) == expected


def test_param_name_reserved_keyword_arguments() -> None:
    reserved = {"timeout", "extra_headers"}
    assert naming.param_name("timeout", reserved) == "timeout_"
    assert naming.param_name("extra_headers", reserved) == "extra_headers_"
    assert naming.param_name("timeout") == "timeout"


@pytest.mark.parametrize(
    "builtin",
    [
        "list",
        "dict",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "object",
        "datetime",
        "date",
        "json",
        "copy",
        "schema",
        "fields",
        "validate",
    ],
)
def test_field_name_avoids_names_the_class_body_uses(builtin: str) -> None:
    assert naming.field_name(builtin) == f"{builtin}_"


@pytest.mark.parametrize(
    ("wire", "expected"), [("Field", "field"), ("BaseModel", "base_model"), ("Literal", "literal")]
)
def test_field_names_are_snake_case_so_cannot_shadow_imported_classes(
    wire: str, expected: str
) -> None:
    assert naming.field_name(wire) == expected


@pytest.mark.parametrize("wire", ["model_config", "model_fields", "model_dump", "modelName"])
def test_field_name_avoids_pydantic_model_namespace(wire: str) -> None:
    name = naming.field_name(wire)
    assert not name.startswith("model_") or name.endswith("_"), name


@pytest.mark.parametrize(("wire", "expected"), [("type", "type"), ("id", "id"), ("name", "name")])
def test_field_name_keeps_harmless_builtins(wire: str, expected: str) -> None:
    assert naming.field_name(wire) == expected


def test_method_names() -> None:
    assert naming.method_name("listOrgs") == "list_orgs"
    assert naming.method_name("import") == "import_"
    assert naming.method_name("list") == "list"


def test_module_name() -> None:
    assert naming.module_name("MissionData") == "mission_data"
    assert naming.module_name("HTTPValidationError") == "http_validation_error"
    assert naming.module_name("Class") == "class_"
    assert naming.module_name("Import") == "import_"


def test_unique_suffixes_in_order() -> None:
    assert naming.unique(["a", "b", "a", "a"]) == ["a", "b", "a_2", "a_3"]
    assert naming.unique([]) == []


def test_unique_never_reuses_a_name_already_given() -> None:
    # `a_2` is a real name here; the second `a` must not take it as well.
    out = naming.unique(["a", "a_2", "a", "a"])
    assert len(set(out)) == 4, out
    assert out[:2] == ["a", "a_2"]


def test_unique_is_a_function_of_its_input() -> None:
    names = ["x", "y", "x", "x_2", "z", "y", "x"]
    assert naming.unique(names) == naming.unique(list(names))
    rng = random.Random(1)
    for _ in range(50):
        sample = [rng.choice("abc") + rng.choice(["", "_2", "_3"]) for _ in range(12)]
        out = naming.unique(sample)
        assert len(set(out)) == len(out), (sample, out)
        assert all(o == s or o.startswith(s + "_") for s, o in zip(sample, out, strict=True))


def test_collisions_resolve_the_same_whatever_the_spec_key_order() -> None:
    """Callers sort by wire name before `unique`, so `StartTime` always keeps the plain name."""
    wires = ["start_time", "StartTime", "startTime", "START_TIME"]
    expected = None
    rng = random.Random(7)
    for _ in range(10):
        rng.shuffle(wires)
        ordered = sorted(wires)
        names = dict(
            zip(ordered, naming.unique(naming.param_name(w) for w in ordered), strict=True)
        )
        expected = expected or names
        assert names == expected
    assert expected is not None
    assert sorted(expected.values()) == [
        "start_time",
        "start_time_2",
        "start_time_3",
        "start_time_4",
    ]
    assert expected["START_TIME"] == "start_time"  # first in sorted order

"""Golden tests: small specs, one feature family each, rendered and compared byte for byte.

Each folder under tests/fixtures/ holds a `spec.yaml` (plus, for some, `codegen.yaml`
and files it references) and `expected/`, the tree the generator must produce for it.

* `test_golden` renders the fixture and compares it with `expected/` file by file.
  `UPDATE_SNAPSHOTS=1` (what `make snapshots` sets) rewrites `expected/` instead;
  read `git diff tests/fixtures` before committing the result.
  It also pins the warnings each fixture produces.
* `test_mypy_strict` runs `mypy --strict` over each expected package, and over the
  fixture's `usage.py` (typical calls a user writes) where there is one.
* `test_round_trip` imports each expected package in a fresh interpreter and checks
  that JSON goes through its models (and its client, over a mock transport) intact.
"""

from __future__ import annotations

import difflib
import functools
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from generator.pipeline import generate

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FAMILIES = sorted(p.name for p in FIXTURES.iterdir() if (p / "spec.yaml").is_file())
UPDATE = os.environ.get("UPDATE_SNAPSHOTS", "") not in ("", "0", "false", "no")
# Left out of the comparison: what tools and interpreters leave inside a tree.
_IGNORED = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
_MAX_DIFF_LINES = 400

# The warnings each fixture is expected to produce (checked by test_golden).
EXPECTED_WARNINGS: dict[str, list[tuple[str, str]]] = {
    "pagination": [
        (
            "/paths/~1summary/get",
            "has page[number] but its response has no list 'data'; returned as one page",
        ),
    ],
}


def package_of(family: str) -> str:
    config = yaml.safe_load((FIXTURES / family / "codegen.yaml").read_text(encoding="utf-8"))
    name = config["package"]["name"]
    assert isinstance(name, str)
    return name


def render(family: str) -> tuple[dict[str, bytes], list[tuple[str, str]]]:
    """The fixture's generated tree, and its warnings as (pointer, message)."""
    fixture = FIXTURES / family
    config = fixture / "codegen.yaml"
    result = generate(
        fixture / "spec.yaml", config=config if config.exists() else None, cache_dir=None
    )
    files = {path: text.encode("utf-8") for path, text in result.files.items()}
    return files, [(w.pointer, w.message) for w in result.warnings]


def read_tree(root: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    if not root.is_dir():
        return found
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and not any(part in _IGNORED for part in rel.parts):
            found[rel.as_posix()] = path.read_bytes()
    return found


def write_tree(root: Path, files: dict[str, bytes]) -> None:
    if root.exists():
        shutil.rmtree(root)
    for rel, data in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def describe_difference(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    """Added and removed files, then a unified diff of every file that differs."""
    added = sorted(set(actual) - set(expected))
    removed = sorted(set(expected) - set(actual))
    changed = sorted(p for p in set(expected) & set(actual) if expected[p] != actual[p])
    lines: list[str] = []
    lines += [f"added (generated, not in expected/): {p}" for p in added]
    lines += [f"removed (in expected/, no longer generated): {p}" for p in removed]
    lines += [f"changed: {p}" for p in changed]
    diff: list[str] = []
    for path in changed + added:
        old = expected.get(path, b"").decode("utf-8", "replace").splitlines(keepends=True)
        new = actual[path].decode("utf-8", "replace").splitlines(keepends=True)
        a = f"expected/{path}" if path in expected else "/dev/null"
        diff += difflib.unified_diff(old, new, a, f"generated/{path}")
    if len(diff) > _MAX_DIFF_LINES:
        diff = diff[:_MAX_DIFF_LINES] + [f"... ({len(diff) - _MAX_DIFF_LINES} more diff lines)\n"]
    return "\n".join(lines) + "\n\n" + "".join(d if d.endswith("\n") else d + "\n" for d in diff)


@pytest.mark.parametrize("family", FAMILIES)
def test_golden(family: str) -> None:
    expected_dir = FIXTURES / family / "expected"
    actual, warnings = render(family)
    if UPDATE:
        write_tree(expected_dir, actual)
    # Every fixture is a clean spec except where a warning is the point of the feature.
    assert warnings == EXPECTED_WARNINGS.get(family, [])
    if UPDATE:
        return
    expected = read_tree(expected_dir)
    assert expected, f"{expected_dir} is empty: run `make snapshots` and review the result"
    if expected != actual:
        pytest.fail(
            f"{family}: the generated tree differs from {expected_dir.relative_to(REPO_ROOT)} "
            f"(if the change is intended, run `make snapshots` and review `git diff`):\n"
            + describe_difference(expected, actual),
            pytrace=False,
        )


def test_every_fixture_has_a_distinct_package() -> None:
    names = [package_of(f) for f in FAMILIES]
    assert len(set(names)) == len(names), names
    assert all(n.startswith("fx_") for n in names), names


def test_describe_difference_names_added_removed_and_changed_files() -> None:
    text = describe_difference(
        {"a.py": b"x = 1\n", "gone.py": b""},
        {"a.py": b"x = 2\n", "new.py": b"y = 1\n"},
    )
    assert "added (generated, not in expected/): new.py" in text
    assert "removed (in expected/, no longer generated): gone.py" in text
    assert "changed: a.py" in text
    assert "-x = 1\n+x = 2\n" in text
    assert "+y = 1" in text


# -- the expected trees are valid, typed Python --------------------------------


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MYPY"))}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache per worker: pydantic and httpx are analysed once, not once per fixture."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.skipif(UPDATE, reason="snapshots are being rewritten")
@pytest.mark.parametrize("family", FAMILIES)
def test_mypy_strict(family: str, mypy_cache: Path) -> None:
    """The expected package, and the fixture's `usage.py` (typical calls) if it has one."""
    fixture = FIXTURES / family
    expected_dir = fixture / "expected"
    targets = [f"src/{package_of(family)}"]
    if (fixture / "usage.py").is_file():
        targets.append("../usage.py")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--explicit-package-bases",
            "--cache-dir",
            str(mypy_cache),
            "--no-error-summary",
            *targets,
        ],
        cwd=expected_dir,  # so that the package's own [tool.mypy] settings apply
        env=_clean_env(MYPYPATH=os.pathsep.join([str(expected_dir / "src"), str(fixture)])),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, f"mypy --strict on {family}/expected:\n{proc.stdout}{proc.stderr}"


# -- round trips -----------------------------------------------------------------
#
# Each check is the body of a function run in a fresh interpreter with the fixture's
# expected/src first on sys.path. `pkg` is the package name; `mock_client(handler)`
# returns the package's sync client over an httpx.MockTransport calling
# `handler(request) -> httpx.Response`; `reply(json)` is a handler that answers with
# that JSON and records each request in `seen`.

_HARNESS = textwrap.dedent("""
    import importlib, json, pkgutil, sys, traceback
    import httpx, pydantic

    pkg = sys.argv[1]
    package = importlib.import_module(pkg)
    seen = []

    def reply(data, status=200):
        def handler(request):
            seen.append(request)
            return httpx.Response(status, json=data)
        return handler

    def mock_client(handler):
        clients = importlib.import_module(pkg + "._client")
        cls = getattr(clients, next(n for n in clients.__all__ if not n.startswith("Async")))
        return cls(api_key="test-key", base_url="https://api.test",
                   http_client=httpx.Client(transport=httpx.MockTransport(handler)))

    def body_of(request):
        return json.loads(request.content) if request.content else None

    CHECKS = {}
    """)

_RUNNER = textwrap.dedent("""
    results = {}
    for name, check in CHECKS.items():
        seen.clear()
        try:
            check()
            results[name] = None
        except BaseException:
            results[name] = traceback.format_exc(limit=4)
    print("@@RESULTS@@" + json.dumps(results))
    """)

_IMPORT_ALL = """
for info in pkgutil.walk_packages(package.__path__, pkg + "."):
    importlib.import_module(info.name)
types = importlib.import_module(pkg + ".types")
for name in types.__all__:
    getattr(types, name)
client = mock_client(reply({}))
for name in dir(client):
    if not name.startswith("_"):
        getattr(client, name)
"""

ROUND_TRIPS: dict[str, dict[str, str]] = {
    family: {"imports_every_module": _IMPORT_ALL} for family in FAMILIES
}

_OWNER = '{"name": "Ann", "created_at": "2024-05-01T12:00:00Z", "pets": []}'

ROUND_TRIPS["unions"].update(
    {
        "union_alias_is_usable_on_its_own": """
from fx_unions.types import Pet
# Nothing else imported: the alias must carry its own members.
value = pydantic.TypeAdapter(Pet).validate_python({"pet_type": "cat", "name": "Tom", "indoor": True})
assert type(value).__name__ == "Cat", value
""",
        "model_using_union_alias_is_usable_on_its_own": f"""
from fx_unions.types import Owner
owner = Owner.model_validate({_OWNER})
assert owner.pets == []
""",
        # The checks below import Cat and Dog themselves, which lets pydantic resolve the
        # alias; they are about how a value is matched to a member.
        "cat_by_discriminator": f"""
from fx_unions.types import Cat, Dog, Owner
owner = Owner.model_validate({{**{_OWNER}, "pets": [{{"pet_type": "cat", "name": "Tom", "indoor": True}}]}})
assert type(owner.pets[0]) is Cat and owner.pets[0].indoor is True, owner.pets
""",
        "dog_by_discriminator": f"""
from fx_unions.types import Cat, Dog, Owner
# Both members accept these keys; only pet_type (the discriminator) tells them apart.
owner = Owner.model_validate({{**{_OWNER}, "pets": [{{"pet_type": "dog", "name": "Rex"}}]}})
assert type(owner.pets[0]) is Dog, f"pet_type 'dog' was read as {{owner.pets[0]!r}}"
""",
        "unknown_discriminator_value_is_not_read_as_a_member": f"""
from fx_unions.types import Cat, Dog, Owner
# Rejected, or kept as plain data: either way not passed off as a Cat or a Dog.
try:
    owner = Owner.model_validate({{**{_OWNER}, "pets": [{{"pet_type": "parrot", "name": "Polly"}}]}})
except pydantic.ValidationError:
    pass
else:
    assert not isinstance(owner.pets[0], (Cat, Dog)), f"pet_type 'parrot' was read as {{owner.pets[0]!r}}"
""",
        "shape_by_default_mapping": """
from fx_unions.types import Circle, Shape, Square
adapter = pydantic.TypeAdapter(list[Shape])
circle, square = adapter.validate_python([{"kind": "Circle", "radius": 1.5}, {"kind": "Square", "side": 2}])
assert type(circle) is Circle and type(square) is Square, (circle, square)
""",
        "all_of_composition": """
import datetime
from fx_unions.types import Cat, Dog, Named, Owner
data = {
    "name": "Ann",
    "created_at": "2024-05-01T12:00:00Z",
    "pets": [{"pet_type": "cat", "name": "Tom"}, {"pet_type": "dog", "name": "Rex", "good_boy": True}],
    "contact": {"name": "Bob"},
}
owner = Owner.model_validate(data)
assert owner.name == "Ann"
assert owner.created_at == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.timezone.utc)
assert [type(p) for p in owner.pets] == [Cat, Dog], owner.pets
assert isinstance(owner.contact, Named) and owner.contact.name == "Bob"
assert Owner.model_validate({**data, "contact": "ann@example.com"}).contact == "ann@example.com"
assert owner.to_dict() == data
""",
        "client_returns_union_member": """
from fx_unions.types import Dog
client = mock_client(reply({"pet_type": "dog", "name": "Rex", "good_boy": True}))
pet = client.pets.retrieve("p1")
assert type(pet) is Dog, pet
assert str(seen[0].url) == "https://api.test/pets/p1"
""",
        "client_sends_union_body": """
client = mock_client(reply({"pet_type": "cat", "name": "Tom"}, 201))
client.pets.create(body={"pet_type": "cat", "name": "Tom"})
assert body_of(seen[0]) == {"pet_type": "cat", "name": "Tom"}
""",
        "client_returns_inline_any_of": """
assert mock_client(reply(42)).search.run(q="x") == 42
assert mock_client(reply("text")).search.run(q="x") == "text"
pets = mock_client(reply([{"pet_type": "cat", "name": "Tom"}])).search.run(q="x")
assert isinstance(pets, list) and type(pets[0]).__name__ == "Cat", pets
""",
    }
)

ROUND_TRIPS["enums"].update(
    {
        "awkward_values": """
from fx_enums.types import Priority, SortOrder, Status, Ticket, TicketKind, TicketLevel
data = {"id": 1, "status": "won't fix", "priority": 10, "kind": "3rd-party", "level": 100, "flag": "yes"}
ticket = Ticket.model_validate(data)
assert ticket.status is Status.WONT_FIX
assert ticket.priority is Priority.VALUE_10
assert ticket.kind is TicketKind.VALUE_3RD_PARTY
assert ticket.level is TicketLevel.VALUE_100
assert ticket.flag == "yes"
assert ticket.to_dict() == data
assert Status('say "hi"') is Status.SAY_HI
assert Status("") is Status.EMPTY
assert Status("back\\\\slash") is Status.BACK_SLASH
assert Status("in progress") is Status.IN_PROGRESS
""",
        "case_only_differences_stay_distinct": """
from fx_enums.types import SortOrder
assert SortOrder("ASC") is SortOrder.ASC
assert SortOrder("asc") is SortOrder.ASC_2
assert SortOrder.ASC is not SortOrder.ASC_2
assert [m.value for m in SortOrder] == ["ASC", "asc", "DESC", "desc"]
""",
        "unknown_values_are_kept": """
from fx_enums.types import Status, Ticket
ticket = Ticket.model_validate({"id": 2, "status": "escalated"})
assert ticket.status.value == "escalated" and not ticket.status.is_known
assert Status.OPEN.is_known
assert ticket.to_dict() == {"id": 2, "status": "escalated"}
""",
        "mixed_enum_is_a_literal": """
from fx_enums.types import Ticket
for good in ("yes", 1, True):
    Ticket.model_validate({"id": 1, "status": "open", "flag": good})
try:
    Ticket.model_validate({"id": 1, "status": "open", "flag": "no"})
except pydantic.ValidationError:
    pass
else:
    raise AssertionError("flag 'no' is not in the enum")
""",
        "client_sends_enum_values": """
from fx_enums.types import Priority, SortOrder, Status
client = mock_client(reply([]))
client.tickets.list(sort=SortOrder.ASC_2, priority=Priority.VALUE_3, channel="web-form")
assert dict(seen[0].url.params) == {"sort": "asc", "priority": "3", "channel": "web-form"}, seen[0].url
client = mock_client(reply({"id": 1, "status": "open"}, 201))
client.tickets.create(title="t", status=Status.IN_PROGRESS, priority=2)
assert body_of(seen[-1]) == {"title": "t", "status": "in progress", "priority": 2}
""",
    }
)

_PROFILE = """{
    "id": "p1", "nickname": None, "address": None, "tags": ["a", None], "score": None,
    "avatar": {"url": "u"},
}"""

ROUND_TRIPS["nullable"].update(
    {
        "required_nulls_are_accepted": f"""
from fx_nullable.types import Profile
data = {_PROFILE}
profile = Profile.model_validate(data)
assert profile.nickname is None and profile.address is None and profile.score is None
assert profile.tags == ["a", None]
assert profile.to_dict() == data
""",
        "values_are_accepted": f"""
from fx_nullable.types import Address, Profile
data = {{**{_PROFILE}, "nickname": "n", "bio": None, "age": 3, "score": 1.5,
        "address": {{"line1": "1 Road", "line2": None}}, "previous": None, "avatar": {{"url": "u"}}}}
profile = Profile.model_validate(data)
assert isinstance(profile.address, Address) and profile.address.line2 is None
assert profile.avatar is not None and profile.avatar.url == "u"
assert profile.to_dict() == data
""",
        "required_keys_are_still_required": f"""
from fx_nullable.types import Profile
data = {_PROFILE}
del data["nickname"]
try:
    Profile.model_validate(data)
except pydantic.ValidationError:
    pass
else:
    raise AssertionError("nickname is required (though it may be null)")
""",
        "nullable_component_accepts_null": f"""
from fx_nullable.types import Profile
# Avatar is `type: [object, "null"]`: a reference to it may be null.
assert Profile.model_validate({{**{_PROFILE}, "avatar": None}}).avatar is None
""",
        "client_sends_explicit_null_and_omits_the_rest": """
client = mock_client(reply({"id": "p1", "nickname": None, "address": None, "tags": [], "score": None,
                            "avatar": {"url": "u"}}))
client.profiles.update("p1", nickname=None, address={"line1": "x"})
assert body_of(seen[0]) == {"nickname": None, "address": {"line1": "x"}}
assert "cursor" not in seen[0].url.params
""",
    }
)

ROUND_TRIPS["nullable_30"].update(
    {
        "nullable_fields": """
from fx_nullable_30.types import Owner, Record
data = {"id": "r", "note": None, "count": None, "owner": None, "color": "red", "previous_owner": {"name": "x"},
        "labels": None, "extra": None}
record = Record.model_validate(data)
assert record.note is None and record.owner is None and record.labels is None
assert record.to_dict() == data
assert isinstance(Record.model_validate({**data, "owner": {"name": "o"}}).owner, Owner)
""",
        "nullable_enum_component_accepts_null": """
from fx_nullable_30.types import Record
# Color is `nullable: true` with null among its values.
record = Record.model_validate({"id": "r", "note": None, "owner": None, "color": None,
                                "previous_owner": {"name": "x"}})
assert record.color is None
""",
        "nullable_object_component_accepts_null": """
from fx_nullable_30.types import Record
record = Record.model_validate({"id": "r", "note": None, "owner": None, "color": "red", "previous_owner": None})
assert record.previous_owner is None
""",
    }
)

ROUND_TRIPS["formats"].update(
    {
        "formats_parse": """
import datetime
from fx_formats.types import Event
data = {"id": "0b6f8c1e-3a5e-4b8e-9d7e-1f2a3b4c5d6e", "starts_at": "2024-01-02T03:04:05Z", "day": "2024-01-02",
        "sequence": 9007199254740993, "ratio": 0.5, "score": 2.25, "thumbnail": "abc"}
event = Event.model_validate(data)
assert event.starts_at == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
assert event.day == datetime.date(2024, 1, 2)
assert event.sequence == 9007199254740993  # int64 beyond float precision survives
assert event.thumbnail == b"abc"
assert Event.model_validate(event.to_dict()) == event
""",
        "client_sends_formats": """
import datetime
client = mock_client(reply([]))
client.events.list(since=datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
                   day=datetime.date(2024, 1, 2), limit=2**40)
params = dict(seen[0].url.params)
assert params["day"] == "2024-01-02", params
assert params["since"].startswith("2024-01-02T03:04:05"), params
assert params["limit"] == str(2**40), params
client = mock_client(lambda request: (seen.append(request), httpx.Response(204))[1])
client.events.attachment.upload("0b6f8c1e-3a5e-4b8e-9d7e-1f2a3b4c5d6e", body=b"\\x00\\x01")
assert seen[-1].content == b"\\x00\\x01"
assert seen[-1].url.path == "/events/0b6f8c1e-3a5e-4b8e-9d7e-1f2a3b4c5d6e/attachment"
assert seen[-1].headers.get("content-type") == "application/octet-stream", seen[-1].headers
""",
    }
)

ROUND_TRIPS["reserved_names"].update(
    {
        "aliased_fields": """
from fx_reserved_names.types import Call
data = {"class": "c", "from": "f", "import": "i", "list": ["l"], "type": "t", "id": "x", "json": "j",
        "model_config": "m", "X-Request-ID": "r", "StartTime": "s", "StartTime<": "lt", "StartTime>": "gt",
        "2fa": True, "": "empty"}
call = Call.model_validate(data)
assert (call.class_, call.from_, call.import_, call.list_) == ("c", "f", "i", ["l"])
assert (call.start_time, call.start_time_lt, call.start_time_gt) == ("s", "lt", "gt")
assert (call.json_, call.model_config_, call.x_request_id, call.n2fa, call.value) == ("j", "m", "r", True, "empty")
assert call.to_dict() == data
""",
        "client_query_header_and_cookie_names": """
client = mock_client(reply([]))
client.calls.list(page_number=2, class_="c", from_="f", start_time_2="a", start_time_lt="b", start_time_gt="c",
                  start_time="d", timeout_=5, x_request_id="rid", self_="me")
request = seen[0]
assert list(request.url.params.multi_items()) == [
    ("page[number]", "2"), ("class", "c"), ("from", "f"), ("StartTime", "a"), ("StartTime<", "b"),
    ("StartTime>", "c"), ("start_time", "d"), ("timeout", "5"),
], request.url
assert request.headers["X-Request-ID"] == "rid"
assert "self=me" in request.headers.get("cookie", ""), "the cookie parameter `self` was not sent"
""",
        "client_keyword_method_and_path_parameter": """
client = mock_client(reply({"class": "c", "from": "f"}))
client.calls.import_("a/b", class_="c", from_2="f")
assert seen[0].url.raw_path == b"/calls/a%2Fb"
assert body_of(seen[0]) == {"class": "c", "from": "f"}
""",
        "schema_named_like_builtins": """
from fx_reserved_names.types import Class, FieldModel, Form, List
# `Field` would shadow pydantic's Field in generated modules: the class is FieldModel.
form = Form.model_validate({"fields": [{"label": "x"}]})
assert isinstance(form.fields_[0], FieldModel)
klass = Class.model_validate({"list": {"items": ["a"]}})
assert isinstance(klass.list_, List) and klass.list_.items == ["a"]
""",
    }
)

ROUND_TRIPS["multi_file"].update(
    {
        "bundled_models": """
from fx_multi_file.types import Error, Owner, Pet, Tag
pet = Pet.model_validate({"id": 1, "name": "n", "tag": "small", "owner": {"name": "o"}})
assert pet.tag is Tag.SMALL and isinstance(pet.owner, Owner)
assert Error.model_validate({"code": 1, "message": "m"}).message == "m"
""",
    }
)

ROUND_TRIPS["pagination"].update(
    {
        "pages_are_walked": """
pages = {
    1: {"data": [{"id": "a"}, {"id": "b"}], "meta": {"page_number": 1, "page_size": 2, "total_pages": 2, "total_results": 3}},
    2: {"data": [{"id": "c"}], "meta": {"page_number": 2, "page_size": 2, "total_pages": 2, "total_results": 3}},
}
def handler(request):
    seen.append(request)
    return httpx.Response(200, json=pages[int(request.url.params.get("page[number]", "1"))])
client = mock_client(handler)
assert [item.id for item in client.items.list(page_size=2)] == ["a", "b", "c"]
assert [r.url.params.get("page[number]") for r in seen] == [None, "2"]
assert all(r.url.params["page[size]"] == "2" for r in seen)
""",
    }
)

ROUND_TRIPS["nesting"].update(
    {
        "nested_resources": """
client = mock_client(reply({"id": "t", "org_id": "o"}))
team = client.orgs.teams.retrieve("t1", org_id="o1")
assert team.id == "t" and str(seen[0].url) == "https://api.test/orgs/o1/teams/t1"
client = mock_client(lambda request: (seen.append(request), httpx.Response(204))[1])
assert client.orgs.teams.members.remove("m1", org_id="o1", team_id="t1") is None
assert seen[-1].method == "DELETE" and seen[-1].url.path == "/orgs/o1/teams/t1/members/m1"
client = mock_client(reply({"id": 7, "name": "w"}))
assert client.widgets.get_widget_by_id(7).id == 7
assert seen[-1].url.path == "/v1/widgets/7"
""",
    }
)


@functools.cache
def _round_trip_results(family: str) -> dict[str, str | None]:
    checks = ROUND_TRIPS[family]
    source = _HARNESS
    for i, (name, body) in enumerate(checks.items()):
        source += f"\ndef _check_{i}():\n" + textwrap.indent(body.strip("\n"), "    ") + "\n"
        source += f"CHECKS[{name!r}] = _check_{i}\n"
    source += _RUNNER
    src = FIXTURES / family / "expected" / "src"
    proc = subprocess.run(
        [sys.executable, "-c", source, package_of(family)],
        env=_clean_env(PYTHONPATH=str(src)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    marker = "@@RESULTS@@"
    if marker not in proc.stdout:
        raise AssertionError(
            f"the {family} package could not be imported:\n{proc.stdout}{proc.stderr}"
        )
    results: dict[str, str | None] = json.loads(proc.stdout.split(marker, 1)[1])
    return results


@pytest.mark.skipif(UPDATE, reason="snapshots are being rewritten")
@pytest.mark.parametrize(
    ("family", "check"),
    [(family, check) for family, checks in ROUND_TRIPS.items() for check in checks],
)
def test_round_trip(family: str, check: str) -> None:
    failure = _round_trip_results(family)[check]
    if failure is not None:
        pytest.fail(f"{family}/{check}:\n{failure}", pytrace=False)

"""Golden tests: small specs, one feature family each, rendered and compared byte for byte.

Each folder under tests/fixtures/ holds a `spec.yaml` (plus, for some, `codegen.yaml`
and files it references) and `expected/`, the tree the generator must produce for it.

* `test_golden` renders the fixture and compares it with `expected/` file by file.
  `UPDATE_SNAPSHOTS=1` (what `make snapshots` sets) rewrites `expected/` instead;
  read `git diff tests/fixtures` before committing the result.
  It also pins the warnings each fixture produces. The manifest's fingerprint, which
  hashes the generator's own code, is left out.
* The runtime (`_runtime/`) is the same for every fixture, so snapshots leave it out:
  `test_runtime_is_copied_verbatim` requires the generated copy to equal
  `templates/runtime/`, and the tests below run on `assembled(family)`, the expected
  tree with the runtime put back.
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
from generator.write import MANIFEST

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
RUNTIME = REPO_ROOT / "templates" / "runtime"
FAMILIES = sorted(p.name for p in FIXTURES.iterdir() if (p / "spec.yaml").is_file())
UPDATE = os.environ.get("UPDATE_SNAPSHOTS", "") not in ("", "0", "false", "no")
# Left out of the comparison: what tools and interpreters leave inside a tree.
_IGNORED = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
_MAX_DIFF_LINES = 400

# The warnings each fixture is expected to produce (checked by test_golden).
EXPECTED_WARNINGS: dict[str, list[tuple[str, str]]] = {
    # Inferred pagination is conservative: a page number that may count from 0 or 1.
    "reserved_names": [
        (
            "/paths/~1calls/get",
            "looks paginated but is left unpaginated: 'page[number]' looks like a page "
            "number, but nothing says whether pages count from 0 or 1; declare its scheme "
            "in codegen.yaml (pagination:)",
        ),
    ],
}


def package_of(family: str) -> str:
    config = yaml.safe_load((FIXTURES / family / "codegen.yaml").read_text(encoding="utf-8"))
    name = config["package"]["name"]
    assert isinstance(name, str)
    return name


def runtime_prefix(family: str) -> str:
    return f"src/{package_of(family)}/_runtime/"


@functools.cache
def generated(family: str) -> tuple[dict[str, bytes], tuple[tuple[str, str], ...]]:
    """Every file generated for the fixture, the runtime included, and its warnings as
    (pointer, message)."""
    fixture = FIXTURES / family
    config = fixture / "codegen.yaml"
    result = generate(
        fixture / "spec.yaml", config=config if config.exists() else None, cache_dir=None
    )
    files = {path: text.encode("utf-8") for path, text in result.files.items()}
    return files, tuple((w.pointer, w.message) for w in result.warnings)


def render(family: str) -> tuple[dict[str, bytes], list[tuple[str, str]]]:
    """The fixture's snapshot: the generated tree without the runtime, and its warnings."""
    every, warnings = generated(family)
    prefix = runtime_prefix(family)
    files = {path: data for path, data in every.items() if not path.startswith(prefix)}
    # The fingerprint hashes the generator's own code, so it changes with every edit of
    # it; tests/test_drift.py covers it. The rest of the manifest is kept.
    manifest = json.loads(files[MANIFEST])
    manifest["fingerprint"] = "(left out of snapshots)"
    files[MANIFEST] = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode("utf-8")
    return files, list(warnings)


def runtime_files() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(RUNTIME.glob("*.py"))}


@functools.cache
def assembled(family: str) -> Path:
    """A temporary copy of the fixture's `expected/` with `_runtime/` put back, and its
    `usage.py` beside it: what the generator really writes, for mypy and round trips."""
    import tempfile

    root = Path(tempfile.mkdtemp(prefix=f"golden-{family}-")) / family
    shutil.copytree(FIXTURES / family / "expected", root / "expected")
    runtime = root / "expected" / runtime_prefix(family)
    runtime.mkdir(parents=True)
    for name, data in runtime_files().items():
        (runtime / name).write_bytes(data)
    if (FIXTURES / family / "usage.py").is_file():
        shutil.copy(FIXTURES / family / "usage.py", root / "usage.py")
    return root


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


@pytest.mark.parametrize("family", FAMILIES)
def test_runtime_is_copied_verbatim(family: str) -> None:
    """The one part snapshots leave out: every file of templates/runtime/, unchanged."""
    every, _ = generated(family)
    prefix = runtime_prefix(family)
    copied = {p.removeprefix(prefix): d for p, d in every.items() if p.startswith(prefix)}
    assert copied == runtime_files()
    assert not (FIXTURES / family / "expected" / prefix).exists(), "a stale runtime copy"


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
    fixture = assembled(family)
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
assert owner.to_dict(mode="json") == data
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
assert ticket.to_dict(mode="json") == data
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
assert ticket.to_dict(mode="json") == {"id": 2, "status": "escalated"}
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
assert profile.to_dict(mode="json") == data
""",
        "values_are_accepted": f"""
from fx_nullable.types import Address, Profile
data = {{**{_PROFILE}, "nickname": "n", "bio": None, "age": 3, "score": 1.5,
        "address": {{"line1": "1 Road", "line2": None}}, "previous": None, "avatar": {{"url": "u"}}}}
profile = Profile.model_validate(data)
assert isinstance(profile.address, Address) and profile.address.line2 is None
assert profile.avatar is not None and profile.avatar.url == "u"
assert profile.to_dict(mode="json") == data
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
assert record.to_dict(mode="json") == data
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
assert Event.model_validate(event.to_dict(mode="json")) == event
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
assert call.to_dict(mode="json") == data
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
assert client.widgets.retrieve(7).id == 7
assert seen[-1].url.path == "/v1/widgets/7"
""",
    }
)


# -- read_write: readOnly fields are never sent, writeOnly ones never required back ----

_USER_JSON = (
    '{"id": "u1", "created_at": "2024-05-01T12:00:00Z", "etag": "e1", "email": "ann@example.com"}'
)

ROUND_TRIPS["read_write"].update(
    {
        "create_sends_password_not_id": f"""
import inspect
client = mock_client(reply({_USER_JSON}, 201))
user = client.users.create(email="ann@example.com", password="s3cret-pw", profile={{"bio": "hi"}})
assert body_of(seen[0]) == {{"email": "ann@example.com", "password": "s3cret-pw", "profile": {{"bio": "hi"}}}}
assert user.id == "u1" and user.password is None
params = inspect.signature(client.users.create).parameters
for server_set in ("id", "created_at", "etag"):
    assert server_set not in params, f"readOnly {{server_set}} is an argument of users.create"
assert params["password"].default is inspect.Parameter.empty, "writeOnly password is required in the request"
assert params["email"].default is inspect.Parameter.empty
""",
        "response_without_password_parses": f"""
import datetime
from fx_read_write.types import User
client = mock_client(reply([{_USER_JSON}, {{**{_USER_JSON}, "id": "u2", "profile": {{"updated_at": "2024-05-02T00:00:00Z"}}}}]))
users = client.users.list()
assert [u.id for u in users] == ["u1", "u2"] and all(u.password is None for u in users)
assert users[0].created_at == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.timezone.utc)
assert users[1].profile is not None and users[1].profile.updated_at is not None
assert users[0].to_dict(mode="json") == {_USER_JSON}
assert not User.model_fields["password"].is_required()
assert all(User.model_fields[n].is_required() for n in ("id", "created_at", "etag", "email"))
""",
        "read_only_fields_are_still_required_in_responses": f"""
from fx_read_write.types import User
data = {_USER_JSON}
del data["id"]
try:
    User.model_validate(data)
except pydantic.ValidationError:
    pass
else:
    raise AssertionError("id is required in a response (readOnly only keeps it out of requests)")
""",
        "inline_body_leaves_read_only_out": f"""
import inspect
client = mock_client(reply({_USER_JSON}))
client.users.update("u1", password="n3w-secret", display_name="Ann")
assert body_of(seen[0]) == {{"password": "n3w-secret", "display_name": "Ann"}}
assert seen[0].method == "PATCH" and seen[0].url.path == "/users/u1"
assert "revision" not in inspect.signature(client.users.update).parameters
""",
        "request_typed_dicts_leave_read_only_keys_out": """
from fx_read_write.types.profile_param import ProfileParam
from fx_read_write.types.user_param import UserParam
# (Which keys are Required is checked by mypy in usage.py: the annotations are strings here.)
assert set(UserParam.__annotations__) == {"email", "password", "display_name", "profile"}, UserParam.__annotations__
assert set(ProfileParam.__annotations__) == {"bio"}, ProfileParam.__annotations__
""",
        "nested_models_in_request_and_response": f"""
import inspect
owner = {{"email": "ann@example.com", "password": "s3cret-pw"}}
client = mock_client(reply({{"id": "t1", "name": "core", "owner": {_USER_JSON}, "members": [{_USER_JSON}]}}, 201))
team = client.teams.create(name="core", owner=owner, members=[owner], join_secret="j")
assert body_of(seen[0]) == {{"name": "core", "owner": owner, "members": [owner], "join_secret": "j"}}
assert team.owner.id == "u1" and team.owner.password is None and team.join_secret is None
assert "id" not in inspect.signature(client.teams.create).parameters
""",
        "all_of_keeps_the_flags": f"""
import inspect
client = mock_client(reply({{**{_USER_JSON}, "role": "owner", "granted_by": "root"}}, 201))
admin = client.admins.create(email="ann@example.com", password="s3cret-pw", role="owner")
assert body_of(seen[0]) == {{"email": "ann@example.com", "password": "s3cret-pw", "role": "owner"}}
assert admin.granted_by == "root" and admin.password is None
params = inspect.signature(client.admins.create).parameters
for server_set in ("id", "created_at", "etag", "granted_by"):
    assert server_set not in params, server_set
assert params["password"].default is inspect.Parameter.empty
""",
    }
)

# -- maps: additionalProperties ------------------------------------------------------

_INVENTORY = """{
    "id": "i1", "name": "main", "counts": {"apple": 3, "pear": 0},
    "prices": {"apple": {"amount": 1.5, "currency": "USD"}},
    "aliases": {"apple": ["pomme", "Apfel"], "pear": []},
    "bins": {"a1": {"apple": 2}, "b2": {}},
    "metadata": {"source": "import", "rows": 3, "nested": {"ok": True}, "list": [1, None]},
    "attributes": {"color": "red", "weight": 1.25},
    "thresholds": {"apple": 1},
    "location": {"warehouse": "north"},
}"""

ROUND_TRIPS["maps"].update(
    {
        "typed_maps_round_trip": f"""
from fx_maps.types import Inventory, Price
data = {_INVENTORY}
inventory = Inventory.model_validate(data)
assert inventory.counts == {{"apple": 3, "pear": 0}}
assert inventory.prices is not None and type(inventory.prices["apple"]) is Price
assert inventory.prices["apple"].amount == 1.5
assert inventory.aliases == {{"apple": ["pomme", "Apfel"], "pear": []}}
assert inventory.bins == {{"a1": {{"apple": 2}}, "b2": {{}}}}
assert inventory.metadata == data["metadata"] and inventory.attributes == data["attributes"]
assert inventory.thresholds == {{"apple": 1}}
assert inventory.to_dict(mode="json") == data
""",
        "map_values_are_validated": f"""
from fx_maps.types import Inventory
data = {_INVENTORY}
for bad in ({{"counts": {{"apple": "lots"}}}}, {{"prices": {{"apple": {{"amount": "x", "currency": "USD"}}}}}},
            {{"aliases": {{"apple": "pomme"}}}}, {{"bins": {{"a1": {{"apple": "two"}}}}}}):
    try:
        Inventory.model_validate({{**data, **bad}})
    except pydantic.ValidationError:
        pass
    else:
        raise AssertionError(f"accepted {{bad}}")
""",
        "client_returns_map_of_models": """
from fx_maps.types import Price
client = mock_client(reply({"apple": {"amount": 1.5, "currency": "USD"}, "pear": {"amount": 2, "currency": "EUR"}}))
prices = client.prices.list()
assert type(prices) is dict and set(prices) == {"apple", "pear"}
assert all(type(p) is Price for p in prices.values()) and prices["pear"].amount == 2
""",
        "client_sends_maps_as_json_objects": f"""
client = mock_client(reply({_INVENTORY}, 201))
inventory = client.inventories.create(
    name="main", counts={{"apple": 3}}, prices={{"apple": {{"amount": 1.5, "currency": "USD"}}}},
    aliases={{"apple": ("pomme", "Apfel")}}, metadata={{"nested": {{"ok": True}}}}, thresholds={{"apple": 1}},
)
assert seen[0].headers["content-type"] == "application/json"
assert body_of(seen[0]) == {{
    "name": "main", "counts": {{"apple": 3}}, "prices": {{"apple": {{"amount": 1.5, "currency": "USD"}}}},
    "aliases": {{"apple": ["pomme", "Apfel"]}}, "metadata": {{"nested": {{"ok": True}}}}, "thresholds": {{"apple": 1}},
}}
assert inventory.counts == {{"apple": 3, "pear": 0}}
""",
        "client_sends_any_mapping": f"""
# The argument is typed Mapping[str, int]: a read-only mapping must be sent as a JSON object too.
import types
client = mock_client(reply({_INVENTORY}, 201))
client.inventories.create(name="main", counts=types.MappingProxyType({{"apple": 3}}))
assert body_of(seen[0]) == {{"name": "main", "counts": {{"apple": 3}}}}
""",
        "client_sends_whole_map_body": """
client = mock_client(lambda request: (seen.append(request), httpx.Response(204))[1])
assert client.prices.replace(body={"apple": {"amount": 1.5, "currency": "USD"}}) is None
assert seen[0].method == "PUT" and body_of(seen[0]) == {"apple": {"amount": 1.5, "currency": "USD"}}
""",
        "strict_client_rejects_undeclared_fields": """
from fx_maps import APIResponseValidationError
client = mock_client(reply({"apple": {"amount": 1.5, "currency": "USD", "discount": 0.1}})).with_options(strict=True)
try:
    client.prices.list()
except APIResponseValidationError:
    pass
else:
    raise AssertionError("Price has additionalProperties: false; a strict client rejects `discount`")
""",
        "strict_client_accepts_declared_additional_properties": f"""
# Location declares `additionalProperties: {{type: integer}}`: extra integer keys are part of the spec.
client = mock_client(reply({{**{_INVENTORY}, "location": {{"warehouse": "north", "aisle": 7}}}})).with_options(strict=True)
inventory = client.inventories.retrieve("i1")
assert inventory.location is not None and inventory.location.model_extra == {{"aisle": 7}}
""",
        "additional_property_values_are_typed": """
from fx_maps.types import Location
location = Location.model_validate({"warehouse": "north", "aisle": 7})
assert location.model_extra == {"aisle": 7}
try:
    Location.model_validate({"warehouse": "north", "aisle": "seven"})
except pydantic.ValidationError:
    pass
else:
    raise AssertionError("Location's additional properties are integers; 'seven' was accepted")
""",
    }
)

# -- recursive: self-reference, mutual recursion, through arrays, allOf and unions ----

_TREE = """{"name": "root", "children": [
    {"name": "a", "children": [{"name": "a1", "children": []}, {"name": "a2"}]},
    {"name": "b", "children": [{"name": "b1", "parent": {"name": "b"}}]},
]}"""

ROUND_TRIPS["recursive"].update(
    {
        "three_level_tree": f"""
from fx_recursive.types import Node
data = {_TREE}
root = Node.model_validate(data)
assert [c.name for c in root.children] == ["a", "b"]
assert [g.name for g in root.children[0].children] == ["a1", "a2"]
assert all(type(g) is Node for c in root.children for g in c.children)
assert root.children[1].children[0].parent.name == "b"
assert root.to_dict(mode="json") == data
""",
        "client_sends_and_returns_a_tree": f"""
from fx_recursive.types import Node
data = {_TREE}
client = mock_client(reply(data, 201))
node = client.nodes.create(name="root", children=data["children"], parent=None)
assert body_of(seen[0]) == {{"name": "root", "children": data["children"], "parent": None}}
assert type(node) is Node and node.children[0].children[1].name == "a2"
""",
        "deep_chain": """
from fx_recursive.types import Node
data = {"name": "0"}
for i in range(1, 60):
    data = {"name": str(i), "children": [data]}
node = Node.model_validate(data)
for _ in range(59):
    node = node.children[0]
assert node.name == "0" and node.children is None
""",
        "mutual_recursion": """
from fx_recursive.types import Company, Person
data = {"name": "Ann", "employer": {"name": "Acme", "founder": {"name": "Bob", "employer": {"name": "Acme", "founder": None}},
                                    "staff": [{"name": "Cy"}]}}
client = mock_client(reply(data))
person = client.people.retrieve("p1")
assert type(person) is Person and type(person.employer) is Company
assert type(person.employer.founder) is Person and person.employer.founder.employer.founder is None
assert type(person.employer.staff[0]) is Person
assert person.to_dict(mode="json") == data
try:
    Company.model_validate({"name": "Acme"})
except pydantic.ValidationError:
    pass
else:
    raise AssertionError("founder is required (though it may be null)")
""",
        "recursion_through_all_of": """
from fx_recursive.types import Category
data = {"name": "sf", "parent": {"name": "books", "parent": {"name": "all"}},
        "subcategories": [{"name": "space", "subcategories": [{"name": "opera"}]}]}
client = mock_client(reply(data, 201))
category = client.categories.create(name="sf", parent={"name": "books"}, subcategories=[{"name": "space"}])
assert body_of(seen[0]) == {"name": "sf", "parent": {"name": "books"}, "subcategories": [{"name": "space"}]}
assert type(category.parent.parent) is Category and category.subcategories[0].subcategories[0].name == "opera"
assert category.to_dict(mode="json") == data
""",
        "recursion_through_a_union": """
from fx_recursive.types import BinaryOp, Constant
expr = {"kind": "binary", "op": "+", "left": {"kind": "const", "value": 1},
        "right": {"kind": "binary", "op": "-", "left": {"kind": "const", "value": 3}, "right": {"kind": "const", "value": 2}}}
client = mock_client(reply(expr))
result = client.expressions.evaluate(body=expr)
assert body_of(seen[0]) == expr
assert type(result) is BinaryOp and type(result.left) is Constant and type(result.right) is BinaryOp
assert type(result.right.right) is Constant and result.right.right.value == 2
assert result.to_dict(mode="json") == expr
""",
        "operator_enum_members_have_names": """
from fx_recursive.types.binary_op_op import BinaryOpOp
# "+" is PLUS; "-", "*" and "/" deserve names too, not VALUE, VALUE_2, VALUE_3.
names = list(BinaryOpOp.__members__)
assert not any(n == "VALUE" or n.startswith("VALUE_") for n in names), names
""",
    }
)

# -- query_styles: how each parameter style reaches the query string ----------------

_SEARCH = "client = mock_client(reply([{'id': 1, 'status': 'pending'}]))\n"

ROUND_TRIPS["query_styles"].update(
    {
        "form_exploded_array_repeats_the_key": _SEARCH
        + """
orders = client.orders.search(id=[1, 2, 3])
assert seen[0].url.query == b"id=1&id=2&id=3", seen[0].url.query
assert orders[0].id == 1
client.orders.search(id=(4,))
assert seen[1].url.query == b"id=4"
""",
        "form_not_exploded_array_is_comma_joined": _SEARCH
        + """
client.orders.search(tags=["a", "b", "c"])
assert list(seen[0].url.params.multi_items()) == [("tags", "a,b,c")], seen[0].url
""",
        "delimiter_inside_a_value_is_escaped": _SEARCH
        + """
# RFC 6570 / OpenAPI: the separator is a literal comma; a comma inside a value is %2C.
# Otherwise ["a,b", "c"] and ["a", "b", "c"] are the same query string.
client.orders.search(tags=["a,b", "c"])
client.orders.search(tags=["a", "b", "c"])
assert seen[0].url.query != seen[1].url.query, seen[0].url.query
assert seen[0].url.query == b"tags=a%2Cb,c", seen[0].url.query
""",
        "space_and_pipe_delimited": _SEARCH
        + """
client.orders.search(fields=["id", "total"], sort=["-created", "id"])
assert list(seen[0].url.params.multi_items()) == [("fields", "id total"), ("sort", "-created|id")], seen[0].url
""",
        "deep_object": _SEARCH
        + """
client.orders.search(filter={"status": "open", "tag": "gift wrap", "min_total": 10})
# RFC 3986 encoding: a space is %20 (a "+" would be read as a space only by form decoders).
assert seen[0].url.query == b"filter%5Bstatus%5D=open&filter%5Btag%5D=gift%20wrap&filter%5Bmin_total%5D=10", seen[0].url.query
assert list(seen[0].url.params.multi_items()) == [
    ("filter[status]", "open"), ("filter[tag]", "gift wrap"), ("filter[min_total]", "10")]
""",
        "boolean_is_lowercase": _SEARCH
        + """
client.orders.search(include_archived=True)
client.orders.search(include_archived=False)
assert [r.url.query for r in seen] == [b"include_archived=true", b"include_archived=false"]
""",
        "date_time_keeps_its_offset": _SEARCH
        + """
import datetime
tz = datetime.timezone(datetime.timedelta(hours=2))
client.orders.search(created_after=datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=tz))
# The "+" of the offset must be escaped, or the server reads a space.
assert seen[0].url.query == b"created_after=2024-01-02T03%3A04%3A05%2B02%3A00", seen[0].url.query
client.orders.search(created_after="2024-01-02T03:04:05Z")
assert seen[1].url.params["created_after"] == "2024-01-02T03:04:05Z"
""",
        "enum_values": _SEARCH
        + """
from fx_query_styles.types import OrderStatus, SortOrder
client.orders.search(order=SortOrder.DESC, status=[OrderStatus.PENDING, "shipped"])
assert seen[0].url.query == b"order=desc&status=pending&status=shipped", seen[0].url.query
client.orders.search(order="asc")
assert seen[1].url.query == b"order=asc"
""",
        "exact_query_string": _SEARCH
        + """
import datetime
from fx_query_styles.types import SortOrder
client.orders.search(
    id=[1, 2], fields=["id", "total"], sort=["-created", "id"], filter={"status": "open"},
    include_archived=False, created_after=datetime.datetime(2024, 1, 2, tzinfo=datetime.timezone.utc),
    order=SortOrder.ASC, status=["delivered"],
)
assert seen[0].url.query == (
    b"id=1&id=2&fields=id%20total&sort=-created%7Cid&filter%5Bstatus%5D=open&include_archived=false"
    b"&created_after=2024-01-02T00%3A00%3A00%2B00%3A00&order=asc&status=delivered"
), seen[0].url.query
""",
        "omitted_parameters_are_left_out": _SEARCH
        + """
client.orders.search()
assert seen[0].url.query == b"" and str(seen[0].url) == "https://api.test/orders"
""",
        "header_array_is_comma_joined_and_a_boolean_lowercase": _SEARCH
        + """
client.orders.search(x_expand=["items", "customer"], x_dry_run=True)
assert seen[0].headers["x-expand"] == "items,customer", seen[0].headers
assert seen[0].headers["x-dry-run"] == "true", seen[0].headers
""",
        "any_sequence_is_an_array": _SEARCH
        + """
# `id` is typed Sequence[int]: a range is one, and must not be sent as "range(1, 3)".
client.orders.search(id=range(1, 3))
assert seen[0].url.query == b"id=1&id=2", seen[0].url.query
""",
    }
)

# -- bodies: form, multipart, raw bytes in; bytes and text out ------------------------

_MULTIPART = '''
import re
def multipart_parts(request):
    """{name: (filename, content_type, bytes)} of a multipart/form-data request."""
    ctype = request.headers["content-type"]
    assert ctype.startswith("multipart/form-data; boundary="), ctype
    boundary = ctype.split("boundary=", 1)[1].strip('"').encode()
    parts = {}
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, data = chunk[2:].partition(b"\\r\\n\\r\\n")
        headers = dict(line.split(": ", 1) for line in head.decode().split("\\r\\n"))
        disposition = headers["Content-Disposition"]
        name = re.search(r'; name="([^"]*)"', disposition).group(1)
        filename = re.search(r'; filename="([^"]*)"', disposition)
        parts[name] = (filename and filename.group(1), headers.get("Content-Type"), data[:-2])
    return parts
'''

_FILE_JSON = '{"id": "f1", "filename": "report.csv", "bytes": 4, "purpose": "batch"}'


def _raw(status: int, content: str, media: str) -> str:
    return (
        f"client = mock_client(lambda request: (seen.append(request), "
        f"httpx.Response({status}, content={content}, headers={{'content-type': {media!r}}}))[1])\n"
    )


ROUND_TRIPS["bodies"].update(
    {
        "form_urlencoded_body": """
import urllib.parse
from fx_bodies.types import Token
client = mock_client(reply({"access_token": "t", "expires_in": 3600}))
token = client.oauth.token(grant_type="client_credentials", client_id="abc", remember=True, ttl=60, scope="read write")
assert seen[0].headers["content-type"] == "application/x-www-form-urlencoded"
assert urllib.parse.parse_qsl(seen[0].content.decode()) == [
    ("grant_type", "client_credentials"), ("client_id", "abc"), ("scope", "read write"), ("remember", "true"), ("ttl", "60")]
assert type(token) is Token and token.expires_in == 3600
""",
        "form_none_is_not_sent_as_an_empty_string": """
import urllib.parse
client = mock_client(reply({"access_token": "t", "expires_in": 3600}))
# A form has no null: `scope=` would tell the server the scope is the empty string.
client.oauth.token(grant_type="refresh_token", client_id="abc", scope=None)
assert urllib.parse.parse_qsl(seen[0].content.decode(), keep_blank_values=True) == [
    ("grant_type", "refresh_token"), ("client_id", "abc")], seen[0].content
""",
        "multipart_file_as_a_tuple": _MULTIPART
        + f"""
from fx_bodies.types import File
client = mock_client(reply({_FILE_JSON}, 201))
stored = client.files.upload(file=("report.csv", b"a,b\\n", "text/csv"), purpose="batch", description="Q1",
                             expires_after=3600, public=True)
assert type(stored) is File and stored.id == "f1"
parts = multipart_parts(seen[0])
assert parts["file"] == ("report.csv", "text/csv", b"a,b\\n"), parts["file"]
assert {{k: v for k, v in parts.items() if k != "file"}} == {{
    "purpose": (None, None, b"batch"), "description": (None, None, b"Q1"),
    "expires_after": (None, None, b"3600"), "public": (None, None, b"true")}}, parts
""",
        "multipart_file_as_bytes": _MULTIPART
        + f"""
from fx_bodies.types.files_upload_body_purpose import FilesUploadBodyPurpose
client = mock_client(reply({_FILE_JSON}, 201))
client.files.upload(file=b"\\x00\\xffraw", purpose=FilesUploadBodyPurpose.ASSISTANTS)
parts = multipart_parts(seen[0])
filename, _, content = parts["file"]
assert content == b"\\x00\\xffraw" and filename, parts["file"]
assert parts["purpose"] == (None, None, b"assistants") and set(parts) == {{"file", "purpose"}}, parts
""",
        "multipart_file_as_an_open_file": _MULTIPART
        + f"""
import os, tempfile
client = mock_client(reply({_FILE_JSON}, 201))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "notes.txt")
    with open(path, "wb") as out:
        out.write(b"hello")
    with open(path, "rb") as handle:
        client.files.upload(file=handle, purpose="assistants")
parts = multipart_parts(seen[0])
assert parts["file"][0] == "notes.txt" and parts["file"][2] == b"hello", parts["file"]
""",
        "multipart_none_is_not_sent_as_an_empty_part": _MULTIPART
        + f"""
client = mock_client(reply({_FILE_JSON}, 201))
client.files.upload(file=b"x", purpose="batch", description=None)
assert set(multipart_parts(seen[0])) == {{"file", "purpose"}}, multipart_parts(seen[0])
""",
        "octet_stream_request_body": f"""
client = mock_client(reply({_FILE_JSON}))
stored = client.files.content.replace("f1", body=b"\\x00\\x01\\xff")
assert seen[0].method == "PUT" and seen[0].url.path == "/files/f1/content"
assert seen[0].headers["content-type"] == "application/octet-stream"
assert seen[0].content == b"\\x00\\x01\\xff"
assert stored.filename == "report.csv"
""",
        "binary_response_is_bytes": _raw(200, 'b"\\x89PNG\\x00\\xff"', "application/octet-stream")
        + """
data = client.files.content.download("f1")
assert type(data) is bytes and data == b"\\x89PNG\\x00\\xff"
""",
        "binary_response_asks_for_its_media_type": _raw(200, 'b"\\x00"', "application/octet-stream")
        + """
client.files.content.download("f1")
# A server that negotiates content answers `Accept: application/json` with 406.
assert "application/octet-stream" in seen[0].headers["accept"], seen[0].headers["accept"]
""",
        "text_response_is_str": _raw(
            200, '"Résumé: 3 lines\\n".encode()', "text/plain; charset=utf-8"
        )
        + """
text = client.files.summary("f1")
assert type(text) is str and text == "Résumé: 3 lines\\n", repr(text)
""",
        "text_response_asks_for_its_media_type": _raw(200, 'b"ok"', "text/plain")
        + """
client.files.summary("f1")
assert "text/plain" in seen[0].headers["accept"], seen[0].headers["accept"]
""",
    }
)

# -- open_enums: values the spec does not list yet -------------------------------------

_SUBSCRIPTION = '{"id": "s1", "status": "active", "tier": 2}'
_STRICT = """
from fx_open_enums import APIResponseValidationError, FxOpenEnumsClient
def strict_client(data):
    return FxOpenEnumsClient(api_key="k", base_url="https://api.test", strict=True,
                             http_client=httpx.Client(transport=httpx.MockTransport(reply(data))))
def rejects(data, call):
    try:
        call(strict_client(data))
    except APIResponseValidationError:
        return
    raise AssertionError(f"a strict client accepted {data}")
"""

ROUND_TRIPS["open_enums"].update(
    {
        "known_values_are_members": f"""
from fx_open_enums.types import SubscriptionStatus, Tier
sub = mock_client(reply({_SUBSCRIPTION})).subscriptions.retrieve("s1")
assert sub.status is SubscriptionStatus.ACTIVE and sub.tier is Tier.VALUE_2
assert sub.status.is_known and sub.tier.is_known
""",
        "unknown_string_value_is_kept": f"""
from fx_open_enums.types import SubscriptionStatus
data = {{**{_SUBSCRIPTION}, "status": "paused", "history": ["active", "trial"], "billing": "weekly"}}
sub = mock_client(reply(data)).subscriptions.retrieve("s1")
assert isinstance(sub.status, SubscriptionStatus), type(sub.status)
assert sub.status.value == "paused" and sub.status.is_known is False and str(sub.status) == "paused"
assert sub.status == SubscriptionStatus("paused")
assert sub.history[0] is SubscriptionStatus.ACTIVE and sub.history[1].is_known is False
assert sub.billing.value == "weekly" and sub.billing.is_known is False
assert sub.to_dict(mode="json") == data
""",
        "unknown_integer_value_is_kept": f"""
from fx_open_enums.types import Tier
data = {{**{_SUBSCRIPTION}, "tier": 7, "limits": {{"gold": 9, "basic": 1}}}}
sub = mock_client(reply(data)).subscriptions.retrieve("s1")
assert isinstance(sub.tier, Tier) and sub.tier.value == 7 and sub.tier.is_known is False
assert sub.limits["gold"].is_known is False and sub.limits["basic"] is Tier.VALUE_1
assert sub.to_dict(mode="json") == data
""",
        "unknown_values_are_sent_back_as_they_came": f"""
from fx_open_enums.types import SubscriptionStatus
client = mock_client(reply({{**{_SUBSCRIPTION}, "status": "paused", "tier": 7}}))
sub = client.subscriptions.retrieve("s1")
client.subscriptions.update("s1", status=sub.status, tier=sub.tier)
assert body_of(seen[-1]) == {{"status": "paused", "tier": 7}}
client = mock_client(reply([]))
client.subscriptions.list(status=SubscriptionStatus("paused"))
assert seen[-1].url.query == b"status=paused"
""",
        "strict_client_accepts_known_values": _STRICT
        + f"""
sub = strict_client({{**{_SUBSCRIPTION}, "history": ["canceled"], "limits": {{"x": 3}}}}).subscriptions.retrieve("s1")
assert sub.tier.is_known and sub.history[0].is_known
""",
        "strict_client_rejects_unknown_string": _STRICT
        + f"""
rejects({{**{_SUBSCRIPTION}, "status": "paused"}}, lambda c: c.subscriptions.retrieve("s1"))
rejects({{**{_SUBSCRIPTION}, "billing": "weekly"}}, lambda c: c.subscriptions.retrieve("s1"))
""",
        "strict_client_rejects_unknown_integer": _STRICT
        + f"""
rejects({{**{_SUBSCRIPTION}, "tier": 7}}, lambda c: c.subscriptions.retrieve("s1"))
""",
        "strict_client_rejects_unknown_values_in_lists_and_maps": _STRICT
        + f"""
rejects([{_SUBSCRIPTION}, {{**{_SUBSCRIPTION}, "status": "paused"}}], lambda c: c.subscriptions.list())
rejects({{**{_SUBSCRIPTION}, "history": ["active", "trial"]}}, lambda c: c.subscriptions.retrieve("s1"))
rejects({{**{_SUBSCRIPTION}, "limits": {{"gold": 9}}}}, lambda c: c.subscriptions.retrieve("s1"))
""",
        "strict_via_with_options": f"""
from fx_open_enums import APIResponseValidationError
client = mock_client(reply({{**{_SUBSCRIPTION}, "tier": 7}}))
assert client.subscriptions.retrieve("s1").tier.value == 7
try:
    client.with_options(strict=True).subscriptions.retrieve("s1")
except APIResponseValidationError:
    pass
else:
    raise AssertionError("with_options(strict=True) accepted tier 7")
""",
        "value_spelled_like_a_member_name_is_unknown": _STRICT
        + f"""
from fx_open_enums.types import SubscriptionStatus
# "ACTIVE" is the *name* of the member whose value is "active"; as a value it is unknown.
status = SubscriptionStatus("ACTIVE")
assert status is not SubscriptionStatus.ACTIVE and status.value == "ACTIVE"
assert status.is_known is False, "SubscriptionStatus('ACTIVE') claims to be a known value"
rejects({{**{_SUBSCRIPTION}, "status": "ACTIVE"}}, lambda c: c.subscriptions.retrieve("s1"))
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
    src = assembled(family) / "expected" / "src"
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

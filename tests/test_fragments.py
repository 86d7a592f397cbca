"""One small document per class of bug found on real documents (tests/fragments/*).

Each fragment must go through every stage a user's document goes through: generate
(no traceback, the warnings pinned below), import of every module, `mypy --strict`
(with the fragment's `usage.py`, calls a user writes, where there is one), and
conformance (tests/conformance: strict parsing and round trips of values the schema
allows). `BEHAVIOUR` adds what the fragment is about, run against the generated client.

Where a fragment has `broken/`, those files are what the generator made before the
fix; laid over a fresh output, they must make one of the stages fail. That is the
proof each check catches the bug it exists for.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.pipeline import Result, generate
from generator.write import write
from tests.conformance.check import conform

FRAGMENTS = Path(__file__).resolve().parent / "fragments"
NAMES = sorted(p.name for p in FRAGMENTS.iterdir() if (p / "spec.yaml").is_file())

# The warnings each fragment gives (openapi-spec-validator's left out: they are its own).
WARNINGS: dict[str, list[str]] = {
    "broken_ref": [
        "/paths/~1speech/post/responses/200/content/application~1json/schema/properties/"
        "usage/properties/details/anyOf/0/$ref: unresolvable $ref '#/$defs/PromptTokensDetails'"
        "; typed as any JSON value"
    ],
    "duplicate_ids": [
        "/paths/~1v2~1whatsapp~1phone_numbers/get/operationId: duplicate operationId "
        "'ListPhoneNumbers' (also used at /paths/~1phone_numbers/get); operationIds must be "
        "unique: this one is known as 'ListPhoneNumbers_2'"
    ],
    "enum_types": [
        "/components/schemas/Model/properties/count: enum values ['1', '2'] are not of the "
        "declared type integer; read as [1, 2]",
        "/components/schemas/Model/properties/level: enum values [3] are not of the declared "
        "type string; read as ['3']",
        "/components/schemas/Model/properties/version: enum values [4.1, 4] are not of the "
        "declared type string; read as ['4.1', '4']",
    ],
    "name_clashes": [
        "/components/schemas/Caller: its request form is named CallerInput: CallerParam is "
        "already the name of another schema",
        "/components/schemas/Status: its request form is named StatusValues: StatusLiteral is "
        "already the name of another schema",
        "/paths: the resource compact is the class CompactResource2: CompactResource is a "
        "schema's class",
    ],
    "own_servers": [
        "/paths/~1transcription/get: operation skipped: it is served over wss:// "
        "(wss://api.example.com/v1), which an HTTP client does not speak"
    ],
    "pasted_defs": [
        "/paths/~1speech/post/responses/200/content/application~1json/schema/"
        "properties/output/anyOf/0/$ref: $ref '#/$defs/Tokens' resolves nowhere from the "
        "document's root; read against the enclosing schema at /paths/~1speech/post/responses/200/content/application~1json/schema, whose "
        "definitions it names",
        "/paths/~1speech/post/responses/200/content/application~1json/schema/"
        "properties/input/$ref: $ref '#/$defs/Tokens' resolves nowhere from the document's "
        "root; read against the enclosing schema at /paths/~1speech/post/responses/200/content/application~1json/schema, whose definitions it names",
        "/paths/~1speech/post/responses/200/content/application~1json/schema/"
        "$defs/Tokens/properties/role/$ref: $ref '#/$defs/Role' resolves nowhere from the "
        "document's root; read against the enclosing schema at /paths/~1speech/post/responses/200/content/application~1json/schema, whose "
        "definitions it names",
    ],
    "repeated_segments": [
        "/paths: the resource maintenance.maintenance is the class MaintenanceResource2: "
        "MaintenanceResource is another resource's class",
        "/paths: the resource reports.reports is the class ReportsResource2: ReportsResource "
        "is another resource's class",
    ],
    "top_level": ["/paths/~1{name}/delete: method name delete is taken; named delete_thing"],
    "written_query": [
        "/paths/~1latest?term={term}&amount={amount}&format=json/get/parameters: query "
        "parameter {term} is not declared; taken as a string",
        "/paths/~1numbers~1{country}?{search}=1/get/parameters/1: path parameter 'search' has "
        "no {search} in the path; sent in the query",
    ],
    "shared_tags": [
        "/components/schemas/ItemSummary: type 'movie', 'show': declared by more than one "
        "member, so they tell none apart; such payloads are read as the member that knows them"
    ],
    "relative_server": [
        "/servers/0/url: the server URL '/api' is relative to wherever the document is "
        "served: the client has no default base URL, and needs one given"
    ],
}

# Checks of what each fragment is about: a function body run in a fresh interpreter with
# the package importable; `pkg` is its name, `mock(json)` a client over a mock transport
# answering with that JSON (strict=True by `mock(json, strict=True)`), `sent` the requests.
BEHAVIOUR: dict[str, str] = {
    "name_clashes": """
from name_clashes.types import CallerInput, CallerParam, CompactResource, ItemParam
from name_clashes.resources.compact import CompactResource2
import typing
# The spec's CallerParam is the spec's union, not Caller's request form (CallerInput).
assert CallerParam is not CallerInput
item = mock({"id": "c1", "size": 3}).compact.retrieve("c1")
assert type(item) is CompactResource and item.size == 3
""",
    "implicit_tags": """
from implicit_tags.types import Chapter, EpisodeObject, TrackObject
assert type(mock({"type": "track", "name": "a"}, strict=True).items.retrieve("i")) is TrackObject
assert type(mock({"type": "episode", "name": "a"}, strict=True).items.retrieve("i")) is EpisodeObject
# No declared value: the implicit mapping (the schema name), and openness as a fallback.
assert type(mock({"type": "Chapter"}, strict=True).items.retrieve("i")) is Chapter
assert type(mock({"type": "chapter", "title": "t"}).items.retrieve("i")) is Chapter
""",
    "optional_tag": """
from optional_tag.types import Holder, Number, Text
holder = mock({"plain": {}, "setting": {"modelType": "number", "value": 2}}, strict=True).configs.retrieve()
assert type(holder.plain) is Text and holder.plain.model_type_ is None
assert type(holder.setting) is Number
""",
    "open_enum_union": """
from open_enum_union.types import Alert, Block, Divider
items = mock([{"type": 2, "text": "x"}, {"type": 1}, {"type": 3}], strict=True).blocks.list()
assert [type(i) for i in items] == [Alert, Block, Divider], items
""",
    "overlapping_union": """
from overlapping_union.types import Saml, Web3
client = lambda data: mock(data, strict=True).verifications.retrieve("v")
# `web3_metamask` is both members' value; `saml` only Saml's, though Web3 tolerates it.
assert type(client({"strategy": "saml"})) is Saml
assert type(client({"strategy": "web3_coinbase"})) is Web3
assert type(client({"strategy": "web3_metamask", "idp": "x"})) is Saml
assert type(mock({"strategy": "passkey"}).verifications.retrieve("v")) is Web3
# Enums, and lists of them, alike: the enum that lists the value wins.
from overlapping_union.types import StaticRole, UserRole
uuid = "c955f4e1-9477-43f0-8349-6fbc629fccc9"
member = mock({"role": uuid, "roles": [uuid]}, strict=True).members.retrieve("m")
assert member.role is StaticRole(uuid) and member.roles[0] is StaticRole(uuid)
member = mock({"role": "B", "roles": ["A"]}, strict=True).members.retrieve("m")
assert member.role is UserRole.B and member.roles == [UserRole.A]
""",
    "sse_frames": """
import httpx
from sse_frames import SseFramesClient
from sse_frames.types import Finished, Progress
body = (
    'event: progress\\ndata: {"kind": "progress", "percent": 50}\\n\\n'
    'event: finished\\ndata: {"kind": "finished", "ok": true}\\n\\n'
    "data: [DONE]\\n\\n"
)
client = SseFramesClient(api_key="k", base_url="https://api.test", strict=True, http_client=httpx.Client(
    transport=httpx.MockTransport(lambda r: httpx.Response(200, text=body, headers={"content-type": "text/event-stream"}))))
events = list(client.runs.retrieve_events("r1"))
assert [type(e) for e in events] == [Progress, Finished], events
assert events[0].percent == 50 and events[1].ok is True
""",
    "form_unions": """
client = mock({"id": "c1"})
assert client.clones.create(body={"file": b"RIFF", "provider": "fine", "label": "mine"}).id == "c1"
request = sent[-1]
assert request.headers["content-type"].startswith("multipart/form-data; boundary="), request.headers
content = request.content
assert b'name="file"' in content and b"RIFF" in content and b'name="label"' in content, content
client.notes.create(body={"title": "t", "text": "a b"})
assert sent[-1].content == b"title=t&text=a+b", sent[-1].content
client.session.create()
assert sent[-1].method == "POST" and sent[-1].url.path == "/session" and sent[-1].content == b""
""",
    "own_servers": """
from own_servers import OwnServersClient
def client(**kw):
    return OwnServersClient(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(
        lambda r: (sent.append(r), httpx.Response(200, json={"id": "f", "token": "t"}))[1])), **kw)
default = client()
default.files.content("f1")
default.oauth.token()
default.files.retrieve("f1")
assert [str(r.url) for r in sent] == [
    "https://upload.example.com/v1/files/f1/content",  # the operation's server, its variable's default
    "https://api.example.com/oauth/token",  # the path item's
    "https://api.example.com/v1/files/f1",  # the same as the document's
], sent
# A base URL of the caller's own (a proxy, a mock server) takes every operation.
client(base_url="http://localhost:4010").files.content("f2")
assert str(sent[-1].url) == "http://localhost:4010/files/f2/content", sent[-1].url
assert not hasattr(default, "transcription")
""",
    "pasted_defs": """
from pasted_defs.types import Role, Tokens
result = mock({"input": {"count": 2, "role": "user"}, "output": {"count": 1}}, strict=True).speech.create()
assert type(result.input) is Tokens and result.input.role is Role.USER
assert type(result.output) is Tokens and result.output.count == 1
""",
    "typed_keywords": """
from typed_keywords.types import CustomField, ValueObject
fields = mock([{"name": "a"}], strict=True).tasks.list_custom_fields("t")
assert fields == [CustomField(name="a")], fields
assert mock("urgent", strict=True).labels.retrieve("l") == "urgent"
assert mock(["a", "b"], strict=True).values.retrieve("v") == ["a", "b"]
assert type(mock({"name": "n"}, strict=True).values.retrieve("v")) is ValueObject
""",
    "undeclared_tag": """
from undeclared_tag.types import Deleted, Failure
result = mock({"responses": [{"id": 1, "responseStatus": "Deleted"},
                             {"code": "gone", "responseStatus": "Failure"}]}, strict=True)
responses = result.resources.batch_delete().responses
assert [type(r) for r in responses] == [Deleted, Failure], responses
assert responses[0].response_status == "Deleted"
""",
    "shared_tags": """
from shared_tags.types import ItemDetail, ItemSummary
detail = mock({"type": "movie", "title": "t", "credits": ["a"]}, strict=True).items.retrieve("i")
assert type(detail) is ItemDetail and detail.credits == ["a"], detail
summary = mock({"type": "show", "title": "t"}, strict=True).items.retrieve("i")
assert type(summary) is ItemSummary, summary
""",
    "object_enum": """
body = {"exposed_ports": {"22/tcp": {}}, "mode": {}, "shape": [3]}
container = mock(body, strict=True).containers.retrieve("c")
assert container.exposed_ports == {"22/tcp": {}} and container.mode == {}, container
assert mock({"mode": "host"}, strict=True).containers.retrieve("c").mode == "host"
""",
    "family_tag": """
from family_tag.types import Circle, Square
circle = mock({"type": "Circle", "radius": 2.0}, strict=True).shapes.retrieve("c")
assert type(circle) is Circle and circle.type == "Circle" and circle.radius == 2.0, circle
assert type(mock({"type": "Square", "side": 1}, strict=True).shapes.retrieve("s")) is Square
""",
    "renamed_parents": """
from renamed_parents.types import Host, NSXVManager
manager = mock({"entity_type": "NSXVManager", "fqdn": "m.example"}, strict=True).managers.retrieve("m")
assert type(manager) is NSXVManager and manager.fqdn == "m.example", manager
assert type(mock({"entity_type": "Host", "cpus": 2}, strict=True).managers.retrieve("h")) is Host
""",
    "top_level": """
client = mock({"version": "2", "id": 7})
assert client.retrieve().version == "2" and client.create_corpus(name="c").id == 7
assert sent[-1].url.path == "/create-corpus" and sent[-1].content == b'{"name":"c"}', sent[-1]
client.delete_thing("old")
assert (sent[-1].method, sent[-1].url.path) == ("DELETE", "/old")
assert client.with_raw_response.retrieve().status_code == 200 and sent[-1].url.path == "/"
assert not hasattr(client, "default") and callable(client.delete) and client.corpora.list
assert client.with_options(max_retries=0).with_raw_response.retrieve().retries_taken == 0
assert type(client.top_level).__name__ == "TopLevelResource"
""",
    "scalar_all_of": """
action = mock({"region": {"slug": "nyc3"}, "region_slug": "nyc3", "code": "ab"}, strict=True).actions.retrieve("a")
assert action.region_slug == "nyc3" and action.code == "ab", action
assert mock({"region_slug": None}, strict=True).actions.retrieve("a").region_slug is None
""",
    "required_only": """
page = mock({"href": "h", "items": [1, {"a": 2}]}, strict=True).pages.retrieve()
assert page.items == [1, {"a": 2}]
""",
    "relative_server": """
import relative_server
try:
    relative_server.RelativeServerClient()
except ValueError as exc:
    assert "'/api'" in str(exc) and "base_url" in str(exc), exc
else:
    raise AssertionError("a client without a base URL was made")
assert mock({"ok": True}).health.retrieve().ok is True
""",
    "subtypes": """
from subtypes.types import Cat, Dog, Lion, Pet
kennel = mock({"residents": [
    {"petType": "dog", "name": "Rex", "bark": "woof", "friends": [{"petType": "Cat", "name": "Tom"}]},
    {"petType": "Cat", "name": "Tom", "lives": 9},
    {"petType": "Lion", "name": "Leo", "pride": "east"},
    {"petType": "Pet", "name": "Blob"},
], "favourite": {"petType": "Lion", "name": "Leo", "pride": "east"}}, strict=True).kennels.retrieve("k")
assert [type(r) for r in kennel.residents] == [Dog, Cat, Lion, Pet], kennel.residents
assert kennel.residents[0].bark == "woof" and type(kennel.favourite) is Lion
assert type(kennel.residents[0].friends[0]) is Cat
# A tag no schema declares, or a payload that is not what its tag says: still a Pet.
assert type(mock({"petType": "bird", "name": "Tweety"}).pets.create(body={"petType": "bird", "name": "Tweety"})) is Pet
assert type(mock([{"petType": "dog", "name": "Rex"}]).pets.list()[0]) is Pet
assert json.loads(sent[-2].content) == {"petType": "bird", "name": "Tweety"}
""",
    "described_values": """
payload = {"$id": "m1", "note": None, "name": "Aaron Levie", "tags": ["a"], "size": 3}
meta = mock(payload, strict=True).metadata.create(note="n", extra_body={"name": "Aaron Levie"})
assert meta.model_extra == {"name": "Aaron Levie", "tags": ["a"], "size": 3} and meta.note is None
assert json.loads(sent[-1].content) == {"note": "n", "name": "Aaron Levie"}
""",
    "described_refs": """
from described_refs.types import Owner
creds = mock({"AccessKeyId": "AKIAIOSFODNN7EXAMPLE", "Owner": {"name": "n"}, "Previous": "AKIAOLD0000000000"}, strict=True).credentials.retrieve()
assert creds.access_key_id == "AKIAIOSFODNN7EXAMPLE" and creds.previous == "AKIAOLD0000000000"
assert type(creds.owner) is Owner and creds.owner.name == "n"
assert mock({"AccessKeyId": "AKIAIOSFODNN7EXAMPLE", "Owner": None}, strict=True).credentials.retrieve().owner is None
""",
    "written_query": """
client = mock({"total": 3})
assert client.rest.photos.search(text="cats").total == 3
assert str(sent[-1].url) == "https://api.test/rest?method=flickr.photos.search&text=cats", sent[-1].url
client.rest.photos.get_info(photo_id="p1")
assert sent[-1].url.params["method"] == "flickr.photos.getInfo" and sent[-1].url.params["photo_id"] == "p1"
client.rest.people.get_info(user_id="u1")
assert sent[-1].url.params["method"] == "flickr.people.getInfo"
assert mock(["a"]).latest.list(term="sun", amount=2) == ["a"]
assert sent[-1].url.path == "/latest" and dict(sent[-1].url.params) == {"format": "json", "term": "sun", "amount": "2"}
mock(["n"]).numbers.retrieve("au", search="04")
assert sent[-1].url.path == "/numbers/au" and dict(sent[-1].url.params) == {"search": "04"}, sent[-1].url
""",
    "binary_json": """
from binary_json import BinaryJsonClient
csv = b"id,name\\n1,a\\n"
client = BinaryJsonClient(api_key="k", base_url="https://api.test", http_client=httpx.Client(
    transport=httpx.MockTransport(lambda r: (sent.append(r), httpx.Response(
        200, content=csv, headers={"content-type": "application/json"}))[1])))
assert client.download.retrieve() == csv
assert sent[-1].headers["accept"] == "application/json"
""",
    "repeated_segments": """
client = mock({"ok": True, "id": "j1"})
assert client.maintenance.retrieve_status().ok is True
assert client.maintenance.maintenance.createjob("b1", short_name="s").id == "j1"
assert sent[-1].url.path == "/maintenance/s/maintenance/b1/createjob", sent[-1].url
client = mock(["r"])
assert client.reports.reports.rows.list("s1", id="r1") == ["r"]
assert sent[-1].url.path == "/reports/r1/reports/s1/rows", sent[-1].url
""",
    "extra_values": """
from extra_values.types import Value
labels = mock({"count": 1, "a": {"raw": "r"}}, strict=True).labels.retrieve()
assert labels.count == 1 and type(labels.model_extra["a"]) is Value
from extra_values.types import AttributeValue, AttributeValueM
item = mock({"M": {"size": 1, "a": {"S": "x", "M": {"b": {"L": [{"S": "y"}]}}}}}, strict=True).items.retrieve("i")
inner = item.m.model_extra["a"]
assert type(item.m) is AttributeValueM and item.m.size == 1
assert type(inner) is AttributeValue and inner.s == "x"
assert inner.m.model_extra["b"].l[0].s == "y"
""",
    "uuid_params": """
import uuid
thing = uuid.UUID("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
mock({"id": str(thing)}).things.update(thing, owner=thing, id=thing, related=[thing])
request = sent[-1]
assert request.url.path == f"/things/{thing}" and request.url.params["owner"] == str(thing)
assert json.loads(request.content) == {"id": str(thing), "related": [str(thing)]}
""",
    "duplicate_ids": """
assert mock(["a"]).phone_numbers.list() == ["a"]
assert mock(["b"]).whatsapp.list_phone_numbers() == ["b"]
""",
    "external_cycle": """
from external_cycle.types import Agent
agent = mock({"name": "a", "children": [{"name": "b", "children": []}]}, strict=True).agents.retrieve()
assert type(agent.children[0]) is Agent
""",
    "broken_ref": """
result = mock({"usage": {"prompt_tokens": 1, "details": {"anything": [1]}}}, strict=True).speech.create()
assert result.usage.details == {"anything": [1]}
assert mock(["v"]).voices.list() == ["v"]
""",
    "yaml_values": """
import datetime
event = mock({"at": "2017-11-28T00:00:00Z", "kind": "2017-11-28"}, strict=True).events.retrieve()
assert event.at == datetime.datetime(2017, 11, 28, tzinfo=datetime.timezone.utc)
image = mock({"aspect_ratio": "16:9", "filter": "=", "size": 2.5e8}, strict=True).images.retrieve()
assert (image.aspect_ratio, image.filter, image.size) == ("16:9", "=", 2.5e8)
assert image.aspect_ratio.is_known and image.filter.is_known
""",
}

_HARNESS = """
import json, sys
import httpx
pkg = sys.argv[1]
clients = __import__(pkg + "._client", fromlist=["_"])
sent = []

def mock(data, strict=False):
    def handler(request):
        sent.append(request)
        return httpx.Response(200, json=data)
    cls = getattr(clients, next(n for n in clients.__all__ if not n.startswith("Async")))
    return cls(api_key="k", base_url="https://api.test", strict=strict,
               http_client=httpx.Client(transport=httpx.MockTransport(handler)))
"""

_IMPORT_ALL = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for info in pkgutil.walk_packages(package.__path__, sys.argv[1] + "."):
    importlib.import_module(info.name)
"""


def _generated(name: str) -> Result:
    return generate(FRAGMENTS / name / "spec.yaml", cache_dir=None, validate=False)


def _python(code: str, out: Path, package: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(out / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-c", code, package], env=env, capture_output=True, text=True, timeout=120
    )


def _mypy(out: Path, name: str, cache: Path) -> subprocess.CompletedProcess[str]:
    targets = ["src"]
    usage = FRAGMENTS / name / "usage.py"
    if usage.is_file():
        shutil.copy(usage, out / "usage.py")
        targets.append("usage.py")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), *targets],
        cwd=out,
        env={**os.environ, "MYPYPATH": str(out / "src")},
        capture_output=True,
        text=True,
        timeout=300,
    )


def stages(name: str, out: Path, result: Result, cache: Path) -> dict[str, str]:
    """What each stage found wrong with the client under `out` ("" where it passed)."""
    package = result.api.config.package
    found: dict[str, str] = {}
    imported = _python(_IMPORT_ALL, out, package)
    found["import"] = "" if imported.returncode == 0 else imported.stderr.strip()[-600:]
    typed = _mypy(out, name, cache)
    found["mypy"] = "" if typed.returncode == 0 else typed.stdout.strip()[-900:]
    report = conform(FRAGMENTS / name / "spec.yaml", out, result.api, count=8)
    found["conformance"] = "\n".join(report.failures[:5])
    if name in BEHAVIOUR:
        body = textwrap.indent(textwrap.dedent(BEHAVIOUR[name]).strip(), "    ")
        ran = _python(_HARNESS + "\ndef check():\n" + body + "\ncheck()\n", out, package)
        found["behaviour"] = "" if ran.returncode == 0 else ran.stderr.strip()[-900:]
    return found


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fragments-mypy")


@pytest.mark.parametrize("name", NAMES)
def test_fragment_passes_every_stage(name: str, tmp_path: Path, mypy_cache: Path) -> None:
    result = _generated(name)
    assert [str(w) for w in result.warnings] == WARNINGS.get(name, [])
    write(tmp_path / "out", result.files)
    found = stages(name, tmp_path / "out", result, mypy_cache)
    failed = {stage: text for stage, text in found.items() if text}
    assert not failed, "\n\n".join(f"{stage}:\n{text}" for stage, text in failed.items())


BROKEN = [n for n in NAMES if (FRAGMENTS / n / "broken").is_dir()]
# The stage that must catch each old output: conformance for every payload the old
# models refused, import and mypy for names and types that did not hold together.
CAUGHT_BY = {
    "described_refs": "conformance",  # a string read as a model of nothing
    "described_values": "conformance",  # any value read as a model of nothing
    "enum_types": "mypy",  # Literal[4.1]
    "extra_values": "import",  # AttributeValue and its map M importing each other
    "form_unions": "mypy",  # the three operations skipped: no clones, notes or session
    "family_tag": "conformance",  # a Polygon's `type` refused as unknown
    "implicit_tags": "conformance",  # TrackObject.type: Literal["TrackObject"]
    "name_clashes": "import",  # CallerParam overwritten by Caller's request form
    "open_enum_union": "conformance",  # {"type": 2} read as a Block
    "optional_tag": "conformance",  # an optional tag made required
    "overlapping_union": "conformance",  # {"strategy": "saml"} read as Web3, and so on
    "object_enum": "conformance",  # `enum: [{}]` read as None, `{}` refused
    "own_servers": "behaviour",  # every operation sent to the document's one server
    "pasted_defs": "mypy",  # its $defs refs unresolved: `input` any JSON value, no Tokens
    "relative_server": "behaviour",  # DEFAULT_BASE_URL = "/api"
    "renamed_parents": "conformance",  # an NSXVManager's `fqdn` refused as unknown
    "scalar_all_of": "conformance",  # a string read as a model of nothing
    "shared_tags": "conformance",  # an ItemDetail with `type: movie` read as an ItemSummary
    "repeated_segments": "mypy",  # one maintenance.py for two resources: the parent's lost
    "required_only": "conformance",  # `items` required but no field
    "single_member_union": "mypy",  # a redundant cast
    "subtypes": "conformance",  # a Dog payload read as a Pet, its bark refused as unknown
    "undeclared_tag": "conformance",  # `responseStatus` refused as an unknown field
    "typed_keywords": "conformance",  # an array, a string read as a model of `properties`
    "uuid_params": "mypy",  # uuid.UUID refused where the spec says format: uuid
    "yaml_values": "behaviour",  # 16:9 read as the number 969: "16:9" an unknown value
}


@pytest.mark.parametrize("name", BROKEN)
def test_the_stages_catch_what_the_generator_made_before_the_fix(
    name: str, tmp_path: Path, mypy_cache: Path
) -> None:
    result = _generated(name)
    out = tmp_path / "out"
    write(out, result.files)
    shutil.copytree(FRAGMENTS / name / "broken", out, dirs_exist_ok=True)
    found = stages(name, out, result, mypy_cache)
    assert found[CAUGHT_BY[name]], f"{name}: {CAUGHT_BY[name]} passed the old output: {found}"


def test_every_old_output_has_its_catching_stage() -> None:
    assert sorted(CAUGHT_BY) == BROKEN

"""The generated README.md and api.md: every Python block runs, every operation is there.

Blocks run against the Prism mock server of spec/missions.yaml (started with
`--errors`, so a documented call that breaks the spec fails here). README blocks run
in order in one namespace, as a reader would type them; each api.md block stands alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.config import load_config
from generator.ir.build import build
from generator.ir.model import Api
from generator.load import load

REPO_ROOT = Path(__file__).resolve().parents[2]
GENERATED = REPO_ROOT / "generated"
_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
_HEADING = re.compile(r"^#{1,6} (.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Block:
    file: str
    heading: str
    line: int
    code: str

    def label(self) -> str:
        return f"{self.file}:{self.line} (under '{self.heading}')"


def blocks(name: str) -> list[Block]:
    text = (GENERATED / name).read_text(encoding="utf-8")
    found = []
    for match in _BLOCK.finditer(text):
        headings = _HEADING.findall(text[: match.start()])
        line = text.count("\n", 0, match.start()) + 1
        found.append(Block(name, headings[-1] if headings else "(top)", line, match.group(1)))
    return found


@pytest.fixture(scope="module")
def api() -> Api:
    spec = REPO_ROOT / "spec" / "missions.yaml"
    return build(load(spec, validate=False), load_config(spec.with_name("codegen.yaml")))


@pytest.fixture
def mock_env(prism_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", "docs-test-key")
    monkeypatch.setenv("TELNYX_BASE_URL", prism_url)


def run(block: Block, namespace: dict[str, object]) -> None:
    try:
        exec(compile(block.code, block.label(), "exec"), namespace)
    except Exception as exc:  # noqa: BLE001 - the failure names the block
        pytest.fail(f"{block.label()} failed: {type(exc).__name__}: {exc}\n---\n{block.code}")


def test_readme_blocks_run_in_order(mock_env: None, capsys: pytest.CaptureFixture[str]) -> None:
    found = blocks("README.md")
    # set-up, 7 tour steps, async, 3 pagination, errors, retries, timeouts, raw, 2 streaming,
    # request ids, validation, models, logging, client options, any path, per-call options
    assert len(found) >= 25, [b.label() for b in found]
    namespace: dict[str, object] = {"__name__": "readme"}
    for block in found:
        run(block, namespace)
    printed = capsys.readouterr().out
    # The tour prints the ids and statuses it got back from the mock server.
    assert "3c90c3cc-0d44-4b50-8888-8dd25736052a" in printed
    assert "succeeded" in printed


def test_api_md_blocks_each_run_alone(mock_env: None, api: Api) -> None:
    found = blocks("api.md")
    assert len(found) == len(api.operations())
    for block in found:
        run(block, {"__name__": "api_md"})


def test_readme_has_an_example_of_every_feature() -> None:
    headings = {b.heading for b in blocks("README.md")}
    for section in (
        "Async",
        "Pagination",
        "Errors and retries",
        "Timeouts",
        "Raw responses",
        "Streaming responses",
        "Request ids",
        "Response validation",
        "Models",
        "Logging",
        "Client options",
        "Requests to any path",
        "Per-call options",
    ):
        assert section in headings, f"README.md has no example under '{section}'"
    async_blocks = [b for b in blocks("README.md") if "async def main" in b.code]
    assert len(async_blocks) >= 2


def test_api_md_has_a_section_per_operation_listing_every_parameter(api: Api) -> None:
    text = (GENERATED / "api.md").read_text(encoding="utf-8")
    sections = re.split(r'^<a id="', text, flags=re.MULTILINE)[1:]
    by_anchor = {s.split('"', 1)[0]: s for s in sections}
    positions = []
    for op in api.operations():
        anchor = op.call_path.lower().replace(".", "-").replace("_", "-")
        assert anchor in by_anchor, f"api.md has no section for {op.call_path}"
        section = by_anchor[anchor]
        assert f"`{op.http_method} {op.path}`" in section, op.call_path
        assert f"client.{op.call_path}(" in section, op.call_path
        for param in op.all_params:
            assert (
                f"| `{param.name}` |" in section
            ), f"{op.call_path}: {param.name} is not documented"
            assert f"`{param.wire_name}`" in section
        positions.append(text.index(f'<a id="{anchor}"'))
    assert positions == sorted(positions), "api.md sections are not in spec order"


def test_api_md_documents_every_model_and_enum(api: Api) -> None:
    text = (GENERATED / "api.md").read_text(encoding="utf-8")
    documented = [m for m in api.models if m.as_model or m.as_param]
    assert documented
    for model in documented:  # a body spread into arguments is not a type of the client
        title = model.name if model.as_model else model.name + "Param"
        assert f"### {title}\n" in text
        for field in model.fields:
            assert f"`{field.name if model.as_model else field.wire_name}`" in text
    for enum in api.enums:
        assert f"### {enum.name}\n" in text
        for member in enum.members:
            assert f"`{member.value}`" in text

"""The output is black's: ruff format does the bulk of the work, and for every document
here the result equals, byte for byte, what black alone makes of the rendered text.

`make corpus` runs the same comparison on every document of ../shared/specs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import default_config_path
from generator.config import load_config
from generator.format import CODE_BLOCK, black_format, format_files
from generator.ir.build import build
from generator.load import load
from generator.render import plan
from tests.corpus_report import documents
from tests.synthetic_spec import synthetic_spec
from tests.test_hostile import hostile_spec

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*/spec.yaml"))
SPECS = [ROOT / "spec" / "missions.yaml", *FIXTURES, *documents(small=True)]


def formatted_by_black_alone(files: dict[str, str], known: dict[str, str]) -> dict[str, str]:
    """The reference: black over every Python file and Markdown code block."""
    out = dict(known)
    for path, text in files.items():
        if path in out:
            continue
        if path.endswith(".py"):
            out[path] = black_format(path, text)
        elif path.endswith(".md"):
            out[path] = CODE_BLOCK.sub(
                lambda m, path=path: f"```python\n{black_format(path, m.group(1))}```", text
            )
        else:
            out[path] = text
    return out


def _rendered(spec: Path, config: Path | None = None) -> tuple[dict[str, str], dict[str, str]]:
    document = load(spec, validate=False)
    planned = plan(build(document, load_config(config or default_config_path(spec))))
    verbatim = {path: planned.files[path] for path in planned.verbatim}
    return planned.files, verbatim


def differences_from_black(spec: Path, config: Path | None = None) -> list[str]:
    """The files whose formatted text is not what black alone makes of the rendered text."""
    rendered, verbatim = _rendered(spec, config)
    ours = format_files(rendered, None, verbatim)
    theirs = formatted_by_black_alone(rendered, verbatim)
    assert ours.keys() == theirs.keys()
    return [path for path in ours if ours[path] != theirs[path]]


def _assert_same_as_black(spec: Path, config: Path | None = None) -> None:
    differing = differences_from_black(spec, config)
    assert differing == [], f"{spec.name}: formatted unlike black in {differing}"


@pytest.mark.parametrize("spec", SPECS, ids=[p.parent.name + "/" + p.name for p in SPECS])
def test_output_is_what_black_makes(spec: Path) -> None:
    _assert_same_as_black(spec)


def test_hostile_and_synthetic_documents_format_as_black_does(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(hostile_spec()), encoding="utf-8")
    (tmp_path / "codegen.yaml").write_text("package:\n  name: hostile_client\n", "utf-8")
    _assert_same_as_black(hostile)
    synthetic = tmp_path / "synthetic" / "spec.json"
    synthetic.parent.mkdir()
    synthetic.write_text(json.dumps(synthetic_spec(60)), encoding="utf-8")
    _assert_same_as_black(synthetic)


def test_a_statement_too_long_to_fit_goes_to_black() -> None:
    """The one layout the two formatters are known to disagree on: black parenthesizes
    an unsplittable right-hand side, ruff leaves it. The result must be black's."""
    name = "x" * 60
    text = f"{name} = client.{'y' * 40}.{'z' * 40}()\n"
    assert format_files({"m.py": text}) == {"m.py": black_format("m.py", text)}
    assert format_files({"m.py": text})["m.py"].startswith(f"{name} = (\n")


def test_an_annotation_too_long_for_its_line_goes_to_black() -> None:
    """The other: a parenthesized annotation that must split (the templates wrap some in
    parentheses). ruff keeps the parentheses, black drops them and splits the subscript
    (mistral.yaml's chat `messages` argument)."""
    union = "SystemMessageParam | UserMessageParam | AssistantMessageParam | ToolMessageParam"
    text = f"def f(\n    *,\n    messages: (Sequence[{union}]),\n    top: int = 1,\n) -> None:\n    pass\n"
    assert format_files({"m.py": text}) == {"m.py": black_format("m.py", text)}
    assert "    messages: Sequence[\n" in format_files({"m.py": text})["m.py"]


def test_invalid_python_names_the_file_and_line() -> None:
    from generator.errors import FormatError

    with pytest.raises(FormatError, match=r"generated pkg/bad\.py is not valid Python: line 2"):
        format_files({"pkg/ok.py": "x = 1\n", "pkg/bad.py": "x = 1\ndef (:\n"})
    with pytest.raises(FormatError, match=r"api\.md .*code block 2"):
        format_files({"api.md": "```python\nx = 1\n```\n\n```python\ndef (:\n```\n"})
    # Parsed by both formatters, refused by Python.
    with pytest.raises(FormatError, match="bad.py"):
        format_files({"bad.py": "class None:\n    pass\n"})

"""Template overrides: `--templates DIR` and `templates:` in codegen.yaml shadow the
built-in templates file by file, and every override is an input of `check`.

tests/fixtures/overrides is the golden fixture (its expected/ shows the overridden
output); these tests are about choosing the folder, refusing mistakes, and drift.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import generator.fingerprint as fingerprint
from generator import TEMPLATES
from tests.test_drift import run_cli

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "overrides"
QUICK = "its manifest matches every input and file"
DOCS_LINK = "Reference: https://docs.example.test/reference/getNote"
NOTES = "out/src/fx_overrides/resources/notes.py"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The fixture's spec, settings and overrides, generated into out/."""
    shutil.copytree(FIXTURE, tmp_path / "fx", ignore=shutil.ignore_patterns("expected"))
    proc = run_cli("generate", "fx/spec.yaml", "--out", "out", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert DOCS_LINK in (tmp_path / NOTES).read_text("utf-8")
    return tmp_path


def check(project: Path, *extra: str) -> tuple[int, str]:
    proc = run_cli(
        "check", "fx/spec.yaml", "--out", "out", *extra, cwd=project, cache=project / "c"
    )
    return proc.returncode, proc.stdout + proc.stderr


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


def test_an_untouched_tree_with_overrides_is_confirmed_from_its_manifest(project: Path) -> None:
    code, out = check(project)
    assert code == 0 and QUICK in out, out


@pytest.mark.parametrize("quick", [True, False], ids=["manifest", "no-cache"])
@pytest.mark.parametrize(
    ("template", "old", "new"),
    [
        ("macros/docs.jinja", "Reference: {{", "Reference: https://help.example.test/ or {{"),
        ("extra/links.jinja", "https://docs.example.test/", "https://help.example.test/"),
    ],
)
def test_editing_an_override_is_drift(
    project: Path, template: str, old: str, new: str, quick: bool
) -> None:
    """Both the shadowing template and the helper it imports are inputs."""
    _edit(project / "fx" / "templates" / template, old, new)
    code, out = check(project, *([] if quick else ["--no-cache"]))
    assert code == 1, out
    assert QUICK not in out
    assert "\n+        Reference: https://help.example.test/" in out, out


def test_adding_an_override_is_drift(project: Path) -> None:
    shutil.copy(TEMPLATES / "client" / "version.py.jinja", project / "fx" / "templates" / "client")
    _edit(
        project / "fx" / "templates" / "client" / "version.py.jinja",
        "__version__",
        "# Set by the release script.\n__version__",
    )
    code, out = check(project)
    assert code == 1 and QUICK not in out, out


def test_removing_the_setting_is_drift(project: Path) -> None:
    _edit(project / "fx" / "codegen.yaml", "templates: templates", "")
    code, out = check(project)
    assert code == 1 and QUICK not in out, out
    assert f"-{DOCS_LINK.replace('Reference', '        Reference')}" in out


def test_the_command_line_wins_over_codegen_yaml(project: Path) -> None:
    other = project / "mine"
    shutil.copytree(project / "fx" / "templates", other)
    _edit(other / "extra" / "links.jinja", "docs.example.test", "mine.example.test")
    proc = run_cli(
        "generate", "fx/spec.yaml", "--out", "out", "--templates", "mine", "--no-cache", cwd=project
    )
    assert proc.returncode == 0, proc.stderr
    assert "https://mine.example.test/reference/getNote" in (project / NOTES).read_text("utf-8")
    assert check(project, "--templates", "mine")[0] == 0
    # Checked without --templates, codegen.yaml's folder applies: other output.
    code, out = check(project)
    assert code == 1 and QUICK not in out, out
    # A copy of the folder elsewhere makes the same output: where it lies is not an input.
    (project / "copy").mkdir()
    shutil.copytree(other, project / "copy" / "t")
    assert check(project, "--templates", "copy/t")[0] == 0


def test_overrides_are_inputs_of_the_fingerprint(project: Path) -> None:
    spec, out, config = (
        project / "fx" / "spec.yaml",
        project / "out",
        project / "fx" / "codegen.yaml",
    )

    def recorded(overrides: Path | None = None) -> object:
        return fingerprint.recorded(
            spec, out, config=config, templates=TEMPLATES, validate=True, overrides=overrides
        )

    assert recorded() == ([], sum(1 for p in out.rglob("*") if p.is_file()))
    # The same folder named on the command line: the manifest says codegen.yaml.
    assert recorded(project / "fx" / "templates") is None
    _edit(project / "fx" / "templates" / "macros" / "docs.jinja", "Reference:", "See:")
    assert recorded() is None


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("client/resourse.py.jinja", "shadows no built-in template"),
        ("runtime/client.py", "the runtime is copied verbatim"),
    ],
)
def test_a_file_that_shadows_nothing_is_refused(project: Path, name: str, message: str) -> None:
    target = project / "fx" / "templates" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("x\n", "utf-8")
    proc = run_cli("generate", "fx/spec.yaml", "--out", "out", "--no-cache", cwd=project)
    assert proc.returncode == 2
    assert f"error: fx/templates/{name}: at /: {message}" in proc.stderr, proc.stderr


def test_a_missing_folder_is_bad_input(project: Path) -> None:
    proc = run_cli("check", "fx/spec.yaml", "--out", "out", "--templates", "nowhere", cwd=project)
    assert proc.returncode == 2
    assert "template folder nowhere does not exist" in proc.stderr, proc.stderr
    _edit(project / "fx" / "codegen.yaml", "templates: templates", "templates: gone")
    proc = run_cli("check", "fx/spec.yaml", "--out", "out", cwd=project)
    assert proc.returncode == 2
    assert "fx/codegen.yaml: at /templates: template folder fx/gone does not exist" in proc.stderr


def test_the_documented_extension_surface_exists() -> None:
    """Every template and IR attribute the README calls supported is there: renaming one
    breaks users' overrides, so this fails until the README (and a changelog) says so."""
    import dataclasses
    import re

    from generator.ir import model

    readme = (FIXTURE.parents[2] / "README.md").read_text("utf-8")
    table = readme.split("<!-- supported-ir: begin -->")[1].split("<!-- supported-ir: end -->")[0]
    rows = re.findall(r"^\| `(\w+)` \| (.+) \|$", table, re.M)
    assert len(rows) >= 10, rows
    for class_name, cell in rows:
        cls = getattr(model, class_name)
        fields = {f.name for f in dataclasses.fields(cls)}
        for attribute in re.findall(r"`(\w+)(?:\(\))?`", cell):
            assert attribute in fields or hasattr(cls, attribute), f"{class_name}.{attribute}"
    surface = readme.split("**Supported extension surface.**")[1].split("<!-- supported-ir")[0]
    templates = re.findall(r"`((?:macros|package|client)/[\w.]+\.jinja)`", surface)
    assert len(templates) >= 7, templates
    for name in templates:
        assert (TEMPLATES / name).is_file(), name

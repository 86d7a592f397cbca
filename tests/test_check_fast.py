"""`check`'s quick path: it trusts the output folder's manifest only when the manifest
was written from exactly the inputs given now and the folder holds exactly the files
it lists. Every kind of change must send it to the full comparison.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import generator.fingerprint as fingerprint
from generator import TEMPLATES
from generator.write import MANIFEST, sha256
from tests.test_drift import PACKAGE, run_cli

QUICK = "its manifest matches every input and file"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def check(project: Path, *extra: str) -> tuple[int, str]:
    proc = run_cli(
        "check", "spec/missions.yaml", "--out", "out", *extra, cwd=project, cache=project / "c"
    )
    return proc.returncode, proc.stdout


def test_an_untouched_tree_is_confirmed_from_its_manifest(project: Path) -> None:
    code, out = check(project)
    assert code == 0 and QUICK in out
    assert not (project / "c").exists(), "the quick path must not run the pipeline"


def _edit_spec(root: Path) -> None:
    spec = root / "spec" / "missions.yaml"
    spec.write_text(spec.read_text("utf-8").replace("Mission", "Quest", 1), "utf-8")


def _edit_output(root: Path) -> None:
    target = root / "out" / PACKAGE / "_client.py"
    target.write_text(target.read_text("utf-8") + "# edited by hand\n", "utf-8")


def _add_stray_file(root: Path) -> None:
    (root / "out" / PACKAGE / "notes.py").write_text("x = 1\n", "utf-8")


def _delete_output(root: Path) -> None:
    (root / "out" / PACKAGE / "_client.py").unlink()


def _change_settings_output(root: Path) -> None:
    config = root / "spec" / "codegen.yaml"
    config.write_text(config.read_text("utf-8").replace("Telnyx", "Telnix"), "utf-8")


@pytest.mark.parametrize(
    "change", [_edit_spec, _edit_output, _add_stray_file, _delete_output, _change_settings_output]
)
def test_every_change_is_drift(project: Path, change: object) -> None:
    assert callable(change)
    change(project)
    code, out = check(project)
    assert code == 1, f"check missed {change.__name__}: {out[-500:]}"
    assert QUICK not in out


def test_an_input_change_that_changes_no_code_is_checked_in_full(project: Path) -> None:
    """The manifest records the inputs' hash, so only it is stale."""
    config = project / "spec" / "codegen.yaml"
    config.write_text(config.read_text("utf-8") + "# a comment\n", "utf-8")
    code, out = check(project)
    assert code == 1 and QUICK not in out
    assert [line for line in out.splitlines() if line.startswith("changed: ")] == [
        "changed: .codegen-manifest.json"
    ]


def test_a_manifest_that_cannot_be_read_means_a_full_check(project: Path) -> None:
    (project / "out" / MANIFEST).write_text("{not json", "utf-8")
    code, out = check(project)
    assert code == 1 and QUICK not in out
    assert "changed: .codegen-manifest.json" in out


# -- the fingerprint itself, in process ---------------------------------------------------


def _recorded(spec: Path, out: Path, templates: Path = TEMPLATES, validate: bool = True) -> object:
    return fingerprint.recorded(
        spec, out, config=spec.with_name("codegen.yaml"), templates=templates, validate=validate
    )


def test_templates_generator_code_and_tool_versions_are_inputs(
    pristine: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, out = pristine / "spec" / "missions.yaml", pristine / "out"
    # Every file the manifest lists, and the manifest itself.
    n_files = len(json.loads((out / MANIFEST).read_text("utf-8"))["files"]) + 1
    assert n_files > 50
    assert _recorded(spec, out) == ([], n_files)
    assert _recorded(spec, out, validate=False) is None

    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    assert _recorded(spec, out, templates) == ([], n_files)
    docs = templates / "macros" / "docs.jinja"
    docs.write_text(docs.read_text("utf-8") + " ", "utf-8")
    assert _recorded(spec, out, templates) is None

    code = tmp_path / "generator"
    shutil.copytree(fingerprint._CODE, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprint, "_CODE", code)
    assert _recorded(spec, out) == ([], n_files)
    naming = code / "ir" / "naming.py"
    naming.write_text(naming.read_text("utf-8") + "\n", "utf-8")
    assert _recorded(spec, out) is None
    monkeypatch.undo()

    monkeypatch.setattr(fingerprint, "FORMATTER", fingerprint.FORMATTER + " (another version)")
    assert _recorded(spec, out) is None


def test_files_the_spec_references_are_inputs(tmp_path: Path) -> None:
    shutil.copytree(
        FIXTURES / "multi_file", tmp_path / "fx", ignore=shutil.ignore_patterns("expected")
    )
    proc = run_cli("generate", "fx/spec.yaml", "--out", "out", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    spec, out = tmp_path / "fx" / "spec.yaml", tmp_path / "out"
    found = _recorded(spec, out)
    assert found is not None
    referenced = tmp_path / "fx" / "schemas" / "pet.yaml"
    referenced.write_text(referenced.read_text("utf-8") + "\n# edited\n", "utf-8")
    assert _recorded(spec, out) is None


def test_only_a_full_check_catches_a_forger_who_reseals_the_manifest(project: Path) -> None:
    """The trust boundary, stated as a test: someone who edits a file and then recomputes
    the manifest's fingerprint with the generator's own code gets past the quick path.
    `check --no-cache` trusts nothing in the folder and still reports the edit."""
    _edit_output(project)
    out = project / "out"
    manifest = json.loads((out / MANIFEST).read_text("utf-8"))
    body = {key: value for key, value in manifest.items() if key != "fingerprint"}
    edited = (out / PACKAGE / "_client.py").read_text("utf-8")
    body["files"][f"{PACKAGE}/_client.py"] = sha256(edited)
    spec = project / "spec" / "missions.yaml"
    inputs = fingerprint.inputs_digest(
        spec_text=spec.read_text("utf-8"),
        referenced={},
        config=spec.with_name("codegen.yaml").read_bytes(),
        templates=TEMPLATES,
        validate=True,
    )
    resealed = {**body, "fingerprint": fingerprint.seal(inputs, body)}
    (out / MANIFEST).write_text(json.dumps(resealed, indent=2, sort_keys=True) + "\n", "utf-8")

    assert check(project)[0] == 0
    code, report = check(project, "--no-cache")
    assert code == 1 and f"changed: {PACKAGE}/_client.py" in report

"""An OpenAPI 3 to typed Python client generator."""

from pathlib import Path

__version__ = "0.1.0"

# The Jinja templates, beside this package.
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def default_config_path(spec: Path) -> Path:
    """The generator settings used for `spec` when none are named: codegen.yaml beside it."""
    return spec.with_name("codegen.yaml")

"""An OpenAPI 3 to typed Python client generator."""

from importlib.resources import files
from pathlib import Path

__version__ = "0.1.0"


def _builtin_templates() -> Path:
    """The Jinja templates and the runtime: the package resource `generator/templates`.

    The wheel maps the repository's `templates/` there at build time (pyproject.toml);
    in a checkout, `generator/templates` is a link to it."""
    found = files(__name__).joinpath("templates")
    if not isinstance(found, Path) or not found.is_dir():
        # Jinja, the runtime copy and the fingerprint all read the templates as files.
        raise ImportError(f"the generator's templates are missing or not files on disk: {found}")
    return found


TEMPLATES = _builtin_templates()


def default_config_path(spec: Path) -> Path:
    """The generator settings used for `spec` when none are named: codegen.yaml beside it."""
    return spec.with_name("codegen.yaml")

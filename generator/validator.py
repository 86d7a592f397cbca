"""openapi-spec-validator's findings, worked out beside the rest of a run.

The validator is the slowest import of a run (0.3 s) and the slowest reader of a
document, and nothing waits on its answer but the final report. So `Validator` forks a
process before the generator imports anything else: the validator's imports overlap
the generator's and the loading of the document, its checks overlap the build, render
and format. Findings are cached by document text, outside the output.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.cache import TextCache

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from generator.ir.model import Warning

Findings = list["Warning"]


class Validator:
    """A validator process, started at once and given one document later."""

    def __init__(self) -> None:
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        if hasattr(os, "fork"):  # elsewhere the validator runs in this process
            context = multiprocessing.get_context("fork")
            self._conn, theirs = context.Pipe()
            self._process = context.Process(target=_serve, args=(theirs,), daemon=True)
            self._process.start()
            theirs.close()

    def report(
        self, root: dict[str, Any], text: str, cache_dir: Path | None
    ) -> Callable[[], Findings]:
        """Start checking the document; the function returned waits for the findings."""
        if cache_dir is not None and (cached := _cached(text, cache_dir)) is not None:
            self.close()
            return lambda: cached
        if self._conn is None:
            found = findings(root, text, cache_dir)
            return lambda: found
        conn = self._conn
        conn.send((root, text, cache_dir))

        def result() -> Findings:
            try:
                received: Findings = conn.recv()
                return received
            except EOFError:  # the process died
                from generator.ir.model import Warning

                return [Warning("", "openapi-spec-validator stopped before it finished")]
            finally:
                self.close()

        return result

    def close(self) -> None:
        """Stop the process: it has sent its findings (and cached them), or is not needed."""
        if self._process is not None and self._conn is not None:
            self._conn.close()
            self._process.kill()  # it may still be importing: no need to wait for that
            self._process.join()
        self._process = self._conn = None


def _serve(conn: Connection) -> None:
    import openapi_spec_validator  # noqa: F401  (the slow part, done while the parent works)

    try:
        root, text, cache_dir = conn.recv()
    except EOFError:
        return  # not needed after all
    conn.send(findings(root, text, cache_dir))
    conn.close()


def findings(root: dict[str, Any], text: str, cache_dir: Path | None) -> Findings:
    """The validator's findings, remembered per document text when there is a cache."""
    if cache_dir is None:
        return _validator_findings(root)
    cached = _cached(text, cache_dir)
    if cached is not None:
        return cached
    found = _validator_findings(root)
    entries = [{"pointer": w.pointer, "message": w.message} for w in found]
    _cache(cache_dir).put(text, json.dumps(entries))
    return found


def _cache(cache_dir: Path) -> TextCache:
    from importlib.metadata import version  # 40 ms to import: not before the fork

    return TextCache(
        cache_dir / "validator", f"openapi-spec-validator {version('openapi-spec-validator')}"
    )


def _cached(text: str, cache_dir: Path) -> Findings | None:
    from generator.ir.model import Warning

    raw = _cache(cache_dir).get(text)
    if raw is None:
        return None
    try:
        return [Warning(w["pointer"], w["message"]) for w in json.loads(raw)]
    except (ValueError, KeyError, TypeError):
        return None


def _validator_findings(root: dict[str, Any]) -> Findings:
    """openapi-spec-validator as a report: it rejects or crashes on many real documents."""
    from generator.errors import join_pointer
    from generator.ir.model import Warning

    try:
        from openapi_spec_validator import validate
        from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

        validate(root)
    except OpenAPIValidationError as exc:
        pointer = join_pointer("", *(str(p) for p in getattr(exc, "absolute_path", ()) or ()))
        message = str(getattr(exc, "message", exc)).splitlines()[0]
        if len(message) > 300:
            message = message[:300] + "..."
        return [Warning(pointer, f"openapi-spec-validator: {message}")]
    except Exception as exc:  # the validator itself fails on some valid-enough documents
        return [
            Warning(
                "",
                f"openapi-spec-validator could not check the document ({type(exc).__name__}: {exc})",
            )
        ]
    return []

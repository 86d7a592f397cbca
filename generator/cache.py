"""Caches keyed by their input text, kept outside any output folder: cheap to import."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "openapi-pyclient"


class TextCache:
    """Text worked out from text, one file per input under `root`. `version` names
    what did the work, so another version never reads this one's results."""

    def __init__(self, root: Path, version: str) -> None:
        self.root = root
        self.version = version

    def _entry(self, text: str) -> Path:
        digest = hashlib.sha256(f"{self.version}\0{text}".encode()).hexdigest()
        return self.root / digest[:2] / digest

    def get(self, text: str) -> str | None:
        try:
            return self._entry(text).read_text(encoding="utf-8")
        except OSError:
            return None

    def put(self, text: str, result: str) -> None:
        target = self._entry(text)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(result, encoding="utf-8")
            tmp.replace(target)
        except OSError:
            pass  # a cache that cannot be written only costs time

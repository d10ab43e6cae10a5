"""The pipeline version: the package version plus a fingerprint of the rules.

A stored record says which pipeline made it. The package version alone stays the
same while the rules change (models/tables/*.tsv, models/config.cfg), so an import
after a rules change could not tell stale records; the fingerprint of those files
makes every change of rules visible (`0.1.0+3fa2c91b0d`).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

FINGERPRINT_CHARS = 10  # enough to tell rule sets apart, short enough to read
RULE_GLOBS = ("config.cfg", "tables/*.tsv")


def _rule_files(models: Path) -> list[Path]:
    return sorted(p for g in RULE_GLOBS for p in models.glob(g) if p.is_file())


@lru_cache(maxsize=8)
def _fingerprint(models: str) -> str:
    h = hashlib.sha256()
    base = Path(models)
    for p in _rule_files(base):
        h.update(p.relative_to(base).as_posix().encode())
        h.update(b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:FINGERPRINT_CHARS]


def rules_fingerprint() -> str:
    """sha256 (shortened) of the rule files, once per models folder and process.

    A process reads the tables once too (`vanban.tables.tables` is cached), so the rules it
    applies are those of its first read: the fingerprint of that moment is the true one, and
    parse_text no longer globs and stats the 30-odd rule files for every document.
    """
    from vanban.tables import models_dir

    return _fingerprint(str(models_dir()))


def pipeline_version() -> str:
    from vanban import __version__

    return f"{__version__}+{rules_fingerprint()}"

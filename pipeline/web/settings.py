"""What `vanban serve` is configured with (no web framework imported: the CLI reads the defaults)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vanban.ingest.limits import Limits

MB = 1024 * 1024
DEFAULT_MAX_UPLOAD_MB = 50
DEFAULT_TIMEOUT_S = 120.0  # per parse request; a 50-page scan OCRs in about 100 s on one core
DEFAULT_WORKERS = 2


@dataclass
class Settings:
    db: Path | str  # a SQLite file or a PostgreSQL URL
    workers: int = DEFAULT_WORKERS
    queue: int | None = None  # parses waiting for a worker (default: as many as workers)
    timeout: float = DEFAULT_TIMEOUT_S
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_MB * MB
    limits: Limits = field(default_factory=Limits)
    token: str | None = None
    upload_dir: Path | None = None  # temporary copies of uploads (default: the system's temp folder)
    lang: str = "vi"
    parser: str = "vanban:parse_file"  # module:function run in the workers (tests substitute one)

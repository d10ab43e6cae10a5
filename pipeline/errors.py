"""Errors that carry the stage where a file failed, for clear per-file reports."""

from __future__ import annotations

import re


class VanbanError(Exception):
    """A file could not be turned into a record. `stage` is ingest|normalize|segment|extract|store
    (or, recorded by the import engines, timeout|crash)."""

    def __init__(self, stage: str, message: str, path: str | None = None):
        super().__init__(message)
        self.stage = stage
        self.message = message
        self.path = path

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}[{self.stage}] {self.message}"


# The stage recorded for a file whose worker process died while reading it (crash, kill, out of
# memory): the same word in every engine (processes, Ray, the web pool), so reports can be compared.
CRASH_STAGE = "crash"


class IngestError(VanbanError):
    def __init__(self, message: str, path: str | None = None):
        super().__init__("ingest", message, path)


# Library error codes ("[E031]" from spaCy, "[Errno 2]" from the OS) mean nothing to an archivist.
_CODE = re.compile(r"\[(?:E|W|Errno )\d+\]\s*|^\s*Error\s+\d+:\s*")
MAX_MESSAGE = 200


def plain(e: BaseException) -> str:
    """A one-line message for a failure: library codes and tracebacks out, bounded length."""
    text = _CODE.sub("", str(e)).strip().splitlines()
    message = text[0].strip() if text else ""
    if not message:  # KeyError('') and friends: the kind of failure, in words
        message = re.sub(r"(?<!^)(?=[A-Z])", " ", type(e).__name__).lower()
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"


def internal(stage: str, step: str, e: BaseException, path: str | None = None) -> VanbanError:
    """A bug met while parsing one file, reported as its stage and a plain message (never a crash)."""
    return VanbanError(stage, f"internal error in {step}: {plain(e)}", path)

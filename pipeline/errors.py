"""Errors that carry the stage where a file failed, for clear per-file reports."""

from __future__ import annotations


class VanbanError(Exception):
    """A file could not be turned into a record. `stage` is ingest|normalize|segment|extract|store."""

    def __init__(self, stage: str, message: str, path: str | None = None):
        super().__init__(message)
        self.stage = stage
        self.message = message
        self.path = path

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}[{self.stage}] {self.message}"


class IngestError(VanbanError):
    def __init__(self, message: str, path: str | None = None):
        super().__init__("ingest", message, path)

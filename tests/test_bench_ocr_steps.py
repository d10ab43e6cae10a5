"""`make bench`'s OCR share: tesseract runs started by other ingest modules are tesseract's time, not ours."""

from __future__ import annotations

import itertools

import pytest

from bench import inputs


def test_only_tesseract_processes_count_as_rereads(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = itertools.count()  # a fake clock: each reading is one second later
    monkeypatch.setattr(inputs.time, "perf_counter", lambda: float(next(clock)))
    started: list[list[str]] = []

    def fake_run(*args: list[str], **kwargs: list[str]) -> str:
        started.append(args[0] if args else kwargs["args"])
        return "done"

    steps = {inputs.REREADS: 0.0}
    run = inputs._tesseract_timed(fake_run, steps)
    assert run(["libreoffice", "--headless"]) == "done"
    assert run(args=["pdftoppm", "x.pdf"]) == "done"
    assert steps[inputs.REREADS] == 0.0
    assert run(["/usr/bin/tesseract", "sheet.pgm", "stdout", "--psm", "6"]) == "done"
    assert run(args=["tesseract", "crop.png", "stdout"]) == "done"
    assert steps[inputs.REREADS] == 2.0
    assert len(started) == 4

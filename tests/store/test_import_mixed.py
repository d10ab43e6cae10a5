"""Issue 4 acceptance: `vanban import` of a folder mixing every format and the bad inputs."""

from __future__ import annotations

import shutil

import pytest
from ingest_fixtures import fixtures_dir, have_tesseract

from vanban.store.bulk import run_import
from vanban.store.db import Store

GOOD = ["000_3b4e9c3261a24426.txt", "001_db3eded9ba4f9910.docx", "002_1c018c41984dd29f.pdf",
        "003_7b4fff075ac2c318.docx", "004_c48570c1bf672f33.pdf", "utf16le.txt", "cp1258.txt", "english.txt",
        "owner_only.pdf"]
SCANS = ["000_3b4e9c3261a24426.p1.clean300.png", "002_1c018c41984dd29f.p1.scan300.jpg"]
BAD = ["empty.txt", "garbage.pdf", "encrypted.pdf", "truncated.docx", "zero_pages.pdf", "notzip.docx"]


def test_mixed_folder_imports_every_good_file_and_records_every_bad_one(tmp_path):
    src = fixtures_dir()
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    good = GOOD + (SCANS if have_tesseract() else [])
    for name in good:
        shutil.copy(src / name, folder / name)
    for name in BAD:
        shutil.copy(src / name, folder / "sub" / name)
    db = tmp_path / "vanban.db"

    first = run_import([folder], db, workers=2, progress=False)
    assert first.imported == len(good)
    assert sorted(f.path.split("/")[-1] for f in first.failures) == sorted(BAD)
    with Store(db) as store:
        # one row per file; files with the same text (utf16le.txt, cp1258.txt) share one document
        c = store.counts()
        assert c["files"] - c["files_failed"] == len(good)
        assert store.counts()["documents"] <= len(good)
        assert store.check_whole() == []
        formats = {r.source.format for r in store.iter_records()}
        assert {"txt", "docx", "pdf"} <= formats
        if have_tesseract():
            assert "image" in formats
        recorded = {e["path"].split("/")[-1] for e in store.errors()}
        assert recorded == set(BAD)
        by_number = {r.number.normalized for r in store.iter_records() if r.number}
        assert {"342-CV/TĐTN-BPT", "178-TB/ĐTN", "55-KH/HĐTĐN", "2094-CV/TĐTN-TCKT"} <= by_number

    second = run_import([folder], db, workers=2, progress=False)
    assert second.imported == 0
    assert second.skipped == len(good)


@pytest.mark.parametrize("name", BAD)
def test_each_bad_input_has_a_clear_stage_and_message(tmp_path, name):
    src = fixtures_dir()
    shutil.copy(src / name, tmp_path / name)
    summary = run_import([tmp_path], tmp_path / "x.db", workers=1, progress=False)
    assert summary.failed == 1 and summary.imported == 0
    failure = summary.failures[0]
    assert failure.stage == "ingest" and len(failure.message) > 5

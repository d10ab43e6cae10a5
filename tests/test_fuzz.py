"""Fuzzing in CI (issue 17), bounded: generated Vietnamese-shaped texts and mutated corpus files.

Either a record comes back or a VanbanError with a stage; any other exception is a bug. The long
run is `make fuzz` (bench/fuzz.py, 30 minutes, also reporting slow inputs); here only the number of
cases is bounded (VANBAN_FUZZ_EXAMPLES, default 40), never the time.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile_files import docx, footnotes_xml, header_body, numbering_xml, paragraph
from hypothesis import HealthCheck, given, settings

from bench.fuzz import mutations, seed_files, vietnamese_documents
from vanban import VanbanError, parse_file, parse_text

EXAMPLES = int(os.environ.get("VANBAN_FUZZ_EXAMPLES", "40"))


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(vietnamese_documents())
def test_parse_text_returns_a_record_or_a_clean_error(text: str) -> None:
    try:
        rec = parse_text(text)
    except VanbanError as e:
        assert e.stage in ("ingest", "normalize", "segment", "extract") and e.message
        return
    assert rec.text is not None


@pytest.mark.parametrize("seed", range(4))
def test_mutated_corpus_files(tmp_path: Path, seed: int) -> None:
    files = seed_files()
    for name, data in mutations(files, max(EXAMPLES // 4, 5), seed):
        path = tmp_path / "input.txt"
        path.write_bytes(data)
        try:
            parse_file(path)
        except VanbanError as e:
            assert e.stage and e.message, name


def test_mutated_docx_packages(tmp_path: Path) -> None:
    import random

    from bench.fuzz import mutate

    body = header_body([paragraph("Tổ chức hội nghị.", num=("1", "0"), footnote="1")])
    good = docx(tmp_path / "good.docx", body, numbering=numbering_xml([("0", "1", "upperRoman", "%1.")]),
                footnotes=footnotes_xml({"1": "Quyết định số 5/QĐ-BTC"})).read_bytes()
    rnd = random.Random(17)
    for k in range(max(EXAMPLES, 10)):
        path = tmp_path / f"m{k}.docx"
        path.write_bytes(mutate(good, rnd, rounds=2))
        try:
            parse_file(path)
        except VanbanError as e:
            assert e.stage == "ingest" and e.message, k

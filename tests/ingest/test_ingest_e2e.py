"""End to end: the same header fields out of the .txt, the DOCX, the text PDF and a scan.

Uses `pipeline.parse_file` and `vanban.evaluate.score`; skipped with the
reason when they are not importable yet.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_fixtures import fixtures_dir, gold, names, needs_tesseract

HEADER_FIELDS = ("doc_type", "number", "issuer", "place", "issued_date", "subject")


@pytest.fixture(scope="module")
def fx() -> Path:
    return fixtures_dir()


@pytest.fixture(scope="module")
def api():
    try:
        from vanban import evaluate, parse_file
    except ImportError as e:  # the lead's parse stage is being written in parallel
        pytest.skip(f"pipeline.parse_file / vanban.evaluate not available yet: {e}")
    return parse_file, evaluate


def _header(record) -> dict:
    data = record.model_dump(mode="json") if hasattr(record, "model_dump") else dict(record)
    out = {}
    for f in HEADER_FIELDS:
        v = data.get(f)
        if isinstance(v, dict):
            v = v.get({"doc_type": "code", "number": "normalized", "issuer": "name"}.get(f, "name"))
        out[f] = v
    return out


@pytest.mark.parametrize("i", range(5))
def test_docx_and_pdf_give_the_txt_header_fields(fx, api, i):
    parse_file, _ = api
    name = names(fx)[i]
    from_txt = _header(parse_file(fx / f"{name}.txt"))
    assert from_txt["doc_type"] is not None
    for ext in ("docx", "pdf"):
        assert _header(parse_file(fx / f"{name}.{ext}")) == from_txt, ext


def _header_f1(evaluate, records: dict[str, dict], golds: dict[str, dict], fields=HEADER_FIELDS) -> tuple[float, list]:
    report = evaluate.score(golds, records)
    tp = sum(report.fields[f].tp for f in fields)
    fp = sum(report.fields[f].fp for f in fields)
    fn = sum(report.fields[f].fn for f in fields)
    problems = [(p.doc, p.field, p.kind, p.gold, p.output) for p in report.problems if p.field in fields]
    return 2 * tp / max(1, 2 * tp + fp + fn), problems


@needs_tesseract
def test_clean_300dpi_scans_score_header_f1(fx, api):
    """Page-1 scans: header fields against gold, F1 >= 0.90.

    An issuer that gold marks `inferred` comes from the signature on the last
    page, which a page-1 scan does not have, so it is left out of the gold here.
    """
    parse_file, evaluate = api
    golds, records = {}, {}
    for name in names(fx):
        g = gold(fx, name)
        if (g.get("issuer") or {}).get("inferred"):
            g = dict(g, issuer=None)
        golds[name] = g
        records[name] = parse_file(fx / f"{name}.p1.clean300.png").model_dump(mode="json")
    f1, problems = _header_f1(evaluate, records, golds)
    assert f1 >= 0.90, problems


def test_docx_and_pdf_score_like_the_txt_against_gold(fx, api):
    parse_file, evaluate = api
    golds = {n: gold(fx, n) for n in names(fx)}
    scores = {}
    for ext in ("txt", "docx", "pdf"):
        records = {n: parse_file(fx / f"{n}.{ext}").model_dump(mode="json") for n in names(fx)}
        scores[ext], _ = _header_f1(evaluate, records, golds)
    assert scores["docx"] >= scores["txt"] - 1e-9 and scores["pdf"] >= scores["txt"] - 1e-9, scores

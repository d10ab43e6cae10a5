"""Confidence per header field (docs/RECORD.md 1.1, pipeline/confidence.py): 1.0 for a clean text layer and an
exact rule; lowered by OCR word scores, layout words repaired by tolerant matching and the warnings of
a field; a `low_confidence` warning names each field under the review threshold."""

from __future__ import annotations

import pytest

import vanban.ingest
from vanban import parse_file, parse_text
from vanban.confidence import OCR_BANDS, REVIEW_THRESHOLD
from vanban.ingest import Extracted
from vanban.ingest.repair import repair

HEADER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI

Số: {number}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ngãi, ngày {day} tháng 3 năm 2024

{title}
Về việc tăng cường công tác thi hành án hành chính

Các sở, ban, ngành thực hiện nghiêm túc nội dung chỉ thị này./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Hoàng Tuấn
"""


def _text(number: str = "12/CT-UBND", day: str = "05", title: str = "CHỈ THỊ") -> str:
    return HEADER.format(number=number, day=day, title=title)


def _low(rec) -> set[str]:
    return {w.message.split(":")[0] for w in rec.warnings if w.code == "low_confidence"}


def test_clean_text_with_exact_rules_is_certain():
    rec = parse_text(_text())
    assert rec.confidence == {k: 1.0 for k in ("doc_type", "number", "issuer", "place", "issued_date", "subject",
                                               "signer")}
    assert not _low(rec)


@pytest.mark.parametrize("number, day, field, at_most", [
    ("ý# /CT-UBND", "05", "number", 0.3),      # sequence unreadable: codes only
    ("12/CT-UBND", "&O", "issued_date", 0.5),  # day unreadable: month only
    ("12/CT-UBND", "O5", "issued_date", 0.6),  # look-alike digits repaired
])
def test_warnings_lower_their_field_and_ask_for_review(number, day, field, at_most):
    rec = parse_text(_text(number=number, day=day))
    assert rec.confidence[field] <= at_most
    assert field in _low(rec)
    assert rec.confidence["issuer"] == 1.0  # the other fields keep theirs


def test_a_field_that_was_not_read_has_no_confidence():
    rec = parse_text(_text().replace("Trần Hoàng Tuấn", "").replace("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", ""))
    assert rec.signer is None and "signer" not in rec.confidence


def _ocr_extracted(text: str, score: float, repaired: bool = False) -> Extracted:
    """An OCR'd page: every word scored `score`; optionally the title damaged and repaired."""
    repairs = []
    if repaired:
        text, repairs = repair(text.replace("CHỈ THỊ", "CHÍ THỊ"))
    spans, pos = [], 0
    for word in text.replace("\n", " ").replace("\t", " ").split(" "):
        if word:
            spans.append((pos, pos + len(word), score, 1.0))
        pos += len(word) + 1
    return Extracted(text=text, format="image", sha256="0" * 64, path="page.png", pages=[(0, len(text))], ocr=True,
                     ocr_confidence=score, repairs=repairs, word_spans=spans)


@pytest.mark.parametrize("score", [96.0, 88.0, 70.0, 40.0])
def test_ocr_word_scores_set_the_confidence_of_what_was_read(monkeypatch, score):
    monkeypatch.setattr(vanban.ingest, "read", lambda path, limits=None: _ocr_extracted(_text(), score))
    rec = parse_file("page.png")
    expected = next(f for low, f in OCR_BANDS if score >= low)
    assert rec.confidence["subject"] == expected and rec.confidence["number"] == expected
    assert ("subject" in _low(rec)) is (expected < REVIEW_THRESHOLD)


def test_a_repaired_title_lowers_the_doc_type(monkeypatch):
    """A number without type letters: the type is the title word, which OCR damaged and repair fixed."""
    text = _text(number="12/UBND-NC")
    monkeypatch.setattr(vanban.ingest, "read", lambda path, limits=None: _ocr_extracted(text, 96.0, repaired=True))
    rec = parse_file("page.png")
    assert rec.doc_type.code == "CT"
    assert rec.confidence["doc_type"] < rec.confidence["issuer"] == 1.0

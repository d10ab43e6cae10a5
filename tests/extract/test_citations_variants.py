"""Citation variants of unfamiliar documents (issue 10 class 8): codes printed without their hyphen
or with a misread letter, Cyrillic look-alikes, markdown inside a number, several numbers under one
type word, dotted sequence numbers, a date with spaces. Invented sentences."""

from __future__ import annotations

import pytest

from vanban.context import Context
from vanban.extract.citations import extract
from vanban.grammar.timex import find_times


def cites(text: str):
    return [(c.number, c.doc_type, c.date) for c in extract(Context(text="Căn cứ " + text + "\n"))]


@pytest.mark.parametrize("text, expected", [
    ("Nghị định số 45/2025/NĐCP ngày 12/3/2025 của Chính phủ;", [("45/2025/NĐ-CP", "NĐ", "2025-03-12")]),
    ("Nghị quyết số 190/2025/OH15 ngày 19/2/2025 của Quốc hội;", [("190/2025/QH15", "NQ", "2025-02-19")]),
    # Cyrillic Т, В, С typed for the Latin letters
    ("Thông tư số 12/2025/ТТ-ВТС ngày 01/3/2025 của Bộ Tài chính;", [("12/2025/TT-BTC", "TT", "2025-03-01")]),
    ("Quyết định số 905/Q*Đ*-UBND ngày 05/5/2025 của UBND tỉnh;", [("905/QĐ-UBND", "QĐ", "2025-05-05")]),
    ("Nghị quyết số 12.5/2025/NQ-CP ngày 01/6/2025 của Chính phủ;", [("12.5/2025/NQ-CP", "NQ", "2025-06-01")]),
    ("Quyết định số 77/QĐ-UBND ngày 20/ 11 /2025 của UBND tỉnh;", [("77/QĐ-UBND", "QĐ", "2025-11-20")]),
    ("các Công văn số 101/UBND-VP, 102/UBND-VP và 105/UBND-VP ngày 19/10/2025 của UBND tỉnh;",
     [("101/UBND-VP", "CV", "2025-10-19"), ("102/UBND-VP", "CV", "2025-10-19"),
      ("105/UBND-VP", "CV", "2025-10-19")]),
])
def test_variants_read_as_one_number(text: str, expected: list) -> None:
    assert cites(text) == expected


def test_spans_stay_on_the_original_text() -> None:
    text = "Căn cứ Quyết định số 905/Q*Đ*-UBND ngày 05/5/2025 và Thông tư số 12/2025/ТТ-ВТС;\n"
    for c in extract(Context(text=text)):
        a, b = c.span
        assert text[a:b].startswith(("Quyết định", "Thông tư"))


@pytest.mark.parametrize("text, value", [
    ("ngày 20/ 11 /2025", "2025-11-20"),
    ("ngày 20 /11/ 2025", "2025-11-20"),
    ("20-11-2025", "2025-11-20"),
])
def test_date_with_spaces_around_slashes(text: str, value: str) -> None:
    (t,) = find_times(text)
    assert t.value == value


@pytest.mark.parametrize("text", ["20-11/2025", "1.2/2025"])
def test_mixed_separators_are_not_a_date(text: str) -> None:
    assert all(t.kind != "date" for t in find_times(text))


@pytest.mark.parametrize("text, expected", [
    # a date and an issuer printed before the verb and the type word, the issuer's name with a dotted
    # abbreviation (sixteenth heldout round, a news copy)
    ("Trước đó, ngày 20/10/2026, UBND TP.HCM đã ban hành Chỉ thị số 09/CT-UBND về quản lý chất thải.",
     ("09/CT-UBND", "2026-10-20", "UBND TP.HCM")),
    ("Ngày 05/3/2026, UBND tỉnh An Phú ban hành Kế hoạch số 45/KH-UBND về cải cách hành chính.",
     ("45/KH-UBND", "2026-03-05", "UBND tỉnh An Phú")),
])
def test_date_and_issuer_before_the_verb(text: str, expected: tuple) -> None:
    (c,) = extract(Context(text=text + "\n"))
    assert (c.number, c.date, c.issuer) == expected


def test_a_date_in_the_sentence_before_is_no_citations() -> None:
    # counter-case: a sentence's full stop between the date and the issuer
    (c,) = extract(Context(text="Hội nghị họp ngày 20/10/2026. Sở Y tế ban hành Kế hoạch số 12/KH-SYT về phòng dịch.\n"))
    assert (c.number, c.date) == ("12/KH-SYT", None)

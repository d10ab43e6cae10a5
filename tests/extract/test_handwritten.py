"""Handwritten số and day read by OCR (issue 9 item 2, docs/RECORD.md 1.1): a fragment is never a number,
the printed codes are kept, OCR look-alike digits are repaired only into a real date, a missing day
gives 'YYYY-MM', and the place is read even when the date is not."""

from __future__ import annotations

import pytest

from vanban import parse_text
from vanban.grammar import docnumber, ocrdigits

HEADER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI

Số: {number}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ngãi, ngày {day} tháng {month} năm 2024

{title}
Về việc tăng cường công tác thi hành án hành chính

Các sở, ban, ngành thực hiện nghiêm túc nội dung chỉ thị này.
"""


def _parse(number: str = "12/CT-UBND", day: str = "05", month: str = "3", title: str = "CHỈ THỊ"):
    return parse_text(HEADER.format(number=number, day=day, month=month, title=title))


def _kinds(rec) -> set[str]:
    return {w.kind for w in rec.warnings} if rec.warnings and hasattr(rec.warnings[0], "kind") else \
        {str(w).split(":")[0] for w in rec.warnings}


@pytest.mark.parametrize("printed, type_code, issuer_code", [
    ("ý# /CT-UBND", "CT", "UBND"),      # a scrawl
    ("ZZ2 /CT-UBND", "CT", "UBND"),     # a digit glued to the scrawl: a fragment, not 2
    ("0 /CT-UBND", "CT", "UBND"),       # zero is no sequence
    ("0+ /QĐ-BCĐ138", "QĐ", "BCĐ138"),
    ("¿02 /QĐ-UBND", "QĐ", "UBND"),
    ("J†§ /STTTT-CNTT", None, "STTTT"),  # a công văn number keeps its issuer and unit codes
])
def test_unreadable_sequence_keeps_codes_and_never_becomes_a_number(printed, type_code, issuer_code):
    rec = _parse(number=printed)
    assert rec.number is not None
    assert rec.number.normalized is None and rec.number.seq is None
    assert rec.number.type_code == type_code and rec.number.issuer_code == issuer_code
    assert any("number_unreadable" in str(w) for w in rec.warnings)


@pytest.mark.parametrize("number, code", [("ý# /CT-UBND", "CT"), ("ý# /QĐ-UBND", "QĐ"), ("44/CT-UBND", "CT"),
                                          ("5330/CT-CS", "CV")])  # CT-CS: Cục Thuế's unit CS, a công văn
def test_type_letters_of_the_number_give_the_doc_type_when_the_title_is_lost(number, code):
    rec = _parse(number=number, title="")
    assert rec.doc_type is not None and rec.doc_type.code == code


@pytest.mark.parametrize("printed, normalized", [
    ("383_ /QĐ-UBND", "383/QĐ-UBND"),   # the blank's underline after a clean number
    ("12..... /CT-UBND", "12/CT-UBND"),
    ("12/CT-UBND", "12/CT-UBND"),
])
def test_clean_sequences_are_read(printed, normalized):
    assert _parse(number=printed).number.normalized == normalized


@pytest.mark.parametrize("body, kept", [
    (" ý# /CT-UBND", "/CT-UBND"), (" /Z⁄/UBND- KSTTHC", "/UBND-KSTTHC"), (" z//'KH-VP", "/KH-VP"),
    (" ý#-KH/TĐTN", "-KH/TĐTN"), ("", None),
])
def test_codes_without_seq(body, kept):
    p = docnumber.codes_without_seq(body)
    assert (p.normalized if p else None) == kept and (p is None or p.seq is None)


@pytest.mark.parametrize("day, month, iso, warning", [
    ("2O", "O2", "2024-02-20", "date_repaired"),
    ("l1", "3", "2024-03-11", "date_repaired"),
    ("0I", "3", "2024-03-01", "date_repaired"),
    ("&O", "12", "2024-12", "partial_date"),     # a scrawl: month only
    ("{T", "3", "2024-03", "partial_date"),
    ("", "02", "2024-02", "partial_date"),        # a blank day in a draft
    ("3O", "O2", "2024-02", "partial_date"),      # 30 February does not exist: no repair
    ("1©", "0%", None, "date_unreadable"),
    ("", "", None, "date_blank"),
])
def test_day_and_month(day, month, iso, warning):
    rec = _parse(day=day, month=month)
    assert rec.issued_date == iso
    assert any(warning in str(w) for w in rec.warnings)
    assert rec.place == "Quảng Ngãi"  # the place is read all the same


@pytest.mark.parametrize("token, digits", [("2O", "20"), ("l1", "11"), ("O", "0"), ("12", None), ("|2", None),
                                           ("ý#", None), ("", None), ("2OO", None)])
def test_repair_digits(token, digits):
    assert ocrdigits.repair_digits(token) == digits

"""Số hiệu grammar: both grammars, printed variants, and the normalizer's properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.grammar import docnumber


@pytest.mark.parametrize(
    "printed, normalized, grammar, type_code, issuer, unit, year",
    [
        # Đoàn / Party: N-TYPE/ISSUER[-UNIT]
        ("Số: 342-CV/TĐTN-BPT", "342-CV/TĐTN-BPT", "party", "CV", "TĐTN", "BPT", None),
        ("Số: 55 - KH/HĐTĐN", "55-KH/HĐTĐN", "party", "KH", "HĐTĐN", None, None),
        ("367 - QĐ/TWĐTN-VP", "367-QĐ/TWĐTN-VP", "party", "QĐ", "TWĐTN", "VP", None),
        ("26-KH/TĐTĐN-TG-TTNTH", "26-KH/TĐTĐN-TG-TTNTH", "party", "KH", "TĐTĐN", "TG-TTNTH", None),
        ("3094-CV/TĐTN-CTĐ&TTN", "3094-CV/TĐTN-CTĐ&TTN", "party", "CV", "TĐTN", "CTĐ&TTN", None),
        ("1861-CV/TĐTN-BMT.ANQP.ĐBDC.", "1861-CV/TĐTN-BMT.ANQP.ĐBDC", "party", "CV", "TĐTN", "BMT.ANQP.ĐBDC", None),
        ("20 -QĐ/HĐĐTW", "20-QĐ/HĐĐTW", "party", "QĐ", "HĐĐTW", None, None),
        ("01-NQ/TU,", "01-NQ/TU", "party", "NQ", "TU", None, None),
        ("08-QĐi/TW", "08-QĐi/TW", "party", "QyĐ", "TW", None, None),
        # in the Party/Đoàn grammar the space before the type stands for the hyphen
        ("298 KH/TWĐTN", "298-KH/TWĐTN", "party", "KH", "TWĐTN", None, None),
        ("Số: 46 HD/TĐ", "46-HD/TĐ", "party", "HD", "TĐ", None, None),
        # state: N/TYPE-ISSUER, N/YYYY/TYPE-ISSUER, công văn N/ISSUER-UNIT
        ("Số: 1157/QĐ-UBND", "1157/QĐ-UBND", "state", "QĐ", "UBND", None, None),
        ("57/2015/QĐ-TTg,", "57/2015/QĐ-TTg", "state", "QĐ", "TTg", None, 2015),
        ("Số:\n111/2025/TT-BTC", "111/2025/TT-BTC", "state", "TT", "BTC", None, 2025),
        ("9476 /BNNMT-CNTY", "9476/BNNMT-CNTY", "state", None, "BNNMT", "CNTY", None),
        ("11554/VPCP-V.I", "11554/VPCP-V.I", "state", None, "VPCP", "V.I", None),
        ("123/UBND-VP", "123/UBND-VP", "state", None, "UBND", "VP", None),
        ("59/2020/QH14", "59/2020/QH14", "state", None, "QH14", None, 2020),
        ("234/CĐ-TTg", "234/CĐ-TTg", "state", "CĐ", "TTg", None, None),
    ],
)
def test_both_grammars(printed, normalized, grammar, type_code, issuer, unit, year):
    p = docnumber.parse(printed)
    assert p is not None
    assert p.normalized == normalized
    assert p.grammar == grammar
    assert p.type_code == type_code
    assert p.issuer_code == issuer
    assert p.unit_code == unit
    assert p.year == year


def test_ocr_dot_is_repaired_and_flagged():
    p = docnumber.parse("01.NQ/TU")
    assert p.normalized == "01-NQ/TU" and p.repaired


@pytest.mark.parametrize("text", ["02 lần/năm", "04/5/2023", "ĐVTN/buổi", "mức độ 3, 4", "2020 - 2025", "3/4"])
def test_not_numbers(text):
    assert docnumber.find_numbers(text) == []


def test_find_numbers_in_a_sentence():
    text = "Căn cứ Kế hoạch số 35-KH/TĐTN-TTNTH ngày 04/5/2023 và Quyết định số 1157/QĐ-UBND ngày 25/5/2020;"
    found = [p.normalized for p in docnumber.find_numbers(text)]
    assert found == ["35-KH/TĐTN-TTNTH", "1157/QĐ-UBND"]


def test_keys_fold_typos_and_separators():
    assert docnumber.key("38-KH/TDTN-BPT") == docnumber.key("38-KH/TĐTN-BPT")
    assert docnumber.key("46 HD/TĐ") == docnumber.key("46-HD/TĐ")
    assert docnumber.score_key("46 HD/TĐ") == docnumber.score_key("46HD/TD")
    assert docnumber.score_key("46-HD/TĐ") == docnumber.score_key("46 HD/TĐ")
    assert docnumber.score_key("46-HD/TĐ") != docnumber.score_key("45-HD/TĐ")
    assert docnumber.key("298 KH/TWĐTN") == docnumber.key("298KH/TWĐTN".replace("KH", "-KH"))


_CODES = st.sampled_from(["KH", "CV", "QĐ", "TB", "NQ", "HD", "BC", "CT"])
_ISSUERS = st.sampled_from(["TĐTN", "TWĐTN", "HĐTN", "ĐTN", "TU", "UBND", "TTg", "BTC", "SGDĐT"])
_UNITS = st.lists(st.sampled_from(["BPT", "VP", "CNĐT", "TCKT", "CTĐ&TTN", "BMT.ANQP.ĐBDC"]), max_size=2)
_SP = st.sampled_from(["", " ", "  "])


@st.composite
def printed_numbers(draw):
    seq = draw(st.integers(min_value=1, max_value=99999))
    code, issuer, units = draw(_CODES), draw(_ISSUERS), draw(_UNITS)
    s1, s2, s3 = draw(_SP), draw(_SP), draw(_SP)
    if draw(st.booleans()):  # Party/Đoàn grammar
        head = f"{seq}{s1}-{s2}{code}{s3}/{issuer}"
    else:
        year = draw(st.one_of(st.none(), st.integers(min_value=1990, max_value=2030)))
        head = f"{seq}{s1}/{s2}" + (f"{year}/" if year else "") + f"{code}-{issuer}"
    return head + "".join(f"{draw(_SP)}-{u}" for u in units)


@settings(max_examples=300, deadline=None)
@given(printed_numbers())
def test_normalize_is_idempotent(raw):
    once = docnumber.normalize(raw)
    assert docnumber.normalize(once) == once
    assert " " not in once


@settings(max_examples=300, deadline=None)
@given(printed_numbers(), st.data())
def test_spaces_and_d_variants_share_one_key(raw, data):
    # spaces around separators and Đ/D typing variants map to one key
    spaced = raw.replace("-", data.draw(st.sampled_from(["-", " - ", "- ", " -"])), 1)
    undotted = raw.replace("Đ", "D")
    assert docnumber.key(spaced) == docnumber.key(raw) == docnumber.key(undotted)


@pytest.mark.parametrize("ocr, fixed", [("342-CVTĐTN-BPT", "342-CV/TĐTN-BPT"), ("12-NQTU", "12-NQ/TU"),
                                        ("1334-CVTWĐTN-CNĐT", "1334-CV/TWĐTN-CNĐT")])
def test_lost_slash_is_repaired_only_into_known_codes(ocr, fixed):
    assert docnumber.parse(ocr) is None
    assert docnumber.repair_lost_slash(ocr).normalized == fixed


def test_lost_slash_repair_does_not_invent_numbers():
    assert docnumber.repair_lost_slash("2023-08") is None
    assert docnumber.repair_lost_slash("12-ABCXYZ") is None

"""The citation extractor's shortcuts give what the plain readings give: the clause cues searched only as far
as the citations need them, the issuer-before test that skips the clause scan, and a citation's date read by
timex.first_at. Each is compared with the plain reading on invented texts (hypothesis) and the samples."""

from __future__ import annotations

from dataclasses import astuple

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.context import Context
from vanban.extract import citations
from vanban.grammar.timex import TimeExpr, find_times
from vanban.textutil import finditer_at, lower_of, word_starts

_SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def _all_cues(text: str) -> list[citations._Scope]:
    """The clause cues of the whole text, read as _cues read them before it stopped early."""
    g = citations._grammar()
    lower = lower_of(text)
    found = []
    for m in finditer_at(g.cue_re, lower, word_starts(lower, g.cue_firsts)):
        cue = g.cues.get(citations._cue_key(m.group()))
        if cue is None:
            continue
        if not cue.anywhere and not citations._CLAUSE_BEFORE.search(text, max(0, m.start() - 14), m.start()) and not (
                text[m.start()].isupper() and citations._AFTER_ASIDE.search(text, max(0, m.start() - 4), m.start())):
            continue
        found.append(citations._Scope(m.start(), m.end(), cue))
    return found


def _plain_date_here(text: str, pos: int, limit: int, days: object = None) -> TimeExpr | None:
    found = find_times(text, pos, min(limit, pos + 40))
    return found[0] if found and found[0].start == pos else None


_CUE_PIECES = [
    "Căn cứ ", "căn  cứ\n", "Thực hiện ", "thực hiện ", "Phúc đáp ", "Trả lời ", "Nhận được ", "nhận được ",
    "Theo ", "theo ", "Xét đề nghị ", "Triển khai ", "Kế hoạch số 12/KH-TĐTN ", "Công văn số 5/UBND-VP ",
    "Nghị định số 45/2025/NĐ-CP ", "ngày 04/5/2023 ", "của Ban Thường vụ Tỉnh đoàn ", "về việc tổ chức ", ". ",
    ".\n", ";\n", "\n\n", "; ", ", ", "(Đ/c A) ", "- ", "1. ", "và ", "tại ", "Luật Đầu tư ", "thực ", "theo dõi ",
]


def _cue_texts() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_CUE_PIECES), min_size=1, max_size=30).map("".join)


def _check_cues(text: str) -> None:
    full = _all_cues(text)
    assert citations._cues(text, -1) == []
    for upto in sorted({0, len(text) // 3, len(text) // 2, len(text) - 1, *(s.start for s in full)}):
        part = citations._cues(text, upto)
        inside = [s for s in full if s.start <= upto]
        assert part == full[:len(part)]  # the same cues, in order, as far as it reads
        assert part[:len(inside)] == inside and len(part) == min(len(full), len(inside) + 1), upto


@settings(max_examples=200, deadline=None)
@given(_cue_texts())
def test_cues_as_far_as_needed_are_the_whole_texts_first_cues(text: str) -> None:
    _check_cues(text)


def test_cues_past_several_chunks() -> None:
    text = "Căn cứ Kế hoạch số 12/KH-TĐTN. " + "x" * (3 * citations._CUE_CHUNK) + "\nThực hiện Công văn số 5/UBND-VP"
    _check_cues(text)
    assert len(citations._cues(text, 0)) == 2  # the cue after the last citation ends the scope before it


@pytest.mark.parametrize("text", _SAMPLE_TEXTS[:6])
def test_cues_on_samples(text: str) -> None:
    _check_cues(text)


_BEFORE_PIECES = [
    "của Bộ Tài chính tại ", "của Bộ Chính trị chuyển đến tại ", "do UBND tỉnh gửi tại ", "Ngày 07/7/2023, ",
    "Ban Bí thư đã ban hành ", "Thủ tướng Chính phủ ký ", "Sau khi UBND TP.HCM có ", "Bộ Y tế gửi ", "(nay là Bộ X) ",
    "(Đ/c A)", " ", "\n", "; ", ": ", ". ", "tại", "hành", "ký", "có", "gửi", "theo ", "thực hiện ", "“tại” ", ")",
    "về thực hiện Đề án tại ", "x" * 45, " " * 45,
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=8).map("".join),
       st.sampled_from(["Công văn số 5/UBND-VP", "Kế hoạch số 12/KH-TĐTN", "Quyết định số 1/QĐ-TTg"]))
def test_nothing_before_skips_only_what_finds_nothing(prefix: str, cited: str) -> None:
    text = prefix + cited
    start = len(prefix)
    shortcut = _before_fields(text, start)
    saved = citations._nothing_before
    citations._nothing_before = lambda text, start: False
    try:
        assert shortcut == _before_fields(text, start)
    finally:
        citations._nothing_before = saved


def _before_fields(text: str, start: int) -> tuple:
    mention = citations._Mention(start, len(text), "CV", "5/UBND-VP", "5/UBND-VP")
    ctx = Context(text)
    citations._before(text, mention, ctx)
    return astuple(mention), ctx.claimed


def test_nothing_before_is_taken() -> None:
    """The usual citation ("Căn cứ Kế hoạch số ...") is decided by the shortcut (else it saves nothing)."""
    assert citations._nothing_before("Căn cứ Kế hoạch số 12/KH-TĐTN", len("Căn cứ "))
    assert not citations._nothing_before("của Bộ Tài chính tại Công văn số 5", len("của Bộ Tài chính tại "))
    assert not citations._nothing_before("của Bộ (tại) Công văn", len("của Bộ (tại) "))  # an aside: _before reads
    spaced = "của Bộ Tài chính tại" + " " * 45  # the last word further back than the cheap test reads
    assert not citations._nothing_before(spaced + "Công văn số 5", len(spaced))
    assert _before_fields(spaced + "Công văn số 5/UBND-VP", len(spaced))[0][6] == "Bộ Tài chính"  # the issuer


@pytest.mark.parametrize("text", _SAMPLE_TEXTS)
def test_extract_is_the_plain_reading(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole extractor with every shortcut, and with the plain readings put back."""
    fast = [c.model_dump() for c in citations.extract(Context(text))]
    monkeypatch.setattr(citations, "_cues", lambda text, upto: _all_cues(text))
    monkeypatch.setattr(citations, "_nothing_before", lambda text, start: False)
    monkeypatch.setattr(citations, "_date_here", _plain_date_here)
    assert fast == [c.model_dump() for c in citations.extract(Context(text))]

"""A keyword anchor is passed by when what follows it cannot go on into any scanner alternative it opens
("ngày càng", "sáng kiến", "chủ trì": timex._anchor_follow). The lookahead must never drop an anchor where the
scanner matches: checked against the anchor pattern without lookaheads, at every anchor of invented texts of the
forms (hypothesis) and of the bundled samples, and find_times reads the same expressions either way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.grammar import timex

_SAMPLES = sorted((Path(__file__).resolve().parents[2] / "corpus" / "samples").glob("*.txt"))


def _plain_anchors() -> re.Pattern[str]:
    """The anchor pattern as it was: every keyword's first word, whatever follows it."""
    return re.compile(timex._DIGIT_ANCHOR + r"|(?<!\w)(?:" + timex._alt(timex._anchor_words()) + r")(?!\w)",
                      re.IGNORECASE)


def _dropped_matches(text: str) -> list[str]:
    """Places where the scanner matches at a plain anchor that the anchor pattern now passes by."""
    anchors = timex._anchors()
    return [text[m.start():m.start() + 30] for m in _plain_anchors().finditer(text)
            if timex._scanner().match(text, m.start()) and not anchors.match(text, m.start())]


_FOLLOWERS = ["nhật", "Nhựt", "hè", "HÈ", "học", "kỳ", "đoạn", "độ", "khoá", "khóa", "nghỉ", "mồng", "Mùng", "hai",
              "Sáu", "2", "5", "05", "15", "2025", "III", "iv", "1", "/", "-", ":", "và", "tháng", "năm", "càng", "kiến",
              "trì", "vụ", "Thanh", "niên", "Công", "nhân", "x"]


def _pieces() -> list[str]:
    words = list(timex._anchor_words())
    return [*words, *(w.upper() for w in words), *(w.capitalize() for w in words), *_FOLLOWERS,
            " ", "  ", "\n", ", ", " : ", "\t"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_pieces()), min_size=1, max_size=30))
def test_no_scanner_match_is_passed_by(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _dropped_matches(text) == []


_SPACES = st.sampled_from([" ", "  ", "\n", "\t", ""])
# an anchor word, then a few followers, each after blanks: the shapes the lookaheads tell apart
_PHRASE = st.tuples(st.sampled_from(list(timex._anchor_words())), st.lists(st.tuples(_SPACES, st.sampled_from(_FOLLOWERS)),
                                                                        max_size=5))


@settings(max_examples=600, deadline=None)
@given(st.lists(_PHRASE, min_size=1, max_size=4), st.sampled_from([str, str.upper, str.capitalize]))
def test_no_scanner_match_is_passed_by_phrases(phrases: list[tuple[str, list[tuple[str, str]]]], case) -> None:
    text = " ".join(word + "".join(gap + w for gap, w in rest) for word, rest in phrases)
    assert _dropped_matches(case(text)) == []


@pytest.mark.parametrize("text", [
    "ngày 5/6/2023, ngày mồng 5 tháng Giêng năm 2025, ngày mùng 3, ngày 07, 14 và 21/9, chiều 15 và 16/11, Chủ nhật, chủ nhựt, CN",
    "quý III/2025, Quý 1, tháng 8/2023, Tháng Thanh niên năm 2021, năm học 2025-2026, nhiệm kỳ 2022 - 2027",
    "niên khoá 2024 - 2025, niên độ 2024, giai đoạn 2021-2025, kỳ nghỉ hè năm 2025, mùa hè 2023, hè 2023",
    "tuần cuối cùng của tháng thứ 3 trong quý, thứ Sáu hằng tuần, thú hai, thứ 7, sáng 15 và 16/11",
])
def test_every_form_keeps_its_anchor(text: str) -> None:
    assert _dropped_matches(text) == []
    assert _dropped_matches(text.upper()) == []


@pytest.mark.parametrize("text", ["ngày càng", "sáng kiến", "chủ trì", "nhiệm vụ", "năm nay", "tháng tới", "quý vị"])
def test_words_that_go_on_into_no_atom_are_no_anchor(text: str) -> None:
    assert timex._anchors().search(text) is None
    assert timex._anchor_spans(text * 40, 0, len(text) * 40) == []


def _plain_find_times(text: str, monkeypatch: pytest.MonkeyPatch) -> list[timex.TimeExpr]:
    with monkeypatch.context() as m:
        plain = _plain_anchors()
        m.setattr(timex, "_anchors", lambda: plain)
        m.setattr(timex, "_SUBSTRING_SCAN_MIN", 10 ** 9)  # every window read by the (plain) pattern itself
        return timex.find_times(text)


@pytest.mark.skipif(not _SAMPLES, reason="no bundled samples")
def test_samples_read_the_same_times(monkeypatch: pytest.MonkeyPatch) -> None:
    for path in _SAMPLES:
        text = path.read_text(encoding="utf-8")
        assert _dropped_matches(text) == [], path.name
        assert timex.find_times(text) == _plain_find_times(text, monkeypatch), path.name


@pytest.mark.parametrize("text", ["thứ ſáu, ſáng 15 và 16/11 " * 30, "nhiệm \u212aỳ 2020-2025, \u212aỳ nghỉ hè " * 30])
def test_letters_a_regex_reads_as_others_are_read_by_the_pattern(text: str) -> None:
    """ "ſ" is "s" and the Kelvin sign "k" to a case-insensitive regex, not to str.lower: such a text is scanned
    with the anchor pattern itself, as the scanner reads it."""
    assert timex._anchor_spans(text, 0, len(text)) == [m.span() for m in timex._anchors().finditer(text)]
    assert timex._anchor_spans(text, 0, len(text)) != []

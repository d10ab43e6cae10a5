"""The keyword anchors of a long window are found with one pattern per first letter (timex._anchor_word_scans)
instead of one substring search per word: they are still exactly what the anchor pattern finds, for texts of
anchor words glued, repeated, overlapping themselves, inside longer words, in any case (hypothesis)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.grammar import timex


def _pieces() -> list[str]:
    words = list(timex._anchor_words())
    return [*words, *(w.upper() for w in words), *(w.capitalize() for w in words), *(w + w for w in words),
            *(w[:-1] + w for w in words), "x", " ", "\n", ", ", "5", "05/6", "2025", "-", "ı", "İ", "ngàyx", "thứthứ"]


def _same_as_the_pattern(text: str) -> None:
    for start, end in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 2))):
        if start <= end:
            assert timex._anchor_spans(text, start, end) == [m.span() for m in timex._anchors().finditer(text, start, end)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_pieces()), min_size=1, max_size=40))
def test_grouped_anchor_scans_are_the_anchor_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    _same_as_the_pattern(text * (1 + timex._SUBSTRING_SCAN_MIN // max(1, len(text))))  # a long window


def test_every_anchor_word_is_in_one_group() -> None:
    scans = timex._anchor_word_scans()
    for word in timex._anchor_words():
        # (a word's own pattern is followed by its lookahead, timex._anchor_follow)
        own = re.escape(word[1:]) + timex._anchor_follow(word)
        assert sum(1 for s in scans if s.pattern.startswith(re.escape(word[0])) and own in s.pattern) == 1, word

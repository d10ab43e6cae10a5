"""textutil: the keyword scan (substring search, then the pattern where a keyword begins) finds what
the pattern's own scan finds."""

from __future__ import annotations

import re

import pytest

from vanban.textutil import finditer_at, word_starts

_CUES = re.compile(r"(?<![\w])(?:căn\s+cứ\s+vào|căn\s+cứ|thực\s+hiện\s+theo|thực\s+hiện|theo)(?![\w])")
_FIRSTS = ("căn", "thực", "theo")


@pytest.mark.parametrize("text", [
    "căn cứ vào quyết định; thực hiện theo kế hoạch, theo dõi và thực hiện",
    "căncứ thựchiện theođó xtheo theo",  # glued words: no cue
    "căn  cứ\nvào thực\thiện theo theo theo",  # any spacing between a cue's words
    "thực hiện thực hiện theo",
    "",
])
def test_finditer_at_word_starts_is_finditer(text: str) -> None:
    want = [m.span() for m in _CUES.finditer(text)]
    assert [m.span() for m in finditer_at(_CUES, text, word_starts(text, _FIRSTS))] == want


def test_word_starts_finds_overlapping_words_in_order() -> None:
    assert word_starts("thực theo thực", ("thực", "theo", "th")) == [0, 0, 5, 5, 10, 10]

"""textutil: the keyword scan (substring search, then the pattern where a keyword begins) finds what
the pattern's own scan finds."""

from __future__ import annotations

import re

import pytest

from vanban.textutil import finditer_at, first_letters, fold_lower, phrase_alternation, tone_spellings, word_starts

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


def _fold_with_offsets_v0(text: str) -> tuple[str, list[int]]:
    """fold_with_offsets as first written (every run of blanks read by the loop), the reference."""
    import re

    from vanban.textutil import fold_tones, nfc

    toned = fold_tones(nfc(text))
    if len(toned) != len(text):
        toned = text
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in re.finditer(r"\s+", toned):
        out.append(toned[pos:m.start()])
        where.extend(range(pos, m.start()))
        if m.start() > 0 and m.end() < len(toned):
            out.append(" ")
            where.append(m.start())
        pos = m.end()
    out.append(toned[pos:])
    where.extend(range(pos, len(toned)))
    return "".join(out), where


def test_fold_with_offsets_as_first_written() -> None:
    """The shortcut for a text without runs of blanks inside gives what the run-by-run loop gave."""
    import random
    import unicodedata

    from tests.reference.randomtext import corpus_lines
    from vanban.textutil import fold_with_offsets

    pieces = ["ĐOÀN", "hoà", "uỷ", "Số:", "a", " ", "  ", "\t", "\xa0", "\u3000", "\x1c", "\x85", "\u2028", "\u200b",
              "\n", unicodedata.normalize("NFD", "Hoà"), "o\u0301a", "|", "-"]
    rnd = random.Random(7)
    texts = corpus_lines() + ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 12))) for _ in range(20_000)]
    for text in texts:
        assert fold_with_offsets(text) == _fold_with_offsets_v0(text), repr(text)


def test_lower_of_is_lower_for_every_text_asked() -> None:
    """The kept lower case is only ever the one of the very text asked for."""
    from vanban.textutil import lower_of

    texts = ["Căn Cứ NGHỊ ĐỊNH", "İstanbul ĐOÀN", "", "Căn Cứ NGHỊ ĐỊNH"[:5] + "Cứ NGHỊ ĐỊNH"]
    for text in texts + texts[::-1] + [t for t in texts for _ in range(2)]:
        assert lower_of(text) == text.lower()
    a = "".join(["Thực ", "Hiện"])
    b = "".join(["Thực ", "HIỆN"])
    assert (lower_of(a), lower_of(b), lower_of(a)) == ("thực hiện", "thực hiện", "thực hiện")


def test_strip_diacritics_cached_as_computed() -> None:
    """The cached strip_diacritics gives what its function computes, letter by letter and for words."""
    from tests.reference.randomtext import corpus_lines
    from vanban.textutil import strip_diacritics

    for line in corpus_lines()[:3000]:
        for piece in [line, *line, *line.split()]:
            assert strip_diacritics(piece) == strip_diacritics.__wrapped__(piece)
    assert strip_diacritics("Đoàn Thanh niên") == "Doan Thanh nien"


def test_phrase_alternation_prefers_the_longer_phrase_and_any_whitespace_between_words():
    import re

    from vanban.textutil import phrase_alternation

    rx = re.compile(rf"(?:{phrase_alternation(['hội nghị', 'hội nghị trực tuyến', 'lễ', 'lễ'])})")
    assert rx.match("hội nghị\ntrực  tuyến").group() == "hội nghị\ntrực  tuyến"
    assert rx.match("hội nghị sơ kết").group() == "hội nghị"
    assert rx.match("lễ.").group() == "lễ" and not rx.match("giải")
    assert phrase_alternation(["a.b", "a.b"]) == r"a\.b"  # escaped, once


# ---- table phrases are folded ('tọa đàm' -> 'toạ đàm'); patterns built from them read both spellings -------

@pytest.mark.parametrize("written", ["tọa đàm", "toạ đàm", "của", "mùa hè", "ủy ban", "uỷ ban", "khỏe", "khoẻ",
                                     "hòa giải", "hoà giải", "thủy lợi", "hội thảo"])
def test_a_folded_phrase_matches_both_tone_spellings(written: str) -> None:
    key = fold_lower(written)
    assert written in tone_spellings(key)
    pattern = re.compile(first_letters([key]) + rf"(?<!\w)(?:{phrase_alternation([key])})(?!\w)", re.IGNORECASE)
    assert pattern.search(f"Buổi {written} ngày 15/3") and pattern.search(f"BUỔI {written.upper()} NGÀY 15/3")


def test_a_phrase_without_a_moved_tone_has_one_spelling() -> None:
    assert tone_spellings("hội thảo") == ("hội thảo",)
    assert tone_spellings("tuần") == ("tuần",)

"""Small text helpers shared by every stage: folding for matching, casing.

Matching keys are *folded*: NFC, old/new tone placement unified ("hoà" and
"hòa", "uỷ" and "ủy" compare equal), case-folded on request. Reported text is
never folded; only comparisons are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

# Old-style tone placement ("hoà", "uỷ", "thuý") to the new style ("hòa", "ủy",
# "thúy"): the tone moves from the second vowel of oa/oe/uy to the first one...
# in the NĐ30 style the tone sits on the main vowel. We fold both spellings to
# one key by moving tone marks of these diphthongs onto the second vowel.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_DIPHTHONG = re.compile(r"([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![\w])")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold_tones(text: str) -> str:
    """Unify old/new tone placement ('hoà'/'hòa', 'uỷ'/'ủy') without changing anything else."""
    d = unicodedata.normalize("NFD", text)
    d = _DIPHTHONG.sub(lambda m: m.group(1) + m.group(3) + m.group(2), d)
    return unicodedata.normalize("NFC", d)


_FOLDED_DIPHTHONG = re.compile(r"([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\w])")


def tone_spellings(phrase: str) -> tuple[str, ...]:
    """A folded phrase as a text may write it: its key ('toạ đàm', 'cuả') and with each moved tone back
    on the first vowel ('tọa đàm', 'của'). Patterns built from folded table phrases are matched against
    the text itself, where 'của' and 'mùa' are never written with the tone on the a."""
    d = unicodedata.normalize("NFD", phrase)
    back = unicodedata.normalize("NFC", _FOLDED_DIPHTHONG.sub(lambda m: m.group(1) + m.group(3) + m.group(2), d))
    return (phrase,) if back == phrase else (phrase, back)


@lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """Matching key: NFC, tones unified, whitespace collapsed (case kept). Cached: the same words,
    codes and letterhead lines are folded again and again (four normalizations a call)."""
    return " ".join(fold_tones(nfc(text)).split())


_SPACE_RUN = re.compile(r"\s+")


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each of its characters, the offset in `text` it came from: positions
    found in the folded text can then cut the text itself (fold collapses runs of spaces)."""
    toned = fold_tones(nfc(text))
    if len(toned) != len(text):  # not NFC: keep the text's own letters so offsets stay exact
        toned = text
    core = toned.strip()
    folded = " ".join(core.split())
    if len(folded) == len(core):  # (most cells) no run of blanks inside: each character keeps its place
        lead = len(toned) - len(toned.lstrip())
        return folded, list(range(lead, lead + len(core)))
    return _fold_runs(toned)


def _fold_runs(toned: str) -> tuple[str, list[int]]:
    """fold_with_offsets of a text with runs of blanks inside: each run becomes one space."""
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _SPACE_RUN.finditer(toned):
        out.append(toned[pos:m.start()])
        where.extend(range(pos, m.start()))
        if m.start() > 0 and m.end() < len(toned):  # inner run -> one space; leading and trailing dropped
            out.append(" ")
            where.append(m.start())
        pos = m.end()
    out.append(toned[pos:])
    where.extend(range(pos, len(toned)))
    return "".join(out), where


# OCR reads a capital I as a small l in a word of capitals ("VlỆT NAM", "CHl BỘ"): Vietnamese capitals never hold
# an l but as a word's first letter
_L_FOR_I = re.compile(r"(?<=[^\W\d_])l(?=[^\W\d_])|(?<=[^\W\d_]{2})l(?![\w])")


def capital_l_as_i(text: str) -> str:
    """Each small l inside capitals, or ending a word of capitals, read as the capital I OCR took it for ("ĐẢNG CỘNG
    SẢN VlỆT NAM", "CHl BỘ")."""
    if "l" not in text:
        return text
    return _L_FOR_I.sub(lambda m: "I" if _among_capitals(text, m.start()) else "l", text)


def _among_capitals(text: str, at: int) -> bool:
    after = text[at + 1:at + 2]
    if after.isalpha():
        return text[at - 1].isupper() and after.isupper()
    return text[at - 1].isupper() and text[at - 2].isupper()  # the word's end: two capitals before it ("CHl")


def fold_lower(text: str) -> str:
    return fold(text).casefold()


@lru_cache(maxsize=1 << 14)
def strip_diacritics(text: str) -> str:
    """The text without its marks ('Đoàn' -> 'Doan'). Cached: extractors compare letters one by one
    ("".join(strip_diacritics(c) ...) keeps offsets), and the same letters and words come again and again."""
    d = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in d if not unicodedata.combining(c))


def upper_vi(text: str) -> str:
    return fold(text).upper()


def is_upper(s: str, ratio: float = 0.8) -> bool:
    """Mostly capitals (a letterhead or title line); needs two letters at least."""
    letters = "".join(filter(str.isalpha, s))  # (filter and map walk the characters in C)
    return len(letters) >= 2 and sum(map(str.isupper, letters)) >= ratio * len(letters)


@lru_cache(maxsize=1 << 16)
def ascii_fold(text: str) -> str:
    """'Ban Thường vụ Tỉnh đoàn' -> 'ban thuong vu tinh doan': no diacritics, lower case,
    punctuation as spaces (cached: body names and units repeat across a store)."""
    s = strip_diacritics(text).lower()
    return " ".join(_NOT_ALNUM.sub(" ", s).split())


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def collapse_ws(text: str) -> str:
    return " ".join(text.split())


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of table phrases: longest first (a phrase wins over its own prefix), each
    word escaped, any run of whitespace between words (a phrase may wrap onto the next line)."""
    ordered = sorted({s for p in phrases for s in tone_spellings(p)}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


def word_starts(lower: str, words: Iterable[str]) -> list[int]:
    """Every offset where one of `words` occurs in `lower` (overlaps included), sorted: where a
    keyword pattern can match, found by substring search, which is many times cheaper than trying
    a regex alternation at every position of a long text."""
    starts: list[int] = []
    for w in words:
        i = lower.find(w)
        while i >= 0:
            starts.append(i)
            i = lower.find(w, i + 1)
    starts.sort()
    return starts


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches pattern.finditer(text) gives, for a pattern that never matches the empty string
    and can only begin at one of `starts` (sorted): tried there only, left to right, the next try
    after the end of the previous match."""
    pos = 0
    for s in starts:
        if s < pos:
            continue
        m = pattern.match(text, s)
        if m is not None:
            yield m
            pos = m.end()


_LAST_LOWER: tuple[str, str] = ("", "")  # the last text lower_of was asked for, and its lower case


def lower_of(text: str) -> str:
    """text.lower(), computed once for the document text that several extractors pre-check with
    substring searches (citations' cues, the time anchors, contacts): each read it whole, about a
    millisecond a long document. Kept for the very object last asked for (strings are immutable)."""
    global _LAST_LOWER
    last = _LAST_LOWER  # one read: another thread may replace the pair, never half of it
    if last[0] is text:
        return last[1]
    lower = text.lower()
    _LAST_LOWER = (text, lower)
    return lower


def first_letters(phrases: Iterable[str]) -> str:
    """A lookahead for the first characters of phrases ("(?=[cdđ])"), to put in front of a pattern that
    opens with a lookbehind and an alternation of them, under the pattern's own flags: such a search
    has no prefix to skip to and is tried at every position, where each phrase is then tried in turn;
    with the class first, one test. Empty when a phrase is empty or opens with a character that is no
    letter or digit (a class would not read it as the escaped phrase does)."""
    firsts: set[str] = set()
    for p in phrases:
        if not p or not p[0].isalnum():
            return ""
        firsts.update(s[0] for s in tone_spellings(p))  # 'uỷ ban' may be written 'ủy ban'
    return "(?=[" + "".join(sorted(firsts)) + "])" if firsts else ""


# A gap between two cells of a table aligned with spaces (PDF text, a fixed-width copy): two blanks or more
# inside a line (its indent is no gap).
_CELL_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_MIN_SPACED_CELLS = 3  # a label and two columns: a line of two parts is a letterhead's or signature's two sides
# rows of four cells or more (a "TT" column, an activity, its time, its unit) may have one cell too long for its column,
# its gap off the channel ("Trong 15 ngày kể từ ngày thông báo điểm" under "Ngày 27/7/2029"): still a row
_MIN_LOOSE_CELLS = 4


def cell_gaps(line: str) -> list[tuple[int, int]]:
    """The columns of a line's gaps of two blanks or more between its parts ([] for a line with none)."""
    if "  " not in line or "  " not in line.strip():  # most lines: one substring search, no copy
        return []
    return [m.span() for m in _CELL_GAP.finditer(line)]


_MIN_CONTINUATION_INDENT = 3  # a wrapped cell's line starts past a table's first column


def wrapped_cells(row: str, line: str) -> bool:
    """The line under a table row aligned with spaces holds the rest of the row's wrapped cells: it is indented
    past the row's first column and starts where one of the row's columns does ("1    Đảng ủy xã Triệu Thành
    Thu, nộp, quản lý, sử dụng    Tháng 3/2027" over the column-aligned "đảng phí")."""
    indent = len(line) - len(line.lstrip(" "))
    if indent < _MIN_CONTINUATION_INDENT or indent == len(line):
        return False
    gaps = cell_gaps(row)
    if len(gaps) < _MIN_SPACED_CELLS - 1 or indent < gaps[0][1]:
        return False
    return any(abs(indent - b) <= 1 for _, b in gaps)


def aligned_rows(above: str, line: str) -> bool:
    """Two lines of a table aligned with spaces: each of three cells or more, as many in both, and each gap of
    one over the same gap of the other (a blank channel runs down between the columns; the extra blanks of a
    justified sentence fall anywhere). In rows of four cells or more one gap may be off its channel (a cell too
    long for its column pushes the gap after it), but never the first."""
    below = cell_gaps(line)
    if len(below) < _MIN_SPACED_CELLS - 1:
        return False
    over = cell_gaps(above)
    if len(over) != len(below):
        return False
    on_channel = [a0 < b1 and b0 < a1 for (a0, a1), (b0, b1) in zip(over, below, strict=True)]
    if all(on_channel):
        return True
    # a wide row: its first gap (after the row's number or label) and all others but one on their channels
    return len(below) >= _MIN_LOOSE_CELLS - 1 and on_channel[0] and on_channel.count(False) == 1


def alternation_on_line(phrases: Iterable[str]) -> str:
    """Table phrases as regex alternatives in their given order, a space matching spaces or tabs only: a cue
    phrase stays on its line ("tổ chức" never matches "tổ" at a line's end and "chức" on the next)."""
    return "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in phrases)

"""Digits that OCR read as letters ('2O tháng O2', 'l1', '0I'), from models/tables/ocr_digits.tsv.

A token is repaired only when every character is a digit or a listed look-alike, so that a
handwritten scrawl ('ý#', '&O', '1©') is never turned into a number; the caller checks that the
result is valid (a real date) and warns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from vanban.tables import role_phrases, rows


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("ocr_digits.tsv", 2) if len(r[0]) == 1 and r[1].isdigit()}


def repair_digits(token: str) -> str | None:
    """'2O' -> '20', 'l1' -> '11'; None when a character is neither a digit nor a look-alike,
    or when there is nothing to repair."""
    token = token.strip()
    if not token or token.isdigit():
        return None
    table = _table()
    if len(token) > 2 or not all(c.isdigit() or c in table for c in token):
        return None
    return "".join(c if c.isdigit() else table[c] for c in token)


# A text copied from OCR may print a letter for a digit of a number's sequence ("Kế hoạch số 1O5/KH-UBND",
# "Số: 2O47/QĐ-UBND": citations and the header read it so): a run of digits and O, o, l, I (one of each at least) right before "/" or "-" and an upper-case code is read as
# digits, the same length. The run is a whole one: 2 to 6 of these characters, none of them or a letter, digit, "_",
# "/", "." or "," before it (as the pattern [0-9OolI](?<![\w/.,][0-9OolI])[0-9OolI]{1,5}(?=[-/][A-ZĐ]) reads it).
_OCR_SEQ_CHARS = frozenset("0123456789OolI")
_OCR_SEQ_LETTERS = "OolI"
_OCR_SEQ_MIN, _OCR_SEQ_MAX = 2, 6
_OCR_SEQ_NOT_BEFORE = "/.,"  # nor a word character
_OCR_SEQ_DIGITS = str.maketrans(_OCR_SEQ_LETTERS, "0011")
# (forty-eighth heldout round) or a blank then "/": a sequence handwritten into the printed form's blank before its
# code ("Số: 4l7 /UBND-ĐT", h530)
_OCR_SEQ_SEPARATORS = ("/", "-", " /")
# Where such a run can end: a separator before an upper-case letter with one of the letters among the run's
# characters right before it. One pattern a separator, opening with it: the engine skips from one to the next (a
# pattern opening with the run's class was tried at every "o" and "l" of the text, five times slower).
_OCR_SEQ_ENDS = tuple(
    re.compile(re.escape(sep) + "(?=[A-ZĐ])(?:" + "|".join(
        rf"(?<=[{_OCR_SEQ_LETTERS}][0-9{_OCR_SEQ_LETTERS}]{{{k}}}{re.escape(sep)})" for k in range(_OCR_SEQ_MAX)) + ")")
    for sep in _OCR_SEQ_SEPARATORS)


def ocr_sequence_runs(view: str) -> list[tuple[int, int]]:
    """(start, end) of every run holding one of the letters, in order: found from the separator after it."""
    runs: list[tuple[int, int]] = []
    for end in sorted(m.start() for rx in _OCR_SEQ_ENDS for m in rx.finditer(view)):
        start = end
        while start > 0 and end - start <= _OCR_SEQ_MAX and view[start - 1] in _OCR_SEQ_CHARS:
            start -= 1
        if not _OCR_SEQ_MIN <= end - start <= _OCR_SEQ_MAX:
            continue
        before = view[start - 1] if start > 0 else ""
        if before and (before.isalnum() or before == "_" or before in _OCR_SEQ_NOT_BEFORE) \
                and not _year_part(view, start, end):  # (\w without a regex)
            continue
        runs.append((start, end))
    return runs


# the year part of a số hiệu after its sequence ("27/2O24/QĐ-UBND"): four characters reading as a year, between a
# digit's "/" and the code's
_OCR_YEAR = re.compile(r"(?:19|20)\d\d")
_OCR_YEAR_LEN = 4


def _year_part(view: str, start: int, end: int) -> bool:
    return end - start == _OCR_YEAR_LEN and start >= 2 and view[start - 1] == "/" and view[start - 2].isdigit() \
        and _OCR_YEAR.fullmatch(view[start:end].translate(_OCR_SEQ_DIGITS)) is not None


# A số hiệu whose sequence and year OCR both printed with a letter ("Quyết định số 2O/2O26/QĐ-UBND"; thirty-seventh
# heldout round): ocr_sequence_runs reads a year part only after a sequence of digits. Found from the "/" between
# them (a pattern opening with "/": the engine skips to it), the year four characters reading as one, the code's
# "/" and an upper-case letter after it.
_OCR_SEQ_AND_YEAR = re.compile(r"/(?=[0-9OolI]{4}/[A-ZĐ])")


def _sequences_before_years(view: str) -> list[tuple[int, int]]:
    """(start, end) of each such sequence and of its year: a whole run of 1 to 6 digits and look-alikes with one
    digit and one letter at least, nothing of a word or a number before it."""
    out: list[tuple[int, int]] = []
    for m in _OCR_SEQ_AND_YEAR.finditer(view):
        slash = m.start()
        year = view[slash + 1:slash + 1 + _OCR_YEAR_LEN]
        start = slash
        while start > 0 and slash - start < _OCR_SEQ_MAX and view[start - 1] in _OCR_SEQ_CHARS:
            start -= 1
        run, before = view[start:slash], (view[start - 1] if start > 0 else "")
        if not run or run.isdigit() or not any(c.isdigit() for c in run) or year.isdigit() \
                or (before and (before.isalnum() or before == "_" or before in _OCR_SEQ_NOT_BEFORE)) \
                or _OCR_YEAR.fullmatch(year.translate(_OCR_SEQ_DIGITS)) is None:
            continue
        out += [(start, slash), (slash + 1, slash + 1 + _OCR_YEAR_LEN)]
    return out


def ocr_sequences(view: str) -> str:
    """The view with each such run read as digits, every offset kept (the run's length is the digits')."""
    parts: list[str] = []
    last = 0
    for start, end in sorted(set(ocr_sequence_runs(view)) | set(_sequences_before_years(view))):
        run = view[start:end]
        if run.isdigit() or not any(c.isdigit() for c in run):
            continue
        parts += [view[last:start], run.translate(_OCR_SEQ_DIGITS)]
        last = end
    return "".join(parts) + view[last:] if parts else view


# A figure OCR printed with a letter inside it ("đạt 1l2,5% chỉ tiêu", "2O0 hộ"): digits on both sides of each O, o,
# l or I, the run bounded by no word character, and a percent sign or a word after it (a số hiệu's "1O5/KH" is read
# by ocr_sequences). Read in the quantities' view of the text, the same length, with a warning.
# (written to open with its first digit, the character before it looked at behind that digit: a pattern opening with a
# lookbehind is tried at every position of the text, one opening with \d lets the engine skip to digits)
_OCR_FIGURE = re.compile(r"\d(?<![\w.,/]\d)\d*(?:[OolI]+\d+)+(?:[.,]\d+)?(?=[ \t]*%|[ \t]+[^\W\d_])")
# Also a figure in groups of thousands whose first digit OCR printed as l or I ("Tổng kinh phí dự kiến l8.500.000 đồng",
# "I2.000 người"; thirty-second heldout round): a group of three digits after a dot at least, so no word and no code
# ("mẫu I2") is read; or a share's ("bảo đảm l00% hồ sơ"; rounds 53-58's leftovers, h644): its digits and a percent
# sign after them, which no word and no code has. (Opening with its letter, looked behind as the digit pattern is, for
# the same reason.)
_OCR_LEAD_FIGURE = re.compile(r"[lI](?<![\w.,/][lI])(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?(?=[ \t]*%|[ \t]+[^\W\d_])"
                              r"|\d{1,2}(?:,\d+)?(?=[ \t]*%))")


# Also a figure whose last digits OCR printed as O ("tối thiểu 9O%", "đạt 1OO%", "2.36O ngày công", "12.4OO m2";
# thirty-seventh heldout round): one to three digits, groups of three after dots, the O's ending the last group (three
# characters long) or the figure, then a percent sign or a word. A single O ending a bare figure is read only before a
# percent sign: "2O hộ" may be a code's letter (test_leftovers29 keeps it unread). A year ("2O24 - 2027") or a code
# ("1O5/KH") has no such end. (Opening with its first digit, as _OCR_FIGURE.)
_OCR_TRAIL_FIGURE = re.compile(
    r"\d(?<![\w.,/]\d)\d{0,2}(?:\.\d{3})*"
    r"(?:(?:\.(?:\d\d[Oo]|\d[Oo]{2}|[Oo]{3})|(?<![.\d]\d\d\d)[Oo]{2})(?:,\d+)?(?=[ \t]*%|[ \t]+[^\W\d_])"
    r"|(?<![.\d]\d\d\d)[Oo](?:,\d+)?(?=[ \t]*%))")
# And a share whose leading zero OCR printed as O ("tỷ lệ hộ nghèo còn O,82%"): the O alone before the decimal comma,
# no letter, digit or mark before it, a percent sign after the decimals. (Found from its comma, for the same reason.)
_OCR_ZERO_SHARE = re.compile(r",\d{1,3}(?=[ \t]*%)")
_ZERO_LETTERS = "Oo"


def _zero_shares(view: str, matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in matches:  # (_OCR_ZERO_SHARE's)
        at = m.start() - 1
        if at >= 0 and view[at] in _ZERO_LETTERS and (at == 0 or not (view[at - 1].isalnum() or view[at - 1] in "_.,/")):
            spans.append((at, m.end()))
    return spans


# Also a figure in groups of thousands with look-alikes in any group ("5OO.OOO đồng", "3.OOO.OOO đồng", "l4.O52 tài
# khoản", "2.9l6 hồ sơ"; forty-third heldout round), or a share with one in its decimals ("83,l%"): the groups of three
# after dots, or the decimals before a percent sign, are a figure's shape no word or code has; a digit in the run at
# least. (Opening with its first character, looked behind as the patterns above are.) A table's cell of that shape, the
# next cell two blanks or a tab on or the line ending, is one too ("22.4OO          6.150"; rounds 75-79's leftovers,
# h881).
_OCR_GROUPED_FIGURE = re.compile(r"[\dlI](?<![\w.,/][\dlI])[\dOolI]{0,2}"
                                 r"(?:(?:\.[\dOolI]{3})+(?:,[\dOolI]+)?(?=[ \t]*%|[ \t]+[^\W\d_]|[ \t]{2,}\d|\t|[ \t]*(?:\n|$))"
                                 r"|,[\dOolI]{1,3}(?=[ \t]*%))")
# And a count of two characters OCR printed with a letter ("tối thiểu 2O kg", "ít nhất O1 sản phẩm"), read only right
# after a bound word (quantity_cues.tsv, role comparator): alone, "2O hộ" may be a code's letter (test_leftovers29).
# Found from its digit (the engine skips to digits): the letter after it, or before it (then the match is the digit).
_OCR_SHORT_COUNT = re.compile(r"\d(?<![\w.,/]\d)[OolI](?=[ \t]+[^\W\d_])"
                              r"|\d(?<=[OolI]\d)(?<![\w.,/][OolI]\d)(?=[ \t]+[^\W\d_])")

# And a bare count of one to three digits whose first or last digit OCR printed as a lower-case l ("kết quả l18 vụ
# việc", "Tổng cộng: 06 lớp, l95 học viên", "đã giao 27l công dân"; rounds 70-74's leftovers, h796, h812, h805): the
# run is otherwise digits, a blank and a word after it (or its line's end: the word wrapped onto the next line), no
# letter, digit or mark before it. Only the lower-case l: an upper-case I before digits opens a code ("mã I10"); a
# lone l, a code's "lO" and "ĐL" hold no digit. (Found from its digit, as _OCR_SHORT_COUNT is.) Its decimals after a
# comma go with it ("giải ngân l68,9 tỷ đồng"; rounds 75-79's leftovers, h881).
_OCR_L_COUNT = re.compile(r"\d(?<=l\d)(?<![\w.,/]l\d)\d{0,2}(?:,\d{1,3}(?![\d.,]))?(?=[ \t]+[^\W\d_]|[ \t]*\n)"
                          r"|\d(?<![\w.,/]\d)\d{0,2}l(?=[ \t]+[^\W\d_])")


# And a figure under ten whose one digit OCR printed as a lower-case l, its decimals after the comma ("thi công l,8 km
# kênh mương"; rounds 80-84's leftovers, h922): the l alone before the comma, no letter, digit or mark before it, one
# to three decimals and a blank and a word after them, a figure's shape no word has. (Opening with its letter, looked
# behind as the lead figure's is.)
_OCR_L_DECIMAL = re.compile(r"l(?<![\w.,/]l),\d{1,3}(?![\d.,])(?=[ \t]+[^\W\d_])")


def _l_counts(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    """The spans of _OCR_L_COUNT's matches, a leading l with its digits."""
    return [(m.start() - 1, m.end()) if m.group()[-1] != "l" else m.span() for m in matches]


@lru_cache(maxsize=1)
def _bound_before() -> re.Pattern[str]:
    """A bound word and the blank after it, at the end of what precedes a short count."""
    words = sorted(set(role_phrases("quantity_cues.tsv", "comparator")), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})[ \t]+$", re.IGNORECASE)


_BOUND_REACH = 24  # the longest bound word and its blank, looked back from a short count


def _short_counts(view: str, matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in matches:  # (_OCR_SHORT_COUNT's)
        at = m.start() if len(m.group()) > 1 else m.start() - 1
        if _bound_before().search(view[max(0, at - _BOUND_REACH):at]):
            spans.append((at, m.end()))
    return spans


def _has_digit_and_letter(run: str) -> bool:
    return any(c.isdigit() for c in run) and any(c in _OCR_SEQ_LETTERS for c in run)


def _grouped_figures(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches if _has_digit_and_letter(m.group())]  # (_OCR_GROUPED_FIGURE's)


# A look-alike and a digit side by side, or with one separator between ("5O", "l4", "3.O", "83,l", "O,82"): every
# figure above has one somewhere (a look-alike inside or after digits, a leading l or I before a digit or a group's
# dot, a trailing O after a digit or a dot, a zero share's O before its comma; a grouped figure's or a short count's
# run holds both, and its separators never stand side by side), so a view without one is spared the six scans, which
# open at every digit or every "l" (113 of the 120 benched texts: the repair had cost a sixteenth of a parse).
# (One pattern a look-alike, opening with that letter: the engine skips from one to the next as fast as a substring
# search, where a class of the four was tried character by character; the four scans take half the time of one.)
_LOOKALIKE_BY_DIGIT = tuple(re.compile(rf"{c}(?:[.,]?\d|(?<=\d{c})|(?<=\d[.,]{c}))")
                            for c in map(re.escape, _OCR_SEQ_LETTERS))


def _lookalike_by_digit(view: str) -> bool:
    return any(rx.search(view) for rx in _LOOKALIKE_BY_DIGIT)


_FIGURE_RUN_MARKS = frozenset(_OCR_SEQ_LETTERS + ".,")  # with digits, all that a figure above is made of


def _in_figure_run(c: str) -> bool:
    return c.isdecimal() or c in _FIGURE_RUN_MARKS  # (str.isdecimal: the digits \d reads)


def _figure_windows(view: str) -> list[tuple[int, int, int]]:
    """(start, end, reach) of each maximal run of digits, look-alikes, dots and commas that holds a look-alike by a
    digit (_LOOKALIKE_BY_DIGIT), in order; its reach is past the blanks after it and one character more. Each pattern
    above consumes only such characters, and each match it keeps holds such a pair, so it lies in one of these runs
    (a text holding one had each pattern tried at every digit of its length: 58,000 characters for a few "II.8"); its
    lookaheads ("[ \t]*%", "[ \t]+" and a letter) can hold only at the run's end, whose next character is no run's,
    and read no further than the reach."""
    windows: list[tuple[int, int, int]] = []
    end = -1
    for pair in sorted(m.start() for rx in _LOOKALIKE_BY_DIGIT for m in rx.finditer(view)):
        if pair < end:
            continue  # (another pair of the run just read)
        start = pair
        while start > 0 and _in_figure_run(view[start - 1]):
            start -= 1
        end = pair
        while end < len(view) and _in_figure_run(view[end]):
            end += 1
        reach = end
        while reach < len(view) and view[reach] in " \t":
            reach += 1
        windows.append((start, end, min(len(view), reach + 1)))
    return windows


def _in_windows(rx: re.Pattern[str], view: str, windows: list[tuple[int, int, int]]) -> Iterator[re.Match[str]]:
    """rx.finditer(view)'s matches that start in the windows' runs, in order (each run read from its start, its
    lookbehinds reading the text before it)."""
    for start, end, reach in windows:
        for m in rx.finditer(view, start, reach):
            if m.start() < end:
                yield m


def _figure_spans(view: str) -> list[tuple[int, int]]:
    """The spans every pattern above reads, sorted by start, the longest first (two patterns may read one figure)."""
    windows = _figure_windows(view)

    def spans(rx: re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in _in_windows(rx, view, windows)]

    return sorted(spans(_OCR_FIGURE) + spans(_OCR_LEAD_FIGURE) + spans(_OCR_TRAIL_FIGURE)
                  + _zero_shares(view, _in_windows(_OCR_ZERO_SHARE, view, windows))
                  + _grouped_figures(_in_windows(_OCR_GROUPED_FIGURE, view, windows))
                  + _short_counts(view, _in_windows(_OCR_SHORT_COUNT, view, windows))
                  + _l_counts(_in_windows(_OCR_L_COUNT, view, windows)) + spans(_OCR_L_DECIMAL),
                  key=lambda s: (s[0], -s[1]))


def ocr_figures(view: str) -> tuple[str, list[tuple[int, int]]]:
    """The view with each such figure read as digits (every offset kept), and the spans repaired."""
    spans = _figure_spans(view) if _lookalike_by_digit(view) else []  # (none without one: _LOOKALIKE_BY_DIGIT)
    if not spans:
        return view, []
    parts: list[str] = []
    last = 0
    kept: list[tuple[int, int]] = []
    for a, b in spans:
        if a < last:  # (a figure two patterns read: once)
            continue
        parts += [view[last:a], view[a:b].translate(_OCR_SEQ_DIGITS)]
        last = b
        kept.append((a, b))
    return "".join(parts) + view[last:], kept

"""Vietnamese time expressions: dates, times, months, years and periods.

One pass of compiled regexes finds *atoms* (a numeric or verbal date, a day
without month, a month, a year, a quarter, a clock time, a weekday ...);
a second pass joins neighbours into expressions ("12h00" + "ngày 04/8/2023",
"Thứ Sáu" + a date, "từ" X "đến" Y) and fills a missing year or month from
the range partner, the reference date or the nearest full date before it.
Anything read from context is flagged ``inferred``; anything that does not
add up (31/4, a printed weekday that is not the date's) keeps its text, gets
``value=None`` or a warning, and is never silently repaired.

dateparser is used only as a fallback for a candidate the grammar located but
could not read (a month printed in unusual words); it never scans whole texts.
Vocabulary (weekday names, month words, named months, seasons, year-span
words) is in models/tables/time_words.tsv.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Literal

from vanban.grammar.regexes import PAGE_BREAK_FOOTER, RUNNING_FOOTER
from vanban.tables import rows
from vanban.textutil import fold_lower, lower_of, tone_spellings

Kind = Literal["date", "datetime", "month", "year", "period", "time", "weekday", "week"]

WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


@dataclass(frozen=True, init=False)
class TimeExpr:
    start: int
    end: int
    text: str
    kind: Kind
    value: str | None  # ISO: "2023-08-04", "2023-08-04T12:00", "2021-03", "2020", "12:00" (time)
    end_value: str | None = None  # end of a period/range (ISO)
    inferred: bool = False  # year (or month) taken from context
    weekday: int | None = None  # printed weekday, 0=Monday..6=Sunday (kind "weekday": a weekly day, no date)
    warnings: tuple[tuple[str, str], ...] = ()
    # kind "week": a week of a month named only relatively ("tuần cuối cùng của tháng thứ 3 trong
    # quý"), no date: the week (1..5, -1 the last) and, within a quarter, the month (1..3)
    week: int | None = None
    quarter_month: int | None = None

    def __init__(self, start: int, end: int, text: str, kind: Kind, value: str | None, end_value: str | None = None,
                 inferred: bool = False, weekday: int | None = None, warnings: tuple[tuple[str, str], ...] = (),
                 week: int | None = None, quarter_month: int | None = None) -> None:
        # the fields filled at once: a frozen dataclass's own __init__ makes one object.__setattr__ call a
        # field, and find_times builds thousands of these a batch (the instance is as frozen afterwards)
        self.__dict__.update(start=start, end=end, text=text, kind=kind, value=value, end_value=end_value,
                             inferred=inferred, weekday=weekday, warnings=warnings, week=week,
                             quarter_month=quarter_month)


# ---------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Vocab:
    weekdays: dict[str, int]
    month_words: dict[str, int]
    named_months: dict[str, tuple[int, int]]
    seasons: dict[str, tuple[int, int]]
    year_span_words: tuple[str, ...]
    ordinals: dict[str, int]
    written: dict[str, tuple[str, ...]]  # kind -> the table's words as written (the scanner reads them so)


def _key(word: str) -> str:
    return " ".join(fold_lower(word).split())


def _spellings(word: str) -> tuple[str, ...]:
    """A keyword's folded key and its other tone spelling: the scanner runs on the text itself, which
    writes 'mùa hè' and 'niên khóa' (or 'niên khoá'), never the key 'muà hè'."""
    return tone_spellings(_key(word))


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    weekdays: dict[str, int] = {}
    month_words: dict[str, int] = {}
    named: dict[str, tuple[int, int]] = {}
    seasons: dict[str, tuple[int, int]] = {}
    spans: list[str] = []
    ordinals: dict[str, int] = {}
    written: dict[str, list[str]] = {}
    for row in rows("time_words.tsv"):
        kind, word = row[0], row[1]
        written.setdefault(kind, []).append(word)
        if kind == "weekday":
            weekdays[_key(word)] = int(row[2])
        elif kind == "month_word":
            month_words[_key(word)] = int(row[2])
        elif kind == "named_month":
            named[_key(word)] = (int(row[2]), int(row[3]))
        elif kind == "season":
            seasons[_key(word)] = (int(row[2]), int(row[3]))
        elif kind == "year_span":
            spans.append(word)
        elif kind == "ordinal":
            ordinals[_key(word)] = int(row[2])
    return _Vocab(weekdays, month_words, named, seasons, tuple(spans), ordinals,
                  {kind: tuple(words) for kind, words in written.items()})


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """Regex alternation of vocabulary words (as written and folded), longest first, spaces flexible."""
    out = sorted({s for w in words for s in _spellings(w)}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in out)


# ---------------------------------------------------------------- grammar

_D = r"(?:0?[1-9]|[12][0-9]|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y4 = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_NUM_BEFORE = r"(?<![\w/.,])"  # not inside a number, code or số hiệu
_NUM_AFTER = r"(?![\w/]|[.,\-][0-9])"
_NGAY = r"(?:(?P<{g}>ngày)\s*)?"
_RELATIVE = r"(?:trước|sau|kế|tiếp|cuối|đầu|thứ|liền)(?!\w)"  # "tháng trước đó", "tháng cuối quý"
_DAYPART_WORDS = ("sáng", "chiều", "tối", "trưa", "đêm")
# what a list of days of one month opens with: "ngày", or a part of the day ("trong 02 buổi chiều 15 và 16/11"); the
# exam days named so ("hỗ trợ thí sinh trong các ngày thi 26, 27/6/2028"; twenty-sixth heldout round)
_PAIR_LEAD = rf"(?:ngày(?:\s+thi)?|(?<!\w)(?:{'|'.join(_DAYPART_WORDS)}))"


def _scanner_parts() -> list[str]:
    """The scanner's alternatives, in order: each one named group."""
    v = _vocab()
    weekday = _alt(v.written["weekday"])
    month_word = _alt(v.written["month_word"])
    named = _alt(v.written["named_month"])
    season = _alt(v.written["season"])
    span_words = _alt(v.year_span_words)
    ordinal = _alt(v.written["ordinal"])
    parts = [
        # tuần cuối cùng của tháng thứ 3 trong quý, tuần đầu tiên của tháng cuối quý, tuần thứ 2 của tháng
        rf"(?P<rweek>(?<!\w)tuần\s+(?P<rw_n>{ordinal})\s+(?:của|trong)\s+(?:(?:mỗi|mọi|hằng|hàng|các)\s+)?tháng"
        rf"(?:\s+(?P<rw_q>{ordinal})\s+(?:(?:của|trong)\s+)?(?:(?:mỗi|mọi|hằng|hàng|các)\s+)?quý)?(?!\w))",
        # 16-22/11/2025, ngày 16 - 22/11 (a run of days in one month)
        # also "(các ngày) từ 20 đến 25/3/2027", the first day bare after "từ" (checked in _drange)
        rf"(?P<drange>{_NGAY.format(g='dr_ngay')}{_NUM_BEFORE}(?P<dr_d1>{_D})(?:\s?[-–]\s?|(?P<dr_to>\s+(?:đến|tới)\s+))"
        rf"(?P<dr_d2>{_D})"
        rf"\s?/\s?(?P<dr_m>{_M})(?:\s?/\s?(?P<dr_y>{_Y4}))?{_NUM_AFTER})",
        # (các) ngày 07, 14 và 21/9/2027: three days or more of one month, each a day of its own
        rf"(?P<dlist>{_PAIR_LEAD}\s+(?P<dl_days>{_D}(?:\s*,\s*{_D})+,?\s+và\s+{_D})(?:\s+tháng\s+|\s?/\s?)(?P<dl_m>{_M})"
        rf"(?:\s*(?:năm|,|/)\s*(?P<dl_y>{_Y4}))?(?![0-9]|\s?/\s?[0-9]))",
        # (các) ngày 08 và 09 tháng 11 năm 2025, ngày 20 và 21/01/2027, chiều 15 và 16/11/2027: two days of one month
        rf"(?P<dpair>{_PAIR_LEAD}\s+(?P<dp_d1>{_D})(?:\s+và|\s*,)\s+(?P<dp_d2>{_D})(?:\s+tháng\s+|\s?/\s?)(?P<dp_m>{_M})"
        rf"(?:\s*(?:năm|,|/)\s*(?P<dp_y>{_Y4}))?(?![0-9]|\s?/\s?[0-9]))",
        # 26/7/2023, 26-7-2023, 26.7.2023, 26/7/23
        # (a slash may carry its own spaces on either side: "ngày 20/ 11 /2025")
        rf"(?P<dmy>{_NGAY.format(g='n_ngay')}{_NUM_BEFORE}(?P<n_d>{_D})(?:(?P<n_sl>\s?/\s?)|(?P<n_sep>-|\.))"
        rf"(?P<n_m>{_M})(?(n_sl)\s?/\s?|(?P=n_sep))(?P<n_y>[0-9]{{4}}|[0-9]{{2}})(?![\w/]|[.,][0-9]))",
        # ngày 26 tháng 7 năm 2023, ngày 26 tháng 7, ngày 26 tháng Bảy năm 2023
        rf"(?P<verbal>ngày\s+(?:(?:mồng|mùng)\s+)?(?P<v_d>{_D})\s+tháng\s+(?:(?P<v_m>{_M})(?![0-9])|(?P<v_mw>{month_word})(?=\s+năm))"
        rf"(?:\s*(?:năm|,)\s*(?P<v_y>{_Y4}))?(?![0-9]))",
        # ngày 01/6, 01-6 (day and month, no year)
        rf"(?P<dm>{_NGAY.format(g='dm_ngay')}{_NUM_BEFORE}(?P<dm_d>{_D})\s?(?P<dm_sep>/|-|\.)\s?(?P<dm_m>{_M})"
        rf"(?![\w/]|[.,\-/][0-9]))",
        # ngày 25 (a day alone)
        rf"(?P<day>ngày\s+(?:(?:mồng|mùng)\s+)?(?P<day_d>{_D})(?![0-9]|\s*(?:tháng(?!\s+{_RELATIVE})|[/\-.]\s?[0-9]))"
        # (the relative month's words end before a joined clause or another day: "ngày 25 tháng cuối quý và báo cáo
        # năm trước ngày 10/12/2028" holds two by-whens)
        rf"(?P<day_rel>\s+(?:của\s+)?(?:tháng|quý)\s+{_RELATIVE}"
        rf"(?:(?![ \t]+(?:và|hoặc)(?!\w)|[ \t]*ngày(?!\w))[^\n,.;\d]){{0,30}})?)",
        # quý III/2025, quý IV năm 2025, quý 1
        rf"(?P<quarter>(?<!\w)quý\s+(?P<q>IV|I{{1,3}}|[1-4])(?:\s*(?:/|-|năm|,)\s*(?P<q_y>{_Y4}))?(?![\w/]))",
        # 6 tháng đầu năm 2024, 06 tháng cuối năm
        rf"(?P<half>(?<![\w.,])(?P<h_n>0?[1-9]|1[01])\s+tháng\s+(?P<h_pos>đầu|cuối)\s+năm"
        rf"(?:\s+(?P<h_y>{_Y4}))?(?![0-9]))",
        # giai đoạn 2020 - 2025, năm học 2025 - 2026, 2021-2025
        rf"(?P<yspan>(?:(?P<ys_w>{span_words})\s*:?\s*)?(?:năm\s+)?{_NUM_BEFORE}(?P<ys_1>{_Y4})\s?[-–—]\s?"
        rf"(?:năm\s+)?(?P<ys_2>{_Y4})(?![\w/]))",
        # Tháng Thanh niên năm 2021
        rf"(?P<named>(?<!\w)(?P<nm_w>{named})(?:\s+năm\s+(?P<nm_y>{_Y4}))?(?![0-9]))",
        # hè 2023, mùa hè năm 2023
        rf"(?P<season>(?<!\w)(?P<se_w>{season})\s+(?:năm\s+)?(?P<se_y>{_Y4})(?![\w/]))",
        # tháng 12 năm 2025, tháng 8/2023, tháng 12; a number closing the line above is another cell's ("Chi bộ khu
        # phố 7" over "Tháng 3/2034", a table flattened one cell a line; round 80, h873), no day of the month, and so is
        # one closing the cell before a tab ("Kiểm tra, đánh giá tỷ lệ cây sống đợt 1\tTháng 5/2035"; rounds 80-84's
        # leftovers, h931)
        rf"(?P<month>(?<![0-9] )(?<!\w)tháng\s+(?P<mo_m>{_M})(?:\s*(?:năm\s+|/\s?|-\s?)(?P<mo_y>{_Y4}))?"
        rf"(?![0-9]|\s?/\s?[0-9]))",
        # năm 2021
        rf"(?P<year>(?<!\w)năm\s+(?P<yr>{_Y4})(?![\w/]))",
        # 12h00, 9h, 08g00, 17h00', 14 giờ 30, 14:30, 2 giờ chiều
        r"(?P<time>(?<![\w.,/:])(?P<t_h>[01]?[0-9]|2[0-3])(?:\s?(?P<t_u>giờ|h|g)\s?(?P<t_m>[0-5][0-9])?|:(?P<t_m2>[0-5][0-9]))"
        r"(?:\s?(?:phút|p|'|’)(?!\w))?(?!\w)(?:\s+(?P<t_dp>sáng|trưa|chiều|tối|đêm)(?!\w))?)",
        rf"(?P<weekday>(?<!\w)(?P<wd_w>{weekday})(?!\w))",
    ]
    return parts


@lru_cache(maxsize=1)
def _scanner() -> re.Pattern[str]:
    return re.compile("|".join(_scanner_parts()), re.IGNORECASE)


_DIGIT = "0"  # the opener of an alternative that can begin with a digit


def _openers() -> dict[str, tuple[str, ...]]:
    """Alternative (its group name) -> what it can begin with: the folded first words of its keywords,
    and _DIGIT when it can begin with a digit."""
    v = _vocab()

    def firsts(words: Iterable[str]) -> tuple[str, ...]:
        return tuple({s.split()[0] for w in words for s in _spellings(w)})

    return {
        "rweek": ("tuần",), "drange": ("ngày", _DIGIT), "dpair": ("ngày", *_DAYPART_WORDS), "dlist": ("ngày", *_DAYPART_WORDS), "dmy": ("ngày", _DIGIT),
        "verbal": ("ngày",), "dm": ("ngày", _DIGIT), "day": ("ngày",), "quarter": ("quý",), "half": (_DIGIT,),
        "yspan": (*firsts(v.year_span_words), "năm", _DIGIT), "named": firsts(v.written["named_month"]),
        "season": firsts(v.written["season"]), "month": ("tháng",), "year": ("năm",), "time": (_DIGIT,),
        "weekday": firsts(v.written["weekday"]),
    }


_PART_NAME = re.compile(r"\(\?P<(\w+)>")


def _part_name(part: str) -> str:
    m = _PART_NAME.match(part)
    assert m is not None, part  # every alternative is one named group
    return m.group(1)


@lru_cache(maxsize=1)
def _scanners() -> dict[str, re.Pattern[str]]:
    """Anchor (a folded keyword, or _DIGIT) -> the scanner's alternatives that can begin there, in the
    scanner's order: the one scanner tried every alternative at every anchor. An opener that is the
    start of a longer keyword counts for it too."""
    openers = _openers()
    parts = [(openers[_part_name(p)], p) for p in _scanner_parts()]
    anchors = {*_anchor_words(), _DIGIT}
    return {a: re.compile("|".join(p for firsts, p in parts if any(a.startswith(f) for f in firsts)), re.IGNORECASE)
            for a in anchors}


def _scanner_at(text: str, start: int, end: int) -> re.Pattern[str]:
    """The scanner for the anchor text[start:end]; the whole one for an anchor read in an odd case."""
    key = _DIGIT if text[start].isdigit() else text[start:end].lower()
    return _scanners().get(key) or _scanner()


@lru_cache(maxsize=1)
def _anchor_words() -> tuple[str, ...]:
    """The first words of the keywords an atom can begin with (lower case, one word each)."""
    v = _vocab()
    words = {"ngày", "tháng", "quý", "năm", "tuần", *_DAYPART_WORDS}
    for kind in ("weekday", "named_month", "season", "year_span"):
        words.update(s.split()[0] for w in v.written[kind] for s in _spellings(w))
    return tuple(sorted(words, key=len, reverse=True))


# Every scanner alternative that opens with digits (drange, dmy, dm, half, time, yspan) reads a whole
# run of one or two digits, or of four (a year of a span), not after a letter, digit, "." or ",", and
# then needs: a date separator and a day or month number ("5/6", "12 - 15", "26.7"), an hour mark
# (giờ, h, g) or ":", or spaces and "tháng" (or "đến": "từ 20 đến 25/3"); a year needs a dash. Most digit runs (counts, codes,
# money, "342/KH", "1.000") have none of these and are no anchor at all, so the scanner is not tried
# there. (A digit first: the engine skips to digits.)
_DAY_OR_MONTH_AFTER = r"\s?[-–/.]\s?(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])"
_DIGIT_ANCHOR = (r"[0-9](?<![\w.,][0-9])"
                 rf"(?:[0-9]?(?![0-9])(?={_DAY_OR_MONTH_AFTER}|\s?[gGhH:]|\s+[tT]|\s+[đĐ]ến\s)"
                 r"|[0-9]{3}(?![0-9])(?<=1[89][0-9]{2}|20[0-9]{2})(?=\s?[-–—]))")


# What an alternative reads right after an opening word of its own (one that is no keyword of the vocabulary:
# the alternatives of keywords go on with their keywords' other words, _keyword_rests): the words, and the
# pattern (on lower-case text) that must follow them. An anchor word after which none of its alternatives can go
# on is passed by ("ngày càng", "sáng kiến", "chủ trì", "nhiệm vụ": over a third of the keyword anchors of the
# corpora): the scanner, which would fail there, is not tried. An alternative opening with a word of its own
# that is not listed here leaves its anchor words unconstrained.
_AFTER_OPENING_WORD: dict[str, tuple[tuple[str, ...], str]] = {
    "drange": (("ngày",), r"\s*[0-9]"),  # ngày 16-22/11
    "dmy": (("ngày",), r"\s*[0-9]"),  # ngày 26/7/2023
    "dm": (("ngày",), r"\s*[0-9]"),  # ngày 01/6
    "verbal": (("ngày",), r"\s+(?:[0-9]|mồng|mùng)"),  # ngày 26 tháng 7, ngày mồng 5 tháng Giêng
    "day": (("ngày",), r"\s+(?:[0-9]|mồng|mùng)"),  # ngày 25
    "dlist": (("ngày", *_DAYPART_WORDS), r"\s+(?:thi\s+)?[0-9]"),  # ngày 07, 14 và 21/9; ngày thi 26, 27/6
    "dpair": (("ngày", *_DAYPART_WORDS), r"\s+(?:thi\s+)?[0-9]"),  # chiều 15 và 16/11
    "quarter": (("quý",), r"\s+[1-4i]"),  # quý 1, quý III
    "month": (("tháng",), r"\s+[0-9]"),  # tháng 8/2023
    "year": (("năm",), r"\s+[0-9]"),  # năm 2021
    "yspan": (("năm",), r"\s+[0-9]"),  # năm 2020 - 2025
}
_KEYWORD_KINDS = {"named": "named_month", "season": "season", "weekday": "weekday", "yspan": "year_span"}


def _keyword_rests(name: str, word: str) -> list[str] | None:
    """The patterns of the words that follow `word` in the keywords of alternative `name` opening with it
    ("chủ" -> "\\s+nhật", "\\s+nhựt"); None when one of them is that word alone (anything may follow)."""
    kind = _KEYWORD_KINDS.get(name)
    if kind is None:
        return []
    rests = [s.split()[1:] for w in _vocab().written.get(kind, ()) for s in _spellings(w) if s.split()[0] == word]
    if any(not rest for rest in rests):
        return None
    return [r"\s+" + r"\s+".join(re.escape(p) for p in rest) for rest in rests]


@lru_cache(maxsize=64)
def _anchor_follow(word: str) -> str:
    """A lookahead for what follows the anchor word `word` in any match of the scanner at it, "" when
    anything may (an alternative it opens in a way _AFTER_OPENING_WORD and the keywords do not say)."""
    ways: list[str] = []
    for name, openers in _openers().items():
        if not any(word.startswith(f) for f in openers):
            continue
        if word not in openers:
            return ""  # opened by a shorter word: what follows that word is not told here
        rests = _keyword_rests(name, word)
        own_words, after = _AFTER_OPENING_WORD.get(name, ((), ""))
        if rests is None or (not rests and word not in own_words):
            return ""
        ways += rests
        if word in own_words:
            ways.append(after)
    return f"(?={'|'.join(dict.fromkeys(ways))})" if ways else ""


def _anchor_alt(words: Iterable[str]) -> str:
    """_alt(words), each spelling with its word's _anchor_follow lookahead (longest first)."""
    spelled = {s: _anchor_follow(w) for w in words for s in _spellings(w)}
    return "|".join(re.escape(s) + spelled[s] for s in sorted(spelled, key=len, reverse=True))


@lru_cache(maxsize=1)
def _anchors() -> re.Pattern[str]:
    """Where an atom can begin: a digit run that may open one, or the first word of a keyword when what
    follows it may go on into an atom (a cheap pre-scan)."""
    return re.compile(_DIGIT_ANCHOR + r"|(?<!\w)(?:" + _anchor_alt(_anchor_words()) + r")(?!\w)", re.IGNORECASE)


_DIGIT_ANCHOR_RE = re.compile(_DIGIT_ANCHOR)


def _is_word_char(c: str) -> bool:
    r"""What the regex \w matches (a letter, a digit of any script, "_"), without a regex call."""
    return c.isalnum() or c == "_"


# Letters a case-insensitive regex reads as another letter than their lower case ("ı" as "i", "ſ" as "s", the
# Kelvin sign as "k"), or that lower-case to two characters ("İ"): a text holding one is scanned with _anchors()
# itself.
_ODD_CASE = ("İ", "ı", "ſ", "\u212a")
_SUBSTRING_SCAN_MIN = 400  # characters; a shorter window (a citation's date) is cheaper to scan with the regex


def _anchor_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans _anchors() finds in text[start:end], found faster: digit runs with a character-class
    scan, keywords by substring search in the lower-cased text, then the word-boundary checks (on the
    text itself, before `start` too, as the pattern's lookbehind does). A case-insensitive
    alternation of keywords is tried at every position; a substring search is many times cheaper."""
    piece = text[start:end]  # the text itself when the window is the whole text
    low = lower_of(piece) if len(piece) >= _SUBSTRING_SCAN_MIN else ""
    # (a text holding "İ" has a longer lower case: only "ı" needs a look of its own)
    if len(low) != len(piece) or any(c in piece for c in _ODD_CASE[1:]):
        return [m.span() for m in _anchors().finditer(text, start, end)]
    spans = [m.span() for m in _DIGIT_ANCHOR_RE.finditer(text, start, end)]  # (the digit first: the engine skips to digits)
    # (a group's pattern finds no two overlapping words, but a word overlapped by an earlier find is no
    # whole word: the character before it is a letter of that find)
    for scan in _anchor_word_scans():
        for m in scan.finditer(low):
            a, b = start + m.start(), start + m.end()
            if not (a > 0 and _is_word_char(text[a - 1])) and not (b < end and _is_word_char(text[b])):
                spans.append((a, b))
    spans.sort()  # no two overlap: a keyword is a whole word, a digit run holds no letter
    return spans


@lru_cache(maxsize=1)
def _anchor_word_scans() -> tuple[re.Pattern[str], ...]:
    """The anchor words grouped by their first letter, one pattern a group that opens with that letter (a
    literal the engine skips to about as fast as a substring search finds a word): half the scans of a long
    text that one substring search a word made. Longer words first, as the words are whole ones."""
    groups: dict[str, list[str]] = {}
    for w in _anchor_words():  # longest first
        groups.setdefault(w[0], []).append(w)
    return tuple(re.compile(re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) + _anchor_follow(w) for w in words) + ")")
                 for first, words in groups.items())


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# Gaps between atoms that join them.
_GAP_WEEKDAY_BEFORE = re.compile(r"^[\s,:(\-–]{0,4}$")
_GAP_WEEKDAY_AFTER = re.compile(r"^\s?[(,\-–]?\s?$")
_GAP_TIME_WEEKDAY = re.compile(r"^\s*(?:,\s*)?(?:(?:vào\s+)?ngày|vào)\s+$", re.I)  # "15:00 ngày thứ Sáu"
_WEEKLY_AFTER = re.compile(r"\s*,?\s*(?:hằng|hàng)\s+tuần(?!\w)", re.I)  # "thứ Sáu hằng tuần": a weekly day
# "hằng tuần vào thứ Sáu": the same weekly day told after its recurrence (sixty-fifth heldout round, h716; h711's "báo
# cáo nhanh ... hằng tuần vào thứ Hai")
_WEEKLY_BEFORE = re.compile(r"(?<!\w)(?:hằng|hàng)\s+tuần\s*,?\s*(?:vào\s+)?(?:(?:buổi\s+)?(?:sáng|chiều)\s+)?$", re.I)
_WEEKLY_BEFORE_REACH = 30
# between two weekdays of a list, up to the next ("thứ Hai và thứ Năm", "thứ Hai, thứ Năm"); schedule reads it too
WEEKDAY_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:và\s*)?$", re.I)
_GAP_TIME_DATE = re.compile(r"^[\s,\-–]{0,3}(?:(?:buổi\s+)?(?:sáng|trưa|chiều|tối|đêm)\s*)?[\s,]{0,2}$", re.I)
_GAP_DATE_TIME = re.compile(r"^[\s,\-–]{0,3}(?:(?:vào\s+)?lúc\s*)?$", re.I)
# a part of the day may stand between "từ"/"đến" and the day: "Từ đêm ngày 17/10 đến sáng ngày 20/10/2026", also
# a part told in two words ("từ chiều tối ngày 16/6/2030 đến hết ngày 18/6/2030", fifty-fourth heldout round)
_RANGE_DAYPART = r"(?:(?:buổi\s+)?(?:rạng\s+sáng|chiều\s+tối|sáng\s+sớm|sáng|trưa|chiều|tối|đêm)\s+)?"
# "đến"/"từ" as OCR prints them with a mark lost or changed ("tù ngày 01/6/2024 đên hết ngày 31/7/2024"); not "tư",
# the weekday's word
_TO_WORDS = r"(?:đến|đên|đén|đền|dến|tới)"
FROM_WORDS = r"(?:từ|tù|tủ|tử)"
_GAP_RANGE = re.compile(rf"^\s*(?:{_TO_WORDS}|cho\s+{_TO_WORDS}|-|–|—)\s*(?:hết\s+)?{_RANGE_DAYPART}$", re.I)
_GAP_PAIR = re.compile(r"\s*và\s*", re.I)
# what only a lunar date names: its calendar, the first or last month's name, a year of the sexagenary cycle ("năm
# Canh Tuất")
LUNAR_MARK = re.compile(r"(?<!\w)(?:âm\s+lịch|tháng\s+(?:giêng|chạp)|năm\s+(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|"
                        r"quý)\s+(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi))(?!\w)", re.IGNORECASE)
# a bracket restating a range's first day in the lunar calendar, before its "đến" ("từ ngày 15/01/2033 (ngày 16 tháng
# Chạp) đến hết ngày 14/02/2033"; rounds 65-69's leftovers, h768)
_LUNAR_BRACKET = re.compile(r"\s*\([^()\n]{1,40}\)")
_BEFORE_FROM = re.compile(rf"(?<!\w)(?:{FROM_WORDS}|kể\s+từ)\s*{_RANGE_DAYPART}$", re.I)
_FROM_REACH = 24  # how far before a range's start its "từ" (and a part of the day) is looked for
# A bare "01/6" or an hour without minutes is a time only after one of these.
_CUE_BEFORE = re.compile(
    r"(?:từ|đến|tới|lúc|trước|sau|vào|khoảng|hạn|sáng|trưa|chiều|tối|đêm|hôm|ngày)\s*[:,]?\s*$", re.I)


# ---------------------------------------------------------------- assembly


@dataclass
class _U:
    """A time expression under construction."""

    start: int
    end: int
    grain: str  # "day", "month", "year", "time", "period"
    y: int | None = None
    m: int | None = None
    d: int | None = None
    hh: int | None = None
    mi: int | None = None
    wd: int | None = None
    # end of a fixed period (quarter, half year, year span, season), as (y, m)
    end_ym: tuple[int | None, int | None] | None = None
    to: _U | None = None  # end of a "từ X đến Y" range
    weak: bool = False  # needs a cue or a partner to count (bare "01/6", "8 giờ")
    cued: bool = False
    inferred: bool = False
    unreadable: bool = False
    relative: bool = False  # a day of a month named relatively ("của tháng cuối quý"): never filled
    lunar: bool = False  # a day of the lunar calendar ("ngày 15 tháng Chạp năm Nhâm Tý"): no solar date, dropped
    week: int | None = None  # grain "week": the week of the month (-1 the last)
    quarter_month: int | None = None  # grain "week": the month of the quarter
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def datelike(self) -> bool:
        return self.grain in ("day", "month", "year")


class _Groups:
    """A scanner match's groups by name, read one at a time: the scanner has some eighty groups, and
    building them all into a dict (groupdict) cost more than reading the few an atom needs."""

    __slots__ = ("_group",)

    def __init__(self, mt: re.Match[str]) -> None:
        self._group = mt.group

    def __getitem__(self, name: str) -> Any:
        return self._group(name)


@lru_cache(maxsize=4096)
def _days_in_month(year: int, month: int) -> int:
    return monthrange(year, month)[1]


def _two_digit_year(yy: int) -> int:
    return 2000 + yy if yy < 70 else 1900 + yy


def _hour(h: int, daypart: str | None) -> int:
    dp = _key(daypart) if daypart else None
    if dp in ("chiều", "tối") and h < 12:
        return h + 12
    if dp == "trưa" and h <= 2:
        return h + 12
    if dp == "đêm" and 7 <= h < 12:
        return h + 12
    return h


_FROM_BARE_DAY = re.compile(r"(?<!\w)từ\s+$", re.IGNORECASE)


def _drange(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    y = int(g["dr_y"]) if g["dr_y"] else None
    m = int(g["dr_m"])
    if g["dr_to"]:
        opening = _FROM_BARE_DAY.search(text, max(0, s - 8), s)
        if opening is None or int(g["dr_d2"]) <= int(g["dr_d1"]):
            return None  # "từ 20 đến 25/3" is a run of days only after "từ", the days in order
        s = opening.start()  # the range reads "từ 20 đến 25/3/2027", as "từ ngày 05 đến ngày 16/4" does
    to = _U(mt.start("dr_d2"), e, "day", y, m, int(g["dr_d2"]))
    return _U(s, e, "day", y, m, int(g["dr_d1"]), to=to)


def _day_pair(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | list[_U] | None:
    """Two days of one month: one span when the second is the day after the first ("ngày 09 và 10/12"),
    else two days of their own ("ngày 07 và 21/9": two sittings a fortnight apart)."""
    y = int(g["dp_y"]) if g["dp_y"] else None
    m = int(g["dp_m"])
    d1, d2 = int(g["dp_d1"]), int(g["dp_d2"])
    if d2 <= d1:
        return None
    if d2 > d1 + 1:
        return [_U(s, mt.end("dp_d1"), "day", y, m, d1, cued=True), _U(mt.start("dp_d2"), e, "day", y, m, d2, cued=True)]
    return _U(s, e, "day", y, m, d1, to=_U(mt.start("dp_d2"), e, "day", y, m, d2))


_DAY_DIGITS = re.compile(r"[0-9]+")


def _day_list(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> list[_U] | None:
    """Three days or more of one month ("vào các ngày 07, 14 và 21/9/2027"): each a day of its own, the
    first from the list's opening word, the last to its month and year."""
    y = int(g["dl_y"]) if g["dl_y"] else None
    m = int(g["dl_m"])
    runs = list(_DAY_DIGITS.finditer(text, mt.start("dl_days"), mt.end("dl_days")))
    days = [int(r.group()) for r in runs]
    if any(b <= a for a, b in zip(days, days[1:], strict=False)):
        return None  # days out of order: no list of one month
    out = [_U(r.start(), r.end(), "day", y, m, d, cued=True) for r, d in zip(runs, days, strict=True)]
    out[0].start, out[-1].end = s, e
    return out


def _dmy(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    sep = (g["n_sep"] or "/").strip()
    yraw = g["n_y"]
    if len(yraw) == 2:
        if sep == ".":
            return None  # "1.2.23" is a section or version number
        y = _two_digit_year(int(yraw))
    else:
        y = int(yraw)
        if not 1900 <= y <= 2099:
            return None
    return _U(s, e, "day", y, int(g["n_m"]), int(g["n_d"]))


def _verbal(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    y = int(g["v_y"]) if g["v_y"] else None
    if g["v_m"]:
        return _U(s, e, "day", y, int(g["v_m"]), int(g["v_d"]), lunar=_lunar_day(text, s, e))
    m = _vocab().month_words.get(_key(g["v_mw"]))
    u = _U(s, e, "day", y, m, int(g["v_d"]), lunar=_lunar_day(text, s, e))
    if m is None:
        _fallback(text[s:e], u)
    return u


_LUNAR_TAIL_REACH = 24  # how far after a day in words its lunar mark is looked for ("âm lịch", "năm Nhâm Tý")


def _lunar_day(text: str, s: int, e: int) -> bool:
    """A day in words of the lunar calendar: its month named as only that calendar names it ("ngày 15 tháng Chạp",
    "ngày mùng 8 tháng Giêng") or a lunar mark right after it ("ngày 10 tháng 3 âm lịch", "ngày 15 tháng 12 năm
    Nhâm Tý"). Read as a solar date it is a wrong day; its solar restatement in brackets is read instead (round
    74's h822)."""
    m = LUNAR_MARK.search(text, s, e + _LUNAR_TAIL_REACH)
    return m is not None and (m.start() < e or not text[e:m.start()].strip(" \t,"))


@lru_cache(maxsize=1)
def _range_count_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_alt(_vocab().written['range_count_word'])})(?!\w)", re.IGNORECASE)


def _day_month(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    if g["dm_sep"] == "." and not g["dm_ngay"]:
        return None
    if g["dm_sep"] == "-" and not g["dm_ngay"] and _range_count_after().match(text, e):
        return None  # "cho trẻ từ 1 - 5 tuổi": a range of counts (time_words.tsv range_count_word), no day and month
    return _U(s, e, "day", None, int(g["dm_m"]), int(g["dm_d"]), weak=not g["dm_ngay"])


def _day(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    u = _U(s, e, "day", None, None, int(g["day_d"]))
    if g["day_rel"]:  # "ngày 15 của tháng trước đó": a day of a month named only relatively
        u.relative = True
        u.warnings.append(("relative_day", f"{text[s:e]!r} names a day of a relative month, not a date"))
    return u


_MONTHS_IN_QUARTER = 3


def _relative_week(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    """ "tuần cuối cùng của tháng thứ 3 trong quý": a week of a relative month, never a date."""
    ordinals = _vocab().ordinals
    qm = ordinals[_key(g["rw_q"])] if g["rw_q"] else None
    if qm is not None and not (qm == -1 or 1 <= qm <= _MONTHS_IN_QUARTER):
        return None
    quarter_month = _MONTHS_IN_QUARTER if qm == -1 else qm
    return _U(s, e, "week", week=ordinals[_key(g["rw_n"])], quarter_month=quarter_month)


def _quarter(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    qs = g["q"].lower()
    q = _ROMAN[qs] if qs in _ROMAN else int(qs)
    y = int(g["q_y"]) if g["q_y"] else None
    return _U(s, e, "period", y, 3 * q - 2, end_ym=(y, 3 * q))


def _half(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    n = int(g["h_n"])
    y = int(g["h_y"]) if g["h_y"] else None
    if _key(g["h_pos"]) == "đầu":
        return _U(s, e, "period", y, 1, end_ym=(y, n))
    return _U(s, e, "period", y, 13 - n, end_ym=(y, 12))


def _year_span(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    y1, y2 = int(g["ys_1"]), int(g["ys_2"])
    if not (y1 < y2 <= y1 + 30) and not g["ys_w"]:
        return None
    return _U(s, e, "period", y1, end_ym=(y2, None))


def _named_month(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    m1, m2 = _vocab().named_months[_key(g["nm_w"])]
    y = int(g["nm_y"]) if g["nm_y"] else None
    if m1 == m2:
        return _U(s, e, "month", y, m1)
    return _U(s, e, "period", y, m1, end_ym=(y, m2))


def _season(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    m1, m2 = _vocab().seasons[_key(g["se_w"])]
    y = int(g["se_y"])
    return _U(s, e, "period", y, m1, end_ym=(y, m2))


def _month(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    y = int(g["mo_y"]) if g["mo_y"] else None
    return _U(s, e, "month", y, int(g["mo_m"]))


def _year(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    return _U(s, e, "year", int(g["yr"]))


def _clock(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    mi_raw = g["t_m"] or g["t_m2"]
    h = _hour(int(g["t_h"]), g["t_dp"])
    # "8 giờ" or "9h" alone may be a duration ("trong 2 giờ"); keep it only with a cue
    weak = mi_raw is None and g["t_dp"] is None
    return _U(s, e, "time", hh=h, mi=int(mi_raw) if mi_raw else 0, weak=weak)


def _weekday(g: _Groups, s: int, e: int, mt: re.Match[str], text: str) -> _U | None:
    return _U(s, e, "weekday", wd=_vocab().weekdays[_key(g["wd_w"])])


# one reader per scanner alternative (its last group's name): the atom it makes, or None
_ATOM_READERS: dict[str, Callable[[_Groups, int, int, re.Match[str], str], _U | list[_U] | None]] = {
    "rweek": _relative_week,
    "drange": _drange,
    "dlist": _day_list,
    "dpair": _day_pair,
    "dmy": _dmy,
    "verbal": _verbal,
    "dm": _day_month,
    "day": _day,
    "quarter": _quarter,
    "half": _half,
    "yspan": _year_span,
    "named": _named_month,
    "season": _season,
    "month": _month,
    "year": _year,
    "time": _clock,
    "weekday": _weekday,
}


def _atoms(text: str, start: int, end: int) -> list[_U]:
    out: list[_U] = []
    pos = start
    for a_start, a_end in _anchor_spans(text, start, end):
        if a_start < pos:
            continue
        mt = _scanner_at(text, a_start, a_end).match(text, a_start, end)
        if mt is None:
            continue
        reader = _ATOM_READERS.get(mt.lastgroup or "")
        atom = reader(_Groups(mt), mt.start(), mt.end(), mt, text) if reader else None
        if atom is None and (mt.lastgroup == "dlist" or (mt.lastgroup == "drange" and mt.group("dr_to"))):
            continue  # "giảm 20 đến 25/3", "21, 14 và 07/9": no run of days, but the "25/3" inside is still read
        pos = mt.end()
        if isinstance(atom, list):
            out.extend(atom)  # a list of days of one month
        elif atom is not None:
            out.append(atom)
    prev: _U | None = None
    for i, u in enumerate(out):
        if u.weak and (_CUE_BEFORE.search(text, max(0, u.start - 12), u.start) or _joined_clock(text, prev, u)
                       or _listed_day(text, out, i) or _bracketed_days(text, out, i)):
            u.cued = True
        prev = u
    return out


_JOIN_GAP = re.compile(r"\s*(?:,|và|hoặc)\s*")


def _joined_clock(text: str, prev: _U | None, u: _U) -> bool:
    """A bare hour joined to a cued clock time before it ("trước 7 giờ và 15 giờ hằng ngày"): cued as it is."""
    return prev is not None and prev.grain == "time" == u.grain and prev.cued \
        and _JOIN_GAP.fullmatch(text, prev.end, u.start) is not None


def _list_closes_with_full_day(text: str, out: list[_U], i: int) -> bool:
    """The days from i on run as a list (joined by commas or 'và') that closes with a full day (its month and year)."""
    for k in range(i + 1, len(out)):
        a, b = out[k - 1], out[k]
        if b.grain != "day" or _JOIN_GAP.fullmatch(text, a.end, b.start) is None:
            return False
        if not b.weak:
            return True
    return False


def _listed_day(text: str, out: list[_U], i: int) -> bool:
    """A bare day in the middle of a list of days, a counted one before it and the list closing with a full one
    ("vào các ngày 28/02, 06/3 và 13/3/2028"): a day as they are ("ngày 15/3, 2/3 và 1/4 số hộ" are shares: no
    counted day closes the list)."""
    prev = out[i - 1] if i > 0 else None
    if prev is None or prev.grain != "day" or (prev.weak and not prev.cued) \
            or _JOIN_GAP.fullmatch(text, prev.end, out[i].start) is None:
        return False
    return _list_closes_with_full_day(text, out, i)


_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:ngày\s+)?")


def _bracketed_days(text: str, out: list[_U], i: int) -> bool:
    """A bare day opening a bracket right after a month, the bracket's list of days closing with a full one ("vào các
    ngày Chủ nhật trong tháng 3/2033 (13/3, 20/3, 27/3/2033)"): the month's days named, each a day as the last is
    (rounds 65-69's leftovers, h760). A bracket of shares or of a bare day alone ("tháng 3/2033 (15/3 số hộ)") stays."""
    prev = out[i - 1] if i > 0 else None
    if prev is None or prev.grain != "month" or _BRACKET_OPEN.fullmatch(text, prev.end, out[i].start) is None:
        return False
    return _list_closes_with_full_day(text, out, i)


@lru_cache(maxsize=1)
def _joined_weekdays() -> re.Pattern[str]:
    """Weekdays joined to the one before by "và" or a comma (", thứ Năm", " và thứ Năm")."""
    return re.compile(rf"(?:\s*(?:,\s*)?(?:và\s+)?(?<!\w)(?:{_alt(_vocab().written['weekday'])})(?!\w))+", re.I)


def past_joined_weekdays(text: str, pos: int) -> int:
    """Where the weekdays joined to the one ending at pos end ("thứ Hai| và thứ Năm hằng tuần": before " hằng"); pos
    when none is joined. A weekly duty's recurrence word stands after the last of its days."""
    m = _joined_weekdays().match(text, pos)
    return m.end() if m else pos


def _is_weekly(text: str, atoms: list[_U], i: int) -> bool:
    """Whether the weekday atoms[i] is a weekly duty's day: "hằng tuần" after it or before it, or after or before the
    list of weekdays it stands in ("vào thứ Hai và thứ Năm hằng tuần": two weekly days; rounds 65-69's leftovers,
    h733)."""
    lo = hi = i
    while lo > 0 and atoms[lo - 1].grain == "weekday" and WEEKDAY_LIST_GAP.match(text, atoms[lo - 1].end, atoms[lo].start):
        lo -= 1
    while hi + 1 < len(atoms) and atoms[hi + 1].grain == "weekday" \
            and WEEKDAY_LIST_GAP.match(text, atoms[hi].end, atoms[hi + 1].start):
        hi += 1
    first, last = atoms[lo], atoms[hi]
    return _WEEKLY_AFTER.match(text, last.end) is not None \
        or _WEEKLY_BEFORE.search(text, max(0, first.start - _WEEKLY_BEFORE_REACH), first.start) is not None


def _join(text: str, atoms: list[_U]) -> list[_U]:
    """Weekdays onto dates, clock times onto dates, "từ X đến Y" into ranges."""
    # 1. weekdays
    units: list[_U] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if a.grain == "weekday":
            nxt = atoms[i + 1] if i + 1 < len(atoms) else None
            prev = units[-1] if units else None
            if nxt and nxt.grain == "day" and _GAP_WEEKDAY_BEFORE.match(text[a.end:nxt.start]):
                # "thứ Sáu (08/01/2027)": the bracket closes with the date (the gap read before the start moves)
                bracketed = text[a.end:nxt.start].strip() == "(" and text[nxt.end:nxt.end + 1] == ")"
                nxt.wd, nxt.start, nxt.cued = a.wd, a.start, True
                if bracketed:
                    nxt.end += 1
            elif prev and prev.grain in ("day", "time") and _GAP_WEEKDAY_AFTER.match(text[prev.end:a.start]):
                prev.wd, prev.end = a.wd, a.end
                close = re.match(r"\s?\)", text[a.end:a.end + 2])
                if close and "(" in text[prev.end - (a.end - a.start) - 3:a.start]:
                    prev.end += close.end()
            elif prev and prev.grain == "time" and prev.wd is None and _GAP_TIME_WEEKDAY.match(text[prev.end:a.start]):
                prev.wd, prev.end = a.wd, a.end
            elif nxt and nxt.grain == "week" and not text[a.end:nxt.start].strip():
                nxt.wd, nxt.start = a.wd, a.start  # "thứ Sáu tuần cuối cùng của mỗi tháng": that week's day
            elif _is_weekly(text, atoms, i):
                units.append(a)  # a weekly duty's day, without a date
            i += 1
            continue
        units.append(a)
        i += 1

    units = _without_lunar_days(text, units)
    # 2. clock time + date ("12h00 ngày 04/8/2023"), then date + time ("ngày 11/8, lúc 8h")
    units = _merge(units, lambda a, b: a.grain == "time" and b.grain == "day" and b.to is None
                   and _GAP_TIME_DATE.match(text[a.end:b.start]), _time_date)
    units = _merge(units, lambda a, b: a.grain == "day" and a.hh is None and a.to is None and b.grain == "time"
                   and b.to is None and _GAP_DATE_TIME.match(text[a.end:b.start]), _date_time)

    # 3. ranges
    out: list[_U] = []
    for u in units:
        seam = _seam_start(text, out, u)
        if seam is not None:
            del out[seam + 1:]  # the times in a running footer between a range's "đến" and its last day
        prev = out[-1] if out else None
        if prev is not None and _next_day_pair(text, prev, u):
            prev.to, prev.end, prev.cued = u, u.end, True  # "thứ Bảy 10/4 và Chủ nhật 11/4/2027": two days
            u.cued = True
            continue
        if (prev is not None and prev.to is None and u.to is None and _rangeable(prev, u)
                and (_GAP_RANGE.match(text[(gap_from := _past_lunar_bracket(text, prev.end, u.start)):u.start])
                     or _between_solar_restatements(text, prev.end, u.start)
                     or _range_over_page_break(text, prev.end, u.start))):
            gap = text[gap_from:u.start].strip()
            has_from = _BEFORE_FROM.search(text, max(0, prev.start - _FROM_REACH), prev.start)
            clock_span = prev.grain == "time" and u.grain == "day" and u.hh is not None  # "07h00 – 11h00 ngày 8/12"
            if gap in "-–—" and not has_from and prev.grain != u.grain and not clock_span:
                out.append(u)
                continue
            if not has_from and prev.grain == "year" and u.grain == "day":
                # "giải ngân đạt trên 95% kế hoạch vốn năm 2029 đến ngày 31/01/2030": the year names the plan, the
                # day is a time of its own; a year opens a run to a day only after "từ" (rounds 53-58's leftovers)
                out.append(u)
                continue
            if has_from:
                prev.start = has_from.start()
            prev.to, prev.end, prev.cued = u, u.end, True
            u.cued = True
            continue
        out.append(u)
    # bare "01/6" and "8 giờ" count only with a cue word or inside a range/datetime
    return [u for u in out if not u.weak or u.cued or u.to is not None]


def _past_lunar_bracket(text: str, pos: int, end: int) -> int:
    """Where the gap after a day goes on past a bracket restating the day in the lunar calendar (pos when none)."""
    m = _LUNAR_BRACKET.match(text, pos, end)
    return m.end() if m and LUNAR_MARK.search(text, pos, m.end()) else pos


# the gap between the solar restatements of a lunar range's two days ("từ ngày 15 tháng Chạp năm Nhâm Tý (ngày
# 15/01/2033) đến hết ngày mùng 8 tháng Giêng năm Quý Sửu (ngày 07/02/2033)"): the first bracket's close, "đến", the
# second lunar day and the second bracket's opening
_RESTATED_RANGE_GAP = re.compile(
    rf"\s*\)\s*{_TO_WORDS}\s+(?:hết\s+)?(?:ngày\s+)?(?:(?:mùng|mồng)\s+)?\d{{1,2}}\s+tháng\s+[^()\n]{{1,40}}?"
    r"\(\s*(?:(?:tức|nhằm)(?:\s+là)?\s+)?(?:ngày\s*)?$", re.I)


# a PDF page's break inside a range, between its "đến (hết)" and its last day: blank lines, the page's running footer
# and the next page's running head, which normalize glues the day's line onto ("... từ ngày 15/9/2033 đến hết" / "VQG
# ... - Báo cáo 6 tháng đầu năm 2033        Trang 2/3" / "Vườn quốc gia ...       Số: 86/BC-VQGXT" + "ngày 31/12/2033")
_GAP_RANGE_PAGE = re.compile(rf"\s*{_TO_WORDS}(?:\s+hết)?{PAGE_BREAK_FOOTER}(?:[ \t]*\n)*"
                             r"(?P<head>[^\n]*?)[ \t]*$", re.I)
# the running head's end: the document's own number ("Số: 86/BC-VQGXT"), or nothing (the day opens the next page)
_RUNNING_HEAD_END = re.compile(r"(?:^|[ \t])Số\s*:?\s*\d{1,5}[/-]\S+$|^$")


def _range_over_page_break(text: str, pos: int, end: int) -> bool:
    """The gap from `pos` to `end` is a range's "đến (hết)" with a page break after it (`_GAP_RANGE_PAGE`): a running
    footer, and the next page's running head or nothing (round 73's h808)."""
    m = _GAP_RANGE_PAGE.match(text, pos, end)
    return m is not None and RUNNING_FOOTER.search(m.group("footer")) is not None \
        and _RUNNING_HEAD_END.search(m.group("head").strip()) is not None


_SEAM_UNITS = 3  # times a page's running footer and head may hold ("Báo cáo 6 tháng đầu năm 2033")


def _seam_start(text: str, out: list[_U], u: _U) -> int | None:
    """The index in `out` of a range's first day that a page break separates from `u`, its last, with times in the
    running footer or head between them (`_range_over_page_break`); None when there is none (most units)."""
    for k in range(len(out) - 2, max(-1, len(out) - 2 - _SEAM_UNITS), -1):
        if out[k].to is None and _range_over_page_break(text, out[k].end, u.start):
            return k
    return None


def _without_lunar_days(text: str, units: list[_U]) -> list[_U]:
    """The units without the days of the lunar calendar (`_lunar_day`), and without the first day of a range of
    them, printed without a year ("từ ngày 11 đến ngày 21 tháng 4 năm Quý Sửu", "từ ngày 30 tháng 10 đến ngày 09 tháng
    11 năm Nhâm Tý": the first day is lunar too). Read as solar dates they are wrong
    days; their solar restatement in brackets is read instead (round 74's h822)."""
    if not any(u.lunar for u in units):
        return units
    out: list[_U] = []
    for u in units:
        if not u.lunar:
            out.append(u)
            continue
        if out and out[-1].grain == "day" and out[-1].y is None and _GAP_RANGE.match(text[out[-1].end:u.start]):
            out.pop()
    return out


def _between_solar_restatements(text: str, pos: int, end: int) -> bool:
    """The gap from `pos` to `end` joins the solar restatements of a range of lunar days (`_RESTATED_RANGE_GAP`,
    its second day lunar: round 74's h822)."""
    m = _RESTATED_RANGE_GAP.match(text, pos, end)
    return m is not None and LUNAR_MARK.search(text, pos, end) is not None


def _next_day_pair(text: str, a: _U, b: _U) -> bool:
    """Two days printed in full and joined by "và", the second the day after the first, each with its month
    and at least one with its weekday ("thứ Bảy 10/4 và Chủ nhật 11/4/2027"): one span of two days, as
    "ngày 09 và 10/12/2026" is (dpair). Days further apart stay two dates."""
    if not (a.grain == b.grain == "day" and a.to is None and b.to is None and a.hh is None and b.hh is None):
        return False
    if None in (a.m, a.d, b.m, b.d) or (a.wd is None and b.wd is None) or not _GAP_PAIR.fullmatch(text, a.end, b.start):
        return False
    return a.m == b.m and b.d == a.d + 1 and (a.y is None or a.y == b.y)  # type: ignore[operator]


def _merge(units: list[_U], ok, join) -> list[_U]:
    out: list[_U] = []
    for u in units:
        if out and ok(out[-1], u):
            out[-1] = join(out[-1], u)
        else:
            out.append(u)
    return out


def _time_date(t: _U, d: _U) -> _U:
    d.start, d.hh, d.mi, d.cued = t.start, t.hh, t.mi, True
    d.wd = d.wd if d.wd is not None else t.wd
    return d


def _date_time(d: _U, t: _U) -> _U:
    d.end, d.hh, d.mi, d.cued = t.end, t.hh, t.mi, True
    return d


def _rangeable(a: _U, b: _U) -> bool:
    if a.grain == "time":
        return b.grain in ("time", "day")
    if a.grain == "day":
        return b.grain == "day"
    if a.grain in ("month", "year"):
        return b.grain in ("month", "year", "day")
    return False


# ---------------------------------------------------------------- context and values


def _fill(u: _U, src_y: int | None, src_m: int | None) -> None:
    if u.y is None and src_y is not None:
        u.y, u.inferred = src_y, True
    if u.grain == "day" and u.m is None and src_m is not None:
        u.m, u.inferred = src_m, True


def _infer(units: list[_U], ref: date | None) -> None:
    last_full: tuple[int, int] | None = None
    pending: list[_U] = []
    for u in units:
        parts = [u] + ([u.to] if u.to else [])
        if u.to is not None:
            b = u.to
            # the end of the range lends its date to the start ("từ 7h30 đến 11h00 ngày 11/8")
            if u.grain == "time" and b.grain == "day":
                u.grain, u.y, u.m, u.d = "day", b.y, b.m, b.d
                u.inferred = u.inferred or b.inferred
            else:
                if u.y is None and b.y is not None:
                    u.y, u.inferred = b.y, True
                if u.grain == "day" and u.m is None and b.m is not None:
                    u.m, u.inferred = b.m, True
        for p in parts:
            if p.grain in ("time", "weekday", "week") or p.unreadable or p.relative:
                continue
            if p.y is not None and (p.m is not None or p.grain != "day"):
                continue
            if ref is not None:
                _fill(p, ref.year, ref.month)
            elif last_full is not None:
                _fill(p, *last_full)
            else:
                pending.append(p)
        for p in parts:
            if p.y is not None and p.m is not None and not p.inferred:
                last_full = (p.y, p.m)
    # no reference and nothing before: the first full date after (one backward pass, not a scan per date)
    if pending:
        after: dict[int, tuple[int, int] | None] = {}
        following: tuple[int, int] | None = None
        for u in reversed(units):
            after[id(u)] = following
            if u.y is not None and u.m is not None and not u.inferred:
                following = (u.y, u.m)
        owner = {id(p): u for u in units for p in [u] + ([u.to] if u.to else [])}
        for p in pending:
            nxt = after.get(id(owner[id(p)])) if id(p) in owner else None
            if nxt is not None:
                _fill(p, *nxt)
    for u in units:
        end = u.to
        # "từ 15/12 đến 15/1/2024": the start is in the year before
        if end is not None and u.inferred and u.grain == end.grain == "day" and u.y is not None \
                and None not in (u.m, u.d, end.m, end.d):
            if (u.m, u.d) > (end.m, end.d) and u.y == end.y:
                u.y -= 1


def _iso(u: _U) -> tuple[str | None, list[tuple[str, str]]]:
    warns: list[tuple[str, str]] = []
    if u.grain == "time":
        return f"{u.hh:02d}:{u.mi:02d}", warns
    if u.grain in ("weekday", "week"):
        return None, warns
    if u.y is None or (u.grain in ("day", "month", "period") and u.m is None and u.end_ym is None) or \
            (u.grain == "day" and u.m is None):
        return None, [("no_year", "no year or month in the text or its context")]
    if u.grain == "year" or (u.grain == "period" and u.m is None):
        return f"{u.y:04d}", warns
    if u.grain in ("month", "period"):
        return f"{u.y:04d}-{u.m:02d}", warns
    assert u.m is not None and u.d is not None  # a day grain with a month (checked above) has its day
    if u.d > _days_in_month(u.y, u.m):
        return None, [("invalid_date", f"{u.d}/{u.m}/{u.y} is not a date")]
    iso = f"{u.y:04d}-{u.m:02d}-{u.d:02d}"
    if u.wd is not None:
        real = date(u.y, u.m, u.d).weekday()
        if real != u.wd:
            warns.append(("weekday_mismatch",
                          f"printed {WEEKDAY_NAMES[u.wd]} but {iso} is {WEEKDAY_NAMES[real]}"))
    if u.hh is not None:
        iso += f"T{u.hh:02d}:{u.mi:02d}"
    return iso, warns


def _period_end(u: _U) -> str | None:
    y, m = u.end_ym  # type: ignore[misc]
    y = y if y is not None else u.y
    if y is None:
        return None
    return f"{y:04d}" if m is None else f"{y:04d}-{m:02d}"


def _expr(text: str, u: _U) -> TimeExpr:
    value, warns = _iso(u)
    end_value = None
    if u.to is not None:
        end_value, w2 = _iso(u.to)
        warns += [w for w in w2 if w not in warns]
        kind: Kind = "period"
    elif u.grain == "period":
        end_value = _period_end(u) if value else None
        kind = "period"
    elif u.grain == "day":
        kind = "datetime" if u.hh is not None else "date"
    else:
        kind = u.grain  # type: ignore[assignment]
    if u.inferred and value is not None:
        warns.append(("inferred_year", f"{text[u.start:u.end]!r} read as {value} from context"))
    inferred = u.inferred or (u.to is not None and u.to.inferred)
    return TimeExpr(u.start, u.end, text[u.start:u.end], kind, value, end_value, inferred,
                    u.wd, tuple(warns + u.warnings), u.week, u.quarter_month)


# ---------------------------------------------------------------- dateparser fallback


@lru_cache(maxsize=1)
def _dateparser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["vi"], settings={
        "DATE_ORDER": "DMY", "PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False})


def _fallback(candidate: str, u: _U) -> None:
    """Read a located candidate that the grammar could not (e.g. a month in unusual words)."""
    try:
        data = _dateparser().get_date_data(candidate)
    except Exception:  # dateparser raises assorted errors on odd input; unreadable is the answer
        data = None
    if data is not None and data.date_obj is not None:
        d = data.date_obj
        u.y, u.m, u.d = d.year, d.month, d.day
    else:
        u.unreadable = True


# ---------------------------------------------------------------- public API


# A text copied from an OCR'd scan may print a letter for a digit in a date's day or month ("từ ngày 0l/12/2026",
# "1O/12/2026"): read as the digit (the same length, so every span stays), with a warning.
# The first day of a range may print no year ("từ ngày l5/3 đến ngày 15/4/2027"): read after "ngày" and before
# "đến"/"tới" only.
# (the first character before the lookbehind, which then also spans it: the engine skips to the characters a
# date can open with instead of trying the lookbehind at every position)
_OCR_DATE = re.compile(r"([0-9lIO](?<![\w/][0-9lIO])[0-9lIO]?)/([0-9lIO]{1,2})(?:/((?:19|2[0O])[0-9O]{2})(?![\w/])"
                       r"|(?<=ngày [0-9lIO]/[0-9lIO])(?=\s+(?:đến|tới)\s)|(?<=ngày [0-9lIO]{2}/[0-9lIO])(?=\s+(?:đến|tới)\s)"
                       r"|(?<=ngày [0-9lIO]/[0-9lIO]{2})(?=\s+(?:đến|tới)\s)|(?<=ngày [0-9lIO]{2}/[0-9lIO]{2})(?=\s+(?:đến|tới)\s))")
_OCR_DATE_HINTS = ("l/", "I/", "O/", "/l", "/I", "/O", "ngày l", "ngày I", "ngày O")
_OCR_LETTERS = "lIO"  # the letters of _OCR_DATE_HINTS: next to a slash, or after _OCR_DAY_WORD
_OCR_DAY_WORD = "ngày "
_OCR_DIGITS = str.maketrans("lIO", "110")
_MAX_DAY, _MAX_MONTH = 31, 12


# The hints as three patterns, each opening with a literal the engine skips to (a Python walk over every slash of
# a long text cost three times as much): a letter after a slash (the lookahead reads no further than the window's
# end), a letter before one (searched from the window's second character, so the lookbehind reads inside it), a
# letter after "ngày ".
_OCR_HINT_PATTERNS = (re.compile(f"/(?=[{_OCR_LETTERS}])"), re.compile(f"/(?<=[{_OCR_LETTERS}]/)"),
                      re.compile(re.escape(_OCR_DAY_WORD) + f"[{_OCR_LETTERS}]"))
# an O for a 0 in a date's year ("Tờ trình số 214/TTr-UBND ngày 18/11/2O28"; thirtieth heldout round)
_OCR_YEAR_HINT = re.compile(r"/(?=2O|20O|20[0-9]O|19O|19[0-9]O)")


def _ocr_hint(text: str, start: int, end: int) -> bool:
    """One of _OCR_DATE_HINTS in text[start:end]."""
    after_slash, before_slash, after_day = _OCR_HINT_PATTERNS
    return (after_slash.search(text, start, end) is not None or before_slash.search(text, start + 1, end) is not None
            or after_day.search(text, start, end) is not None or _OCR_YEAR_HINT.search(text, start, end) is not None)


# Where an OCR'd date can open: one or two characters before the slash after its day, the character before that
# slash one of the date's (_OCR_DATE opens with its class, tried at every "l" of the window).
_OCR_DATE_SLASH = re.compile(r"/(?<=[0-9lIO]/)")
_OCR_DAY_WIDTHS = (2, 1)  # how many characters a day prints before its slash, the longer tried first (leftmost)


def _ocr_dates(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """_OCR_DATE.finditer(text, start, end), the pattern tried only where a date can open."""
    pos = start
    for slash in _OCR_DATE_SLASH.finditer(text, start + 1, end):
        for width in _OCR_DAY_WIDTHS:
            s = slash.start() - width
            m = _OCR_DATE.match(text, s, end) if s >= pos else None
            if m is not None:
                yield m
                pos = m.end()
                break


# A month's or a quarter's year OCR printed with an O ("Tháng 12/2O28: tổng kết", "trong quý III/2O28"; forty-third
# heldout round): _OCR_DATE reads a day's month and year only. Found from the year's "/" (the engine skips to it): a
# month of one or two digits or a quarter's Roman numeral before it, nothing of a word, a number or a date before that.
_OCR_PERIOD_YEAR = re.compile(r"/(?=(?:19|2[0O])[0-9O]{2}(?![\w/]))")
_OCR_PERIOD_LEAD = re.compile(r"(?<![\w/.])(?:\d\d?|I{1,3}|IV)$")  # the month or the quarter, the slash's left
_OCR_YEAR_WIDTH = 4
_OCR_LEAD_REACH = 4  # the longest lead and the character before it


def _ocr_period_years(text: str, start: int, end: int, dates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The years of months and quarters in text[start:end] that hold an O, read as digits (outside the dates read)."""
    out: list[tuple[int, int, str]] = []
    for m in _OCR_PERIOD_YEAR.finditer(text, start, end):
        a, b = m.end(), m.end() + _OCR_YEAR_WIDTH
        year = text[a:b]
        lead = _OCR_PERIOD_LEAD.search(text, max(start, m.start() - _OCR_LEAD_REACH), m.start())
        if year.isdigit() or lead is None or (lead.group().isdigit() and not 1 <= int(lead.group()) <= _MAX_MONTH) \
                or any(x < b and a < y for x, y, _ in dates):
            continue
        out.append((a, b, year.translate(_OCR_DIGITS)))
    return out


# An hour OCR printed with a letter for one of its two digits ("trước l7 giờ ngày 25/3/2029", "từ O7 giờ 30";
# forty-first heldout round): found from the "giờ" after it (str.find skips to it), read when it is an hour.
_OCR_HOUR_WORD = "giờ"
_OCR_HOUR_BEFORE = re.compile(r"(?<![\w/.,])(\d[lIO]|[lIO]\d)[ \t]*$")
_OCR_HOUR_REACH = 4  # the two characters and a space or two before "giờ"
_MAX_HOUR = 24
# And its minutes so printed after it ("lúc 07 giờ 3O ngày 16/12/2029"; forty-eighth heldout round, h530): two
# characters, a look-alike among them, read when they are minutes.
_OCR_MINUTES_AFTER = re.compile(r"[ \t]+(\d[lIO]|[lIO]\d|OO)(?![\w/.,])")
_MAX_MINUTE = 59


def _ocr_hours(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The hours in text[start:end] printed with a look-alike letter, read as digits."""
    out: list[tuple[int, int, str]] = []
    i = text.find(_OCR_HOUR_WORD, start, end)
    while i >= 0:
        m = _OCR_HOUR_BEFORE.search(text, max(start, i - _OCR_HOUR_REACH), i)
        if m is not None:
            read = m.group(1).translate(_OCR_DIGITS)
            if int(read) <= _MAX_HOUR:
                out.append((m.start(1), m.end(1), read))
        after = i + len(_OCR_HOUR_WORD)
        minutes = _OCR_MINUTES_AFTER.match(text, after, end)
        if minutes is not None and int(minutes.group(1).translate(_OCR_DIGITS)) <= _MAX_MINUTE:
            out.append((minutes.start(1), minutes.end(1), minutes.group(1).translate(_OCR_DIGITS)))
        i = text.find(_OCR_HOUR_WORD, after, end)
    return out


# A day of the month alone, OCR printed with a letter for one of its two digits, before what makes it a recurring or a
# relative day ("trước ngày O6 của tháng sau", "vào ngày l5 hằng quý"; rounds 65-69's leftovers, h732): found from
# its "ngày " (an _OCR_DATE_HINTS hint), read when it is a day. A letter alone or two letters ("ngày lO") stay words.
_OCR_BARE_DAY = re.compile(r"ngày[ \t]+(\d[lIO]|[lIO]\d)(?=[ \t\n]+(?:của[ \t]+(?:tháng|quý)|hằng|hàng|mỗi)(?!\w))")


def _ocr_bare_days(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The bare days of a month in text[start:end] printed with a look-alike letter, read as digits."""
    out: list[tuple[int, int, str]] = []
    for m in _OCR_BARE_DAY.finditer(text, start, end):
        read = m.group(1).translate(_OCR_DIGITS)
        if 1 <= int(read) <= _MAX_DAY:
            out.append((m.start(1), m.end(1), read))
    return out


def _ocr_digits_read(text: str, start: int, end: int) -> tuple[str, list[tuple[int, int]]]:
    """text with the letters read as digits in the days and months of dates in text[start:end], in hours before
    "giờ" and in a bare day of a month ("ngày O6 của tháng sau"), and where it was changed (only the window is looked
    at: most texts have no such date, and callers pass short windows)."""
    hours = _ocr_hours(text, start, end) + _ocr_bare_days(text, start, end)  # (read wherever the letter stands)
    hinted = _ocr_hint(text, start, end)
    if not hours and not hinted:
        return text, []
    fixed: list[tuple[int, int, str]] = []
    for m in _ocr_dates(text, start, end) if hinted else ():
        day, month, year = m.group(1), m.group(2), m.group(3) or ""
        if (day + month + year).isdigit() or not any(c.isdigit() for c in day + month):
            continue
        d, mo = day.translate(_OCR_DIGITS), month.translate(_OCR_DIGITS)
        if 1 <= int(d) <= _MAX_DAY and 1 <= int(mo) <= _MAX_MONTH:
            fixed.append((m.start(), m.end(), f"{d}/{mo}" + (f"/{year.translate(_OCR_DIGITS)}" if year else "")))
    fixed = sorted(fixed + _ocr_period_years(text, start, end, fixed) + hours)
    if not fixed:
        return text, []
    parts, pos = [], 0
    for a, b, read in fixed:
        parts += [text[pos:a], read]
        pos = b
    return "".join(parts) + text[pos:], [(a, b) for a, b, _ in fixed]


def find_times(text: str, start: int = 0, end: int | None = None, *, ref: date | None = None,
               keep: Callable[[int, int], bool] | None = None) -> list[TimeExpr]:
    """All time expressions in text[start:end], in order, spans into `text`; with `keep`, only those whose
    (start, end) it keeps. Every expression is still read (joins and the inferred years of the others depend
    on it): the filter only saves building the ones the caller drops, most of a text's in a schedule."""
    end = len(text) if end is None else end
    text, fixed = _ocr_digits_read(text, start, end)
    units = _join(text, _atoms(text, start, end))
    for u in units:
        if any(a < u.end and u.start < b for a, b in fixed):
            u.warnings.append(("ocr_digits_read", f"read a letter as a digit in {text[u.start:u.end]!r}"))
    _list_years(text, units)
    _infer(units, ref)
    return [_expr(text, u) for u in units if keep is None or keep(u.start, u.end)]


def _list_years(text: str, units: list[_U]) -> None:
    """The days of a list printed without their year take the year of the day closing it ("vào các ngày 06/3, 13/3 và
    20/3/2033", "(13/3, 20/3, 27/3/2033)"), not the document's (rounds 65-69's leftovers, h760: a plan of 2032 for
    March 2033)."""
    closing: _U | None = None
    for k in range(len(units) - 1, -1, -1):
        u = units[k]
        nxt = units[k + 1] if k + 1 < len(units) else None
        if u.grain != "day" or u.to is not None:
            closing = None
            continue
        joined = nxt is not None and _JOIN_GAP.fullmatch(text, u.end, nxt.start) is not None
        if u.y is None and u.m is not None and joined and closing is not None and closing.y is not None:
            # a day after the closing one's in the calendar is in the year before ("15/12, 20/12 và 05/01/2033")
            later = (u.m, u.d or 0) > (closing.m or 0, closing.d or 0)
            u.y, u.inferred = closing.y - 1 if later else closing.y, True
        elif u.y is not None and u.m is not None:
            closing = u
        elif not joined:
            closing = None


# What may follow a full date that no partner can join (a weekday, a clock time, a range's end, the next day of
# a pair: _GAP_WEEKDAY_AFTER, _GAP_DATE_TIME, _GAP_RANGE, _GAP_PAIR), after spaces, commas, "(" or dashes: the
# window's end, one of these marks, or one of these words, the ones a citation's date is most often followed by
# ("ngày 19/10/2020 của Chính phủ"; no gap holds them and none is an anchor, which
# tests/grammar/test_timex_first_at.py checks). After anything else find_times decides.
_JOIN_GAP_CHARS = re.compile(r"[\s,(\-–—]*")
_NO_JOIN_MARKS = frozenset(";.:)[]\"“”")
_NO_JOIN_WORDS = frozenset({"của", "về", "các", "bộ", "được", "hướng", "quy", "nghị", "sửa", "đã", "thì", "ban", "gửi",
                            "để"})
_WORD_RUN = re.compile(r"\w+")
_PLAIN_DAY_READERS = ("dmy", "verbal")  # the atoms a plain full date is read by


def _joins_nothing(text: str, pos: int, end: int) -> bool:
    """No partner can join a day ending at `pos` within text[:end] (see _NO_JOIN_WORDS)."""
    g = _JOIN_GAP_CHARS.match(text, pos, end).end()  # type: ignore[union-attr]  # it matches the empty string
    if g >= end:
        return True
    if not _is_word_char(text[g]):
        return text[g] in _NO_JOIN_MARKS
    word = _WORD_RUN.match(text, g, end).group()  # type: ignore[union-attr]  # a word character is at g
    # (a case-insensitive pattern reads some letters as others than their lower case: a word with one is not listed)
    return word.lower() in _NO_JOIN_WORDS and _CASE_FOLD_ODD.isdisjoint(word)


_CASE_FOLD_ODD = frozenset("ıİKſ")  # letters a case-insensitive regex reads as another letter than their lower case


def _plain_day_at(text: str, pos: int, end: int) -> TimeExpr | None:
    """The expression find_times(text, pos, end) opens with, when it is a full date (day, month, year) read at
    `pos` that nothing after it joins; None when that is not so (then find_times must say)."""
    anchor = None if _ocr_hint(text, pos, end) else _anchors().match(text, pos, end)
    if anchor is None:
        return None
    mt = _scanner_at(text, pos, anchor.end()).match(text, pos, end)  # as _atoms reads its first anchor
    if mt is None or mt.lastgroup not in _PLAIN_DAY_READERS:
        return None
    u = _ATOM_READERS[mt.lastgroup](_Groups(mt), mt.start(), mt.end(), mt, text)
    if u is None or isinstance(u, list) or None in (u.y, u.m, u.d) or u.weak or u.unreadable or u.to is not None or u.hh is not None:
        return None
    return _expr(text, u) if _joins_nothing(text, u.end, end) else None


# How far before `pos` _plain_day_at reads: the lookbehinds the scanner's alternatives open with (the month's
# "(?<![0-9]\s)tháng" two characters, the others one) and the anchors' one. Its reading is a function of
# text[pos - _PLAIN_READ_BEHIND:end] alone (find_times reads further back: a range's "từ", a bare day's cue).
_PLAIN_READ_BEHIND = 2

# What _plain_day_at read in one document's windows, by (offset of `pos` in the key, the text it reads), with the
# spans counted from `pos`: a document cites one document again and again with the same date after its number
# ("Kế hoạch số 12/KH-UBND ngày 05/01/2027 của UBND tỉnh" in its basis, its tasks and its closing), a quarter of
# a citation's date windows over the bench texts.
PlainDays = dict[tuple[int, str], TimeExpr | None]


def _shifted(t: TimeExpr, by: int) -> TimeExpr:
    return TimeExpr(t.start + by, t.end + by, t.text, t.kind, t.value, t.end_value, t.inferred, t.weekday, t.warnings,
                    t.week, t.quarter_month)


def _plain_day_kept(text: str, pos: int, end: int, days: PlainDays) -> TimeExpr | None:
    """_plain_day_at(text, pos, end), read once for a window's text in one document (`days`, its caller's)."""
    lo = max(0, pos - _PLAIN_READ_BEHIND)
    key = (pos - lo, text[lo:end])
    if key in days:
        kept = days[key]
        return None if kept is None else _shifted(kept, pos)
    plain = _plain_day_at(text, pos, end)
    days[key] = None if plain is None else _shifted(plain, -pos)
    return plain


def first_at(text: str, pos: int, end: int, days: PlainDays | None = None) -> TimeExpr | None:
    """find_times(text, pos, end)'s first expression when it starts at `pos`, else None. A plain full date
    ("ngày 19/10/2020 của ...", the usual date of a citation) is read without the whole machinery of
    find_times (joins, inference), which cannot change it. With `days` (one dict a document), a window whose
    text was read before in that document is not read again."""
    if pos >= end:
        plain = None
    else:
        plain = _plain_day_at(text, pos, end) if days is None else _plain_day_kept(text, pos, end, days)
    if plain is not None:
        return plain
    found = find_times(text, pos, end)
    return found[0] if found and found[0].start == pos else None


def date_at(text: str, pos: int, *, ref: date | None = None, max_gap: int = 40) -> TimeExpr | None:
    """The first time expression starting within `max_gap` chars after `pos` ("số X ngày 04/5/2023")."""
    for t in find_times(text, pos, min(len(text), pos + max_gap + 80), ref=ref):
        if t.start - pos <= max_gap and t.kind != "time":
            return t
        break
    return None


def parse_date(s: str, *, ref: date | None = None) -> TimeExpr | None:
    """Read a whole short string ("04/5/2023", "ngày 26 tháng 7 năm 2023", "quý III/2025")."""
    found = find_times(s, ref=ref)
    if found:
        return max(found, key=lambda t: t.end - t.start)
    u = _U(0, len(s), "day")
    _fallback(s.strip(), u)
    if u.unreadable:
        return None
    return _expr(s, u)

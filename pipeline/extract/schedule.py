"""Events and deadlines: what happens when, and what is due by when.

Every time expression of the body (timex.find_times) is classified by the
words printed around it, inside its clause:
- a deadline cue right before it ("trước", "chậm nhất", "hạn cuối", "hoàn
  thành trong") makes a Deadline; "hằng ngày/tháng/năm" next to the cue makes
  it recurring (due None, recurrence set); a cell of a "Thời gian hoàn thành"
  table column is a deadline too;
- an event cue ("Thời gian:", "vào ngày", "trong ngày", "tổ chức từ",
  "sáng 11/8/2023 ... tổ chức", "Lễ ... 07h30 ngày") makes an Event;
- anything else (citation dates, the issuing line, background history,
  effective dates) is left alone. Dates inside claimed spans or right after a
  số hiệu are never events or deadlines.
Cue words are data: models/tables/schedule_cues.tsv.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import cast

from vanban.context import Context, SpanUnion
from vanban.extract.activity import (
    DEFAULT_CONFIDENCE,
    Pending,
    activity_event,
    names_meeting,
    occasion_table,
    programme_sitting,
    web_stamp,
)
from vanban.extract.tasktable import TaskRow, row_at
from vanban.grammar.docnumber import NUMBER_RE
from vanban.grammar.regexes import PAGE_BREAK_FOOTER, PAGE_MARK, RUNNING_FOOTER
from vanban.grammar.timex import (
    FROM_WORDS,
    LUNAR_MARK,
    WEEKDAY_LIST_GAP,
    TimeExpr,
    find_times,
    past_joined_weekdays,
)
from vanban.schemas import Deadline, Event, Recurrence
from vanban.schemas.record import Freq
from vanban.tables import rows
from vanban.textutil import first_letters, fold_lower, phrase_alternation, strip_diacritics

_SEARCH_ZONES = ("body", "footnotes", "annex")


@dataclass(frozen=True)
class _Cues:
    deadline: re.Pattern[str]  # tail of the text before a time: "... trước "
    recurrence_before: re.Pattern[str]  # "hằng tháng trước "
    recurrence_after: re.Pattern[str]  # " hàng năm" after the time
    recurrence_any: re.Pattern[str]  # "định kỳ hằng năm gửi báo cáo ... trước ngày 15 tháng 12"
    recurrence_end: re.Pattern[str]  # "hằng tuần " right before a cue: "... hằng tuần trong Tháng Thanh niên"
    deadline_verb: re.Pattern[str]
    period_verb: re.Pattern[str]  # makes "trong <period>" a by-when, not "vào <date>" (schedule_cues.tsv)
    period_verb_after: re.Pattern[str]  # right after "trong <period>", makes it a by-when ("... giải ngân thêm")
    period_target: re.Pattern[str]  # a target's word before a bound figure: its "trong <period>" is a by-when
    period_minimum: re.Pattern[str]  # a task's verb before a minimum count: "tổ chức ít nhất 24 hội nghị ... trong năm"
    quarter_verb: re.Pattern[str]  # makes "trong quý <N>" a by-when ("thanh tra ... trong quý III/2028")
    period_task_verb: re.Pattern[str]  # makes "trong <quarter or month>" a by-when ("kiểm tra ... trong tháng 12/2029")
    inspection_visit: re.Pattern[str]  # "kiểm tra ... tại các xã": an inspection held at places, no count between
    works_start_verb: re.Pattern[str]  # "khởi công ... trong tháng 8/2031": the works start, held in the month
    timeline_label: re.Pattern[str]  # "Thời gian thực hiện:" on the line: its months are the works' by-whens
    freq: dict[str, Freq]  # the table's word -> Recurrence.freq (pydantic checks the value)
    column: re.Pattern[str]  # a table header line "Thời gian hoàn thành"
    # the same after a line break: a literal first, so a search skips from one break to the next (column's "^"
    # is tried at every position of a region); what it finds, column may find, what it does not, column cannot
    column_after_break: re.Pattern[str]
    column_piped: re.Pattern[str]  # a markdown header row with a "Thời gian hoàn thành" cell
    column_tabbed: re.Pattern[str]  # a DOCX tab-separated header row with a "Thời gian hoàn thành" cell
    event_before: re.Pattern[str]
    event_label: re.Pattern[str]
    event_label_range: re.Pattern[str]  # "Thời gian học " before "từ ngày A đến ngày B" (no colon)
    event_occasion: re.Pattern[str]  # "vào buổi chào cờ ", "trong buổi chào cờ sáng thứ Hai ngày " before a date
    event_verb: re.Pattern[str]
    event_noun: re.Pattern[str]
    responsible: re.Pattern[str]
    event_report_verb: re.Pattern[str]
    incident_before: re.Pattern[str]  # "xảy ra lúc ": an incident's clock time follows
    incident_verb: re.Pattern[str]  # "xảy ra" after a clock time opening its sentence: the incident told at it
    event_month_verb: re.Pattern[str]  # a meeting held in a month: "tổng kết ... trong tháng 12/2026"
    event_range_verb: re.Pattern[str]
    forecast_after: re.Pattern[str]  # "có mưa to", "rét đậm" after a span opening its sentence: a bulletin's window
    window_verb: re.Pattern[str]  # "nộp", "gửi" before a span of days: a filing window, closing by its end
    window_receive_verb: re.Pattern[str]  # "nhận" before a span closing at an hour: the same window, seen by the office
    files_until: re.Pattern[str]  # "nhận hồ sơ", "nộp bài dự thi": files taken in up to a day, the filers' by-when
    target_level: re.Pattern[str]  # "đạt trên 95%": a level a clause sets to be reached
    monthly_context: re.Pattern[str]  # a month's duty: "định kỳ", "báo cáo tháng" on a "ngày 10 của tháng sau" line  # before a range of days only: "Sau 07 ngày triển khai (từ 26/7 đến 01/8)"
    task_verb_or_bracket: re.Pattern[str]  # where a heading's unit name ends
    channel: re.Pattern[str]
    move_verb: re.Pattern[str]  # "lùi", "chuyển": an occasion moved "từ <old> sang <new>"
    move_phrase: re.Pattern[str]  # "được hoãn lại", "dời lại": the document moves an occasion
    labelled_item: re.Pattern[str]  # "1. Vòng sơ khảo: giữ nguyên " before an item's time
    periodic_report: re.Pattern[str]  # "báo cáo định kỳ 6 tháng", "báo cáo năm": a report due every half-year or year


def _phrases(rows: list[list[str]], kind: str) -> str:
    return phrase_alternation(" ".join(fold_lower(r[1]).split()) for r in rows if r[0] == kind)


def _lead(cue_rows: list[list[str]], kind: str) -> str:
    r"""The lookahead of the first letters of a kind's phrases, put before the "(?<!\w)" that opens its
    pattern (textutil.first_letters: a search then skips to a word start that can open a phrase)."""
    return first_letters(" ".join(fold_lower(r[1]).split()) for r in cue_rows if r[0] == kind)


def _not_after_nouns(cue_rows: list[list[str]]) -> str:
    """Lookbehinds keeping a duty verb from matching as the last word of a noun ("chương trình" is no
    "trình"): one fixed-width lookbehind a noun's first words."""
    verbs = {" ".join(fold_lower(r[1]).split()) for r in cue_rows if r[0] == "deadline_verb"}
    heads: set[str] = set()
    for r in cue_rows:
        noun = " ".join(fold_lower(r[1]).split())
        if r[0] == "noun_not_verb":
            heads.update(noun[:-len(v)] for v in verbs if noun.endswith(" " + v))
    return "".join(rf"(?<!{re.escape(h)})" for h in sorted(heads))


def _periodic_report(cue_rows: list[list[str]]) -> re.Pattern[str]:
    """The name of a report made every half-year ("báo cáo định kỳ 6 tháng", with up to five words between: whom it
    goes to) or every year ("báo cáo hằng năm", "báo cáo năm" but not "báo cáo năm 2027"), or a half-year's bracketed
    day joined to the year's ("6 tháng (trước ngày 15/6) và hằng năm"), or a half-year told as a clause of its own
    after a long name ("Báo cáo tình hình quyết toán ... (theo mẫu số 01/QTDA ...) định kỳ 6 tháng, gửi về Sở Tài
    chính trước ngày 15/7"; round 86, h959): schedule_cues.tsv periodic_report_* rows."""
    report, periodic, half, every, year = (_phrases(cue_rows, f"periodic_report{k}")
                                           for k in ("", "_periodic", "_half", "_every", "_year"))
    return re.compile(rf"(?<!\w)(?:{report})(?:\s+(?:{periodic}))?(?:\s+[^\W\d_]+){{0,5}}?\s+(?:{half})(?!\w)"
                      rf"|(?<!\w)(?:{report})\s+(?:(?:{periodic})\s+)?(?:(?:{every})\s+)?(?:{year})(?!\s+\d)(?!\w)"
                      rf"|(?<!\w)(?:{half})\s*\([^()\n]{{0,30}}\)\s*(?:và|,)\s*(?:{every})\s+(?:{year})(?!\w)"
                      rf"|(?<!\w)(?:{periodic})\s+(?:{half})\s*,",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    cue_rows = rows("schedule_cues.tsv")
    freq = {fold_lower(r[1]): cast(Freq, r[2]) for r in cue_rows if r[0] == "recurrence"}
    units = _phrases(cue_rows, "recurrence")
    deadline = _phrases(cue_rows, "deadline")
    every = rf"(?:hằng|hàng)\s+(?P<unit>{units})"
    every_lead = first_letters(("hằng", "hàng"))
    i = re.IGNORECASE
    return _Cues(
        deadline=re.compile(rf"{_lead(cue_rows, 'deadline')}(?<!\w)(?:{deadline})\s*[:,]?\s*(?:là\s+)?$", i),
        recurrence_before=re.compile(rf"{every_lead}(?<!\w){every}\s*,?\s*(?:{deadline})\s*[:,]?\s*$", i),
        recurrence_after=re.compile(rf"^\s*,?\s*{every}(?!\w)", i),
        recurrence_any=re.compile(rf"{every_lead}(?<!\w){every}(?!\w)", i),
        recurrence_end=re.compile(rf"{every_lead}(?<!\w){every}\s*,?\s*$", i),  # (a comma: "hàng tuần, vào thứ Sáu")
        deadline_verb=re.compile(rf"{_lead(cue_rows, 'deadline_verb')}(?<!\w){_not_after_nouns(cue_rows)}(?:{_phrases(cue_rows, 'deadline_verb')})(?!\w)", i),
        period_verb=re.compile(rf"(?<!\w)(?:{_phrases(cue_rows, 'period_verb')})(?!\w)", i),
        period_verb_after=re.compile(rf"(?:{_phrases(cue_rows, 'period_verb_after')})(?!\w)", i),
        period_target=re.compile(rf"(?<!\w)(?:{_phrases(cue_rows, 'period_target')})(?!\w)[^;:\n]*?"
                                 rf"(?<!\w)(?:{_phrases(cue_rows, 'period_target_bound')})(?!\w)", i),
        period_minimum=re.compile(rf"(?<!\w)(?:{_phrases(cue_rows, 'period_minimum')})(?!\w)[^;:\n]*?"
                                  rf"(?<!\w)(?:{_phrases(cue_rows, 'period_minimum_bound')})\s+\d", i),
        quarter_verb=re.compile(rf"(?<!\w)(?:{_phrases(cue_rows, 'quarter_verb')})(?!\w)", i),
        period_task_verb=re.compile(rf"(?<!\w)(?:{_phrases(cue_rows, 'period_task_verb')})(?!\w)", i),
        inspection_visit=re.compile(rf"(?<!\w)(?:{_phrases(cue_rows, 'visit_verb')})(?!\w)[^\d;:]*?(?<!\w)"
                                    rf"(?:{_phrases(cue_rows, 'visit_place')})(?!\w)[^\d;:]*$", i),
        works_start_verb=re.compile(rf"(?<!\w)(?:{_phrases(cue_rows, 'works_start_verb')})(?!\w)", i),
        timeline_label=re.compile(rf"(?<!\w)(?:{_phrases(cue_rows, 'timeline_label')})\s*:", i),
        freq=freq,
        column=re.compile(rf"^\s*(?:{_phrases(cue_rows, 'deadline_column')})\s*$", i | re.MULTILINE),
        column_after_break=re.compile(rf"\n\s*(?:{_phrases(cue_rows, 'deadline_column')})\s*$", i | re.MULTILINE),
        column_piped=re.compile(rf"^[^\n]*\|\s*\**(?:{_phrases(cue_rows, 'deadline_column')})\**\s*\|", i | re.MULTILINE),
        column_tabbed=re.compile(rf"^[^\n\t]*\t[^\n]*?(?<![^\t])[ ]*(?:{_phrases(cue_rows, 'deadline_column')})[ ]*(?:\t|$)",
                                 i | re.MULTILINE),
        # a part of the month may stand between ("tổ chức vào đầu tháng 7/2026")
        event_before=re.compile(rf"{_lead(cue_rows, 'event_before')}(?<!\w)(?:{_phrases(cue_rows, 'event_before')})(?:\s+(?:{_phrases(cue_rows, 'month_part')}))?\s*$", i),
        # "Thời gian:", "Thời gian, địa điểm:", "Thời gian và địa điểm:"
        event_label=re.compile(rf"^\s*(?:[^\w\s]\s*)*(?:[0-9IVX]+[.)]\s*)*(?:{_phrases(cue_rows, 'event_label')})"
                               rf"(?:\s*(?:,|và)\s*(?:{_phrases(cue_rows, 'event_label_also')}))?\s*:\s*{_DURATION}"
                               rf"{_WEEKDAYS_BEFORE}$", i),
        # "Thời gian học từ ...", "Thời gian thu thập thông tin: từ ...", "..., thời gian thu thập từ ...": a label
        # naming what is done (not a duty: _is_event checks its words) before a run of days; searched
        event_label_range=re.compile(rf"(?:^\s*(?:[0-9IVX]+[.)]\s*)*|,\s*)(?P<label>(?:{_phrases(cue_rows, 'event_label')})"
                                     rf"(?:\s+[^\W\d_]+){{0,{_LABEL_WORDS}}})\s*:?\s*$", i),
        # "trong buổi chào cờ sáng thứ Hai ngày 23/11/2026" too: a day-part and a weekday may stand between
        # or an anniversary's name with its count and the date in brackets ("vào dịp kỷ niệm 52 năm Ngày giải
        # phóng tỉnh Quảng Ngãi (24/3/2027)")
        event_occasion=re.compile(rf"{first_letters(('vào', 'trong'))}(?<!\w)(?:vào|trong)\s+(?:{_phrases(cue_rows, 'event_occasion')})"
                                  rf"(?:(?:\s+[^\W\d_]+){{0,6}}\s*|(?:\s+\w+){{1,12}}\s*\(\s*)$", i),
        event_verb=re.compile(rf"{_lead(cue_rows, 'event_verb')}(?<!\w)(?:{_phrases(cue_rows, 'event_verb')})(?!\w)", i),
        event_noun=re.compile(rf"{_lead(cue_rows, 'event_noun')}(?<!\w)(?:{_phrases(cue_rows, 'event_noun')})\s+\S", i),
        responsible=re.compile(rf"{_lead(cue_rows, 'responsible_lead')}(?<!\w)(?:{_phrases(cue_rows, 'responsible_lead')})\s+(?P<who>[^,;:.]{{3,120}}?)"
                               rf"\s+(?=(?:{_phrases(cue_rows, 'task_verb')})(?!\w))", i),
        # case-sensitive: "Ban Chỉ đạo 389" is a name, "chỉ đạo" a verb
        event_report_verb=re.compile(rf"{_lead(cue_rows, 'event_report_verb')}(?<!\w)(?:{_phrases(cue_rows, 'event_report_verb')})(?!\w)", i),
        monthly_context=re.compile(rf"{_lead(cue_rows, 'monthly_context')}(?<!\w)(?:{_phrases(cue_rows, 'monthly_context')})(?!\w)", i),
        event_range_verb=re.compile(rf"{_lead(cue_rows, 'event_range_verb')}(?<!\w)(?:{_phrases(cue_rows, 'event_range_verb')})(?!\w)", i),
        forecast_after=re.compile(rf"{_lead(cue_rows, 'forecast_after')}(?<!\w)(?:{_phrases(cue_rows, 'forecast_after')})(?!\w)", i),
        window_verb=re.compile(rf"{_lead(cue_rows, 'window_verb')}(?<!\w)(?:{_phrases(cue_rows, 'window_verb')})(?!\w)", i),
        window_receive_verb=re.compile(
            rf"{_lead(cue_rows, 'window_receive_verb')}(?<!\w)(?:{_phrases(cue_rows, 'window_receive_verb')})(?!\w)", i),
        files_until=re.compile(rf"{_lead(cue_rows, 'files_until')}(?<!\w)(?:{_phrases(cue_rows, 'files_until')})(?!\w)", i),
        target_level=re.compile(rf"(?<!\w)đạt\s+(?:{_phrases(cue_rows, 'period_target_bound')})\s+\d[\d.,]*\s*%", i),
        incident_before=re.compile(rf"{_lead(cue_rows, 'incident_verb')}(?<!\w)(?:{_phrases(cue_rows, 'incident_verb')})\s+(?:vào\s+)?(?:lúc|hồi)?\s*$", i),
        incident_verb=re.compile(rf"{_lead(cue_rows, 'incident_verb')}(?<!\w)(?:{_phrases(cue_rows, 'incident_verb')})(?!\w)", i),
        event_month_verb=re.compile(rf"{_lead(cue_rows, 'event_month_verb')}(?<!\w)(?:{_phrases(cue_rows, 'event_month_verb')})(?!\w)", i),
        task_verb_or_bracket=re.compile(rf"\s(?:{_phrases(cue_rows, 'task_verb')})(?!\w)|[:(]"),
        move_verb=re.compile(rf"{_lead(cue_rows, 'move_verb')}(?<!\w)(?:{_phrases(cue_rows, 'move_verb')})(?!\w)", i),
        move_phrase=re.compile(rf"{_lead(cue_rows, 'move_phrase')}(?<!\w)(?:{_phrases(cue_rows, 'move_phrase')})(?!\w)", i),
        periodic_report=_periodic_report(cue_rows),
        # "1. Tuyên truyền: từ ngày ...", "3. Hội thi ...: dự kiến trong tháng 4/2027", "- Vòng sơ loại: trong các ngày ..."
        labelled_item=re.compile(r"^\s*(?:[-–+•*]\s*|(?:[0-9IVX]+[.)])+\s*)(?P<label>[^\W\d_][^:;\n]{2,100}):\s*"
                                 rf"(?:(?:{_phrases(cue_rows, 'item_time_filler')})\s+){{0,2}}"
                                 rf"(?:(?:buổi\s+)?{_DAYPARTS}\s+)?(?:(?:thứ\s+[^\W\d_]+|chủ\s+nhật)\s*(?:,|và)\s*)?$", i),
        channel=re.compile(rf"{_lead(cue_rows, 'channel_lead')}(?<!\w)(?:{_phrases(cue_rows, 'channel_lead')})\s+(?P<to>(?:bộ phận\s+)?"
                           r"(?:Văn phòng|Ban|Phòng|Sở|Bộ|Ủy ban|UBND|Thường trực|Cục|Vụ)\b[^,;.()]{0,80}?)"
                           r"(?=\s+(?:trước|truớc|trưóc|chậm nhất|muộn nhất|trễ nhất|hằng|hàng|để|qua|theo|trong)\b|[,;.()]|$)", i),
    )


_LABEL_WORDS = 4  # words after "Thời gian" naming what is done in a run of days ("thu thập thông tin")


# how long an occasion lasts, between its label and its days ("Thời gian: 02 ngày, từ ... đến ...")
# (a scan's look-alike letter in the count, "0l ngày": eighty-second heldout round, h911)
_DURATION = r"(?:\(?\s*(?:\d{1,2}|\d[lIO]|[lIO]\d)\s+(?:ngày|buổi|tuần)\s*\)?\s*[,;]?\s*)?"
# the first days of a span named by their weekdays ("Thời gian: 02 ngày, thứ Sáu và thứ Bảy (18 - 19/6/2027)")
_WEEKDAYS_BEFORE = r"(?:(?:thứ\s+(?:[2-7]|[^\W\d_]+)|chủ\s+nhật)\s*(?:,|và|-|–)\s*)*"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CLAUSE_END = re.compile(r"[.;!?](?=\s|$)|\n")
_NUMBER_START = re.compile(r"\d(?<![\d/.,]\d)")  # where a docnumber.NUMBER_RE match can begin
_CLAUSE_START = re.compile(r"\n|[.;!?](?=\s)")
_SENTENCE_MARKS = ".;!?"  # _CLAUSE_START's marks before a space
_MAX_CLAUSE_SIDE = 1000  # characters a clause reaches on each side of its time (longest seen: 841)
# The issuing line "Rạch Giá, ngày 26 tháng 7 năm 2023" (a place, a comma, the date, nothing else).
_ISSUE_LINE = re.compile(r"^[^\n,;:.]{2,50},\s*$")
_ISSUE_PLACE_REACH = 64  # the place and comma before the date fit in 50 characters plus spaces
_AFTER_NUMBER_GAP = re.compile(r"^[\s,]*(?:ban\s+hành\s*)?(?:vào\s+)?$", re.IGNORECASE)
_BARE_YEAR_LINE = re.compile(r"^[ \t]*((?:19|20)[0-9]{2})[ \t]*$", re.MULTILINE)
# a list's marks, also a message's emoji used as one ("📅 CN 14/3: ...", "👉 ...")
_EMOJI = "\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u203c\u2049"
_ITEM_MARK = re.compile(rf"^\s*(?:[-–+•*]\s*|(?:[0-9IVX]+[.)])+\s*|[a-zđ]\)\s*|[{_EMOJI}]+\s*)+", re.IGNORECASE)
_DAYPARTS = r"(?:rạng\s+sáng|sáng|chiều|tối|trưa|đêm)"
_WEEKDAY_WORD = r"(?:thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ[ \t]+nhật)"
_DAYPART_BEFORE = re.compile(rf"(?<!\w){_DAYPARTS}\s*$", re.IGNORECASE)
# an item's label, then its time after a colon; a run of days may open with "từ" the time grammar leaves out
# ("Hội thi ẩm thực ...: từ 25 - 27/4/2027", twenty-first heldout round)
_COLON_BEFORE = re.compile(r":\s*(?:từ\s+)?$", re.IGNORECASE)
_COLON_AFTER = re.compile(r"\s*\)?\s*:")
_DAYPART_ONLY = re.compile(rf"\s*(?:{_DAYPARTS}\s*)?", re.IGNORECASE)
# a schedule line holding two days of the same sitting ("- Ngày 04/3/2029 và ngày 05/3/2029: tại Hội trường ..."):
# the first day's colon stands after the second, and the second's lead is the first day (thirty-ninth heldout round)
_JOINED_DAY = r"(?:ngày\s*)?\d{1,2}/\d{1,2}(?:/\d{4})?"
_JOINED_DAY_COLON = re.compile(rf"\s*(?:,|và)\s*{_JOINED_DAY}\s*\)?\s*:", re.IGNORECASE)
_JOINED_DAY_LEAD = re.compile(rf"\s*{_JOINED_DAY}\s*(?:,|và)\s*(?:ngày\s*)?", re.IGNORECASE)
_LONG_QUOTE = re.compile(r"[“\"][^”\"]{150,}[”\"]")
_LONG_QUOTE_MIN = 152  # the shortest _LONG_QUOTE match: two quote marks around 150 characters
_NUMERIC_MONTH = re.compile(r"tháng\s+[0-9]", re.IGNORECASE)
_BEFORE_WORDS = 90  # how far back the cue and subject words are read


def _regions(ctx: Context) -> list[tuple[int, int]]:
    if not any(ctx.zones.values()):
        return [(0, len(ctx.text))]
    return sorted(r for z in _SEARCH_ZONES for r in ctx.zone(z))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a time: from the last line or sentence break before it to the next one after.

    Both searches are bounded by _MAX_CLAUSE_SIDE characters, so a long paragraph without a full
    stop (a hard-wrapped list of dates joined into one line) costs each date a fixed window, not the
    whole paragraph; a clause cut by the bound ends at a word boundary.
    """
    lo = max(0, start - _MAX_CLAUSE_SIDE)
    a = _last_break_end(text, lo, start)
    if a == lo and lo > 0 and not _CLAUSE_START.match(text, lo - 1):
        space = text.find(" ", lo, start)
        a = space + 1 if space >= 0 else lo
    hi = min(len(text), end + _MAX_CLAUSE_SIDE)
    close = _CLAUSE_END.search(text, end, hi)
    if close and close.end() == hi < len(text) and close.group() != "\n" and not text[hi].isspace():
        close = None  # "$" matched at the window's edge, not at the end of the text
    if close:
        b = close.start() if close.group() == "\n" else close.end()
    elif hi < len(text):
        space = text.rfind(" ", end, hi)
        b = space if space >= 0 else hi
    else:
        b = hi
    return a, b


def _last_break_end(text: str, lo: int, hi: int) -> int:
    """The end of the last _CLAUSE_START match in text[lo:hi] (lo when there is none), found from the
    right: the forward scan met every break of a long clause to keep the last one."""
    newline = text.rfind("\n", lo, hi)
    last = newline
    for mark in _SENTENCE_MARKS:  # followed by a space inside the window
        i = text.rfind(mark, max(lo, last + 1), max(0, hi - 1))  # (a negative end counts from the end)
        while i >= 0 and not text[i + 1].isspace():
            i = text.rfind(mark, max(lo, last + 1), i)
        last = max(last, i)
    return lo if last < 0 else last + 1


def _after_number(text: str, t: TimeExpr) -> bool:
    window_start = max(0, t.start - 80)
    last, pos = None, window_start
    # NUMBER_RE.finditer, tried only where a number can start (its pattern opens with a lookbehind)
    for d in _NUMBER_START.finditer(text, window_start, t.start):
        m = NUMBER_RE.match(text, d.start(), t.start) if d.start() >= pos else None
        if m:
            last, pos = m, m.end()
    return last is not None and bool(_AFTER_NUMBER_GAP.match(text[last.end():t.start]))


def _is_issue_line(text: str, t: TimeExpr) -> bool:
    """"Rạch Giá, ngày 26 tháng 7 năm 2023" on a line of its own (windows bounded: the place is short)."""
    lo = max(0, t.start - _ISSUE_PLACE_REACH)
    newline = text.rfind("\n", lo, t.start)
    if newline < 0 and lo > 0:
        return False
    hi = min(len(text), t.end + _ISSUE_PLACE_REACH)
    line_end = text.find("\n", t.end, hi)
    line_end = hi if line_end < 0 else line_end
    return bool(_ISSUE_LINE.match(text[newline + 1:t.start])) and not text[t.end:line_end].strip(" .")


def _in_long_quote(text: str, a: int, b: int, pos: int) -> bool:
    if b - a < _LONG_QUOTE_MIN:
        return False  # a clause shorter than the shortest long quote holds none
    return any(m.start() < pos < m.end() for m in _LONG_QUOTE.finditer(text, a, b))


def _tidy(s: str) -> str | None:
    s = _ITEM_MARK.sub("", " ".join(s.split()))
    s = re.sub(r"^(?:và|,|;)\s+", "", s).strip(" ,;:-–")
    return s or None


def _responsible(ctx: Context, clause: str, pos: int) -> str | None:
    m = _cues().responsible.search(clause)
    if m:
        return _tidy(m.group("who"))
    for h in reversed(ctx.heading_at(pos)):
        title = _unit_title(h.title)
        if title and re.search(r"(?<!\w)(?:Ban|Sở|Bộ|Ủy ban|UBND|Đoàn|đoàn|Huyện|Thành|Công an|Phòng|Văn phòng|"
                               r"Chi đoàn|Hội|Cơ quan|cơ sở|đơn vị|Trung tâm|Cục)(?!\w)", title):
            return title
    return None


_HEADING_LEAD = re.compile(r"^(?:Giao|Đề nghị|Đối với)\s+", re.IGNORECASE)
_MAX_RESPONSIBLE = 150  # a heading longer than this, up to its first verb, is a task, not a unit's name


def _unit_title(title: str) -> str | None:
    """'Đề nghị Sở Nội vụ chủ trì, tổng hợp ...' -> 'Sở Nội vụ'; None when no short name heads it."""
    title = _HEADING_LEAD.sub("", title)
    verb = _cues().task_verb_or_bracket.search(title)
    name = _tidy(title[:verb.start()] if verb else title)
    return name if name and len(name) <= _MAX_RESPONSIBLE else None


def _channel(clause: str) -> str | None:
    m = _EMAIL.search(clause) if "@" in clause else None  # (each word is read up to its end before failing)
    if m:
        return m.group().rstrip(".")
    m = _cues().channel.search(clause)
    return _tidy(m.group("to")) if m else None


# days joined to a day, before the recurrence they all share ("15/6 và 15/12 hằng năm")
# (the cue may be told again: "trước ngày 15/7 và trước ngày 15/01 năm sau"; round 86, h959)
_JOINED_DAYS = re.compile(r"(?:\s*(?:,|và)\s*(?:trước\s+)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?![/.-]?\d))+", re.IGNORECASE)


def _every_then_on_day(left: str) -> re.Match[str] | None:
    """ "hằng tuần vào (sáng) " right before the time: the recurrence told before its day ("báo cáo ... hằng tuần vào
    thứ Sáu")."""
    on_the_day = _ON_THE_DAY.search(left)
    return _cues().recurrence_end.search(left, 0, on_the_day.start()) if on_the_day else None


def _recurrence_match(t: TimeExpr, clause_left: str, left: str, right: str) -> re.Match[str] | None:
    """"hằng tháng trước ngày 25", "ngày 15 tháng 12 hàng năm"; or, for a date without its year,
    the nearest "hằng năm" earlier in the clause ("định kỳ hằng năm gửi báo cáo ... trước ngày 15/12")."""
    cues = _cues()
    m = cues.recurrence_before.search(left) or cues.recurrence_after.match(right) or _every_then_on_day(left)
    if m is None and (days := _JOINED_DAYS.match(right)):
        m = cues.recurrence_after.match(right[days.end():])  # "trước ngày 15/6 và 15/12 hằng năm": each day's
    if m or not (t.inferred or t.kind == "time"):
        return m
    found = list(cues.recurrence_any.finditer(clause_left))
    return found[-1] if found else None


def _past(ctx: Context, due: str | None) -> bool:
    """A by-when or occasion wholly before the document was issued is a rule's or history's date."""
    if due is None or ctx.issued_date is None:
        return False  # a post's stamp counts relative dates, but it may come long after what it copies
    day = due[:10]
    last = day + "-12-31"[len(day) - 4:] if len(day) < 10 else day  # "2025" -> 2025-12-31, "2025-11" -> 2025-11-31
    return last < ctx.issued_date.isoformat()


def _bare_cue(m: re.Match[str]) -> str:
    return fold_lower(m.group()).split()[0]


def _last_cue_word(m: re.Match[str]) -> str:
    return fold_lower(m.group()).split()[-1]


def _cue_word(m: re.Match[str]) -> str:
    """ "trong"/"vào" of a cue: its first word, or its last for a period ("cao điểm trong quý I": a
    completion verb earlier in the clause still makes the period a by-when)."""
    return "trong" if _last_cue_word(m) == "trong" else _bare_cue(m)


def _recurrence(freq: Freq, t: TimeExpr) -> Recurrence:
    day = month = None
    time = None
    v = t.value or ""
    if t.kind in ("date", "datetime") and len(v) >= 10 and freq != "weekly":
        day = int(v[8:10])
        month = int(v[5:7]) if freq == "yearly" else None
    elif _relative(t) and t.kind != "week":
        day = _day_number(t)
    elif t.kind == "month" and freq == "yearly" and len(v) >= 7:
        month = int(v[5:7])
    if "T" in v:
        time = v.split("T")[1]
    elif t.kind == "time":
        time = v
    # 1 Monday .. 7 Sunday: a weekly duty's day, or the day of a month's week ("thứ Sáu tuần cuối cùng của mỗi tháng")
    weekday = t.weekday + 1 if (freq == "weekly" or t.kind == "week") and t.weekday is not None else None
    if t.kind == "week":
        month = t.quarter_month  # "tuần cuối cùng của tháng thứ 3 trong quý": the quarter's third month
    return Recurrence(freq=freq, day=day if freq in ("monthly", "yearly", "quarterly") else None,
                      time=time, month=month, weekday=weekday, week=t.week)


def _relative(t: TimeExpr) -> bool:
    """'ngày 15 của tháng cuối quý', 'tuần đầu tiên của tháng cuối quý': a day or a week of a month
    the text names only relatively."""
    return t.kind == "week" or any(code == "relative_day" for code, _ in t.warnings)


def _day_number(t: TimeExpr) -> int | None:
    m = _DAY_NUMBER.search(t.text)
    return int(m.group()) if m else None


def _last_day(value: str) -> str:
    """'2026-03' -> '2026-03-31', '2025' -> '2025-12-31'; a full date stays."""
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        return f"{value}-{monthrange(year, month)[1]:02d}"
    return value


def _period_name(start: str, end: str) -> str:
    """'2026-01'..'2026-03' -> '2026-Q1'; other spans -> 'start/end'."""
    if len(start) == len(end) == 7 and start[:4] == end[:4]:
        first, last = int(start[5:7]), int(end[5:7])
        if first % 3 == 1 and last == first + 2:
            return f"{start[:4]}-Q{last // 3}"
    return start if start == end else f"{start}/{end}"


def _due(t: TimeExpr) -> tuple[str | None, str | None]:
    """By when, and the period when the time is a month, a year or a span of them (docs/RECORD.md 1.1)."""
    if t.kind in ("time", "weekday") or t.value is None:
        return None, None
    if t.kind in ("month", "year"):
        return _last_day(t.value), t.value
    if t.kind == "period":
        end = t.end_value or t.value
        if len(end) >= 10:
            return end, None  # "từ ngày 01/12 đến ngày 10/12/2025": due the last day
        return _last_day(end), _period_name(t.value, end)
    return t.value, None


def _into_next_year(ctx: Context, t: TimeExpr, due: str | None) -> str | None:
    """ "trước ngày 15/01" in a letter of 22/12/2025: a by-when without its year that the document's
    year puts before the document's own date falls in the next year (a deadline never lies behind)."""
    if due is None or not t.inferred or ctx.reference_date is None or t.kind not in ("date", "datetime"):
        return due
    if len(due) < 10 or due[:10] >= ctx.reference_date.isoformat():
        return due
    later = f"{int(due[:4]) + 1:04d}{due[4:]}"
    try:
        date.fromisoformat(later[:10])
    except ValueError:
        return due  # 29/02 of a leap year has no next-year twin
    ctx.warn("inferred_next_year", f"deadline {t.text!r} read as {later}: before the document's date otherwise",
             (t.start, t.end))
    return later


def _deadline(ctx: Context, t: TimeExpr, cue_start: int, clause: tuple[int, int],
              recurrence: Recurrence | None, earlier: list[tuple[Deadline, int]],
              row: TaskRow | None = None) -> Deadline | None:
    text = ctx.text
    due, period = (None, None) if recurrence else _due(t)
    if due is None and recurrence is None:
        return None
    due = _into_next_year(ctx, t, due)
    a, b = clause
    ctext = text[a:b]
    if row is not None:  # a task table's row: its task and lead unit columns
        action, responsible = row.task, row.lead
    else:
        action, responsible = _action(ctx, a, cue_start, earlier), _responsible(ctx, ctext, t.start)
    return Deadline(span=(a, b), due=due, period=period, recurrence=recurrence, action=action,
                    responsible=responsible, channel=_channel(ctext), text=" ".join(ctext.split()),
                    inferred=t.inferred)


_LABEL_ONLY = re.compile(r"^(?:thời\s+(?:gian|hạn)|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành|xong))*$", re.IGNORECASE)
_EMAIL_TAIL = re.compile(r"\(?\s*(?:qua\s+)?(?:e-?mail|hộp\s+thư(?:\s+điện\s+tử)?|địa\s+chỉ(?:\s+email)?)?\s*:?\s*"
                         r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)?", re.IGNORECASE)


def _without_email(s: str) -> str:
    """s with its e-mail tail blanked: every part of _EMAIL_TAIL before the address is optional, so it
    is tried at every position; without an "@" there is nothing to blank."""
    return _EMAIL_TAIL.sub(" ", s) if "@" in s else s


_BARE_VERB_TAIL = re.compile(r"[,\s]+(?:hoàn\s+thành|xong)(?:\s+xong)?\s*$", re.IGNORECASE)
_EVERY_TAIL = re.compile(r"\s*(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+\w+\s*$", re.IGNORECASE)
_MAX_ACTION = 200
_SHORT_ACTION = 120


def _action(ctx: Context, a: int, cue_start: int, earlier: list[tuple[Deadline, int]]) -> str | None:
    """What must be done: the clause before the deadline cue, without e-mail, list marks or labels."""
    text = ctx.text
    # a second deadline in one clause ("hằng ngày trước 17h00, hàng tháng trước ngày 25 và báo cáo năm
    # trước ...") starts after the previous one; an empty remainder shares the previous action
    prev, prev_end = next(((d, e) for d, e in reversed(earlier) if d.span and d.span[0] == a), (None, a))
    start = prev_end if prev is not None and prev_end <= cue_start else a
    raw = _without_email(text[start:cue_start])
    raw = _EVERY_TAIL.sub("", _BARE_VERB_TAIL.sub("", raw))
    action = _tidy(raw)
    if action and prev is not None and start != a and len(action.split()) < 2:
        action = None
    if not action or _LABEL_ONLY.match(action):
        if prev is not None and start != a:
            return prev.action
        # "Thời gian hoàn thành trước ngày ...": the task is the sentence before
        line_start = text.rfind("\n", 0, a) + 1
        before = text[line_start:a] if line_start < a else text[text.rfind("\n", 0, max(0, a - 1)) + 1:a]
        action = _tidy(_without_email(before))
        if not action:
            return None
    if len(action) > _SHORT_ACTION:
        pieces = [p for p in re.split(r";\s", action) if p.strip()]
        action = _tidy(pieces[-1]) or action
    if len(action) > _SHORT_ACTION:
        # "..., cao điểm trong Tháng Thanh niên và báo cáo nhanh kết quả ... về Ban Tổ chức": the last
        # joined sending verb starts the part that is due
        joined = [m for m in re.finditer(r"\svà\s+", action)
                  if _cues().deadline_verb.match(action, m.end())]
        if joined:
            action = _tidy(action[joined[-1].end():]) or action
    if len(action) > _MAX_ACTION:
        action = action[:_MAX_ACTION].rsplit(" ", 1)[0] + " …"
    return action


@dataclass(frozen=True)
class _Column:
    """A "Thời gian hoàn thành" column: from its header to the end of its region."""

    start: int  # end of the header
    end: int
    header: int  # start of the header cell's line (a whole row for a markdown table)
    piped: bool  # a markdown table: one row per line
    tabbed: bool = False  # a DOCX table copied as text: one row per line, its cells between tabs


def _column_ranges(text: str, regions: list[tuple[int, int]]) -> list[_Column]:
    out = []
    cues = _cues()
    for a, b in regions:
        found = [_Column(m.end(), b, text.rfind("\n", 0, m.start() + 1) + 1, False)
                 for m in cues.column.finditer(text, a, b)] if _may_hold_column(text, a, b) else []
        piped = cues.column_piped.finditer(text, a, b) if text.find("|", a, b) >= 0 else ()  # a markdown table
        for m in piped:
            line_end = text.find("\n", m.end())
            found.append(_Column(b if line_end < 0 else line_end, b, m.start(), True))  # "^": a line start
        tabbed = cues.column_tabbed.finditer(text, a, b) if text.find("\t", a, b) >= 0 else ()
        for m in tabbed:
            line_end = text.find("\n", m.start())
            found.append(_Column(b if line_end < 0 else line_end, b, m.start(), False, True))
        found.sort(key=lambda c: c.start)
        # each table's column runs to the next table's header
        out += [_Column(c.start, nxt.header, c.header, c.piped, c.tabbed)
                for c, nxt in zip(found, found[1:], strict=False)]
        out += found[-1:]
    return out


def _may_hold_column(text: str, a: int, b: int) -> bool:
    """Whether cues.column can match in text[a:b]: a match opens at a line start, the text's start or a
    position after a line break, where column_after_break matches from that break on (searched from a - 1: a
    region may open right after its break). False only when column finds nothing there."""
    cues = _cues()
    if a == 0 and cues.column.match(text, 0, b):
        return True
    return cues.column_after_break.search(text, max(0, a - 1), b) is not None


def _column_at(columns: list[_Column], pos: int) -> _Column | None:
    return next((c for c in columns if c.start <= pos < c.end), None)


def _tab_cell(text: str, t: TimeExpr, header: int) -> bool:
    """The time fills its tab-separated cell ("\tQuý III/2030" at a row's end), in the column whose header cell
    is the row's by-when ("Thời gian hoàn thành"): a date in another column of the row is no by-when."""
    row_start = text.rfind("\n", 0, t.start) + 1
    row_end = text.find("\n", t.end)
    row = text[row_start:len(text) if row_end < 0 else row_end]
    head_end = text.find("\n", header)
    cells = text[header:len(text) if head_end < 0 else head_end].split("\t")
    index = text.count("\t", row_start, t.start)
    if "\t" not in row or len(row.split("\t")) != len(cells):
        return False
    left = text[text.rfind("\t", row_start, t.start) + 1:t.start]
    right_tab = text.find("\t", t.end, row_start + len(row))
    right = text[t.end:row_start + len(row) if right_tab < 0 else right_tab]
    in_column = _cues().column.match(cells[index].strip()) is not None
    return in_column and not right.strip(" .") and _by_when_cell_lead(left)


def _piped_cell(text: str, t: TimeExpr) -> bool:
    """The time fills its markdown cell ("| Quý I/2025 |", "| Trước ngày 30/11/2025 |"), or it and the word of its
    recurrence do ("| Ngày 20 hằng tháng |", round 52's h576: a duty's day each month, as in a cell line)."""
    left = text[text.rfind("|", max(0, t.start - 40), t.start) + 1:t.start]
    bar = text.find("|", t.end, t.end + 40)
    rest = text[t.end:bar] if bar >= 0 else ""
    return "|" in text[max(0, t.start - 40):t.start] and bar >= 0 \
        and (not rest.strip(" .") or bool(_cues().recurrence_after.match(rest))) \
        and _by_when_cell_lead(left)


# a by-when cell's day told as the day the task may run up to ("| Đến hết ngày 31/01/2034 |"; round 75's h830)
_UNTIL_CELL_LEAD = re.compile(r"\s*(?:đến|tới)(?:\s+hết)?\s*", re.IGNORECASE)


def _by_when_cell_lead(left: str) -> bool:
    """What may stand before the time in a by-when column's cell: nothing, a deadline cue ("Trước ngày ...",
    "Chậm nhất ngày ...") or "Đến (hết) ngày ...", the last day the row's task may run up to (rounds 75-79's
    leftovers)."""
    return not left.strip() or bool(_cues().deadline.search(left)) or _UNTIL_CELL_LEAD.fullmatch(left) is not None


_CELL_REACH = 40  # a table cell is short
# a lunar date the solar date after it restates: "mùng 10 tháng 3 âm lịch (", "ngày mùng 8 tháng Giêng (tức "
_LUNAR = r"(?<!\w)(?:ngày\s+)?(?:(?:mùng|mồng)\s+)?\d{1,2}\s+tháng\s+(?:[^\W\d_]+|\d{1,2})(?:\s+âm\s+lịch)?"
_LUNAR_LEAD = re.compile(rf"\s*{_LUNAR}\s*\(\s*(?:(?:tức|nhằm)(?:\s+là)?\s+)?", re.IGNORECASE)
_SOLAR_ALIAS = re.compile(r"\(\s*(?:tức|nhằm)(?:\s+là)?\s+$", re.IGNORECASE)
# a bracket's opening before a lunar date it restates a solar one in, "tức" or not ("(tức ngày 14 tháng Giêng",
# "(ngày 18 tháng Chạp"): _lunar_alias reads the lunar mark up to its close
_LUNAR_ALIAS_OPEN = re.compile(r"\(\s*(?:(?:tức|nhằm)(?:\s+là)?\s+)?(?:ngày\s+)?$", re.IGNORECASE)
_LUNAR_BEFORE = re.compile(rf"{_LUNAR}\s*$", re.IGNORECASE)
_ALIAS_REACH = 80  # a bracket restating a date is short
_LUNAR_REACH = 48
_MAX_TABLE_ROWS = 200  # how far up a markdown table's header row is looked for


def _time_column_cell(text: str, t: TimeExpr) -> bool:
    """A date alone in its markdown cell under a "Thời gian" header ("| 3 | Chung kết | Ngày 26/3/2026 |"):
    when that row's activity happens; also a month or a run of months with its year, whatever the row does ("| 4 |
    Tổng kết, đánh giá kết quả thực hiện | ... | Tháng 12/2028 |", "| Lớp học bơi | Tháng 6 - tháng 7/2027 |": a
    plan's timeline tells when each activity happens; rounds 35-46's leftovers), a run of days or hours ("| 07h30 - 11h00, thứ Ba 09/3/2027 |",
    "| Ngày 16 và 17/3/2027 |", "| Từ 05/4 đến 20/4/2027 |"), a day after its part of the day ("| Sáng thứ Năm,
    11/3/2027 |") and the solar date of a lunar one ("| Mùng 10 tháng 3 âm lịch (thứ Năm, ngày 15/4/2027) |")."""
    months = _months(t)
    if t.kind not in ("date", "datetime") and not _day_span(t) and not months:
        return False
    cell_start = text.rfind("|", max(0, t.start - _CELL_REACH), t.start)
    bar = text.find("|", t.end, t.end + _CELL_REACH)
    if cell_start < 0 or bar < 0 or text[t.end:bar].strip(" .)"):
        return False
    before = text[cell_start + 1:t.start].strip()
    if before and not _DAYPART_CELL.fullmatch(before) and not _LUNAR_LEAD.fullmatch(text, cell_start + 1, t.start):
        return False
    line_start = text.rfind("\n", 0, t.start) + 1
    column = text[line_start:cell_start].count("|") + 1  # split("|") puts the row's lead before the first bar
    header = line_start
    for _ in range(_MAX_TABLE_ROWS):  # up to the first row of the table
        above = text.rfind("\n", 0, max(0, header - 1)) + 1
        if header == 0 or not text[above:header].lstrip().startswith("|"):
            break
        header = above
    cells = text[header:text.find("\n", header) if "\n" in text[header:] else len(text)].split("|")
    # a schedule of occasions' time column under a longer header ("| Thời gian xuống giống |"), as in a tab table
    # (activity.occasion_table; issue 10, generalisation audit 58)
    return column < len(cells) and (bool(_cues().event_label.match(cells[column].strip(" *") + ":"))
                                    or occasion_table(cells, column))


_DAYPART_CELL = re.compile(rf"(?:buổi\s+)?{_DAYPARTS}", re.IGNORECASE)
_FLAT_CELL_MAX = 100  # a table's cell flattened onto its own line is short; the sentence above the table is not
_FLAT_DATE_CELL = re.compile(r"[ \t]*(?:[-–+•*][ \t]*)?(?:ngày[ \t]*)?$", re.IGNORECASE)


# the day cell's lead: its part of the day, its weekday ("Thứ Năm, 09/01/2030"), "ngày"
_TAB_DATE_LEAD = re.compile(rf"[ \t]*(?:(?:buổi[ \t]+)?{_DAYPARTS}[ \t,]*)?(?:{_WEEKDAY_WORD}[ \t,]*)?(?:ngày[ \t]*)?$",
                            re.IGNORECASE)


def _occasion_tab_cell(text: str, t: TimeExpr) -> bool:
    """A day alone in its cell of a tab table (a DOCX table pasted as text), maybe after its part of the day,
    in the time column of a schedule of occasions ("STT<TAB>Đơn vị được kiểm tra<TAB>Thời gian kiểm tra<TAB>Ghi
    chú" over "5<TAB>Sở Tư pháp<TAB>Sáng 06/5/2029<TAB>"; activity.occasion_table): when that row's occasion is
    held, though its time header is no "Thời gian" label _time_column_cell reads ("Thời gian kiểm tra"). Not a
    month: _month_tab_cell reads a month under a "Thời gian" label."""
    if t.kind not in ("date", "datetime") and not _day_span(t):
        return False
    a, b = _line_of(text, t.start)
    cell_start = text.rfind("\t", a, t.start) + 1
    cell_end = text.find("\t", t.end, b)
    if cell_start == 0 or (cell_end < 0 and "\t" not in text[a:t.start]):
        return False
    if text[t.end:b if cell_end < 0 else cell_end].strip(" .") or not _TAB_DATE_LEAD.fullmatch(text, cell_start, t.start):
        return False
    column = text.count("\t", a, cell_start)
    header = _tab_header_cells(text, a)
    return header is not None and occasion_table(header, column)


def _month_tab_cell(text: str, t: TimeExpr) -> bool:
    """A month printed with its year alone in its cell of a tab table (a DOCX or web table pasted as text) under a
    "Thời gian" header ("2<TAB>Tham gia Hội chợ Quốc tế Việt Nam<TAB>Tháng 4/2029<TAB>06 doanh nghiệp", "5<TAB>Kiểm
    tra, nghiệm thu diện tích trồng mới<TAB>Tổ nghiệm thu xã<TAB>Tháng 9/2029"): the month the row's activity
    happens in, a meeting's or a task's (rounds 35-46's leftovers), as _time_column_cell reads a markdown table's.
    Under a "Thời gian hoàn thành" header it is a by-when (no event_label); "Trong tháng 3/2029" is one too. The month
    may open the row, in the table's first column ("Tháng 3/2037<TAB>Hội nghị Ban Chấp hành thường kỳ quý I<TAB>...",
    a chương trình công tác; round 86, h961)."""
    if not _months(t) or not _in_tab_time_column(text, t):
        return False
    a, b = _line_of(text, t.start)
    return not _row_names_its_day(text, t, a, b)


def _tab_quarter_cell(text: str, t: TimeExpr) -> bool:
    """A quarter alone in its cell of a tab table under a "Thời gian" header ("Quý IV/2037<TAB>Kiểm tra việc thực hiện
    ... tại 06 chi bộ<TAB>Ủy ban Kiểm tra Đảng ủy"): the row's work is due by the quarter's end, as _flat_quarter_cell
    reads one of a table flattened one cell a line (round 86, h961)."""
    return (t.kind == "period" and not t.inferred and _QUARTER_WORD.search(t.text) is not None
            and _in_tab_time_column(text, t))


def _in_tab_time_column(text: str, t: TimeExpr) -> bool:
    """t alone in its cell of a tab table, maybe the row's first, under a header cell that is a "Thời gian" label."""
    a, b = _line_of(text, t.start)
    cell_start = text.rfind("\t", a, t.start) + 1 or a
    cell_end = text.find("\t", t.end, b)
    if (cell_start == a and cell_end < 0) or text[cell_start:t.start].strip() \
            or text[t.end:b if cell_end < 0 else cell_end].strip(" ."):
        return False
    column = text.count("\t", a, cell_start)
    cells = _tab_header_cells(text, a)
    return cells is not None and column < len(cells) and bool(_cues().event_label.match(cells[column].strip(" *") + ":"))


def _row_names_its_day(text: str, t: TimeExpr, a: int, b: int) -> bool:
    """The row (text[a:b]) of the month t names a day of that month elsewhere ("Tháng 01/2037<TAB>Hội nghị triển
    khai ...<TAB>...<TAB>Tổ chức ngày 15/01/2037"): the day is the row's occasion, the month only its period. A day
    a by-when names ("Tài liệu trình trước ngày 20/3/2037") is no occasion: the month stays the row's."""
    month = (t.value or "")[:7]
    return any(o.kind in ("date", "datetime") and (o.value or "").startswith(month)
               and not _deadline_cue(text, o, a, text[max(a, o.start - _BEFORE_WORDS):o.start])
               for o in find_times(text, a, b) if o.start != t.start)


def _tab_header_cells(text: str, row_start: int) -> list[str] | None:
    """The cells of the first row of the tab table holding the row at row_start, walking up over the lines with a
    tab; None when that row is itself the first (it has no header above it)."""
    header = row_start
    for _ in range(_MAX_TABLE_ROWS):  # up to the first row of the table
        if header == 0:
            break
        above, _end = _line_of(text, header - 1)
        if "\t" not in text[above:header - 1]:
            break
        header = above
    return None if header == row_start else text[header:_line_of(text, header)[1]].split("\t")


def _flat_time_cell(text: str, t: TimeExpr) -> bool:
    """A date alone on its line in a table flattened one cell a line, whose header cells (short lines up to
    the sentence or blank line above the table) hold a "Thời gian" cell: when that row's activity happens
    ("STT / Địa điểm / Thời gian / Số lượng học viên", then "1 / Hội trường UBND xã ... / Ngày 01/12/2026"),
    also a month printed whole ("Tháng 10/2026", a plan's row) and a run of days ("Từ 08/3 đến 20/3/2027",
    "22/3 - 15/4/2027")."""
    if t.kind not in ("date", "datetime") and not (t.kind == "month" and not t.inferred) and not _day_span(t):
        return False
    return _fills_flat_cell(text, t) and _under_flat_time_label(text, t)


def _flat_quarter_cell(text: str, t: TimeExpr) -> bool:
    """A quarter alone on its line in a table flattened one cell a line under a "Thời gian" cell ("TT / Đối tượng
    thanh tra / ... / Thời gian tiến hành / Đơn vị chủ trì", then "1 / Sở Xây dựng / ... / Quý I/2034 / ..."): the
    row's work is due by the quarter's end, as "trong quý I/2034" is (docs/RECORD.md; round 80, h891, h873)."""
    return (t.kind == "period" and not t.inferred and _QUARTER_WORD.search(t.text) is not None
            and _fills_flat_cell(text, t) and _under_flat_time_label(text, t))


def _fills_flat_cell(text: str, t: TimeExpr) -> bool:
    a, b = _line_of(text, t.start)
    return bool(_FLAT_DATE_CELL.fullmatch(text, a, t.start)) and not text[t.end:b].strip(" .;")


def _under_flat_time_label(text: str, t: TimeExpr) -> bool:
    """The short lines above t's line (a flattened table's cells, up to the sentence or blank line above the table)
    hold a "Thời gian" header cell."""
    a, _ = _line_of(text, t.start)
    label = _cues().event_label
    for _ in range(_MAX_TABLE_ROWS):
        if a == 0:
            return False
        a, b = _line_of(text, a - 1)
        line = text[a:b].strip()
        if not line or len(line) > _FLAT_CELL_MAX or line.endswith(":"):
            return False
        if label.match(line + ":"):
            return True
    return False


def _is_cell(left: str, right: str) -> bool:
    """The time (with a cue or 'hằng năm') fills its table cell lines."""
    left_line = left.rsplit("\n", 1)[-1]
    right_line = right.split("\n", 1)[0]
    left_ok = not left_line.strip() or bool(_cues().deadline.search(left_line))
    right_ok = not right_line.strip(" .") or bool(_cues().recurrence_after.match(right_line))
    return left_ok and right_ok


# Document types whose own activities lie before their date: báo cáo, thông báo (kết luận of a
# meeting), kết luận, biên bản, công điện (the situation it answers: "Từ ngày 24 đến ngày 27/10, ... xảy ra
# mưa lớn").
_TELLS_WHAT_HAPPENED = frozenset({"BC", "TB", "KL", "BB", "CĐ"})


# A weekly schedule: a day heading alone on its line ("Thứ Hai (23/3):", "- Thứ Tư, ngày 25/3/2026:") and
# its timed lines ("- 07h30: Đồng chí Bí thư dự ...", "- 14h00 - 16h00: ..."); each line is an event that day.
_DAY_HEADING = re.compile(r"[ \t]*(?:[-–+•*][ \t]*)?(?:thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy)|chủ[ \t]+nhật)[ \t]*[,(]?"
                          r"[ \t]*(?:ngày[ \t]*)?[0-9/]+[ \t]*\)?[ \t]*:[ \t]*$", re.IGNORECASE)
# The same schedule as a table flattened one cell a line: a day cell alone ("Thứ Hai 07/12", no colon), then
# the time cell alone ("07g30", "08g00 - 11g00") before the content's cells; the time cell and the day cell may
# be read as one time across the line break ("Thứ Hai 07/12\n07g30").
# (the weekday and the date may stand on two lines of one cell: "Thứ Hai" over "16/02"; seventy-seventh round, h857)
_DAY_CELL = re.compile(r"[ \t]*(?:thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy)|chủ[ \t]+nhật)[ \t]*\n?[ \t]*[,(]?[ \t]*(?:ngày[ \t]*)?"
                       r"[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{4})?[ \t]*\)?[ \t]*$", re.IGNORECASE)
# (a span of hours may be told in words: "Từ 08 giờ 00 đến 11 giờ 30"; rounds 80-84's leftovers, h933)
_CLOCK_CELL = re.compile(r"[ \t]*(?:từ[ \t]+)?\d{1,2}[ \t]*(?:g|h|giờ|:)[ \t]*\d{0,2}"
                         r"(?:[ \t]*(?:[-–]|đến)[ \t]*\d{1,2}[ \t]*(?:g|h|giờ|:)[ \t]*\d{0,2})?[ \t]*$", re.IGNORECASE)
_TIMED_LINE_HEAD = re.compile(r"[ \t]*(?:[-–+•*][ \t]*)?$")
_TIMED_LINE_TAIL = re.compile(r"[ \t]*(?:[-–][ \t]*\d{1,2}[ \t]*(?:h|giờ|:)[ \t]*\d{0,2}[ \t]*)?:")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_CLOCK = re.compile(r"\d{2}:\d{2}")  # a clock range's value ("08h00 - 11h00" is 08:00 to 11:00)


@dataclass
class _Day:
    """A schedule's day heading: its date, where its line ends, and its own event until a timed line
    under it gives the day's first time (then that event takes the heading's place)."""

    date: str
    end: int
    placeholder: Event | None
    cells: bool = False  # a flattened table's day cell: its time cells stand alone on their lines


@dataclass
class _Run:
    """One document's extraction: what is found so far and what every time is read against."""

    ctx: Context
    columns: list[_Column]
    events: list[Event]
    deadlines: list[Deadline]
    seen_events: set[tuple[str, str | None]]
    found: list[tuple[Deadline, int]]  # deadlines so far, with the end of their time expression
    last_event_end: int = -1  # end of the time of the last event found ("... ngày 08/12 và ngày 09/12")
    day: _Day | None = None  # the schedule's day heading the lines below belong to ("Thứ Hai (23/3):")
    tab_days: list[tuple[str, int]] = field(default_factory=list)  # a tab-copied schedule's day cells: date, cell end
    cell_days: list[_Day] = field(default_factory=list)  # a flattened schedule's day cells, in order
    moved: list[Event] = field(default_factory=list)  # events read only as a move's new time ("... sang ngày 15/01")
    joined_days: list[tuple[int, int]] = field(default_factory=list)  # the days _joined_yearly read after a first
    moves_occasion: bool | None = None  # the document moves an occasion (move_phrase; looked for once, when needed)
    pending: list[Pending] = field(default_factory=list)  # times no cue made anything of: the activity default's
    # the parts of the day each (date, end) of seen_events was named with (None: none), so that a second sitting of
    # the same day is an event of its own ("| 03/12/2027 | Sáng | Toán ... |", "| 03/12/2027 | Chiều | Tin học |")
    sittings: dict[tuple[str, str | None], set[str | None]] = field(default_factory=dict)


_DAY_NUMBER = re.compile(r"\d{1,2}")
# "đúng ngày mồng 3 hằng tháng", "vào sáng thứ Hai hằng tuần"
_ON_THE_DAY = re.compile(rf"(?<!\w)(?:đúng|vào)(?:\s+{_DAYPARTS})?\s*$", re.IGNORECASE)
# "3. Định kỳ ngày 25 hằng tháng, đối chiếu số liệu ...": "Định kỳ" opening its clause is the recurring day's own
# lead, no "vào" needed (after a verb, "sinh hoạt định kỳ ngày 05 hằng tháng", it qualifies that verb)
_PERIODIC_OPENING = re.compile(r"[\s\"“(\-–+•*]*(?:\d{1,2}[.)]\s*|[a-zđ]\)\s*)?định\s+kỳ\s*", re.IGNORECASE)
# a second clock time joined to a deadline's ("trước 9h00 và 15h00 hằng ngày"): its cue and recurrence carry
# the clock times joined after one, before the recurrence they all share ("trước 06 giờ 00, 11 giờ 00 và 16 giờ 00
# hằng ngày": the first reads its "hằng ngày" past them all); a joined time may repeat the cue ("trước 07 giờ 00 và
# trước 15 giờ 00 hằng ngày", thirty-sixth heldout round)
_JOINED_TIME = re.compile(r"^(?:\s*(?:và|,)\s*(?:trước\s+)?\d{1,2}\s*(?:giờ|h|g|:)\s*(?:\d{2})?(?:\s*phút)?)+",
                          re.IGNORECASE)
_JOINED_GAP_TIME = re.compile(r"^\s*(?:và|,)\s*$", re.IGNORECASE)
_IN_THE_WEEK = re.compile(rf"(?<!\w)(?:trong|vào|đúng)(?:\s+{_DAYPARTS})?\s*$", re.IGNORECASE)  # "trong tuần cuối của tháng"
_QUARTER_WORD = re.compile(r"(?<!\w)quý(?!\w)", re.IGNORECASE)
_NEXT_MONTH = re.compile(r"(?<!\w)tháng\s+(?:sau|kế\s+tiếp|tiếp\s+theo|liền\s+sau)(?!\w)", re.IGNORECASE)
_DUTY_REACH = 160  # how far after a time opening its sentence the duty's word may stand
_MIN_DAMAGED_CUE_WORDS = 2  # a deadline cue this long is still told when OCR changed its marks
_LEADING_SPACE = re.compile(r"[ \t]*")
_VERB_REACH = 60  # how far before a bare "trong/vào" a deadline verb makes it a by-when
_PERIOD_KINDS = ("period", "month", "year")
# an occasion's period told with its tentative day in brackets after it ("Tổ chức Hội nghị tập huấn ... trong Quý II/2031
# (dự kiến ngày 12/6/2031)"; rounds 53-58's leftovers, h641): the day is when it is held, the period no by-when
# (its label may be written out, "(thời gian dự kiến: ngày 12/6/2031)", "(dự kiến: 12/6/2031)"; generalisation audit 64)
_TENTATIVE_DAY_AFTER = re.compile(r"\s*\(\s*(?:thời\s+gian\s+)?dự\s+kiến\s*:?\s+(?:tổ\s+chức\s+)?(?:vào\s+)?(?:ngày\s+)?"
                                  r"\d{1,2}[/.-]\d{1,2}", re.IGNORECASE)


class _BareLetters(dict[int, str]):
    """A str.translate table: each character without its marks (itself when it is a mark alone),
    filled as characters are first met."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        bare = self[code] = strip_diacritics(c) or c
        return bare


_BARE_LETTERS = _BareLetters()


def _bare_lower(s: str) -> str:
    """Each letter without its marks, lower case, one for one (offsets agree with s)."""
    return s.translate(_BARE_LETTERS).lower()


@lru_cache(maxsize=1)
def _damaged_deadline() -> re.Pattern[str]:
    """A deadline cue of two words or more whose marks a text copied from OCR lost or changed ('chậm
    nhât', 'han chot'), matched on the bare letters; one word ('trước') is too short to tell."""
    bare = {_bare_lower(" ".join(r[1].split())) for r in rows("schedule_cues.tsv")
            if r[0] == "deadline" and len(r[1].split()) >= _MIN_DAMAGED_CUE_WORDS}
    words = "|".join(r"\s+".join(re.escape(w) for w in c.split()) for c in sorted(bare, key=len, reverse=True))
    return re.compile(rf"{first_letters(bare)}(?<!\w)(?:{words})\s*[:,]?\s*(?:la\s+)?$")


@lru_cache(maxsize=1)
def _damaged_event_before() -> re.Pattern[str]:
    """An event cue of two words or more whose marks OCR changed ('bắt đầu tử 08 giờ 00 phút, ngày ...'),
    matched on the bare letters, as _damaged_deadline does for a deadline's."""
    bare = {_bare_lower(" ".join(r[1].split())) for r in rows("schedule_cues.tsv")
            if r[0] == "event_before" and len(r[1].split()) >= _MIN_DAMAGED_CUE_WORDS}
    # an I read for an l as well ('vào\nIúc 7 giờ 30'): i and l are one letter to the bare match
    words = "|".join(r"\s+".join(re.escape(w.replace("i", "l")) for w in c.split())
                     for c in sorted(bare, key=len, reverse=True))
    return re.compile(rf"{first_letters(c.replace('i', 'l') for c in bare)}(?<!\w)(?:{words})\s*$")


# a list item's mark before the clause's opening words ("a) Phấn đấu đến ngày 31/12/2027 tỷ lệ ... đạt ít nhất 98,5%",
# "2. Đến hết ngày ..."; thirty-seventh heldout round): the clause still opens there
_OPENING_ITEM_MARK = r"(?:(?:\d{1,2}|[a-zđ]|[ivx]{1,4})[.)][ \t]+)?"


@lru_cache(maxsize=1)
def _by_opening_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """'Đến hết' opening a clause before its time, a duty's word after the time, and a target's 'Phấn đấu đến'
    opening its clause (schedule_cues.tsv)."""
    cue_rows = rows("schedule_cues.tsv")
    opening = re.compile(rf"^[\s\"“(\-–+•*]*{_OPENING_ITEM_MARK}(?:{_phrases(cue_rows, 'by_opening')})\s*$", re.IGNORECASE)
    duty = re.compile(rf"(?<!\w)(?:{_phrases(cue_rows, 'duty_after')})(?!\w)", re.IGNORECASE)
    # after a comma too: the target's own clause within a duty's sentence ('đẩy nhanh giải ngân, phấn đấu đến hết
    # ngày 31/01/2028 giải ngân 100% kế hoạch vốn'; thirty-fourth heldout round)
    target = re.compile(rf"(?:^|,)[\s\"“(\-–+•*]*{_OPENING_ITEM_MARK}(?:{_phrases(cue_rows, 'target_by_opening')})\s*$",
                        re.IGNORECASE)
    return opening, duty, target


def _by_opening(text: str, t: TimeExpr, left: str) -> re.Match[str] | None:
    """'Đến hết ngày 31/12/2026, 100% hộ dân ven kênh phải ký cam kết': a time opening its sentence after
    'đến hết' is a by-when when a duty's word ('phải', 'hoàn thành') follows in the sentence ('Đến hết ngày
    30/9, toàn huyện đã giải ngân ...' is a report's span). After 'Phấn đấu đến' a day is a target's by-when
    whatever follows ('Phấn đấu đến ngày 31/01/2028 giải ngân đạt 100% kế hoạch vốn'), and so is a month or a
    quarter ('Phấn đấu đến hết tháng 12/2029 thi hành xong thêm ít nhất 120 việc', round 50's h556: due by its last
    day, as a task "trong tháng 12/2029" is); a year there is the horizon of a plan's figures ('Phấn đấu đến hết năm
    2027 kéo giảm ít nhất 10% số vụ ...', 'Phấn đấu đến năm 2030, ...'), no date of a duty."""
    opening, duty, target = _by_opening_rx()
    if _day_or_short_period(text, t) and (m := target.search(left)) is not None:
        return m
    m = opening.search(left)
    if m is None:
        return None
    if _day_or_short_period(text, t) and _after_target_by(text, t.start - len(left)):
        return m
    # the duty's word in the opening's own clause, before any "đã": 'Đến hết tháng 11/2029, toàn ngành đã khám ...;
    # tiếp tục hoàn thành ... trong tháng 12/2029' states a result up to the month, and its next clause's task is
    # due by another time (rounds 35-46's leftovers, h516)
    stop = _CLAUSE_STOP.search(text, t.end, t.end + _DUTY_REACH)
    end = stop.start() if stop else min(len(text), t.end + _DUTY_REACH)
    found = duty.search(text, t.end, end)
    return m if found is not None and _DONE.search(text, t.end, found.start()) is None else None


@lru_cache(maxsize=1)
def _target_by_day() -> re.Pattern[str]:
    """A target's by-when opening ('phấn đấu đến (hết) ngày 30/9', schedule_cues.tsv target_by_opening) with its day."""
    return re.compile(rf"(?<!\w)(?:{_phrases(rows('schedule_cues.tsv'), 'target_by_opening')})\s+(?:hết\s+)?(?:(?:ngày|tháng)\s+)?\d",
                      re.IGNORECASE)


def _after_target_by(text: str, a: int) -> bool:
    """The clause opening at a follows a ";" after a clause of its line that set a target by a day ("phấn đấu đến ngày
    30/9/2032 giải ngân đạt ít nhất 65% kế hoạch vốn; đến ngày 31/01/2033 giải ngân 100% kế hoạch vốn"): its "đến"
    day is the target's next by-when, as the first was (rounds 65-69's leftovers, h770). A report's "; đến ngày ..."
    after no target stays a span it counts to."""
    before = text[:a].rstrip()
    if not before.endswith(";"):
        return False
    line = text.rfind("\n", 0, len(before)) + 1
    return _target_by_day().search(text, line, len(before)) is not None


def _day_or_short_period(text: str, t: TimeExpr) -> bool:
    """A day, a month or a quarter: what a target may be due by (a year is its horizon)."""
    return t.kind in ("date", "datetime", "month") or (_whole_period(text, t) and t.kind != "year")


# 'đến hết' right before a day that closes its clause ("... trong đợt cao điểm đến hết ngày 15/02/2030.")
# "đến hết" / "tới hết" right before a day: the last day something runs to
_UNTIL_END = re.compile(r"(?<!\w)(?:đến|tới)\s+hết\s*$", re.IGNORECASE)
# ... or "đến" alone ("đến ngày 31/01/2030"): a day a target or a filing runs up to
_UNTIL_DAY = re.compile(r"(?<!\w)(?:đến|tới)(?:\s+hết)?\s*$", re.IGNORECASE)
_CLOSES_CLAUSE = re.compile(r"\s*(?:[.;]|\n|$)")
_TARGET_WORD = re.compile(r"(?<!\w)phấn\s+đấu(?!\w)", re.IGNORECASE)


def _target_closing(text: str, t: TimeExpr, a: int, left: str) -> re.Match[str] | None:
    """A day after 'đến hết' or 'đến' closing a target's clause ("phấn đấu kiểm tra thêm ít nhất 120 vụ trong đợt cao
    điểm đến hết ngày 15/02/2030.", "Phấn đấu giải ngân đạt 100% kế hoạch vốn năm 2029 (1.264,3 tỷ đồng) đến hết ngày
    31/01/2030.", "phấn đấu giải ngân đạt trên 95% kế hoạch vốn năm 2029 đến ngày 31/01/2030."): the day the target
    is to be met by, as 'Phấn đấu đến hết ngày ...' opening it was (forty-seventh heldout round; rounds 53-58's
    leftovers, h366, h615). A level set to be reached names the target without its word ("chỉ đạo giải ngân đạt trên
    95% kế hoạch vốn được giao đến hết ngày 31 tháng 01 năm 2031", h585; a report's level reached by a day is past,
    and dropped). Without either the day may end a span of what goes on ('duy trì ... đến hết ngày')."""
    if t.kind not in ("date", "datetime") or t.end_value is not None:
        return None
    cue = _UNTIL_DAY.search(left)
    if cue is None or _CLOSES_CLAUSE.match(text, t.end) is None:
        return None
    target = _TARGET_WORD.search(text, a, t.start) or _cues().target_level.search(text, a, t.start)
    return cue if target else None


def _files_until(text: str, t: TimeExpr, a: int, left: str) -> re.Match[str] | None:
    """Files taken in up to a day ("Cuộc thi ...: nhận hồ sơ dự thi đến hết ngày 30/5/2031", "Các đơn vị nộp hồ sơ đề
    nghị khen thưởng đến ngày 15/11/2030"): the filers' by-when, as a filing window's close is (rounds 53-58's
    leftovers, h636). What else is taken up to a day ("người hưởng nhận tại bưu cục ... đến ngày 20/01/2029": money
    paid out over days) and an occasion named between ("nộp hồ sơ, dự hội nghị ... đến ngày") are no files."""
    if t.kind not in ("date", "datetime") or t.end_value is not None:
        return None
    cue = _UNTIL_DAY.search(left)
    if cue is None:
        return None
    files = list(_cues().files_until.finditer(text, a, t.start))
    return cue if files and not _cues().event_noun.search(text, files[-1].end(), t.start) else None


_CLAUSE_STOP = re.compile(r"[.;\n]")


def _duty_verb_after(text: str, t: TimeExpr) -> bool:
    """A duty's verb after the time, in its clause ("Định kỳ vào thứ Năm hằng tuần, BHXH các huyện cập nhật ...")."""
    stop = _CLAUSE_STOP.search(text, t.end, t.end + _DUTY_REACH)
    return _cues().deadline_verb.search(text, t.end, stop.start() if stop else min(len(text), t.end + _DUTY_REACH)) \
        is not None


# "Thời hạn nộp hồ sơ khai thuế tháng 11/2027 (vẫn) là ngày 20/12/2027": the by-when named after what it is for
# (not a validity's end: "thời hạn sử dụng của thẻ là ngày ...")
_DEADLINE_IS = re.compile(r"(?<!\w)(?:thời\s+hạn|hạn\s+chót|hạn\s+cuối|hạn\s+nộp)\s(?!(?:[^.;:\n]*?\s)?(?:sử\s+dụng|hiệu\s+lực|"
                          r"bảo\s+hành|giá\s+trị|lưu\s+trữ)(?!\w))[^.;:\n]{0,80}?\s(?:vẫn|sẽ|cũng)?\s*là\s*$", re.IGNORECASE)


def _deadline_is(text: str, left: str) -> re.Match[str] | None:
    return _DEADLINE_IS.search(left)


# a term named before its close: "thời hạn kiểm soát, thanh toán ... kéo dài", a label "Thời gian chỉnh lý quyết
# toán:" (the colon ends the label: what follows it is the term's value), or the same name right before its close
# without the colon ("; thời gian chỉnh lý quyết toán đến hết ngày 31/01/2030", "thời gian thanh toán kéo dài đến hết
# ngày ..."; round 51's h565: no comma in the name, so the term is the clause's own)
_TERM_NAMED = re.compile(r"(?<!\w)(?:thời\s+hạn(?!\w)|thời\s+gian(?!\w)[^.;:!?]{0,60}:|thời\s+gian(?!\w)[^.;:!?,]{1,60}$)",
                         re.IGNORECASE)
_TERM_REACH = 160  # how far before "đến hết" the term's name may stand, across a PDF's broken line


def _term_closes(text: str, t: TimeExpr) -> re.Match[str] | None:
    """A term closing at the day after "đến hết", the term named before it in the sentence ("thời hạn kiểm soát,
    thanh toán kéo dài đến hết ngày 31/01/2029", "Thời gian chỉnh lý quyết toán: đến hết ngày 31/01/2029", "Thời
    hạn chi ngân sách: các khoản chi ... được thực hiện đến hết ngày 31/12/2028"): what the term is for is due by
    that day (rounds 35-46's leftovers, h377, h400, h450). A spell of weather lasting to a day ("mưa lớn kéo dài đến
    hết ngày 25/10") names no term and stays a forecast."""
    if t.kind not in ("date", "datetime"):
        return None
    until = _UNTIL_END.search(text, max(0, t.start - _BEFORE_WORDS), t.start)
    if until is None:
        return None
    back = max(0, until.start() - _TERM_REACH)
    sentence = max(text.rfind(mark, back, until.start()) for mark in _SENTENCE_MARKS)
    return _TERM_NAMED.search(text, max(back, sentence + 1), until.start())


# a day joined by "và" to a day due before it ("gửi báo cáo về Sở trước ngày 15/6/2030 và ngày 15/12/2030"): the
# second is due as the first (fifty-third heldout round, h584)
# (a short bracket may name the first day's round: "chậm nhất ngày 18/10/2030 (đợt 1) và ngày 22/3/2031 (đợt 2)")
_AND_ANOTHER_DAY = re.compile(r"(?P<day>(?:ngày[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?:[ \t]*\([^()\n]{1,20}\))?"
                              r"[ \t]+và[ \t]+(?:ngày[ \t]+)?$", re.IGNORECASE)


def _joined_due(left: str) -> re.Match[str] | None:
    """The deadline cue of the day "và" joins this one to, when that day is due ("trước ngày 15/6/2030 và ngày ...")."""
    joined = _AND_ANOTHER_DAY.search(left)
    return _cues().deadline.search(left, 0, joined.start("day")) if joined else None


_TASK_UNTIL_REACH = 100  # the task's words between its verb and "đến hết"


@lru_cache(maxsize=1)
def _task_until_rx() -> re.Pattern[str]:
    """A clause opening with a task's verb (schedule_cues.tsv task_until_verb) and ending in "đến hết (ngày)"."""
    verbs = _phrases(rows("schedule_cues.tsv"), "task_until_verb")
    return re.compile(rf"[\s\-–+•*]*{_OPENING_ITEM_MARK}(?:{verbs})[ \t]+[^;:\n]{{1,{_TASK_UNTIL_REACH}}}?[ \t]+"
                      rf"{_TO_WORDS_RX}[ \t]+hết[ \t]+(?:ngày[ \t]+)?", re.IGNORECASE)


_TO_WORDS_RX = r"(?:đến|tới)"


def _task_until(text: str, t: TimeExpr, a: int) -> re.Match[str] | None:
    """A day a task opening its clause goes on up to, no start named ("Thực hiện chỉnh lý quyết toán ngân sách năm 2032
    đến hết ngày 31/01/2033", "...; thực hiện giải ngân đến hết ngày 31/01/2034 theo quy định"; seventieth round, h774,
    h776): the day it must be done by, as "kéo dài đến hết ngày 31/01" is in the gold of h450 and h565. A span ("từ ...
    đến hết ...") and a report of what was done ("đã thực hiện ...") are not."""
    if t.kind not in ("date", "datetime") or _FROM.search(text[a:t.start]) or _DONE.search(text, a, t.start):
        return None
    return _task_until_rx().fullmatch(text, a, t.start)


def _deadline_cue(text: str, t: TimeExpr, a: int, left: str) -> re.Match[str] | None:
    """The deadline cue before a time: "trước", "chậm nhất", or a bare "trong/vào" after a
    deadline verb ("báo cáo Thủ tướng trong ngày 20/11", "Hoàn thành số hóa ... trong năm 2025")."""
    cues = _cues()
    cue = cues.deadline.search(left) or _damaged_deadline().search(_bare_lower(left)) or _by_opening(text, t, left) \
        or _target_closing(text, t, a, left)
    if cue:
        return cue
    if t.kind == "week":  # a relative week is a duty's week only after a verb of a duty, never an event
        in_week = _IN_THE_WEEK.search(left)
        return in_week if in_week and cues.deadline_verb.search(text, a, t.start) else None
    # ("Định kỳ" read only when the clause's start is in reach, so that it opens the clause)
    on_the_day = _ON_THE_DAY.search(left) or (_PERIODIC_OPENING.fullmatch(left) if t.start - len(left) == a else None)
    after = past_joined_weekdays(text, t.end) if t.kind == "weekday" else t.end  # "thứ Hai và thứ Năm hằng tuần"
    if on_the_day and (cues.recurrence_after.match(text[after:after + _BEFORE_WORDS]) or _relative(t)
                       or cues.recurrence_end.search(left, 0, on_the_day.start())) \
            and (cues.deadline_verb.search(text, a, t.start) or _duty_verb_after(text, t)):
        # a recurring day of a duty: "nộp đúng ngày mồng 3 hằng tháng", "gửi vào ngày 15 của tháng cuối quý",
        # "Định kỳ vào thứ Năm hằng tuần, BHXH các huyện cập nhật tiến độ ..."; without a duty's verb it is
        # when a meeting is held ("sinh hoạt ... vào ngày 05 hằng tháng"); the recurrence may come first ("báo cáo nhanh số liệu
        # ... hằng tuần vào thứ Sáu"; sixty-fifth heldout round, h716; h711)
        return on_the_day
    cue = _deadline_is(text, left) or _filing_window(text, t, a) or _term_closes(text, t) or _joined_due(left) \
        or _files_until(text, t, a, left) or _task_until(text, t, a)
    if cue:
        return cue
    event_cue = cues.event_before.search(left)
    if not event_cue:
        return None
    word = _cue_word(event_cue) if t.kind in _PERIOD_KINDS else _bare_cue(event_cue)
    if word not in ("trong", "vào") or t.kind not in ("date", "datetime", *_PERIOD_KINDS):
        return None
    if _last_cue_word(event_cue) == "lúc":
        return None  # "chạy thử hệ thống vào lúc 15h00 ngày 24/02/2027": the moment it happens
    if t.kind in _PERIOD_KINDS and word == "trong":
        # a completion verb anywhere earlier in the clause, or right after the period ("trong quý II/2027 hoàn
        # thành thảm bê tông nhựa"): the period is when the task is due
        cue_at = t.start - len(left) + event_cue.start()
        if _TENTATIVE_DAY_AFTER.match(text, t.end) and cues.event_noun.search(text, a, cue_at):
            return None  # "Tổ chức Hội nghị tập huấn ... trong Quý II/2031 (dự kiến ngày 12/6/2031)": held that day
        space = _LEADING_SPACE.match(text, t.end)
        after = space.end() if space else t.end
        verb_after = t.kind != "year" and (cues.deadline_verb.match(text, after) is not None
                                           or cues.period_verb_after.match(text, after) is not None)
        return event_cue if cues.deadline_verb.search(text, a, cue_at) or verb_after \
            or (t.kind != "year" and cues.period_verb.search(text, a, cue_at)) or _period_task(text, t, a, cue_at) \
            or (_whole_period(text, t) and (cues.period_target.search(text, a, cue_at)
                                            or cues.period_minimum.search(text, a, cue_at))) \
            or (t.kind != "year" and _task_row_period(text, t, cue_at)) else None
    if t.kind == "year":
        return None
    verb = cues.deadline_verb.search(left, max(0, event_cue.start() - _VERB_REACH), event_cue.start())
    return event_cue if verb and not _works_start_after(left, t, verb.end(), event_cue.start()) else None


def _works_start_after(left: str, t: TimeExpr, verb_end: int, cue_at: int) -> bool:
    """A start of works told with its month after the deadline verb ("đã hoàn thành lắp đặt 68% thiết bị, dự kiến vận
    hành thử vào tháng 9/2034"): the month the works start or are run in, an occasion, not the earlier verb's by-when
    (schedule_cues.tsv works_start_verb; round 75's h829)."""
    return t.kind == "month" and _cues().works_start_verb.search(left, verb_end, cue_at) is not None


def _whole_period(text: str, t: TimeExpr) -> bool:
    """A year, a month or a quarter, not a run of months ("trong 6 tháng cuối năm 2025": a plan's span, within
    which a target is set, no by-when of it)."""
    return t.kind in ("year", "month") or _QUARTER_WORD.match(text, t.start) is not None


def _task_row_period(text: str, t: TimeExpr, cue_at: int) -> bool:
    """'Trong tháng 3/2029', 'Trong quý II/2028' opening a table's time cell, on a row naming a task, no meeting
    ("3<TAB>Cung ứng 180.000 cây giống<TAB>Công chức Nông nghiệp<TAB>Trong tháng 3/2029"): the task is done within
    the period, due by its end, as after a verb of a duty; a meeting's row is held in it ('Hội nghị sơ kết<TAB>Trong
    tháng 7/2028')."""
    line_from = text.rfind("\n", 0, cue_at) + 1
    line_to = text.find("\n", cue_at)
    line_to = len(text) if line_to < 0 else line_to
    bar = max(text.rfind("\t", line_from, cue_at), text.rfind("|", line_from, cue_at))
    if bar < 0 or text[bar + 1:cue_at].strip() or not any(map(str.isalpha, text[line_from:bar])):
        return False  # no cell before it that names the task (a line indented with a tab is a sentence)
    cell_end = min((i for i in (text.find("\t", t.end, line_to), text.find("|", t.end, line_to)) if i >= 0),
                   default=line_to)
    return not text[t.end:cell_end].strip(" .") and not names_meeting(text[line_from:line_to])


# a clause telling what was done ("Đoàn đã kiểm tra 07 cơ sở trong quý I/2030"): its quarter is a report's span
_DONE = re.compile(r"(?<!\w)đã(?!\w)", re.IGNORECASE)


def _period_task(text: str, t: TimeExpr, a: int, cue_at: int) -> bool:
    """A task's verb before "trong quý <N>" in its clause ("thanh tra tại ít nhất 60 doanh nghiệp ... trong quý
    III/2028", "tổ chức kiểm tra lại trong quý III/2030"): a quarter is too long for an occasion's day, so what a
    plan or a reply says will be done in it is due by its end (schedule_cues.tsv quarter_verb). A task of
    period_task_verb ("khởi công", "kiểm tra", "giải quyết", "kết nạp") is due by the end of its month too ("Kiểm
    tra, rà soát 100% cơ sở ... trong tháng 12/2029"), unless the clause names a meeting held in the month ("tổng
    kết", "hội nghị": an event). Read after a label's colon ("Thời gian thực hiện: khởi công trong Quý I/2028": the
    label's verb is no task's); a report of what was done in it ("đã kiểm tra") is no duty. An inspection at places,
    no count to reach between ("kiểm tra việc thực hiện ... tại các cơ quan, đơn vị trong tháng 5/2033";
    schedule_cues.tsv visit_verb, visit_place; sixty-fifth heldout round), is held in its month, an event."""
    quarter = _QUARTER_WORD.search(t.text) is not None
    if not quarter and t.kind != "month":
        return False
    colon = text.rfind(":", a, cue_at)
    start = a if colon < 0 else colon + 1
    if _DONE.search(text, a, cue_at) is not None:
        return False
    cues = _cues()
    if quarter and cues.quarter_verb.search(text, start, cue_at) is not None:
        return True
    if not quarter and cues.inspection_visit.search(text, start, cue_at) is not None:
        return False  # "kiểm tra công tác lấy nước tại các xã trong tháng 01/2033": an inspection held in the month
    if not quarter and cues.works_start_verb.search(text, start, cue_at) is not None:
        return _on_timeline(text, cue_at)
    return cues.period_task_verb.search(text, start, cue_at) is not None and (
        quarter or (cues.event_month_verb.search(text, a, cue_at) is None
                    and cues.event_noun.search(text, a, cue_at) is None))


def _on_timeline(text: str, cue_at: int) -> bool:
    """A line of a project's timeline, after its label ("7. Thời gian thực hiện: năm 2030; khởi công trong tháng
    6/2030, hoàn thành trước ngày 15/8/2030"): each step's month is when it is due. Told on its own ("Khởi công các
    hạng mục ... trong tháng 3/2030", "Dự án ... dự kiến khởi công trong tháng 8/2031"), the start of the works is an
    occasion held in that month (schedule_cues.tsv works_start_verb, timeline_label; rounds 56, 59, 61)."""
    line_from = text.rfind("\n", 0, cue_at) + 1
    return _cues().timeline_label.search(text, line_from, cue_at) is not None


_REGISTERED_AT = re.compile(r"(?<!\w)tại(?!\w)", re.IGNORECASE)  # the place the filers register at
# a clause of its own between a filing verb and a span: a comma, a capitalised subject and its tense word ("việc thu,
# nộp, quản lý đảng phí năm 2030, Đoàn giám sát đã tiến hành giám sát từ ngày 14/10 đến ngày 25/10/2031": the span is
# the supervision's, the filing word names its topic; sixty-sixth heldout round, h739)
_OWN_SUBJECT_CLAUSE = re.compile(r",[ \t]+[A-ZĐÀ-Ỹ][^,;:.\n]*?(?<!\w)(?:đã|đang|sẽ)(?!\w)")


def _filing_window(text: str, t: TimeExpr, a: int) -> re.Match[str] | None:
    """A span of days after a filing verb in its clause, no occasion named between ("Học sinh nộp phiếu đăng ký dự
    tuyển tại trường THCS từ ngày 02/5 đến 17 giờ 00 ngày 12/5/2028", "Các đơn vị nộp hồ sơ về Phòng Đào tạo ... từ
    ngày 05/8/2028 đến hết ngày 30/8/2028"): the window closes by its end, a by-when (an office receiving the files,
    "tiếp nhận hồ sơ từ ...", holds an activity instead). A window of whole days where the filers register at a
    place ("tại ..."), no body sent to named ("Công dân nộp hồ sơ tại Công an xã ... từ ngày 02/10/2028 đến hết ngày
    31/10/2028", "Thí sinh nộp phiếu ... tại trường THCS ... từ ngày 10/5 đến ngày 20/5/2027"), is the registration
    period, held over those days: an event (forty-second heldout round; h368's gold)."""
    verbs = _window_verbs(text, t, a)
    if verbs is None:
        return None
    if _registers_at_a_place(text, t, verbs):
        return None  # "nộp hồ sơ sơ tuyển tại Công an xã ... từ ngày 02/10 đến hết ngày 31/10/2028": registration
    if not verbs and _closes_at_an_hour(t):
        # "Thời gian nhận phiếu: từ ngày 05/3/2029 đến 17 giờ 00 ngày 03/4/2029": an office's receiving that
        # closes at an hour is the applicants' by-when; a phase's "tiếp nhận hồ sơ" over days stays an activity
        verbs = list(_cues().window_receive_verb.finditer(text, a, t.start))
    if not verbs:
        verbs = _files_taken_in(text, t, a)
    if not verbs and _NEXT_ROUND.fullmatch(text, a, t.start):
        verbs = _earlier_round_filing(text, a)
    if verbs and _OWN_SUBJECT_CLAUSE.search(text, verbs[-1].end(), t.start):
        return None  # "... việc thu, nộp, quản lý đảng phí ..., Đoàn giám sát đã tiến hành giám sát từ ngày ...": its own
    if not verbs or _cues().event_noun.search(text, verbs[-1].end(), t.start):
        return None
    return verbs[-1]


def _window_verbs(text: str, t: TimeExpr, a: int) -> list[re.Match[str]] | None:
    """The filing or registering verbs in text[a:t.start] before a span of days opened by "từ" (a window);
    None when t is no such span."""
    if not (_day_span(t) and _FROM.match(t.text)):
        return None
    return list(_cues().window_verb.finditer(text, a, t.start))


def _registers_at_a_place(text: str, t: TimeExpr, verbs: list[re.Match[str]]) -> bool:
    """Filers registering at a place over whole days, no body the files are sent to named ("Thí sinh trúng tuyển nộp
    hồ sơ nhập học tại Văn phòng nhà trường từ ngày 05/7 đến hết ngày 15/7/2034"): the registration period."""
    return bool(verbs) and not _closes_at_an_hour(t) and _REGISTERED_AT.search(text, verbs[-1].end(), t.start) \
        is not None and _cues().channel.search(text, verbs[-1].start(), t.start) is None


def _registration_window(text: str, t: TimeExpr, a: int) -> bool:
    """A registration period at a place (_registers_at_a_place) opening no own clause between: held over those days,
    an event (forty-second heldout round, h368's gold; round 75's h835)."""
    verbs = _window_verbs(text, t, a)
    return verbs is not None and _registers_at_a_place(text, t, verbs) and not _OWN_SUBJECT_CLAUSE.search(text, verbs[-1].end(), t.start) \
        and not _cues().event_noun.search(text, verbs[-1].end(), t.start)


# a clause naming only the next round of a filing before its span ("Nhận hồ sơ đợt 1: từ ... đến hết ngày 30/6/2033
# tại Phòng Đào tạo; đợt 2: từ ngày 15/7/2033 đến hết ngày 15/9/2033"; seventieth round, h779)
_NEXT_ROUND = re.compile(r"[\s;,.]*(?:và[ \t]+)?(?:[-–+][ \t]*)?đợt[ \t]+(?:\d{1,2}|[IVX]{1,4})[ \t]*:?[ \t]*", re.IGNORECASE)


def _earlier_round_filing(text: str, a: int) -> list[re.Match[str]]:
    """The filing verb or files' phrase of the earlier round on the same line (before the clause at `a`): the next
    round's span is the same window again, a by-when as the first's is."""
    line_start = text.rfind("\n", 0, a) + 1
    cues = _cues()
    return list(cues.files_until.finditer(text, line_start, a)) or list(cues.window_verb.finditer(text, line_start, a))


_OFFICE_RECEIVES = re.compile(r"(?<!\w)tiếp[ \t]+$", re.IGNORECASE)  # "tiếp nhận hồ sơ": the office's own phase
_OFFICE_WORD_REACH = 6  # "tiếp " before a files_until phrase


def _files_taken_in(text: str, t: TimeExpr, a: int) -> list[re.Match[str]]:
    """Entries taken in over whole days ("Thời gian nhận tác phẩm: từ ngày 15/3/2025 đến hết ngày 15/4/2025", "Nhận
    hồ sơ xét tuyển đợt 1: từ ngày 15/5/2032 đến hết ngày 31/7/2032"): the window the entrants file in, closing by its
    last day, as a filing verb's (schedule_cues.tsv files_until; sixty-sixth heldout round, h735, and round 59's h659).
    An office's "tiếp nhận hồ sơ" phase and a registration held at a place ("nhận hồ sơ tại Công an xã ...") stay
    activities."""
    files = [m for m in _cues().files_until.finditer(text, a, t.start)
             if not _OFFICE_RECEIVES.search(text, max(a, m.start() - _OFFICE_WORD_REACH), m.start())]
    if not files or _REGISTERED_AT.search(text, files[-1].end(), t.start):
        return []
    return files


def _closes_at_an_hour(t: TimeExpr) -> bool:
    """A span of days whose last day carries a clock time ("... đến 17 giờ 00 ngày 03/4/2029"); hours of one day
    ("Bốc thăm, nhận số đeo: từ 14 giờ 00 đến 17 giờ 00 ngày 13/3/2027") are a session, an activity."""
    return (t.value is not None and t.end_value is not None and "T" in t.end_value
            and t.value[:_DAY_LEN] != t.end_value[:_DAY_LEN])


# Document types that set standing duties (a plan, a programme, a guide, a report's tasks): a "ngày 05 của tháng tiếp
# theo" they give without a month named is each month's, by the next (round 80: h853, h886, h894); a letter (công văn,
# thông báo, giấy mời) names one next month
_SETS_STANDING_DUTIES = frozenset({"KH", "CTr", "HD", "BC"})


def _monthly_context(ctx: Context, t: TimeExpr) -> bool:
    """A month's duty on the line of a 'ngày 10 của tháng sau' ('hằng tháng', 'định kỳ', 'báo cáo tháng',
    'biên bản sinh hoạt': monthly_context in schedule_cues.tsv), or in a document setting standing duties: each
    month's, by the next month."""
    if ctx.doc_type in _SETS_STANDING_DUTIES:
        return True
    text = ctx.text
    a = text.rfind("\n", 0, t.start) + 1
    b = text.find("\n", t.end)
    return bool(_cues().monthly_context.search(text, a, len(text) if b < 0 else b))


def _in_next_month(ctx: Context, t: TimeExpr) -> TimeExpr:
    """'ngày 10 của tháng sau' in a one-off letter: that day of the month after the letter's (inferred);
    unchanged (no date) when the letter has no date or the month no such day."""
    day = _day_number(t)
    if ctx.reference_date is None or day is None:
        return t
    year, month = divmod(ctx.reference_date.year * 12 + ctx.reference_date.month, 12)  # the next month, 0-based
    try:
        due = date(year, month + 1, day)
    except ValueError:
        return t
    ctx.warn("inferred_next_month", f"deadline {t.text!r} read as {due.isoformat()}: the month after the letter's",
             (t.start, t.end))
    return replace(t, value=due.isoformat(), inferred=True)


_PERIODIC_REPORT_REACH = 60  # how far before the day the report's name may stand ("báo cáo năm (trước ngày 15/12)")


def _periodic_report_day(text: str, t: TimeExpr, a: int) -> bool:
    """A day printed without its year right after a half-year's or a year's report ("tổng hợp báo cáo định kỳ 6 tháng
    (trước ngày 15/6) và báo cáo năm (trước ngày 15/12)" in a plan over 2027-2029): due that day every year, no
    one-off due in the year the text's date lends it (thirtieth heldout round)."""
    if t.kind != "date" or not t.inferred or _YEAR_PRINTED.search(t.text):
        return False
    return _cues().periodic_report.search(text, max(a, t.start - _PERIODIC_REPORT_REACH), t.start) is not None


_YEAR_PRINTED = re.compile(r"\d{4}")


def _in_column_cell(text: str, t: TimeExpr, column: _Column, left: str, right: str) -> bool:
    if column.piped:
        return _piped_cell(text, t)
    return _tab_cell(text, t, column.header) if column.tabbed else _is_cell(left, right)


def _take_deadline(run: _Run, t: TimeExpr, clause: tuple[int, int], left: str, right: str) -> bool:
    """A deadline at t, if a cue or a table cell makes it one (True: the time is dealt with)."""
    ctx, text = run.ctx, run.ctx.text
    a, _ = clause
    if _joined_weekly_day(run, t) or _joined_yearly_day(run, t):
        return True
    if _QUARTER_WORD.match(text, t.start) and _JOINED_QUARTER_AFTER.match(text, t.end):
        return True  # "trong quý II và quý III năm 2035": the list's last quarter closes the span, its by-when
    column = _column_at(run.columns, t.start)
    cue_t, cue_left = _from_first_quarter(text, t, a, left)
    cue = _deadline_cue(text, cue_t, a, cue_left)
    in_cell = (column is not None and _in_column_cell(text, t, column, left, right)) or _flat_quarter_cell(text, t) \
        or _tab_quarter_cell(text, t)
    joined = t.kind == "time" and bool(run.found) and bool(_JOINED_GAP_TIME.match(text[run.found[-1][1]:t.start]))
    if not cue and not in_cell and not joined:
        return _recurring_duty_span(run, t, a, left)
    if cue is not None and _bare_cue(cue) == "trong" and _cues().recurrence_end.search(left, 0, cue.start()):
        return True  # "báo cáo ... hằng tuần trong Tháng Thanh niên": the span a recurring duty runs in, no due date
    if t.kind == "weekday":  # the recurrence after the last of the weekdays joined to this one
        right = right[past_joined_weekdays(text, t.end) - t.end:]
    rec = _recurrence_match(t, text[a:t.start], left, _JOINED_TIME.sub("", right, count=1))
    recurrence = _recurrence(_cues().freq[fold_lower(rec.group("unit"))], t) if rec else None
    if t.kind == "week":  # "tuần cuối cùng của tháng thứ 3 trong quý", "tuần thứ 2 của tháng"
        recurrence = _recurrence("quarterly" if _QUARTER_WORD.search(t.text) else "monthly", t)
    elif recurrence is None and _relative(t) and _QUARTER_WORD.search(t.text):
        recurrence = _recurrence("quarterly", t)  # "ngày 15 của tháng cuối quý"
    elif recurrence is None and _periodic_report_day(text, t, a):
        recurrence = _recurrence("yearly", t)  # "báo cáo định kỳ 6 tháng (trước ngày 15/6) và báo cáo năm (...)"
    elif recurrence is None and _relative(t) and _NEXT_MONTH.search(t.text):
        if _monthly_context(ctx, t):
            recurrence = _recurrence("monthly", t)  # "biên bản sinh hoạt ... trước ngày 10 của tháng sau"
        else:
            t = _in_next_month(ctx, t)  # a one-off letter's "nộp ... trước ngày 10 của tháng sau"
    cue_start = (cue.start() if cue else len(cue_left)) + (cue_t.start - len(cue_left))
    row = row_at(text, t.start, column.header, column.piped, column.tabbed) if column is not None else None
    d = _deadline(ctx, t, cue_start, clause, recurrence, run.found, row)
    if d is not None and _completes_weekday(run, t, d):
        return True
    if d is not None and not _past(ctx, d.due):
        run.found.append((d, t.end))
        if t.inferred and not recurrence:
            ctx.warn("inferred_year", f"deadline {t.text!r} read as {d.due} from context", (t.start, t.end))
        run.deadlines.append(d)
        if d.recurrence is not None and d.recurrence.freq == "yearly":
            other_days = _joined_yearly(d, t, right)
            run.deadlines.extend(other_days)
            run.joined_days.extend(j.span for j in other_days if j.span is not None)
    return True


_QUARTER_NAME = r"quý\s+(?:[IVX]{1,4}|[1-4])"
_JOINED_QUARTER_AFTER = re.compile(rf"\s*(?:,|và)\s*{_QUARTER_NAME}(?!\w)", re.IGNORECASE)
_JOINED_QUARTERS_BEFORE = re.compile(rf"(?<!\w){_QUARTER_NAME}(?:\s*(?:,|và)\s*{_QUARTER_NAME})*\s*(?:,|và)\s*$",
                                     re.IGNORECASE)


def _from_first_quarter(text: str, t: TimeExpr, a: int, left: str) -> tuple[TimeExpr, str]:
    """The last quarter of a list ("kiểm tra ... trong quý II và quý III năm 2035") read with the cue before the list's
    first: the time and the words before it that _deadline_cue reads (rounds 75-79's leftovers, h847)."""
    joined = _JOINED_QUARTERS_BEFORE.search(left) if _QUARTER_WORD.match(text, t.start) else None
    if joined is None:
        return t, left
    first = t.start - len(left) + joined.start()
    return replace(t, start=first), text[max(a, first - _BEFORE_WORDS):first]


def _recurring_duty_span(run: _Run, t: TimeExpr, a: int, left: str) -> bool:
    """A span of days right after the recurring duty read just before it in its clause ("báo cáo tình hình ... trước 10
    giờ hằng ngày từ ngày 26/01/2030 đến ngày 03/02/2030"): the days the duty recurs over, no occasion held over them
    (rounds 35-46's leftovers, h516). True: the time is dealt with."""
    if t.kind != "period" or not _FROM.match(t.text) or not run.found:
        return False
    last, last_end = run.found[-1]
    return last.recurrence is not None and last_end >= a and _cues().recurrence_end.search(left) is not None


_DAY_MONTH = re.compile(r"(\d{1,2})[/.-](\d{1,2})")


def _joined_yearly(d: Deadline, t: TimeExpr, right: str) -> list[Deadline]:
    """The other days of "trước ngày 15/6 và 15/12 hằng năm": the same yearly duty on each."""
    days = _JOINED_DAYS.match(right)
    if days is None or d.recurrence is None:
        return []
    out = []
    for m in _DAY_MONTH.finditer(right, 0, days.end()):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            span = (t.end + m.start(), t.end + m.end())
            out.append(d.model_copy(update={"recurrence": d.recurrence.model_copy(update={"day": day, "month": month}),
                                            "span": span}))
    return out




def _joined_yearly_day(run: _Run, t: TimeExpr) -> bool:
    """t is a day _joined_yearly read already with the day before it ("trước ngày 15/7 và trước ngày 15/01"): dealt
    with, no one-off due of its own."""
    return any(a < t.end and t.start < b for a, b in run.joined_days)


def _joined_weekly_day(run: _Run, t: TimeExpr) -> bool:
    """A weekday joined by "và" or a comma to the weekly duty's day read just before it ("cung cấp bản tin ... vào thứ
    Hai và thứ Năm hằng tuần"): the same duty on this day too (rounds 65-69's leftovers, h733). True: dealt with."""
    if t.kind != "weekday" or t.weekday is None or not run.found:
        return False
    prev, prev_end = run.found[-1]
    r = prev.recurrence
    if r is None or r.freq != "weekly" or r.weekday is None or r.time is not None \
            or WEEKDAY_LIST_GAP.match(run.ctx.text, prev_end, t.start) is None:
        return False
    d = prev.model_copy(update={"recurrence": r.model_copy(update={"weekday": t.weekday + 1}), "span": (t.start, t.end)})
    run.found.append((d, t.end))
    run.deadlines.append(d)
    return True


# between a weekly duty's weekday and its hour: the recurrence word and the hour's cue ("thứ Sáu hằng tuần
# trước 15 giờ", "thứ Hai hàng tuần, chậm nhất 10h00")
_WEEKDAY_THEN_HOUR = re.compile(r"\s*,?\s*(?:hằng|hàng)\s+tuần\s*,?\s*(?:(?:trước|vào|(?:chậm|muộn|trễ)\s+nhất|không\s+quá)"
                                r"(?:\s+lúc)?|lúc)?\s*", re.IGNORECASE)


def _completes_weekday(run: _Run, t: TimeExpr, d: Deadline) -> bool:
    """ "vào thứ Sáu hằng tuần trước 15 giờ": the weekday was read first as a weekly duty without its
    hour; the hour after the recurrence word is that duty's (one deadline, its time set), not another."""
    rec = d.recurrence
    if not run.found or t.kind != "time" or rec is None or rec.freq != "weekly":
        return False
    prev, prev_end = run.found[-1]
    r = prev.recurrence
    if r is None or r.freq != "weekly" or r.weekday is None or r.time is not None:
        return False
    if _WEEKDAY_THEN_HOUR.fullmatch(run.ctx.text, prev_end, t.start) is None:
        return False
    r.time = rec.time
    return True


# "bắt đầu từ ngày", "kể từ ngày" right before a day
_STARTS_FROM = re.compile(r"(?<!\w)(?:bắt\s+đầu|kể)\s+từ\s*(?:ngày\s*)?$", re.IGNORECASE)
_SENTENCE_BACK = re.compile(r"[.;!?\n]")
_RECURRENCE_START_REACH = 160  # how far back in its sentence the recurring duty may stand


def _recurrence_start(text: str, t: TimeExpr, left: str) -> bool:
    """A day a recurring duty starts from, after its recurrence in the sentence ("Báo cáo tình hình thị trường định
    kỳ trước 15 giờ 00 thứ Sáu hằng tuần, bắt đầu từ ngày 03/12/2027"): no occasion is held on it (thirty-first
    heldout round); a run of days "từ ... đến ..." stays what it was."""
    if t.kind not in ("date", "datetime") or t.end_value is not None or not _STARTS_FROM.search(left):
        return False
    window = text[max(0, t.start - _RECURRENCE_START_REACH):t.start]
    sentence = window[max((m.end() for m in _SENTENCE_BACK.finditer(window)), default=0):]
    return _cues().recurrence_any.search(sentence) is not None


# days of the month joined to a day, before the recurrence they all share ("vào ngày 10 và 25 hằng tháng", "ngày 10,
# 20 và 25 hằng tháng"; round 38): each a day that recurs
_JOINED_MONTH_DAYS = re.compile(r"(?:\s*(?:,|và)\s*(?:ngày\s+)?(?:mồng\s+)?\d{1,2}(?![/.\-]?\d))+", re.IGNORECASE)


def _recurs_with_joined_days(right: str) -> bool:
    days = _JOINED_MONTH_DAYS.match(right)
    return days is not None and _cues().recurrence_after.match(right[days.end():]) is not None


_YEAR_LEN = len("2030")


def _plan_span(t: TimeExpr) -> bool:
    """A whole year or run of years ("Thời gian thực hiện: năm 2030 - 2031"), or a quarter ("lịch tiếp công dân định
    kỳ quý I năm 2030"): the time a plan or a schedule covers, never the days an activity is held on (no gold reads
    one as an event; a task due in it is a by-when, read before this). Rounds 49-51's h545, h579, h569."""
    if t.value is not None and len(t.value) == _YEAR_LEN:
        return True
    # (a lunar year's name inside a range of restated lunar days is no quarter: "... tháng Giêng năm Quý Sửu (ngày
    # 07/02/2033)", round 74's h822)
    return t.kind == "period" and _QUARTER_WORD.search(LUNAR_MARK.sub(" ", t.text)) is not None


_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")


def _with_list_head(text: str, a: int, clause_left: str) -> str:
    """A list item's clause opening after a "; ", under the head its line opens with before a colon ("3. Diễn tập
    chiến đấu phòng thủ xã: xã A ngày 18/8/2036; xã B ngày 25/8/2036"; eighty-first heldout round, h901): the head
    read before the item's own words, its activity being each item's (the activity default, activity.py)."""
    if a == 0 or text[a - 1] != ";":
        return clause_left
    line_from = text.rfind("\n", 0, a) + 1
    colon = text.find(":", line_from, a)
    if colon < 0 or _SENTENCE_STOP.search(text, colon, a):
        return clause_left
    return f"{text[line_from:colon + 1]} {clause_left}"


def _take_event(run: _Run, t: TimeExpr, clause: tuple[int, int], left: str, right: str) -> None:
    ctx, text = run.ctx, run.ctx.text
    a, b = clause
    if _plan_span(t):
        return
    if _cues().recurrence_after.match(right) or _recurs_with_joined_days(right):
        return  # "sinh hoạt vào ngày mồng 5 hằng tháng": a day that recurs, no dated occasion
    if web_stamp(left):
        return  # "Cập nhật lúc 09:30 ngày 12/01/2027": when a web page was posted, whatever cue ("lúc") is in it
    if _recurrence_start(text, t, left):
        return  # "báo cáo ... trước 15 giờ 00 thứ Sáu hằng tuần, bắt đầu từ ngày 03/12/2027": a duty's first week
    joined = a <= run.last_event_end <= t.start and bool(_JOINED_GAP.match(text, run.last_event_end, t.start)
                                                         or _NEXT_SESSION_GAP.fullmatch(text, run.last_event_end, t.start))
    move = _move(run, t, a, left, right)
    if move == "old":
        return  # "lùi ... từ ngày 12/01/2027 sang ...", "(dự kiến ngày 12/5/2027) được hoãn lại": no longer held
    lead = _lunar_lead(text, t, a)  # "vào ngày mùng 8 tháng Giêng (tức ngày 13/02/2027)": read as the lunar date is
    clause_left = _with_item_number(text, a, t.start if lead is None else lead)
    if lead is not None:
        left = text[max(a, lead - _BEFORE_WORDS):lead]
    if _titled_by_a_document(t, left):
        return  # "xây dựng Kế hoạch tổ chức Tháng Thanh niên năm 2034 như sau": the plan's title names the month
    if _anniversary(t) and _anniversary_unheld(text, t, clause_left):
        return  # "chào mừng 99 năm ... (26/3/1931 - 26/3/2030)": which anniversary, no day held
    if not (joined or move == "new" or _is_event(t, clause_left, left, right)
            or _reported_event(t, text[a:t.start], right) or _under_time_heading(ctx, t, clause_left)
            or _time_column_cell(text, t) or _occasion_tab_cell(text, t) or _month_tab_cell(text, t)
            or _flat_time_cell(text, t) or _registration_window(text, t, a)):
        run.pending.append(Pending(t, clause, _SEAM_BLANKS.sub(" ", _with_list_head(text, a, clause_left)), left,
                                   _SEAM_BLANKS.sub(" ", right)))
        return
    run.last_event_end = t.end
    date, end = t.value, t.end_value
    if _anniversary(t):
        if _BRACKETED.match(text, t.end) and (_DAY_AFTER.search(text, t.end, b) or _held_day_before(text, a, t)):
            return  # "Lễ kỷ niệm ... (20/10/1930 - 20/10/2028) vào 8 giờ 00 ngày 18/10/2028": the day held is given
        date, end = end, None  # "26/3/1931-26/3/2011": the anniversary falls on the later date
    incident = t.kind == "datetime" and (_cues().incident_before.search(left) is not None
                                         or _incident_opening(t, text[a:t.start], right))
    if date is None or (_past(ctx, end or date) and ctx.doc_type not in _TELLS_WHAT_HAPPENED and not incident
                        and not _own_step_taken(ctx, t, clause_left, right)):
        return  # history told as background; a report or a meeting's conclusions tell what happened
    key = (date, end)
    part = _daypart_of(text, t)
    if key in run.seen_events and not _another_sitting(run, key, part):
        return
    run.seen_events.add(key)
    run.sittings.setdefault(key, set()).add(part)
    if _same_day_in_clause(run, (a, b), date):
        return  # the day was taken with its clock time already
    if t.inferred:
        ctx.warn("inferred_year", f"event {t.text!r} read as {date} from context", (t.start, t.end))
    event = Event(span=(a, b), date=date, end=end, text=" ".join(text[a:b].split()), inferred=t.inferred)
    run.events.append(event)
    if move == "new":
        run.moved.append(event)


_ASKS_ON_STEPS_TAKEN = frozenset({"TTr"})  # a tờ trình tells its issuer's own steps taken as grounds for its request
_OWN_SUBJECT_DONE = re.compile(r"\s*,\s*(?P<subject>[^\W\d_][^,;.:\n]{1,80}?)\s+đã\s+", re.IGNORECASE)
_MIN_OWN_NAME_WORDS = 3  # "Ủy ban nhân dân xã": the issuer's name told short in any case; fewer words need a capital


def _own_step_taken(ctx: Context, t: TimeExpr, clause_left: str, right: str) -> bool:
    """A past day opening its sentence in a tờ trình, then the issuer itself and what it held ("Ngày 12/3/2034, Ủy ban
    nhân dân xã đã tổ chức lấy ý kiến nhân dân tại 02 thôn"): a step the issuer took towards its request, an event
    (round 75's h834); another body's act and a past day told otherwise stay background."""
    if ctx.doc_type not in _ASKS_ON_STEPS_TAKEN or ctx.issuer_name is None or t.kind not in ("date", "datetime") \
            or not _OPENING.match(clause_left):
        return False
    m = _OWN_SUBJECT_DONE.match(right)
    if m is None or not _cues().event_report_verb.match(right, m.end()):
        return False
    issuer = fold_lower(" ".join(ctx.issuer_name.split()))
    subject = " ".join(m.group("subject").split())
    _, of, owner = subject.rpartition(" của ")
    return _names_the_issuer(subject, issuer) or bool(of) and _names_the_issuer(owner, issuer)


def _names_the_issuer(subject: str, issuer: str) -> bool:
    """The issuer's name told short: its first words ("Ủy ban nhân dân xã"), fewer of them as a name, capital first
    ("Vườn" for "Vườn quốc gia ...", "Trung tâm" for "Trung tâm ứng dụng ..."); a body "của" it ("Hội đồng khoa học
    của Vườn") is the issuer's own (rounds 80-84's leftovers, h890)."""
    words = fold_lower(subject).split()
    if issuer.split()[:len(words)] != words:
        return False
    return len(words) >= _MIN_OWN_NAME_WORDS or subject[:1].isupper()


@lru_cache(maxsize=1)
def _document_title_lead() -> re.Pattern[str]:
    """A document's type name as a title prints it (doc_types.tsv, capitalised), maybe with the verb of what it
    organises (schedule_cues.tsv title_verb), right before a time."""
    names = phrase_alternation({r[1] for r in rows("doc_types.tsv") if len(r) > 1 and r[1]})
    verbs = _phrases(rows("schedule_cues.tsv"), "title_verb")
    return re.compile(rf"(?<!\w)(?:{names})(?:\s+(?i:{verbs}))?\s+$")


def _titled_by_a_document(t: TimeExpr, left: str) -> bool:
    """A named month right after a document's type name ("Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch tổ chức Tháng Thanh
    niên năm 2034 như sau"): the document's title, no occasion of its own (rounds 75-79's leftovers, h874); the month
    told as held ("Tổ chức Tháng Thanh niên năm 2034 với chủ đề ...") stays."""
    return t.kind == "month" and not _NUMERIC_MONTH.match(t.text) and _document_title_lead().search(left) is not None


def _under_time_heading(ctx: Context, t: TimeExpr, clause_left: str) -> bool:
    """A day or a range of days opening its sentence under a heading that names the time ("II. THỜI GIAN, ĐỊA ĐIỂM"
    / "Từ ngày 26/10 đến ngày 01/11/2028 tại Khu du lịch ..."): the occasion's days, as after the label on its line."""
    if not (t.kind in ("date", "datetime") or _day_span(t)):
        return False
    if not (_OPENING.match(clause_left) or _FROM_OPENING.match(clause_left)):
        return False
    chain = ctx.heading_at(t.start)
    return bool(chain) and _cues().event_label.match(chain[-1].title.strip(" *:.") + ":") is not None


# the part of the day named with a date: right before it ("sáng ngày 03/12", "chiều thứ Năm, ngày 03/12") or in the
# table cell right after it ("| 03/12/2027 | Chiều |")
_DAYPART_OF_DATE = re.compile(rf"(?<!\w)(?:buổi\s+)?({_DAYPARTS})(?:\s+(?:thứ\s+[^\W\d_]+|chủ\s+nhật))?[\s,]*(?:ngày\s*)?$",
                              re.IGNORECASE)
_DAYPART_NEXT_CELL = re.compile(rf"[ \t]*\|[ \t]*(?:buổi[ \t]+)?({_DAYPARTS})[ \t]*\|", re.IGNORECASE)


def _daypart_of(text: str, t: TimeExpr) -> str | None:
    m = _DAYPART_OF_DATE.search(text, max(0, t.start - _BEFORE_WORDS), t.start) or _DAYPART_NEXT_CELL.match(text, t.end)
    return None if m is None else " ".join(m.group(1).lower().split())


def _another_sitting(run: _Run, key: tuple[str, str | None], part: str | None) -> bool:
    """A day already taken, named again with another part of the day where each time names one (an exam's
    morning and afternoon sittings): a second occasion. A day named once without a part of the day is one
    occasion however often it comes back ("ngày 03/12/2027 ... Thời gian: sáng ngày 03/12/2027")."""
    parts = run.sittings.get(key, {None})
    return part is not None and None not in parts and part not in parts


_MOVE_FROM = re.compile(r"(?<!\w)từ\s*$", re.IGNORECASE)
_MOVE_TO_AFTER = re.compile(r"\s*\)?\s*(?:sang|thành)(?!\w)", re.IGNORECASE)
_MOVE_TO = re.compile(rf"(?<!\w)(?:sang|thành)\s+(?:{_DAYPARTS}\s+)?(?:ngày\s+)?$", re.IGNORECASE)
_TENTATIVE_BRACKET = re.compile(r"\(\s*dự\s+kiến\s*(?:tổ\s+chức\s+)?(?:vào\s+)?$", re.IGNORECASE)


def _move(run: _Run, t: TimeExpr, a: int, left: str, right: str) -> str | None:
    """ "old" for the time an occasion is moved from, "new" for the one it is moved to ("chuyển từ thứ Bảy ngày
    20/3/2027 sang sáng thứ Bảy, ngày 27/3/2027": a move's verb earlier in the clause), None otherwise. A tentative
    time in brackets ("(dự kiến từ ngày 18/12 đến ngày 22/12/2026)") in a document that moves an occasion ("được
    dời lại", "thay đổi thời gian") is the old time too."""
    cues, text = _cues(), run.ctx.text
    if _TENTATIVE_BRACKET.search(left):
        if run.moves_occasion is None:
            run.moves_occasion = cues.move_phrase.search(text) is not None
        return "old" if run.moves_occasion else None
    if not (_MOVE_FROM.search(left) or _MOVE_TO.search(left)) or not cues.move_verb.search(text, a, t.start):
        return None
    if _MOVE_FROM.search(left):
        return "old" if _MOVE_TO_AFTER.match(right) else None
    # a bare year moved to is money or work carried over ("kinh phí chuyển nguồn sang năm 2029", thirty-sixth
    # heldout round), no occasion's new date
    return None if t.kind == "year" else "new"


def _lunar_alias(text: str, t: TimeExpr) -> bool:
    """A time in a bracket that restates the solar date before it in the lunar calendar ("từ ngày 12 đến ngày 15
    tháng 02 năm 2030 (tức ngày 14 đến 17 tháng Giêng năm Canh Tuất)", round 49's h553): read, it is a wrong solar
    day. The solar date in brackets after a lunar one ("mùng 8 tháng Giêng (tức ngày 13/02/2027)") names no lunar
    mark and is read. The bracket may name the lunar day with no "tức" ("vào ngày 18/01/2033 (ngày 18 tháng Chạp
    năm Nhâm Tý)", seventieth round, h780, h781): its lunar mark tells it."""
    if _LUNAR_ALIAS_OPEN.search(text, max(0, t.start - _BEFORE_WORDS), t.start) is None:
        return False
    close = text.find(")", t.start, t.start + _ALIAS_REACH)
    return close >= 0 and LUNAR_MARK.search(text, t.start, close) is not None


# a bracket opening with a day of a month, right after the month ("tháng 3/2033 (13/3, 20/3, 27/3/2033)")
_DAYS_BRACKET = re.compile(r"\s*\(\s*(?:ngày\s+)?\d{1,2}/(\d{1,2})\b")


def _named_by_days(text: str, t: TimeExpr) -> bool:
    """A month whose days the bracket after it names ("vào các ngày Chủ nhật trong tháng 3/2033 (13/3, 20/3,
    27/3/2033)"): the days are read, each an occasion, and the month is no time of its own (rounds 65-69's
    leftovers, h760)."""
    if t.kind != "month" or t.value is None:
        return False
    m = _DAYS_BRACKET.match(text, t.end)
    return m is not None and int(m.group(1)) == int(t.value[5:7])


def _lunar_lead(text: str, t: TimeExpr, a: int) -> int | None:
    """Where a lunar date starts that the solar date in brackets restates ("Gặp mặt đầu Xuân vào ngày mùng 8 tháng
    Giêng (tức ngày 13/02/2027)"): the solar date is read with the words before the lunar one."""
    alias = _SOLAR_ALIAS.search(text, max(a, t.start - _BEFORE_WORDS), t.start)
    if alias is None:
        return None
    lunar = _LUNAR_BEFORE.search(text, max(a, alias.start() - _LUNAR_REACH), alias.start())
    return lunar.start() if lunar else None


def _drop_restated(run: _Run) -> None:
    """A move's new day that another event of the document names with its hour ("lùi ... sang ngày 15/01/2027",
    then "Thời gian: ... 7 giờ 30 phút, thứ Sáu ngày 15 tháng 01 năm 2027") is that event, not a second one."""
    if not run.moved:
        return
    timed = {e.date[:10] for e in run.events if e.date and "T" in e.date}
    moved = {id(e) for e in run.moved}
    run.events = [e for e in run.events if not (id(e) in moved and e.date in timed)]


def _same_day_in_clause(run: _Run, clause: tuple[int, int], date: str) -> bool:
    """A clause naming one day twice, once with its clock time ("Lễ kỷ niệm ... (26/3/1931 - 26/3/2027) ...: 08h00
    ngày 26/3/2027"): one event, at the clock time. True when the day alone comes after its timed event (it is
    left out); a timed event after the day alone takes that event's place."""
    last = run.events[-1] if run.events else None
    if last is None or last.span != clause or last.end is not None:
        return False
    if len(date) == _DAY_LEN and last.date[:_DAY_LEN] == date and len(last.date) > _DAY_LEN:
        return True
    if len(date) > _DAY_LEN and last.date == date[:_DAY_LEN]:
        run.events.pop()
    return False


_DAY_LEN = len("2027-03-26")


def _line_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _schedule_line(run: _Run, t: TimeExpr) -> bool:
    """A day heading of a weekly schedule, or a timed line under one: each an event (True: dealt with)."""
    text = run.ctx.text
    a, b = _line_of(text, t.start)
    if _tab_day_cell(run, t) or _tab_time_cell(run, t):
        return True
    if t.kind == "date" and t.value and t.end > b:
        b = _line_of(text, t.end - 1)[1]  # a day cell over two lines, its weekday above its date (h933's "Thứ Sáu" / "16/3")
    if t.kind == "date" and t.value and (_DAY_HEADING.fullmatch(text, a, b) or _DAY_CELL.fullmatch(text, a, b)
                                         or _programme_heading(text, a, b)):
        placeholder = Event(span=(a, b), date=t.value, text=" ".join(text[a:b].split()), inferred=t.inferred)
        if t.inferred:
            run.ctx.warn("inferred_year", f"event {t.text!r} read as {t.value} from context", (t.start, t.end))
        run.events.append(placeholder)
        run.day = _Day(t.value, b, placeholder, cells=_DAY_CELL.fullmatch(text, a, b) is not None)
        if run.day.cells:
            run.cell_days.append(run.day)
        return True
    if _day_and_time_cells(run, t, a, b) or _day_span_cell(run, t, a, b):
        return True
    day = run.day
    clock = _is_clock(t)
    if not clock or day is None or t.value is None or _PARAGRAPH_BREAK.search(text, day.end, a):
        return False
    tail_ok = _TIMED_LINE_TAIL.match(text, t.end, b) or (day.cells and _CLOCK_CELL.fullmatch(text, a, b))
    if not (_TIMED_LINE_HEAD.fullmatch(text, a, t.start) and tail_ok):
        return False
    _add_timed_event(run, day, t, a, b)
    return True


def _day_span_cell(run: _Run, t: TimeExpr, a: int, b: int) -> bool:
    """A time cell spanning days alone on its line under a flattened schedule's day cell ("Thứ Sáu" / "15/5/2037" /
    "Từ ngày 15/5 đến hết ngày 16/5" / "Dự Diễn đàn ..."): an activity held over those days, an event, in place of the
    day's own until a clock cell gives it an hour (round 86, h953; the row's long cells hide the header's "Thời gian"
    from _flat_time_cell)."""
    text, day = run.ctx.text, run.day
    if day is None or not day.cells or t.value is None or not _day_span(t) or not _fills_flat_cell(text, t) \
            or _PARAGRAPH_BREAK.search(text, day.end, a):
        return False
    event = Event(span=(a, b), date=t.value, end=t.end_value, text=" ".join(text[a:b].split()))
    if day.placeholder is not None and day.placeholder.date == t.value:
        run.events[run.events.index(day.placeholder)] = event
        day.placeholder = None
    else:
        run.events.append(event)
    run.seen_events.add((t.value, t.end_value))
    return True


_WEEKDAY_CELL_LINE = re.compile(rf"^[ \t]*{_WEEKDAY_WORD}[ \t]*$", re.IGNORECASE | re.MULTILINE)  # the next day's cell


# a flattened schedule's time cell naming the whole day (schedule_cues.tsv whole_day_cell: "Cả ngày")
@lru_cache(maxsize=1)
def _whole_day_cell() -> re.Pattern[str]:
    words = _phrases(rows("schedule_cues.tsv"), "whole_day_cell")
    return re.compile(rf"^[ \t]*(?:{words})[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _whole_day_cells(run: _Run) -> None:
    """A time cell "Cả ngày" on its own line under a flattened schedule's day cell ("Thứ Ba" / "17/02" / "8h00" / ...
    / "Cả ngày" / "Kiểm tra công tác phòng, chống dịch ..."): an activity held all that day, an event on the day
    (rounds 75-79's leftovers, h857)."""
    text = run.ctx.text
    for k, day in enumerate(run.cell_days):
        until = run.cell_days[k + 1].end if k + 1 < len(run.cell_days) else len(text)
        stops = (_PARAGRAPH_BREAK.search(text, day.end, until), _WEEKDAY_CELL_LINE.search(text, day.end, until))
        until = min((m.start() for m in stops if m is not None), default=until)
        for m in _whole_day_cell().finditer(text, day.end, until):
            a, b = _line_of(text, m.start() + len(m.group()) - len(m.group().lstrip()))
            if day.placeholder is not None or any(e.date == day.date and e.end is None for e in run.events):
                continue  # the day's own event stands already
            run.events.append(Event(span=(a, b), date=day.date, text=" ".join(text[a:b].split())))


def _is_clock(t: TimeExpr) -> bool:
    """A clock time, or a period of two clock times ("13h30 - 17h00")."""
    return t.kind == "time" or (t.kind == "period" and _CLOCK.fullmatch(t.value or "") is not None)


def _add_timed_event(run: _Run, day: _Day, t: TimeExpr, a: int, b: int) -> None:
    """The line text[a:b] as an event on day at t's hour, in place of the day's placeholder event if it holds one."""
    text = run.ctx.text
    assert t.value is not None
    end = f"{day.date}T{t.end_value}" if t.end_value else None
    event = Event(span=(a, b), date=f"{day.date}T{t.value}", end=end, text=" ".join(text[a:b].split()))
    if day.placeholder is not None:
        run.events[run.events.index(day.placeholder)] = event
        day.placeholder = None
    else:
        run.events.append(event)


# A weekly schedule as a DOCX table copied with tabs: the day cell's weekday on a line of its own and its date
# opening the row ("Thứ Hai\n17/12\tSáng (7h30)\tChào cờ đầu tuần ..."), the time cell a part of the day with its
# clock in brackets, and the day's later rows opening with an empty day cell ("\tChiều (14h00)\tLàm việc ...").
_TAB_WEEKDAY = re.compile(rf"[ \t]*{_WEEKDAY_WORD}", re.IGNORECASE)
_TAB_DAY_CELL_END = re.compile(r"[ \t]*\)?[ ]*\t")
_TAB_TIME_LEAD = re.compile(rf"[ ]*(?:(?:buổi[ ]+)?{_DAYPARTS}[ ]*\(?[ ]*)?$", re.IGNORECASE)
_TAB_TIME_END = re.compile(r"[ ]*\)?[ ]*(?:\t|\n|$)")


def _tab_day_cell(run: _Run, t: TimeExpr) -> bool:
    """The day cell of a tab-copied weekly schedule ("Thứ Hai\n17/12" before the row's first tab): the day's
    event until a time cell of its row gives its hour, and the day the rows under it belong to."""
    text = run.ctx.text
    # (the weekday may share the date's line: "Thứ Hai, 17/12\tSáng (7h30)\t...", "Thứ Hai 17/12\t..."; generalisation
    # audit 52: the row's first tab after the date still makes the pair a day cell)
    if t.kind != "date" or not t.value or not _TAB_WEEKDAY.match(t.text):
        return False
    a, _ = _line_of(text, t.start)
    row, row_end = _line_of(text, t.end)
    if text[a:t.start].strip() or not _TAB_DAY_CELL_END.match(text, t.end, row_end):
        return False
    placeholder = Event(span=(t.start, row_end), date=t.value, text=" ".join(text[t.start:row_end].split()))
    run.events.append(placeholder)
    run.day = _Day(t.value, t.end, placeholder, cells=True)
    run.tab_days.append((t.value, t.end))
    return True


# a later row of a tab-copied schedule's day whose time cell names only a part of the day, without its clock
# ("\tChiều\tTiếp tục dự Kỳ họp HĐND huyện\tCT, các PCT\t..."), maybe as a label with its colon ("\tChiều:\t...";
# issue 10, generalisation audit 58)
_DAYPART_ROW = re.compile(rf"^[ ]*\t[ ]*(?:buổi[ ]+)?{_DAYPARTS}[ ]*:?[ ]*\t[ ]*[^\s\t]", re.IGNORECASE | re.MULTILINE)


def _daypart_rows(run: _Run) -> None:
    """Each later row of a tab-copied schedule's day whose time cell is a part of the day alone ("\tChiều\tTiếp tục
    dự Kỳ họp HĐND huyện\t...", round 49's h547): a sitting that day, its hour not given (no time expression
    holds it, so the pass over the times never reads it)."""
    text = run.ctx.text
    for k, (day, start) in enumerate(run.tab_days):
        stop = run.tab_days[k + 1][1] if k + 1 < len(run.tab_days) else len(text)
        gap = _PARAGRAPH_BREAK.search(text, start, stop)
        for m in _DAYPART_ROW.finditer(text, start, gap.start() if gap else stop):
            a, b = _line_of(text, m.start())
            run.events.append(Event(span=(a, b), date=day, text=" ".join(text[a:b].split())))


# a session of a day on a list line of its own: its part of the day and its hour, maybe its end, then what is done
# ("- Buổi sáng từ 08 giờ 00 đến 11 giờ 30: quán triệt ...", "- Buổi chiều, từ 14 giờ 00: vòng chung kết ...")
_SESSION_LINE = re.compile(rf"[ \t]*[-–+•*][ \t]*(?:buổi[ \t]+)?{_DAYPARTS}[ \t]*,?[ \t]*(?:từ[ \t]+|lúc[ \t]+)?"
                           r"(?P<h>\d{1,2})[ \t]*(?:giờ|h|g|:)[ \t]*(?P<m>\d{2})?(?P<rest>[^:\n]{0,30}):",
                           re.IGNORECASE)
_SESSION_END = re.compile(r"[ \t]*(?:đến|-|–)[ \t]*(?P<h>\d{1,2})[ \t]*(?:giờ|h|g|:)[ \t]*(?P<m>\d{2})?(?:[ \t]*phút)?[ \t]*$",
                          re.IGNORECASE)
_MIN_SESSIONS = 2  # a morning and an afternoon at least: one timed line alone under a day may be anything
_SESSION_LINES = 6  # lines under the day looked at: the sessions and their wrapped lines


def _clock(h: str, m: str | None) -> str | None:
    hour, minute = int(h), int(m or 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _sessions_under(text: str, pos: int) -> list[tuple[int, int, str, str | None]]:
    """The session lines right under the line holding pos, up to a blank line or a numbered item: each line's
    bounds, its hour and its end's (None when not read)."""
    out: list[tuple[int, int, str, str | None]] = []
    a = text.find("\n", pos)
    for _ in range(_SESSION_LINES):
        if a < 0:
            break
        b = text.find("\n", a + 1)
        b = len(text) if b < 0 else b
        line = text[a + 1:b]
        if not line.strip() or re.match(r"[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)]", line):
            break
        m = _SESSION_LINE.match(line)
        if m is not None:
            start = _clock(m.group("h"), m.group("m"))
            end = _SESSION_END.search(m.group("rest"))
            if start is not None:
                out.append((a + 1, b, start, _clock(end.group("h"), end.group("m")) if end else None))
        a = b if b < len(text) else -1
    return out


def _day_sessions(run: _Run) -> None:
    """The sessions of a day an event names without its hours, each on a list line of its own right under it
    ("Thời gian: thứ Năm, ngày 19/4/2035." / "- Buổi sáng từ 08 giờ 00 đến 11 giờ 30: ..." / "- Buổi chiều từ 13 giờ
    30 đến 16 giờ 30: ..."): an event each, on that day at its hour, in place of the day's (eighty-second heldout
    round, h911, h919)."""
    text = run.ctx.text
    for event in list(run.events):
        if event.span is None or len(event.date) != len("2035-04-19") or event.end is not None:
            continue
        sessions = _sessions_under(text, event.span[1] - 1)
        if len(sessions) < _MIN_SESSIONS:
            continue
        k = run.events.index(event)
        run.events[k:k + 1] = [Event(span=(a, b), date=f"{event.date}T{start}",
                                     end=f"{event.date}T{end}" if end else None, text=" ".join(text[a:b].split()))
                               for a, b, start, end in sessions]


def _tab_time_cell(run: _Run, t: TimeExpr) -> bool:
    """A time cell of a tab-copied weekly schedule ("\tSáng (7h30)\t", "\tChiều (13h30 - 17h00)\t") in the day
    cell's row or a row opening with an empty day cell under it: an event that day at that hour."""
    text, day = run.ctx.text, run.day
    clock = _is_clock(t)
    if not clock or day is None or not day.cells or t.value is None or _PARAGRAPH_BREAK.search(text, day.end, t.start):
        return False
    a, b = _line_of(text, t.start)
    cell = text.rfind("\t", a, t.start) + 1
    if cell == 0 or not _TAB_TIME_LEAD.match(text, cell, t.start) or not _TAB_TIME_END.match(text, t.end, b + 1):
        return False
    before = text[a:cell - 1].split("\t")
    if any(c.strip() for c in before) and not a <= day.end <= cell:
        return False  # a cell before the time holds something other than the day's own date
    _add_timed_event(run, day, t, a, b)
    return True


# a programme's timed line: "- 06h00 - 06h30: Các đoàn đại biểu tập trung ...", "07g30: Khai mạc"
_TIMED_LINE = re.compile(r"[ \t]*(?:[-–+•*][ \t]*)?\d{1,2}[ \t]*(?:h|g|giờ|:)[ \t]*\d{0,2}"
                         r"(?:[ \t]*[-–][ \t]*\d{1,2}[ \t]*(?:h|g|giờ|:)[ \t]*\d{0,2})?[ \t]*:", re.IGNORECASE)
_MAX_PROGRAMME_HEADING = 160  # a heading line naming the day of a programme ("1. Chương trình ngày 19/5/2027 ...")


def _programme_heading(text: str, a: int, b: int) -> bool:
    """A short line naming a day whose next line is a timed line ("1. Chương trình ngày 19/5/2027 (thứ Tư) tại Khu
    di tích Kim Liên" / "- 06h00 - 06h30: Các đoàn đại biểu tập trung ..."): the day the programme's lines are on,
    as a weekly schedule's day heading is."""
    if b - a > _MAX_PROGRAMME_HEADING or b >= len(text):
        return False
    c, d = _line_of(text, b + 1)
    return _TIMED_LINE.match(text, c, d) is not None


def _day_and_time_cells(run: _Run, t: TimeExpr, a: int, b: int) -> bool:
    """A flattened schedule's day cell and time cell read as one time ("Thứ Hai 07/12\n07g30"): that day's
    first event, and the day the time cells under it belong to."""
    text = run.ctx.text
    if t.kind != "datetime" or t.value is None or not (a <= t.start and b < t.end):
        return False
    if not _DAY_CELL.fullmatch(text, a, b):
        b = _line_of(text, b + 1)[1]  # a day cell over two lines, its weekday above its date
    c, d = _line_of(text, b + 1)
    if not (b < t.end and _DAY_CELL.fullmatch(text, a, b) and _CLOCK_CELL.fullmatch(text, c, d)):
        return False
    run.events.append(Event(span=(a, d), date=t.value, text=" ".join(text[a:d].split())))
    run.day = _Day(t.value[:10], d, None, cells=True)
    run.cell_days.append(run.day)
    return True


_ITEM_NUMBER_ONLY = re.compile(r"[ \t]*(?:[0-9IVX]+[.)][ \t]*)+")
# an item number after a sentence's end inside a line (a copy of a whole document on one line: "... 12/3/2027. 2.
# Vòng chung kết: ...")
_ITEM_NUMBER_TAIL = re.compile(r"(?<=[.;:!?] )(?:[0-9IVX]{1,4}[.)] ?)+$")
_ITEM_NUMBER_REACH = 12


def _with_item_number(text: str, a: int, pos: int) -> str:
    """The clause before pos, with the item number its line opens with ("1. Ngày 05/5/2026 (Thứ Ba): ..."),
    or that stands alone after the sentence before it on a one-line copy: the number's full stop ends no
    sentence."""
    line = text.rfind("\n", 0, a) + 1
    if line < a and _ITEM_NUMBER_ONLY.fullmatch(text, line, a):
        return text[line:pos]
    m = _ITEM_NUMBER_TAIL.search(text, max(line, a - _ITEM_NUMBER_REACH), a) if line < a else None
    return text[m.start():pos] if m else text[a:pos]


def _bare_years(run: _Run) -> None:
    """Bare years in a "Thời gian hoàn thành" column ("2025" on its own cell line): due its last day."""
    ctx, text = run.ctx, run.ctx.text
    for column in run.columns:
        if column.piped:
            continue
        for m in _BARE_YEAR_LINE.finditer(text, column.start, column.end):
            s, e = m.span(1)
            if ctx.is_claimed(s, e) or _past(ctx, m.group(1)):
                continue
            row = row_at(text, s, column.header, False)
            run.deadlines.append(Deadline(span=(s, e), due=_last_day(m.group(1)), period=m.group(1),
                                          text=m.group(1), action=row.task if row else None,
                                          responsible=row.lead if row else None))


# a sentence cut by a PDF page's break: the line ends with no sentence mark, then blank lines, the page's running
# footer (regexes.RUNNING_FOOTER), a rule of dashes, and the sentence going on in lower case or with a figure
_PAGE_SEAM = re.compile(rf"(?<=[^\s.;:!?]){PAGE_BREAK_FOOTER}(?:[ \t]*-{{5,}}[ \t]*\n)?(?:[ \t]*\n)*[ \t]*(?=[^\W_])")


def _without_page_seams(text: str) -> str:
    """The text with each page seam inside a sentence blanked out, offsets kept ("báo cáo Ủy ban nhân dân tỉnh trước
    ngày" / "Quyết định số 214/QĐ-UBND ...     Trang 1/3" / "-----" / "15/12/2034."): the sentence reads on over it, its
    cue and its day, its activity and its day, in one clause (rounds 75-79's leftovers, h863, h852)."""
    parts: list[str] = []
    pos = at = 0
    while (m := _PAGE_SEAM.search(text, at)) is not None:
        at = m.start() + 1  # (a line that is no footer may be the next match's own line before its footer)
        end = _seam_end(text, m)
        if end is None:
            continue
        parts += [text[pos:m.start()], " " * (end - m.start())]
        pos = at = end
    return text if not parts else "".join(parts) + text[pos:]


def _seam_end(text: str, m: re.Match[str]) -> int | None:
    """Where a page seam ends: after its running footer, the sentence going on below in lower case or with a figure;
    or after the footer's page mark, the sentence's next line glued on after it in lower case ("Bộ Công Thương - Công
    văn số 2317/BCT-ĐL     Trang 2/3 hằng tháng để tổng hợp": rounds 80-84's leftovers, h908); None: no seam."""
    if RUNNING_FOOTER.search(m.group("footer")) is not None:
        return m.end() if text[m.end()].islower() or text[m.end()].isdigit() else None
    mark = PAGE_MARK.search(m.group("footer"))
    if mark is None:
        return None
    end = m.start("footer") + mark.end()
    glued = len(text[end:m.end("footer")]) - len(text[end:m.end("footer")].lstrip(" \t"))
    return end + glued if glued and text[end + glued].islower() else None


_SEAM_BLANK_MIN = 40  # a run of blanks this long before a time is a page seam blanked out (a footer and its rule)
# a blanked page seam inside a clause, read as the one space it stands for when the activity default measures how near
# an activity's word is (h852: "Tổ chức Hội nghị đầu bờ đánh giá" / seam / "mô hình ... ngày 12/12/2033")
_SEAM_BLANKS = re.compile(rf" {{{_SEAM_BLANK_MIN},}}")


def _blank_before(text: str, a: int, pos: int) -> int:
    """The length of a blanked page seam right before `pos` in its clause (0 for a shorter run of blanks): the cue
    before the seam is read as if the seam were not there."""
    lo = max(a, pos - _MAX_CLAUSE_SIDE)
    blank = (pos - lo) - len(text[lo:pos].rstrip())
    return blank if blank >= _SEAM_BLANK_MIN else 0


def extract(ctx: Context) -> tuple[list[Event], list[Deadline]]:
    seamless = _without_page_seams(ctx.text)
    if seamless != ctx.text:
        ctx = replace(ctx, text=seamless)  # the same zones, claims and warnings, the same offsets
    text = ctx.text
    regions = _regions(ctx)
    run = _Run(ctx, _column_ranges(text, regions), [], [], set(), [])

    zones = SpanUnion.of(regions)  # a bisect, not a walk over the zones for each of a text's times

    def searched(start: int, end: int) -> bool:
        """In a searched zone and no other extractor's (a citation's date): most of a text's times are not."""
        return start in zones and not ctx.is_claimed(start, end)

    last_day: str | None = None  # the day of the latest dated time read, for a clock time "cùng ngày"
    for t in _sessions_of_one_day(text, find_times(text, ref=ctx.reference_date, keep=searched)):
        if _after_number(text, t) or _is_issue_line(text, t) or _lunar_alias(text, t) or _named_by_days(text, t):
            continue
        t = _on_the_same_day(text, t, last_day)
        if t.kind == "time" and _SAME_DAY_AFTER.match(text, t.end):
            # "Lễ khai trương tổ chức lúc 07 giờ 30 cùng ngày" after the day's own time: a second sitting that day is
            # no occasion of its own (h365's gold), and a bare clock time is no date (round 71, h788: an event '07:30')
            continue
        if t.kind in ("date", "datetime") and t.value is not None or _hours_of_a_day(t):
            last_day = (t.value or "")[:10]
        for code, message in t.warnings:
            if code in ("weekday_mismatch", "invalid_date", "ocr_digits_read"):
                ctx.warn(code, message, (t.start, t.end))
        if _schedule_line(run, t):
            continue
        a, b = _clause(text, t.start, t.end)
        if _in_long_quote(text, a, b, t.start):
            continue
        left = text[max(a, t.start - _BEFORE_WORDS - _blank_before(text, a, t.start)):t.start]
        right = text[t.end:b]
        if not _take_deadline(run, t, (a, b), left, right):
            _take_event(run, t, (a, b), left, right)
    _bare_years(run)
    _whole_day_cells(run)
    _daypart_rows(run)
    _day_sessions(run)
    _merge_weekly(run)
    _activity_events(run)
    _drop_restated(run)
    run.deadlines.sort(key=lambda d: d.span[0] if d.span else 0)
    return run.events, run.deadlines


# a session's place told after its hours ("buổi sáng từ 08 giờ 00 tại Hội trường Khu phố 2, buổi chiều ...")
_SESSION_PLACE = r"(?:\s+tại\s+[^,;\n]{1,80}?)?"
# between a session's hours and the next session's, which the day closes ("buổi sáng từ 07 giờ 30 đến 11 giờ 30, buổi
# chiều từ 13 giờ 30 đến 17 giờ 00, thứ Tư ngày 15/4/2034"); the next one's single hour may follow its "từ"
_NEXT_SESSION_GAP = re.compile(rf"{_SESSION_PLACE}\s*[,;]\s*(?:và\s+)?(?:buổi\s+)?{_DAYPARTS}\s*(?::\s*)?"
                               rf"(?:(?:từ|lúc|vào)\s+)?", re.IGNORECASE)
# between the last session's hour (and its place) and the day that closes the sessions ("buổi chiều từ 14 giờ 00 tại
# Hội trường Khu phố 7, thứ Bảy ngày 25/11/2034")
_SESSION_DAY_GAP = re.compile(rf"{_SESSION_PLACE}\s*,\s*", re.IGNORECASE)
# a session's single opening hour after its part of the day ("buổi sáng từ 08 giờ 00")
_SESSION_HOUR_BEFORE = re.compile(rf"(?<!\w)(?:buổi\s+)?{_DAYPARTS}\s+(?:từ|lúc|vào)\s*$", re.IGNORECASE)
_SESSION_HOUR_REACH = 24  # "buổi rạng sáng từ " before the hour


def _is_clock_span(t: TimeExpr) -> bool:
    """A span of clock hours with no day ("từ 13 giờ 30 đến 16 giờ 30")."""
    return t.kind == "period" and t.value is not None and t.end_value is not None \
        and _CLOCK.fullmatch(t.value) is not None and _CLOCK.fullmatch(t.end_value) is not None


def _is_session_hour(text: str, t: TimeExpr) -> bool:
    """A session's single opening hour with no day, after its part of the day ("buổi sáng từ 08 giờ 00")."""
    return t.kind == "time" and t.value is not None and _CLOCK.fullmatch(t.value) is not None \
        and _SESSION_HOUR_BEFORE.search(text, max(0, t.start - _SESSION_HOUR_REACH), t.start) is not None


def _on_day(t: TimeExpr, day: str, inferred: bool) -> TimeExpr:
    """A session's hours (a span or a single hour) on the day given after them."""
    if t.kind == "period":
        return replace(t, value=f"{day}T{t.value}", end_value=f"{day}T{t.end_value}", inferred=inferred)
    return replace(t, kind="datetime", value=f"{day}T{t.value}", inferred=inferred)


def _sessions_of_one_day(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """A session's hours told without a day, right before the next session's hours and their day ("buổi sáng từ 07 giờ
    30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ 00, thứ Tư ngày 15/4/2034"): both are sittings of that day
    (rounds 75-79's leftovers, h858); so are single opening hours with their places, the day told after the last
    ("buổi sáng từ 08 giờ 00 tại Hội trường Khu phố 2, buổi chiều từ 14 giờ 00 tại Hội trường Khu phố 7, thứ Bảy ngày
    25/11/2034": rounds 80-84's leftovers, h936)."""
    out = _last_session_on_its_day(text, times)
    for i in range(len(out) - 2, -1, -1):
        t, nxt = out[i], out[i + 1]
        if not (_is_clock_span(t) or _is_session_hour(text, t)) or nxt.value is None or "T" not in nxt.value:
            continue
        if _NEXT_SESSION_GAP.fullmatch(text, t.end, nxt.start) is None:
            continue
        out[i] = _on_day(t, nxt.value[:_DAY_LEN], nxt.inferred)
    return out


def _last_session_on_its_day(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """A session's single hour, its place, then the day ("buổi chiều từ 14 giờ 00 tại Hội trường Khu phố 7, thứ Bảy
    ngày 25/11/2034"): the hour on that day, one time; the day closing the sessions is no occasion of its own."""
    out: list[TimeExpr] = []
    for t in times:
        prev = out[-1] if out else None
        if prev is not None and t.kind == "date" and t.value is not None and len(t.value) == _DAY_LEN \
                and _is_session_hour(text, prev) and _SESSION_DAY_GAP.fullmatch(text, prev.end, t.start):
            out[-1] = replace(_on_day(prev, t.value, t.inferred), end=t.end, text=text[prev.start:t.end])
            continue
        out.append(t)
    return out


_SAME_DAY_AFTER = re.compile(r"\s*cùng\s+ngày(?!\s*\d)", re.IGNORECASE)
_SAME_DAY_AT_END = re.compile(r"(?<!\w)cùng\s+ngày$", re.IGNORECASE)  # a time's text given its day by "cùng ngày"
# a by-when's cue right before the clock time: only a duty's hour is given its day; a second sitting that day
# ("lễ khai mạc lúc 05 giờ 45 cùng ngày") or an hour told of what happened ("cấp điện trở lại ... lúc 23 giờ 30
# cùng ngày") is no occasion of its own (h365, h324)
_SAME_DAY_CUE_BEFORE = re.compile(r"(?<!\w)(?:trước|chậm\s+nhất(?:\s+là)?)\s*$", re.IGNORECASE)
_SAME_DAY_CUE_REACH = 16  # "chậm nhất là " before the time
# a clause opening on a second session's hour "cùng ngày" ("từ 07 giờ 00 ngày 20/8/2036 khám cho ...; từ 13 giờ 30 cùng
# ngày khám cho ..."): a sitting of its own, where "lúc ... cùng ngày" tells a second part of the same sitting
_SAME_DAY_SESSION_BEFORE = re.compile(r"(?:^|[;:])\s*từ\s*$", re.IGNORECASE | re.MULTILINE)


# a list item's label before its time ("- Phiên giao dịch việc làm lưu động: "), the item naming a sitting of its own
_ITEM_LABEL = re.compile(r"[ \t]*(?:[-–+•*][ \t]*|[a-zđ]\)[ \t]*|\d{1,2}[.)][ \t]*)?[^\W\d][^\n:;.]{0,80}:[ \t]*$")


def _on_the_same_day(text: str, t: TimeExpr, last_day: str | None) -> TimeExpr:
    """A by-when's clock time "cùng ngày" ("Lễ trao ... lúc 14 giờ 00 ngày 22/11/2028 ...; có mặt trước 13 giờ 30
    cùng ngày") is on the day of the dated time read last before it: that day and hour (thirty-sixth heldout
    round); so is a list item's span of hours "cùng ngày", a sitting of its own ("- Phiên giao dịch việc làm lưu
    động: từ 13 giờ 30 đến 16 giờ 30 cùng ngày tại ...", as h387's "chiều cùng ngày tại ..."; round 80, h888)."""
    if _item_hours_same_day(text, t, last_day):
        same = _SAME_DAY_AFTER.match(text, t.end)
        assert same is not None and last_day is not None and t.value is not None and t.end_value is not None
        return replace(t, end=same.end(), text=text[t.start:same.end()], value=f"{last_day}T{t.value}",
                       end_value=f"{last_day}T{t.end_value}")
    if t.kind != "time" or t.value is None or last_day is None or not _same_day_cue(text, t):
        return t
    same = _SAME_DAY_AFTER.match(text, t.end)
    if same is None:
        return t
    return replace(t, end=same.end(), text=text[t.start:same.end()], kind="datetime", value=f"{last_day}T{t.value}")


def _same_day_cue(text: str, t: TimeExpr) -> bool:
    """A by-when's cue or a session's opening "từ" right before a clock time told "cùng ngày"."""
    lo = max(0, t.start - _SAME_DAY_CUE_REACH)
    return _SAME_DAY_CUE_BEFORE.search(text, lo, t.start) is not None \
        or _SAME_DAY_SESSION_BEFORE.search(text, lo, t.start) is not None


def _item_hours_same_day(text: str, t: TimeExpr, last_day: str | None) -> bool:
    """A span of clock hours ("từ 13 giờ 30 đến 16 giờ 30") right after a list item's label, then "cùng ngày"."""
    if last_day is None or not _is_clock_span(t):
        return False
    line_start = text.rfind("\n", 0, t.start) + 1
    return _SAME_DAY_AFTER.match(text, t.end) is not None and _ITEM_LABEL.fullmatch(text, line_start, t.start) is not None



def _hours_of_a_day(t: TimeExpr) -> bool:
    """A session's hours on one day ("từ 07 giờ 30 đến 11 giờ 30, thứ Bảy ngày 08/4/2034"): a day "cùng ngày" names."""
    return (t.kind == "period" and t.value is not None and t.end_value is not None and len(t.value) > _DAY_LEN
            and t.value[:_DAY_LEN] == t.end_value[:_DAY_LEN])


def _merge_weekly(run: _Run) -> None:
    """A weekly duty's day and its hour read as two times of one clause ("vào thứ Hai hằng tuần, trước 10 giờ
    sáng"): one duty, the day's with the hour's time."""
    out: list[Deadline] = []
    for d in run.deadlines:
        prev = out[-1] if out else None
        r, pr = d.recurrence, prev.recurrence if prev else None
        if prev is not None and r is not None and pr is not None and prev.span == d.span \
                and r.freq == pr.freq == "weekly" and pr.weekday is not None and pr.time is None \
                and r.weekday is None and r.time is not None:
            out[-1] = prev.model_copy(update={"recurrence": pr.model_copy(update={"time": r.time})})
            continue
        out.append(d)
    run.deadlines[:] = out


_BRACKETED = re.compile(r"\s*\)")  # an anniversary's span glossing the day's name in brackets
_DAY_AFTER = re.compile(r"(?<!\w)ngày\s+\d{1,2}[/.-]\d{1,2}", re.IGNORECASE)  # the day it is held on, later in the clause
# the day a meeting is held, given before the anniversary it marks ("Tổ chức Hội nghị ... vào ngày 14/10/2031, nhân
# dịp kỷ niệm 101 năm Ngày truyền thống ... (15/10/1930 - 15/10/2031)"; fifty-seventh heldout round, h637), its "vào"
# left out too ("Tổ chức Lễ mít tinh ngày 14/10/2031 kỷ niệm ..."; issue 10, generalisation audit 58)
_HELD_DAY_BEFORE = re.compile(r"(?<!\w)(?:vào\s+(?:[^,;()\n]{0,20}\s)?)?ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}",
                              re.IGNORECASE)


def _held_day_before(text: str, clause_from: int, t: TimeExpr) -> bool:
    """A day held given in the clause before an anniversary's bracketed span ("vào ngày 14/10/2031, nhân dịp kỷ niệm
    ... (15/10/1930 - 15/10/2031)"): the span only names the anniversary."""
    bracket = text.rfind("(", clause_from, t.start)
    return bracket >= 0 and _HELD_DAY_BEFORE.search(text, clause_from, bracket) is not None


# an anniversary greeted or looked toward ("chào mừng 99 năm Ngày thành lập Đoàn ...", "hướng tới kỷ niệm 101 năm ..."):
# what leads up to it, no day held on it
_GREETS = re.compile(r"(?<!\w)(?:chào\s+mừng|hướng\s+(?:tới|đến|về))(?:\s+kỷ\s+niệm)?\s+\d{1,3}\s+năm(?!\w)[^()\n]*(?:\(\s*)?$", re.IGNORECASE)
# the day held named later in the item, past a semicolon ("...; gặp mặt truyền thống vào ngày 04/12/2030")
_HELD_DAY_LATER = re.compile(r"(?<!\w)vào\s+(?:[^,;()\n]{0,20}\s)?ngày\s+\d{1,2}[/.-]\d{1,2}", re.IGNORECASE)


def _anniversary_unheld(text: str, t: TimeExpr, clause_left: str) -> bool:
    """An anniversary's bracketed span naming only which anniversary, no day held on it: greeted by what leads up to it
    ("Tạo đợt sinh hoạt chính trị ...; chào mừng 99 năm Ngày thành lập Đoàn ... (26/3/1931 - 26/3/2030).", h570), or
    marked by activities whose day the item gives past a semicolon ("Tổ chức các hoạt động kỷ niệm 41 năm ...
    (06/12/1989 - 06/12/2030); gặp mặt truyền thống vào ngày 04/12/2030", h572; rounds 53-58's leftovers). Without
    either, the anniversary is the day celebrated ("Tổ chức tuyên truyền kỷ niệm 95 năm ... (18/11/1930 -
    18/11/2025)", h122), and so is it where an occasion greets it ("Lễ mít tinh chào mừng 95 năm ...": event_noun)."""
    if _GREETS.search(clause_left):
        return _cues().event_noun.search(clause_left) is None
    line_end = text.find("\n", t.end)
    return _BRACKETED.match(text, t.end) is not None \
        and _HELD_DAY_LATER.search(text, t.end, len(text) if line_end < 0 else line_end) is not None


def _anniversary(t: TimeExpr) -> bool:
    """A span of whole years between the same day ("26/3/1931 - 26/3/2011"): an anniversary."""
    v, e = t.value, t.end_value
    return (t.kind == "period" and v is not None and e is not None and len(v) >= 10 and len(e) >= 10
            and v[4:10] == e[4:10] and v[:4] != e[:4])


_JOINED_GAP = re.compile(r"\s*(?:,|và)\s*$")
# what may stand before a date that opens its sentence: a list marker, "Trong các ngày", "Đêm"
# ("Trong hai ngày 09 và 10/12/2026, ...": the days counted in a word or digits; a source: "Theo bản tin của Đài ... tỉnh,")
# ("Khoảng 22 giờ ngày 30/7/2027, tại ... xảy ra sạt lở": a clock time told about, "vào lúc", "khoảng")
_OPENING = re.compile(r"^\s*(?:[-–+•*]\s*|[0-9a-zđ]{1,2}[.)]\s*)?(?:theo\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,9}\s*,\s*)?"
                      r"(?:(?:vào\s+)?(?:khoảng|lúc)\s+)?"
                      rf"(?:(?:trong\s+)?(?:(?:các|hai|ba|bốn|\d{{1,2}})\s+)?(?:{_DAYPARTS}\s+)?(?:ngày\s*)?)?$",
                      re.IGNORECASE)
# a span of days opening its sentence after "Từ" ("- Từ ngày 05 - 07/11/2026, phối hợp tổ chức Phiên chợ ..."); a
# single day after it is a start, often an effective date ("Từ ngày 01/01/2027, ..."), not an occasion
_FROM_OPENING = re.compile(r"^\s*(?:[-–+•*]\s*|[0-9a-zđ]{1,2}[.)]\s*)?(?:kể\s+)?từ\s+$", re.IGNORECASE)
_FROM = re.compile(rf"(?:{FROM_WORDS}|kể\s+từ)\s", re.IGNORECASE)  # OCR's "tù ngày ..." too
# a numbered round of a campaign ("Đợt 1:", "đợt II") or phase of a plan ("Giai đoạn 2:"), not a spell of
# weather ("đợt mưa lũ từ ngày ...") nor a term ("giai đoạn 2021 - 2025")
_ROUND = re.compile(r"(?<!\w)(?:đợt|giai\s+đoạn)\s+(?:\d{1,2}|[IVX]{1,4})(?!\w)", re.IGNORECASE)
_OPEN_QUOTE = re.compile(r"[“\"][^”\"]{0,80}$")
_WEEKDAY_AFTER = re.compile(r"^\s*(?:\([^()\n]{1,12}\))?\s*")  # "(Thứ Sáu)" between a date and its verb
# a body named right after an opening date, then "sẽ/đã" before its verb (no comma between)
_SUBJECT_THEN_TENSE = re.compile(r"\s+[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){0,8}?\s+(?:sẽ|đã)\s+")
_FORECAST_REACH = 60  # how far after a window opening its sentence the weather it forecasts is looked for
_VERB_AFTER_REACH = 160  # how far after an opening date the reported activity's verb is looked for


def _month_span(t: TimeExpr) -> bool:
    """A range of months or days ("từ tháng 9/2026 đến hết tháng 11/2026")."""
    return t.kind == "period" and len(t.value or "") >= 7 and len(t.end_value or "") >= 7


_PRINTED_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _months(t: TimeExpr) -> bool:
    """A month or a run of months with its year printed ("| Tháng 6 - tháng 7/2027 |", "| Tháng 8/2027 |"):
    in an activity table's time column, when that row's activity runs."""
    month = len("2027-06")
    if _PRINTED_YEAR.search(t.text) is None or len(t.value or "") != month:
        return False  # the year printed (the first month of a run takes the last one's)
    return t.kind == "month" or (t.kind == "period" and len(t.end_value or "") == month)


def _day_span(t: TimeExpr) -> bool:
    """A range of whole days or clock times ("từ 20h00 ngày 06/12 đến 06h00 ngày 07/12/2025")."""
    return t.kind == "period" and len(t.value or "") >= 10 and len(t.end_value or "") >= 10


def _forecast_window(t: TimeExpr, clause_left: str, right: str) -> bool:
    """A weather bulletin's window opening its sentence ("Từ đêm 03/11 đến hết ngày 05/11/2027 trên địa bàn tỉnh có
    mưa to"): what a công điện's orders answer, an event as after "Dự báo" (docs/RECORD.md Conventions)."""
    if not (_day_span(t) and _FROM.match(t.text)):
        return False
    if not (_OPENING.match(clause_left) or _FROM_OPENING.match(clause_left) or _AFTER_COMMA.search(clause_left)):
        return False
    return _cues().forecast_after.search(right, 0, _FORECAST_REACH) is not None


# a window opening a clause after the bulletin's source and cause ("Theo tin của Đài ... lúc 15 giờ ngày 27/10/2029,
# do ảnh hưởng của không khí lạnh, từ ngày 28/10/2029 đến ngày 31/10/2029 trên địa bàn tỉnh có mưa to"; forty-seventh
# heldout round): the weather after it still makes it the forecast window
_AFTER_COMMA = re.compile(r",\s*$")


def _reported_event(t: TimeExpr, clause_left: str, right: str) -> bool:
    """A date opening its sentence before what happened on it ("Ngày 05/11/2025, tại trụ sở, đồng chí
    Chủ tịch đã có buổi làm việc ..."), a downtime window "từ ... đến ...", or an occasion's date
    inside its quoted name after an event verb ("tổ chức Ngày hội “Chủ nhật xanh 15/3/2025”")."""
    cues = _cues()
    if t.kind not in ("date", "datetime", "period") or t.value is None:
        return False
    opening = _OPENING.match(clause_left) or (_day_span(t) and _FROM_OPENING.match(clause_left))
    if opening and right.lstrip().startswith(","):
        if t.kind == "period" and not _day_span(t):
            return False  # "Trong quý III, các cơ sở Đoàn đã tổ chức ...": a report's period, not a day
        if (cues.event_report_verb.search(right, 0, _VERB_AFTER_REACH) and not _counting_window(t, right)) \
                or _incident_opening(t, clause_left, right):
            return True
    one_day = t.kind in ("date", "datetime")
    if (one_day or (_day_span(t) and _FROM.match(t.text))) and _OPENING.match(clause_left) \
            and cues.event_verb.match(_WEEKDAY_AFTER.sub("", right, 1)):
        # "3. Ngày 20/11/2026 tổ chức sinh hoạt chuyên đề", as a message writes it without a comma; "- Từ ngày 14
        # đến ngày 18/12/2026 ra quân tổng vệ sinh môi trường"
        return True
    subject = _SUBJECT_THEN_TENSE.match(right) if one_day and _OPENING.match(clause_left) else None
    if subject and cues.event_report_verb.match(right, subject.end()):
        return True  # "ngày 10/3/2027 Ban Thường vụ Huyện ủy sẽ tổ chức Hội nghị ...": a body, then its act
    if _day_span(t) and _FROM.match(t.text) and (cues.event_report_verb.search(clause_left)
                                                 or cues.event_range_verb.search(clause_left)):
        # "Tạm dừng cung cấp dịch vụ từ 20h00 ngày 06/12 đến 06h00 ngày 07/12/2025",
        # "Sau 07 ngày triển khai (từ 26/7 đến 01/8/2026)"
        return True
    if _forecast_window(t, clause_left, right):
        return True
    quote = _OPEN_QUOTE.search(clause_left)
    return bool(quote and (cues.event_verb.search(clause_left, 0, quote.start())
                           or cues.event_noun.search(clause_left, 0, quote.start())))


# a report's figures told right after its window: "đã", its verbs, then a count ("Từ ngày 15/12/2029 đến ngày 05/3/2030,
# các đơn vị đã chủ trì và phối hợp phát hiện, bắt giữ 147 vụ/183 đối tượng", fifty-fourth heldout round, h598)
_COUNTED_AFTER = re.compile(r"\s*,[^.;:\n]{0,80}?(?<!\w)đã(?!\w)(?P<verbs>[^.;:\d\n]{0,60}?)\s\d[\d.,]*\s+[^\W\d_]",
                            re.IGNORECASE)


def _counting_window(t: TimeExpr, right: str) -> bool:
    """A span of days opening a report's sentence whose clause tells at once what was done in it with a figure: the
    window the report counts its results in (as "Từ ngày 01/7 đến ngày 30/11/2029, Công an toàn tỉnh đã thu nhận
    86.420 hồ sơ"), no occasion, unless an occasion's verb comes first ("đã tổ chức 3 lớp tập huấn")."""
    m = _COUNTED_AFTER.match(right) if _day_span(t) else None
    return m is not None and _cues().event_verb.search(m.group("verbs")) is None


def _incident_opening(t: TimeExpr, clause_left: str, right: str) -> bool:
    """A clock time opening its sentence, the incident told after it ("Khoảng 22 giờ ngày 30/7/2027, tại khu vực
    Khóm 3 xảy ra sạt lở ..."): the incident itself, an event even in a letter written after it, as "xảy ra lúc
    22 giờ ngày ..." is (incident_before); a bare day told so is background."""
    return t.kind == "datetime" and _OPENING.match(clause_left) is not None and right.lstrip().startswith(",") \
        and _cues().incident_verb.search(right, 0, _VERB_AFTER_REACH) is not None


def _month_of_meeting(word: str, clause_left: str) -> bool:
    """'trong tháng 12/2026' or 'vào tháng 4/2028' after a meeting's verb ('tổng kết kế hoạch trong tháng 12/2026',
    'Tổ chức Ngày hội ... vào tháng 4/2028'), or after an inspection at places ('kiểm tra ... tại các xã trong tháng
    01/2033'): the month it is held in ('trong tháng 3/2025, toàn tỉnh có ...' stays background)."""
    return word in ("trong", "vào") and bool(_cues().event_month_verb.search(clause_left)
                                            or _cues().works_start_verb.search(clause_left)
                                            or _cues().inspection_visit.search(clause_left))


# A plan's item naming an activity, then when it runs: "1. Tuyên truyền: từ ngày 10/01 đến ngày 10/02/2027, treo
# cờ ...", "3. Hội nghị học tập, quán triệt ...: trong tháng 02/2027", "2. Lễ kỷ niệm: 8 giờ 00 ngày 02/02/2027".
# A tentative time reads the same: "3. Hội thi ... cấp huyện: dự kiến trong tháng 4/2027"; so does a kept one
# ("1. Vòng sơ khảo: giữ nguyên từ 08/3 đến 12/3/2027") (the words between: item_time_filler in schedule_cues.tsv).
# A day-part and weekdays may stand between ("- Thi viết: buổi sáng thứ Tư và thứ Năm, ngày 13 và 14/01/2027",
# "- Chung kết Hội thi ...: tối Chủ nhật, ngày 14/3/2027", "- Tổng duyệt: chiều 24/4/2027").
# an activity that starts at a time and runs until further notice: "cấm biển từ 12 giờ ngày 25/11/2026 cho đến khi
# có thông báo mới"
_FROM_BEFORE = re.compile(r"(?<!\w)(?:kể\s+)?từ\s*$", re.IGNORECASE)
# a rate of an activity right before the day it starts ("02 lần/tuần từ ngày 01/01/2027", "01 buổi/tháng kể từ ...")
_RATE_THEN_FROM = re.compile(r"\d+\s*(?:lần|buổi|kỳ|số)\s*/\s*(?:ngày|tuần|tháng|quý)\s+(?:kể\s+)?từ\s*$", re.IGNORECASE)
_UNTIL_FURTHER = re.compile(r"^\s*(?:cho\s+)?(?:đến|tới)\s+khi(?!\w)", re.IGNORECASE)


def _labelled_item(t: TimeExpr, clause_left: str) -> bool:
    m = _cues().labelled_item.match(clause_left)
    if m is None or _cues().deadline_verb.search(m.group("label")):
        return False  # "- Báo cáo kết quả: trong tháng 12/2026" is a by-when
    if t.kind == "month":
        return not t.inferred
    # a run of days ("ngày 13 và 14/01/2027", "thứ Bảy 10/4 và Chủ nhật 11/4/2027"), or of months from one to another ("từ tháng 3 đến
    # tháng 5/2027")
    return t.kind in ("date", "datetime") or _day_span(t) or (_month_span(t) and _FROM.match(t.text) is not None)


# how many days an occasion takes, between its cue and its days ("diễn ra trong 02 ngày 12 và 13/12/2026", "trong hai
# ngày 17 - 18/7/2027", twenty-second heldout round)
_DAY_COUNT_BEFORE = re.compile(r"(?<=\s)(?:\d{1,2}|hai|ba|bốn|năm)\s*$", re.IGNORECASE)  # "trong hai ngày 17 - 18/7"


def _is_event(t: TimeExpr, clause_left: str, left: str, right: str) -> bool:
    cues = _cues()
    if t.kind == "month" and _TENTATIVE_DAY_AFTER.match(right):
        return False  # "Tổ chức Hội nghị ... trong tháng 6/2031 (dự kiến ngày 12/6/2031)": held that day, as after a
        # quarter (_deadline_cue; generalisation audit 64 of rounds 53-58's leftovers' c0ab36f)
    dayish = t.kind in ("date", "datetime", "period")
    if t.text[:4].lower() == "ngày":
        left = _DAY_COUNT_BEFORE.sub("", left)
    if _anniversary(t) or _labelled_item(t, clause_left):
        return True
    if t.kind in ("date", "datetime") and _FROM_BEFORE.search(left) and _UNTIL_FURTHER.match(right):
        return True
    if t.kind == "date" and _RATE_THEN_FROM.search(left) and not cues.deadline_verb.search(clause_left):
        return True  # "thực hiện chuyên mục ... ít nhất 02 lần/tuần từ ngày 01/01/2027": a recurring activity starts
    m = cues.event_before.search(left) or _damaged_event_before().search(_bare_lower(left).replace("i", "l"))
    if m:
        word = _bare_cue(m)
        if word in ("vào", "trong", "lúc"):
            # a bare "vào/trong" makes an event of a day, or of a named occasion month;
            # "trong năm 2021", "trong 6 tháng đầu năm" are background
            return (dayish and (t.kind != "period" or _day_span(t))) or (t.kind == "month" and not t.inferred
                                                        and (not _NUMERIC_MONTH.match(t.text)
                                                             or _month_of_meeting(word, clause_left)))
        return True
    if cues.event_label.match(clause_left) and t.kind != "time":
        return True
    if _day_span(t) and _FROM.match(t.text) and (label := cues.event_label_range.search(clause_left)) \
            and not cues.deadline_verb.search(label.group("label")):
        return True  # "Thời gian học từ ngày 17/11/2025 đến ngày 21/11/2025"
    if _day_span(t) and _FROM.match(t.text) and cues.event_noun.search(clause_left):
        return True  # "Hội trại truyền thống từ ngày 24/3 đến ngày 26/3/2026"
    if _month_span(t) and _FROM.match(t.text) and _ROUND.search(clause_left):
        return True  # "Đợt 1: tiêm phòng từ ngày ...", "Giai đoạn 3: từ tháng 9/2026 đến hết tháng 11/2026"
    if dayish and t.kind != "period" and cues.event_occasion.search(left):
        return True  # "Tổng kết, khen thưởng vào buổi chào cờ ngày 06/10/2025"
    if dayish and _DAYPART_BEFORE.search(left) and cues.event_verb.search(right):
        return True
    if t.kind == "datetime" and cues.event_noun.search(clause_left):
        return True
    if (t.kind in ("date", "datetime") or (t.kind == "month" and not t.inferred)) and _ITEM_MARK.match(clause_left) \
            and _schedule_label(t, _ITEM_MARK.sub("", clause_left)) \
            and (_COLON_AFTER.match(right) or (t.kind == "date" and _JOINED_DAY_COLON.match(right))):
        # a schedule's line: "- Thứ Hai, ngày 01/12/2025: trẻ em các thôn Đông, Tây", "- Tháng 3/2026: kiểm tra ...",
        # a message's "📅 Thứ 7 (06/3): Lễ ra quân ...", "📅 Tối 26/3 lúc 19h30: Đêm giao lưu ..."
        return True
    if dayish and (t.kind != "period" or _day_span(t)) and cues.event_noun.search(clause_left) \
            and _COLON_BEFORE.search(left):
        return True  # "Ngày hội hiến máu ...: ngày 16/3/2024", "Phỏng vấn: từ ngày 12/9 đến ngày 14/9/2025"
    return False


_FROM_CLOCK = re.compile(r"\s*từ\s*", re.IGNORECASE)


def _schedule_label(t: TimeExpr, lead: str) -> bool:
    """What may stand before a schedule line's time: a part of the day, or "Từ" before a sitting's clock time ("- Từ
    8 giờ 00 thứ Sáu, ngày 16/7/2027: Biểu quyết ...", twenty-second heldout round; "- Từ ngày 01/01/2027: áp dụng
    ..." is a start, not a sitting)."""
    return bool(_DAYPART_ONLY.fullmatch(lead)) or (t.kind == "datetime" and bool(_FROM_CLOCK.fullmatch(lead))) \
        or (t.kind == "date" and bool(_JOINED_DAY_LEAD.fullmatch(lead)))


def _activity_events(run: _Run) -> None:
    """The activity default (extract/activity.py), a final pass over the times no cue made anything of: each
    is an event at DEFAULT_CONFIDENCE when an activity is named next to it and what every event obeys allows
    it; a day some event already holds stays that event's."""
    for p in run.pending:
        t = p.t
        if t.value is None:
            continue
        if programme_sitting(run.ctx.text, t):  # a programme table's row: a sitting of its own, whatever its topic
            if any(e.date == t.value for e in run.events) or _not_an_occasion(run, p):
                continue
        elif _day_taken(run.events, t.value, t.end_value) and not _a_later_session(run.events, t) \
                or not activity_event(p, _cues().deadline_verb) or _not_an_occasion(run, p):
            continue
        run.seen_events.add((t.value, t.end_value))
        a, b = p.clause
        if t.inferred:
            run.ctx.warn("inferred_year", f"event {t.text!r} read as {t.value} from context", (t.start, t.end))
        run.events.append(Event(span=(a, b), date=t.value, end=t.end_value, text=" ".join(run.ctx.text[a:b].split()),
                                inferred=t.inferred, confidence=DEFAULT_CONFIDENCE))


def _a_later_session(events: list[Event], t: TimeExpr) -> bool:
    """A clock time told "cùng ngày" (its day the dated time's before it) at an hour no event of the day holds ("từ 07
    giờ 00 ngày 20/8/2036 khám cho ...; từ 13 giờ 30 cùng ngày khám cho ..."): a sitting of its own that day."""
    return t.kind == "datetime" and t.value is not None and _SAME_DAY_AT_END.search(t.text) is not None \
        and all(e.date != t.value for e in events)


def _day_taken(events: list[Event], value: str, end: str | None = None) -> bool:
    """Some event already starts on this day (a day inside another's range is a part of it in its own right:
    the final of a festival's days). A range is taken only by an event over the same days: a run of days
    starting on a day some one-day occasion holds is an occasion of its own ("ra quân kiểm tra vào ngày
    15/12/2027" and "mở chuyên mục tuyên truyền từ ngày 15/12/2027 đến hết ngày 29/02/2028")."""
    day = value[:_DAY_LEN]
    if end is not None:
        return any(e.date[:_DAY_LEN] == day and e.end is not None and e.end[:_DAY_LEN] == end[:_DAY_LEN]
                   for e in events)
    return any(e.date[:_DAY_LEN] == day for e in events)


def _not_an_occasion(run: _Run, p: Pending) -> bool:
    """What keeps any time from being an event: history before a plan's date, a recurrence in its clause."""
    ctx, t = run.ctx, p.t
    if _past(ctx, t.end_value or t.value) and ctx.doc_type not in _TELLS_WHAT_HAPPENED:
        return True
    a, b = p.clause
    if t.kind == "month" and _TENTATIVE_DAY_AFTER.match(ctx.text, t.end):
        return True  # "... trong tháng 6/2031 (dự kiến ngày 12/6/2031)": the day in brackets is the occasion
    return _cues().recurrence_any.search(ctx.text, a, b) is not None or _opens_a_window_to_a_by_when(p)


# "từ ngày 17/11/2028 đến trước 17 giờ 00 ngày 24/11/2028": a window whose close is a by-when, not one span of days
_TO_A_BY_WHEN = re.compile(r"\s*(?:đến|tới)\s+(?:trước|hết|chậm\s+nhất)(?!\w)", re.IGNORECASE)


def _opens_a_window_to_a_by_when(p: Pending) -> bool:
    """The first day of a window closing at a by-when ("Các đơn vị nhập dữ liệu đăng ký dự thi ... từ ngày 17/11/2028
    đến trước 17 giờ 00 ngày 24/11/2028"): when the filing opens, no occasion held that day (rounds 35-46's
    leftovers, h436)."""
    return bool(_FROM_BEFORE.search(p.left)) and _TO_A_BY_WHEN.match(p.right) is not None

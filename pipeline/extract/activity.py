"""The events extractor's default: a day no cue claimed is an occasion when an activity is named next to it.

schedule.py reads a time as an event only when a known cue phrase stands next to it ("Thời gian:", "vào
ngày", "tổ chức từ"), so every new phrasing was missed at first ("Trong hai ngày 09 và 10/12/2026, Trạm Y tế
xã phối hợp Bệnh viện ... khám sàng lọc", "| 4 | Lễ Giỗ Tổ Hùng Vương | ... ngày 15/4/2027 |"). After the
cue rules, each time they left alone (schedule.py keeps it as a Pending, with the clause it computed) is an
event when
- it names at least a day (a date, a day with its clock time, a range of days), or a month printed with its
  year after "trong", "dự kiến" (month_lead) when a meeting is named before it ("Hội nghị tổng kết ... dự
  kiến tháng 12/2026"; "cuộc họp giao ban tháng 5/2027" names the month reviewed);
- an ACTIVITY (models/tables/event_activity.tsv: a verb or noun of doing or holding) stands within
  ACTIVITY_REACH characters of it inside its clause (a table row, a list item, a programme line: the clause
  ends at the line);
- and nothing says the date is of something else: a start or end of another span, a birth, an issue or
  effect, an adoption, a founding, a web page's stamp, an earlier year (not_before, not_near), a clause
  citing documents (basis), a document's type name before it with no activity between or with its number,
  title or "này" after it (a citation's, a title's or the document's own date), an open quote (a quoted
  title), a lunar date (its solar restatement is read), a duty's verb before it or before the activity
  (a by-when the cues did not read: "Ngày 20/11/2026 các bạn nộp bài dự thi").
schedule.py then applies what every event obeys (history before the document's date in a plan, a
recurrence in the clause, a day an event already starts on) and gives the event DEFAULT_CONFIDENCE, lower
than a cue's (1.0).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vanban.grammar.timex import LUNAR_MARK, TimeExpr
from vanban.tables import rows
from vanban.textutil import fold_lower, phrase_alternation

DEFAULT_CONFIDENCE = 0.6  # an event read by the activity default; a cue's event is 1.0
ACTIVITY_REACH = 150  # how far from its time (inside the clause) an activity's word is looked for
NEAR_REACH = 60  # how far from its time a word telling what the date is of instead (not_near) is looked for
DOCUMENT_REACH = 100  # how far before its time a document's type name makes it the document's date
STARTED_REACH = 100  # how far before a lone "từ <day>" the activity that starts on it is looked for
_MONTH_LEN = len("2027-03")


@dataclass(frozen=True)
class Pending:
    """A time no cue made anything of, with what schedule.py computed around it."""

    t: TimeExpr
    clause: tuple[int, int]
    clause_left: str  # the clause before the time (with its line's item number)
    left: str  # at most schedule._BEFORE_WORDS characters before the time, inside the clause
    right: str  # the clause after the time


@dataclass(frozen=True)
class _Cues:
    activity: re.Pattern[str]
    meeting: re.Pattern[str]  # the activities that make a month an event
    not_before: re.Pattern[str]
    not_before_day: re.Pattern[str]  # before a single day only ("từ ngày 01/01/2027": a start)
    not_near: re.Pattern[str]
    basis: re.Pattern[str]
    stamp: re.Pattern[str]  # a web page's posting stamp right before the time ("Cập nhật lúc ")
    month_lead: re.Pattern[str]  # "trong", "dự kiến" right before a meeting's month
    document: re.Pattern[str]  # a document's type name, capitalised as a citation prints it


def _activity_rx(table: list[list[str]], kinds: tuple[str, ...]) -> re.Pattern[str]:
    """The activities of these values, not after a word that makes a noun of them ("Ban Tổ chức") nor before
    one that makes another word ("giải quyết", "đợt rét")."""
    def words(kind: str) -> set[str]:
        return {" ".join(fold_lower(r[1]).split()) for r in table if r[0] == kind}
    acts = {" ".join(fold_lower(r[1]).split()) for r in table if r[0] == "activity" and r[2] in kinds}
    not_after = "".join(rf"(?<!{re.escape(w)}\s)" for w in sorted(words("not_after")))
    # a word after the activity's that makes another of it, unless it opens a noun of people ("gặp mặt đoàn viên")
    unless = rf"(?!(?:{phrase_alternation(words('next_people'))})(?!\w))" if words("next_people") else ""
    return re.compile(rf"(?<!\w){not_after}(?:{phrase_alternation(acts)})(?!\w)"
                      rf"(?!\s+{unless}(?:{phrase_alternation(words('not_next'))})(?!\w))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    table = rows("event_activity.tsv")
    kind = {k: {" ".join(fold_lower(r[1]).split()) for r in table if r[0] == k}
            for k in ("not_before", "not_before_day", "not_near", "basis", "month_lead", "month_part", "stamp")}
    skip = {r[1] for r in table if r[0] == "not_document"}
    documents = {r[1] for r in rows("doc_types.tsv") if len(r) > 1 and r[1] and r[1] not in skip}
    i = re.IGNORECASE
    return _Cues(
        activity=_activity_rx(table, ("day", "month")),
        meeting=_activity_rx(table, ("month",)),
        not_before=re.compile(rf"(?<!\w)(?:{phrase_alternation(kind['not_before'])})\s*(?:ngày\s*)?$", i),
        not_before_day=re.compile(rf"(?<!\w)(?:{phrase_alternation(kind['not_before_day'])})\s*(?:ngày\s*)?$", i),
        not_near=re.compile(rf"(?<!\w)(?:{phrase_alternation(kind['not_near'])})(?!\w)", i),
        basis=re.compile(rf"^[\s\-–+•*]*(?:[0-9a-zđ]{{1,2}}[.)]\s*)?(?:{phrase_alternation(kind['basis'])})(?!\w)", i),
        stamp=re.compile(rf"(?<!\w)(?:{phrase_alternation(kind['stamp'])})\s*(?:lúc|vào|ngày)?\s*:?\s*$", i),
        month_lead=re.compile(rf"(?<!\w)(?:{phrase_alternation(kind['month_lead'])})"
                              rf"(?:\s+(?:{phrase_alternation(kind['month_part'])}))?\s*$", i),
        document=re.compile(rf"(?<!\w)(?:{phrase_alternation(documents)})(?!\w)"),  # case-sensitive
    )


_OPEN_QUOTE = re.compile(r"(?:“[^”\"]{0,120}|(?<![\w.,])\"[^”\"]{0,120})$")
_QUOTE_REACH = 120
_LUNAR_AFTER = re.compile(r"^\s*(?:âm\s+lịch|\(\s*(?:tức|nhằm)(?!\w))", re.IGNORECASE)
_BRACKET_REACH = 80  # a bracket restating a date is short


def _lunar_restatement_after(right: str) -> bool:
    """The bracket after the time restates it in the lunar calendar ("từ ngày 10/5 đến hết ngày 20/5/2033 (tức từ
    ngày 11 đến ngày 21 tháng 4 năm Quý Sửu)"; seventy-second heldout round, h801): the time is the solar date, the
    occasion's own. A bracket naming no lunar mark ("mùng 8 tháng Giêng (tức ngày 13/02/2027)") restates a lunar
    time in the solar calendar, and that time stays unread."""
    close = right.find(")", 0, _BRACKET_REACH)
    return close >= 0 and LUNAR_MARK.search(right, 0, close) is not None


# a document's number, title or date follows, or "này": the document itself ("Nghị quyết này ... thông qua ngày ...")
_TITLE_AFTER = re.compile(r"\s*(?:số|về|v/v|ngày|này)(?!\w)", re.IGNORECASE)
# "15 hội nghị", "các lớp": a count, not one (not "4. Gặp mặt", "Chi đoàn 10A1", nor a row's number in the cell
# before: "4<TAB>Tổng kết ...", a tab is a cell's edge)
_COUNTED = re.compile(r"(?<![\w.,])(?:\d+(?:[.,]\d+)*|các|những|nhiều)[^\S\t\n]+$", re.IGNORECASE)
_PERIOD_OPENING = re.compile(r"^[\s\-–+•*]*(?:[0-9a-zđ]{1,2}[.)]\s*)?(?:trong|từ|đến)?\s*$", re.IGNORECASE)


def _names_a_day(t: TimeExpr) -> bool:
    """A date, a day with its clock time, or a range of whole days."""
    if t.kind in ("date", "datetime"):
        return t.value is not None
    return t.kind == "period" and len(t.value or "") >= len("2027-03-26") and len(t.end_value or "") >= len("2027-03-26")


# the time opens a clause of its own after a comma, its subject after it (", ngày 19/4/2030, Hội đồng xét chọn đã họp")
_OWN_CLAUSE_LEFT = re.compile(r",\s*(?:vào\s+)?(?:ngày\s*)?$", re.IGNORECASE)
_SUBJECT_AFTER = re.compile(r"\s*,\s*[A-ZĐÀ-Ỹ]")


def _opens_own_clause(p: Pending) -> bool:
    """The time opens its own clause after a basis or a citation ("Thực hiện Kế hoạch số 08-KH/UBH ngày 15/02/2030
    ... về xét chọn ..., ngày 19/4/2030, Hội đồng xét chọn đã họp"): the day of what follows, not of the document
    cited before it."""
    return _OWN_CLAUSE_LEFT.search(p.left) is not None and _SUBJECT_AFTER.match(p.right) is not None


def _of_something_else(p: Pending) -> bool:
    """The words around the time tell what the date is of instead of an occasion."""
    c = _cues()
    own = _opens_own_clause(p)
    if c.not_before.search(p.left) or (c.basis.match(p.clause_left) and not own) or _inside_quote(p.left):
        return True
    if p.t.kind != "period" and c.not_before_day.search(p.left) and not _started_activity(p):
        return True  # "từ ngày 01/01/2027" alone: when something starts to apply; a range's "từ" is its start
    if _LUNAR_AFTER.match(p.right) and not _lunar_restatement_after(p.right):
        return True
    near = p.clause_left[-NEAR_REACH:] + " " + p.right[:NEAR_REACH]
    return c.not_near.search(near) is not None


def _inside_quote(left: str) -> bool:
    """The time is inside an open quotation (a title quoted before it: "Ngày hội 'Tuổi trẻ ... ngày 26/3'"): a curly
    “ not closed, or a straight quote opening (after a space or a line's start) and not closed. A closing quote
    ('mô hình "Chợ 4.0" tại ...') opens nothing."""
    m = _OPEN_QUOTE.search(left)
    if m is None:
        return False
    if m.group().startswith("“"):
        return True
    return left[max(0, m.start() - _QUOTE_REACH):m.start()].count('"') % 2 == 0


def _started_activity(p: Pending) -> bool:
    """An activity of a day's kind right before a lone "từ <day>" in its clause ("cử 02 đoàn công tác kiểm tra,
    hỗ trợ các tỉnh ... từ ngày 05/9/2027"): the day the activity starts, not a rule's effective date."""
    before = p.clause_left[-STARTED_REACH:]
    return any(not _COUNTED.search(before, 0, m.start()) for m in _cues().activity.finditer(before))


def _document_before(p: Pending) -> bool:
    """A document's type name before the time with no activity between ("Kế hoạch của UBND tỉnh ngày
    05/01/2027", "Quyết định về việc ... ngày ..."): the document's date, a citation's or a title's."""
    c = _cues()
    before = p.clause_left[-DOCUMENT_REACH:]
    found = list(c.document.finditer(before))
    if not found or "\t" in before[found[-1].end():]:
        return False  # "1<TAB>Tổ chức Hội nghị triển khai Kế hoạch<TAB>...<TAB>Ngày 25/01/2028": the row's own day
    # "Quyết định về việc tổ chức Hội thi ... ngày ...": a title or a citation however many activities it names
    return _TITLE_AFTER.match(before, found[-1].end()) is not None or c.activity.search(before, found[-1].end()) is None


def _reviewed_document(p: Pending) -> bool:
    """A meeting's month after the name of the document it reviews ("Hội nghị sơ kết 6 tháng thực hiện Nghị quyết
    vào trung tuần tháng 7/2028"): the meeting is named before the document, and a document's own date is a day,
    never a month after "vào", "trong" (_meeting_month's month_lead)."""
    if not _meeting_month(p):
        return False
    c = _cues()
    before = p.clause_left[-DOCUMENT_REACH:]
    found = list(c.document.finditer(before))
    last = found[-1] if found else None
    if last is None or _TITLE_AFTER.match(before, last.end()) is not None:
        return False
    return any(not _COUNTED.search(before, 0, m.start()) for m in c.meeting.finditer(before, 0, last.start()))


def _activity_near(p: Pending, pattern: re.Pattern[str], duty: re.Pattern[str]) -> bool:
    """An activity's word within ACTIVITY_REACH of the time, inside its clause, not counted ("15 hội nghị");
    after the time, before any duty's verb ("Ngày 20/11/2026 các bạn nộp bài dự thi": a by-when)."""
    before = p.clause_left[-ACTIVITY_REACH:]
    for m in pattern.finditer(before):
        if not _COUNTED.search(before, 0, m.start()):
            return True
    stop = duty.search(p.right, 0, ACTIVITY_REACH)
    after = pattern.finditer(p.right, 0, stop.start() if stop else ACTIVITY_REACH)
    return any(not _COUNTED.search(p.right, 0, m.start()) for m in after)


def _meeting_month(p: Pending) -> bool:
    """A month printed with its year, after a meeting's name in its clause, not opening its sentence (a
    report's period: "Trong tháng 11/2026, Hội đã tổ chức ...")."""
    t = p.t
    if t.kind != "month" or t.inferred or len(t.value or "") != _MONTH_LEN or _PERIOD_OPENING.match(p.clause_left):
        return False
    if not _cues().month_lead.search(p.left):
        return False  # "cuộc họp giao ban tháng 5/2027": the month the meeting reviews
    before = p.clause_left[-ACTIVITY_REACH:]
    return any(not _COUNTED.search(before, 0, m.start()) for m in _cues().meeting.finditer(before))


def names_meeting(text: str) -> bool:
    """A meeting, a campaign or a course named, not counted ("| 3 | Lớp học bơi an toàn |", not "02 đợt"): what
    a month makes an occasion of (a table's month cell under a time header: schedule._time_column_cell)."""
    return any(not _COUNTED.search(text, 0, m.start()) for m in _cues().meeting.finditer(text))


def activity_event(p: Pending, duty: re.Pattern[str]) -> bool:
    """True when the pending time is an occasion by the activity default; duty: the verbs of a by-when
    (schedule_cues.tsv deadline_verb), which make the time none right before it."""
    if not (_names_a_day(p.t) or _meeting_month(p)):
        return False
    if _of_something_else(p) or (_document_before(p) and not _reviewed_document(p) and not _opens_own_clause(p)) \
            or duty.search(p.clause_left[-NEAR_REACH:]):
        return False
    return p.t.kind == "month" or _activity_near(p, _cues().activity, duty)


_CELL_EDGE = re.compile(r"[ \t]*[\t|]")  # a tab or a markdown table's bar after a cell
_ROW_OPENING = re.compile(r"[ \t]*\|?[ \t]*$")  # nothing but a table's bar before a row's first cell
_HEADER_ROWS = 12  # how far above a row its programme table's header row is looked for


@lru_cache(maxsize=1)
def _programme_headers() -> frozenset[str]:
    return frozenset(" ".join(fold_lower(r[1]).split()) for r in rows("event_activity.tsv") if r[0] == "programme_header")


@lru_cache(maxsize=1)
def _occasion_words() -> re.Pattern[str]:
    words = "|".join(re.escape(" ".join(fold_lower(r[1]).split())).replace(r"\ ", r"\s+")
                     for r in rows("event_activity.tsv") if r[0] == "occasion_header")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


def occasion_table(headers: list[str], column: int) -> bool:
    """A table's header row over a schedule of occasions: the column's header names the time ("Thời gian",
    "Thời gian kiểm tra"; programme_header's words) and a header names what is held on it ("Đơn vị được kiểm tra",
    "Đoàn kiểm tra"; occasion_header), not a plan's timeline of tasks ("Nội dung / Thời gian / Đơn vị thực
    hiện")."""
    if column >= len(headers):
        return False
    cell = " ".join(fold_lower(headers[column]).split()).strip(" :*")
    if not any(cell == h or cell.startswith(h + " ") for h in _programme_headers()):
        return False
    return any(_occasion_words().search(" ".join(fold_lower(h).split())) for h in headers)


def programme_sitting(text: str, t: TimeExpr) -> bool:
    """A row of a programme table: the time, with its clock and day, is the row's first cell ("07h30 ngày
    22/10/2028<TAB>Đón tiếp đại biểu") under a header row whose first cell names the time ("Thời gian").
    Each such row is a sitting of its own."""
    if t.kind not in ("datetime", "period") or "T" not in (t.value or ""):
        return False
    line_start = text.rfind("\n", 0, t.start) + 1
    if not _ROW_OPENING.fullmatch(text, line_start, t.start) or not _CELL_EDGE.match(text, t.end):
        return False
    pos = line_start
    for _ in range(_HEADER_ROWS):
        if pos == 0:
            return False
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above:pos - 1]
        if not re.search(r"[\t|]", line):
            return False  # the table ended above without its header
        first = re.split(r"[\t|]", line.strip(" |"), maxsplit=1)[0]
        if " ".join(fold_lower(first).split()).strip(" :*") in _programme_headers():
            return True
        pos = above
    return False


def web_stamp(left: str) -> bool:
    """The time is a web page's posting stamp ("Cập nhật lúc 09:30 ngày 12/01/2027", "Đăng lúc: ..."): no
    occasion, whatever cue word the stamp holds ("lúc")."""
    return _cues().stamp.search(left) is not None

"""The analyst's questions over the store: deadlines, targets, show.

    vanban deadlines [--from DATE] [--to DATE] [--issuer X] [--recipient X] [--ics FILE]
    vanban targets   [--unit X] [--kind target|result] [--issuer X] [--year N] [--compare]
    vanban show      NUMBER|ID [--depth N] [--json]

deadlines and targets also take `--format table|csv|xlsx|jsonl [-o FILE]` (argparse in vanban.cli.queries).
Filters on names match folded text (case, diacritics and đ ignored), as a substring.
Recurring deadlines are expanded into the window, within the document's active period:
from its issue date for one year (see `active_period`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta

from rapidfuzz import fuzz

from vanban.graph.build import edges_from, edges_to, ensure_linked, get_nodes
from vanban.graph.ical import Calendar, CalEvent, rrule
from vanban.store.sql import Connection, dialect
from vanban.store.tabular import label, show_date
from vanban.textutil import ascii_fold

ACTIVE_DAYS = 365  # a recurring report duty runs for a year from the document's date
MAX_OCCURRENCES = 400  # per deadline, so that a daily duty over a long window stays readable
DAYS_IN_WEEK = 7
OUTPUT_FORMATS = ("table", "csv", "xlsx", "jsonl")
SHOW_SUBJECT_CHARS = 120
SHORT_ID = 12  # hex digits of a document id shown where a person may need to type it


def prepare(conn: Connection) -> None:
    """Register the folding function the recipient filter uses."""
    conn.create_function("vb_fold", 1, lambda s: ascii_fold(s) if s else "", deterministic=True)


def matching_values(conn: Connection, table: str, column: str, needle: str) -> list[str]:
    """Distinct values of table.column whose folded text contains the folded needle.

    Filtering the few distinct names in Python and then selecting with IN (...) keeps the
    filters on indexes instead of folding every row.
    """
    want = ascii_fold(needle)
    rows = conn.execute(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL")
    if not want:  # a filter with no letters or digits ("%"): compare as printed
        raw = needle.strip().casefold()
        return [v for (v,) in rows if raw in v.casefold()]
    return [v for (v,) in rows if want in ascii_fold(v)]


def _in(column: str, values: list[str]) -> str:
    return f"{column} IN ({', '.join('?' * len(values))})" if values else "1 = 0"


def _where_matching(conn: Connection, table: str, column: str, wanted: str, sql_column: str,
                    where: list[str], args: list) -> None:
    """Adds 'sql_column IN (...)' over the stored values of table.column whose folded form holds `wanted`
    (matching_values: 'huyện châu thành' finds 'BCH ĐOÀN HUYỆN CHÂU THÀNH')."""
    values = matching_values(conn, table, column, wanted)
    where.append(_in(sql_column, values))
    args += values


def _d(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


# -- deadlines ---------------------------------------------------------------------------------

WEEKDAY_ABBR = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # recurrence.weekday 1..7 (docs/RECORD.md 1.1)


@dataclass
class DeadlineRow:
    due: str | None
    recurrence: str | None  # "monthly day 25", "weekly weekday 5 15:00"; None for a one-off deadline
    action: str | None
    responsible: str | None
    channel: str | None
    number: str | None
    issuer: str | None
    doc_id: str
    ord: int
    text: str | None
    period: str | None = None  # "2025", "2025-12", "2026-Q1": due is the period's last day


@dataclass(frozen=True)
class Duty:
    """One deadline as stored: a due date, a period, or a recurrence (what a calendar needs)."""

    doc_id: str
    ord: int
    due: str | None
    period: str | None
    freq: str | None
    day: int | None
    month: int | None
    weekday: int | None
    time: str | None
    action: str | None
    responsible: str | None
    channel: str | None
    text: str | None
    number: str | None
    issuer: str | None
    issued: str | None
    week: int | None = None  # a week of the month (1..5, -1 the last; docs/RECORD.md 1.1)

    @property
    def recurrence(self) -> str | None:
        if not self.freq:
            return None
        return (self.freq + (f" day {self.day}" if self.day else "") + (f" week {self.week}" if self.week else "")
                + (f" month {self.month}" if self.month else "")
                + (f" weekday {self.weekday}" if self.weekday else "") + (f" {self.time}" if self.time else ""))

    @property
    def due_day(self) -> int | None:
        """The day of the month a duty falls due: its printed day, or the last day of its week
        ("tuần thứ 2 của tháng" is due by the 14th; the last week by the month's last day)."""
        if self.day or not self.week or self.week < 1:
            return self.day
        return DAYS_IN_WEEK * self.week

    def row(self, due: str | None) -> DeadlineRow:
        return DeadlineRow(due, self.recurrence, self.action, self.responsible, self.channel, self.number,
                           self.issuer, self.doc_id, self.ord, self.text, self.period)


def active_period(issued: date | None, start: date | None, end: date | None) -> tuple[date, date] | None:
    """Where a recurring duty is expanded: the window clipped to [issued, issued + 1 year]."""
    if issued is None:
        return None  # when an undated document's duty runs is unknown: never guessed
    lo, hi = issued, issued + timedelta(days=ACTIVE_DAYS)
    lo, hi = max(lo, start) if start else lo, min(hi, end) if end else hi
    return (lo, hi) if lo <= hi else None


def _on(y: int, m: int, d: int | None) -> date:
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(d, last) if d else last)


def _monthly(freq: str, day: int | None, month: int | None, lo: date, hi: date) -> list[date]:
    """Monthly, quarterly (in the quarter's last month, or its `month` 1..3) or yearly dates."""
    out: list[date] = []
    y, m = lo.year, lo.month
    while date(y, m, 1) <= hi:
        keep = (freq == "monthly" or (freq == "quarterly" and (m - 1) % 3 + 1 == (month or 3))
                or (freq == "yearly" and month is not None and m == month))
        if keep and lo <= (d := _on(y, m, day)) <= hi:
            out.append(d)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def occurrences(freq: str, day: int | None, month: int | None, lo: date, hi: date,
                weekday: int | None = None) -> list[date]:
    """Dates of a recurrence in [lo, hi]. Weekly: on its weekday (1 Monday .. 7 Sunday), each
    Monday (the week's start) when none is printed."""
    out: list[date] = []
    if freq == "daily":
        out = [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]
    elif freq == "weekly":
        target = (weekday or 1) - 1
        first = lo + timedelta(days=(target - lo.weekday()) % 7)
        out = [first + timedelta(days=7 * i) for i in range(((hi - first).days // 7) + 1)] if first <= hi else []
    elif freq in ("monthly", "quarterly", "yearly"):
        out = _monthly(freq, day, month, lo, hi)
    return out[:MAX_OCCURRENCES]


_PERIOD_RE = re.compile(r"^(\d{4})(?:-(\d{2})|-Q([1-4]))?$")


def period_end(period: str) -> date | None:
    """The last day of '2025', '2025-12' or '2026-Q1'."""
    m = _PERIOD_RE.match(period or "")
    if not m:
        return None
    y = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else 3 * int(m.group(3)) if m.group(3) else 12
    return _on(y, month, None) if 1 <= month <= 12 else None


# weekday and period live in the stored record (schema 1.1), read only for the rows that need them:
# a weekly duty, and a deadline on the last day of a month (where a period's due falls)
# (a day from the 28th may end its month; _duty keeps the period only where it does)
MONTH_END_FROM = "28"


def _dl_select(conn: Connection) -> str:
    dia = dialect(conn)
    period = dia.json_item("doc.record_json", "deadlines", "d.ord", ("period",))
    weekday = dia.json_item("doc.record_json", "deadlines", "d.ord", ("recurrence", "weekday"), cast="int")
    week = dia.json_item("doc.record_json", "deadlines", "d.ord", ("recurrence", "week"), cast="int")
    return (
        "SELECT d.doc_id, d.ord, d.due, "
        f"CASE WHEN length(d.due) < 10 THEN d.due WHEN substr(d.due, 9, 2) >= '{MONTH_END_FROM}' THEN {period} END, "
        f"d.freq, d.day, d.month, CASE WHEN d.freq = 'weekly' THEN {weekday} END, "
        "d.time, d.action, d.responsible, d.channel, d.text, doc.number, doc.issuer, doc.issued_date, "
        f"CASE WHEN d.freq IN ('monthly', 'quarterly') THEN {week} END "
        "FROM deadlines d JOIN documents doc ON doc.id = d.doc_id "
        "AND doc.copy_of IS NULL ")  # a copy of a stored document (scan and DOCX) counts once


def _month_end(due: str) -> bool:
    day = _d(due)
    return day is not None and (day + timedelta(days=1)).day == 1


def _duty(r: tuple) -> Duty:
    duty = Duty(*r)
    if duty.due and len(duty.due) >= 10 and duty.period and not _month_end(duty.due):
        duty = replace(duty, period=None)  # a period's due is its last day
    if duty.due and len(duty.due) < 10:  # a month or year printed alone: due on its last day
        end = period_end(duty.due)
        duty = replace(duty, due=end.isoformat() if end else None, period=duty.period or duty.due)
    return duty


def _filters(conn: Connection, issuer: str | None, recipient: str | None) -> tuple[str, list[str]]:
    where: list[str] = []
    args: list[str] = []
    if issuer:
        _where_matching(conn, "documents", "issuer", issuer, "doc.issuer", where, args)
    if recipient:
        where.append("(instr(vb_fold(d.responsible), ?) > 0 OR EXISTS (SELECT 1 FROM recipients r "
                     "WHERE r.doc_id = d.doc_id AND instr(vb_fold(r.name), ?) > 0))")
        args += [ascii_fold(recipient)] * 2
    return "".join(" AND " + w for w in where), args


def duties(conn: Connection, start: date | None = None, end: date | None = None,
           issuer: str | None = None, recipient: str | None = None) -> list[Duty]:
    """The deadlines that can fall in [start, end]: dated ones in it, recurring ones whose
    document's active year reaches it (and recurring ones of undated documents)."""
    prepare(conn)
    extra, args = _filters(conn, issuer, recipient)
    # a year- or month-only due ("2025") sorts before its days: compare on its first day
    one_off = "d.due IS NOT NULL" + (" AND d.due >= ?" if start else "") + (" AND d.due < ?" if end else "")
    lo_text = start.isoformat()[:4] if start else ""
    bounds = ([lo_text] if start else []) + ([(end + timedelta(days=1)).isoformat()] if end else [])
    select = _dl_select(conn)
    out = [_duty(r) for r in conn.execute(select + f"WHERE {one_off}{extra}", bounds + args)]
    out = [d for d in out if d.due and (not start or d.due[:10] >= start.isoformat())
           and (not end or d.due[:10] <= end.isoformat())]
    active, active_args = "", []
    if start:
        active += " AND (doc.issued_date IS NULL OR doc.issued_date >= ?)"
        active_args.append((start - timedelta(days=ACTIVE_DAYS)).isoformat())
    if end:
        active += " AND (doc.issued_date IS NULL OR doc.issued_date <= ?)"
        active_args.append(end.isoformat())
    out += [_duty(r) for r in conn.execute(select + f"WHERE d.due IS NULL AND d.freq IS NOT NULL{active}{extra}",
                                           active_args + args)]
    return out


def expand(duty: Duty, start: date | None = None, end: date | None = None) -> list[DeadlineRow]:
    """A duty's rows in the window: itself, or each occurrence of a recurring one."""
    if not duty.freq or duty.due:
        return [duty.row(duty.due)]
    issued = _d(duty.issued)
    if issued is None:  # no date to anchor it: listed once, undated
        return [duty.row(None)]
    span = active_period(issued, start, end)
    dates = occurrences(duty.freq, duty.due_day, duty.month, *span, weekday=duty.weekday) if span else []
    return [duty.row(when.isoformat() + (f"T{duty.time}" if duty.time else "")) for when in dates]


def deadline_rows(conn: Connection, start: date | None = None, end: date | None = None,
                  issuer: str | None = None, recipient: str | None = None) -> list[DeadlineRow]:
    rows = [r for d in duties(conn, start, end, issuer, recipient) for r in expand(d, start, end)]
    rows.sort(key=lambda x: (x.due is None, x.due or "", x.number or "", x.doc_id, x.ord))
    return rows


# -- events ------------------------------------------------------------------------------------------

@dataclass
class EventRow:
    date: str
    end: str | None
    text: str | None
    inferred: bool  # part of the date (usually the year) came from context
    number: str | None
    issuer: str | None
    doc_id: str
    ord: int
    confidence: float = 1.0  # under 1.0: read by the events' activity default, not by a cue


def event_rows(conn: Connection, start: date | None = None, end: date | None = None,
               issuer: str | None = None) -> list[EventRow]:
    """Events (meetings, campaigns, ceremonies) whose dates touch [start, end]."""
    where, args = ["e.date IS NOT NULL"], []
    if start:  # a range reaches the window when its end (or its day) is not before the start
        where.append("coalesce(e.end_date, e.date) >= ?")
        args.append(start.isoformat()[:4])
    if end:
        where.append("e.date < ?")
        args.append((end + timedelta(days=1)).isoformat())
    if issuer:
        _where_matching(conn, "documents", "issuer", issuer, "doc.issuer", where, args)
    rows = [EventRow(r[0], r[1], r[2], bool(r[3]), *r[4:]) for r in conn.execute(
        "SELECT e.date, e.end_date, e.text, e.inferred, doc.number, doc.issuer, e.doc_id, e.ord, "
        "coalesce(e.confidence, 1.0) "
        "FROM events e "
        "JOIN documents doc ON doc.id = e.doc_id WHERE " + " AND ".join(where), args)]
    if start:  # exact: "2023-08" reaches a window starting 2023-08-15; the SQL bound was coarse
        rows = [r for r in rows if _last_day(r.end or r.date) >= start]
    rows.sort(key=lambda r: (r.date, r.number or "", r.doc_id, r.ord))
    return rows


def _last_day(value: str) -> date:
    """The last day an ISO date, month ('2023-08') or year names."""
    return _d(value) or period_end(value[:7] if len(value) >= 7 else value[:4]) or date.max


# -- calendar ------------------------------------------------------------------------------------------

DESCRIPTION_LABELS = (("action", "Việc"), ("responsible", "Đơn vị thực hiện"), ("channel", "Gửi về"),
                      ("number", "Văn bản"), ("issuer", "Cơ quan ban hành"), ("recurrence", "Lặp lại"),
                      ("text", "Trích"))


def period_label(period: str) -> str:
    """'2025' -> 'năm 2025', '2025-12' -> 'tháng 12/2025', '2026-Q1' -> 'quý I/2026'."""
    m = _PERIOD_RE.match(period)
    if not m:
        return period
    if m.group(2):
        return f"tháng {int(m.group(2))}/{m.group(1)}"
    if m.group(3):
        return f"quý {('I', 'II', 'III', 'IV')[int(m.group(3)) - 1]}/{m.group(1)}"
    return f"năm {m.group(1)}"


def _when(value: str) -> date | datetime | None:
    day = _d(value)
    if day and len(value) >= 16 and value[10] == "T":
        try:
            return datetime.strptime(value[:16], "%Y-%m-%dT%H:%M")
        except ValueError:
            return day
    return day


def _duty_event(d: Duty, start: date | None, end: date | None) -> CalEvent | str | None:
    """The VEVENT of one deadline; a reason when it has none; None when it is not in the window."""
    summary = (f"[{d.number}] " if d.number else "") + (d.action or d.text or "Hạn")
    desc = "\n".join(f"{label}: {v}" for key, label in DESCRIPTION_LABELS
                      if (v := (d.recurrence if key == "recurrence" else getattr(d, key))))
    uid = f"{d.doc_id[:24]}-{d.ord}@vanban"
    loc = d.channel.strip() if d.channel and "@" in d.channel and " " not in d.channel.strip() else None
    if d.due:
        when = _when(d.due)
        if when is None:
            return f"{d.number or d.doc_id[:12]} #{d.ord}: unreadable due {d.due!r}"
        if d.period:
            summary += f" (hạn {period_label(d.period)})"
        return CalEvent(uid, when, summary, desc, location=loc)
    issued = _d(d.issued)
    if issued is None:
        return f"{d.number or d.doc_id[:12]} #{d.ord}: recurring ({d.recurrence}) in an undated document"
    span = active_period(issued, start, end)
    dates = occurrences(d.freq or "", d.due_day, d.month, *span, weekday=d.weekday) if span else []
    rule = rrule(d.freq or "", d.due_day, d.month, d.weekday, span[1]) if span else None
    if not dates or rule is None:
        return None
    first: date | datetime = dates[0]
    if d.time and (t := _when(dates[0].isoformat() + "T" + d.time)) is not None:
        first = t
    return CalEvent(uid, first, summary, desc, rrule=rule, location=loc)


def _event_event(e: EventRow) -> CalEvent | None:
    when = _when(e.date) if len(e.date) >= 10 else period_end(e.date[:7] if len(e.date) >= 7 else e.date[:4])
    if when is None:
        return None
    summary = (f"[{e.number}] " if e.number else "") + (e.text or "Sự kiện")
    if len(e.date) < 10:
        summary += f" ({period_label(e.date[:7])})"
    end = _d(e.end) if e.end and not isinstance(when, datetime) else None
    desc = "\n".join(f"{label}: {v}" for label, v in (("Văn bản", e.number), ("Cơ quan ban hành", e.issuer),
                                                       ("Trích", e.text)) if v)
    return CalEvent(f"{e.doc_id[:24]}-e{e.ord}@vanban", when, summary, desc, end=end)


def build_calendar(deadlines: list[Duty], events: Sequence[EventRow] = (), start: date | None = None,
                   end: date | None = None) -> Calendar:
    """Every deadline (one event per recurring duty) and every event, in a window."""
    cal = Calendar()
    for d in sorted(deadlines, key=lambda d: (d.doc_id, d.ord)):
        got = _duty_event(d, start, end)
        if isinstance(got, str):
            cal.left_out.append(got)
        elif got is not None:
            cal.events.append(got)
    for e in events:
        if (ev := _event_event(e)) is not None:
            cal.events.append(ev)
    return cal


def to_ics(rows: list[Duty], stamp: datetime | None = None) -> str:
    """The calendar of these deadlines (see build_calendar)."""
    return build_calendar(rows).text(stamp)


# -- targets -----------------------------------------------------------------------------------------

@dataclass
class QuantityRow:
    value: float
    value_max: float | None
    comparator: str
    unit: str | None
    object: str | None
    kind: str | None
    scope: str | None
    number: str | None
    issuer: str | None
    issued_date: str | None
    doc_id: str
    ord: int
    confidence: float = 1.0  # how sure the extractor is of the kind (docs/RECORD.md 1.1): lower for its default's


COMPARATOR_SIGNS = {"eq": "", "gte": "≥ ", "gt": "> ", "lte": "≤ ", "lt": "< ", "approx": "~ "}


def fmt_value(q: QuantityRow | dict) -> str:
    q = q if isinstance(q, dict) else asdict(q)
    v = q["value"]
    s = f"{v:,.0f}".replace(",", ".") if float(v).is_integer() else f"{v:g}".replace(".", ",")
    if q.get("value_max") is not None:
        s += f" - {q['value_max']:g}"
    return COMPARATOR_SIGNS.get(q.get("comparator") or "eq", "") + s + (f" {q['unit']}" if q.get("unit") else "")


def _figure_key(q: QuantityRow) -> tuple:
    return (q.doc_id, q.value, q.value_max, q.comparator, ascii_fold(q.unit or ""), q.kind,
            ascii_fold(q.object or ""))


def once_per_figure(rows: list[QuantityRow]) -> list[QuantityRow]:
    """The same figure repeated in one document (in the summary, the table and the conclusion)
    is one target: the first mention is kept."""
    seen: set[tuple] = set()
    out = []
    for q in rows:
        k = _figure_key(q)
        if k not in seen:
            seen.add(k)
            out.append(q)
    return out


def quantity_rows(conn: Connection, unit: str | None = None, kind: str | None = None,
                  issuer: str | None = None, year: int | None = None, doc_ids: list[str] | None = None,
                  min_confidence: float | None = None) -> list[QuantityRow]:
    """Targets and results, once per figure; with min_confidence, only those the extractor is at least that sure
    of (a figure stored before quantities had a confidence counts as 1.0)."""
    where: list[str] = []
    args: list[object] = []
    if kind:
        where.append("q.kind = ?")
        args.append(kind)
    if min_confidence is not None:
        where.append("coalesce(q.confidence, 1.0) >= ?")
        args.append(min_confidence)
    if unit:
        _where_matching(conn, "quantities", "unit", unit, "q.unit", where, args)
    if issuer:
        _where_matching(conn, "documents", "issuer", issuer, "doc.issuer", where, args)
    if year:
        where.append("doc.issued_date >= ? AND doc.issued_date < ?")
        args += [f"{year}", f"{year + 1}"]
    if doc_ids is not None:
        where.append(f"q.doc_id IN ({', '.join('?' * len(doc_ids))})")
        args += doc_ids
    else:
        where.append("doc.copy_of IS NULL")  # a copy of a stored document (scan and DOCX) counts once
    sql = ("SELECT q.value, q.value_max, q.comparator, q.unit, q.object, q.kind, q.scope, doc.number, doc.issuer, "
           "doc.issued_date, q.doc_id, q.ord, coalesce(q.confidence, 1.0) FROM quantities q "
           "JOIN documents doc ON doc.id = q.doc_id"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY doc.issued_date NULLS FIRST, doc.number NULLS FIRST, q.doc_id, q.ord")
    return once_per_figure([QuantityRow(*r) for r in conn.execute(sql, args)])


COMPARE_DEPTH = 2  # a plan -> the plans implementing it -> their reports
PLAN_TYPES = frozenset({"KH", "CTr", "CT", "HD"})  # kế hoạch, chương trình, hướng dẫn: what implements a plan
OBJECT_MIN = 60  # rapidfuzz token_set_ratio: a result about the same thing as the target
NO_CITING_DOCUMENT, NO_RESULTS, UNIT_MISMATCH, OBJECT_MISMATCH = (
    "no_citing_document", "no_results", "unit_mismatch", "object_mismatch")


@dataclass
class CompareRow:
    plan: str | None
    target: str
    object: str | None
    reported_by: str | None
    reporter_issuer: str | None
    result: str | None
    percent: float | None
    plan_id: str
    reporter_id: str | None
    depth: int | None = None  # 1: the report cites the plan; 2: it cites a plan implementing it
    why: str | None = None  # when no result: no_citing_document | no_results | unit_mismatch | object_mismatch
    why_detail: str | None = None


def downstream(conn: Connection, roots: list[str], depth: int = COMPARE_DEPTH) -> dict[str, list]:
    """root -> [(document, level)]: stored documents citing it (level 1), then (levels 2..depth)
    the documents citing those of them that are plans (a plan implementing the root)."""
    out: dict[str, list[tuple[str, int]]] = {r: [] for r in roots}
    frontier = {r: {r} for r in roots}
    for level in range(1, depth + 1):
        citing = _citing(conn, sorted({n for ns in frontier.values() for n in ns}))
        for root, ns in frontier.items():
            seen = {d for d, _ in out[root]} | {root}
            new = sorted({c for n in ns for c, _t in citing.get(n, ()) if c not in seen})
            out[root] += [(d, level) for d in new]
            plans = {c for n in ns for c, t in citing.get(n, ()) if c in new and t in PLAN_TYPES}
            frontier[root] = plans
    return out


def _citing(conn: Connection, ids: list[str]) -> dict[str, set[tuple[str, str | None]]]:
    """id -> {(stored document citing it, its type)}."""
    citing: dict[str, set[tuple[str, str | None]]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for src, dst, dtype in conn.execute(
                f"SELECT DISTINCT e.src, e.dst, n.doc_type FROM graph_edges e JOIN graph_nodes n "
                f"ON n.node_id = e.src WHERE n.kind = 'doc' AND e.dst IN ({', '.join('?' * len(chunk))})", chunk):
            citing.setdefault(dst, set()).add((src, dtype))
    return citing


def _results_of(conn: Connection, ids: list[str], min_confidence: float | None = None) -> dict[str, list[QuantityRow]]:
    results: dict[str, list[QuantityRow]] = {}
    for i in range(0, len(ids), 500):
        for r in quantity_rows(conn, kind="result", doc_ids=ids[i:i + 500], min_confidence=min_confidence):
            results.setdefault(r.doc_id, []).append(r)
    return results


def _match(t: QuantityRow, reporters: list[tuple[str, int]], results: dict[str, list[QuantityRow]]
           ) -> tuple[list[tuple[QuantityRow, int]], str | None, str | None]:
    """The results matching a target (with their depth), or why there is none."""
    if not reporters:
        return [], NO_CITING_DOCUMENT, None
    found = [(r, lvl) for rep, lvl in reporters for r in results.get(rep, [])]
    if not found:
        return [], NO_RESULTS, f"{len(reporters)} citing documents, no result figure"
    unit = ascii_fold(t.unit or "")
    same_unit = [(r, lvl) for r, lvl in found if ascii_fold(r.unit or "") == unit]
    if not same_unit:
        units = sorted({r.unit or "-" for r, _ in found})
        return [], UNIT_MISMATCH, ", ".join(units[:5])
    out = []
    best_miss = (0.0, "")
    for rep in dict.fromkeys(r.doc_id for r, _ in same_unit):
        cands = [(r, lvl) for r, lvl in same_unit if r.doc_id == rep]
        score = {r.ord: fuzz.token_set_ratio(ascii_fold(r.object or ""), ascii_fold(t.object or "")) for r, _ in cands}
        best, lvl = max(cands, key=lambda c: (score[c[0].ord], -c[0].ord))
        if len(cands) > 1 and score[best.ord] < OBJECT_MIN:
            best_miss = max(best_miss, (score[best.ord], best.object or ""))
            continue  # several figures in that unit and none about the same thing
        out.append((best, lvl))
    if not out:
        return [], OBJECT_MISMATCH, f"closest: {best_miss[1]!r}" if best_miss[1] else None
    return out, None, None


def compare_rows(conn: Connection, unit: str | None = None, issuer: str | None = None,
                 year: int | None = None, depth: int = COMPARE_DEPTH,
                 min_confidence: float | None = None) -> list[CompareRow]:
    """Targets of each plan next to the results of the documents implementing or reporting on it,
    down the graph (a plan, the plans implementing it, their reports); why, when none matches. With
    min_confidence, only the targets and results the extractor is at least that sure of."""
    ensure_linked(conn)
    targets = quantity_rows(conn, unit=unit, kind="target", issuer=issuer, year=year, min_confidence=min_confidence)
    by_plan: dict[str, list[QuantityRow]] = {}
    for t in targets:
        by_plan.setdefault(t.doc_id, []).append(t)
    reporters = downstream(conn, sorted(by_plan), depth)
    results = _results_of(conn, sorted({d for rs in reporters.values() for d, _ in rs}), min_confidence)
    out: list[CompareRow] = []
    for plan_id, plan_targets in by_plan.items():
        for t in plan_targets:
            matches, why, detail = _match(t, reporters[plan_id], results)
            for best, lvl in matches:
                pct = round(100 * best.value / t.value, 1) if t.value else None
                out.append(CompareRow(t.number, fmt_value(t), t.object, best.number, best.issuer,
                                      fmt_value(best), pct, plan_id, best.doc_id, lvl))
            if not matches:
                out.append(CompareRow(t.number, fmt_value(t), t.object, None, None, None, None, plan_id, None,
                                      None, why, detail))
    return out


# -- output ---------------------------------------------------------------------------------------------

def collapse_daily(rows: list[dict]) -> list[dict]:
    """For the terminal: one row per daily duty ('2023-08-01 … 2023-08-31', 'daily 17:00 ×31')."""
    out: list[dict] = []
    daily: dict[tuple, dict] = {}
    for r in rows:
        if not (r["recurrence"] or "").startswith("daily") or not r["due"]:
            out.append(r)
            continue
        k = (r["doc_id"], r["ord"])
        if k in daily:
            d = daily[k]
            d["_n"] += 1
            d["_last"] = r["due"][:10]
        else:
            daily[k] = d = dict(r, _n=1, _last=r["due"][:10])
            out.append(d)
    for d in daily.values():
        if d["_n"] > 1:
            d["due"] = f"{d['due']} … {d['_last']}"
            d["recurrence"] = f"{d['recurrence']} ×{d['_n']}"
    return out


# -- show ------------------------------------------------------------------------------------------------

def show_label(n: dict, lang: str = "vi") -> str:
    from rich.markup import escape

    head = n["number"] or f"{label('show:no_number', lang)} {n['node_id'][:10]}"
    bits = [x for x in (n["doc_type"], show_date(n["date"], lang) if n["date"] else None, n["issuer"]) if x]
    s = f"[bold]{escape(head)}[/bold]" + (" · " + escape(" · ".join(bits)) if bits else "")
    if n["kind"] == "stub":
        s += f" [dim]{escape(label('show:not_stored', lang))}[/dim]"
    if n["subject"]:
        s += f"\n[italic]{escape(n['subject'][:SHOW_SUBJECT_CHARS])}[/italic]"
    return s


def _edge_label(e: dict, other: dict | None, arrow: str, lang: str = "vi") -> str:
    from rich.markup import escape

    rel = label(f"relation:{e['relation']}", lang) if e["relation"] else "?"
    s = f"[cyan]{escape(rel)}[/cyan] {arrow} " + (show_label(other, lang) if other
                                                  else escape(e["cited_number"] or "?"))
    if e["possible_conflict"]:
        s += (f"\n[red]{label('show:possible_conflict', lang)} ({e['confidence']:.1f}): "
              f"{escape(e['possible_conflict'])}[/red]")
    elif e["confidence"] < 1:
        s += f" [yellow]({label('show:confidence', lang)} {e['confidence']:.1f})[/yellow]"
    return s


def _facts(conn: Connection, node_id: str, lang: str) -> str:
    dl = conn.execute("SELECT count(*) FROM deadlines WHERE doc_id=?", (node_id,)).fetchone()[0]
    kinds = {"target": "show:targets", "result": "show:results"}
    qs = conn.execute("SELECT kind, count(*) FROM quantities WHERE doc_id=? GROUP BY kind", (node_id,)).fetchall()
    facts = [f"{dl} {label('show:deadlines', lang)}"] + [f"{n} {label(kinds.get(k or '', 'show:quantities'), lang)}"
                                                         for k, n in qs]
    return ", ".join(facts) + f" · id {node_id[:SHORT_ID]}"


def show_tree(conn: Connection, node: dict, depth: int = 2, lang: str = "vi"):
    """A rich Tree: the record, what it cites (upstream) and what cites it (downstream)."""
    from rich.markup import escape
    from rich.tree import Tree

    tree = Tree(show_label(node, lang))
    if node["kind"] == "doc":
        tree.add("[dim]" + escape(_facts(conn, node["node_id"], lang)) + "[/dim]")
    if node["variants"]:
        tree.add(f"[red]{label('show:also_cited_as', lang)} {escape(', '.join(node['variants']))}[/red]")

    def grow(branch, node_id: str, level: int, up: bool, seen: set[str]) -> None:
        edges = edges_from(conn, node_id) if up else edges_to(conn, node_id)
        others = get_nodes(conn, {e["dst"] if up else e["src"] for e in edges})
        for e in edges:
            other_id = e["dst"] if up else e["src"]
            child = branch.add(_edge_label(e, others.get(other_id), "→" if up else "←", lang))
            if level < depth and other_id not in seen:
                grow(child, other_id, level + 1, up, seen | {other_id})

    up = tree.add(f"[bold]{label('show:cites', lang)}[/bold]")
    grow(up, node["node_id"], 1, True, {node["node_id"]})
    down = tree.add(f"[bold]{label('show:cited_by', lang)}[/bold]")
    grow(down, node["node_id"], 1, False, {node["node_id"]})
    return tree


def show_json(conn: Connection, node: dict) -> dict:
    return {"node": node, "cites": edges_from(conn, node["node_id"]), "cited_by": edges_to(conn, node["node_id"])}

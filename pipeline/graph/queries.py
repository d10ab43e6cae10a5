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
import csv
import json
import re
import sqlite3
import sys
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from rapidfuzz import fuzz

from vanban.graph.build import edges_from, edges_to, ensure_linked, get_nodes
from vanban.textutil import ascii_fold

ACTIVE_DAYS = 365  # a recurring report duty runs for a year from the document's date
MAX_OCCURRENCES = 400  # per deadline, so that a daily duty over a long window stays readable
OUTPUT_FORMATS = ("table", "csv", "xlsx", "jsonl")


def prepare(conn: sqlite3.Connection) -> None:
    """Register the folding function the recipient filter uses."""
    conn.create_function("vb_fold", 1, lambda s: ascii_fold(s) if s else "", deterministic=True)


def matching_values(conn: sqlite3.Connection, table: str, column: str, needle: str) -> list[str]:
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
    return f"{column} IN ({', '.join('?' * len(values))})" if values else "0"


def _d(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


# -- deadlines ---------------------------------------------------------------------------------

@dataclass
class DeadlineRow:
    due: str | None
    recurrence: str | None  # "monthly day 25", None for a one-off deadline
    action: str | None
    responsible: str | None
    channel: str | None
    number: str | None
    issuer: str | None
    doc_id: str
    ord: int
    text: str | None


def active_period(issued: date | None, start: date | None, end: date | None) -> tuple[date, date] | None:
    """Where a recurring duty is expanded: the window clipped to [issued, issued + 1 year]."""
    if issued is None:
        return None  # when an undated document's duty runs is unknown: never guessed
    lo, hi = issued, issued + timedelta(days=ACTIVE_DAYS)
    lo, hi = max(lo, start) if start else lo, min(hi, end) if end else hi
    return (lo, hi) if lo <= hi else None


def occurrences(freq: str, day: int | None, month: int | None, lo: date, hi: date) -> list[date]:
    """Dates of a recurrence in [lo, hi]. Weekly without a weekday: each Monday (the week's start)."""
    out: list[date] = []

    def on(y: int, m: int, d: int | None) -> date:
        last = calendar.monthrange(y, m)[1]
        return date(y, m, min(d, last) if d else last)

    if freq == "daily":
        out = [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]
    elif freq == "weekly":
        first = lo + timedelta(days=(7 - lo.weekday()) % 7)
        out = [first + timedelta(days=7 * i) for i in range(((hi - first).days // 7) + 1)] if first <= hi else []
    elif freq in ("monthly", "quarterly", "yearly"):
        y, m = lo.year, lo.month
        while date(y, m, 1) <= hi:
            keep = (freq == "monthly" or (freq == "quarterly" and m % 3 == 0)
                    or (freq == "yearly" and month is not None and m == month))
            if keep:
                d = on(y, m, day)
                if lo <= d <= hi:
                    out.append(d)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out[:MAX_OCCURRENCES]


_DL_SELECT = (
    "SELECT d.doc_id, d.ord, d.due, d.freq, d.day, d.time, d.action, d.responsible, d.channel, d.text, "
    "doc.number, doc.issuer, doc.issued_date, d.month FROM deadlines d JOIN documents doc ON doc.id = d.doc_id ")


def deadline_rows(conn: sqlite3.Connection, start: date | None = None, end: date | None = None,
                  issuer: str | None = None, recipient: str | None = None) -> list[DeadlineRow]:
    prepare(conn)
    where, args = [], []
    if issuer:
        names = matching_values(conn, "documents", "issuer", issuer)
        where.append(_in("doc.issuer", names))
        args += names
    if recipient:
        where.append("(instr(vb_fold(d.responsible), ?) > 0 OR EXISTS (SELECT 1 FROM recipients r "
                     "WHERE r.doc_id = d.doc_id AND instr(vb_fold(r.name), ?) > 0))")
        args += [ascii_fold(recipient)] * 2
    extra = "".join(" AND " + w for w in where)
    one_off = "d.due IS NOT NULL" + (" AND d.due >= ?" if start else "") + (" AND d.due < ?" if end else "")
    bounds = ([start.isoformat()] if start else []) + ([(end + timedelta(days=1)).isoformat()] if end else [])
    rows: list[DeadlineRow] = []
    for r in conn.execute(_DL_SELECT + f"WHERE {one_off}{extra}", bounds + args):
        doc_id, o, due, _f, _day, _t, action, resp, chan, text, number, iss, _issued, _m = r
        rows.append(DeadlineRow(due, None, action, resp, chan, number, iss, doc_id, o, text))
    # a recurring duty runs for ACTIVE_DAYS from its document's date: only those documents can reach the window
    active = ""
    active_args: list[str] = []
    if start:
        active += " AND (doc.issued_date IS NULL OR doc.issued_date >= ?)"
        active_args.append((start - timedelta(days=ACTIVE_DAYS)).isoformat())
    if end:
        active += " AND (doc.issued_date IS NULL OR doc.issued_date <= ?)"
        active_args.append(end.isoformat())
    for r in conn.execute(_DL_SELECT + f"WHERE d.due IS NULL AND d.freq IS NOT NULL{active}{extra}",
                          active_args + args):
        doc_id, o, _due, freq, day, tm, action, resp, chan, text, number, iss, issued, month = r
        label = freq + (f" day {day}" if day else "") + (f" month {month}" if month else "") + \
            (f" {tm}" if tm else "")
        period = active_period(_d(issued), start, end)
        dates = occurrences(freq, day, month, *period) if period else []
        if not period and _d(issued) is None:  # no date to anchor it: listed once, undated
            rows.append(DeadlineRow(None, label, action, resp, chan, number, iss, doc_id, o, text))
        for when in dates:
            due = when.isoformat() + (f"T{tm}" if tm else "")
            rows.append(DeadlineRow(due, label, action, resp, chan, number, iss, doc_id, o, text))
    rows.sort(key=lambda x: (x.due is None, x.due or "", x.number or "", x.doc_id, x.ord))
    return rows


# -- iCalendar (RFC 5545) ---------------------------------------------------------------------------

def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (CRLF + space), never inside a UTF-8 character."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with one space
        if size + n > limit:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out)


def to_ics(rows: list[DeadlineRow], stamp: datetime | None = None) -> str:
    stamp = (stamp or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//vanban//deadlines//VI", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH"]
    for r in rows:
        if not r.due or _d(r.due) is None:
            continue
        day = r.due[:10].replace("-", "")
        if "T" in r.due and len(r.due) >= 16:
            hhmm = r.due[11:16].replace(":", "")
            start = [f"DTSTART:{day}T{hhmm}00"]  # floating local time: the document's own clock
        else:
            nxt = (_d(r.due) + timedelta(days=1)).strftime("%Y%m%d")
            start = [f"DTSTART;VALUE=DATE:{day}", f"DTEND;VALUE=DATE:{nxt}"]
        summary = (f"[{r.number}] " if r.number else "") + (r.action or r.text or "Hạn")
        parts = (("Việc", r.action), ("Đơn vị thực hiện", r.responsible), ("Gửi về", r.channel),
                 ("Văn bản", r.number), ("Cơ quan ban hành", r.issuer), ("Lặp lại", r.recurrence),
                 ("Trích", r.text))
        desc = "\n".join(f"{label}: {value}" for label, value in parts if value)
        lines += ["BEGIN:VEVENT", f"UID:{r.doc_id[:24]}-{r.ord}-{day}@vanban", f"DTSTAMP:{stamp}", *start,
                  "SUMMARY:" + ics_escape(summary[:200]), "DESCRIPTION:" + ics_escape(desc)]
        if r.channel and "@" in r.channel and " " not in r.channel.strip():
            lines.append("LOCATION:" + ics_escape(r.channel.strip()))
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(x) + "\r\n" for x in lines)


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


COMPARATOR_SIGNS = {"eq": "", "gte": "≥ ", "gt": "> ", "lte": "≤ ", "lt": "< ", "approx": "~ "}


def fmt_value(q: QuantityRow | dict) -> str:
    q = q if isinstance(q, dict) else asdict(q)
    v = q["value"]
    s = f"{v:,.0f}".replace(",", ".") if float(v).is_integer() else f"{v:g}".replace(".", ",")
    if q.get("value_max") is not None:
        s += f" - {q['value_max']:g}"
    return COMPARATOR_SIGNS.get(q.get("comparator") or "eq", "") + s + (f" {q['unit']}" if q.get("unit") else "")


def quantity_rows(conn: sqlite3.Connection, unit: str | None = None, kind: str | None = None,
                  issuer: str | None = None, year: int | None = None, doc_ids: list[str] | None = None
                  ) -> list[QuantityRow]:
    where, args = [], []
    if kind:
        where.append("q.kind = ?")
        args.append(kind)
    if unit:
        units = matching_values(conn, "quantities", "unit", unit)
        where.append(_in("q.unit", units))
        args += units
    if issuer:
        names = matching_values(conn, "documents", "issuer", issuer)
        where.append(_in("doc.issuer", names))
        args += names
    if year:
        where.append("doc.issued_date >= ? AND doc.issued_date < ?")
        args += [f"{year}", f"{year + 1}"]
    if doc_ids is not None:
        where.append(f"q.doc_id IN ({', '.join('?' * len(doc_ids))})")
        args += doc_ids
    sql = ("SELECT q.value, q.value_max, q.comparator, q.unit, q.object, q.kind, q.scope, doc.number, doc.issuer, "
           "doc.issued_date, q.doc_id, q.ord FROM quantities q JOIN documents doc ON doc.id = q.doc_id"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY doc.issued_date, doc.number, q.doc_id, q.ord")
    return [QuantityRow(*r) for r in conn.execute(sql, args)]


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


def compare_rows(conn: sqlite3.Connection, unit: str | None = None, issuer: str | None = None,
                 year: int | None = None) -> list[CompareRow]:
    """Targets of each plan next to the results of documents that implement or report on it."""
    ensure_linked(conn)
    targets = quantity_rows(conn, unit=unit, kind="target", issuer=issuer, year=year)
    by_plan: dict[str, list[QuantityRow]] = {}
    for t in targets:
        by_plan.setdefault(t.doc_id, []).append(t)
    reporters: dict[str, list[str]] = {}  # plan -> documents citing it
    plan_ids = sorted(by_plan)
    for i in range(0, len(plan_ids), 500):
        chunk = plan_ids[i:i + 500]
        for src, dst in conn.execute(f"SELECT DISTINCT src, dst FROM graph_edges WHERE dst IN "
                                     f"({', '.join('?' * len(chunk))}) ORDER BY dst, src", chunk):
            reporters.setdefault(dst, []).append(src)
    all_reporters = sorted({r for rs in reporters.values() for r in rs})
    results: dict[str, list[QuantityRow]] = {}
    for i in range(0, len(all_reporters), 500):
        for r in quantity_rows(conn, kind="result", doc_ids=all_reporters[i:i + 500]):
            results.setdefault(r.doc_id, []).append(r)
    out: list[CompareRow] = []
    for plan_id, plan_targets in by_plan.items():
        for t in plan_targets:
            matched = False
            unit = ascii_fold(t.unit or "")
            for rep_id in reporters.get(plan_id, []):
                cands = [r for r in results.get(rep_id, []) if ascii_fold(r.unit or "") == unit]
                if not cands:
                    continue
                score = {r.ord: fuzz.token_set_ratio(ascii_fold(r.object or ""), ascii_fold(t.object or ""))
                         for r in cands}
                best = max(cands, key=lambda r: (score[r.ord], -r.ord))
                if len(cands) > 1 and score[best.ord] < 60:
                    continue  # several figures in that unit and none about the same thing
                pct = round(100 * best.value / t.value, 1) if t.value else None
                out.append(CompareRow(t.number, fmt_value(t), t.object, best.number, best.issuer,
                                      fmt_value(best), pct, plan_id, rep_id))
                matched = True
            if not matched:
                out.append(CompareRow(t.number, fmt_value(t), t.object, None, None, None, None, plan_id, None))
    return out


# -- output ---------------------------------------------------------------------------------------------

def write_rows(rows: list[dict], columns: list[str], fmt: str, output: Path | None, title: str) -> None:
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title)
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in columns))
        console = Console(file=open(output, "w", encoding="utf-8") if output else None, width=160)
        console.print(table)
        if output:
            console.file.close()
        return
    if fmt == "xlsx":
        if output is None:
            raise ValueError("--format xlsx needs -o FILE")
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = re.sub(r"[\\/*?:\[\]]", " ", title)[:31].strip() or "vanban"
        ws.append(columns)
        for r in rows:
            ws.append([r.get(c) for c in columns])
        wb.save(output)
        return
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "csv":
            w = csv.writer(out)
            w.writerow(columns)
            for r in rows:
                w.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
        else:
            for r in rows:
                out.write(json.dumps({c: r.get(c) for c in columns}, ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()


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

def show_label(n: dict) -> str:
    from rich.markup import escape

    head = n["number"] or f"(no number) {n['node_id'][:10]}"
    bits = [x for x in (n["doc_type"], n["date"], n["issuer"]) if x]
    s = f"[bold]{escape(head)}[/bold]" + (" · " + escape(" · ".join(bits)) if bits else "")
    if n["kind"] == "stub":
        s += " [dim](not in the store)[/dim]"
    if n["subject"]:
        s += f"\n[italic]{escape(n['subject'][:120])}[/italic]"
    return s


def _edge_label(e: dict, other: dict | None, arrow: str) -> str:
    from rich.markup import escape

    s = f"[cyan]{e['relation']}[/cyan] {arrow} " + (show_label(other) if other else escape(e["cited_number"] or "?"))
    if e["possible_conflict"]:
        s += f"\n[red]possible conflict ({e['confidence']:.1f}): {escape(e['possible_conflict'])}[/red]"
    elif e["confidence"] < 1:
        s += f" [yellow](confidence {e['confidence']:.1f})[/yellow]"
    return s


def show_tree(conn: sqlite3.Connection, node: dict, depth: int = 2):
    """A rich Tree: the record, what it cites (upstream) and what cites it (downstream)."""
    from rich.tree import Tree

    tree = Tree(show_label(node))
    if node["kind"] == "doc":
        dl = conn.execute("SELECT count(*) FROM deadlines WHERE doc_id=?", (node["node_id"],)).fetchone()[0]
        qs = conn.execute("SELECT kind, count(*) FROM quantities WHERE doc_id=? GROUP BY kind",
                          (node["node_id"],)).fetchall()
        facts = [f"{dl} deadlines"] + [f"{n} {k or 'other'} quantities" for k, n in qs]
        tree.add("[dim]" + ", ".join(facts) + f" · id {node['node_id'][:16]}[/dim]")
    if node["variants"]:
        tree.add(f"[red]also cited as {', '.join(node['variants'])}[/red]")

    def grow(branch, node_id: str, level: int, up: bool, seen: set[str]) -> None:
        edges = edges_from(conn, node_id) if up else edges_to(conn, node_id)
        others = get_nodes(conn, {e["dst"] if up else e["src"] for e in edges})
        for e in edges:
            other_id = e["dst"] if up else e["src"]
            child = branch.add(_edge_label(e, others.get(other_id), "→" if up else "←"))
            if level < depth and other_id not in seen:
                grow(child, other_id, level + 1, up, seen | {other_id})

    up = tree.add("[bold]Cites (upstream)[/bold]")
    grow(up, node["node_id"], 1, True, {node["node_id"]})
    down = tree.add("[bold]Cited by (downstream)[/bold]")
    grow(down, node["node_id"], 1, False, {node["node_id"]})
    return tree


def show_json(conn: sqlite3.Connection, node: dict) -> dict:
    return {"node": node, "cites": edges_from(conn, node["node_id"]), "cited_by": edges_to(conn, node["node_id"])}

"""`vanban deadlines`, `vanban events`, `vanban targets`, `vanban show`: the analyst's questions over the store.

    vanban deadlines [--from DATE] [--to DATE] [--issuer X] [--recipient X] [--ics FILE [--events]]
    vanban events    [--from DATE] [--to DATE] [--issuer X] [--ics FILE]
    vanban targets   [--unit X] [--kind target|result] [--issuer X] [--year N] [--min-confidence C] [--compare]
    vanban show      NUMBER|ID [--depth N] [--json]

deadlines, events and targets also take `--format table|csv|xlsx|jsonl [-o FILE]`, and
`--lang vi|en` and `--width N` for what people read (tables, spreadsheets, show).
The questions themselves are answered by vanban.graph.queries.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from vanban.cli.common import SubParsers, add_db, date_arg, open_db
from vanban.graph.build import ensure_linked, find_nodes
from vanban.graph.queries import (
    OUTPUT_FORMATS,
    SHORT_ID,
    build_calendar,
    collapse_daily,
    compare_rows,
    deadline_rows,
    duties,
    event_rows,
    fmt_value,
    quantity_rows,
    show_json,
    show_label,
    show_tree,
)
from vanban.store.tabular import LANGS, label, terminal_width, write_rows

DEADLINE_COLUMNS = ["due", "recurrence", "period", "action", "responsible", "channel", "number", "issuer"]
EVENT_COLUMNS = ["date", "end", "text", "number", "issuer", "confidence"]
QUANTITY_COLUMNS = ["value", "comparator", "unit", "object", "kind", "scope", "number", "issuer", "issued_date",
                    "confidence"]
COMPARE_COLUMNS = ["plan", "target", "object", "reported_by", "reporter_issuer", "result", "percent", "depth",
                   "why", "why_detail"]
SHOW_TREES = 10  # more documents than this under one number: list them instead of drawing trees


def _add_output(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=OUTPUT_FORMATS, default="table")
    p.add_argument("-o", "--output", type=Path, help="write here (default stdout)")
    _add_reading(p)
    p.add_argument("--no-bom", dest="bom", action="store_false",
                   help="CSV without the UTF-8 BOM that spreadsheets need to read Vietnamese")


def _add_reading(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=LANGS, default="vi",
                   help="labels and dates of tables and spreadsheets: vi (dd/mm/yyyy, default) or en (ISO); "
                        "JSON and CSV keep English keys and ISO dates")
    p.add_argument("--width", type=int, help="table width in columns (default: the terminal's)")


def register(sub: SubParsers) -> None:
    d = sub.add_parser("deadlines", help="deadlines in a window, recurring ones expanded; --ics for a calendar",
                       description="Deadlines in the store.")
    add_db(d)
    _add_output(d)
    _add_window(d)
    d.add_argument("--recipient", help="responsible unit or a recipient contains (folded)")
    d.add_argument("--ics", type=Path, help="also write an iCalendar file: every deadline, a recurring one once "
                                             "with its rule")
    d.add_argument("--events", action="store_true", help="with --ics: the documents' events too")
    d.set_defaults(run=run_deadlines)

    e = sub.add_parser("events", help="events (meetings, campaigns) in a window; --ics for a calendar",
                       description="Events in the store.")
    add_db(e)
    _add_output(e)
    _add_window(e)
    e.add_argument("--ics", type=Path, help="also write an iCalendar file")
    e.set_defaults(run=run_events)

    t = sub.add_parser("targets", help="targets and results; --compare a plan with what implemented it",
                       description="Targets and results in the store.")
    add_db(t)
    _add_output(t)
    t.add_argument("--unit", help="unit contains (folded), e.g. '%%' or 'công trình'")
    t.add_argument("--kind", choices=("target", "result"))
    t.add_argument("--issuer", help="issuer name contains (folded)")
    t.add_argument("--year", type=int, help="documents issued in this year")
    t.add_argument("--min-confidence", type=_confidence_arg, metavar="C",
                   help="only figures the extractor is at least this sure of, 0..1 (a cue's 0.91; 0.8 leaves out "
                        "those whose kind only the default gave)")
    t.add_argument("--compare", action="store_true",
                   help="line up each plan's targets with the results of the documents implementing it (and of "
                        "the reports on the plans implementing it); says why when none matches")
    t.set_defaults(run=run_targets)

    s = sub.add_parser("show", help="a document, what it cites and what cites it",
                       description="A document and its links.")
    add_db(s)
    s.add_argument("ref", help="số hiệu (any spacing) or document id (or a prefix of 6+ hex digits)")
    s.add_argument("--depth", type=int, default=2, help="levels of citations each way (default 2)")
    s.add_argument("--json", action="store_true", help="print JSON instead of a tree")
    _add_reading(s)
    s.set_defaults(run=run_show)


def _add_window(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", type=date_arg, help="first day (YYYY-MM-DD or DD/MM/YYYY)")
    p.add_argument("--to", dest="end", type=date_arg, help="last day (YYYY-MM-DD or DD/MM/YYYY)")
    p.add_argument("--issuer", help="issuer name contains (folded)")


NUMBER_IDS = {"number": "doc_id", "plan": "plan_id", "reported_by": "reporter_id"}  # số hiệu column -> id


def for_people(dicts: list[dict], lang: str) -> list[dict]:
    """Rows of a table: no id column; a short id stands in only where there is no số hiệu."""
    for d in dicts:
        for number, ident in NUMBER_IDS.items():
            if number in d and not d[number] and d.get(ident):
                d[number] = f"({label('doc_id', lang)} {d[ident][:SHORT_ID]})"
    return dicts


def _write(args: argparse.Namespace, prog: str, dicts: list[dict], columns: list[str], extra: list[str],
           title: str) -> int:
    people = args.format in ("table", "xlsx")
    try:
        write_rows(for_people(dicts, args.lang) if args.format == "table" else dicts,
                   columns if people else columns + extra, args.format, args.output, title,
                   lang=args.lang, width=args.width, bom=args.bom)
    except ValueError as e:
        print(f"{prog}: {e}", file=sys.stderr)
        return 2
    return 0


def _write_ics(path: Path, cal, prog: str) -> None:
    path.write_bytes(cal.text().encode("utf-8"))
    print(f"wrote {len(cal.events)} events to {path}", file=sys.stderr)
    for why in cal.left_out:
        print(f"{prog}: not in the calendar: {why}", file=sys.stderr)


def run_deadlines(args: argparse.Namespace) -> int:
    conn = open_db(args.db, "vanban deadlines")
    if conn is None:
        return 2
    try:
        rows = deadline_rows(conn, args.start, args.end, args.issuer, args.recipient)
        cal = None
        if args.ics:
            cal = build_calendar(duties(conn, args.start, args.end, args.issuer, args.recipient),
                                 event_rows(conn, args.start, args.end, args.issuer) if args.events else [],
                                 args.start, args.end)
    finally:
        conn.close()
    dicts = [asdict(r) for r in rows]
    if args.format == "table":
        dicts = collapse_daily(dicts)
    code = _write(args, "vanban deadlines", dicts, DEADLINE_COLUMNS, ["doc_id", "ord", "text"],
                  f"vanban: {len(rows)} {label('deadlines', args.lang).lower()} ({len(dicts)})")
    if cal is not None and code == 0:
        _write_ics(args.ics, cal, "vanban deadlines")
    return code


def run_events(args: argparse.Namespace) -> int:
    conn = open_db(args.db, "vanban events")
    if conn is None:
        return 2
    try:
        rows = event_rows(conn, args.start, args.end, args.issuer)
    finally:
        conn.close()
    code = _write(args, "vanban events", [asdict(r) for r in rows], EVENT_COLUMNS, ["doc_id", "ord"],
                  f"vanban: {len(rows)} {label('events', args.lang).lower()}")
    if args.ics and code == 0:
        _write_ics(args.ics, build_calendar([], rows, args.start, args.end), "vanban events")
    return code


def _confidence_arg(value: str) -> float:
    try:
        c = float(value)
    except ValueError:
        c = -1.0
    if not 0 <= c <= 1:
        raise argparse.ArgumentTypeError(f"{value!r} is no confidence: a number from 0 to 1")
    return c


def run_targets(args: argparse.Namespace) -> int:
    conn = open_db(args.db, "vanban targets")
    if conn is None:
        return 2
    try:
        if args.compare:
            dicts = [asdict(r) for r in compare_rows(conn, args.unit, args.issuer, args.year,
                                                     min_confidence=args.min_confidence)]
            columns, extra = COMPARE_COLUMNS, ["plan_id", "reporter_id"]
            found = sum(1 for d in dicts if d["result"])
            title = f"vanban: {len(dicts)} targets compared, {found} with a result"
        else:
            dicts = [asdict(r) for r in quantity_rows(conn, args.unit, args.kind, args.issuer, args.year,
                                                      min_confidence=args.min_confidence)]
            if args.format == "table":
                for d in dicts:
                    d["value"] = fmt_value(d)
                columns, extra = ["value", "object", "kind", "scope", "number", "issuer", "issued_date",
                                  "confidence"], []
            else:
                columns, extra = QUANTITY_COLUMNS, ["value_max", "doc_id", "ord"]
            title = f"vanban: {len(dicts)} {label('quantities', args.lang).lower()}"
    finally:
        conn.close()
    return _write(args, "vanban targets", dicts, columns, extra, title)


def run_show(args: argparse.Namespace) -> int:
    conn = open_db(args.db, "vanban show")
    if conn is None:
        return 2
    try:
        ensure_linked(conn)
        nodes = find_nodes(conn, args.ref)
        if not nodes:
            print(f"vanban show: no document or citation {args.ref!r}", file=sys.stderr)
            return 1
        if args.json:
            print(json.dumps([show_json(conn, n) for n in nodes], ensure_ascii=False, indent=1))
            return 0
        from rich.console import Console

        lang = args.lang
        console = Console(width=args.width or terminal_width())
        if len(nodes) > 1:
            console.print(f"[yellow]{len(nodes)} {label('show:many', lang)} {args.ref} "
                          f"{label('show:many_why', lang)}[/yellow]")
        if len(nodes) > SHOW_TREES:
            # a common number (every Tỉnh đoàn has its 35-KH/TĐTN): list them, trees only on request
            for n in nodes:
                console.print(f"  {n['node_id'][:SHORT_ID]}  {show_label(n, lang)}")
            console.print(f"[yellow]{label('show:no_trees', lang)} {len(nodes)}: {label('show:run_id', lang)}"
                          "[/yellow]")
            return 0
        for n in nodes:
            console.print(show_tree(conn, n, args.depth, lang))
    finally:
        conn.close()
    return 0

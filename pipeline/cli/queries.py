"""`vanban deadlines`, `vanban targets`, `vanban show`: the analyst's questions over the store.

    vanban deadlines [--from DATE] [--to DATE] [--issuer X] [--recipient X] [--ics FILE]
    vanban targets   [--unit X] [--kind target|result] [--issuer X] [--year N] [--compare]
    vanban show      NUMBER|ID [--depth N] [--json]

deadlines and targets also take `--format table|csv|xlsx|jsonl [-o FILE]`.
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
    collapse_daily,
    compare_rows,
    deadline_rows,
    fmt_value,
    quantity_rows,
    show_json,
    show_label,
    show_tree,
    to_ics,
    write_rows,
)

DEADLINE_COLUMNS = ["due", "recurrence", "action", "responsible", "channel", "number", "issuer", "doc_id"]
QUANTITY_COLUMNS = ["value", "comparator", "unit", "object", "kind", "scope", "number", "issuer", "issued_date",
                    "doc_id"]
COMPARE_COLUMNS = ["plan", "target", "object", "reported_by", "reporter_issuer", "result", "percent"]
SHOW_TREES = 10  # more documents than this under one number: list them instead of drawing trees


def _add_output(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=OUTPUT_FORMATS, default="table")
    p.add_argument("-o", "--output", type=Path, help="write here (default stdout)")


def register(sub: SubParsers) -> None:
    d = sub.add_parser("deadlines", help="deadlines in a window, recurring ones expanded; --ics for a calendar",
                       description="Deadlines in the store.")
    add_db(d)
    _add_output(d)
    d.add_argument("--from", dest="start", type=date_arg, help="first day (YYYY-MM-DD)")
    d.add_argument("--to", dest="end", type=date_arg, help="last day (YYYY-MM-DD)")
    d.add_argument("--issuer", help="issuer name contains (folded)")
    d.add_argument("--recipient", help="responsible unit or a recipient contains (folded)")
    d.add_argument("--ics", type=Path, help="also write an iCalendar file")
    d.set_defaults(run=run_deadlines)

    t = sub.add_parser("targets", help="targets and results; --compare a plan with what implemented it",
                       description="Targets and results in the store.")
    add_db(t)
    _add_output(t)
    t.add_argument("--unit", help="unit contains (folded), e.g. '%%' or 'công trình'")
    t.add_argument("--kind", choices=("target", "result"))
    t.add_argument("--issuer", help="issuer name contains (folded)")
    t.add_argument("--year", type=int, help="documents issued in this year")
    t.add_argument("--compare", action="store_true",
                   help="line up each plan's targets with the results of documents implementing it")
    t.set_defaults(run=run_targets)

    s = sub.add_parser("show", help="a document, what it cites and what cites it",
                       description="A document and its links.")
    add_db(s)
    s.add_argument("ref", help="số hiệu (any spacing) or document id (or a prefix of 6+ hex digits)")
    s.add_argument("--depth", type=int, default=2, help="levels of citations each way (default 2)")
    s.add_argument("--json", action="store_true", help="print JSON instead of a tree")
    s.set_defaults(run=run_show)


def run_deadlines(args: argparse.Namespace) -> int:
    conn = open_db(args.db, "vanban deadlines")
    if conn is None:
        return 2
    try:
        rows = deadline_rows(conn, args.start, args.end, args.issuer, args.recipient)
    finally:
        conn.close()
    dicts = [asdict(r) for r in rows]
    if args.format == "table":
        dicts = collapse_daily(dicts)
        for d in dicts:
            d["doc_id"] = d["doc_id"][:10]
    try:
        write_rows(dicts, DEADLINE_COLUMNS + ([] if args.format == "table" else ["ord", "text"]),
                   args.format, args.output, f"vanban: {len(rows)} deadlines ({len(dicts)} rows)")
    except ValueError as e:
        print(f"vanban deadlines: {e}", file=sys.stderr)
        return 2
    if args.ics:
        args.ics.write_bytes(to_ics(rows).encode("utf-8"))
        print(f"wrote {sum(1 for r in rows if r.due)} events to {args.ics}", file=sys.stderr)
    return 0


def run_targets(args: argparse.Namespace) -> int:
    conn = open_db(args.db, "vanban targets")
    if conn is None:
        return 2
    try:
        if args.compare:
            dicts = [asdict(r) for r in compare_rows(conn, args.unit, args.issuer, args.year)]
            columns, title = COMPARE_COLUMNS + ([] if args.format == "table" else ["plan_id", "reporter_id"]), \
                f"vanban: {len(dicts)} targets compared"
        else:
            dicts = [asdict(r) for r in quantity_rows(conn, args.unit, args.kind, args.issuer, args.year)]
            if args.format == "table":
                for d in dicts:
                    d["value"] = fmt_value(d)
                    d["doc_id"] = d["doc_id"][:10]
                columns = ["value", "object", "kind", "scope", "number", "issuer", "issued_date", "doc_id"]
            else:
                columns = QUANTITY_COLUMNS + ["value_max", "ord"]
            title = f"vanban: {len(dicts)} quantities"
    finally:
        conn.close()
    try:
        write_rows(dicts, columns, args.format, args.output, title)
    except ValueError as e:
        print(f"vanban targets: {e}", file=sys.stderr)
        return 2
    return 0


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

        console = Console(width=140)
        if len(nodes) > 1:
            console.print(f"[yellow]{len(nodes)} documents numbered {args.ref} (different bodies or years)[/yellow]")
        if len(nodes) > SHOW_TREES:
            # a common number (every Tỉnh đoàn has its 35-KH/TĐTN): list them, trees only on request
            for n in nodes:
                console.print(f"  {n['node_id'][:12]}  {show_label(n)}")
            console.print(f"[yellow]showing no trees for {len(nodes)} documents: run `vanban show ID`[/yellow]")
            return 0
        for n in nodes:
            console.print(show_tree(conn, n, args.depth))
    finally:
        conn.close()
    return 0

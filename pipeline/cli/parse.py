"""`vanban parse` and `vanban schema`: files to JSONL records, and the record's JSON Schema.

    vanban parse PATH... [-o OUT.jsonl] [--pretty] [--summary]
    vanban schema
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vanban.cli.common import SubParsers
from vanban.ingest.limits import add_arguments as add_limit_arguments

SUMMARY_WIDTH = 140  # characters: the table fits a wide terminal without folding every row
ISSUER_CHARS = 40


def register(sub: SubParsers) -> None:
    p = sub.add_parser("parse", help="parse files or folders into JSONL records")
    p.add_argument("paths", nargs="+")
    p.add_argument("-o", "--output", help="write JSONL here (default: stdout)")
    p.add_argument("--pretty", action="store_true", help="indented JSON")
    p.add_argument("--summary", action="store_true", help="print a summary table")
    add_limit_arguments(p)
    p.set_defaults(run=run_parse)
    s = sub.add_parser("schema", help="print the record JSON Schema")
    s.set_defaults(run=run_schema)


def iter_inputs(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Files to parse (folders walked as `vanban import` walks them) and the paths that do not exist."""
    from vanban.store.bulk import walk

    files: list[Path] = []
    missing: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_file():
            files.append(path)  # named explicitly: ingest decides what it is
        elif path.is_dir():
            files.extend(walk([path])[0])
        else:
            missing.append(p)
    return files, missing


def summary_table(records: list[dict]) -> str:
    from io import StringIO

    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"vanban: {len(records)} documents", show_lines=False)
    for col in ("file", "type", "số hiệu", "issuer", "date", "cit", "dl", "ev", "qty"):
        table.add_column(col, overflow="fold")
    for r in records:
        table.add_row(
            Path(r["source"]["path"] or "-").name,
            (r.get("doc_type") or {}).get("code") or "-",
            (r.get("number") or {}).get("normalized") or "-",
            ((r.get("issuer") or {}).get("name") or "-")[:ISSUER_CHARS],
            r.get("issued_date") or "-",
            str(len(r["citations"])), str(len(r["deadlines"])), str(len(r["events"])), str(len(r["quantities"])),
        )
    buf = StringIO()
    Console(file=buf, width=SUMMARY_WIDTH, force_terminal=False).print(table)
    return buf.getvalue()


def run_parse(args: argparse.Namespace) -> int:
    from vanban import VanbanError, parse_file
    from vanban.errors import plain
    from vanban.ingest.limits import from_args

    limits = from_args(args)
    files, missing = iter_inputs(args.paths)
    failures = 0
    for m in missing:
        print(f"vanban: {m}: no such file or folder", file=sys.stderr)
        failures += 1
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    done: list[dict] = []
    try:
        for f in files:
            try:
                rec = parse_file(f, limits=limits).model_dump(mode="json")
            except VanbanError as e:
                print(f"vanban: {f}: [{e.stage}] {e.message}", file=sys.stderr)
                failures += 1
                continue
            except Exception as e:  # a bug: report it, keep going
                print(f"vanban: {f}: [extract] internal error: {plain(e)}", file=sys.stderr)
                failures += 1
                continue
            out.write(json.dumps(rec, ensure_ascii=False, indent=2 if args.pretty else None) + "\n")
            done.append(rec)
    finally:
        if args.output:
            out.close()
    if args.summary or args.output:
        print(summary_table(done), file=sys.stderr if not args.output else sys.stdout)
        if failures:
            print(f"{failures} file(s) failed", file=sys.stderr)
    return 1 if failures else 0


def run_schema(args: argparse.Namespace) -> int:
    from vanban.schemas import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0

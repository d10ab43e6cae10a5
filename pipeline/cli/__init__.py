"""The `vanban` command line.

    vanban parse PATH... [-o OUT.jsonl] [--pretty] [--summary]
    vanban schema
    vanban eval GOLD_DIR... [--records RECORDS.jsonl] [--details]
    vanban import PATH... --db vanban.db [--workers N] [--reparse]
    vanban export --db vanban.db --format jsonl|csv [-o OUT]
    vanban link|graph|deadlines|targets|show ...   (the directive graph and analyst queries)

Exit codes: 0 ok, 1 some files failed (each reported, the rest still parsed),
2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# Commands that own their argument parsing: name -> (module, function(argv) -> exit code)
DELEGATED = {
    "import": ("vanban.store.bulk", "main_import"),
    "export": ("vanban.store.export", "main_export"),
    "link": ("vanban.graph.build", "main_link"),
    "graph": ("vanban.graph.build", "main_graph"),
    "deadlines": ("vanban.graph.queries", "main_deadlines"),
    "targets": ("vanban.graph.queries", "main_targets"),
    "show": ("vanban.graph.queries", "main_show"),
}
HELP = {
    "import": "bulk import into SQLite (see vanban import --help)",
    "export": "export stored records (see vanban export --help)",
    "link": "link citations into the directive graph",
    "graph": "the directive graph or a neighbourhood of it (json, graphml, dot, svg)",
    "deadlines": "deadlines in a window, recurring ones expanded; --ics for a calendar",
    "targets": "targets and results; --compare a plan with what implemented it",
    "show": "a document, what it cites and what cites it",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 with a short message
        self.print_usage(sys.stderr)
        print(f"vanban: error: {message}", file=sys.stderr)
        raise SystemExit(2)


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
            ((r.get("issuer") or {}).get("name") or "-")[:40],
            r.get("issued_date") or "-",
            str(len(r["citations"])), str(len(r["deadlines"])), str(len(r["events"])), str(len(r["quantities"])),
        )
    buf = StringIO()
    Console(file=buf, width=140, force_terminal=False).print(table)
    return buf.getvalue()


def cmd_parse(args: argparse.Namespace) -> int:
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


def cmd_schema(args: argparse.Namespace) -> int:
    from vanban.schemas import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from vanban import parse_file
    from vanban.evaluate import main_eval

    def parse(path: Path) -> dict:
        return parse_file(path).model_dump(mode="json")

    gold = list(args.gold)
    if args.records is None and len(gold) > 1 and Path(gold[-1]).suffix in (".jsonl", ".json") \
            and Path(gold[-1]).is_file():
        args.records = gold.pop()  # `vanban eval GOLD_DIR RECORDS`
    dirs = [Path(d) for d in gold]
    for d in dirs:
        if not d.exists():
            print(f"vanban: {d}: no such folder", file=sys.stderr)
            return 2
    return main_eval(dirs, Path(args.records) if args.records else None, parse, details=args.details)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in DELEGATED:
        import importlib

        module, func = DELEGATED[argv[0]]
        return getattr(importlib.import_module(module), func)(argv[1:])
    from vanban.ingest.limits import add_arguments as add_limit_arguments

    ap = _Parser(prog="vanban", description="Vietnamese administrative documents -> structured records")
    sub = ap.add_subparsers(dest="cmd", required=True, parser_class=_Parser)
    p = sub.add_parser("parse", help="parse files or folders into JSONL records")
    p.add_argument("paths", nargs="+")
    p.add_argument("-o", "--output", help="write JSONL here (default: stdout)")
    p.add_argument("--pretty", action="store_true", help="indented JSON")
    p.add_argument("--summary", action="store_true", help="print a summary table")
    add_limit_arguments(p)
    p.set_defaults(func=cmd_parse)
    s = sub.add_parser("schema", help="print the record JSON Schema")
    s.set_defaults(func=cmd_schema)
    e = sub.add_parser("eval", help="score records against gold (SCORING.md)")
    e.add_argument("gold", nargs="+", help="gold folder(s) (NAME.json next to or above NAME.txt)")
    e.add_argument("--records", help="records JSONL (default: parse the gold texts)")
    e.add_argument("--details", action="store_true", help="list missed and spurious items")
    e.set_defaults(func=cmd_eval)
    for name, (_, _, text) in ((k, (*v, HELP[k])) for k, v in DELEGATED.items()):
        sub.add_parser(name, help=text)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())

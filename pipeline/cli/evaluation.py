"""`vanban eval GOLD_DIR... [--records RECORDS.jsonl] [--details]`: score records against gold.

Without --records each gold's text is parsed; the scoring rules are docs/SCORING.md,
implemented in vanban.evaluate.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from vanban.cli.common import SubParsers
from vanban.evaluate import (
    brief,
    confidence_bands,
    format_confidence_bands,
    format_header_table,
    format_table,
    header_only,
    header_table,
    load_gold,
    load_records,
    parse_gold_texts,
    score,
    source_kinds,
)

RECORD_SUFFIXES = (".jsonl", ".json")


def register(sub: SubParsers) -> None:
    e = sub.add_parser("eval", help="score records against gold (docs/SCORING.md)")
    e.add_argument("gold", nargs="+", help="gold folder(s) (NAME.json next to or above NAME.txt)")
    e.add_argument("--records", help="records JSONL (default: parse the gold texts)")
    e.add_argument("--details", action="store_true", help="list missed and spurious items")
    e.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1,
                   help="parse the gold files in this many processes (default: one per core)")
    e.set_defaults(run=run_eval)


def print_scores(gold_dirs: list[Path], records_path: Path | None,
                 parse: Callable[[Path], dict] | None, details: bool = False, jobs: int = 1) -> int:
    """Score records (or parse each gold's text, in `jobs` processes) against each gold folder and print
    the tables. While files are parsed, a count on a terminal's stderr shows the run is alive (an
    uncached folder of scans takes minutes)."""
    if records_path is None and parse is None:
        raise ValueError("print_scores needs records or a parse function")
    given = load_records(records_path) if records_path is not None else {}
    for gold_dir in map(Path, gold_dirs):
        golds = load_gold(gold_dir)
        records = given if parse is None or records_path is not None else parse_gold_texts(
            gold_dir, golds, parse, jobs=jobs, progress=_progress if sys.stderr.isatty() else None)
        report = score(golds, records)
        for name in report.missing:
            print(f"warning: no record for {name}: every gold item counts as missed", file=sys.stderr)
        print(format_table(report, str(gold_dir)))
        if details:
            for p in report.problems:
                print(f"  {p.doc} {p.field} {p.kind}: gold={brief(p.gold)} output={brief(p.output)}")
        if golds and all(header_only(g) for g in golds.values()):  # ../inputs: per format and field
            table = header_table(golds, records, source_kinds(gold_dir))
            print()
            print(format_header_table(table))
            print()
            print(format_confidence_bands(confidence_bands(golds, records)))
            if details:
                for fmt, doc, name, g, o in table.wrong:
                    print(f"  {fmt} {doc} {name}: gold={brief(g)} output={brief(o)}")
        print()
    return 0


def _progress(done: int, total: int, name: str) -> None:
    end = "\n" if done == total else ""
    print(f"\rparsed {done}/{total} {name[:40]:<40}", end=end, file=sys.stderr, flush=True)


def parse_record(path: Path) -> dict:
    """A file's record as JSON data (module level, so worker processes can run it)."""
    from vanban import parse_file

    return parse_file(path).model_dump(mode="json")


def run_eval(args: argparse.Namespace) -> int:
    if args.records is None and args.jobs > 1:
        from vanban import load

        load()  # once here: forked workers inherit the loaded pipeline instead of each loading it
    gold = list(args.gold)
    if args.records is None and len(gold) > 1 and Path(gold[-1]).suffix in RECORD_SUFFIXES \
            and Path(gold[-1]).is_file():
        args.records = gold.pop()  # `vanban eval GOLD_DIR RECORDS`
    dirs = [Path(d) for d in gold]
    for d in dirs:
        if not d.exists():
            print(f"vanban: {d}: no such folder", file=sys.stderr)
            return 2
    try:
        return print_scores(dirs, Path(args.records) if args.records else None, parse_record,
                            details=args.details, jobs=max(1, args.jobs))
    except (ValueError, OSError) as e:  # an unreadable or malformed records file: one clear line
        print(f"vanban eval: {e}", file=sys.stderr)
        return 2

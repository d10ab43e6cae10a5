"""`vanban import` and `vanban export`: documents into the SQLite store and records back out.

    vanban import PATH... --db vanban.db [--workers N] [--reparse] [--engine ray [--address ADDR]]
    vanban export --db vanban.db --format jsonl|csv|xlsx [-o OUT] [--no-bom] [--lang vi|en]
    vanban export --db vanban.db --format edxml [-o DIR|FILE.zip] [--organ-ids FILE]

The decisions behind import (what is skipped, limits, exit codes) are in vanban.store.bulk.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path

from vanban.cli.common import SubParsers, add_db
from vanban.errors import VanbanError
from vanban.ingest.limits import add_arguments as add_limit_arguments
from vanban.ingest.limits import from_args as limits_from_args
from vanban.store.bulk import (
    BINARY_FACTOR,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CPU_SECONDS,
    DEFAULT_MAX_MEMORY_MB,
    DEFAULT_PARSER,
    DEFAULT_TIMEOUT,
    UsageError,
    run_import,
)
from vanban.store.db import EXIT_STORE, Store, display_path
from vanban.store.export import write_csv, write_jsonl, write_xlsx
from vanban.store.sql import db_exists, is_db_error, shown
from vanban.store.tabular import LANGS


def register(sub: SubParsers) -> None:
    p = sub.add_parser(
        "import", help="bulk import into SQLite (see vanban import --help)",
        description="Parse documents into a SQLite store (re-runs skip stored files; changed files become "
                    "new versions; records of an older pipeline version are re-parsed).",
        epilog="Exit code: 0 all stored, 1 some files failed now or in an earlier run (vanban errors lists "
               "them), 2 usage error, 3 the store is damaged or unusable, 130 interrupted (re-run to finish).")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders (recursive)")
    add_db(p)
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: CPU count)")
    p.add_argument("--reparse", action="store_true",
                   help="re-extract every file, even when stored by this pipeline version (and known failures)")
    p.add_argument("--keep-stale", action="store_true",
                   help="do not re-parse records made by an older pipeline version")
    p.add_argument("--follow-symlinks", action="store_true",
                   help="read symbolic links that point outside the imported folders")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"largest .txt file in bytes (default {DEFAULT_MAX_BYTES}); "
                        f"other formats may be {BINARY_FACTOR}x larger")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help=f"seconds one file may take before it is recorded as failed (default {DEFAULT_TIMEOUT:g})")
    p.add_argument("--max-memory-mb", type=int, default=DEFAULT_MAX_MEMORY_MB,
                   help=f"address space of each worker in MB (default {DEFAULT_MAX_MEMORY_MB}; 0: no limit)")
    p.add_argument("--max-cpu-seconds", type=float, default=DEFAULT_MAX_CPU_SECONDS,
                   help=f"CPU time one file may use (default {DEFAULT_MAX_CPU_SECONDS:g}; 0: no limit)")
    add_limit_arguments(p)
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local: worker processes on this machine (default); ray: Ray tasks on a cluster "
                        "(pip install 'vanban[ray]'; every node must see the files)")
    p.add_argument("--address", default=None, metavar="ADDR",
                   help="with --engine ray: the cluster to join (default: start a local Ray with --workers CPUs)")
    p.add_argument("--parser", default=DEFAULT_PARSER, help=argparse.SUPPRESS)  # module:function
    p.set_defaults(run=run_import_command)

    e = sub.add_parser("export", help="export stored records (see vanban export --help)",
                       description="Write stored records out.")
    add_db(e)
    e.add_argument("--format", choices=("jsonl", "csv", "xlsx", "edxml"), default="jsonl")
    e.add_argument("-o", "--output", type=Path, default=None,
                   help="output file (default stdout; xlsx needs one); for edxml a folder or a .zip (default: edxml/)")
    e.add_argument("--bom", action="store_true", default=None,
                   help="start the file with a UTF-8 BOM (the default for csv, which spreadsheets open)")
    e.add_argument("--no-bom", dest="bom", action="store_false", help="csv without the BOM")
    e.add_argument("--lang", choices=LANGS, default="vi", help="xlsx column labels: vi (default) or en")
    e.add_argument("--organ-ids", type=Path, default=None, metavar="FILE",
                   help="edxml: body name -> mã định danh (OrganId), JSON or TSV; none is invented without it")
    e.set_defaults(run=run_export)


def run_import_command(args: argparse.Namespace) -> int:
    if args.workers is not None and args.workers < 1:
        print("vanban import: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.address and args.engine != "ray":
        print("vanban import: --address needs --engine ray", file=sys.stderr)
        return 2
    try:
        engine = None
        if args.engine == "ray":
            from vanban.store.ray_engine import make_engine

            engine = make_engine(args.address)
        summary = run_import(args.paths, args.db, args.workers, args.reparse, not args.no_progress,
                             max_bytes=args.max_bytes, parser=args.parser, timeout=args.timeout,
                             keep_stale=args.keep_stale, follow_symlinks=args.follow_symlinks,
                             max_memory_mb=args.max_memory_mb, max_cpu_seconds=args.max_cpu_seconds,
                             limits=limits_from_args(args), engine=engine)
    except UsageError as e:
        print(f"vanban import: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # the store cannot be opened or is damaged
        if not (isinstance(e, VanbanError) or is_db_error(e)):
            raise
        print(f"vanban import: the store {display_path(shown(args.db))} cannot be used: {e}", file=sys.stderr)
        return EXIT_STORE
    print(summary.render(args.db))
    return summary.exit_code


def run_export(args: argparse.Namespace) -> int:
    if not db_exists(args.db):
        print(f"vanban export: no database {args.db}", file=sys.stderr)
        return 2
    if args.format == "xlsx" and args.output is None:
        print("vanban export: --format xlsx needs -o FILE", file=sys.stderr)
        return 2
    try:
        store = Store(args.db)
    except Exception as e:  # not a SQLite file, another store schema, no server
        if not (isinstance(e, VanbanError) or is_db_error(e)):
            raise
        print(f"vanban export: the store {display_path(shown(args.db))} cannot be used (damaged, locked or not a "
              f"vanban store): {e}", file=sys.stderr)
        return EXIT_STORE
    if args.format == "edxml":
        return _export_edxml(store, args)
    try:
        if args.format == "xlsx":
            n = write_xlsx(store, args.output, args.lang)
        else:
            bom = args.bom if args.bom is not None else args.format == "csv"
            target = (open(args.output, "w", encoding="utf-8", newline="") if args.output
                      else nullcontext(sys.stdout))
            with target as out:
                if args.format == "jsonl":
                    if bom:
                        out.write("\ufeff")
                    n = write_jsonl(store, out)
                else:
                    n = write_csv(store, out, bom=bom)
    finally:
        store.close()
    print(f"exported {n} documents", file=sys.stderr)
    return 0


def _export_edxml(store: Store, args: argparse.Namespace) -> int:
    from vanban.exchange import edxml

    try:
        organ_ids = edxml.load_organ_ids(args.organ_ids)
        n, notes = edxml.export_store(store, args.output or Path("edxml"), organ_ids)
    except (OSError, ValueError) as e:  # unreadable mapping file, unwritable output
        print(f"vanban export: {e}", file=sys.stderr)
        return 2
    finally:
        store.close()
    for note in notes:
        print(f"vanban export: {note}", file=sys.stderr)
    print(f"exported {n} documents as edXML to {args.output or 'edxml/'}", file=sys.stderr)
    return 0

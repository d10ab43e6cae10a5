"""`vanban errors --db vanban.db [--stage S] [--path TEXT] [--since DATE] [--json]`: the failed files."""

from __future__ import annotations

import argparse
import json
import sys

from vanban.cli.common import SubParsers, add_db, open_store


def register(sub: SubParsers) -> None:
    p = sub.add_parser("errors", help="files that failed to import (path, stage, message, when)",
                       description="List the files that failed to import, with the stage and the message.",
                       epilog="Exit code: 0 (also when there are none), 2 usage error, 3 unusable store.")
    add_db(p)
    p.add_argument("--stage", help="only this stage (ingest, normalize, segment, extract, store, timeout, worker)")
    p.add_argument("--path", help="only paths containing this text")
    p.add_argument("--since", help="only failures at or after this date or time (ISO, e.g. 2026-11-29)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(run=run_errors)


def run_errors(args: argparse.Namespace) -> int:
    store = open_store(args.db, "vanban errors")
    if store is None:
        return 2
    with store:
        rows = store.errors(stage=args.stage, path=args.path, since=args.since)
    for e in rows:
        if args.json:
            print(json.dumps(e, ensure_ascii=False))
        else:
            print(f"{e['at'][:19].replace('T', ' ')}  [{e['stage']}]  {e['path']}\n    {e['message']}")
    if not args.json:
        print(f"{len(rows)} failed file(s)", file=sys.stderr)
    return 0

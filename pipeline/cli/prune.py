"""`vanban prune --db vanban.db [-n]`: forget files gone from disk, remove documents left without one."""

from __future__ import annotations

import argparse

from vanban.cli.common import SubParsers, add_db, open_store


def register(sub: SubParsers) -> None:
    p = sub.add_parser("prune", help="remove records whose files are gone from disk",
                       description="Forget stored paths that no longer exist; remove each document left with "
                                   "no path (with its versions, corrections and errors), in one transaction. "
                                   "A document with another copy on disk stays.",
                       epilog="Exit code: 0, 2 usage error, 3 unusable store.")
    add_db(p)
    p.add_argument("-n", "--dry-run", action="store_true", help="say what would be removed, change nothing")
    p.set_defaults(run=run_prune)


def run_prune(args: argparse.Namespace) -> int:
    store = open_store(args.db, "vanban prune")
    if store is None:
        return 2
    with store:
        res = store.prune(dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    for p in res.files:
        print(f"gone: {p}")
    print(f"{verb} {len(res.documents)} document(s); {len(res.files)} path(s) gone; "
          f"{res.errors} error row(s) of vanished files")
    return 0

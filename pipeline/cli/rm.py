"""`vanban rm PATH|ID... --db vanban.db`: remove documents and everything derived from them."""

from __future__ import annotations

import argparse
import sys

from vanban.cli.common import SubParsers, add_db, open_store


def register(sub: SubParsers) -> None:
    p = sub.add_parser("rm", help="remove documents (by path, folder or id) and all derived from them",
                       description="Remove documents named by file path, folder or id (6+ hex digits): the "
                                   "record, its versions, paths, corrections and errors, in one transaction. "
                                   "A failed file's path forgets the failure.",
                       epilog="Exit code: 0 removed, 1 some names matched nothing, 2 usage error, 3 unusable store.")
    p.add_argument("refs", nargs="+", metavar="PATH|ID")
    add_db(p)
    p.add_argument("-n", "--dry-run", action="store_true", help="say what would be removed")
    p.set_defaults(run=run_rm)


def run_rm(args: argparse.Namespace) -> int:
    store = open_store(args.db, "vanban rm")
    if store is None:
        return 2
    with store:
        docs, failed, unknown = store.resolve(args.refs)
        for ref in unknown:
            print(f"vanban rm: {ref}: no stored document or file", file=sys.stderr)
        if args.dry_run:
            for d in docs:
                print(f"would remove {d[:12]}  {', '.join(store.paths(d)) or '(no path)'}")
            print(f"would remove {len(docs)} document(s) and forget {len(failed)} failed file(s)")
        else:
            n = store.remove(docs, failed)
            print(f"removed {n} document(s), forgot {len(failed)} failed file(s)")
    return 1 if unknown else 0

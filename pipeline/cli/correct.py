"""`vanban correct ID FIELD VALUE --db vanban.db [--by NAME]`: a human correction that stays.

VALUE is read as JSON when it is JSON (null, 3, ["a"], {"name": "..."}), else as text.
`vanban correct ID --list` shows a document's corrections; `--undo FIELD` drops one.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from vanban.cli.common import SubParsers, add_db, open_store
from vanban.store.db import Store, StoreError


def register(sub: SubParsers) -> None:
    p = sub.add_parser("correct", help="correct a field of a stored record (kept through re-parses)",
                       description="Store a human correction of one field (dotted path: issuer.name, "
                                   "issued_date, deadlines.0.due ...). It is applied over the parsed record "
                                   "everywhere (queries, exports, graph) and survives re-parsing; when the "
                                   "source file changes it is flagged for review instead of applied.",
                       epilog="Exit code: 0 stored, 1 refused (unknown document or field, a value the "
                              "schema refuses), 2 usage error, 3 unusable store.")
    p.add_argument("id", metavar="ID", help="document id (or a prefix of 6+ hex digits)")
    p.add_argument("field", nargs="?", metavar="FIELD")
    p.add_argument("value", nargs="?", metavar="VALUE")
    add_db(p)
    p.add_argument("--by", default=None, help="who corrects (default: the login name)")
    p.add_argument("--list", action="store_true", help="list the document's corrections")
    p.add_argument("--undo", action="store_true", help="drop the correction of FIELD")
    p.set_defaults(run=run_correct)


def parse_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _one_id(store: Store, ref: str) -> str | None:
    ids = store._ids_for(ref)
    if len(ids) != 1:
        print(f"vanban correct: {ref}: " + ("no such document" if not ids else f"{len(ids)} documents match"),
              file=sys.stderr)
        return None
    return ids[0]


def _list(store: Store, doc_id: str) -> int:
    for c in store.corrections(doc_id):
        print(f"{c['field']} = {json.dumps(c['value'], ensure_ascii=False)}  (parsed: "
              f"{json.dumps(c['parsed'], ensure_ascii=False)}; by {c['by'] or '?'} at {c['at']}; {c['status']})")
    return 0


def _store(store: Store, doc_id: str, args: argparse.Namespace) -> int:
    if args.undo:
        gone = store.remove_correction(doc_id, args.field)
        print(f"{'dropped' if gone else 'no'} correction of {args.field}")
        return 0 if gone else 1
    by = args.by or getpass.getuser()
    value = parse_value(args.value)
    try:
        c = store.add_correction(doc_id, args.field, value, by)
    except StoreError:
        if isinstance(value, str):
            raise
        c = store.add_correction(doc_id, args.field, args.value, by)  # text that looks like JSON ("2023")
    print(f"corrected {doc_id[:12]} {c.field}: {json.dumps(c.parsed, ensure_ascii=False)} -> "
          f"{json.dumps(c.value, ensure_ascii=False)} (by {c.by} at {c.at})")
    return 0


def run_correct(args: argparse.Namespace) -> int:
    if not args.list and (args.field is None or (args.value is None and not args.undo)):
        print("vanban correct: give ID FIELD VALUE, ID --list or ID FIELD --undo", file=sys.stderr)
        return 2
    store = open_store(args.db, "vanban correct")
    if store is None:
        return 2
    with store:
        doc_id = _one_id(store, args.id)
        if doc_id is None:
            return 1
        if args.list:
            return _list(store, doc_id)
        try:
            return _store(store, doc_id, args)
        except StoreError as e:
            print(f"vanban correct: {e.message}", file=sys.stderr)
            return 1

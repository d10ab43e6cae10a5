"""`vanban status --db vanban.db [--json]`: what the store holds, in counts."""

from __future__ import annotations

import argparse
import json

from vanban.cli.common import SubParsers, add_db, open_store


def register(sub: SubParsers) -> None:
    p = sub.add_parser("status", help="counts: documents, versions, stale, errors, duplicates, last import",
                       description="What the store holds: documents, versions, records of an older pipeline "
                                   "version, failed files, duplicate paths, corrections, the last import.")
    add_db(p)
    p.add_argument("--json", action="store_true", help="the figures as one JSON object")
    p.set_defaults(run=run_status)


def render(st: dict) -> str:
    lines = [
        f"documents   {st['documents']}" + (f" ({st['copies']} are copies of another record: counted once)"
                                             if st["copies"] else ""),
        f"versions    {st['versions']} ({st['superseded']} superseded, kept)",
        f"stale       {st['stale']} (made by an older pipeline version; `vanban import` re-parses them)",
        f"errors      {st['errors']} (`vanban errors` lists them)",
        f"duplicates  {st['duplicates']} (more paths with the same bytes)",
        f"corrections {st['corrections']}" + (f" ({st['corrections_review']} to review: source changed)"
                                               if st["corrections_review"] else ""),
        f"pipeline    {st['pipeline_version']}",
    ]
    last = st["last_import"]
    if last:
        done = f"finished {last['finished_at']}" if last["finished_at"] else "not finished (interrupted or running)"
        figures = last.get("summary") or {}
        brief = ", ".join(f"{k} {v}" for k, v in figures.items() if v and k not in ("interrupted", "elapsed"))
        lines.append(f"last import {last['started_at']}, {done}" + (f": {brief}" if brief else ""))
    else:
        lines.append("last import never")
    return "\n".join(lines)


def run_status(args: argparse.Namespace) -> int:
    store = open_store(args.db, "vanban status")
    if store is None:
        return 2
    with store:
        st = store.status()
    print(json.dumps(st, ensure_ascii=False) if args.json else render(st))
    return 0

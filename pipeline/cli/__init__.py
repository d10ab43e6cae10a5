"""The `vanban` command line.

    vanban parse PATH... [-o OUT.jsonl] [--pretty] [--summary]
    vanban schema
    vanban eval GOLD_DIR... [--records RECORDS.jsonl] [--details]
    vanban import PATH... --db vanban.db [--workers N] [--reparse]
    vanban export --db vanban.db --format jsonl|csv [-o OUT]
    vanban link|graph|deadlines|targets|show ...   (the directive graph and analyst queries)
    vanban serve --db vanban.db [--host H] [--port P] [--token T]   (web app and HTTP API)

Exit codes: 0 ok, 1 some files failed (each reported, the rest still parsed),
2 usage error, 3 the store is damaged or cannot be used.

One module per command family registers its subcommands (`register(sub)`,
see vanban.cli.common); this module only assembles them and dispatches.
"""

from __future__ import annotations

import sys

from vanban.cli import correct, errors, evaluation, graph, parse, prune, queries, rm, serve, status, store
from vanban.cli.common import Parser
from vanban.store.db import EXIT_STORE, StoreError, display_path
from vanban.store.sql import is_db_error, shown

# In the order `vanban --help` lists them.
COMMAND_MODULES = (parse, evaluation, store, status, errors, rm, prune, correct, graph, queries, serve)


def build_parser() -> Parser:
    ap = Parser(prog="vanban", description="Vietnamese administrative documents -> structured records")
    sub = ap.add_subparsers(dest="cmd", required=True, parser_class=Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns its exit code (usage errors and --help return 2 and 0)."""
    try:
        args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as e:  # argparse: --help (0) or a usage error (2)
        return e.code if isinstance(e.code, int) else 0 if e.code is None else 2
    try:
        return int(args.run(args))
    except Exception as e:  # never a traceback for a damaged or unreachable store
        if not (isinstance(e, StoreError) or is_db_error(e)):
            raise
        db = getattr(args, "db", None)
        where = f" {display_path(shown(db))}" if db is not None else ""
        print(f"vanban {args.cmd}: the store{where} cannot be used (damaged, locked or not a vanban store): {e}",
              file=sys.stderr)
        return EXIT_STORE


if __name__ == "__main__":
    raise SystemExit(main())

"""What every command shares: one parser class, the `--db` option, opening the store, date arguments.

Convention: each module of vanban.cli exposes `register(sub)`, which adds its
subcommand(s) to the `vanban` parser with `set_defaults(run=...)`; a handler
takes the parsed arguments and returns the exit code (0 ok, 1 some input
failed or nothing was found, 2 usage error). The handlers only parse, call the
stage functions (store/, graph/, evaluate.py) and print: no logic lives here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vanban.store.sql import DB_ENV, DEFAULT_DB, db_arg, db_exists, default_db

if TYPE_CHECKING:
    from vanban.store.db import Store

Handler = Callable[[argparse.Namespace], int]
SubParsers = argparse._SubParsersAction  # what `add_subparsers` returns
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")


class Parser(argparse.ArgumentParser):
    """Usage errors exit 2 with a short message (argparse's default also prints the whole usage)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"vanban: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def add_db(p: argparse.ArgumentParser) -> None:
    """The store a command reads or writes: a SQLite file or a PostgreSQL URL."""
    p.add_argument("--db", type=db_arg, default=default_db(),
                   help=f"SQLite file or postgresql://... URL (default ${DB_ENV}, else {DEFAULT_DB})")


def open_db(path: Path | str, prog: str) -> Any:
    """A connection to an existing store (migrated in place when older), or None after saying why.

    A damaged file or a store of a newer vanban raises; `vanban.cli.main` reports it in one line
    with exit code EXIT_STORE.
    """
    if not db_exists(path):
        print(f"{prog}: no database {path}", file=sys.stderr)
        return None
    from vanban.store.db import Store

    return Store(path).conn


def open_store(path: Path | str, prog: str) -> Store | None:
    """The store at `path` (migrated in place when older), or None after saying it does not exist."""
    if not db_exists(path):
        print(f"{prog}: no database {path}", file=sys.stderr)
        return None
    from vanban.store.db import Store

    return Store(path)


def date_arg(s: str) -> date:
    """A day as YYYY-MM-DD or DD/MM/YYYY (how Vietnamese users write it)."""
    for f in DATE_FORMATS:
        try:
            return datetime.strptime(s, f).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"not a date: {s!r} (YYYY-MM-DD or DD/MM/YYYY)")

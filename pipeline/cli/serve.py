"""`vanban serve`: the web app and the HTTP API from one process (vanban.web).

    vanban serve [--db vanban.db] [--host 127.0.0.1] [--port 8000] [--token T] [--workers N] ...

Bound to anything but loopback it refuses to start without a token (--token or VANBAN_TOKEN):
the API can store documents and corrections, so it is never open to a network by accident.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys

from vanban.cli.common import SubParsers, add_db
from vanban.ingest import limits
from vanban.store.sql import shown

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TOKEN_ENV = "VANBAN_TOKEN"


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


def register(sub: SubParsers) -> None:
    from vanban.web.settings import DEFAULT_MAX_UPLOAD_MB, DEFAULT_TIMEOUT_S, DEFAULT_WORKERS

    p = sub.add_parser("serve", help="the web app and the HTTP API (/v1, OpenAPI at /v1/docs)",
                       description="Serve the web app and the HTTP API from one process.",
                       epilog=f"Bound to a non-loopback address it needs --token or ${TOKEN_ENV}; every "
                              "request must then carry it (Authorization: Bearer TOKEN).")
    add_db(p)
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to bind (default {DEFAULT_HOST})")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--token", default=None, help=f"required on every request (default ${TOKEN_ENV})")
    p.add_argument("--workers", type=int, default=DEFAULT_WORKERS,
                   help=f"parser processes (default {DEFAULT_WORKERS})")
    p.add_argument("--queue", type=int, default=None,
                   help="parses that may wait for a worker before the server answers 503 (default: --workers)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S,
                   help=f"seconds one parse may take (default {DEFAULT_TIMEOUT_S:g}); then 504")
    p.add_argument("--max-upload-mb", type=int, default=DEFAULT_MAX_UPLOAD_MB,
                   help=f"largest upload (default {DEFAULT_MAX_UPLOAD_MB}); larger ones get 413")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="the web app's default language")
    limits.add_arguments(p)
    p.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    token = args.token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(args.host) and not token:
        print(f"vanban serve: refusing to listen on {args.host} without a token: pass --token or set "
              f"{TOKEN_ENV} (or bind {DEFAULT_HOST})", file=sys.stderr)
        return 2
    if args.workers < 1 or args.max_upload_mb < 1 or args.timeout <= 0:
        print("vanban serve: --workers, --max-upload-mb and --timeout must be positive", file=sys.stderr)
        return 2
    try:
        import uvicorn

        from vanban.web.app import create_app
    except ImportError as e:
        print(f"vanban serve: {e.name} is not installed: pip install 'vanban[web]'", file=sys.stderr)
        return 2
    from vanban.web.settings import MB, Settings

    settings = Settings(db=args.db, workers=args.workers, queue=args.queue, timeout=args.timeout,
                        max_upload_bytes=args.max_upload_mb * MB, limits=limits.from_args(args), token=token,
                        lang=args.lang)
    print(f"vanban serve: http://{args.host}:{args.port}/ (API /v1, docs /v1/docs), store {shown(args.db)}",
          file=sys.stderr)
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="warning")
    return 0

"""The ASGI application of `vanban serve`: the HTTP API under /v1 and the web app, one process.

`create_app(Settings(...))` builds it; uvicorn runs it (vanban.cli.serve). The parse pool starts
and stops with the application (lifespan). With a token configured every request must carry it:
`Authorization: Bearer TOKEN`, or once `?token=TOKEN` in a browser (it is then kept in a cookie).
"""

from __future__ import annotations

import hmac
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from vanban import __version__
from vanban.web.pool import ParsePool
from vanban.web.settings import MB, Settings

TOKEN_COOKIE = "vanban_token"
UPLOAD_PATHS = ("/v1/parse", "/v1/documents")  # where a body may be large


def _token_ok(request: Request, token: str) -> tuple[bool, bool]:
    """(authorised, came from the query string): header, cookie or ?token=."""
    auth = request.headers.get("authorization", "")
    given = [auth[7:].strip() if auth.lower().startswith("bearer ") else "",
             request.headers.get("x-vanban-token", ""), request.cookies.get(TOKEN_COOKIE, "")]
    if any(g and hmac.compare_digest(g.encode(), token.encode()) for g in given):
        return True, False
    q = request.query_params.get("token", "")
    return bool(q and hmac.compare_digest(q.encode(), token.encode())), True


def _error(status: int, code: str, message: str, headers: dict | None = None, **extra) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, **extra}, status_code=status, headers=headers)


def create_app(settings: Settings) -> FastAPI:
    pool = ParsePool(settings.workers, settings.queue, settings.timeout, settings.limits, parser=settings.parser)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from vanban.store.db import Store

        Store(settings.db).close()  # create the store (and its search index) before the first request
        pool.start()
        try:
            yield
        finally:
            pool.close()

    app = FastAPI(title="vanban", version=__version__, lifespan=lifespan, docs_url="/v1/docs",
                  openapi_url="/v1/openapi.json", redoc_url=None,
                  description="Vietnamese administrative documents -> structured, linked records.")
    app.state.settings = settings
    app.state.pool = pool
    app.state.tmp = settings.upload_dir or Path(tempfile.gettempdir())

    @app.middleware("http")
    async def guard(request: Request, call_next) -> Response:
        """The token (when configured) and the upload limit, before anything is read."""
        if settings.token:
            ok, from_query = _token_ok(request, settings.token)
            if not ok:
                return _error(401, "unauthorized", "this server needs a token: Authorization: Bearer TOKEN "
                              "(or ?token=TOKEN in a browser)", {"WWW-Authenticate": "Bearer"})
        length = request.headers.get("content-length")
        if request.method == "POST" and request.url.path in UPLOAD_PATHS and length and length.isdigit() \
                and int(length) > settings.max_upload_bytes + MB:  # + room for the multipart envelope
            return _error(413, "too_large", f"upload over the limit of {settings.max_upload_bytes // MB} MB")
        response = await call_next(request)
        if settings.token and from_query:  # a browser that came with ?token= keeps it for its next requests
            response.set_cookie(TOKEN_COOKIE, settings.token, httponly=True, samesite="strict")
        return response

    from vanban.web import api, ui

    api.install(app)
    ui.install(app)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/search")

    return app

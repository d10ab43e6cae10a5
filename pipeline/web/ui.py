"""The web app's pages."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse


def not_found_page(request: Request) -> HTMLResponse:
    return HTMLResponse("not found", status_code=404)


def install(app: FastAPI) -> None:
    pass

"""The HTTP API, versioned under /v1: a thin layer over the same functions as the CLI.

Errors are JSON `{"error": code, "message": text, ...}`:
400 bad parameter, 401 token, 404 unknown document, 413 upload or page limit, 415 unsupported
type, 422 unreadable file (with the `stage` as `vanban import` records it), 503 + Retry-After when
the parse pool is full, 504 when a parse overran the per-request time limit.
"""

from __future__ import annotations

import io
import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, File, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from vanban.ingest import SUFFIXES, _sniff
from vanban.schemas import Record
from vanban.store import search, tabular
from vanban.store.db import Store
from vanban.store.sql import Connection
from vanban.web.pool import Busy, Outcome

SUPPORTED_SUFFIXES = frozenset(s for group in SUFFIXES.values() for s in group)
SNIFF_BYTES = 4096
COPY_CHUNK = 1 << 20
GRAPH_FORMATS = ("json", "svg", "dot", "graphml")
MAX_GRAPH_DEPTH = 5
GRAPH_MEDIA = {"json": "application/json", "svg": "image/svg+xml", "dot": "text/vnd.graphviz",
               "graphml": "application/xml"}

router = APIRouter(prefix="/v1")


class ApiError(Exception):
    """An error answered as JSON with its own code (the codes are listed in the module doc)."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None, **extra: Any):
        super().__init__(message)
        self.status, self.code, self.message, self.headers, self.extra = status, code, message, headers, extra

    def response(self) -> JSONResponse:
        return JSONResponse({"error": self.code, "message": self.message, **self.extra},
                            status_code=self.status, headers=self.headers)


def get_store(request: Request) -> Iterator[Store]:
    """One connection per request (SQLite in WAL mode, or PostgreSQL: readers never wait for the importer)."""
    store = Store(request.app.state.settings.db)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]


def record_data(store: Store, doc_id: str) -> dict:
    """The stored record as JSON data, corrections applied (Store.record), or 404."""
    rec = store.record(doc_id)
    if rec is None:
        raise ApiError(404, "not_found", f"no document {doc_id}")
    return rec


def correct(store: Store, doc_id: str, field: str, value: Any, by: str | None) -> dict:
    """Store a human correction (Store.add_correction); 404 unknown document, 400 a field it refuses."""
    from vanban.store.db import StoreError

    record_data(store, doc_id)  # 404 before anything else
    try:
        done = store.add_correction(doc_id, field, value, by)
    except StoreError as e:
        raise ApiError(400, "bad_correction", e.message) from e
    return done.model_dump(mode="json")


# -- uploads ---------------------------------------------------------------------------------------

async def save_upload(request: Request, upload: UploadFile) -> tuple[Path, str]:
    """Copy an upload to a temporary file with its suffix (ingest reads by content and suffix).

    415 for a type ingest cannot read (neither its suffix nor its first bytes say so), 413 over
    the size limit (a client may send no Content-Length, so the copy counts too).
    """
    settings = request.app.state.settings
    name = Path(upload.filename or "upload").name or "upload"
    suffix = Path(name).suffix.lower()
    head = await upload.read(SNIFF_BYTES)
    if not head:
        raise ApiError(422, "unreadable", "empty file", stage="ingest")
    if suffix not in SUPPORTED_SUFFIXES and _sniff(head) is None:
        raise ApiError(415, "unsupported_type", f"cannot read {suffix or 'this'} files: send txt, docx, pdf or an "
                       "image (png, jpg, tif)", supported=sorted(s for s in SUPPORTED_SUFFIXES if s))
    path = request.app.state.tmp / f"vanban-upload-{uuid.uuid4().hex}{suffix if len(suffix) <= 8 else ''}"
    size = 0
    try:
        with open(path, "wb") as out:
            chunk = head
            while chunk:
                size += len(chunk)
                if size > settings.max_upload_bytes:
                    raise ApiError(413, "too_large", f"upload over the limit of {settings.max_upload_bytes >> 20} MB")
                out.write(chunk)
                chunk = await upload.read(COPY_CHUNK)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path, name


def outcome_error(outcome: Outcome) -> ApiError:
    if outcome.over_limit:
        return ApiError(413, "over_limit", outcome.message or "", stage=outcome.stage)
    if outcome.stage == "timeout":
        return ApiError(504, "timeout", outcome.message or "", stage=outcome.stage)
    return ApiError(422, "unreadable", outcome.message or "", stage=outcome.stage)


async def parse_upload(request: Request, upload: UploadFile) -> tuple[Outcome, str]:
    """Parse an upload in the pool: (outcome, the client's file name). Raises ApiError for 413/415/503."""
    path, name = await save_upload(request, upload)
    try:
        return await request.app.state.pool.parse(str(path), name), name
    except Busy as e:
        raise ApiError(503, "busy", str(e), {"Retry-After": str(e.retry_after)}, retry_after=e.retry_after) from e
    finally:
        path.unlink(missing_ok=True)


@router.post("/parse", summary="Parse a file into a record (nothing is stored)",
             responses={413: {}, 415: {}, 422: {}, 503: {}, 504: {}})
async def parse(request: Request, file: Annotated[UploadFile, File(description="txt, docx, pdf or image")]
                ) -> Response:
    outcome, _ = await parse_upload(request, file)
    if not outcome.ok:
        raise outcome_error(outcome)
    return Response(outcome.record_json, media_type="application/json")


def store_outcome(db: Path | str, outcome: Outcome, name: str, size: int | None) -> tuple[int, dict]:
    """Store a parsed upload as `vanban import` would: the record, or the failure in `errors`."""
    with Store(db) as store:
        if not outcome.ok:
            store.record_error(name, None, outcome.stage or "ingest", outcome.message or "", remember=False)
            raise outcome_error(outcome)
        record = Record.model_validate_json(outcome.record_json or "")
        known = store.get(record.id) is not None
        store.put(record, size)
        return (200 if known else 201), {"id": record.id, "status": "updated" if known else "created",
                                         "record": json.loads(record.model_dump_json())}


@router.post("/documents", summary="Parse a file and store it (as `vanban import`)", status_code=201,
             responses={200: {"description": "already stored: replaced"}, 413: {}, 415: {}, 422: {}, 503: {}})
async def add_document(request: Request, file: Annotated[UploadFile, File()]) -> JSONResponse:
    outcome, name = await parse_upload(request, file)
    status, body = await run_in_threadpool(store_outcome, request.app.state.settings.db, outcome, name, file.size)
    return JSONResponse(body, status_code=status)


# -- reading ----------------------------------------------------------------------------------------

def search_filters(q: str | None, type_: str | None, issuer: str | None, year: str | None, system: str | None,
                   date_from: date | None, date_to: date | None) -> search.Filters:
    return search.Filters(q=q or None, doc_type=type_ or None, issuer=issuer or None, year=year or None,
                          system=system or None, date_from=date_from.isoformat() if date_from else None,
                          date_to=date_to.isoformat() if date_to else None)


@router.get("/documents", summary="Full-text search with facets (diacritics and case ignored)")
def list_documents(
    store: StoreDep,
    q: str | None = None,
    type: Annotated[str | None, Query(description="document type code: CV, KH, BC, QĐ, ...")] = None,
    issuer: str | None = None,
    year: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
    system: Annotated[str | None, Query(pattern="^(doan|dang|state|other)$")] = None,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=search.MAX_PER_PAGE)] = search.DEFAULT_PER_PAGE,
    sort: Annotated[str, Query(pattern="^(" + "|".join(search.SORTS) + ")$")] = "relevance",
) -> dict:
    res = search.search(store.conn, search_filters(q, type, issuer, year, system, date_from, date_to),
                        page, per_page, sort)
    return {"total": res.total, "page": res.page, "per_page": res.per_page, "sort": res.sort,
            "items": [asdict(h) for h in res.items],
            "facets": {k: [{"value": v, "count": n} for v, n in vals] for k, vals in res.facets.items()}}


@router.get("/documents/{doc_id}", summary="A stored record, with corrections applied")
def get_document(store: StoreDep, doc_id: str) -> JSONResponse:
    return JSONResponse(record_data(store, doc_id))


@router.get("/documents/{doc_id}/edxml", summary="The document as an edXML envelope (QCVN 102:2016), file attached",
            response_class=Response)
def get_edxml(store: StoreDep, doc_id: str) -> Response:
    from vanban.exchange import edxml

    rec = Record.model_validate(record_data(store, doc_id))
    data, note = edxml.envelope_for(store, rec)
    headers = {"Content-Disposition": f'attachment; filename="{edxml.file_name(rec)}"'}
    if note:  # the original file is gone: the record's text is attached instead
        headers["X-Vanban-Note"] = note.encode("ascii", "replace").decode("ascii")
    return Response(data, media_type="application/xml", headers=headers)


class CorrectionIn(BaseModel):
    field: str = Field(description="dotted field path, e.g. 'issuer.name'")
    value: Any = None
    by: str | None = None


@router.post("/documents/{doc_id}/corrections", summary="Correct a field (kept over re-imports)", status_code=201)
def add_correction(store: StoreDep, doc_id: str, body: CorrectionIn) -> dict:
    return {"correction": correct(store, doc_id, body.field, body.value, body.by),
            "record": record_data(store, doc_id)}


def _rows_response(rows: list[dict], fmt: str, filename: str) -> Response:
    if fmt == "jsonl":
        return PlainTextResponse("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                 media_type="application/x-ndjson")
    if fmt == "csv":
        buf = io.StringIO()
        if rows:  # the CLI's writer: a BOM for Excel, formula-like cells escaped
            tabular.write_csv(rows, list(rows[0]), buf)
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'})
    return JSONResponse({"total": len(rows), "items": rows})


@router.get("/deadlines", summary="Deadlines in a window, recurring duties expanded (json, csv, jsonl, ics)")
def deadlines(
    store: StoreDep,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    issuer: str | None = None,
    recipient: str | None = None,
    format: Annotated[str, Query(pattern="^(json|csv|jsonl|ics)$")] = "json",
) -> Response:
    from vanban.graph.queries import build_calendar, deadline_rows, duties

    if format == "ics":  # one event per deadline, a recurring duty once with its RRULE
        cal = build_calendar(duties(store.conn, date_from, date_to, issuer, recipient), [], date_from, date_to)
        return Response(cal.text(), media_type="text/calendar; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="deadlines.ics"'})
    rows = deadline_rows(store.conn, date_from, date_to, issuer, recipient)
    return _rows_response([asdict(r) for r in rows], format, "deadlines")


@router.get("/events", summary="Events (dates and periods read from the documents) in a window")
def events(
    store: StoreDep,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    issuer: str | None = None,
    format: Annotated[str, Query(pattern="^(json|csv|jsonl)$")] = "json",
) -> Response:
    from vanban.graph.queries import event_rows  # the query `vanban events` runs

    return _rows_response([asdict(r) for r in event_rows(store.conn, date_from, date_to, issuer)], format, "events")


@router.get("/targets", summary="Targets and results; compare=true lines plans up with what reported on them")
def targets(
    store: StoreDep,
    unit: str | None = None,
    kind: Annotated[str | None, Query(pattern="^(target|result)$")] = None,
    issuer: str | None = None,
    year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    compare: bool = False,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    format: Annotated[str, Query(pattern="^(json|csv|jsonl)$")] = "json",
) -> Response:
    from vanban.graph.queries import compare_rows, fmt_value, quantity_rows

    if compare:
        rows = [asdict(r) for r in compare_rows(store.conn, unit, issuer, year, min_confidence=min_confidence)]
    else:
        rows = [asdict(r) | {"display": fmt_value(r)}
                for r in quantity_rows(store.conn, unit, kind, issuer, year, min_confidence=min_confidence)]
    return _rows_response(rows, format, "targets")


def graph_around(conn: Connection, ref: str, depth: int) -> tuple[list[dict], list[dict]]:
    from vanban.graph.build import ensure_linked, find_nodes, subgraph

    ensure_linked(conn)
    roots = [n["node_id"] for n in find_nodes(conn, ref)]
    if not roots:
        raise ApiError(404, "not_found", f"no document or cited number {ref}")
    return subgraph(conn, roots, depth)


@router.get("/graph/{ref:path}", summary="The directive graph around a document (id, id prefix or số hiệu)")
def graph(
    store: StoreDep,
    ref: str,
    depth: Annotated[int, Query(ge=0, le=MAX_GRAPH_DEPTH)] = 2,
    format: Annotated[str, Query(pattern="^(" + "|".join(GRAPH_FORMATS) + ")$")] = "json",
) -> Response:
    from vanban.graph.build import EXPORTERS

    nodes, edges = graph_around(store.conn, ref, depth)
    if format == "json":
        return JSONResponse({"nodes": nodes, "edges": edges})
    try:
        body = EXPORTERS[format](nodes, edges)
    except RuntimeError as e:  # no Graphviz for svg
        raise ApiError(501, "unavailable", str(e)) from e
    return Response(body, media_type=GRAPH_MEDIA[format])


@router.get("/export", summary="Every stored record, as `vanban export` writes them (jsonl or csv)")
def export(store: StoreDep, format: Annotated[str, Query(pattern="^(jsonl|csv)$")] = "jsonl") -> Response:
    from vanban.store.export import write_csv, write_jsonl

    buf = io.StringIO()
    (write_jsonl if format == "jsonl" else write_csv)(store, buf)
    media = "application/x-ndjson" if format == "jsonl" else "text/csv; charset=utf-8"
    return Response(buf.getvalue(), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="records.{format}"'})


@router.get("/health", summary="Liveness and the parse pool's state")
def health(request: Request) -> dict:
    return {"status": "ok", "pool": request.app.state.pool.stats(), "pid": os.getpid()}


# -- errors ------------------------------------------------------------------------------------------

def install(app: FastAPI) -> None:
    """Mount the router and answer every error under /v1 as JSON."""
    app.include_router(router)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        if exc.status == 404 and not request.url.path.startswith("/v1"):  # a page, not the API
            from vanban.web.ui import not_found_page

            return not_found_page(request)
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg')}" for e in exc.errors()]
        return JSONResponse({"error": "bad_request", "message": "; ".join(problems) or "bad request"},
                            status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/v1") or exc.status_code != 404:
            code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
            return JSONResponse({"error": code, "message": str(exc.detail)}, status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))
        from vanban.web.ui import not_found_page

        return not_found_page(request)


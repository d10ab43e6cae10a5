"""The web app's pages: search, a document with its highlighted spans, review, deadlines, targets, import.

Thin over the same functions as the CLI and the API (store.search, graph.queries, graph.build);
what is here is presentation: which spans to mark, how a month is laid out, the words (i18n).
"""

from __future__ import annotations

import calendar
import json
import shutil
import subprocess
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from vanban.store import search
from vanban.store.sql import dialect
from vanban.web.api import ApiError, StoreDep, record_data, search_filters
from vanban.web.i18n import LANG_COOKIE, LANGS, translator

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))

REVIEW_THRESHOLD = 0.8  # a header field under this confidence is queued for review (docs/RECORD.md 1.1)
REVIEW_LIST = 50  # queue entries listed under the current one
REVIEW_SCAN = 2000  # low-confidence candidates read per page view (corrected ones are skipped)
PAGE_IMAGE_DPI = 110
GRAPH_DEPTH = 2
# confidence key -> the dotted field a correction names (docs/RECORD.md: "issuer.name")
CORRECTION_FIELD = {"doc_type": "doc_type.code", "number": "number.normalized", "issuer": "issuer.name",
                    "place": "place", "issued_date": "issued_date", "subject": "subject", "signer": "signer.name"}
HEADER_FIELDS = tuple(CORRECTION_FIELD)


def lang_of(request: Request) -> str:
    for lang in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE),
                 request.app.state.settings.lang):
        if isinstance(lang, str) and lang in LANGS:
            return lang
    return LANGS[0]


def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    lang = lang_of(request)
    other = LANGS[1 - LANGS.index(lang)]
    params = dict(request.query_params) | {"lang": other}
    response = templates.TemplateResponse(request, name, {
        "t": translator(lang), "lang": lang, "other_lang_url": f"{request.url.path}?{urlencode(params)}",
        "path": request.url.path, **ctx}, status_code=status)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(LANG_COOKIE, lang, samesite="lax")
    return response


def not_found_page(request: Request) -> HTMLResponse:
    return render(request, "not_found.html", status=404)


# -- search --------------------------------------------------------------------------------------

def form_date(value: str | None) -> date | None:
    """A date from a form field: an empty or unreadable field is no filter (the form shows it as given)."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def search_page(request: Request, store: StoreDep, q: str | None = None, type: str | None = None,
                issuer: str | None = None, year: str | None = None, system: str | None = None,
                date_from: Annotated[str | None, Query(alias="from")] = None,
                date_to: Annotated[str | None, Query(alias="to")] = None,
                sort: str = "relevance", page: Annotated[int, Query(ge=1)] = 1) -> HTMLResponse:
    filters = search_filters(q, type, issuer, year, system, form_date(date_from), form_date(date_to))
    res = search.search(store.conn, filters, page, search.DEFAULT_PER_PAGE, sort)
    current = {k: v for k, v in dict(request.query_params).items() if v and k not in ("page", "lang")}

    def link(**change: Any) -> str:
        params = {k: v for k, v in (current | change).items() if v not in (None, "")}
        return "/search?" + urlencode(params)

    pages = (res.total + res.per_page - 1) // res.per_page
    return render(request, "search.html", res=res, q=q or "", current=current, link=link, pages=pages,
                  sorts=search.SORTS, facets=search.FACETS)


# -- a document ------------------------------------------------------------------------------------

@dataclass
class Mark:
    id: str  # what the side panel names (number, dl-0, cit-2, ...)
    kind: str  # colour: header, party, citation, event, deadline, quantity, contact
    label: str
    start: int
    end: int


@dataclass
class Segment:
    text: str
    ids: list[str] = field(default_factory=list)
    kind: str = ""
    title: str = ""


def _span(item: dict | None) -> tuple[int, int] | None:
    s = (item or {}).get("span")
    return (s[0], s[1]) if s and s[1] > s[0] else None


def record_marks(rec: dict, t) -> list[Mark]:
    """Every extracted value that has a span, as a mark over the text."""
    marks: list[Mark] = []

    def add(mid: str, kind: str, label: str, span: tuple[int, int] | list | None) -> None:
        if span and span[1] > span[0]:
            marks.append(Mark(mid, kind, label, span[0], span[1]))

    for name in ("number", "doc_type", "issuer", "signer"):
        add(name, "header", t(f"field.{name}"), _span(rec.get(name)))
    for name in ("place", "issued_date", "subject"):
        add(name, "header", t(f"field.{name}"), (rec.get("spans") or {}).get(name))
    lists = (("recipients", "rcp", "party", "field.recipient"), ("distribution", "dist", "party", "field.distribution"),
             ("citations", "cit", "citation", "field.citation"), ("events", "ev", "event", "field.event"),
             ("deadlines", "dl", "deadline", "field.deadline"), ("quantities", "q", "quantity", "field.quantity"))
    for key, prefix, kind, label in lists:
        for i, item in enumerate(rec.get(key) or []):
            add(f"{prefix}-{i}", kind, f"{t(label)} {i + 1}", _span(item))
    for i, person in enumerate((rec.get("contacts") or {}).get("people") or []):
        add(f"person-{i}", "contact", t("field.person"), _span(person))
    return marks


def highlight(text: str, marks: list[Mark]) -> list[Segment]:
    """The text cut at every mark boundary; each piece lists the marks covering it (innermost first)."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    cuts = [c for c in cuts if 0 <= c <= len(text)]
    by_len = sorted(marks, key=lambda m: m.end - m.start)
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in by_len if m.start <= a and b <= m.end]
        if covering:
            out.append(Segment(text[a:b], [m.id for m in covering], covering[0].kind,
                               " · ".join(dict.fromkeys(m.label for m in covering))))
        else:
            out.append(Segment(text[a:b]))
    return out


def citation_targets(conn, doc_id: str) -> tuple[dict[int, dict], list[dict]]:
    """Where each citation (by its order) links in the graph, and the documents that cite this one."""
    from vanban.graph.build import edges_from, edges_to, ensure_linked, get_nodes

    ensure_linked(conn)
    out_edges, in_edges = edges_from(conn, doc_id), edges_to(conn, doc_id)
    nodes = get_nodes(conn, {e["dst"] for e in out_edges} | {e["src"] for e in in_edges})
    cited = {e["ord"]: nodes.get(e["dst"], {}) | {"confidence": e["confidence"],
                                                   "possible_conflict": e["possible_conflict"]} for e in out_edges}
    cited_by = [nodes[e["src"]] | {"relation": e["relation"]} for e in in_edges if e["src"] in nodes]
    return cited, cited_by


def node_url(node: dict) -> str:
    return f"/documents/{node['doc_id']}" if node.get("kind") == "doc" and node.get("doc_id") \
        else "/nodes/" + quote(node.get("node_id", ""), safe="")


def page_images(rec: dict) -> list[int]:
    """Pages that can be shown as images: a scan or PDF whose file the server can still read."""
    src = rec.get("source") or {}
    path = Path(src.get("path") or "")
    if src.get("format") not in ("pdf", "image") or not path.is_file():
        return []
    return list(range(1, (src.get("pages") or 1) + 1))


def document_page(request: Request, store: StoreDep, doc_id: str) -> HTMLResponse:
    rec = record_data(store, doc_id)
    t = translator(lang_of(request))
    marks = record_marks(rec, t)
    cited, cited_by = citation_targets(store.conn, doc_id)
    corrected = {c.get("field", "").split(".")[0] for c in rec.get("corrections") or []}
    return render(request, "document.html", rec=rec, segments=highlight(rec["text"], marks),
                  marked={m.id for m in marks}, cited=cited, cited_by=cited_by, node_url=node_url,
                  corrected=corrected, header_fields=HEADER_FIELDS, pages=page_images(rec),
                  threshold=REVIEW_THRESHOLD, graph_svg=bool(shutil.which("dot")))


def node_page(request: Request, store: StoreDep, node_id: str) -> HTMLResponse:
    """A cited document that is not in the store (a stub): what the citations say, and who cites it."""
    from vanban.graph.build import edges_to, ensure_linked, get_nodes

    ensure_linked(store.conn)
    node = get_nodes(store.conn, {node_id}).get(node_id)
    if node is None:
        raise ApiError(404, "not_found", f"no node {node_id}")
    if node["kind"] == "doc" and node.get("doc_id"):
        return RedirectResponse(f"/documents/{node['doc_id']}")  # type: ignore[return-value]
    edges = edges_to(store.conn, node_id)
    sources = get_nodes(store.conn, {e["src"] for e in edges})
    cited_by = [sources[e["src"]] | {"relation": e["relation"]} for e in edges if e["src"] in sources]
    return render(request, "node.html", node=node, cited_by=cited_by, node_url=node_url)


def graph_svg(store: StoreDep, doc_id: str, depth: Annotated[int, Query(ge=0, le=5)] = GRAPH_DEPTH) -> Response:
    from vanban.graph.build import to_svg
    from vanban.web.api import graph_around

    nodes, edges = graph_around(store.conn, doc_id, depth)
    try:
        return Response(to_svg(nodes, edges), media_type="image/svg+xml")
    except RuntimeError as e:
        raise ApiError(501, "unavailable", str(e)) from e


def page_image(store: StoreDep, doc_id: str, page: int) -> Response:
    """One page of the source file as PNG (pdftoppm for PDF, Pillow for an image file)."""
    rec = record_data(store, doc_id)
    if page not in page_images(rec):
        raise ApiError(404, "not_found", f"no page image {page} for {doc_id}")
    path = rec["source"]["path"]
    if rec["source"]["format"] == "pdf":
        res = subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(PAGE_IMAGE_DPI), "-png",
                              path], capture_output=True, timeout=60)
        if res.returncode != 0 or not res.stdout:
            raise ApiError(501, "unavailable", "pdftoppm could not render the page")
        return Response(res.stdout, media_type="image/png")
    import io

    from PIL import Image

    with Image.open(path) as img:
        img.seek(page - 1)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "PNG")
    return Response(buf.getvalue(), media_type="image/png")


# -- review ---------------------------------------------------------------------------------------------

@dataclass
class ReviewItem:
    doc_id: str
    field: str  # the confidence key (issuer)
    path: str  # what a correction names (issuer.name)
    confidence: float
    number: str | None
    issuer: str | None
    value: Any = None


def _get(rec: dict, path: str) -> Any:
    cur: Any = rec
    for part in path.split("."):
        cur = cur.get(part) if isinstance(cur, dict) else None
    return cur


def review_queue(conn, limit: int = REVIEW_LIST + 1) -> list[ReviewItem]:
    """Header fields under REVIEW_THRESHOLD that no correction has settled, least confident first."""
    each = ("json_each(d.record_json, '$.confidence') j" if not dialect(conn).pg else
            "json_each_text(CASE WHEN json_typeof(d.record_json::json -> 'confidence') = 'object' "
            "THEN d.record_json::json -> 'confidence' END) j")
    value = "CAST(j.value AS DOUBLE PRECISION)" if dialect(conn).pg else "j.value"
    rows = conn.execute(
        f"SELECT d.id, j.key, {value}, d.number, d.issuer, json_extract(d.record_json, '$.corrections') "
        f"FROM documents d, {each} WHERE {value} < ? "
        f"ORDER BY {value}, d.issued_date DESC NULLS LAST, d.id LIMIT ?", (REVIEW_THRESHOLD, REVIEW_SCAN))
    out: list[ReviewItem] = []
    for doc_id, key, conf, number, issuer, corrections in rows:
        path = CORRECTION_FIELD.get(key)
        done = {c.get("field") for c in json.loads(corrections or "[]")}
        if path and path not in done:
            out.append(ReviewItem(doc_id, key, path, conf, number, issuer))
            if len(out) >= limit:
                break
    return out


def review_page(request: Request, store: StoreDep, doc: str | None = None, field: str | None = None,
                saved: str | None = None, error: str | None = None) -> HTMLResponse:
    queue = review_queue(store.conn)
    current: ReviewItem | None = None
    if doc and field in CORRECTION_FIELD:  # a field picked on a document page, whatever its confidence
        rec = record_data(store, doc)
        current = ReviewItem(doc, field, CORRECTION_FIELD[field], (rec.get("confidence") or {}).get(field, 1.0),
                             _get(rec, "number.normalized"), _get(rec, "issuer.name"))
        queue = [q for q in queue if (q.doc_id, q.field) != (doc, field)]
    elif queue:
        current = queue.pop(0)
    context: dict[str, Any] = {}
    if current:
        rec = record_data(store, current.doc_id)
        current.value = _get(rec, current.path)
        t = translator(lang_of(request))
        context = _review_context(rec, current.field, t)
    return render(request, "review.html", current=current, queue=queue[:REVIEW_LIST], saved=saved, error=error,
                  threshold=REVIEW_THRESHOLD, **context)


def _review_context(rec: dict, key: str, t) -> dict:
    """The lines of text around where the field was read, highlighted."""
    marks = [m for m in record_marks(rec, t) if m.id == key]
    text = rec["text"]
    if not marks:
        return {"excerpt": highlight(text[:600], [])}
    m = marks[0]
    lo = text.rfind("\n", 0, max(0, m.start - 200)) + 1
    hi = text.find("\n", min(len(text), m.end + 200))
    hi = len(text) if hi < 0 else hi
    shifted = Mark(m.id, m.kind, m.label, m.start - lo, m.end - lo)
    return {"excerpt": highlight(text[lo:hi], [shifted])}


def review_save(request: Request, store: StoreDep, doc_id: Annotated[str, Form()], field: Annotated[str, Form()],
                value: Annotated[str, Form()], by: Annotated[str, Form()] = "") -> RedirectResponse:
    from vanban.web.api import correct

    if field not in CORRECTION_FIELD:
        raise ApiError(400, "bad_request", f"not a reviewable field: {field}")
    try:
        correct(store, doc_id, CORRECTION_FIELD[field], value.strip(), by.strip() or None)
    except ApiError as e:
        return RedirectResponse("/review?" + urlencode({"doc": doc_id, "field": field, "error": e.message}),
                                status_code=303)
    return RedirectResponse("/review?" + urlencode({"saved": f"{CORRECTION_FIELD[field]} = {value.strip()}",
                                                    "last": doc_id}), status_code=303)


# -- deadlines ----------------------------------------------------------------------------------------

def _window(view: str, anchor: date) -> tuple[date, date]:
    if view == "week":
        start = anchor - timedelta(days=anchor.weekday())
        return start, start + timedelta(days=6)
    start = anchor.replace(day=1)
    return start, start.replace(day=calendar.monthrange(start.year, start.month)[1])


def _shift(view: str, anchor: date, step: int) -> date:
    if view == "week":
        return anchor + timedelta(days=7 * step)
    month = anchor.month - 1 + step
    return date(anchor.year + month // 12, month % 12 + 1, 1)


def deadlines_page(request: Request, store: StoreDep, view: str = "month", day: Annotated[date | None, Query(
        alias="date")] = None, issuer: str | None = None, recipient: str | None = None) -> HTMLResponse:
    from vanban.graph.queries import deadline_rows

    view = view if view in ("month", "week", "list") else "month"
    anchor = day or date.today()
    start, end = _window("week" if view == "week" else "month", anchor)
    rows = [asdict(r) for r in deadline_rows(store.conn, start, end, issuer or None, recipient or None)]
    by_day: dict[str, list[dict]] = {}
    for r in rows:
        if r["due"]:
            by_day.setdefault(r["due"][:10], []).append(r)
    first = start - timedelta(days=start.weekday())
    weeks = [[first + timedelta(days=7 * w + d) for d in range(7)] for w in range(((end - first).days // 7) + 1)]
    base = {"view": view, "issuer": issuer or "", "recipient": recipient or ""}

    def link(**change: Any) -> str:
        return "/deadlines?" + urlencode({k: v for k, v in (base | change).items() if v})

    ics = "/v1/deadlines?" + urlencode({k: v for k, v in {"format": "ics", "from": start.isoformat(),
                                        "to": end.isoformat(), "issuer": issuer, "recipient": recipient}.items() if v})
    return render(request, "deadlines.html", view=view, anchor=anchor, start=start, end=end, rows=rows,
                  by_day=by_day, weeks=weeks, link=link, ics=ics, issuer=issuer or "", recipient=recipient or "",
                  prev=_shift(view, anchor, -1), next=_shift(view, anchor, 1), today=date.today())


# -- targets -------------------------------------------------------------------------------------------

# why a plan's target has no result beside it (graph.queries.compare_rows' why, as `vanban targets --compare` says
# it): the i18n key of the reason
WHY_KEYS = {"no_citing_document": "tg.no_report", "no_results": "tg.no_results", "unit_mismatch": "tg.no_unit",
            "object_mismatch": "tg.no_match"}


# the filter form sends its empty fields too ("year=&min_confidence="): an empty one is no filter
_FORM_YEAR = r"^(?:1[9]\d\d|2[01]\d\d|2200)?$"
_FORM_CONFIDENCE = r"^(?:0?\.\d+|0|1(?:\.0*)?)?$"  # 0 .. 1


def targets_page(request: Request, store: StoreDep, unit: str | None = None, issuer: str | None = None,
                 year: Annotated[str | None, Query(pattern=_FORM_YEAR)] = None,
                 min_confidence: Annotated[str | None, Query(pattern=_FORM_CONFIDENCE)] = None) -> HTMLResponse:
    from vanban.graph.queries import compare_rows

    rows = [asdict(r) for r in compare_rows(store.conn, unit or None, issuer or None, int(year) if year else None,
                                            min_confidence=float(min_confidence) if min_confidence else None)]
    for r in rows:
        if r["reporter_id"] is None:
            r["reason"] = WHY_KEYS[r["why"]]
    return render(request, "targets.html", rows=rows, unit=unit or "", issuer=issuer or "", year=year or "",
                  min_confidence=min_confidence or "")


# -- import ---------------------------------------------------------------------------------------------

def import_page(request: Request) -> HTMLResponse:
    settings = request.app.state.settings
    return render(request, "import.html", max_mb=settings.max_upload_bytes >> 20)


def install(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    pages: list[tuple[str, Any]] = [
        ("/search", search_page), ("/documents/{doc_id}", document_page), ("/nodes/{node_id:path}", node_page),
        ("/review", review_page), ("/deadlines", deadlines_page), ("/targets", targets_page),
        ("/import", import_page)]
    for path, endpoint in pages:
        app.add_api_route(path, endpoint, response_class=HTMLResponse, include_in_schema=False)
    app.add_api_route("/documents/{doc_id}/graph.svg", graph_svg, include_in_schema=False)
    app.add_api_route("/documents/{doc_id}/page/{page}.png", page_image, include_in_schema=False)
    app.add_api_route("/review", review_save, methods=["POST"], include_in_schema=False)


"""The HTTP API (vanban.web) through FastAPI's TestClient: every endpoint and every error.

The workers run `webhelpers.test_parser` (vanban.parse_file that hangs, crashes or waits when the
uploaded text asks it to), so the pool's busy, timeout and crash paths are exercised for real.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("multipart")

from fastapi.testclient import TestClient  # noqa: E402
from webhelpers import CRASH_MARK, GATE_MARK, HANG_MARK, SAMPLE, docx_bytes, pdf_bytes  # noqa: E402

from vanban.cli import main as cli_main  # noqa: E402
from vanban.cli.serve import is_loopback  # noqa: E402
from vanban.ingest.limits import Limits  # noqa: E402
from vanban.web.app import create_app  # noqa: E402
from vanban.web.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "corpus" / "samples").glob("*.txt"))
MAX_UPLOAD = 64 * 1024
WAIT_S = 60.0  # generous bound on waiting for the server's state in a loaded machine (never a speed assert)


def _settings(tmp: Path, **kw) -> Settings:
    base = dict(db=tmp / "web.db", workers=1, queue=0, timeout=120.0, max_upload_bytes=MAX_UPLOAD,
                limits=Limits(max_pages=2), parser="webhelpers:test_parser", upload_dir=tmp)
    return Settings(**(base | kw))


@pytest.fixture(scope="module")
def client(tmp_path_factory, new_db) -> Iterator[TestClient]:
    tmp = tmp_path_factory.mktemp("api")
    with TestClient(create_app(_settings(tmp, db=new_db("web.db")))) as c:
        for f in SAMPLES:
            assert c.post("/v1/documents", files={"file": (f.name, f.read_bytes(), "text/plain")}).status_code == 201
        yield c


def _upload(c: TestClient, name: str, data: bytes, url: str = "/v1/parse", ctype: str = "application/octet-stream"):
    return c.post(url, files={"file": (name, data, ctype)})


# -- parsing ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, data", [
    ("kh.txt", SAMPLE.encode("utf-8")),
    ("kh.docx", docx_bytes(SAMPLE)),
    ("kh.pdf", pdf_bytes(SAMPLE)),
    ("no-suffix", SAMPLE.encode("utf-8")),
    ("named-wrong.bin", pdf_bytes(SAMPLE)),  # the content says PDF
])
def test_parse_returns_the_record_and_stores_nothing(client: TestClient, name: str, data: bytes) -> None:
    before = client.get("/v1/documents").json()["total"]
    r = _upload(client, name, data)
    assert r.status_code == 200, r.text
    rec = r.json()
    assert rec["number"]["normalized"] == "35-KH/TĐTN-TTNTH"
    assert rec["source"]["path"] == name  # the client's name, not the server's temporary file
    assert any(d["due"] == "2024-04-20" for d in rec["deadlines"])
    assert client.get("/v1/documents").json()["total"] == before


def test_parse_an_image(client: TestClient) -> None:
    import shutil

    if not shutil.which("tesseract"):
        pytest.skip("tesseract not installed")
    pytest.importorskip("PIL")
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1400, 500), 255)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    ImageDraw.Draw(img).multiline_text((40, 40), SAMPLE.split("\n\n")[0], fill=0, font=font, spacing=12)
    import io

    buf = io.BytesIO()
    img.save(buf, "PNG")
    r = _upload(client, "scan.png", buf.getvalue())
    assert r.status_code == 200, r.text
    assert r.json()["source"]["ocr"] is True


@pytest.mark.parametrize("name, data, status, error, stage", [
    ("x.xyz", b"just some bytes", 415, "unsupported_type", None),
    ("x.exe", b"MZ\x90\x00" + bytes(100), 415, "unsupported_type", None),
    ("bad.pdf", b"this is not a pdf", 422, "unreadable", "ingest"),
    ("bad.docx", b"not a zip", 422, "unreadable", "ingest"),
    ("empty.txt", b"", 422, "unreadable", "ingest"),
    ("big.txt", b"a" * (MAX_UPLOAD + 1), 413, "too_large", None),  # counted while copying
    ("huge.txt", b"a" * (MAX_UPLOAD + 2 * 1024 * 1024), 413, "too_large", None),  # refused by Content-Length
    ("long.pdf", pdf_bytes(SAMPLE, pages=3), 413, "over_limit", "ingest"),  # the page limit
])
def test_bad_uploads_get_clear_json_errors(client: TestClient, name: str, data: bytes, status: int, error: str,
                                           stage: str | None) -> None:
    r = _upload(client, name, data)
    assert r.status_code == status, r.text
    body = r.json()
    assert body["error"] == error and body["message"]
    assert body.get("stage") == stage
    assert _upload(client, "ok.txt", SAMPLE.encode()).status_code == 200  # nothing else broke


def test_a_parse_that_kills_its_worker_gets_422_and_the_next_one_works(client: TestClient) -> None:
    restarts = client.get("/v1/health").json()["pool"]["restarts"]
    r = _upload(client, "crash.txt", (SAMPLE + CRASH_MARK).encode())
    assert r.status_code == 422 and r.json()["stage"] == "crash"
    assert client.get("/v1/health").json()["pool"]["restarts"] == restarts + 1
    assert _upload(client, "ok.txt", SAMPLE.encode()).status_code == 200


def test_a_full_pool_answers_503_with_retry_after(client: TestClient, tmp_path: Path) -> None:
    gate = tmp_path / "gate"
    held: dict = {}

    def slow() -> None:
        held["r"] = _upload(client, "gated.txt", (SAMPLE + f"\n{GATE_MARK}{gate}\n").encode())

    t = threading.Thread(target=slow)
    t.start()
    deadline = time.monotonic() + WAIT_S
    while client.get("/v1/health").json()["pool"]["admitted"] < 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    r = _upload(client, "refused.txt", SAMPLE.encode())
    gate.touch()
    t.join(WAIT_S)
    assert r.status_code == 503, r.text
    assert int(r.headers["Retry-After"]) >= 1 and r.json()["error"] == "busy"
    assert held["r"].status_code == 200  # the admitted request was not lost


def test_a_parse_over_the_time_limit_gets_504_and_frees_its_worker(tmp_path: Path) -> None:
    with TestClient(create_app(_settings(tmp_path, timeout=1.0))) as c:
        r = _upload(c, "hang.txt", (SAMPLE + HANG_MARK).encode())
        assert r.status_code == 504 and r.json()["stage"] == "timeout"
        assert c.get("/v1/health").json()["pool"]["restarts"] == 1
        c.app.state.pool.timeout = 120.0  # the next parse may be slow on a loaded machine
        assert _upload(c, "ok.txt", SAMPLE.encode()).status_code == 200


# -- storing and reading ------------------------------------------------------------------------------

def test_store_then_read_back(client: TestClient) -> None:
    r = _upload(client, "kh.docx", docx_bytes(SAMPLE), url="/v1/documents")
    assert r.status_code in (200, 201), r.text
    doc_id = r.json()["id"]
    again = _upload(client, "kh.docx", docx_bytes(SAMPLE), url="/v1/documents")
    assert again.status_code == 200 and again.json()["status"] == "updated"
    rec = client.get(f"/v1/documents/{doc_id}").json()
    assert rec["number"]["normalized"] == "35-KH/TĐTN-TTNTH" and rec["source"]["path"] == "kh.docx"
    found = client.get("/v1/documents", params={"q": "thang thanh nien cong trinh"}).json()
    assert doc_id in [h["id"] for h in found["items"]]


def test_corrections(client: TestClient) -> None:
    doc_id = _upload(client, "kh.txt", SAMPLE.encode(), url="/v1/documents").json()["id"]
    url = f"/v1/documents/{doc_id}/corrections"
    r = client.post(url, json={"field": "issuer.name", "value": "BCH Đoàn tỉnh Kiên Giang", "by": "api-test"})
    assert r.status_code == 201, r.text
    assert r.json()["correction"]["parsed"] == "BCH ĐOÀN TỈNH KIÊN GIANG"
    rec = client.get(f"/v1/documents/{doc_id}").json()
    assert rec["issuer"]["name"] == "BCH Đoàn tỉnh Kiên Giang" and rec["corrections"][0]["by"] == "api-test"
    assert client.post(url, json={"field": "id", "value": "x"}).status_code == 400  # not correctable
    assert client.post(url, json={"value": "x"}).status_code == 400  # no field
    assert client.post("/v1/documents/0000/corrections", json={"field": "place", "value": "x"}).status_code == 404


def test_a_failed_store_is_recorded_as_import_records_it(client: TestClient) -> None:
    r = _upload(client, "broken.pdf", b"%PDF-1.4 garbage", url="/v1/documents")
    assert r.status_code == 422 and r.json()["stage"] == "ingest"
    from vanban.store.db import Store

    with Store(client.app.state.settings.db) as s:
        assert any(e["path"] == "broken.pdf" and e["stage"] == "ingest" for e in s.errors())


def test_search_facets_paging_and_sorting(client: TestClient) -> None:
    body = client.get("/v1/documents", params={"q": "ngay cao diem chien si tinh nguyen"}).json()
    assert body["total"] >= 1 and all("snippet" in h for h in body["items"])
    assert {f["value"] for f in body["facets"]["system"]} <= {"doan", "dang", "state", "other"}
    year = body["facets"]["year"][0]["value"]
    narrowed = client.get("/v1/documents", params={"q": "ngay cao diem", "year": year}).json()
    assert narrowed["total"] >= 1 and all(h["issued_date"].startswith(year) for h in narrowed["items"])
    page = client.get("/v1/documents", params={"per_page": 2, "page": 2, "sort": "date_asc"}).json()
    assert page["page"] == 2 and len(page["items"]) == 2
    window = client.get("/v1/documents", params={"from": "2023-01-01", "to": "2023-12-31"}).json()
    assert all("2023" == h["issued_date"][:4] for h in window["items"])


@pytest.mark.parametrize("url", ["/v1/documents?year=20x4", "/v1/documents?per_page=0", "/v1/documents?sort=x",
                                 "/v1/deadlines?from=yesterday", "/v1/graph/x?depth=99", "/v1/targets?kind=wish"])
def test_bad_parameters_get_400(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 400 and r.json()["error"] == "bad_request"


@pytest.mark.parametrize("url", ["/v1/documents/0000", "/v1/graph/999-XX/NOWHERE", "/v1/nothing"])
def test_unknown_things_get_404_json(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404 and r.json()["error"] == "not_found"


def test_deadlines_events_targets(client: TestClient) -> None:
    dl = client.get("/v1/deadlines", params={"from": "2020-11-01", "to": "2020-11-30"}).json()
    dated = [d["due"][:7] for d in dl["items"] if d["due"]]  # an undated document's duty is listed, undated
    assert dated and set(dated) == {"2020-11"}
    ics = client.get("/v1/deadlines", params={"from": "2020-11-01", "to": "2020-11-30", "format": "ics"})
    assert ics.headers["content-type"].startswith("text/calendar") and "BEGIN:VEVENT" in ics.text
    csv = client.get("/v1/deadlines", params={"format": "csv"})
    assert csv.text.startswith("\ufeff") and csv.text.lstrip("\ufeff").splitlines()[0].startswith("due,")
    ev = client.get("/v1/events", params={"from": "2023-01-01"}).json()
    assert ev["total"] >= 1 and all((e["end"] or e["date"]) >= "2023-01-01" for e in ev["items"])
    tg = client.get("/v1/targets", params={"kind": "target"}).json()
    assert tg["total"] >= 1 and all(t["kind"] == "target" and t["display"] for t in tg["items"])
    cmp = client.get("/v1/targets", params={"compare": "true"}).json()
    assert all("plan" in row and "percent" in row for row in cmp["items"])


def test_graph_around_a_document(client: TestClient) -> None:
    g = client.get("/v1/graph/342-CV/TĐTN-BPT", params={"depth": 1}).json()
    numbers = {n["number"] for n in g["nodes"]}
    assert "342-CV/TĐTN-BPT" in numbers and len(g["edges"]) >= 1
    import shutil

    if shutil.which("dot"):
        svg = client.get("/v1/graph/342-CV/TĐTN-BPT", params={"format": "svg"})
        assert svg.status_code == 200 and svg.text.lstrip().startswith(("<?xml", "<svg", "<!DOCTYPE"))


def test_export_as_the_cli_does(client: TestClient) -> None:
    lines = client.get("/v1/export").text.splitlines()
    total = client.get("/v1/documents").json()["total"]
    assert len(lines) == total and all(line.startswith("{") for line in lines)
    csv = client.get("/v1/export", params={"format": "csv"}).text.lstrip("\ufeff").splitlines()
    assert csv[0].startswith("id,") and len(csv) == total + 1


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/v1/openapi.json").json()["paths"]
    for p in ("/v1/parse", "/v1/documents", "/v1/documents/{doc_id}", "/v1/deadlines", "/v1/events",
              "/v1/targets", "/v1/graph/{ref}", "/v1/export", "/v1/documents/{doc_id}/corrections"):
        assert p in paths


# -- access ----------------------------------------------------------------------------------------------

def test_a_token_is_needed_on_every_request(tmp_path: Path) -> None:
    with TestClient(create_app(_settings(tmp_path, token="s3cret"))) as c:
        assert c.get("/v1/documents").status_code == 401
        assert c.get("/search").status_code == 401
        assert _upload(c, "a.txt", SAMPLE.encode()).status_code == 401
        assert c.get("/v1/documents", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/v1/documents", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert c.get("/v1/documents?token=s3cret").status_code == 200  # a browser's first visit...
        assert c.get("/v1/documents").status_code == 200  # ...keeps it in a cookie


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                            ("127.0.0.2", True), ("0.0.0.0", False), ("192.168.1.5", False),
                                            ("example.org", False), ("::", False)])
def test_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_serve_refuses_a_public_address_without_a_token(monkeypatch, capsys) -> None:
    monkeypatch.delenv("VANBAN_TOKEN", raising=False)
    assert cli_main(["serve", "--host", "0.0.0.0", "--db", "x.db"]) == 2
    assert "token" in capsys.readouterr().err


def test_csv_answers_escape_formula_cells() -> None:
    from vanban.web.api import _rows_response

    rows = [{"action": '=HYPERLINK("http://x","Báo cáo")', "responsible": "+1", "due": "2025-12-31"}]
    body = _rows_response(rows, "csv", "deadlines").body.decode("utf-8").lstrip("\ufeff")
    cells = body.splitlines()[1]
    assert "'=HYPERLINK" in cells and ",'+1," in cells

"""The web app's pages through FastAPI's TestClient, and the presentation helpers behind them."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from webhelpers import ROOT, SAMPLE  # noqa: E402

from vanban import parse_text  # noqa: E402
from vanban.store.db import Store  # noqa: E402
from vanban.web.app import create_app  # noqa: E402
from vanban.web.i18n import STRINGS, translator  # noqa: E402
from vanban.web.settings import Settings  # noqa: E402
from vanban.web.ui import Mark, highlight, record_marks, review_queue  # noqa: E402


@pytest.fixture(scope="module")
def app_client(new_db) -> Iterator[tuple[TestClient, str]]:
    db = new_db("ui.db")
    with Store(db) as store:
        for f in sorted((ROOT / "corpus" / "samples").glob("*.txt")):
            store.put(parse_text(f.read_text(encoding="utf-8"), path=f.name))
        rec = parse_text(SAMPLE, path="kh-35.txt")
        rec.confidence = {"number": 0.97, "issuer": 0.42, "issued_date": 0.6}
        store.put(rec)
    with TestClient(create_app(Settings(db=db, workers=1))) as c:
        yield c, rec.id


@pytest.mark.parametrize("url, needle", [
    ("/search?q=ke+hoach+thang+thanh+nien", "35-KH/TĐTN-TTNTH"),
    ("/search?q=ke+hoach&from=&to=&sort=relevance", "văn bản"),  # empty dates from the form are no filter
    ("/search?type=KH", "35-KH/TĐTN-TTNTH"),
    ("/search?lang=en", "Issuing body"),
    ("/review", "Cơ quan ban hành"),
    ("/deadlines?date=2024-04-10", "2024-04-20"),
    ("/deadlines?date=2024-04-15&view=week", "Thực hiện"),
    ("/deadlines?view=list&date=2024-04-01&issuer=kien+giang", "35-KH/TĐTN-TTNTH"),
    ("/targets", "40 công trình"),
    ("/import", "webkitdirectory"),
])
def test_pages(app_client, url: str, needle: str) -> None:
    c, _ = app_client
    c.cookies.clear()  # the language chosen by an earlier page
    r = c.get(url)
    assert r.status_code == 200 and needle in r.text


def test_document_page_marks_the_number_and_the_deadline(app_client) -> None:
    c, doc_id = app_client
    c.cookies.clear()
    html = c.get(f"/documents/{doc_id}").text
    assert re.search(r'<mark [^>]*data-ids="(\S+ )*number( \S+)*"[^>]*>35-KH/TĐTN-TTNTH</mark>', html)
    assert re.search(r'<mark [^>]*data-ids="(\S+ )*dl-0( \S+)*"[^>]*>[^<]*20/4/2024', html)
    assert "2024-04-20" in html
    assert "42%" in html  # the issuer's confidence, flagged low
    assert f"/documents/{doc_id}/graph.svg" in html or "graph" not in html


def test_a_cited_document_not_in_the_store_has_a_stub_page(app_client) -> None:
    c, doc_id = app_client
    html = c.get(f"/documents/{doc_id}").text
    stub = html.split('href="/nodes/', 1)[1].split('"', 1)[0]
    page = c.get(f"/nodes/{stub}")  # quoted: a stub's id holds slashes and bars
    assert page.status_code == 200 and "12-KH/TWĐTN-ĐKT" in page.text and "35-KH/TĐTN-TTNTH" in page.text


def test_unknown_pages_are_404(app_client) -> None:
    c, _ = app_client
    gone = c.get("/documents/nope")
    assert gone.status_code == 404 and "<html" in gone.text  # a page, not the API's JSON
    assert c.get("/nowhere").status_code == 404 and "<html" in c.get("/nowhere").text


def test_review_queue_lists_low_confidence_fields_least_confident_first(app_client) -> None:
    c, doc_id = app_client
    with Store(c.app.state.settings.db) as s:
        queue = review_queue(s.conn)
    assert [(q.doc_id, q.field) for q in queue[:2]] == [(doc_id, "issuer"), (doc_id, "issued_date")]
    assert all(q.field != "number" for q in queue)  # 0.97 is above the threshold


@pytest.mark.parametrize("text, marks, expected", [
    ("abcdef", [], [("abcdef", [])]),
    ("abcdef", [Mark("n", "header", "N", 1, 3)], [("a", []), ("bc", ["n"]), ("def", [])]),
    # nested: the inner span is listed first, both ids on the shared piece
    ("abcdef", [Mark("o", "citation", "O", 0, 6), Mark("i", "event", "I", 2, 4)],
     [("ab", ["o"]), ("cd", ["i", "o"]), ("ef", ["o"])]),
    # overlapping
    ("abcdef", [Mark("x", "header", "X", 0, 4), Mark("y", "deadline", "Y", 2, 6)],
     [("ab", ["x"]), ("cd", ["x", "y"]), ("ef", ["y"])]),
    # out of range ends are clipped to the text
    ("abc", [Mark("z", "header", "Z", 1, 9)], [("a", []), ("bc", ["z"])]),
])
def test_highlight(text: str, marks: list[Mark], expected: list[tuple[str, list[str]]]) -> None:
    segs = highlight(text, marks)
    assert [(s.text, s.ids) for s in segs if s.text] == expected
    assert "".join(s.text for s in segs) == text


def test_every_value_with_a_span_is_marked() -> None:
    rec = parse_text(SAMPLE).model_dump(mode="json")
    ids = {m.id for m in record_marks(rec, translator("vi"))}
    assert {"number", "doc_type", "issuer", "place", "issued_date", "subject", "cit-0", "dl-0", "q-0"} <= ids


def test_every_word_in_both_languages() -> None:
    assert all(vi and en for vi, en in STRINGS.values())
    assert translator("en")("no.such.key") == "no.such.key"
    assert translator("xx")("nav.search") == "Tìm kiếm"




def test_a_pdf_on_disk_shows_its_page_image(app_client, tmp_path_factory) -> None:
    import shutil

    from webhelpers import pdf_bytes

    from vanban import parse_file

    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils not installed")
    c, _ = app_client
    pdf = tmp_path_factory.mktemp("pdf") / "kh.pdf"
    pdf.write_bytes(pdf_bytes(SAMPLE.replace("35-KH", "36-KH")))
    rec = parse_file(pdf)
    with Store(c.app.state.settings.db) as s:
        s.put(rec)
    html = c.get(f"/documents/{rec.id}").text
    assert f"/documents/{rec.id}/page/1.png" in html
    img = c.get(f"/documents/{rec.id}/page/1.png")
    assert img.status_code == 200 and img.content.startswith(b"\x89PNG")
    assert c.get(f"/documents/{rec.id}/page/2.png").status_code == 404


def test_the_graph_picture(app_client) -> None:
    import shutil

    if not shutil.which("dot"):
        pytest.skip("graphviz not installed")
    c, doc_id = app_client
    svg = c.get(f"/documents/{doc_id}/graph.svg")
    assert svg.status_code == 200 and "<svg" in svg.text and "12&#45;KH/TWĐTN&#45;ĐKT" in svg.text  # dot escapes "-"

"""The web app in a real headless browser (Debian's Chromium driven by Playwright; nothing downloaded).

Search with an unaccented query, open a document and see its highlighted number and deadline, correct
the issuer from the review queue and see it saved, open the calendar. Screenshots go to out/web-tests/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
playwright_api = pytest.importorskip("playwright.sync_api")

from webhelpers import ARTIFACTS, ROOT, SAMPLE, Server  # noqa: E402

from vanban import parse_text  # noqa: E402
from vanban.store.db import Store  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
LOW_CONFIDENCE = 0.42
NUMBER = "35-KH/TĐTN-TTNTH"
NEW_ISSUER = "BCH ĐOÀN TỈNH KIÊN GIANG (đã kiểm tra)"
TIMEOUT_MS = 60_000  # a loaded machine; never a speed assertion

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium not installed (make install)")


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    db = tmp_path_factory.mktemp("browser") / "web.db"
    with Store(db) as store:
        for f in sorted((ROOT / "corpus" / "samples").glob("*.txt")):
            store.put(parse_text(f.read_text(encoding="utf-8"), path=f.name))
        rec = parse_text(SAMPLE, path="kh-35.txt")
        rec.confidence = {"number": 0.97, "issuer": LOW_CONFIDENCE}  # a doubtful letterhead read, for review
        store.put(rec)
    s = Server(db, "--workers", "1")
    try:
        yield s.wait()
    finally:
        s.stop()


@pytest.fixture(scope="module")
def page(server: Server):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 900})
        pg.set_default_timeout(TIMEOUT_MS)
        yield pg
        browser.close()


def explain(page, server: Server, what: str) -> str:
    """A failure message that shows what the browser had and what the server logged."""
    try:
        body = page.locator("body").inner_text(timeout=5_000)[:1500]
    except playwright_api.Error as e:
        body = f"(page unreadable: {e})"
    return f"{what} at {page.url}\n--- page ---\n{body}\n--- server log ---\n{server.log_tail()}"


def test_search_without_diacritics_then_open_the_document(server: Server, page) -> None:
    page.goto(server.url + "/search")
    page.fill("#q", "ke hoach thang thanh nien")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=*")
    hit = page.locator("ol.hits a.title", has_text=NUMBER)
    assert hit.count() == 1
    page.screenshot(path=str(ARTIFACTS / "search.png"))
    hit.click()
    page.wait_for_url("**/documents/*")
    number = page.locator("#doctext mark[data-ids~='number']")
    assert number.inner_text() == NUMBER
    deadline = page.locator("#doctext mark[data-ids~='dl-0']")
    assert "20/4/2024" in " ".join(deadline.all_inner_texts())
    page.locator("#panel .fld[data-id='dl-0']").click()  # a field -> its span, outlined
    assert page.locator("#doctext mark.active[data-ids~='dl-0']").count() >= 1
    page.locator("#doctext mark[data-ids~='number']").hover()  # a span -> its field, lit in the panel
    assert page.locator("#panel .fld.hover[data-id='number']").count() == 1
    page.screenshot(path=str(ARTIFACTS / "document.png"))


def test_correct_the_issuer_and_see_it_saved(server: Server, page) -> None:
    page.goto(server.url + "/review")
    assert page.locator(".review-current h2").inner_text().startswith(NUMBER)
    assert page.locator("#parsed-value").inner_text() == "BCH ĐOÀN TỈNH KIÊN GIANG"
    page.fill("#value", NEW_ISSUER)
    page.fill("#by", "browser-test")
    page.screenshot(path=str(ARTIFACTS / "review.png"))
    with page.expect_response(lambda r: "/review?saved=" in r.url) as answer:
        page.click("#correct-form button[type=submit]")
    assert answer.value.status == 200, explain(page, server, f"the review page answered {answer.value.status}")
    try:
        page.wait_for_selector("#saved")
    except playwright_api.TimeoutError:
        pytest.fail(explain(page, server, "no #saved notice on the review page"))
    assert NEW_ISSUER in page.locator("#saved").inner_text()
    assert NUMBER not in page.locator("main").inner_text()  # the queue moved on
    page.goto(server.url + "/search?q=" + "kiem tra")  # the index follows the correction too
    page.locator("ol.hits a.title", has_text=NUMBER).click()
    page.wait_for_url("**/documents/*")
    issuer = page.locator("#panel td.val[data-field='issuer']")
    assert NEW_ISSUER in issuer.inner_text()
    page.screenshot(path=str(ARTIFACTS / "document-corrected.png"))


def test_the_calendar_shows_the_deadline(server: Server, page) -> None:
    page.goto(server.url + "/deadlines?date=2024-04-10")
    assert page.locator("#period").inner_text().endswith("4/2024")
    day = page.locator("#calendar td", has=page.locator(".dnum", has_text="20")).filter(has=page.locator("a.ev"))
    assert day.count() == 1 and "báo cáo" in day.inner_text().lower()
    assert page.locator("#deadline-list").inner_text().count(NUMBER) >= 1
    assert page.locator("#ics").get_attribute("href").startswith("/v1/deadlines?format=ics")
    page.screenshot(path=str(ARTIFACTS / "calendar.png"))
    page.click("text=" + ("Tuần"))
    page.wait_for_url("**view=week**")
    page.screenshot(path=str(ARTIFACTS / "calendar-week.png"))


def test_import_files_with_progress_and_per_file_errors(server: Server, page, tmp_path: Path) -> None:
    good = tmp_path / "kh-99.txt"
    good.write_text(SAMPLE.replace("35-KH", "99-KH"), encoding="utf-8")
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"not a pdf at all")
    page.goto(server.url + "/import")
    page.set_input_files("#files", [str(good), str(bad)])
    page.click("#import-start")
    page.wait_for_function("document.querySelector('#progress').value === 2")
    rows = page.locator("#import-results tbody tr")
    assert rows.count() == 2
    ok = page.locator("#import-results tr.ok")
    assert "99-KH/TĐTN-TTNTH" in ok.inner_text()
    err = page.locator("#import-results tr.err")
    assert "hong.pdf" in err.inner_text() and "422" in err.inner_text() and "ingest" in err.inner_text()
    page.screenshot(path=str(ARTIFACTS / "import.png"))


def test_english(server: Server, page) -> None:
    page.goto(server.url + "/search?lang=en")
    assert page.locator("header nav").inner_text().startswith("Search")
    page.goto(server.url + "/deadlines")  # remembered
    assert "Deadlines" in page.locator("header nav").inner_text()
    page.goto(server.url + "/search?lang=vi")

"""The targets page says why a plan's target has no result as `vanban targets --compare` does: both read
graph.queries.compare_rows (the page had a reasoning of its own, one level of citations deep and blind to a
report without figures). An invented store with one plan for each reason: not cited, cited by a report without
result figures, by one whose results are in another unit, and by one whose results in that unit are about
other things."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

from vanban.graph.queries import compare_rows  # noqa: E402
from vanban.schemas import Citation, DocNumber, DocType, Issuer, Quantity, Record  # noqa: E402
from vanban.store.db import Store  # noqa: E402
from vanban.web.app import create_app  # noqa: E402
from vanban.web.i18n import STRINGS  # noqa: E402
from vanban.web.settings import Settings  # noqa: E402
from vanban.web.ui import WHY_KEYS  # noqa: E402

ISSUER = "BCH ĐOÀN HUYỆN TÂN PHÚ"


def _record(n: int, number: str, issued: str, quantities=(), cites: str | None = None, cited_date: str = "") -> Record:
    citations = [Citation(text=f"Kế hoạch số {cites} ngày {cited_date}", doc_type="KH", number=cites, date=cited_date, issuer="Ban Thường vụ Huyện đoàn Tân Phú",
                          relation="implements")] if cites else []
    return Record(id=f"{n:x}" * 64, text="x", doc_type=DocType(code=number.split("-")[1].split("/")[0]),
                  number=DocNumber(raw=number, normalized=number), issuer=Issuer(name=ISSUER, parent="BCH ĐOÀN TỈNH KIÊN GIANG", system="doan"),
                  issued_date=issued, quantities=list(quantities), citations=citations)


def _q(value: int, unit: str, obj: str, kind: str) -> Quantity:
    return Quantity(value=value, unit=unit, object=obj, kind=kind, text=f"{value} {unit}")


RECORDS = [
    _record(1, "11-KH/HĐTN", "2027-01-05", [_q(500, "công trình", "công trình thanh niên", "target")]),
    _record(2, "12-KH/HĐTN", "2027-01-06", [_q(30, "lớp", "lớp tập huấn", "target")]),
    _record(3, "31-BC/HĐTN", "2027-06-01", cites="12-KH/HĐTN", cited_date="2027-01-06"),
    _record(4, "13-KH/HĐTN", "2027-01-07", [_q(100, "%", "chi đoàn sinh hoạt", "target")]),
    _record(5, "32-BC/HĐTN", "2027-06-02", [_q(45, "lượt", "lượt đoàn viên", "result")],
            cites="13-KH/HĐTN", cited_date="2027-01-07"),
    _record(6, "14-KH/HĐTN", "2027-01-08", [_q(20, "công trình", "công trình thanh niên tự quản", "target")]),
    _record(7, "33-BC/HĐTN", "2027-06-03", [_q(4, "công trình", "nhà nhân ái", "result"),
                                            _q(9, "công trình", "cầu giao thông nông thôn", "result")],
            cites="14-KH/HĐTN", cited_date="2027-01-08"),
]


@pytest.fixture(scope="module")
def client_and_store(new_db) -> Iterator[tuple[TestClient, Store]]:
    db = new_db("why.db")
    st = Store(db)
    for r in RECORDS:
        st.put(r)
    with TestClient(create_app(Settings(db=db, workers=1))) as c:
        yield c, st
    st.close()


def test_the_page_gives_the_queries_reason(client_and_store) -> None:
    c, st = client_and_store
    missing = [r for r in compare_rows(st.conn) if r.reporter_id is None]
    assert sorted(r.why or "" for r in missing) == sorted(WHY_KEYS)  # each reason once
    c.cookies.clear()
    page = c.get("/targets").text
    shown = [html.unescape(m) for m in re.findall(r'<td colspan="3" class="reason">(.*?)</td>', page)]
    assert shown == [STRINGS[WHY_KEYS[r.why or ""]][0] for r in missing]

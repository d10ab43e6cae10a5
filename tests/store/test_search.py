"""Full-text search (vanban.store.search): diacritic-insensitive, faceted, kept in step with the store."""

from __future__ import annotations

import random
import sqlite3

import pytest

from vanban import parse_text
from vanban.store import search
from vanban.store.db import Store

DOC_KH = """BCH ĐOÀN TỈNH KIÊN GIANG
Số: 35-KH/TĐTN-TTNTH
Rạch Giá, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2024

Phấn đấu 100% cơ sở đoàn tham gia hiến máu tình nguyện.
"""

DOC_CV = """UBND TỈNH BẾN TRE
Số: 120/UBND-VX
Bến Tre, ngày 10 tháng 8 năm 2023

V/v tăng cường phòng chống dịch bệnh sốt xuất huyết

Kính gửi: Sở Y tế tỉnh.
Đề nghị triển khai ngay các biện pháp diệt lăng quăng.
"""

DOC_BC = """BCH ĐOÀN TỈNH KIÊN GIANG
Số: 60-BC/TĐTN-TTNTH
Rạch Giá, ngày 20 tháng 6 năm 2024

BÁO CÁO
Kết quả Tháng Thanh niên năm 2024

Toàn tỉnh thực hiện 50 công trình thanh niên.
"""


@pytest.fixture()
def store(new_db):
    s = Store(new_db("s.db"))
    for text in (DOC_KH, DOC_CV, DOC_BC):
        s.put(parse_text(text))
    yield s
    s.close()


def _numbers(res: search.Results) -> set[str | None]:
    return {h.number for h in res.items}


@pytest.mark.parametrize("q, expected", [
    ("ke hoach thanh nien", {"35-KH/TĐTN-TTNTH"}),          # unaccented finds accented
    ("Kế hoạch thanh niên", {"35-KH/TĐTN-TTNTH"}),          # accented too
    ("KE HOACH", {"35-KH/TĐTN-TTNTH"}),                     # case
    ("doan tinh kien giang", {"35-KH/TĐTN-TTNTH", "60-BC/TĐTN-TTNTH"}),  # đ -> d, header fields
    ("lang quang", {"120/UBND-VX"}),                        # body text
    ("so y te", {"120/UBND-VX"}),                           # recipients
    ("thanh niên 2024", {"35-KH/TĐTN-TTNTH", "60-BC/TĐTN-TTNTH"}),
    ("hien mau sot xuat huyet", set()),                     # every word must occur
    ("\"; DROP TABLE documents; --", set()),                # query syntax is never passed through
])
def test_query_is_diacritic_insensitive(store: Store, q: str, expected: set[str]) -> None:
    assert _numbers(search.search(store.conn, search.Filters(q=q))) == expected


@pytest.mark.parametrize("filters, expected", [
    (search.Filters(doc_type="BC"), {"60-BC/TĐTN-TTNTH"}),
    (search.Filters(year="2023"), {"120/UBND-VX"}),
    (search.Filters(system="doan"), {"35-KH/TĐTN-TTNTH", "60-BC/TĐTN-TTNTH"}),
    (search.Filters(issuer="UBND TỈNH BẾN TRE"), {"120/UBND-VX"}),
    (search.Filters(date_from="2024-03-05", date_to="2024-06-19"), {"35-KH/TĐTN-TTNTH"}),
    (search.Filters(q="thanh nien", date_to="2024-06-20"), {"35-KH/TĐTN-TTNTH", "60-BC/TĐTN-TTNTH"}),
])
def test_filters(store: Store, filters: search.Filters, expected: set[str]) -> None:
    assert _numbers(search.search(store.conn, filters)) == expected


def test_facets_count_each_value_ignoring_their_own_filter(store: Store) -> None:
    res = search.search(store.conn, search.Filters(doc_type="KH"))
    assert dict(res.facets["type"]) == {"KH": 1, "BC": 1, "CV": 1}  # other types stay reachable
    assert dict(res.facets["year"]) == {"2024": 1}
    assert dict(res.facets["system"]) == {"doan": 1}


def test_sorting_and_paging(store: Store) -> None:
    asc = search.search(store.conn, search.Filters(), sort="date_asc")
    assert [h.issued_date for h in asc.items] == ["2023-08-10", "2024-03-05", "2024-06-20"]
    page2 = search.search(store.conn, search.Filters(), sort="date_desc", page=2, per_page=2)
    assert page2.total == 3 and [h.issued_date for h in page2.items] == ["2023-08-10"]


def test_snippet_shows_the_original_text_around_the_hit(store: Store) -> None:
    hit = search.search(store.conn, search.Filters(q="hien mau")).items[0]
    assert "hiến máu tình nguyện" in (hit.snippet or "")


def test_index_follows_replacements_and_removals(store: Store) -> None:
    rec = parse_text(DOC_CV)
    rec.text = rec.text.replace("lăng quăng", "bọ gậy")  # same id, new text: an update of the row
    store.put(rec)
    assert _numbers(search.search(store.conn, search.Filters(q="lang quang"))) == set()
    assert _numbers(search.search(store.conn, search.Filters(q="bo gay"))) == {"120/UBND-VX"}
    store.conn.execute("DELETE FROM documents WHERE id=?", (rec.id,))
    assert search.search(store.conn, search.Filters(q="bo gay")).total == 0
    assert store.conn.execute("SELECT count(*) FROM search_docs").fetchone()[0] == 2


def _damage(db: str, backend: str, damage: str) -> None:
    if backend == "sqlite":
        conn = sqlite3.connect(db)
        conn.executescript(search._DROP if damage == "drop" else OLD_INDEX)
        conn.close()
        return
    import psycopg

    with psycopg.connect(db, autocommit=True) as pg:
        pg.execute((search._PG_DROP if damage == "drop" else OLD_INDEX).encode())


OLD_INDEX = "UPDATE search_meta SET value = '0' WHERE key = 'version'"


@pytest.mark.parametrize("damage", ["drop",  # a store written before the index existed
                                    "old"])  # an older index
def test_a_store_without_a_current_index_is_indexed_when_opened(new_db, backend: str, damage: str) -> None:
    path = new_db("old.db")
    with Store(path) as s:
        s.put(parse_text(DOC_KH))
    _damage(path, backend, damage)
    with Store(path) as s:
        assert _numbers(search.search(s.conn, search.Filters(q="thang thanh nien"))) == {"35-KH/TĐTN-TTNTH"}
        assert s.conn.execute("SELECT value FROM search_meta WHERE key='version'").fetchone()[0] == \
            (search.INDEX_VERSION if backend == "sqlite" else search.PG_INDEX_VERSION)


def test_the_text_is_not_stored_twice(store: Store, backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("FTS5's external content table: SQLite only (PostgreSQL keeps a tsvector, not the text)")
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'search_fts%'")}
    assert "search_fts_content" not in tables  # external content: FTS5 reads the documents table


@pytest.mark.parametrize("text", ["Kế hoạch", "ĐOÀN Thanh niên", "Nguyễn Thị Ánh", "ǅ ẞ ﬁ 1/2", ""])
def test_fold_keeps_offsets(text: str) -> None:
    assert len(search.fold(text)) == len(text)


def test_a_huge_text_of_distinct_words_is_stored_and_found(store: Store) -> None:
    """A tsvector holds at most 1 MB: PostgreSQL indexes the first search.PG_MAX_BODY characters."""
    rng = random.Random(7)
    words = " ".join("".join(rng.choice("abcdeghiklmnopqrstuvxy") for _ in range(9)) for _ in range(120_000))
    rec = parse_text(DOC_CV)
    rec.text += "\nzyzzyva " + words  # 1.2 MB of distinct words: their whole tsvector would not fit
    store.put(rec)
    assert store.get(rec.id) is not None and store.check_whole() == []
    assert _numbers(search.search(store.conn, search.Filters(q="zyzzyva"))) == {"120/UBND-VX"}

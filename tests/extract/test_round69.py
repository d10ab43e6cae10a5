"""Heldout round 69 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban import parse_file
from vanban.errors import IngestError
from vanban.ingest import quality

REPORT = ("CÔNG TY CẤP NƯỚC AN HÒA\nSố: 215/BC-CN\nAn Hòa, ngày 05 tháng 10 năm 2032\nBÁO CÁO\n"
          "Kết quả sản xuất kinh doanh quý III năm 2032\nKính gửi: Ủy ban nhân dân tỉnh An Hòa.\n"
          "Công ty báo cáo kết quả như sau:\n{table}"
          "Trong quý, Công ty đã lắp đặt 1.250 đồng hồ nước cho khách hàng mới.\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình\n")

BOX_TABLES = [
    # a table drawn with box-drawing rules in a plain-text copy is text, not binary data (fixed: the copy was
    # refused whole as 'binary data, not text', h767)
    " ┌────┬──────────────────┬────────┬──────────┐\n │ TT │ Chỉ tiêu         │ ĐVT    │ TH quý   │\n"
    " ├────┼──────────────────┼────────┼──────────┤\n │ 1  │ Nước sản xuất    │ m3     │ 4.820    │\n"
    " │ 2  │ Nước thương phẩm │ m3     │ 4.105    │\n └────┴──────────────────┴────────┴──────────┘\n",
    # heavy and double rules too
    " ╔════╦══════════════╗\n ║ TT ║ Chỉ tiêu     ║\n ╠════╬══════════════╣\n ║ 1  ║ Nước sạch    ║\n ╚════╩══════════════╝\n",
    # counter-case: no table at all, read as before
    "",
]


@pytest.mark.parametrize("table", BOX_TABLES)
def test_a_box_drawn_table_leaves_the_copy_text(table: str, tmp_path: Path) -> None:
    path = tmp_path / "baocao.txt"
    path.write_text(REPORT.format(table=table), encoding="utf-8")
    rec = parse_file(path)
    assert rec.number is not None and rec.number.normalized == "215/BC-CN"
    assert rec.signer is not None and rec.signer.name == "Lê Văn Bình"
    assert 1250 in [q.value for q in rec.quantities]


JUNK = [
    # counter-cases: what is not text stays junk, box rules or not
    "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d" * 40,  # CJK ideographs: no Vietnamese document is made of them
    "□■▲▼◆◇○●" * 40,  # geometric shapes (U+25A0-U+25FF), just past the box-drawing block
    "│ " + "\u0400\u0401\u0402\u0403" * 60,  # a rule beside Cyrillic
]


@pytest.mark.parametrize("text", JUNK)
def test_junk_is_still_junk(text: str, tmp_path: Path) -> None:
    assert not quality.looks_like_text(text)
    path = tmp_path / "junk.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IngestError):
        parse_file(path)


def test_box_rules_count_as_typography_not_letters() -> None:
    q = quality.measure("┌──┐\n│ab│\n└──┘")
    assert q.junk == 0 and q.letters == 2

"""Heldout round 71 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban import parse_file
from vanban.schemas import Record


def _parse(text: str, tmp_path: Path, name: str = "vanban.txt") -> Record:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


CLOSING_HEAD = ("SỞ Y TẾ TỈNH AN HÒA                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "TRUNG TÂM KIỂM SOÁT BỆNH TẬT                      Độc lập - Tự do - Hạnh phúc\n"
                "Số: 52/KH-KSBT                               An Hòa, ngày 12 tháng 3 năm 2033\n\n"
                "KẾ HOẠCH\nTiêm chủng mở rộng năm 2033\n\n"
                "Trung tâm tổ chức tiêm chủng cho ít nhất 12.000 trẻ em dưới 1 tuổi trong năm.\n\n")

PAGE_BREAKS = [
    # the page's number went to the signature's column, the next page's running head stays in the list's (fixed:
    # the items after it were lost, h785)
    ("Nơi nhận:                                                        GIÁM ĐỐC\n- Sở Y tế (b/c);\n\n"
     "                                                                        Trang 2/2\n"
     "Kế hoạch số 52/KH-KSBT ngày 12/3/2033 của Trung tâm Kiểm soát bệnh tật tỉnh An Hòa\n"
     "- UBND các huyện;\n- Lưu: VT, KHNV.\n                                                     Trần Văn Bảo\n",
     ["Sở Y tế (b/c)", "UBND các huyện", "Lưu: VT, KHNV"]),
    # the page's number glued before the running head (fixed: the head was read as an item, h792)
    ("Nơi nhận:                                          GIÁM ĐỐC\n- Sở Y tế (b/c);\n\n"
     "                                                 - 2 - Kế hoạch số 52/KH-KSBT ngày 12/3/2033 của Trung tâm\n"
     "- UBND các huyện;\n- Lưu: VT, KHNV.\n                                                     Trần Văn Bảo\n",
     ["Sở Y tế (b/c)", "UBND các huyện", "Lưu: VT, KHNV"]),
    # counter-case: a list without a page break, read as before
    ("Nơi nhận:                                          GIÁM ĐỐC\n- Sở Y tế (b/c);\n- UBND các huyện;\n"
     "- Lưu: VT, KHNV.\n                                                     Trần Văn Bảo\n",
     ["Sở Y tế (b/c)", "UBND các huyện", "Lưu: VT, KHNV"]),
]


@pytest.mark.parametrize(("closing", "names"), PAGE_BREAKS)
def test_a_page_break_inside_the_noi_nhan_list(closing: str, names: list[str], tmp_path: Path) -> None:
    rec = _parse(CLOSING_HEAD + closing, tmp_path)
    assert [d.name for d in rec.distribution] == names
    assert rec.signer is not None and rec.signer.name == "Trần Văn Bảo"


def test_prose_after_the_list_still_ends_it(tmp_path: Path) -> None:
    # counter-case: a line of prose after a blank line and before a dashed line is no running head
    closing = ("Nơi nhận:                                          GIÁM ĐỐC\n- Sở Y tế (b/c);\n- Lưu: VT.\n\n"
               "                                                     Trần Văn Bảo\n\nPhụ lục kèm theo\n- Danh sách xã\n")
    rec = _parse(CLOSING_HEAD + closing, tmp_path)
    assert [d.name for d in rec.distribution] == ["Sở Y tế (b/c)", "Lưu: VT"]

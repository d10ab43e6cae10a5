"""The thirty-fifth heldout round's failure classes (invented documents, with counter-cases): a PDF copy whose
next page opens with its page number on a line of its own, then the rest of a sentence the page break cut
("riêng các vụ" / "2" / "trọng án đạt 100%"), read the page number as a count of the words after it."""

from __future__ import annotations

import pytest

from vanban import parse_text

PLAN_HEAD = ("        BỘ CÔNG AN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "   CÔNG AN TỈNH GIA LAI                   Độc lập - Tự do - Hạnh phúc\n\n"
             "Số: 402/KH-CAT-PC02                 Gia Lai, ngày 05 tháng 4 năm 2028\n\n"
             "                              KẾ HOẠCH\n"
             "        Mở đợt cao điểm trấn áp tội phạm cướp giật tài sản quý II năm 2028\n\n")
PLAN_TAIL = ("\nNơi nhận:                                   KT. GIÁM ĐỐC\n"
             "- Bộ Công an (b/c);                          PHÓ GIÁM ĐỐC\n"
             "- Lưu: VT, PC02.                          Đại tá Nguyễn Văn An\n")

# ---- a PDF page's number heading the next page, then the cut sentence's rest -------------------------------------

PAGE_BREAKS = [
    # (body lines, the quantities' (value, unit) expected)
    ("     - Điều tra, làm rõ trên 75% số vụ cướp giật; riêng các vụ\n"
     "                                                                   1\n"
     "                                     2\n"
     "trọng án đạt 100%;\n", [(75, "%"), (100, "%")]),
    ("     - Tổ chức ít nhất 40 buổi tuyên truyền tại các\n"
     "                                     - 3 -\n"
     "chợ, bến xe, khu dân cư;\n", [(40, "buổi")]),
    ("     - Phấn đấu triệt phá ít nhất 05 băng, nhóm tội phạm; bắt giữ các\n"
     "                                     2\n"
     "đối tượng truy nã đạt trên 90%;\n", [(5, "băng"), (90, "%")]),
    # counter-cases: a figure wrapped onto its own line in a sentence is still read with its unit; a page's number
    # after a full sentence stays apart as before
    ("     - Bắt, vận động đầu thú tối thiểu\n"
     "12 đối tượng truy nã;\n", [(12, "đối tượng")]),
    ("     - Tổ chức ít nhất 40 buổi tuyên truyền tại chợ, bến xe.\n"
     "                                     2\n"
     "     - Bảo đảm 100% Công an xã có tổ tuần tra.\n", [(40, "buổi"), (100, "%")]),
]


@pytest.mark.parametrize(("body", "expected"), PAGE_BREAKS)
def test_a_page_number_heading_the_next_page_is_no_count(body: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(PLAN_HEAD + "     II. CHỈ TIÊU\n" + body + PLAN_TAIL)
    # the unit's first word, as scoring pairs units ("buổi tuyên truyền" is "buổi")
    assert [(q.value, (q.unit or "").split()[0]) for q in rec.quantities] == [(v, u.split()[0]) for v, u in expected]

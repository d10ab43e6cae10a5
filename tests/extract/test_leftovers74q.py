"""Rounds 70-74's quantity leftovers (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban import parse_file

REPORT = ("{parent}\n{issuer}\nSố: 112/BC-{code}\nHòa Bình, ngày 05 tháng 11 năm 2033\nBÁO CÁO\n"
          "Kết quả công tác tháng 10 năm 2033\n"
          "1. Kết quả thực hiện\n"
          "Trong tháng, các đơn vị đã kiểm tra 58 cơ sở kinh doanh.\n"
          "{sentence}\n"
          "2. Nhiệm vụ tháng 11\nTiếp tục kiểm tra, kiểm soát thị trường.\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn Minh\n")

SECTORAL = ("UBND TỈNH HÒA BÌNH", "SỞ CÔNG THƯƠNG", "SCT")
GENERAL = ("", "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH", "UBND")

OTHERS = [
    # another named body's figures a sectoral body tells as context are none of its bodies' (h772, h778, h780, h783)
    (SECTORAL, "Theo số liệu của Cục Hải quan tỉnh, 10 tháng năm 2033 lực lượng Hải quan đã bắt giữ 71 vụ "
               "vận chuyển trái phép hàng hóa.", 71, False),
    (SECTORAL, "Theo báo cáo của Ban Đại diện Hội Người cao tuổi tỉnh, năm 2033 Hội đã tổ chức 14 lớp tập huấn "
               "với hơn 900 hội viên tham dự.", 900, False),
    (SECTORAL, "Giá trị sản xuất công nghiệp toàn tỉnh ước đạt 41.250 tỷ đồng, tăng 9,6% so với cùng kỳ (số liệu "
               "của Cục Thống kê tỉnh).", 9.6, False),
    (SECTORAL, "Toàn tỉnh, Ban Chỉ đạo 389 tỉnh ghi nhận các lực lượng chức năng đã xử lý 2.718 vụ vi phạm.",
     2718, False),
    # counter-cases: a general authority's bodies report its own (h508, h826), the issuer names itself (h765), an
    # unnamed source ("các địa phương") reports the bodies' work (h27)
    (GENERAL, "Theo báo cáo của Sở Tài chính, đến hết ngày 31/10/2033 toàn tỉnh đã giải ngân được 2.415 tỷ đồng.",
     2415000000000, True),
    (SECTORAL, "Theo số liệu của Sở, 10 tháng năm 2033 các đơn vị đã xử lý 36 vụ vi phạm.", 36, True),
    (SECTORAL, "Theo báo cáo của các địa phương, lực lượng chức năng đã tiêu hủy 1.420 kg hàng hóa.", 1420, True),
    (SECTORAL, "Phòng Công nghệ thông tin tổ chức tập huấn cho 240 công chức.", 240, True),
]


@pytest.mark.parametrize(("issuer", "sentence", "value", "counted"), OTHERS)
def test_other_bodies_figures_are_context(issuer: tuple[str, str, str], sentence: str, value: float, counted: bool,
                                          tmp_path: Path) -> None:
    parent, name, code = issuer
    path = tmp_path / "baocao.txt"
    path.write_text(REPORT.format(parent=parent, issuer=name, code=code, sentence=sentence).lstrip("\n"),
                    encoding="utf-8")
    rec = parse_file(path)
    values = [q.value for q in rec.quantities]
    assert 58 in values
    assert (value in values) is counted

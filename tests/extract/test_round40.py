"""The fortieth heldout round's failure classes (invented documents, with counter-cases): a commune council's budget
section led by its verb of approval and naming the budget's level ("Điều 1. Thông qua dự toán thu, chi ngân sách xã
năm 2029 như sau:"), whose amounts were left unread."""

from __future__ import annotations

import pytest

from vanban import parse_text

# ---- a resolution's budget section approved "như sau", at a named level --------------------------------------------

COUNCIL_HEAD = ("HỘI ĐỒNG NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "XÃ PHƯỚC AN                              Độc lập - Tự do - Hạnh phúc\n"
                "Số: 17/NQ-HĐND                  Phước An, ngày 18 tháng 12 năm 2029\n\n"
                "NGHỊ QUYẾT\nVề dự toán ngân sách xã năm 2030\n\n"
                "HỘI ĐỒNG NHÂN DÂN XÃ PHƯỚC AN\nKHÓA XII, KỲ HỌP THỨ MƯỜI\n\n"
                "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n\nQUYẾT NGHỊ:\n\n")
COUNCIL_TAIL = "\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Hòa\n"

APPROVED_BUDGETS = [
    ("Điều 1. Thông qua dự toán thu, chi ngân sách xã năm 2030 như sau:\n1. Tổng thu ngân sách xã: 8.200.000.000 đồng.\n"
     "2. Tổng chi ngân sách xã: 8.150.000.000 đồng.\n",
     [(8.2e9, "đồng", "target"), (8.15e9, "đồng", "target")]),
    ("Điều 1. Phê chuẩn dự toán ngân sách phường năm 2030\n1. Chi thường xuyên: 6.400.000.000 đồng.\n",
     [(6.4e9, "đồng", "target")]),
    ("Điều 1. Dự toán ngân sách thị trấn năm 2030\na) Thu bổ sung từ ngân sách cấp trên: 3.950.000.000 đồng.\n",
     [(3.95e9, "đồng", "target")]),
    # counter-cases: another section approved "như sau" keeps its figures unread; the budget approved in a sentence
    # is no heading; a level word that is no budget's level does not complete the title
    ("Điều 1. Thông qua báo cáo quyết toán như sau:\n1. Tổng thu ngân sách xã: 8.200.000.000 đồng.\n", []),
    ("Điều 1. Phạm vi\nHội đồng thông qua dự toán ngân sách xã năm 2030 là 8.200.000.000 đồng.\n", []),
    ("Điều 1. Dự toán ngân sách xã hội hóa\n1. Tổng thu: 8.200.000.000 đồng.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), APPROVED_BUDGETS)
def test_an_approved_budget_section_at_a_named_level_plans_its_amounts(
        body: str, expected: list[tuple[float, str, str]]) -> None:
    rec = parse_text(COUNCIL_HEAD + body + COUNCIL_TAIL)
    assert [(q.value, q.unit, q.kind) for q in rec.quantities] == expected


# ---- "vào ngày" after a cited document's issuer dates the activity, not the document ----------------------------

PARTY_HEAD = ("ĐẢNG BỘ HUYỆN A\nĐẢNG ỦY XÃ B\n*\nSố 12-BC/ĐU\nB, ngày 02 tháng 9 năm 2028\n\nBÁO CÁO\n"
              "Kết quả công tác tháng 8\n\n")
PARTY_TAIL = "\n\nNơi nhận:\n- Huyện ủy;\n- Lưu VP.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn An\n"

WHEN_AFTER_ISSUER = [
    ("Tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị vào ngày 18/10/2028.",
     ("05-CT/TW", None, "Bộ Chính trị"), ["2028-10-18"]),
    ("Tổng kết Nghị quyết số 21-NQ/HU của Huyện ủy vào 14 giờ 00 ngày 25/11/2028 tại hội trường.",
     ("21-NQ/HU", None, "Huyện ủy"), ["2028-11-25T14:00"]),
    # counter-cases: the cited document's own date after its issuer, or right after its number, is still its date
    ("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị ngày 15/5/2026, Đảng ủy tổ chức học tập.",
     ("05-CT/TW", "2026-05-15", "Bộ Chính trị"), []),
    ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2026 của Bộ Chính trị, Đảng ủy tổ chức học tập.",
     ("05-CT/TW", "2026-05-15", "Bộ Chính trị"), []),
]


@pytest.mark.parametrize(("body", "cited", "events"), WHEN_AFTER_ISSUER)
def test_vao_ngay_after_a_cited_issuer_dates_the_activity(
        body: str, cited: tuple[str, str | None, str], events: list[str]) -> None:
    rec = parse_text(PARTY_HEAD + body + PARTY_TAIL)
    assert [(c.number, c.date, c.issuer) for c in rec.citations] == [cited]
    assert [e.date for e in rec.events] == events

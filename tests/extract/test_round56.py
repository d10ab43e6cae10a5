"""Heldout round 56 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

LETTER = ("UBND TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tĐộc lập - Tự do - Hạnh "
          "phúc\nSố: 77/SNNMT-TT\tAn Hòa, ngày 12 tháng 01 năm 2030\nV/v chủ động sản xuất vụ Đông Xuân\n\n"
          "Kính gửi: Ủy ban nhân dân các xã, phường.\n\n")
PLAN = ("UBND XÃ AN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHỈ HUY QUÂN SỰ XÃ\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 09/KH-BCHQS\tAn Phú, ngày 08 tháng 01 năm 2030\n\nKẾ HOẠCH\nHuấn luyện dân quân năm 2030\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nLê Văn Bình\n"


def _figures(head: str, body: str) -> list[tuple[float, str]]:
    return [(q.value, q.comparator) for q in parse_text(head + body + TAIL).quantities]


# ---- a forecast and a level a measure stands at now are no quantity -------------------------------------------

FORECASTS = [
    ("Theo dự báo của Trung tâm Dự báo khí tượng thủy văn quốc gia, khu vực Bắc Bộ có khả năng xuất hiện 5 - 7 đợt "
     "không khí lạnh, trong đó có 2 - 3 đợt rét đậm, rét hại.\n", []),
    ("Từ nay đến hết tháng 3, khu vực có khả năng xuất hiện 4 - 6 đợt nắng nóng gay gắt.\n", []),
    ("Tỷ lệ che phủ rừng toàn tỉnh hiện ở mức 52,6%.\n", []),
    # counter-cases: what the bodies plan or did, beside a forecast, still counts
    ("Theo dự báo, vụ Đông Xuân có nhiều đợt rét; các xã phấn đấu gieo cấy ít nhất 1.200 ha lúa.\n", [(1200, "gte")]),
    ("Năm 2029, toàn tỉnh đã trồng mới 3.215 ha rừng, nâng tỷ lệ che phủ rừng lên 52,6%.\n",
     [(3215, "eq"), (52.6, "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), FORECASTS)
def test_a_forecast_or_a_level_now_is_no_quantity(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(LETTER, body) == figures


# ---- a military command order ("Chỉ lệnh") is cited as a document -------------------------------------------

COMMAND_ORDERS = [
    ("Thực hiện Chỉ lệnh số 05/CL-BCH ngày 26/12/2029 của Bộ Chỉ huy Quân sự tỉnh về công tác quốc phòng năm 2030, "
     "Ban Chỉ huy Quân sự xã xây dựng kế hoạch như sau:\n", [("05/CL-BCH", "CL")]),
    # counter-case: a Lệnh keeps its own type
    ("Thực hiện Lệnh số 12/L-CTN ngày 20/12/2029 của Chủ tịch nước, Ban Chỉ huy Quân sự xã xây dựng kế hoạch như "
     "sau:\n", [("12/L-CTN", "L")]),
]


@pytest.mark.parametrize(("body", "cited"), COMMAND_ORDERS)
def test_a_command_order_is_cited(body: str, cited: list[tuple[str, str]]) -> None:
    record = parse_text(PLAN + body + TAIL)
    assert [(c.number, c.doc_type) for c in record.citations] == cited


# ---- a scan's "Điều l." (the digit 1 read as l, I or |) still opens a decision's approving article -------------

DECISION = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 31/QĐ-UBND\tAn Phú, ngày 20 tháng 01 năm 2030\n\nQUYẾT ĐỊNH\nVề việc phê duyệt danh sách hộ được hỗ "
            "trợ giống\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN PHÚ\n\nCăn cứ Quyết định số 3125/QĐ-UBND ngày 26/12/2029 "
            "của UBND tỉnh;\n\nQUYẾT ĐỊNH:\n\n")
GRANTS = "{article} Phê duyệt danh sách 215 hộ được hỗ trợ giống, cụ thể:\n- Giống lúa lai: 3.100 kg cho 140 hộ;\n" \
         "- Giống ngô lai: 820 kg cho 75 hộ.\nTổng giá trị hỗ trợ: 402.500.000 đồng.\n\nĐiều 2. Tổ chức thực hiện.\n"
ALL_GRANTED = [(215, "eq"), (3100, "eq"), (140, "eq"), (820, "eq"), (75, "eq"), (402500000, "eq")]

OCR_ARTICLES = [
    ("Điều l.", ALL_GRANTED),
    ("Điều I.", ALL_GRANTED),
    # counter-case: the printed digit reads as before
    ("Điều 1.", ALL_GRANTED),
]


@pytest.mark.parametrize(("article", "figures"), OCR_ARTICLES)
def test_an_ocr_article_number_opens_the_article(article: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(DECISION, GRANTS.format(article=article)) == figures


# ---- a numbered exercise ("bài 1") is a name's number, no count -----------------------------------------------

EXERCISES = [
    ("- Bắn đạn thật bài 1 súng tiểu liên AK: 100% đạt yêu cầu.\n", [(100, "eq")]),
    ("- Kiểm tra bắn súng bài 2 ban đêm: ít nhất 70% đạt khá, giỏi.\n", [(70, "gte")]),
    # counter-case: a count of articles written before its noun still counts
    ("- Phấn đấu đăng tải ít nhất 24 bài tuyên truyền về quốc phòng.\n", [(24, "gte")]),
]


@pytest.mark.parametrize(("body", "figures"), EXERCISES)
def test_a_numbered_exercise_is_no_count(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(PLAN, "II. CHỈ TIÊU\n" + body) == figures

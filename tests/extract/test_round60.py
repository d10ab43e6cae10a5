"""Heldout round 60 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCHI CỤC PHÁT TRIỂN NÔNG THÔN\tĐộc lập - "
          "Tự do - Hạnh phúc\nSố: 52/BC-CCPTNT\tAn Hòa, ngày 12 tháng 12 năm 2030\n\nBÁO CÁO\nKết quả công tác năm "
          "2030\n\n")
PLAN = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\nSố: 07/KH-UBND"
        "\tAn Phú, ngày 05 tháng 01 năm 2031\n\nKẾ HOẠCH\nPhát triển sản xuất năm 2031\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nLê Văn Bình\n"


def _figures(head: str, body: str) -> list[tuple[float, str]]:
    return sorted((q.value, (q.unit or "").split(" ")[0]) for q in parse_text(head + body + TAIL).quantities)


# ---- a table's total row that the prose after the table tells again -------------------------------------------------

WELLS = ("II. KẾT QUẢ\n1. Nước sạch\nTT\tCông trình\tSố giếng đã khoan\tSố bể đã xây\n1\tThôn 1\t14\t22\n2\tThôn 2\t"
         "11\t18\n\tCộng\t25\t40\n")
TOTAL_TOLD_AFTER = [
    # the prose right after the table, under the same heading, tells the total row's figures again: counted once
    (REPORT, WELLS + "Như vậy, năm 2030 đã khoan 25 giếng và xây 40 bể chứa nước.\n",
     [(11, "giếng"), (14, "giếng"), (18, "bể"), (22, "bể"), (25, "giếng"), (40, "bể")]),
    (PLAN, "I. MỤC TIÊU\nToàn xã trồng mới 120 ha rừng với 300 hộ tham gia.\nII. CHỈ TIÊU THEO THÔN\n| TT | Thôn | "
     "Diện tích (ha) | Cây keo (ha) | Cây quế (ha) | Số hộ |\n|---|---|---|---|---|---|\n| 1 | Thôn 1 | 70 | 40 | 30 | "
     "180 |\n| 2 | Thôn 2 | 50 | 35 | 15 | 120 |\n| | **Tổng cộng** | **120** | **75** | **45** | **300** |\n\n"
     "Trong tổng diện tích trên, trồng keo 75 ha, trồng quế 45 ha.\n",
     [(15, "ha"), (30, "ha"), (35, "ha"), (40, "ha"), (45, "ha"), (50, "ha"), (70, "ha"), (75, "ha"), (120, "ha"),
      (120, "hộ"), (180, "hộ"), (300, "hộ")]),
    # counter-cases: no prose after it, the total row is the table's own count
    (REPORT, WELLS + "2. Tập huấn\nĐã mở 03 lớp tập huấn.\n",
     [(3, "lớp"), (11, "giếng"), (14, "giếng"), (18, "bể"), (22, "bể"), (25, "giếng"), (40, "bể")]),
    # the same value told under another heading is another count
    (REPORT, WELLS + "2. Bảo dưỡng\nĐã bảo dưỡng 25 giếng và 40 bể của các hộ dân.\n",
     [(11, "giếng"), (14, "giếng"), (18, "bể"), (22, "bể"), (25, "giếng"), (25, "giếng"), (40, "bể"), (40, "bể")]),
    # one figure told after: only that cell is the same again
    (REPORT, WELLS + "Riêng các bể chứa, đã xây 40 bể bằng vốn lồng ghép.\n",
     [(11, "giếng"), (14, "giếng"), (18, "bể"), (22, "bể"), (25, "giếng"), (40, "bể")]),
]


@pytest.mark.parametrize(("head", "body", "figures"), TOTAL_TOLD_AFTER)
def test_a_total_row_told_again_after_the_table_counts_once(head: str, body: str,
                                                             figures: list[tuple[float, str]]) -> None:
    assert _figures(head, body) == figures


# ---- what is still owed or still occupied, and the sum told with it ------------------------------------------------

OWED = [
    # units still owing or still occupying are the state, and so is the sum their clause joins with "với tổng số tiền"
    ("Năm 2030 đã kiểm tra 96 doanh nghiệp. Tuy nhiên, vẫn còn 23 doanh nghiệp nợ đóng BHXH từ 03 tháng trở lên với "
     "tổng số tiền 18,6 tỷ đồng; 41 doanh nghiệp chưa gửi báo cáo theo quy định.", [(96, "doanh")]),
    ("Đã tổ chức 06 đêm phố đi bộ. Tuy nhiên, đến nay vẫn chưa có tuyến phố nào hoạt động ổn định; còn 37 hộ lấn chiếm "
     "vỉa hè để kinh doanh.", [(6, "đêm")]),
    ("Tính đến ngày 20/11/2030, trên địa bàn có 146 đơn vị nợ đóng BHXH từ 03 tháng trở lên với tổng số tiền nợ 18,74 "
     "tỷ đồng. Đã khởi kiện 04 đơn vị.", [(4, "đơn")]),
    # counter-cases: what was done with them is a result, with its sum
    ("Đã đôn đốc 23 doanh nghiệp nợ BHXH nộp 18,6 tỷ đồng.", [(23, "doanh"), (18.6e9, "đồng")]),
    ("Hiện xã có 120 hộ nghèo; đã hỗ trợ 40 hộ với tổng số tiền 200 triệu đồng.", [(40, "hộ"), (200e6, "đồng")]),
    ("Đã đôn đốc thu hồi nợ của 23 doanh nghiệp với tổng số tiền 18,6 tỷ đồng.", [(23, "doanh"), (18.6e9, "đồng")]),
    ("Đã giải tỏa 37 hộ lấn chiếm vỉa hè.", [(37, "hộ")]),
]


@pytest.mark.parametrize(("body", "figures"), OWED)
def test_what_is_still_owed_is_the_state(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == sorted(figures)


# ---- the hazards a place went through ------------------------------------------------------------------------------

HAZARDS = [
    # storms and rains a place was hit by are incidents that happened, the list after the verb too
    ("Năm 2030, tỉnh chịu ảnh hưởng của 03 cơn bão, 01 áp thấp nhiệt đới và 04 đợt mưa lớn diện rộng. Đã tu bổ 18,6 km "
     "đê.", [(18.6, "km")]),
    ("Trong mùa mưa, huyện chịu tác động của 02 trận lũ và 01 đợt rét đậm. Đã nạo vét 46 km kênh.", [(46, "km")]),
    # counter-cases: what was done about them stays a result; the same nouns without the verb are counted as before
    ("Đã chỉ đạo ứng phó 03 cơn bão, 04 đợt mưa lớn; sơ tán 1.200 hộ.", [(3, "cơn"), (4, "đợt"), (1200, "hộ")]),
    ("Đã tu bổ 18,6 km đê; chịu trách nhiệm 12 công trình thủy lợi.", [(12, "công"), (18.6, "km")]),
]


@pytest.mark.parametrize(("body", "figures"), HAZARDS)
def test_the_hazards_a_place_went_through_are_no_figures(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == sorted(figures)


# ---- a rate schedule the sentence says the rules set ---------------------------------------------------------------

GUIDE = ("TỈNH ỦY AN HÒA\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO VÀ DÂN VẬN\t\nSố 51-HD/BTGDVTU\tAn Hòa, ngày 16 tháng 01 "
         "năm 2031\n\nHƯỚNG DẪN\nTuyên truyền chính sách bảo hiểm xã hội năm 2031\n\n")
RULES_RATES = [
    # the law's rates by category, restated with their source: no target of the guide
    ("Phấn đấu 100% chi bộ tổ chức sinh hoạt chuyên đề. Tuyên truyền mức Nhà nước hỗ trợ đóng bảo hiểm xã hội tự nguyện "
     "là 30% đối với người thuộc hộ nghèo, 25% đối với người thuộc hộ cận nghèo và 10% đối với các đối tượng khác theo "
     "quy định.", [(100, "%")]),
    ("Phấn đấu 100% chi bộ tổ chức sinh hoạt chuyên đề. Người tham gia được giảm 20% đối với thành viên thứ hai trong hộ "
     "gia đình theo quy định của pháp luật.", [(100, "%")]),
    # counter-cases: the document's own rates by category (no source named), and a source without a category
    ("Ngân sách xã hỗ trợ 50% đối với hộ nghèo, 30% đối với hộ cận nghèo.", [(30, "%"), (50, "%")]),
    ("Phấn đấu 95% dân số tham gia bảo hiểm y tế theo quy định.", [(95, "%")]),
]


@pytest.mark.parametrize(("body", "figures"), RULES_RATES)
def test_the_rules_rates_restated_are_no_target(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(GUIDE, body) == sorted(figures)


# ---- work on what was damaged or lost -------------------------------------------------------------------------------

REPAIRED = [
    # the things repaired and the people found work are counted, though a damage word follows them
    ("Nhiệm vụ năm 2031: phấn đấu giới thiệu việc làm cho ít nhất 1.200 lao động bị mất việc.", [(1200, "lao")]),
    ("Nhiệm vụ năm 2031: hoàn thành sửa chữa 24 hồ chứa nhỏ hư hỏng trước mùa mưa bão.", [(24, "hồ")]),
    ("Năm 2030 đã khắc phục 12 công trình bị hư hỏng do mưa lũ.", [(12, "công")]),
    # counter-cases: the damage itself stays no figure
    ("Mưa lớn làm 24 hồ chứa nhỏ hư hỏng, 1.200 lao động bị mất việc. Đã gia cố 3 km đê.", [(3, "km")]),
]


@pytest.mark.parametrize(("body", "figures"), REPAIRED)
def test_work_on_what_was_damaged_counts(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == sorted(figures)


# ---- a threshold of what the things a rule is about employ or have -------------------------------------------------

THRESHOLDS = [
    # the bound says which firms or households the duty or the grant is for: no figure
    ("Năm 2030 đã kiểm tra 96 doanh nghiệp. Đề nghị doanh nghiệp sử dụng từ 300 lao động trở lên xây dựng phương án bảo "
     "đảm việc làm.", [(96, "doanh")]),
    ("Phấn đấu chuyển đổi 146 ha. Hộ tham gia phải có diện tích chuyển đổi liền vùng từ 0,3 ha trở lên và cam kết sản "
     "xuất theo quy trình VietGAP.", [(146, "ha")]),
    # counter-cases: an amount reached or employed, no bound of whom
    ("Phấn đấu kết nạp mới từ 1.000 hội viên trở lên.", [(1000, "hội")]),
    ("Năm 2030, các dự án đã sử dụng 300 lao động địa phương.", [(300, "lao")]),
]


@pytest.mark.parametrize(("body", "figures"), THRESHOLDS)
def test_a_threshold_of_what_things_employ_or_have_is_no_figure(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == sorted(figures)


# ---- the sender of a công điện copied from its title down ----------------------------------------------------------

TELEGRAM_BODY = ("\n- Giám đốc các Sở, ngành;\n- Chủ tịch UBND các xã, phường.\nĐể chủ động ứng phó mưa lũ, Chủ tịch UBND tỉnh "
                 "yêu cầu các đơn vị sơ tán 318 hộ dân trước 17 giờ 00 ngày 06/11/2030./.\nNơi nhận:\n- Như trên;\n"
                 "- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVõ Ngọc Hiệp\n")
SENDERS = [
    # no letterhead: the body of the office that sends it
    ("📢 [KHẨN] CÔNG ĐIỆN CỦA CHỦ TỊCH UBND TỈNH VỀ ỨNG PHÓ MƯA LŨ\n.\nCÔNG ĐIỆN\nVề việc ứng phó mưa lũ\n\nCHỦ TỊCH ỦY "
     "BAN NHÂN DÂN TỈNH AN HÒA điện:" + TELEGRAM_BODY, "Ủy ban nhân dân tỉnh An Hòa"),
    ("CÔNG ĐIỆN\nVề việc phòng, chống rét đậm\n\nGIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG điện:" + TELEGRAM_BODY,
     "Sở Nông nghiệp và Môi trường"),
    # counter-case: a letterhead names the issuer
    ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN HÒA\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/CĐ-UBND\tAn Hòa, "
     "ngày 05 tháng 11 năm 2030\nCÔNG ĐIỆN\nVề việc ứng phó mưa lũ\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" + TELEGRAM_BODY,
     "ỦY BAN NHÂN DÂN TỈNH AN HÒA"),
]


@pytest.mark.parametrize(("text", "issuer"), SENDERS)
def test_the_sender_of_a_telegram_copied_from_its_title_is_its_issuer(text: str, issuer: str) -> None:
    rec = parse_text(text)
    assert rec.issuer is not None and rec.issuer.name.casefold() == issuer.casefold()  # (scored case-folded)

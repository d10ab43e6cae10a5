"""The fifty-first heldout round's failure classes (invented documents, with counter-cases): a sentence opening with
a place or a body and its "có" ("Thôn có 312 hộ", "chi bộ có 41 đảng viên", "Theo rà soát, toàn huyện có 1.083 hộ
nghèo"), which tells what the place is made of, counted as a result."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT_HEAD = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "XÃ AN HÒA\tĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 09/BC-UBND\tAn Hòa, ngày 14 tháng 01 năm 2030\n\n"
               "BÁO CÁO\nKết quả công tác năm 2029\n\n")
REPORT_TAIL = "\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Văn Bình\n"


def _figures(body: str) -> list[tuple[float, str]]:
    return sorted((q.value, q.unit or "") for q in parse_text(REPORT_HEAD + body + REPORT_TAIL).quantities)


# ---- a place or a body and its "có" opening a sentence: what it is made of, the state of affairs --------------------

STATE_OPENINGS = [
    ("Thôn có 312 hộ, 1.146 nhân khẩu; chi bộ có 41 đảng viên. Trong năm, nhân dân đã làm 3 km đường.\n",
     [(3, "km")]),
    ("Theo rà soát, toàn huyện có 1.083 hộ nghèo, 1.512 hộ cận nghèo cần được hỗ trợ. Hội đã trao 820 suất quà.\n",
     [(820, "suất quà")]),
    ("Qua rà soát, thôn có 12 hộ nghèo.\n", []),
    # counter-cases: what the units achieved right after them; a time word or a cue before the place; a whole
    # place's "có" without a review counts what a year brought (h418, h409)
    ("Chi bộ có 02 đảng viên được tặng Huy hiệu 40 năm tuổi Đảng.\n", [(2, "đảng viên")]),
    ("Năm 2029, thôn có 45 hộ thoát nghèo.\n", [(45, "hộ")]),
    ("Phấn đấu 100% thôn có 01 tổ tự quản về môi trường.\n", [(1, "tổ"), (100, "%")]),
    ("Toàn tỉnh có 1.412 doanh nghiệp thành lập mới.\n", [(1412, "doanh nghiệp")]),
]


@pytest.mark.parametrize(("body", "expected"), STATE_OPENINGS)
def test_a_sentence_opening_with_a_place_and_its_co_tells_the_state(body: str,
                                                                     expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected


# ---- taxes and fees collected, arrears recovered: sums taken in, no rule's rate ------------------------------------

COLLECTED = [
    ("Trong đó:\n- Thu thuế phi nông nghiệp: 186 triệu đồng;\n- Thu phí, lệ phí khác (chứng thực): 42 triệu đồng.\n",
     [(42000000, "đồng"), (186000000, "đồng")]),
    ("Năm 2029, Ban Tài chính đã đôn đốc thu nợ đọng thuế được 28 triệu đồng.\n", [(28000000, "đồng")]),
    ("Việc thu thuế sử dụng đất phi nông nghiệp đã đạt 61%.\n", [(61, "%")]),
    # counter-cases: a rate the rule sets stays no figure of the document's work
    ("Thuế suất thuế thu nhập doanh nghiệp là 20%.\n", []),
    ("Mức thu phí trông giữ xe đạp là 2.000 đồng/lượt.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), COLLECTED)
def test_taxes_and_fees_collected_are_sums_taken_in(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected


# ---- a PDF's running header: the document's own number, a spaced dash and its short title --------------------------

PLAN_HEAD = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "HUYỆN AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
             "Số: 318/KH-UBND\tAn Bình, ngày 04 tháng 12 năm 2029\n\n"
             "KẾ HOẠCH\nPhòng cháy, chữa cháy rừng mùa khô\n\n"
             "Thực hiện Chỉ thị số 21/CT-UBND ngày 20/11/2029 của UBND tỉnh, UBND huyện ban hành Kế hoạch:\n"
             "1. Làm mới 45 km đường băng cản lửa.\n\n")

RUNNING_HEADERS = [
    ("Trang 1/2\nKế hoạch 318/KH-UBND - PCCCR mùa khô 2029 - 2030\n2. Kiện toàn tổ đội.\n", ["21/CT-UBND"]),
    # counter-case: another document's number before a spaced dash is still cited
    ("2. Theo Kế hoạch 412/KH-UBND - PCCCR của UBND tỉnh, kiện toàn tổ đội.\n", ["21/CT-UBND", "412/KH-UBND"]),
]


@pytest.mark.parametrize(("body", "expected"), RUNNING_HEADERS)
def test_the_own_number_in_a_running_header_is_no_citation(body: str, expected: list[str]) -> None:
    record = parse_text(PLAN_HEAD + body + REPORT_TAIL)
    assert sorted((c.number or "").split("-PCCCR")[0] for c in record.citations) == expected


# ---- blood drawn, counted in "đơn vị máu": the bound after the whole unit --------------------------------------------

BLOOD_UNITS = [
    ("Phấn đấu tiếp nhận từ 350 đơn vị máu trở lên.\n", [(350, "gte")]),
    # counter-cases: a bare count of the same unit, a bound after a bare "đơn vị"
    ("Năm 2029, Hội đã tiếp nhận 312 đơn vị máu.\n", [(312, "eq")]),
    ("Phấn đấu tiếp nhận từ 12 đơn vị trở lên.\n", [(12, "gte")]),
]


@pytest.mark.parametrize(("body", "expected"), BLOOD_UNITS)
def test_a_bound_after_blood_units_holds(body: str, expected: list[tuple[float, str]]) -> None:
    record = parse_text(REPORT_HEAD + body + REPORT_TAIL)
    assert sorted((q.value, q.comparator) for q in record.quantities) == expected


# ---- a copy cut before its letterhead, signed "KT. CHI CỤC TRƯỞNG": the head's office is no issuer ------------------

CUT_INVITATION = ("ụ Bảo vệ thực vật\nSố: 31/GM-CCBVTV\tQuy Nhơn, ngày 06 tháng 01 năm 2030\n\nGIẤY MỜI\n"
                  "Dự hội nghị sơ kết vụ Đông Xuân\n\n"
                  "Thực hiện Kế hoạch số 12/KH-SNN ngày 19/12/2029 của Sở Nông nghiệp, "
                  "{body} trân trọng kính mời đại diện lãnh đạo Phòng Kinh tế các huyện dự hội nghị.\n"
                  "Thời gian: 08 giờ 00 ngày 16/01/2030.\n\n"
                  "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{authority}\nPHÓ {position}\n\n\nLê Văn Hùng\n")

CUT_ISSUERS = [
    ("Chi cục Bảo vệ thực vật", "KT. CHI CỤC TRƯỞNG", "CHI CỤC TRƯỞNG", "Chi cục Bảo vệ thực vật"),
    ("Trạm Khuyến nông huyện Tây Sơn", "KT. TRẠM TRƯỞNG", "TRẠM TRƯỞNG", "Trạm Khuyến nông huyện Tây Sơn"),
    # counter-case: a collective authority names the body itself
    ("Chi cục Bảo vệ thực vật", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Ban chỉ đạo"),
]


@pytest.mark.parametrize(("body", "authority", "position", "issuer"), CUT_ISSUERS)
def test_a_heads_office_signed_for_is_no_issuer(body: str, authority: str, position: str,
                                                  issuer: str | None) -> None:
    record = parse_text(CUT_INVITATION.format(body=body, authority=authority, position=position))
    assert (record.issuer.name if record.issuer else None) == issuer


# ---- a reception calendar copied from a DOCX table with tabs: each day in its "Ngày tiếp" column is a sitting -------

CALENDAR_HEAD = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
                 "Số: 05/TB-UBND\tAn Bình, ngày 02 tháng 01 năm 2030\n\nTHÔNG BÁO\nLịch tiếp công dân quý I năm 2030\n\n"
                 "UBND phường thông báo lịch tiếp công dân như sau:\n\n")
CALENDAR_TAIL = "\nThời gian tiếp: buổi sáng.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Văn Bình\n"

CALENDARS = [
    ("TT\tNgày tiếp\tNgười chủ trì\tLĩnh vực\n1\tThứ Năm, 09/01/2030\tChủ tịch UBND phường\tĐất đai\n"
     "2\tThứ Sáu, 24/01/2030\tPhó Chủ tịch\tTrật tự đô thị\n", ["2030-01-09", "2030-01-24"]),
    ("TT\tNgày tổ chức\tNgười chủ trì\tNội dung\n1\tThứ 5, 09/01/2030\tChủ tịch UBND phường\tĐối thoại\n",
     ["2030-01-09"]),
    # counter-case: a plan's task table, led by a unit, its days by-whens
    ("TT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n1\tRà soát hồ sơ\tVăn phòng\tThứ Năm, 09/01/2030\n", []),
]


@pytest.mark.parametrize(("table", "days"), CALENDARS)
def test_a_reception_calendar_tab_table_gives_its_days(table: str, days: list[str]) -> None:
    record = parse_text(CALENDAR_HEAD + table + CALENDAR_TAIL)
    assert sorted(e.date for e in record.events) == days

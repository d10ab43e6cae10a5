"""The twenty-second heldout round's failure classes (invented documents and sentences, with counter-cases):
a markdown figure table whose unit column ('ĐVT', 'Đơn vị tính') names each row's unit and scale; places counted
whose noun opens with 'điểm' (no scoring rubric); a one-letter classifier ('ổ dịch'); a shortfall whose negation a
classifier took, or told as units working at a stand; a rating ('3 sao'); a salt front's reach; a floor area; an
incident at its clock time opening its sentence; a sitting from its clock time on a schedule line; a month cell
first in its row, the meeting after it; days counted in a word before them; an incident's extent after its verb of
happening and 'khác' before its damage; permits cited by kind and number; a signer's name with an apostrophe; a filing's copies ('Hồ sơ ... gồm 01 bộ')."""

from __future__ import annotations

from datetime import date

import pytest

from vanban import parse_text
from vanban.context import Context
from vanban.extract.quantities import extract as quantities
from vanban.extract.schedule import extract as schedule
from vanban.grammar.regexes import NAME_LINE

MD_UNITS = ("| TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2027 | Thực hiện 6 tháng | Tỷ lệ (%) |\n"
            "| 1 | Thu ngân sách | Tỷ đồng | 286 | 171,5 | 60,0 |\n"
            "| 2 | Trồng rừng tập trung | ha | 1.200 | 865 | 72,1 |\n"
            "| 3 | Tỷ lệ tham gia BHYT | % | 95,5 | 93,8 | 98,2 |\n")


@pytest.mark.parametrize("text, expected", [
    # the unit cell gives each row's unit and scale; the header the figures' kind
    (MD_UNITS, [(286e9, "đồng", "target"), (171.5e9, "đồng", "result"), (60, "%", "result"),
                (1200, "ha", "target"), (865, "ha", "result"), (72.1, "%", "result"),
                (95.5, "%", "target"), (93.8, "%", "result"), (98.2, "%", "result")]),
    # without a TT column, headed "Đơn vị tính"
    ("| Nội dung | Đơn vị tính | Kế hoạch | Thực hiện |\n| Khách du lịch | lượt khách | 5.000 | 5.400 |\n",
     [(5000, "lượt khách", "target"), (5400, "lượt khách", "result")]),
    # counter-case: a table of bodies ("Đơn vị" names who, not a unit) with a figure column headed by its noun
    ("| TT | Đơn vị | Số đoàn viên |\n| 1 | Xã An Bình | 36 |\n", [(36, "đoàn viên", "result")]),
    # counter-case: no unit cell, no noun in the header: the figures stay out
    ("| Chỉ tiêu | ĐVT | Kế hoạch |\n| Thu ngân sách |  | 286 |\n", []),
])
def test_a_markdown_unit_column(text: str, expected: list) -> None:
    got = [(q.value, q.unit, q.kind) for q in quantities(Context(text=text, doc_type="BC"))]
    assert got == [(v, u, k) for v, u, k in expected]


@pytest.mark.parametrize("text, expected", [
    ("1. Xử lý 05/05 ổ dịch trong vòng 48 giờ; phun hóa chất cho 2.640 hộ.\n",
     [(5, "ổ dịch"), (2640, "hộ")]),  # the total, 05 outbreaks that happened, no quantity (rounds 41-46)
    ("1. Giải quyết 12/15 hồ sơ; phun hóa chất cho 2.640 hộ.\n", [(12, "hồ sơ"), (15, "hồ sơ"), (2640, "hộ")]),
    ("Tổ chức kỳ thi cho khoảng 18.500 thí sinh tại 42 điểm thi.\n", [(18500, "thí sinh"), (42, "điểm thi")]),
    ("Mở 120 điểm tiêm lưu động và 15 điểm sinh hoạt hè.\n", [(120, "điểm tiêm"), (15, "điểm sinh hoạt")]),
    # counter-case: a rubric's points stay out, its counts with them
    ("Chấm 9 loại lớp, mỗi loại cho 1 điểm.\n", []),
    ("Đã khởi công 1.284 căn, còn 366 căn chưa khởi công.\n", [(1284, "căn")]),
    ("Thành lập mới 14 hợp tác xã; còn 06 hợp tác xã hoạt động cầm chừng, chưa hiệu quả.\n", [(14, "hợp tác xã")]),
    # counter-case: 'còn' before a count of what is still to be done, no shortfall word after
    ("Kế hoạch năm: còn 20 căn nhà phải khởi công trong quý III.\n", [(20, "căn nhà")]),
    ("Có 09 sản phẩm OCOP được công nhận từ 3 sao trở lên.\n", [(9, "sản phẩm")]),
    ("Dự báo ranh mặn 4‰ có khả năng vào sâu 50 - 60 km trên các cửa sông.\n", []),
    ("Hoàn thành cứng hóa 45 km đường giao thông nông thôn.\n", [(45, "km")]),
    ("Công trình có quy mô 09 tầng, tổng diện tích sàn 12.450 m2.\n", []),
    # counter-case: a total of what was counted stays (spec_total)
    ("Buộc tiêu hủy 1.286 con lợn với tổng trọng lượng trên 78 tấn.\n", [(1286, "con lợn"), (78, "tấn")]),
])
def test_round22_counts(text: str, expected: list) -> None:
    got = [(q.value, q.unit) for q in quantities(Context(text=text, doc_type="BC"))]
    assert got == expected


def events_of(text: str, doc_type: str = "KH", issued: date = date(2027, 8, 8)) -> list[tuple[str, str | None]]:
    events, _ = schedule(Context(text=text + "\n", issued_date=issued, doc_type=doc_type))
    return [(e.date, e.end) for e in events]


TIME_FIRST = "| Thời gian | Nội dung | Đơn vị thực hiện |\n|---|---|---|\n"


@pytest.mark.parametrize("text, doc_type, expected", [
    # an incident at its clock time opening its sentence, its verb after a place, in a letter written after it
    ("Khoảng 22 giờ ngày 30/7/2027, tại khu vực Khóm 3, phường An Hòa xảy ra sạt lở bờ sông Hậu.", "TTr",
     [("2027-07-30T22:00", None)]),
    ("Vào lúc 14 giờ 30 phút ngày 02/8/2027, trên Quốc lộ 1 đã xảy ra vụ tai nạn giao thông.", "CV",
     [("2027-08-02T14:30", None)]),
    # a sitting on a schedule line from its clock time
    ("- Sáng thứ Năm, ngày 15/7/2027: Phiên chất vấn.\n- Từ 8 giờ 00 thứ Sáu, ngày 16/7/2027: Biểu quyết; bế mạc.",
     "GM", [("2027-07-15", None), ("2027-07-16T08:00", None)]),
    # a month in a time column that comes first, the row's meeting after it
    (TIME_FIRST + "| Tháng 11/2027 | Hội nghị sơ kết, đánh giá kết quả | Sở KH&CN |", "KH", [("2027-11", None)]),
    # days counted in a word before them
    ("3. Hành trình về nguồn tới Thành cổ Quảng Trị trong hai ngày 17 - 18/7/2027 (50 đại biểu).", "HD",
     [("2027-07-17", "2027-07-18")]),
])
def test_events_of_round22(text: str, doc_type: str, expected: list) -> None:
    assert events_of(text, doc_type, date(2027, 6, 1) if doc_type in ("GM", "KH", "HD") else date(2027, 8, 8)) \
        == expected


@pytest.mark.parametrize("text, doc_type", [
    # counter-cases: a background day without its clock time; a start, not a sitting (a task's month in a time
    # column is its row's event since rounds 35-46's leftovers: test_leftovers46d)
    ("Ngày 30/7/2027, tại khu vực Khóm 3 xảy ra sạt lở bờ sông Hậu.", "TTr"),
    ("- Từ ngày 01/7/2027: áp dụng mức thu phí mới.", "TB"),
])
def test_no_events_of_round22(text: str, doc_type: str) -> None:
    assert events_of(text, doc_type, date(2027, 8, 8) if doc_type == "TTr" else date(2027, 6, 1)) == []


@pytest.mark.parametrize("text, expected", [
    # an incident's extent after a verb of happening, and 'khác' between a unit and its damage
    ("Khoảng 22 giờ ngày 30/7/2027 xảy ra sạt lở bờ sông với chiều dài khoảng 85 m, ăn sâu vào đất liền 12 m, làm "
     "04 căn nhà bị sụp, 09 căn nhà khác bị nứt, lún.\n", []),
    # counter-cases: work done after the incident is told; work planned in another sentence
    ("Sau khi xảy ra sự cố, đơn vị đã nạo vét 120 m kênh.\n", [(120, "m")]),
    ("Năm 2026 xảy ra 03 vụ cháy rừng. Năm 2027 trồng mới 1.200 ha rừng.\n", [(1200, "ha")]),
    ("Kè tạm đoạn bờ sông bị sạt lở dài 150 m: 2.480.000.000 đồng.\n", [(150, "m"), (2480000000, "đồng")]),
])
def test_an_incidents_extent(text: str, expected: list) -> None:
    got = [(q.value, q.unit) for q in quantities(Context(text=text, doc_type="TTr"))]
    assert got == expected


HEAD = "SỞ XÂY DỰNG\nSố: 1582/SXD-QLXD\nKhánh Hòa, ngày 18 tháng 8 năm 2027\nV/v phúc đáp\n"


@pytest.mark.parametrize("body, expected", [
    ("Công trình đã được cấp Giấy phép xây dựng số 86/GPXD ngày 15/3/2026.", [("86/GPXD", "GP", "2026-03-15")]),
    ("Theo Giấy phép môi trường số 12/GPMT-UBND ngày 01/02/2026 của UBND tỉnh.", [("12/GPMT-UBND", "GP", "2026-02-01")]),
    # counter-cases: a business registration code, a permit named without a number
    ("Doanh nghiệp có Giấy phép kinh doanh số 0301234567 cấp ngày 01/02/2020.", []),
    ("Đề nghị Công ty hoàn thiện hồ sơ đề nghị cấp giấy phép xây dựng.", []),
])
def test_permits_cited(body: str, expected: list) -> None:
    rec = parse_text(HEAD + body + "\n")
    assert [(c.number, c.doc_type, c.date) for c in rec.citations] == expected


SIGN = "Nơi nhận:\n- Như trên;\n- Lưu VP.\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\n\n"


@pytest.mark.parametrize("name", ["K' Điệp", "Ka H'Hương", "K'Brỏi Ktla", "Nguyễn Thị Minh"])
def test_a_signer_name_with_an_apostrophe(name: str) -> None:
    rec = parse_text("BCH ĐOÀN TỈNH LÂM ĐỒNG\nSố: 56-HD/TĐTN\nLâm Đồng, ngày 24 tháng 6 năm 2027\nHƯỚNG DẪN\n"
                     "Về việc tổ chức hoạt động hè\nCác cơ sở Đoàn triển khai thực hiện.\n" + SIGN + name + "\n")
    assert rec.signer.name == name


@pytest.mark.parametrize("line", ["K'", "Nguyễn 'Văn", "Trả lời'", "K' điệp"])
def test_an_apostrophe_makes_no_name_of_other_lines(line: str) -> None:
    # counter-cases: a letter and an apostrophe alone, an apostrophe opening a word, lower-case words
    assert NAME_LINE.match(line) is None


@pytest.mark.parametrize("text, doc_type, expected", [
    ("Hồ sơ đề nghị điều chỉnh giấy phép gồm 01 bộ theo Mẫu số 01 Phụ lục II.\n", "CV", []),
    ("Số lượng hồ sơ: 01 bộ.\n", "CV", []),
    ("Hồ sơ gồm 02 bản sao giấy phép.\n", "CV", []),
    # counter-cases: dossiers handled are counted; a whole's parts; copies printed for a campaign
    ("Tiếp nhận 1.250 bộ hồ sơ, trả đúng hạn 1.200 bộ.\n", "BC", [(1250, "bộ hồ sơ"), (1200, "bộ")]),
    ("Hồ sơ dự thi gồm 04 dự án.\n", "CV", [(4, "dự án")]),
    ("In ấn tờ rơi, số lượng: 500 bản.\n", "KH", [(500, "bản")]),
])
def test_a_filings_copies(text: str, doc_type: str, expected: list) -> None:
    assert [(q.value, q.unit) for q in quantities(Context(text=text, doc_type=doc_type))] == expected

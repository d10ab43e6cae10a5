"""Events of unfamiliar documents (issue 10 class 9): what a notice reports, day pairs, downtime
windows, "từ A đến B" as one event with `end` (docs/RECORD.md 1.1), clock spans, joined dates, an
occasion's date inside its quoted name. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from vanban.context import Context
from vanban.extract.schedule import extract


def events_of(text: str, issued: date, doc_type: str | None = "TB"):
    return extract(Context(text=text + "\n", issued_date=issued, doc_type=doc_type))[0]


@pytest.mark.parametrize("text, issued, expected", [
    ("Ngày 05/11/2025, tại trụ sở, đồng chí Chủ tịch UBND tỉnh đã có buổi làm việc với Sở Y tế.",
     date(2025, 11, 10), [("2025-11-05", None)]),
    ("- Ngày 03/11/2025, Thứ trưởng chủ trì cuộc họp với các đơn vị; đã kiểm tra tiến độ.",
     date(2025, 11, 10), [("2025-11-03", None)]),
    ("Trong các ngày 08 và 09 tháng 11 năm 2025, lãnh đạo tỉnh đã dự Lễ khởi công cầu Đông Hải.",
     date(2025, 11, 10), [("2025-11-08", "2025-11-09")]),
    ("Hệ thống tạm dừng cung cấp dịch vụ từ 20h00 ngày 06/12/2025 đến 06h00 ngày 07/12/2025.",
     date(2025, 12, 1), [("2025-12-06T20:00", "2025-12-07T06:00")]),
    ("Hội thi được tổ chức từ ngày 08/12/2025 đến ngày 10/12/2025 tại Nhà văn hóa tỉnh.",
     date(2025, 12, 1), [("2025-12-08", "2025-12-10")]),
    ("Thời gian: 07h00 – 11h00 ngày 08/12/2014 và ngày 09/12/2014.",
     date(2014, 12, 1), [("2014-12-08T07:00", "2014-12-08T11:00"), ("2014-12-09", None)]),
    ("Tỉnh đoàn tổ chức Ngày hội “Chủ nhật xanh 15/3/2026” tại các xã.",
     date(2026, 2, 20), [("2026-03-15", None)]),
    # what a công điện reports happened, a range opening its sentence
    ("Từ ngày 24/10/2025 đến ngày 27/10/2025, trên địa bàn tỉnh xảy ra mưa lớn diện rộng.",
     date(2025, 10, 28), [("2025-10-24", "2025-10-27")]),
    ("Đêm 14/9/2025, bão số 5 đổ bộ vào vùng ven biển, gây mưa to.",
     date(2025, 9, 16), [("2025-09-14", None)]),
])
def test_reported_and_ranged_events(text: str, issued: date, expected: list) -> None:
    assert [(e.date, e.end) for e in events_of(text, issued)] == expected


def test_a_cong_dien_reports_the_situation_it_answers() -> None:
    text = "Từ ngày 24/10/2025 đến ngày 27/10/2025, trên địa bàn tỉnh xảy ra mưa lớn diện rộng."
    assert [(e.date, e.end) for e in events_of(text, date(2025, 10, 28), "CĐ")] == [("2025-10-24", "2025-10-27")]
    # a plan's background is not its activity
    assert events_of(text, date(2025, 10, 28), "KH") == []


@pytest.mark.parametrize("text, issued", [
    # a date opening a sentence about issuing a text is a citation's story, not an event
    ("Ngày 07/7/2025, Ban Bí thư ban hành Công văn số 1134-CV/TWĐTN-CNĐT chỉ đạo các tỉnh.", date(2025, 7, 20)),
    # an effective period of a fee schedule
    ("- Từ ngày 01/7/2025 đến ngày 31/12/2026: 30.000 đồng/bộ hồ sơ.", date(2025, 6, 1)),
])
def test_not_events(text: str, issued: date) -> None:
    assert events_of(text, issued, "QĐ") == []


@pytest.mark.parametrize("text, expected", [
    # a time label with a second item, or a label running into a day range without a colon
    ("1. Thời gian, địa điểm: từ ngày 14/11/2025 đến ngày 15/11/2025, tại Trường Đại học Vinh.",
     [("2025-11-14", "2025-11-15")]),
    ("Thời gian và địa điểm tổ chức: ngày 20/11/2025, tại Nhà văn hóa.", [("2025-11-20", None)]),
    ("Thời gian học từ ngày 17/11/2025 đến ngày 21/11/2025.", [("2025-11-17", "2025-11-21")]),
    ("2. Thời gian thực hiện: từ ngày 15/11/2025 đến ngày 15/12/2025.", [("2025-11-15", "2025-12-15")]),
    # an occasion between "vào" and the date
    ("Tổng kết, khen thưởng vào buổi chào cờ ngày 06/10/2025.", [("2025-10-06", None)]),
    ("Trao giải vào dịp kỷ niệm ngày 26/3/2026.", [("2026-03-26", None)]),
    ("Ra quân làm sạch môi trường vào sáng Chủ nhật ngày 14/12/2025.", [("2025-12-14", None)]),
    # an activity heading an item, its days after a colon
    ("3. Phỏng vấn tuyển chọn: từ ngày 12/9/2025 đến ngày 14/9/2025 tại Nhà Văn hóa.", [("2025-09-12", "2025-09-14")]),
    # an occasion and its days
    ("Ngày Chủ nhật xanh vào ngày 08/3/2026; Hội trại truyền thống từ ngày 24/3 đến ngày 26/3/2026.",
     [("2026-03-08", None), ("2026-03-24", "2026-03-26")]),
    # a schedule's lines: a date heading an item, what happens on it after a colon
    ("- Thứ Hai, ngày 01/12/2025: trẻ em các thôn Đông, Tây;\n- Thứ Tư, ngày 03/12/2025: các thôn Nam, Bắc.",
     [("2025-12-01", None), ("2025-12-03", None)]),
    # not events: a report's quarter opening its sentence, a label running into a single date
    ("Trong quý III, các cơ sở Đoàn đã tổ chức 46 buổi sinh hoạt chính trị.", []),
    ("Thời gian nộp hồ sơ trước ngày 20/11/2025.", []),
    ("- Hạn nộp hồ sơ trước ngày 20/11/2025: các chi đoàn gửi về Văn phòng.", []),  # a deadline heads it
    # a numbered round of a campaign and its days; a label naming the activity's time
    ("1. Đợt 1: tiêm phòng từ ngày 01/10/2025 đến ngày 30/10/2025; đợt 2 từ ngày\n01/11/2025 đến ngày 30/11/2025.",
     [("2025-10-01", "2025-10-30"), ("2025-11-01", "2025-11-30")]),
    ("2. Thời gian hoạt động: từ ngày 15/10/2025 đến ngày 15/11/2025.", [("2025-10-15", "2025-11-15")]),
    # a spell of weather is no round ("đợt mưa lũ"), a programme's name no duty ("Chương trình ... vào lúc")
    ("Khắc phục hậu quả đợt mưa lũ từ ngày 16 đến ngày 22/11/2025.", []),
    ("1. Tổ chức Chương trình nghệ thuật chào mừng vào lúc 19 giờ 30 ngày 02/10/2025 tại Quảng trường.",
     [("2025-10-02T19:30", None)]),
    # a day that recurs is no dated occasion (the month would be made up from the letter's date)
    ("Các chi bộ sinh hoạt định kỳ vào ngày mồng 5 hằng tháng.", []),
    ("Chi đoàn tổ chức sinh hoạt vào ngày 15 hàng tháng tại hội trường.", []),
    ("Kỷ niệm vào ngày 26 tháng 3 hằng năm.", []),
])
def test_time_labels_and_occasions(text: str, expected: list) -> None:
    assert [(e.date, e.end) for e in events_of(text, date(2025, 9, 3), "KH")] == expected


TASKS = """| STT | Nội dung | Thời gian | Đơn vị thực hiện |
|---|---|---|---|
| 1 | Nhận hồ sơ dự thi | Trước ngày 28/02/2026 | Văn phòng |
| 2 | Chung kết và trao giải | Ngày 26/3/2026 | Ban Tổ chức |
| 3 | Tổng kết | Tháng 4/2026 | Ban Tổ chức |
"""


def test_a_date_alone_under_a_date_header_is_the_rows_event() -> None:
    table = "| Ngày | Buổi | Môn thi |\n|---|---|---|\n| 10/3/2026 | Sáng | Toán |\n| 11/3/2026 | Sáng | Vật lí |\n"
    evs = extract(Context(text=table, issued_date=date(2026, 2, 12), doc_type="TB"))[0]
    assert [e.date for e in evs] == ["2026-03-10", "2026-03-11"]


def test_a_date_alone_under_a_time_header_is_the_rows_event() -> None:
    evs, dls = extract(Context(text=TASKS, issued_date=date(2025, 12, 1), doc_type="KH"))
    # the month too: a plan's timeline month is when its row's activity happens, a meeting or a task (rounds 35-46's leftovers)
    assert [(e.date, e.end) for e in evs] == [("2026-03-26", None), ("2026-04", None)]
    assert [d.due for d in dls] == ["2026-02-28"]



@pytest.mark.parametrize("text, doc_type, expected", [
    # a numbered phase of a plan, over days or over months
    ("Giai đoạn 1: từ ngày 10/3/2026 đến ngày 30/4/2026, rà soát, lập danh sách.\n"
     "Giai đoạn 2: từ tháng 9/2026 đến hết tháng 11/2026, thẩm định và trao giấy.", "KH",
     [("2026-03-10", "2026-04-30"), ("2026-09", "2026-11")]),
    # a term is no phase; a month range without a numbered phase stays background
    ("Thực hiện trong giai đoạn 2026 - 2030 từ tháng 01/2026 đến tháng 12/2030.", "KH", []),
    # a meeting held in a numeric month; a bare "trong tháng" stays background
    ("Tổ chức sơ kết vào ngày 08/5/2026; tổng kết kế hoạch trong tháng 12/2026.", "KH",
     [("2026-05-08", None), ("2026-12", None)]),
    ("Trong tháng 12/2026, toàn huyện có 45 hộ thoát nghèo.", "KH", []),
    # a part of the day between "từ"/"đến" and the day
    ("Từ đêm ngày 17/10/2026 đến sáng ngày 20/10/2026, trên địa bàn tỉnh đã xảy ra mưa to.", "CĐ",
     [("2026-10-17", "2026-10-20")]),
    # days opening a sentence mid-paragraph, before what was done on them
    ("Mưa lũ làm 1.245 nhà bị ngập. Trong các ngày 19 và 20 tháng 10 năm 2026, lực lượng vũ trang đã huy động "
     "1.850 lượt cán bộ.", "CĐ", [("2026-10-19", "2026-10-20")]),
    # a campaign's days in brackets after what was carried out
    ("Sau 07 ngày triển khai (từ 26/7 đến 01/8/2026), Chiến dịch đã khép lại.", "BC", [("2026-07-26", "2026-08-01")]),
])
def test_phases_months_and_reported_ranges(text: str, doc_type: str, expected: list) -> None:
    assert [(e.date, e.end) for e in events_of(text, date(2026, 3, 3), doc_type)] == expected


WEEK = ("Thứ Hai (23/3):\n- 07h30: Đồng chí Bí thư dự chào cờ đầu tuần.\n- 14h00: Làm việc với Đảng ủy xã Cát Tân.\n"
        "Thứ Tư (25/3):\n- 08h00 - 11h00: Hội nghị Ban Thường vụ.\nThứ Sáu, ngày 27/3/2026:\n- Cả ngày: dự Hội nghị trực tuyến.\n"
        "\nGhi chú: gửi tài liệu trước 16h00 ngày 24/3/2026.\n- 09h00: không thuộc ngày nào.\n")


def test_a_weekly_schedule_gives_each_timed_line_its_heading_day() -> None:
    evs, dls = extract(Context(text=WEEK, issued_date=date(2026, 3, 23), doc_type="TB"))
    assert [e.date for e in evs] == ["2026-03-23T07:30", "2026-03-23T14:00", "2026-03-25T08:00", "2026-03-27"]
    assert [d.due for d in dls] == ["2026-03-24T16:00"]


@pytest.mark.parametrize("text, doc_type, issued, expected", [
    # an item number's full stop ends no sentence: the date heads its item
    ("1. Ngày 05/5/2026 (Thứ Ba): từ 7 giờ 30 đến 11 giờ 00, đồng chí Chủ tịch tiếp công dân.", "TB",
     date(2026, 4, 28), [("2026-05-05", None)]),
    # a plan's month heading an item
    ("- Tháng 3/2026: kiểm tra Chi bộ Phòng Giáo dục Trung học.\n- Tháng 6/2026: giám sát Chi bộ Văn phòng.", "KH",
     date(2026, 2, 6), [("2026-03", None), ("2026-06", None)]),
    # what was reported after an attribution ("Theo Công điện, ..."), weather as what happened
    ("Theo Công điện, từ ngày 06/11 đến ngày 09/11/2026, tại các tỉnh Trung Bộ đã xảy ra mưa lớn.", None,
     None, [("2026-11-06", "2026-11-09")]),
    ("Từ 05 giờ đến 10 giờ ngày 25/9/2026, mưa rất to, nước biển dâng cao.", "BC", date(2026, 9, 26),
     [("2026-09-25T05:00", "2026-09-25T10:00")]),
    # a forecast after "Theo dự báo," with no verb of what happened keeps its other readings
    ("Theo dự báo, từ ngày 20/12/2025 đến ngày 25/12/2025, trên địa bàn tỉnh có rét đậm, rét hại.", "CĐ",
     date(2025, 12, 18), [("2025-12-20", "2025-12-25")]),
])
def test_item_numbers_months_and_attributions(text: str, doc_type: str | None, issued: date | None,
                                               expected: list) -> None:
    evs = extract(Context(text=text + "\n", issued_date=issued, doc_type=doc_type))[0]
    assert [(e.date, e.end) for e in evs] == expected

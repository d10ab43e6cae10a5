"""Events of the nineteenth heldout round's failure classes (invented sentences, with counter-cases): an
occasion moved 'từ <old> sang <new>' and a tentative time in brackets of a notice that moves it; what a report
tells was done on a span opening its sentence ('Trong hai ngày ...', 'Từ ngày ... đến ngày ... ra quân'); an
item's time after 'giữ nguyên', a day-part or 'trong các ngày', also on a one-line copy; a span of months in an
item; weekdays between a 'Thời gian:' label's duration and its days; the solar date of a lunar one; a message's
emoji lines; a programme's timed lines under a line naming its day; and in the time grammar two consecutive days
with their weekdays joined by 'và', a weekday with its date in brackets inside a range, 'CN' for Sunday."""

from __future__ import annotations

from datetime import date

import pytest

from vanban.context import Context
from vanban.extract.schedule import extract
from vanban.grammar.timex import find_times


def events_of(text: str, issued: date | None = date(2027, 1, 5), doc_type: str = "KH") -> list[tuple[str, str | None]]:
    events, _ = extract(Context(text=text + "\n", issued_date=issued, doc_type=doc_type))
    return [(e.date, e.end) for e in events]


@pytest.mark.parametrize("text, value, end", [
    ("trong các ngày thứ Bảy 10/4 và Chủ nhật 11/4/2027", "2027-04-10", "2027-04-11"),
    ("thứ Hai, 15/3 và thứ Ba, 16/3/2027", "2027-03-15", "2027-03-16"),
    ("từ thứ Sáu (08/01/2027) đến hết thứ Ba (12/01/2027)", "2027-01-08", "2027-01-12"),
])
def test_two_days_read_as_one_span(text: str, value: str, end: str) -> None:
    [t] = [t for t in find_times(text) if t.kind == "period"]
    assert (t.value, t.end_value) == (value, end)


@pytest.mark.parametrize("text", [
    "thứ Bảy 10/4 và thứ Bảy 17/4/2027",  # a week apart: two dates
    "ngày 10/4/2027 và ngày 11/4/2027",  # no weekday: each a date, as before
    "10/4 và 11/5/2027",  # different months
])
def test_two_dates_stay_two(text: str) -> None:
    assert not [t for t in find_times(text) if t.kind == "period"]


def test_a_weekday_keeps_its_bracketed_date_whole() -> None:
    [t] = [t for t in find_times("Ra quân thứ Sáu (08/01/2027), tại sân") if t.kind == "date"]
    assert t.text == "thứ Sáu (08/01/2027)"


def test_cn_is_sunday_only_before_a_date() -> None:
    [t] = [t for t in find_times("📅 CN 14/3/2027: Ngày hội") if t.kind == "date"]
    assert (t.value, t.weekday) == ("2027-03-14", 6)
    assert not [t for t in find_times("Sở KH&CN tỉnh") if t.kind != "weekday"]


@pytest.mark.parametrize("text, doc_type, events", [
    # moves: the old time is no event, the new one is
    ("2. Vòng chung kết: chuyển từ thứ Bảy ngày 20/3/2027 sang sáng thứ Bảy, ngày 27/3/2027, tại Trường THPT.", "CV",
     [("2027-03-27", None)]),
    ('📅 Ngày hội hiến máu "Giọt hồng": LÙI từ 13/3/2027 sang sáng thứ 7 (20/3/2027), chỉ tiêu 60 đơn vị máu', "TB",
     [("2027-03-20", None)]),
    ("Hội nghị (dự kiến ngày 12/5/2027) được hoãn lại, tổ chức vào 14 giờ 00 thứ Sáu ngày 14/5/2027.", "TB",
     [("2027-05-14T14:00", None)]),
    ("Theo kế hoạch, UBND huyện tổ chức Hội chợ (dự kiến từ ngày 18/12/2026 đến ngày 22/12/2026). Nay Hội chợ "
     "được dời lại, tổ chức từ ngày 08/01/2027 đến ngày 12/01/2027.", "TB",
     [("2027-01-08", "2027-01-12")]),
    # a move's new day restated with its hour is one event
    ("UBND tỉnh lùi thời gian tổ chức Hội nghị từ ngày 12/01/2027 sang ngày 15/01/2027.\n"
     "3. Thời gian: 01 buổi, bắt đầu từ 7 giờ 30 phút, thứ Sáu ngày 15 tháng 01 năm 2027.", "GM",
     [("2027-01-15T07:30", None)]),
    # counter-cases: rain from one night into the next day is a span, nothing moved; a tentative time in brackets of
    # a plan that moves nothing stays its event
    ("Mưa lớn kéo dài từ đêm 13/3/2027 sang ngày 14/3/2027 trên địa bàn.", "KH", []),
    ("Lễ ra quân (dự kiến 07h30 ngày 20/4/2027) tại sân vận động huyện.", "KH", [("2027-04-20T07:30", None)]),
    ("Lễ ra quân (dự kiến 07h30 ngày 20/4/2027) được hoãn lại đến khi có thông báo mới.", "TB", []),
])
def test_moved_occasions(text: str, doc_type: str, events: list) -> None:
    assert events_of(text, doc_type=doc_type) == events


@pytest.mark.parametrize("text, events", [
    ("- Trong hai ngày 09 và 10/12/2026, Trạm Y tế xã phối hợp Bệnh viện huyện khám sàng lọc cho 412 người.",
     [("2026-12-09", "2026-12-10")]),
    ("- Từ ngày 14 đến ngày 18/12/2026 ra quân tổng vệ sinh môi trường, thu gom 7,8 tấn rác.",
     [("2026-12-14", "2026-12-18")]),
    ("- Từ ngày 05 - 07/11/2026, phối hợp tổ chức Phiên chợ nông sản an toàn tại thị trấn.",
     [("2026-11-05", "2026-11-07")]),
    ("- Ngày 20 tháng 11 năm 2026, mở lớp tập huấn kỹ thuật trồng lúa cho 120 hội viên.", [("2026-11-20", None)]),
    # counter-cases: a single day after 'Từ' is a start (an effective date); a span that opens a report's count
    ("Từ ngày 01/12/2026, các cơ quan tổ chức thực hiện Quy định này.", []),
    ("- Từ ngày 14 đến ngày 18/12/2026 lượng mưa trung bình 120 mm.", []),
])
def test_what_a_report_tells_was_done(text: str, events: list) -> None:
    assert events_of(text, issued=date(2026, 12, 28), doc_type="BC") == events


@pytest.mark.parametrize("text, events", [
    ("Kính gửi: các trường THPT. Sở thông báo như sau: 1. Vòng sơ khảo (chấm hồ sơ): giữ nguyên từ 08/3 đến "
     "12/3/2027. 2. Các đơn vị gửi hồ sơ về Sở.", [("2027-03-08", "2027-03-12")]),
    ("- Tổng duyệt vòng chung kết: chiều 24/4/2027.", [("2027-04-24", None)]),
    ("3. Ra quân tổng vệ sinh đồng loạt: buổi sáng Chủ nhật, ngày 02/5/2027 (các xã chủ động bố trí giờ).",
     [("2027-05-02", None)]),
    ("- Vòng sơ loại: trong các ngày thứ Bảy 10/4 và Chủ nhật 11/4/2027, tại Nhà Thiếu nhi huyện.",
     [("2027-04-10", "2027-04-11")]),
    ("- Đại hội Đoàn các xã, thị trấn: từ tháng 3 đến tháng 5/2027; hoàn thành trước ngày 31/5/2027.",
     [("2027-03", "2027-05")]),
    ("1. Thời gian: 02 ngày, thứ Sáu và thứ Bảy (18 - 19/6/2027).", [("2027-06-18", "2027-06-19")]),
    ("4. Gặp mặt đầu Xuân vào ngày mùng 8 tháng Giêng (tức ngày 13/02/2027); mỗi chi bộ cử 02 đồng chí.",
     [("2027-02-13", None)]),
    # counter-cases: a report's item after its label is a by-when, not an occasion; a solar date restating a lunar
    # one that nothing holds; a label whose kept time is not its own ('giữ nguyên' a rule's date)
    ("- Báo cáo kết quả: giữ nguyên trước ngày 20/4/2027.", []),
    ("Ngày mùng 8 tháng Giêng (tức ngày 13/02/2027) là ngày đẹp.", []),
])
def test_items_and_labels(text: str, events: list) -> None:
    assert events_of(text) == events


def test_a_messages_emoji_lines() -> None:
    text = ("📅 Thứ 7 (06/3/2027): Lễ ra quân Tháng Thanh niên, tập trung 6h30 tại sân UBND phường\n"
            "📅 CN 14/3/2027: Ngày hội chuyển đổi số, ít nhất 200 lượt người dân\n"
            "📅 Tối 26/3/2027 lúc 19h30: Đêm giao lưu văn nghệ\n"
            "👉 Năm ngoái 27/3/2026 tụi mình kết nạp được 27 bạn\n")  # counter-case: no colon after the day
    assert events_of(text, issued=None, doc_type="TB") == [
        ("2027-03-06", None), ("2027-03-14", None), ("2027-03-26T19:30", None)]


def test_a_programme_under_a_line_naming_its_day() -> None:
    text = ("1. Chương trình ngày 19/5/2027 (thứ Tư) tại Khu di tích Kim Liên\n"
            "- 06h00 - 06h30: Các đoàn đại biểu tập trung tại Nhà đón tiếp.\n"
            "- 06h45: Lễ dâng hoa, dâng hương.\n"
            "- 08h00 - 10h30: Lễ mít tinh kỷ niệm.\n")
    assert events_of(text, issued=date(2027, 5, 7), doc_type="TB") == [
        ("2027-05-19T06:00", "2027-05-19T06:30"), ("2027-05-19T06:45", None), ("2027-05-19T08:00", "2027-05-19T10:30")]


def test_a_dated_line_without_timed_lines_under_it_is_no_heading() -> None:
    # counter-case: the next line holds a clock time inside a sentence, not a programme's line
    text = ("1. Báo cáo gửi trước ngày 19/5/2027 về Văn phòng.\n"
            "Mọi chi tiết liên hệ 08h00 các ngày làm việc.\n")
    assert events_of(text, issued=date(2027, 5, 7), doc_type="TB") == []

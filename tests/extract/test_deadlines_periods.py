"""Deadlines of schema 1.1 (issue 10 class 10, issue 12): periods, weekly duties on a weekday,
plan task tables read by column, the responsible unit named whole. Invented documents."""

from __future__ import annotations

from datetime import date

import pytest

from vanban.context import Context, Heading
from vanban.extract.schedule import extract

ISSUED = date(2025, 11, 3)


def deadlines_of(text: str, headings: list[Heading] | None = None):
    ctx = Context(text=text, issued_date=ISSUED, headings=headings or [])
    return extract(ctx)[1]


@pytest.mark.parametrize("text, due, period", [
    ("Các sở hoàn thành việc rà soát trong quý I năm 2026.", "2026-03-31", "2026-Q1"),
    ("Các sở hoàn thành việc rà soát trong quý IV/2025.", "2025-12-31", "2025-Q4"),
    ("Các xã gửi báo cáo kết quả trong tháng 12/2025.", "2025-12-31", "2025-12"),
    ("Các xã gửi báo cáo kết quả trong tháng 02 năm 2028.", "2028-02-29", "2028-02"),
    # the completion verb is not next to the period
    ("Hoàn thành số hóa 100% hồ sơ thủ tục hành chính của các sở, ngành trong năm 2026.", "2026-12-31", "2026"),
    ("Chậm nhất ngày 15/12/2025, các đơn vị gửi báo cáo.", "2025-12-15", None),
    # a completion verb, then a cue phrase that also names a campaign ("đợt ... cao điểm trong quý")
    ("Hoàn thành ít nhất 02 đợt tuyên truyền cao điểm trong quý I/2026.", "2026-03-31", "2026-Q1"),
    ("Các đơn vị báo cáo kết quả chậm nhất ngày 15/12/2025.", "2025-12-15", None),
    ("Thời hạn hoàn thành: trước ngày 30/11/2025.", "2025-11-30", None),
    # reaching a standard within a period is done by its end
    ("Phấn đấu xã đạt chuẩn nông thôn mới nâng cao trong quý III năm 2026.", "2026-09-30", "2026-Q3"),
])
def test_due_and_period(text: str, due: str, period: str | None) -> None:
    (d,) = deadlines_of(text + "\n")
    assert (d.due, d.period, d.recurrence) == (due, period, None)


@pytest.mark.parametrize("text", [
    "Trong năm 2026, tỉnh tiếp tục quan tâm công tác chuyển đổi số.",  # background: no completion verb before
    "Hiện nay, trong năm 2026 sẽ có nhiều hoạt động.",
])
def test_a_period_without_a_task_is_no_deadline(text: str) -> None:
    assert deadlines_of(text + "\n") == []


@pytest.mark.parametrize("text, weekday, time", [
    ("Các đơn vị gửi báo cáo tuần về Văn phòng trước 15:00 ngày thứ Sáu hàng tuần.", 5, "15:00"),
    ("Các xã cập nhật số liệu trước 10h00 thứ Hai hằng tuần.", 1, "10:00"),
    ("Các đơn vị gửi báo cáo nhanh trước thứ Năm hằng tuần.", 4, None),
    ("Báo cáo tình hình trước 16 giờ chiều Chủ nhật hàng tuần.", 7, "16:00"),
])
def test_weekly_duty_on_a_weekday(text: str, weekday: int, time: str | None) -> None:
    (d,) = deadlines_of(text + "\n")
    assert d.due is None and d.recurrence is not None
    assert (d.recurrence.freq, d.recurrence.weekday, d.recurrence.time, d.recurrence.day) == (
        "weekly", weekday, time, None)


@pytest.mark.parametrize("text", [
    "Các địa phương báo cáo tình hình về Bộ trước 9h00 và 15h00 hằng ngày.",
    "Các địa phương báo cáo trước 9h00, 15h00 hằng ngày.",
])
def test_two_daily_times_joined(text: str) -> None:
    got = [(d.due, d.recurrence.freq, d.recurrence.time) for d in deadlines_of(text + "\n")]
    assert got == [(None, "daily", "09:00"), (None, "daily", "15:00")]


def test_weekly_without_weekday_keeps_none() -> None:
    (d,) = deadlines_of("Các đơn vị gửi báo cáo hằng tuần trước 15h00.\n")
    assert (d.recurrence.freq, d.recurrence.weekday, d.recurrence.time) == ("weekly", None, "15:00")


PIPE_TABLE = """II. NHIỆM VỤ CỤ THỂ

| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
| 1 | Rà soát, số hóa hồ sơ thủ tục hành chính | Sở Nội vụ | Các sở, ban, ngành | Quý I/2026 |
| 2 | Tổ chức tập huấn cho cán bộ cấp xã | Sở Tư pháp | UBND các xã, phường | Trước ngày 15/12/2025 |
| 3 | Nâng cấp cổng dịch vụ công | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh | Tháng 6/2026 |
"""

LINE_TABLE = """PHỤ LỤC
STT
Nội dung thực hiện
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành
Sản phẩm
1
Xây dựng quy chế phối hợp tìm kiếm cứu nạn
trên địa bàn tỉnh
Sở Khoa học và
Công nghệ
Văn phòng Ban Chỉ huy; các sở, ngành
Trước ngày
30/12/2025
Quyết định
2
Tổ chức diễn tập phòng thủ dân sự
Bộ CHQS tỉnh
Công an tỉnh
2026
"""


def test_markdown_task_table_read_by_column() -> None:
    got = [(d.due, d.period, d.action, d.responsible) for d in deadlines_of(PIPE_TABLE)]
    assert got == [
        ("2026-03-31", "2026-Q1", "Rà soát, số hóa hồ sơ thủ tục hành chính", "Sở Nội vụ"),
        ("2025-12-15", None, "Tổ chức tập huấn cho cán bộ cấp xã", "Sở Tư pháp"),
        ("2026-06-30", "2026-06", "Nâng cấp cổng dịch vụ công", "Sở Khoa học và Công nghệ"),
    ]


def test_cells_one_per_line_read_by_column() -> None:
    got = [(d.due, d.action, d.responsible) for d in deadlines_of(LINE_TABLE)]
    assert got == [
        ("2025-12-30", "Xây dựng quy chế phối hợp tìm kiếm cứu nạn trên địa bàn tỉnh", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "Tổ chức diễn tập phòng thủ dân sự", "Bộ CHQS tỉnh"),
    ]


@pytest.mark.parametrize("title, responsible", [
    ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Đề nghị Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở rà soát", "Sở Nông nghiệp và Môi trường"),
    ("Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia chỉ đạo",
     "Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia"),
    # a long heading that names no unit before its verb gives no responsible, never a cut sentence
    ("Tăng cường công tác tuyên truyền " + "về chuyển đổi số trong cơ quan nhà nước " * 6, None),
])
def test_responsible_from_heading_is_a_whole_name(title: str, responsible: str | None) -> None:
    text = f"1. {title}\nGửi báo cáo về Văn phòng trước ngày 20/12/2025.\n"
    heading = Heading(0, text.index("\n"), "1", title, 1)
    (d,) = deadlines_of(text, [heading])
    assert d.responsible == responsible


@pytest.mark.parametrize("text, freq, day", [
    ("Nộp báo cáo đúng ngày mồng 3 hằng tháng.", "monthly", 3),
    ("Báo cáo quý gửi về Sở Nội vụ vào ngày 15 của tháng cuối quý.", "quarterly", 15),
    ("Các đơn vị báo cáo trước ngày 20 của tháng cuối quý.", "quarterly", 20),
    # a day of the following month: each month's minutes or report, due the next month
    ("Các chi bộ gửi biên bản sinh hoạt về Văn phòng trước ngày 10 của tháng sau để theo dõi.", "monthly", 10),
    ("Báo cáo tháng gửi về Ban Tuyên giáo chậm nhất ngày 05 tháng tiếp theo.", "monthly", 5),
])
def test_recurring_days_in_words(text: str, freq: str, day: int) -> None:
    (d,) = deadlines_of(text + "\n")
    assert d.due is None and (d.recurrence.freq, d.recurrence.day) == (freq, day)


@pytest.mark.parametrize("text, issued, due", [
    # a by-when without its year, before the letter's date in the letter's year: the next year
    ("Các đơn vị gửi số liệu về Văn phòng trước ngày 15/01.", date(2025, 12, 22), "2026-01-15"),
    ("Các đơn vị gửi số liệu về Văn phòng trước 16h00 ngày 05/01.", date(2025, 12, 22), "2026-01-05T16:00"),
    ("Các đơn vị gửi số liệu về Văn phòng trước ngày 28/12.", date(2025, 12, 22), "2025-12-28"),
])
def test_a_yearless_by_when_never_lies_behind(text: str, issued: date, due: str) -> None:
    (d,) = extract(Context(text=text + "\n", issued_date=issued))[1]
    assert d.due == due


@pytest.mark.parametrize("text, weekday", [
    # a part of the day between "vào" and the weekday of a duty
    ("Các chi đội báo cáo sĩ số về Tổng phụ trách Đội vào sáng thứ Hai hằng tuần.", 1),
    ("Các tổ gửi kết quả về Văn phòng vào chiều thứ Sáu hằng tuần.", 5),
])
def test_a_weekly_duty_at_a_part_of_the_day(text: str, weekday: int) -> None:
    (d,) = deadlines_of(text + "\n")
    assert d.due is None and (d.recurrence.freq, d.recurrence.weekday) == ("weekly", weekday)


@pytest.mark.parametrize("text", [
    "Tổ chức Chương trình nghệ thuật chào mừng vào lúc 19 giờ 30 ngày 02/02/2026 tại Quảng trường.",
    "Trưng bày Công trình thanh niên vào ngày 26/3/2026.",
])
def test_a_noun_ending_in_a_duty_verb_makes_no_deadline(text: str) -> None:
    """'Chương trình', 'Công trình' end in 'trình' (to submit) but name a programme or a work."""
    assert deadlines_of(text + "\n") == []


def test_a_meetings_recurring_day_is_no_deadline() -> None:
    """'vào ngày 05 hằng tháng' without a duty's verb is when the cell meets, not a by-when."""
    assert deadlines_of("Chi bộ sinh hoạt thường kỳ mỗi tháng một lần vào ngày 05 hằng tháng.\n") == []


def test_a_day_of_a_relative_month_is_never_a_date() -> None:
    """'ngày 15 của tháng trước đó' has no month of its own: no due date is made up from context."""
    assert deadlines_of("Báo cáo định kỳ gửi vào ngày 15 của tháng trước đó.\n") == []


@pytest.mark.parametrize("text, freq, week, month", [
    ("Các đoàn kiểm tra báo cáo về Chi cục trong tuần cuối cùng của tháng thứ 3 trong quý.", "quarterly", -1, 3),
    ("Báo cáo dư luận xã hội gửi về Ban Tuyên giáo vào tuần đầu tiên của tháng cuối quý.", "quarterly", 1, 3),
    ("Các xã gửi số liệu trong tuần thứ hai của tháng đầu quý.", "quarterly", 2, 1),
    # a delivery verb: what is handed out or over by the week is a duty too
    ("Trung tâm phân bổ vắc xin cho các đơn vị trong tuần đầu tiên của tháng đầu mỗi quý.", "quarterly", 1, 1),
    ("Ban Quản lý bàn giao hồ sơ trong tuần cuối của tháng cuối quý.", "quarterly", -1, 3),
    ("Các chi đoàn nộp báo cáo trong tuần thứ 2 của tháng.", "monthly", 2, None),
    ("Các đơn vị báo cáo trước tuần cuối của mỗi tháng.", "monthly", -1, None),
    ("Các đảng viên đăng ký nội dung với chi ủy trong tuần đầu tiên của tháng đầu quý.", "quarterly", 1, 1),
])
def test_a_week_of_a_relative_month_is_a_recurring_duty(text: str, freq: str, week: int, month: int | None) -> None:
    (d,) = deadlines_of(text + "\n")
    assert d.due is None and d.period is None
    r = d.recurrence
    assert (r.freq, r.week, r.month, r.day, r.weekday) == (freq, week, month, None, None)


@pytest.mark.parametrize("text", [
    "Tuần cuối của mỗi tháng, Ban Thường vụ họp giao ban.",  # when a meeting is held: no by-when cue
    "Chi bộ sinh hoạt chuyên đề 01 buổi/quý, vào tuần cuối của tháng cuối quý.",  # a meeting's week, no duty verb
    "Trong tuần thứ hai của đợt thi đua, các chi đoàn ra quân.",  # a week of a campaign, not of a month
])
def test_a_week_without_a_duty_is_no_deadline(text: str) -> None:
    assert deadlines_of(text + "\n") == []


@pytest.mark.parametrize("text, issued, due, freq", [
    # a one-off letter: one date, in the month after the letter's
    ("Mỗi hội viên nộp quỹ cho tổ trưởng trước ngày 10 của tháng sau.", date(2026, 9, 14), "2026-10-10", None),
    ("Các chi đoàn gửi danh sách chậm nhất ngày 05 tháng tiếp theo.", date(2026, 12, 20), "2027-01-05", None),
    # a month's duty on the line: each month's, by the next
    ("Định kỳ, các tổ gửi số liệu trước ngày 10 của tháng sau.", date(2026, 9, 14), None, "monthly"),
    ("Các tổ nộp quỹ hằng tháng trước ngày 10 của tháng sau.", date(2026, 9, 14), None, "monthly"),
    # no letter date: no month to count from, nothing guessed
    ("Mỗi hội viên nộp quỹ cho tổ trưởng trước ngày 10 của tháng sau.", None, None, None),
])
def test_the_next_months_day_one_off_or_monthly(text: str, issued: date | None, due: str | None,
                                                freq: str | None) -> None:
    dls = extract(Context(text=text + "\n", issued_date=issued))[1]
    if due is None and freq is None:
        assert dls == []
    else:
        (d,) = dls
        assert d.due == due and (d.recurrence.freq if d.recurrence else None) == freq


@pytest.mark.parametrize("text, expected", [
    # the span a weekly duty runs in is no due date of its own
    ("Các huyện đoàn báo cáo nhanh về Ban Phong trào trước 10 giờ thứ Hai hằng tuần trong Tháng Thanh niên.",
     [("weekly", 1, "10:00", None)]),
    # a recurrence before "trước" is still the duty's
    ("Các xã báo cáo kết quả về Phòng Văn hóa hằng tháng trước ngày 25.", [("monthly", None, None, 25)]),
])
def test_a_recurring_duty_and_its_span(text: str, expected: list) -> None:
    dls = extract(Context(text=text + "\n", issued_date=date(2026, 2, 2), doc_type="KH"))[1]
    assert [(d.recurrence.freq, d.recurrence.weekday, d.recurrence.time, d.recurrence.day)
            for d in dls if d.recurrence] == expected and all(d.due is None for d in dls)

"""The events extractor's activity default (pipeline/extract/activity.py): a day no cue claimed is an event, at a
lower confidence, when an activity is named next to it in its clause, table row, list item or line; and the
counter-cases that must stay no event (a citation's or a document title's date, the issuing line, a deadline,
background history, a date of birth, an effective date, a web page's stamp, a recurrence, a count of meetings, a
meeting's month named after it). Invented sentences, one per class."""

from __future__ import annotations

from datetime import date

import pytest

from vanban.context import Context
from vanban.extract.activity import DEFAULT_CONFIDENCE
from vanban.extract.schedule import extract


def events_of(text: str, doc_type: str = "KH") -> list[tuple[str, str | None, float]]:
    events, _ = extract(Context(text=text + "\n", issued_date=date(2027, 1, 5), doc_type=doc_type))
    return [(e.date, e.end, e.confidence) for e in events]


D = DEFAULT_CONFIDENCE


@pytest.mark.parametrize("text, doc_type, events", [
    # a verb of doing after the day (a visit, an inspection, a working session)
    ("Đoàn công tác của Sở làm việc với UBND xã Tân Phú ngày 18/3/2027 về công tác chuyển đổi số.", "KH",
     [("2027-03-18", None, D)]),
    ("Ban Thường vụ Huyện đoàn thăm, tặng quà các gia đình chính sách xã Hòa Bình ngày 20/01/2027.", "KH",
     [("2027-01-20", None, D)]),
    # a report's dated activity with its range (past days in a report are what happened)
    ("Hội Chữ thập đỏ xã phối hợp Bệnh viện huyện khám sàng lọc cho trẻ em các ngày 16 và 17/11/2026.", "BC",
     [("2026-11-16", "2026-11-17", D)]),
    ("Trung tâm Y tế huyện khám sức khỏe miễn phí cho 230 người cao tuổi xã Tân Phú ngày 16/11/2026.", "BC",
     [("2026-11-16", None, D)]),
    ("- Từ 14 đến 18/12/2026 các khu dân cư tổng vệ sinh môi trường, khơi thông cống rãnh.", "BC",
     [("2026-12-14", "2026-12-18", D)]),
    # a noun of holding: a tournament's row in a markdown table whose header names no time
    ("| TT | Hoạt động | Thời điểm | Địa điểm |\n| --- | --- | --- | --- |\n"
     "| 2 | Giải bóng chuyền hơi nữ | Chủ nhật 25/4/2027 | Sân vận động xã |", "KH",
     [("2027-04-25", None, D)]),
    # a date opening its sentence before a lower-case subject and its activity (no cue reads it)
    ("Ngày 15/3/2027 các chi bộ sẽ tổ chức sinh hoạt.", "TB", [("2027-03-15", None, D)]),
    # a row under a column that names no time (no cue's cell): its activity makes it an event
    ("| Số liệu | Nội dung |\n|---|---|\n| Ngày 16 và 17/3/2027 | Kiểm tra |", "KH", [("2027-03-16", "2027-03-17", D)]),
    # a campaign's round named with its day and clock time
    ("Đợt 2 hiến máu tình nguyện của cụm xã phía Bắc 07h30 thứ Bảy 17/4/2027 tại Trạm Y tế xã An Lạc.", "KH",
     [("2027-04-17T07:30", None, D)]),
    # an offering at a memorial, on a day of a memorial week
    ("Đoàn viên, thanh niên dâng hương tưởng niệm tại Nghĩa trang liệt sĩ huyện chiều 27/7/2027.", "KH",
     [("2027-07-27", None, D)]),
    # an item's number before its activity is no count
    ("4. Gặp mặt các gia đình chính sách ngày 13/02/2027 tại Hội trường xã.", "KH", [("2027-02-13", None, D)]),
    # a chapter's meeting; volunteers' work told after a range of days in a report
    ("Chi đoàn 10A1 sinh hoạt chuyên đề về an toàn giao thông thứ Năm 18/3/2027 tại phòng học A2.", "KH",
     [("2027-03-18", None, D)]),
    ("40 đoàn viên tình nguyện giúp bà con thu hoạch lúa tại thôn Bình An các ngày 08 - 10/01/2027.", "BC",
     [("2027-01-08", "2027-01-10", D)]),
    # a contest's stage and its days (a marking round kept as planned; a final)
    ("Sơ khảo cấp trường các ngày 15 và 16/4/2027.", "CV", [("2027-04-15", "2027-04-16", D)]),
    ("Chung kết toàn huyện sáng Chủ nhật, 23/5/2027 tại Nhà Văn hóa Thiếu nhi.", "KH", [("2027-05-23", None, D)]),
    # a meeting's month after "dự kiến"
    ("Hội nghị tổng kết công tác Hội năm 2027 dự kiến tháng 12/2027 tại Hội trường UBND huyện.", "KH",
     [("2027-12", None, D)]),
])
def test_an_activity_makes_the_day_an_event(text: str, doc_type: str, events: list) -> None:
    assert events_of(text, doc_type) == events


@pytest.mark.parametrize("text, doc_type", [
    # a citation's date: a document's type name before it, no activity between; a title "Quyết định về việc ..."
    ("Thực hiện Kế hoạch của Tỉnh đoàn ngày 05/01/2027 về tổ chức Hội trại tòng quân năm 2027.", "KH"),
    ("Quyết định về việc tổ chức Hội thi Tin học trẻ ngày 12/01/2027 của Ban Thường vụ Huyện đoàn.", "CV"),
    ("Căn cứ Hướng dẫn tổ chức Đại hội Chi đoàn ngày 10/01/2027 của Ban Thường vụ Tỉnh đoàn;", "KH"),
    # the issuing line
    ("Tân Phú, ngày 05 tháng 01 năm 2027", "KH"),
    # a deadline
    ("Các chi đoàn tổ chức hội nghị và gửi báo cáo về Huyện đoàn trước ngày 20/01/2027.", "KH"),
    # background history in a plan (before the plan's date)
    ("Năm 2026, huyện đã tổ chức Lễ ra quân ngày 15/3/2026 với 500 đoàn viên tham gia.", "KH"),
    # a date of birth next to an activity (in a report, where past days may be events)
    ("Đồng chí Lê Văn An, sinh ngày 12/5/1990, tham gia Hội thi Bí thư Chi đoàn giỏi.", "BC"),
    # a resolution's own adoption at a session ("kỳ họp" names the session, not an occasion of the document)
    ("Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa X, kỳ họp thứ 12 thông qua ngày 18 tháng 01 năm 2027.", "NQ"),
    # when something starts to apply
    ("Kế hoạch tổ chức các hoạt động có hiệu lực từ ngày 10/01/2027.", "KH"),
    ("Từ ngày 01/02/2027, các đơn vị kiểm tra việc đeo khẩu trang tại nơi công cộng.", "CV"),
    # a web page's stamp above a news item that names a meeting
    ("Cập nhật: 09:30 ngày 12/01/2027 | Hội nghị tổng kết công tác Đoàn năm 2026", "TB"),
    ("Đăng ngày 12/01/2027 - Lượt xem: 1.205 - Ra quân Tháng Thanh niên", "TB"),
    ("Cập nhật lúc 09:30 ngày 12/01/2027 | Lượt xem: 1.205", "TB"),  # "lúc" is an event's cue elsewhere
    # a day of an earlier year told as such (in a report, where past days may be events)
    ("Năm ngoái 12/4/2026 chi đoàn tổ chức giao lưu bóng đá với đoàn xã bạn.", "BC"),
    # a duty's verb before the activity: a by-when the cues did not read
    ("Ngày 15/01/2027 các chi đoàn gửi danh sách thí sinh dự thi về Huyện đoàn.", "KH"),
    # a recurrence
    ("Ngày 15/3 hằng năm, nhà trường tổ chức Ngày hội đọc sách.", "KH"),
    # a founding date
    ("Tổ chức các hoạt động kỷ niệm Hội Liên hiệp Phụ nữ thành lập ngày 20/10/1930.", "BC"),
    # a count of meetings in a month opening its sentence: a report's period
    ("Trong tháng 11/2026, Hội đã tổ chức 15 hội nghị tuyên truyền pháp luật.", "BC"),
    # the month a review meeting reviews, named after the meeting
    ("Sơ kết đợt thi đua: lồng ghép tại cuộc họp giao ban tháng 5/2027 của UBND xã.", "KH"),
    # no activity near the day
    ("Giá trị hợp đồng được tính theo đơn giá ngày 18/3/2027 của Sở Tài chính.", "KH"),
    # an activity's word that is another word here
    ("Lắp đặt đường ống cấp nước sinh hoạt cho thôn Đông xong ngày 18/3/2027.", "KH"),
    ("Giải quyết dứt điểm các kiến nghị của cử tri ngày 18/3/2027.", "KH"),
    ("Đợt rét đậm ngày 18/01/2027 làm chết 12 con trâu, bò.", "BC"),
])
def test_no_event_without_an_occasion(text: str, doc_type: str) -> None:
    assert events_of(text, doc_type) == []


def test_a_cue_event_keeps_full_confidence_and_its_day() -> None:
    # the cue's event holds the day: the default adds no second event for it
    text = ("Thời gian: ngày 20/3/2027.\nNgày 20/3/2027 các chi đoàn ra quân dọn vệ sinh, kiểm tra an toàn "
            "giao thông tại các điểm trường.")
    assert events_of(text) == [("2027-03-20", None, 1.0)]


def test_a_day_within_a_cue_range_is_its_own_event() -> None:
    # the camp's days by a cue; its closing day's ceremony by the default
    text = ("Hội trại được tổ chức từ ngày 24/3/2027 đến ngày 26/3/2027.\n"
            "- Bế mạc và trao giải cho các đội xuất sắc chiều 26/3/2027 tại sân trường.")
    assert events_of(text) == [("2027-03-24", "2027-03-26", 1.0), ("2027-03-26", None, D)]


@pytest.mark.parametrize("text", ["Buổi tọa đàm về khởi nghiệp của thanh niên ngày 15/3/2027 tại Hội trường xã.",
                                  "Buổi toạ đàm về khởi nghiệp của thanh niên ngày 15/3/2027 tại Hội trường xã."])
def test_an_activity_word_in_either_tone_spelling(text: str) -> None:
    """The table writes 'tọa đàm'; its folded key 'toạ đàm' is the old spelling: a text may use either."""
    assert events_of(text) == [("2027-03-15", None, D)]

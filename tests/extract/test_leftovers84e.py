"""Rounds 80-84's event, deadline, citation and header leftovers (issue 10), fixed by class: invented documents, with
counter-cases that must stay as they are."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "PHƯỜNG AN THẠNH\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 214/BC-UBND\tAn Thạnh, ngày 28 tháng 10 năm 2034\n"
          "BÁO CÁO\nKết quả thực hiện nhiệm vụ tháng 10, phương hướng tháng 11 năm 2034\n\n"
          "I. KẾT QUẢ\nHoàn thành các chỉ tiêu của tháng.\n"
          "II. PHƯƠNG HƯỚNG THÁNG 11\n"
          "1. {sentence}\n\n"
          "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hòa\n")

SESSIONS = [
    # sessions' single opening hours with their places, the day told after the last (h936): both sittings that day
    ("Tổ chức Hội nghị tiếp xúc cử tri: buổi sáng từ 08 giờ 00 tại Nhà văn hóa Tổ 3, buổi chiều từ 14 giờ 30 tại Nhà "
     "văn hóa Tổ 9, Chủ nhật ngày 19/11/2034.", {"2034-11-19T08:00", "2034-11-19T14:30"}),
    ("Tổ chức tập huấn nghiệp vụ: buổi sáng lúc 07 giờ 30 tại Hội trường phường, buổi chiều lúc 13 giờ 30 tại Hội "
     "trường phường, thứ Sáu ngày 17/11/2034.", {"2034-11-17T07:30", "2034-11-17T13:30"}),
    ("Tổ chức kiểm tra: buổi sáng từ 07 giờ 30 đến 11 giờ 00 tại Tổ 2, buổi chiều từ 14 giờ 00 tại Tổ 5, thứ Năm "
     "ngày 16/11/2034.", {"2034-11-16T07:30", "2034-11-16T14:00"}),
    # a second session's hour "cùng ngày" opening its clause after the first's day and hour: a sitting of its own
    ("Trạm Y tế tổ chức tiêm chủng: từ 07 giờ 30 ngày 14/11/2034 tiêm cho trẻ các tổ 1, 2, 3; từ 13 giờ 30 cùng "
     "ngày tiêm cho trẻ các tổ 4, 5.", {"2034-11-14T07:30", "2034-11-14T13:30"}),
    # one session's hour and its place, then its day: the hour on that day, the day no occasion of its own
    ("Tổ chức Hội nghị đối thoại: buổi sáng từ 08 giờ 00 tại Hội trường phường, thứ Bảy ngày 18/11/2034.",
     {"2034-11-18T08:00"}),
    # counter-cases: a second part of one sitting told "lúc ... cùng ngày"; an hour with no part of the day before it
    ("Tổ chức Lễ ra quân vào 07 giờ 00 ngày 15/11/2034 tại sân vận động; diễu hành lúc 07 giờ 45 cùng ngày.",
     {"2034-11-15T07:00"}),
    ("Tổ chức ngày hội đọc sách từ 08 giờ 00 tại thư viện, Chủ nhật ngày 26/11/2034.", {"2034-11-26"}),
]


@pytest.mark.parametrize(("sentence", "dates"), SESSIONS)
def test_sessions_told_before_their_day(sentence: str, dates: set[str]) -> None:
    rec = parse_text(REPORT.format(sentence=sentence))
    assert {e.date for e in rec.events if e.date >= "2034-11"} == dates


SCHEDULE = ("ỦY BAN NHÂN DÂN TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "VĂN PHÒNG\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 98/TB-VP\tAn Hòa, ngày 02 tháng 3 năm 2035\n"
            "THÔNG BÁO\nLịch công tác tuần của Chủ tịch Ủy ban nhân dân tỉnh\n"
            "(Tuần 10, từ ngày 05/3/2035 đến ngày 09/3/2035)\n\n"
            "Thứ, ngày\nThời gian\nNội dung công việc\nĐịa điểm\n"
            "Thứ Hai\n05/3\n08 giờ 00\nGiao ban lãnh đạo Ủy ban nhân dân tỉnh\nPhòng họp số 1\n"
            "Thứ Ba\n06/3\n{cell}\nLàm việc với Sở Xây dựng\nPhòng họp số 2\n"
            "14 giờ 00\nTiếp công dân định kỳ\nTrụ sở Tiếp công dân\n\n"
            "Nơi nhận:\n- Lưu: VT.\nCHÁNH VĂN PHÒNG\nĐỗ Văn Nam\n")

SCHEDULE_CELLS = [
    # a flattened weekly schedule's day cell over two lines, then a span of hours told in words (h933): the day's
    # rows are on that day, the next hour cell too (not on the day before)
    ("Từ 08 giờ 00 đến 11 giờ 30", {("2035-03-06T08:00", "2035-03-06T11:30"), ("2035-03-06T14:00", None)}),
    ("từ 7 giờ 30 đến 10 giờ", {("2035-03-06T07:30", "2035-03-06T10:00"), ("2035-03-06T14:00", None)}),
    # counter-case: the clock cell as the schedule's rows tell it already
    ("08 giờ 00", {("2035-03-06T08:00", None), ("2035-03-06T14:00", None)}),
]


@pytest.mark.parametrize(("cell", "tuesday"), SCHEDULE_CELLS)
def test_flattened_schedule_day_over_two_lines(cell: str, tuesday: set[tuple[str, str | None]]) -> None:
    rec = parse_text(SCHEDULE.format(cell=cell))
    events = {(e.date, e.end) for e in rec.events}
    assert ("2035-03-05T08:00", None) in events
    assert {e for e in events if e[0].startswith("2035-03-06")} == tuesday
    assert not any(e[0].startswith("2035-03-05T14") for e in events)


SUBMISSION = ("{parent}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "{issuer}\tĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 61/TTr-{code}\tAn Hòa, ngày 14 tháng 5 năm 2034\n"
              "TỜ TRÌNH\nVề việc đề nghị phê duyệt Đề án phục hồi rừng ngập mặn giai đoạn 2034 - 2036\n\n"
              "Kính gửi: Ủy ban nhân dân tỉnh An Hòa.\n\n"
              "Diện tích rừng ngập mặn bị suy thoái cần được phục hồi.\n"
              "{sentence}\n\n"
              "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nPhạm Văn Long\n")

PARK = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VƯỜN QUỐC GIA MŨI ĐÁ", "VQGMĐ")
CENTRE = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM ỨNG DỤNG KHOA HỌC", "TTUD")

OWN_STEPS = [
    # a tờ trình's own steps told with its name's first word, or by a body "của" it (h890): events
    (PARK, "Ngày 10/3/2034, Vườn đã tổ chức hội thảo lấy ý kiến các nhà khoa học về dự thảo Đề án.", {"2034-03-10"}),
    (PARK, "Ngày 10/3/2034, Vườn đã tổ chức hội thảo về dự thảo Đề án; ngày 20/4/2034, Hội đồng khoa học của Vườn đã "
           "họp, thống nhất thông qua Đề án.", {"2034-03-10", "2034-04-20"}),
    (CENTRE, "Ngày 02/4/2034, Trung tâm đã tổ chức khảo sát hiện trạng tại 03 xã ven biển.", {"2034-04-02"}),
    # counter-cases: another body's act, a lowercase word, a word that is not the issuer's first
    (PARK, "Ngày 10/3/2034, Sở đã tổ chức kiểm tra hiện trạng rừng.", set()),
    (PARK, "Ngày 20/4/2034, Hội đồng khoa học của Sở đã họp, thống nhất thông qua Đề án.", set()),
    (CENTRE, "Ngày 02/4/2034, Viện đã tổ chức khảo sát hiện trạng tại 03 xã ven biển.", set()),
]


@pytest.mark.parametrize(("header", "sentence", "dates"), OWN_STEPS)
def test_submission_own_steps_told_short(header: tuple[str, str, str], sentence: str, dates: set[str]) -> None:
    parent, issuer, code = header
    rec = parse_text(SUBMISSION.format(parent=parent, issuer=issuer, code=code, sentence=sentence))
    assert {e.date for e in rec.events} == dates


LETTER = ("BỘ XÂY DỰNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 418/BXD-QLN\tHà Nội, ngày 05 tháng 3 năm 2035\nV/v báo cáo tình hình nhà ở xã hội\n\n"
          "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
          "1. Rà soát quỹ đất dành cho nhà ở xã hội.\n"
          "2. Báo cáo tình hình triển khai các dự án nhà ở xã hội về Bộ Xây dựng trước ngày {day}{seam}{rest}\n\n"
          "3. Các đơn vị thực hiện nghiêm túc.\n\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n")
FOOTER = "Bộ Xây dựng - Công văn số 418/BXD-QLN                                    Trang 2/3"

SEAMS = [
    # a monthly duty whose recurrence runs on after a PDF page's footer, glued on after its page mark (h908)
    ("15", f"\n\n{FOOTER} ", "hằng tháng để tổng hợp.", ("monthly", 15), None),
    ("20", f"\n\n{FOOTER}  ", "hằng tháng để tổng hợp, báo cáo Chính phủ.", ("monthly", 20), None),
    # the footer on its own line, the sentence below it (the copy's line joins glue it on after the page mark too)
    ("15", f"\n\n{FOOTER}\n\n", "hằng tháng để tổng hợp.", ("monthly", 15), None),
    # counter-cases: the next page's running head glued on in capitals is no sentence going on; a full date
    ("30/3/2035", f"\n\n{FOOTER} ", "Quyết định số 12 ngày 02/01/2035.", None, "2035-03-30"),
    ("30/3/2035", f"\n\n{FOOTER} ", "để tổng hợp.", None, "2035-03-30"),
]


@pytest.mark.parametrize(("day", "seam", "rest", "recurrence", "due"), SEAMS)
def test_duty_over_a_page_mark_glued_line(day: str, seam: str, rest: str, recurrence: tuple[str, int] | None,
                                          due: str | None) -> None:
    rec = parse_text(LETTER.format(day=day, seam=seam, rest=rest))
    duties = [d for d in rec.deadlines if "nhà ở xã hội" in (d.action or "")]
    assert len(duties) == 1
    got = duties[0].recurrence
    assert (None if got is None else (got.freq, got.day)) == recurrence
    assert duties[0].due == due

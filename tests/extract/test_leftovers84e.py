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


RESOLUTION = ("ĐẢNG BỘ HUYỆN AN PHÚ\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ AN HÒA\n*\n"
              "Số: 14-NQ/ĐU\tAn Hòa, ngày 06 tháng 01 năm 2035\n\nNGHỊ QUYẾT\nvề nhiệm vụ năm 2035\n\n"
              "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM\n\t{sentence}\n\n"
              "Nơi nhận:\n- Lưu VP.\nT/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Tâm\n")

QUARTER_TASKS = [
    # a task's quarter closing its sentence after a cited subject (h939): due by the quarter's end, the citation's
    # subject stops before it
    ("2. Tổ chức Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 07-NQ/ĐU ngày 12/3/2030 của Ban Chấp hành Đảng bộ xã "
     "về phát triển chăn nuôi an toàn sinh học trong quý III/2035.", "2035-09-30"),
    ("2. Tổ chức tổng kết thực hiện Chỉ thị số 05-CT/ĐU ngày 02/4/2031 của Ban Thường vụ Đảng ủy về xây dựng chi bộ "
     "kiểu mẫu trong quý II năm 2035.", "2035-06-30"),
    # classes opened in a quarter said with "khai giảng" (h897), as "mở" is
    ("3. Phối hợp Trung tâm Giáo dục nghề nghiệp mở 04 lớp sơ cấp nghề; khai giảng các lớp trong quý II/2035.",
     "2035-06-30"),
    # counter-case: a cited subject naming its own quarter with more words after it: the subject's, no by-when
    ("2. Các chi bộ quán triệt Kế hoạch số 09-KH/ĐU ngày 10/01/2035 về kiểm tra trong quý I/2035 tại các chi bộ thôn.",
     None),
]


@pytest.mark.parametrize(("sentence", "due"), QUARTER_TASKS)
def test_task_due_by_its_quarter(sentence: str, due: str | None) -> None:
    rec = parse_text(RESOLUTION.format(sentence=sentence))
    assert {d.due for d in rec.deadlines} == ({due} if due else set())
    quarter_in_subject = any("/2035" in (c.subject or "") for c in rec.citations)
    assert quarter_in_subject is (due is None)


SCHOOL = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN HÒA\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 512/BC-SGDĐT\tAn Hòa, ngày 05 tháng 8 năm 2036\n\nBÁO CÁO\nTổng kết năm học 2035 - 2036\n\n"
          "II. NHIỆM VỤ NĂM HỌC MỚI\n{sentence}\n\nNơi nhận:\n- Lưu VT.\nGIÁM ĐỐC\nLê Văn An\n")

SCHOOL_DAYS = [
    # the pupils' return day of a school year's calendar set by a cited plan after its colon (h898): an event
    ("Thực hiện Quyết định số 1820/QĐ-UBND ngày 10/7/2036 của UBND tỉnh ban hành Kế hoạch thời gian năm học 2036 - "
     "2037: học sinh tựu trường ngày 24/8/2036 (lớp 1 tựu trường ngày 17/8/2036); khai giảng vào ngày 05/9/2036.",
     {"2036-08-24", "2036-08-17", "2036-09-05"}),
    ("Học sinh tựu trường ngày 24/8/2036; khai giảng năm học mới vào ngày 05/9/2036.", {"2036-08-24", "2036-09-05"}),
    # counter-case: a duty before the day, no occasion
    ("Các trường báo cáo số học sinh tựu trường về Sở trước ngày 30/8/2036.", set()),
]


@pytest.mark.parametrize(("sentence", "dates"), SCHOOL_DAYS)
def test_school_calendar_days(sentence: str, dates: set[str]) -> None:
    rec = parse_text(SCHOOL.format(sentence=sentence))
    assert {e.date for e in rec.events} == dates


PROGRAMME = ("SỞ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN HÒA\tĐộc lập - Tự do - Hạnh phúc\n"
             "Số: 31/SCT-QLTM\tAn Hòa, ngày 06 tháng 01 năm 2034\nV/v bình ổn thị trường dịp Tết\n\n"
             "Kính gửi: Các doanh nghiệp tham gia Chương trình bình ổn thị trường.\n\n"
             "1. Đối với các doanh nghiệp\na) {sentence}\n\n"
             "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình\n")

PROGRAMME_SPANS = [
    # a duty run through the whole span of a programme (h884): the programme's days, an event with its end
    ("Duy trì giá bán các mặt hàng bình ổn thấp hơn giá thị trường trong suốt thời gian thực hiện Chương trình từ ngày "
     "12/01/2034 đến hết ngày 25/02/2034.", {("2034-01-12", "2034-02-25")}),
    ("Bố trí đủ hàng hóa tại các điểm bán trong suốt thời gian diễn ra Hội chợ từ ngày 20/01/2034 đến ngày "
     "26/01/2034.", {("2034-01-20", "2034-01-26")}),
    # counter-case: a window closing at a by-when
    ("Đăng ký danh sách điểm bán với Sở Công Thương từ ngày 08/01/2034 đến hết ngày 12/01/2034.", set()),
]


@pytest.mark.parametrize(("sentence", "events"), PROGRAMME_SPANS)
def test_duty_through_a_programme_span(sentence: str, events: set[tuple[str, str]]) -> None:
    rec = parse_text(PROGRAMME.format(sentence=sentence))
    assert {(e.date, e.end) for e in rec.events} == events


ATTACHED = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 41/TTr-UBND\tAn Phú, ngày 05 tháng 10 năm 2035\n\nTỜ TRÌNH\nVề chủ trương đầu tư Nhà văn hóa xã\n\n"
            "Kính gửi: Hội đồng nhân dân xã.\n\n(Hồ sơ kèm theo: {sentence})\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Sơn\n")

DESCRIBED_CITATIONS = [
    # a type word and what the cited document does before its "số" (h914)
    ("Văn bản thẩm định nguồn vốn số 71/TCKH ngày 20/9/2035 của Phòng Tài chính - Kế hoạch.",
     ("CV", "71/TCKH", "2035-09-20")),
    ("Báo cáo thẩm định số 33/BC-KTHT ngày 22/9/2035 của Phòng Kinh tế - Hạ tầng.", ("BC", "33/BC-KTHT", "2035-09-22")),
    # counter-cases: a form's number; a lower-case word that is no type word
    ("Văn bản đề nghị theo mẫu số 01/MGTH.", None),
    ("các văn bản thẩm định số 71/TCKH.", None),
]


@pytest.mark.parametrize(("sentence", "cited"), DESCRIBED_CITATIONS)
def test_type_word_with_a_description_before_its_number(sentence: str, cited: tuple[str, str, str] | None) -> None:
    rec = parse_text(ATTACHED.format(sentence=sentence))
    assert [(c.doc_type, c.number, c.date) for c in rec.citations] == ([cited] if cited else [])


FORUM = ("Re: Xin mẫu báo cáo 6 tháng của Hội cấp xã - Bài gửi bởi hoivien_an » 02/7/2035 - {lead} "
         "HỘI LHPN HUYỆN AN PHÚ BCH HỘI LHPN XÃ AN HÒA Số: 21/BC-HPN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
         "Hạnh phúc An Hòa, ngày 20 tháng 6 năm 2035 BÁO CÁO Kết quả công tác Hội 6 tháng đầu năm 2035 Thực hiện "
         "Công văn số 12/CV-HPN ngày 25/5/2035 của Ban Thường vụ Hội LHPN huyện, Ban Chấp hành Hội LHPN xã báo cáo "
         "như sau: I. KẾT QUẢ Hội có 10 chi hội với 1.240 hội viên. Nơi nhận: - BTV Hội LHPN huyện; - Lưu VP. "
         "TM. BAN THƯỜNG VỤ CHỦ TỊCH Trần Thị Lan")

FORUM_LEADS = [
    # a forum reply's own sentence closing with a colon before the copied letterhead (h918)
    ("Chị gửi bản của xã chị để em tham khảo nhé:", ("BCH HỘI LHPN XÃ AN HÒA", "HỘI LHPN HUYỆN AN PHÚ")),
    ("Mình gửi mẫu các bạn tham khảo:", ("BCH HỘI LHPN XÃ AN HÒA", "HỘI LHPN HUYỆN AN PHÚ")),
    # counter-case: no lead-in sentence (as before)
    ("", ("BCH HỘI LHPN XÃ AN HÒA", "HỘI LHPN HUYỆN AN PHÚ")),
]


@pytest.mark.parametrize(("lead", "issuer"), FORUM_LEADS)
def test_forum_lead_in_before_a_one_line_letterhead(lead: str, issuer: tuple[str, str]) -> None:
    rec = parse_text(FORUM.format(lead=lead))
    assert rec.issuer is not None
    assert (rec.issuer.name, rec.issuer.parent) == issuer


CUT_REPORT = ("{opening} báo cáo tình hình giải ngân kế hoạch vốn năm 2034 như sau:\n\n"
              "I. KẾT QUẢ\nĐến ngày 30/9/2034, Ban đã giải ngân 512,4 tỷ đồng.\n\n"
              "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Hùng\n")

CUT_OPENINGS = [
    # a long body's name in a report cut at its start, ending with its place (h836)
    ("ực hiện Công văn số 1120/UBND-KT ngày 02/10/2034 của UBND tỉnh, Ban Quản lý dự án đầu tư xây dựng các công "
     "trình giao thông và nông nghiệp tỉnh An Hòa",
     "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp tỉnh An Hòa"),
    ("ực hiện Công văn số 1120/UBND-KT ngày 02/10/2034 của UBND tỉnh, Ban Quản lý dự án đầu tư xây dựng tỉnh An Hòa",
     "Ban Quản lý dự án đầu tư xây dựng tỉnh An Hòa"),
    # counter-case: a sentence going on past a shorter name to a writing verb far after it, in lower case
    ("ực hiện Công văn số 1120/UBND-KT ngày 02/10/2034 của UBND tỉnh, Ban Quản lý dự án tỉnh An Hòa nhận thấy thời "
     "gian qua nhiều nhà thầu còn chậm gửi", None),
]


@pytest.mark.parametrize(("opening", "issuer"), CUT_OPENINGS)
def test_long_body_name_in_a_cut_opening(opening: str, issuer: str | None) -> None:
    rec = parse_text(CUT_REPORT.format(opening=opening))
    assert (rec.issuer.name if rec.issuer else None) == issuer


TIMELINE = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 15/KH-UBND\tAn Phú, ngày 06 tháng 01 năm 2035\n\nKẾ HOẠCH\nTết trồng cây năm 2035\n\n"
            "V. TIẾN ĐỘ THỰC HIỆN\nTT\tNội dung\tThời gian\tĐơn vị thực hiện\n"
            "1\tRà soát quỹ đất của các thôn\tTrước ngày 05/02/2035\tCác thôn\n"
            "2\t{task}\t{cell}\tTổ kiểm tra của xã\n\n"
            "Nơi nhận:\n- Lưu VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n")

TIMELINE_MONTHS = [
    # a tab table's month cell after a task cell closing with a number (h931): the month's event, as after any cell
    ("Kiểm tra, đánh giá tỷ lệ cây sống đợt 1", "Tháng 5/2035", {"2035-05"}),
    ("Hội nghị sơ kết công tác trồng cây năm 2035", "Tháng 7/2035", {"2035-07"}),
    ("Kiểm tra, nghiệm thu diện tích trồng mới", "Tháng 5/2035", {"2035-05"}),
    # counter-case: a count of months and days told with spaces is no month of the calendar
    ("Chăm sóc cây trồng trong 2 tháng 5 ngày đầu", "Theo mùa vụ", set()),
]


@pytest.mark.parametrize(("task", "cell", "months"), TIMELINE_MONTHS)
def test_month_cell_after_a_number_cell(task: str, cell: str, months: set[str]) -> None:
    rec = parse_text(TIMELINE.format(task=task, cell=cell))
    assert {e.date for e in rec.events} == months

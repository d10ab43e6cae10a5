"""The leftovers of heldout rounds 30-34 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

NOTICE = ("UBND TỈNH A\nBẢO HIỂM XÃ HỘI CƠ SỞ B\nSố: 88/TB-BHXH\nB, ngày 05 tháng 11 năm 2027\n\nTHÔNG BÁO\n"
          "Về việc thu nợ bảo hiểm xã hội\n\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Thạnh\n"

# ---- "Định kỳ ngày N hằng tháng, <duty>": a monthly duty without "vào" ------------------------------------------

PERIODIC_OPENINGS = [
    ("3. Định kỳ ngày 25 hằng tháng, đối chiếu số liệu đóng qua Cổng Dịch vụ công.", [("monthly", 25)]),
    ("Định kỳ ngày 10 hằng tháng, các đơn vị gửi báo cáo tình hình thu về Phòng Quản lý thu.", [("monthly", 10)]),
    ("b) Định kỳ ngày 05 hàng tháng, các xã cập nhật số liệu lên phần mềm.", [("monthly", 5)]),
    ("- Định kỳ vào ngày 20 hằng tháng, các trường gửi báo cáo về Phòng.", [("monthly", 20)]),
    # counter-cases: "định kỳ" after the verb qualifies a meeting; a meeting's day after "Định kỳ"; no duty
    ("Chi bộ sinh hoạt định kỳ ngày 05 hằng tháng.", []),
    ("Định kỳ ngày 05 hằng tháng, Chi bộ sinh hoạt tại hội trường.", []),
    ("Tổ công tác họp định kỳ vào ngày 28 hằng tháng để đánh giá tiến độ.", []),
]


@pytest.mark.parametrize(("line", "recurrences"), PERIODIC_OPENINGS)
def test_a_periodic_day_opening_its_clause_before_a_duty_is_a_recurring_deadline(
        line: str, recurrences: list[tuple[str, int]]) -> None:
    rec = parse_text(NOTICE + line + TAIL)
    assert [(d.recurrence.freq, d.recurrence.day) for d in rec.deadlines if d.recurrence] == recurrences
    assert all(d.due is None for d in rec.deadlines)


def test_a_reconciliation_of_figures_is_a_duty_by_its_day() -> None:
    """"đối chiếu số liệu" is a duty as "cập nhật số liệu" is: "trước ngày" after it is its by-when."""
    rec = parse_text(NOTICE + "Các đơn vị đối chiếu số liệu với Kho bạc trước ngày 10/01/2028." + TAIL)
    assert [str(d.due) for d in rec.deadlines] == ["2028-01-10"]


# ---- "trong quý <N>" after a task's verb, without a staff duty's verb ----------------------------------------------

PLAN = ("UBND TỈNH A\nSỞ CÔNG THƯƠNG\nSố: 45/KH-SCT\nA, ngày 05 tháng 3 năm 2028\n\nKẾ HOẠCH\n"
        "Kiểm tra thị trường năm 2028\n\n")
QUARTER_TASKS = [
    ("3. Phối hợp Sở Nội vụ thanh tra tại ít nhất 60 doanh nghiệp nợ đóng trong quý III/2028.", ["2028-Q3"]),
    ("Sở sẽ phối hợp UBND huyện tổ chức kiểm tra lại trong quý III/2030 và công khai kết quả.", ["2030-Q3"]),
    ("- Tổ chức lựa chọn nhà thầu trong quý II năm 2028;", ["2028-Q2"]),
    ("4. Công ty Điện lực kiểm tra hệ thống điện cho các hộ kinh doanh; thực hiện trong quý IV năm 2028.", ["2028-Q4"]),
    # a works' start in a quarter is due by its end too (rounds 35-46's leftovers: h402's and h514's gold, h383's
    # corrected), after a label's colon as without one
    ("3. Thời gian thực hiện: khởi công trong Quý I/2028.", ["2028-Q1"]),
    ("Khởi công công trình trong quý II/2028.", ["2028-Q2"]),
    # counter-cases: what was done in a quarter; a figure reported for one; a label's verb
    ("Đoàn đã kiểm tra 07 cơ sở trong quý I/2028.", []),
    ("Tỉnh đón hơn 2,1 triệu lượt khách trong quý I/2028.", []),
    ("3. Thời gian thực hiện: trong Quý I/2028.", []),
]


@pytest.mark.parametrize(("line", "periods"), QUARTER_TASKS)
def test_a_tasks_quarter_is_its_period_deadline(line: str, periods: list[str]) -> None:
    rec = parse_text(PLAN + line + TAIL)
    assert [d.period for d in rec.deadlines] == periods
    assert not [e for e in rec.events if "Q" in str(e.date)]


def test_a_meetings_day_after_a_task_verb_stays_an_event() -> None:
    """Only a quarter: "tổ chức Hội nghị ... vào ngày 15/7/2028" is the meeting's day, no deadline."""
    rec = parse_text(PLAN + "Sở tổ chức Hội nghị sơ kết vào ngày 15/7/2028." + TAIL)
    assert [str(e.date) for e in rec.events] == ["2028-07-15"]
    assert rec.deadlines == []


# ---- a cut copy's writer is not the body it addresses ("X kính trình Y xem xét") -----------------------------------

CUT = ("của các hộ dân bị ảnh hưởng trong mùa mưa lũ năm 2028.\n\nII. ĐỀ XUẤT\n1. Quy mô đầu tư: nâng cấp 2,1 km "
       "đường.\n\n{closing}\n\nNơi nhận:\n- Như trên;\n- Lưu: VP.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHoàng Văn Sỹ\n")
ADDRESSED = [
    ("Căn cứ Thông báo số 178/TB-UBND ngày 02/11/2027 của UBND huyện Phú Vang, UBND xã Phú Lộc kính trình UBND "
     "huyện Phú Vang xem xét, bố trí vốn./.", "UBND xã Phú Lộc"),
    ("UBND phường An Hòa kính trình Ủy ban nhân dân quận Ninh Kiều xem xét, phê duyệt./.", "UBND phường An Hòa"),
    ("Vậy UBND xã Tân Lập trình UBND huyện Yên Lập xem xét, quyết định./.", "UBND xã Tân Lập"),
    ("UBND xã Tân Lập kính đề nghị UBND huyện Yên Lập xem xét, hỗ trợ./.", "UBND xã Tân Lập"),
    ("UBND xã Tân Lập báo cáo UBND huyện Yên Lập./.", "UBND xã Tân Lập"),
    # counter-cases: the writer in the closing formula; no writer named, only the addressee (the bare authority)
    ("Trên đây là báo cáo của UBND xã Tân Lập./.", "UBND xã Tân Lập"),
    ("Kính trình UBND huyện Yên Lập xem xét, quyết định./.", "Ủy ban nhân dân"),
]


@pytest.mark.parametrize(("closing", "issuer"), ADDRESSED)
def test_a_body_after_a_verb_of_addressing_is_no_writer(closing: str, issuer: str) -> None:
    rec = parse_text(CUT.format(closing=closing))
    assert rec.issuer is not None
    assert rec.issuer.name == issuer
    assert rec.issuer.inferred


# ---- a portal's banner repeating the parent above a headline and the two-level letterhead --------------------------

WEB_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n(đã ký)\nVõ Thị Kim Oanh\n"
BANNERED = [
    ("Trang chủ > Tin tức > Thông báo\nBẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI\nCỡ chữ: A- A A+ | In trang\n\n"
     "THÔNG BÁO Về việc đôn đốc thu nợ quý IV năm 2027\nNgày đăng: 26/11/2027 | Lượt xem: 318\n\n"
     "BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI\nBẢO HIỂM XÃ HỘI CƠ SỞ BÌNH SƠN\nSố: 412/TB-BHXH\n"
     "Bình Sơn, ngày 25 tháng 11 năm 2027\n\nTHÔNG BÁO\nVề việc đôn đốc thu nợ quý IV năm 2027\n\n",
     "BẢO HIỂM XÃ HỘI CƠ SỞ BÌNH SƠN", "BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI", "412/TB-BHXH"),
    ("Trang chủ > Văn bản\nSỞ Y TẾ TỈNH NINH BÌNH\n\nKẾ HOẠCH Tiêm chủng mở rộng năm 2028\n"
     "Ngày đăng: 02/3/2028\n\nSỞ Y TẾ TỈNH NINH BÌNH\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\nSố: 45/KH-KSBT\n"
     "Ninh Bình, ngày 01 tháng 3 năm 2028\n\nKẾ HOẠCH\nTiêm chủng mở rộng năm 2028\n\n",
     "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "SỞ Y TẾ TỈNH NINH BÌNH", "45/KH-KSBT"),
    # counter-case: the letterhead, type word and trích yếu, then the body (no letterhead under it)
    ("BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI\nBẢO HIỂM XÃ HỘI CƠ SỞ BÌNH SƠN\nSố: 412/TB-BHXH\n"
     "Bình Sơn, ngày 25 tháng 11 năm 2027\n\nTHÔNG BÁO\nVề việc đôn đốc thu nợ quý IV năm 2027\n\n",
     "BẢO HIỂM XÃ HỘI CƠ SỞ BÌNH SƠN", "BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI", "412/TB-BHXH"),
]


@pytest.mark.parametrize(("head", "issuer", "parent", "number"), BANNERED)
def test_a_portal_banner_above_the_headline_is_no_letterhead(head: str, issuer: str, parent: str,
                                                                number: str) -> None:
    rec = parse_text(head + "Bảo hiểm xã hội cơ sở thông báo như sau: các đơn vị nộp đủ số tiền còn nợ." + WEB_TAIL)
    assert rec.issuer is not None
    assert (rec.issuer.name, rec.issuer.parent) == (issuer, parent)
    assert rec.number is not None and rec.number.normalized == number


# ---- a PDF's V/v wrapped in its column beside the place-date ---------------------------------------------------------

PDF_HEAD = ("KHO BẠC NHÀ NƯỚC          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "KHO BẠC NHÀ NƯỚC KHU VỰC XII      Độc lập - Tự do - Hạnh phúc\nSố: 1942/KBKV12-KSC\n{vv}\n\n"
            "Kính gửi: Các chủ đầu tư trên địa bàn.\n\nKho bạc Nhà nước khu vực XII đề nghị các đơn vị thực hiện "
            "một số nội dung sau.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\nLê Văn Thạnh\n")
WRAPPED_BESIDE_DATE = [
    ("V/v thanh toán vốn đầu tư công      Cần Thơ, ngày 03 tháng 12 năm 2027\ncuối năm 2027 và chuyển nguồn\n"
     "sang năm 2028", "V/v thanh toán vốn đầu tư công cuối năm 2027 và chuyển nguồn sang năm 2028"),
    ("V/v đôn đốc quyết toán      Hậu Giang, ngày 10 tháng 01 năm 2028\nvốn đầu tư công năm 2027",
     "V/v đôn đốc quyết toán vốn đầu tư công năm 2027"),
    # counter-case: a V/v on its own line, wrapped, under the date line
    ("Cần Thơ, ngày 03 tháng 12 năm 2027\nV/v thanh toán vốn đầu tư công\ncuối năm 2027",
     "V/v thanh toán vốn đầu tư công cuối năm 2027"),
]


@pytest.mark.parametrize(("vv", "subject"), WRAPPED_BESIDE_DATE)
def test_a_vv_wrapped_beside_the_date_keeps_its_lines(vv: str, subject: str) -> None:
    rec = parse_text(PDF_HEAD.format(vv=vv))
    assert rec.subject == subject
    assert rec.issued_date is not None and rec.place in ("Cần Thơ", "Hậu Giang")


def test_a_sentence_wrapped_after_a_date_at_its_end_is_still_joined() -> None:
    """Only a date past a column gap: a sentence whose line ends in a date ("... ngày 03 tháng 12 năm 2027") and
    goes on lower case below is one line, as before."""
    from vanban.normalize import normalize

    text = ("Kho bạc Nhà nước khu vực XII đã có văn bản gửi các đơn vị vào ngày 03 tháng 12 năm 2027\n"
            "về việc thanh toán vốn đầu tư công.\n")
    assert "\n" not in normalize(text).text.strip()


# ---- what exists and still runs now, counted after "có" / "còn", is the state ----------------------------------------

TOURISM = ("UBND TỈNH A\nSỞ VĂN HÓA\nSố: 61/KH-SVH\nA, ngày 01 tháng 12 năm 2027\n\nKẾ HOẠCH\n"
           "Phát triển du lịch cộng đồng\n\n")
ONGOING = [
    ("Năm 2026, toàn tỉnh có 11 điểm du lịch cộng đồng đang hoạt động.", []),
    ("Hiện huyện có khoảng 40 hợp tác xã đang hoạt động.", []),
    ("Toàn huyện còn 8 lò gạch thủ công đang hoạt động.", []),
    # counter-cases: those helped; a result counted after "có"; a target's "có ... đang hoạt động"
    ("Năm 2027 hỗ trợ 12 doanh nghiệp đang hoạt động sản xuất.", [12]),
    ("Năm 2027, toàn tỉnh có 25 xã đạt chuẩn nông thôn mới.", [25]),
    ("Phấn đấu đến năm 2030 có 20 điểm du lịch cộng đồng đang hoạt động.", [20]),
]


@pytest.mark.parametrize(("line", "values"), ONGOING)
def test_what_still_runs_now_counted_after_co_is_the_state(line: str, values: list[int]) -> None:
    rec = parse_text(TOURISM + line + TAIL)
    assert [q.value for q in rec.quantities] == values


# ---- the day a recurring duty starts from is no occasion ---------------------------------------------------------------

RECURRENCE_STARTS = [
    ("- Báo cáo tình hình thị trường định kỳ trước 15 giờ 00 thứ Sáu hằng tuần, bắt đầu từ ngày 03/12/2027;", []),
    ("Các đơn vị gửi báo cáo tiến độ hằng tháng, kể từ ngày 01/01/2028.", []),
    # counter-cases: an occasion starting on a day; a yearly fair's run of days
    ("Chương trình bắt đầu từ ngày 03/12/2027 tại Nhà văn hóa.", ["2027-12-03"]),
    ("Hội chợ diễn ra hằng năm, bắt đầu từ ngày 10/12/2027 đến ngày 15/12/2027.", ["2027-12-10"]),
]


@pytest.mark.parametrize(("line", "events"), RECURRENCE_STARTS)
def test_the_day_a_recurring_duty_starts_from_is_no_event(line: str, events: list[str]) -> None:
    rec = parse_text(NOTICE + line + TAIL)
    assert [str(e.date) for e in rec.events] == events


# ---- a re-inspection a body will hold in a month is an event of that month ---------------------------------------------

REINSPECTIONS = [
    ("b) Sở Xây dựng sẽ tổ chức kiểm tra lại các công trình số 2 và số 4 vào tuần đầu tháng 10/2027; chủ đầu tư "
     "chỉ nghiệm thu khi có kết luận.", ["2027-10"], []),
    ("Sở tổ chức kiểm tra lại các cơ sở vào tháng 11/2027.", ["2027-11"], []),
    # counter-cases: a unit's own re-check by a day is a duty's by-when; what was re-inspected is a result
    ("Các đơn vị tự kiểm tra lại hồ sơ trước ngày 15/10/2027.", [], ["2027-10-15"]),
    ("Năm 2027, đoàn đã kiểm tra lại 12 công trình.", [], []),
]


@pytest.mark.parametrize(("line", "events", "dues"), REINSPECTIONS)
def test_a_reinspection_in_a_month_is_its_event(line: str, events: list[str], dues: list[str]) -> None:
    rec = parse_text(PLAN + line + TAIL)
    assert [str(e.date) for e in rec.events] == events
    assert [str(d.due) for d in rec.deadlines] == dues


# ---- a half-year's or year's report due on a day without its year recurs yearly --------------------------------------

MULTIYEAR = ("UBND TỈNH LAI CHÂU\nBAN DÂN TỘC\nSố: 52/KH-BDT\nLai Châu, ngày 14 tháng 02 năm 2027\n\nKẾ HOẠCH\n"
             "Thực hiện Chương trình giai đoạn 2027 - 2029\n\n")
PERIODIC_REPORTS = [
    ("1. Phòng Kế hoạch: tổng hợp báo cáo định kỳ 6 tháng (trước ngày 15/6) và báo cáo năm (trước ngày 15/12) gửi "
     "UBND tỉnh.", [("yearly", 6, 15), ("yearly", 12, 15)], []),
    ("Các huyện gửi báo cáo hằng năm trước ngày 20/12 về Ban Dân tộc.", [("yearly", 12, 20)], []),
    # counter-cases: a year's report named by its year; the year printed; a report of no period
    ("Các huyện gửi báo cáo năm 2027 trước ngày 15/12.", [], ["2027-12-15"]),
    ("Các huyện gửi báo cáo 6 tháng trước ngày 15/6/2027.", [], ["2027-06-15"]),
    ("Các huyện gửi báo cáo kết quả trước ngày 15/6.", [], ["2027-06-15"]),
]


@pytest.mark.parametrize(("line", "recurrences", "dues"), PERIODIC_REPORTS)
def test_a_periodic_reports_day_without_its_year_recurs_yearly(
        line: str, recurrences: list[tuple[str, int, int]], dues: list[str]) -> None:
    rec = parse_text(MULTIYEAR + line + TAIL)
    got = [(d.recurrence.freq, d.recurrence.month, d.recurrence.day) for d in rec.deadlines if d.recurrence]
    assert got == recurrences
    assert [str(d.due) for d in rec.deadlines if d.due] == dues


# ---- exam days listed after "ngày thi" share their month ----------------------------------------------------------------

EXAM_DAYS = [
    ("Hoạt động hỗ trợ thí sinh trong các ngày thi 26, 27/6/2028.", [("2028-06-26", "2028-06-27")]),
    ("Đội hình tình nguyện tiếp sức thí sinh trong hai ngày thi 26 và 27/6/2028.", [("2028-06-26", "2028-06-27")]),
    # counter-cases: one exam day; the days after "ngày" alone read as before
    ("Hoạt động hỗ trợ thí sinh vào ngày thi 27/6/2028.", [("2028-06-27", "None")]),
    ("Hoạt động hỗ trợ thí sinh trong các ngày 26, 27/6/2028.", [("2028-06-26", "2028-06-27")]),
]


@pytest.mark.parametrize(("line", "events"), EXAM_DAYS)
def test_exam_days_listed_after_ngay_thi_share_their_month(line: str, events: list[tuple[str, str]]) -> None:
    rec = parse_text(PLAN + line + TAIL)
    assert [(str(e.date), str(e.end)) for e in rec.events] == events


# ---- a council committee's name completed from the text whatever the authority line's casing -------------------------

VETTING = ("kinh tế - ngân sách Hội đồng nhân dân tỉnh tổ chức họp thẩm tra vào ngày 28/11/2028.\n\n"
           "1. Ban thống nhất với sự cần thiết ban hành Nghị quyết.\n\n{closing}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
           "TM. {authority}\nTRƯỞNG BAN\n\nNguyễn Văn Hùng\n")
COMMITTEES = [
    ("Trên đây là báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh, kính trình Kỳ họp xem xét./.",
     "BAN KINH TẾ - NGÂN SÁCH", "Ban Kinh tế - Ngân sách HĐND tỉnh"),
    ("Trên đây là báo cáo thẩm tra của Ban Văn hóa - Xã hội HĐND tỉnh, kính trình Kỳ họp xem xét./.",
     "BAN VĂN HÓA - XÃ HỘI", "Ban Văn hóa - Xã hội HĐND tỉnh"),
    # counter-case: a text that never names the committee keeps the authority line
    ("Kính trình Kỳ họp xem xét, quyết định./.", "BAN KINH TẾ - NGÂN SÁCH", "Ban kinh tế - ngân sách"),
]


@pytest.mark.parametrize(("closing", "authority", "issuer"), COMMITTEES)
def test_a_committees_name_is_completed_whatever_its_casing(closing: str, authority: str, issuer: str) -> None:
    rec = parse_text(VETTING.format(closing=closing, authority=authority))
    assert rec.issuer is not None
    assert rec.issuer.name == issuer


# ---- an O for a 0 in a date's year, in a citation or the body ----------------------------------------------------------

OCR_YEARS = [
    ("Ban thống nhất như Tờ trình số 214/TTr-UBND ngày 18/11/2O28 của UBND tỉnh.", "2028-11-18"),
    ("Căn cứ Quyết định số 902/QĐ-UBND ngày 05/3/2O27 của UBND tỉnh.", "2027-03-05"),
    # counter-case: the year printed in digits reads as before
    ("Ban thống nhất như Tờ trình số 214/TTr-UBND ngày 18/11/2028 của UBND tỉnh.", "2028-11-18"),
]


@pytest.mark.parametrize(("line", "date"), OCR_YEARS)
def test_an_ocr_o_in_a_citations_year_is_read_as_zero(line: str, date: str) -> None:
    rec = parse_text(PLAN + line + TAIL)
    assert [str(c.date) for c in rec.citations] == [date]


def test_a_code_with_an_o_after_a_slash_is_no_date() -> None:
    """Only a day and a month before the year: "mã 12/2O28/ABC" holds no date."""
    from vanban.grammar.timex import find_times

    assert find_times("Hồ sơ mã 12/2O28/ABC đã nộp.") == []

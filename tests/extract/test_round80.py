"""Heldout round 80 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

LETTER = ("ỦY BAN NHÂN DÂN HUYỆN TÂN LẬP\nSố: {number}\nTân Lập, ngày 10 tháng 3 năm 2033\n{title}\n"
          "{body}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n")


def _deadlines(number: str, title: str, body: str) -> list[tuple[str | None, str | None]]:
    record = parse_text(LETTER.format(number=number, title=title, body=body))
    return [(d.due, d.recurrence.freq if d.recurrence else None) for d in record.deadlines]


# 1. "trước ngày 05 của tháng tiếp theo" in a plan, a report's tasks, a guide or a programme, with no month named and
# no "hằng tháng" on its line, is each month's duty, as a standing document sets (fixed: h853, h886, h894 read it as
# one day of the month after the document's); a letter's stays one day, the month after the letter's
NEXT_MONTH_DUTY = "Các xã gửi báo cáo tiến độ giải ngân về Phòng Tài chính - Kế hoạch trước ngày 05 của tháng tiếp theo."
STANDING = [
    ("45/KH-UBND", "KẾ HOẠCH\nTriển khai chương trình nước sạch năm 2033"),
    ("46/BC-UBND", "BÁO CÁO\nKết quả giải ngân quý I năm 2033"),
    ("47/HD-UBND", "HƯỚNG DẪN\nThu thập số liệu nông thôn mới năm 2033"),
    ("48/CTr-UBND", "CHƯƠNG TRÌNH\nCông tác năm 2033"),
]


@pytest.mark.parametrize(("number", "title"), STANDING)
def test_the_next_months_day_in_a_standing_document_is_monthly(number: str, title: str) -> None:
    assert _deadlines(number, title, NEXT_MONTH_DUTY) == [(None, "monthly")]


LETTERS = [
    # counter-cases: a công văn's and a thông báo's "tháng tiếp theo" is one day, the month after the letter's
    ("49/UBND-TCKH", "V/v báo cáo tiến độ giải ngân"),
    ("50/TB-UBND", "THÔNG BÁO\nVề việc báo cáo tiến độ giải ngân"),
]


@pytest.mark.parametrize(("number", "title"), LETTERS)
def test_the_next_months_day_in_a_letter_stays_one_day(number: str, title: str) -> None:
    assert _deadlines(number, title, NEXT_MONTH_DUTY) == [("2033-04-05", None)]


# 2. A statistics or a legal portal's list of its other documents under the signature, headed "Văn bản khác" on a
# line of its own (fixed: h894's three listed numbers were read as the document's citations)
WEB = ("CỤC THỐNG KÊ TỈNH AN PHÚ\nTrang chủ / Văn bản / Hướng dẫn\n"
       "ỦY BAN NHÂN DÂN HUYỆN TÂN LẬP\nSố: 51/HD-UBND\nTân Lập, ngày 10 tháng 3 năm 2033\nHƯỚNG DẪN\n"
       "Thu thập số liệu năm 2033\nThực hiện Công văn số 12/UBND-VP ngày 01/3/2033 của UBND tỉnh, {closing}\n"
       "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n{label}\n"
       "- Công văn số 40/UBND-VP ngày 01/02/2033 về việc cung cấp số liệu tháng 01/2033\n"
       "- Kế hoạch số 38/KH-UBND ngày 20/01/2033 tổ chức hội nghị\n")


@pytest.mark.parametrize("label", ["Văn bản khác", "VĂN BẢN KHÁC", "Văn bản khác:"])
def test_a_portals_other_documents_are_no_citations(label: str) -> None:
    record = parse_text(WEB.format(closing="UBND huyện hướng dẫn như sau.", label=label))
    assert [c.number for c in record.citations] == ["12/UBND-VP"]


def test_other_documents_named_in_the_body_stay_citations() -> None:
    # counter-case: the body's "các văn bản khác" mid-sentence, naming a document, is no page footer
    closing = ("đồng thời căn cứ các văn bản khác có liên quan như Kế hoạch số 38/KH-UBND ngày 20/01/2033, UBND "
               "huyện hướng dẫn như sau.")
    record = parse_text(WEB.format(closing=closing, label="Xem thêm:"))
    assert "38/KH-UBND" in [c.number for c in record.citations]


# 3. A month printed whole on its line, right under a line that ends in a number ("Chi bộ khu phố 7" over "Tháng
# 3/2034", a table flattened one cell a line): the number is another cell's, no day of that month (fixed: h873's two
# month cells were lost to a date "7 / Tháng 3/2034" that never was); a day and its month on one line stay one date
FLAT = ("TT\nNội dung\nĐối tượng\nThời gian\nChủ trì\n1\nKiểm tra công tác cải cách hành chính\n"
        "Chi bộ khu phố 7\nTháng 3/2034\nĐồng chí Bí thư\n2\nGiám sát việc sinh hoạt chi bộ\nChi bộ khu phố 11\n"
        "Tháng 5/2034\nỦy ban Kiểm tra\n")
PROGRAMME = ("ĐẢNG BỘ PHƯỜNG TÂN LẬP\nSố: 05-CTr/ĐU\nTân Lập, ngày 10 tháng 01 năm 2034\nCHƯƠNG TRÌNH\n"
             "Kiểm tra, giám sát năm 2034\nĐảng ủy phường xây dựng chương trình kiểm tra, giám sát như sau:\n{body}\nNơi nhận:\n- Lưu: VP.\nT/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn An\n")


def test_a_month_cell_under_a_number_ending_line_is_read() -> None:
    record = parse_text(PROGRAMME.format(body=FLAT))
    assert {"2034-03", "2034-05"} <= {e.date for e in record.events}


def test_a_day_and_its_month_on_one_line_stay_one_date() -> None:
    # counter-case: "ngày 7 tháng 3 năm 2034" is one date, no month
    body = "Đoàn kiểm tra làm việc với Chi bộ khu phố 7 vào ngày 7 tháng 3 năm 2034.\n"
    record = parse_text(PROGRAMME.format(body=body))
    assert [e.date for e in record.events] == ["2034-03-07"]


# 4. A quarter alone on its line in a table flattened one cell a line, under a "Thời gian" header cell ("Thời gian
# tiến hành" over "Quý I/2034"): the row's work is due by the quarter's end, as "trong quý I/2034" is (fixed: h891's 5
# and h873's 1 cells were read as nothing); the inspected period beside it ("2031 - 2033") stays no by-when, and a
# quarter under no time header ("Kỳ báo cáo") is none
DECISION = ("THANH TRA TỈNH AN PHÚ\nSố: 12/QĐ-TTr\nAn Phú, ngày 20 tháng 12 năm 2033\nQUYẾT ĐỊNH\n"
            "Về việc phê duyệt Kế hoạch thanh tra năm 2034\nĐiều 1. Phê duyệt Kế hoạch thanh tra năm 2034 của Thanh tra "
            "tỉnh (chi tiết tại Phụ lục).\nNơi nhận:\n- Lưu: VT.\nCHÁNH THANH TRA\nLê Văn An\nPHỤ LỤC\n"
            "DANH MỤC CÁC CUỘC THANH TRA NĂM 2034\nTT\nĐối tượng thanh tra\nNội dung thanh tra\nThời kỳ thanh tra\n"
            "{time_header}\nĐơn vị chủ trì\n1\nSở Xây dựng\nQuản lý dự án đầu tư xây dựng\n2031 - 2033\nQuý I/2034\n"
            "Phòng Nghiệp vụ 1\n2\nSở Y tế\nMua sắm trang thiết bị y tế\n2032 - 2033\nQuý III/2034\nPhòng Nghiệp vụ 3\n")


@pytest.mark.parametrize("time_header", ["Thời gian tiến hành", "Thời gian thực hiện", "Thời gian"])
def test_a_quarter_cell_under_a_time_header_is_due_by_its_end(time_header: str) -> None:
    record = parse_text(DECISION.format(time_header=time_header))
    assert sorted(d.due for d in record.deadlines if d.due) == ["2034-03-31", "2034-09-30"]


def test_a_quarter_cell_under_no_time_header_is_no_by_when() -> None:
    record = parse_text(DECISION.format(time_header="Kỳ báo cáo"))
    assert [d.due for d in record.deadlines] == []


# 5. A list item's span of hours "cùng ngày" after a session on a day ("- Phiên định kỳ: từ 07 giờ 30 đến 11 giờ 30,
# thứ Bảy ngày 08/4/2034 ...; - Phiên lưu động: từ 13 giờ 30 đến 16 giờ 30 cùng ngày tại ..."): a sitting of its own
# that day, as h387's "chiều cùng ngày tại ..." is (fixed: h888's second session was lost); an opening's single clock
# time "cùng ngày" stays no occasion of its own (h365, h551, h788)
NOTICE = ("TRUNG TÂM DỊCH VỤ VIỆC LÀM\nSố: 21/TB-TTDVVL\nAn Phú, ngày 30 tháng 3 năm 2034\nTHÔNG BÁO\n"
          "Tổ chức phiên giao dịch việc làm tháng 4/2034\nTrung tâm thông báo như sau:\n"
          "- Phiên giao dịch việc làm định kỳ: từ 07 giờ 30 đến 11 giờ 30, thứ Bảy ngày 08/4/2034 tại Sàn giao dịch "
          "việc làm.\n{second}\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nNgô Văn An\n")


def test_a_list_items_hours_on_the_same_day_are_a_sitting_of_their_own() -> None:
    second = "- Phiên giao dịch việc làm lưu động: từ 13 giờ 30 đến 16 giờ 30 cùng ngày tại Hội trường UBND xã.\n"
    record = parse_text(NOTICE.format(second=second))
    assert [e.date for e in record.events] == ["2034-04-08T07:30", "2034-04-08T13:30"]


def test_an_openings_clock_time_on_the_same_day_is_no_sitting() -> None:
    second = "Lễ khai mạc phiên giao dịch tổ chức lúc 07 giờ 30 cùng ngày.\n"
    record = parse_text(NOTICE.format(second=second))
    assert [e.date[:10] for e in record.events] == ["2034-04-08"]


# 6. The months a tờ trình sets to carry out its task, counted from an act ("Thời gian thực hiện: 36 tháng kể từ ngày
# Phương án được phê duyệt", "thời gian thực hiện 10 tháng kể từ ngày ký hợp đồng"): a planned time, counted
# (docs/RECORD.md; fixed: h890's and h692's were missed); a signed contract's term a report tells and a cap on each
# proposal count from no act and stay out (h460, h499)
PROPOSAL = ("UBND HUYỆN TÂN LẬP\nSố: 52/TTr-UBND\nTân Lập, ngày 10 tháng 3 năm 2033\nTỜ TRÌNH\nVề việc phê duyệt dự án\n"
            "Kính gửi: UBND tỉnh.\nUBND huyện kính trình như sau:\n{body}\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n")


@pytest.mark.parametrize("body", [
    "2. Thời gian thực hiện: 36 tháng kể từ ngày Phương án được phê duyệt.",
    "Đo đạc, chỉnh lý bản đồ địa chính; thời gian thực hiện 36 tháng kể từ ngày ký hợp đồng.",
])
def test_months_to_carry_out_counted_from_an_act_are_a_planned_time(body: str) -> None:
    assert (36, "tháng") in [(q.value, q.unit) for q in parse_text(PROPOSAL.format(body=body)).quantities]


@pytest.mark.parametrize("body", [
    "Gói thầu số 12-XL có giá trị hợp đồng 684,2 tỷ đồng, thời gian thực hiện 36 tháng.",
    "Mỗi đơn vị đề xuất tối đa 03 nhiệm vụ; mỗi nhiệm vụ có thời gian thực hiện không quá 36 tháng.",
])
def test_a_term_counted_from_no_act_stays_out(body: str) -> None:
    assert 36 not in [q.value for q in parse_text(PROPOSAL.format(body=body)).quantities]

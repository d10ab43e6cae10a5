"""The twenty-seventh heldout round's failure classes (invented documents, with counter-cases)."""

from __future__ import annotations

import pytest

from vanban import parse_text
from vanban.context import Context
from vanban.extract.quantities import extract
from vanban.grammar.timex import find_times
from vanban.textutil import capital_l_as_i

DECISION = ("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: 512/QĐ-UBND\nAn Phú, ngày 05 tháng 6 năm 2027\nQUYẾT ĐỊNH\n"
            "Về việc {subject}\nỦY BAN NHÂN DÂN HUYỆN AN PHÚ\nCăn cứ Luật Đất đai số 31/2024/QH15;\nQUYẾT ĐỊNH:\n"
            "{article}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")


@pytest.mark.parametrize("article, expected", [
    # the clauses of an article that approves a plan are what the decision plans
    ("Điều 1. Phê duyệt phương án bồi thường, hỗ trợ khi Nhà nước thu hồi đất, với các nội dung sau:\n"
     "1. Tổng diện tích đất thu hồi: 2.540,5 m2 của 12 hộ gia đình.\n"
     "2. Tổng kinh phí bồi thường, hỗ trợ: 1.250.000.000 đồng, trong đó:\n"
     "- Bồi thường về đất: 800.000.000 đồng;\n- Các khoản hỗ trợ: 450.000.000 đồng.",
     [(2540.5, "m2"), (12, "hộ"), (1.25e9, "đồng"), (8e8, "đồng"), (4.5e8, "đồng")]),
    # counter-case: an article that issues a regulation plans no figure of its clauses
    ("Điều 1. Ban hành Quy chế làm việc của Tổ công tác, với các nội dung sau:\n"
     "1. Tổ công tác có 07 thành viên.\n2. Tổ công tác họp tại trụ sở Ủy ban.", []),
])
def test_the_clauses_of_an_article_read_its_opening(article: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(DECISION.format(subject="phê duyệt phương án", article=article))
    assert [(q.value, q.unit) for q in rec.quantities] == expected
    assert all(q.kind == "target" for q in rec.quantities)


def _figures(text: str, doc_type: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit or "") for q in extract(Context(text=text + "\n", doc_type=doc_type))]


@pytest.mark.parametrize("text, expected", [
    # a tax office's name and a refund or settlement hold the rule word 'thuế' and set no rate
    ("Năm 2027, Thuế tỉnh đã tiếp nhận 4.812 hồ sơ quyết toán.", [(4812, "hồ sơ")]),
    ("Chi cục Thuế khu vực đã giải quyết hoàn thuế cho 1.236 hồ sơ với số tiền 5,43 tỷ đồng.",
     [(1236, "hồ sơ"), (5.43e9, "đồng")]),
    ("Năm 2027 (quyết toán thuế năm 2026), Thuế cơ sở 2 đã tiếp nhận 960 hồ sơ.", [(960, "hồ sơ")]),
    # counter-cases: a rate or a reduction in a rule stays out, beside a tax office's name too
    ("Hàng hóa chịu thuế giá trị gia tăng 8%.", []),
    ("Cục Thuế áp dụng thuế suất 10% đối với hàng hóa này.", []),
    ("Người nộp thuế được giảm 30% số thuế phải nộp.", []),
])
def test_a_tax_office_or_refund_is_no_rule_rate(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text, "HD") == expected


REPORT = ("BCH ĐOÀN TRƯỜNG THPT AN LẠC\nSố: 12-BC/ĐTN\nAn Lạc, ngày 10 tháng 01 năm 2028\nBÁO CÁO\n"
          "Sơ kết học kỳ I\n{body}\nII. KẾT QUẢ THỰC HIỆN\nKết nạp 24 đoàn viên mới.\n")


@pytest.mark.parametrize("body, expected", [
    # a report's situation section: the unit's present state, no result
    ("I. ĐẶC ĐIỂM TÌNH HÌNH\nĐoàn trường có 18 chi đoàn với 612 đoàn viên/645 học sinh (tỷ lệ 94,9%).", []),
    ("I. Đặc điểm chung\nToàn xã có 9 thôn với 2.140 hộ.", []),
    # counter-cases: a cue of its own under it; a heading that only starts so; shortcomings are reported
    ("I. ĐẶC ĐIỂM TÌNH HÌNH\nNăm qua, Đoàn trường đã kết nạp 30 đoàn viên.", [(30, "đoàn viên")]),
    ("I. TÌNH HÌNH CHUNG VÀ KẾT QUẢ ĐẠT ĐƯỢC\nTổ chức 12 buổi sinh hoạt chủ điểm.", [(12, "buổi sinh hoạt")]),
    ("I. TỒN TẠI, HẠN CHẾ\nMới kết nạp 06 đoàn viên, đạt 60% chỉ tiêu.", [(6, "đoàn viên"), (60, "%")]),
])
def test_a_situation_section_is_the_present_state(body: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(REPORT.format(body=body))
    assert [(q.value, q.unit) for q in rec.quantities] == [*expected, (24, "đoàn viên")]


HEAD = "ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: {number}\nAn Phú, ngày 05 tháng 6 năm 2027\nQUYẾT ĐỊNH\nVề việc giao đất\n"


@pytest.mark.parametrize("number, expected", [
    # a letter OCR printed for a digit of a printed sequence, as citations read it ('1O5/KH-UBND')
    ("2O47/QĐ-UBND", "2047/QĐ-UBND"),
    ("1l5-KH/HU", "115-KH/HU"),
    ("3O8/UBND-NN", "308/UBND-NN"),
    # counter-cases: a handwritten sequence's fragment, or letters with no digit among them, stay unread
    ("ZZ2/QĐ-UBND", None),
    ("lO/QĐ-UBND", None),
])
def test_a_letter_for_a_digit_of_the_number(number: str, expected: str | None) -> None:
    rec = parse_text(HEAD.format(number=number) + "Điều 1. Giao đất cho hộ ông A.\n")
    assert rec.number is not None
    assert rec.number.normalized == expected
    assert any(w.code == "number_repaired" for w in rec.warnings) == (expected is not None)


@pytest.mark.parametrize("head, issuer, parent", [
    # OCR's small l for a capital I in a letterhead: the motto is still one, the body's head still starts a body
    ("ĐẢNG BỘ XÃ AN HÒA                ĐẢNG CỘNG SẢN VlỆT NAM\nCHl BỘ TRƯỜNG TIỂU HỌC\n     AN HÒA"
     "                     An Hòa, ngày 14 tháng 9 năm 2028\n        *\nSố 03-NQ/CB\n",
     "CHI BỘ TRƯỜNG TIỂU HỌC AN HÒA", "ĐẢNG BỘ XÃ AN HÒA"),
    ("ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘl CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI                Độc lập - Tự do"
     " - Hạnh phúc\nSố: 03/NQ-UBND               Lào Cai, ngày 14 tháng 9 năm 2028\n",
     "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", None),
])
def test_a_letterhead_with_l_for_i(head: str, issuer: str, parent: str | None) -> None:
    rec = parse_text(head + "\nNGHỊ QUYẾT\nvề nhiệm vụ năm học 2028 - 2029\n\nChi bộ thống nhất như sau.\n")
    assert rec.issuer is not None
    assert (rec.issuer.name, rec.issuer.parent) == (issuer, parent)


@pytest.mark.parametrize("text, expected", [
    ("ĐẢNG CỘNG SẢN VlỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("CHl BỘ", "CHI BỘ"),
    ("HlỆU TRƯỞNG", "HIỆU TRƯỞNG"),
    # counter-cases: an l not among capitals, or after a single capital, is an l
    ("lãnh đạo Hl", "lãnh đạo Hl"), ("html", "html"), ("ông Al", "ông Al"), ("Tlc", "Tlc"),
])
def test_capital_l_as_i(text: str, expected: str) -> None:
    assert capital_l_as_i(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare day in the middle of a list of days closed by a full date is a day
    ("Tổ chức 03 hội nghị vào các ngày 28/02, 06/3 và 13/3/2028.", ["2028-02-28", "2028-03-06", "2028-03-13"]),
    ("Tập huấn vào các ngày 01/3, 05/3, 08/3 và 12/3/2028.", ["2028-03-01", "2028-03-05", "2028-03-08", "2028-03-12"]),
    # counter-cases: shares after a day, no full date closing the list
    ("Đến ngày 15/3, 2/3 và 1/4 số hộ đã nộp.", [None]),
    ("Tỷ lệ 2/3, 3/4 và 4/5 số hộ.", []),
])
def test_a_bare_day_inside_a_list_of_days(text: str, expected: list[str | None]) -> None:
    assert [t.value for t in find_times(text) if t.kind == "date"] == expected


PLAN = ("BCH ĐOÀN TRƯỜNG THPT AN LẠC\nSố: 14-KH/ĐTN\nAn Lạc, ngày 10 tháng 01 năm 2028\nKẾ HOẠCH\n"
        "Hoạt động học kỳ II\n{line}\n")


@pytest.mark.parametrize("line, expected", [
    # a meeting or festival held 'vào tháng M/YYYY' is an event of that month, as after 'trong'
    ("3. Tổ chức Ngày hội \"Học sinh với kỹ năng sống\" vào tháng 4/2028.", ["2028-04"]),
    ("2. Tổ chức chuyên đề sinh hoạt chi bộ về chuyển đổi số vào tháng 11/2028.", ["2028-11"]),
    # counter-cases: a month with no meeting's word is background; a by-when stays a deadline
    ("Vào tháng 3/2028, toàn trường có 640 đoàn viên.", []),
    ("Các chi đoàn nộp báo cáo vào tháng 5/2028.", []),
])
def test_a_meeting_in_a_numeric_month_after_vao(line: str, expected: list[str]) -> None:
    rec = parse_text(PLAN.format(line=line))
    assert [e.date for e in rec.events] == expected


PROGRAMME = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 38/CTr-SVHTTDL\nHà Nam, ngày 03 tháng 10 năm 2028\nCHƯƠNG TRÌNH\n"
             "Tuần Văn hóa năm 2028\nI. MỤC ĐÍCH\nQuảng bá du lịch.\n{heading}\n{line}\n")


@pytest.mark.parametrize("heading, line, expected", [
    # the days opening the line under a heading that names the time are the occasion's
    ("II. THỜI GIAN, ĐỊA ĐIỂM", "Từ ngày 26/10 đến ngày 01/11/2028 tại Khu du lịch Tam Chúc.", [("2028-10-26", "2028-11-01")]),
    ("II. THỜI GIAN TỔ CHỨC", "Ngày 26/10/2028 tại Quảng trường tỉnh.", [("2028-10-26", None)]),
    # counter-cases: under another heading the bare days say nothing of an occasion
    ("II. KINH PHÍ", "Từ ngày 26/10 đến ngày 01/11/2028 tại Khu du lịch Tam Chúc.", []),
    ("II. ĐỐI TƯỢNG", "Từ ngày 26/10 đến ngày 01/11/2028 tại Khu du lịch Tam Chúc.", []),
])
def test_days_under_a_time_heading(heading: str, line: str, expected: list[tuple[str, str | None]]) -> None:
    rec = parse_text(PROGRAMME.format(heading=heading, line=line))
    assert [(e.date, e.end) for e in rec.events] == expected


@pytest.mark.parametrize("line, expected", [
    # a season's sowing window is an event, as a campaign's range
    ("- Cây ưa ấm: gieo trồng tập trung từ ngày 05/9 đến ngày 30/9/2028.", [("2028-09-05", "2028-09-30")]),
    ("- Lúa Mùa: gieo cấy từ ngày 01/7 đến ngày 20/7/2028.", [("2028-07-01", "2028-07-20")]),
    # counter-case: a single day after the verb is no window
    ("- Cây ưa ấm: gieo trồng xong trước ngày 05/10/2028.", []),
])
def test_a_sowing_window(line: str, expected: list[tuple[str, str | None]]) -> None:
    rec = parse_text(PLAN.format(line=line))
    assert [(e.date, e.end) for e in rec.events] == expected


@pytest.mark.parametrize("text, expected", [
    # a count after a body's name ends its item at a bracket as at a comma ("315 học sinh (9 lớp chuyên)")
    ("Trường THPT Chuyên Lê Quý Đôn tuyển 315 học sinh (9 lớp chuyên).", [(315, "học sinh"), (9, "lớp")]),
    ("Toàn tỉnh tuyển 9.850 học sinh, trong đó Trường THPT Chuyên tuyển 315 học sinh (9 lớp chuyên).",
     [(9850, "học sinh"), (315, "học sinh"), (9, "lớp")]),
    # counter-case: a name's number running on into the name is no count
    ("Ban Chỉ đạo 389 quốc gia tăng cường kiểm tra thị trường.", []),
])
def test_a_count_after_a_name_ends_at_a_bracket(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text, "KH") == expected


ADMISSION = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 486/KH-SGDĐT\nYên Bái, ngày 14 tháng 3 năm 2028\nKẾ HOẠCH\nTuyển sinh lớp 10\n"
             "III. LỊCH TUYỂN SINH\n{line}\n")


@pytest.mark.parametrize("line, events, deadlines", [
    # a filing window closes by its end: a by-when, with the closing hour
    ("1. Học sinh nộp phiếu đăng ký dự tuyển tại trường THCS nơi đang học từ ngày 02/5 đến 17 giờ 00 ngày 12/5/2028.",
     [], ["2028-05-12T17:00"]),
    ("1. Các đơn vị gửi hồ sơ từ ngày 02/5 đến ngày 12/5/2028.", [], ["2028-05-12"]),
    # counter-cases: an office receiving the files holds an activity; an occasion named after the verb is one
    ("1. Bộ phận một cửa tiếp nhận hồ sơ từ ngày 02/5 đến ngày 12/5/2028.", [("2028-05-02", "2028-05-12")], []),
    ("1. Các đơn vị gửi đại biểu dự Hội nghị tập huấn từ ngày 02/5 đến ngày 04/5/2028.",
     [("2028-05-02", "2028-05-04")], []),
])
def test_a_filing_window(line: str, events: list[tuple[str, str]], deadlines: list[str]) -> None:
    rec = parse_text(ADMISSION.format(line=line))
    assert [(e.date, e.end) for e in rec.events] == events
    assert [d.due for d in rec.deadlines] == deadlines


@pytest.mark.parametrize("text, expected", [
    # an amount owed now, told by "là", is the state; the units owing it go with it
    ("Số nợ BHYT kéo dài từ 03 tháng trở lên là 12,8 tỷ đồng của 214 đơn vị, chủ yếu là doanh nghiệp.", []),
    ("Số tiền chậm đóng tính đến ngày 30/11/2027 là 3.146.800.000 đồng.", []),
    # counter-cases: a plan to cut it, and arrears collected, are a target and a result
    ("Phấn đấu giảm số nợ BHYT xuống dưới 1,5% tổng số phải thu.", [(1.5, "%")]),
    ("Đã thu hồi số nợ đọng 2,5 tỷ đồng của 14 đơn vị.", [(2.5e9, "đồng"), (14, "đơn vị")]),
])
def test_arrears_owed_now_are_the_state(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text, "BC") == expected


@pytest.mark.parametrize("text, expected", [
    # those who broke a rule are incidents, unless the sentence tells what the bodies did about them
    ("Vẫn còn 03 đoàn viên vi phạm nội quy nhà trường.", []),
    ("Trong năm có 12 chi đoàn vi phạm chế độ sinh hoạt.", []),
    ("Phát hiện 38 đơn vị vi phạm, kiến nghị thu hồi 2,16 tỷ đồng.", [(38, "đơn vị"), (2.16e9, "đồng")]),
    ("Lập biên bản xử lý 19 cơ sở vi phạm.", [(19, "cơ sở")]),
])
def test_violators_are_incidents(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text, "BC") == expected

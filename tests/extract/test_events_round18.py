"""Events and deadlines of the eighteenth heldout round's failure classes (invented sentences, with
counter-cases): a run of days printed 'từ 20 đến 25/3/2027' (the first day bare), the first day of a range with a
letter for a digit ('từ ngày l5/3 đến ...'), days after 'trong các (ngày)', an item's label with a day-part and
weekdays before its days, an anniversary's date in brackets after 'vào dịp ...', 'vào lúc' (a moment, not a
by-when), a period opening a duty ('trong quý II/2027 hoàn thành ...'), a longer source before a forecast's days,
runs of days in a table's cells (flattened one a line, or markdown), an exam's sittings, volunteers' help told
after its days, and a day named twice in one clause (once with its clock time); the round's quantity classes
and two of its citation classes (a letter for a digit of a cited sequence, a damaged 'ngày' before its date)."""

from __future__ import annotations

from datetime import date

import pytest

from vanban import parse_text
from vanban.context import Context
from vanban.extract.quantities import extract as quantities
from vanban.extract.schedule import extract
from vanban.grammar.timex import find_times


def found(text: str, issued: date, doc_type: str = "KH") -> tuple[list[tuple[str, str | None]], list[str | None]]:
    events, deadlines = extract(Context(text=text + "\n", issued_date=issued, doc_type=doc_type))
    return [(e.date, e.end) for e in events], [d.due for d in deadlines]


@pytest.mark.parametrize("text, expected", [
    ("trong các ngày từ 20 đến 25/3/2027;", [("từ 20 đến 25/3/2027", "2027-03-20", "2027-03-25")]),
    ("diễn ra từ 3 đến 5/12/2026.", [("từ 3 đến 5/12/2026", "2026-12-03", "2026-12-05")]),
    ("từ ngày l5/3 đến ngày 15/4/2027 trên", [("từ ngày 15/3 đến ngày 15/4/2027", "2027-03-15", "2027-04-15")]),
    ("từ ngày 1O/3 đến ngày 15/4/2027", [("từ ngày 10/3 đến ngày 15/4/2027", "2027-03-10", "2027-04-15")]),
    # counter-cases: no "từ" before the bare day (the date inside is still read); days out of order; counts;
    # a lone OCR'd day that opens no range; letters only
    ("giảm 20 đến 25/3/2027", [("25/3/2027", "2027-03-25", None)]),
    ("từ 25 đến 20/3/2027", [("20/3/2027", "2027-03-20", None)]),
    ("mỗi đội từ 15 đến 20 cầu thủ", []),
    ("ngày l5/3 và", []),
    ("từ ngày l/I đến ngày 15/4/2027", [("ngày 15/4/2027", "2027-04-15", None)]),
])
def test_runs_of_days(text: str, expected: list) -> None:
    got = [(t.text, t.value, t.end_value) for t in find_times(text, ref=date(2027, 1, 1)) if t.kind != "time"]
    assert got == expected


@pytest.mark.parametrize("text, doc_type, events, deadlines", [
    ("4. Đồng chí Phó Chủ tịch kiểm tra công tác phòng, chống rét tại huyện Bát Xát trong các ngày 11 và 12/01/2027.",
     "CĐ", [("2027-01-11", "2027-01-12")], []),
    ("Các chi bộ tổ chức sinh hoạt chuyên đề trong các ngày từ 20 đến 25/3/2027; tỷ lệ bài thu hoạch đạt 90%.",
     "TB", [("2027-03-20", "2027-03-25")], []),
    ("- Thi viết: buổi sáng thứ Tư và thứ Năm, ngày 13 và 14/01/2027; tính giờ làm bài từ 07 giờ 30.", "CV",
     [("2027-01-13", "2027-01-14")], []),
    ("- Chung kết Hội thi Người đẹp Hoa Ban: tối Chủ nhật, ngày 14/3/2027, tại Nhà văn hóa tỉnh.", "TTr",
     [("2027-03-14", None)], []),
    ("c) Lễ thông xe kỹ thuật tổ chức vào dịp kỷ niệm 52 năm Ngày giải phóng tỉnh Quảng Ngãi (24/3/2027).", "TB",
     [("2027-03-24", None)], []),
    ("Các đơn vị kiểm tra thiết bị, chạy thử hệ thống vào lúc 15h00 ngày 24/02/2027 tại địa điểm Hội thảo.", "GM",
     [("2027-02-24T15:00", None)], []),
    ("b) Ban Quản lý dự án chỉ đạo nhà thầu; trong quý II/2027 hoàn thành thảm bê tông nhựa toàn tuyến.", "TB",
     [], ["2027-06-30"]),
    ("Theo bản tin của Đài Khí tượng Thủy văn tỉnh, từ đêm 10/01/2027 đến hết ngày 16/01/2027, trên địa bàn tỉnh "
     "xảy ra đợt rét đậm, rét hại.", "CĐ", [("2027-01-10", "2027-01-16")], []),
    ("- Chấm thi tập trung tại Sở GDĐT từ ngày 18/01/2027 đến ngày 24/01/2027.", "CV",
     [("2027-01-18", "2027-01-24")], []),
    ("3. Trong các ngày từ 08/01 đến 12/01/2027, 85 sinh viên tình nguyện hỗ trợ người dân sửa chữa nhà văn hóa.",
     "BC", [("2027-01-08", "2027-01-12")], []),
    ("4. Lễ kỷ niệm 96 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2027) và tuyên dương: 08h00 ngày 26/3/2027.", "KH",
     [("2027-03-26T08:00", None)], []),
    # a body named after an opening date, then "sẽ/đã" and its act (no comma)
    ("Thực hiện Hướng dẫn của Ban Tuyên giáo; ngày 10/3/2027 Ban Thường vụ Huyện ủy sẽ tổ chức Hội nghị báo cáo "
     "viên.", "TB", [("2027-03-10", None)], []),
    # counter-cases: a subject in lower case (before an activity, the activity default reads it at a lower
    # confidence: tests/extract/test_events_default.py); a verb of no occasion; a date that does not open its clause
    ("Ngày 15/3/2027 các chi bộ sẽ rà soát danh sách.", "TB", [], []),
    ("Ngày 15/3/2027 Ban Thường vụ sẽ xem xét, quyết định.", "TB", [], []),
    ("Kế hoạch ngày 15/3/2027 Ban Thường vụ sẽ tổ chức.", "TB", [], []),
    # counter-cases: a by-when after a duty's verb stays one; a period before words that are no duty; a
    # "trong" month of a report; a source's days with no verb of what happened; the bracket of a law's date;
    # two different days in one clause stay two events
    ("Các đơn vị báo cáo kết quả vào ngày 24/02/2027.", "CV", [], ["2027-02-24"]),
    ("Trong quý II/2027, toàn tỉnh có 12 dự án khởi công.", "BC", [], []),
    ("Theo số liệu của Cục Thống kê tỉnh, từ ngày 01/01/2027 đến ngày 31/3/2027, giá cả ổn định.", "BC", [], []),
    ("Căn cứ Luật Đất đai (ngày 18/01/2024) và các văn bản hướng dẫn.", "KH", [], []),
    ("Lễ khai mạc vào ngày 12/3/2027 và bế mạc lúc 21h00 ngày 15/3/2027.", "KH",
     [("2027-03-12", None), ("2027-03-15T21:00", None)], []),
])
def test_round18_events(text: str, doc_type: str, events: list, deadlines: list) -> None:
    assert found(text, date(2027, 1, 5), doc_type) == (events, deadlines)


@pytest.mark.parametrize("text, events", [
    # a schedule table flattened one cell a line: runs of days in the "Thời gian" column
    ("STT\nNội dung công việc\nThời gian\nĐịa điểm\n1\nNạo vét kênh mương\nTừ 08/3 đến 20/3/2027\nCác thôn\n"
     "2\nBê tông hóa đường\n22/3 - 15/4/2027\nThôn 2", [("2027-03-08", "2027-03-20"), ("2027-03-22", "2027-04-15")]),
    # a markdown table: a run of hours on a day, a day after its part of the day, two days
    ("| Thời gian | Nội dung |\n|---|---|\n| 07h30 - 11h00, thứ Ba 09/3/2027 | Làm việc với UBND huyện |\n"
     "| Sáng thứ Năm, 11/3/2027 | Làm việc với huyện Kbang |\n| Ngày 16 và 17/3/2027 | Kiểm tra tại huyện |",
     [("2027-03-09T07:30", "2027-03-09T11:00"), ("2027-03-11", None), ("2027-03-16", "2027-03-17")]),
    # counter-cases: a column that is no time column (its row naming no activity: with one, the activity default
    # reads the row at a lower confidence, tests/extract/test_events_default.py); words other than a part of the day
    # before the day
    ("| Số liệu | Nội dung |\n|---|---|\n| Ngày 16 và 17/3/2027 | Số hồ sơ tiếp nhận |", []),
    ("| Thời gian | Nội dung |\n|---|---|\n| Hạn nộp 11/3/2027 | Báo cáo |", []),
])
def test_round18_table_cells(text: str, events: list) -> None:
    assert found(text, date(2027, 1, 5))[0] == events


@pytest.mark.parametrize("text, expected", [
    # a part of a total with a scale word after the total, or a decimal part
    ("Đã giải ngân 312/450 tỷ đồng kế hoạch vốn.", [(312_000_000_000, "đồng"), (450_000_000_000, "đồng")]),
    ("Đã bàn giao 42,5/58 ha mặt bằng.", [(42.5, "ha"), (58, "ha")]),
    ("Đã bàn giao 42/58 hộ.", [(42, "hộ"), (58, "hộ")]),  # as before
    # counter-cases: a kilometre marker's metres; a decimal over a year is no part of a total
    ("Đã thông xe đoạn Km0 - Km12+500 tổ chức giao thông.", []),
    ("Theo Quyết định 12,5/2025 về giá.", []),
])
def test_round18_quantities(text: str, expected: list) -> None:
    got = quantities(Context(text=text + "\n", issued_date=date(2027, 1, 19), doc_type="BC"))
    assert [(q.value, q.unit) for q in got] == expected


@pytest.mark.parametrize("text, doc_type, expected", [
    # a visit's length after "Thời gian ..." without a colon is no count
    ("Thời gian làm việc tại mỗi đơn vị 01 buổi; lịch cụ thể do Sở Nội vụ thông báo.", "QĐ", []),
    # counter-cases: "thời gian tới/qua" is a period, the sessions after it are counted
    ("Thời gian tới tổ chức 05 buổi tập huấn cho cán bộ.", "KH", [(5, "target")]),
    # an amount a công điện's directives order handed out
    ("Theo dự báo có rét đậm. Chủ tịch UBND tỉnh yêu cầu: 3. Sở Nông nghiệp và Môi trường xuất cấp ngay 50 tấn "
     "thức ăn thô xanh dự trữ cho các huyện vùng cao.", "CĐ", [(50, "target")]),
    # counter-cases: the same verb in the narrative before the directive is what was done; a state figure after
    # the directive without such a verb is nothing
    ("Các địa phương đã cấp phát 20 tấn gạo. Chủ tịch UBND tỉnh yêu cầu: 1. Theo dõi chặt chẽ; có 37 hồ chứa "
     "xuống cấp.", "CĐ", [(20, "result")]),
    # a unit of labour is no span of time
    ("Huy động khoảng 1.200 ngày công lao động của Nhân dân.", "KH", [(1200, "target")]),
    ("Tập huấn trong 03 ngày.", "KH", []),  # counter-case: a span of days
])
def test_round18_counts(text: str, doc_type: str, expected: list) -> None:
    got = quantities(Context(text=text + "\n", issued_date=date(2027, 1, 9), doc_type=doc_type))
    assert [(q.value, q.kind) for q in got] == expected


@pytest.mark.parametrize("text, expected", [
    # a letter OCR printed for a digit of a cited sequence; a damaged "ngày" before the citation's date
    ("Thực hiện Kế hoạch số 1O5/KH-UBND ngày 28/02/2027 của UBND huyện.", [("105/KH-UBND", "2027-02-28")]),
    ("Thực hiện Kế hoạch số l2-KH/HU ngày 03/3/2027 của Huyện ủy.", [("12-KH/HU", "2027-03-03")]),
    ("Thưc hiện Hướng dẫn sô 09-HD/BTGDVHU ngảy 03/3/2027 của Ban Tuyên giáo.", [("09-HD/BTGDVHU", "2027-03-03")]),
    # counter-cases: letters alone are no sequence; a clean number is read as before
    ("Mã hồ sơ: IO/KH-UBND.", []),
    ("Căn cứ Nghị định số 69/2024/NĐ-CP ngày 25/6/2024 của Chính phủ.", [("69/2024/NĐ-CP", "2024-06-25")]),
])
def test_round18_citations(text: str, expected: list) -> None:
    assert [(c.number, c.date) for c in parse_text(text + "\n").citations] == expected


@pytest.mark.parametrize("text, doc_type, expected", [
    # the seventeenth round's leftovers, each a class: a straight-quoted name closed inside the look-back but opened
    # before it leaves no quote open; a photo's size after the count; the change of a count of perfect marks
    ('2. Thành lập mới 14 mô hình "Địa chỉ tin cậy ở cộng đồng" (mỗi xã, thị trấn 01 mô hình); duy trì hiệu quả '
     '28 câu lạc bộ "Gia đình hạnh phúc" hiện có.', "KH", [(14, "target"), (1, "target"), (28, "target")]),
    ("Gửi hồ sơ (bản sao thẻ học sinh, 02 ảnh 3x4) về Thường trực Hội đồng Đội huyện.", "TB", [(2, "target")]),
    ("Toàn trường đạt 8.736 điểm 10 (tăng 1.120 điểm so với năm học trước).", "BC", [(8736, "result"), (1120, "result")]),
    # how full the reservoirs stand is the flood's hazard, not a result
    ("Hiện nay, các hồ chứa thủy lợi khu vực Trung Bộ đã tích đạt khoảng 85% dung tích thiết kế.", "CĐ", []),
    # counter-cases: a number inside a short quoted name; a reference's number after its word; a score's change;
    # a share reached that is no reservoir's
    ('Phát động phong trào "Thanh niên 3 sẵn sàng" trong toàn huyện.', "KH", []),
    ("Sửa đổi 2 Điều 11 của Quy chế.", "KH", []),
    ("Mỗi bài thi được chấm thang 10 điểm, tăng 2 điểm cho bài xuất sắc.", "BC", []),
    ("Năm 2026, toàn tỉnh đã đạt 85% hộ dân sử dụng nước sạch.", "BC", [(85, "result")]),
])
def test_round17_leftover_quantities(text: str, doc_type: str, expected: list) -> None:
    got = quantities(Context(text=text + "\n", issued_date=date(2026, 12, 9), doc_type=doc_type))
    assert [(q.value, q.kind) for q in got] == expected


@pytest.mark.parametrize("text, doc_type, events", [
    # a recurring activity's first day after its rate
    ('Thực hiện chuyên mục "Đã uống rượu bia - không lái xe" trên sóng phát thanh ít nhất 02 lần/tuần từ ngày '
     "01/01/2027.", "CT", [("2027-01-01", None)]),
    # counter-cases: a recurring report is a duty, not an occasion; a rule's start without a rate
    ("Các xã báo cáo tiến độ 01 lần/tuần từ ngày 01/01/2027.", "CT", []),
    ("Áp dụng mức thu mới từ ngày 01/01/2027.", "QĐ", []),
])
def test_round17_leftover_events(text: str, doc_type: str, events: list) -> None:
    assert found(text, date(2026, 12, 22), doc_type)[0] == events

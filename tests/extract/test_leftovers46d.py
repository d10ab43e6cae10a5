"""The deadline, event, issuer and contact leftovers of heldout rounds 35-46 (issue 10), fixed by class: invented
documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

PLAN = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 215/KH-UBND\nB, ngày 15 tháng 10 năm 2029\n\nKẾ HOẠCH\n"
        "Thực hiện nhiệm vụ trọng tâm những tháng cuối năm 2029\n\nII. NHIỆM VỤ\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Thạnh\n"


def _deadlines(line: str) -> list[tuple[str | None, str | None]]:
    return [(d.due, d.period) for d in parse_text(PLAN + line + TAIL).deadlines]


# ---- a task done "trong <quarter or month>" is due by the period's last day -------------------------------------------

PERIOD_TASKS = [
    ("1. Kiểm tra, rà soát 100% cơ sở kinh doanh karaoke về phòng cháy, chữa cháy trong tháng 12/2029.",
     [("2029-12-31", "2029-12")]),
    ("2. Khởi công dự án cầu Bến Lức trong quý II năm 2030.", [("2030-06-30", "2030-Q2")]),
    ("3. Giải quyết dứt điểm 05 đơn thư còn tồn đọng trong quý I/2030.", [("2030-03-31", "2030-Q1")]),
    ("4. Thời gian thực hiện: khởi công trong quý III/2030, hoàn thành trước ngày 31/12/2030.",
     [("2030-09-30", "2030-Q3"), ("2030-12-31", None)]),
    ("5. Trong tháng 11/2029 chi trả xong tiền hỗ trợ cho 40 hộ bị ảnh hưởng.", [("2029-11-30", "2029-11")]),
    ("6. Chi bộ xét kết nạp 02 quần chúng ưu tú vào Đảng trong tháng 12/2029.", [("2029-12-31", "2029-12")]),
    ("7. Cập nhật đầy đủ hồ sơ lên hệ thống trong tháng 11/2029.", [("2029-11-30", "2029-11")]),
    # counter-cases: what was done; a meeting held in the month; a target's horizon before its noun phrase
    ("8. Đã kiểm tra 12 cơ sở trong tháng 11/2029, còn 3 cơ sở chưa kiểm tra.", []),
    ("9. Tổ chức Hội nghị tổng kết công tác kiểm tra trong tháng 12/2029.", []),
    ("10. Phấn đấu trong quý IV giải quyết việc làm cho ít nhất 500 lao động.", []),
]


@pytest.mark.parametrize(("line", "deadlines"), PERIOD_TASKS)
def test_a_task_in_a_period_is_due_by_its_end(line: str, deadlines: list[tuple[str | None, str | None]]) -> None:
    assert _deadlines(line) == deadlines


def _schedule(line: str) -> tuple[list[tuple[str | None, str | None]], list[tuple[str | None, str | None]]]:
    rec = parse_text(PLAN + line + TAIL)
    return [(d.due, d.recurrence.freq if d.recurrence else None) for d in rec.deadlines], \
        [(e.date, e.end) for e in rec.events]


# ---- a term closing "đến hết ngày", named before it, is a by-when; a result "Đến hết <month>, ... đã" is none ------

TERM_CLOSES = [
    ("3. Thời hạn kiểm soát, thanh toán các khoản chi của kế hoạch năm 2029 kéo dài đến hết ngày 31/01/2030.",
     [("2030-01-31", None)]),
    ("3. Thời hạn kiểm soát, thanh toán các khoản chi của kế hoạch\nnăm 2029 kéo dài đến hết ngày 31/01/2030.",
     [("2030-01-31", None)]),
    ("2. Thời gian chỉnh lý quyết toán: đến hết ngày 31/01/2030.", [("2030-01-31", None)]),
    ("1. Thời hạn chi ngân sách: các khoản chi thường xuyên được thực hiện đến hết ngày 31/12/2029.",
     [("2029-12-31", None)]),
    ("Đến hết tháng 11/2029, toàn ngành đã khám cho 2,86 triệu lượt người; tiếp tục hoàn thành bệnh án điện tử tại "
     "02 bệnh viện trong tháng 12/2029.", [("2029-12-31", None)]),
    # counter-cases: a spell of weather lasting to a day; a duty after the opening "Đến hết" in its own clause
    ("Dự báo mưa lớn kéo dài đến hết ngày 25/11/2029 tại các huyện miền núi.", []),
    ("Đến hết ngày 30/11/2029, 100% hộ dân ven kênh phải ký cam kết bảo vệ công trình.", [("2029-11-30", None)]),
]


@pytest.mark.parametrize(("line", "deadlines"), TERM_CLOSES)
def test_a_terms_close_is_its_by_when(line: str, deadlines: list[tuple[str | None, str | None]]) -> None:
    assert _schedule(line)[0] == deadlines


# ---- the days a recurring duty runs over are no occasion ------------------------------------------------------------

RECURRING_SPANS = [
    ("- Các đơn vị báo cáo tình hình khám, chữa bệnh dịp Tết trước 10 giờ hằng ngày từ ngày 26/01/2030 đến ngày "
     "03/02/2030.", ([(None, "daily")], [])),
    # counter-case: a fair over days in the next clause is held
    ("- Các đơn vị báo cáo trước 10 giờ hằng ngày; tổ chức Hội chợ Xuân từ ngày 26/01/2030 đến ngày 03/02/2030.",
     ([(None, "daily")], [("2030-01-26", "2030-02-03")])),
]


@pytest.mark.parametrize(("line", "found"), RECURRING_SPANS)
def test_the_days_a_recurring_duty_runs_over_are_no_event(
        line: str, found: tuple[list[tuple[str | None, str | None]], list[tuple[str | None, str | None]]]) -> None:
    assert _schedule(line) == found


# ---- a plan's timeline month is when its row's activity happens, a meeting or a task ----------------------------------

TIMELINES = [
    ("| TT | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
     "| 4 | Tổng kết, đánh giá kết quả thực hiện | Các phòng thuộc Sở | Tháng 12/2029 |", ["2029-12"], []),
    ("TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian\n5\tKiểm tra, nghiệm thu diện tích trồng mới\tTổ nghiệm thu xã"
     "\tTháng 11/2029", ["2029-11"], []),
    ("TT\tNội dung\tThời gian\tSố người\n5\tĐoàn khảo sát thị trường Nhật Bản\tTháng 11/2029\t08 người",
     ["2029-11"], []),
    # counter-cases: a month within which the task is done; a column of by-whens; a column naming no time
    ("TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian\n3\tCung ứng 180.000 cây giống\tCông chức Nông nghiệp\t"
     "Trong tháng 11/2029", [], [("2029-11-30", "2029-11")]),
    ("TT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n2\tLắp đèn chiếu sáng đường thôn\tĐoàn Thanh niên xã\t"
     "Tháng 12/2029", [], [("2029-12-31", "2029-12")]),
    ("TT\tNội dung\tGhi chú\n1\tRà soát thủ tục hành chính\tTháng 12/2029", [], []),
]


@pytest.mark.parametrize(("table", "months", "deadlines"), TIMELINES)
def test_a_timeline_month_is_its_rows_event(table: str, months: list[str],
                                           deadlines: list[tuple[str | None, str | None]]) -> None:
    rec = parse_text(PLAN + "III. TIẾN ĐỘ THỰC HIỆN\n\n" + table + "\n" + TAIL)
    assert [e.date for e in rec.events] == months
    assert [(d.due, d.period) for d in rec.deadlines] == deadlines


# ---- a seal's ring text OCR read into the letterhead is no part of the body's name ------------------------------------

LETTER_BODY = ("Số: 12/KH-UBND              Vĩnh Thạnh, ngày 05 tháng 3 năm 2028\n\nKẾ HOẠCH\nTriển khai chuyển đổi số\n\n"
               "Nội dung kế hoạch.\n\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn An\n")
SEALED_HEADS = [
    ("  ỦY BAN NHÂN DÂN           CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   XÃ VĨNH THẠNH               Độc lập - Tự do - "
     "Hạnh phúc\n(UBND XA VINH THANH *       ———————————————\n T.CAN THO * )\n", "ỦY BAN NHÂN DÂN XÃ VĨNH THẠNH"),
    ("UỶ BAN NHÂN DÂN             CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG TÂN LẬP                  Độc lập - Tự do - "
     "Hạnh phúc\n  (UBND PHUONG TAN LAP *         ______________________\n    TP. BUÔN MA THUỘT *)\n",
     "UỶ BAN NHÂN DÂN PHƯỜNG TÂN LẬP"),
    # counter-cases: a name wrapped onto its next line; a name holding its own brackets
    ("UBND TỈNH AN BÌNH           CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NÔNG NGHIỆP                Độc lập - Tự do - "
     "Hạnh phúc\nVÀ MÔI TRƯỜNG\n", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    ("UBND TỈNH AN BÌNH           CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN QUẢN LÝ DỰ ÁN (KHU VỰC 2)  Độc lập - Tự do - "
     "Hạnh phúc\n", "BAN QUẢN LÝ DỰ ÁN (KHU VỰC 2)"),
]


@pytest.mark.parametrize(("head", "issuer"), SEALED_HEADS)
def test_a_seal_ring_is_no_part_of_the_issuer(head: str, issuer: str) -> None:
    rec = parse_text(head + LETTER_BODY)
    assert rec.issuer is not None and rec.issuer.name == issuer


# ---- the first day of a window that closes at a by-when is no occasion ------------------------------------------------

WINDOWS = [
    ("- Các đơn vị nhập dữ liệu đăng ký dự thi trên phần mềm quản lý thi tại địa chỉ https://qlthi.anbinh.edu.vn từ "
     "ngày 17/11/2029 đến trước 17 giờ 00 ngày 24/11/2029; sau thời hạn trên, phần mềm tự động khóa.",
     ([("2029-11-24T17:00", None)], [])),
    # counter-cases: a window of days with no by-when; a start with no close
    ("- Đoàn kiểm tra làm việc tại các xã từ ngày 17/11/2029 đến ngày 24/11/2029.", ([], [("2029-11-17", "2029-11-24")])),
    ("- Đoàn kiểm tra liên ngành làm việc tại các xã bắt đầu từ ngày 17/11/2029.", ([], [("2029-11-17", None)])),
]


@pytest.mark.parametrize(("line", "found"), WINDOWS)
def test_a_window_closing_at_a_by_when_opens_no_event(
        line: str, found: tuple[list[tuple[str | None, str | None]], list[tuple[str | None, str | None]]]) -> None:
    assert _schedule(line) == found


# ---- a one-line copy's letterhead naming a body whose second half is a type word ("TÀI CHÍNH - KẾ HOẠCH") -------------

ONE_LINE_TAIL = (" CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 287/TTr-TCKH Thanh Chương, ngày 09 "
                 "tháng 7 năm 2028 {title} Về việc đề nghị phân bổ kinh phí sửa chữa trường học Kính gửi: Ủy ban nhân "
                 "dân huyện Thanh Chương. Phòng kính trình UBND huyện xem xét, quyết định./. Nơi nhận: - Như trên; - "
                 "Lưu: VT, TCKH. TRƯỞNG PHÒNG (đã ký) Nguyễn Đình Hải")
ONE_LINE_HEADS = [
    ("UBND HUYỆN THANH CHƯƠNG PHÒNG TÀI CHÍNH - KẾ HOẠCH", "TỜ TRÌNH", ("PHÒNG TÀI CHÍNH - KẾ HOẠCH", "TTr")),
    # counter-case: a body's name with no type word in it
    ("UBND HUYỆN THANH CHƯƠNG PHÒNG TÀI CHÍNH", "TỜ TRÌNH", ("PHÒNG TÀI CHÍNH", "TTr")),
]


@pytest.mark.parametrize(("head", "title", "expected"), ONE_LINE_HEADS)
def test_a_one_line_letterheads_name_keeps_its_type_word_half(head: str, title: str,
                                                               expected: tuple[str, str]) -> None:
    rec = parse_text(head + ONE_LINE_TAIL.format(title=title))
    assert (rec.issuer.name if rec.issuer else None, rec.doc_type.code if rec.doc_type else None) == expected

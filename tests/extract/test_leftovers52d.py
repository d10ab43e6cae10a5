"""The event, deadline, issuer and signer leftovers of heldout rounds 47-52 (issue 10), fixed by class: invented
documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

DECISION = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 45/QĐ-UBND\tAn Bình, ngày 18 tháng 12 năm 2029\n\nQUYẾT ĐỊNH\nVề việc phê duyệt dự án nâng cấp "
            "đường giao thông nông thôn\n\nĐiều 1. Phê duyệt dự án với các nội dung sau:\n")
NOTICE = ("UBND QUẬN A\nỦY BAN NHÂN DÂN PHƯỜNG B\nSố: 08/TB-UBND\nB, ngày 26 tháng 12 năm 2029\n\nTHÔNG BÁO\n"
          "Lịch làm việc của Ủy ban nhân dân phường\n\n")
PLAN_HEAD = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 215/KH-UBND\tB, ngày 15 tháng 12 năm 2029\n\nKẾ HOẠCH\n"
             "Phòng cháy, chữa cháy rừng mùa khô năm 2030\n\nII. NHIỆM VỤ\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Thạnh\n"


def _events(head: str, line: str) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.end) for e in parse_text(head + line + TAIL).events]


# ---- a whole year, a run of years or a quarter is the time a plan covers, never an occasion ------------------------

PLAN_SPANS = [
    (DECISION, "4. Thời gian thực hiện: năm 2030; hoàn thành trước ngày 30/9/2030.", []),
    (DECISION, "4. Thời gian thực hiện: năm 2030 - 2031.", []),
    (DECISION, "4. Thời gian thực hiện: từ năm 2030 đến năm 2032.", []),
    (NOTICE, "UBND phường thông báo lịch tiếp công dân định kỳ quý I năm 2030 như sau:", []),
    (NOTICE, "Thời gian: quý II/2030.", []),
    # counter-cases: a day, a range of days, a month the meeting is held in stay events
    (DECISION, "4. Thời gian thực hiện: từ ngày 05/01/2030 đến ngày 30/9/2030.", [("2030-01-05", "2030-09-30")]),
    (NOTICE, "Thời gian: ngày 15/01/2030.", [("2030-01-15", None)]),
    (NOTICE, "Tổ chức Hội nghị tổng kết công tác năm 2029 vào tháng 01/2030.", [("2030-01", None)]),
]


@pytest.mark.parametrize(("head", "line", "events"), PLAN_SPANS)
def test_a_year_or_a_quarter_is_no_occasion(head: str, line: str, events: list[tuple[str | None, str | None]]) -> None:
    assert _events(head, line) == events


# ---- a board's line ("... HỘI ĐỒNG QUẢN TRỊ") goes on with the bank or company it governs on the next line ----------

BOARD_HEADS = [
    ("UBND HUYỆN TAM AN\nBAN ĐẠI DIỆN HỘI ĐỒNG QUẢN TRỊ\nNGÂN HÀNG CHÍNH SÁCH XÃ HỘI\n",
     ("BAN ĐẠI DIỆN HỘI ĐỒNG QUẢN TRỊ NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "UBND HUYỆN TAM AN")),
    ("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM\nHỘI ĐỒNG QUẢN TRỊ\nTỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC\n",
     ("HỘI ĐỒNG QUẢN TRỊ TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", "TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM")),
    # counter-cases: the board under its bank is a body of its own; a body the table does not list after it
    ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nBAN ĐẠI DIỆN HỘI ĐỒNG QUẢN TRỊ\n",
     ("BAN ĐẠI DIỆN HỘI ĐỒNG QUẢN TRỊ", "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI")),
    ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nHỘI ĐỒNG QUẢN TRỊ\nBAN ĐIỀU HÀNH\n", ("BAN ĐIỀU HÀNH", "HỘI ĐỒNG QUẢN TRỊ")),
]


@pytest.mark.parametrize(("head", "issuer"), BOARD_HEADS)
def test_a_boards_line_goes_on_with_the_body_it_governs(head: str, issuer: tuple[str, str]) -> None:
    rec = parse_text(head + "Số: 01/TB-BĐD\nTam An, ngày 09 tháng 01 năm 2030\n\nTHÔNG BÁO\nKết luận phiên họp quý IV năm "
                     "2029\n\nNgày 08/01/2030, Ban đại diện đã họp phiên thường kỳ." + TAIL)
    assert rec.issuer is not None
    assert (rec.issuer.name, rec.issuer.parent) == issuer


# ---- a copy cut above its number: the body its head heads, named writing on the closing line -----------------------

CUT = ("Số: 356/TB-VP\tAn Phú, ngày 04 tháng 12 năm 2029\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại cuộc họp "
       "giao ban tháng 11 năm 2029\n\nNgày 02/12/2029, Chủ tịch UBND huyện chủ trì cuộc họp giao ban. Sau khi nghe "
       "các phòng báo cáo, Chủ tịch UBND huyện kết luận như sau:\n"
       + "".join(f"{k}. Các phòng, ban, ngành và UBND các xã, thị trấn tập trung chỉ đạo, đôn đốc hoàn thành các nhiệm "
                 f"vụ được giao trong kế hoạch năm 2029, bảo đảm đúng tiến độ và chất lượng.\n" for k in range(1, 13))
       + "\n")  # (longer than the opening a cut copy's body is looked for in)
CUT_CLOSINGS = [
    ("Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.",
     "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG", "Văn phòng HĐND và UBND huyện"),
    ("Sở Tư pháp thông báo để các cơ quan, đơn vị biết, thực hiện./.", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Sở Tư pháp"),
    # counter-cases: the closing line asks another body; it names no body of the head's kind
    ("Đề nghị Văn phòng HĐND và UBND huyện theo dõi, báo cáo kết quả./.", "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG", None),
    ("Phòng Nội vụ thông báo để các cơ quan, đơn vị biết, thực hiện./.", "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG", None),
]


@pytest.mark.parametrize(("closing", "signature", "issuer"), CUT_CLOSINGS)
def test_a_cut_copys_body_writes_on_its_closing_line(closing: str, signature: str, issuer: str | None) -> None:
    rec = parse_text(CUT + closing + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n" + signature + "\n(đã ký)\nLê Thị Dung\n")
    assert (rec.issuer.name if rec.issuer else None) == issuer


# ---- a giấy mời cut above its number: the body its head heads, hosting what it invites to, is the inviter ----------

def _cut_invitation(title: str, sentence: str) -> str:
    return (f"Số: 86/GM-TGPL\tBắc An, ngày 15 tháng 01 năm 2030\n\n{title}\nDự Hội nghị tập huấn kỹ năng trợ giúp "
            f"pháp lý năm 2030\n\nKính gửi:\n- Phòng Tư pháp các huyện;\n- Cộng tác viên trợ giúp pháp lý.\n\n"
            f"{sentence}\nThời gian: 08 giờ 00, ngày 22/01/2030.\nĐịa điểm: Hội trường tầng 3.\n\nNơi nhận:\n"
            f"- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(đã ký)\nTrần Văn Hùng\n")


HOSTS = [
    ("GIẤY MỜI", "Thực hiện Kế hoạch số 12/KH-STP ngày 26/12/2029 của Sở Tư pháp, Trung tâm Trợ giúp pháp lý nhà nước "
     "tỉnh Bắc An tổ chức Hội nghị tập huấn.", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Bắc An"),
    ("GIẤY MỜI", "Để triển khai nhiệm vụ năm 2030, Trung tâm Y tế huyện Đông An tổ chức Hội nghị tập huấn.",
     "Trung tâm Y tế huyện Đông An"),
    # counter-cases: another body asked to host; not an invitation
    ("GIẤY MỜI", "Đề nghị Trung tâm Y tế huyện Đông An tổ chức Hội nghị tập huấn.", None),
    ("THÔNG BÁO", "Để triển khai nhiệm vụ năm 2030, Trung tâm Y tế huyện Đông An tổ chức Hội nghị tập huấn.", None),
]


@pytest.mark.parametrize(("title", "sentence", "issuer"), HOSTS)
def test_a_cut_invitations_host_is_its_writer(title: str, sentence: str, issuer: str | None) -> None:
    rec = parse_text(_cut_invitation(title, sentence))
    assert (rec.issuer.name if rec.issuer else None) == issuer


# ---- a markdown table in the body, prose after it, then the closing's two columns: the table is no column -----------

ALLOTMENT = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN VĂN AN\tĐộc lập - Tự do - Hạnh phúc\n"
             "Số: 3127/QĐ-UBND\tVăn An, ngày 26 tháng 12 năm 2029\n\nQUYẾT ĐỊNH\nVề việc hỗ trợ giống cây trồng\n\n"
             "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VĂN AN\n\n"
             + "".join(f"Căn cứ Quyết định số {k}/QĐ-UBND ngày 04/12/2029 của UBND tỉnh;\n" for k in range(10, 22))
             + "\nQUYẾT ĐỊNH:\n\nĐiều 1. Hỗ trợ giống cây trồng cho các xã, cụ thể:\n")
# (the table stands in the second half of the lines, where a closing block's columns are looked for)
ROWS = "".join(f"| {k} | Xã An {k} | {100 + k} | 1.{k}00 | {k}00 | {k}0.000.000 |\n" for k in range(1, 9))
SPACED = ("Nơi nhận:                                     KT. CHỦ TỊCH\n"
          "- Như Điều 3;                                 PHÓ CHỦ TỊCH\n- Sở Tài chính (b/c);\n"
          "- Lưu: VT, KT.                              (Đã ký)\n\n                                 Hoàng Thị Nga\n")
TABLED = "| Nơi nhận: | KT. CHỦ TỊCH |\n|---|---|\n| - Như Điều 3; | PHÓ CHỦ TỊCH |\n| - Lưu: VT. | Hoàng Thị Nga |\n"
ARTICLES = ("Điều 2. Phòng Kinh tế chủ trì cấp phát giống tại các xã.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày "
            "ký. Chánh Văn phòng, Trưởng phòng Kinh tế và Chủ tịch UBND các xã chịu trách nhiệm thi hành./.\n\n")
BODY_TABLES = [
    (ALLOTMENT + "| TT | Xã | Số hộ | Giống lúa (kg) | Giống ngô (kg) | Kinh phí (đồng) |\n"
     "|---|---|---|---|---|---|\n" + ROWS + "\n" + ARTICLES + SPACED,
     ("Hoàng Thị Nga", "Phó Chủ tịch", "KT. Chủ tịch")),
    # counter-cases: no table in the body; a closing block written as a table
    (ALLOTMENT + ARTICLES + SPACED, ("Hoàng Thị Nga", "Phó Chủ tịch", "KT. Chủ tịch")),
    (ALLOTMENT + ARTICLES + TABLED, ("Hoàng Thị Nga", "Phó Chủ tịch", "KT. Chủ tịch")),
]


@pytest.mark.parametrize(("text", "signer"), BODY_TABLES)
def test_a_body_table_is_no_column_of_the_closing(text: str, signer: tuple[str, str, str]) -> None:
    rec = parse_text(text)
    assert rec.signer is not None
    assert (rec.signer.name, rec.signer.position, rec.signer.authority) == signer


# ---- a term named right before its close without a colon ("thời gian chỉnh lý quyết toán đến hết ngày ...") ---------

CLOSING_NOTICE = ("UBND TỈNH A\nSỞ TÀI CHÍNH\nSố: 4127/STC-QLNS\tA, ngày 16 tháng 12 năm 2029\n\nV/v khóa sổ kế toán "
                  "và chỉnh lý quyết toán ngân sách năm 2029\n\nKính gửi: Các sở, ban, ngành cấp tỉnh.\n\n")
TERMS_UNLABELLED = [
    ("- Các đơn vị hoàn thành chi, tạm ứng trước ngày 31/12/2029; thời gian chỉnh lý quyết toán đến hết ngày "
     "31/01/2030.", ["2029-12-31", "2030-01-31"]),
    ("- Đối với vốn đầu tư công kế hoạch năm 2029, thời gian thanh toán kéo dài đến hết ngày 31/01/2030 theo quy "
     "định của Luật Đầu tư công.", ["2030-01-31"]),
    # counter-cases: "thời gian" opening a clause of its own before a comma; a spell of weather to a day
    ("- Thời gian tới, các đơn vị duy trì trực ban đến hết ngày 31/01/2030.", []),
    ("- Dự báo mưa lớn kéo dài đến hết ngày 20/12/2029, các đơn vị chủ động phòng tránh.", []),
]


@pytest.mark.parametrize(("line", "dues"), TERMS_UNLABELLED)
def test_a_term_named_before_its_close_is_due(line: str, dues: list[str]) -> None:
    assert [d.due for d in parse_text(CLOSING_NOTICE + line + TAIL).deadlines] == dues


# ---- "Phấn đấu đến hết tháng 12/2029 ..." opening a target: due by the month's (or quarter's) last day ------------

REPORT = ("CỤC THI HÀNH ÁN DÂN SỰ TỈNH A\nPHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2\nSố: 218/BC-PTHADS\tB, ngày 03 tháng 12 "
          "năm 2029\n\nBÁO CÁO\nKết quả công tác thi hành án dân sự 2 tháng đầu năm\n\nII. NHIỆM VỤ TRỌNG TÂM\n")
TARGET_BY = [
    ("1. Phấn đấu đến hết tháng 12/2029 thi hành xong thêm ít nhất 120 việc và 20 tỷ đồng.",
     [("2029-12-31", "2029-12")]),
    ("1. Phấn đấu đến tháng 01/2030 giải quyết dứt điểm 100% đơn thư tồn đọng.", [("2030-01-31", "2030-01")]),
    ("1. Phấn đấu đến hết quý I năm 2030 số hóa 100% hồ sơ thi hành án.", [("2030-03-31", "2030-Q1")]),
    # counter-cases: a year is the horizon of a plan's figures; a report's span up to a month, done
    ("1. Phấn đấu đến hết năm 2030 kéo giảm ít nhất 10% số việc tồn đọng.", []),
    ("1. Đến hết tháng 11/2029, toàn khu vực đã thi hành xong 412 việc.", []),
]


@pytest.mark.parametrize(("line", "deadlines"), TARGET_BY)
def test_a_targets_month_is_its_by_when(line: str, deadlines: list[tuple[str | None, str | None]]) -> None:
    assert [(d.due, d.period) for d in parse_text(REPORT + line + TAIL).deadlines] == deadlines


# ---- a markdown by-when cell holding a day and its recurrence ("| Ngày 20 hằng tháng |"): the duty's monthly day ----

SOCIAL_PLAN = ("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH A\nSố: 1520/KH-BHXH\tA, ngày 10 tháng 12 năm 2029\n\n"
               "KẾ HOẠCH\nPhát triển người tham gia bảo hiểm xã hội năm 2030\n\n### IV. TỔ CHỨC THỰC HIỆN\n\n"
               "| Đơn vị | Nhiệm vụ | Thời hạn |\n|---|---|---|\n")
TASK_ROWS = [
    ("| BHXH cơ sở | Báo cáo kết quả phát triển người tham gia | Ngày 20 hằng tháng |", [(None, "monthly", 20)]),
    ("| Phòng Quản lý thu | Tổng hợp số liệu thu | Ngày 05 hàng tháng |", [(None, "monthly", 5)]),
    # counter-cases: a dated cell; a cue before a recurring day, as before
    ("| Văn phòng | Tổng hợp, sơ kết 6 tháng | Ngày 20/6/2030 |", [("2030-06-20", None, None)]),
    ("| BHXH cơ sở | Báo cáo kết quả | Trước ngày 20 hằng tháng |", [(None, "monthly", 20)]),
]


@pytest.mark.parametrize(("row", "deadlines"), TASK_ROWS)
def test_a_recurring_day_fills_its_by_when_cell(row: str, deadlines: list[tuple[str | None, str | None, int | None]]
                                               ) -> None:
    rec = parse_text(SOCIAL_PLAN + row + "\n" + TAIL)
    assert [(d.due, d.recurrence.freq if d.recurrence else None, d.recurrence.day if d.recurrence else None)
            for d in rec.deadlines] == deadlines


# ---- an activity done "xong trong" a period is due by its end -----------------------------------------------------

DONE_WITHIN = [
    ("3. Các xã tổ chức diễn tập chữa cháy rừng cấp xã xong trong tháng 02/2030.", [("2030-02-28", "2030-02")], []),
    ("3. Tổ chức tập huấn cho công chức Tư pháp - Hộ tịch cấp xã xong trong quý I/2030.", [("2030-03-31", "2030-Q1")],
     []),
    # counter-cases: a meeting held in the month is an event; done before a day, as before
    ("3. Tổ chức Hội nghị tổng kết công tác phòng cháy rừng trong tháng 02/2030.", [], [("2030-02", None)]),
    ("3. Các xã tổ chức diễn tập chữa cháy rừng xong trước ngày 20/02/2030.", [("2030-02-20", None)], []),
]


@pytest.mark.parametrize(("line", "deadlines", "events"), DONE_WITHIN)
def test_done_within_a_period_is_due_by_its_end(line: str, deadlines: list[tuple[str | None, str | None]],
                                                events: list[tuple[str | None, str | None]]) -> None:
    rec = parse_text(PLAN_HEAD + line + TAIL)
    assert [(d.due, d.period) for d in rec.deadlines] == deadlines
    assert [(e.date, e.end) for e in rec.events] == events


# ---- a bracket restating a solar date in the lunar calendar names no day of its own --------------------------------

FESTIVAL_PLAN = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 215/KH-UBND\tB, ngày 15 tháng 12 năm 2029\n\nKẾ HOẠCH\n"
                 "Tổ chức các hoạt động mừng Đảng, mừng Xuân Canh Tuất 2030\n\nII. NỘI DUNG\n")
LUNAR_ALIASES = [
    ("3. Tổ chức Lễ hội Đền Trần Thương năm 2030 từ ngày 12 đến ngày 15 tháng 02 năm 2030 (tức ngày 14 đến 17 tháng "
     "Giêng năm Canh Tuất).", [("2030-02-12", "2030-02-15")]),
    ("3. Tổ chức Hội chợ Xuân vào ngày 20/01/2030 (tức ngày 25 tháng Chạp năm Kỷ Dậu).", [("2030-01-20", None)]),
    ("3. Tổ chức Hội chợ Xuân từ ngày 18 đến ngày 20/01/2030 (tức ngày 23 đến 25 tháng Chạp năm Kỷ Dậu).",
     [("2030-01-18", "2030-01-20")]),
    # counter-cases: the solar date in brackets after a lunar one is read; a bracket with no lunar mark
    ("3. Gặp mặt đầu Xuân vào ngày mùng 8 tháng Giêng (tức ngày 10/02/2030).", [("2030-02-10", None)]),
    ("3. Tổ chức Hội thi gói bánh chưng vào ngày 20/01/2030 (tức Chủ nhật, ngày 20/01/2030).", [("2030-01-20", None)]),
]


@pytest.mark.parametrize(("line", "events"), LUNAR_ALIASES)
def test_a_lunar_restatement_is_no_day(line: str, events: list[tuple[str | None, str | None]]) -> None:
    assert _events(FESTIVAL_PLAN, line) == events


# ---- a tab-copied weekly schedule's later row timed by a part of the day alone ("\tChiều\t..."): a sitting that day --

WEEK = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 245/TB-UBND\tB, ngày 14 tháng 12 năm 2029\n\nTHÔNG BÁO\nLịch làm "
        "việc của Chủ tịch, các Phó Chủ tịch UBND huyện tuần 51 năm 2029\n\nNgày\tBuổi\tNội dung công việc\tChủ trì\n")
WEEK_ROWS = [
    ("Thứ Ba\n18/12\tSáng (8h00)\tDự Kỳ họp HĐND huyện\tCT, các PCT\n\tChiều\tTiếp tục dự Kỳ họp HĐND huyện\tCT\n",
     ["2029-12-18", "2029-12-18T08:00"]),
    ("Thứ Ba\n18/12\tSáng (8h00)\tDự Kỳ họp HĐND huyện\tCT\n\tBuổi chiều\tLàm việc tại xã An Phú\tPCT\n"
     "Thứ Tư\n19/12\tSáng (7h30)\tTiếp công dân\tCT\n", ["2029-12-18", "2029-12-18T08:00", "2029-12-19T07:30"]),
    # counter-cases: a later row with its clock, as before; a day cell's own row without a clock (the day itself)
    ("Thứ Ba\n18/12\tSáng (8h00)\tDự Kỳ họp HĐND huyện\tCT\n\tChiều (14h00)\tLàm việc tại xã An Phú\tPCT\n",
     ["2029-12-18T08:00", "2029-12-18T14:00"]),
    ("Thứ Tư\n19/12\tCả ngày\tTiếp công dân định kỳ\tCT\n", ["2029-12-19"]),
]


@pytest.mark.parametrize(("rows", "dates"), WEEK_ROWS)
def test_a_daypart_row_is_a_sitting_that_day(rows: str, dates: list[str]) -> None:
    assert sorted(e.date for e in parse_text(WEEK + rows + TAIL).events) == dates


# ---- an OCR letterhead whose many-word head lost some of its marks ("UY BAN NHAN DÂN"): read, its head restored -----

OCR_NOTICE = ("\nSố: 164/TB-UBND            Vĩnh An, ngày 06 tháng 12 năm 2029\n\n                        THÔNG BÁO\n"
              "Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 11\n\nNgày 04/12/2029, Ủy ban nhân dân xã tổ "
              "chức họp giao ban.\n")
OCR_HEADS = [
    ("UY BAN NHAN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  XÃ VĨNH AN                    Độc lập - Tự do - "
     "Hạnh phúc", "ỦY BAN NHÂN DÂN XÃ VĨNH AN"),
    ("ỦY BAN NHAN DAN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  HUYỆN VĨNH AN                 Độc lập - Tự do - "
     "Hạnh phúc", "ỦY BAN NHÂN DÂN HUYỆN VĨNH AN"),
    # counter-cases: the head printed whole; a line that lost every mark, as before
    ("ỦY BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  XÃ VĨNH AN                    Độc lập - Tự do - "
     "Hạnh phúc", "ỦY BAN NHÂN DÂN XÃ VĨNH AN"),
    ("UY BAN NHAN DAN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  XA VINH AN                    Độc lập - Tự do - "
     "Hạnh phúc", "UY BAN NHAN DAN XA VINH AN"),
]


@pytest.mark.parametrize(("head", "issuer"), OCR_HEADS)
def test_a_heads_lost_marks_are_restored(head: str, issuer: str) -> None:
    rec = parse_text(head + OCR_NOTICE + TAIL)
    assert rec.issuer is not None
    assert rec.issuer.name == issuer


# ---- a chat forward's preface set off by "---" before a one-line copy: the letterhead starts after it ----------------

ZALO_COPY = ("TỈNH ĐOÀN AN BÌNH BCH HUYỆN ĐOÀN YÊN AN *** Số: 41-KH/HĐTN ĐOÀN TNCS HỒ CHÍ MINH Yên An, ngày 20 tháng 5 "
             "năm 2030 KẾ HOẠCH Tổ chức Chương trình \"Tiếp sức mùa thi\" năm 2030 ----- Thực hiện Kế hoạch của Ban "
             "Thường vụ Tỉnh đoàn, Ban Thường vụ Huyện đoàn Yên An xây dựng kế hoạch triển khai như sau: I. MỤC ĐÍCH, "
             "YÊU CẦU Hỗ trợ thí sinh tham dự Kỳ thi tốt nghiệp THPT năm 2030. Nơi nhận: - Các cơ sở Đoàn; - Lưu: VP. "
             "TM. BAN THƯỜNG VỤ PHÓ BÍ THƯ (đã ký) Nguyễn Văn Hải\n")
DASH_PREFACES = [
    "📌 BCH Huyện đoàn gửi các đ/c Bí thư cơ sở KH tiếp sức mùa thi, các đ/c triển khai ngay giúp mình nhé 🙏 --- ",
    "Gửi các đồng chí kế hoạch --- ",
    # counter-case: the copy alone
    "",
]


@pytest.mark.parametrize("preface", DASH_PREFACES)
def test_a_dashed_chat_preface_ends_before_the_letterhead(preface: str) -> None:
    rec = parse_text(preface + ZALO_COPY)
    assert rec.issuer is not None
    assert (rec.issuer.name, rec.issuer.parent) == ("BCH HUYỆN ĐOÀN YÊN AN", "TỈNH ĐOÀN AN BÌNH")

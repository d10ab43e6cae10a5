"""The thirty-third heldout round's failure classes (invented documents and lines, with counter-cases): a Nơi
nhận list flattened beside the signature, line by line, carries the position that names its office ("- Như trên;
PHÓ TRƯỞNG THUẾ CƠ SỞ") and the signer's note ("; (Đã ký)") at its items' ends."""

from __future__ import annotations

import pytest

from vanban import parse_text

HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN TRIỆU SƠN\nSố: 215/{code}-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nTriệu Sơn, ngày 09 tháng 3 năm 2027\n\n{title}\n{subject}\n\n")
TAIL = "\nNơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhan Văn Tài\n"
BODY = "Kính gửi: Các cơ quan, đơn vị.\n\nĐề nghị các cơ quan, đơn vị thực hiện nghiêm các nội dung nêu trên./.\n\n"


def _doc(body: str, code: str = "CV", title: str = "", subject: str = "V/v triển khai nhiệm vụ",
         tail: str = TAIL) -> str:
    return HEAD.format(code=code, title=title, subject=subject) + body + tail


# ---- Nơi nhận beside the signature, flattened line by line ----------------------------------------------------------

FLAT_CLOSINGS = [
    ("Nơi nhận: KT. TRƯỞNG THUẾ CƠ SỞ\n- Như trên; PHÓ TRƯỞNG THUẾ CƠ SỞ\n- Thuế tỉnh (để b/c);\n"
     "- Các Đội thuế; (Đã ký)\n- Lưu: VT, NVDTPC. Trần Thị Thanh Hoa\n",
     "Trần Thị Thanh Hoa", "phó trưởng thuế cơ sở",
     ["Như trên", "Thuế tỉnh (để b/c)", "Các Đội thuế", "Lưu: VT, NVDTPC"]),
    ("Nơi nhận: KT. CHÁNH THANH TRA\n- Như trên; PHÓ CHÁNH THANH TRA TỈNH\n- Chánh Thanh tra (b/c);\n"
     "- Lưu: VT, P3. Lê Quang Vinh\n",
     "Lê Quang Vinh", "phó chánh thanh tra tỉnh", ["Như trên", "Chánh Thanh tra (b/c)", "Lưu: VT, P3"]),
    ("Nơi nhận: TL. GIÁM ĐỐC\n- Như trên; TRƯỞNG PHÒNG KẾ HOẠCH TÀI CHÍNH\n- Giám đốc Sở (b/c); [Đã ký]\n"
     "- Lưu: VT, KHTC. Đỗ Minh Khoa\n",
     "Đỗ Minh Khoa", "trưởng phòng kế hoạch tài chính", ["Như trên", "Giám đốc Sở (b/c)", "Lưu: VT, KHTC"]),
]


@pytest.mark.parametrize(("closing", "name", "position", "items"), FLAT_CLOSINGS)
def test_a_position_naming_its_office_run_onto_an_item_is_the_signers(
        closing: str, name: str, position: str, items: list[str]) -> None:
    rec = parse_text(_doc(BODY, tail=closing))
    assert rec.signer is not None
    assert rec.signer.name == name
    assert (rec.signer.position or "").lower() == position
    assert [d.name for d in rec.distribution] == items


def test_an_item_ending_in_upper_case_initials_keeps_them() -> None:
    # counter-case: an item's own upper-case words (no title among them) stay the item's
    closing = ("Nơi nhận:\n- Như trên;\n- Các phòng: TC-KH, VH-TT;\n- Lưu: VT, TCHC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
               "Ngô Thị Lan\n")
    rec = parse_text(_doc(BODY, tail=closing))
    assert [d.name for d in rec.distribution] == ["Như trên", "Các phòng: TC-KH, VH-TT", "Lưu: VT, TCHC"]
    assert rec.signer is not None and rec.signer.name == "Ngô Thị Lan"
    assert (rec.signer.position or "").lower() == "phó chủ tịch"


# ---- a page's rules and number inside or after a Nơi nhận list -------------------------------------------------------

def test_a_page_break_inside_the_list_is_no_item() -> None:
    closing = ("Nơi nhận:\n- Như trên;\n- Sở Nội vụ (b/c);\n--------------------------------------\n- 2 -\n"
               "--------------------------------------\n- Lưu: VT, NV.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNgô Thị Lan\n")
    rec = parse_text(_doc(BODY, tail=closing))
    assert [d.name for d in rec.distribution] == ["Như trên", "Sở Nội vụ (b/c)", "Lưu: VT, NV"]


def test_a_rule_after_the_list_does_not_take_the_next_lines() -> None:
    # a two-column closing whose page ends with a rule under the list: the table header of the next page's
    # column is no item (a space-aligned table broken by the page footer above the closing)
    closing = ("                                      T/M ỦY BAN KIỂM TRA\nNơi nhận:                                  CHỦ NHIỆM\n"
               "- Thường trực Huyện ủy (b/c);\n- Các tổ chức đảng có tên trên;\n"
               "- Lưu UBKT Huyện ủy.                      Lê Thị Phương Thảo\n"
               "----------------------------------------------------------------------------\n"
               "                                   - 2 -\n")
    table = ("Lịch kiểm tra như sau:\n\nTT   Đối tượng                          Nội dung                        Thời gian\n"
             "1    Đảng ủy xã Triệu Thành             Thu, nộp đảng phí               Tháng 3/2027\n"
             "----------------------------------------------------------------------------\n"
             "                                   - 1 -\n"
             "----------------------------------------------------------------------------\n"
             "TT   Đối tượng                          Nội dung                        Thời gian\n"
             "2    Đảng ủy xã Triệu Đông              Kê khai tài sản, thu nhập       Tháng 5/2027\n\n")
    rec = parse_text(_doc(table, code="KH", title="KẾ HOẠCH", subject="kiểm tra năm 2027", tail=closing))
    assert [d.name for d in rec.distribution] == [
        "Thường trực Huyện ủy (b/c)", "Các tổ chức đảng có tên trên", "Lưu UBKT Huyện ủy"]
    assert rec.signer is not None and rec.signer.name == "Lê Thị Phương Thảo"


# ---- a thing's size, reach or class, a speed, a named teaching, a numbered office: no counts -----------------------

def _values(text: str) -> list[tuple[float, str | None]]:
    """Each quantity's value and the first word of its unit (as SCORING.md pairs units)."""
    return [(q.value, (q.unit or "").split(" ")[0]) for q in parse_text(text).quantities]


KH = {"code": "KH", "title": "KẾ HOẠCH", "subject": "Tổ chức các hoạt động năm 2027"}


@pytest.mark.parametrize(("line", "kept", "dropped"), [
    ("Xe mô tô, xe ô tô dưới 16 chỗ lưu thông qua cầu tạm (chiều rộng 7 m), tốc độ tối đa 20 km/h.",
     [], [(16, "chỗ"), (7, "m"), (20, "km/h")]),
    ("Xe khách từ 16 chỗ trở lên và xe tải trên 10 tấn đi theo Quốc lộ 91B.", [], [(16, "chỗ"), (10, "tấn")]),
    ("Cự ly 10 km và 21 km dành cho vận động viên phong trào; Ban tổ chức bố trí 120 tình nguyện viên.",
     [(120, "tình")], [(10, "km"), (21, "km")]),
    ("Cấm các phương tiện có tải trọng trên 12 tấn; phân công 04 người hướng dẫn giao thông.",
     [(4, "người")], [(12, "tấn")]),
    ("Phun hóa chất trong bán kính 200 m quanh ổ dịch cho 320 hộ gia đình.", [(320, "hộ")], [(200, "m")]),
    ("Giáo dục đội viên thực hiện tốt 5 điều Bác Hồ dạy; tổ chức 12 buổi sinh hoạt chủ điểm.",
     [(12, "buổi")], [(5, "điều")]),
    ("Thuế cơ sở 3 tỉnh Nghệ An tổ chức 04 lớp tập huấn; Chi cục Thuế khu vực 2 đã hoàn thuế cho 1.236 hồ sơ.",
     [(4, "lớp"), (1236, "hồ")], [(3, "tỉnh"), (2, "đã")]),
])
def test_sizes_classes_and_names_are_no_counts(line: str, kept: list[tuple[float, str]],
                                              dropped: list[tuple[float, str]]) -> None:
    values = _values(_doc(f"1. {line}\n", **KH))
    for v in kept:
        assert v in values
    for value, _ in dropped:
        assert value not in [v for v, _ in values]


@pytest.mark.parametrize(("line", "value"), [
    # counter-cases: a work's length, a road built, vehicles and seats provided, a growth rate planned
    ("Kè tạm đoạn bờ sông bị sạt lở dài 150 m.", (150, "m")),
    ("Bê tông hóa 4,2 km đường giao thông nội đồng.", (4.2, "km")),
    ("Sở Y tế bố trí 03 xe cứu thương tại điểm xuất phát.", (3, "xe")),
    ("Nhà văn hóa bố trí 300 chỗ ngồi cho đại biểu.", (300, "chỗ")),
    ("Phấn đấu tốc độ tăng trưởng kinh tế đạt 8,5%.", (8.5, "%")),
    ("Vận chuyển 25 tấn hàng cứu trợ bằng xe tải.", (25, "tấn")),
])
def test_work_vehicles_and_rates_planned_still_count(line: str, value: tuple[float, str]) -> None:
    assert value in _values(_doc(f"1. {line}\n", **KH))


# ---- a number and a day left blank for the hand in a text's two-column letterhead -----------------------------------

def _letterhead(number_line: str) -> str:
    return ("UỶ BAN NHÂN DÂN              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HUYỆN YÊN THẾ                      Độc lập - Tự do - Hạnh phúc\n"
            f"{number_line}\nV/v tổng rà soát hộ nghèo năm 2026\n\nKính gửi: UBND các xã, thị trấn.\n\n"
            "Đề nghị các xã thực hiện./.\n" + TAIL)


@pytest.mark.parametrize(("number_line", "place", "date"), [
    ("Số:      /UBND-VX               Yên Thế, ngày     tháng 10 năm 2026", "Yên Thế", "2026-10"),
    ("Số:   /UBND-VX\t\tYên Thế, ngày      tháng 3 năm 2027", "Yên Thế", "2027-03"),
    ("Số: 215/UBND-VX               Bố Hạ, ngày     tháng 11 năm 2026", "Bố Hạ", "2026-11"),
    ("Số:      /UBND-VX               Yên Thế, ngày     tháng     năm 2026", "Yên Thế", None),
])
def test_a_day_left_blank_for_the_hand_is_no_column_gap(number_line: str, place: str, date: str | None) -> None:
    rec = parse_text(_letterhead(number_line))
    assert rec.place == place
    assert rec.issued_date == date


def test_a_column_gap_after_a_number_stays_a_gap() -> None:
    # counter-case: the gap after a printed number is the letterhead's column gap, even before a place called Năm Căn
    rec = parse_text(_letterhead("Số: 45/2026/UBND        Năm Căn, ngày 05 tháng 3 năm 2026"))
    assert rec.number is not None and rec.number.normalized == "45/2026/UBND"
    assert rec.place == "Năm Căn" and rec.issued_date == "2026-03-05"


# ---- the places an incident is counted in, a pair of divisions with its comma ---------------------------------------

@pytest.mark.parametrize(("line", "kept", "dropped"), [
    ("Toàn tỉnh ghi nhận 1.245 ca mắc, dịch xảy ra tại 42 xã, phường thuộc 9 huyện, thị xã. "
     "Các đơn vị đã xử lý 120 ổ dịch.", [(120, "ổ")], [1245, 42, 9]),
    ("Dịch tả lợn châu Phi xảy ra tại 31 xã, thị trấn thuộc 5 huyện; đã tiêu hủy 2.140 con lợn.",
     [(2140, "con")], [31, 5]),
])
def test_the_places_an_incident_is_counted_in_go_with_it(line: str, kept: list[tuple[float, str]],
                                                        dropped: list[float]) -> None:
    values = _values(_doc(f"1. {line}\n", code="BC", title="BÁO CÁO", subject="Tình hình dịch bệnh"))
    for v in kept:
        assert v in values
    for value in dropped:
        assert value not in [v for v, _ in values]


def test_work_done_in_divisions_still_counts() -> None:
    # counter-case: no incident before, the households sprayed are a result
    values = _values(_doc("1. Các đơn vị đã phun hóa chất cho 2.000 hộ tại 12 xã, phường thuộc 3 huyện.\n",
                          code="BC", title="BÁO CÁO", subject="Kết quả phòng chống dịch"))
    assert (2000, "hộ") in values


# ---- a receiving session within one day's hours is an activity, a window over days closing at an hour a by-when ----

@pytest.mark.parametrize("line", [
    "- Bốc thăm, nhận số đeo: từ 14 giờ 00 đến 17 giờ 00 ngày 13/3/2027 tại Nhà thi đấu tỉnh.",
    "- Tiếp nhận đơn đăng ký trực tiếp: từ 7 giờ 30 đến 11 giờ 00 ngày 05/4/2027 tại Nhà văn hóa xã.",
])
def test_a_session_of_hours_in_one_day_is_an_event(line: str) -> None:
    rec = parse_text(_doc(f"III. THỜI GIAN\n{line}\n", **KH))
    assert [e.date[:10] for e in rec.events] == [_iso(line)]
    assert rec.deadlines == []


def _iso(line: str) -> str:
    day, month, year = line.split("ngày ")[1].split(" ")[0].split("/")
    return f"{year}-{int(month):02d}-{int(day):02d}"


def test_a_receiving_window_over_days_closing_at_an_hour_stays_a_by_when() -> None:
    # counter-case (round 29's h319): the applicants' by-when
    rec = parse_text(_doc("III. THỜI GIAN\n- Thời gian nhận phiếu: từ ngày 05/3/2027 đến 17 giờ 00 ngày 03/4/2027.\n",
                          **KH))
    assert [d.due for d in rec.deadlines] == ["2027-04-03T17:00"]


# ---- a space-aligned table whose cells wrap onto an indented line (PDF text) -----------------------------------------

WRAPPED_FIGURES = ("Kết quả phát triển đoàn viên năm 2026 như sau:\n\n"
                   "TT   Đơn vị                          Kết nạp đoàn viên    Ghi chú\n"
                   "1    Đoàn xã Tân Lập                 120                  Vượt chỉ tiêu\n"
                   "2    Đoàn Trường THPT Chu Văn        340                  Đạt chỉ tiêu\n"
                   "     An (khối 10, 11)\n"
                   "3    Đoàn Công an huyện              45                   Vượt chỉ tiêu\n"
                   "4    Đoàn khối cơ quan huyện         38                   Đạt chỉ tiêu\n\nTrên đây là kết quả.\n")
WRAPPED_SCHEDULE = ("Lịch kiểm tra như sau:\n\n"
                    "TT   Đối tượng                          Nội dung                        Thời gian\n"
                    "1    Đảng ủy xã Triệu Thành             Thu, nộp, quản lý, sử dụng      Tháng 3/2027\n"
                    "                                        đảng phí\n"
                    "2    Chi bộ Trường THPT Chu Văn An      Thực hiện nguyên tắc tập        Từ ngày 12/4/2027\n"
                    "                                        trung dân chủ                    đến ngày 16/4/2027\n"
                    "3    Đảng ủy xã Triệu Đông              Kê khai tài sản, thu nhập       Tháng 5/2027\n"
                    "4    Chi bộ Ban Quản lý dự án ĐTXD      Lãnh đạo thực hiện các dự án    Tháng 9/2027\n"
                    "     huyện                              đầu tư công\n\n"
                    "Ủy ban Kiểm tra thông báo trước 10 ngày.\n")


def test_wrapped_cells_keep_the_rows_apart() -> None:
    rec = parse_text(_doc(WRAPPED_SCHEDULE, **KH))
    lines = rec.text.split("\n")
    assert any(ln.endswith("Tháng 3/2027") for ln in lines)  # its wrapped cell "đảng phí" is not glued on
    assert any(ln.startswith("3    Đảng ủy xã Triệu Đông") for ln in lines)  # nor the next row to the wrapped line
    assert not [q for q in rec.quantities if q.value in (2, 3, 4)]  # row numbers are no counts


def test_a_figure_table_with_a_wrapped_name_reads_every_row() -> None:
    # counter-case: the wrapped name's line is no row of figures, the rows after it are read as before
    rec = parse_text(_doc(WRAPPED_FIGURES, code="BC", title="BÁO CÁO", subject="Kết quả công tác năm 2026"))
    assert [(q.value, q.scope) for q in rec.quantities] == [
        (120, "Đoàn xã Tân Lập"), (340, "Đoàn Trường THPT Chu Văn"), (45, "Đoàn Công an huyện"),
        (38, "Đoàn khối cơ quan huyện")]


def test_an_indented_paragraph_after_a_sentence_is_still_joined() -> None:
    # counter-case: a hard-wrapped paragraph whose next line is indented (no table row above) reads as one sentence
    body = ("1. Ủy ban Kiểm tra phân công đồng chí Ủy viên phụ trách địa bàn xây dựng kế hoạch chi tiết,\n"
            "     thành lập đoàn kiểm tra và thông báo cho tổ chức đảng được kiểm tra.\n")
    rec = parse_text(_doc(body, **KH))
    assert "chi tiết, thành lập đoàn kiểm tra" in rec.text


# ---- a forum post's quote lead-in before a document flattened onto one line -----------------------------------------

ONE_LINE = ("UBND TỈNH LÂM ĐỒNG SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc Số: 2417/KH-SVHTTDL Đà Lạt, ngày 22 tháng 01 năm 2027 KẾ HOẠCH Tổ chức Giải Việt dã năm 2027 "
            "Căn cứ Quyết định số 1856/QĐ-UBND ngày 12/12/2026 của UBND tỉnh; Sở Văn hóa, Thể thao và Du lịch xây "
            "dựng Kế hoạch như sau: 1. Thời gian: 06 giờ 00, Chủ nhật ngày 14/3/2027. 2. Địa điểm: Quảng trường Lâm "
            "Viên. Nơi nhận: - UBND tỉnh (b/c); - Lưu: VT, QLTDTT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (đã ký) Lê Minh Châu\n")


@pytest.mark.parametrize("lead", [
    "Trích dẫn bài viết của thành viên dulichdalat: ",
    "Nguyên văn bởi admin_vietda: ",
    "Quote: ",
    "",  # counter-case: no lead-in, read as before
])
def test_a_quote_lead_in_before_a_one_line_copy_is_no_letterhead(lead: str) -> None:
    rec = parse_text(lead + ONE_LINE)
    assert rec.issuer is not None and rec.issuer.name == "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    assert rec.number is not None and rec.number.normalized == "2417/KH-SVHTTDL"
    assert rec.signer is not None and rec.signer.name == "Lê Minh Châu"

"""The twenty-third heldout round's failure classes (invented documents and sentences, with counter-cases):
a received stamp ('CÔNG VĂN ĐẾN' with its office, fields and a routing note) between the trích yếu and the
Kính gửi or above the letterhead; a 'Kính gửi' label whose marks OCR lost or changed ('Kinh gưi')."""

from __future__ import annotations

import pytest

from vanban import parse_text

LETTERHEAD = ("UBND TỈNH HÀ TĨNH                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "SỞ XÂY DỰNG                           Độc lập - Tự do - Hạnh phúc\n"
              "Số: 915/SXD-QLN                       Hà Tĩnh, ngày 09 tháng 3 năm 2027\n")
SUBJECT = "V/v rà soát nhà ở xuống cấp trước mùa mưa bão năm 2027\n"
ADDRESSEES = "Kính gửi:\n- Ủy ban nhân dân các xã, phường;\n- Ban Quản lý dự án tỉnh.\n\n"
BODY = ("Thực hiện Chỉ thị số 05/CT-UBND ngày 02/3/2027 của Chủ tịch UBND tỉnh về chủ động phòng, chống thiên tai "
        "năm 2027, Sở Xây dựng đề nghị các đơn vị rà soát nhà ở xuống cấp, nguy hiểm trên địa bàn và báo cáo về Sở.\n"
        "Báo cáo gửi về Sở Xây dựng (qua Phòng Quản lý nhà và Thị trường bất động sản) trước ngày 30/3/2027 để tổng "
        "hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Hải\n")

STAMPS = [
    # the office, the marker, its fields and a leader's routing note, then a blank line
    "UBND XÃ THẠCH HÀ\nCÔNG VĂN ĐẾN\nSố: 212\nNgày: 11/3/2027\nChuyển: PCT\nGiao CC Địa chính tham mưu, báo cáo.\nLong\n\n",
    # fields on the marker's line, no office, the note runs right into the Kính gửi
    "CV ĐẾN Số: 87 Ngày: 10/3/2027\nChuyển: đ/c Hà\nĐ/c Hà xem, xử lý gấp.\n",
    # a bare 'ĐẾN' marker
    "VP UBND XÃ\nĐẾN\nSố: 44\nNgày: 12.3.27\n\n",
]


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_received_stamp_under_the_subject_is_no_part_of_the_header(stamp: str) -> None:
    rec = parse_text(LETTERHEAD + SUBJECT + stamp + ADDRESSEES + BODY)
    assert rec.issuer is not None and rec.issuer.name == "SỞ XÂY DỰNG"
    assert rec.subject == SUBJECT.strip()
    assert rec.number is not None and rec.number.normalized == "915/SXD-QLN"
    assert [r.name for r in rec.recipients] == ["Ủy ban nhân dân các xã, phường", "Ban Quản lý dự án tỉnh"]
    assert rec.issued_date == "2027-03-09"


def test_a_received_stamp_above_the_letterhead() -> None:
    rec = parse_text(STAMPS[0] + LETTERHEAD + SUBJECT + ADDRESSEES + BODY)
    assert rec.issuer is not None and rec.issuer.name == "SỞ XÂY DỰNG"
    assert rec.subject == SUBJECT.strip()
    assert len(rec.recipients) == 2


@pytest.mark.parametrize("title_lines", [
    # counter-cases: a wrapped title's line opening with 'ĐẾN NĂM' is the title's, and capitals right under a
    # marker-like line are the document's
    "QUYẾT ĐỊNH\nVề việc phê duyệt Quy hoạch xây dựng vùng huyện giai đoạn 2026 - 2030,\nđến năm 2035\n",
    "QUYẾT ĐỊNH\nPHÊ DUYỆT QUY HOẠCH XÂY DỰNG VÙNG HUYỆN GIAI ĐOẠN 2026 - 2030,\nĐẾN NĂM 2035\n",
])
def test_capitals_opening_with_den_stay_in_the_title(title_lines: str) -> None:
    rec = parse_text("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 15/QĐ-UBND\nHà Tĩnh, ngày 09 tháng 3 năm 2027\n"
                     + title_lines + "\nCăn cứ Luật Xây dựng năm 2014;\n\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt.\n")
    assert rec.subject is not None and rec.subject.casefold().endswith("năm 2035")
    assert rec.issuer is not None and rec.issuer.name == "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"


@pytest.mark.parametrize("label", ["Kính gửi:", "Kinh gưi:", "Kính gui:", "Kinh gửi:", "Kính gủi:"])
def test_a_kinh_gui_label_whose_marks_ocr_lost(label: str) -> None:
    rec = parse_text(LETTERHEAD + SUBJECT + "\n   " + label + " Các chi bộ trực thuộc Đảng ủy.\n\n" + BODY)
    assert [r.name for r in rec.recipients] == ["Các chi bộ trực thuộc Đảng ủy"]


# ---- a figure table pasted with a tab between cells (a DOCX or spreadsheet table copied as text) ---------------

REPORT = ("BCH ĐOÀN XÃ TÂN AN\nSố: 12-BC/ĐTN\nTân An, ngày 10 tháng 12 năm 2027\nBÁO CÁO\nTổng kết năm 2027\n\n"
          "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n{table}\nII. PHƯƠNG HƯỚNG\nPhấn đấu kết nạp ít nhất 45 đoàn viên.\n")
TABLE_CASES = [
    ("TT\tChỉ tiêu\tKế hoạch giao\tKết quả thực hiện\tĐánh giá\n"
     "1\tKết nạp đoàn viên mới (đoàn viên)\t40\t52\tVượt\n"
     "2\tHiến máu tình nguyện (đơn vị máu)\t150\t128\tKhông đạt\n",
     [(40, "đoàn viên", "target"), (52, "đoàn viên", "result"), (150, "đơn vị máu", "target"),
      (128, "đơn vị máu", "result")]),
    ("Nội dung\tChỉ tiêu\tKết quả\tTỷ lệ\n"
     "Công trình thanh niên (công trình)\t03\t04\t133%\n"
     "Tuyến đường hoa (km)\t5\t6,5\t130%\n",
     [(3, "công trình", "target"), (4, "công trình", "result"), (133, "%", "result"),
      (5, "km", "target"), (6.5, "km", "result"), (130, "%", "result")]),
]


@pytest.mark.parametrize("table, expected", TABLE_CASES)
def test_a_tab_separated_figure_table(table: str, expected: list[tuple[float, str, str]]) -> None:
    rec = parse_text(REPORT.format(table=table))
    got = [(q.value, q.unit, q.kind) for q in rec.quantities]
    assert got == [*expected, (45, "đoàn viên", "target")]  # no row index, no 'Không' counted


@pytest.mark.parametrize("lines", [
    # counter-cases: an item's tab after its number, and a single line of tabs, are prose: read as with spaces
    "1.\tKết nạp 40 đoàn viên mới, đạt 105% chỉ tiêu.\n2.\tTiếp nhận 120 đơn vị máu.\n",
    "Kết quả:\tkết nạp 40 đoàn viên\tvà tiếp nhận 120 đơn vị máu.\n",
])
def test_tabs_that_make_no_table(lines: str) -> None:
    tabbed = parse_text(REPORT.format(table=lines)).quantities
    spaced = parse_text(REPORT.format(table=lines.replace("\t", " "))).quantities
    assert [(q.value, q.unit, q.kind) for q in tabbed] == [(q.value, q.unit, q.kind) for q in spaced]
    assert [q.value for q in tabbed][:2] == [40, 105 if "105" in lines else 120]


# ---- a course, a themed meeting or a contest held in a numeric month --------------------------------------------

PLAN = ("UBND XÃ AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\nCông tác năm 2027\n\n"
        "{line}\n\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn An\n")


@pytest.mark.parametrize("line, month", [
    ("Trung tâm Khuyến nông tổ chức 06 lớp tập huấn kỹ thuật tưới tiết kiệm nước cho nông dân trong tháng 6/2027.",
     "2027-06"),
    ('1. Tổ chức sinh hoạt chuyên đề quý II với chủ đề "Xây dựng nông thôn mới kiểu mẫu"\ntrong tháng 4/2027.',
     "2027-04"),
    ("Đoàn xã tổ chức Hội thi tìm hiểu pháp luật cho đoàn viên trong tháng 8/2027.", "2027-08"),
    ("Tổ chức Liên hoan văn nghệ quần chúng các thôn trong tháng 9/2027.", "2027-09"),
])
def test_an_occasion_held_in_a_month(line: str, month: str) -> None:
    rec = parse_text(PLAN.format(line=line))
    assert [e.date for e in rec.events] == [month]


@pytest.mark.parametrize("line", [
    # counter-cases: a by-when, a report's month opening its sentence, a month with no occasion
    "Các thôn báo cáo kết quả tập huấn về UBND xã trong tháng 6/2027.",
    "Trong tháng 5/2027, các thôn đã tổ chức 12 lớp tập huấn cho nông dân.",
    "Các thôn rà soát hộ nghèo trong tháng 6/2027.",
])
def test_a_month_that_holds_no_occasion(line: str) -> None:
    assert parse_text(PLAN.format(line=line)).events == []


# ---- a year opening a clause before a figure; units a state counts, then what they achieved -------------------------

LETTER = ("ĐẢNG ỦY XÃ AN BÌNH\nSố 12-CV/ĐU\nAn Bình, ngày 10 tháng 3 năm 2027\nV/v sinh hoạt chuyên đề\n\n"
          "Kính gửi: Các chi bộ trực thuộc.\n\n{line}\n\nNơi nhận:\n- Lưu VP.\nT/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn An\n")


@pytest.mark.parametrize("line, figures", [
    ("2. Năm 2026, 38/41 chi bộ hoàn thành tốt nhiệm vụ.", [(38, "chi bộ"), (41, "chi bộ")]),
    ("Năm 2026, 27 đảng viên được kết nạp.", [(27, "đảng viên")]),
    ("2. Năm 2026, toàn Đảng bộ có 38/41 chi bộ hoàn thành tốt nhiệm vụ, kết nạp 27 đảng viên mới.",
     [(38, "chi bộ"), (41, "chi bộ"), (27, "đảng viên")]),
    ("Năm 2026, toàn Đoàn có 15 chi đoàn được công nhận vững mạnh.", [(15, "chi đoàn")]),
    # counter-cases: years listed after 'năm', a present state, a body's size, a level's list
    ("Kết quả các năm 2025, 2026 đều đạt yêu cầu.", []),
    ("Hiện toàn xã có 12 thôn đạt chuẩn nông thôn mới.", []),
    ("Đến ngày 30/11/2026, toàn Đảng bộ có 412 đảng viên.", []),
    ("Dịch vụ công mức độ 3, 4 được triển khai.", []),
])
def test_a_year_or_a_state_before_what_was_done(line: str, figures: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in parse_text(LETTER.format(line=line)).quantities] == figures


# ---- a decision's approved list and money; a meeting's attendance where figures need a cue ----------------------------

DECISION = ("ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH\nSố: 45/QĐ-UBND\nAn Bình, ngày 10 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
            "Về việc hỗ trợ sửa chữa nhà ở năm 2027\n\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2025;\n\n"
            "QUYẾT ĐỊNH:\n{line}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
            "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn An\n")
RESOLUTION = ("ĐẢNG BỘ PHƯỜNG AN BÌNH\nCHI BỘ KHU PHỐ 2\nSố 01-NQ/CB\nAn Bình, ngày 05 tháng 01 năm 2027\nNGHỊ QUYẾT\n"
              "Về nhiệm vụ năm 2027\n\n{line}\n\nCHI BỘ QUYẾT NGHỊ:\n1. Lãnh đạo hoàn thành các chỉ tiêu năm 2027.\n\n"
              "Nơi nhận:\n- Lưu Chi bộ.\nT/M CHI BỘ\nBÍ THƯ\nLê Văn An\n")


@pytest.mark.parametrize("template, line, figures", [
    (DECISION, "Điều 1. Phê duyệt danh sách 09 hộ được hỗ trợ sửa chữa nhà ở năm 2027 (chi tiết tại Phụ lục kèm theo), "
     "tổng kinh phí hỗ trợ 270.000.000 đồng.", [(9, "hộ", "target"), (270000000, "đồng", "target")]),
    (DECISION, "Điều 1. Phân bổ kinh phí 120.000.000 đồng cho các tổ dân phố.", [(120000000, "đồng", "target")]),
    (RESOLUTION, "Ngày 03/01/2027, Chi bộ tổ chức hội nghị thường kỳ, có 38/42 đảng viên tham dự.",
     [(38, "đảng viên", "result"), (42, "đảng viên", "result")]),
    (RESOLUTION, "Hội nghị có 25 đảng viên có mặt.", [(25, "đảng viên", "result")]),
    (RESOLUTION, "Tổ chức Lễ trao Huy hiệu 30 năm tuổi Đảng cho 03 đồng chí vào ngày 03/02/2027.",
     [(3, "đồng chí", "target")]),
    (DECISION, "Điều 1. Tặng Giấy khen của Chủ tịch UBND phường cho 05 tập thể có thành tích xuất sắc.",
     [(5, "tập thể", "target")]),
    # counter-cases: a figure the decision names without approving or allotting it, probationary members, a plan,
    # an exchange of experience ('trao đổi')
    (RESOLUTION, "Tổ chức trao đổi kinh nghiệm cho 05 chi bộ trong quý I.", []),
    (DECISION, "Điều 1. Công bố kèm theo Quyết định này 01 danh mục thủ tục hành chính và phê duyệt quy trình nội bộ.", []),
    (RESOLUTION, "Chi bộ có 34 đảng viên, trong đó 03 đảng viên dự bị.", []),
    (RESOLUTION, "Hội nghị có khoảng 40 đảng viên dự kiến được mời.", []),
])
def test_figures_where_a_cue_is_needed(template: str, line: str, figures: list[tuple[float, str, str]]) -> None:
    got = [(q.value, q.unit, q.kind) for q in parse_text(template.format(line=line)).quantities]
    assert got == figures


# ---- a one-line copy whose body opens with the issuing body's name and verb ---------------------------------------

ONE_LINE = ("HỘI SINH VIÊN VIỆT NAM TP. HÀ NỘI BCH HỘI SINH VIÊN TRƯỜNG ĐẠI HỌC AN BÌNH *** Số: 46-TB/HSV HỘI SINH VIÊN "
            "VIỆT NAM Hà Nội, ngày 21 tháng 12 năm 2026 THÔNG BÁO V/v tổ chức Hội thao sinh viên năm 2027 "
            "(09/01/1950 - 09/01/2027) {opening} như sau: 1. Khai mạc lúc 7h30 ngày 04/01/2027 tại Sân vận động "
            "Trường. 2. Các Liên chi hội gửi danh sách trước 17h00 ngày 28/12/2026. Nơi nhận: - Các Liên chi hội; "
            "- Lưu VP. TM. BAN THƯ KÝ CHỦ TỊCH Phạm Minh Đức\n")


@pytest.mark.parametrize("opening", [
    "Ban Thư ký Hội Sinh viên Trường Đại học An Bình thông báo đến các Liên chi hội",
    "Ban Chỉ đạo Hội thao thông báo",
    "Đảng ủy Trường thông báo",
])
def test_a_one_line_copy_whose_body_opens_with_its_body(opening: str) -> None:
    rec = parse_text(ONE_LINE.format(opening=opening))
    assert rec.subject == "V/v tổ chức Hội thao sinh viên năm 2027 (09/01/1950 - 09/01/2027)"
    assert rec.signer.name == "Phạm Minh Đức"
    assert [d.due for d in rec.deadlines] == ["2026-12-28T17:00"]


# ---- a letterhead-less copy's bare authority completed through the body's abbreviation --------------------------------

CUT_REPORT = ("BÁO CÁO\nTình hình dịch sốt xuất huyết trên địa bàn phường\n\nKính gửi: Ủy ban nhân dân thành phố Cần Thơ.\n\n"
              "{opening}\n1. Tổ chức 12 buổi truyền thông tại các khu vực.\n\n"
              "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrương Thị Bích Vân\n")


@pytest.mark.parametrize("opening, issuer", [
    ("Thực hiện Công văn số 1732/SYT-NVY ngày 28/7/2027 của Sở Y tế, UBND phường Ninh Kiều báo cáo như sau:",
     "UBND phường Ninh Kiều"),
    ("Ủy ban nhân dân phường Ninh Kiều báo cáo như sau:", "Ủy ban nhân dân phường Ninh Kiều"),
    # counter-case: the body named only after a preposition ("của UBND thành phố") is another body
    ("Thực hiện Công văn số 1732/UBND-VX ngày 28/7/2027 của UBND thành phố, phường báo cáo như sau:", "Ủy ban nhân dân"),
])
def test_a_bare_authority_completed_through_its_abbreviation(opening: str, issuer: str) -> None:
    rec = parse_text(CUT_REPORT.format(opening=opening))
    assert rec.issuer is not None and rec.issuer.inferred
    assert rec.issuer.name == issuer

"""The thirty-fifth heldout round's failure classes (invented documents, with counter-cases): a PDF copy whose
next page opens with its page number on a line of its own, then the rest of a sentence the page break cut
("riêng các vụ" / "2" / "trọng án đạt 100%"), read the page number as a count of the words after it."""

from __future__ import annotations

import pytest

from vanban import parse_text

PLAN_HEAD = ("        BỘ CÔNG AN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "   CÔNG AN TỈNH GIA LAI                   Độc lập - Tự do - Hạnh phúc\n\n"
             "Số: 402/KH-CAT-PC02                 Gia Lai, ngày 05 tháng 4 năm 2028\n\n"
             "                              KẾ HOẠCH\n"
             "        Mở đợt cao điểm trấn áp tội phạm cướp giật tài sản quý II năm 2028\n\n")
PLAN_TAIL = ("\nNơi nhận:                                   KT. GIÁM ĐỐC\n"
             "- Bộ Công an (b/c);                          PHÓ GIÁM ĐỐC\n"
             "- Lưu: VT, PC02.                          Đại tá Nguyễn Văn An\n")

# ---- a PDF page's number heading the next page, then the cut sentence's rest -------------------------------------

PAGE_BREAKS = [
    # (body lines, the quantities' (value, unit) expected)
    ("     - Điều tra, làm rõ trên 75% số vụ cướp giật; riêng các vụ\n"
     "                                                                   1\n"
     "                                     2\n"
     "trọng án đạt 100%;\n", [(75, "%"), (100, "%")]),
    ("     - Tổ chức ít nhất 40 buổi tuyên truyền tại các\n"
     "                                     - 3 -\n"
     "chợ, bến xe, khu dân cư;\n", [(40, "buổi")]),
    ("     - Phấn đấu triệt phá ít nhất 05 băng, nhóm tội phạm; bắt giữ các\n"
     "                                     2\n"
     "đối tượng truy nã đạt trên 90%;\n", [(5, "băng"), (90, "%")]),
    # counter-cases: a figure wrapped onto its own line in a sentence is still read with its unit; a page's number
    # after a full sentence stays apart as before
    ("     - Bắt, vận động đầu thú tối thiểu\n"
     "12 đối tượng truy nã;\n", [(12, "đối tượng")]),
    ("     - Tổ chức ít nhất 40 buổi tuyên truyền tại chợ, bến xe.\n"
     "                                     2\n"
     "     - Bảo đảm 100% Công an xã có tổ tuần tra.\n", [(40, "buổi"), (100, "%")]),
]


@pytest.mark.parametrize(("body", "expected"), PAGE_BREAKS)
def test_a_page_number_heading_the_next_page_is_no_count(body: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(PLAN_HEAD + "     II. CHỈ TIÊU\n" + body + PLAN_TAIL)
    # the unit's first word, as scoring pairs units ("buổi tuyên truyền" is "buổi")
    assert [(q.value, (q.unit or "").split()[0]) for q in rec.quantities] == [(v, u.split()[0]) for v, u in expected]


# ---- a copy cut before its letterhead: the closing sentence names the writer ----------------------------------------

CUT_PLAN = ("người dân trên địa bàn được khám, tư vấn sức khỏe miễn phí.\n\nII. THỜI GIAN\n"
            "Tổ chức từ ngày 05/9/2028 đến ngày 30/9/2028.\n\n{closing}\n\n"
            "Nơi nhận:\n- Sở Y tế (b/c);\n- Lưu: VT, KHTH.\n\n{authority}\n{position}\n\n{name}\n")
CLOSINGS = [
    ("Trên đây là Kế hoạch khám sàng lọc năm 2028 của Bệnh viện Đa khoa tỉnh Quảng Trị./.", "KT. GIÁM ĐỐC",
     "PHÓ GIÁM ĐỐC", "Bệnh viện Đa khoa tỉnh Quảng Trị"),
    ("Trên đây là Kế hoạch tổ chức Ngày hội hiến máu của Trung tâm Y tế huyện Cam Lộ.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
     "Trung tâm Y tế huyện Cam Lộ"),
    ("Trên đây là Kế hoạch tư vấn tuyển sinh năm 2028 của Trường Cao đẳng Y tế Huế./.", "KT. HIỆU TRƯỞNG",
     "PHÓ HIỆU TRƯỞNG", "Trường Cao đẳng Y tế Huế"),
    # counter-cases: the body after a numbered document is the cited one's; a body the signer's title does not
    # head; no closing formula
    ("Trên đây là Kế hoạch thực hiện Kế hoạch số 2210/KH-SYT ngày 15/7/2028 của Sở Y tế./.", "KT. GIÁM ĐỐC",
     "PHÓ GIÁM ĐỐC", None),
    ("Trên đây là Kế hoạch khám sàng lọc năm 2028 của Bệnh viện Đa khoa tỉnh Quảng Trị./.", "KT. HIỆU TRƯỞNG",
     "PHÓ HIỆU TRƯỞNG", None),
    ("Đề nghị các khoa, phòng của Bệnh viện Đa khoa tỉnh Quảng Trị thực hiện./.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", None),
]


@pytest.mark.parametrize(("closing", "authority", "position", "issuer"), CLOSINGS)
def test_a_cut_copys_closing_sentence_names_its_writer(closing: str, authority: str, position: str,
                                                        issuer: str | None) -> None:
    rec = parse_text(CUT_PLAN.format(closing=closing, authority=authority, position=position, name="Hồ Thị Minh Nguyệt"))
    assert (rec.issuer.name if rec.issuer else None) == issuer
    if issuer:
        assert rec.issuer is not None and rec.issuer.inferred


# ---- a physician's degree in mixed case before the signer's name; OCR's "Kính qửi" -----------------------------

SIGNER_NAMES = [
    ("Bs.CKII. Hồ Thị Minh Nguyệt", "Hồ Thị Minh Nguyệt"),
    ("Bs.CKI. Lê Văn Tài", "Lê Văn Tài"),
    ("Bs. Trần Thị Hoa", "Trần Thị Hoa"),
    # counter-cases: the upper-case forms as before, a name without a title
    ("BS.CKII. Nguyễn Văn Bình", "Nguyễn Văn Bình"),
    ("Phan Thị Bảo", "Phan Thị Bảo"),
]


@pytest.mark.parametrize(("printed", "name"), SIGNER_NAMES)
def test_a_physicians_degree_in_mixed_case_is_not_the_name(printed: str, name: str) -> None:
    text = ("SỞ Y TẾ TỈNH QUẢNG TRỊ\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 88/KH-BV\nQuảng Trị, ngày 10 tháng 8 năm 2028\n\n"
            "KẾ HOẠCH\nKhám sàng lọc cho người cao tuổi\n\nBệnh viện xây dựng kế hoạch như sau.\n\n"
            f"Nơi nhận:\n- Sở Y tế;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n{printed}\n")
    rec = parse_text(text)
    assert rec.signer is not None and rec.signer.name == name


LETTER = ("UBND TỈNH KIÊN GIANG\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 412/SNNMT-TS\nV/v phối hợp tuần tra\n"
          "Kiên Giang, ngày 02 tháng 3 năm 2028\n\n{label}\n- Ủy ban nhân dân các huyện ven biển;\n"
          "- Chi cục Thủy sản tỉnh.\n\nSở Nông nghiệp và Môi trường đề nghị các đơn vị phối hợp thực hiện./.\n\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Hòa\n")
LABELS = [
    ("Kính qửi:", ["Ủy ban nhân dân các huyện ven biển", "Chi cục Thủy sản tỉnh"]),
    ("Kính qủi:", ["Ủy ban nhân dân các huyện ven biển", "Chi cục Thủy sản tỉnh"]),
    # counter-case: the printed label as before
    ("Kính gửi:", ["Ủy ban nhân dân các huyện ven biển", "Chi cục Thủy sản tỉnh"]),
]


@pytest.mark.parametrize(("label", "recipients"), LABELS)
def test_kinh_gui_with_its_g_read_as_q_opens_the_addressees(label: str, recipients: list[str]) -> None:
    rec = parse_text(LETTER.format(label=label))
    assert [r.name for r in rec.recipients] == recipients


# ---- a width after its noun, a length as a noun with its bound: the size of a thing, no count -------------------

REPORT = ("UBND TỈNH HẢI DƯƠNG\nBAN QUẢN LÝ DỰ ÁN\nSố: 77/BC-BQLDA\nHải Dương, ngày 05 tháng 5 năm 2028\n\n"
          "BÁO CÁO\nTiến độ các dự án giao thông\n\n{line}\n\n"
          "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nPhạm Quang Thắng\n")
SIZES = [
    ("1. Dự án cầu Hàn: nền đường rộng 34 m; đã hoàn thành 18 trụ cầu.", [(18, "trụ")]),
    ("2. Nâng cấp, bê tông hóa 2,1 km đường còn lại, mặt đường rộng 5 m; xây dựng 02 cống.", [(2.1, "km"), (2, "cống")]),
    ("3. Duy trì 100% tàu cá có chiều dài từ 15 m trở lên lắp đặt thiết bị giám sát hành trình.", [(100, "%")]),
    # counter-cases: "mở rộng" widens (a count), a total length is the work done, a work's "dài" is its extent
    ("4. Mở rộng 12 điểm bán hàng bình ổn giá tại các chợ.", [(12, "điểm")]),
    ("5. Đã nạo vét 14 tuyến kênh với tổng chiều dài 23,5 km.", [(14, "tuyến"), (23.5, "km")]),
    ("6. Kè tạm đoạn bờ sông bị sạt lở dài 150 m.", [(150, "m")]),
]


@pytest.mark.parametrize(("line", "expected"), SIZES)
def test_a_things_width_or_length_class_is_no_count(line: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(REPORT.format(line=line))
    assert [(q.value, (q.unit or "").split()[0]) for q in rec.quantities] == expected


# ---- a web copy's rating widget; the area a thing happens on -------------------------------------------------------

NOTICE_WEB = ("Trang chủ » Văn bản chỉ đạo điều hành » Thông báo\n\nỦY BAN NHÂN DÂN\nPHƯỜNG AN CỰU\nSố: 41/TB-UBND\n"
              "An Cựu, ngày 10 tháng 5 năm 2028\n\nTHÔNG BÁO\nVề việc ra quân tổng vệ sinh môi trường\n\n{body}\n\n"
              "Nơi nhận:\n- Các tổ dân phố;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hùng\n\n{after}\n")
WEB_LINES = [
    ("Mỗi tổ dân phố huy động ít nhất 30 người tham gia.", "Đánh giá bài viết: ★★★★☆ (12 lượt)", [(30, "người")]),
    ("Mỗi tổ dân phố huy động ít nhất 30 người tham gia.", "Bình chọn: 45 phiếu", [(30, "người")]),
    ("Ra quân tại các tuyến kiệt, hẻm trên địa bàn 18 tổ dân phố; thu gom trên 50 tấn rác.", "", [(50, "tấn")]),
    # counter-cases: a bare count of "lượt" in the text is the document's; what a place's parts achieved is counted
    ("Kết quả đợt 1, số người dân tham gia:\n1.150 lượt", "", [(1150, "lượt")]),
    ("Trên địa bàn 12 tổ dân phố đạt chuẩn văn minh đô thị.", "", [(12, "tổ")]),
]


@pytest.mark.parametrize(("body", "after", "expected"), WEB_LINES)
def test_a_pages_widget_and_a_places_parts_are_no_count(body: str, after: str,
                                                         expected: list[tuple[float, str]]) -> None:
    rec = parse_text(NOTICE_WEB.format(body=body, after=after))
    assert [(q.value, (q.unit or "").split()[0]) for q in rec.quantities] == expected


# ---- a PDF table aligned with spaces: its header's units far to the right, each row's name wrapped under it ----------

PDF_REPORT = ("   UBND TỈNH ĐẮK NÔNG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "     BAN DÂN TỘC                         Độc lập - Tự do - Hạnh phúc\n\n"
              "Số: 12/BC-BDT                          Gia Nghĩa, ngày 10 tháng 01 năm 2028\n\n"
              "                                BÁO CÁO\n          Kết quả giải ngân vốn năm 2027\n\n"
              "   Kết quả theo từng dự án như sau:\n\n{table}\n"
              "   Ban Dân tộc kính báo cáo./.\n\nNơi nhận:                                       TRƯỞNG BAN\n"
              "- Như trên;\n- Lưu: VT.                                     Điểu Thị Hà My\n")
HEAD_ROWS = (" TT  Dự án                                   Kế hoạch      Giải ngân     Tỷ lệ\n"
             "                                             (triệu đồng)  (triệu đồng)  (%)\n")
PDF_TABLES = [
    (HEAD_ROWS
     + " 1   Dự án 1: Giải quyết tình trạng thiếu       58.320        52.104      89,3\n"
       "     đất ở, nhà ở, đất sản xuất\n"
       " 2   Dự án 2: Quy hoạch, sắp xếp, bố trí        41.500        30.210      72,8\n"
       "     ổn định dân cư\n",
     [(58320000000, "đồng"), (52104000000, "đồng"), (89.3, "%"), (41500000000, "đồng"), (30210000000, "đồng"),
      (72.8, "%")]),
    # counter-case: rows with no wrapped names read as before
    (HEAD_ROWS
     + " 1   Dự án 1: Nhà ở, đất sản xuất               58.320        52.104      89,3\n"
       " 2   Dự án 2: Bố trí ổn định dân cư             41.500        30.210      72,8\n",
     [(58320000000, "đồng"), (52104000000, "đồng"), (89.3, "%"), (41500000000, "đồng"), (30210000000, "đồng"),
      (72.8, "%")]),
]


@pytest.mark.parametrize(("table", "expected"), PDF_TABLES)
def test_a_pdf_tables_rows_with_wrapped_names_are_read_by_column(table: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(PDF_REPORT.format(table=table))
    assert sorted((q.value, (q.unit or "").split()[0]) for q in rec.quantities) == sorted(expected)


# ---- a decision recognising units it counts, and the count's breakdown after "trong đó" ---------------------------

DECISION = ("UBND TỈNH QUẢNG BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - "
            "Hạnh phúc\n\nSố: 55/QĐ-SGDĐT\tQuảng Bình, ngày 26 tháng 02 năm 2028\n\nQUYẾT ĐỊNH\nVề việc công nhận "
            "trường đạt chuẩn\n\nGIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCăn cứ Thông tư số 18/2018/TT-BGDĐT ngày "
            "22/8/2018 của Bộ Giáo dục và Đào tạo;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. {article}\n\nĐiều 2. Quyết định có hiệu "
            "lực kể từ ngày ký./.\n\nNơi nhận:\tGIÁM ĐỐC\n- Như Điều 2;\n- Lưu: VT.\tHoàng Minh Đức\n")
RECOGNISED = [
    ("Công nhận 11 trường trung học cơ sở đạt chuẩn quốc gia (có danh sách kèm theo), trong đó: 04 trường đạt "
     "mức độ 2; 07 trường đạt mức độ 1.", [(11, "trường"), (4, "trường"), (7, "trường")]),
    ("Công nhận 06 xã đạt chuẩn phổ cập giáo dục mầm non năm 2028.", [(6, "xã")]),
    # counter-cases: a decision's count with no cue stays unread, and so do its parts; a breakdown of another unit
    ("Ban hành kèm theo Quyết định này Quy chế gồm 05 chương, trong đó 02 chương quy định chung.", []),
    ("Công nhận 11 trường đạt chuẩn quốc gia, trong đó có 2.300 học sinh dân tộc thiểu số.", [(11, "trường")]),
]


@pytest.mark.parametrize(("article", "expected"), RECOGNISED)
def test_a_decisions_recognised_units_and_their_breakdown_are_counted(article: str,
                                                                        expected: list[tuple[float, str]]) -> None:
    rec = parse_text(DECISION.format(article=article))
    assert [(q.value, (q.unit or "").split()[0]) for q in rec.quantities] == expected

"""The twenty-fifth heldout round's failure classes (invented documents, with counter-cases): a tab-separated figure
table whose cells print each figure with its noun ('4 xã', '19 thôn'), or whose row label names the members counted
('Kết nạp đoàn viên mới' under 'Giao / Thực hiện'); a 'Kính gửi:' label alone on its line, a blank line, then the
list (a markdown converter's output)."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND HUYỆN AN LÃO\nSố: 88/BC-UBND\nAn Lão, ngày 05 tháng 10 năm 2027\nBÁO CÁO\nSơ kết 9 tháng năm 2027\n\n"
          "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n{table}\nII. PHƯƠNG HƯỚNG\nPhấn đấu hoàn thành ít nhất 30 km đường.\n")
TABLE_CASES = [
    # each figure printed with its noun; the kind from the column
    ("TT\tChỉ tiêu\tKế hoạch năm\tThực hiện 9 tháng\tĐạt (%)\n"
     "1\tXã đạt chuẩn nông thôn mới nâng cao\t5 xã\t3 xã\t60,0\n"
     "2\tNhà văn hóa thôn được sửa chữa\t20 nhà\t17 nhà\t85,0\n",
     [(5, "xã", "target"), (3, "xã", "result"), (60, "%", "result"),
      (20, "nhà", "target"), (17, "nhà", "result"), (85, "%", "result")]),
    # the row label names the members counted; 'Giao' is the plan's column; a scale in a cell
    ("TT\tChỉ tiêu\tGiao\tThực hiện\n"
     "1\tKết nạp đoàn viên mới\t600\t640\n"
     "2\tGiới thiệu đoàn viên ưu tú cho Đảng\t120\t131\n"
     "3\tVốn vay giải quyết việc làm\t12 tỷ đồng\t13,5 tỷ đồng\n",
     [(600, "đoàn viên", "target"), (640, "đoàn viên", "result"), (120, "đoàn viên", "target"),
      (131, "đoàn viên", "result"), (12e9, "đồng", "target"), (13.5e9, "đồng", "result")]),
]


@pytest.mark.parametrize("table, expected", TABLE_CASES)
def test_a_tab_table_whose_figures_carry_or_borrow_their_noun(table: str, expected: list[tuple[float, str, str]]) -> None:
    rec = parse_text(REPORT.format(table=table))
    got = [(q.value, q.unit, q.kind) for q in rec.quantities]
    assert got == [*expected, (30, "km", "target")]


@pytest.mark.parametrize("table", [
    # counter-cases: a duration or a rating beside its number counts nothing; a label naming no members and a
    # column naming no noun leave the bare figure unread (unknown is no guess)
    "TT\tNội dung\tKế hoạch\tThực hiện\n1\tThời gian tập huấn\t15 ngày\t12 ngày\n2\tXếp hạng cơ sở\t3 sao\t4 sao\n",
    "TT\tNội dung\tKế hoạch\tThực hiện\n1\tTổng giá trị sản xuất\t9.850\t4.712\n2\tThu ngân sách\t286\t171\n",
])
def test_tab_cells_that_name_no_counted_noun(table: str) -> None:
    rec = parse_text(REPORT.format(table=table))
    assert [(q.value, q.unit) for q in rec.quantities] == [(30, "km")]


LETTER = ("UBND TỈNH AN GIANG\nSỞ XÂY DỰNG\nSố: 512/SXD-QLN\nAn Giang, ngày 09 tháng 3 năm 2027\n"
          "V/v rà soát nhà ở xã hội\n\n{block}"
          "Thực hiện Văn bản số 71/BXD-QLN ngày 02/3/2027 của Bộ Xây dựng, Sở Xây dựng đề nghị các đơn vị báo cáo "
          "tình hình triển khai dự án trước ngày 30/3/2027.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
          "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Hải\n")


@pytest.mark.parametrize("block", [
    "Kính gửi:\n\n- Ủy ban nhân dân các huyện, thị xã;\n- Sở Tài chính.\n\n",
    "**Kính gửi:**\n\n\n- Ủy ban nhân dân các huyện, thị xã;\n- Sở Tài chính.\n\n",
    "Kính gửi:\n- Ủy ban nhân dân các huyện, thị xã;\n\n- Sở Tài chính.\n\n",
])
def test_a_kinh_gui_label_alone_then_a_blank_line_then_its_list(block: str) -> None:
    rec = parse_text(LETTER.format(block=block))
    assert [r.name for r in rec.recipients] == ["Ủy ban nhân dân các huyện, thị xã", "Sở Tài chính"]


def test_a_kinh_gui_label_alone_then_prose_reads_no_addressee() -> None:
    # counter-case: the paragraph after the blank line is the body, not an addressee
    rec = parse_text(LETTER.format(block="Kính gửi:\n\n"))
    assert rec.recipients == []
    assert rec.citations and rec.citations[0].number == "71/BXD-QLN"


CONCLUSION = ("UBND TỈNH THÁI BÌNH\nTHANH TRA TỈNH\nSố: 31/KL-TTr\nThái Bình, ngày 25 tháng 10 năm 2027\n\n{title}\n"
              "Việc quản lý, sử dụng kinh phí sự nghiệp y tế tại UBND huyện Vũ Thư năm 2026\n\n"
              "Thực hiện Quyết định số 118/QĐ-TTr ngày 15/7/2027 của Chánh Thanh tra tỉnh, Chánh Thanh tra tỉnh kết luận "
              "như sau:\n1. Kiến nghị thu hồi 120.000.000 đồng.\n\nNơi nhận:\n- Lưu: VT.\nCHÁNH THANH TRA\nVũ Minh Tuấn\n")


@pytest.mark.parametrize("title", ["KẾT LUẬN THANH TRA", "KẾT LUẬN KIỂM TRA", "KẾT LUẬN"])
def test_a_conclusion_titled_with_its_kind(title: str) -> None:
    # the two-word kind of a kết luận ('THANH TRA', 'KIỂM TRA') is the title's, not the trích yếu
    rec = parse_text(CONCLUSION.format(title=title))
    assert rec.doc_type is not None and rec.doc_type.code == "KL"
    assert rec.subject == "Việc quản lý, sử dụng kinh phí sự nghiệp y tế tại UBND huyện Vũ Thư năm 2026"


def test_a_cited_conclusion_keeps_its_type() -> None:
    rec = parse_text(CONCLUSION.format(title="KẾT LUẬN").replace(
        "Quyết định số 118/QĐ-TTr", "Kết luận thanh tra số 12/KL-TTr"))
    assert [(c.doc_type, c.number) for c in rec.citations] == [("KL", "12/KL-TTr")]


DISPATCH = ("UBND TỈNH AN GIANG\nBAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI\nSố: 07/CĐ-BCH\nAn Giang, ngày 03 tháng 11 năm 2027\n"
            "CÔNG ĐIỆN\nVề việc ứng phó với bão số 9\n\nBAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI TỈNH điện:\n"
            "- Ban Chỉ huy PCTT các huyện.\n\n{narrative}"
            "Ban Chỉ huy đề nghị các đơn vị, địa phương thực hiện ngay các nội dung sau:\n"
            "1. Tổ chức sơ tán, di dời 320 hộ với khoảng 1.100 người ở vùng thấp trũng đến nơi an toàn trước 17 giờ ngày "
            "04/11/2027.\n"
            "2. Hướng dẫn 100% tàu thuyền vào nơi tránh trú an toàn.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nTrần Văn Hải\n")


@pytest.mark.parametrize("narrative, reported", [
    ("", []),
    # counter-case: what the dispatch reports as done before its directives stays a result
    ("Đến 17 giờ ngày 02/11/2027, các địa phương đã di dời 1.250 hộ với 4.100 người.\n",
     [(1250, "hộ", "result"), (4100, "người", "result")]),
])
def test_a_directive_whose_colon_ends_its_clause(narrative: str, reported: list[tuple[float, str, str]]) -> None:
    # "đề nghị các đơn vị ... các nội dung sau:" opens the directives as "đề nghị:" does: people moved by its
    # order and a share it requires are targets
    rec = parse_text(DISPATCH.format(narrative=narrative))
    got = [(q.value, q.unit, q.kind) for q in rec.quantities]
    assert got == [*reported, (320, "hộ", "target"), (1100, "người", "target"), (100, "%", "target")]


NOTICE = ("UBND TỈNH AN GIANG\nSỞ Y TẾ\nSố: 44/KH-SYT\nAn Giang, ngày 08 tháng 11 năm 2027\nKẾ HOẠCH\nTiêm vắc xin sởi\n\n"
          "{line}\nPhấn đấu ít nhất 95% trẻ trong diện được tiêm.\n\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn An\n")


@pytest.mark.parametrize("line, kept", [
    # fever cases recorded are incidents
    ("Từ đầu năm đến nay toàn tỉnh ghi nhận 214 ca sốt phát ban nghi sởi.", []),
    ("Trong tuần ghi nhận 36 ca sốt xuất huyết, tăng 12 ca so với tuần trước.", []),
    # an enterprise's present size is the state of affairs
    ("Hiện nay Công ty có 1.032 lao động tham gia bảo hiểm xã hội bắt buộc.", []),
    # counter-cases: what the bodies did about them is a result
    ("Năm 2026, toàn tỉnh đã tiêm cho 148.230 trẻ, đạt 96,1%.", [(148230, "trẻ"), (96.1, "%")]),
    ("Công ty đã tuyển dụng thêm 120 lao động trong năm 2027.", [(120, "lao động")]),
])
def test_fever_cases_and_a_company_size_are_no_figures(line: str, kept: list[tuple[float, str]]) -> None:
    rec = parse_text(NOTICE.format(line=line))
    assert [(q.value, q.unit) for q in rec.quantities] == [*kept, (95, "%")]

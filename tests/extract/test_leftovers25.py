"""The twenty-fifth heldout round's leftovers, by class (invented documents and lines, with counter-cases): a PDF
table aligned with spaces (its rows kept apart, its figures read by cell, a 'tối thiểu' column a floor); the
places after a count of cases set aside with it ('... ca sốt phát ban nghi sởi tại 17 huyện')."""

from __future__ import annotations

import pytest

from vanban import parse_text
from vanban.extract.figtable import column_comparator, spaced_figure_cells, spaced_tables
from vanban.normalize import normalize
from vanban.textutil import aligned_rows

# ---- a PDF table aligned with spaces --------------------------------------------------------------------------------

# hard-wrapped PDF text (the width the joins test against is read from such lines), then the table
PLAN = ("    UBND TỈNH HÀ TĨNH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "        SỞ Y TẾ                            Độc lập - Tự do - Hạnh phúc\n"
        "   Số: 77/KH-SYT\n"
        "                                      Hà Tĩnh, ngày 02 tháng 3 năm 2027\n\n"
        "                              KẾ HOẠCH\n"
        "       Tiêm vắc xin phòng bệnh cho trẻ em trong tiêm chủng mở rộng năm 2027\n\n"
        "    Thực hiện Quyết định số 112/QĐ-BYT ngày 10/01/2027 của Bộ Y tế về việc phê\n"
        "duyệt kế hoạch tiêm chủng mở rộng năm 2027, Sở Y tế xây dựng kế hoạch triển khai\n"
        "trên địa bàn tỉnh với các nội dung cụ thể như sau để các đơn vị chủ động thực\n"
        "hiện, bảo đảm an toàn tiêm chủng và hoàn thành các chỉ tiêu được giao trong năm\n"
        "theo đúng hướng dẫn của Bộ Y tế, Viện Vệ sinh dịch tễ và các văn bản liên quan\n"
        "của Ủy ban nhân dân tỉnh về công tác tiêm chủng mở rộng trên địa bàn toàn tỉnh\n"
        "trong giai đoạn từ nay đến hết năm 2027, phối hợp chặt chẽ với chính quyền cơ sở\n"
        "và các ngành liên quan trong việc rà soát đối tượng tiêm chủng tại các xã.\n"
        "    Chỉ tiêu tại các địa bàn:\n\n"
        "{table}\n\n"
        "    Các đơn vị báo cáo kết quả về Sở Y tế trước ngày 30/11/2027.\n\n"
        "Nơi nhận:                                        KT. GIÁM ĐỐC\n"
        "- UBND tỉnh (b/c);                                 PHÓ GIÁM ĐỐC\n"
        "- Lưu: VT, NVY.\n"
        "                                                  Trần Văn Bình\n")

TABLE = ("      Địa bàn                  Số trẻ trong diện      Tỷ lệ tiêm tối thiểu\n"
         "      Thành phố Hà Tĩnh              9.240                  95%\n"
         "      Huyện Hương Khê                6.115                  90%\n"
         "      Huyện Vũ Quang                 1.870                  90%")

# right-aligned figures under a wide header, a money column in millions, a "tối đa" column (a ceiling)
BUDGET = ("   Đơn vị           Kinh phí (triệu đồng)     Số lớp tối đa\n"
          "   Huyện Can Lộc                     450                12\n"
          "   Huyện Nghi Xuân                 1.250                 8")


def _quantities(text: str) -> list[tuple[float, str, str | None, str | None]]:
    rec = parse_text(text)
    return [(q.value, q.comparator, q.unit, q.scope) for q in rec.quantities]


def test_a_space_aligned_table_keeps_its_rows_apart() -> None:
    text = normalize(PLAN.format(table=TABLE)).text
    assert "Tỷ lệ tiêm tối thiểu\n" in text
    assert "\n      Huyện Hương Khê                6.115                  90%\n" in text


@pytest.mark.parametrize("table, expected", [
    (TABLE, [(9240, "eq", "trẻ trong diện", "Thành phố Hà Tĩnh"), (95, "gte", "%", "Thành phố Hà Tĩnh"),
             (6115, "eq", "trẻ trong diện", "Huyện Hương Khê"), (90, "gte", "%", "Huyện Hương Khê"),
             (1870, "eq", "trẻ trong diện", "Huyện Vũ Quang"), (90, "gte", "%", "Huyện Vũ Quang")]),
    (BUDGET, [(450_000_000, "eq", "đồng", "Huyện Can Lộc"), (12, "lte", "lớp", "Huyện Can Lộc"),
              (1_250_000_000, "eq", "đồng", "Huyện Nghi Xuân"), (8, "lte", "lớp", "Huyện Nghi Xuân")]),
])
def test_a_space_aligned_tables_figures_are_read_by_cell(table: str, expected: list[tuple[object, ...]]) -> None:
    got = _quantities(PLAN.format(table=table))
    assert [q for q in got if q[3]] == expected
    assert not [q for q in got if q[0] in (9240, 6115, 1870, 450, 1250) and not q[3]]  # no figure read twice


@pytest.mark.parametrize("above, line", [
    # a justified sentence's extra blanks fall anywhere: no blank channel runs down between the lines
    ("tăng cường  miễn dịch phòng bệnh sởi,  rubella cho trẻ em, không để",
     "dịch bùng phát trên địa bàn  tỉnh. Từ đầu năm  2027 đến nay toàn tỉnh"),
    # a letterhead's or a signature's two sides: two parts, no table
    ("UBND TỈNH NGHỆ AN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "    SỞ Y TẾ                            Độc lập - Tự do - Hạnh phúc"),
    # as many parts, but one line's gaps under the other's words
    ("Địa bàn        Số trẻ      Tỷ lệ", "Thành phố Vinh có  21.350 trẻ  95%"),
])
def test_lines_that_are_no_table_rows(above: str, line: str) -> None:
    assert not aligned_rows(above, line)
    assert spaced_tables(f"{above}\n{line}", 0, len(above) + len(line) + 1) == []


def test_a_justified_paragraph_is_still_joined() -> None:
    # counter-case: hard-wrapped lines with a justified sentence's double blanks are one paragraph, no table
    body = ("    Trong năm 2026, Sở Y tế đã phối hợp với các  huyện tổ chức tiêm cho các\n"
            "trẻ trong diện tại các  trạm y tế xã và các điểm tiêm lưu động  ở vùng sâu,\n"
            "vùng xa, bảo đảm an toàn tiêm chủng theo quy định.")
    text = normalize(PLAN.format(table=body)).text
    assert "tiêm cho các trẻ trong diện" in text
    assert spaced_figure_cells(text, 0, len(text)) == []


@pytest.mark.parametrize("header, comparator", [
    ("Tỷ lệ tiêm tối thiểu", "gte"), ("Số lớp tối đa", "lte"), ("Số đoàn viên ít nhất", "gte"),
    ("Vượt kế hoạch", "eq"), ("Trên chuẩn", "eq"), ("Số trẻ trong diện", "eq"),
])
def test_a_column_headers_bound(header: str, comparator: str) -> None:
    assert column_comparator(header) == comparator


# ---- the places after a count of cases ------------------------------------------------------------------------------

CASES = ("UBND TỈNH QUẢNG TRỊ\nSỞ Y TẾ\nSố: 45/KH-SYT\nQuảng Trị, ngày 05 tháng 3 năm 2027\n\nKẾ HOẠCH\n"
         "Phòng, chống dịch sởi năm 2027\n\n{body}\n"
         "Phấn đấu tiêm cho ít nhất 95% trẻ trong diện.\n\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Tâm\n")


@pytest.mark.parametrize("body", [
    "Từ đầu năm đến nay toàn tỉnh ghi nhận 214 ca sốt phát ban nghi sởi tại 17 huyện, thành phố.",
    "Năm 2026 đã ghi nhận 58 ca mắc sởi ở trẻ em tại 9 xã, phường.",
    "Toàn tỉnh ghi nhận 35 ca nghi sởi có sốt phát ban thuộc 6 huyện miền núi.",
])
def test_the_places_a_count_of_cases_is_counted_in_go_with_it(body: str) -> None:
    assert _quantities(CASES.format(body=body)) == [(95, "gte", "%", None)]


@pytest.mark.parametrize("body", [
    "Toàn tỉnh ghi nhận 214 ca sốt phát ban nghi sởi. Đã tổ chức tiêm vét tại 17 huyện, thành phố.",
    "Toàn tỉnh ghi nhận 214 ca sốt phát ban và tổ chức tiêm vét tại 17 huyện, thành phố.",
])
def test_a_place_count_of_work_after_cases_stays(body: str) -> None:
    # counter-cases: what was done in the places, in a new sentence or joined by "và", is no place of the cases
    assert (17, "eq", "huyện", None) in _quantities(CASES.format(body=body))


# ---- works a công điện orders on some of the structures it guards -------------------------------------------------

DISPATCH = ("UBND TỈNH BÌNH ĐỊNH\nBAN CHỈ HUY PCTT VÀ TKCN\nSố: 21/CĐ-BCH\nBình Định, ngày 12 tháng 10 năm 2027\n\n"
            "CÔNG ĐIỆN\nVề việc ứng phó với mưa lũ\n\n{before}"
            "Ban Chỉ huy PCTT và TKCN tỉnh yêu cầu các đơn vị thực hiện ngay các nội dung sau:\n"
            "1. Sở Nông nghiệp và Môi trường {order}\n\nNơi nhận:\n- Lưu: VT.\nTRƯỞNG BAN\nPhạm Văn Hòa\n")


@pytest.mark.parametrize("order, expected", [
    ("chỉ đạo hạ mực nước 11 hồ chứa xuống dưới cao trình đón lũ.", (11, "hồ", "target")),
    ("vận hành xả lũ 05 hồ chứa theo quy trình.", (5, "hồ", "target")),
    ("chỉ đạo gia cố 12 tuyến đê xung yếu trước mùa mưa.", (12, "tuyến đê", "target")),
])
def test_works_ordered_on_structures_are_targets(order: str, expected: tuple[object, ...]) -> None:
    rec = parse_text(DISPATCH.format(before="", order=order))
    assert [(q.value, q.unit, q.kind) for q in rec.quantities] == [expected]


@pytest.mark.parametrize("before, order", [
    # the water level measured, before or after the orders: a hazard, no count
    ("Mực nước sông Kôn lên 11 m, trên báo động 3.\n", "theo dõi chặt chẽ mực nước các hồ chứa."),
    ("", "theo dõi mực nước 11 hồ chứa."),
    # a count with no verb of ordered work still needs a cue in a công điện
    ("", "kiểm tra 11 hồ chứa."),
])
def test_no_count_of_structures_without_ordered_work(before: str, order: str) -> None:
    assert parse_text(DISPATCH.format(before=before, order=order)).quantities == []


# ---- one part's own figure after "riêng" ----------------------------------------------------------------------------

REPORT = ("TỈNH ĐOÀN HÀ TĨNH\nSố: 14-BC/TĐTN\nHà Tĩnh, ngày 03 tháng 11 năm 2027\n\nBÁO CÁO\nKết quả công tác năm 2027\n\n"
          "{body}\n\nNơi nhận:\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\nTrần Văn An\n")


@pytest.mark.parametrize("body, part", [
    ("Năm 2027 đã đưa 1.204 lao động đi làm việc ở nước ngoài; riêng thị trường Hàn Quốc 286 lao động.",
     (286, "lao động", None)),
    ("Năm 2027 đã kết nạp 540 đoàn viên, trong đó Huyện đoàn Kỳ Anh 120 đoàn viên.",
     (120, "đoàn viên", "Huyện đoàn Kỳ Anh")),
    ("Toàn tỉnh đã tiếp nhận 2.310 hồ sơ; riêng Trung tâm Phục vụ hành chính công 1.450 hồ sơ.",
     (1450, "hồ sơ", None)),
])
def test_a_parts_own_figure_after_its_name(body: str, part: tuple[object, ...]) -> None:
    rec = parse_text(REPORT.format(body=body))
    assert part in [(q.value, q.unit, q.scope) for q in rec.quantities]
    assert len(rec.quantities) == 2


@pytest.mark.parametrize("body", [
    "Năm 2027 đã kết nạp 540 đoàn viên; riêng Quận 3.",  # a name's number, no count
    "Năm 2027 đã kết nạp 540 đoàn viên, riêng Khu phố 4 có kết quả thấp.",
])
def test_a_names_number_after_rieng_stays_a_name(body: str) -> None:
    assert [q.value for q in parse_text(REPORT.format(body=body)).quantities] == [540]


# ---- a cited document's trích yếu ends before the citing sentence's purpose ------------------------------------------

DIRECTIVE = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 19/CT-UBND\nBắc Giang, ngày 14 tháng 10 năm 2027\n\nCHỈ THỊ\n"
             "Về đẩy nhanh giải ngân vốn đầu tư công\n\n{body}\n\n1. Các sở, ngành triển khai thực hiện.\n\n"
             "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLê Ánh Dương\n")


@pytest.mark.parametrize("body, subject, figure", [
    ("Thực hiện Công điện số 95/CĐ-TTg ngày 22/9/2027 của Thủ tướng Chính phủ về đẩy mạnh giải ngân vốn đầu tư công, "
     "để phấn đấu tỷ lệ giải ngân cả năm đạt trên 95% kế hoạch vốn, Chủ tịch UBND tỉnh yêu cầu:",
     "đẩy mạnh giải ngân vốn đầu tư công", (95, "gt", "%")),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2027 của UBND tỉnh về chuyển đổi số, để đạt ít nhất 80% hồ sơ "
     "trực tuyến toàn trình, Chủ tịch UBND tỉnh yêu cầu:", "chuyển đổi số", (80, "gte", "%")),
])
def test_a_citations_subject_ends_before_a_purpose(body: str, subject: str, figure: tuple[object, ...]) -> None:
    rec = parse_text(DIRECTIVE.format(body=body))
    assert [c.subject for c in rec.citations] == [subject]
    assert figure in [(q.value, q.comparator, q.unit) for q in rec.quantities]


def test_a_subject_holding_de_without_a_comma_is_whole() -> None:
    # counter-case: "để" inside the trích yếu, with no comma before it, is the cited document's
    body = ("Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2027 của UBND tỉnh về huy động nguồn lực để phát triển "
            "giao thông nông thôn, Chủ tịch UBND tỉnh yêu cầu:")
    rec = parse_text(DIRECTIVE.format(body=body))
    assert [c.subject for c in rec.citations] == ["huy động nguồn lực để phát triển giao thông nông thôn"]


# ---- a share naming the fund a rule sets aside -----------------------------------------------------------------------

HOUSING = ("UBND TỈNH QUẢNG NAM\nSỞ XÂY DỰNG\nSố: 14/KH-SXD\nQuảng Nam, ngày 03 tháng 11 năm 2027\n\nKẾ HOẠCH\n"
           "Phát triển nhà ở xã hội\n\nUBND các huyện {order}\n\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn An\n")


@pytest.mark.parametrize("order", [
    "rà soát quỹ đất 20% trong các dự án nhà ở thương mại, khu đô thị.",
    "bố trí quỹ đất 20% để xây dựng nhà ở xã hội theo quy định.",
    "công khai vị trí quỹ đất 20% tại các dự án đã được phê duyệt.",
])
def test_a_share_naming_a_fund_is_no_figure(order: str) -> None:
    assert parse_text(HOUSING.format(order=order)).quantities == []


@pytest.mark.parametrize("order, expected", [
    ("bố trí quỹ đất 5 ha để xây dựng nhà ở xã hội.", (5, "ha")),  # land counted
    ("hoàn thành giải phóng mặt bằng 100% quỹ đất sạch trước ngày 30/12/2027.", (100, "%")),  # a share of it done
])
def test_a_funds_other_figures_stay(order: str, expected: tuple[object, ...]) -> None:
    assert [(q.value, q.unit) for q in parse_text(HOUSING.format(order=order)).quantities] == [expected]


# ---- a meeting's month: a part of the month, the document the meeting reviews -------------------------------------

RESOLUTION = ("ĐẢNG BỘ HUYỆN ĐÔ LƯƠNG\nĐẢNG UỶ XÃ THỊNH SƠN\nThịnh Sơn, ngày 28 tháng 12 năm 2027\nSố 18-NQ/ĐU\n\n"
              "NGHỊ QUYẾT\nvề phương hướng, nhiệm vụ năm 2028\n\nIII. NHIỆM VỤ\n{line}\n\n"
              "Nơi nhận:\n- Lưu: VT.\nT/M ĐẢNG UỶ\nBÍ THƯ\nTrần Văn An\n")


@pytest.mark.parametrize("line", [
    "2. Tổ chức Hội nghị sơ kết 6 tháng thực hiện Nghị quyết vào trung tuần tháng 7/2028; Đảng ủy giao Ban Xây dựng "
    "Đảng theo dõi.",
    "2. Tổ chức Hội nghị sơ kết thực hiện Nghị quyết vào tháng 7/2028.",
    "2. Tổ chức Hội nghị sơ kết vào hạ tuần tháng 7/2028.",
    "2. Hội nghị tổng kết thực hiện Kế hoạch dự kiến vào thượng tuần tháng 7/2028.",
])
def test_a_meetings_month(line: str) -> None:
    assert [(e.date, e.end) for e in parse_text(RESOLUTION.format(line=line)).events] == [("2028-07", None)]


@pytest.mark.parametrize("line", [
    "2. Các chi bộ thực hiện Nghị quyết vào tháng 7/2028.",  # no meeting: the month of a duty
    "2. Hội nghị sơ kết theo Nghị quyết số 05-NQ/ĐU tháng 7/2028.",  # the document's number: its own month
    "2. Tổ chức Hội nghị giao ban trung tuần tháng 7/2028.",  # no lead: the month the meeting reviews
])
def test_no_meetings_month(line: str) -> None:
    assert parse_text(RESOLUTION.format(line=line)).events == []


# ---- a cut copy's writer named in its reply, signed for its head ------------------------------------------------------

REPLY = ("Kính gửi: Công ty TNHH Minh Phát.\n\n{opening}\n\n1. Về thời hạn nộp hồ sơ\nCông ty nộp hồ sơ trước ngày "
         "20/12/2027.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{signature}\n")


@pytest.mark.parametrize("opening, signature, issuer", [
    ("Phúc đáp Công văn số 86/CV-MP ngày 02/12/2027 của Công ty về việc giãn thời hạn đóng bảo hiểm xã hội, Bảo hiểm "
     "xã hội tỉnh Quảng Nam có ý kiến như sau:", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHuỳnh Thị Mai",
     "Bảo hiểm xã hội tỉnh Quảng Nam"),
    ("Trả lời Công văn số 12/CV-MP ngày 05/11/2027 của Công ty, Sở Tài chính tỉnh Quảng Nam có ý kiến như sau:",
     "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Tâm", "Sở Tài chính tỉnh Quảng Nam"),
    ("Cục Thuế nhận được công văn số 91/CV-MP ngày 06/8/2027 của Công ty. Về vấn đề này, Cục Thuế có ý kiến như sau:",
     "TL. CỤC TRƯỞNG\nTRƯỞNG PHÒNG\n\nPhạm Thị Hiền", "Cục Thuế"),
])
def test_a_cut_replys_writer_signed_for_its_head(opening: str, signature: str, issuer: str) -> None:
    rec = parse_text(REPLY.format(opening=opening, signature=signature))
    assert rec.issuer is not None and (rec.issuer.name, rec.issuer.inferred) == (issuer, True)


def test_a_body_its_signers_head_does_not_head_is_no_writer() -> None:
    # counter-case: the body that has its say opens with no word the Giám đốc heads ("UBND huyện")
    opening = "Phúc đáp Công văn số 86/CV-MP ngày 02/12/2027 của Công ty, UBND huyện Điện Bàn có ý kiến như sau:"
    rec = parse_text(REPLY.format(opening=opening, signature="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHuỳnh Thị Mai"))
    assert rec.issuer is None


# ---- the parts of a result after "gồm:", a sum paid after a word of specifications ---------------------------------

CONCLUSION = ("UBND TỈNH THÁI BÌNH\nTHANH TRA TỈNH\nSố: 27/KL-TTr\nThái Bình, ngày 25 tháng 10 năm 2027\n\n"
              "KẾT LUẬN THANH TRA\nViệc quản lý kinh phí sự nghiệp giáo dục\n\nI. KẾT QUẢ KIỂM TRA, XÁC MINH\n"
              "{body}\n\nNơi nhận:\n- Lưu: VT.\nCHÁNH THANH TRA\nTrần Văn Hùng\n")


@pytest.mark.parametrize("body, parts", [
    ("2. Qua thanh tra phát hiện sai phạm về tài chính 2.146.800.000 đồng, gồm:\nchi sai chế độ phụ cấp ưu đãi "
     "1.312.500.000 đồng; thanh toán khối lượng mua sắm thiết bị không đúng thực tế 834.300.000 đồng.",
     [1_312_500_000, 834_300_000]),
    ("2. Đoàn đã phát hiện chi sai 560.000.000 đồng, bao gồm: chi trợ cấp không đúng đối tượng 310.000.000 đồng; "
     "chi sai mục đích 250.000.000 đồng.", [310_000_000, 250_000_000]),
])
def test_the_parts_of_a_result_are_results(body: str, parts: list[int]) -> None:
    got = [(q.value, q.kind) for q in parse_text(CONCLUSION.format(body=body)).quantities]
    assert all((p, "result") in got for p in parts), got


@pytest.mark.parametrize("body", [
    "2. Mức phụ cấp ưu đãi theo quy định là 500.000 đồng/tháng.",  # a rule's rate, no result before it
    "2. Thông số kỹ thuật: mặt tròn đường kính 42 mm, 01 đồng hồ đo áp suất.",  # a specification
])
def test_rates_and_specifications_stay_out(body: str) -> None:
    assert parse_text(CONCLUSION.format(body=body)).quantities == []


def test_a_citations_subject_ends_before_the_citing_sentences_days() -> None:
    body = ("Thực hiện Quyết định số 112/QĐ-TTr ngày 15/7/2027 của Chánh Thanh tra tỉnh về thanh tra việc quản lý kinh phí "
            "tại UBND huyện Kiến Xương, từ ngày 01/8/2027 đến ngày 13/9/2027, Đoàn thanh tra đã tiến hành thanh tra.")
    rec = parse_text(CONCLUSION.format(body=body))
    assert [c.subject for c in rec.citations] == ["thanh tra việc quản lý kinh phí tại UBND huyện Kiến Xương"]


# ---- a short plan's timeline rows: a meeting with members is an activity ---------------------------------------------

TIMELINE = ("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ TÂN AN\nSố: 12-KH/ĐTN\nTân An, ngày 02 tháng 3 năm 2028\n\nKẾ HOẠCH\n"
            "Tổ chức các hoạt động Tháng Thanh niên năm 2028\n\nIII. TIẾN ĐỘ THỰC HIỆN\n{rows}\n\n"
            "Nơi nhận:\n- Lưu: VT.\nTM. BAN CHẤP HÀNH\nBÍ THƯ\nTrần Văn An\n")


@pytest.mark.parametrize("rows", [
    "Nội dung\tThời gian\tĐơn vị thực hiện\nRa quân Tháng Thanh niên\tNgày 05/3/2028\tBCH Đoàn xã\n"
    "Gặp mặt đoàn viên tiêu biểu\tNgày 26/3/2028\tCác chi đoàn\nSinh hoạt đảng viên trẻ\tNgày 29/3/2028\tChi bộ",
    "Nội dung                         Thời gian          Đơn vị thực hiện\n"
    "Ra quân Tháng Thanh niên         05/3/2028          BCH Đoàn xã\n"
    "Gặp mặt đoàn viên tiêu biểu      26/3/2028          Các chi đoàn\n"
    "Sinh hoạt đảng viên trẻ          29/3/2028          Chi bộ",
])
def test_a_timelines_rows_are_events(rows: str) -> None:
    events = [e.date for e in parse_text(TIMELINE.format(rows=rows)).events]
    assert events == ["2028-03-05", "2028-03-26", "2028-03-29"]


def test_an_activity_word_before_a_bodys_name_is_none() -> None:
    # counter-case: "tổ chức Đoàn" names the body, no holding: a day after it is no event by the default
    rows = "Các cơ sở tổ chức Đoàn cơ sở nộp báo cáo về Huyện đoàn, hạn cuối 26/3/2028."
    assert parse_text(TIMELINE.format(rows=rows)).events == []


# ---- a day off school a công điện orders ----------------------------------------------------------------------------


@pytest.mark.parametrize("order, events", [
    ("cho học sinh các trường ven biển nghỉ học ngày 05/11/2027.", ["2027-11-05"]),
    ("thông báo cho học sinh vùng trũng thấp nghỉ học vào ngày 14/10/2027 để bảo đảm an toàn.", ["2027-10-14"]),
    # counter-case: a report of the pupils who stayed away, due by a day, is a by-when
    ("báo cáo số học sinh nghỉ học về Ban Chỉ huy trước ngày 20/10/2027.", []),
])
def test_a_day_off_school_is_an_event(order: str, events: list[str]) -> None:
    rec = parse_text(DISPATCH.format(before="", order=order))
    assert [e.date for e in rec.events] == events

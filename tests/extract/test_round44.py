"""The forty-fourth heldout round's failure classes (invented documents, with counter-cases): a table column whose
header prints its unit as a bare per-cent sign ("% so KH", "% so cùng kỳ"), whose shares were counted in the row's
unit ("85 dự án", "87,2 triệu USD"); a report's requests to another body whose asked body runs to eight words or more
("Đề nghị Ủy ban An toàn giao thông Quốc gia hỗ trợ ..."), that ask it to direct others ("Đề nghị UBND tỉnh chỉ
đạo ...") or that go on after a semicolon ("...; hỗ trợ 2.000 tấn xi măng"), whose figures were counted as targets; the present state told after a time word of now and a comma ("Hiện nay,
toàn xã có 412 ha thảo quả"), whose figures were counted; an annex's total row told in the text before with one of
its figures under another noun ("26.500 lao động" under "Việc làm mới (người)"), counted a second time; a month alone in a tab table's time cell on a row naming a fair or a conference ("Tham gia Hội
chợ Quốc tế<TAB>Tháng 4/2029"), which was no event; a meeting "với người nộp thuế" whose "nộp" was read as a duty to file, its day a deadline; a row whose unit cell is a measure spelt with a digit ("m3"), whose figures were left unread; a markdown header's own number ("| Số: 118/QĐ-UBND | ... |"), which an annex's "(Kèm
theo Quyết định số 118/QĐ-UBND ...)" then cited; a tab table's task told in prose in its cell ("Cung ứng 180.000 cây giống thảo quả<TAB>...<TAB>Trong
tháng 3/2029"), whose figures were taken for the table's own and left unread; "Trong tháng 3/2029" opening a task row's time cell, which was no deadline; what a sentence goes on to tell of an amount owed now ("..., tăng 9,4% so với ...; trong đó nợ khó
thu 52,3 tỷ đồng"), whose figures were counted as results; a second count of incidents in a clause after a verb of happening ("xảy ra 04 vụ tai
nạn lao động làm 02 người chết và 02 vụ ngừng việc tập thể"), counted as a result; an average after a rule's word ("mức chi trả bình quân 562.000 đồng/ha"), taken for a rule's rate; the households helped with what was given before them ("hỗ trợ 1,2 tỷ đồng cho 318 hộ bị thiệt
hại"), taken for damage; the one hectare a value is per ("Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt đạt 145 triệu
đồng"), read as "more than 1 ha"; a count of what is so now told with "đang ... là" ("Tổng số lao động đang làm việc ... là 182.500
người, trong đó lao động nữ chiếm 61%"), counted as a result."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT_HEAD = ("UBND TỈNH AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "SỞ KẾ HOẠCH\tĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 210/BC-SKH\tAn Bình, ngày 05 tháng 10 năm 2029\n\n"
               "BÁO CÁO\nKết quả thu hút đầu tư 9 tháng năm 2029\n\n"
               "Kính gửi: Ủy ban nhân dân tỉnh An Bình.\n\n"
               "Sở Kế hoạch báo cáo kết quả như sau:\n\n")
REPORT_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Bình\n"


def _figures(body: str) -> list[tuple[float, str]]:
    return sorted((q.value, q.unit) for q in parse_text(REPORT_HEAD + body + REPORT_TAIL).quantities)


# ---- a column headed by a bare per-cent sign counts shares, not the row's unit ---------------------------------------

PERCENT_HEADERS = [
    ("| TT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện 9 tháng | % so KH | % so cùng kỳ |\n|---|---|---|---|---|---|---|\n"
     "| 1 | Dự án cấp mới | dự án | 40 | 34 | 85,0 | 121,4 |\n",
     [(34, "dự án"), (40, "dự án"), (85.0, "%"), (121.4, "%")]),
    ("TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện\tTỷ lệ %\n"
     "1\tDiện tích cho thuê\tha\t180\t142,6\t79,2\n",
     [(79.2, "%"), (142.6, "ha"), (180, "ha")]),
    # counter-cases: a header without the sign keeps the row's unit; a sign inside a header's words ("Giảm 5%
    # chi phí") is no unit of its column
    ("| TT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện 9 tháng |\n|---|---|---|---|---|\n"
     "| 1 | Dự án cấp mới | dự án | 40 | 34 |\n",
     [(34, "dự án"), (40, "dự án")]),
    ("| TT | Nội dung | ĐVT | Giảm 5% chi phí |\n|---|---|---|---|\n"
     "| 1 | Xe vận chuyển | xe | 12 |\n",
     [(12, "xe")]),
]


@pytest.mark.parametrize(("body", "expected"), PERCENT_HEADERS)
def test_a_column_headed_by_a_per_cent_sign_counts_shares(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected


# ---- what a report asks of another body, in longer or continued requests ---------------------------------------------

REQUESTS = [
    ("Đề nghị Ủy ban An toàn giao thông Quốc gia hỗ trợ tỉnh 02 xe ô tô chuyên dùng.\n", []),
    ("Đề nghị UBND tỉnh chỉ đạo các sở, ngành đẩy nhanh giải phóng mặt bằng 95 ha còn lại.\n", []),
    ("Kiến nghị UBND tỉnh bổ sung 35 tỷ đồng vốn đầu tư; hỗ trợ 2.000 tấn xi măng làm đường.\n", []),
    ("Đề nghị UBND tỉnh chỉ đạo đẩy nhanh giải phóng mặt bằng; bố trí 120 tỷ đồng đầu tư tuyến đường gom.\n", []),
    # counter-cases: the writer's own work after a semicolon, or a semicolon clause of the writer's own after a
    # sentence that asked nothing, keeps its figures; a tờ trình's request is its own proposal
    ("Kiến nghị UBND tỉnh bổ sung 35 tỷ đồng vốn đầu tư; Sở đã hỗ trợ 2.000 tấn xi măng làm đường.\n",
     [(2000, "tấn")]),
    ("Sở đã tổ chức 12 lớp tập huấn; hỗ trợ 2.000 tấn xi măng làm đường.\n", [(12, "lớp"), (2000, "tấn")]),
]


@pytest.mark.parametrize(("body", "expected"), REQUESTS)
def test_what_a_report_asks_of_another_body_is_no_quantity(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == sorted(expected)


# ---- "Hiện nay, <place> có ...": the present state ---------------------------------------------------------------

NOW_STATES = [
    ("Hiện nay, toàn xã có 412 ha thảo quả, 8,6 ha sâm Lai Châu.\n", []),
    ("Hiện tại, trên địa bàn huyện còn 14 điểm tiềm ẩn tai nạn giao thông.\n", []),
    # counter-cases: a result or a target after the place's "có", a "hiện nay" with no "có" after its comma, and the
    # clause after a semicolon (the state reaches its own clause, docs/RECORD.md) keep their figures
    ("Hiện nay, toàn xã đã có thêm 12 ha thảo quả được cấp mã số vùng trồng.\n", [(12, "ha")]),
    ("Hiện nay, Sở đã tổ chức 12 lớp tập huấn.\n", [(12, "lớp")]),
    ("Hiện nay, toàn huyện có 38 xã; bình quân đạt 18,6 tiêu chí/xã.\n", [(18.6, "tiêu chí/xã")]),
]


@pytest.mark.parametrize(("body", "expected"), NOW_STATES)
def test_the_state_told_after_hien_nay_and_a_comma_is_no_quantity(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == sorted(expected)


# ---- a total row the text told before, one figure under another noun ---------------------------------------------

TOLD = ("Kế hoạch giao chỉ tiêu như sau:\n1. Đào tạo nghề cho 9.800 người, trong đó lao động nữ 4.200 người.\n"
        "2. Giải quyết việc làm mới cho 26.500 lao động.\n\nPhụ lục\n\n")
TOTAL_TABLE = ("| STT | Đơn vị | Đào tạo nghề (người) | Trong đó: nữ (người) | Việc làm mới (người) |\n|---|---|---|---|---|\n"
               "| 1 | Huyện A | 4.800 | 2.000 | 12.500 |\n| 2 | Huyện B | 5.000 | 2.200 | 14.000 |\n"
               "| | **Tổng cộng** | **{0}** | **{1}** | **{2}** |\n")
TOLD_TOTALS = [
    (TOLD + TOTAL_TABLE.format("9.800", "4.200", "26.500"), []),
    # counter-cases: a total row one figure of which the text never told is a count of its own; so is a row whose
    # figures the text told under other nouns only
    (TOLD + TOTAL_TABLE.format("9.800", "4.200", "26.800"), [(4200, "người"), (9800, "người"), (26800, "người")]),
    ("Kế hoạch giao chỉ tiêu như sau:\n1. Hỗ trợ 9.800 hộ, trong đó 4.200 hộ nghèo.\n2. Giải quyết việc làm cho "
     "26.500 lao động.\n\nPhụ lục\n\n" + TOTAL_TABLE.format("9.800", "4.200", "26.500"),
     [(4200, "người"), (9800, "người"), (26500, "người")]),
]


@pytest.mark.parametrize(("body", "totals"), TOLD_TOTALS)
def test_a_total_row_told_before_under_another_noun_is_not_counted_again(
        body: str, totals: list[tuple[float, str]]) -> None:
    rec = parse_text(REPORT_HEAD + body + REPORT_TAIL)
    assert sorted((q.value, q.unit) for q in rec.quantities if q.scope == "Tổng cộng") == totals


# ---- a month in a tab table's time column, on a row naming an occasion --------------------------------------------

PLAN_HEAD = ("UBND TỈNH AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc\n"
             "Số: 12/KH-SCT\tAn Bình, ngày 05 tháng 01 năm 2029\n\nKẾ HOẠCH\nXúc tiến thương mại năm 2029\n\n"
             "I. NỘI DUNG\n")
PLAN_TAIL = "\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn An\n"
MONTH_CELLS = [
    ("TT\tNội dung\tThời gian\tSố lượng\n1\tTham gia Hội chợ Quốc tế Việt Nam tại Hà Nội\tTháng 4/2029\t06 doanh nghiệp\n"
     "2\tHội nghị kết nối cung cầu nông sản\tTháng 8/2029\t01 hội nghị\n", ["2029-04", "2029-08"]),
    # a plan's timeline month is when its row's activity happens, a meeting or a task (rounds 35-46's leftovers)
    ("TT\tNội dung\tThời gian\tSố lượng\n1\tMua sắm thùng đựng rác\tTháng 4/2029\t500 thùng\n", ["2029-04"]),
    # counter-cases: a month under a header naming no time, a month with other words in its cell
    ("TT\tNội dung\tGhi chú\tSố lượng\n1\tTham gia Hội chợ Quốc tế Việt Nam\tTháng 4/2029\t06 doanh nghiệp\n", []),
    ("TT\tNội dung\tThời gian\tSố lượng\n1\tTham gia Hội chợ Quốc tế Việt Nam\tBáo cáo tháng 4/2029\t06 doanh nghiệp\n",
     []),
]


@pytest.mark.parametrize(("body", "months"), MONTH_CELLS)
def test_a_month_in_a_tab_tables_time_cell_on_an_occasions_row_is_an_event(body: str, months: list[str]) -> None:
    rec = parse_text(PLAN_HEAD + body + PLAN_TAIL)
    assert [e.date for e in rec.events if len(e.date) == len("2029-04")] == months


# ---- "người nộp thuế" names the taxpayer: no duty to file -----------------------------------------------------------

FILER_NOUNS = [
    ("3. Tổ chức Hội nghị đối thoại với người nộp thuế năm 2029 vào ngày 24/10/2029 tại hội trường.\n",
     ["2029-10-24"], []),
    # counter-cases: "nộp" as the verb still makes its day a by-when
    ("3. Các đội thuế nộp báo cáo về Thuế tỉnh vào ngày 24/10/2029.\n", [], ["2029-10-24"]),
    ("3. Hộ kinh doanh nộp tờ khai thuế vào ngày 24/10/2029 tại bộ phận một cửa.\n", [], ["2029-10-24"]),
]


@pytest.mark.parametrize(("body", "events", "deadlines"), FILER_NOUNS)
def test_a_meeting_with_taxpayers_is_held_on_its_day(body: str, events: list[str], deadlines: list[str]) -> None:
    rec = parse_text(REPORT_HEAD + "III. NHIỆM VỤ QUÝ IV\n" + body + REPORT_TAIL)
    assert ([e.date for e in rec.events], [d.due for d in rec.deadlines]) == (events, deadlines)


# ---- a unit cell spelt with a digit ("m3", "m2") ----------------------------------------------------------------------

DIGIT_UNITS = [
    ("TT\tChỉ tiêu\tĐơn vị\tKế hoạch 2028\tThực hiện 2028\n1\tKhai thác gỗ rừng trồng\tm3\t180.000\t171.250\n",
     [(171250, "m3"), (180000, "m3")]),
    ("| TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |\n|---|---|---|---|---|\n| 1 | Nhà ở xây mới | m2 | 12.000 | 12.600 |\n",
     [(12000, "m2"), (12600, "m2")]),
    # counter-case: a unit cell of a code with a digit that is no measure names no unit
    ("TT\tChỉ tiêu\tĐơn vị\tKế hoạch 2028\tThực hiện 2028\n1\tKhai thác gỗ rừng trồng\tQ3\t180.000\t171.250\n", []),
]


@pytest.mark.parametrize(("body", "expected"), DIGIT_UNITS)
def test_a_unit_cell_spelt_with_a_digit_names_the_rows_unit(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected


# ---- a markdown header table's own number is no citation of the annex ---------------------------------------------------

MD_HEAD = ("| ỦY BAN NHÂN DÂN<br>**TỈNH AN BÌNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|:---:|:---:|\n"
           "| Số: {0} | *An Bình, ngày 09 tháng 01 năm 2029* |\n\n# QUYẾT ĐỊNH\n## Về việc giao chỉ tiêu năm 2029\n\n"
           "**Điều 1.** Giao chỉ tiêu theo Phụ lục kèm theo.\n\n**CHỦ TỊCH**\n\nLê Văn An\n\n### PHỤ LỤC\n"
           "*(Kèm theo Quyết định số 118/QĐ-UBND ngày 09/01/2029 của Chủ tịch UBND tỉnh)*\n")
OWN_NUMBERS = [
    (MD_HEAD.format("118/QĐ-UBND"), []),
    # counter-case: another decision's number in the annex's line is cited
    (MD_HEAD.format("119/QĐ-UBND"), ["118/QĐ-UBND"]),
]


@pytest.mark.parametrize(("text", "cited"), OWN_NUMBERS)
def test_a_markdown_headers_own_number_is_not_cited_by_its_annex(text: str, cited: list[str]) -> None:
    assert [c.number for c in parse_text(text).citations] == cited


# ---- a tab table's task told in prose: its figures are read as a sentence's -----------------------------------------

TASK_HEAD = "III. TIẾN ĐỘ\nTT\tNội dung công việc\tĐơn vị chủ trì\tThời gian\n"
PROSE_CELLS = [
    (TASK_HEAD + "3\tCung ứng 180.000 cây giống thảo quả, 40.000 cây giống sâm\tCông chức Nông nghiệp\tTháng 3/2029\n",
     [(40000, "cây giống"), (180000, "cây giống")]),
    (TASK_HEAD + "4\tTập huấn kỹ thuật trồng, chăm sóc cây dược liệu (04 lớp)\tTrạm Khuyến nông\tTháng 4/2029\n",
     [(4, "lớp")]),
    # counter-cases: a short label's number, and a figure row's label naming its indicator, stay out
    (TASK_HEAD + "3\tLớp 10 chuyên\tTrường THPT\tTháng 3/2029\n", []),
    ("TT\tChỉ tiêu\tĐơn vị tính\tNăm 2029\n1\tNgười từ 40 tuổi trở lên được đo huyết áp ít nhất 1 lần/năm\tngười\t"
     "210.000\n", [(210000, "người")]),
]


@pytest.mark.parametrize(("body", "expected"), PROSE_CELLS)
def test_a_tab_tables_task_told_in_prose_is_read_as_a_sentence(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected


# ---- "Trong <month or quarter>" opening a task row's time cell: due by the period's end -----------------------------

TASK_PERIODS = [
    (TASK_HEAD + "3\tCung ứng cây giống thảo quả\tCông chức Nông nghiệp\tTrong tháng 3/2029\n", [("2029-03-31", "2029-03")]),
    (TASK_HEAD + "4\tMua sắm, cấp phát thùng đựng rác cho các hộ\tVăn phòng\tTrong quý II/2029\n",
     [("2029-06-30", "2029-Q2")]),
    # counter-cases: a meeting's row is held in the period; a sentence indented with a tab tells a report's span; a
    # cell going on past the period is no time cell of its own
    (TASK_HEAD + "5\tHội nghị sơ kết 6 tháng\tUBND xã\tTrong tháng 7/2029\n", []),
    ("\tTrong quý II/2029, Bộ phận một cửa tiếp nhận hồ sơ của người dân.\n", []),
    (TASK_HEAD + "3\tCung ứng cây giống thảo quả\tCông chức Nông nghiệp\tTrong tháng 3/2029 theo mùa vụ\n", []),
]


@pytest.mark.parametrize(("body", "expected"), TASK_PERIODS)
def test_a_period_opening_a_task_rows_time_cell_is_its_deadline(body: str, expected: list[tuple[str, str]]) -> None:
    rec = parse_text(PLAN_HEAD + body + PLAN_TAIL)
    assert [(d.due, d.period) for d in rec.deadlines] == expected


# ---- what a sentence tells of an amount owed now is the state ---------------------------------------------------------

ARREARS = [
    ("Tổng số tiền nợ thuế đến ngày 30/9/2029 là 148,6 tỷ đồng, chiếm 8,9% tổng thu, tăng 9,4% so với thời điểm "
     "31/12/2028; trong đó nợ khó thu 52,3 tỷ đồng.\n", []),
    # counter-cases: a result told after it in the sentence, and a figure of the next sentence, are counted
    ("Số tiền nợ thuế đến nay là 148,6 tỷ đồng; đã thu hồi 36,2 tỷ đồng.\n", [(36200000000, "đồng")]),
    ("Số tiền nợ thuế đến nay là 148,6 tỷ đồng. Thu hồi nợ đọng các năm trước 36,2 tỷ đồng.\n", [(36200000000, "đồng")]),
]


@pytest.mark.parametrize(("body", "expected"), ARREARS)
def test_what_a_sentence_tells_of_an_amount_owed_is_the_state(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected


# ---- a second count of incidents after a verb of happening -----------------------------------------------------------

LISTED_INCIDENTS = [
    ("Trong 9 tháng, xảy ra 04 vụ tai nạn lao động làm 02 người chết và 02 vụ ngừng việc tập thể.\n", []),
    # counter-cases: what was done about them after a result's cue, and a count of incidents handled in a clause of its
    # own, are results
    ("Trong 9 tháng, xảy ra 04 vụ tai nạn lao động, đã điều tra làm rõ 03 vụ.\n", [(3, "vụ")]),
    ("Trong 9 tháng, xảy ra 04 vụ tai nạn lao động; lực lượng chức năng xử lý 03 vụ vi phạm.\n", [(3, "vụ")]),
]


@pytest.mark.parametrize(("body", "expected"), LISTED_INCIDENTS)
def test_a_second_count_of_incidents_after_a_verb_of_happening_is_no_result(
        body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected


# ---- an average after a rule's word is reported, no rule's rate ---------------------------------------------------

AVERAGES = [
    ("- Đã chi trả 182,6 tỷ đồng; mức chi trả bình quân 562.000 đồng/ha.\n", [(562000, "đồng/ha"), (182600000000, "đồng")]),
    ("- Mức hỗ trợ trung bình 1,2 triệu đồng/hộ.\n", [(1200000, "đồng/hộ")]),
    # counter-case: a rule's rate without an average stays out
    ("- Đã chi trả 182,6 tỷ đồng; mức chi trả 562.000 đồng/ha theo quy định.\n", [(182600000000, "đồng")]),
]


@pytest.mark.parametrize(("body", "expected"), AVERAGES)
def test_an_average_after_a_rule_word_is_reported(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == sorted(expected)


# ---- those helped, with what was given between the verb and "cho" ----------------------------------------------------

RELIEF = [
    ("UBND huyện đã kịp thời hỗ trợ 1,2 tỷ đồng cho 318 hộ bị thiệt hại để khôi phục sản xuất.\n",
     [(318, "hộ"), (1200000000, "đồng")]),
    ("Hội Chữ thập đỏ đã hỗ trợ gạo và nước uống cho 46 hộ bị ngập.\n", [(46, "hộ")]),
    # counter-case: the damage told without help before it stays out
    ("Mưa lớn làm 46 hộ bị ngập; Hội Chữ thập đỏ đã thăm hỏi các hộ.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), RELIEF)
def test_those_helped_with_what_was_given_are_no_damage(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == sorted(expected)


# ---- "trên 1 ha" after a value measured per hectare ----------------------------------------------------------------

PER_UNIT = [
    ("- Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt đạt 145 triệu đồng.\n", [(145000000, "đồng")]),
    ("- Năng suất lúa bình quân trên 01 ha đạt 6,2 tấn.\n", [(6.2, "tấn")]),
    # counter-cases: a count above one, and "trên 1 km" of work with no value before it, stay
    ("- Giá trị sản phẩm thu hoạch trên 2 ha đất thí điểm đạt 300 triệu đồng.\n", [(2, "ha"), (300000000, "đồng")]),
    ("- Đã làm mới trên 1 km đường bê tông.\n", [(1, "km")]),
]


@pytest.mark.parametrize(("body", "expected"), PER_UNIT)
def test_the_one_unit_a_value_is_per_is_no_count(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == sorted(expected)


# ---- a count of what is so now, told with "đang ... là" --------------------------------------------------------------

COUNTS_NOW = [
    ("Tổng số lao động đang làm việc tại các khu công nghiệp là 182.500 người, trong đó lao động nữ chiếm 61%.\n", []),
    # counter-cases: a count without "đang" is a figure like any other; a result told after it in the sentence counts
    ("Tổng số lao động được giải quyết việc làm là 1.420 người.\n", [(1420, "người")]),
    ("Số hộ đang tham gia là 126 hộ; đã hỗ trợ 40 hộ vay vốn.\n", [(40, "hộ")]),
]


@pytest.mark.parametrize(("body", "expected"), COUNTS_NOW)
def test_a_count_of_what_is_so_now_is_the_state(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected

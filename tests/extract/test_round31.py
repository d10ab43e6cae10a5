"""The thirty-first heldout round's failure classes (invented pages and lines, with counter-cases): a web copy's
related-news list under an article without signature is page chrome; a portal lead naming the document it prints
in more wordings (a news agency's tag, "ký ban hành", the addressees before the trích yếu, a trích yếu opening with
a verb of its type, no "Nội dung ... như sau:" when the document's own "./." follows); the office title before
the issuing body in a lead; a portal banner naming the body and its ministry."""

from __future__ import annotations

import pytest

from vanban import parse_text

BANNER = "CỔNG THÔNG TIN ĐIỆN TỬ SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTrang chủ | Tin tức | Văn bản\n"
POSTED = "Ngày đăng: 03/04/2029 | Lượt xem: 312\n\n"
BODY = ("1. Các xã tổ chức ra quân vệ sinh kênh mương vào ngày 15/4/2029.\n"
        "2. Báo cáo kết quả về Sở trước ngày 30/4/2029.\n"
        "Đề nghị các đơn vị nghiêm túc thực hiện./.\n")


def _page(lead: str, body: str = BODY, tail: str = "") -> str:
    return BANNER + "Trang chủ > Văn bản chỉ đạo\nTăng cường nạo vét kênh mương năm 2029\n" + POSTED + lead + "\n\n" + body + tail


# ---- related news under an article without signature ----------------------------------------------------------

RELATED = [
    "\nTin liên quan:\n- Hội nghị tổng kết công tác thủy lợi (12/3/2029)\n- Tập huấn quản lý hồ chứa (05/3/2029)\n",
    "\nBài viết liên quan\n- Hội nghị tổng kết công tác thủy lợi (12/3/2029)\n- Tập huấn quản lý hồ chứa (05/3/2029)\n",
    "\nTin khác:\n- Hội nghị tổng kết công tác thủy lợi (12/3/2029)\n- Thu hút 1,2 tỷ USD vốn FDI (05/3/2029)\n",
]
LEAD = ("Ngày 02/4/2029, Sở Nông nghiệp và Môi trường ban hành Công văn số 512/SNNMT-TL về việc tăng cường nạo vét "
        "kênh mương. Nội dung công văn như sau:")


@pytest.mark.parametrize("tail", RELATED, ids=["tin-lien-quan", "bai-viet-lien-quan-no-colon", "tin-khac"])
def test_related_news_under_an_unsigned_copy_is_no_part_of_it(tail: str) -> None:
    rec = parse_text(_page(LEAD, tail=tail))
    dates = {e.date for e in rec.events}
    assert "2029-04-15" in dates
    assert not dates & {"2029-03-12", "2029-03-05"}
    assert all(q.unit != "USD" for q in rec.quantities)


def test_a_share_bar_over_the_article_cuts_nothing() -> None:
    # counter-case: "Chia sẻ:" above the article is followed by the article's prose: no footer there
    page = _page(LEAD).replace(POSTED, POSTED + "Chia sẻ: Facebook | Zalo | In bài\n\n")
    rec = parse_text(page)
    assert "2029-04-15" in {e.date for e in rec.events}
    assert "2029-04-30" in {d.due for d in rec.deadlines}


# ---- the portal lead's wordings ------------------------------------------------------------------------------------

LEADS = [
    ("(SNNMT) - Ngày 02/4/2029, Sở Nông nghiệp và Môi trường ban hành Công văn số 512/SNNMT-TL gửi UBND các xã, "
     "phường về việc tăng cường nạo vét kênh mương. Nội dung chính như sau:", "512/SNNMT-TL", "2029-04-02"),
    ("Ngày 02/4/2029, Giám đốc Sở Nông nghiệp và Môi trường ký ban hành Công văn số 512/SNNMT-TL về việc tăng "
     "cường nạo vét kênh mương. Nội dung Công văn như sau:", "512/SNNMT-TL", "2029-04-02"),
    ("Sở Nông nghiệp và Môi trường vừa ban hành Thông báo số 77/TB-SNNMT ngày 01/4/2029 thông báo kết luận của "
     "Giám đốc Sở tại buổi làm việc về công tác thủy lợi.", "77/TB-SNNMT", "2029-04-01"),
    ("Ngày 01/4/2029, Sở Nông nghiệp và Môi trường đã ban hành Hướng dẫn số 09/HD-SNNMT hướng dẫn nạo vét kênh "
     "mương nội đồng.", "09/HD-SNNMT", "2029-04-01"),
]


@pytest.mark.parametrize(("lead", "number", "issued"), LEADS, ids=["tag-and-addressees", "head-signs",
                                                                   "tb-verb-subject", "hd-verb-subject"])
def test_the_lead_gives_number_date_issuer_and_subject(lead: str, number: str, issued: str) -> None:
    rec = parse_text(_page(lead))
    assert rec.number is not None and rec.number.normalized == number
    assert rec.issued_date == issued
    assert rec.issuer is not None and rec.issuer.name == "Sở Nông nghiệp và Môi trường" and rec.issuer.inferred
    assert rec.subject is not None and "nạo vét kênh mương" in rec.subject or "thủy lợi" in (rec.subject or "")
    assert number not in {c.number for c in rec.citations}  # the document's own number is no citation


def test_a_news_item_telling_of_a_document_has_no_header() -> None:
    # counter-case: the lead names a document but the page does not print it (no "./.", no "Nội dung ... sau:")
    lead = LEADS[2][0]
    body = "Theo đó, các địa phương cần chủ động nạo vét kênh mương trước mùa mưa.\n"
    rec = parse_text(_page(lead, body=body))
    assert rec.number is None
    assert "77/TB-SNNMT" in {c.number for c in rec.citations}


@pytest.mark.parametrize("headline", [
    "KẾ HOẠCH TỔ CHỨC NGÀY HỘI NÔNG DÂN NĂM 2029",
    "Kế hoạch tổ chức Ngày hội nông dân năm 2029",
])
def test_a_headline_with_the_type_word_still_lets_the_lead_speak(headline: str) -> None:
    lead = ("Ngày 20/3/2029, Hiệu trưởng Trường Cao đẳng Nông nghiệp ký ban hành Kế hoạch số 88/KH-CĐNN về việc tổ "
            "chức Ngày hội nông dân năm 2029 cho sinh viên. Nội dung Kế hoạch như sau:")
    page = _page(lead).replace("Tăng cường nạo vét kênh mương năm 2029", headline)
    rec = parse_text(page)
    assert rec.number is not None and rec.number.normalized == "88/KH-CĐNN"
    assert rec.issued_date == "2029-03-20"
    assert rec.issuer is not None and rec.issuer.name == "Trường Cao đẳng Nông nghiệp"
    assert rec.subject == "về việc tổ chức Ngày hội nông dân năm 2029 cho sinh viên"


def test_a_banner_naming_the_body_and_its_ministry_yields_to_the_lead() -> None:
    page = _page(LEAD).replace("CỔNG THÔNG TIN ĐIỆN TỬ SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                               "CỤC THỦY LỢI - BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
    page = page.replace("Sở Nông nghiệp và Môi trường ban hành", "Cục Thủy lợi ban hành")
    rec = parse_text(page)
    assert rec.issuer is not None and rec.issuer.name == "Cục Thủy lợi"


def test_a_lead_body_without_office_title_is_kept_whole() -> None:
    # counter-case: "Trường ..." opens the name itself; no title is cut from "Văn phòng UBND tỉnh"
    lead = ("Văn phòng UBND tỉnh vừa ban hành Thông báo số 318/TB-VPUBND ngày 14/6/2029 thông báo kết luận của Phó "
            "Chủ tịch UBND tỉnh tại buổi làm việc về công tác thủy lợi.")
    rec = parse_text(_page(lead))
    assert rec.issuer is not None and rec.issuer.name == "Văn phòng UBND tỉnh"


# ---- figure tables from PDF text -------------------------------------------------------------------------------

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 88/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nAn Giang, ngày 05 tháng 10 năm 2029\n\nBÁO CÁO\nKết quả thực hiện 9 tháng\n\n")
TAIL = "\nNơi nhận:\n- Bộ Tài chính;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhan Văn Tài\n"
PROSE = ("Trong 9 tháng, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành và địa phương triển khai đồng bộ các giải pháp "
         "thúc đẩy tăng trưởng, kết quả cụ thể như sau:\n")


def _figures(body: str) -> set[tuple[float, str | None, str | None, str | None]]:
    rec = parse_text(HEAD + PROSE + body + TAIL)
    return {(q.value, q.unit, q.kind, q.scope) for q in rec.quantities}


SPACED_TWO_LINE_HEADER = (
    "TT  Dự án                              {plan}     Đã giải ngân    Tỷ lệ\n"
    "                                       (tỷ đồng)        (tỷ đồng)       (%)\n"
    "1   Đường tỉnh 943 đoạn Long Xuyên      420,0            301,6           71,8\n"
    "2   Cầu Tân An qua sông Hậu             265,5            142,0           53,5\n\n")


@pytest.mark.parametrize("plan", ["Kế hoạch vốn", "Vốn giao    "])
def test_a_spaced_table_with_its_units_under_the_header_reads_every_column(plan: str) -> None:
    got = _figures(SPACED_TWO_LINE_HEADER.format(plan=plan))
    assert (301600000000, "đồng", "result", "Đường tỉnh 943 đoạn Long Xuyên") in got
    assert (53.5, "%", "result", "Cầu Tân An qua sông Hậu") in got
    assert any(v == 265500000000 and s == "Cầu Tân An qua sông Hậu" for v, _, _, s in got)
    assert not any(v in (1, 2, 943) for v, _, _, _ in got)  # row numbers, the road's number


def test_a_spaced_table_whose_first_line_is_its_header_is_read_as_before() -> None:
    # counter-case: the header aligned with the rows is the table's first line; no line above is taken for it
    table = ("Địa bàn               Số trẻ trong diện     Tỷ lệ tiêm tối thiểu\n"
             "Thành phố Long Xuyên  21.350                95%\n"
             "Huyện Chợ Mới         18.240                92%\n\n")
    got = _figures(table)
    assert any(v == 21350 and s == "Thành phố Long Xuyên" for v, _, _, s in got)
    assert any(v == 92 and u == "%" for v, u, _, _ in got)


COLLAPSED = ("Bảng 1. Kết quả thực hiện các chỉ tiêu chủ yếu 9 tháng năm 2029\n"
             "TT Chỉ tiêu Đơn vị tính Kế hoạch năm 2029 Thực hiện 9 tháng Tỷ lệ so với KH (%)\n"
             "1 Lượt khách du lịch Lượt 420.000 318.650 75,9\n"
             "2 Doanh nghiệp thành lập mới Doanh nghiệp 1.200 684 57,0\n"
             "3 Thu ngân sách nhà nước Tỷ đồng 9.500 7.210 75,9\n"
             "4 Tỷ lệ hộ nghèo % 2,5 2,8 -\n"
             "(Nguồn: Cục Thống kê tỉnh)\n\n")


def test_a_unit_table_joined_by_single_spaces_reads_its_rows() -> None:
    got = _figures(COLLAPSED)
    assert (420000, "lượt", "target", "Lượt khách du lịch") in got
    assert (318650, "lượt", "result", "Lượt khách du lịch") in got
    assert (75.9, "%", "result", "Lượt khách du lịch") in got
    assert (684, "doanh nghiệp", "result", "Doanh nghiệp thành lập mới") in got
    assert (7210000000000, "đồng", "result", "Thu ngân sách nhà nước") in got
    assert (2.5, "%", "target", "Tỷ lệ hộ nghèo") in got
    assert not any(v in (1, 2, 3, 4) for v, _, _, _ in got)  # the rows' numbers


def test_a_collapsed_header_naming_more_columns_than_a_row_holds_reads_nothing() -> None:
    # counter-case: the header names three figure columns, the rows hold two: no column is guessed
    table = COLLAPSED.replace(" 75,9\n", "\n").replace(" 57,0\n", "\n").replace(" -\n", "\n")
    got = _figures(table)
    assert not any(s == "Lượt khách du lịch" for _, _, _, s in got)


def test_a_sentence_naming_a_unit_column_is_no_table() -> None:
    # counter-case: "đơn vị tính" in prose, then a sentence ending in figures
    body = ("Các chỉ tiêu được thống kê theo đơn vị tính của Cục Thống kê năm 2029 và 2030\n"
            "Kết quả đạt được là 12 mô hình 15 16\n")
    got = _figures(body)
    assert not any(s for _, _, _, s in got)


def test_collapsed_rows_stay_lines() -> None:
    # the rows are never joined to the line above as a hard-wrapped sentence
    rec = parse_text(HEAD + PROSE + COLLAPSED + TAIL)
    assert "\n1 Lượt khách du lịch Lượt 420.000" in rec.text
    assert "\nTT Chỉ tiêu Đơn vị tính" in rec.text


# ---- several clock times sharing one recurrence --------------------------------------------------------------------

CD_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/CĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 12 tháng 10 năm 2029\n\nCÔNG ĐIỆN\nVề việc ứng phó bão số 9\n\n")


@pytest.mark.parametrize(("line", "times"), [
    ("trước 06 giờ 00, 11 giờ 00 và 16 giờ 00 hằng ngày", ["06:00", "11:00", "16:00"]),
    ("trước 7 giờ, 11 giờ và 15 giờ hằng ngày", ["07:00", "11:00", "15:00"]),
    ("trước 7h00, 11h00, 15h00 hàng ngày", ["07:00", "11:00", "15:00"]),
    ("trước 8 giờ và 14 giờ hằng ngày", ["08:00", "14:00"]),
])
def test_clock_times_joined_before_their_recurrence_all_recur(line: str, times: list[str]) -> None:
    text = CD_HEAD + f"Các địa phương báo cáo tình hình về Văn phòng Ban Chỉ huy {line}.\n"
    got = [(d.recurrence.freq, d.recurrence.time) for d in parse_text(text).deadlines if d.recurrence]
    assert got == [("daily", t) for t in times]


def test_joined_clock_times_without_a_recurrence_do_not_recur() -> None:
    # counter-case: no "hằng ngày" after the times: nothing recurs
    text = CD_HEAD + "Các đơn vị có mặt tại hội trường lúc 7 giờ, 11 giờ và 15 giờ để nhận nhiệm vụ.\n"
    assert not any(d.recurrence for d in parse_text(text).deadlines)


# ---- a cut copy's body named after its head's title -----------------------------------------------------------------

CUT_BODY = ("Thực hiện Công điện số 96/CĐ-TTg ngày 11/10/2029 của Thủ tướng Chính phủ, {who} yêu cầu:\n"
            "1. Các huyện tổ chức sơ tán dân ở vùng nguy hiểm trước 17 giờ 00 ngày 12/10/2029.\n"
            "Yêu cầu các đơn vị nghiêm túc thực hiện./.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{authority}\n{position}\n\nNguyễn Văn An\n")


@pytest.mark.parametrize(("who", "authority", "position", "issuer"), [
    ("Chủ tịch UBND tỉnh Quảng Ngãi", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "UBND tỉnh Quảng Ngãi"),
    ("Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi", "", "CHỦ TỊCH", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
    ("Cục trưởng Cục Hải quan thành phố Đà Nẵng", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Cục Hải quan thành phố Đà Nẵng"),
])
def test_a_cut_copy_names_its_body_after_its_heads_title(who: str, authority: str, position: str, issuer: str) -> None:
    rec = parse_text(CUT_BODY.format(who=who, authority=authority, position=position))
    assert rec.issuer is not None and rec.issuer.name == issuer and rec.issuer.inferred


def test_a_title_naming_another_body_gives_no_issuer() -> None:
    # counter-case: the Giám đốc signs, the sentence names the Chủ tịch of another body: no body is taken
    rec = parse_text(CUT_BODY.format(who="Chủ tịch UBND tỉnh Quảng Ngãi", authority="KT. GIÁM ĐỐC",
                                     position="PHÓ GIÁM ĐỐC"))
    assert rec.issuer is None or "UBND" not in rec.issuer.name


# ---- a storm's position and track in a công điện's bulletin ------------------------------------------------------

@pytest.mark.parametrize("bulletin", [
    "Hồi 07 giờ ngày 12/10/2029, vị trí tâm bão số 9 ở vào khoảng 15,6 độ Vĩ Bắc; 110,2 độ Kinh Đông, cách bờ biển "
    "Quảng Ngãi khoảng 210 km về phía Đông. Dự báo trong 24 giờ tới, bão di chuyển theo hướng Tây, mỗi giờ đi được "
    "15 - 20 km.",
    "Hồi 13 giờ ngày 12/10/2029, vị trí tâm áp thấp nhiệt đới ở khoảng 14,8 độ Vĩ Bắc; 112,0 độ Kinh Đông, cách đảo "
    "Lý Sơn khoảng 180 km. Áp thấp nhiệt đới di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi được khoảng 10 km.",
])
def test_a_storms_position_and_track_are_no_quantities(bulletin: str) -> None:
    body = (bulletin + "\nChủ tịch UBND tỉnh yêu cầu:\n1. Các huyện sơ tán khoảng 3.200 hộ dân ở vùng nguy hiểm; "
            "Bộ Chỉ huy Quân sự tỉnh bố trí tối thiểu 120 phương tiện sẵn sàng cứu hộ.\n")
    got = {(q.value, q.unit) for q in parse_text(CD_HEAD + body).quantities}
    assert (3200, "hộ") in got and (120, "phương tiện") in got  # the orders' figures are still read
    assert not any(u == "km" for _, u in got)


# ---- signers in converted and flattened closings ----------------------------------------------------------------

MD_HEAD = ("| **UBND TỈNH HẬU GIANG** **SỞ Y TẾ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** |\n"
           "| --- | --- |\n| Số: 88/HD-SYT | *Hậu Giang, ngày 03 tháng 3 năm 2029* |\n\n# HƯỚNG DẪN\n\n"
           "## Khám sức khỏe định kỳ năm 2029\n\nCác đơn vị tổ chức khám sức khỏe định kỳ cho người cao tuổi./.\n\n")


@pytest.mark.parametrize("note", ["(Đã ký)", "(đã ký)", "(ĐÃ KÝ)"])
def test_a_plain_sign_note_between_bold_runs_parts_the_signer_cell(note: str) -> None:
    closing = (f"| **Nơi nhận:** - UBND tỉnh (b/c); - Lưu: VT, NVY. | **KT. GIÁM ĐỐC** **PHÓ GIÁM ĐỐC** {note} "
               "**Võ Thị Kim Loan** |\n| --- | --- |\n")
    rec = parse_text(MD_HEAD + closing)
    assert rec.signer.name == "Võ Thị Kim Loan" and rec.signer.position == "Phó Giám đốc"
    assert rec.signer.authority == "KT. Giám đốc"


def test_a_bold_sign_note_still_parts_the_cell() -> None:
    # counter-case (the form read before): an italic note between the bold runs
    closing = ("| **Nơi nhận:** - UBND tỉnh (b/c); - Lưu: VT, NVY. | **KT. GIÁM ĐỐC** **PHÓ GIÁM ĐỐC** *(đã ký)* "
               "**Võ Thị Kim Loan** |\n| --- | --- |\n")
    rec = parse_text(MD_HEAD + closing)
    assert rec.signer.name == "Võ Thị Kim Loan"


PDF_HEAD = ("SỞ Y TẾ HẬU GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỆNH VIỆN ĐA KHOA TỈNH Độc lập - Tự do - Hạnh phúc\n"
            "Số: 412/BC-BVĐK Hậu Giang, ngày 05 tháng 10 năm 2029\n\nBÁO CÁO\nKết quả khám chữa bệnh 9 tháng\n\n"
            "Bệnh viện báo cáo kết quả khám chữa bệnh 9 tháng như sau./.\n\n")


@pytest.mark.parametrize(("title", "name"), [("BSCKII.", "Trần Văn Hậu"), ("TS.", "Lê Thị Thu Hà"),
                                              ("ThS. BS.", "Nguyễn Minh Quân")])
def test_a_titled_name_run_onto_the_last_item_is_the_signer(title: str, name: str) -> None:
    closing = ("Nơi nhận: GIÁM ĐỐC\n- Sở Y tế (b/c);\n- Ban Giám đốc; (đã ký)\n- Các khoa, phòng;\n"
               f"- Lưu: VT, KHTH. {title} {name}\n")
    rec = parse_text(PDF_HEAD + closing)
    assert rec.signer.name == name
    assert [d.name for d in rec.distribution][-1] == "Lưu: VT, KHTH"


def test_an_item_ending_in_a_code_keeps_it() -> None:
    # counter-case: no name after the item: its last code stays ("Lưu: VT, TS.")
    closing = "Nơi nhận: GIÁM ĐỐC\n- Sở Y tế (b/c);\n- Lưu: VT, TS.\n\nTrần Văn Hậu\n"
    rec = parse_text(PDF_HEAD + closing)
    assert [d.name for d in rec.distribution][-1].startswith("Lưu: VT, TS")


# ---- a target's by-when -------------------------------------------------------------------------------------------

KH_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\nNghệ An, ngày 12 tháng 10 năm 2027\n\nKẾ HOẠCH\nĐẩy nhanh giải ngân vốn đầu tư công\n\n")


def _dues(body: str) -> list[tuple[str | None, str | None]]:
    return [(d.due, d.period) for d in parse_text(KH_HEAD + body + "\n").deadlines]


@pytest.mark.parametrize("line", [
    "1. Phấn đấu đến ngày 31/01/2028 giải ngân đạt 100% kế hoạch vốn năm 2027 được giao.",
    "1. Phấn đấu đến hết ngày 31/01/2028 toàn tỉnh giải ngân đạt trên 95% kế hoạch vốn.",
    "- Phấn đấu tới ngày 31/01/2028, 100% dự án hoàn thiện hồ sơ quyết toán.",
])
def test_a_target_opening_with_phan_dau_den_a_day_is_due_then(line: str) -> None:
    assert ("2028-01-31", None) in _dues(line)


@pytest.mark.parametrize("line", [
    "1. Phấn đấu đến năm 2030, toàn tỉnh có ít nhất 25 điểm du lịch cộng đồng.",  # a plan's horizon
    "Đến ngày 31/10/2027, toàn tỉnh đã giải ngân 774,5 tỷ đồng, đạt 62,2% kế hoạch.",  # a report's span
])
def test_a_horizon_or_a_reports_span_is_no_by_when(line: str) -> None:
    assert _dues(line) == []


def test_a_disbursement_right_after_its_month_is_due_in_it() -> None:
    assert ("2027-11-30", "2027-11") in _dues("2. Trong tháng 11/2027 giải ngân thêm tối thiểu 180 tỷ đồng.")


def test_a_meeting_about_disbursement_keeps_its_day() -> None:
    # counter-case: "giải ngân" before the time names the meeting's topic; the meeting is an event
    rec = parse_text(KH_HEAD + "3. Sở Tài chính tổ chức Hội nghị đối thoại về giải ngân vốn đầu tư công vào 14 giờ "
                     "ngày 02/11/2027.\n")
    assert "2027-11-02" in {e.date[:10] for e in rec.events}
    assert not rec.deadlines


# ---- a thing's own size is the state ---------------------------------------------------------------------------

TB_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 12/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\nNghệ An, ngày 12 tháng 10 năm 2027\n\nTHÔNG BÁO\nKết luận buổi làm việc\n\n")


@pytest.mark.parametrize(("line", "kept"), [
    ("Dự án có tổng diện tích 385 ha, liên quan đến 1.426 hộ gia đình, cá nhân. Đến nay đã bàn giao 241,6 ha.",
     {(241.6, "ha")}),
    ("Tuyến đường có tổng chiều dài 18,6 km, đi qua 5 xã. UBND huyện đã bàn giao 12 km mặt bằng.", {(12, "km")}),
])
def test_a_projects_own_size_is_no_quantity(line: str, kept: set[tuple[float, str]]) -> None:
    assert {(q.value, q.unit) for q in parse_text(TB_HEAD + line + "\n").quantities} == kept


def test_a_total_area_reached_is_still_a_target() -> None:
    # counter-case: "tổng diện tích" without "có" before it is what the plan brings the area to
    line = "Phấn đấu trồng mới 1.200 ha rừng, nâng tổng diện tích rừng trồng lên 45.000 ha."
    got = {(q.value, q.unit) for q in parse_text(TB_HEAD + line + "\n").quantities}
    assert {(1200, "ha"), (45000, "ha")} <= got


# ---- a count of incidents changing, named as its subject -----------------------------------------------------------

CV_HEAD = ("CỤC CHĂN NUÔI VÀ THÚ Y\nSố: 12/CNTY-TY\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
           "Hà Nội, ngày 12 tháng 10 năm 2029\n\nV/v tăng cường phòng, chống dịch bệnh\n\n")


@pytest.mark.parametrize("line", [
    "Từ đầu năm đến nay, cả nước đã xảy ra 412 ổ dịch tại 236 xã; so với cùng kỳ năm 2028, số ổ dịch tăng 38%.",
    "Trong 9 tháng, số ca mắc sốt xuất huyết giảm 21% so với cùng kỳ.",
    "So với cùng kỳ, số vụ tai nạn giao thông giảm hơn 12%.",
])
def test_a_count_of_incidents_changing_is_the_state(line: str) -> None:
    assert [q.value for q in parse_text(CV_HEAD + line + "\n").quantities] == []


@pytest.mark.parametrize(("line", "value"), [
    ("Phấn đấu năm 2030 số ca mắc giảm ít nhất 10% so với năm 2029.", 10),  # a plan to cut them: a target
    ("Năm 2029, số hộ chăn nuôi áp dụng an toàn sinh học tăng 15%.", 15),  # no incident counted
])
def test_a_planned_cut_or_a_count_of_no_incident_is_read(line: str, value: float) -> None:
    assert value in [q.value for q in parse_text(CV_HEAD + line + "\n").quantities]


# ---- a decision's total for what it approves --------------------------------------------------------------------

QD_HEAD = ("BỘ Y TẾ\nSố: 3185/QĐ-BYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
           "Hà Nội, ngày 14 tháng 10 năm 2029\n\nQUYẾT ĐỊNH\nVề việc phê duyệt Danh mục trang thiết bị y tế\n\n"
           "BỘ TRƯỞNG BỘ Y TẾ\n\nQUYẾT ĐỊNH:\n\n")


def test_a_decisions_total_after_its_approval_is_its_target() -> None:
    body = ("Điều 1. Phê duyệt Danh mục trang thiết bị y tế hỗ trợ các bệnh viện tuyến tỉnh năm 2030. Tổng kinh phí "
            "thực hiện là 86,4 tỷ đồng từ nguồn vốn sự nghiệp.\n")
    assert (86400000000, "đồng") in {(q.value, q.unit) for q in parse_text(QD_HEAD + body).quantities}


def test_a_decisions_bare_figure_still_needs_a_cue() -> None:
    # counter-case: a decision's figure with no cue in its sentence is still no quantity (a rule's norm)
    body = "Điều 2. Mỗi phòng mổ có diện tích sàn 36 m2 theo tiêu chuẩn hiện hành.\n"
    assert not parse_text(QD_HEAD + body).quantities


# ---- a participants' window closing at an hour ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Sinh viên làm bài thu hoạch trực tuyến trên hệ thống LMS từ ngày 13/9/2029 đến 17 giờ 00 ngày 15/9/2029.",
    "Thí sinh đăng ký trực tuyến từ ngày 13/9/2029 đến 17 giờ 00 ngày 15/9/2029.",
])
def test_a_window_of_days_closing_at_an_hour_is_the_participants_by_when(line: str) -> None:
    rec = parse_text(KH_HEAD + line + "\n")
    assert "2029-09-15T17:00" in {d.due for d in rec.deadlines}


def test_a_window_of_whole_days_stays_an_activity() -> None:
    # counter-case: no closing hour, the days are when the work is done
    rec = parse_text(KH_HEAD + "Sinh viên làm bài thu hoạch tại giảng đường từ ngày 13/9/2029 đến ngày 15/9/2029.\n")
    assert not rec.deadlines


# ---- a danh mục one cell a line, a text column after its figures ------------------------------------------------

DANH_MUC = ("PHỤ LỤC\nDANH MỤC TRANG THIẾT BỊ Y TẾ HỖ TRỢ NĂM 2030\n"
            "(Kèm theo Quyết định số 3185/QĐ-BYT ngày 14/10/2029 của Bộ trưởng Bộ Y tế)\n"
            "TT\nTên trang thiết bị\nĐơn vị tính\nSố lượng\nĐơn vị tiếp nhận\n"
            "1\nHệ thống chụp X-quang kỹ thuật số\nHệ thống\n2\nBệnh viện Đa khoa tỉnh Lai Châu\n"
            "2\nMáy siêu âm Doppler màu 4D\nMáy\n3\nBệnh viện Đa khoa tỉnh Điện Biên\n"
            "3\nMáy thở chức năng cao\nMáy\n6\nBệnh viện Đa khoa tỉnh Cao Bằng\n")
QD_TAIL = ("\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT, KCB.\n\n"
           "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Đức Luận\n\n")


def test_a_danh_muc_with_a_text_column_after_its_figures_reads_each_row() -> None:
    body = "Điều 1. Phê duyệt Danh mục trang thiết bị y tế hỗ trợ năm 2030 (chi tiết tại Phụ lục kèm theo).\n"
    rec = parse_text(QD_HEAD + body + QD_TAIL + DANH_MUC)
    got = {(q.value, q.unit, q.scope) for q in rec.quantities}
    assert (2, "hệ thống", "Hệ thống chụp X-quang kỹ thuật số") in got
    assert (3, "máy", "Máy siêu âm Doppler màu 4D") in got  # a name with a digit, a count equal to the next row's number
    assert (6, "máy", "Máy thở chức năng cao") in got
    assert not any(v == 1 for v, _, _ in got)  # the first row's number


def test_a_unit_table_without_a_text_column_reads_as_before() -> None:
    # counter-case: the rows end at their figures; a figure equal to the next row's number is still a figure
    table = ("TT\nChỉ tiêu\nĐơn vị tính\nKế hoạch\nThực hiện\n"
             "1\nKết nạp hội viên mới\nHội viên\n2\n3\n"
             "2\nThành lập chi hội mới\nChi hội\n3\n4\n")
    rec = parse_text(KH_HEAD.replace("KẾ HOẠCH", "BÁO CÁO").replace("/KH-", "/BC-") + "Kết quả như sau:\n" + table)
    got = {(q.value, q.unit) for q in rec.quantities}
    assert {(2, "hội viên"), (3, "hội viên"), (3, "chi hội"), (4, "chi hội")} <= got

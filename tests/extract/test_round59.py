"""Heldout round 59 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI CHÍNH\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 75/BC-STC\tAn Hòa, ngày 20 tháng 11 năm 2031\n\nBÁO CÁO\nTình hình thực hiện nhiệm vụ năm 2031\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nLê Văn Bình\n"


def _figures(body: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit or "", q.comparator) for q in parse_text(REPORT + body + TAIL).quantities]


# ---- what a body holds or keeps doing now ("hiện quản lý", "Hiện Trường đang đào tạo") -----------------------------

HELD_NOW = [
    ("Kho bạc khu vực hiện quản lý 3.412 tài khoản của 2.968 đơn vị giao dịch. Trong quý, Kho bạc đã kiểm soát "
     "48.216 món chi.", [(48216, "món", "eq")]),
    ("Hiện Trường đang đào tạo 2.865 học sinh, sinh viên tại 14 ngành, nghề. Năm 2031, Trường tuyển sinh được "
     "1.214 người.", [(1214, "người", "eq")]),
    ("Bệnh viện hiện đang điều trị nội trú 412 người bệnh; trong tháng đã khám cho 9.850 lượt người.",
     [(9850, "lượt người", "eq")]),
    # counter-cases: what was done, and the "hiện" of "thực hiện", "phát hiện"
    ("Trong năm, Trường đã đào tạo 1.200 học viên; thực hiện quản lý 120 hồ sơ.",
     [(1200, "học viên", "eq"), (120, "hồ sơ", "eq")]),
    ("Hiện nay, Trung tâm đã đào tạo được 500 học viên.", [(500, "học viên", "eq")]),
    ("Qua kiểm tra phát hiện 27 vụ vi phạm; thực hiện điều trị 45 bệnh nhân.",
     [(27, "vụ", "eq"), (45, "bệnh nhân", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), HELD_NOW)
def test_what_a_body_holds_now_is_the_state(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == figures


# ---- a tax owed told with its words the other way round ("tổng số tiền thuế nợ ... là") ---------------------------

TAX_OWED = [
    ("Tính đến ngày 30/9/2031, tổng số tiền thuế nợ trên địa bàn tỉnh là 1.486 tỷ đồng, tăng 9,2% so với thời điểm "
     "31/12/2030; trong đó nợ có khả năng thu là 1.032 tỷ đồng, nợ khó thu 454 tỷ đồng.\n9 tháng, toàn ngành đã "
     "thu hồi được 612 tỷ đồng tiền nợ thuế.", [(612e9, "đồng", "eq")]),
    ("Số thuế nợ của các doanh nghiệp đến ngày 31/10/2031 là 86 tỷ đồng. Đã thu hồi 12 tỷ đồng.",
     [(12e9, "đồng", "eq")]),
    # counter-case: a plan to cut the tax owed is a target
    ("Phấn đấu giảm tiền thuế nợ xuống dưới 5% tổng thu ngân sách.", [(5, "%", "lt")]),
]


@pytest.mark.parametrize(("body", "figures"), TAX_OWED)
def test_a_tax_owed_is_the_state(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == figures


# ---- the figure the document's own is measured by, in a bracket ("cao hơn mức bình quân chung của tỉnh (54,3%)") ---

OTHERS_FIGURE = [
    ("Tỷ lệ giải ngân đạt 61,7% kế hoạch vốn giao, thấp hơn mức bình quân chung cả nước (64,2%).",
     [(61.7, "%", "eq")]),
    ("Ban đã giải ngân 401,7 tỷ đồng, đạt 62,5% kế hoạch, cao hơn bình quân chung của tỉnh (54,3%).",
     [(401.7e9, "đồng", "eq"), (62.5, "%", "eq")]),
    ("Tổng thu đạt 6.842 tỷ đồng, tăng 12% so với cùng kỳ (6.109 tỷ đồng).",
     [(6842e9, "đồng", "eq"), (12, "%", "eq")]),
    # counter-cases: a bracket of the document's own figures
    ("Tổ chức 06 lớp tập huấn (240 học viên) cho cán bộ cơ sở.", [(6, "lớp", "eq"), (240, "học viên", "eq")]),
    ("Giải ngân đạt 58% kế hoạch (312 tỷ đồng), cao hơn năm 2030.", [(58, "%", "eq"), (312e9, "đồng", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), OTHERS_FIGURE)
def test_others_figure_in_a_bracket_is_none_of_the_documents(body: str,
                                                            figures: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == figures


# ---- a PDF's running footer with its bare page number far out to the right, under the signer's name --------------

LETTER = ("       CỤC THUẾ                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "  THUẾ TỈNH AN HÒA                           Độc lập - Tự do - Hạnh phúc\n\n"
          "Số: 318/TAH-QLN                             An Hòa, ngày 14 tháng 10 năm 2031\n"
          "V/v đôn đốc thu hồi nợ thuế\n\n"
          "     Kính gửi: Các Thuế cơ sở.\n\n"
          "     Thuế tỉnh An Hòa yêu cầu các đơn vị thu hồi tối thiểu 320 tỷ đồng tiền nợ thuế trong quý IV, báo cáo\n"
          "kết quả về Thuế tỉnh trước ngày 05/12/2031./.\n\n")
SIGNATURE = ("Nơi nhận:                                          KT. TRƯỞNG THUẾ TỈNH\n"
             "- Như trên;                                       PHÓ TRƯỞNG THUẾ TỈNH\n"
             "- Lãnh đạo Thuế tỉnh;                                    (Đã ký)\n"
             "- Lưu: VT, QLN.                                       {name}\n")

SIGNED_ABOVE_FOOTER = [
    ("Lê Quang Vinh", "Thuế tỉnh An Hòa - Công văn đôn đốc thu hồi nợ thuế                      2\n"),
    ("Trần Thị Mai", "Công văn số 318/TAH-QLN                                            2\n"),
    # counter-cases: the footers read before
    ("Lê Quang Vinh", "Thuế tỉnh An Hòa - Công văn đôn đốc thu hồi nợ thuế          Trang 2/2\n"),
    ("Lê Quang Vinh", "                                                    2\n"),
]


@pytest.mark.parametrize(("name", "footer"), SIGNED_ABOVE_FOOTER)
def test_a_running_footer_under_the_signer_leaves_the_name(name: str, footer: str) -> None:
    record = parse_text(LETTER + SIGNATURE.format(name=name) + footer)
    assert record.signer is not None and record.signer.name == name
    assert [(q.value, q.comparator) for q in record.quantities] == [(320e9, "gte")]


def test_a_sentence_wrapped_before_a_figure_stays_one_sentence() -> None:
    # counter-case: a wrapped line ending in a figure after one space is no footer
    body = ("     Năm 2031, Thuế tỉnh đã tổ chức các lớp tập huấn về hóa đơn điện tử cho các hộ kinh doanh với số lớp là\n"
            "12 lớp và 640 lượt người tham dự.\n")
    record = parse_text(LETTER + body + SIGNATURE.format(name="Lê Quang Vinh"))
    assert (12, "lớp") in [(q.value, q.unit) for q in record.quantities]


# ---- a port authority, a ranger unit, a branch, a museum or a library under its parent, one line each -----------

HEAD_LINES = [
    ("CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM\nCẢNG VỤ HÀNG HẢI AN HÒA", "CẢNG VỤ HÀNG HẢI AN HÒA",
     "CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM"),
    ("CHI CỤC KIỂM LÂM TỈNH AN HÒA\nHẠT KIỂM LÂM HUYỆN BẮC SƠN", "HẠT KIỂM LÂM HUYỆN BẮC SƠN",
     "CHI CỤC KIỂM LÂM TỈNH AN HÒA"),
    ("SỞ VĂN HÓA VÀ THỂ THAO TỈNH AN HÒA\nBẢO TÀNG TỈNH", "BẢO TÀNG TỈNH", "SỞ VĂN HÓA VÀ THỂ THAO TỈNH AN HÒA"),
    # counter-cases: a name wrapped over two lines stays one name
    ("UBND TỈNH AN HÒA\nBAN QUẢN LÝ RỪNG PHÒNG HỘ\nĐẦU NGUỒN SÔNG CÁI", "BAN QUẢN LÝ RỪNG PHÒNG HỘ ĐẦU NGUỒN SÔNG CÁI",
     "UBND TỈNH AN HÒA"),
    ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA", "ỦY BAN NHÂN DÂN TỈNH AN HÒA", None),
]


@pytest.mark.parametrize(("head", "issuer", "parent"), HEAD_LINES)
def test_a_body_kind_opens_the_issuer_under_its_parent(head: str, issuer: str, parent: str | None) -> None:
    text = (head + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/GM-CV\n"
            "An Hòa, ngày 08 tháng 12 năm 2031\n\nGIẤY MỜI\nHội nghị tổng kết năm 2031\n\nTrân trọng kính mời "
            "đại biểu dự Hội nghị vào 08 giờ 00 ngày 18/12/2031./.\n" + TAIL)
    record = parse_text(text)
    assert record.issuer is not None
    assert (record.issuer.name, record.issuer.parent) == (issuer, parent)


# ---- a decision cut above its title: "QUYẾT ĐỊNH:" is its operative word, the award names its issuer ------------

CUT_DECISION = ("ết một số điều của Luật Thi đua, khen thưởng;\n"
                "Căn cứ Quyết định số 1406/QĐ-UBND ngày 18/10/2029 của UBND tỉnh An Hòa quy định chức năng, nhiệm vụ "
                "của {body};\n"
                "Xét đề nghị của Trưởng phòng Tổ chức - Hành chính.\n\n"
                "QUYẾT ĐỊNH:\n\n"
                "Điều 1. {award} cho 04 tập thể và 11 cá nhân đã có thành tích xuất sắc năm 2031.\n"
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
                "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n{head}\n(Đã ký)\nLâm Quốc Hưng\n")

CUT_DECISIONS = [
    ("Ban Quản lý rừng phòng hộ Sông Cái", "Tặng Giấy khen của Giám đốc Ban Quản lý rừng phòng hộ Sông Cái",
     "GIÁM ĐỐC", "Ban Quản lý rừng phòng hộ Sông Cái"),
    ("Chi cục Kiểm lâm tỉnh An Hòa", "Tặng Giấy khen của Chi cục trưởng Chi cục Kiểm lâm tỉnh An Hòa",
     "CHI CỤC TRƯỞNG", "Chi cục Kiểm lâm tỉnh An Hòa"),
    # counter-case: an award another head gives names no issuer of the signer's
    ("Ban Quản lý rừng phòng hộ Sông Cái", "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen", "GIÁM ĐỐC", None),
]


@pytest.mark.parametrize(("body", "award", "head", "issuer"), CUT_DECISIONS)
def test_a_decision_cut_above_its_title(body: str, award: str, head: str, issuer: str | None) -> None:
    record = parse_text(CUT_DECISION.format(body=body, award=award, head=head))
    assert record.doc_type is None  # the operative word is no title
    assert [c.number for c in record.citations if c.number] == ["1406/QĐ-UBND"]
    assert (record.issuer.name if record.issuer else None) == issuer


def test_a_decisions_title_is_still_read() -> None:
    # counter-case: the title "QUYẾT ĐỊNH" over a whole decision, its operative "QUYẾT ĐỊNH:" below
    text = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 73/QĐ-UBND\tAn Bình, ngày 02 tháng 3 năm 2032\n\nQUYẾT ĐỊNH\nVề việc phân bổ kinh phí năm 2032\n\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH\n\nCăn cứ Quyết định số 186/QĐ-UBND ngày 20/01/2032 của UBND tỉnh;\n\n"
            "QUYẾT ĐỊNH:\n\nĐiều 1. Phân bổ 2.184.600.000 đồng cho các thôn.\nĐiều 2. Quyết định này có hiệu lực kể từ "
            "ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\n(Đã ký)\nĐinh Văn Hùng\n")
    record = parse_text(text)
    assert record.doc_type is not None and record.doc_type.code == "QĐ"
    assert record.number is not None and record.number.normalized == "73/QĐ-UBND"


# ---- what is left, told after a review's own time, and a case not yet due; an act holding a rule word -----------

LEFT_AND_ACTS = [
    ("Qua kiểm tra sau mùa mưa lũ năm 2031, còn 21 hồ chứa có mái đập thượng lưu bị sạt trượt, tràn xả lũ bị xói lở. "
     "Năm 2031, Chi cục đã sửa chữa 17 hồ chứa.", [(17, "hồ", "eq")]),
    ("Qua rà soát đầu năm 2032 trên địa bàn các xã, còn 312 hộ nằm trong vùng sạt lở. Đã hỗ trợ 40 hộ.",
     [(40, "hộ", "eq")]),
    ("Bộ phận Một cửa tiếp nhận 1.326 hồ sơ, giải quyết đúng hạn 1.319 hồ sơ; còn 07 hồ sơ đang trong hạn giải quyết.",
     [(1326, "hồ sơ", "eq"), (1319, "hồ sơ", "eq")]),
    ("Năm 2031, Thuế cơ sở đã giải quyết hoàn thuế 2.318 hồ sơ với số tiền 9,64 tỷ đồng.",
     [(2318, "hồ sơ", "eq"), (9.64e9, "đồng", "eq")]),
    ("Năm 2031, đã hỗ trợ quyết toán thuế 412 doanh nghiệp.", [(412, "doanh nghiệp", "eq")]),
    # counter-cases: what the review led to, and a rule's rate right after its word
    ("Qua kiểm tra sau mùa mưa lũ năm 2031, đã gia cố 14 vị trí xung yếu.", [(14, "vị trí", "eq")]),
    ("Thuế 5% áp dụng đối với dịch vụ lưu trú. Đã thu 12 tỷ đồng.", [(12e9, "đồng", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), LEFT_AND_ACTS)
def test_what_is_left_and_an_act_holding_a_rule_word(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == figures


# ---- a bound sorting the places a count counts, two kinds of place joined by a comma ("112 xã, phường đạt ...") ---

SORTED_PLACES = [
    ("Toàn tỉnh đã tiêm cho 98.642 trẻ; có 112 xã, phường đạt tỷ lệ tiêm trên 95%.",
     [(98642, "trẻ", "eq"), (112, "xã", "eq")]),
    ("Đã có 14 xã, thị trấn đạt tỷ lệ bao phủ trên 90%.", [(14, "xã", "eq")]),
    # counter-cases: a comma opening a clause of its own keeps its target
    ("Hỗ trợ 12 xã, nâng tỷ lệ hộ dùng nước sạch lên trên 95%.", [(12, "xã", "eq"), (95, "%", "gt")]),
    ("Đã kết nạp 100 hội viên mới, nâng tỷ lệ tập hợp lên trên 85%.", [(100, "hội viên", "eq"), (85, "%", "gt")]),
]


@pytest.mark.parametrize(("body", "figures"), SORTED_PLACES)
def test_a_bound_sorting_places_joined_by_a_comma(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == figures


# ---- the bound after a share and what it is a share of ("đạt 100% dự toán trở lên") ----------------------------

SHARE_BOUNDS = [
    ("Phấn đấu thu ngân sách năm 2031 đạt 100% dự toán trở lên.", [(100, "%", "gte")]),
    ("Phấn đấu giải ngân đạt 95% kế hoạch trở lên; 100% xã đạt chuẩn.", [(95, "%", "gte"), (100, "%", "eq")]),
    # counter-case: a share reached with no bound after it
    ("Thu ngân sách đạt 104% dự toán, tăng 12% so với cùng kỳ.", [(104, "%", "eq"), (12, "%", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), SHARE_BOUNDS)
def test_the_bound_after_a_share_of_the_plan(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == figures

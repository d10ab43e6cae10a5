"""Heldout round 72 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

FRAME = ("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: 12/{code}-UBND\nAn Phú, ngày 05 tháng 10 năm 2033\n{title}\n"
         "Về việc triển khai nhiệm vụ năm 2034\n{body}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Bình\n")
TITLES = {"KH": "KẾ HOẠCH", "BC": "BÁO CÁO", "TB": "THÔNG BÁO", "QĐ": "QUYẾT ĐỊNH"}


def _values(body: str, code: str = "KH") -> list[float]:
    rec = parse_text(FRAME.format(code=code, title=TITLES[code], body=body))
    return [q.value for q in rec.quantities]


RULE_NORMS = [
    # a bound or a rate the rules of a body or a law set, named right after it in its clause (fixed: read as the
    # document's own target or result; h800, h802, h803)
    ("Các bệnh viện mua sắm trực tiếp; giá trị mỗi gói thầu chào hàng cạnh tranh không quá 5 tỷ đồng theo quy định "
     "của Luật Đấu thầu.", 5_000_000_000),
    ("Bảo đảm vỉa hè dành tối thiểu 1,5 m cho người đi bộ theo quy định của UBND tỉnh.", 1.5),
    ("Đã ký hợp đồng khoán bảo vệ rừng với 1.142 hộ, mức khoán 400.000 đồng/ha/năm theo quy định của UBND tỉnh.",
     400_000),
    ("Mỗi tổ bảo vệ có tối thiểu 12 thành viên theo quy định tại Nghị định số 40/2031/NĐ-CP của Chính phủ.", 12),
    # the rates in the bracket right after the rule a sentence names by its "theo" (fixed; h796, h802)
    ("Mức xử phạt hành vi lấn chiếm vỉa hè thực hiện theo Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ "
     "(từ 2.000.000 đồng đến 4.000.000 đồng đối với cá nhân).", 2_000_000),
    ("Mức xử phạt hành vi lấn chiếm vỉa hè thực hiện theo Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ "
     "(từ 2.000.000 đồng đến 4.000.000 đồng đối với cá nhân).", 4_000_000),
    ("Việc chi bồi dưỡng cho cộng tác viên thực hiện theo Thông tư số 08/2025/TT-BTC ngày 14/02/2025 của Bộ Tài chính "
     "(mức bồi dưỡng 0,3 lần mức lương cơ sở/ngày làm việc).", 0.3),
]


@pytest.mark.parametrize(("body", "value"), RULE_NORMS)
def test_a_rule_named_with_its_norm_is_no_quantity(body: str, value: float) -> None:
    assert value not in _values(body)


OWN_FIGURES = [
    # counter-cases: a bare "theo quy định", a decision named by its number after a grant, the document striving for
    # a bound, and a bracket telling what was done stay counted
    ("Thanh tra huyện tổ chức 12 kỳ tiếp công dân theo quy định.", 12),
    ("Hỗ trợ 60 triệu đồng/hộ theo Quyết định số 12/2031/QĐ-UBND của UBND tỉnh.", 60_000_000),
    ("Phấn đấu tối thiểu 500 hộ tham gia theo quy định của Hội.", 500),
    ("Thực hiện theo Quyết định số 15/2030/QĐ-UBND của UBND tỉnh (đã hỗ trợ 120 hộ với 360 triệu đồng).", 120),
    ("Thực hiện theo Quyết định số 15/2030/QĐ-UBND của UBND tỉnh (đã hỗ trợ 120 hộ với 360 triệu đồng).", 360_000_000),
    ("Tổ chức tập huấn cho 320 cán bộ, tối thiểu 02 lớp.", 2),
]


@pytest.mark.parametrize(("body", "value"), OWN_FIGURES)
def test_the_documents_own_figures_stay(body: str, value: float) -> None:
    assert value in _values(body)


def _events(body: str, code: str = "KH") -> list[tuple[str | None, str | None]]:
    rec = parse_text(FRAME.format(code=code, title=TITLES[code], body=body))
    return [(e.date, e.end) for e in rec.events]


LUNAR_RESTATED = [
    # a solar range of an activity restated in the lunar calendar in the bracket after it (fixed: the range was taken
    # for a lunar date and dropped; h801) and a water release as an activity (fixed: no activity, h801)
    ("Hệ thống Đồng Cam mở nước từ ngày 10/6 đến hết ngày 20/6/2034 (tức từ ngày 06 đến ngày 08 tháng 5 năm Giáp Dần) "
     "để làm đất.", ("2034-06-10", "2034-06-20")),
    ("Các hồ chứa xả nước đệm từ ngày 05/6 đến ngày 08/6/2034 (tức ngày 20 tháng 4 đến ngày 23 tháng 4 âm lịch).",
     ("2034-06-05", "2034-06-08")),
    ("Hệ thống kênh Bắc mở nước từ ngày 10/8 đến hết ngày 20/8/2034.", ("2034-08-10", "2034-08-20")),
    # counter-cases: a lunar day restated in the solar calendar is read by its solar date, as before
    ("Gặp mặt đầu Xuân vào ngày mùng 8 tháng Giêng (tức ngày 13/02/2034) tại hội trường.", ("2034-02-13", None)),
    ("Tổ chức dâng hương ngày 10 tháng 3 âm lịch (tức ngày 28/4/2034).", ("2034-04-28", None)),
]


@pytest.mark.parametrize(("body", "event"), LUNAR_RESTATED)
def test_a_range_restated_in_the_lunar_calendar_is_an_event(body: str, event: tuple[str, str | None]) -> None:
    assert event in _events(body)


def test_water_for_sale_is_no_activity() -> None:
    # counter-case: a figure of water with a day, no release held
    assert _events("Công ty đã cung cấp nước sạch cho 1.200 hộ đến ngày 30/9/2034.", "BC") == []


STATE_GOES_ON = [
    # the state a sentence's first clause told goes on in a clause after ";" that opens with its figure or with the
    # body's own "có" (fixed: read as results; h796, h803, h806)
    ("Trung tâm hiện có 21 biên chế, trong đó 12 trợ giúp viên pháp lý; 03 Chi nhánh tại các huyện Minh Hóa, Tuyên "
     "Hóa, Lệ Thủy.", 3),
    ("Vườn quốc gia hiện quản lý 15.048 ha rừng đặc dụng; có 08 trạm kiểm lâm và 01 đội kiểm lâm cơ động với 46 công "
     "chức, viên chức.", 8),
    ("Vườn quốc gia hiện quản lý 15.048 ha rừng đặc dụng; có 08 trạm kiểm lâm và 01 đội kiểm lâm cơ động với 46 công "
     "chức, viên chức.", 46),
    ("Bệnh viện hiện có 650 giường bệnh; có 18 khoa lâm sàng và 06 phòng chức năng.", 6),
]


@pytest.mark.parametrize(("body", "value"), STATE_GOES_ON)
def test_the_state_goes_on_after_a_semicolon(body: str, value: float) -> None:
    assert value not in _values(body, "BC")


DONE_AFTER_STATE = [
    # counter-cases: what the units did, told after the state, and a clause of results with no state before it
    ("Toàn huyện hiện có 14 xã, thị trấn; 12 xã đã đạt chuẩn nông thôn mới.", 12),
    ("Toàn huyện hiện có 14 xã; đã hỗ trợ 40 hộ làm nhà ở.", 40),
    ("Năm 2033, xã đã hỗ trợ 40 hộ; 25 hộ được vay vốn; có 12 hộ được cấp bò giống.", 25),
    ("Năm 2033, xã đã hỗ trợ 40 hộ; 25 hộ được vay vốn; có 12 hộ được cấp bò giống.", 12),
    ("Trong kỳ, Trung tâm đã tổ chức 28 buổi truyền thông; 06 chuyên mục phát thanh.", 6),
]


@pytest.mark.parametrize(("body", "value"), DONE_AFTER_STATE)
def test_what_was_done_after_the_state_stays(body: str, value: float) -> None:
    assert value in _values(body, "BC")


PARK = ("{parent}\n{body}\n_______\nSố: 142/BC-VQG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Tân Sơn, ngày 04 tháng 7 năm 2033\nBÁO CÁO\nKết quả công tác 6 tháng đầu năm 2033\n"
        "Đơn vị báo cáo như sau: đã tổ chức 12 lượt tuần tra.\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình\n")


@pytest.mark.parametrize(("parent", "body", "issuer", "issuer_parent"), [
    # a national park or a nature reserve on its own line under its parent (fixed: read as one name with it; h803)
    ("UBND TỈNH PHÚ THỌ", "VƯỜN QUỐC GIA XUÂN SƠN", "VƯỜN QUỐC GIA XUÂN SƠN", "UBND TỈNH PHÚ THỌ"),
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KHU BẢO TỒN THIÊN NHIÊN PÙ HU", "KHU BẢO TỒN THIÊN NHIÊN PÙ HU",
     "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    # and a park's own name wrapped after its head is one name (fixed too: no issuer was read)
    ("VƯỜN QUỐC GIA", "XUÂN SƠN", "VƯỜN QUỐC GIA XUÂN SƠN", None),
])
def test_a_park_under_its_parent_is_the_issuer(parent: str, body: str, issuer: str, issuer_parent: str | None) -> None:
    rec = parse_text(PARK.format(parent=parent, body=body))
    assert rec.issuer is not None and rec.issuer.name == issuer and rec.issuer.parent == issuer_parent


ANNEXED = ("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: {number}/QĐ-UBND\nAn Phú, ngày 18 tháng 11 năm 2033\nQUYẾT ĐỊNH\n"
           "Về việc giao chỉ tiêu năm 2034\nCăn cứ Quyết định số 1987/QĐ-UBND ngày 08/11/2033 của UBND tỉnh;\n"
           "Điều 1. Giao chỉ tiêu cho các xã.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Bình\n"
           "DANH SÁCH\n(Kèm theo Quyết định số 3052/QĐ-UBND ngày 18/11/2033 của Chủ tịch UBND huyện)\n")


@pytest.mark.parametrize(("number", "cited"), [
    # the document's own number printed by OCR with a letter for a digit, cited by its annex (fixed: a citation; h805)
    ("3O52", ["1987/QĐ-UBND"]),
    ("3052", ["1987/QĐ-UBND"]),
    # counter-case: another number in the header cites the annex's decision
    ("3051", ["1987/QĐ-UBND", "3052/QĐ-UBND"]),
])
def test_the_annex_citing_its_own_ocr_number_is_no_citation(number: str, cited: list[str]) -> None:
    rec = parse_text(ANNEXED.format(number=number))
    assert [c.number for c in rec.citations] == cited


ANNEX = ("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: 12/QĐ-UBND\nAn Phú, ngày 05 tháng 10 năm 2033\nQUYẾT ĐỊNH\n"
         "Về việc phê duyệt danh mục hỗ trợ\nĐiều 1. Phê duyệt danh mục 4 nhà văn hóa được hỗ trợ (chi tiết tại Phụ lục).\n"
         "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Bình\n\nPHỤ LỤC\nDANH MỤC NHÀ VĂN HÓA ĐƯỢC HỖ TRỢ NĂM 2033\n\n"
         "STT  Nhà văn hóa         Xã            Nội dung                  {head}\n{unit}"
         "1    Buôn Khanh          Cư Pui        Sửa mái, nền, hàng rào          145\n"
         "2    Buôn Cư Drăm        Cư Drăm       Sửa chữa, nâng cấp              150\n"
         "{page}"
         "3    Thôn 2              Hòa Sơn       Nâng cấp sân, khu vệ sinh       120\n"
         "4    Thôn Ea Lang        Dang Kang     Sửa mái, trần                   135\n")
UNIT_LINE = " " * 65 + "(triệu đồng)\n"  # under its column's header, as it starts
PAGE_BREAK = "UBND huyện An Phú                                         Trang 2/2\nQuyết định số 12/QĐ-UBND ngày 05/10/2033\n"


@pytest.mark.parametrize(("head", "unit", "page", "found"), [
    # a column's unit in brackets on a header line of its own under it (fixed: the table was not read; h798), and a
    # page's running footer and head between two rows (fixed: the rows after it were not read; h798)
    ("Kinh phí hỗ trợ", UNIT_LINE, "", [145e6, 150e6, 120e6, 135e6]),
    ("Kinh phí hỗ trợ", UNIT_LINE, PAGE_BREAK, [145e6, 150e6, 120e6, 135e6]),
    ("Kinh phí hỗ trợ (triệu đồng)", "", PAGE_BREAK, [145e6, 150e6, 120e6, 135e6]),
    # counter-case: a line of words under the header is no unit
    ("Kinh phí hỗ trợ", " " * 65 + "năm 2033\n", "", []),
])
def test_a_spaced_table_with_its_unit_under_the_header(head: str, unit: str, page: str, found: list[float]) -> None:
    rec = parse_text(ANNEX.format(head=head, unit=unit, page=page))
    assert sorted(q.value for q in rec.quantities if q.value > 1000) == sorted(found)


BOARDS = [
    # how many sit on a board or a working group the document sets up (fixed: a target; h807, h666)
    ("Thành lập Ban Tổ chức Lễ hội gồm 17 thành viên do đồng chí Phó Chủ tịch UBND huyện làm Trưởng ban.", 17, False),
    ("Thành lập Tổ công tác liên ngành gồm 09 thành viên.", 9, False),
    ("Hội đồng xét duyệt hồ sơ gồm 07 thành viên.", 7, False),
    # counter-cases: a contest's team, new members the plan strives for
    ("Mỗi huyện cử 01 đội gồm 04 thành viên tham gia hội thi.", 4, True),
    ("Phấn đấu thu hút 300 thành viên mới tham gia câu lạc bộ.", 300, True),
]


@pytest.mark.parametrize(("body", "value", "counted"), BOARDS)
def test_a_boards_members_are_no_quantity(body: str, value: float, counted: bool) -> None:
    assert (value in _values(body)) is counted

"""The thirtieth heldout round's failure classes (invented documents and lines, with counter-cases): a PDF
copy's closing block flattened with one space, the signer's bare title run onto the Nơi nhận label and the
name onto the last item; an attached document's '(Ban hành kèm theo ...)' line, hard-wrapped under its title,
kept on its own line so that the attached document is still read."""

from __future__ import annotations

import pytest

from vanban import parse_text
from vanban.normalize import normalize

# ---- the signer's bare title beside the Nơi nhận label ---------------------------------------------------------------

FLAT = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN ĐÔNG ANH Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND Đông Anh, ngày 04 tháng 3 năm 2029\n\nKẾ HOẠCH\nTổ chức Ngày hội đọc sách năm 2029\n\n"
        "1. Các xã tổ chức ít nhất 02 buổi giới thiệu sách trong tháng 4/2029.\n\n"
        "Nơi nhận: {title}\n- UBND thành phố (b/c);\n- Các xã, thị trấn;\n- Lưu: VT, VHTT. {name}\n")


@pytest.mark.parametrize("title, position, name", [
    ("CHỦ TỊCH", "Chủ tịch", "Trần Phong"),
    ("CHI CỤC TRƯỞNG", "Chi cục trưởng", "Nguyễn Hữu Danh"),
    ("GIÁM ĐỐC", "Giám đốc", "Lê Thị Ngọc Trâm"),
    ("TRƯỞNG BAN", "Trưởng ban", "Lò Văn Tiến"),
])
def test_a_bare_title_beside_the_label_is_the_signers(title: str, position: str, name: str) -> None:
    rec = parse_text(FLAT.format(title=title, name=name))
    assert rec.signer is not None and rec.signer.position == position and rec.signer.name == name
    items = [d.name for d in rec.distribution]
    assert items == ["UBND thành phố (b/c)", "Các xã, thị trấn", "Lưu: VT, VHTT"]


@pytest.mark.parametrize("label", ["Nơi nhận: UBND TỈNH", "Nơi nhận: - Như trên;"])
def test_an_item_beside_the_label_stays_an_item(label: str) -> None:
    # counter-cases: an upper-case body holding no title, a dashed item
    text = FLAT.format(title="", name="").replace("Nơi nhận: \n", label + "\n") + "CHỦ TỊCH\nTrần Phong\n"
    rec = parse_text(text)
    assert rec.distribution[0].name == label.split(": ", 1)[1].lstrip("- ").rstrip(";")
    assert rec.signer is not None and rec.signer.name == "Trần Phong" and rec.signer.position == "Chủ tịch"


# ---- an attached document's note line -------------------------------------------------------------------------------

WRAPPED = ("QUY CHẾ\nPhối hợp trong công tác quản lý thuế đối với hộ, cá nhân kinh doanh trên địa bàn thành phố\n"
           "{note} Quyết định số 318/QĐ-CCTKV ngày 21/3/2028 của Chi cục trưởng Chi\n"
           "cục Thuế khu vực Phan Rang - Ninh Hải)\n")


@pytest.mark.parametrize("note", ["(Ban hành kèm theo", "(Kèm theo", "*(Ban hành kèm theo"])
def test_the_attached_note_opens_its_own_line(note: str) -> None:
    text = normalize(WRAPPED.format(note=note)).text
    assert any(line.startswith(note.lstrip("*")) for line in text.split("\n"))
    assert "Chi cục Thuế" in text  # the note's own wrap is still joined: "Chi" / "cục Thuế"


PROSE = ("Quy chế này quy định nội dung, phương thức phối hợp giữa Chi cục Thuế và Ủy ban nhân dân các\n"
         "phường, xã trên địa bàn trong công tác quản lý thuế đối với hộ, cá nhân kinh doanh, bảo đảm thu\n"
         "đúng, thu đủ và kịp thời các khoản thu vào ngân sách nhà nước theo quy định của pháp luật về thuế\n"
         "hiện hành; tăng cường trách nhiệm của các cơ quan, đơn vị trong công tác tuyên truyền, hỗ trợ hộ\n"
         "kinh doanh thực hiện nghĩa vụ thuế, chống thất thu ngân sách, nợ đọng thuế kéo dài trên địa bàn\n"
         "{note} Luật Quản lý thuế số 38/2019/QH14 và văn bản hướng dẫn) các phường, xã thuộc thành phố\n"
         "Phan Rang - Tháp Chàm và huyện Ninh Hải, tỉnh Ninh Thuận; các nội dung khác không quy định tại\n"
         "Quy chế này thực hiện theo quy định của pháp luật về quản lý thuế, kế toán, hóa đơn, chứng từ và\n"
         "các văn bản hướng dẫn có liên quan của Bộ Tài chính, Tổng cục Thuế và Cục Thuế tỉnh Ninh Thuận.\n")


@pytest.mark.parametrize("note, own_line", [
    ("(Ban hành kèm theo", True),
    # counter-cases: a bracket that is no attached note continues the wrapped sentence above
    ("(Theo", False),
    ("(Quy định tại", False),
])
def test_only_the_attached_note_breaks_a_wrapped_paragraph(note: str, own_line: bool) -> None:
    out = normalize(PROSE.format(note=note)).text
    assert any(line.startswith(note) for line in out.split("\n")) is own_line
    assert "các phường, xã trên" in out  # the other wrapped lines are joined


DECISION = ("CỤC THUẾ TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCHI CỤC THUẾ KHU VỰC PHAN RANG Độc lập - Tự "
            "do - Hạnh phúc\nSố: 318/QĐ-CCTKV Phan Rang - Tháp Chàm, ngày 21 tháng 3 năm 2028\n\nQUYẾT ĐỊNH\nBan "
            "hành Quy chế phối hợp quản lý thuế đối với hộ kinh doanh\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo "
            "Quyết định này Quy chế phối hợp quản lý thuế đối với hộ kinh doanh.\nĐiều 2. Quyết định này có hiệu "
            "lực kể từ ngày ký.\n\nNơi nhận: CHI CỤC TRƯỞNG\n- Như Điều 2;\n- Lưu: VT. Nguyễn Hữu Danh\n\n"
            "QUY CHẾ\nPhối hợp trong công tác quản lý thuế đối với hộ, cá nhân kinh doanh trên địa bàn thành phố\n"
            "(Ban hành kèm theo Quyết định số 318/QĐ-CCTKV ngày 21/3/2028 của Chi cục trưởng Chi cục Thuế\n"
            "khu vực Phan Rang)\n\nĐiều 1. Chi cục Thuế cung cấp danh sách hộ nợ thuế cho UBND các phường trước\n"
            "ngày 10 hằng tháng; UBND các phường gửi kết quả phối hợp về Chi cục Thuế trước ngày 20 của\n"
            "tháng cuối quý.\n")


def test_the_attached_rules_duties_are_read() -> None:
    rec = parse_text(DECISION)
    assert sorted((d.recurrence.freq, d.recurrence.day) for d in rec.deadlines if d.recurrence) == [
        ("monthly", 10), ("quarterly", 20)]
    assert rec.signer is not None and rec.signer.name == "Nguyễn Hữu Danh"


# ---- quantities: counts of what was done, the state of a place, shares and durations --------------------------------

HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC\nSố: 41/{code}-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nKrông Pắc, ngày 12 tháng 11 năm 2027\n\n{title}\nKết quả công tác tháng 10\n\n")
TAIL = "\nNơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhan Văn Tài\n"


def _values(body: str, code: str = "KH", title: str = "KẾ HOẠCH") -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in parse_text(HEAD.format(code=code, title=title) + body + TAIL).quantities]


@pytest.mark.parametrize("line, want, unwanted", [
    # a record drawn up ('lập biên bản') is no hamlet's number ('bản 3')
    ("1. Lực lượng kiểm lâm đã phát hiện, lập biên bản 41 vụ vi phạm quy định về PCCCR.", (41, "vụ"), None),
    ("1. Đội Quản lý thị trường lập biên bản 12 trường hợp vi phạm.", (12, "trường hợp"), None),
    ("1. Bản 3 và bản 5 đạt chuẩn nông thôn mới.", None, 3),
    # 'sự' ends no unit in 'sự cố', 'sự kiện'; incidents recorded or that happened stay no result
    ("1. Trung tâm đã phát hiện, cảnh báo 1.264 lượt tấn công; phối hợp xử lý 47 sự cố.", (47, "sự cố"), None),
    ("1. Nhà văn hóa huyện tổ chức 12 sự kiện văn hóa, thể thao.", (12, "sự kiện"), None),
    ("1. Trong tháng ghi nhận 5 sự cố mất điện diện rộng.", None, 5),
    ("1. Trên địa bàn xảy ra 3 sự cố sạt lở taluy.", None, 3),
])
def test_what_was_handled_is_counted(line: str, want: tuple[float, str] | None, unwanted: float | None) -> None:
    values = _values(line, code="BC", title="BÁO CÁO")
    if want is not None:
        assert want in values
    if unwanted is not None:
        assert not any(v == unwanted for v, _ in values)


@pytest.mark.parametrize("line, unwanted, kept", [
    ("1. Hiện nay, nhiều tuyến đường xuống cấp; phường có 14 tổ dân phố, 3 buôn với hơn 21.000 nhân khẩu.",
     (14, 3, 21000), ()),
    ("1. Thị trấn có 9 khu phố với khoảng 12.300 nhân khẩu.", (9, 12300), ()),
    ("1. Xã có 12 thôn, 2 làng nghề truyền thống.", (12,), ()),
    # counter-cases: what the parts achieved, new ones, work done for them, people served
    ("1. Năm 2027, toàn xã có 5 thôn đạt chuẩn nông thôn mới kiểu mẫu.", (), (5,)),
    ("1. Trong năm có thêm 3 thôn đạt chuẩn văn hóa.", (), (3,)),
    ("1. Xã đã hỗ trợ 12 thôn xây dựng nhà văn hóa.", (), (12,)),
    ("1. Xã có 15 hộ thoát nghèo, 120 nhân khẩu được cấp thẻ BHYT.", (), (15, 120)),
])
def test_the_parts_and_people_a_place_has_are_its_state(line: str, unwanted: tuple[float, ...],
                                                        kept: tuple[float, ...]) -> None:
    values = [v for v, _ in _values(line, code="BC", title="BÁO CÁO")]
    assert not any(v in values for v in unwanted)
    assert all(v in values for v in kept)


@pytest.mark.parametrize("line, unwanted, kept", [
    # a share right after a figure set aside goes with it
    ("1. Số tiền chậm đóng toàn tỉnh tại thời điểm 30/6/2028 là 312 tỷ đồng, chiếm 3,3% số phải thu.", (312e9, 3.3), ()),
    ("1. Trên địa bàn xảy ra 11 vụ cháy rừng, bằng 60% cùng kỳ năm trước.", (11, 60), ()),
    # counter-case: a share after a result is a result
    ("1. Bảo hiểm xã hội tỉnh đã thu 4.385 tỷ đồng, chiếm 46,4% kế hoạch năm.", (), (4385e9, 46.4)),
    # a session of the day is a duration; sessions held are counted
    ("1. Kỳ họp dành 01 buổi sáng cho hoạt động chất vấn đối với 04 nhóm vấn đề.", (1,), (4,)),
    ("1. Lớp bồi dưỡng diễn ra trong 02 buổi chiều.", (2,), ()),
    ("1. Đã tổ chức 26 buổi tuyên truyền với hơn 4.300 lượt người tham dự.", (), (26, 4300)),
])
def test_shares_and_sessions(line: str, unwanted: tuple[float, ...], kept: tuple[float, ...]) -> None:
    values = [v for v, _ in _values(line, code="BC", title="BÁO CÁO")]
    assert not any(v in values for v in unwanted)
    assert all(v in values for v in kept)


@pytest.mark.parametrize("line, want", [
    # the dead and injured a plan means to cut are what it counts, no damage
    ("1. Phấn đấu giảm từ 5% trở lên số vụ, số người chết và số người bị thương do tai nạn giao thông.", (5, "%")),
    ("1. Phấn đấu giảm 10% số ca tử vong do sốt xuất huyết so với năm 2027.", (10, "%")),
    # tax owed is no tax rate
    ("1. Phấn đấu giảm nợ thuế hộ kinh doanh xuống dưới 5% tổng số thuế phải nộp.", (5, "%")),
    ("1. Thu hồi tiền thuế nợ đạt ít nhất 80% số nợ có khả năng thu.", (80, "%")),
])
def test_planned_cuts_are_targets(line: str, want: tuple[float, str]) -> None:
    assert want in _values(line)


@pytest.mark.parametrize("line", [
    "1. Năm 2027 xảy ra 186 vụ tai nạn giao thông, làm 94 người chết, 131 người bị thương.",
    "1. So với năm 2026 giảm 12 vụ, giảm 7 người chết.",
    "1. Hộ kinh doanh nộp thuế giá trị gia tăng 5% trên doanh thu.",
])
def test_damage_and_tax_rates_stay_unread(line: str) -> None:
    # counter-cases: damage that happened, and a rule's rate
    values = [v for v, _ in _values(line, code="BC", title="BÁO CÁO")]
    assert not any(v in values for v in (94, 131, 7, 5))


TELEGRAM = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\nSố: 07/CĐ-UBND\nĐắk Nông, ngày 09 tháng 3 năm 2028\nCÔNG ĐIỆN\n"
            "Về việc phòng cháy, chữa cháy rừng\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Chủ tịch UBND các huyện.\n"
            "Chủ tịch UBND tỉnh yêu cầu:\n1. {line}\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Trọng Yên\n")


@pytest.mark.parametrize("line, value, read", [
    ("Đôn đốc các chủ rừng hoàn thành phát dọn 120 km đường băng cản lửa trước ngày 20/3/2028.", 120, True),
    ("Các huyện nạo vét 15 km kênh mương dẫn nước chữa cháy.", 15, True),
    # a team it orders set up is counted, as h544's and h814's gold count such teams (round 73, 4ee9428)
    ("Các huyện thành lập 03 tổ công tác kiểm tra.", 3, True),
    # counter-case: a class held still needs a cue word
    ("Các huyện tổ chức 03 lớp tập huấn.", 3, False),
])
def test_works_a_telegram_orders(line: str, value: float, read: bool) -> None:
    values = [q.value for q in parse_text(TELEGRAM.format(line=line)).quantities]
    assert (value in values) is read


# ---- schedule: a duty not done yet, a broadcast run, a run of days on a day an occasion holds -----------------------

@pytest.mark.parametrize("line, dues", [
    # 'chưa <duty verb>' tells who has not done it: no duty due
    ("3. Hai bên tổ chức 04 đợt ra quân rà soát hộ kinh doanh chưa đăng ký thuế trong năm 2028.", []),
    ("3. Các hộ chưa hoàn thành nghĩa vụ thuế trong năm 2027 bị xử lý theo quy định.", []),
    # counter-cases: the duty itself, and a duty after a 'chưa' clause
    ("3. Các hộ kinh doanh mới đăng ký thuế trong tháng 12/2027.", ["2027-12-31"]),
    ("3. Các đơn vị chưa nộp báo cáo đề nghị nộp trước ngày 15/12/2027.", ["2027-12-15"]),
])
def test_a_duty_not_done_yet_is_no_deadline(line: str, dues: list[str]) -> None:
    rec = parse_text(HEAD.format(code="KH", title="KẾ HOẠCH") + line + TAIL)
    assert [d.due for d in rec.deadlines] == dues


@pytest.mark.parametrize("line, events", [
    # a broadcast over days is an occasion, also when a one-day occasion already holds its first day
    ("3. Công an tỉnh ra quân kiểm tra vào ngày 15/12/2027. Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên "
     "truyền về an toàn giao thông từ ngày 15/12/2027 đến hết ngày 29/02/2028.",
     [("2027-12-15", None), ("2027-12-15", "2028-02-29")]),
    ("3. Đài Truyền thanh huyện phát sóng phóng sự chuyên đề vào ngày 20/12/2027.", [("2027-12-20", None)]),
    # counter-cases: the same run of days told twice is one occasion; a broadcaster's deadline stays a deadline
    ("3. Hội trại diễn ra từ ngày 15/12/2027 đến ngày 17/12/2027. Các đội tham gia hội trại từ ngày 15/12/2027 đến "
     "ngày 17/12/2027.", [("2027-12-15", "2027-12-17")]),
    ("3. Đài Truyền thanh huyện phát sóng bản tin, gửi báo cáo trước ngày 20/12/2027.", []),
])
def test_broadcast_runs_and_ranges_on_an_occasions_day(line: str, events: list[tuple[str, str | None]]) -> None:
    rec = parse_text(HEAD.format(code="KH", title="KẾ HOẠCH") + line + TAIL)
    assert [(e.date, e.end) for e in rec.events] == events


# ---- a council's standing body on a letterhead line of its own ----------------------------------------------------

INVITE = ("{head}\nSố: 64/GM-HĐND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Hương Khê, ngày 02 tháng 12 năm 2027\n\nGIẤY MỜI\nDự Kỳ họp thứ mười hai\n\nTrân trọng kính mời các đại "
          "biểu dự họp.\n\nNơi nhận:\n- Lưu: VT.\nTM. THƯỜNG TRỰC HĐND\nPHÓ CHỦ TỊCH\nPhan Thị Thúy Nga\n")


@pytest.mark.parametrize("head, name, parent", [
    ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN HƯƠNG KHÊ\nTHƯỜNG TRỰC", "THƯỜNG TRỰC", "HỘI ĐỒNG NHÂN DÂN HUYỆN HƯƠNG KHÊ"),
    ("HĐND TỈNH QUẢNG NAM\nTHƯỜNG TRỰC HĐND", "THƯỜNG TRỰC HĐND", "HĐND TỈNH QUẢNG NAM"),
    # counter-cases: a council's two-line name is one body; its office under it was one already
    ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN HƯƠNG KHÊ", "HỘI ĐỒNG NHÂN DÂN HUYỆN HƯƠNG KHÊ", None),
    ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN HƯƠNG KHÊ\nVĂN PHÒNG", "VĂN PHÒNG", "HỘI ĐỒNG NHÂN DÂN HUYỆN HƯƠNG KHÊ"),
])
def test_a_standing_body_under_its_council(head: str, name: str, parent: str | None) -> None:
    rec = parse_text(INVITE.format(head=head))
    assert rec.issuer is not None and (rec.issuer.name, rec.issuer.parent) == (name, parent)

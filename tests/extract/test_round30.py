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

"""Normalize: residue removed, wrapped lines joined, offsets traceable to the original."""

from __future__ import annotations

import pytest

from vanban.normalize import normalize
from vanban.textutil import fold


def _check_map(raw: str) -> None:
    n = normalize(raw)
    for i, ch in enumerate(n.text):
        if ch in " \n*":
            continue
        assert raw[n.offsets.to_original(i)] == ch, (i, ch)


def test_markdown_residue_removed():
    raw = "**BCH ĐOÀN TỈNH BẾN TRE**\n\n\\*\\*\\*\n\nđánh giá *Tuyến phố* (*đường, hẻm*) **đúng thực chất**"
    n = normalize(raw)
    assert "**" not in n.text.replace("***", "") and "\\" not in n.text
    assert "\n***\n" in n.text  # the printed stars under the issuing body stay
    assert "đánh giá Tuyến phố (đường, hẻm) đúng thực chất" in n.text
    _check_map(raw)


def test_table_residue_and_bold_runs_across_lines():
    raw = "**ỦY BAN NHÂN\nDÂN**\n**TỈNH BẮC NINH**\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n|\n|\nSố: 471/QĐ-UBND\n|"
    n = normalize(raw)
    lines = n.text.split("\n")
    assert "ỦY BAN NHÂN DÂN" in lines and "TỈNH BẮC NINH" in lines
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert "|" not in n.text
    _check_map(raw)


def test_hard_wrapped_sentence_joined_but_list_items_kept():
    raw = ("Căn cứ Nghị định số\n81/2018/NĐ-CP ngày 22/5/2018 của Chính phủ quy định chi tiết Luật Thương mại về\n"
           "hoạt động xúc tiến thương mại;\n- Như Điều 3;\n- Bộ Công Thương;")
    n = normalize(raw)
    assert "về hoạt động xúc tiến" in n.text
    assert "\n- Như Điều 3;\n- Bộ Công Thương;" in n.text


def test_number_broken_after_hyphen_is_rejoined():
    assert "Số: 3783/QĐ-UBND" in normalize("Số: 3783/QĐ-\nUBND").text


def test_unbalanced_bold_marker_joins_nothing():
    raw = "- Kính gửi:**\n- Ban Thường vụ các Huyện, Thành đoàn;\n  - Đoàn trường học trực thuộc."
    assert normalize(raw).text.count("\n") == 2


def test_superscript_markers_kept_and_links_unwrapped():
    raw = "Hưng Yên⁶, Nghệ An⁷ (*email: [a.b@gmail.com](mailto:a.b@gmail.com)*)"
    n = normalize(raw)
    assert "Hưng Yên⁶, Nghệ An⁷" in n.text and "email: a.b@gmail.com" in n.text


def test_nfd_input_becomes_nfc_with_map():
    import unicodedata

    raw = unicodedata.normalize("NFD", "Kế hoạch số 35-KH/TĐTN")
    n = normalize(raw)
    assert n.text == "Kế hoạch số 35-KH/TĐTN"
    assert n.offsets.to_original(n.text.index("35")) == raw.index("35")


def test_tone_folding_for_matching_only():
    assert fold("hoà") == fold("hòa") and fold("Uỷ ban") == fold("Ủy ban")
    assert normalize("Thanh Hoá").text == "Thanh Hoá"  # reported text keeps its spelling


# Emphasis marks dropped or kept, one class a row: the patterns match the mark first and look behind
# it, so each row also pins where a mark may start (line start, after a space or an opening bracket).
@pytest.mark.parametrize(("raw", "want"), [
    ("**đúng thực chất**", "đúng thực chất"),
    ("__Tỉnh đoàn__ chỉ đạo", "Tỉnh đoàn chỉ đạo"),
    ("mã_số__x và a__b", "mã_số__x và a__b"),  # "__" inside a word is no mark
    ("*nghiêng* và (*đường, hẻm*)", "nghiêng và (đường, hẻm)"),
    ("“*Tuyến phố*”", "“Tuyến phố”"),
    ("5 * 3 = 15", "5 * 3 = 15"),  # a star between spaces is no italic mark
    ("kết thúc *", "kết thúc"),  # a lone star at the end of a line
    ("\\*ghi chú", "ghi chú"),
    ("2*3*4", "2*3*4"),
])
def test_emphasis_marks(raw: str, want: str) -> None:
    assert normalize(raw).text == want


def test_a_label_line_is_never_a_wrapped_lines_end():
    """A web copy's lines may look hard-wrapped; 'Chỉ tiêu cụ thể:' still heads its list."""
    lines = ["Công tác Đoàn và phong trào thanh thiếu nhi năm 2026 tại xã Tân Hưng",
             "Chỉ tiêu cụ thể:", "- Kết nạp 50 đoàn viên mới trong năm 2026 tại các chi đoàn ấp;"]
    filler = [f"Đoàn viên chi đoàn ấp {i} tham gia các hoạt động tình nguyện cùng Đoàn xã Tân" for i in range(10)]
    text = normalize("\n".join(filler + lines) + "\n").text
    assert "\nChỉ tiêu cụ thể:\n" in text


def test_a_numbers_line_without_its_colon_is_never_a_wrapped_lines_end():
    """A text copied from OCR with hard-wrapped body lines: the số hiệu line under a long date line ('Sô 58-TB/ĐU',
    no colon) stays a line of its own, while a wrapped sentence going on with 'Số 35 ...' (an address) is joined."""
    filler = [f"Các chi bộ tổ chức học tập, quán triệt nghị quyết đến toàn thể đảng viên trong đảng bộ {i}"
              for i in range(10)]
    head = ["        ^                     Ea Tul, ngảy 09 tháng 3 nám 2027 tại hội trường", "Sô 58-TB/ĐU"]
    text = normalize("\n".join(head + filler) + "\n").text
    assert "\nSô 58-TB/ĐU\n" in text
    address = ["Địa điểm: Hội trường tầng 3, Trung tâm Hành chính công tỉnh, đường Hai Bà Trưng, phường",
               "Số 35 là trụ sở mới của Trung tâm."]
    assert "phường Số 35" in normalize("\n".join(filler + address) + "\n").text

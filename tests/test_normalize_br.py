"""Normalize (nineteenth heldout round): a web page converted to markdown joins a cell's lines with <br> tags
('| UBND TỈNH PHÚ THỌ<br>**SỞ ...** | ... |'): each cell's k-th line goes into the k-th row, as a two-column
header typed as a table is; a tag elsewhere is a line break; a markdown table's rows are never wrap-joined,
even in a text whose other lines look hard-wrapped. Invented texts, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text
from vanban.normalize import normalize

HEADER = ("| UBND TỈNH PHÚ THỌ<br>**SỞ VĂN HÓA**<br/>Số: 418/KH-SVH | **CỘNG HÒA**<BR>**Độc lập** |\n"
          "|---|---|\n")


def test_a_cells_lines_become_rows() -> None:
    n = normalize(HEADER)
    assert n.text.splitlines() == ["| UBND TỈNH PHÚ THỌ | CỘNG HÒA |", "| SỞ VĂN HÓA | Độc lập |",
                                   "| Số: 418/KH-SVH |  |"]
    assert "split 1 lines at their <br> tags" in n.changes


@pytest.mark.parametrize("word", ["UBND TỈNH PHÚ THỌ", "SỞ VĂN HÓA", "Số: 418/KH-SVH", "CỘNG HÒA", "Độc lập"])
def test_each_moved_piece_maps_back_to_its_place(word: str) -> None:
    n = normalize(HEADER)
    at = n.text.index(word)
    start = n.offsets.to_original(at)
    assert n.original[start:start + len(word)] == word


def test_a_tag_in_a_paragraph_is_a_line_break() -> None:
    n = normalize("Nơi nhận:<br>- Như trên;<br>- Lưu: VT.\n")
    assert n.text.splitlines() == ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]


@pytest.mark.parametrize("text", [
    "Sản phẩm <brand> mới của hợp tác xã.\n",  # no tag: a word that opens like one
    "| Xã | Hội viên mới |\n| Xuân Hồng | 86 |\n",  # a table without tags stays as it is
])
def test_texts_without_tags_are_unchanged(text: str) -> None:
    n = normalize(text)
    assert not any("<br>" in c for c in n.changes)
    assert "<brand>" in n.text or n.text.splitlines() == ["| Xã | Hội viên mới |", "| Xuân Hồng | 86 |"]


def test_table_rows_in_a_hard_wrapped_text_stay_lines() -> None:
    wrapped = "Ban Thường vụ Huyện đoàn đề nghị các cơ sở Đoàn triển khai thực hiện tốt các nội dung\n" * 10
    table = ("| STT | Hoạt động | Thời gian |\n"
             "| 1 | Triển lãm ảnh về quê hương đất nước trong những ngày tháng Tư lịch sử | Từ 05/4 đến 20/4/2027 |\n"
             "| 2 | Giải bóng chuyền hơi các câu lạc bộ người cao tuổi toàn tỉnh năm 2027 | 10/4 - 11/4/2027 |\n")
    lines = normalize(wrapped + "\n" + table).text.splitlines()
    assert [ln for ln in lines if ln.startswith("|")] == table.splitlines()


# A converter that joins a cell's paragraphs with a space keeps each one's emphasis (heldout round 29, h318): the
# runs, the Nơi nhận items and the V/v after the số hiệu are the cell's lines, as <br>-joined ones are.
RUNS = ("| **KHO BẠC NHÀ NƯỚC** **KHO BẠC NHÀ NƯỚC KHU VỰC II** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** "
        "**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n"
        "| Số: 215/KBKV2-KSC V/v hướng dẫn chi cuối năm 2028 | *Vinh, ngày 20 tháng 11 năm 2028* |\n\n"
        "**Kính gửi:** Các đơn vị sử dụng ngân sách.\n\nĐề nghị các đơn vị thực hiện.\n\n"
        "| **Nơi nhận:** - Như trên; - Sở Tài chính; - Lưu: VT, KSC. | **KT. GIÁM ĐỐC** **PHÓ GIÁM ĐỐC** *(đã ký)* "
        "**Trần Văn Hòa** |\n|---|---|\n")


def test_a_cells_joined_paragraphs_become_rows() -> None:
    lines = normalize(RUNS).text.splitlines()
    assert lines[:4] == ["| KHO BẠC NHÀ NƯỚC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                         "| KHO BẠC NHÀ NƯỚC KHU VỰC II | Độc lập - Tự do - Hạnh phúc |",
                         "| Số: 215/KBKV2-KSC | Vinh, ngày 20 tháng 11 năm 2028 |",
                         "| V/v hướng dẫn chi cuối năm 2028 |  |"]
    assert "| - Như trên; | PHÓ GIÁM ĐỐC |" in lines


def test_a_cells_joined_paragraphs_give_the_header_and_closing() -> None:
    rec = parse_text(RUNS)
    assert rec.issuer is not None and rec.issuer.name == "KHO BẠC NHÀ NƯỚC KHU VỰC II"
    assert rec.number is not None and rec.number.normalized == "215/KBKV2-KSC"
    assert rec.subject is not None and "hướng dẫn chi cuối năm 2028" in rec.subject
    assert rec.signer is not None and (rec.signer.name, rec.signer.position) == ("Trần Văn Hòa", "Phó Giám đốc")
    assert [d.name for d in rec.distribution] == ["Như trên", "Sở Tài chính", "Lưu: VT, KSC"]


@pytest.mark.parametrize("text", [
    "| STT | **Nội dung** | Số lượng |\n|---|---|---|\n| 1 | **Tổng cộng** | 5 |\n",  # one bold run a cell
    "Công văn số 12/UBND V/v triển khai kế hoạch đã được ban hành.\n",  # a V/v in a paragraph
    "| 2 | Công văn 12/UBND V/v triển khai | 5 |\n",  # a V/v in a body table's cell, no số hiệu label
])
def test_rows_without_joined_paragraphs_are_not_split(text: str) -> None:
    n = normalize(text)
    assert not [c for c in n.changes if c.startswith("split")]
    assert len(n.text.splitlines()) <= len(text.splitlines())

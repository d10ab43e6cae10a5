"""Telex residue (twenty-third heldout round, h248): words typed on an English keyboard with the input method off
are read back when the document or the tables write the word with its marks; abbreviations, addresses, English
words and unknown readings stay as typed."""

from __future__ import annotations

import pytest

from vanban.ingest import read_text_bytes, telex

HEAD = "BÁO CÁO\nTình hình dịch bệnh không có trường hợp tử vong, đường giao thông\n\n"


@pytest.mark.parametrize("typed, read", [
    ("UBND phường Ninh Kiều baos caos nhuw sau:", "UBND phường Ninh Kiều báo cáo như sau:"),
    ("trên địa bàn khoong có ổ dịch mới.", "trên địa bàn không có ổ dịch mới."),
    ("Các thôn nạo vét dduwowngf nội đồng.", "Các thôn nạo vét đường nội đồng."),
    ("Baos caos kết quả.", "Báo cáo kết quả."),  # a capital first letter kept
])
def test_residue_read_back(typed: str, read: str) -> None:
    out, done = telex.repair(HEAD + typed)
    assert out == HEAD + read and done


@pytest.mark.parametrize("text", [
    "Ban Bí thư TW Đoàn; BCH TW.",                       # abbreviations in capitals
    "Email: admin@hust.edu.vn, https://forms.gle/abcs",  # an address's letters
    "Bài viết trên trang news của Zalo, link class.",    # English words: no Telex reading is a known word
    "Mã lớp: toas, ghi chú: xyzs.",                       # readings no text or table writes
])
def test_what_stays_as_typed(text: str) -> None:
    assert telex.repair(HEAD + text) == (HEAD + text, [])


def test_a_text_file_says_what_was_read_back() -> None:
    got = read_text_bytes((HEAD + "UBND phường baos caos nhuw sau:\n").encode("utf-8"))
    assert "báo cáo như sau" in got.text
    assert any("Telex" in n for n in got.notes)

"""A chat message or a post without a letter date (issue 10 part A): nothing is invented from a date
that is not printed, what is printed is still read, and a message's stamp ("Lý Thị Bé, 20:15
14/9/2026") is what its relative dates count from, never its issuing date. Invented messages."""

from __future__ import annotations

from datetime import date

import pytest

from vanban import parse_text
from vanban.extract.header import posted_date

MESSAGE = (
    '[Nhóm Zalo "BCH Chi đoàn khu phố 3"]\n'
    "{sender}\n"
    "THÔNG BÁO\n"
    "Các bạn đoàn viên lưu ý:\n"
    "1. Nộp đoàn phí quý IV cho bạn Hùng trước ngày 15 của tháng sau.\n"
    "2. Ngày 20/11/2026 tổ chức sinh hoạt chuyên đề tại hội trường phường.\n"
    "3. Chi đoàn phấn đấu kết nạp ít nhất 05 đoàn viên mới.\n"
    "Thực hiện Kế hoạch số 45-KH/ĐTN ngày 02/10/2026 của Đoàn phường.\n"
    "Bạn nào bận báo mình nha 😊\n")


@pytest.mark.parametrize("first_lines, expected", [
    ("Chi hội trưởng Lý Thị Bé, 20:15 14/9/2026\nTHÔNG BÁO\n", date(2026, 9, 14)),
    ("Đoàn Phường 5\n14/09/2026 lúc 20:15\nTHÔNG BÁO\n", date(2026, 9, 14)),
    ("Trang chủ > Tin tức\nĐăng ngày: 14/9/2026\nTHÔNG BÁO\n", date(2026, 9, 14)),
    ("Cập nhật lúc 07h30, 03-10-2026\nTHÔNG BÁO\n", date(2026, 10, 3)),
    # counter-cases: a letter's place-date line, a number, a phone number, a date further down
    ("HUYỆN ĐOÀN AN LẠC\nAn Lạc, ngày 14 tháng 9 năm 2026\nTHÔNG BÁO\n", None),
    ("Số: 12/2026/QĐ-UBND\nHotline 0912.345.678\n", None),
    ("THÔNG BÁO\nA\nB\nC\nD\nHọp lúc 20:15 14/9/2026\n", None),
    ("Gửi lúc 20:15 31/9/2026\n", None),  # no such day
])
def test_a_posts_stamp(first_lines: str, expected: date | None) -> None:
    assert posted_date(first_lines) == expected


def test_a_message_without_a_date_invents_nothing_and_reads_the_rest() -> None:
    rec = parse_text(MESSAGE.format(sender="Bí thư Trần Minh Khoa"))
    assert rec.issued_date is None
    assert rec.deadlines == []  # "tháng sau" has nothing to count from
    assert [e.date for e in rec.events] == ["2026-11-20"]
    assert [(c.number, c.date) for c in rec.citations] == [("45-KH/ĐTN", "2026-10-02")]
    assert [(q.value, q.comparator) for q in rec.quantities] == [(5, "gte")]
    assert rec.doc_type is not None and rec.doc_type.code == "TB"


def test_a_messages_stamp_anchors_its_relative_dates_only() -> None:
    rec = parse_text(MESSAGE.format(sender="Bí thư Trần Minh Khoa, 21:05 10/11/2026"))
    assert rec.issued_date is None  # a stamp is no issuing date
    assert [d.due for d in rec.deadlines] == ["2026-12-15"]
    assert [e.date for e in rec.events] == ["2026-11-20"]


def test_a_letters_own_date_wins_over_a_stamp() -> None:
    text = ("Đăng ngày: 01/12/2026\nHUYỆN ĐOÀN AN LẠC\nSố 12-TB/HĐTN\nAn Lạc, ngày 14 tháng 9 năm 2026\n\nTHÔNG BÁO\n"
            "Về thu đoàn phí\n\nCác chi đoàn nộp đoàn phí trước ngày 10 của tháng sau.\n")
    rec = parse_text(text)
    assert rec.issued_date == "2026-09-14"
    assert [d.due for d in rec.deadlines] == ["2026-10-10"]


@pytest.mark.parametrize("line, events", [
    ("2. Ngày 20/11/2026 tổ chức sinh hoạt chuyên đề tại hội trường.", ["2026-11-20"]),
    ("Ngày 20/11/2026 (Thứ Sáu) ra quân dọn vệ sinh khu phố.", ["2026-11-20"]),
    # counter-cases: a date opening a sentence without an occasion's verb
    ("Ngày 20/11/2026 các bạn nộp bài dự thi cho Ban Tổ chức.", []),
    ("Ngày 20/11/2026 là ngày Nhà giáo Việt Nam.", []),
])
def test_a_date_opening_a_line_before_its_occasion(line: str, events: list[str]) -> None:
    text = "HUYỆN ĐOÀN AN LẠC\nSố 13-TB/HĐTN\nAn Lạc, ngày 05 tháng 11 năm 2026\n\nTHÔNG BÁO\nVề sinh hoạt\n\n" + line + "\n"
    assert [e.date for e in parse_text(text).events] == events

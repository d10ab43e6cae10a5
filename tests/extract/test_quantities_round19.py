"""Quantities of the nineteenth heldout round's failure classes (invented sentences, with
counter-cases): a message's '≥' before a count, a markdown column headed by the members it counts ('Hội viên
mới'), and a whole cut into parts ('Chia làm 02 đợt')."""

from __future__ import annotations

import pytest

from vanban.context import Context
from vanban.extract.quantities import extract as quantities


def found(text: str, doc_type: str = "TB") -> list[tuple[float, str | None, str]]:
    return [(q.value, q.unit, q.comparator) for q in quantities(Context(text=text + "\n", doc_type=doc_type))]


@pytest.mark.parametrize("text, expected", [
    ("📅 Ngày hội hiến máu: chỉ tiêu ≥ 60 đơn vị máu", [(60, "đơn vị máu", "gte")]),
    ("🎯 Chỉ tiêu chung: mỗi chi đoàn ≥ 10 đoàn viên tham gia mỗi hoạt động.", [(10, "đoàn viên", "gte")]),
    ("- Phấn đấu số vụ tai nạn giảm, số vụ mỗi tháng < 5 vụ.", [(5, "vụ", "lt")]),
    # counter-cases: a measure's name before the sign is a rule's threshold
    ("Khi chỉ số VN_AQI ≥ 301, các trường cho học sinh nghỉ học.", []),
    ("Nồng độ PM2.5 > 50 thì hạn chế ra ngoài.", []),
])
def test_a_sign_before_a_count(text: str, expected: list) -> None:
    assert found(text, "KH") == expected


def test_a_column_headed_by_the_members_it_counts() -> None:
    text = ("I. KẾT QUẢ ĐẠT ĐƯỢC\n"
            "| Xã | Hội viên mới | Tỷ lệ tập hợp |\n"
            "| Xuân Hồng | 86 | 91,5% |\n"
            "| Xuân Lập | 64 | 88,2% |\n")
    assert found(text, "BC") == [(86, "hội viên", "eq"), (91.5, "%", "eq"), (64, "hội viên", "eq"), (88.2, "%", "eq")]


def test_a_column_of_other_words_counts_nothing() -> None:
    # counter-case: a header that names no count ("Ghi chú") leaves its bare figures alone
    text = ("I. KẾT QUẢ ĐẠT ĐƯỢC\n"
            "| Xã | Ghi chú |\n"
            "| Xuân Hồng | 86 |\n")
    assert found(text, "BC") == []


@pytest.mark.parametrize("text, expected", [
    ("Học tập chuyên đề chia làm 02 đợt: đợt 1 từ ngày 01 đến ngày 15/6/2027.", []),
    ("Ban Tổ chức chia thành 04 bảng đấu.", []),
    # counter-case: rounds planned are counted
    ("Tổ chức ít nhất 02 đợt tuyên truyền cao điểm trong quý I/2027.", [(2, "đợt", "gte")]),
])
def test_a_whole_cut_into_parts(text: str, expected: list) -> None:
    assert found(text, "KH") == expected

"""A long-lived process (vanban serve, an import worker) must not grow with every document it parses.

spaCy's StringStore never forgets a string: a Doc whose one token held the whole text kept every
parsed document in memory (about 29 kB each). The parse path must leave the vocabulary as it found it.
"""

from __future__ import annotations

from vanban import load, parse_text

PARSES = 40

TEXT = """BAN CHẤP HÀNH TRUNG ƯƠNG
ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN TỈNH KIÊN GIANG
Số: {n}-KH/TĐTN-BTG
Rạch Giá, ngày {d} tháng 3 năm 2024

KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2024 (lần {n})

Căn cứ Kế hoạch số 12-KH/TWĐTN-ĐKT ngày 05/01/2024 của Ban Bí thư Trung ương Đoàn;
phấn đấu 100% cơ sở đoàn tham gia, thực hiện ít nhất {n} công trình thanh niên.
Các đơn vị báo cáo kết quả trước ngày {d}/4/2024 về Ban Tuyên giáo Tỉnh đoàn.
Từ khóa riêng lần này: mã{n}x{d}.
"""


def test_parse_text_leaves_the_string_store_alone() -> None:
    nlp = load()
    parse_text(TEXT.format(n=999, d=28))  # first parse may intern the pipeline's own constants
    before = len(nlp.vocab.strings)
    for i in range(1, PARSES + 1):
        record = parse_text(TEXT.format(n=i, d=1 + i % 27))
        assert record.number is not None and record.number.normalized == f"{i}-KH/TĐTN-BTG"
    assert len(nlp.vocab.strings) == before

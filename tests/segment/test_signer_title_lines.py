"""A second title line above the signer's name (scan03: 'TRƯỞNG BAN' / 'CHỦ TỊCH UBND TỈNH' / name) is
no name, also when OCR dropped its marks; an upper-case name that merely looks like a one-word
position ('TRƯƠNG' without marks is 'TRƯỞNG') stays a name."""

from __future__ import annotations

import pytest

from vanban import parse_text

DECISION = """ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
BAN CHỈ ĐẠO 138
Số: 04/QĐ-BCĐ138

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ngãi, ngày 05 tháng 02 năm 2025

QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ đạo

Điều 1. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, NC.

TRƯỞNG BAN

{second}
{name}
"""


@pytest.mark.parametrize("second, name", [
    ("CHỦ TỊCH UBND TỈNH", "Nguyễn Hoàng Giang"),
    ("CHU TỊCH UBND TINH", "Nguyễn Hoàng Giang"),      # as OCR reads it
    ("CHU TICH UY BAN NHAN DAN TINH", "Nguyễn Hoàng Giang"),
    ("", "TRƯƠNG VĂN AN"),                              # an upper-case name right under the position
])
def test_a_second_title_line_is_not_the_name(second, name):
    signer = parse_text(DECISION.format(second=second, name=name)).signer
    assert signer is not None and signer.position == "Trưởng ban"
    assert signer.name is not None and signer.name.casefold() == name.casefold()

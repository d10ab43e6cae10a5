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


# ---- an e-copy stamp printed at the top is no letterhead (a 300 dpi render of an e-signed PDF) --------

STAMPED_TOP = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI

Số: 565/TB-UBND

{stamp}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ngãi, ngày 15 tháng 11 năm 2024

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh

Ngày 12/11/2024, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.
"""


@pytest.mark.parametrize("stamp", [
    "TRUNG TÂM CÔNG\nBẢO VÀ TIN HỌC\nttcbth()quangngai.gov.vn\n18.11.2024 07:25:14\n+07:00",  # as OCR reads it
    "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC\nttcbth@quangngai.gov.vn\n18.11.2024 07:25:14 +07:00",
    "SỞ TƯ PHÁP\nThời gian ký: 18.11.2024 07:25:14",
])
def test_an_ecopy_stamp_is_not_the_issuer(stamp):
    rec = parse_text(STAMPED_TOP.format(stamp=stamp))
    assert rec.issuer is not None and rec.issuer.name == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"


def test_a_letterhead_line_apart_from_a_stamp_is_kept():
    """The stamp's marker must follow in the same run of lines: a blank line ends the run."""
    text = STAMPED_TOP.replace("TỈNH QUẢNG NGÃI\n\nSố: 565/TB-UBND", "TỈNH QUẢNG NGÃI\nSố: 565/TB-UBND").format(
        stamp="ttcbth@quangngai.gov.vn")
    rec = parse_text(text)
    assert rec.issuer is not None and rec.issuer.name == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"

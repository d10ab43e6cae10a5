"""Heldout round 63 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

NOTICE = ("UBND TỈNH BÌNH AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN QUẢN LÝ DỰ ÁN\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 14/TB-BQLDA\tBình An, ngày 10 tháng 02 năm 2033\n\nTHÔNG BÁO\nKết luận cuộc họp tiến độ dự án\n\n")
TAIL = "\nNơi nhận:\n- Các nhà thầu;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nTrần Văn Nam\n"


def _figures(body: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit or "", q.comparator) for q in parse_text(NOTICE + body + TAIL).quantities]


# ---- the works' time a plan sets ("thời gian thi công không quá 540 ngày") -----------------------------------------

WORKS_TIME = [
    # a planned duration of the works under a bound: counted, the bound kept
    ("b) Khởi công gói thầu XL-07 trong tháng 4/2033; thời gian thi công không quá 420 ngày kể từ ngày khởi công.",
     [(420, "ngày", "lte")]),
    ("1. Các hộ khởi công xây nhà trong tháng 3/2033; thời gian thi công mỗi nhà không quá 75 ngày.",
     [(75, "ngày", "lte")]),
    ("Các trường thi công trong dịp hè, thời gian thi công mỗi công trình không quá 45 ngày; hoàn thành trước ngày "
     "15/8/2033.", [(45, "ngày", "lte")]),
    # counter-cases: the works' dates, an event's length, a deadline's span and a clock time are no count
    ("Thời gian thi công: từ ngày 01/3/2033 đến ngày 30/6/2033.", []),
    ("Thời gian: 02 ngày, từ ngày 24/3/2033 đến ngày 25/3/2033.", []),
    ("Nhà thầu khắc phục tồn tại trong thời hạn 07 ngày kể từ ngày nhận được thông báo.", []),
    ("Nhà thầu lập lại tiến độ, thời gian thi công gửi Ban trước 16 giờ ngày 20/02/2033.", []),
]


@pytest.mark.parametrize(("body", "figures"), WORKS_TIME)
def test_the_works_time_a_plan_sets_is_counted(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == figures

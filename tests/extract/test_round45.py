"""The forty-fifth heldout round's failure classes (invented documents, with counter-cases): what an inspection found
still left at its own moment ("Tại thời điểm kiểm tra, trên địa bàn huyện còn 7 công trình vi phạm chưa được xử lý,
2 công trình ..."), whose figures were counted as results, where "Hiện nay, ... còn" was already the state."""

from __future__ import annotations

import pytest

from vanban import parse_text

NOTICE_HEAD = ("UBND TỈNH AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "SỞ XÂY DỰNG\tĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 51/TB-SXD\tAn Bình, ngày 05 tháng 10 năm 2029\n\n"
               "THÔNG BÁO\nKết luận kiểm tra công tác quản lý trật tự xây dựng\n\n"
               "Sở Xây dựng thông báo kết luận như sau:\n\n")
NOTICE_TAIL = "\nNơi nhận:\n- UBND huyện Tân Lạc;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Bình\n"


def _figures(body: str) -> list[tuple[float, str]]:
    return sorted((q.value, q.unit) for q in parse_text(NOTICE_HEAD + body + NOTICE_TAIL).quantities)


INSPECTION_MOMENT = [
    ("Tại thời điểm kiểm tra, trên địa bàn huyện còn 7 công trình vi phạm chưa được xử lý dứt điểm, "
     "2 nhà ở xây dựng lấn chiếm hành lang đường bộ.\n", []),
    ("Tại thời điểm báo cáo, toàn xã còn 12 hộ chưa bàn giao mặt bằng.\n", []),
    # counter-cases: what was done at that moment is a result; what is planned after it a target
    ("Tại thời điểm kiểm tra, Đoàn đã kiểm tra ngẫu nhiên 54 công trình.\n", [(54, "công trình")]),
    ("Đoàn kiểm tra 54 công trình, phát hiện 9 công trình xây dựng sai phép.\n", [(9, "công trình"), (54, "công trình")]),
    ("UBND huyện chỉ đạo xử lý dứt điểm 7 công trình vi phạm trước ngày 30/11/2029.\n", [(7, "công trình")]),
]


@pytest.mark.parametrize(("body", "expected"), INSPECTION_MOMENT)
def test_what_an_inspection_found_left_is_the_state(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected

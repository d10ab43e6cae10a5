"""The forty-fifth heldout round's failure classes (invented documents, with counter-cases): what an inspection found
still left at its own moment ("Tại thời điểm kiểm tra, trên địa bàn huyện còn 7 công trình vi phạm chưa được xử lý,
2 công trình ..."), whose figures were counted as results, where "Hiện nay, ... còn" was already the state; a share of a sum paid by a
budget level told with a scale word ("(ngân sách xã 186 triệu đồng, ...)"), read as the name "xã 186" and left unread;
fees collected ("thu lệ phí chứng thực trên 2,9 tỷ đồng"), read as a fee's rate and left unread."""

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


# ---- a budget level's share in a scaled sum, and fees collected, are amounts ------------------------------------------

AMOUNTS = [
    ("Mua 01 xe thu gom với tổng kinh phí 486 triệu đồng (ngân sách xã 186 triệu đồng, nhân dân đóng góp 300 triệu "
     "đồng).\n", [(1, "xe"), (186000000, "đồng"), (300000000, "đồng"), (486000000, "đồng")]),
    ("Đã chứng thực 412.380 bản sao; thu lệ phí chứng thực trên 2,9 tỷ đồng, nộp ngân sách theo quy định.\n",
     [(412380, "bản sao"), (2900000000, "đồng")]),
    # counter-cases: a scaled ordinal is still a name's number; a fee's rate stays a rule
    ("Tổ chức Lễ đón vị khách quốc tế thứ 4,5 triệu vào ngày 18/12/2029.\n", []),
    ("Mức thu lệ phí cấp Phiếu lý lịch tư pháp là 200.000 đồng/lần.\n", []),
    ("Lệ phí đăng ký kết hôn là 1.500.000 đồng/trường hợp.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), AMOUNTS)
def test_a_budget_share_and_fees_collected_are_amounts(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected

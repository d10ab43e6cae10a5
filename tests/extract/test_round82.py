"""Heldout round 82 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

PLAN = ("ỦY BAN NHÂN DÂN\nXÃ HƯNG THỊNH\nSố: 21/KH-UBND\nHưng Thịnh, ngày 05 tháng 3 năm 2036\nKẾ HOẠCH\n"
        "Phát triển giao thông nông thôn năm 2036\n{body}\n"
        "Nơi nhận:\n- UBND huyện (b/c);\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Toàn\n")


def _quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in parse_text(text).quantities]


# 1. A table of one cell a line whose rows are named by a part of a place and its numbers ("Khu phố 1, 2", "Thôn 5",
# "Tổ 3 và 4"): the name's digits are no figure, the row reads as one named in words (fixed: h912's 15 cells)
NUMBERED = ("II. PHÂN BỔ CHỈ TIÊU\nTT\nĐơn vị\nĐường bê tông (km)\nCống thoát nước (cái)\n"
            "1\n{a} 1, 2\n1,8\n6\n2\n{a} 3\n1,2\n4\n3\n{b} 4 và 5\n2,5\n9\nTổng cộng\n5,5\n19\n")


@pytest.mark.parametrize(("a", "b"), [("Thôn", "Thôn"), ("Khu phố", "Tổ"), ("Ấp", "Xóm")])
def test_rows_named_by_a_place_part_and_its_numbers(a: str, b: str) -> None:
    found = _quantities(PLAN.format(body=NUMBERED.format(a=a, b=b)))
    for expected in [(1.8, "km"), (6, "cái"), (1.2, "km"), (4, "cái"), (2.5, "km"), (9, "cái")]:
        assert expected in found


def test_rows_named_by_another_word_and_a_number_stay_unread() -> None:
    # counter-case: "Mục 1, 2" names no part of a place (quantity_cues.tsv numbered_row): no table is told apart
    found = _quantities(PLAN.format(body=NUMBERED.format(a="Mục", b="Mục")))
    assert (1.8, "km") not in found and (2.5, "km") not in found


# 2. Readers' comments under a fanpage's post, after the post's counters line below the signature, are no figures of
# the document (fixed: h917's 4, h878's 2, h843's 2, h669's 1)
POST = ("Đoàn xã Hưng Thịnh\n12 tháng 6 lúc 19:05\n{top}KẾ HOẠCH\nTổ chức hoạt động hè năm 2036\n"
        "1. Tổ chức 08 lớp dạy bơi cho khoảng 200 thiếu nhi.\n2. Thực hiện 03 công trình thanh niên.\n"
        "TM. BAN CHẤP HÀNH\nBÍ THƯ\nĐinh Thị Mai\n{counters}\nNguyễn Văn An\nChi đoàn em năm ngoái làm 5 công trình ạ 😁\n"
        "Thích · Phản hồi · 1 ngày\n")


def test_figures_in_comments_under_the_post_are_no_quantities() -> None:
    found = _quantities(POST.format(top="", counters="👍❤️ 126 · 14 bình luận · 9 lượt chia sẻ"))
    assert (8, "lớp") in found and (3, "công trình") in found
    assert (5, "công trình") not in found


@pytest.mark.parametrize(("top", "counters"), [
    # counter-cases: without a counters line the lines under the signature are read as before; a counters line above
    # the signature (the post's top) cuts nothing of the body
    ("", ""),
    ("👍 45 · 3 bình luận\n", ""),
])
def test_without_counters_below_the_signature_nothing_is_cut(top: str, counters: str) -> None:
    found = _quantities(POST.format(top=top, counters=counters))
    assert (8, "lớp") in found and (3, "công trình") in found and (5, "công trình") in found


# 3. A one-line copy runs its numbered headings in capitals into the first sentence: under a run-on heading on the
# unit's situation ("I. ĐẶC ĐIỂM TÌNH HÌNH Hội ... có 12 chi hội"), the figures are the state, as under the same
# heading on its own line (fixed: h918's 3)
ONE_LINE = ("Mình gửi báo cáo: HỘI LHPN HUYỆN AN LÃO BCH HỘI LHPN XÃ AN TÂN Số: 09/BC-HPN An Tân, ngày 12 tháng 6 năm "
            "2036 BÁO CÁO Kết quả công tác Hội 6 tháng đầu năm 2036 Ban Thường vụ Hội LHPN xã báo cáo như sau: "
            "I. {heading} Hội LHPN xã có 9 chi hội với 1.204 hội viên. II. KẾT QUẢ THỰC HIỆN 1. Tuyên truyền: các chi hội "
            "tổ chức 24 buổi sinh hoạt chuyên đề với 860 lượt hội viên tham dự. Nơi nhận: - Hội LHPN huyện; - Lưu VT. "
            "TM. BAN THƯỜNG VỤ CHỦ TỊCH Đặng Thị Hoa\n")


def test_a_run_on_situation_heading_makes_its_figures_the_state() -> None:
    found = _quantities(ONE_LINE.format(heading="ĐẶC ĐIỂM TÌNH HÌNH"))
    assert (9, "chi hội") not in found and (1204, "hội viên") not in found
    assert (24, "buổi sinh hoạt") in found or (24, "buổi") in found


def test_a_run_on_heading_of_results_keeps_its_figures() -> None:
    # counter-case: a heading of what was done is no situation's
    found = _quantities(ONE_LINE.format(heading="KẾT QUẢ KẾT NẠP"))
    assert (1204, "hội viên") in found

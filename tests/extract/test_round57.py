"""Heldout round 57 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\tĐộc lập - Tự do - "
          "Hạnh phúc\nSố: 75/BC-SVHTTDL\tAn Hòa, ngày 20 tháng 11 năm 2030\n\nBÁO CÁO\nKết quả công tác năm 2030\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nLê Văn Bình\n"


def _figures(head: str, body: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit or "", q.comparator) for q in parse_text(head + body + TAIL).quantities]


# ---- a passive qualifying the counted noun of the present state ("hiện có N ... đã được ...") ------------------

STATE_QUALIFIED = [
    # the parts of a state whose noun a passive qualifies are the state too
    ("Toàn tỉnh hiện có 512 di tích đã được xếp hạng, trong đó có 03 di tích quốc gia đặc biệt, 58 di tích cấp "
     "quốc gia và 451 di tích cấp tỉnh. Năm 2030, Sở đã tu bổ 17 di tích.", [(17, "di tích", "eq")]),
    ("Toàn huyện hiện có 46 trường học đã được công nhận đạt chuẩn quốc gia, trong đó có 18 trường mầm non. "
     "Trong năm đã sửa chữa 9 phòng học.", [(9, "phòng", "eq")]),
    # counter-cases: a result's clause after a semicolon or a comma, and a passive opening its own clause
    ("Hiện xã có 120 hộ nghèo; đã hỗ trợ 40 hộ vay vốn.", [(40, "hộ", "eq")]),
    ("Toàn huyện hiện có 38 xã; đã được công nhận 20 xã đạt chuẩn nông thôn mới.", [(20, "xã", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), STATE_QUALIFIED)
def test_a_passive_qualifying_the_counted_noun_keeps_the_state(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a day joined by "và" to a due day, a bracket naming the first day's round between -----------------------------

PLAN = ("LIÊN ĐỘI TRƯỜNG THCS AN HÒA\tĐỘI TNTP HỒ CHÍ MINH\nSố: 04/KH-LĐ\tAn Hòa, ngày 10 tháng 9 năm 2030\n\n"
        "KẾ HOẠCH\nTổ chức phong trào Kế hoạch nhỏ\n\n")

JOINED_DUE = [
    ("Các chi đội nộp sản phẩm về Ban Chỉ huy Liên đội chậm nhất ngày 18/10/2030 (đợt 1) và ngày 22/3/2031 (đợt 2).",
     ["2030-10-18", "2031-03-22"], []),
    ("Các đơn vị gửi báo cáo về Huyện đoàn trước ngày 15/6/2031 (sơ kết) và ngày 15/11/2031 (tổng kết).",
     ["2031-06-15", "2031-11-15"], []),
    # counter-case: the two days of a meeting stay its events
    ("Hội trại tổ chức vào ngày 20/6/2031 (khai mạc) và ngày 22/6/2031 (bế mạc) tại sân trường.",
     [], ["2031-06-20", "2031-06-22"]),
]


@pytest.mark.parametrize(("body", "dues", "events"), JOINED_DUE)
def test_a_day_joined_past_a_bracket_to_a_due_day_is_due(body: str, dues: list[str], events: list[str]) -> None:
    record = parse_text(PLAN + body + TAIL)
    assert sorted(d.due for d in record.deadlines if d.due) == dues
    assert sorted(e.date[:10] for e in record.events) == events


# ---- an anniversary's bracketed span after the day a meeting is held on ------------------------------------------

PARTY_REPORT = ("ĐẢNG BỘ TỈNH AN HÒA\tĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY AN LẠC\tAn Lạc, ngày 08 tháng 12 năm 2030\n"
                "Số 12-BC/HU\n\nBÁO CÁO\nKết quả công tác dân vận năm 2030\n\n")

ANNIVERSARY_AFTER_DAY = [
    ("Tổ chức Hội nghị biểu dương điển hình vào ngày 14/10/2031, nhân dịp kỷ niệm 101 năm Ngày truyền thống công tác "
     "dân vận của Đảng (15/10/1930 - 15/10/2031).", ["2031-10-14"]),
    ("Tổ chức gặp mặt vào sáng ngày 25/3/2031, chào mừng 100 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2031).",
     ["2031-03-25"]),
    # counter-case: no day held given, the anniversary falls on the later date
    ("Tổ chức các hoạt động kỷ niệm 101 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2031).",
     ["2031-10-15"]),
]


@pytest.mark.parametrize(("body", "events"), ANNIVERSARY_AFTER_DAY)
def test_an_anniversary_span_after_the_day_held_is_no_event(body: str, events: list[str]) -> None:
    record = parse_text(PARTY_REPORT + body + TAIL)
    assert sorted(e.date[:10] for e in record.events) == events


# ---- a web copy's number line giving the issuing day after the số hiệu ----------------------------------------------

NUMBER_LINE_DATE = [
    ("Số: 118-KH/TĐTN-PT, ngày 02/01/2031\n\nKẾ HOẠCH\nTriển khai chương trình năm 2031\n\nNội dung.\n", "2031-01-02"),
    ("Số: 45/TB-UBND, ngày 15/3/2030\n\nTHÔNG BÁO\nLịch tiếp công dân\n\nNội dung.\n", "2030-03-15"),
    # counter-case: a date line of its own gives the day, the number line none
    ("Số: 45/TB-UBND\nAn Hòa, ngày 16 tháng 3 năm 2030\n\nTHÔNG BÁO\nLịch tiếp công dân\n\nNội dung.\n", "2030-03-16"),
]


@pytest.mark.parametrize(("text", "issued"), NUMBER_LINE_DATE)
def test_a_number_line_gives_the_issuing_day(text: str, issued: str) -> None:
    assert parse_text(text).issued_date == issued

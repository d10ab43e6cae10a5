"""The event, deadline, issuer and signer leftovers of heldout rounds 59-64 (issue 10), and the gold conventions they
settled, fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

PLAN = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN LẠC\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 88/KH-UBND\tAn Lạc, ngày 15 tháng 3 năm 2032\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2032\n\nII. NHIỆM VỤ\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Thạnh\n"

# ---- a range of days classes are run or works accepted over is one event with its end (RECORD.md 1.1) -------------

RANGES = [
    ("4. Các lớp học bơi mở từ ngày 01/6 đến hết ngày 20/8/2032 tại các xã.", [], [("2032-06-01", "2032-08-20")]),
    ("2. Sở Nông nghiệp và Môi trường chủ trì nghiệm thu diện tích rừng trồng từ ngày 01/10 đến ngày 31/10/2032.", [],
     [("2032-10-01", "2032-10-31")]),
    # counter-cases: an acceptance or a swimming class's sign-up due by a day stays a by-when
    ("4. Các chủ đầu tư hoàn thành nghiệm thu, thanh toán trước ngày 30/11/2032.", [("2032-11-30", None)], []),
    ("6. Nghiệm thu toàn bộ công trình trước ngày 30/6/2032.", [("2032-06-30", None)], []),
    ("7. Các xã đăng ký danh sách trẻ học bơi về Sở trước ngày 10/5/2032.", [("2032-05-10", None)], []),
]


@pytest.mark.parametrize(("line", "deadlines", "events"), RANGES)
def test_classes_run_or_works_accepted_over_a_range(line: str, deadlines: list[tuple[str, str | None]],
                                                     events: list[tuple[str, str | None]]) -> None:
    rec = parse_text(PLAN + line + TAIL)
    assert [(d.due, d.period) for d in rec.deadlines] == deadlines
    assert [(e.date, e.end) for e in rec.events] == events


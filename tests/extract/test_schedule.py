"""Events and deadlines on real snippets from the dev documents."""

from __future__ import annotations

import json
from datetime import date

import pytest

from vanban.context import Context, Heading
from vanban.extract.schedule import extract
from vanban.normalize import normalize

# 000 (Tỉnh đoàn Kiên Giang, 26/7/2023)
DEV000 = (
    "1. Thời gian: Ngày 11/8/2023 (Thứ Sáu).\n"
    "+ Tổng hợp nội dung dự kiến triển khai hoạt động tại địa phương, đơn vị trước 12h00 ngày 04/8/2023 "
    "(Thứ sáu) và cập nhật báo cáo kết quả triển khai thực hiện qua Email: banphongtraotdkg@gmail.com "
    "trước 9h00 ngày 12/8/2023 (Thứ Bảy)\n"
)
# 003 (Huyện Đoàn, 2020)
DEV003 = (
    "- Báo cáo kết quả triển khai thực hiện kế hoạch về Huyện Đoàn qua bộ phận Văn phòng hằng ngày "
    "trước 17h00', hàng tháng trước ngày 25 và báo cáo năm trước ngày 30/11/2020.\n"
)
# 004 (Tỉnh đoàn Bến Tre, 18/02/2021)
DEV004 = (
    "Căn cứ Kế hoạch số 241-KH/TĐTN-TCKT, ngày 30/11/2020 của Ban Thường vụ Tỉnh đoàn về việc "
    "“Tuyên truyền, vận động, hướng dẫn người dân, doanh nghiệp trên địa bàn tỉnh Bến Tre sử dụng Dịch vụ công "
    "trực tuyến, giai đoạn 2020 - 2022”;\n"
    "5. Ban Thường vụ Tỉnh đoàn đề nghị các đơn vị quan tâm triển khai thực hiện theo tinh thần công văn này, "
    "cao điểm trong Tháng Thanh niên năm 2021 và báo cáo nhanh kết quả, đánh giá đúng thực chất những thuận lợi, "
    "khó khăn về Ban Tổ chức - Kiểm tra Tỉnh đoàn (email: bantckt.tdbentre@gmail.com) trước ngày 31/3/2021.\n"
)
# 001 (báo cáo, Trung ương Đoàn)
DEV001 = (
    "- Ngày 07/7/2023, Ban Bí thư Trung ương Đoàn ban hành công văn số 1134-CV/TWĐTN-CNĐT chỉ đạo các tỉnh, "
    "thành Đoàn triển khai Ngày cao điểm.\n"
    "Ngày cao điểm được triển khai đồng loạt tại các tỉnh, thành Đoàn trong ngày 11/8/2023 (Thứ Sáu) với địa "
    "bàn cụ thể như sau:\n"
    "- Lễ ra quân hoạt động đêm cấp Trung ương được tổ chức từ 07h30 ngày 11/8/2023 tại trường THPT Nguyễn Văn "
    "Huyền, TP. Tuyên Quang, tỉnh Tuyên Quang.\n"
    "Tại Hà Nội, sáng 11/8/2023, Trung ương Đoàn tổ chức Hội nghị trực tuyến tuyên truyền thiết lập tài khoản.\n"
)


def run(text: str, issued: date | None = None, **kw) -> tuple[list, list, Context]:
    ctx = Context(text=text, issued_date=issued, **kw)
    events, deadlines = extract(ctx)
    return events, deadlines, ctx


def test_event_and_two_deadlines_with_times():
    events, deadlines, ctx = run(DEV000, date(2023, 7, 26))
    assert [e.date for e in events] == ["2023-08-11"]
    assert [d.due for d in deadlines] == ["2023-08-04T12:00", "2023-08-12T09:00"]
    first, second = deadlines
    assert first.action == "Tổng hợp nội dung dự kiến triển khai hoạt động tại địa phương, đơn vị"
    assert second.channel == "banphongtraotdkg@gmail.com"
    assert second.action == "cập nhật báo cáo kết quả triển khai thực hiện"
    for item in events + deadlines:
        a, b = item.span
        assert 0 <= a < b <= len(DEV000)
    assert not [w for w in ctx.warnings if w.code == "weekday_mismatch"]


def test_recurring_deadlines():
    _, deadlines, _ = run(DEV003, date(2020, 5, 29))
    daily, monthly, yearly = deadlines
    assert daily.due is None and (daily.recurrence.freq, daily.recurrence.time) == ("daily", "17:00")
    assert monthly.due is None and (monthly.recurrence.freq, monthly.recurrence.day) == ("monthly", 25)
    assert yearly.recurrence is None and yearly.due == "2020-11-30"
    assert yearly.action == "báo cáo năm"
    assert daily.channel == "bộ phận Văn phòng"


def test_citation_dates_are_not_events_and_named_month_is():
    events, deadlines, _ = run(DEV004, date(2021, 2, 18))
    assert [e.date for e in events] == ["2021-03"]
    assert [d.due for d in deadlines] == ["2021-03-31"]
    d = deadlines[0]
    assert d.channel == "bantckt.tdbentre@gmail.com"
    assert d.action.startswith("báo cáo nhanh kết quả")
    assert d.responsible == "các đơn vị"


def test_report_events_not_background():
    events, deadlines, _ = run(DEV001)
    assert [e.date for e in events] == ["2023-08-11", "2023-08-11T07:30"]  # "sáng 11/8/2023" is the same day
    assert deadlines == []


def test_claimed_and_header_dates_skipped():
    text = "Rạch Giá, ngày 26 tháng 7 năm 2023\nHội nghị tổ chức vào ngày 05/8/2023.\n"
    events, _, _ = run(text, date(2023, 7, 26))
    assert [e.date for e in events] == ["2023-08-05"]
    a = text.index("ngày 05/8")
    events, _, _ = run(text, date(2023, 7, 26), claimed=[(a - 5, a + 20)])
    assert events == []


def test_zones_limit_the_search():
    body = "Hội nghị tổ chức vào ngày 05/8/2023.\n"
    text = "Kính gửi: tổ chức vào ngày 04/8/2023\n" + body
    events, _, _ = run(text, zones={"body": [(text.index(body), len(text))]})
    assert [e.date for e in events] == ["2023-08-05"]


def test_background_and_rules_are_not_deadlines():
    text = ("Đợt mưa lũ lịch sử từ ngày 16 đến ngày 22/11/2025 tại các tỉnh.\n"
            "Đối tượng đã từ trần trước ngày 01 tháng 01 năm 2009 thì được hưởng.\n"
            "Quyết định có hiệu lực thi hành từ ngày 10 tháng 01 năm 2026.\n")
    events, deadlines, _ = run(text, date(2025, 11, 30))
    assert events == [] and deadlines == []


def test_month_and_yearly_deadlines_and_heading_responsible():
    text = ("1.3. Giao Sở Tài nguyên và Môi trường\n"
            "Rà soát dữ liệu đất đai. Thời gian hoàn thành trong tháng 12 năm 2025.\n"
            "Gửi kết quả đánh giá, xếp loại về Sở Giáo dục và Đào tạo, hạn cuối ngày 15 tháng 12 hàng năm.\n")
    heading = Heading(0, text.index("\n"), "1.3", "Giao Sở Tài nguyên và Môi trường", 2)
    _, deadlines, _ = run(text, date(2025, 11, 25), headings=[heading])
    month, yearly = deadlines
    assert (month.due, month.period) == ("2025-12-31", "2025-12") and month.action == "Rà soát dữ liệu đất đai."
    assert month.responsible == "Sở Tài nguyên và Môi trường"
    assert yearly.due is None
    assert (yearly.recurrence.freq, yearly.recurrence.day, yearly.recurrence.month) == ("yearly", 15, 12)
    assert yearly.channel == "Sở Giáo dục và Đào tạo"


def test_bare_yearly_report_is_not_a_deadline():
    _, deadlines, _ = run("Hằng năm báo cáo kết quả thực hiện về Ban Chỉ huy Phòng thủ dân sự tỉnh.\n",
                          date(2025, 11, 18))
    assert deadlines == []
    _, deadlines, _ = run("Tổ chức kiểm tra định kỳ 02 lần/năm.\n", date(2025, 11, 18))
    assert deadlines == []


def test_deadline_column_of_a_plan_table():
    text = ("TT\nNội dung thực hiện\nCơ quan chủ trì\nThời gian hoàn thành\nSản phẩm dự kiến\n"
            "1\nTổ chức lại Ban Chỉ huy\nBộ CHQS tỉnh\nTrước ngày\n30/11/2025\nQuyết định\n"
            "2\nHướng dẫn thanh toán chi phí\nSở Y tế\n2025\n"
            "3\nRà soát công trình\nBan Chỉ huy\nTháng 12 hằng năm\nBáo cáo\n"
            "4\nDiễn tập\nBan Chỉ huy\nTheo kế hoạch\n")
    _, deadlines, _ = run(text, date(2025, 11, 18))
    got = [(d.due, d.period, d.recurrence.freq if d.recurrence else None) for d in deadlines]
    assert got == [("2025-11-30", None, None), ("2025-12-31", "2025", None), (None, None, "yearly")]
    # read by column: the task and the lead unit of each row, never the neighbouring cell
    assert [(d.action, d.responsible) for d in deadlines] == [
        ("Tổ chức lại Ban Chỉ huy", "Bộ CHQS tỉnh"), ("Hướng dẫn thanh toán chi phí", "Sở Y tế"),
        ("Rà soát công trình", "Ban Chỉ huy")]


def test_weekday_mismatch_is_reported():
    text = "Hội nghị tổ chức vào ngày 11/8/2023 (thứ Năm).\n"
    events, _, ctx = run(text, date(2023, 7, 26))
    assert [e.date for e in events] == ["2023-08-11"]
    assert [w.code for w in ctx.warnings] == ["weekday_mismatch"]


def test_report_within_a_day_is_a_deadline():
    text = "gửi Bộ Khoa học và Công nghệ tổng hợp, báo cáo Thủ tướng Chính phủ trong ngày 20 tháng 11 năm 2025.\n"
    events, deadlines, _ = run(text, date(2025, 11, 16))
    assert events == [] and [d.due for d in deadlines] == ["2025-11-20"]


def _ref(text: str) -> date | None:
    from vanban.grammar.timex import find_times
    for t in find_times(text[:3000]):
        if t.kind == "date" and t.value and text[max(0, t.start - 40):t.start].rstrip().endswith(","):
            return date.fromisoformat(t.value)
    return None


def _score(pairs):
    tp = fp = fn = 0
    for gold, out, match in pairs:
        used: set[int] = set()
        for g in gold:
            for i, o in enumerate(out):
                if i not in used and match(g, o):
                    used.add(i)
                    break
        tp += len(used)
        fp += len(out) - len(used)
        fn += len(gold) - len(used)
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def _due_match(g, o):
    if g.get("recurrence"):
        r, o_r = g["recurrence"], o.recurrence
        return o_r is not None and (o_r.freq, o_r.day, o_r.time) == (r["freq"], r.get("day"), r.get("time"))
    if o.recurrence is not None or g.get("due") is None or o.due is None:
        return False
    return o.due == g["due"] if "T" in g["due"] else o.due.split("T")[0] == g["due"]


def test_dev_gold_f1(samples_dir, gold_dir):
    ev_pairs, dl_pairs = [], []
    for path in sorted(samples_dir.glob("*.txt")):
        gold_path = gold_dir / (path.stem + ".json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = normalize(path.read_text(encoding="utf-8")).text
        events, deadlines, _ = run(text, _ref(text))
        ev_pairs.append((gold.get("events") or [], events,
                         lambda g, o: g["date"].split("T")[0] == o.date.split("T")[0]))
        dl_pairs.append((gold.get("deadlines") or [], deadlines, _due_match))
    if not ev_pairs:
        pytest.skip("no dev gold")
    assert _score(ev_pairs) >= 0.9
    assert _score(dl_pairs) >= 0.9


def _ctx_for(text: str, issued: str, doc_type: str):
    from datetime import date

    from vanban.context import Context

    return Context(text=text, issued_date=date.fromisoformat(issued), doc_type=doc_type)


def test_a_range_after_the_bare_verb_and_a_clock_time_on_its_first_day_are_two_events():
    from vanban.extract.schedule import extract

    text = ("1. Tuần lễ Văn hóa - Du lịch được tổ chức từ ngày 20/10 đến ngày 25/10/2024 tại Quảng trường. "
            "Lễ khai mạc vào lúc 19 giờ 30 phút ngày 20/10/2024.")
    events, _ = extract(_ctx_for(text, "2024-10-04", "CV"))
    assert [(e.date, e.end) for e in events] == [("2024-10-20", "2024-10-25"), ("2024-10-20T19:30", None)]


def test_a_meeting_before_the_date_of_its_conclusions_is_an_event():
    from vanban.extract.schedule import extract

    text = "Tại hội nghị ngày 15-3-2024, sau khi nghe Ban Tổ chức Tỉnh ủy báo cáo, Ban Thường vụ kết luận như sau:"
    events, _ = extract(_ctx_for(text, "2024-03-18", "TB"))
    assert [e.date for e in events] == ["2024-03-15"]
    events, _ = extract(_ctx_for(text, "2024-03-18", "QĐ"))
    assert events == []  # in a decision, a past date is background


def test_complete_within_a_quarter_is_a_month_level_deadline():
    from vanban.extract.schedule import extract

    text = "1. Các huyện ủy hoàn thành đại hội điểm cấp cơ sở trong quý II/2025; hoàn thành đại hội cấp huyện trước ngày 31/8/2025."
    _, deadlines = extract(_ctx_for(text, "2024-03-18", "TB"))
    assert [(d.due, d.period) for d in deadlines] == [("2025-06-30", "2025-Q2"), ("2025-08-31", None)]

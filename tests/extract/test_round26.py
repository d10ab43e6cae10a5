"""The twenty-sixth heldout round's failure classes (invented documents and lines, with counter-cases): a PDF's
two-column closing block flattened with single spaces ('Nơi nhận: KT. CỤC TRƯỞNG', '- Như trên; PHÓ CỤC TRƯỞNG',
'- Lưu: VT, KH. Tạ Văn Hòa'), a page number ('- 2 -') under the list."""

from __future__ import annotations

import pytest

from vanban import parse_text

# ---- a two-column closing block flattened with one space --------------------------------------------------------

HEAD = ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 812/CT-KK Hà Nội, ngày 03 tháng 6 năm 2027\n"
        "V/v hướng dẫn kê khai thuế quý II\n\n"
        "Kính gửi: Chi cục Thuế các khu vực.\n\n"
        "Cục Thuế hướng dẫn kê khai thuế quý II năm 2027, các Chi cục báo cáo trước ngày 20/7/2027.\n\n")


@pytest.mark.parametrize("closing, authority, position, name, items", [
    ("Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên; PHÓ CỤC TRƯỞNG\n- Tổng cục Thuế (b/c);\n"
     "- Lưu: VT, KK. Tạ Văn Hòa\n",
     "KT. Cục trưởng", "Phó Cục trưởng", "Tạ Văn Hòa", ["Như trên", "Tổng cục Thuế (b/c)", "Lưu: VT, KK"]),
    ("Nơi nhận: T/M BAN THƯỜNG VỤ\n- Ban Tổ chức Tỉnh ủy (b/c); PHÓ BÍ THƯ\n- Các chi bộ;\n"
     "- Lưu Văn phòng. Hoàng Thị Lan\n                 - 2 -\n",
     "T/M Ban Thường vụ", "Phó Bí thư", "Hoàng Thị Lan", ["Ban Tổ chức Tỉnh ủy (b/c)", "Các chi bộ", "Lưu Văn phòng"]),
])
def test_a_closing_flattened_with_single_spaces(closing: str, authority: str, position: str, name: str,
                                                items: list[str]) -> None:
    rec = parse_text(HEAD + closing)
    assert rec.signer.authority == authority
    assert rec.signer.position == position
    assert rec.signer.name == name
    assert [d.name.rstrip(";.") for d in rec.distribution] == items


def test_names_listed_in_an_item_are_no_signer() -> None:
    # counter-case: an item naming people after a comma, the signer on lines of its own
    closing = ("Nơi nhận:\n- Như trên;\n- Đ/c Nguyễn Văn An, Trần Thị Bình\n- Lưu: VT.\n"
               "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nLê Minh Tâm\n")
    rec = parse_text(HEAD + closing)
    assert rec.signer.name == "Lê Minh Tâm"
    assert "Đ/c Nguyễn Văn An, Trần Thị Bình" in [d.name for d in rec.distribution]


def test_an_item_ending_in_a_body_name_keeps_it() -> None:
    # counter-case: words after an item's ';' that are no personal name ('Sở Tài Chính' has no family name first)
    closing = ("Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c); Sở Tài Chính\n- Lưu: VT.\n"
               "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nLê Minh Tâm\n")
    rec = parse_text(HEAD + closing)
    assert rec.signer.name == "Lê Minh Tâm"
    assert "UBND tỉnh (b/c); Sở Tài Chính" in [d.name for d in rec.distribution]


# ---- an attached document's figures read by its own type --------------------------------------------------------

DECISION = ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN SƠN\nSố: 212/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nTân Sơn, ngày 04 tháng 3 năm 2027\n\nQUYẾT ĐỊNH\n"
            "Ban hành {what} của Tổ công tác chuyển đổi số huyện\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TÂN SƠN\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này {what} của Tổ công tác.\n{own}"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
            "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\n\nHà Văn Lực\n\n"
            "ỦY BAN NHÂN DÂN\nHUYỆN TÂN SƠN\n\n{title}\n{what} của Tổ công tác chuyển đổi số huyện\n"
            "(Ban hành kèm theo Quyết định số 212/QĐ-UBND ngày 04/3/2027 của Chủ tịch UBND huyện)\n\n"
            "Điều 1. Nội dung năm 2027\n1. Hướng dẫn 100% hộ gia đình cài đặt ứng dụng dịch vụ công.\n"
            "2. Số hóa ít nhất 90% hồ sơ thủ tục hành chính; hỗ trợ khoảng 4.000 người cao tuổi.\n"
            "Điều 2. Kinh phí hoạt động năm 2027 là 150 triệu đồng.\n")


@pytest.mark.parametrize("title, what", [("QUY CHẾ", "Quy chế hoạt động"), ("KẾ HOẠCH", "Kế hoạch hoạt động")])
def test_an_attached_documents_figures_are_its_own(title: str, what: str) -> None:
    rec = parse_text(DECISION.format(title=title, what=what, own=""))
    assert rec.doc_type.code == "QĐ"
    assert [(q.value, q.unit, q.kind) for q in rec.quantities] == [
        (100, "%", "target"), (90, "%", "target"), (4000, "người", "target"), (150000000, "đồng", "target")]


def test_the_decisions_own_figures_still_need_a_cue() -> None:
    # counter-case: the same kind of figure in the decision's own article, before the signature, is not read
    own = "Tổ công tác gồm 09 thành viên, họp 02 lần mỗi quý.\n"
    rec = parse_text(DECISION.format(title="QUY CHẾ", what="Quy chế hoạt động", own=own))
    assert 9 not in [q.value for q in rec.quantities]


def test_an_attached_block_without_its_title_keeps_the_decisions_rule() -> None:
    # counter-case: no type word over the attached mark (OCR lost it): the decision's rule, no figure read
    rec = parse_text(DECISION.format(title="", what="Quy chế hoạt động", own="").replace(
        "\nQuy chế hoạt động của Tổ công tác chuyển đổi số huyện\n(Ban", "\nxxx\n(Ban"))
    assert [q.value for q in rec.quantities] == []


# ---- a web copy without letterhead, named by its lead -----------------------------------------------------------

WEB = ("HUYỆN ĐOÀN CHÂU THÀNH\nTrang chủ | Tin tức | Văn bản | Liên hệ\nTrang chủ > Văn bản\n"
       "Tổ chức Ngày hội thiếu nhi vui khỏe năm 2027\nCập nhật: 21/4/2027 08:10 | Lượt xem: 215\n\n"
       "{lead}\n\n"
       "Kính gửi:\n- Ban Chấp hành Đoàn các xã, thị trấn;\n- Hội đồng Đội các trường tiểu học.\n\n"
       "Ban Thường vụ Huyện đoàn đề nghị các đơn vị đăng ký tham gia về Văn phòng Huyện đoàn trước ngày "
       "10/5/2027.\n\nNơi nhận:\n- Như kính gửi;\n- Lưu VP.\nTM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nBÍ THƯ\nNguyễn Văn Tài\n")
LEAD = ("Ngày 20/4/2027, Ban Thường vụ Huyện đoàn Châu Thành ban hành Kế hoạch số 57-KH/HĐTN về việc tổ chức "
        "Ngày hội thiếu nhi vui khỏe năm 2027. Nội dung kế hoạch như sau:")


def test_a_web_copy_named_by_its_lead() -> None:
    rec = parse_text(WEB.format(lead=LEAD))
    assert rec.number is not None and rec.number.normalized == "57-KH/HĐTN"
    assert rec.doc_type.code == "KH"
    assert rec.issued_date == "2027-04-20"
    assert rec.subject == "về việc tổ chức Ngày hội thiếu nhi vui khỏe năm 2027"
    assert [c.number for c in rec.citations] == []  # the document itself, no citation
    assert "2027-04-20" not in [e.date for e in rec.events]
    assert [r.name for r in rec.recipients] == ["Ban Chấp hành Đoàn các xã, thị trấn",
                                                "Hội đồng Đội các trường tiểu học"]
    assert "header_from_lead" in [w.code for w in rec.warnings]


def test_a_news_lead_without_the_document_names_no_number() -> None:
    # counter-case: a news item that only tells of a plan (no "Nội dung ... như sau:") is no copy of it
    lead = LEAD.replace(" Nội dung kế hoạch như sau:", " Theo đó, các cơ sở Đoàn tích cực hưởng ứng.")
    rec = parse_text(WEB.format(lead=lead))
    assert rec.number is None
    assert "57-KH/HĐTN" in [c.number for c in rec.citations]


def test_a_letterhead_number_wins_over_a_lead() -> None:
    # counter-case: the copy has its letterhead; the lead's other document stays a citation
    head = ("HUYỆN ĐOÀN CHÂU THÀNH\nSố: 60-CV/HĐTN\nChâu Thành, ngày 22 tháng 4 năm 2027\n"
            "V/v đăng ký tham gia Ngày hội\n\n")
    rec = parse_text(head + WEB.format(lead=LEAD).split("\n\n", 1)[1])
    assert rec.number is not None and rec.number.normalized == "60-CV/HĐTN"
    assert "57-KH/HĐTN" in [c.number for c in rec.citations]


# ---- a programme table's rows are sittings ------------------------------------------------------------------------

INVITE = ("SỞ Y TẾ TỈNH AN GIANG\nSố: 31/GM-SYT\nAn Giang, ngày 02 tháng 6 năm 2027\n\nGIẤY MỜI\n"
          "Dự Hội nghị chuyên đề\n\nSở Y tế trân trọng kính mời lãnh đạo các bệnh viện dự Hội nghị từ ngày 15/6/2027 "
          "đến ngày 16/6/2027 tại Hội trường Sở Y tế.\n{header}\n"
          "07h30 ngày 15/6/2027\tĐón tiếp đại biểu\tVăn phòng Sở\n"
          "08h00 - 11h30 ngày 15/6/2027\tCập nhật phác đồ điều trị sốt xuất huyết\tBệnh viện Nhiệt đới\n"
          "13h30 ngày 16/6/2027\tNhững vấn đề chuyên môn cần lưu ý\tPhòng Nghiệp vụ Y\n\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn Bình\n")


def test_a_programme_tables_rows_are_sittings() -> None:
    rec = parse_text(INVITE.format(header="Thời gian\tNội dung\tBáo cáo viên"))
    assert [e.date for e in rec.events] == ["2027-06-15", "2027-06-15T07:30", "2027-06-15T08:00", "2027-06-16T13:30"]


def test_rows_under_another_header_are_no_sittings() -> None:
    # counter-case: the same rows under a header whose first column is no time ("Hạn gửi": by-whens of a list)
    rec = parse_text(INVITE.format(header="Hạn gửi\tNội dung\tĐơn vị"))
    assert "2027-06-15T08:00" not in [e.date for e in rec.events]
    assert "2027-06-16T13:30" not in [e.date for e in rec.events]


# ---- a staff duty's period is its by-when -------------------------------------------------------------------------

NOTICE = ("VĂN PHÒNG UBND TỈNH\nSố: 77/TB-VP\nHuế, ngày 02 tháng 7 năm 2027\n\nTHÔNG BÁO\nKết luận cuộc họp\n\n"
          "{line}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHÁNH VĂN PHÒNG\nLê Văn Hòa\n")


@pytest.mark.parametrize("line, due", [
    ("a) Sở Tài chính: thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí trong tháng 8/2027.", "2027-08-31"),
    ("b) Sở Công Thương tham mưu UBND tỉnh ban hành Kế hoạch xúc tiến thương mại năm 2028 trong quý IV/2027.",
     "2027-12-31"),
])
def test_a_staff_duty_within_a_period(line: str, due: str) -> None:
    rec = parse_text(NOTICE.format(line=line))
    assert [d.due for d in rec.deadlines] == [due]


def test_a_staff_duty_before_a_day_keeps_its_event() -> None:
    # counter-case: "vào <date>" after "tham mưu tổ chức ..." is the day of what it prepares, an event
    rec = parse_text(NOTICE.format(line="c) Sở Nội vụ tham mưu tổ chức Hội nghị sơ kết vào ngày 20/8/2027."))
    assert [e.date for e in rec.events] == ["2027-08-20"]
    assert rec.deadlines == []


# ---- "<noun> có từ N ... trở lên" qualifies the noun ----------------------------------------------------------------

PLAN = ("HUYỆN ỦY TÂN UYÊN\nSố 12-KH/HU\nTân Uyên, ngày 03 tháng 3 năm 2027\n\nKẾ HOẠCH\nPhát triển đảng viên\n\n"
        "{line}\n\nNơi nhận:\n- Các chi bộ;\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Tâm\n")


@pytest.mark.parametrize("line, values", [
    ("1. Thành lập mới 12 chi bộ trong doanh nghiệp có từ 3 đảng viên chính thức trở lên.", [12]),
    ("2. Phấn đấu 100% doanh nghiệp có từ 50 lao động trở lên thành lập tổ chức công đoàn.", [100]),
    ("3. Lập danh sách doanh nghiệp có từ 10 lao động trở lên trên địa bàn.", []),
])
def test_a_bound_that_says_of_whom(line: str, values: list[float]) -> None:
    rec = parse_text(PLAN.format(line=line))
    assert [q.value for q in rec.quantities] == values


def test_a_plans_own_bound_is_its_target() -> None:
    # counter-case: "mỗi xã có từ 2 mô hình trở lên." ends its clause: what the plan sets, a target
    rec = parse_text(PLAN.format(line="4. Phấn đấu mỗi xã có từ 2 mô hình trở lên."))
    assert [(q.value, q.comparator, q.kind) for q in rec.quantities] == [(2, "gte", "target")]


# ---- the Hội LHPN's tiêu đề; an anniversary's bracketed span beside the day it is held ----------------------------

LHPN = ("**HỘI LHPN TỈNH NINH BÌNH**\n**BCH HỘI LHPN HUYỆN KIM SƠN**\nSố: 21/BC-HPN\n\n"
        "**HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM**\n*Kim Sơn, ngày 05 tháng 10 năm 2027*\n\n# BÁO CÁO\n"
        "## Kết quả công tác Hội quý III năm 2027\n\n{line}\n\n**Nơi nhận:**\n- TT Hội LHPN tỉnh;\n- Lưu: VP.\n\n"
        "**TM. BAN THƯỜNG VỤ**\n**CHỦ TỊCH**\n\n**Đinh Thị Hoa**\n")


def test_the_hoi_lhpn_national_name_is_its_motto() -> None:
    rec = parse_text(LHPN.format(line="Các cấp Hội tổ chức 86 buổi sinh hoạt chuyên đề."))
    assert rec.issuer is not None and rec.issuer.name == "BCH HỘI LHPN HUYỆN KIM SƠN"


@pytest.mark.parametrize("line, events", [
    ("Tổ chức Lễ kỷ niệm 97 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2027) vào 8 giờ 00 ngày "
     "17/10/2027 tại Hội trường huyện.", ["2027-10-17T08:00"]),
    # counter-case: no day of its own in the clause: the anniversary is the day celebrated
    ("Tổ chức các hoạt động kỷ niệm 97 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2027).",
     ["2027-10-20"]),
])
def test_an_anniversary_beside_the_day_held(line: str, events: list[str]) -> None:
    rec = parse_text(LHPN.format(line=line))
    assert [e.date for e in rec.events] == events


# ---- several days of one yearly duty -------------------------------------------------------------------------------


@pytest.mark.parametrize("line, days", [
    ("5. Định kỳ 6 tháng, các đảng ủy báo cáo kết quả về Ban Tổ chức trước ngày 15/6 và 15/12 hằng năm.",
     [(15, 6), (15, 12)]),
    ("5. Các chi bộ gửi báo cáo về Văn phòng trước ngày 20/3, 20/6, 20/9 và 20/12 hằng năm.",
     [(20, 3), (20, 6), (20, 9), (20, 12)]),
    ("5. Các chi bộ gửi báo cáo về Văn phòng trước ngày 15/12 hằng năm.", [(15, 12)]),
])
def test_several_days_of_a_yearly_duty(line: str, days: list[tuple[int, int]]) -> None:
    rec = parse_text(PLAN.format(line=line))
    assert [(d.due, d.recurrence.freq, d.recurrence.day, d.recurrence.month) for d in rec.deadlines
            if d.recurrence] == [(None, "yearly", day, month) for day, month in days]


def test_two_dated_days_are_two_deadlines() -> None:
    # counter-case: no recurrence after the days: the first is a by-when of this year (the second, without
    # "ngày" before it, was never read as a day)
    rec = parse_text(PLAN.format(line="5. Các chi bộ gửi báo cáo về Văn phòng trước ngày 15/6 và 15/12."))
    assert all(d.recurrence is None for d in rec.deadlines)


# ---- two days of one month joined by a comma ------------------------------------------------------------------------


@pytest.mark.parametrize("text, found", [
    ("hỗ trợ thí sinh trong các ngày 26, 27/6/2028.", [("period", "2028-06-26", "2028-06-27")]),
    ("họp vào ngày 26 và 27/6/2028.", [("period", "2028-06-26", "2028-06-27")]),
    # counter-case: two days apart stay two days, each of June (not "ngày 26" of the reference month)
    ("kiểm tra vào ngày 26, 28/6/2028.", [("date", "2028-06-26", None), ("date", "2028-06-28", None)]),
])
def test_two_days_of_a_month_joined_by_a_comma(text: str, found: list[tuple[str, str, str | None]]) -> None:
    from datetime import date

    from vanban.grammar.timex import find_times
    assert [(t.kind, t.value, t.end_value) for t in find_times(text, ref=date(2028, 5, 15))] == found


# ---- a shortcoming counted at its clause's opening ------------------------------------------------------------------

REPORT = ("UBND HUYỆN HÒA VANG\nSố: 88/BC-UBND\nHòa Vang, ngày 20 tháng 6 năm 2027\n\nBÁO CÁO\nKết quả 6 tháng\n\n"
          "1. Kết quả\nGiải ngân 215 tỷ đồng, đạt 52% kế hoạch; hỗ trợ 20 hộ chưa có nhà ở.\n"
          "2. {heading}\nTiến độ giải phóng mặt bằng còn chậm; 09 dự án chưa giải ngân được vốn đã giao.\n\n"
          "Nơi nhận:\n- UBND thành phố;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hùng\n")


def test_a_shortcoming_at_its_clauses_opening() -> None:
    rec = parse_text(REPORT.format(heading="Tồn tại, hạn chế"))
    assert [q.value for q in rec.quantities] == [215000000000, 52, 20]  # not the 09 projects behind


def test_a_finding_outside_shortcomings_stays() -> None:
    # counter-case: the same clause under another heading (an inspection's findings) is a result counted
    rec = parse_text(REPORT.format(heading="Kết quả kiểm tra"))
    assert 9 in [q.value for q in rec.quantities]

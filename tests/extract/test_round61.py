"""Heldout round 61 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

PROPOSAL = ("UBND TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN QUẢN LÝ DỰ ÁN\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 75/TTr-BQLDA\tAn Hòa, ngày 20 tháng 11 năm 2030\n\nTỜ TRÌNH\nVề việc sửa chữa công trình\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nLê Văn Bình\n"


def _dates(body: str) -> tuple[list[str], list[str | None]]:
    record = parse_text(PROPOSAL + body + TAIL)
    return [e.date for e in record.events], [d.due for d in record.deadlines]


# ---- the start of works told with its month ("khởi công ... trong tháng 8/2031") ------------------------------------

WORKS_START = [
    # the works start in the month: an occasion held in it
    ("Dự án Khu nhà ở xã hội cho công nhân dự kiến khởi công trong tháng 8/2031.", ["2031-08"], []),
    ("b) Khởi công các công trình trong tháng 4/2032, hoàn thành trước ngày 15/8/2032.", ["2032-04"], ["2032-08-15"]),
    ("Khởi công các hạng mục sửa chữa định kỳ trong tháng 3/2031 và hoàn thành trước ngày 30/11/2031.", ["2031-03"],
     ["2031-11-30"]),
    # counter-cases: a project's timeline after its label gives by-whens; a quarter is no occasion's time
    ("7. Thời gian thực hiện: năm 2031; khởi công trong tháng 6/2031, hoàn thành trước ngày 15/8/2031.", [],
     ["2031-06-30", "2031-08-15"]),
    ("Tiến độ thực hiện: khởi công trong tháng 5/2031; hoàn thành trong tháng 10/2031.", [],
     ["2031-05-31", "2031-10-31"]),
    ("Khởi công dự án đường huyện ĐH.12 trong quý II/2031.", [], ["2031-06-30"]),
    ("Kiểm tra, rà soát 100% công trình trong tháng 12/2031.", [], ["2031-12-31"]),
]


@pytest.mark.parametrize(("body", "events", "dues"), WORKS_START)
def test_the_start_of_works_in_a_month_is_held_then(body: str, events: list[str], dues: list[str | None]) -> None:
    assert _dates(body) == (events, dues)


# ---- each session's planned length ("tổ chức 03 đợt, mỗi đợt 07 ngày") --------------------------------------------

PLAN = PROPOSAL.replace("75/TTr-BQLDA", "75/KH-BQLDA").replace("TỜ TRÌNH", "KẾ HOẠCH")


def _figures(body: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit or "", q.comparator) for q in parse_text(PLAN + body + TAIL).quantities]


SESSION_LENGTHS = [
    # the length the plan sets for each of its sessions is a planned duration
    ("2. Chiến dịch diệt lăng quăng: tổ chức 03 đợt, mỗi đợt 07 ngày; đợt 1 trong tháng 4/2031.",
     [(3, "đợt", "eq"), (7, "ngày", "eq")]),
    ("Tổ chức 20 lớp tập huấn cho người có uy tín, mỗi lớp 02 ngày, khoảng 60 học viên/lớp.",
     [(20, "lớp", "eq"), (2, "ngày", "eq"), (60, "học viên/lớp", "approx")]),
    ("Tổ chức 18 điểm tiếp xúc cử tri; thời lượng mỗi buổi không quá 03 giờ.", [(18, "điểm", "eq"), (3, "giờ", "lte")]),
    # counter-cases: a lead time, a gap, a shift's hours and a round's days listed are no session's length
    ("Đường dẫn phòng học trực tuyến sẽ được gửi trước mỗi đợt 01 ngày.", []),
    ("Tổ chức 02 đợt kiểm tra, mỗi đợt cách nhau 07 ngày.", [(2, "đợt", "eq")]),
    ("Duy trì trực ban, mỗi ca 8 giờ.", []),
    ("Tổ chức 02 đợt, đợt 1 ngày 06/3/2031, đợt 2 ngày 13/3/2031.", [(2, "đợt", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), SESSION_LENGTHS)
def test_each_sessions_planned_length_is_a_figure(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == figures


# ---- what is left overdue is a shortfall ("còn 1.214 hồ sơ quá hạn") -----------------------------------------------

LETTER = PROPOSAL.replace("75/TTr-BQLDA", "75/BQLDA-KH").replace("TỜ TRÌNH\nVề việc sửa chữa công trình",
                                                                 "V/v giải quyết hồ sơ quá hạn")


def _letter_figures(body: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit or "", q.comparator) for q in parse_text(LETTER + body + TAIL).quantities]


OVERDUE = [
    # what a letter finds still overdue is neither planned nor done, its bracketed part with it
    ("Tuy nhiên, đến ngày 15/4/2031 trên Hệ thống còn 1.214 hồ sơ quá hạn, chủ yếu thuộc lĩnh vực đất đai (1.036 hồ "
     "sơ); còn 126 hồ sơ quá hạn trên 30 ngày chưa có văn bản xin lỗi.", []),
    ("Trong quý đã tiếp nhận 18.742 hồ sơ; còn 96 hồ sơ quá hạn.", [(18742, "hồ sơ", "eq")]),
    # counter-cases: the task to end it is a target, the overdue files handled a result
    ("Chỉ đạo xử lý dứt điểm 1.214 hồ sơ quá hạn nêu trên, hoàn thành trước ngày 31/5/2031.", [(1214, "hồ sơ", "eq")]),
    ("Trong quý, Trung tâm đã giải quyết 320 hồ sơ quá hạn của quý trước.", [(320, "hồ sơ", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), OVERDUE)
def test_what_is_left_overdue_is_a_shortfall(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _letter_figures(body) == figures


# ---- a range a rule text sets is a norm ("mỗi cán bộ ... phụ trách từ 01 đến 02 thôn") -----------------------------

RULES = PROPOSAL.replace("75/TTr-BQLDA", "01/QC-BQLDA").replace("TỜ TRÌNH\nVề việc sửa chữa công trình",
                                                                "QUY CHẾ\nLàm việc của Ban Quản lý dự án")


def _rule_figures(body: str, head: str = RULES) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit or "", q.comparator) for q in parse_text(head + body + TAIL).quantities]


RULE_RANGES = [
    # how many villages each officer takes, how many people a patrol has: the rule's norms
    ("Điều 2. Mỗi cán bộ, chiến sĩ được phân công phụ trách từ 01 đến 02 thôn, chịu trách nhiệm trước Trưởng ban.",
     RULES, []),
    ("Điều 7. Tổ tuần tra kiểm soát ban đêm có từ 03 đến 05 người; thành viên được hưởng chế độ theo quy định.",
     RULES, []),
    # counter-cases: a rule text's own targets and a plan's range stay figures
    ("Điều 5. Phấn đấu giảm ít nhất 10% số vụ vi phạm so với năm 2030.", RULES, [(10, "%", "gte")]),
    ("II. CHỈ TIÊU\n1. Mỗi thôn tổ chức từ 02 đến 03 buổi tuyên truyền.", RULES,
     [(2, "buổi tuyên truyền", "gte"), (3, "buổi tuyên truyền", "lte")]),
    ("Mỗi xã tổ chức từ 02 đến 03 buổi tuyên truyền.", PLAN,
     [(2, "buổi tuyên truyền", "gte"), (3, "buổi tuyên truyền", "lte")]),
]


@pytest.mark.parametrize(("body", "head", "figures"), RULE_RANGES)
def test_a_range_a_rule_sets_is_a_norm(body: str, head: str, figures: list[tuple[float, str, str]]) -> None:
    assert _rule_figures(body, head) == figures


# ---- a markdown table whose header is merged over two rows -----------------------------------------------------------

NOTICE = PROPOSAL.replace("75/TTr-BQLDA", "412/TB-BQLDA").replace("TỜ TRÌNH\nVề việc sửa chữa công trình",
                                                                  "THÔNG BÁO\nTuyển dụng viên chức năm 2031")
MERGED = ("| TT | Đơn vị | Chỉ tiêu tuyển dụng | | Ghi chú |\n|---|---|---|---|---|\n"
          "| | | **Vị trí** | **Số lượng (người)** | |\n")
SINGLE = "| TT | Đơn vị | Vị trí | Số lượng (người) | Ghi chú |\n|---|---|---|---|---|\n"
ROWS = ("| 1 | Phòng Kỹ thuật | Kỹ sư | 05 | Xây dựng |\n| 2 | Phòng Kế hoạch | Chuyên viên | 03 | |\n"
        "| **Tổng cộng** | | | **8** | |\n")


def _notice_figures(body: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit or "", q.comparator) for q in parse_text(NOTICE + body + TAIL).quantities]


MERGED_HEADERS = [
    # the second header row names the columns under the merged one: each row's figure counts its people
    ("Tổng chỉ tiêu năm 2031 là 8 người, phân bổ như sau:\n\n" + MERGED + ROWS,
     [(8, "người", "eq"), (5, "người", "eq"), (3, "người", "eq")]),
    # counter-cases: one header row reads as before; a total row the text told before counts once
    ("Tổng chỉ tiêu năm 2031 là 8 người, phân bổ như sau:\n\n" + SINGLE + ROWS,
     [(8, "người", "eq"), (5, "người", "eq"), (3, "người", "eq")]),
    ("Chỉ tiêu phân bổ như sau:\n\n" + SINGLE + ROWS, [(5, "người", "eq"), (3, "người", "eq"), (8, "người", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), MERGED_HEADERS)
def test_a_merged_header_names_its_columns(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _notice_figures(body) == figures


# ---- a scan's note in square brackets under the trích yếu ----------------------------------------------------------

def _report(subject_lines: str) -> str:
    return ("CÔNG AN TỈNH AN HÒA          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n CÔNG AN XÃ TÂN AN               Độc lập - "
            "Tự do - Hạnh phúc\n Số: 27 /BC-CAX                  Tân An, ngày 02 tháng 4 năm 2031\n\n"
            "                               BÁO CÁO\n" + subject_lines + "\n\n   Công an xã báo cáo như sau:\n"
            "   Tổ chức 126 lượt tuần tra.\n" + TAIL)


SCAN_NOTES = [
    # handwriting or a stamp copied in brackets beside the subject is no part of it
    ("       Kết quả công tác bảo đảm an ninh, trật tự quý I năm 2031\n                 và phương hướng nhiệm vụ quý "
     "II năm 2031\n                                                  [Đ/c Hưng - xem, xử lý]",
     "Kết quả công tác bảo đảm an ninh, trật tự quý I năm 2031 và phương hướng nhiệm vụ quý II năm 2031"),
    # counter-cases: a round bracket naming a round stays, as does a bracket inside the subject
    ("       Kết quả Hội thi tìm hiểu pháp luật (đợt 2)", "Kết quả Hội thi tìm hiểu pháp luật (đợt 2)"),
    ("       Kết quả rà soát [lần 2] các hộ tạm trú năm 2031", "Kết quả rà soát [lần 2] các hộ tạm trú năm 2031"),
]


@pytest.mark.parametrize(("subject_lines", "subject"), SCAN_NOTES)
def test_a_scan_note_after_the_subject_is_no_part_of_it(subject_lines: str, subject: str) -> None:
    assert parse_text(_report(subject_lines)).subject == subject


# ---- a forum post's own words after a one-line copy, set off by two dashes -----------------------------------------

ONE_LINE = ("Re: Xin mẫu báo cáo - Bài gửi bởi yte_xa » 06/01/2031 21:14 -- Mình gửi bản của huyện mình nhé: SỞ Y TẾ AN "
            "HÒA TRUNG TÂM Y TẾ HUYỆN AN LẠC Số: 12/BC-TTYT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
            "phúc An Lạc, ngày 05 tháng 01 năm 2031 BÁO CÁO Kết quả tiêm chủng năm 2030 Kính gửi: Sở Y tế. Năm 2030 "
            "đã tiêm cho 1.428 trẻ. Nơi nhận: - Như trên; - Lưu: VT. GIÁM ĐỐC (Đã ký) Lê Văn Thành{tail}")


@pytest.mark.parametrize("tail", [" -- Bản gốc mình có file word, ai cần thì inbox nhé. Cảm ơn mod!", ""])
def test_a_posters_words_after_two_dashes_end_the_signers_name(tail: str) -> None:
    record = parse_text(ONE_LINE.format(tail=tail))
    assert record.signer is not None and record.signer.name == "Lê Văn Thành"
    # counter-case: the preface's own two dashes after a clock time leave the letterhead read
    assert record.number is not None and record.number.normalized == "12/BC-TTYT"


# ---- a report's list of what was done goes on past its semicolons under a state heading ----------------------------

GUIDE = PROPOSAL.replace("75/TTr-BQLDA", "18/HD-BQLDA").replace("TỜ TRÌNH\nVề việc sửa chữa công trình",
                                                                "HƯỚNG DẪN\nQuản lý trạm đo mưa năm 2031")
DONE_LISTS = [
    # "đã" before the first act reaches the acts after the semicolons, across hard-wrapped lines
    ("I. TÌNH HÌNH CHUNG\nNăm 2030, Đài đã kiểm tra, bảo\ndưỡng định kỳ 328 lượt trạm; thay thế 27 bộ pin năng lượng "
     "và 41\nthiết bị truyền tin; tỷ lệ số liệu truyền về đầy đủ, đúng giờ đạt\n97,6%. Trong năm xảy ra 9 vụ mất trộm "
     "thiết bị.",
     [(328, "lượt trạm", "eq"), (27, "bộ pin", "eq"), (41, "thiết bị", "eq"), (97.6, "%", "eq")]),
    # counter-cases: the present state keeps its own "đã"; a figure with no cue under the heading stays the state
    ("I. TÌNH HÌNH CHUNG\nTrên địa bàn tỉnh hiện có 16 khu công nghiệp, trong đó 12 khu công nghiệp đã đi vào hoạt "
     "động; tỷ lệ lấp đầy bình quân 71,4%.", []),
    ("I. TÌNH HÌNH CHUNG\nToàn tỉnh có 164 trạm đo mưa; 112 trạm đặt tại trụ sở UBND cấp xã.", []),
]


@pytest.mark.parametrize(("body", "figures"), DONE_LISTS)
def test_a_list_of_done_work_goes_on_past_its_semicolons(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert [(q.value, q.unit or "", q.comparator) for q in parse_text(GUIDE + body + TAIL).quantities] == figures

"""The forty-ninth heldout round's failure classes (invented documents, with counter-cases): a plan annex's DOCX table
copied with tabs, whose "Thời gian hoàn thành" column ("Quý III/2030", "Tháng 6/2030") went unread as by-whens and
whose "Hiện trạng năm 2029" column (the state the plan starts from) was counted as targets."""

from __future__ import annotations

import pytest

from vanban import parse_text

PLAN_HEAD = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "XÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n"
             "Số: 41/KH-UBND\tAn Phú, ngày 09 tháng 12 năm 2029\n\n"
             "KẾ HOẠCH\nXây dựng nông thôn mới năm 2030\n\n"
             "Ủy ban nhân dân xã xây dựng kế hoạch như sau:\n\n"
             "I. NHIỆM VỤ\nCác ban, ngành triển khai theo Phụ lục.\n\n")
PLAN_TAIL = "\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Bình\n"


def _parse(body: str):  # type: ignore[no-untyped-def]
    return parse_text(PLAN_HEAD + body + PLAN_TAIL)


TAB_TIME_COLUMN = [
    ("PHỤ LỤC\nTT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n"
     "1\tCứng hóa đường trục thôn\tCông chức Địa chính\tQuý III/2030\n"
     "2\tLắp đèn chiếu sáng\tĐoàn Thanh niên xã\tTháng 6/2030\n",
     [("2030-06-30", "2030-06"), ("2030-09-30", "2030-Q3")]),
    ("PHỤ LỤC\nTT\tNội dung\tThời hạn hoàn thành\tGhi chú\n"
     "1\tRà soát hộ nghèo\tTrước ngày 15/3/2030\tcả xã\n",
     [("2030-03-15", None)]),
    # counter-cases: a date in another column of the row is no by-when; a table without a time column has none
    ("PHỤ LỤC\nTT\tNội dung\tNgày khởi công\tThời gian hoàn thành\n"
     "1\tNhà văn hóa thôn 2\t15/02/2030\tQuý IV/2030\n",
     [("2030-12-31", "2030-Q4")]),
    ("PHỤ LỤC\nTT\tNội dung\tĐơn vị chủ trì\tGhi chú\n"
     "1\tCứng hóa đường trục thôn\tCông chức Địa chính\tQuý III/2030\n", []),
]


@pytest.mark.parametrize(("body", "expected"), TAB_TIME_COLUMN)
def test_a_tab_tables_time_column_holds_by_whens(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert sorted((d.due or "", d.period) for d in _parse(body).deadlines) == expected


def test_a_tab_time_columns_row_names_its_task_and_lead() -> None:
    body = ("PHỤ LỤC\nTT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n"
            "1\tCứng hóa đường trục thôn\tCông chức Địa chính\tQuý III/2030\n")
    (d,) = _parse(body).deadlines
    assert (d.action, d.responsible) == ("Cứng hóa đường trục thôn", "Công chức Địa chính")


STATE_COLUMN = [
    ("PHỤ LỤC\nTT\tNội dung\tĐVT\tHiện trạng năm 2029\tKế hoạch năm 2030\n"
     "1\tĐường trục thôn được cứng hóa\tkm\t21,4\t28,2\n"
     "2\tĐèn chiếu sáng đường thôn\tbóng\t310\t420\n",
     [(28.2, "km"), (420, "bóng")]),
    ("PHỤ LỤC\nTT\tNội dung\tĐVT\tThực trạng\tMục tiêu năm 2030\n"
     "1\tMô hình phân loại rác\tmô hình\t2\t5\n",
     [(5, "mô hình")]),
    # counter-case: a column of what was done stays counted
    ("PHỤ LỤC\nTT\tNội dung\tĐVT\tThực hiện năm 2029\tKế hoạch năm 2030\n"
     "1\tĐường trục thôn được cứng hóa\tkm\t21,4\t28,2\n",
     [(21.4, "km"), (28.2, "km")]),
]


@pytest.mark.parametrize(("body", "expected"), STATE_COLUMN)
def test_a_present_state_column_counts_nothing(body: str, expected: list[tuple[float, str]]) -> None:
    assert sorted((q.value, q.unit) for q in _parse(body).quantities) == expected


# ---- a decision's approving article: what it approves is a target, its cost parts too -------------------------------

DECISION_HEAD = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "HUYỆN AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n"
                 "Số: 315/QĐ-UBND\tAn Phú, ngày 02 tháng 12 năm 2029\n\n"
                 "QUYẾT ĐỊNH\nVề việc phê duyệt dự án nhà văn hóa xã\n\n"
                 "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN AN PHÚ\n\n"
                 "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;\n\nQUYẾT ĐỊNH:\n\n")
DECISION_TAIL = ("\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
                 "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Bình\n")


def _decision_figures(body: str) -> list[tuple[float, str, str]]:
    record = parse_text(DECISION_HEAD + body + DECISION_TAIL)
    return sorted((q.value, q.unit or "", q.kind) for q in record.quantities)


APPROVING_ARTICLE = [
    ("Điều 1. Phê duyệt dự án nhà văn hóa xã, với các nội dung chủ yếu sau:\n"
     "1. Quy mô đầu tư: nhà văn hóa 02 tầng gồm 01 hội trường và 04 phòng chức năng; sân bê tông 850 m2.\n"
     "2. Tổng mức đầu tư: 6.240.000.000 đồng, trong đó:\n"
     "- Chi phí xây dựng: 5.120.000.000 đồng;\n- Chi phí dự phòng: 310.000.000 đồng.\n"
     "Điều 2. Giao Ban Quản lý dự án tổ chức thực hiện.\n",
     [(1, "hội trường", "target"), (4, "phòng", "target"), (850, "m2", "target"),
      (310000000, "đồng", "target"), (5120000000, "đồng", "target"), (6240000000, "đồng", "target")]),
    # counter-cases: a rate keeps its rule reading there; an article that approves nothing needs a cue word; the
    # building's floors are no count
    ("Điều 1. Phê duyệt định mức hỗ trợ: chi phí ăn ở 150.000 đồng/người/ngày.\n", []),
    ("Điều 1. Thành lập Tổ công tác gồm 05 thành viên, chi phí 12.000.000 đồng.\n"
     "Điều 2. Giao Văn phòng tổ chức thực hiện.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), APPROVING_ARTICLE)
def test_what_a_decision_approves_is_a_target(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert _decision_figures(body) == expected


# ---- a weekly schedule copied from a DOCX table with tabs -----------------------------------------------------------

WEEK_HEAD = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "HUYỆN AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n"
             "Số: 498/TB-UBND\tAn Phú, ngày 14 tháng 12 năm 2029\n\n"
             "THÔNG BÁO\nLịch làm việc của Thường trực UBND huyện tuần 51\n\n"
             "Ngày\tBuổi\tNội dung công việc\tChủ trì\tĐịa điểm\n")
WEEK_TAIL = "\nNơi nhận:\n- Các phòng, ban;\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nLê Văn Bình\n"

TAB_WEEK = [
    ("Thứ Hai\n17/12\tSáng (7h30)\tChào cờ; họp giao ban\tCT, các PCT\tPhòng họp A\n"
     "\tChiều (14h00)\tLàm việc với Ban Quản lý dự án\tCT UBND huyện\tPhòng họp B\n"
     "Thứ Tư\n19/12\tCả ngày\tTiếp công dân định kỳ\tCT UBND huyện\tBan Tiếp công dân\n"
     "Thứ Năm\n20/12\tChiều (13h30 - 17h00)\tHội nghị trực tuyến\tPCT\tĐiểm cầu huyện\n",
     [("2029-12-17T07:30", None), ("2029-12-17T14:00", None), ("2029-12-19", None),
      ("2029-12-20T13:30", "2029-12-20T17:00")]),
]


@pytest.mark.parametrize(("body", "expected"), TAB_WEEK)
def test_a_tab_copied_weekly_schedule_gives_each_rows_event(body: str, expected: list[tuple[str, str | None]]) -> None:
    record = parse_text(WEEK_HEAD + body + WEEK_TAIL)
    assert sorted((e.date, e.end) for e in record.events) == expected


def test_a_clock_in_a_content_cell_is_no_time_cell() -> None:
    """Counter-case: the hour a task is due by in a row's content cell ("... trước 9h00 thứ Hai") is no sitting."""
    body = "Thứ Sáu\n21/12\tSáng\tKiểm tra công trình, báo cáo kết quả trước 9h00 thứ Hai\tPCT\tXã An Lạc\n"
    record = parse_text(WEEK_HEAD + body + WEEK_TAIL)
    assert not any(e.date.endswith("T09:00") for e in record.events)


# ---- incidents listed after a semicolon, the verb of recording in the first clause ----------------------------------

REPORT_HEAD = ("UBND TỈNH AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "SỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 412/BC-SYT\tAn Bình, ngày 11 tháng 12 năm 2029\n\n"
               "BÁO CÁO\nKết quả công tác y tế năm 2029\n\n")
REPORT_TAIL = "\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Bình\n"


def _report_figures(body: str) -> list[tuple[float, str]]:
    return sorted((q.value, q.unit or "") for q in parse_text(REPORT_HEAD + body + REPORT_TAIL).quantities)


INCIDENT_LIST = [
    ("Từ đầu năm đến nay, toàn tỉnh ghi nhận 3.186 ca mắc sốt xuất huyết, 2 ca tử vong; 412 ca tay chân miệng; "
     "18 ca bệnh dại, tăng 6 ca so với cùng kỳ.\n", []),
    ("Trong năm xảy ra 3 vụ tai nạn điện làm chết 2 người; 2 sự cố tràn dầu nhỏ tại cảng cá đã được khắc phục.\n", []),
    # counter-cases: a clause with its own verb tells what was done; a list after no incident is counted
    ("Toàn tỉnh ghi nhận 3.186 ca mắc sốt xuất huyết; đã điều trị khỏi 3.100 ca.\n", [(3100, "ca")]),
    ("Năm 2029 đã tiêm vắc xin cho 21.380 trẻ; 412 trẻ được khám sàng lọc.\n", [(412, "trẻ"), (21380, "trẻ")]),
]


@pytest.mark.parametrize(("body", "expected"), INCIDENT_LIST)
def test_incidents_listed_after_a_semicolon_are_incidents(body: str, expected: list[tuple[float, str]]) -> None:
    assert _report_figures(body) == expected


# ---- a total row most of whose figures the text told, one new --------------------------------------------------------

TOTAL_ROW = [
    ("II. CHỈ TIÊU\nDiện tích tham gia năm 2030 đạt 2.450 ha, trong đó tưới tiết kiệm tối thiểu 1.800 ha; xây dựng "
     "5 mô hình trình diễn.\n\nIII. CHỈ TIÊU GIAO CÁC ĐỊA PHƯƠNG\n\n"
     "| STT | Địa phương | Diện tích (ha) | Tưới tiết kiệm (ha) | Số mô hình | Số HTX liên kết |\n"
     "|---|---|---:|---:|---:|---:|\n"
     "| 1 | Huyện Đông | 1.450 | 1.000 | 3 | 9 |\n"
     "| 2 | Huyện Tây | 1.000 | 800 | 2 | 7 |\n"
     "| | **Tổng cộng** | **2.450** | **1.800** | **5** | **16** |\n",
     [(2, "mô hình"), (3, "mô hình"), (5, "mô hình"), (7, "htx liên kết"), (9, "htx liên kết"),
      (16, "htx liên kết"), (800, "ha"), (1000, "ha"), (1000, "ha"), (1450, "ha"), (1800, "ha"), (2450, "ha")]),
    # counter-case: one figure of the row told in the text is not enough to make the row the same again
    ("II. CHỈ TIÊU\n1. Diện tích tham gia năm 2030 đạt 2.450 ha.\n2. Chỉ tiêu giao các địa phương\n\n"
     "| STT | Địa phương | Diện tích (ha) | Số HTX liên kết |\n"
     "|---|---|---:|---:|\n"
     "| 1 | Huyện Đông | 1.450 | 9 |\n"
     "| 2 | Huyện Tây | 1.000 | 7 |\n"
     "| | **Tổng cộng** | **2.450** | **16** |\n",
     [(7, "htx liên kết"), (9, "htx liên kết"), (16, "htx liên kết"), (1000, "ha"), (1450, "ha"), (2450, "ha"),
      (2450, "ha")]),
]


@pytest.mark.parametrize(("body", "expected"), TOTAL_ROW)
def test_a_total_rows_told_figures_are_the_same_again(body: str, expected: list[tuple[float, str]]) -> None:
    assert sorted((q.value, q.unit or "") for q in _parse(body).quantities) == expected


# ---- the staff lost counted is the state of affairs ------------------------------------------------------------------

STAFF_LOST = [
    ("Tình trạng thiếu nhân lực chưa được khắc phục; 27 bác sĩ nghỉ việc, chuyển công tác trong năm.\n", []),
    ("Trong năm có 12 viên chức thôi việc theo nguyện vọng.\n", []),
    # counter-cases: help to those who left is done; staff recruited is done
    ("Đã hỗ trợ 120 lao động nghỉ việc với số tiền 360 triệu đồng.\n", [(120, "lao động"), (360000000, "đồng")]),
    ("Đã tuyển dụng 35 bác sĩ theo chính sách thu hút.\n", [(35, "bác sĩ")]),
]


@pytest.mark.parametrize(("body", "expected"), STAFF_LOST)
def test_the_staff_lost_is_the_state_of_affairs(body: str, expected: list[tuple[float, str]]) -> None:
    assert _report_figures(body) == expected


# ---- "bảo đảm ... ít nhất N% ... trong <period>": the period a required level is to be met by --------------------------

REQUIRED_LEVEL = [
    ("II. NHIỆM VỤ\nTrung tâm phối hợp tiêm phòng dại cho chó, mèo, bảo đảm tỷ lệ tiêm đạt ít nhất 70% tổng đàn "
     "trong quý I năm 2030.\n", [("2030-03-31", "2030-Q1")]),
    ("II. NHIỆM VỤ\nCác xã đảm bảo thu gom tối thiểu 90% rác thải sinh hoạt trong tháng 3/2030.\n",
     [("2030-03-31", "2030-03")]),
    # counter-case: no bound figure, no by-when ("bảo đảm ... trong năm" is the span a plan runs in)
    ("II. NHIỆM VỤ\nCác đơn vị bảo đảm an toàn tuyệt đối cho người bệnh trong năm 2030.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), REQUIRED_LEVEL)
def test_a_required_levels_period_is_a_by_when(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert sorted((d.due or "", d.period) for d in _parse(body).deadlines) == expected

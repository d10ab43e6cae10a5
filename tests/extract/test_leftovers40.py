"""The leftovers of heldout rounds 35-40 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND THÀNH PHỐ A\nTRUNG TÂM Y TẾ\nSố: 88/BC-TTYT\nA, ngày 05 tháng 8 năm 2028\n\nBÁO CÁO\n"
          "Tình hình phòng, chống dịch bệnh tháng 7\n\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Thạnh\n"


def _figures(head: str, line: str) -> list[tuple[float, str]]:
    return [(float(q.value), q.unit or "") for q in parse_text(head + line + TAIL).quantities]


# ---- a bare "ca" right after a verb of recording is a case, an incident --------------------------------------------

BARE_CASES = [
    ("Riêng tháng 7 ghi nhận 213 ca, tập trung tại 4 phường.", []),
    ("Trong tháng, các trạm y tế ghi nhận 45 ca; đã xử lý 12 ổ dịch.", [(12, "ổ dịch")]),
    ("Trong tháng phát sinh 8 ca mới tại 2 xã.", []),
    ("Tuần qua ghi nhận 17 ca.", []),
    # counter-cases: a "ca" naming a shift or work; what was recognised; "có" counts what exists
    ("Đơn vị bố trí 3 ca trực mỗi ngày.", [(3, "ca")]),
    ("Bệnh viện đã thực hiện 320 ca phẫu thuật.", [(320, "ca")]),
    ("Bệnh viện ghi nhận 15 sáng kiến cải tiến kỹ thuật.", [(15, "sáng kiến")]),
]


@pytest.mark.parametrize(("line", "figures"), BARE_CASES)
def test_a_bare_ca_after_a_recording_verb_is_an_incident(line: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, line) == figures


# ---- a table column of an index measured ("Chỉ số ... (BI)") holds no counts -------------------------------------

INDEX_TABLES = [
    ("| Xã | Số ổ dịch đã xử lý | Chỉ số nhà có lăng quăng (BI) |\n|---|---|---|\n| Xã A | 12 | 28 |\n"
     "| Xã B | 7 | 35 |", [12, 7]),
    ("Đơn vị\tSố hộ được kiểm tra\tChỉ số dụng cụ chứa nước có lăng quăng (CI)\nPhường C\t1.200\t31\nPhường D\t950\t18",
     [1200, 950]),
    # counter-cases: an index in % gives shares; a count column beside a plain header stays
    ("| Chỉ tiêu | Chỉ số phát triển (%) |\n|---|---|\n| Giá trị sản xuất công nghiệp | 114,6 |",
     [114.6]),
    ("| Xã | Số hộ được phun hóa chất |\n|---|---|\n| Xã A | 320 |", [320]),
]


@pytest.mark.parametrize(("table", "values"), INDEX_TABLES)
def test_an_index_column_holds_no_counts(table: str, values: list[float]) -> None:
    found = _figures(REPORT, "1. Kết quả thực hiện trong tháng\n\n" + table)
    assert [value for value, _ in found] == values


# ---- a decision's operative part orders: a minimum it sets, an amount it allots and what the amount is for ----------

DECISION = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 512/QĐ-UBND\nB, ngày 16 tháng 12 năm 2027\n\nQUYẾT ĐỊNH\n"
            "Về việc phân bổ kinh phí sửa chữa trạm y tế xã năm 2028\n\nỦY BAN NHÂN DÂN HUYỆN B\n\n"
            "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n{grounds}\n\nQUYẾT ĐỊNH:\n\n")
DECISION_ARTICLES = [
    ("", "Điều 1. Phân bổ 1.200.000.000 đồng (Một tỷ hai trăm triệu đồng) từ nguồn ngân sách huyện năm 2028 để sửa "
         "chữa, nâng cấp 04 trạm y tế xã.", [(1.2e9, "target"), (4, "target")]),
    ("", "Điều 2. Giao UBND các xã huy động nhân dân đóng góp tối thiểu 15% kinh phí sửa chữa.", [(15, "target")]),
    # counter-cases: the grounds before "QUYẾT ĐỊNH:"; a bare share (a rule's rate as often); a count after the amount
    # that is no purpose of it
    ("Xét đề nghị của Phòng Tài chính tại Tờ trình số 12/TTr-TCKH, đề nghị phân bổ tối thiểu 500 triệu đồng.",
     "Điều 1. Giao Phòng Tài chính hướng dẫn các xã.", []),
    ("", "Điều 1. Giảm 50% học phí cho học sinh thuộc hộ nghèo.", []),
    ("", "Điều 1. Phân bổ 800.000.000 đồng cho các xã; 03 xã chưa có trạm y tế.", [(8e8, "target")]),
]


@pytest.mark.parametrize(("grounds", "line", "figures"), DECISION_ARTICLES)
def test_a_decisions_operative_part_orders_its_figures(grounds: str, line: str,
                                                       figures: list[tuple[float, str]]) -> None:
    rec = parse_text(DECISION.format(grounds=grounds) + line + TAIL)
    assert [(float(q.value), q.kind) for q in rec.quantities] == figures


# ---- a programme's numbered component ("Dự án 2", "Tiểu dự án 3") is a name, no count --------------------------------

PROGRESS = ("UBND TỈNH A\nBAN DÂN TỘC\nSố: 45/BC-BDT\nA, ngày 10 tháng 12 năm 2027\n\nBÁO CÁO\n"
            "Kết quả thực hiện Chương trình mục tiêu quốc gia năm 2027\n\nI. KẾT QUẢ\n")
COMPONENTS = [
    ("Dự án 2 giải ngân thấp do vướng mắc trong giải phóng mặt bằng.", []),
    ("Tiểu dự án 3 chậm triển khai do nguồn vốn giao muộn.", []),
    ("Hợp phần 1 đạt thấp so với kế hoạch.", []),
    # counter-cases: an amount of a scale given to a component; projects counted
    ("Đã giải ngân cho gói thầu 265,8 tỷ đồng (kể cả tạm ứng).", [(265.8e9, "đồng")]),
    ("Năm 2027 đã khởi công mới 05 dự án, hoàn thành 3 dự án.", [(5, "dự án"), (3, "dự án")]),
]


@pytest.mark.parametrize(("line", "figures"), COMPONENTS)
def test_a_numbered_component_is_a_name(line: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(PROGRESS, line) == figures


# ---- a total row whose every figure the text told before is the same set again, in any section ---------------------

TOTAL_TOLD = ("I. TÌNH HÌNH CHUNG\nNăm 2028, Ban làm chủ đầu tư các dự án với tổng kế hoạch vốn 520 tỷ đồng; đến "
              "hết tháng 6, Ban đã giải ngân 210,4 tỷ đồng, đạt 40,5% kế hoạch vốn.\n\nII. TIẾN ĐỘ TỪNG DỰ ÁN\n"
              "TT\tDự án\tKế hoạch vốn (tỷ đồng)\tGiải ngân (tỷ đồng)\tTỷ lệ (%)\n"
              "1\tĐường tỉnh 392 đoạn qua huyện A\t300\t130,4\t43,5\n"
              "2\tCầu Bến Trại qua sông Luộc\t220\t80\t36,4\n"
              "\t{total}\t520\t210,4\t{share}\n")
TOTAL_ROWS = [
    ("Cộng", "40,5", 9),
    ("Tổng cộng", "40,5", 9),
    # counter-case: a row one figure of which the text did not tell is the table's own (the text's figures stay)
    ("Cộng", "40,4", 12),
]


@pytest.mark.parametrize(("total", "share", "count"), TOTAL_ROWS)
def test_a_total_row_told_before_is_no_new_count(total: str, share: str, count: int) -> None:
    rec = parse_text(PROGRESS.replace("I. KẾT QUẢ\n", "") + TOTAL_TOLD.format(total=total, share=share) + TAIL)
    assert len(rec.quantities) == count


def test_a_single_total_of_another_section_is_another_count() -> None:
    """Round 32's class stays: one figure of another section told above a table's "Cộng" is another count."""
    text = ("1. Công tác kiểm tra\nỦy ban Kiểm tra đã kết luận 07 đảng viên có vi phạm.\n\n"
            "2. Kết quả của các đảng ủy cơ sở\n| Đảng ủy | Số đảng viên được kiểm tra |\n|---|---|\n"
            "| Đảng ủy xã A | 4 |\n| Đảng ủy xã B | 3 |\n| Cộng | 7 |\n")
    rec = parse_text(PROGRESS.replace("I. KẾT QUẢ\n", "") + text + TAIL)
    assert [q.value for q in rec.quantities].count(7) == 2


# ---- "toàn bộ N" after a verb in a công điện's directives: all of them, ordered worked ------------------------------

DISPATCH = ("UBND TỈNH A\nCHI CỤC THỦY LỢI\nSố: 05/CĐ-CCTL\nA, ngày 17 tháng 9 năm 2028\n\nCÔNG ĐIỆN\n"
            "Về việc chủ động ứng phó với bão số 6\n\nBão số 6 đang di chuyển nhanh vào đất liền. Chi cục trưởng "
            "Chi cục Thủy lợi yêu cầu các đơn vị thực hiện các nội dung sau:\n\n")
WHOLE_ORDERS = [
    ("2. Công ty Khai thác công trình thủy lợi mở toàn bộ 32 cống tiêu ra sông khi thủy triều xuống.", [32]),
    ("3. Các Hạt Quản lý đê kiểm tra toàn bộ 45 vị trí xung yếu trên tuyến đê.", [45]),
    # counter-cases: "toàn bộ" after no verb names a whole, no count ordered; a count without it still needs a cue
    ("2. Toàn bộ 12 hồ chứa đang tích nước ở mức cao.", []),
    ("2. Công ty mở 06 lớp tập huấn cho công nhân vận hành.", []),
]


@pytest.mark.parametrize(("line", "values"), WHOLE_ORDERS)
def test_all_of_them_in_a_directive_is_ordered(line: str, values: list[float]) -> None:
    rec = parse_text(DISPATCH + line + TAIL)
    assert [q.value for q in rec.quantities if q.kind == "target"] == values


# ---- "N điểm <kind of place>" counts places; "N điểm" going on with a score stays a score ---------------------------

FIRE = ("UBND HUYỆN A\nCÔNG AN HUYỆN A\nSố: 12/CAH-PC07\nA, ngày 05 tháng 3 năm 2029\n\nV/v tăng cường phòng cháy\n\n"
        "Kính gửi: UBND các xã, thị trấn\n\n")
PLACES = [
    ("1. Xây dựng mới 12 Điểm chữa cháy công cộng tại các khu dân cư trong năm 2029.", [12]),
    ("Đã sửa chữa 146 điểm rò rỉ trên mạng lưới cấp nước.", [146]),
    ("2. Duy trì 96 Tổ liên gia an toàn và 31 điểm chữa cháy công cộng đã xây dựng.", [96, 31]),
    # counter-cases: a score going on after "điểm"; a subject scored; a landslide's places (incidents); a shortfall
    ("Mỗi tiêu chí đạt được cộng 2 điểm thưởng, tổng tối đa 20 điểm.", []),
    ("Học sinh đạt 9 điểm Toán được khen thưởng.", []),
    ("Đợt mưa lũ đã gây 47 điểm sạt lở taluy dương, 9 điểm sụt lún nền đường.", []),
    ("Hiện nay trên địa bàn còn 14 điểm tiềm ẩn nguy cơ tai nạn giao thông chưa được xử lý.", []),
    ("Đợt mưa lũ đã gây 47 vị trí sạt lở taluy dương.", []),
    ("Hiện nay trên địa bàn còn 14 vị trí tiềm ẩn nguy cơ tai nạn giao thông chưa được xử lý.", []),
]


@pytest.mark.parametrize(("line", "values"), PLACES)
def test_points_of_a_kind_of_place_are_counted(line: str, values: list[float]) -> None:
    assert [q.value for q in parse_text(FIRE + line + TAIL).quantities] == values


def test_work_done_on_landslide_places_is_counted() -> None:
    """A verb of work before the places ("đã khắc phục 12 điểm sạt lở") tells what the bodies did: a result."""
    rec = parse_text(FIRE + "Lực lượng quản lý đường bộ đã khắc phục 12 điểm sạt lở trên các tuyến đường." + TAIL)
    assert [(q.value, q.kind) for q in rec.quantities] == [(12, "result")]


# ---- a letterhead line ending with a body's kind word ("... TRƯỜNG") goes on with the kind on the next line ----------

LETTER = ("{letterhead}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 21/TB-HSV\tĐà Nẵng, ngày 05 tháng 4 năm 2028\n\n"
          "THÔNG BÁO\nVề việc tuyển chọn sinh viên tình nguyện\n\nNội dung thông báo.\n\nNơi nhận:\n- Lưu: VP.\n"
          "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An\n")
WRAPPED_KINDS = [
    ("HỘI SINH VIÊN VIỆT NAM TP. ĐÀ NẴNG\nBCH HỘI SINH VIÊN TRƯỜNG\nĐẠI HỌC SƯ PHẠM",
     "BCH HỘI SINH VIÊN TRƯỜNG ĐẠI HỌC SƯ PHẠM", "HỘI SINH VIÊN VIỆT NAM TP. ĐÀ NẴNG"),
    ("HỘI SINH VIÊN VIỆT NAM TỈNH THỪA THIÊN HUẾ\nBCH HỘI SINH VIÊN TRƯỜNG\nCAO ĐẲNG Y TẾ HUẾ",
     "BCH HỘI SINH VIÊN TRƯỜNG CAO ĐẲNG Y TẾ HUẾ", "HỘI SINH VIÊN VIỆT NAM TỈNH THỪA THIÊN HUẾ"),
    # counter-cases: a school under its parent; a kind word opening its own line
    ("ĐẠI HỌC HUẾ\nTRƯỜNG ĐẠI HỌC KINH TẾ", "TRƯỜNG ĐẠI HỌC KINH TẾ", "ĐẠI HỌC HUẾ"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THPT LÊ LỢI", "TRƯỜNG THPT LÊ LỢI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
]


@pytest.mark.parametrize(("letterhead", "name", "parent"), WRAPPED_KINDS)
def test_a_kind_word_ending_a_letterhead_line_goes_on(letterhead: str, name: str, parent: str) -> None:
    issuer = parse_text(LETTER.format(letterhead=letterhead)).issuer
    assert issuer is not None and (issuer.name, issuer.parent) == (name, parent)


# ---- a body table's dash cell (no value) is no list item of the closing columns -------------------------------------

MD_REPORT = ("| SỞ Y TẾ TỈNH A<br>**TRUNG TÂM Y TẾ THÀNH PHỐ B** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n"
             "| Số: 86/BC-TTYT | *B, ngày 14 tháng 8 năm 2028* |\n\n**BÁO CÁO**\n\n**Tình hình dịch bệnh tháng 7**\n\n"
             "**1. Kết quả**\n\n| Phường | Số ổ dịch đã xử lý | Ghi chú |\n|---|---|---|\n| Phường C | 21 | {cell} |\n"
             "| Phường D | 9 | {cell} |\n\n**2. Kiến nghị**\n\nĐề nghị tăng cường giám sát.\n\n"
             "| **Nơi nhận:**<br>- Như trên;<br>- Sở Y tế (b/c);<br>- Lưu: VT. | **GIÁM ĐỐC**<br><br><br>"
             "**Bs.CKII. Trần Văn Minh** |\n|---|---|\n")


@pytest.mark.parametrize("cell", ["-", "–", "đạt", ""])
def test_a_dash_cell_of_a_body_table_leaves_the_signature(cell: str) -> None:
    rec = parse_text(MD_REPORT.format(cell=cell))
    assert rec.signer is not None and (rec.signer.name, rec.signer.position) == ("Trần Văn Minh", "Giám đốc")
    assert [d.name for d in rec.distribution] == ["Như trên", "Sở Y tế (b/c)", "Lưu: VT"]

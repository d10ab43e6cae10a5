"""The event, deadline, issuer, signer and doc_type leftovers of heldout rounds 53-58 (issue 10), fixed by class:
invented documents, with counter-cases."""

from __future__ import annotations

import textwrap

import pytest

from vanban import parse_text
from vanban.normalize import normalize

# ---- a PDF page's running footer ("<short title>   Trang 2/2") is a line of its own, never a wrapped line's end ----

_WRAPPED = ("Thực hiện Quyết định số 45/QĐ-UBND ngày 05/01/2029 của UBND tỉnh, Sở Giao thông vận tải kính trình UBND "
            "tỉnh xem xét, phê duyệt kế hoạch bảo trì đường tỉnh năm 2030 với tổng kinh phí 120 tỷ đồng, trong đó sửa "
            "chữa định kỳ 40 km mặt đường và thay thế 6 cầu yếu trên các tuyến đường tỉnh ĐT.941, ĐT.942 và ĐT.943; "
            "lắp đặt bổ sung biển báo, hộ lan tôn sóng tại các vị trí nguy hiểm; bảo dưỡng thường xuyên toàn bộ hệ "
            "thống đường tỉnh.")
SUBMISSION = ("UBND TỈNH AN GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIAO THÔNG VẬN TẢI\tĐộc lập - Tự do - Hạnh "
              "phúc\nSố: 112/TTr-SGTVT\tLong Xuyên, ngày 10 tháng 01 năm 2030\n\nTỜ TRÌNH\nVề việc phê duyệt kế hoạch "
              "bảo trì đường tỉnh năm 2030\n\nKính gửi: Ủy ban nhân dân tỉnh.\n\n"
              + "\n".join(textwrap.wrap(_WRAPPED, 88) * 2)
              + "\nSở Giao thông vận tải kính trình UBND tỉnh xem xét, phê duyệt./.\n\n")
_FOOTER = "  Sở Giao thông vận tải tỉnh An Giang - Tờ trình kế hoạch bảo trì đường tỉnh        Trang 2/2"
_NAME = "                                                     Lê Văn Bình\n"
_LEFT_RIGHT = ("Nơi nhận:                                                  GIÁM ĐỐC\n- Như trên;\n- Sở Tài chính;"
               "                                            (Đã ký)\n- Lưu: VT, QLGT.\n")
FOOTED_CLOSINGS = [
    _LEFT_RIGHT + _NAME + _FOOTER + "\n",  # the footer right under the name (a line the width reads as wrapped)
    _LEFT_RIGHT + _NAME + "Tờ trình số 112/TTr-SGTVT - Trang 2\n",
    _LEFT_RIGHT + _NAME + "                       Tờ trình số 112/TTr-SGTVT | Trang 2\n",
    # counter-cases: a footer behind a blank line, a page number alone, no footer
    _LEFT_RIGHT + _NAME + "\n" + _FOOTER + "\n",
    _LEFT_RIGHT + _NAME + "2\n",
    _LEFT_RIGHT + _NAME,
]


@pytest.mark.parametrize("closing", FOOTED_CLOSINGS)
def test_a_running_footer_under_the_name_leaves_the_name(closing: str) -> None:
    rec = parse_text(SUBMISSION + closing)
    assert rec.signer is not None
    assert (rec.signer.name, rec.signer.position) == ("Lê Văn Bình", "Giám đốc")
    assert [d.name for d in rec.distribution] == ["Như trên", "Sở Tài chính", "Lưu: VT, QLGT"]


BODY_FOOTERS = [
    # the page's footer between a wrapped item and its last words stays a line of its own, joined to neither
    ("2. Sửa chữa định kỳ 52 km mặt đường trên các tuyến ĐT.983, ĐT.985, ĐT.988 và ĐT.989: kinh phí\n" + _FOOTER
     + "\n124,6 tỷ đồng.", [_FOOTER.strip(), "124,6 tỷ đồng."]),
    # counter-cases: a wrapped line ending in a place's name and a page of a book named in prose still join
    ("2. Tổ chức hội nghị tập huấn cho cán bộ các xã, phường trên địa bàn tỉnh tại thành phố Nha Trang\n"
     "trong tháng 3/2030.", []),
    ("2. Các đơn vị nghiên cứu kỹ hướng dẫn tại Sổ tay nghiệp vụ bảo trì đường bộ năm 2029, trang 2\n"
     "và các phụ lục kèm theo.", []),
]


@pytest.mark.parametrize(("item", "own_lines"), BODY_FOOTERS)
def test_a_running_footer_in_the_body_is_no_wrapped_line(item: str, own_lines: list[str]) -> None:
    text = normalize(SUBMISSION + item + "\n\n" + _LEFT_RIGHT + _NAME).text
    lines = [ln.strip() for ln in text.splitlines()]
    first = item.splitlines()[0].strip()
    if own_lines:
        assert first in lines
        assert all(x in lines for x in own_lines)
    else:
        assert first not in lines  # joined to the line after it


# ---- a by-when closing a target's clause, a filing's last day, a task due at once within a month -------------------

PLAN = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 215/KH-UBND\tAn Phú, ngày 15 tháng 12 năm 2029\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2030\n\nII. NHIỆM VỤ\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Thạnh\n"

DUE_LINES = [
    # a target's day after "đến" alone, the plan's year before it no start of a run of time
    ("1. Phấn đấu giải ngân đạt trên 95% kế hoạch vốn năm 2029 đến ngày 31/01/2030.", [("2030-01-31", None)], []),
    ("1. Phấn đấu giải ngân vốn đầu tư công đạt trên 85% kế hoạch vốn đến ngày 30/01/2030; các chủ đầu tư khẩn trương "
     "nghiệm thu khối lượng.", [("2030-01-30", None)], []),
    # a level set to be reached names the target without "phấn đấu"
    ("1. Giao UBND huyện chỉ đạo giải ngân đạt trên 95% kế hoạch vốn được giao đến hết ngày 31 tháng 01 năm 2031.",
     [("2031-01-31", None)], []),
    # files taken in up to a day
    ("1. Cuộc thi ý tưởng khởi nghiệp: nhận hồ sơ dự thi đến hết ngày 30/5/2030; vòng chung kết tổ chức ngày "
     "26/7/2030.", [("2030-05-30", None)], [("2030-07-26", None)]),
    ("2. Các đơn vị nộp hồ sơ đề nghị khen thưởng về Phòng Nội vụ đến ngày 15/01/2030.", [("2030-01-15", None)], []),
    # a task to be done at once within a month
    ("3. Yêu cầu nhà thầu bổ sung máy móc, nhân lực ngay trong tháng 01/2030.", [("2030-01-31", "2030-01")], []),
    # counter-cases: a span going on to a day, money taken up to a day, a run from a year after "từ", a month's meeting
    ("4. Duy trì lực lượng trực ban, tuần tra đến hết ngày 15/02/2030.", [], []),
    ("4. Sau thời gian này, người hưởng nhận tiền tại bưu cục trung tâm huyện đến ngày 20/01/2030.", [], []),
    ("4. Giải ngân vốn đầu tư công đến ngày 31/01/2030 đạt trên 95% kế hoạch vốn được giao.", [], []),
    ("5. Tổ chức Hội nghị tổng kết công tác năm 2029 trong tháng 01/2030.", [], [("2030-01", None)]),
]


@pytest.mark.parametrize(("line", "deadlines", "events"), DUE_LINES)
def test_by_whens_closing_a_target_or_a_filing(line: str, deadlines: list[tuple[str, str | None]],
                                               events: list[tuple[str, str | None]]) -> None:
    rec = parse_text(PLAN + line + TAIL)
    assert [(d.due, d.period) for d in rec.deadlines] == deadlines
    assert [(e.date, e.end) for e in rec.events] == events


def test_a_year_opens_a_run_to_a_day_only_after_tu() -> None:
    from vanban.grammar.timex import find_times
    alone = find_times("kế hoạch vốn năm 2029 đến ngày 31/01/2030")
    assert [(t.kind, t.value, t.end_value) for t in alone] == [("year", "2029", None), ("date", "2030-01-31", None)]
    run = find_times("từ năm 2029 đến ngày 31/01/2030")
    assert [(t.value, t.end_value) for t in run] == [("2029", "2030-01-31")]


# ---- a copy cut above its letterhead: the body its head heads, named writing on an indented line ------------------

_CUT_OPENING = ("năm 2031 của Chi cục Kiểm lâm tỉnh An Lạc\n\n        Kính gửi: Sở Nông nghiệp và Môi trường tỉnh An Lạc.\n\n"
                "     Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;\n"
                "     Thực hiện Văn bản số 2984/SNN-KL ngày 11/12/2030 của Sở Nông nghiệp và Môi trường về việc xây\n"
                "dựng phương án phòng cháy, chữa cháy rừng mùa khô năm 2031,\n")
_CUT_BODY = ("     1. Năm 2031, phấn đấu giảm ít nhất 20% số vụ cháy rừng so với năm 2030; tổ chức tuyên truyền tại các\n"
             "xã có rừng; duy trì lực lượng trực 24/24 giờ trong các tháng cao điểm mùa khô.\n\n"
             "Nơi nhận:                                           CHI CỤC TRƯỞNG\n- Như trên;\n"
             "- Lưu: VT.                                            (Đã ký)\n\n"
             "                                                   Đinh Văn Nhân\n")
CUT_WRITERS = [
    ("     Chi cục Kiểm lâm tỉnh An Lạc kính trình Sở Nông nghiệp và Môi trường xem xét, phê duyệt Phương án\n"
     "phòng cháy, chữa cháy rừng mùa khô năm 2031 như sau:\n", "Chi cục Kiểm lâm tỉnh An Lạc"),
    ("\tChi cục Kiểm lâm tỉnh An Lạc đề nghị Sở Nông nghiệp và Môi trường xem xét, phê duyệt Phương án\n"
     "phòng cháy, chữa cháy rừng mùa khô năm 2031 như sau:\n", "Chi cục Kiểm lâm tỉnh An Lạc"),
    # counter-cases: the indented line names a body of another kind writing; no body named writing
    ("     Sở Nông nghiệp và Môi trường đề nghị Chi cục xây dựng Phương án phòng cháy, chữa cháy rừng mùa\n"
     "khô năm 2031 như sau:\n", None),
    ("     Phương án phòng cháy, chữa cháy rừng mùa khô năm 2031 gồm các nội dung chính như sau:\n", None),
]


@pytest.mark.parametrize(("writer", "issuer"), CUT_WRITERS)
def test_a_cut_copys_writer_on_an_indented_line(writer: str, issuer: str | None) -> None:
    rec = parse_text(_CUT_OPENING + writer + _CUT_BODY)
    assert (rec.issuer.name if rec.issuer else None) == issuer


# ---- an issuer inferred without its place, completed where the copy names the same body with it --------------------

_PORTAL_BODY = ("\nVăn bản » Kế hoạch\nKế hoạch tổ chức Tháng Thanh niên năm 2031\nĐăng ngày: 06/01/2031 - 09:42\n\n"
                "Số: 118-KH/TĐTN-PT, ngày 02/01/2031\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2031\n\n"
                "Thực hiện Chương trình công tác Đoàn năm 2031, Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch như sau:\n"
                "1. Tổ chức Lễ ra quân Tháng Thanh niên vào ngày 05/3/2031 tại quảng trường tỉnh.\n\n"
                "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\nNgô Thị Hồng Nhung\n")
PORTAL_COPIES = [
    ("TUỔI TRẺ AN LẠC - Cổng thông tin Tỉnh đoàn An Lạc\nTrang chủ | Tin tức | Văn bản\n",
     "Ban Thường vụ Tỉnh đoàn An Lạc"),
    # counter-cases: no place named for the body; two places named for it
    ("TUỔI TRẺ - Cổng thông tin thanh niên\nTrang chủ | Tin tức | Văn bản\n", "Ban Thường vụ Tỉnh đoàn"),
    ("TUỔI TRẺ AN LẠC - Cổng thông tin Tỉnh đoàn An Lạc\nTin liên kết: Tỉnh đoàn Bình Sơn phát động Tháng Thanh niên\n",
     "Ban Thường vụ Tỉnh đoàn"),
]


@pytest.mark.parametrize(("portal", "issuer"), PORTAL_COPIES)
def test_an_organ_of_a_body_the_portal_names_with_its_place(portal: str, issuer: str) -> None:
    rec = parse_text(portal + _PORTAL_BODY)
    assert rec.issuer is not None
    assert (rec.issuer.name, rec.issuer.inferred) == (issuer, True)


_NOTICE_CUT = ("của Bộ Công an về việc giao chỉ tiêu tuyển chọn công dân thực hiện nghĩa vụ tham gia Công an nhân dân năm "
               "2029, Công an tỉnh thông báo tuyển chọn như sau:\n\n1. Chỉ tiêu\nNăm 2029, tuyển chọn 385 công dân.\n"
               "2. Hồ sơ nộp tại Công an cấp xã trước ngày 15/11/2029.\n\n")
_NOTICE_END = "\n\nNơi nhận:\n- Công an các huyện;\n- Lưu: VT, PX01.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐại tá Huỳnh Văn Thạch\n"
NAMED_IN_FULL = [
    ("Công an tỉnh An Lạc thông báo để công dân biết, đăng ký tham gia./.", "Công an tỉnh An Lạc"),
    # counter-case: never named in full (nor by a title in capitals above, below)
    ("Công an tỉnh thông báo để công dân biết, đăng ký tham gia./.", "Công an tỉnh"),
]
# a post's title in capitals above the cut copy ("[KHẨN] CÔNG AN TỈNH THÔNG BÁO TUYỂN CHỌN ..."): no name goes on in it
_CAPITAL_TITLE = "📢 [KHẨN] CÔNG AN TỈNH THÔNG BÁO TUYỂN CHỌN CÔNG DÂN NĂM 2029\n\n"


@pytest.mark.parametrize(("closing", "issuer"), NAMED_IN_FULL)
def test_a_cut_copys_writer_named_in_full_elsewhere(closing: str, issuer: str) -> None:
    rec = parse_text(_NOTICE_CUT + closing + _NOTICE_END)
    assert rec.issuer is not None
    assert rec.issuer.name == issuer
    if issuer == "Công an tỉnh":
        titled = parse_text(_CAPITAL_TITLE + _NOTICE_CUT + closing + _NOTICE_END)
        assert titled.issuer is not None
        assert titled.issuer.name == issuer


# ---- an OCR letterhead line whose head word printed a zero for its O ("PH0NG TƯ PHÁP") opens the body --------------

_ZERO_TAIL = ("Số: 58 /BC-TP                     Bắc Mê, ngày 05 tháng 12 năm 2029\n\n                BÁO CÁO\n"
              "Kết quả công tác phổ biến, giáo dục pháp luật năm 2029\n\nNăm 2029, Phòng đã tổ chức 46 hội nghị tuyên "
              "truyền pháp luật.\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nHoàng Văn Dũng\n")
ZERO_HEADS = [
    ("UBND HUYỆN BẮC MÊ                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPH0NG TƯ PHÁP                      "
     "Độc lập - Tự do - Hạnh phúc\n", ("PHÒNG TƯ PHÁP", "UBND HUYỆN BẮC MÊ")),
    ("UBND TỈNH HÀ GIANG                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nS0 TƯ PHÁP                         "
     "Độc lập - Tự do - Hạnh phúc\n", ("SỞ TƯ PHÁP", "UBND TỈNH HÀ GIANG")),
    # counter-cases: a place's word of no zero under a unit word still ends the name above; the head printed right
    ("ỦY BAN NHÂN DÂN HUYỆN            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHONG ĐIỀN                         "
     "Độc lập - Tự do - Hạnh phúc\n", ("ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN", None)),
    ("UBND HUYỆN BẮC MÊ                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG TƯ PHÁP                      "
     "Độc lập - Tự do - Hạnh phúc\n", ("PHÒNG TƯ PHÁP", "UBND HUYỆN BẮC MÊ")),
]


@pytest.mark.parametrize(("head", "issuer"), ZERO_HEADS)
def test_a_head_word_with_an_ocr_zero_opens_the_body(head: str, issuer: tuple[str, str | None]) -> None:
    rec = parse_text(head + "      ---                              ----------------\n" + _ZERO_TAIL)
    assert rec.issuer is not None
    assert (rec.issuer.name, rec.issuer.parent) == issuer


# ---- an inspection team sent out in a month is the inspection held in it (a convention: h583, h605, h635) ---------

INSPECTIONS = [
    ("3. Sở Nông nghiệp và Môi trường tổ chức đoàn kiểm tra, giám sát tại các huyện trong tháng 9/2030.",
     [], [("2030-09", None)]),
    ("3. Bộ Tư pháp đồng thời tổ chức các đoàn kiểm tra tại một số địa phương trong tháng 8/2030.",
     [], [("2030-08", None)]),
    # counter-cases: a count of places to reach, a quarter, a bare inspection of every site stay by-whens
    ("3. Sở Nội vụ tổ chức đoàn kiểm tra tại ít nhất 10 cơ quan, đơn vị trong tháng 8/2030.",
     [("2030-08-31", "2030-08")], []),
    ("3. Sở Nông nghiệp và Môi trường tổ chức đoàn kiểm tra, giám sát tại các huyện trong quý III/2030.",
     [("2030-09-30", "2030-Q3")], []),
    ("3. Kiểm tra, rà soát 100% cơ sở kinh doanh karaoke về phòng cháy, chữa cháy trong tháng 12/2030.",
     [("2030-12-31", "2030-12")], []),
]


@pytest.mark.parametrize(("line", "deadlines", "events"), INSPECTIONS)
def test_an_inspection_team_sent_out_in_a_month(line: str, deadlines: list[tuple[str, str | None]],
                                                events: list[tuple[str, str | None]]) -> None:
    rec = parse_text(PLAN + line + TAIL)
    assert [(d.due, d.period) for d in rec.deadlines] == deadlines
    assert [(e.date, e.end) for e in rec.events] == events


# ---- an anniversary's bracketed span greeted, or marked by activities whose day the item gives: no day held --------

ANNIVERSARIES = [
    ("1. Tổ chức các hoạt động kỷ niệm 41 năm Ngày thành lập Hội Cựu chiến binh Việt Nam (06/12/1989 - 06/12/2030); "
     "gặp mặt truyền thống vào ngày 04/12/2030.", [("2030-12-04", None)]),
    ("1. Tạo đợt sinh hoạt chính trị sâu rộng trong đoàn viên; chào mừng 99 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh "
     "(26/3/1931 - 26/3/2030).", []),
    ("Thực hiện Chương trình công tác Đoàn năm 2030; hướng tới kỷ niệm 99 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh "
     "(26/3/1931 - 26/3/2030), Ban Thường vụ Huyện đoàn thông báo tổ chức Hội trại như sau:", []),
    # counter-cases: no day held named in the item, an occasion greeting it, an act done on its occasion, a deadline
    # after the semicolon: the anniversary is the day celebrated
    ("1. Tổ chức tuyên truyền kỷ niệm 100 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2030).",
     [("2030-11-18", None)]),
    ("2. Lễ mít tinh chào mừng 99 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2030).",
     [("2030-03-26", None)]),
    ("2. Ban Thường vụ sẽ đề nghị trao tặng Huy hiệu nhân dịp kỷ niệm 99 năm thành lập Đoàn TNCS Hồ Chí Minh "
     "26/3/1931-26/3/2030.", [("2030-03-26", None)]),
    ("1. Tổ chức các hoạt động kỷ niệm 41 năm Ngày thành lập Hội Cựu chiến binh Việt Nam (06/12/1989 - 06/12/2030); "
     "báo cáo kết quả trước ngày 15/12/2030.", [("2030-12-06", None)]),
]


@pytest.mark.parametrize(("line", "events"), ANNIVERSARIES)
def test_an_anniversary_greeted_or_held_another_day(line: str, events: list[tuple[str, str | None]]) -> None:
    rec = parse_text(PLAN + line + TAIL)
    assert [(e.date, e.end) for e in rec.events] == events


# ---- an occasion's period told with its tentative day in brackets: held that day, the period no by-when -----------

TENTATIVE_DAYS = [
    ("2. Tổ chức Hội nghị tập huấn công tác thông tin đối ngoại cho cán bộ các huyện trong Quý II/2030 (dự kiến ngày "
     "12/6/2030) tại thành phố.", [], [("2030-06-12", None)]),
    # counter-cases: a task with no occasion named; no tentative day after the quarter
    ("2. Rà soát, cập nhật dữ liệu hộ nghèo trong Quý II/2030 (dự kiến ngày 12/6/2030 hoàn thành).",
     [("2030-06-30", "2030-Q2")], []),
    ("2. Tổ chức Hội nghị tập huấn công tác thông tin đối ngoại cho cán bộ các huyện trong Quý II/2030.",
     [("2030-06-30", "2030-Q2")], []),
]


@pytest.mark.parametrize(("line", "deadlines", "events"), TENTATIVE_DAYS)
def test_an_occasions_tentative_day_after_its_quarter(line: str, deadlines: list[tuple[str, str | None]],
                                                      events: list[tuple[str, str | None]]) -> None:
    rec = parse_text(PLAN + line + TAIL)
    assert [(d.due, d.period) for d in rec.deadlines] == deadlines
    assert [(e.date, e.end) for e in rec.events] == events

"""The twenty-ninth heldout round's failure classes (invented documents and lines, with counter-cases): a cost
estimate's unit-price column is no amount; the current state opened by 'Hiện trên địa bàn ... có'; crops and
poles a storm laid down ('bị đổ ngã', 'gãy đổ', 'dập nát') are damage."""

from __future__ import annotations

import pytest

from vanban import parse_text

HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC\nSố: 41/{code}-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nKrông Pắc, ngày 12 tháng 6 năm 2029\n\n{title}\n{subject}\n\n")
TAIL = "\nNơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhan Văn Tài\n"


def _doc(body: str, code: str = "BC", title: str = "BÁO CÁO", subject: str = "Kết quả công tác tháng 5") -> str:
    return HEAD.format(code=code, title=title, subject=subject) + body + TAIL


def _values(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in parse_text(text).quantities]


# ---- a unit-price column --------------------------------------------------------------------------------------------

ESTIMATE_TAB = ("Dự toán kinh phí như sau:\n"
                "STT\tNội dung\tSố lượng\t{rate}\tThành tiền (đồng)\n"
                "1\tMua bình chữa cháy\t40 bình\t650.000\t26.000.000\n"
                "2\tTập huấn nghiệp vụ\t03 lớp\t12.000.000\t36.000.000\n"
                "\tTổng cộng\t\t\t62.000.000\n")
ESTIMATE_MD = ("Dự toán kinh phí như sau:\n\n"
               "| Nội dung | Số lượng | {rate} | Thành tiền (đồng) |\n|---|---|---|---|\n"
               "| Mua bình chữa cháy | 40 bình | 650.000 | 26.000.000 |\n"
               "| Tập huấn nghiệp vụ | 03 lớp | 12.000.000 | 36.000.000 |\n")


@pytest.mark.parametrize("table", [ESTIMATE_TAB, ESTIMATE_MD], ids=["tabs", "markdown"])
@pytest.mark.parametrize("rate", ["Đơn giá (đồng)", "Định mức (đồng)"])
def test_a_unit_price_column_is_no_amount(table: str, rate: str) -> None:
    values = _values(_doc(table.format(rate=rate), code="TTr", title="TỜ TRÌNH", subject="Về việc dự toán kinh phí"))
    assert (26000000, "đồng") in values and (36000000, "đồng") in values
    assert (650000, "đồng") not in values and (12000000, "đồng") not in values


def test_a_money_column_not_named_a_rate_is_still_read() -> None:
    # counter-case: 'Kinh phí (đồng)' and 'Giá trị' columns hold amounts, as before
    table = ESTIMATE_MD.replace("{rate}", "Kinh phí hỗ trợ (đồng)")
    values = _values(_doc(table, code="TTr", title="TỜ TRÌNH", subject="Về việc dự toán kinh phí"))
    assert (650000, "đồng") in values and (12000000, "đồng") in values


# ---- the current state, 'Hiện trên địa bàn ... có' ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Hiện trên địa bàn tỉnh có 5.930 doanh nghiệp đang hoạt động.",
    "Hiện trên địa bàn huyện có 214 hợp tác xã nông nghiệp.",
    "Hiện nay trên địa bàn có 37 chợ nông thôn.",
])
def test_what_there_is_now_on_the_territory_is_no_result(line: str) -> None:
    body = f"1. Trong tháng, UBND huyện đã cấp 86 giấy chứng nhận đăng ký hộ kinh doanh.\n2. {line}\n"
    values = _values(_doc(body))
    assert (86, "giấy") in values or any(v == 86 for v, _ in values)
    assert not any(v in (5930, 214, 37) for v, _ in values)


def test_what_was_done_on_the_territory_stays_a_result() -> None:
    # counter-case: a figure of what the bodies did there, not opened by 'hiện ... có'
    body = "1. Trên địa bàn tỉnh đã thành lập mới 621 doanh nghiệp, đạt 73,1% kế hoạch.\n"
    values = _values(_doc(body))
    assert (621, "doanh nghiệp") in values and (73.1, "%") in values


# ---- what a storm laid down -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("khoảng 18,5 ha lúa xuân chuẩn bị thu hoạch bị đổ ngã", 18.5),
    ("09 cột điện hạ thế bị gãy đổ", 9),
    ("3,2 ha rau màu bị dập nát", 3.2),
])
def test_what_a_storm_laid_down_is_damage(line: str, value: float) -> None:
    body = (f"I. TÌNH HÌNH THIỆT HẠI\nDo ảnh hưởng của lốc xoáy, trên địa bàn có {line}.\n"
            "II. KHẮC PHỤC\nUBND xã đã huy động 150 lượt dân quân giúp nhân dân khắc phục hậu quả.\n")
    values = _values(_doc(body, subject="Báo cáo nhanh thiệt hại do lốc xoáy"))
    assert not any(v == value for v, _ in values)
    assert (150, "lượt") in values or any(v == 150 for v, _ in values)


# ---- 'vòng 1', 'vòng 2': a round's number ---------------------------------------------------------------------------

def test_a_round_number_is_no_count() -> None:
    body = ("II. HÌNH THỨC THI\nThi tuyển gồm: vòng 1 thi trắc nghiệm trên máy vi tính; vòng 2 thi viết môn "
            "nghiệp vụ chuyên ngành.\nNăm 2028, vòng 1 có 215 thí sinh dự thi.\n")
    values = _values(_doc(body, code="KH", title="KẾ HOẠCH", subject="Tổ chức kỳ thi tuyển công chức năm 2029"))
    assert not any(v in (1, 2) for v, _ in values)
    assert any(v == 215 for v, _ in values)  # counter-case: a count after the round's number is still read


# ---- a receiving window that closes at an hour ----------------------------------------------------------------------

NOTICE = ("TRUNG TÂM Y TẾ HUYỆN AN LÃO\nSố: 88/TB-TTYT\nAn Lão, ngày 01 tháng 3 năm 2029\nTHÔNG BÁO\n"
          "Tuyển dụng viên chức năm 2029\n3. Hồ sơ dự tuyển\n{line}\n")


@pytest.mark.parametrize("line, events, deadlines", [
    # an office's receiving that closes at an hour is the applicants' by-when, as a filing window's
    ("- Thời gian nhận phiếu: từ ngày 05/3/2029 đến 17 giờ 00 ngày 03/4/2029 (trong giờ hành chính).",
     [], ["2029-04-03T17:00"]),
    ("Phòng Tổ chức tiếp nhận hồ sơ từ ngày 05/3 đến 16 giờ 30 ngày 20/3/2029.", [], ["2029-03-20T16:30"]),
    # counter-cases: receiving over days with no closing hour stays an activity (a phase of a plan)
    ("Giai đoạn 2: từ ngày 04/5/2029 đến ngày 31/8/2029, tiếp nhận hồ sơ và đo đạc chỉnh lý bản đồ.",
     [("2029-05-04", "2029-08-31")], []),
    ("Bộ phận một cửa tiếp nhận hồ sơ từ ngày 05/3 đến ngày 20/3/2029.", [("2029-03-05", "2029-03-20")], []),
])
def test_a_receiving_window_closing_at_an_hour(line: str, events: list[tuple[str, str]], deadlines: list[str]) -> None:
    rec = parse_text(NOTICE.format(line=line))
    assert [(e.date, e.end) for e in rec.events] == events
    assert [d.due for d in rec.deadlines] == deadlines


# ---- a bulletin's forecast window -----------------------------------------------------------------------------------

BULLETIN = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 05/CĐ-UBND\nQuảng Ngãi, ngày 02 tháng 11 năm 2027\nCÔNG ĐIỆN\n"
            "Về việc chủ động ứng phó bão số 9\n{line}\n1. Các địa phương rà soát phương án sơ tán dân.\n"
            "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n")


@pytest.mark.parametrize("line, events", [
    # the forecast window opening its sentence is an event, with or without "Dự báo" before it
    ("Từ đêm 03/11 đến hết ngày 05/11/2027 trên địa bàn tỉnh có mưa to đến rất to.", [("2027-11-03", "2027-11-05")]),
    ("Dự báo từ đêm 03/11/2027 đến hết ngày 05/11/2027, trên địa bàn tỉnh có mưa to.", [("2027-11-03", "2027-11-05")]),
    ("Từ ngày 03/11 đến ngày 05/11/2027, khu vực miền núi rét đậm, rét hại.", [("2027-11-03", "2027-11-05")]),
    # counter-cases: a span before no weather, and weather after a span in mid-sentence
    ("Từ ngày 03/11 đến ngày 05/11/2027 các xã rà soát danh sách hộ dân.", []),
    ("Các xã rà soát danh sách hộ dân từ ngày 03/11 đến ngày 05/11/2027 do có mưa to.", []),
])
def test_a_bulletin_forecast_window(line: str, events: list[tuple[str, str]]) -> None:
    rec = parse_text(BULLETIN.format(line=line))
    assert [(e.date, e.end) for e in rec.events] == events

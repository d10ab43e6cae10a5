"""Quantity extractor: targets and results, on snippets from the corpora."""

from __future__ import annotations

import json

import pytest
from conftest import shared_corpus

from vanban.context import Context, Heading
from vanban.extract.quantities import extract, find_footnotes
from vanban.normalize import normalize
from vanban.schemas import Quantity


def run(text: str, **ctx) -> list[Quantity]:
    return extract(Context(text=text, **ctx))


def triples(text: str, **ctx) -> list[tuple]:
    return [(q.value, q.unit, q.comparator) for q in run(text, **ctx)]


# ---------------------------------------------------------------- comparators


@pytest.mark.parametrize(
    "snippet, expected",
    [
        ("1. Hỗ trợ giải quyết ít nhất 3.000 hồ sơ thủ tục hành chính mức độ 3, mức độ 4 do thanh niên đảm nhận.",
         (3000, "hồ sơ", "gte")),
        ("Tối thiểu 10 loại giáo trình, tài liệu phục vụ hoạt động.", (10, "loại giáo trình", "gte")),
        ("2. Trên 200 đoàn viên thanh niên được tập huấn về sử dụng thành thạo dịch vụ công trực tuyến.",
         (200, "đoàn viên thanh niên", "gt")),
        ("thu gom chuyển đến nơi xử lý hơn 3,5 tấn rác thải.", (3.5, "tấn", "gt")),
        ("tối đa thu không quá 200.000 đồng/bản.", None),  # a fee: a rate in a rule
        ("Mỗi đội hình tiếp nhận không quá 30 hồ sơ mỗi buổi.", (30, "hồ sơ", "lte")),
        ("Phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 2% trong năm.", (2, "%", "lt")),
        ("Chương trình khánh thành, khởi công với tổng vốn đầu tư là khoảng 980.000 tỷ đồng.",
         (980000000000000, "đồng", "approx")),
        ("Mỗi huyện thành lập từ 10 đội hình trở lên.", (10, "đội hình", "gte")),
        ("Triển khai 161 đội hình hỗ trợ người dân.", (161, "đội hình", "eq")),
    ],
)
def test_comparators(snippet: str, expected: tuple | None) -> None:
    got = triples(snippet)
    assert got == ([expected] if expected else [])


def test_comparator_word_is_part_of_the_text_and_span() -> None:
    text = "Hoạt động kết nối trực tuyến tới hơn 1.000 điểm cầu Đoàn cấp huyện trong cả nước."
    (q,) = run(text)
    assert (q.value, q.unit, q.comparator, q.text) == (1000, "điểm cầu", "gt", "hơn 1.000 điểm cầu")
    assert text[q.span[0]:q.span[1]] == q.text


# ---------------------------------------------------------------- values, units


@pytest.mark.parametrize(
    "snippet, expected",
    [
        ("Tại chương trình, Trung ương Đoàn đã công bố tổng nguồn lực hỗ trợ là 475 triệu đồng.",
         (475000000, "đồng", "eq")),
        ("với tổng kinh phí triển khai các hoạt động hơn 17,5 tỉ đồng từ các nguồn xã hội hóa.",
         (17500000000, "đồng", "gt")),
        ("Tổng kinh phí triển khai các hoạt động trên toàn quốc hơn 06 tỉ đồng từ các nguồn xã hội hóa.",
         (6000000000, "đồng", "gt")),
        ("Triển khai tại 100% cơ sở Đoàn trên địa bàn khu vực đô thị.", (100, "%", "eq")),
        ("Tổ chức lập, tạo tài khoản cho 100 % học sinh Trung học phổ thông trên địa bàn.", (100, "%", "eq")),
        ("Tham quan không gian trưng bày 100 bức tranh vẽ của các em thiếu nhi.", (100, "bức tranh", "eq")),
        ("trồng và chăm sóc 3.650 cây xanh tại các tuyến đường thanh niên tự quản;", (3650, "cây xanh", "eq")),
        ("tổ chức ra quân vệ sinh môi trường tại 27 km đường.", (27, "km", "eq")),
        ("Triển khai 161 đội hình, 3.250 ĐVTN tham gia.", None),
        ("đã triển khai 6.369 tổ, đội, nhóm hỗ trợ người dân", (6369, "tổ, đội, nhóm", "eq")),
        ("Các Huyện, Thành đoàn lựa chọn ít nhất 01 địa bàn phường, thị trấn để chỉ đạo.",
         (1, "địa bàn", "gte")),
        ("tổ chức các đội hình tuyên truyền cho hơn 5.000 lượt người dân về sốt xuất huyết;",
         (5000, "lượt người dân", "gt")),
        ("sửa chữa, xây dựng 15 nhà văn hóa, nhà nhân ái", (15, "nhà văn hóa", "eq")),
        ("Trao tặng công trình Tủ sách và 50 phần quà tặng thiếu nhi khó khăn.", (50, "phần quà", "eq")),
        ("Ngân sách bố trí 50km đường giao thông nông thôn.", (50, "km", "eq")),
    ],
)
def test_values_and_units(snippet: str, expected: tuple | None) -> None:
    got = triples(snippet)
    if expected is None:
        assert got == [(161, "đội hình", "eq"), (3250, "ĐVTN", "eq")]
    else:
        assert got == [expected]


def test_unit_inside_quotes() -> None:
    text = "xây dựng 13 tuyến đường gắn camera, 398 “Tuyến đường thanh niên tự quản về an ninh trật tự”;"
    assert triples(text) == [(13, "tuyến đường", "eq"), (398, "tuyến đường", "eq")]


def test_units_of_a_list_with_a_bold_pair() -> None:
    text = "khánh thành 01 tuyến đường “Sáng - Xanh - Sạch” dài 01 km, 01 sân chơi thiếu nhi tại nhà văn hóa"
    assert triples(text) == [(1, "tuyến đường", "eq"), (1, "km", "eq"), (1, "sân chơi", "eq")]


@pytest.mark.parametrize(
    "snippet, unit",
    [
        ("định kỳ 02 lần/năm tổ chức tập huấn, tuyên truyền", "lần/năm"),
        ("bố trí 01 đoàn viên thanh niên/ buổi tham gia hướng dẫn", "đoàn viên thanh niên/buổi"),
        ("bố trí 01 đoàn viên, thanh niên/ buổi tham gia hướng dẫn", "đoàn viên, thanh niên/buổi"),
        ("Số lượt người tham gia học tập tối thiểu 100 lượt người/tháng.", "lượt người/tháng"),
    ],
)
def test_rates(snippet: str, unit: str) -> None:
    (q,) = run(snippet)
    assert q.unit == unit


def test_range_keeps_its_upper_end() -> None:
    low, high = run("Hội đồng có từ 07 đến 09 thành viên.")  # two bounds on one span (docs/RECORD.md 1.1)
    assert [(q.value, q.comparator, q.unit) for q in (low, high)] == [(7, "gte", "thành viên"), (9, "lte", "thành viên")]


def test_object_is_the_longer_phrase() -> None:
    (q,) = run("1. Hỗ trợ giải quyết ít nhất 3.000 hồ sơ thủ tục hành chính mức độ 3, mức độ 4 do thanh niên đảm nhận.")
    assert q.object == "hồ sơ thủ tục hành chính mức độ 3, mức độ 4"


# ---------------------------------------------------------------- not quantities


@pytest.mark.parametrize(
    "snippet",
    [
        "1. Thời gian: Ngày 11/8/2023 (Thứ Sáu).",
        "được tổ chức từ 07h30 ngày 11/8/2023 tại trường THPT Nguyễn Văn Huyền",
        "1. Thời gian: 08g00 ngày 11/8/2023 (thứ Sáu).",
        "hằng ngày trước 17h00', hàng tháng trước ngày 25 và báo cáo năm trước ngày 30/11/2020.",
        "Rạch Giá, ngày 26 tháng 7 năm 2023",
        "Căn cứ Công văn số 1334-CV/TWĐTN-CNĐT ngày 07/7/2023 của Ban Bí thư Trung ương đoàn",
        "Số: 55 - KH/HĐTĐN",
        "2.1. Lễ phát động Ngày hoạt động cao điểm tại Quận 3:",
        "dịch vụ công trực tuyến mức độ 3, 4 cấp xã và cấp huyện.",
        "dịch vụ công trực tuyến mức độ 3,4 cho người dân",
        "Chiến dịch tình nguyện Kỳ Nghỉ Hồng lần thứ 22 - năm 2023",
        "(Số 99 – 99A Trần Quốc Thảo, Phường 7, Quận 3, Thành phố Hồ Chí Minh).",
        "tại trụ sở Khu phố 2, Phường 12 (Phân công Cụm hoạt động số 6 phụ trách).",
        "phối hợp với Quận Đoàn 3 tổ chức Ngày hoạt động cao điểm",
        "Tuyến đường văn minh cấp Tỉnh tổ chức tại Thị trấn Thứ 11, huyện An Minh.",
        "theo quy định tại khoản 2 Điều 5 Nghị định này",
        "(khoản\n2 Điều 11, khoản 2 Điều 12 Nghị định)",
        "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030",
        "trên địa bàn tỉnh giai đoạn 2020 - 2025” năm 2020",
        "triển khai hiệu quả phong trào “3 trách nhiệm” trong đoàn viên, thanh niên",
        "tổ chức Chiến dịch Thanh niên tình nguyện Hè 2023.",
        "áp dụng mức thuế suất thuế giá trị gia tăng 8% đối với hàng hóa, dịch vụ",
        "1. Tổ chức bộ máy của trung tâm (10 điểm)",
        "nhân dịp kỷ niệm 80 năm thành lập Đoàn TNCS Hồ Chí Minh",
        "trên địa bàn tỉnh¹ với sự tham gia của đoàn viên",
        "truy cập vào website <https://dichvucong.binhphuoc.gov.vn/> và gửi về banphongtrao2023@gmail.com",
        "ô nhiễm nghiêm trọng (VN_AQI ≥ 301), các đơn vị chủ động tạm dừng",
        "Tiếp nhận và duy trì Hệ thống Tổng đài 112 phục vụ người dân",
        "Điện thoại: 0297.3862.123; Fax: 0297 3862 124",
        "Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia;",
        "Trụ sở: 16 Phan Chu Trinh, Hoàn Kiếm, Hà Nội",
        "Trong thời hạn 15 (mười lăm) ngày làm việc kể từ ngày nhận hồ sơ",
        "đoàn viên, thanh niên trong độ tuổi từ 16 đến 30 tuổi",
        "3/ Giấy khen Tỉnh Đoàn:",
        "Có đủ các Quyết định 03 cán bộ quản lý (01 giám đốc, 02 phó giám đốc)",
        "__5.1. Các lớp đã mở (9 loại lớp, mỗi loại cho 1 điểm): Lớp xóa mù chữ",
        "Kích thước thân máy (Dài x Rộng x Dày) 43 mm x 38 mm x 11 mm",
    ],
)
def test_not_quantities(snippet: str) -> None:
    assert run(snippet) == []


def test_reported_damage_is_not_a_target_or_result() -> None:
    text = ("đợt mưa lũ lịch sử tại các tỉnh đã làm 963 nhà bị sập đổ hoàn toàn, 3.390 nhà bị hư hỏng, "
            "tổng thiệt hại ước tính về kinh tế khoảng trên 16.000 tỷ đồng.")
    assert run(text, doc_type="CV") == []


def test_decisions_need_a_cue() -> None:
    text = "Công bố kèm theo Quyết định này 01 danh mục thủ tục hành chính được sửa đổi."
    assert run(text, doc_type="QĐ") == []
    assert triples(text, doc_type="CV") == [(1, "danh mục", "eq")]


def test_claimed_spans_and_zones_are_skipped() -> None:
    text = "BCH ĐOÀN TỈNH 5 HUYỆN\nTriển khai 161 đội hình hỗ trợ người dân, 3.250 ĐVTN tham gia."
    body = text.index("Triển")
    assert triples(text, zones={"header": [(0, body - 1)], "body": [(body, len(text))]}) == [
        (161, "đội hình", "eq"), (3250, "ĐVTN", "eq")]
    claimed = [(text.index("161"), text.index("161") + 3)]
    assert [q.value for q in run(text, claimed=claimed)] == [3250]


# ---------------------------------------------------------------- kind


def test_kind_from_a_target_heading() -> None:
    text = "II. CHỈ TIÊU:\n\n2. Trên 200 đoàn viên thanh niên được tập huấn về dịch vụ công."
    heads = [Heading(0, 13, "II", "CHỈ TIÊU:", 1)]
    (q,) = run(text, headings=heads, doc_type="KH")
    assert q.kind == "target"


def test_kind_from_a_result_sentence() -> None:
    text = "Kết quả, các cấp bộ Đoàn khu vực đô thị đã triển khai 8.884 đội hình thanh niên tình nguyện."
    (q,) = run(text, doc_type="KH")
    assert q.kind == "result"


def test_kind_from_the_document_type() -> None:
    text = "Tham quan không gian trưng bày 100 bức tranh vẽ của các em thiếu nhi."
    assert run(text, doc_type="BC")[0].kind == "result"
    assert run(text, doc_type="KH")[0].kind == "target"


def test_percent_of_units_is_a_target_without_other_cues() -> None:
    text = "- Đối với hoạt động “Tình nguyện vì đô thị văn minh”: Triển khai tại 100% cơ sở Đoàn trên địa bàn."
    (q,) = run(text, doc_type="BC")
    assert (q.unit, q.kind, q.object) == ("%", "target", "cơ sở Đoàn")


def test_allocation_per_unit_is_a_target() -> None:
    text = "- Cá nhân: Mỗi đơn vị 02 cá nhân"
    (q,) = run(text, doc_type="HD")
    assert (q.value, q.unit, q.kind) == (2, "cá nhân", "target")


# ---------------------------------------------------------------- scope

REPORT = (
    "3.2. Kết quả triển khai hoạt động tại các địa phương\n\n"
    "Kết quả, các đơn vị đã triển khai 6.369 tổ, đội, nhóm hỗ trợ người dân. "
    "Một số đơn vị tiêu biểu như: Hưng Yên⁶, Ban Thanh niên Công an nhân dân⁹, TP. Hồ Chí Minh¹¹...\n\n"
    "4. Đánh giá chung\n\n"
    "⁶ Triển khai 161 đội hình hỗ trợ người dân, 3.250 ĐVTN tham gia, hỗ trợ cho 22.750 người dân.\n\n"
    "⁹ Triển khai 450 đội hình hỗ trợ người dân, 1.350 ĐVTN tham gia, hỗ trợ cho 11.000 người dân.\n\n"
    "¹¹ Triển khai 243 đội hình hỗ trợ người dân, 3.025 ĐVTN tham gia, hỗ trợ cho 6.070 người dân.\n"
)


def test_find_footnotes() -> None:
    notes, refs = find_footnotes(REPORT)
    assert sorted(notes) == ["11", "6", "9"]
    assert REPORT[notes["9"][0]:notes["9"][1]].startswith("Triển khai 450 đội hình")
    assert REPORT[refs["6"][0] - 8:refs["6"][0]] == "Hưng Yên"


def test_scope_from_footnotes() -> None:
    qs = run(REPORT, doc_type="BC")
    scoped = [(q.value, q.scope) for q in qs if q.scope]
    assert scoped == [(161, "Hưng Yên"), (3250, "Hưng Yên"), (22750, "Hưng Yên"),
                      (450, "Ban Thanh niên Công an nhân dân"), (1350, "Ban Thanh niên Công an nhân dân"),
                      (11000, "Ban Thanh niên Công an nhân dân"),
                      (243, "TP. Hồ Chí Minh"), (3025, "TP. Hồ Chí Minh"), (6070, "TP. Hồ Chí Minh")]
    assert qs[0].scope is None and qs[0].value == 6369
    # footnote figures take their kind from where the marker is: a "Kết quả" section
    assert {q.kind for q in qs} == {"result"}


def test_scope_uses_the_segmenter_footnotes_when_given() -> None:
    notes, refs = find_footnotes(REPORT)
    qs = run(REPORT, doc_type="BC", footnotes=notes, footnote_refs=refs)
    assert [q.scope for q in qs if q.value == 1350] == ["Ban Thanh niên Công an nhân dân"]


def test_no_scope_after_a_common_noun() -> None:
    text = ("Trung ương Đoàn đã công bố nguồn lực hỗ trợ trên địa bàn tỉnh¹ với tổng nguồn lực là 475 triệu đồng.\n\n"
            "¹ Các nguồn lực hỗ trợ gồm: 06 suất học bổng cho học sinh, trị giá 30 triệu đồng.\n")
    assert [(q.value, q.unit, q.scope) for q in run(text, doc_type="BC")] == [
        (475000000, "đồng", None), (6, "suất học bổng", None), (30000000, "đồng", None)]


def test_scope_of_a_unit_given_its_own_figure() -> None:
    text = ("- Tập thể: Mỗi đơn vị 01 tập thể  (Riêng đơn vị Nha Trang, Ninh Hòa: 02 tập thể).\n"
            "- Cá nhân: Mỗi đơn vị 03 cá nhân ( Riêng đơn vị Nha Trang : 04)\n")
    got = [(q.value, q.unit, q.scope) for q in run(text, doc_type="HD")]
    assert got == [(1, "tập thể", None), (2, "tập thể", "Nha Trang, Ninh Hòa"),
                   (3, "cá nhân", None), (4, "cá nhân", "Nha Trang")]


# ---------------------------------------------------------------- whole documents against gold


def _score(pairs_golds_outs: list[tuple[list, list, list]]) -> tuple[float, float]:
    tp = sum(len(p) for p, _, _ in pairs_golds_outs)
    n_gold = sum(len(g) for _, g, _ in pairs_golds_outs)
    n_out = sum(len(o) for _, _, o in pairs_golds_outs)
    comparator_ok = sum((g[i].get("comparator") or "eq") == o[j]["comparator"]
                        for p, g, o in pairs_golds_outs for i, j in p)
    f1 = 2 * tp / (n_gold + n_out) if n_gold + n_out else 1.0
    return f1, comparator_ok / tp if tp else 1.0


def _doc_scores(texts_and_golds) -> list[tuple[list, list, list]]:
    from vanban.evaluate import pair

    rows = []
    for text_path, gold in texts_and_golds:
        dt = gold.get("doc_type")
        code = dt.get("code") if isinstance(dt, dict) else dt  # measurement only: the header stage sets it
        out = [q.model_dump() for q in run(normalize(text_path.read_text(encoding="utf-8")).text, doc_type=code)]
        golds = gold.get("quantities") or []
        rows.append((pair("quantities", golds, out), golds, out))
    return rows


def test_dev_gold_f1_and_comparator(samples_dir, gold_dir) -> None:
    docs = [(p, json.loads((gold_dir / (p.stem + ".json")).read_text(encoding="utf-8")))
            for p in sorted(samples_dir.glob("*.txt"))]
    f1, comparator = _score(_doc_scores(docs))
    assert f1 >= 0.90
    assert comparator >= 0.95


def test_an_ordinal_after_lan_is_no_count():
    assert extract(Context(text="Ngày Chủ nhật xanh lần 1 tổ chức vào ngày 08/3/2026.\n", doc_type="KH")) == []


def test_real_gold_precision() -> None:
    real = shared_corpus("real")
    docs = [(p, json.loads((real / "gold" / (p.stem + ".json")).read_text(encoding="utf-8")))
            for p in sorted(real.glob("*.txt"))]
    rows = _doc_scores(docs)
    f1, comparator = _score(rows)
    spurious = sum(len(o) - len(p) for p, _, o in rows)
    assert spurious <= 2  # damage figures, fees, tax rates, names and rubric points stay out
    assert f1 >= 0.8 and comparator >= 0.95

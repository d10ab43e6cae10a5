"""Heldout round 72 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

FRAME = ("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: 12/{code}-UBND\nAn Phú, ngày 05 tháng 10 năm 2033\n{title}\n"
         "Về việc triển khai nhiệm vụ năm 2034\n{body}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Bình\n")
TITLES = {"KH": "KẾ HOẠCH", "BC": "BÁO CÁO", "TB": "THÔNG BÁO", "QĐ": "QUYẾT ĐỊNH"}


def _values(body: str, code: str = "KH") -> list[float]:
    rec = parse_text(FRAME.format(code=code, title=TITLES[code], body=body))
    return [q.value for q in rec.quantities]


RULE_NORMS = [
    # a bound or a rate the rules of a body or a law set, named right after it in its clause (fixed: read as the
    # document's own target or result; h800, h802, h803)
    ("Các bệnh viện mua sắm trực tiếp; giá trị mỗi gói thầu chào hàng cạnh tranh không quá 5 tỷ đồng theo quy định "
     "của Luật Đấu thầu.", 5_000_000_000),
    ("Bảo đảm vỉa hè dành tối thiểu 1,5 m cho người đi bộ theo quy định của UBND tỉnh.", 1.5),
    ("Đã ký hợp đồng khoán bảo vệ rừng với 1.142 hộ, mức khoán 400.000 đồng/ha/năm theo quy định của UBND tỉnh.",
     400_000),
    ("Mỗi tổ bảo vệ có tối thiểu 12 thành viên theo quy định tại Nghị định số 40/2031/NĐ-CP của Chính phủ.", 12),
    # the rates in the bracket right after the rule a sentence names by its "theo" (fixed; h796, h802)
    ("Mức xử phạt hành vi lấn chiếm vỉa hè thực hiện theo Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ "
     "(từ 2.000.000 đồng đến 4.000.000 đồng đối với cá nhân).", 2_000_000),
    ("Mức xử phạt hành vi lấn chiếm vỉa hè thực hiện theo Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ "
     "(từ 2.000.000 đồng đến 4.000.000 đồng đối với cá nhân).", 4_000_000),
    ("Việc chi bồi dưỡng cho cộng tác viên thực hiện theo Thông tư số 08/2025/TT-BTC ngày 14/02/2025 của Bộ Tài chính "
     "(mức bồi dưỡng 0,3 lần mức lương cơ sở/ngày làm việc).", 0.3),
]


@pytest.mark.parametrize(("body", "value"), RULE_NORMS)
def test_a_rule_named_with_its_norm_is_no_quantity(body: str, value: float) -> None:
    assert value not in _values(body)


OWN_FIGURES = [
    # counter-cases: a bare "theo quy định", a decision named by its number after a grant, the document striving for
    # a bound, and a bracket telling what was done stay counted
    ("Thanh tra huyện tổ chức 12 kỳ tiếp công dân theo quy định.", 12),
    ("Hỗ trợ 60 triệu đồng/hộ theo Quyết định số 12/2031/QĐ-UBND của UBND tỉnh.", 60_000_000),
    ("Phấn đấu tối thiểu 500 hộ tham gia theo quy định của Hội.", 500),
    ("Thực hiện theo Quyết định số 15/2030/QĐ-UBND của UBND tỉnh (đã hỗ trợ 120 hộ với 360 triệu đồng).", 120),
    ("Thực hiện theo Quyết định số 15/2030/QĐ-UBND của UBND tỉnh (đã hỗ trợ 120 hộ với 360 triệu đồng).", 360_000_000),
    ("Tổ chức tập huấn cho 320 cán bộ, tối thiểu 02 lớp.", 2),
]


@pytest.mark.parametrize(("body", "value"), OWN_FIGURES)
def test_the_documents_own_figures_stay(body: str, value: float) -> None:
    assert value in _values(body)

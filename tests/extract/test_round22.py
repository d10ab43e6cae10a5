"""The twenty-second heldout round's failure classes (invented documents and sentences, with counter-cases):
a markdown figure table whose unit column ('ĐVT', 'Đơn vị tính') names each row's unit and scale."""

from __future__ import annotations

import pytest

from vanban.context import Context
from vanban.extract.quantities import extract as quantities

MD_UNITS = ("| TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2027 | Thực hiện 6 tháng | Tỷ lệ (%) |\n"
            "| 1 | Thu ngân sách | Tỷ đồng | 286 | 171,5 | 60,0 |\n"
            "| 2 | Trồng rừng tập trung | ha | 1.200 | 865 | 72,1 |\n"
            "| 3 | Tỷ lệ tham gia BHYT | % | 95,5 | 93,8 | 98,2 |\n")


@pytest.mark.parametrize("text, expected", [
    # the unit cell gives each row's unit and scale; the header the figures' kind
    (MD_UNITS, [(286e9, "đồng", "target"), (171.5e9, "đồng", "result"), (60, "%", "result"),
                (1200, "ha", "target"), (865, "ha", "result"), (72.1, "%", "result"),
                (95.5, "%", "target"), (93.8, "%", "result"), (98.2, "%", "result")]),
    # without a TT column, headed "Đơn vị tính"
    ("| Nội dung | Đơn vị tính | Kế hoạch | Thực hiện |\n| Khách du lịch | lượt khách | 5.000 | 5.400 |\n",
     [(5000, "lượt khách", "target"), (5400, "lượt khách", "result")]),
    # counter-case: a table of bodies ("Đơn vị" names who, not a unit) with a figure column headed by its noun
    ("| TT | Đơn vị | Số đoàn viên |\n| 1 | Xã An Bình | 36 |\n", [(36, "đoàn viên", "result")]),
    # counter-case: no unit cell, no noun in the header: the figures stay out
    ("| Chỉ tiêu | ĐVT | Kế hoạch |\n| Thu ngân sách |  | 286 |\n", []),
])
def test_a_markdown_unit_column(text: str, expected: list) -> None:
    got = [(q.value, q.unit, q.kind) for q in quantities(Context(text=text, doc_type="BC"))]
    assert got == [(v, u, k) for v, u, k in expected]

"""A document attached after the signer (fifteenth heldout round, h153): a QĐ 'ban hành kèm theo' its plan.

The plan's own letterhead, title and '(Ban hành kèm theo Quyết định số ...)' line open an annex whose
dates, duties and figures are read (its 'I. CHỈ TIÊU' heading makes its figures targets), while the
decision's own number in that line is no citation. Invented cases, with counter-cases.
"""

from __future__ import annotations

import pytest

from vanban import parse_text

DECISION = (
    "ỦY BAN NHÂN DÂN\nXÃ AN HÒA\n{label} 31/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nAn Hòa, ngày 10 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
    "Ban hành Kế hoạch ra quân làm sạch đồng ruộng năm 2025\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN HÒA\n\n"
    "Căn cứ Kế hoạch số 12/KH-UBND ngày 01/3/2025 của UBND huyện An Lạc;\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ra quân làm sạch đồng ruộng năm 2025.\n"
    "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\n"
    "Trần Văn Bảy\n\n")
PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ AN HÒA\n\nKẾ HOẠCH\nRa quân làm sạch đồng ruộng năm 2025\n"
    "{mark}\n\nI. CHỈ TIÊU\n- Thu gom 40 tấn vỏ bao thuốc bảo vệ thực vật.\n- 100% thôn ra quân.\n"
    "II. THỜI GIAN\n- Đợt 1: từ ngày 01/4/2025 đến ngày 15/4/2025: thu gom tại các cánh đồng.\n"
    "- Lễ ra quân: 7 giờ 00 ngày 01/4/2025 tại Nhà văn hóa thôn 1.\n"
    "Các thôn báo cáo kết quả về UBND xã trước ngày 20/4/2025.\n")


def _parse(label: str = "Số:", mark: str = "(Ban hành kèm theo Quyết định số 31/QĐ-UBND ngày 10/3/2025 của "
           "Chủ tịch UBND xã)"):
    return parse_text(DECISION.format(label=label) + PLAN.format(mark=mark))


@pytest.mark.parametrize("mark", [
    "(Ban hành kèm theo Quyết định số 31/QĐ-UBND ngày 10/3/2025 của Chủ tịch UBND xã)",
    "(Kèm theo Quyết định số 31/QĐ-UBND ngày 10/3/2025)",
    "(Ban hành theo Quyết định số 31/QĐ-UBND ngày 10/3/2025)",
])
def test_an_attached_plan_is_read(mark: str) -> None:
    rec = _parse(mark=mark)
    assert {e.date for e in rec.events} >= {"2025-04-01", "2025-04-01T07:00"}
    assert "2025-04-20" in [d.due for d in rec.deadlines]
    assert {(q.value, q.kind) for q in rec.quantities} >= {(40, "target"), (100, "target")}
    assert rec.signer is not None and rec.signer.name == "Trần Văn Bảy"


@pytest.mark.parametrize("label", ["Số:", "Sô:", "Só:"])
def test_the_decisions_own_number_is_no_citation(label: str) -> None:
    """'(Ban hành kèm theo Quyết định số 31/QĐ-UBND ...)' names the decision itself, also when the
    number's label in the header lost its mark to OCR ('Sô:')."""
    rec = _parse(label=label)
    assert [c.number for c in rec.citations if c.number] == ["12/KH-UBND"]


def test_without_an_attached_mark_nothing_after_the_signer_is_read() -> None:
    """Counter-case: lines after the signer that open no attached document stay out of the body."""
    rec = parse_text(DECISION.format(label="Số:") + "Ghi chú: ra quân ngày 05/4/2025, thu gom 40 tấn.\n")
    assert rec.events == [] and rec.quantities == []


def test_a_decisions_uncued_figure_is_still_neither() -> None:
    """Counter-case: the annex reads the plan's figures; the decision's own uncued figures stay out."""
    raw = DECISION.format(label="Số:").replace("Điều 2. Quyết định", "Điều 2. Tổ công tác gồm 05 thành viên. "
                                               "Quyết định") + PLAN.format(mark="(Kèm theo Quyết định số 31/QĐ-UBND)")
    assert 5 not in [q.value for q in parse_text(raw).quantities]

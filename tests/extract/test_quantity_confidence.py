"""quantities[].confidence (issue 10): each figure's confidence is the value of the evidence class its kind was read
from (quantities.Evidence, EVIDENCE_CONFIDENCE). Invented passages of each class, with counter-cases."""

from __future__ import annotations

import pytest

from vanban.context import Context
from vanban.extract import quantities
from vanban.extract.quantities import EVIDENCE_CONFIDENCE, Evidence

# distinct values for the tests only, so that each item's class can be read from its confidence
_MARK = {Evidence.CUE: 0.9, Evidence.HEADING: 0.8, Evidence.RULE: 0.7, Evidence.TABLE: 0.6, Evidence.DEFAULT: 0.5}
_CLASS = {v: e for e, v in _MARK.items()}
CUE, HEADING, RULE, TABLE, DEFAULT = Evidence.CUE, Evidence.HEADING, Evidence.RULE, Evidence.TABLE, Evidence.DEFAULT

PLAN_TABLE = ("| TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |\n|---|---|---|---|---|\n"
              "| 1 | Trồng rừng mới | ha | 120 | 135 |\n")
FIGURE_TABLE = ("| TT | Đơn vị | Số hộ được hỗ trợ (hộ) |\n|---|---|---|\n| 1 | Xã An Bình | 35 |\n"
                "| 2 | Xã An Lạc | 42 |\n")
CONG_DIEN = ("Những ngày qua, trên địa bàn tỉnh có mưa rất to. Các địa phương di dời 3.460 hộ đến nơi an toàn.\n"
             "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n1. Các xã duy trì 100% chốt, trạm canh gác.\n")


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch) -> None:
    for evidence, value in _MARK.items():
        monkeypatch.setitem(EVIDENCE_CONFIDENCE, evidence, value)


def classes(text: str, doc_type: str) -> list[tuple[float, str | None, Evidence]]:
    found = quantities.extract(Context(text=text + "\n", doc_type=doc_type))
    return [(q.value, q.kind, _CLASS[q.confidence]) for q in found]


@pytest.mark.parametrize("text, doc_type, expected", [
    # a cue in the figure's own sentence: a plan's verb, a result's
    ("Phấn đấu kết nạp 50 đoàn viên mới.", "KH", [(50, "target", CUE)]),
    ("Trong năm, Đoàn xã đã kết nạp 45 đoàn viên mới.", "BC", [(45, "result", CUE)]),
    # a comparison makes a result; the sum before it has no cue: the report's default
    ("Tổng thu ngân sách 25 tỷ đồng, tăng 12% so với cùng kỳ.", "BC",
     [(25_000_000_000, "result", DEFAULT), (12, "result", CUE)]),
    # a table column that names the kind
    (PLAN_TABLE, "BC", [(120, "target", CUE), (135, "result", CUE)]),
    ("| TT | Nội dung | Chỉ tiêu (%) |\n|---|---|---|\n| 1 | Tỷ lệ tiêm chủng | 95 |\n", "KH", [(95, "target", CUE)]),
    # a heading's cue over a sentence with none
    ("I. MỤC TIÊU, CHỈ TIÊU\n1. Mở 12 lớp tập huấn cho cán bộ cơ sở.\nII. NỘI DUNG\n", "KH", [(12, "target", HEADING)]),
    ("II. KẾT QUẢ ĐẠT ĐƯỢC\n1. Trạm y tế tiêm 500 liều vắc xin cho trẻ em.\n", "BC", [(500, "result", HEADING)]),
    # the rules for figures with no cue word: a công điện's narrative and directives, a report's work going on
    (CONG_DIEN, "CĐ", [(3460, "result", RULE), (100, "target", RULE)]),
    ("I. TÌNH HÌNH CHUNG\nNăm 2030, Đài đã kiểm tra 328 lượt trạm; thay thế 27 bộ pin.\n", "BC",
     [(328, "result", CUE), (27, "result", RULE)]),
    # a table's figures under a header that names no kind: by the document type
    (FIGURE_TABLE, "BC", [(35, "result", TABLE), (42, "result", TABLE)]),
    (FIGURE_TABLE, "KH", [(35, "target", TABLE), (42, "target", TABLE)]),
    # no cue at all: the document type's or the share's default
    ("Trạm y tế tiêm 500 liều vắc xin cho trẻ em.", "KH", [(500, "target", DEFAULT)]),
    ("Trạm y tế tiêm 500 liều vắc xin cho trẻ em.", "BC", [(500, "result", DEFAULT)]),
    ("100% chi đoàn tổ chức sinh hoạt chủ điểm.", "BC", [(100, "target", DEFAULT)]),
])
def test_each_evidence_class(marked: None, text: str, doc_type: str, expected: list) -> None:
    assert classes(text, doc_type) == expected


@pytest.mark.parametrize("text, doc_type, expected", [
    # a sentence's own cue under a heading is the sentence's
    ("I. MỤC TIÊU\nPhấn đấu kết nạp 50 đoàn viên mới.\n", "BC", [(50, "target", CUE)]),
    # a range's two bounds, a part and its total: one figure's evidence, on each item
    ("Kết nạp 50 - 60 đoàn viên mới.", "KH", [(50, "target", DEFAULT), (60, "target", DEFAULT)]),
    ("Phấn đấu kết nạp 50 - 60 đoàn viên mới.", "KH", [(50, "target", CUE), (60, "target", CUE)]),
    ("Cắt giảm 1.234/5.000 thủ tục hành chính.", "BC", [(1234, "result", DEFAULT), (5000, "result", DEFAULT)]),
    ("Đã cắt giảm 1.234/5.000 thủ tục hành chính.", "BC", [(1234, "result", CUE), (5000, "result", CUE)]),
    # a figure whose OCR look-alike letters were read as digits keeps its class (as often right: CHANGELOG)
    ("Phấn đấu trồng mới 1l2 ha rừng.", "KH", [(112, "target", CUE)]),
    ("Trạm y tế tiêm 1l2 liều vắc xin cho trẻ em.", "BC", [(112, "result", DEFAULT)]),
])
def test_counter_cases(marked: None, text: str, doc_type: str, expected: list) -> None:
    assert classes(text, doc_type) == expected


def test_the_calibrated_values() -> None:
    """Every class has a value in [0, 1]; the default's alone is lower than the cued classes'."""
    assert set(EVIDENCE_CONFIDENCE) == set(Evidence)
    assert all(0 <= v <= 1 for v in EVIDENCE_CONFIDENCE.values())
    assert EVIDENCE_CONFIDENCE[DEFAULT] == min(EVIDENCE_CONFIDENCE.values())
    assert all(EVIDENCE_CONFIDENCE[DEFAULT] < EVIDENCE_CONFIDENCE[e] for e in Evidence if e is not DEFAULT)


def test_the_record_carries_it() -> None:
    (cued,) = quantities.extract(Context(text="Phấn đấu kết nạp 50 đoàn viên mới.\n", doc_type="KH"))
    (default,) = quantities.extract(Context(text="Trạm y tế tiêm 500 liều vắc xin cho trẻ em.\n", doc_type="KH"))
    assert cued.model_dump(mode="json")["confidence"] == EVIDENCE_CONFIDENCE[CUE]
    assert default.model_dump(mode="json")["confidence"] == EVIDENCE_CONFIDENCE[DEFAULT]

"""What a rate is per is one whole word, not its first syllable: "ngày/hồ sơ", "đồng/thí sinh" (the rate unit used
to keep "ngày/hồ", "đồng/thí", which told an archivist nothing); one-syllable nouns and chained rates are unchanged."""

from __future__ import annotations

import pytest

from vanban import parse_text

HEAD = "KẾ HOẠCH\n1. Mục tiêu\n"

CASES = [
    # (sentence, value, unit)
    ("Thời gian giải quyết bình quân 3,5 ngày/hồ sơ.", 3.5, "ngày/hồ sơ"),
    ("Hỗ trợ 500.000 đồng/thí sinh đạt giải.", 500000, "đồng/thí sinh"),
    ("Hỗ trợ tối đa 30 triệu đồng/hợp tác xã thành lập mới.", 30000000, "đồng/hợp tác xã"),
    # (a tuition itself is a fee, a rule: docs/RECORD.md; a grant per school year is read)
    ("Cấp học bổng 16.500.000 đồng/năm học.", 16500000, "đồng/năm học"),
    ("Mức đóng 150.000 đồng/ hội viên.", 150000, "đồng/hội viên"),
    ("Hỗ trợ 300.000 đồng/01 giải thưởng.", 300000, "đồng/giải thưởng"),
    # counter-cases: a one-syllable noun, a chain of rates, a noun at a line's end
    ("Phấn đấu năng suất đạt 120 kg/ha.", 120, "kg/ha"),
    ("Tổ chức sinh hoạt 02 lần/năm.", 2, "lần/năm"),
    ("Phấn đấu thu nhập bình quân 50 triệu đồng/người/năm.", 50000000, "đồng/người"),
    ("Duy trì 03 buổi/tuần\nvào sáng thứ Hai.", 3, "buổi/tuần"),
]


@pytest.mark.parametrize(("sentence", "value", "unit"), CASES)
def test_a_rate_is_per_a_whole_word(sentence: str, value: float, unit: str) -> None:
    quantities = parse_text(HEAD + sentence).quantities
    assert [(q.value, q.unit) for q in quantities] == [(value, unit)]

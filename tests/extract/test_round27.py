"""The twenty-seventh heldout round's failure classes (invented documents, with counter-cases)."""

from __future__ import annotations

import pytest

from vanban import parse_text

DECISION = ("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: 512/QĐ-UBND\nAn Phú, ngày 05 tháng 6 năm 2027\nQUYẾT ĐỊNH\n"
            "Về việc {subject}\nỦY BAN NHÂN DÂN HUYỆN AN PHÚ\nCăn cứ Luật Đất đai số 31/2024/QH15;\nQUYẾT ĐỊNH:\n"
            "{article}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")


@pytest.mark.parametrize("article, expected", [
    # the clauses of an article that approves a plan are what the decision plans
    ("Điều 1. Phê duyệt phương án bồi thường, hỗ trợ khi Nhà nước thu hồi đất, với các nội dung sau:\n"
     "1. Tổng diện tích đất thu hồi: 2.540,5 m2 của 12 hộ gia đình.\n"
     "2. Tổng kinh phí bồi thường, hỗ trợ: 1.250.000.000 đồng, trong đó:\n"
     "- Bồi thường về đất: 800.000.000 đồng;\n- Các khoản hỗ trợ: 450.000.000 đồng.",
     [(2540.5, "m2"), (12, "hộ"), (1.25e9, "đồng"), (8e8, "đồng"), (4.5e8, "đồng")]),
    # counter-case: an article that issues a regulation plans no figure of its clauses
    ("Điều 1. Ban hành Quy chế làm việc của Tổ công tác, với các nội dung sau:\n"
     "1. Tổ công tác có 07 thành viên.\n2. Tổ công tác họp tại trụ sở Ủy ban.", []),
])
def test_the_clauses_of_an_article_read_its_opening(article: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(DECISION.format(subject="phê duyệt phương án", article=article))
    assert [(q.value, q.unit) for q in rec.quantities] == expected
    assert all(q.kind == "target" for q in rec.quantities)

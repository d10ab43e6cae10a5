"""A number glued to 'k' written for thousands (round 19's leftover, h204's 'đóng góp 20k'): thousands of đồng
where money is clearly meant, by a rate per head after it or a word of paying before it; otherwise no figure (a
race's '5K', a post's '1,2K' reactions). Invented sentences with counter-cases."""

from __future__ import annotations

import pytest

from vanban.context import Context
from vanban.extract.quantities import extract as quantities


def found(text: str) -> list[tuple[float, str | None, str, str]]:
    return [(q.value, q.unit, q.comparator, q.text) for q in quantities(Context(text=text + "\n", doc_type="KH"))]


@pytest.mark.parametrize("text, expected", [
    ("Mỗi đoàn viên đóng góp 20k gây quỹ khuyến học.", [(20000, "đồng", "eq", "20k")]),
    ("Mỗi suất quà trị giá 500K.", [(500000, "đồng", "eq", "500K")]),
    ("Phấn đấu mỗi hội viên ủng hộ ít nhất 50k.", [(50000, "đồng", "gte", "ít nhất 50k")]),
    ("Mỗi bạn tham gia đóng 30-50k/người.", [(30000, "đồng/người", "gte", "30-50k/người"),
                                            (50000, "đồng/người", "lte", "30-50k/người")]),
    ("Dự kiến chi 25k/suất ăn cho 40 tình nguyện viên.", [(25000, "đồng/suất", "eq", "25k/suất"),
                                                         (40, "tình nguyện viên", "eq", "40 tình nguyện viên")]),
    # counter-cases: no money meant
    ("Giải chạy 5K vì sức khỏe cộng đồng thu hút 300 vận động viên.", [(300, "vận động viên", "eq", "300 vận động viên")]),
    # a count written with k is left unread: the word after the k is no sure noun ('20k gây quỹ'), and no
    # document of the corpora counts so (its one '1,2K' is a post's counters line)
    ("Bài viết đạt 1,2K lượt thích trên trang.", []),
    # the same amount written out is read as before
    ("Mỗi đoàn viên đóng góp 20.000 đồng gây quỹ khuyến học.", [(20000, "đồng", "eq", "20.000 đồng")]),
])
def test_thousands_written_k(text: str, expected: list) -> None:
    assert found(text) == expected

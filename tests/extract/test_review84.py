"""The lead's review of rounds 85-89 (issue 10): a cited document's subject stops before a clause that asks for
something by a day, so the sentence's deadline is read. Invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

LETTER = ("ĐẢNG BỘ XÃ AN PHÚ\nĐẢNG ỦY\nSố 12-CV/ĐU\tAn Phú, ngày 10 tháng 01 năm 2035\n"
          "CÔNG VĂN\nV/v triển khai kiểm tra quý I/2035\nKính gửi: Các chi bộ trực thuộc.\n"
          "{sentence}\n"
          "Nơi nhận:\n- Như trên;\n- Lưu VP.\nT/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn An\n")

BY_WHEN_AFTER_CITED = [
    # a clause after the cited subject asking for a report by a day: the day is due, the subject ends at the comma
    ("Thực hiện Kế hoạch số 09-KH/ĐU ngày 05/01/2035 của Đảng ủy xã về kiểm tra trong quý I/2035, báo cáo Ban Thường "
     "vụ trước ngày 15/4/2035.", "kiểm tra trong quý I/2035", {"2035-04-15"}),
    ("Triển khai Hướng dẫn số 04-HD/ĐU ngày 06/01/2035 về sinh hoạt chi bộ định kỳ, gửi kết quả về Văn phòng chậm "
     "nhất ngày 28/02/2035.", "sinh hoạt chi bộ định kỳ", {"2035-02-28"}),
    # counter-cases: a comma inside the subject with no by-when after it; a by-when inside the subject without a
    # comma before it stays the subject's (the cited document's own deadline is no part of this one's clause)
    ("Thực hiện Kế hoạch số 09-KH/ĐU ngày 05/01/2035 của Đảng ủy xã về kiểm tra, giám sát năm 2035.",
     "kiểm tra, giám sát năm 2035", set()),
]


@pytest.mark.parametrize(("sentence", "subject", "dues"), BY_WHEN_AFTER_CITED)
def test_cited_subject_stops_before_a_by_when_clause(sentence: str, subject: str, dues: set[str]) -> None:
    rec = parse_text(LETTER.format(sentence=sentence))
    assert [c.subject for c in rec.citations] == [subject]
    assert {d.due for d in rec.deadlines} == dues

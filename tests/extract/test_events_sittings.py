"""Two sittings of one day (round 20's leftover, h217): a day named again with another part of the day, where
each time names one, is a second occasion ('| 03/12/2027 | Sáng | Toán |' and '| 03/12/2027 | Chiều | Tin học |');
a day named once without a part of the day stays one occasion however often it comes back. Invented texts."""

from __future__ import annotations

from datetime import date

import pytest

from vanban.context import Context
from vanban.extract.schedule import extract


def events_of(text: str, doc_type: str = "HD") -> list[tuple[str, str | None]]:
    events, _ = extract(Context(text=text + "\n", issued_date=date(2027, 10, 8), doc_type=doc_type))
    return [(e.date, e.end) for e in events]


TABLE = ("| Ngày | Buổi | Nội dung |\n|---|---|---|\n"
         "| 14/12/2027 | {first} | Thi viết |\n| 14/12/2027 | {second} | Thi thực hành |\n| 15/12/2027 | Sáng | Thi vấn đáp |")


@pytest.mark.parametrize("text, expected", [
    # two sittings of one day in a table's rows: two occasions
    (TABLE.format(first="Sáng", second="Chiều"), [("2027-12-14", None), ("2027-12-14", None), ("2027-12-15", None)]),
    (TABLE.format(first="Buổi sáng", second="Buổi tối"),
     [("2027-12-14", None), ("2027-12-14", None), ("2027-12-15", None)]),
    # in prose, the part of the day before the date
    ("Khai mạc hội thi vào sáng ngày 14/12/2027; bế mạc vào chiều ngày 14/12/2027.", [("2027-12-14", None)] * 2),
    # counter-cases: the same sitting twice, a day named once without a part of the day, then with one
    (TABLE.format(first="Sáng", second="Sáng"), [("2027-12-14", None), ("2027-12-15", None)]),
    ("Hội thi tổ chức vào ngày 14/12/2027. Thời gian: sáng ngày 14/12/2027 tại Hội trường tỉnh.", [("2027-12-14", None)]),
    (TABLE.format(first="", second="Chiều"), [("2027-12-14", None), ("2027-12-15", None)]),
])
def test_sittings_of_one_day(text: str, expected: list) -> None:
    assert events_of(text) == expected

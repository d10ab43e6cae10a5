"""citations._ocr_sequence_runs finds the runs holding a letter the plain pattern finds: a whole run of 2 to 6 digits and O, o, l, I
right before "/", "-" or " /" and an upper-case letter (found from the separator after it, not by a scan of every "o" and
"l" of the text). Compared on invented texts (hypothesis), a table of edge cases and the samples."""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.extract import citations

# the plain reading: the pattern the runs were found with before
# (and, since the forty-eighth heldout round, before a blank then "/": "Số: 4l7 /UBND-ĐT", a handwritten sequence)
_PLAIN = re.compile(r"[0-9OolI](?<![\w/.,][0-9OolI])[0-9OolI]{1,5}(?=(?:[-/]| /)[A-ZĐ])")


def _plain_runs(view: str) -> list[tuple[int, int]]:
    """The plain pattern's runs that hold a letter (an all-digit run is read as it is)."""
    return [m.span() for m in _PLAIN.finditer(view) if not m.group().isdigit()]


@pytest.mark.parametrize("text", [
    "Kế hoạch số 1O5/KH-UBND", "số 12O-KH/TU", "x1O5/KH", "1O/2O23/QĐ", "OO/KH", "1234567O/KH", "123456O/KH",
    "lO5/QĐ", "IO/ĐT", "(1O5/KH)", "_1O5/KH", ".1O5/KH", ",1O5/KH", "/1O5/KH", " 1O5/kh", "1O5 /KH", "1O5/ KH",
    "1O5-/KH", "1O5/KH-1O/UB", "1O5/KH-1OI/UB", "O/KH", "1/KH", "12/KH", "ĂO1/KH", "1O5/Đ", "1O5/É", "1O5//KH",
    "1O5\n/KH", "é1O/KH", "²1O/KH", "١1O/KH", "", "/", "-K", "O-K", "0O-K", "l1/A-l2/B-I3-C",
])
def test_runs_on_edge_cases(text: str) -> None:
    assert citations._ocr_sequence_runs(text) == _plain_runs(text)


_PIECES = ["0", "1", "5", "O", "o", "l", "I", "/", "-", "K", "Đ", "H", "a", "é", " ", "\n", ".", ",", "_", "(", "É", "k"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_runs_on_invented_texts(text: str) -> None:
    assert citations._ocr_sequence_runs(text) == _plain_runs(text)


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_runs_on_samples(path) -> None:
    text = path.read_text(encoding="utf-8")
    assert citations._ocr_sequence_runs(text) == _plain_runs(text)

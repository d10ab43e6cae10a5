"""The run-on markers (models/tables/run_on_markers.tsv) written to begin with a character match exactly
where their first forms (a leading \\b or an optional group, kept here) matched: the same spans, found
by finditer, on the repository's lines, invented lines and random strings of the characters they read."""

from __future__ import annotations

import random
import re

import pytest

from tests.reference.randomtext import corpus_lines
from vanban.grammar import regexes as rx
from vanban.tables import rows

# kind -> the pattern as it was first written (before it was made to begin with a character)
FIRST_FORMS = {
    "rule": r"\*{3,}|-{4,}|_{4,}|={4,}",
    "number": r"\bSố\s*:|\bSố\s+(?=\d{1,5}\s*[-/])",
    "subject": r"\bV/[vV]\b|\bVề việc\b",
    "recipients": r"(?:Đồng\s+)?[Kk]ính\s+gửi\s*:",
    "distribution": r"\bN[ơo]i\s+nh[ậa]n\s*:",
    "authority": r"\b(?:TM|KT|TL|TUQ)\.\s*(?=[{UPPER}])|\b(?:T/M|K/T|T/L)\s+(?=[{UPPER}])",
    # (with the related-news labels the seventeenth heldout round added: 'Tin cùng chuyên mục:', ...)
    "footer": r"\b(?:Chia sẻ(?: bài viết)?\s*:|Lượt xem\s*:|In trang\b|Tin liên quan\s*:|Tin cùng chuyên mục\s*:|"
              r"Tin khác\s*:|Bài viết liên quan\s*:|Bài viết khác\s*:|Bài viết đã được)",
}
# the pieces random strings are made of: the markers' words, their neighbours and separators
PIECES = ["Số", "số", "Số", "S", "ố", ":", " ", "  ", "\t", "12", "/", "-", "V/v", "V/V", "Về việc", "Về", "việc",
          "Đồng", "kính", "Kính", "gửi", "Nơi", "Noi", "nhận", "nhan", "TM", "KT", "TL", "TUQ", "T/M", "K/T", "T/L",
          ".", "ĐOÀN", "Ban", "a", "x", "_", "*", "=", "Chia sẻ", "bài viết", "Lượt xem", "In trang", "Tin liên quan",
          "Bài viết khác", "Bài viết đã được", "Tin cùng chuyên mục", "Tin khác", "Bài viết liên quan", "é", "Đ", "9"]


def _table() -> dict[str, str]:
    """kind -> the table's pattern (the footer: its first row, the one rewritten)."""
    out: dict[str, str] = {}
    for kind, _, _, pattern in rows("run_on_markers.tsv", 4):
        out.setdefault(kind, pattern)
    return out


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern.replace("{UPPER}", rx.VN_UPPER), text)]


@pytest.mark.parametrize("kind", sorted(FIRST_FORMS))
def test_a_marker_matches_where_its_first_form_did(kind: str) -> None:
    now, first = _table()[kind], FIRST_FORMS[kind]
    assert now != first  # (the table holds the rewritten form)
    rnd = random.Random(kind)
    texts = corpus_lines() + ["".join(rnd.choice(PIECES) for _ in range(rnd.randrange(1, 30))) for _ in range(20_000)]
    hits = 0
    for text in texts:
        want = _spans(first, text)
        assert _spans(now, text) == want, text
        hits += bool(want)
    assert hits > 20  # the comparison saw the marker

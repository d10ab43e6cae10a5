"""normalize's shortcuts for the commonest marked lines (a line of "**" marks, a line whose only markup is
one "*") cut the pieces the general reading cuts (`_apply_edits(ln, _removals(ln))`): on the repository's
marked lines and on generated ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.reference.randomtext import corpus_lines
from vanban import normalize as nz


def _plain(ln: str) -> list[tuple[int, int, str]] | None:
    edits = nz._removals(ln)
    return nz._apply_edits(ln, edits) if edits else None


_PIECES = ["**", "*", "\\*", "__", "_", "#", "$", "[", "](", "!", "|", " ", "  ", "\t", "(", "“", "”", "'", ".",
           ",", ";", "-", "–", "ỦY BAN", "Căn cứ", "a", "x2", "ngày"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_line_pieces_on_generated_lines(ln: str) -> None:
    assert nz._line_pieces(ln) == _plain(ln)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["*", "**", " ", "  ", "x", "Số", "(", ")", ".", "\u00a0"]), max_size=10).map("".join))
def test_line_pieces_on_star_lines(ln: str) -> None:
    assert nz._line_pieces(ln) == _plain(ln)


def test_line_pieces_on_the_repository_lines() -> None:
    marked = [ln for ln in corpus_lines() if nz._MARKED_LINE.search(ln)]
    assert any(nz._bold_only(ln) for ln in marked) and any(ln.count("*") == 1 for ln in marked)
    for ln in marked:
        assert nz._line_pieces(ln) == _plain(ln), ln

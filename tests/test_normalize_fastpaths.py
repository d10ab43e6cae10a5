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


# --- _join_lines' shortcuts around _glue ---

_LINE = st.lists(st.sampled_from(["a", "Số", "12", "-", "/", "—", "=", "*", ".", "_", " ", "\t", "|", ":", "QĐ",
                                  "BÁO CÁO", "x;", "“", ")"]), min_size=1, max_size=8).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_LINE, _LINE, st.integers(0, 2), st.sampled_from([0, 40, 80]))
def test_a_dropped_table_rule_joins_only_a_broken_number(prev: str, cleaned: str, gap: int, width: int) -> None:
    prev, cleaned = prev.rstrip() or "x", cleaned.rstrip() or "y"
    if prev[-1] not in "-/":
        assert nz._glue(prev, cleaned, False, True, gap, width, prev) is None


@settings(max_examples=1000, deadline=None)
@given(_LINE)
def test_a_rule_line_ends_in_a_rule_mark(line: str) -> None:
    line = line.rstrip()
    if nz._RULE_LINE.match(line):
        assert line[-1] in nz._RULE_MARKS


def test_texts_with_table_rules_between_lines_as_the_reference() -> None:
    from tests.reference import normalize_v0 as before
    for text in ["Số: 3783/QĐ-\n|\nUBND", "**ỦY BAN\n|\nNHÂN DÂN**", "| a |\n|---|\nb c\n|\nd", "- x\n|\n\n|\ny"]:
        new, old = nz.normalize(text), before.normalize(text)
        assert (new.text, new.changes) == (old.text, old.changes)

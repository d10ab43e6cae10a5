"""The faster normalize against the form it replaced (tests/reference/normalize_v0.py): on the repository's
texts and on random texts built from their lines, the same text, the same changes and the same offset map."""

from __future__ import annotations

import random

import pytest

from tests.reference import normalize_v0 as before
from tests.reference.randomtext import ROOT, corpus_lines, random_text
from vanban.normalize import normalize

RANDOM_TEXTS = 1500  # (~50,000 were compared by hand when the faster form was written)


def assert_same(text: str) -> None:
    new, old = normalize(text), before.normalize(text)
    assert new.text == old.text
    assert new.changes == old.changes
    assert new.offsets.to_original(0) == old.offsets.to_original(0)  # (lays the new map out)
    assert (new.offsets.norm_starts, new.offsets.orig_starts, new.offsets.lengths) == \
        (old.offsets.norm_starts, old.offsets.orig_starts, old.offsets.lengths)
    assert new.offsets.orig_len == old.offsets.orig_len


def test_repository_texts_normalize_as_before() -> None:
    files = sorted((ROOT / "corpus").glob("*/*.txt"))
    assert files
    for f in files:
        assert_same(f.read_text(encoding="utf-8"))


@pytest.mark.parametrize("seed", range(3))
def test_random_texts_normalize_as_before(seed: int) -> None:
    lines = corpus_lines()
    rnd = random.Random(seed)
    for _ in range(RANDOM_TEXTS // 3):
        assert_same(random_text(lines, rnd))


@pytest.mark.parametrize("text", ["", "\n", "\r\n", "|", "**", "a\r\nb", "x  \n\n\n  y", "Số: 12/QĐ-\nUBND"])
def test_small_texts_normalize_as_before(text: str) -> None:
    assert_same(text)


def test_the_map_is_laid_out_when_first_used() -> None:
    n = normalize("Căn cứ Nghị định số\n81/2018/NĐ-CP")
    assert n.offsets.pending is not None and not n.offsets.norm_starts
    assert n.offsets.to_original(len("Căn cứ Nghị định số ")) == len("Căn cứ Nghị định số\n")
    assert n.offsets.pending is None and n.offsets.norm_starts

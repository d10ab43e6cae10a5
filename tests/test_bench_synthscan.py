"""bench/synthscan.py: held-out texts printed as official pages and scanned badly. No OCR here (the bench
runs it); what is checked is that the page is the document, deterministically, and that its gold follows
what the file holds."""

from __future__ import annotations

import pytest

from bench import synthscan

pytestmark = pytest.mark.skipif(synthscan.find_fonts() is None, reason="no serif font with Vietnamese")


def _doc(name: str) -> synthscan.Doc:
    return next(d for d in synthscan.select(synthscan.HELDOUT, "all", None) if d.name == name)


def test_parts_are_disjoint_and_complete():
    rounds = [{d.name for d in synthscan.select(synthscan.HELDOUT, part, None)} for part in synthscan.ROUNDS]
    unseen = {d.name for d in synthscan.select(synthscan.HELDOUT, "unseen", None)}
    assert all(len(r) == 30 for r in rounds) and set.union(*rounds) == synthscan.SEEN
    assert unseen and not unseen & synthscan.SEEN and not rounds[0] & rounds[1]
    assert all(synthscan.complete(d.gold) for d in synthscan.select(synthscan.HELDOUT, "all", None))


@pytest.mark.parametrize("name", ["h02_kehoach_ubnd", "h12_congvan_doi_oneline", "h45_kehoach_twdoan_bang"])
def test_the_body_is_between_the_header_and_the_closing(name):
    doc = _doc(name)
    body = " ".join(synthscan.body_paragraphs(doc))
    assert body and doc.gold["number"] not in body and "Nơi nhận" not in body
    assert (doc.gold["subject"] or "") not in body
    assert "**" not in body and "|" not in body
    assert doc.gold["signer"]["name"] not in body


def test_a_scan_is_deterministic_and_its_gold_follows_the_file(tmp_path):
    fonts = synthscan.find_fonts()
    doc = _doc("h02_kehoach_ubnd")
    a, gold, scan = synthscan.render(doc, fonts, tmp_path, handwritten=False)
    first = a.read_bytes()
    (tmp_path / "again").mkdir()
    b, _, _ = synthscan.render(_doc("h02_kehoach_ubnd"), fonts, tmp_path / "again", handwritten=False)
    assert b.read_bytes() == first
    assert SKEW[0] <= abs(scan.skew) <= SKEW[1] and scan.dpi in synthscan.SCAN_DPIS
    assert (gold["signer"] is None) == scan.image or gold["signer"] == doc.gold["signer"]
    _, hand, _ = synthscan.render(_doc("h02_kehoach_ubnd"), fonts, tmp_path / "again", handwritten=True)
    assert hand["number"] is None and hand["issued_date"] == doc.gold["issued_date"][:7]


SKEW = synthscan.SKEW_RANGE

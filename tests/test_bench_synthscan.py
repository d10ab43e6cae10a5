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
    # the pen writes the gold's own digits, which a person reads: the gold keeps them
    assert hand["number"] == doc.gold["number"] and hand["issued_date"] == doc.gold["issued_date"]


SKEW = synthscan.SKEW_RANGE

GOLD = {"number": "45-KH/ĐU", "issued_date": "2026-03-07"}


@pytest.mark.parametrize(("record", "number", "day"), [
    ({"number": {"raw": "45-KH/ĐU", "normalized": "45-KH/ĐU", "seq": 45}, "issued_date": "2026-03-07"},
     "right", "right"),
    # the codes lost a segment: the number field is wrong, its pen-written sequence was read right
    ({"number": {"raw": "45/ĐU", "normalized": "45/ĐU", "seq": 45}, "issued_date": "2026-03-07"},
     "right", "right"),
    ({"number": {"raw": "5-KH/ĐU", "normalized": "5-KH/ĐU", "seq": 5}, "issued_date": "2026-03-17"},
     "wrong", "wrong"),
    # unread: the printed codes kept with no sequence, the date as YYYY-MM, or nothing at all
    ({"number": {"raw": "-KH/ĐU", "normalized": None, "seq": None}, "issued_date": "2026-03"}, "unread", "unread"),
    ({"number": None, "issued_date": None}, "unread", "unread"),
    ({}, "unread", "unread"),
])
def test_pen_slots_tell_right_from_wrong_from_unread(record, number, day):
    pen = synthscan.pen_slots({"d": GOLD}, {"d": record})
    assert pen["slots"]["number"][number] == 1 and pen["slots"]["day"][day] == 1
    assert sum(pen["total"].values()) == 2
    assert len(pen["wrong"]) == [number, day].count("wrong")


def test_pen_slots_skip_a_gold_without_the_slot():
    pen = synthscan.pen_slots({"d": {"number": None, "issued_date": "2026-03"}}, {"d": {}})
    assert pen["total"] == {"right": 0, "wrong": 0, "unread": 0}
    assert "all" in synthscan.format_pen_slots(pen)

"""A deputy's two title lines under a seal that left only their head title readable (issue 9: scans;
ingest/sigtwins.py): `KT. <head>` over `PHÓ <head>` recognised from the head read twice after scraps."""

from __future__ import annotations

import pytest
from ingest_fixtures import BLOCK_PAGE, block_font, centred_line, needs_tesseract, read_line

from vanban.ingest.layout import Word
from vanban.ingest.sigtwins import TWIN_CAP, Reading, classify, head_after_scrap, reread_twins, twins


@pytest.mark.parametrize("read, head", [
    (read_line(("4T.", 70), ("CHỦ", 97), ("TỊCH", 96)), "CHỦ TỊCH"),            # a ring ate the K of KT.
    (read_line(("_", 79), ("£~láT.", 0), ("CHỦ", 97), ("TỊCH", 97)), "CHỦ TỊCH"),  # marks before the scrap
    (read_line(("PHQCHU", 74), ("TỊCH", 96)), "CHỦ TỊCH"),                      # the scrap glued to the head
    (read_line(("Í“°,", 54), ("HIỆU", 92), ("TRƯỞNG", 96)), "HIỆU TRƯỞNG"),      # a pen's initials over KT.
    (read_line(("NHÀ", 80), ("GIÁM", 91), ("ĐỐC", 93)), "GIÁM ĐỐC"),
])
def test_a_head_title_after_a_scrap(read, head):
    assert head_after_scrap(read) == head


@pytest.mark.parametrize("read", [
    read_line(("CHỦ", 97), ("TỊCH", 96)),                          # no scrap: a title read whole
    read_line(("TM.", 96), ("BAN", 96), ("GIÁM", 96), ("ĐỐC", 96)),  # words before the scrap: another line
    read_line(("XYZWV", 60), ("CHỦ", 97), ("TỊCH", 96)),            # a scrap longer than KT. or PHÓ
    read_line(("4T.", 70), ("CHỦ", 97), ("TỊCH", 40)),             # the head read unsurely
    read_line(("4T.", 70), ("CHỦ", 50), ("TỊCH", 96)),
    read_line(("4T.", 70), ("Chủ", 97), ("tịch", 96)),             # not a printed title line
    read_line(("TP.", 90), ("TRƯỞNG", 96)),                         # 'TRƯỞNG' alone is too common a head
    read_line(("THÀNH", 96), ("PHỐ", 96)),
    [],
])
def test_no_head_after_a_scrap(read):
    assert head_after_scrap(read) is None


BOX = (0, 0, 1, 1)


def _reading(*texts: str) -> Reading | None:
    return classify(read_line(*((t, 95.0) for t in texts)), BOX)


@pytest.mark.parametrize("upper, lower, pair", [
    (("4T.", "CHỦ", "TỊCH"), ("PHQCHU", "TỊCH"), True),        # both damaged
    (("4T.", "CHỦ", "TỊCH"), ("PHÓ", "CHỦ", "TỊCH"), True),     # the deputy's line whole
    (("KT.", "CHỦ", "TỊCH"), ("PHQ", "CHỦ", "TỊCH"), True),     # the authority line whole
    (("Z1", "BỘ", "TRƯỞNG"), ("THỨ", "TRƯỞNG"), True),         # the table's deputy (deputy_titles.tsv)
    (("KT.", "CHỦ", "TỊCH"), ("PHÓ", "CHỦ", "TỊCH"), False),    # both whole: nothing to repair
    (("4T.", "CHỦ", "TỊCH"), ("PHQ", "GIÁM", "ĐỐC"), False),    # two heads
    (("PHQ", "CHỦ", "TỊCH"), ("4T.", "CHỦ", "TỊCH"), True),     # scraps alone do not say which is which: KT. above
])
def test_twins(upper, lower, pair):
    a, b = _reading(*upper), _reading(*lower)
    assert a is not None and b is not None
    assert twins(a, b) is pair


# ---- drawn signature blocks under a dark seal -------------------------------------------------------------

WIDTH, HEIGHT = BLOCK_PAGE


def _words(texts: list[tuple[str, float]], box: tuple[float, float, float, float]) -> list[Word]:
    x0, x1, top, bottom = box
    step = (x1 - x0) / len(texts)
    return [Word(t, x0 + k * step, x0 + (k + 1) * step - 10, top, bottom, c) for k, (t, c) in enumerate(texts)]


def _block(deputy: str = "PHÓ CHỦ TỊCH"):
    """A closing block on a black-and-white page: KT. CHỦ TỊCH over `deputy`, a dark seal's ring (a
    photocopy: as black as print) beside them, the name below; Nơi nhận on the left."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(page)
    font = block_font(46)
    centre = 1740.0
    draw.text((250, 300), "Nơi nhận:", fill=0, font=block_font(34), anchor="ls")
    head = centred_line(draw, "KT. CHỦ TỊCH", centre, 300, font)
    title = centred_line(draw, deputy, centre, 370, font)
    draw.ellipse((1080, 330, 1480, 730), outline=0, width=12)
    name = centred_line(draw, "Nguyễn Ngọc Hè", centre, 900, font)
    return page, head, title, name


@needs_tesseract
def test_the_slot_under_a_damaged_authority_line_completes_the_pair():
    """The page read 'KT.' as '4T.' and nothing of the deputy's line: the slot read alone is 'PHÓ CHỦ
    TỊCH', and the pair replaces both lines, scored for review."""
    page, head, _title, name = _block()
    words = _words([("4T.", 40.0), ("CHỦ", 97.0), ("TỊCH", 96.0)], head) \
        + _words([("Nguyễn", 96.0), ("Ngọc", 96.0), ("Hè", 96.0)], name) + [Word("Nơi", 250, 310, 275, 305, 95.0)]
    out, notes = reread_twins(page, 300.0, words)
    titles = [w for w in out if w.top < name[2]]
    assert [w.text for w in titles if w.x0 > 1000] == ["KT.", "CHỦ", "TỊCH", "PHÓ", "CHỦ", "TỊCH"]
    assert all(w.conf is not None and w.conf <= TWIN_CAP for w in titles if w.x0 > 1000)
    assert len(notes) == 1 and "Nơi" in [w.text for w in out]


@needs_tesseract
def test_a_column_the_page_read_nothing_of_is_read_line_by_line():
    """tesseract took the block with the seal for a picture: only the name was read; the lines above it,
    each read alone, are the pair."""
    page, _head, _title, name = _block()
    words = _words([("Nguyễn", 96.0), ("Ngọc", 96.0), ("Hè", 96.0)], name)
    out, notes = reread_twins(page, 300.0, words)
    assert " ".join(w.text for w in out if w.top < name[2]) == "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" and len(notes) == 1


@needs_tesseract
def test_lines_that_are_no_pair_stay_as_read():
    """Under a damaged head line the slot holds another title (TM. ... / CHỦ TỊCH is no deputy's block):
    nothing is replaced."""
    page, head, _title, name = _block(deputy="ỦY VIÊN")
    words = _words([("4T.", 40.0), ("CHỦ", 97.0), ("TỊCH", 96.0)], head) \
        + _words([("Nguyễn", 96.0), ("Ngọc", 96.0), ("Hè", 96.0)], name)
    assert reread_twins(page, 300.0, words) == (words, [])


_SURE_BLOCK = _words([("KT.", 96.0), ("CHỦ", 97.0), ("TỊCH", 96.0)], (1500.0, 1900.0, 260.0, 300.0)) \
    + _words([("PHÓ", 96.0), ("CHỦ", 97.0), ("TỊCH", 96.0)], (1500.0, 1900.0, 330.0, 370.0)) \
    + _words([("Nguyễn", 96.0), ("Ngọc", 96.0), ("Hè", 96.0)], (1500.0, 1900.0, 860.0, 900.0))
# a Đoàn letterhead's motto on the right, at the top of the page: Đoàn is a family name, but a line of
# capitals is no signer's name, and nothing above it is no empty signature column
_MOTTO = _words([(t, 93.0) for t in ("ĐOÀN", "TNCS", "HỒ", "CHÍ", "MINH")], (1300.0, 2000.0, 235.0, 285.0))


@pytest.mark.parametrize("words", [_SURE_BLOCK, _MOTTO])
def test_a_page_without_a_head_line_or_an_empty_column_is_not_read(monkeypatch, words):
    """The titles were read surely above the name; a motto in capitals: no tesseract call."""
    from PIL import Image

    from vanban.ingest import sigtwins

    monkeypatch.setattr(sigtwins, "read_box", lambda *a, **k: pytest.fail("read again"))
    assert reread_twins(Image.new("L", (WIDTH, HEIGHT), 255), 300.0, words) == (words, [])

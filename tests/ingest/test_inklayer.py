"""A title stamped in colour under a seal of the same ink, read from the colour page (issue 9: scans;
ingest/inklayer.py and its use in ingest/sigtwins.py): the slot under a damaged `KT. <head>` line holds
`PHÓ <head>` in red, pressed with the seal, which the page tesseract reads has faded with the seal."""

from __future__ import annotations

import pytest
from ingest_fixtures import BLOCK_PAGE, block_font, centred_line, needs_tesseract

from vanban.ingest.inklayer import ink_line
from vanban.ingest.layout import Word
from vanban.ingest.sigtwins import TWIN_CAP, reread_twins

WIDTH, HEIGHT = BLOCK_PAGE
RED = (220, 45, 60)
BLUE = (30, 50, 170)
CENTRE = 1740.0
HEAD_BASE, TITLE_BASE = 300, 372


def _words(texts: list[tuple[str, float]], box: tuple[float, float, float, float]) -> list[Word]:
    x0, x1, top, bottom = box
    step = (x1 - x0) / len(texts)
    return [Word(t, x0 + k * step, x0 + (k + 1) * step - 10, top, bottom, c) for k, (t, c) in enumerate(texts)]


def _block(title: str | None = "PHÓ CHỦ TỊCH", seal: bool = True, title_colour=RED, ring_text: bool = True):
    """A closing block: KT. CHỦ TILCH in black, `title` under it in `title_colour` (None: no line), a red
    seal whose ring and ring text cover the title's first word, a blue signature across, the name below.
    The colour page, the page tesseract reads (coloured ink faded) and the page's words: the head line's
    'KT.' lost to a pen's initials, nothing of the title line."""
    from PIL import Image, ImageChops, ImageDraw

    from vanban.ingest.ocr import drop_colour_ink

    page = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
    draw = ImageDraw.Draw(page)
    font = block_font(46)
    draw.text((250, 300), "Nơi nhận:", fill=(0, 0, 0), font=block_font(34), anchor="ls")
    head = centred_line(draw, "KT. CHỦ TỊCH", CENTRE, HEAD_BASE, font)
    ink = Image.new("RGB", page.size, (255, 255, 255))  # stamps and pen, laid over the print as ink is
    pen = ImageDraw.Draw(ink)
    if title is not None:
        left, _t, right, _b = pen.textbbox((0, TITLE_BASE), title, font=font, anchor="ls")
        pen.text((CENTRE + 60 - (right - left) / 2, TITLE_BASE), title, fill=title_colour, font=font, anchor="ls")
    if seal:
        pen.ellipse((1100, 160, 1620, 680), outline=RED, width=14)
        pen.ellipse((1150, 210, 1570, 630), outline=RED, width=5)
        if ring_text:
            pen.text((1230, TITLE_BASE), "TRƯỜNG", fill=RED, font=block_font(40), anchor="ls")
            pen.text((1250, 470), "ĐẠI HỌC", fill=RED, font=block_font(40), anchor="ls")
    pen.line([(1400, 520), (1650, 345), (1800, 420), (2150, 330)], fill=BLUE, width=6)  # the signature
    page = ImageChops.multiply(page, ink)
    draw = ImageDraw.Draw(page)
    name = centred_line(draw, "Nguyễn Ngọc Hè", CENTRE, 900, font)
    words = _words([("Í“°,", 54.0), ("CHỦ", 97.0), ("TỊCH", 96.0)], head) \
        + _words([("Nguyễn", 96.0), ("Ngọc", 96.0), ("Hè", 96.0)], name) + [Word("Nơi", 250, 310, 275, 305, 95.0)]
    return page, drop_colour_ink(page), words, name


def _titles(out: list[Word], name) -> list[str]:
    return [w.text for w in out if w.top < name[2] and w.x0 > 1000]


@needs_tesseract
@pytest.mark.parametrize("ring_text", [True, False])
def test_a_red_title_under_a_red_seal_completes_the_pair(ring_text):
    """The grey page holds nothing under the head line; the red layer, the seal's columns whitened, reads the
    head title whole right of the seal (its 'PHÓ' under the ring): the pair, scored for review."""
    colour, grey, words, name = _block(ring_text=ring_text)
    out, notes = reread_twins(grey, 300.0, words, lambda: colour)
    assert _titles(out, name) == ["KT.", "CHỦ", "TỊCH", "PHÓ", "CHỦ", "TỊCH"]
    assert all(w.conf is not None and w.conf <= TWIN_CAP for w in out if w.top < name[2] and w.x0 > 1000)
    assert len(notes) == 1 and "Nơi" in [w.text for w in out]


@needs_tesseract
def test_without_the_colour_page_the_slot_stays_unread():
    colour, grey, words, _name = _block()
    assert reread_twins(grey, 300.0, words) == (words, [])


@needs_tesseract
@pytest.mark.parametrize("title, seal", [
    (None, True),             # only the seal's ring and ring text in the slot: no title line
    ("ỦY VIÊN", True),        # another title: no deputy's block
    ("CHỦ TỊCH", False),      # the head again with no seal beside it: nothing ate a 'PHÓ'
    ("CHÍNH PHỦ", True),       # a red line of capitals that is no title
])
def test_coloured_ink_that_makes_no_pair_is_not_taken(title, seal):
    colour, grey, words, _name = _block(title=title, seal=seal)
    assert reread_twins(grey, 300.0, words, lambda: colour) == (words, [])


_SURE_BLOCK = _words([("KT.", 96.0), ("CHỦ", 97.0), ("TỊCH", 96.0)], (1500.0, 1900.0, 260.0, 300.0)) \
    + _words([("PHÓ", 96.0), ("CHỦ", 97.0), ("TỊCH", 96.0)], (1500.0, 1900.0, 330.0, 370.0)) \
    + _words([("Nguyễn", 96.0), ("Ngọc", 96.0), ("Hè", 96.0)], (1500.0, 1900.0, 860.0, 900.0))
_MOTTO = _words([(t, 93.0) for t in ("ĐOÀN", "TNCS", "HỒ", "CHÍ", "MINH")], (1300.0, 2000.0, 235.0, 285.0))
_HEAD_WHOLE = _words([("KT.", 96.0), ("CHỦ", 97.0), ("TỊCH", 96.0)], (1500.0, 1900.0, 260.0, 300.0))


@pytest.mark.parametrize("words", [_SURE_BLOCK, _MOTTO, _HEAD_WHOLE])
def test_the_colour_page_is_asked_for_only_under_a_damaged_head_line(monkeypatch, words):
    """A block read surely (KT. / PHÓ / name), a motto in capitals, a whole 'KT. CHỦ TỊCH' with nothing
    under it on a blank page: no head line after a scrap over an empty slot, or no pair the page's own
    read (tried first) could make, so the colour page is never made."""
    from PIL import Image

    from vanban.ingest import sigtwins

    whole = words is _HEAD_WHOLE
    monkeypatch.setattr(sigtwins, "read_box", lambda *a, **k: [] if whole else pytest.fail("read again"))
    grey = Image.new("L", (WIDTH, HEIGHT), 255)
    colour = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
    asked: list[int] = []
    out = reread_twins(grey, 300.0, words, lambda: asked.append(1) or colour)
    assert out == (words, [])
    assert asked == ([1] if whole else [])  # a whole head over a slot the page read nothing in: it is looked at


# ---- the layer itself -------------------------------------------------------------------------------------


def test_the_layer_keeps_the_lines_own_hue_and_whitens_the_seal():
    """Red title, red seal, blue pen: the layer's ink is the title's (the pen is another hue, the seal's
    columns reach far above and below the line), and the seal's columns are named."""
    import numpy as np

    colour, _grey, _words_, _name = _block()
    line = ink_line(colour, 1100, 2300, 300, 440, 50.0)
    assert line is not None
    layer = np.asarray(line.layer)
    assert line.seals and all(x1 <= line.box[0] + 60 for _x0, x1 in line.seals)  # the seal lies left of the line
    assert line.box[1] < TITLE_BASE < line.box[3]
    assert (layer < 128).mean() > 0.02  # the title's letters are there


def test_no_coloured_ink_no_line():
    from PIL import Image

    page = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
    assert ink_line(page, 1100, 2300, 300, 440, 50.0) is None
    assert ink_line(page.convert("L"), 1100, 2300, 300, 440, 50.0) is None

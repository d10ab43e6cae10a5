"""Typed day and month slots read again from a small crop (ingest/slotread.py, issue 9: an e-signature's
typed italic day read as `#2` for 15, `22` for 20, a month glued to 'năm' as `22ăm`). The pages are drawn
here: a place-date line with the day and month in a signing tool's small italic, a pen's taller digits,
a JPEG-compressed copy."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from ingest_fixtures import needs_tesseract

from vanban.ingest import slotread
from vanban.ingest.layout import Word

SERIF_ITALIC = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf")
DIGIT = 40.0  # printed digit height of the drawn pages (and of the words below)


def _w(text: str, x0: float, conf: float = 96.0, top: float = 500.0, height: float = DIGIT, width: float = 80.0) -> Word:
    return Word(text, x0, x0 + width, top, top + height, conf)


def _line(day: Word, month: Word | None = None, top: float = 500.0) -> list[Word]:
    """'Hà Nội, ngày <day> tháng <month> năm 2025' with clean printed digits elsewhere on the page."""
    words = [_w("Hà", 1200, top=top), _w("Nội,", 1290, top=top), _w("ngày", 1380, top=top, width=100), day,
             _w("tháng", 1600, top=top, width=120)]
    month = month or _w("02", 1740, top=top)
    glued = month.text.endswith("ăm")  # 'năm' read into the month's word
    words += [month, *([] if glued else [_w("năm", 1840, top=top)]), _w("2025", 1940, top=top, width=110)]
    return words + [_w("2015", 300, top=1200), _w("19", 500, top=1200)]


@pytest.mark.parametrize("day, month, found", [
    (_w("#2", 1500, 49.0), None, [("day", "#2", False)]),                # not digits
    (_w("22", 1500, 93.0), None, [("day", "22", False)]),                # digits, but not as surely as print
    (_w("15", 1500, 97.0), None, []),                                    # read surely: left alone
    (_w("15", 1500, 40.0, top=480, height=62), None, []),                # a pen's digits stand taller
    (_w("7#", 1500, 83.0), _w("22ăm", 1740, 62.0, width=150), [("day", "7#", False), ("month", "22ăm", True)]),
    (_w("II", 1500, 51.0), _w("I1", 1740, 60.0), [("day", "II", False), ("month", "I1", False)]),
])
def test_unsure_print_sized_slots_of_the_place_date_line_are_found(day, month, found):
    words = _line(day, month)
    slots = slotread.find_slots(words, 2480, 3508)
    assert [(s.kind, " ".join(words[k].text for k in s.words), s.glued) for s in slots] == found


def test_only_the_first_date_line_is_the_place_date_line():
    """A cited date lower in the header ('Căn cứ ... ngày 22 tháng 11 năm 2019') is no slot."""
    words = _line(_w("18", 1500, 97.0))
    cited = [_w("ngày", 300, top=900, width=100), _w("22", 420, 60.0, top=900), _w("tháng", 520, top=900, width=120),
             _w("I1", 660, 50.0, top=900), _w("năm", 760, top=900)]
    assert slotread.find_slots(words + cited, 2480, 3508) == []


def test_a_slot_below_the_header_is_not_looked_for():
    assert slotread.find_slots(_line(_w("#2", 1500, 49.0), top=2500), 2480, 3508) == []


@pytest.mark.parametrize("reads, before, kind, glued, value", [
    (("15", "15", "15", "5"), "#2", "day", False, 15),      # three of four agree
    (("15", "15", "12", "13"), "#2", "day", False, None),   # two: no value
    (("15", "15", "12", "12"), "#2", "day", False, None),   # a tie
    (("32", "32", "32", "32"), "#2", "day", False, None),   # no day
    (("13", "13", "13", "13"), "II", "month", False, None),  # no month
    (("1", "1", "1", "11"), "11", "month", False, None),     # a digit lost: the narrow 1 of '11'
    (("15", "15", "15", ""), "2", "day", False, 15),         # a digit found that the page read lost
    (("02nam", "02năm", "02năm", "0măm"), "22ăm", "month", True, 2),  # glued to 'năm'
    (("02", "02", "02", "02"), "22ăm", "month", True, None),  # a glued slot's read keeps its 'năm'
])
def test_the_vote(reads, before, kind, glued, value):
    slot = slotread.Slot(kind, (0,), (0, 0, 10, 10), glued)
    assert slotread.vote(list(reads), slot, before) == value


# ---- drawn pages ---------------------------------------------------------------------------------------

def _font(size: int):
    from PIL import ImageFont

    if not SERIF_ITALIC.is_file():
        pytest.skip("Liberation fonts missing (apt-get install fonts-liberation2)")
    return ImageFont.truetype(str(SERIF_ITALIC), size)


def _draw_line(day: str, month: str, slot_size: int, raise_by: int = 0):
    """A 300 dpi strip of the place-date line in italics, day and month typed in `slot_size` italics into
    the blanks (raised by `raise_by`, as a signature widget sits), and the words a first read gave, with
    the slots read as '#2' and 'II' at low confidence."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (2480, 1000), 255)
    draw = ImageDraw.Draw(page)
    font, slot_font = _font(54), _font(slot_size)
    base = 300
    words: list[Word] = []

    def put(text: str, x: float, f, dy: int = 0, read: str | None = None, conf: float = 96.0) -> float:
        left, top, right, bottom = draw.textbbox((x, base + dy), text, font=f, anchor="ls")
        draw.text((x, base + dy), text, fill=0, font=f, anchor="ls")
        words.append(Word(read or text, left, right, top, bottom, conf))
        return right

    x = put("Hà", 1100, font) + 18
    x = put("Nội,", x, font) + 18
    x = put("ngày", x, font) + 30
    x = put(day, x, slot_font, -raise_by, "#2", 45.0) + 30
    x = put("tháng", x, font) + 30
    x = put(month, x, slot_font, -raise_by, "II", 50.0) + 18
    x = put("năm", x, font) + 18
    put("2025", x, font)
    put("2024", 300, font)  # a clean printed number elsewhere: the page's digit height
    return page, words


def _jpeg(page, quality: int = 40):
    from PIL import Image

    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


@needs_tesseract
@pytest.mark.parametrize("jpeg", [False, True])
def test_a_typed_italic_day_and_month_are_read_again(jpeg):
    if not slotread.reader_available():
        pytest.skip("tesseract's eng model missing (apt-get install tesseract-ocr-eng)")
    page, words = _draw_line("15", "11", 46, raise_by=6)
    if jpeg:
        page = _jpeg(page)
    out, notes = slotread.read_typed_slots(page, 300.0, words)
    assert [w.text for w in sorted(out, key=lambda w: w.x0)] == ["2024", "Hà", "Nội,", "ngày", "15", "tháng", "11",
                                                                 "năm", "2025"]
    assert [w.conf for w in out if w.text in ("15", "11")] == [slotread.REREAD_CONF] * 2
    assert len(notes) == 2 and all("read again as" in n for n in notes)


@needs_tesseract
def test_pen_sized_digits_are_left_as_read():
    """Digits taller than the print (a pen's) are not this reader's: a digits-only model would read them
    into a number that looks sure."""
    page, words = _draw_line("15", "11", 80)
    out, notes = slotread.read_typed_slots(page, 300.0, words)
    assert out == words and notes == []


def test_a_voted_slot_reads_as_print_to_the_pen_reader():
    """The pen reader (ingest/handwriting.py) reads a slot again unless its digits look printed: a typed
    slot this module settled must not be read again as handwriting and refused."""
    from vanban.ingest import handwriting

    assert slotread.REREAD_CONF >= handwriting.PRINTED_CONF

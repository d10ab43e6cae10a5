"""Typed day and month slots that tesseract misread, read again from a small crop and voted on.

An e-signed document's day and month are typed into the blanks by the signing tool, often in a small
italic font (the signature widget's appearance). Once the page is a picture (a render, a scan of a
print) tesseract's Vietnamese model reads those italic digits as `#2` for 15, `II` for 11, `22` for 20
or `7#` for 18, and a month glued to `năm` as `22ăm`. Cut out alone, the same slot reads right with
tesseract's English model limited to digits, upright or deslanted. So each unsure slot of the header's
place-date line (the words between `ngày` and `tháng`, or between `tháng` and `năm`, read with less than
SURE_CONF or not as digits) is read again in several variants (upright, deslanted, enlarged), stacked
in one picture so that one tesseract call reads every variant of every slot of the page. A value is
taken only when most variants agree on it and it is a day 1-31 or a month 1-12; otherwise the words
stay as read (repair.unsure_slots then leaves a doubtful slot unread).

Pen digits stand taller than the print (layout's digit height): they are left alone here, a second
read of handwriting by a digits-only model would only make a wrong number look sure.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .layout import Line, Word, digit_height, group_lines

HEADER_SHARE = 0.45  # the place-date line stands in this top share of the page
SURE_CONF = 95.0  # a slot of digits read at least this surely is left as read (a clean word scores 96-97;
# an italic 20 was read as 22 at 93)
HANDWRITING_SIZE = 1.15  # a slot word taller than this many printed digit heights is pen, not type
# ... and the slot's ink must stand no taller than the printed digits: a signing tool types the day in
# the body's size or smaller (0.90-0.97 on the inputs' e-signed renders), pen digits stand taller
# (1.05-1.07 on the inputs' scans, where tesseract's word box is no taller than the print)
TYPED_INK = 1.0
INK = 128  # a pixel darker than this is ink
GLUED_DIGITS = 0.4  # the left share of a month glued to 'năm' that holds its digits (for their height)
MAX_SLOT_WORDS = 2  # more words between the labels is no date slot ('ngày ký kết ... tháng')
MARGIN = 0.35  # of the digit height, around the slot's crop
SLANTS = (0.0, -0.15, -0.25)  # shears tried (x moves by slant * (y - middle)): italic digits stand up
ENLARGE = 1.5  # one more variant, enlarged: small digits gain strokes
VOTE_MIN = 3  # variants that must read the same value (of len(SLANTS) + 1)
# the word confidence given to a voted value: as sure as a clean print read, so that the pen reader after
# it (handwriting.PRINTED_CONF) takes the slot as typed and leaves it
REREAD_CONF = 90.0
READER_LANG = "eng"  # tesseract's English model reads isolated digits better than its Vietnamese one
WHITELIST = "0123456789nămaăâ"  # digits, and the letters of a 'năm' glued to the month
_DIGITS = re.compile(r"^\d{1,2}$")
_GLUED = re.compile(r"^(?P<value>\S{1,3}?)(?P<nam>n?[aăâ]m)$")  # '22ăm', '02năm': the month glued to 'năm'
_READ_GLUED = re.compile(r"^(?P<value>\d{1,2})n?[aăâ]m$")
RANGES = {"day": (1, 31), "month": (1, 12)}
LABELS = {"NGAY": ("day", "THANG"), "THANG": ("month", "NAM")}


@dataclass(frozen=True)
class Slot:
    """A typed day or month slot of the place-date line, in the OCR'd page's pixels."""

    kind: str  # day | month
    words: tuple[int, ...]  # the OCR words in the slot (indices into the page's words)
    box: tuple[int, int, int, int]  # the crop read again: left, top, right, bottom
    glued: bool = False  # the month was read glued to 'năm': the crop holds 'năm' too
    digit: float = 1.0  # the page's printed digit height


@dataclass(frozen=True)
class Reread:
    """What the variants of one slot read, and the value they agreed on (None: no agreement)."""

    slot: Slot
    reads: tuple[str, ...]
    value: int | None


def _key(text: str) -> str:
    """Letters only, marks dropped, upper case: 'ngày' -> 'NGAY', 'tháng' -> 'THANG'."""
    d = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in d if c.isalpha() and c.isascii()).upper()


def _unsure(words: list[Word]) -> bool:
    return not all(w.text.isdigit() and (w.conf or 0) >= SURE_CONF for w in words)


def _date_line(keys: list[str]) -> bool:
    """A line with 'ngày' and, after it, 'tháng': the place-date line when it is the first such line."""
    return "NGAY" in keys and "THANG" in keys[keys.index("NGAY"):]


def _box(left: Word, right_x: float, slot: list[Word], digit: float, page: tuple[float, float]) -> tuple[int, int, int, int]:
    margin = MARGIN * digit
    top = min(w.top for w in [left, *slot])
    bottom = max(w.bottom for w in [left, *slot])
    return (max(0, round(left.x1 + margin / 2)), max(0, round(top - margin)),
            min(round(page[0]), round(right_x + margin / 2)), min(round(page[1]), round(bottom + margin)))


def _line_slots(line: Line, index: dict[int, int], digit: float, page: tuple[float, float]) -> list[Slot]:
    """The unsure, print-sized day and month slots of one line."""
    ws = line.words
    keys = [_key(w.text) for w in ws]
    out: list[Slot] = []
    for i, k in enumerate(keys):
        if k not in LABELS:
            continue
        kind, closing = LABELS[k]
        j = next((j for j in range(i + 1, min(len(ws), i + 2 + MAX_SLOT_WORDS)) if keys[j] == closing), None)
        glued = j is None and kind == "month" and i + 1 < len(ws) and _GLUED.match(ws[i + 1].text) is not None
        slot = ws[i + 1:i + 2] if glued else ws[i + 1:j] if j is not None else []
        if not slot or not (glued or _unsure(slot)):
            continue
        if not glued and max(w.height for w in slot) > HANDWRITING_SIZE * digit:
            continue  # pen digits: not this reader's to read
        right_x = slot[-1].x1 if glued else ws[j].x0 - MARGIN * digit  # type: ignore[index]
        out.append(Slot(kind, tuple(index[id(w)] for w in slot), _box(ws[i], right_x, slot, digit, page), glued, digit))
    return out


def find_slots(words: list[Word], width: float, height: float) -> list[Slot]:
    """The day and month slots of the header's place-date line worth reading again."""
    if not words:
        return []
    index = {id(w): k for k, w in enumerate(words)}
    digit = digit_height(words)
    for line in group_lines([w for w in words if w.top < HEADER_SHARE * height]):
        if _date_line([_key(w.text) for w in line.words]):  # the first one: the dates below it are cited
            return _line_slots(line, index, digit, (width, height))
    return []


def ink_height(crop) -> int:
    """Rows from the crop's highest to its lowest ink pixel."""
    import numpy as np

    rows = np.flatnonzero((np.asarray(crop) < INK).any(axis=1))
    return int(rows[-1] - rows[0] + 1) if rows.size else 0


def typed(image, slot: Slot) -> bool:
    """Does the slot's ink stand no taller than the printed digits (TYPED_INK)? Then it is typed."""
    crop = image.crop(slot.box)
    if slot.glued:
        crop = crop.crop((0, 0, max(1, round(GLUED_DIGITS * crop.width)), crop.height))
    return 0 < ink_height(crop) <= TYPED_INK * slot.digit


def _slanted(image, slant: float):
    """The crop sheared so that letters leaning right by `slant` (dx per dy) stand upright."""
    from PIL import Image

    if not slant:
        return image
    pad = int(abs(slant) * image.height) + 2
    wide = Image.new("L", (image.width + 2 * pad, image.height), 255)
    wide.paste(image, (pad, 0))
    return wide.transform(wide.size, Image.Transform.AFFINE, (1, slant, -slant * image.height / 2, 0, 1, 0),
                          resample=Image.Resampling.BILINEAR, fillcolor=255)


def variants(crop) -> list:
    """The ways one slot is shown to the reader: each slant, and the crop enlarged."""
    from PIL import Image

    out = [_slanted(crop, s) for s in SLANTS]
    out.append(crop.resize((round(crop.width * ENLARGE), round(crop.height * ENLARGE)), Image.Resampling.LANCZOS))
    return out


def stack(pictures: list) -> tuple[object, list[tuple[int, int]]]:
    """The pictures one under another on white, a picture's height apart, and each one's rows."""
    from PIL import Image

    gap = max(p.height for p in pictures)
    sheet = Image.new("L", (max(p.width for p in pictures) + 2 * gap, sum(p.height + gap for p in pictures) + gap), 255)
    rows, y = [], gap
    for p in pictures:
        sheet.paste(p, (gap, y))
        rows.append((y, y + p.height))
        y += p.height + gap
    return sheet, rows


def reader_available() -> bool:
    exe = shutil.which("tesseract")
    if exe is None:
        return False
    from .ocr import _languages

    return READER_LANG in _languages(exe)


def read_sheet(sheet, dpi: float, lang: str = READER_LANG, whitelist: str = WHITELIST) -> list[tuple[float, float, str, float]]:
    """(x, y middle, text, confidence) of every word tesseract reads on the sheet (one uniform block of
    lines: the stacked pictures); `whitelist` "" lets every character through."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    allow = ["-c", f"tessedit_char_whitelist={whitelist}"] if whitelist else []
    with tempfile.TemporaryDirectory(prefix="vanban_slot_") as tmp:
        src = os.path.join(tmp, "sheet.pgm")
        sheet.save(src)
        proc = subprocess.run(["tesseract", src, "stdout", "-l", lang, "--psm", "6", "--dpi", str(round(dpi)), *allow, "tsv"],
                              capture_output=True, env=env, timeout=120)
    if proc.returncode != 0:
        return []
    out = []
    for row in csv.DictReader(io.StringIO(proc.stdout.decode("utf-8", "replace")), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") == "5" and text:
            out.append((float(row["left"]), float(row["top"]) + float(row["height"]) / 2, unicodedata.normalize("NFC", text),
                        float(row.get("conf") or 0)))
    return out


def _value(read: str, slot: Slot, before: str = "") -> int | None:
    """The day or month a read gives, when it is one. A slot first read as digits never loses one: a
    second read that changes a digit may be right ('22' for 20) or find one the page read lost ('2' for
    15), one that drops a digit ('1' for '11') is the model losing a narrow glyph."""
    m = _READ_GLUED.match(read) if slot.glued else _DIGITS.match(read)
    if m is None or (before.isdigit() and len(m.group(0)) < len(before)):
        return None
    value = int(m.group("value") if slot.glued else m.group(0))
    low, high = RANGES[slot.kind]
    return value if low <= value <= high else None


def vote(reads: list[str], slot: Slot, before: str = "") -> int | None:
    """The value at least VOTE_MIN reads agree on, when no other value has as many; else None."""
    counts = Counter(v for v in (_value(r, slot, before) for r in reads) if v is not None)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < VOTE_MIN or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def reread(image, dpi: float, slots: list[Slot], befores: list[str]) -> list[Reread]:
    """Every variant of every slot read in one tesseract call, and each slot's vote."""
    pictures: list = []
    for slot in slots:
        pictures.extend(variants(image.crop(slot.box)))
    sheet, rows = stack(pictures)
    words = sorted(read_sheet(sheet, dpi))
    reads = ["".join(t for _x, y, t, _c in words if top <= y < bottom) for top, bottom in rows]
    n = len(SLANTS) + 1
    out = []
    for k, slot in enumerate(slots):
        mine = reads[k * n:(k + 1) * n]
        out.append(Reread(slot, tuple(mine), vote(mine, slot, befores[k])))
    return out


def _replacement(words: list[Word], r: Reread) -> list[Word]:
    """The slot's words as one voted word (and the 'năm' it was glued to, where it was)."""
    first, last = words[r.slot.words[0]], words[r.slot.words[-1]]
    top, bottom = min(words[k].top for k in r.slot.words), max(words[k].bottom for k in r.slot.words)
    text = f"{r.value:02d}" if r.slot.kind == "month" and r.value is not None and r.value < 10 else str(r.value)
    if not r.slot.glued:
        return [Word(text, first.x0, last.x1, top, bottom, REREAD_CONF)]
    m = _GLUED.match(last.text)
    share = len(m.group("value")) / len(last.text) if m else 0.5
    cut = last.x0 + share * (last.x1 - last.x0)
    return [Word(text, last.x0, cut, top, bottom, REREAD_CONF), Word("năm", cut + 1, last.x1, top, bottom, REREAD_CONF)]


def read_typed_slots(image, dpi: float, words: list[Word]) -> tuple[list[Word], list[str]]:
    """The page's words with each unsure typed day and month slot replaced by the value its variants
    agree on, and a note per slot read again (agreed or not)."""
    slots = [s for s in find_slots(words, float(image.width), float(image.height)) if typed(image, s)]
    if not slots or not reader_available():
        return words, []
    results = reread(image, dpi, slots, ["".join(words[k].text for k in s.words) for s in slots])
    dropped: set[int] = set()
    added: list[Word] = []
    notes = []
    for r in results:
        before = " ".join(words[k].text for k in r.slot.words)
        if r.value is None:
            notes.append(f"{r.slot.kind} slot {before!r} read again, no agreement ({', '.join(map(repr, r.reads))}): left as read")
            continue
        dropped.update(r.slot.words)
        added.extend(_replacement(words, r))
        agree = sum(_value(x, r.slot, before.replace(" ", "")) == r.value for x in r.reads)
        notes.append(f"{r.slot.kind} slot {before!r} read again as {r.value} ({agree}"
                     f" of {len(r.reads)} reads agree)")
    return [w for k, w in enumerate(words) if k not in dropped] + added, notes

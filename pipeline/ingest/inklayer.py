"""A line in coloured ink read from the colour page, apart from a seal of the same ink (issue 9: scans).

The page tesseract reads has its coloured ink faded (ocr.drop_colour_ink), so a title stamped in colour
(a red `PHÓ HIỆU TRƯỞNG` pressed with the seal) is gone from it with the seal. On the colour page the
line stands among the seal's ring and ring text, of the same red, and a pen's blue strokes over both.
The layer of a stretch of rows keeps the ink of one hue family only (the channel brightest in most of
the coloured pixels of those rows: red for a red stamp, blue for a blue pen), as dark as its colour is
strong, and whitens the seal: the columns where that ink reaches SEAL_INK line heights above or below
the rows (a seal's disc is several lines tall, a line of print is not). The line is then the run of
rows holding most of the ink left, cut to the columns holding it, with LINE_PAD line heights around.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

INK_CHROMA = 40  # max - min of a pixel's channels above which it is coloured ink (a faint pink stamp's letters ~75)
GAIN = 2.0  # darkness of the layer per unit of chroma (a stamp's faint strokes come out black)
SEAL_REACH = 2.5  # line heights above and below the rows where a seal's ink is looked for
SEAL_INK = 0.5  # of the line height: a column with more ink than this outside the rows is a seal's
SEAL_GAP = 1.0  # line heights: a narrower gap between a seal's columns is the seal's too
SEAL_PAD = 0.15  # of the line height, each side of a seal's columns whitened too (the ring's blurred edge)
ROW_INK = 0.15  # of the fullest row's ink: a row of the line holds at least this much
LINE_PAD = 0.5  # of the line height, left and right of its ink: the crop's margin


@dataclass(frozen=True)
class InkLine:
    """A line of coloured ink: its layer (grayscale, page coordinates from `box`'s corner), the box it
    covers on the page and the page's x ranges whitened as a seal's."""

    layer: Any  # PIL.Image.Image, mode L, of box's size
    box: tuple[int, int, int, int]
    seals: list[tuple[int, int]]


def _family(rgb, ink) -> int:
    """The channel brightest in most of the coloured pixels: 0 red, 1 green, 2 blue."""
    import numpy as np

    return int(np.bincount(rgb.argmax(axis=2)[ink], minlength=3).argmax())


def _runs(flags) -> list[tuple[int, int]]:
    """The runs of True in a 1-D array, as [start, end) pairs."""
    import numpy as np

    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def _seal_columns(ink, rows: tuple[int, int], height: float):
    """Columns where the ink reaches beyond the rows by more than SEAL_INK line heights, padded, and the
    gaps of less than SEAL_GAP line heights between them (a disc's middle columns may hold little ink
    beyond the rows: the ring's arcs lie out of reach there)."""
    import numpy as np

    outside = ink[:rows[0]].sum(axis=0) + ink[rows[1]:].sum(axis=0)
    seal = np.asarray(outside > SEAL_INK * height)
    runs = _runs(seal)
    for (_a, b), (c, _d) in zip(runs, runs[1:], strict=False):
        if c - b < SEAL_GAP * height:
            seal[b:c] = True
    pad = max(1, round(SEAL_PAD * height))
    for a, b in _runs(seal):
        seal[max(0, a - pad):b + pad] = True
    return seal


def ink_line(colour, x0: float, x1: float, top: float, bottom: float, height: float) -> InkLine | None:
    """The line of coloured ink between rows top..bottom of the colour page, in the columns x0..x1, apart
    from a seal's columns; None when no coloured ink is left there."""
    import numpy as np
    from PIL import Image

    reach = SEAL_REACH * height
    win = (max(0, round(x0)), max(0, round(top - reach)), min(colour.width, round(x1)),
           min(colour.height, round(bottom + reach)))
    rgb = np.asarray(colour.crop(win).convert("RGB")).astype(np.int16)
    chroma = rgb.max(axis=2) - rgb.min(axis=2)
    rows = (round(top) - win[1], round(bottom) - win[1])
    ink = chroma > INK_CHROMA
    if not ink[rows[0]:rows[1]].any():
        return None
    family = rgb.argmax(axis=2) == _family(rgb[rows[0]:rows[1]], ink[rows[0]:rows[1]])
    ink &= family
    seal = _seal_columns(ink, rows, height)
    band = ink[rows[0]:rows[1]] & ~seal
    profile = band.sum(axis=1)
    if not profile.any():
        return None
    line = max(_runs(profile >= ROW_INK * profile.max()), key=lambda r: int(profile[r[0]:r[1]].sum()))
    used = np.flatnonzero(band[line[0]:line[1]].any(axis=0))
    pad = round(LINE_PAD * height)
    left, right = max(0, int(used[0]) - pad), min(band.shape[1], int(used[-1]) + 1 + pad)
    upper, lower = max(0, rows[0] + line[0] - pad), min(ink.shape[0], rows[0] + line[1] + pad)
    dark = np.where(family & ~seal, np.clip(255 - GAIN * chroma, 0, 255), 255).astype(np.uint8)
    box = (win[0] + left, win[1] + upper, win[0] + right, win[1] + lower)
    layer = Image.fromarray(dark[upper:lower, left:right])
    seals = [(win[0] + a, win[0] + b) for a, b in _runs(seal)]
    return InkLine(layer, box, seals)

"""A pen for test pages: digits drawn as strokes (not a font), slanted and wobbled by a seed.

The digit classifier of ingest/handwriting.py was trained on MNIST digits, never on these strokes, so
they are an independent check of the whole reader: slot, separation, segmentation, vote."""

from __future__ import annotations

import random

# each digit: strokes of points in a unit box (x right, y down)
STROKES: dict[str, list[list[tuple[float, float]]]] = {
    "0": [[(0.5, 0), (0.85, 0.12), (1, 0.5), (0.85, 0.88), (0.5, 1), (0.15, 0.88), (0, 0.5), (0.15, 0.12), (0.5, 0)]],
    "1": [[(0.25, 0.22), (0.65, 0), (0.65, 1)]],
    "2": [[(0.05, 0.25), (0.3, 0.02), (0.7, 0.02), (0.95, 0.25), (0.9, 0.5), (0.05, 1), (1, 1)]],
    "3": [[(0.05, 0.1), (0.5, 0), (0.9, 0.15), (0.9, 0.35), (0.45, 0.5), (0.95, 0.65), (0.95, 0.88), (0.5, 1),
           (0.05, 0.9)]],
    "4": [[(0.75, 1), (0.75, 0), (0, 0.68), (1, 0.68)]],
    "5": [[(0.9, 0), (0.15, 0), (0.1, 0.45), (0.6, 0.38), (0.95, 0.6), (0.9, 0.9), (0.5, 1), (0.05, 0.9)]],
    "6": [[(0.85, 0.05), (0.4, 0.1), (0.1, 0.45), (0.05, 0.75), (0.3, 1), (0.75, 1), (0.95, 0.75), (0.8, 0.5),
           (0.4, 0.45), (0.1, 0.65)]],
    "7": [[(0, 0), (1, 0), (0.35, 1)]],
    "8": [[(0.5, 0.5), (0.15, 0.3), (0.2, 0.05), (0.5, 0), (0.8, 0.05), (0.85, 0.3), (0.5, 0.5), (0.1, 0.72),
           (0.2, 0.97), (0.5, 1), (0.8, 0.97), (0.9, 0.72), (0.5, 0.5)]],
    "9": [[(0.9, 0.3), (0.6, 0.5), (0.2, 0.45), (0.05, 0.2), (0.3, 0), (0.7, 0), (0.92, 0.2), (0.9, 0.5), (0.8, 1)]],
}
BLUE = (30, 60, 190)


def draw_digits(draw, text: str, x: float, y: float, height: float, seed: int = 0, colour=BLUE,
                slant: float = 0.2, width_share: float = 0.1) -> float:
    """Draw `text` (digits, or any other character as a loose scribble) with its top left at (x, y);
    returns the x where the pen stopped."""
    rng = random.Random(seed)
    w = 0.6 * height
    pen = max(2, round(width_share * height))
    for ch in text:
        strokes = STROKES.get(ch) or [[(rng.random(), rng.random()) for _ in range(6)]]
        for stroke in strokes:
            pts = []
            for px, py in stroke:
                jx, jy = rng.uniform(-0.04, 0.04), rng.uniform(-0.04, 0.04)
                yy = y + (py + jy) * height
                pts.append((x + (px + jx) * w + slant * (y + height - yy), yy))
            draw.line(pts, fill=colour, width=pen, joint="curve")
            for px, py in pts:
                draw.ellipse((px - pen / 2, py - pen / 2, px + pen / 2, py + pen / 2), fill=colour)
        x += w + 0.3 * height
    return x

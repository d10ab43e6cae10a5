"""Figure tables flattened to one cell a line (a web, PDF or DOCX table whose rules were dropped).

    Cấp học / Số đội viên / Hoàn thành chương trình / Tỷ lệ      <- the header: k short lines
    Tiểu học / 6.420 / 6.198 / 96,5%                              <- a row: its label, then k-1 figures

Each figure alone on its line takes its counted noun from its column's header ("Số đội viên" counts
"đội viên", "Kinh phí (triệu đồng)" counts đồng in millions; a column naming no noun, "Hoàn thành
chương trình", counts what the nearest column to its left counts) and its scope from the row's label. The words that open a count column ("Số", "Tổng
số") are data (models/tables/quantity_cues.tsv, role column_count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from vanban.grammar.vnnum import BARE_NUMBER_RX, scale_words
from vanban.tables import rows
from vanban.textutil import fold_lower

_FIGURE_LINE = re.compile(rf"^[ \t]*(?P<num>{BARE_NUMBER_RX})(?P<pct>[ \t]*%)?[ \t]*$")
_MAX_COLUMNS = 8  # a flattened figure table wider than this is not told from a list of numbers
_MAX_LABEL_WORDS = 6  # a header or row label is a short name ("Trung học cơ sở")
# A line holding only a figure, after a line break (a table's first figure follows its label): most
# texts have none, and then no line is built or read. (A literal first: the engine skips to line breaks.)
_ANY_FIGURE_LINE = re.compile(r"\n[ \t]*\d[\d.,]*(?:[ \t]*%)?[ \t]*(?:\n|$)")
_NOT_A_LABEL = re.compile(r"[\d:;.!?]\s*$|^\s*(?:[-–+•*]|[0-9IVXivx]{1,4}[.)])")  # sentences, items, headings


@dataclass(frozen=True)
class FigureCell:
    """One figure of a flattened table: its span, the number as printed, its unit and its row's label."""

    start: int
    end: int
    number: str
    unit: str
    header: str
    row: str
    factor: int = 1  # "Kinh phí (triệu đồng)": the figures are millions


class _Line(NamedTuple):  # one per line of a text that has a figure line: a tuple is cheap to build
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _count_words() -> tuple[str, ...]:
    """'số lượng', 'tổng số', 'số': the words that open a count column's header, longest first."""
    words = [" ".join(fold_lower(r[0]).split()) for r in rows("quantity_cues.tsv", 2) if r[1] == "column_count"]
    return tuple(sorted(words, key=len, reverse=True))


_BRACKET_UNIT = re.compile(r"\((?P<unit>[^()]{1,30})\)\s*$")


def _column_unit(header: str) -> tuple[str | None, int]:
    """The noun a column counts and the factor of its figures: 'Số đội viên' -> ('đội viên', 1),
    'Kinh phí (triệu đồng)' -> ('đồng', 1000000), 'Số tiền (đồng)' -> ('đồng', 1); (None, 1) for a
    header that names no count."""
    bracket = _BRACKET_UNIT.search(header)
    if bracket:
        unit = " ".join(bracket.group("unit").split()).lower()
        first, _, rest = unit.partition(" ")
        factor = scale_words().get(fold_lower(first))
        return (rest, factor) if factor and rest else (unit, 1)
    folded = " ".join(header.split()).lower()
    for word in _count_words():
        if fold_lower(folded).startswith(word + " "):
            return folded[len(word) + 1:].strip() or None, 1
    return None, 1


def _is_label(line: _Line) -> bool:
    words = [w for w in line.text.split() if any(c.isalpha() for c in w)]  # "Dân - Chính - Đảng": 3 words
    return 0 < len(words) <= _MAX_LABEL_WORDS and not _NOT_A_LABEL.search(line.text) \
        and not any(c.isdigit() for c in line.text)


def _lines(text: str, lo: int, hi: int) -> list[_Line]:
    out, pos = [], lo
    for raw in text[lo:hi].split("\n"):
        out.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _figures_after(lines: list[_Line], i: int) -> int:
    """How many figure lines follow line i."""
    n = 0
    while i + 1 + n < len(lines) and _FIGURE_LINE.match(lines[i + 1 + n].text):
        n += 1
    return n


def _units(headers: list[str]) -> list[tuple[str | None, int]]:
    """Each column's counted noun and factor; a column naming none counts what the nearest one to its
    left counts."""
    out: list[tuple[str | None, int]] = []
    for h in headers:
        unit = _column_unit(h)
        out.append(unit if unit[0] or not out else out[-1])
    return out


def _rows(lines: list[_Line], first: int, width: int, headers: list[str]) -> tuple[list[FigureCell], int]:
    """The rows from line `first` on (a label, then width-1 figures, as long as the shape holds), and
    the line after the last row."""
    units, cells, i = _units(headers), [], first
    while i + width <= len(lines) and _is_label(lines[i]) and _figures_after(lines, i) == width - 1:
        label = " ".join(lines[i].text.split())
        for col, line in enumerate(lines[i + 1:i + width], 1):
            m = _FIGURE_LINE.match(line.text)
            unit, factor = ("%", 1) if m and m.group("pct") else units[col]
            if m and unit is not None:
                cells.append(FigureCell(line.start + m.start("num"), line.start + m.end(), m.group("num"),
                                        unit, " ".join(headers[col].split()), label, factor))
        i += width
    return cells, i


def figure_cells(text: str, lo: int, hi: int) -> list[FigureCell]:
    """The figures of every flattened figure table in text[lo:hi]."""
    if not _ANY_FIGURE_LINE.search(text, lo, hi):
        return []
    lines, cells, i = _lines(text, lo, hi), [], 0
    while i < len(lines):
        # a table's row or header's last line is a label followed by a figure (that test first: cheaper)
        starts_row = i + 1 < len(lines) and _FIGURE_LINE.match(lines[i + 1].text) and _is_label(lines[i])
        width = _figures_after(lines, i) + 1 if starts_row else 0
        if 2 <= width <= _MAX_COLUMNS and i >= width and all(_is_label(x) for x in lines[i - width:i]):
            found, i = _rows(lines, i, width, [x.text for x in lines[i - width:i]])
            cells.extend(found)
            continue
        i += 1
    return cells

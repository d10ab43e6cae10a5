"""Plain-text tables drawn with rules (box-drawing characters, or ASCII "+----+" and "|"), as markdown rows.

OCR and the "text only" saves of old DOS and Word programs draw a table's grid with characters:

    ┌────┬──────────────────┬─────────┐        +----+------------------+-------+
    │ TT │ Chỉ tiêu         │ ĐVT     │        | TT | Chỉ tiêu         | ĐVT   |
    ├────┼──────────────────┼─────────┤        +----+------------------+-------+
    │ 1  │ Điện thương phẩm │ triệu   │        | 1  | Điện thương phẩm | triệu |
    │    │                  │ kWh     │        |    |                  | kWh   |
    └────┴──────────────────┴─────────┘        +----+------------------+-------+

The later stages read a table as a row of cells a line (markdown's, `figtable.piped_figure_cells`), so each of
the table's rows becomes one markdown row, a cell wrapped over several ruled lines joined with a space ("| 1 |
Điện thương phẩm | triệu kWh |"), and its rules and wrapped lines become residue lines ("|----|---|", "|    |   |")
that normalize drops as it drops a markdown table's "|---|". Every character keeps its place in the original (a
per-character map, as normalize's <br> split keeps it). A markdown table (no drawn rule) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_BOX = "\u2500-\u257f"  # the Unicode block of box-drawing characters
# what tells a drawn table: a box-drawing character, or an ASCII rule opening a line ("+----+", "+====+")
_DRAWN = re.compile(rf"[{_BOX}]|^[ \t]*\+[-=]{{3}}", re.MULTILINE)
_BARS = "│┃║|"  # a cell's border: light, heavy and double box bars, the ASCII bar
# a rule: only box characters, ASCII rule marks and blanks, with a run of three horizontal strokes
_RULE_LINE = re.compile(rf"^[ \t]*[{_BOX}+|:=\-][{_BOX}+|:=\- \t]*$")
_HORIZONTAL = "─━═┄┅┈┉╌╍╴╶╸╺-="  # the strokes of a rule, drawn as "-" in its residue line
_STROKES = re.compile(rf"[{re.escape(_HORIZONTAL)}]{{3}}")
_MIN_BARS = 3  # a row of two cells or more: a bar on each side and one between
_BLANK = " \t"


def may_hold_drawn_table(text: str) -> bool:
    """Whether the text holds a box-drawing character or an ASCII rule opening a line (most texts hold neither)."""
    return _DRAWN.search(text) is not None


def _is_rule(line: str) -> bool:
    return _RULE_LINE.match(line) is not None and _STROKES.search(line) is not None


def _bar_positions(line: str) -> list[int]:
    return [i for i, ch in enumerate(line) if ch in _BARS]


def _is_row(line: str) -> bool:
    """A line of cells: a bar on either side, two cells or more."""
    body = line.strip(_BLANK)
    return len(body) > 1 and body[0] in _BARS and body[-1] in _BARS and len(_bar_positions(line)) >= _MIN_BARS


def _cells(line: str) -> list[tuple[int, str]]:
    """A row line's cells: (offset of the cell's first character after its left bar, text)."""
    bars = _bar_positions(line)
    return [(a + 1, line[a + 1:b]) for a, b in zip(bars, bars[1:], strict=False)]


def _continues(row: list[str], line: str) -> bool:
    """Whether a row line goes on with the row above (its cells wrapped onto a second ruled line): as many cells,
    and the first blank (the row's number or label goes only on its first line: "│    │          │ kWh │"), or only
    the first written and starting in lower case (a label wrapped: "│ điện năng │      │      │")."""
    first = row[0]
    cells = [c.strip() for _, c in _cells(line)]
    if len(cells) != len(_cells(first)):
        return False
    if not cells[0]:
        return True
    return not any(cells[1:]) and cells[0][:1].islower()


def _blocks(lines: list[str]) -> Iterable[tuple[int, int]]:
    """The runs of rule and row lines (first index, past the last) that hold a drawn rule or a box character."""
    k = 0
    while k < len(lines):
        if not (_is_rule(lines[k]) or _is_row(lines[k])):
            k += 1
            continue
        end = k
        while end < len(lines) and (_is_rule(lines[end]) or _is_row(lines[end])):
            end += 1
        if any(_is_row(ln) for ln in lines[k:end]) and any(may_hold_drawn_table(ln) for ln in lines[k:end]):
            yield k, end
        k = end


def _rows(lines: list[str], lo: int, hi: int) -> list[list[int]]:
    """The block's rows, each the indices of its lines (a rule ends a row; a wrapped line goes on with it)."""
    rows: list[list[int]] = []
    open_row = False
    for k in range(lo, hi):
        if _is_rule(lines[k]):  # (a markdown rule "|---|---|" is no row of cells)
            open_row = False
        elif open_row and _continues([lines[i] for i in rows[-1]], lines[k]):
            rows[-1].append(k)
        else:
            rows.append([k])
            open_row = True
    return rows


def _residue(line: str, pos: int) -> tuple[str, list[int]]:
    """A rule or a wrapped line as a markdown residue line of the same length: strokes "-", bars and joints "|"."""
    out = "".join(ch if ch in _BLANK else "-" if ch in _HORIZONTAL else "|" for ch in line)
    return out, list(range(pos, pos + len(line)))


def _joined_row(lines: list[str], starts: list[int]) -> tuple[str, list[int]]:
    """A row's lines as one markdown row, each cell's pieces joined with a space; every character mapped to where
    it stands in the text (a cell's bar to its bar on the row's first line)."""
    first, pos = lines[0], starts[0]
    bars = _bar_positions(first)
    out = [first[:bars[0]] + "|"]  # (a box bar as markdown's)
    at = list(range(pos, pos + bars[0] + 1))
    per_line = [_cells(ln) for ln in lines]
    for col, bar in enumerate(bars[1:]):
        pieces = [(start + off + len(text) - len(text.lstrip()), text.strip())
                  for start, cells in zip(starts, per_line, strict=True)
                  for off, text in [cells[col]] if text.strip()]
        lead = pieces[0][0] if pieces else pos + bar
        out.append(" ")
        at.append(lead)
        for k, (where, piece) in enumerate(pieces):
            if k:
                out.append(" ")
                at.append(where)
            out.append(piece)
            at += range(where, where + len(piece))
        out.append(" |")
        at += [pos + bar, pos + bar]
    return "".join(out), at


def redraw(text: str) -> tuple[str, list[int], int]:
    """The text with its drawn tables as markdown rows and residue lines, its per-character map back to the text,
    and how many rows were redrawn (0: the text and the identity map, nothing drawn)."""
    lines = text.split("\n")
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    new = list(lines)
    maps: dict[int, list[int]] = {}
    redrawn = 0
    for lo, hi in _blocks(lines):
        for row in _rows(lines, lo, hi):
            new[row[0]], maps[row[0]] = _joined_row([lines[i] for i in row], [starts[i] for i in row])
            for i in row[1:]:
                new[i], maps[i] = _residue(lines[i], starts[i])
            redrawn += 1
        for k in range(lo, hi):
            if k not in maps:
                new[k], maps[k] = _residue(lines[k], starts[k])
    if not redrawn:
        return text, list(range(len(text))), 0
    omap: list[int] = []
    for k, ln in enumerate(new):
        omap += maps[k] if k in maps else range(starts[k], starts[k] + len(ln))
        omap.append(starts[k] + len(lines[k]))  # the line's newline
    omap.pop()
    return "\n".join(new), omap, redrawn

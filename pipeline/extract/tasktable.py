"""Plan task tables read by column: task, lead unit ("chủ trì"), cooperating units ("phối hợp"), time.

A plan's annex lists its tasks in a table whose header names the columns ("Nội dung thực hiện",
"Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"). Two shapes reach the extractor:
- markdown rows kept on one line each: ``| 1 | Rà soát ... | Sở Nội vụ | Các sở | Quý I/2025 |``;
- cells one per line (a web or DOCX table whose ``|`` residue the normalizer dropped): a row
  starts with its number on a line of its own and the cells follow in column order; a long task
  may wrap over several lines, so the cells just before the time are matched to the columns
  just before the time column, from the right.
Column names are data (models/tables/schedule_cues.tsv: task_column, lead_column, coop_column,
other_column for the rest: "Văn bản giao nhiệm vụ", "Sản phẩm", "Ghi chú").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vanban.tables import rows
from vanban.textutil import fold_lower

_ROW_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[IVXL]{1,5})[.)]?\s*$")
_TIME_CELL_HEAD = re.compile(r"^\s*(?:trước|chậm nhất|hạn|trong|từ|hoàn thành)(?:\s+(?:ngày|tháng|năm|quý))?\s*[:,]?\s*$",
                             re.IGNORECASE)
_MAX_HEADER_CELLS = 10  # a task table's header has at most this many columns
_MAX_CELL = 600  # a cell longer than this is prose, not a table cell
_MAX_ROW_LINES = 30  # lines looked back for the start of a row
_EDGES = {"|": " \t|", "\t": " \r"}  # what is stripped off a row's two ends before its cells are split
_MIN_SEPARATORS = {"|": 3, "\t": 2}  # a row of three cells or more: "| a | b | c |", "a\tb\tc"


@dataclass(frozen=True)
class TaskRow:
    task: str | None
    lead: str | None


@lru_cache(maxsize=1)
def _roles() -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {"task_column": [], "lead_column": [], "coop_column": [], "other_column": []}
    for row in rows("schedule_cues.tsv"):
        if row[0] in roles:
            roles[row[0]].append(" ".join(fold_lower(row[1]).split()))
    return roles


@lru_cache(maxsize=1024)  # a table's header cells are read again for each of its rows
def _role(cell: str) -> str | None:
    """'Cơ quan chủ trì' -> 'lead', 'Nội dung thực hiện' -> 'task' (longest phrase wins)."""
    folded = " ".join(fold_lower(cell.strip(" *")).split())
    best: tuple[int, str] | None = None
    for role, phrases in _roles().items():
        for phrase in phrases:
            if phrase in folded and (best is None or len(phrase) > best[0]):
                best = (len(phrase), role.split("_")[0])
    return best[1] if best else None


def _clean(cell: str) -> str | None:
    s = " ".join(cell.replace("*", " ").split()).strip(" ;,.")
    return s or None


def _pipe_row(text: str, pos: int, header_start: int, sep: str = "|") -> TaskRow | None:
    """A markdown row (or a DOCX row whose cells tabs part, sep "\t"): the cells of the row at pos, named by
    the header row at header_start."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    head_end = text.find("\n", header_start)
    header = text[header_start:len(text) if head_end < 0 else head_end]
    edges = _EDGES[sep]
    if line.count(sep) < _MIN_SEPARATORS[sep] or header.count(sep) < _MIN_SEPARATORS[sep]:
        return None
    cells = line.strip(edges).split(sep)
    names = [_role(c) for c in header.strip(edges).split(sep)]
    if len(cells) != len(names):
        return None
    by_role = {r: _clean(c) for r, c in zip(names, cells, strict=True) if r}
    return TaskRow(by_role.get("task"), by_role.get("lead"))


def _header_cells(text: str, column_start: int) -> list[str]:
    """The header cells on the lines before the time column's header (one per line)."""
    cells: list[str] = []
    pos = column_start
    while len(cells) < _MAX_HEADER_CELLS and pos > 0:
        prev = text.rfind("\n", 0, pos - 1)
        line = text[prev + 1:pos - 1]
        if not line.strip() or _role(line) is None and line.strip(" *").upper() not in ("TT", "STT"):
            break
        cells.insert(0, line)
        pos = prev + 1
    return cells


_OPEN_END = re.compile(r"(?:\s(?:và|các|của|cấp|với)|[,;–-])\s*$", re.IGNORECASE)


def _join_wrapped(lines: list[str]) -> list[str]:
    """A cell wrapped over lines ("Sở Khoa học và" / "Công nghệ"): a line left open, or one that
    continues in lower case, belongs with its neighbour."""
    out: list[str] = []
    for line in lines:
        if out and (_OPEN_END.search(out[-1]) or line[:1].islower()):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    return out


def _line_row(text: str, pos: int, column_start: int) -> TaskRow | None:
    """Cells one per line: the row's lines between its number and the time cell."""
    before = _header_cells(text, column_start)
    if not before or before[0].strip(" *").upper() not in ("TT", "STT"):
        return None  # rows are found by their number: the first column must hold it
    columns = [_role(c) for c in before[1:]]
    if "lead" not in columns and "task" not in columns:
        return None
    line_start = text.rfind("\n", 0, pos) + 1
    lines: list[str] = []
    cursor = line_start
    while len(lines) < _MAX_ROW_LINES and cursor > column_start:
        prev = text.rfind("\n", 0, cursor - 1)
        line = text[prev + 1:cursor - 1]
        if _ROW_NUMBER.match(line):
            break
        lines.insert(0, line)
        cursor = prev + 1
    else:
        return None  # no row number found: not a row of this table
    while lines and _TIME_CELL_HEAD.match(lines[-1]):
        lines.pop()  # "Trước ngày" / "30/11/2025": the time cell's first line
    lines = _join_wrapped(lines)
    if not lines or len(lines) < len(columns) or any(len(x) > _MAX_CELL for x in lines):
        return None
    # the cells just before the time are the columns just before it; a wrapped task takes the rest
    tail = len(columns) - 1
    named = {r: c for r, c in zip(columns[1:], lines[len(lines) - tail:], strict=True) if r} if tail else {}
    if columns[0]:
        named.setdefault(columns[0], " ".join(lines[:len(lines) - tail]))
    return TaskRow(_clean(named.get("task") or ""), _clean(named.get("lead") or ""))


def row_at(text: str, pos: int, header: int, piped: bool, tabbed: bool = False) -> TaskRow | None:
    """The task and lead unit of the table row holding the time at pos (None if not in a row).

    header is where the time column's header line starts (the whole header row when piped or tabbed).
    """
    if tabbed:
        return _pipe_row(text, pos, header, "\t")
    return _pipe_row(text, pos, header) if piped else _line_row(text, pos, header)

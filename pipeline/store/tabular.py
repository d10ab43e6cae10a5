"""Rows for people and for programs: terminal tables, CSV, XLSX and JSON Lines.

People read tables and spreadsheets: Vietnamese labels (models/tables/labels.tsv) and
dd/mm/yyyy dates by default, English with lang="en"; a terminal table fits the terminal's
width. Programs read CSV and JSON Lines: English keys and ISO dates, always. CSV starts with a
BOM (so that Excel reads UTF-8) and a text cell that a spreadsheet would run as a formula
(starting with = + - @, a tab or a carriage return) is escaped with a leading apostrophe; XLSX
writes text as text (never a formula), dates as date cells, with column widths, a frozen
header and an autofilter.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import sys
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from vanban.tables import rows as table_rows

LANGS = ("vi", "en")
DATE_KEYS = frozenset({"due", "date", "end", "issued_date"})
VALUE_LABELS = frozenset({"why", "kind"})  # columns whose values are codes with labels
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX_MAX_WIDTH = 60  # characters: longer text wraps in its cell
XLSX_MIN_WIDTH = 6
DATE_WIDTH = 16  # "dd/mm/yyyy hh:mm"
TABLE_CELL_CHARS = 150  # a terminal cell longer than this is cut at a word ("…"); exports keep it whole
DEFAULT_WIDTH = 100  # a table written to a file or a pipe, where no terminal says its width
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?")


@cache
def _labels() -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in table_rows("labels.tsv", 3)}


def label(key: str, lang: str = "vi") -> str:
    """A column's or a value's label in the language; the key itself when it has none."""
    pair = _labels().get(key)
    return (pair[0] if lang == "vi" else pair[1]) if pair else key


def show_date(value: str, lang: str = "vi") -> str:
    """'2023-08-04T12:00' -> '04/08/2023 12:00' (vi); ISO as is (en) or when not a date."""
    m = _ISO.match(value)
    if lang != "vi" or not m:
        return value
    y, mo, d, hh, mm = m.groups()
    return f"{d}/{mo}/{y}" + (f" {hh}:{mm}" if hh else "") + value[m.end():]


_RECURRENCE = re.compile(r"^(?P<freq>\w+)(?: day (?P<day>\d+))?(?: week (?P<week>-?\d))?(?: month (?P<month>\d+))?"
                         r"(?: weekday (?P<weekday>\d))?(?: (?P<time>\d\d:\d\d))?(?P<rest>.*)$")


def recurrence_text(value: str, lang: str = "vi") -> str:
    """'weekly weekday 5 15:00' -> 'hằng tuần, thứ Sáu 15:00' (vi) or 'weekly, Friday 15:00' (en)."""
    m = _RECURRENCE.match(value)
    if not m or f"freq:{m['freq']}" not in _labels():
        return value
    when: list[str] = []
    week = [label(f"week:{m['week']}", lang)] if m["week"] else []  # docs/RECORD.md 1.1 recurrence.week
    if m["weekday"]:
        when.append(label(f"weekday:{m['weekday']}", lang))
    if m["day"]:
        day = m["day"] + (f"/{m['month']}" if m["month"] else "")
        when.append(f"{label('recurrence:day', lang)} {day}")
    elif m["month"] and m["freq"] == "quarterly":
        when.append(f"{label('recurrence:quarter_month', lang)} {m['month']}")
    elif m["month"]:
        when.append(f"{label('recurrence:month', lang)} {m['month']}")
    if m["time"]:
        when.append(m["time"])
    parts = [*week, " ".join(when)] if when else week
    return label(f"freq:{m['freq']}", lang) + "".join(", " + p for p in parts) + m["rest"]


def cell_text(key: str, value: Any, lang: str = "vi") -> str:
    if value is None:
        return ""
    if key == "recurrence" and isinstance(value, str):
        return recurrence_text(value, lang)
    if key in DATE_KEYS and isinstance(value, str):
        return " … ".join(show_date(v.strip(), lang) for v in value.split("…"))
    if key in VALUE_LABELS and isinstance(value, str):
        return label(f"{key}:{value}", lang) if f"{key}:{value}" in _labels() else value
    return str(value)


def _cut(text: str, limit: int = TABLE_CELL_CHARS) -> str:
    """A long cell cut at a word for the terminal (exports keep it whole)."""
    if len(text) <= limit:
        return text
    head = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return head.rstrip(" ,;:") + " …"


def terminal_width() -> int:
    return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns


def write_table(rows: list[dict], columns: list[str], out: TextIO, title: str, lang: str = "vi",
                width: int | None = None) -> None:
    """A table wrapped to `width` (the terminal's by default): long cells fold, never overflow."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, expand=False, show_lines=False)
    # a column empty in every row only takes width from the others
    columns = [c for c in columns if any(r.get(c) not in (None, "") for r in rows)] or columns
    cells = [[_cut(cell_text(c, r.get(c), lang)) for c in columns] for r in rows]
    for i, c in enumerate(columns):
        if c in DATE_KEYS:  # a date is read whole: its column never folds it
            longest = max((len(part) for row in cells for part in row[i].split(" … ")), default=0)
            table.add_column(label(c, lang), no_wrap=True, min_width=min(longest, DATE_WIDTH))
        else:
            table.add_column(label(c, lang), overflow="fold")
    for row in cells:
        table.add_row(*row)
    Console(file=out, width=width or terminal_width(), soft_wrap=False).print(table)


def escape_cell(value: Any) -> Any:
    """A text cell a spreadsheet would take for a formula, quoted with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict], columns: list[str], out: TextIO, bom: bool = True) -> None:
    if bom:
        out.write("\ufeff")
    w = csv.writer(out)
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if r.get(c) is None else escape_cell(r.get(c)) for c in columns])


def write_jsonl(rows: Iterable[dict], columns: list[str], out: TextIO) -> None:
    for r in rows:
        out.write(json.dumps({c: r.get(c) for c in columns}, ensure_ascii=False) + "\n")


def _xlsx_value(key: str, value: Any) -> tuple[Any, str | None]:
    """A cell's value and number format: ISO dates become date cells."""
    if key in DATE_KEYS and isinstance(value, str) and (m := _ISO.match(value)) and m.end() == len(value):
        y, mo, d, hh, mm = m.groups()
        try:
            if hh:
                return datetime(int(y), int(mo), int(d), int(hh), int(mm)), "dd/mm/yyyy hh:mm"
            return date(int(y), int(mo), int(d)), "dd/mm/yyyy"
        except ValueError:
            return value, None
    return value, None


def write_xlsx(rows: list[dict], columns: list[str], output: Path, title: str, lang: str = "vi") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = re.sub(r"[\\/*?:\[\]]", " ", title)[:31].strip() or "vanban"
    ws.append([label(c, lang) for c in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(label(c, lang)) for c in columns]
    for r_i, r in enumerate(rows, start=2):
        for c_i, key in enumerate(columns, start=1):
            value, fmt = _xlsx_value(key, r.get(key))
            cell = ws.cell(r_i, c_i, value)
            if isinstance(value, str):
                cell.data_type = "s"  # document text is never a formula ("=1+1" stays text)
                if len(value) > XLSX_MAX_WIDTH:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            if fmt:
                cell.number_format = fmt
            widths[c_i - 1] = max(widths[c_i - 1], len(fmt or "") if fmt else len(str(value or "")))
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(XLSX_MIN_WIDTH, min(XLSX_MAX_WIDTH, w + 2))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, ws.max_row)}"
    wb.save(output)


def write_rows(rows: list[dict], columns: list[str], fmt: str, output: Path | None, title: str,
               lang: str = "vi", width: int | None = None, bom: bool = True) -> None:
    """rows as a table (people), csv or jsonl (programs; English keys, ISO dates) or xlsx."""
    if fmt == "xlsx":
        if output is None:
            raise ValueError("--format xlsx needs -o FILE")
        write_xlsx(rows, columns, output, title, lang)
        return
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "table":
            write_table(rows, columns, out, title, lang, width or (None if output is None else DEFAULT_WIDTH))
        elif fmt == "csv":
            write_csv(rows, columns, out, bom)
        else:
            write_jsonl(rows, columns, out)
    finally:
        if output:
            out.close()

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
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import accumulate, repeat
from operator import add, itemgetter
from typing import NamedTuple

from vanban.grammar.regexes import PAGE_MARK, PAGE_NUMBER_LINE, RULE, RUNNING_FOOTER
from vanban.grammar.vnnum import BARE_NUMBER_RX, scale_words
from vanban.tables import choices, role_phrases, rows
from vanban.textutil import aligned_rows, alternation_on_line, cell_gaps, fold_lower, tone_spellings, wrapped_cells

_FIGURE_LINE = re.compile(rf"^[ \t]*(?P<num>{BARE_NUMBER_RX})(?P<pct>[ \t]*%)?[ \t]*$")
_MAX_COLUMNS = 8  # a flattened figure table wider than this is not told from a list of numbers
_MAX_LABEL_WORDS = 6  # a header or row label is a short name ("Trung học cơ sở")
# a row label beside a unit column may be a target's whole name ("Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ
# trở lên"): the unit cell and the figures after it pin the row's shape
_MAX_UNIT_ROW_LABEL_WORDS = 16
_INDEX_CELL = re.compile(r"^[ \t]*\d{1,2}[ \t]*\.?[ \t]*$")  # a row's number in a "TT"/"STT" column
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
    kind: str | None = None  # "target" under "Kế hoạch"/"Chỉ tiêu", "result" under "Thực hiện"/"Kết quả"
    comparator: str | None = None  # a bound printed in the cell ("≥ 55"), over its column's


class _Line(NamedTuple):  # one per line of a text that has a figure line: a tuple is cheap to build
    start: int
    end: int
    text: str


@lru_cache(maxsize=16)  # one entry a role: the table is read once, not for every line or header tested
def _cue_words(role: str) -> tuple[str, ...]:
    words = [" ".join(fold_lower(p).split()) for p in role_phrases("quantity_cues.tsv", role)]
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def _column_kind(header: str) -> str | None:
    """What a column holds by its header: 'result' ('Thực hiện 11 tháng', 'Kết quả'), 'target' ('Kế hoạch năm
    2026', 'Chỉ tiêu'), else None."""
    folded = f" {' '.join(fold_lower(header).split())} "
    for kind in ("result", "target"):
        if any(f" {w} " in folded for w in _cue_words(f"column_{kind}")):
            return kind
    return None


@lru_cache(maxsize=1)
def _column_bounds() -> tuple[tuple[str, str], ...]:
    """quantity_cues.tsv's column_comparator rows: (the words folded, the comparator)."""
    return tuple((" ".join(fold_lower(phrase).split()), r[2]) for r in rows("quantity_cues.tsv", 3)
                 if r[1] == "column_comparator" for phrase in choices(r[0]))


@lru_cache(maxsize=1)
def _cell_bound_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """quantity_cues.tsv's comparator words opening a cell before its figure ('ít nhất 3 kg', 'tối đa 2 lần'; rounds
    53-58's leftovers, h639), as a sign does ('≥ 3 kg'): the pattern, and each folded phrase's comparator."""
    bounds = {" ".join(fold_lower(r[0]).split()): r[2] for r in rows("quantity_cues.tsv", 3) if r[1] == "comparator"}
    phrases = sorted((r[0] for r in rows("quantity_cues.tsv", 3) if r[1] == "comparator"), key=len, reverse=True)
    alternation = alternation_on_line(phrases)
    return re.compile(rf"[ \t]*(?P<words>{alternation})[ \t]+(?=\d)", re.IGNORECASE), bounds


def _cell_bound(content: str) -> tuple[re.Match[str] | None, str | None]:
    """The bound opening a cell, by a sign ('≥ 3 kg') or in words ('ít nhất 3 kg'), and its comparator."""
    sign = _CELL_BOUND.match(content)
    if sign:
        return sign, BOUND_SIGNS[sign.group("sign")]
    pattern, bounds = _cell_bound_words()
    words = pattern.match(content)
    if words:
        return words, bounds[" ".join(fold_lower(words.group("words")).split())]
    return None, None


@lru_cache(maxsize=32)
def column_comparator(header: str) -> str:
    """The bound a column's header sets on its figures ('Tỷ lệ tiêm tối thiểu': each is a floor, 'gte'), 'eq'
    for a header naming none (quantity_cues.tsv, role column_comparator: a header's "vượt" or "trên" names
    no bound)."""
    folded = f" {' '.join(fold_lower(header).split())} "
    return next((comparator for words, comparator in _column_bounds() if f" {words} " in folded), "eq")


def _without_bound(noun: str) -> str:
    """A column's counted noun without the bound its header ends with ('lớp tối đa' counts 'lớp')."""
    parts = noun.split()
    for words, _ in _column_bounds():
        n = len(words.split())
        if len(parts) > n and fold_lower(" ".join(parts[-n:])) == words:
            return " ".join(parts[:-n])
    return noun


@lru_cache(maxsize=64)
def _is_rate_column(header: str) -> bool:
    """A header opening with a rate word ('Đơn giá (đồng)', 'Định mức'): its cells are what one counted thing
    costs, no amount planned or spent (quantity_cues.tsv, role column_rate)."""
    return _opens_with(" ".join(fold_lower(header).split()), "column_rate")


@lru_cache(maxsize=64)
def _is_state_column(header: str) -> bool:
    """A header naming the present state ('Hiện trạng năm 2029', 'Thực trạng'): its cells are the state of affairs
    a plan starts from, no work planned or done (quantity_cues.tsv, role column_state), or one telling it after the
    counted thing ('Diện tích đất trồng lúa hiện có (ha)' beside the sums a decision allots by it: role
    column_state_word, anywhere in the header; seventieth round), or naming what is owed ('Số nợ (tỷ đồng)' beside a
    revenue table's plan and result: role arrears, the words that make a sentence's sum the arrears; seventy-seventh
    round)."""
    folded = " ".join(fold_lower(header).split())
    return _opens_with(folded, "column_state") or _opens_with(folded, "arrears") \
        or _state_word_re().search(folded) is not None


@lru_cache(maxsize=1)
def _state_word_re() -> re.Pattern[str]:
    """quantity_cues.tsv's column_state_word words, whole words anywhere in a folded header."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in _cue_words('column_state_word'))})(?!\w)")


@lru_cache(maxsize=64)
def _is_incident_column(header: str) -> bool:
    """A header counting cases of a disease or deaths ('Số ca mắc', 'Ca tử vong'): its cells are what occurred,
    no work planned or done (quantity_cues.tsv, role column_incident), as 'ghi nhận 4.286 ca mắc' in prose is."""
    folded = " ".join(fold_lower(header).split())
    count = next((w for w in _count_words() if folded.startswith(w + " ")), None)
    return _opens_with(folded[len(count) + 1:] if count else folded, "column_incident")


@lru_cache(maxsize=64)
def _is_index_value_column(header: str) -> bool:
    """A header naming an index measured ('Chỉ số nhà có lăng quăng (BI)', 'Chỉ số Breteau'): its bare cells are the
    index's values, the state found, no count of what the header names nor of the bracket's short name
    (quantity_cues.tsv, role column_index_value); a header in % ('Chỉ số sản xuất công nghiệp (%)') gives shares."""
    folded = " ".join(fold_lower(header).split())
    return "%" not in folded and _opens_with(folded, "column_index_value")


def _opens_with(folded: str, role: str) -> bool:
    """A folded header that is one of the role's words (quantity_cues.tsv) or opens with one."""
    return any(folded == w or folded.startswith(f"{w} ") for w in _cue_words(role))


def _is_unit_column(header: str) -> bool:
    """'Đơn vị tính', 'ĐVT': the column holding each row's unit."""
    return " ".join(fold_lower(header).split()).strip(" .:") in _cue_words("column_unit")


@lru_cache(maxsize=1)
def _count_words() -> tuple[str, ...]:
    """'số lượng', 'tổng số', 'số': the words that open a count column's header, longest first."""
    return _cue_words("column_count")


_BRACKET_UNIT = re.compile(r"\((?P<unit>[^()]{1,30})\)\s*$")
# a bracket printing the bound or the share the column's figures meet, no unit of theirs ("Chỉ tiêu tiêm (≥ 95%)",
# "(tối thiểu 95%)"; round 86, h958): a comparator's sign or a figure with its per-cent sign
_BRACKET_BOUND = re.compile(r"[≥≤<>]|\d[ \t]*%")


def _bracket_unit(header: str) -> re.Match[str] | None:
    """The unit a header prints in its closing bracket ('Kinh phí (triệu đồng)'), or None (no bracket, or a bound's)."""
    bracket = _BRACKET_UNIT.search(header)
    return None if bracket is None or _BRACKET_BOUND.search(bracket.group("unit")) else bracket


# a header printing its unit as a bare per-cent sign, first or last ('% so KH', '% so cùng kỳ', 'Tỷ lệ %'): its
# figures are shares, whatever the row counts (the row's unit cell names what the other columns count)
_PERCENT_HEADER = re.compile(r"^\s*%(?=\s|$)|(?<=\s)%\s*$")


def _is_span_column(header: str) -> bool:
    """A column whose bracket prints a span of time or a rank as its unit ('Thời gian thực hiện (tháng)', 'Thời
    gian (ngày)'): its bare figures say how long each row's task runs, no amount planned or done, as '15 ngày'
    printed in a cell counts nothing (units.tsv's skip words; fifty-third heldout round, a list of research tasks)."""
    bracket = _bracket_unit(header)
    return bracket is not None and fold_lower(" ".join(bracket.group("unit").split())) in _not_unit_words()


def _is_planned_time_column(header: str) -> bool:
    """'Thời gian thực hiện (ngày)', 'Thời gian thi công (tháng)': each row's task, works or activity planned to take
    that long, a target (docs/RECORD.md; quantity_cues.tsv column_planned_time; seventy-eighth round, h868)."""
    return _opens_with(" ".join(fold_lower(_BRACKET_UNIT.sub("", header)).split()), "column_planned_time")


def _names_own_unit(header: str) -> bool:
    """A header that prints its figures' unit ('Kinh phí (triệu đồng)', '% so KH'), before any row's unit."""
    return _bracket_unit(header) is not None or _PERCENT_HEADER.search(header) is not None


def _column_unit(header: str) -> tuple[str | None, int]:
    """The noun a column counts and the factor of its figures: 'Số đội viên' -> ('đội viên', 1),
    'Kinh phí (triệu đồng)' -> ('đồng', 1000000), 'Số tiền (đồng)' -> ('đồng', 1); (None, 1) for a
    header that names no count."""
    if _PERCENT_HEADER.search(header):
        return "%", 1
    bracket = _bracket_unit(header)
    if bracket:
        unit = " ".join(bracket.group("unit").split()).lower()
        first, _, rest = unit.partition(" ")
        factor = scale_words().get(fold_lower(first))
        return (_measure_spelling(rest), factor) if factor and rest else (_measure_spelling(unit), 1)
    folded = " ".join(header.split()).lower()
    key = fold_lower(folded)
    for word in _count_words():
        if key.startswith(word + " "):
            return _without_bound(folded[len(word) + 1:].strip()) or None, 1
    words = folded.split()
    # "Hội viên mới", "Đảng viên được kết nạp": the members the column counts, the longest noun first (a noun of
    # more words is the longer key: the header's first words folded, for each count of words a noun has)
    for n, nouns in _head_nouns_by_words():
        if fold_lower(" ".join(words[:n])) in nouns:
            return " ".join(words[:n]), 1
    return _opening_noun(words) or _worked_noun(key, folded), 1


@lru_cache(maxsize=1)
def _measures() -> dict[str, str]:
    """units.tsv's measures, folded, each with its canonical spelling ('vnđ' -> 'đồng', 'lđ' -> 'lao động')."""
    return {fold_lower(r[0]): r[2] for r in rows("units.tsv", 3) if r[1] == "measure" and r[2]}


def _measure_spelling(unit: str) -> str:
    """A bracketed unit as the prose's measure spells it ('(LĐ)' counts 'lao động', '(m²)' 'm2'), else itself."""
    return _measures().get(fold_lower(unit), unit)


def _opening_noun(words: list[str]) -> str | None:
    """The counted noun opening a header without "Số" ('Trường hợp vi phạm' counts 'trường hợp', 'Lượt phương
    tiện kiểm tra' 'lượt phương'; quantity_cues.tsv, role column_noun; a classifier takes its next word)."""
    for noun in _cue_words("column_noun"):
        n = len(noun.split())
        if len(words) >= n and fold_lower(" ".join(words[:n])) == noun:
            take = n + 1 if noun in _classifiers() and len(words) > n else n
            return " ".join(words[:take])
    return None


@lru_cache(maxsize=1)
def _classifiers() -> frozenset[str]:
    """units.tsv's classifiers ('lượt', 'buổi'): the counted noun is the word and the next one."""
    return frozenset(fold_lower(r[0]) for r in rows("units.tsv", 2) if r[1] == "classifier")


def _worked_noun(key: str, folded: str) -> str | None:
    """The members a header names after the work done on them ('Kiểm tra đảng viên', 'Kỷ luật đảng viên',
    'Kết nạp đoàn viên mới'), unless the header opens with a share or an average ('Tỷ lệ đảng viên dự sinh
    hoạt': quantity_cues.tsv, role column_share)."""
    if any(key == w or key.startswith(f"{w} ") for w in _cue_words("column_share")):
        return None
    return _label_noun(folded)


@lru_cache(maxsize=1)
def _head_nouns() -> tuple[str, ...]:
    """units.tsv's head nouns of people ('hội viên', 'đoàn viên', 'đảng viên'; kind phrase), longest first."""
    return tuple(sorted({fold_lower(r[0]) for r in rows("units.tsv", 2) if r[1] == "phrase"}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _head_nouns_by_words() -> tuple[tuple[int, frozenset[str]], ...]:
    """_head_nouns by their count of words, most words first."""
    by_words: dict[int, set[str]] = {}
    for noun in _head_nouns():
        by_words.setdefault(len(noun.split()), set()).add(noun)
    return tuple((n, frozenset(nouns)) for n, nouns in sorted(by_words.items(), reverse=True))


def _is_label(line: _Line, max_words: int = _MAX_LABEL_WORDS) -> bool:
    """A name of one to max_words words with a letter ("Dân - Chính - Đảng": 3 words), no digit, not a
    sentence, item or heading. (The regex first: it turns most lines down at once.)"""
    if _NOT_A_LABEL.search(line.text) or any(map(str.isdigit, line.text)):
        return False
    words = 0
    for w in line.text.split():
        if any(map(str.isalpha, w)):
            words += 1
            if words > max_words:
                return False
    return words > 0


def _is_row_label(line: _Line) -> bool:
    """A row's label beside a unit column: a name, maybe long, or a part of a place named by its numbers ("Khu phố
    1, 2", _is_numbered_name)."""
    return _is_label(line, _MAX_UNIT_ROW_LABEL_WORDS) or _is_numbered_name(line)


@lru_cache(maxsize=1)
def _numbered_name_re() -> re.Pattern[str]:
    """A row named by a part of a place and its numbers: quantity_cues.tsv numbered_row, then one number or a list
    of them ("Khu phố 1, 2", "Thôn 5", "Tổ 3 và 4", "Ấp 1 - 2")."""
    heads = alternation_on_line(role_phrases("quantity_cues.tsv", "numbered_row"))
    number = r"\d{1,3}[A-Za-z]?"
    return re.compile(rf"[ \t]*(?:{heads})[ \t]+{number}(?:[ \t]*(?:,|-|–|và)[ \t]*{number})*[ \t]*", re.IGNORECASE)


def _is_numbered_name(line: _Line) -> bool:
    """A row's name made of a part of a place and its numbers ("Khu phố 1, 2", one cell a line; eighty-second heldout
    round, h912): the digits are the name's, no figure, so the row reads as one named in words does."""
    return _numbered_name_re().fullmatch(line.text) is not None


def _is_unit_cell(line: _Line) -> bool:
    """A row's unit cell: a short noun ('lượt khách', 'triệu đồng'), '%', or a measure spelt with a digit ('m3',
    'm2'; units.tsv's measures), which no label is."""
    return _is_label(line) or line.text.strip() == "%" or fold_lower(line.text.strip()) in _digit_measures()


@lru_cache(maxsize=1)
def _digit_measures() -> frozenset[str]:
    """units.tsv's measures spelt with a digit ('m3', 'm2'), folded."""
    return frozenset(fold_lower(r[0]) for r in rows("units.tsv", 2) if r[1] == "measure" and any(map(str.isdigit, r[0])))


@lru_cache(maxsize=1)
def _index_words() -> tuple[frozenset[str], int]:
    """The "TT"/"STT" header cells (folded) and the most words one has."""
    words = _cue_words("column_index")
    return frozenset(words), max((len(w.split()) for w in words), default=0)


def _is_index_header(text: str) -> bool:
    """fold_lower(text.strip(" .:")) is a "TT"/"STT" header cell. Folding keeps a text's count of
    words (it only joins marks to letters and collapses blanks), so a line of more words is turned
    down unfolded: folding every line of a text was a fiftieth of parse time."""
    words, most = _index_words()
    core = text.strip(" .:")
    return len(core.split(None, most)) <= most and fold_lower(core) in words


@lru_cache(maxsize=1)
def _index_header_line() -> re.Pattern[str]:
    """A line that may be a "TT"/"STT" header cell (_is_index_header), after a line break: one word between
    blanks, dots and colons, no longer than the longest cell (folding adds no character a plain letter is
    made of: a mark is joined to its letter, a ligature unfolds into more), each candidate then tested; the
    candidates are found in one scan of a text, where every line was tested."""
    words, _ = _index_words()
    edge = r"[^\S\n]|[.:]"
    return re.compile(rf"\n(?:{edge})*[^\s.:]{{1,{max(map(len, words), default=0)}}}(?:{edge})*(?=\n|\Z)")


def _starts_of(lines: list[_Line]) -> list[int]:
    return list(map(itemgetter(0), lines))


def _indices_at(lines: list[_Line], starts: list[int], positions: list[int]) -> list[int]:
    """The indices of the lines (in order, starts = their starts) that start at one of positions."""
    out = []
    for pos in positions:
        k = bisect_left(starts, pos)
        if k < len(starts) and starts[k] == pos:
            out.append(k)
    return out


def _lines_after_breaks(lines: list[_Line], starts: list[int], pattern: re.Pattern[str], first: Callable[[str], object],
                        text: str, lo: int, hi: int) -> list[int]:
    """The indices of the lines of text[lo:hi] (split at "\n"; `lines`, starts = their starts) that `pattern`
    finds after a line break, and the first line when `first` holds for it (it has no break before it): a
    text's lines found in one scan."""
    found = _indices_at(lines, starts, [m.start() + 1 for m in pattern.finditer(text, lo, hi)])
    if lines and first(lines[0].text):
        found.insert(0, 0)
    return found


# a row's number in a "TT"/"STT" column after a line break: _INDEX_CELL found in one scan of a text
_INDEX_CELL_AFTER_BREAK = re.compile("\n" + _INDEX_CELL.pattern.removeprefix("^").removesuffix("$") + r"(?=\n|\Z)")


def _without_index(lines: list[_Line], heads: list[int] | None = None, cells: list[int] | None = None) -> list[_Line]:
    """The lines without a "TT"/"STT" column's cells: its header cells (the lines `heads`, in order, when
    the caller found them) and each row's number (1, 2, 3 ..., each followed by a label line), so a row
    reads label, unit, figures as without one. `cells`: the lines _INDEX_CELL matches, in order, when the
    caller found them: only those and the header cells are read, the lines between them are kept whole."""
    if heads is None:
        heads = [k for k, x in enumerate(lines) if _is_index_header(x.text)]
    if not heads:
        return lines
    if cells is None:
        cells = [k for k in range(heads[0], len(lines)) if _INDEX_CELL.match(lines[k].text)]
    out = lines[:heads[0]]
    is_head = set(heads)
    cell_set = set(cells)
    expected = 0  # the next row number once a "TT" header cell was seen
    kept_from = heads[0]  # the first line not yet copied to out
    last = period = 0  # the last row number's line, and the lines from the header to row 1 (a row's usual length)
    for k in sorted(is_head.union(c for c in cells if c > heads[0])):
        out.extend(lines[kept_from:k])
        kept_from = k + 1  # line k dropped, unless it turns out to be no cell below
        if k in is_head:
            expected, last, period = 1, k, 0
        elif not (expected and int(lines[k].text.strip(" \t.")) == expected
                  and k + 1 < len(lines) and _is_named_row(lines[k + 1])) \
                or _figure_before_index(lines, k, last + period if period else -1, expected, cell_set, is_head):
            kept_from = k
        else:
            if expected == 1:
                period = k - last
            expected, last = expected + 1, k
    out.extend(lines[kept_from:])
    return out


def _figure_before_index(lines: list[_Line], k: int, due: int, expected: int, cells: set[int],
                         heads: set[int]) -> bool:
    """Line k holds the next row number, but so does the line where the next row is due (a row as long as the
    header): k is then a figure that equals it ('Hệ thống / 2 / Bệnh viện ...' before row 2's '2'). A header cell
    between opens another table: its row is not where this one's is due."""
    return 0 <= k < due and due in cells and int(lines[due].text.strip(" \t.")) == expected \
        and due + 1 < len(lines) and _FIGURE_LINE.match(lines[due + 1].text) is None \
        and not any(k < h < due for h in heads)


def _lines(text: str, lo: int, hi: int) -> list[_Line]:
    raws = text[lo:hi].split("\n")
    starts = list(accumulate([len(r) + 1 for r in raws[:-1]], initial=lo))
    # tuple.__new__ straight from C: a NamedTuple's own __new__ is Python code, a call per line of a long table
    return list(map(tuple.__new__, repeat(_Line), zip(starts, map(add, starts, map(len, raws)), raws, strict=True)))


# _FIGURE_LINE after a line break, over a whole text: the figure lines found in one scan, not a match a line
# (the break first: the scan skips from one break to the next, where "^" would be tried at every position)
_FIGURE_AFTER_BREAK = re.compile("\n" + _FIGURE_LINE.pattern.removeprefix("^"), re.MULTILINE)


def _figure_line_starts(text: str, lo: int, hi: int) -> set[int]:
    """The starts of the lines of text[lo:hi] (split at "\n") that _FIGURE_LINE matches whole: each line
    after a break of the range, and the first line, opening at lo, matched on its own."""
    starts = {m.start() + 1 for m in _FIGURE_AFTER_BREAK.finditer(text, lo, hi)}
    first_end = text.find("\n", lo, hi)
    if _FIGURE_LINE.match(text[lo:hi if first_end < 0 else first_end]):
        starts.add(lo)
    return starts


class _Figured(list[_Line]):
    """A text's lines with, for each, how many figure lines run from it on (figure_cells reads each run
    once: counting it again at each of its lines made a long run of figures quadratic). `figures`: the
    starts of the figure lines (_figure_line_starts), else each line is matched; only the figure lines
    are then visited (a long text holds few)."""

    def __init__(self, lines: list[_Line], figures: set[int] | None = None) -> None:
        super().__init__(lines)
        self.runs = [0] * (len(lines) + 1)
        if figures is None:
            self.figures = [k for k, line in enumerate(lines) if _FIGURE_LINE.match(line.text)]
        else:
            self.figures = _indices_at(lines, _starts_of(lines), sorted(figures))
        for k in reversed(self.figures):
            self.runs[k] = self.runs[k + 1] + 1

    def before_figures(self) -> list[int]:
        """The lines one or two lines before a figure line, in order: where a table's row can start (a
        label, or a label and its unit, then figures)."""
        return sorted({k - back for k in self.figures for back in (1, 2) if k >= back})


def _is_figure_at(lines: list[_Line], k: int) -> bool:
    """_FIGURE_LINE matches lines[k] (k < len(lines)), looked up in the runs when they were counted."""
    return lines.runs[k] > 0 if isinstance(lines, _Figured) else _FIGURE_LINE.match(lines[k].text) is not None


def _figures_after(lines: list[_Line], i: int) -> int:
    """How many figure lines follow line i."""
    if isinstance(lines, _Figured):
        return lines.runs[i + 1] if i + 1 < len(lines.runs) else 0
    n = 0
    while i + 1 + n < len(lines) and _FIGURE_LINE.match(lines[i + 1 + n].text):
        n += 1
    return n


def _units(headers: list[str]) -> list[tuple[str | None, int]]:
    """Each column's counted noun and factor; a column naming none counts what the nearest one to its
    left counts."""
    out: list[tuple[str | None, int]] = []
    owner: str | None = None  # the header of the column whose noun the last columns count
    described = _described_columns(headers)
    for col, h in enumerate(headers):
        unit = (None, 1) if col in described else _column_unit(h)
        if unit[0] or not out:
            owner = h
        elif owner is not None and _column_kind(h) is not None and _column_kind(owner) is None:
            unit, owner = (None, 1), None  # a target or a result naming no noun after a plain count: another noun
        else:
            unit = out[-1]
        out.append(unit)
    return out


def _described_columns(headers: list[str]) -> set[int]:
    """The counts of bodies before a table's first target or result column ('Cụm cơ sở Đoàn / Số cơ sở Đoàn / Chỉ tiêu
    kết nạp cả năm / ...', 'Cụm thi đua / Số liên đội / Chỉ tiêu (tấn)'; rounds 70-74, h791, h738): the bodies each row
    groups, the state its targets start from (quantity_cues.tsv column_member_body); a count of things the plan makes
    ('Số lớp' beside 'Chỉ tiêu (học sinh)') stays."""
    kinds = [_column_kind(h) for h in headers]
    first = next((col for col, kind in enumerate(kinds) if kind is not None), None)
    return set() if first is None else {col for col in range(1, first) if _counts_bodies(headers[col])}


def _counts_bodies(header: str) -> bool:
    """'Số liên đội', 'Số cơ sở Đoàn': a count word, then a body's noun (quantity_cues.tsv column_member_body)."""
    folded = " ".join(fold_lower(header).split()).strip(" .:")
    count = next((w for w in _count_words() if folded.startswith(w + " ")), None)
    return count is not None and folded[len(count) + 1:] in _cue_words("column_member_body")


def _rows(lines: list[_Line], first: int, width: int, headers: list[str],
          told: str | None = None, long_first: bool = False) -> tuple[list[FigureCell], int]:
    """The rows from line `first` on (a label, then width-1 figures, as long as the shape holds), and
    the line after the last row. `told`: the noun the text above counted under the headers' own words, for
    columns naming none (_told_noun); `long_first`: the first row's label may be long (_is_first_row)."""
    units, cells, i = _units(headers), [], first
    if told:
        units = [u if u[0] else (told, 1) for u in units]
    # the first row's label is short (it told the table apart) unless the row after it has its shape; a later one
    # may name a whole programme ('Phát triển KT-XH vùng đồng bào DTTS'), as a unit-column table's row may
    while i + width <= len(lines) and (_is_label(lines[i]) or ((i > first or long_first) and _is_named_row(lines[i]))) \
            and _figures_after(lines, i) == width - 1:
        cells += _figure_row_cells(lines[i + 1:i + width], " ".join(lines[i].text.split()), headers, units)
        i += width
    return cells, i


def _is_first_row(lines: list[_Line], i: int, width: int) -> bool:
    """Line i labels a table's first row: a short name, or a longer one (as long as a unit-column row's) when the
    row after it has the same shape, a label and width-1 figures: two rows tell the table apart as a short label
    does ('Lớp định hướng Khoa học tự nhiên / 6 / 270 / Lớp định hướng Khoa học xã hội / 5 / 225', one cell a line;
    seventy-fifth heldout round, h835)."""
    if _is_label(lines[i]):
        return True
    after = i + width
    return _is_named_row(lines[i]) and after < len(lines) and _is_named_row(lines[after]) \
        and _figures_after(lines, after) == width - 1


def _is_named_row(line: _Line) -> bool:
    """A row's name, long or holding a figure of what it names ('Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi', 'DPT4 cho trẻ
    18 tháng tuổi'; seventy-ninth round, h879): a row label or a danh mục's item, maybe ending in a code of letters and
    digits ('Bạch hầu nhắc lại DPT4', 'Nạo vét kênh N2'; a bare number ending it makes a sentence's or a heading's end)."""
    if _is_row_label(line) or _named_item(line):
        return True
    head, _, last = line.text.strip().rpartition(" ")
    # (the code holds a digit: a sentence's last word, "... có dấu chấm.", is none; a random reading of
    # test_prefilters found it)
    return bool(head) and any(map(str.isalpha, last)) and any(map(str.isdigit, last)) \
        and _named_item(_Line(line.start, line.end, head))


# a telephone number in a list of contacts ("Nguyễn Văn Hòa / Trưởng phòng / 0912345678"): a leading zero and nine
# digits or more, no count
_PHONE_LIKE = re.compile(r"0\d{8,10}")


def _figure_row_cells(figures: list[_Line], label: str, headers: list[str],
                      units: list[tuple[str | None, int]], words_column: int | None = None) -> list[FigureCell]:
    """A row's figure lines (one a column, from the second on) as cells of its label, each counting its column's unit;
    the line of a column of words (words_column) is no figure."""
    cells = []
    for col, line in enumerate(figures, 1):
        m = _FIGURE_LINE.match(line.text) if col != words_column else None
        unit, factor = ("%", 1) if m and m.group("pct") else units[col]
        if m and unit is not None and not _PHONE_LIKE.fullmatch(m.group("num")):
            cells.append(FigureCell(line.start + m.start("num"), line.start + m.end(), m.group("num"),
                                    unit, " ".join(headers[col].split()), label, factor))
    return cells


_NOT_A_HEADER = re.compile(r"[:;.!?]\s*$|^\s*(?:[-–+•*]|[0-9IVXivx]{1,4}[.)])")


def _is_header(line: _Line) -> bool:
    """A header cell: a label, or a short one naming a period or a share ('Kế hoạch năm 2026', 'Thực hiện 11
    tháng', 'Tỷ lệ (%)'), which a row's label never is (a row's label holds no figure)."""
    if _is_label(line):
        return True
    words = [w for w in line.text.split() if any(map(str.isalpha, w))]
    return 0 < len(words) <= _MAX_LABEL_WORDS and not _NOT_A_HEADER.search(line.text)


def _with_kinds(cells: list[FigureCell]) -> list[FigureCell]:
    return [replace(c, kind=_column_kind(c.header)) for c in cells]


def _unit_row_cells(lines: list[_Line], first: int, label: str, unit_text: str, headers: list[str]) -> list[FigureCell]:
    """The figures from line `first` on under headers[2:], counting the row's unit, or a column's own unit
    in brackets ('Tỷ lệ (%)')."""
    row_unit = _column_unit(f"({unit_text})")
    cells = []
    for col, line in enumerate(lines[first:first + len(headers) - 2], 2):
        m = _FIGURE_LINE.match(line.text)
        own = _names_own_unit(headers[col])
        unit, factor = ("%", 1) if m and m.group("pct") else (_column_unit(headers[col]) if own else row_unit)
        if m and unit is not None:
            cells.append(FigureCell(line.start + m.start("num"), line.start + m.end(), m.group("num"),
                                    unit, " ".join(headers[col].split()), label, factor))
    return cells


def _unit_rows(lines: list[_Line], first: int, width: int, headers: list[str],
               tail: int = 0) -> tuple[list[FigureCell], int]:
    """Rows of a table with a unit column ('Chỉ tiêu / Đơn vị tính / Kế hoạch / Thực hiện / Tỷ lệ (%)'): a
    label, its unit ('lượt khách', 'tỷ đồng', '%'), then width-2 figures, then `tail` cells of text (a danh mục's
    'Đơn vị tiếp nhận'); or a label the wrapped-line repair ran its unit onto ('Kết nạp đảng viên mới đảng
    viên'), then the figures: a table may mix both."""
    cells, i, n = [], first, width - 2
    while i < len(lines):
        if i + width + tail <= len(lines) and (_is_row_label(lines[i]) or (tail and _named_item(lines[i]))) \
                and _is_unit_cell(lines[i + 1]) \
                and _figures_after(lines, i + 1) == n \
                and all(_is_row_label(x) for x in lines[i + width:i + width + tail]):
            cells += _unit_row_cells(lines, i + 2, " ".join(lines[i].text.split()), lines[i + 1].text.strip(), headers)
            i += width + tail
            continue
        if tail:
            break
        split = _joined_label(lines[i]) if _figures_after(lines, i) == n else None
        if split is None:
            break
        cells += _unit_row_cells(lines, i + 1, split[0], split[1], headers)
        i += n + 1
    return cells, i


def _named_item(line: _Line) -> bool:
    """A danh mục's item, whose name may hold a digit ('Máy siêu âm Doppler màu 4D'): a letter, no figure alone,
    no sentence or list item, at most a row label's words."""
    s = line.text.strip()
    return any(c.isalpha() for c in s) and _FIGURE_LINE.match(s) is None and not _NOT_A_LABEL.search(s) \
        and len(s.split()) <= _MAX_UNIT_ROW_LABEL_WORDS


def _unit_table_at(lines: list[_Line], i: int) -> int:
    """The width of a unit-column table whose first row starts at line i (its label, its unit, figures), 0
    when there is none."""
    if not (i + 2 < len(lines) and _is_figure_at(lines, i + 2)):
        return 0
    # the unit column's header first: one line, and most figures have none (the tests are pure, their order free)
    width = _figures_after(lines, i + 1) + 2
    ok = 3 <= width <= _MAX_COLUMNS and i >= width and _is_unit_column(lines[i - width + 1].text) \
        and _is_row_label(lines[i]) and _is_unit_cell(lines[i + 1]) and all(_is_header(x) for x in lines[i - width:i])
    return width if ok else 0


def _tailed_unit_table_at(lines: list[_Line], i: int) -> int:
    """As _unit_table_at, for a table with one column of text after its figures (a danh mục's 'Đơn vị tiếp
    nhận'): its width without that column, 0 when there is none."""
    if not (i + 2 < len(lines) and _is_figure_at(lines, i + 2)):
        return 0
    width = _figures_after(lines, i + 1) + 2
    head = i - width - 1  # the headers: the label's, the unit's, the figures', the text column's
    ok = 3 <= width < _MAX_COLUMNS and head >= 0 and _is_unit_column(lines[head + 1].text) \
        and (_is_row_label(lines[i]) or _named_item(lines[i])) and _is_unit_cell(lines[i + 1]) \
        and all(_is_header(x) for x in lines[head:i]) and i + width < len(lines) and _is_row_label(lines[i + width])
    return width if ok else 0


_UNIT_KINDS = ("scale", "measure", "classifier", "phrase")
_MAX_UNIT_WORDS = 3  # "lượt khách", "tỷ đồng", "nghìn tỷ đồng"


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return frozenset(fold_lower(r[0]) for r in rows("units.tsv", 2) if r[1] in _UNIT_KINDS)


def _split_unit(label: str) -> tuple[str, str] | None:
    """A row whose unit cell a wrapped-line repair ran onto its label ('Tổng thu từ du lịch tỷ đồng'): the
    label and the unit, the shortest tail that opens with a unit word ('lượt khách', 'tỷ đồng')."""
    words = label.split()
    for n in range(1, min(_MAX_UNIT_WORDS, len(words) - 1) + 1):
        if fold_lower(" ".join(words[-n:])) in _unit_words() and n > 1:
            return " ".join(words[:-n]), " ".join(words[-n:])  # a unit phrase: 'đảng viên', 'lượt người'
        if fold_lower(words[-n]) in _unit_words() and fold_lower(words[-n]) not in scale_words():
            while n + 1 < len(words) and fold_lower(words[-n - 1]) in scale_words():
                n += 1  # "tỷ đồng": the scale before the unit is part of it
            return " ".join(words[:-n]), " ".join(words[-n:])
    return None


def _repeated_head(label: str) -> tuple[str, str] | None:
    """A row whose unit cell repeats the noun its label opens with, run onto it ('Hồ sơ tiếp nhận qua dịch vụ bưu chính
    hồ sơ', 'Kết quả trả qua bưu chính kết quả'; seventy-fourth round, h825): the label and the unit, the longest such
    noun first."""
    words = label.split()
    for n in range(_MAX_UNIT_WORDS, 0, -1):
        if len(words) > 2 * n and fold_lower(" ".join(words[-n:])) == fold_lower(" ".join(words[:n])) \
                and words[-n][:1].islower():
            return " ".join(words[:-n]), " ".join(words[-n:])
    return None


def _joined_label(line: _Line) -> tuple[str, str] | None:
    """A row label with its unit run onto it, split (the label alone is a short name)."""
    label = " ".join(line.text.split())
    split = _split_unit(label) or _repeated_head(label)
    if split is None or not _is_row_label(_Line(line.start, line.end, split[0])) or _NOT_A_LABEL.search(line.text):
        return None
    return split


def _joined_table_at(lines: list[_Line], i: int) -> int:
    """The figure count of a unit-column table whose first row (a label ending in its unit, then figures)
    starts at line i, 0 when there is none."""
    if not (i + 1 < len(lines) and _is_figure_at(lines, i + 1)):
        return 0
    n = _figures_after(lines, i)
    width = n + 2
    ok = n >= 1 and width <= _MAX_COLUMNS and i >= width and _is_unit_column(lines[i - width + 1].text) \
        and all(_is_header(x) for x in lines[i - width:i]) and _joined_label(lines[i]) is not None
    return n if ok else 0


_MIN_TEXTED_ROWS = 2  # a text column between a name and its figures: two rows of that shape at least tell the table


def _texted_row_at(lines: list[_Line], i: int, n: int) -> bool:
    """Line i opens a row of a table with a text column after its name ('Điện công nghiệp / Cao đẳng / 160'): a name,
    a short text that is no unit's header, then n figures."""
    return i + n + 2 <= len(lines) and _is_row_label(lines[i]) and _is_label(lines[i + 1]) \
        and _figures_after(lines, i + 1) == n


def _texted_table_at(lines: list[_Line], i: int) -> int:
    """The figure count of a table whose columns are a name, a text ('Trình độ': 'Cao đẳng', 'Trung cấp') and figures,
    whose first row starts at line i (DOCX cells one a line; seventieth round, h779); 0 when there is none. Its header
    names the text column with no unit's word ('ĐVT' heads a unit-column table), and two rows at least hold the shape."""
    if not (i + 2 < len(lines) and _is_figure_at(lines, i + 2)):
        return 0
    n = _figures_after(lines, i + 1)
    width = n + 2
    ok = width <= _MAX_COLUMNS and i >= width and not _is_unit_column(lines[i - n - 1].text) \
        and all(_is_header(x) for x in lines[i - width:i]) \
        and all(_texted_row_at(lines, i + k * width, n) for k in range(_MIN_TEXTED_ROWS))
    return n if ok else 0


def _texted_rows(lines: list[_Line], first: int, n: int, headers: list[str]) -> tuple[list[FigureCell], int]:
    """The rows from line `first` on (a name, its text cell, n figures) read as a plain table's without the text
    column, and the line after the last row."""
    plain = [headers[0], *headers[2:]]
    units, cells, i = _units(plain), [], first
    while _texted_row_at(lines, i, n):
        cells += _figure_row_cells(lines[i + 2:i + 2 + n], " ".join(lines[i].text.split()), plain, units)
        i += n + 2
    return cells, i


def _is_note_header(text: str) -> bool:
    """'Ghi chú', 'Phương thức tuyển sinh', 'Hình thức đào tạo': a last column of remarks or words, text or nothing in
    each row (quantity_cues.tsv, role column_note: the header is one of its words or opens with one)."""
    return _opens_with(" ".join(fold_lower(text).split()).strip(" .:"), "column_note")


def _noted_table_at(lines: list[_Line], i: int) -> int:
    """The width (the label's column and the figures') of a table whose last column holds remarks ('Trường THPT / Số
    lớp / Số học sinh / Ghi chú', then 'THPT Gang Thép / 15 / 675 / ' with an empty remark or 'Khu vực miền núi'),
    whose first row's label is line i; 0 when there is none. (Read as a plain table, the remark's header shifts
    every column by one and the first remark ends the rows; forty-third heldout round.)"""
    width = _figures_after(lines, i) + 1
    return width if 2 <= width < _MAX_COLUMNS and i > width and _is_note_header(lines[i - 1].text) \
        and _is_label(lines[i]) and all(_is_label(x) for x in lines[i - width - 1:i - 1]) else 0


def _noted_rows(lines: list[_Line], first: int, width: int, headers: list[str]) -> tuple[list[FigureCell], int]:
    """The rows from line `first` on: a label, width-1 figures, a remark that is no figure (an empty line for none),
    as long as the shape holds; and the line after the last row."""
    cells: list[FigureCell] = []
    i = first
    while i + width < len(lines) and (_is_label(lines[i]) or (i > first and _is_row_label(lines[i]))) \
            and _figures_after(lines, i) == width - 1:
        found, _ = _rows(lines, i, width, headers)
        cells += found
        i += width + 1  # the remark's line
    return cells, i


def _gapped_table_at(lines: list[_Line], i: int) -> tuple[int, int]:
    """A table of cells one a line with a column of words between its figure columns ('Hạt Kiểm lâm / Số vụ vi phạm /
    Đã xử lý (vụ) / Hình thức xử lý chủ yếu / Thu nộp ngân sách (triệu đồng)', then 'Hạt Kiểm lâm Đakrông / 27 / 24 /
    Xử phạt hành chính / 318'; seventy-seventh round), whose first row's label is line i: how many figures stand
    before the column of words and how many after it; (0, 0) when there is none. The column of words is headed by a
    remark's word (quantity_cues.tsv column_note: 'Hình thức', 'Phương thức', 'Ghi chú'). (Read as a plain table, its
    first row's words end the rows, and the figures before them take the last headers.)"""
    before = _figures_after(lines, i)
    words = i + before + 1
    if words + 1 >= len(lines) or not _is_label(lines[i]) or _is_figure_at(lines, words):
        return 0, 0
    after = _figures_after(lines, words)
    width = before + after + 2
    if after < 1 or width > _MAX_COLUMNS or i < width:
        return 0, 0  # (no figure after the words: a last column of remarks, read by _noted_table_at)
    heads = lines[i - width:i]
    if not _is_note_header(heads[before + 1].text) or not all(_is_label(x) or _is_header(x) for x in heads):
        return 0, 0
    return before, after


def _gapped_rows(lines: list[_Line], first: int, before: int, after: int,
                 headers: list[str]) -> tuple[list[FigureCell], int]:
    """The rows from line `first` on of a table _gapped_table_at found: a label, `before` figures, a line of words
    (or an empty one), `after` figures, as long as the shape holds; and the line after the last row. The words'
    column is skipped: the other columns keep their headers."""
    width = before + after + 2
    units, cells, i = _units(headers), [], first
    while i + width <= len(lines) and (_is_label(lines[i]) or (i > first and _is_row_label(lines[i]))) \
            and _figures_after(lines, i) == before and _figures_after(lines, i + before + 1) == after:
        label = " ".join(lines[i].text.split())
        cells += _figure_row_cells(lines[i + 1:i + width], label, headers, units, words_column=before + 1)
        i += width
    return cells, i


_TOLD_REACH = 800  # how far above a table's header the paragraph that counted its columns' noun may start
_MIN_TOLD_COLUMNS = 2  # columns whose words the paragraph counted with one noun, at least
# a counted noun after a figure: one or two words, up to a mark, a figure or the line's end
_TOLD_NOUN = re.compile(rf"[ \t]+(?:{BARE_NUMBER_RX})[ \t]+(?P<noun>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")


def _told_from(lo: int, header_start: int, annexes: tuple[tuple[int, int], ...]) -> int:
    """Where the paragraph that counted a table's columns may start: _TOLD_REACH above its header, or anywhere above
    it for a table in an annex ("PHỤ LỤC / CHỈ TIÊU ... / (Kèm theo Quyết định số ...)" under the signature): the
    articles the annex details told its columns' noun ("ngạch chuyên viên 58 chỉ tiêu, ngạch cán sự 06 chỉ tiêu" in
    Điều 1, a phụ lục's "Ngạch chuyên viên / Ngạch cán sự / Tổng số" one cell a line; eighty-seventh round, h966)."""
    if any(a <= header_start < b for a, b in annexes):
        return 0
    return max(lo, header_start - _TOLD_REACH)


def _told_noun(text: str, above_start: int, header_start: int, figure_headers: list[str]) -> str | None:
    """The noun a table's figure columns count when none names one ('Tiếp nhận / Đã giải quyết / Đúng hạn / Trễ hạn'
    under a paragraph that said 'tiếp nhận 4.312 hồ sơ ...; đã giải quyết 4.276 hồ sơ ...'; forty-third heldout
    round): the noun counted right after the headers' own words in text[above_start:header_start], the same for two
    columns at least; None otherwise."""
    above = text[above_start:header_start]
    nouns: list[str] = []
    for header in figure_headers:
        words = header.split()
        if not words:
            continue
        said = list(re.finditer(r"(?<!\w)" + r"[ \t]+".join(map(re.escape, words)), above, re.IGNORECASE))
        m = _TOLD_NOUN.match(above, said[-1].end()) if said else None
        if m is not None:
            nouns.append(m.group("noun"))
    heads = {fold_lower(n.split()[0]) for n in nouns}
    return nouns[0].lower() if len(nouns) >= _MIN_TOLD_COLUMNS and len(heads) == 1 else None


def _headers_at(lines: _Figured, i: int, width: int) -> bool:
    """The width lines before row i are the table's header: labels, or header cells naming a period ("Chỉ tiêu tiết
    kiệm năm 2033 (kWh)"; sixty-fifth heldout round, h724) when no header cell stands before them (a wider header,
    "Chỉ tiêu / Đơn vị tính / Kế hoạch năm 2026 / ...", is a unit table's, read by _joined_table_at)."""
    heads = lines[i - width:i]
    if all(_is_label(x) for x in heads):
        return True
    return all(_is_header(x) for x in heads) and (i == width or not _is_header(lines[i - width - 1]))


def figure_cells(text: str, lo: int, hi: int, annexes: tuple[tuple[int, int], ...] = ()) -> list[FigureCell]:
    """The figures of every flattened figure table in text[lo:hi]; `annexes`: the spans of the document's annexes,
    whose tables' nouns the articles above may have told (_told_from)."""
    if not _ANY_FIGURE_LINE.search(text, lo, hi):
        return []
    lines, cells, i = _lines(text, lo, hi), [], 0
    # the "TT" header cells and row numbers found in a scan of the text each, not by reading every line
    starts = _starts_of(lines)
    heads = [k for k in _lines_after_breaks(lines, starts, _index_header_line(), _is_index_header, text, lo, hi)
             if _is_index_header(lines[k].text)]
    if heads:
        lines = _without_index(lines, heads, _lines_after_breaks(lines, starts, _INDEX_CELL_AFTER_BREAK,
                                                                 _INDEX_CELL.match, text, lo, hi))
    lines = _Figured(lines, _figure_line_starts(text, lo, hi))
    # a table's first row starts one or two lines before a figure line: only those lines are read, and a
    # figure line itself starts none (it holds a digit, which no label, row label or label with its unit
    # split off does: every test below turns it down)
    for row in lines.before_figures():
        if row < i or lines.runs[row]:
            continue
        i = row
        width = _noted_table_at(lines, i)
        if width:
            found, i = _noted_rows(lines, i, width, [x.text for x in lines[i - width - 1:i - 1]])
            cells.extend(_with_kinds(found))
            continue
        before, after = _gapped_table_at(lines, i)
        if after:
            width = before + after + 2
            found, i = _gapped_rows(lines, i, before, after, [x.text for x in lines[i - width:i]])
            cells.extend(_with_kinds(found))
            continue
        # a table's row or header's last line is a label followed by figures (their count first: cheaper)
        width = _figures_after(lines, i) + 1  # (1: no figure line follows, no row starts here)
        # (headed by a unit column's 'ĐVT', no bare 'Đơn vị' of the units served, it is a joined unit table's first row:
        # _joined_table_at below)
        if 2 <= width <= _MAX_COLUMNS and i >= width and _is_first_row(lines, i, width) and _headers_at(lines, i, width) \
                and " ".join(fold_lower(lines[i - width].text).split()).strip(" .:") not in _collapsed_unit_headers():
            headers = [x.text for x in lines[i - width:i]]
            head = lines[i - width].start
            told = None if any(u[0] for u in _units(headers[1:])) \
                else _told_noun(text, _told_from(lo, head, annexes), head, headers[1:])
            found, i = _rows(lines, i, width, headers, told, long_first=not _is_label(lines[i]))
            cells.extend(_with_kinds(found))
            continue
        width, tail = _unit_table_at(lines, i), 0
        if not width:
            width = _tailed_unit_table_at(lines, i)
            tail = 1 if width else 0
        if width:
            found, i = _unit_rows(lines, i, width, [x.text for x in lines[i - width - tail:i - tail]], tail)
            cells.extend(_with_kinds(found))
            continue
        n = _joined_table_at(lines, i)
        if n:
            found, i = _unit_rows(lines, i, n + 2, [x.text for x in lines[i - n - 2:i]])
            cells.extend(_with_kinds(found))
            continue
        n = _texted_table_at(lines, i)
        if n:
            found, i = _texted_rows(lines, i, n, [x.text for x in lines[i - n - 2:i]])
            cells.extend(_with_kinds(found))
    return cells


_PIPED_FIGURE = re.compile(rf"[ \t]*(?P<num>{BARE_NUMBER_RX})(?P<pct>[ \t]*%)?[ \t]*$")
_ROW_BRACKET_UNIT = re.compile(r"\((?P<unit>[^()\d]{1,30})\)\s*$")


def _piped_cells(line: _Line) -> list[tuple[int, str]]:
    """A markdown row's cells: (offset in the text, content), without the outer bars."""
    out, pos = [], line.start
    for k, part in enumerate(line.text.split("|")):
        if 0 < k < line.text.count("|") or (k == 0 and part.strip()):
            out.append((pos, part))
        pos += len(part) + 1
    return out


def _unit_column(headers: list[str]) -> int | None:
    """The index of a markdown table's unit column ('| Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |'), None without."""
    return next((k for k, h in enumerate(headers) if k and _is_unit_column(h)), None)


def _piped_row(row: list[tuple[int, str]], headers: list[str], unit_col: int | None = None,
               note: tuple[str | None, int] = (None, 1)) -> list[FigureCell]:
    """A markdown figure row ('| Công trình thanh niên (công trình) | 17 | 21 | 123,5% |'): each bare figure
    counts the unit its header names in brackets, else the row's unit cell ('| Thu ngân sách | Tỷ đồng | 286 |'),
    else the row label's bracket unit, else its header's noun, else the unit the note above the table prints
    (`note`: "Đơn vị tính: triệu đồng"), else the members the label names ('Kết nạp đoàn viên mới'); a figure
    printed with its unit ('| 4 xã | 2 xã |') counts that unit."""
    label = row[0][1].strip(" *")
    bracket = _ROW_BRACKET_UNIT.search(label)
    row_unit = _column_unit(f"({bracket.group('unit')})") if bracket else (None, 1)
    name = label[:bracket.start()].strip() if bracket else label
    unit_cell = row[unit_col][1].strip(" *") if unit_col is not None and unit_col < len(row) else ""
    if _is_unit_cell(_Line(0, 0, unit_cell)) and len(unit_cell.split()) <= _MAX_UNIT_WORDS:
        row_unit = _column_unit(f"({unit_cell})")
    cells = []
    for col, (off, content) in enumerate(row[1:len(headers)], 1):
        header = headers[col]
        sign, bound = _cell_bound(content)
        if sign:
            off, content = off + sign.end(), content[sign.end():]
        planned = _is_planned_time_column(header)
        m, printed = _cell_figure(content)
        if m is None and planned:
            m, printed = _time_figure(content)
        if m is None:
            if bound is None and (unit_col is not None or _column_kind(header)):
                cells += _part_total_cells(off, content, row_unit, name, header)
            continue
        if _is_rate_column(header) or _is_incident_column(header) or _is_state_column(header):
            continue
        if printed[0] is None and _is_span_column(header) and not planned:
            continue
        pct = "pct" in m.re.groupindex and m.group("pct")
        if not pct and _is_index_value_column(header):
            continue
        own = _column_unit(header) if _names_own_unit(header) else (None, 1)
        unit, factor = ("%", 1) if pct else printed if printed[0] else (
            own if own[0] else row_unit if row_unit[0] else own)
        if unit is None and not pct:
            unit, factor = _column_unit(header)
        if unit is None and not pct:
            unit, factor = note
        if unit is None and not pct:
            unit = _label_noun(name)
        if unit is None and not pct:
            unit, factor = _left_column_unit(headers, col)
        if unit is not None:
            what = content if m.pos else header  # "Kiểm tra 02 xã" tells what the count is, more than "Ghi chú"
            kind = "target" if planned else _column_kind(header)  # ("thực hiện" there names no result)
            cells.append(FigureCell(off + m.start("num"), off + m.end(), m.group("num"), unit,
                                    " ".join(what.split()), name, factor, kind, bound))
    return cells


# a bound printed before a figure ("≥ 55", ">= 90", "≤ 5"): the figure's comparator (a cell's here, a sentence's
# shorthand in quantities)
BOUND_SIGNS = {"≥": "gte", ">=": "gte", "≤": "lte", "<=": "lte", ">": "gt", "<": "lt"}
_CELL_BOUND = re.compile(r"[ \t]*(?P<sign>≥|>=|≤|<=|>|<)[ \t]*(?=\d)")
# a part of a total in a cell ("209/209" stations, "16/18" targets): two figures, the part and the total
_PART_TOTAL_CELL = re.compile(r"[ \t]*(?P<num>\d{1,3}(?:\.\d{3})*)[ \t]*/[ \t]*(?P<total>\d{1,3}(?:\.\d{3})*)[ \t]*")


def _part_total_cells(off: int, content: str, row_unit: tuple[str | None, int], name: str,
                      header: str) -> list[FigureCell]:
    """A cell holding a part of a total ("209/209") under a plan's or a result's column, or in a row whose unit cell
    names what it counts: the part and the total, each a figure of the row's unit (a part over its total, so a day
    and month, "15/4", is none)."""
    m = _PART_TOTAL_CELL.fullmatch(content)
    unit = row_unit[0] or _label_noun(name)
    if m is None or unit is None or unit == "%":
        return []
    part, total = (int(m.group(g).replace(".", "")) for g in ("num", "total"))
    if not 0 < part <= total:
        return []
    return [FigureCell(off + m.start(g), off + m.end(g), m.group(g), unit, " ".join(header.split()), name, 1,
                       _column_kind(header)) for g in ("num", "total")]


def _left_column_unit(headers: list[str], col: int) -> tuple[str | None, int]:
    """What the nearest figure column to the left counts, for a header naming no noun ('Vụ phát hiện | Vụ đã xử lý
    | Chuyển truy cứu hình sự': the last counts 'vụ'), as a flattened table's column does (_units); the label's
    column is no figure column. (None, 1) when none does (forty-third heldout round)."""
    for k in range(col - 1, 0, -1):
        unit = _column_unit(headers[k])
        if unit[0]:
            return unit
    return None, 1


# a cell holding a figure and the noun it counts ('4 xã', '12 sản phẩm', '131,4 tỷ đồng'): a letter opens the noun
_UNIT_FIGURE = re.compile(rf"[ \t]*(?P<num>{BARE_NUMBER_RX})[ \t]+(?P<unit>[^\W\d_][^\d|\t()%]{{0,29}}?)[ \t.]*$")


@lru_cache(maxsize=1)
def _not_unit_words() -> frozenset[str]:
    """units.tsv's words after which a number counts nothing ('15 ngày', '3 sao') or that end a unit ('và')."""
    return frozenset(fold_lower(r[0]) for r in rows("units.tsv", 2) if r[1] in ("skip", "unit_stop"))


@lru_cache(maxsize=1)
def _cell_verb_re() -> re.Pattern[str]:
    verbs = alternation_on_line(_cue_words("cell_verb"))
    return re.compile(rf"[ \t]*(?:{verbs})(?=[ \t]+\d)", re.IGNORECASE)


def _cell_figure(content: str) -> tuple[re.Match[str] | None, tuple[str | None, int]]:
    """A cell's figure: a bare one ('286', '60,0', '98%'; no unit of its own), or one printed with the noun it
    counts ('4 xã', '131,4 tỷ đồng'; not a duration or a rating, '15 ngày', '3 sao'), maybe after the work done on
    it ('Kiểm tra 02 xã': quantity_cues.tsv cell_verb); (None, ...) for text."""
    m = _PIPED_FIGURE.fullmatch(content)
    if m is not None:
        return m, (None, 1)
    verb = _cell_verb_re().match(content)
    m = _UNIT_FIGURE.fullmatch(content, verb.end() if verb else 0)
    if m is None:
        return None, (None, 1)
    words = m.group("unit").split()
    if len(words) > _MAX_UNIT_WORDS or any(fold_lower(w) in _not_unit_words() for w in words):
        return None, (None, 1)
    return m, _column_unit(f"({' '.join(words)})")


@lru_cache(maxsize=1)
def _time_units() -> frozenset[str]:
    return frozenset(_cue_words("cell_time_unit"))


def _time_figure(content: str) -> tuple[re.Match[str] | None, tuple[str | None, int]]:
    """A planned-time column's cell printed with its span ('120 ngày', '06 tháng': quantity_cues.tsv cell_time_unit;
    eighty-third round, h923's "Thời gian thực hiện gói thầu"): the row's task planned to take that long, a target
    (docs/RECORD.md), as a bare figure under "Thời gian thực hiện (ngày)" is; (None, ...) for any other cell."""
    m = _UNIT_FIGURE.fullmatch(content)
    if m is None or fold_lower(" ".join(m.group("unit").split())) not in _time_units():
        return None, (None, 1)
    return m, (" ".join(m.group("unit").split()).lower(), 1)


def _label_noun(label: str) -> str | None:
    """The members a row's label names ('Kết nạp đoàn viên mới', 'Giới thiệu đoàn viên ưu tú cho Đảng' count
    đoàn viên: units.tsv's head nouns), the longest first; None when it names none."""
    words = label.split()
    for n, nouns in _head_nouns_by_words():
        for i in range(len(words) - n + 1):
            if fold_lower(" ".join(words[i:i + n])) in nouns:
                return " ".join(words[i:i + n]).lower()
    return None


def piped_figure_cells(text: str, lo: int, hi: int) -> list[FigureCell]:
    """The bare figures of markdown tables in text[lo:hi] (a row of cells a line, the first row the header;
    normalize has dropped the '|---|' rule): each takes its unit from its column or its row's label and its
    kind from its column ('Chỉ tiêu', 'Kết quả')."""
    if text.find("|", lo, hi) < 0:
        return []
    return _row_table_cells(_lines(text, lo, hi), _is_piped_row, _piped_cells, text=text)


_MIN_TAB_CELLS = 3  # a label and two columns: a line with fewer tabs is an item's indent, not a table row


def _is_piped_row(line: _Line) -> bool:
    return line.text.lstrip().startswith("|")


def _is_tabbed_row(line: _Line) -> bool:
    return line.text.count("\t") >= _MIN_TAB_CELLS - 1


def _tabbed_cells(line: _Line) -> list[tuple[int, str]]:
    """A tab-separated row's cells: (offset in the text, content)."""
    out, pos = [], line.start
    for part in line.text.split("\t"):
        out.append((pos, part))
        pos += len(part) + 1
    return out


def tabbed_tables(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of tables pasted with a tab between cells (a DOCX or spreadsheet table copied as text): runs of
    two lines or more of _MIN_TAB_CELLS cells or more. Their figures are read by cell (tabbed_figure_cells); a
    number elsewhere in them (a row's index, a label's) is no quantity."""
    if text.find("\t", lo, hi) < 0:
        return []
    spans: list[tuple[int, int]] = []
    run: list[_Line] = []
    for line in [*_lines(text, lo, hi), _Line(hi, hi, "")]:
        if _is_tabbed_row(line):
            run.append(line)
            continue
        if len(run) > 1:
            spans.append((run[0].start, run[-1].end))
        run = []
    return spans


def _indented_cells(line: _Line) -> list[tuple[int, str]]:
    """An indented tab row's cells (_tabbed_cells), without the blank cell its opening tab makes."""
    return _tabbed_cells(line)[1:]


def _is_indented(lines: list[_Line]) -> bool:
    """Whether every row of a tab table opens with a tab (a DOCX table pasted under an indented paragraph:
    '\tSTT\tNội dung\tChỉ tiêu\tKết quả'): the blank cell before it is the indent, no column."""
    return all(not line.text.split("\t", 1)[0].strip() for line in lines if _is_tabbed_row(line))


def tabbed_figure_cells(text: str, lo: int, hi: int) -> list[FigureCell]:
    """The bare figures of tab-separated tables in text[lo:hi], read as markdown tables' are (piped_figure_cells):
    'TT / Chỉ tiêu / Kế hoạch giao / Kết quả thực hiện' over 'Kết nạp đoàn viên mới (đoàn viên) / 40 / 52'. A
    table whose every row opens with a tab is read from its second cell (_is_indented)."""
    cells: list[FigureCell] = []
    for a, b in tabbed_tables(text, lo, hi):
        lines = _lines(text, a, b)
        split = _indented_cells if _is_indented(lines) else _tabbed_cells
        cells += _row_table_cells(lines, _is_tabbed_row, split, text=text)
    return cells


def _row_table_cells(lines: list[_Line], is_row: Callable[[_Line], bool],
                     split: Callable[[_Line], list[tuple[int, str]]],
                     header: list[str] | None = None, text: str = "") -> list[FigureCell]:
    """The figures of tables whose rows are lines of cells (is_row tells them, split cuts them); the first row
    of a run is its header, unless `header` gives the first run's. `text`, the whole text, holds the unit note
    above a table (_note_above)."""
    cells: list[FigureCell] = []
    headers: list[str] | None = None
    indexed = False
    unit_col: int | None = None
    note: tuple[str | None, int] = (None, 1)
    if header is not None:
        headers, indexed = _header_columns(header)
        unit_col = _unit_column(headers)
        note = _note_above(text, lines[0].start) if lines else note
    under_header = False  # the row right after a header row: a merged header's second row may stand there
    for line in lines:
        if not is_row(line):
            headers = None
            continue
        row = split(line)
        if headers is None:
            headers, indexed = _header_columns([c.strip(" *") for _, c in row])
            unit_col = _unit_column(headers)
            note = _note_above(text, line.start)
            under_header = True
            continue
        if indexed:
            row = _row_without_index(row, len(headers))
        if under_header and _is_sub_header(row):
            headers = _merged_headers(headers, [c.strip(" *") for _, c in row])
            unit_col = _unit_column(headers)
        elif len(row) >= 2:
            cells += _piped_row(row, headers, unit_col, note)
        under_header = False
    return cells


# a unit note printed above a table ("Đơn vị tính: triệu đồng", "(ĐVT: tỷ đồng)", "Đơn vị: người"): the unit of the
# figure columns whose header names none ("| Tổng số | Nhiệm vụ chuyển tiếp | Nhiệm vụ mở mới |"; seventieth round);
# in brackets it may close the table's caption ("Tình hình giải ngân theo nguồn vốn (đơn vị: tỷ đồng):"; seventy-fifth
# round, h830, h836), after a bracket of its own caption line ("... bình quân chung cả nước (52,1%). Cụ thể theo từng
# tỉnh (đơn vị: tỷ đồng):"; eighty-seventh round, h965)
_UNIT_NOTE = re.compile(r"^(?:[^\n]*\()?[ \t(*_]*(?P<cue>đơn vị tính|đvt|đơn vị)[ \t]*:[ \t]*"
                        r"(?P<unit>[^\W\d_][^()\n:;|]{0,29}?)[ \t)*_.]*:?[ \t]*$", re.IGNORECASE)
_NOTE_LINES = 3  # the note stands right above the header, maybe under the table's caption: up to three lines up
_NOTE_REACH = 400  # characters above the header searched for those lines


_NOTE_UNIT_CUES = ("đơn vị tính", "đvt")  # cues naming a unit of measure only: bare "Đơn vị:" may name a body


def _note_above(text: str, start: int) -> tuple[str | None, int]:
    """The unit a note right above a table's header prints (_UNIT_NOTE, _is_note_unit), with its factor; (None, 1)
    without one."""
    above = [ln for ln in text[max(0, start - _NOTE_REACH):start].split("\n") if ln.strip()][-_NOTE_LINES:]
    for line in reversed(above):
        m = _UNIT_NOTE.match(line)
        if m is not None and _is_note_unit(m.group("cue"), m.group("unit")):
            return _column_unit(f"({' '.join(m.group('unit').split())})")
    return None, 1


def _is_note_unit(cue: str, unit: str) -> bool:
    """Whether a unit note's words name a unit: every word a unit or a scale word (units.tsv: "triệu đồng", "ha"), or,
    after a cue naming a unit of measure only ("Đơn vị tính:", "ĐVT:"), any short lowercase noun ("Đơn vị tính:
    người", "ĐVT: hộ"; eighty-fourth round, h934's phụ lục). A capitalised name after "Đơn vị:" is a body's."""
    words = [fold_lower(w) for w in unit.split()]
    if not words or len(words) > _MAX_UNIT_WORDS:
        return False
    if all(w in _unit_words() or w in scale_words() for w in words):
        return True
    return fold_lower(cue) in _NOTE_UNIT_CUES and unit[:1].islower() and all(w.isalpha() for w in words)


_MERGED_LABEL_LETTERS = 4  # "Cộng", "Tổng cộng": a label, no index ("I", "a", "II" run shorter)
# a table's total row by its label (a row's whole first cell)
TOTAL_ROW_RE = re.compile(r"(?:tổng\s+cộng|tổng\s+số|tổng|cộng|toàn\s+huyện|toàn\s+tỉnh)\s*:?", re.IGNORECASE)


def _row_without_index(row: list[tuple[int, str]], width: int | None = None) -> list[tuple[int, str]]:
    """A row without its index cell; a label merged over the index and the label cells ('| **Tổng cộng** | | | **21**
    |') stands in the first and leaves the second blank: the label kept, the blank dropped. A dashed sub-row ("- Chi
    thường xuyên") has no index: kept whole; nor has a total row printed without an index cell (as many cells as the
    `width` columns after the index: "   Tổng cộng   1.200   600   3.480" under rows "1   Huyện ...   260   150   754";
    seventy-seventh round, h863): kept whole."""
    if row and _SUB_ROW_MARK.match(row[0][1]):
        return row
    if len(row) > 2 and sum(ch.isalpha() for ch in row[0][1]) >= _MERGED_LABEL_LETTERS and not row[1][1].strip(" *"):
        return [row[0], *row[2:]]
    if width is not None and len(row) == width and _is_indexless_total(row):
        return row
    return row[1:]


def _is_indexless_total(row: list[tuple[int, str]]) -> bool:
    """A row whose first cell is a total's label ('Tổng cộng', 'Cộng') and whose other cells are figures."""
    return len(row) >= 2 and TOTAL_ROW_RE.fullmatch(row[0][1].strip(" *")) is not None \
        and all(_is_figure_cell(c) for _, c in row[1:] if c.strip(" *"))


def _is_sub_header(row: list[tuple[int, str]]) -> bool:
    """A merged header's second row ('| | | **Ngạch** | **Số lượng (người)** | |' under '| TT | Cơ quan, đơn vị |
    Chỉ tiêu tuyển dụng | | Ghi chú |'): no label of its own, no figure, some column named."""
    return len(row) >= 2 and not row[0][1].strip(" *") and not any(_is_figure_cell(c) for _, c in row) \
        and any(c.strip(" *") for _, c in row[1:])


def _is_figure_cell(content: str) -> bool:
    """A cell holding a figure: a digit and no letter ('1.684,5', '74,9'); a sub-header's '9 tháng (tỷ đồng)' names a
    period in words (seventy-seventh round, a tab table's header wrapped onto a second row)."""
    return any(ch.isdigit() for ch in content) and not any(ch.isalpha() for ch in content)


def _merged_headers(parents: list[str], subs: list[str]) -> list[str]:
    """Each column's header read through a merged first row: a parent cell spans the blank ones to its right ('Chỉ
    tiêu tuyển dụng' over 'Ngạch' and 'Số lượng (người)'), its sub-header after it ('Chỉ tiêu tuyển dụng Số lượng
    (người)': the unit and the kind both read from it)."""
    merged, parent = [], ""
    for k in range(max(len(parents), len(subs))):
        own = parents[k] if k < len(parents) else ""
        sub = subs[k] if k < len(subs) else ""
        parent = own or (parent if sub else "")
        merged.append(_merged_header(parent, sub))
    return merged


def _merged_header(parent: str, sub: str) -> str:
    """A parent header and its sub-header read as one; the unit the parent prints in brackets ends it, after the
    sub-header ('BHXH tự nguyện (người)' over 'Thực hiện 2031' is 'BHXH tự nguyện Thực hiện 2031 (người)'), unless
    the sub-header prints its own."""
    bracket = _bracket_unit(parent)
    if bracket is None or not sub or _names_own_unit(sub):
        return f"{parent} {sub}".strip()
    return f"{parent[:bracket.start()].rstrip()} {sub} {bracket.group().strip()}".strip()


def _header_columns(headers: list[str]) -> tuple[list[str], bool]:
    """A header row's cells, and whether its first is a "TT"/"STT" column ("| TT | Đơn vị | ... |": the rows'
    numbers, the label is the next cell), then dropped."""
    indexed = len(headers) > 2 and _is_index_header(headers[0])
    return (headers[1:] if indexed else headers), indexed


# a line with two gaps of two blanks or more between its parts: most texts have none, and then no line is read
_SPACED_ROW = re.compile(r"\S {2,}\S[^\n]*?\S {2,}\S")
# what every such line holds: normalized text seldom holds two blanks running, and a substring search for them is
# many times cheaper than _SPACED_ROW, which opens with a class and is tried at every position
_TWO_BLANKS = "  "


def _may_hold_spaced_row(text: str, lo: int, hi: int) -> bool:
    """_SPACED_ROW.search(text, lo, hi), searched only from the first two blanks: a match opens one character
    before its first gap, which holds them."""
    gap = text.find(_TWO_BLANKS, lo, hi)
    return gap >= 0 and _SPACED_ROW.search(text, max(lo, gap - 1), hi) is not None


def spaced_tables(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of tables aligned with spaces (PDF text, a fixed-width copy): runs of two lines or more, each
    below the one above (textutil.aligned_rows: as many cells, three or more, with blank channels between
    them). Their figures are read by cell (spaced_figure_cells), as a tab table's are."""
    if not _may_hold_spaced_row(text, lo, hi):
        return []
    spans: list[tuple[int, int]] = []
    first: _Line | None = None
    prev: _Line | None = None
    end = lo
    for line in _without_label_wraps([*_without_page_marks(_lines(text, lo, hi)), _Line(hi, hi, "")]):
        if prev is not None and _wrapped(prev.text, line.text) and (first is not None or _figures_row(prev)):
            # a row's wrapped cells, inside a run of rows or under its first row of figures (a header's units under
            # it, "(tỷ đồng)", are the header's: _spaced_headers_above): the next row aligns with the row
            end = line.end if first is not None else end
            continue
        if prev is not None and (aligned_rows(prev.text, line.text) or _sub_row_aligned(prev.text, line.text)
                                 or _sub_row_aligned(line.text, prev.text)):
            first, end = first or prev, line.end
        else:
            if first is not None:
                spans.append((first.start, end))
            first = None
        prev = line
    return spans


# a row's name opening with a dash, under the numbered rows' names: a sub-row of the row above it ("  3   Chi ngân sách
# phường   52.300   10.865   20,8" over "      - Chi đầu tư phát triển   18.600   2.140   11,5"; eighty-first round, h900)
_SUB_ROW_MARK = re.compile(r"^\s*[-–+][ \t]*[^\W\d_]")


def _sub_row_aligned(row: str, sub: str) -> bool:
    """A dashed sub-row (no number of its own) and a numbered row of the same table, either above the other: the
    sub-row's gaps run down the channels of the row's after its number, its name under the row's."""
    if _SUB_ROW_MARK.match(sub) is None or _SUB_ROW_MARK.match(row) is not None:
        return False
    over, below = cell_gaps(row), cell_gaps(sub)
    return len(below) >= _MIN_FIGURE_ROW_CELLS - 1 and len(over) == len(below) + 1 \
        and len(sub) - len(sub.lstrip()) >= over[0][1] - 1 \
        and all(a0 < b1 and b0 < a1 for (a0, a1), (b0, b1) in zip(over[1:], below, strict=True))


def _wrapped(row: str, line: str) -> bool:
    """The line holds the rest of the row's wrapped cells (textutil.wrapped_cells), not a dashed sub-row of its own."""
    return wrapped_cells(row, line) and not _sub_row_aligned(row, line)


def _without_page_marks(lines: list[_Line]) -> list[_Line]:
    """The lines, without a PDF page's running footer between two rows of a table (regexes.PAGE_MARK: its page number
    after a gap or a dash, the next page's running head maybe glued after it; seventy-second heldout round, h798), nor
    a footer on a line of its own (_is_page_foot) with the blank lines and the rule around it (the next page's rows,
    its header not printed again, went on as a table of their own, no column named; eighty-fifth round, h944): no
    row, and the rows on both sides of it are one table."""
    feet = [k for k, line in enumerate(lines) if PAGE_MARK.search(line.text) is not None or _is_page_foot(line.text)]
    if not feet:
        return lines
    dropped = set(feet)
    for k in feet:
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(lines) and (not lines[j].text.strip() or RULE.match(lines[j].text)):
                dropped.add(j)
                j += step
            if step == 1 and _is_running_head(lines, j):
                dropped.add(j)
    return [line for k, line in enumerate(lines) if k not in dropped]


def _is_running_head(lines: list[_Line], j: int) -> bool:
    """The line at j, right under a page's footer, is the next page's running head ("Quyết định số 1406/QĐ-UBND ngày
    12/8/2033"), a table's row under it: no gap of its own (seventy-second heldout round, h798)."""
    return j + 1 < len(lines) and bool(lines[j].text.strip()) and not cell_gaps(lines[j].text.strip()) \
        and len(cell_gaps(lines[j + 1].text.strip())) >= _MIN_FIGURE_ROW_CELLS - 1


def _is_page_foot(text: str) -> bool:
    """A PDF page's running footer on a line of its own, its title and its far page number ("UBND xã ... - Báo cáo
    năm 2035          2"), or its bare number: one gap at most (a table's row ending in a far figure has more)."""
    if not text.rstrip()[-1:].isdigit():
        return False  # (most lines end otherwise: no pattern tried)
    return PAGE_NUMBER_LINE.match(text) is not None \
        or (RUNNING_FOOTER.search(text) is not None and len(cell_gaps(text.strip())) <= 1)


_MAX_WRAPPED_LABEL_WORDS = 6  # the rest of a row's name ("thực phẩm" under "Chi cục An toàn vệ sinh   03   180")


def _is_label_wrap(row: _Line, line: _Line, below: _Line) -> bool:
    """A line holding the rest of the row's first cell, its name, wrapped at the row's own indent ("   Chi cục An
    toàn vệ sinh   03   180   300" over "   thực phẩm"), the next row aligned with the row: no gap, no figure, a few
    words (textutil.wrapped_cells reads the wraps of the other cells, indented past the first; seventieth round)."""
    indent = len(line.text) - len(line.text.lstrip(" "))
    return bool(line.text.strip()) and indent == len(row.text) - len(row.text.lstrip(" ")) \
        and not cell_gaps(line.text) and not any(ch.isdigit() for ch in line.text) \
        and len(line.text.split()) <= _MAX_WRAPPED_LABEL_WORDS and _figures_row(row) and aligned_rows(row.text, below.text)


def _without_label_wraps(lines: list[_Line]) -> list[_Line]:
    """The lines, without those holding a row's wrapped name (_is_label_wrap): the row and the next align."""
    return [line for k, line in enumerate(lines)
            if not (0 < k < len(lines) - 1 and _is_label_wrap(lines[k - 1], line, lines[k + 1]))]


def _figures_row(line: _Line) -> bool:
    """A space-aligned line of figures after its first cell (" 1   Dự án 1: ...   58.320   52.104   89,3"): a table's
    row, whose wrapped name under it (thirty-fifth heldout round) parts it from the next row it aligns with."""
    cells = _spaced_cells(line)
    return len(cells) >= _MIN_FIGURE_ROW_CELLS and any(_cell_figure(c)[0] is not None for _, c in cells[1:])


def _spaced_cells(line: _Line) -> list[tuple[int, str]]:
    """A space-aligned row's cells: (offset in the text, content), cut at its gaps."""
    edges = [0, *(x for gap in cell_gaps(line.text) for x in gap), len(line.text)]
    return [(line.start + a, line.text[a:b]) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def spaced_figure_cells(text: str, lo: int, hi: int, tables: list[tuple[int, int]] | None = None) -> list[FigureCell]:
    """The bare figures of space-aligned tables in text[lo:hi], read as tab tables' are (tabbed_figure_cells):
    'Địa bàn / Số trẻ trong diện / Tỷ lệ tiêm tối thiểu' over 'Thành phố Vinh / 21.350 / 95%'. `tables`:
    spaced_tables(text, lo, hi), when the caller has read them already."""
    cells: list[FigureCell] = []
    for a, b in spaced_tables(text, lo, hi) if tables is None else tables:
        rows_: list[_Line] = []
        wraps: dict[int, list[_Line]] = {}  # a row's start: the lines its wrapped cells went on to
        for line in _without_page_marks(_lines(text, a, b)):
            if not ((len(rows_) > 1 or (rows_ and _figures_row(rows_[-1])))  # a row's wrapped cells are no row
                    and _wrapped(rows_[-1].text, line.text)) or _is_indexless_total(_spaced_cells(line)):
                rows_.append(line)
            else:
                wraps.setdefault(rows_[-1].start, []).append(line)
        headers = _spaced_headers_above(text, lo, rows_[0]) if rows_ else None
        cells += _row_table_cells(rows_, _in_table, partial(_with_wrapped_words, wraps=wraps), headers, text)
    return cells


def _with_wrapped_words(row: _Line, wraps: dict[int, list[_Line]]) -> list[tuple[int, str]]:
    """A space-aligned row's cells (_spaced_cells), each word cell with the words wrapped under it on the lines below
    ("triệu" over "đồng" in the unit column: the row's unit is "triệu đồng", not "triệu"; eighty-fifth heldout round,
    h944); a figure's cell keeps its own words (what follows its figure is no part of it), and a line holding figures
    wraps no words."""
    cells = _spaced_cells(row)
    below = wraps.get(row.start)
    if not below:
        return cells
    columns = [off - row.start + len(content) - len(content.lstrip()) for off, content in cells]
    words = [[content] for _, content in cells]
    for line in below:
        if any(ch.isdigit() for ch in line.text):
            continue  # a line of figures under the row is no wrap of its words ("Tổng cộng  225  1.158", h487)
        for off, content in _spaced_cells(line):
            if not content.strip():
                continue
            at = off - line.start + len(content) - len(content.lstrip())
            col = max((k for k, c in enumerate(columns) if c <= at), default=0)
            if not any(ch.isdigit() for ch in words[col][0]):
                words[col].append(content.strip())
    return [(off, " ".join(w)) for (off, _), w in zip(cells, words, strict=True)]


_MIN_FIGURE_ROW_CELLS = 3  # a row's index or name and two cells more: a sentence's double blanks make fewer
_SPACED_HEADER_LINES = 3  # a header printed over up to three lines: the names, then "(tỷ đồng)" under them


def _spaced_headers_above(text: str, lo: int, first: _Line) -> list[str] | None:
    """A space-aligned table whose header was printed over lines its rows do not align with (the column names,
    then their units in brackets under them: "Kế hoạch vốn" over "(tỷ đồng)"), when its first aligned line is a
    row of figures: each column's header, the header lines' cells it overlaps joined top to bottom; None when
    no such header stands right above it."""
    columns = _spaced_cells(first)
    if not any(_cell_figure(c)[0] is not None for _, c in columns[1:]):
        return None  # the span opens with its own header
    above: list[tuple[_Line, list[tuple[int, str]]]] = []
    end = first.start - 1
    while len(above) < _SPACED_HEADER_LINES and end > lo:
        start = text.rfind("\n", lo, end) + 1
        line = _Line(start, end, text[start:end])
        cells = _header_line_cells(line) or _wrapped_header_cells(line)
        if cells is None or any(_PIPED_FIGURE.fullmatch(c) for _, c in cells):
            break
        above.insert(0, (line, cells))
        end = start - 1
    while above and _header_line_cells(above[0][0]) is None:
        above.pop(0)  # a wrapped header line goes on a header line above it, no line of prose
    if not above:
        return None
    above = [(line, _cut_at_columns(line, cells, above[k - 1])) if k else (line, cells)
             for k, (line, cells) in enumerate(above)]
    spans = [(off - first.start, off - first.start + len(c)) for off, c in columns]
    heads: list[list[str]] = [[] for _ in columns]
    for line, cells in above:
        for off, c in cells:
            a = off - line.start + len(c) - len(c.lstrip())  # (a line's indent is no part of its first cell)
            b = off - line.start + len(c.rstrip())
            overlap = [min(b, y) - max(a, x) for x, y in spans]
            best = max(range(len(spans)), key=lambda k: overlap[k])
            if overlap[best] > 0 and c.strip():
                heads[best].append(c.strip())
    return [" ".join(h) for h in heads]


def _wrapped_header_cells(line: _Line) -> list[tuple[int, str]] | None:
    """A header line of no gap indented past the table's first column, the second halves of wrapped headers one blank
    apart ("tập trung (ha) trồng (ha)" under "Trồng rừng   Chăm sóc rừng"): one cell, cut at the columns above
    (_cut_at_columns); None for any other line."""
    indent = _indent(line.text)
    return [(line.start + indent, line.text.strip())] if line.text.strip() and indent >= _MIN_UNIT_INDENT else None


def _cut_at_columns(line: _Line, cells: list[tuple[int, str]],
                    upper: tuple[_Line, list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """A header line's cells cut where a column of the header line above starts after a single blank: the second
    line of two wrapped headers whose halves one blank parts ("Đào tạo sơ cấp,   Giải quyết" over "dưới 03 tháng
    (người) việc làm (LĐ)": each half, with its unit, is its own column's; seventy-fourth round, h820)."""
    starts = [off - upper[0].start + len(c) - len(c.lstrip()) for off, c in upper[1]]
    out: list[tuple[int, str]] = []
    for off, c in cells:
        a = off - line.start
        cuts = [s - a for s in starts if 0 < s - a < len(c) and c[s - a - 1] == " " and c[s - a] != " "]
        for x, y in zip([0, *cuts], [*cuts, len(c)], strict=True):
            out.append((off + x, c[x:y]))
    return out


# a header line of units in brackets only, one blank between them where a column was too narrow ("(triệu đồng/hộ)
# (triệu đồng)" under "Mức hỗ trợ   Thành tiền"; forty-third heldout round): each bracket is a cell
_BRACKET_CELL = re.compile(r"\([^()\n]{1,30}\)")
_BRACKETS_LINE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*){2,}")


def _header_line_cells(line: _Line) -> list[tuple[int, str]] | None:
    """The cells of a line above a space-aligned table's first row of figures: cut at its gaps, or at its brackets
    when it holds only units in brackets; None for a line that is neither (the header ends above it)."""
    if not line.text.strip():
        return None
    if cell_gaps(line.text):
        return _spaced_cells(line)
    if _BRACKETS_LINE.fullmatch(line.text) or (_BRACKET_LINE.fullmatch(line.text) and _indent(line.text) >= _MIN_UNIT_INDENT):
        return [(line.start + m.start(), m.group()) for m in _BRACKET_CELL.finditer(line.text)]
    return None


# (seventy-second heldout round, h798) or one unit in brackets under the last of the header's columns, indented to it
# ("STT  Nhà văn hóa  ...  Kinh phí hỗ trợ" over "          (triệu đồng)"): the column's unit; a unit note at the
# line's start ("(Đơn vị: triệu đồng)") is the whole table's, read as such elsewhere
_BRACKET_LINE = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*")
_MIN_UNIT_INDENT = 8  # past a table's first column ("STT", "TT") at least


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))


def _in_table(line: _Line) -> bool:
    """Every line of a span spaced_tables found is a row."""
    return True


# ---- a unit-column table whose cells a PDF reader joined with single spaces -------------------------------------
#   TT Chỉ tiêu Đơn vị tính Kế hoạch năm 2027 Thực hiện 9 tháng Tỷ lệ so với KH (%)
#   1 Lượt khám bệnh Lượt 420.000 318.650 75,9

_COLLAPSED_FIGURE = re.compile(rf"(?:{BARE_NUMBER_RX})%?|[-–]")
_COLLAPSED_INDEX = re.compile(r"\d{1,2}\.?")
_MIN_COLLAPSED_COLUMNS = 2  # one figure after the unit is a sentence's "... Lượt 420.000", not a table's row


@lru_cache(maxsize=1)
def _collapsed_unit_headers() -> tuple[str, ...]:
    """The unit column's header words that name no body ('Đơn vị tính', 'ĐVT'; a bare 'Đơn vị' may head the
    units served, 'Đơn vị tiếp nhận')."""
    return tuple(w for w in _cue_words("column_unit") if w != "đơn vị")


@lru_cache(maxsize=1)
def _column_openers() -> tuple[str, ...]:
    """The words a figure column's header opens with (quantity_cues.tsv: column_target, column_result and
    column_open rows), folded, longest first."""
    words = {*_cue_words("column_target"), *_cue_words("column_result"), *_cue_words("column_open")}
    return tuple(sorted(words, key=len, reverse=True))


def _collapsed_columns(tail: str) -> list[str]:
    """A header's figure columns joined by single spaces ('Kế hoạch năm 2027 Thực hiện 9 tháng Tỷ lệ so với KH
    (%)'), cut before each capitalised word that opens a column (a lower-case 'giao' in 'Kế hoạch giao' cuts
    nothing)."""
    words = tail.split()
    cuts = [0]
    for k in range(1, len(words)):
        if words[k][:1].isupper() and any(
                fold_lower(" ".join(words[k:k + len(w.split())])) == w for w in _column_openers()):
            cuts.append(k)
    return [" ".join(words[a:b]) for a, b in zip(cuts, [*cuts[1:], len(words)], strict=True)]


def _single_spaced(text: str) -> bool:
    """A line whose cells nothing but single spaces part: no tab, bar or gap of blanks (those tables are read by
    their cells: tabbed_figure_cells, piped_figure_cells, spaced_figure_cells)."""
    return "\t" not in text and "|" not in text and not cell_gaps(text.strip())


def _collapsed_header(line: _Line) -> tuple[list[str], int] | None:
    """A collapsed unit-column header: its figure columns' names and the offset where they start, else None."""
    if not _single_spaced(line.text):
        return None
    header = line.text.strip()  # a PDF's indent before the header (" TT Chỉ tiêu ĐVT ..."; h898) is no cell
    folded = fold_lower(header)
    for word in _collapsed_unit_headers():
        k = folded.find(f" {word} ")
        if k > 0 and len(header) == len(folded):
            tail = header[k + len(word) + 2:]
            return _collapsed_columns(tail), k
    return None


def _line_tokens(line: _Line) -> list[tuple[int, str]]:
    """A line's blank-separated tokens, each with its offset in the text: a collapsed row's would-be cells."""
    return [(m.start() + line.start, m.group()) for m in re.finditer(r"\S+", line.text)]


def _joined_cell(tokens: list[tuple[int, str]]) -> tuple[int, str]:
    """Tokens read as one cell (a row's label, its unit): the first one's offset and their words."""
    return tokens[0][0], " ".join(t for _, t in tokens)


def _collapsed_row(line: _Line, width: int) -> list[tuple[int, str]] | None:
    """A row of `width` figures ('-' for a blank cell) after its label and unit: cells (offset, content) as
    a piped row's, [label, unit, figures...], else None."""
    if not _single_spaced(line.text):
        return None
    tokens = _line_tokens(line)
    if tokens and _COLLAPSED_INDEX.fullmatch(tokens[0][1]):
        tokens = tokens[1:]
    if len(tokens) < width + 2 or not all(_COLLAPSED_FIGURE.fullmatch(t) for _, t in tokens[-width:]):
        return None
    head = tokens[:-width]
    unit_len = _collapsed_unit_length([t for _, t in head])
    if unit_len is None:
        return None
    unit, label = head[-unit_len:], head[:-unit_len]
    if any(c.isdigit() for _, t in unit for c in t) or _COLLAPSED_FIGURE.fullmatch(label[-1][1]):
        return None
    return [_joined_cell(label), _joined_cell(unit), *tokens[-width:]]


def _collapsed_unit_length(words: list[str]) -> int | None:
    """How many of a collapsed row's words before its figures are its unit cell: a unit word ('lượt', '%') with
    the scale before it ('tỷ đồng'), else the shortest tail that opens with a capital, as a cell does ('Doanh
    nghiệp', 'Ca'); None when neither (and the label keeps a word at least)."""
    n = 0
    if fold_lower(words[-1]) in _unit_words() and fold_lower(words[-1]) not in scale_words():
        n = 1
        while n < len(words) - 1 and n < _MAX_UNIT_WORDS and fold_lower(words[-n - 1]) in scale_words():
            n += 1
    else:
        n = next((k for k in range(1, min(_MAX_UNIT_WORDS, len(words) - 1) + 1) if words[-k][:1].isupper()), 0) \
            or _counted_tail_length(words)
    return n if 0 < n < len(words) else None


def _counted_tail_length(words: list[str]) -> int:
    """How many of a collapsed row's last words are a lower-case unit cell the units table does not list (eighty-first
    heldout round, h898): a counted noun (quantity_cues.tsv column_noun: 'người', 'hồ sơ'), taking the classifier before
    it ('lượt người'), else the noun the row's label names before it ('Xây mới phòng học phòng', 'Học sinh được hỗ trợ
    học sinh'), the longest first; 0 when neither."""
    folded = [fold_lower(w) for w in words]
    for n in range(min(_MAX_UNIT_WORDS - 1, len(words) - 1), 0, -1):
        if " ".join(folded[-n:]) in _cue_words("column_noun"):
            return n + 1 if n + 1 < len(words) and folded[-n - 1] in _classifiers() else n
    for n in range(min(_MAX_UNIT_WORDS, (len(words) - 1) // 2), 0, -1):
        tail, label = folded[-n:], folded[:-n]
        if any(label[k:k + n] == tail for k in range(len(label) - n + 1)):
            return n
    return 0


@lru_cache(maxsize=1)
def _collapsed_unit_spellings() -> re.Pattern[str]:
    """_collapsed_unit_headers as a text may write them (textutil.tone_spellings), case-folded, any blanks
    between their words."""
    spellings = sorted({s for w in _collapsed_unit_headers() for s in tone_spellings(w)}, key=len, reverse=True)
    return re.compile("|".join(re.escape(s).replace(r"\ ", r"\s+") for s in spellings))


def _may_hold_collapsed_header(text: str, lo: int, hi: int) -> bool:
    """Whether a line of text[lo:hi] may be a collapsed header (_collapsed_header: its folded line holds a unit
    header word). Folding a line in NFC changes no letter of those words but case (a tone's place aside, which
    their spellings cover) and no blank but to collapse a run, so the range case-folded holds one of their
    spellings; three of the bench's 385 ranges do, and the others' lines are not each folded. A range not in
    NFC is read line by line."""
    part = text[lo:hi]
    return not unicodedata.is_normalized("NFC", part) or _collapsed_unit_spellings().search(part.casefold()) is not None


def collapsed_tables(text: str, lo: int, hi: int) -> list[tuple[int, int, list[str]]]:
    """Unit-column tables whose cells were joined by single spaces: (start, end, headers) for each header line
    with 'Đơn vị tính' followed by rows of as many figures as it names figure columns (two or more)."""
    if not _may_hold_collapsed_header(text, lo, hi):
        return []
    lines = _lines(text, lo, hi)
    out: list[tuple[int, int, list[str]]] = []
    for i, line in enumerate(lines):
        found = _collapsed_header(line)
        if found is None or len(found[0]) < _MIN_COLLAPSED_COLUMNS:
            noted = _noted_collapsed_table(text, lines, i)
            if noted is not None:
                out.append(noted)
            continue
        columns = found[0]
        j = i + 1
        while j < len(lines) and _collapsed_row(lines[j], len(columns)) is not None:
            j += 1
        if j > i + 1:
            out.append((line.start, lines[j - 1].end, ["", "Đơn vị tính", *columns]))
    return out


_MAX_NOTED_HEADER_WORDS = 16  # a header line of a label's column and a few figure columns, no sentence
_MIN_NOTED_ROWS = 2  # rows of as many figures, at least: one is a sentence ending in two figures


def _noted_collapsed_table(text: str, lines: list[_Line], i: int) -> tuple[int, int, list[str]] | None:
    """A table with no unit column whose cells were joined by single spaces, its unit in a note above its header
    (_note_above: "Chỉ tiêu thu theo quý (đơn vị tính: tỷ đồng):" over "Chỉ tiêu Quý I Quý II Quý III Quý IV Cả
    năm" and "Thu tiền sử dụng đất 28,0 32,0 40,0 50,0 150,0"; seventy-seventh round): (start, end, headers) for a
    header line lines[i] with no figure followed by two rows or more of the same count of figures (two or more),
    else None. The figure columns' names are the header's pieces cut before their openers (_collapsed_columns)
    when they are as many as the figures, else blank (each cell then counts the note's unit)."""
    line = lines[i]
    if i + _MIN_NOTED_ROWS >= len(lines) or not _single_spaced(line.text) \
            or not 1 < len(line.text.split()) <= _MAX_NOTED_HEADER_WORDS or line.text.rstrip()[-1:] in ":;.":
        return None
    width = _trailing_figures(lines[i + 1])
    if width < _MIN_COLLAPSED_COLUMNS or _trailing_figures(line) >= width:
        return None
    j = i + 1
    while j < len(lines) and _bare_collapsed_row(lines[j], width) is not None:
        j += 1
    if j - i - 1 < _MIN_NOTED_ROWS or _note_above(text, line.start)[0] is None:
        return None
    pieces = next((p for p in (_collapsed_columns(line.text), _capital_columns(line.text)) if len(p) == width + 1),
                  ["", *[""] * width])
    return line.start, lines[j - 1].end, ["", *pieces[1:]]


_ROMAN = re.compile(r"[IVX]{1,4}")


def _capital_columns(text: str) -> list[str]:
    """A header's cells joined by single spaces cut before each capitalised word ('Chỉ tiêu Quý I Quý II Cả năm' is
    'Chỉ tiêu / Quý I / Quý II / Cả năm'), a Roman numeral going with the word before it."""
    words = text.split()
    cuts = [0, *(k for k in range(1, len(words)) if words[k][:1].isupper() and not _ROMAN.fullmatch(words[k]))]
    return [" ".join(words[a:b]) for a, b in zip(cuts, [*cuts[1:], len(words)], strict=True)]


def _trailing_figures(line: _Line) -> int:
    """How many figures end a single-spaced line, after words (0 for a line of figures only)."""
    tokens = line.text.split()
    n = 0
    while n < len(tokens) and _COLLAPSED_FIGURE.fullmatch(tokens[-n - 1]):
        n += 1
    return n if n < len(tokens) and _single_spaced(line.text) else 0


def _bare_collapsed_row(line: _Line, width: int) -> list[tuple[int, str]] | None:
    """A row of `width` figures after its label (its index dropped) with no unit cell: cells (offset, content) as a
    piped row's, [label, figures...], else None."""
    if _trailing_figures(line) != width:
        return None
    tokens = _line_tokens(line)
    if _COLLAPSED_INDEX.fullmatch(tokens[0][1]):
        tokens = tokens[1:]
    label = tokens[:-width]
    if not label or any(ch.isdigit() for _, t in label for ch in t):
        return None
    return [_joined_cell(label), *tokens[-width:]]


def collapsed_figure_cells(text: str, lo: int, hi: int,
                           tables: list[tuple[int, int, list[str]]] | None = None) -> list[FigureCell]:
    """The figures of collapsed unit-column tables, read as a markdown table's (each row's unit cell, or its
    column's own bracketed unit; its kind from its column)."""
    cells: list[FigureCell] = []
    for a, b, headers in collapsed_tables(text, lo, hi) if tables is None else tables:
        unit_col = 1 if len(headers) > 1 and _is_unit_column(headers[1]) else None
        note = (None, 1) if unit_col else _note_above(text, a)
        for line in _lines(text, a, b)[1:]:
            row = _collapsed_row(line, len(headers) - 2) if unit_col else _bare_collapsed_row(line, len(headers) - 1)
            if row is not None:
                cells += _piped_row(row, headers, unit_col, note)
    return cells


# ---- a table of a name and figures whose cells a PDF reader joined with single spaces, no unit column ----------
#   Đơn vị Số tài khoản kích hoạt mới
#   Thị trấn Hòa Bình 1.850
_MIN_PAIRED_ROWS = 2  # rows of a name and its figures under the header: fewer is a sentence's number


def _paired_header(line: _Line) -> list[str] | None:
    """A collapsed header of a name's column and figure columns ('Đơn vị Số tài khoản kích hoạt mới', 'Xã Kế hoạch
    Thực hiện'): [the name's header, the figure columns' headers], cut before the first capitalised word that opens a
    figure column (a count's 'Số', 'Tổng số', a plan's or a result's word), the name's header a short label; else None."""
    if not _single_spaced(line.text) or not _is_row_label(line):
        return None
    words = line.text.split()
    for k in range(1, min(len(words), _MAX_LABEL_WORDS + 1)):
        if words[k][:1].isupper() and any(fold_lower(" ".join(words[k:k + len(w.split())])) == w
                                          for w in (*_count_words(), *_column_openers())):
            return [" ".join(words[:k]), *_collapsed_columns(" ".join(words[k:]))]
    return None


def _paired_row(line: _Line, width: int) -> list[tuple[int, str]] | None:
    """A row of a name of words and `width` figures after it, joined by single spaces ('Xã Cương Sơn 620'): its cells
    (offset, content) as a piped row's, else None."""
    if not _single_spaced(line.text):
        return None
    tokens = _line_tokens(line)
    if len(tokens) <= width or not all(_COLLAPSED_FIGURE.fullmatch(t) for _, t in tokens[-width:]):
        return None
    label = tokens[:-width]
    name = " ".join(t for _, t in label)
    if not _is_label(_Line(0, 0, name)) or not name[:1].isupper():
        return None
    return [(label[0][0], name), *tokens[-width:]]


def paired_tables(text: str, lo: int, hi: int) -> list[tuple[int, int, list[str]]]:
    """Tables of a name and figures whose cells were joined by single spaces, no unit column (seventy-fourth round,
    h824's PDF): (start, end, headers) for each collapsed header (_paired_header) over _MIN_PAIRED_ROWS rows or
    more of as many figures as it names figure columns."""
    if not _ANY_PAIRED_ROW.search(text, lo, hi):
        return []
    lines = _lines(text, lo, hi)
    out: list[tuple[int, int, list[str]]] = []
    for i, line in enumerate(lines):
        last = lines[i + 1].text.rstrip()[-1:] if i + 1 < len(lines) else ""
        if not (last.isdigit() or last == "%"):
            continue  # (the cheap test first: the next line ends in a figure)
        headers = _paired_header(line)
        if headers is None:
            continue
        j = i + 1
        while j < len(lines) and _paired_row(lines[j], len(headers) - 1) is not None:
            j += 1
        if j - i - 1 >= _MIN_PAIRED_ROWS:
            out.append((line.start, lines[j - 1].end, headers))
    return out


# a line ending in figures after a word, joined by single spaces: most texts have few, and then few lines are read
_ANY_PAIRED_ROW = re.compile(r"[^\W\d_](?: \d[\d.,]*%?)+[ \t]*(?:\n|$)")


def paired_figure_cells(text: str, lo: int, hi: int,
                        tables: list[tuple[int, int, list[str]]] | None = None) -> list[FigureCell]:
    """The figures of paired tables, read as a markdown table's (each column's noun, its kind)."""
    cells: list[FigureCell] = []
    for a, b, headers in paired_tables(text, lo, hi) if tables is None else tables:
        for line in _lines(text, a, b)[1:]:
            row = _paired_row(line, len(headers) - 1)
            if row is not None:
                cells += _piped_row(row, headers)
    return cells


# a DOCX table copied one cell a line, its rows told apart by their numbers under a "TT" header: the header's cells,
# then each row's number and its cells, as many lines a row as the header has (a kế hoạch lựa chọn nhà thầu's nine
# columns: "TT / Tên gói thầu / Giá gói thầu (đồng) / Nguồn vốn / ... / Thời gian thực hiện gói thầu", then "1 / Gói
# thầu số 01: ... / 12.850.000.000 / Ngân sách tỉnh / ... / 120 ngày"; eighty-third round, h923). Its cells are read
# as a markdown row's (_piped_row), whatever the count of columns and the text between the figures.
_MIN_GRID_COLUMNS = 3  # the number's, the name's and one more: fewer is a numbered list of names
_MIN_GRID_ROWS = 2  # rows whose numbers stand a header's width apart, at least: one is a list's item
_MAX_GRID_HEADER_WORDS = 16  # a header cell names a column ("Thời gian bắt đầu tổ chức lựa chọn nhà thầu")


class GridTable(NamedTuple):
    start: int
    end: int
    headers: list[tuple[int, str]]  # the header's cells after the "TT" cell
    rows: list[list[tuple[int, str]]]  # each row's cells after its number (a total row's label first)


def _is_grid_header_cell(line: _Line) -> bool:
    words = line.text.split()
    return 0 < len(words) <= _MAX_GRID_HEADER_WORDS and _FIGURE_LINE.match(line.text) is None \
        and not _NOT_A_HEADER.search(line.text) and not _INDEX_CELL.match(line.text)


def _is_grid_name(line: _Line) -> bool:
    """A grid row's name cell: no name ending in a bare number ("Đắp bờ bao khu 3", a sentence's or a heading's end, as
    _is_named_row reads it), unless a part of a place named by its numbers ("Khu phố 1, 2")."""
    last = line.text.split()[-1:] or [""]
    return not last[0].isdigit() or _is_numbered_name(line)


def _row_number(line: _Line) -> int | None:
    return int(line.text.strip(" \t.")) if _INDEX_CELL.match(line.text) else None


def _grid_at(lines: list[_Line], head: int) -> GridTable | None:
    """The table whose "TT" header cell is line `head`, None when the lines below are no rows a header's width
    apart."""
    first = next((k for k in range(head + 1, len(lines)) if not _is_grid_header_cell(lines[k])), len(lines))
    width = first - head
    if width < _MIN_GRID_COLUMNS or first >= len(lines) or _row_number(lines[first]) != 1:
        return None
    rows: list[list[tuple[int, str]]] = []
    at = first
    while at + width <= len(lines) and _row_number(lines[at]) == len(rows) + 1 and _is_grid_name(lines[at + 1]):
        rows.append([(x.start, x.text) for x in lines[at + 1:at + width]])
        at += width
    if len(rows) < _MIN_GRID_ROWS:
        return None
    total, at = _grid_total(lines, at, width, rows)
    headers = [(x.start, x.text) for x in lines[head + 1:first]]
    return GridTable(lines[head].start, lines[at - 1].end, headers, [*rows, *([total] if total else [])])


def _grid_total(lines: list[_Line], at: int, width: int,
                rows: list[list[tuple[int, str]]]) -> tuple[list[tuple[int, str]] | None, int]:
    """The total row under a grid's rows ("Tổng cộng / 28.460.000.000": its label, then the figures of the columns the
    rows hold bare figures in, the merged cells left out), and the line after it; (None, at) without one."""
    k = at
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    if k >= len(lines) or TOTAL_ROW_RE.fullmatch(lines[k].text.strip(" *")) is None:
        return None, at
    figured = [col for col in range(1, width - 1)
               if all(col < len(row) and _FIGURE_LINE.match(row[col][1]) for row in rows)]
    figures = lines[k + 1:k + 1 + len(figured)]
    if not figured or len(figures) < len(figured) or not all(_FIGURE_LINE.match(x.text) for x in figures):
        return None, at
    total = [(lines[k].start, lines[k].text)] + [(lines[k].end, "")] * (width - 2)
    for col, line in zip(figured, figures, strict=True):
        total[col] = (line.start, line.text)
    return total, k + 1 + len(figured)


def grid_tables(text: str, lo: int, hi: int) -> list[GridTable]:
    """The tables of text[lo:hi] copied one cell a line with a "TT" column (_grid_at)."""
    lines = _lines(text, lo, hi)
    starts = _starts_of(lines)
    heads = [k for k in _lines_after_breaks(lines, starts, _index_header_line(), _is_index_header, text, lo, hi)
             if _is_index_header(lines[k].text)]
    return [grid for k in heads if (grid := _grid_at(lines, k)) is not None]


def grid_figure_cells(text: str, grids: list[GridTable]) -> list[FigureCell]:
    """The figures of the grids' rows in the columns that name their unit (_is_grid_figure_column), each read as a
    markdown row's cell (_piped_row). The other columns' cells are text the prose reader reads ("Lắp đặt 12 camera")."""
    cells: list[FigureCell] = []
    for grid in grids:
        headers = [c.strip(" *") for _, c in grid.headers]
        note = _note_above(text, grid.start)
        read = [col == 0 or _is_grid_figure_column(h, note[0] is not None) for col, h in enumerate(headers)]
        for row in grid.rows:
            cells += _piped_row([(off, c) if read[col] else (off, "") for col, (off, c) in enumerate(row[:len(read)])],
                                headers, None, note)
    return cells


def _is_grid_figure_column(header: str, noted: bool) -> bool:
    """A grid's column of figures: its header names their unit ('Giá gói thầu (đồng)', 'Tỷ lệ (%)'), or a planned time
    ('Thời gian thực hiện gói thầu' over '120 ngày'), or what was planned or done under a unit note above the table. A
    column of remarks or of years ('Ghi chú', 'Dự kiến thời gian vận hành') names none."""
    return _names_own_unit(header) or _is_planned_time_column(header) or (noted and _column_kind(header) is not None)

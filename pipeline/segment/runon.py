"""A document flattened onto one line (forum and web copies) is cut back into lines at its own markers.

"UBND TỈNH AN PHÚ***Số: 12/QĐ-UBND CỘNG HÒA ... QUYẾT ĐỊNHVề việc ... Căn cứ ...; Nơi nhận: - Như
điều 3; - Lưu VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (đã ký) Nguyễn Văn Bình" becomes the lines a
printed document has. The text is not changed: the lines are cells (offsets into the text), so
every span stays exact. The markers are data (models/tables/run_on_markers.tsv); the type words,
the place-date and a change to capitals (a subject followed by the enacting line) are cut here.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from vanban.grammar import regexes as rx
from vanban.segment.cells import _CELL_SPLIT, Cell, _place_start
from vanban.tables import rows, tables

_RUN_ON_MIN = 300  # shorter lines are paragraphs, never whole documents
_MIN_SIGNALS = 3  # kinds of header or closing markers on the line (number, motto, Nơi nhận, TM., ...)
# A closing flattened on its own ("Nơi nhận: - A; - B; - Lưu VP. TM. BAN THƯỜNG VỤ CHỦ TỊCH Tên"): the
# line opens with Nơi nhận, which is evidence enough, so one signal and a short length suffice.
_CLOSING_RUN_ON_MIN = 40
_CLOSING_START = re.compile(r"\s*N[ơo]i\s+nh[ậa]n\s*:")
# a sentence-case phrase followed by three capitalised words: the subject, then the enacting line
# (also after a dash or bar: a forum post's title "Giấy mời tập huấn ... - HỘI NÔNG DÂN TỈNH ...")
_TO_CAPITALS = re.compile(
    rf"(?<=[{rx.VN_LOWER}\d,)])(?:\s+[-–|])?\s+(?=(?:[{rx.VN_UPPER}]{{2,}}\s+){{2,}}[{rx.VN_UPPER}]{{2,}})")


# a personal name closing the line right after capitals (the position): "... BÍ THƯ Trần Văn Tám"
_TRAILING_NAME = re.compile(
    rf"(?<=[{rx.VN_UPPER}])\s+(?P<name>(?:[{rx.VN_UPPER}][{rx.VN_LOWER}]*\s+){{1,4}}[{rx.VN_UPPER}][{rx.VN_LOWER}]+)\s*$")
# a forum or web footer after the copy, behind a rule: "... Trần Thị Loan ---- Bài viết đã được sửa lần cuối"
_FOOTER_RULE = re.compile(r"\s(?:-{4,}|_{2,}|={4,}|\*{3,})\s")  # "____" is "__" once normalized
_FOOTER_MAX = 80  # a longer tail after the last rule is text of the document, not a page footer


@lru_cache(maxsize=1)
def _markers() -> tuple[list[tuple[str, str, bool, re.Pattern[str]]], re.Pattern[str]]:
    marks = [(r[0], r[1], r[2] == "yes", re.compile(r[3].replace("{UPPER}", rx.VN_UPPER)))
             for r in rows("run_on_markers.tsv", 4)]
    words = sorted((w for w, _ in tables().type_words), key=len, reverse=True)
    # "QUYẾT ĐỊNHVề việc": the title word may be glued to the trích yếu's first word. Each word's
    # first capital comes before the not-after-a-letter check, so the regex skips from capital to
    # capital (a leading lookbehind was tried at every position of every long line).
    type_rx = re.compile(r"(?:" + "|".join(re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) for w in words) +
                         rf")(?=\s|$|[:.,;]|[{rx.VN_UPPER}][{rx.VN_LOWER}])")
    return marks, type_rx


def split_run_on(lines: list[Cell]) -> list[Cell]:
    """The lines, with every run-on line cut at its markers (renumbered)."""
    needs = [_signals_needed(t) if len(t) >= _CLOSING_RUN_ON_MIN and ("nhận" in t or "nhan" in t)
             else _MIN_SIGNALS if len(t) >= _RUN_ON_MIN else 0 for t in [ln.text for ln in lines]]
    # (without "nhận" or "nhan" a line holds no closing (_closing_at_end, _CLOSING_START), and its need is
    # known without the call; a line shorter than _CLOSING_RUN_ON_MIN can be no run-on line)
    cut: dict[int, list[Cell]] = {}
    for i in itertools.compress(range(len(lines)), needs):
        pieces = _cut(lines[i], needs[i])
        if len(pieces) != 1 or pieces[0] is not lines[i]:
            cut[i] = pieces
    if not cut:
        return lines  # no line was cut (most long lines are paragraphs): the numbering stands
    out: list[Cell] = []
    done = 0
    for i, pieces in cut.items():  # (in line order)
        out += lines[done:i]
        out += pieces
        done = i + 1
    out += lines[done:]
    return [Cell(c.start, c.end, c.text, i) for i, c in enumerate(out)]


def _signals_needed(text: str) -> int:
    """How many kinds of markers make this line a run-on one; 0 when it cannot be one."""
    # (_closing_at_end first: a cheap word test rules out most lines before the column-cut regex)
    if len(text) >= _CLOSING_RUN_ON_MIN and _closing_at_end(text) and not _CELL_SPLIT.search(text):
        return _CLOSING_TAIL_SIGNALS  # a last paragraph with the closing run into it
    if len(text) >= _RUN_ON_MIN:
        return _MIN_SIGNALS
    if len(text) >= _CLOSING_RUN_ON_MIN and _CLOSING_START.match(text) and not _CELL_SPLIT.search(text):
        return 1  # (a line cut by tabs or wide gaps is two columns side by side, not a flattened one)
    return 0


# a list item's sentence end followed by a new sentence: "- Chủ tịch UBND các xã, phường. Theo dự báo, ..."
_ITEM_THEN_SENTENCE = re.compile(rf"(?<=[{rx.VN_LOWER}]{{2}}\.)\s+(?=[{rx.VN_UPPER}][{rx.VN_LOWER}]+\s)")
_ITEM_START = re.compile(r"[-–+•]\s")


_CLOSING_TAIL_SIGNALS = 2  # Nơi nhận and an authority line, in that order
_CLOSING_IN_LINE = re.compile(r"(?<=[.;:!?])\s+N[ơo]i\s+nh[ậa]n\s*:\s*[-–+•]")


def _closing_at_end(text: str) -> bool:
    """ "... trước ngày 10/3/2026. Nơi nhận: - BTV Tỉnh đoàn; - Lưu VP. TM. BAN THƯỜNG VỤ ... Tên": the
    document's last paragraph with its closing flattened onto the same line."""
    if "nhận" not in text and "nhan" not in text:
        return False  # most lines: no closing at all (a cheap test before the regex)
    m = _CLOSING_IN_LINE.search(text)
    if m is None:
        return False
    marks, _ = _markers()
    return any(kind == "authority" and p.search(text, m.end()) for kind, _, _, p in marks)


def _cut(line: Cell, min_signals: int) -> list[Cell]:
    cuts, signals = _cut_points(line.text, min_signals)
    if len(signals) < min_signals:
        return [line]
    cuts |= _items_ending_lists(line.text, cuts)
    out: list[Cell] = []
    bounds = sorted(cuts | {0, len(line.text)})
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = line.text[a:b]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            out.append(Cell(line.start + a + lead, line.start + a + lead + len(body), body, line.line))
    return out


def _items_ending_lists(text: str, cuts: set[int]) -> set[int]:
    """Where the sentence after a list's last item begins (the addressees of a công điện, a Kính
    gửi list): the item ends at its full stop, the body goes on after it."""
    out = set()
    bounds = sorted(cuts | {0, len(text)})
    for a, b in zip(bounds, bounds[1:], strict=False):
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        if not _ITEM_START.match(text, a + lead):
            continue
        m = _ITEM_THEN_SENTENCE.search(text, a + lead, b)
        if m:
            out.add(m.end())
    return out


def _signals(text: str) -> set[str]:
    """The kinds of header/closing markers on the line: one search a kind (the first match is enough)."""
    marks, type_rx = _markers()
    found = set()
    for kind, _, counts, pattern in marks:
        if counts and kind not in found and pattern.search(text):
            found.add(kind)
    if type_rx.search(text):
        found.add("type")
    return found


def _cut_points(text: str, min_signals: int) -> tuple[set[int], set[str]]:
    """Offsets to cut at, and the kinds of header/closing markers found.

    Most long lines are paragraphs: their marker kinds are counted first, and only a line that can
    reach min_signals (with a place-date, the one kind not counted yet) is read for its cuts."""
    kinds = _signals(text)
    if len(kinds) + 1 < min_signals:
        return set(), kinds  # a paragraph, never cut
    marks, type_rx = _markers()
    cuts: set[int] = set()
    signals: set[str] = set()
    for kind, where, counts, pattern in marks:
        for m in pattern.finditer(text):
            if where in ("before", "both"):
                cuts.add(m.start())
            if where in ("after", "both"):
                cuts.add(m.end())
            if counts:
                signals.add(kind)
    for m in type_rx.finditer(text):  # "QUYẾT ĐỊNH" as printed in capitals: a title of its own
        cuts.add(m.start())
        if not text[m.end():].lstrip().startswith(":"):  # "QUYẾT ĐỊNH:" opens the articles
            cuts.add(m.end())
        signals.add("type")
    _date_cuts(text, cuts, signals)
    for capitals in _TO_CAPITALS.finditer(text):
        cuts.add(capitals.end())
    cuts |= _trailing_name(text)  # "T/M ĐẢNG ỦY BÍ THƯ Trần Văn Tám": the signer's name ends the copy
    return cuts, signals


def _trailing_name(text: str) -> set[int]:
    """Where the signer's name closing the copy starts, and where a short footer behind a rule after
    it starts ("... Trần Thị Loan ---- Bài viết đã được sửa lần cuối")."""
    name = _TRAILING_NAME.search(text)
    if name:
        return {name.start("name")}
    rules = list(_FOOTER_RULE.finditer(text))
    if not rules or len(text) - rules[-1].end() > _FOOTER_MAX:
        return set()
    name = _TRAILING_NAME.search(text, 0, rules[-1].start())
    return {name.start("name"), rules[-1].start()} if name else set()


def _date_cuts(text: str, cuts: set[int], signals: set[str]) -> None:
    """The first place-date ("An Phú, ngày 05 tháng 3 năm 2025") is a line of its own."""
    if not rx.has_date_line_words(text):
        return
    for m in rx.DATE_LINE.finditer(text):
        place_end = m.start("place") + len(m.group("place"))
        if "," not in text[place_end:m.start("d")]:
            continue  # "... ngày 19 tháng 6 năm 2015" inside a sentence
        cuts.add(_place_start(text, place_end))
        cuts.add(m.end("y"))
        signals.add("date")
        return

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
from operator import attrgetter

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


_TEXT = attrgetter("text")
# a dash joining the halves of a body's name in capitals right before a type word ("PHÒNG TÀI CHÍNH - KẾ HOẠCH", a
# one-line copy's letterhead; rounds 35-46's leftovers, h481)
_NAME_DASH_BEFORE = re.compile(rf"[{rx.VN_UPPER}][ \t]*[-–][ \t]*$")
_NAME_DASH_REACH = 4  # the capital, the dash and a space on each side


def split_run_on(lines: list[Cell]) -> list[Cell]:
    """The lines, with every run-on line cut at its markers (renumbered)."""
    texts = list(map(_TEXT, lines))
    lengths = list(map(len, texts))
    cut: dict[int, list[Cell]] = {}
    # a line shorter than _CLOSING_RUN_ON_MIN can be no run-on line: only the others (about a third, picked by
    # their lengths in C) are read
    for i in itertools.compress(range(len(lines)), map(_CLOSING_RUN_ON_MIN.__le__, lengths)):
        t = texts[i]
        # (without "nhận" or "nhan" a line holds no closing (_closing_at_end, _CLOSING_START), and its need is
        # known without the call)
        need = _signals_needed(t) if "nhận" in t or "nhan" in t else _MIN_SIGNALS if lengths[i] >= _RUN_ON_MIN else 0
        if not need:
            continue
        pieces = _cut(lines[i], need)
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
# "Nơi nhận: -" after a sentence's end and blanks: the label is searched for (a literal the engine skips to; a
# pattern opening with the lookbehind for the mark was tried at every position of every line holding "nhận"), the
# mark and blanks before it read back (`_after_sentence`)
_CLOSING_IN_LINE = re.compile(r"N[ơo]i\s+nh[ậa]n\s*:\s*[-–+•]")
_SENTENCE_END_MARKS = ".;:!?"


def _closing_at_end(text: str) -> bool:
    """ "... trước ngày 10/3/2026. Nơi nhận: - BTV Tỉnh đoàn; - Lưu VP. TM. BAN THƯỜNG VỤ ... Tên": the
    document's last paragraph with its closing flattened onto the same line."""
    if "nhận" not in text and "nhan" not in text:
        return False  # most lines: no closing at all (a cheap test before the regex)
    m = next((m for m in _CLOSING_IN_LINE.finditer(text) if _after_sentence(text, m.start())), None)
    if m is None:
        return False
    marks, _ = _markers()
    return any(kind == "authority" and p.search(text, m.end()) for kind, _, _, p in marks)


def _after_sentence(text: str, at: int) -> bool:
    """Blanks (one at least) run back from `at` to a sentence's end mark: what r"(?<=[.;:!?])\\s+" before `at` reads
    (a regex's \\s is str.isspace)."""
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return 0 < k < at and text[k - 1] in _SENTENCE_END_MARKS


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


@lru_cache(maxsize=1)
def _counted_kinds() -> tuple[frozenset[str], tuple[tuple[str, re.Pattern[str], bool], ...]]:
    """The kinds counted toward a run-on line, and their patterns in the table's order, the type words' last: (kind,
    pattern, whether it is the kind's last pattern)."""
    marks, type_rx = _markers()
    counted = [(kind, pattern) for kind, _, counts, pattern in marks if counts] + [("type", type_rx)]
    last = {kind: i for i, (kind, _) in enumerate(counted)}
    return frozenset(last), tuple((kind, pattern, last[kind] == i) for i, (kind, pattern) in enumerate(counted))


def _has_signals(text: str, needed: int) -> bool:
    """At least `needed` kinds of counted markers are on the line (one search a kind, the first match is enough),
    the searches stopping as soon as that is known: a kind found is not searched again, and once the kinds still
    open (neither found nor all their patterns searched) cannot make up what is missing, the rest go unsearched (a
    paragraph without markers leaves the type words, the longest search, unread)."""
    kinds, counted = _counted_kinds()
    found: set[str] = set()
    still_open = set(kinds)
    for kind, pattern, last in counted:
        if len(found) >= needed:
            return True
        if len(found) + len(still_open) < needed:
            return False
        if kind in found:
            continue
        if pattern.search(text):
            found.add(kind)
            still_open.discard(kind)
        elif last:
            still_open.discard(kind)
    return len(found) >= needed


def _cut_points(text: str, min_signals: int) -> tuple[set[int], set[str]]:
    """Offsets to cut at, and the kinds of header/closing markers found.

    Most long lines are paragraphs: their marker kinds are counted first, and only a line that can
    reach min_signals (with a place-date, the one kind not counted yet) is read for its cuts."""
    if not _has_signals(text, min_signals - 1):  # (the place-date is the one kind not counted here)
        return set(), set()  # a paragraph, never cut
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
        if _NAME_DASH_BEFORE.search(text, max(0, m.start() - _NAME_DASH_REACH), m.start()):
            continue  # "PHÒNG TÀI CHÍNH - KẾ HOẠCH": the second half of a body's name, no title
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

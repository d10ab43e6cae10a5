"""Repair layout words that OCR damaged, before segmentation reads the text.

The segmenter and the header extractor find the title line, the mottos and the
labels by exact (tone-folded) comparison with the tables; OCR breaks that with one
wrong mark: `QUYÉT ĐỊNH`, `THÔNG BẢO`, `CHÍ THỊ`, `CỌNG HÒA XÃ HỌI`, `QUYẾTĐỊNH`,
`Ð` (eth) for `Đ`, `1L.` for `TL.`, `KT.CHỦ TỊCH`. Here each OCR'd line (and each
tab-separated cell of it) is compared with the tables on a folded key (diacritics,
case and spaces ignored), then, failing that, with a rapidfuzz ratio; a match that
differs from the printed text replaces it. Every repair is returned so that it
becomes a warning and lowers the confidence of the field read from it.

Only OCR'd pages go through here: a text layer spells its layout words right.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from vanban.tables import LINE_ONLY, rows, tables
from vanban.textutil import fold

from .layout import WordSpan

FUZZY_MIN = 88  # rapidfuzz ratio on folded keys for a damaged (not only mis-accented) layout word
FUZZY_MARGIN = 6  # the best target must beat the second best by this much
MIN_KEY = 5  # shorter keys (CT, KL) are too easy to hit by chance
# A fuzzy (not folded-equal) motto match needs a long motto: the short Party/Đoàn mottos look like
# issuer names ("ĐỘI TNTP HỒ CHÍ MINH" / "THÀNH ĐOÀN TP. HỒ CHÍ MINH")
MIN_FUZZY_MOTTO_KEY = 20
MAX_EXTRA = 3  # a cell may carry this many stray characters beyond the layout words (": -")
_STRAY = " \t.:;,-–_|'`\"~*•^"


@dataclass(frozen=True)
class Repair:
    start: int  # span of the replacement in the repaired text
    end: int
    before: str
    after: str
    kind: str  # char | type_word | motto | label | position | place
    score: float  # 100 for a folded-key match, the rapidfuzz ratio otherwise


def fold_key(text: str) -> str:
    """Letters only, diacritics dropped, Đ/Ð as D, upper case: 'QUYÉT ĐỊNH' -> 'QUYETDINH'."""
    d = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d").replace("Ð", "D").replace("ð", "d"))
    return "".join(c for c in d if c.isalnum()).upper()


@dataclass(frozen=True)
class _Target:
    text: str
    kind: str
    key: str


@lru_cache(maxsize=1)
def _targets() -> tuple[_Target, ...]:
    t = tables()
    out = [_Target(w, "type_word", fold_key(w)) for w, _ in t.type_words]
    # (a whole-line-only motto also opens bodies' names: fuzzily it would swallow "BCH HỘI SINH VIÊN VIỆT NAM")
    out += [_Target(r[0], "motto", fold_key(r[0])) for r in rows("mottos.tsv", 3) if r[2] != LINE_ONLY]
    return tuple(x for x in out if len(x.key) >= MIN_KEY)


@lru_cache(maxsize=1)
def _labels() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], fold_key(r[0])) for r in rows("layout_labels.tsv"))


@lru_cache(maxsize=1)
def _char_fixes() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    return tuple((re.compile(r[0], re.M), r[1], r[2]) for r in rows("ocr_fixes.tsv", 3))


def _cased_like(target: str, printed: str) -> str:
    """The table form in the printed case: 'Độc lập - Tự do - Hạnh phúc' stays mixed case."""
    letters = [c for c in printed if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return target
    return re.sub(r"(^|-\s*)(\w)", lambda m: m.group(1) + m.group(2).upper(), target.lower())


def _best(key: str) -> tuple[_Target, float] | None:
    """The layout word whose key equals `key`, or is the clear best fuzzy match above FUZZY_MIN."""
    targets = _targets()
    exact = [t for t in targets if t.key == key]
    if exact:
        return (exact[0], 100.0) if len({t.text for t in exact}) == 1 else None
    targets = tuple(t for t in targets if t.kind != "motto" or len(t.key) >= MIN_FUZZY_MOTTO_KEY)
    found = process.extract(key, [t.key for t in targets], scorer=fuzz.ratio, limit=2)
    if not found or found[0][1] < FUZZY_MIN:
        return None
    if len(found) > 1 and found[0][1] - found[1][1] < FUZZY_MARGIN:
        return None
    return targets[found[0][2]], float(found[0][1])


def _repair_cell(cell: str) -> tuple[str, str, float] | None:
    """(replacement, kind, score) for a whole cell that is a damaged type word or motto."""
    core = cell.strip(_STRAY)
    if len(fold_key(core)) < MIN_KEY or sum(c.isalpha() for c in core) < MIN_KEY:
        return None
    match = _best(fold_key(core))
    if match is None:
        return None
    target, score = match
    if target.kind == "type_word" and not core.isupper():
        return None  # a title line is printed in capitals; "Quyết định số ..." in a sentence is not one
    fixed = _cased_like(target.text, core)
    lead = cell[: len(cell) - len(cell.lstrip(_STRAY))]
    tail = cell[len(lead) + len(core):]
    if target.kind == "type_word":  # a title line ends at its word; only the enacting "QUYẾT ĐỊNH:" keeps a colon
        tail = ":" if ":" in tail else ""
        lead = lead if lead.isspace() else ""
    if fold(core) == fold(fixed) and lead + core + tail == cell:  # right already (old or new tone placement)
        return None
    return lead + fixed + tail, target.kind, score


_POSITION_LINE = re.compile(r"^(?P<pre>\s*(?:(?:TM|KT|TL|TUQ|Q)\.\s*)?)(?P<deputy>PH[OÓÒỎÕỌ]\s+)?(?P<core>[^\d]{4,30}?)"
                            r"(?P<post>[\s.:,]*|\s+[^\W\d_])$")  # a lone stray letter after the title ("CHỦ TỊCH l")


@lru_cache(maxsize=1)
def _positions() -> dict[str, str]:
    """Folded key -> position as printed (positions.tsv), for the signer's title lines."""
    return {fold_key(r[0]): r[0] for r in rows("positions.tsv") if len(fold_key(r[0])) >= MIN_KEY}


def _repair_position(cell: str) -> tuple[str, str, float] | None:
    """'CHU TỊCH', 'KT. GIÁM ĐÓC', 'PHÓ GIÁM ĐÓC': a signer's title line with one damaged mark.
    Only whole upper-case cells whose key equals a position's key: an exact match, no fuzz."""
    m = _POSITION_LINE.match(cell)
    if m is None or not m.group("core").isupper():
        return None
    core = m.group("core").strip()
    target, score = _positions().get(fold_key(core)), 100.0
    if target is None and m.group("pre").strip():
        target, score = _one_letter_off(fold_key(core))
    if target is None:
        return None
    deputy = "PHÓ " if m.group("deputy") else ""
    post = m.group("post") if not m.group("post").strip(" .:,") else ""
    fixed = m.group("pre") + deputy + target + post
    if fold(fixed) == fold(cell):
        return None
    return fixed, "position", score


MIN_ONE_OFF_KEY = 6  # a position key this long at least may be matched with one letter wrong


def _one_letter_off(key: str) -> tuple[str | None, float]:
    """The one position whose key is one letter away from `key` ('GLAMDOC': GIÁM ĐỐC, the I read as L),
    with its similarity; (None, 0) when none or several are. Only after an authority prefix ('KT. GLAM
    ĐOC'), where the line is surely a signer's title."""
    from rapidfuzz.distance import Levenshtein

    if len(key) < MIN_ONE_OFF_KEY:
        return None, 0.0
    near = [p for k, p in _positions().items() if len(k) >= MIN_ONE_OFF_KEY and Levenshtein.distance(k, key) == 1]
    return (near[0], fuzz.ratio(key, fold_key(near[0]))) if len(near) == 1 else (None, 0.0)


MAX_STRAY = 2  # a token this short that is not upper case, inside an upper-case title line, is a pen or seal mark


def _repair_stray_in_title(cell: str) -> tuple[str, str, float] | None:
    """'THỨ è TRƯỞNG': a signer's title line with a mark read as a stray token inside it."""
    words = cell.split()
    kept = [w for w in words if not (len(w) <= MAX_STRAY and not w.isupper())]
    if len(kept) == len(words) or len(kept) < 2:
        return None
    joined = " ".join(kept)
    fixed = _repair_position(joined)
    if fixed is not None:
        return fixed
    m = _POSITION_LINE.match(joined)
    if m is None or not m.group("core").isupper() or _positions().get(fold_key(m.group("core").strip())) is None:
        return None
    return cell[: len(cell) - len(cell.lstrip())] + joined, "position", 100.0


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Folded key -> province or city name as printed (provinces.tsv), keys that only one name has."""
    keys: dict[str, set[str]] = {}
    for r in rows("provinces.tsv"):
        keys.setdefault(fold_key(r[0]), set()).add(r[0])
    return {k: next(iter(v)) for k, v in keys.items() if len(v) == 1}


@lru_cache(maxsize=1)
def _localities() -> dict[str, str]:
    return {fold_key(r[0]): r[0] for r in rows("localities.tsv") if len(fold_key(r[0])) >= 2}


_DATE_PLACE = re.compile(r"^(?P<lead>\s*)(?P<place>[^,\n\t\d]{3,40}?)(?P<rest>\s*,\s*ngày\b.*)$", re.I)


def _repair_names(words: list[str]) -> tuple[list[str], bool]:
    """The words with a damaged province name at their end put right ('Lâm Đông' -> 'Lâm Đồng')."""
    for k in (3, 2, 1, 4):
        if len(words) < k:
            continue
        tail = " ".join(words[-k:])
        name = _provinces().get(fold_key(tail))
        if name is None:
            continue
        if tail.isupper():
            name = name.upper()
        if fold(tail) == fold(name):
            return words, False
        return [*words[:-k], name], True
    return words, False


def _repair_place(cell: str) -> tuple[str, str, float] | None:
    """A province in the date line's place or in a letterhead line ('THÀNH PHÓ CÀN THƠ') with one wrong
    mark: the place and the issuer are compared with the tables downstream. Folded-equal names only."""
    m = _DATE_PLACE.match(cell)
    if m is not None:
        words, changed = _repair_names(m.group("place").split())
        return (m.group("lead") + " ".join(words) + m.group("rest"), "place", 100.0) if changed else None
    words = cell.split()
    if not words or not cell.isupper():
        return None
    for k in (2, 1):
        locality = _localities().get(fold_key(" ".join(words[:k])))
        if locality is not None and len(words) > k:
            head = words[:k] if fold(" ".join(words[:k])) == fold(locality) else locality.split()
            rest, changed = _repair_names(words[k:])
            if changed or head != words[:k]:
                lead = cell[: len(cell) - len(cell.lstrip())]
                return lead + " ".join([*head, *rest]), "place", 100.0
            return None
    return None


def _repair_label(cell: str) -> tuple[str, str, float] | None:
    """A damaged 'Kính gửi' / 'Nơi nhận' at the start of a cell."""
    for label, key in _labels():
        words = cell.split()
        n = len(label.split())
        if len(words) < n:
            continue
        head = " ".join(words[:n])
        head_core = head.rstrip(":;.,")
        if fold_key(head_core) == key and head_core != label:
            start = cell.index(words[0])
            end = cell.index(words[n - 1], start) + len(words[n - 1])
            return cell[:start] + label + head[len(head_core):] + cell[end:], "label", 100.0
    return None


def _chars(line: str, offset: int, out: list[Repair]) -> str:
    """Character damage (ocr_fixes.tsv); one repair spanning what changed in the line."""
    fixed = line
    for pattern, replacement, _why in _char_fixes():
        fixed = pattern.sub(replacement, fixed)
    if fixed != line:
        a = next(i for i in range(min(len(line), len(fixed)) + 1)
                 if i == min(len(line), len(fixed)) or line[i] != fixed[i])
        b = 0
        while b < min(len(line), len(fixed)) - a and line[-1 - b] == fixed[-1 - b]:
            b += 1
        # widen to whole words, so the span says which word was repaired ("QĐÐ-UBND", "KT.CHỦ")
        while a > 0 and not fixed[a - 1].isspace():
            a -= 1
        while b > 0 and not fixed[len(fixed) - b].isspace():
            b -= 1
        out.append(Repair(offset + a, offset + len(fixed) - b, line[a:len(line) - b], fixed[a:len(fixed) - b], "char", 100.0))
    return fixed


def _repair_motto_inside(cell: str) -> tuple[str, str, float] | None:
    """A damaged motto sharing a line with the issuer ('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHÍ NGHĨA ...'):
    the words at the start or the end of the cell that match a motto best."""
    words = cell.split(" ")
    best: tuple[float, int, int, _Target] | None = None
    cell_key = fold_key(cell)
    for target in (t for t in _targets() if t.kind == "motto"):
        if target.key in cell_key:
            return None  # printed right; the issuer beside it is not a motto
        n = len(target.text.split())
        for k in (n, n + 1):  # OCR splits words ("CỘ NG"), it rarely merges them
            if not 0 < k < len(words):
                continue
            for i, j in ((0, k), (len(words) - k, len(words))):
                key = fold_key(" ".join(words[i:j]))
                score = 100.0 if key == target.key else (
                    fuzz.ratio(key, target.key) if len(target.key) >= MIN_FUZZY_MOTTO_KEY else 0.0)
                if score >= FUZZY_MIN and (best is None or score > best[0]):
                    best = (score, i, j, target)
    if best is None:
        return None
    score, i, j, target = best
    if fold(" ".join(words[i:j])).upper() == fold(target.text).upper():
        return None
    return " ".join([*words[:i], target.text, *words[j:]]), "motto", score


MAX_PREFIX_SCRAP = 8  # characters left of a signer's title where a seal ate most of "KT." ("T.", "©", "Z*“ Km,")
MAX_TITLE_SCRAP = 10  # characters left of a deputy's title where a seal or signature ate "PHÓ" ("r1.", '~—=n" x9')


@lru_cache(maxsize=1)
def _deputies() -> dict[str, str]:
    """Deputy title -> the head's title signed for: 'PHÓ X' -> 'X' for every position, and the table's pairs."""
    out = {f"PHÓ {p}": p for p in _positions().values()}
    out.update({r[0]: r[1] for r in rows("deputy_titles.tsv", 2)})
    return out


def _last_cell(line: str) -> tuple[int, str]:
    cell = line.split("\t")[-1]
    return len(line) - len(cell), cell


def _scrap_of_kt(scrap: str) -> bool:
    """What a seal left of 'KT.': nothing, or a few characters holding its K or ending in its T ('T.',
    'Z1“ K,', 'Z*“ Km,': the T read as m)."""
    key = fold_key(scrap)
    return len(scrap) <= MAX_PREFIX_SCRAP and (key == "" or "K" in key or key.endswith("T"))


def _head_line(above: str, deputy: str) -> str | None:
    """'KT. <head>' for a title line above a deputy's whose prefix is damaged or lost, else None."""
    head = _deputies().get(deputy)
    text = above.strip()
    if head is None or not text.endswith(head) or text.startswith(("KT.", "TM.", "TL.", "Q.")):
        return None
    return f"KT. {head}" if _scrap_of_kt(text[: len(text) - len(head)].strip()) else None


def _deputy_of(head: str) -> str:
    """The title of who signs KT. <head>: the table's pair ('THỨ TRƯỞNG' for 'BỘ TRƯỞNG'), else 'PHÓ <head>'."""
    return next((d for d, h in _deputies().items() if h == head and not d.startswith("PHÓ ")), f"PHÓ {head}")


def _damaged_tail(text: str, head: str) -> str | None:
    """The end of `text` that is `head` as printed, or as OCR left it when a signature ate a letter or two
    of its first word ('ÁNH VĂN PHÒNG' for 'CHÁNH VĂN PHÒNG': the same words after the first, which ends
    the first head word); None otherwise."""
    if text.endswith(head):
        return head
    words, head_words = text.split(), head.split()
    if len(head_words) < 2 or len(words) < len(head_words):
        return None
    tail = words[-len(head_words):]
    if tail[1:] != head_words[1:] or len(tail[0]) < 2 or not head_words[0].endswith(tail[0]) or tail[0] == head_words[0]:
        return None
    return text[text.rindex(tail[0], 0, len(text) - len(" ".join(tail[1:]))):]


def _deputy_line(above: str, below: str) -> str | None:
    """The deputy's title for a line under 'KT. X' that is X after a scrap ('r1. CHỦ TỊCH') or X alone
    (a seal ate the whole 'PHÓ'): the head never signs under KT. of himself."""
    m = re.match(r"^KT\.\s+(.+)$", above.strip())
    if m is None or m.group(1) not in _positions().values():
        return None
    text, head = below.strip(), m.group(1)
    tail = _damaged_tail(text, head)
    if tail is None:
        return None
    scrap = text[: len(text) - len(tail)]
    if len(scrap.strip()) > MAX_TITLE_SCRAP or fold_key(scrap) == "PHO" or (scrap and not scrap.endswith(" ")):
        return None
    return _deputy_of(head)


def _replace_cell(lines: list[str], k: int, fixed: str, repairs: list[Repair]) -> None:
    """Line k's last cell becomes `fixed`: a repair with its span; repairs after it move, repairs of it go."""
    cell_start, cell = _last_cell(lines[k])
    line_start = sum(len(x) + 1 for x in lines[:k])
    cell_at, line_end = line_start + cell_start, line_start + len(lines[k])
    delta = cell_start + len(fixed) - len(lines[k])
    moved = [r if r.end <= cell_at else Repair(r.start + delta, r.end + delta, r.before, r.after, r.kind, r.score)
             for r in repairs if not cell_at <= r.start < line_end]  # a repair of this cell is superseded
    repairs[:] = moved
    repairs.append(Repair(cell_at, cell_at + len(fixed), cell, fixed, "position", 100.0))
    lines[k] = lines[k][:cell_start] + fixed


def _deputy_prefix(lines: list[str], repairs: list[Repair]) -> list[str]:
    """The title lines of a deputy's signature block, where a seal damaged them: 'T. CHỦ TỊCH', '© CHỦ
    TỊCH' or a bare 'CHỦ TỊCH' above 'PHÓ CHỦ TỊCH' (and 'Z1“ K, BỘ TRƯỞNG' above 'THỨ TRƯỞNG') is 'KT.
    <head>'; 'r1. CHỦ TỊCH' under 'KT. CHỦ TỊCH' is 'PHÓ CHỦ TỊCH'. A deputy signs for the head, so
    these two lines come as a pair. Only the last cell of a line (the signature column)."""
    for i in range(1, len(lines)):
        above, below = _last_cell(lines[i - 1])[1], _last_cell(lines[i])[1].strip()
        head = _head_line(above, below)
        if head is not None and head != above.strip():
            _replace_cell(lines, i - 1, head, repairs)
            continue
        deputy = _deputy_line(above, below)
        if deputy is not None:
            _replace_cell(lines, i, deputy, repairs)
    return lines


def repair(text: str) -> tuple[str, list[Repair]]:
    """The text with damaged layout words replaced by their table forms, and what was replaced."""
    out_lines: list[str] = []
    repairs: list[Repair] = []
    offset = 0
    for line in text.split("\n"):
        line = _chars(line, offset, repairs)
        cells = line.split("\t")
        fixed_cells: list[str] = []
        pos = offset
        for cell in cells:
            found = (_repair_cell(cell) or _repair_label(cell) or _repair_position(cell) or _repair_place(cell)
                     or _repair_motto_inside(cell) or _repair_stray_in_title(cell))
            if found:
                new, kind, score = found
                repairs.append(Repair(pos, pos + len(new), cell, new, kind, score))
                cell = new
            fixed_cells.append(cell)
            pos += len(cell) + 1
        line = "\t".join(fixed_cells)
        out_lines.append(line)
        offset += len(line) + 1
    out_lines = _deputy_prefix(out_lines, repairs)
    return "\n".join(out_lines), repairs


# The số blank and the day and month slots of the header: what stands there on a scan is often written by
# hand, and tesseract reads handwriting as confident-looking digits ('229' for 239, '09' for 02)
_SLOTS = (re.compile(r"\bSố:[^\s\d/]*[ \t]*(?P<slot>[^\s/]{1,6})(?=[ \t]*/)"),  # "Số:;... 7 /QĐ-UBND"
          re.compile(r"\bngày[ \t]+(?P<slot>[^\s]{1,4})(?=[ \t]+tháng\b)"),
          re.compile(r"\btháng[ \t]+(?P<slot>[^\s]{1,4})(?=[ \t]+năm\b)"))
SLOT_MIN_CONF = 75.0  # a word alone in a slot read with less OCR confidence than this is suspect
# ... and left unread when it is taller than the page's printed digits by this much, or not all digits:
# a handwritten number stands taller than the print; typed or stamped digits (a signature widget's
# '631', a numbering machine's '383') are print-sized even when tesseract is unsure of their font
HANDWRITING_SIZE = 1.1
UNREAD = "\ufffd"  # the replacement character: something stands here that could not be read


def unsure_slots(text: str, spans: list[WordSpan]) -> tuple[str, list[Repair], list[WordSpan]]:
    """The first số blank and date slots of a page whose word tesseract was unsure of, replaced by UNREAD
    (unreadable: RECORD.md 1.1 keeps the printed codes and the month, leaves seq and day null).

    Only a word that is the slot alone is judged: a word glued to its label ('Số:383') has one
    confidence for both, which says nothing about the digits."""
    found: list[tuple[int, int, float]] = []
    for pattern in _SLOTS:
        m = pattern.search(text)
        if m is None:
            continue
        a, b = m.span("slot")
        word = next(((s, e, c, z) for s, e, c, z in spans if s == a and e == b), None)
        if word is not None and word[2] < SLOT_MIN_CONF and (word[3] > HANDWRITING_SIZE or not m.group("slot").isdigit()):
            found.append(word[:3])
    if not found:
        return text, [], spans
    out: list[Repair] = []
    for a, b, conf in sorted(found, reverse=True):  # from the end, so earlier offsets stay put
        delta = len(UNREAD) - (b - a)
        out.append(Repair(a, a + len(UNREAD), text[a:b], UNREAD, "unsure", conf))
        text = text[:a] + UNREAD + text[b:]
        spans = [(s, e, c, z) if e <= a else (a, a + len(UNREAD), c, z) if s == a else (s + delta, e + delta, c, z)
                 for s, e, c, z in spans]
        out = [r if r.start <= a else Repair(r.start + delta, r.end + delta, r.before, r.after, r.kind, r.score)
               for r in out]
    return text, out, spans


def repair_with_spans(text: str, spans: list[WordSpan]) -> tuple[str, list[Repair], list[WordSpan]]:
    """unsure_slots() then repair(), carrying the OCR word spans along: a word keeps its line and its
    relative place in the line (repairs never add or remove a line)."""
    text, unsure, spans = unsure_slots(text, spans)
    fixed, repairs = repair(text)
    if not repairs or not spans:
        return fixed, unsure + repairs, spans
    moved = _move_spans(text, fixed, spans)
    unsure = [Repair(a, b, r.before, r.after, r.kind, r.score)
              for r, (a, b, _, _) in zip(unsure, _move_spans(text, fixed, [(r.start, r.end, 0.0, 0.0) for r in unsure]),
                                      strict=True)]
    return fixed, unsure + repairs, moved


def _move_spans(text: str, fixed: str, spans: list[WordSpan]) -> list[WordSpan]:
    old_lines, new_lines = text.split("\n"), fixed.split("\n")
    old_starts, new_starts = _line_starts(old_lines), _line_starts(new_lines)
    moved: list[WordSpan] = []
    for start, end, conf, size in spans:
        i = max(0, bisect.bisect_right(old_starts, start) - 1)
        old_len, new_len = len(old_lines[i]) or 1, len(new_lines[i])
        if old_len == new_len:
            shift = new_starts[i] - old_starts[i]
            moved.append((start + shift, end + shift, conf, size))
            continue
        scale = new_len / old_len
        a = new_starts[i] + round((start - old_starts[i]) * scale)
        b = new_starts[i] + round((end - old_starts[i]) * scale)
        moved.append((a, max(a + 1, min(b, new_starts[i] + new_len)), conf, size))
    return moved


def _line_starts(lines: list[str]) -> list[int]:
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return starts


@lru_cache(maxsize=1)
def _blank_runs() -> tuple[tuple[re.Pattern[str], str], ...]:
    # the table's cells are stripped: the replacement's trailing space is written back here
    return tuple((re.compile(r[0].replace("\\u00a0", "\u00a0"), re.M | re.I), r[1] + " ") for r in rows("blank_fill.tsv", 2))


def close_blanks(text: str) -> str:
    """Runs of spaces left blank for the number or the day (blank_fill.tsv) closed to one space."""
    for pattern, replacement in _blank_runs():
        text = pattern.sub(replacement, text)
    return text


def notes(repairs: list[Repair], page: int) -> list[str]:
    """One warning line per page listing what was repaired, one for the slots left unread."""
    unsure = [r for r in repairs if r.kind == "unsure"]
    repairs = [r for r in repairs if r.kind != "unsure"]
    out = [f"page {page}: handwritten? OCR was unsure of " + ", ".join(f"{r.before!r} ({r.score:.0f}%)" for r in unsure)
           + " in the number or date slots: left unread"] if unsure else []
    return out + _repair_notes(repairs, page)


def _repair_notes(repairs: list[Repair], page: int) -> list[str]:
    if not repairs:
        return []
    shown = "; ".join(f"{r.before.strip()!r} -> {r.after.strip()!r}" for r in repairs[:8])
    more = f" and {len(repairs) - 8} more" if len(repairs) > 8 else ""
    return [f"page {page}: OCR layout words repaired by tolerant matching: {shown}{more}"]

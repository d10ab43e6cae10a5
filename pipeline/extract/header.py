"""Header fields: doc_type, number, issuer (name, parent, system), place, issued_date, subject.

Reads the cells that `segment` classified; never looks at the body. When no
letterhead names the issuer, the signature's collective authority ("TM. BAN
THƯỜNG VỤ HUYỆN ĐOÀN") or the enacting line of a decision ("CHỦ TỊCH ỦY BAN
NHÂN DÂN TỈNH LAI CHÂU") names it, marked `inferred`; a bare collective name
("Ban Thường vụ") is then completed where the text names it in full ("Ban Thường vụ
Hội LHPN huyện thông báo"), the one place the header reads the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import cast

from vanban.context import Context
from vanban.grammar import docnumber, ocrdigits
from vanban.grammar import regexes as rx
from vanban.schemas import DocNumber, DocType, Issuer
from vanban.schemas.record import System
from vanban.segment.cells import bare_head, marks_lost_head
from vanban.segment.zones import _AUTHORITY, Cell, Layout, _motto_of, _starts_with
from vanban.tables import folded_words, rows, tables
from vanban.textutil import alternation_on_line, capital_l_as_i, collapse_ws, fold, is_upper, strip_diacritics, upper_vi

_QUOTES = "\"“”'‘’«»"
_DANGLING = ("VÀ", "CỦA", "VỀ", "CHO", "-", "–", "&")
# "BCH HỘI SINH VIÊN VIỆT NAM" / "TRƯỜNG ĐẠI HỌC NÔNG LÂM HUẾ": the committee of a national association is
# always a unit's, named on the next line, even when that line opens with a head word of its own
_NATIONAL_COMMITTEE = re.compile(r"^(?:BCH|BAN CHẤP HÀNH)\s.*\sVIỆT NAM$")


@dataclass
class HeaderFields:
    doc_type: DocType | None = None
    number: DocNumber | None = None
    issuer: Issuer | None = None
    place: str | None = None
    issued_date: str | None = None
    subject: str | None = None
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)


_ABBREV = re.compile(rf"^[{rx.VN_UPPER}0-9&.]{{2,}}$")


@lru_cache(maxsize=1)
def _casing_rx() -> tuple[re.Pattern, dict[str, str]]:
    words = tables().casing
    canon = {w.casefold(): w for w in words}
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w.casefold()) for w in words) + r")(?!\w)")
    return pattern, canon


def vi_title(text: str) -> str:
    """Normal case for an upper-case name or title, the NĐ 30 way.

    'BAN THƯỜNG VỤ TỈNH ĐOÀN' -> 'Ban Thường vụ Tỉnh đoàn'; 'PHÓ CHỦ TỊCH' -> 'Phó Chủ tịch';
    'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN' -> 'Ủy ban nhân dân tỉnh Nghệ An'. Known title words come from
    models/tables/casing.tsv; words after an administrative unit are proper names; short
    abbreviations (UBND, HQ, TP.) are kept.
    """
    if not is_upper(text):
        return collapse_ws(text)
    words = []
    for w in collapse_ws(text).split(" "):
        bare = w.strip(".,;:()")
        keep = _ABBREV.match(bare) and len(bare) <= 4 and not _is_word(bare)
        words.append(w if keep else w.lower())
    pattern, canon = _casing_rx()
    s = pattern.sub(lambda m: canon[m.group(1)], " ".join(words))
    out = s.split(" ")
    for i in range(1, len(out)):
        if out[i - 1].rstrip(".") in ("tỉnh", "huyện", "quận", "xã", "phường", "phố", "trấn", "tp") or (
                i > 1 and out[i - 1][:1].isupper() and out[i - 2].rstrip(".") in ("tỉnh", "huyện", "quận", "xã",
                                                                                   "phường", "phố", "trấn", "tp")):
            out[i] = out[i][:1].upper() + out[i][1:]
    s = " ".join(out)
    return s[:1].upper() + s[1:]


_SYLLABLE = re.compile(
    r"^(?:b|c|ch|d|đ|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?"
    r"[aeiouy]{1,3}(?:c|ch|m|n|ng|nh|p|t)?$"
)


def _is_word(token: str) -> bool:
    """True for a Vietnamese syllable (MINH, ĐOÀN: put in normal case), False for an abbreviation (UBND, HQ)."""
    return bool(_SYLLABLE.match(strip_diacritics(token).lower().replace("đ", "d")))


def _strip_quotes(s: str) -> str:
    """Quotes around the whole value go ('“V/v ...”'); a quote closing a name inside it stays
    ('... Cuộc vận động "Cựu chiến binh gương mẫu"')."""
    s = s.strip()
    core = s.lstrip(_QUOTES)
    if len(core) == len(s) and sum(s.count(q) for q in _QUOTES) % 2 == 0:
        return s  # no opening quote and the quotes inside pair up
    return core.rstrip(_QUOTES).strip()


_BODY_DASH = re.compile(r"\s+[-–—]\s+")
# A name of a body that ends with its place ("ĐẢNG BỘ TỈNH HÀ TĨNH"): head words, an
# administrative-unit word, then the place's own words.
_MIN_PLACE_WORDS = 1
_NATION = ("VIỆT", "NAM")  # the country's name ends a national body's name


def _cut(cell: Cell, k: int, j: int) -> tuple[Cell, Cell]:
    left, right = cell.text[:k].rstrip(), cell.text[j:]
    return Cell(cell.start, cell.start + len(left), left, cell.line), Cell(cell.start + j, cell.end, right, cell.line)


def _ends_with_place(words: list[str]) -> bool:
    """True for "ĐẢNG BỘ TỈNH HÀ TĨNH": an administrative-unit word followed by place words only;
    also for a national body ("HỘI CỰU CHIẾN BINH VIỆT NAM")."""
    t = tables()
    up = [fold(w).upper() for w in words]
    if len(up) > len(_NATION) and tuple(up[-len(_NATION):]) == _NATION:
        return True
    for i in range(1, len(up) - _MIN_PLACE_WORDS):
        if up[i] in t.localities and not any(_starts_with(" ".join(up[j:]), t.org_heads) for j in range(i + 1, len(up))):
            return True
    return _place_after_unit_head(up)


def _place_after_unit_head(up: list[str]) -> bool:
    """A head that holds its unit word ("TỈNH ĐOÀN", "HUYỆN ĐOÀN") followed by place words only ("TỈNH ĐOÀN NGHỆ
    AN", a one-line copy's first body before "BCH HUYỆN ĐOÀN YÊN THÀNH"; round 48's h539)."""
    t = tables()
    n = max((len(h.split()) for h in t.org_heads if h.split()[0] in t.localities
             and up[:len(h.split())] == h.split()), default=0)
    return 0 < n <= len(up) - _MIN_PLACE_WORDS \
        and not any(_starts_with(" ".join(up[j:]), t.org_heads) for j in range(n, len(up)))


def _split_bodies(cell: Cell) -> list[Cell]:
    """One letterhead line naming two bodies (STANDARDS.md: parent above, issuer below), cut in two:
    at a dash ("UBND TỈNH X - SỞ Y TẾ", "TỈNH ĐOÀN X – BAN TUYÊN GIÁO") or, in a one-line copy,
    where a second head word follows a name ending in its place ("ĐẢNG BỘ TỈNH X ĐẢNG ỦY ...")."""
    t = tables()
    if not _starts_with(cell.text.strip(" |*"), t.org_heads):
        return [cell]
    for m in _BODY_DASH.finditer(cell.text):
        if _lone_head(cell.text[:m.start()], t.org_heads):
            continue  # "BẢO TÀNG - THƯ VIỆN TỈNH": two kinds merged into one body, no parent named before the dash
        if _starts_with(cell.text[m.end():], t.org_heads):
            left, right = _cut(cell, m.start(), m.end())
            return [left, *_split_bodies(right)]
    for m in re.finditer(r"\s+", cell.text):
        rest = cell.text[m.end():]
        if _starts_with(rest, t.org_heads) and not _starts_with(rest, t.localities) \
                and _ends_with_place(cell.text[:m.start()].split()):
            left, right = _cut(cell, m.start(), m.end())
            return [left, *_split_bodies(right)]
    return [cell]


def _lone_head(text: str, heads: tuple[str, ...]) -> bool:
    """The text is a head word and nothing else ("BẢO TÀNG"): a body's kind without the name that would make it one
    (sixty-sixth heldout round, h730)."""
    return fold(text.strip(" |*")).upper() in {fold(h).upper() for h in heads}


def _issuer_groups(cells: list[Cell]) -> list[list[Cell]]:
    """Group letterhead lines into body names: a line that starts with a head word starts a new body."""
    t = tables()
    groups: list[list[Cell]] = []
    for c in (part for cell in cells for part in _split_bodies(cell)):
        txt = c.text.strip(" |*")
        if not txt or rx.RULE.match(txt):
            continue
        new = True
        if groups:
            prev = " ".join(x.text for x in groups[-1]).strip()
            prev_up = fold(prev).upper()
            starts_head = _starts_with(txt, t.org_heads) or _opens_body_marks_lost(txt)
            starts_loc = _starts_with(txt, t.localities) and not any(
                fold(txt).upper().startswith(h) for h in t.org_heads if h.split(" ")[0] in t.localities)
            # a head word alone is no body: the end of the name above, wrapped ('... XÃ TÂN AN' / 'HỘI')
            lone_head = starts_head and len(txt.split()) == 1
            if starts_loc or not starts_head or lone_head or len(prev.split()) == 1 or prev_up.endswith(_DANGLING) \
                    or (len(groups[-1]) == 1 and _NATIONAL_COMMITTEE.match(prev_up)) or _kind_wrapped(prev_up, txt):
                new = False
        if new:
            groups.append([c])
        else:
            groups[-1].append(c)
    return groups


_BARE_HEAD_WORDS = range(2, 5)  # how many words a head of several words has ("ĐIỆN LỰC", "ỦY BAN NHÂN DÂN")


@lru_cache(maxsize=1)
def _multiword_heads() -> tuple[str, ...]:
    """The heads of two words and more ("ĐIỆN LỰC", "ỦY BAN NHÂN DÂN")."""
    return tuple(h for h in tables().org_heads if " " in h)


def _opens_body_marks_lost(line: str) -> bool:
    """An OCR letterhead line whose head lost or changed a mark ("ĐIÊN LỰC ANH SƠN" under "CÔNG TY ĐIỆN LỰC NGHỆ AN",
    fifty-fourth heldout round) still opens the issuer's name under its parent (cells.bare_head, the lookup
    cells.marks_lost_head reads too). Heads of one word stay exact: a place's word without its marks meets them too
    easily ("PHONG ĐIỀN" under "UBND HUYỆN" is no "PHÒNG")."""
    return bare_head(" ".join(map(_zero_as_o, line.split())), _multiword_heads(), _BARE_HEAD_WORDS) is not None \
        or _zero_head(line) is not None


# a capital letter's word holding the digit zero after a letter ("PH0NG", "C0NG"): OCR read an O (Ò, Ô, Ơ ...) as 0
_OCR_ZERO_WORD = re.compile(r"^[^\W\d_]+(?:0[^\W\d_]*)+$")


def _zero_as_o(word: str) -> str:
    """ "PH0NG" -> "PHONG": a capitals word's OCR zero read as the O it stands for (other words as printed)."""
    return word.replace("0", "O") if word.isupper() and _OCR_ZERO_WORD.match(word) else word


@lru_cache(maxsize=1)
def _bare_heads() -> dict[str, str]:
    """Each head of org_heads.tsv without its marks ("PHONG") to the head as it spells it ("PHÒNG")."""
    return {strip_diacritics(fold(h)).upper(): h for h in _printed_heads()}


def _zero_head(line: str) -> tuple[str, int] | None:
    """The head a letterhead line opens with whose first word OCR printed with a zero for its O ("PH0NG TƯ PHÁP",
    the Ò read as 0; rounds 53-58's leftovers, h612), as org_heads.tsv spells it ("PHÒNG"), and how many words it
    takes: a head of several words too ("C0NG AN XÃ ..." -> "CÔNG AN"; generalisation audit 64). The zero tells the
    word is damaged, so a head of one word is read by its letters alone, which a place's word of no zero never is
    ("PHONG ĐIỀN" under "UBND HUYỆN" stays the place)."""
    words = line.split()
    if not words or _zero_as_o(words[0]) == words[0]:
        return None
    for n in (*reversed(_BARE_HEAD_WORDS), 1):
        head = _bare_heads().get(strip_diacritics(fold(" ".join(map(_zero_as_o, words[:n])))).upper())
        if head is not None and n <= len(words):
            return head, n
    return None


@lru_cache(maxsize=1)
def _wrapped_heads() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """wrapped_heads.tsv: a kind word ending a letterhead line ("TRƯỜNG") and the kinds its name goes on with."""
    return tuple((fold(r[0]).upper(), tuple(fold(k).upper() for k in r[1].split("|") if k))
                 for r in rows("wrapped_heads.tsv", 2))


def _kind_wrapped(prev_up: str, line: str) -> bool:
    """ "BCH HỘI SINH VIÊN TRƯỜNG" / "ĐẠI HỌC SƯ PHẠM": a line ending with a body's kind word ("TRƯỜNG") after
    other words, the next line opening with the kind of it ("ĐẠI HỌC"): one name wrapped, no second body. A board's
    line, alone or after its committee's words ("HỘI ĐỒNG QUẢN TRỊ" / "TỔNG CÔNG TY ..."), goes on so too."""
    up = fold(line).upper()
    return any((prev_up == word or prev_up.endswith(f" {word}")) and any(up == k or up.startswith(f"{k} ") for k in kinds)
               for word, kinds in _wrapped_heads())


def _issuer_from_authority(layout: Layout) -> tuple[str, tuple[int, int]] | None:
    t = tables()
    for c in layout.authority_cells:
        m = _AUTHORITY.match(c.text)
        if not m:
            continue
        rest = m.group("rest").strip()
        if rest and _starts_with(rest, t.org_heads) and not _is_position(rest):
            off = c.text.index(rest)
            return vi_title(rest), (c.start + off, c.start + off + len(rest))
    return None


_NAME_WORD = re.compile(r"\S+")


def _continues_name(prev: str, word: str) -> bool:
    """A word that goes on naming a body: capitalised or an abbreviation ("Hội", "LHPN", "Tân"), or
    a lower-case administrative word or second syllable of a head word ("huyện", "Tỉnh đoàn")."""
    t = tables()
    if not word[:1].isalpha():
        return False
    if word[0].isupper():
        return True
    up = fold(word).upper()
    pair = f"{fold(prev).upper()} {up}"
    return up in t.localities or pair in t.org_heads or pair in _name_compounds()


def _name_compounds() -> frozenset[str]:
    """ "SINH VIÊN", "ĐẠI HỌC": a name's word whose second syllable is printed lower case."""
    return folded_words("name_compounds.tsv")


# The closing formula naming the writer ("Trên đây là báo cáo tổng kết ... của UBND xã Tân Lập./."): its "của"
# names the speaker, as no other preposition's body does (not past a number or a date: "Trên đây là kế hoạch
# triển khai Kế hoạch số 12/KH-UBND của UBND tỉnh" names the cited plan's issuer)
_OWN_CLOSING = re.compile(r"(?:^|[.;!?\n])[ \t]*Trên[ \t]+đây[ \t]+là[^.;!?\n/]{0,300}$")
_OWN_CLOSING_REACH = 320


# a verb whose object is the body a letter goes to ("UBND xã Phú Lộc kính trình UBND huyện Phú Vang xem xét"): the
# body after it is the addressee (head_bodies.tsv addresses)
_ADDRESSING_REACH = 24


@lru_cache(maxsize=1)
def _addressing() -> re.Pattern[str]:
    verbs = "|".join(r"[ \t]+".join(map(re.escape, v.split()))
                     for r in rows("head_bodies.tsv", 3) if r[0] == "addresses" for v in r[1].split("|"))
    return re.compile(rf"(?<!\w)(?:{verbs})[ \t]+$", re.IGNORECASE)


def _after_preposition(text: str, pos: int) -> bool:
    """ "của Ban Thường vụ Tỉnh đoàn": a body named after a preposition is another body (a cited
    document's issuer, an addressee), never the speaker; except in the closing formula "Trên đây là
    báo cáo ... của <body>", which names the writer. So is a body after a verb of addressing ("kính trình
    UBND huyện ...")."""
    if _addressing().search(text, max(0, pos - _ADDRESSING_REACH), pos):
        return True
    before = text[max(0, pos - 20):pos].split()
    if not before or fold(before[-1]).upper() not in tables().dangling:
        return False
    return _OWN_CLOSING.search(text, max(0, pos - _OWN_CLOSING_REACH), pos) is None


def _in_table_row(text: str, pos: int) -> bool:
    """ "| 1 | Phát động cuộc thi ... | Ban Thư ký Hội Sinh viên trường |": a table's cell names who does
    a task, not the body speaking (h84's 'TM. BAN THƯ KÝ' stays as printed)."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start:pos].lstrip().startswith("|")


def _whole_name(name: str, any_case: bool = False) -> re.Pattern[str]:
    """`name` as a whole word (`any_case`: a field body's, whose authority line's casing is not the
    text's, "Ban chỉ đạo" / "Ban Chỉ đạo"): the name first, then the look behind it (name included)
    for a letter before it. A pattern that starts with a lookbehind is tried at every position of the
    text (three milliseconds a document), one that starts with the name's first letter skips ahead."""
    escaped = re.escape(name)
    return re.compile(rf"{escaped}(?<!\w{escaped})(?!\w)", re.IGNORECASE if any_case else 0)


# A field body's name in lower case runs at most this many words before its administrative unit
_FIELD_REACH = 10


def _field_bodies() -> frozenset[str]:
    return folded_words("field_bodies.tsv")


def _word_core(w: re.Match[str]) -> str:
    core = re.match(r"\w*", w.group())
    return core.group() if core else ""


def _capitalised_run(text: str, start: int, prev: str) -> int:
    """End of the words from `start` that go on naming a body (capitalised or a unit word)."""
    end = start
    for w in _NAME_WORD.finditer(text, start):
        word = _word_core(w)
        if text[end:w.start()] != " " or not _continues_name(prev, word):
            break
        end, prev = w.start() + len(word), word
        if word != w.group():
            break  # punctuation ends the name
    return end


def _field_run(text: str, start: int) -> int:
    """A field body's lower-case field words, then its administrative unit and capitalised place
    ("... xây dựng nông thôn mới xã Cam Thành"): the end of the place, else `start` (no place, a
    mark or a capitalised word before it: not this body's name)."""
    t, end = tables(), start
    for k, w in enumerate(_NAME_WORD.finditer(text, start)):
        word = _word_core(w)
        if k >= _FIELD_REACH or text[end:w.start()] != " " or word != w.group() or not word.islower():
            return start
        end = w.start() + len(word)
        if fold(word).upper() in t.localities:
            place = _capitalised_run(text, end, word)
            return place if place > end and text[end + 1:end + 2].isupper() else start
    return start


def _completed(name: str, text: str, skip: list[tuple[int, int]],
               any_case: bool = True) -> tuple[str, tuple[int, int]] | None:
    """The longest name the text gives that begins with `name`, outside `skip`, in any case but capitalised: the
    authority line's casing is vi_title's guess ("TM. BAN KINH TẾ - NGÂN SÁCH" gives "Ban kinh tế - ngân sách", the
    text writes "Ban Kinh tế - Ngân sách HĐND tỉnh"; thirtieth heldout round); a field body's name also through its
    lower-case field up to its place. `any_case` False: only where the text prints the name in its own case."""
    best: tuple[str, tuple[int, int]] | None = None
    field_body = fold(name).upper() in _field_bodies()
    for m in _whole_name(name, any_case=any_case).finditer(text):
        if not text[m.start()].isupper() or any(a <= m.start() < b for a, b in skip) \
                or _after_preposition(text, m.start()) or _in_table_row(text, m.start()):
            continue
        end = _capitalised_run(text, m.end(), name.split()[-1])
        if end == m.end() and field_body:
            end = _field_run(text, m.end())
        if end > m.end() and (best is None or end - m.start() > len(best[0])):
            best = (text[m.start():end], (m.start(), end))
    return best


def _inferred_issuer(layout: Layout, ctx: Context) -> tuple[str, tuple[int, int]] | None:
    """Without a letterhead: the signature's collective authority or the enacting line, completed where
    the text names that body in full. A bare organ the text never completes ("TM. BAN THƯỜNG VỤ") stays
    as printed, as the gold files take the authority line ("Ban Thường vụ Huyện Đoàn"); it is inferred.
    Without either, the body an invitation opens with ("Sở Khoa học và Công nghệ tỉnh Bình Định trân trọng
    kính mời:", a giấy mời copied from its title down)."""
    # the Nơi nhận list names the addressees ("- TT Huyện ủy, UBND huyện (b/c);"), never the writer
    skip = [(c.start, c.end) for c in (*layout.authority_cells, *layout.distribution_cells)]
    found = _issuer_from_authority(layout) or _issuer_from_enacting(layout)
    if not found:
        found = _issuer_telegraphing(ctx.text)
        if found:  # its own line goes on with its verb, in capitals too ("... TỈNH LÂM ĐỒNG ĐIỆN:"), no more name
            skip.append(found[1])
    if not found:
        headed = _issuer_inviting(ctx.text) or _issuer_headed(layout, ctx.text)
        # the body named bare where it writes ("Công an tỉnh thông báo tuyển chọn như sau:") and in full elsewhere
        # ("Công an tỉnh Quảng Ngãi thông báo để ... biết./."; rounds 53-58's leftovers, h467), printed in the same
        # case: a title line in capitals ("... CỦA UBND TỈNH VỀ ỨNG PHÓ MƯA LŨ") goes on with words of no name
        return (_completed(headed[0], ctx.text, skip, any_case=False) or headed) if headed else None
    return _completed(found[0], ctx.text, skip) \
        or next(filter(None, (_completed(a, ctx.text, skip) for a in _abbreviated(found[0]))), None) \
        or _completed_inner(found[0], ctx.text, skip) or found


def _completed_inner(name: str, text: str, skip: list[tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """An organ of a body the text never names in full ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"), where the text names that
    body with its place ("TUỔI TRẺ BẮC GIANG - Cổng thông tin Tỉnh đoàn Bắc Giang", a portal's copy with no
    letterhead; rounds 53-58's leftovers, h636): the organ of the body so named, "Ban Thường vụ Tỉnh đoàn Bắc
    Giang". Two places named for the body ("Tỉnh đoàn Bắc Giang" and "Tỉnh đoàn Lạng Sơn") say no one of them."""
    words = name.split()
    for k in range(1, len(words)):
        inner = " ".join(words[k:])
        if not words[k][0].isupper() or not _starts_with(inner, tables().org_heads) or _is_position(inner):
            continue  # (a head word's second syllable, "vụ" of "Thường vụ", heads no body of its own)
        done = _completed(inner, text, skip)
        if done is None:
            continue
        other = _completed(inner, text, [*skip, done[1]])
        if other is not None and fold(other[0]).lower() != fold(done[0]).lower():
            return None
        return f"{' '.join(words[:k])} {done[0]}", done[1]
    return None


_CUT_HEAD_REACH = 80  # a letterhead's cut remnant is one short line at the copy's top
_CUT_HEAD_LINE = re.compile(r"\s*(?P<line>[^\W\d_][^\n\d]*)\n")
_CUT_HEAD_COLUMN = re.compile(r"\t| {2,}")  # the letterhead's other column (the motto) beside the remnant


def _completed_by_cut_head(name: str, text: str) -> str:
    """A copy cut inside its letterhead keeps the end of the issuer's line ("ế huyện Hướng Hóa", the first line cut
    in a word): where that remnant ends with the last words of the inferred name and goes on with capitalised words
    ("Trung tâm Y tế huyện" + "Hướng Hóa"), those words finish the name (fifty-fourth heldout round, h602). The
    remnant must open inside the name's own words, so a line of another body never completes it. The same remnant
    in the letterhead's capitals ("TÂM Y TẾ HUYỆN HƯỚNG HÓA", its words title-cased), cut between words ("Y tế
    huyện Hướng Hóa") or with the motto's column beside it (issue 10, generalisation audit 58) finishes it too."""
    m = _CUT_HEAD_LINE.match(text)
    if m is None:
        return name
    line = _CUT_HEAD_COLUMN.split(m.group("line").strip(), maxsplit=1)[0].strip()
    if not line or len(line) > _CUT_HEAD_REACH:
        return name
    folded_name, folded_line = fold(name).lower(), fold(line).lower()
    last = folded_name.split()[-1]
    at = f" {folded_line}".rfind(f" {last} ")  # where the name's last word stands in the remnant
    if at < 0 or not folded_name.endswith(folded_line[:at + len(last)]):
        return name
    rest = line[at + len(last):].strip()
    if not rest or not all(w[:1].isupper() for w in rest.split()):
        return name
    if is_upper(line):
        rest = " ".join(w.capitalize() for w in rest.split())
    return f"{name} {rest}"


def _abbreviated(name: str) -> list[str]:
    """The abbreviations a text writes a bare body's name as ("UBND phường Ninh Kiều báo cáo ..." for "TM. ỦY BAN
    NHÂN DÂN"), from abbreviations.tsv; old and new tone spellings alike ("Uỷ"/"Ủy")."""
    key = fold(name).upper()
    return [a for a, expansion in tables().abbreviations.items() if fold(expansion).upper() == key]


# "<body> trân trọng kính mời:" opening a line of an invitation; the body must open with a head word
_INVITING = re.compile(r"(?m)^[ \t]*(?P<body>[A-ZĐ][^\n,;:.()]{2,90}?)\s+trân\s+trọng\s+kính\s+mời\b")
_INVITING_REACH = 1500  # an invitation's opening line stands near its top
_INVITATION_CODE = "GM"


def _issuer_inviting(text: str) -> tuple[str, tuple[int, int]] | None:
    m = _INVITING.search(text, 0, _INVITING_REACH)
    if m is None or not _starts_with(m.group("body"), tables().org_heads):
        return None
    return m.group("body"), m.span("body")


def _role_words(role: str) -> str:
    """head_bodies.tsv's phrases of one role ("writes", "closing", ...), as a regex alternation."""
    return "|".join(re.escape(v) for r in rows("head_bodies.tsv", 3) if r[0] == role for v in r[1].split("|"))


# "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Phú Thọ": thirteen words after its opening one
_BODY_NAME_WORDS = 13
# "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Long An": a longer name ends with its
# place's capitalised word (rounds 80-84's leftovers, h836); a sentence going on past a shorter name ends in lower case
# ("Cục Hải quan thành phố Hải Phòng nhận thấy ... còn chậm gửi báo cáo", h321)
_LONG_BODY_NAME_WORDS = 17


def _body_named(opens: str) -> str:
    """The body a head heads, named in a sentence: one of its opening words and up to thirteen more, or up to
    seventeen ending with a capitalised word. A comma goes on with the name before a capitalised word that opens no
    body of its own ("Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Bình"), never into a list of bodies ("Sở Y tế, Sở
    Giáo dục và Đào tạo"); no word of what the body does (head_bodies.tsv not_in_name) is in it."""
    comma = rf"(?:,(?=[ \t]+[{rx.VN_UPPER}])(?![ \t]+(?:{opens})(?!\w)))?"
    word = rf"(?!(?:{_role_words('not_in_name')})(?!\w))[^\s,;:.()]+"  # not "phối hợp", "với": the sentence goes on
    more = rf"{comma}[ \t]+{word}"
    longer = rf"(?:{more}){{{_BODY_NAME_WORDS},{_LONG_BODY_NAME_WORDS - 1}}}?{comma}[ \t]+(?=[{rx.VN_UPPER}]){word}"
    return rf"(?P<body>(?:{opens})(?:(?:{more}){{1,{_BODY_NAME_WORDS}}}?|{longer}))"


def _per_head(pattern: Callable[[str, str], str], flags: int = 0) -> dict[str, re.Pattern[str]]:
    """head_bodies.tsv's heads: each head's title (folded upper case) to the regex `pattern(title, opens)` writes,
    `opens` being the alternation of the words the names of the bodies it heads open with."""
    heads: dict[str, re.Pattern[str]] = {}
    for r in rows("head_bodies.tsv", 3):
        if r[0] == "head":
            opens = "|".join(re.escape(w) for w in r[2].split("|"))
            heads[fold(r[1]).upper()] = re.compile(pattern(r[1], opens), flags)
    return heads


@lru_cache(maxsize=1)
def _head_bodies() -> dict[str, re.Pattern[str]]:
    """Each head's title to the pattern of the body it heads, named in a sentence and followed by a verb of
    writing. The name opens a line or follows a clause's comma ("Thực hiện ..., Cục Thống kê tỉnh đề nghị ..."),
    maybe after its head's title ("..., Cục trưởng Cục Hải quan thành phố Hải Phòng yêu cầu các đơn vị:")."""
    writes = _role_words("writes")
    # or drafting the document it opens ("..., Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Bình ban hành Kế hoạch ...")
    drafts = rf"(?:{_role_words('drafts')})[ \t]+(?i:{_role_words('drafted')})(?!\w)"
    # (a line's paragraph indent before the name: "     Chi cục Kiểm lâm tỉnh Quảng Ngãi kính trình ...", a PDF's text)
    return _per_head(lambda title, opens: rf"(?:^[ \t]*|(?<=,)[ \t]+)(?:(?i:{re.escape(title)})[ \t]+)?"
                                          rf"{_body_named(opens)}[ \t]+(?:(?:{writes})\b|{drafts})", re.MULTILINE)


@lru_cache(maxsize=1)
def _head_hosts() -> dict[str, re.Pattern[str]]:
    """Each head's title to the pattern of the body it heads hosting what an invitation invites to, named after a
    clause's comma ("Thực hiện Quyết định số ..., Trung tâm Trợ giúp pháp lý nhà nước tỉnh Bắc Ninh tổ chức Hội nghị
    tập huấn ..."; round 50's h559), or opening a line of its own ("Trung tâm Y tế huyện Đông An tổ chức Hội nghị ...";
    issue 10, generalisation audit 58): the inviter. Only a giấy mời's host is its writer."""
    hosts = _role_words("hosts")
    return _per_head(lambda _title, opens: rf"(?:(?<=,)[ \t]+|^[ \t]*){_body_named(opens)}[ \t]+(?:{hosts})\b",
                     re.MULTILINE)


def _invitation(layout: Layout) -> bool:
    return layout.type_cell is not None \
        and tables().type_word_codes.get(upper_vi(layout.type_cell.text.strip(" *:"))) == _INVITATION_CODE


@lru_cache(maxsize=1)
def _closing_bodies() -> dict[str, re.Pattern[str]]:
    """Each head's title to the pattern of a closing sentence naming the body it heads as the writer, at its end
    ("Trên đây là Kế hoạch khám sàng lọc ... năm 2028 của Bệnh viện Đa khoa tỉnh Quảng Trị./."), or before its verb of
    writing after a comma ("..., kính báo cáo UBND tỉnh./."). The sentence
    cites no numbered document before the body: the body after "Kế hoạch số 12/KH-SYT ... của" is the cited
    document's."""
    formulas, writes = _role_words("closing"), _role_words("writes")
    # the body may close the sentence or be followed by its verb of writing after a comma ("Trên đây là báo cáo ...
    # của Thanh tra tỉnh Hưng Yên, kính báo cáo UBND tỉnh./."; generalisation audit 52)
    return _per_head(lambda _title, opens: rf"(?m)^[ \t]*(?:{formulas})[ \t]+(?:(?!\bsố[ \t]+\d)[^\n])*?[ \t]của[ \t]+"
                                           rf"{_body_named(opens)}[ \t]*(?:\.(?:/\.)?|,[ \t]+(?:{writes})(?!\w)[^\n]*)[ \t]*$")


@lru_cache(maxsize=1)
def _closing_writers() -> dict[str, re.Pattern[str]]:
    """Each head's title to the pattern of a closing sentence whose writer follows its last comma, with a verb of
    writing ("Trên đây là báo cáo kết quả ... năm 2028, Thanh tra tỉnh Hưng Yên kính báo cáo UBND tỉnh./.";
    thirty-seventh heldout round); no numbered document cited before it."""
    formulas, writes = _role_words("closing"), _role_words("writes")
    return _per_head(lambda _title, opens: rf"(?m)^[ \t]*(?:{formulas})[ \t]+(?:(?!\bsố[ \t]+\d)[^\n])*?,[ \t]+"
                                           rf"{_body_named(opens)}[ \t]+(?:{writes})(?!\w)[^\n]*$")


@lru_cache(maxsize=1)
def _head_grants() -> dict[str, re.Pattern[str]]:
    """Each head's title to the pattern of a decision's award given by that head of the body ("Tặng Giấy khen của
    Giám đốc Ban Quản lý rừng phòng hộ Tân Phú cho 04 tập thể"): the body the signer heads, named with its title."""
    grants = _role_words("grants")
    return _per_head(lambda title, opens: rf"(?i:{grants})[ \t]+(?i:{re.escape(title)})[ \t]+{_body_named(opens)}"
                                          rf"[ \t]+cho(?!\w)")


@lru_cache(maxsize=1)
def _own_heading() -> re.Pattern[str]:
    """head_bodies.tsv's own_heading: a report's "III. KIẾN NGHỊ" line, up to the line under it."""
    return re.compile(rf"(?m)^[ \t]*(?:[IVX]{{1,4}}[.)][ \t]*|\d{{1,2}}[.)][ \t]*)?(?:{_role_words('own_heading')})[ \t:.]*\n")


def _issuer_headed(layout: Layout, text: str) -> tuple[str, tuple[int, int]] | None:
    """A copy cut before its letterhead, signed by a lone head ("CỤC TRƯỞNG" and a name): the body the head's
    title heads, where the text's opening names it writing ("Cục Thống kê tỉnh đề nghị ..."; head_bodies.tsv),
    or else the first line of a report's recommendation ("III. KIẾN NGHỊ" / "Sở Công Thương kiến nghị ..."), or
    else the closing sentence that names the writer ("Trên đây là Kế hoạch ... của Bệnh viện ..."), or a decision's
    award its head gives ("Tặng Giấy khen của Giám đốc Ban Quản lý rừng phòng hộ Tân Phú cho ...")."""
    for title in _head_titles(layout):
        pattern = _head_bodies().get(fold(title.strip(" :*")).upper())
        if pattern is None:
            continue
        host = _head_hosts().get(fold(title.strip(" :*")).upper()) if _invitation(layout) else None
        m = pattern.search(text, 0, _INVITING_REACH) or next(
            filter(None, (pattern.match(text, h.end()) for h in _own_heading().finditer(text))), None) \
            or _closing_line_match(pattern, text) or (host.search(text, 0, _INVITING_REACH) if host else None)
        if m:
            return m.group("body"), m.span("body")
    for title in _head_titles(layout):  # else the closing sentence naming the writer ("Trên đây là ... của <body>./.",
        key = fold(title.strip(" :*")).upper()  # "Trên đây là ..., <body> kính báo cáo ...")
        for closing in (_closing_bodies().get(key), _closing_writers().get(key), _head_grants().get(key)):
            m = closing.search(text) if closing is not None else None
            if m:
                return m.group("body"), m.span("body")
    return None


_CLOSING_MARK = "./."  # the document's own last words end with it ("... biết, thực hiện./.")


def _closing_line_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The body named writing on the line the document closes with ("Văn phòng HĐND và UBND huyện thông báo để các
    cơ quan, đơn vị biết, thực hiện./."; round 48's h537): a cut copy's opening may name it only as one heard."""
    end = text.rfind(_CLOSING_MARK)
    if end < 0:
        return None
    return pattern.search(text, text.rfind("\n", 0, end) + 1, end)


def _head_titles(layout: Layout) -> list[str]:
    """The head's titles a signature prints: its position ("CỤC TRƯỞNG"), and the head a deputy signs for ("KT.
    GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC": the Giám đốc heads the body)."""
    titles = [layout.position_cell.text] if layout.position_cell is not None else []
    for c in layout.authority_cells:
        m = _AUTHORITY.match(c.text)
        if m and m.group("rest").strip():
            titles.append(m.group("rest"))
    return titles


def _is_position(text: str) -> bool:
    """ "BỘ TRƯỞNG", "CHỦ TỊCH": an office, not a body, though it may begin with a body's head word."""
    t = tables()
    up = fold(text).upper()
    pos = max((len(w) for w in t.positions if up == w or up.startswith(w + " ")), default=0)
    head = max((len(w) for w in t.org_heads if up == w or up.startswith(w + " ")), default=0)
    return pos >= head > 0 or (pos > 0 and head == 0)


def _issuer_from_enacting(layout: Layout) -> tuple[str, tuple[int, int]] | None:
    c = layout.enacting_cell
    if c is None:
        return None
    return _body_after_office(c.text.strip(" :*"), c.start)


_OFFICE_WORDS = 3  # "CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ CHỦ TỊCH THƯỜNG TRỰC": the office title before its body


def _body_after_office(txt: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" (at start) -> the body after the office title, with its span."""
    up = fold(txt).upper()
    for head in tables().org_heads:
        k = up.find(head)
        if k > 0 and up[:k].strip() and len(up[:k].split()) <= _OFFICE_WORDS:
            return vi_title(txt[k:]), (start + k, start + len(txt))
        if k == 0:
            break
    return None


_TELEGRAPH_REACH = 3000  # a công điện copied from its title down names its sender within its first lines
# "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG điện:": the sender of a công điện, its office and its body, in capitals
# (its verb in capitals too, "... ĐIỆN:"; generalisation audit 64)
_TELEGRAPH_LINE_RE = re.compile(r"^[ \t]*(?P<sender>[^\W\d_a-zđ][^\n:]*?)[ \t]+(?:điện|ĐIỆN)[ \t]*:[ \t]*$", re.MULTILINE)


def _issuer_telegraphing(text: str) -> tuple[str, tuple[int, int]] | None:
    """A công điện copied from its title down, no letterhead (a repost cut above it; sixtieth heldout round, h667): the
    body of the office whose line sends it ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG điện:" -> "Ủy ban nhân dân tỉnh
    Lâm Đồng"), as a decision's enacting line gives its body."""
    m = _TELEGRAPH_LINE_RE.search(text, 0, _TELEGRAPH_REACH)
    if m is None or not is_upper(m.group("sender")):
        return None
    return _body_after_office(m.group("sender"), m.start("sender"))


def _system(layout: Layout, number: docnumber.ParsedNumber | None, names: list[str]) -> System | None:
    """The issuing system; the values come from the mottos and tables, which hold only System values."""
    return cast("System | None", _system_name(layout, number, names))


def _system_name(layout: Layout, number: docnumber.ParsedNumber | None, names: list[str]) -> str | None:
    t = tables()
    for _, system in layout.mottos:
        if system != "state" or not any(s != "state" for _, s in layout.mottos):
            return system
    if number is not None and number.issuer_code:
        code = fold(number.issuer_code).upper()
        if code in t.system_codes:
            return t.system_codes[code]
    for name in names:
        up = fold(name).upper()
        for word, system in t.system_words:
            if re.search(rf"(?:^|\s){re.escape(word)}(?:\s|$)", up):
                return system
    if number is not None and number.grammar == "state":
        return "state"
    return None


def _read_number(layout: Layout, ctx: Context) -> tuple[DocNumber | None, docnumber.ParsedNumber | None]:
    cell = layout.number_cell
    if cell is None:
        return None, None
    m = rx.NUMBER_LABEL_STRICT.match(cell.text)
    body = docnumber.strip_filler(cell.text[m.end():] if m else cell.text)
    off = cell.start + (m.end() if m else 0)
    read = ocrdigits.ocr_sequences(body)  # "2O47/QĐ-UBND": OCR's letter for a digit read as it (offsets kept)
    nm = docnumber.NUMBER_RE.search(read)
    parsed = docnumber.from_match(nm) if nm else None
    if parsed is not None and docnumber.is_fragment(read, parsed):
        parsed = None  # "ZZ2 /QĐ-UBND": a fragment of a handwritten number is never a number
    elif parsed is None:
        parsed = docnumber.repair_lost_slash(body)
        if parsed is not None:
            ctx.warn("number_repaired", f"read {parsed.raw!r} as {parsed.normalized!r} (a lost slash)",
                     (cell.start, cell.end))
            span = (off + parsed.start, off + parsed.end)
            return DocNumber(raw=cell.text.strip(), normalized=parsed.normalized, seq=parsed.seq, year=parsed.year,
                             type_code=parsed.type_code, issuer_code=parsed.issuer_code,
                             unit_code=parsed.unit_code, grammar=parsed.grammar, span=span), parsed
    if parsed is None:
        return _number_without_seq(body, off, cell, ctx)
    if read[parsed.start:parsed.end] != body[parsed.start:parsed.end]:
        ctx.warn("number_repaired", f"read {body[parsed.start:parsed.end]!r} as {parsed.normalized!r} (a letter "
                 "for a digit)", (cell.start, cell.end))
    elif parsed.repaired:
        ctx.warn("number_repaired", f"read {parsed.raw!r} as {parsed.normalized!r}", (cell.start, cell.end))
    span = (off + parsed.start, off + parsed.end)
    return DocNumber(raw=cell.text.strip(), normalized=parsed.normalized, seq=parsed.seq, year=parsed.year,
                     type_code=parsed.type_code, issuer_code=parsed.issuer_code, unit_code=parsed.unit_code,
                     grammar=parsed.grammar, span=span), parsed


def _number_without_seq(body: str, off: int, cell: Cell, ctx: Context
                        ) -> tuple[DocNumber | None, docnumber.ParsedNumber | None]:
    """A blank or unreadable sequence (docs/RECORD.md 1.1): seq and normalized null, printed codes kept."""
    partial = docnumber.codes_without_seq(body)
    written = body[:partial.start] if partial is not None else body
    if re.search(r"[^\s_.…/:]", written):
        ctx.warn("number_unreadable", f"could not read the số hiệu {body.strip()!r}; its codes are kept, "
                 "its sequence is left unknown", (cell.start, cell.end))
    else:
        ctx.warn("number_blank", "the số hiệu has no number (an unsigned draft?)", (cell.start, cell.end))
    if partial is None:
        return None, None
    return DocNumber(raw=cell.text.strip(), normalized=None, seq=None, year=partial.year,
                     type_code=partial.type_code, issuer_code=partial.issuer_code, unit_code=partial.unit_code,
                     grammar=partial.grammar, span=(off + partial.start, off + partial.end)), partial


_YEAR_LOOKALIKES = str.maketrans("Oo", "00")  # 'năm 2O28' (rx.DATE_LINE takes a year with an O for a 0)


# a web copy's number line giving the issuing day after the số hiệu ("Số: 118-KH/TĐTN-PT, ngày 02/01/2031"), no date
# line of its own (fifty-seventh heldout round, h636); the same day after another mark or none, or named "ngày ban
# hành" ("Số: 45/TB-UBND; ngày 15/3/2030", "Số: 118-KH/TĐTN-PT - Ngày 02/01/2031"; issue 10, generalisation audit 58)
_NUMBER_LINE_DATE = re.compile(r"(?:[ \t]*[,;\-–][ \t]*|[ \t]+)ngày(?:[ \t]+ban[ \t]+hành)?[ \t]*:?[ \t]*"
                               r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})[ \t.]*$", re.IGNORECASE)


def _number_line_date(layout: Layout, ctx: Context, fields: HeaderFields) -> None:
    """The issuing day a number line gives after its số hiệu, when the copy has no date line."""
    cell = layout.number_cell
    m = _NUMBER_LINE_DATE.search(cell.text) if cell is not None else None
    if cell is None or m is None:
        return
    fields.spans["issued_date"] = (cell.start + m.start("d"), cell.start + m.end("y"))
    fields.issued_date = _date_of(m.group("d"), m.group("m"), int(m.group("y")), ctx, fields.spans["issued_date"])


def _read_dateline(layout: Layout, ctx: Context, fields: HeaderFields) -> None:
    cell = layout.date_cell
    if cell is None:
        _number_line_date(layout, ctx, fields)
        return
    m = rx.DATE_LINE.search(cell.text)
    if not m:
        return
    place = _strip_quotes(cell.text[: m.start("place") + len(m.group("place"))]).strip(" ,")
    if place:
        fields.place = collapse_ws(place)
        fields.spans["place"] = (cell.start, cell.start + m.start("place") + len(m.group("place")))
    d, mth, y = m.group("d").strip(), m.group("m").strip(), int(m.group("y").translate(_YEAR_LOOKALIKES))
    fields.spans["issued_date"] = (cell.start + m.start("d"), cell.start + m.end("y"))
    if not m.group("y").isdigit():
        ctx.warn("date_repaired", f"read the year {m.group('y')!r} as {y} (OCR look-alike digits)",
                 fields.spans["issued_date"])
    if m.group("nam").lower() != "năm":  # 'tháng 22ăm': the month may have taken the n's place
        ctx.warn("date_words_damaged", f"read {m.group('m') + m.group('nam')!r} as the month and 'năm'",
                 fields.spans["issued_date"])
    elif (m.group("ngay") + m.group("thang")).lower() != "ngàytháng":  # 'ngay 14 thang 5': marks lost
        ctx.warn("date_words_damaged", f"read {m.group('ngay')!r} and {m.group('thang')!r} as 'ngày' and 'tháng'",
                 fields.spans["issued_date"])
    if not d.strip(".…_") and not mth.strip(".…_"):
        # null, not "YYYY": docs/RECORD.md 1.1 gives a partial date for a missing day only (real/ gold agrees)
        ctx.warn("date_blank", "the issuing date has no day or month (an unsigned draft?)", fields.spans["issued_date"])
        return
    fields.issued_date = _date_of(d, mth, y, ctx, fields.spans["issued_date"])


def _date_of(d: str, mth: str, y: int, ctx: Context, span: tuple[int, int]) -> str | None:
    """ISO date of the date line; OCR look-alikes repaired only into a real date; 'YYYY-MM' when
    only the day is blank or unreadable (docs/RECORD.md 1.1); null when the month is unreadable too."""
    day, month = d if d.isdigit() else ocrdigits.repair_digits(d), mth if mth.isdigit() else ocrdigits.repair_digits(mth)
    if day and month:
        try:
            found = date(y, int(month), int(day)).isoformat()
        except ValueError:
            found = None
        if found and (day, month) != (d, mth):
            ctx.warn("date_repaired", f"read the date {d}/{mth}/{y} as {found} (OCR look-alike digits)", span)
        if found:
            return found
        if d.isdigit() and mth.isdigit():
            ctx.warn("invalid_date", f"issuing date {d}/{mth}/{y} does not exist", span)
            if not 1 <= int(mth) <= 12:
                return None
            # an impossible day under a real month ('ngày 45 tháng 3', a handwritten 15 read by OCR) is
            # an unreadable day: the month stands (docs/RECORD.md 1.1)
    if month and 1 <= int(month) <= 12:
        ctx.warn("partial_date", f"the day {d!r} of the issuing date is blank or unreadable: month only", span)
        return f"{y}-{int(month):02d}"
    ctx.warn("date_unreadable", f"the day {d!r} and month {mth!r} of the issuing date are unreadable", span)
    return None


def extract(layout: Layout, ctx: Context) -> HeaderFields:
    f = HeaderFields()
    f.number, parsed = _read_number(layout, ctx)
    _read_dateline(layout, ctx, f)
    _read_subject(layout, f)
    # a portal's headline may print the type word ("KẾ HOẠCH TỔ CHỨC ..."): the số hiệu still comes from the lead
    lead = _web_lead(ctx.text) if layout.number_cell is None else None
    if lead is not None:
        parsed = _read_lead(lead, ctx, f)
    _read_doc_type(layout, parsed, ctx, f)
    system = _read_issuer(layout, parsed, ctx, f)
    if lead is not None and (f.issuer is None or _banner_names(ctx.text, f.issuer, lead)):
        name = collapse_ws(lead.group("body"))
        cut = _head_title_length(name)
        name, span = name[cut:], (lead.start("body") + cut, lead.end("body"))
        f.issuer = Issuer(name=name, parent=None, system=_system(layout, parsed, [name]), inferred=True,
                          span=span)
    ctx.doc_type = f.doc_type.code if f.doc_type else None
    ctx.issuer_name = f.issuer.name if f.issuer else None
    ctx.issuer_system = f.issuer.system if f.issuer else system
    # a partial date ("2025-02", "2025") anchors no relative date in the body
    ctx.issued_date = date.fromisoformat(f.issued_date) if f.issued_date and len(f.issued_date) == 10 else None
    if f.issued_date is None:
        ctx.posted_date = posted_date(ctx.text)
    return f


_LEAD_REACH = 1500  # a web copy's lead naming the document stands in its first characters
_LEAD_DATE = r"\d{1,2}/\d{1,2}/(?:19|20)\d\d"
_LEAD_CLOSING = "./."  # the document's own last words ("... biết, thực hiện./."): the copy prints it whole


@lru_cache(maxsize=1)
def _lead_re() -> re.Pattern[str]:
    """A web copy's lead that names the document it then prints whole: "Ngày 15/5/2028, Ban Thường vụ Tỉnh
    đoàn ban hành Công văn số 418-CV/TĐTN-TNTH về việc triển khai ... . Nội dung công văn như sau:". The
    closing "Nội dung ... như sau:" (or "Toàn văn ...:") says the text below is that document; without it
    (group `open`) _web_lead asks for the document's own "./." below. A news agency's tag may open it
    ("(CNTY) - Ngày ..."), the head may sign it ("Hiệu trưởng ... ký ban hành"), the addressees may stand
    before the trích yếu ("... số 1187/CNTY-TY gửi Sở ... về việc ..."); the trích yếu opens with "về" or a
    verb of its type (web_leads.tsv: "thông báo kết luận ...")."""
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w, _ in tables().type_words)
    opens = alternation_on_line(r[1] for r in rows("web_leads.tsv", 2) if r[0] == "subject")
    return re.compile(
        rf"(?:^|\n)[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*[-–—][ \t]*)?(?:Ngày[ \t]+(?P<date>{_LEAD_DATE}),[ \t]*)?"
        rf"(?P<body>[^\n.,;:()]{{3,90}}?)[ \t]+"
        rf"(?:đã[ \t]+|vừa[ \t]+)?(?:ký[ \t]+)?ban[ \t]+hành[ \t]+(?P<type>{words})[ \t]+số[ \t]+(?P<num>[^\s,;]+?)"
        rf"(?:[ \t]+ngày[ \t]+(?P<date2>{_LEAD_DATE}))?(?:[ \t]+gửi[ \t][^\n]{{3,300}}?)?"
        rf"[ \t]+(?P<subject>(?:về|{opens})[ \t][^\n]+?)\.[ \t]*"
        rf"(?:(?:Nội[ \t]+dung|Toàn[ \t]+văn)[^\n.]{{0,40}}:[ \t]*(?:\n|$)|(?P<open>\n|$))", re.IGNORECASE)


def _banner_names(text: str, issuer: Issuer, lead: re.Match[str]) -> bool:
    """A portal's banner over a web copy ("CỤC CHĂN NUÔI VÀ THÚ Y - BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG") read as its
    letterhead gave one of the bodies it names; the lead names the one that issued the document ("Ngày ..., Cục
    Chăn nuôi và Thú y ban hành ..."): True when the issuer's line holds the lead's body beside another name."""
    if issuer.span is None:
        return False
    a = text.rfind("\n", 0, issuer.span[0]) + 1
    b = text.find("\n", issuer.span[1])
    line = fold(text[a:b if b >= 0 else len(text)]).casefold()
    body = fold(lead.group("body")).casefold()
    return body in line and body != fold(issuer.name).casefold()


def _head_title_length(name: str) -> int:
    """ "Hiệu trưởng Trường Đại học Quy Nhơn", "Chủ tịch UBND tỉnh": the length of the office title (and its
    space) before the body the office heads, so that the body is the issuer; 0 when no title opens the name."""
    up = fold(name).upper()
    t = tables()
    for pos in sorted(t.positions, key=len, reverse=True):
        rest = up[len(pos) + 1:]
        if up.startswith(pos + " ") and any(rest == h or rest.startswith(h + " ") for h in t.org_heads):
            return len(pos) + 1 if len(fold(name)) == len(name) else 0
    return 0


def _web_lead(text: str) -> re.Match[str] | None:
    m = _lead_re().search(text, 0, _LEAD_REACH)
    if m is not None and m.group("open") is not None and _LEAD_CLOSING not in text[m.end():]:
        return None  # a news item telling of a document, not a copy of it
    return m


def _read_lead(lead: re.Match[str], ctx: Context, f: HeaderFields) -> docnumber.ParsedNumber | None:
    """Number, date and trích yếu of a copy without its letterhead, read from the lead that names it (the
    document's own citation of itself then merges with its number)."""
    nm = docnumber.NUMBER_RE.fullmatch(lead.group("num"))
    parsed = docnumber.from_match(nm) if nm else None
    if parsed is None:
        return None
    off = lead.start("num")
    f.number = DocNumber(raw=lead.group("num"), normalized=parsed.normalized, seq=parsed.seq, year=parsed.year,
                         type_code=parsed.type_code, issuer_code=parsed.issuer_code, unit_code=parsed.unit_code,
                         grammar=parsed.grammar, span=(off, lead.end("num")))
    group = "date2" if lead.group("date2") else "date"
    if lead.group(group) and f.issued_date is None:
        d, mth, y = lead.group(group).split("/")
        f.issued_date = _date_of(d, mth, int(y), ctx, lead.span(group))
        f.spans["issued_date"] = lead.span(group)
    if f.subject is None or off > f.spans.get("subject", (0, 0))[0]:  # off: where the number starts
        # the lead's trích yếu is the document's; a headline above it is the portal's wording
        f.subject = collapse_ws(lead.group("subject"))
        f.spans["subject"] = lead.span("subject")
    ctx.lead_number = parsed.key
    ctx.claimed.append(lead.span())  # its date is the issuing date, no event
    ctx.warn("header_from_lead", "no letterhead: number, date and trích yếu read from the web copy's lead "
             f"({lead.group('num')!r})", lead.span("num"))
    return parsed


_POST_STAMP_LINES = 4  # a message's stamp stands in its first lines (a group name, the sender, the time)
_FULL_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?!\d)"
_DATE_PARTS = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)")
_CLOCK = r"\d{1,2}[:h]\d{2}(?!\d)"


@lru_cache(maxsize=1)
def _post_stamp() -> re.Pattern[str]:
    """A clock time next to a full date, or a posting label before one (models/tables/post_stamps.tsv)."""
    labels = "|".join(sorted((re.escape(r[0]).replace(r"\ ", r"\s+") for r in rows("post_stamps.tsv")),
                             key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?:{_CLOCK}[ \t,]*(?:ngày[ \t]+)?{_FULL_DATE}"
        rf"|{_FULL_DATE}[ \t,]*(?:lúc[ \t]+)?{_CLOCK}"
        rf"|(?:{labels})[ \t:]*(?:ngày[ \t]+)?{_FULL_DATE})",
        re.IGNORECASE)


def posted_date(text: str) -> date | None:
    """The stamp of a chat message or web post in its first lines ("Chi hội trưởng Lý Thị Bé, 20:15
    14/9/2026", "Đăng ngày: 14/9/2026"), read only when the text has no issuing date of its own."""
    lines = [ln for ln in text.split("\n", 2 * _POST_STAMP_LINES)[:2 * _POST_STAMP_LINES] if ln.strip()]
    for line in lines[:_POST_STAMP_LINES]:
        m = _post_stamp().search(line)
        parts = _DATE_PARTS.search(m.group()) if m else None
        if parts is None:
            continue
        d, mth, y = parts.groups()
        try:
            return date(int(y), int(mth), int(d))
        except ValueError:
            return None
    return None


def _read_subject(layout: Layout, f: HeaderFields) -> None:
    """The trích yếu: its cells joined, quotes dropped, a web page's issuer in brackets after it cut."""
    if not layout.subject_cells:
        return
    cells = layout.subject_cells
    if len(cells) > 1 and _SCAN_NOTE.fullmatch(cells[-1].text):
        cells = cells[:-1]  # the note on a line of its own under a one-line subject (generalisation audit 64)
    first, last = cells[0], cells[-1]
    tail = _issuer_in_brackets(last.text)
    note = _SCAN_NOTE.search(last.text, 0, tail)
    tail = note.start() if note and note.start() else tail
    texts = [c.text for c in cells[:-1]] + [last.text[:tail]]
    subject = collapse_ws(" ".join(texts))
    f.subject = _strip_quotes(subject) or None
    f.spans["subject"] = (first.start, last.start + len(last.text[:tail].rstrip()))


# square brackets ending the trích yếu: a scan's note of what was written or stamped on the paper beside it ("... năm
# 2031\n<spaces>[Đ/c Hưng - xem, xử lý]"), no part of the subject (round 61, h682)
_SCAN_NOTE = re.compile(r"\s*\[[^\[\]\n]{1,80}\]\s*$")
_TRAILING_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{3,80})\)\s*$")


def _issuer_in_brackets(text: str) -> int:
    """Where "(Hội LHPN huyện Phù Mỹ)" ending the trích yếu starts (the end of the text when there is none):
    a web page names the issuing body after the title, a body's name with its locality; "(đợt 2)",
    "(khóa XII)" or "(06/12/1989 - 06/12/2025)" belong to the subject."""
    m = _TRAILING_BRACKET.search(text)
    if m is None or not m.group("inner")[:1].isupper() or not m.group("inner").split()[-1][:1].isupper():
        return len(text)
    t = tables()
    inner = fold(m.group("inner")).upper()
    has_head = any(inner.startswith(h + " ") for h in t.org_heads)
    has_place = any(f" {loc} " in f" {inner} " for loc in t.localities)
    return m.start() if has_head and has_place else len(text)


@lru_cache(maxsize=1)
def _issuer_codes() -> frozenset[str]:
    return frozenset(r[0].upper() for r in rows("issuer_codes.tsv"))


def _known_issuer_code(code: str | None) -> bool:
    """'UBND' in '44/CT-UBND' is an issuer, so CT is the type; 'CS' in '5330/CT-CS' is not."""
    return bool(code) and docnumber.fold_key(code or "") in _issuer_codes()


def _read_doc_type(layout: Layout, parsed: docnumber.ParsedNumber | None, ctx: Context, f: HeaderFields) -> None:
    """The document type: the số hiệu's type letters, else the title word, else a công văn."""
    t = tables()
    code = parsed.type_code if parsed is not None else None
    vv = bool(layout.subject_cells and rx.SUBJECT_LABEL.match(layout.subject_cells[0].text))
    if code and parsed is not None and parsed.grammar == "state" and layout.type_cell is None and vv \
            and parsed.year is None and f.number is not None and not _known_issuer_code(parsed.issuer_code):
        # "5330/CT-CS" under "V/v ...": a công văn whose issuer code looks like a type code (CT = Cục Thuế)
        f.number.issuer_code = parsed.normalized.split("/", 1)[1].split("-")[0]
        f.number.unit_code = "-".join(parsed.normalized.split("/", 1)[1].split("-")[1:]) or None
        f.number.type_code = None
        code = "CV"
    type_span = f.number.span if (code and f.number) else None
    if code is None and layout.type_cell is not None:
        word = layout.type_cell.text.strip(" *#:.")
        code = t.code_for_word(word) or t.code_for_damaged_word(word)
        type_span = (layout.type_cell.start, layout.type_cell.end)
    if code is None and parsed is not None and parsed.grammar == "state" and parsed.year is None:
        code = "CV"  # state công văn carry no type letters: 123/UBND-VP
    if code is None and vv and layout.type_cell is None and parsed is not None:
        code = "CV"
    if code:
        f.doc_type = DocType(code=code, name=t.name_for(code), span=type_span)
    else:
        ctx.warn("doc_type_unknown", "no type letters in the số hiệu and no type word in the header")


def _repeats(name: str, earlier: str) -> bool:
    """A later letterhead name contained, as words, in an earlier one names no new body under it."""
    a, b = f" {fold(name).upper()} ", f" {fold(earlier).upper()} "
    return a != b and a in b


@lru_cache(maxsize=1)
def _printed_heads() -> tuple[str, ...]:
    """org_heads.tsv's heads as it spells them ("ỦY BAN NHÂN DÂN" first; tables() keeps them folded, "UỶ")."""
    return tuple(r[0] for r in rows("org_heads.tsv"))


def _marks_restored(name: str) -> str:
    """A letterhead name whose head lost some marks to OCR ("UY BAN NHAN DÂN XÃ VĨNH HẬU") or printed a zero for its
    O ("PH0NG TƯ PHÁP") with the head spelt as org_heads.tsv spells it ("ỦY BAN NHÂN DÂN XÃ VĨNH HẬU", "PHÒNG TƯ
    PHÁP")."""
    lost = marks_lost_head(name, _printed_heads())
    if lost is None:
        zero = _zero_head(name)
        return " ".join([zero[0], *name.split()[zero[1]:]]) if zero else name
    head, n = lost
    return " ".join([head, *name.split()[n:]])


def _read_issuer(layout: Layout, parsed: docnumber.ParsedNumber | None, ctx: Context,
                 f: HeaderFields) -> str | None:
    """The issuer: of the letterhead groups the last is the issuer and the one above its parent;
    without a letterhead, the signature's collective authority or the enacting line (inferred).
    Returns the system found from the header."""
    groups: list[tuple[str, tuple[int, int]]] = []
    for g in _issuer_groups(layout.org_cells):
        name = _marks_restored(capital_l_as_i(collapse_ws(" ".join(c.text.strip(" |*") for c in g))))  # "CHl BỘ"
        if _motto_of(name):
            continue
        if any(_repeats(name, earlier) for earlier, _ in groups):
            continue  # a right-column heading repeating the organisation ("HỘI SINH VIÊN VIỆT NAM")
        groups.append((name, (g[0].start, g[-1].end)))
    names = [g[0] for g in groups]
    system = _system(layout, parsed, names)
    if groups:
        name, span = groups[-1]
        parent = groups[-2][0] if len(groups) > 1 else None
        f.issuer = Issuer(name=name, parent=parent, system=system, inferred=False, span=span)
        return system
    found = _inferred_issuer(layout, ctx)
    if found:
        name, span = found
        name = _completed_by_cut_head(name, ctx.text)
        f.issuer = Issuer(name=name, parent=None, system=system or _system(layout, parsed, [name]),
                          inferred=True, span=span)
        ctx.warn("issuer_inferred", f"no letterhead; issuer taken from {name!r}", span)
    else:
        ctx.warn("issuer_unknown", "no letterhead and no collective authority in the signature")
    return system

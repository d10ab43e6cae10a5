"""Parties: recipients (Kính gửi), distribution (Nơi nhận) and the signer.

Reads the cells that `segment` found in the recipient block and the closing
block. Authority lines are put in normal case and joined with ", "
("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" -> "TM. Ủy ban nhân dân, KT. Chủ tịch").
"""

from __future__ import annotations

import re
from functools import lru_cache

from vanban.context import Context
from vanban.extract.header import vi_title
from vanban.grammar import regexes as rx
from vanban.schemas import DistributionEntry, Recipient, Signer
from vanban.segment.zones import _AUTHORITY, Layout
from vanban.tables import tables
from vanban.textutil import collapse_ws, fold, strip_diacritics

_TRAIL = re.compile(r"[\s;,.]+$")
MIN_RESTORED_POSITION = 6  # shorter position words (BÍ THƯ is 6) are the shortest a lost mark is restored in


def _clean_item(text: str) -> str:
    s = collapse_ws(text).strip(" *")
    s = _TRAIL.sub("", s)
    # "Lưu: VT, KTN. (90b)" keeps its inner punctuation; only the end is trimmed
    return s


def recipients(layout: Layout) -> list[Recipient]:
    out = []
    for c in layout.recipient_cells:
        dash = rx.LIST_ITEM.match(c.text)  # "Kính gửi: - Ban Thường vụ ...;": the first item's dash on the label's line
        lead = dash.end() if dash else 0
        name = _clean_item(c.text[lead:])
        if name:
            out.append(Recipient(name=name, span=(c.start + lead, c.end)))
    return out


def distribution(layout: Layout) -> list[DistributionEntry]:
    out = []
    for c in layout.distribution_cells:
        name = _clean_item(c.text)
        if name:
            out.append(DistributionEntry(name=name, archive=bool(rx.ARCHIVE.match(name)), span=(c.start, c.end)))
    return out


def _authority_text(line: str) -> str:
    m = _AUTHORITY.match(line.strip())
    if not m:
        return vi_title(line)
    prefix = m.group("prefix")
    rest = m.group("rest").strip()
    rest = _l_restored(rest) or rest  # "KT. GlÁM ĐỐC"
    return f"{prefix} {vi_title(rest)}".strip() if rest else prefix


# OCR reads a capital I as a small l inside a word of capitals ("GlÁM ĐỐC", "CHỦ TlCH"): Vietnamese capitals
# never hold an l
_L_FOR_I = re.compile(r"(?<=[^\W\d_])l(?=[^\W\d_])")


def _restored(printed: str) -> str | None:
    """A title line's position words as the positions table spells them when OCR changed them: a capital I read
    as 'l' inside capitals (_L_FOR_I), a lost or changed mark (_marks_restored); None when nothing was."""
    cleaned = _l_as_i(printed)
    return _marks_restored(cleaned) or (fold(cleaned).upper() if cleaned != printed else None)


def _l_restored(printed: str) -> str | None:
    """An authority's title with each 'l' between capitals read as the I it was, its marks then restored as a
    position's are, when it then holds a position's word (its marks alone are never restored there: the body
    after a prefix is no position's word, 'Đoàn trường' is no 'Đoàn trưởng')."""
    cleaned = _l_as_i(printed)
    if cleaned == printed:
        return None
    fixed = _marks_restored(cleaned) or fold(cleaned).upper()
    return fixed if _holds_position(fixed) else None


def _l_as_i(text: str) -> str:
    return _L_FOR_I.sub(lambda m: "I" if _capitals_around(text, m.start()) else "l", text)


def _capitals_around(text: str, at: int) -> bool:
    return text[at - 1].isupper() and text[at + 1].isupper()


def _holds_position(upper: str) -> bool:
    return any(w in upper for w in tables().positions if len(w) >= MIN_RESTORED_POSITION)


def _bare(text: str) -> str:
    """Each letter without its marks, one for one (so offsets agree): 'ĐÔC' -> 'DOC'. Vietnamese has no
    J: OCR reads it for an I with its dot and mark ('TjCH')."""
    return "".join(strip_diacritics(c) or c for c in text).replace("J", "I")


@lru_cache(maxsize=4)
def _bare_positions(positions: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each position word and the pattern of its bare letters as a whole word (built once, not at each
    signature: a pattern a word was a hundred regex-cache look-ups a document)."""
    out = []
    for word in positions:
        bare = re.escape(_bare(word))
        # the word first, then the look behind it (the word included) for a letter before it: a pattern
        # that starts with a lookbehind is tried at every position, one that starts with a letter skips ahead
        out.append((word, re.compile(rf"{bare}(?<!\w{bare})(?!\w)")))
    return tuple(out)


def _marks_restored(printed: str) -> str | None:
    """A title line whose position words lost or changed a mark in a text copied from OCR ('PHÓ GIÁM ĐÔC',
    'PHO BI THU', 'PHÒ BÍ THƯ', 'PHÓ CHỦ TjCH'): the words as the positions table spells them, when the
    line then holds a long one (a short word alone, 'PHO', is never restored)."""
    upper = fold(printed).upper()
    fixed, bare = upper, _bare(upper)
    for word, bare_rx in _bare_positions(tables().positions):  # longest first
        for m in bare_rx.finditer(bare):
            fixed = fixed[:m.start()] + word + fixed[m.end():]
    if fixed == upper or not _holds_position(fixed):
        return None
    return fixed


def signer(layout: Layout, ctx: Context) -> Signer | None:
    if not (layout.authority_cells or layout.position_cell or layout.name_cell):
        ctx.warn("signer_unknown", "no signature block found")
        return None
    authority = ", ".join(_authority_text(c.text) for c in layout.authority_cells) or None
    position = None
    if layout.position_cell:
        printed = collapse_ws(layout.position_cell.text.strip(" *,"))
        fixed = tables().position_fixes.get(fold(printed).upper()) or _restored(printed)
        if fixed:
            ctx.warn("position_repaired", f"read the title {printed!r} as {fixed!r}",
                     (layout.position_cell.start, layout.position_cell.end))
        position = vi_title(fixed or printed)
    name = collapse_ws(layout.name_cell.text.strip(" *")) if layout.name_cell else None
    if name and name.isupper():
        name = " ".join(w[:1] + w[1:].lower() for w in name.split())
    if name is None:
        ctx.warn("signer_name_unknown", "signature block without a readable name")
    elif layout.name_printed is not None and layout.name_cell is not None:
        ctx.warn("signer_name_repaired", f"read the name {layout.name_printed!r} as {name!r} (capitals lost by OCR)",
                 (layout.name_cell.start, layout.name_cell.end))
    if layout.position_printed is not None and layout.position_cell is not None:
        ctx.warn("signer_title_scraps", f"read the title line {layout.position_printed!r} as "
                 f"{layout.position_cell.text!r} (marks of a seal or a signature before it)",
                 (layout.position_cell.start, layout.position_cell.end))
    cells = [c for c in (*layout.authority_cells, layout.position_cell, layout.name_cell) if c]
    span = (min(c.start for c in cells), max(c.end for c in cells))
    return Signer(name=name, position=position, authority=authority, span=span)

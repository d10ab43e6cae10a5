"""Số hiệu (document number) grammar: find, parse, normalize, key.

Two grammars are in use:
- state (NĐ 30/2020): ``N/TYPE-ISSUER[-UNIT]``, ``N/YYYY/TYPE-ISSUER`` for legal
  documents, and ``N/ISSUER-UNIT`` for a công văn (no type letters);
- Party and Đoàn: ``N-TYPE/ISSUER[-UNIT]``.

Printed numbers vary: spaces around separators ("55 - KH/HĐTĐN"), a missing
hyphen ("298 KH/TWĐTN"), unit codes with "." and "&" ("BMT.ANQP.ĐBDC",
"CTĐ&TTN"), and OCR's "01.NQ/TU". `normalize` removes the spaces (a Party/Đoàn
number's missing hyphen put back: "46 HD/TĐ" -> "46-HD/TĐ"); `key` also
folds Đ to D and case so that printed typos (TDTN for TĐTN) still compare equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from vanban.tables import tables

UPPER = "A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ"
LOWER = "a-zđ"
HYPHEN = "-\u2010\u2011\u2012\u2013\u2014"

# A code group: starts with a letter; may hold digits, lower-case letters (TTg,
# CTr, QĐi), and "." or "&" between letters (V.I, CTĐ&TTN, BMT.ANQP.ĐBDC).
# At most one lower-case letter inside a group (TTg, CTr, QĐi, QyĐ), so that a word
# such as "Tỉnh" after a spaced hyphen is never read as a unit code.
_CODE = rf"[{UPPER}][{UPPER}0-9]*[a-zđ]?[{UPPER}0-9]*(?:[.&][{UPPER}0-9][{UPPER}0-9]*[a-zđ]?[{UPPER}0-9]*)*"
_SEP = rf"[ \t]{{0,2}}[{HYPHEN}][ \t]{{0,2}}"  # spaces, never a line break, around a hyphen
_SLASH = r"[ \t]{0,2}/[ \t]{0,2}"
_SEQ = r"(?<![\d/.,])\d{1,6}[a-z]?"

# Party/Đoàn: N-TYPE/ISSUER[-UNIT...]; the hyphen may be missing or an OCR dot.
PARTY_PATTERN = (
    rf"(?P<p_seq>{_SEQ})(?:{_SEP}|\s|\.)(?P<p_type>{_CODE}){_SLASH}"
    rf"(?P<p_issuer>{_CODE})(?P<p_units>(?:{_SEP}{_CODE})*)"
)
# State: N/[YYYY/]CODE[-CODE...]
STATE_PATTERN = (
    rf"(?P<s_seq>{_SEQ}){_SLASH}(?:(?P<s_year>(?:19|20)\d\d){_SLASH})?"
    rf"(?P<s_first>{_CODE})(?P<s_rest>(?:{_SEP}{_CODE})*)"
)
NUMBER_PATTERN = rf"(?:{PARTY_PATTERN}|{STATE_PATTERN})(?!\w)"
# What a number's digits are followed by up to its first code letter, in either grammar (a separator,
# a space or an OCR dot, or a slash and maybe a year): a cheap test before the whole grammar is tried.
NUMBER_OPENING = rf"\d*[a-z]?(?:{_SEP}|\s|\.|{_SLASH}(?:(?:19|20)\d\d{_SLASH})?)[{UPPER}]"
NUMBER_RE = re.compile(NUMBER_PATTERN)


@dataclass(frozen=True, init=False)
class ParsedNumber:
    raw: str
    normalized: str
    seq: int | None
    year: int | None
    type_code: str | None
    issuer_code: str | None
    unit_code: str | None
    grammar: Literal["state", "party"]
    start: int
    end: int
    canonical: str = ""  # with every separator in place: the linking form

    def __init__(self, raw: str, normalized: str, seq: int | None, year: int | None, type_code: str | None,
                 issuer_code: str | None, unit_code: str | None, grammar: Literal["state", "party"], start: int,
                 end: int, canonical: str = "") -> None:
        # the fields filled at once: a frozen dataclass's own __init__ makes one object.__setattr__ call a
        # field, and citations parse every number cited (the instance is as frozen afterwards)
        self.__dict__.update(raw=raw, normalized=normalized, seq=seq, year=year, type_code=type_code,
                             issuer_code=issuer_code, unit_code=unit_code, grammar=grammar, start=start, end=end,
                             canonical=canonical)

    @property
    def repaired(self) -> bool:
        """True when the printed form was corrected (an OCR dot read as a hyphen)."""
        return bool(re.match(r"\d+[a-z]?\s?\.", self.raw))

    @property
    def key(self) -> str:
        return fold_key(self.canonical or self.normalized)  # already parsed: no second parse


_HYPHEN_VARIANTS = HYPHEN[1:]
_LEADING_DIGITS_RE = re.compile(r"\d+")


def clean(s: str) -> str:
    """Hyphen variants unified, whitespace removed (str.split's whitespace is the regex \\s; a short number's
    few substring tests and a split cost a tenth of two regex substitutions)."""
    for h in _HYPHEN_VARIANTS:
        if h in s:
            s = s.replace(h, "-")
    return "".join(s.split())


def _split_groups(s: str) -> list[str]:
    return [g for g in clean(s).split("-") if g]


def _seq(s: str) -> int | None:
    m = _LEADING_DIGITS_RE.match(s)
    return int(m.group()) if m else None


def from_match(m: re.Match) -> ParsedNumber | None:
    """Build a ParsedNumber from a NUMBER_RE match (or a pattern embedding its groups)."""
    t = tables()
    raw = m.group(0)
    if m.group("p_seq") is not None:
        type_code = t.code_for(m.group("p_type"))
        if type_code is None:
            return None  # "3 lần/năm" is not a number: Party grammar needs a known type
        issuer = clean(m.group("p_issuer"))
        units = _split_groups(m.group("p_units") or "")
        seq = m.group("p_seq")
        canonical = f"{seq}-{clean(m.group('p_type'))}/{issuer}" + "".join("-" + u for u in units)
        # In this grammar a space between the sequence and the type stands for the hyphen
        # ("46 HD/TĐ" is 46-HD/TĐ), and an OCR dot ("01.NQ/TU") is a misread one.
        return ParsedNumber(raw, canonical, _seq(seq), None, type_code, issuer,
                            "-".join(units) or None, "party", m.start(), m.end(), canonical)
    seq = m.group("s_seq")
    year = m.group("s_year")
    first = clean(m.group("s_first"))
    rest = _split_groups(m.group("s_rest") or "")
    type_code = t.code_for(first) if rest or year else None
    if type_code is not None:
        state_issuer, units = (rest[0] if rest else None), rest[1:]
    else:
        state_issuer, units = first, rest
    normalized = f"{seq}/" + (f"{year}/" if year else "") + "-".join([first, *rest])
    return ParsedNumber(raw, normalized, _seq(seq), int(year) if year else None, type_code,
                        state_issuer, "-".join(units) or None, "state", m.start(), m.end(), normalized)


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[ParsedNumber]:
    out: list[ParsedNumber] = []
    for m in NUMBER_RE.finditer(text, start, len(text) if end is None else end):
        p = from_match(m)
        if p is not None:
            out.append(p)
    return out


def parse(raw: str) -> ParsedNumber | None:
    """Parse a whole printed number ("Số: 55 - KH/HĐTĐN" is fine)."""
    s = re.sub(r"^\s*S[ốoõẽẻóồ]\s*[:;]?\s*", "", raw.strip())
    m = NUMBER_RE.search(s)
    return from_match(m) if m else None


# OCR drops the slash of a Party/Đoàn number: "342-CVTĐTN-BPT" for "342-CV/TĐTN-BPT".
_LOST_SLASH = re.compile(rf"(?<![\d/])(?P<seq>\d{{1,6}})\s?[{HYPHEN}.]\s?(?P<glued>[{UPPER}][{UPPER}a-zđ]{{2,14}})"
                         rf"(?P<rest>(?:\s?[{HYPHEN}]\s?{_CODE})*)(?!\w)")


def repair_lost_slash(raw: str) -> ParsedNumber | None:
    """Read '342-CVTĐTN-BPT' as '342-CV/TĐTN-BPT' when the glued head splits into a known
    type code and a known issuer code (models/tables/systems.tsv). The caller warns."""
    t = tables()
    m = _LOST_SLASH.search(raw)
    if not m:
        return None
    glued = m.group("glued")
    type_codes = {c.upper() for c in t.type_names}
    for k in range(len(glued) - 1, 0, -1):
        head, tail = glued[:k], glued[k:]
        if head.upper() in type_codes and tail.upper() in t.system_codes:
                fixed = f"{m.group('seq')}-{head}/{tail}{m.group('rest') or ''}"
                p = parse(fixed)
                if p is not None:
                    return ParsedNumber(m.group(0), p.normalized, p.seq, p.year, p.type_code, p.issuer_code,
                                        p.unit_code, p.grammar, m.start(), m.end(), p.canonical)
    return None


def normalize(raw: str) -> str:
    """'55 - KH/HĐTĐN' -> '55-KH/HĐTĐN'. Idempotent; unparseable input is only de-spaced."""
    p = parse(raw)
    return p.normalized if p else clean(raw)


def key(number: str) -> str:
    """Linking key: canonical separators, no spaces, Đ folded to D, upper case.

    '46 HD/TĐ', '46-HD/TDTN'-style typos and '55 - KH/HĐTĐN' all reduce to one key
    per document number.
    """
    p = parse(number)
    return fold_key(p.canonical if p else clean(number))


def fold_key(s: str) -> str:
    """Đ folded to D, upper case: the last step of every key."""
    return s.replace("Đ", "D").replace("đ", "d").upper()


def score_key(number: str) -> str:
    """The comparison of docs/SCORING.md: spaces removed, Đ/đ folded, case folded. A Party/Đoàn
    number's hyphen after the sequence compares equal to the space or nothing printed in its
    place ("46-HD/TĐ" = "46 HD/TĐ" = "46HD/TĐ")."""
    s = re.sub(r"\s+", "", clean(number)).replace("Đ", "D").replace("đ", "d").casefold()
    return re.sub(r"^(\d+[a-z]?)-(?=[a-zđ])", r"\1", s)


# ---- the number after "Số:" when the sequence is handwritten (docs/RECORD.md 1.1) ----------------------
# OCR reads a handwritten sequence as "ý#", "ZZ2", "0+", "„¿4Í _", "Ø0", "#10": a fragment must never
# become a number. The printed codes after the slash are kept, the sequence is left unknown.

# A dotted or underlined blank the number was written on: "383_ /QĐ-UBND", "12..... /TB"
_FILLER_BEFORE_SLASH = re.compile(r"(?<=\d)[_.…·]+(?=[ \t]*/)")
# What may stand right before a clean sequence: the label's colon, a space, the start
_SEQ_LEFT_OK = frozenset(" \t:;.")
_CODES_AFTER_SLASH = re.compile(  # OCR may leave a quote or tick after the slash ("z//'KH-VP")
    rf"/[ \t'‘’`]{{0,3}}(?:(?P<year>(?:19|20)\d\d){_SLASH})?(?P<first>{_CODE})(?P<rest>(?:{_SEP}{_CODE})*)(?!\w)")
_PARTY_TYPE_BEFORE_SLASH = re.compile(rf"(?:{_SEP}|\s)(?P<type>{_CODE}){_SLASH}$")


def strip_filler(body: str) -> str:
    """Remove the blank's underscores or dots between a sequence and its slash ('383_ /QĐ')."""
    return _FILLER_BEFORE_SLASH.sub("", body)


def is_fragment(body: str, parsed: ParsedNumber) -> bool:
    """Is the sequence OCR read after 'Số:' only part of an unreadable handwritten one?

    Zero is no sequence; a sequence glued to a symbol or letter on its left ('ZZ2', '¿02', '#10') is
    the tail of a misread: taking '2' from 'ZZ2' would make a confident wrong number.
    """
    if parsed.seq == 0:
        return True
    left = body[:parsed.start]
    return bool(left.strip(" \t:;.")) and (not left or left[-1] not in _SEQ_LEFT_OK)


def codes_without_seq(body: str) -> ParsedNumber | None:
    """The printed codes of a number whose sequence is unreadable: '/CT-UBND' -> type CT, issuer UBND.

    `seq` is None and `normalized` holds only the certain part ('/CT-UBND', '-KH/TĐTN'), which is not a
    number (the record's `normalized` is null). Party numbers keep their type before the slash
    ('ý#-KH/TĐTN'). The last slash group is the printed one ('/Z⁄/UBND-KSTTHC').
    """
    found = list(_CODES_AFTER_SLASH.finditer(body))
    if not found:
        return None
    m = found[-1]
    t = tables()
    first, rest = clean(m.group("first")), _split_groups(m.group("rest") or "")
    year = m.group("year")
    party = _PARTY_TYPE_BEFORE_SLASH.search(body[:m.start() + 1])
    codes = "-".join([first, *rest])
    if party and not year and t.code_for(party.group("type")):
        certain = f"-{clean(party.group('type'))}/{codes}"
        return ParsedNumber(body[party.start():m.end()].strip(), certain, None, None, t.code_for(party.group("type")),
                            first, "-".join(rest) or None, "party", party.start(), m.end(), "")
    type_code = t.code_for(first) if rest or year else None
    issuer, units = (rest[0] if rest else None, rest[1:]) if type_code else (first, rest)
    certain = "/" + (f"{year}/" if year else "") + codes
    return ParsedNumber(m.group(0), certain, None, int(year) if year else None, type_code, issuer,
                        "-".join(units) or None, "state", m.start(), m.end(), "")

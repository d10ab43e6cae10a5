"""Which body issued a document, as a comparable identity ("tinh doan|kien giang").

Document numbers are not unique across bodies: every Tỉnh đoàn numbers its own
"35-KH/TĐTN-...", every UBND its own "56/2025/QĐ-UBND". The directive graph
therefore identifies a document by (number key, body), and a citation's body
is resolved in the citing document's context: "Ban Thường vụ Tỉnh đoàn" in a
document of Tỉnh đoàn Kiên Giang is Tỉnh đoàn Kiên Giang; "UBND tỉnh" in a
Huyện đoàn plan is that province's UBND; TWĐTN, TTg, CP are national.

Vocabulary lives in models/tables: bodies.tsv (issuer text -> kind, level),
issuer_codes.tsv (số hiệu code -> kind, level), provinces.tsv, organ_words.tsv.
Everything here is a pure function of strings, cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vanban.grammar import docnumber
from vanban.tables import rows as _rows
from vanban.textutil import ascii_fold

NATIONAL, PROVINCE, CITY, DISTRICT = "national", "province", "city", "district"

# A "city" body (Thành đoàn, UBND thành phố) is provincial in a centrally-run city and
# district-level elsewhere ("Thành đoàn Rạch Giá").
_CITY_AS = {"thanh doan": ("tinh doan", "huyen doan"), "thanh uy": ("tinh uy", "huyen uy"),
            "ubnd thanh pho": ("ubnd", "ubnd huyen")}
# Words after which a captured body name ("Sở Giáo dục và Đào tạo tỉnh X") turns into a locality.
_LOCALITY_WORDS = re.compile(r"\s(?:tinh|thanh pho|tp|huyen|quan|thi xa)(?:\s|$)")


@dataclass(frozen=True)
class Body:
    """An issuing organisation. `locality` is a province key, or "province/district"."""

    kind: str
    level: str
    locality: str | None = None

    @property
    def complete(self) -> bool:
        """True when the body names one organisation in the country."""
        return self.level == NATIONAL or bool(self.locality)

    @property
    def key(self) -> str:
        return f"{self.kind}|{self.locality or '?'}" if self.level != NATIONAL else self.kind


@dataclass(frozen=True)
class Province:
    key: str
    central: bool



@lru_cache(maxsize=1)
def _provinces() -> tuple[re.Pattern, dict[str, Province]]:
    names: dict[str, Province] = {}
    for row in _rows("provinces.tsv"):
        prov = Province(ascii_fold(row[0]), row[1] == "1")
        names[prov.key] = prov
        for alias in (row[2].split(",") if len(row) > 2 and row[2] else []):
            names[ascii_fold(alias)] = prov
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b"), names


@lru_cache(maxsize=1)
def _body_rows() -> list[tuple[re.Pattern, str, str, str]]:
    return [(re.compile(r[0]), r[1], r[2], r[3] if len(r) > 3 else "") for r in _rows("bodies.tsv")]


@lru_cache(maxsize=1)
def _codes() -> dict[str, tuple[str, str]]:
    return {r[0].upper(): (r[1], r[2]) for r in _rows("issuer_codes.tsv")}


@lru_cache(maxsize=1)
def _organ_re() -> re.Pattern:
    words = sorted((r[0] for r in _rows("organ_words.tsv")), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b")


def find_province(text: str | None) -> Province | None:
    """The province or centrally-run city named in `text`, if any."""
    if not text:
        return None
    pattern, names = _provinces()
    m = pattern.search(ascii_fold(text))
    return names[m.group()] if m else None


@dataclass(frozen=True)
class NumberFacts:
    key: str  # docnumber.key: the linking key
    year: str | None  # printed year (57/2015/QĐ-TTg)
    code: str | None  # issuer code, Đ folded, upper case


def _fold_code(code: str | None) -> str | None:
    return docnumber.fold_key(code) if code else None


@lru_cache(maxsize=1 << 20)
def number_facts(number: str) -> NumberFacts:
    """One parse per distinct printed number (parsing dominates linking time)."""
    p = docnumber.parse(number)
    if p is None:
        return NumberFacts(docnumber.key(number), None, None)
    return NumberFacts(p.key, str(p.year) if p.year else None, _fold_code(p.issuer_code))


def code_of(number: str | None) -> str | None:
    """The issuer code of a số hiệu, folded: '35-KH/TĐTN-TTNTH' -> 'TDTN'."""
    return number_facts(number).code if number else None


def code_body(code: str | None) -> tuple[str, str] | None:
    """(kind, level) for a known issuer code."""
    return _codes().get(code) if code else None


@dataclass(frozen=True)
class TextBody:
    kind: str
    level: str
    province: Province | None  # named in the text
    district: str | None  # the words after a district-level kind ("chau thanh")


@lru_cache(maxsize=65536)
def body_from_text(text: str | None, system: str | None = None) -> TextBody | None:
    """What an issuer text names: kind, level and any locality it prints."""
    if not text:
        return None
    folded = ascii_fold(text)
    for pattern, kind, level, only in _body_rows():
        if only and only != system:
            continue
        m = pattern.search(folded)
        if not m:
            continue
        if "{1}" in kind:
            own = _LOCALITY_WORDS.split(" " + m.group(1).strip() + " ", maxsplit=1)[0].strip()
            prov_m = _provinces()[0].search(own)
            own = own[:prov_m.start()].strip() if prov_m else own
            kind = kind.replace("{1}", own).strip()
        rest = _organ_re().sub(" ", folded[m.end():])
        province = find_province(rest) or find_province(folded[:m.start()])
        district = None
        if level in (DISTRICT, CITY):
            words = rest
            if province:
                words = _provinces()[0].sub(" ", words)
            words = re.sub(r"\b(?:tinh|thanh pho|tp)\b", " ", words)
            district = " ".join(words.split()) or None
        return TextBody(kind, level, province, district)
    return None


@dataclass(frozen=True)
class DocContext:
    """What a citing document tells about the bodies its citations name."""

    body: Body | None
    province: Province | None
    own_code: str | None
    system: str | None


def _settle(kind: str, level: str, province: Province | None, district: str | None,
            ctx_province: Province | None) -> Body | None:
    """A Body from a kind and whatever locality is known; None when a city body is ambiguous."""
    if level == NATIONAL:
        return Body(kind, NATIONAL)
    if level == CITY:
        prov_kind, dist_kind = _CITY_AS.get(kind, (kind, kind))
        if province and province.central and not district:
            return Body(prov_kind, PROVINCE, province.key)
        if district:
            where = province or ctx_province
            return Body(dist_kind, DISTRICT, f"{where.key}/{district}" if where else None)
        if ctx_province and ctx_province.central:
            return Body(prov_kind, PROVINCE, ctx_province.key)
        return None
    if level == PROVINCE:
        where = province or ctx_province
        return Body(kind, PROVINCE, where.key if where else None)
    where = province or ctx_province
    return Body(kind, level, f"{where.key}/{district}" if where and district else None)


@lru_cache(maxsize=65536)
def document_context(name: str | None, parent: str | None, system: str | None,
                     place: str | None, number: str | None) -> DocContext:
    """A document's own body and province, from its issuer name, parent and number."""
    own_code = code_of(number)
    province = find_province(name) or find_province(parent)
    found = body_from_text(name, system) or body_from_text(parent, system)
    by_code = code_body(own_code)
    if by_code and by_code[1] == NATIONAL:
        return DocContext(Body(by_code[0], NATIONAL), province, own_code, system)
    if found and found.level == NATIONAL:
        return DocContext(Body(found.kind, NATIONAL), province, own_code, system)
    if province is None and found is not None:
        # the place line is a fallback only for the province ("Bến Tre, ngày ...")
        province = find_province(place)
    body = None
    if found:
        body = _settle(found.kind, found.level, found.province, found.district, province)
    elif by_code:
        body = _settle(by_code[0], by_code[1], None, None, province)
    return DocContext(body, province, own_code, system)


def cited_body(issuer: str | None, number: str | None, ctx: DocContext) -> Body | None:
    """The body a citation names, resolved in the citing document's context.

    None when it cannot be told (prefer a stub over a wrong link).
    """
    return _cited_body(issuer, code_of(number), ctx)


@lru_cache(maxsize=262144)
def _cited_body(issuer: str | None, code: str | None, ctx: DocContext) -> Body | None:
    by_code = code_body(code)
    if by_code and by_code[1] == NATIONAL:
        return Body(by_code[0], NATIONAL)
    found = body_from_text(issuer, ctx.system)
    if found and found.level == NATIONAL:
        return Body(found.kind, NATIONAL)
    own = ctx.body
    if found is None:
        if code and code == ctx.own_code and own is not None:
            return own  # the citing body's own series: "38-KH/TĐTN-BPT" in a TĐTN document
        if by_code is None:
            return None
        kind, level, province, district = by_code[0], by_code[1], None, None
    else:
        if by_code and _comparable(by_code[0]) != _comparable(found.kind):
            return None  # text and code disagree: do not guess
        kind, level, province, district = found.kind, found.level, found.province, found.district
    if own is not None and province is None and district is None and _comparable(kind) == _comparable(own.kind):
        return own  # "Ban Thường vụ Tỉnh đoàn" inside a Tỉnh đoàn document
    return _settle(kind, level, province, district, ctx.province)


def _comparable(kind: str) -> str:
    for city, (prov, _dist) in _CITY_AS.items():
        if kind == city:
            return prov
    return kind

"""Pattern tables: the data files under models/tables, loaded once.

Patterns are data: document-type words and codes, authority prefixes,
abbreviations, mottos and the system of each issuer code live in TSV files so
that a new province or body needs a table row, not a code change.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from vanban.textutil import fold, strip_diacritics, upper_vi

LINE_ONLY = "line"  # mottos.tsv: a motto read only as a whole line of its own, never cut out of one


_CHOICES = re.compile(r"\{([^{}|]*(?:\|[^{}|]*)+)\}")  # "{tỉnh|huyện|xã}": a table phrase's alternatives


def choices(phrase: str) -> list[str]:
    """The phrases a table phrase written over alternatives stands for, in order: "hiện toàn {tỉnh|huyện|xã} còn" is
    "hiện toàn tỉnh còn", "hiện toàn huyện còn", "hiện toàn xã còn" (one row for what differs only in one word); a
    phrase without braces is itself. Read by the tables whose readers say so (quantity_cues.tsv: quantities.vocab)."""
    m = _CHOICES.search(phrase)
    if m is None:
        return [phrase]
    return [p for c in m.group(1).split("|") for p in choices(phrase[:m.start()] + c + phrase[m.end():])]


def models_dir() -> Path:
    """Where the assembled pipeline lives (config and tables)."""
    return _models_dir(os.environ.get("VANBAN_MODELS"))


@lru_cache(maxsize=8)  # (one entry a VANBAN_MODELS value: importlib.resources is slow to ask each time)
def _models_dir(env: str | None) -> Path:
    if env:
        return Path(env)
    # installed as the package data `vanban.models` (the design card's models/ folder)
    return Path(str(resources.files("vanban.models")))


def rows(name: str, width: int = 0) -> list[list[str]]:
    """The rows of models/tables/NAME (TSV, '#' comments), cells stripped, padded to `width`.

    Read once a file and process, as `tables()` is (a table changes with a new process); each call gets
    its own lists. A lookup built from a table inside a function called for every document no longer
    reads and splits the file each time (quantity_cues.tsv: half a millisecond)."""
    return list(map(list, _read_rows(models_dir() / "tables" / name, width)))


def role_phrases(name: str, *roles: str) -> list[str]:
    """The phrases of models/tables/NAME whose second cell is one of `roles`, each row written over alternatives
    expanded (`choices`), longest first, so an alternation built from them tries the longer phrase first."""
    phrases = [p for r in rows(name, 2) if r[1] in roles for p in choices(r[0])]
    return sorted(phrases, key=len, reverse=True)


@lru_cache(maxsize=256)  # (the table files, by folder and width)
def _read_rows(path: Path, width: int) -> tuple[tuple[str, ...], ...]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        out.append(tuple(cells + [""] * (width - len(cells))))
    return tuple(out)


@dataclass(frozen=True)
class Tables:
    type_names: dict[str, str] = field(default_factory=dict)  # code -> name
    type_codes_folded: dict[str, str] = field(default_factory=dict)  # folded code/alias -> code
    type_words: list[tuple[str, str]] = field(default_factory=list)  # (UPPER word, code), longest first
    authorities: list[tuple[str, str]] = field(default_factory=list)  # (printed, canonical)
    mottos: list[tuple[str, str]] = field(default_factory=list)  # (folded line, system)
    abbreviations: dict[str, str] = field(default_factory=dict)
    system_codes: dict[str, str] = field(default_factory=dict)  # folded issuer code -> system
    system_words: list[tuple[str, str]] = field(default_factory=list)  # (folded word, system)
    org_heads: tuple[str, ...] = ()  # folded upper, longest first
    localities: tuple[str, ...] = ()
    positions: tuple[str, ...] = ()
    name_titles: tuple[str, ...] = ()  # as printed, longest first
    position_fixes: dict[str, str] = field(default_factory=dict)
    casing: tuple[str, ...] = ()  # title words in normal case, longest first
    title_words: tuple[str, ...] = ()  # document titles without a type code (THỂ LỆ), longest first
    dangling: tuple[str, ...] = ()  # words that cannot end a title line (CỦA, VÀ), folded upper
    banners: tuple[str, ...] = ()  # first words of a banner or congress line (CHÀO MỪNG, ĐẠI HỘI)
    type_word_codes: dict[str, str] = field(default_factory=dict)  # type_words as a lookup (first one wins)
    inline_mottos: tuple[str, ...] = ()  # the mottos that may also stand inside a line (mottos.tsv 'where')

    def code_for(self, printed: str) -> str | None:
        """Canonical type code for a printed code ('QD', 'Qđ', 'CTR' ...)."""
        return self.type_codes_folded.get(fold(printed).upper())

    def name_for(self, code: str | None) -> str | None:
        return self.type_names.get(code) if code else None

    def code_for_word(self, word: str) -> str | None:
        """Type code for a printed type word ('KẾ HOẠCH', 'Công văn')."""
        return self.type_word_codes.get(upper_vi(" ".join(word.split())))

    def code_for_damaged_word(self, word: str) -> str | None:
        """Type code for a type word of two words or more whose marks OCR lost or changed ('QUYÊT ĐỊNH',
        'KÊ HOẠCH'): equal to one once both lose every mark. Only for a title line standing alone (the
        caller's check): a bare word inside prose may be another word."""
        key = strip_diacritics(upper_vi(" ".join(word.split())))
        return _bare_type_codes().get(key) if " " in key else None


@lru_cache(maxsize=64)
def folded_words(name: str) -> frozenset[str]:
    """A word list's words as matching keys (folded, upper case): 'Ban Chỉ đạo' -> 'BAN CHỈ ĐẠO'."""
    return frozenset(fold(r[0]).upper() for r in rows(name))


@lru_cache(maxsize=1)
def tables() -> Tables:
    type_names: dict[str, str] = {}
    type_codes_folded: dict[str, str] = {}
    for row in rows("doc_types.tsv"):
        code, name = row[0], row[1]
        type_names.setdefault(code, name)
        type_codes_folded.setdefault(fold(code).upper(), code)
        if len(row) > 2 and row[2]:
            for alias in row[2].split(","):
                type_codes_folded.setdefault(fold(alias).upper(), code)
    # exact printed codes win over folded collisions (HD vs HĐ, DA vs ĐA)
    for code in type_names:
        type_codes_folded[code.upper()] = code
    type_words = sorted(((upper_vi(r[0]), r[1]) for r in rows("type_words.tsv")), key=lambda x: -len(x[0]))
    authorities = [(r[0], r[1]) for r in rows("authorities.tsv")]
    motto_rows = rows("mottos.tsv", 3)
    mottos = [(fold(r[0]).upper(), r[1]) for r in motto_rows]
    abbreviations = {r[0]: r[1] for r in rows("abbreviations.tsv")}
    system_codes: dict[str, str] = {}
    system_words: list[tuple[str, str]] = []
    for r in rows("systems.tsv"):
        if r[2] == "code":
            system_codes[fold(r[0]).upper()] = r[1]
        else:
            system_words.append((fold(r[0]).upper(), r[1]))
    system_words.sort(key=lambda x: -len(x[0]))
    def words(name: str) -> tuple[str, ...]:
        return tuple(sorted(folded_words(name), key=lambda w: -len(w)))

    return Tables(type_names, type_codes_folded, type_words, authorities, mottos, abbreviations,
                  system_codes, system_words, words("org_heads.tsv"), words("localities.tsv"),
                  words("positions.tsv"),
                  tuple(sorted((r[0] for r in rows("name_titles.tsv")), key=lambda w: -len(w))),
                  {fold(r[0]).upper(): r[1] for r in rows("position_fixes.tsv")},
                  tuple(sorted((r[0] for r in rows("casing.tsv")), key=lambda w: -len(w))),
                  title_words=words("title_words.tsv"), dangling=words("dangling_words.tsv"),
                  banners=words("banner_words.tsv"), type_word_codes=_first_codes(type_words),
                  inline_mottos=tuple(fold(r[0]).upper() for r in motto_rows if r[2] != LINE_ONLY))


@lru_cache(maxsize=1)
def _bare_type_codes() -> dict[str, str]:
    out: dict[str, str] = {}
    for printed, code in tables().type_words:
        out.setdefault(strip_diacritics(printed), code)
    return out


def _first_codes(pairs: list[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for printed, code in pairs:
        out.setdefault(printed, code)
    return out

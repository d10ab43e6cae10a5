"""Legacy Vietnamese encodings: TCVN3 (ABC) and VNI text converted to Unicode.

Before Unicode, Vietnamese documents were typed in 8-bit fonts: TCVN3 (.VnTime,
.VnArial; one byte per letter) and VNI (VNI-Times; a base letter followed by a
mark byte). Read through Latin-1, as a text file or a DOCX/PDF run in such a
font arrives here, they look like "Céng hßa" or "Coäng hoøa". Where the font
names the encoding (DOCX runs, PDF words) the text is converted directly; where
it does not (plain files, fonts lost), `detect` converts only when the result
reads as Vietnamese syllables clearly better than the text as it is.
The byte tables are data: models/tables/legacy_{tcvn3,vni,fonts}.tsv.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from vanban.tables import rows

from .quality import VIETNAMESE_LETTERS

NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}
MIN_WORDS = 3  # fewer converted words than this is no evidence either way
MIN_SHARE = 0.7  # of the words with a non-ASCII letter, this share must be valid syllables
MIN_GAIN = 2  # and the conversion must make this many more valid words than the text had
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"[^\W\d_]+")
_LEGACY_RANGE = re.compile(r"[\u00a0-\u00ff]")


@dataclass(frozen=True)
class _Tables:
    tcvn3: dict[int, str]
    vni: dict[str, str]
    vni_pattern: re.Pattern[str]
    fonts: tuple[tuple[re.Pattern[str], str, bool], ...]  # (font regex, encoding, all capitals)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    tcvn3 = {int(code, 16): letter for code, letter in rows("legacy_tcvn3.tsv", 2)}
    vni = {bytes(int(b, 16) for b in seq.split()).decode("latin-1"): letter
           for seq, letter in rows("legacy_vni.tsv", 2)}
    # longest sequence first: "OÂ" is Ô, a lone "Ô" is Ơ
    pattern = re.compile("|".join(re.escape(s) for s in sorted(vni, key=len, reverse=True)))
    fonts = tuple((re.compile(rx), enc, case == "upper") for rx, enc, case in rows("legacy_fonts.tsv", 3))
    return _Tables(tcvn3, vni, pattern, fonts)


def convert(text: str, encoding: str, upper: bool = False) -> str:
    """Latin-1 view of TCVN3/VNI text -> Unicode (NFC). `upper` for the capital fonts (.VnTimeH)."""
    t = _tables()
    if encoding == "tcvn3":
        out = text.translate(t.tcvn3)
    elif encoding == "vni":
        out = t.vni_pattern.sub(lambda m: t.vni[m.group()], text)
    else:
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    out = unicodedata.normalize("NFC", out)
    return out.upper() if upper else out


def font_encoding(font: str | None) -> tuple[str, bool] | None:
    """(encoding, all capitals) for a legacy font name ('.VnTime', 'ABCDEF+VNI-Times'), else None."""
    if not font:
        return None
    for rx, enc, upper in _tables().fonts:
        if rx.search(font):
            return enc, upper
    return None


_VOWELS = "".join(sorted(c for c in VIETNAMESE_LETTERS if c.lower() not in "đ"))
# One Vietnamese syllable: onset, a vowel nucleus of at most three letters, a coda.
_SYLLABLE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VOWELS}]{{1,3}}(?:ch|ng|nh|[cmnpt])?",
    re.IGNORECASE)


def is_syllable(word: str) -> bool:
    """A Vietnamese syllable with at most one tone mark (Latin-1 soup rarely is one)."""
    if not _SYLLABLE.fullmatch(word):
        return False
    tones = sum(1 for c in unicodedata.normalize("NFD", word) if c in _TONES)
    return tones <= 1


def _score(text: str) -> tuple[int, int]:
    """(valid, total) over the words that hold a non-ASCII letter."""
    valid = total = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        total += 1
        valid += is_syllable(word)
    return valid, total


def might_be_legacy(text: str) -> bool:
    """Cheap test: Latin-1 letters and no letter that only Unicode Vietnamese has (ạ, ơ, đ ...)."""
    if not _LEGACY_RANGE.search(text):
        return False
    return not any("\u0100" <= c <= "\u1fff" for c in text)


def detect(text: str, baseline: str | None = None) -> tuple[str, str] | None:
    """(encoding, converted text) when `text` is TCVN3 or VNI read as Latin-1, else None.

    The conversion must read better than `baseline` (default: the text as it is; for
    undecoded bytes, their Windows-1258 reading, the other legacy guess).
    """
    if not might_be_legacy(text):
        return None
    base, _ = _score(text if baseline is None else baseline)
    best: tuple[int, str, str] | None = None
    for enc in ("vni", "tcvn3"):
        converted = convert(text, enc)
        valid, total = _score(converted)
        if valid >= MIN_WORDS and valid >= MIN_SHARE * total and valid >= base + MIN_GAIN:
            if best is None or valid > best[0]:
                best = (valid, enc, converted)
    return (best[1], best[2]) if best else None


def note(encoding: str, where: str = "text") -> str:
    return f"{where} in the legacy {NAMES[encoding]} encoding, converted to Unicode"

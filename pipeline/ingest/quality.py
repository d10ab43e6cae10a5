"""Is this text plausible Vietnamese/Latin text, or junk?

Used to reject binary files that decode "successfully" as a legacy code page,
and to send PDF pages whose text layer is empty or garbage (missing ToUnicode
maps, TCVN3/VNI font encodings, "(cid:12)" runs) to OCR.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_VI_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# Every precomposed Vietnamese letter (NFC), plus đ/Đ.
VIETNAMESE_LETTERS = frozenset(
    {unicodedata.normalize("NFC", v + t) for v in _VI_VOWELS for t in ("",) + tuple(_TONES)} | {"đ", "Đ"}
)
# Vietnamese-only letters: evidence that a text is Vietnamese, not merely Latin.
VIETNAMESE_ONLY = frozenset(
    c for c in VIETNAMESE_LETTERS if not ("\u0000" <= c <= "\u00ff")
) | frozenset("ăâêôơưđĂÂÊÔƠƯĐ")
# Typography seen in real documents (quotes, dashes, bullets, superscripts, units).
_TYPOGRAPHY = frozenset("“”‘’–—…•·°№×±≤≥«»¹²³⁴⁵⁶⁷⁸⁹⁰‰€→✓\u00a0\u200b\ufeff")
# Box-drawing characters (U+2500-U+257F): the rules of a table drawn in plain text ("┌──┬──┐", "│ 1 │ ... │"),
# as a table copied from a terminal, an e-mail or a text export prints it; never junk.
_BOX_DRAWING = frozenset(chr(c) for c in range(0x2500, 0x2580))
_CID = re.compile(r"\(cid:\d+\)")
_CONTROL_OK = frozenset("\t\n\r\f\v")


@dataclass(frozen=True)
class TextQuality:
    chars: int  # non-space characters
    letters: int  # plausible letters (ASCII or Vietnamese)
    junk: int  # characters no Vietnamese/Latin document is made of
    controls: int  # C0/C1 control characters other than whitespace
    vietnamese: int  # Vietnamese-only letters

    @property
    def junk_share(self) -> float:
        return self.junk / self.chars if self.chars else 0.0

    @property
    def vietnamese_share(self) -> float:
        """Share of the letters that only Vietnamese has (ă â ê ô ơ ư đ and the toned vowels):
        about 0.2 in Vietnamese prose, 0 in a text layer that lost its diacritics."""
        return self.vietnamese / self.letters if self.letters else 0.0


def measure(text: str) -> TextQuality:
    """Count plausible and implausible characters (after NFC; `(cid:N)` counts as junk)."""
    cids = _CID.findall(text)
    if cids:
        text = _CID.sub("", text)
    text = unicodedata.normalize("NFC", text)
    chars = letters = junk = controls = vietnamese = 0
    for c in text:
        if c.isspace():
            if c not in _CONTROL_OK and c != " " and c != "\u00a0":
                controls += unicodedata.category(c) == "Cc"
            continue
        chars += 1
        if " " <= c <= "~":
            letters += c.isalpha()
        elif c in VIETNAMESE_LETTERS:
            letters += 1
            vietnamese += c in VIETNAMESE_ONLY
        elif c in _TYPOGRAPHY or c in _BOX_DRAWING:
            pass
        else:
            controls += unicodedata.category(c) in ("Cc", "Cf")
            junk += 1
    junk += 4 * len(cids)
    chars += 4 * len(cids)
    return TextQuality(chars, letters, junk, controls, vietnamese)


def looks_like_text(text: str | TextQuality, max_junk: float = 0.08) -> bool:
    """Plausible text? Takes the text or its `measure` (to measure once and report the counts)."""
    q = text if isinstance(text, TextQuality) else measure(text)
    return q.chars > 0 and q.controls <= max(2, q.chars // 500) and q.junk_share <= max_junk

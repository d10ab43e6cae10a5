"""Vietnamese numerals: "3.000" (thousands dot), "17,5" (decimal comma), "01", scale words.

Vietnamese prints groups of thousands with "." and decimals with ",", and
counts with leading zeros ("01 km", "06 tỉ đồng"). A dot followed by exactly
three digits is a thousands separator ("1.025" is 1025); any other single dot
is read as an English-locale decimal point ("1.5" is 1.5). Years are never
grouped, so "2023" is simply 2023. Scale words ("nghìn/ngàn", "triệu",
"tỷ/tỉ", "nghìn tỷ") multiply; they live in models/tables/units.tsv.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from vanban.tables import rows
from vanban.textutil import fold_lower

# Embeddable: one Vietnamese numeral, grouped ("3.000", "17.500.000") or plain
# ("2023", "01"), with an optional decimal comma part ("17,5", "3,5"). It does
# not start inside a word or another number ("99A", "11/8", "COVID-19") and
# does not stop before ".5"/"/8"/":30" (dates, times, section numbers).
BARE_NUMBER_RX = r"(?:\d{1,3}(?:\.\d{3})+(?!\d)|\d+)(?:,\d+)?(?![\d]|[.,/:]\d)"
NUMBER_RX = r"(?<![\w.,/])(?<!\w[-‐–])" + BARE_NUMBER_RX
# The same matches as NUMBER_RX, written to begin with the digit (the lookbehinds then look past it):
# a pattern that starts with a lookbehind is tried at every position of the text, one that starts
# with \d lets the engine skip to the next digit (3x faster over a document). Use it to scan.
NOT_AFTER_WORD_RX = r"(?<![\w.,/]\d)"  # after a consumed first digit: the character before it
NUMBER_SCAN_RX = (r"\d" + NOT_AFTER_WORD_RX + r"(?<!\w[-‐–]\d)"
                  r"(?:\d{0,2}(?:\.\d{3})+(?!\d)|\d*)(?:,\d+)?(?![\d]|[.,/:]\d)")
NUMBER_RE = re.compile(NUMBER_SCAN_RX)

_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:,\d+)?")
_DOT_DECIMAL = re.compile(r"\d+\.\d+")  # one dot, not followed by exactly 3 digits


@lru_cache(maxsize=1)
def scale_words() -> dict[str, int]:
    """Folded scale word -> factor ("triệu" -> 1000000), from units.tsv rows of kind `scale`."""
    return {fold_lower(word): int(value) for word, kind, value, *_ in rows("units.tsv", 3) if kind == "scale"}


def _digits(s: str) -> Decimal | None:
    if _GROUPED.fullmatch(s) or _PLAIN.fullmatch(s):
        return Decimal(s.replace(".", "").replace(",", "."))
    if _DOT_DECIMAL.fullmatch(s):
        return Decimal(s)
    return None


def _as_number(d: Decimal) -> float | int:
    return int(d) if d == d.to_integral_value() else float(d)


@lru_cache(maxsize=4096)  # the same numerals ("01", "100", "3.000") again and again
def parse_number(s: str) -> float | int | None:
    """'3.000' -> 3000, '17,5' -> 17.5, '01' -> 1, '17,5 tỉ' -> 17500000000; None if not a numeral."""
    text = " ".join(s.split())
    if not text:
        return None
    sign = 1
    if text[0] in "-−–":
        sign, text = -1, text[1:].lstrip()
    head, _, tail = text.partition(" ")
    value = _digits(head)
    if value is None:
        return None
    if tail:
        factor = scale_words().get(fold_lower(tail))
        if factor is None:
            return None
        value *= factor
    return _as_number(sign * value)


def format_number(x: float | int, group: bool = True) -> str:
    """The Vietnamese way: 1234567.5 -> '1.234.567,5' (group=False: '1234567,5')."""
    d = Decimal(repr(x)) if isinstance(x, float) else Decimal(x)
    if d == d.to_integral_value():
        d = d.to_integral_value()
    sign = "-" if d < 0 else ""
    text = format(abs(d), "f")
    whole, _, frac = text.partition(".")
    if group:
        whole = f"{int(whole):,}".replace(",", ".")
    return sign + whole + ("," + frac if frac else "")

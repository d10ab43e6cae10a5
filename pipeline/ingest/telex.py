"""Telex residue: Vietnamese words typed on an English keyboard while the input method was off.

With Unikey or the system's Telex switched off, "báo cáo như sau" is typed as "baos caos nhuw sau": the
keys that would have made the marks stay as letters (a tone key s/f/r/x/j after the word, a doubled or
w-marked vowel, "dd" for đ). A word is read back only when its Telex reading is a Vietnamese syllable
that the document itself or the project's tables write with its marks elsewhere ("báo" in the title
BÁO CÁO): an English word, an abbreviation, an e-mail's or a web address's letters, a code are left as
they are, and so are words in capitals (abbreviations: "TW"). The keys are data (models/tables/telex_keys.tsv).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from vanban.tables import models_dir, rows

from .legacy import is_syllable

_TOKEN = re.compile(r"(?<![\w@./:\\-])[A-Za-z]{2,10}(?![\w@/\\-]|\.\w)")
_MARKED_WORD = re.compile(r"[^\W\d_]+")
_TONE_OF = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_VOWELS = "aăâeêioôơuưy"
_MIN_WORD = 2  # letters of the word read back: a lone "á" is too rarely a word to trust


@lru_cache(maxsize=1)
def _keys() -> tuple[tuple[str, str], ...]:
    """(keys as typed, letters) for the vowel and đ keys, longest first ("uow" before "ow")."""
    pairs = [(r[0], r[1]) for r in rows("telex_keys.tsv", 2)]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


@lru_cache(maxsize=1)
def _table_words() -> frozenset[str]:
    """Every word with a mark in the project's tables, folded to lower case: common words of documents."""
    words: set[str] = set()
    for path in sorted((models_dir() / "tables").glob("*.tsv")):
        for cell in (c for row in rows(path.name) for c in row):
            words.update(w.lower() for w in _MARKED_WORD.findall(cell) if not w.isascii())
    return frozenset(words)


def _modified(word: str) -> str:
    """The vowel and đ keys read: "nhuw" -> "như" (before its tone), "khoong" -> "không"."""
    out = word
    for typed, letters in _keys():
        out = out.replace(typed, letters)
    return out


def _candidates(token: str) -> list[str]:
    """The readings of a lower-case token as Telex: its tone key last, on each vowel of the syllable."""
    tone = _TONE_OF.get(token[-1]) if len(token) > _MIN_WORD else None
    base = _modified(token[:-1] if tone else token)
    if base == token or not any(c in _VOWELS for c in base):
        return []
    if tone is None:
        return [base]
    return [unicodedata.normalize("NFC", base[:i + 1] + tone + base[i + 1:])
            for i, c in enumerate(base) if c in _VOWELS]


def _reading(token: str, known: set[str]) -> str | None:
    """The word the token was typed for, None when no reading is a known marked word."""
    lower = token.lower()
    for word in _candidates(lower):
        if len(word) >= _MIN_WORD and is_syllable(word) and word in known:
            return word[0].upper() + word[1:] if token[0].isupper() else word
    return None


def repair(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text with its Telex residue read back, and the (typed, read) pairs (none: the text as it was)."""
    # (capitals are abbreviations: "TW" is Trung ương, no "TƯ" typed without its mark)
    tokens = [m for m in _TOKEN.finditer(text) if not m.group().isupper() and _candidates(m.group().lower())]
    if not tokens:
        return text, []
    known = {w.lower() for w in _MARKED_WORD.findall(text) if not w.isascii()} | _table_words()
    out: list[str] = []
    done: list[tuple[str, str]] = []
    pos = 0
    for m in tokens:
        word = _reading(m.group(), known)
        if word is not None:
            out += [text[pos:m.start()], word]
            done.append((m.group(), word))
            pos = m.end()
    return "".join(out) + text[pos:], done


def note(done: list[tuple[str, str]]) -> str:
    shown = ", ".join(f"{a} -> {b}" for a, b in done[:5])
    return f"Telex residue (typed with the input method off) read back: {len(done)} word(s) ({shown})"

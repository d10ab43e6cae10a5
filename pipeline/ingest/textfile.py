"""Plain-text files: detect the encoding, never guess silently.

Accepted: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, UTF-16 without
a BOM (recognised by its NUL pattern, with a note), and legacy Windows-1258
(the Vietnamese code page, whose tone marks are combining characters, so the
result is NFC-composed; a note says the code page was assumed). TCVN3 (ABC) and
VNI text, bytes or already Latin-1 letters, is recognised and converted (legacy.py); words typed with
the Telex input method off are read back (telex.py). Anything else
is binary and raises IngestError.
"""

from __future__ import annotations

import unicodedata

from vanban.errors import IngestError

from . import legacy, quality, telex

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on one parity of mostly-ASCII text."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
    even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
    if odd > 0.3 * pairs and even < 0.02 * pairs:
        return "utf-16-le"
    if even > 0.3 * pairs and odd < 0.02 * pairs:
        return "utf-16-be"
    return None


def decode(data: bytes, path: str | None = None) -> tuple[str, str, list[str]]:
    """Bytes -> (NFC text, encoding name, notes). Raises IngestError for empty or binary data."""
    notes: list[str] = []
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise IngestError("empty file", path)
    text: str | None = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(name.replace("-sig", ""))
            except UnicodeDecodeError as e:
                raise IngestError(f"invalid {name} text after its byte-order mark ({e.reason} at byte {e.start})", path) from e
            encoding = name
            break
    if text is None and b"\x00" in data:
        guess = _bomless_utf16(data)
        if guess is None:
            raise IngestError("binary data, not text (NUL bytes; not UTF-16)", path)
        try:
            text = data.decode(guess)
        except UnicodeDecodeError as e:
            raise IngestError(f"binary data, not text (looked like {guess} without BOM: {e.reason})", path) from e
        encoding = guess
        notes.append(f"no byte-order mark: {guess} recognised by its NUL pattern")
    if text is None:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as utf8_error:
            legacy_text = _legacy(data)
            if legacy_text is not None:
                text, encoding = legacy_text
                notes.append(legacy.note(encoding, "not UTF-8: text"))
                return _checked(text, encoding, notes, path)
            try:
                text = data.decode("cp1258")
            except UnicodeDecodeError:
                raise IngestError(
                    f"not text: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                    "and not Windows-1258 (binary data?)",
                    path,
                ) from utf8_error
            encoding = "cp1258"
            notes.append(
                f"not UTF-8 (invalid byte at {utf8_error.start}): decoded as legacy Windows-1258 "
                "(Vietnamese code page) and NFC-composed"
            )
    composed = unicodedata.normalize("NFC", text)
    if composed != text and encoding != "cp1258":
        notes.append("text was not NFC: composed combining marks")
    found = legacy.detect(composed) if encoding != "cp1258" else None
    if found is not None:  # TCVN3/VNI letters saved as Unicode Latin-1 (a converted .VnTime file)
        notes.append(legacy.note(found[0]))
        composed = found[1]
    composed, typed = telex.repair(composed)
    if typed:  # words typed with the input method off ("baos caos nhuw sau")
        notes.append(telex.note(typed))
    return _checked(composed, encoding, notes, path)


def _legacy(data: bytes) -> tuple[str, str] | None:
    """(Unicode text, 'tcvn3'|'vni') when non-UTF-8 bytes are TCVN3 or VNI text."""
    try:
        latin = data.decode("cp1252")  # the fonts' Windows view: curly quotes and dashes at 0x80-0x9F
    except UnicodeDecodeError:
        latin = data.decode("latin-1")
    try:
        cp1258 = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        cp1258 = None
    found = legacy.detect(latin, baseline=cp1258)
    return (found[1], found[0]) if found else None


def _checked(composed: str, encoding: str, notes: list[str], path: str | None) -> tuple[str, str, list[str]]:
    q = quality.measure(composed)
    if not quality.looks_like_text(q):
        raise IngestError(
            f"binary data, not text (decoded as {encoding}: {q.junk}/{q.chars} implausible characters, "
            f"{q.controls} control characters)",
            path,
        )
    return composed, encoding, notes

"""Contacts: e-mail addresses, web addresses, phone numbers and contact persons.

Emails and URLs are taken as printed (markdown residue "<https://...>" and
"[x](mailto:x)" reduced to the address), deduplicated in first-seen order.
Phones are Vietnamese numbers (0xx..., (028) ..., +84 ..., 1900 ..., and
short hotlines after "tổng đài"/"đường dây nóng"); tax codes, account and ID
numbers are not phones. A contact person is a name introduced by "Đ/c" or
"đồng chí", with the role that follows a dash or comma; the Nơi nhận list is
distribution, not contacts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from vanban.context import Context
from vanban.grammar.regexes import NOI_NHAN_WORDS, VN_LOWER, VN_UPPER
from vanban.schemas import Contacts, Person
from vanban.tables import tables
from vanban.textutil import collapse_ws, finditer_at, lower_of, upper_vi, word_starts

_EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"“”'‘’,;]+", re.I)
_URL_TRAIL = ".,;:!?»”’'_*"
_URL_SPLIT_TLD = re.compile(r"\s(?:vn|com|org|net)(?![\w.])")  # "https://dichvucong.gov. vn"

_SEP = r"[\s.]?"
# The phone forms in order, each with the character it opens with.
_PHONE_FORMS = (
    ("+", rf"\+84{_SEP}\(?0?\)?\d{{1,3}}(?:{_SEP}\d{{2,4}}){{2,3}}"),  # +84 24 3941 1232
    ("(", rf"\(0\d{{1,3}}\){_SEP}\d{{3,4}}(?:[\s.-]?\d{{2,4}}){{1,2}}"),  # (028) 3829 1234
    ("0", r"0\d{2,3}(?:[\s.-]?\d{2,4}){2,3}"),  # 0913.123.456, 024 3941 1232, 0243.9411232
    ("0", r"0\d{9,10}"),  # 02439411232
    ("1", rf"1[89]00{_SEP}\d{{3,4}}(?:{_SEP}\d{{2,4}})?"),  # 1900 1234 56
)
_PHONE_END = r"(?![\w/]|[.,]\d)"
_PHONE = re.compile("(?:" + "|".join(form for _, form in _PHONE_FORMS) + ")" + _PHONE_END)
# The forms grouped by their opening character, each group one pattern opening with that literal (the engine skips
# from one to the next; _PHONE, whose forms open with four characters, was tried at every position of the text).
_PHONE_BY_OPENING = tuple(
    re.compile("(?:" + "|".join(form for o, form in _PHONE_FORMS if o == opening) + ")" + _PHONE_END)
    for opening in dict.fromkeys(o for o, _ in _PHONE_FORMS))
_PHONE_BEFORE = re.compile(r"(?<![\w/.,+-])$")
# Pre-checks that skip a family's regexes on documents without its words: what the family's regex
# needs, looked for in the lower-cased text (substring tests and a case-sensitive scan are several
# times cheaper than a case-insensitive regex scan). They stop before an "i" or "s": a
# case-insensitive regex also takes "İ", "ı" and "ſ" for those, which lower-case to something else.
_HOTLINE_HINT = re.compile(r"tổng\s+đà|đường\s+dây\s+nóng|hotl|khẩn\s+cấp")  # tổng đài, ..., số khẩn cấp
_HOTLINE_FIRSTS = ("tổng", "đường", "hotl", "khẩn")  # where _HOTLINE_HINT can begin
_URL_KEYS = ("://", "www.")
_URL_FIRSTS = ("http", "www.")  # where _URL can begin, lower-cased
_COMRADE_KEYS = ("/c", "đồng")  # Đ/c, Đ/C, đồng chí
_PERSON_FIRSTS = ("đ/c", "đồng")  # where _PERSON can begin, lower-cased
_HOTLINE = re.compile(r"(?:tổng\s+đài|đường\s+dây\s+nóng|hotline|số\s+khẩn\s+cấp)\s*:?\s*(?P<n>1\d{2,3})(?![\w/.,])",
                      re.I)
# An unseparated digit run ("02439411232") is a phone only after one of these cues.
_PHONE_CUE = re.compile(r"(?:điện\s+thoại|ĐT|SĐT|Tel|Fax|hotline|di\s+động|liên\s+hệ|gọi)[^\n\d]{0,30}$", re.I)
# A 10-digit code after these labels is a tax code, an account or an ID, not a phone.
_NOT_PHONE = re.compile(r"(?:MST|mã\s+số(?:\s+thuế)?|tài\s+khoản|STK|CCCD|CMND|căn\s+cước|số\s+hiệu|mã)\s*[:.]?\s*$",
                        re.I)

_NAME_WORD = rf"[{VN_UPPER}][{VN_LOWER}]+"
# (the first letter is matched before the lookbehind checks the one in front of it: a pattern that
# starts with a lookbehind is tried at every position of the text)
_PERSON = re.compile(
    rf"(?:Đ(?<!\w.)(?:/[cC]|ồng\s+chí)|đ(?<!\w.)(?:/c|ồng\s+chí))\s+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,4}})"
    rf"(?:[ \t]*[-–—,:(][ \t]*(?P<role>[{VN_UPPER}][^\n;,.()]{{1,80}}))?")
# Where a role ends and the assignment begins ("– Phó Bí thư Đoàn Khối phụ trách theo dõi").
_ROLE_STOP = re.compile(
    r"\s+(?:phụ\s+trách|theo\s+dõi|chịu\s+trách|làm|là|có|để|tại|số|điện\s+thoại|ĐT|SĐT|email|e-mail|"
    r"di\s+động|liên\s+hệ|trực|chủ\s+trì|tham\s+gia|thực\s+hiện|báo\s+cáo)(?![\w])", re.I)
_NOI_NHAN = re.compile(r"(?m)^[ \t*_]*" + NOI_NHAN_WORDS)


@lru_cache(maxsize=1)
def _title_words() -> tuple[str, ...]:
    """Position words (upper case): a "name" that starts with one is a title ("Phó Bí thư")."""
    words = {p.split()[0] for p in tables().positions}
    return tuple(sorted(words))


def _dedup(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for x in items:
        k = x.casefold()
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


# the opening line of a forwarded mail's header block ("---------- Forwarded message ---------", Gmail's, in English
# or Vietnamese): its From/To lines until the first blank line name the mail's sender and receiver, not contacts
# the document gives (forty-first heldout round: a công điện forwarded by e-mail)
_FORWARD_OPENINGS = ("Forwarded message", "Original Message", "Thư đã chuyển tiếp", "Tin nhắn đã chuyển tiếp",
                     "Thư chuyển tiếp")
_FORWARD_HEADER = re.compile(
    r"(?m)^[ \t]*-{3,}[ \t]*(?:" + "|".join(re.escape(w) for w in _FORWARD_OPENINGS) + r")[ \t]*-{3,}[ \t]*\n"
    r"(?:[ \t]*\S[^\n]*(?:\n|$))*", re.IGNORECASE)


def _forward_headers(text: str) -> list[tuple[int, int]]:
    """The spans of forwarded mails' header blocks (their opening line to the first blank line)."""
    if "---" not in text:
        return []
    return [m.span() for m in _FORWARD_HEADER.finditer(text)]


def _emails(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    if "@" not in text:  # cheap checks first: most documents have no contacts at all
        return found, spans
    mail_headers = _forward_headers(text)
    for m in _EMAIL.finditer(text):
        if any(a <= m.start() < b for a, b in mail_headers):
            continue
        addr = m.group().rstrip(".-")
        found.append(addr)
        spans.append((m.start(), m.start() + len(addr)))
    return _dedup(found), spans


def _has_any(lower: str, keys: tuple[str, ...]) -> bool:
    return any(k in lower for k in keys)


def _matches(pattern: re.Pattern[str], text: str, lower: str, firsts: tuple[str, ...],
             end: int) -> Iterator[re.Match[str]]:
    """pattern.finditer(text, 0, end) for a pattern that can only begin where one of `firsts` is in
    the lower-cased text: tried there only (found by substring search, many times cheaper than
    letting the regex engine try every position of a long text)."""
    if len(lower) != len(text):  # offsets of the lower-cased text would not be the text's
        return pattern.finditer(text, 0, end)
    return finditer_at(pattern, text[:end], word_starts(lower[:end], firsts))


def _urls(text: str, lower: str, taken: list[tuple[int, int]]) -> list[str]:
    found: list[str] = []
    if not _has_any(lower, _URL_KEYS):
        return found
    for m in _matches(_URL, text, lower, _URL_FIRSTS, len(text)):
        if any(a <= m.start() < b for a, b in taken):
            continue
        url = m.group()
        if url.endswith("."):
            split = _URL_SPLIT_TLD.match(text, m.end())
            if split:
                url += split.group().strip()
        url = url.rstrip(_URL_TRAIL)
        if "." in url.split("://")[-1]:
            found.append(url)
    return _dedup(found)


def _phone_starts(text: str) -> list[int]:
    """Every offset where _PHONE matches, sorted: where one of its opening groups matches (overlaps included,
    so that a match inside another group's is kept for finditer_at to judge)."""
    starts: list[int] = []
    for group in _PHONE_BY_OPENING:
        m = group.search(text)
        while m is not None:
            starts.append(m.start())
            m = group.search(text, m.start() + 1)
    starts.sort()
    return starts


def _phones(text: str, lower: str) -> list[str]:
    found = []
    for m in finditer_at(_PHONE, text, _phone_starts(text)):
        if not _PHONE_BEFORE.search(text, max(0, m.start() - 1), m.start()):
            continue
        if _NOT_PHONE.search(text, max(0, m.start() - 20), m.start()):
            continue
        digits = re.sub(r"\D", "", m.group())
        if digits == m.group() and not _PHONE_CUE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "0300000001" in a table is a procedure code
        if digits.startswith("84"):
            digits = "0" + digits[2:].lstrip("0")
        if digits.startswith("0") and len(digits) not in (10, 11):
            continue
        found.append(collapse_ws(m.group()))
    if any(_HOTLINE_HINT.match(lower, i) for i in word_starts(lower, _HOTLINE_FIRSTS)):
        found += [m.group("n") for m in _HOTLINE.finditer(text)]
    return _dedup(found)


def _people(ctx: Context, lower: str) -> list[Person]:
    text = ctx.text
    if not _has_any(lower, _COMRADE_KEYS):
        return []
    end = len(text)
    if not ctx.zones:
        nn = _NOI_NHAN.search(text)
        end = nn.start() if nn else end
    out: list[Person] = []
    for m in _matches(_PERSON, text, lower, _PERSON_FIRSTS, end):
        if ctx.in_zone(m.start(), "distribution"):
            continue
        name = collapse_ws(m.group("name"))
        if upper_vi(name).split()[0] in _title_words():
            continue  # "đồng chí Phó Bí thư": a title, not a name
        role, span_end = None, m.end("name")
        if m.group("role"):
            raw = m.group("role")
            stop = _ROLE_STOP.search(raw)
            raw = (raw[:stop.start()] if stop else raw).rstrip(" \t-–")
            if raw:
                role, span_end = collapse_ws(raw), m.start("role") + len(raw)
        if any(p.name == name for p in out):
            continue
        out.append(Person(name=name, role=role, span=(m.start(), span_end)))
    return out


def extract(ctx: Context) -> Contacts:
    text = ctx.text
    lower = lower_of(text)  # for the pre-checks only: every span is read in ctx.text
    emails, taken = _emails(text)
    return Contacts(emails=emails, urls=_urls(text, lower, taken), phones=_phones(text, lower),
                    people=_people(ctx, lower))

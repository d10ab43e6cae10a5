"""Citations: every reference to another document, with its relation to this one.

A citation is read around a số hiệu: a *head* before it (a type word with or
without "số": "Kế hoạch số", "Nghị quyết 380/NQ-CP", "Luật Hải quan số", a
list continuation "và số", or a bare "số" before a typed number) and a *tail*
after it (date, "của" issuer, "về việc" subject). A law cited by name only
("Luật viên chức") is kept with number None.

The relation comes from the cue that opens the clause (models/tables/
relation_cues.tsv): "Căn cứ" gives basis to every citation up to the end of
its paragraph, "Thực hiện"/"Phúc đáp" only when a citation follows at once. A
citation nested in an earlier one's description ("... hướng dẫn thi hành
Nghị định số 61 ...", "... theo Nghị quyết số 142 ...") is only mentioned.
A number cited twice is one citation: the first mention wins, later ones
fill its gaps (date, issuer). The document's own number is never a citation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from vanban.context import Context, SpanUnion
from vanban.grammar import docnumber
from vanban.grammar.docnumber import HYPHEN, NUMBER_OPENING, NUMBER_PATTERN, from_match
from vanban.grammar.ocrdigits import ocr_sequence_runs, ocr_sequences
from vanban.grammar.regexes import VN_LOWER, VN_UPPER
from vanban.grammar.timex import PlainDays, TimeExpr, find_times, first_at
from vanban.schemas import Citation
from vanban.schemas.record import Relation
from vanban.tables import rows, tables
from vanban.textutil import collapse_ws, fold_lower, lower_of, upper_vi

_LETTER = VN_UPPER + VN_LOWER

# The số hiệu grammar; markdown residue may glue "__" to a number ("__41/2024/TT-BGTVT__"),
# and "_" does not continue a code.
_NUM_RE = re.compile(NUMBER_PATTERN.replace(r"(?!\w)", r"(?![^\W_])"))
# Pieces the grammar stops before: "01/CV-01", "15972/SXD-QLN& TTBĐS".
_NUM_EXT = re.compile(rf"(?:-\d{{1,4}}(?![\w/.])|\s?&\s?[{VN_UPPER}][{VN_UPPER}0-9]*(?!\w))+")
# Where a number can start (cheaper than letting the grammar try every position): a digit run, not
# inside a number, followed by what a number goes on with up to its first code letter (NUMBER_OPENING),
# or by the loose form's ".<digit>" ("128.2025/OL"). Most digit runs (counts, dates, money) stop here.
_NUM_START = re.compile(rf"\d(?<![\d/.,]\d)(?={NUMBER_OPENING}|\d*\.\d)")  # literal first: the engine skips ahead
# Outside the grammar, accepted only after "<type word> số": "128.2025/OL.WMCLV".
_LOOSE_RE = re.compile(rf"(?<![\w/.,])\d+\.\d[\d.]*\s?/\s?(?:(?:19|20)\d\d\s?/\s?)?[{VN_UPPER}][\w.&{HYPHEN}]*\w")

_SO = r"s[ốoóồôõ]\s*[:.]?"

# Cyrillic letters that look Latin ("ТТ-ВТС" typed with Cyrillic Т, В, С): read as Latin.
_LOOKALIKE_LETTERS = "АВСЕНКМОРТХаеорсухІіЈ"
_LOOKALIKES = str.maketrans(_LOOKALIKE_LETTERS, "ABCEHKMOPTXaeopcyxIiJ")
# str.translate looks every character of a Vietnamese text up in the table (a millisecond a
# document); a look-alike is looked for first (a substring search for each letter is about twice as
# fast as a character-class scan), and most texts have none
_MARKDOWN_IN_TOKEN = re.compile(r"\w\*+\w")
_TOKEN = re.compile(r"\S+")


def _starred_tokens(view: str) -> Iterator[re.Match[str]]:
    """The tokens holding a "*", in order, reading only the lines that have one (a token never spans
    a line break)."""
    star = view.find("*")
    while star >= 0:
        line_start = view.rfind("\n", 0, star) + 1
        line_end = view.find("\n", star)
        line_end = len(view) if line_end < 0 else line_end
        for m in _TOKEN.finditer(view, line_start, line_end):
            if "*" in m.group():
                yield m
        star = view.find("*", line_end)


# A letter OCR printed for a digit of a cited number's sequence ("Kế hoạch số 1O5/KH-UBND"): grammar/ocrdigits.py
_ocr_sequence_runs = ocr_sequence_runs
_ocr_sequences = ocr_sequences


def _reading_view(text: str) -> str:
    """The text as the number grammar should read it, every offset kept: look-alike letters made
    Latin, a letter OCR printed for a digit of a sequence read as the digit ("1O5/KH-UBND"), markdown stars
    inside a number ("905/Q*Đ*-UBND") taken out, as spaces after the token."""
    view = text.translate(_LOOKALIKES) if any(c in text for c in _LOOKALIKE_LETTERS) else text
    view = _ocr_sequences(view)
    if "*" not in view:
        return view
    parts: list[str] = []
    last = 0
    for m in _starred_tokens(view):
        token = m.group()
        if "/" in token and _MARKDOWN_IN_TOKEN.search(token):
            stars = token.count("*")
            parts.append(view[last:m.start()] + token.replace("*", "") + " " * stars)
            last = m.end()
    parts.append(view[last:])
    return "".join(parts)


@lru_cache(maxsize=1)
def _variants() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r[0]), r[1]) for r in rows("number_variants.tsv", 2))


@lru_cache(maxsize=4096)  # a number is cited again and again: seven substitutions each time
def _canonical(norm: str) -> str:
    """'45/2025/NĐCP' -> '45/2025/NĐ-CP', '190/2025/OH15' -> '190/2025/QH15' (number_variants.tsv)."""
    for rx, repl in _variants():
        norm = rx.sub(repl, norm)
    return norm


def _alt(words: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words)


@dataclass(frozen=True)
class _Cue:
    relation: str
    anywhere: bool  # counts mid-sentence, not only at a clause start
    lead: bool  # applies only when a citation follows at once


@dataclass(frozen=True)
class _Grammar:
    head: re.Pattern[str]  # type word [số] right before a number
    law_head: re.Pattern[str]  # "Luật <name> [số]" right before a number
    loose_head: re.Pattern[str]  # "<type word> số" right before a loose number
    cue_re: re.Pattern[str]
    cue_firsts: tuple[str, ...]  # the cues' first words: where cue_re can match
    cues: dict[str, _Cue]
    next_head: re.Pattern[str]  # a type word right before digits: where a subject must stop
    head_tokens: int  # how many whitespace-separated tokens a `head` match spans at most
    described_head: re.Pattern[str]  # "<Type word> <what it does, in lower case> số" right before a number


# a type word, capitalised, and what the cited document does before its "số" ("Văn bản thẩm định nguồn vốn số 95/TCKH
# ngày 20/9/2035 của Phòng Tài chính - Kế hoạch", "Báo cáo thẩm tra số 41/BC-KTXH": rounds 80-84's leftovers, h914); a
# form's number after "theo mẫu" is no document's ("Văn bản đề nghị theo mẫu số 01/MGTH")
_DESCRIPTION_WORDS = 5
_NOT_IN_DESCRIPTION = r"(?:theo|mẫu)(?!\w)"


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    type_alt = _alt([w for w, _ in tables().type_words])
    head = re.compile(rf"(?<![\w])(?P<tw>{type_alt})\s*(?:{_SO}\s*)?$", re.I)
    law_head = re.compile(
        rf"(?<![\w])(?P<tw>Luật)\s+(?P<title>(?!s[ốo]\s)(?:(?!Luật\s)[^\n;:()0-9<>]){{1,90}}?)\s*(?:{_SO}\s*)?$")
    loose_head = re.compile(rf"(?<![\w])(?P<tw>{type_alt})\s*{_SO}\s*$", re.I)
    cues: dict[str, _Cue] = {}
    for row in rows("relation_cues.tsv"):
        cues[fold_lower(row[0])] = _Cue(row[1], row[2] == "any", row[3] == "lead")
    words = sorted(cues, key=len, reverse=True)
    cue_re = re.compile(rf"(?<![\w])(?:{_alt(words)})(?![\w])")  # run on lower-cased text
    cue_firsts = tuple(sorted({w.split()[0] for w in words}))
    next_head = re.compile(rf"(?<![\w])(?:{type_alt}|Luật\s+[^\n;:()0-9<>]{{1,60}}?)\s*(?:{_SO}\s*)?(?=\d)", re.I)
    # a type word's words, then "số" (glued to it or not) and a ":" or "." after a space
    head_tokens = max(len(w.split()) for w, _ in tables().type_words) + 2
    described = rf"(?-i:(?:[ \t]+(?!{_NOT_IN_DESCRIPTION})[{VN_LOWER}]+){{1,{_DESCRIPTION_WORDS}}})"
    described_head = re.compile(rf"(?<![\w])(?P<tw>{type_alt}){described}\s+{_SO}\s*$", re.I)
    return _Grammar(head, law_head, loose_head, cue_re, cue_firsts, cues, next_head, head_tokens, described_head)



_CONT = re.compile(rf"(?:(?<![\w])(?:và|cùng)|,)\s*(?P<so>{_SO})\s*$", re.I)
_BARE_CONT = re.compile(r"\s*(?:,|và|cùng)\s*", re.I)
_BARE = re.compile(rf"(?<![\w]){_SO}\s*$", re.I)
_OWN_LABEL = re.compile(rf"(?:^|\n)[ \t]*{_SO}\s*$", re.I)
# the letter's own number; its label as a text copied from OCR may print it ("Sô:", "Só:", as the header reads); a
# markdown header table opens its cell with a bar ("| Số: 118/QĐ-UBND | *Bình Định, ngày ...* |")
_OWN_NUMBER = re.compile(rf"(?m)^[ \t*|]*(?:Số hiệu|Số|SỐ|Sõ|Sẽ|Sỏ|S[ôÔóồỗ])\s*[:.]?\s*(?={NUMBER_PATTERN})")

# "ngày" with its mark changed or lost by a text copied from OCR ("ngảy 03/3/2027") is passed over to the digits
_DATE_LEAD = re.compile(r"\s*[,(]?\s*(?:(?:được\s+)?(?:ban\s+hành|ký)\s+)?(?:ng[aáảãạ]y\s*(?=\d))?(?=ngày|\d)", re.I)
_ISSUER_LEAD = re.compile(r"\s*của\s+", re.I)  # no comma: ", của Ban Bí thư tại ..." opens the next item
_SUBJECT_LEAD = re.compile(r"\s*,?\s*(?:về\s+việc|v/v|về)\s*:?\s*", re.I)
_ISSUER_TEXT = re.compile(r"(?:T[Pp]\.\s?|[^\n,;.:()“”\"<>|]){2,120}")  # "UBND TP. Hồ Chí Minh"
# Where an issuer name ends and the cited document's description begins.
_ISSUER_STOP = re.compile(
    r"\s+(?:(?:về|v/v|quy\s+định|ban\s+hành|hướng\s+dẫn|sửa\s+đổi|phê\s+duyệt|công\s+bố|tại|để|thì|đã|là|"
    r"theo|cho|chỉ\s+đạo|chuyển|gửi|ngày|năm|thực\s+hiện|triển\s+khai|trong|với|đối\s+với|nay\s+là|"
    r"được|vẫn|còn|sẽ|không|có|đến|tới|nhằm|như|gồm|bao\s+gồm|vào)(?![\w])|"
    rf"và\s+(?-i:(?=[{VN_LOWER}\d])))", re.I)
_SUBJECT_TEXT = re.compile(
    rf"[^\n;]{{1,300}}?(?=[;\n)]|\s*\(|\.\s|\.$|,\s+[{VN_UPPER}]|$|"
    r",\s+(?:trong đó|đồng thời|theo đó|qua đó|sau đó|nhằm|để|từ ngày|chỉ đạo|yêu cầu|đề nghị|giao)\b|"
    # a new clause's day after the comma ("Thực hiện Kế hoạch số 08-KH/UBH ... về xét chọn ..., ngày 19/4/2030, Hội
    # đồng xét chọn đã họp"): the day of what follows, no part of the cited subject (thirty-second heldout round)
    r",\s+(?:vào\s+)?(?:sáng\s+|chiều\s+|tối\s+)?ngày\s+\d|"
    # the hour or the day of the meeting the sentence holds after the cited subject ("Tổ chức Hội nghị sơ kết ... thực
    # hiện Nghị quyết số 09-NQ/HU ngày ... về phát triển kinh tế biển vào 07 giờ 30 ngày 17/8/2035": eighty-second
    # heldout round, h915, as h877)
    r"\s+vào\s+(?:lúc\s+)?\d{1,2}\s*(?:giờ|h|g)(?!\w)|\s+vào\s+(?:lúc\s+)?\d{1,2}\s*(?:h|g|:)\s*\d{2}(?!\d)|"
    # the quarter the sentence's task is due in, closing it after the cited subject ("Tổ chức Hội nghị sơ kết 5 năm
    # thực hiện Nghị quyết số 05-NQ/ĐU ... về phát triển nông nghiệp hữu cơ trong quý II/2035."), and a colon opening
    # what the cited document sets ("... ban hành Kế hoạch thời gian năm học 2036 - 2037: học sinh tựu trường ngày
    # 25/8/2036"): rounds 80-84's leftovers, h939, h898
    r"\s+trong\s+quý\s+(?:[IV]{1,3}|[1-4])(?:\s*/\s*|\s+năm\s+)\d{4}\s*(?:[.;]|$)|:\s|"
    # a clause after a comma asking for something by a day ("Thực hiện Kế hoạch số 09-KH/ĐU ... về kiểm tra trong quý
    # I/2035, báo cáo Ban Thường vụ trước ngày 15/4/2035"): the sentence's by-when, no part of the cited subject
    r",\s+[^,;\n]{1,80}?\s(?:trước|chậm\s+nhất(?:\s+là)?|muộn\s+nhất(?:\s+là)?)\s+ngày\s+\d)")
_QUOTES = " \t\"'“”‘’«»,."
_SUBJECT_TRAIL = re.compile(r"(?:\s+(?:của|theo|tại|và|các))+\s*$", re.I)
# The last letters of _SUBJECT_TRAIL's words, with every letter a case-insensitive regex reads as one of them ("ı" and
# "İ" as "i"; tests/extract/test_fastpaths_speedc.py checks the set against the pattern over every character): a
# subject whose last printed character is none of these has no trail, and the pattern, anchored at the end but
# tried at every blank of the subject, is not run.
_TRAIL_LAST_LETTERS = frozenset("aAoOiIıİàÀcC")

# Issuer printed before the type word: "của Bộ Chính trị tại thông báo số",
# "Ngày 07/7/2023, Ban Bí thư ... ban hành công văn số", "Sau khi Thủ tướng ... ban hành Chỉ thị số".
_ISSUER_BEFORE_AT = re.compile(
    rf"(?<![\w])(?:của|do)\s+(?P<iss>[{VN_UPPER}][^,;.:()\n]{{1,100}}?)\s+(?:chuyển\s+đến\s+|gửi\s+)?tại\s*$")
# (a dot inside the issuer's name only before a capital: "UBND TP.HCM")
_ISSUER_BEFORE_VERB = re.compile(
    rf"(?:^|[,;:]\s*|\n\s*)(?:(?:[Ss]au\s+)?khi\s+)?(?P<iss>[{VN_UPPER}](?:[^,;.:()\n]|\.(?=[{VN_UPPER}])){{1,100}}?)\s+(?:đã\s+)?"
    rf"(?:ban\s+hành|ký|có|gửi)\s*$")

_ISSUER_AT_END = "tại"  # how _ISSUER_BEFORE_AT ends, before its spaces
_ISSUER_VERB_ENDS = ("hành", "ký", "có", "gửi")  # how _ISSUER_BEFORE_VERB ends, before its spaces

# A cue must open a clause: line start, bullet, "(", ";", ":", "2.", a sentence end.
_CLAUSE_BEFORE = re.compile(r"(?:^|[\n(;:.]|[-+•*–]|\d[.)/])\s*(?:(?:để|nhằm)\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[.;!?](?=\s)|\n\s*\n|\n\s*[-+•*]")
_CLAUSE_REACH = 300  # characters before a citation its clause's start is looked for
_CLAUSE_NEAR = 80  # the stretch read first
_AFTER_ASIDE = re.compile(r"[)”\"]\s+$")  # "(Đ/c: ...) Trả lời công văn số": a capitalised cue after an aside
# (every alternative opens with its character, the sentence end's lookbehind after its dot: a pattern
# that opens with a lookbehind is tried at every position, this one skips to the next candidate)
_SCOPE_END = re.compile(
    rf"\.\s*\n|[;:]\s*\n|\n\s*\n|\.(?<=[{VN_LOWER}0-9)”\"]\.)\s+(?=[{VN_UPPER}])|</t[dr]>")
_LEAD_OK = re.compile(
    r"\s*(?:theo\s+)?(?:nội\s+dung\s+(?:của\s+)?)?(?:(?:ý\s+kiến\s+)?chỉ\s+đạo\s+(?:của\s+[^;.\n]{0,120}?\s+)?"
    r"(?:tại|theo)\s+|[^;.:\n]{0,160}?\stại\s+)?", re.I)  # "... chuyển đến tại Văn bản số"
# After the first citation of a lead cue, ", NHNN đã ..." opens a new clause the cue does not reach.
_NEW_CLAUSE = re.compile(rf",\s+[{VN_UPPER}]")
_NESTED_BEFORE = re.compile(r"(?:(?<!kèm\s)(?<![\w])(?:của|theo)|(?<![\w])Điều\s+\d+\w*)\s+$", re.I)
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:và|cùng)?\s*", re.I)

# Laws cited by name only ("Luật Tổ chức chính quyền địa phương ngày 16/6/2025").
_LAW_NAME = re.compile(
    rf"Luật(?<![\w]Luật)\s+(?P<title>(?!này\b|số\b|sư\b)[{_LETTER}][{_LETTER} ]*?)"
    rf"(?=\s+(?:ngày|năm|số|của|được|đã|và|về|quy\s+định|có|thì|tại|để|hiện|mới)(?![\w])|\s*[;:.,()\n“”\"<]|$)")


@dataclass
class _Mention:
    start: int  # where the head (type word, "số") begins
    end: int  # end of the printed citation (tail included)
    doc_type: str | None
    number: str | None
    key: str
    date: str | None = None
    issuer: str | None = None
    subject: str | None = None
    title: str | None = None
    relation: str = "mentions"


# ---------------------------------------------------------------- finding numbers


_UNSEARCHED_ZONES = ("header", "page_footer")


def _searchable(ctx: Context) -> list[tuple[int, int]]:
    """Where citations are looked for: everything but the header zone and a web page's chrome under the
    signature ('Văn bản liên quan:', 'Các tin khác:': the portal's links, not the document's references)."""
    header = sorted(r for z in _UNSEARCHED_ZONES for r in ctx.zone(z))
    if not header:
        return [(0, len(ctx.text))]
    out, pos = [], 0
    for a, b in header:
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < len(ctx.text):
        out.append((pos, len(ctx.text)))
    return out


_OWN_NUMBER_TAIL = 80  # how far past its label the document's own number is read


def _own_key(ctx: Context) -> str | None:
    text = ctx.text
    ranges = ctx.zone("header") or [(0, min(len(text), 3000))]
    for a, b in ranges:
        # read as the header reads it, OCR's letters for digits as digits ("Số: 3O52/QĐ-UBND" is 3052, which the
        # annex's "Kèm theo Quyết định số 3052/QĐ-UBND" cites; seventy-second heldout round, h805)
        view = _ocr_sequences(text[a:b + _OWN_NUMBER_TAIL])
        m = _OWN_NUMBER.search(view, 0, b - a)
        if m:
            p = docnumber.parse(view[m.end():m.end() + _OWN_NUMBER_TAIL])
            if p is not None:
                return p.key
    return ctx.lead_number  # a web copy's lead naming the document it prints


@lru_cache(maxsize=512)
def _word_code(word: str) -> str | None:
    return tables().code_for_word(word)


def _number_openings(text: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """Where a số hiệu can open in text[a:b]. (_NUM_START opens with the digit: the engine skips from digit to
    digit, cheaper than trying it only at a shared list of digit runs' starts, which this scan was.)"""
    return _NUM_START.finditer(text, a, b)


# A number's reading (normalized, key, parsed) by its printed text: the grammar's groups are a function of the
# text it matched (the pattern's only lookarounds are its opening lookbehind and its closing lookahead, the same for
# every way it can match there), and a document cites the same numbers again and again (almost half of the
# numbers of the bench texts). The parsed number is read for its codes only; its span is its first printing's.
_Reading = tuple[str, str, docnumber.ParsedNumber]


def _read_number(m: re.Match[str], readings: dict[str, _Reading]) -> _Reading | None:
    """(normalized, key, parsed) of a _NUM_RE match, None when the grammar turns it down ("3 lần/năm")."""
    got = readings.get(m.group())
    if got is not None:
        return got
    p = from_match(m)
    if p is None:
        return None
    norm, key = p.normalized, p.key
    fixed = _canonical(norm)
    if fixed != norm:
        norm, key = fixed, docnumber.key(fixed)
    readings[m.group()] = (norm, key, p)
    return norm, key, p


def _numbers(text: str, a: int, b: int, readings: dict[str, _Reading] | None = None
             ) -> list[tuple[int, int, str, str, docnumber.ParsedNumber | None]]:
    """(start, end, normalized, key, parsed) of every số hiệu candidate in text[a:b]; `readings` keeps the
    document's numbers read so far."""
    readings = {} if readings is None else readings
    out: list[tuple[int, int, str, str, docnumber.ParsedNumber | None]] = []
    pos = a
    for d in _number_openings(text, a, b):
        if d.start() < pos:
            continue
        m = _NUM_RE.match(text, d.start(), b)
        if m is None:
            loose = _LOOSE_RE.match(text, d.start(), b)
            if loose and _grammar().loose_head.search(text, max(a, d.start() - 40), d.start()):
                norm = docnumber.clean(loose.group())
                out.append((loose.start(), loose.end(), norm, docnumber.key(norm), None))
                pos = loose.end()
            continue
        got = _read_number(m, readings)
        if got is None:
            continue
        norm, key, p = got
        end = m.end()
        ext = _NUM_EXT.match(text, end, b)
        if ext:
            piece = re.sub(r"\s+", "", ext.group())
            end, norm, key = ext.end(), norm + piece, key + piece.replace("Đ", "D").upper()
        out.append((m.start(), end, norm, key, p))
        pos = end
    return out


def _tokens_back(text: str, lo: int, end: int, n: int) -> int:
    """Where the last n whitespace-separated tokens of text[lo:end] begin, at most (lo when there are
    fewer): a pattern anchored at `end` whose matches span at most n tokens is searched from there,
    not tried at every position of the window."""
    before = text[lo:end].rsplit(None, n)
    return lo + len(before[0]) if len(before) > n else lo


def _head(text: str, start: int, floor: int, prev: _Mention | None, p: docnumber.ParsedNumber | None
          ) -> tuple[int, str | None, str | None] | None:
    """(head start, doc type, law title) when the number at `start` is cited, else None."""
    g = _grammar()
    lo = max(floor, start - 160)
    typed = p is not None and (p.type_code is not None or p.grammar == "party")
    code = p.type_code if p is not None else None
    m = g.head.search(text, _tokens_back(text, lo, start, g.head_tokens), start)
    if m and not (m.group("tw")[0].islower() and fold_lower(m.group("tw")) == "luật"):
        word_code = _word_code(m.group("tw"))
        return m.start(), code or word_code, None
    law = g.law_head.search(text, lo, start)
    if law:
        title = "Luật " + collapse_ws(law.group("title"))
        return law.start(), code or _word_code("Luật"), title
    if m:  # "... pháp luật số 64/2025/QH15" without a capitalised "Luật <name>"
        return m.start(), code or _word_code("Luật"), None
    described = g.described_head.search(text, _tokens_back(text, lo, start, g.head_tokens + _DESCRIPTION_WORDS), start)
    if described and described.group("tw")[0].isupper():
        return described.start(), code or _word_code(described.group("tw")), None
    if _OWN_LABEL.search(text, lo, start):
        return None  # "Số: 342-CV/..." is the document's own number
    cont = _CONT.search(text, lo, start)
    if cont and prev is not None and cont.start() - prev.end <= 40:
        return cont.start("so"), code or prev.doc_type, None
    if prev is not None and p is not None and _BARE_CONT.fullmatch(text, prev.end, start):
        return start, code or prev.doc_type, None  # "các Công văn số 101/UBND-VP, 102/UBND-VP và 105/UBND-VP"
    bare = _BARE.search(text, lo, start)
    if bare and p is not None and (typed or p.year is not None):
        return bare.start(), code, None
    if p is not None and p.type_code is not None and (p.grammar == "party" or p.year is not None):
        return start, code, None  # a legal or Party number needs no word before it
    return None


# ---------------------------------------------------------------- tail: date, issuer, subject


@lru_cache(maxsize=1)
def _positions() -> frozenset[str]:
    return frozenset(tables().positions)


_DIGIT = re.compile(r"\d")


def _next_head(s: str) -> re.Match[str] | None:
    """A type word right before a number in s: none without a digit (the pattern ends looking at one,
    and a case-insensitive alternation of type words is costly to try at every position)."""
    return _grammar().next_head.search(s) if _DIGIT.search(s) else None


def _issuer_at(text: str, pos: int) -> tuple[str, int] | None:
    m = _ISSUER_TEXT.match(text, pos)
    if not m or not m.group()[0].isupper():
        return None
    s = m.group()
    nxt = _next_head(s)  # "của Chính phủ và Nghị định số 79/...": the next citation
    if nxt:
        s = re.sub(r"\s+(?:và|cùng)\s*$", "", s[:nxt.start()], flags=re.I)
    stop = _ISSUER_STOP.search(s)
    if stop:
        s = s[:stop.start()]
    s = s.rstrip()
    if len(s) < 2:
        return None
    end = pos + len(s)
    if upper_vi(s) in _positions() and text.startswith(", ", end):
        more = _issuer_at(text, end + 2)  # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
        if more:
            return s + ", " + more[0], more[1]
    return s, end


def _date_here(text: str, pos: int, limit: int, days: PlainDays) -> TimeExpr | None:
    """The date starting at `pos` ("ngày 16 tháng 11 năm 2015" fits in 40 characters); `days` holds the
    document's windows read so far (a document cites one document again and again with its date)."""
    return first_at(text, pos, min(limit, pos + 40), days)


def _date_value(t: TimeExpr | None) -> str | None:
    if t is None or t.inferred or t.kind not in ("date", "datetime") or not t.value:
        return None
    return t.value[:10]


def _without_trail(raw: str) -> str:
    """The subject without the linking words it ends with ("... về việc tổ chức của")."""
    return _SUBJECT_TRAIL.sub("", raw) if raw.rstrip()[-1:] in _TRAIL_LAST_LETTERS else raw


def _tail(text: str, mention: _Mention, limit: int, days: PlainDays) -> None:
    pos = mention.end
    for _ in range(2):
        if mention.date is None:
            m = _DATE_LEAD.match(text, pos, limit)
            if m:
                t = _date_here(text, m.end(), limit, days)
                value = _date_value(t)
                if value and t is not None:
                    mention.date, pos = value, t.end
                    continue
        if mention.issuer is None:
            m = _ISSUER_LEAD.match(text, pos, limit)
            if m:
                got = _issuer_at(text, m.end())
                if got:
                    mention.issuer, pos = got
                    continue
        break
    m = _SUBJECT_LEAD.match(text, pos, limit)
    if m:
        s = _SUBJECT_TEXT.match(text, m.end(), limit)
        if s:
            cut = _next_head(s.group())
            raw = s.group()[:cut.start()] if cut else s.group()
            raw = _without_trail(raw)
            s_end = s.start() + len(raw)
            subject = collapse_ws(raw).strip(_QUOTES)
            if subject:
                mention.subject, pos = subject, s_end
    mention.end = pos


def _clause_start(text: str, pos: int) -> int:
    """The end of the last clause break in the 300 characters before pos. The nearest stretch is read
    first: a break is found there most of the time, and a forward scan of the whole window met every
    break to keep the last one."""
    lo = max(0, pos - _CLAUSE_REACH)
    near = max(lo, pos - _CLAUSE_NEAR)
    while near > lo and text[near - 1].isspace():
        near -= 1  # a break's characters before its last are spaces: none runs across `near`
    for start in ((near, lo) if near > lo else (lo,)):
        last = None
        for m in _CLAUSE_BREAK.finditer(text, start, pos):
            last = m.end()
        if last is not None:
            return last
    return lo


_PARENS = re.compile(r"\([^()\n]*\)")


def _blank_parens(s: str) -> str:
    """Parenthesised asides ("(nay là ...)") replaced by spaces, offsets kept."""
    return _PARENS.sub(lambda m: " " * len(m.group()), s) if "(" in s else s


_BEFORE_ENDS = (_ISSUER_AT_END, *_ISSUER_VERB_ENDS)
_BEFORE_ENDS_LEN = max(len(e) for e in _BEFORE_ENDS)
_BEFORE_TAIL = 40  # characters before a citation read for the cheap test


def _nothing_before(text: str, start: int) -> bool:
    """Neither issuer pattern can end at `start`, told from the text right before it: its last word is none
    of their ending words. Only the clause's parenthesised asides, which _before blanks, could change that
    word, and an aside ends with ")" (a last word read next to one is left to _before)."""
    tail = text[max(0, start - _BEFORE_TAIL):start].rstrip()
    return len(tail) >= _BEFORE_ENDS_LEN and ")" not in tail[-_BEFORE_ENDS_LEN:] and not tail.endswith(_BEFORE_ENDS)


def _before(text: str, mention: _Mention, ctx: Context) -> None:
    """Issuer (and date) printed before the type word."""
    if _nothing_before(text, mention.start):
        return  # the clause's start (a scan of up to 300 characters) is not needed
    cs = _clause_start(text, mention.start)
    prefix = _blank_parens(text[cs:mention.start])
    # both patterns end with a word and spaces: a prefix not ending with one is not searched
    last_words = prefix.rstrip()
    m = _ISSUER_BEFORE_AT.search(prefix) if last_words.endswith(_ISSUER_AT_END) else None
    if m and (_ISSUER_STOP.search(m.group("iss")) or re.search(r"[“”\"]", m.group("iss"))):
        return  # "của Bộ GDĐT về thực hiện ... tại Quyết định": a description, not an issuer
    if m:
        if mention.issuer is None:
            mention.issuer = collapse_ws(m.group("iss"))
        return
    m = _ISSUER_BEFORE_VERB.search(prefix) if last_words.endswith(_ISSUER_VERB_ENDS) else None
    if not m:
        return
    if mention.issuer is None:
        mention.issuer = collapse_ws(m.group("iss"))
    if mention.date is None:
        iss_start = cs + m.start("iss")
        for t in find_times(text, cs, iss_start):
            if re.fullmatch(r"\s*,\s*", text[t.end:iss_start]) and _date_value(t):
                mention.date = _date_value(t)
                ctx.claimed.append((t.start, t.end))


# ---------------------------------------------------------------- relations


@dataclass
class _Scope:
    start: int
    cue_end: int
    cue: _Cue
    end: int | None = None  # computed when first needed


@lru_cache(maxsize=1024)
def _cue_key(printed: str) -> str:
    return fold_lower(printed)


_CUE_CHUNK = 4000  # characters searched for cue words at a time past the last citation


def _cue_starts(lower: str, firsts: tuple[str, ...], lo: int, hi: int) -> list[int]:
    """Where one of the cues' first words begins in lower[lo:hi] (the word may run past hi), sorted."""
    starts: list[int] = []
    for w in firsts:
        stop = hi + len(w) - 1
        i = lower.find(w, lo, stop)
        while i >= 0:
            starts.append(i)
            i = lower.find(w, i + 1, stop)
    starts.sort()
    return starts


def _cues(text: str, upto: int) -> list[_Scope]:
    """The clause cues in order, as far as _relate needs them for citations starting at or before `upto`:
    every cue up to there and the first one after it (its start ends the scope of the one before). The
    rest of the text (often half of it) is not searched."""
    if upto < 0:
        return []
    g = _grammar()
    found: list[_Scope] = []
    lower = lower_of(text)
    if len(lower) != len(text):  # lower-casing never changes Vietnamese lengths; be safe anyway
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # cue_re tried only where a cue's first word is (a common word like "thực hiện" is found by
    # substring search far faster than by the alternation at every position), left to right, the
    # next try after the end of the previous match
    pos, lo, hi = 0, 0, upto + 1
    while lo < len(lower):
        for s in _cue_starts(lower, g.cue_firsts, lo, hi):
            m = g.cue_re.match(lower, s) if s >= pos else None
            if m is None:
                continue
            pos = m.end()
            cue = g.cues.get(_cue_key(m.group()))
            if cue is None or (not cue.anywhere and not _CLAUSE_BEFORE.search(text, max(0, s - 14), s) and not (
                    text[s].isupper() and _AFTER_ASIDE.search(text, max(0, s - 4), s))):
                continue
            found.append(_Scope(s, m.end(), cue))
            if s > upto:
                return found
        lo, hi = hi, hi + _CUE_CHUNK
    return found


def _scope_end(text: str, scopes: list[_Scope], i: int) -> int:
    sc = scopes[i]
    if sc.end is None:
        limit = scopes[i + 1].start if i + 1 < len(scopes) else len(text)
        if sc.cue.anywhere:  # a mid-sentence cue ("nhận được") reaches no further than its line
            nl = text.find("\n", sc.cue_end, limit)
            limit = nl if nl >= 0 else limit
        m = _SCOPE_END.search(text, sc.cue_end, limit)
        sc.end = m.start() if m else limit
    return sc.end


def _relate(text: str, mentions: list[_Mention], scopes: list[_Scope]) -> None:
    starts = [sc.start for sc in scopes]
    first_in: dict[int, _Mention] = {}
    for mention in mentions:
        i = bisect_right(starts, mention.start) - 1
        if i < 0:
            continue
        sc = scopes[i]
        if not (sc.cue_end <= mention.start < _scope_end(text, scopes, i)):
            continue
        first = first_in.setdefault(i, mention)
        if sc.cue.lead and not _LEAD_OK.fullmatch(text, sc.cue_end, first.start):
            continue
        if sc.cue.lead and first is not mention and _NEW_CLAUSE.search(text, first.end, mention.start):
            continue
        if first is not mention and _NESTED_BEFORE.search(text, max(sc.cue_end, mention.start - 12),
                                                          mention.start):
            continue  # described inside an earlier citation of the clause
        mention.relation = sc.cue.relation


# ---------------------------------------------------------------- assembly


def _share_issuers(text: str, mentions: list[_Mention]) -> None:
    """'Thông tư số A và Thông tư số B của Bộ Xây dựng': the issuer belongs to both."""
    for a, b in reversed(list(zip(mentions, mentions[1:], strict=False))):
        if a.issuer is not None or b.issuer is None or a.end > b.start:
            continue
        gap = _LIST_GAP.fullmatch(text, a.end, b.start)
        # "Thông tư số A và Thông tư số B của X"; a law and a decree joined by "và" have two issuers
        if gap and a.doc_type == b.doc_type:
            a.issuer = b.issuer


def _share_dates(text: str, mentions: list[_Mention]) -> None:
    """'các Công văn số 101/UBND-VP, 102/UBND-VP và 105/UBND-VP ngày 19/10/2025': one date for all."""
    for a, b in reversed(list(zip(mentions, mentions[1:], strict=False))):
        if a.date is None and b.date is not None and a.doc_type == b.doc_type \
                and a.end <= b.start and _BARE_CONT.fullmatch(text, a.end, b.start):
            a.date = b.date


def _laws_by_name(text: str, ranges: list[tuple[int, int]], taken: list[tuple[int, int]], days: PlainDays
                  ) -> list[_Mention]:
    out = []
    cited = SpanUnion.of(taken)  # every mention's span: a law's name inside one is part of that citation
    for a, b in ranges:
        for m in _LAW_NAME.finditer(text, a, b):
            if m.start() in cited:
                continue
            title = "Luật " + collapse_ws(m.group("title"))
            if len(title.split()) > 12:
                continue
            mention = _Mention(m.start(), m.end(), _word_code("Luật"), None,
                               "law:" + fold_lower(title), title=title)
            dm = _DATE_LEAD.match(text, m.end(), b)
            if dm:
                t = _date_here(text, dm.end(), b, days)
                if t is not None and _date_value(t):
                    mention.date, mention.end = _date_value(t), t.end
            out.append(mention)
    return out


def _better(old: str | None, new: str | None) -> str | None:
    """Keep the first value unless it is missing or printed all in capitals (a title line)."""
    if old is None or (new is not None and old.isupper() and not new.isupper()):
        return new
    return old


def _merge(mentions: list[_Mention]) -> list[_Mention]:
    by_key: dict[str, _Mention] = {}
    titles: dict[str, _Mention] = {}
    out: list[_Mention] = []
    for m in mentions:
        first = by_key.get(m.key)
        if first is None and m.number is None and m.title:
            first = titles.get(fold_lower(m.title))
        if first is None:
            by_key[m.key] = m
            if m.title:
                titles.setdefault(fold_lower(m.title), m)
            out.append(m)
            continue
        first.number = _better(first.number, m.number) if m.number else first.number
        first.date = first.date or m.date
        first.issuer = _better(first.issuer, m.issuer)
        first.subject = first.subject or m.subject
        first.title = first.title or m.title
    return out


# a spaced dash inside a number as printed: what stands before it may be a whole number, what follows a title
_SPACED_DASH = re.compile(r"[ \t]+[-–][ \t]+")


def _own_before_dash(text: str, s: int, e: int, own: str) -> bool:
    """The document's own number, then a spaced dash and its short title, read as one number (a PDF's running
    header "Kế hoạch 318/KH-UBND - PCCCR mùa khô 2029 - 2030" read as 318/KH-UBND-PCCCR; fifty-first heldout round):
    the document itself, no citation."""
    dash = _SPACED_DASH.search(text, s, e)
    if dash is None:
        return False
    before = docnumber.parse(text[s:dash.start()])
    return before is not None and before.key == own


def extract(ctx: Context) -> list[Citation]:
    text = _reading_view(ctx.text)  # same length: every span is one of ctx.text
    own = _own_key(ctx)
    ranges = _searchable(ctx)
    mentions: list[_Mention] = []
    days: PlainDays = {}  # the citations' date windows read so far
    readings: dict[str, _Reading] = {}  # and their numbers
    for a, b in ranges:
        prev: _Mention | None = None
        floor = a
        for s, e, norm, key, p in _numbers(text, a, b, readings):
            if s < floor:
                continue
            head = _head(text, s, floor, prev, p)
            if head is None:
                continue
            start, doc_type, title = head
            mention = _Mention(start, e, doc_type, norm, key, title=title)
            _tail(text, mention, b, days)
            floor = mention.end
            prev = mention
            if own is not None and (key == own or _own_before_dash(text, s, e, own)):
                continue  # the document citing itself ("Kèm theo Quyết định số ...")
            mentions.append(mention)
    _share_dates(text, mentions)
    _share_issuers(text, mentions)  # before _before: a list's own issuer beats one printed before it
    for m in mentions:
        _before(text, m, ctx)
    taken = [(m.start, m.end) for m in mentions]
    mentions += _laws_by_name(text, ranges, taken, days)
    mentions.sort(key=lambda m: m.start)
    _relate(text, mentions, _cues(text, max((m.start for m in mentions), default=-1)))
    for m in mentions:
        ctx.claimed.append((m.start, m.end))
    return [
        Citation(span=(m.start, m.end), text=collapse_ws(text[m.start:m.end]), doc_type=m.doc_type,
                 number=m.number, date=m.date, issuer=m.issuer, subject=m.subject,
                 relation=cast(Relation, m.relation),  # a cue table value, checked by pydantic
                 title=m.title)
        for m in _merge(mentions)
    ]

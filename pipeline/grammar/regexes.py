"""Layout patterns shared by segment and the header/party extractors.

Vocabulary (type words, authority prefixes, mottos, abbreviations) lives in
models/tables; these are the structural patterns of NĐ 30/2020 and the Party
and Đoàn conventions (docs/STANDARDS.md).
"""

from __future__ import annotations

import re

from vanban.grammar.docnumber import UPPER

VN_LOWER = "a-zđàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ"
VN_UPPER = UPPER

# "Số: 342-CV/...", "Số 36-HD/VPTW", OCR "Sõ:", "Sẽ:", "Số;", a text copied from OCR with a lost or wrong
# mark ("Sô:", "Só:": not "Sổ", a real word)
# A web portal's metadata field "Số ký hiệu: 2315/SGDĐT-QLT" above the copied document is no label of its own,
# nor is a noun the word opens without a colon, a lower-case word after it ("Số liệu thống kê" in a portal's menu,
# "Số lượng ...", "So với ..."; round 38): the label is followed by a colon, a figure, a code or a blank
# ("Số: l52/TTr-UBND", OCR's l for 1, keeps its colon).
NUMBER_LABEL_STRICT = re.compile(
    rf"^\s*(?:S[ốỐ]|SỐ|Sõ|Sẽ|Sỏ|So|S[ôÔóồỗ])(?:\s*[:;.]\s*|\s*(?![{VN_LOWER}][^\W\d_]*\s))(?=\S|$)"
    r"(?!k[ýí]\s+hi[ệe]u\b)")

# "<place>, ngày 26 tháng 7 năm 2023" (day/month may be blank in drafts, or a handwritten day OCR
# could not read: "ngày &O tháng 01", "ngày0ÿ tháng 02"; the header reads the place all the same).
# OCR runs the month into "năm" and loses its n ("tháng 22ăm 2025"): "ăm" before the year is "năm"
# (the `nam` group is then not "năm": the header warns). A text copied from OCR may have lost the marks
# of "ngày" and "tháng" ("ngay 14 thang 5 năm 2026") or changed one ("ngày 16 thảng 11", "ngảy"), or the
# breve of "năm" for another mark ("nãm 2027", "nám 2027"; never a bare "nam": "Quảng Nam"), or read
# its m as "rn" ("nărn 2027", the classic OCR m/rn confusion).
# OCR may read a 0 of the year as the letter O ("năm 2O28"): header.year_of reads it back.
_MAX_PLACE = 60  # characters of the place before ", ngày"
# (the date from "ngày" to the year, the part after the place, is also compiled alone: `search_date_line`)
_DATE_CORE = (r"(?P<ngay>ng[àaáảãạ]y)\s*(?P<d>\d{1,2}|[.…_\s]*|\S{1,4}?)\s*"
              r"(?P<thang>th[áaàảãạ]ng)\s*"
              r"(?P<m>\d{1,2}|[.…_\s]*|\S{1,4}?)\s*"
              r"(?P<nam>n?[ăǎãáàảạ](?:m|rn))\s*(?P<y>\d{4}|[12][\dOo]{3}(?!\w))")
DATE_LINE = re.compile(rf"(?P<place>[^\n,;:\t]{{2,{_MAX_PLACE}}}?)\s*,?\s*{_DATE_CORE}", re.IGNORECASE)
DATE_CORE = re.compile(_DATE_CORE, re.IGNORECASE)
# The words DATE_LINE needs, in any case (none has an "i" or "s", which a case-insensitive regex also
# reads in "İ", "ı", "ſ": lower-casing finds every spelling the regex accepts).
_DATE_LINE_WORDS = (("ngày", "ngay", "ngáy", "ngảy", "ngãy", "ngạy"),
                    ("tháng", "thang", "thàng", "thảng", "thãng", "thạng"), ("ăm", "ǎm", "ãm", "ám", "àm", "ảm", "ạm", "ărn", "ãrn", "árn"))


def has_date_line_words(s: str) -> bool:
    low = s.lower()
    # (each group's spellings looked up by a map in C, not a generator a group)
    return all(any(map(low.__contains__, spellings)) for spellings in _DATE_LINE_WORDS)


def search_date_line(s: str) -> re.Match[str] | None:
    """DATE_LINE.search(s), skipped when s lacks its words: the regex tries up to 60 characters of
    place at every position, the costliest scan of a letterhead line, and most lines have no date.

    The date itself ("ngày ... năm yyyy", DATE_CORE) is sought first, and a place must be able to end
    before its "ngày": else there is no match, which the regex found out only after trying 60 places at
    every position of the line (5 ms for an 850-character paragraph opening with "Ngày 15 tháng 11 năm
    2025,"; a "ngày ... năm" without its year made it backtrack through the day and month at each place
    before it). No match starts before that date's place (a later date's place begins after its "ngày"),
    and the search starts there."""
    if not has_date_line_words(s):
        return None
    core = DATE_CORE.search(s)
    while core is not None and not _place_can_end(s, core.start()):
        core = DATE_CORE.search(s, core.start() + 1)
    if core is None:
        return None
    return DATE_LINE.search(s, _place_bound(s, core.start()))


_NOT_PLACE = "\n,;:\t"  # what DATE_LINE's place cannot hold


def _place_can_end(s: str, ngay: int) -> bool:
    """A DATE_LINE place (two characters or more) can end before the "ngày" at `ngay`, the blanks and at most
    one comma between them."""
    q, comma = ngay, False
    while True:
        if q >= 2 and s[q - 1] not in _NOT_PLACE and s[q - 2] not in _NOT_PLACE:
            return True
        if q == 0 or not (s[q - 1].isspace() or (s[q - 1] == "," and not comma)):
            return False
        comma = comma or s[q - 1] == ","
        q -= 1


def _place_bound(s: str, ngay: int) -> int:
    """The earliest start of a DATE_LINE match whose "ngày" is at `ngay`: the place's most characters before
    the blanks and commas in front of it."""
    i = ngay
    while i > 0 and (s[i - 1].isspace() or s[i - 1] == ","):
        i -= 1
    return max(0, i - _MAX_PLACE)


# "V/v", and its OCR misreadings "VN", "V#", "V.v" (docs/DEPENDENCIES.md)
SUBJECT_LABEL = re.compile(
    r"^\s*[\"“”'‘]?\s*(?:V/v|V/V|v/v|Về việc|VỀ VIỆC|Về|VỀ|V/\s?v|V\.v|VN(?=\s+[a-zđà-ỹ])|V#)(?!\w)", re.UNICODE)

# "gủi": a text copied from OCR with the hook for the horn
# OCR changes the mark of "gửi" ("Kính gủi", "Kính gứi", "Kính gừi"), or loses a mark ("Kinh gưi", "Kính gui")
# (OCR reads the g of "gửi" as q: "Kính qửi:"; a marked vowel only, "Kính quí" stays a word)
KINH_GUI = re.compile(r"^\s*[-–]?\s*(?:Đồng\s+)?[Kk][íi]nh\s+(?:g[ửủứừữựưu]|q[ửủứừữự])i\s*:?", re.IGNORECASE)
CONG_DIEN_TO = re.compile(r"\bđiện\s*:\s*$", re.IGNORECASE)


def cong_dien_to(s: str) -> bool:
    """CONG_DIEN_TO.search(s), read only on a line ending (before its blanks) in the colon the pattern ends on:
    the pattern opens with a word boundary, so its search is tried at every position of every line asked."""
    return s.rstrip()[-1:] == ":" and CONG_DIEN_TO.search(s) is not None
# (OCR may put a scrap of a stamp or a pen stroke before the label: "4Nơi nhận:")
# OCR changes the marks of the label too ("Nơi nhân:", "Nới nhặn:", "Nọi nhận:"): a damaged word holds only
# with the colon or alone on its line, where body text ("nơi nhân dân ...") never stops
NOI_NHAN_WORDS = (r"(?:N[ơo]i\s+nh[ậa]n\s*:?"
                  r"|N[ơoớờởỡợóòỏõọ]i\s+nh[aàáảãạăằắẳẵặâầấẩẫậ]n[ \t]*(?::|$))")
NOI_NHAN = re.compile(r"^\s*(?:[^\w\s]|\d){0,2}" + NOI_NHAN_WORDS, re.IGNORECASE | re.MULTILINE)
LIST_ITEM = re.compile(r"^\s*[-–+•]\s*")
# a PDF page's number on a line of its own ("2", "- 2 -", "Trang 1/2")
PAGE_NUMBER_LINE = re.compile(r"^\s*(?:Trang\s+)?[-–]?\s*\d{1,3}(?:\s*/\s*\d{1,3})?\s*[-–]?\s*$", re.IGNORECASE)
# a PDF page's running footer or header: the document's short title or body, then its page number after a gap or a
# dash ("Sở Xây dựng tỉnh Cà Mau - Tờ trình ...        Trang 2/2", "Thông báo số 61-TB/HĐTN - Trang 1/2"), or its bare
# number far out to the right ("Thuế tỉnh Thanh Hóa - Công văn đôn đốc thu hồi nợ thuế            2": fifty-ninth
# heldout round, h651; glued on, it ran onto the signer's name above it); the page word shortened or in English ("Tr.
# 2", "Page 2"), its count of pages after "của" ("Trang 2 của 2"), the far number with its count or in dashes ("2/2",
# "- 2 -"; generalisation audit 64)
_PAGE_WORD_NUMBER = (r"(?:[ \t]{2,}|[ \t]*[-–|][ \t]*)(?:[Tt]rang|[Tt]r\.|[Pp]age)[ \t]+\d{1,3}"
                     r"(?:[ \t]*(?:/|của)[ \t]*\d{1,3})?")
RUNNING_FOOTER = re.compile(rf"\S(?:{_PAGE_WORD_NUMBER}"
                            r"|[ ]{8,}(?:[-–][ \t]*)?\d{1,3}(?:[ \t]*/[ \t]*\d{1,3}|[ \t]*[-–])?)[ \t]*$")
# a page break's lines: the line's end, blank lines, the page's footer on a line of its own (group "footer"), its end;
# what the text goes on with after it is each reader's (schedule's page seams, quantities' page breaks, timex's ranges)
PAGE_BREAK_FOOTER = r"[ \t]*\n(?:[ \t]*\n)*(?P<footer>[^\n]+)\n"
# the same page word and number anywhere in a line, the next page's running head maybe glued on after it ("UBND huyện
# Krông Bông      Trang 2/2 Quyết định số 1406/QĐ-UBND ngày 12/8/2033"; figtable's rows, seventy-second round)
PAGE_MARK = re.compile(rf"\S{_PAGE_WORD_NUMBER}(?![\d/])", re.IGNORECASE)
ARCHIVE = re.compile(r"^\s*[-–+•]?\s*L[ưu]u\b", re.IGNORECASE)

# a rule's marks (box-drawing dashes too: a PDF reader's rule under a page's running footer, "────"; eighty-fifth
# heldout round); a line of three or more of them is a rule
RULE_MARKS = "-_=–—.*─━═"
RULE = re.compile(rf"^\s*[{RULE_MARKS}]{{3,}}\s*$")

# Body headings: "I. MỤC ĐÍCH", "II.", "1.", "2.1.", "4.1 Tỉnh đoàn", "a)", "Điều 1."
HEADING = re.compile(
    r"^(?P<label>(?:[IVXL]{1,5})|(?:\d{1,2}(?:\.\d{1,2}){0,3})|(?:[a-zđ]))(?P<punct>[.)])?\s+(?P<title>\S.*)$"
)

SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPT, "0123456789")
FOOTNOTE_LINE = re.compile(rf"^\s*(?P<mark>[{SUPERSCRIPT}]+)\s*(?P<text>\S.*)$")
# (the mark's first character is matched before the lookbehind checks the one in front of it: a
# pattern that starts with a lookbehind is tried at every position of the text)
FOOTNOTE_REF = re.compile(rf"(?P<mark>[{SUPERSCRIPT}](?<=[\w)”\"][{SUPERSCRIPT}])[{SUPERSCRIPT}]*)")

# A personal name line in the signature: 2-6 capitalised words ("Phan Đình Nhân").
# a word of a name may carry an apostrophe, as the Central Highlands' names print it ("K' Điệp", "Ka H'Hương",
# "K'Brỏi"; twenty-second heldout round)
_APOSTROPHES = "'’"
NAME_LINE = re.compile(
    rf"^(?:[{VN_UPPER}][{VN_LOWER}]*(?:[{_APOSTROPHES}][{VN_UPPER}]?[{VN_LOWER}]*)?\.?\s+){{1,5}}"
    rf"[{VN_UPPER}](?:[{VN_LOWER}]*[{_APOSTROPHES}][{VN_UPPER}]?)?[{VN_LOWER}]+$"
)
NAME_LINE_UPPER = re.compile(rf"^(?:[{VN_UPPER}]+\s+){{1,5}}[{VN_UPPER}]+$")

"""Quantities: counted amounts a document plans (targets) or reports as done (results).

A quantity is a numeral ("3.000", "17,5 tỉ", "100%") followed by what it
counts: a measure ("km", "tấn", "đồng"), a classifier and its noun ("bức
tranh", "tuyến đường") or a head noun ("hồ sơ", "đội hình"). Most numbers in an
administrative text are not quantities: dates, times, document numbers,
section numbers, names ("Quận 3", "lần thứ 22", "Ban Chỉ đạo 389"), years,
durations, point scores, phone numbers, rule rates ("thuế suất 10%") and
reported damage. A number is kept only when nothing before it makes it a label
and a counted noun follows it.

Vocabulary lives in models/tables/units.tsv and quantity_cues.tsv. The word
segmenter (underthesea `word_tokenize`) is loaded on first use and run only on
the few words after a number. `find_footnotes` and the numbered-heading
fallback are used only when the segmenter has not filled ctx.footnotes or
ctx.headings (a Context built by hand).
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache
from typing import cast

from vanban.context import Context, Heading, heading_chain
from vanban.extract.figtable import (
    BOUND_SIGNS,
    TOTAL_ROW_RE,
    FigureCell,
    GridTable,
    collapsed_figure_cells,
    collapsed_tables,
    column_comparator,
    figure_cells,
    grid_figure_cells,
    grid_tables,
    paired_figure_cells,
    paired_tables,
    piped_figure_cells,
    spaced_figure_cells,
    spaced_tables,
    tabbed_figure_cells,
    tabbed_tables,
)
from vanban.grammar.docnumber import NUMBER_RE as DOCNUMBER_RE
from vanban.grammar.ocrdigits import ocr_figures
from vanban.grammar.regexes import PAGE_BREAK_FOOTER, PAGE_NUMBER_LINE, RUNNING_FOOTER, VN_LOWER, VN_UPPER
from vanban.grammar.vnnum import BARE_NUMBER_RX, NOT_AFTER_WORD_RX, NUMBER_SCAN_RX, parse_number
from vanban.schemas import Quantity
from vanban.schemas.record import Comparator, QuantityKind
from vanban.segment.cells import _title_word
from vanban.segment.closing import is_attached_mark
from vanban.tables import choices, role_phrases, rows
from vanban.textutil import alternation_on_line, first_letters, fold_lower, is_upper, word_starts

_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_VARIATION_SELECTOR = "\ufe0f"  # after an emoji drawn in colour ("✅️")
_KEYCAP = "\u20e3"  # closes a keycap bullet ("2️⃣ Ra mắt ...")
_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"  # a name's first letter
# after a unit's head word, its name: capitalised words, each may carry one lower-case syllable
# ("Tư pháp", "Nông nghiệp và Môi trường"), never a run of lower-case words ("Y tế báo cáo tiến độ")
# a unit's own number or code after its head ("Chi đoàn 10A1", "chi đoàn khối 10", "khu phố 2")
_UNIT_CODE = r"[ \t]+(?:số[ \t]+)?\d{1,3}[A-Za-z]{0,2}\d{0,2}(?![\w.,/%])"


def _name_tail(verbs: str) -> str:
    """After a unit's head word, its name: capitalised words, each may carry one lower-case syllable
    ("Tư pháp", "Nông nghiệp và Môi trường") that is no verb ("Xã Tân An đạt 92%"), never a run of
    lower-case words ("Y tế báo cáo tiến độ")."""
    return (rf"(?:[ \t]+[{_UPPER}][^\W\d_]*(?:[ \t]+(?![{_UPPER}])(?!(?:{verbs})(?!\w))[^\W\d_]+)?"
            rf"(?:[ \t]+và(?=[ \t]+[{_UPPER}]))?){{1,6}}")


def _unit_name(by_role: dict[str, list[str]], verbs: str) -> str:
    """A unit's name in either case of its head: the head, maybe a lower-case sub-unit word, then a
    name or a code ("Chi bộ thôn Bắc Sơn", "chi đoàn khu phố 2", "Chi đoàn 10A1"); after "các" a
    list of names ("các xã Tân An, Tân Bình")."""
    head_words = by_role["scope_head"]
    heads = _alternation(head_words + [h[0].lower() + h[1:] for h in head_words])
    tail = _name_tail(verbs)
    sub = _alternation(by_role["scope_subhead"])
    groups = by_role["scope_group"]
    group = _alternation(groups + [g[0].upper() + g[1:] for g in groups])
    return (rf"(?:(?:{group})[ \t]+(?:{heads}){tail}(?:,{tail})*"
            rf"|(?:{heads})(?:[ \t]+(?:nhân dân|{heads}))?(?:[ \t]+(?:{sub}))?(?:{tail}|{_UNIT_CODE}))")
_SUPER_TO_ASCII = str.maketrans(_SUPERSCRIPT, "0123456789")
_OPEN_QUOTES = "“\"‘'«"
_CLOSE_QUOTES = "”\"’'»"
# a quoted name counted as a thing: a capitalised word and a few more, no sentence mark ("Chợ Tết 0 đồng")
_QUOTED_NAME_RE = re.compile(r"[^\W\d_][^\W_]*(?:[ \t]+[^\W_]+){0,7}")
_SKIP_ZONES = ("header", "recipients", "signature", "distribution", "page_footer")
_CLAUSE_END = ".;:()[]\n!?" + _OPEN_QUOTES + _CLOSE_QUOTES
_CLAUSE_END_RE = re.compile(f"[{re.escape(_CLAUSE_END)}]")
_OPENERS = "([{" + _OPEN_QUOTES  # stripped from a word before a number
_NAME_OR_RULE_MARKS = _OPEN_QUOTES + "≥≤<>=_#№"  # right before a number: a name or a rule threshold
_STRAIGHT_QUOTES = ("\"", "'")  # a quote that opens and closes alike
_NO_CUE = ("", "")
_SKIP_KIND = "skip"  # units.tsv: a unit that makes the number no count (a date's, a duration's, a measure of size)
_STOP_KIND = "unit_stop"  # units.tsv: a word that is no unit ("của", "đến"): the number counts nothing
_TURNING_DOWN_KINDS = (_SKIP_KIND, _STOP_KIND)

# a number, or the numerator of a count out of a total ("1.234/5.000 thủ tục", "42,5/58 ha"), which vnnum leaves
# alone (both begin with the digit, so the engine skips to digits: see vnnum.NUMBER_SCAN_RX)
# or a second count after a unit and a slash ("bắt giữ 27 vụ/41 đối tượng", "350 hộ/1.200 nhân khẩu": two counts
# of two things, not a part of a total; not "/01 giải", a rate's one); a PDF's hard wrap (a space once unwrapped)
# may stand before the slash ("Khởi tố 09 vụ\n/14 bị can", fifty-fourth heldout round)
_NUMBER_RE = re.compile(
    rf"{NUMBER_SCAN_RX}|\d{NOT_AFTER_WORD_RX}(?:\d{{0,2}}(?:\.\d{{3}})+|\d*)(?:,\d+)?(?=/(?:\d{{1,3}}(?:\.\d{{3}})+|\d+)[ \t]+[^\W\d_])"
    r"|\d(?:(?<=[^\W\d_]/\d)|(?<=[^\W\d_]\s/\d))(?!(?<=/0)1(?![\d.,]))(?:\d{0,2}(?:\.\d{3})+(?!\d)|\d*)(?:,\d+)?(?![\d.,/])(?=[ \t]+[^\W\d_])")
# a range's two ends; a share's sign may stand after both ("từ 5% đến 10%", "5% - 10%"; rounds 41-46, h430, h457)
_RANGE_RE = re.compile(rf"(?:(?P<pct>[ \t]?%)(?=\s?[-–]\s?\d|\s+đến\s+\d))?(?P<sep>\s?[-–]\s?|\s+đến\s+)"
                       rf"(?P<max>{BARE_NUMBER_RX})(?(pct)(?=[ \t]?%))")
# compiled once: these run for every figure of every document
_GLUED_WORD_RE = re.compile(r"[^\W\d_]+²?")
_PERCENT_RE = re.compile(r"[ \t]*%")
_LETTER_RE = re.compile(r"[^\W\d_]")
_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_]+)")
_NEXT_DIGIT_RE = re.compile(r"[ \t]*\d")
_SPACE_WORD_RE = re.compile(r" ([^\W\d_]+)")
_SPACE_DIGIT_RE = re.compile(r"\s+\d")
_CLOSE_PAREN_RE = re.compile(r"\s*\)")
_DATE_RE = re.compile(
    r"(?<!\d)\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:19|20)\d\d(?!\d)"  # 11/8/2023, 11-8-2023
    r"|(?<![\d/])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/])"  # 11/8 (not 14/18: a part of a total)
    r"|(?<!\d)\d{1,2}(?:[hg:]\d{2}|[hg](?![^\W\d_]))"  # 07h30, 08g00, 17:00, 9h
)
_URL_MARKS = ("@", "://", "www.", "<")
_LINE_HEADING_RE = re.compile(
    r"(?m)^[ \t]*(?P<label>[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)(?:[.)]|(?<=\d)(?=[ \t]))[ \t]+(?P<title>[^\n]{1,200})$"
)
_FOOTNOTE_LINE_RE = re.compile(rf"(?m)^[ \t]*(?P<marker>[{_SUPERSCRIPT}]+)[ \t]*(?P<body>\S[^\n]*)")
_FOOTNOTE_REF_RE = re.compile(rf"(?<=\S)[{_SUPERSCRIPT}]+")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_PHONE_HEAD_RE = re.compile(r"(?<![\w.,])0\d{2,4}[ .]$")  # a phone's opening group right before a number
_PHONE_HEAD_REACH = 6
_DURATION_LABEL_RE = re.compile(r"(?<!\w)thời\s+gian(?:\s+[^\W\d_]+){0,2}\s*:\s*$", re.IGNORECASE)
_DURATION_LABEL_REACH = 40
# "Thời gian làm việc tại mỗi đơn vị 01 buổi": how long each visit lasts, without a colon (the unit a span of
# time); "thời gian tới/qua" is the coming or past period, not a duration's head
_DURATION_HEAD_RE = re.compile(r"(?<!\w)thời\s+gian(?!\s+(?:tới|qua|đến|sau)(?!\w))(?:\s+[^\W\d_]+){0,8}\s*$",
                               re.IGNORECASE)
_DURATION_HEAD_REACH = 70
_DURATION_UNITS = frozenset({"buổi", "ngày", "tuần", "tháng", "giờ", "phút"})


def _duration_label_before(text: str, start: int) -> bool:
    """'Thời gian: ' right before start. The label ends with its colon and spaces: without a colon
    last, the window is not searched."""
    lo = max(0, start - _DURATION_LABEL_REACH)
    return text[lo:start].rstrip()[-1:] == ":" and _DURATION_LABEL_RE.search(text, lo, start) is not None
_GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?![\d.])")  # "60.000.000": an amount, never a name's number
_PERFECT_MARKS = "điểm 10"  # perfect marks counted ("Hoa điểm 10": "đạt 8.736 điểm 10"), a count, not a score
_ENUMERATION_GAP_RE = re.compile(r"\s*(?:,|và|hoặc|-|–)?\s*")  # "mức độ 3, 4": the 4 is a label too
_MAX_SENTENCE_SIDE = 1000  # characters a sentence reaches on each side of a number (longest seen: 839)
# words of the body named between 'Đề nghị' and what is asked of it ('Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh cấp
# bổ sung 1.200 liều'; round 38: a unit's full name runs to seven words, three left it unread; round 44: a national
# committee's, 'Ủy ban An toàn giao thông Quốc gia', to eight; round 41: a ministry's with its hyphen and a chain of
# bodies, "Đề nghị UBND các huyện, thành phố chỉ đạo UBND cấp xã bố trí thêm ...", to ten)
_ASKED_BODY_WORDS = 10
_ASKED_ACT_REACH = 100  # from a request's "và" to the figure its second act asks for
_WRITER_WORDS = 8  # "Ủy ban nhân dân xã An Hòa" before its "kính đề nghị": the writer naming itself
# the writer naming itself before a bare request verb, its name opening in capitals ("Sở Nông nghiệp và Môi trường đề
# nghị UBND tỉnh xem xét hỗ trợ ..."; rounds 75-79's leftovers, h852)
_WRITER_NAME = rf"(?-i:[{VN_UPPER}])[^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,{_WRITER_WORDS - 1}}}?[ \t]+"
_ITEM_MARK = r"(?:\d{1,2}|[a-zđ]|[ivxlc]{1,5})[.)][ \t]*"  # "1. Đề nghị ...", "b) Kiến nghị ...": a listed request
_CONDITION_LABEL_WORDS = 40  # "Điều kiện được hỗ trợ" to its colon
# an article's number in a decision's heading "Điều 1.", as a scan may read it: OCR takes the digit 1 for l, I or |
# ("Điều l. Phê duyệt danh sách ..."; fifty-sixth heldout round, h624)
_ARTICLE_NUMBER = r"(?:\d{1,3}|[lI|])"
_UNMET_LEFT_REACH = 50  # "chưa được tiêm phòng vẫn" / "chưa thu hoạch" to the "còn" of what is left
_PLACE_MEASURE_REACH = 60  # "Diện tích đất sản xuất nông nghiệp" to the "của xã là" of its figure
_COUNT_NOW_REACH = 80  # "Tổng số lao động" to its "đang", and that to the "là" of its figure (a workplace named between, h829)
# a character between a count's words, a day it is counted at ("đến ngày 30/9/2032"), or a line break a wrapped
# sentence goes on past in lower case
_COUNT_NOW_CHAR = rf"(?:[^\d.;:\n]|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\n(?-i:(?=[{VN_LOWER}])))"
_PER_UNIT_REACH = 40  # "Giá trị sản phẩm thu hoạch" to the "trên" of its "trên 1 ha"
_ONE_RE = re.compile(r"0?1(?![\d.,])")  # "1", "01": the one unit a value is per
_REVIEW_QUALIFIER = 40  # "sau mùa mưa lũ năm 2031": a review's time or place between its words and its comma
# the place named between the time word and "có": "Hiện nay, trên địa bàn tỉnh có", "Hiện Khu kinh tế Vũng Áng và các
# khu công nghiệp có" (rounds 59-64's leftovers, h676)
_NOW_STATE_PLACE_WORDS = 10
# a threshold sorting the counted units, between their noun and what they lack ("doanh nghiệp có từ 30 lao động trở lên
# chưa có đảng viên")
_SORTING_BOUND = (r"(?:[ \t]+có[ \t]+(?:từ|trên|dưới|hơn)[ \t]+\d[\d.,]*(?:[ \t]+[^\W\d_]+){1,3}?"
                  r"(?:[ \t]+trở[ \t]+(?:lên|xuống))?)")
_STATE_LABEL_TAIL = 30  # characters of a description's label after its word, before its colon ("Thông tin dự án:")
_HIEN_COMPOUNDS = ["thực", "phát", "xuất", "thể"]  # words "hiện" ends without meaning now
_SAME_FIGURE_OBJECT_WORDS = 4  # words an object needs beyond its unit to identify a repeated figure
_BACK_REFERENCE_REACH = 60  # "xã có điểm sinh hoạt văn hóa " between a figure's unit and its "nêu trên"
_REQUEST_OPENING = 16  # a request being answered opens its sentence ("Về việc hỗ trợ ...")
# "38 văn bản;" ends its item, as "315 học sinh (9 lớp chuyên)" does at its bracket
_ITEM_END_RE = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]*){0,2}(?:[;,.()\n]|$)")
_FRACTION_RE = re.compile(rf"[ \t]?/[ \t]?(?P<base>{BARE_NUMBER_RX})(?=[ \t]+[^\W\d_])")
_SPACED_DECIMAL_RE = re.compile(r"(\d{1,3}),[ \t](\d{1,2})[ \t]?%(?=\))")
_UNIT_GAP_RE = re.compile(r"[ \t]+|[ \t]*\n[ \t]*(?=[^\W\d_])")  # "1.250\nhồ sơ": a wrapped line
_RATE_UNIT_RE = re.compile(r"\s*/\s*(?:0?1\s+)?([^\W\d_]+)")  # "/năm", "/01 giải"
# "(300.000 đồng/01 giải)", "01 giải Nhất (1.000.000 đồng)": a prize's money, not the parts of a count
_PRIZE_RE = re.compile(r"[\d.,]+\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng|VNĐ|đ)\s*(?:/|\))")
_SHARE_RE = re.compile(r"[\d.,]+\s*%\s*\)")  # "2.068 đồng chí (33,1%)": the count's share, not its parts
_PART_RE = re.compile(r"[\d.,]+\s*/\s*[\d.,]+\s+[^\W\d_]")  # "88,6% (109/123 cơ sở)": the counts behind a share
_BREAKDOWN_REACH = 400  # how far the parts of a figure in brackets may run
_BREAKDOWN_LOOKBACK = 80  # how far before its brackets the figure broken down may start
_TOKEN_REACH = 200  # how far a web address or a footnote's name reaches from a position
_MONEY_UNITS = frozenset({"đồng", "USD"})  # units.tsv's money: no specification measures in them
_SCOPE_REACH = 80  # how far before a figure the name of the unit it belongs to may start
_PART_NAME_WORDS = 7  # a part's name after "riêng" ("thị trường Hàn Quốc", "Đoàn Khối các cơ quan tỉnh")
_CARRY_REACH = 60  # how far a comparator carries over to a figure joined by "và" or a comma
_BASE_REPEAT_REACH = 300  # how far back a total printed again after a part ("2.298/2.316 hồ sơ") was counted
_DIRECTIVE_REACH = 160  # a directive verb's addressees before its colon ("đề nghị các đơn vị ... các nội dung sau:")
_NARRATIVE_REACH = 30  # how far before a figure a narrative verb may start ("di dời 3.460 hộ")
# "3.460 hộ với 11.250 người"; a pair of counts on a slash, "sơ tán 146 hộ/602 khẩu" (fifty-fourth heldout round)
_NARRATIVE_JOIN_RE = re.compile(r"(?:\s(?:với|và|gồm)|,|/)\s*$")
_JOINED_RE = re.compile(r"(?:\s(?:và|hoặc)|,)\s*$")
_WITH_RE = re.compile(r"\svới\s*$")  # "3.200 hộ với 10.500 nhân khẩu": a count and the people it holds
_RATE_RE = re.compile(r"(?<!\w)tỷ\s+lệ(?!\w)|(?<!\w)tỉ\s+lệ(?!\w)", re.IGNORECASE)
_DAMAGE_REACH = 60  # how far after the unit a damage word still names what the figure counts
_OTHERS_FIGURE_REACH = 40  # how far the bracket of others' figure opens after what it names ("... của tỉnh (")
# how far an arrears' noun stands before the "là" of its amount (whose debtors and day between: "Công nợ tiền sử dụng
# sản phẩm, dịch vụ thủy lợi của các tổ chức dùng nước đến ngày 30/11/2032 còn", 90; rounds 70-74's leftovers, h823)
_ARREARS_REACH = 100
# a character between an arrears' noun and its "là", or a line break a wrapped sentence goes on past in lower case ("nợ
# tiền điện khó đòi đến" / "ngày 30/9/2032 là 6,7 tỷ đồng"; rounds 65-69's leftovers, h767)
_ARREARS_CHAR = rf"(?:[^.;:\n]|\n(?-i:(?=[{VN_LOWER}])))"
_ARREARS_PART_REACH = 40  # a part owed, "nợ trên 6 tháng ", before its sum
_DAMAGE_BEFORE_REACH = 24  # a damage word right before a figure ("bị thương 173 người") is short
_TITLE_REACH = 80  # how far before a figure a law's title may start
_DIMENSION_REACH = 60  # a dimension's word, a bound and a list's earlier sizes before a figure
_LINE_HEAD_REACH = 40  # how far back a number's line start is looked for ("- (" before an item number)
_THRESHOLD_GAP_RE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}")  # "05 huyện (có) tỷ lệ", "02 thôn dưới"
_COMPARED_REACH = 12  # how far before a target cue "so với", "vượt mức" or a percentage may stand
_BREAKDOWN_RE = re.compile(r"\d[^\d()\n.;]{1,60}\(\s*$")  # "03 cán bộ (01 giám đốc, 02 phó ...)"


@dataclass(frozen=True)
class _Vocab:
    scale_re: re.Pattern[str]  # a scale word right after a number
    unit_re: re.Pattern[str]  # a units.tsv phrase at the start of the text after a number
    units: dict[str, tuple[str, str]]  # folded phrase -> (kind, value)
    cues: dict[str, tuple[str, str]]  # folded phrase -> (role, value), for the words right before
    # the same by the phrase's folded words: the words before a number are folded once each, not once for every
    # run of them tried (fold_lower keeps words apart: the key of a run is its words' keys joined by spaces)
    cue_words: dict[tuple[str, ...], tuple[str, str]]
    max_cue_words: int
    cue_last_words: frozenset[str]  # the cues' last words: a number after any other word has no cue before it
    target_re: re.Pattern[str]
    result_re: re.Pattern[str]
    rule_re: re.Pattern[str]  # "thuế suất" somewhere before: a rate in a rule
    rule_not_re: re.Pattern[str]  # "Thuế tỉnh", "hoàn thuế": a body or an act holding a rule word, no rate
    fine_re: re.Pattern[str]  # "phạt tiền" before: a rule's fine, or one imposed when the figure is reported done
    damage_re: re.Pattern[str]  # "thiệt hại" in the sentence: reported damage
    damage_after_re: re.Pattern[str]  # "bị" right after the unit: "963 nhà bị sập"
    spec_re: re.Pattern[str]  # "Thông số kỹ thuật", "Kích thước": a product specification
    dimension_re: re.Pattern[str]  # "chiều rộng 7 m", "Cự ly 10 km và 21 km": a thing's size or class, no count
    fraction_of_size_re: re.Pattern[str]  # " chiều rộng" right after "1/3": a share of a thing's size, no count
    vehicle_class_re: re.Pattern[str]  # "xe khách từ " right before a figure: the seats or load that class vehicles
    vehicle_units: frozenset[str]  # "chỗ", "tấn": what classes vehicles
    occurrence_verb_re: re.Pattern[str]  # "xảy ra" anywhere before in the sentence: an incident is told
    extent_units: frozenset[str]  # "m", "ha": an incident's extent is measured in them
    copies_re: re.Pattern[str]  # "Hồ sơ ... gồm " right before a figure: how many copies a filing takes
    copies_units: frozenset[str]  # "bộ", "bản": a filing's copies
    form_re: re.Pattern[str]  # "xét tuyển, gồm ", "Dự thảo gồm 5 chương, " before a figure: what a thing is made of
    form_units: frozenset[str]  # "vòng", "phần thi", "chương", "môn": an exam's, a contest's or a document's parts
    after_re: re.Pattern[str]  # "trở lên"/"trở xuống" after the unit
    condition_re: re.Pattern[str]  # "được", "thì" right after "trở lên": the bound is a rule's condition
    bound_condition_re: re.Pattern[str]  # "phải", "thì" right after a bound's unit: "dưới 30% phải giải trình"
    share_condition_re: re.Pattern[str]  # "dự toán phải" after a share's bound: "đạt dưới 90% dự toán phải giải trình"
    has_from_re: re.Pattern[str]  # "có từ ", "có giá trị từ " right before a figure bounded by "trở lên" after it
    has_measure_re: re.Pattern[str]  # "có giá trị " right before a bound's word ("dưới 5 triệu đồng"): a rule's class
    sorted_class_re: re.Pattern[str]  # "các công trình có tỷ lệ giải ngân " before a bound: which of them
    joined_from_re: re.Pattern[str]  # "có giá trị từ 500 triệu đồng trở lên (...) và từ " before the next one
    cue_required: frozenset[str]  # doc types (rules, decisions) whose figures need a cue
    scope_re: re.Pattern[str]  # "(Riêng đơn vị Nha Trang, Ninh Hòa: 02 tập thể)"
    parts_lead_re: re.Pattern[str]  # ", gồm:" after a figure: the list of its parts follows
    part_count_re: re.Pattern[str]  # "; riêng thị trường Hàn Quốc 286 lao động": a part named right before its figure
    state_re: re.Pattern[str]  # "hiện tỉnh có" before: the current state
    now_state_re: re.Pattern[str]  # "Hiện nay, toàn xã có": a time word of now, a comma, the place and its "có"
    state_opening_re: re.Pattern[str]  # "Thôn có", "Toàn huyện có" opening a sentence: what the place is made of
    territory_re: re.Pattern[str]  # "có " (and the list's earlier counts) right before a figure: what a place holds
    criterion_re: re.Pattern[str]  # "xét cho tập thể có ": an award's criterion, its figures the bar to pass
    gapped_condition_re: re.Pattern[str]  # " quá hạn phải" after "trở lên": the rule the bound's things fall under
    amount_before_from: frozenset[str]  # "đạt", "tăng" before "từ N ... trở lên": the bound is the amount reached
    composition_open_re: re.Pattern[str]  # "Toàn huyện có " opening a sentence (a time phrase before it may open it)
    composition_with_re: re.Pattern[str]  # " Hội với 6.214" after a unit: the bodies counted and what they hold
    state_continued_re: re.Pattern[str]  # "còn khoảng ", "trong đó có " opening a clause after ";": the state goes on
    territory_units: frozenset[str]  # "tổ dân phố", "thôn", "nhân khẩu": the parts and people of a place
    area_units: frozenset[str]  # "xã", "phường": the administrative units an area is named by
    area_lead_re: re.Pattern[str]  # "trên địa bàn " right before a count of them: the area, no amount
    territory_members: frozenset[str]  # "hộ": a place's households, counted after one of its parts
    violation_after_re: re.Pattern[str]  # " vi phạm" right after the unit: those who broke a rule
    handling_re: re.Pattern[str]  # "phát hiện", "xử lý" before a count of violators: what the bodies did
    arrears_re: re.Pattern[str]  # "Số nợ BHYT ... là " right before a figure: what is owed now, the state
    others_figure_re: re.Pattern[str]  # "thấp hơn mức bình quân chung cả nước (" right before a figure: others' own
    others_source_re: re.Pattern[str]  # "Theo số liệu của Công an huyện, " opening the sentence: others' figures
    arrears_told_re: re.Pattern[str]  # "Tổng số tiền nợ thuế ... là 148,6": an amount owed told, anywhere before
    average_re: re.Pattern[str]  # "bình quân" after a rule word: "mức chi trả bình quân 562.000 đồng/ha" is reported
    count_now_re: re.Pattern[str]  # "Tổng số lao động đang làm việc ... là 182.500": a count of what is so now
    now_figure_re: re.Pattern[str]  # "Tổng đàn lợn hiện nay khoảng " right before a figure: its size now
    scope_lead_re: re.Pattern[str]  # "Đối với": the things a duty is for named next, a bound among them sorts them
    any_bound_re: re.Pattern[str]  # "nào dưới " right before a figure: which of them, no amount
    condition_label_re: re.Pattern[str]  # "Điều kiện hỗ trợ:" opening a line: the conditions of a grant
    now_opening_re: re.Pattern[str]  # "Hiện nay, " opening a sentence: what it tells is the state
    unmet_left_re: re.Pattern[str]  # "diện tích lúa chưa thu hoạch còn khoảng ": what is left undone, a shortfall
    place_measure_re: re.Pattern[str]  # "Diện tích đất sản xuất nông nghiệp của xã là ": a place's size
    per_unit_re: re.Pattern[str]  # "Giá trị sản phẩm thu hoạch trên " before "1 ha": the unit a value is per
    price_re: re.Pattern[str]  # "giá": a market's price before a figure per unit ("giá thịt lợn hơi 62.000 đồng/kg")
    price_not_re: re.Pattern[str]  # "giá trị", "trị giá": a worth, no price
    state_heading_re: re.Pattern[str]  # a whole heading title "ĐẶC ĐIỂM TÌNH HÌNH": the unit's present state follows
    total_word_re: re.Pattern[str]  # "tổng số", "tổng cộng": a total's word, no act of its own
    share_opening_re: re.Pattern[str]  # "- Hằng năm có từ ": a plan's item opening with its share's "có từ"
    target_heading_re: re.Pattern[str]  # a whole heading title "Yêu cầu" (maybe "Điều 2. Yêu cầu"): requirements follow
    result_heading_re: re.Pattern[str]  # a whole heading title "Điều 1. Đánh giá tình hình năm 2028": results follow
    state_done_re: re.Pattern[str]  # "hoàn thành", "xếp loại" right after the units a state counts: what they achieved
    attended_re: re.Pattern[str]  # "tham dự", "có mặt" right after the people counted: a meeting's attendance
    award_re: re.Pattern[str]  # "trao Huy hiệu ... cho " right before the people counted: those it honours
    recognize_re: re.Pattern[str]  # "Công nhận " right before the units a decision recognises
    denial_re: re.Pattern[str]  # "sai sự thật" in the sentence: a denied rumour
    back_reference_re: re.Pattern[str]  # "... nêu trên" right after a figure: one told before, told again
    avoid_re: re.Pattern[str]  # "không để xảy ra" before: the size of what must never happen
    request_re: re.Pattern[str]  # "Về việc hỗ trợ 15 xe" opening a sentence: another body's request
    damage_clause_re: re.Pattern[str]  # "12 người chết": damage named after the unit
    damage_before_re: re.Pattern[str]  # "làm chết 06 người", "11 người chết (-7,9%)": damage named before
    beneficiary_re: re.Pattern[str]  # "cho", "giúp" between a figure and the damage: given to the damaged
    relief_re: re.Pattern[str]  # "hỗ trợ " right before a figure: those helped, though a damage word follows them
    damage_place_re: re.Pattern[str]  # "mất điện cục bộ tại ", "bị ngập tại " right before a figure: damaged places
    title_re: re.Pattern[str]  # "Luật sửa đổi, bổ sung ... 25 Luật": part of a law's title (case-sensitive)
    item_scope_re: re.Pattern[str]  # "(iv) Sở Xây dựng - " / "; Sở Tài chính " right before a figure
    bracket_scope_re: re.Pattern[str]  # "huyện Đông (" right before a figure
    subject_re: re.Pattern[str]  # "Sở Tư pháp phải ..." in the clause before a figure
    heading_scope_re: re.Pattern[str]  # a heading that is nothing but a unit's name ("4.2. Huyện đoàn An Minh")
    item_head_re: re.Pattern[str]  # "- Đoàn xã Tân Lập: ra quân làm sạch 12 km": the item's unit before a colon
    count_verbs: frozenset[str]  # "cử", "có": right before a figure, a verb, never the end of a name
    narrative_types: frozenset[str]  # doc types (công điện) that open with what was done, without cue words
    narrative_verb_re: re.Pattern[str]  # "di dời", "huy động" right before a figure in that narrative
    directive_re: re.Pattern[str]  # "... yêu cầu:" where the narrative ends and the directives begin
    decision_types: frozenset[str]  # doc types (quyết định) whose operative part orders, after its grounds
    operative_re: re.Pattern[str]  # "QUYẾT ĐỊNH:" on its own line: where a decision's operative part begins
    ordered_whole_re: re.Pattern[str]  # "mở toàn bộ " right before a figure: all of them, ordered worked
    allot_verb_re: re.Pattern[str]  # "xuất cấp (ngay)" right before a figure the directives order
    approve_article_re: re.Pattern[str]  # "Điều 1. Phê duyệt": an article whose figures the decision approves
    grant_article_re: re.Pattern[str]  # "Điều 1. Hỗ trợ ...": a decision's article that grants what it counts
    allot_article_re: re.Pattern[str]  # "Điều 3. Phân bổ ...": an article that allots the sums it lists
    locative: frozenset[str]  # "trên": a comparator that is also the preposition "on"
    locative_units: frozenset[str]  # "tuyến", "địa bàn": routes or areas a locative "trên" is placed on
    more_than_verbs: frozenset[str]  # "là", "lên": before "trên", it still means "more than"
    date_before: frozenset[str]  # "ngày", "trước": before "11/12", it is a day and month
    date_joiner: frozenset[str]  # "và", "hoặc": so is it after a date and one of these ("ngày 08 và 09/12")
    frame_before: frozenset[str]  # "của", "tại": after a figure in its clause, the places it is counted in
    whole_set_before: frozenset[str]  # "của", "thuộc": before a locality's whole set of units, the whole it belongs to
    division_pair_re: re.Pattern[str]  # ", thị trấn" after "xã": a locality's whole set of units ("14 xã, thị trấn")
    counter_line_re: re.Pattern[str]  # a post's counters line: "💬 14 bình luận ↪️ 9 lượt chia sẻ"
    condition_types: frozenset[str]  # guides and rules: "<unit> có <bound> N ..." opens a condition
    invitation_types: frozenset[str]  # giấy mời: its invitee list names who is invited
    invitee_re: re.Pattern[str]  # a dashed item of an invitee list, up to "của " right before a figure
    condition_open_re: re.Pattern[str]  # "Chi đoàn có dưới 15 đoàn viên", "- Chi bộ có từ 30 đảng viên"
    condition_clause_re: re.Pattern[str]  # the same opening a clause after "; " ("...; chi bộ có dưới 09 đảng viên")
    shortfall_after_re: re.Pattern[str]  # "chưa" after "còn 03 chi bộ": a shortcoming
    shortfall_joined_re: re.Pattern[str]  # "còn 214 hộ chưa nhận tiền và " before a figure: one more shortcoming
    shortfall_clause_re: re.Pattern[str]  # "còn 23 doanh nghiệp chưa lập ...; " before a figure: one more shortcoming
    shortfall_sum_re: re.Pattern[str]  # "có 146 đơn vị nợ đóng ... với tổng số tiền nợ " before a figure: its sum
    shortfall_part_re: re.Pattern[str]  # "có 137 đơn vị chậm đóng ..., trong đó " before a figure: the shortfall's part
    ongoing_after_re: re.Pattern[str]  # "đang hoạt động" after "có 11 điểm du lịch": what exists now
    pending_after_re: re.Pattern[str]  # "đang xác minh" after "01 đơn": a case still being handled
    shortfall_before: frozenset[str]  # "còn", "có" before that count
    shortcoming_heading_re: re.Pattern[str]  # "Tồn tại, hạn chế": a heading over shortcomings
    low_rating_after_re: re.Pattern[str]  # "xếp loại trung bình" after "06 cơ sở Đoàn": a low rating, under shortcomings
    request_open_re: re.Pattern[str]  # "Đề nghị huyện hỗ trợ " opening a sentence: asked of another body
    request_verb_open_re: re.Pattern[str]  # "Đề nghị", "Kính kiến nghị" opening a sentence
    asked_act_re: re.Pattern[str]  # " và trình UBND tỉnh cấp bổ sung " right before a figure: a request's second act
    request_own_types: frozenset[str]  # a tờ trình: its request is its own proposal
    request_object_re: re.Pattern[str]  # "hỗ trợ", "bố trí" opening a clause: what is asked, asked again
    compared_after_re: re.Pattern[str]  # "so với" right after the unit: the figure is measured against something
    compared_target_re: re.Pattern[str]  # "kế hoạch", "cùng kỳ" right after the unit, after a reached verb
    reached_verbs: frozenset[str]  # "đạt", "vượt", "tăng": before a figure compared with its target
    margin_words: frozenset[str]  # "vượt" before a compared figure: the margin, not "more than"
    compared_before_re: re.Pattern[str]  # "so với", "%" right before a target cue: a comparison, no plan
    membership_re: re.Pattern[str]  # "Chi bộ có " opening a sentence, before a count of its members
    member_nouns: frozenset[str]  # "đảng viên", "đoàn viên": a body's members
    incident_nouns: frozenset[str]  # "vụ", "ổ dịch", "ca mắc": what counts incidents that happened
    occurrence_re: re.Pattern[str]  # "xảy ra tại " right before a figure: incidents that happened, no count of work
    occurrence_record_re: re.Pattern[str]  # "ghi nhận " right before a figure: recorded, if incidents are counted
    incident_re: re.Pattern[str]  # "ca", "ổ dịch", "vụ" right after the number: what is counted is an incident
    bare_record_re: re.Pattern[str]  # "ghi nhận " right before a figure: a bare "ca" after it is a case
    bare_incident_re: re.Pattern[str]  # "213 ca," / "12 ca tại": a "ca" naming nothing else (no "ca trực")
    own_tail_re: re.Pattern[str]  # ", giảm " / " thuộc " after a figure's unit: its change or its places follow
    unit_at: _ByFirstChar  # unit_re, tried with only the phrases that can open where it is tried
    thousands_money_re: re.Pattern[str]  # "đóng góp " before "20k": the k is thousands of đồng


def _flat_alternation(phrases: list[str]) -> str:
    """The phrases as alternatives, longest first (a space matches any blanks): the first that matches wins."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


_BLANKS = r"\s+"  # what a phrase's space matches
_PhraseTrie = dict[str, "_PhraseTrie"]  # a phrase's next token -> the phrases going on with it ("" : one ends here)


def _alternation(phrases: list[str]) -> str:
    r"""_flat_alternation's matches, written as a tree of the phrases' shared openings ("hiện(?:\s+nay(?:\s+có|)
    |\s+trên...)"): the engine reads a shared opening once, where the flat form tries phrase after phrase at each
    place (units.tsv's 164 nouns, "state"'s 35 openings of "hiện ..."). The same match: the phrases that can match at
    one place are each a prefix of the longer ones (no two tokens at a fork match one character, case-insensitively
    or as blanks), so the tree tries them as the flat form does, the longest first; else the flat form is kept."""
    trie: _PhraseTrie = {}
    for phrase in set(phrases):
        if any(c.isspace() and c != " " for c in phrase):
            return _flat_alternation(phrases)  # a tab or no-break space in a phrase: blanks would fork
        node = trie
        for c in phrase:
            node = node.setdefault(_BLANKS if c == " " else re.escape(c), {})
        node[""] = {}
    return _flat_alternation(phrases) if _forks_overlap(trie) else _trie_rx(trie)


def _forks_overlap(node: _PhraseTrie) -> bool:
    """Two tokens at a fork that one character matches (case-insensitively: "Đ" and "đ", "s" and "ſ")."""
    tokens = [t for t in node if t and t != _BLANKS]
    if any(re.fullmatch(a, re.sub(r"\\(.)", r"\1", b), re.IGNORECASE) for a in tokens for b in tokens if a != b):
        return True
    return any(_forks_overlap(child) for child in node.values())


def _trie_rx(node: _PhraseTrie) -> str:
    """The alternation of a node's continuations, the phrase ending here ("") tried last: longest first."""
    alternatives = [token + _trie_rx(child) for token, child in node.items() if token]
    if "" in node:
        return f"(?:{'|'.join(alternatives)}|)" if alternatives else ""
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


class _ByFirstChar:
    """A case-insensitive alternation of phrases matched at a position ("(?:phrases)" + tail), tried with only
    the phrases whose first character matches the text's there: the alternation tries its phrases one by one,
    and a miss on the first character still costs each phrase a step (a number's noun is looked for among 164
    units.tsv phrases, twice for most numbers). Which phrases can open at a character is asked of re itself,
    once a character (the test the alternation makes: "ſ" and "s" alike, "İ" and "i"), and they keep their
    order, so the match is the alternation's."""

    def __init__(self, phrases: list[str], tail: str) -> None:
        self._phrases = sorted(set(phrases), key=len, reverse=True)  # _alternation's order
        self._tail = tail
        self.full = re.compile(rf"(?:{_alternation(phrases)}){tail}", re.IGNORECASE)
        self._at: dict[str, re.Pattern[str]] = {}  # a character -> the alternation of the phrases it can open
        self._by_phrases: dict[tuple[str, ...], re.Pattern[str]] = {}

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """self.full.match(text, pos, endpos)."""
        char = text[pos:pos + 1]
        rx = self._at.get(char)
        if rx is None:
            rx = self._at[char] = self._for(char)
        return rx.match(text, pos, endpos)

    def _for(self, char: str) -> re.Pattern[str]:
        if not char:
            return self.full
        opening = tuple(p for p in self._phrases if re.fullmatch(re.escape(p[0]), char, re.IGNORECASE))
        rx = self._by_phrases.get(opening)
        if rx is None:
            alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in opening) or "(?!)"
            rx = self._by_phrases[opening] = re.compile(rf"(?:{alternation}){self._tail}", re.IGNORECASE)
        return rx


_PERIOD_YEARS = r"\d{4}(?:[ \t]*[-–][ \t]*\d{4})?"  # "2031", "2030 - 2031": the year or school year a period opens
_AS_OF_DAY = r"\d{1,2}/\d{1,2}(?:/\d{4})?"  # "31/12/2031", "31/12": the day a count is taken at


def _now_state_rx(by_role: dict[str, list[str]]) -> re.Pattern[str]:
    """'Hiện nay, toàn xã có 412 ha', 'Hiện nay trên địa bàn huyện vẫn còn 2.146 hộ nghèo', 'Đến nay, toàn huyện vẫn
    còn ...': a time word of now (state_now; its comma may be left out), the place, and its "có"/"còn"/"thiếu", a
    word of what still holds between them or not (state_still); a time word that reaches now from the past (state_
    still_now: "đến nay", "tính đến nay") tells the state only with that word ("Đến nay, toàn huyện đã giảm 300 hộ
    nghèo", "Đến nay còn 1,2% hộ nghèo" are results). The place's words are no result's cue ("Hiện nay, toàn xã đã
    có thêm 12 ha": what was done), nor a plan's ("Hiện nay, UBND tỉnh phấn đấu đến năm 2032 có 20 điểm": planned;
    the place may run ten words, rounds 59-64's leftovers, h676)."""
    cues = _alternation(by_role['result'] + by_role['target'])
    place = rf"(?:(?!(?:{cues})(?!\w))[^\W\d_]+[ \t]*,?[ \t]+){{0,{_NOW_STATE_PLACE_WORDS}}}"
    still = rf"(?:{_alternation(by_role['state_still'])})[ \t]+"
    # a body's "hiện" and what it holds or keeps doing now ("Kho bạc hiện quản lý 3.412 tài khoản", "Hiện Trường
    # đang đào tạo 2.865 học sinh": quantity_cues.tsv state_held_verb; fifty-ninth heldout round, h650, h659), not the
    # "hiện" of "thực hiện", "phát hiện", "xuất hiện", "thể hiện"
    # A body's "hiện" and its place's "có"/"còn" ("Hiện trên vịnh có 487 tàu du lịch") is the state as "Hiện nay, toàn
    # xã có" is; a body's "đang" alone before what it holds ("Sở đang quản lý 46 nhiệm vụ chuyển tiếp") is the state as
    # "hiện quản lý" is (sixty-second heldout round, h686, h687) when its figure follows at once ("đang quản lý điều trị
    # 41.870 người bệnh"), not a clause naming who is meant ("người có công đang nuôi dưỡng tập trung mức quà 2.000.000
    # đồng/suất" is a gift planned); a second verb after a comma between ("đang theo dõi, quản lý 41.870 người bệnh";
    # generalisation audit 64).
    held_verb = _alternation(by_role['state_held_verb'])
    held = rf"{_not_after(_HIEN_COMPOUNDS)}hiện[ \t]*,?[ \t]+{place}(?:{still})?" \
        rf"(?:{held_verb}|{_alternation(by_role['state_now_verb'])})(?!\w)|đang[ \t]+(?:{held_verb})" \
        rf"(?=(?:[ \t]*,?[ \t]+[^\W\d_]+){{0,2}}[ \t]+(?:\d|\Z))"  # searched up to the figure: \Z is where it starts
    # a period's opening, its year or school year after it, opening the sentence ("Đầu năm 2031, toàn tỉnh có 4.215 hộ
    # nghèo", "Đầu năm học 2030 - 2031, toàn huyện có ...": state_start; issue 10, a blind study of which figures
    # count): the baseline the report starts from, the state ("phấn đấu đến đầu năm 2032, toàn xã có ..." is planned)
    opening = rf"(?<!\w[ \t])(?:{_alternation(by_role['state_start'])})(?:[ \t]+{_PERIOD_YEARS})?"
    # the moment a count is taken at, opening the sentence, then the place and its "có" ("Tính đến nay, toàn tỉnh có 52
    # sản phẩm được cấp văn bằng bảo hộ", "Tại thời điểm 31/12/2031, toàn huyện có ..."; quantity_cues.tsv state_as_of;
    # rounds 65-69's leftovers, h753): what there is at that moment, the state; not "Từ đầu năm đến nay, toàn tỉnh có
    # 412 doanh nghiệp thành lập mới" (what the period brought), nor "đến nay còn 1,2% hộ nghèo" (a result)
    as_of = rf"(?<!\w[ \t])(?:{_alternation(by_role['state_as_of'])})(?:[ \t]+(?:ngày[ \t]+)?{_AS_OF_DAY})?" \
        rf"[ \t]*,?[ \t]+{place}(?:{still})?có(?!\w)(?![ \t]+thêm(?!\w))"  # ("có thêm 12 sản phẩm": what was added)
    return re.compile(rf"(?<!\w)(?:(?:(?:{_alternation(by_role['state_now'])}|{opening})[ \t]*,?[ \t]+{place}(?:{still})?"
                      rf"|(?:{_alternation(by_role['state_still_now'])})[ \t]*,?[ \t]+{place}{still})"
                      rf"(?:{_alternation(by_role['state_now_verb'])})(?!\w)|{as_of}|{held})", re.IGNORECASE)


def _word_rx(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(rf"{first_letters(phrases)}(?<!\w)(?:{_alternation(phrases)})(?!\w)", re.IGNORECASE)


def _not_after(words: list[str]) -> str:
    """Lookbehinds: not right after any of `words` and a space ("mở rộng 12 điểm" widens, no width)."""
    return "".join(rf"(?<!{re.escape(w)}\s)" for w in words)


def _spec_rx(phrases: list[str], totals: list[str], work_next: list[str]) -> re.Pattern[str]:
    """A specification's word, not after a word that makes it a total of what was counted ("buộc tiêu hủy
    1.286 con lợn với tổng trọng lượng trên 78 tấn": the culled animals' weight, no product's), nor before a word of
    work that makes it the volume of work done ("giá trị khối lượng thực hiện ước đạt 297,5 tỷ đồng, bằng 43,5% giá
    trị hợp đồng", "khối lượng đã dọn khoảng 51.000 m3"; quantity_cues.tsv spec_work_next), nor after one ("hoàn thành
    khối lượng bảo dưỡng đạt 100% kế hoạch"; spec_work_before)."""
    not_after = "".join(rf"(?<!{re.escape(w)}\s)" for w in totals)
    # (the totals' lookbehinds read only where a phrase follows, which the lookahead tells first: each was a step at
    # every place of a sentence the first letters let through; tests of one place, so their order changes nothing)
    spec = rf"(?:{_alternation(phrases)})(?!\w)(?!\s+(?:{_alternation(work_next)})(?!\w))"
    return re.compile(rf"{first_letters(phrases)}(?<!\w)(?={spec}){not_after}{spec}", re.IGNORECASE)


# the list's earlier parts between "gồm" and a part ("Dự thảo gồm 5 chương, 28 điều": the 28 is a part too)
_LISTED_PARTS = r"(?:\d[\d.,]*[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*,[ \t]*)*"
_INVITEE_ITEMS = 8  # dashed items of an invitee list before the one read
_INVITEE_REACH = 800  # how far above a figure its invitee list's lead may stand
_SHORTFALL_NOUN_WORDS = 8  # words of the noun after "còn N <unit>" before its "chưa"
_JOINED_SHORTFALL_REACH = 60  # an earlier shortcoming's noun before its "chưa", and what it has not done
_SHORTFALL_TAIL = 120  # an earlier shortcoming's clause after its "chưa" up to the ";" (its amount, its cause)
_SHORTFALL_CLAUSE_REACH = 300  # how far back the earlier shortcoming's clause may open
# one more shortcoming of the list, opening with its count ("5 dự án chậm tiến độ")
_SHORTFALL_ITEM = rf"[ \t]*[\d.,]*\d(?:[^;:().!?\n]|\.(?=\d)){{0,{_SHORTFALL_TAIL}}}?"
_SHORTFALL_PART_REACH = 200  # a shortfall's clause, its sum and its cause, up to the "trong đó" of its parts
_SHORTFALL_ASIDE = 80  # a bracket naming the units counted before their shortcoming ("02 chi bộ ấp (ấp A, ấp B) không")
# the words of what a figure set aside counts, between its unit and its tail ("214 ca sốt phát ban nghi sởi tại 17 huyện")
_TAIL_WORDS = 6
_CRITERION_NOUN_WORDS = 4  # "xét cho tập thể có": who the criterion is for, between its verb and "có"
_CONDITION_GAP_WORDS = 2  # "trở lên quá hạn phải": what the bound's things are, before the duty they fall under
_COMPOSITION_TIME = 40  # "Năm học 2029 - 2030, " before a whole place's "có" at a sentence's opening
_COMPOSITION_NOUN_WORDS = 2  # "9 trường tiểu học với": the counted unit's own words before "với"


def _occurrence_patterns(by_role: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    """Incidents that happened (issue 10's convention, docs/RECORD.md): the verbs and nouns that tell them, and the
    tails after a figure set aside that go with it (its change after a comma, the places it is counted in)."""
    comparator = rf"(?:[ \t]+(?:{_alternation(by_role['comparator'])}))?"
    return {
        "occurrence_re": re.compile(
            rf"(?<!\w)(?:{_alternation(by_role['occurrence'])})"
            rf"(?:[ \t]+(?:{_alternation(by_role['occurrence_place'])}))?{comparator}[ \t]+$", re.IGNORECASE),
        "occurrence_record_re": re.compile(
            rf"(?<!\w)(?:{_alternation(by_role['occurrence_record'])}){comparator}[ \t]+$", re.IGNORECASE),
        "incident_re": re.compile(rf"[\d.,]+[ \t]+(?:{_alternation(by_role['incident_noun'])})(?!\w)", re.IGNORECASE),
        "bare_record_re": re.compile(
            rf"(?<!\w)(?:{_alternation(by_role['occurrence_record_bare'])}){comparator}[ \t]+$", re.IGNORECASE),
        "bare_incident_re": re.compile(
            rf"[\d.,]+[ \t]+(?:{_alternation(by_role['incident_bare'])})"
            rf"(?:[ \t]*(?:[,.;:()\n]|$)|[ \t]+(?:{_alternation(by_role['incident_bare_next'])})(?!\w))", re.IGNORECASE),
        "own_tail_re": re.compile(
            rf"(?:[^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,{_TAIL_WORDS}}}?[ \t]*,[ \t]*(?:{_alternation(by_role['tail_change'])})"
            # (a pair of divisions counted together keeps its comma: "tại 97 xã, phường thuộc 11 huyện")
            rf"|(?:,?[ \t]+(?!(?:{_alternation(by_role['tail_break'])})(?!\w))[^\W\d_]+){{0,{_TAIL_WORDS}}}?"
            rf"[ \t]+(?:{_alternation(by_role['tail_frame'])})){comparator}[ \t]+(?=\d)",
            re.IGNORECASE),
    }


_DAMAGE_PLACE_GAP = 24  # "mất điện cục bộ" before "tại 02 thôn"
# the earlier items of a list after a relief verb, each a figure, its noun and a "," or "và" ("24 máy bơm và ")
_RELIEF_LISTED = r"(?:\d[\d.,]*(?:[ \t]+[^\W\d_]+){1,4}(?:[ \t]*,|[ \t]+và)[ \t]+)+"
_RELIEF_REACH = 64  # "thăm hỏi, hỗ trợ " right before the people helped, or with what was given ("1,2 tỷ đồng cho ")
_RELIEF_GIFT = 40  # what was given between the verb of relief and "cho" ("hỗ trợ 1,2 tỷ đồng cho 318 hộ")
_DAMAGE_PLACE_REACH = 60  # the damage word, the gap and "tại" before the places
_HANDLED_REACH = 16  # a handling verb right before the damage word ("khắc phục ", "xử lý ")


# "<noun> có (<measure>) từ N <unit> trở lên" (rounds 26, 29): "có từ", "có giá trị từ" before the figure
_JOINED_FROM_SPAN = 80  # "từ 500 triệu đồng trở lên (chi thường xuyên)" before a joined "và từ 1 tỷ đồng"
_BOUND_AND_BRACKET = r"(?:trở[ \t]+lên|trở[ \t]+xuống)(?!\w)(?:[ \t]*\([^()\n]{0,60}\))?"


_MEASURE_QUALIFIER_WORDS = 5  # "có diện tích chuyển đổi liền vùng từ": the measure's own syllables before "từ"


def _has_from(measures: list[str], verbs: list[str]) -> str:
    """'có giá trị từ', 'sử dụng từ', 'có diện tích chuyển đổi liền vùng từ': what the things a rule is about have or
    employ, with what the bound measures of them (quantity_cues.tsv threshold_verb, threshold_measure)."""
    return (rf"(?<!\w)(?:{_alternation(verbs)})(?:[ \t]+(?:{_alternation(measures)})"
            rf"(?:[ \t]+[^\W\d_]+){{0,{_MEASURE_QUALIFIER_WORDS}}}?)?[ \t]+từ")


@lru_cache(maxsize=1)
def vocab() -> _Vocab:
    units: dict[str, tuple[str, str]] = {}
    scales: list[str] = []
    unit_rows = [r[:3] for r in rows("units.tsv", 3)]
    for word, kind, value in unit_rows:
        if kind == "scale":
            scales.append(word)
        else:
            units[fold_lower(word)] = (kind, value)
    unit_words = [w for w, k, _ in unit_rows if k != "scale"]
    unit_at = _ByFirstChar(unit_words, r"(?![\w²])")
    by_role: dict[str, list[str]] = {}
    cues: dict[str, tuple[str, str]] = {}
    for written, role, value in (r[:3] for r in rows("quantity_cues.tsv", 3)):
        for phrase in choices(written):  # "hiện toàn {tỉnh|huyện|xã} còn": one row, three phrases
            by_role.setdefault(role, []).append(phrase)
            if role in ("comparator", "comparator_after", "label", "part_label", "rule", "neutral", "fine", "quota",
                        "collected"):
                cues[fold_lower(phrase)] = (role, value)
    verbs = _alternation(by_role["name_breaker"])
    name = _unit_name(by_role, verbs)
    # a request's opening: a courtesy word before the verb, the writer named before it or not ("Kính đề nghị UBND huyện
    # hỗ trợ ...", "UBND xã kính đề nghị UBND huyện ..."): the same request (issue 10, generalisation audit 52)
    request_opening = (rf"[^\w\n]*(?:{_ITEM_MARK})?(?:(?:(?:[^\W\d_]+[ \t]+){{0,{_WRITER_WORDS}}}?"
                       rf"(?:{_alternation(by_role['request_lead'])})[ \t]+)?(?:{_alternation(by_role['request_verb'])})"
                       rf"|{_WRITER_NAME}(?:{_alternation(by_role['request_named_verb'])}))")
    # an earlier shortcoming: "còn 214 hộ chưa nhận tiền", what follows it says whether the list goes on
    shortfall = (rf"(?<!\w)(?:{_alternation(by_role['shortfall_before'])})[ \t]+(?:(?:{_alternation(by_role['comparator'])})"
                 rf"[ \t]+)?[\d.,]*\d[^\d;.:()\n]{{1,{_JOINED_SHORTFALL_REACH}}}?(?<!\w)"
                 rf"(?:{_alternation(by_role['shortfall_after'])})(?!\w)")
    return _Vocab(
        # same line, and not "tỷ lệ" (a ratio): "475 triệu", "17,5 tỉ"
        scale_re=re.compile(rf"[ \t]*(?:{_alternation(scales)})(?!\w)(?![ \t]+lệ)", re.IGNORECASE),
        unit_re=unit_at.full,
        units=units,
        cues=cues,
        cue_words={tuple(k.split()): v for k, v in cues.items()},
        max_cue_words=max(len(k.split()) for k in cues),
        cue_last_words=frozenset(k.split()[-1] for k in cues),
        target_re=_word_rx(by_role["target"]),
        result_re=_word_rx(by_role["result"]),
        rule_re=_word_rx(by_role["rule"]),
        rule_not_re=_word_rx(by_role["rule_not"]),
        fine_re=_word_rx(by_role["fine"]),
        damage_re=_word_rx(by_role["damage"]),
        spec_re=_spec_rx(by_role["spec"], [*by_role["spec_total"], *by_role["spec_work_before"]], by_role["spec_work_next"]),
        # the word right before the figure (a bound or the earlier sizes of a list between): "tốc độ tối đa 20 km/h"
        dimension_re=re.compile(rf"(?<!\w){_not_after(by_role.get('dimension_not_after', []))}"
                                rf"(?:{_alternation(by_role['dimension'])})[ \t]*:?[ \t]*"
                                rf"(?:(?:{_alternation(by_role['comparator'])}|từ)[ \t]+)?"
                                rf"(?:[\d.,]+[ \t]*[^\W\d_]*[ \t]*(?:,|và|hoặc)[ \t]*)*$", re.IGNORECASE),
        fraction_of_size_re=re.compile(rf"[ \t]+(?:{_alternation(by_role['fraction_of_size'])})(?!\w)", re.IGNORECASE),
        vehicle_class_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['vehicle_class'])})[ \t]+"
                                    rf"(?:(?:{_alternation(by_role['comparator'])}|từ)[ \t]+)?$", re.IGNORECASE),
        vehicle_units=frozenset(fold_lower(w) for w in by_role["vehicle_unit"]),
        damage_after_re=re.compile(rf"(?:\s+(?:{_alternation(by_role['damage_after_gap'])}))?"
                                   rf"\s+(?!(?:{_alternation(by_role['damage_after_not'])})(?!\w))"
                                   rf"(?:{_alternation(by_role['damage_after'])})(?!\w)", re.IGNORECASE),
        occurrence_verb_re=_word_rx(by_role["occurrence"]),
        # "Hồ sơ ... gồm " or "Số lượng hồ sơ: " right before the figure
        copies_re=re.compile(rf"(?<!\w)(?:(?:{_alternation(by_role['filing_noun'])})(?!\w).*?(?<!\w)"
                             rf"(?:{_alternation(by_role['copies_lead'])})|(?:{_alternation(by_role['copies_lead'])})"
                             rf"\s+(?:{_alternation(by_role['filing_noun'])}))\s*:?\s*$", re.IGNORECASE | re.DOTALL),
        copies_units=frozenset(fold_lower(w) for w in by_role["copies_unit"]),
        form_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['contest_noun'] + by_role['whole_noun'])})(?!\w)"
                           rf"[^.;\n]*?(?<!\w)(?:{_alternation(by_role['form_verb'])})\s*:?\s*{_LISTED_PARTS}$", re.IGNORECASE),
        form_units=frozenset(fold_lower(w) for w in by_role["form_unit"] + by_role["part_unit"]),
        extent_units=frozenset(fold_lower(w) for w in by_role["extent_unit"]),
        after_re=re.compile(rf"\s*(?:{_alternation(by_role['comparator_after'])})(?!\w)", re.IGNORECASE),
        condition_re=re.compile(rf"\s+(?:{_alternation(by_role['condition_after'])})(?!\w)", re.IGNORECASE),
        bound_condition_re=re.compile(rf"[ \t]+(?:{_alternation(by_role['condition_bound_after'])})(?!\w)",
                                      re.IGNORECASE),
        has_from_re=re.compile(rf"{_has_from(by_role['threshold_measure'], by_role['threshold_verb'])}[ \t]*$",
                               re.IGNORECASE),
        has_measure_re=re.compile(rf"(?<!\w)có[ \t]+(?:{_alternation(by_role['threshold_measure'])})[ \t]*$", re.IGNORECASE),
        sorted_class_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['class_determiner'])})[ \t]+(?:[^\W\d_]+[ \t]+)"
                                   rf"{{1,{_CLASS_NOUN_WORDS}}}?có[ \t]+(?:{_alternation(by_role['class_measure'] + by_role['threshold_measure'])})"
                                   rf"(?:[ \t]+[^\W\d_]+){{0,{_CLASS_MEASURE_WORDS}}}?[ \t]+$", re.IGNORECASE),
        joined_from_re=re.compile(rf"{_has_from(by_role['threshold_measure'], by_role['threshold_verb'])}"
                                  rf"[^;:\n]{{1,{_JOINED_FROM_SPAN}}}?"
                                  rf"{_BOUND_AND_BRACKET}[ \t]*(?:,|và|hoặc)[ \t]+từ[ \t]*$", re.IGNORECASE),
        cue_required=frozenset(by_role.get("cue_required_type", [])),
        state_re=_word_rx(by_role["state"]),
        # the place's words are no result's cue ("Hiện nay, toàn xã đã có thêm 12 ha": what was done)
        now_state_re=_now_state_rx(by_role),
        # (a description's label before the opening: "Thông tin dự án: Dự án có tổng mức đầu tư 486 tỷ đồng, ...";
        # round 71, h789)
        state_opening_re=re.compile(rf"[ \t]*(?:[-+•*][ \t]*)?"
                                    rf"(?:(?:{_alternation(by_role['state_label'])})[^:\n]{{0,{_STATE_LABEL_TAIL}}}:[ \t]*)?"
                                    rf"(?:(?:{_alternation(by_role['state_review_lead'])})"
                                    rf"[ \t]*,?[ \t]+(?:{_alternation(by_role['state_review_opening'] + by_role['state_opening'] + by_role['state_review_left'])})"
                                    rf"|(?:{_alternation(by_role['state_left_lead'])})[ \t]*,?[ \t]+"
                                    rf"(?:{_alternation(by_role['state_review_left'])})"
                                    # the review's own time or place before its comma ("Qua kiểm tra sau mùa mưa lũ năm
                                    # 2031, còn 21 hồ chứa ...": fifty-ninth heldout round, h657)
                                    rf"|(?:{_alternation(by_role['state_review_lead'] + by_role['state_left_lead'])})"
                                    rf"[ \t]+[^,;:.\n]{{1,{_REVIEW_QUALIFIER}}}?,[ \t]+"
                                    rf"(?:{_alternation(by_role['state_review_left'])})"
                                    rf"|(?:{_alternation(by_role['state_opening'])}))(?!\w)", re.IGNORECASE),
        criterion_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['criterion_lead'])})[ \t]+(?:[^\W\d_]+[ \t]+)"
                                rf"{{1,{_CRITERION_NOUN_WORDS}}}có(?!\w)", re.IGNORECASE),
        share_condition_re=re.compile(rf"[ \t]+(?:{_alternation(by_role['condition_share_base'])})[ \t]+"
                                      rf"(?:{_alternation(by_role['condition_bound_after'])})(?!\w)", re.IGNORECASE),
        gapped_condition_re=re.compile(rf"(?:[ \t]+[^\W\d_]+){{1,{_CONDITION_GAP_WORDS}}}?[ \t]+"
                                       rf"(?:{_alternation(by_role['condition_bound_after'])})(?!\w)", re.IGNORECASE),
        amount_before_from=frozenset(fold_lower(w) for w in by_role["amount_before_from"]),
        # (forty-seventh to fifty-second heldout rounds, h523, h561, h572)
        composition_open_re=re.compile(rf"[ \t]*(?:[-+•*][ \t]*)?(?:[^\W\d_][^,;:\n]{{0,{_COMPOSITION_TIME}}},[ \t]+)?"
                                       rf"(?:{_alternation(by_role['state_review_opening'])})[ \t]+", re.IGNORECASE),
        # ("... cơ sở Hội, với tổng số 5.870 hội viên", "... trường tiểu học gồm 204 lớp": generalisation audit 58)
        composition_with_re=re.compile(rf"(?:[ \t]+[^\W\d_]+){{0,{_COMPOSITION_NOUN_WORDS}}}?,?[ \t]+"
                                       rf"(?:{_alternation(by_role['composition_joiner'])})[ \t]+"
                                       rf"(?:(?:{_alternation(by_role['composition_total'])})[ \t]+)?"
                                       rf"(?:(?:{_alternation(by_role['comparator'])})[ \t]+)?\d", re.IGNORECASE),
        state_continued_re=re.compile(rf"[ \t]*(?:{_alternation(by_role['state_continued'])})[ \t]+"
                                      rf"(?:(?:{_alternation(by_role['comparator'])})[ \t]+)?", re.IGNORECASE),
        territory_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['territory_lead'])})[ \t]+"
                                rf"(?:(?:{_alternation(by_role['comparator'])})[ \t]+)?"
                                rf"(?:[\d.,]*\d[ \t]+[^\d;:()\n]{{1,{_TERRITORY_ITEM}}}?(?:,|[ \t]+(?:và|với))[ \t]+"
                                rf"(?:(?:{_alternation(by_role['comparator'])})[ \t]+)?)*$", re.IGNORECASE),
        territory_units=frozenset(fold_lower(w) for w in by_role["territory_unit"]),
        area_units=frozenset(fold_lower(w) for w in by_role["area_unit"]),
        area_lead_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['area_lead'])})[ \t]+$", re.IGNORECASE),
        territory_members=frozenset(fold_lower(w) for w in by_role.get("territory_member", [])),
        violation_after_re=re.compile(rf"\s+(?:{_alternation(by_role['violation_after'])})(?!\w)", re.IGNORECASE),
        handling_re=_word_rx(by_role["handling_verb"]),
        others_figure_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['others_compare'])})[ \t]+(?:mức[ \t]+)?"
                                    rf"(?:{_alternation(by_role['others_figure'])})(?!\w)[^();.\n\d]"
                                    rf"{{0,{_OTHERS_FIGURE_REACH}}}\([ \t]*"
                                    # (its bound's word in the bracket: "thấp hơn bình quân cả nước (khoảng 58%)";
                                    # rounds 59-64's leftovers, h708)
                                    rf"(?:(?:{_alternation(by_role['comparator'])})[ \t]+)?$"
                                    # a bracket opening with others' average and its verb ("đạt 58,4% kế hoạch (bình
                                    # quân cả nước đạt 61,2%)"; sixty-seventh heldout round, h749; not the same
                                    # period's own figure, "(cùng kỳ đạt 16,2%)", which gold counts: h556)
                                    rf"|\([ \t]*(?:{_alternation(by_role['others_average'])})[ \t]+"
                                    rf"(?:(?:{_alternation(by_role['others_figure_verb'])})[ \t]+)?"
                                    rf"(?:(?:{_alternation(by_role['comparator'])})[ \t]+)?$", re.IGNORECASE),
        others_source_re=re.compile(rf"[ \t]*(?:[-+•*][ \t]*)?(?:{_alternation(by_role['others_source'])})(?!\w)",
                                    re.IGNORECASE),
        arrears_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['arrears'])})(?!\w){_ARREARS_CHAR}{{0,{_ARREARS_REACH}}}?"
                              rf"(?<!\w)(?:là|còn)(?:\s+(?:{_alternation(by_role['comparator'])}))?\s*$",
                              re.IGNORECASE),
        average_re=_word_rx(by_role["average"]),
        # (the day it is counted at and a wrapped line between: "Tổng số lao động đang làm việc trong các khu công
        # nghiệp đến ngày 30/9/2032 là" / "586.420 người"; rounds 65-69's leftovers, h752)
        count_now_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['count_now'])})(?!\w){_COUNT_NOW_CHAR}{{0,{_COUNT_NOW_REACH}}}?"
                                rf"(?<!\w)(?:{_alternation(by_role['count_now_mark'])})(?!\w){_COUNT_NOW_CHAR}{{0,{_COUNT_NOW_REACH}}}?"
                                rf"(?<!\w)là(?:[ \t]+|[ \t]*\n[ \t]*)(?=\d)",
                                re.IGNORECASE),
        price_re=_word_rx(by_role["price"]),
        price_not_re=_word_rx(by_role["price_not"]),
        per_unit_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['per_unit_lead'])})(?!\w)[^\d.;:\n]"
                               rf"{{0,{_PER_UNIT_REACH}}}?(?<!\w)(?:trên|mỗi)[ \t]+$", re.IGNORECASE),
        # (or "còn": 'Số chuyển nguồn năm 2031 sang năm 2032 còn 412 tỷ đồng, trong đó 97 tỷ đồng chưa giải ngân'; not
        # what it was cut to, "giảm còn")
        arrears_told_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['arrears'])})(?!\w){_ARREARS_CHAR}"
                                   rf"{{0,{_ARREARS_REACH}}}?(?<!\w)(?:là|(?<!giảm )(?<!xuống )còn)\s*\d", re.IGNORECASE),
        scope_lead_re=_word_rx(by_role["scope_lead"]),
        any_bound_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['any_word'])})[ \t]+"
                                rf"(?:{_alternation(by_role['comparator'])})[ \t]*$", re.IGNORECASE),
        condition_label_re=re.compile(rf"[ \t]*(?:[-+•*][ \t]*)?(?:{_alternation(by_role['condition_label'])})"
                                      rf"[^:\n]{{0,{_CONDITION_LABEL_WORDS}}}:", re.IGNORECASE),
        # (fifty-fifth heldout round: h608, h609, h616, h617)
        # ("thực hiện tại 35 xã" is where work is done, no "hiện tại")
        now_figure_re=re.compile(rf"(?<!\w){_not_after(['thực'])}(?:{_alternation(by_role['state_now'])})[ \t]+"
                                 rf"(?:(?:{_alternation(by_role['comparator'])})[ \t]+)?(?=\d)", re.IGNORECASE),
        # its comma may be left out ("Hiện nay lượng chất thải ... khoảng 145 tấn/ngày": generalisation audit 58)
        now_opening_re=re.compile(rf"[ \t]*(?:{_alternation(by_role['state_now'])}),?[ \t]", re.IGNORECASE),
        unmet_left_re=re.compile(rf"(?<!\w)chưa(?!\w)[^\d.;:\n]{{0,{_UNMET_LEFT_REACH}}}?(?<!\w)còn[ \t]+"
                                 rf"(?:(?:{_alternation(by_role['comparator'])})[ \t]+)?(?=\d)", re.IGNORECASE),
        place_measure_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['place_measure'])})(?!\w)[^\d.;:\n]"
                                    rf"{{0,{_PLACE_MEASURE_REACH}}}?(?<!\w)(?:của[ \t]+(?:toàn[ \t]+)?|toàn[ \t]+)"
                                    rf"(?:{_alternation(by_role['territory_whole'])})[ \t]+là[ \t]+(?=\d)", re.IGNORECASE),
        share_opening_re=re.compile(rf"[ \t]*(?:[-+•*–][ \t]*|[0-9a-zđ]{{1,2}}[.)][ \t]*)?"
                                    rf"(?:(?:{_alternation(by_role['share_opening_lead'])}),?[ \t]+)?có[ \t]+từ[ \t]*",
                                    re.IGNORECASE),
        total_word_re=re.compile(rf"(?:{_alternation(by_role['composition_total'])})", re.IGNORECASE),
        state_heading_re=re.compile(rf"[\W_]*(?:{_alternation(by_role['state_heading'])})[\W_]*", re.IGNORECASE),
        target_heading_re=re.compile(rf"[\W_]*(?:điều[ \t]+{_ARTICLE_NUMBER}[ \t]*[.:][ \t]*)?"
                                     rf"(?:(?:{_alternation(by_role['target_heading_lead'])})[ \t]+)?"
                                     rf"(?:{_alternation(by_role['target_heading'])})"
                                     rf"(?:[ \t]+(?:{_alternation(by_role['budget_level'])}))?"
                                     rf"(?:[ \t]+năm[ \t]+\d{{4}})?(?:[ \t]+như[ \t]+sau)?[\W_]*",
                                     re.IGNORECASE),  # ("Thông qua dự toán ... ngân sách xã năm 2029 như sau:")
        result_heading_re=re.compile(rf"[\W_]*(?:điều[ \t]+{_ARTICLE_NUMBER}[ \t]*[.:][ \t]*)?"
                                     rf"(?:{_alternation(by_role['result_heading'])})(?:[ \t]+năm[ \t]+\d{{4}})?[\W_]*",
                                     re.IGNORECASE),
        award_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['award_verb'])})(?!\w)"
                            rf"(?![ \t]+(?:{_alternation(by_role['award_not_next'])})(?!\w))[^.;:\n]{{0,{_AWARD_REACH}}}?"
                            rf"(?<!\w)cho[ \t]+$", re.IGNORECASE),
        recognize_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['recognize_verb'])})[ \t]+$", re.IGNORECASE),
        attended_re=re.compile(rf"[ \t]+(?:{_alternation(by_role['attended_after'])})(?!\w)"
                               rf"(?![ \t]+(?:{_alternation(by_role['attended_not_next'])})(?!\w))", re.IGNORECASE),
        # (the unit read may stop short of its noun: "62/64 tổ chức | cơ sở đảng hoàn thành tốt nhiệm vụ")
        state_done_re=re.compile(rf"(?:[ \t]+[^\W\d_]+){{0,{_STATE_NOUN_TAIL}}}?[ \t]+"
                                 rf"(?:(?:{_alternation(by_role['state_done_gap'])})[ \t]+)?"
                                 rf"(?:{_alternation(by_role['state_done'])})(?!\w)", re.IGNORECASE),
        denial_re=_word_rx(by_role["denial"]),
        back_reference_re=re.compile(rf"[^\d.;:!?\n]{{0,{_BACK_REFERENCE_REACH}}}?(?<!\w)"
                                     rf"(?:{_alternation(by_role['back_reference'])})(?!\w)", re.IGNORECASE),
        avoid_re=_word_rx(by_role["avoid"]),
        request_re=_word_rx(by_role["request"]),
        damage_clause_re=_word_rx(by_role["damage_clause"] + by_role["incident_clause"]),
        # (an estimate's word may stand between: "hư hỏng khoảng 1.200 m2 trần nhà")
        damage_before_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['damage_clause'])})"
                                    rf"(?:\s+(?:{_alternation(by_role['comparator'])}))?"
                                    r"\s*(?:\(\s*[-+–]?\s*)?$", re.IGNORECASE),
        beneficiary_re=_word_rx(by_role["beneficiary"]),
        # (what was given may stand between the verb and "cho": "hỗ trợ 1,2 tỷ đồng cho 318 hộ bị thiệt hại")
        # (and a bound before the figure: "giới thiệu việc làm cho ít nhất 1.200 lao động bị mất việc")
        # (and the earlier items of a list of what is repaired: "Sửa chữa, thay thế 24 máy bơm và 18 cống điều tiết
        # bị hư hỏng"; sixty-fifth heldout round, h717)
        relief_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['relief_verb'])})[ \t]+"
                             rf"(?:[^\n;]{{0,{_RELIEF_GIFT}}}?[ \t]cho[ \t]+|cho[ \t]+|{_RELIEF_LISTED})?"
                             rf"(?:(?:{_alternation(by_role['comparator'])})[ \t]+)?$", re.IGNORECASE),
        damage_place_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['damage_clause'] + by_role['damage_state'])})"
                                   rf"(?!\w)[^\d,;.:()\n]{{0,{_DAMAGE_PLACE_GAP}}}?(?<!\w)(?:tại|ở|thuộc)[ \t]+$",
                                   re.IGNORECASE),
        title_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['title_before'])})(?!\w)"),
        # case-sensitive: a unit's name starts with its head word and goes on capitalised, short or with its code
        item_scope_re=re.compile(
            rf"(?:^|[\n;])[ \t]*(?:[-–+•*][ \t]*|\(?(?:[ivxlc]{{1,5}}|\d{{1,2}}|[a-zđ])[.)][ \t]*)*"
            rf"(?P<name>{name})"
            rf"[ \t]*(?:[-–:][ \t]*)?$"),
        subject_re=re.compile(
            rf"(?:^|(?<=[\s(]))(?P<name>{name})"
            rf"[ \t]+(?:{_alternation(by_role['subject_end'])})(?!\w)(?:[ \t]*\n)?[^,;:()\n]{{0,60}}$"),
        heading_scope_re=re.compile(name),
        item_head_re=re.compile(
            rf"(?:^|\n)[ \t]*(?:[-–+•*][ \t]*|\(?(?:[ivxlc]{{1,5}}|\d{{1,2}}|[a-zđ])[.)][ \t]*)+"
            rf"(?P<name>{name})[ \t]*:[^\n;:]*$"),
        count_verbs=frozenset(fold_lower(w) for w in by_role.get("count_verb", [])),
        narrative_types=frozenset(by_role.get("narrative_type", [])),
        decision_types=frozenset(by_role.get("decision_type", [])),
        operative_re=re.compile(rf"(?:^|\n)[ \t*]*(?:{_alternation(by_role['decision_operative'])})[ \t*]*:", re.IGNORECASE),
        narrative_verb_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['narrative_verb'])})\s+$", re.IGNORECASE),
        # "... yêu cầu:", or its addressees and "... các nội dung sau:" between the verb and its colon (one clause)
        directive_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['directive'])})(?:\s+[^.;:!?\n]{{0,{_DIRECTIVE_REACH}}}?)?\s*:",
                                re.IGNORECASE),
        allot_verb_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['allot_verb'])})(?:\s+(?:ngay|thêm|kịp\s+thời))?\s+$",
                                 re.IGNORECASE),
        ordered_whole_re=re.compile(rf"[^\W\d_][ \t]+(?:{_alternation(by_role['ordered_whole'])})[ \t]+$", re.IGNORECASE),
        approve_article_re=re.compile(rf"(?:^|\n)[ \t*]*Điều[ \t]+{_ARTICLE_NUMBER}[ \t]*[.:][ \t*]*"
                                      rf"(?P<approve>(?:{_alternation(by_role['approve_article'])})(?!\w))?", re.IGNORECASE),
        grant_article_re=re.compile(rf"[\W_]*(?:điều[ \t]+{_ARTICLE_NUMBER}[ \t]*[.:][ \t]*)?(?:{_alternation(by_role['grant_article'])})"
                                    rf"(?!\w)", re.IGNORECASE),
        allot_article_re=re.compile(rf"[\W_]*(?:điều[ \t]+{_ARTICLE_NUMBER}[ \t]*[.:][ \t]*)?(?:{_alternation(by_role['allot_article'])})"
                                    rf"(?!\w)", re.IGNORECASE),
        locative=frozenset(fold_lower(w) for w in by_role.get("locative", [])),
        locative_units=frozenset(fold_lower(w) for w in by_role.get("locative_unit", [])),
        more_than_verbs=frozenset(fold_lower(w) for w in by_role.get("more_than_verb", [])),
        date_before=frozenset(fold_lower(w) for w in by_role.get("date_before", [])),
        date_joiner=frozenset(fold_lower(w) for w in by_role.get("date_joiner", [])),
        frame_before=frozenset(fold_lower(w) for w in by_role.get("frame_before", [])),
        whole_set_before=frozenset(fold_lower(w) for w in by_role.get("whole_set_before", [])),
        division_pair_re=re.compile(rf"\s*,\s*(?:{_alternation(by_role['division'])})(?!\w)", re.IGNORECASE),
        # each character has one place (a number's dots and commas are its own, spaces go before a
        # counter word only): the same lines as "[^\w\n]*(?:[\d.,]+[kK]?[ \t]*(?:words)?[^\w\n]*)+",
        # without the exponential backtracking that form had on a line of dots ("......số......")
        # (or a page's rating widget, its label opening the line: "Đánh giá bài viết: ★★★★☆ (12 lượt)")
        counter_line_re=re.compile(
            rf"[^\w\n.,]*(?:[\d.,]+(?![\d.,])[kK]?(?:[ \t]*(?:{_alternation(by_role['web_counter'])})(?!\w))?"
            rf"[^\w\n.,]*)+"
            rf"|[^\w\n.,]*(?:{_alternation(by_role['web_widget'])})[ \t]*:[^\w\n.,]*(?:[\d.,]+(?![\d.,])"
            rf"(?:[ \t]*(?:{_alternation(by_role['web_counter'] + by_role['widget_counter'])})(?!\w))?[^\w\n.,]*)+",
            re.IGNORECASE),
        condition_types=frozenset(by_role.get("condition_type", [])),
        invitation_types=frozenset(by_role["invitation_type"]),
        invitee_re=re.compile(rf"(?i)(?<!\w)(?:{_alternation(by_role['invitee_lead'])})(?!\w)[^\n]{{0,40}}\n"
                              rf"(?:[ \t]*[-–+•][^\n]*\n){{0,{_INVITEE_ITEMS}}}[ \t]*[-–+•][^\n]*?(?<!\w)"
                              rf"(?:{_alternation(by_role['invitee_of'])})[ \t]+$"),
        condition_open_re=re.compile(
            rf"[ \t]*(?:[-–+•*][ \t]*)?[{_UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,3}}[ \t]+có[ \t]+"
            rf"(?:{_alternation(by_role['comparator'])}|từ)[ \t]+\d"),
        condition_clause_re=re.compile(
            rf"[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,3}}[ \t]+có[ \t]+(?:{_alternation(by_role['comparator'])}|từ)[ \t]+\d"),
        shortfall_before=frozenset(fold_lower(w) for w in by_role.get("shortfall_before", [])),
        shortcoming_heading_re=re.compile(rf"(?<!\w)(?:{_alternation(by_role['shortcoming_heading'])})(?!\w)",
                                          re.IGNORECASE),
        low_rating_after_re=re.compile(rf"(?:[ \t]+[^\W\d_]+){{0,{_SHORTFALL_NOUN_WORDS}}}?\s+"
                                       rf"(?:{_alternation(by_role['low_rating_after'])})(?!\w)", re.IGNORECASE),
        # the request's label and its verb ("Kiến nghị: Đề nghị Sở Tài chính bổ sung ..."), and what the body is asked to
        # weigh before what it is asked for ("Kính đề nghị UBND tỉnh xem xét, hỗ trợ cho huyện 200 tấn gạo"): the
        # same request (issue 10, a blind study of which figures count)
        request_open_re=re.compile(
            rf"{request_opening}(?:[ \t]*[-–,:]?[ \t]+[^\W\d_]+){{0,{_ASKED_BODY_WORDS}}}?[ \t]*,?[ \t]+"
            rf"(?:{_alternation(by_role['request_object'])})(?!\w)", re.IGNORECASE),
        # a request opening its sentence, then, however far on in it, its second asked act right before the figure
        # ("Đề nghị Hội đồng quản lý Quỹ xem xét điều chỉnh lãi suất ... và trình UBND tỉnh cấp bổ sung 200 tỷ đồng")
        request_verb_open_re=re.compile(rf"{request_opening}(?!\w)", re.IGNORECASE),
        asked_act_re=re.compile(
            rf"[ \t](?:{_alternation(by_role['asked_act_joiner'])})[ \t]+(?:[^\W\d_]+[ \t]+){{1,{_ASKED_BODY_WORDS}}}?"
            rf"(?:{_alternation(by_role['request_object'])})"
            rf"(?:[ \t]+[^\W\d_]+){{0,2}}[ \t]+$", re.IGNORECASE),
        request_own_types=frozenset(by_role.get("request_own_type", [])),
        request_object_re=re.compile(rf"[ \t]*(?:{_alternation(by_role['request_object'])})(?!\w)", re.IGNORECASE),
        compared_after_re=re.compile(rf"[ \t]*(?:{_alternation(by_role['compared_after'])})(?!\w)", re.IGNORECASE),
        compared_target_re=re.compile(rf"[ \t]*(?:{_alternation(by_role['compared_target'])})(?!\w)", re.IGNORECASE),
        reached_verbs=frozenset(fold_lower(w) for w in by_role.get("reached_verb", [])),
        margin_words=frozenset(fold_lower(w) for w in by_role.get("margin_word", [])),
        membership_re=re.compile(
            rf"[ \t]*(?:[-–+•*][ \t]*|\(?(?:[ivxlc]{{1,5}}|\d{{1,2}}|[a-zđ])[.)][ \t]*)*(?:toàn[ \t]+)?"
            rf"(?:{name}|{_alternation(by_role['scope_head'])})[ \t]+(?:hiện[ \t]+)?(?:có|gồm)[ \t]+$"),
        member_nouns=frozenset(fold_lower(w) for w in by_role.get("member_noun", [])),
        incident_nouns=frozenset(fold_lower(w) for w in by_role["incident_noun"]),
        **_occurrence_patterns(by_role),
        unit_at=unit_at,
        thousands_money_re=re.compile(
            rf"(?<!\w)(?:{_alternation(by_role['thousands_money'])})(?:[ \t]+[^\W\d_]+){{0,2}}?[ \t]+$", re.IGNORECASE),
        compared_before_re=re.compile(rf"(?:(?<!\w)(?:{_alternation(by_role['compared_before'])})|\d%)\s*$",
                                      re.IGNORECASE),
        # the unit's name may run on a word or two ("02 cơ sở Hội chưa hoàn thành")
        pending_after_re=re.compile(rf"(?:[ \t]+[^\W\d_]+){{0,2}}?[ \t]+(?:{_alternation(by_role['pending_after'])})(?!\w)",
                                    re.IGNORECASE),
        ongoing_after_re=re.compile(
            rf"(?:[ \t]+[^\W\d_]+){{0,3}}?[ \t]+(?:{_alternation(by_role['ongoing_after'])})(?!\w)", re.IGNORECASE),
        # (the counted noun may run long: "còn 14 điểm tiềm ẩn nguy cơ tai nạn giao thông chưa được xử lý")
        # "còn 214 hộ chưa nhận tiền và " before a figure: the list of shortcomings goes on (h534)
        shortfall_joined_re=re.compile(
            rf"{shortfall}[^\d;.:()\n]{{0,{_JOINED_SHORTFALL_REACH}}}?(?:,|[ \t]và)[ \t]*$", re.IGNORECASE),
        # "còn 23 doanh nghiệp chưa lập kế hoạch ...; " before a figure opening its clause: the shortcomings go on after
        # a semicolon, the earlier one's tail maybe holding figures ("với tổng số tiền 12,8 tỷ đồng; 2 dự án chưa ...")
        # (and the list may go on with more count-led shortcomings, each after its ";" or the last after a comma:
        # "...; 5 dự án chậm tiến độ; 2 dự án chưa giải ngân", "...; 5 dự án chậm tiến độ, 2 dự án chưa giải ngân";
        # generalisation audit 58)
        shortfall_clause_re=re.compile(
            rf"{shortfall}(?:[^;:().!?]|\.(?=\d)){{0,{_SHORTFALL_TAIL}}}?;(?:{_SHORTFALL_ITEM};)*(?:{_SHORTFALL_ITEM},)?[ \t]*$",
            re.IGNORECASE),
        # "có 146 đơn vị nợ đóng BHXH từ 03 tháng trở lên với tổng số tiền nợ " before a sum: what the shortcoming
        # comes to, told in its own clause (h378, sixtieth heldout round)
        shortfall_sum_re=re.compile(
            rf"{shortfall}[^;:().!?\n]{{0,{_SHORTFALL_TAIL}}}?(?<!\w)với[ \t]+(?:tổng[ \t]+)?số[ \t]+tiền"
            rf"(?:[ \t]+[^\W\d_]+){{0,2}}?[ \t]+(?:là[ \t]+)?$", re.IGNORECASE),
        # "có 137 đơn vị chậm đóng ... với tổng số tiền 8,92 tỷ đồng, trong đó " before a figure, or that and "29 đơn
        # vị chậm đóng từ 03 tháng trở lên với số tiền " before a sum: a shortfall's part, its count and its sum
        # (rounds 59-64's leftovers, h699)
        shortfall_part_re=re.compile(
            rf"{shortfall}(?:[^;!?\n.]|\.(?=\d)){{0,{_SHORTFALL_PART_REACH}}}?(?<!\w)trong[ \t]+đó(?:[ \t]+có)?[ \t]*:?"
            rf"[ \t]*(?:[\d.,]*\d[^\d;.:()\n]{{1,{_JOINED_SHORTFALL_REACH}}}?(?<!\w)"
            rf"(?:{_alternation(by_role['shortfall_after'])})(?!\w)[^;:().!?\n]{{0,{_SHORTFALL_TAIL}}}?(?<!\w)"
            rf"với[ \t]+(?:tổng[ \t]+)?số[ \t]+tiền(?:[ \t]+[^\W\d_]+){{0,2}}?[ \t]+(?:là[ \t]+)?"
            # (or the part owed longest, named before its sum: "... với số tiền 42,6 tỷ đồng, trong đó nợ trên 6 tháng
            # 18,3 tỷ đồng"; quantity_cues.tsv arrears_part; rounds 65-69's leftovers, h752)
            rf"|(?:{_alternation(by_role['arrears_part'])})(?!\w){_ARREARS_CHAR}{{0,{_ARREARS_PART_REACH}}}?[ \t\n])?$",
            re.IGNORECASE),
        # the units may be named in a bracket before what they lack ("Có 02 chi bộ ấp (ấp A, ấp B) không kết nạp được")
        # (and a noun of two words joined by a dash: "còn 35% diện tích tôm - lúa chưa áp dụng"; rounds 59-64's
        # leftovers, h704)
        # (and a threshold sorting them between: "Còn 06 doanh nghiệp có từ 30 lao động trở lên chưa có đảng viên";
        # round 71, h792)
        shortfall_after_re=re.compile(
            rf"(?:[ \t]+(?:[-–][ \t]+)?[^\W\d_]+){{0,{_SHORTFALL_NOUN_WORDS}}}?(?:[ \t]*\([^()\n]{{1,{_SHORTFALL_ASIDE}}}\))?"
            rf"{_SORTING_BOUND}?[ \t]+"
            rf"(?!(?:{_alternation(by_role['shortfall_after_not'])})(?!\w))(?:{_alternation(by_role['shortfall_after'])})(?!\w)",
            re.IGNORECASE),
        bracket_scope_re=re.compile(rf"(?<!\w)(?P<name>{name})[ \t]*\([ \t]*$"),
        parts_lead_re=re.compile(rf"[ \t]*(?:[^\W\d_]+[ \t]*){{0,2}}?,?[ \t]*(?:{_alternation(by_role['parts_lead'])})"
                                 r"[ \t]*:[ \t]*\n?[ \t]*", re.IGNORECASE),
        # a clause opening "riêng" and a name that runs into the figure ("; riêng thị trường Hàn Quốc 286 lao động")
        part_count_re=re.compile(
            rf"(?:^|[\n;,(])[ \t]*(?:{_alternation(by_role['part_intro'])})[ \t]+"
            rf"(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,{_PART_NAME_WORDS}}}?)[ \t]*$", re.IGNORECASE),
        scope_re=re.compile(
            rf"(?:^|[(\n])\s*(?:{_alternation(by_role['scope_intro'])})\s+"
            rf"(?:(?:{_alternation(by_role['scope_generic'])})\s+)?(?P<name>[^\W\d_][^:()\n]{{1,60}}?)\s*:\s*$",
            re.IGNORECASE,
        ),
    )


@lru_cache(maxsize=8192)
def _key(s: str) -> str:
    return fold_lower(s)


@lru_cache(maxsize=1)
def _segmenter():
    from underthesea import word_tokenize  # ~0.13 s to load: only when a number needs a unit

    return word_tokenize


@lru_cache(maxsize=4096)
def _first_words(window: str) -> tuple[str, ...]:
    return tuple(_segmenter()(window))


# ---------------------------------------------------------------- footnotes, headings


def find_footnotes(text: str) -> tuple[dict[str, tuple[int, int]], dict[str, list[int]]]:
    """Superscript footnotes: marker -> (start, end) of its text, and marker -> positions of its mark.

    A footnote is a line that starts with a superscript marker ("⁶ Triển khai ...");
    a reference is the same marker written right after a word ("Hưng Yên⁶").
    """
    notes: dict[str, tuple[int, int]] = {}
    for m in _FOOTNOTE_LINE_RE.finditer(text):
        notes.setdefault(m.group("marker").translate(_SUPER_TO_ASCII), (m.start("body"), m.end("body")))
    refs: dict[str, list[int]] = {}
    for m in _FOOTNOTE_REF_RE.finditer(text):
        marker = m.group().translate(_SUPER_TO_ASCII)
        if marker in notes and not any(a - 4 <= m.start() < b for a, b in notes.values()):
            refs.setdefault(marker, []).append(m.start())
    return notes, refs


def _fallback_headings(text: str) -> list[Heading]:
    """Numbered heading lines, for when the segmenter has not filled ctx.headings."""
    heads = []
    has_roman = False
    for m in _LINE_HEADING_RE.finditer(text):
        label = m.group("label")
        roman = not label[0].isdigit()
        has_roman |= roman
        level = 1 if roman else label.count(".") + 1 + int(has_roman)
        heads.append(Heading(m.start(), m.end(), label, m.group("title"), level))
    return heads


def _scope_before(text: str, marker_pos: int) -> str | None:
    """The name a footnote marker is attached to: 'như: Hưng Yên⁶' -> 'Hưng Yên'."""
    lo = max(0, marker_pos - _TOKEN_REACH)
    line_start = text.rfind("\n", lo, marker_pos) + 1 or lo
    head = text[line_start:marker_pos]
    cut = max(head.rfind(c) for c in ",:;(")
    for word in (" như ", " là ", " gồm "):
        if word in head:
            cut = max(cut, head.rfind(word) + len(word) - 1)
    name = head[cut + 1:].strip(" .…")
    if not name or not name[0].isupper() or any(ch.isdigit() for ch in name) or len(name.split()) > 8:
        return None
    return name


def _scope_inline(text: str, start: int, voc: _Vocab) -> str | None:
    """'(Riêng đơn vị Nha Trang: 04)' -> 'Nha Trang'."""
    m = voc.scope_re.search(text, max(0, start - 80), start)
    return m.group("name").strip() if m and m.group("name")[0].isupper() else None


# ---------------------------------------------------------------- before the number


def _sentence_start(text: str, pos: int) -> int:
    """The start of the sentence (or line) holding pos, looked for at most _MAX_SENTENCE_SIDE back.

    Bounded so that a long paragraph without full stops costs each number a fixed window.
    """
    lo = max(0, pos - _MAX_SENTENCE_SIDE)
    line = text.rfind("\n", lo, pos) + 1 or lo
    cut = max(text.rfind(". ", line, pos), text.rfind("; ", line, pos), text.rfind("! ", line, pos))
    return line if cut < 0 else cut + 2


def _line_start_within(text: str, pos: int, reach: int) -> int:
    """Where pos's line opens, no further back than reach: a line with no break in reach (a forum copy printed on
    one line) opens at the reach, not at the text's start, so each figure's look back stays bounded."""
    return max(text.rfind("\n", max(0, pos - reach), pos) + 1, pos - reach)


def _after_full_stop(text: str, line: int, pos: int) -> int:
    """Where the sentence holding pos opens, its clauses after ";" with it: after the last full stop in
    text[line:pos], else at line."""
    stop = text.rfind(". ", line, pos)
    return line if stop < 0 else stop + 2


def _sentence_end(text: str, pos: int) -> int:
    hi = min(len(text), pos + _MAX_SENTENCE_SIDE)
    ends = [i for i in (text.find(". ", pos, hi), text.find("; ", pos, hi), text.find("\n", pos, hi)) if i >= 0]
    return min(ends, default=hi)


_LIST_MARK_BEFORE = re.compile(r"(?:^|[\s(])(?:[a-zđ]|\d{1,2}|[ivxlc]{1,5})\)$")  # "b) Hoàn thành"


_CELL_OPENINGS = "\t|"  # a table cell's boundary: "3<TAB>Mở 05 lớp dạy bơi", "| 3 | Mở 05 lớp |"


def _opens_body_cell(text: str, word_start: int) -> bool:
    """The word opens a table cell of a body row (rounds 47-52's leftovers, h532: "3<TAB>Mở 05 lớp dạy bơi"), a row
    of the same table above it; a header's cell ("| Giảm 5% chi phí |", the table's first row) names its column."""
    mark = text[max(0, word_start - 3):word_start].rstrip(" ")[-1:]
    if not mark or mark not in _CELL_OPENINGS:
        return False
    line = text.rfind("\n", 0, word_start)
    above = text.rfind("\n", 0, max(0, line)) + 1
    return line > 0 and mark in text[above:line]


def _is_sentence_initial(text: str, word_start: int) -> bool:
    """The word opens a sentence, a list item or a body row's table cell: its capital is no name's."""
    if _opens_body_cell(text, word_start):
        return True
    before = text[max(0, word_start - 3):word_start].rstrip(" \t")
    if before[-1:] == ")":
        return bool(_LIST_MARK_BEFORE.search(text[max(0, word_start - 8):word_start].rstrip(" \t")))
    return not before or before[-1] in "\n.:;!?-+•*(–" + _OPEN_QUOTES + _SUPERSCRIPT or _is_emoji(before[-1])


def _is_emoji(char: str) -> bool:
    """A post's bullet ('👉 Sửa chữa 02 sân chơi', '✅' with its variation selector, a keycap '2️⃣')."""
    return char in (_VARIATION_SELECTOR, _KEYCAP) or unicodedata.category(char) == "So"


def _capitalized(word: str) -> bool:
    return word[0].isupper()


@dataclass
class _Before:
    comparator: str = "eq"
    start: int = 0  # where the quantity's text starts (the comparator word, else the number)
    skip: bool = False
    label: bool = False  # skipped as a name/reference: an enumeration after it is skipped too
    from_word: bool = False  # "từ 01 đến 02": a range
    by_name: bool = False  # skipped only because a capitalised word is right before it


def _adjacent_words(text: str, start: int) -> list[tuple[str, int]]:
    """The words written right before start (only spaces between), nearest last, with offsets."""
    words: list[tuple[str, int]] = []
    if start == 0 or not text[start - 1].isspace():
        return words  # glued to the number: "(04", "“3"
    base = max(0, start - 40)
    window = text[base:start]
    edge = len(window.rstrip())
    for part in reversed(window[:edge].split()[-4:]):
        word = part.lstrip(_OPENERS)  # "(Điều 7, 8": the word after a bracket still counts
        if not word.isalpha():
            break
        begin = edge - len(word)
        if begin == 0 and base > 0 and not text[base - 1].isspace():
            break  # cut by the window
        words.insert(0, (word, base + begin))
        if word != part:
            break
        edge = len(window[:begin].rstrip())
    return words


def _cue_after_heading(text: str, at: int, voc: _Vocab) -> bool:
    """ "I. MỤC TIÊU Phấn đấu 100%" in a one-line copy: a capitalised cue word after an upper-case
    heading starts a sentence, it is no name ("Ban Chỉ đạo 389" is one: a title-case word before)."""
    if not (voc.target_re.match(text, at) or voc.result_re.match(text, at)):
        return False
    before = text[max(0, at - _TOKEN_REACH):at].split()
    return bool(before) and before[-1].isupper()


_SYMBOL_REACH = 40  # a word and its sign before a number
_SYMBOL_WORD_BEFORE = re.compile(r"(?<![\w_])([^\W\d_]+)[ \t]*[≥≤<>][ \t]*$")


def _symbol_comparator(text: str, start: int, mark: str) -> tuple[str, int] | None:
    """ "chỉ tiêu ≥ 60 đơn vị máu", "mỗi chi đoàn ≥ 10 đoàn viên" (a message's shorthand): the comparator and
    where it stands, when a lower-case word stands before the sign; after a measure's name ("VN_AQI ≥ 301",
    "PM2.5 > 50") it is a rule's threshold (None)."""
    comparator = BOUND_SIGNS.get(mark)
    if comparator is None:
        return None
    m = _SYMBOL_WORD_BEFORE.search(text, max(0, start - _SYMBOL_REACH), start)
    if m is None or not m.group(1).islower():
        return None
    return comparator, text.rindex(mark, m.start(), start)


_DIGITS_RE = re.compile(r"[\d.,]+")
_LEVEL_WORDS = frozenset({"mức"})  # a label that, before a percentage, names a rate ("mức 10% chi phí"), no count


def _percent_after(text: str, start: int) -> bool:
    digits = _DIGITS_RE.match(text, start)
    return digits is not None and _PERCENT_RE.match(text, digits.end()) is not None


def _scaled_number(text: str, start: int, voc: _Vocab) -> bool:
    """A number with a scale word after it ("2,845 tỷ"): an amount."""
    digits = _DIGITS_RE.match(text, start)
    return digits is not None and voc.scale_re.match(text, digits.end()) is not None


_DONG_AFTER_RE = re.compile(r"[ \t]*đồng(?!\w)", re.IGNORECASE)


def _scaled_money(text: str, start: int, voc: _Vocab) -> bool:
    """A scaled sum in đồng ("186 triệu đồng", "ngân sách phường 6,6 tỷ" / "- 2 -" / "đồng" past a page's number): no
    name's number; a scaled ordinal ("vị khách thứ 4,5 triệu") stays one."""
    digits = _DIGITS_RE.match(text, start)
    scale = voc.scale_re.match(text, digits.end()) if digits is not None else None
    return scale is not None and _DONG_AFTER_RE.match(text, _past_page_break(text, scale.end())) is not None


_RATE_AFTER_RE = re.compile(r"[\d.,]+[ \t]*(?:[^\W\d_]+[ \t]*){0,2}/")  # "50.000 đồng/hồ sơ": a sum per something


def _inside_rule_not(text: str, word_start: int, start: int, voc: _Vocab) -> bool:
    """The rule word at word_start, right before a figure at start, closes a body's or an act's name that holds it
    and sets no rate (quantity_cues.tsv rule_not: "hoàn thuế 2.318 hồ sơ", "quyết toán thuế 412 doanh nghiệp";
    fifty-ninth heldout round, h660), as _rule_before reads the same words further back."""
    return any(m.start() <= word_start < m.end()
               for m in voc.rule_not_re.finditer(text, max(0, word_start - _RULE_NOT_REACH), start))


_DECIMAL_COMMA_RE = re.compile(r"\d+,\d+(?![\d.,])[ \t]+")


def _decimal_measure(text: str, start: int, voc: _Vocab) -> bool:
    """A decimal with its comma and a unit after it ("xã 3,2 km"): a measure, never a place's or a section's number
    (sixty-fifth heldout round, h720)."""
    m = _DECIMAL_COMMA_RE.match(text, start)
    return m is not None and voc.unit_at.match(text, m.end(), _clause_end(text, m.end())) is not None


def _read_before(text: str, start: int, voc: _Vocab) -> _Before:
    result = _Before(start=start)
    stripped = text[max(0, start - 4):start].rstrip()
    # (a straight quote then a space closes a name before the count: '- Ra quân "Ngày Chủ nhật xanh" 38 đợt'; round 76,
    # h841)
    closing = stripped[-1:] in _STRAIGHT_QUOTES and len(stripped) < len(text[max(0, start - 4):start])
    if stripped and stripped[-1] in _NAME_OR_RULE_MARKS and not closing:
        symbol = _symbol_comparator(text, start, stripped[-1])
        if symbol is not None:
            result.comparator, result.start = symbol
            return result
        result.skip = True  # "3 trách nhiệm" (a name), "VN_AQI ≥ 301" (a rule threshold)
        return result
    adjacent = _adjacent_words(text, start)
    if not adjacent:
        return result  # "như: 04", a line start
    last = _key(adjacent[-1][0])
    result.from_word = last == "từ"
    # a cue ends with the word right before the number: after a word no cue ends with, none is read
    cue_words = min(voc.max_cue_words, len(adjacent)) if last in voc.cue_last_words else 0
    keys = [_key(w) for w, _ in adjacent[-cue_words:]] if cue_words else []
    for n in range(cue_words, 0, -1):
        role, value = voc.cue_words.get(tuple(keys[-n:]), _NO_CUE)
        if role == "comparator":
            result.comparator, result.start = value, adjacent[-n][1]
            return result
        if role == "label" and (_GROUPED_RE.match(text, start) or _scaled_money(text, start, voc)
                                or _decimal_measure(text, start, voc)
                                or (_percent_after(text, start) and adjacent[-n][0].lower() not in _LEVEL_WORDS)):
            # "ngân sách xã 60.000.000 đồng", "(ngân sách xã 186 triệu đồng, ...)": no name ends in a number of
            # thousands or a scaled sum; "chọn mẫu 15% số doanh nghiệp": no form or section is numbered in percent
            # nor in a decimal measure ("trong đó đường trục xã 3,2 km, đường ngõ xóm 4,2 km": the length, h720)
            return result
        if role == "part_label" and _scaled_number(text, start, voc):
            return result  # "giải ngân cho dự án 26,5 tỷ đồng": an amount given to it, no component's number
        if role == "rule" and not _RATE_AFTER_RE.match(text, start) and _inside_rule_not(text, adjacent[-n][1], start,
                                                                                          voc):
            # "giải quyết hoàn thuế 2.318 hồ sơ": the act holds the rule word, the count is read ("Thu lệ phí 50.000
            # đồng/hồ sơ" is a rate)
            return result
        if role in ("label", "rule", "part_label"):
            result.skip = result.label = True
            return result
        if role == "quota" and _percent_after(text, start):
            result.skip = result.label = True  # "quỹ đất 20%": the share names a fund a rule sets aside
            return result
        if role == "fine":
            return result  # a fine imposed or a rule's: _excluded_by_sentence tells them apart
        if role == "neutral" or (role == "collected" and not _RATE_AFTER_RE.match(text, start)):
            return result  # ("thu thuế 9 hộ kinh doanh": collected from; "Thu lệ phí 50.000 đồng/hồ sơ" is a rate)
    # A capitalised word right before, or two words before, makes the number part of a
    # name: "Quận Đoàn 3", "Thị trấn Thứ 11", "Ban Chỉ đạo 389", "Đề án 06".
    for back in (1, 2):
        if len(adjacent) < back:
            break
        if back == 2 and voc.units.get(last, ("",))[0] == "unit_stop":
            break  # "Trung ương Đoàn đến 100%": a preposition between, not one name
        if back == 2 and last in voc.count_verbs:
            break  # "Mỗi cơ sở Hội cử 01 đội": a verb between, the name is its subject
        word, at = adjacent[-back]
        if _capitalized(word) and not _is_sentence_initial(text, at) and not _cue_after_heading(text, at, voc):
            result.by_name = True
            # no name ends in a number of thousands or of a scale ("giải Nhì 2.000.000 đồng", "nộp Kho bạc Nhà
            # nước 2,845 tỷ đồng"): kept, the name maybe its scope
            result.skip = result.label = not _GROUPED_RE.match(text, start) and not _scaled_number(text, start, voc)
            break
    return result


# ---------------------------------------------------------------- after the number


@dataclass
class _Unit:
    unit: str | None
    end: int  # end of the unit phrase in the text
    obj_start: int
    skip: bool = False


def _lower_word(word: str) -> str:
    """'Tuyến' -> 'tuyến' but 'ĐVTN' stays."""
    return word if len(word) > 1 and word.isupper() else word[:1].lower() + word[1:]


def _clause_end(text: str, pos: int, limit: int = 80) -> int:
    end = min(len(text), pos + limit)
    m = _CLAUSE_END_RE.search(text, pos, end)
    return m.start() if m else end


def _token_at(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The first segmented word at pos (within [pos, end)) and where it ends in the text."""
    window_words = text[pos:end].split()[:6]
    if not window_words:
        return None
    token = _first_words(" ".join(window_words))[0]
    rx = r"\s*" + r"\s*".join(re.escape(p) for p in token.split())
    m = re.compile(rx).match(text, pos)
    return (token, m.end()) if m else None


def _read_unit(text: str, pos: int, voc: _Vocab, scaled: bool) -> _Unit:
    """The counted noun after a number, starting at pos (just after the numeral or scale word)."""
    glued = _GLUED_WORD_RE.match(text, pos)
    if glued:  # "50km", "100đ"; "99A", "3G" are not quantities
        kind, value = voc.units.get(_key(glued.group()), ("", ""))
        if kind == "measure":
            return _rate(text, value, glued.end(), glued.end())
        return _Unit(None, pos, pos, skip=True)
    m = _PERCENT_RE.match(text, pos)
    if m:
        return _Unit("%", m.end(), m.end())
    m = _UNIT_GAP_RE.match(text, pos)
    if m and "\n" in m.group() and not text[m.end():m.end() + 1].islower():
        m = None  # a new line starting with a capital is not the number's noun
    if not m:
        return _Unit("đồng" if scaled else None, pos, pos)
    p = m.end()
    if p < len(text) and text[p] in _OPEN_QUOTES:  # 398 “Tuyến đường thanh niên tự quản”
        closes = [i for i in (text.find(q, p + 1) for q in _CLOSE_QUOTES) if 0 < i - p < 120]
        inner = _head(text, p + 1, min(closes) if closes else _clause_end(text, p + 1), voc)
        if inner.skip and closes and _QUOTED_NAME_RE.fullmatch(text, p + 1, min(closes)):
            # 11 "Chợ Tết 0 đồng", 3 "Ngày Chủ nhật xanh": occasions or models counted by their quoted name
            return _Unit(" ".join(text[p + 1:min(closes)].split()), min(closes) + 1, p)
        return _Unit(inner.unit, inner.end, p, skip=inner.skip)
    unit = _head(text, p, _clause_end(text, p), voc)
    if unit.unit is None and scaled and not unit.skip:
        return _Unit("đồng", pos, pos)  # "50 triệu" with no noun is money
    return unit


def _head(text: str, p: int, end: int, voc: _Vocab) -> _Unit:
    """The head noun phrase at p: a table phrase, a classifier and its noun, or the first word."""
    m = voc.unit_at.match(text, p, end)
    if m:
        kind, value = voc.units[_key(m.group())]
        if kind == _SKIP_KIND:
            return _Unit(None, p, p, skip=True)
        if kind == _STOP_KIND:
            return _Unit(None, p, p)
        if kind == "measure":
            return _rate(text, value, m.end(), p)
        words = " ".join(m.group().split()).lower()
        if kind == "classifier":  # "bức" + "tranh", "lượt" + "người dân"
            nxt = _token_at(text, m.end(), end)
            if nxt and _LETTER_RE.match(nxt[0]) and _key(nxt[0]) not in voc.units \
                    and not _damage_word_at(text, m.end(), voc):
                return _rate(text, f"{words} {_lower_word(nxt[0])}", nxt[1], p)
        return _rate(text, words, m.end(), p)
    tok = _token_at(text, p, end)
    if tok is None or not _LETTER_RE.match(tok[0]):
        return _Unit(None, p, p)
    word, word_end = tok
    syllables = word.split()
    if len(word) == 1 or voc.units.get(_key(word), ("",))[0] == "unit_stop":
        return _Unit(None, p, p)  # "03 t" (a word cut short), "2 của"
    following = _NEXT_WORD_RE.match(text, word_end)
    if _capitalized(word) and not word.isupper() and (
        all(_capitalized(s) for s in syllables[1:]) and len(syllables) > 1
        or following and _capitalized(following.group(1))
    ):
        return _Unit(None, p, p, skip=True)  # "16 Phan Chu Trinh": an address, a name
    if _NEXT_DIGIT_RE.match(text, word_end) and not _SIZE_AFTER_RE.match(text, word_end):
        return _Unit(None, p, p, skip=True)  # "2 Điều 11": a reference ("02 ảnh 3x4" is two photos of a size)
    return _rate(text, _lower_word(word), word_end, p)


def _damage_word_at(text: str, pos: int, voc: _Vocab) -> bool:
    """A damage word right after a classifier is no noun of it: "11 con chết", "18 con mắc bệnh" count the animals
    that died or fell ill (damage), as "12 con bò chết" does; taken as the noun ("con chết") it hid the damage word
    from the damage checks (thirty-sixth heldout round)."""
    if voc.damage_after_re.match(text, pos):
        return True
    word_at = len(text) - len(text[pos:].lstrip(" \t"))
    return voc.damage_clause_re.match(text, word_at) is not None


def _rate(text: str, unit: str, end: int, obj_start: int) -> _Unit:
    """'lần' + '/năm', 'đoàn viên thanh niên' + '/ buổi' -> a rate unit."""
    m = _RATE_UNIT_RE.match(text, end)
    if m:
        per, per_end = _per_noun(text, m)
        return _Unit(f"{unit}/{per}", per_end, obj_start)
    return _Unit(unit, end, obj_start)


_PER_NOUN_REACH = 40  # characters after the slash the segmenter sees: a noun of a few syllables


def _per_noun(text: str, slash: re.Match[str]) -> tuple[str, int]:
    """What a rate is per, as one segmented word: "ngày/hồ sơ", "đồng/thí sinh" (one syllable, "hồ", "thí", told
    an archivist nothing); the syllable alone when the segmenter joins it to nothing."""
    start = slash.start(1)
    line_end = text.find("\n", start, start + _PER_NOUN_REACH)
    token = _token_at(text, start, line_end if line_end >= 0 else start + _PER_NOUN_REACH)
    if token is None or token[0].split()[0] != slash.group(1):
        return slash.group(1), slash.end()
    return token[0], token[1]


def _object(text: str, start: int, voc: _Vocab) -> str | None:
    """The longer phrase a figure counts: up to punctuation or a preposition, at most 12 words."""
    words = text[start:_clause_end(text, start, 120)].split()
    stop = next((i for i, w in enumerate(words) if i and voc.units.get(_key(w), ("",))[0] == "unit_stop"), None)
    phrase = " ".join(words[:stop][:12]).strip(" ,–-" + _OPEN_QUOTES + _CLOSE_QUOTES)
    return phrase or None


# ---------------------------------------------------------------- kind


class Evidence(Enum):
    """What a quantity's kind was read from (issue 10); the figure's `confidence` is its class's EVIDENCE_CONFIDENCE."""

    CUE = "cue"  # a target or result cue in its own sentence before it ("phấn đấu", "đạt"), a comparison ("so với
    # cùng kỳ": a result), or a table column that names the kind ("Kế hoạch", "Chỉ tiêu", "Thực hiện")
    HEADING = "heading"  # the cue of a heading over it ("MỤC TIÊU, CHỈ TIÊU", "KẾT QUẢ ĐẠT ĐƯỢC")
    RULE = "rule"  # a rule for figures with no cue word: a công điện's narrative or orders, a decision's granted
    # amounts (_cue_free_kind), a report's work going on under a state heading ("đã kiểm tra ...; thay thế 27 bộ pin")
    TABLE = "table"  # a table cell under a figure header, no kind column nor cue: a report's result, else by its unit
    DEFAULT = "default"  # a figure in prose with no cue at all: a share is a plan's target ("100% cơ sở Đoàn"), any
    # other a report's result or a plan's target by the document type


# The confidence of each evidence class: its items' precision on texts the rules had never seen, rounds 65-69 of the
# heldout (h716-h771) parsed by the code of each round's first score (scripts/quantity_confidence.py, CHANGELOG issue
# 10), because that is what an archive's new documents are: the four cued classes pooled (cue 306/28, heading 413/43,
# rule 6/0, table 3/0: 0.91; alike on the tuning half h1-h715 too, 0.978-0.985), the default alone 93/31, 0.75.
EVIDENCE_CONFIDENCE: dict[Evidence, float] = {
    Evidence.CUE: 0.91,
    Evidence.HEADING: 0.91,
    Evidence.RULE: 0.91,
    Evidence.TABLE: 0.91,
    Evidence.DEFAULT: 0.75,
}


class _Kinds:
    """Target or result: sentence cues, then section headings, then the document type."""

    def __init__(self, ctx: Context, voc: _Vocab) -> None:
        self.ctx, self.voc = ctx, voc
        # the segmenter fills headings; only a Context built by hand (no zones) needs the fallback
        fallback = [] if ctx.zones else _fallback_headings(ctx.text)
        self.chain = ctx.heading_at if ctx.zones else (lambda pos: heading_chain(fallback, pos))
        # a heading's cue, read once: the figures under a heading read its title again and again
        self.title_cues: dict[str, str | None] = {}

    def cued(self, pos: int) -> str | None:
        return self.cued_by(pos)[0]

    def cued_by(self, pos: int) -> tuple[str | None, Evidence | None]:
        """The kind a cue gives the figure at pos, and whether its sentence's or a heading's."""
        text = self.ctx.text
        cue = self.cue_in(text[_sentence_start(text, pos):pos])
        if cue:
            return cue, Evidence.CUE
        cue = self.heading_cue(pos)
        return (cue, Evidence.HEADING) if cue else (None, None)

    def heading_cue(self, pos: int, own: bool = True) -> str | None:
        """The cue of the nearest heading over pos that has one ("MỤC TIÊU, CHỈ TIÊU": 'target'); with own False,
        not the numbered item whose own line holds pos ("2. Tỷ lệ ... không vượt quá 20% ...": its sentence)."""
        for h in reversed(self.chain(pos)):
            if not own and h.start <= pos < h.end:
                continue
            if h.title not in self.title_cues:
                self.title_cues[h.title] = self.cue_in(h.title) or (
                    "target" if self.voc.target_heading_re.fullmatch(h.title) else
                    "result" if self.voc.result_heading_re.fullmatch(h.title) else None)
            cue = self.title_cues[h.title]
            if cue:
                return cue
        return None

    def cue_in(self, sentence: str) -> str | None:
        """'result' for a result cue in the sentence, else 'target' for a plan's, else None."""
        if self.voc.result_re.search(sentence):
            return "result"
        return "target" if self.plan_cue(sentence) else None

    def plan_cue(self, sentence: str) -> bool:
        """A target cue in the sentence that is not a comparison's own word ("vượt 12% so với chỉ tiêu",
        "đạt 105% kế hoạch": measured against a plan, the sentence plans nothing)."""
        voc = self.voc
        for m in voc.target_re.finditer(sentence):
            if not voc.compared_before_re.search(sentence, max(0, m.start() - _COMPARED_REACH), m.start()):
                return True
        return False

    def default(self, unit: str | None) -> str:
        if unit == "%":
            return "target"  # "100% cơ sở Đoàn" is how a plan sets a target
        return "result" if self.ctx.doc_type == "BC" else "target"


# ---------------------------------------------------------------- the extractor


def _ranges(ctx: Context) -> list[tuple[int, int]]:
    """Everything but the header, recipients, signature and distribution (body, footnotes, annexes)."""
    skipped = sorted(r for z in _SKIP_ZONES for r in ctx.zone(z))
    ranges, pos = [], 0
    for a, b in skipped:
        if a > pos:
            ranges.append((pos, a))
        pos = max(pos, b)
    ranges.append((pos, len(ctx.text)))
    comments = _comments_start(ctx)
    return [(a, min(b, comments)) for a, b in ranges if a < comments]


@lru_cache(maxsize=1)
def _post_counters_re() -> re.Pattern[str]:
    """A post's counters line naming what it counts ("👍❤️ 486 · 57 bình luận · 112 lượt chia sẻ"): a figure and
    quantity_cues.tsv web_counter's word, on a line of nothing else but other such figures and marks."""
    words = alternation_on_line(role_phrases("quantity_cues.tsv", "web_counter"))
    return re.compile(rf"(?<!\w)\d[\d.,]*[kK]?[ \t]+(?:{words})(?!\w)", re.IGNORECASE)


def _comments_start(ctx: Context) -> int:
    """Where readers' comments under a post start, the text's end when none do: their figures are the readers'
    questions and the page's answers, none the document's."""
    return min(_counters_below_signature(ctx), _comment_thread_start(ctx.text))


def _counters_below_signature(ctx: Context) -> int:
    """The end of the counters line below the document's signature (a fanpage's copy: "Nguyễn Minh Thư / Năm ngoái
    huyện em làm 4 công trình 😁 / Thích · Phản hồi"; eighty-second heldout round, h917, as h878); the text's end
    without both."""
    signature = ctx.zone("signature")
    if not signature:
        return len(ctx.text)
    text, voc = ctx.text, vocab()
    for m in _post_counters_re().finditer(text, max(b for _, b in signature)):
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        b = len(text) if b < 0 else b
        if voc.counter_line_re.fullmatch(text, a, b):
            return b  # a line of nothing but the post's counters
    return len(text)


# a reader's comment or the page's reply: a name of a few words, a colon, the words ("Ngọc Ánh: Ad ơi ...", "  Hội Sinh
# viên Trường ...: Chào bạn, ...")
_COMMENTER_LINE = r"[ \t]*[^\W\d_][^\n:]{0,80}:[ \t]+\S"


@lru_cache(maxsize=1)
def _comment_thread_re() -> re.Pattern[str]:
    """A post's counters line (_on_counter_line's, holding a web_counter word) with a commenter's line right under it."""
    counters = _alternation(role_phrases("quantity_cues.tsv", "web_counter"))
    return re.compile(rf"^(?=[^\n]*(?<!\w)(?:{counters})(?!\w))(?:{vocab().counter_line_re.pattern})\n"
                      rf"(?={_COMMENTER_LINE})", re.MULTILINE | re.IGNORECASE)


def _comment_thread_start(text: str) -> int:
    """Where the readers' comments under a post begin ("👍❤️ 214 · 36 bình luận · 51 lượt chia sẻ" / "Liên đội ...: Dạ
    mỗi xã được cử 2 thí sinh không ạ?" / "Hội đồng Đội tỉnh ...: Chào em, mỗi xã, phường cử 01 thí sinh em nhé.";
    rounds 75-79's leftovers, h843, h878): their figures are the readers' questions and the page's answers, none the
    document's; the text's end when no such thread is."""
    thread = _comment_thread_re().search(text)
    return thread.end() if thread else len(text)


_KM_MARKER_RE = re.compile(r"(?<!\w)km[ \t]?\d{1,4}[ \t]?\+[ \t]?$", re.IGNORECASE)
_KM_MARKER_REACH = 12  # "Km1234 + " at most
_KM_BEFORE_RE = re.compile(r"(?<![\w.,])km[ \t]?$", re.IGNORECASE)  # "Km 96", "Km96": the marker's word first
_KM_BEFORE_REACH = 4


def _not_a_count(text: str, m: re.Match[str], value_max: str | None, units: dict[str, tuple[str, str]]) -> bool:
    """Years, phone-like codes, section numbers ('2.', '(3)') and bare number runs are not counts."""
    num = m.group()
    if _YEAR_RE.fullmatch(num) or (value_max and _YEAR_RE.fullmatch(value_max)):
        return True
    if len(num) >= 4 and num[0] == "0" and num.isdigit():
        return True
    if _PHONE_HEAD_RE.search(text, max(0, m.start() - _PHONE_HEAD_REACH), m.start()):
        return True  # "0918 254 xxx", "0238.3844": the rest of a phone number printed in groups
    if _KM_MARKER_RE.search(text, max(0, m.start() - _KM_MARKER_REACH), m.start()):
        return True  # "đoạn Km0 - Km12+500": the metres of a kilometre marker, no count
    if _KM_BEFORE_RE.search(text, max(0, m.start() - _KM_BEFORE_REACH), m.start()):
        return True  # "(Km 72 - Km 96 QL.40B)": a kilometre marker's number, a place on the road, no count
    lo = max(0, m.start() - _LINE_HEAD_REACH)
    line_start = text.rfind("\n", lo, m.start()) + 1 or lo
    head = text[line_start:m.start()].strip(" \t-+•*")
    nxt = text[m.end():m.end() + 2]
    if head in ("", "(") and nxt[:1] in (".", ")") and not nxt[1:].isdigit():
        return True
    if text[m.start() - 1:m.start()] == "(" and nxt[:1] == ")":
        return True  # "(4)": an item marker
    word = _SPACE_WORD_RE.match(text, m.end())
    if head == "" and word and word.group(1)[0].isupper() and _key(word.group(1)) not in units:
        return True  # "3 Giấy khen Tỉnh Đoàn": a list number at the start of a line
    return value_max is None and bool(_SPACE_DIGIT_RE.match(nxt))


def _in_url(text: str, pos: int) -> bool:
    """Inside a web address or an e-mail ('tinhdoan2023@gmail.com')."""
    lo, hi = max(0, pos - _TOKEN_REACH), min(len(text), pos + _TOKEN_REACH)  # an address is short
    a = max(text.rfind(" ", lo, pos), text.rfind("\n", lo, pos)) + 1 or lo
    ends = [i for i in (text.find(" ", pos, hi), text.find("\n", pos, hi)) if i >= 0]
    token = text[a:min(ends, default=hi)]
    return any(mark in token for mark in _URL_MARKS)


@dataclass
class _Doc:
    """What every number of one document is read against."""

    ctx: Context
    voc: _Vocab
    kinds: _Kinds
    notes: dict[str, tuple[int, int]]
    refs: dict[str, list[int]]
    has_url: bool
    cue_required: bool  # at the figure being read: an attached document's own type decides in its block
    out: list[Quantity]
    doc_cue_required: bool = False  # the document's own type's
    attached: tuple[tuple[int, int, bool], ...] = ()  # _attached_blocks
    label_end: int = -1  # end of the last number skipped as a label ("mức độ 3, 4": the 4 too)
    label_year: bool = False  # that number was a year: only years continue it ("năm 2025, 2026", not "Năm 2026, 38 chi bộ")
    line: tuple[int, int, bool] = (0, 0, False)  # the last line _on_counter_line read: start, end, answer
    skip_until: int = -1  # end of a range or of a breakdown in parentheses already dealt with
    # where the text holds a web address's mark and a quote mark (textutil.word_starts), so that the windows of
    # most numbers, holding none, are passed by without reading them; None: not known, read every window
    url_marks: list[int] | None = None
    quote_marks: list[int] | None = None
    # the first match of a pattern searched in the whole text (a công điện's "... yêu cầu:", a decision's "QUYẾT
    # ĐỊNH:"), by pattern, read once a document (_in_whole_text): each figure without a cue asked for it again
    whole_text: dict[re.Pattern[str], re.Match[str] | None] = field(default_factory=dict)


def _in_whole_text(doc: _Doc, rx: re.Pattern[str]) -> re.Match[str] | None:
    """rx.search(doc.ctx.text), searched once a document."""
    if rx not in doc.whole_text:
        doc.whole_text[rx] = rx.search(doc.ctx.text)
    return doc.whole_text[rx]


def _none_in(positions: list[int] | None, lo: int, hi: int) -> bool:
    """No position in [lo, hi) (False when the positions are not known)."""
    if positions is None:
        return False
    i = bisect_left(positions, lo)
    return i == len(positions) or positions[i] >= hi


def _not_a_figure(doc: _Doc, m: re.Match[str]) -> bool:
    """Numbers read already, document numbers, dates, addresses and labels' enumerations (a number another
    extractor claimed, a date's or a cited number's, extract passes by before it reads any)."""
    text, start = doc.ctx.text, m.start()
    if start < doc.skip_until:
        return True
    date = _DATE_RE.match(text, start)
    if date and not _part_not_date(doc, date):
        return True
    if DOCNUMBER_RE.match(text, start) or doc.has_url and _near_url_mark(doc, start) and _in_url(text, start):
        return True
    if doc.label_end >= 0 and _ENUMERATION_GAP_RE.fullmatch(text, doc.label_end, start) \
            and (not doc.label_year or _YEAR_RE.fullmatch(m.group())) and not _counts_a_unit(doc, m.end()):
        doc.label_end = m.end()
        return True
    quoted = not _none_in(doc.quote_marks, start - _QUOTED_NAME_REACH, start) and _in_quoted_name(text, start)
    return quoted or _on_counter_line(doc, start)


def _counts_a_unit(doc: _Doc, end: int) -> bool:
    """A units.tsv noun a count takes right after the number ("lớp 3 và 112 bộ thiết bị lớp 7": the 112 counts
    sets, no label of the enumeration before it as "mức độ 3, 4" is)."""
    gap = _UNIT_GAP_RE.match(doc.ctx.text, end)
    if gap is None or "\n" in gap.group():
        return False
    unit = doc.voc.unit_re.match(doc.ctx.text, gap.end())
    return unit is not None and doc.voc.units[_key(unit.group())][0] not in _TURNING_DOWN_KINDS


def _near_url_mark(doc: _Doc, pos: int) -> bool:
    """A web address's mark within _in_url's reach of pos (its token lies inside that window)."""
    return not _none_in(doc.url_marks, pos - _TOKEN_REACH, pos + _TOKEN_REACH)


def _on_counter_line(doc: _Doc, start: int) -> bool:
    """A post's counters under it ('❤️ 126   💬 14 bình luận   ↪️ 9 lượt chia sẻ'): the page's figures.
    Read once a line: the numbers of a line come one after another (doc.line: its bounds, the answer)."""
    a, b, counters = doc.line
    if a <= start < b:
        return counters
    text = doc.ctx.text
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    b = len(text) if b < 0 else b
    counters = doc.voc.counter_line_re.fullmatch(text, a, b) is not None
    doc.line = (a, b, counters)
    return counters


_DAY_MONTH_RE = re.compile(r"\d{1,2}/\d{1,2}")
_NEXT_WORD_AFTER_RE = re.compile(r"[ \t]+([^\W\d_]+)")


def _part_not_date(doc: _Doc, date: re.Match[str]) -> bool:
    """'hoàn thành 11/12 chỉ tiêu': a day/month in shape, but a part of a total, when a noun follows
    it and no time word ('ngày', 'trước', 'đến', ...) stands before it."""
    text, voc = doc.ctx.text, doc.voc
    if not _DAY_MONTH_RE.fullmatch(date.group()):
        return False
    noun = _NEXT_WORD_AFTER_RE.match(text, date.end())
    if noun is None or not noun.group(1)[0].islower() or voc.units.get(_key(noun.group(1)), ("",))[0] in ("unit_stop", "skip"):
        return False
    words = _adjacent_words(text, date.start())
    if words and _key(words[-1][0]) in voc.date_joiner:
        return not _DATE_TAIL_RE.search(text, max(0, words[-1][1] - _DATE_TAIL_REACH), words[-1][1])
    return not words or _key(words[-1][0]) not in voc.date_before


_DATE_TAIL_RE = re.compile(r"\d[ \t]*,?[ \t]*$")  # a day or date right before "và" ("ngày 08 và 09/12")
_DATE_TAIL_REACH = 12


_QUOTED_NAME_REACH = 60  # a movement's or contest's quoted name is short on each side of its number
_SIZE_AFTER_RE = re.compile(r"[ \t]+\d{1,3}(?:[,.]\d)?[ \t]?[x×][ \t]?\d{1,3}(?![\w/])")  # "ảnh 3x4", "ảnh 4 x 6"
_QUOTE_LINE_REACH = 600  # how far back straight quotes are counted to know whether one is open
_QUOTED_NAME_MARKS = ("“", '"')  # what _in_quoted_name looks for before a number: without one, no name


def _in_quoted_name(text: str, start: int) -> bool:
    """Inside a short quoted name ('phong trào “Sinh viên 5 tốt”', '"Thanh niên 3 sẵn sàng"'): part of
    the name, not a count. A number right after the opening quote is dealt with as a name mark."""
    lo = _line_start_within(text, start, _QUOTED_NAME_REACH)
    hi = text.find("\n", start, start + _QUOTED_NAME_REACH)
    hi = hi if hi >= 0 else start + _QUOTED_NAME_REACH
    opened = text.rfind("“", lo, start)
    if opened >= 0 and opened > text.rfind("”", lo, start):
        return text.find("”", start, hi) >= 0
    if text.rfind('"', lo, start) < 0:
        return False
    # straight quotes open and close alike: count them from the line's start (a name closed just inside the
    # window, opened before it, leaves no quote open: '... 14 mô hình "Địa chỉ tin cậy ở cộng đồng" (mỗi xã, thị
    # trấn 01 mô hình); duy trì 28 câu lạc bộ "Gia đình hạnh phúc"')
    line = _line_start_within(text, start, _QUOTE_LINE_REACH)
    return text.count('"', line, start) % 2 == 1 and text.find('"', start, hi) >= 0


@dataclass
class _Figure:
    """A number read with its range partner and scale word: the values and where the unit starts."""

    value: float | int | None
    value_max: float | int | None
    pos: int  # just after the numeral, its range partner or its scale word
    scaled: bool
    base: str | None = None  # "1.234/5.000 thủ tục": the total the figure is a part of, as printed
    money: bool = False  # "20k": thousands of đồng, whatever word follows


# a number ending its line, then blank lines, one line that is a PDF page's running footer or header (regexes.
# RUNNING_FOOTER), blank lines, and the sentence going on in lower case on the next page
_PAGE_BREAK_RE = re.compile(rf"{PAGE_BREAK_FOOTER}(?:[ \t]*\n)*[ \t]*(?=[^\W\d_])")


# a page's number in dashes on a line of its own, the text's next line joined on after it ("6,6 tỷ" / "- 2 - đồng")
_GLUED_PAGE_NUMBER_RE = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*[-–][ \t]*\d{1,3}[ \t]*[-–][ \t]+(?=[^\W\d_])")


def _past_page_break(text: str, pos: int) -> int:
    """Where a figure cut by a page break goes on: 'Cơ cấu hàng dự trữ tối thiểu gồm: ..., 1,2' / 'Sở Công Thương
    Cần Thơ - Kế hoạch ...        Trang 1/2' / 'triệu quả trứng và ...' reads "1,2 triệu quả trứng" (rounds 59-64's
    leftovers, h707), or the page's bare number ('ngân sách phường 6,6 tỷ' / '- 2 -' / 'đồng (nguồn thu ...)': rounds
    80-84's leftovers, h926); pos itself where no such break follows (a new line opening in capitals starts anew)."""
    if text[pos:pos + 1] not in ("\n", " ", "\t"):
        return pos
    glued = _GLUED_PAGE_NUMBER_RE.match(text, pos)  # (the page's number in dashes, the next line joined on after it)
    if glued is not None and text[glued.end()].islower():
        return glued.end()
    m = _PAGE_BREAK_RE.match(text, pos)
    if m is None or not text[m.end()].islower():
        return pos
    footer = m.group("footer")
    return m.end() if RUNNING_FOOTER.search(footer) or PAGE_NUMBER_LINE.match(footer) else pos


def _read_figure(doc: _Doc, m: re.Match[str], before: _Before) -> _Figure | None:
    text, num = doc.ctx.text, m.group()
    rng = _RANGE_RE.match(text, m.end())
    if rng and rng.group("sep").strip() == "đến" and not before.from_word:
        rng = None
    value_max_text = rng.group("max") if rng else None
    if _not_a_count(text, m, value_max_text, doc.voc.units):
        return None
    value, value_max = parse_number(num), parse_number(value_max_text or "")
    pos = rng.end() if rng else m.end()
    doc.skip_until = pos
    thousands = _thousands_money(doc, before.start, pos)
    if thousands is not None and value is not None:
        return _Figure(value * 1000, value_max * 1000 if value_max is not None else None, thousands, True, money=True)
    # "1,2 / <footer> / triệu quả trứng": the figure goes on past a page break, its scale word or its noun (read from
    # the last line break, as a wrapped line's) on the next page
    broken = _past_page_break(text, pos)
    scale = doc.voc.scale_re.match(text, broken)
    if scale:  # vnnum scales exactly: "17,5 tỉ" -> 17500000000
        word = scale.group().strip()
        value = parse_number(f"{num} {word}")
        value_max = parse_number(f"{value_max_text} {word}") if value_max_text else None
        pos = scale.end()
        after_scale = _past_page_break(text, pos)  # ("6,6 tỷ" / "- 2 -" / "đồng": its unit on the next page)
        if after_scale != pos:
            pos = after_scale - 1  # (the blank before the unit)
    elif broken != pos:
        pos = text.rfind("\n", pos, broken)
    base = None
    frac = _FRACTION_RE.match(text, pos) if rng is None and scale is None else None
    if frac:  # "đã cắt giảm 1.234/5.000 thủ tục": 1234 done out of 5000
        base_value = parse_number(frac.group("base"))
        if _YEAR_RE.fullmatch(frac.group("base")) or base_value is None or value is None or base_value < value:
            return None  # "15/2025", "12/3": a code or a date, not a part of a total ("19/19": all of it)
        if doc.voc.fraction_of_size_re.match(text, frac.end()):
            return None  # "sử dụng tối đa 1/3 chiều rộng vỉa hè": a share of a size, a rule's bound, no part of a count
        base, pos = frac.group("base"), frac.end()
        scale = doc.voc.scale_re.match(text, pos)
        if scale:  # "giải ngân 312/450 tỷ đồng": the scale word after the total scales both
            word = scale.group().strip()
            value, base, pos = parse_number(f"{num} {word}"), f"{base} {word}", scale.end()
        doc.skip_until = pos
    return _Figure(value, value_max, pos, bool(scale), base)


_THOUSANDS_MARK_RE = re.compile(r"[kK](?![^\W_])")  # "20k", "50K/người": thousands, written informally
_THOUSANDS_REACH = 40  # a word of paying and two words before the figure


def _thousands_money(doc: _Doc, cue_start: int, pos: int) -> int | None:
    """Where a 'k' glued to a number ends when it clearly means thousands of đồng: a rate per head after it
    ('50k/người') or a word of paying before the figure ('đóng góp 20k', 'trị giá 500k'); None otherwise (a
    race's '5K', a post's '1,2K' reactions are no money)."""
    text = doc.ctx.text
    m = _THOUSANDS_MARK_RE.match(text, pos)
    if m is None:
        return None
    if _RATE_UNIT_RE.match(text, m.end()) or doc.voc.thousands_money_re.search(
            text, max(0, cue_start - _THOUSANDS_REACH), cue_start):
        return m.end()
    return None


def _unit_of(doc: _Doc, start: int, fig: _Figure) -> _Unit:
    text = doc.ctx.text
    if fig.money:
        return _rate(text, "đồng", fig.pos, fig.pos)  # "20k gây quỹ": the k says đồng, the next word is no unit
    unit = _read_unit(text, fig.pos, doc.voc, scaled=fig.scaled)
    if unit.skip:
        more = _more_perfect_marks(doc, start, fig)
        if more is not None:
            return more
        places = _points_as_places(text, start, fig.pos) or _counted_span(doc, start, fig.pos)
        if places is not None:
            return places
        length = _session_length(text, start, fig.pos)
        if length is not None:
            return length
    if unit.unit is None and not unit.skip and doc.out and _CLOSE_PAREN_RE.match(text, fig.pos):
        previous = doc.out[-1]  # "03 cá nhân (Riêng đơn vị Nha Trang: 04)": the same unit
        if previous.span is not None and "\n" not in text[previous.span[1]:start]:
            unit = _Unit(previous.unit, fig.pos, fig.pos)
    return unit


# a bare "điểm" told as places by "tại" around it: "quan trắc 4 đợt/năm tại 35 điểm", "ít nhất 120 điểm tại các
# xã vùng sâu" (forty-first heldout round); a score is never where something is ("đạt 27 điểm tại kỳ thi" keeps
# its "tại" after the word, and no "các"/"mỗi" names places after it)
_AT_BEFORE_RE = re.compile(r"(?<!\w)tại[ \t]+$", re.IGNORECASE)
_AT_BEFORE_REACH = 6
_AT_PLACES_AFTER_RE = re.compile(r"[ \t]+(?:tại|ở)[ \t]+(?:các|mỗi|từng)(?!\w)", re.IGNORECASE)


_PLACES_VERB_REACH = 24  # "thông xe tạm " before "45/47 điểm": the verb and one word


@lru_cache(maxsize=1)
def _places_verb_re() -> re.Pattern[str]:
    """quantity_cues.tsv's places_verb right before a figure, one word between ("thông xe tạm 45/47 điểm")."""
    alts = alternation_on_line(role_phrases("quantity_cues.tsv", "places_verb"))
    # (a total's points are read from its base: "45/" before "47 điểm")
    return re.compile(rf"(?<!\w)(?:{alts})(?:[ \t]+[^\W\d_]+)?[ \t]+(?:[\d.,]*\d[ \t]?/[ \t]?)?$", re.IGNORECASE)


def _points_as_places(text: str, start: int, pos: int) -> _Unit | None:
    """A bare 'điểm' after a figure that counts places, not a score's points: 'tại' right before the figure, or
    'tại các ...' right after the word (None: a score, or not 'điểm')."""
    word = _POINTS_WORD_RE.match(text, pos)
    if word is None or _UNIT_GAP_RE.match(text, pos) is None:
        return None
    if _AT_BEFORE_RE.search(text, max(0, start - _AT_BEFORE_REACH), start) \
            or _AT_PLACES_AFTER_RE.match(text, word.end()) or _place_kind_after(text, word.end()) \
            or _row_label_names_places(text, start) \
            or _places_verb_re().search(text, max(0, start - _PLACES_VERB_REACH), start):
        return _rate(text, _POINT_WORD, word.end(), pos)
    return None


_SESSION_UNIT_RE = re.compile(r"(?:ngày|giờ|tuần)(?!\w)", re.IGNORECASE)
_SESSION_REACH = 40  # "thời lượng mỗi buổi không quá " before "03 giờ"


@lru_cache(maxsize=1)
def _session_each_re() -> re.Pattern[str]:
    """quantity_cues.tsv's session_noun after "mỗi" right before a figure, a bound between ("mỗi đợt 07 ngày", "mỗi
    lớp 02 ngày", "thời lượng mỗi buổi không quá 03 giờ"), or a verb of lasting (session_verb: "mỗi lớp kéo dài 02
    ngày", "mỗi lớp học 03 ngày"; generalisation audit 64); not a lead time or a gap ("trước mỗi đợt 01 ngày")."""
    nouns = alternation_on_line(role_phrases("quantity_cues.tsv", "session_noun"))
    bounds = alternation_on_line(role_phrases("quantity_cues.tsv", "session_bound"))
    lasts = alternation_on_line(role_phrases("quantity_cues.tsv", "session_verb"))
    return re.compile(rf"(?<!\w)(?<!trước[ \t])(?<!sau[ \t])mỗi[ \t]+(?:{nouns})[ \t]+(?:(?:{lasts})[ \t]+)?"
                      rf"(?:(?:{bounds})[ \t]+)?$", re.IGNORECASE)


def _session_length(text: str, start: int, pos: int) -> _Unit | None:
    """A plan's length of each of its sessions, in days or hours ("tổ chức 03 đợt, mỗi đợt 07 ngày", "mỗi lớp 02
    ngày"): a duration it sets, a quantity as "huấn luyện 15 ngày" is in the gold (issue 10, planned durations;
    rounds 59, 61); a day or an hour is otherwise no count (units.tsv skip)."""
    gap = _UNIT_GAP_RE.match(text, pos)
    word = _SESSION_UNIT_RE.match(text, gap.end() if gap else pos)
    if word is None or _session_each_re().search(text, max(0, start - _SESSION_REACH), start) is None:
        return None
    return _Unit(word.group().lower(), word.end(), pos)


def _each_session_length(text: str, m: re.Match[str]) -> bool:
    """The number m is a session's length after "mỗi <session>" (_session_length), its unit right after it."""
    return _session_length(text, m.start(), m.end()) is not None


def _each_session_count(text: str, m: re.Match[str]) -> bool:
    """'Tổ chức 05 lớp bồi dưỡng, mỗi lớp 50 học viên': after "mỗi <session>" (_session_each_re) a number and its noun
    are how many each session takes, no "lớp 50" named (issue 10, a blind study of which figures count)."""
    return _NEXT_WORD_RE.match(text, m.end()) is not None \
        and _session_each_re().search(text, max(0, m.start() - _SESSION_REACH), m.start()) is not None


# a table row's label naming the kind of place its cells count: "| Điểm nguy cơ được giám sát định kỳ | 312 điểm | 340
# điểm |" (forty-eighth heldout round, h536): the label's first cell opens with "Điểm" and a lower-case noun
_PLACES_ROW_LABEL_RE = re.compile(r"[ \t|]*(?:\d{1,2}[.)]?[ \t|]+)?Điểm[ \t]+(?P<first>[^\W\d_]+)")
_CELL_MARKS = "|\t"


def _row_label_names_places(text: str, start: int) -> bool:
    """A bare 'điểm' in a table's cell, its row's label naming places ('Điểm nguy cơ ...'), not a score."""
    line = text.rfind("\n", 0, start) + 1
    if not any(mark in text[line:start] for mark in _CELL_MARKS):
        return False
    m = _PLACES_ROW_LABEL_RE.match(text, line)
    if m is None or m.end() > start or not m.group("first")[0].islower():
        return False
    return _place_kind_after(text, m.start("first") - 1)


# the words right after "điểm" (one or two, lower case): what kind of place the points are ("31 Điểm chữa cháy công
# cộng", "146 điểm rò rỉ", "12 điểm giám sát", "9 điểm đen"), unless they go on with a score (quantity_cues.tsv
# score_after: "70 điểm trở lên", "1 điểm ưu tiên", "95 điểm thi đua")
_WORDS_AFTER_RE = re.compile(r"[ \t]+(?P<first>[^\W\d_]+)(?:[ \t]+(?P<second>[^\W\d_]+))?")


def _place_kind_after(text: str, end: int) -> bool:
    """'điểm' followed by a lower-case noun of what kind of place it is, no word of a score: places counted. A
    capitalised word names a subject scored ('9 điểm Toán'); a stop or a bare word leaves the score."""
    m = _WORDS_AFTER_RE.match(text, end)
    if m is None or not m.group("first")[0].islower():
        return False
    first = fold_lower(m.group("first"))
    pair = f"{first} {fold_lower(m.group('second'))}" if m.group("second") else None
    return first not in _score_after() and pair not in _score_after()


@lru_cache(maxsize=1)
def _score_after() -> frozenset[str]:
    return frozenset(fold_lower(p) for p in role_phrases("quantity_cues.tsv", "score_after"))


# a span of days, hours or minutes right after a figure ("15 ngày", "3,2 ngày làm việc", "8,5 ngày/hồ sơ", "45 phút"),
# no date or time of day after it ("16 giờ ngày 12/3", "07 giờ 30")
_SPAN_WORD_RE = re.compile(r"[ \t]+(?P<word>ngày|giờ|phút)(?:[ \t]+làm[ \t]+việc)?(?!\w)(?![ \t]*(?:\d|ngày(?!\w)))",
                           re.IGNORECASE)
_SPAN_VERB_REACH = 40  # "bình quân khoảng", "xuống không quá" before the figure
_SPAN_LEAD_REACH = 120  # "Dự trữ lương thực, thực phẩm, ... đủ cung ứng ... trong ít nhất" before "07 ngày"


@lru_cache(maxsize=1)
def _span_change_re() -> re.Pattern[str]:
    """quantity_cues.tsv's span_change right before a figure of days ("giảm 2 ngày", "rút ngắn 0,4 ngày")."""
    return re.compile(rf"(?<!\w)(?:{_alternation(role_phrases('quantity_cues.tsv', 'span_change'))})[ \t]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _span_cue_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """quantity_cues.tsv's span_verb right before a figure (a bound's word between: "huấn luyện 15", "bình quân 3,2",
    "xuống không quá 7"), and its span_lead earlier in the figure's clause ("dự trữ ... tối thiểu 30")."""
    bounds = _alternation(role_phrases("quantity_cues.tsv", "comparator"))
    verbs = _alternation(role_phrases("quantity_cues.tsv", "span_verb"))
    leads = _alternation(role_phrases("quantity_cues.tsv", "span_lead"))
    return (re.compile(rf"(?<!\w)(?:{verbs})[ \t]+(?:(?:{bounds})[ \t]+)?$", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{leads})(?!\w)[^.;:!?\n]*$", re.IGNORECASE))


_SPAN_LIST_REACH = 240  # "Thời gian huấn luyện:" before the third item of its list


@lru_cache(maxsize=1)
def _span_list_lead_re() -> re.Pattern[str]:
    """quantity_cues.tsv's span_lead heading, before a colon, the list of clauses the figure's sentence goes on with
    ("Thời gian huấn luyện: dân quân tự vệ năm thứ nhất 15 ngày; dân quân cơ động 12 ngày; các đối tượng còn lại 07
    ngày"; eighty-seventh round, h975): each item's days are the lead's, as a bound before a list holds for each."""
    leads = _alternation(role_phrases("quantity_cues.tsv", "span_lead"))
    return re.compile(rf"(?<!\w)(?:{leads})[ \t]*:[^.:!?\n]*$", re.IGNORECASE)


_SPAN_CAP_REACH = 30  # "không kéo dài quá" right before the figure
_SPAN_CAP_HEAD_REACH = 120  # "Thời gian bơm đổ ải tại mỗi xã" before the cap
# after "mỗi <what each is> <up to three words> trong": each one's length ("mỗi trạm triển khai trong 03 ngày")
_EACH_WITHIN_RE = re.compile(r"(?<!\w)mỗi[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]+trong[ \t]+$", re.IGNORECASE)
# a span's word going on to a deadline's or a period's ("trong 05 ngày đầu tháng", "trong 03 ngày kể từ ngày nhận")
_SPAN_TERM_AFTER_RE = re.compile(r"[ \t]+(?:đầu|cuối|kể[ \t]+từ|sau|tới|tiếp[ \t]+theo)(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _span_cap_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """quantity_cues.tsv's span_cap right before a figure ("không quá 60"), its span_cap_head earlier in the
    figure's clause, not a deadline's "trong thời gian" ("thời gian diễu hành ...", "mỗi ca trực ..."), and the
    span_cap_not words of a rule's term between them ("hồ sơ", "thí sinh")."""
    caps = _alternation(role_phrases("quantity_cues.tsv", "span_cap"))
    heads = _alternation(role_phrases("quantity_cues.tsv", "span_cap_head"))
    return (re.compile(rf"(?<!\w)(?:{caps})[ \t]+$", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?<!trong[ \t])(?:{heads})(?!\w)[^.;:!?\n()]*$", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{_alternation(role_phrases('quantity_cues.tsv', 'span_cap_not'))})(?!\w)",
                       re.IGNORECASE))


def _capped_span(text: str, start: int, span_end: int) -> bool:
    """A length the plan sets for an activity or for each of its rounds: under a cap in a clause opening with the
    duration's head or "mỗi" ("thời gian diễu hành không quá 60 phút", "mỗi ca trực không quá 12 giờ"), or each one's
    length after "mỗi ... trong" ("mỗi trạm triển khai trong 03 ngày"); sixty-fifth heldout round. Not a deadline's
    term ("trong 05 ngày đầu tháng", "trong thời gian không quá 05 ngày") nor a rule's for each case or entrant ("Thời
    gian kiểm soát hồ sơ ... không quá 02 ngày làm việc", "... của mỗi thí sinh không quá 07 phút")."""
    cap_re, head_re, term_re = _span_cap_res()
    cap = cap_re.search(text, max(0, start - _SPAN_CAP_REACH), start)
    if cap is not None:
        head = head_re.search(text, max(0, cap.start() - _SPAN_CAP_HEAD_REACH), cap.start())
        return head is not None and term_re.search(text, head.start(), cap.start()) is None
    return _EACH_WITHIN_RE.search(text, max(0, start - _SPAN_CAP_HEAD_REACH), start) is not None \
        and _SPAN_TERM_AFTER_RE.match(text, span_end) is None


def _counted_span(doc: _Doc, start: int, pos: int) -> _Unit | None:
    """Days or hours counted as what is planned or done, not a duration's or a deadline's span: the span a training
    lasts ("huấn luyện 15 ngày"), an average or a planned cut of a processing time ("Thời gian thẩm định bình quân
    8,5 ngày/hồ sơ, giảm 2 ngày so với năm 2028", "rút ngắn thời gian thẩm định xuống không quá 7 ngày"), how long a
    stock lasts ("dự trữ thức ăn ... tối thiểu 30 ngày"); quantity_cues.tsv span_verb and span_lead (rounds 53-58's
    leftovers, h594, h621, h629; as h342, h350, h452, h509). None otherwise ("trong thời hạn 07 ngày", "Thời gian:
    02 ngày", "trước 16 giờ")."""
    text = doc.ctx.text
    term = _planned_term(text, start, pos)
    if term is not None:
        return term
    word = _SPAN_WORD_RE.match(text, pos)
    if word is None:
        return _counted_months(doc, start, pos)
    verb_re, lead_re = _span_cue_res()
    near = max(0, start - _SPAN_VERB_REACH)
    unit = _rate(text, word.group("word").lower(), word.end(), pos)
    lead = lead_re.search(text, max(0, start - _SPAN_LEAD_REACH), start) \
        or _span_list_lead_re().search(text, max(0, start - _SPAN_LIST_REACH), start)
    # (a rule's term for each case or entrant between the lead and the figure, as under a cap: "Thời lượng phần thi
    # của mỗi thí sinh không quá 07 phút", span_cap_not)
    if lead is not None and _span_cap_res()[2].search(text, lead.start(), start) is not None:
        lead = None
    if verb_re.search(text, near, start) or lead is not None \
            or (_span_change_re().search(text, near, start) and doc.voc.compared_after_re.match(text, unit.end)) \
            or _capped_span(text, start, word.end()):
        return unit
    return None


# months right after a figure, no month's name or a period's word after them ("14 tháng kể từ ngày khởi công", not
# "6 tháng đầu năm", "tháng 3")
_SPAN_MONTHS_RE = re.compile(r"[ \t]+(?P<word>tháng)(?!\w)(?![ \t]*(?:\d|đầu|cuối|năm|qua|tới|trước|sau|này|còn))",
                             re.IGNORECASE)


def _counted_months(doc: _Doc, start: int, pos: int) -> _Unit | None:
    """Months of the works' time a plan or a proposal sets after its lead ("thời gian thi công dự kiến 14 tháng kể từ
    ngày khởi công"; quantity_cues.tsv span_lead; eighty-second heldout round, h914), counted as its days are; no
    verb's months ("bình quân 3 tháng") nor a rule's term for each case (span_cap_not)."""
    text = doc.ctx.text
    word = _SPAN_MONTHS_RE.match(text, pos)
    if word is None:
        return None
    lead = _span_cue_res()[1].search(text, max(0, start - _SPAN_LEAD_REACH), start)
    if lead is None or _span_cap_res()[2].search(text, lead.start(), start) is not None:
        return None
    return _rate(text, word.group("word").lower(), word.end(), pos)


# months counted from an act ("10 tháng kể từ ngày ký hợp đồng"): a term, not a month's name or a window of days
_TERM_MONTHS_RE = re.compile(r"[ \t]+tháng(?=[ \t]+kể[ \t]+từ(?!\w))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _term_lead_re() -> re.Pattern[str]:
    """quantity_cues.tsv's term_lead right before a figure, a colon between or none."""
    leads = _alternation(role_phrases("quantity_cues.tsv", "term_lead"))
    return re.compile(rf"(?<!\w)(?:{leads})[ \t]*:?[ \t]*$", re.IGNORECASE)


def _planned_term(text: str, start: int, pos: int) -> _Unit | None:
    """The months a tờ trình or a plan sets to carry out its task, counted from an act ("thời gian thực hiện 10 tháng
    kể từ ngày ký hợp đồng", "Thời gian thực hiện: 36 tháng kể từ ngày Phương án được phê duyệt"; docs/RECORD.md, h692;
    round 80, h890): a planned time, counted. A signed contract's term a report tells ("thời gian thực hiện 24
    tháng.", h460) and a cap on each proposal ("mỗi nhiệm vụ có thời gian thực hiện không quá 36 tháng", h499) count
    from no act and stay out."""
    word = _TERM_MONTHS_RE.match(text, pos)
    if word is None or _term_lead_re().search(text, max(0, start - _TERM_LEAD_REACH), start) is None:
        return None
    return _rate(text, "tháng", word.end(), pos)


_TERM_LEAD_REACH = 25  # "Thời gian thực hiện: " right before the figure
_CHANGE_BEFORE_RE = re.compile(r"(?<!\w)(?:tăng|giảm|thêm|nhiều hơn|ít hơn)\s+$", re.IGNORECASE)
_POINTS_WORD_RE = re.compile(r"\s+điểm(?!\w)(?!\s+\d)", re.IGNORECASE)  # "điểm" alone, not "điểm 10", "điểm cầu"


def _more_perfect_marks(doc: _Doc, start: int, fig: _Figure) -> _Unit | None:
    """'đạt 8.736 điểm 10 (tăng 1.120 điểm so với năm học trước)': the change of a count of perfect marks
    in its sentence, the unit shortened to 'điểm', counts perfect marks too (no score)."""
    text = doc.ctx.text
    word = _POINTS_WORD_RE.match(text, fig.pos)
    if word is None or not doc.out or doc.out[-1].unit != _PERFECT_MARKS:
        return None
    if not _CHANGE_BEFORE_RE.search(text, max(0, start - _CHANGE_REACH), start):
        return None
    previous = doc.out[-1].span
    if previous is None or previous[0] < _sentence_start(text, start):
        return None
    return _Unit(_PERFECT_MARKS, word.end(), fig.pos)


_CHANGE_REACH = 16
# "số người chết", "số người bị thương": the damage word names what a planned cut counts ("giảm từ 5% trở lên số vụ,
# số người chết và số người bị thương"), no damage that happened
_COUNT_OF_RE = re.compile(r"(?<!\w)số[ \t]+(?:người|ca|vụ|con|hộ|nhà)?[ \t]*$", re.IGNORECASE)
_COUNT_OF_REACH = 12
_ORDERED_BOUNDS = ("gte", "gt")  # a minimum after a công điện's directive is what it orders done
_FREQUENCY_UNIT = "lần/"  # "02 lần/tuần": how often the directive orders a thing done
_FINE_REACH = 50  # how far before a figure "phạt tiền" makes it a fine (as a rule word's reach)


# a share per day right after its "%" ("Số tiền chậm đóng phải nộp thêm bằng 0,03%/ngày", "tiền chậm nộp 0,03%/ngày"):
# the rate the rules charge on late payment, no amount planned or done (rounds 59-64's leftovers, h699)
_DAILY_RATE_RE = re.compile(r"[ \t]*/[ \t]*ngày(?!\w)", re.IGNORECASE)


def _rule_rate(doc: _Doc, sentence_from: int, start: int, unit: _Unit) -> bool:
    """"thuế giá trị gia tăng 8%": a rate in a rule ("đã xử lý ..., phạt tiền hơn 2,1 tỷ đồng" is done, as is "xử lý
    1.436 trường hợp vi phạm, phạt tiền ... 2,845 tỷ đồng" after a result)."""
    text, voc = doc.ctx.text, doc.voc
    rule = _rule_before(doc, sentence_from, start) or _rule_list_before(doc, sentence_from, start) \
        or _rule_heading_before(doc, sentence_from, start) or _rule_copula_list_before(doc, sentence_from, start)
    return rule is not None and not voc.result_re.search(text, sentence_from, rule.start()) \
        and not _after_result(doc, sentence_from) and not voc.average_re.search(text, rule.end(), start) \
        and not _approved_sum(doc, start, unit)


_FIGURE_JUST_BEFORE_RE = re.compile(r"\d[ \t]*%?[ \t]+$")
_FIGURE_JUST_BEFORE_REACH = 8


@lru_cache(maxsize=1)
def _spec_counted() -> frozenset[str]:
    return frozenset(fold_lower(p) for p in role_phrases("quantity_cues.tsv", "spec_counted"))


def _work_counted_before(text: str, spec: re.Match[str]) -> bool:
    """A specification's word that is the work an earlier figure counts, right after it ("hoàn thành 100% khối lượng
    đắp nền và giải ngân trên 95% kế hoạch vốn"; quantity_cues.tsv spec_counted; rounds 53-58's leftovers, h609): no
    specification of what the figures after it count ("đã tích trên 80% dung tích thiết kế, trong đó 38 hồ ..." keeps
    its measure's word)."""
    return fold_lower(" ".join(spec.group().split())) in _spec_counted() and _FIGURE_JUST_BEFORE_RE.search(
        text, max(0, spec.start() - _FIGURE_JUST_BEFORE_REACH), spec.start()) is not None


# "với" right before a spec_counted word: the volume of the work just counted ("Nạo vét 312 km kênh mương với khối lượng
# khoảng 415.000 m3"; sixty-fifth heldout round, h717, h726)
_VOLUME_LEAD_RE = re.compile(r"(?<!\w)với[ \t]+$", re.IGNORECASE)
_VOLUME_LEAD_REACH = 5


def _volume_of_work(text: str, spec: re.Match[str]) -> bool:
    """'với khối lượng 9.650 m3' after the work counted: the work's volume, no product's specification."""
    return fold_lower(" ".join(spec.group().split())) in _spec_counted() and _VOLUME_LEAD_RE.search(
        text, max(0, spec.start() - _VOLUME_LEAD_REACH), spec.start()) is not None


# "không", a verb or two and "vượt (quá)" right before a margin over the target ("không tuyển vượt quá 5% chỉ tiêu",
# "không được tuyển vượt 10% chỉ tiêu"): the tolerance a rule allows, neither planned nor done (rounds 59-64's
# leftovers, h712; as h567's gold); "không vượt quá 8% tổng thu" (no verb between) stays a cap
_NEGATED_MARGIN_RE = re.compile(r"(?<!\w)không(?:[ \t]+[^\W\d_]+){1,2}?[ \t]+vượt(?:[ \t]+quá)?[ \t]+$", re.IGNORECASE)
_NEGATED_MARGIN_REACH = 36  # "không được tuyển vượt quá " at most


def _forbidden_margin(doc: _Doc, start: int, unit: _Unit) -> bool:
    """'không tuyển vượt quá 5% chỉ tiêu': the margin a rule allows over a target (quantity_cues.tsv compared_target
    after the unit), no amount."""
    text = doc.ctx.text
    return doc.voc.compared_target_re.match(text, unit.end) is not None \
        and _NEGATED_MARGIN_RE.search(text, max(0, start - _NEGATED_MARGIN_REACH), start) is not None


@lru_cache(maxsize=1)
def _test_item_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A figure of quantity_cues.tsv's test_item ("20 câu hỏi"), and a test or its part naming the clause (contest_noun,
    form_unit: "thi", "phần thi", "vòng")."""
    items = _alternation(role_phrases("quantity_cues.tsv", "test_item"))
    tests = _alternation(role_phrases("quantity_cues.tsv", "contest_noun", "form_unit"))
    return (re.compile(rf"[\d.,]*\d[ \t]+(?:{items})(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{tests})(?!\w)", re.IGNORECASE))


def _test_makeup(doc: _Doc, sentence_from: int, start: int) -> bool:
    """Questions counted in a clause naming the test or its part ("Mỗi lượt thi gồm 20 câu hỏi trắc nghiệm và 01 câu
    hỏi dự đoán", "phần thi kiến thức (30 câu hỏi trắc nghiệm trong 20 phút)"; rounds 75-79's leftovers, h842, h878):
    what each entry's test is made of, a rule's term, no target or result. A bank of questions built ("xây dựng ngân
    hàng ít nhất 300 câu hỏi trắc nghiệm", h761) names no test before it and stays, as does what was done."""
    text = doc.ctx.text
    item_re, test_re = _test_item_res()
    if item_re.match(text, start) is None:
        return False
    clause_from = max(sentence_from, text.rfind(";", sentence_from, start) + 1)
    return test_re.search(text, clause_from, start) is not None \
        and doc.voc.result_re.search(text, clause_from, start) is None


@lru_cache(maxsize=1)
def _entry_size_units() -> frozenset[str]:
    return frozenset(fold_lower(w) for w in role_phrases("quantity_cues.tsv", "entry_size_unit"))


def _entry_size_cap(unit: _Unit, comparator: str) -> bool:
    """A cap on the pages of a paper to send ("bản mô tả ý tưởng không quá 15 trang A4", "gửi bài tham luận (không quá
    04 trang A4)", "báo cáo đề xuất (tối đa 03 trang)"; quantity_cues.tsv entry_size_unit; rounds 75-79's leftovers,
    h876, as h597's and h757's gold): the size each entry or paper is held to, a rule's term, no amount planned
    (docs/RECORD.md). Pages done stay ("số hóa 12.000 trang tài liệu")."""
    return comparator in _CAPPED and _key(unit.unit or "") in _entry_size_units()


_CAPPED = frozenset({"lte", "lt"})


def _excluded_by_sentence(doc: _Doc, start: int, unit: _Unit, comparator: str) -> bool:
    """Rule rates, reported damage, product specifications, scoring rubrics, the current state,
    denied rumours, requests being answered and figures inside a law's title."""
    text, voc = doc.ctx.text, doc.voc
    sentence_from = _sentence_start(text, start)
    sentence_to = _sentence_end(text, start)
    if _norm_rate_in_rules(doc, sentence_from, start) or _rule_rate(doc, sentence_from, start, unit) \
            or _rate_schedule_of_rules(doc, unit, sentence_to) or _rate_of_named_rules(doc, sentence_from, start, unit) \
            or _bound_of_named_rules_after(doc, start, unit, comparator) \
            or _bracketed_rate_of_named_rules(doc, sentence_from, start, unit) or _cited_support_levels(doc, start) \
            or _bracket_after_cited_rule(doc, start, unit) \
            or (unit.unit == "%" and _DAILY_RATE_RE.match(text, unit.end)):
        return True  # (a share charged a day, "phải nộp thêm bằng 0,03%/ngày": a rule's rate of late payment)
    if voc.fine_re.search(text, max(sentence_from, start - _FINE_REACH), start) and doc.kinds.cued(start) != "result" \
            and not _after_result(doc, sentence_from):
        return True  # "phạt tiền từ 5 đến 10 triệu đồng" in a rule; "đã kiểm tra ..., phạt tiền 962 triệu đồng" is done
    relief = voc.relief_re.search(text, max(sentence_from, start - _RELIEF_REACH), start) is not None
    if voc.damage_re.search(text, sentence_from, _work_verb_start(doc, start)) \
            or (voc.damage_after_re.match(text, unit.end) and not relief):
        return True  # "963 nhà bị sập", "thiệt hại ... 16.000 tỷ đồng": reported damage ("hỗ trợ 06 hộ bị ..." is help)
    place = voc.damage_place_re.search(text, max(sentence_from, start - _DAMAGE_PLACE_REACH), start)
    if place and not voc.handling_re.search(text, max(sentence_from, place.start() - _HANDLED_REACH), place.start()):
        # "mất điện cục bộ tại 02 thôn", "gây sạt lở bờ sông tại 8 vị trí": the places a damage is counted in
        # ("khắc phục sạt lở tại 12 vị trí": the places worked on)
        return True
    if voc.damage_before_re.search(text, max(sentence_from, start - _DAMAGE_BEFORE_REACH), start) \
            or _damage_list(doc, sentence_from, start):
        return True  # "làm chết 06 người, bị thương 173 người", "giảm 11 người chết (-7,9%)": reported damage
    damage = voc.damage_clause_re.search(text, unit.end, min(sentence_to, unit.end + _DAMAGE_REACH))
    if damage and not relief and not voc.beneficiary_re.search(text, unit.end, damage.start()) \
            and not _COUNT_OF_RE.search(text, max(unit.end, damage.start() - _COUNT_OF_REACH), damage.start()):
        return True  # "12 người chết", "5.000 ha lúa, hoa màu bị thiệt hại" (not "30 triệu đồng cho các hộ bị thiệt hại")
    if _occurred(doc, max(sentence_from, start - _OCCURRENCE_REACH), start) or _incident_extent(doc, sentence_from,
                                                                                               start, unit):
        return True  # "đã xảy ra tại 47 hộ chăn nuôi", "ghi nhận 3.417 ca nghi sởi": incidents that happened
    if _incidents_change(doc, start) or _incident_count_change(doc, sentence_from, start) \
            or _incident_list_item(doc, start, unit):
        # "xảy ra 97 vụ tai nạn giao thông ...; so với cùng kỳ giảm 12 vụ": the incidents' change; "ghi nhận 3.186 ca
        # mắc sốt xuất huyết, 2 ca tử vong; 412 ca tay chân miệng": one more incident listed
        return True
    if voc.violation_after_re.match(text, unit.end) and not voc.handling_re.search(text, sentence_from, start):
        return True  # "vẫn còn 03 đoàn viên vi phạm nội quy": violators, incidents; "phát hiện 38 đơn vị vi phạm" is done
    if voc.arrears_re.search(text, sentence_from, start) or _told_state(doc, start) \
            or _arrears_among_shortcomings(doc, start, unit) \
            or _per_unit(doc, sentence_from, start) or _market_price(doc, sentence_from, start, unit) \
            or voc.others_figure_re.search(text, sentence_from, start) or voc.others_source_re.match(text, sentence_from) \
            or _others_attributed(doc, start, unit):
        # "Số nợ BHYT kéo dài từ 03 tháng trở lên là 12,8 tỷ đồng": what is owed now, the state; "cao hơn mức bình
        # quân chung của tỉnh (54,3%)": the figure the document's own is measured by; "Theo số liệu của Công an
        # huyện, ...": another body's figures
        return True
    spec = voc.spec_re.search(text, sentence_from, start)
    if spec and not _sum_of_money(doc, start, unit) and not _planned_clause_between(doc, spec.end(), start) \
            and not _work_counted_before(text, spec) and not _volume_of_work(text, spec):
        return True  # "Kích thước thân máy 43 mm": a specification ("thanh toán khối lượng ... 834.300.000 đồng" is paid)
    if voc.dimension_re.search(text, max(sentence_from, start - _DIMENSION_REACH), start):
        return True  # "chiều rộng 7 m", "Cự ly 10 km và 21 km", "tải trọng trên 10 tấn": a size or class of a thing
    if _key(unit.unit or "") in voc.vehicle_units and voc.vehicle_class_re.search(text, max(sentence_from, start - _DIMENSION_REACH), start):
        return True  # "xe khách từ 16 chỗ trở lên": which vehicles a rule is for
    opening = min(start, sentence_from + _REQUEST_OPENING)
    if voc.denial_re.search(text, sentence_from, sentence_to) or voc.request_re.search(text, sentence_from, opening):
        return True  # a rumour the document denies; "Về việc hỗ trợ 15 xe cứu thương: Tỉnh tự bố trí"
    avoid = voc.avoid_re.search(text, sentence_from, start)
    if avoid and not voc.target_re.search(text, avoid.end(), start):
        return True  # "Không để xảy ra ngộ độc thực phẩm tập thể trên 30 người mắc": what must never happen, no count
    if voc.title_re.search(text, max(sentence_from, start - _TITLE_REACH), start):
        return True  # "Luật sửa đổi, bổ sung một số điều của 25 Luật"
    if _in_condition(doc, sentence_from, start) or _frame_count(doc, start, unit) or _shortfall(doc, start, unit) \
            or _incident_share(doc, start, unit) or _ongoing_state(doc, sentence_from, start, unit) \
            or _forbidden_margin(doc, start, unit):
        return True
    if voc.pending_after_re.match(text, unit.end) and not relief:
        # "01 đơn đang xác minh": a case still being handled, no result yet ("hỗ trợ 40 hộ đang xây dựng nhà ở" counts
        # those helped)
        return True
    if _asked_of_another(doc, sentence_from, start) or _invited(doc, start) \
            or (_cap_in_rules(doc, comparator, start) and not _each_unit_cap(doc, start, unit)) \
            or _area_named(doc, start, unit) or _board_members(doc, sentence_from, start, unit) \
            or _test_makeup(doc, sentence_from, start) or _entry_size_cap(unit, comparator):
        return True  # (each entry's terms: "Mỗi lượt thi gồm 20 câu hỏi", "bản mô tả không quá 15 trang")
    if _key(unit.unit or "") in voc.copies_units and voc.copies_re.search(text, sentence_from, start):
        return True  # "Hồ sơ đề nghị ... gồm 01 bộ", "Số lượng hồ sơ: 01 bộ": a filing's copies, a procedure's
    if _key(unit.unit or "") in voc.form_units and voc.form_re.search(text, sentence_from, start):
        return True  # "Hình thức tuyển dụng: xét tuyển, gồm 02 vòng": what the exam is made of, no count of work
    if _membership(doc, sentence_from, start, unit):
        return True
    if _territory(doc, sentence_from, start, unit) or _composition(doc, sentence_from, start, unit):
        return True  # "phường có 14 tổ dân phố, 3 buôn với hơn 21.000 nhân khẩu": what the place is made of
    if _in_state(doc, sentence_from, start, unit) or _own_size_described(doc, sentence_from, start) \
            or _whole_of_a_share(doc, start, unit):
        return True  # "hiện tỉnh có 65 xã, phường"; "Tuyến biên giới ... dài 182,086 km": a thing's own size
    # a row of a scoring rubric ("9 loại lớp, mỗi loại cho 1 điểm")
    return comparator == "eq" and unit.unit != _PERFECT_MARKS and _scores_in(text, sentence_from, sentence_to)


_SOURCE_NAME = 90  # a source body's name after "Theo số liệu của " up to its comma ("Chi cục Hải quan cửa khẩu ...")
_ATTRIBUTED_REACH = 300  # from the source's comma to a figure it reports, the sentence's clauses between
_ATTRIBUTED_CHAR = rf"(?:[^.;:\n]|\.(?=\d)|\n(?-i:(?=[{VN_LOWER}])))"  # a sentence's text, hard wraps and "1.500" in it
_REPORTED_SUBJECT_WORDS = 6  # "các lực lượng chức năng": whose acts another body records, before their "đã"


@lru_cache(maxsize=1)
def _attribution_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Another body named as the source of the sentence's figures: opening it ("Theo số liệu của Cục Hải quan tỉnh,
    ...", "Ban Chỉ đạo 389 tỉnh ghi nhận ..."), or in a bracket after them ("... tăng 11,2% (số liệu của Cục Thống kê
    tỉnh)")."""
    leads = _alternation(role_phrases("quantity_cues.tsv", "attribution_lead"))
    brackets = _alternation(role_phrases("quantity_cues.tsv", "attribution_bracket"))
    verbs = _alternation(role_phrases("quantity_cues.tsv", "attribution_verb"))
    heads = _alternation([r[0] for r in rows("org_heads.tsv", 1)])
    source = rf"(?P<source>(?-i:[{_UPPER}])[^,;.()\n]{{0,{_SOURCE_NAME}}}?)"
    recorder = rf"(?P<recorder>(?=(?-i:[{_UPPER}]))(?:{heads})(?!\w)[^,;.()\n]{{0,{_SOURCE_NAME}}}?)"
    sentence = rf"{_ATTRIBUTED_CHAR}{{0,{_ATTRIBUTED_REACH}}}$"
    # (the recorder's verb then whose acts it records, "ghi nhận các lực lượng chức năng đã bắt giữ ...", not what the
    # body itself recorded, "Bệnh viện ghi nhận 15 sáng kiến")
    reported = rf"[ \t]+(?:[^\W\d_]+[ \t]+){{1,{_REPORTED_SUBJECT_WORDS}}}?đã(?!\w)"
    return (re.compile(rf"(?<!\w)(?:(?:{leads})[ \t]+{source},"
                       rf"|(?:^|(?<=[,.;\n])[ \t]*){recorder}[ \t]+(?:{verbs}){reported})"
                       rf"{sentence}", re.IGNORECASE | re.MULTILINE),
            re.compile(rf"{_ATTRIBUTED_CHAR}{{0,{_ATTRIBUTED_REACH}}}?\([ \t]*(?:{brackets})[ \t]+{source}[ \t]*\)",
                       re.IGNORECASE))


@lru_cache(maxsize=64)
def _general_issuer(issuer: str) -> bool:
    """A general authority (a UBND, a Bộ, a Party committee), whose bodies' figures are its own to report."""
    folded = fold_lower(issuer)
    return any(folded == w or folded.startswith(w + " ")
               for w in map(fold_lower, role_phrases("quantity_cues.tsv", "general_issuer")))


def _others_attributed(doc: _Doc, start: int, unit: _Unit) -> bool:
    """'Theo số liệu của Cục Hải quan tỉnh, ... bắt giữ 64 vụ' in a sectoral body's report: another named body's
    figure, told as context; a general authority's bodies and the issuer itself ("của Sở,") report its own."""
    issuer = doc.ctx.issuer_name
    if not issuer or _general_issuer(issuer):
        return False
    text = doc.ctx.text
    lead_re, bracket_re = _attribution_res()
    lo = max(0, start - _ATTRIBUTED_REACH - _SOURCE_NAME)
    found = lead_re.search(text, lo, start) or bracket_re.match(text, unit.end)
    if found is None:
        return False
    source, own = fold_lower((found.group("source") or found.group("recorder")).strip()), fold_lower(issuer)
    return source not in own and own not in source


def _in_state(doc: _Doc, lo: int, start: int, unit: _Unit) -> bool:
    """'hiện tỉnh có 65 xã, phường', 'Hiện nay, toàn xã có 412 ha thảo quả': a figure after a cue of the current
    state in text[lo:start], no result's or target's cue between them."""
    text, voc = doc.ctx.text, doc.voc
    state = voc.state_re.search(text, lo, start) or voc.now_state_re.search(text, lo, start) \
        or _state_opening(doc, lo, start) or _state_continued(doc, lo, start)
    return state is not None and not _result_cue_after_state(doc, state.end(), start) \
        and not _target_cue_after_state(doc, state.end(), start) and not _achieved(doc, state, unit) \
        and not _reached_in_own_clause(doc, state.end(), start)


@lru_cache(maxsize=1)
def _counted_qualifier_re() -> re.Pattern[str]:
    """A figure, its noun and a qualifier word closing the noun before the clause ends ("650 giường bệnh kế hoạch,")."""
    words = alternation_on_line(role_phrases('quantity_cues.tsv', 'counted_qualifier'))
    # (the noun's words only: "40 hộ theo kế hoạch", "đạt 100% kế hoạch" measure by the plan)
    noun = rf"(?:(?!(?:{_QUALIFIER_NOT_AFTER})(?!\w))[^\W\d_]+[ \t]+){{1,{_QUALIFIED_NOUN_WORDS}}}?"
    return re.compile(rf"\d[ \t]+{noun}({words})(?=[ \t]*(?:[,;.)]|$))", re.IGNORECASE)


_QUALIFIER_NOT_AFTER = "theo|với|so|đạt|bằng|của"  # words before "kế hoạch" that measure by the plan
_QUALIFIED_NOUN_WORDS = 4  # "giường bệnh" before its "kế hoạch"


def _target_cue_after_state(doc: _Doc, state_end: int, start: int) -> bool:
    """A target's cue in text[state_end:start] that ends the state a cue told ("Hiện xã có 120 hộ nghèo, phấn đấu giảm
    30 hộ"), not a word closing a counted noun of the state ('Bệnh viện hiện có 650 giường bệnh kế hoạch, 842 viên
    chức, người lao động': the beds by plan are a kind of bed, no plan of the document; quantity_cues.tsv
    counted_qualifier; rounds 65-69's leftovers, h766)."""
    text, voc = doc.ctx.text, doc.voc
    cues = list(voc.target_re.finditer(text, state_end, start))
    if not cues:
        return False
    qualifiers = {m.start(1) for m in _counted_qualifier_re().finditer(text, state_end, start)}
    return any(m.start() not in qualifiers for m in cues)


# "<figure> <noun> đã (được) <verb>": a verb right after a counted noun, in the clause of its figure, says which
# things the state counts ("hiện có 512 di tích đã được xếp hạng", "hiện còn 74 dự án đã hoàn thành nhưng chưa lập hồ
# sơ quyết toán"), no work the document reports
_COUNTED_PASSIVE_RE = re.compile(r"\d[^,;:.\d]*?[ \t]+(đã)(?:[ \t]+được)?(?!\w)", re.IGNORECASE)


def _result_cue_after_state(doc: _Doc, state_end: int, start: int) -> bool:
    """A result's cue in text[state_end:start] that ends the state a cue told ("Hiện xã có 120 hộ nghèo; đã hỗ trợ 40
    hộ"), a verb qualifying a counted noun of the state set aside ('Toàn tỉnh hiện có 512 di tích đã được xếp hạng,
    trong đó có 03 di tích quốc gia đặc biệt, 58 di tích ...': the parts are the state too; fifty-seventh heldout
    round, h630; 'hiện còn 74 dự án đã hoàn thành ... nhưng chưa lập hồ sơ quyết toán, trong đó 29 dự án chậm quá 24
    tháng', rounds 53-58's leftovers, h640)."""
    text, voc = doc.ctx.text, doc.voc
    qualifiers = {m.start(1) for m in _COUNTED_PASSIVE_RE.finditer(text, state_end, start)}
    # "với tổng số (tiền)" joins the state's amount to its count ("vẫn còn 23 doanh nghiệp nợ đóng BHXH ... với tổng số
    # tiền 18,6 tỷ đồng"; sixtieth heldout round, h662): the same state, no total of work done
    return any(m.start() not in qualifiers and not _JOINED_TOTAL_RE.search(text, state_end, m.start())
               for m in voc.result_re.finditer(text, state_end, start))


_JOINED_TOTAL_RE = re.compile(r"(?<!\w)với[ \t]+$", re.IGNORECASE)  # "với " right before a result cue ("tổng số")


# the verbs a clause of its own reaches its figure with ("ước đạt 4,6 tấn"; "khai thác được 4,6 tấn", issue 10,
# generalisation audit 58)
_REACH_WORDS = frozenset({"đạt", "được"})
_REACH_WORD_BACK = 2  # "ước đạt 4,6 tấn", "đạt khoảng 4,6 tấn": the verb, a bound's word between


def _reached_in_own_clause(doc: _Doc, state_end: int, start: int) -> bool:
    """'toàn tỉnh hiện có 1.240 nhà yến, sản lượng tổ yến khai thác ước đạt 4,6 tấn': after a comma, a clause of its
    own reaching its figure with "đạt" tells what was reached, no more the state "hiện có" told (docs/RECORD.md:
    "hiện có" reaches its own clause; rounds 47-52's leftovers, h568). "Hiện xã có 120 hộ nghèo, 30 hộ cận nghèo" (no
    verb) and "hiện có 12 thôn đạt chuẩn" (no comma) stay the state."""
    text = doc.ctx.text
    if "," not in text[state_end:start]:
        return False
    words = [_key(w) for w, _ in _adjacent_words(text, start)[-_REACH_WORD_BACK:]]
    return not _REACH_WORDS.isdisjoint(words)


_EMPTY_RE = re.compile("")
_DONE_WORD_RE = re.compile(r"(?<!\w)(?:đã|được|đạt)(?!\w)", re.IGNORECASE)


def _clause_tells_done(doc: _Doc, start: int) -> bool:
    """The clause from start on tells something done or reached ("12 xã đã đạt chuẩn", "25 hộ được vay vốn"), up to
    its first comma: a share told after it ("; 58.340 người tham gia BHXH tự nguyện ..., tỷ lệ bao phủ BHYT đạt 94,1%
    dân số"; rounds 75-79's leftovers, h859) tells what the share reached, not what the counted things did."""
    text = doc.ctx.text
    end = _sentence_end(text, start)
    comma = text.find(", ", start, end)
    end = comma if comma >= 0 else end
    return _DONE_WORD_RE.search(text, start, end) is not None or doc.voc.result_re.search(text, start, end) is not None
_STATE_LIST_OPENINGS = frozenset({"có"})  # a continued clause's opening whose list may hold several figures


# ", đạt 75%" right after a part's clause: the share of the whole the part reached
_REACHED_SHARE_RE = re.compile(r",[ \t]+đạt[ \t]+[\d.,]*\d[ \t]*%")


def _campaign_progress(doc: _Doc, start: int) -> bool:
    """'Tính đến ngày 29/02/2028, trên địa bàn quản lý có 1.248 hộ kinh doanh ...; trong đó 936 hộ đã đăng ký sử dụng hóa
    đơn điện tử ..., đạt 75%': the part of the state's count the body's campaign got done by then, told with its "đã"
    and the share it reached, is a result (docs/RECORD.md, h387); a part told as it is ("trong đó 96 phòng học đã xuống
    cấp, 11 nhà vệ sinh ...", h701; "trong đó 864 km đã được kiên cố hóa", h717) names no share reached and stays."""
    text = doc.ctx.text
    end = _sentence_end(text, start)
    semicolon = text.find(";", start, end)
    comma = text.find(", ", start, semicolon if semicolon >= 0 else end)
    return comma >= 0 and _DONE_WORD_RE.search(text, start, comma) is not None \
        and _REACHED_SHARE_RE.match(text, comma) is not None


def _state_continued(doc: _Doc, lo: int, start: int) -> re.Match[str] | None:
    """'Toàn huyện hiện có 14 xã, thị trấn; còn khoảng 2.310 thửa đất ...', '... hiện có 211.460 ha đất có rừng;
    trong đó có 37.800 ha rừng trồng': a clause after ";" opening with "còn" or "trong đó (có)" right before its
    figure (quantity_cues.tsv state_continued) goes on telling the state its sentence's first clause told, the cue of
    that clause; None otherwise ("Hiện xã có 120 hộ nghèo; đã hỗ trợ 40 hộ" counts what was done)."""
    text, voc = doc.ctx.text, doc.voc
    if text[max(0, lo - 2):lo] != "; ":
        return None
    # a figure opening the clause itself goes on with the list of the state ("Trung tâm hiện có 21 biên chế, trong đó
    # 12 trợ giúp viên pháp lý; 03 Chi nhánh tại ..."), as one after a comma does; a clause's "có" its own list of what
    # the body holds ("... hiện quản lý 15.048 ha rừng đặc dụng; có 08 trạm kiểm lâm và 01 đội ... với 46 công chức";
    # seventy-second heldout round, h796, h803), what the units did after them still counted (_in_state's cues)
    if lo == start and _clause_tells_done(doc, start):
        return None  # "Toàn huyện hiện có 14 xã; 12 xã đã đạt chuẩn nông thôn mới": what the units did
    opening = _EMPTY_RE.match(text, lo) if lo == start else voc.state_continued_re.match(text, lo)
    if opening is None or opening.end() > start \
            or (opening.end() < start and _key(opening.group()) not in _STATE_LIST_OPENINGS) \
            or _campaign_progress(doc, start):
        return None
    line = _line_start_within(text, lo, _MAX_SENTENCE_SIDE)
    first = _after_full_stop(text, line, lo)
    return voc.state_re.search(text, first, lo) or voc.now_state_re.search(text, first, lo) \
        or _state_opening(doc, first, lo)


def _state_opening(doc: _Doc, lo: int, start: int) -> re.Match[str] | None:
    """'Thôn có 312 hộ', 'Theo rà soát, toàn huyện có 1.083 hộ nghèo': a sentence opening with a place or a body and
    its "có" (quantity_cues.tsv state_opening), the state; None where the sentence opens otherwise."""
    opening = doc.voc.state_opening_re.match(doc.ctx.text, lo)
    if opening is None and doc.ctx.doc_type in _description_types():
        opening = _description_opening_re().match(doc.ctx.text, lo)
    if opening is None:
        opening = _named_description(doc.ctx.text, lo, start)
    return opening if opening is not None and opening.end() <= start else None


_PROJECT_NAME_WORDS = 12  # a project's name between its noun and its "có" ("đường liên xã An Bình - Tân Lập")


@lru_cache(maxsize=1)
def _own_size_measures() -> str:
    """The measures of a thing's own size (quantity_cues.tsv own_size_word), the longest first."""
    return alternation_on_line(sorted(role_phrases('quantity_cues.tsv', 'own_size_word'), key=len, reverse=True))


@lru_cache(maxsize=1)
def _named_description_re() -> re.Pattern[str]:
    """A project's or a work's noun, its name and "có" with the measure of its own size (quantity_cues.tsv
    own_size_work, own_size_word): "Dự án đường liên xã An Bình - Tân Lập có chiều dài"."""
    nouns = alternation_on_line(role_phrases('quantity_cues.tsv', 'own_size_work'))
    measures = _own_size_measures()
    return re.compile(rf"[ \t]*(?:{nouns})(?:[ \t]+[^\s\d,;:.()]+){{0,{_PROJECT_NAME_WORDS}}}?[ \t]+có[ \t]+"
                      rf"(?:{measures})(?!\w)", re.IGNORECASE)


def _named_description(text: str, lo: int, start: int) -> re.Match[str] | None:
    """A named project's description (_named_description_re) opening the sentence at lo, the clause after a label's
    colon or a bracket still open at start, before the figure at start; None otherwise."""
    colon, bracket = text.rfind(":", lo, start), text.rfind("(", lo, start)
    opened = bracket >= 0 and text.find(")", bracket, start) < 0
    for at in (lo, colon + 1 if colon >= 0 else -1, bracket + 1 if opened else -1):
        m = _named_description_re().match(text, at) if at >= 0 else None
        if m is not None and m.end() <= start and _listed_size(text, m.end(), start):
            return m
    return None


def _listed_size(text: str, end: int, start: int) -> bool:
    """The figure at start is the description's own size, or one of the sizes it lists after commas, each opening with
    its measure (", tổng mức đầu tư 1.280 tỷ đồng", ", quy mô 8 phòng học"); a clause of what was done after them (",
    đến nay mới hoàn thành khoảng 38% khối lượng") tells no size."""
    part = text[end:start]
    if "," not in part:
        return True
    last = part.rsplit(",", 1)[1]
    return _named_measure_re().match(last) is not None


@lru_cache(maxsize=1)
def _named_measure_re() -> re.Pattern[str]:
    measures = _own_size_measures()
    return re.compile(rf"[ \t]*(?:{measures})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _description_types() -> frozenset[str]:
    """The document types whose sentences describe projects they report on (quantity_cues.tsv description_type)."""
    return frozenset(role_phrases('quantity_cues.tsv', 'description_type'))


@lru_cache(maxsize=1)
def _description_opening_re() -> re.Pattern[str]:
    """A report's sentence opening with a project's own size and its figure at once ("Tổng mức đầu tư 2.150 tỷ đồng,
    chiều dài tuyến 38,6 km": quantity_cues.tsv description_opening)."""
    words = alternation_on_line(role_phrases('quantity_cues.tsv', 'description_opening'))
    return re.compile(rf"[ \t]*(?:[-+•*][ \t]*)?(?:{words})[ \t]+(?=\d)", re.IGNORECASE)


_OWN_SIZE_NAME_REACH = 160  # a work's name, from the word opening its sentence to its sizes
_OWN_SIZE_SITE_REACH = 200  # a site's line, from its label to the area's figure (the place named between, wrapped)


@lru_cache(maxsize=1)
def _own_size_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two shapes of a thing's own size told where it is described (quantity_cues.tsv own_size_*): a work or a
    route named opening its sentence (after a list's mark or a "Tuy nhiên,"), then in its clause or in a bracket
    after its name a size word right before the figure, or before a length and the "với" of what the thing holds
    ("dài 182,086 km với 26 xã"); a site's line and a size word before its figure."""
    def words(role: str) -> str:
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in role_phrases("quantity_cues.tsv", role))
    bound = rf"(?:(?:{alternation_on_line(role_phrases('quantity_cues.tsv', 'comparator'))})[ \t]+)?"
    size = rf"(?<!\w)(?:{words('own_size_word')})\s+{bound}"
    held = rf"(?:\d[\d.,]*[ \t]*(?:{words('own_size_length_unit')})[ \t]+với[ \t]+{bound})?"
    connective = rf"(?:(?:{words('shortfall_connective')})[ \t]*,[ \t]*)?"
    return (re.compile(rf"[^\w\n]*(?:{_ITEM_MARK})?{connective}(?:{words('own_size_work')})(?!\w)"
                       rf"[^().,;:\n]{{1,{_OWN_SIZE_NAME_REACH}}}?(?:\([^()]*?)?{size}{held}", re.IGNORECASE),
            re.compile(rf"(?:^|\n)[ \t]*(?:[-+•*][ \t]*)?(?:{words('own_size_site')})[ \t]*:[^.;:()]*?{size}$",
                       re.IGNORECASE))


def _own_size_described(doc: _Doc, sentence_from: int, start: int) -> bool:
    """A thing's own size told where the document describes it, the state (docs/RECORD.md): a work's or a route's
    sizes in the clause or the bracket after its name opening the sentence ("Tuyến biên giới ... qua địa bàn tỉnh dài
    182,086 km với 26 xã biên giới", "Công trình Công viên cây xanh (diện tích 2.400 m2, tổng mức đầu tư 6,8 tỷ đồng,
    ...) dự kiến khởi công"; "Nâng cấp 02 tuyến đường dài 3,6 km" is the work's), a site's area on the site's line
    ("- Địa điểm: khu đất ..., diện tích 3.200 m2")."""
    text = doc.ctx.text
    work_re, site_re = _own_size_res()
    return work_re.fullmatch(text, sentence_from, start) is not None \
        or site_re.search(text, max(0, start - _OWN_SIZE_SITE_REACH), start) is not None


_SHARE_WHOLE_NOUN = 30  # "hộ gia đình": the whole's own words after its unit, before the comma of its part
_SHARE_PART_REACH = 160  # the part's count and what it got, up to the share it reached


@lru_cache(maxsize=1)
def _whole_of_a_share_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A whole place's "có" right before a count ("Toàn phường có ": quantity_cues.tsv territory_whole), and after the
    count's unit its part after "trong đó" and the share that part reached ("..., trong đó 9.312 hộ được công nhận gia
    đình văn hóa năm 2035, đạt 94,6%")."""
    places = _alternation(role_phrases("quantity_cues.tsv", "territory_whole"))
    return (re.compile(rf"(?<!\w)toàn[ \t]+(?:{places})[ \t]+có[ \t]+$", re.IGNORECASE),
            re.compile(rf"[^\d,;.:\n]{{0,{_SHARE_WHOLE_NOUN}}},[ \t]+trong[ \t]+đó[ \t]+\d[^;:\n]{{0,{_SHARE_PART_REACH}}}?"
                       rf"(?<!\w)đạt[ \t]+\d[\d.,]*[ \t]*%", re.IGNORECASE))


_WHOLE_BEFORE_REACH = 24  # "Toàn thị trấn có " before the count


def _whole_of_a_share(doc: _Doc, start: int, unit: _Unit) -> bool:
    """'Toàn phường có 9.846 hộ gia đình, trong đó 9.312 hộ được công nhận gia đình văn hóa năm 2035, đạt 94,6%': the
    whole a share is taken of, the place's own make-up, the state; its part and the share are the result (rounds
    80-84's leftovers, h903). "Toàn tỉnh có 18.246 người được đánh giá; trong đó ..." (what the whole got) stays."""
    whole_re, part_re = _whole_of_a_share_res()
    text = doc.ctx.text
    return whole_re.search(text, max(0, start - _WHOLE_BEFORE_REACH), start) is not None \
        and part_re.match(text, unit.end) is not None


def _per_unit(doc: _Doc, sentence_from: int, start: int) -> bool:
    """'Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt đạt 145 triệu đồng': the one hectare a value is measured
    per, no count (quantity_cues.tsv per_unit_lead)."""
    return _ONE_RE.match(doc.ctx.text, start) is not None \
        and doc.voc.per_unit_re.search(doc.ctx.text, sentence_from, start) is not None


_PRICE_REACH = 40  # how far before a figure a price's word reaches ("giá gạo tẻ thường 15.000 - 17.000 đồng/kg")
_PRICE_UNIT = "đồng/"  # a sum per something: a price, a rate


def _market_price(doc: _Doc, sentence_from: int, start: int, unit: _Unit) -> bool:
    """'giá thịt lợn hơi dao động từ 62.000 đến 65.000 đồng/kg, giá gạo tẻ thường 15.000 - 17.000 đồng/kg': what
    a thing sells at, the state of a market, no count of what was done or planned (quantity_cues.tsv price;
    forty-seventh heldout round). Not a worth ('trị giá 500.000 đồng/suất', 'giá trị thu hoạch ... đồng/ha': price_not),
    nor an average price the document reports ('giá bán bình quân ...': docs/RECORD.md, an average is a quantity),
    nor a sum that is no rate ('giá khởi điểm 54,2 tỷ đồng')."""
    if not (unit.unit or "").startswith(_PRICE_UNIT):
        return False
    text, voc = doc.ctx.text, doc.voc
    lo = max(sentence_from, start - _PRICE_REACH)
    worths = [(m.start(), m.end()) for m in voc.price_not_re.finditer(text, max(sentence_from, lo - _PRICE_REACH), start)]
    for m in voc.price_re.finditer(text, lo, start):
        if not any(a <= m.start() < b for a, b in worths) and not voc.average_re.search(text, m.end(), start):
            return True
    return False


def _told_state(doc: _Doc, start: int) -> bool:
    """The present state a sentence tells as an amount owed or a count of what is so now, and what it goes on to
    tell of it. 'Tổng số tiền nợ thuế đến ngày 30/9/2029 là 148,6 tỷ đồng, chiếm 8,9% tổng thu, tăng 9,4% so với ...; trong
    đó nợ khó thu 52,3 tỷ đồng': what the sentence goes on to tell of an amount owed now (its change, its parts, past
    a semicolon) is the state too, until a result's or a target's cue ('...; đã thu hồi 5,2 tỷ đồng')."""
    text, voc = doc.ctx.text, doc.voc
    line = _line_start_within(text, start, _MAX_SENTENCE_SIDE)
    lo = _after_full_stop(text, line, start)
    # (or a count of what is so now: 'Tổng số lao động đang làm việc ... là 182.500 người, trong đó lao động nữ chiếm
    # 61%', the count itself too)
    told = voc.arrears_told_re.search(text, lo, start) or voc.count_now_re.search(text, lo, start + 1) \
        or _now_told(doc, lo, start)
    if told is None or told.end() > start:
        return False
    # (a clause of its own reaching its figure goes out of the state's reach, as after "hiện có": 'Hiện nay, toàn tỉnh có
    # 980 nhà yến, sản lượng tổ yến khai thác ước đạt 3,8 tấn'; generalisation audit 58)
    return not _cue_but_share_base(doc, voc.result_re, told.end(), start) \
        and not _cue_but_share_base(doc, voc.target_re, told.end(), start) \
        and not _reached_in_own_clause(doc, told.end(), start)


# a share's "%" and "(tổng) số" right before a cue's word: the word names what the share is of
_SHARE_BASE_BEFORE_RE = re.compile(r"%[ \t]+(?:(?:tổng[ \t]+)?số[ \t]+)?$", re.IGNORECASE)
_SHARE_BASE_REACH = 12  # "% tổng số " at most


def _cue_but_share_base(doc: _Doc, rx: re.Pattern[str], lo: int, hi: int) -> bool:
    """A cue of rx in text[lo:hi] that is not the name of what a share is taken of: in 'Số tiền chậm đóng ... là 96,4
    tỷ đồng, chiếm 3,46% số phải thu; trong đó 38,2 tỷ đồng chậm đóng từ 03 tháng trở lên' the "phải" of "số phải
    thu" (the sum due) plans nothing and the "tổng số" of "chiếm 3,46% tổng số" reports nothing: the arrears' part
    after them is the state still (rounds 59-64's leftovers, h706)."""
    text = doc.ctx.text
    return any(not _SHARE_BASE_BEFORE_RE.search(text, max(lo, m.start() - _SHARE_BASE_REACH), m.start())
               for m in rx.finditer(text, lo, hi))


_CLAUSE_OPEN_RE = re.compile(r",[ \t]+")


def _planned_clause_between(doc: _Doc, lo: int, start: int) -> bool:
    """A clause opened by a target's cue after a comma in text[lo:start] ('... nâng công suất các mỏ cát đã cấp phép,
    bảo đảm cung ứng thêm ít nhất 800.000 m3 cát đắp nền'): what the figure's clause plans, out of an earlier
    specification word's reach (fifty-fifth heldout round, h609)."""
    text, voc = doc.ctx.text, doc.voc
    return any(voc.target_re.match(text, m.end()) for m in _CLAUSE_OPEN_RE.finditer(text, lo, start))


def _now_told(doc: _Doc, lo: int, start: int) -> re.Match[str] | None:
    """The state a sentence opening at lo tells by its time word or by what is left: 'Hiện nay, lượng chất thải ...
    phát sinh khoảng 145 tấn/ngày', 'Tổng đàn lợn của tỉnh hiện nay khoảng 268.500 con, đàn gia cầm khoảng 4,9 triệu
    con', 'diện tích lúa chưa thu hoạch còn khoảng 42 ha', 'Diện tích đất sản xuất nông nghiệp của xã là 1.846 ha,
    trong đó đất trồng lúa 1.020 ha' (quantity_cues.tsv state_now, place_measure; fifty-fifth heldout round). The
    caller stops at a result's or a target's cue ('Hiện nay, toàn huyện đã giải ngân 80%' is done). Each reaches its
    own clause, as "hiện có" does ('Hiện nay, toàn huyện có 38 xã; bình quân đạt 18,6 tiêu chí/xã': the average is
    reported, docs/RECORD.md)."""
    text, voc = doc.ctx.text, doc.voc
    semicolon = text.rfind("; ", lo, start)
    clause = lo if semicolon < 0 else semicolon + 2
    opening = voc.now_opening_re.match(text, lo) if semicolon < 0 else None
    if opening is not None:
        return opening
    return voc.now_figure_re.search(text, clause, start + 1) or voc.unmet_left_re.search(text, clause, start + 1) \
        or voc.place_measure_re.search(text, clause, start + 1)


def _scores_in(text: str, lo: int, hi: int) -> bool:
    """A figure in points in text[lo:hi], places counted by a bare "điểm" ("tại 35 điểm") set aside."""
    for m in _points_re().finditer(text, lo, hi):
        pos = start = m.start() + 1  # just after the number's last digit
        while start > lo and text[start - 1] in _NUMBER_CHARS:
            start -= 1
        if _points_as_places(text, start, pos) is None:
            return True
    return False


_DAMAGE_LIST_REACH = 160  # how far back a damage word still heads a list of damaged counts
# between a damage word and a later figure, only the list's earlier counts and their nouns ("1.246 con trâu, bò,
# ngựa và "): the figure is one more item damaged
_DAMAGE_LIST = re.compile(r"\s*(?:[\d.,]*\d[ \t]+[^\d;:()\n]{1,40}?(?:,|[ \t]+và)[ \t]*)+")


def _damage_list(doc: _Doc, sentence_from: int, start: int) -> bool:
    """'đã làm chết 1.246 con trâu, bò, ngựa và 3.800 con gia cầm': a count listed after a damage word's first
    count is damage too (twenty-eighth heldout round)."""
    text = doc.ctx.text
    lo = max(sentence_from, start - _DAMAGE_LIST_REACH)
    for m in doc.voc.damage_clause_re.finditer(text, lo, start):
        if _DAMAGE_LIST.fullmatch(text, m.end(), start):
            return True
    return False


_RULE_REACH = 50  # how far before a figure a rule word makes it a rule's rate ("thuế giá trị gia tăng 8%")
_RULE_NOT_REACH = 20  # how far a body's or an act's name holding a rule word may open before that reach ("Chi cục Thuế")


@lru_cache(maxsize=1)
def _rate_schedule_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """quantity_cues.tsv's rate_for ("đối với" right after a rate) and rule_source ("theo quy định") words."""
    return (re.compile(rf"[ \t]+(?:{_alternation(role_phrases('quantity_cues.tsv', 'rate_for'))})(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{_alternation(role_phrases('quantity_cues.tsv', 'rule_source'))})(?!\w)",
                       re.IGNORECASE))


def _rate_schedule_of_rules(doc: _Doc, unit: _Unit, sentence_to: int) -> bool:
    """A rate of a schedule by category that its sentence says the rules set ("mức Nhà nước hỗ trợ đóng bảo hiểm xã
    hội tự nguyện là 30% đối với người thuộc hộ nghèo, 25% đối với ... và 10% đối với các đối tượng khác theo quy
    định"; sixtieth heldout round, h673): the law's norm restated, no amount the document plans or reports done. A
    rate the document sets itself ("hỗ trợ 50% đối với hộ nghèo", no source named) stays its target."""
    if unit.unit != "%":
        return False
    rate_for, source = _rate_schedule_res()
    text = doc.ctx.text
    return rate_for.match(text, unit.end) is not None and source.search(text, unit.end, sentence_to) is not None


_RATE_SOURCE_REACH = 90  # "theo Nghị quyết số 12/2023/NQ-HĐND của HĐND tỉnh, tối đa" before the figure


@lru_cache(maxsize=1)
def _rate_source_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(role_phrases('quantity_cues.tsv', 'rate_source'))})(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _support_label_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(role_phrases('quantity_cues.tsv', 'support_label'))})(?!\w)",
                      re.IGNORECASE)


def _cited_support_levels(doc: _Doc, start: int) -> bool:
    """'Mức hỗ trợ thực hiện theo Nghị quyết số 08/2032/NQ-HĐND ...: hỗ trợ chi phí học ngoại ngữ tối đa 4 triệu
    đồng/người; hỗ trợ chi phí khám sức khỏe 1,5 triệu đồng/người': the support levels a cited rule sets, restated in
    the list its label heads before a colon, are the rule's, as its rates are; those the document sets ("Mức hỗ trợ:
    xây mới 60 triệu đồng/căn") are targets (quantity_cues.tsv support_label, rate_source; h863, h820, h827)."""
    text = doc.ctx.text
    lo = _after_full_stop(text, _line_start_within(text, start, _MAX_SENTENCE_SIDE), start)
    colon = text.rfind(":", lo, start)
    label = _support_label_re().search(text, lo, colon) if colon >= 0 else None
    return label is not None and _rate_source_re().search(text, label.end(), colon) is not None


def _rate_of_named_rules(doc: _Doc, sentence_from: int, start: int, unit: _Unit) -> bool:
    """A sum per something after the words naming the rule it follows ("Đơn giá chi trả bình quân theo Quyết định của
    UBND tỉnh là 520.000 đồng/ha/năm", "Mức bồi dưỡng ... áp dụng theo quy định hiện hành là 250.000
    đồng/người/ngày"; quantity_cues.tsv rate_source; sixty-fifth heldout round): another body's norm restated, no
    amount planned or done. A rate the document sets itself, no source named before it, stays its target, as do the
    awards listed after the source's colon."""
    if not (unit.unit or "").startswith(_PRICE_UNIT):
        return False
    lo = max(sentence_from, start - _RATE_SOURCE_REACH)
    source = _rate_source_re().search(doc.ctx.text, lo, start)
    # a colon after the source opens the list the document grants under it ("được thưởng theo quy định: giải Nhất
    # 2.000.000 đồng/người", h455): its own awards
    return (source is not None and ":" not in doc.ctx.text[source.end():start]) \
        or _norm_list_of_named_rules(doc, sentence_from, start)


_NORM_LIST_OPENS = 12  # how far into its sentence a norm list's head opens ("2. Mức chi ...", "- Định mức ...")


@lru_cache(maxsize=1)
def _norm_list_re() -> re.Pattern[str]:
    """A sentence opening with a spending norm's head and the rule it follows, then its colon ("Mức chi thực hiện theo
    Thông tư số 26/2030/TT-BTC ...:"): quantity_cues.tsv norm_list_head, rate_source."""
    heads = _alternation(role_phrases("quantity_cues.tsv", "norm_list_head"))
    sources = _alternation(role_phrases("quantity_cues.tsv", "rate_source"))
    return re.compile(rf"(?<!\w)(?:{heads})(?!\w)[^:.;\n]{{0,40}}?(?<!\w)(?:{sources})(?!\w)[^:;]*:", re.IGNORECASE)


def _norm_list_of_named_rules(doc: _Doc, sentence_from: int, start: int) -> bool:
    """'Mức chi thực hiện theo Thông tư số 26/2030/TT-BTC ... của Bộ Tài chính: chi bồi dưỡng cộng tác viên ... 100.000
    đồng/người/ngày; chi thù lao báo cáo viên 200.000 đồng/buổi': the spending norms another body's rule sets, listed
    after the colon of a sentence opening with their head and the rule (round 71, h785; docs/RECORD.md: spending norms
    are rules). The awards a document grants after "theo quy định:" ("được thưởng theo quy định: giải Nhất 2.000.000
    đồng/người", h455) have no norm's head and stay."""
    head = _norm_list_re().search(doc.ctx.text, sentence_from, start)
    return head is not None and head.start() - sentence_from <= _NORM_LIST_OPENS


_BOARD_REACH = 80  # "Ban Tổ chức Lễ hội truyền thống Đền Thiên Thai năm 2034 gồm " at most
_BOARD_NOUN_LENGTH = 40  # the board's own noun before that stretch ("Ban Chỉ đạo", "Tổ công tác liên ngành")


@lru_cache(maxsize=1)
def _board_members_re() -> re.Pattern[str]:
    """A board or a working group the document sets up, then its "gồm" right before the figure (quantity_cues.tsv
    board_noun)."""
    boards = _alternation(role_phrases("quantity_cues.tsv", "board_noun"))
    return re.compile(rf"(?<!\w)(?:{boards})(?!\w)[^\d.;:\n]{{0,{_BOARD_REACH}}}?(?<!\w)gồm[ \t]+$", re.IGNORECASE)


def _board_members(doc: _Doc, sentence_from: int, start: int, unit: _Unit) -> bool:
    """'Thành lập Ban Tổ chức Lễ hội gồm 17 thành viên', 'Tổ công tác ... gồm 09 thành viên': how many sit on a board
    the document sets up, a procedural count, no work planned or done (seventy-second heldout round, h807; h105's and
    h666's gold count none). A team sent to a contest ('mỗi huyện cử 01 đội gồm 04 thành viên', h519) is no board and
    stays counted."""
    if not (unit.unit or "").lower().startswith("thành viên"):
        return False
    text = doc.ctx.text
    return _board_members_re().search(text, max(sentence_from, start - _BOARD_REACH - _BOARD_NOUN_LENGTH), start) is not None


_RULE_SOURCE_AFTER_REACH = 40  # "tối thiểu 1,5 m cho người đi bộ theo quy định của" at most
_BOUNDED = frozenset({"lte", "lt", "gte", "gt"})
_STRIVING_RE = re.compile(r"(?<!\w)phấn đấu(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _rule_source_after_re() -> re.Pattern[str]:
    """quantity_cues.tsv's rule_source_after words, each after a stretch of its clause (no stop between)."""
    words = _alternation(role_phrases("quantity_cues.tsv", "rule_source_after"))
    return re.compile(rf"[^,;.:()\n]{{0,{_RULE_SOURCE_AFTER_REACH}}}?(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _bound_of_named_rules_after(doc: _Doc, start: int, unit: _Unit, comparator: str) -> bool:
    """A bound or a rate that its clause says the rules of a body or a law set, named right after it ("giá trị mỗi gói
    thầu không quá 5 tỷ đồng theo quy định của Luật Đấu thầu", "vỉa hè dành tối thiểu 1,5 m cho người đi bộ theo quy
    định của UBND tỉnh", "mức khoán 400.000 đồng/ha/năm theo quy định của UBND tỉnh"; quantity_cues.tsv
    rule_source_after; seventy-second heldout round, h800, h802, h803): another body's norm restated, no amount planned
    or done. A bare "theo quy định" ("tổ chức 12 kỳ theo quy định") and a decision named by its number ("hỗ trợ 60
    triệu đồng/hộ theo Quyết định số ...": the grant made under it) leave the figure counted."""
    text = doc.ctx.text
    if comparator not in _BOUNDED and "/" not in (unit.unit or "") \
            and _listed_after_bound_re().search(text, max(0, start - _LISTED_AFTER_BOUND_REACH), start) is None:
        return False
    # the document striving for it ("Phấn đấu tối thiểu 500 hộ tham gia theo quy định của Hội") keeps it its own target
    return _rule_source_after_re().match(text, unit.end) is not None \
        and _STRIVING_RE.search(text, _sentence_start(text, start), start) is None


_LISTED_AFTER_BOUND_REACH = 60  # "tối thiểu 01 bác sĩ và " before the list's next amount


@lru_cache(maxsize=1)
def _listed_after_bound_re() -> re.Pattern[str]:
    """A bound, its amount and noun, then "và"/"hoặc"/"," right before a figure: the next amount of a bounded list
    ("tối thiểu 01 bác sĩ và 02 điều dưỡng theo Thông tư số 32/2023/TT-BYT"), whose bound is the list's (docs/RECORD.md)
    even where the first amount was set aside (rounds 65-69's leftovers, h766)."""
    bounds = _alternation(role_phrases("quantity_cues.tsv", "comparator"))
    return re.compile(rf"(?<!\w)(?:{bounds})[ \t]+[\d.,]*\d(?:[ \t]+[^\W\d_]+){{1,{_BARE_ITEM_WORDS}}}"
                      rf"(?:,|[ \t]+(?:và|hoặc))[ \t]+$", re.IGNORECASE)


_RULE_BRACKET_REACH = 90  # "theo Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ (" at most
_RULE_BRACKET_LEAD = 40  # the words between a bracket's "(" and its figure ("mức bồi dưỡng", "từ")
_RULE_BRACKET_RE = re.compile(rf"\((?P<lead>[^()]{{0,{_RULE_BRACKET_LEAD}}})$")
_RULE_BRACKET_LOOKBACK = _RULE_BRACKET_LEAD + 5  # that lead, its "(" and the blanks around
_RULE_BRACKET_LEADS = re.compile(r"^\s*(?:mức\b|từ\s+\d|\d)", re.IGNORECASE)
_RULE_BRACKET_UNITS = ("đồng", "lần")


def _bracketed_rate_of_named_rules(doc: _Doc, sentence_from: int, start: int, unit: _Unit) -> bool:
    """A sum or a multiple in the bracket that follows the rule a sentence names by its "theo" ("Mức xử phạt ... thực
    hiện theo Nghị định số 100/2019/NĐ-CP ... (từ 2.000.000 đồng đến 4.000.000 đồng đối với cá nhân)", "chi bồi dưỡng
    ... theo Thông tư số 08/2025/TT-BTC ... (mức bồi dưỡng 0,3 lần mức lương cơ sở/ngày)"; quantity_cues.tsv
    rate_source; seventy-second heldout round, h796, h802): the rule's rates restated, as its rate told after its name
    is. A bracket that tells something else ("(đã hỗ trợ 120 hộ)") and counts of other things stay."""
    if not (unit.unit or "").startswith(_RULE_BRACKET_UNITS):
        return False
    text = doc.ctx.text
    bracket = _RULE_BRACKET_RE.search(text, max(sentence_from, start - _RULE_BRACKET_LOOKBACK), start)
    if bracket is None or not _RULE_BRACKET_LEADS.match(bracket.group("lead") + text[start:start + 1]):
        return False
    opening = bracket.start()
    return _rate_source_re().search(text, max(sentence_from, opening - _RULE_BRACKET_REACH), opening) is not None


_CITED_BRACKET_LEAD = 160  # the bracket's words before its figure, a page's running footer between at most
_CITED_BRACKET_BODY = 80  # "của Ủy ban nhân dân thành phố" between the rule's number and its bracket at most
_CITED_BRACKET_RE = re.compile(rf"\((?P<lead>[^()]{{0,{_CITED_BRACKET_LEAD}}})$")
_CITED_BRACKET_UNITS = ("đồng", "USD", "%")  # a sum, a price or a share; "/" in a unit is a rate of any kind
_CITED_RULE_REACH = 200  # "theo mức quy định tại Nghị định số 09/2032/NĐ-CP ngày 20/01/2032 của Chính phủ" and more


@lru_cache(maxsize=1)
def _cited_rule_end_re() -> re.Pattern[str]:
    """A rule cited by its kind and number (quantity_cues.tsv cited_rule: "theo Nghị định số", "tại Thông tư số"), its
    day and its issuer, ending right where a bracket opens."""
    rules = _alternation(role_phrases("quantity_cues.tsv", "cited_rule"))
    return re.compile(rf"(?<!\w)(?:{rules})[ \t\n]+(?:số[ \t\n]+)?[\w/.\-]+"
                      rf"(?:[ \t\n]+ngày[ \t\n]+\d{{1,2}}/\d{{1,2}}/\d{{4}})?"
                      rf"(?:[ \t\n]+của[ \t\n]+[^\W\d_][^()\n;:.]{{0,{_CITED_BRACKET_BODY}}}?)?\s*$", re.IGNORECASE)


def _bracket_after_cited_rule(doc: _Doc, start: int, unit: _Unit) -> bool:
    """A sum, a rate or a share in the bracket right after a rule the sentence cites by its kind and number ("hỗ trợ
    người chăn nuôi theo mức quy định tại Nghị định số 09/2032/NĐ-CP ngày 20/01/2032 của Chính phủ (38.000 đồng/kg lợn
    hơi đối với hộ nghèo, 33.000 đồng/kg ...)", "thực hiện theo Nghị định số 66/2025/NĐ-CP (hỗ trợ tiền ăn bằng 40%
    mức lương cơ sở/tháng)"; quantity_cues.tsv cited_rule; rounds 75-79's leftovers, h864, h866, h867, h869): the
    rule's figures restated, none the document plans or its bodies did. A bracket telling what was done ("(đã chi trả
    cho 120 hộ)") and counts of other things stay."""
    name = unit.unit or ""
    if "/" not in name and not name.startswith(_CITED_BRACKET_UNITS):
        return False
    text = doc.ctx.text
    bracket = _CITED_BRACKET_RE.search(text, max(0, start - _CITED_BRACKET_LEAD - 1), start)
    if bracket is None or doc.voc.result_re.search(text, bracket.start(), start) is not None:
        return False
    opening = bracket.start()
    return _cited_rule_end_re().search(text, max(0, opening - _CITED_RULE_REACH), opening) is not None


# a share right before a rule word: the word names what the share is of, no rule's rate ("hỗ trợ tối đa 30% chi phí mua
# máy móc, thiết bị nhưng không quá 300 triệu đồng/mô hình": the cap is the document's own; sixty-fifth heldout round,
# h725)
_SHARE_JUST_BEFORE_RE = re.compile(r"\d[ \t]*%[ \t]+$")
_SHARE_JUST_BEFORE_REACH = 12


def _rule_before(doc: _Doc, sentence_from: int, start: int) -> re.Match[str] | None:
    """The first rule word in reach before a figure, not one inside a body's name or an act that holds it
    ("Thuế tỉnh đã tiếp nhận 4.812 hồ sơ", "hoàn thuế cho 1.236 hồ sơ": quantity_cues.tsv role rule_not), nor one
    naming what a share right before it is of ("30% chi phí")."""
    text, voc = doc.ctx.text, doc.voc
    lo = max(sentence_from, start - _RULE_REACH)
    names = [(m.start(), m.end()) for m in voc.rule_not_re.finditer(text, max(sentence_from, lo - _RULE_NOT_REACH),
                                                                   min(len(text), start + _RULE_NOT_REACH))]
    for m in voc.rule_re.finditer(text, lo, start):
        # a rule word opening inside the name and running past it is the name's too ("Thu thuế giá trị gia tăng được
        # 186 triệu đồng": "thu thuế" holds the "thuế" of "thuế giá trị gia tăng"; generalisation audit 52)
        if not any(a <= m.start() < b for a, b in names) \
                and not _SHARE_JUST_BEFORE_RE.search(text, max(0, m.start() - _SHARE_JUST_BEFORE_REACH), m.start()):
            return m
    return None


_CLAUSE_BREAK = "; "
_RATE_FIGURE_RE = re.compile(r"(?<![\w.,])\d[\d.,]*[ \t]*(?:[^\W\d_]+[ \t]*){0,2}/")  # "1.450.000 đồng/tháng"


def _rule_list_before(doc: _Doc, sentence_from: int, start: int) -> re.Match[str] | None:
    """A sum per something opening the clause after a semicolon whose clause before it opens with a rule word's
    rate per something: the rule's list of rates goes on ("Học phí trình độ cao đẳng: 1.450.000 đồng/tháng; trình độ
    trung cấp: 1.200.000 đồng/tháng", "Học phí 4.850.000 đồng/học viên/khóa, ...; học viên ở ký túc xá đóng 250.000
    đồng/tháng"; docs/RECORD.md, rounds 59-64's leftovers). The rule word of the clause before, else None."""
    text = doc.ctx.text
    if not _RATE_AFTER_RE.match(text, start) or text[max(0, sentence_from - len(_CLAUSE_BREAK)):sentence_from] \
            != _CLAUSE_BREAK:
        return None
    clause_from = sentence_from - len(_CLAUSE_BREAK)
    previous = _RATE_FIGURE_RE.search(text, _sentence_start(text, clause_from), clause_from)
    return _rule_before(doc, _sentence_start(text, clause_from), previous.start()) if previous else None


_RULE_HEADING_WORDS = 2  # the rule word opens its sentence: "Học phí năm học 2033 - 2034 ...", "Mức thu ..."
# "trình độ trung cấp " before the next rate: words only, a few of them (each word's end is a blank or the end)
_RATE_LIST_ITEM_RE = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,7}[ \t]*:?[ \t]*")
_RATE_LIST_ITEM_REACH = 60


def _rule_heading_before(doc: _Doc, sentence_from: int, start: int) -> re.Match[str] | None:
    """A sum per something in the list of rates a rule word heads before a colon ("Học phí năm học 2033 - 2034 thực
    hiện theo Nghị định số 81/2021/NĐ-CP ...: trình độ cao đẳng 1.450.000 đồng/tháng, trình độ trung cấp 1.270.000
    đồng/tháng"; seventieth round, h779): each rate of the list, the heading's word far before it, is the rule's, as
    the first right after a short heading is (_rule_before). Only words name each item between its comma and its
    rate. The rule word, else None."""
    text = doc.ctx.text
    colon = text.rfind(":", sentence_from, start)
    if colon < 0 or not _RATE_AFTER_RE.match(text, start):
        return None
    item_from = max(colon + 1, text.rfind(", ", colon, start) + 2)
    if start - item_from > _RATE_LIST_ITEM_REACH or not _RATE_LIST_ITEM_RE.fullmatch(text, item_from, start):
        return None
    first_words = text[sentence_from:colon].split()[:_RULE_HEADING_WORDS]
    heading = doc.voc.rule_re.match(" ".join(first_words))
    return heading if heading is not None and not doc.voc.rule_not_re.match(" ".join(first_words)) else None


# "..., cự ly 5 km và 10 km là " before the next rate: after a comma, the item it names, no other rate nor clause break,
# then its "là" (seventy-fifth heldout round, h828, h831)
_RATE_COPULA_ITEM_RE = re.compile(r",[ \t]+[^/;:,]{1,60}?[ \t]là[ \t]+", re.IGNORECASE)
_RATE_COPULA_BEFORE_RE = re.compile(r"(?<!\w)là[ \t]+$", re.IGNORECASE)


def _rule_copula_list_before(doc: _Doc, sentence_from: int, start: int) -> re.Match[str] | None:
    """A sum per something told with "là" after a comma, going on the rate per something a rule word gave with "là"
    before it in the sentence ("Lệ phí đăng ký cự ly 21 km là 350.000 đồng/vận động viên, cự ly 5 km và 10 km là
    250.000 đồng/vận động viên", "Mức giảm trừ gia cảnh đối với người nộp thuế là 15,5 triệu đồng/tháng, đối với mỗi
    người phụ thuộc là 6,2 triệu đồng/tháng"; seventy-fifth heldout round, h828, h831): the rule's list of rates goes
    on. The rule word of the rate before, else None."""
    text = doc.ctx.text
    if not _RATE_AFTER_RE.match(text, start):
        return None
    comma = text.rfind(",", sentence_from, start)
    if comma < 0 or not _RATE_COPULA_ITEM_RE.fullmatch(text, comma, start):
        return None
    rates = list(_RATE_FIGURE_RE.finditer(text, sentence_from, comma))
    previous = rates[-1] if rates else None
    if previous is None or not _RATE_COPULA_BEFORE_RE.search(text, sentence_from, previous.start()):
        return None
    return _rule_before(doc, sentence_from, previous.start())


def _sum_of_money(doc: _Doc, start: int, unit: _Unit) -> bool:
    """A sum paid or found in money, grouped in thousands or scaled ("834.300.000 đồng", "52,7 tỷ đồng"): no
    specification's measure ("01 đồng hồ thông minh mặt tròn đường kính 42mm" is a count read as đồng)."""
    text = doc.ctx.text
    return unit.unit in _MONEY_UNITS and (_GROUPED_RE.match(text, start) is not None
                                          or _scaled_number(text, start, doc.voc))


def _work_verb_start(doc: _Doc, start: int) -> int:
    """Where the verb of ordered work right before a figure starts ("hạ mực nước 11 hồ chứa": allot_verb), else
    the figure's start: a hazard's word inside that verb measures no hazard, the figure counts what is worked on."""
    verb = doc.voc.allot_verb_re.search(doc.ctx.text, max(0, start - _NARRATIVE_REACH), start)
    return verb.start() if verb is not None else start


_TERRITORY_ITEM = 30  # a listed part's noun before the next count ("14 tổ dân phố, 3 buôn với ")
_DONE_TO_RE = re.compile(r"[ \t]+(?:được|đã)(?!\w)", re.IGNORECASE)  # "120 nhân khẩu được cấp thẻ": done for them


def _territory(doc: _Doc, sentence_from: int, start: int, unit: _Unit) -> bool:
    """The parts and the people a place holds, counted after its "có" ("phường có 14 tổ dân phố, 3 buôn với hơn
    21.000 nhân khẩu"; quantity_cues.tsv territory_unit): the state of affairs, no result, unless they are counted
    for what they achieved ("có 12 thôn đạt chuẩn") or as new ("có thêm 3 thôn": no bare "có" before)."""
    voc = doc.voc
    key = _key(unit.unit or "")
    if key not in voc.territory_units and key not in voc.territory_members:
        return False
    text = doc.ctx.text
    lead = voc.territory_re.search(text, sentence_from, start)
    if lead is None or voc.state_done_re.match(text, unit.end) or _DONE_TO_RE.match(text, unit.end):
        return False
    return key in voc.territory_units or _after_territory_part(voc, lead.group())


def _after_territory_part(voc: _Vocab, listed: str) -> bool:
    """A household counted in a place's list after one of its parts ("Xã có 14 ấp với 6.218 hộ"; quantity_cues.tsv
    territory_member): what the place holds too, where "có 120 hộ tham gia" alone may count what was done."""
    return any(_key(m.group("noun")) in voc.territory_units for m in _LISTED_COUNT.finditer(listed))


# a count of the list a territory lead opens: its figure and the words of its noun up to the next item
_LISTED_COUNT = re.compile(r"\d[ \t]+(?P<noun>[^\d;:()\n,]+?)(?=[ \t]*(?:,|[ \t]và|[ \t]với|$))")


def _achieved(doc: _Doc, state: re.Match[str], unit: _Unit) -> bool:
    """The units a state counts, then what they achieved ("Năm 2026, toàn Đảng bộ có 38/41 chi bộ hoàn thành tốt
    nhiệm vụ"): a result, unless the state is told as the present one ("hiện toàn xã có 12 thôn đạt chuẩn")."""
    return _NOW_WORD not in state.group().lower().split() and bool(doc.voc.state_done_re.match(doc.ctx.text, unit.end))


_STATE_NOUN_TAIL = 3  # words of a state's counted noun after the unit read, before what the units achieved
_NOW_WORD = "hiện"  # "hiện tỉnh có", "hiện nay có": the present state
_NUMBER_CHARS = "0123456789.,"
_POINT_WORD = "điểm"  # "9 loại lớp, mỗi loại cho 1 điểm": a scoring rubric's points, unless a place is counted


@lru_cache(maxsize=1)
def _points_re() -> re.Pattern[str]:
    """A figure in points ('1 điểm'), not a place or perfect marks counted: units.tsv's phrases that open with
    'điểm' ('điểm cầu', 'điểm thi', 'điểm 10') are counts, and a sentence holding only those is no rubric."""
    tails = sorted({w.split(" ", 1)[1] for w in (" ".join(r[0].split()) for r in rows("units.tsv", 2)
                                                 if r[1] in ("phrase", "classifier"))
                    if w.casefold().startswith(_POINT_WORD + " ")}, key=len, reverse=True)
    alts = "|".join(re.escape(t).replace(r"\ ", r"\s+") + (r"(?![\d.,])" if t[-1].isdigit() else r"(?!\w)")
                    for t in tails)
    return re.compile(rf"\d\s*{_POINT_WORD}(?!\s*(?:{alts}))", re.IGNORECASE)


def _occurred(doc: _Doc, lo: int, start: int) -> bool:
    """A count of incidents that happened: after a verb of happening ("xảy ra tại 47 hộ"), or of recording when
    what is counted is an incident ("ghi nhận 3.417 ca"; "ghi nhận 15 sáng kiến" is what was recognised)."""
    voc, text = doc.voc, doc.ctx.text
    if voc.occurrence_re.search(text, lo, start):
        return True
    if voc.occurrence_record_re.search(text, lo, start) and voc.incident_re.match(text, start):
        return True
    # a bare "ca" right after a verb of recording is a case ("ghi nhận 213 ca, tập trung tại 4 phường"): the verb
    # tells it, as no noun after "ca" does ("3 ca trực", "320 ca phẫu thuật" are shifts and work)
    return bool(voc.bare_record_re.search(text, lo, start)) and bool(voc.bare_incident_re.match(text, start))


# the part of a recorded count told after it ("ghi nhận 1.126 trường hợp sốt phát ban nghi sởi, trong đó 214 ca dương
# tính với sởi"; round 86, h958): one more item of the list
_PART_LEAD = r"(?:trong[ \t]+đó[ \t]+(?:có[ \t]+)?)?"
_ITEM_OPENING_RE = re.compile(rf";[ \t]*{_PART_LEAD}$")  # a figure opening a clause after a semicolon, nothing between
_RECORD_VERB_REACH = 40  # from a verb of happening or recording to the count right after it
_COMMA_ITEM_OPENING_RE = re.compile(rf",[ \t]*{_PART_LEAD}$")  # a figure opening a list's item after a comma
# what the first recorded count runs on to: its noun's words, then items of the list each opening with a count
# (", 412 ca mắc tay chân miệng"), up to the comma before the count looked at
_COMMA_LIST_RE = re.compile(r"[^\W\d_]*(?:[ \t]+[^\W\d_]+)*(?:[ \t]*,[ \t]*[\d.,]*\d[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)*)*"
                            rf"[ \t]*,[ \t]*{_PART_LEAD}")


def _incident_list_item(doc: _Doc, start: int, unit: _Unit) -> bool:
    """A count opening a clause after ";" in a sentence whose first clause counted incidents after a verb of
    happening or recording ("Từ đầu năm đến nay, toàn tỉnh ghi nhận 3.186 ca mắc sốt xuất huyết, 2 ca tử vong; 412 ca
    tay chân miệng; 18 ca bệnh dại", "Trong năm xảy ra 3 vụ tai nạn điện làm chết 2 người; 2 sự cố tràn dầu nhỏ ..."):
    one more item of the list recorded, counted with the same noun or an incident's; a clause with its own verb before
    its count ("...; đã điều trị khỏi 3.100 ca") tells what was done. The list may run on commas too, each item
    opening with its count ("ghi nhận 3.186 ca mắc sốt xuất huyết, 412 ca mắc tay chân miệng, 18 ca bệnh dại";
    generalisation audit 52): the item is then looked for in what the record's count runs on to."""
    text, voc = doc.ctx.text, doc.voc
    if unit.unit is None:
        return False
    lo = max(0, start - _RECORD_VERB_REACH)
    after_semicolon = _ITEM_OPENING_RE.search(text, lo, start) is not None
    if not after_semicolon and _COMMA_ITEM_OPENING_RE.search(text, lo, start) is None:
        return False
    sentence_from = _after_full_stop(text, text.rfind("\n", 0, start) + 1, start)
    first_clause_end = text.find(";", sentence_from, start) if after_semicolon else start
    for m in voc.incident_re.finditer(text, sentence_from, first_clause_end):
        lo = max(sentence_from, m.start() - _RECORD_VERB_REACH)
        if not (voc.occurrence_re.search(text, lo, m.start()) or voc.occurrence_record_re.search(text, lo, m.start())):
            continue
        if not after_semicolon and not _COMMA_LIST_RE.fullmatch(text, m.end(), start):
            continue  # "ghi nhận 3.186 ca mắc, đã điều trị khỏi 3.100 ca": a clause of its own between them
        noun = text[m.start():m.end()].split()[1]
        return voc.incident_re.match(text, start) is not None or _unit_head(unit.unit) == _key(noun)
    return False


def _incidents_change(doc: _Doc, start: int) -> bool:
    """A count of incidents right after a change word ("so với cùng kỳ giảm 12 vụ") after a verb of happening in
    its sentence, its clauses after ";" too, nothing done told between ("xảy ra 97 vụ tai nạn giao thông, làm chết
    61 người; so với cùng kỳ giảm 12 vụ"): the change of the incidents counted, as "..., giảm 4 vụ" right after them
    is ("làm rõ 386 vụ ..., tăng 20 vụ" is done)."""
    text, voc = doc.ctx.text, doc.voc
    if not voc.incident_re.match(text, start) or not _CHANGE_BEFORE_RE.search(text, max(0, start - _CHANGE_REACH), start):
        return False
    line = _line_start_within(text, start, _MAX_SENTENCE_SIDE)
    verbs = list(voc.occurrence_verb_re.finditer(text, _after_full_stop(text, line, start), start))
    return bool(verbs) and not voc.result_re.search(text, verbs[-1].end(), start)


# "số ổ dịch tăng ", "số vụ tai nạn giao thông giảm " right before a figure: the count of incidents named as its
# subject, then its change (the noun may take a few words: "số vụ tai nạn giao thông")
_COUNT_SUBJECT_REACH = 60


def _incident_count_change(doc: _Doc, sentence_from: int, start: int) -> bool:
    """A figure that tells how a count of incidents changed, the count named as the subject before the change word
    ("so với cùng kỳ năm 2026, số ổ dịch tăng 38%", "số vụ tai nạn giao thông giảm 12 vụ"): the state of affairs,
    as the count is; a plan to cut them is a target ("phấn đấu số ca mắc giảm ít nhất 10%")."""
    text, voc = doc.ctx.text, doc.voc
    lo = max(sentence_from, start - _COUNT_SUBJECT_REACH)  # (the subject and its change word stand close)
    change = _CHANGE_WORD_BEFORE_RE.search(text, lo, start)
    if change is None or voc.target_re.search(text, sentence_from, start):
        return False
    subject = _COUNT_SUBJECT_RE.search(text, lo, change.start())
    return subject is not None and _incident_noun_re().match(text, subject.start("noun")) is not None


_CHANGE_WORD_BEFORE_RE = re.compile(
    r"(?<!\w)(?:tăng|giảm)(?:[ \t]+(?:khoảng|gần|hơn|trên|thêm))?[ \t]+$", re.IGNORECASE)
_COUNT_SUBJECT_RE = re.compile(r"(?<!\w)số[ \t]+(?P<noun>[^\W\d_][^,.;\d]{0,40}?)[ \t]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _incident_noun_re() -> re.Pattern[str]:
    """quantity_cues.tsv's incident nouns ("ổ dịch", "ca mắc", "vụ") opening what a count names."""
    alts = alternation_on_line(role_phrases("quantity_cues.tsv", "incident_noun"))
    return re.compile(rf"(?:{alts})(?!\w)", re.IGNORECASE)


def _incident_extent(doc: _Doc, sentence_from: int, start: int, unit: _Unit) -> bool:
    """A length or an area, or a count of incidents ('vụ', 'ca mắc'), after a verb of happening in its clause, nothing
    done told between ('xảy ra sạt lở bờ sông Hậu với chiều dài khoảng 85 m, ăn sâu vào đất liền 12 m'): the
    incident's extent, or one more incident, no work's ('Sau khi xảy ra sự cố, đơn vị đã nạo vét 120 m kênh' is
    done)."""
    if _key(unit.unit or "") not in doc.voc.extent_units and not doc.voc.incident_re.match(doc.ctx.text, start):
        return False  # (a count of an incident noun later in the clause is one more incident: 'xảy ra 04 vụ tai nạn
        # lao động làm 02 người chết và 02 vụ ngừng việc tập thể')
    verbs = list(doc.voc.occurrence_verb_re.finditer(doc.ctx.text, sentence_from, start))
    return bool(verbs) and not doc.voc.result_re.search(doc.ctx.text, verbs[-1].end(), start)


_AWARD_REACH = 80  # an honour's name between its verb and "cho" ("trao Huy hiệu 30 năm tuổi Đảng cho")
_AWARD_VERB = 12  # the verb's own length ("truy tặng")
_OCCURRENCE_REACH = 40  # a verb of happening, a place word and a comparator before a figure
_OWN_BRACKET_RE = re.compile(r"[^\n.;()]{0,60}?\(")
_TAIL_LINKS = 3  # how many figures a tail may chain (the places a figure is counted in, then its change)


def _own_tail(doc: _Doc, end: int) -> int:
    """Where the tail of a figure set aside ends (-1: none). A bracket in its clause ("xảy ra 11 vụ phạm pháp hình sự
    (giảm 04 vụ so với cùng kỳ)") tells of that figure; so do its change right after a comma ("ghi nhận 3.417 ca nghi
    sởi, giảm 41% so với năm 2025") and the places it is counted in ("xảy ra tại 47 hộ chăn nuôi thuộc 12 xã"):
    their figures are set aside with it."""
    text = doc.ctx.text
    m = _OWN_BRACKET_RE.match(text, end)
    if m is not None:
        return text.find(")", m.end(), m.end() + _BREAKDOWN_REACH)
    last = -1
    for _ in range(_TAIL_LINKS):  # the places, then their change ("ghi nhận 37 ca mắc tại 4 thôn, tăng 15 ca")
        m = doc.voc.own_tail_re.match(text, end)
        if m is None:
            break
        last, end = m.end() + 1, _DIGITS_RE.match(text, m.end()).end()  # type: ignore[union-attr]  # a digit is there
    return last


def _skip_own_bracket(doc: _Doc, end: int) -> None:
    """A figure set aside: its tail (_own_tail) is set aside with it."""
    doc.skip_until = max(doc.skip_until, _own_tail(doc, end))


def _after_result(doc: _Doc, sentence_from: int) -> bool:
    """A result counted earlier in the sentence, or right before the list of its parts the sentence opens ("phát
    hiện sai phạm 2.146.800.000 đồng, gồm:\nchi sai chế độ phụ cấp ưu đãi 1.312.500.000 đồng; ..."): what follows
    it is told as done too."""
    if not doc.out or doc.out[-1].kind != "result":
        return False
    start, end = _span(doc.out[-1])
    return start >= sentence_from or doc.voc.parts_lead_re.fullmatch(doc.ctx.text, end, sentence_from) is not None


def _in_condition(doc: _Doc, sentence_from: int, start: int) -> bool:
    """In a guide or a rule text, a sentence opening '<unit> có <bound> N ...' ('Chi đoàn có dưới 15
    đoàn viên bầu Bí thư, Phó Bí thư'): a condition, every figure of it is the rule's. So is, in any document, an
    award's criterion ('Danh hiệu ... xét cho tập thể có 100% cá nhân hoàn thành nhiệm vụ, trong đó có từ 70% ...':
    quantity_cues.tsv criterion_lead; "xét cho 15 tập thể" counts those considered)."""
    text = doc.ctx.text
    if doc.voc.criterion_re.search(text, sentence_from, start):
        return True
    if doc.ctx.doc_type not in doc.voc.condition_types:
        return False
    # a clause after "; " opens in lower case ("Chi bộ có từ 09 đảng viên ... được bầu chi ủy; chi bộ có dưới 09 ...")
    rx = doc.voc.condition_clause_re if text[max(0, sentence_from - 2):sentence_from] == "; " \
        else doc.voc.condition_open_re
    m = rx.match(text, sentence_from)
    return m is not None and m.end() - 1 <= start


def _membership(doc: _Doc, sentence_from: int, start: int, unit: _Unit) -> bool:
    """'Chi bộ có 34 đảng viên (chính thức 31, dự bị 03);': a body's members counted, closing the clause,
    is its current state, and the parts in brackets after it go with it ('Chi bộ có 02 đảng viên được
    tặng Huy hiệu' is a result)."""
    text, voc = doc.ctx.text, doc.voc
    if _key(unit.unit or "") not in voc.member_nouns or not voc.membership_re.fullmatch(text, sentence_from, start):
        return False
    rest = text[unit.end:unit.end + 2].lstrip(" \t")
    if rest[:1] == "(":
        close = text.find(")", unit.end, unit.end + _BREAKDOWN_REACH)
        doc.skip_until = max(doc.skip_until, close)  # its members' parts
        return close >= 0
    return rest[:1] in ("", ".", ";", ",", "\n")


def _composition(doc: _Doc, sentence_from: int, start: int, unit: _Unit) -> bool:
    """'Toàn huyện có 29 cơ sở Hội với 6.214 hội viên', 'Năm học 2029 - 2030, toàn thành phố có 9 trường tiểu học với
    186 lớp, 5.724 học sinh': a whole place's bodies counted at its sentence's opening, then what they hold after
    "với", tell what the place is made of, the state (docs/RECORD.md): the figures after "với" go with it.
    "Toàn huyện có 58/61 trường tổ chức bán trú với ..." (what the units did, more words before "với") and "Toàn
    tỉnh có 1.412 doanh nghiệp thành lập mới" (no "với") stay results."""
    text, voc = doc.ctx.text, doc.voc
    if not voc.composition_open_re.fullmatch(text, sentence_from, start) \
            or not voc.composition_with_re.match(text, unit.end) or voc.state_done_re.match(text, unit.end):
        return False
    doc.skip_until = max(doc.skip_until, _sentence_end(text, start))
    return True


def _invited(doc: _Doc, start: int) -> bool:
    """'Thành phần mời / - Công chức Tài chính - Kế toán của 75 xã, phường;': in a giấy mời, an item of its invitee
    list naming the people of N places says who is invited, no count planned (quantity_cues.tsv invitee_lead)."""
    return doc.ctx.doc_type in doc.voc.invitation_types \
        and doc.voc.invitee_re.search(doc.ctx.text, max(0, start - _INVITEE_REACH), start) is not None


_AREA_LEAD_REACH = 20  # "trên địa bàn " right before the figure


def _area_named(doc: _Doc, start: int, unit: _Unit) -> bool:
    """'trẻ ... đang sinh sống trên địa bàn 20 xã, thị trấn', '100% hộ gia đình, cá nhân trên địa bàn 05 phường': the
    area where what is counted lives or works, named by a count of its administrative units (quantity_cues.tsv
    area_lead, area_unit; fifty-fourth heldout round, h602, h617), no amount planned or done."""
    voc = doc.voc
    return _key(unit.unit or "").split(" ")[0] in voc.area_units \
        and voc.area_lead_re.search(doc.ctx.text, max(0, start - _AREA_LEAD_REACH), start) is not None


def _asked_of_another(doc: _Doc, sentence_from: int, start: int) -> bool:
    """'Đề nghị huyện hỗ trợ 500 thùng mì tôm': what a report asks of another body is no target of its
    own (a tờ trình's request is: it is the proposal the document is)."""
    if doc.ctx.doc_type in doc.voc.request_own_types:
        return False
    m = doc.voc.request_open_re.match(doc.ctx.text, sentence_from)
    return (m is not None and m.end() <= start) or _request_goes_on(doc, sentence_from) \
        or _request_after_comma(doc, sentence_from, start) or _second_asked_act(doc, sentence_from, start)


def _request_after_comma(doc: _Doc, sentence_from: int, start: int) -> bool:
    """'Chi bộ kết nạp 01 đảng viên mới, đề nghị Đảng ủy xét tặng Huy hiệu 40 năm tuổi Đảng cho 02 đồng chí': a
    clause after a comma opening with a request of another body asks as one opening its sentence does (rounds 47-52's
    leftovers, h571)."""
    text = doc.ctx.text
    comma = text.find(", ", sentence_from, start)
    while comma >= 0:
        m = doc.voc.request_open_re.match(text, comma + 2)
        if m is not None and m.end() <= start:
            return True
        comma = text.find(", ", comma + 2, start)
    return False


def _second_asked_act(doc: _Doc, sentence_from: int, start: int) -> bool:
    """'Đề nghị Hội đồng quản lý Quỹ xem xét điều chỉnh lãi suất ... và trình UBND tỉnh cấp bổ sung 200 tỷ đồng': a
    sentence opened by a request, its second act joined by "và" right before the figure, asks it too, however long its
    first act runs (fifty-third heldout round, h590)."""
    text, voc = doc.ctx.text, doc.voc
    opening = voc.request_verb_open_re.match(text, sentence_from)
    return opening is not None and opening.end() <= start and voc.asked_act_re.search(
        text, max(opening.end(), start - _ASKED_ACT_REACH), start) is not None


def _request_goes_on(doc: _Doc, clause_from: int) -> bool:
    """'Kiến nghị UBND tỉnh bổ sung 35 tỷ đồng ...; hỗ trợ 2.000 tấn xi măng': a clause after a semicolon that
    opens with what is asked ('hỗ trợ', 'bố trí') asks the same body as the request opening its sentence."""
    text, voc = doc.ctx.text, doc.voc
    if text[clause_from - 2:clause_from] != "; " or not voc.request_object_re.match(text, clause_from):
        return False
    line = _line_start_within(text, clause_from, _MAX_SENTENCE_SIDE)
    m = voc.request_open_re.match(text, _after_full_stop(text, line, clause_from))
    return m is not None and m.end() <= clause_from


_NORM_CLAUSE_END_RE = re.compile(r"[;\n]|\.(?:\s|$)")  # a clause's end: ";", a line's end or a full stop (no "300.000")


@lru_cache(maxsize=1)
def _norm_rate_re() -> re.Pattern[str]:
    """A sum of money per a stretch of time, the rate running on to it ("300.000 đồng/ngày", "500.000
    đồng/người/tháng"; quantity_cues.tsv norm_rate_period)."""
    periods = _alternation(role_phrases("quantity_cues.tsv", "norm_rate_period"))
    return re.compile(rf"[\d.,]+[ \t]*(?:nghìn|ngàn|triệu)?[ \t]*đồng(?:/[^\W\d_]+(?:[ \t][^\W\d_]+)?)*?"
                      rf"/(?:{periods})(?!\w)", re.IGNORECASE)


def _norm_rate_in_rules(doc: _Doc, sentence_from: int, start: int) -> bool:
    """'Phụ cấp lưu trú: 300.000 đồng/ngày ...; 200.000 đồng/ngày ...', 'Giám đốc 500.000 đồng/tháng': in a rule text (a
    quy chế chi tiêu nội bộ, a guide) a sum per day, month or hour is an allowance or spending norm the rule sets, no
    amount planned or done (docs/RECORD.md: spending norms are rules; sixty-seventh heldout round, h743). A support
    level it sets ("hỗ trợ 500.000 đồng/người/tháng": a relief verb before it in its sentence) stays its target."""
    text, voc = doc.ctx.text, doc.voc
    if doc.ctx.doc_type not in voc.condition_types or _norm_rate_re().match(text, start) is None \
            or voc.relief_re.search(text, sentence_from, start) is not None:
        return False
    end = _NORM_CLAUSE_END_RE.search(text, start)
    # the norm's clause says whom it is paid to ("... trong tỉnh, cách trụ sở từ 15 km trở lên"): its bounds go with it
    doc.skip_until = max(doc.skip_until, end.start() if end is not None else len(text))
    return True


def _cap_in_rules(doc: _Doc, comparator: str, start: int) -> bool:
    """'... không vượt quá 20% tổng số ...' in a guide or a rule text: a cap the rule sets, not a target, as a range
    it sets is ("mỗi cán bộ, chiến sĩ được phân công phụ trách từ 01 đến 02 thôn", "Tổ tuần tra ... có từ 03 đến 05
    người": a norm; round 61, h677); under
    a heading of the guide's own targets ("II. MỤC TIÊU, CHỈ TIÊU NĂM 2028": "Khen thưởng tối đa 40 tập thể")
    it is one. A numbered item's own sentence is no heading over its cap ("2. Tỷ lệ ... được xếp loại 'Hoàn thành
    xuất sắc nhiệm vụ' không vượt quá 20% số ...": forty-seventh heldout round)."""
    return comparator in ("lte", "lt") and doc.ctx.doc_type in doc.voc.condition_types \
        and doc.kinds.heading_cue(start, own=False) != "target"


_EACH_UNIT_REACH = 80  # "mỗi cơ quan, đơn vị được cấp tối đa " before a cap: the unit and what it may do
_EACH_UNIT_RE = re.compile(r"(?<!\w)mỗi\s+[^\W\d_]", re.IGNORECASE)


def _each_unit_cap(doc: _Doc, start: int, unit: _Unit) -> bool:
    """A cap on how many each unit may register, send, take or hold, in a guide as in a plan: a planned bound
    (docs/RECORD.md: "mỗi điều tra viên phụ trách không quá 03 địa bàn", "mỗi đơn vị đăng ký tối đa 08 thí sinh";
    rounds 80-84's leftovers, h894, and h217, h395, h602, h671, h741, h878 of earlier rounds), "mỗi" before the cap in
    its clause; a sum capped for each ("Mức chi mỗi suất quà không quá 500.000 đồng") stays the rule's norm, and each
    entry's length a rule's term ("thời gian kể mỗi câu chuyện không quá 07 phút": quantity_cues.tsv span_cap_not)."""
    text = doc.ctx.text
    lo = max(_sentence_start(text, start), text.rfind(";", 0, start) + 1, start - _EACH_UNIT_REACH)
    entry_length = unit.unit in _DURATION_UNITS and _span_cap_res()[2].search(text, lo, start) is not None
    return unit.unit not in _MONEY_UNITS and not entry_length and _EACH_UNIT_RE.search(text, lo, start) is not None


_PART_OF_TOTAL_AT = re.compile(r"[\d.,]*\d[ \t]?/[ \t]?\d")  # "14/15 xã": a part, then the whole


def _frame_count(doc: _Doc, start: int, unit: _Unit) -> bool:
    """'Số hóa 100% hồ sơ địa chính của 15 xã, thị trấn': a count right after 'của'/'tại' following a
    share in its clause counts the whole the share is taken of, not a target or result of its own
    ('Phun khử trùng 02 đợt/năm tại 12 thôn' keeps its 12 thôn); so does a locality's whole set of units
    after any figure and 'của' ('40 gian hàng cho nông sản của 14 xã, thị trấn': the district's own count, while
    'thu hút 148 dự án của 41 đơn vị' counts the units that took part, and 'tổ chức 64 hội nghị tại 26 xã, thị
    trấn' the places the activity reached)."""
    words = _adjacent_words(doc.ctx.text, start)
    if not words or not doc.out or _key(words[-1][0]) not in doc.voc.frame_before:
        return False
    if _PART_OF_TOTAL_AT.match(doc.ctx.text, start):
        return False  # "lắp đặt 26 điểm phát sóng tại 14/15 xã, thị trấn": a part of the whole is a result's reach
    # (the places an activity is held at, "tổ chức 64 hội nghị ... tại 26 xã, thị trấn", are its reach, counted:
    # docs/RECORD.md's convention; rounds 65-69's leftovers)
    whole_set = doc.voc.division_pair_re.match(doc.ctx.text, unit.end) is not None \
        and _key(words[-1][0]) in doc.voc.whole_set_before
    if doc.out[-1].unit != "%" and not whole_set:
        return False
    return _same_clause(doc.ctx.text, _span(doc.out[-1])[1], words[-1][1])


# a clause's opening: a line, a list item or a mark ("..., 5/29 xã chưa bố trí ...": a comma too, rounds 41-46)
_CLAUSE_OPENING_RE = re.compile(r"(?:^|[;:,\n])[ \t]*(?:[-–+•][ \t]*)?$")
_CLAUSE_OPENING_REACH = 6
_SHORTFALL_OPENING_REACH = 16  # "Hạn chế: còn " before a count, its shortfall_before word between


_SHORTFALL_LIST_JOIN_RE = re.compile(r"(?:;|,|[ \t]và|[ \t]với)[ \t]+$")  # a list's next item, or the count it is joined to
_SHORTFALL_LIST_JOIN_REACH = 6
_UNMET_WORD_RE = re.compile(r"(?<!\w)chưa(?!\w)", re.IGNORECASE)
_SHORTFALL_LIST_FIRST_WORDS = 4  # "km đường trục thôn" between the first item's unit and its "và"


@lru_cache(maxsize=1)
def _shortfall_list_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The sentence's opening "(Tuy nhiên,) (vẫn) còn <count>" (quantity_cues.tsv shortfall_connective), and a first
    item's "và" and a next item whose shortfall word follows its noun ("... và 9,6 km đường ngõ xóm chưa")."""
    connectives = alternation_on_line(role_phrases("quantity_cues.tsv", "shortfall_connective"))
    opening = re.compile(rf"[ \t]*(?:[-–+•][ \t]*)?(?:(?:{connectives})[ \t]*,?[ \t]+)?(?:vẫn[ \t]+)?còn[ \t]+"
                         rf"(?:[^\W\d_]+[ \t]+){{0,2}}?\d", re.IGNORECASE)
    lacking = alternation_on_line(role_phrases("quantity_cues.tsv", "shortfall_after"))
    joined_next = re.compile(rf"(?:[ \t]+[^\W\d_]+){{0,{_SHORTFALL_LIST_FIRST_WORDS}}},?[ \t]+và[ \t]+[\d.,]*\d"
                             rf"(?:[ \t]+[^\W\d_]+){{1,{_SHORTFALL_NOUN_WORDS}}}?[ \t]+(?:{lacking})(?!\w)", re.IGNORECASE)
    return opening, joined_next


def _shortfall_list_item(doc: _Doc, start: int, unit: _Unit) -> bool:
    """A sentence opening with "còn" and a count lists what is still left undone ("Tuy nhiên, còn 11 chủ đầu tư có tỷ
    lệ giải ngân dưới 30%; 23 dự án chậm giải phóng mặt bằng với 164 hộ chưa bàn giao mặt bằng; số vốn chưa phân bổ
    chi tiết 318 tỷ đồng", "Còn 2,1 km đường trục thôn và 9,6 km đường ngõ xóm chưa được cứng hóa"; docs/RECORD.md's
    shortfalls; rounds 65-69's leftovers, h720, h756): each next item, joined by ";", ",", "và" or "với", with its own
    shortfall word after its noun (or a sum with "chưa" before it in its clause), is one more shortfall, and so is the
    first item whose shortfall word follows the item joined to it; an item told without one ("...; 5 xã đã hoàn
    thành") is what was done."""
    text, voc = doc.ctx.text, doc.voc
    opening, joined_next = _shortfall_list_res()
    before = text[max(0, start - _SHORTFALL_LIST_JOIN_REACH):start]
    if before.endswith(("còn ", "Còn ")):
        return joined_next.match(text, unit.end) is not None \
            and opening.match(text, _after_full_stop(text, _line_start_within(text, start, _MAX_SENTENCE_SIDE),
                                                     start)) is not None
    if _SHORTFALL_LIST_JOIN_RE.search(before):
        own = voc.shortfall_after_re.match(text, unit.end) is not None
    else:  # (a sum in a clause of its own after ";", "chưa" before it: "...; số vốn chưa phân bổ chi tiết 318 tỷ đồng")
        clause = text.rfind("; ", max(0, start - _SHORTFALL_TAIL), start) + 2
        own = clause >= 2 and unit.unit in _MONEY_UNITS and _UNMET_WORD_RE.search(text, clause, start) is not None
    if not own:
        return False
    sentence = _after_full_stop(text, _line_start_within(text, start, _MAX_SENTENCE_SIDE), start)
    return opening.match(text, sentence) is not None


@lru_cache(maxsize=1)
def _shortfall_opening_re() -> re.Pattern[str]:
    """A clause's opening with quantity_cues.tsv's shortfall_before word before a count ("2. Hạn chế, yếu kém: có 04
    cơ sở Đoàn xếp loại trung bình", "...; còn 03 chi hội xếp loại yếu"; generalisation audit 64)."""
    words = alternation_on_line(role_phrases("quantity_cues.tsv", "shortfall_before"))
    return re.compile(rf"(?:^|[;:,\n])[ \t]*(?:[-–+•][ \t]*)?(?:{words})[ \t]+$", re.IGNORECASE)


# a loose bound's word between a verb and its figure ("chiếm khoảng 45%", "có hơn 40")
_LOOSE_BOUNDS = ("khoảng", "gần", "hơn", "trên")
# "chiếm " right before a share and "tổng số " / "số " right after its "%": a share of a count named next
_SHARE_VERB_BEFORE_RE = re.compile(rf"(?<!\w)chiếm(?:[ \t]+(?:{'|'.join(_LOOSE_BOUNDS)}))?[ \t]+$", re.IGNORECASE)
_SHARE_OF_AFTER_RE = re.compile(r"[ \t]+(?:tổng[ \t]+)?số[ \t]+", re.IGNORECASE)
_SHARE_VERB_REACH = 16  # "chiếm khoảng " before the figure


def _incident_share(doc: _Doc, start: int, unit: _Unit) -> bool:
    """The share the incidents counted make of all ("39 vụ xảy ra tại nhà ở ..., chiếm 45,3% tổng số vụ"): a count
    of incidents, as the incidents are, whatever the words between (thirty-sixth heldout round); a share of work
    done stays ("đã làm rõ 85% số vụ", no "chiếm"), as does a share of anything else ("chiếm 42,1% tổng giá trị")."""
    if unit.unit != "%":
        return False
    text = doc.ctx.text
    if not _SHARE_VERB_BEFORE_RE.search(text, max(0, start - _SHARE_VERB_REACH), start):
        return False
    of = _SHARE_OF_AFTER_RE.match(text, unit.end)
    return of is not None and _incident_noun_re().match(text, of.end()) is not None


_ONGOING_BEFORE = frozenset(("có", "còn"))
_ONGOING_BOUND_WORDS = 2  # "có khoảng 11", "còn hơn 40": the verb may stand a bound's word before the figure


def _ongoing_state(doc: _Doc, sentence_from: int, start: int, unit: _Unit) -> bool:
    """'Năm 2026, toàn tỉnh có 11 điểm du lịch cộng đồng đang hoạt động': what exists and still runs now, counted
    after "có"/"còn", is the state of affairs, neither a plan's figure nor a result (quantity_cues.tsv
    ongoing_after; thirty-first heldout round); "hỗ trợ 12 doanh nghiệp đang hoạt động" counts those helped, and
    "Phấn đấu đến năm 2030 có 20 điểm ... đang hoạt động" (a target's cue before it) is a target."""
    if not doc.voc.ongoing_after_re.match(doc.ctx.text, unit.end) \
            or doc.voc.target_re.search(doc.ctx.text, sentence_from, start):
        return False
    words = [_key(w) for w, _ in _adjacent_words(doc.ctx.text, start)[-_ONGOING_BOUND_WORDS:]]
    return bool(words) and (words[-1] in _ONGOING_BEFORE
                            or (len(words) > 1 and words[-2] in _ONGOING_BEFORE and words[-1] in _LOOSE_BOUNDS))


def _shortfall(doc: _Doc, start: int, unit: _Unit) -> bool:
    """'Còn 03 chi bộ chưa kết nạp được đảng viên mới', 'Có 02 cơ sở Hội chưa hoàn thành': a shortcoming counted."""
    text = doc.ctx.text
    if unit.unit in _MONEY_UNITS and (doc.voc.shortfall_sum_re.search(text, _sentence_start(text, start), start)
                                      or _part_of_shortfall(doc, start)):
        return True  # "có 146 đơn vị nợ đóng BHXH ... với tổng số tiền nợ 18,74 tỷ đồng": the shortcoming's sum
    if _shortfall_list_item(doc, start, unit):
        return True
    if not doc.voc.shortfall_after_re.match(text, unit.end):
        if _pending_tail_re().match(text, unit.end) \
                and doc.voc.shortfall_joined_re.search(text, _sentence_start(text, start), start):
            return True  # "còn 23 cơ sở ... chưa được cấp ... và 15 vụ việc tranh chấp ... còn tồn đọng": one more
        if _PARTS_RIGHT_BEFORE.search(text, max(0, start - _PARTS_LEAD_REACH), start) \
                and not _PART_DONE.match(text, unit.end) and _part_of_shortfall(doc, start):
            return True  # "còn khoảng 486.000 xe ... quá hạn kiểm định ..., trong đó 61.200 xe kinh doanh vận tải"
        # "2. Hạn chế: ..., 06 cơ sở Đoàn xếp loại trung bình": a low rating counted among the shortcomings (a rating
        # elsewhere is what the units achieved: "12 chi bộ xếp loại hoàn thành tốt nhiệm vụ"; rounds 53-58, h649)
        return doc.voc.low_rating_after_re.match(text, unit.end) is not None and _opens_shortcoming(doc, start)
    words = _adjacent_words(text, start)
    if doc.voc.shortfall_joined_re.search(text, _sentence_start(text, start), start):
        return True  # "còn 214 hộ chưa nhận tiền và 3 khu tái định cư chưa hoàn thành": one more shortcoming
    if text[max(0, start - 2):start] in ("; ", ", ") and doc.voc.shortfall_clause_re.search(
            text, _after_full_stop(text, max(0, start - _SHORTFALL_CLAUSE_REACH), start), start):
        return True  # "còn 23 doanh nghiệp chưa lập kế hoạch ...; 5 dự án chậm tiến độ": the next clause's, one more
    if words:
        return _word_before_bound(words) in doc.voc.shortfall_before or _part_of_shortfall(doc, start) \
            or _under_shortcoming_label(doc, start)
    return _opens_shortcoming(doc, start)


_PENDING_TAIL_REACH = 80  # the joined item's noun and what it names of itself before its pending word


@lru_cache(maxsize=1)
def _pending_tail_re() -> re.Pattern[str]:
    """The rest of a count's clause naming it still pending further on than shortfall_after_re reaches ("15 vụ việc
    tranh chấp đất đai liên quan đến tôn giáo còn tồn đọng"; quantity_cues.tsv shortfall_pending; seventieth round)."""
    words = alternation_on_line(role_phrases("quantity_cues.tsv", "shortfall_pending"))
    return re.compile(rf"[^;.:()\n\d]{{0,{_PENDING_TAIL_REACH}}}?(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _bound_phrases() -> frozenset[str]:
    """quantity_cues.tsv's comparator phrases, folded ("khoảng", "gần", "ít nhất")."""
    return frozenset(" ".join(_key(p).split()) for p in role_phrases("quantity_cues.tsv", "comparator"))


def _word_before_bound(words: list[tuple[str, int]]) -> str:
    """The folded word before a count, past a bound or an estimate's word of one or two words right before it ("còn
    khoảng 486.000 xe cơ giới quá hạn kiểm định": "còn", as "còn 486.000 xe" gives; seventieth round, h781)."""
    keys = [_key(w) for w, _ in words]
    for n in (2, 1):
        if len(keys) > n and " ".join(keys[-n:]) in _bound_phrases():
            return keys[-n - 1]
    return keys[-1]


_UNMET_REACH = 200  # how far back on its line an unmet part's count looks for the part reached
_CLAUSE_BREAKS = ("; ", ", ")


@lru_cache(maxsize=1)
def _unmet_after_re() -> re.Pattern[str]:
    """quantity_cues.tsv's unmet_after words right after a count's unit ("02 chỉ tiêu không đạt")."""
    return re.compile(rf"[ \t]+(?:{alternation_on_line(role_phrases('quantity_cues.tsv', 'unmet_after'))})(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _reached_re() -> re.Pattern[str]:
    """quantity_cues.tsv's unmet_reached words: the part reached told before an unmet part ("đạt", "hoàn thành")."""
    return re.compile(rf"(?<!\w)(?:{alternation_on_line(role_phrases('quantity_cues.tsv', 'unmet_reached'))})(?!\w)",
                      re.IGNORECASE)


def _unmet_part(doc: _Doc, start: int, unit: _Unit) -> bool:
    """The part of a result's count that fell short, opening its clause after a comma or a semicolon, the part reached
    told before it on its line ("có 16 chỉ tiêu đạt và vượt, 02 chỉ tiêu không đạt", "11/13 xã, thị trấn đạt chuẩn
    ...; 02 xã chưa đạt"; docs/RECORD.md, rounds 59-64's leftovers): a shortfall, its bracket's figures read on their
    own (how far each got: "2 chỉ tiêu chưa đạt (..., tỷ lệ ... mới đạt 62%)"). Alone ("02 xã chưa đạt chuẩn" with no
    part reached before it) the count stays as the rest of the rules read it."""
    text = doc.ctx.text
    if text[max(0, start - 2):start] not in _CLAUSE_BREAKS or not _unmet_after_re().match(text, unit.end):
        return False
    lo = max(text.rfind("\n", 0, start) + 1, start - _UNMET_REACH)
    return _reached_re().search(text, lo, start - 2) is not None


def _part_of_shortfall(doc: _Doc, start: int) -> bool:
    """'trên địa bàn có 137 đơn vị chậm đóng ... với tổng số tiền 8,92 tỷ đồng, trong đó 29 đơn vị chậm đóng từ 03
    tháng trở lên với số tiền 5,17 tỷ đồng': the part a shortfall is broken into after "trong đó", its count and its
    sum, is the shortfall too (rounds 59-64's leftovers, h699); the part of what was done stays ('Đã thu hồi nợ của
    137 đơn vị, trong đó 29 đơn vị chậm đóng từ 03 tháng trở lên': no shortfall before it)."""
    text = doc.ctx.text
    sentence_from = _sentence_start(text, start)
    # (the "trong đó" right before the part's count, or before its count and what it lacks, up to its sum)
    lo = max(sentence_from, start - _JOINED_SHORTFALL_REACH - _SHORTFALL_TAIL)
    return _PARTS_RE.search(text, lo, start) is not None \
        and doc.voc.shortfall_part_re.search(text, sentence_from, start) is not None


_SHORTCOMING_LABEL_WORDS = 40  # "Tồn tại, hạn chế" and what else the label names before its colon
_LABEL_OPENING_RE = re.compile(r"[ \t]*(?:[-+•*][ \t]*|\d{1,2}[.)][ \t]*)?")


def _under_shortcoming_label(doc: _Doc, start: int) -> bool:
    """A figure in the sentence a label of shortcomings opens inline ("Hạn chế: một số xã còn để dân quân nghỉ huấn
    luyện ...; thao trường tại chỗ của 03 xã chưa bảo đảm", "Tồn tại, hạn chế: còn 03 chi hội ...; nợ quá hạn 46 triệu
    đồng": quantity_cues.tsv shortcoming_heading; rounds 80-84's leftovers, h901, h918), as under such a heading."""
    text = doc.ctx.text
    line = text.rfind("\n", 0, start) + 1
    lo = max(line, text.rfind(". ", line, start) + 2)
    opening = _LABEL_OPENING_RE.match(text, lo)
    assert opening is not None  # (it may match nothing)
    colon = text.find(":", opening.end(), min(start, opening.end() + _SHORTCOMING_LABEL_WORDS))
    return colon >= 0 and doc.voc.shortcoming_heading_re.match(text, opening.end(), colon) is not None


_ARREARS_BEFORE_REACH = 24  # "nợ quá hạn " right before a sum


@lru_cache(maxsize=1)
def _arrears_before_re() -> re.Pattern[str]:
    """An arrears word right before a sum ("nợ quá hạn 46 triệu đồng": quantity_cues.tsv arrears)."""
    return re.compile(rf"(?<!\w)(?:{_alternation(role_phrases('quantity_cues.tsv', 'arrears'))})[ \t]+$", re.IGNORECASE)


def _arrears_among_shortcomings(doc: _Doc, start: int, unit: _Unit) -> bool:
    """'Tồn tại, hạn chế: ...; nợ quá hạn 46 triệu đồng': a sum owed, told among the shortcomings, the state."""
    return unit.unit in _MONEY_UNITS and _arrears_before_re().search(
        doc.ctx.text, max(0, start - _ARREARS_BEFORE_REACH), start) is not None and _under_shortcoming_label(doc, start)


def _opens_shortcoming(doc: _Doc, start: int) -> bool:
    """Under a heading of shortcomings, a count opening its clause: "5. Tồn tại, hạn chế / ...; 14 dự án chưa giải
    ngân được vốn đã giao" (not "hỗ trợ 20 hộ chưa có nhà ở", those helped; nor an inspection's findings, results)."""
    text = doc.ctx.text
    opens = _CLAUSE_OPENING_RE.search(text, max(0, start - _CLAUSE_OPENING_REACH), start) is not None \
        or _shortfall_opening_re().search(text, max(0, start - _SHORTFALL_OPENING_REACH), start) is not None
    return opens and any(doc.voc.shortcoming_heading_re.search(h.title) for h in doc.kinds.chain(start))


def _scope_head(doc: _Doc, start: int) -> tuple[str | None, bool]:
    """The unit a figure is printed under: a list item's head ("(iv) Sở Xây dựng - 02 Quyết định",
    "Sở Tài chính 38 văn bản"), or a name before a bracket ("huyện Đông (87,73%)"). The flag says the
    name runs right into the figure (no separator), which the label rule would otherwise take as a name."""
    text, voc = doc.ctx.text, doc.voc
    lo = max(0, start - _SCOPE_REACH)
    # both item patterns open at the text's start or at a line break (item_scope_re: or a ";") inside
    # the window, item_head_re holds a colon: a window without them is not searched
    breaks = lo == 0 or text.find("\n", lo, start) >= 0
    item = _item_scope(doc, start, lo, breaks)
    if item:
        return item
    m = voc.bracket_scope_re.search(text, lo, start) if _bracket_before(text, lo, start) else None
    if m:
        return m.group("name").strip(), False
    m = voc.item_head_re.search(text, lo, start) if breaks and text.find(":", lo, start) >= 0 else None
    if m:
        return m.group("name").strip(), False  # "- Đoàn xã Tân Lập: ra quân làm sạch 12 km"
    m = voc.subject_re.search(text, max(lo, _wrapped_sentence_start(text, start)), start)
    if m:
        return m.group("name").strip(), False  # "mà Sở Tư pháp phải sửa đổi với 02 Nghị quyết"
    return _heading_scope(doc, start), False


def _item_scope(doc: _Doc, start: int, lo: int, breaks: bool) -> tuple[str, bool] | None:
    """_scope_head's first reading, a list item's head before the figure ("(iv) Sở Xây dựng - 02 Quyết định",
    "Sở Tài chính 38 văn bản"), and whether it runs into the figure; `breaks`: a line break in [lo, start) or lo
    at the text's start."""
    text = doc.ctx.text
    m = doc.voc.item_scope_re.search(text, lo, start) if breaks or text.find(";", lo, start) >= 0 else None
    if m is None:
        return None
    return m.group("name").strip(), not text[m.end("name"):start].strip(" \t")


def _named_count(doc: _Doc, start: int) -> tuple[str | None, bool] | None:
    """_scope_head's answer when the unit's name runs right into the figure ("Sở Tài chính 38 văn bản"), else
    None: for a number right after a name, whatever else _scope_head reads leaves the number a name's."""
    lo = max(0, start - _SCOPE_REACH)
    item = _item_scope(doc, start, lo, lo == 0 or doc.ctx.text.find("\n", lo, start) >= 0)
    return item if item and item[1] else None


def _part_count(doc: _Doc, start: int) -> tuple[str | None, bool] | None:
    """One part's own figure after its name ("..., đạt 120,4% kế hoạch; riêng thị trường Hàn Quốc 286 lao động"):
    (the part's name as scope when it names a unit, "trong đó Huyện đoàn Kỳ Anh 120 đoàn viên"; True), else None."""
    part = doc.voc.part_count_re.search(doc.ctx.text, max(0, start - _SCOPE_REACH), start)
    if part is None:
        return None
    return _part_name(doc, part.group("name"))


# a figure and its unit word, its brackets opened, the parts listed so far ("Nhật Bản 1.402 người, "), then the name
# right before the number read ("đưa 2.315 người đi làm việc ở nước ngoài (Nhật Bản 1.402 người, Hàn Quốc ")
_NAMED_PART_WORDS = 4  # words of a part's name in brackets ("Đài Loan và các thị trường khác")
_BRACKET_PART_RE = re.compile(
    rf"\d[ \t]+(?P<unit>[^\W\d_]+)(?P<after>[^\d()\n.;]{{0,60}})\([ \t]*"
    rf"(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,{_NAMED_PART_WORDS}}}[ \t]+[\d.,]*\d[ \t]+[^\W\d_][^\d,;()\n]{{0,40}},[ \t]*)*"
    rf"(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,{_NAMED_PART_WORDS}}})[ \t]*$")
_BRACKET_ITEM_RE = re.compile(r"[\d.,]*\d(?P<noun>(?:[ \t]+[^\W\d_]+){1,3})[ \t]*[,;)]")


def _bracket_part(doc: _Doc, start: int) -> tuple[str | None, bool] | None:
    """One part of a figure broken down in brackets by name, counted in the figure's own unit ("đưa 2.315 người đi
    làm việc ở nước ngoài (Nhật Bản 1.402 người, Hàn Quốc 588 người, ...)", "tiếp nhận 120 hồ sơ (Sở Tư pháp 58 hồ
    sơ, ...)"; rounds 41-46, h459): a count, the name no name's number ("Quận 3"); (the name as scope when it names
    a unit, True), else None."""
    text = doc.ctx.text
    lo = max(0, start - _BREAKDOWN_REACH)
    if text.rfind("(", lo, start) < 0:
        return None
    part = _BRACKET_PART_RE.search(text, lo, start)
    own = _BRACKET_ITEM_RE.match(text, start)
    if part is None or own is None:
        return None
    # the part's item is its number and the whole's unit, nothing more ("Hàn Quốc 588 người,"; not "Đội 2 xã viên)")
    words = _key(own.group("noun")).split()
    if _key(f"{part.group('unit')} {part.group('after')}").split()[:len(words)] != words:
        return None
    return _part_name(doc, part.group("name"))


def _part_name(doc: _Doc, name: str) -> tuple[str | None, bool]:
    """A part's name as its scope when it names a unit ("Sở Tư pháp"), and True: the number is the part's count."""
    name = name.strip()
    return (name if doc.voc.heading_scope_re.fullmatch(name) else None), True


def _wrapped_sentence_start(text: str, start: int) -> int:
    """The sentence start, looked for on the line above too when the figure's line begins the figure and
    the line above ends without a stop: a hard-wrapped line ("thôn Ea Mar đạt\n16/19 tiêu chí")."""
    sent = _sentence_start(text, start)
    if sent == 0 or text[sent - 1] != "\n" or text[sent:start].strip() or text[:sent - 1].rstrip()[-1:] in ".;:!?":
        return sent
    return _sentence_start(text, sent - 1)


def _heading_scope(doc: _Doc, start: int) -> str | None:
    """The innermost section heading, when it is nothing but a unit's name ("4.2. Huyện đoàn An Minh")."""
    for h in reversed(doc.kinds.chain(start)):
        title = h.title.strip(" .:")
        if doc.voc.heading_scope_re.fullmatch(title):
            return title
        return None
    return None


def _footnote_mark(doc: _Doc, start: int) -> int | None:
    """Where the mark of the footnote holding start stands in the body (the figure's kind and scope are
    read there); None outside a footnote or for a footnote whose mark is not found."""
    for marker, (a, b) in doc.notes.items():
        if a <= start < b:
            refs = doc.refs.get(marker)
            return refs[0] if refs else None
    return None


def _scope_of(doc: _Doc, start: int, head: tuple[str | None, bool] | None, mark: int | None) -> str | None:
    """The figure's scope: the name its footnote's mark is attached to, else a scope in brackets or the
    unit it is printed under. `head`: _scope_head's answer when it has been read already."""
    text = doc.ctx.text
    if mark is not None:
        return _scope_before(text, mark)
    return _scope_inline(text, start, doc.voc) or (head or _scope_head(doc, start))[0]


def _span(q: Quantity) -> tuple[int, int]:
    """The span of a quantity this extractor made (it always sets one)."""
    assert q.span is not None
    return q.span


# a range whose two ends carry their unit ("từ 150 m2 đến 200 m2", "từ 50 triệu đồng đến 100 triệu đồng"): a floor
# and a ceiling, as "200 - 300 đơn vị" gives (_RANGE_RE reads the ends with one unit after them)
_FROM_BEFORE_RE = re.compile(r"(?<!\w)từ[ \t]+$", re.IGNORECASE)
_FROM_REACH = 6
_TO_NEXT_RE = re.compile(r"[ \t]+(?:đến|tới)[ \t]+\d")
_TO_GAP_RE = re.compile(r"[ \t]+(?:đến|tới)[ \t]+")
_CARRIED_BOUNDS = ("gte", "gt", "lte", "lt")
_BARE_ITEM_WORDS = 3  # "2 kg giấy vụn và 5 vỏ chai": a noun's words after the unit; more is a qualifier of its own
_ITEM_WORD_RE = re.compile(r"[^\W\d_]+")


def _bare_item(text: str, p_end: int, start: int) -> bool:
    """The figure before is a bare amount of a list, its noun at most a few words after its unit ("tối đa 40 tập
    thể và 60 cá nhân", "ít nhất 2 kg giấy vụn và 5 vỏ chai"): its bound is the list's. An item going on with a
    qualifier of its own ("ít nhất 10 giáo viên đạt giáo viên dạy giỏi cấp huyện, 02 giáo viên ...", "tối thiểu
    1.500 người tham gia BHXH tự nguyện và 2.000 người ...") is a clause of its own: the bound stays with it."""
    words = _ITEM_WORD_RE.findall(text, p_end, start)
    if words and words[-1].lower() in ("và", "hoặc"):
        words = words[:-1]
    return len(words) <= _BARE_ITEM_WORDS


def _same_clause(text: str, a: int, b: int) -> bool:
    return 0 <= b - a <= _CARRY_REACH and not any(c in text[a:b] for c in ".;\n")


_BOUND_LIST_LEAD_REACH = 40  # "không dưới ... bao gồm có: " at most


@lru_cache(maxsize=1)
def _bound_list_lead_re() -> re.Pattern[str]:
    """A bound's word, then "(bao) gồm (có):" right before a list's first amount ("Cơ cấu hàng dự trữ tối thiểu gồm:
    9.500 tấn gạo, 2.600 tấn thịt ... và 3.800 tấn rau"): the bound holds for the list, as one right before its first
    amount does (docs/RECORD.md; rounds 59-64's leftovers, h707); the bound carries on to the bare amounts after it."""
    bounds = _alternation(role_phrases("quantity_cues.tsv", "comparator"))
    # (a comma after the bound, or no colon before the list: "tối thiểu, gồm: ...", "tối đa bao gồm 10 vận động viên
    # và 02 huấn luyện viên"; generalisation audit 69)
    return re.compile(rf"(?<!\w)(?P<bound>{bounds})[ \t]*,?[ \t]+(?:bao[ \t]+)?gồm(?:[ \t]+có)?(?:[ \t]*:[ \t]*|[ \t]+)$",
                      re.IGNORECASE)


def _comparator(doc: _Doc, start: int, before: _Before, unit: _Unit) -> str:
    """The comparator written before or after the figure, or carried over from the bare amount it is
    joined to ("ít nhất 1kg giấy vụn và 5 vỏ chai", "tối đa 40 tập thể và 60 cá nhân"), never between a
    count and a share ("ít nhất 03 đoàn viên mới, 100% đoàn viên ...") nor from an item with a qualifier
    of its own (_bare_item)."""
    text, voc = doc.ctx.text, doc.voc
    after = voc.after_re.match(text, unit.end) or voc.after_re.match(text, _rate_tail_end(text, unit.end)) \
        or _after_compared(text, unit, voc)
    if after:  # ("đạt 62 triệu đồng/người/năm trở lên": the rate's last part between)
        return voc.cues[_key(after.group())][1]
    if before.comparator != "eq":
        return before.comparator
    lead = _bound_list_lead_re().search(text, max(0, start - _BOUND_LIST_LEAD_REACH), start)
    if lead is not None:  # "Cơ cấu hàng dự trữ tối thiểu gồm: 9.500 tấn gạo": the bound before the list's "gồm:"
        return voc.cues[_key(lead.group("bound"))][1]
    if _FROM_BEFORE_RE.search(text, max(0, start - _FROM_REACH), start):
        if _TO_NEXT_RE.match(text, unit.end):
            return "gte"  # "từ 150 m2 đến 200 m2": a range written with its unit twice, its floor
        floor = _floor_from(text, start, unit)
        if floor:
            return floor
    if not doc.out:
        return "eq"
    previous = doc.out[-1]
    p_start, p_end = _span(previous)
    if previous.comparator == "gte" and previous.unit == unit.unit and _TO_GAP_RE.fullmatch(text, p_end, start) \
            and _FROM_BEFORE_RE.search(text, max(0, p_start - _FROM_REACH), p_start):
        return "lte"  # and its ceiling
    if p_start == p_end or (previous.unit == "%") != (unit.unit == "%") or not _same_clause(text, p_end, start):
        return "eq"
    if previous.comparator in _CARRIED_BOUNDS and _JOINED_RE.search(text, p_end, start) \
            and (previous.unit == "%" or _bare_item(text, p_end, start)):  # a share's base follows its sign
        return previous.comparator
    if previous.comparator == "approx" and (_JOINED_RE.search(text, p_end, start) or _WITH_RE.search(text, p_end, start)):
        return "approx"  # "khoảng 3.200 hộ với 10.500 nhân khẩu": the people of the households, estimated alike
    return "eq"


_TARGET_QUALIFIER_WORDS = 3  # "dự toán giao", "kế hoạch vốn", "chỉ tiêu được giao" before "trở lên"
_WORD_ON_LINE_RE = re.compile(r"[ \t]+[^\W\d_]+")


def _after_compared(text: str, unit: _Unit, voc: _Vocab) -> re.Match[str] | None:
    """The bound after a share and what it is a share of ("đạt 100% dự toán trở lên", "105% kế hoạch trở lên":
    quantity_cues.tsv compared_target; fifty-ninth heldout round, h658), the target's own words maybe between ("95%
    kế hoạch vốn trở lên", "100% chỉ tiêu được giao trở lên"; generalisation audit 64), else None."""
    target = voc.compared_target_re.match(text, unit.end) if unit.unit == "%" else None
    pos = target.end() if target else -1
    for _ in range(_TARGET_QUALIFIER_WORDS + 1 if target else 0):
        after = voc.after_re.match(text, pos)
        word = None if after else _WORD_ON_LINE_RE.match(text, pos)
        if after or word is None:
            return after
        pos = word.end()
    return None


_RATE_TAIL_RE = re.compile(r"(?:[ \t]*/[ \t]*[^\W\d_]+)+")  # "/năm" after a unit read as "đồng/người"
_HAS_FLOOR_RE = re.compile(r"(?<!\w)(?:có|đạt)[ \t]+từ[ \t]+$", re.IGNORECASE)  # "trong đó có từ 70% cơ sở ..."
_FLOOR_REACH = 12
_RANGE_MARKS = "-–"


def _rate_tail_end(text: str, end: int) -> int:
    m = _RATE_TAIL_RE.match(text, end)
    return m.end() if m else end


def _floor_from(text: str, start: int, unit: _Unit) -> str | None:
    """The bound of a figure after "từ" (rounds 47-52's leftovers): "trở lên"/"trở xuống" a word or two after its unit
    ("đạt từ 70% diện tích trở lên", "đạt từ 105% dự toán trở lên"), or none after "có từ"/"đạt từ" ("trong đó có từ
    70% cơ sở Hội hoàn thành xuất sắc nhiệm vụ": at least 70%); None for a range ("có từ 3 - 5", "từ 15 đến 30") or elsewhere
    ("tăng từ 12% lên 15%": where the change starts)."""
    bound = _BOUND_AFTER_RE.match(text, unit.end)
    if bound:
        return "lte" if "xuống" in bound.group().lower() else "gte"
    if any(c in text[start:unit.end] for c in _RANGE_MARKS) or _TO_GAP_RE.search(text, start, unit.end):
        return None  # "có từ 15 đến 30 tình nguyện viên": a range, its two ends
    return "gte" if _HAS_FLOOR_RE.search(text, max(0, start - _FLOOR_REACH), start) else None


def _is_locative(doc: _Doc, start: int, before: _Before, unit: _Unit) -> bool:
    """'lấn chiếm vỉa hè trên 12 tuyến đường': "trên" before a count of routes or areas is the
    preposition "on", not "more than" ("đạt trên 1.000 người", "có trên 12 tuyến đường")."""
    text, voc = doc.ctx.text, doc.voc
    if before.comparator == "eq" or _key(text[before.start:start].strip()) not in voc.locative:
        return False
    unit_key = _key(unit.unit or "")
    if unit_key not in voc.locative_units and unit_key.split(" ")[0] not in voc.locative_units:
        return False
    verb = _adjacent_words(text, before.start)[-1:]
    verb_key = _key(verb[0][0]) if verb else ""
    return verb_key not in voc.count_verbs and verb_key not in voc.more_than_verbs


# "<noun> có từ N <unit> trở lên" qualifying the noun (round 26): the clause goes on after "trở lên" ("... trở lên
# thành lập tổ chức công đoàn", "... trở lên trên địa bàn"), or the noun is governed by a preposition ("trong doanh
# nghiệp có từ 3 đảng viên chính thức trở lên"); a plan's own "mỗi xã có từ 2 mô hình trở lên." is a target
_CLASS_NOUN_WORDS = 4  # "các cơ sở giáo dục mầm non" between the plural's word and its "có"
_CLASS_MEASURE_WORDS = 3  # "tỷ lệ giải ngân vốn" after the measure's first words, before the bound's word
_CLASS_REACH = 100  # from "các" to the bound's word
_HAS_FROM_REACH = 60  # "có tổng mức đầu tư từ ", "có diện tích chuyển đổi liền vùng từ "
_JOINED_FROM_REACH = 140  # "có giá trị từ 500 triệu đồng trở lên (chi thường xuyên) và từ "
# "... chính thức trở lên"; a counted noun of three words after its unit ("từ 03 tổ chức cơ sở đảng trở lên"; round 71,
# h792)
_BOUND_AFTER_RE = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s*(?:trở\s+lên|trở\s+xuống)(?!\w)", re.IGNORECASE)
_CLAUSE_GOES_ON_RE = re.compile(r"(?:[ \t]*\([^()\n]{0,60}\))?[ \t]+[^\W\d_]")  # "trở lên (chi đầu tư) phải ..."
# (or the plural's word, and a second kind of place after a comma or a wrapped line: "tại các thôn, tổ dân phố có từ
# 200 hồ sơ trở lên;", "vào bếp ăn tập thể các khu công nghiệp, trường\nhọc có từ 200 suất ăn trở lên"; rounds 70-74's
# leftovers, h786, h773)
_GOVERNED_WORDS = 6  # "khu công nghiệp, trường học": the kinds of things governed, up to their "có"
_GOVERNED_NOUN_RE = re.compile(rf"(?<!\w)(?:trong|tại|ở|của|cho|đối với|vào|các|những)\s+(?:[^\W\d_]+,?\s+)"
                               rf"{{1,{_GOVERNED_WORDS}}}có[ \t]+từ[ \t]*$", re.IGNORECASE)
_GOVERNED_REACH = 80


_RULE_BOUNDS = frozenset({"lt", "lte", "gt", "gte"})  # a bound, not an exact or loose figure


def _is_threshold(doc: _Doc, start: int, unit: _Unit, comparator: str, cue_start: int) -> bool:
    """'còn 05 huyện tỷ lệ đạt dưới 80%', 'còn 02 thôn dưới 85%': the bound classifies the units counted
    just before it (a word or two between, no comma: 'đạt 100 hội viên mới, nâng tỷ lệ ... lên trên 85%'
    is a target of its own); 'chi bộ có từ 30 đảng viên trở lên được chia tổ đảng': the bound says to
    whom a rule applies."""
    text, voc = doc.ctx.text, doc.voc
    after = voc.after_re.match(text, unit.end)
    if after and (voc.condition_re.match(text, after.end()) or voc.gapped_condition_re.match(text, after.end())):
        return True  # ("số dư tạm ứng từ 50 triệu đồng trở lên quá hạn phải được thu hồi": which balances)
    if _sorting_bound(doc, start, unit) or _share_subject_bound(doc, start, unit):
        return True
    if comparator in _RULE_BOUNDS and _scoping_bound(doc, start, unit, cue_start):
        return True
    if comparator in _RULE_BOUNDS and (voc.bound_condition_re.match(text, unit.end)
                                       or (unit.unit == "%" and voc.share_condition_re.match(text, unit.end))):
        # "dự án nào có tỷ lệ giải ngân dưới 30% phải giải trình": the bound a rule's duty hangs on; a share's base
        # between them, "đạt dưới 90% dự toán phải giải trình" (rounds 70-74's leftovers, h826)
        return True
    if comparator in _RULE_BOUNDS and _sorted_class(doc, cue_start):
        return True
    if comparator in _RULE_BOUNDS and voc.has_measure_re.search(text, max(0, cue_start - _HAS_FROM_REACH), cue_start) \
            and _CLAUSE_GOES_ON_RE.match(text, unit.end):
        return True  # "Các khoản chi có giá trị dưới 5 triệu đồng được thực hiện qua dịch vụ công": which spending
    bound = _BOUND_AFTER_RE.match(text, unit.end)
    if bound and (voc.has_from_re.search(text, max(0, start - _HAS_FROM_REACH), start)
                  or voc.joined_from_re.search(text, max(0, start - _JOINED_FROM_REACH), start)) and (
            _CLAUSE_GOES_ON_RE.match(text, bound.end())
            or _GOVERNED_NOUN_RE.search(text, max(0, start - _GOVERNED_REACH), start)) \
            and not (unit.unit == "%" and voc.share_opening_re.fullmatch(text, _sentence_start(text, start), start)):
        # "doanh nghiệp có từ 50 lao động trở lên thành lập công đoàn": who the figure is of; not a plan's item opening
        # with its share ("- Có từ 90% chi bộ trở lên được đánh giá ...": the share planned; round 76, h845, h851)
        return True
    if comparator == "eq" or unit.unit != "%" or not doc.out:
        return False
    p_end = _coordinated_places_end(doc, _span(doc.out[-1])[1])
    if not _same_clause(text, p_end, start):
        return False
    rate = _RATE_RE.search(text, p_end, start)
    return _THRESHOLD_GAP_RE.fullmatch(text, p_end, rate.start() if rate else cue_start) is not None


def _sorted_class(doc: _Doc, cue_start: int) -> bool:
    """'Rà soát các hộ có thu nhập bình quân dưới 2,25 triệu đồng/người/tháng', 'xử lý vướng mắc tại các công trình có tỷ
    lệ giải ngân dưới 30%', 'Các trường có sĩ số trên 45 học sinh/lớp báo cáo ...': a bound on what a class of things
    has (quantity_cues.tsv class_determiner, class_measure) says which of them are meant, no amount planned or done
    (docs/RECORD.md's thresholds; issue 10, a blind study of which figures count); after a target's cue in its
    sentence it is what is planned ("Phấn đấu các xã có tỷ lệ hộ nghèo dưới 3%")."""
    text, voc = doc.ctx.text, doc.voc
    lo = max(_sentence_start(text, cue_start), cue_start - _CLASS_REACH)
    found = voc.sorted_class_re.search(text, lo, cue_start)
    return found is not None and voc.target_re.search(text, _sentence_start(text, cue_start), found.start()) is None


_COORDINATED_RE = re.compile(r",[ \t]*(?P<noun>[^\W\d_])")  # a comma, then a word: maybe a second kind of place
_COORDINATED_WORDS = 2  # "thị trấn": a place's kind is a word or two


def _coordinated_places_end(doc: _Doc, end: int) -> int:
    """Past a second kind of place joined to the counted one by a comma ("có 112 xã, phường đạt tỷ lệ tiêm trên
    95%": the count's noun is "xã, phường"; fifty-ninth heldout round, h654), else end."""
    text, voc = doc.ctx.text, doc.voc
    m = _COORDINATED_RE.match(text, end)
    if m is None:
        return end
    words = text[m.start("noun"):].split(None, _COORDINATED_WORDS)
    for n in range(1, _COORDINATED_WORDS + 1):
        noun = fold_lower(" ".join(words[:n]))
        if noun in voc.area_units or noun in voc.territory_units:
            return m.start("noun") + len(" ".join(words[:n]))
    return end


_SORTING_REACH = 80  # from a count to a bound sorting what it counts ("52 mô hình ... cho thu nhập từ ")


def _sorting_bound(doc: _Doc, start: int, unit: _Unit) -> bool:
    """'xây dựng 52 mô hình kinh tế trang trại, gia trại cho thu nhập từ 300 triệu đồng/năm trở lên', 'ít nhất 20 cơ
    sở có lưu lượng xả thải từ 200 m³/ngày đêm trở lên', 'Duy trì 100% tàu cá từ 15 m trở lên lắp đặt ...': a bound
    "từ N ... trở lên" after a noun, a count before it in its clause: the bound sorts what the count counts, no
    quantity (docs/RECORD.md); after a verb of reaching ("tỷ lệ ... đạt từ 95% trở lên", "kết nạp mới từ 1.000 hội
    viên trở lên"; quantity_cues.tsv amount_before_from) it is the amount planned or done."""
    text = doc.ctx.text
    if not doc.out or not _FROM_BEFORE_RE.search(text, max(0, start - _FROM_REACH), start) \
            or not _BOUND_AFTER_RE.match(text, unit.end):
        return False
    p_end = _span(doc.out[-1])[1]
    if not 0 <= start - p_end <= _SORTING_REACH or any(c in text[p_end:start] for c in ".;:\n"):
        return False
    words = _adjacent_words(text, text.rfind("từ", max(0, start - _FROM_REACH), start))
    return bool(words) and _key(words[-1][0]) not in doc.voc.amount_before_from


# a share's subject opening its sentence or its item ("3. Tỷ lệ ...", "- Tỷ lệ ..."), and its "đạt" and figure after
_ITEM_MARK_RE = re.compile(r"[ \t]*(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\))?[ \t]*")
_SHARE_REACHED_RE = re.compile(r"[^.;:\n]{0,80}?(?<!\w)đạt(?!\w)[^.;:\n\d]{0,20}\d", re.IGNORECASE)


def _share_subject_bound(doc: _Doc, start: int, unit: _Unit) -> bool:
    """'Tỷ lệ phụ nữ có thai được tiêm phòng uốn ván từ 2 mũi trở lên đạt trên 90%': a bound "từ N ... trở lên" inside
    the subject of a share its sentence opens with, the share reached after it: the bound sorts what the share counts,
    no quantity (docs/RECORD.md, thresholds; eighty-fifth heldout round, h943); "tỷ lệ ... đạt từ 68% trở lên (năm
    2026 đạt 64,3%)" is the share itself, after its verb of reaching (quantity_cues.tsv amount_before_from)."""
    text = doc.ctx.text
    if not _FROM_BEFORE_RE.search(text, max(0, start - _FROM_REACH), start):
        return False
    bound = _BOUND_AFTER_RE.match(text, unit.end)
    if bound is None or _SHARE_REACHED_RE.match(text, bound.end()) is None:
        return False
    words = _adjacent_words(text, text.rfind("từ", max(0, start - _FROM_REACH), start))
    if not words or _key(words[-1][0]) in doc.voc.amount_before_from:
        return False  # "đạt từ 68% trở lên (năm 2026 đạt 64,3%)": the share reached itself
    mark = _ITEM_MARK_RE.match(text, _sentence_start(text, start))  # (it may be empty: it always matches)
    return mark is not None and _RATE_RE.match(text, mark.end()) is not None


_SCOPE_LEAD_REACH = 120  # how far an "Đối với" that says which things a duty is for reaches to a bound after it
_CONDITION_LABEL_REACH = 200  # how far a line opened by "Điều kiện hỗ trợ:" reaches to its bounds
_GAP_HAS_RE = re.compile(r"(?<!\w)có(?!\w)", re.IGNORECASE)


def _scoping_bound(doc: _Doc, start: int, unit: _Unit, cue_start: int) -> bool:
    """A bound that says which things a duty or a grant is for, no amount planned or done (docs/RECORD.md, thresholds):
    inside a leading "Đối với ..." with its "có" or its "từ ... trở lên" ('Đối với các gói thầu có giá trị khối lượng
    thực hiện dưới 50% giá trị hợp đồng, yêu cầu ...', 'đối với các khoản tạm ứng từ 10 tỷ đồng trở lên đã quá 06
    tháng, có văn bản giải trình'), after "nào" ('không có chỉ tiêu nào dưới 50% số điểm tối đa'), or on a line
    opened by a label of conditions ('Điều kiện hỗ trợ: hộ có tối thiểu 03 phòng nghỉ'). quantity_cues.tsv
    scope_lead, any_word, condition_label; fifty-fifth heldout round (h609, h612, h615, h619). 'Đối với các xã có tỷ
    lệ hộ nghèo trên 10%, phấn đấu giảm ít nhất 3%': the 3% after the comma is planned."""
    text, voc = doc.ctx.text, doc.voc
    if voc.any_bound_re.search(text, max(0, start - _HAS_FROM_REACH), start):
        return True
    line = _line_start_within(text, start, _CONDITION_LABEL_REACH)
    label = voc.condition_label_re.match(text, line)
    if label is not None and label.end() <= start:
        return True
    leads = list(voc.scope_lead_re.finditer(text, max(line, start - _SCOPE_LEAD_REACH), cue_start))
    lead = leads[-1] if leads else None
    if lead is None or any(c in text[lead.end():cue_start] for c in ",;:."):
        return False
    return _GAP_HAS_RE.search(text, lead.end(), cue_start) is not None \
        or _BOUND_AFTER_RE.match(text, unit.end) is not None


def _bracket_before(text: str, lo: int, start: int) -> bool:
    """text[lo:start] ends with "(" and spaces: what the patterns that end with a bracket and spaces
    need (a cheap test before a search through the window)."""
    i = start - 1
    while i >= lo and text[i].isspace():
        i -= 1
    return i >= lo and text[i] == "("


def _in_breakdown(text: str, start: int) -> bool:
    """A number opening the brackets after a counted figure, one of several parts ("03 cán bộ (01 giám
    đốc, 02 phó giám đốc)"); one figure alone there is the counted thing's size ("01 đội thi (03 thành
    viên)")."""
    lo = max(0, start - _BREAKDOWN_LOOKBACK)
    if not (_bracket_before(text, lo, start) and _BREAKDOWN_RE.search(text, lo, start)):
        return False
    close = text.find(")", start, start + _BREAKDOWN_REACH)
    return close < 0 or any(sep in text[start:close] for sep in ",;+") or " và " in text[start:close]


_PART_NOUN_RE = re.compile(r"[\d.,]*[ \t]+(?P<noun>[^\W\d_]+)")  # a part's number and its noun's first word


def _same_kind_parts(text: str, start: int) -> bool:
    """A breakdown whose parts count the whole's own noun, sorted by a kind ("28 cuộc thanh tra (24 cuộc theo kế
    hoạch, 4 cuộc đột xuất)", "74 dự án (52 dự án FDI, 22 dự án DDI)", "04 trường (01 trường mầm non, ...)"): each
    part is a figure done or planned of its own, counted as the whole is; parts naming other nouns are the whole's
    makeup ("03 cán bộ (01 giám đốc, 02 phó giám đốc)": who the three are; fifty-third heldout round)."""
    whole = _BREAKDOWN_RE.search(text, max(0, start - _BREAKDOWN_LOOKBACK), start)
    whole_noun = _PART_NOUN_RE.match(text, whole.start() + 1) if whole else None
    part_noun = _PART_NOUN_RE.match(text, start)
    return whole_noun is not None and part_noun is not None \
        and fold_lower(whole_noun.group("noun")) == fold_lower(part_noun.group("noun"))


_SPACES_RE = re.compile(r"\s*")
_OPEN_AFTER = "%/-–),"  # after a number, marks that may go on into a figure (a share, a part, a range, a list)


def _closed_after(text: str, end: int) -> bool:
    """A mark right after a number that no figure goes on with (".", ";", ":", "]", "…" ...; not a letter,
    digit, space or _OPEN_AFTER): no range, scale word, total or unit can follow, so the number is no
    figure. Nor does reading it change what the next numbers are read against: it moves skip_until
    only to its own end (a bracket before it, a breakdown's opening, is left to the full reading), and
    a label's end it leaves is followed by this mark, which no enumeration gap holds."""
    if end >= len(text):
        return True
    c = text[end]
    if c == "\n":  # a line break, then a capital ("... năm 2024\nNội dung"): no noun goes on on the next
        # line, no range or bracket follows, and an enumeration goes on with a number, not a capital
        after = _SPACES_RE.match(text, end).end()  # type: ignore[union-attr]  # (\s* always matches)
        # (a page's running footer in capitals, the sentence going on after it: _past_page_break)
        return after == len(text) or (text[after].isupper() and _past_page_break(text, end) == end)
    return not (c.isalnum() or c == "_" or c.isspace() or c in _OPEN_AFTER)


def _turned_down_by_unit(doc: _Doc, m: re.Match[str]) -> bool:
    """A number whose unit, read as _read_unit reads it, is a units.tsv phrase that turns it down: of kind
    "skip" ("07 ngày làm việc", "500 kV", "Điều 4 năm") or "unit_stop" (no noun: "khoản 2 của", "Điều 4 theo";
    together 4 in 10 of the numbers that get this far). Nothing the steps before the unit do changes that: only
    spaces stand between the number and the word, so no fraction, "k", percent sign or closing bracket follows;
    no range ("đến") and no scale word starts there; the number is not in brackets (the breakdown and the spaced
    decimal read those, and a breakdown moves skip_until); the last figure is no count of perfect marks (whose
    "điểm" after it _more_perfect_marks keeps), and no bare "điểm" counts places (_points_as_places). Nor do those steps leave anything the next numbers read:
    skip_until would move to the number's end, and a label's end the number would leave is never read when no
    enumeration's gap and number follow ("Điều 3 và 4": the 4 is the label's too, so that one is read in full)."""
    text, start, end = doc.ctx.text, m.start(), m.end()
    gap = _UNIT_GAP_RE.match(text, end)
    if gap is None or gap.end() >= len(text) or not text[gap.end()].isalpha():
        return False
    p = gap.end()
    if "\n" in gap.group() and not text[p].islower():
        return False  # no unit at all: left to the full reading (rare)
    unit = doc.voc.unit_at.match(text, p, _clause_end(text, p))  # (the unit first: most numbers have none of these)
    if unit is None or doc.voc.units[_key(unit.group())][0] not in _TURNING_DOWN_KINDS:
        return False
    if _bracket_before(text, max(0, start - _BREAKDOWN_LOOKBACK), start) or doc.voc.scale_re.match(text, end) \
            or _RANGE_RE.match(text, end) or _ENUMERATION_NEXT_RE.match(text, end):
        return False
    if _points_as_places(text, start, end) is not None or _counted_span(doc, start, end) is not None:
        return False  # "tại 35 điểm", "huấn luyện 15 ngày": places or days counted (_unit_of reads them)
    if _session_length(text, start, p) is not None:
        return False  # "mỗi đợt 07 ngày": each session's planned length (_unit_of reads it)
    return not (doc.out and doc.out[-1].unit == _PERFECT_MARKS)


# an enumeration's gap and the digit of the next number ("mức độ 3, 4", "Điều 3 và 4"): a label's end before the
# gap makes that number a label too (_not_a_figure)
_ENUMERATION_NEXT_RE = re.compile(_ENUMERATION_GAP_RE.pattern + r"\d")


def _quantities_at(doc: _Doc, m: re.Match[str]) -> list[Quantity]:
    """The quantities a number starts (two for a range), or none: each step below can reject it."""
    text, voc, start = doc.ctx.text, doc.voc, m.start()
    if _closed_after(text, m.end()) and not _bracket_before(text, max(0, start - _BREAKDOWN_LOOKBACK), start):
        return []  # read through, every step below would reject it and leave doc as it is (_closed_after)
    if _not_a_figure(doc, m) or (start > 0 and text[start - 1] == "/" and m.group() == "1"):
        return []  # "... đồng/1 kg": a rate's one
    if _turned_down_by_unit(doc, m):
        return []  # "trong thời hạn 07 ngày", "khoản 2 Điều 4 ... năm 2025": read through, its unit would turn it down
    before = _read_before(text, start, voc)
    if before.label and (_each_session_length(text, m) or _each_session_count(text, m)):
        before.skip = before.label = False  # "mỗi đợt 07 ngày", "mỗi lớp 50 học viên": each round's length or size
    # the unit a figure is printed under is read now only for a number right after a name (the
    # name's own count?); for other numbers, only once the figure is kept (most are rejected first)
    # (the number is a name's when there is none)
    head = _named_count(doc, start) or _part_count(doc, start) or _bracket_part(doc, start) if before.by_name else None
    named_count = head is not None
    if named_count:
        before.skip = before.label = False  # "Sở Tài chính 38 văn bản": the name is the figure's scope
    doc.label_end = m.end() if before.label else -1
    doc.label_year = bool(before.label and _YEAR_RE.fullmatch(m.group()))
    if before.skip or (_duration_label_before(text, start) and _planned_term(text, start, m.end()) is None):
        return []  # "Thời gian: 01 buổi, bắt đầu từ 08 giờ": how long the occasion lasts, no count
    if _in_breakdown(text, start) and not _PRIZE_RE.match(text, start) \
            and not _SHARE_RE.match(text, start) and not _PART_RE.match(text, start) \
            and not _same_kind_parts(text, start):
        doc.skip_until = text.find(")", start, start + _BREAKDOWN_REACH)  # the parts of a figure already counted
        return []
    spaced = _SPACED_DECIMAL_RE.match(text, start) if text[start - 1:start] == "(" else None
    if spaced:  # "(80, 68%)": a decimal comma followed by a space, a percentage in brackets
        doc.skip_until = spaced.end()
        fig: _Figure | None = _Figure(parse_number(f"{spaced.group(1)},{spaced.group(2)}"), None, spaced.end(2), False)
    else:
        fig = _read_figure(doc, m, before)
    if fig is None:
        return []
    unit = _unit_of(doc, start, fig)
    if unit.skip or unit.unit is None or not fig.value:
        return []
    if unit.unit in _DURATION_UNITS and _DURATION_HEAD_RE.search(text, max(0, start - _DURATION_HEAD_REACH), start) \
            and _counted_span(doc, start, fig.pos) is None:
        return []
    if named_count and not _ITEM_END_RE.match(text, unit.end):
        return []  # "Ban Chỉ đạo 389 quốc gia tăng cường ...": a name's number, not a listed count
    if _DAYS_AFTER_RE.match(text, unit.end) or _enumerated_after(text, unit):
        return []  # "trong 02 buổi chiều 15 và 16/11", "trong 02 đợt: đợt 1 ...": the dated or listed parts follow
    if _is_locative(doc, start, before, unit):
        before.comparator, before.start = "eq", start  # the place it is on is no part of the figure
    comparator = _comparator(doc, start, before, unit)
    if fig.value_max is not None and _cap_in_rules(doc, "lte", start):
        return []  # "mỗi cán bộ được phân công phụ trách từ 01 đến 02 thôn": a norm the rule sets, no target
    compared = _compared(doc, start, before, unit)
    if compared and _key(text[before.start:start].strip()) in voc.margin_words:
        comparator = "eq"  # "vượt 12% so với chỉ tiêu": passed by 12%, exactly
    ref = _footnote_mark(doc, start)
    kind, evidence = doc.kinds.cued_by(start if ref is None else ref) if not compared else _compared_kind(doc, start, ref)
    if kind is None and doc.cue_required:
        kind, evidence = _cue_free_kind(doc, start, before.start, unit, comparator), Evidence.RULE
        if kind is None and _sentence_unread(doc, unit):
            return []  # a count in a decision or rule text is neither planned nor done
    if _excluded_by_sentence(doc, start, unit, comparator) or _is_threshold(doc, start, unit, comparator, before.start):
        _skip_own_bracket(doc, unit.end)
        return []
    if _unmet_part(doc, start, unit):
        return []  # "2 chỉ tiêu chưa đạt (..., tỷ lệ ... mới đạt 62%)": the bracket tells how far each got, read
    kind = _total_under_state_heading(doc, kind, evidence, start)
    if kind is None and not doc.cue_required and _under_state_heading(doc, start) and _done_before(doc, start):
        # "Năm 2030, Đài đã kiểm tra 328 lượt trạm; thay thế 27 bộ pin ...": the report's work goes on
        kind, evidence = "result", Evidence.RULE
    if kind is None and (doc.cue_required or _under_state_heading(doc, start)):
        return []
    scope = _scope_of(doc, start, head, ref)
    obj = _object(text, unit.end if unit.unit == "%" else unit.obj_start, voc) if unit.end > fig.pos else None
    counted = obj or unit.unit  # what the total of a part counts
    if fig.base is not None:
        obj = f"{counted} (trên tổng số {fig.base})"
    span = (before.start, unit.end)
    text_of = text[before.start:unit.end].strip()
    kind, confidence = _kind_and_confidence(doc, kind, evidence, unit.unit)
    if fig.value_max is not None and (comparator == "eq" or _within_range(text, before.start, comparator)):
        # a range ("200 – 300 đơn vị") is two bounds on one span (docs/RECORD.md 1.1)
        return [Quantity(value=v, comparator=cast(Comparator, c), unit=unit.unit, object=obj,
                         kind=kind, scope=scope, text=text_of, span=span, confidence=confidence)
                for v, c in ((fig.value, "gte"), (fig.value_max, "lte"))]
    part = Quantity(value=fig.value, value_max=fig.value_max, comparator=cast(Comparator, comparator), unit=unit.unit,
                    object=obj, kind=kind, scope=scope, text=text_of, span=span, confidence=confidence)
    return [part, *_total_of(doc, part, fig.base, counted)]


def _compared_kind(doc: _Doc, start: int, ref: int | None) -> tuple[str, Evidence]:
    """A figure measured against something: its sentence's or heading's cue, else a result by the comparison."""
    kind, evidence = doc.kinds.cued_by(start if ref is None else ref)
    return (kind, evidence) if kind is not None and evidence is not None else ("result", Evidence.CUE)


def _kind_and_confidence(doc: _Doc, kind: str | None, evidence: Evidence | None,
                         unit: str | None) -> tuple[QuantityKind, float]:
    """The figure's kind, by default its unit's or its document type's when nothing gave one, and the confidence of
    what gave it (EVIDENCE_CONFIDENCE)."""
    if kind is None or evidence is None:
        kind, evidence = doc.kinds.default(unit), Evidence.DEFAULT
    return cast(QuantityKind, kind), EVIDENCE_CONFIDENCE[evidence]  # (table values, checked by pydantic)


# "khoảng 60 - 80 người", "trong khoảng 25.000 - 32.000 đồng": "khoảng" before a range is the span between its two
# ends, no estimate of one figure
_ABOUT_RE = re.compile(r"khoảng(?!\w)", re.IGNORECASE)


def _within_range(text: str, cue_start: int, comparator: str) -> bool:
    """A range read after "khoảng" or "trong khoảng" (round 38; docs/RECORD.md's convention, rounds 65-69's leftovers,
    h746): its two ends bound it, as "200 - 300 đơn vị" does (spec: a range gives two items, gte and lte); an estimate
    of another word ("ước đạt 8 - 10%") stays one item."""
    return comparator == "approx" and _ABOUT_RE.match(text, cue_start) is not None


_DONE_REACH = 400  # how far back a result's cue reaches across its sentence's semicolons and wrapped lines
_SENTENCE_BREAK_RE = re.compile(r"[.:!?][ \t]*\n|\n[ \t]*\n|\.[ \t]")


def _done_before(doc: _Doc, start: int) -> bool:
    """A result's cue earlier in the figure's whole sentence, its clauses after ";" and its hard-wrapped lines with it
    ("Năm 2030, Đài đã kiểm tra, bảo\ndưỡng định kỳ 328 lượt trạm; thay thế 27 bộ pin ... và 41\nthiết bị ...; tỷ lệ
    ... đạt\n97,6%"): the list of what was done goes on past the semicolon (round 61, h675, h685)."""
    text = doc.ctx.text
    lo = max(0, start - _DONE_REACH)
    breaks = [m.end() for m in _SENTENCE_BREAK_RE.finditer(text, lo, start)]
    sentence_from = breaks[-1] if breaks else lo
    voc = doc.voc
    # a sentence of the present state keeps its own "đã" ("hiện có 16 khu công nghiệp ..., trong đó 12 khu công
    # nghiệp đã đi vào hoạt động; tỷ lệ lấp đầy bình quân 71,4%": what they are now, h586)
    return voc.result_re.search(text, sentence_from, start) is not None \
        and not _total_word_cue_only(doc, sentence_from, start) \
        and voc.state_re.search(text, sentence_from, start) is None \
        and voc.now_state_re.search(text, sentence_from, start) is None


def _total_under_state_heading(doc: _Doc, kind: str | None, evidence: Evidence | None, start: int) -> str | None:
    """None for a figure whose only result cue in its sentence is a total's word under the state heading ("Hội có 22
    cơ sở Hội với 186 chi hội, tổng số 21.640 hội viên": what the body holds), else kind."""
    if kind == "result" and evidence is Evidence.CUE and _under_state_heading(doc, start) \
            and _total_word_cue_only(doc, _sentence_start(doc.ctx.text, start), start):
        return None
    if evidence is Evidence.HEADING and _after_run_on_state_heading(doc, start):
        return None  # a run-on heading on the situation is nearer than the lines' headings (a one-line copy)
    return kind


def _total_word_cue_only(doc: _Doc, lo: int, start: int) -> bool:
    """The only result cues in text[lo:start] are a total's words ("Hội LHPN huyện có 22 cơ sở Hội với 186 chi hội,
    tổng số 21.640 hội viên, chiếm 78,2% tổng số phụ nữ ..." under "ĐẶC ĐIỂM TÌNH HÌNH"): a count of what the body
    holds, no act done (quantity_cues.tsv composition_total; round 76, h848)."""
    cues = list(doc.voc.result_re.finditer(doc.ctx.text, lo, start))
    return bool(cues) and all(doc.voc.total_word_re.fullmatch(m.group()) for m in cues)


def _under_state_heading(doc: _Doc, start: int) -> bool:
    """A figure with no cue of its own under a report's section on the unit's situation ("I. ĐẶC ĐIỂM TÌNH HÌNH:
    Đoàn trường có 18 chi đoàn với 612 đoàn viên"): the present state, neither planned nor done (a cue under it,
    or a sub-heading's, still counts)."""
    return any(doc.voc.state_heading_re.fullmatch(h.title) for h in doc.kinds.chain(start)) \
        or _after_run_on_state_heading(doc, start)


# a numbered heading in capitals run on into its section's first sentence, as a one-line copy prints it ("... như sau:
# I. ĐẶC ĐIỂM TÌNH HÌNH Hội LHPN xã có 12 chi hội ..."), up to the sentence's first word, which has a small letter,
# or to its first item's number ("II. KẾT QUẢ THỰC HIỆN 1. Công tác ...")
_RUN_ON_HEADING_RE = re.compile(rf"(?:^|(?<=[\s:.]))(?:[IVX]{{1,4}}|\d{{1,2}})\.[ \t]+"
                                rf"(?P<title>(?:[{VN_UPPER},\-–]+[ \t]+){{1,10}})(?=[{VN_UPPER}]?[{VN_LOWER}]|\d{{1,2}}\.[ \t])")
_RUN_ON_HEADING_REACH = 400  # how far before a figure its section's run-on heading may stand


def _after_run_on_state_heading(doc: _Doc, start: int) -> bool:
    """The figure's sentence follows a run-on heading on the unit's situation (quantity_cues.tsv state_heading) with no
    other run-on heading between (a one-line copy, whose headings are no lines: eighty-second heldout round, h918)."""
    text = doc.ctx.text
    if "\n" in text[max(0, start - _RUN_ON_HEADING_REACH):start]:
        return False  # a heading on a line of its own is read as one (doc.kinds.chain)
    heads = list(_RUN_ON_HEADING_RE.finditer(text, max(0, start - _RUN_ON_HEADING_REACH), start))
    return bool(heads) and doc.voc.state_heading_re.fullmatch(" ".join(heads[-1].group("title").split())) is not None


def _sentence_unread(doc: _Doc, unit: _Unit) -> bool:
    """A figure turned down may be turned down before _excluded_by_sentence reads its sentence: that reading
    changes nothing but for _membership, which moves skip_until after a count of a body's members, and a figure
    it sets aside sets aside a bracket after it (_skip_own_bracket): neither when no such unit or bracket follows."""
    return _key(unit.unit or "") not in doc.voc.member_nouns and _own_tail(doc, unit.end) < 0


# the days a count of days or sessions is made of, right after it ("02 buổi chiều 15 và 16/11/2027", "02 ngày 12
# và 13/12"): the occasion's length, its days read as dates
_DAYS_AFTER_RE = re.compile(r"[ \t]+(?:ngày[ \t]+)?\d{1,2}(?:[ \t]*(?:,|và)[ \t]*\d{1,2})*[ \t]*/[ \t]*\d{1,2}(?!\d)")
_FIRST_PART_RE = re.compile(r"[ \t]*:[ \t]*(?P<word>[^\W\d_]+)[ \t]+(?:1|I|một|thứ[ \t]+nhất)(?![\w/.])", re.IGNORECASE)


def _enumerated_after(text: str, unit: _Unit) -> bool:
    """ "trong 02 đợt: đợt 1 từ ..., đợt 2 ...": a whole divided, its parts listed after the colon (as "Chia làm 02
    đợt:"), no count of its own."""
    m = _FIRST_PART_RE.match(text, unit.end)
    return m is not None and unit.unit is not None and _key(m.group("word")) == _key(unit.unit.split()[0])


def _compared(doc: _Doc, start: int, before: _Before, unit: _Unit) -> bool:
    """A figure measured against a target or an earlier period: "so với ..." after its unit ("tăng 8%
    so với cùng kỳ"), or the target right after it when a verb of reaching comes before ("đạt 105% kế
    hoạch"; "hoàn thành 100% chỉ tiêu" is a share of the targets, no comparison)."""
    text, voc = doc.ctx.text, doc.voc
    if voc.compared_after_re.match(text, unit.end):
        return True
    if not voc.compared_target_re.match(text, unit.end):
        return False
    if _key(text[before.start:start].strip()) in voc.reached_verbs:
        return True  # "vượt 5% kế hoạch": the comparator word is the verb
    words = _adjacent_words(text, before.start)
    return bool(words) and _key(words[-1][0]) in voc.reached_verbs


def _total_of(doc: _Doc, part: Quantity, base: str | None, counted: str | None) -> list[Quantity]:
    """'đã cắt giảm 1.234/5.000 thủ tục': the total the part is of, a second item on the same span,
    unless the same total was just counted ('tiếp nhận 2.316 hồ sơ, giải quyết 2.298/2.316 hồ sơ')."""
    value = parse_number(base or "")
    if value is None or _key(part.unit or "") in doc.voc.incident_nouns:
        # "làm rõ 23/26 vụ phạm pháp hình sự", "xử lý 05/05 ổ dịch": the total counts the incidents that happened,
        # no quantity (docs/RECORD.md Conventions); the part is what was done about them
        return []
    lo = _span(part)[0] - _BASE_REPEAT_REACH
    if any(q.value == value and q.unit == part.unit and _span(q)[0] >= lo for q in doc.out):
        return []
    if _told_as_damage(doc, base or "", part.unit or "", max(0, lo), _span(part)[0]):
        return []
    return [part.model_copy(update={"value": value, "value_max": None, "comparator": "eq",
                                    "object": f"tổng số {counted}"})]


def _told_as_damage(doc: _Doc, base: str, unit: str, lo: int, hi: int) -> bool:
    """'Đợt mưa lũ đã gây 47 điểm sạt lở ...; ... thông xe tạm 45/47 điểm': the total was just told in text[lo:hi] as
    damage, so it is none of the document's figures (rounds 41-46, h461); a total told as the state stays the second
    item ('Toàn huyện hiện có 14 xã ...; ... tại 9/14 xã', h533's gold)."""
    if not base or not unit:
        return False
    text = doc.ctx.text
    for m in re.finditer(rf"(?<![\d.,]){re.escape(base)}[ \t]+{re.escape(unit)}(?!\w)", text[lo:hi], re.IGNORECASE):
        end = lo + m.end()
        if _damage_word_re().search(text, end, min(_clause_end(text, end), end + _DAMAGE_REACH)):
            return True
    return False


@lru_cache(maxsize=1)
def _damage_word_re() -> re.Pattern[str]:
    """quantity_cues.tsv's damage_clause, incident_clause and damage_state words: what a disaster did or left."""
    words = role_phrases("quantity_cues.tsv", "damage_clause", "incident_clause", "damage_state")
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)", re.IGNORECASE)


def _cue_free_kind(doc: _Doc, start: int, cue_start: int, unit: _Unit, comparator: str) -> str | None:
    """A figure without a cue word in a text whose figures need one: what a công điện reports as done
    ("Các địa phương di dời 3.460 hộ"), or a share it requires after its "... yêu cầu:" ("duy trì 100%
    chốt, trạm canh gác"), as a plan's "100% cơ sở" is a target, a minimum or a frequency it orders there
    ("ít nhất 01 chốt", "02 lần/tuần"), or an amount it orders handed out ("xuất cấp ngay 50 tấn thức ăn")."""
    if _narrated(doc, start, cue_start) or doc.voc.attended_re.match(doc.ctx.text, unit.end) \
            or _result_goes_on(doc, cue_start):
        return "result"  # what a công điện reports as done; a meeting's attendance ("có 38/42 đảng viên tham dự")
    if _awarded(doc, start, cue_start):
        return "target"  # "Tổ chức Lễ trao Huy hiệu 30 năm tuổi Đảng cho 03 đồng chí": those it will honour
    part_of = _part_of_kept(doc, start, unit)
    if part_of is not None:
        return part_of  # "Công nhận 11 trường ..., trong đó: 04 trường ...; 07 trường ...": the count's parts
    directives = _directives(doc)
    if directives is None or not directives[0] <= start < directives[1]:
        return None
    if unit.unit != "%" and _granted_by_article(doc, start) or \
            unit.unit in _MONEY_UNITS and _granted_by_article(doc, start, doc.voc.allot_article_re):
        return "target"  # "Điều 1. Hỗ trợ giống cây trồng ... cho 1.264 hộ ...: 1. Giống lúa lai: 18.450 kg" (a share
        # granted, "Hỗ trợ 50% học phí", is as often a rule's rate)
    if unit.unit == "%" and comparator == "eq" and doc.ctx.doc_type in doc.voc.narrative_types:
        return "target"  # (a decision's bare share is as often a rule's: "Giảm 50% học phí cho học sinh")
    if comparator in _ORDERED_BOUNDS or (unit.unit or "").startswith(_FREQUENCY_UNIT):
        return "target"  # "thành lập ngay ít nhất 01 chốt kiểm dịch", "phun khử trùng ... 02 lần/tuần": what it orders
    # an amount the directives order handed out: "Sở Nông nghiệp và Môi trường xuất cấp ngay 50 tấn thức ăn"
    allot = doc.voc.allot_verb_re.search(doc.ctx.text, max(0, cue_start - _NARRATIVE_REACH), cue_start)
    if allot is not None or doc.voc.ordered_whole_re.search(doc.ctx.text, max(0, cue_start - _NARRATIVE_REACH), cue_start):
        return "target"  # "mở toàn bộ 32 cống tiêu": every one of them, ordered worked
    if _in_approving_article(doc, directives[0], start):
        return "target"  # "Điều 1. Phê duyệt ...: ... 4. Tổng mức đầu tư: 14.826.000.000 đồng": what it approves
    return "target" if _joined_to_last(doc, "target", start, cue_start) or _purpose_of_last(doc, start, cue_start) \
        else None


_RESULT_GOES_ON_REACH = 240  # from the last result kept to a reached figure the sentence goes on to tell
_REACHED_BEFORE_REACH = 16  # "giảm xuống còn " at most, before the figure


@lru_cache(maxsize=1)
def _reached_before_re() -> re.Pattern[str]:
    """A reached verb and its tail right before a figure ("đạt ", "giảm còn ": quantity_cues.tsv reached_verb,
    reached_tail)."""
    verbs = _alternation(role_phrases("quantity_cues.tsv", "reached_verb"))
    tails = _alternation(role_phrases("quantity_cues.tsv", "reached_tail"))
    return re.compile(rf"(?<!\w)(?:{verbs})(?:[ \t]+(?:{tails}))?[ \t]+$", re.IGNORECASE)


def _result_goes_on(doc: _Doc, cue_start: int) -> bool:
    """In a text whose figures need a cue, what a sentence goes on to tell as reached after a result it counted,
    past a semicolon or a comma ("Sau 03 năm thực hiện Nghị quyết ..., xã đã đầu tư nâng cấp 14,2 km đường ..., xây
    dựng mới 06 cầu bê tông; năm 2034 thu nhập bình quân đầu người đạt 72,6 triệu đồng, tỷ lệ hộ nghèo giảm còn
    0,86%"): a reached verb (_reached_before_re) right before the figure, in the same sentence and
    paragraph as the result, is done too (rounds 80-84's leftovers, h916); after a target nothing is."""
    if not doc.out or doc.out[-1].kind != "result":
        return False
    text = doc.ctx.text
    p_end = _span(doc.out[-1])[1]
    between = text[p_end:cue_start]
    return cue_start - p_end <= _RESULT_GOES_ON_REACH and ". " not in between and "\n" not in between \
        and _reached_before_re().search(text, max(p_end, cue_start - _REACHED_BEFORE_REACH), cue_start) is not None


def _approved_sum(doc: _Doc, start: int, unit: _Unit) -> bool:
    """A sum of money a decision approves in its approving article ("Điều 1. Phê duyệt ...: - Chi phí xây dựng:
    11.942.318.000 đồng;"): a cost estimate's part, no rule's rate, though a rate's word ("chi phí") names it; a rate
    stays one ("chi phí 50.000 đồng/người" is counted per head, its unit no bare đồng)."""
    directives = _directives(doc)
    return directives is not None and directives[0] <= start < directives[1] and unit.unit in _MONEY_UNITS \
        and _sum_of_money(doc, start, unit) and _in_approving_article(doc, directives[0], start)


def _in_approving_article(doc: _Doc, operative: int, start: int) -> bool:
    """The figure stands in a decision's article that opens with an approving verb ("Điều 1. Phê duyệt Báo cáo kinh
    tế - kỹ thuật ... với các nội dung chủ yếu sau:"; quantity_cues.tsv approve_article): the article lists what the
    decision approves (its scale, its cost and their parts). Only the last article heading before the figure counts
    ("Điều 2. Giao ..." after it ends it)."""
    last = None
    for m in doc.voc.approve_article_re.finditer(doc.ctx.text, operative, start):
        last = m
    return last is not None and last.group("approve") is not None


def _granted_by_article(doc: _Doc, start: int, article_re: re.Pattern[str] | None = None) -> bool:
    """A figure under a decision's article that opens with a verb of granting ("Điều 1. Hỗ trợ giống cây trồng, vật tư
    nông nghiệp cho 1.264 hộ ...", quantity_cues.tsv grant_article): what the decision hands out and to whom, as
    "Điều 1. Phê duyệt kinh phí hỗ trợ ..." plans it (a rule text's "Điều 5. Hỗ trợ ..." sets rates, and is no
    decision)."""
    if doc.ctx.doc_type not in doc.voc.decision_types:
        return False
    text = doc.ctx.text
    line = text[text.rfind("\n", 0, start) + 1:start]
    if any(mark in line for mark in _CELL_MARKS):
        return False  # a table row's label names the row ("| 4 | Các xã còn lại (05 xã) | 702 |"): its cells count
    article_re = article_re or doc.voc.grant_article_re
    return any(article_re.match(h.title) for h in doc.kinds.chain(start))


def _directives(doc: _Doc) -> tuple[int, int] | None:
    """Where a text whose figures need a cue orders: after a công điện's "... yêu cầu:" (its narrative before), or
    a decision's operative part from "QUYẾT ĐỊNH:" (its grounds before; quantity_cues.tsv decision_type) to the end
    of its body (a rule or plan attached after the signature keeps its own reading)."""
    text = doc.ctx.text
    if doc.ctx.doc_type in doc.voc.narrative_types:
        directive = _in_whole_text(doc, doc.voc.directive_re)
        return None if directive is None else (directive.end(), len(text))
    if doc.ctx.doc_type not in doc.voc.decision_types:
        return None
    operative = _in_whole_text(doc, doc.voc.operative_re)
    body = doc.ctx.zone("body")
    return None if operative is None else (operative.end(), body[-1][1] if body else len(text))


# "để ", "nhằm " between an amount ordered and a count: the count is what the amount is for ("Phân bổ 9.640.000.000
# đồng ... để hỗ trợ xây dựng, nâng cấp 06 công trình")
# (or the work it comes to: "Kinh phí đặt hàng ...: 27.846 triệu đồng, tương ứng 4.380 giờ phát sóng"; rounds 53-58, h589)
_PURPOSE_RE = re.compile(r"(?<!\w)(?:để|nhằm|tương[ \t]+ứng)(?!\w)", re.IGNORECASE)
_PURPOSE_REACH = 100  # from the amount to the count: its source ("từ nguồn ngân sách huyện năm 2028") and purpose
# the amount written out in words right after it ("9.640.000.000 đồng (Chín tỷ sáu trăm bốn mươi triệu đồng)")
_IN_WORDS_RE = re.compile(r"[ \t]*\([^()\n]{1,160}\)")


def _purpose_of_last(doc: _Doc, start: int, cue_start: int) -> bool:
    """A count in the purpose clause of the amount ordered just before it, in one clause: what it is ordered for."""
    if not doc.out or doc.out[-1].kind != "target":
        return False
    text, p_end = doc.ctx.text, _span(doc.out[-1])[1]
    in_words = _IN_WORDS_RE.match(text, p_end)
    p_end = in_words.end() if in_words and in_words.end() <= start else p_end
    return 0 <= start - p_end <= _PURPOSE_REACH and not any(c in text[p_end:start] for c in ".;:\n") \
        and _PURPOSE_RE.search(text, p_end, cue_start) is not None


_PARTS_RE = re.compile(r"(?<!\w)trong[ \t]+đó(?!\w)", re.IGNORECASE)  # a kept count's breakdown follows
# "trong đó" right before a count: the count is a part of the one before it, what it lacks told there or not (a part
# of a shortfall, "còn 486.000 xe quá hạn kiểm định chưa đưa vào kiểm định, trong đó 61.200 xe kinh doanh vận tải",
# is the shortfall too; seventieth round, h781)
_PARTS_RIGHT_BEFORE = re.compile(r"(?<!\w)trong[ \t]+đó(?:[ \t]+có)?[ \t]*:?[ \t]*$", re.IGNORECASE)
_PARTS_LEAD_REACH = 16
# the part's own clause telling it was done ("Còn 12 xã chưa hoàn thành, trong đó 5 xã đã khởi công"): a result
_PART_DONE = re.compile(r"[^;.\n]*?(?<!\w)đã(?!\w)", re.IGNORECASE)


def _part_of_kept(doc: _Doc, start: int, unit: _Unit) -> str | None:
    """The kind of a figure kept earlier in the sentence when this one, of the same unit, stands in its breakdown
    after "trong đó" ("Công nhận 11 trường ..., trong đó: 04 trường ...; 07 trường ..."): a part of a counted
    whole is counted as the whole is, also where a text's figures need a cue."""
    text = doc.ctx.text
    sentence_from = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    parts = next(reversed(list(_PARTS_RE.finditer(text, sentence_from, start))), None)  # the last before the figure
    if parts is None:
        return None
    head = _unit_head(unit.unit)
    whole = next((q for q in reversed(doc.out) if q.span is not None and sentence_from <= q.span[0] < parts.start()
                  and _unit_head(q.unit) == head), None)
    return whole.kind if whole is not None else None


def _awarded(doc: _Doc, start: int, cue_start: int) -> bool:
    """An honour conferred on the people counted ("Tặng Giấy khen ... cho 05 tập thể"), or on those joined to
    them in its clause ("... cho 05 tập thể và 12 cá nhân"), or a standard a decision recognises the units counted
    as meeting ("Công nhận 11 trường ... đạt chuẩn quốc gia"; thirty-fifth heldout round)."""
    text, award_re = doc.ctx.text, doc.voc.award_re
    if award_re.search(text, max(0, cue_start - _AWARD_REACH - _AWARD_VERB), cue_start) \
            or doc.voc.recognize_re.search(text, max(0, cue_start - _AWARD_VERB), cue_start):
        return True
    if not doc.out:
        return False
    p_start, p_end = _span(doc.out[-1])
    return _same_clause(text, p_end, start) and _JOINED_RE.search(text, p_end, cue_start) is not None \
        and award_re.search(text, max(0, p_start - _AWARD_REACH - _AWARD_VERB), p_start) is not None


def _joined_to_last(doc: _Doc, kind: str, start: int, cue_start: int) -> bool:
    """A figure joined in its clause to the last figure kept, of that kind ("di dời 4.860 hộ với khoảng 16.500
    người": the people those households hold)."""
    if not doc.out or doc.out[-1].kind != kind:
        return False
    p_end = _span(doc.out[-1])[1]
    return _same_clause(doc.ctx.text, p_end, start) and bool(_NARRATIVE_JOIN_RE.search(doc.ctx.text, p_end, cue_start))


def _numbers_and_cells(text: str, lo: int, hi: int,
                       cells: Mapping[int, FigureCell]) -> Iterator[tuple[re.Match[str], FigureCell | None]]:
    """The numbers of text[lo:hi] in order, each with the table cell it opens (None in prose), and in their places
    the cells no number match opens ("209/209", a part of a total in a cell: the number pattern reads no number
    before a slash and a digit), each with the match of its own figure."""
    numbers = _NUMBER_RE.finditer(text, lo, hi)  # (it opens with the digit: the engine skips to digits)
    if not cells:
        for m in numbers:
            yield m, None
        return
    read = list(numbers)  # (scanned once: the starts to find the cells no match opens, then the walk)
    starts = {m.start() for m in read}
    unread = [m for s in sorted(cells) if lo <= s < hi and s not in starts
              for m in [_CELL_DIGITS_RE.match(text, s)] if m is not None]
    for m in heapq.merge(read, unread, key=lambda x: x.start()) if unread else read:
        yield m, cells.get(m.start())


_CELL_DIGITS_RE = re.compile(r"\d[\d.,]*")  # a cell's figure as printed, where no number match opens


def _cell_quantities(doc: _Doc, cell: FigureCell) -> list[Quantity]:
    """A figure of a flattened table: its column's noun, its row's label as scope."""
    value = parse_number(cell.number)
    if not value:
        return []
    value = value * cell.factor if cell.factor != 1 else value
    if _under_state_intro(doc, cell.start):
        return []
    # a report's table holds what was done, its shares too ("100%" alone is how a plan sets a target)
    kind, evidence = (cell.kind, Evidence.CUE) if cell.kind else doc.kinds.cued_by(cell.start)
    if kind is None:
        kind, evidence = "result" if doc.ctx.doc_type == "BC" else doc.kinds.default(cell.unit), Evidence.TABLE
    return [Quantity(value=value, comparator=cast(Comparator, cell.comparator or column_comparator(cell.header)),
                     unit=cell.unit, object=cell.header,
                     kind=cast(QuantityKind, kind), scope=cell.row, text=doc.ctx.text[cell.start:cell.end],
                     span=(cell.start, cell.end), confidence=EVIDENCE_CONFIDENCE[evidence or Evidence.TABLE])]


_TABLE_LINE_MARKS = ("|", "\t")  # a markdown or tab table's line holds one: the lines above a cell up to its intro
_MAX_TABLE_LINES = 60  # how many of a table's lines are walked back over to its intro


def _under_state_intro(doc: _Doc, start: int) -> bool:
    """A markdown or tab table's cell whose table a present-state sentence introduces ("Hiện trên địa bàn còn 1.273
    đơn vị chậm đóng ... với số tiền 486,3 tỷ đồng; trong đó các đơn vị nợ lớn như sau:" over the debtors' rows;
    forty-third heldout round): the state broken down, no plan or result, unless a cue follows the state's words."""
    text, voc = doc.ctx.text, doc.voc
    line_from = text.rfind("\n", 0, start) + 1
    for _ in range(_MAX_TABLE_LINES):
        if line_from == 0:
            return False
        above = text.rfind("\n", 0, line_from - 1) + 1
        line = text[above:line_from - 1]
        line_from = above
        if not line.strip() or any(mark in line for mark in _TABLE_LINE_MARKS):
            continue
        if not line.rstrip().endswith(":"):
            return False
        end = above + len(line)
        state = voc.state_re.search(text, above, end)
        return state is not None and not voc.result_re.search(text, state.end(), end) \
            and not voc.target_re.search(text, state.end(), end)
    return False


def _in_figure_row_label(text: str, pos: int, starts: list[int]) -> bool:
    """A number in a markdown table row's cells before its first figure cell, on a row of figure cells ("| 3 | Phụ nữ
    có thai tiêm uốn ván 2 mũi | người | 5.200 | 5.300 |"; seventy-seventh round, h853): its label names the indicator
    the figures count ("2 mũi" says which vaccination), no count of its own, as a tab table's label's number is."""
    line_from = text.rfind("\n", 0, pos) + 1
    if text.find("|", line_from, pos) < 0:
        return False
    line_to = text.find("\n", pos)
    line_to = len(text) if line_to < 0 else line_to
    after = bisect_right(starts, pos)  # `starts`: the figure cells' starts, sorted
    return after < len(starts) and starts[after] < line_to


_PROSE_CELL_WORDS = 6  # a tab cell of this many words or more is a task told in prose, not a label or a figure


def _in_prose_cell(text: str, pos: int, starts: list[int]) -> bool:
    """A number inside a tab table's cell that tells a task in prose, on a row of no figure cells ('3<TAB>Cung ứng
    180.000 cây giống thảo quả, 40.000 cây giống sâm<TAB>Công chức Nông nghiệp<TAB>Trong tháng 3/2029'): read as a
    sentence's. A row's index, a short label ('Lớp 10', 'Quý I/2028'), a figure row's label naming its indicator
    ('Người từ 40 tuổi trở lên được đo huyết áp ít nhất 1 lần/năm<TAB>người<TAB>210.000') or a space table's cell
    stays out."""
    line_from = text.rfind("\n", 0, pos) + 1
    line_to = text.find("\n", pos)
    line_to = len(text) if line_to < 0 else line_to
    first = bisect_left(starts, line_from)  # `starts`: the figure cells' starts, sorted
    if first < len(starts) and starts[first] < line_to:
        return False
    cell_from = text.rfind("\t", line_from, pos) + 1
    if cell_from == 0:
        return False  # no tab before it on its line: a space table's, or the row's first cell
    cell_to = text.find("\t", pos, line_to)
    cell = text[cell_from:line_to if cell_to < 0 else cell_to]
    return sum(1 for w in cell.split() if any(map(str.isalpha, w))) >= _PROSE_CELL_WORDS


# a table's column of each row's total ("Chỉ tiêu / Quý I / ... / Quý IV / Cả năm": a year's target the text told above
# it, "Tổng thu ... năm 2034 là 450 tỷ đồng"; seventy-seventh round), read as a total row's figure is
_TOTAL_COLUMN_RE = re.compile(r"(?:cả\s+năm|tổng\s+cộng|tổng\s+số|tổng|cộng)\s*:?", re.IGNORECASE)


# a total row's one figure this large told before with its unit is that figure again under any heading: only a small
# count ("Cộng ... 7" beside "kết luận 07 đảng viên" of another section, h356) is told again by chance (docs/RECORD.md;
# rounds 70-74's tables, h811's "Tổng cộng 36.982.000.000", h824's "Tổng cộng 9.800"); a row of more figures is the
# table's own unless all are told (_row_told_before)
_LARGE_TOTAL = 1000


def _repeated_total(doc: _Doc, cell: FigureCell, kept: list[Quantity], cells: Mapping[int, FigureCell]) -> bool:
    """A table's total row ("| | **Tổng cộng** | **240** | **25** |") whose figure the text already counted under
    the same heading ("... với tổng số 265 công dân (nhập ngũ Quân đội 240 công dân, ... 25 công dân)"): the same
    figure again. A figure of another section is another count ("1. ... kết luận 07 đảng viên có vi phạm" above
    "4. Kết quả của các đảng ủy cơ sở" and its table's "Cộng ... 7"; thirty-second heldout round)."""
    row_total = TOTAL_ROW_RE.fullmatch(cell.row.strip(" *")) is not None
    total_column = _TOTAL_COLUMN_RE.fullmatch(cell.header.strip(" *")) is not None
    if not row_total and not total_column:
        return False
    # a total column's figure restates a total told anywhere under the same part of the text ("I. MỤC TIÊU, CHỈ
    # TIÊU": its item 1 told the year's sum, its item 3 breaks it down by quarter), the grand total in the total row
    # too ("| | Tổng cộng | 284,5 | ... | 1.320,0 |" under "Cả năm"; seventy-ninth round, h882)
    heading = _outermost_heading if total_column else _innermost_heading
    value = parse_number(cell.number)
    if value is None:
        return False
    value *= cell.factor
    head = _unit_head(cell.unit)  # the column counts "cây", the text counted "1.200.000 cây phân tán"
    if any(q.value == value and _unit_head(q.unit) == head and q.span is not None and q.span[0] < cell.start
           and q.span[0] not in cells and _points_to_table(doc, q.span[1]) for q in kept):
        return True
    # a table's own cell holding the total's value is no count of it in the text (one unit's "18" in a row above
    # the total's "18": thirty-second heldout round)
    section = heading(doc, cell.start)
    large = value >= _LARGE_TOTAL and head != "%" and len(_row_cells(doc.ctx.text, cell, cells)) == 1
    annex = _annex_start(doc, cell.start) if row_total else None
    if any(q.value == value and _unit_head(q.unit) == head and q.span is not None and q.span[0] not in cells
           and (large or heading(doc, q.span[0]) == section or _leads_into_table(doc.ctx.text, q.span[1], cell)
                or (annex is not None and q.span[0] < annex))
           for q in kept):
        return True
    return _row_told_before(doc, cell, kept, cells) or _column_told_before(doc, cell, kept, cells)


_BRACKETED = re.compile(r"\([^()]*\)")  # a header's bracketed unit, "(triệu đồng)": no word naming the column


def _column_told_before(doc: _Doc, cell: FigureCell, kept: list[Quantity], cells: Mapping[int, FigureCell]) -> bool:
    """A total row's figure the text counted before under the same part, in a clause naming every word of the cell's
    column ("- Quản lý, điều trị 55.000 người tăng huyết áp và 14.000 người đái tháo đường" under "2. Chỉ tiêu cụ thể",
    then "3. Phân bổ chỉ tiêu ..." and its "Tổng cộng  190.000  55.000  14.000" under "Quản lý tăng huyết áp (người)";
    eighty-first round, h899): the same figure again. A clause naming another thing ("kết luận 05 đảng viên có vi
    phạm" and a column "Kỷ luật đảng viên") counts another."""
    if TOTAL_ROW_RE.fullmatch(cell.row.strip(" *")) is None:
        return False
    text, part = doc.ctx.text, _outermost_heading(doc, cell.start)
    column = _BRACKETED.sub(" ", cell.header)
    return any(q.span is not None and q.span[0] < cell.start and q.span[0] not in cells and _same_value(q, cell)
               and _outermost_heading(doc, q.span[0]) == part
               and _names_whole_row(text, _clause_of(text, q.span), column) for q in kept)


def _annex_start(doc: _Doc, pos: int) -> int | None:
    """The start of the annex holding pos ("PHỤ LỤC ... (Kèm theo Quyết định số ...)"), None outside one: an annex's
    total row restates what the document's articles told ("Điều 1. Phân bổ 28.640.000.000 đồng ... (chi tiết tại Phụ
    lục kèm theo)" and the phụ lục's "Tổng cộng ... 28.640"; eighty-second heldout round, h910), whatever heading."""
    return next((a for a, b in doc.ctx.zone("annex") if a <= pos < b), None)


_POINTER_REACH = 300  # how far past a figure its sentence may send the reader to the annex ("(chi tiết theo Phụ lục")
_SENTENCE_END_RE = re.compile(r"[.;](?=\s|$)")


@lru_cache(maxsize=1)
def _detail_pointer_re() -> re.Pattern[str]:
    """quantity_cues.tsv's detail_pointer phrases ("chi tiết theo Phụ lục", "danh mục chi tiết tại Phụ lục")."""
    return re.compile(rf"(?<!\w)(?:{_alternation(role_phrases('quantity_cues.tsv', 'detail_pointer'))})(?!\w)",
                      re.IGNORECASE)


def _points_to_table(doc: _Doc, end: int) -> bool:
    """The sentence of the figure ending at end sends the reader to an annex or a table for its breakdown ("giao chỉ
    tiêu ... là 1.200 người và phân bổ kinh phí hỗ trợ 3.480 triệu đồng ... (chi tiết theo Phụ lục kèm theo Quyết định
    này)", "Sửa chữa định kỳ 08 công trình: 52.300 triệu đồng (danh mục chi tiết tại Phụ lục kèm theo)"; rounds 77-78,
    h863, h868): the table's total is that figure again, whatever heading the table stands under (docs/RECORD.md)."""
    text = doc.ctx.text
    stop = _SENTENCE_END_RE.search(text, end, end + _POINTER_REACH)
    return _detail_pointer_re().search(text, end, stop.start() if stop else end + _POINTER_REACH) is not None


# the rest of a figure's line leading into what follows (", chi tiết:", ", gồm:"), then blank lines
_LEAD_INTO_RE = re.compile(r"[^\n\d]{0,40}:[ \t]*\n(?:[ \t]*\n)*")


def _leads_into_table(text: str, end: int, cell: FigureCell) -> bool:
    """The figure ending at end closes its line leading into the table that holds the total cell, nothing but the
    table's rows between ("3. Tổng chi ngân sách xã: 96.418 triệu đồng, chi tiết:" over "STT / Nội dung chi / ..." and
    its "Tổng cộng 96.418"; docs/RECORD.md, rounds 59-64's leftovers, h591): the table breaks that figure down, its
    total is the figure again, whatever heading the numbered line reads as."""
    m = _LEAD_INTO_RE.match(text, end)
    if m is None or m.end() > cell.start:
        return False
    rows = text[m.end():text.rfind("\n", 0, cell.start) + 1].splitlines()
    return all("\t" in row or "|" in row for row in rows)


_TOLD_ROW_MIN = 2  # a total row's figures all told in the text before, at least this many: the same set again


def _all_told_some_as_such(row: list[FigureCell], told: list[Quantity], same_unit: int) -> bool:
    """A total row of three figures or more, every one told before, one at least with its column's own noun, the others
    under another ("Giải quyết việc làm mới cho ít nhất 500 lao động", "Đào tạo nghề cho 240 lao động", "Đưa 20 lao
    động ..." above an allocation table's "Tổng cộng | 500 | 240 | 20" under "(lao động)", "(người)", "(người)";
    eighty-first heldout round, h897): the plan's figures tabled again."""
    return same_unit >= 1 and len(row) > _TOLD_ROW_MIN \
        and all(any(_same_value(q, c, any_unit=True) for q in told) for c in row)


def _all_told_in_its_part(doc: _Doc, row: list[FigureCell], told: list[Quantity]) -> bool:
    """A total row of two figures or more, every one told before under the same outermost heading as the table, each
    under a noun of its own ("2. Chỉ tiêu: giao 18 công dân, ...; khám sơ tuyển cho ít nhất 72 công dân" above "3.
    Chỉ tiêu giao cho các thôn:" and its "Cộng  72  18" under "(người)"; eighty-fifth heldout round, h950): the part's
    figures tabled again."""
    part = _outermost_heading(doc, row[0].start)
    return part is not None and len(row) >= _TOLD_ROW_MIN and all(
        any(_same_value(q, c, any_unit=True) and q.span is not None and _outermost_heading(doc, q.span[0]) == part
            for q in told) for c in row)


def _row_told_before(doc: _Doc, cell: FigureCell, kept: list[Quantity], cells: Mapping[int, FigureCell]) -> bool:
    """A total row every figure of which the text counted before it, in any section ("Ban được giao ... với tổng kế
    hoạch vốn 742 tỷ đồng. ... đã giải ngân 239,6 tỷ đồng, đạt 32,3% kế hoạch vốn" above a table's "Cộng | 742 |
    239,6 | 32,3"): the sentence's figures tabled again, no other count. One figure alone of another section is another
    count (_repeated_total)."""
    text = doc.ctx.text
    row = _row_cells(text, cell, cells)
    line_from = text.rfind("\n", 0, row[0].start) + 1
    told = [q for q in kept if q.span is not None and q.span[0] not in cells and q.span[0] < line_from]
    # a figure the text told under another noun ('26.500 lao động' under the column 'Việc làm mới (người)') is the
    # same once the row's other figures are told with their own units
    same_unit = sum(any(_same_value(q, c) for q in told) for c in row)
    if same_unit < _TOLD_ROW_MIN and not _all_told_some_as_such(row, told, same_unit) \
            and not _all_told_in_its_part(doc, row, told):
        return False
    untold = [c for c in row if not any(_same_value(q, c, any_unit=True) for q in told)]
    if not untold:
        return True
    # a row most of whose figures the text told, the others in columns whose units it never told ("Tổng cộng | 24.500
    # | 18.000 | 12 | 34" under a plan's "đạt 24.500 ha ..., tối thiểu 18.000 ha", "12 mô hình", no HTX counted): each
    # told figure is the same again, the others counts of their own (forty-ninth heldout round); an untold figure of
    # a unit the text told ("40,4" under "đạt 40,5% kế hoạch vốn") makes the row the table's own
    told_units = {_unit_head(q.unit) for q in told}
    return all(_unit_head(c.unit) not in told_units for c in untold) and any(_same_value(q, cell) for q in told)


_CLAUSE_EDGE_RE = re.compile(r"[.;!?:](?=\s)|\n")  # a sentence's or a clause's end (no decimal point)
_CLAUSE_REACH = 400  # how far a clause runs at most on either side of its figure
_WORD_RE = re.compile(r"\w+")


def _clause_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The clause holding a span: from the last sentence or clause mark before it to the next one after it."""
    before = [m.end() for m in _CLAUSE_EDGE_RE.finditer(text, max(0, span[0] - _CLAUSE_REACH), span[0])]
    after = _CLAUSE_EDGE_RE.search(text, span[1], span[1] + _CLAUSE_REACH)
    return (before[-1] if before else max(0, span[0] - _CLAUSE_REACH)), (after.start() if after else span[1] + _CLAUSE_REACH)


@lru_cache(maxsize=1)
def _label_function_words() -> frozenset[str]:
    """quantity_cues.tsv's label_function_word words: no row label's word a clause shares names the row."""
    return frozenset(_key(w) for w in role_phrases("quantity_cues.tsv", "label_function_word"))


def _names_row(text: str, clause: tuple[int, int], label: str) -> bool:
    """The clause shares a word with the row's label, no function word ("gieo cấy 54.120 ha lúa" and the row "Lúa",
    "Nạo vét 186 km kênh mương" and "Nạo vét kênh mương")."""
    words = {w for w in _WORD_RE.findall(_key(label)) if w.isalpha() and w not in _label_function_words()}
    return bool(words) and not words.isdisjoint(_WORD_RE.findall(_key(text[clause[0]:clause[1]])))


def _told_clause(doc: _Doc, cell: FigureCell, prose: list[Quantity]) -> tuple[int, int] | None:
    """The clause of the prose figure the cell tells again (its value and unit, in a clause naming the row), None."""
    text = doc.ctx.text
    for q in prose:
        if q.span is not None and (_same_value(q, cell) or _counts_label_noun(q, cell)):
            clause = _clause_of(text, q.span)
            if _names_row(text, clause, cell.row):
                return clause
    return None


def _counts_label_noun(q: Quantity, cell: FigureCell) -> bool:
    """The prose counted the cell's figure in the noun the row's label names, the row in another unit ("Tuyển dụng 412
    giáo viên" above the row "Giáo viên tuyển dụng mới   người   450   412"; eighty-first round, h898): the same
    figure."""
    noun = _key(q.unit or "")
    return q.unit != "%" and cell.unit != "%" and bool(noun) and _same_value(q, cell, any_unit=True) \
        and f" {noun} " in f" {_key(cell.row)} "


def _row_told_in_prose(doc: _Doc, cell: FigureCell, kept: list[Quantity], cells: Mapping[int, FigureCell]) -> bool:
    """A cell of a table's row (no total row: _repeated_total) whose figure the prose above the table counted in a
    clause naming the row ("toàn tỉnh gieo cấy 54.120 ha lúa, đạt 98,4% kế hoạch" above "| Lúa | ha | 55.000 | 54.120
    | 98,4 |"; rounds 70-74, h784, h823, h826): the same figure again, counted once; the row's share too when the
    clause of a figure of its row tells it. The row's other cells are its own ("55.000", the plan the prose never
    told)."""
    text = doc.ctx.text
    row = _row_cells(text, cell, cells)
    line_from = text.rfind("\n", 0, min(c.start for c in row)) + 1
    prose = [q for q in kept if q.span is not None and q.span[0] < line_from and q.span[0] not in cells]
    if cell.unit != "%":
        return _told_clause(doc, cell, prose) is not None or _told_in_row_sentence(doc, cell, row, prose)
    clauses = [clause for c in row if c.unit != "%" for clause in [_told_clause(doc, c, prose)] if clause is not None]
    return any(q.span is not None and _same_value(q, cell)
               and (any(a <= q.span[0] < b for a, b in clauses) or _names_whole_row(text, _clause_of(text, q.span), cell.row))
               for q in prose)


def _told_in_row_sentence(doc: _Doc, cell: FigureCell, row: list[FigureCell], prose: list[Quantity]) -> bool:
    """The cell's figure is told in the sentence where another figure of its row is told in a clause naming the row
    ("Toàn tỉnh gieo cấy 46.820 ha lúa ...; năng suất bình quân ước đạt 51,4 tạ/ha, ...; sản lượng ước đạt 240.655
    tấn." over the row "Lúa   47.000   46.820   99,6   51,4   240.655"; eighty-fourth round, h930): the clauses after
    ";" go on telling the row, their figures told once."""
    text = doc.ctx.text
    sentences = [_whole_sentence(text, clause) for c in row if c.start != cell.start and c.unit != "%"
                 for clause in [_told_clause(doc, c, prose)] if clause is not None]
    return any(q.span is not None and _same_value(q, cell) and any(a <= q.span[0] < b for a, b in sentences)
               for q in prose)


def _whole_sentence(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """The sentence holding a clause, its clauses after ";" with it: from the full stop or line break before it to
    the one after it, at most _MAX_SENTENCE_SIDE either way."""
    lo = max(0, clause[0] - _MAX_SENTENCE_SIDE)
    start = max(text.rfind(". ", lo, clause[0]), text.rfind("\n", lo, clause[0])) + 1
    hi = min(len(text), clause[1] + _MAX_SENTENCE_SIDE)
    ends = [i for i in (text.find(". ", clause[1], hi), text.find("\n", clause[1], hi)) if i >= 0]
    return max(start, lo), min(ends, default=hi)


_WHOLE_ROW_MIN_WORDS = 3  # a share's clause naming every word of a row label this long is told of that row


def _names_whole_row(text: str, clause: tuple[int, int], label: str) -> bool:
    """The clause names every word of the row's label, three words at least ("Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1
    tuổi đạt 73,4% kế hoạch năm" and the row "Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi"; seventy-ninth round, h879): a
    share told of the row itself, whatever its other cells. A label opening with a share's word ("Tỷ lệ hồ sơ ... được
    tiếp nhận, giải quyết trực tuyến toàn trình" under "... 789.850 hồ sơ được tiếp nhận, giải quyết trực tuyến toàn
    trình, đạt 61,4%"; quantity_cues.tsv column_share) is named without it: the share's figure says it (eighty-fifth
    heldout round, h948)."""
    key = _key(label)
    share = next((w for w in _share_words() if key.startswith(w + " ")), "")
    words = {w for w in _WORD_RE.findall(key) if w.isalpha()}
    named = {w for w in _WORD_RE.findall(key[len(share):]) if w.isalpha()}
    return len(words) >= _WHOLE_ROW_MIN_WORDS and named <= set(_WORD_RE.findall(_key(text[clause[0]:clause[1]])))


@lru_cache(maxsize=1)
def _share_words() -> tuple[str, ...]:
    """The words opening a share's or an average's label (quantity_cues.tsv column_share: "tỷ lệ", "bình quân")."""
    return tuple(_key(w) for w in role_phrases("quantity_cues.tsv", "column_share"))


_TOLD_AFTER_REACH = 800  # outside any heading, the prose this close after a total row may tell its figures again


def _totals_told_after(doc: _Doc, kept: list[Quantity], totals: Mapping[int, FigureCell],
                       cells: Mapping[int, FigureCell]) -> set[int]:
    """The starts of total-row cells the prose after their table tells again under the same heading ("| | Tổng cộng |
    146 | 85 | 61 | 320 |" over "Trong tổng diện tích chuyển đổi nêu trên, trồng cây ăn trái 85 ha ..., rau màu và
    nuôi thủy sản 61 ha"; "Cộng  232  205" over "Như vậy, ... đã kiểm định 232 hồ chứa, trong đó 205 hồ đạt yêu
    cầu"; sixtieth heldout round): one figure each, told once. A row every figure of which the text tells before or
    after is dropped whole (146 and 320 told in the plan's targets above); otherwise only the cells told after."""
    text = doc.ctx.text
    prose = [q for q in kept if q.span is not None and q.span[0] not in cells]
    dropped: set[int] = set()
    for start, cell in totals.items():
        if start in dropped:
            continue
        row = _row_cells(text, cell, cells)
        row_end = max(c.end for c in row)
        section = _innermost_heading(doc, start)
        after = [q for q in prose if q.span is not None and q.span[0] > row_end
                 and (section is not None or q.span[0] - row_end <= _TOLD_AFTER_REACH)
                 and _innermost_heading(doc, q.span[0]) == section]
        later = [q for q in prose if q.span is not None and q.span[0] > row_end]
        told_after = [c.start for c in row if any(_same_value(q, c) for q in after) or _named_after(doc, c, later)]
        if not told_after:
            continue
        line_from = text.rfind("\n", 0, row[0].start) + 1
        told = after + [q for q in prose if q.span is not None and q.span[0] < line_from]
        whole = all(any(_same_value(q, c) for q in told) for c in row)
        dropped.update([c.start for c in row] if whole else told_after)
    return dropped




def _named_after(doc: _Doc, cell: FigureCell, later: list[Quantity]) -> bool:
    """A total row's sum (_LARGE_TOTAL or more, no share) the prose after its table tells again under any heading, in a
    clause naming its column ("| | Tổng cộng | 13 | 138.700 | 1.135 |" under "Kinh phí (triệu đồng)", then "IV. KINH
    PHÍ / ..., trong đó kinh phí chiến dịch tại 04 địa phương trọng điểm là 1.135 triệu đồng"; seventy-fifth round,
    h832): the same sum, told once."""
    value = parse_number(cell.number)
    if value is None or value * cell.factor < _LARGE_TOTAL or cell.unit == "%":
        return False
    text, header = doc.ctx.text, _BRACKETED.sub(" ", cell.header)
    return any(q.span is not None and _same_value(q, cell) and _names_row(text, _clause_of(text, q.span), header)
               for q in later)


def _row_cells(text: str, cell: FigureCell, cells: Mapping[int, FigureCell]) -> list[FigureCell]:
    """The cells of a cell's row: those on its line, or, for a table copied one cell a line ("Tổng cộng\n2.640\n
    31.850\n94,2"; forty-seventh heldout round), the run of cells around it that share its row's label, no other
    row's cell between."""
    line_from, line_to = text.rfind("\n", 0, cell.start) + 1, text.find("\n", cell.start)
    line_to = len(text) if line_to < 0 else line_to
    row = [c for c in cells.values() if line_from <= c.start < line_to and c.row == cell.row]
    if len(row) >= _TOLD_ROW_MIN:
        return row
    ordered = sorted(cells.values(), key=lambda c: c.start)
    at = next(i for i, c in enumerate(ordered) if c.start == cell.start)
    lo = hi = at
    while lo > 0 and ordered[lo - 1].row == cell.row:
        lo -= 1
    while hi + 1 < len(ordered) and ordered[hi + 1].row == cell.row:
        hi += 1
    return ordered[lo:hi + 1]


def _same_value(q: Quantity, cell: FigureCell, any_unit: bool = False) -> bool:
    value = parse_number(cell.number)
    return value is not None and (any_unit or _unit_head(q.unit) == _unit_head(cell.unit)) \
        and math.isclose(q.value, value * cell.factor, rel_tol=1e-9)


def _innermost_heading(doc: _Doc, pos: int) -> int | None:
    """The start of the innermost heading over pos, None outside any."""
    chain = doc.kinds.chain(pos)
    return chain[-1].start if chain else None


def _outermost_heading(doc: _Doc, pos: int) -> int | None:
    """The start of the outermost heading over pos, None outside any."""
    chain = doc.kinds.chain(pos)
    return chain[0].start if chain else None


def _unit_head(unit: str | None) -> str:
    return (unit or "").split(" ", 1)[0].casefold()


def _narrated(doc: _Doc, start: int, cue_start: int) -> bool:
    """A figure of the narrative a công điện opens with (before its first "... yêu cầu:"), right
    after a verb of what was done ("di dời 3.460 hộ", "huy động 1.800 cán bộ") or joined to such a
    figure ("3.460 hộ với 11.250 người"). Precision first: nothing else there is a result."""
    text, voc = doc.ctx.text, doc.voc
    if doc.ctx.doc_type not in voc.narrative_types:
        return False
    directive = _in_whole_text(doc, voc.directive_re)
    if directive is None or start > directive.start():
        return False
    if voc.narrative_verb_re.search(text, max(0, cue_start - _NARRATIVE_REACH), cue_start):
        return True
    return _joined_to_last(doc, "result", start, cue_start)


def _told_again(doc: _Doc, q: Quantity, kept: list[Quantity]) -> bool:
    """'Tổng kinh phí thực hiện: 450 triệu đồng. Nguồn kinh phí 450 triệu đồng nêu trên được bố trí từ ...': a figure
    its clause refers back to (quantity_cues.tsv back_reference) with the value and the unit of one already counted is
    that figure again (issue 10, a blind study of which figures count); told first as no count ('còn 7 công trình vi
    phạm chưa được xử lý', then 'xử lý dứt điểm 7 công trình vi phạm nêu trên') it is counted where it is planned."""
    if q.span is None:
        return False
    head = _unit_head(q.unit)
    if not any(k.value == q.value and _unit_head(k.unit) == head for k in kept):
        return False
    return doc.voc.back_reference_re.match(doc.ctx.text, q.span[1]) is not None \
        or _after_total_label(doc.ctx.text, q.span[0]) or _cost_item_label(doc, q)


_TOTAL_LABEL_REACH = 20  # "Cả năm: ", "Tổng cộng: " right before the figure, after the cell or clause before it


def _after_total_label(text: str, start: int) -> bool:
    """The figure follows a total's label opening its cell or clause ("Quý I: 80 giấy | ... | Cả năm: 450 giấy", a
    breakdown flattened onto one line; eighty-first round, h906): the sum of what was counted before, the same figure
    as an equal one told already."""
    lo = max(0, start - _TOTAL_LABEL_REACH)
    cut = max(text.rfind(mark, lo, start) for mark in ("|", ";", "\n", "\t"))
    return cut >= 0 and _TOTAL_COLUMN_RE.fullmatch(text[cut + 1:start].strip()) is not None


_COST_LABEL_REACH = 80  # a cost list item's label after its count, up to its colon
_COST_LEAD_WORDS = 40  # the item's verb before its count ("- Tổ chức ")
_COST_ITEM_RE = re.compile(rf"[^\d:;.\n]{{0,{_COST_LABEL_REACH}}}:")
# the list line's mark and the item's words before its count
_COST_LEAD_RE = re.compile(rf"[ \t]*(?:[-+•*–][ \t]*|[a-zđ]\)[ \t]*)[^\W\d_][^\d:;\n]{{0,{_COST_LEAD_WORDS}}}",
                           re.IGNORECASE)
# the cost after the colon: a figure, a scale word or none, a money unit
_COST_AFTER_RE = re.compile(rf"[ \t]*\d[\d.,]*[ \t]*(?:[^\W\d_]+[ \t]+)?(?:{'|'.join(sorted(_MONEY_UNITS))})(?!\w)",
                            re.IGNORECASE)


def _cost_item_label(doc: _Doc, q: Quantity) -> bool:
    """A count in the label of a list line a cost breaks down ("- Tổ chức 04 lớp bồi dưỡng: 124 triệu đồng", under
    "Kinh phí thực hiện ..., gồm:"): the activity's name, the count told before it (rounds 80-84's leftovers, h885);
    its cost after the colon is read on its own. The caller has found the same value and unit kept before."""
    text = doc.ctx.text
    assert q.span is not None
    label = _COST_ITEM_RE.match(text, q.span[1])
    return label is not None and _COST_AFTER_RE.match(text, label.end()) is not None \
        and _COST_LEAD_RE.fullmatch(text, text.rfind("\n", 0, q.span[0]) + 1, q.span[0]) is not None


def _figure_key(q: Quantity) -> tuple[object, ...] | None:
    """What makes two mentions the same figure: its value, bounds, unit, kind, scope and an object
    that says more than the unit ("100% hồ sơ thủ tục hành chính được số hóa"). Without such an
    object two equal values are not known to be one figure ("01 ngôi nhà, trị giá 50 triệu đồng;
    01 sân chơi, trị giá 50 triệu đồng"), so each is kept."""
    obj_words = _key(q.object or "").split()
    unit_words = _key(q.unit or "").split()
    if len(obj_words) - (0 if q.unit == "%" else len(unit_words)) < _SAME_FIGURE_OBJECT_WORDS:
        return None
    return (q.value, q.value_max, q.comparator, q.unit, " ".join(obj_words), q.kind, q.scope)


_TITLE_ABOVE_MARK = 4  # an attached document's title sits this many lines above its "(Ban hành kèm theo ...)"


def _attached_blocks(ctx: Context, cue_required: frozenset[str]) -> list[tuple[int, int, bool]]:
    """The annexes that are an attached document ("QUY CHẾ ... / (Ban hành kèm theo Quyết định số ...)"):
    (start, end, whether its own type's figures need a cue). A decision's figures need one, the plan or
    rule it issues has its own (a quy chế's "Nhiệm vụ năm 2028 ... 100% công dân" is its target)."""
    out = []
    for a, b in ctx.zone("annex"):
        lines = ctx.text[a:b].split("\n")
        mark = next((i for i, ln in enumerate(lines) if is_attached_mark(ln)), None)
        if mark is None:
            continue
        code = next((title.code for ln in reversed(lines[max(0, mark - _TITLE_ABOVE_MARK):mark])
                     if is_upper(ln) and (title := _title_word(ln)) is not None and title.code is not None), None)
        if code is not None:
            out.append((a, b, code in cue_required))
    return out


def _cue_required_at(doc: _Doc, pos: int) -> bool:
    return next((own for a, b, own in doc.attached if a <= pos < b), doc.doc_cue_required)


def _with_figures_repaired(ctx: Context) -> Context:
    """The context the quantities read: its text with OCR's letters inside figures read as digits ("1l2,5%"), the
    same length (every span holds), each repair warned of; the context itself when none is."""
    view, spans = ocr_figures(ctx.text)
    if not spans:
        return ctx
    for a, b in spans:
        ctx.warn("figure_repaired", f"read the figure {ctx.text[a:b]!r} as {view[a:b]} (OCR look-alike digits)", (a, b))
    return replace(ctx, text=view)


def _told_before_grid(doc: _Doc, q: Quantity, kept: list[Quantity], grid_rows: list[tuple[int, int, str, int]]) -> bool:
    """A count in a text cell of a one-cell-a-line task table's row (figtable.grid_tables: "3 / Giám sát chuyên đề việc
    thực hiện trách nhiệm nêu gương / 06 tổ chức đảng, 10 đảng viên / Quý III/2034") that the text told above the
    table, with its value and unit, in a clause naming the row ("2. Giám sát chuyên đề 06 tổ chức đảng và 10 đảng viên
    ..."; round 80, h873): the item's figure again, told once."""
    if q.span is None:
        return False
    row = next(((label, table) for a, b, label, table in grid_rows if a <= q.span[0] < b), None)
    if row is None:
        return False
    text, head = doc.ctx.text, _unit_head(q.unit)
    return any(k.span is not None and k.span[0] < row[1] and k.value == q.value and _unit_head(k.unit) == head
               and _names_row(text, _clause_of(text, k.span), row[0]) for k in kept)


def _untaken_grids(text: str, lo: int, hi: int, cells: Mapping[int, FigureCell]) -> list[GridTable]:
    """The tables copied one cell a line under a "TT" header (figtable.grid_tables) none of whose figures the other
    readers took: a wide one, or one with text between its figures (eighty-third round, h923)."""
    taken = sorted(cells)
    return [g for g in grid_tables(text, lo, hi)
            if bisect_left(taken, g.start) == bisect_left(taken, g.end)]


def extract(ctx: Context) -> list[Quantity]:
    ctx = _with_figures_repaired(ctx)
    text, voc = ctx.text, vocab()
    notes, refs = (ctx.footnotes, ctx.footnote_refs) if ctx.zones else find_footnotes(text)
    url_marks = word_starts(text, _URL_MARKS)
    doc = _Doc(
        ctx=ctx, voc=voc, kinds=_Kinds(ctx, voc), notes=notes, refs=refs,
        has_url=bool(url_marks),
        cue_required=ctx.doc_type in voc.cue_required,
        doc_cue_required=ctx.doc_type in voc.cue_required,
        attached=tuple(_attached_blocks(ctx, voc.cue_required)),
        out=[],
        url_marks=url_marks,
        quote_marks=word_starts(text, _QUOTED_NAME_MARKS),
    )
    seen: set[tuple[object, ...]] = set()
    kept: list[Quantity] = []
    all_cells: dict[int, FigureCell] = {}
    totals: dict[int, FigureCell] = {}  # the kept cells of total rows: the prose after the table may tell them again
    annexes = tuple(ctx.zone("annex"))
    for lo, hi in _ranges(ctx):
        spaced = spaced_tables(text, lo, hi)  # (read once: the cells and the spans)
        collapsed = collapsed_tables(text, lo, hi)
        paired = paired_tables(text, lo, hi)
        cells = {c.start: c for c in (*figure_cells(text, lo, hi, annexes), *piped_figure_cells(text, lo, hi),
                                      *tabbed_figure_cells(text, lo, hi), *spaced_figure_cells(text, lo, hi, spaced),
                                      *collapsed_figure_cells(text, lo, hi, collapsed),
                                      *paired_figure_cells(text, lo, hi, paired))}
        grids = _untaken_grids(text, lo, hi, cells)
        cells.update((c.start, c) for c in grid_figure_cells(text, grids))
        starts = sorted(cells)
        grid_rows = [(row[0][0], row[-1][0] + len(row[-1][1]), row[0][1], g.start) for g in grids for row in g.rows]
        tabbed = [*tabbed_tables(text, lo, hi), *spaced, *((a, b) for a, b, _ in (*collapsed, *paired))]
        for m, cell in _numbers_and_cells(text, lo, hi, cells):
            if cell is None and ctx.is_claimed(m.start(), m.end()):
                continue  # a date's, a time's, a cited number's (a quarter of the numbers), before any other test
            if cell is None and tabbed and any(a <= m.start() < b for a, b in tabbed) \
                    and not _in_prose_cell(text, m.start(), starts):
                continue  # a tab or space table's row index or label number: its figures are its cells
            if cell is None and _in_figure_row_label(text, m.start(), starts):
                continue  # a markdown figure row's label naming its indicator ("| Phụ nữ có thai tiêm uốn ván 2 mũi |")
            if cell is not None and (_repeated_total(doc, cell, kept, cells) or _row_told_in_prose(doc, cell, kept, cells)):
                continue
            if cell is not None and TOTAL_ROW_RE.fullmatch(cell.row.strip(" *")):
                totals[cell.start] = cell
            if doc.attached:
                doc.cue_required = _cue_required_at(doc, m.start())
            for quantity in _cell_quantities(doc, cell) if cell else _quantities_at(doc, m):
                doc.out.append(quantity)  # every mention: the next figure reads its neighbour
                key = _figure_key(quantity)
                if key is None or key not in seen:  # the same figure repeated is one target or result
                    if key is not None:
                        seen.add(key)
                    if not _told_again(doc, quantity, kept) and not _told_before_grid(doc, quantity, kept, grid_rows):
                        kept.append(quantity)
        all_cells.update(cells)
    told_again = _totals_told_after(doc, kept, totals, all_cells)
    return [q for q in kept if q.span is None or q.span[0] not in told_again] if told_again else kept

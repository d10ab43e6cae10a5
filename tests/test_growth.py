"""Parse time grows linearly with text size (issue 17): every window search is bounded.

Shapes that once made a step quadratic: a paragraph dense with dates, hard-wrapped and
without a full stop (the schedule clause finder walked the whole paragraph for every
date, quantities read the whole line as one sentence), a long list, a long task table.
Each shape is parsed at 1x and 8x its size and the ratio of CPU times (not wall-clock
durations) is checked against a generous bound: linear work gives about 8, the old
quadratic steps gave 40 and more. The windows themselves are checked exactly.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest

from vanban import parse_text
from vanban.extract.quantities import _line_start_within
from vanban.extract.schedule import _MAX_CLAUSE_SIDE
from vanban.grammar.timex import find_times

HEAD = ("ỦY BAN NHÂN DÂN TỈNH AN PHÚ\nSố: 12/KH-UBND\nAn Phú, ngày 02 tháng 01 năm 2025\n\n"
        "KẾ HOẠCH\nThực hiện công tác thử\n\nI. NỘI DUNG\n\n1. Các đơn vị ")
WORDS = ("đoàn viên thanh niên tham gia hoạt động tình nguyện tại xã phường thị trấn "
         "báo cáo kết quả gửi về Ban Thường vụ tổ chức").split()
BASE_KB = 6
SIZE_RATIO = 8
GROWTH_BOUND = SIZE_RATIO * 3  # linear is ~8; the quadratic finder gave ~45 at these sizes


def dense_paragraph(kb: int) -> str:
    """Dates, deadline cues and counts in one wrapped paragraph with no sentence end."""
    rnd = random.Random(1)
    lines, line, size = [], [], 0
    while size < kb * 1000:
        r = rnd.random()
        if r < 0.25:
            word = f"ngày {rnd.randint(1, 28)}/{rnd.randint(1, 12)}/2025"
        elif r < 0.3:
            word = "trước"
        elif r < 0.35:
            word = f"{rnd.randint(2, 500)} hồ sơ"
        else:
            word = rnd.choice(WORDS)
        line.append(word)
        size += len(word) + 1
        if sum(len(w) + 1 for w in line) > 70:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return HEAD + "\n".join(lines) + "\n"


def long_list(kb: int) -> str:
    rnd = random.Random(2)
    items, size = [], 0
    while size < kb * 1000:
        item = (f"- Sở Xây dựng {rnd.randint(2, 99)} văn bản; hoàn thành {rnd.randint(2, 99)}% hồ sơ "
                f"trước ngày {rnd.randint(1, 28)}/{rnd.randint(1, 12)}/2025;")
        items.append(item)
        size += len(item) + 1
    return HEAD + "\n" + "\n".join(items) + "\n"


def long_table(kb: int) -> str:
    rnd = random.Random(3)
    rows = ["| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |", "|---|---|---|---|---|"]
    size = 0
    while size < kb * 1000:
        row = (f"| {len(rows) - 1} | Tổ chức {rnd.randint(2, 99)} lớp tập huấn ngày {rnd.randint(1, 28)}/"
               f"{rnd.randint(1, 12)}/2025 | Sở Nội vụ | các sở | trước ngày {rnd.randint(1, 28)}/12/2025 |")
        rows.append(row)
        size += len(row) + 1
    return HEAD + "\n" + "\n".join(rows) + "\n"


def hostile_mix(kb: int) -> str:
    """Days without month or year (each once looked ahead through every later date), an address-like
    token without spaces, and breakdowns in brackets that never close."""
    rnd = random.Random(4)
    parts, size = [], 0
    while size < kb * 1000:
        r = rnd.random()
        if r < 0.4:
            part = f"vào ngày {rnd.randint(1, 28)} tổ chức"
        elif r < 0.7:
            part = f"03 cán bộ ({rnd.randint(1, 9)} giám đốc"
        else:
            part = ";".join(str(rnd.randint(1, 99)) for _ in range(30)) + "@mail"
        parts.append(part)
        size += len(part) + 1
    return HEAD + " ".join(parts) + "\n"


def cpu_seconds(fn: Callable[[], object], repeat: int = 2) -> float:
    """The least CPU time of a few runs: other processes on the machine do not count."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.parametrize("shape", [dense_paragraph, long_list, long_table, hostile_mix])
def test_parse_grows_linearly(shape: Callable[[int], str]) -> None:
    small, big = shape(BASE_KB), shape(BASE_KB * SIZE_RATIO)
    parse_text(small)  # models and tables loaded before timing
    ratio = cpu_seconds(lambda: parse_text(big)) / max(cpu_seconds(lambda: parse_text(small)), 1e-3)
    assert ratio < GROWTH_BOUND, f"{shape.__name__}: {SIZE_RATIO}x the text took {ratio:.1f}x the time"


@pytest.mark.parametrize("shape", [dense_paragraph, hostile_mix])
def test_time_grammar_grows_linearly(shape: Callable[[int], str]) -> None:
    # without the header's full date, days without month wait for the next full date after them
    small, big = shape(BASE_KB)[len(HEAD):], shape(BASE_KB * SIZE_RATIO)[len(HEAD):]
    ratio = cpu_seconds(lambda: find_times(big)) / max(cpu_seconds(lambda: find_times(small)), 1e-3)
    assert ratio < GROWTH_BOUND


def test_clause_window_is_bounded() -> None:
    """A date in a long paragraph without full stops gets a clause of bounded size, cut at a word."""
    text = dense_paragraph(40)
    rec = parse_text(text)
    spans = [d.span for d in rec.deadlines] + [e.span for e in rec.events]
    assert rec.deadlines, "the paragraph has deadline cues"
    for a, b in spans:
        assert b - a <= 2 * _MAX_CLAUSE_SIDE + 40
        assert a == 0 or text[a - 1] in " \n.;!?", text[a - 1:a + 10]


@pytest.mark.parametrize("text, pos, reach, start", [
    ("x" * 5000, 4000, 1000, 3000),  # no line break in reach (a forum copy on one line): the reach, not 0
    ("a\n" + "x" * 5000, 4000, 1000, 3000),
    ("x" * 3500 + "\n" + "x" * 1000, 4000, 1000, 3501),  # a break in reach: the line's start
    ("x" * 500, 400, 1000, 0),  # a short text: its start
    ("ab\ncd", 3, 1000, 3),  # right after the break
])
def test_a_figures_line_looks_back_no_further_than_its_reach(text: str, pos: int, reach: int, start: int) -> None:
    # quantities' state and condition look-backs once opened at the text's start when no line break was in reach,
    # so a one-line text of N figures took N x its length (hostile_mix's 8x took 28x)
    assert _line_start_within(text, pos, reach) == start

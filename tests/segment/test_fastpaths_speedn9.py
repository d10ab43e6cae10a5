"""segment's shortcuts of the ninth speed pass (issue 15) read the lines as the plain readings below do: the
run-on markers' kinds counted only as far as the answer needs (`runon._has_signals`), the closing flattened into a
paragraph found from its "Nơi nhận" label (`runon._closing_at_end`), the run-on lines picked by their lengths.
On invented lines, the repository's lines, random texts built from them (tests/reference/randomtext.py) and
generated ones."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.reference.randomtext import corpus_lines, random_text
from vanban.normalize import normalize
from vanban.segment import runon
from vanban.segment.cells import Cell, _lines

# --- the plain readings, as they were written before ---


def _plain_signals(text: str) -> set[str]:
    marks, type_rx = runon._markers()
    found = {kind for kind, _, counts, pattern in marks if counts and pattern.search(text)}
    return found | ({"type"} if type_rx.search(text) else set())


_PLAIN_CLOSING_IN_LINE = re.compile(r"(?<=[.;:!?])\s+N[ơo]i\s+nh[ậa]n\s*:\s*[-–+•]")


def _plain_closing_at_end(text: str) -> bool:
    m = _PLAIN_CLOSING_IN_LINE.search(text)
    if m is None:
        return False
    marks, _ = runon._markers()
    return any(kind == "authority" and p.search(text, m.end()) for kind, _, _, p in marks)


def _plain_split_run_on(lines: list[Cell]) -> list[Cell]:
    needs = [runon._signals_needed(ln.text) if len(ln.text) >= runon._CLOSING_RUN_ON_MIN else 0 for ln in lines]
    out: list[Cell] = []
    for ln, need in zip(lines, needs, strict=True):
        # the line is cut only when its kinds, with a place-date, reach the need (as _cut_points counted them)
        if need and len(_plain_signals(ln.text)) + 1 >= need:
            out.extend(runon._cut(ln, need))
        else:
            out.append(ln)
    if len(out) == len(lines) and all(a is b for a, b in zip(out, lines, strict=True)):
        return lines
    return [Cell(c.start, c.end, c.text, i) for i, c in enumerate(out)]


# --- the comparisons ---

_MARKER_PIECES = ["Số: 12/QĐ-UBND", "Số 58-TB/ĐU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "ĐOÀN TNCS HỒ CHÍ MINH", "V/v tổ chức", "Về việc", "Kính gửi:", "kính gửi :", "Đồng kính gửi:",
                  "Nơi nhận:", "Noi nhan:", "TM. BAN", "KT. CHỦ TỊCH", "T/M ĐẢNG ỦY", "K/T GIÁM", "TUQ. X", "(đã ký)",
                  "[Đã ký]", "QUYẾT ĐỊNH", "KẾ HOẠCH", "THÔNG BÁO", "QUYẾT ĐỊNHVề", "việc", "ngày 12/3/2026", ". ", "; ",
                  " - ", "\t", "a", "Tổ chức các hoạt động", ", "]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_MARKER_PIECES), max_size=14).map(" ".join), st.integers(0, 4))
def test_has_signals_on_generated_lines(line: str, needed: int) -> None:
    assert runon._has_signals(line, needed) == (len(_plain_signals(line)) >= needed)


def test_has_signals_on_the_repository_lines() -> None:
    lines = corpus_lines()
    kinds = [len(_plain_signals(ln)) for ln in lines]
    assert max(kinds) >= 3  # the lines hold headers: every count up to the need is met
    for ln, k in zip(lines, kinds, strict=True):
        for needed in range(4):
            assert runon._has_signals(ln, needed) == (k >= needed), (ln, needed)


@pytest.mark.parametrize("text", [
    "... trước ngày 10/3/2026. Nơi nhận: - BTV Tỉnh đoàn; - Lưu VP. TM. BAN THƯỜNG VỤ BÍ THƯ Trần Văn Tám",
    "... trước ngày 10/3/2026.  \u00a0Noi nhan : – BTV; - Lưu. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn B",
    "... ngày 10/3/2026 Nơi nhận: - BTV; TM. BAN",  # no sentence mark before the label
    "... ngày 10/3/2026.Nơi nhận: - BTV; TM. BAN",  # no blank between the mark and the label
    "Nơi nhận: - BTV; TM. BAN",  # the label opens the line
    "x. Nơi nhận: x. Nơi nhận: - A; KT. CHỦ TỊCH",  # the first label takes no item, the second does
    "x Nơi nhận: - A. Nơi nhận: - B; KT. GIÁM ĐỐC",
    "... hoàn thành. Nơi nhận: - Như trên; - Lưu.",  # no authority after it
])
def test_closing_at_end_on_invented_lines(text: str) -> None:
    assert runon._closing_at_end(text) == _plain_closing_at_end(text)


_CLOSING_PIECES = ["Nơi nhận:", "Noi nhan:", "Nơi  nhận :", " ", "\u00a0", "\t", ".", ";", "!", "?", ":", "-", "–", "•",
                   "+", "a", "Như trên", "TM. BAN", "KT. CHỦ TỊCH", "T/M X", "nhận"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_CLOSING_PIECES), max_size=14).map("".join))
def test_closing_at_end_on_generated_lines(text: str) -> None:
    assert runon._closing_at_end(text) == _plain_closing_at_end(text)


def test_closing_at_end_on_the_repository_lines() -> None:
    lines = [ln for ln in corpus_lines() if "nhận" in ln or "nhan" in ln]
    assert any(_plain_closing_at_end(ln) for ln in lines)
    for ln in lines:
        assert runon._closing_at_end(ln) == _plain_closing_at_end(ln), ln


@pytest.mark.parametrize("seed", range(3))
def test_split_run_on_on_random_texts(seed: int) -> None:
    lines = corpus_lines()
    rnd = random.Random(seed)
    cut = 0
    for _ in range(100):
        text = random_text(lines, rnd)
        for t in (text, normalize(text).text, text.replace("\n", " ")):  # the last one flattened onto one line
            split = runon.split_run_on(_lines(t))
            assert split == _plain_split_run_on(_lines(t))
            cut += len(split) != len(_lines(t))
    assert cut  # some texts hold run-on lines

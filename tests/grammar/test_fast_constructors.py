"""The grammars' hot-path shortcuts that are no reading at all: TimeExpr and ParsedNumber fill their fields at
once (a hand-written __init__) and stay the frozen dataclasses they were; docnumber.clean removes whitespace
without a regex. Each against the plain form: a frozen dataclass with the generated __init__ made from the
same fields, and the two regex substitutions."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vanban.grammar import docnumber, timex
from vanban.grammar.docnumber import HYPHEN, ParsedNumber
from vanban.grammar.timex import TimeExpr


def _plain_twin(cls: type) -> type:
    """The same fields and defaults as a frozen dataclass with its generated __init__."""
    spec = [(f.name, f.type, dataclasses.field(default=f.default)) if f.default is not dataclasses.MISSING
            else (f.name, f.type) for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(cls.__name__, spec, frozen=True)


_VALUES = {
    TimeExpr: [(3, 18, "ngày 19/10/2020", "date", "2020-10-19"),
               (0, 9, "thứ Sáu", "weekday", None, None, False, 4, (("w", "x"),)),
               (1, 2, "t", "week", None, None, True, None, (), -1, 3)],
    ParsedNumber: [("12/KH-TĐTN", "12/KH-TĐTN", 12, None, "KH", "TĐTN", None, "state", 0, 10),
                   ("46 HD/TĐ", "46-HD/TĐ", 46, None, "HD", "TĐ", None, "party", 5, 13, "46-HD/TĐ")],
}


@pytest.mark.parametrize("cls", [TimeExpr, ParsedNumber])
def test_fast_init_is_the_frozen_dataclass(cls: type) -> None:
    twin = _plain_twin(cls)
    assert [f.name for f in dataclasses.fields(cls)] == [f.name for f in dataclasses.fields(twin)]
    for args in _VALUES[cls]:
        fast, plain = cls(*args), twin(*args)
        assert dataclasses.astuple(fast) == dataclasses.astuple(plain)
        assert repr(fast) == repr(plain).replace("types.", "")
        assert fast == cls(*args) and hash(fast) == hash(cls(*args))
        kwargs = dict(zip([f.name for f in dataclasses.fields(cls)], args, strict=False))
        assert cls(**kwargs) == fast
        with pytest.raises(dataclasses.FrozenInstanceError):
            fast.start = 7  # type: ignore[misc]
        changed = dataclasses.replace(fast, start=99)
        assert dataclasses.asdict(changed) == {**dataclasses.asdict(fast), "start": 99}


def test_parsed_numbers_and_times_as_built_by_the_grammars() -> None:
    p = docnumber.parse("Số: 55 - KH/HĐTĐN")
    assert p is not None and (p.normalized, p.key, p.grammar) == ("55-KH/HĐTĐN", "55-KH/HDTDN", "party")
    t = timex.find_times("ngày 19/10/2020")[0]
    assert (t.start, t.end, t.kind, t.value, t.warnings) == (0, 15, "date", "2020-10-19", ())


_HYPHEN_RE = re.compile(rf"[{HYPHEN}]")
_SPACES_RE = re.compile(r"\s+")


@given(st.text(alphabet=st.sampled_from(list(HYPHEN) + [" ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "1", "/",
                                                        "K", "Đ", "x", "\u200b", "\x1c"]), max_size=30))
def test_clean_is_the_two_substitutions(s: str) -> None:
    assert docnumber.clean(s) == _SPACES_RE.sub("", _HYPHEN_RE.sub("-", s))


@given(st.text(max_size=30))
def test_clean_is_the_two_substitutions_on_any_text(s: str) -> None:
    assert docnumber.clean(s) == _SPACES_RE.sub("", _HYPHEN_RE.sub("-", s))

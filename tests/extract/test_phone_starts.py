"""contacts reads phones where _PHONE's opening groups match (finditer_at over _phone_starts) and finds what
_PHONE.finditer finds: compared on an edge-case table, invented texts (hypothesis) and the samples."""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.extract import contacts
from vanban.textutil import finditer_at


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _assert_same(text: str) -> None:
    assert _spans(finditer_at(contacts._PHONE, text, contacts._phone_starts(text))) == \
        _spans(contacts._PHONE.finditer(text))


def test_each_form_opens_with_its_character() -> None:
    for opening, form in contacts._PHONE_FORMS:
        assert form.startswith(re.escape(opening)), form  # (_PHONE_BY_OPENING groups the forms by it)


@pytest.mark.parametrize("text", [
    "ĐT: 0913.123.456", "(028) 3829 1234", "+84 24 3941 1232", "02439411232", "1900 1234 56", "1800.1234",
    "+84 (0) 24 3941 1232", "+84 1900 1234 0912 345 678", "(024) 0913 123 456 789", "0913 123 4560913 123 456",
    "0243.9411232/", "0913.123.456.7", "a0913123456", "MST: 0300000001", "((028) 3829 1234)", "++84 913 123 456",
    "0 0 0 0", "", "1900", "18001800 1234 12",
])
def test_phones_on_edge_cases(text: str) -> None:
    _assert_same(text)


_PIECES = ["0", "1", "2", "9", "8", "4", "+", "(", ")", " ", ".", "-", "/", ",", "a", "\n", "1900", "+84", "(0", "091"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_phones_on_invented_texts(text: str) -> None:
    _assert_same(text)


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_phones_on_samples(path) -> None:
    _assert_same(path.read_text(encoding="utf-8"))

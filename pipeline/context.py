"""What an extractor sees: the normalized text, its zones, and header facts.

Every extractor is a function ``extract(ctx: Context) -> ...`` that reads the
context and returns schema items with spans; the spaCy components in
`vanban.language` wrap them. Header extractors run first and fill
`issued_date`, `doc_type`, `issuer_name` so that body extractors can resolve a
date without a year or a "Tỉnh đoàn" without a province. Nothing downstream
writes back into an earlier stage's fields.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from vanban.schemas import Warning


@dataclass
class Heading:
    """A section heading in the body ("II. CHỈ TIÊU", "4.2. Huyện đoàn An Minh")."""

    start: int
    end: int
    label: str  # the numbering: "II", "4.2", "a)"
    title: str  # the words after the numbering
    level: int  # 1 = top (roman numerals or "1."), 2 = "1.1." / "a)", ...


def heading_chain(headings: list[Heading], pos: int) -> list[Heading]:
    """The headings (in document order) that `pos` falls under, outermost first."""
    chain: list[Heading] = []
    for h in headings:
        if h.start > pos:
            break
        while chain and chain[-1].level >= h.level:
            chain.pop()
        chain.append(h)
    return chain


@dataclass(frozen=True)
class SpanUnion:
    """Spans merged into sorted disjoint ones (empty spans dropped): a position is inside one of them when it is
    inside the merged span starting last at or before it, a bisect rather than a walk over every span."""
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, spans: list[tuple[int, int]]) -> SpanUnion:
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(s for s in spans if s[0] < s[1]):
            if ends and a <= ends[-1]:
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        return cls(starts, ends)

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]


@dataclass
class Context:
    text: str
    zones: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    headings: list[Heading] = field(default_factory=list)
    # footnote marker (e.g. "6") -> (start, end) of the footnote text, and the places in
    # the body where that marker is attached (for scope: "Hưng Yên⁶").
    footnotes: dict[str, tuple[int, int]] = field(default_factory=dict)
    footnote_refs: dict[str, list[int]] = field(default_factory=dict)
    issued_date: date | None = None
    # a chat message's or web post's stamp ("Lý Thị Bé, 20:15 14/9/2026"): no issuing date, but what a
    # message without one counts its relative dates from
    posted_date: date | None = None
    doc_type: str | None = None
    issuer_name: str | None = None
    lead_number: str | None = None  # the key of a number read from a web copy's lead (header), not its letterhead
    issuer_system: str | None = None
    warnings: list[Warning] = field(default_factory=list)
    # Spans already taken by an earlier extractor (citations run before dates):
    # a date inside a claimed span belongs to that item, not to events/deadlines.
    claimed: list[tuple[int, int]] = field(default_factory=list)
    _claimed_n: int = field(default=-1, repr=False)
    _merged_starts: list[int] = field(default_factory=list, repr=False)
    _merged: list[list[int]] = field(default_factory=list, repr=False)

    def is_claimed(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside one claimed span (bisect over merged spans)."""
        if len(self.claimed) != self._claimed_n:
            merged: list[list[int]] = []
            for a, b in sorted(self.claimed):
                if merged and a <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], b)
                else:
                    merged.append([a, b])
            self._merged_starts = [m[0] for m in merged]
            self._merged = merged
            self._claimed_n = len(self.claimed)
        k = bisect.bisect_right(self._merged_starts, start) - 1
        return k >= 0 and end <= self._merged[k][1]

    @property
    def reference_date(self) -> date | None:
        """The date relative dates count from: the issuing date, else the post's stamp."""
        return self.issued_date or self.posted_date

    def zone(self, name: str) -> list[tuple[int, int]]:
        return self.zones.get(name, [])

    def in_zone(self, pos: int, name: str) -> bool:
        return any(a <= pos < b for a, b in self.zones.get(name, []))

    def zone_of(self, pos: int) -> str | None:
        for name, ranges in self.zones.items():
            if any(a <= pos < b for a, b in ranges):
                return name
        return None

    def heading_at(self, pos: int) -> list[Heading]:
        """The chain of headings that a position falls under, outermost first."""
        return heading_chain(self.headings, pos)

    def warn(self, code: str, message: str, span: tuple[int, int] | None = None) -> None:
        self.warnings.append(Warning(code=code, message=message, span=span))

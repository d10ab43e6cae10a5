"""A partial copy costs only what was cut (issue 10).

Every shared text (../shared/corpus/{dev,real,silver} and corpus/samples) is parsed whole and
truncated at 25%, 50% and 75% of its length. What the whole document yields inside the kept
part (an item whose span ends before the last complete line of the cut copy) must still be
found in the cut copy: per field, at least MIN_KEPT of it over all texts and cuts.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SAMPLES, SHARED
from vanban import parse_text
from vanban.normalize import normalize

pytestmark = pytest.mark.slow

CUTS = (0.25, 0.50, 0.75)
MIN_KEPT = 0.95  # issue 10: "per field, >= 0.95 of it"


def _texts() -> list[Path]:
    shared = [SHARED / "corpus" / c for c in ("dev", "real", "silver")]
    if not any(d.is_dir() for d in shared):
        pytest.skip(f"shared corpora not present under {SHARED}")
    return sorted(p for d in [*shared, SAMPLES] if d.is_dir() for p in d.glob("*.txt"))


def _items(rec: Any) -> dict[str, list[tuple[Any, tuple[int, int] | None]]]:
    """Each field's values with their spans (a value is what the eval compares)."""
    sig = rec.signer
    out: dict[str, list[tuple[Any, tuple[int, int] | None]]] = {
        "doc_type": [(rec.doc_type.code, rec.doc_type.span)] if rec.doc_type and rec.doc_type.code else [],
        "number": [(rec.number.normalized, rec.number.span)] if rec.number else [],
        "issuer": [(rec.issuer.name, rec.issuer.span)] if rec.issuer else [],
        "subject": [(rec.subject, rec.spans.get("subject"))] if rec.subject else [],
        "issued_date": [(rec.issued_date, rec.spans.get("issued_date"))] if rec.issued_date else [],
        "signer": [((sig.name, sig.position), sig.span)] if sig else [],
        "recipients": [(r.name, r.span) for r in rec.recipients],
        "distribution": [(d.name, d.span) for d in rec.distribution],
        "citations": [(c.number or c.title or c.text, c.span) for c in rec.citations],
        "events": [(e.date, e.span) for e in rec.events],
        "deadlines": [(d.due, d.span) for d in rec.deadlines],
        "quantities": [((q.value, q.unit), q.span) for q in rec.quantities],
    }
    return out


def test_a_cut_copy_keeps_what_it_holds() -> None:
    found: Counter[str] = Counter()
    expected: Counter[str] = Counter()
    lost: dict[str, list[str]] = {}
    for path in _texts():
        raw = path.read_text(encoding="utf-8")
        whole = _items(parse_text(raw))
        for share in CUTS:
            part = raw[: int(len(raw) * share)]
            kept_to = normalize(part).text.rfind("\n")  # complete lines only
            if kept_to <= 0:
                continue
            cut = _items(parse_text(part))
            for field, items in whole.items():
                want = Counter(v for v, span in items if span is not None and span[1] <= kept_to)
                got = Counter(v for v, _ in cut[field])
                expected[field] += sum(want.values())
                found[field] += sum((want & got).values())
                for v in (want - got):
                    lost.setdefault(field, []).append(f"{path.name}@{share}: {v!r}")
    low = {f: round(found[f] / expected[f], 3) for f in expected if expected[f] and found[f] / expected[f] < MIN_KEPT}
    assert not low, {f: (low[f], lost[f][:5]) for f in low}

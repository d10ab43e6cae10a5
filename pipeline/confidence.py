"""Confidence of each header field (docs/RECORD.md 1.1): how far an archivist can trust it unreviewed.

A field's confidence is the product of
- how sure the rule is (an exact rule on printed text is 1.0; a công văn by layout, an inferred issuer,
  a signature block without a name or a title are less sure: RULE_* constants),
- what was read: the mean OCR word confidence of the field's span, mapped by OCR_BANDS (tesseract's
  scores are not probabilities: a clean word scores 90-96), and a factor per layout word repaired by
  tolerant matching in the span (REPAIR_*),
- the warnings about the field (models/tables/confidence.tsv: a partial date, an unreadable sequence).
Text read from a clean text layer with an exact rule is 1.0. Fields under REVIEW_THRESHOLD get a
`low_confidence` warning naming them, so that an archivist reviews exactly those.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from vanban.ingest import Extracted
from vanban.schemas import Record, Warning
from vanban.tables import rows

REVIEW_THRESHOLD = 0.8
FIELDS = ("doc_type", "number", "issuer", "place", "issued_date", "subject", "signer")
RULE_TYPE_BY_LAYOUT = 0.85  # a công văn: no type letters, no title word
RULE_INFERRED_ISSUER = 0.7  # the issuer was not printed as a letterhead line
RULE_SIGNER_PARTIAL = 0.85  # a signature block with a name but no title line
RULE_SIGNER_NO_NAME = 0.5  # a title line without a name under it: the signer is not known
REPAIR_EXACT = 0.9  # a layout word whose folded key matched the table: one wrong mark
REPAIR_FUZZY = 0.8  # a layout word matched by similarity
# (lowest mean OCR word confidence 0-100, factor): the first band the span's mean reaches
OCR_BANDS = ((92.0, 1.0), (85.0, 0.95), (75.0, 0.85), (60.0, 0.7), (0.0, 0.5))
NO_WORDS = 0.9  # an OCR'd field whose span holds no word with a score (e.g. an inferred value)


@dataclass(frozen=True)
class Lowering:
    field: str
    factor: float


@lru_cache(maxsize=1)
def _warning_factors() -> dict[str, Lowering]:
    return {r[0]: Lowering(r[1], float(r[2])) for r in rows("confidence.tsv", 4)}


def _ocr_factor(scores: list[float]) -> float:
    if not scores:
        return NO_WORDS
    mean = sum(scores) / len(scores)
    return next(f for low, f in OCR_BANDS if mean >= low)


def _rule(rec: Record, name: str) -> float:
    if name == "doc_type" and rec.doc_type is not None:
        if rec.doc_type.span is None:  # no type letters, no title word: a công văn by its layout
            return RULE_TYPE_BY_LAYOUT
    if name == "issuer" and rec.issuer is not None and rec.issuer.inferred:
        return RULE_INFERRED_ISSUER
    if name == "signer" and rec.signer is not None and not rec.signer.name:
        return RULE_SIGNER_NO_NAME
    if name == "signer" and rec.signer is not None and not (rec.signer.position or rec.signer.authority):
        return RULE_SIGNER_PARTIAL
    return 1.0


def _type_letters(rec: Record, span: tuple[int, int]) -> tuple[int, int]:
    """A type read from the number ('ý# /QĐ-UBND'): the printed type letters, not the handwritten
    sequence beside them, are what the type rests on."""
    code = rec.number.type_code if rec.number is not None else None
    k = rec.text.find(code, span[0], span[1]) if code else -1
    return (k, k + len(code)) if code and k >= 0 else span


def _pair(span: Sequence[int] | None) -> tuple[int, int] | None:
    """A record's span (a list in JSON) as a pair; None when absent. (Built by index, not `tuple(span)`: a tuple of
    any length is no pair to mypy, which needed an ignore scripts/typecheck wanted and plain `mypy pipeline` did not.)"""
    return (span[0], span[1]) if span else None


def field_spans(rec: Record) -> dict[str, tuple[int, int] | None]:
    """Where each present header field was read (normalized text offsets; None when not located)."""
    located = {"doc_type": rec.doc_type, "number": rec.number, "issuer": rec.issuer, "signer": rec.signer}
    out: dict[str, tuple[int, int] | None] = {}
    for name in FIELDS:
        if name in located:
            item = located[name]
            if item is not None:
                out[name] = _pair(item.span)
        elif getattr(rec, name) is not None:
            span = rec.spans.get(name)
            out[name] = _pair(span)
    if out.get("doc_type") and rec.number is not None and out["doc_type"] == out.get("number"):
        out["doc_type"] = _type_letters(rec, out["doc_type"])  # type: ignore[arg-type]
    return out


def _read_factor(span: tuple[int, int] | None, extracted: Extracted, to_original: Callable[[int], int]) -> float:
    """OCR scores and layout-word repairs inside the span (original text offsets)."""
    if not extracted.ocr:
        return 1.0
    if span is None:
        return NO_WORDS
    a, b = to_original(span[0]), to_original(span[1])
    scores = [c for s, e, c, _ in extracted.word_spans if s < b and a < e]
    factor = _ocr_factor(scores)
    for r in extracted.repairs:
        if r.start < b and a < r.end:
            factor *= REPAIR_EXACT if r.score >= 100 else REPAIR_FUZZY
    return factor


def score(rec: Record, extracted: Extracted | None, to_original: Callable[[int], int]) -> dict[str, float]:
    """Field -> confidence in [0, 1] for the header fields the record has."""
    spans = field_spans(rec)
    lowered = _warning_factors()
    out: dict[str, float] = {}
    for name, span in spans.items():
        c = _rule(rec, name)
        if extracted is not None:
            c *= _read_factor(span, extracted, to_original)
        for w in rec.warnings:
            low = lowered.get(w.code)
            if low is not None and low.field == name:
                c *= low.factor
        out[name] = round(min(1.0, max(0.0, c)), 2)
    return out


def review_warnings(confidence: dict[str, float], spans: dict[str, tuple[int, int] | None]) -> list[Warning]:
    """A `low_confidence` warning for each field under REVIEW_THRESHOLD."""
    return [Warning(code="low_confidence", message=f"{name}: confidence {c:.2f} is under {REVIEW_THRESHOLD}; review it",
                    span=spans.get(name))
            for name, c in confidence.items() if c < REVIEW_THRESHOLD]

"""Assemble: the extraction state of a parsed Doc -> a schemas.Record.

Adds what only the whole picture knows: the record id (sha256 of the
normalized text), the source facts from ingest, and the page of every span
(normalized offset -> original offset -> page of the input).
"""

from __future__ import annotations

import hashlib
from typing import Any

from vanban import confidence
from vanban.ingest import Extracted
from vanban.language import Extraction
from vanban.normalize import Normalized
from vanban.schemas import Record, Source, Warning


def _page_setter(extracted: Extracted | None, normalized: Normalized):
    if extracted is None or len(extracted.pages) < 2:
        single = 1 if extracted is not None and len(extracted.pages) == 1 else None

        def set_single(item: Any) -> None:
            if single and getattr(item, "span", None) is not None and hasattr(item, "page"):
                item.page = single

        return set_single

    def set_page(item: Any) -> None:
        span = getattr(item, "span", None)
        if span is not None and hasattr(item, "page"):
            item.page = extracted.page_of(normalized.offsets.to_original(span[0]))

    return set_page


def to_record(vb: Extraction, normalized: Normalized, extracted: Extracted | None, version: str) -> Record:
    text = normalized.text
    h = vb.header
    source = Source()
    if extracted is not None:
        source = Source(path=extracted.path, format=extracted.format, sha256=extracted.sha256,
                        pages=len(extracted.pages) or None, ocr=extracted.ocr,
                        ocr_confidence=extracted.ocr_confidence, encoding=extracted.encoding)
    warnings = [Warning(code="ingest", message=n) for n in (extracted.notes if extracted else [])]
    warnings += vb.ctx.warnings
    rec = Record(
        id=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source=source,
        text=text,
        doc_type=h.doc_type if h else None,
        number=h.number if h else None,
        issuer=h.issuer if h else None,
        place=h.place if h else None,
        issued_date=h.issued_date if h else None,
        subject=h.subject if h else None,
        recipients=vb.recipients,
        distribution=vb.distribution,
        signer=vb.signer,
        citations=vb.citations,
        events=vb.events,
        deadlines=vb.deadlines,
        quantities=vb.quantities,
        contacts=vb.contacts,
        warnings=warnings,
        spans=dict(h.spans) if h else {},
        pipeline_version=version,
    )
    rec.confidence = confidence.score(rec, extracted, normalized.offsets.to_original)
    if extracted is not None and extracted.envelope:  # an edXML file: its header values are the record's
        from vanban.exchange.edxml import apply_envelope

        apply_envelope(rec, extracted.envelope)
    rec.warnings += confidence.review_warnings(rec.confidence, confidence.field_spans(rec))
    set_page = _page_setter(extracted, normalized)
    for item in (rec.number, rec.issuer, rec.signer, *rec.recipients, *rec.distribution, *rec.citations,
                 *rec.events, *rec.deadlines, *rec.quantities, *rec.contacts.people):
        if item is not None:
            set_page(item)
    return rec

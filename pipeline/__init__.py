"""vanban: Vietnamese administrative documents -> structured, linked records.

Data flows one way: ingest (file -> text with layout) -> normalize -> segment
-> extract (one component per field family) -> assemble -> (link, store).

Public API::

    from vanban import parse_text, parse_file, annotate, load

    record = parse_file("cv-342.docx")        # schemas.Record
    record = parse_text(open("x.txt").read())
    doc = annotate(text)                       # spaCy Doc with span groups
    nlp = load()                               # the assembled spaCy pipeline
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

__version__ = "0.2.0"

from vanban.errors import IngestError, VanbanError, internal  # noqa: E402

__all__ = ["parse_text", "parse_file", "annotate", "load", "VanbanError", "IngestError", "__version__"]


def load(config: str | None = None):
    """The assembled spaCy pipeline (models/config.cfg), cached."""
    from vanban.language import load as _load

    return _load(config)


def _run(text: str, extracted=None, nlp=None, spans: bool = True):
    from vanban.context import Context
    from vanban.language import BareDoc, Extraction, own_pipeline
    from vanban.normalize import normalize

    where = extracted.path if extracted else None
    try:
        normalized = normalize(text)
    except Exception as e:  # a bug, but never lose the file: report the stage
        raise internal("normalize", "normalize", e, where) from e
    if not any(c.isalnum() for c in normalized.text):  # only whitespace or markup residue ("|---|", "**  **")
        raise IngestError("no text left after removing whitespace and markup (table rules, ** marks)", where)
    nlp = nlp or load()
    if spans:
        doc = nlp.make_doc(normalized.text)
    elif own_pipeline(nlp):
        doc = BareDoc(normalized.text)  # no span group to fill: no spaCy Doc at all
    else:
        # Records carry exact character spans; the token-level span groups are only for
        # annotate(), so an empty Doc saves the tokenizer (about 15% of parse time). Empty, not one
        # token holding the text: a token's text enters the shared StringStore for good, and a
        # long-lived process (vanban serve) grew by the size of every document it parsed.
        from spacy.tokens import Doc

        doc = Doc(nlp.vocab, words=[])
    doc._.vb = Extraction(ctx=Context(text=normalized.text), mirror=spans)
    for name, proc in nlp.pipeline:
        try:
            doc = proc(doc)
        except Exception as e:
            step = name.replace("vanban_", "")
            raise internal("segment" if step == "segment" else "extract", step, e, where) from e
    return doc, normalized


def annotate(text: str):
    """Run the pipeline and return the spaCy Doc (span groups: zones, header, parties, citations, ...)."""
    doc, _ = _run(text)
    return doc


def parse_text(text: str, *, path: str | None = None):
    """Parse one document's text into a `schemas.Record`."""
    from vanban.assemble import to_record
    from vanban.ingest import Extracted, sha256_bytes
    from vanban.version import pipeline_version

    # source facts only when the text came from a file the caller names
    extracted = Extracted(text=text, format="txt", sha256=sha256_bytes(text.encode("utf-8")), path=path) \
        if path else None
    doc, normalized = _run(text, extracted, spans=False)
    return to_record(doc._.vb, normalized, extracted, pipeline_version())


def parse_file(path: str | Path, *, limits=None):
    """Read a file (txt, docx, pdf, image) and parse it into a `schemas.Record`.

    Raises VanbanError (with .stage and .message) when the file cannot be turned
    into a record; callers processing many files report it and go on. `limits`
    (vanban.ingest.limits.Limits) bounds what a file may cost; defaults are generous.
    """
    from vanban.assemble import to_record
    from vanban.ingest import read
    from vanban.version import pipeline_version

    extracted = read(path, limits)
    if not extracted.text.strip():
        raise IngestError("no text could be read from the file", str(path))
    doc, normalized = _run(extracted.text, extracted, spans=False)
    return to_record(doc._.vb, normalized, extracted, pipeline_version())

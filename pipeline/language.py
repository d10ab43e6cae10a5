"""The assembled spaCy pipeline: one named component per stage after normalize.

Each component reads `doc._.vb` (the extraction state: a Context plus the
results so far), adds its items, and mirrors their spans into
``doc.spans[<name>]`` so that they can be inspected or displayed like any
spaCy span group. Components are registered factories, listed in
models/config.cfg, and can be added, removed or replaced by name
(``nlp.remove_pipe("vanban_quantities")``, ``nlp.replace_pipe(...)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from vanban.context import Context
from vanban.extract import header as header_x
from vanban.extract import parties as parties_x
from vanban.schemas import Contacts
from vanban.segment.zones import Layout, segment
from vanban.tables import models_dir

PIPELINE = ("vanban_segment", "vanban_header", "vanban_parties", "vanban_citations",
            "vanban_schedule", "vanban_quantities", "vanban_contacts")


@dataclass
class Extraction:
    ctx: Context
    layout: Layout | None = None
    header: header_x.HeaderFields | None = None
    recipients: list[Any] = field(default_factory=list)
    distribution: list[Any] = field(default_factory=list)
    signer: Any = None
    citations: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    deadlines: list[Any] = field(default_factory=list)
    quantities: list[Any] = field(default_factory=list)
    contacts: Contacts = field(default_factory=Contacts)
    # Mirror item spans into doc.spans (for annotate()); records carry exact spans either way.
    mirror: bool = True


if not Doc.has_extension("vb"):
    Doc.set_extension("vb", default=None)


def _state(doc: Doc) -> Extraction:
    # (doc._ builds an accessor object at each use: read once a component, and handed to _mirror)
    vb = doc._.vb
    if vb is None:
        vb = doc._.vb = Extraction(ctx=Context(text=doc.text))
    return vb


def _mirror(doc: Doc, group: str, spans: Iterable[tuple[tuple[int, int] | None, str]],
            vb: Extraction | None = None) -> None:
    vb = doc._.vb if vb is None else vb
    if vb is not None and not vb.mirror:
        return
    out = []
    for span, label in spans:
        if span is None:
            continue
        s = doc.char_span(span[0], span[1], label=label, alignment_mode="expand")
        if s is not None:
            out.append(s)
    doc.spans[group] = out


class Segmenter:
    def __call__(self, doc: Doc) -> Doc:
        vb = _state(doc)
        lay = segment(vb.ctx.text)
        vb.layout = lay
        vb.ctx.zones = lay.zones
        vb.ctx.headings = lay.headings
        vb.ctx.footnotes = lay.footnotes
        vb.ctx.footnote_refs = lay.footnote_refs
        _mirror(doc, "zones", ((r, name) for name, ranges in lay.zones.items() for r in ranges), vb)
        return doc


class HeaderExtractor:
    def __call__(self, doc: Doc) -> Doc:
        vb = _state(doc)
        vb.header = header_x.extract(vb.layout or segment(vb.ctx.text), vb.ctx)
        h = vb.header
        _mirror(doc, "header", [(h.number.span if h.number else None, "number"),
                                (h.issuer.span if h.issuer else None, "issuer"),
                                *((span, name) for name, span in h.spans.items())], vb)
        return doc


class PartiesExtractor:
    def __call__(self, doc: Doc) -> Doc:
        vb = _state(doc)
        lay = vb.layout or segment(vb.ctx.text)
        vb.recipients = parties_x.recipients(lay)
        vb.distribution = parties_x.distribution(lay)
        vb.signer = parties_x.signer(lay, vb.ctx)
        _mirror(doc, "parties", [*((r.span, "recipient") for r in vb.recipients),
                                 *((d.span, "distribution") for d in vb.distribution),
                                 ((vb.signer.span if vb.signer else None), "signer")], vb)
        return doc


def _keep_list(attr: str, label: str):
    def keep(vb: Extraction, items: list[Any]):
        setattr(vb, attr, items)
        return ((getattr(i, "span", None), label) for i in items)

    return keep


def _keep_schedule(vb: Extraction, result: tuple[list[Any], list[Any]]):
    vb.events, vb.deadlines = result
    return [*((e.span, "event") for e in vb.events), *((d.span, "deadline") for d in vb.deadlines)]


def _keep_contacts(vb: Extraction, contacts: Contacts):
    vb.contacts = contacts
    return ((p.span, "person") for p in contacts.people)


class BodyExtractor:
    """Wraps `vanban.extract.<module>.extract(ctx)`: `keep` stores the result on the
    extraction state and names the spans to mirror into ``doc.spans[group]``."""

    def __init__(self, group: str, module: str, keep):
        import importlib

        self.group = group
        self.extract = importlib.import_module(f"vanban.extract.{module}").extract
        self.keep = keep

    def __call__(self, doc: Doc) -> Doc:
        vb = _state(doc)
        _mirror(doc, self.group, self.keep(vb, self.extract(vb.ctx)), vb)
        return doc


_OWN_COMPONENTS = (Segmenter, HeaderExtractor, PartiesExtractor, BodyExtractor)


class _Extension:
    __slots__ = ("vb",)

    def __init__(self) -> None:
        self.vb: Extraction | None = None


class BareDoc:
    """What vanban's own components read of a Doc when no span is mirrored into span groups
    (parse_text, parse_file): the text and `_.vb`. Building a spaCy Doc, its span groups and its
    extension accessors for each text was about a hundredth of parse time, for nothing."""

    __slots__ = ("text", "_")

    def __init__(self, text: str) -> None:
        self.text = text
        self._ = _Extension()


def own_pipeline(nlp: Language) -> bool:
    """Every component of the pipeline is one of vanban's (they read only what a `BareDoc` holds); a
    component added or replaced by the caller may read any of a Doc."""
    return all(isinstance(proc, _OWN_COMPONENTS) for _, proc in nlp.pipeline)


@Language.factory("vanban_segment")
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    return Segmenter()


@Language.factory("vanban_header")
def make_header(nlp: Language, name: str) -> HeaderExtractor:
    return HeaderExtractor()


@Language.factory("vanban_parties")
def make_parties(nlp: Language, name: str) -> PartiesExtractor:
    return PartiesExtractor()


@Language.factory("vanban_citations")
def make_citations(nlp: Language, name: str) -> BodyExtractor:
    return BodyExtractor("citations", "citations", _keep_list("citations", "citation"))


@Language.factory("vanban_schedule")
def make_schedule(nlp: Language, name: str) -> BodyExtractor:
    return BodyExtractor("schedule", "schedule", _keep_schedule)


@Language.factory("vanban_quantities")
def make_quantities(nlp: Language, name: str) -> BodyExtractor:
    return BodyExtractor("quantities", "quantities", _keep_list("quantities", "quantity"))


@Language.factory("vanban_contacts")
def make_contacts(nlp: Language, name: str) -> BodyExtractor:
    return BodyExtractor("contacts", "contacts", _keep_contacts)


_WORD = re.compile(r"\S+")


class WhitespaceTokenizer:
    """Split on whitespace only, keeping the text exact (doc.text == text).

    The extractors work on characters with their own grammars; the Doc only
    carries span groups, so a cheap tokenizer is enough and keeps "04/8/2023" and
    "342-CV/TĐTN-BPT" whole. (spaCy's rule-based tokenizer was 40% of parse time.)
    """

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in _WORD.finditer(text):
            gap = text[pos:m.start()]
            if gap:
                if words and not spaces[-1] and gap[0] == " ":
                    spaces[-1] = True
                    gap = gap[1:]
                if gap:
                    words.append(gap)
                    spaces.append(False)
            words.append(m.group())
            spaces.append(False)
            pos = m.end()
        gap = text[pos:]
        if gap:
            if words and not spaces[-1] and gap[0] == " ":
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    def to_disk(self, path, **kwargs):  # nothing to save: the tokenizer has no data
        pass

    def from_disk(self, path, **kwargs):
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs):
        return self


@spacy.registry.tokenizers("vanban.WhitespaceTokenizer.v1")
def make_whitespace_tokenizer():
    def create(nlp: Language) -> WhitespaceTokenizer:
        return WhitespaceTokenizer(nlp.vocab)

    return create


def config_path() -> Path:
    return models_dir() / "config.cfg"


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Language:
    """The pipeline assembled from models/config.cfg (or a given config file)."""
    from thinc.api import Config

    cfg = Config().from_disk(path or config_path())
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)
    _freeze_loaded()
    return nlp


def _freeze_loaded() -> None:
    """Move what is alive now (spaCy, thinc, pydantic, the tables) out of the collector's reach.

    These objects live as long as the process; without this every full collection walks them
    again, about an eighth of parse time. Collected first, so no garbage is frozen.
    """
    import gc

    gc.collect()
    gc.freeze()

"""Resolve citations to documents: the directive graph's edges, as pure functions.

Identity of a document = (number key, issuing body, year). Numbers repeat
across bodies (every Tỉnh đoàn has its own "35-KH/TĐTN-...") and, for Party
and Đoàn numbers that print no year, across years; so a citation resolves to
a document only when the key, the body (resolved in the citing document's
context, see vanban.graph.bodies) and the year agree. A cited document that is
not stored becomes a stub node; importing it later turns the stub into the
real node because links are recomputed from the whole citations table
(`link` is a function of the *sets* of documents and citations: any import
order gives the same graph).

Tolerated variants, never silent: a number one character off (1134/1334,
a lost slash) with the same body, type and date, or a different number with
the same body, type, date and subject, links with confidence < 1 and a
`possible_conflict` naming both numbers. Two stored documents are never
merged; ambiguous candidates leave the citation on its own stub.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from vanban.graph.bodies import Body, DocContext, ascii_fold, cited_body, document_context, number_facts

EXACT, SAME_YEAR_OTHER_DATE, UNDATED_AMBIGUOUS, DUPLICATE = 1.0, 0.8, 0.7, 0.9
ONE_CHAR, SAME_SUBJECT = 0.7, 0.6
SUBJECT_MIN = 85  # rapidfuzz token_set_ratio on folded subjects
MAX_SAME_DAY = 50  # candidates of one body and date compared (more: ambiguous, left alone)


@dataclass(frozen=True)
class DocInfo:
    """A stored document as the linker sees it."""

    doc_id: str
    number: str | None = None
    doc_type: str | None = None
    issued_date: str | None = None
    issuer: str | None = None
    parent: str | None = None
    system: str | None = None
    place: str | None = None
    subject: str | None = None


@dataclass(frozen=True)
class CitationInfo:
    doc_id: str  # the citing document
    ord: int
    number: str | None
    doc_type: str | None = None
    date: str | None = None
    issuer: str | None = None
    subject: str | None = None
    relation: str = "mentions"
    span: tuple[int, int] | None = None


@dataclass
class Node:
    node_id: str
    kind: str  # "doc" | "stub"
    number: str | None
    number_key: str | None
    doc_type: str | None
    date: str | None
    issuer: str | None
    body: str | None
    subject: str | None = None
    doc_id: str | None = None
    variants: list[str] = field(default_factory=list)  # other numbers it is cited by (conflicts)


@dataclass(frozen=True)
class Edge:
    src: str  # citing document id (its node id)
    ord: int
    dst: str
    relation: str
    cited_number: str
    span: tuple[int, int] | None
    confidence: float
    possible_conflict: str | None = None


@dataclass
class LinkResult:
    nodes: dict[str, Node]
    edges: list[Edge]

    def canonical(self) -> list[tuple]:
        """An order-free dump for comparing graphs."""
        nodes = sorted((n.node_id, n.kind, n.number_key or "", n.body or "", tuple(sorted(n.variants)))
                       for n in self.nodes.values())
        edges = sorted((e.src, e.ord, e.dst, e.relation, e.confidence, e.possible_conflict or "")
                       for e in self.edges)
        return [("nodes", *nodes), ("edges", *edges)]


def _year(date: str | None) -> str | None:
    return date[:4] if date and len(date) >= 4 and date[:4].isdigit() else None


def _number_year(number: str | None) -> str | None:
    return number_facts(number).year if number else None


def _subject_match(a: str | None, b: str | None) -> bool:
    return bool(a and b) and fuzz.token_set_ratio(ascii_fold(a), ascii_fold(b)) >= SUBJECT_MIN


@dataclass
class _Target:
    """A citation's resolved descriptor."""

    cit: CitationInfo
    key: str
    body: Body | None
    year: str | None


@dataclass
class _Doc:
    info: DocInfo
    key: str | None
    body: Body | None
    year: str | None
    ctx: DocContext


def _doc(info: DocInfo) -> _Doc:
    ctx = document_context(info.issuer, info.parent, info.system, info.place, info.number)
    key = number_facts(info.number).key if info.number else None
    year = _number_year(info.number) or _year(info.issued_date)
    return _Doc(info, key, ctx.body, year, ctx)


def _most(values: Iterable[str | None]) -> str | None:
    c = Counter(v for v in values if v)
    return min(c, key=lambda v: (-c[v], v)) if c else None


def link(docs: Iterable[DocInfo], citations: Iterable[CitationInfo]) -> LinkResult:
    """Resolve every numbered citation to a document node or a stub node."""
    by_id: dict[str, _Doc] = {}
    for info in docs:
        by_id[info.doc_id] = _doc(info)
    nodes: dict[str, Node] = {}
    real: dict[tuple[str, str], list[_Doc]] = defaultdict(list)  # (key, body) -> documents
    for d in sorted(by_id.values(), key=lambda d: d.info.doc_id):
        i = d.info
        nodes[i.doc_id] = Node(i.doc_id, "doc", i.number, d.key, i.doc_type, i.issued_date, i.issuer,
                               d.body.key if d.body else None, i.subject, i.doc_id)
        if d.key and d.body and d.body.complete:
            real[(d.key, d.body.key)].append(d)

    edges: list[Edge] = []
    pending: list[_Target] = []
    for cit in citations:
        if not cit.number or cit.doc_id not in by_id:
            continue
        src = by_id[cit.doc_id]
        body = cited_body(cit.issuer, cit.number, src.ctx)
        t = _Target(cit, number_facts(cit.number).key, body, _number_year(cit.number) or _year(cit.date))
        hit = _resolve_real(t, real, src) if body and body.complete else None
        if hit is None:
            pending.append(t)
            continue
        d, conf, note = hit
        if d.info.doc_id != cit.doc_id:
            edges.append(_edge(t, d.info.doc_id, conf, note))
    edges.extend(_stub_edges(pending, nodes, real))
    edges.sort(key=lambda e: (e.src, e.ord))
    return LinkResult(nodes, edges)


def _edge(t: _Target, dst: str, conf: float, note: str | None) -> Edge:
    c = t.cit
    return Edge(c.doc_id, c.ord, dst, c.relation, c.number or "", c.span, conf, note)


def _resolve_real(t: _Target, real: dict, src: _Doc) -> tuple[_Doc, float, str | None] | None:
    """The stored document a citation names exactly (same key, body, year), if any."""
    cands = [d for d in real.get((t.key, t.body.key), ()) if d.info.doc_id != src.info.doc_id]
    if t.year:
        cands = [d for d in cands if d.year in (t.year, None)]
    if not cands:
        return None
    cdate = t.cit.date
    if len(cands) > 1:
        same_day = [d for d in cands if cdate and d.info.issued_date == cdate]
        if len(same_day) == 1:
            return same_day[0], EXACT, None
        if not t.year:  # undated citation: the latest document not after the citing one
            before = [d for d in cands if not src.info.issued_date or not d.info.issued_date
                      or d.info.issued_date <= src.info.issued_date]
            pick = max(before or cands, key=lambda d: (d.info.issued_date or "", d.info.doc_id))
            return pick, UNDATED_AMBIGUOUS, f"undated citation of {t.cit.number}: {len(cands)} documents"
        pick = min(cands, key=lambda d: d.info.doc_id)
        return pick, DUPLICATE, f"{len(cands)} stored documents numbered {t.cit.number}"
    d = cands[0]
    ddate = d.info.issued_date
    if cdate and ddate and cdate != ddate:
        return d, SAME_YEAR_OTHER_DATE, f"cited {t.cit.number} dated {cdate}, stored document dated {ddate}"
    if t.cit.doc_type and d.info.doc_type and t.cit.doc_type != d.info.doc_type:
        return d, SAME_YEAR_OTHER_DATE, f"cited {t.cit.number} as {t.cit.doc_type}, stored as {d.info.doc_type}"
    return d, EXACT, None


@dataclass
class _Stub:
    sid: str
    key: str
    body: Body
    year: str | None
    targets: list[_Target] = field(default_factory=list)
    into: tuple[str, float, str] | None = None  # merged into (node id, confidence, note)

    @cached_property
    def date(self) -> str | None:
        return _most(t.cit.date for t in self.targets)

    @cached_property
    def doc_type(self) -> str | None:
        return _most(t.cit.doc_type for t in self.targets)

    @cached_property
    def subject(self) -> str | None:
        return _most(t.cit.subject for t in self.targets)

    @cached_property
    def number(self) -> str:
        return _most(t.cit.number for t in self.targets) or self.key

    def rank(self) -> tuple:
        return (len({t.cit.doc_id for t in self.targets}), self.subject is not None, self.date is not None)


def _stub_edges(pending: list[_Target], nodes: dict[str, Node], real: dict) -> list[Edge]:
    """Group unresolved citations into stubs, then join OCR/typing variants."""
    stubs: dict[str, _Stub] = {}
    for t in pending:
        if t.body is None or not t.body.complete:
            # an unresolved body: a stub of its own per citing document, never shared
            body = t.body or Body("?", "unknown")
            sid = f"stub:{t.key}|{body.key}|{t.year or '?'}@{t.cit.doc_id[:16]}"
        else:
            body = t.body
            sid = f"stub:{t.key}|{body.key}|{t.year or '?'}"
        stubs.setdefault(sid, _Stub(sid, t.key, body, t.year)).targets.append(t)
    # an undated stub joins the one dated stub of the same document number and body
    dated: dict[tuple[str, str], list[_Stub]] = defaultdict(list)
    for s in stubs.values():
        if s.year and s.body.complete:
            dated[(s.key, s.body.key)].append(s)
    for s in stubs.values():
        if s.year is None and s.body.complete:
            same = dated.get((s.key, s.body.key), [])
            if len(same) == 1:
                s.into = (same[0].sid, EXACT, None)
    _join_variants([s for s in stubs.values() if s.into is None and s.body.complete], real)

    edges: list[Edge] = []
    for s in sorted(stubs.values(), key=lambda s: s.sid):
        dst, conf, note = s.sid, EXACT, None
        if s.into:
            dst, conf, note = s.into
            if dst in stubs and stubs[dst].into:  # one hop further (an undated stub of a variant)
                dst, conf2, note2 = stubs[dst].into
                conf, note = min(conf, conf2), note or note2
        for t in s.targets:
            edges.append(_edge(t, dst, conf, note))
        if s.into is None:
            nodes[s.sid] = Node(s.sid, "stub", s.number, s.key, s.doc_type, s.date,
                                _most(t.cit.issuer for t in s.targets), s.body.key, s.subject)
    for s in stubs.values():
        if s.into and s.into[2]:
            final = s.into[0]
            while final in stubs and stubs[final].into:
                final = stubs[final].into[0]
            if final in nodes and s.number not in nodes[final].variants:
                nodes[final].variants.append(s.number)
    for n in nodes.values():
        n.variants.sort()
    return edges


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))}


def _join_variants(stubs: list[_Stub], real: dict) -> None:
    """Join a stub to the one node (stored or stub) it is a variant of, with a conflict note.

    Candidates share the body and the type; a one-character number difference needs the same
    date (or, undated, the same subject); a larger difference needs the same date and subject.
    A group of more than two related nodes, or two stored documents, is left alone.
    """
    # candidate pool: stubs and stored documents, by body
    pool: dict[str, list[tuple[str, str, str | None, str | None, str | None, str]]] = defaultdict(list)
    for s in stubs:
        pool[s.body.key].append((s.sid, s.key, s.doc_type, s.date, s.subject, s.number))
    for (key, body_key), docs in real.items():
        if body_key not in pool:
            continue  # no stub of this body: nothing to join
        for d in docs:
            i = d.info
            pool[body_key].append((i.doc_id, key, i.doc_type, i.issued_date, i.subject, i.number or key))
    # nodes by key, by key and date, and (for the subject rule) by type and date
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_key_date: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    by_date: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for body_key, items in pool.items():
        for idx, (_id, key, dtype, date, subj, _num) in enumerate(items):
            by_key[(body_key, key)].append(idx)
            by_key_date[(body_key, key, date or "")].append(idx)
            if dtype and date and subj:
                by_date[(body_key, dtype, date)].append(idx)
    # one-character neighbours: keys sharing a one-character deletion, among nodes with the same
    # date (or undated); "*" scope holds every date, for undated stubs matched by subject
    wanted = {(s.body.key, s.date or "") for s in stubs} | {(s.body.key, "") for s in stubs}
    any_date = {s.body.key for s in stubs if not s.date and s.subject}
    dels: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for body_key, key, date in by_key_date:
        scopes = [sc for sc in (date,) if (body_key, sc) in wanted] + (["*"] if body_key in any_date else [])
        if not scopes:
            continue
        for v in _deletions(key) | {key}:
            for sc in scopes:
                dels[(body_key, sc, v)].add(key)
    stub_ids = {s.sid: s for s in stubs}
    neighbours: dict[str, set[str]] = defaultdict(set)
    info: dict[str, tuple] = {}
    empty: set[str] = set()
    for s in stubs:
        bk = s.body.key
        items = pool[bk]
        variants = _deletions(s.key) | {s.key}
        cand_idx: set[int] = set()
        for scope in ((s.date, "") if s.date else ("*",) if s.subject else ()):
            near: set[str] = set()
            for v in variants:
                near |= dels.get((bk, scope, v), empty)
            near.discard(s.key)
            for k in near:
                cand_idx.update(by_key[(bk, k)] if scope == "*" else by_key_date[(bk, k, scope)])
        same_day = by_date.get((s.body.key, s.doc_type, s.date), ()) if s.doc_type and s.date and s.subject else ()
        if len(same_day) <= MAX_SAME_DAY:  # more is a bulk of same-day documents: no subject guessing
            cand_idx.update(same_day)
        if len(cand_idx) > MAX_SAME_DAY:
            continue  # a dense run of same-day numbers: any join would be a guess
        for idx in cand_idx:
            oid, okey, otype, odate, osubj, onum = items[idx]
            if oid == s.sid or okey == s.key:
                continue
            if s.doc_type and otype and s.doc_type != otype:
                continue
            one_char = Levenshtein.distance(s.key, okey) == 1
            same_date = bool(s.date and odate and s.date == odate)
            if s.date and odate and not same_date:
                continue
            if s.subject and osubj and not _subject_match(s.subject, osubj):
                continue  # both say what they are about, and it differs: two documents
            if one_char and (same_date or _subject_match(s.subject, osubj)):
                conf = ONE_CHAR
            elif same_date and s.doc_type and otype and _subject_match(s.subject, osubj):
                conf = SAME_SUBJECT
            else:
                continue
            neighbours[s.sid].add(oid)
            neighbours[oid].add(s.sid)
            info[oid] = (onum,)
            info[(s.sid, oid)] = conf
            info[(oid, s.sid)] = conf
    seen: set[str] = set()
    for start in sorted(neighbours):
        if start in seen:
            continue
        comp, todo = set(), [start]
        while todo:
            n = todo.pop()
            if n not in comp:
                comp.add(n)
                todo.extend(neighbours[n])
        seen |= comp
        reals = [n for n in comp if n not in stub_ids]
        if len(reals) > 1:
            continue
        if reals:
            hub = reals[0]
            if any(not (neighbours[n] == {hub}) for n in comp if n != hub):
                continue  # stubs related among themselves too: ambiguous
        elif len(comp) == 2:
            a, b = sorted(comp)
            hub = max((a, b), key=lambda n: (stub_ids[n].rank(), n == a))
        else:
            continue
        hub_number = stub_ids[hub].number if hub in stub_ids else info[hub][0]
        for n in sorted(comp - {hub}):
            s = stub_ids[n]
            s.into = (hub, info[(n, hub)],
                      f"cited as {s.number}, linked to {hub_number} (possible conflict)")

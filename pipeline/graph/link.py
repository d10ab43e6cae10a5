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
a lost slash) with the same body and type and no other date, or a different
number with the same body, type, date, links with confidence < 1 and a
`possible_conflict` naming both numbers, and only on positive evidence: the
same subject or title (state bodies issue consecutive numbers on one day, so
a digit off on the same date proves nothing). Never when one document cites
both numbers, never absorbing a number that several documents cite, never
merging two stored documents; ambiguous candidates leave the citation on its
own stub.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from vanban.graph.bodies import Body, DocContext, ascii_fold, cited_body, document_context, number_facts

EXACT, SAME_YEAR_OTHER_DATE, UNDATED_AMBIGUOUS, DUPLICATE = 1.0, 0.8, 0.7, 0.9
ONE_CHAR, SAME_SUBJECT = 0.7, 0.6
SUBJECT_MIN = 90  # rapidfuzz ratio on folded subjects: nearly the same words
SUBJECT_MIN_WORDS = 4  # a subject cut short still names its document when this long
CONTEXT_SUBJECT_CHARS = 80  # the head of a subject looked for in a citing sentence
CONTEXT_SUBJECT_MIN_CHARS = 20  # shorter subjects are too common to count as evidence in a sentence
OWN_CITERS = 2  # a number cited by this many documents is a number in its own right
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
    title: str | None = None  # a law cited by name ("Luật Du lịch")


ContextFn = Callable[[CitationInfo], "str | None"]


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


def link(docs: Iterable[DocInfo], citations: Iterable[CitationInfo], context: ContextFn | None = None
         ) -> LinkResult:
    """Resolve every numbered citation to a document node or a stub node.

    `context(citation)` gives the text printed right after a citation; it is asked only for
    the few citations a variant join weighs, so a store can read it on demand.
    """
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
    cited: dict[str, set[str]] = defaultdict(set)  # stored document -> documents citing it exactly
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
            cited[d.info.doc_id].add(cit.doc_id)
    edges.extend(_stub_edges(pending, nodes, real, cited, context))
    edges.sort(key=lambda e: (e.src, e.ord))
    return LinkResult(nodes, edges)


def _edge(t: _Target, dst: str, conf: float, note: str | None) -> Edge:
    c = t.cit
    return Edge(c.doc_id, c.ord, dst, c.relation, c.number or "", c.span, conf, note)


def _resolve_real(t: _Target, real: dict, src: _Doc) -> tuple[_Doc, float, str | None] | None:
    """The stored document a citation names exactly (same key, body, year), if any."""
    if t.body is None:  # callers pass complete bodies only
        return None
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
    into: tuple[str, float, str | None] | None = None  # merged into (node id, confidence, note)

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


def _stub_edges(pending: list[_Target], nodes: dict[str, Node], real: dict,
                cited: dict[str, set[str]], context: ContextFn | None = None) -> list[Edge]:
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
    _join_variants([s for s in stubs.values() if s.into is None and s.body.complete], real, cited, context)

    edges: list[Edge] = []
    for s in sorted(stubs.values(), key=lambda s: s.sid):
        dst, conf, note = s.sid, EXACT, None
        if s.into:
            dst, conf, note = s.into
            hop = stubs[dst].into if dst in stubs else None
            if hop:  # one hop further (an undated stub of a variant)
                dst, conf2, note2 = hop
                conf, note = min(conf, conf2), note or note2
        for t in s.targets:
            edges.append(_edge(t, dst, conf, note))
        if s.into is None:
            nodes[s.sid] = Node(s.sid, "stub", s.number, s.key, s.doc_type, s.date,
                                _most(t.cit.issuer for t in s.targets), s.body.key, s.subject)
    for s in stubs.values():
        if s.into and s.into[2]:
            final = s.into[0]
            while final in stubs and (hop := stubs[final].into):
                final = hop[0]
            if final in nodes and s.number not in nodes[final].variants:
                nodes[final].variants.append(s.number)
    for n in nodes.values():
        n.variants.sort()
    return edges


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))}


# -- variant joins ------------------------------------------------------------------------------
# Consecutive numbers issued on one day are normal for state bodies (decrees 123 and 126 of
# 19/10/2020, laws 08 and 09 of 19/6/2017), so a number one digit off on the same date is no
# evidence by itself: a join needs a subject or title that agrees, and nothing that contradicts it.


@dataclass(frozen=True)
class _Cand:
    """A node a stub may be a variant of (another stub, or a stored document)."""

    node_id: str
    key: str
    doc_type: str | None
    date: str | None
    number: str
    subjects: frozenset[str]
    titles: frozenset[str]
    citers: frozenset[str]  # documents citing it (a stored document counts itself)
    stored: bool
    cits: tuple[CitationInfo, ...] = ()  # a stub's citations (their context is read on demand)


def _stub_cand(s: _Stub) -> _Cand:
    return _Cand(s.sid, s.key, s.doc_type, s.date, s.number,
                 frozenset(t.cit.subject for t in s.targets if t.cit.subject),
                 frozenset(t.cit.title for t in s.targets if t.cit.title),
                 frozenset(t.cit.doc_id for t in s.targets), False, tuple(t.cit for t in s.targets))


def _doc_cand(d: _Doc, key: str, citers: frozenset[str]) -> _Cand:
    i = d.info
    return _Cand(i.doc_id, key, i.doc_type, i.issued_date, i.number or key,
                 frozenset([i.subject]) if i.subject else frozenset(), frozenset(), citers | {i.doc_id}, True)


def _same_subject(a: str, b: str) -> bool:
    """Two subjects name one document: nearly the same words, or one is the other cut short.

    token_set_ratio alone is too lenient ("... của Sở Du lịch" vs "... của Sở Văn hoá và Thể
    thao" share every other word): the words one side has and the other lacks must be absent
    on one side (a shortened subject) or the texts must be nearly equal.
    """
    fa, fb = ascii_fold(a), ascii_fold(b)
    if fuzz.ratio(fa, fb) >= SUBJECT_MIN:
        return True
    wa, wb = set(fa.split()), set(fb.split())
    short = min(wa, wb, key=len)
    return len(short) >= SUBJECT_MIN_WORDS and (wa <= wb or wb <= wa)


def _texts_agree(xs: frozenset[str], ys: frozenset[str]) -> bool | None:
    """True when every known text of one side names the other's; None when a side has none."""
    if not xs or not ys:
        return None
    return all(_same_subject(x, y) for x in xs for y in ys)


def _words(s: str) -> str:
    return " ".join(re.findall(r"\w+", ascii_fold(s)))


def _named_in_context(subjects: frozenset[str], cits: tuple[CitationInfo, ...], context: ContextFn | None) -> bool:
    """A subject known on one side printed right after the other side's citation
    ("công văn số 1134-CV/... chỉ đạo ... triển khai Ngày cao điểm ...")."""
    if context is None or not subjects or not cits:
        return False
    texts = [_words(t) for c in cits if (t := context(c))]
    return any(fuzz.partial_ratio(_words(subj)[:CONTEXT_SUBJECT_CHARS], t) >= SUBJECT_MIN
               for subj in subjects for t in texts if len(_words(subj)) >= CONTEXT_SUBJECT_MIN_CHARS)


def _evidence(a: _Cand, b: _Cand, context: ContextFn | None = None) -> bool:
    """Positive evidence that two numbers are one document: subject or title agree, none differ;
    failing both known, one side's subject printed in the other's citing sentence."""
    verdicts = (_texts_agree(a.subjects, b.subjects), _texts_agree(a.titles, b.titles))
    if False in verdicts:
        return False
    if True in verdicts:
        return True
    return (_named_in_context(b.subjects | b.titles, a.cits, context)
            or _named_in_context(a.subjects | a.titles, b.cits, context))


def _join_confidence(s: _Cand, o: _Cand, context: ContextFn | None = None) -> float | None:
    """The confidence of joining stub s to candidate o, None when they are two documents."""
    if o.node_id == s.node_id or o.key == s.key:
        return None
    if s.doc_type and o.doc_type and s.doc_type != o.doc_type:
        return None
    same_date = bool(s.date and o.date and s.date == o.date)
    if s.date and o.date and not same_date:
        return None
    if s.citers & o.citers:
        return None  # one document cites both numbers (or one next to its own): two documents
    if not _evidence(s, o, context):
        return None
    if Levenshtein.distance(s.key, o.key) == 1:
        return ONE_CHAR
    return SAME_SUBJECT if same_date and s.doc_type and o.doc_type else None


@dataclass
class _Pool:
    """Candidates of one body with the indexes the neighbour search uses."""

    items: list[_Cand] = field(default_factory=list)
    by_key: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_key_date: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))
    by_type_date: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))
    # one-character neighbours: (date scope, key or a one-character deletion of it) -> keys
    dels: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, c: _Cand) -> None:
        idx = len(self.items)
        self.items.append(c)
        self.by_key[c.key].append(idx)
        self.by_key_date[(c.key, c.date or "")].append(idx)
        if c.doc_type and c.date and (c.subjects or c.titles):
            self.by_type_date[(c.doc_type, c.date)].append(idx)


def _build_pools(stubs: list[_Stub], real: dict, cited: dict[str, set[str]]) -> dict[str, _Pool]:
    pools: dict[str, _Pool] = defaultdict(_Pool)
    for s in stubs:
        pools[s.body.key].add(_stub_cand(s))
    for (key, body_key), docs in real.items():
        if body_key in pools:  # no stub of this body: nothing to join
            for d in docs:
                pools[body_key].add(_doc_cand(d, key, frozenset(cited.get(d.info.doc_id, ()))))
    wanted = {(s.body.key, s.date or "") for s in stubs} | {(s.body.key, "") for s in stubs}
    any_date = {s.body.key for s in stubs if not s.date}
    for body_key, pool in pools.items():
        for key, date in pool.by_key_date:
            scopes = ([date] if (body_key, date) in wanted else []) + (["*"] if body_key in any_date else [])
            for v in _deletions(key) | {key}:
                for sc in scopes:
                    pool.dels[(sc, v)].add(key)
    return pools


def _near(s: _Stub, pool: _Pool) -> set[int] | None:
    """Indexes of the candidates worth comparing with s; None for a dense same-day run."""
    cand_idx: set[int] = set()
    variants = _deletions(s.key) | {s.key}
    for scope in (s.date, "") if s.date else ("*",):
        near: set[str] = set()
        for v in variants:
            near |= pool.dels.get((scope, v), set())
        near.discard(s.key)
        for k in near:
            cand_idx.update(pool.by_key[k] if scope == "*" else pool.by_key_date[(k, scope)])
    same_day = pool.by_type_date.get((s.doc_type, s.date), ()) if s.doc_type and s.date else ()
    if len(same_day) <= MAX_SAME_DAY:  # more is a bulk of same-day documents: no subject guessing
        cand_idx.update(same_day)
    return None if len(cand_idx) > MAX_SAME_DAY else cand_idx


@dataclass
class _Links:
    neighbours: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    conf: dict[tuple[str, str], float] = field(default_factory=dict)
    cands: dict[str, _Cand] = field(default_factory=dict)


def _find_links(stubs: list[_Stub], pools: dict[str, _Pool], context: ContextFn | None) -> _Links:
    links = _Links()
    for s in stubs:
        pool = pools[s.body.key]
        me = next(c for c in pool.items if c.node_id == s.sid)
        links.cands[s.sid] = me
        for idx in _near(s, pool) or ():
            o = pool.items[idx]
            conf = _join_confidence(me, o, context)
            if conf is None:
                continue
            links.cands[o.node_id] = o
            links.neighbours[s.sid].add(o.node_id)
            links.neighbours[o.node_id].add(s.sid)
            links.conf[(s.sid, o.node_id)] = links.conf[(o.node_id, s.sid)] = conf
    return links


def _components(neighbours: dict[str, set[str]]) -> Iterable[set[str]]:
    seen: set[str] = set()
    for start in sorted(neighbours):
        if start in seen:
            continue
        comp: set[str] = set()
        todo = [start]
        while todo:
            n = todo.pop()
            if n not in comp:
                comp.add(n)
                todo.extend(neighbours[n])
        seen |= comp
        yield comp


def _absorbable(c: _Cand) -> bool:
    """A stub cited by several documents is a number in its own right: never absorbed."""
    return not c.stored and len(c.citers) < OWN_CITERS


def _hub(comp: set[str], links: _Links, stubs: dict[str, _Stub]) -> str | None:
    """The node a related group joins into, None when the group is ambiguous."""
    reals = [n for n in comp if links.cands[n].stored]
    if len(reals) > 1:
        return None  # two stored documents are never merged
    if reals:
        hub = reals[0]
        if any(links.neighbours[n] != {hub} for n in comp if n != hub):
            return None  # stubs related among themselves too: ambiguous
    elif len(comp) == 2:
        a, b = sorted(comp)
        hub = max((a, b), key=lambda n: (stubs[n].rank(), n == a))
    else:
        return None
    return hub if all(_absorbable(links.cands[n]) for n in comp - {hub}) else None


def _join_variants(stubs: list[_Stub], real: dict, cited: dict[str, set[str]] | None = None,
                   context: ContextFn | None = None) -> None:
    """Join a stub to the one node (stored or stub) it is a variant of, with a conflict note.

    Candidates share the body and the type and never have two dates; a one-character number
    difference or (same date) any other number needs an agreeing subject or title, and none
    that differs. No document may cite both numbers, a stub cited by several documents is
    never absorbed, and a group of more than two related nodes or two stored documents is left
    alone.
    """
    pools = _build_pools(stubs, real, cited or {})
    links = _find_links(stubs, pools, context)
    by_id = {s.sid: s for s in stubs}
    for comp in _components(links.neighbours):
        hub = _hub(comp, links, by_id)
        if hub is None:
            continue
        hub_number = links.cands[hub].number
        for n in sorted(comp - {hub}):
            s = by_id[n]
            s.into = (hub, links.conf[(n, hub)], f"cited as {s.number}, linked to {hub_number} (possible conflict)")

"""The directive graph in the store: the link stage and graph exports.

    vanban link  --db vanban.db
    vanban graph --db vanban.db [--root NUMBER|ID] [--depth N] --format json|graphml|dot|svg [-o OUT]

(their argparse is in vanban.cli.graph)

`link_store` recomputes graph_nodes/graph_edges from the documents and
citations tables (vanban.graph.link does the resolving), so the graph never
depends on import order. Readers call `ensure_linked`, which relinks only
when the documents changed since the last run (a fingerprint in graph_meta).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from vanban.grammar import docnumber
from vanban.graph.copies import mark_copies
from vanban.graph.link import CitationInfo, DocInfo, LinkResult, link
from vanban.store.sql import Connection, ddl_pg, dialect
from vanban.store.tx import write_transaction

_GRAPH_SCHEMA = """
CREATE TABLE IF NOT EXISTS graph_nodes (
    node_id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('doc', 'stub')), doc_id TEXT,
    number TEXT, number_key TEXT, doc_type TEXT, date TEXT, issuer TEXT, body TEXT, subject TEXT,
    variants TEXT);
CREATE INDEX IF NOT EXISTS graph_nodes_number_key ON graph_nodes(number_key);
CREATE TABLE IF NOT EXISTS graph_edges (
    src TEXT NOT NULL, ord INTEGER NOT NULL, dst TEXT NOT NULL, relation TEXT, cited_number TEXT,
    span_start INTEGER, span_end INTEGER, confidence REAL NOT NULL, possible_conflict TEXT,
    PRIMARY KEY (src, ord));
CREATE INDEX IF NOT EXISTS graph_edges_dst ON graph_edges(dst);
CREATE TABLE IF NOT EXISTS graph_meta (key TEXT PRIMARY KEY, value TEXT);
"""

DRAWING_MAX_NODES = 150  # more, without --root: one drawing per connected part
WIDE_RANK = 10
LAYERED_MAX_NODES = 60  # more nodes in one drawing: a spring layout (sfdp) keeps it roughly square  # a document cited by more than this many is drawn left to right
RELATION_COLOURS = {"basis": "#1f5fbf", "implements": "#2e8b57", "responds": "#d2691e", "mentions": "#808080"}


def ensure_graph_schema(conn: Connection) -> None:
    if not dialect(conn).pg:
        conn.executescript(_GRAPH_SCHEMA)
        return
    if conn.execute("SELECT to_regclass('graph_meta')").fetchone()[0]:
        return  # a reader takes no lock
    with write_transaction(conn):  # PostgreSQL: two processes may create the tables at once
        conn.executescript(ddl_pg(_GRAPH_SCHEMA))


def _fingerprint(conn: Connection) -> str:
    # a re-import stamps imported_at, so the latest stamp and the counts tell a changed store
    n, last = conn.execute("SELECT count(*), max(imported_at) FROM documents").fetchone()
    c = conn.execute("SELECT count(*) FROM citations").fetchone()[0]
    return f"{n}:{last}:{c}"


@dataclass
class LinkStats:
    documents: int
    citations: int
    nodes: int
    stubs: int
    edges: int
    conflicts: int
    seconds: float


def _doc_info(doc_id: str, number: str | None, doc_type: str | None, issued: str | None, issuer: str | None,
              extra: str, subject: str | None) -> DocInfo:
    parent, system, place = json.loads(extra)
    return DocInfo(doc_id, number, doc_type, issued, issuer, parent, system, place, subject)


def load_inputs(conn: Connection) -> tuple[list[DocInfo], list[CitationInfo]]:
    # one json_extract with three paths parses each stored record once, not three times
    extra = dialect(conn).json_list("record_json", ("issuer.parent", "issuer.system", "place"))
    docs = [_doc_info(*row) for row in conn.execute(
        f"SELECT id, number, doc_type, issued_date, issuer, {extra}, subject FROM documents")]
    cits = [CitationInfo(d, o, num, t, date, iss, subj, rel or "mentions",
                         (s, e) if s is not None else None, title)
            for d, o, num, t, date, iss, subj, rel, s, e, title in conn.execute(
                "SELECT doc_id, ord, number, doc_type, date, issuer, subject, relation, span_start, span_end, "
                "title FROM citations WHERE number IS NOT NULL")]
    return docs, cits


CONTEXT_CHARS = 300  # text after a citation that a variant join may read for its subject


def citation_context(conn: Connection):
    """context(citation): the text printed right after a citation, read from the store on demand."""
    def context(c: CitationInfo) -> str | None:
        if c.span is None:
            return None
        row = conn.execute("SELECT substr(json_extract(record_json, '$.text'), ?, ?) FROM documents WHERE id=?",
                           (c.span[1] + 1, CONTEXT_CHARS, c.doc_id)).fetchone()
        return row[0] if row else None
    return context


def link_store(conn: Connection) -> LinkStats:
    """Recompute the graph tables from the store (one transaction)."""
    t0 = time.perf_counter()
    ensure_graph_schema(conn)
    docs, cits = load_inputs(conn)
    result = link(docs, cits, citation_context(conn))
    write_graph(conn, result, _fingerprint(conn), mark_copies)
    stubs = sum(1 for n in result.nodes.values() if n.kind == "stub")
    conflicts = sum(1 for e in result.edges if e.possible_conflict)
    return LinkStats(len(docs), len(cits), len(result.nodes), stubs, len(result.edges), conflicts,
                     time.perf_counter() - t0)


def write_graph(conn: Connection, result: LinkResult, fingerprint: str,
                also: Callable[[Connection], object] | None = None) -> None:
    with write_transaction(conn):
        if also is not None:
            also(conn)  # the copies of one document are marked with the graph
        conn.execute("DELETE FROM graph_nodes")
        conn.execute("DELETE FROM graph_edges")
        conn.executemany(
            "INSERT INTO graph_nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(n.node_id, n.kind, n.doc_id, n.number, n.number_key, n.doc_type, n.date, n.issuer, n.body,
              n.subject, json.dumps(n.variants, ensure_ascii=False) if n.variants else None)
             for n in result.nodes.values()])
        conn.executemany(
            "INSERT INTO graph_edges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(e.src, e.ord, e.dst, e.relation, e.cited_number, *(e.span or (None, None)), e.confidence,
              e.possible_conflict) for e in result.edges])
        for key, value in (("fingerprint", fingerprint), ("linked_at", str(time.time()))):
            conn.execute("INSERT INTO graph_meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         (key, value))


def ensure_linked(conn: Connection) -> LinkStats | None:
    """Relink when the documents changed since the last link; returns stats when it did."""
    ensure_graph_schema(conn)
    row = conn.execute("SELECT value FROM graph_meta WHERE key='fingerprint'").fetchone()
    if row and row[0] == _fingerprint(conn):
        return None
    return link_store(conn)


# -- reading the graph -----------------------------------------------------------------------

NODE_COLUMNS = ("node_id", "kind", "doc_id", "number", "number_key", "doc_type", "date", "issuer", "body",
                "subject", "variants")
EDGE_COLUMNS = ("src", "ord", "dst", "relation", "cited_number", "span_start", "span_end", "confidence",
                "possible_conflict")


def _node(row) -> dict:
    d = dict(zip(NODE_COLUMNS, row, strict=True))
    d["variants"] = json.loads(d["variants"]) if d["variants"] else []
    return d


def find_nodes(conn: Connection, ref: str) -> list[dict]:
    """Nodes named by a document id (or a unique prefix of one), a node id, or a số hiệu."""
    cols = ", ".join(NODE_COLUMNS)
    rows = conn.execute(f"SELECT {cols} FROM graph_nodes WHERE node_id=?", (ref,)).fetchall()
    if not rows and len(ref) >= 6 and all(c in "0123456789abcdef" for c in ref):
        rows = conn.execute(f"SELECT {cols} FROM graph_nodes WHERE node_id >= ? AND node_id < ? AND kind='doc'",
                            (ref, ref + "g")).fetchall()
    if not rows:
        keys = number_keys(ref)
        rows = conn.execute(f"SELECT {cols} FROM graph_nodes WHERE number_key IN ({', '.join('?' * len(keys))}) "
                            "ORDER BY kind, date NULLS FIRST, node_id", keys).fetchall()
    return [_node(r) for r in rows]


def number_keys(ref: str) -> list[str]:
    """The keys a printed số hiệu may be stored under, whatever its spacing: '46 HD/TĐ',
    '46-HD/TĐ' and '46HD/TĐ' (stores imported before the space was read as the hyphen)."""
    k = docnumber.key(ref)
    glued = re.sub(r"^(\d+[a-z]?)-(?=[A-Z])", r"\1", k)
    return sorted({k, glued, re.sub(r"^(\d+[a-z]?)(?=[A-Z])", r"\1-", glued)})


def edges_from(conn: Connection, node_id: str) -> list[dict]:
    cols = ", ".join(EDGE_COLUMNS)
    return [dict(zip(EDGE_COLUMNS, r, strict=True)) for r in
            conn.execute(f"SELECT {cols} FROM graph_edges WHERE src=? ORDER BY ord", (node_id,))]


def edges_to(conn: Connection, node_id: str) -> list[dict]:
    cols = ", ".join(EDGE_COLUMNS)
    return [dict(zip(EDGE_COLUMNS, r, strict=True)) for r in
            conn.execute(f"SELECT {cols} FROM graph_edges WHERE dst=? ORDER BY src, ord", (node_id,))]


def get_nodes(conn: Connection, ids: set[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    ids_l = sorted(ids)
    for i in range(0, len(ids_l), 500):
        chunk = ids_l[i:i + 500]
        marks = ", ".join("?" * len(chunk))
        for r in conn.execute(f"SELECT {', '.join(NODE_COLUMNS)} FROM graph_nodes WHERE node_id IN ({marks})",
                              chunk):
            out[r[0]] = _node(r)
    return out


def subgraph(conn: Connection, roots: list[str] | None, depth: int) -> tuple[list[dict], list[dict]]:
    """The whole graph, or the nodes within `depth` edges (either direction) of the roots."""
    cols = ", ".join(EDGE_COLUMNS)
    if roots is None:
        all_nodes = [_node(r) for r in conn.execute(f"SELECT {', '.join(NODE_COLUMNS)} FROM graph_nodes "
                                                    "ORDER BY node_id")]
        all_edges = [dict(zip(EDGE_COLUMNS, r, strict=True))
                     for r in conn.execute(f"SELECT {cols} FROM graph_edges ORDER BY src, ord")]
        return all_nodes, all_edges
    seen = set(roots)
    edges: dict[tuple, dict] = {}
    frontier = deque((r, 0) for r in roots)
    while frontier:
        n, d = frontier.popleft()
        if d >= depth:
            continue
        for e in edges_from(conn, n) + edges_to(conn, n):
            edges[(e["src"], e["ord"])] = e
            for m in (e["src"], e["dst"]):
                if m not in seen:
                    seen.add(m)
                    frontier.append((m, d + 1))
    nodes = get_nodes(conn, seen)
    return [nodes[k] for k in sorted(nodes)], [edges[k] for k in sorted(edges)]


# -- exports -----------------------------------------------------------------------------------

def node_label(n: dict) -> str:
    parts = [n["number"] or (n["doc_type"] or "?") + " " + n["node_id"][:8]]
    if n["date"]:
        parts.append(n["date"])
    if n["issuer"]:
        parts.append(n["issuer"][:40])
    if n["variants"]:
        parts.append("also cited as " + ", ".join(n["variants"]))
    if n.get("hidden"):
        parts.append(f"+ {n['hidden']} cited, not stored (not drawn)")
    return "\n".join(parts)


def to_json(nodes: list[dict], edges: list[dict]) -> str:
    return json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False, indent=1)


def to_graphml(nodes: list[dict], edges: list[dict]) -> str:
    nkeys = ("kind", "number", "doc_type", "date", "issuer", "body", "subject", "label")
    ekeys = ("relation", "cited_number", "confidence", "possible_conflict")
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for k in nkeys:
        out.append(f'  <key id="n_{k}" for="node" attr.name="{k}" attr.type="string"/>')
    for k in ekeys:
        kind = "double" if k == "confidence" else "string"
        out.append(f'  <key id="e_{k}" for="edge" attr.name="{k}" attr.type="{kind}"/>')
    out.append('  <graph id="vanban" edgedefault="directed">')
    for n in nodes:
        out.append(f"    <node id={quoteattr(n['node_id'])}>")
        for k in nkeys:
            v = node_label(n) if k == "label" else n.get(k)
            if v is not None:
                out.append(f'      <data key="n_{k}">{escape(str(v))}</data>')
        out.append("    </node>")
    for e in edges:
        out.append(f"    <edge id={quoteattr(e['src'] + '#' + str(e['ord']))} source={quoteattr(e['src'])} "
                   f"target={quoteattr(e['dst'])}>")
        for k in ekeys:
            if e.get(k) is not None:
                out.append(f'      <data key="e_{k}">{escape(str(e[k]))}</data>')
        out.append("    </edge>")
    out.append("  </graph>")
    out.append("</graphml>")
    return "\n".join(out) + "\n"


def _dot_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(nodes: list[dict], edges: list[dict], legend: bool = True) -> str:
    out = ["digraph vanban {", f"  rankdir={_rankdir(edges)}; newrank=true; nodesep=0.25; ranksep=0.6;",
           '  node [fontname="DejaVu Sans", fontsize=10];', '  edge [fontname="DejaVu Sans", fontsize=9];']
    for n in nodes:
        if n["kind"] == "doc":
            style = 'shape=box, style="filled,rounded", fillcolor="#cfe3ff", color="#1f5fbf"'
        else:
            style = 'shape=box, style="dashed,rounded", color="#808080", fontcolor="#555555"'
        out.append(f"  {_dot_str(n['node_id'])} [label={_dot_str(node_label(n))}, {style}];")
    for e in edges:
        colour = RELATION_COLOURS.get(e["relation"], "#808080")
        label = e["relation"] or ""
        attrs = f'color="{colour}", fontcolor="{colour}"'
        if e["possible_conflict"]:
            label += f"\ncited {e['cited_number']} ({e['confidence']:.1f})"  # _dot_str writes the line break
            attrs = 'color="#d62728", fontcolor="#d62728", style=dashed'
        out.append(f"  {_dot_str(e['src'])} -> {_dot_str(e['dst'])} [label={_dot_str(label)}, {attrs}];")
    if edges and legend:  # legend: relation colours, stored vs cited-only documents
        out.append('  subgraph cluster_legend { label="legend"; fontsize=9; color="#bbbbbb";')
        out.append('    "_doc" [label="stored document", shape=box, style="filled,rounded", fillcolor="#cfe3ff", '
                   'color="#1f5fbf"];')
        out.append('    "_stub" [label="cited, not stored", shape=box, style="dashed,rounded", color="#808080"];')
        for rel, colour in (*RELATION_COLOURS.items(), ("possible conflict", "#d62728")):
            out.append(f'    "_{rel}" [label="", shape=point, width=0.05, color="{colour}"];')
            out.append(f'    "_{rel}_b" [label="{rel}", shape=plaintext, fontsize=9, fontcolor="{colour}"];')
            style = ", style=dashed" if rel == "possible conflict" else ""
            out.append(f'    "_{rel}_b" -> "_{rel}" [color="{colour}"{style}];')
        out.append("  }")
    out.append("}")
    return "\n".join(out) + "\n"


def _rankdir(edges: list[dict]) -> str:
    """Bottom-up (citing documents below what they cite), or left to right when one document is
    cited by so many that a row of them would be thousands of points wide."""
    indegree: dict[str, int] = {}
    for e in edges:
        indegree[e["dst"]] = indegree.get(e["dst"], 0) + 1
    return "LR" if max(indegree.values(), default=0) > WIDE_RANK else "BT"


def components(nodes: list[dict], edges: list[dict]) -> list[tuple[list[dict], list[dict]]]:
    """The weakly connected parts of a graph, largest first; lone nodes are left out."""
    parent = {n["node_id"]: n["node_id"] for n in nodes}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in edges:
        if e["src"] in parent and e["dst"] in parent:
            parent[root(e["src"])] = root(e["dst"])
    groups: dict[str, tuple[list[dict], list[dict]]] = {}
    for n in nodes:
        groups.setdefault(root(n["node_id"]), ([], []))[0].append(n)
    for e in edges:
        if e["src"] in parent:
            groups[root(e["src"])][1].append(e)
    parts = [g for g in groups.values() if g[1]]
    parts.sort(key=lambda g: (-len(g[0]), g[0][0]["node_id"]))
    return parts


def prune_lone_stubs(nodes: list[dict], edges: list[dict]) -> tuple[list[dict], list[dict]]:
    """Without the documents cited once and not stored (most nodes of a store, and no link
    between two stored documents): each citing document's label counts what was left out."""
    indegree: dict[str, int] = {}
    for e in edges:
        indegree[e["dst"]] = indegree.get(e["dst"], 0) + 1
    lone = {n["node_id"] for n in nodes if n["kind"] == "stub" and indegree.get(n["node_id"], 0) <= 1}
    hidden: dict[str, int] = {}
    for e in edges:
        if e["dst"] in lone:
            hidden[e["src"]] = hidden.get(e["src"], 0) + 1
    kept = [dict(n, hidden=hidden[n["node_id"]]) if n["node_id"] in hidden else n
            for n in nodes if n["node_id"] not in lone]
    return kept, [e for e in edges if e["dst"] not in lone]


def write_drawings(nodes: list[dict], edges: list[dict], fmt: str, output: Path) -> list[Path]:
    """A large graph drawn as one file per connected part (OUT-001.svg, largest first), without
    the documents cited once and not stored: one drawing of a whole store is too wide to read."""
    files = []
    for i, (ns, es) in enumerate(components(*prune_lone_stubs(nodes, edges)), start=1):
        path = output.with_name(f"{output.stem}-{i:03d}{output.suffix}")
        path.write_text(EXPORTERS[fmt](ns, es), encoding="utf-8")
        files.append(path)
    return files


def to_svg(nodes: list[dict], edges: list[dict]) -> str:
    dot = shutil.which("dot")
    if dot is None:
        raise RuntimeError("Graphviz `dot` not found: install it (Debian/Ubuntu: apt-get install -y graphviz), "
                           "or export --format dot and render elsewhere")
    # a layered drawing of many documents is one endless row or column: spring layout instead
    engine = ["-Ksfdp", "-Goverlap=prism", "-Gsplines=false"] if len(nodes) > LAYERED_MAX_NODES else []
    res = subprocess.run([dot, *engine, "-Tsvg"], input=to_dot(nodes, edges, legend=not engine).encode("utf-8"), capture_output=True,
                         timeout=300)
    if res.returncode != 0:
        raise RuntimeError(f"dot failed: {res.stderr.decode('utf-8', 'replace')[:500]}")
    return res.stdout.decode("utf-8")


EXPORTERS = {"json": to_json, "graphml": to_graphml, "dot": to_dot, "svg": to_svg}

"""`vanban link` and `vanban graph`: the directive graph in the store.

    vanban link  --db vanban.db
    vanban graph --db vanban.db [--root NUMBER|ID] [--depth N] --format json|graphml|dot|svg [-o OUT]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vanban.cli.common import SubParsers, add_db, open_db
from vanban.graph.build import (
    DRAWING_MAX_NODES,
    EXPORTERS,
    ensure_linked,
    find_nodes,
    link_store,
    subgraph,
    write_drawings,
)

DRAWINGS = ("svg", "dot")


def register(sub: SubParsers) -> None:
    p = sub.add_parser("link", help="link citations into the directive graph",
                       description="Link citations into the directive graph.")
    add_db(p)
    p.set_defaults(run=run_link)
    g = sub.add_parser("graph", help="the directive graph or a neighbourhood of it (json, graphml, dot, svg)",
                       description="Export the directive graph.")
    add_db(g)
    g.add_argument("--root", help="số hiệu or document id: export its neighbourhood only")
    g.add_argument("--depth", type=int, default=2, help="edges from the root (default 2)")
    g.add_argument("--format", choices=tuple(EXPORTERS), default="json")
    g.add_argument("-o", "--output", type=Path, help="output file (default stdout)")
    g.set_defaults(run=run_graph)


def run_link(args: argparse.Namespace) -> int:
    conn = open_db(args.db, "vanban link")
    if conn is None:
        return 2
    try:
        s = link_store(conn)
    finally:
        conn.close()
    print(f"linked {s.citations} citations of {s.documents} documents: {s.nodes} nodes "
          f"({s.stubs} stubs), {s.edges} edges, {s.conflicts} possible conflicts in {s.seconds:.2f} s")
    return 0


def run_graph(args: argparse.Namespace) -> int:
    conn = open_db(args.db, "vanban graph")
    if conn is None:
        return 2
    try:
        ensure_linked(conn)
        roots = None
        if args.root:
            found = find_nodes(conn, args.root)
            if not found:
                print(f"vanban graph: no document or citation {args.root!r}", file=sys.stderr)
                return 1
            roots = [n["node_id"] for n in found]
        nodes, edges = subgraph(conn, roots, args.depth)
    finally:
        conn.close()
    if args.format in DRAWINGS and roots is None and len(nodes) > DRAWING_MAX_NODES:
        return _draw_parts(args, nodes, edges)
    try:
        text = EXPORTERS[args.format](nodes, edges)
    except RuntimeError as e:
        print(f"vanban graph: {e}", file=sys.stderr)
        return 2
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {len(nodes)} nodes, {len(edges)} edges to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _draw_parts(args: argparse.Namespace, nodes: list[dict], edges: list[dict]) -> int:
    """A whole store is too large for one drawing: one file per connected part, or advice."""
    hint = f"{len(nodes)} nodes are too many for one readable drawing: use --root NUMBER (with --depth)"
    if args.output is None:
        print(f"vanban graph: {hint}, or -o FILE for one file per connected part", file=sys.stderr)
        return 2
    try:
        files = write_drawings(nodes, edges, args.format, args.output)
    except RuntimeError as e:
        print(f"vanban graph: {e}", file=sys.stderr)
        return 2
    print(f"vanban graph: {hint}; wrote {len(files)} drawings, one per connected part, largest first: "
          f"{files[0].name if files else '-'} … {files[-1].name if files else '-'}", file=sys.stderr)
    return 0

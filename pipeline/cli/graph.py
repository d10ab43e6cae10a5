"""`vanban link` and `vanban graph`: the directive graph in the store.

    vanban link  --db vanban.db
    vanban graph --db vanban.db [--root NUMBER|ID] [--depth N] --format json|graphml|dot|svg [-o OUT]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vanban.cli.common import SubParsers, add_db, open_db
from vanban.graph.build import EXPORTERS, ensure_linked, find_nodes, link_store, subgraph


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

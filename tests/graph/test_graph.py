"""The link stage over a real SQLite store, and the graph exports."""

from __future__ import annotations

import json
import random
import xml.etree.ElementTree as ET

import pytest
from conftest import SAMPLES
from graphcorpus import link_inputs, parsed_corpus, score_links

from vanban import parse_file
from vanban.cli import main
from vanban.graph.build import (
    ensure_linked,
    find_nodes,
    link_store,
    subgraph,
    to_dot,
    to_graphml,
    to_json,
)
from vanban.graph.link import link
from vanban.store.db import Store


def canonical_dump(conn) -> tuple:
    nodes = conn.execute("SELECT node_id, kind, doc_id, number_key, body, variants FROM graph_nodes "
                         "ORDER BY node_id").fetchall()
    edges = conn.execute("SELECT src, ord, dst, relation, confidence, possible_conflict FROM graph_edges "
                         "ORDER BY src, ord").fetchall()
    return tuple(nodes), tuple(edges)


@pytest.fixture(scope="module")
def dev_records():
    return [parse_file(f) for f in sorted(SAMPLES.glob("*.txt"))]


@pytest.fixture
def dev_store(new_db, dev_records):
    store = Store(new_db("dev.db"))
    for r in dev_records:
        store.put(r)
    link_store(store.conn)
    yield store
    store.close()


def test_dev_corpus_1134_1334_linked_as_possible_conflict(dev_store):
    rows = dev_store.conn.execute(
        "SELECT cited_number, dst, confidence, possible_conflict FROM graph_edges "
        "WHERE cited_number IN ('1134-CV/TWĐTN-CNĐT', '1334-CV/TWĐTN-CNĐT')").fetchall()
    assert len(rows) == 2
    assert rows[0][1] == rows[1][1]  # one node for the one Công văn
    flagged = [r for r in rows if r[3]]
    assert len(flagged) == 1 and flagged[0][2] < 1
    assert "1134-CV/TWĐTN-CNĐT" in flagged[0][3] and "1334-CV/TWĐTN-CNĐT" in flagged[0][3]


def test_dev_corpus_bodies_in_context(dev_store):
    c = dev_store.conn
    # "của Ban Thường vụ Tỉnh đoàn" in a document of BCH ĐOÀN TỈNH KIÊN GIANG
    body = c.execute("SELECT n.body FROM graph_edges e JOIN graph_nodes n ON n.node_id = e.dst "
                     "WHERE e.cited_number = '35-KH/TĐTN-TTNTH'").fetchone()[0]
    assert body == "tinh doan|kien giang"
    body = c.execute("SELECT n.body FROM graph_edges e JOIN graph_nodes n ON n.node_id = e.dst "
                     "WHERE e.cited_number = '241-KH/TĐTN-TCKT'").fetchone()[0]
    assert body == "tinh doan|ben tre"


def test_test_corpus_precision_and_recall():
    gen, records = parsed_corpus(0)
    result = link(*link_inputs(records.values()))
    score = score_links(result, gen, {n: r.id for n, r in records.items()})
    assert score.total >= 100
    assert score.wrong == 0, score.wrong_edges
    assert score.precision == 1.0
    assert score.recall >= 0.95
    # same-numbered plans of several provinces: every province's citations stay in the province
    plans = [r for n, r in records.items() if n.endswith("_plan") and r.number
             and r.number.normalized == "35-KH/TĐTN-TTNTH"]
    assert len(plans) >= 5


def test_any_import_order_gives_the_same_graph(new_db):
    _gen, records = parsed_corpus(0)
    recs = list(records.values())
    dumps = set()
    rng = random.Random(3)
    for i in range(4):
        rng.shuffle(recs)
        store = Store(new_db(f"order{i}.db"))
        half = len(recs) // 2
        for r in recs[:half]:
            store.put(r)
        link_store(store.conn)  # a link run between imports: stubs promoted later
        for r in recs[half:]:
            store.put(r)
        assert ensure_linked(store.conn) is not None
        dumps.add(canonical_dump(store.conn))
        store.close()
    assert len(dumps) == 1


def test_ensure_linked_relinks_only_after_changes(dev_store, dev_records):
    assert ensure_linked(dev_store.conn) is None
    dev_records[0].subject = "changed"
    dev_store.put(dev_records[0])
    assert ensure_linked(dev_store.conn) is not None


def test_find_nodes_by_number_id_and_prefix(dev_store):
    n = find_nodes(dev_store.conn, "342 - CV/TĐTN-BPT")
    assert len(n) == 1 and n[0]["kind"] == "doc"
    assert find_nodes(dev_store.conn, n[0]["node_id"][:10])[0]["node_id"] == n[0]["node_id"]
    stub = find_nodes(dev_store.conn, "1334-CV/TWDTN-CNDT")
    assert stub[0]["kind"] == "stub" and stub[0]["variants"] == ["1134-CV/TWĐTN-CNĐT"]


def test_neighbourhood(dev_store):
    root = find_nodes(dev_store.conn, "342-CV/TĐTN-BPT")[0]["node_id"]
    nodes, edges = subgraph(dev_store.conn, [root], 1)
    assert len(edges) == 3 and len(nodes) == 4
    nodes2, edges2 = subgraph(dev_store.conn, [root], 2)
    assert len(edges2) == 4  # the report that cites the same Công văn (as 1134)


def test_exports(dev_store):
    nodes, edges = subgraph(dev_store.conn, None, 0)
    data = json.loads(to_json(nodes, edges))
    assert len(data["nodes"]) == len(nodes) and {e["relation"] for e in data["edges"]} >= {"basis", "mentions"}
    root = ET.fromstring(to_graphml(nodes, edges))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == len(nodes)
    assert len(root.findall(".//g:edge", ns)) == len(edges)
    dot = to_dot(nodes, edges)
    assert dot.startswith("digraph") and "dashed" in dot and "#d62728" in dot  # stubs, the conflict edge


def test_graph_command_svg(dev_store, tmp_path):
    import shutil

    if shutil.which("dot") is None:
        pytest.skip("graphviz not installed")
    out = tmp_path / "g.svg"
    assert main(["graph", "--db", str(dev_store.target), "--format", "svg", "-o", str(out)]) == 0
    assert "<svg" in out.read_text(encoding="utf-8")
    assert main(["graph", "--db", str(dev_store.target), "--root", "35-KH/TĐTN-TTNTH", "--depth", "1",
                       "--format", "json", "-o", str(tmp_path / "n.json")]) == 0
    assert len(json.loads((tmp_path / "n.json").read_text())["edges"]) == 1


def test_graph_command_without_graphviz(dev_store, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert main(["graph", "--db", str(dev_store.target), "--format", "svg", "-o", str(tmp_path / "g.svg")]) == 2
    assert "apt-get install -y graphviz" in capsys.readouterr().err


def test_link_command(dev_store, capsys, tmp_path):
    assert main(["link", "--db", str(dev_store.target)]) == 0
    assert "1 possible conflicts" in capsys.readouterr().out
    assert main(["link", "--db", str(tmp_path / "missing.db")]) == 2


@pytest.mark.parametrize("stored", ["46-HD/TĐ", "46HD/TĐ"])  # today's form, and a store imported before
@pytest.mark.parametrize("asked", ["46 HD/TĐ", "46-HD/TĐ", "46HD/TĐ", "46 - HD/TĐ", "Số: 46 HD/TĐ"])
def test_show_and_graph_accept_any_printed_spacing(stored, asked):
    import sqlite3

    from vanban.graph.build import ensure_graph_schema, find_nodes, write_graph
    from vanban.graph.link import DocInfo, link

    conn = sqlite3.connect(":memory:")
    ensure_graph_schema(conn)
    doc = DocInfo("d46", stored, "HD", "2023-03-01", "BAN THƯỜNG VỤ TỈNH ĐOÀN", None, "doan", "Rạch Giá")
    write_graph(conn, link([doc], []), "x")
    assert [n["node_id"] for n in find_nodes(conn, asked)] == ["d46"]
    assert find_nodes(conn, "45 HD/TĐ") == []


def _hub_graph(n_citing: int, n_parts: int) -> tuple[list[dict], list[dict]]:
    """n_parts separate stars: a cited decree and n_citing documents citing it (one a variant)."""
    nodes, edges = [], []
    for p in range(n_parts):
        hub = f"stub:{p}/2025/ND-CP"
        nodes.append({"node_id": hub, "kind": "stub", "doc_id": None, "number": f"{p}/2025/NĐ-CP",
                      "number_key": None, "doc_type": "NĐ", "date": "2025-06-09", "issuer": "Chính phủ",
                      "body": "chinh phu", "subject": None, "variants": []})
        for i in range(n_citing):
            nid = f"{p:02d}{i:04d}" + "0" * 58
            nodes.append({"node_id": nid, "kind": "doc", "doc_id": nid, "number": f"{i}/QĐ-UBND",
                          "number_key": None, "doc_type": "QĐ", "date": "2025-07-01", "issuer": "UBND TỈNH",
                          "body": None, "subject": None, "variants": []})
            edges.append({"src": nid, "ord": 0, "dst": hub, "relation": "basis", "cited_number": f"{p}/NĐ-CP",
                          "span_start": 0, "span_end": 5, "confidence": 0.6 if i == 0 else 1.0,
                          "possible_conflict": "cited as x (possible conflict)" if i == 0 else None})
    nodes.append({"node_id": "f" * 64, "kind": "doc", "doc_id": "f" * 64, "number": "1/TB", "number_key": None,
                  "doc_type": "TB", "date": None, "issuer": None, "body": None, "subject": None, "variants": []})
    return nodes, edges


def test_dot_labels_have_no_escape_residue_and_wide_stars_go_left_to_right():
    nodes, edges = _hub_graph(30, 1)
    dot = to_dot(nodes, edges)
    assert "rankdir=LR" in dot and "\\\\n" not in dot  # a line break, never a printed backslash-n
    assert "\\ncited 0/NĐ-CP (0.6)" in dot
    assert "rankdir=BT" in to_dot(*_hub_graph(3, 1))


def test_a_large_graph_is_drawn_one_part_per_file(tmp_path, capsys):
    from vanban.graph.build import DRAWING_MAX_NODES, components, write_drawings

    nodes, edges = _hub_graph(40, 5)
    assert len(nodes) > DRAWING_MAX_NODES
    parts = components(nodes, edges)
    assert len(parts) == 5 and all(len(ns) == 41 for ns, _ in parts)  # the lone node is left out
    files = write_drawings(nodes, edges, "dot", tmp_path / "store.dot")
    assert [f.name for f in files][:2] == ["store-001.dot", "store-002.dot"]
    assert all(f.read_text().count(" -> ") >= 40 for f in files)


def test_drawings_leave_out_stubs_cited_once_and_say_so():
    from vanban.graph.build import node_label, prune_lone_stubs

    nodes, edges = _hub_graph(3, 1)
    lone = {"node_id": "stub:9/QD-TTG", "kind": "stub", "doc_id": None, "number": "9/QĐ-TTg", "number_key": None,
            "doc_type": "QĐ", "date": None, "issuer": None, "body": "ttg", "subject": None, "variants": []}
    src = nodes[1]["node_id"]
    kept, kept_edges = prune_lone_stubs(nodes + [lone], edges + [dict(edges[0], ord=1, dst=lone["node_id"])])
    assert lone["node_id"] not in {n["node_id"] for n in kept} and len(kept_edges) == len(edges)
    assert "+ 1 cited, not stored" in node_label(next(n for n in kept if n["node_id"] == src))


# -- the false-merge corpus end to end: texts parsed, stored and linked ----------------------------------

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH {prov}
Số: {n}/UBND-KT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày {d} tháng 3 năm 2025

V/v triển khai {topic}

Kính gửi: Các sở, ban, ngành tỉnh.

"""
_TAIL = """

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
"""
_CITES = {  # what each invented công văn cites: consecutive same-day decrees, each with its subject
    "a": "Căn cứ Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ về hóa đơn, chứng từ;",
    "b": "Căn cứ Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ về quản lý thuế;",
    "c": "Căn cứ Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ về quản lý thuế;",
    # one digit off, the same subject: the same decree misprinted
    "d": "Căn cứ Nghị định số 128/2020/NĐ-CP ngày 19/10/2020 của Chính phủ về quản lý thuế;",
    # numbers only: nothing says whether they are one document, so they stay two
    "e": "Căn cứ Nghị định số 166/2025/NĐ-CP ngày 30/6/2025 của Chính phủ;",
    "f": "Căn cứ Nghị định số 167/2025/NĐ-CP ngày 30/6/2025 của Chính phủ;",
    "g": "Căn cứ Luật Du lịch số 09/2017/QH14 ngày 19/6/2017;",
    "h": "Căn cứ Luật Thủy lợi số 08/2017/QH14 ngày 19/6/2017;",
}


def test_parsed_same_day_decrees_stay_apart_and_a_misprint_joins(new_db):
    from vanban import parse_text

    store = Store(new_db("fm.db"))
    for i, (key, line) in enumerate(sorted(_CITES.items())):
        text = _HEAD.format(prov="BẮC NINH", n=100 + i, place="Bắc Ninh", d=3 + i, topic=f"việc {key}") + line + \
            "\nỦy ban nhân dân tỉnh đề nghị các đơn vị triển khai thực hiện." + _TAIL
        store.put(parse_text(text))
    link_store(store.conn)
    rows = store.conn.execute("SELECT e.cited_number, e.dst, e.possible_conflict FROM graph_edges e").fetchall()
    store.close()
    dst = {}
    for cited, node, _note in rows:
        dst.setdefault(cited, set()).add(node)
    assert set(dst) >= {"123/2020/NĐ-CP", "126/2020/NĐ-CP", "128/2020/NĐ-CP", "09/2017/QH14", "08/2017/QH14"}
    assert dst["123/2020/NĐ-CP"] != dst["126/2020/NĐ-CP"]  # consecutive decrees of one day, two subjects
    assert dst["09/2017/QH14"] != dst["08/2017/QH14"]  # laws of one session, two titles
    assert dst["166/2025/NĐ-CP"] != dst["167/2025/NĐ-CP"]  # no evidence either way: never merged
    assert dst["128/2020/NĐ-CP"] == dst["126/2020/NĐ-CP"]  # the misprint of a number two documents cite
    flagged = [(c, n) for c, _d, n in rows if n]
    assert [c for c, _ in flagged] == ["128/2020/NĐ-CP"], flagged

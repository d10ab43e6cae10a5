"""Citation resolution (vanban.graph.link, vanban.graph.bodies): pure functions, no SQLite."""

from __future__ import annotations

import random

from vanban.graph.bodies import cited_body, document_context
from vanban.graph.link import CitationInfo, DocInfo, link

KG = DocInfo("kg-cv", "342-CV/TĐTN-BPT", "CV", "2023-07-26", "BCH ĐOÀN TỈNH KIÊN GIANG", None, "doan", "Rạch Giá")
BT = DocInfo("bt-cv", "342-CV/TĐTN-BPT", "CV", "2023-07-20", "BCH ĐOÀN TỈNH BẾN TRE", None, "doan", "Bến Tre")
KG_PLAN = DocInfo("kg-plan", "35-KH/TĐTN-TTNTH", "KH", "2023-05-04", "BCH ĐOÀN TỈNH KIÊN GIANG", None, "doan",
                  "Rạch Giá", "tổ chức Chiến dịch Thanh niên tình nguyện Hè 2023")
BT_PLAN = DocInfo("bt-plan", "35-KH/TĐTN-TTNTH", "KH", "2023-05-04", "BCH ĐOÀN TỈNH BẾN TRE", None, "doan",
                  "Bến Tre", "tổ chức Chiến dịch Thanh niên tình nguyện Hè 2023")


def cite(doc_id, ord_, number, date=None, issuer=None, doc_type=None, subject=None, relation="basis"):
    return CitationInfo(doc_id, ord_, number, doc_type, date, issuer, subject, relation, (0, 10))


def edge_of(result, src, ord_=0):
    return next(e for e in result.edges if e.src == src and e.ord == ord_)


# -- bodies -------------------------------------------------------------------------------------------

def test_tinh_doan_resolved_from_the_citing_documents_province():
    ctx = document_context("BCH ĐOÀN TỈNH KIÊN GIANG", None, "doan", "Rạch Giá", "342-CV/TĐTN-BPT")
    assert cited_body("Ban Thường vụ Tỉnh đoàn", "35-KH/TĐTN-TTNTH", ctx).key == "tinh doan|kien giang"
    assert cited_body(None, "38-KH/TDTN-BPT", ctx).key == "tinh doan|kien giang"  # own series, Đ typed D
    assert cited_body("UBND tỉnh", "1157/QĐ-UBND", ctx).key == "ubnd|kien giang"
    assert cited_body("Ban Bí thư Trung ương đoàn", "1334-CV/TWĐTN-CNĐT", ctx).key == "tw doan"
    assert cited_body("Thủ tướng Chính phủ", "57/2015/QĐ-TTg", ctx).key == "ttg"


def test_huyen_doan_plan_cites_its_provinces_bodies():
    ctx = document_context("BCH ĐOÀN HUYỆN CHÂU THÀNH", "TỈNH ĐOÀN KIÊN GIANG", "doan", "Châu Thành", "12-KH/HĐTN")
    assert ctx.body.key == "huyen doan|kien giang/chau thanh"
    assert cited_body("Ban Thường vụ Tỉnh đoàn", "35-KH/TĐTN-TTNTH", ctx).key == "tinh doan|kien giang"
    assert cited_body("UBND tỉnh", "56/2025/QĐ-UBND", ctx).key == "ubnd|kien giang"
    assert cited_body("Ban Thường vụ Huyện đoàn", "11-KH/HĐTN", ctx) == ctx.body


def test_explicit_province_and_central_city():
    kg = document_context("BCH ĐOÀN TỈNH KIÊN GIANG", None, "doan", None, "342-CV/TĐTN-BPT")
    assert cited_body("Ban Thường vụ Tỉnh đoàn Bến Tre", "342-CV/TĐTN-BPT", kg).key == "tinh doan|ben tre"
    hcm = document_context("BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP", "THÀNH ĐOÀN TP. HỒ CHÍ MINH", "doan", None,
                           "178-TB/ĐTN")
    assert cited_body(None, "63-KH/TĐTN-BCNLĐ", hcm).key == "tinh doan|ho chi minh"
    assert cited_body("Ban Thường vụ Thành đoàn", "63-KH/TĐTN-BCNLĐ", hcm).key == "tinh doan|ho chi minh"
    hn = document_context("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "UBND THÀNH PHỐ HÀ NỘI", "state", "Hà Nội", "5095/SGDĐT-CTTTHSSV")
    assert cited_body("UBND Thành phố", "6356/UBND-NNMT", hn).key == "ubnd|ha noi"


def test_unknown_province_gives_an_incomplete_body():
    ctx = document_context("Ban Thường vụ Huyện đoàn", None, "doan", None, "55-KH/HĐTĐN")
    body = cited_body("UBND tỉnh", "1157/QĐ-UBND", ctx)
    assert body is not None and not body.complete


# -- linking --------------------------------------------------------------------------------------------

def test_same_number_links_to_the_own_provinces_plan_only():
    cits = [cite("kg-cv", 0, "35-KH/TĐTN-TTNTH", "2023-05-04", "Ban Thường vụ Tỉnh đoàn"),
            cite("bt-cv", 0, "35-KH/TĐTN-TTNTH", "2023-05-04", "Ban Thường vụ Tỉnh đoàn")]
    r = link([KG, BT, KG_PLAN, BT_PLAN], cits)
    assert edge_of(r, "kg-cv").dst == "kg-plan"
    assert edge_of(r, "bt-cv").dst == "bt-plan"
    assert all(e.confidence == 1.0 and e.possible_conflict is None for e in r.edges)


def test_another_bodys_same_number_is_never_linked():
    r = link([BT, KG_PLAN], [cite("bt-cv", 0, "35-KH/TĐTN-TTNTH", "2023-05-04", "Ban Thường vụ Tỉnh đoàn")])
    e = edge_of(r, "bt-cv")
    assert e.dst != "kg-plan"
    assert r.nodes[e.dst].kind == "stub" and r.nodes[e.dst].body == "tinh doan|ben tre"


def test_stub_is_promoted_when_the_document_arrives():
    cits = [cite("kg-cv", 0, "35-KH/TĐTN-TTNTH", "2023-05-04", "Ban Thường vụ Tỉnh đoàn")]
    before = link([KG], cits)
    assert before.nodes[edge_of(before, "kg-cv").dst].kind == "stub"
    after = link([KG, KG_PLAN], cits)
    assert edge_of(after, "kg-cv").dst == "kg-plan"
    assert not [n for n in after.nodes.values() if n.kind == "stub"]


def test_one_character_variant_of_the_same_cv_is_a_possible_conflict():
    # dev docs 000 and 001: the same Công văn of Ban Bí thư TW Đoàn dated 07/7/2023, 1334 vs 1134
    d0 = DocInfo("d0", "342-CV/TĐTN-BPT", "CV", "2023-07-26", "BCH ĐOÀN TỈNH KIÊN GIANG", None, "doan")
    d1 = DocInfo("d1", None, "BC", None, "Ban Bí thư Trung ương Đoàn", None, "doan")
    cits = [cite("d0", 0, "1334-CV/TWĐTN-CNĐT", "2023-07-07", "Ban Bí thư Trung ương đoàn", "CV",
                 "Triển khai Ngày cao điểm Chiến sĩ tình nguyện"),
            cite("d1", 0, "1134-CV/TWĐTN-CNĐT", "2023-07-07", "Ban Bí thư Trung ương Đoàn", "CV")]
    r = link([d0, d1], cits)
    e0, e1 = edge_of(r, "d0"), edge_of(r, "d1")
    assert e0.dst == e1.dst
    conflict = [e for e in (e0, e1) if e.possible_conflict]
    assert len(conflict) == 1 and conflict[0].confidence < 1
    assert "1134-CV/TWĐTN-CNĐT" in conflict[0].possible_conflict
    assert "1334-CV/TWĐTN-CNĐT" in conflict[0].possible_conflict
    assert r.nodes[e0.dst].variants


def test_one_character_off_with_another_date_is_not_joined():
    plan36 = DocInfo("kg-36", "36-KH/TĐTN-TTNTH", "KH", "2023-06-01", "BCH ĐOÀN TỈNH KIÊN GIANG", None, "doan")
    r = link([KG, plan36], [cite("kg-cv", 0, "35-KH/TĐTN-TTNTH", "2023-05-04", "Ban Thường vụ Tỉnh đoàn", "KH")])
    assert edge_of(r, "kg-cv").dst != "kg-36"


def test_two_stored_documents_are_never_merged():
    a = DocInfo("a", "1134-CV/TWĐTN-CNĐT", "CV", "2023-07-07", "BAN CHẤP HÀNH TRUNG ƯƠNG", None, "doan")
    b = DocInfo("b", "1334-CV/TWĐTN-CNĐT", "CV", "2023-07-07", "BAN CHẤP HÀNH TRUNG ƯƠNG", None, "doan")
    cits = [cite("kg-cv", 0, "1134-CV/TWĐTN-CNĐT", "2023-07-07", "Ban Bí thư Trung ương Đoàn"),
            cite("kg-cv", 1, "1334-CV/TWĐTN-CNĐT", "2023-07-07", "Ban Bí thư Trung ương Đoàn")]
    r = link([KG, a, b], cits)
    assert edge_of(r, "kg-cv", 0).dst == "a" and edge_of(r, "kg-cv", 1).dst == "b"
    assert all(e.possible_conflict is None for e in r.edges)


def test_variant_of_a_stored_document_links_with_a_flag():
    b = DocInfo("b", "1334-CV/TWĐTN-CNĐT", "CV", "2023-07-07", "BAN CHẤP HÀNH TRUNG ƯƠNG", None, "doan")
    r = link([KG, b], [cite("kg-cv", 0, "1134-CV/TWĐTN-CNĐT", "2023-07-07", "Ban Bí thư Trung ương Đoàn", "CV")])
    e = edge_of(r, "kg-cv")
    assert e.dst == "b" and e.confidence < 1 and "1134" in e.possible_conflict and "1334" in e.possible_conflict


def test_same_subject_and_date_with_a_different_number():
    cits = [cite("kg-cv", 0, "35-KH/TĐTN-TTNTH", "2023-05-04", "Ban Thường vụ Tỉnh đoàn", "KH",
                 "tổ chức Chiến dịch Thanh niên tình nguyện Hè 2023")]
    plan = DocInfo("p", "53-KH/TĐTN-TTNTH", "KH", "2023-05-04", "BCH ĐOÀN TỈNH KIÊN GIANG", None, "doan", None,
                   "Tổ chức Chiến dịch Thanh niên tình nguyện Hè năm 2023")
    e = edge_of(link([KG, plan], cits), "kg-cv")
    assert e.dst == "p" and e.confidence < 1 and "35-KH" in e.possible_conflict and "53-KH" in e.possible_conflict


def test_party_numbers_repeat_every_year():
    old = DocInfo("old", "35-KH/TĐTN-TTNTH", "KH", "2022-05-04", "BCH ĐOÀN TỈNH KIÊN GIANG", None, "doan")
    cits = [cite("kg-cv", 0, "35-KH/TĐTN-TTNTH", "2023-05-04", "Ban Thường vụ Tỉnh đoàn")]
    assert edge_of(link([KG, old], cits), "kg-cv").dst != "old"
    assert edge_of(link([KG, old, KG_PLAN], cits), "kg-cv").dst == "kg-plan"


def test_unresolved_body_never_links_to_another_provinces_document():
    unknown = DocInfo("hd", "55-KH/HĐTĐN", "KH", None, "Ban Thường vụ Huyện đoàn", None, "doan")
    r = link([unknown, KG_PLAN], [cite("hd", 0, "35-KH/TĐTN-TTNTH", "2023-05-04", "Ban Thường vụ Tỉnh đoàn")])
    e = edge_of(r, "hd")
    assert e.dst != "kg-plan" and r.nodes[e.dst].kind == "stub"


def test_national_number_links_by_number_alone():
    ttg = DocInfo("ttg", "57/2015/QĐ-TTg", "QĐ", "2015-11-16", "THỦ TƯỚNG CHÍNH PHỦ", None, "state")
    r = link([KG, ttg], [cite("kg-cv", 0, "57/2015/QĐ-TTg")])
    assert edge_of(r, "kg-cv").dst == "ttg"


def test_linking_ignores_input_order():
    docs = [KG, BT, KG_PLAN, BT_PLAN]
    cits = [cite("kg-cv", 0, "35-KH/TĐTN-TTNTH", "2023-05-04", "Ban Thường vụ Tỉnh đoàn"),
            cite("bt-cv", 0, "35-KH/TĐTN-TTNTH", None, "Ban Thường vụ Tỉnh đoàn"),
            cite("bt-cv", 1, "1334-CV/TWĐTN-CNĐT", "2023-07-07", "Ban Bí thư Trung ương Đoàn"),
            cite("kg-cv", 1, "1134-CV/TWĐTN-CNĐT", "2023-07-07", "Ban Bí thư Trung ương Đoàn")]
    want = link(docs, cits).canonical()
    rng = random.Random(7)
    for _ in range(5):
        rng.shuffle(docs)
        rng.shuffle(cits)
        assert link(docs, cits).canonical() == want

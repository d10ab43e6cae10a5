"""Citation resolution (vanban.graph.link, vanban.graph.bodies): pure functions, no SQLite."""

from __future__ import annotations

import random

import pytest

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
    # d1 gives no subject field, but its sentence goes on with the same subject: the evidence
    said = {("d1", 0): " chỉ đạo các tỉnh, thành Đoàn triển khai Ngày cao điểm “Chiến sỹ tình nguyện vì đô thị"}
    without = link([d0, d1], cits)
    assert edge_of(without, "d0").dst != edge_of(without, "d1").dst  # no subject anywhere: no evidence
    r = link([d0, d1], cits, lambda c: said.get((c.doc_id, c.ord)))
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
    b = DocInfo("b", "1334-CV/TWĐTN-CNĐT", "CV", "2023-07-07", "BAN CHẤP HÀNH TRUNG ƯƠNG", None, "doan", None,
                "triển khai Ngày cao điểm Chiến sĩ tình nguyện vì Đô thị văn minh")
    r = link([KG, b], [cite("kg-cv", 0, "1134-CV/TWĐTN-CNĐT", "2023-07-07", "Ban Bí thư Trung ương Đoàn", "CV",
                            "Triển khai Ngày cao điểm Chiến sĩ tình nguyện vì đô thị văn minh")])
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


# -- false merges: consecutive numbers of one body on one day are distinct documents ------------------

CP = ("Chính phủ", "NĐ")


def _state_doc(doc_id: str, day: str = "2024-01-15") -> DocInfo:
    return DocInfo(doc_id, f"{doc_id[-2:]}/UBND-VP", "CV", day, "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", None, "state",
                   "Bắc Ninh")


# (cited number, its subject or title, the other number, its subject or title, same citing document?)
DISTINCT = [
    ("123/2020/NĐ-CP", "quy định về hóa đơn, chứng từ", "126/2020/NĐ-CP",
     "quy định chi tiết một số điều của Luật Quản lý thuế", False),
    ("82/2024/NĐ-CP", None, "85/2024/NĐ-CP", None, False),  # nothing to tell: no evidence, no join
    ("166/2025/NĐ-CP", None, "167/2025/NĐ-CP", "quy định về tổ chức các cơ quan chuyên môn", False),
    ("22/2025/QĐ-UBND", "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Du lịch",
     "17/2025/QĐ-UBND", "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hoá và Thể thao",
     False),
    ("1003/QĐ-BNNMT", "công bố thủ tục hành chính chuẩn hóa lĩnh vực biển và hải đảo",
     "1000/QĐ-BNNMT", "công bố chuẩn hóa thủ tục hành chính lĩnh vực trồng trọt và bảo vệ thực vật", True),
    ("17/2024/NQ-HĐND", "quy định mức hỗ trợ phát triển nông nghiệp", "16/2024/NQ-HĐND",
     "quy định mức hỗ trợ phát triển nông nghiệp", True),  # one document cites both: two documents
]
TITLED = [("09/2017/QH14", "Luật Du lịch", "08/2017/QH14", "Luật Thủy lợi")]


def _cit(doc_id, number, text=None, title=None, date="2020-10-19", doc_type=None):
    kind = doc_type or ("LUAT" if "QH" in number else number.split("/")[-1].split("-")[0])
    return CitationInfo(doc_id, hash(number) % 97, number, kind, date, "Chính phủ" if "CP" in number else None,
                        text, "basis", (0, 10), title)


@pytest.mark.parametrize("a, subj_a, b, subj_b, together", DISTINCT)
def test_same_day_consecutive_numbers_each_with_its_subject_stay_apart(a, subj_a, b, subj_b, together):
    docs = [_state_doc("src-01"), _state_doc("src-02"), _state_doc("src-03")]
    cits = [_cit("src-01", a, subj_a), _cit("src-01" if together else "src-02", b, subj_b),
            _cit("src-03", b, subj_b)]
    r = link(docs, cits)
    assert not [e for e in r.edges if e.possible_conflict], [e.possible_conflict for e in r.edges]
    assert len({e.dst for e in r.edges}) == 2  # two nodes: show finds each number


@pytest.mark.parametrize("a, title_a, b, title_b", TITLED)
def test_laws_of_one_session_named_differently_stay_apart(a, title_a, b, title_b):
    docs = [_state_doc("src-01"), _state_doc("src-02")]
    r = link(docs, [_cit("src-01", a, title=title_a, date="2017-06-19"),
                    _cit("src-02", b, title=title_b, date="2017-06-19")])
    assert len({e.dst for e in r.edges}) == 2 and not any(e.possible_conflict for e in r.edges)


def test_a_number_cited_by_several_documents_is_never_absorbed():
    docs = [_state_doc(f"src-0{i}") for i in range(1, 5)]
    subj = "quy định chi tiết thi hành Luật Đất đai"
    cits = [_cit("src-01", "102/2024/NĐ-CP", subj, date="2024-07-30"),
            _cit("src-02", "102/2024/NĐ-CP", subj, date="2024-07-30"),
            _cit("src-03", "103/2024/NĐ-CP", subj, date="2024-07-30"),
            _cit("src-04", "103/2024/NĐ-CP", subj, date="2024-07-30")]
    r = link(docs, cits)
    assert len({e.dst for e in r.edges}) == 2 and not any(e.possible_conflict for e in r.edges)


TRUE_VARIANTS = [  # (printed by most, printed once, subject of each)
    ("1334-CV/TWĐTN-CNĐT", "1134-CV/TWĐTN-CNĐT", "triển khai Ngày cao điểm Chiến sĩ tình nguyện",
     "Triển khai Ngày cao điểm Chiến sĩ tình nguyện vì Đô thị văn minh"),
    ("35-KH/TĐTN-TTNTH", "85-KH/TĐTN-TTNTH", "tổ chức Chiến dịch Thanh niên tình nguyện Hè 2023",
     "tổ chức Chiến dịch Thanh niên tình nguyện Hè năm 2023"),
    ("126/2020/NĐ-CP", "128/2020/NĐ-CP", "quy định chi tiết một số điều của Luật Quản lý thuế",
     "Quy định chi tiết một số điều của Luật Quản lý thuế"),
]


@pytest.mark.parametrize("right, wrong, subj_right, subj_wrong", TRUE_VARIANTS)
def test_one_digit_off_with_the_same_subject_is_joined(right, wrong, subj_right, subj_wrong):
    # two documents of one province print the number right, a third prints it one digit off
    kg = [DocInfo(f"kg-{i}", f"{40 + i}-CV/TĐTN-VP", "CV", "2023-07-20", "BCH ĐOÀN TỈNH KIÊN GIANG", None,
                  "doan", "Rạch Giá") for i in range(3)]
    issuer = {"TW": "Ban Bí thư Trung ương Đoàn", "CP": "Chính phủ"}.get(
        "TW" if "TW" in right else "CP" if "CP" in right else "", "Ban Thường vụ Tỉnh đoàn")
    cits = [cite("kg-0", 0, right, "2023-07-07", issuer, None, subj_right),
            cite("kg-1", 0, right, "2023-07-07", issuer, None, subj_right),
            cite("kg-2", 0, wrong, "2023-07-07", issuer, None, subj_wrong)]
    r = link(kg, cits)
    assert len({e.dst for e in r.edges}) == 1, [(e.cited_number, e.dst) for e in r.edges]
    flagged = [e for e in r.edges if e.possible_conflict]
    assert len(flagged) == 1 and wrong in flagged[0].possible_conflict and right in flagged[0].possible_conflict

"""Segment + header + parties on real letterheads, in every column order."""

from __future__ import annotations

import pytest

from vanban.context import Context
from vanban.extract import header, parties
from vanban.normalize import normalize
from vanban.segment.zones import segment

BODY = "\nKính gửi: BTV các Huyện, Thành đoàn và Đoàn trực thuộc\n\nCăn cứ Kế hoạch số 35-KH/TĐTN-TTNTH ngày 04/5/2023.\n"
CLOSING = ("\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\n\nNơi nhận:\n- Ban TNCN và ĐT TWD;\n- Lưu: BPT, web.\n\n"
           "Phan Đình Nhân\n")

LAYOUTS = {
    "left column first": "BCH ĐOÀN TỈNH KIÊN GIANG\n\nSố: 342-CV/TĐTN-BPT\n\n\"V/v triển khai Ngày cao điểm\"\n\n"
                         "ĐOÀN TNCS HỒ CHÍ MINH\n\nRạch Giá, ngày 26 tháng 7 năm 2023\n",
    "interleaved": "BCH ĐOÀN TỈNH KIÊN GIANG ĐOÀN TNCS HỒ CHÍ MINH\nSố: 342-CV/TĐTN-BPT Rạch Giá, ngày 26 tháng 7 năm 2023\n"
                   "V/v triển khai Ngày cao điểm\n",
    "tab separated": "BCH ĐOÀN TỈNH KIÊN GIANG\tĐOÀN TNCS HỒ CHÍ MINH\nSố: 342-CV/TĐTN-BPT\tRạch Giá, ngày 26 tháng 7 năm 2023\n"
                     "V/v triển khai Ngày cao điểm\n",
    "pipe rows": "BCH ĐOÀN TỈNH KIÊN GIANG | ĐOÀN TNCS HỒ CHÍ MINH\n|\nSố: 342-CV/TĐTN-BPT | Rạch Giá, ngày 26 tháng 7 năm 2023\n|\n"
                 "V/v triển khai Ngày cao điểm\n",
    "wide gaps": "ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN TỈNH KIÊN GIANG      Rạch Giá, ngày 26 tháng 7 năm 2023\n***\n"
                 "Số: 342-CV/TĐTN-BPT\nV/v triển khai Ngày cao điểm\n",
    "right column first": "ĐOÀN TNCS HỒ CHÍ MINH\nRạch Giá, ngày 26 tháng 7 năm 2023\nBCH ĐOÀN TỈNH KIÊN GIANG\n***\n"
                          "Số: 342-CV/TĐTN-BPT\nV/v triển khai Ngày cao điểm\n",
}


def run(raw: str):
    text = normalize(raw).text
    lay = segment(text)
    ctx = Context(text=text)
    return text, lay, ctx, header.extract(lay, ctx)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_header_layout(layout):
    text, lay, ctx, h = run(LAYOUTS[layout] + BODY + "Nội dung công văn./.\n" + CLOSING)
    assert h.number is not None and h.number.normalized == "342-CV/TĐTN-BPT"
    assert h.doc_type.code == "CV"
    assert h.issuer.name == "BCH ĐOÀN TỈNH KIÊN GIANG" and h.issuer.system == "doan"
    assert h.place == "Rạch Giá" and h.issued_date == "2023-07-26"
    assert h.subject == "V/v triển khai Ngày cao điểm"
    assert text[h.number.span[0]:h.number.span[1]] == "342-CV/TĐTN-BPT"
    rec = parties.recipients(lay)
    assert [r.name for r in rec] == ["BTV các Huyện, Thành đoàn và Đoàn trực thuộc"]
    s = parties.signer(lay, ctx)
    assert (s.name, s.position, s.authority) == ("Phan Đình Nhân", "Bí thư", "TM. Ban Thường vụ Tỉnh đoàn")
    assert [(d.name, d.archive) for d in parties.distribution(lay)] == [("Ban TNCN và ĐT TWD", False),
                                                                       ("Lưu: BPT, web", True)]


def test_state_letterhead_with_parent_and_number_on_next_line():
    raw = ("**BỘ TÀI\nCHÍNH**\n**CỤC HẢI QUAN**\n--------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
           "Độc lập - Tự do - Hạnh phúc\n|\nSố:\n39992/CHQ-GSQL\n*V/v hàng hóa gửi\nkho ngoại quan*\n|\n"
           "*Hà Nội, ngày 03 tháng 12 năm 2025*\n|\n**Kính gửi:** Công ty TNHH Wilmar Marketing CLV.\n"
           "Trả lời công văn số 128.2025/OL.WMCLV ngày 24/11/2025 của Công ty.\n|\n*Nơi nhận:*\n- Như trên;\n"
           "- Lưu: VT, GSQL (03b).\n|\n**TL. CỤC TRƯỞNG**\n**KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ PHÓ TRƯỞNG BAN**\n"
           "**Nguyễn Anh Tài**\n|\n")
    text, lay, ctx, h = run(raw)
    assert (h.issuer.name, h.issuer.parent, h.issuer.system) == ("CỤC HẢI QUAN", "BỘ TÀI CHÍNH", "state")
    assert h.number.normalized == "39992/CHQ-GSQL" and h.doc_type.code == "CV"
    assert h.subject == "V/v hàng hóa gửi kho ngoại quan"
    assert [r.name for r in parties.recipients(lay)] == ["Công ty TNHH Wilmar Marketing CLV"]
    s = parties.signer(lay, ctx)
    assert s.name == "Nguyễn Anh Tài" and s.position == "Phó Trưởng ban"
    assert s.authority == "TL. Cục trưởng, KT. Trưởng ban giám sát quản lý về HQ"


@pytest.mark.parametrize("prefix", ["TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "K/T", "T/L"])
def test_every_authority_prefix(prefix):
    raw = ("TỈNH ỦY BẾN TRE\nSố 12-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nBến Tre, ngày 05 tháng 01 năm 2020\n"
           "NGHỊ QUYẾT\nvề công tác cán bộ\n\nCăn cứ Điều lệ Đảng.\nNội dung./.\n\n"
           f"{prefix} BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu VPTU.\n")
    text, lay, ctx, h = run(raw)
    assert h.issuer.system == "dang" and h.doc_type.code == "NQ" and h.number.normalized == "12-NQ/TU"
    s = parties.signer(lay, ctx)
    assert s.authority == f"{prefix} Ban Thường vụ" and s.position == "Phó Bí thư" and s.name == "Nguyễn Văn An"


def test_issuer_inferred_from_signature_when_no_letterhead():
    raw = ("Số: 55 - KH/HĐTĐN\n\nKẾ HOẠCH\n\nV/v thực hiện Đề án năm 2020\n\nCăn cứ Quyết định số 1157/QĐ-UBND.\n"
           "Nội dung./.\n\nNơi nhận:\n- Tỉnh đoàn;\n- Lưu VP, website.\n\nTM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nPHÓ BÍ THƯ\n\n"
           "Vương Ngọc Toại\n")
    text, lay, ctx, h = run(raw)
    assert h.issuer.inferred and h.issuer.name.casefold() == "ban thường vụ huyện đoàn"
    assert h.doc_type.code == "KH" and h.number.normalized == "55-KH/HĐTĐN"
    assert any(w.code == "issuer_inferred" for w in ctx.warnings)


def test_decision_title_subject_and_enacting_body():
    raw = ("**ỦY BAN NHÂN DÂN**\nTHÀNH PHỐ CẦN THƠ\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n|\n"
           "Số: 2666/QĐ-UBND\n|\n*Cần Thơ, ngày 26\ntháng 11 năm 2025*\n|\n**QUYẾT ĐỊNH**\nVỀ VIỆC CÔNG BỐ DANH\n"
           "MỤC THỦ TỤC HÀNH CHÍNH\n**CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ**\n*Căn cứ Luật Tổ chức chính quyền;*\n")
    text, lay, ctx, h = run(raw)
    assert h.issuer.name == "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ" and h.issuer.parent is None
    assert h.subject == "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH"
    assert h.issued_date == "2025-11-26" and h.doc_type.code == "QĐ"


def test_blank_draft_number_and_date_are_null_with_warnings():
    raw = "Số: /QĐ-UBND\n\nLai Châu, ngày tháng năm 2025\n\nQUYẾT ĐỊNH\n\nVề việc công bố danh mục\n\nCăn cứ Luật.\n"
    text, lay, ctx, h = run(raw)
    assert h.issued_date is None and h.place == "Lai Châu"
    # docs/RECORD.md 1.1: no sequence, no number; the printed codes are kept
    assert h.number.normalized is None and h.number.seq is None and h.number.type_code == "QĐ"
    assert {w.code for w in ctx.warnings} >= {"number_blank", "date_blank"}


def test_cong_van_whose_issuer_code_looks_like_a_type():
    raw = ("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5330/CT-CS\nV/v chính sách thuế\nHà Nội, ngày 01 tháng 12 năm 2025\n"
           "Kính gửi: Thuế thành phố Hà Nội\nCăn cứ Luật Thuế.\n")
    text, lay, ctx, h = run(raw)
    assert h.doc_type.code == "CV" and h.number.issuer_code == "CT" and h.number.type_code is None


def test_ocr_misreadings_in_the_header_are_tolerated_and_flagged():
    raw = ("BCH ĐOÀN TỈNH KIÊN GIANG\nSõ: 342-CVTĐTN-BPT\nVN triển khai Ngày cao điểm\nĐOÀN TNCS HỒ CHÍ MINH\n"
           "Rạch Giá, ngày 26 tháng 7 năm 2023\n\nCăn cứ Kế hoạch số 35-KH/TĐTN-TTNTH.\n")
    text, lay, ctx, h = run(raw)
    assert h.number.normalized == "342-CV/TĐTN-BPT" and h.doc_type.code == "CV"
    assert any(w.code == "number_repaired" for w in ctx.warnings)
    assert h.subject == "VN triển khai Ngày cao điểm"


def test_two_column_closing_block_flattened_with_spaces():
    raw = ("HUYỆN ĐOÀN CHÂU THÀNH                    ĐOÀN TNCS HỒ CHÍ MINH\n   Số: 87-GM/HĐTN"
           "                        Châu Thành, ngày 28 tháng 8 năm 2023\n\nGIẤY MỜI\nDự Hội nghị sơ kết\n\n"
           "Căn cứ Hướng dẫn số 12-HD/TĐTN-VP.\nRất mong các đồng chí tham dự./.\n\n"
           "Nơi nhận:                                        TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\n"
           "- Như trên;                                                  BÍ THƯ\n"
           "- Thường trực Huyện ủy (b/c);\n- Lưu VP.\n\n                                                          Nguyễn Văn Bình\n")
    text, lay, ctx, h = run(raw)
    assert h.doc_type.code == "GM" and h.issuer.name == "HUYỆN ĐOÀN CHÂU THÀNH"
    s = parties.signer(lay, ctx)
    assert (s.name, s.position, s.authority) == ("Nguyễn Văn Bình", "Bí thư", "TM. Ban Thường vụ Huyện đoàn")
    assert [d.name for d in parties.distribution(lay)] == ["Như trên", "Thường trực Huyện ủy (b/c)", "Lưu VP"]


def test_title_line_keeps_a_lower_case_trich_yeu():
    raw = ("HUYỆN ỦY MỸ XUYÊN\n*\nSố 125-BC/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nMỹ Xuyên, ngày 20 tháng 12 năm 2023\n\n"
           "BÁO CÁO\nkết quả công tác xây dựng Đảng năm 2023\n\nThực hiện Nghị quyết số 15-NQ/HU.\n")
    text, lay, ctx, h = run(raw)
    assert h.doc_type.code == "BC" and h.subject == "kết quả công tác xây dựng Đảng năm 2023"


_NAMES = ["Ban Thường vụ", "BAN THƯỜNG VỤ", "Ủy ban nhân dân", "Đoàn", "UBND TP. Hồ Chí Minh", "a.b (c)"]
_NAME_TEXTS = [
    "Ban Thường vụ Tỉnh đoàn; XBan Thường vụ; Ban Thường vụX; _Ban Thường vụ; (Ban Thường vụ Huyện đoàn)",
    "của Ủy ban nhân dân tỉnh, Ủy ban nhân dân1 và 1Ủy ban nhân dân; Đoàn Đoàn Đoànviên",
    "UBND TP. Hồ Chí Minh, UBND TP. Hồ Chí Minh2, a.b (c) a.b (c)d", "", "Ban Thường",
]


@pytest.mark.parametrize("name", _NAMES)
def test_whole_name_finds_what_the_lookbehind_pattern_finds(name: str) -> None:
    import re

    from vanban.extract.header import _whole_name

    plain = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    for text in _NAME_TEXTS:
        assert [m.span() for m in _whole_name(name).finditer(text)] == [m.span() for m in plain.finditer(text)]

"""Segment: the zones of a document in every letterhead layout, table-driven.

Each case is one invented document built from the same two letterhead columns
laid out the ways they arrive (left column first, interleaved line by line,
tab-separated, ``|`` rows, wide gaps, right column first, one column, a web
copy without a letterhead); the zones must not depend on the layout.
"""

from __future__ import annotations

from itertools import zip_longest

import pytest

from vanban.normalize import normalize
from vanban.segment.zones import Cell, Layout, segment

# Two families: a Đoàn công văn (V/v trích yếu, Kính gửi) and a Party kế hoạch (title + trích yếu).
CV_LEFT = ["BCH ĐOÀN TỈNH KIÊN GIANG", "Số: 342-CV/TĐTN-BPT"]
CV_RIGHT = ["ĐOÀN TNCS HỒ CHÍ MINH", "Rạch Giá, ngày 26 tháng 7 năm 2023"]
CV_AFTER = ["V/v triển khai Ngày cao điểm", "", "Kính gửi: BTV các Huyện, Thành đoàn và Đoàn trực thuộc", ""]
CV_BODY = ["Căn cứ Kế hoạch số 35-KH/TĐTN-TTNTH ngày 04/5/2023 của Ban Thường vụ Tỉnh đoàn.",
           "Đề nghị các đơn vị triển khai thực hiện./."]
CV_CLOSING = ["", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "", "Nơi nhận:", "- Ban TNCN và ĐT TWD;",
              "- Lưu: BPT, web.", "", "Phan Đình Nhân"]

KH_LEFT = ["ĐẢNG BỘ TỈNH AN PHÚ", "BAN TUYÊN GIÁO TỈNH ỦY", "Số 15-KH/BTGTU"]
KH_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Phú, ngày 10 tháng 3 năm 2025"]
KH_AFTER = ["", "KẾ HOẠCH", "tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng", ""]
KH_BODY = ["Thực hiện Hướng dẫn số 12-HD/BTGTW ngày 01/12/2024 của Ban Tuyên giáo Trung ương.",
           "I. MỤC ĐÍCH, YÊU CẦU", "1. Tuyên truyền sâu rộng trong cán bộ, đảng viên./."]
KH_CLOSING = ["", "Nơi nhận:", "- Thường trực Tỉnh ủy;", "- Lưu VT.", "", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "",
              "Lê Văn Cường"]


def left_first(left: list[str], right: list[str]) -> list[str]:
    return left + [""] + right


def right_first(left: list[str], right: list[str]) -> list[str]:
    return right + ["***"] + left


def joined(sep: str, rule: str | None = None):
    def layout(left: list[str], right: list[str]) -> list[str]:
        out = []
        for a, b in zip_longest(left, right, fillvalue=""):
            out.append(f"{a}{sep}{b}".strip())
            if rule is not None:
                out.append(rule)
        return out
    return layout


def one_column(left: list[str], right: list[str]) -> list[str]:
    """No motto column: the letterhead, number and date stacked."""
    return left + right[1:]


LAYOUTS = {
    "left column first": left_first,
    "interleaved": joined(" "),
    "tab separated": joined("\t"),
    "pipe rows": joined(" | ", "|"),
    "wide gaps": joined("      "),
    "two-space gaps": joined("  "),  # a gap too narrow to split at: the motto and the date cut the line
    "right column first": right_first,
    "one column": one_column,
}

CV_ZONES = {
    "org": ["BCH ĐOÀN TỈNH KIÊN GIANG"], "mottos": [("ĐOÀN TNCS HỒ CHÍ MINH", "doan")],
    "number": "Số: 342-CV/TĐTN-BPT", "date": "Rạch Giá, ngày 26 tháng 7 năm 2023", "title": None,
    "subject": ["V/v triển khai Ngày cao điểm"], "recipients": ["BTV các Huyện, Thành đoàn và Đoàn trực thuộc"],
    "body": (CV_BODY[0], CV_BODY[-1]),
    "authority": ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"], "position": "BÍ THƯ", "name": "Phan Đình Nhân",
    "distribution": ["Ban TNCN và ĐT TWD;", "Lưu: BPT, web."], "headings": [],
}
KH_ZONES = {
    "org": ["ĐẢNG BỘ TỈNH AN PHÚ", "BAN TUYÊN GIÁO TỈNH ỦY"], "mottos": [("ĐẢNG CỘNG SẢN VIỆT NAM", "dang")],
    "number": "Số 15-KH/BTGTU", "date": "An Phú, ngày 10 tháng 3 năm 2025", "title": "KẾ HOẠCH",
    "subject": ["tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng"], "recipients": [],
    "body": (KH_BODY[0], KH_BODY[-1]),
    "authority": ["K/T TRƯỞNG BAN"], "position": "PHÓ TRƯỞNG BAN", "name": "Lê Văn Cường",
    "distribution": ["Thường trực Tỉnh ủy;", "Lưu VT."], "headings": [("I", 1), ("1", 2)],
}
FAMILIES = {
    "công văn": (CV_LEFT, CV_RIGHT, CV_AFTER, CV_BODY, CV_CLOSING, CV_ZONES),
    "kế hoạch": (KH_LEFT, KH_RIGHT, KH_AFTER, KH_BODY, KH_CLOSING, KH_ZONES),
}

# A web copy: a page title and a posting date above the document, no letterhead, no number.
WEB_COPY = "\n".join([
    "Kế hoạch tổ chức Tháng Thanh niên năm 2025 - Tỉnh đoàn An Phú", "Cập nhật: 10/02/2025 08:15", "",
    "KẾ HOẠCH", "Tổ chức Tháng Thanh niên năm 2025", "",
    "Thực hiện Chương trình công tác năm 2025 của Ban Chấp hành Tỉnh đoàn, Ban Thường vụ Tỉnh đoàn "
    "xây dựng kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU", "1. Tổ chức các hoạt động sôi nổi.", "II. THỜI GIAN",
    "Từ ngày 01/3/2025 đến ngày 31/3/2025.", "",
    "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "(Đã ký)", "Trần Thị Bình", ""])
WEB_ZONES = {
    "org": [], "mottos": [], "number": None, "date": None, "title": "KẾ HOẠCH",
    "subject": ["Tổ chức Tháng Thanh niên năm 2025"], "recipients": [],
    "body": ("Thực hiện Chương trình công tác năm 2025", "Từ ngày 01/3/2025 đến ngày 31/3/2025."),
    "authority": ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"], "position": "BÍ THƯ", "name": "Trần Thị Bình",
    "distribution": [], "headings": [("I", 1), ("1", 2), ("II", 1)],
}


def _text(c: Cell | None) -> str | None:
    return c.text if c is not None else None


def zones_of(text: str, lay: Layout) -> dict:
    """What the extractors will read, as plain text."""
    (b0, b1), = lay.zones["body"]
    body = text[b0:b1].strip()
    return {
        "org": [c.text for c in lay.org_cells], "mottos": [(c.text, s) for c, s in lay.mottos],
        "number": _text(lay.number_cell), "date": _text(lay.date_cell), "title": _text(lay.type_cell),
        "subject": [c.text for c in lay.subject_cells], "recipients": [c.text for c in lay.recipient_cells],
        "body": (body.split("\n")[0], body.split("\n")[-1]),
        "authority": [c.text for c in lay.authority_cells], "position": _text(lay.position_cell),
        "name": _text(lay.name_cell), "distribution": [c.text for c in lay.distribution_cells],
        "headings": [(h.label, h.level) for h in lay.headings],
    }


# what a layout changes in the zones: one column prints no motto
OVERRIDES = {"one column": {"mottos": []}}
CASES = [(f"{fam}, {lay}", "\n".join(LAYOUTS[lay](left, right) + after + body + closing) + "\n",
          {**zones, **OVERRIDES.get(lay, {})})
         for fam, (left, right, after, body, closing, zones) in FAMILIES.items() for lay in LAYOUTS]
CASES.append(("kế hoạch, web copy without letterhead", WEB_COPY, WEB_ZONES))


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_zones_in_every_layout(name: str, raw: str, expected: dict) -> None:
    text = normalize(raw).text
    got = zones_of(text, segment(text))
    got["body"] = (got["body"][0][:len(expected["body"][0])], got["body"][1])  # the first line's opening
    assert got == expected


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_zones_are_ordered_and_disjoint(name: str, raw: str, expected: dict) -> None:
    """Header, recipients, body and signature follow one another without overlapping."""
    text = normalize(raw).text
    lay = segment(text)
    order = [lay.zones[z][0] for z in ("header", "recipients", "body") if lay.zones.get(z)]
    assert all(a[1] <= b[0] for a, b in zip(order, order[1:], strict=False))
    sig = lay.zones["signature"][0]
    assert lay.zones["body"][0][1] <= sig[0] <= sig[1] <= len(text)
    for zone, spans in lay.zones.items():
        for a, b in spans:
            assert 0 <= a <= b <= len(text), zone

"""A mass organisation's national name as the tiêu đề (models/tables/mottos.tsv, where = 'line').

"HỘI SINH VIÊN VIỆT NAM" alone in the right column is the Hội's tiêu đề, as "ĐOÀN TNCS HỒ CHÍ MINH" is
the Đoàn's, so it is never the issuer; but the same words open the Hội's bodies' names ("BCH HỘI SINH
VIÊN VIỆT NAM TỈNH NGHỆ AN"), so it is read only as a whole line, never cut out of one.
"""

from __future__ import annotations

import pytest

from vanban import parse_text
from vanban.tables import tables

BODY = (
    "\nTHÔNG BÁO\nVề việc tổ chức Hội thi Sinh viên thanh lịch năm 2027\n\n"
    "Ban Thư ký thông báo tổ chức Hội thi như sau: các chi hội đăng ký trước ngày 15/3/2027.\n\n"
    "Nơi nhận:\n- Các chi hội;\n- Lưu VP.\nTM. BAN THƯ KÝ\nCHỦ TỊCH\n\nTrần Minh Khoa\n"
)

CASES = [
    # (letterhead lines, issuer name)
    (["BCH HỘI SINH VIÊN TRƯỜNG ĐẠI HỌC Y DƯỢC", "Số: 12/TB-HSV", "HỘI SINH VIÊN VIỆT NAM",
      "Thái Bình, ngày 02 tháng 3 năm 2027"], "BCH HỘI SINH VIÊN TRƯỜNG ĐẠI HỌC Y DƯỢC"),
    (["ỦY BAN HỘI LHTN VIỆT NAM", "TỈNH AN GIANG", "Số: 05/TB-UBH", "HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM",
      "An Giang, ngày 02 tháng 3 năm 2027"], "ỦY BAN HỘI LHTN VIỆT NAM TỈNH AN GIANG"),
    # counter-cases: the national name opening the body's own name stays in it
    (["BCH HỘI SINH VIÊN VIỆT NAM", "TỈNH NGHỆ AN", "Số: 21/TB-HSV", "HỘI SINH VIÊN VIỆT NAM",
      "Nghệ An, ngày 02 tháng 3 năm 2027"], "BCH HỘI SINH VIÊN VIỆT NAM TỈNH NGHỆ AN"),
    (["BCH HỘI SINH VIÊN VIỆT NAM TỈNH NGHỆ AN", "Số: 21/TB-HSV",
      "Nghệ An, ngày 02 tháng 3 năm 2027"], "BCH HỘI SINH VIÊN VIỆT NAM TỈNH NGHỆ AN"),
]


@pytest.mark.parametrize(("head", "issuer"), CASES)
def test_the_national_name_alone_is_the_tieu_de(head: list[str], issuer: str) -> None:
    rec = parse_text("\n".join(head) + "\n" + BODY)
    assert rec.issuer is not None
    assert rec.issuer.name == issuer
    assert rec.issuer.system == "doan"
    assert rec.doc_type.code == "TB"


def test_line_only_mottos_are_never_cut_out_of_a_line() -> None:
    t = tables()
    line_only = {"HỘI SINH VIÊN VIỆT NAM", "HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM"}
    assert line_only <= {m for m, _ in t.mottos}
    assert not line_only & set(t.inline_mottos)
    assert "ĐOÀN TNCS HỒ CHÍ MINH" in t.inline_mottos

"""Heldout round 52 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

DECISION = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/QĐ-UBND\tAn Bình, ngày 18 tháng 12 năm 2029\n\nQUYẾT ĐỊNH\nVề việc phê duyệt kinh phí sửa chữa "
            "trường mầm non\n\nĐiều 1. Phê duyệt kinh phí 100.000.000 đồng.\nĐiều 2. Quyết định này có hiệu lực kể "
            "từ ngày ký.\n\n")

# ---- a DOCX list's bullet followed by a tab ("-\tNhư Điều 2;\tCHỦ TỊCH") opens the Nơi nhận item, not a column -----

TAB_BULLET_CLOSINGS = [
    # the bullet, a tab, the item, a tab, the signature's column
    ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n-\tNhư Điều 2;\tCHỦ TỊCH\n-\tUBND huyện (b/c);\t\n-\tLưu: VT.\t(Đã ký)\n"
     "\tTrần Văn Bình\n",
     ["Như Điều 2", "UBND huyện (b/c)", "Lưu: VT"], ("Trần Văn Bình", "Chủ tịch")),
    # the name on the archive item's line
    ("Nơi nhận:\tCHỦ TỊCH\n-\tPhòng Tài chính (b/c);\t\n-\tCác thôn;\t(Đã ký)\n-\tLưu: VT, TC.\tNguyễn Thị Hoa\n",
     ["Phòng Tài chính (b/c)", "Các thôn", "Lưu: VT, TC"], ("Nguyễn Thị Hoa", "Chủ tịch")),
    # an en dash and a plus as bullets
    ("Nơi nhận:\tKT. CHỦ TỊCH\n–\tNhư Điều 2;\tPHÓ CHỦ TỊCH\n+\tLưu: VT.\t(Đã ký)\n\tLê Minh Tâm\n",
     ["Như Điều 2", "Lưu: VT"], ("Lê Minh Tâm", "Phó Chủ tịch")),
    # counter-cases: a dash and a space, as before; a bullet and a space before a tab-cut item
    ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như Điều 2;\tCHỦ TỊCH\n- UBND huyện (b/c);\t\n- Lưu: VT.\t(Đã ký)\n"
     "\tTrần Văn Bình\n",
     ["Như Điều 2", "UBND huyện (b/c)", "Lưu: VT"], ("Trần Văn Bình", "Chủ tịch")),
    ("Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nTrần Văn Bình\n",
     ["Như Điều 2", "Lưu: VT"], ("Trần Văn Bình", "Chủ tịch")),
]


@pytest.mark.parametrize(("closing", "distribution", "signer"), TAB_BULLET_CLOSINGS)
def test_a_tab_after_a_bullet_is_no_column_gap(closing: str, distribution: list[str],
                                               signer: tuple[str, str]) -> None:
    rec = parse_text(DECISION + closing)
    assert [d.name for d in rec.distribution] == distribution
    assert rec.signer is not None
    assert (rec.signer.name, rec.signer.position) == signer


# ---- "chậm nhất hết ngày": the latest day with its "đến" left out is due ------------------------------------------

NOTICE = ("KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC X\nSố: 12/TB-KBNN\nA, ngày 16 tháng 12 năm 2029\n\nTHÔNG BÁO\n"
          "Thời hạn chi ngân sách và khóa sổ kế toán năm 2029\n\n")
NOTICE_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Thạnh\n"

LATEST_DAYS = [
    ("- Thời hạn chi thường xuyên: các đơn vị gửi hồ sơ, chứng từ đến Kho bạc chậm nhất hết ngày 31/12/2029.",
     ["2029-12-31"]),
    ("- Các đơn vị gửi hồ sơ, chứng từ đến Kho bạc chậm nhất là hết ngày 31/12/2029.", ["2029-12-31"]),
    ("- Các chủ đầu tư gửi hồ sơ thanh toán chậm nhất hết tháng 01/2030.", ["2030-01-31"]),
    # counter-cases: with "đến", as before; a day something was done by
    ("- Các đơn vị gửi hồ sơ, chứng từ đến Kho bạc chậm nhất đến hết ngày 31/12/2029.", ["2029-12-31"]),
    ("- Hết ngày 31/12/2029, các đơn vị đã gửi đủ hồ sơ, chứng từ.", []),
]


@pytest.mark.parametrize(("line", "dues"), LATEST_DAYS)
def test_the_latest_day_without_den_is_due(line: str, dues: list[str]) -> None:
    assert [d.due for d in parse_text(NOTICE + line + NOTICE_TAIL).deadlines] == dues

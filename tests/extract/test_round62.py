"""Heldout round 62 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

LETTER = ("UBND TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 412/SKHCN-QLKH\tAn Hòa, ngày 20 tháng 8 năm 2031\nV/v báo cáo tình hình thực hiện nhiệm vụ\n\n"
          "Kính gửi: Các sở, ban, ngành tỉnh.\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nLê Văn Bình\n"


def _figures(body: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit or "") for q in parse_text(LETTER + body + TAIL).quantities]


# ---- the present state said with a body's bare "Hiện ... có" or its "đang" before what it holds ---------------------

PRESENT_STATE = [
    # "Hiện" and the place's "có"/"còn", the place in several words: what there is now, no work done
    ("Hiện trên vịnh có 487 tàu du lịch lưu trú; năm 2030 đã thu gom 1.246 tấn rác thải nổi.", [(1246, "tấn")]),
    ("Hiện trên địa bàn tỉnh có 214 cơ sở sản xuất; Sở đã kiểm tra 36 cơ sở.", [(36, "cơ sở")]),
    # a body's "đang" before what it holds, its figure right after: what it holds now
    ("Sau khi hợp nhất, Sở đang quản lý 46 nhiệm vụ chuyển tiếp; đã nghiệm thu 18 nhiệm vụ.", [(18, "nhiệm vụ")]),
    ("Các trạm y tế đang quản lý điều trị 41.870 người bệnh tăng huyết áp; đã khám sàng lọc cho 9.315 người.",
     [(9315, "người")]),
    # counter-cases: a result after "Hiện" with its own cue, a "đang" far from the figure, what was done
    ("Hiện nay, toàn xã đã có thêm 12 ha chè đạt chuẩn VietGAP.", [(12, "ha")]),
    ("Người có công đang nuôi dưỡng tập trung mức quà 2.000.000 đồng/suất.", [(2000000, "đồng/suất")]),
    ("Trong năm, Trung tâm đã quản lý, vận hành 12 tàu thu gom rác.", [(12, "tàu")]),
]


@pytest.mark.parametrize(("body", "figures"), PRESENT_STATE)
def test_the_present_state_said_with_hien_or_dang_counts_no_figure(body: str,
                                                                 figures: list[tuple[float, str]]) -> None:
    assert _figures(body) == figures


# ---- a DOCX closing block whose signature begins on the Nơi nhận list's last line -------------------------------------

INVITATION = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 41/GM-UBND\tAn Phú, ngày 03 tháng 11 năm 2031\n\nGIẤY MỜI\nDự Hội nghị sơ kết công tác\n\n"
              "Ủy ban nhân dân xã tổ chức Hội nghị vào lúc 08 giờ 00 ngày 14/11/2031 tại Hội trường xã./.\n")


def _closing(tail: str) -> tuple[str | None, str | None, str | None, list[str]]:
    record = parse_text(INVITATION + tail)
    signer = record.signer
    return (signer.name if signer else None, signer.position if signer else None,
            signer.authority if signer else None, [d.name for d in record.distribution])


LAST_ITEM_AUTHORITY = [
    # the authority after a tab on the last item, the title, the mark and the name on lines of their own
    ("Nơi nhận:\n- Như thành phần mời;\n- TT Đảng ủy xã (b/c);\n- Lưu: VT, KT.\tTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n"
     "(Đã ký)\n\nPhạm Thành Nhân\n",
     ("Phạm Thành Nhân", "Chánh Văn phòng", "TL. Chủ tịch", ["Như thành phần mời", "TT Đảng ủy xã (b/c)", "Lưu: VT, KT"])),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\tKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nLê Thị Hoa\n",
     ("Lê Thị Hoa", "Phó Chủ tịch", "KT. Chủ tịch", ["Như trên", "Lưu: VT"])),
    # counter-cases: the usual two columns and a block without tabs stay as they were read
    ("Nơi nhận:\tTL. CHỦ TỊCH\n- Như trên;\tCHÁNH VĂN PHÒNG\n- Lưu: VT.\t(Đã ký)\n\tPhạm Thành Nhân\n",
     ("Phạm Thành Nhân", "Chánh Văn phòng", "TL. Chủ tịch", ["Như trên", "Lưu: VT"])),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nLê Thị Hoa\n",
     ("Lê Thị Hoa", "Phó Chủ tịch", "KT. Chủ tịch", ["Như trên", "Lưu: VT"])),
]


@pytest.mark.parametrize(("tail", "expected"), LAST_ITEM_AUTHORITY)
def test_an_authority_after_the_last_item_opens_the_signature(
        tail: str, expected: tuple[str | None, str | None, str | None, list[str]]) -> None:
    assert _closing(tail) == expected

"""Random texts for comparing a faster stage with the form it replaces (tests/reference/*_v0.py).

Built from real lines (the repository's sample and heldout texts, and ../shared's corpora when
present) shuffled, cut, glued and mutated, plus invented lines for the classes normalize and segment
treat specially: markdown marks, table residue, tabs and wide gaps, hyphen-broken numbers, rule
lines, NFD letters, CRLF line ends, run-on lines.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

INVENTED = [
    "**ỦY BAN NHÂN", "DÂN**", "**TỈNH BẮC NINH**", "--------", "|", "| |", "|---|---|", "| Nơi nhận: | GIÁM ĐỐC |",
    "**CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM**", "Độc lập - Tự do - Hạnh phúc", "Số: 471/QĐ-", "UBND",
    "*Bắc Ninh, ngày 28 tháng 11 năm 2025*", "**QUYẾT ĐỊNH**", "\\*\\*\\*", "***", "* * *", "**  **",
    "__Tỉnh đoàn__ chỉ đạo", "mã_số__x và a__b", "*nghiêng* và (*đường, hẻm*)", "“*Tuyến phố*”", "5 * 3 = 15",
    "kết thúc *", "\\*ghi chú", "2*3*4", "# Tiêu đề", "### KẾ HOẠCH", "![ảnh](http://x/y.png) chú thích",
    "$( \\mathsf { b } / \\mathsf { c } )$", "[a.b@gmail.com](mailto:a.b@gmail.com)", "[nhãn](http://x.vn)",
    "BCH ĐOÀN TỈNH KIÊN GIANG\tĐOÀN TNCS HỒ CHÍ MINH", "Số: 342-CV/TĐTN-BPT     Rạch Giá, ngày 26 tháng 7 năm 2023",
    "Nơi nhận:            TM. BAN THƯỜNG VỤ", "- Như Điều 3;", "- Lưu VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
    "(đã ký)", "Nguyễn Văn Bình", "Chỉ tiêu cụ thể:", "a) tổ chức", "1. Mục tiêu", "II. NỘI DUNG",
    "Căn cứ Nghị định số", "81/2018/NĐ-CP ngày 22/5/2018 của Chính phủ quy định chi tiết Luật Thương mại về",
    "hoạt động xúc tiến thương mại;", "- Kính gửi:**", "Hưng Yên⁶, Nghệ An⁷", "V/v triển khai", "Kính gửi: Các xã",
    "   thụt đầu dòng", "dòng có dấu cách cuối   ", "\t\tTM. BAN CHẤP HÀNH", "BÁO CÁO", "V/V PHÁT ĐỘNG",
    "UBND TỈNH AN PHÚ***Số: 12/QĐ-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc An Phú, "
    "ngày 05 tháng 3 năm 2025 QUYẾT ĐỊNHVề việc khen thưởng Căn cứ Luật; Nơi nhận: - Như điều 3; - Lưu VT. "
    "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (đã ký) Nguyễn Văn Bình",
    "",
]
_MARKS = ["**", "*", "__", "_", "|", "\\*", "#", "$", "[", "](", "!", "\t", "   ", " ", "-", "/", ":", ".", ";"]


def corpus_lines(shared: Path | None = None, limit_files: int = 400) -> list[str]:
    """Lines of the repository's texts (and ../shared's corpora when given and present)."""
    files = sorted((ROOT / "corpus" / "samples").glob("*.txt")) + sorted((ROOT / "corpus" / "heldout").glob("*.txt"))
    if shared is not None:
        for c in ("dev", "real", "silver"):
            files += sorted((shared / "corpus" / c).glob("*.txt"))
    lines: list[str] = []
    for f in files[:limit_files]:
        lines += f.read_text(encoding="utf-8").split("\n")
    return lines + INVENTED


def _mutate(line: str, rnd: random.Random) -> str:
    kind = rnd.randrange(8)
    if kind == 0 and line:  # cut
        k = rnd.randrange(len(line) + 1)
        return line[:k] if rnd.random() < 0.5 else line[k:]
    if kind == 1:  # a mark inserted
        k = rnd.randrange(len(line) + 1)
        return line[:k] + rnd.choice(_MARKS) + line[k:]
    if kind == 2:  # wrapped in marks
        m = rnd.choice(["**", "*", "__", "|"])
        return m + line + m
    if kind == 3:
        return line.upper()
    if kind == 4:
        return line.lower()
    if kind == 5:
        return rnd.choice(["", " ", "  ", "\t"]) + line + rnd.choice(["", " ", "   ", "\t"])
    if kind == 6:
        return unicodedata.normalize("NFD", line)
    return line


def random_text(lines: list[str], rnd: random.Random) -> str:
    """A text of 1 to 60 lines: runs of consecutive real lines and random ones, some mutated."""
    out: list[str] = []
    for _ in range(rnd.randrange(1, 12)):
        k = rnd.randrange(len(lines))
        run = lines[k:k + rnd.randrange(1, 12)]
        out += [(_mutate(x, rnd) if rnd.random() < 0.25 else x) for x in run]
        if rnd.random() < 0.3:
            out += [""] * rnd.randrange(1, 3)
    text = "\n".join(out)
    r = rnd.random()
    if r < 0.05:
        text = text.replace("\n", "\r\n")
    elif r < 0.07:
        text = text.replace("\n", "\r")
    return text

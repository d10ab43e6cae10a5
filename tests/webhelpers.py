"""Helpers for the web tests: a parser that hangs, crashes or waits on demand, small files of each kind."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

from vanban import parse_file

GATE_MARK = "VANBAN-TEST-GATE:"  # the parse waits until the file named after it exists
HANG_MARK = "VANBAN-TEST-HANG"  # the parse never ends
CRASH_MARK = "VANBAN-TEST-CRASH"  # the worker process dies
POLL_S = 0.02

SAMPLE = """BCH ĐOÀN TỈNH KIÊN GIANG
Số: 35-KH/TĐTN-TTNTH
Rạch Giá, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2024

Căn cứ Kế hoạch số 12-KH/TWĐTN-ĐKT ngày 05/01/2024 của Ban Bí thư Trung ương Đoàn;
phấn đấu 100% cơ sở đoàn tham gia, thực hiện ít nhất 40 công trình thanh niên.
Các cơ sở đoàn báo cáo kết quả về Ban Tuyên giáo Tỉnh đoàn trước ngày 20/4/2024.
"""


def test_parser(path, limits=None):
    """vanban.parse_file, with the marks above obeyed (for the pool's busy, timeout and crash paths)."""
    head = Path(path).read_bytes()[:2000].decode("utf-8", "replace")
    if CRASH_MARK in head:
        os._exit(1)
    if HANG_MARK in head:
        while True:
            time.sleep(1)
    if GATE_MARK in head:
        gate = Path(head.split(GATE_MARK, 1)[1].split()[0])
        while not gate.exists():
            time.sleep(POLL_S)
    return parse_file(path, limits=limits)


test_parser.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def docx_bytes(text: str) -> bytes:
    import docx

    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def pdf_bytes(text: str, pages: int = 1) -> bytes:
    """A PDF with a text layer (Vietnamese through a TrueType font when one is installed)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                      "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"):
        if Path(candidate).exists():
            pdfmetrics.registerFont(TTFont("VB", candidate))
            font = "VB"
            break
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for _ in range(pages):
        c.setFont(font, 11)
        y = 800
        for line in text.splitlines():
            c.drawString(50, y, line)
            y -= 16
        c.showPage()
    c.save()
    return buf.getvalue()

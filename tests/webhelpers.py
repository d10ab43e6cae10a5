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


# -- a real server on loopback, started and stopped by the test ------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "out" / "web-tests"  # screenshots and load figures (out/ is not committed)
START_TIMEOUT_S = 120.0  # a loaded 2-core machine may take a while to import spaCy in the workers


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`vanban serve` in a child process on a free loopback port."""

    def __init__(self, db: Path, *args: str):
        import subprocess
        import sys

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        exe = Path(sys.executable).with_name("vanban")
        cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "vanban.cli"]),
               "serve", "--db", str(db), "--port", str(self.port), *args]
        # A file, not a pipe nobody reads: a server writing tracebacks into a full pipe would block for good.
        self.log_path = Path(db).with_name(f"serve-{self.port}.log")
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)

    def log_tail(self, chars: int = 4000) -> str:
        """The end of what the server wrote to stderr (its tracebacks), for a failing test's message."""
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return ""

    def wait(self) -> Server:
        import httpx

        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"vanban serve exited: {self.log_tail(2000)}")
            try:
                if httpx.get(self.url + "/v1/health", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("vanban serve did not start")

    def stop(self) -> None:
        import signal

        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # uvicorn shuts down and the pool stops its workers
            try:
                self.proc.wait(30)
            except Exception:
                self.proc.kill()
                self.proc.wait(10)

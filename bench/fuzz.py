"""Fuzzing vanban's parse path (issue 17): generators shared by the CI test and `make fuzz`.

Two kinds of input:
- Vietnamese-shaped text (hypothesis, `vietnamese_documents`): header lines, số hiệu, dates, lists,
  tables and markdown residue in random order and amounts, with random Unicode mixed in;
- mutations of real files (`mutations`): bytes flipped, inserted, deleted, lines dropped, repeated,
  shuffled or hard-wrapped, the file truncated; applied to corpus/samples and ../shared/corpus texts.

The property: parsing returns a record or raises VanbanError (a stage and a plain message); any other
exception is a bug. `make fuzz` (python -m bench.fuzz --minutes 30) also records inputs slower than
5 CPU seconds per 50 kB; the CI test (tests/test_fuzz.py) runs a bounded number of cases and never times them.

    python -m bench.fuzz --minutes 30 [--seed N] [--out bench/work/fuzz]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SLOW_SECONDS_PER_50KB = 5.0

WORDS = ("ủy ban nhân dân tỉnh huyện xã đoàn thanh niên cộng sản hồ chí minh kế hoạch báo cáo công văn "
         "quyết định thông báo tổ chức thực hiện các đơn vị trước ngày tháng năm hội nghị sơ kết tổng kết "
         "đề nghị chỉ đạo triển khai nơi nhận lưu vt kính gửi căn cứ về việc trách nhiệm phối hợp bí thư").split()
LINES = (
    "BAN CHẤP HÀNH ĐOÀN TỈNH KIÊN GIANG", "UBND TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "ĐOÀN TNCS HỒ CHÍ MINH", "Số: 12/QĐ-UBND", "Số 342-CV/TĐTN-BPT",
    "Hà Nội, ngày 5 tháng 3 năm 2024", "Kính gửi: Các sở, ban, ngành", "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
    "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An", "KẾ HOẠCH", "V/v báo cáo kết quả",
    "Căn cứ Quyết định số 57/2015/QĐ-TTg ngày 10/12/2015 của Thủ tướng Chính phủ;",
    "Các đơn vị gửi báo cáo trước ngày 15/4/2024 về Văn phòng (qua email vp@example.vn).",
    "Hằng tháng, trước ngày 25, báo cáo kết quả thực hiện.", "Phấn đấu 100% đơn vị hoàn thành; kết nạp 1.500 đoàn viên.",
    "|---|---|", "| STT | Nội dung | Thời gian |", "**  **", "# I. MỤC ĐÍCH", "1. Tổ chức hội nghị", "a) Thời gian:",
    "\t\t", "", "⁶ Quyết định số 5/QĐ-BTC", "từ ngày 1/1 đến ngày 31/12/2024", "Quý I/2025", "chậm nhất ngày 30/6",
)


def vietnamese_documents():
    """A hypothesis strategy: texts shaped like administrative documents, with noise."""
    from hypothesis import strategies as st

    word = st.sampled_from(WORDS)
    sentence = st.lists(word, min_size=1, max_size=25).map(" ".join)
    date = st.builds(lambda d, m, y: f"ngày {d} tháng {m} năm {y}", st.integers(-1, 40), st.integers(-1, 14),
                     st.integers(0, 3000))
    number = st.builds(lambda n, t, i: f"Số: {n}/{t}-{i}", st.integers(0, 10**12), st.sampled_from(
        ["QĐ", "KH", "CV", "BC", "TB", "", "/", "QĐ-", "HD/TĐ"]), st.sampled_from(["UBND", "TĐTN", "BTC", "", "-"]))
    noise = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)
    line = st.one_of(st.sampled_from(LINES), sentence, date, number, noise,
                     st.builds(lambda a, b: f"{a}\t{b}", sentence, date))
    return st.lists(line, min_size=0, max_size=60).map("\n".join)


def _flip(data: bytes, rnd: random.Random) -> bytes:
    i = rnd.randrange(len(data))
    return data[:i] + bytes([rnd.randrange(256)]) + data[i + 1:]


def _insert(data: bytes, rnd: random.Random) -> bytes:
    i = rnd.randrange(len(data) + 1)
    return data[:i] + bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 16))) + data[i:]


def _delete(data: bytes, rnd: random.Random) -> bytes:
    i = rnd.randrange(len(data))
    return data[:i] + data[i + rnd.randint(1, 64):]


def _truncate(data: bytes, rnd: random.Random) -> bytes:
    return data[: rnd.randrange(len(data))]


def _lines(data: bytes, rnd: random.Random) -> bytes:
    lines = data.split(b"\n")
    op = rnd.choice(("drop", "repeat", "shuffle", "wrap", "join"))
    i = rnd.randrange(len(lines))
    if op == "drop":
        del lines[i]
    elif op == "repeat":
        lines[i:i] = [lines[i]] * rnd.randint(2, 50)
    elif op == "shuffle":
        rnd.shuffle(lines)
    elif op == "wrap":  # hard-wrap every line at a random width
        w = rnd.randint(5, 60)
        lines = [ln[k:k + w] for ln in lines for k in range(0, max(len(ln), 1), w)]
    else:
        lines = [b" ".join(lines)]
    return b"\n".join(lines)


MUTATORS = (_flip, _insert, _delete, _truncate, _lines)


def mutate(data: bytes, rnd: random.Random, rounds: int = 3) -> bytes:
    for _ in range(rnd.randint(1, rounds)):
        if not data:
            break
        data = rnd.choice(MUTATORS)(data, rnd)
    return data


def seed_files(shared: Path | None = None) -> list[Path]:
    """The files mutations start from: corpus/samples, and the shared corpus texts when present."""
    files = sorted((ROOT / "corpus" / "samples").glob("*.txt"))
    shared = shared or ROOT.parent / "shared" / "corpus"
    for sub in ("dev", "real"):
        files += sorted((shared / sub).glob("*.txt"))
    return files


def mutations(files: list[Path], n: int, seed: int) -> Iterator[tuple[str, bytes]]:
    rnd = random.Random(seed)
    for k in range(n):
        src = files[k % len(files)]
        yield f"{src.name}#{seed}.{k}", mutate(src.read_bytes(), rnd)


def check(path: Path) -> str | None:
    """None when the file parses or fails cleanly; the traceback of any other exception."""
    from vanban import VanbanError, parse_file

    try:
        parse_file(path)
    except VanbanError:
        return None
    except Exception:  # noqa: BLE001 - that is what the fuzzer looks for
        return traceback.format_exc()
    return None


def run(minutes: float, seed: int, out: Path) -> int:
    """Mutations and generated texts until the time is up; -> the number of failures."""
    import warnings

    from hypothesis.errors import NonInteractiveExampleWarning

    # .example() outside @given: no shrinking or replay needed here, failing inputs are kept as files
    warnings.simplefilter("ignore", NonInteractiveExampleWarning)
    out.mkdir(parents=True, exist_ok=True)
    files = seed_files()
    end = time.monotonic() + 60 * minutes
    tried = failed = slow = 0
    work = out / "input.txt"
    rnd = random.Random(seed)
    texts = vietnamese_documents()
    while time.monotonic() < end:
        if tried % 2:
            name, data = next(mutations(files, 1, rnd.randrange(1 << 30)))
        else:
            name, data = f"generated#{tried}", texts.example().encode("utf-8")
        work.write_bytes(data)
        # CPU time of this process: the parse runs here, and wall time would count the machine's load
        t0 = time.process_time()
        problem = check(work)
        spent = time.process_time() - t0
        tried += 1
        if problem:
            failed += 1
            (out / f"fail-{failed}.txt").write_bytes(data)
            print(f"FAIL {name}: {problem.splitlines()[-1]}", file=sys.stderr)
        if spent > SLOW_SECONDS_PER_50KB * max(1.0, len(data) / 50_000):
            slow += 1
            (out / f"slow-{slow}.txt").write_bytes(data)
            print(f"SLOW {name}: {spent:.1f} CPU s for {len(data)} bytes", file=sys.stderr)
    print(f"fuzz: {tried} inputs in {minutes:g} min, {failed} exceptions, {slow} over "
          f"{SLOW_SECONDS_PER_50KB:g} s per 50 kB (inputs kept in {out})")
    return 1 if failed or slow else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.fuzz", description=__doc__.split("\n")[0])
    p.add_argument("--minutes", type=float, default=30)
    p.add_argument("--seed", type=int, default=17)
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "work" / "fuzz")
    args = p.parse_args(argv)
    return run(args.minutes, args.seed, args.out)


if __name__ == "__main__":
    raise SystemExit(main())

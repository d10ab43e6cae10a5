"""A synthetic corpus for the benchmark, recombined from real document parts.

    python -m bench.corpus OUTDIR N [--seed S]

Each generated document has a letterhead (Đoàn or state style, one of many provinces), a số hiệu
numbered per issuer and year, a place/date line, a subject, 5-13 "Căn cứ" lines, a body taken from
one of the sample texts (corpus/samples: their own dates moved to the document's year) and a
signature block with a "Nơi nhận" list. Documents are generated in date order, and most "Căn cứ"
lines cite a document generated earlier (its number, type, date, issuer and subject), so that
the citations of the corpus link to each other the way a real archive's do; the others cite
national instruments (Nghị định, Thông tư, Quyết định of the Thủ tướng).

Everything is deterministic for a given seed. Vocabulary lists below are benchmark data only
(the pipeline never sees them except through the texts it parses).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpus" / "samples"

PROVINCES = (
    "Kiên Giang", "Bến Tre", "Nghệ An", "Thanh Hóa", "Quảng Nam", "Lào Cai", "Bắc Ninh", "Đồng Tháp",
    "An Giang", "Cà Mau", "Gia Lai", "Đắk Lắk", "Khánh Hòa", "Bình Định", "Quảng Ninh", "Hà Tĩnh",
    "Thái Nguyên", "Tuyên Quang", "Lâm Đồng", "Long An", "Tiền Giang", "Sóc Trăng", "Phú Thọ",
    "Nam Định", "Ninh Bình", "Hải Dương", "Quảng Trị", "Kon Tum", "Bình Phước", "Tây Ninh",
)
DOAN_UNITS = ("BPT", "TCKT", "VP", "TNTH", "TG", "CNLĐ", "ĐKT")
# (code, type name as printed in a title, as cited in a sentence)
DOAN_TYPES = (("CV", None, "Công văn"), ("KH", "KẾ HOẠCH", "Kế hoạch"), ("TB", "THÔNG BÁO", "Thông báo"),
              ("BC", "BÁO CÁO", "Báo cáo"), ("HD", "HƯỚNG DẪN", "Hướng dẫn"))
STATE_TYPES = (("UBND", None, "Công văn"), ("KH-UBND", "KẾ HOẠCH", "Kế hoạch"),
               ("QĐ-UBND", "QUYẾT ĐỊNH", "Quyết định"), ("BC-UBND", "BÁO CÁO", "Báo cáo"),
               ("TB-UBND", "THÔNG BÁO", "Thông báo"), ("CĐ-UBND", "CÔNG ĐIỆN", "Công điện"))
SUBJECTS = (
    "triển khai Ngày cao điểm tình nguyện hỗ trợ người dân thực hiện dịch vụ công trực tuyến",
    "tổ chức Chiến dịch Thanh niên tình nguyện Hè năm {y}",
    "tuyên truyền, vận động người dân sử dụng dịch vụ công trực tuyến mức độ 3, 4",
    "tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {y}",
    "tổ chức các hoạt động chào mừng kỷ niệm ngày thành lập Đoàn TNCS Hồ Chí Minh",
    "báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm {y}",
    "đẩy mạnh chuyển đổi số và cải cách thủ tục hành chính năm {y}",
    "tổ chức Hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi năm {y}",
    "thực hiện chế độ thông tin, báo cáo định kỳ",
    "phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm {y}",
    "triển khai thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư giai đoạn {y}-{y2}",
    "tăng cường bảo đảm trật tự an toàn giao thông dịp lễ, Tết năm {y}",
)
RECIPIENTS = ("Ban Thường vụ các Huyện, Thành đoàn và Đoàn trực thuộc", "Các sở, ban, ngành tỉnh",
              "Ủy ban nhân dân các huyện, thị xã, thành phố", "Các cơ sở Đoàn trực thuộc")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Phan", "Đặng", "Bùi", "Đỗ", "Huỳnh", "Ngô")
MIDDLE = ("Văn", "Thị", "Quốc", "Thanh", "Minh", "Hoàng", "Ngọc", "Đình", "Trường", "Tuấn")
GIVEN = ("Nhân", "Huy", "Giang", "Toại", "Thông", "Hùng", "Lan", "Dũng", "Hà", "Sơn", "Tâm", "Phúc")
NATIONAL = (("Nghị định", "NĐ-CP", "Chính phủ"), ("Thông tư", "TT-BNV", "Bộ Nội vụ"),
            ("Quyết định", "QĐ-TTg", "Thủ tướng Chính phủ"), ("Chỉ thị", "CT-TTg", "Thủ tướng Chính phủ"))

_BODY_START = re.compile(r"^\W*(Căn cứ|Thực hiện|Nhằm|Qua |Trên cơ sở|Theo |[IVX]+\.\s|\d+\.\s)")
_TAIL_START = re.compile(r"^\W*(TM\.|T/M|KT\.|TL\.|TUQ\.|Nơi nhận)")
_CAN_CU = re.compile(r"^\W*Căn cứ")
_YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")


@dataclass(frozen=True)
class Issuer:
    style: str  # "doan" | "state"
    province: str

    def letterhead(self) -> list[str]:
        up = self.province.upper()
        if self.style == "doan":
            return [f"BCH ĐOÀN TỈNH {up}", "***"]
        return ["ỦY BAN NHÂN DÂN", f"TỈNH {up}", "-------"]

    def cited_as(self) -> str:
        if self.style == "doan":
            return f"Ban Thường vụ Tỉnh đoàn {self.province}"
        return f"Ủy ban nhân dân tỉnh {self.province}"


@dataclass(frozen=True)
class Generated:
    """What later documents need to cite this one."""

    number: str
    type_name: str
    day: date
    issuer: Issuer
    subject: str


def split_sample(text: str) -> tuple[list[str], list[str]]:
    """(body lines without the sample's own Căn cứ lines, its Nơi nhận items)."""
    lines = [ln.rstrip() for ln in text.splitlines()]
    start = next((i for i, ln in enumerate(lines) if _BODY_START.match(ln)), 0)
    tail = next((i for i in range(max(start + 1, len(lines) - 40), len(lines))
                 if _TAIL_START.match(lines[i])), len(lines))
    body = lines[start:tail]
    while body and (_CAN_CU.match(body[0]) or not body[0].strip()):
        body.pop(0)
    items = [ln.strip() for ln in lines[tail:] if ln.strip().startswith("- ")]
    return body, items


def load_parts(samples: Path = SAMPLES) -> list[tuple[list[str], list[str], int]]:
    """(body lines, Nơi nhận items, the sample's year) for every sample text."""
    parts = []
    for f in sorted(samples.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        body, items = split_sample(text)
        years = [int(y) for y in _YEAR.findall(text)]
        parts.append((body, items, max(set(years), key=years.count) if years else 2023))
    if not parts:
        raise FileNotFoundError(f"no sample texts in {samples}")
    return parts


class Generator:
    def __init__(self, seed: int = 1258, samples: Path = SAMPLES,
                 start: date = date(2019, 1, 2), end: date = date(2025, 12, 30)):
        self.rng = random.Random(seed)
        self.parts = load_parts(samples)
        self.start, self.span = start, (end - start).days
        self.issuers = [Issuer(s, p) for p in PROVINCES for s in ("doan", "state")]
        self.seq: dict[tuple[Issuer, int], int] = {}
        self.done: list[Generated] = []

    def _date_text(self, d: date) -> str:
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if self.rng.random() < 0.5 else f"{d.day}/{d.month}/{d.year}"

    def _subject(self, year: int) -> str:
        return self.rng.choice(SUBJECTS).format(y=year, y2=year + 5)

    def _number(self, issuer: Issuer, year: int, kind: tuple) -> str:
        key = (issuer, year)
        self.seq[key] = self.seq.get(key, 0) + self.rng.randint(1, 7)
        n = self.seq[key]
        if issuer.style == "doan":
            return f"{n}-{kind[0]}/TĐTN-{self.rng.choice(DOAN_UNITS)}"
        return f"{n}/{kind[0]}"

    def _citation(self, day: date, issuer: Issuer) -> str:
        rng = self.rng
        if self.done and rng.random() < 0.8:
            recent = self.done[-2000:]
            same = [g for g in recent[-300:] if g.issuer == issuer]
            g = rng.choice(same) if same and rng.random() < 0.6 else rng.choice(recent)
            return (f"Căn cứ {g.type_name} số {g.number} ngày {self._date_text(g.day)} của {g.issuer.cited_as()} "
                    f"về việc {g.subject};")
        name, code, body = rng.choice(NATIONAL)
        year = rng.randint(2015, day.year)
        d = date(year, rng.randint(1, 12), rng.randint(1, 28))
        d = min(d, day - timedelta(days=1))
        return (f"Căn cứ {name} số {rng.randint(1, 320)}/{d.year}/{code} ngày {self._date_text(d)} "
                f"của {body} về {self._subject(d.year)};")

    def _body(self, year: int) -> tuple[list[str], list[str]]:
        body, items, sample_year = self.rng.choice(self.parts)
        delta = year - sample_year
        shifted = [_YEAR.sub(lambda m: str(int(m.group(1)) + delta), ln) for ln in body]
        if self.rng.random() < 0.3:  # some documents are longer: a second body's sections
            extra, _, y2 = self.rng.choice(self.parts)
            cut = self.rng.randint(0, max(0, len(extra) - 10))
            shifted += [""] + [_YEAR.sub(lambda m: str(int(m.group(1)) + year - y2), ln)
                               for ln in extra[cut:cut + self.rng.randint(6, 30)]]
        return shifted, items

    def document(self, day: date) -> str:
        rng = self.rng
        issuer = rng.choice(self.issuers)
        kind = rng.choice(DOAN_TYPES if issuer.style == "doan" else STATE_TYPES)
        number = self._number(issuer, day.year, kind)
        subject = self._subject(day.year)
        place = f"{issuer.province}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
        lines = [*issuer.letterhead(), "", f"Số: {number}"]
        if issuer.style == "doan":
            lines += ["", "ĐOÀN TNCS HỒ CHÍ MINH", "", place, ""]
        else:
            lines += ["", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", place, ""]
        if kind[1] is None:  # công văn: trích yếu under the number, then Kính gửi
            lines.insert(lines.index(f"Số: {number}") + 1, f"V/v {subject}")
            lines += [f"Kính gửi: {rng.choice(RECIPIENTS)}", ""]
        else:
            lines += [kind[1], f"V/v {subject}", ""]
        for _ in range(rng.randint(5, 13)):
            lines += [self._citation(day, issuer), ""]
        body, items = self._body(day.year)
        lines += body + [""]
        head = "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN" if issuer.style == "doan" else "TM. ỦY BAN NHÂN DÂN"
        deputy = rng.random() < 0.5
        position = ("PHÓ BÍ THƯ" if deputy else "BÍ THƯ") if issuer.style == "doan" else \
            ("PHÓ CHỦ TỊCH" if deputy else "CHỦ TỊCH")
        if deputy:
            head = "KT. BÍ THƯ" if issuer.style == "doan" else "KT. CHỦ TỊCH"
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        lines += [head, position, "", "Nơi nhận:", *(items or ["- Như trên;", "- Lưu: VT."]), "", "", name, ""]
        self.done.append(Generated(number, kind[2], day, issuer, subject))
        return "\n".join(lines)

    def dates(self, n: int) -> list[date]:
        days = sorted(self.rng.randrange(self.span) for _ in range(n))
        return [self.start + timedelta(days=d) for d in days]


def doc_path(out: Path, i: int) -> Path:
    return out / f"{i // 1000:03d}" / f"{i:06d}.txt"


def generate(out: Path, n: int, seed: int = 1258, samples: Path = SAMPLES) -> dict:
    """Write n documents under `out` (1,000 per folder); -> {"documents", "bytes"}. Reuses a complete earlier run."""
    out = Path(out)
    stamp = out.parent / f"{out.name}.stamp"  # beside the folder: `vanban import` walks the folder
    want = f"{n} {seed} {sum(f.stat().st_size for f in samples.glob('*.txt'))} v2"
    if stamp.exists() and stamp.read_text().split("\n")[0] == want:
        return {"documents": n, "bytes": int(stamp.read_text().split("\n")[1]), "reused": True}
    gen = Generator(seed, samples)
    total = 0
    for i, day in enumerate(gen.dates(n)):
        path = doc_path(out, i)
        if i % 1000 == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
        data = gen.document(day).encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(f"{want}\n{total}\n")
    return {"documents": n, "bytes": total, "reused": False}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1258)
    args = ap.parse_args(argv)
    info = generate(args.out, args.n, args.seed)
    print(f"{args.out}: {info['documents']} documents, {info['bytes'] / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

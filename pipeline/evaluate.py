"""Evaluation harness: score records against gold files, exactly as docs/SCORING.md says.

Gold files hold what a careful reader finds, in the record's field names minus
spans and text. Each gold file is first converted to record shape
(`gold_as_record`) so that both sides go through the same accessors.

Silver gold ("silver": true) is header-only: only number, doc_type,
issued_date, signer.name and the issuer are scored, and only those whose key
the gold file has (a missing key means "not judged", not null). Its
`issuer_locality` ("Tỉnh Bắc Ninh") must be contained in the record's issuer
name or parent; it is reported under "issuer".
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from vanban.grammar import docnumber
from vanban.tables import tables
from vanban.textutil import fold_tones

SINGLE_FIELDS = ("doc_type", "number", "issuer", "place", "issued_date", "subject",
                 "signer.name", "signer.position", "signer.authority")
LIST_FIELDS = ("recipients", "distribution", "citations", "events", "deadlines", "quantities",
               "contacts.emails")
FIELDS = SINGLE_FIELDS + LIST_FIELDS
RATIO_FIELDS = ("citations.date", "quantities.comparator", "quantities.scope")
SILVER_FIELDS = ("doc_type", "number", "issuer", "issued_date", "signer.name")
HEADER_FIELDS = SINGLE_FIELDS + ("recipients",)
# A gold file with recipients but none of these keys annotates the header only (../inputs): the other
# rows are not scored.
BODY_KEYS = ("distribution", "citations", "events", "deadlines", "quantities", "contacts")
# SOURCES.tsv `kind` -> the format row it is reported under (a scan with a junk text layer is a scan)
KIND_ROWS = {"scan": "scan", "scan+textlayer": "scan", "image": "image", "pdf": "pdf", "docx": "docx", "doc": "docx"}
FORMAT_ORDER = ("docx", "pdf", "scan", "image", "txt")
SIMILARITY = {"subject": 90, "issuer": 85, "signer.authority": 85, "recipients": 85, "distribution": 85}

# Characters removed around a value: whitespace, quotes, punctuation.
_EDGE = " \t\r\n\"'`“”‘’«»„.,;:!?…()[]{}-–—"
_SUBJECT_LEAD = re.compile(r"^(?:v/v|về việc)(?![\w])[\s:.,\-–]*")
_TP = re.compile(r"(?<!\w)tp\b\.?\s*")  # "TP." / "TP" is thành phố in a locality


def norm(value: Any) -> str:
    """Comparison key: NFC, markdown '*' removed, case-folded, whitespace collapsed, edges stripped."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFC", str(value)).replace("\\*", "").replace("*", "")
    s = unicodedata.normalize("NFC", " ".join(s.casefold().split()))
    return s.strip(_EDGE)


def number_key(value: Any) -> str:
    """Số hiệu key: spaces removed, Đ folded to D, case-folded (TDTN matches TĐTN); a Party/Đoàn
    number's space before its type is the hyphen it stands for (docnumber.score_key)."""
    return docnumber.score_key(norm(value))


def subject_key(value: Any) -> str:
    return _SUBJECT_LEAD.sub("", norm(value))


def similarity(a: Any, b: Any) -> float:
    return fuzz.ratio(norm(a), norm(b))


def locality_in(locality: str, *names: str | None) -> bool:
    """Silver rule: 'Tỉnh Bắc Ninh' is contained in 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH' (or its parent).

    Tone placement is unified and "TP." read as "thành phố" so that printed
    variants of the same locality still count; the whole locality, with its
    'Tỉnh'/'Thành phố' prefix, must appear as words.
    """
    def key(s: str) -> str:
        return _TP.sub("thành phố ", fold_tones(norm(s)))
    loc = key(locality)
    pattern = re.compile(rf"(?<!\w){re.escape(loc)}(?!\w)")
    return bool(loc) and any(n and pattern.search(key(n)) for n in names)


def _locality_in_issuer(locality: str, name: str | None, parent: str | None) -> bool:
    return locality_in(locality, name, parent)


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    return {k.casefold(): v for k, v in tables().abbreviations.items()}


def unit_head(unit: str | None) -> str:
    """First word of a unit after expanding an abbreviation ('ĐVTN' -> 'đoàn')."""
    words = re.findall(r"[\w%&]+", norm(unit))
    if not words:
        return ""
    expanded = _abbreviations().get(words[0], words[0])
    return re.findall(r"[\w%&]+", norm(expanded))[0]


def _same_value(a: Any, b: Any) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return norm(a) == norm(b) != ""


def _date_part(value: Any) -> str:
    return norm(value).split("t")[0]


def _deadline_match(g: dict, o: dict) -> bool:
    due = g.get("due")
    period = g.get("period") or (due if due and len(due) < 10 else None)  # 1.0 gold printed a period as due
    if period and o.get("period"):
        if norm(period) == norm(o.get("period")):
            return True
        if period == due and _date_part(o.get("due")).startswith(_date_part(due)):
            return True  # 1.0 gold gave a quarter's last month ("2024-06") where 1.1 has "2024-Q2"
    if due:  # with its time when gold has one, else the date parts
        return norm(due) == norm(o.get("due")) if "T" in due else _date_part(due) == _date_part(o.get("due"))
    gr, orr = g.get("recurrence") or {}, o.get("recurrence") or {}
    return bool(gr and orr) and all(norm(gr.get(k)) == norm(orr.get(k)) for k in ("freq", "day", "time"))


# ---- accessors (record shape on both sides) ----------------------------------------------

_OBJECT_KEY = {"doc_type": "code", "number": "normalized", "issuer": "name"}  # record object -> compared key


def single_value(rec: dict, name: str) -> str | None:
    if name.startswith("signer."):
        v = (rec.get("signer") or {}).get(name.split(".", 1)[1])
    else:
        v = rec.get(name)
        v = v.get(_OBJECT_KEY.get(name, "name")) if isinstance(v, dict) else v
    return v if v is not None and norm(v) else None


def list_items(rec: dict, name: str) -> list:
    if name == "contacts.emails":
        return [e for e in (rec.get("contacts") or {}).get("emails") or [] if norm(e)]
    items = rec.get(name) or []
    if name in ("recipients", "distribution"):
        return [i for i in (x if isinstance(x, str) else x.get("name") for x in items) if norm(i)]
    keep = {"citations": lambda c: norm(c.get("number")),   # unnumbered citations are not scored
            "events": lambda e: norm(e.get("date")),
            "deadlines": lambda d: d.get("due") or d.get("recurrence"),
            "quantities": lambda q: q.get("value") is not None}[name]
    return [i for i in items if keep(i)]


def single_match(name: str, gold: str, out: str) -> bool:
    if name == "number":
        return number_key(gold) == number_key(out)
    if name == "subject":
        return fuzz.ratio(subject_key(gold), subject_key(out)) >= SIMILARITY["subject"]
    if name in SIMILARITY:
        return similarity(gold, out) >= SIMILARITY[name]
    return norm(gold) == norm(out)


def pair_score(name: str, g: Any, o: Any) -> float | None:
    """How well output o pairs with gold g (None: not a pair). Higher pairs first.

    For equality fields a pair that also agrees on the secondary attributes
    (a citation's date, a quantity's comparator and scope) scores higher, so
    that the reported ratios do not suffer from an arbitrary pairing.
    """
    if name in ("recipients", "distribution"):
        s = similarity(g, o)
        return s if s >= SIMILARITY[name] else None
    if name == "contacts.emails":
        return 1.0 if norm(g) == norm(o) else None
    if name == "citations":
        if number_key(g["number"]) != number_key(o["number"]):
            return None
        return 1.0 + (norm(g.get("date")) == norm(o.get("date")))
    if name == "events":
        return 1.0 if _date_part(g["date"]) == _date_part(o["date"]) else None
    if name == "deadlines":
        return 1.0 if _deadline_match(g, o) else None
    if name == "quantities":
        if not _same_value(g["value"], o["value"]) or unit_head(g.get("unit")) != unit_head(o.get("unit")):
            return None
        return (1.0 + ((g.get("comparator") or "eq") == (o.get("comparator") or "eq"))
                + (norm(g.get("scope")) == norm(o.get("scope"))) + 0.5 * (norm(g.get("unit")) == norm(o.get("unit"))))
    raise KeyError(name)


def pair(name: str, golds: list, outs: list) -> list[tuple[int, int]]:
    """One-to-one pairs, greedily, best pair first (ties: gold order, then output order)."""
    candidates = [(s, i, j) for i, g in enumerate(golds) for j, o in enumerate(outs)
                  if (s := pair_score(name, g, o)) is not None]
    candidates.sort(key=lambda c: -c[0])
    used_g, used_o, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_g and j not in used_o:
            used_g.add(i)
            used_o.add(j)
            pairs.append((i, j))
    return pairs


# ---- report --------------------------------------------------------------------------------

@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    n_docs: int = 0  # documents where the field counted anything

    @property
    def precision(self) -> float:  # 1.0 when nothing was output (nothing wrong was said)
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else 1.0


@dataclass
class RatioScore:
    right: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass(frozen=True)
class Problem:
    doc: str
    field: str
    kind: str  # missed | spurious | wrong (single value: one FP and one FN) | wrong_<attribute>
    gold: Any = None
    output: Any = None


@dataclass
class Report:
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    ratios: dict[str, RatioScore] = field(default_factory=lambda: {f: RatioScore() for f in RATIO_FIELDS})
    problems: list[Problem] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # gold documents without a record
    n_docs: int = 0

    @property
    def micro(self) -> FieldScore:
        return FieldScore(sum(s.tp for s in self.fields.values()), sum(s.fp for s in self.fields.values()),
                          sum(s.fn for s in self.fields.values()), self.n_docs)

    def details(self, doc: str | None = None, field_name: str | None = None) -> list[Problem]:
        """Missed gold items, spurious outputs and wrong values, optionally for one document/field."""
        return [p for p in self.problems
                if (doc is None or p.doc == doc) and (field_name is None or p.field == field_name)]

    def add(self, name: str, tp: int, fp: int, fn: int) -> None:
        s = self.fields[name]
        s.tp, s.fp, s.fn = s.tp + tp, s.fp + fp, s.fn + fn
        s.n_docs += bool(tp or fp or fn)


def _score_single(report: Report, doc: str, name: str, g: str | None, o: str | None,
                  match: Callable[[str, str], bool] | None = None) -> None:
    if g is None and o is None:
        return
    if g is None:
        report.add(name, 0, 1, 0)
        report.problems.append(Problem(doc, name, "spurious", None, o))
    elif o is None:
        report.add(name, 0, 0, 1)
        report.problems.append(Problem(doc, name, "missed", g, None))
    elif (match or (lambda a, b: single_match(name, a, b)))(g, o):
        report.add(name, 1, 0, 0)
    else:
        report.add(name, 0, 1, 1)
        report.problems.append(Problem(doc, name, "wrong", g, o))


def _ratio(report: Report, doc: str, name: str, g: dict, o: dict, attr: str, default: Any = None) -> None:
    right = norm(g.get(attr) or default) == norm(o.get(attr) or default)
    r = report.ratios[name]
    r.right, r.total = r.right + right, r.total + 1
    if not right:
        report.problems.append(Problem(doc, name, f"wrong_{attr}", g, o))


def _score_list(report: Report, doc: str, name: str, golds: list, outs: list) -> None:
    pairs = pair(name, golds, outs)
    report.add(name, len(pairs), len(outs) - len(pairs), len(golds) - len(pairs))
    paired_g, paired_o = {i for i, _ in pairs}, {j for _, j in pairs}
    report.problems += [Problem(doc, name, "missed", g, None) for i, g in enumerate(golds) if i not in paired_g]
    report.problems += [Problem(doc, name, "spurious", None, o) for j, o in enumerate(outs) if j not in paired_o]
    for i, j in pairs:
        g, o = golds[i], outs[j]
        if name == "citations":
            _ratio(report, doc, "citations.date", g, o, "date")
        elif name == "quantities":
            _ratio(report, doc, "quantities.comparator", g, o, "comparator", "eq")
            if norm(g.get("scope")):
                _ratio(report, doc, "quantities.scope", g, o, "scope")


def header_only(gold: dict) -> bool:
    return not gold.get("silver") and "recipients" in gold and not any(k in gold for k in BODY_KEYS)


def scored_fields(gold: dict) -> tuple[str, ...]:
    if header_only(gold):
        return HEADER_FIELDS
    if not gold.get("silver"):
        return FIELDS
    present = {"doc_type": "doc_type" in gold, "number": "number" in gold, "issued_date": "issued_date" in gold,
               "issuer": "issuer_locality" in gold, "signer.name": "name" in (gold.get("signer") or {})}
    return tuple(f for f in SILVER_FIELDS if present[f])


def score(golds: dict[str, dict], records: dict[str, dict]) -> Report:
    report = Report()
    for doc in sorted(golds):
        gold, out = golds[doc], records.get(doc)
        if out is None:
            report.missing.append(doc)
            out = {}
        report.n_docs += 1
        expected = gold_as_record(gold)
        for name in scored_fields(gold):
            if name == "issuer" and gold.get("silver"):
                issuer = out.get("issuer")
                o = issuer if isinstance(issuer, dict) else {"name": issuer}
                _score_single(report, doc, name, gold.get("issuer_locality") or None, o.get("name") or None,
                              partial(_locality_in_issuer, parent=o.get("parent")))
            elif name in SINGLE_FIELDS:
                _score_single(report, doc, name, single_value(expected, name), single_value(out, name))
            else:
                _score_list(report, doc, name, list_items(expected, name), list_items(out, name))
    return report


# ---- header fields right, per input format (../inputs) ---------------------------------------

@dataclass
class HeaderTable:
    """Per format and header field: how many documents had the field right (null = null is right)."""

    right: dict[tuple[str, str], int] = field(default_factory=dict)
    total: dict[tuple[str, str], int] = field(default_factory=dict)
    wrong: list[tuple[str, str, str, Any, Any]] = field(default_factory=list)  # format, doc, field, gold, output

    def add(self, fmt: str, name: str, ok: bool) -> None:
        self.right[fmt, name] = self.right.get((fmt, name), 0) + ok
        self.total[fmt, name] = self.total.get((fmt, name), 0) + 1

    def share(self, fmt: str, name: str | None = None) -> float | None:
        keys = [k for k in self.total if k[0] == fmt and (name is None or k[1] == name)]
        n = sum(self.total[k] for k in keys)
        return sum(self.right[k] for k in keys) / n if n else None

    @property
    def formats(self) -> list[str]:
        present = {f for f, _ in self.total}
        return [f for f in FORMAT_ORDER if f in present] + sorted(present - set(FORMAT_ORDER))


def record_format(rec: dict) -> str:
    """docx | pdf | scan (a PDF read through OCR) | image | txt, from the record's source."""
    src = rec.get("source") or {}
    fmt = src.get("format") or "txt"
    return "scan" if fmt == "pdf" and src.get("ocr") else fmt


def source_kinds(gold_dir: Path) -> dict[str, str]:
    """NAME -> format row from a SOURCES.tsv next to the gold folder (file and kind columns), if any."""
    tsv = Path(gold_dir).parent / "SOURCES.tsv"
    if not tsv.is_file():
        return {}
    rows = [line.split("\t") for line in tsv.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows or "file" not in rows[0] or "kind" not in rows[0]:
        return {}
    fi, ki = rows[0].index("file"), rows[0].index("kind")
    return {Path(r[fi]).stem: KIND_ROWS.get(r[ki], r[ki]) for r in rows[1:] if len(r) > max(fi, ki)}


def _header_right(name: str, expected: dict, out: dict) -> tuple[bool, Any, Any]:
    if name == "recipients":
        g, o = list_items(expected, name), list_items(out, name)
        return len(pair(name, g, o)) == len(g) == len(o), g, o
    g1, o1 = single_value(expected, name), single_value(out, name)
    ok = (g1 is None and o1 is None) or (g1 is not None and o1 is not None and single_match(name, g1, o1))
    return ok, g1, o1


def header_table(golds: dict[str, dict], records: dict[str, dict], kinds: dict[str, str] | None = None) -> HeaderTable:
    """Share of header fields right per format: the figure issue 9 asks for (docs/SCORING.md match rules)."""
    table = HeaderTable()
    for doc in sorted(golds):
        gold, out = golds[doc], records.get(doc) or {}
        fmt = (kinds or {}).get(doc) or record_format(out)
        expected = gold_as_record(gold)
        for name in HEADER_FIELDS:
            ok, g, o = _header_right(name, expected, out)
            table.add(fmt, name, ok)
            if not ok:
                table.wrong.append((fmt, doc, name, g, o))
    return table


CONFIDENCE_BANDS = (0.9, 0.8, 0.5, 0.0)  # lower edges, highest first
_CONFIDENCE_FIELD = {"signer": "signer.name"}  # record.confidence key -> header field it vouches for


def confidence_bands(golds: dict[str, dict], records: dict[str, dict]) -> dict[float, tuple[int, int]]:
    """Calibration of record.confidence: per band (lower edge), how many of its fields were right, of how many."""
    bands = {low: (0, 0) for low in CONFIDENCE_BANDS}
    for doc in sorted(golds):
        out = records.get(doc) or {}
        expected = gold_as_record(golds[doc])
        for key, c in (out.get("confidence") or {}).items():
            name = _CONFIDENCE_FIELD.get(key, key)
            if name not in HEADER_FIELDS:
                continue
            ok = _header_right(name, expected, out)[0]
            low = next(b for b in CONFIDENCE_BANDS if c >= b)
            right, total = bands[low]
            bands[low] = (right + ok, total + 1)
    return bands


def format_confidence_bands(bands: dict[float, tuple[int, int]]) -> str:
    lines = ["confidence band     fields right"]
    tops = (1.0,) + CONFIDENCE_BANDS[:-1]
    for (low, (right, total)), top in zip(bands.items(), tops, strict=True):
        share = f"{right / total:.2f}" if total else "-"
        lines.append(f"{low:.1f}-{top:.1f}{'':<11}{right:>4}/{total:<4} {share}")
    return "\n".join(lines)


def format_header_table(table: HeaderTable) -> str:
    fmts = table.formats
    counts = {f: max((n for (g, _), n in table.total.items() if g == f), default=0) for f in fmts}
    head = f"{'header field right':<20}" + "".join(f"{f'{f} ({counts[f]})':>12}" for f in fmts)
    lines = [head, "-" * len(head)]
    for name in HEADER_FIELDS:
        cells = [table.share(f, name) for f in fmts]
        lines.append(f"{name:<20}" + "".join(f"{'-' if c is None else f'{c:.2f}':>12}" for c in cells))
    lines.append("-" * len(head))
    lines.append(f"{'all header fields':<20}" + "".join(f"{table.share(f) or 0:>12.2f}" for f in fmts))
    return "\n".join(lines)


# ---- gold and record files ---------------------------------------------------------------------

def gold_as_record(gold: dict) -> dict:
    """A gold file in record shape (validates as schemas.Record): the record a perfect parser makes."""
    number, issuer, signer = gold.get("number"), gold.get("issuer"), gold.get("signer")
    if gold.get("silver") and gold.get("issuer_locality"):
        issuer = {"name": gold["issuer_locality"]}
    contacts = gold.get("contacts") or {}
    return {
        "id": Path(gold.get("file") or "").stem, "text": "", "source": {"path": gold.get("file")},
        "doc_type": {"code": gold["doc_type"]} if gold.get("doc_type") else None,
        "number": {"raw": number, "normalized": number} if number else None,
        "issuer": dict(issuer) if issuer else None,
        "place": gold.get("place"), "issued_date": gold.get("issued_date"), "subject": gold.get("subject"),
        "recipients": [{"name": r} if isinstance(r, str) else dict(r) for r in gold.get("recipients") or []],
        "distribution": [dict(d) for d in gold.get("distribution") or []],
        "signer": dict(signer) if signer else None,
        "citations": [{"text": c.get("number") or "", **c} for c in gold.get("citations") or []],
        "events": [{"text": "", **e} for e in gold.get("events") or []],
        "deadlines": [{"text": "", **d} for d in gold.get("deadlines") or []],
        "quantities": [{"text": "", **q} for q in gold.get("quantities") or []],
        "contacts": {"emails": list(contacts.get("emails") or []), "urls": list(contacts.get("urls") or [])},
    }


def load_gold(dir_or_file: Path) -> dict[str, dict]:
    path = Path(dir_or_file)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    return {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in files}


def load_records(path: Path) -> dict[str, dict]:
    """Records of a JSON Lines file, by file stem; ValueError naming the line that is not a record."""
    records: dict[str, dict] = {}
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}: line {n} is not a JSON record ({e.msg}); records are JSON Lines, "
                             "one record per line (vanban parse FILES -o RECORDS.jsonl)") from None
        if not isinstance(rec, dict):
            raise ValueError(f"{path}: line {n} is not a JSON object")
        records[Path((rec.get("source") or {}).get("path") or rec.get("id") or "").stem] = rec
    return records


def format_table(report: Report, title: str) -> str:
    head = f"{'field':<22}{'n':>5}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}"
    lines = [f"{title} ({report.n_docs} documents, {len(report.missing)} without record)", head, "-" * len(head)]
    rows = [(n, s) for n, s in report.fields.items() if s.n_docs] + [("micro", report.micro)]
    for name, s in rows:
        if name == "micro":
            lines.append("-" * len(head))
        p = f"{s.precision:>8.3f}" if s.tp + s.fp else f"{'-':>8}"  # no output: precision undefined
        r = f"{s.recall:>8.3f}" if s.tp + s.fn else f"{'-':>8}"
        lines.append(f"{name:<22}{s.n_docs:>5}{s.tp:>6}{s.fp:>6}{s.fn:>6}{p}{r}{s.f1:>8.3f}")
    for name, ratio in report.ratios.items():
        if ratio.total:
            lines.append(f"{name:<22} accuracy {ratio.accuracy:.3f} ({ratio.right}/{ratio.total} paired)")
    return "\n".join(lines)


def _text_for(gold_root: Path, name: str, gold: dict) -> Path | None:
    filename = gold.get("file") or f"{name}.txt"
    places = (gold_root.parent / filename, gold_root / filename, gold_root.parent / "samples" / filename)
    return next((p for p in places if p.is_file()), None)


def _parse_one(parse: Callable[[Path], dict], name: str, text: Path) -> tuple[str, dict | None, str | None]:
    """One gold's record, or the reason it has none (run in a worker process when jobs > 1)."""
    try:
        return name, parse(text), None
    except Exception as exc:  # one broken document must not hide the others' scores
        return name, None, repr(exc)


def parse_gold_texts(gold_dir: Path, golds: dict[str, dict], parse: Callable[[Path], dict],
                     jobs: int = 1, progress: Callable[[int, int, str], None] | None = None) -> dict[str, dict]:
    """Records for the gold files found next to (or above) their texts; a parse failure warns and leaves
    the document without record (every gold item then counts as missed).

    With jobs > 1 the files are parsed in that many processes (`parse` must then be a module-level
    function): scans are OCR'd a page at a time, so one process per file keeps every core busy where
    one file's pages alone would not. `progress(done, total, name)` is called as each file finishes."""
    root = gold_dir if gold_dir.is_dir() else gold_dir.parent
    found = [(name, text) for name, gold in golds.items() if (text := _text_for(root, name, gold)) is not None]
    records: dict[str, dict] = {}
    for done, (name, record, error) in enumerate(_parse_all(parse, found, jobs), 1):
        if error is not None:
            print(f"warning: {name}: parse failed: {error}", file=sys.stderr)
        elif record is not None:
            records[name] = record
        if progress is not None:
            progress(done, len(found), name)
    return {name: records[name] for name, _ in found if name in records}  # in gold order, whatever the jobs


def _parse_all(parse: Callable[[Path], dict], found: list[tuple[str, Path]],
               jobs: int) -> Iterator[tuple[str, dict | None, str | None]]:
    """(name, record, error) per file as they finish: here, or in `jobs` processes."""
    if jobs <= 1 or len(found) <= 1:
        yield from (_parse_one(parse, name, text) for name, text in found)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(found))) as pool:
        futures = {pool.submit(_parse_one, parse, name, text): name for name, text in found}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # the worker died (killed, out of memory): that file has no record
                yield futures[future], None, repr(exc)


def brief(item: Any) -> str:
    """An item for a details line: its non-empty fields, no text or span."""
    if isinstance(item, dict):
        item = {k: v for k, v in item.items() if v not in (None, "", []) and k not in ("text", "span")}
    return repr(item)

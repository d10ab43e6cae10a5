"""A synthetic multi-province corpus for the directive graph, with the true link of every citation.

Built from real citation patterns (see corpus/samples and the real corpus): every Tỉnh đoàn
issues its own "35-KH/TĐTN-TTNTH" and "342-CV/TĐTN-BPT", every UBND tỉnh its own
"56/2023/QĐ-UBND", every Huyện đoàn its own "12-KH/HĐTN" (and two provinces have a
Huyện đoàn Châu Thành). Each document cites its own Tỉnh đoàn ("của Ban Thường vụ Tỉnh
đoàn", no province named), its UBND ("của UBND tỉnh") and the same Trung ương Đoàn plan
and công văn. Some cited documents are not part of the corpus (stubs), some citations carry
printed variants (TDTN for TĐTN, an OCR digit error with the same date, a missing date).

`build_corpus(seed)` returns GenDoc items: the text, and for each citation the identity of
the document it really means: (body key, number key, year), comparable with graph nodes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from vanban.grammar import docnumber

PROVINCES = [  # (name, upper-case, place, districts, central)
    ("Kiên Giang", "KIÊN GIANG", "Rạch Giá", ["Châu Thành", "Giồng Riềng"], False),
    ("Bến Tre", "BẾN TRE", "Bến Tre", ["Châu Thành", "Mỏ Cày Nam"], False),
    ("Khánh Hòa", "KHÁNH HÒA", "Nha Trang", ["Diên Khánh", "Cam Lâm"], False),
    ("Nghệ An", "NGHỆ AN", "Vinh", ["Nghi Lộc", "Đô Lương"], False),
    ("Hà Tĩnh", "HÀ TĨNH", "Hà Tĩnh", ["Cẩm Xuyên", "Kỳ Anh"], False),
    ("Lâm Đồng", "LÂM ĐỒNG", "Đà Lạt", ["Đức Trọng", "Lâm Hà"], False),
    ("Cần Thơ", "CẦN THƠ", "Cần Thơ", ["Ninh Kiều", "Cái Răng"], True),
]
TW_PLAN = ("46-KH/TWĐTN-CNĐT", "2023-04-14", "tổ chức Chiến dịch Thanh niên tình nguyện Hè năm 2023")
TW_CV = ("1334-CV/TWĐTN-CNĐT", "2023-07-07",
         "triển khai Ngày cao điểm Chiến sĩ tình nguyện vì Đô thị văn minh")
TTG = ("57/2015/QĐ-TTg", "2015-11-16", "chính sách đối với hoạt động tình nguyện của thanh niên")


def _ascii(s: str) -> str:
    from vanban.textutil import ascii_fold

    return ascii_fold(s)


@dataclass
class GenCitation:
    printed: str  # the number as printed in the citing text
    truth: tuple[str, str, str]  # (body key, number key, year) of the document meant


@dataclass
class GenDoc:
    name: str
    text: str
    identity: tuple[str, str, str] | None  # its own (body key, number key, year)
    citations: list[GenCitation] = field(default_factory=list)


def _vn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d):02d}/{int(m)}/{y}"


def _long_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"ngày {int(d):02d} tháng {int(m)} năm {y}"


def _ident(body: str, number: str, date: str) -> tuple[str, str, str]:
    return (body, docnumber.key(number), date[:4])


def _cite(kind: str, number: str, date: str | None, issuer: str | None, subject: str, lead: str) -> str:
    s = f"{lead} {kind} số {number}"
    if date:
        s += f" ngày {_vn_date(date)}"
    if issuer:
        s += f" của {issuer}"
    return s + f" về việc {subject};"


def _header(lines_left: list[str], number: str, place: str, date: str, title: str, subject: str,
            motto: str = "ĐOÀN TNCS HỒ CHÍ MINH") -> str:
    return "\n".join([*lines_left, "***", f"Số: {number}", "", motto, "",
                      f"{place}, {_long_date(date)}", "", title, subject, ""])


def _footer(signer: str, position: str, recipients: str) -> str:
    return "\n".join(["", "Nơi nhận:", f"- {recipients};", "- Lưu VP.", "",
                      "TM. BAN THƯỜNG VỤ", position, "", signer, ""])


def build_corpus(seed: int = 0) -> list[GenDoc]:
    rng = random.Random(seed)
    docs: list[GenDoc] = []
    tw = "tw doan"
    # Trung ương Đoàn plan (in the corpus) and công văn (cited only: a stub)
    tw_text = _header(["BAN CHẤP HÀNH TRUNG ƯƠNG"], TW_PLAN[0], "Hà Nội", TW_PLAN[1], "KẾ HOẠCH",
                      TW_PLAN[2][0].upper() + TW_PLAN[2][1:]) + "\n".join([
        "", _cite("Quyết định", TTG[0], TTG[1], "Thủ tướng Chính phủ", TTG[2], "Căn cứ"),
        "Ban Bí thư Trung ương Đoàn ban hành Kế hoạch tổ chức Chiến dịch như sau:",
        "I. CHỈ TIÊU", "- Phấn đấu 100% cơ sở Đoàn tổ chức ra quân Chiến dịch.",
        "- Thực hiện ít nhất 5.000 công trình thanh niên.",
    ]) + _footer("Nguyễn Minh Triết", "BÍ THƯ", "Các tỉnh, thành đoàn")
    docs.append(GenDoc("tw_plan", tw_text, _ident(tw, TW_PLAN[0], TW_PLAN[1]),
                       [GenCitation(TTG[0], _ident("ttg", TTG[0], TTG[1]))]))
    for pi, (pname, pupper, place, districts, _central) in enumerate(PROVINCES):
        pkey = _ascii(pname)
        tinh = f"tinh doan|{pkey}"
        ubnd = f"ubnd|{pkey}"
        plan_date = f"2023-05-{rng.choice([4, 4, 5, 8, 10]):02d}"  # several provinces share a date
        plan = ("35-KH/TĐTN-TTNTH", plan_date, "tổ chức Chiến dịch Thanh niên tình nguyện Hè 2023")
        qd = ("56/2023/QĐ-UBND", f"2023-03-{10 + pi:02d}", "ban hành Chương trình phát triển thanh niên tỉnh")
        cv = ("342-CV/TĐTN-BPT", f"2023-07-{20 + pi % 3:02d}", "triển khai Ngày cao điểm Chiến sĩ tình nguyện")
        report = (f"{60 + pi}-BC/TĐTN-TTNTH", "2023-09-15", "kết quả Chiến dịch Thanh niên tình nguyện Hè 2023")
        left = ["BCH THÀNH ĐOÀN " + pupper] if _central else ["BCH ĐOÀN TỈNH " + pupper]
        btv = "Ban Thường vụ Thành đoàn" if _central else "Ban Thường vụ Tỉnh đoàn"
        ubnd_text = "UBND thành phố" if _central else "UBND tỉnh"
        other = PROVINCES[(pi + 1) % len(PROVINCES)]
        other_cv = ("342-CV/TĐTN-BPT", f"2023-07-{20 + (pi + 1) % len(PROVINCES) % 3:02d}",
                    "triển khai Ngày cao điểm Chiến sĩ tình nguyện")
        other_body = f"tinh doan|{_ascii(other[0])}"
        other_btv = ("Ban Thường vụ Thành đoàn " if other[4] else "Ban Thường vụ Tỉnh đoàn ") + other[0]
        # the province plan; not imported for the last province (its citations meet a stub)
        plan_text = _header(left, plan[0], place, plan[1], "KẾ HOẠCH", plan[2][0].upper() + plan[2][1:]) + \
            "\n".join([
                "", _cite("Kế hoạch", TW_PLAN[0], TW_PLAN[1], "Ban Bí thư Trung ương Đoàn", TW_PLAN[2], "Thực hiện"),
                _cite("Quyết định", qd[0], qd[1], ubnd_text, qd[2], "Căn cứ"),
                "Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch như sau:", "I. CHỈ TIÊU",
                "- Phấn đấu 100% cơ sở Đoàn tổ chức ra quân Chiến dịch.",
                f"- Thực hiện ít nhất {40 + pi * 5} công trình thanh niên.",
                "- Các Huyện, Thành đoàn báo cáo kết quả về Ban Thường vụ Tỉnh đoàn trước ngày 30/8/2023.",
            ]) + _footer("Trần Văn A", "PHÓ BÍ THƯ", "BTV các Huyện, Thành đoàn")
        if pi != len(PROVINCES) - 1:
            docs.append(GenDoc(f"{pkey}_plan", plan_text, _ident(tinh, plan[0], plan[1]), [
                GenCitation(TW_PLAN[0], _ident(tw, TW_PLAN[0], TW_PLAN[1])),
                GenCitation(qd[0], _ident(ubnd, qd[0], qd[1]))]))
        # UBND decision: in the corpus for even provinces only
        if pi % 2 == 0:
            qd_text = _header(["ỦY BAN NHÂN DÂN", ("THÀNH PHỐ " if _central else "TỈNH ") + pupper], qd[0], place, qd[1], "QUYẾT ĐỊNH",
                              qd[2][0].upper() + qd[2][1:], motto="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + \
                "\n".join(["", _cite("Quyết định", TTG[0], TTG[1], "Thủ tướng Chính phủ", TTG[2], "Căn cứ"),
                           "QUYẾT ĐỊNH:", "Điều 1. Ban hành Chương trình kèm theo Quyết định này."]) + \
                "\n".join(["", "Nơi nhận:", "- Như Điều 1;", "- Lưu: VT.", "", "TM. ỦY BAN NHÂN DÂN",
                           "CHỦ TỊCH", "", "Lê Văn B", ""])
            docs.append(GenDoc(f"{pkey}_qd", qd_text, _ident(ubnd, qd[0], qd[1]),
                               [GenCitation(TTG[0], _ident("ttg", TTG[0], TTG[1]))]))
        # the công văn: cites its own plan and the TW công văn (a stub)
        printed_plan = "35-KH/TDTN-TTNTH" if pi % 3 == 1 else plan[0]  # Đ typed as D
        cv_text = _header(left, cv[0], place, cv[1], "", "V/v " + cv[2]) + "\n".join([
            "Kính gửi: BTV các Huyện, Thành đoàn và Đoàn trực thuộc", "",
            _cite("Kế hoạch", printed_plan, plan[1], btv, plan[2], "Căn cứ"),
            _cite("Công văn", TW_CV[0], TW_CV[1], "Ban Bí thư Trung ương Đoàn", TW_CV[2], "Căn cứ"),
            "Các đơn vị báo cáo kết quả về Ban Phong trào Tỉnh đoàn trước 17h00 ngày 04/8/2023.",
        ]) + _footer("Trần Văn A", "PHÓ BÍ THƯ", "Như trên")
        docs.append(GenDoc(f"{pkey}_cv", cv_text, _ident(tinh, cv[0], cv[1]), [
            GenCitation(printed_plan, _ident(tinh, plan[0], plan[1])),
            GenCitation(TW_CV[0], _ident(tw, TW_CV[0], TW_CV[1]))]))
        # the province report: implements its plan and the TW plan
        rep_text = _header(left, report[0], place, report[1], "BÁO CÁO", report[2][0].upper() + report[2][1:]) + \
            "\n".join([
                "", _cite("Kế hoạch", plan[0], plan[1], btv, plan[2], "Thực hiện"),
                _cite("Kế hoạch", TW_PLAN[0], TW_PLAN[1], "Ban Bí thư Trung ương Đoàn", TW_PLAN[2], "Thực hiện"),
                _cite("Công văn", other_cv[0], other_cv[1], other_btv, other_cv[2], "Tham khảo"),
                "Ban Thường vụ Tỉnh đoàn báo cáo kết quả như sau:", "I. KẾT QUẢ",
                "- Đã có 100% cơ sở Đoàn tổ chức ra quân Chiến dịch.",
                f"- Thực hiện được {50 + pi * 3} công trình thanh niên.",
            ]) + _footer("Trần Văn A", "PHÓ BÍ THƯ", "Ban Bí thư Trung ương Đoàn")
        docs.append(GenDoc(f"{pkey}_report", rep_text, _ident(tinh, report[0], report[1]), [
            GenCitation(plan[0], _ident(tinh, plan[0], plan[1])),
            GenCitation(TW_PLAN[0], _ident(tw, TW_PLAN[0], TW_PLAN[1])),
            GenCitation(other_cv[0], _ident(other_body, other_cv[0], other_cv[1]))]))
        # Huyện đoàn plans and reports
        for di, district in enumerate(districts):
            hkey = f"huyen doan|{pkey}/{_ascii(district)}"
            hplan = ("12-KH/HĐTN", f"2023-05-{15 + di:02d}", "thực hiện Chiến dịch Thanh niên tình nguyện Hè 2023")
            hleft = (["THÀNH ĐOÀN " + pupper, "BCH QUẬN ĐOÀN " + district.upper()] if _central
                     else ["TỈNH ĐOÀN " + pupper, "BCH ĐOÀN HUYỆN " + district.upper()])
            if di == 0:  # last year's plan of the same Huyện đoàn, same number
                old = ("12-KH/HĐTN", "2022-05-20", "thực hiện Chiến dịch Thanh niên tình nguyện Hè 2022")
                old_text = _header(hleft, old[0], district, old[1], "KẾ HOẠCH", old[2][0].upper() + old[2][1:]) + \
                    "\n".join(["", "Ban Thường vụ Huyện đoàn xây dựng Kế hoạch như sau:", "I. CHỈ TIÊU",
                               "- Phấn đấu thực hiện ít nhất 3 công trình thanh niên."]) + \
                    _footer("Lê Thị C", "BÍ THƯ", "BCH Đoàn các xã, thị trấn")
                docs.append(GenDoc(f"{pkey}_{di}_oldplan", old_text, _ident(hkey, old[0], old[1])))
            # OCR digit error with the date intact in one district of every other province
            printed = "85-KH/TĐTN-TTNTH" if (pi % 2 == 1 and di == 0) else plan[0]
            hplan_text = _header(hleft, hplan[0], district, hplan[1], "KẾ HOẠCH",
                                 hplan[2][0].upper() + hplan[2][1:]) + "\n".join([
                "", _cite("Kế hoạch", printed, plan[1], btv, plan[2], "Thực hiện"),
                _cite("Quyết định", qd[0], qd[1] if di == 0 else None, ubnd_text, qd[2], "Căn cứ"),
                "Ban Thường vụ Huyện đoàn xây dựng Kế hoạch như sau:", "I. CHỈ TIÊU",
                f"- Phấn đấu thực hiện ít nhất {5 + di} công trình thanh niên.",
            ]) + _footer("Lê Thị C", "BÍ THƯ", "BCH Đoàn các xã, thị trấn")
            docs.append(GenDoc(f"{pkey}_{di}_plan", hplan_text, _ident(hkey, hplan[0], hplan[1]), [
                GenCitation(printed, _ident(tinh, plan[0], plan[1])),
                GenCitation(qd[0], _ident(ubnd, qd[0], qd[1]))]))
            hrep = (f"{20 + di}-BC/HĐTN", "2023-08-25", "kết quả thực hiện Chiến dịch Thanh niên tình nguyện Hè 2023")
            hrep_text = _header(hleft, hrep[0], district, hrep[1], "BÁO CÁO",
                                hrep[2][0].upper() + hrep[2][1:]) + "\n".join([
                "", _cite("Kế hoạch", hplan[0], hplan[1] if di == 0 else None, "Ban Thường vụ Huyện đoàn",
                          hplan[2], "Thực hiện"),
                _cite("Kế hoạch", plan[0], plan[1], btv, plan[2], "Thực hiện"),
                "I. KẾT QUẢ", f"- Thực hiện được {6 + di} công trình thanh niên.",
            ]) + _footer("Lê Thị C", "BÍ THƯ", "Ban Thường vụ Tỉnh đoàn")
            docs.append(GenDoc(f"{pkey}_{di}_report", hrep_text, _ident(hkey, hrep[0], hrep[1]), [
                GenCitation(hplan[0], _ident(hkey, hplan[0], hplan[1])),
                GenCitation(plan[0], _ident(tinh, plan[0], plan[1]))]))
    return docs


@dataclass
class LinkScore:
    correct: int
    wrong: int
    missed: int
    total: int
    wrong_edges: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / (self.correct + self.wrong) if self.correct + self.wrong else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.total if self.total else 1.0


def score_links(result, gen: list[GenDoc], ids: dict[str, str]) -> LinkScore:
    """Compare a LinkResult with the truth. `ids`: GenDoc name -> stored document id.

    An edge is correct when its node is the document meant, wrong when it is another
    document (stored or stub), missed when the citation has no edge or sits on a stub
    that stands for no real document (an unjoined variant).
    """
    by_id = {ids[g.name]: g for g in gen}
    truths = {g.identity for g in gen}
    for g in gen:
        truths.update(c.truth for c in g.citations)

    def identity(node) -> tuple[str, str, str] | None:
        if node.kind == "doc":
            return by_id[node.doc_id].identity
        year = (node.date or "")[:4] or node.node_id.split("@")[0].rsplit("|", 1)[-1]
        return (node.body, node.number_key, year)

    edges = {(e.src, docnumber.key(e.cited_number)): e for e in result.edges}
    s = LinkScore(0, 0, 0, 0)
    for g in gen:
        for c in g.citations:
            s.total += 1
            e = edges.get((ids[g.name], docnumber.key(c.printed)))
            if e is None:
                s.missed += 1
                continue
            got = identity(result.nodes[e.dst])
            if got == c.truth:
                s.correct += 1
            elif got in truths:
                s.wrong += 1
                s.wrong_edges.append((g.name, c.printed, c.truth, got))
            else:
                s.missed += 1
    return s


_PARSED: dict[int, tuple[list[GenDoc], dict]] = {}


def parsed_corpus(seed: int = 0) -> tuple[list[GenDoc], dict]:
    """The corpus and its parsed records (name -> Record), parsed once per test session."""
    if seed not in _PARSED:
        from vanban import parse_text

        gen = build_corpus(seed)
        _PARSED[seed] = (gen, {g.name: parse_text(g.text, path=f"{g.name}.txt") for g in gen})
    return _PARSED[seed]


def link_inputs(records) -> tuple[list, list]:
    """DocInfo/CitationInfo lists for vanban.graph.link from Records (no store involved)."""
    from vanban.graph.link import CitationInfo, DocInfo

    docs, cits = [], []
    for r in records:
        iss = r.issuer
        docs.append(DocInfo(r.id, r.number.normalized if r.number else None, r.doc_type.code if r.doc_type else None,
                            r.issued_date, iss.name if iss else None, iss.parent if iss else None,
                            iss.system if iss else None, r.place, r.subject))
        cits += [CitationInfo(r.id, i, c.number, c.doc_type, c.date, c.issuer, c.subject, c.relation, c.span)
                 for i, c in enumerate(r.citations)]
    return docs, cits


def synthetic_records(templates, n: int, seed: int = 0):
    """`n` records recombined from `templates` (parsed Records): new numbers, issuers, dates, citations.

    For benchmarks: a quarter of the citations name another generated document (same province),
    the rest keep the template's cited numbers (stubs, shared across the store).
    """
    import hashlib
    from datetime import date, timedelta

    rng = random.Random(seed)
    made: list = []
    for i in range(n):
        t = rng.choice(templates)
        r = t.model_copy(deep=True)
        pname, pupper = rng.choice(PROVINCES)[:2]
        r.id = hashlib.sha256(f"synthetic-{seed}-{i}".encode()).hexdigest()
        r.source.sha256, r.source.path = r.id, f"synthetic/{i}.txt"
        issued = date(2020, 1, 1) + timedelta(days=rng.randrange(6 * 365))
        shift = (issued - date.fromisoformat(t.issued_date)).days if t.issued_date else 0
        r.issued_date = issued.isoformat()
        code = rng.choice(["KH", "CV", "BC", "TB"])
        number = f"{rng.randrange(1, 400)}-{code}/TĐTN-{rng.choice(['BPT', 'TTNTH', 'TCKT', 'VP'])}"
        if r.number:
            r.number.normalized = r.number.raw = number
        if r.doc_type:
            r.doc_type.code = code
        if r.issuer:
            r.issuer.name, r.issuer.parent = "BCH ĐOÀN TỈNH " + pupper, None
        for d in r.deadlines:
            if d.due and shift:
                d.due = (date.fromisoformat(d.due[:10]) + timedelta(days=shift)).isoformat() + d.due[10:]
        for c in r.citations:
            if made and c.number and rng.random() < 0.25:
                other = rng.choice(made)
                c.number, c.date, c.issuer = other[0], other[1], "Ban Thường vụ Tỉnh đoàn " + other[2]
                c.doc_type = other[0].split("-")[1].split("/")[0]
        if r.number:
            made.append((number, r.issued_date, pname))
        yield r


def bench(n: int = 10_000, path: str = "/tmp/vanban_bench.db") -> None:
    """Build a store of `n` recombined sample documents, link it and time the queries."""
    import os
    import time
    from datetime import date
    from io import StringIO
    from pathlib import Path

    from rich.console import Console

    from vanban import parse_file
    from vanban.graph.build import find_nodes, link_store
    from vanban.graph.queries import compare_rows, deadline_rows, quantity_rows, show_tree
    from vanban.store.db import Store

    if os.path.exists(path):
        os.remove(path)
    samples = Path(__file__).resolve().parent.parent / "corpus" / "samples"
    templates = [parse_file(f) for f in sorted(samples.glob("*.txt"))]
    templates = [t for t in templates if t.issued_date]
    store = Store(path)
    t0 = time.perf_counter()
    for r in synthetic_records(templates, n):
        store.put(r)
    print(f"put {n} documents: {time.perf_counter() - t0:.1f} s; counts {store.counts()}")
    stats = link_store(store.conn)
    print(f"link: {stats}")

    def timed(label, fn, reps=5):
        best = min(_timeit(fn) for _ in range(reps))
        print(f"{label}: {best * 1000:.1f} ms")

    def _timeit(fn):
        t = time.perf_counter()
        fn()
        return time.perf_counter() - t

    c = store.conn
    timed("deadlines one month", lambda: deadline_rows(c, date(2023, 8, 1), date(2023, 8, 31)))
    timed("deadlines one month + issuer", lambda: deadline_rows(c, date(2023, 8, 1), date(2023, 8, 31),
                                                                issuer="Kiên Giang"))
    timed("deadlines all", lambda: deadline_rows(c))
    timed("targets kind=target unit=%", lambda: quantity_rows(c, unit="%", kind="target"))
    timed("targets issuer+year", lambda: quantity_rows(c, issuer="Bến Tre", year=2023))
    timed("targets --compare year", lambda: compare_rows(c, year=2023), reps=1)
    number = c.execute("SELECT number FROM documents WHERE number IS NOT NULL LIMIT 1 OFFSET 500").fetchone()[0]

    def show():
        buf = StringIO()
        for node in find_nodes(c, number):
            Console(file=buf, width=140).print(show_tree(c, node, 2))

    timed(f"show {number}", show)
    store.close()


if __name__ == "__main__":
    import sys

    bench(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)

"""Scoring rules of docs/SCORING.md, one small hand-made gold/record pair per rule.

Values are short snippets of the dev/real/silver gold files.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from conftest import shared_corpus

from vanban.cli.evaluation import print_scores
from vanban.evaluate import (
    FIELDS,
    RATIO_FIELDS,
    gold_as_record,
    load_gold,
    load_records,
    locality_in,
    norm,
    number_key,
    parse_gold_texts,
    score,
    unit_head,
)
from vanban.schemas import Record


def one(gold: dict, record: dict | None, silver: bool = False):
    gold = {"file": "doc.txt", **gold}
    if silver:
        gold["silver"] = True
    return score({"doc": gold}, {} if record is None else {"doc": record})


def counts(report, field: str) -> tuple[int, int, int]:
    s = report.fields[field]
    return s.tp, s.fp, s.fn


# ---- normalizing ---------------------------------------------------------------------------

def test_norm_nfc_casefold_markdown_quotes_punctuation():
    decomposed = unicodedata.normalize("NFD", "Rạch Giá")
    assert norm(f"**{decomposed}**") == norm("RẠCH GIÁ") == "rạch giá"
    assert norm("“Ngày cao điểm”.") == "ngày cao điểm"
    assert norm("  Bí   thư ; ") == "bí thư"
    assert norm("Như Điều 3 (để thực hiện)") == norm("Như Điều 3 (để thực hiện);")


# ---- single-valued fields -------------------------------------------------------------------

def test_null_handling():
    assert counts(one({"place": None}, {"place": None}), "place") == (0, 0, 0)
    assert one({"place": None}, {"place": None}).fields["place"].n_docs == 0
    assert counts(one({"place": None}, {"place": "Rạch Giá"}), "place") == (0, 1, 0)
    assert counts(one({"place": "Rạch Giá"}, {"place": None}), "place") == (0, 0, 1)
    assert counts(one({"place": "Rạch Giá"}, {"place": "rạch giá"}), "place") == (1, 0, 0)
    assert counts(one({"place": "Rạch Giá"}, {"place": "Hà Nội"}), "place") == (0, 1, 1)


def test_doc_type_code_against_record_object():
    assert counts(one({"doc_type": "CV"}, {"doc_type": {"code": "CV", "name": "Công văn"}}), "doc_type") == (1, 0, 0)
    assert counts(one({"doc_type": "KH"}, {"doc_type": {"code": "CV"}}), "doc_type") == (0, 1, 1)


def test_number_spaces_and_d_folding():
    assert number_key("38-KH/TDTN-BPT") == number_key("38-KH/TĐTN-BPT")
    assert number_key("55 - KH/HĐTĐN") == number_key("55-kh/hđtđn")
    rec = {"number": {"raw": "Số: 38-KH/TĐTN-BPT", "normalized": "38-KH/TĐTN-BPT"}}
    assert counts(one({"number": "38-KH/TDTN-BPT"}, rec), "number") == (1, 0, 0)
    rec = {"number": {"raw": "39-KH/TĐTN-BPT", "normalized": "39-KH/TĐTN-BPT"}}
    assert counts(one({"number": "38-KH/TĐTN-BPT"}, rec), "number") == (0, 1, 1)


def test_subject_strips_vv_and_ve_viec_then_ratio_90():
    gold = {"subject": "V/v triển khai Ngày cao điểm Chiến sĩ tình nguyện vì đô thị văn minh"}
    for out in ("triển khai Ngày cao điểm Chiến sĩ tình nguyện vì đô thị văn minh",
                "V/V: Triển khai ngày cao điểm chiến sĩ tình nguyện vì đô thị văn minh",
                "Về việc triển khai Ngày cao điểm Chiến sĩ tình nguyện vì đô thị văn minh"):
        assert counts(one(gold, {"subject": out}), "subject") == (1, 0, 0), out
    # one typo in a long subject is fine; half of it is not
    assert counts(one(gold, {"subject": "triển khai Ngày cao điểm Chiến sĩ tình nguyễn vì đô thị văn minh"}),
                  "subject") == (1, 0, 0)
    assert counts(one(gold, {"subject": "V/v triển khai Ngày cao điểm"}), "subject") == (0, 1, 1)
    # short subjects: only the stripped lead makes them match (ratio 88 with "v/v " left in)
    assert counts(one({"subject": "V/v tổ chức Đại hội Đoàn"}, {"subject": "tổ chức Đại hội Đoàn"}),
                  "subject") == (1, 0, 0)
    assert counts(one({"subject": "Về việc tổ chức Đại hội Đoàn"}, {"subject": "V/V TỔ CHỨC ĐẠI HỘI ĐOÀN"}),
                  "subject") == (1, 0, 0)


def test_issuer_and_authority_at_85_position_equal():
    gold = {"issuer": {"name": "BCH ĐOÀN TỈNH KIÊN GIANG"},
            "signer": {"name": "Phan Đình Nhân", "position": "Bí thư", "authority": "TM. Ban Thường vụ Tỉnh đoàn"}}
    rec = {"issuer": {"name": "BCH ĐOÀN TỈNH KIÊN GIANG."},
           "signer": {"name": "PHAN ĐÌNH NHÂN", "position": "BÍ THƯ", "authority": "TM Ban Thường vụ Tỉnh đoàn"}}
    r = one(gold, rec)
    for f in ("issuer", "signer.name", "signer.position", "signer.authority"):
        assert counts(r, f) == (1, 0, 0), f
    rec = {"issuer": {"name": "BAN THƯỜNG VỤ TỈNH ĐOÀN"},
           "signer": {"name": "Phan Đình Nhân", "position": "Phó Bí thư", "authority": "KT. Bí thư"}}
    r = one(gold, rec)
    assert counts(r, "issuer") == counts(r, "signer.position") == counts(r, "signer.authority") == (0, 1, 1)


# ---- list fields --------------------------------------------------------------------------

def test_recipients_plain_strings_against_objects_at_85():
    gold = {"recipients": ["BTV các Huyện, Thành đoàn và Đoàn trực thuộc"]}
    rec = {"recipients": [{"name": "BTV các Huyện, Thành đoàn và Đoàn trực thuộc;"}, {"name": "Tỉnh ủy"}]}
    r = one(gold, rec)
    assert counts(r, "recipients") == (1, 1, 0)
    s = r.fields["recipients"]
    assert (s.precision, s.recall) == (0.5, 1.0)
    assert r.details("doc", "recipients")[0].kind == "spurious"


def test_greedy_pairs_best_pair_first():
    # "Ban Thường vụ Đoàn" is similar to the output at 88, the exact name at 100: the exact one pairs.
    gold = {"distribution": [{"name": "Ban Thường vụ Đoàn", "archive": False},
                             {"name": "Ban Thường vụ Tỉnh đoàn", "archive": False}]}
    rec = {"distribution": [{"name": "Ban Thường vụ Tỉnh đoàn", "archive": False}]}
    r = one(gold, rec)
    assert counts(r, "distribution") == (1, 0, 1)
    assert [p.gold for p in r.details(field_name="distribution")] == ["Ban Thường vụ Đoàn"]


def test_citations_number_rule_unnumbered_ignored_and_date_ratio():
    gold = {"citations": [{"number": "35-KH/TĐTN-TTNTH", "date": "2023-05-04"},
                          {"number": "38-KH/TDTN-BPT", "date": "2023-05-04"},
                          {"number": None, "date": None}]}
    rec = {"citations": [{"text": "", "number": "38-KH/TĐTN-BPT", "date": "2023-05-04"},
                         {"text": "", "number": "35 - KH/TĐTN-TTNTH", "date": "2023-04-05"},
                         {"text": "Luật Thanh niên", "number": None, "title": "Luật Thanh niên"}]}
    r = one(gold, rec)
    assert counts(r, "citations") == (2, 0, 0)
    assert (r.ratios["citations.date"].right, r.ratios["citations.date"].total) == (1, 2)


def test_events_date_part_and_month_only():
    gold = {"events": [{"date": "2023-08-11"}, {"date": "2021-03"}]}
    rec = {"events": [{"date": "2023-08-11T07:30", "text": ""}, {"date": "2021-03-01", "text": ""}]}
    assert counts(one(gold, rec), "events") == (1, 1, 1)
    rec = {"events": [{"date": "2021-03", "text": ""}]}
    assert counts(one(gold, rec), "events") == (1, 0, 1)


def test_deadlines_time_when_gold_has_one_and_recurrence():
    gold = {"deadlines": [{"due": "2023-08-04T12:00", "recurrence": None},
                          {"due": "2023-08-12", "recurrence": None},
                          {"due": None, "recurrence": {"freq": "monthly", "day": 25, "time": None}}]}
    rec = {"deadlines": [{"due": "2023-08-04", "text": ""},           # time missing: no pair
                         {"due": "2023-08-12T09:00", "text": ""},     # gold has date only: pairs
                         {"due": None, "recurrence": {"freq": "monthly", "day": 25}, "text": ""},
                         {"due": None, "text": "no date at all"}]}    # nothing to compare: not scored
    assert counts(one(gold, rec), "deadlines") == (2, 1, 1)
    rec = {"deadlines": [{"due": None, "recurrence": {"freq": "monthly", "day": 15}, "text": ""}]}
    assert counts(one({"deadlines": gold["deadlines"][2:]}, rec), "deadlines") == (0, 1, 1)


def test_unit_first_word_with_abbreviation_expansion():
    assert unit_head("ĐVTN") == unit_head("đoàn viên, thanh niên") == unit_head("đoàn viên thanh niên/buổi") == "đoàn"
    assert unit_head("%") == "%"
    assert unit_head("lượt người/tháng") == "lượt"
    gold = {"quantities": [{"value": 100, "unit": "ĐVTN", "comparator": "eq"},
                           {"value": 3000, "unit": "hồ sơ", "comparator": "gte"},
                           {"value": 17500000000, "unit": "đồng", "comparator": "eq"}]}
    rec = {"quantities": [{"value": 100, "unit": "đoàn viên thanh niên", "text": ""},
                          {"value": 3000, "unit": "thủ tục", "comparator": "gte", "text": ""},
                          {"value": 17.5e9, "unit": "đồng", "text": ""}]}
    assert counts(one(gold, rec), "quantities") == (2, 1, 1)


def test_quantities_pairing_prefers_right_comparator_and_scope():
    gold = {"quantities": [{"value": 100, "unit": "%", "comparator": "eq", "scope": None},
                           {"value": 100, "unit": "%", "comparator": "gte", "scope": "Hà Tĩnh"},
                           {"value": 5, "unit": "tuyến đường", "comparator": "eq", "scope": "Đắk Lắk"}]}
    rec = {"quantities": [{"value": 100, "unit": "%", "comparator": "gte", "scope": "Hà Tĩnh", "text": ""},
                          {"value": 100, "unit": "%", "comparator": "eq", "text": ""},
                          {"value": 5, "unit": "tuyến đường", "comparator": "gt", "scope": None, "text": ""}]}
    r = one(gold, rec)
    assert counts(r, "quantities") == (3, 0, 0)
    comp, scope = r.ratios["quantities.comparator"], r.ratios["quantities.scope"]
    assert (comp.right, comp.total) == (2, 3)
    assert (scope.right, scope.total) == (1, 2)  # only items whose gold has a scope
    gold = {"quantities": [{"value": 5, "unit": "km", "scope": "Hà Tĩnh"}, {"value": 5, "unit": "km", "scope": "Đắk Lắk"}]}
    rec = {"quantities": [{"value": 5, "unit": "km", "scope": "Đắk Lắk", "text": ""},
                          {"value": 5, "unit": "km", "scope": "Hà Tĩnh", "text": ""}]}
    assert one(gold, rec).ratios["quantities.scope"].accuracy == 1.0


def test_emails_case_folded():
    gold = {"contacts": {"emails": ["banphongtraotdkg@gmail.com"], "urls": []}}
    rec = {"contacts": {"emails": ["BanPhongTraoTDKG@gmail.com", "other@gmail.com"]}}
    assert counts(one(gold, rec), "contacts.emails") == (1, 1, 0)


# ---- silver, missing records, micro --------------------------------------------------------

SILVER = {"doc_type": "QĐ", "number": "471/QĐ-UBND", "issued_date": "2025-11-28",
          "signer": {"name": "Phạm Văn Thịnh"}, "issuer_locality": "Tỉnh Bắc Ninh"}


def test_locality_containment():
    assert locality_in("Tỉnh Bắc Ninh", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH")
    assert locality_in("Thành phố Hà Nội", "UBND THÀNH PHỐ HÀ NỘI")
    assert locality_in("Thành phố Hà Nội", "UBND TP. HÀ NỘI")
    assert locality_in("Tỉnh Thanh Hóa", "UBND TỈNH THANH HOÁ")  # old tone placement
    assert locality_in("Cục Thuế", "CHI CỤC THUẾ KHU VỰC II", "CỤC THUẾ")
    assert locality_in("Cục Thuế", "VĂN PHÒNG", "CỤC THUẾ")  # parent counts
    assert not locality_in("Tỉnh Bắc Ninh", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG")
    assert not locality_in("Bộ Nội vụ", None, None)
    assert locality_in("Chính phủ", "VĂN PHÒNG CHÍNH PHỦ")


def test_silver_scores_only_header_fields():
    rec = {"doc_type": {"code": "QĐ"}, "number": {"raw": "471/QĐ-UBND", "normalized": "471/QĐ-UBND"},
           "issued_date": "2025-11-28", "signer": {"name": "Phạm Văn Thịnh", "position": "Chủ tịch"},
           "issuer": {"name": "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"}, "place": "Bắc Ninh",
           "citations": [{"text": "", "number": "1/2025/NĐ-CP"}]}
    r = one(SILVER, rec, silver=True)
    assert {f for f, s in r.fields.items() if s.tp} == {"doc_type", "number", "issued_date", "signer.name", "issuer"}
    assert r.micro.tp == 5 and r.micro.fp == r.micro.fn == 0
    r = one(SILVER, {**rec, "issuer": {"name": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"}}, silver=True)
    assert counts(r, "issuer") == (0, 1, 1)
    # a silver gold without a doc_type key does not judge the doc_type
    no_type = {k: v for k, v in SILVER.items() if k != "doc_type"}
    assert counts(one(no_type, rec, silver=True), "doc_type") == (0, 0, 0)


def test_missing_record_counts_every_gold_item_as_missed(capsys, tmp_path: Path):
    gold = {"doc_type": "CV", "place": "Rạch Giá", "recipients": ["Tỉnh ủy"],
            "quantities": [{"value": 1, "unit": "địa bàn", "comparator": "gte"}]}
    r = one(gold, None)
    assert r.missing == ["doc"]
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (0, 0, 4)
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "doc.json").write_text(json.dumps({"file": "doc.txt", **gold}), encoding="utf-8")
    (tmp_path / "records.jsonl").write_text("\n", encoding="utf-8")
    assert print_scores([tmp_path / "gold"], tmp_path / "records.jsonl", None) == 0
    assert "no record for doc" in capsys.readouterr().err


def test_micro_adds_all_fields_but_not_ratios():
    gold = {"place": "Rạch Giá", "issued_date": "2023-07-26", "citations": [{"number": "1-KH/TU", "date": None}]}
    rec = {"place": "Rạch Giá", "issued_date": "2023-07-27",
           "citations": [{"text": "", "number": "1-KH/TU", "date": "2023-01-01"}]}
    r = one(gold, rec)
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (2, 1, 1)
    assert r.ratios["citations.date"].accuracy == 0.0


# ---- files, tables, print_scores --------------------------------------------------------------

def test_print_scores_parses_gold_texts_and_reads_records(tmp_path: Path, capsys):
    (tmp_path / "gold").mkdir()
    gold = {"file": "a.txt", "doc_type": "TB", "place": "Hà Nội"}
    (tmp_path / "gold" / "a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "a.txt").write_text("THÔNG BÁO", encoding="utf-8")

    def parse(path: Path) -> dict:
        assert path == tmp_path / "a.txt"
        return {"doc_type": {"code": "TB"}, "place": "Hà Nội", "source": {"path": str(path)}}

    assert print_scores([tmp_path / "gold"], None, parse) == 0
    out = capsys.readouterr().out
    assert "micro" in out and "1.000" in out and "recipients" not in out  # empty fields are not listed
    (tmp_path / "r.jsonl").write_text(json.dumps(parse(tmp_path / "a.txt"), ensure_ascii=False) + "\n")
    assert load_records(tmp_path / "r.jsonl")["a"]["place"] == "Hà Nội"
    assert print_scores([tmp_path / "gold" / "a.json"], tmp_path / "r.jsonl", None) == 0
    assert "0 without record" in capsys.readouterr().out


def _parse_stub(path: Path) -> dict:
    """A module-level parse (worker processes need one): fails on a text that says so."""
    text = path.read_text(encoding="utf-8")
    if "broken" in text:
        raise ValueError("unreadable")
    return {"doc_type": {"code": text.split()[0]}, "source": {"path": str(path)}}


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_gold_texts_parsed_in_processes_give_the_same_records_and_report_failures(tmp_path: Path, capsys, jobs):
    (tmp_path / "gold").mkdir()
    names = ["a", "b", "c", "d", "e"]
    for name in names:
        (tmp_path / "gold" / f"{name}.json").write_text(json.dumps({"doc_type": "TB"}), encoding="utf-8")
        (tmp_path / f"{name}.txt").write_text("broken" if name == "c" else f"TB {name}", encoding="utf-8")
    (tmp_path / "gold" / "f.json").write_text(json.dumps({"doc_type": "TB"}), encoding="utf-8")  # no text
    golds = load_gold(tmp_path / "gold")
    seen: list[tuple[int, int]] = []
    records = parse_gold_texts(tmp_path / "gold", golds, _parse_stub, jobs=jobs,
                               progress=lambda done, total, name: seen.append((done, total)))
    assert list(records) == ["a", "b", "d", "e"]  # gold order, the broken file without record
    assert records["d"]["source"]["path"] == str(tmp_path / "d.txt")
    assert seen == [(i, 5) for i in range(1, 6)]  # every file with a text counted once, failed or not
    assert "c: parse failed: ValueError('unreadable')" in capsys.readouterr().err


@pytest.mark.parametrize("corpus", ["dev", "real", "silver"])
def test_gold_as_record_scores_one_everywhere(corpus: str):
    golds = load_gold(shared_corpus(corpus) / "gold")
    records = {name: Record.model_validate(gold_as_record(g)).model_dump(mode="json") for name, g in golds.items()}
    r = score(golds, records)
    assert not r.details() and not r.missing
    for f in FIELDS:
        assert r.fields[f].f1 == 1.0, f
    for f in RATIO_FIELDS:
        assert r.ratios[f].accuracy == 1.0, f
    if corpus != "silver":
        assert all(r.fields[f].n_docs for f in FIELDS if f not in ("events", "quantities", "contacts.emails"))
    else:
        assert r.fields["issuer"].tp == len(golds)


# ---- header fields right per format (../inputs: header-only gold) ------------------------------

def _header_gold(number: str | None, signer: str | None = None) -> dict:
    return {"file": "x.pdf", "doc_type": "QĐ", "number": number, "issuer": {"name": "ỦY BAN NHÂN DÂN TỈNH A"},
            "place": "A", "issued_date": "2025-02", "subject": "Về việc công bố", "recipients": [],
            "signer": {"name": signer, "position": None, "authority": None}, "doubts": []}


def test_header_only_gold_scores_header_fields_only():
    from vanban.evaluate import HEADER_FIELDS, header_only, scored_fields

    gold = _header_gold("1/QĐ-UBND")
    assert header_only(gold) and scored_fields(gold) == HEADER_FIELDS
    assert not header_only({**gold, "citations": []})


def test_header_table_by_format_counts_null_as_right_only_against_null(tmp_path: Path):
    from vanban.evaluate import format_header_table, header_table, source_kinds

    golds = {"a": _header_gold("1/QĐ-UBND"), "b": _header_gold(None, "Nguyễn Văn A")}
    records = {
        "a": {"source": {"format": "pdf", "ocr": True}, "doc_type": {"code": "QĐ"}, "number": {"normalized": "1/QĐ-UBND"},
              "issuer": {"name": "ỦY BAN NHÂN DÂN TỈNH A"}, "place": "A", "issued_date": "2025-02",
              "subject": "Về việc công bố", "signer": None},
        "b": {"source": {"format": "docx"}, "number": {"normalized": "0/QĐ-UBND"}},  # a fragment is wrong
    }
    table = header_table(golds, records)
    assert table.formats == ["docx", "scan"]  # an OCR'd PDF is a scan
    assert table.share("scan") == 1.0
    assert table.share("docx", "number") == 0.0 and table.share("docx", "recipients") == 1.0
    (tmp_path / "gold").mkdir()
    (tmp_path / "SOURCES.tsv").write_text("file\trepo\tkind\nb.docx\tr\tscan+textlayer\n", encoding="utf-8")
    assert source_kinds(tmp_path / "gold") == {"b": "scan"}
    assert header_table(golds, records, {"b": "scan"}).formats == ["scan"]
    assert "all header fields" in format_header_table(table)


def test_confidence_bands_count_right_fields_per_band():
    from vanban.evaluate import confidence_bands, format_confidence_bands

    gold = {"file": "x.pdf", "doc_type": "QĐ", "number": "1/QĐ-UBND", "recipients": [],
            "signer": {"name": "Nguyễn Văn A", "position": None, "authority": None}}
    rec = {"doc_type": {"code": "QĐ"}, "number": {"normalized": "7/QĐ-UBND"}, "signer": {"name": "Nguyễn Văn A"},
           "confidence": {"doc_type": 1.0, "number": 0.95, "signer": 0.6}}
    bands = confidence_bands({"x": gold}, {"x": rec})
    assert bands[0.9] == (1, 2) and bands[0.5] == (1, 1) and bands[0.8] == (0, 0)
    assert "0.9-1.0" in format_confidence_bands(bands)


def test_a_malformed_records_file_is_one_clear_line(tmp_path: Path, capsys) -> None:
    from vanban.cli import main

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text('{"file": "a.txt", "place": "Hà Nội"}', encoding="utf-8")
    (tmp_path / "r.jsonl").write_text('{\n "place": "Hà Nội"\n}\n', encoding="utf-8")  # pretty-printed, not lines
    assert main(["eval", str(gold), str(tmp_path / "r.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "line 1 is not a JSON record" in err and "Traceback" not in err

"""The assembled spaCy pipeline: components by name, spans, and the public API."""

from __future__ import annotations

import pytest

import vanban as pipeline
from vanban.language import PIPELINE

TEXT = ("BCH ĐOÀN TỈNH BẾN TRE\n***\nSố: 2094-CV/TĐTN-TCKT\nV/v tập trung triển khai\nĐOÀN TNCS HỒ CHÍ MINH\n"
        "Bến Tre, ngày 18 tháng 02 năm 2021\n\nKính gửi: Ban Thường vụ các Huyện, Thành đoàn\n\n"
        "Căn cứ Kế hoạch số 241-KH/TĐTN-TCKT, ngày 30/11/2020 của Ban Thường vụ Tỉnh đoàn về việc tuyên truyền;\n"
        "Báo cáo kết quả về Ban Tổ chức - Kiểm tra Tỉnh đoàn (email: bantckt.tdbentre@gmail.com) trước ngày 31/3/2021.\n\n"
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\n\nNơi nhận:\n- Như trên;\n- Lưu VT.\n\nVõ Tuấn Thông\n")


def test_components_are_named_and_listed_in_config():
    nlp = pipeline.load()
    assert tuple(nlp.pipe_names) == PIPELINE


def test_parse_text_fills_header_and_spans_point_into_text():
    rec = pipeline.parse_text(TEXT)
    assert rec.number.normalized == "2094-CV/TĐTN-TCKT" and rec.issued_date == "2021-02-18"
    a, b = rec.number.span
    assert rec.text[a:b] == "2094-CV/TĐTN-TCKT"
    for c in rec.citations:
        assert rec.text[c.span[0]:c.span[1]].startswith("Kế hoạch")
    assert rec.signer.name == "Võ Tuấn Thông"


def test_annotate_exposes_span_groups():
    doc = pipeline.annotate(TEXT)
    assert {"zones", "header", "parties"} <= set(doc.spans)
    assert any(s.label_ == "number" and "2094" in s.text for s in doc.spans["header"])


def test_a_component_can_be_removed_and_replaced_by_name():
    import spacy
    from spacy.language import Language

    from vanban.language import load

    nlp = spacy.util.load_model_from_config(load().config, auto_fill=True)
    nlp.remove_pipe("vanban_quantities")
    assert "vanban_quantities" not in nlp.pipe_names

    @Language.component("test_no_contacts")
    def no_contacts(doc):
        return doc

    nlp.replace_pipe("vanban_contacts", "test_no_contacts")
    from vanban import _run

    doc, _ = _run(TEXT, None, nlp)
    assert doc._.vb.quantities == [] and doc._.vb.contacts.emails == []
    assert doc._.vb.header.number.normalized == "2094-CV/TĐTN-TCKT"


def test_parse_file_reports_the_stage_of_a_failure(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(pipeline.VanbanError) as e:
        pipeline.parse_file(empty)
    assert e.value.stage == "ingest"


def _parsed_with_a_spacy_doc(text: str):
    """parse_text as it was before the bare document: the components run on an empty spaCy Doc."""
    from vanban import language

    saved = language.own_pipeline
    language.own_pipeline = lambda nlp: False
    try:
        return pipeline.parse_text(text)
    finally:
        language.own_pipeline = saved


@pytest.mark.parametrize("text", [TEXT, TEXT.replace("\n", "\r\n"), "Công văn số 12/UBND-VP ngày 5/6/2025."])
def test_parse_text_without_a_spacy_doc_gives_the_same_record(text):
    from vanban.language import own_pipeline

    assert own_pipeline(pipeline.load())
    assert pipeline.parse_text(text).model_dump(mode="json") == _parsed_with_a_spacy_doc(text).model_dump(mode="json")


def test_a_pipeline_with_a_foreign_component_runs_on_a_spacy_doc():
    import spacy
    from spacy.language import Language
    from spacy.tokens import Doc

    from vanban import _run
    from vanban.language import load, own_pipeline

    @Language.component("test_reads_a_doc")
    def reads_a_doc(doc):
        assert isinstance(doc, Doc) and len(doc) == 0  # a component of the caller's may read any of a Doc
        return doc

    nlp = spacy.util.load_model_from_config(load().config, auto_fill=True)
    nlp.add_pipe("test_reads_a_doc")
    assert not own_pipeline(nlp)
    doc, _ = _run(TEXT, None, nlp, spans=False)
    assert doc._.vb.header.number.normalized == "2094-CV/TĐTN-TCKT"

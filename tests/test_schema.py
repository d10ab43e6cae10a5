"""The record contract: the exported JSON Schema is generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path

from vanban.schemas import SCHEMA_VERSION, Record, json_schema

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_KEYS = {"schema_version", "id", "source", "text", "doc_type", "number", "issuer", "place", "issued_date",
                 "subject", "recipients", "distribution", "signer", "citations", "events", "deadlines",
                 "quantities", "contacts", "warnings"}
CONTRACT_KEYS_1_1 = {"confidence", "corrections"}


def test_exported_schema_is_not_stale():
    on_disk = json.loads((ROOT / "schemas" / "record.schema.json").read_text(encoding="utf-8"))
    assert on_disk == json_schema(), "schemas/record.schema.json is stale: run `make schema`"


def test_record_has_every_contract_key_and_version():
    rec = Record(id="x", text="")
    dumped = rec.model_dump(mode="json")
    assert CONTRACT_KEYS <= set(dumped)
    assert dumped["schema_version"] == SCHEMA_VERSION == "1.1"
    assert CONTRACT_KEYS_1_1 <= set(dumped)
    assert set(dumped["contacts"]) >= {"emails", "urls", "phones"}
    assert set(json_schema()["properties"]) >= CONTRACT_KEYS


def test_spans_serialize_as_pairs():
    from vanban.schemas import Citation

    c = Citation(text="Kế hoạch số 35-KH/TĐTN-TTNTH", number="35-KH/TĐTN-TTNTH", span=(10, 40))
    assert c.model_dump(mode="json")["span"] == [10, 40]
    assert Citation.model_validate_json(c.model_dump_json()).span == (10, 40)


def test_1_1_keys_are_in_their_objects():
    from vanban.schemas import Correction, Deadline, DocNumber, Event, Quantity, Recurrence

    assert Deadline(text="x", due="2026-03-31", period="2026-Q1").model_dump()["period"] == "2026-Q1"
    assert Recurrence(freq="weekly", weekday=5, time="15:00").model_dump()["weekday"] == 5
    assert DocNumber(raw="Số: /TB-UBND", normalized=None, type_code="TB").normalized is None
    c = Correction(field="issuer.name", value="UBND tỉnh X", parsed="UBND", by="clerk", at="2026-12-01T09:30")
    assert Record(id="x", text="", corrections=[c]).model_dump()["corrections"][0]["field"] == "issuer.name"
    assert Event(date="2026-03-31", text="x").model_dump()["confidence"] == 1.0
    assert Quantity(value=3, text="3 lớp").model_dump()["confidence"] == 1.0

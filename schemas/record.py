"""The document record: the versioned JSON contract (see docs/RECORD.md).

These pydantic models are the only source of the schema; `record.schema.json`
is generated from them (`vanban schema`) and a test fails when it is stale.
Keys named in the contract must never be renamed or removed without bumping
the major number of SCHEMA_VERSION. Extra keys are allowed by the contract.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

# A character range [start, end) into Record.text.
SpanT = tuple[int, int]

System = Literal["doan", "dang", "state", "other"]
Relation = Literal["basis", "implements", "responds", "mentions"]
Comparator = Literal["eq", "gte", "gt", "lte", "lt", "approx"]
QuantityKind = Literal["target", "result"]
Freq = Literal["daily", "weekly", "monthly", "quarterly", "yearly"]
SourceFormat = Literal["txt", "docx", "pdf", "image"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Located(_Model):
    """An item read from the text: where it came from."""

    span: SpanT | None = Field(None, description="[start, end) character offsets into `text`")
    page: int | None = Field(None, description="1-based page, for paged input (PDF, scans)")


class Source(_Model):
    path: str | None = None
    format: SourceFormat = "txt"
    sha256: str | None = Field(None, description="sha256 of the file bytes")
    pages: int | None = None
    ocr: bool = False
    ocr_confidence: float | None = Field(None, description="mean word confidence 0..100")
    encoding: str | None = Field(None, description="detected text encoding (txt input)")


class DocType(_Model):
    code: str | None = Field(None, description="CV KH BC TB QĐ NQ CT HD CTr TTr ...")
    name: str | None = None
    span: SpanT | None = None


class DocNumber(Located):
    raw: str
    normalized: str | None = Field(
        None, description="null when the sequence is unreadable: a fragment is never a number (1.1)")
    seq: int | None = None
    year: int | None = Field(None, description="set only when printed, as in 57/2015/QĐ-TTg")
    type_code: str | None = None
    issuer_code: str | None = None
    unit_code: str | None = None
    grammar: Literal["state", "party"] | None = Field(
        None, description="state N/TYPE-ISSUER or Party/Đoàn N-TYPE/ISSUER-UNIT"
    )


class Issuer(Located):
    name: str
    parent: str | None = None
    system: System | None = None
    inferred: bool = False


class Recipient(Located):
    name: str


class DistributionEntry(Located):
    name: str
    archive: bool = False


class Signer(Located):
    name: str | None = None
    position: str | None = None
    authority: str | None = None


class Citation(Located):
    text: str
    doc_type: str | None = None
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    subject: str | None = None
    relation: Relation = "mentions"
    title: str | None = Field(None, description="name of a law cited by name, e.g. 'Luật Doanh nghiệp'")


class Event(Located):
    date: str = Field(description="ISO date, optionally with time; '2021-03' for a month")
    end: str | None = Field(None, description="end of a period or range")
    text: str
    inferred: bool = Field(False, description="part of the date (usually the year) came from context")
    confidence: float = Field(1.0, ge=0, le=1, description=(
        "how sure the rule is that this is an occasion: 1.0 for a cue's event, lower for one read by the "
        "activity default (a day with an activity named next to it) (1.1)"))


class Recurrence(_Model):
    freq: Freq
    day: int | None = None
    time: str | None = Field(None, description="HH:MM")
    month: int | None = None
    interval: int | None = None
    weekday: int | None = Field(None, ge=1, le=7, description="weekly duties: 1 Monday .. 7 Sunday (1.1)")
    week: int | None = Field(None, ge=-1, le=5, description=(
        "a week of the month: 1 .. 5, -1 the last ('tuần cuối cùng của tháng thứ 3 trong quý'; "
        "month is then the month of the quarter) (1.1)"))


class Deadline(Located):
    due: str | None = None
    period: str | None = Field(
        None, description="a deadline given as a period: '2026-Q1', '2025-12', '2025'; due is its last day (1.1)")
    recurrence: Recurrence | None = None
    action: str | None = None
    responsible: str | None = None
    channel: str | None = None
    text: str
    inferred: bool = False


class Quantity(Located):
    value: float | int
    comparator: Comparator = "eq"
    unit: str | None = None
    object: str | None = None
    kind: QuantityKind | None = None
    scope: str | None = None
    text: str
    value_max: float | int | None = Field(None, description="upper end of a range such as '15 - 35 triệu'")
    confidence: float = Field(1.0, ge=0, le=1, description=(
        "how sure the rule is that this is a target or result of that kind, by the evidence the kind was read "
        "from: higher for a cue (its sentence's, a heading's, its table column's), lower for the kind its unit or "
        "the document type gives by default (1.1)"))


class Person(Located):
    name: str
    role: str | None = None


class Contacts(_Model):
    emails: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list, description="contact persons named with 'Đ/c'")


class Warning(_Model):
    code: str
    message: str
    span: SpanT | None = None


class Correction(_Model):
    """A human correction applied over the parsed record (records read back from a store)."""

    field: str = Field(description="dotted field path, e.g. 'issuer.name'")
    value: Any = None
    parsed: Any = Field(None, description="what the pipeline had")
    by: str | None = None
    at: str | None = Field(None, description="ISO timestamp")


class Record(_Model):
    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="sha256 of the normalized text (hex)")
    source: Source = Field(default_factory=Source)
    text: str
    doc_type: DocType | None = None
    number: DocNumber | None = None
    issuer: Issuer | None = None
    place: str | None = None
    issued_date: str | None = None
    subject: str | None = None
    recipients: list[Recipient] = Field(default_factory=list)
    distribution: list[DistributionEntry] = Field(default_factory=list)
    signer: Signer | None = None
    citations: list[Citation] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    contacts: Contacts = Field(default_factory=Contacts)
    warnings: list[Warning] = Field(default_factory=list)
    confidence: dict[str, float] = Field(
        default_factory=dict,
        description="header field -> confidence in [0, 1] (doc_type, number, issuer, place, issued_date, subject, signer) (1.1)")
    corrections: list[Correction] = Field(default_factory=list, description="human corrections applied (1.1)")
    spans: dict[str, SpanT] = Field(
        default_factory=dict,
        description="where single-valued fields (place, issued_date, subject, ...) were read",
    )
    pipeline_version: str | None = None


def json_schema() -> dict:
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://vanban.invalid/schemas/record-{SCHEMA_VERSION}.json"
    schema["title"] = "vanban document record"
    return schema

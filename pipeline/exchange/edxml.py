"""edXML (QCVN 102:2016/BTTTT): the national e-document exchange envelope, out of and into records.

Export: a record becomes one `.edxml` envelope (docs/EDXML.md maps its fields): the MessageHeader from the
header fields, the original file as a base64 attachment with its manifest entry. OrganId (mã định
danh) values come only from a mapping the user supplies (name -> id); no public list exists, so none
is invented. Every envelope written validates against edxml.xsd (shipped with the package).

Import: `read_envelope` gives the header values and the attachment; ingest parses the attachment as
any file, and `apply_envelope` makes the envelope's values the record's (confidence 1.0), with a
warning naming both values where the attachment's text says otherwise.
"""

from __future__ import annotations

import base64
import json
import mimetypes
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from lxml import etree

from vanban.errors import IngestError
from vanban.grammar import docnumber
from vanban.schemas import DistributionEntry, DocNumber, DocType, Issuer, Recipient, Record, Signer, Warning
from vanban.tables import rows
from vanban.textutil import collapse_ws, fold

NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
PREFIX = "edXML"
_Q = f"{{{NS}}}"
CONTENT_ID = "cid:1"
BUSINESS_NEW = "0"  # BussinessDocType: a new document
HEADER_FIELDS = ("doc_type", "number", "issuer", "place", "issued_date", "subject", "signer")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_SLASHED = re.compile(r"^(\d{4})/(\d{2})/(\d{2})$")


# ------------------------------------------------------------------ tables and mappings


@lru_cache(maxsize=1)
def _types() -> tuple[dict[str, str], dict[str, str]]:
    """(vanban code -> Type number, Type number -> vanban code) from models/tables/edxml_types.tsv."""
    table = rows("edxml_types.tsv", 3)
    return {code: number for code, number, _ in table}, {number: code for code, number, _ in table}


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    """The envelope's XSD, written from docs/EDXML.md's element list (no public XSD exists)."""
    xsd = resources.files("vanban.exchange").joinpath("edxml.xsd").read_bytes()
    return etree.XMLSchema(etree.fromstring(xsd))


def load_organ_ids(path: str | Path | None) -> dict[str, str]:
    """A user's mapping of body names to mã định danh: JSON {name: id} or TSV `name<TAB>id` lines."""
    if path is None:
        return {}
    text = Path(path).read_text(encoding="utf-8")
    if Path(path).suffix.lower() == ".json":
        pairs = list(json.loads(text).items())
    else:
        pairs = [tuple(line.split("\t")[:2]) for line in text.splitlines()
                 if line.strip() and not line.startswith("#") and "\t" in line]
    return {_organ_key(name): org_id.strip() for name, org_id in pairs if org_id.strip()}


def _organ_key(name: str) -> str:
    return fold(collapse_ws(name)).upper()


# ------------------------------------------------------------------ export


@dataclass
class Attachment:
    name: str
    data: bytes
    content_type: str = "application/octet-stream"
    description: str = ""


def attachment_for(record: Record, source: Path | None = None) -> tuple[Attachment, str | None]:
    """The record's original file (when it is still there, byte-identical), else its text; -> (it, a note)."""
    path = source or (Path(record.source.path) if record.source.path else None)
    if path is not None and path.is_file():
        data = path.read_bytes()
        from vanban.ingest import sha256_bytes

        if record.source.sha256 in (None, sha256_bytes(data)):
            ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return Attachment(path.name, data, ctype, "original file"), None
    name = (Path(record.source.path).stem if record.source.path else record.id[:16]) + ".txt"
    note = f"original file {record.source.path or '(no path)'} not found or changed: attached the record's text"
    return Attachment(name, record.text.encode("utf-8"), "text/plain; charset=utf-8", "text of the record"), note


def _el(parent: etree._Element, tag: str, text: Any = None) -> etree._Element:
    child = etree.SubElement(parent, _Q + tag)
    if text is not None:
        child.text = str(text)
    return child


def _leaf(parent: etree._Element, tag: str, text: Any) -> None:
    """A leaf only when there is a value: unknown stays absent, never a placeholder."""
    if text not in (None, ""):
        _el(parent, tag, text)


def slashed(iso: str | None) -> str | None:
    """'2024-03-05' -> '2024/03/05' (edXML dates); partial or odd dates -> None."""
    m = _ISO.match(iso or "")
    return f"{m[1]}/{m[2]}/{m[3]}" if m else None


def split_number(number: DocNumber | None) -> tuple[str, str] | None:
    """(CodeNumber, CodeNotation): the sequence and the rest ('342-CV/TĐTN-BPT' -> '342', 'CV/TĐTN-BPT')."""
    if number is None or not number.normalized or number.seq is None:
        return None
    m = re.match(r"^0*(\d+)\s*[/-]\s*(.+)$", number.normalized)
    return (m[1], m[2]) if m else None


def _organization(parent: etree._Element, tag: str, name: str | None, organ_ids: dict[str, str],
                  in_charge: str | None = None) -> None:
    org = _el(parent, tag)
    _leaf(org, "OrganId", organ_ids.get(_organ_key(name)) if name else None)
    _leaf(org, "OrganizationInCharge", in_charge)
    _leaf(org, "OrganName", name)


def _due_date(record: Record) -> str | None:
    dues = sorted(d.due for d in record.deadlines if d.due and _ISO.match(d.due))
    return slashed(dues[0]) if dues else None


def _document_id(organ_id: str | None, date: str | None, number: str | None) -> str | None:
    return f"{organ_id},{date},{number}" if organ_id and date and number else None


def _header(root: etree._Element, record: Record, organ_ids: dict[str, str],
            responses: list[dict[str, str | None]]) -> None:
    mh = _el(root, "MessageHeader")
    issuer = record.issuer.name if record.issuer else None
    _organization(mh, "From", issuer, organ_ids, record.issuer.parent if record.issuer else None)
    for r in record.recipients:
        _organization(mh, "To", r.name, organ_ids)
    date = slashed(record.issued_date)
    number = record.number.normalized if record.number else None
    _leaf(mh, "DocumentId", _document_id(organ_ids.get(_organ_key(issuer)) if issuer else None, date, number))
    code = split_number(record.number)
    if code:
        c = _el(mh, "Code")
        _el(c, "CodeNumber", code[0])
        _el(c, "CodeNotation", code[1])
    if record.place or date:
        p = _el(mh, "PromulgationInfo")
        _leaf(p, "Place", record.place)
        _leaf(p, "PromulgationDate", date)
    if record.doc_type and (record.doc_type.code or record.doc_type.name):
        t = _el(mh, "DocumentType")
        _leaf(t, "Type", _types()[0].get(record.doc_type.code or ""))
        _leaf(t, "TypeName", record.doc_type.name)
    _leaf(mh, "Subject", record.subject)
    if record.signer:
        s = _el(mh, "SignerInfo")
        _leaf(s, "Competence", record.signer.authority)
        _leaf(s, "Position", record.signer.position)
        _leaf(s, "FullName", record.signer.name)
    _leaf(mh, "DueDate", _due_date(record))
    places = [d.name for d in record.distribution if not d.archive]
    if places:
        tp = _el(mh, "ToPlaces")
        for name in places:
            _el(tp, "Place", name)
    if record.source.pages:
        _leaf(_el(mh, "OtherInfo"), "PageAmount", record.source.pages)
    for resp in responses:
        rf = _el(mh, "ResponseFor")
        for tag in ("OrganId", "Code", "PromulgationDate", "DocumentId"):
            _leaf(rf, tag, resp.get(tag))


def _trace(root: etree._Element, record: Record, organ_ids: dict[str, str]) -> None:
    issuer = record.issuer.name if record.issuer else None
    organ_id = organ_ids.get(_organ_key(issuer)) if issuer else None
    number = record.number.normalized if record.number else None
    th = _el(root, "TraceHeaderList")
    b = _el(th, "Bussiness")
    _leaf(b, "DocumentId", _document_id(organ_id, slashed(record.issued_date), number))
    _el(b, "BussinessDocType", BUSINESS_NEW)


def to_edxml(record: Record, attachment: Attachment, organ_ids: dict[str, str] | None = None,
             responses: list[dict[str, str | None]] | None = None) -> bytes:
    """One envelope for one record; validated against the shipped XSD before it is returned."""
    organ_ids = organ_ids or {}
    root = etree.Element(_Q + "edXML", nsmap={PREFIX: NS})
    envelope = _el(root, "edXMLEnvelope")
    header = _el(envelope, "edXMLHeader")
    _header(header, record, organ_ids, responses or [])
    _trace(header, record, organ_ids)
    manifest = _el(_el(envelope, "edXMLBody"), "edXMLManifest")
    ref = _el(manifest, "Reference")
    _el(ref, "ContentId", CONTENT_ID)
    _leaf(ref, "ContentType", attachment.content_type)
    _leaf(ref, "Description", attachment.description)
    _leaf(ref, "AttachmentName", attachment.name)
    att = _el(_el(root, "AttachmentEncoded"), "Attachment")
    _el(att, "ContentId", CONTENT_ID)
    _leaf(att, "AttachmentName", attachment.name)
    _leaf(att, "Description", attachment.description)
    _leaf(att, "ContentType", attachment.content_type)
    _el(att, "ContentTransferEncoded", base64.b64encode(attachment.data).decode("ascii"))
    schema().assertValid(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# ------------------------------------------------------------------ import


@dataclass
class Envelope:
    """What an edXML file says about its document, in record terms, and the attached file."""

    fields: dict[str, Any] = field(default_factory=dict)  # record field -> value from the header
    attachment: Attachment | None = None
    notes: list[str] = field(default_factory=list)


def is_edxml(data: bytes) -> bool:
    head = data[:2048]
    return b"<" in head[:256] and NS.encode() in head


def _text(el: etree._Element | None, path: str) -> str | None:
    found = el.find(path, {"e": NS}) if el is not None else None
    text = collapse_ws(found.text or "") if found is not None else ""
    return text or None


def iso(slashed_date: str | None) -> str | None:
    m = _SLASHED.match(slashed_date or "")
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def join_number(seq: str | None, notation: str | None) -> DocNumber | None:
    """CodeNumber + CodeNotation -> the số hiệu, read by the number grammar (state '/' or Party '-')."""
    if not seq:
        return None
    if not notation:
        return DocNumber(raw=seq, normalized=None, seq=int(seq) if seq.isdigit() else None)
    party_first = "/" in notation and not re.match(r"\d{4}/", notation)
    joins = ("-", "/") if party_first else ("/", "-")
    for sep in joins:
        parsed = docnumber.parse(f"{seq}{sep}{notation}")
        if parsed is not None and parsed.normalized == f"{seq}{sep}{notation}":
            return DocNumber(raw=parsed.raw, normalized=parsed.normalized, seq=parsed.seq, year=parsed.year,
                             type_code=parsed.type_code, issuer_code=parsed.issuer_code,
                             unit_code=parsed.unit_code, grammar=parsed.grammar)
    raw = f"{seq}{joins[0]}{notation}"
    return DocNumber(raw=raw, normalized=raw, seq=int(seq) if seq.isdigit() else None)


def _header_fields(mh: etree._Element) -> dict[str, Any]:
    out: dict[str, Any] = {}
    number = join_number(_text(mh, "e:Code/e:CodeNumber"), _text(mh, "e:Code/e:CodeNotation"))
    if number is not None:
        out["number"] = number
    type_number, type_name = _text(mh, "e:DocumentType/e:Type"), _text(mh, "e:DocumentType/e:TypeName")
    code = _types()[1].get(type_number or "")
    if code or type_name:
        from vanban.tables import tables

        code = code or (tables().code_for_word(type_name) if type_name else None)
        out["doc_type"] = DocType(code=code, name=type_name or tables().name_for(code))
    issuer = _text(mh, "e:From/e:OrganName")
    if issuer:
        out["issuer"] = Issuer(name=issuer, parent=_text(mh, "e:From/e:OrganizationInCharge"))
    for key, path in (("place", "e:PromulgationInfo/e:Place"), ("subject", "e:Subject")):
        if _text(mh, path):
            out[key] = _text(mh, path)
    date = iso(_text(mh, "e:PromulgationInfo/e:PromulgationDate"))
    if date:
        out["issued_date"] = date
    signer = {k: _text(mh, f"e:SignerInfo/e:{tag}") for k, tag in
              (("authority", "Competence"), ("position", "Position"), ("name", "FullName"))}
    if any(signer.values()):
        out["signer"] = Signer(authority=signer["authority"], position=signer["position"], name=signer["name"])
    recipients = [_text(to, "e:OrganName") for to in mh.findall("e:To", {"e": NS})]
    if any(recipients):
        out["recipients"] = [Recipient(name=r) for r in recipients if r]
    places = [collapse_ws(p.text or "") for p in mh.findall("e:ToPlaces/e:Place", {"e": NS})]
    if any(places):
        out["distribution"] = [DistributionEntry(name=p) for p in places if p]
    return out


def _attachment(root: etree._Element, path: str | None) -> Attachment:
    atts = root.findall("e:AttachmentEncoded/e:Attachment", {"e": NS})
    if not atts:
        raise IngestError("edXML envelope has no attachment: nothing to parse", path)
    att = atts[0]
    encoded = _text(att, "e:ContentTransferEncoded") or ""
    try:
        data = base64.b64decode(re.sub(r"\s+", "", encoded), validate=True)
    except ValueError as e:
        raise IngestError("edXML attachment is not valid base64", path) from e
    name = Path(_text(att, "e:AttachmentName") or "attachment.bin").name  # never a path from the file
    return Attachment(name, data, _text(att, "e:ContentType") or "", _text(att, "e:Description") or "")


def _schema_notes(root: etree._Element) -> list[str]:
    """A note when the envelope does not follow the schema: other systems write variants, read anyway."""
    try:
        if schema().validate(root):
            return []
    except etree.XMLSchemaValidateError:  # unresolved entity references and the like
        return ["edXML envelope could not be checked against the schema; read anyway"]
    err = schema().error_log.last_error
    return [f"edXML envelope does not follow the schema ({err.message if err else 'invalid'}); read anyway"]


def read_envelope(data: bytes, path: str | None = None, max_mb: int | None = None) -> Envelope:
    """Parse an edXML file: its header in record terms and its (first) attachment.

    The envelope is parsed whole, so it is bounded like a package's decompressed size (`max_mb`);
    entities are never resolved and nothing is fetched (no XXE).
    """
    if max_mb is not None and len(data) > max_mb * 1024 * 1024:
        raise IngestError(f"edXML file of {len(data) / 1048576:,.0f} MB, over the limit of {max_mb} MB "
                          "(--max-unzipped-mb raises it)", path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise IngestError(f"damaged edXML (not well-formed XML: {e.msg})", path) from e
    if root.tag != _Q + "edXML":
        raise IngestError(f"not an edXML envelope (root element {etree.QName(root).localname})", path)
    env = Envelope()
    env.notes += _schema_notes(root)
    mh = root.find("e:edXMLEnvelope/e:edXMLHeader/e:MessageHeader", {"e": NS})
    env.fields = _header_fields(mh) if mh is not None else {}
    env.attachment = _attachment(root, path)
    return env


def _shown(value: Any) -> str:
    if isinstance(value, DocNumber):
        return value.normalized or value.raw
    if isinstance(value, DocType):
        return value.code or value.name or ""
    if isinstance(value, Issuer | Recipient | DistributionEntry):
        return value.name
    if isinstance(value, Signer):
        return " / ".join(v for v in (value.authority, value.position, value.name) if v)
    return str(value)


def _same(a: Any, b: Any) -> bool:
    return fold(collapse_ws(_shown(a))).upper() == fold(collapse_ws(_shown(b))).upper()


def apply_envelope(record: Record, fields: dict[str, Any]) -> Record:
    """The envelope's header values become the record's (confidence 1.0); disagreements are warned.

    Where the attached document says the same, its value is kept (it carries the span and page);
    where it says otherwise, the envelope's value replaces it (without a span) and a warning names both.
    """
    read = []
    for key, value in fields.items():
        parsed = getattr(record, key)
        if key in ("recipients", "distribution"):  # lists: the document's own, the envelope's when it has none
            if not parsed:
                setattr(record, key, value)
            continue
        if parsed is None:
            setattr(record, key, value)
        elif not _same(parsed, value):
            record.warnings.append(Warning(
                code="edxml_mismatch",
                message=f"{key}: the edXML envelope says {_shown(value)!r}, the attached document "
                        f"{_shown(parsed)!r}; the envelope's value is kept"))
            setattr(record, key, value)
            record.spans.pop(key, None)
        record.confidence[key] = 1.0
        read.append(key)
    if read:
        record.warnings.append(Warning(code="edxml", message="read from the edXML envelope: " + ", ".join(read)))
    return record


# ------------------------------------------------------------------ a store out


def _responses(store: Any, record: Record, organ_ids: dict[str, str]) -> list[dict[str, str | None]]:
    """ResponseFor entries: `responds` citations whose number resolves to a stored document."""
    out: list[dict[str, str | None]] = []
    for c in record.citations:
        if c.relation != "responds" or not c.number:
            continue
        found = [r for r in store.find_by_number(c.number) if r.id != record.id]
        if c.date:  # the same number reused another year is another document
            found = [r for r in found if r.issued_date == c.date]
        if not found:
            continue
        target = found[0]
        issuer = target.issuer.name if target.issuer else None
        organ_id = organ_ids.get(_organ_key(issuer)) if issuer else None
        number = target.number.normalized if target.number and target.number.normalized else c.number
        date = slashed(target.issued_date)
        out.append({"OrganId": organ_id, "Code": number, "PromulgationDate": date,
                    "DocumentId": _document_id(organ_id, date, number)})
    return out


def file_name(record: Record) -> str:
    """A readable, unique file name: the số hiệu folded to ASCII, and the record id's start."""
    from vanban.textutil import ascii_fold

    number = record.number.normalized if record.number and record.number.normalized else "document"
    stem = re.sub(r"[^A-Za-z0-9]+", "-", ascii_fold(number)).strip("-") or "document"
    return f"{stem}_{record.id[:12]}.edxml"


def envelope_for(store: Any, record: Record, organ_ids: dict[str, str] | None = None) -> tuple[bytes, str | None]:
    """A stored record's envelope, ResponseFor resolved in `store`; -> (edXML bytes, a note or None)."""
    organ_ids = organ_ids or {}
    attachment, note = attachment_for(record)
    return to_edxml(record, attachment, organ_ids, _responses(store, record, organ_ids)), note


def _corrected(store: Any, stored: Record) -> Record:
    """The record with human corrections applied, where the store keeps them (Store.record)."""
    reader = getattr(store, "record", None)
    got = reader(stored.id) if reader else None
    if isinstance(got, dict):
        return Record.model_validate(got)
    return got or stored


def export_store(store: Any, output: Path, organ_ids: dict[str, str] | None = None) -> tuple[int, list[str]]:
    """Every stored record (corrections applied) as an .edxml in a folder, or in a .zip; -> (count, notes)."""
    import zipfile

    notes: list[str] = []
    n = 0
    zf = zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) if output.suffix.lower() == ".zip" else None
    if zf is None:
        output.mkdir(parents=True, exist_ok=True)
    try:
        for stored in store.iter_records():
            record = _corrected(store, stored)
            data, note = envelope_for(store, record, organ_ids)
            if note:
                notes.append(note)
            if zf is not None:
                zf.writestr(file_name(record), data)
            else:
                (output / file_name(record)).write_bytes(data)
            n += 1
    finally:
        if zf is not None:
            zf.close()
    return n, notes

"""pydantic models of the vanban record (the JSON contract)."""

from vanban.schemas.record import (
    SCHEMA_VERSION,
    Citation,
    Contacts,
    Correction,
    Deadline,
    DistributionEntry,
    DocNumber,
    DocType,
    Event,
    Issuer,
    Person,
    Quantity,
    Recipient,
    Record,
    Recurrence,
    Signer,
    Source,
    Warning,
    json_schema,
)

__all__ = [
    "SCHEMA_VERSION", "Citation", "Contacts", "Correction", "Deadline", "DistributionEntry", "DocNumber",
    "DocType", "Event", "Issuer", "Person", "Quantity", "Recipient", "Record", "Recurrence",
    "Signer", "Source", "Warning", "json_schema",
]

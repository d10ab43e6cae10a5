"""`vanban events` and GET /v1/events are thin layers over one query (vanban.graph.queries.event_rows): for the same
store and window they list the same rows in the same order, on SQLite and on PostgreSQL. The store holds the
samples and an invented plan's record whose events include a month ('2027-03'), a range and one with an inferred year,
the cases a query of its own got wrong (a month reaches a window that starts inside it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

from vanban import parse_file  # noqa: E402
from vanban.cli import main as cli_main  # noqa: E402
from vanban.cli.queries import EVENT_COLUMNS  # noqa: E402
from vanban.schemas import DocNumber, DocType, Event, Issuer, Record  # noqa: E402
from vanban.store.db import Store  # noqa: E402
from vanban.web.app import create_app  # noqa: E402
from vanban.web.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "corpus" / "samples").glob("*.txt"))
# the window's edges: none, a start inside the plan's month, a closed window, one issuer
WINDOWS = [
    {},
    {"from": "2027-03-15"},
    {"from": "2027-02-10", "to": "2027-03-31"},
    {"from": "2020-01-01", "to": "2024-12-31"},
    {"issuer": "tân phú"},
]


def _plan() -> Record:
    dated = [Event(date="2027-02-10", text="Hội nghị triển khai"), Event(date="2027-03", text="Tháng Thanh niên"),
             Event(date="2027-03-20", end="2027-03-26", text="Tuần tình nguyện"),
             Event(date="2027-04-02", text="Ngày hội", inferred=True)]
    return Record(id="f" * 64, text="x", doc_type=DocType(code="KH"),
                  number=DocNumber(raw="15-KH/HĐTN", normalized="15-KH/HĐTN"),
                  issuer=Issuer(name="Huyện đoàn Tân Phú", system="doan"), issued_date="2027-01-05", events=dated)


@pytest.fixture(scope="module")
def store_db(new_db) -> str:
    db = new_db("events.db")
    with Store(db) as st:
        for f in SAMPLES:
            st.put(parse_file(f))
        st.put(_plan())
    return db


def _cli_rows(db: str, window: dict, out: Path) -> list[dict]:
    args = ["events", "--db", db, "--format", "jsonl", "-o", str(out)]
    for key, flag in (("from", "--from"), ("to", "--to"), ("issuer", "--issuer")):
        if key in window:
            args += [flag, window[key]]
    assert cli_main(args) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("window", WINDOWS, ids=lambda w: ",".join(f"{k}={v}" for k, v in w.items()) or "all")
def test_cli_and_api_list_the_same_events(store_db: str, window: dict, tmp_path: Path) -> None:
    cli = _cli_rows(store_db, window, tmp_path / "events.jsonl")
    with TestClient(create_app(Settings(db=store_db, workers=1))) as c:
        api = c.get("/v1/events", params=window).json()["items"]
    keys = EVENT_COLUMNS + ["doc_id", "ord"]
    assert cli, "the window holds events"
    assert [{k: r[k] for k in keys} for r in api] == [{k: r[k] for k in keys} for r in cli]
    # the API's response keeps its shape
    assert all(list(r) == ["date", "end", "text", "inferred", "number", "issuer", "doc_id", "ord", "confidence"]
               for r in api)


def test_a_month_reaches_a_window_starting_inside_it(store_db: str) -> None:
    with TestClient(create_app(Settings(db=store_db, workers=1))) as c:
        items = c.get("/v1/events", params={"from": "2027-03-15", "to": "2027-04-30"}).json()["items"]
    assert [(e["date"], e["end"], e["inferred"]) for e in items] == [
        ("2027-03", None, False), ("2027-03-20", "2027-03-26", False), ("2027-04-02", None, True)]

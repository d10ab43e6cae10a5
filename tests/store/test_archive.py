"""Issue 11: an archive that stays right (identity, versions, re-imports, failures, removals, corrections).

The scenario test walks the life of an archive (import; edit, move, copy, delete; re-import;
prune; bump the rules; re-import; correct two fields; re-import) and checks the counts of
documents, versions, deadlines and targets after every step against an oracle: a fresh import
of the files on disk at that moment (same queries, so the same counting rules).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from vanban import parse_file
from vanban.cli import main
from vanban.graph.queries import deadline_rows, quantity_rows
from vanban.store.bulk import run_import
from vanban.store.db import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "corpus" / "samples").glob("*.txt"))
EDIT = ("04/8/2023 (Thứ sáu)", "07/8/2023 (Thứ Hai)")  # a deadline in sample 000 moves by three days


def imp(folder: Path, db: Path | str, **kw):
    return run_import([folder], db, workers=2, progress=False, **kw)


def oracle(folder: Path, tmp: Path) -> dict[str, int]:
    """What the store must show: the figures of a fresh import of the files on disk now."""
    fresh = tmp / f"fresh{len(list(tmp.glob('fresh*.db')))}.db"
    imp(folder, fresh)
    got = figures(fresh)
    del got["versions"]
    return got


def figures(db: Path | str) -> dict[str, int]:
    with Store(db) as st:
        assert st.check_whole() == []
        status = st.status()
        return {"documents": status["documents"], "versions": status["versions"],
                "deadlines": len(deadline_rows(st.conn)),
                "targets": len(quantity_rows(st.conn, kind="target"))}


def one_off_deadlines(db: Path | str) -> list[str]:
    return [r.due for r in deadline_rows(Store(db).conn) if r.due]


@pytest.fixture
def archive(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    names = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]
    for name, src in zip(names, SAMPLES, strict=True):
        (folder / name).write_bytes(src.read_bytes())
    return folder


def _deadline_count(folder: Path, name: str) -> int:
    return len(parse_file(folder / name).deadlines)


def test_archive_scenario(new_db, archive, tmp_path, monkeypatch):
    db = new_db("v.db")
    table: list[tuple] = []

    def step(name: str, versions: int, summary=None) -> dict:
        got = figures(db)
        want = oracle(archive, tmp_path)
        assert {k: got[k] for k in want} == want, name
        assert got["versions"] == versions, name
        table.append((name, got["documents"], got["versions"], got["deadlines"], got["targets"]))
        return got

    s = imp(archive, db)
    assert (s.imported, s.failed, s.exit_code) == (5, 0, 0)
    step("import", 5)

    a = archive / "a.txt"
    a.write_text(a.read_text(encoding="utf-8").replace(*EDIT), encoding="utf-8")
    (archive / "sub").mkdir()
    (archive / "b.txt").rename(archive / "sub" / "b.txt")
    shutil.copy(archive / "c.txt", archive / "c copy.txt")
    d_deadlines = _deadline_count(archive, "d.txt")
    (archive / "d.txt").unlink()
    s = imp(archive, db)
    assert (s.imported, s.changed, s.moved, s.duplicates, s.gone, s.skipped) == (1, 1, 1, 1, 1, 2)
    with Store(db) as st:
        assert st.status()["documents"] == 5  # d is gone from disk but stays until pruned
        d_id = st.conn.execute("SELECT doc_id FROM files WHERE path LIKE '%/d.txt'").fetchone()[0]
        c_id = st.conn.execute("SELECT doc_id FROM files WHERE path LIKE '%/c.txt'").fetchone()[0]
        assert sorted(Path(p).name for p in st.paths(c_id)) == ["c copy.txt", "c.txt"]
        b = st.conn.execute("SELECT path FROM documents WHERE path LIKE '%/b.txt'").fetchone()[0]
        assert b.endswith("/sub/b.txt") and st.record(st.conn.execute(
            "SELECT id FROM documents WHERE path=?", (b,)).fetchone()[0])["source"]["path"] == b
        a_id = st.conn.execute("SELECT doc_id FROM files WHERE path LIKE '%/a.txt'").fetchone()[0]
        assert [v["version"] for v in st.versions(a_id)] == [1]
    due = one_off_deadlines(db)
    assert "2023-08-07T12:00" in due and "2023-08-04T12:00" not in due  # the stale date is gone
    assert figures(db)["deadlines"] == oracle(archive, tmp_path)["deadlines"] + d_deadlines
    table.append(("edit a, move b, copy c, delete d; re-import", *figures(db).values()))

    assert main(["prune", "--db", str(db)]) == 0
    step("prune", 5)  # a's old version is kept
    with Store(db) as st:
        assert st.record(d_id) is None

    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models)
    with open(models / "tables" / "units.tsv", "a", encoding="utf-8") as f:
        f.write("# a rules change\n")
    monkeypatch.setenv("VANBAN_MODELS", str(models))
    s = imp(archive, db)
    assert (s.imported, s.reparsed, s.skipped) == (4, 4, 0)  # every record was made by the old rules
    with Store(db) as st:
        assert st.status()["stale"] == 0
    step("bump rules; re-import", 5)

    with Store(db) as st:
        st.add_correction(a_id, "issued_date", "2023-07-27", "clerk")
        st.add_correction(c_id, "deadlines.0.due", "2023-08-15T11:00", "clerk")
    got = step("correct two fields", 5)
    assert "2023-08-15T11:00" in one_off_deadlines(db) and "2023-08-11T11:00" not in one_off_deadlines(db)

    s = imp(archive, db)
    assert (s.imported, s.skipped, s.exit_code) == (0, 5, 0)
    s = imp(archive, db, reparse=True)  # re-parsing everything keeps the corrections too
    assert s.imported == 4 and s.corrections_agree == 0
    assert step("re-import (and --reparse)", 5) == got
    with Store(db) as st:
        rec = st.record(a_id)
        assert rec["issued_date"] == "2023-07-27"
        assert [c["field"] for c in rec["corrections"]] == ["issued_date"]
        assert rec["corrections"][0]["parsed"] == "2023-07-26" and rec["corrections"][0]["by"] == "clerk"
        assert st.conn.execute("SELECT issued_date FROM documents WHERE id=?", (a_id,)).fetchone()[0] == "2023-07-27"
    out = tmp_path / "out.jsonl"
    assert main(["export", "--db", str(db), "-o", str(out)]) == 0
    exported = {json.loads(x)["id"]: json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()}
    assert exported[a_id]["issued_date"] == "2023-07-27"
    assert exported[c_id]["deadlines"][0]["due"] == "2023-08-15T11:00"
    print("\n" + "\n".join(f"{r[0]:48} docs {r[1]:2}  versions {r[2]:2}  deadlines {r[3]:2}  targets {r[4]:2}"
                           for r in table))


def test_correction_agrees_after_reparse_and_is_flagged_when_the_source_changes(new_db, archive, tmp_path):
    db = new_db("v.db")
    imp(archive, db)
    with Store(db) as st:
        a_id = st.conn.execute("SELECT doc_id FROM files WHERE path LIKE '%/a.txt'").fetchone()[0]
        parsed = st.record(a_id)["subject"]
        st.add_correction(a_id, "subject", parsed, "clerk")  # what the parse already says
        st.add_correction(a_id, "place", "Hà Nội", "clerk")
    s = imp(archive, db, reparse=True)
    assert s.corrections_agree == 1
    with Store(db) as st:
        assert {c["field"]: c["status"] for c in st.corrections(a_id)} == {"subject": "agrees", "place": "active"}
        assert st.record(a_id)["place"] == "Hà Nội"
    a = archive / "a.txt"
    a.write_text(a.read_text(encoding="utf-8").replace(*EDIT), encoding="utf-8")
    s = imp(archive, db)
    assert (s.changed, s.corrections_review) == (1, 2)
    with Store(db) as st:
        rec = st.record(a_id)
        assert rec["place"] != "Hà Nội" and rec["corrections"] == []  # not applied blindly
        assert sum(w["code"] == "correction_review" for w in rec["warnings"]) == 2
        assert st.status()["corrections_review"] == 2
        st.add_correction(a_id, "place", "Hà Nội", "clerk")  # confirmed again: applied
        assert st.record(a_id)["place"] == "Hà Nội"


def test_correct_cli_refuses_bad_fields_and_values(new_db, archive, tmp_path, capsys):
    db = new_db("v.db")
    imp(archive, db)
    with Store(db) as st:
        a_id = st.conn.execute("SELECT doc_id FROM files WHERE path LIKE '%/a.txt'").fetchone()[0]
    base = ["correct", a_id[:10], "--db", str(db)]
    assert main([*base[:2], "text", "x", *base[2:]]) == 1  # protected
    assert main([*base[:2], "nosuch", "x", *base[2:]]) == 1
    assert main([*base[:2], "deadlines.0.recurrence", '{"freq": "hourly"}', *base[2:]]) == 1  # schema refuses
    assert main([*base[:2], "issuer.name", "Tỉnh đoàn Kiên Giang", *base[2:], "--by", "lan"]) == 0
    assert main([*base[:2], "number.seq", "343", *base[2:]]) == 0  # JSON: a number
    assert main([*base, "--list"]) == 0
    out = capsys.readouterr().out
    assert 'issuer.name = "Tỉnh đoàn Kiên Giang"' in out and "by lan" in out and "number.seq = 343" in out
    with Store(db) as st:
        assert st.record(a_id)["number"]["seq"] == 343
        assert st.conn.execute("SELECT issuer FROM documents WHERE id=?", (a_id,)).fetchone()[0] == \
            "Tỉnh đoàn Kiên Giang"
    assert main([*base[:2], "number.seq", *base[2:], "--undo"]) == 0
    with Store(db) as st:
        assert st.record(a_id)["number"]["seq"] == 342


def test_errors_status_rm_and_exit_code_while_failures_remain(new_db, archive, tmp_path, capsys):
    db = new_db("v.db")
    (archive / "bad.pdf").write_bytes(b"%PDF-1.4 not really")
    (archive / "empty.txt").write_bytes(b"")
    s = imp(archive, db)
    assert s.exit_code == 1 and s.failed == 2
    s = imp(archive, db)
    assert (s.failed, s.known_failures, s.exit_code) == (0, 2, 1)  # known failures keep the exit code 1
    text = s.render(db)
    assert "known failures (all: vanban errors --db" in text and "bad.pdf: [ingest]" in text
    capsys.readouterr()
    assert main(["errors", "--db", str(db), "--stage", "ingest"]) == 0
    out = capsys.readouterr().out
    assert "bad.pdf" in out and "empty.txt" in out and "empty file" in out
    assert main(["errors", "--db", str(db), "--path", "empty", "--json"]) == 0
    assert [json.loads(x)["path"].endswith("empty.txt") for x in capsys.readouterr().out.splitlines()] == [True]
    assert main(["status", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "documents   5" in out and "errors      2" in out and "last import" in out
    # rm: a document by path, another by id prefix, and a failed file's path
    with Store(db) as st:
        e_id = st.conn.execute("SELECT doc_id FROM files WHERE path LIKE '%/e.txt'").fetchone()[0]
    assert main(["rm", str(archive / "a.txt"), e_id[:8], str(archive / "empty.txt"), "--db", str(db)]) == 0
    assert main(["rm", "nothing-like-this", "--db", str(db)]) == 1
    with Store(db) as st:
        st_ = st.status()
        assert (st_["documents"], st_["errors"]) == (3, 1)
        for table in ("citations", "deadlines", "quantities", "files", "versions", "corrections"):
            assert st.conn.execute(f"SELECT count(*) FROM {table} WHERE {'doc_id' if table != 'files' else 'doc_id'}"
                                   f"=?", (e_id,)).fetchone()[0] == 0
        assert st.check_whole() == []
    (archive / "bad.pdf").unlink()
    assert main(["prune", "--db", str(db)]) == 0
    with Store(db) as st:
        assert st.status()["errors"] == 0


def test_a_scan_and_its_docx_are_two_records_counted_once(new_db, tmp_path):
    """Two files holding one document (same number, body, date, subject; texts differ as OCR does)."""
    from test_store import make_record

    db = new_db("v.db")
    with Store(db) as st:
        docx = make_record(path="/in/342.docx", sha="1" * 64)
        scan = make_record(text=make_record().text.replace("Kính gửi", "Kinh gửi"), path="/in/342-scan.pdf",
                           sha="2" * 64)
        scan.issuer.name = "BCH ĐOÀN TỈNH KIÊN GIANG."  # OCR punctuation
        other = make_record(text=make_record().text + "x", path="/in/other.txt", sha="3" * 64)
        other.issued_date = "2023-07-27"  # another day: another document
        for r in (docx, scan, other):
            st.put(r)
        from vanban.graph.build import link_store

        link_store(st.conn)
        assert st.status()["documents"] == 3 and st.status()["copies"] == 1
        copy_of = dict(st.conn.execute("SELECT path, copy_of FROM documents"))
        assert copy_of["/in/342-scan.pdf"] == docx.id and copy_of["/in/342.docx"] is None
        assert len(deadline_rows(st.conn)) == 2  # docx and other, each 1; the scan's copy not again
        assert len(quantity_rows(st.conn, kind="target")) == 2
        st.remove([docx.id])  # the first record gone: its copy counts now
        assert st.status()["copies"] == 0 and len(deadline_rows(st.conn)) == 2

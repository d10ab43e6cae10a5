"""`vanban` command line: outputs, exit codes, and a batch that survives bad files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from vanban.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"


def test_parse_folder_writes_one_record_per_file(tmp_path, capsys):
    out = tmp_path / "records.jsonl"
    assert main(["parse", str(SAMPLES), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(list(SAMPLES.glob("*.txt")))
    rec = json.loads(lines[0])
    assert rec["schema_version"] == "1.1" and rec["source"]["format"] == "txt"
    assert "số hiệu" in capsys.readouterr().out  # the summary table


def test_bad_files_are_reported_and_the_rest_parsed(tmp_path, capsys):
    good = tmp_path / "good.txt"
    shutil.copy(SAMPLES / "000_3b4e9c3261a24426.txt", good)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "garbage.txt").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out.jsonl"
    code = main(["parse", str(tmp_path), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "empty.txt" in err and "garbage.txt" in err and "[ingest]" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_missing_path_and_usage_errors(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "nope.txt")]) == 1
    assert main(["parse"]) == 2  # usage errors return 2 (argparse's SystemExit is caught)
    assert main(["frobnicate"]) == 2
    assert main(["--help"]) == 0
    assert "vanban: error:" in capsys.readouterr().err


def test_schema_command_prints_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "citations" in schema["properties"]


def test_eval_on_bundled_gold(capsys):
    gold = SAMPLES.parent / "gold"
    assert main(["eval", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "number" in out and "micro" in out

"""tables.rows: read once a file (cached), the same rows a fresh read of the file gives, each call its own lists;
tables.choices: a phrase written over alternatives in braces, as the phrases it stands for;
tables.role_phrases: the phrases of a table's roles, expanded, longest first."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.tables import choices, models_dir, role_phrases, rows


def _fresh(path: Path, width: int) -> list[list[str]]:
    """The rows as the file reads now (rows() as it was: no cache)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        out.append(cells + [""] * (width - len(cells)))
    return out


@pytest.mark.parametrize("width", [0, 2, 4])
def test_every_table_reads_as_a_fresh_read(width: int) -> None:
    tables = sorted((models_dir() / "tables").glob("*.tsv"))
    assert tables
    for path in tables:
        assert rows(path.name, width) == _fresh(path, width) == rows(path.name, width)


def test_a_caller_changing_its_rows_changes_nobody_elses() -> None:
    first = rows("quantity_cues.tsv", 2)
    first[0].append("x")
    first.pop()
    assert rows("quantity_cues.tsv", 2) == _fresh(models_dir() / "tables" / "quantity_cues.tsv", 2)


def test_another_models_folder_is_read_on_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "units.tsv").write_text("# a comment\nkm\tlength\n", encoding="utf-8")
    monkeypatch.setenv("VANBAN_MODELS", str(tmp_path))
    assert rows("units.tsv", 3) == [["km", "length", ""]]
    monkeypatch.delenv("VANBAN_MODELS")
    assert rows("units.tsv", 3) != [["km", "length", ""]]


@pytest.mark.parametrize("written, phrases", [
    ("hiện toàn {tỉnh|huyện|xã} còn", ["hiện toàn tỉnh còn", "hiện toàn huyện còn", "hiện toàn xã còn"]),
    ("{toàn|trên địa bàn} {tỉnh|xã}", ["toàn tỉnh", "toàn xã", "trên địa bàn tỉnh", "trên địa bàn xã"]),
    # counter-cases: no braces, a regex quantifier, braces without a choice are the phrase itself
    ("hiện còn", ["hiện còn"]),
    (r"(\bngày)[ \u00a0]{3,}", [r"(\bngày)[ \u00a0]{3,}"]),
    ("{tỉnh}", ["{tỉnh}"]),
])
def test_a_phrase_over_alternatives_stands_for_each(written: str, phrases: list[str]) -> None:
    assert choices(written) == phrases


def test_role_phrases_expand_alternatives_and_put_the_longest_first(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "cues.tsv").write_text(
        "# phrase\trole\nsập\tdamage\như {hỏng|hại} nặng\tdamage\ntối thiểu\tcomparator\nbị cuốn trôi\tstate\n",
        encoding="utf-8")
    monkeypatch.setenv("VANBAN_MODELS", str(tmp_path))
    assert role_phrases("cues.tsv", "damage") == ["hư hỏng nặng", "hư hại nặng", "sập"]
    assert role_phrases("cues.tsv", "damage", "state") == ["hư hỏng nặng", "bị cuốn trôi", "hư hại nặng", "sập"]
    # counter-case: a role no row has gives no phrase
    assert role_phrases("cues.tsv", "target") == []


def test_no_table_holds_a_row_twice() -> None:
    """A row written twice (two helpers adding the same phrase) is noise to the next reader and hides which comment
    gives its reason: each table's rows are unique."""
    for path in sorted((models_dir() / "tables").glob("*.tsv")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")]
        twice = sorted({line for line in lines if lines.count(line) > 1})
        assert not twice, f"{path.name}: {twice}"

"""Search with combined filters, speakers, show and export, through the CLI."""
from __future__ import annotations

import csv
import json

import pytest

from store_samples import PESKOW_QUOTE
from zitat.cli import main
from zitat.store import Store


@pytest.fixture
def filled(store_url, corpus):
    assert main(["ingest", *corpus, "--db", store_url]) == 0
    return store_url


def search_rows(db, capsys, *args) -> list[dict]:
    capsys.readouterr()
    assert main(["search", *args, "--db", db, "--format", "jsonl"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_full_text_search_finds_quotes_by_words(filled, capsys):
    rows = search_rows(filled, capsys, "NATO Sicherheit")
    assert {r["article_id"] for r in rows} == {"kurier-1", "boten-7", "west-3"}
    assert all(PESKOW_QUOTE in r["quote"] for r in rows)
    assert search_rows(filled, capsys, "Reedereien")[0]["speaker"] == "Thomas Weber"
    assert search_rows(filled, capsys, "Wortgibtsnicht") == []


def test_filters_combine(filled, capsys):
    assert {r["article_id"] for r in search_rows(filled, capsys, "NATO", "--speaker", "Peskow",
                                                 "--outlet", "südboten")} == {"boten-7"}
    assert {r["article_id"] for r in search_rows(filled, capsys, "--speaker", "Weber", "--type", "direct",
                                                 "--since", "2025-09-02")} == {"hafen-2"}
    assert {r["article_id"] for r in search_rows(filled, capsys, "--speaker", "Weber",
                                                 "--until", "2025-09-01")} == {"schule-1"}
    rows = search_rows(filled, capsys, "--type", "direct")
    assert rows and all(r["type"] == "direct" for r in rows)
    assert search_rows(filled, capsys, "NATO", "--speaker", "Anna Weber") == []


def test_search_table_shows_ids_that_show_accepts(filled, capsys):
    capsys.readouterr()
    assert main(["search", "Reedereien", "--db", filled]) == 0
    table = capsys.readouterr().out.splitlines()
    assert [c.strip() for c in table[0].split(" | ")][:3] == ["id", "date", "outlet"]
    statement_id = table[1].split(" | ")[0].strip()
    assert main(["show", statement_id, "--db", filled]) == 0
    out = capsys.readouterr().out
    assert "[[Der Hafen bleibt offen für alle Reedereien]]" in out
    assert "1 sighting(s)" in out and "Thomas Weber" in out


def test_show_an_unknown_id_is_an_error(filled, capsys):
    assert main(["show", "nichts:s1", "--db", filled]) == 1
    assert capsys.readouterr().err == "zitat: error: nichts:s1: no such statement\n"


def test_speakers_counts_statements_and_articles(filled, capsys):
    capsys.readouterr()
    assert main(["speakers", "--top", "20", "--db", filled, "--format", "jsonl"]) == 0
    rows = {r["speaker"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    peskow = next(r for name, r in rows.items() if name.endswith("Peskow"))
    assert (peskow["statements"], peskow["articles"], peskow["distinct_statements"]) == (3, 3, 1)
    assert rows["Anna Weber"]["statements"] == 1 and rows["Thomas Weber"]["statements"] == 1
    assert main(["speakers", "--outlet", "Westblick", "--db", filled, "--format", "jsonl"]) == 0
    names = [json.loads(line)["speaker"] for line in capsys.readouterr().out.splitlines()]
    assert any(n.endswith("Peskow") for n in names) and "Anna Weber" not in names


def test_export_csv_and_jsonl_of_store_and_of_a_search(filled, tmp_path):
    with Store(filled) as store:
        total = store.count("statements")
    assert main(["export", "--format", "csv", str(tmp_path / "all.csv"), "--db", filled]) == 0
    with open(tmp_path / "all.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == total and {"id", "speaker", "quote", "cluster", "sightings"} <= set(rows[0])
    assert main(["export", "--format", "jsonl", str(tmp_path / "p.jsonl"), "--db", filled, "--speaker", "Peskow"]) == 0
    lines = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 3 and all(x["statement"]["quote"]["spans"] for x in lines)


def test_export_parquet(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    assert main(["export", "--format", "parquet", str(tmp_path / "s.parquet"), "--db", filled, "--query", "Erweiterung"]) == 0
    table = pq.read_table(tmp_path / "s.parquet")
    assert table.num_rows == 3 and "quote" in table.column_names

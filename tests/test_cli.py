"""The `zitat` command, run for real in a subprocess on files in a temporary folder."""
import csv
import io
import json
import shutil
import subprocess
import sys

import pytest

LANZ = "„Wir bleiben hart“, sagte Innenministerin Petra Lanz am Donnerstag in Bremen.\n"
WEBER = ("Bürgermeister Jonas Weber sagte, die Lage sei ernst. Die Stadt brauche mehr Geld.\n\n"
         "„Jeder Tag zählt“, betonte er.\n")


def zitat_command() -> list[str]:
    path = shutil.which("zitat")
    if path is not None:
        return [path]
    return [sys.executable, "-c", "import sys; from zitat.cli import main; sys.exit(main())"]


def run(*args, stdin: str | None = None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([*zitat_command(), *map(str, args)], input=stdin, capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, timeout=120)


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "lanz.txt").write_text(LANZ, encoding="utf-8")
    (tmp_path / "weber.txt").write_text(WEBER, encoding="utf-8")
    (tmp_path / "kaputt.txt").write_bytes(b"\x00\x01\x02\xff\xfe binary \x00\x00")
    return tmp_path


def quote_pieces(record: dict, statement: dict) -> list[str]:
    text = record["article"]["text"]
    return [text[s:e] for s, e in statement["quote"]["spans"]]


def test_table_output(articles):
    result = run("extract", articles / "lanz.txt")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "== lanz: 1 statements"
    assert lines[1].split() == ["type", "|", "speaker", "|", "cue", "|", "quote"]
    assert [c.strip() for c in lines[2].split("|")] == ["direct", "Petra Lanz", "sagte", "Wir bleiben hart"]


def test_jsonl_output_spans_slice_the_article(articles):
    result = run("extract", "--format", "jsonl", articles / "lanz.txt", articles / "weber.txt")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["id"] for r in records] == ["lanz", "weber"]
    assert records[0]["article"]["text"] == LANZ
    total = 0
    for record in records:
        entity_ids = {e["id"] for e in record["entities"]}
        for st in record["statements"]:
            total += 1
            pieces = quote_pieces(record, st)
            assert pieces and all(pieces)
            assert " … ".join(pieces) == st["quote"]["text"]
            assert set(st["speaker"]["entities"]) <= entity_ids
    assert total >= 4
    [lanz] = records[0]["statements"]
    assert (lanz["type"], lanz["quote"]["text"], lanz["cue"]["lemma"]) == ("direct", "Wir bleiben hart", "sagen")
    assert records[0]["entities"][0]["name"] == "Petra Lanz"


def test_jsonl_round_trips_through_the_model(articles):
    from zitat.model import Document
    result = run("extract", "--format", "jsonl", articles / "weber.txt")
    record = json.loads(result.stdout)
    assert Document.from_dict(record).to_dict() == record


def test_csv_output_has_header_and_rows(articles):
    result = run("extract", "--format", "csv", articles / "lanz.txt", articles / "weber.txt")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    header = result.stdout.splitlines()[0].split(",")
    assert header[:4] == ["article_id", "statement_id", "type", "medium"]
    assert "quote" in header and "speaker" in header
    assert result.stdout.count("article_id") == 1          # one header for all articles
    lanz = [r for r in rows if r["article_id"] == "lanz"]
    assert [(r["type"], r["speaker"], r["cue"], r["quote"]) for r in lanz] == [
        ("direct", "Petra Lanz", "sagte", "Wir bleiben hart")]
    weber = [r for r in rows if r["article_id"] == "weber"]
    assert len(weber) >= 3
    for r in rows:
        text = LANZ if r["article_id"] == "lanz" else WEBER
        assert text[int(r["quote_start"]):int(r["quote_end"])].startswith(r["quote"].split(" … ")[0])


def test_bad_input_among_good_ones(articles):
    result = run("extract", "--format", "jsonl", articles / "lanz.txt", articles / "kaputt.txt",
                 articles / "weber.txt")
    assert result.returncode == 1
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["lanz", "weber"]
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1
    assert "kaputt.txt" in errors[0]


def test_bad_input_table_still_prints_the_others(articles):
    result = run("extract", articles / "kaputt.txt", articles / "lanz.txt")
    assert result.returncode == 1
    assert "== lanz: 1 statements" in result.stdout
    assert "Traceback" not in result.stderr
    assert "kaputt.txt" in result.stderr


def test_single_bad_input_fails(articles):
    result = run("extract", articles / "kaputt.txt")
    assert result.returncode != 0
    assert result.stdout == ""
    assert "kaputt.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_fails_with_one_line(articles):
    result = run("extract", articles / "fehlt.txt")
    assert result.returncode != 0
    assert "fehlt.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_stdin(articles):
    result = run("extract", "--format", "jsonl", "-", stdin=LANZ)
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["article"]["text"] == LANZ
    [st] = record["statements"]
    assert quote_pieces(record, st) == ["Wir bleiben hart"]


def test_output_file(articles):
    out = articles / "ergebnis.jsonl"
    result = run("extract", "--format", "jsonl", "-o", out, articles / "lanz.txt")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["article"]["id"] == "lanz"


def test_directory_input(articles):
    result = run("extract", "--format", "jsonl", articles)
    assert result.returncode == 1                          # kaputt.txt is in the folder
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["lanz", "weber"]


def test_unknown_format_is_a_usage_error(articles):
    result = run("extract", "--format", "xml", articles / "lanz.txt")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_published_option_dates_plain_text(tmp_path):
    path = tmp_path / "bericht.txt"
    path.write_text("„Wir bleiben hart“, sagte Bürgermeisterin Anna Berg am Donnerstag.", encoding="utf-8")
    result = run("extract", str(path), "--format", "jsonl", "--published", "2025-09-05")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["article"]["published"] == "2025-09-05"
    assert record["statements"][0]["said_at"]["date"] == "2025-09-04"


def test_min_confidence_drops_less_certain_statements(tmp_path):
    path = tmp_path / "bericht.txt"
    path.write_text("„Wir bleiben hart“, sagte Bürgermeisterin Anna Berg. „Das ist unsere feste Linie.“",
                    encoding="utf-8")
    every = json.loads(run("extract", str(path), "--format", "jsonl").stdout)["statements"]
    sure = json.loads(run("extract", str(path), "--format", "jsonl", "--min-confidence", "0.9").stdout)["statements"]
    assert len(every) == 2      # the second quote inherits Anna Berg with a lower confidence
    assert [s["quote"]["text"] for s in sure] == ["Wir bleiben hart"]

"""process_partition without Dask: JSONL and Parquet inputs, failing records, resumability, folders."""
import json
import os

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from batch_samples import ENGLISH, GERMAN, write_jsonl  # noqa: E402

from zitat import extract_article  # noqa: E402
from zitat.batch import partition_id, process_partition  # noqa: E402
from zitat.batch.sources import expand_inputs  # noqa: E402
from zitat.model import Article  # noqa: E402


def read_rows(path):
    return pq.read_table(path).to_pylist()


def test_jsonl_partition_matches_extract_article(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    write_jsonl(path, GERMAN, gz=True)
    result = process_partition(str(path), str(tmp_path / "out"))
    rows = read_rows(result.output)
    expected = [(a["id"], s.id, s.type, s.quote.text, [list(x) for x in s.quote.spans])
                for a in GERMAN for s in extract_article(Article.from_dict(a)).statements]
    assert [(r["article_id"], r["statement_id"], r["type"], r["quote_text"], r["quote_spans"]) for r in rows] == expected
    assert result.statements == len(rows) and result.articles == len(GERMAN) and result.errors == 0
    assert os.path.basename(result.output) == f"part-{partition_id(str(path))}.parquet"


def test_a_failing_record_does_not_fail_its_partition(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(GERMAN[0], ensure_ascii=False) + "\n{kaputt\n" + json.dumps({"title": "ohne Text"})
                    + "\n" + json.dumps(GERMAN[1], ensure_ascii=False) + "\n", encoding="utf-8")

    def extract(article):  # a bug in the extractor on one article
        if article.id == "hafen":
            raise RuntimeError("boom")
        return extract_article(article)

    result = process_partition(str(path), str(tmp_path / "out"), extract=extract)
    assert (result.records, result.articles, result.errors) == (4, 1, 3)
    errors = read_rows(result.output.replace("part-", "errors-"))
    assert [(e["record"], e["reason"].split(" (")[0]) for e in errors] == [
        (2, "invalid JSON"), (3, "no 'text' field"), (4, "extraction failed")]
    assert {r["article_id"] for r in read_rows(result.output)} == {"radweg"}


def test_other_languages_are_counted_and_skipped(tmp_path):
    path = tmp_path / "mixed.jsonl"
    write_jsonl(path, [ENGLISH, {**GERMAN[2], "language": "de-DE"}, {**GERMAN[3], "language": "fr"}])
    result = process_partition(str(path), str(tmp_path / "out"))
    assert result.articles == 1 and result.skipped == {"language": 2}


def test_second_run_skips_a_finished_partition_and_reports_its_counts(tmp_path):
    path = tmp_path / "a.jsonl"
    write_jsonl(path, GERMAN[:2])
    first = process_partition(str(path), str(tmp_path / "out"))
    before = os.stat(first.output).st_mtime_ns
    again = process_partition(str(path), str(tmp_path / "out"), extract=lambda a: 1 / 0)
    assert again.status == "existing" and os.stat(first.output).st_mtime_ns == before
    assert (again.articles, again.statements) == (first.articles, first.statements)
    assert not [n for n in os.listdir(tmp_path / "out") if n.endswith(".tmp")]


def test_a_killed_run_leaves_no_partition_behind(tmp_path):
    path = tmp_path / "a.jsonl"
    write_jsonl(path, GERMAN[:2])

    def extract(article):  # the process dies mid-partition
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        process_partition(str(path), str(tmp_path / "out"), extract=extract)
    assert os.listdir(tmp_path / "out") == []  # no part file, so the next run redoes it
    assert process_partition(str(path), str(tmp_path / "out")).status == "done"


def test_parquet_input_with_metadata_columns(tmp_path):
    import datetime as dt

    path = tmp_path / "articles.parquet"
    table = pa.table({"text": [a["text"] for a in GERMAN[:2]], "id": [a["id"] for a in GERMAN[:2]],
                      "published": [dt.date(2025, 3, 12), dt.date(2025, 4, 2)], "outlet": ["Bote", None],
                      "images": [b"x" * 10, b"y"]})
    pq.write_table(table, path)
    rows = read_rows(process_partition(str(path), str(tmp_path / "out")).output)
    berg = next(r for r in rows if r["quote_text"] == "Wir bleiben hart")
    assert (berg["article_id"], berg["published"], berg["outlet"], berg["record"]) == ("radweg", "2025-03-12", "Bote", 1)
    assert berg["said_date"] == "2025-03-12"


def test_folders_give_one_partition_per_archive_and_one_per_folder_of_loose_files(tmp_path):
    (tmp_path / "pages").mkdir()
    for record in GERMAN[:2]:
        (tmp_path / "pages" / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    write_jsonl(tmp_path / "b.jsonl", GERMAN[2:])
    (tmp_path / "notes.csv").write_text("x")
    assert expand_inputs([str(tmp_path)]) == [str(tmp_path / "b.jsonl"), str(tmp_path / "pages")]
    result = process_partition(str(tmp_path / "pages"), str(tmp_path / "out"))
    assert result.articles == 2
    assert {r["input"] for r in read_rows(result.output)} == {str(tmp_path / "pages" / "hafen.txt"),
                                                             str(tmp_path / "pages" / "radweg.txt")}


def test_a_missing_input_is_an_error_row(tmp_path):
    result = process_partition(str(tmp_path / "nope.jsonl"), str(tmp_path / "out"))
    assert result.errors == 1 and read_rows(result.output) == []

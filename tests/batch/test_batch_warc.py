"""WARC archives: German pages become statements, everything else is counted, a broken record is an error."""
import pytest

pytest.importorskip("warcio")
pq = pytest.importorskip("pyarrow.parquet")

from batch_samples import ENGLISH, GERMAN, write_warc  # noqa: E402

from zitat.batch import process_partition  # noqa: E402
from zitat.reading import ReadError, read_inputs  # noqa: E402
from zitat.reading.warc import Skipped, iter_warc  # noqa: E402


@pytest.fixture
def crawl(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    return str(path)


def test_warc_records_are_read_one_by_one(crawl):
    items = [item for _, item in iter_warc(crawl)]
    articles = [i for i in items if not isinstance(i, (Skipped, ReadError))]
    assert [a.title for a in articles] == [GERMAN[0]["title"], GERMAN[1]["title"], ENGLISH["title"]]
    assert articles[0].url == "https://news.example/radweg"  # the WARC target URI when the page names none
    assert articles[0].published == "2025-03-12" and articles[0].outlet == "Lindenauer Bote"
    assert sorted(i.reason for i in items if isinstance(i, Skipped)) == ["not HTML", "request record",
                                                                          "warcinfo record"]
    assert [i.reason for i in items if isinstance(i, ReadError)] == ["binary payload declared as HTML"]


def test_warc_partition_counts_and_german_statements(crawl, tmp_path):
    out = tmp_path / "out"
    result = process_partition(crawl, str(out))
    assert (result.records, result.articles, result.errors) == (7, 2, 1)
    assert result.skipped == {"warcinfo record": 1, "request record": 1, "language": 1, "not HTML": 1}
    table = pq.read_table(result.output).to_pylist()
    quotes = {row["quote_text"] for row in table}
    assert "Wir bleiben hart" in quotes and "Die Beschäftigten haben lange genug gewartet" in quotes
    berg = next(row for row in table if row["quote_text"] == "Wir bleiben hart")
    assert berg["speaker_names"] == ["Anna Berg"] and berg["title"] == GERMAN[0]["title"]
    assert berg["input"] == crawl and berg["record"] == 3  # warcinfo 1, request 2, first page 3
    errors = pq.read_table(result.output.replace("part-", "errors-")).to_pylist()
    assert errors == [{"input": crawl, "record": 7, "reason": "binary payload declared as HTML"}]


def test_a_cut_off_archive_keeps_the_records_before_the_break(tmp_path):
    path = tmp_path / "cut.warc.gz"
    write_warc(path, broken=False)
    with open(path, "ab") as f:
        f.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>abgeschnitten")
    result = process_partition(str(path), str(tmp_path / "out"))
    assert result.articles == 2 and result.errors == 1
    reason = pq.read_table(result.output.replace("part-", "errors-")).column("reason").to_pylist()[0]
    assert reason.startswith("broken WARC record")


def test_zitat_extract_reads_warc_through_read_inputs(crawl):
    items = list(read_inputs([crawl]))
    assert len([i for i in items if not isinstance(i, ReadError)]) == 3  # skipped records are left out

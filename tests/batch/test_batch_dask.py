"""run_batch on a Dask LocalCluster: the Parquet dataset holds what extract_article gives, and reruns resume."""
import json

import pytest

pytest.importorskip("dask.distributed")
pq = pytest.importorskip("pyarrow.parquet")

from batch_samples import ENGLISH, GERMAN, write_jsonl  # noqa: E402

from zitat import extract_article  # noqa: E402
from zitat.batch import run_batch  # noqa: E402
from zitat.model import Article  # noqa: E402


def statement_keys(rows):
    return sorted((r["article_id"], r["statement_id"], r["type"], r["quote_text"], r["quote_spans"],
                   r["speaker_text"], r["speaker_names"]) for r in rows)


@pytest.fixture
def archive(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl.gz", GERMAN[:2], gz=True)
    write_jsonl(folder / "b.jsonl.gz", [GERMAN[2], ENGLISH], gz=True)
    (folder / "c.jsonl").write_text(json.dumps(GERMAN[3], ensure_ascii=False) + "\nnicht json\n", encoding="utf-8")
    return folder


def test_local_cluster_output_equals_extract_article(archive, tmp_path):
    out = tmp_path / "statements"
    report = run_batch([str(archive / "*.jsonl*")], str(out), workers=1, processes=False)
    assert not report.failed and len(report.results) == 3
    assert (report.total("articles"), report.total("errors"), report.skipped()) == (4, 1, {"language": 1})
    rows = [
        row for path in sorted(out.glob("part-*.parquet")) for row in pq.read_table(path).to_pylist()]
    expected = []
    for record in GERMAN:
        doc = extract_article(Article.from_dict(record))
        expected += [{"article_id": record["id"], "statement_id": s.id, "type": s.type, "quote_text": s.quote.text,
                      "quote_spans": [list(x) for x in s.quote.spans],
                      "speaker_text": s.speaker.text if s.speaker else None, "speaker_names": doc.speaker_names(s)}
                     for s in doc.statements]
    assert statement_keys(rows) == statement_keys(expected)
    errors = [row for path in out.glob("errors-*.parquet") for row in pq.read_table(path).to_pylist()]
    assert [(e["input"], e["record"]) for e in errors] == [(str(archive / "c.jsonl"), 2)]

    again = run_batch([str(archive)], str(out), workers=1, processes=False)
    assert [r.status for r in again.results] == ["existing"] * 3
    assert again.total("statements") == report.total("statements")


def test_cli_batch(archive, tmp_path, capsys):
    from zitat.cli import main

    out = tmp_path / "statements"
    assert main(["batch", str(archive / "a.jsonl.gz"), "--out", str(out), "--workers", "1", "--threads"]) == 0
    assert "2 articles" in capsys.readouterr().err
    assert len(list(out.glob("part-*.parquet"))) == 1

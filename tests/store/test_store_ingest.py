"""Ingest through the CLI and the Python API: idempotent, resumable, bad inputs reported, documents
from `zitat extract --format jsonl` stored without extracting again."""
from __future__ import annotations

import json

from store_samples import WEBERS, WIRE, write_articles
from zitat.cli import main
from zitat.model import Article
from zitat.pipeline import extract_article
from zitat.reading import read_inputs
from zitat.store import Store


def test_cli_ingest_stores_articles_and_statements(store_url, corpus, capsys):
    assert main(["ingest", *corpus, "--db", store_url]) == 0
    assert capsys.readouterr().err == ""  # quiet when not on a terminal
    with Store(store_url) as store:
        assert store.count("articles") == 5
        assert store.count("statements") >= 5


def test_ingesting_the_same_articles_twice_changes_nothing(store_url, corpus):
    assert main(["ingest", *corpus, "--db", store_url]) == 0
    with Store(store_url) as store:
        before = {t: store.count(t) for t in ("articles", "statements", "entities", "clusters", "mentions")}
    assert main(["ingest", *corpus, "--db", store_url]) == 0
    with Store(store_url) as store:
        assert {t: store.count(t) for t in before} == before
        report = store.ingest_paths(corpus)
    assert (report.added, report.skipped, report.failed) == (0, 5, 0)


def test_an_edited_text_with_the_same_id_is_a_new_article(store_url):
    with Store(store_url) as store:
        store.ingest([Article(text=WIRE[0]["text"], id="a1")])
        report = store.ingest([Article(text=WIRE[0]["text"] + " Der Kreml schwieg danach.", id="a1")])
        assert report.added == 1 and store.count("articles") == 2


def test_bad_inputs_are_reported_and_the_rest_is_stored(store_url, tmp_path, capsys):
    good = write_articles(tmp_path / "in", WEBERS)
    broken = tmp_path / "in" / "kaputt.json"
    broken.write_text('{"text": "Ein Satz', encoding="utf-8")
    empty = tmp_path / "in" / "leer.txt"
    empty.write_bytes(b"")
    assert main(["ingest", good[0], str(broken), str(empty), good[1], "--db", store_url]) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"zitat: error: {broken}: invalid JSON: Unterminated string starting at (line 1 column 10)" in err
    assert f"zitat: error: {empty}: empty file" in err
    assert err[-1] == "zitat: 2 articles stored, 0 already stored, 2 failed"
    with Store(store_url) as store:
        assert store.count("articles") == 2


def test_zitat_jsonl_output_is_stored_without_extracting_again(store_url, tmp_path):
    doc = extract_article(Article.from_dict({**WIRE[0], "language": "de"}))
    doc.statements = doc.statements[:1]  # a hand-edited document: the store must keep it as it is
    line = json.dumps(doc.to_dict(), ensure_ascii=False)
    path = tmp_path / "docs.jsonl"
    path.write_text(line + "\n{\"article\": {\"text\": \"x\"}, \"statements\": 5}\n", encoding="utf-8")
    assert main(["ingest", str(path), "--db", store_url]) == 1
    with Store(store_url) as store:
        assert store.count("statements") == 1
        key = store.db.query("SELECT article_key FROM articles")[0]["article_key"]
        assert store.document(key).to_dict() == doc.to_dict()


def test_text_with_tabs_backslashes_and_line_breaks_is_stored_as_it_is(store_url):
    # rows go to PostgreSQL with COPY, whose text format gives tab, newline and backslash a meaning
    text = ("Berlin\t(dpa) \\ Der Senat tagte.\r\n„Wir bleiben\that \\ und klar“, sagte Bürgermeisterin "
            "Anna Berg am Montag.\n\nEnde.")
    doc = extract_article(Article(text=text, id="tab\t1", title="Titel mit \\N und \t"))
    assert doc.statements
    with Store(store_url) as store:
        assert store.ingest([doc]).added == 1
        key = store.db.query("SELECT article_key FROM articles")[0]["article_key"]
        assert store.document(key).to_dict() == doc.to_dict()


def test_python_api_ingests_articles_from_the_reader(store_url, tmp_path):
    paths = write_articles(tmp_path / "in", WIRE)
    with Store(store_url) as store:
        report = store.ingest(read_inputs(paths))
    assert (report.added, report.failed) == (3, 0)
    assert report.statements >= 3


def test_an_interrupted_ingest_keeps_committed_batches_and_resumes(store_url, tmp_path):
    articles = [Article(text=r["text"], id=r["id"], outlet=r["outlet"], published=r["published"]) for r in WIRE + WEBERS]

    def killed_after_three():
        yield from articles[:3]
        raise KeyboardInterrupt  # what Ctrl-C does between two articles

    with Store(store_url) as store:
        try:
            store.ingest(killed_after_three(), batch_size=2)
        except KeyboardInterrupt:
            pass
        assert store.count("articles") == 2  # the first batch; the half-read second one is not there
        report = store.ingest(articles, batch_size=2)
        assert (report.added, report.skipped) == (3, 2)
        assert store.count("articles") == 5


def test_an_article_that_cannot_be_stored_is_rolled_back_whole(store_url, tmp_path):
    good = extract_article(Article(text=WEBERS[1]["text"], id="gut"))
    bad = extract_article(Article(text=WIRE[0]["text"], id="doppelt"))
    bad.statements = [bad.statements[0], bad.statements[0]]  # the same statement id twice
    errors = []
    with Store(store_url) as store:
        report = store.ingest([bad, good], on_error=errors.append)
        assert (report.added, report.failed) == (1, 1)
        assert errors[0].startswith("doppelt: not stored (")
        assert store.db.query("SELECT id FROM articles") == [{"id": "gut"}]
        assert store.count("statements") == len(good.statements)


def test_a_bad_article_inside_a_batch_costs_only_itself(store_url, tmp_path):
    # The bad copy comes first and names Peskow: the speaker, cluster and LSH buckets it would have
    # created are rolled back with it, and the rest of the batch is stored as if it had never been there.
    bad = extract_article(Article.from_dict(WIRE[0]))
    bad.statements = [bad.statements[0], bad.statements[0]]
    good = [extract_article(Article.from_dict(r)) for r in WIRE[1:] + WEBERS[:1]]
    with Store(str(tmp_path / "without.db")) as store:
        store.ingest(good, batch_size=1)
        expected = stored_state(store)
    errors = []
    with Store(store_url) as store:
        report = store.ingest([bad, *good], on_error=errors.append)
        assert (report.added, report.failed) == (3, 1) and errors[0].startswith("kurier-1: not stored (")
        assert stored_state(store) == expected
        hits = store.search("Erweiterung Osten")
        assert len(hits) == 2 and len({h["cluster"] for h in hits}) == 1


def stored_state(store) -> dict:
    """What ingest decided, by article id: each statement's cluster (as its first sighting), its
    LSH buckets and speakers."""
    q = store.db.query
    article = {r["article_key"]: r["id"] for r in q("SELECT article_key, id FROM articles")}
    by_id = lambda key: f"{article[key.split(':')[0]]}:{key.split(':')[1]}"
    return {
        "clusters": sorted((by_id(r["statement_key"]), by_id(r["cluster_id"]))
                           for r in q("SELECT statement_key, cluster_id FROM statements")),
        "buckets": sorted((by_id(r["statement_key"]), r["bucket"]) for r in q("SELECT bucket, statement_key FROM lsh_buckets")),
        "speakers": sorted((by_id(r["statement_key"]), r["name"]) for r in q(
            "SELECT ss.statement_key, e.name FROM statement_speakers ss JOIN entities e USING (entity_id)")),
        "entities": sorted(r["name"] for r in q("SELECT name FROM entities")),
    }


def test_parallel_extraction_stores_the_same_as_one_process(store_url, tmp_path, corpus):
    # two worker processes extract while the store writes; small batches so batches overlap
    one = str(tmp_path / "one.db")
    assert main(["ingest", *corpus, *corpus, "--db", one, "--batch-size", "2"]) == 0
    assert main(["ingest", *corpus, *corpus, "--db", store_url, "--batch-size", "2", "--workers", "2"]) == 0
    with Store(one) as a, Store(store_url) as b:
        rows = lambda s: sorted((r["statement_key"], r["quote_text"], r["speaker_name"]) for r in
                                s.db.query("SELECT statement_key, quote_text, speaker_name FROM statements"))
        assert rows(a) == rows(b)
        assert b.count("articles") == 5

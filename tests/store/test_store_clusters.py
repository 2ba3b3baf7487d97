"""Repeated statements: wire copies in different outlets form one cluster, first seen by publication date."""
from __future__ import annotations

from store_samples import PESKOW_QUOTE, WIRE
from zitat.cli import main
from zitat.model import Article
from zitat.pipeline import extract_article
from zitat.store import Store
from zitat.store.clusters import band_buckets, minhash, shingles, similar


def test_shortened_and_edited_copies_are_similar_and_unrelated_quotes_are_not():
    full = shingles(PESKOW_QUOTE + " und wird nicht ohne Antwort bleiben")
    assert similar(shingles(PESKOW_QUOTE), full) == 1.0  # shortened copy
    assert similar(shingles(PESKOW_QUOTE.replace("bedroht", "gefährdet")), shingles(PESKOW_QUOTE)) >= 0.6
    assert similar(shingles("Der Hafen bleibt offen für alle Reedereien"), full) == 0.0
    assert similar(shingles("die Vorwürfe"), shingles("die Vorwürfe")) == 0.0  # too short to tell


def test_near_duplicates_share_an_lsh_bucket():
    a = set(band_buckets(minhash(shingles(PESKOW_QUOTE + " und wird nicht ohne Antwort bleiben"))))
    b = set(band_buckets(minhash(shingles(PESKOW_QUOTE + " und wird nicht ohne Antwort bleiben."))))
    c = set(band_buckets(minhash(shingles("Wir brauchen mehr Lehrerinnen und Lehrer an den Schulen"))))
    assert a == b and not a & c


def test_wire_copies_form_one_cluster_first_seen_by_published_date(store_url, corpus, capsys):
    assert main(["ingest", *corpus, "--db", store_url]) == 0
    with Store(store_url) as store:
        hits = store.search("Erweiterung Osten")
        assert len(hits) == 3 and len({h["cluster"] for h in hits}) == 1 and hits[0]["sightings"] == 3
        shown = store.show(hits[0]["id"])
    assert [s["article_id"] for s in shown.sightings] == ["kurier-1", "boten-7", "west-3"]
    assert [s["outlet"] for s in shown.sightings][0] == "Nordkurier Beispiel"


def test_different_statements_get_different_clusters(store_url, corpus):
    assert main(["ingest", *corpus, "--db", store_url]) == 0
    with Store(store_url) as store:
        webers = store.search(speaker="Weber")
        assert len({r["cluster"] for r in webers}) == len(webers) == 2
        assert all(r["sightings"] == 1 for r in webers)


def test_wire_copies_in_one_batch_cluster_as_if_stored_one_by_one(store_url, tmp_path):
    # the whole wire story in one batch: each copy must find the copies placed before it in the same
    # batch (not yet stored when the batch's candidates were read)
    docs = [extract_article(Article.from_dict(r)) for r in WIRE]
    one_by_one = str(tmp_path / "one.db")
    with Store(one_by_one) as store:
        store.ingest(docs, batch_size=1)
        expected = clusters_by_article(store)
    with Store(store_url) as store:
        store.ingest(docs, batch_size=100)
        assert clusters_by_article(store) == expected
        hits = store.search("Erweiterung Osten")
        assert len(hits) == 3 and len({h["cluster"] for h in hits}) == 1


def clusters_by_article(store) -> list[tuple]:
    rows = store.db.query("SELECT a.id, s.local_id, c.id AS first_id FROM statements s "
                          "JOIN articles a ON a.article_key = s.article_key "
                          "JOIN statements f ON f.statement_key = s.cluster_id "
                          "JOIN articles c ON c.article_key = f.article_key")
    return sorted((r["id"], r["local_id"], r["first_id"]) for r in rows)

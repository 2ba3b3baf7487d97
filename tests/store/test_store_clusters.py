"""Repeated statements: wire copies in different outlets form one cluster, first seen by publication date."""
from __future__ import annotations

from store_samples import PESKOW_QUOTE
from zitat.cli import main
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

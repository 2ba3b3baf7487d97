"""Speakers across articles: transliteration variants and roles merge, different first names don't."""
from __future__ import annotations

from zitat.cli import main
from zitat.store import Store
from zitat.store.entities import fold, parse_person


def test_transliteration_variants_fold_to_one_key():
    assert fold("Dmitrij") == fold("Dmitri") == fold("Dmitry") == fold("Dmitrii")
    assert fold("Peskow") == fold("Peskov") == fold("Peskoff")
    assert fold("Selenskyj") == fold("Zelensky")
    assert fold("Anna") != fold("Thomas")


def test_roles_and_titles_are_not_first_names():
    assert parse_person("Kremlsprecher Peskow").first_key is None
    assert parse_person("Dr. Anna Weber") == parse_person("Anna Weber")
    assert parse_person("Dmitrij Peskow").first_key == fold("Dmitri")


def test_peskow_in_three_spellings_is_one_speaker(store_url, corpus):
    assert main(["ingest", *corpus, "--db", store_url]) == 0
    with Store(store_url) as store:
        peskows = store.db.query("SELECT name, roles FROM entities WHERE surname_key = ?", [fold("Peskow")])
        assert len(peskows) == 1
        assert peskows[0]["name"] in ("Dmitri Peskow", "Dmitrij Peskow")  # the full name wins over "Peskow"
        assert len(store.search(speaker="Peskov")) == 3


def test_two_webers_with_different_first_names_stay_apart(store_url, corpus):
    assert main(["ingest", *corpus, "--db", store_url]) == 0
    with Store(store_url) as store:
        webers = store.db.query("SELECT name FROM entities WHERE surname_key = ? ORDER BY name", [fold("Weber")])
        assert [w["name"] for w in webers] == ["Anna Weber", "Thomas Weber"]
        anna = store.search(speaker="Anna Weber")
        assert [r["quote"] for r in anna] == ["Wir brauchen mehr Lehrerinnen und Lehrer an den Schulen"]


def test_pinned_aliases_set_canonical_name_and_wikidata(store_url, corpus, tmp_path):
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("name\tcanonical\twikidata\n# Kremlsprecher\nPeskow\tDmitri Peskow\tQ4147604\n"
                       "Dmitrij Peskow\tDmitri Peskow\tQ4147604\n", encoding="utf-8")
    assert main(["ingest", *corpus, "--db", store_url, "--aliases", str(aliases)]) == 0
    with Store(store_url) as store:
        rows = [r for r in store.speakers(top=10) if r["wikidata"] == "Q4147604"]
        assert [(r["speaker"], r["statements"]) for r in rows] == [("Dmitri Peskow", 3)]

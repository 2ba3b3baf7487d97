"""German example articles for the store tests, written for them (no real outlets)."""
from __future__ import annotations

import json

# A dpa wire story as three outlets printed it: edited, shortened, Peskow spelled two ways.
# Published on different days, ingested newest first, so "first seen" cannot come from ingest order.
WIRE = [
    {"id": "kurier-1", "outlet": "Nordkurier Beispiel", "published": "2025-09-05", "title": "Kreml warnt NATO",
     "text": "Moskau (dpa) - Der Kreml hat die Pläne der NATO scharf kritisiert. „Die Erweiterung der NATO nach "
             "Osten bedroht die Sicherheit Russlands und wird nicht ohne Antwort bleiben“, sagte Kremlsprecher "
             "Dmitri Peskow am Freitag in Moskau. Die Allianz wies die Vorwürfe zurück."},
    {"id": "boten-7", "outlet": "Südboten Beispiel", "published": "2025-09-06", "title": "Moskau droht",
     "text": "Moskau (dpa) - Der Kreml kritisiert die NATO. „Die Erweiterung der NATO nach Osten bedroht die "
             "Sicherheit Russlands“, sagte Kremlsprecher Dmitrij Peskow am Freitag."},
    {"id": "west-3", "outlet": "Westblick Beispiel", "published": "2025-09-07", "title": "Scharfe Worte",
     "text": "Moskau - Scharfe Worte aus dem Kreml: „Die Erweiterung der NATO nach Osten bedroht die Sicherheit "
             "Russlands und wird nicht ohne Antwort bleiben“, sagte Peskow am Freitag. Die Allianz wies die "
             "Vorwürfe zurück."},
]
# Two people named Weber, different first names: they must stay apart.
WEBERS = [
    {"id": "schule-1", "outlet": "Nordkurier Beispiel", "published": "2025-09-01", "title": "Mehr Geld für Schulen",
     "text": "Berlin - Die Berliner Bildungssenatorin Anna Weber besuchte am Montag eine Grundschule. „Wir brauchen "
             "mehr Lehrerinnen und Lehrer an den Schulen“, sagte Weber am Montag."},
    {"id": "hafen-2", "outlet": "Südboten Beispiel", "published": "2025-09-02", "title": "Hafen bleibt offen",
     "text": "Hamburg - Der Hamburger Hafenchef Thomas Weber sieht keinen Grund zur Sorge. „Der Hafen bleibt offen "
             "für alle Reedereien“, sagte Thomas Weber am Dienstag."},
]
PESKOW_QUOTE = "Die Erweiterung der NATO nach Osten bedroht die Sicherheit Russlands"


def write_articles(folder, records) -> list[str]:
    """Each record as its own .json file, named by id; returns the paths in the given order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for record in records:
        path = folder / f"{record['id']}.json"
        path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    return paths

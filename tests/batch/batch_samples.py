"""Invented German (and one English) news articles, and builders for the archives the batch tests read."""
from __future__ import annotations

import gzip
import io
import json

GERMAN = [
    {"id": "radweg", "title": "Streit um Radwege in Lindenau", "published": "2025-03-12", "outlet": "Lindenauer Bote",
     "url": "https://bote.example/radweg",
     "text": "Im Streit um die neuen Radwege in Lindenau zeichnet sich keine Einigung ab.\n\n"
             "„Wir bleiben hart“, sagte Bürgermeisterin Anna Berg am Mittwoch im Rathaus. "
             "Die Händler in der Altstadt fürchten um ihre Parkplätze. "
             "Der Vorsitzende des Gewerbevereins, Klaus Weber, erklärte, die Pläne seien ein Schlag für den Einzelhandel. "
             "„Ohne Parkplätze kommen keine Kunden mehr“, sagte Weber."},
    {"id": "hafen", "title": "Streik im Hafen geht weiter", "published": "2025-04-02", "outlet": "Nordkurier Beispiel",
     "text": "Der Streik im Hafen geht in die zweite Woche.\n\n"
             "„Die Beschäftigten haben lange genug gewartet“, sagte Gewerkschafterin Maren Kühl. "
             "Laut Hafenbehörde warten inzwischen mehr als 40 Schiffe auf die Abfertigung. "
             "Ein Sprecher des Arbeitgeberverbandes sagte, das Angebot sei bereits das höchste seit Jahren."},
    {"id": "schule", "title": "Neue Schule für Oberdorf", "published": "2025-05-20", "outlet": "Landbote",
     "text": "Oberdorf bekommt eine neue Grundschule.\n\n"
             "„Das ist ein guter Tag für unsere Kinder“, sagte Schulleiterin Petra Lang bei der Grundsteinlegung. "
             "Landrat Jens Albers betonte, der Kreis werde die Kosten zur Hälfte tragen. "
             "„Wir haben lange dafür gekämpft“, sagte Lang."},
    {"id": "klinik", "title": "Klinik schließt Geburtsstation", "published": "2025-06-01", "outlet": "Landbote",
     "text": "Die Kreisklinik schließt zum Jahresende ihre Geburtsstation.\n\n"
             "„Wir finden nicht genug Hebammen“, sagte Klinikchef Thomas Roth. "
             "Die Gesundheitsministerin kündigte an, die Entscheidung prüfen zu lassen. "
             "Eltern haben bereits mehr als 3000 Unterschriften gesammelt."},
]

ENGLISH = {"id": "mayor", "title": "Mayor stands firm on bike lanes", "published": "2025-03-12",
           "text": "The dispute over the new bike lanes in Lindenau shows no sign of ending.\n\n"
                   "\"We will stay firm,\" Mayor Anna Berg said on Wednesday at the town hall. "
                   "Shop owners in the old town fear for their parking spaces, and the head of the trade "
                   "association said the plans were a blow for local business."}


def write_jsonl(path, records, gz: bool = False) -> None:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    with (gzip.open(path, "wb") if gz else open(path, "wb")) as f:
        f.write(data)


def html_page(record: dict) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in record["text"].split("\n\n"))
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{record["title"]}</title>'
            f'<meta property="og:site_name" content="{record.get("outlet", "Beispiel")}">'
            f'<meta name="date" content="{record["published"]}"></head><body>'
            f'<nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>'
            f'<article><h1>{record["title"]}</h1>{paragraphs}</article>'
            f'<footer>Impressum</footer></body></html>').encode("utf-8")


def write_warc(path, *, german=GERMAN[:2], english=(ENGLISH,), broken: bool = True) -> None:
    """Records: warcinfo, a request, German pages, English pages, an image, a binary 'HTML' payload."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=str(path).endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(str(path), {"software": "zitat tests"}))

        def response(uri: str, body: bytes, content_type: str) -> None:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))

        request = StatusAndHeaders("GET /radweg HTTP/1.1", [("Host", "bote.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://bote.example/radweg", "request",
                                                      payload=io.BytesIO(b""), http_headers=request))
        for record in [*german, *english]:
            response(f"https://news.example/{record['id']}", html_page(record), "text/html; charset=utf-8")
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
        if broken:
            response("https://news.example/kaputt", b"\x00\x01\x02garbage\x00" * 50, "text/html")

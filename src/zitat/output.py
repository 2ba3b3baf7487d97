"""Output formats for extracted documents: a readable table, JSON Lines (data contract v1), CSV."""
from __future__ import annotations

import csv
import json
from typing import TextIO

from zitat.model import Document

FORMATS = ("table", "jsonl", "csv")
CSV_COLUMNS = ["article_id", "statement_id", "type", "medium", "speaker", "speaker_mention", "cue", "quote",
               "addressee", "via", "date", "place", "confidence", "quote_start", "quote_end"]


def write_jsonl(doc: Document, out: TextIO) -> None:
    out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")


def csv_rows(doc: Document):
    for s in doc.statements:
        text = lambda x: x.text if x is not None else ""
        yield {"article_id": doc.article.id or "", "statement_id": s.id, "type": s.type, "medium": s.medium,
               "speaker": "; ".join(doc.speaker_names(s)), "speaker_mention": text(s.speaker),
               "cue": text(s.cue), "quote": s.quote.text, "addressee": text(s.addressee), "via": text(s.via),
               "date": s.said_at.date or "", "place": s.said_at.place or "", "confidence": s.confidence,
               "quote_start": s.quote.spans[0][0], "quote_end": s.quote.spans[-1][1]}


class CsvWriter:
    def __init__(self, out: TextIO):
        self.writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        self.writer.writeheader()

    def __call__(self, doc: Document, out: TextIO) -> None:
        self.writer.writerows(csv_rows(doc))


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def write_table(doc: Document, out: TextIO) -> None:
    a = doc.article
    head = " | ".join(x for x in (a.id, a.title, a.outlet, a.published) if x)
    out.write(f"== {head or 'article'}: {len(doc.statements)} statements\n")
    rows = [(s.type, _clip("; ".join(doc.speaker_names(s)) or "?", 28), _clip(s.cue.text if s.cue else "", 18),
             _clip(s.quote.text, 90)) for s in doc.statements]
    widths = [max([len(r[i]) for r in rows] + [len(h)]) for i, h in enumerate(("type", "speaker", "cue", "quote"))]
    for row in [("type", "speaker", "cue", "quote"), *rows]:
        out.write("  " + " | ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() + "\n")
    out.write("\n")


def writer_for(fmt: str, out: TextIO):
    if fmt == "jsonl":
        return write_jsonl
    if fmt == "csv":
        return CsvWriter(out)
    return write_table

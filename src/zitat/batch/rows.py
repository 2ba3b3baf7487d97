"""Data contract v1 flattened for Parquet: one row per statement, with its article's metadata beside it.

Flat columns make the output queryable as it is (DuckDB, Spark, pandas) without unnesting JSON.
"""
from __future__ import annotations

from zitat.model import Document

# (column, Arrow type name); the order is the column order in the files.
STATEMENT_COLUMNS = (
    ("article_id", "string"), ("title", "string"), ("published", "string"), ("outlet", "string"), ("url", "string"),
    ("statement_id", "string"), ("type", "string"), ("medium", "string"),
    ("quote_text", "string"), ("quote_spans", "spans"),
    ("cue_text", "string"), ("cue_lemma", "string"),
    ("speaker_text", "string"), ("speaker_names", "strings"), ("speaker_entity_ids", "strings"),
    ("addressee_text", "string"), ("via_text", "string"),
    ("said_date", "string"), ("said_place", "string"), ("confidence", "float64"),
    ("input", "string"), ("record", "int64"),
)
ERROR_COLUMNS = (("input", "string"), ("record", "int64"), ("reason", "string"))


def statement_rows(doc: Document, input_path: str, record: int) -> list[dict]:
    """One dict per statement, keyed by STATEMENT_COLUMNS."""
    article = doc.article
    text = lambda span: None if span is None else span.text
    rows = []
    for s in doc.statements:
        rows.append({
            "article_id": article.id, "title": article.title, "published": article.published,
            "outlet": article.outlet, "url": article.url,
            "statement_id": s.id, "type": s.type, "medium": s.medium,
            "quote_text": s.quote.text, "quote_spans": [[start, end] for start, end in s.quote.spans],
            "cue_text": text(s.cue), "cue_lemma": None if s.cue is None else s.cue.lemma,
            "speaker_text": text(s.speaker), "speaker_names": doc.speaker_names(s),
            "speaker_entity_ids": [] if s.speaker is None else list(s.speaker.entities),
            "addressee_text": text(s.addressee), "via_text": text(s.via),
            "said_date": s.said_at.date, "said_place": s.said_at.place,
            "confidence": round(s.confidence, 3),  # as to_dict rounds it, so both outputs agree
            "input": input_path, "record": record,
        })
    return rows


def arrow_schema(columns=STATEMENT_COLUMNS):
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
             "strings": pa.list_(pa.string()), "spans": pa.list_(pa.list_(pa.int64()))}
    return pa.schema([(name, types[kind]) for name, kind in columns])

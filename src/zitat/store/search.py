"""Finding statements: full-text search on quotes combined with speaker, outlet, type and date filters,
who is quoted how often, and one statement with its context and all its sightings.

The SQL is shared by both backends; only the full-text condition comes from the backend.
"""
from __future__ import annotations

from dataclasses import dataclass

from zitat.store.backends import Database
from zitat.store.documents import STATEMENT_COLUMNS, statement_from_row
from zitat.store.entities import name_key

CONTEXT_CHARS = 300


@dataclass
class SearchFilters:
    query: str | None = None     # words that must all occur in the quote
    speaker: str | None = None   # part of a speaker's name, transliteration-tolerant ("Peskov" finds Peskow)
    outlet: str | None = None    # part of the outlet name, case-insensitive
    type: str | None = None      # a statement type of the data contract
    since: str | None = None     # ISO date, inclusive; the statement's date, else the article's
    until: str | None = None
    limit: int | None = None


_STATEMENT_DAY = "s.day"  # stored at ingest: the statement's date, else the article's, else ''
ORDER_NEWEST = " ORDER BY s.day DESC, s.statement_key DESC"  # the order of the statements_day index
_SELECT = (f"SELECT {', '.join('s.' + c for c in STATEMENT_COLUMNS)}, a.id AS article_id, "
           "a.title, a.outlet, a.published, a.url, "
           "(SELECT COUNT(*) FROM statements c WHERE c.cluster_id = s.cluster_id) AS sightings "
           "FROM statements s JOIN articles a ON a.article_key = s.article_key")


def where_clause(db: Database, f: SearchFilters) -> tuple[str, list]:
    conditions, params = [], []
    if f.query:
        sql, extra = db.text_match(f.query)
        conditions.append(sql)
        params += extra
    if f.speaker:
        conditions.append("s.statement_key IN (SELECT ss.statement_key FROM statement_speakers ss "
                          "JOIN entities e ON e.entity_id = ss.entity_id WHERE e.name_key LIKE ?)")
        params.append(f"%{name_key(f.speaker)}%")
    if f.outlet:
        conditions.append("s.article_key IN (SELECT article_key FROM articles WHERE lower(outlet) LIKE ?)")
        params.append(f"%{f.outlet.lower()}%")
    if f.type:
        conditions.append("s.type = ?")
        params.append(f.type)
    if f.since:
        conditions.append(f"{_STATEMENT_DAY} >= ?")
        params.append(f.since[:10])
    if f.until:
        conditions.append(f"{_STATEMENT_DAY} <= ? AND {_STATEMENT_DAY} <> ''")
        params.append(f.until[:10])
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


def search(db: Database, f: SearchFilters) -> list[dict]:
    """Matching statements, newest first, as flat rows (see `as_row`)."""
    where, params = where_clause(db, f)
    limit = f" LIMIT {int(f.limit)}" if f.limit else ""
    rows = db.query(f"{_SELECT}{where}{ORDER_NEWEST}{limit}", params)
    names = speaker_names(db, [r["statement_key"] for r in rows])
    return [as_row(r, names.get(r["statement_key"])) for r in rows]


def speaker_names(db: Database, keys: list[str]) -> dict[str, str]:
    """Store-wide speaker names per statement ("Dmitri Peskow" where the article only said "Peskow")."""
    found: dict[str, list[str]] = {}
    for start in range(0, len(keys), 500):  # stay below the bound-parameter limits
        chunk = keys[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for r in db.query("SELECT ss.statement_key, e.name FROM statement_speakers ss JOIN entities e "
                          f"ON e.entity_id = ss.entity_id WHERE ss.statement_key IN ({marks}) ORDER BY e.name", chunk):
            found.setdefault(r["statement_key"], []).append(r["name"])
    return {k: "; ".join(v) for k, v in found.items()}


def as_row(r: dict, speaker: str | None) -> dict:
    statement = statement_from_row(r)
    return {"id": r["statement_key"], "date": r["day"], "outlet": r["outlet"], "speaker": speaker or r["speaker_name"],
            "type": r["type"], "quote": r["quote_text"], "cue": statement.cue.text if statement.cue else None,
            "confidence": r["confidence"], "article_id": r["article_id"], "title": r["title"],
            "published": r["published"], "url": r["url"], "cluster": r["cluster_id"], "sightings": r["sightings"],
            "statement": statement.to_dict()}


def top_speakers(db: Database, top: int = 20, outlet: str | None = None) -> list[dict]:
    where, params = ("WHERE lower(a.outlet) LIKE ?", [f"%{outlet.lower()}%"]) if outlet else ("", [])
    return db.query(
        "SELECT e.name AS speaker, e.kind, e.wikidata, COUNT(DISTINCT s.statement_key) AS statements, "
        "COUNT(DISTINCT s.article_key) AS articles, COUNT(DISTINCT s.cluster_id) AS distinct_statements "
        "FROM statement_speakers ss JOIN entities e ON e.entity_id = ss.entity_id "
        "JOIN statements s ON s.statement_key = ss.statement_key JOIN articles a ON a.article_key = s.article_key "
        f"{where} GROUP BY e.entity_id, e.name, e.kind, e.wikidata "
        f"ORDER BY statements DESC, e.name LIMIT {int(top)}", params)


@dataclass
class Shown:
    statement: dict       # the flat row, as search returns it
    context: str          # the article text around the quote, the quote marked with [[ ]]
    sightings: list[dict]  # every statement of the cluster, first seen (by publication date) first


def show(db: Database, statement_key: str) -> Shown | None:
    rows = db.query(f"{_SELECT} WHERE s.statement_key = ?", [statement_key])
    if not rows:
        return None
    row = as_row(rows[0], speaker_names(db, [statement_key]).get(statement_key))
    text = db.query("SELECT text FROM articles WHERE article_key = ?", [rows[0]["article_key"]])[0]["text"]
    sightings = db.query(f"{_SELECT} WHERE s.cluster_id = ? ORDER BY COALESCE(a.published, '9999'), s.statement_key",
                         [rows[0]["cluster_id"]])
    names = speaker_names(db, [r["statement_key"] for r in sightings])
    return Shown(row, context(text, row["statement"]["quote"]["spans"]),
                 [as_row(r, names.get(r["statement_key"])) for r in sightings])


def context(text: str, spans: list[list[int]]) -> str:
    """Up to CONTEXT_CHARS either side of the quote, cut at word boundaries."""
    start, end = spans[0][0], spans[-1][1]
    left, right = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    if left > 0:
        left = text.find(" ", left, start) + 1 or left
    if right < len(text):
        right = text.rfind(" ", end, right) if text.rfind(" ", end, right) > 0 else right
    before, after = ("… " if left > 0 else ""), (" …" if right < len(text) else "")
    return before + (text[left:start] + "[[" + text[start:end] + "]]" + text[end:right]).strip() + after

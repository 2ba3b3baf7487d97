"""One Document <-> rows: the article, its statements (all contract fields, spans as JSON), its
entities linked to store-wide speakers, and each statement's cluster. The store never analyses text."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

from zitat.model import Article, Cue, Document, Entity, SaidAt, Span, Speaker, Statement
from zitat.store.backends import Database
from zitat.store.clusters import place_statements, remember
from zitat.store.entities import Aliases, resolve_entity

ARTICLE_COLUMNS = ("article_key", "id", "title", "published", "outlet", "url", "language", "text", "ingested_at")
STATEMENT_COLUMNS = ("statement_key", "article_key", "local_id", "position", "type", "medium", "quote_text",
                     "quote_spans", "cue", "frame", "speaker", "addressee", "via", "said_date", "said_place",
                     "date_source", "confidence", "speaker_name", "cluster_id", "day")


def article_key(article: Article) -> str:
    """Content hash of id and text: the same article again is recognised, an edited text is new."""
    digest = hashlib.sha256(f"{article.id or ''}\0{article.text}".encode()).hexdigest()
    return digest[:16]


def statement_key(key: str, statement: Statement) -> str:
    return f"{key}:{statement.id}"


def _json(value) -> str | None:
    return None if value is None else json.dumps(value.to_dict(), ensure_ascii=False)


def save_document(db: Database, doc: Document, aliases: Aliases | None = None) -> str:
    """Insert one document inside the caller's transaction; returns its article key."""
    a, key = doc.article, article_key(doc.article)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    db.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({_marks(ARTICLE_COLUMNS)})",
               (key, a.id, a.title, a.published, a.outlet, a.url, a.language, a.text, now))
    entity_ids = {}
    for entity in doc.entities:
        entity_ids[entity.id] = resolve_entity(db, entity, key, aliases)
        db.execute("INSERT INTO mentions (article_key, local_id, entity_id, name, kind, roles, spans) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (key, entity.id, entity_ids[entity.id], entity.name, entity.kind,
                    json.dumps(entity.roles, ensure_ascii=False), json.dumps(entity.to_dict()["mentions"])))
    keys = [statement_key(key, s) for s in doc.statements]
    placements = dict(zip(keys, place_statements(db, key, [(k, s.quote.text) for k, s in zip(keys, doc.statements)])))
    # one call per table and article: row by row cost a round trip each on PostgreSQL
    db.executemany("INSERT INTO clusters (cluster_id, created_at) VALUES (?, ?)",
                   [(k, now) for k in keys if placements[k].cluster_id == k])
    db.executemany(f"INSERT INTO statements ({', '.join(STATEMENT_COLUMNS)}) VALUES ({_marks(STATEMENT_COLUMNS)})",
                   [statement_row(doc, key, k, position, s, placements[k].cluster_id)
                    for position, (k, s) in enumerate(zip(keys, doc.statements))])
    db.executemany("INSERT INTO statement_speakers (statement_key, entity_id) VALUES (?, ?)",
                   [(k, e) for k, s in zip(keys, doc.statements)
                    for e in sorted({entity_ids[x] for x in (s.speaker.entities if s.speaker else []) if x in entity_ids})])
    db.index_quotes([(k, s.quote.text) for k, s in zip(keys, doc.statements)])
    remember(db, placements)
    return key


def statement_row(doc: Document, key: str, skey: str, position: int, s: Statement, cluster_id: str) -> tuple:
    return (skey, key, s.id, position, s.type, s.medium, s.quote.text, json.dumps(s.quote.to_dict()["spans"]),
            _json(s.cue), _json(s.frame), _json(s.speaker), _json(s.addressee), _json(s.via),
            s.said_at.date, s.said_at.place, s.said_at.date_source, round(s.confidence, 3),
            "; ".join(doc.speaker_names(s)) or None, cluster_id, statement_day(doc, s))


def statement_day(doc: Document, s: Statement) -> str:
    """The statement's date, else its article's publication day, else '' (sorted last)."""
    return s.said_at.date or (doc.article.published or "")[:10]


def load_document(db: Database, key: str) -> Document | None:
    """The stored Document of one article, as extract would have produced it."""
    rows = db.query(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE article_key = ?", (key,))
    if not rows:
        return None
    article = Article.from_dict(rows[0])
    statements = [statement_from_row(r) for r in db.query(
        f"SELECT {', '.join(STATEMENT_COLUMNS)} FROM statements WHERE article_key = ? ORDER BY position", (key,))]
    entities = [Entity(r["local_id"], r["name"], r["kind"], json.loads(r["roles"]), [tuple(x) for x in json.loads(r["spans"])])
                for r in db.query("SELECT local_id, name, kind, roles, spans FROM mentions WHERE article_key = ? "
                                  "ORDER BY local_id", (key,))]
    return Document(article, statements, entities)


def statement_from_row(r: dict) -> Statement:
    load = lambda cls, value: cls.from_dict(json.loads(value)) if value else None
    return Statement(id=r["local_id"], type=r["type"], medium=r["medium"],
                     quote=Span(r["quote_text"], [tuple(x) for x in json.loads(r["quote_spans"])]),
                     cue=load(Cue, r["cue"]), frame=load(Span, r["frame"]), speaker=load(Speaker, r["speaker"]),
                     addressee=load(Span, r["addressee"]), via=load(Span, r["via"]),
                     said_at=SaidAt(r["said_date"], r["said_place"], r["date_source"]),
                     confidence=r["confidence"])


def _marks(columns) -> str:
    return ", ".join("?" for _ in columns)

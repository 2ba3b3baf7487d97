"""One Document <-> rows: the article, its statements (all contract fields, spans as JSON), its
entities linked to store-wide speakers, and each statement's cluster. The store never analyses text."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

from zitat.model import Article, Cue, Document, Entity, SaidAt, Span, Speaker, Statement
from zitat.store.backends import Database
from zitat.store.clusters import ClusterIndex
from zitat.store.entities import Aliases, EntityResolver

ARTICLE_COLUMNS = ("article_key", "id", "title", "published", "outlet", "url", "language", "text", "ingested_at")
STATEMENT_COLUMNS = ("statement_key", "article_key", "local_id", "position", "type", "medium", "quote_text",
                     "quote_spans", "cue", "frame", "speaker", "addressee", "via", "said_date", "said_place",
                     "date_source", "confidence", "speaker_name", "cluster_id", "day")
MENTION_COLUMNS = ("article_key", "local_id", "entity_id", "name", "kind", "roles", "spans")


def article_key(article: Article) -> str:
    """Content hash of id and text: the same article again is recognised, an edited text is new."""
    digest = hashlib.sha256(f"{article.id or ''}\0{article.text}".encode()).hexdigest()
    return digest[:16]


def statement_key(key: str, statement: Statement) -> str:
    return f"{key}:{statement.id}"


# json.dumps(..., ensure_ascii=False) builds a new encoder on every call: one shared encoder gives the
# same text for a fifth of the cost, and ingest encodes five fields per statement
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def _json(value) -> str | None:
    return None if value is None else _to_json(value.to_dict())


class BatchWriter:
    """Documents -> rows, gathered for many articles and written with one statement per table (a
    statement per article and table cost a round trip each on PostgreSQL). Speakers and clusters are
    resolved article after article, each seeing what the earlier articles of the batch added, so the
    result is the same as writing one article at a time. The caller wraps `write` in a savepoint and
    calls `discard` when it rolls back."""

    def __init__(self, db: Database, docs: list[Document], aliases: Aliases | None = None):
        self.db = db
        self.entities = EntityResolver(db, aliases)
        self.entities.preload(e for doc in docs for e in doc.entities)
        self.clusters = ClusterIndex(db, (s.quote.text for doc in docs for s in doc.statements))
        self._clear()

    def add(self, doc: Document) -> None:
        """Resolve one document's speakers and clusters and queue its rows."""
        a, key = doc.article, article_key(doc.article)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.articles.append((key, a.id, a.title, a.published, a.outlet, a.url, a.language, a.text, now))
        entity_ids = {}
        for entity in doc.entities:
            entity_ids[entity.id] = self.entities.resolve(entity, key)
            self.mentions.append((key, entity.id, entity_ids[entity.id], entity.name, entity.kind,
                                  _to_json(entity.roles), json.dumps(entity.to_dict()["mentions"])))
        quotes = [(statement_key(key, s), s.quote.text) for s in doc.statements]
        placements = self.clusters.place(quotes)
        self.clusters.add(quotes, placements)
        for position, (s, (k, _), placement) in enumerate(zip(doc.statements, quotes, placements)):
            if placement.cluster_id == k:
                self.clusters_rows.append((k, now))
            self.statements.append(statement_row(doc, key, k, position, s, placement.cluster_id))
            self.speakers.extend((k, e) for e in sorted({entity_ids[x] for x in (s.speaker.entities if s.speaker else [])
                                                         if x in entity_ids}))
            self.buckets.extend((bucket, k) for bucket in placement.buckets)

    def write(self) -> None:
        """Insert everything queued since the last write, parents before the rows that refer to them."""
        db = self.db
        db.insert_many("articles", ARTICLE_COLUMNS, self.articles)
        self.entities.write()
        db.insert_many("clusters", ("cluster_id", "created_at"), self.clusters_rows)
        db.insert_many("statements", STATEMENT_COLUMNS, self.statements)
        db.insert_many("mentions", MENTION_COLUMNS, self.mentions)
        db.insert_many("statement_speakers", ("statement_key", "entity_id"), self.speakers)
        db.index_quotes([row[0] for row in self.articles])
        db.insert_many("lsh_buckets", ("bucket", "statement_key"), self.buckets)
        self.clusters.keep()
        self._clear()

    def discard(self) -> None:
        """Forget what was queued or resolved since the last successful write (it was rolled back)."""
        self.entities.forget()
        self.clusters.discard_pending()
        self._clear()

    def _clear(self) -> None:
        self.articles, self.mentions, self.clusters_rows, self.statements = [], [], [], []
        self.speakers, self.buckets = [], []


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

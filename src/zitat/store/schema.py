"""The store's tables as versioned migrations: a list of SQL scripts applied in order, each once.

A migration is shared SQL plus, where the dialects differ (full-text search), a per-dialect part.
`schema_version` records what has been applied, so opening a store is cheap and never re-runs a step.
To change the schema, append a Migration; never edit one that has shipped.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from zitat.store.backends import Database


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    shared: list[str]
    per_dialect: dict[str, list[str]] = field(default_factory=dict)


MIGRATIONS = [
    Migration(1, "articles, statements, entities, mentions, clusters, full-text search", shared=[
        # article_key: hash of id + text, so the same article ingested twice is recognised.
        """CREATE TABLE articles (
            article_key TEXT PRIMARY KEY, id TEXT, title TEXT, published TEXT, outlet TEXT, url TEXT,
            language TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL)""",
        "CREATE INDEX articles_outlet ON articles (outlet)",
        # Speakers across articles; name_key is the transliteration-folded full name used for search.
        """CREATE TABLE entities (
            entity_id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, surname_key TEXT NOT NULL,
            first_key TEXT, name_key TEXT NOT NULL, roles TEXT NOT NULL, wikidata TEXT)""",
        "CREATE INDEX entities_surname ON entities (surname_key)",
        "CREATE TABLE clusters (cluster_id TEXT PRIMARY KEY, created_at TEXT NOT NULL)",
        """CREATE TABLE statements (
            statement_key TEXT PRIMARY KEY, article_key TEXT NOT NULL REFERENCES articles, local_id TEXT NOT NULL,
            position INTEGER NOT NULL, type TEXT NOT NULL, medium TEXT NOT NULL, quote_text TEXT NOT NULL,
            quote_spans TEXT NOT NULL, cue TEXT, frame TEXT, speaker TEXT, addressee TEXT, via TEXT,
            said_date TEXT, said_place TEXT, date_source TEXT, confidence DOUBLE PRECISION NOT NULL,
            speaker_name TEXT, cluster_id TEXT NOT NULL REFERENCES clusters)""",
        "CREATE INDEX statements_article ON statements (article_key)",
        "CREATE INDEX statements_cluster ON statements (cluster_id)",
        "CREATE INDEX statements_date ON statements (said_date)",
        # An article's own entity (e1, e2 ...) with its spans, linked to the store-wide entity.
        """CREATE TABLE mentions (
            article_key TEXT NOT NULL REFERENCES articles, local_id TEXT NOT NULL,
            entity_id TEXT NOT NULL REFERENCES entities, name TEXT NOT NULL, kind TEXT NOT NULL,
            roles TEXT NOT NULL, spans TEXT NOT NULL, PRIMARY KEY (article_key, local_id))""",
        "CREATE INDEX mentions_entity ON mentions (entity_id)",
        """CREATE TABLE statement_speakers (
            statement_key TEXT NOT NULL REFERENCES statements, entity_id TEXT NOT NULL REFERENCES entities,
            PRIMARY KEY (statement_key, entity_id))""",
        "CREATE INDEX statement_speakers_entity ON statement_speakers (entity_id)",
        # MinHash-LSH band buckets: near-duplicate candidates come from an index lookup, never all pairs.
        "CREATE TABLE lsh_buckets (bucket BIGINT NOT NULL, statement_key TEXT NOT NULL REFERENCES statements)",
        "CREATE INDEX lsh_buckets_bucket ON lsh_buckets (bucket)",
    ], per_dialect={
        "sqlite": ["CREATE VIRTUAL TABLE statements_fts USING fts5("
                   "statement_key UNINDEXED, quote, tokenize = 'unicode61 remove_diacritics 2')"],
        "postgresql": [
            "ALTER TABLE statements ADD COLUMN quote_tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('german', quote_text)) STORED",
            "CREATE INDEX statements_quote_tsv ON statements USING GIN (quote_tsv)"],
    }),
    # Sorting every match of a common word by COALESCE(said_date, published) over a join was the
    # slowest part of search; a stored, indexed day ('' when unknown) lets the newest page come first.
    Migration(2, "statements.day: the statement's date (else its article's) for sorting and filtering", shared=[
        "ALTER TABLE statements ADD COLUMN day TEXT NOT NULL DEFAULT ''",
        "UPDATE statements SET day = COALESCE(said_date, (SELECT substr(a.published, 1, 10) FROM articles a "
        "WHERE a.article_key = statements.article_key), '')",
        "CREATE INDEX statements_day ON statements (day, statement_key)",
    ]),
    # SQLite: a contentless FTS5 table keyed by the statements' rowid. Matching by rowid instead of a
    # text key made a search for a word in 15 % of all quotes 2.5x faster (42 -> 16 ms on 5,000 articles).
    Migration(3, "SQLite full-text index keyed by statement rowid", shared=[], per_dialect={
        "sqlite": [
            "CREATE VIRTUAL TABLE statements_search USING fts5("
            "quote, content = '', tokenize = 'unicode61 remove_diacritics 2')",
            "INSERT INTO statements_search (rowid, quote) SELECT rowid, quote_text FROM statements",
            "DROP TABLE statements_fts",
        ]}),
]


def migrate(db: Database, migrations: list[Migration] = MIGRATIONS) -> list[int]:
    """Apply the migrations not yet recorded, each in its own transaction; returns the versions applied."""
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL)")
    applied = {row["version"] for row in db.query("SELECT version FROM schema_version")}
    done = []
    for migration in sorted(migrations, key=lambda m: m.version):
        if migration.version in applied:
            continue
        with db.transaction():
            for sql in migration.shared + migration.per_dialect.get(db.dialect, []):
                db.execute(sql)
            db.execute("INSERT INTO schema_version (version, description) VALUES (?, ?)",
                       (migration.version, migration.description))
        done.append(migration.version)
    return done

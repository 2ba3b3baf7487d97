"""One connection interface over SQLite and PostgreSQL: the rest of the store writes `?` SQL once.

Only what the dialects really disagree on lives here: placeholders, transactions, how a quote is
indexed for full-text search and how a search string is matched. Everything else is shared SQL.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

DEFAULT_DB = "zitat.db"
_WORD = re.compile(r"\w+")


class StoreError(Exception):
    """A problem with the database itself (cannot open, missing driver): reported as one line."""


class Database:
    """A connection plus the few dialect-specific pieces of SQL. Subclasses: SQLite, PostgreSQL."""
    dialect: str
    errors: tuple[type[Exception], ...]  # the driver's database errors
    max_list = 500  # values per any_of: SQLite builds may allow as few as 999 parameters

    def execute(self, sql: str, params: Sequence = ()):  # -> cursor
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        raise NotImplementedError

    def insert_many(self, table: str, columns: Sequence[str], rows: list[Sequence]) -> None:
        """Insert rows in as few round trips as the driver allows."""
        self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})", rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError

    def close(self) -> None:
        self.conn.close()

    def query(self, sql: str, params: Sequence = ()) -> list[dict]:
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        """Plain tuples, for queries that return many rows (no dict per row)."""
        return self.execute(sql, params).fetchall()

    def index_quotes(self, article_keys: list[str]) -> None:
        """Make the quotes of articles just stored findable by full-text search (PostgreSQL does it
        in a generated column)."""

    def text_match(self, query: str) -> tuple[str, list]:
        """A WHERE fragment over statements `s` matching all words of a plain search string."""
        raise NotImplementedError

    def refresh_statistics(self) -> None:
        """Let the query planner see how big the tables have grown (PostgreSQL; SQLite needs nothing)."""

    def after_ingest(self) -> None:
        """Housekeeping once an ingest has added rows (PostgreSQL; SQLite needs nothing)."""

    def any_of(self, column: str, values: list) -> tuple[str, list]:
        """`column IN (…)` as a WHERE fragment with its parameters."""
        return f"{column} IN ({', '.join('?' for _ in values)})", list(values)

    def any_of_ints(self, column: str, values: list[int]) -> tuple[str, list]:
        """`any_of` for a long list of integers (the LSH buckets of a batch)."""
        return self.any_of(column, values)


class SQLiteDatabase(Database):
    dialect = "sqlite"
    errors = (sqlite3.Error,)

    def __init__(self, path: str):
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a batch is exactly one transaction.
            self.conn = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as e:
            raise StoreError(f"{path}: cannot open database ({e})") from e
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA journal_mode = WAL")  # readers (search) never block a running ingest
        self.conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL is still crash-safe per commit

    def execute(self, sql, params=()):
        return self.conn.execute(sql, params)

    def executemany(self, sql, rows):
        self.conn.executemany(sql, rows)

    @contextmanager
    def transaction(self):
        self.conn.execute("BEGIN IMMEDIATE")  # take the write lock now, not halfway through a batch
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def index_quotes(self, article_keys):
        # one INSERT … SELECT for the whole batch: a statement per quote cost three times as much
        for start in range(0, len(article_keys), self.max_list):
            in_chunk, params = self.any_of("article_key", article_keys[start:start + self.max_list])
            self.conn.execute("INSERT INTO statements_search (rowid, quote) "
                              f"SELECT rowid, quote_text FROM statements WHERE {in_chunk}", params)

    def text_match(self, query):
        # Every word quoted (so "Verdi-Chef" or "NATO:" cannot break FTS5 syntax); words of 6 letters
        # or more also as a prefix, a rough stand-in for PostgreSQL's German stemming ("Streik" finds
        # "Streiks"). Short words stay exact: "nicht*" would expand to thousands of rows for nothing.
        words = _WORD.findall(query)
        if not words:
            return "1 = 1", []
        match = " ".join(f'"{w}"*' if len(w) >= PREFIX_MIN_LETTERS else f'"{w}"' for w in words)
        return "s.rowid IN (SELECT rowid FROM statements_search WHERE statements_search MATCH ?)", [match]


PREFIX_MIN_LETTERS = 6


class PostgresDatabase(Database):
    dialect = "postgresql"
    max_list = 100_000  # one array parameter, however long

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError as e:
            raise StoreError("PostgreSQL needs the psycopg driver: pip install 'psycopg[binary]'") from e
        try:
            self.conn = psycopg.connect(url, autocommit=True)
            self.errors = (psycopg.Error,)
        except psycopg.Error as e:
            raise StoreError(f"cannot connect to PostgreSQL ({str(e).strip().splitlines()[0]})") from e

    def execute(self, sql, params=()):
        return self.conn.execute(_pyformat(sql), params)

    def executemany(self, sql, rows):
        with self.conn.cursor() as cursor:
            cursor.executemany(_pyformat(sql), list(rows))

    def insert_many(self, table, columns, rows):
        # COPY streams all rows in one statement: several times faster than INSERTs, even pipelined.
        # A refused row fails the whole COPY, which the caller's savepoint rolls back.
        if not rows:
            return
        with self.conn.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    @contextmanager
    def transaction(self):
        with self.conn.transaction():
            yield

    def refresh_statistics(self):
        # Without fresh statistics PostgreSQL plans the LSH lookup on a grown table as a sequential
        # scan plus hash join (22 ms per article at 1,000 articles) instead of an index lookup.
        for table in ("lsh_buckets", "statements", "entities", "articles"):
            self.conn.execute(f"ANALYZE {table}")

    def after_ingest(self):
        # Merges the full-text index's pending entries and marks the new pages all-visible, which
        # autovacuum would do only a minute later: until then search right after a fast ingest was 2-3x
        # slower (p50 13 ms instead of 4 on 5,000 articles). Tens of milliseconds; pages already
        # vacuumed are skipped.
        for table in INGEST_TABLES:
            self.conn.execute(f"VACUUM {table}")

    def any_of(self, column, values):
        # one array parameter: the same statement text for any number of values, so PostgreSQL
        # plans it once instead of parsing a new IN list of hundreds of parameters every time
        return f"{column} = ANY(?)", [list(values)]

    def any_of_ints(self, column, values):
        # Tens of thousands of buckets: as one comma-separated string the parameter costs a few ms to
        # send (a Python list as an array costs 30), and as a subquery the planner does not compare
        # every value against the column statistics (30 ms of planning with `= ANY(array)`).
        return f"{column} IN (SELECT unnest(string_to_array(?, ','))::bigint)", [",".join(map(str, values))]

    def text_match(self, query):
        if not _WORD.search(query):
            return "1 = 1", []
        return "s.quote_tsv @@ plainto_tsquery('german', ?)", [query]


INGEST_TABLES = ("articles", "entities", "clusters", "statements", "mentions", "statement_speakers", "lsh_buckets")


def _pyformat(sql: str) -> str:
    """`?` placeholders -> psycopg's `%s` (our SQL has no `?` or `%` inside string literals)."""
    return sql.replace("%", "%%").replace("?", "%s")


def connect(url: str | None) -> Database:
    """A database from a URL: postgresql://... or postgres://..., else a SQLite file path."""
    url = url or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresDatabase(url)
    return SQLiteDatabase(url.removeprefix("sqlite:///").removeprefix("sqlite://"))

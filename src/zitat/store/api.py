"""The store as one object: open (and migrate) a SQLite file or PostgreSQL database, ingest, search."""
from __future__ import annotations

from collections.abc import Iterable

from zitat.model import Article, Document
from zitat.store.backends import Database, connect
from zitat.store.documents import load_document
from zitat.store.entities import Aliases
from zitat.store.ingest import IngestReport, ingest_items
from zitat.store.inputs import read_for_ingest
from zitat.store.schema import migrate
from zitat.store import search as queries


class Store:
    """`Store("zitat.db")` or `Store("postgresql://user@host/zitat")`; usable as a context manager."""

    def __init__(self, url: str | None = None):
        self.db: Database = connect(url)
        migrate(self.db)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def ingest(self, items: Iterable[Article | Document], **options) -> IngestReport:
        """Articles (extracted here) or Documents (stored as they are); see ingest_items for options."""
        return ingest_items(self.db, items, **options)

    def ingest_paths(self, paths: Iterable[str], aliases: str | Aliases | None = None, **options) -> IngestReport:
        """Files, directories and "-" as `zitat ingest` reads them; bad inputs are in report.errors."""
        if isinstance(aliases, str):
            aliases = Aliases.read(aliases)
        return ingest_items(self.db, read_for_ingest(paths), aliases=aliases, **options)

    def search(self, query: str | None = None, **filters) -> list[dict]:
        return queries.search(self.db, queries.SearchFilters(query=query, **filters))

    def speakers(self, top: int = 20, outlet: str | None = None) -> list[dict]:
        return queries.top_speakers(self.db, top, outlet)

    def show(self, statement_id: str) -> queries.Shown | None:
        return queries.show(self.db, statement_id)

    def document(self, article_key: str) -> Document | None:
        return load_document(self.db, article_key)

    def count(self, table: str) -> int:
        assert table in ("articles", "statements", "entities", "clusters", "mentions"), table
        return self.db.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"]

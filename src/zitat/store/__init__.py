"""The statement store: extracted documents in SQLite (default, one file) or PostgreSQL (for teams),
searchable, with speakers merged across articles and repeated statements clustered.

    >>> from zitat.store import Store
    >>> with Store(":memory:") as store:
    ...     report = store.ingest_paths(["articles/"])      # doctest: +SKIP
    ...     rows = store.search("NATO", speaker="Peskow")   # doctest: +SKIP

Modules: backends (the two dialects), schema (migrations), inputs, ingest, documents (rows <-> Document),
entities (speakers across articles), clusters (MinHash-LSH), search, export.
"""
from zitat.store.api import Store
from zitat.store.backends import DEFAULT_DB, StoreError
from zitat.store.search import SearchFilters

__all__ = ["Store", "StoreError", "SearchFilters", "DEFAULT_DB"]

"""The statement store: extracted documents in SQLite (default, one file) or PostgreSQL (for teams),
searchable, with speakers merged across articles and repeated statements clustered.

    >>> from zitat.store import Store
    >>> with Store("zitat.db") as store:                    # doctest: +SKIP
    ...     report = store.ingest_paths(["articles/"])
    ...     rows = store.search("NATO", speaker="Peskow", since="2025-09-01")

Modules: backends (the two dialects), schema (migrations), inputs, ingest, documents (rows <-> Document),
entities (speakers across articles), clusters (MinHash-LSH), search, export.
"""
from __future__ import annotations

__all__ = ["Store", "StoreError", "SearchFilters", "DEFAULT_DB"]


def __getattr__(name: str):
    # Loaded on first use: the CLI imports zitat.store.backends for its error type, and `zitat extract`
    # or `zitat --help` must not pay for numpy and the rest of the store.
    if name == "Store":
        from zitat.store.api import Store
        return Store
    if name == "SearchFilters":
        from zitat.store.search import SearchFilters
        return SearchFilters
    if name in ("StoreError", "DEFAULT_DB"):
        from zitat.store import backends
        return getattr(backends, name)
    raise AttributeError(f"module 'zitat.store' has no attribute {name!r}")

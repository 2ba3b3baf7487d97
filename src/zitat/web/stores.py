"""One read-only store connection per server thread: sqlite3 connections may not cross threads, and
Starlette runs the page functions in a thread pool. The connection itself refuses writes, so no page
can change the store even by mistake."""
from __future__ import annotations

import threading


class ReadOnlyStores:
    def __init__(self, url: str):
        self.url = url
        self._local = threading.local()

    def get(self):
        db = getattr(self._local, "db", None)
        if db is None:
            from zitat.store import Store
            store = Store(self.url)  # creates or migrates the schema if needed, then becomes read-only
            db = store.db
            if db.dialect == "sqlite":
                db.execute("PRAGMA query_only = ON")
            else:
                db.execute("SET default_transaction_read_only = on")
            self._local.db = db
        return db

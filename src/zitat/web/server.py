"""Run the app with uvicorn for `zitat serve`: loopback only unless told otherwise."""
from __future__ import annotations

import os
import sys

LOOPBACK = ("127.0.0.1", "::1", "localhost")


class ServeError(Exception):
    """A reason not to start (no such store, web extra missing): one line for the terminal."""


def check_store(db: str) -> None:
    # A mistyped path must not silently create an empty store to browse.
    if not db.startswith(("postgresql://", "postgres://")) and not os.path.exists(
            db.removeprefix("sqlite:///").removeprefix("sqlite://")):
        raise ServeError(f"{db}: no such store (create one with `zitat ingest --db {db} ARTICLES`)")


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, upload_limit_mb: float = 5) -> None:
    try:
        import uvicorn
        from zitat.web.app import create_app
    except ImportError as e:
        raise ServeError(f"the web interface needs its extra: pip install 'zitat[web]' ({e.name} is missing)") from e
    check_store(db)
    if host not in LOOPBACK:
        print(f"zitat: warning: listening on {host}: anyone who can reach this machine can read the store "
              "and use the extractor (there is no login)", file=sys.stderr)
    app = create_app(db, upload_limit=int(upload_limit_mb * 1024 * 1024))
    shown = f"[{host}]" if ":" in host else host
    print(f"zitat: serving {db} at http://{shown}:{port}/  (Ctrl+C to stop)", file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")

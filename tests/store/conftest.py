"""Each store test runs on a real SQLite file and, when ZITAT_TEST_POSTGRES names a server, on a real
PostgreSQL database (a fresh schema per test, dropped afterwards). Without it the PostgreSQL variants skip."""
from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest
from store_samples import WEBERS, WIRE, write_articles

POSTGRES = os.environ.get("ZITAT_TEST_POSTGRES")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "zitat.db")
        return
    if not POSTGRES:
        pytest.skip("ZITAT_TEST_POSTGRES is not set (e.g. postgresql://zitat:zitat@localhost/zitat_test)")
    psycopg = pytest.importorskip("psycopg")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in POSTGRES else "?"
    yield f"{POSTGRES}{joiner}options={quote(f'-c search_path={schema}')}"
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def corpus(tmp_path):
    """The wire story (newest first) and the two Webers as JSON files."""
    return write_articles(tmp_path / "articles", list(reversed(WIRE)) + WEBERS)

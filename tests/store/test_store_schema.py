"""Migrations: applied in order, each once, recorded in schema_version."""
from __future__ import annotations

from zitat.store import Store
from zitat.store.schema import MIGRATIONS, Migration, migrate


def test_migrations_are_applied_once(store_url):
    Store(store_url).close()
    with Store(store_url) as store:
        versions = store.db.query("SELECT version FROM schema_version ORDER BY version")
        assert [v["version"] for v in versions] == [m.version for m in MIGRATIONS]
        assert migrate(store.db) == []


def test_a_new_migration_is_applied_to_an_existing_store(store_url):
    Store(store_url).close()
    later = Migration(len(MIGRATIONS) + 1, "a note per article", ["ALTER TABLE articles ADD COLUMN note TEXT"])
    with Store(store_url) as store:
        assert migrate(store.db, [*MIGRATIONS, later]) == [later.version]
        assert migrate(store.db, [*MIGRATIONS, later]) == []
        assert store.db.query("SELECT note FROM articles") == []


def test_a_postgresql_url_without_a_server_is_one_clear_error(capsys):
    from zitat.cli import main
    assert main(["search", "x", "--db", "postgresql://nobody@127.0.0.1:1/none"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("zitat: error: cannot connect to PostgreSQL") and err.count("\n") == 1

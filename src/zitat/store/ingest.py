"""Ingest: articles in, extracted and stored in batches, one transaction per batch.

Idempotent and resumable: an article whose key (hash of id + text) is stored is skipped before any
extraction, so re-running an interrupted ingest redoes only the batch that was not committed. A kill
mid-batch rolls that batch back: no half-written article is ever visible. Bad inputs are reported
and counted, and the batch goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from zitat.model import Article, Document
from zitat.reading import ReadError
from zitat.store.backends import Database
from zitat.store.documents import article_key, save_document
from zitat.store.entities import Aliases

BATCH_SIZE = 100


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0  # already in the store
    failed: int = 0
    statements: int = 0
    errors: list[str] = field(default_factory=list)  # "<source>: <reason>", as `zitat extract` reports them


def ingest_items(db: Database, items: Iterable[Article | Document | ReadError], *, aliases: Aliases | None = None,
                 batch_size: int = BATCH_SIZE, on_error: Callable[[str], None] | None = None,
                 on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    report = IngestReport()

    def fail(message: str) -> None:
        report.failed += 1
        report.errors.append(message)
        if on_error:
            on_error(message)

    batch: list[Article | Document] = []
    for item in items:
        if isinstance(item, ReadError):
            fail(str(item))
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            store_batch(db, batch, report, fail, aliases)
            batch = []
            if on_progress:
                on_progress(report)
    if batch:
        store_batch(db, batch, report, fail, aliases)
    if on_progress:
        on_progress(report)
    return report


def store_batch(db: Database, batch: list[Article | Document], report: IngestReport, fail, aliases) -> None:
    keyed = [(article_key(item.article if isinstance(item, Document) else item), item) for item in batch]
    stored = existing_keys(db, [key for key, _ in keyed])
    docs = []
    for key, item in keyed:
        if key in stored:
            report.skipped += 1
            continue
        stored.add(key)  # the same article twice in one batch
        doc = item if isinstance(item, Document) else extract(item, fail)
        if doc is not None:
            docs.append(doc)
    # Extraction ran outside the transaction, so the write lock is held only for the inserts.
    with db.transaction():
        for doc in docs:
            # A savepoint per article: one that cannot be stored (say, two statements with the same id)
            # is rolled back whole and reported, and the rest of the batch still commits.
            db.execute("SAVEPOINT article")
            try:
                save_document(db, doc, aliases)
            except db.errors as exc:
                db.execute("ROLLBACK TO SAVEPOINT article")
                fail(f"{doc.article.id}: not stored ({first_line(exc)})")
                continue
            db.execute("RELEASE SAVEPOINT article")
            report.added += 1
            report.statements += len(doc.statements)


def first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def extract(article: Article, fail) -> Document | None:
    from zitat.pipeline import extract_article
    try:
        return extract_article(article)
    except Exception as exc:  # a bug on one article must not cost the rest of the batch
        fail(f"{article.id}: extraction failed ({type(exc).__name__}: {exc})")
        return None


def existing_keys(db: Database, keys: list[str]) -> set[str]:
    if not keys:
        return set()
    marks = ", ".join("?" for _ in keys)
    return {r["article_key"] for r in db.query(f"SELECT article_key FROM articles WHERE article_key IN ({marks})", keys)}

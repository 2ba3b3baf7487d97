"""Ingest: articles in, extracted and stored in batches, one transaction per batch.

Idempotent and resumable: an article whose key (hash of id + text) is stored is skipped before any
extraction, so re-running an interrupted ingest redoes only the batch that was not committed. A kill
mid-batch rolls that batch back: no half-written article is ever visible. Bad inputs are reported
and counted, and the batch goes on. A batch is written with one insert per table; only when some
article of it is refused is the batch written again article by article, each in a savepoint of its own.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from zitat.model import Article, Document
from zitat.reading import ReadError
from zitat.store.backends import Database
from zitat.store.documents import BatchWriter, article_key
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
                 batch_size: int = BATCH_SIZE, workers: int = 1, on_error: Callable[[str], None] | None = None,
                 on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Store `items` batch by batch. With `workers` > 1 the articles are extracted in that many
    processes while this one writes the previous batch, so the database is not what limits ingest."""
    report = IngestReport()

    def fail(message: str) -> None:
        report.failed += 1
        report.errors.append(message)
        if on_error:
            on_error(message)

    in_flight: set[str] = set()   # keys of articles extracted but not yet written
    pending = None
    with Extractor(workers) as extractor:
        for batch in _batches(items, batch_size, fail):
            started = extractor.start(new_items(db, batch, report, in_flight))
            if extractor.pool is None:   # one process: write at once, so each batch commits before the next is read
                write_batch(db, started(), report, fail, aliases, in_flight)
                if on_progress:
                    on_progress(report)
                continue
            if pending is not None:
                write_batch(db, pending(), report, fail, aliases, in_flight)
                if on_progress:
                    on_progress(report)
            pending = started
        if pending is not None:
            write_batch(db, pending(), report, fail, aliases, in_flight)
    if report.added:
        db.after_ingest()
    if on_progress:
        on_progress(report)
    return report


def _batches(items, batch_size: int, fail):
    batch: list[Article | Document] = []
    for item in items:
        if isinstance(item, ReadError):
            fail(str(item))
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def new_items(db: Database, batch: list[Article | Document], report: IngestReport,
              in_flight: set[str]) -> list[Article | Document]:
    """The items of a batch that are neither stored nor on their way (the same article twice)."""
    keyed = [(article_key(item.article if isinstance(item, Document) else item), item) for item in batch]
    stored = existing_keys(db, [key for key, _ in keyed]) | in_flight
    todo = []
    for key, item in keyed:
        if key in stored:
            report.skipped += 1
            continue
        stored.add(key)
        in_flight.add(key)
        todo.append(item)
    return todo


class Extractor:
    """Turns a batch of Articles into Documents, in worker processes when there are several, so the
    next batch is being extracted while the current one is written (Documents pass through)."""

    def __init__(self, workers: int = 1):
        self.workers = workers
        self.pool = None
        if workers > 1:
            from concurrent.futures import ProcessPoolExecutor
            self.pool = ProcessPoolExecutor(workers)

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def start(self, items: list[Article | Document]) -> Callable[[], list[Document | str]]:
        if self.pool is None:
            results = extract_all(items)
            return lambda: results
        size = max(1, -(-len(items) // self.workers))
        futures = [self.pool.submit(extract_all, items[i:i + size]) for i in range(0, len(items), size)]
        return lambda: [r for f in futures for r in f.result()]


def extract_all(items: list[Article | Document]) -> list[Document | str]:
    """Documents, or a one-line error per article that failed (runs in a worker process)."""
    return [item if isinstance(item, Document) else extract_or_error(item) for item in items]


def write_batch(db: Database, results: list[Document | str], report: IngestReport, fail, aliases,
                in_flight: set[str]) -> None:
    before = report.added
    _write(db, results, report, fail, aliases, in_flight)
    # statistics at 1, 2, 4, 8 … times the articles added so far in this run: cheap, and the planner
    # keeps up with a store that grows from empty
    if before < _next_power_of_two(before) <= report.added or before == 0 < report.added:
        db.refresh_statistics()


def _next_power_of_two(n: int) -> int:
    power = 1
    while power <= n:
        power *= 2
    return power


def _write(db: Database, results: list[Document | str], report: IngestReport, fail, aliases,
           in_flight: set[str]) -> None:
    docs = []
    for result in results:
        if isinstance(result, str):
            fail(result)
        else:
            docs.append(result)
    try:
        store_documents(db, docs, report, fail, aliases)
    finally:
        in_flight.difference_update(article_key(d.article) for d in docs)


def store_documents(db: Database, docs: list[Document], report: IngestReport, fail, aliases) -> None:
    # Extraction ran outside the transaction, so the write lock is held only for the inserts.
    with db.transaction():
        writer = BatchWriter(db, docs, aliases)
        stored = docs if _store_together(db, writer, docs) else _store_one_by_one(db, writer, docs, fail)
    report.added += len(stored)
    report.statements += sum(len(doc.statements) for doc in stored)


def _store_together(db: Database, writer: BatchWriter, docs: list[Document]) -> bool:
    """The whole batch with one insert per table; False (and nothing written) if any row was refused."""
    db.execute("SAVEPOINT batch")
    try:
        for doc in docs:
            writer.add(doc)
        writer.write()
    except db.errors:
        db.execute("ROLLBACK TO SAVEPOINT batch")
        writer.discard()
        return False
    db.execute("RELEASE SAVEPOINT batch")
    return True


def _store_one_by_one(db: Database, writer: BatchWriter, docs: list[Document], fail) -> list[Document]:
    """Some article of the batch cannot be stored (say, two statements with the same id): a savepoint
    per article rolls back just that one, reported, and the rest of the batch still commits."""
    stored = []
    for doc in docs:
        db.execute("SAVEPOINT article")
        try:
            writer.add(doc)
            writer.write()
        except db.errors as exc:
            db.execute("ROLLBACK TO SAVEPOINT article")
            writer.discard()
            fail(f"{doc.article.id}: not stored ({first_line(exc)})")
            continue
        db.execute("RELEASE SAVEPOINT article")
        stored.append(doc)
    return stored


def first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def extract_or_error(article: Article) -> Document | str:
    from zitat.pipeline import extract_article
    try:
        return extract_article(article)
    except Exception as exc:  # a bug on one article must not cost the rest of the batch
        return f"{article.id}: extraction failed ({type(exc).__name__}: {exc})"


def existing_keys(db: Database, keys: list[str]) -> set[str]:
    if not keys:
        return set()
    marks = ", ".join("?" for _ in keys)
    return {r["article_key"] for r in db.query(f"SELECT article_key FROM articles WHERE article_key IN ({marks})", keys)}

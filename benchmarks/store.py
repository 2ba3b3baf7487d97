"""Statement store: ingest throughput, search latency and size per article, SQLite and PostgreSQL.

    python benchmarks/store.py ../shared/corpus/news-de [--articles 5000] [--postgres postgresql://...]

The corpus is repeated to --articles articles, each copy with its own id and a slightly varied text
(a closing sentence of its own), so every copy is a new article for the store while its statements
recur across copies, as wire copies do. Two ingest figures: the store alone (documents extracted
beforehand, once per corpus article: what the storage layer, entity matching and clustering cost)
and end to end through `extract_article` on --extract-articles of them. Prints figures, asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

from zitat.model import Article, Document
from zitat.pipeline import extract_article
from zitat.store import Store

QUERIES = [("NATO", {}), ("Regierung", {}), ("Klima", {}), ("Ukraine Krieg", {}), ("Bahn", {}),
           ("Menschen", {}), ("nicht", {}), ("Geld", {"type": "direct"}), (None, {"speaker": "Scholz"}),
           ("Zukunft", {"since": "2020-01-01"}), (None, {"outlet": "Spiegel"}), ("Wir", {"until": "2022-12-31"})]


def load(corpus: Path) -> list[Article]:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.json"))]
    return [Article(text=r["text"], id=r.get("id"), title=r.get("title"), published=r.get("published"),
                    outlet=r.get("outlet"), url=r.get("url")) for r in records]


def varied(doc: Document, copy: int) -> Document:
    """A copy with a unique id and an extra closing sentence; offsets of the statements stay valid."""
    a = doc.article
    article = Article(text=f"{a.text}\n\n(Fassung {copy}, aktualisiert.)", id=f"{a.id}-{copy}", title=a.title,
                      published=a.published, outlet=a.outlet, url=a.url)
    return Document(article, doc.statements, doc.entities)


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def size_bytes(store: Store, url: str) -> int:
    if store.db.dialect == "sqlite":
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return sum(os.path.getsize(p) for p in (url, url + "-wal") if os.path.exists(p))
    return int(store.db.query("SELECT SUM(pg_total_relation_size(c.oid)) AS n FROM pg_class c "
                          "JOIN pg_namespace n ON n.oid = c.relnamespace "
                          "WHERE n.nspname = current_schema() AND c.relkind = 'r'")[0]["n"])


def run(label: str, url: str, docs: list[Document], articles: list[Article], workers: int = 1) -> None:
    with Store(url) as store:
        t = time.perf_counter()
        report = store.ingest(docs)
        store_seconds = time.perf_counter() - t
        t = time.perf_counter()
        e2e = store.ingest(articles, workers=workers)  # no articles with --no-end-to-end
        e2e_seconds = max(time.perf_counter() - t, 1e-9)
        again = time.perf_counter()
        store.ingest(docs)
        again_seconds = time.perf_counter() - again
        latencies = []
        for _ in range(5):
            for query, filters in QUERIES:
                t = time.perf_counter()
                store.search(query, limit=50, **filters)
                latencies.append((time.perf_counter() - t) * 1000)
        n_articles = store.count("articles")
        size = size_bytes(store, url)
        print(f"{label}: store-only ingest {report.added} articles / {report.statements} statements in "
              f"{store_seconds:.1f} s = {report.added / store_seconds:.0f} articles/s; "
              f"end to end (extract + store, {workers} extraction process(es)) {e2e.added} articles in "
              f"{e2e_seconds:.1f} s = "
              f"{e2e.added / e2e_seconds:.1f} articles/s; re-ingest of {len(docs)} (all skipped) {again_seconds:.1f} s")
        print(f"{label}: search over {store.count('statements')} statements, {len(latencies)} queries: "
              f"p50 {percentile(latencies, 50):.1f} ms, p95 {percentile(latencies, 95):.1f} ms, "
              f"max {max(latencies):.1f} ms")
        print(f"{label}: {size / 1e6:.1f} MB for {n_articles} articles = {size / n_articles / 1024:.1f} KiB/article "
              f"({store.count('clusters')} clusters, {store.count('entities')} entities)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path, help="folder of {id, title, published, outlet, text} JSON files")
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--extract-articles", type=int, default=200, help="end-to-end ingest on this many")
    ap.add_argument("--postgres", help="also run against this PostgreSQL URL (in a throwaway schema)")
    ap.add_argument("--workers", type=int, default=1, help="extraction processes for the end-to-end ingest")
    ap.add_argument("--no-end-to-end", action="store_true", help="store-only ingest and search (quicker to iterate)")
    args = ap.parse_args()
    if args.no_end_to_end:
        args.extract_articles = 0

    base = load(args.corpus)
    t = time.perf_counter()
    extracted = [extract_article(a) for a in base]
    print(f"corpus: {len(base)} articles extracted once in {time.perf_counter() - t:.1f} s; "
          f"repeated to {args.articles} articles")
    docs = [varied(extracted[i % len(base)], i // len(base)) for i in range(args.articles)]
    fresh = [varied(extracted[i % len(base)], 10**6 + i).article for i in range(args.extract_articles)]

    with tempfile.TemporaryDirectory() as tmp:
        run("sqlite", str(Path(tmp) / "bench.db"), docs, fresh, args.workers)
    if args.postgres:
        import psycopg
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.postgres, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        try:
            joiner = "&" if "?" in args.postgres else "?"
            run("postgresql", f"{args.postgres}{joiner}options={quote(f'-c search_path={schema}')}", docs, fresh,
                args.workers)
        finally:
            with psycopg.connect(args.postgres, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()

"""Web interface: server time of every page and API endpoint on a store of 5,000 articles.

    python benchmarks/web.py ../shared/corpus/news-de [--articles 5000] [--runs 20]
    python benchmarks/web.py --db existing.db          # time an existing store as it is

The store is built as benchmarks/store.py builds it (the corpus repeated with unique ids and a closing
sentence of its own). Requests go through the ASGI app in process (Starlette's TestClient), so the
figures are the server's time: routing, queries, templates, JSON; no network. Prints p50/p95 per
endpoint, asserts nothing (the target is under 200 ms each).
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path


def store_helpers():
    """benchmarks/store.py's corpus loading and variation, imported from its file (not a package)."""
    spec = importlib.util.spec_from_file_location("bench_store", Path(__file__).with_name("store.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(corpus: Path, articles: int, path: str) -> None:
    from zitat.pipeline import extract_article
    from zitat.store import Store
    helpers = store_helpers()
    base = helpers.load(corpus)
    extracted = [extract_article(a) for a in base]
    docs = [helpers.varied(extracted[i % len(base)], i // len(base)) for i in range(articles)]
    t = time.perf_counter()
    with Store(path) as store:
        store.ingest(docs)
        print(f"store: {store.count('articles')} articles, {store.count('statements')} statements, "
              f"{store.count('entities')} speakers, built in {time.perf_counter() - t:.1f} s", flush=True)


def endpoints(client) -> list[tuple[str, str, dict]]:
    """(label, method, request) for every page and its API twin, with ids taken from the store."""
    speakers = client.get("/api/speakers", params={"top": 3}).json()
    top = speakers[0]["id"]
    rows = client.get("/api/search", params={"q": "sagte", "per_page": 100}).json()["results"] or \
        client.get("/api/search", params={"per_page": 100}).json()["results"]
    article, cluster = rows[0]["article_key"], max(rows, key=lambda r: r["sightings"])["cluster"]
    text = ("Berlin - Die Regierung hält an ihrem Kurs fest. „Wir bleiben hart“, sagte Kanzlerin Anna Berg am "
            "Donnerstag. Sie sagte den Journalisten, man werde nicht nachgeben.")
    return [
        ("search page, empty", "GET", {"url": "/"}),
        ("search page, q=NATO", "GET", {"url": "/?q=NATO"}),
        ("search page, q=nicht page 3", "GET", {"url": "/?q=nicht&page=3"}),
        ("search page, speaker filter", "GET", {"url": f"/?speaker={speakers[1]['name']}"}),
        ("search page, outlet+type+dates", "GET", {"url": "/?outlet=e&type=direct&since=2020-01-01&until=2030-01-01"}),
        ("api search, q=Regierung", "GET", {"url": "/api/search?q=Regierung"}),
        ("speakers page", "GET", {"url": "/speakers"}),
        ("speaker page (most quoted)", "GET", {"url": f"/speakers/{top}"}),
        ("speaker page, per week", "GET", {"url": f"/speakers/{top}?unit=week"}),
        ("api speaker", "GET", {"url": f"/api/speakers/{top}"}),
        ("article page", "GET", {"url": f"/articles/{article}"}),
        ("api article", "GET", {"url": f"/api/articles/{article}"}),
        ("cluster page (largest)", "GET", {"url": f"/clusters/{cluster}"}),
        ("api cluster", "GET", {"url": f"/api/clusters/{cluster}"}),
        ("extract page, paste", "POST", {"url": "/extract", "data": {"text": text}, "files": {"file": ("", b"")}}),
        ("api extract", "POST", {"url": "/api/extract", "json": {"text": text}}),
        ("openapi.json", "GET", {"url": "/openapi.json"}),
        ("docs page", "GET", {"url": "/docs"}),
    ]


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def measure(db: str, runs: int) -> None:
    from starlette.testclient import TestClient
    from zitat.web.app import create_app
    client = TestClient(create_app(db))
    print(f"{'endpoint':34} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  status")
    for label, method, request in endpoints(client):
        request = dict(request)
        url = request.pop("url")
        client.request(method, url, **request)  # warm: templates compiled, extractor lexicons loaded
        times, status = [], None
        for _ in range(runs):
            t = time.perf_counter()
            status = client.request(method, url, **request).status_code
            times.append((time.perf_counter() - t) * 1000)
        print(f"{label:34} {percentile(times, 50):8.1f} {percentile(times, 95):8.1f} {max(times):8.1f}  {status}",
              flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path, nargs="?", help="folder of {id, title, published, outlet, text} JSON files")
    ap.add_argument("--db", help="time this existing store instead of building one")
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=20, help="requests per endpoint")
    args = ap.parse_args()
    if args.db:
        measure(args.db, args.runs)
        return
    if args.corpus is None:
        sys.exit("give a corpus folder or --db")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "web.db")
        build(args.corpus, args.articles, db)
        measure(db, args.runs)


if __name__ == "__main__":
    main()

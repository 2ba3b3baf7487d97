"""Throughput of `zitat batch` with 1 and 2 local workers; prints figures, asserts nothing.

    python benchmarks/batch.py ../shared/corpus/news-de [--articles 5000] [--partitions 8] [--workers 1 2]

The corpus folder's JSON articles are repeated (with fresh ids) up to --articles and written as gzipped JSONL
partitions in a temp folder, the way an archive would hold them. Each worker count gets a fresh LocalCluster
and a fresh output folder. Peak memory is each worker process's maximum resident set (getrusage).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import time


def load_corpus(folder: str) -> list[dict]:
    from zitat.reading import ReadError, read_inputs

    articles = [a.to_dict() for a in read_inputs([folder]) if not isinstance(a, ReadError)]
    if not articles:
        sys.exit(f"no articles in {folder}")
    return articles


def write_partitions(articles: list[dict], total: int, partitions: int, folder: str) -> list[str]:
    paths = [os.path.join(folder, f"archive-{i:03d}.jsonl.gz") for i in range(partitions)]
    files = [gzip.open(p, "wt", encoding="utf-8") for p in paths]
    for n in range(total):
        record = {**articles[n % len(articles)], "id": f"a{n:07d}"}
        files[n % partitions].write(json.dumps(record, ensure_ascii=False) + "\n")
    for f in files:
        f.close()
    return paths


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (Linux reports getrusage in KB)."""
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(paths: list[str], workers: int, out_dir: str) -> dict:
    from dask.distributed import Client, LocalCluster

    from zitat.batch import run_batch

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        started = time.perf_counter()
        report = run_batch(paths, out_dir, scheduler=cluster.scheduler_address)
        wall = time.perf_counter() - started
        peaks = client.run(peak_rss_mb)
    busy = sum(r.seconds for r in report.results)
    return {"workers": workers, "articles": report.total("articles"), "statements": report.total("statements"),
            "errors": report.total("errors"), "failed": len(report.failed), "wall_s": wall,
            "rate": report.total("articles") / wall, "per_core_rate": report.total("articles") / busy,
            "peak_mb": sorted(peaks.values())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="folder of JSON articles, e.g. ../shared/corpus/news-de")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    articles = load_corpus(args.corpus)
    chars = sum(len(a["text"]) for a in articles) / len(articles)
    print(f"corpus: {len(articles)} articles, mean {chars:.0f} characters; repeated to {args.articles} "
          f"in {args.partitions} JSONL.gz partitions; {os.cpu_count()} CPUs")
    results = []
    with tempfile.TemporaryDirectory(prefix="zitat-batch-bench-") as tmp:
        paths = write_partitions(articles, args.articles, args.partitions, tmp)
        for workers in args.workers:
            r = measure(paths, workers, os.path.join(tmp, f"out-{workers}"))
            results.append(r)
            print(f"{workers} worker(s): {r['articles']} articles, {r['statements']} statements, "
                  f"{r['errors']} errors, {r['failed']} failed partitions in {r['wall_s']:.1f} s = "
                  f"{r['rate']:.0f} articles/s wall, {r['per_core_rate']:.0f} articles/s per busy core; "
                  f"peak RSS per worker {', '.join(f'{m:.0f}' for m in r['peak_mb'])} MB")
    if len(results) > 1:
        base = results[0]
        for r in results[1:]:
            print(f"scaling {base['workers']} -> {r['workers']} workers: {r['rate'] / base['rate']:.2f}x "
                  f"(ideal {r['workers'] / base['workers']:.2f}x)")


if __name__ == "__main__":
    main()

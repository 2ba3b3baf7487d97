"""Extraction speed, start-up time and peak memory on a corpus of JSON articles, single process.

    python benchmarks/speed.py ../shared/corpus/news-de --repeat 8
    python benchmarks/speed.py ../shared/corpus/news-de --long 1,4     # the corpus as one long text

Prints articles per second, words per second, start-up time (import + first article) and peak
resident memory. The corpus is repeated to reach 500+ articles; each copy gets its own id.
With --long, the whole corpus joined into one text (repeated 1, 4, … times) is extracted instead:
seconds per megabyte should stay flat as the text grows; a rise means a stage became quadratic.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def load(corpus: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.json"))]


def startup_seconds() -> float:
    """Fresh interpreter: import zitat and extract one short text."""
    code = "import zitat; zitat.extract('„Wir bleiben hart“, sagte Kanzlerin Anna Berg.')"
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - t


def long_texts(base: list[dict], repeats: list[int]) -> None:
    from zitat import extract
    extract("„Wir bleiben hart“, sagte Kanzlerin Anna Berg.")  # warm up
    joined = "\n\n".join(a["text"] for a in base)
    for n in repeats:
        text = "\n\n".join([joined] * n)
        t = time.perf_counter()
        statements = len(extract(text).statements)
        elapsed = time.perf_counter() - t
        mb = len(text.encode("utf-8")) / 1e6
        print(f"one text of {mb:.2f} MB: {elapsed:.1f} s ({elapsed / mb:.1f} s/MB), {statements} statements")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path, help="folder of {id, title, published, outlet, text} JSON files")
    ap.add_argument("--repeat", type=int, default=8)
    ap.add_argument("--long", help="comma-separated repeats of the corpus as one text, e.g. 1,4")
    args = ap.parse_args()
    if args.long:
        long_texts(load(args.corpus), [int(n) for n in args.long.split(",")])
        return

    from zitat import Article, extract_article
    base = load(args.corpus)
    articles = [Article(text=a["text"], id=f"{a.get('id')}-{r}", title=a.get("title"),
                        published=a.get("published"), outlet=a.get("outlet"))
                for r in range(args.repeat) for a in base]
    extract_article(articles[0])  # warm the lexicon and lemma dictionary
    words = sum(len(a.text.split()) for a in articles)
    statements = 0
    t = time.perf_counter()
    for a in articles:
        statements += len(extract_article(a).statements)
    elapsed = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(articles)} ({len(base)} distinct x {args.repeat}), "
          f"mean {words / len(articles):.0f} words, {statements} statements")
    print(f"speed: {len(articles) / elapsed:.1f} articles/s, {words / elapsed:,.0f} words/s "
          f"({1000 * elapsed / len(articles):.2f} ms/article), one process")
    print(f"start-up (fresh interpreter, import + first extraction): {startup_seconds():.2f} s")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()

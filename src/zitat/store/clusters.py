"""Repeated statements: the same quote in several articles (wire copies, lightly edited or shortened)
joins one cluster.

Candidates come from MinHash over word-bigram shingles with LSH banding, stored as bucket rows and
found with an index lookup, so the cost per statement does not grow with the store (never all pairs).
Each candidate is then checked on the exact shingle sets: Jaccard for edited copies, containment for
shortened ones ("Wir bleiben hart" inside a longer quote).
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

from zitat.store.backends import Database

SHINGLE_WORDS = 2
NUM_PERM = 64
BANDS = 32  # 32 bands of 2 rows: a pair with Jaccard 0.3 becomes a candidate with p ~ 0.95
ROWS = NUM_PERM // BANDS  # band_buckets packs exactly two 32-bit rows into one 64-bit bucket
assert ROWS == 2
MIN_JACCARD = 0.6
MIN_CONTAINMENT = 0.8
MIN_SHINGLES = 3  # "die NATO" in two articles is a phrase, not the same statement
MIN_SHINGLES_FOR_CONTAINMENT = 4  # "Das ist falsch" inside a long quote is not the same statement
MAX_CANDIDATES = 200  # a very common bucket must not make one insert slow
QUERY_CHUNK = 500     # buckets per candidate query (an article has about 30 x 32)

_WORD = re.compile(r"\w+")
# Multiply-shift hashing (a * x + b, keep the high 32 bits) as the MinHash permutations; uint64
# arithmetic wraps, which is exactly what the scheme needs. Fixed seed: signatures must never change.
_rng = np.random.default_rng(20250905)
_A = _rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)


def shingles(text: str) -> set[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def minhash(shingle_set: set[str]) -> np.ndarray:
    # crc32 is stable across processes (unlike hash()) and runs in C: the shingle hashing was the
    # hot spot of ingest with a cryptographic hash
    hashes = np.fromiter((zlib.crc32(s.encode()) for s in shingle_set), dtype=np.uint64, count=len(shingle_set))
    with np.errstate(over="ignore"):
        permuted = (_A[:, None] * hashes[None, :] + _B[:, None]) >> np.uint64(32)
    return permuted.min(axis=1)


_BAND_SALT = np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)


def band_buckets(signature: np.ndarray) -> list[int]:
    """One signed 64-bit bucket per band, to fit a BIGINT column: the band's two 32-bit minima side
    by side (exact, no hashing needed), with the band number mixed in."""
    packed = (signature[0::2] << np.uint64(32)) | signature[1::2]
    return (packed ^ _BAND_SALT).view(np.int64).tolist()


def similar(a: set[str], b: set[str]) -> float:
    """How alike two quotes are: Jaccard, or 1.0 when one is a shortened copy of the other."""
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return 0.0
    common = len(a & b)
    jaccard = common / len(a | b)
    smaller = min(len(a), len(b))
    if smaller >= MIN_SHINGLES_FOR_CONTAINMENT and common / smaller >= MIN_CONTAINMENT:
        return 1.0
    return jaccard if jaccard >= MIN_JACCARD else 0.0


@dataclass(frozen=True)
class Placement:
    cluster_id: str
    buckets: list[int]


def place_statements(db: Database, article_key: str, quotes: list[tuple[str, str]]) -> list[Placement]:
    """The clusters of one article's statements ((statement_key, quote) pairs): for each, the most
    similar earlier sighting in another article, or a new cluster of its own. One candidate query for
    the whole article: a round trip per quote made PostgreSQL ingest slow."""
    prepared = []
    for key, quote in quotes:
        shingle_set = shingles(quote)
        buckets = band_buckets(minhash(shingle_set)) if len(shingle_set) >= MIN_SHINGLES else []
        prepared.append((key, quote, shingle_set, buckets))
    by_bucket = _candidates_by_bucket(db, article_key, sorted({b for *_, bs in prepared for b in bs}))
    placements = []
    for key, quote, shingle_set, buckets in prepared:
        if not buckets:
            placements.append(Placement(key, []))
            continue
        candidates: dict[str, dict] = {}
        for bucket in buckets:
            for row in by_bucket.get(bucket, ()):
                if len(candidates) < MAX_CANDIDATES:
                    candidates.setdefault(row["statement_key"], row)
        placements.append(_best_placement(key, quote, shingle_set, buckets, list(candidates.values())))
    return placements


def _candidates_by_bucket(db: Database, article_key: str, buckets: list[int]) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = {}
    for start in range(0, len(buckets), QUERY_CHUNK):
        chunk = buckets[start:start + QUERY_CHUNK]
        in_chunk, params = db.any_of("b.bucket", chunk)
        for row in db.query(
                f"SELECT b.bucket, s.statement_key, s.quote_text, s.cluster_id FROM lsh_buckets b "
                f"JOIN statements s ON s.statement_key = b.statement_key "
                f"WHERE {in_chunk} AND s.article_key <> ? LIMIT {MAX_CANDIDATES * len(chunk)}",
                (*params, article_key)):
            found.setdefault(row["bucket"], []).append(row)
    return found


def _best_placement(statement_key: str, quote: str, shingle_set: set[str], buckets: list[int],
                    candidates: list[dict]) -> Placement:
    best, best_score, scores = None, 0.0, {}
    for candidate in candidates:
        text = candidate["quote_text"]
        if text not in scores:  # wire copies repeat a quote word for word: compare each wording once
            scores[text] = similar(shingle_set, shingles(text))
        if scores[text] > best_score:
            best, best_score = candidate, scores[text]
    # An exact repeat adds no new wording, so it adds no buckets either: candidate lists stay short
    # however often a quote is reprinted.
    repeat = best is not None and best["quote_text"] == quote
    return Placement(best["cluster_id"] if best else statement_key, [] if repeat else buckets)


def remember(db: Database, placements: dict[str, Placement]) -> None:
    """Store the buckets of statements just inserted (statement_key -> placement), in one call."""
    db.executemany("INSERT INTO lsh_buckets (bucket, statement_key) VALUES (?, ?)",
                   [(bucket, key) for key, placement in placements.items() for bucket in placement.buckets])

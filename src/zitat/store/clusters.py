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
from itertools import chain
from collections.abc import Iterable, Iterator
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
    return minhashes([shingle_set])[0]


def minhashes(shingle_sets: list[set[str]]) -> np.ndarray:
    """One MinHash signature per (non-empty) shingle set, a row each: all sets hashed in one numpy
    pass, as a call per quote cost more in overhead than in arithmetic."""
    sizes = [len(s) for s in shingle_sets]
    # crc32 is stable across processes (unlike hash()) and runs in C: the shingle hashing was the
    # hot spot of ingest with a cryptographic hash
    hashes = np.fromiter((zlib.crc32(x.encode()) for s in shingle_sets for x in s), dtype=np.uint64, count=sum(sizes))
    with np.errstate(over="ignore"):
        permuted = (_A[:, None] * hashes[None, :] + _B[:, None]) >> np.uint64(32)
    starts = np.cumsum([0] + sizes[:-1])
    return np.minimum.reduceat(permuted, starts, axis=1).T


_BAND_SALT = np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)


def band_buckets(signature: np.ndarray) -> list[int]:
    """One signed 64-bit bucket per band, to fit a BIGINT column: the band's two 32-bit minima side
    by side (exact, no hashing needed), with the band number mixed in. A 2-d array of signatures
    (a row each) gives a list per row."""
    packed = (signature[..., 0::2] << np.uint64(32)) | signature[..., 1::2]
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


@dataclass(frozen=True)
class Signature:
    shingles: frozenset[str]
    buckets: list[int]  # empty for quotes too short to cluster


class ClusterIndex:
    """Places the statements of one batch of articles, article after article, as if each article
    were stored before the next is placed: the stored sightings come from one candidate query for
    all the batch's buckets (a query per article made ingest slow), the batch's own earlier
    statements from memory, so wire copies within one batch still cluster together."""

    def __init__(self, db: Database, quotes: Iterable[str]):
        self._shingles: dict[str, frozenset[str]] = {}
        self._signatures = self._sign(set(quotes))
        # bucket -> statement keys; a bucket's stored keys come before the batch's own, in the order
        # one query per article would have returned them in
        self._stored, self._statements = _stored_candidates(
            db, sorted({b for signature in self._signatures.values() for b in signature.buckets}))
        self._added: dict[int, list[str]] = {}
        self._pending: list[int] = []  # buckets added to since the last keep(), in order
        self._best_stored: dict[str, str | None] = {}  # wording -> best stored candidate

    def place(self, quotes: list[tuple[str, str]]) -> list[Placement]:
        """The clusters of one article's statements ((statement_key, quote) pairs): for each, the most
        similar earlier sighting in another article, or a new cluster of its own."""
        placements = []
        for key, quote in quotes:
            signature = self._signature(quote)
            if not signature.buckets:
                placements.append(Placement(key, []))
                continue
            if not self._added.keys().isdisjoint(signature.buckets):
                best = self._best(quote, signature, self._candidates(signature.buckets, self._stored, self._added))
            else:
                # only stored candidates, the same for every copy of this wording in the batch
                if quote not in self._best_stored:
                    self._best_stored[quote] = self._best(quote, signature,
                                                          self._candidates(signature.buckets, self._stored, {}))
                best = self._best_stored[quote]
            placements.append(self._placement(key, quote, signature, best))
        return placements

    def add(self, quotes: list[tuple[str, str]], placements: list[Placement]) -> None:
        """Make an article's statements candidates for the rest of the batch; they stay pending until
        `keep`, and `discard_pending` takes them back when their article is rolled back."""
        for (key, quote), placement in zip(quotes, placements):
            self._statements[key] = (quote, placement.cluster_id)
            for bucket in placement.buckets:
                self._added.setdefault(bucket, []).append(key)
                self._pending.append(bucket)

    def keep(self) -> None:
        self._pending.clear()

    def discard_pending(self) -> None:
        for bucket in reversed(self._pending):  # each was appended last to its bucket's list
            self._added[bucket].pop()
            if not self._added[bucket]:
                del self._added[bucket]
        self._pending.clear()

    @staticmethod
    def _candidates(buckets: list[int], stored: dict[int, list[str]], added: dict[int, list[str]]) -> list[str]:
        """The first MAX_CANDIDATES distinct statements over the buckets, each bucket's stored ones first."""
        keys = chain.from_iterable((*stored.get(bucket, ()), *added.get(bucket, ())) for bucket in buckets)
        return list(dict.fromkeys(keys))[:MAX_CANDIDATES]

    def _sign(self, quotes: set[str]) -> dict[str, Signature]:
        """Shingles and LSH buckets of each wording (wire copies repeat it), hashed together."""
        shingle_sets = {quote: self._shingles_of(quote) for quote in quotes}
        long_enough = [quote for quote, s in shingle_sets.items() if len(s) >= MIN_SHINGLES]
        buckets = band_buckets(minhashes([shingle_sets[q] for q in long_enough])) if long_enough else []
        signatures = {quote: Signature(s, []) for quote, s in shingle_sets.items()}
        signatures.update((quote, Signature(shingle_sets[quote], b)) for quote, b in zip(long_enough, buckets))
        return signatures

    def _signature(self, quote: str) -> Signature:
        if quote not in self._signatures:
            self._signatures.update(self._sign({quote}))
        return self._signatures[quote]

    def _shingles_of(self, text: str) -> frozenset[str]:
        if text not in self._shingles:
            self._shingles[text] = frozenset(shingles(text))
        return self._shingles[text]

    def _best(self, quote: str, signature: Signature, candidates: list[str]) -> str | None:
        best, best_score, scores = None, 0.0, {}
        for candidate in candidates:
            text, _ = self._statements[candidate]
            if text not in scores:  # wire copies repeat a quote word for word: compare each wording once
                scores[text] = similar(signature.shingles, self._shingles_of(text))
            if scores[text] > best_score:
                best, best_score = candidate, scores[text]
        return best

    def _placement(self, statement_key: str, quote: str, signature: Signature, best: str | None) -> Placement:
        if best is None:
            return Placement(statement_key, signature.buckets)
        # An exact repeat adds no new wording, so it adds no buckets either: candidate lists stay short
        # however often a quote is reprinted.
        text, cluster_id = self._statements[best]
        return Placement(cluster_id, [] if text == quote else signature.buckets)


def _stored_candidates(db: Database, buckets: list[int]) -> tuple[dict[int, list[str]], dict[str, tuple[str, str]]]:
    """Stored statements in any of `buckets`: bucket -> statement keys, and statement key -> (quote,
    cluster). The batch's own articles are not stored yet, so no article can find itself. Two
    queries, buckets then statements: a statement sits in 32 buckets, and a join would fetch its
    quote once for each."""
    keys_by_bucket: dict[int, list[str]] = {}
    for chunk in _chunks(buckets, db.max_list):
        in_chunk, params = db.any_of_ints("bucket", chunk)
        for bucket, key in db.rows(f"SELECT bucket, statement_key FROM lsh_buckets WHERE {in_chunk} "
                                   f"LIMIT {MAX_CANDIDATES * len(chunk)}", params):
            keys_by_bucket.setdefault(bucket, []).append(key)
    statements = {}
    for chunk in _chunks(sorted({k for keys in keys_by_bucket.values() for k in keys}), db.max_list):
        in_chunk, params = db.any_of("statement_key", chunk)
        for key, quote, cluster_id in db.rows(
                f"SELECT statement_key, quote_text, cluster_id FROM statements WHERE {in_chunk}", params):
            statements[key] = (quote, cluster_id)
    return keys_by_bucket, statements


def _chunks(values: list, size: int) -> Iterator[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]

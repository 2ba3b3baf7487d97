"""Error classes of zitat on a WikiNews split, with counts: what to fix next.

    python benchmarks/wikinews_errors.py ../shared/data/wikinews-quotes/dev.jsonl [--no-model]
    python benchmarks/wikinews_errors.py DEV.jsonl --show speaker:wrong     # examples of one class

Quotes are paired as the metric pairs them (zitat.evaluate.metric.pair_quotes). Unpaired gold quotes
are "missed:<type>", unpaired system quotes "spurious:<type>". For a pair each role is "ok" or one of
missing (we have none), spurious (gold has none), wrong (no common token), short (ours inside gold),
long (gold inside ours), overlap. Token mass = tokens of all five roles that the class costs.
"""
from __future__ import annotations

import argparse
import collections
import sys

from zitat.evaluate import wikinews
from zitat.evaluate.metric import ROLES, pair_quotes
from zitat.model import Article
from zitat.pipeline import extract_article


def role_class(gold: frozenset[int], ours: frozenset[int]) -> str:
    if gold == ours:
        return "ok"
    if not ours:
        return "missing"
    if not gold:
        return "spurious"
    if not gold & ours:
        return "wrong"
    if ours < gold:
        return "short"
    return "long" if gold < ours else "overlap"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("split")
    p.add_argument("--no-model", action="store_true")
    p.add_argument("--show", help="print examples of one class, e.g. speaker:wrong or missed:Direct")
    p.add_argument("--limit", type=int, default=40)
    args = p.parse_args(argv)
    counts, mass = collections.Counter(), collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for doc in wikinews.load(args.split):
        document = extract_article(Article(text=doc["originalText"], id=doc["documentName"]),
                                   use_model=not args.no_model)
        ours, gold = wikinews.predicted_annotations(doc, document), wikinews.gold_annotations(doc)
        text = {t["id"]: t["text"] for t in doc["tokens"]}
        words = lambda ids: " ".join(text[i] for i in sorted(ids))
        pairs = pair_quotes(gold, ours)
        for side, annotations, paired in (("missed", gold, {g for g, _ in pairs}),
                                          ("spurious", ours, {s for _, s in pairs})):
            for i, a in enumerate(annotations):
                if i not in paired:
                    key = f"{side}:{a.type}"
                    counts[key] += 1
                    mass[key] += sum(len(a.role(r)) for r in ROLES)
                    examples[key].append(words(a.quote)[:160])
        for g, s in pairs:
            for role in ROLES:
                key = f"{role}:{role_class(gold[g].role(role), ours[s].role(role))}"
                counts[key] += 1
                mass[key] += len(gold[g].role(role) ^ ours[s].role(role))
                examples[key].append(f"[{gold[g].type}] gold={words(gold[g].role(role))!r} ours="
                                     f"{words(ours[s].role(role))!r} | {words(gold[g].quote)[:70]}")
    if args.show:
        for line in examples.get(args.show, [])[:args.limit]:
            print(line)
        return 0
    print(f"{'class':28} {'count':>6} {'token mass':>11}")
    for key, n in sorted(counts.items(), key=lambda kv: -mass[kv[0]]):
        if not key.endswith(":ok"):
            print(f"{key:28} {n:6d} {mass[key]:11d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

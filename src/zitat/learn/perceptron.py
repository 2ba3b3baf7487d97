"""A multiclass averaged perceptron over string features, in pure Python (deterministic, small)."""
from __future__ import annotations

import random


class Perceptron:
    def __init__(self, labels: list[str], weights: dict[str, list[float]] | None = None):
        self.labels = list(labels)
        self.weights: dict[str, list[float]] = weights or {}

    def scores(self, features: list[str]) -> list[float]:
        w = self.weights
        rows = [v for v in map(w.get, features) if v is not None]
        if not rows:
            return [0.0] * len(self.labels)
        return [sum(col) for col in zip(*rows)]

    def predict(self, features: list[str]) -> str:
        s = self.scores(features)
        return self.labels[max(range(len(s)), key=s.__getitem__)]

    @classmethod
    def train(cls, examples: list[tuple[list[str], str]], labels: list[str], epochs: int = 10,
              seed: int = 0, min_count: int = 2, digits: int = 3) -> Perceptron:
        """Averaged perceptron; features seen fewer than `min_count` times are ignored."""
        counts: dict[str, int] = {}
        for feats, _ in examples:
            for f in feats:
                counts[f] = counts.get(f, 0) + 1
        keep = {f for f, n in counts.items() if n >= min_count}
        data = [([f for f in feats if f in keep], labels.index(y)) for feats, y in examples]
        n_labels = len(labels)
        w: dict[str, list[float]] = {}
        total: dict[str, list[float]] = {}   # summed weights for averaging (lazy timestamps)
        stamp: dict[str, list[int]] = {}
        t = 0
        order = list(range(len(data)))
        rng = random.Random(seed)
        for _ in range(epochs):
            rng.shuffle(order)
            for k in order:
                t += 1
                feats, y = data[k]
                sc = [0.0] * n_labels
                for f in feats:
                    v = w.get(f)
                    if v is not None:
                        for j in range(n_labels):
                            sc[j] += v[j]
                guess = max(range(n_labels), key=lambda j: (sc[j], -j))
                if guess == y:
                    continue
                for f in feats:
                    v = w.setdefault(f, [0.0] * n_labels)
                    tot = total.setdefault(f, [0.0] * n_labels)
                    st = stamp.setdefault(f, [0] * n_labels)
                    for j, delta in ((y, 1.0), (guess, -1.0)):
                        tot[j] += (t - st[j]) * v[j]
                        st[j] = t
                        v[j] += delta
        averaged = {}
        for f in sorted(w):
            v, tot, st = w[f], total[f], stamp[f]
            avg = [round((tot[j] + (t - st[j]) * v[j]) / t, digits) for j in range(n_labels)]
            if any(avg):
                averaged[f] = avg
        return cls(labels, averaged)


def average_weights(runs: list[dict], digits: int = 3) -> dict:
    """The mean of several weight tables (one per shuffle seed), feature by feature: one model whose
    decisions do not hinge on the order one shuffle happened to visit the examples in."""
    keys = sorted(set().union(*runs))
    out = {}
    for f in keys:
        values = [r.get(f) for r in runs]
        if isinstance(next(v for v in values if v is not None), list):
            width = len(next(v for v in values if v is not None))
            mean = [round(sum((v or [0.0] * width)[j] for v in values) / len(runs), digits) for j in range(width)]
            if any(mean):
                out[f] = mean
        else:
            mean = round(sum(v or 0.0 for v in values) / len(runs), digits)
            if mean:
                out[f] = mean
    return out

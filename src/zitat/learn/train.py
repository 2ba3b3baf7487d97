"""Training the sentence classifier and the speaker ranker on the WikiNews training split
(`zitat train wikinews train.jsonl --out model.json` writes both into the one file).

Each sentence of our own sentence split is one example. Its label is the type of the gold quote
that covers most of its characters (at least `MIN_COVER` of them), else "none". Features come from
`features.sentence_features` over the rule pipeline's own drafts, exactly as at extraction time.
The run is deterministic: documents in file order, fixed shuffle seeds (the weights of ten runs, one per seed,
are averaged, so a small change in the rules does not swing the model by the luck of one shuffle),
weights rounded, keys sorted.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from zitat.learn.features import NONE, sentence_features
from zitat.learn.perceptron import Perceptron, average_weights

LABELS = [NONE, "direct", "indirect", "indirect_free_indirect", "free_indirect", "reported"]
GOLD_TYPES = {"Direct": "direct", "Indirect": "indirect", "IndirectFreeIndirect": "indirect_free_indirect",
              "FreeIndirect": "free_indirect", "Reported": "reported"}
MIN_COVER = 0.3
EPOCHS = 12
SEED = 0
RUNS = 10         # shuffle seeds SEED .. SEED + RUNS - 1, averaged
FORMAT = "zitat-sentence-perceptron/1"

# Decision margins (score of the predicted type minus score of the competing one), tuned on the
# WikiNews dev split only; see zitat.learn.revise.
POLICY = {
    # add a whole-sentence statement where no rule draft is, when score(type) - score(none) >= margin.
    # Off since the rules grew (second session): with the margins indirect -8, free_indirect -4,
    # reported -8, indirect_free_indirect 4 the additions changed dev joint F1 by < 0.001 and put
    # noisy whole sentences (confidence 0.4) into news output. Margins in that form turn them back on.
    "add": {},
    # drop a rule draft when score(none) - score(its type) >= margin; off: dropping reported drafts
    # gained 0.003 joint F1 on dev but removed correct "lehnt … ab" statements elsewhere
    "drop": {},
    # retype a rule draft when score(new type) - score(its type) >= margin, between these types only
    # (None: off; 16.0 changed nothing on dev after the second session's rules)
    "retype": None,
    "retype_from": ["indirect", "indirect_free_indirect", "free_indirect"],
    "retype_to": ["indirect", "indirect_free_indirect", "free_indirect"],
    # added statements of these types take the neighbouring statement's speaker
    "inherit_added": ["indirect_free_indirect", "free_indirect", "reported"],
}


def sentence_labels(doc, annotations: list[dict]) -> list[str]:
    """Gold label of each sentence of `doc` (a zitat Doc) from WikiNews annotations (char offsets)."""
    spans = []
    for a in annotations:
        label = GOLD_TYPES.get(a.get("type") or "")
        if label is None:
            continue
        for sp in (a.get("quote") or {}).get("spans") or ():
            spans.append((sp["charBegin"], sp["charEnd"], label))
    out = []
    for s in doc.sentences:
        size = max(1, s.end - s.start)
        cover: dict[str, int] = {}
        for b, e, label in spans:
            n = min(e, s.end) - max(b, s.start)
            if n > 0:
                cover[label] = cover.get(label, 0) + n
        best = max(cover.items(), key=lambda x: (x[1], -LABELS.index(x[0])), default=(NONE, 0))
        out.append(best[0] if best[1] >= MIN_COVER * size else NONE)
    return out


def examples_from_documents(docs: list[dict]) -> list[tuple[list[str], str]]:
    """(features, label) for every sentence of every WikiNews document, rule drafts included."""
    from zitat.attribution import find_drafts
    from zitat.language.doc import Doc
    from zitat.lexicon import german
    lexicon = german()
    out = []
    for d in docs:
        doc = Doc.analyse(d["originalText"], lexicon)
        drafts = find_drafts(doc)
        feats = sentence_features(doc, drafts)
        out.extend(zip(feats, sentence_labels(doc, d.get("annotations") or [])))
    return out


def train(docs: list[dict], epochs: int = EPOCHS, seed: int = SEED) -> dict:
    """The model as a JSON-ready dict."""
    examples = examples_from_documents(docs)
    runs = [Perceptron.train(examples, LABELS, epochs=epochs, seed=seed + k).weights for k in range(RUNS)]
    return {"format": FORMAT, "labels": LABELS, "policy": POLICY, "examples": len(examples),
            "weights": average_weights(runs)}


def save(model: dict, path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(model, f, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        f.write("\n")


def train_wikinews(path: str | Path, out: str | Path, epochs: int = EPOCHS, seed: int = SEED) -> dict:
    """Train on a WikiNews split and write the model; returns a small summary."""
    from zitat.evaluate.wikinews import load
    t = time.perf_counter()
    docs = load(path)
    model = train(docs, epochs=epochs, seed=seed)
    model["speaker"] = train_speakers(docs, model, seed=seed)
    save(model, out)
    return {"documents": len(docs), "sentences": model["examples"],
            "features": len(model["weights"]) + len(model["speaker"]["weights"]),
            "drafts": model["speaker"]["examples"], "seconds": time.perf_counter() - t,
            "bytes": Path(out).stat().st_size}


# --- the speaker ranker (zitat.learn.speakers) -------------------------------------------------------

SPEAKER_EPOCHS = 10
SPEAKER_FORMAT = "zitat-speaker-ranker/1"
# Where the ranker may act, tuned on the WikiNews dev split only; see zitat.learn.speakers.
# fill: give a speaker to a draft without one when the best candidate beats "no speaker" by >= fill;
# override: replace a rule speaker when a candidate beats both it and "no speaker" by >= override
# (dev: speaker F1 0.391 -> 0.428 with fill alone, 0.471 with override as well)
# unknown: a phrase of unknown kind (a common noun in subject position) needs this much more
# (dev joint micro 0.7740 -> 0.7742, reference macro 0.7904 -> 0.7909 with fill 4, unknown 2)
# Fourth session: with the rules' speakers grown, override no longer helps on dev (joint micro 0.8345 with
# override 4, 0.8346 without; strict macro 0.725 -> 0.726; it still helps train, which the ranker learned
# from), so it is off, and the ranker only looks at drafts without a speaker (a third of its time).
SPEAKER_POLICY = {"fill": 4.0, "override": None, "unknown": 2.0, "types": []}


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def speaker_examples(docs: list[dict], sentence_model: dict | None) -> list[tuple[list[list[str]], int]]:
    """(candidate feature rows, index of the gold row) for every draft of every document. Drafts are
    the rules' revised by the sentence classifier, as at extraction time; the gold row is the
    candidate whose tokens best overlap (token F1) the gold speaker of the gold quote that overlaps
    the draft most, else "no speaker" (row 0)."""
    from zitat.attribution import find_drafts
    from zitat.language.doc import Doc
    from zitat.learn.revise import revise
    from zitat.learn.speakers import draft_rows
    from zitat.lexicon import german
    lexicon = german()
    sentence = None
    if sentence_model is not None:
        sentence = (Perceptron(sentence_model["labels"], sentence_model["weights"]), sentence_model["policy"])
    out = []
    for d in docs:
        doc = Doc.analyse(d["originalText"], lexicon)
        drafts = find_drafts(doc)
        if sentence is not None:
            drafts = revise(doc, drafts, *sentence)
        golds = []
        for a in d.get("annotations") or ():
            quote = [(sp["charBegin"], sp["charEnd"]) for sp in (a.get("quote") or {}).get("spans") or ()]
            speaker = [(sp["charBegin"], sp["charEnd"]) for sp in (a.get("speaker") or {}).get("spans") or ()]
            golds.append((quote, speaker))
        for draft, cands, rows in draft_rows(doc, drafts):
            best, most = None, 0
            for quote, speaker in golds:
                n = _overlap(draft.quote, quote)
                if n > most:
                    best, most = speaker, n
            y = 0
            if best:
                gold = {t.i for t in doc.tokens if _overlap([(t.start, t.end)], best) > 0}
                top = 0.0
                for j, (m, _) in enumerate(cands, 1):
                    mine = set(range(m.first, m.last))
                    f1 = 2 * len(mine & gold) / (len(mine) + len(gold))
                    if f1 > top:
                        y, top = j, f1
            out.append((rows, y))
    return out


def train_speakers(docs: list[dict], sentence_model: dict | None, epochs: int = SPEAKER_EPOCHS,
                   seed: int = SEED) -> dict:
    from zitat.learn.speakers import Ranker
    examples = speaker_examples(docs, sentence_model)
    ranker = Ranker(average_weights([Ranker.train(examples, epochs=epochs, seed=seed + k).weights
                                     for k in range(RUNS)]))
    return {"format": SPEAKER_FORMAT, "policy": SPEAKER_POLICY, "examples": len(examples),
            "weights": ranker.weights}

"""Applying the sentence classifier to the rule drafts: add, drop, retype (see zitat.learn)."""
from __future__ import annotations

from zitat.attribution.continuation import inherit_speakers
from zitat.attribution.drafts import Draft
from zitat.learn.features import NONE, rule_drafts_by_sentence, sentence_features
from zitat.learn.perceptron import Perceptron

FINAL_PUNCTUATION = frozenset({".", "!", "?"})
# types whose quote in the data set's convention includes the final full stop
WITH_FULL_STOP = frozenset({"indirect_free_indirect", "free_indirect", "reported"})


def revise(doc, drafts: list[Draft], model: Perceptron, policy: dict) -> list[Draft]:
    if not doc.sentences or not (policy.get("add") or policy.get("drop") or policy.get("retype") is not None):
        return drafts      # the policy leaves the rules' drafts as they are: skip the features too
    feats = sentence_features(doc, drafts)
    rule = rule_drafts_by_sentence(doc, drafts)
    labels = model.labels
    none = labels.index(NONE)
    add, drop = policy.get("add", {}), policy.get("drop", {})
    retype, retype_from, retype_to = policy.get("retype"), set(policy.get("retype_from", ())), \
        set(policy.get("retype_to", ()))
    inherit = set(policy.get("inherit_added", ()))
    dropped: set[int] = set()
    added: list[Draft] = []
    for s, f in zip(doc.sentences, feats):
        sc = model.scores(f)
        best = max(range(len(labels)), key=lambda j: (sc[j], -j))
        label = labels[best]
        d = rule[s.i]
        if d is None:
            # the best statement type, even where "none" scores higher: thresholds may be negative
            typed = max((j for j in range(len(labels)) if j != none), key=lambda j: (sc[j], -j))
            kind = labels[typed]
            if kind in add and sc[typed] - sc[none] >= add[kind]:
                added.append(_sentence_draft(doc, s, kind, kind in inherit))
            continue
        if d.sentence != s.i or d.type not in labels:
            continue
        own = labels.index(d.type)
        if label == NONE:
            if d.type in drop and sc[none] - sc[own] >= drop[d.type]:
                dropped.add(id(d))
        elif (label != d.type and retype is not None and d.type in retype_from and label in retype_to
              and sc[best] - sc[own] >= retype):
            d.type = label
    if not dropped and not added:
        return drafts
    kept = [d for d in drafts if id(d) not in dropped] + added
    if added:
        inherit_speakers(doc, kept)
    return kept


def _sentence_draft(doc, s, label: str, inherited: bool) -> Draft:
    last = s.last
    if label not in WITH_FULL_STOP:
        while last - 1 > s.first and doc.tokens[last - 1].text in FINAL_PUNCTUATION:
            last -= 1
    start, end = doc.chars(doc.body_start(s), last)
    return Draft(label, [(start, end)], s.i, confidence=0.4, inherited=inherited)

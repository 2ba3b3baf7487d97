"""Learned components trained on the WikiNews training split (CC BY-NC-SA 4.0 data).

`revise_drafts(doc, drafts)` is the one entry point the attribution pipeline calls after its rules
(with `use_model=True`): a sentence classifier (averaged perceptron over cheap string features,
`features.py`, `perceptron.py`) labels every sentence none / direct / indirect /
indirect_free_indirect / free_indirect / reported, and `revise.py` can use it to add whole-sentence
statements the rules missed (their speaker inherited from the neighbouring statement), drop rule
statements the model confidently rejects, and correct a rule statement's type; the shipped policy
(`train.POLICY`) has these switched off, since the rules now find what the additions found. A speaker ranker
(`speakers.py`, stored in the same file under "speaker") then chooses speakers among candidate
mentions where the rules found none.

The weights (`model.json`, written by `zitat train wikinews train.jsonl --out ...`) are read
lazily on the first call, never at import time. Without the file `revise_drafts` returns the
drafts unchanged, so the rule path always works.
"""
from __future__ import annotations

import json
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("model.json")

_loaded: dict = {}


def _load(path: str | Path | None):
    """(sentence model, policy, speaker ranker, speaker policy) from a model file, cached per path."""
    path = Path(path) if path is not None else MODEL_PATH
    key = str(path)
    if key not in _loaded:
        loaded = None
        if path.is_file():
            from zitat.learn.perceptron import Perceptron
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            ranker = speaker_policy = None
            if data.get("speaker"):
                from zitat.learn.speakers import Ranker
                ranker, speaker_policy = Ranker(data["speaker"]["weights"]), data["speaker"].get("policy") or {}
            loaded = (Perceptron(data["labels"], data["weights"]), data.get("policy") or {}, ranker, speaker_policy)
        _loaded[key] = loaded
    return _loaded[key]


def load_model(path: str | Path | None = None):
    """(Perceptron, policy) from a model file, or None when there is none; cached per path."""
    loaded = _load(path)
    return None if loaded is None else loaded[:2]


def load_speaker_ranker(path: str | Path | None = None):
    """(Ranker, policy) of the speaker ranker in a model file, or None when it has none."""
    loaded = _load(path)
    return None if loaded is None or loaded[2] is None else loaded[2:]


def revise_drafts(doc, drafts, model_path: str | Path | None = None):
    loaded = _load(model_path)
    if loaded is None:
        return drafts
    from zitat.learn.revise import revise
    model, policy, ranker, speaker_policy = loaded
    drafts = revise(doc, drafts, model, policy)
    if ranker is not None and doc.sentences:
        from zitat.learn.speakers import choose_speakers
        choose_speakers(doc, drafts, ranker, speaker_policy)
    return drafts

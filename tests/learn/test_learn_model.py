"""The learned sentence classifier: features, training, determinism, and that the rule path is untouched."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import zitat.attribution as attribution
from zitat import extract
from zitat.attribution import find_drafts
from zitat.language.doc import Doc
from zitat.learn import load_model, revise_drafts
from zitat.learn.features import sentence_features
from zitat.learn.perceptron import Perceptron
from zitat.learn.train import LABELS, examples_from_documents, train, train_wikinews
from zitat.lexicon import german


def analyse(text: str) -> Doc:
    return Doc.analyse(text, german())


def wikinews_doc(name: str, sentences: list[tuple[str, str | None]]) -> dict:
    """A document in the WikiNews format; each sentence is one quote of the given type (or none)."""
    text, tokens, sents, annotations = "", [], [], []
    for sentence, kind in sentences:
        start = len(text)
        text += sentence + " "
        ids = []
        for m in re.finditer(r"\w+|[^\w\s]", sentence):
            ids.append(len(tokens))
            tokens.append({"id": len(tokens), "text": m.group(), "charBegin": start + m.start(),
                           "charEnd": start + m.end(), "sentence": len(sents) + 1, "word": len(ids)})
        sents.append({"id": len(sents), "charBegin": start, "charEnd": start + len(sentence),
                      "begin": ids[0], "end": ids[-1] + 1, "tokenIds": ids, "text": sentence})
        if kind:
            empty = {"spans": [], "text": "", "tokenIds": []}
            annotations.append({
                "id": len(annotations), "type": kind, "medium": "Speech", "isNested": False, "hasNested": False,
                "quote": {"text": sentence, "tokenIds": ids, "spans": [
                    {"begin": ids[0], "end": ids[-1] + 1, "charBegin": start, "charEnd": start + len(sentence)}]},
                "cue": empty, "frame": empty, "speaker": empty, "addressee": empty})
    return {"documentName": name, "originalText": text.strip(), "tokens": tokens, "sentences": sents,
            "annotations": annotations}


TINY = [
    wikinews_doc("a", [("Der Bürgermeister lehnte den Vorschlag ab.", "Reported"),
                       ("Die Stadt habe dafür kein Geld.", "IndirectFreeIndirect"),
                       ("Am Abend regnete es in der Innenstadt.", None)]),
    wikinews_doc("b", [("Die Gewerkschaft lehnte das Angebot ab.", "Reported"),
                       ("Die Beschäftigten habe man zu lange warten lassen.", "IndirectFreeIndirect"),
                       ("Am Morgen regnete es in der Innenstadt.", None)]),
    wikinews_doc("c", [("Die Opposition lehnte den Haushalt ab.", "Reported"),
                       ("Die Regierung habe keinen Plan.", "IndirectFreeIndirect"),
                       ("Am Mittag regnete es in der Altstadt.", None)]),
]


def test_features_of_a_small_text():
    doc = analyse("Der Minister sagte, die Lage sei ernst. Das Wetter war schön.")
    first, second = sentence_features(doc, find_drafts(doc))
    assert "cue=sagen" in first and "rt=indirect" in first and "w=minister" in first
    assert any(f.endswith("=konj1") for f in first)
    assert "rt=none" in second and "rt-1=indirect" in second and "w=wetter" in second
    assert "rt+1=P" in second and "para_start" in first


def test_training_learns_its_own_sentences():
    model = train(TINY, epochs=10)
    assert model["labels"] == LABELS
    perceptron = Perceptron(model["labels"], model["weights"])
    examples = examples_from_documents(TINY)
    assert [y for _, y in examples] == ["reported", "indirect_free_indirect", "none"] * 3
    assert all(perceptron.predict(f) == y for f, y in examples)


def test_training_is_deterministic(tmp_path):
    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in TINY), encoding="utf-8")
    train_wikinews(data, tmp_path / "one.json")
    train_wikinews(data, tmp_path / "two.json")
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()


def test_revise_without_a_model_is_the_identity(tmp_path):
    doc = analyse("„Wir bleiben hart“, sagte Kanzlerin Anna Berg. Die Lage sei ernst. Es regnete.")
    drafts = find_drafts(doc)
    before = [(d.type, list(d.quote), d.speaker) for d in drafts]
    missing = tmp_path / "missing.json"
    assert load_model(missing) is None
    out = revise_drafts(doc, drafts, model_path=missing)
    assert out is drafts and [(d.type, list(d.quote), d.speaker) for d in out] == before


def test_a_model_adds_a_statement_the_rules_missed(tmp_path):
    # trained on the tiny set, the model labels an unframed "lehnte … ab" sentence as a statement
    path = tmp_path / "tiny.json"
    train_wikinews_docs = tmp_path / "train.jsonl"
    train_wikinews_docs.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in TINY),
                                   encoding="utf-8")
    train_wikinews(train_wikinews_docs, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["policy"] = {"add": {"reported": -100.0, "indirect_free_indirect": -100.0}}
    path.write_text(json.dumps(data), encoding="utf-8")
    doc = analyse("Am Abend regnete es in der Innenstadt. Die Stadt habe dafür kein Geld.")
    drafts = [d for d in find_drafts(doc) if d.sentence != 0]
    out = revise_drafts(doc, drafts, model_path=path)
    assert len(out) >= len(drafts)
    for d in out:
        assert d.quote and all(0 <= s < e <= len(doc.text) for s, e in d.quote)


def test_rule_path_does_not_touch_the_model(monkeypatch):
    text = ("Der Bürgermeister lehnte den Vorschlag ab. Die Stadt habe dafür kein Geld. "
            "„Wir bleiben hart“, sagte Kanzlerin Anna Berg. Es regnete.")
    reference = extract(text, use_model=False).to_dict()

    def forbidden(doc, drafts):
        raise AssertionError("the rule path must not call the model")

    monkeypatch.setattr(attribution, "revise_drafts", forbidden)
    assert extract(text, use_model=False).to_dict() == reference


def test_model_is_not_loaded_at_import():
    code = ("import sys, zitat, zitat.cli; zitat.cli.build_parser(); "
            "print('zitat.learn.perceptron' in sys.modules, 'zitat.learn.revise' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]

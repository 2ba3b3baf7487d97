"""The learned speaker ranker: candidates, training, and that it is read from the one model file."""
from __future__ import annotations

import json

from zitat.attribution import find_drafts
from zitat.attribution.drafts import Draft
from zitat.language.doc import Doc
from zitat.learn import load_speaker_ranker, revise_drafts
from zitat.learn.speakers import Ranker, candidates, choose_speakers, draft_rows
from zitat.learn.train import speaker_examples, train_wikinews
from zitat.lexicon import german

from tests.learn.test_learn_model import TINY


def analyse(text: str) -> Doc:
    return Doc.analyse(text, german())


def test_candidates_hold_the_phrases_of_the_sentence_and_the_rule_choice():
    doc = analyse("Innenminister Karl Huber kritisierte die Polizei, sagte er am Montag.")
    drafts = find_drafts(doc)
    d = drafts[0] if drafts else Draft("indirect", [(0, len(doc.text))], 0)
    texts = [doc.text[slice(*doc.chars(m.first, m.last))] for m, _ in candidates(doc, d, None)]
    assert "Innenminister Karl Huber" in texts
    assert "die Polizei" in texts


def test_parts_of_a_coordinated_rule_speaker_are_no_candidates():
    doc = analyse("Sowohl Präsident Putin als auch Sprecher Peskow erklärten, Russland sei bereit.")
    drafts = find_drafts(doc)
    d = next(d for d in drafts if d.speaker is not None)
    cands = candidates(doc, d, None)
    rule = d.speaker
    assert all(not (rule.first <= m.first and m.last <= rule.last) for m, o in cands if o != "rule")


def test_ranker_learns_and_is_deterministic():
    examples = [([["NONE"], ["k=person", "side=b"], ["k=pronoun", "side=a"]], 1),
                ([["NONE"], ["k=pronoun", "side=b"], ["k=person", "side=a"]], 2),
                ([["NONE", "NONE|t=reported"], ["k=place"]], 0)] * 3
    a = Ranker.train(examples, epochs=5, seed=0, min_count=1)
    b = Ranker.train(examples, epochs=5, seed=0, min_count=1)
    assert a.weights == b.weights
    for rows, y in examples:
        sc = a.scores(rows)
        assert max(range(len(rows)), key=lambda j: (sc[j], -j)) == y


def test_fill_gives_a_speaker_only_where_the_rules_found_none():
    doc = analyse("Der Bürgermeister lehnte den Vorschlag ab. Die Stadt habe dafür kein Geld.")
    d = Draft("indirect", [(0, 41)], 0)
    ranker = Ranker({"k=person": 5.0, "o=sent": 1.0})
    choose_speakers(doc, [d], ranker, {"fill": 0.0, "override": None})
    assert d.speaker is not None and doc.text[slice(*doc.chars(d.speaker.first, d.speaker.last))] == \
        "Der Bürgermeister"
    kept = Draft("indirect", [(0, 41)], 0, speaker=d.speaker)
    choose_speakers(doc, [kept], Ranker({"k=organisation": 50.0}), {"fill": 0.0, "override": None})
    assert kept.speaker is d.speaker


def test_speaker_examples_and_one_file_for_both_models(tmp_path):
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in TINY), encoding="utf-8")
    examples = speaker_examples(TINY, None)
    assert examples and all(0 <= y < len(rows) for rows, y in examples)
    out, again = tmp_path / "m.json", tmp_path / "m2.json"
    train_wikinews(path, out)
    train_wikinews(path, again)
    assert out.read_bytes() == again.read_bytes()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["speaker"]["format"].startswith("zitat-speaker-ranker")
    ranker, policy = load_speaker_ranker(out)
    assert isinstance(ranker, Ranker) and "fill" in policy
    doc = analyse(TINY[0]["originalText"])
    revise_drafts(doc, find_drafts(doc), out)   # runs end to end


def test_shipped_model_has_a_speaker_ranker():
    loaded = load_speaker_ranker()
    assert loaded is not None and loaded[0].weights


def test_draft_rows_put_no_speaker_first():
    doc = analyse("„Wir bleiben hart“, sagte Kanzlerin Anna Berg.")
    for d, cands, rows in draft_rows(doc, find_drafts(doc)):
        assert rows[0][0] == "NONE" and len(rows) == len(cands) + 1


def _gardener():
    doc = analyse("Der Gärtner sagte am Morgen, der Sommer werde heiß.")
    d = next(d for d in find_drafts(doc) if d.type == "indirect")
    d.speaker = None
    return doc, d


def test_an_unknown_phrase_never_speaks_without_its_own_margin():
    doc, d = _gardener()
    choose_speakers(doc, [d], Ranker({"k=unknown": 5.0}), {"fill": 0.0, "override": None})
    assert d.speaker is None


def test_an_unknown_phrase_speaks_when_it_beats_its_margin():
    doc, d = _gardener()
    choose_speakers(doc, [d], Ranker({"k=unknown": 5.0, "side=b": 1.0}),
                    {"fill": 0.0, "override": None, "unknown": 2.0})
    assert doc.text[slice(*doc.chars(d.speaker.first, d.speaker.last))] == "Der Gärtner"


def test_an_unknown_phrase_below_its_margin_stays_silent():
    doc, d = _gardener()
    choose_speakers(doc, [d], Ranker({"k=unknown": 5.0}), {"fill": 0.0, "override": None, "unknown": 8.0})
    assert d.speaker is None


def test_an_unknown_phrase_never_replaces_the_rule_speaker():
    doc = analyse("Bürgermeister Jonas Weber sagte, die Brücke sei marode. Seiner Meinung nach hätte "
                  "die Stadt früher handeln müssen.")
    d = find_drafts(doc)[-1]
    rule = d.speaker
    assert rule is not None
    choose_speakers(doc, [d], Ranker({"k=unknown": 50.0}), {"fill": 0.0, "override": 0.0, "unknown": 0.0})
    assert d.speaker is rule

"""Speech verbs and their separated particles (attribution/cues.py)."""
from zitat.attribution.cues import find_cues
from zitat.language.doc import Doc
from zitat.lexicon import german


def cue_lemmas(text):
    doc = Doc.analyse(text, german())
    return [c.entry.lemma for c in find_cues(doc)]


def test_a_particle_of_another_verb_blocks_the_plain_verb():
    # "wehrte … ab" is abwehren, "billigten … zu" is zubilligen: neither is wehren or billigen
    assert cue_lemmas("Der Torwart wehrte den Schuss mit der Faust ab.") == []
    assert cue_lemmas("Die Richter billigten dem Kläger eine Entschädigung zu.") == []


def test_the_particle_of_the_next_verb_does_not_block():
    assert cue_lemmas("Der Minister kritisierte den Plan und kündigte Widerstand an.") == ["kritisieren", "ankündigen"]


def test_a_preposition_before_quoted_words_is_no_particle():
    assert cue_lemmas("Der Trainer begründete die Wahl mit „frischem Wind“.") == ["begründen"]


def test_the_plain_verb_without_a_particle_still_matches():
    assert cue_lemmas("Die Ministerin kritisierte den Plan scharf.") == ["kritisieren"]

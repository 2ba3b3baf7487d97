"""Verb mood (Konjunktiv I and II) and lemmas."""
import pytest

from zitat.language.doc import Doc
from zitat.language.morphology import lemma, subjunctive_mood
from zitat.lexicon import german


def mood(word):
    return subjunctive_mood(word, german().subjunctive_forms)


@pytest.mark.parametrize("word", ["sei", "seien", "habe", "werde", "brauche", "könne", "müsse", "bleibe", "gebe",
                                  "komme"])
def test_konjunktiv_i(word):
    assert mood(word) == "konj1"


@pytest.mark.parametrize("word", ["handele", "handle", "verändere", "verändre", "kümmere", "sammle"])
def test_konjunktiv_i_of_verbs_in_eln_and_ern(word):
    assert mood(word) == "konj1"


@pytest.mark.parametrize("word", ["äußere", "sichere", "bessere", "teure", "innere", "andere"])
def test_adjectives_in_ere_are_no_konjunktiv_i(word):
    assert mood(word) is None


@pytest.mark.parametrize("word", ["wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "müsste"])
def test_konjunktiv_ii(word):
    assert mood(word) == "konj2"


@pytest.mark.parametrize("word", ["täten", "brächte", "brächten", "wüsste", "dächte"])
def test_konjunktiv_ii_of_mixed_verbs_and_tun(word):
    assert mood(word) == "konj2"


@pytest.mark.parametrize("word", ["bliebe", "fände", "befänden", "hielte", "sähe", "erhielte", "bekäme"])
def test_konjunktiv_ii_of_strong_verbs_by_rule(word):
    assert mood(word) == "konj2"


@pytest.mark.parametrize("word", ["machte", "sagte", "blieben", "fanden", "bekamen", "führen", "kamen", "erkannte", "brachte"])
def test_past_tense_is_no_konjunktiv_ii(word):
    assert mood(word) is None


@pytest.mark.parametrize("word", ["musste", "mussten", "konnte", "konnten", "durfte", "durften"])
def test_past_tense_of_a_modal_without_umlaut_is_no_konjunktiv_ii(word):
    assert mood(word) is None


@pytest.mark.parametrize("word", ["abgeschlossene", "angesetzte", "vorgeschlagene"])
def test_inflected_participle_of_a_particle_verb_is_no_konjunktiv(word):
    assert mood(word) is None


@pytest.mark.parametrize("word", ["vorgehe", "eingebe", "abschlösse", "ausginge"])
def test_konjunktiv_of_particle_verbs_stays(word):
    assert mood(word) is not None


@pytest.mark.parametrize("word", ["sagte", "ist", "sind", "hat", "wird", "kommt", "braucht", "kann", "war"])
def test_indicative_has_no_mood(word):
    assert mood(word) is None


@pytest.mark.parametrize("word", ["eine", "keine", "diese", "heute", "gerne", "alle", "ohne", "seine"])
def test_words_ending_in_e_that_are_no_verbs(word):
    assert mood(word) is None


def test_capitalised_noun_is_no_konjunktiv():
    assert mood("Reise") is None


def test_doc_mood_reads_the_token_in_context():
    doc = Doc.analyse("Die Lage sei ernst, sagte Weber.", german())
    assert [(t.text, doc.mood(t.i)) for t in doc.tokens if t.is_word] == [
        ("Die", None), ("Lage", None), ("sei", "konj1"), ("ernst", None), ("sagte", None), ("Weber", None)]


@pytest.mark.parametrize("word, expected", [("sagte", "sagen"), ("betonte", "betonen"), ("warnten", "warnen"),
                                            ("kritisierte", "kritisieren")])
def test_lemma_of_speech_verbs(word, expected):
    assert lemma(word) == expected


def test_attributive_adjective_is_no_konjunktiv():
    from zitat.language.doc import Doc
    from zitat.lexicon import german
    doc = Doc.analyse("Achtung, liebe Flaneure, passt auf. Auch Russland brauche Garantien.", german())
    moods = {t.text: doc.mood(t.i) for t in doc.tokens if t.is_word}
    assert moods["liebe"] is None
    assert moods["brauche"] == "konj1"


def test_first_person_habe_is_indicative():
    doc = Doc.analyse("Ich habe viel gelernt. Dann bleibe ich hier. Er habe viel gelernt.", german())
    assert [doc.mood(t.i) for t in doc.tokens if t.lower in ("habe", "bleibe")] == [None, None, "konj1"]


def _moods(text):
    doc = Doc.analyse(text, german())
    return {t.text: doc.mood(t.i) for t in doc.tokens if t.is_word}


def test_adjective_after_an_article_is_no_konjunktiv():
    assert _moods("Sie brachte die gute Nachricht.")["gute"] is None
    assert _moods("Dieser neue Plan gefiel allen.")["neue"] is None


def test_second_of_two_adjectives_before_a_noun_is_no_konjunktiv():
    assert _moods("Durch ihre warme weiche Stimme fiel sie auf.")["weiche"] is None
    assert _moods("Sie lobten seine kluge ruhige Art.")["ruhige"] is None


def test_konjunktiv_after_a_dative_pronoun_or_dies():
    # after "diesem", "dem", "dies" an adjective would end in -en: the -e form is the verb
    assert _moods("Mit diesem könne die Stadt planen.")["könne"] == "konj1"
    assert _moods("Dies bedeute höhere Kosten.")["bedeute"] == "konj1"


def test_konjunktiv_before_an_adverb():
    assert _moods("Das habe aber nichts zu sagen.")["habe"] == "konj1"

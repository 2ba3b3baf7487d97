"""Lemmas and verb mood, the two morphological facts attribution needs.

Lemmas come from simplemma's dictionary (MIT, no model download). Mood matters because German marks
reported speech with the Konjunktiv: "Auch Russland brauche Garantien" is Peskow's claim, not the
reporter's.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    import simplemma  # loads its German dictionary on first use (about 1 s)
    return simplemma.lemmatize(word, lang="de")


@lru_cache(maxsize=200_000)
def is_known(word: str) -> bool:
    """Whether the German dictionary lists the word (nouns, verbs …; many surnames are absent)."""
    import simplemma
    return simplemma.is_known(word, lang="de")


def subjunctive_mood(word: str, forms: dict[str, str]) -> str | None:
    """'konj1', 'konj2' or None for a lowercase word.

    Listed forms first (sei, wäre, hätte, würde …); then the regular Konjunktiv I of the third person
    singular: the infinitive minus its final -n ("brauche" <- brauchen, "könne" <- können; "handele" <- handeln).
    That form is also the first person singular indicative, which news prose outside quotes hardly uses.
    """
    if word in forms:
        return forms[word]
    if _particle_participle(word):
        return None       # "die abgeschlossene Ausbildung", "die angesetzte Summe"
    if len(word) > 3 and word.endswith("e") and word.isalpha() and word.islower():
        if word not in NOT_VERB_FORMS and lemma(word) in _konjunktiv_1_infinitives(word):
            return "konj1"
    if len(word) > 3 and word.isalpha() and word.islower() and _strong_konjunktiv_2(word):
        return "konj2"
    return None


def _konjunktiv_1_infinitives(word: str) -> tuple[str, ...]:
    """Infinitives whose Konjunktiv I (third person singular) the word can be: "brauche" <- brauchen; verbs in
    -eln/-ern keep or drop the e of the stem ("handele"/"handle" <- handeln, "verändere"/"verändre" <- verändern)."""
    if word.endswith(("ele", "ere")):
        return word + "n", word[:-1] + "n"
    if word.endswith("le"):
        return word + "n", word[:-2] + "eln"
    if word.endswith("re"):
        return word + "n", word[:-2] + "ern"
    return (word + "n",)


SEPARABLE_PARTICLES = ("ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "her", "hin", "los",
                       "mit", "nach", "um", "vor", "weg", "zu", "zurück", "zusammen")


def _particle_participle(word: str) -> bool:
    """An inflected participle of a particle verb: particle + "ge" + stem ("abgeschlossene" <- abschließen);
    the verb's own forms keep the particle without "ge" ("abschlösse") or have it in the stem ("vorgehe")."""
    for p in SEPARABLE_PARTICLES:
        if word.startswith(p + "ge") and len(word) > len(p) + 5:
            base = lemma(word)
            return base.startswith(p) and not base.startswith(p + "ge")
    return False


UMLAUTS = str.maketrans("äöü", "aou")


def _strong_konjunktiv_2(word: str) -> bool:
    """Konjunktiv II of a strong verb: its past stem plus -e ("bliebe" <- blieb, "fände" <- fand) or, with an
    umlaut that tells it from the past plural, plus -en ("befänden"). Weak verbs ("machte") share their
    Konjunktiv II with the past tense and are not marked."""
    ending = "en" if word.endswith("en") else "e" if word.endswith("e") else None
    if ending is None:
        return False
    stem = word[:-len(ending)]
    plain = stem.translate(UMLAUTS)
    if ending == "en" and plain == stem:
        return False
    infinitive = lemma(word)
    if not infinitive.endswith("en") or infinitive == word or lemma(plain) != infinitive:
        return False
    if infinitive.endswith(MIXED_VERBS):
        return False       # "erkannte", "brachte": the past tense of a mixed verb, weak ending and all
    if stem == plain and plain.startswith(infinitive[:-2].translate(UMLAUTS)):
        return False       # "musste", "konnte", "durfte": a modal's past drops the umlaut of its infinitive
    return not plain.startswith(infinitive[:-2])   # the past stem changed its vowel: fand <- finden


# verbs that change their vowel in the past but take weak endings (kannte, dachte); prefixed ones included
MIXED_VERBS = ("kennen", "nennen", "brennen", "rennen", "senden", "wenden", "denken", "bringen", "wissen")


# Lowercase words ending in -e whose dictionary lemma happens to be word+"n" without being verbs.
NOT_VERB_FORMS = {"eine", "keine", "meine", "deine", "seine", "ihre", "unsere", "eure", "diese", "jene",
                  "welche", "solche", "manche", "jede", "alle", "beide", "andere", "viele", "wenige", "ohne",
                  "gerne", "ferne", "nahe", "lange", "heute", "gestern", "morgen", "bitte", "danke", "gleiche"}

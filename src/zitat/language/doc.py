"""The shared document object: text, tokens, sentences and paragraphs, with offsets into the text.

Attribution stages read it and add their findings; nobody copies text around (like spaCy's Doc).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from zitat.language.morphology import is_known, lemma, subjunctive_mood
from zitat.language.sentences import Sentence, split_sentences
from zitat.language.tokens import Token, tokenize
from zitat.lexicon import Lexicon


ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# articles after which an attributive adjective can end in -e ("der gute", "dieser neue", "eine große", "seine alte")
E_ADJECTIVE_ARTICLES = {"der", "die", "das", "dieser", "jener", "jeder", "welcher", "mancher"}


@dataclass
class Doc:
    text: str
    lexicon: Lexicon
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    _surnames: set[str] | None = None
    phrases: dict = field(default_factory=dict)   # memo of noun phrases by (first token, limit)
    memo: dict = field(default_factory=dict)      # per-document results several later stages ask for ("frames")

    @property
    def surnames(self) -> set[str]:
        """Words that follow a known first name somewhere in the text ("Jonas Weber" -> Weber), so
        that a bare "Weber" is a person even though the dictionary knows the word."""
        if self._surnames is None:
            names = self.lexicon.first_names
            self._surnames = {b.text for a, b in zip(self.tokens, self.tokens[1:])
                              if b.is_capitalized and b.is_word and b.text not in names and (
                                  a.text in names or self._unknown_name_word(a))}
        return self._surnames

    def _unknown_name_word(self, t: Token) -> bool:
        """A capitalised word inside a sentence that no dictionary knows: a first name we lack
        ("Condoleezza Rice")."""
        return (t.is_capitalized and t.text.isalpha() and self.sentences[t.sentence].first != t.i
                and not is_known(t.text))

    @classmethod
    def analyse(cls, text: str, lexicon: Lexicon) -> Doc:
        tokens = tokenize(text)
        sentences = split_sentences(text, tokens, lexicon.abbreviations, set(lexicon.months),
                                    lexicon.ordinal_openers, lexicon.number_abbreviations)
        return cls(text, lexicon, tokens, sentences)

    def sentence_tokens(self, s: Sentence) -> list[Token]:
        return self.tokens[s.first:s.last]

    def body_start(self, s: Sentence) -> int:
        """First token of a sentence after a leading label ("Verkehr: Für den Ausbau …", "Steuern: …"):
        one to three capitalised words and a colon, when more words follow."""
        for k in range(s.first + 1, min(s.first + 4, s.last - 2)):
            if self.tokens[k].text == ":":
                label = self.tokens[s.first:k]
                return k + 1 if all(t.is_word and t.text[:1].isupper() for t in label) else s.first
        return s.first

    def sentence_of(self, token_index: int) -> Sentence:
        return self.sentences[self.tokens[token_index].sentence]

    def token_at(self, char: int) -> int:
        """Index of the first token ending after `char` (binary search)."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].end <= char:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def chars(self, first: int, last: int) -> tuple[int, int]:
        """Character range of tokens [first, last)."""
        return self.tokens[first].start, self.tokens[last - 1].end

    def lemma(self, i: int) -> str:
        return lemma(self.tokens[i].text)

    def mood(self, i: int) -> str | None:
        """Konjunktiv of a verb form; capitalised words are nouns ("Werte"), unless a listed form
        opens the sentence ("Wäre das …")."""
        t = self.tokens[i]
        if t.is_capitalized:
            return self.lexicon.subjunctive_forms.get(t.lower) if i == self.sentences[t.sentence].first else None
        mood = subjunctive_mood(t.lower, self.lexicon.subjunctive_forms)
        if mood == "konj1" and t.lower not in self.lexicon.subjunctive_forms and self._attributive(i):
            return None   # "liebe Flaneure", "die gute Nachricht": an adjective before its noun
        if mood == "konj1" and self._first_person(i):
            return None   # "Ich habe viel gelernt": the same form is the indicative of the first person
        return mood

    def _first_person(self, i: int) -> bool:
        """'ich' right before or after the verb ("Ich habe", "habe ich", "Dann bleibe ich")."""
        return any(0 <= j < len(self.tokens) and self.tokens[j].lower == "ich" for j in (i - 1, i + 1))

    def _attributive(self, i: int) -> bool:
        """After an article, or opening a phrase before a noun when the stem is an adjective
        ("…, liebe Flaneure"); a verb in second position also precedes nouns ("brauche Garantien")."""
        prev = self.tokens[i - 1] if i > 0 else None
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if prev is not None and prev.lower in self.lexicon.determiners:
            # "die gute Nachricht", "die gute alte Zeit"; but "Das könne zum Problem werden": a verb; after "dem",
            # "einem", "dies" an adjective never ends in -e ("dem guten"): "Mit diesem könne Obama …" is a verb, as
            # before an adverb ("das habe aber nichts …")
            if not (prev.lower.endswith("e") or prev.lower in E_ADJECTIVE_ARTICLES):
                return False
            return nxt is not None and nxt.is_word and nxt.lower not in self.lexicon.function_words and (
                nxt.is_capitalized or nxt.lower.endswith(ADJECTIVE_ENDINGS))
        if prev is not None and i > 1 and prev.is_word and prev.text.islower() and prev.lower.endswith(
                ADJECTIVE_ENDINGS) and self.tokens[i - 2].lower in self.lexicon.determiners and (
                nxt is not None and nxt.is_word and nxt.is_capitalized):
            return True   # "ihre warme weiche Stimme": the second of two adjectives between article and noun
        opens_phrase = prev is None or not prev.is_word or i == self.sentences[self.tokens[i].sentence].first
        return bool(opens_phrase and nxt is not None and nxt.is_capitalized and nxt.is_word
                    and is_known(self.tokens[i].lower[:-1]))

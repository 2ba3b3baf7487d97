"""Sentence and paragraph boundaries over tokens.

A sentence ends at . ! ? … (with any closing quotation marks after it) when the next token starts a
new sentence, and always at a line break: headlines, captions and date lines have no final stop.
Not after abbreviations ("Dr.", "z. B."), not in dates ("am 4. September") or at ordinals inside a noun
phrase ("in der 41. Minute"), not at an omission ("[…]", "(...)") and not before a comma ("„… weiter.“, so
der Sprecher"). A sentence may open with a number ("… übernommen. 300 Mitarbeiter …").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from zitat.language.tokens import Token

ENDERS = {".", "!", "?", "…"}
ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
# Longer runs without a sentence end are lists, tables or junk; cutting them keeps every later
# stage linear in the text length (a 1 MB line without a full stop must not take minutes).
MAX_SENTENCE_TOKENS = 250
CLOSING_MARKS = {"“", "”", "\"", "«", "»", "‘", "’", "›", "‹", "'", ")"}
OMISSION_BRACKETS = {"[", "("}          # "[…]", "[...]", "(...)": words left out of a quotation
NEVER_OPENS = {",", ";", ":", ")", "]", "."}   # punctuation that continues the sentence before it


@dataclass(slots=True)
class Sentence:
    i: int
    first: int      # token index range [first, last)
    last: int
    start: int      # character range
    end: int
    paragraph: int


def _starts_new_line(text: str, a: Token, b: Token) -> bool:
    return "\n" in text[a.end:b.start]


def _blank_line_between(text: str, a: Token, b: Token) -> bool:
    return text.count("\n", a.end, b.start) >= 2


def _is_false_stop(tokens: list[Token], k: int, abbreviations: set[str], months: set[str],
                   ordinal_openers: set[str], number_abbreviations: set[str]) -> bool:
    """Whether the '.' at k does not end a sentence: abbreviation, initial, ordinal before a month or after an
    article ("der 41. Minute", "zum 3. Mal")."""
    if k == 0 or tokens[k].text != ".":
        return False
    prev = tokens[k - 1]
    if prev.end != tokens[k].start:
        return False
    if prev.lower in abbreviations or (len(prev.text) == 1 and prev.text.isalpha()):
        return True
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if prev.lower in number_abbreviations and nxt is not None and nxt.text[:1].isdigit():
        return True       # "nach Art. 51 der Charta", "am 3. Aug. 2017"
    if nxt is not None and not nxt.is_word and ROMAN.fullmatch(prev.text) and k >= 2 and tokens[k - 2].is_capitalized:
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        # "Papst Benedikt XVI. „ist …“", "König Rama IX. (Bhumibol)": a regnal number; but a capital after
        # the quotation mark opens a new sentence ("… von Benedikt XVI. „Die Regierung …")
        return nxt.text == "(" or (after is not None and after.is_word and not after.is_capitalized)
    return prev.text.isdigit() and nxt is not None and (
        nxt.lower in months or not nxt.is_capitalized or _ordinal_in_phrase(tokens, k - 1, ordinal_openers))


ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _ordinal_in_phrase(tokens: list[Token], d: int, ordinal_openers: set[str]) -> bool:
    """The number at d follows an article, directly or after an adjective or opening quotation mark ("der 41.
    Minute", "im frühen 16. Jahrhundert", "die „4. Winterwelt“"), or another ordinal ("dem 50. und 70.")."""
    before = tokens[d - 1].text if d >= 1 else ""
    if before.lower() in ordinal_openers:
        return True
    if d >= 2 and tokens[d - 2].lower in ordinal_openers and (
            before in ("„", "»") or (before.isalpha() and before.islower() and before.endswith(ADJECTIVE_ENDINGS))):
        return True
    if d >= 2 and before.isalpha() and before.islower() and len(before) > 4 and before.endswith(("en", "em", "es")) and (
            tokens[d - 2].text.isalpha() and tokens[d - 2].text.islower()):
        return True       # "des landesweit ausstrahlenden 1. Kanals": a declined adjective after an adverb
    return before in ("und", "oder", "bis") and d >= 3 and tokens[d - 2].text == "." and tokens[d - 3].text.isdigit()


def split_sentences(text: str, tokens: list[Token], abbreviations: set[str], months: set[str],
                    ordinal_openers: set[str] = frozenset(),
                    number_abbreviations: set[str] = frozenset()) -> list[Sentence]:
    sentences: list[Sentence] = []
    first, paragraph = 0, 0
    n = len(tokens)

    def close(last: int, next_paragraph: bool) -> None:
        nonlocal first, paragraph
        if last > first:
            sentences.append(Sentence(len(sentences), first, last, tokens[first].start, tokens[last - 1].end,
                                      paragraph))
        first = last
        if next_paragraph:
            paragraph += 1

    k = 0
    while k < n:
        tok = tokens[k]
        if k + 1 - first >= MAX_SENTENCE_TOKENS:
            close(k + 1, False)
        elif k + 1 < n and _starts_new_line(text, tok, tokens[k + 1]):
            close(k + 1, _blank_line_between(text, tok, tokens[k + 1]))
        elif tok.text in ENDERS and k > 0 and tokens[k - 1].text in OMISSION_BRACKETS \
                and tokens[k - 1].end == tok.start:
            while k + 1 < n and tokens[k + 1].text in ENDERS and tokens[k + 1].start == tokens[k].end:
                k += 1   # "[...]": the omission goes on, no sentence ends in it
        elif tok.text in ENDERS and not _is_false_stop(tokens, k, abbreviations, months, ordinal_openers,
                                                         number_abbreviations):
            j = k + 1
            while j < n and tokens[j].text in ENDERS | CLOSING_MARKS and tokens[j].start == tokens[j - 1].end:
                j += 1
            if j >= n or tokens[j].is_capitalized or tokens[j].text[:1].isdigit() or (
                    not tokens[j].is_word and tokens[j].text not in NEVER_OPENS):
                if j < n and _starts_new_line(text, tokens[j - 1], tokens[j]):
                    close(j, _blank_line_between(text, tokens[j - 1], tokens[j]))
                else:
                    close(j, False)
                k = j
                continue
        k += 1
    close(n, False)
    for s in sentences:
        for t in tokens[s.first:s.last]:
            t.sentence = s.i
    return sentences

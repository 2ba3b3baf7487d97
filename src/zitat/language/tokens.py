"""Tokens with character offsets.

One regular expression does the work: words keep their inner hyphens, gender colons and apostrophes
("NATO-Soldat:innen", "56-Jährige", "geht's"), numbers keep inner dots and commas ("3,5", "16:33"),
web addresses and dotted names stay whole ("bildblog.de", "ver.di"),
a word cut short before a conjunction keeps its hyphen ("Luft- und Raumfahrt"),
every other non-space character (punctuation, quotation marks) is a token of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# web addresses are names of outlets ("laut bildblog.de", „news.bbc.co.uk“): one token, not three
DOMAIN = r"(?:\w+(?:-\w+)*\.)+(?:de|com|org|net|uk|at|ch|eu|fr|it|info|gov|ru|nl|es|tv|fm|io)(?!\w)"
# lower-case names with an inner dot are one word too ("laut ver.di"), not two words and a full stop
DOTTED_NAME = r"[a-zäöü]{2,}\.[a-zäöü]{2,}(?:[-‐‑]\w+)*(?!\w|\.\w)"
# a word cut short before a conjunction keeps its hyphen ("Luft- und Raumfahrt", "Bank- oder Finanzsystem"):
# it is part of the phrase, no dash between clauses
TRUNCATED = r"(?:[-‐‑](?=\s+(?:und|oder|sowie|bis|als auch)\s))?"
TOKEN_RE = re.compile(DOMAIN + "|" + DOTTED_NAME + r"|\d+(?:[.,:]\d+)+(?!\w)|\w+(?:[-‐‑:'’/]\w+)*" + TRUNCATED + r"|[^\w\s]")


@dataclass(slots=True)
class Token:
    i: int          # position in the document's token list
    start: int      # character offsets [start, end)
    end: int
    text: str
    lower: str
    is_capitalized: bool   # computed once: every stage asks, millions of times per batch
    is_word: bool
    sentence: int = -1


def tokenize(text: str) -> list[Token]:
    tokens = []
    for i, m in enumerate(TOKEN_RE.finditer(text)):
        word = m.group()
        tokens.append(Token(i, m.start(), m.end(), word, word.lower(), word[:1].isupper(), word[:1].isalnum()))
    return tokens

"""Tokens with character offsets.

One regular expression does the work: words keep their inner hyphens, gender colons and apostrophes
("NATO-Soldat:innen", "56-Jährige", "geht's"), numbers keep inner dots and commas ("3,5", "16:33"),
every other non-space character (punctuation, quotation marks) is a token of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)+(?!\w)|\w+(?:[-‐‑:'’/]\w+)*|[^\w\s]")


@dataclass(slots=True)
class Token:
    i: int          # position in the document's token list
    start: int      # character offsets [start, end)
    end: int
    text: str
    lower: str
    sentence: int = -1

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str) -> list[Token]:
    return [Token(i, m.start(), m.end(), m.group(), m.group().lower())
            for i, m in enumerate(TOKEN_RE.finditer(text))]

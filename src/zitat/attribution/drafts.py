"""A statement while it is being found: token and character positions, not yet resolved entities."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from zitat.attribution.mentions import Mention


@dataclass
class Draft:
    type: str                              # direct | indirect | indirect_free_indirect | free_indirect | reported
    quote: list[tuple[int, int]]           # character spans of the content
    sentence: int                          # sentence of the (first) content span
    cue: list[int] = field(default_factory=list)     # token indices ("teilte", "mit")
    cue_lemma: str | None = None
    speaker: Mention | None = None
    addressee: Mention | None = None
    via: Mention | None = None
    frame: tuple[int, int] | None = None   # token range of the attribution words
    medium: str = "speech"
    confidence: float = 0.8
    inherited: bool = False                # speaker taken from a neighbouring statement
    partial: bool = False                  # a few quoted words inside a sentence (Putin spricht von "…")
    source_name: str | None = None         # canonical name when the mention is a compound ("Kremlangaben")

    @property
    def start(self) -> int:
        return self.quote[0][0]

    @property
    def end(self) -> int:
        return self.quote[-1][1]

    def covers(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.quote)


class Claimed:
    """Character ranges already taken by statements, for overlap tests in O(log n).

    Ranges are short (a sentence at most), so looking back a few entries finds every range that
    could contain a position; long texts (10 MB) stay linear overall.
    """

    LOOK_BACK = 8

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        k = bisect.bisect_left(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)
        for j in range(k - 1, max(-1, k - 1 - self.LOOK_BACK), -1):
            if self.ends[j] > start:
                return True
        return False

"""A statement while it is being found: token and character positions, not yet resolved entities."""
from __future__ import annotations

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
    source_name: str | None = None         # canonical name when the mention is a compound ("Kremlangaben")

    @property
    def start(self) -> int:
        return self.quote[0][0]

    @property
    def end(self) -> int:
        return self.quote[-1][1]

    def covers(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.quote)

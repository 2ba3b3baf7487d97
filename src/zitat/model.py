"""The data contract (v1): what `zitat extract --format jsonl` writes, as small dataclasses.

Every span is a list of [start, end) character offsets into `Article.text`, so any consumer can
highlight it. `to_dict`/`from_dict` are the only (de)serialisation; the CLI and the store use them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

STATEMENT_TYPES = ("direct", "indirect", "indirect_free_indirect", "free_indirect", "reported")
MEDIA = ("speech", "writing", "thought")
ENTITY_KINDS = ("person", "organisation", "group", "outlet", "unknown")

Offsets = list[tuple[int, int]]


@dataclass
class Article:
    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str = "de"

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "published": self.published, "outlet": self.outlet,
                "url": self.url, "language": self.language, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict) -> Article:
        return cls(text=d["text"], id=d.get("id"), title=d.get("title"), published=d.get("published"),
                   outlet=d.get("outlet"), url=d.get("url"), language=d.get("language") or "de")


@dataclass
class Span:
    """A piece of the article: its text and the character offsets it was cut from."""
    text: str
    spans: Offsets

    @classmethod
    def of(cls, text: str, spans: Offsets) -> Span:
        spans = [(s, e) for s, e in spans if e > s]
        return cls(" … ".join(text[s:e] for s, e in spans), spans)

    def to_dict(self) -> dict:
        return {"text": self.text, "spans": [[s, e] for s, e in self.spans]}

    @classmethod
    def from_dict(cls, d: dict | None):
        return None if d is None else cls(d["text"], [tuple(x) for x in d["spans"]])


@dataclass
class Cue(Span):
    lemma: str | None = None

    def to_dict(self) -> dict:
        return {**super().to_dict(), "lemma": self.lemma}

    @classmethod
    def from_dict(cls, d: dict | None):
        return None if d is None else cls(d["text"], [tuple(x) for x in d["spans"]], d.get("lemma"))


@dataclass
class Speaker(Span):
    entities: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {**super().to_dict(), "entities": list(self.entities)}

    @classmethod
    def from_dict(cls, d: dict | None):
        return None if d is None else cls(d["text"], [tuple(x) for x in d["spans"]], list(d.get("entities", [])))


@dataclass
class SaidAt:
    date: str | None = None
    place: str | None = None
    # "text" when a date expression at the statement gave the date, "published" when it is the
    # article's publication day (the usual reading of an undated "sagte" in a news report).
    date_source: str | None = None

    def to_dict(self) -> dict:
        return {"date": self.date, "place": self.place, "date_source": self.date_source}

    @classmethod
    def from_dict(cls, d: dict | None) -> SaidAt:
        d = d or {}
        return cls(d.get("date"), d.get("place"), d.get("date_source"))


@dataclass
class Statement:
    id: str
    type: str
    quote: Span
    medium: str = "speech"
    cue: Cue | None = None
    frame: Span | None = None
    speaker: Speaker | None = None
    addressee: Span | None = None
    via: Span | None = None
    said_at: SaidAt = field(default_factory=SaidAt)
    confidence: float = 0.5

    @property
    def start(self) -> int:
        return self.quote.spans[0][0]

    def to_dict(self) -> dict:
        opt = lambda x: None if x is None else x.to_dict()
        return {"id": self.id, "type": self.type, "medium": self.medium, "quote": self.quote.to_dict(),
                "cue": opt(self.cue), "frame": opt(self.frame), "speaker": opt(self.speaker),
                "addressee": opt(self.addressee), "via": opt(self.via), "said_at": self.said_at.to_dict(),
                "confidence": round(self.confidence, 3)}

    @classmethod
    def from_dict(cls, d: dict) -> Statement:
        return cls(id=d["id"], type=d["type"], quote=Span.from_dict(d["quote"]), medium=d.get("medium", "speech"),
                   cue=Cue.from_dict(d.get("cue")), frame=Span.from_dict(d.get("frame")),
                   speaker=Speaker.from_dict(d.get("speaker")), addressee=Span.from_dict(d.get("addressee")),
                   via=Span.from_dict(d.get("via")), said_at=SaidAt.from_dict(d.get("said_at")),
                   confidence=d.get("confidence", 0.5))


@dataclass
class Entity:
    id: str
    name: str
    kind: str = "person"
    roles: list[str] = field(default_factory=list)
    mentions: Offsets = field(default_factory=list)
    gender: str | None = None  # "m", "f" or None; used for pronouns, not part of the contract

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "roles": list(self.roles) or None,
                "mentions": [[s, e] for s, e in sorted(set(self.mentions))]}

    @classmethod
    def from_dict(cls, d: dict) -> Entity:
        return cls(d["id"], d["name"], d.get("kind", "person"), list(d.get("roles") or []),
                   [tuple(x) for x in d.get("mentions", [])])


@dataclass
class Document:
    """One article and everything extracted from it."""
    article: Article
    statements: list[Statement] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def speaker_names(self, statement: Statement) -> list[str]:
        """Canonical names of a statement's speaker(s), or the mention text when unresolved."""
        if statement.speaker is None:
            return []
        names = [e.name for e in map(self.entity, statement.speaker.entities) if e]
        return names or [statement.speaker.text]

    def to_dict(self) -> dict:
        return {"article": self.article.to_dict(), "statements": [s.to_dict() for s in self.statements],
                "entities": [e.to_dict() for e in self.entities]}

    @classmethod
    def from_dict(cls, d: dict) -> Document:
        return cls(Article.from_dict(d["article"]), [Statement.from_dict(s) for s in d.get("statements", [])],
                   [Entity.from_dict(e) for e in d.get("entities", [])])

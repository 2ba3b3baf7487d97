"""Canonical entities within one article, and which of them each speaker mention refers to.

"Kremlsprecher Dmitri Peskow" introduces the entity Dmitri Peskow with role Kremlsprecher; a later
"Peskow" or "Sprecher Peskow" is the same entity. "er"/"sie" refer to the last person of matching
gender mentioned before; "der Minister" to the last person seen with that role. Organisations are
kept by their head noun ("der Kreml", "nach Kremlangaben" -> Kreml).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from zitat.attribution.drafts import Draft
from zitat.attribution.mentions import Mention, phrase_after
from zitat.language.doc import Doc
from zitat.model import Entity


@dataclass
class Registry:
    doc: Doc
    entities: list[Entity] = field(default_factory=list)
    by_key: dict[str, Entity] = field(default_factory=dict)
    person_mentions: list[tuple[int, Entity]] = field(default_factory=list)  # (char, entity), text order

    def _new(self, name: str, kind: str, gender: str | None = None) -> Entity:
        e = Entity(f"e{len(self.entities) + 1}", name, kind, gender=gender)
        self.entities.append(e)
        return e

    def person(self, m: Mention) -> Entity:
        """The person a named mention refers to, merging "Peskow" with "Dmitri Peskow"."""
        words = m.name.split()
        key = "person:" + words[-1].lower()
        e = self.by_key.get(key)
        if e is None and len(words) == 1 and words[0] in self.doc.lexicon.first_names:
            e = next((x for x in self.entities if x.kind == "person" and x.name.split()[0] == words[0]), None)
        if e is None:
            e = self._new(m.name, "person", m.gender)
            self.by_key[key] = e
        elif len(words) > len(e.name.split()):
            e.name = m.name
        e.gender = e.gender or m.gender
        for role in m.roles:
            if role not in e.roles:
                e.roles.append(role)
        self._mention(e, m)
        return e

    def _mention(self, e: Entity, m: Mention) -> None:
        span = self.doc.chars(m.first, m.last)
        e.mentions.append(span)
        if e.kind == "person":
            bisect.insort(self.person_mentions, (span[0], e), key=lambda x: x[0])

    def body(self, name: str, kind: str, m: Mention) -> Entity:
        key = f"{kind}:{name.lower()}"
        e = self.by_key.get(key)
        if e is None:
            e = self.by_key[key] = self._new(name, kind)
        self._mention(e, m)
        return e

    def last_person(self, before: int, gender: str | None = None, role: str | None = None) -> Entity | None:
        """The person mentioned last before `before` (within the last 40 person mentions)."""
        k = bisect.bisect_left(self.person_mentions, before, key=lambda x: x[0])
        for char, e in reversed(self.person_mentions[max(0, k - 40):k]):
            if gender and e.gender not in (None, "u", gender):
                continue
            if role and not any(r.lower().endswith(role) for r in e.roles):
                continue
            return e
        return None


def scan_people(doc: Doc, registry: Registry) -> None:
    """Register every named person in the text, in order, so pronouns have antecedents."""
    lex = doc.lexicon
    for s in doc.sentences:
        i = s.first
        while i < s.last:
            t = doc.tokens[i]
            role = lex.role(t.text) if t.is_capitalized else None
            if t.text in lex.first_names or (role is not None and role.kind == "person"):
                m = phrase_after(doc, i, s.last)
                if m is not None and m.kind == "person" and m.name:
                    registry.person(m)
                    i = m.last
                    continue
            i += 1


def resolve(doc: Doc, drafts: list[Draft]) -> tuple[list[Entity], dict[int, list[str]]]:
    """Entities of the article and, per draft (by id()), the ids its speaker refers to."""
    registry = Registry(doc)
    scan_people(doc, registry)
    speakers: dict[int, list[str]] = {}
    for d in sorted(drafts, key=lambda d: d.start):
        if d.speaker is None:
            continue
        ids = []
        for part in d.speaker.parts:
            e = _resolve_part(doc, registry, part, d)
            if e is not None:
                ids.append(e.id)
        speakers[id(d)] = ids
    return registry.entities, speakers


def _resolve_part(doc: Doc, registry: Registry, m: Mention, d: Draft) -> Entity | None:
    start = doc.tokens[m.first].start
    if m.kind == "pronoun":
        if m.pronoun == "sie" and registry.last_person(start, "f") is None:
            return None
        return registry.last_person(start, m.gender)
    if d.source_name:
        return registry.body(d.source_name, m.kind if m.kind != "person" else "organisation", m)
    if m.kind == "person" and m.name:
        return registry.person(m)
    known = _known_person(registry, m)
    if known is not None:
        registry._mention(known, m)
        return known
    if m.kind == "person" and m.roles:
        role = doc.lexicon.role(m.roles[-1])
        e = registry.last_person(start, role=role.word if role else None) or (
            registry.last_person(start) if m.roles[-1][:1].isdigit() else None)
        if e is not None:
            registry._mention(e, m)
            return e
        return registry.body(_phrase_text(doc, m), "person", m)
    name = m.name or _phrase_text(doc, m)
    return registry.body(name, m.kind if m.kind != "unknown" else "unknown", m) if name else None


def _known_person(registry: Registry, m: Mention) -> Entity | None:
    """ "Kühl betonte": a single word that is the surname of a person already in the article."""
    if not m.name or len(m.name.split()) != 1 or m.roles:
        return None
    return registry.by_key.get("person:" + m.name.lower())


def _phrase_text(doc: Doc, m: Mention) -> str:
    """The phrase without leading articles: "Sprecher des Verbandes"."""
    first = m.first
    while first < m.last and doc.tokens[first].lower in doc.lexicon.determiners:
        first += 1
    if first == m.last - 1:
        return doc.lexicon.nominative(doc.tokens[first].text)     # "des Konzerns" -> Konzern
    return doc.text[doc.tokens[first].start:doc.tokens[m.last - 1].end] if first < m.last else ""

"""Speakers across articles: "Peskow", "Dmitri Peskow", "Dmitrij Peskow" and "Kremlsprecher Peskow"
become one store-wide entity; "Anna Weber" and "Thomas Weber" stay two.

Names are compared on transliteration-folded keys (Dmitrij/Dmitri/Dmitry -> "dmitri", Peskow/Peskov ->
"peskov"), by surname first, then by a compatible first name (equal, an initial, or absent) and roles.
A user can pin names to a canonical name and a Wikidata id in a TSV file (name, canonical, wikidata).
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from zitat.model import Entity
from zitat.store.backends import Database

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# German and English transliterations of Cyrillic and Ukrainian names differ in a few letters:
# Wladimir/Vladimir, Selenskyj/Zelensky, Chodorkowski/Khodorkovsky, Sergej/Sergey/Sergei.
_LETTER_RULES = [("kh", "ch"), ("w", "v"), ("z", "s"), ("y", "i"), ("j", "i")]
_DOUBLED = re.compile(r"(.)\1+")
_TITLES = {"dr", "prof", "herr", "frau", "sir", "dame"}


def fold(token: str) -> str:
    """Transliteration-folded key of one name part: Dmitrij -> dmitri, Peskow -> peskov, Müller -> mueler."""
    s = unicodedata.normalize("NFKD", token.lower().translate(_UMLAUTS))
    s = "".join(c for c in s if c.isalnum())
    for old, new in _LETTER_RULES:
        s = s.replace(old, new)
    s = _DOUBLED.sub(r"\1", s)  # Dmitrii, Peskoff
    if s.endswith("of"):
        s = s[:-2] + "ov"  # Peskoff -> peskov
    return s


def name_key(name: str) -> str:
    return " ".join(k for k in map(fold, name.split()) if k)


@lru_cache(maxsize=1)
def role_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Role nouns from the lexicon (read only): whole words, and suffixes that head compounds
    (Kreml+sprecher). An unreadable lexicon just means no role stripping, not a failed ingest."""
    words, suffixes = set(), []
    try:
        text = resources.files("zitat.lexicon").joinpath("roles.tsv").read_text(encoding="utf-8")
    except OSError:
        return frozenset(), ()
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    for row in rows:
        role = (row.get("role") or "").strip().lower()
        if role:
            words.add(role)
            if (row.get("suffix") or "").strip() == "yes" and len(role) > 4:
                suffixes.append(role)
    return frozenset(words), tuple(suffixes)


def is_role(token: str) -> bool:
    words, suffixes = role_words()
    lower = token.lower().strip(",.")
    return lower in words or lower.endswith(suffixes)


@dataclass(frozen=True)
class PersonName:
    surname_key: str
    first_key: str | None  # None when only the surname is known ("Peskow sagte")


def parse_person(name: str) -> PersonName:
    """Surname and first name of a person's name, leaving out roles ("Kremlsprecher"), titles ("Dr.")
    and lower-case particles ("von")."""
    tokens = [p for p in name.split()
              if p[:1].isupper() and not is_role(p) and p.rstrip(".").lower() not in _TITLES]
    if not tokens:
        return PersonName(name_key(name), None)
    first = fold(tokens[0]) if len(tokens) > 1 else None
    return PersonName(fold(tokens[-1]), first or None)


def first_names_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


@dataclass
class Aliases:
    """Pinned names: folded name -> (canonical name, Wikidata id or None)."""
    by_key: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: str) -> Aliases:
        """The TSV file: columns name, canonical, wikidata; a header line and # comments are allowed."""
        aliases = cls()
        with open(path, encoding="utf-8") as f:
            for line in f:
                cells = [c.strip() for c in line.rstrip("\n").split("\t")]
                if not cells[0] or cells[0].startswith("#") or cells[0].lower() == "name":
                    continue
                canonical = cells[1] if len(cells) > 1 and cells[1] else cells[0]
                wikidata = cells[2] if len(cells) > 2 and cells[2] else None
                aliases.by_key[name_key(cells[0])] = (canonical, wikidata)
                aliases.by_key.setdefault(name_key(canonical), (canonical, wikidata))
        return aliases

    def pin(self, name: str) -> tuple[str, str | None]:
        return self.by_key.get(name_key(name), (name, None))


_COLUMNS = ("entity_id", "name", "kind", "surname_key", "first_key", "name_key", "roles", "wikidata")


class EntityResolver:
    """Store-wide entities for one batch: the candidates of all its names are read in one query, and
    the entities the batch creates or enriches are kept here and written once per batch (a query per
    mention was a round trip each on PostgreSQL). Matching sees every entity the batch made so far,
    exactly as if each article had been written before the next was read."""

    def __init__(self, db: Database, aliases: Aliases | None = None):
        self.db, self.aliases = db, aliases or Aliases()
        # (kind, key) -> rows in the order the store returns them: persons by surname, others by name
        self._rows: dict[tuple[str, str], list[dict]] = {}
        self._created: dict[str, dict] = {}   # entity_id -> row, not yet written
        self._changed: dict[str, dict] = {}   # entity_id -> stored row enriched, not yet written
        self._lookups: dict[tuple[str, str], tuple] = {}  # (name, kind) -> _lookup(): names recur

    def preload(self, entities: Iterable[Entity]) -> None:
        """Read the candidates for all these entities at once."""
        wanted = {self._lookup(entity)[0] for entity in entities}
        self._read([key for key in wanted if key not in self._rows])

    def resolve(self, entity: Entity, scope: str) -> str:
        """The store-wide entity id for one article's entity, creating or enriching an entity as needed.
        `scope` (the article key) makes new ids deterministic."""
        (kind, key), name, wikidata, person = self._lookup(entity)
        if (kind, key) not in self._rows:
            self._read([(kind, key)])
        candidates = self._rows[(kind, key)]
        roles = [r for r in entity.roles if r]
        if entity.kind != "person":
            match = candidates[0] if candidates else None
        else:
            match = best_person_match(person, roles, candidates)
        if match is None:
            row = dict(zip(_COLUMNS, (new_entity_id(name, scope, entity.id), name, entity.kind, person.surname_key,
                                      person.first_key, name_key(name), json.dumps(roles, ensure_ascii=False),
                                      wikidata)))
            candidates.append(row)
            self._created[row["entity_id"]] = row
            return row["entity_id"]
        if enrich(match, name, person, roles, wikidata) and match["entity_id"] not in self._created:
            self._changed[match["entity_id"]] = match
        return match["entity_id"]

    def write(self) -> None:
        """Insert the new entities and update the enriched ones, in the order they were made."""
        self.db.insert_many("entities", _COLUMNS, [tuple(row[c] for c in _COLUMNS) for row in self._created.values()])
        self.db.executemany("UPDATE entities SET name = ?, first_key = ?, name_key = ?, roles = ?, wikidata = ? "
                            "WHERE entity_id = ?",
                            [(r["name"], r["first_key"], r["name_key"], r["roles"], r["wikidata"], r["entity_id"])
                             for r in self._changed.values()])
        self._created.clear()
        self._changed.clear()

    def forget(self) -> None:
        """After a rollback: what was read may have been changed by what was rolled back; read again."""
        self._rows.clear()
        self._created.clear()
        self._changed.clear()

    def _lookup(self, entity: Entity) -> tuple[tuple[str, str], str, str | None, PersonName]:
        """Where to look for an entity's candidates, its (pinned) name and Wikidata id, its parsed name."""
        if (entity.name, entity.kind) not in self._lookups:
            self._lookups[(entity.name, entity.kind)] = self._parse(entity)
        return self._lookups[(entity.name, entity.kind)]

    def _parse(self, entity: Entity) -> tuple[tuple[str, str], str, str | None, PersonName]:
        name, wikidata = self.aliases.pin(entity.name)
        if entity.kind != "person":
            return (entity.kind, name_key(name)), name, wikidata, PersonName(name_key(name), None)
        person = parse_person(name)
        return ("person", person.surname_key), name, wikidata, person

    def _read(self, keys: list[tuple[str, str]]) -> None:
        for key in keys:
            self._rows[key] = []
        persons = [k for kind, k in keys if kind == "person"]
        others = sorted({kind for kind, _ in keys if kind != "person"})
        queries = [("person", "surname_key", persons)] + [
            (kind, "name_key", [k for kd, k in keys if kd == kind]) for kind in others]
        for kind, column, values in queries:
            for start in range(0, len(values), self.db.max_list):
                in_chunk, params = self.db.any_of(column, values[start:start + self.db.max_list])
                for row in self.db.query(f"SELECT {', '.join(_COLUMNS)} FROM entities WHERE kind = ? AND {in_chunk}",
                                         (kind, *params)):
                    self._rows[(kind, row[column])].append(row)


def best_person_match(person: PersonName, roles: list[str], candidates: list[dict]) -> dict | None:
    """Same surname and a compatible first name. A bare surname ("Weber") shared by several people
    goes to the one with a shared role, else stays apart rather than guess."""
    if person.first_key is not None:
        exact = [c for c in candidates if c["first_key"] == person.first_key]
        if exact:
            return exact[0]
        compatible = [c for c in candidates if first_names_compatible(c["first_key"], person.first_key)]
        conflicting = [c for c in candidates if c not in compatible]
        # "Peskow" seen first, "Dmitri Peskow" now: the bare entity gets the full name, unless another
        # first name with this surname exists, which makes the bare one ambiguous.
        if len(compatible) == 1 and not conflicting:
            return compatible[0]
        by_initial = [c for c in compatible if c["first_key"] is not None]
        return by_initial[0] if len(by_initial) == 1 else None
    if len(candidates) == 1:
        return candidates[0]
    wanted = {r.lower() for r in roles}
    by_role = [c for c in candidates if wanted & {r.lower() for r in json.loads(c["roles"])}]
    if len(by_role) == 1:
        return by_role[0]
    bare = [c for c in candidates if c["first_key"] is None]
    return bare[0] if bare else None


def enrich(row: dict, name: str, person: PersonName, roles: list[str], wikidata: str | None) -> bool:
    """Keep the fullest name seen, the union of roles and a pinned Wikidata id; True when `row` changed."""
    known_roles = json.loads(row["roles"])
    new_roles = known_roles + [r for r in roles if r not in known_roles]
    upgrade = row["first_key"] is None and person.first_key is not None
    if not upgrade and new_roles == known_roles and (wikidata is None or wikidata == row["wikidata"]):
        return False
    if upgrade:
        row.update(name=name, first_key=person.first_key, name_key=name_key(name))
    row.update(roles=json.dumps(new_roles, ensure_ascii=False), wikidata=wikidata or row["wikidata"])
    return True


def new_entity_id(name: str, scope: str, local_id: str) -> str:
    slug = "-".join(name_key(name).split())[:40] or "entity"
    return f"{slug}-{hashlib.sha1(f'{scope}/{local_id}'.encode()).hexdigest()[:6]}"

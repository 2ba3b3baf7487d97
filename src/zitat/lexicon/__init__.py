"""Linguistic knowledge as data: TSV files beside this module, one list each.

Each file starts with a `# source: …` comment line and a header row. `german()` loads them all once
into a `Lexicon` (call `german.cache_clear()` to reload after editing a file).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


def read_table(name: str, folder: Path = HERE) -> list[dict[str, str]]:
    """Rows of `name`.tsv as dicts keyed by the header; '-' cells become ''. A row whose number of
    fields differs from the header's is an error naming the file and line (a stray merge marker, a
    space instead of a tab), never a silently shifted row."""
    with open(folder / f"{name}.tsv", encoding="utf-8", newline="") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if not line.startswith("#") and line.strip()]
    width = len(lines[0][1].rstrip("\r\n").split("\t")) if lines else 0
    for n, line in lines[1:]:
        fields = len(line.rstrip("\r\n").split("\t"))
        if fields != width or (width == 1 and line.startswith(("<<<<<<<", "=======", ">>>>>>>"))):
            raise ValueError(f"{name}.tsv line {n}: {fields} fields where the header has {width}")
    rows = csv.DictReader([line for _, line in lines], delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: ("" if v in (None, "-") else v.strip()) for k, v in row.items()} for row in rows]


@dataclass(frozen=True)
class SpeechVerb:
    lemma: str
    verb: str          # the finite part: "teilen" in "teilte … mit"
    particle: str      # what closes the clause: "mit", "deutlich", "" for none
    medium: str
    reported: bool     # names a speech act even without a content clause ("lehnt Truppen ab")
    addressee: str = ""   # case of the object spoken to: "dative", "accusative" or ""
    object_preposition: str = ""   # of its prepositional object: "von" in "sprach von einer Krise"


@dataclass(frozen=True)
class Role:
    word: str
    kind: str          # person | organisation | group
    gender: str
    suffix: bool       # also the head of compounds: Kreml+sprecher


@dataclass
class Lexicon:
    speech_verbs: dict[str, list[SpeechVerb]]      # by lowercase finite verb lemma
    frame_words: dict[str, dict[str, str]]          # by lowercase phrase
    first_names: dict[str, str]                     # name -> m|f|u
    roles: dict[str, Role]                          # by lowercase word
    role_suffixes: dict[str, Role]                  # compound heads by lowercase word
    outlets: dict[str, str]                         # name -> kind
    places: dict[str, str]
    pronouns: dict[str, set[str]]
    determiners: set[str]
    function_words: set[str]
    abbreviations: set[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    subjunctive_forms: dict[str, str]
    particles: set[str] = field(default_factory=set)
    fused_prepositions: set[str] = field(default_factory=set)   # "am", "zum", "im": a preposition with its article
    title_nouns: dict[str, bool] = field(default_factory=dict)    # "der Film „…“": a title follows; noun -> also as a compound head
    name_nouns: tuple[str, ...] = ()   # "der Titel lautet „…“": a name, no one's words; also as a compound head
    number_abbreviations: set[str] = field(default_factory=set)   # "Art. 5", "3. Aug. 2017": before a number only
    sentence_adverbs: set[str] = field(default_factory=set)   # "vermutlich", "offenbar": the speaker's certainty
    name_titles: set[str] = field(default_factory=set)   # "Dr. Dittrich", "Prof. Lanz": a name follows

    def role(self, word: str) -> Role | None:
        """The role a noun names, directly or as the head of a compound ("Kremlsprecher" -> Sprecher),
        also in the genitive ("des Konzerns", "des Verbandes")."""
        low = word.lower()
        if low in self._role_memo:
            return self._role_memo[low]
        found = self._role(low)
        if found is None and low.endswith("s") and len(low) > 4:
            found = self._role(low[:-2]) if low.endswith("es") else None
            found = found or self._role(low[:-1])
        if found is None and low.endswith("en") and len(low) > 5:
            base = self._role(low[:-1])      # "die Abgeordneten", "die Verantwortlichen": adjectives as nouns
            if base is not None and base.word.endswith("e") and base.kind in ("person", "group"):
                found = Role(low, "group", "-", base.suffix)
        if len(self._role_memo) < 200_000:   # bounded: a 10 MB text must not grow it without end
            self._role_memo[low] = found
        return found

    def nominative(self, word: str) -> str:
        """ "Konzerns" -> "Konzern", "Verbandes" -> "Verband"; other words unchanged."""
        low = word.lower()
        if self._role(low) is None and low.endswith("s"):
            for cut in (2, 1):
                if (cut == 1 or low.endswith("es")) and self._role(low[:-cut]) is not None:
                    return word[:-cut]
        return word

    def _role(self, low: str) -> Role | None:
        if low in self.roles:
            return self.roles[low]
        # longest head first: "Polizeisprecherin" is a Sprecherin before it is an "In"
        for size in self._suffix_sizes:
            if len(low) > size + 2 and (role := self.role_suffixes.get(low[-size:])) is not None:
                return role
        return None

    def __post_init__(self) -> None:
        self._suffix_sizes = sorted({len(w) for w in self.role_suffixes}, reverse=True)
        # every speech verb by its whole lemma without spaces: "mitteilen", "deutlichmachen"
        self.verbs_by_lemma = {v.lemma.replace(" ", "").lower(): v for vs in self.speech_verbs.values() for v in vs}
        self.participle_memo: dict[str, SpeechVerb | None] = {}
        # words after which "41." is an ordinal inside a noun phrase ("in der 41. Minute", "zum 3. Mal")
        self.ordinal_openers = self.determiners | self.fused_prepositions
        self._role_memo: dict[str, Role | None] = {}
        # views of the frame words: "nach Angaben" -> nach_nouns["angaben"] = medium; nouns that frame
        # only with a named source after them; speech nouns announcing content ("Vorwurf")
        self.nach_nouns: dict[str, str] = {}
        self.nouns_needing_source: set[str] = set()
        self.speech_nouns: set[str] = set()
        self.norm_nouns: set[str] = set()     # "gemäß der Regelung": in accordance with, no source
        # the last word of every frame phrase: "Sicht" of "aus Sicht", a view named before a clause
        self.frame_heads: set[str] = {phrase.split()[-1] for phrase in self.frame_words}
        for phrase, row in self.frame_words.items():
            words = phrase.split()
            if row.get("position") == "norm":
                self.norm_nouns.add(words[-1])
                continue
            if len(words) >= 2 and words[0] == "nach":
                self.nach_nouns[words[1]] = row.get("medium") or "speech"
                if row.get("position") == "before_source":
                    self.nouns_needing_source.add(words[1])
            elif row.get("position") == "noun":
                self.speech_nouns.add(phrase)


@cache
def german() -> Lexicon:
    verbs: dict[str, list[SpeechVerb]] = {}
    for r in read_table("speech_verbs"):
        v = SpeechVerb(r["lemma"], r["verb"].lower(), r["particle"].lower(), r["medium"] or "speech",
                       r["reported"] == "yes", r.get("addressee") or "", r.get("object_preposition") or "")
        verbs.setdefault(v.verb, []).append(v)
    roles = {r["role"].lower(): Role(r["role"].lower(), r["kind"], r["gender"], r["suffix"] == "yes")
             for r in read_table("roles")}
    calendar = read_table("calendar")
    return Lexicon(
        speech_verbs=verbs,
        frame_words={r["phrase"].lower(): r for r in read_table("frame_words")},
        first_names={r["name"]: r["gender"] for r in read_table("first_names")},
        roles=roles,
        role_suffixes={r.word: r for r in roles.values() if r.suffix},
        outlets={r["name"]: r["kind"] for r in read_table("outlets")},
        places={r["name"]: r["kind"] for r in read_table("places")},
        pronouns={r["pronoun"]: set(r["refers_to"].split()) for r in read_table("pronouns")},
        determiners={r["word"] for r in read_table("determiners")},
        function_words={r["word"] for r in read_table("function_words")},
        sentence_adverbs={r["word"] for r in read_table("sentence_adverbs")},
        abbreviations={r["abbreviation"] for r in read_table("abbreviations") if r["before"] != "number"},
        number_abbreviations={r["abbreviation"] for r in read_table("abbreviations") if r["before"] == "number"},
        name_titles={r["abbreviation"] for r in read_table("abbreviations") if r["before"] == "name"},
        months={r["word"]: int(r["number"]) for r in calendar if r["kind"] == "month"},
        weekdays={r["word"]: int(r["number"]) for r in calendar if r["kind"] == "weekday"},
        subjunctive_forms={r["form"]: r["mood"] for r in read_table("subjunctive_forms")},
        particles={v.particle for vs in verbs.values() for v in vs if v.particle},
        fused_prepositions={r["word"] for r in read_table("fused_prepositions")},
        title_nouns={r["noun"]: r["compound"] == "yes" for r in read_table("title_nouns")},
        name_nouns=tuple(r["noun"] for r in read_table("name_nouns")),
    )

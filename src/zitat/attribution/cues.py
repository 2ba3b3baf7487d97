"""Speech verbs in a sentence, with their separated particles: "teilte … mit", "lehnt … ab",
"machte … deutlich" are one cue each, with the lemma of the whole verb (mitteilen, ablehnen, deutlich
machen). Which verbs count, their particles, medium and whether they report a speech act on their
own ("Moskau lehnt Truppen ab") is lexicon data (lexicon/speech_verbs.tsv).
"""
from __future__ import annotations

from dataclasses import dataclass

from zitat.language.doc import Doc
from zitat.language.morphology import SEPARABLE_PARTICLES
from zitat.lexicon import SpeechVerb

CLAUSE_BREAKS = {",", ":", ";", "„", "“", "”", "\"", "»", "«", "(", ")", "–", "-"}
QUOTATION_MARKS = {"„", "“", "”", "\"", "»", "«"}
IMPERSONAL = {"heißen"}
AUXILIARIES = {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "habe", "sei", "seien",
               "wird", "werden", "werde", "wurde", "wurden", "würde", "würden", "will", "wollte", "wolle", "soll", "sollte", "solle",
               "kann", "konnte", "könne", "muss", "musste", "müsse", "möchte",
               "ließ", "ließen", "lässt", "lassen", "lasse"}    # "ließ Welajati … verbreiten"


@dataclass
class CueMatch:
    verb: int                  # token index of the verb
    particle: int | None       # token index of a separated particle
    anchor: int                # the finite verb the subject agrees with (an auxiliary for "hat … gesagt")
    entry: SpeechVerb
    words: tuple[int, ...] = ()   # the words of a phrasal lemma before its particle: "für" of "für möglich halten"

    @property
    def tokens(self) -> list[int]:
        if self.particle is None:
            return [self.verb]
        return sorted([self.verb, *self.words, self.particle]) if self.words else [self.verb, self.particle]

    @property
    def last(self) -> int:
        return max(self.tokens)


def find_cues(doc: Doc) -> list[CueMatch]:
    """The speech verbs of the document, in text order; found once per document (Doc.memo)."""
    if "cues" not in doc.memo:
        doc.memo["cues"] = _find_cues(doc)
    return doc.memo["cues"]


def cues_at(doc: Doc) -> dict[int, list[CueMatch]]:
    """The speech verbs by the position of their verb: where later stages look for another speech act."""
    if "cues_at" not in doc.memo:
        index: dict[int, list[CueMatch]] = {}
        for c in find_cues(doc):
            index.setdefault(c.verb, []).append(c)
        doc.memo["cues_at"] = index
    return doc.memo["cues_at"]


def _find_cues(doc: Doc) -> list[CueMatch]:
    by_lemma = doc.lexicon.verbs_by_lemma
    cues = []
    for s in doc.sentences:
        for i in range(s.first, s.last):
            t = doc.tokens[i]
            if not t.is_word or (t.is_capitalized and i != s.first) or t.lower in doc.lexicon.function_words:
                continue
            if t.is_capitalized and _noun_reading(t.text):
                continue      # "Angaben über Schäden …", "Berichte zufolge": a noun opening the sentence
            if i > s.first and doc.tokens[i - 1].lower == "zu":
                continue      # "…, die Polizei zu rufen": an infinitive inside the content
            match = _match_verb(doc, i, s.last, by_lemma)
            if match is not None:
                cues.append(match)
    return cues


def _noun_reading(word: str) -> bool:
    """The dictionary reads the capitalised word as a noun ("Angaben" -> "Angabe"), not as a verb ("Sagte")."""
    from zitat.language.morphology import lemma
    return lemma(word)[:1].isupper()


ADJECTIVAL_ENDINGS = ("ene", "ener", "enen", "enem", "enes", "ter", "tes", "tem")


def _adjectival_participle(word: str) -> bool:
    """ "mit vorgehaltener Waffe", "die angekündigtem …": an inflected participle is an adjective,
    not a speech verb (the bare participle "vorgehalten", "angekündigt" stays a verb)."""
    if "ge" in word[:-4] and word.endswith(ADJECTIVAL_ENDINGS):
        return True
    # "vom Bundestag beschlossenen Änderung": a strong participle with an ending (no finite form ends so)
    return word.endswith(STRONG_PARTICIPLE_ENDINGS)


STRONG_PARTICIPLE_ENDINGS = ("enen", "ener", "enem", "enes")


PARTICIPLE_I_ENDINGS = {"d", "de", "den", "der", "des", "dem"}


def _match_verb(doc: Doc, i: int, sentence_end: int, by_lemma: dict[str, SpeechVerb]) -> CueMatch | None:
    if _adjectival_participle(doc.tokens[i].lower) or _attributive_before_noun(doc, i, sentence_end):
        return None
    if _adjective_with_its_preposition(doc, i):
        return None
    if doc.tokens[i].lower == "sprich" and i + 1 < sentence_end and doc.tokens[i + 1].text == ",":
        return None       # "– sprich, das Morden normalisieren": "that is to say", no one speaks
    if doc.tokens[i].lower == "einigen" and i + 1 < sentence_end and doc.tokens[i + 1].is_word and (
            doc.tokens[i + 1].is_capitalized and doc.tokens[i + 1].text != "Sie"
            or doc.tokens[i + 1].lower.endswith(("en", "er", "e"))
            and doc.tokens[i + 1].lower not in ("sich", "uns", "euch", "mich", "dich", "die", "der", "den", "über", "aber")):
        return None       # "von einigen Tieren", "mit einigen neuen Regeln": the quantifier, not "sich einigen"
    if doc.tokens[i].lower == "heißt" and i >= 2 and doc.tokens[i - 1].lower == "das" and doc.tokens[i - 2].text == ",":
        return None       # "Zweifel an der Schuld, das heißt am Tatvorwurf": "that is", no one speaks
    lemma = doc.lemma(i).lower()
    word = doc.tokens[i].lower
    if lemma == "nennen" and _gives_a_name(doc, i, sentence_end):
        return None
    if (lemma == "lauten" and _states_a_name(doc, i, sentence_end)) or _a_name_as_subject(doc, i):
        return None
    if _compared(doc, i, sentence_end):
        return None
    if lemma == "präsentieren" and _reflexive(doc, i, sentence_end):
        return None       # "die sich als „Schule ohne Gewalt“ präsentiert": shows itself, presents nothing said
    if word in PASSIVE_ONLY_PARTICIPLES and _passive_werden(doc, i, sentence_end):
        lemma = PASSIVE_ONLY_PARTICIPLES[word]     # "Den Anwohnern wurde geraten, …" (not "in Not geraten")
    if lemma.endswith("n") and word.startswith(lemma) and word[len(lemma):] in PARTICIPLE_I_ENDINGS:
        return None       # "Ergänzend erklärte die Polizei", "relativierend": the present participle is an adverb
    if lemma not in doc.lexicon.speech_verbs and word.endswith("en") and word in doc.lexicon.speech_verbs:
        lemma = word      # "weisen … hin": the dictionary reads "weisen" as a form of "weise"
    separated = [v for v in doc.lexicon.speech_verbs.get(lemma, []) if v.particle]
    for entry in separated:
        p = _particle_in_clause(doc, i, sentence_end, entry.particle)
        if p is None and _particle_before(doc, i, entry.particle):
            p = i - 1     # "wie das Ministerium bekannt gab": the verb at the end of a subordinate clause
        if p is None and i > 1 and doc.tokens[i - 1].lower in CORRELATES and doc.tokens[i - 2].is_capitalized and (
                _particle_before(doc, i, entry.particle, i - 2)):
            p = i - 2     # "hatten Einspruch dagegen erhoben": a pronominal adverb between the noun and the verb
        if p is not None:
            return CueMatch(i, p, _anchor(doc, i), entry, _lemma_words_before(doc, p, i, entry))
    entry = by_lemma.get(lemma) or _form_entry(doc, lemma) or _prefixed_participle(doc, i, by_lemma)
    if entry is not None and word.startswith(entry.lemma.lower()) and word[len(entry.lemma):] in PARTICIPLE_I_ENDINGS:
        return None       # "die vom Mond ausgehenden Teilchen": the present participle of a particle verb is an adjective
    if entry is not None and not entry.particle and _other_particle(doc, i, sentence_end):
        return None       # "wehrte den Schuss ab", "werten die Daten aus": the particle makes another verb
    if entry is not None and not (entry.particle and " " in entry.lemma):
        # "heißt es", "hieß es": the impersonal "es" belongs to the cue
        expletive = i + 1 if entry.lemma in IMPERSONAL and i + 1 < sentence_end and doc.tokens[i + 1].lower == "es" else None
        return CueMatch(i, expletive, _anchor(doc, i), entry)
    return None


# participles that are also the forms of another verb: "geraten" is raten (advise) only in the werden-passive,
# elsewhere it is geraten (get into: "in Not geraten")
PASSIVE_ONLY_PARTICIPLES = {"geraten": "raten"}
WERDEN_FORMS = {"wird", "wurde", "wurden", "werden", "worden", "würde", "würden", "werde"}


def _passive_werden(doc: Doc, i: int, end: int) -> bool:
    """A form of werden right before the participle or as the finite verb of its clause ("wurde … geraten")."""
    first = doc.sentences[doc.tokens[i].sentence].first
    for k in range(i - 1, max(first, i - MAX_CLAUSE_SPAN) - 1, -1):
        if doc.tokens[k].text in CLAUSE_BREAKS:
            break
        if doc.tokens[k].lower in WERDEN_FORMS:
            return True
    return i + 1 < end and doc.tokens[i + 1].lower in WERDEN_FORMS


def _lemma_words_before(doc: Doc, p: int, verb: int, entry: SpeechVerb) -> tuple[int, ...]:
    """The words of the lemma written right before its particle: "hält es für möglich" (für möglich halten), "ist
    der Meinung" (der Meinung sein), "stellte in Frage" (in Frage stellen), "kam zu dem Schluss"."""
    words = entry.lemma.lower().split()
    last = entry.particle.lower().split()[-1]
    if last not in words:
        return ()
    before = words[:words.index(last)]
    found = []
    k = p - 1
    for w in reversed(before):
        if k <= verb or doc.tokens[k].lower != w:
            break
        found.append(k)
        k -= 1
    return tuple(sorted(found))


def _attributive_before_noun(doc: Doc, i: int, end: int) -> bool:
    """ "die erklärte Absicht", "Nicht erklärte Streiks legten den Flugverkehr lahm": between an article
    (or a sentence-opening "nicht") and a noun the form is an adjective."""
    if i == 0 or i + 1 >= end or not doc.tokens[i + 1].is_capitalized:
        return False
    if not doc.tokens[i].lower.endswith(("te", "ten", "tes", "ter", "tem")):
        return False      # only a participle takes adjective endings ("Dies gab Airbus bekannt")
    prev = doc.tokens[i - 1]
    opening = i - 1 == doc.sentences[prev.sentence].first
    if opening and prev.lower in POINTING_BACK and (prev.lower == "dies" or _names_someone(doc, i + 1)):
        return False      # "Dies erklärte Airbus-Sprecher X", "Das sagte Feuerwehrsprecher Y", "Dies bestätigte
                          # Stoiber": a pronoun and a verb ("dies" is no article before a noun)
    opening_negation = prev.lower in ("nicht", "nie") and opening
    return prev.lower in doc.lexicon.determiners or opening_negation


POINTING_BACK = {"das", "dies", "dieses"}


def _names_someone(doc: Doc, k: int) -> bool:
    word = doc.tokens[k].text
    return word in doc.lexicon.first_names or doc.lexicon.role(word) is not None


# participles that are adjectives with a preposition of their own: "auf Genf angewiesen sein" (dependent on),
# not "anweisen" (instruct)
ADJECTIVE_PARTICIPLES = {"angewiesen": "auf"}


def _gives_a_name(doc: Doc, i: int, end: int) -> bool:
    """ "Dies nennt man einen Aktiensplit", "eine Software, genannt „Blitz“,": "nennen" with the impersonal
    "man" defines a term and the bare participle set off after a comma or bracket gives another name; no one
    is reported ("Er nannte drei Gründe", "Sie hat den Plan einen Fehler genannt" report)."""
    first = doc.sentences[doc.tokens[i].sentence].first
    near = [doc.tokens[k].lower for k in (i - 1, i + 1) if first <= k < end]
    if "man" in near:
        return True
    return doc.tokens[i].lower == "genannt" and i > first and doc.tokens[i - 1].text in (",", "(", "–", "-")


def _reflexive(doc: Doc, i: int, end: int) -> bool:
    """ "präsentiert sich", "präsentiert er sich", "die sich als „…“ präsentiert": "sich" right after the verb or
    earlier in its clause (quoted words skipped)."""
    if any(doc.tokens[k].lower == "sich" for k in (i + 1, i + 2) if k < end):
        return True
    first = doc.sentences[doc.tokens[i].sentence].first
    inside = False
    for k in range(i - 1, max(first, i - 20) - 1, -1):
        t = doc.tokens[k]
        if t.text in ("“", "”", "«"):
            inside = True
        elif t.text in ("„", "»"):
            inside = False
        elif inside:
            continue
        elif t.text in CLAUSE_BREAKS:
            return False
        elif t.lower == "sich":
            return True
    return False


def _compared(doc: Doc, i: int, end: int) -> bool:
    """ "etwa zehn Stunden früher als erwartet", "höher als befürchtet": a bare participle after a comparative
    and "als" measures against an expectation, nobody is reported as expecting anything."""
    if i < 2 or doc.tokens[i - 1].lower != "als" or (i + 1 < end and doc.tokens[i + 1].is_word):
        return False
    k = i - 2
    if k > 0 and doc.tokens[k].text in QUOTATION_MARKS:
        k -= 1           # "etwa „zehn Stunden früher“ als erwartet"
    before = doc.tokens[k]
    return before.is_word and before.text.islower() and (before.lower.endswith("er") or before.lower == "mehr")


def _states_a_name(doc: Doc, i: int, end: int) -> bool:
    """ "Der Titel der Studie lautet „…“", "„…“, so lautet der Name der Aktion": "lauten" with a noun for a name
    as its subject (name_nouns.tsv) states a name; the words of a message ("Die Botschaft lautet: …") are
    someone's. The subject stands at the verb: in the few words of its clause before it, or right after it."""
    first = doc.sentences[doc.tokens[i].sentence].first
    before = []
    for k in range(i - 1, first - 1, -1):
        if doc.tokens[k].text in CLAUSE_BREAKS:
            break
        before.append(k)
    nouns = [k for k in before[:6] if doc.tokens[k].is_capitalized] + [
        k for k in range(i + 1, min(end, i + 4)) if doc.tokens[k].is_capitalized][:1]
    return any(doc.tokens[k].lower.endswith(doc.lexicon.name_nouns) for k in nouns)


def _a_name_as_subject(doc: Doc, i: int) -> bool:
    """ "Der Name Ubuntu bedeutet „Menschlichkeit“ und bezeichnet eine Philosophie", "Wie der Titel verrät, …":
    a name or title (name_nouns.tsv) opening the verb's clause as its subject says what it means; it
    reports nobody's words."""
    first = doc.sentences[doc.tokens[i].sentence].first
    breaks = CLAUSE_BREAKS - QUOTATION_MARKS
    k = i - 1
    while k > first and doc.tokens[k].text not in breaks:
        k -= 1
    k = k + 1 if doc.tokens[k].text in breaks else k
    if k < i and doc.tokens[k].lower in ("wie", "so", "und", "denn"):
        k += 1
    if k >= i or doc.tokens[k].lower not in doc.lexicon.determiners:
        return False
    k += 1
    while k < i and doc.tokens[k].is_word and doc.tokens[k].text.islower():
        k += 1          # adjectives: "der neue Titel"
    return k < i and doc.tokens[k].is_capitalized and doc.tokens[k].lower.endswith(doc.lexicon.name_nouns)


def _adjective_with_its_preposition(doc: Doc, i: int) -> bool:
    preposition = ADJECTIVE_PARTICIPLES.get(doc.tokens[i].lower)
    first = doc.sentences[doc.tokens[i].sentence].first
    return preposition is not None and any(doc.tokens[k].lower == preposition for k in range(max(first, i - 8), i))


def _form_entry(doc: Doc, form: str) -> SpeechVerb | None:
    """A lexicon row whose verb column is a form the dictionary does not lemmatise ("entschieden")."""
    return next((v for v in doc.lexicon.speech_verbs.get(form, ()) if not v.particle), None)


def _particle_in_clause(doc: Doc, i: int, end: int, particle: str) -> int | None:
    """The particle that closes the clause of the verb at i ("lehnt … kategorisch ab")."""
    words = particle.split()
    marks = brackets = 0
    skip_to = 0
    for k in range(i + 1, end):
        t = doc.tokens[k]
        if k < skip_to:
            continue
        if t.text == "," and (close := date_apposition_end(doc, k, end)) is not None:
            skip_to = close + 1   # "gab am Montag, dem 27. März, die Einstellung bekannt"
            continue
        if t.text in QUOTATION_MARKS:
            marks += 1    # "wies die Vorwürfe als „haltlos“ zurück": a quoted word inside the clause
            continue
        if t.text in ("(", ")"):
            brackets += 1 if t.text == "(" else -1    # "warf Schäuble (CDU) vor"
            continue
        if brackets > 0:
            continue
        if t.text == "," and _enumeration_comma(doc, k, end):
            continue      # "schlug dem Minister für Verkehr, Bau und Tourismus vor"
        if t.text == "," and (p := _particle_after_apposition(doc, k, end, words[-1])) is not None:
            return p      # "teilte der Direktor der Behörde, Bagus Puruhito, mit"
        if t.text in CLAUSE_BREAKS or t.lower in ("dass", "ob"):
            return None
        if t.lower == words[-1] and (len(words) == 1 or doc.tokens[k - 1].lower == words[0]) and (
                marks % 2 == 0 and _clause_ends_after(doc, k, end)):
            return k
    return None


MAX_ENUMERATION = 4


def _enumeration_comma(doc: Doc, comma: int, end: int) -> bool:
    """A comma between two nouns of a list that "und" or "oder" closes: "für Verkehr, Bau und Tourismus"."""
    if comma + 2 >= end or not doc.tokens[comma - 1].is_capitalized or not doc.tokens[comma + 1].is_capitalized:
        return False
    for k in range(comma + 2, min(end - 1, comma + MAX_ENUMERATION)):
        t = doc.tokens[k]
        if t.lower in ("und", "oder", "sowie"):
            return doc.tokens[k + 1].is_capitalized and all(
                doc.tokens[j].is_capitalized or doc.tokens[j].text == "," for j in range(comma + 1, k))
        if t.text in CLAUSE_BREAKS - {","}:
            return False
    return False


def date_apposition_end(doc: Doc, comma: int, end: int) -> int | None:
    """The closing comma of a date in apposition to a day: "am Montag, dem 27. März, …", "den 3. Mai 2005,"."""
    if comma + 2 >= end or doc.tokens[comma + 1].lower not in ("dem", "den") or not (
            doc.tokens[comma + 2].text[:1].isdigit()):
        return None
    for k in range(comma + 3, min(comma + 7, end)):
        if doc.tokens[k].text == ",":
            return k
        if not (doc.tokens[k].text[:1].isdigit() or doc.tokens[k].text == "." or doc.tokens[k].lower in doc.lexicon.months):
            return None
    return None


# separable verb particles; one closing the clause of a finite verb makes a verb of its own (abwehren, auswerten)
SEPARATED_PARTICLES = set(SEPARABLE_PARTICLES) | {"heraus", "hervor", "hinaus", "hinzu", "entgegen", "voran",
                                                  "vorbei", "herab", "herunter", "zurecht", "statt"}


OPENING_MARKS = {"„", "»", "(", "\""}
CLAUSE_WORDS = {"dass", "ob", "und", "oder", "sowie", "aber", "sondern", "denn", "weil", "wenn", "als", "wie"}


def _other_particle(doc: Doc, i: int, end: int) -> bool:
    """A separable particle closes the clause of the verb at i ("billigten ihm das Recht zu")."""
    marks = brackets = 0
    for k in range(i + 1, end):
        t = doc.tokens[k]
        if t.text in QUOTATION_MARKS:
            marks += 1
            continue
        if t.text in ("(", ")"):
            brackets += 1 if t.text == "(" else -1
            continue
        if brackets > 0:
            continue
        if t.text in CLAUSE_BREAKS or t.lower in CLAUSE_WORDS:
            return False  # "bezeichnete sie als rechtmäßig und forderte sie auf": the particle of the next verb
        if t.lower in SEPARATED_PARTICLES and marks % 2 == 0 and _clause_ends_after(doc, k, end) and not (
                k + 1 < end and doc.tokens[k + 1].text in OPENING_MARKS):
            return True   # but "rechnen mit „starken Regenfällen“": a preposition before quoted words
    return False


MAX_APPOSITION = 8
MAX_RELATIVE_INSERT = 16
RELATIVE_WORDS = {"der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches"}


def _particle_after_apposition(doc: Doc, comma: int, end: int, particle: str) -> int | None:
    """The particle right after a second comma that closes a short apposition: ", Bagus Puruhito, mit"."""
    longest = MAX_RELATIVE_INSERT if doc.tokens[comma + 1].lower in RELATIVE_WORDS else MAX_APPOSITION
    for k in range(comma + 2, min(comma + longest, end - 1)):   # "geht aus einer Meldung, die … wurde, hervor"
        t = doc.tokens[k]
        if t.text == ",":
            return _particle_closing(doc, k + 1, end, particle)
        if t.text in CLAUSE_BREAKS - {"(", ")"} or t.lower in ("dass", "ob"):
            return None
    return None


MAX_AFTER_APPOSITION = 4


def _particle_closing(doc: Doc, k: int, end: int, particle: str) -> int | None:
    """The particle within a few words after an apposition: ", Bagus Puruhito, mit", ", noch davon aus"."""
    for j in range(k, min(k + MAX_AFTER_APPOSITION, end)):
        t = doc.tokens[j]
        if t.lower == particle.lower() and _clause_ends_after(doc, j, end):
            return j
        if not t.is_word or t.lower in ("dass", "ob"):
            return None
    return None


def _particle_before(doc: Doc, i: int, particle: str, at: int | None = None) -> bool:
    """ "bekannt gab", "deutlich machte": a particle written apart right before a clause-final verb (or at
    `at`, a word earlier)."""
    at = i - 1 if at is None else at
    if " " in particle or at < 0 or doc.tokens[at].lower != particle.lower():
        return False
    last = i
    while last + 1 < len(doc.tokens) and last - i < 2 and doc.tokens[last + 1].lower in AUXILIARIES | {"worden"}:
        last += 1     # "nachdem bekannt geworden war, …", "wie er deutlich gemacht hatte": the auxiliaries end the clause
    return _clause_ends_after(doc, last, len(doc.tokens)) and doc.tokens[i - 1].sentence == doc.tokens[i].sentence


def _clause_ends_after(doc: Doc, k: int, end: int) -> bool:
    """A separated particle closes its clause: "sagte zu Journalisten" is not "zusagen"."""
    if k + 1 >= end:
        return True
    nxt = doc.tokens[k + 1]
    if nxt.text in ("„", "»") and nxt.start == doc.tokens[k].end + 1:
        return False     # "sind heute ein „geflügeltes Wort“": an article or preposition before a quoted phrase
    if nxt.lower in CORRELATES and k + 2 < end and doc.tokens[k].is_capitalized:
        nxt = doc.tokens[k + 2]     # "legte Wert darauf, dass …", "übte Kritik daran, dass …"
    return not nxt.is_word or nxt.lower in ("und", "oder", "aber", "sondern", "dass")   # "wies darauf hin dass"


CORRELATES = {"darauf", "daran", "dazu", "dafür", "darüber", "davon", "damit", "dagegen"}


def _prefixed_participle(doc: Doc, i: int, by_lemma: dict[str, SpeechVerb]) -> SpeechVerb | None:
    """Particle verbs written as one word that the dictionary misses: "bereiterklärt", "mitzuteilen"."""
    word = doc.tokens[i].lower
    memo = doc.lexicon.participle_memo
    if word not in memo:
        memo[word] = _split_particle(doc, word, by_lemma)
    return memo[word]


def _split_particle(doc: Doc, word: str, by_lemma: dict[str, SpeechVerb]) -> SpeechVerb | None:
    for particle in doc.lexicon.particles:
        if word.startswith(particle) and len(word) > len(particle) + 3:
            rest = word[len(particle):]
            for infix in ("ge", "zu", ""):
                if rest.startswith(infix):
                    from zitat.language.morphology import lemma
                    entry = by_lemma.get(particle + lemma(rest[len(infix):]).lower())
                    if entry is not None:
                        return entry
    return None


MAX_CLAUSE_SPAN = 30    # "hatte Obama bei seinem Treffen mit … im Vorfeld des Gipfels gesagt"


def _anchor(doc: Doc, i: int) -> int:
    """For a participle or infinitive at the clause end, the finite auxiliary earlier in the clause."""
    s = doc.sentences[doc.tokens[i].sentence]
    if i == s.first and i + 1 < s.last and doc.tokens[i + 1].lower in WERDEN_PASSIVE and (
            doc.tokens[i].text[:1].isupper() and ("ge" in doc.tokens[i].lower[:-3] or doc.tokens[i].lower.endswith("t"))):
        return i + 1      # "Bemängelt werden außerdem die Kosten": a fronted participle, its auxiliary second
    k = i - 1
    while k >= max(s.first, i - MAX_CLAUSE_SPAN):
        t = doc.tokens[k]
        if t.text in CLOSING_QUOTE_MARKS and (opening := _quoted_words_before(doc, k, s.first)) is not None:
            k = opening - 1     # "hatte den Bericht als „falsch“ zurückgewiesen": quoted words inside the clause
            continue
        if t.text == ")" and (opening := _bracket_before(doc, k, s.first)) is not None:
            k = opening - 1     # "hat Minister X (CDU) bekanntgegeben": a bracketed party or abbreviation
            continue
        if t.text == "," and k == i - 1 and (opening := _apposition_before(doc, k, s.first)) is not None:
            k = opening - 1     # "wird Jan Ott, Manager der Firma, zitiert": an apposition closing before the participle
            continue
        if t.text in CLAUSE_BREAKS:
            break
        if t.lower in AUXILIARIES and k + 1 < i:
            nxt = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
            # "wurde genauso gelobt wie der Anwalt": a comparison may stand after the participle
            if nxt is None or not nxt.is_word or nxt.sentence != t.sentence or nxt.lower in ("wie", "als"):
                return k
        k -= 1
    return i


MAX_BRACKETED_WORDS = 4
MAX_APPOSITION_WORDS = 8


def _apposition_before(doc: Doc, close: int, first: int) -> int | None:
    """The comma opening a short apposition of nouns that ends at the comma `close`, after a capitalised
    word: "Jan Ott, Manager für Marketing,". No verb, no other punctuation inside."""
    for k in range(close - 1, max(first, close - MAX_APPOSITION_WORDS - 1) - 1, -1):
        t = doc.tokens[k]
        if t.text == ",":
            inside = doc.tokens[k + 1:close]
            if k > first and doc.tokens[k - 1].is_capitalized and inside and inside[0].is_capitalized and all(
                    w.is_capitalized or w.lower in doc.lexicon.function_words for w in inside):
                return k
            return None
        if not t.is_word or t.lower in AUXILIARIES:
            return None
    return None


def _bracket_before(doc: Doc, close: int, first: int) -> int | None:
    """The opening bracket of a few words without a clause break that end at `close`: "(CDU)",
    "(OK)", "(Die Linke)"."""
    for k in range(close - 1, max(first, close - MAX_BRACKETED_WORDS - 1) - 1, -1):
        t = doc.tokens[k]
        if t.text == "(":
            return k if k < close - 1 else None
        if not t.is_word:
            return None
    return None


CLOSING_QUOTE_MARKS = {"“", "”", "«"}
WERDEN_PASSIVE = {"wird", "werden", "wurde", "wurden"}   # the auxiliary of a passive in the indicative
MAX_QUOTED_WORDS = 8


def _quoted_words_before(doc: Doc, close: int, first: int) -> int | None:
    """The opening mark of a few quoted words, without a clause break, that end at `close`."""
    for k in range(close - 1, max(first, close - MAX_QUOTED_WORDS - 1) - 1, -1):
        t = doc.tokens[k]
        if t.text in ("„", "»"):
            return k
        if not t.is_word:
            return None
    return None

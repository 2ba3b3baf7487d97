"""Indirect and reported speech around a speech verb or a frame phrase.

- dass-clauses: "Peskow warnte, dass NATO-Soldaten Angriffsziele wären"
- a clause after the frame: "Der Minister sagte, die Lage sei ernst" / "Er sagte: Die Lage sei ernst"
- a clause before it: "Die Sicherheit … dürfe nicht … gewährleistet werden, sagte Peskow"
- "wie"-clauses: "Die Lage ist ernst, wie die Polizei mitteilte"
- frames: "laut X", "X zufolge", "nach Angaben von X", "nach Kremlangaben", ", so X", "demnach"
- reported speech acts, a verb naming what was said without a clause: "Moskau lehnt Truppen … ab"
"""
from __future__ import annotations

from dataclasses import replace

from zitat.attribution.cues import (AUXILIARIES, CLAUSE_BREAKS, IMPERSONAL, QUOTATION_MARKS, CueMatch, cues_at,
                                   date_apposition_end)
from zitat.attribution.direct import INDEFINITE, NAME_INTRODUCERS, _names
from zitat.attribution.drafts import Draft
from zitat.attribution.frames import FrameMatch
from zitat.attribution.mentions import Mention, phrase_after
from zitat.attribution.speakers import (AGENT_PREPOSITIONS, POINTING_BACK, RELATIVE_PRONOUNS, VERB_FINAL_OPENERS,
                                        Attribution, is_passive, opens_phrase, shares_subject, speaker_of,
                                        wie_opening)
from zitat.language.doc import Doc

COMPLEMENTISERS = {"dass", "ob"}
PURPOSE_CONJUNCTIONS = {"um", "ohne", "statt", "anstatt", "anstelle"}
FINAL_PUNCTUATION = {".", "!", "?", ";", "…"}
SOURCE_RELATIVES = {"wonach"}   # "Meldungen, wonach …" is a frame of its own (frames.py)
CORRELATES = {"daran", "darauf", "davon", "darüber", "dazu", "damit", "dafür", "es"}


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Drop punctuation at the edges of a token range."""
    while first < last and not doc.tokens[first].is_word and doc.tokens[first].text not in "„\"»«":
        first += 1
    while last > first and doc.tokens[last - 1].text in FINAL_PUNCTUATION | {",", ":", "-", "–"}:
        last -= 1
    return first, last


def _has_subjunctive(doc: Doc, first: int, last: int) -> bool:
    return any(doc.mood(k) for k in range(first, last) if doc.tokens[k].is_word)


SUBORDINATORS = {"um", "ohne", "als", "wenn", "weil", "bevor", "nachdem", "während", "wobei", "was", "wie",
                 "wo", "wer", "und", "oder", "aber", "sondern", "denn", "da", "falls", "obwohl", "sodass",
                 "damit", "indem", "seit", "seitdem", "bis", "statt", "anstatt"}


def _main_clause(doc: Doc, first: int, last: int) -> bool:
    """ "Weber sagte, die Stadt ist gut vorbereitet": a verb-second clause in the indicative.
    Not a relative or adverbial clause ("…, die er leitet", "…, als er kam")."""
    t = doc.tokens[first]
    if t.lower in SUBORDINATORS or not t.is_word:
        return False
    if t.lower in doc.lexicon.determiners and first + 1 < last:
        nxt = doc.tokens[first + 1]
        if nxt.text in QUOTATION_MARKS and first + 2 < last:
            nxt = doc.tokens[first + 2]   # "sagte, ihre „Gedanken sind bei allen“": quoted words after the article
        if nxt.lower in doc.lexicon.determiners or nxt.lower in doc.lexicon.pronouns or (
                nxt.lower in doc.lexicon.function_words and not nxt.is_capitalized):
            return False          # "…, die einen Teil bergen konnte", "…, der wegen X angeklagt war"
        return nxt.is_capitalized or _adjective_like(nxt.lower)   # "die Stadt", not "die er leitet"
    if t.text[:1].isdigit() and first + 1 < last and not doc.tokens[first + 1].text[:1].isdigit():
        return True               # "berichtete, 200 Mitarbeiter sollen gehen": a number opens the subject
    if not t.is_capitalized and t.lower not in ("er", "sie", "es", "man", "wir", "ich", "ihr"):
        return _sentence_adverb_then_verb(doc, first, last)
    return True


def _sentence_adverb_then_verb(doc: Doc, first: int, last: int) -> bool:
    """ "Die Behörden gaben an, vermutlich halten sich zwei Verdächtige an Bord auf": a verb-second clause
    opened by a sentence adverb of the speaker's certainty, the finite verb right after it (not "damals
    wurde …", "danach ging er": the writer's own account goes on)."""
    t = doc.tokens[first]
    if not t.is_word or t.lower not in doc.lexicon.sentence_adverbs:
        return False
    k = first + 1
    return k + 1 < last and (doc.tokens[k].lower in AUXILIARIES or _finite_indicative(doc, k) or doc.mood(k) or (
        _plural_present(doc, k))) and doc.tokens[k + 1].is_word


def _plural_present(doc: Doc, k: int) -> bool:
    """ "halten": a lower-case verb form like the infinitive, finite in the second place of a clause."""
    from zitat.language.morphology import lemma
    t = doc.tokens[k]
    return t.is_word and not t.is_capitalized and t.lower not in doc.lexicon.function_words and (
        t.lower.endswith(("en", "ln", "rn"))) and not t.lower.startswith("ge") and lemma(t.lower) == t.lower


def _adjective_like(word: str) -> bool:
    return word.isalpha() and word.endswith(("e", "en", "er", "es", "em"))


def _after_adjuncts(doc: Doc, k: int, end: int) -> int:
    """Skip a short time/place phrase between the frame and its comma or colon ("auf Anfrage")."""
    if k < end and doc.tokens[k].lower in ADJUNCT_PREPOSITIONS - {"mit"} | {"gegenüber"}:
        for j in range(k + 1, min(k + 7, end)):
            if doc.tokens[j].text in (",", ":"):
                return j
            if doc.tokens[j].text in CLAUSE_BREAKS or doc.mood(j) or doc.tokens[j].lower in COMPLEMENTISERS:
                break
    return k


def _main_clause_resumes(doc: Doc, first: int, end: int) -> int:
    """Where a fronted subordinate clause gives way to its main clause: "Nachdem sie mitgeteilt hatte,
    dass er gesucht werde, hatte dieser versucht …" ends the dass-clause before ", hatte"."""
    fronted = doc.tokens[doc.sentence_of(first).first].lower in VERB_FINAL_OPENERS
    for k in range(first + 1, end - 1):
        if doc.tokens[k].text == "," and doc.tokens[k + 1].lower in AUXILIARIES:
            return k
        if fronted and doc.tokens[k].text == "," and _main_clause_verb(doc, k + 1):
            return k      # "Als er sagte, dass …, meinte er damit …": the main clause after the fronted one
        if doc.tokens[k].text == "," and doc.tokens[k + 1].lower in ("und", "oder") and k + 2 < end and (
                doc.lemma(k + 2).lower() in doc.lexicon.speech_verbs):
            return k      # "…, dass X, und gab an, …": the subject goes on with a new speech verb
        if doc.tokens[k].lower in ("und", "oder") and k + 2 < end and _coordinated_main_verb(doc, k + 1):
            return k      # "…, dass es weiter regne und warnte vor …": the reporter's verb-second clause
    return end


def _main_clause_verb(doc: Doc, j: int) -> bool:
    """The finite verb opening a main clause after a fronted subordinate clause, indicative or Konjunktiv II,
    with its subject or object after it: "meinte er", "stieg die Aktie", "könnte es"."""
    if j + 1 >= len(doc.tokens) or not (_finite_indicative(doc, j) or (
            doc.mood(j) == "konj2" and doc.tokens[j].text.islower())):
        return False
    nxt = doc.tokens[j + 1]
    return nxt.lower in doc.lexicon.determiners or nxt.lower in ("er", "sie", "es", "man", "wir", "ich") or (
        nxt.is_capitalized)


def _coordinated_main_verb(doc: Doc, j: int) -> bool:
    """ "und warnte vor Stürmen", "und weigerte sich": a past or present indicative verb right after the
    conjunction with more of its clause after it; the verb of a verb-final conjunct ends its clause ("dass
    er das Geld nahm und verschwand"), an attributive adjective comes before its noun ("und bestimmte Zahlen")."""
    t, nxt = doc.tokens[j], doc.tokens[j + 1]
    if not _finite_indicative(doc, j) or not nxt.is_word or not t.lower.endswith(("t", "te", "ten")):
        return False
    return not (t.lower.endswith(("te", "ten")) and nxt.is_capitalized)


COORDINATING = {"und", "aber", "sowie", "doch"}


def _speakers_clause_resumes(doc: Doc, first: int, end: int) -> int:
    """Where the speaker's own clause goes on after reported speech with a verb in the indicative:
    "räumte ein, es könnten Stellen wegfallen, sprach aber von …", "sagte, sie müssten … und bemühte
    das Bild …". Konjunktiv verbs ("…, habe aber …") still belong to the reported speech."""
    for k in range(first + 1, end - 1):
        if doc.tokens[k].text != "," and doc.tokens[k].lower not in COORDINATING:
            continue
        j = k + 1
        if doc.tokens[k].text == "," and doc.tokens[j].lower in COORDINATING and j + 1 < end:
            j += 1
        if _finite_indicative(doc, j) or _next_speech_act(doc, k, end):
            return k
    return end


NEXT_ACT_WINDOW = 10


def _next_speech_act(doc: Doc, k: int, end: int) -> bool:
    """After the comma or conjunction at k a speech verb of the reporter's opens a statement of its own:
    "Annabi sei tot, doch der UN-Sprecher erklärte, …" (a subject of its own, the verb in the indicative)
    or "…, jedoch stets beteuert, …" (a participle sharing the reporter's auxiliary, its content after
    its own comma). Words in between are the subject or adverbs; a Konjunktiv keeps the reported speech
    going ("…, sei krank und habe gewarnt")."""
    from zitat.language.morphology import SEPARABLE_PARTICLES
    j = k + 1 if doc.tokens[k].text == "," else k
    if j < end and doc.tokens[j].lower in COORDINATING | {"jedoch", "sondern"}:
        j += 1
    index = cues_at(doc)
    for c in (c for v in range(j, min(end, j + NEXT_ACT_WINDOW)) for c in index.get(v, ())):
        v = c.verb
        if c.anchor != v or doc.mood(v):
            continue
        word = doc.tokens[v].lower
        participle = word.startswith("ge") or any(word.startswith(p + "ge") for p in SEPARABLE_PARTICLES)
        if "zu" in word[2:-3] or any(doc.tokens[i].text in CLAUSE_BREAKS or doc.mood(i) for i in range(j, v)):
            continue
        subject = phrase_after(doc, j, v) if j < v else None
        if subject is not None and subject.last == v and subject.kind in ("person", "organisation", "group", "outlet") and (
                not participle and _finite_indicative(doc, v) and not (
                    v + 1 < end and doc.tokens[v + 1].lower in AUXILIARIES)):
            return True     # "…, doch der Sprecher erklärte"
        if j > k + 1 and word.endswith("t") and v + 1 < end and doc.tokens[v + 1].text == "," and all(
                doc.tokens[i].is_word and not doc.tokens[i].is_capitalized and not _finite_indicative(doc, i)
                for i in range(j, v)):
            return True     # "…, jedoch stets beteuert, …"
    return False


def _finite_indicative(doc: Doc, k: int) -> bool:
    from zitat.language.morphology import lemma
    t = doc.tokens[k]
    if not t.is_word or t.is_capitalized or doc.mood(k) or t.lower in doc.lexicon.function_words:
        return False
    base = lemma(t.lower)
    if base == t.lower or not base.endswith(("en", "ln", "rn")):
        return False      # an infinitive or no verb
    return not (t.lower.startswith("ge") and t.lower.endswith(("t", "en")))   # a participle


MAX_FRAME_ADJUNCT = 12


def _same_clause(doc: Doc, first: int, last: int, limit: int = 0, coordinated: bool = False) -> bool:
    """Tokens [first, last) are a short stretch of the speech verb's own clause (objects, times,
    places): no clause break, no conjunction and no quotation inside. `coordinated`: an "und" without a
    comma may join two verbs of the clause ("hat laut X ein Geständnis abgelegt und Taten zugegeben")."""
    if last - first - _inserted_words(doc, first, last) > (limit or MAX_FRAME_ADJUNCT):
        return False
    return all(doc.tokens[j].text not in CLAUSE_BREAKS and doc.tokens[j].lower not in COMPLEMENTISERS
               and (doc.tokens[j].lower not in SUBORDINATORS or doc.tokens[j].lower in CORRELATES
                    or doc.tokens[j].lower in CLAUSE_PARTICLES or (coordinated and doc.tokens[j].lower == "und"))
               for j in _outside_titles(doc, first, last))


MAX_TITLE_WORDS = 5


MAX_BRACKET_WORDS = 8


def _bracket_close(doc: Doc, j: int, last: int) -> int | None:
    """The ")" closing a short bracket opened at j, with no clause inside: "(„PLoS Biology“)", "(CDU)"."""
    if doc.tokens[j].text != "(":
        return None
    for k in range(j + 1, min(last, j + MAX_BRACKET_WORDS + 2)):
        if doc.tokens[k].text == ")":
            return k
        if doc.tokens[k].text in (",", ";", ":", "(") or doc.tokens[k].lower in COMPLEMENTISERS or doc.mood(k):
            return None
    return None


def _inserted_words(doc: Doc, first: int, last: int) -> int:
    """How many tokens of [first, last) are quoted titles and short brackets (they do not lengthen a clause)."""
    return (last - first) - sum(1 for _ in _outside_titles(doc, first, last))


def _outside_titles(doc: Doc, first: int, last: int):
    """Token positions of [first, last) without quoted titles and short brackets: "meldet die Agentur
    „Xinhua“, …", "berichtete im Fachmagazin „Science“ („PLoS“), …"."""
    j = first
    while j < last:
        if (close := _bracket_close(doc, j, last)) is not None:
            j = close + 1
            continue
        if doc.tokens[j].text in QUOTATION_MARKS:
            close = next((k for k in range(j + 2, min(j + MAX_TITLE_WORDS + 2, last))
                          if doc.tokens[k].text in QUOTATION_MARKS), None)
            if close is not None and doc.tokens[j + 1].is_capitalized:
                j = close + 1
                continue
        yield j
        j += 1


# after the finite verb these are particles, not conjunctions: "warnen denn auch davor", "bezweifelt aber, dass"
CLAUSE_PARTICLES = {"denn", "aber"}


def _clause_end(doc: Doc, k: int, end: int) -> int:
    """The comma closing the speech verb's clause ("sagte am Montag vor Journalisten in
    Berlin, …"), if the stretch before it belongs to that clause and what follows is no relative
    clause; otherwise k."""
    j, skipped = k, 0
    while j < end and j - k - skipped <= MAX_FRAME_ADJUNCT and doc.tokens[j].text not in (",", ":"):
        if (close := _bracket_close(doc, j, end)) is not None:
            skipped += close - j
            j = close
        j += 1
    if j >= end or doc.tokens[j].text != "," or not _same_clause(doc, k, j):
        return k      # after a colon may follow a sentence of its own with its own speaker
    if j + 1 < end and doc.tokens[j + 1].lower in RELATIVE_PRONOUNS and _relative_clause_at(doc, j + 1, end):
        return k
    return j


def _relative_clause_at(doc: Doc, k: int, end: int) -> bool:
    """ "die sie für falsch hält", "der seit Jahren …" (not "die Lage sei ernst")."""
    if k + 1 >= end:
        return True
    nxt = doc.tokens[k + 1]
    if nxt.lower in doc.lexicon.pronouns or nxt.lower in doc.lexicon.determiners:
        return True
    return not (nxt.is_capitalized or _adjective_like(nxt.lower))


def _ends_in_zu_infinitive(doc: Doc, first: int, last: int) -> bool:
    """ "kündigte an, den Streik fortzusetzen": an infinitive clause with zu is the announced content."""
    if doc.tokens[first].lower in PURPOSE_CONJUNCTIONS:
        return False          # "…, um das Land zu schützen" is a purpose, not what was said
    end = first
    while end < last and doc.tokens[end].text not in (",", ";"):
        end += 1
    if end < last and doc.tokens[end].text == "," and end > first and (
            (inserted := _inserted_before_infinitive(doc, first, end, last)) is not None):
        end = inserted     # "kündigte an, sollte er siegen, die Hilfe einzustellen", "mit allen, auch der PCRM, zu verhandeln"
    word = doc.tokens[end - 1].lower
    if end - 2 >= first and doc.tokens[end - 2].lower == "zu" and _infinitive(word):
        return True
    return word.endswith(("en", "ln", "rn")) and _particle_zu_infinitive(word, doc.lexicon.particles)


APPOSITION_CONJUNCTIONS = {"und", "oder", "als", "wie"}   # "mit allen, als auch der PCRM, …", "…, wie etwa X, …"
FRONTED_CONDITIONS = {"sollte", "sollten", "falls", "wenn", "sofern", "solange", "sobald"}
MAX_INFINITIVE_INSERT = 12


def _inserted_before_infinitive(doc: Doc, first: int, comma: int, last: int) -> int | None:
    """The end of a zu-infinitive that goes on after a piece set off by commas: a condition fronted inside
    it ("…, sollte Berg siegen, ihre Hilfe auszusetzen", "…, wenn nötig, die Stadt zu räumen") or a verbless
    apposition ("mit allen Parteien, auch der PCRM, verhandeln zu wollen"). None without such a piece."""
    condition = doc.tokens[first].lower in FRONTED_CONDITIONS
    if not condition and any(doc.mood(k) or _finite_indicative(doc, k) and not _attributive(doc, k)
                             or doc.tokens[k].lower in AUXILIARIES for k in range(first, comma)):
        return None       # the first piece is a clause of its own
    close = next((k for k in range(comma + 1, min(last, comma + MAX_INFINITIVE_INSERT)) if doc.tokens[k].text in (",", ";")),
                 None)
    if condition:
        close = comma     # the condition runs up to the first comma; the infinitive follows it
    elif close is None and not any(doc.mood(k) or doc.tokens[k].lower in COMPLEMENTISERS | {"um", "ohne", "statt"}
                                   or _finite_indicative(doc, k) and not _attributive(doc, k) and not (
                                       doc.tokens[k - 1].lower == "zu" or _particle_zu_infinitive(doc.tokens[k].lower, ()))
                                   for k in range(comma + 1, last)):
        close = comma     # "das System auf der A 35, der Autobahn im Elsass, einzusetzen" without its closing comma
    elif close is None or doc.tokens[close].text != "," or any(
            doc.mood(k) or _finite_indicative(doc, k) or doc.tokens[k].lower in AUXILIARIES or (
                doc.tokens[k].lower in SUBORDINATORS - APPOSITION_CONJUNCTIONS) for k in range(comma + 1, close)):
        return None
    end = close + 1
    while end < last and doc.tokens[end].text not in (",", ";"):
        end += 1
    word = doc.tokens[end - 1].lower
    if end - close < 3 or not (doc.tokens[end - 2].lower == "zu" and _infinitive(word) or (
            word.endswith(("en", "ln", "rn")) and _particle_zu_infinitive(word, doc.lexicon.particles))):
        return None
    return end


def _attributive(doc: Doc, k: int) -> bool:
    """ "das eingerichtete System": an inflected participle before its noun is an adjective."""
    return k + 1 < len(doc.tokens) and doc.tokens[k + 1].is_capitalized and doc.tokens[k].lower.endswith(
        ("e", "en", "er", "es", "em"))


def _particle_zu_infinitive(word: str, particles) -> bool:
    """ "einzusetzen", "stattzugeben", "weiterzuleiten", "niederzulegen": a particle verb's infinitive with
    "zu" between particle and stem; the dictionary knows the verb without it (stattgeben), so any particle
    counts, not only those of speech verbs."""
    from zitat.language.morphology import lemma
    if any(word.startswith(p + "zu") and len(word) > len(p) + 4 for p in particles):
        return True
    at = word.find("zu", 2)
    return 2 <= at <= 8 and len(word) > at + 5 and lemma(word) == word[:at] + word[at + 2:]


# clauses that belong to what an infinitive reports: a condition or time limit, the reason or time of the act
# ("warf ihm vor, den Freund fallen gelassen zu haben, als dieser …"); "nachdem", "wobei" are the reporter's
CONDITIONS = {"falls", "wenn", "sofern", "solange", "sobald", "bis", "weil", "als"}


def _infinitive_clause_end(doc: Doc, first: int, last: int) -> int:
    """ "forderte, Informationen zu sammeln, wobei …": an adverbial clause after the infinitive is the
    reporter's addition, not what was demanded; a condition or time limit is part of it ("kündigte an, den
    Streik fortzusetzen, falls die Arbeitgeber kein Angebot vorlegen")."""
    for k in range(first, last - 1):
        if doc.tokens[k].text == "," and doc.tokens[k + 1].lower in PURPOSE_CONJUNCTIONS and (
                _ends_in_zu_infinitive(doc, k + 2, last)):
            continue      # "forderte, eine Delegation zu entsenden, um die Lage zu prüfen": the purpose is demanded too
        if doc.tokens[k].text == "," and doc.tokens[k + 1].lower in SUBORDINATORS | {"wobei", "womit", "wodurch"} and (
                doc.tokens[k + 1].lower not in CONDITIONS):
            return k
        if doc.tokens[k].text == "," and k > first and _ends_in_zu_infinitive(doc, first, k) and (
                doc.tokens[k + 1].lower in AUXILIARIES or doc.mood(k + 1) or _finite_indicative(doc, k + 1)):
            return k      # "hatte angekündigt, X prüfen zu lassen, stellt sich Y …": the main clause goes on
    return last


def _infinitive(word: str) -> bool:
    """ "zu sagen", "zu sammeln", "zu ändern", "gewesen zu sein", "zu tun"."""
    return word.isalpha() and (word.endswith(("en", "ln", "rn")) or word in ("sein", "tun"))


def _spans(doc: Doc, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [doc.chars(a, b) for a, b in ranges if b > a]


def _draft(doc: Doc, kind: str, ranges, cue: CueMatch, att: Attribution, confidence: float) -> Draft | None:
    spans = _spans(doc, ranges)
    if not spans:
        return None
    frame_tokens = cue.tokens + [att.last] + ([att.speaker.first, att.speaker.last - 1] if att.speaker and not shares_subject(doc, cue, att.speaker) else [])
    # "Die Anwältin bestätigte …, und gab an, …": a coordinated verb shares the subject before it
    coordinated = att.speaker is None and min(cue.tokens) > 0 and doc.tokens[min(cue.tokens) - 1].lower in (
        "und", "oder", "sowie")
    return Draft(kind, spans, doc.tokens[ranges[0][0]].sentence, cue=cue.tokens, cue_lemma=cue.entry.lemma,
                 speaker=att.speaker, addressee=att.addressee, via=att.via,
                 frame=(min(frame_tokens), max(frame_tokens) + 1), medium=cue.entry.medium,
                 confidence=confidence if att.speaker else confidence - 0.2, inherited=coordinated)


def _semicolon_part(doc: Doc, s, at: int):
    """The part of sentence s between semicolons that holds token `at`: "Laut Berichten ist er 24;
    demnach wäre er …" has two statements."""
    first, last = s.first, s.last
    for k in range(at - 1, s.first - 1, -1):
        if doc.tokens[k].text == ";":
            first = k + 1
            break
    for k in range(at + 1, s.last):
        if doc.tokens[k].text == ";":
            last = k
            break
    return s if (first, last) == (s.first, s.last) else replace(s, first=first, last=last)


OPEN_QUESTIONS = frozenset({"entscheiden", "urteilen"})


def _whether_clause(doc: Doc, cue: CueMatch) -> bool:
    """An "ob" clause right after the verb's comma or in the sentence's first place ("Ob …, das muss das Gericht
    entscheiden")."""
    s = doc.sentence_of(cue.verb)
    k = cue.last + 1
    while k < s.last and k <= cue.last + 2 and doc.tokens[k].lower in AUXILIARIES:
        k += 1           # "…, in dem es darüber geurteilt hat, ob …"
    if k + 1 < s.last and doc.tokens[k].text == "," and doc.tokens[k + 1].lower == "ob":
        return True
    return doc.tokens[doc.body_start(s)].lower == "ob" and cue.verb > doc.body_start(s)


NOBODY = frozenset({"niemand", "keiner"})
MODALS_OF_A_COMMENT = frozenset({"kann", "könnte", "muss", "müsste", "darf", "dürfte", "sollte", "möchte", "würde"})


def _nobody_or_anyone(doc: Doc, cue: CueMatch) -> bool:
    """The subject next to the finite verb is "niemand"/"keiner" ("Niemand erwartet, dass …": nobody holds it)
    or the impersonal "man" with a modal ("Alles in allem kann man sagen, dass …": the writer's own comment,
    no one reported)."""
    a = cue.anchor
    near = [doc.tokens[k].lower for k in (a - 1, a + 1) if 0 <= k < len(doc.tokens)]
    return any(w in NOBODY for w in near) or (doc.tokens[a].lower in MODALS_OF_A_COMMENT and "man" in near)


def _modal_passive_comment(doc: Doc, cue: CueMatch) -> bool:
    """A modal with an agentless passive: "darf festgehalten werden", "kann gesagt werden" is the passive of
    "man kann sagen"."""
    last = max(cue.tokens)
    if last + 1 >= len(doc.tokens) or doc.tokens[last + 1].lower != "werden":
        return False
    return any(doc.tokens[k].lower in MODALS_OF_A_COMMENT for k in range(max(0, min(cue.tokens) - 3), min(cue.tokens)))


def statement_at_cue(doc: Doc, cue: CueMatch) -> Draft | None:
    """The indirect or reported statement a speech verb introduces, if any."""
    d = _statement_at_cue(doc, cue)
    if d is not None and d.type == "indirect" and d.speaker is None and d.via is None and (
            _plain_sentence_after_colon(doc, cue, d)):
        return None      # "Die Tiere haben eine Lösung gefunden: Der Sex …", "Wie …, wurde gestern bekannt: …"
    return d


def _plain_sentence_after_colon(doc: Doc, cue: CueMatch, d: Draft) -> bool:
    """The content is a sentence in the indicative after a colon that follows the verb, and no one is named to
    have said it: the writer goes on with facts ("wurde bekannt: …", "angeklagt: Am 8. Juli …")."""
    first = doc.token_at(d.start)
    if first < 1 or doc.tokens[first - 1].text != ":" or first - 1 <= cue.last:
        return False
    if any(doc.tokens[k].lower.startswith("folgend") for k in range(doc.sentence_of(cue.verb).first, first)):
        return False     # "Folgendes wurde festgestellt: …": the clause announces the content as what was said
    return not any(doc.tokens[k].is_word and doc.mood(k) is not None
                   for k in range(first, len(doc.tokens)) if doc.tokens[k].start < d.end)


def _statement_at_cue(doc: Doc, cue: CueMatch) -> Draft | None:
    s = _semicolon_part(doc, doc.sentences[doc.tokens[cue.verb].sentence], cue.verb)
    att = speaker_of(doc, cue)
    planner = att.speaker
    if planner is not None and (is_passive(doc, cue) or doc.tokens[cue.anchor].lower in STATAL_SEIN) and not (
            planner.first > 0 and doc.tokens[planner.first - 1].lower in AGENT_PREPOSITIONS):
        planner = None   # "Zudem ist der Einzug von Tieren geplant": the passive subject is what is planned
    if cue.entry.lemma in PLANS and planner is None and att.via is None and (
            any(doc.tokens[k].lower.startswith("ge") for k in cue.tokens)):
        return None      # "Außerdem ist geplant, neue Modelle anzubieten": a plan without a planner says nothing
    if cue.entry.verb == "sein" and cue.entry.medium == "thought" and att.speaker is None and att.via is None:
        return None      # "Es ist sicher, dass …", "Sicher ist: …": a certainty nobody holds is no one's view
    if cue.entry.lemma in TURNS_OUT_WITH_SICH and any(
            0 <= k < len(doc.tokens) and doc.tokens[k].lower == "sich" for k in (cue.anchor + 1, cue.verb + 1, cue.verb - 1)):
        return None      # "Es hatte sich herausgestellt, dass …", "Damit bestätigt sich die Befürchtung": a finding, nobody said it
    first_cue = min(cue.tokens)
    if att.speaker is None and att.via is None and first_cue >= 2 and doc.tokens[first_cue - 1].lower == "als" and (
            doc.tokens[first_cue - 2].lower in GELTEN):
        return None      # "Es gilt als ausgeschlossen, dass …": a common assessment, nobody's statement
    if att.speaker is None and att.via is None and _modal_passive(doc, cue):
        return None      # "Damit ist davon auszugehen, dass …", "Es ist zu erwarten, dass …": the writer's inference
    if _act_as_subject(doc, cue):
        return None      # "Einen Atomkrieg anzudrohen ist eine Eskalation": the act is talked about, not performed
    if cue.entry.lemma in CANCELLED_BY_NEGATION and _negated(doc, cue):
        return None      # "Ein Sprecher wollte nicht bestätigen, dass …": what follows was not said
    if cue.entry.lemma in OPEN_QUESTIONS and _whether_clause(doc, cue):
        return None      # "Der Richter entscheidet, ob …": a question still open, nothing said about it
    if att.speaker is None and att.via is None and _modal_passive_comment(doc, cue):
        return None      # "Als Ergebnis darf also festgehalten werden, dass …": the writer's own conclusion
    if att.speaker is None and att.via is None and _nobody_or_anyone(doc, cue):
        return None      # "Niemand erwartet, dass …", "Man kann sagen, dass …": no one's statement
    after_frame = att.last + 1
    # "Der Airbus startet am Mittwoch. Dies gab Airbus bekannt": the previous sentence was said
    previous = _pointed_back(doc, cue, s, att)
    if previous is not None:
        return _draft(doc, "indirect", [previous], cue, att, 0.75)
    if _comparison_or_comment(doc, cue, s.first):
        return None      # "nicht so groß, wie zunächst angenommen", "Wie erwartet wurde er gewählt"
    if _contrasted(doc, cue, s.first):
        return None      # "Das Auto sei, anders als die Armee behauptet, langsam gefahren": the claim contradicted
    # "…, wie die Polizei mitteilte": the content is the rest of the sentence
    wie = _wie_clause(doc, cue, s.first)
    if wie is not None:
        first, last = wie
        # "Hinzu kommt: Wie sich aus den Daten ergab, hatte …": the content starts after a colon before the clause
        start = next((k + 1 for k in range(first, s.first - 1, -1) if doc.tokens[k].text == ":"), s.first)
        ranges = [r for r in (_trim(doc, start, first), _trim(doc, last, s.last)) if r[1] > r[0]]
        draft = _draft(doc, "indirect", ranges, cue, att, 0.8)
        verbs_end = last - 1 if doc.tokens[last - 1].text == "," else last
        if draft is not None and draft.frame is not None and verbs_end > draft.frame[1]:
            draft = replace(draft, frame=(draft.frame[0], verbs_end))    # "… bekanntgegeben hat"
        return draft
    # "Der Grund, so vermutet die Zeitung, dürfte … gewesen sein": a parenthetical frame, the content on both sides
    so = min(cue.anchor, cue.verb) - 1
    if so - 1 > s.first and doc.tokens[so].lower == "so" and doc.tokens[so - 1].text == ",":
        after = _parenthetical_goes_on(doc, att.last + 1, s.last)
        first, last = _trim(doc, s.first, so - 1)
        if after is not None and last > first:
            return _draft(doc, "indirect", [(first, last), after], cue, att, 0.85)
    # "…, dass …" after the cue (also "erinnerte daran, dass …"; without the comma "hoffte dass …")
    for k in range(cue.last + 1, s.last):
        t = doc.tokens[k]
        if t.lower in COMPLEMENTISERS and (doc.tokens[k - 1].text == "," or k == cue.last + 1):
            if cue.entry.lemma in NOTICED_WITH_INDICATIVE and not _has_subjunctive(
                    doc, k, _main_clause_resumes(doc, k, s.last)):
                return None    # "Als sie bemerkte, dass ihr Freund Aufsehen erregt hatte": noticed, not remarked
            if all(doc.tokens[j].lower in CORRELATES or not doc.tokens[j].is_word or j in cue.tokens
                   or (att.speaker and att.speaker.first <= j < att.speaker.last)
                   or (att.addressee and att.addressee.first <= j < att.addressee.last)
                   for j in range(cue.last + 1, k)):
                return _draft(doc, "indirect", [_trim(doc, k, _main_clause_resumes(doc, k, s.last))], cue, att, 0.9)
            if _same_clause(doc, cue.last + 1, k - 1):
                # "sagte zu den Anschuldigungen, dass …", "erklärte Mitte Mai in New York, dass …"
                return _draft(doc, "indirect", [_trim(doc, k, _main_clause_resumes(doc, k, s.last))], cue, att, 0.85)
            comma = next((j for j in range(cue.last + 1, k - 1) if doc.tokens[j].text == ","), None)
            if comma is not None and _inserts_up_to(doc, comma, k - 1, s.last, att) and (
                    _same_clause(doc, cue.last + 1, comma)):
                # "meldete der Sender, Radio Vatikan, dass …", "schrieb in einer Erklärung, die … wurde, dass …"
                return _draft(doc, "indirect", [_trim(doc, k, _main_clause_resumes(doc, k, s.last))], cue, att, 0.85)
            break
    # "hat angekündigt die Preise zu erhöhen": a zu-infinitive right after the verb's closing word, without
    # the comma
    if _closes_its_clause(doc, cue) and cue.last + 1 < s.last and doc.tokens[cue.last + 1].is_word:
        first, last = _trim(doc, cue.last + 1, s.last)
        if last - first >= 3 and doc.tokens[first].lower != "zu" and not any(
                doc.tokens[k].text in CLAUSE_BREAKS for k in range(first, last)) and (
                _ends_in_zu_infinitive(doc, first, last)):
            return _draft(doc, "indirect", [(first, last)], cue, att, 0.8)
    # "Er sagte, die Lage sei ernst" / "Er sagte am Montag: Die Lage sei ernst"
    after_frame = _after_adjuncts(doc, after_frame, s.last)
    skipped = False
    if after_frame < s.last and doc.tokens[after_frame].text not in (",", ":"):
        end_of_clause = _clause_end(doc, after_frame, s.last)
        skipped, after_frame = end_of_clause != after_frame, end_of_clause
    if after_frame < s.last and doc.tokens[after_frame].text == "," and not (
            skipped and _has_verb(doc, att.last + 1, after_frame)):
        if after_frame - 1 not in cue.tokens:
            after_frame = _past_inserts(doc, after_frame, s.last, att)   # "erklärte der Direktor, Anna Berg, …"
            after_frame = _past_addressee(doc, after_frame, s.last)     # "…, gegenüber der Zeitung, …"
        k = _past_manner_clause(doc, after_frame, s.last) + 1       # "…, ohne auf X einzugehen, dass …"
        if k < s.last and doc.tokens[k].lower in COMPLEMENTISERS:
            return _draft(doc, "indirect", [_trim(doc, k, _main_clause_resumes(doc, k, s.last))], cue, att, 0.85)
    if after_frame < s.last and doc.tokens[after_frame].text == "," and _fronted_subordinate(doc, cue, s, after_frame):
        after_frame = s.last      # "Nachdem er sie festgehalten hatte, habe er …": the main clause follows
    if after_frame < s.last and doc.tokens[after_frame].text in (",", ":"):
        first, last = _trim(doc, after_frame + 1, s.last)
        # after objects of the verb ("erklärte die Ausschreibung für fehlerhaft, der Auftrag wurde …")
        # only reported speech in the Konjunktiv or a zu-infinitive is what was said
        if last - first >= 3 and doc.tokens[first].lower not in SOURCE_RELATIVES | COORDINATING and not (
                _adverbial_clause(doc, first, last)) and not _relative_after_a_trailing_frame(doc, cue, s, first, last) and not (
                doc.tokens[after_frame].text == ":" and _a_list_of_names(doc, first, last)) and (
                doc.tokens[after_frame].text == ":" or _has_subjunctive(doc, first, last)
                                  or _ends_in_zu_infinitive(doc, first, last)
                                  or (not skipped and _main_clause(doc, first, last) and _has_verb(doc, first, last)
                                      and not _content_named_in_its_clause(doc, cue, att, s))) and not (
                _embedded_subordinate(doc, cue, att, s) and not _said_after_embedded(doc, first, last)) and not (
                doc.tokens[after_frame].text == ":" and _names_what_was_said(doc, cue, s.first, after_frame, first, last)):
            if not _has_subjunctive(doc, first, last) and _ends_in_zu_infinitive(doc, first, last):
                last = _infinitive_clause_end(doc, first, last)
            elif _has_subjunctive(doc, first, last):
                infinitive_end = _infinitive_clause_end(doc, first, last)
                if infinitive_end < last and not _has_subjunctive(doc, first, infinitive_end) and (
                        _ends_in_zu_infinitive(doc, first, infinitive_end)) and (
                        _main_clause_verb(doc, infinitive_end + 1)):
                    last = infinitive_end    # "…, gegen das Paket stimmen zu wollen, könnte es eng werden"
                last = _trim(doc, first, _speakers_clause_resumes(doc, first, last))[1]
            return _draft(doc, "indirect", [(first, last)], cue, att, 0.85)
    before = _content_before(doc, cue, att, s)
    if before is not None:
        return before
    if cue.entry.reported and not _act_not_performed(doc, cue):
        return _reported(doc, cue, att, s)
    return None


def statement_before_cue(doc: Doc, cue: CueMatch) -> Draft | None:
    """ "Sie sei „geschockt“, sagte die Königin, ihre Gedanken seien bei den Opfern": a reporting clause
    between two statements; statement_at_cue gives the one after it, this the one before."""
    s = _semicolon_part(doc, doc.sentences[doc.tokens[cue.verb].sentence], cue.verb)
    return _content_before(doc, cue, speaker_of(doc, cue), s)


def _content_before(doc: Doc, cue: CueMatch, att: Attribution, s) -> Draft | None:
    # "Die Sicherheit … dürfe nicht …, sagte Peskow"
    anchor = min(cue.anchor, cue.verb)
    if is_passive(doc, cue) and anchor > s.first and doc.tokens[anchor - 1].lower in AUXILIARIES:
        anchor -= 1     # "…, wird vermutet": the auxiliary opens the trailing frame
    if anchor - 2 > s.first and doc.tokens[anchor - 1].lower in FOCUS_BEFORE_VERB and (
            doc.tokens[anchor - 2].lower in ("das", "dies")) and doc.tokens[anchor - 3].text in (",", "–"):
        anchor -= 1     # "…, das zumindest meint X": a focus adverb between the pointing word and the verb
    so_frame = anchor - 1 > s.first and doc.tokens[anchor - 1].lower in ("so", "das", "dies") and (
        doc.tokens[anchor - 2].text == "," or (doc.tokens[anchor - 2].text == "–" and doc.tokens[anchor - 1].lower != "so"))
    # "…, so bestätigt X", "…, das teilte X mit", "… – das meint X" (not "– so wird es genannt –", a naming)
    if so_frame:
        anchor -= 1     # "…, so bestätigt das Gericht", "…, so glaubt man"
    if anchor > s.first and doc.tokens[anchor - 1].text in (",", "–") and (
            (att.speaker is not None and att.speaker.first > anchor) or cue.entry.lemma in IMPERSONAL
            or is_passive(doc, cue) or so_frame):      # "…, wird vermutet."
        first, last = _trim(doc, s.first, anchor - 1)
        first = _after_narrating_colon(doc, first, last)
        if last - first >= 3 and _reads_as_a_clause(doc, first, last):
            return _draft(doc, "indirect", [(first, last)], cue, att, 0.85)
    return None


def _after_narrating_colon(doc: Doc, first: int, last: int) -> int:
    """ "Die Richterin ließ sich auf keinen Kompromiss ein: Eine Strafe auf Bewährung sei nicht vermittelbar,
    so die Richterin": before the colon the writer narrates in the indicative, after it the Konjunktiv
    reports what was said; the content starts after the colon (not "Es gebe drei Gründe: …", reported too)."""
    colon = next((k for k in range(first + 2, last - 2) if doc.tokens[k].text == ":"), None)
    if colon is None or any(doc.tokens[k].text in QUOTATION_MARKS for k in range(first, colon)):
        return first
    if _has_verb(doc, first, colon) and not _has_subjunctive(doc, first, colon) and (
            _has_subjunctive(doc, colon + 1, last)):
        return colon + 1
    return first


def _content_named_in_its_clause(doc: Doc, cue: CueMatch, att: Attribution, s) -> bool:
    """ "Nähere Einzelheiten gab er nicht bekannt, er verwies …", "Die Zahl wird auf 400.000 geschätzt, die
    meisten …", "Die Behörden gehen von einem Anschlag aus, ein Verfahren wurde eingeleitet": the verb's
    own clause already names what was said (a fronted object, the passive subject, an object after the
    verb), so the indicative main clause after the comma is the writer's next sentence, not its content."""
    anchor = min(cue.anchor, cue.verb)
    if anchor <= s.first or doc.tokens[anchor].sentence != doc.tokens[s.first].sentence or (
            cue.entry.addressee == "accusative"):
        return False     # "Die Anwohner wurden aufgefordert, …": who is named is the one spoken to
    taken = lambda k: any(m is not None and m.first <= k < m.last for m in (att.speaker, att.addressee, att.via))
    fronted = phrase_after(doc, s.first, anchor)
    opener = doc.tokens[s.first].lower
    if fronted is not None and fronted.first == s.first and fronted.last == anchor and not taken(s.first) and (
            opener not in ("es", "man") and not opener.endswith("em")) and (
            is_passive(doc, cue) or (att.speaker is not None and att.speaker.first > anchor
                                     and not opener.endswith(("er", "es")))):
        # the object (the speaker comes after the verb) or the passive subject opens the sentence; not a
        # dative or genitive ("Dem Sender erklärte sie, …", "Der Zeitung sagte er, …": spoken to)
        return True
    if is_passive(doc, cue):
        first, end = anchor + 1, max(cue.anchor, cue.verb)
        k = _skip_adjuncts(doc, first, end)
        return any((doc.tokens[j].is_capitalized or doc.tokens[j].text[:1].isdigit()) and not taken(j)
                   and doc.tokens[j].lower not in ADJUNCT_PREPOSITIONS for j in range(k, end))
    if not cue.entry.reported:
        return False
    named = _reported(doc, cue, att, s)     # an object after the verb: "gehen von einem Anschlag aus"
    return named is not None and named.start > doc.tokens[anchor].start


def _act_not_performed(doc: Doc, cue: CueMatch) -> bool:
    """ "Die Behörde gab die Identität nicht bekannt", "Er hat die Tat nicht gestanden", "Die Firma wollte keine
    Stellung nehmen": "nicht" right before the verb, its participle or its closing particle (or "kein" before
    the noun of a phrasal verb) says that the act did not happen, so nothing was said. Not for verbs that
    deny or exclude: "schloss einen Rücktritt nicht aus", "bestritt die Vorwürfe nicht" do say something."""
    if cue.entry.lemma in DENYING | EXCLUDING:
        return False
    for k in cue.tokens:
        if k > 0 and doc.tokens[k - 1].lower in ("nicht", "nie", "niemals"):
            return True
        if k == cue.particle and doc.tokens[k].is_capitalized and k > 0 and doc.tokens[k - 1].lower in NO_DETERMINERS:
            return True
    return False


EXCLUDING = {"ausschließen", "ablehnen", "verweigern", "absagen", "abraten", "warnen", "verbieten"}
NO_DETERMINERS = {"kein", "keine", "keinen", "keiner", "keinerlei"}
PLANS = {"planen"}
# verbs of remarking that mean "notice" before a dass-clause in the indicative
NOTICED_WITH_INDICATIVE = {"bemerken"}
GELTEN = {"gilt", "galt", "gelten", "galten", "gelte", "gälte"}
STATAL_SEIN = {"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"}   # "ist geplant"
FOCUS_BEFORE_VERB = {"zumindest", "jedenfalls", "immerhin", "auch"}
TURNS_OUT_WITH_SICH = {"herausstellen", "bestätigen", "charakterisieren"}   # reflexive: "stellte sich heraus",
# "bestätigte sich", "charakterisiert sich dadurch, dass …" (is marked by)
CANCELLED_BY_NEGATION = {"bestätigen", "sagen", "festlegen"}


def _act_as_subject(doc: Doc, cue: CueMatch) -> bool:
    """The cue is a zu-infinitive right before a form of "sein" ("Einen Krieg anzudrohen ist …", "Das zu
    behaupten war falsch"): the infinitive is the subject, it names the act without anyone performing it."""
    for k in sorted(cue.tokens):
        word = doc.tokens[k].lower
        if k + 1 < len(doc.tokens) and doc.tokens[k + 1].lower in ("ist", "war", "wäre", "sei") and (
                (k > 0 and doc.tokens[k - 1].lower == "zu") or _particle_zu_infinitive(word, doc.lexicon.particles)):
            return True
    return False


def _modal_passive(doc: Doc, cue: CueMatch) -> bool:
    """ "ist nun davon auszugehen", "ist zu erwarten": "sein" with a zu-infinitive says what must or can be
    assumed, nobody's statement."""
    for k in sorted(cue.tokens):
        word = doc.tokens[k].lower
        if (k > 0 and doc.tokens[k - 1].lower == "zu") or _particle_zu_infinitive(word, doc.lexicon.particles):
            return any(doc.tokens[j].lower in STATAL_SEIN for j in range(max(0, k - 6), k))
    return False


def _a_list_of_names(doc: Doc, first: int, last: int) -> bool:
    """ "Als Nachfolger haben sich drei Kandidaten gemeldet: Anna Berg, Jan Ott und Eva Roth": after the colon
    a list of names or noun phrases without a verb and outside quotation marks names who or what, not what was
    said."""
    if doc.tokens[first].text in QUOTATION_MARKS or _has_verb(doc, first, last):
        return False
    return any(doc.tokens[k].text in (",", ";") or doc.tokens[k].lower == "und" for k in range(first, last))


def _relative_after_a_trailing_frame(doc: Doc, cue: CueMatch, s, first: int, last: int) -> bool:
    """ "Es fehlten Daten, heißt es in dem Bericht, der am Montag erschien": after a reporting clause that
    follows the reported Konjunktiv clause, a relative clause in the indicative describes the source; the
    content is the clause before."""
    anchor = min(cue.anchor, cue.verb)
    if anchor > s.first and doc.tokens[anchor - 1].lower in AUXILIARIES:
        anchor -= 1
    if not (anchor - 1 > s.first and doc.tokens[anchor - 1].text == ","):
        return False
    return doc.tokens[first].lower in RELATIVE_PRONOUNS and not _has_subjunctive(doc, first, last) and (
        _has_subjunctive(doc, s.first, anchor - 1))


def _negated(doc: Doc, cue: CueMatch) -> bool:
    """ "wollte nicht bestätigen", "haben den Verdacht nicht bestätigt", "würde nicht sagen": "nicht"
    right before the verb, or before the verb and its modal or auxiliary."""
    first = min(cue.tokens)
    return any(doc.tokens[k].lower == "nicht" for k in range(max(0, first - 2), first))
MAX_INSERT = 15
NOMINATIVE_PRONOUNS = {"er", "sie", "wir", "ich", "ihr"}
NOMINATIVE_DETERMINERS = {"der", "die", "das", "ein", "eine", "dieser", "diese", "dieses"}
POINTING_FORWARD = {"folgendes", "folgende", "dies", "das", "dieses", "es"}


def _names_what_was_said(doc: Doc, cue: CueMatch, clause_first: int, colon: int, first: int, last: int) -> bool:
    """ "Auch die Namen der Künstler wurden bekanntgegeben: Mit dabei sind …", "Am Montag wurde er
    vorgestellt: Der Volksempfänger …": the subject of a passive speech verb names what was announced,
    so an indicative sentence after the colon describes it; it is no statement of its own. Not with a
    word pointing forward ("Folgendes wurde festgestellt: …") and not in the Konjunktiv."""
    if not is_passive(doc, cue) or _has_subjunctive(doc, first, last):
        return False
    for k in range(clause_first, colon):
        t = doc.tokens[k]
        if t.lower in POINTING_FORWARD:
            return False
        if k in cue.tokens:
            continue
        if t.lower in NOMINATIVE_PRONOUNS and t.text.islower():
            return True
        after_preposition = k > clause_first and doc.tokens[k - 1].lower in PREPOSITIONS
        if t.lower in NOMINATIVE_DETERMINERS and k + 1 < colon and not after_preposition and (
                doc.tokens[k + 1].is_capitalized or (k + 2 < colon and doc.tokens[k + 2].is_capitalized)):
            return True
    return False


PREPOSITIONS = {"von", "vom", "durch", "seitens", "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "zu",
               "zum", "zur", "über", "unter", "vor", "für", "gegen", "um", "wegen", "trotz"}


def _past_inserts(doc: Doc, comma: int, end: int, att: Attribution) -> int:
    """The comma after an apposition or a relative clause that follows the speaker or an adjunct of the
    speech verb: "erklärte der Direktor der Behörde, Anna Berg, …", "schrieb sie in der „Zeit“, einer
    Wochenzeitung, …", "schrieb sie in einer Erklärung, die am Abend veröffentlicht wurde, …"; else the
    comma itself. An apposition right after the speaker may be a bare name, elsewhere it has an article."""
    from zitat.attribution.mentions import phrase_after
    k = comma + 1
    if k >= end:
        return comma
    close = next((j for j in range(k, min(k + MAX_INSERT, end)) if doc.tokens[j].text in (",", ".", ";", ":")), None)
    if close is None or doc.tokens[close].text != "," or close + 1 >= end:
        return comma
    if _relative_opening(doc, k, close) and _has_verb(doc, k + 1, close):
        return close
    m = phrase_after(doc, k, end)
    after_speaker = att.speaker is not None and att.speaker.last == comma
    if m is None or m.kind == "pronoun" or not (after_speaker or doc.tokens[k].lower in doc.lexicon.determiners):
        return comma
    last = m.last
    while last < close and (doc.tokens[last].text in ("(", ")") or doc.tokens[last].text in QUOTATION_MARKS or (
            m.kind == "person" and doc.tokens[last].is_word and ("-" in doc.tokens[last].text
                                                              or len(doc.tokens[last].text) <= 3))):
        last += 1        # "Mohammed el-Baradei", "Ursula von der Leyen"
    return close if last == close else comma


MAX_INSERTS = 3


def _inserts_up_to(doc: Doc, comma: int, target: int, end: int, att: Attribution) -> bool:
    """From `comma` to the comma `target` there are only inserts of the reporting clause: appositions and
    relative clauses (_past_inserts) and short verbless phrases between commas ("sagte der Koordinator,
    Jan Ott, gegenüber der BBC, dass …", "verkündete der Verband, kurz „DFV“, dann offiziell, dass …")."""
    for _ in range(MAX_INSERTS):
        if comma == target:
            return True
        nxt = _past_inserts(doc, comma, end, att)
        if nxt == comma:
            nxt = next((j for j in range(comma + 1, min(target, comma + MAX_INSERT) + 1)
                        if doc.tokens[j].text == ","), None)
            if nxt is None or nxt == comma + 1 or _has_verb(doc, comma + 1, nxt) or any(
                    doc.tokens[j].text in (":", ";", "(", ")") or doc.tokens[j].lower in COMPLEMENTISERS
                    for j in range(comma + 1, nxt)):
                return False
        comma = nxt
    return comma == target


INSERT_PREPOSITIONS = {"gegenüber", "vor", "in", "im", "auf", "bei", "beim", "am", "an"}
MAX_PREPOSITION_INSERT = 8


def _past_addressee(doc: Doc, comma: int, end: int) -> int:
    """ "sagte der Sprecher, Jan Ott, gegenüber der Zeitung, die Boote seien …": a verbless phrase opened by a
    preposition between commas after the speaker's apposition belongs to the reporting clause; the comma
    closing it, else `comma`."""
    k = comma + 1
    if k >= end or doc.tokens[comma].text != "," or doc.tokens[k].lower not in INSERT_PREPOSITIONS:
        return comma
    close = next((j for j in range(k + 1, min(end, k + MAX_PREPOSITION_INSERT)) if doc.tokens[j].text in (
        ",", ".", ";", ":", "„", "“")), None)
    if close is None or doc.tokens[close].text != "," or close + 1 >= end or _has_verb(doc, k, close):
        return comma
    return close


def _past_manner_clause(doc: Doc, comma: int, end: int) -> int:
    """The comma after "ohne auf einen Vorfall einzugehen" / "um … zu …" following the frame, if any."""
    k = comma + 1
    if k >= end or doc.tokens[k].lower not in PURPOSE_CONJUNCTIONS:
        return comma
    close = next((j for j in range(k, min(k + MAX_INSERT, end)) if doc.tokens[j].text in (",", ".", ";", ":")), None)
    if close is None or doc.tokens[close].text != "," or not _ends_in_zu_infinitive(doc, k + 1, close):
        return comma
    return close


def _parenthetical_goes_on(doc: Doc, k: int, end: int) -> tuple[int, int] | None:
    """After a parenthetical ", so X," the sentence goes on with the content, unless a relative clause on
    the source follows ("…, so der Minister, der in Berlin sprach")."""
    while k < end and doc.tokens[k].text != "," and k - end < MAX_FRAME_ADJUNCT and doc.tokens[k].text not in (
            FINAL_PUNCTUATION):
        k += 1            # "so betont auch die ermittelnde Polizei am Montag,"
    if k >= end or doc.tokens[k].text != ",":
        return None
    first, last = _trim(doc, k + 1, end)
    if last - first < 2 or _relative_opening(doc, first, last) or doc.tokens[first].lower in COORDINATING or not (
            _has_verb(doc, first, last) or _has_subjunctive(doc, first, last)):
        return None       # "…, so Anna Berg, die Leiterin der Fachstelle.": an apposition, no content
    return first, last


CONDITIONAL_VERBS = {"sollte", "sollten", "wäre", "wären", "hätte", "hätten", "würde", "würden"}


def _fronted_subordinate(doc: Doc, cue: CueMatch, s, comma: int) -> bool:
    """The cue ends a subordinate clause opening the sentence ("Nachdem er sie verfolgt und festgehalten
    hatte,", "Sollte der Antrag angenommen werden,") and the main clause starts after the comma with its
    finite verb: what follows is no content of the cue."""
    opener = doc.tokens[s.first].lower
    if not (opener in FRONTED_SUBORDINATORS or opener in CONDITIONAL_VERBS) or opener in ("wie",):
        return False
    if any(doc.tokens[k].text == "," for k in range(s.first, comma)):
        return False
    nxt = comma + 1
    return nxt < s.last and (doc.tokens[nxt].lower in AUXILIARIES or doc.mood(nxt) is not None
                             or _finite_indicative(doc, nxt))


def _embedded_subordinate(doc: Doc, cue: CueMatch, att: Attribution, s) -> bool:
    """The cue's clause is a relative or adverbial clause opened after a comma inside the sentence ("Die
    Piloten hatten, nachdem sie den Fehler bemerkt hatten, gebremst", "…, was es heute darstellt, …"): the
    verb-final clause closes at the comma after it, and an indicative clause there goes on with the sentence
    around it, not with what the cue's subject said."""
    start = min(cue.tokens)
    if att.speaker is not None:
        start = min(start, att.speaker.first)
    comma = next((k for k in range(start - 1, s.first, -1) if doc.tokens[k].text in (",", ":", ";")), None)
    if comma is None or doc.tokens[comma].text != ",":
        return False
    opener = comma + 1
    if opener >= start and not (att.speaker is not None and opener == att.speaker.first):
        return False
    word = doc.tokens[opener].lower
    if word in EMBEDDED_OPENERS:
        return opener + 1 < s.last and not _finite_indicative(doc, opener + 1) and (
            doc.tokens[opener + 1].lower not in AUXILIARIES)
    return _relative_opening(doc, opener, s.last)


def _said_after_embedded(doc: Doc, first: int, last: int) -> bool:
    """After a cue in an embedded clause only a clause in the Konjunktiv up to its next comma ("…, nachdem er
    erklärt hatte, er werde zurücktreten, …") or a zu-infinitive ("Bürger, die aufgefordert wurden, das Gebiet
    zu verlassen") is its content; not the sentence around it ("…, noch eine Notbremsung eingeleitet")."""
    comma = next((k for k in range(first, last) if doc.tokens[k].text == ","), last)
    return _has_subjunctive(doc, first, comma) or _ends_in_zu_infinitive(doc, first, last)


# conjunctions and pronouns that open a verb-final clause inside a sentence (not "wie": "…, wie er sagte, …"
# frames the sentence around it)
EMBEDDED_OPENERS = {"nachdem", "als", "weil", "während", "obwohl", "wenn", "seit", "seitdem", "bevor", "sobald",
                    "indem", "falls", "bis", "was", "wo", "sodass", "damit"}


def _closes_its_clause(doc: Doc, cue: CueMatch) -> bool:
    """The cue's last word ends the verb's clause: a separated particle ("bietet … an") or a participle or
    infinitive after its auxiliary ("hat … angekündigt")."""
    word = doc.tokens[cue.verb].lower
    return cue.particle is not None or cue.anchor != cue.verb or (word.endswith("t") and "ge" in word[:-2])


# a clause they open says when, why or how something happened, not what was said: "müsse zustimmen, bevor …"
ADVERBIAL_CONJUNCTIONS = {"bevor", "nachdem", "weil", "da", "obwohl", "damit", "um", "ohne", "indem", "seit",
                          "seitdem", "sobald", "zumal", "während", "als", "bis", "sodass"}


def _relative_opening(doc: Doc, k: int, last: int) -> bool:
    """ "…, die er leitet", "…, für die keine Genehmigung nötig sei": a relative clause, not content."""
    if k >= last:
        return False
    if doc.tokens[k].lower in RELATIVE_PRONOUNS | {"denen"} and _relative_clause_at(doc, k, last):
        return True
    # "…, in denen …": the dative plural is a relative pronoun only
    return k + 1 < last and doc.tokens[k].lower in RELATIVE_PREPOSITIONS and doc.tokens[k + 1].lower in (
        RELATIVE_PRONOUNS | {"denen"}) and _relative_clause_at(doc, k + 1, last)   # "…, in denen …"


RELATIVE_PREPOSITIONS = {"für", "mit", "von", "zu", "bei", "in", "an", "auf", "aus", "über", "unter", "nach", "vor",
                         "durch", "gegen", "um", "ohne", "wegen", "trotz", "zwischen", "neben", "hinter"}


def _adverbial_clause(doc: Doc, first: int, last: int) -> bool:
    """ "…, bevor Soldaten entsandt würden" is the reporter's; a reason in Konjunktiv I is the speaker's
    ("wies den Vorwurf zurück, da er jeder Grundlage entbehre")."""
    if doc.tokens[first].lower in ALSO_PREPOSITIONS and _ends_in_zu_infinitive(doc, first, last):
        return False     # "warf ihm vor, seit Jahren Akten gefälscht zu haben": a preposition opens the infinitive
    if doc.tokens[first].lower not in ADVERBIAL_CONJUNCTIONS or any(
            doc.mood(k) == "konj1" for k in range(first, last) if doc.tokens[k].is_word):
        return False
    # "befürchtet, sobald die Truppen abziehen, würde das Land …": the clause opens what was said, whose main
    # clause follows with its verb in the Konjunktiv
    comma = next((k for k in range(first + 1, last - 1) if doc.tokens[k].text == ","), None)
    return comma is None or not (doc.tokens[comma + 1].is_word and doc.mood(comma + 1))


ALSO_PREPOSITIONS = {"seit", "während", "bis"}
FRONTED_SUBORDINATORS = {"da", "nachdem", "weil", "obwohl", "wenn", "falls", "sobald", "sofern", "bevor", "ehe",
                         "seit", "seitdem", "indem", "als", "zumal", "während"}


def _reads_as_a_clause(doc: Doc, first: int, last: int) -> bool:
    """What stands before a trailing frame is said only if it is a clause of its own: not a fronted
    subordinate clause ("Da kein Rückflug möglich war, entschied sich der Pilot …") and not a fronted
    object or subject with a relative clause ("Mieter, die nur einen Zweitwohnsitz haben, werden gebeten")."""
    if doc.tokens[first].lower in FRONTED_SUBORDINATORS and not opens_phrase(doc, first) and not (
            _main_clause_follows(doc, first, last)):
        return False
    if doc.tokens[first].lower == "wie" and doc.tokens[last - 1].text.islower() and not any(
            doc.tokens[k].text == "," for k in range(first, last)):
        return False      # "Wie die BBC berichtet, wurden … verurteilt": a frame of its own, not the content
    if any(doc.tokens[k + 1].text in (",", ":") and doc.lemma(k).lower() in doc.lexicon.verbs_by_lemma
           and doc.lemma(k).lower() != doc.tokens[k].lower and not _relative_opening(doc, k + 2, last)
           and not _ends_a_relative_clause(doc, first, k, last)
           for k in range(first, last - 2) if doc.tokens[k].is_word):
        return False      # "X hatte erklärt, er sei unschuldig, erkannte …": that verb has the content
    comma = next((k for k in range(first, last) if doc.tokens[k].text == ","), last)
    relative_after = comma < last and _relative_opening(doc, comma + 1, last)
    if relative_after:
        # "Nach den Spielen, in denen das Team Schwächen zeigte, sollte die Abwehr …": the clause goes on
        # after the relative clause on its opening phrase
        close = next((k for k in range(comma + 1, last) if doc.tokens[k].text == ","), None)
        if close is not None and close + 1 < last and (_finite_indicative(doc, close + 1) or (
                doc.tokens[close + 1].lower in AUXILIARIES | MODAL_FORMS)):
            return True
        if doc.tokens[first].lower in FRONTED_PREPOSITIONS and not _has_subjunctive(doc, first, last):
            return False      # "In einem Bericht, der dem Rat vorgelegt wurde, fordert X …": a fronted phrase
    return _has_verb(doc, first, comma) or _has_subjunctive(doc, first, last)


MODAL_FORMS = {"sollte", "sollten", "wollte", "wollten", "konnte", "konnten", "musste", "mussten", "durfte", "durften"}


def _ends_a_relative_clause(doc: Doc, first: int, k: int, last: int) -> bool:
    """ "Nach den Spielen, in denen das Team Schwächen gezeigt hat, sollte …": the verb at k closes a
    relative clause opened after the comma before it."""
    comma = next((j for j in range(k - 1, first, -1) if doc.tokens[j].text == ","), None)
    return comma is not None and _relative_opening(doc, comma + 1, last)


FRONTED_PREPOSITIONS = RELATIVE_PREPOSITIONS | {"im", "am", "beim", "zum", "zur", "vom", "nach", "laut"}


def _main_clause_follows(doc: Doc, first: int, last: int) -> bool:
    """ "Als Kämpfer die Stadt einnahmen, töteten sie …": after the fronted clause its main clause
    opens with the finite verb."""
    comma = next((k for k in range(first, last - 1) if doc.tokens[k].text == ","), None)
    if comma is None:
        return False
    nxt = comma + 1
    return doc.tokens[nxt].lower in AUXILIARIES or doc.mood(nxt) is not None or _finite_indicative(doc, nxt)


def _has_verb(doc: Doc, first: int, last: int) -> bool:
    from zitat.language.morphology import lemma
    for k in range(first, last):
        t = doc.tokens[k]
        if not t.is_word or t.is_capitalized or t.lower in doc.lexicon.function_words - AUXILIARIES:
            continue
        if t.lower in AUXILIARIES or doc.mood(k):
            return True
        if lemma(t.lower).endswith(("en", "ln", "rn")):     # "sagte" <- sagen, "vorantreiben"
            return True
    return False


OWN_FRAME_WORDS = {"laut", "zufolge", "gemäß"}
# "Davon geht der Minister aus", "Darüber berichtete die Zeitung": the sentence before is the content
# (not "darauf", which also means "then")
POINTING_ADVERBS = {"davon", "darüber"}
# what they point back to is what someone else said, not their own statement
DENYING = {"bestreiten", "dementieren", "zurückweisen", "abstreiten", "widersprechen", "bezweifeln", "anzweifeln",
           "abweisen", "leugnen"}


def _pointed_back(doc: Doc, cue: CueMatch, s, att: Attribution | None = None) -> tuple[int, int] | None:
    """The previous sentence of the paragraph when "Dies"/"Das" opens the cue's sentence as its object, or when
    "dies" is the object right after the finite verb or its subject ("Der Verband hatte dies am Montag bekannt
    gegeben", "Am Montag gab dies der Verband bekannt")."""
    if s.i == 0:
        return None
    opening = cue.anchor == s.first + 1 and doc.tokens[s.first].lower in POINTING_BACK | POINTING_ADVERBS
    if not opening and not _pointing_object(doc, cue, att):
        return None
    if cue.entry.lemma in DENYING:
        return None      # "Augenzeugen berichteten von Toten. Das wurde von der Polizei bestritten."
    if doc.mood(cue.verb) == "konj1":
        return None      # "… müsse er mit Haft rechnen. Dies begründe die Fluchtgefahr.": still the report
    if any(doc.tokens[k].lower in ("und", "oder", "aber", "sondern") or doc.tokens[k].text in (",", ";", ":")
           for k in range(cue.anchor + 1, cue.verb)):
        return None      # "Dies war nicht der erste Streit, und die Anwohner befürchten, dass …": "Dies" is another clause's
    prev = doc.sentences[s.i - 1]
    if prev.paragraph != s.paragraph and doc.tokens[prev.last - 1].text != ".":
        return None      # a heading before the paragraph, no sentence said
    # ("… vermieden werden können.¶Dies teilte der Ministerpräsident mit": a paragraph opened by "Dies" points
    # back across its break to the sentence before)
    if any(doc.tokens[k].lower in OWN_FRAME_WORDS for k in range(prev.first, prev.last)):
        return None      # "… laut einem Bericht … . Dies ging aus Dokumenten hervor": the frame has it
    if doc.tokens[prev.first].lower == "wie" or _reports_itself(doc, prev):
        return None      # "Wie heute bekannt wurde, sind … . Das berichteten Helfer": that sentence has its source
    first, last = _trim(doc, prev.first, prev.last)
    return (first, last) if last - first >= 3 else None


def _pointing_object(doc: Doc, cue: CueMatch, att: Attribution | None) -> bool:
    """A bare "dies" in the midfield, right after the finite verb or the subject that follows it, before the
    verb's closing participle or particle."""
    if att is None or att.speaker is None or cue.last <= cue.anchor + 1:
        return False
    k = att.speaker.last if att.speaker.first == cue.anchor + 1 else cue.anchor + 1
    return k < cue.last and doc.tokens[k].lower == "dies" and not doc.tokens[k + 1].is_capitalized


def _reports_itself(doc: Doc, s) -> bool:
    """ "Einige Abgeordnete haben angekündigt, sie würden klagen": a sentence whose speech verb has its
    own clause of reported speech."""
    for k in range(s.first, s.last - 2):
        if doc.tokens[k + 1].text == "," and doc.lemma(k).lower() in doc.lexicon.verbs_by_lemma:
            nxt = doc.tokens[k + 2].lower
            if nxt in COMPLEMENTISERS or _has_subjunctive(doc, k + 2, s.last):
                return True
    return False


def _wie_clause(doc: Doc, cue: CueMatch, sentence_first: int) -> tuple[int, int] | None:
    """Token range of "wie X mitteilte" (with its commas) when the cue stands in such a clause."""
    k = wie_opening(doc, cue.verb, sentence_first)
    impersonal = k is not None and cue.entry.lemma in IMPERSONAL and doc.tokens[k + 1].lower == "es"
    if k is None or (cue.entry.lemma in NAMING_VERBS and not impersonal):
        return None        # "Syd Barrett, wie er sich nannte, …": a name, not a statement; but "wie es hieß, …"
    if k + 1 < len(doc.tokens) and doc.tokens[k + 1].lower in DEGREE_WORDS:
        return None        # "…, wie sehr sie es begrüßen": a question of degree, not "as X said"
    if cue.last + 1 < len(doc.tokens) and doc.tokens[cue.last + 1].lower in MODALS_OF_A_MANNER:
        return None        # "lernte, wie er sich gegen X wehren könnte": how something can be done, nobody's report
    if k - 3 >= sentence_first and doc.tokens[k - 1].text == "," and doc.tokens[k - 2].lower in SUBJECT_PRONOUNS and (
            doc.tokens[k - 3].lower in CLAUSE_OPENERS_BEFORE_WIE):
        return None        # "wenn sie, wie schon der Kollege, auf X hinweist": "sie" is the verb's subject, "wie" compares
    if k - 2 >= sentence_first and doc.tokens[k - 1].text == "," and doc.tokens[k - 2].is_word and (
            doc.tokens[k - 2].text.islower() and doc.lemma(k - 2).lower() in doc.lexicon.verbs_by_lemma
            and doc.lemma(k - 2).lower() != doc.tokens[k - 2].lower):   # not an infinitive ("… zu zweifeln, wie er …")
        return None        # "Zeugen hatten berichtet, wie er zuschlug": what the verb before reports
    last = cue.last + 1
    verbs = last
    while verbs < len(doc.tokens) and verbs <= cue.last + 2 and doc.tokens[verbs].lower in AUXILIARIES | {"worden"}:
        verbs += 1
    if verbs > last and (verbs >= len(doc.tokens) or not doc.tokens[verbs].is_word):
        last = verbs       # "wie der Verband bekanntgegeben hat, …": the finite verb closes the clause
    if last < len(doc.tokens) and doc.tokens[last].text == ",":
        last += 1
    return (k - 1 if k > sentence_first else k), last


SUBJECT_PRONOUNS = {"er", "sie", "es", "wir", "ich", "man"}
MODALS_OF_A_MANNER = {"kann", "können", "könne", "könnte", "könnten", "konnte", "konnten", "muss", "müssen",
                      "müsse", "müsste", "müssten", "soll", "sollen", "solle", "sollte", "sollten", "darf", "dürfe",
                      "dürfen", "dürfte"}
CLAUSE_OPENERS_BEFORE_WIE = {"wenn", "dass", "weil", "ob", "als", "da", "nachdem", "obwohl", "während", "falls"}
COMPARED = {"so", "ebenso", "genauso", "nicht"}
# adverbs that may stand between "wie" and a participle without a subject: "wie zunächst angenommen"
COMMENT_ADVERBS = {"zunächst", "erwartet", "allgemein", "bereits", "schon", "vielfach", "befürchtet", "erhofft",
                   "ursprünglich", "anfangs", "erst", "weithin", "vorher", "zuvor", "nicht"}


def _contrasted(doc: Doc, cue: CueMatch, sentence_first: int) -> bool:
    """ "…, anders als die Armee behauptet, …": a clause opened by "anders als" names a claim that the
    sentence contradicts; what stands around it is not that speaker's."""
    for k in range(min(cue.tokens) - 1, max(sentence_first, min(cue.tokens) - 8), -1):
        if doc.tokens[k].text in CLAUSE_BREAKS:
            return False
        if doc.tokens[k].lower == "als" and doc.tokens[k - 1].lower == "anders":
            return True
    return False


def _comparison_or_comment(doc: Doc, cue: CueMatch, sentence_first: int) -> bool:
    """A "wie" clause that compares ("Die Schäden sind nicht so groß, wie zunächst angenommen", "klang so
    versöhnlich, wie man es nicht erwartet hatte") or, without a subject, comments on an expectation ("Wie
    erwartet wurde er gewählt", "wie befürchtet"), and so does the idiom "wie man sagt"; "Wie angekündigt trat er zurück"
    and "wie X mitteilte" still do."""
    k = wie_opening(doc, cue.verb, sentence_first)
    if k is None:
        return False
    if k - 3 >= sentence_first and doc.tokens[k - 1].text == ",":
        # "so groß, wie …", "so versöhnlich klang, wie …": "so" before an adjective closes the clause before
        for j in range(k - 2, max(sentence_first, k - 5) - 1, -1):
            if doc.tokens[j].text in CLAUSE_BREAKS:
                break
            if doc.tokens[j].lower in COMPARED - {"nicht"} and j + 1 < k - 1 and doc.tokens[j + 1].text.islower() and (
                    doc.tokens[j + 1].lower not in ("dass", "wie")):
                return True
    between = [doc.tokens[j].lower for j in range(k + 1, min(cue.tokens))]
    if between[:1] == ["man"] and set(between[1:]) <= {"so", "schön", "gerne", "gern"} and cue.entry.lemma in ("sagen",):
        return True      # "…, wie man (so schön) sagt, …": an idiom, nobody's statement
    if cue.entry.medium != "thought":
        return False
    return all(w in COMMENT_ADVERBS for w in between)


NAMING_VERBS = {"nennen", "heißen"}
DEGREE_WORDS = {"sehr", "viel", "viele", "oft", "lange", "weit", "hoch", "stark", "gut", "schnell", "groß", "wenig",
                "genau", "schwer", "schlimm", "ernst", "wichtig"}


def _reported(doc: Doc, cue: CueMatch, att: Attribution, s) -> Draft | None:
    """ "Moskau lehnt Truppen aus NATO-Staaten kategorisch ab": the object is what was said."""
    if cue.verb > s.first and doc.tokens[cue.verb - 1].lower == "wie":
        return None      # "Die Regierung hat wie angekündigt die Steuern erhöht": a comment, not her statement
    if _names(doc, cue) and any(doc.tokens[k].text in QUOTATION_MARKS for k in range(
            cue.verb + 1, min(cue.verb + 4, s.last))):
        return None      # "Dann nennt sie sich „documenta 12“", "ein Standard, genannt „Profil 1.1“": a name
    if att.speaker is None:
        # "Als Ursache wurde ein Kurzschluss genannt": a speech act in the passive without its agent
        # "Die Anwohner wurden vor dem Hochwasser gewarnt": one spoken to in the accusative is the passive subject
        spoken_to = att.addressee is None or cue.entry.addressee == "accusative"
        return _agentless_passive(doc, cue, att, s) if spoken_to and is_passive(doc, cue) else None
    if _told_by_a_frame(doc, cue, s):
        return None      # "Viele fürchten laut Karl den Abstieg": the frame's source says it all
    if is_passive(doc, cue) and att.addressee is None and cue.anchor > s.first:
        # "Die Forderungen wurden von Minister Stolpe als unrealistisch bezeichnet": the passive subject
        first, last = _trim(doc, s.first, cue.anchor)
        if s.first <= att.speaker.first and att.speaker.last <= cue.anchor:
            # "Von der Opposition wurde der Besuch als Fehler kritisiert": the agent comes first, the
            # passive subject follows the auxiliary
            subject = phrase_after(doc, cue.anchor + 1, cue.verb) if cue.anchor + 1 < cue.verb else None
            if subject is None or subject.first != cue.anchor + 1:
                return None
            return _draft(doc, "reported", [(subject.first, subject.last)], cue, att, 0.7)
        fronted = phrase_after(doc, first, cue.anchor) if last > first else None
        if fronted is None and last > first and _same_clause(doc, first, last) and att.speaker.first > cue.anchor:
            # "Dabei wird die Gruppe vom Verfassungsschutz als extremistisch eingestuft": an adverb opens the
            # clause, the passive subject follows the auxiliary
            end = att.speaker.first
            if end > 0 and doc.tokens[end - 1].lower in ("von", "vom", "durch", "seitens"):
                end -= 1
            if cue.anchor + 1 < end < cue.verb and doc.tokens[cue.anchor + 1].lower in doc.lexicon.determiners:
                return _draft(doc, "reported", [(cue.anchor + 1, end)], cue, att, 0.7)
        if last > first and doc.tokens[first].is_capitalized and _same_clause(doc, first, last):
            return _draft(doc, "reported", [(first, last)], cue, att, 0.7)
        return None
    start = cue.anchor + 1
    if att.speaker.first > cue.anchor:
        start = att.speaker.last
    for extra in (att.addressee, att.via):
        if extra is not None and extra.first == start:
            start = extra.last
    if start < s.last and (doc.tokens[start].lower == "als" or (
            cue.entry.lemma == "vergleichen" and doc.tokens[start].lower == "mit")) and (
            fronted := _fronted_object(doc, cue, att, s)):
        return fronted   # "Den Plan bezeichnete er als Fehler", "Die Lage verglich er mit 2008": the object first
    split = _object_inside_the_addressee(doc, cue, att, start)
    if split is not None:
        att, start = replace(att, addressee=replace(att.addressee, last=split)), split
    end = cue.particle if cue.particle is not None and cue.particle > start else None
    if end is None:
        end = start
        other_acts = cues_at(doc)
        while end < s.last:
            if (close := _quoted_words_end(doc, end, s.last)) is not None:
                end = close     # "forderte einen „offensiven Umgang“ mit X": the quoted words are the object's
            elif doc.tokens[end].lower == "und" and end + 1 in other_acts:
                break           # "nannte sie „klasse“ und äußerte die Hoffnung …": a second speech act
            elif doc.tokens[end].text not in CLAUSE_BREAKS | FINAL_PUNCTUATION or _ordinal_dot(doc, end):
                end += 1
            else:
                break
        if cue.verb > start and cue.verb < end:
            end = cue.verb
    partner = next((k for k in range(start, end) if doc.tokens[k].lower == "mit" and not (
        k > start and doc.tokens[k - 1].lower in doc.lexicon.determiners)), None)   # not "ein mit Spannung erwartetes"
    if partner is not None and cue.entry.lemma in TALKING_WITH:
        # "sprach (sieben Minuten) mit seiner Frau": a partner in conversation; only "über"/"von" names
        # what was said
        topic = next((k for k in range(start, end) if doc.tokens[k].lower in ("über", "von", "vom")), None)
        if topic is None:
            return None
        start = topic
    if cue.entry.lemma in ONLY_ABOUT_AUF and not any(doc.tokens[k].lower in ("auf", "darauf") for k in range(start, end)):
        return None      # "hatte die Inspekteure des Landes verwiesen": expelled, nothing pointed out
    if cue.entry.lemma == "reagieren" and not any(
            doc.tokens[k].lower == "mit" and any(doc.tokens[j].lower.endswith(SPOKEN_REACTIONS)
                                                  for j in range(k + 1, min(k + 4, s.last)))
            for k in range(s.first, s.last)):
        return None      # "Die Stadt reagierte auf die Beschwerden mit neuen Ampeln": a deed, nothing said
    needed = WITH_ONLY.get(cue.entry.lemma)
    if needed is not None and not any(doc.tokens[k].lower == needed for k in range(s.first, s.last)):
        return None      # "Dem Torwart droht eine Operation": something looms, nobody threatened "mit" anything
    if cue.entry.lemma in SPEAKING_ABOUT_AUF:
        auf = next((k for k in range(start, end) if doc.tokens[k].lower == "auf"), None)
        if auf is not None and all(doc.tokens[k].text.islower() for k in range(start, auf)):
            start = auf  # "weist selbst auf die Risiken hin": the adverb is not what was said
    if cue.entry.lemma in FOR_ONESELF and any(doc.tokens[k].lower == "sich" for k in range(
            min(cue.verb, cue.anchor) + 1, end)):
        return None      # "Die Forscher erhoffen sich davon neue Erkenntnisse": a hope for oneself, not a statement
    if cue.entry.lemma in SPEAKING_ABOUT_AN:
        an = next((k for k in range(start, end - 1) if doc.tokens[k].lower in ("an", "am") and not (
            doc.tokens[k + 1].lower in doc.lexicon.weekdays or doc.tokens[k + 1].text[:1].isdigit())), None)
        if an is not None:
            start = an   # "erinnerte (am Sonntag) an die Opfer des Krieges", "zweifelten am Wahrheitsgehalt"
    if not (doc.tokens[start].lower == "auf" and cue.entry.lemma in SPEAKING_ABOUT_AUF) and not (
            doc.tokens[start].lower in ("an", "am") and cue.entry.lemma in SPEAKING_ABOUT_AN) and not (
            start < end and doc.tokens[start].lower == WITH_ONLY.get(cue.entry.lemma)):
        start = _skip_adjuncts(doc, start, end)   # but "drohte mit dem Einsatz von Gewalt": the verb's own "mit"
    if start < end and doc.tokens[start].text == "," and (close := date_apposition_end(doc, start, end)):
        start = _skip_adjuncts(doc, close + 1, end)     # "gab am Montag, dem 27. März, die Einstellung bekannt"
    while end > start and doc.tokens[end - 1].text.islower() and doc.tokens[end - 1].is_word:
        end -= 1                                          # trailing adverbs: "kategorisch"
    first, last = _trim(doc, start, end)
    if last - first < 1 or not any(doc.tokens[k].is_capitalized for k in range(first, last)):
        return _fronted_object(doc, cue, att, s)
    if doc.tokens[first].lower in AUXILIARIES:
        return None      # "Der angeklagte Arzt Jan Ott | wurde am Montag freigesprochen": a new clause, no object
    if cue.entry.lemma == "sprechen" and doc.tokens[first].lower in doc.lexicon.determiners:
        return None      # "sprach ein Gebet", "hat ein Urteil gesprochen": what is spoken, not what was said
    if doc.tokens[first].lower in ADJUNCT_PREPOSITIONS - OBJECT_PREPOSITIONS - {"mit"} and not (
            doc.tokens[first].lower == "auf" and cue.entry.lemma in SPEAKING_ABOUT_AUF) and not (
            doc.tokens[first].lower in ("an", "am") and cue.entry.lemma in SPEAKING_ABOUT_AN):
        return None      # "Rheinmetall erklärt auf Anfrage": a circumstance, not what was said
    if cue.entry.lemma in HOLDING_PEOPLE and (held := phrase_after(doc, first, last)) is not None and (
            held.first == first and held.kind in ("person", "group", "pronoun")):
        return None      # "Passanten hielten den Dieb fest": held, not recorded
    other_sense = OTHER_SENSE_OBJECTS.get(cue.entry.lemma, ())
    if any(doc.tokens[k].is_capitalized and doc.tokens[k].lower.endswith(other_sense) for k in range(first, last)):
        return None      # "räumte den Partnern Überflugrechte ein", "bestreitet sein zweites Gruppenspiel"
    if cue.entry.lemma == "fordern" and any(doc.tokens[k].lower in CASUALTIES for k in range(
            min(first, att.speaker.first), max(last, att.speaker.last))):
        return None      # "Der Taifun forderte zwölf Todesopfer": no demand, a death toll
    return _draft(doc, "reported", [(first, last)], cue, att, 0.7)


CLAUSE_AFTER_ACT_OPENERS = {"weil", "da", "zumal", "dass", "ob"}


def konjunktiv_clause_after_act(doc: Doc, d: Draft) -> Draft | None:
    """ "Sie beklagten Kürzungen, die zu einem Personalmangel führen würden", "Er nannte die Verschiebung
    fatal, weil die Wähler seit Jahren warten müssten": a relative, reason or main clause in the Konjunktiv
    after the object of a reported speech act is what the speaker said about it, indirect speech with the
    act's speaker and verb."""
    s = doc.sentences[d.sentence]
    k = doc.token_at(d.end - 1) + 1
    index, own = cues_at(doc), set(d.cue)
    other_act = lambda j: j in index and j not in own     # another speech verb: another statement
    last = s.last
    while last > k and doc.tokens[last - 1].text in FINAL_PUNCTUATION:
        last -= 1
    depth = 0
    for j in range(k, last):
        t = doc.tokens[j]
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif t.text in (";", ":") or t.text in QUOTATION_MARKS or other_act(j) or doc.mood(j):
            return None      # another statement, a quotation or the Konjunktiv before any comma
        elif t.text == "," and depth == 0:
            first = j + 1
            end = next((e for e in range(first, last) if doc.tokens[e].text in (";", ":", "(")
                        or other_act(e)), last)
            if end - first < 3 or not _has_subjunctive(doc, first, end):
                return None
            opener = doc.tokens[first].lower
            if not (_relative_opening(doc, first, end) or opener in CLAUSE_AFTER_ACT_OPENERS
                    or _main_clause(doc, first, end)):
                return None
            if any(doc.tokens[e].text in QUOTATION_MARKS for e in range(first, end)):
                return None  # quoted words: the direct statement's business
            return Draft("indirect", [doc.chars(first, end)], d.sentence, cue=d.cue, cue_lemma=d.cue_lemma,
                         speaker=d.speaker, addressee=d.addressee, via=d.via, frame=d.frame, medium=d.medium,
                         confidence=d.confidence - 0.1, inherited=d.inherited)
    return None


def _quoted_words_end(doc: Doc, k: int, end: int) -> int | None:
    """ "forderte einen „offensiven Umgang mit der Lage“", "sprach von einem „Feldzug“ gegen X": quoted
    words opening at token k inside the object of a speech act are part of it; gives the token after
    the closing mark. Not a quoted sentence ("„Wir kommen.“") nor one running to the sentence end."""
    if doc.tokens[k].text not in ("„", "»", "\"") or k + 1 >= end or not doc.tokens[k + 1].is_word:
        return None
    prev = doc.tokens[k - 1].lower if k > 0 else ""
    if prev.startswith(NAME_INTRODUCERS) or (doc.tokens[k + 1].text[:1].isupper() and prev not in INDEFINITE):
        return None     # a name or title: "nennt „Twitter“ …", "die in Wien befindliche „Krone Montezumas“"
    for j in range(k + 1, end):
        t = doc.tokens[j].text
        if t in ("“", "”", "«", "\""):
            if j == k + 1 or doc.tokens[j - 1].text in FINAL_PUNCTUATION | {",", ":"}:
                return None
            return j + 1
        if t in ("„", "»", ":", ";") or (t in FINAL_PUNCTUATION and not _ordinal_dot(doc, j)):
            return None
    return None


def _agentless_passive(doc: Doc, cue: CueMatch, att: Attribution, s) -> Draft | None:
    """ "Als Ursache wurde ein Kurzschluss genannt", "Die Zahl der Toten wurde mit zwölf angegeben",
    "Bemängelt werden außerdem die Kosten": the passive subject is what was said, the speaker unnamed.
    Only in a main clause: the auxiliary second (or after a fronted participle), the participle at its end."""
    anchor, verb = cue.anchor, cue.verb
    if cue.entry.lemma == "sprechen":
        return _spoken_of(doc, cue, att, s)
    if cue.entry.lemma not in NAMED_IN_THE_PASSIVE:
        return None      # "Für heute wird ein Orkan erwartet", "Der Schaden wird auf 1.000 Euro geschätzt": no one spoke
    if cue.entry.lemma in JUDGED_IN_THE_PASSIVE and not any(
            doc.tokens[k].lower == "als" and doc.tokens[k + 1].text.islower() for k in range(s.first, s.last - 1)):
        return None      # "Als Föhn wird ein Fallwind bezeichnet": a name given, unlike "wird als riskant bezeichnet"
    if anchor == verb or doc.tokens[anchor].sentence != doc.tokens[s.first].sentence:
        return None
    if _told_by_a_frame(doc, cue, s):
        return None
    if verb < anchor:
        if verb != s.first:
            return None     # only "Vermutet werden …": the participle opens the sentence
        first, end = anchor + 1, s.last
    else:
        if any(doc.tokens[k].text in CLAUSE_BREAKS for k in range(s.first, anchor)) or (
                any(doc.tokens[k].text in CLAUSE_BREAKS for k in range(anchor, verb))):
            return None
        if doc.tokens[s.first].lower in COMPLEMENTISERS | SOURCE_RELATIVES | {"wie"}:
            return None
        subject = phrase_after(doc, s.first, anchor)
        addressed = att.addressee is not None and att.addressee.first == s.first
        if subject is not None and subject.first == s.first and subject.last == anchor and not addressed and (
                doc.tokens[s.first].lower not in ("es", "das", "dies", "als")):
            first, end = s.first, anchor     # "Die Zahl der Toten wurde … angegeben"
        else:
            first, end = anchor + 1, verb
    if any(doc.tokens[k].text in CLAUSE_BREAKS for k in range(first, end)):
        return None
    start = _skip_adjuncts(doc, first, end)
    first, last = _trim(doc, start, end)
    if last - first < 1 or not any(doc.tokens[k].is_capitalized for k in range(first, last)):
        return None
    if doc.tokens[first].lower in ADJUNCT_PREPOSITIONS - OBJECT_PREPOSITIONS:
        return None
    return _draft(doc, "reported", [(first, last)], cue, att, 0.6)


def _spoken_of(doc: Doc, cue: CueMatch, att: Attribution, s) -> Draft | None:
    """ "Von einer gezielten Kampagne wird gesprochen": the fronted "von" phrase of an impersonal passive of
    "sprechen" is what was said ("Über den Plan wurde gesprochen" is a talk, not a statement)."""
    auxiliary = cue.verb - 1 if cue.anchor == cue.verb else cue.anchor
    if doc.tokens[s.first].lower not in ("von", "vom") or not (s.first + 1 < auxiliary < cue.verb) or (
            doc.tokens[auxiliary].lower not in ("wird", "wurde", "werde", "werden", "wurden")):
        return None
    first, last = _trim(doc, s.first, auxiliary)
    if last - first < 2 or not any(doc.tokens[k].is_capitalized for k in range(first + 1, last)):
        return None
    return _draft(doc, "reported", [(first, last)], cue, att, 0.6)


def _told_by_a_frame(doc: Doc, cue: CueMatch, s) -> bool:
    """ "Eine wachsende Zahl von Menschen fürchtet laut Karl den sozialen Abstieg": a frame phrase with a
    named source in the speech act's clause makes the whole clause the source's statement."""
    from zitat.attribution.frames import find_frames
    # the whole clause, however long: "Laut einer Umfrage würden sich 94 Prozent der Befragten … wünschen"
    return any(s.first <= f.first and f.last <= s.last and f.source is not None and not f.content_after
               and _same_clause(doc, min(f.first, cue.verb), max(f.last, cue.verb), limit=25, coordinated=True)
               for f in find_frames(doc))


# articles that cannot open an accusative object (nominative masculine, dative, genitive)
NEVER_ACCUSATIVE = {"der", "dem", "des", "einem", "eines", "einer"}


def _fronted_object(doc: Doc, cue: CueMatch, att: Attribution, s) -> Draft | None:
    """ "Die Tat bezeichnete er als sinnlos": with the speaker after the verb and nothing but a predicate
    behind it, the object is the phrase before the verb, opened by an article."""
    if att.speaker.first < cue.anchor or cue.anchor <= s.first:
        return None
    first, last = _trim(doc, s.first, cue.anchor)
    if last - first < 2 or doc.tokens[first].lower not in doc.lexicon.determiners or (
            doc.tokens[first].lower in NEVER_ACCUSATIVE):
        return None      # "Der Großbrand fordert die Feuerwehr": "der" opens a subject, never an object
    comma = next((k for k in range(first, last) if doc.tokens[k].text == ","), None)
    if comma is not None and doc.tokens[comma + 1].lower in RELATIVE_PRONOUNS and (
            doc.tokens[cue.anchor - 1].text == ",") and _same_clause(doc, first, comma):
        pass    # "Die Zahl der Toten, die … sein sollen, bezifferte Xinhua mit 13": a noun with its relative clause
    elif not _same_clause(doc, first, last):
        return None
    return _draft(doc, "reported", [(first, last)], cue, att, 0.6)


# verbs that report something only with this word: "drohte mit Klage" (not "ihm droht eine Sperre"), "wertete
# den Sieg als Erfolg" (not "die Stimmen wurden gewertet"), "ging auf die Frage ein" (not "ging ein Joint Venture ein")
WITH_ONLY = {"drohen": "mit", "werten": "als", "bezeichnen": "als", "vergleichen": "mit", "betrachten": "als",
             "einstufen": "als", "rechnen": "mit", "eingehen": "auf"}
# verbs whose "auf" phrase is what was said: "weisen auf die fehlende Rechtsgrundlage hin"
SPEAKING_ABOUT_AUF = {"hinweisen", "verweisen", "bestehen", "pochen", "drängen", "beharren", "aufmerksam machen"}
# verbs whose "an" phrase is what was said: "erinnerte an die Opfer", "zweifelte an den Zahlen"
SPEAKING_ABOUT_AN = {"erinnern", "zweifeln"}
# and that say nothing without it ("verwies ihn des Landes", "bestand die Prüfung"); "drängte ihn zum Rücktritt" does
ONLY_ABOUT_AUF = SPEAKING_ABOUT_AUF - {"drängen", "aufmerksam machen"}
# objects with which a speech verb has another sense: granting ("räumte ihnen Rechte ein", not conceding; but
# "räumte dem Plan keine Chance ein" judges it) and
# contesting a match or paying one's way ("bestreitet das Finale", "bestritt seinen Lebensunterhalt")
OTHER_SENSE_OBJECTS = {
    "einräumen": ("priorität", "vorrang", "recht", "rechte", "frist", "möglichkeit", "möglichkeiten",
                  "stellenwert", "kredit", "rabatt", "zugang", "sonderstatus"),
    # "gestanden" is also the participle of stehen: "hat Rede und Antwort gestanden", "Modell/Pate gestanden"
    "gestehen": ("antwort", "modell", "pate", "schlange", "spalier", "kopf"),
    "bestreiten": ("spiel", "spiele", "partie", "match", "finale", "halbfinale", "duell", "rennen", "turnier",
                   "lebensunterhalt", "wahlkampf", "auftakt"),
    # "führt die Tabelle an", "führte die Delegation an": leading, not citing ("führte als Beispiel X an")
    "anführen": ("tabelle", "liste", "rangliste", "weltrangliste", "wertung", "gesamtwertung", "feld", "delegation",
                 "mannschaft", "spitzengruppe", "armee", "truppen"),
}
# verbs that with a person as object are no speech act ("hielten den Dieb fest"), unlike "hielt die Zahlen fest"
HOLDING_PEOPLE = {"festhalten"}
# what "reagierte mit …" must be to name a speech act: "reagierte mit scharfen Worten", "mit Kritik"
SPOKEN_REACTIONS = ("worten", "kritik", "unverständnis", "ablehnung", "erklärung", "stellungnahme", "mitteilung",
                    "warnung", "warnungen", "drohung", "drohungen", "forderung", "forderungen", "äußerung", "protest")
CASUALTIES = {"todesopfer", "opfer", "tote", "toten", "menschenleben", "leben", "verletzte", "todesopfern"}
# verbs whose passive without an agent still reports what somebody said ("Als Grund wurde … genannt");
# not "wird als Taifun bezeichnet" (a name, a definition), "wird erwartet", "wird geschätzt", "wird befürchtet", "wurde bekanntgegeben" (an estimate, an expectation,
# or a subject that is a piece of news rather than what was said)
NAMED_IN_THE_PASSIVE = {"nennen", "angeben", "bemängeln", "kritisieren", "loben", "werten", "ausgehen", "bezeichnen", "warnen", "ankündigen",
                        "vorwerfen", "berichten", "einstufen", "vorhersagen", "beklagen", "bescheinigen"}
# verbs that say something in the passive only with a judgement after "als" ("wurde als riskant bezeichnet")
JUDGED_IN_THE_PASSIVE = {"bezeichnen"}
# verbs whose reflexive is no speech act: a benefit hoped for ("erhoffen sich", "versprechen sich") or a
# memory ("erinnerten sich an den Unfall", unlike "erinnerte an den Unfall")
FOR_ONESELF = {"erhoffen", "erwarten", "versprechen", "erinnern"}
TALKING_WITH = {"sprechen", "reden", "diskutieren", "verhandeln", "telefonieren", "beraten", "debattieren"}


OBJECT_PREPOSITIONS = {"von", "vor", "zur", "zum", "für", "gegen", "über", "um"}
ADJUNCT_PREPOSITIONS = {"in", "im", "auf", "bei", "beim", "während", "am", "an", "nach", "seit", "mit",
                        "vor", "aus", "unter", "trotz", "wegen"}


def _object_inside_the_addressee(doc: Doc, cue: CueMatch, att: Attribution, start: int) -> int | None:
    """ "warf der Regierung Versagen vor": a verb of the dative takes its accusative object right after the
    addressee; where the addressee phrase ran on over it and nothing but a particle or a prepositional
    phrase follows, its last word is the object."""
    a = att.addressee
    if cue.entry.addressee != "dative" or a is None or a.last != start or a.last - a.first < 3:
        return None
    rest = start
    while rest < len(doc.tokens) and doc.tokens[rest].text.islower() and doc.tokens[rest].is_word and (
            doc.tokens[rest].lower not in ADJUNCT_PREPOSITIONS):
        rest += 1       # adverbs: "warf der Regierung Versagen erneut vor"
    t = doc.tokens[a.last - 1]
    if not t.is_capitalized or t.text in doc.lexicon.first_names or not (
            rest == cue.particle or doc.tokens[rest].lower in ADJUNCT_PREPOSITIONS):
        return None
    return a.last - 1


def _ordinal_dot(doc: Doc, k: int) -> bool:
    """The dot of an ordinal number inside a sentence: "warnte am 2. Dezember vor Sturm"."""
    return doc.tokens[k].text == "." and k > 0 and doc.tokens[k - 1].text.isdigit() and (
        k + 1 < len(doc.tokens) and doc.tokens[k + 1].sentence == doc.tokens[k].sentence)


def _skip_adjuncts(doc: Doc, start: int, end: int) -> int:
    """Step over adverbs and place/time phrases before the object: "bekräftigte in einer Fragerunde
    auf dem Podium seine Ablehnung" -> "seine Ablehnung". Never skips everything."""
    k = start
    while k < end and doc.tokens[k].lower == "sich":
        k += 1
    start = k
    while k < end:
        t = doc.tokens[k]
        if t.lower in ADJUNCT_PREPOSITIONS and t.lower not in OBJECT_PREPOSITIONS:
            j = k + 1
            if j < end and doc.tokens[j].lower in doc.lexicon.determiners:
                j += 1
            while j < end and ((doc.tokens[j].text.islower() or doc.tokens[j].text.isdigit()) and (
                    doc.tokens[j].is_word) or _ordinal_dot(doc, j)):
                j += 1
            if j < end and doc.tokens[j].is_capitalized:
                j += 1          # one noun: "mit Kiew Truppen …" stops before "Truppen"
                while j < end and doc.tokens[j].text.isdigit() and doc.tokens[j - 1].lower in doc.lexicon.months:
                    j += 1      # the year of a date: "am 3. Mai 2005"
            if j >= end or not any(doc.tokens[x].is_capitalized for x in range(j, end)):
                return k
            k = j
        elif t.lower in doc.lexicon.function_words and t.lower not in OBJECT_PREPOSITIONS and t.lower not in (
                doc.lexicon.determiners) and t.lower not in ADJUNCT_PREPOSITIONS:
            k += 1
        else:
            return k
    return start


def statement_at_frame(doc: Doc, frame: FrameMatch, within: tuple[int, int] | None = None) -> Draft | None:
    """ "Laut Polizei …", "… der Agentur zufolge", "Ein Kriegsziel besteht nach Kremlangaben darin …".
    `within`: the token range of a speech verb's content the frame stands in ("Er sagte, nach neuen
    Erkenntnissen habe …"): the frame's statement stays inside it."""
    s = _semicolon_part(doc, doc.sentences[doc.tokens[frame.first].sentence], frame.cue[0] if frame.cue else frame.first)
    if within is not None:
        s = replace(s, first=max(s.first, within[0]), last=min(s.last, within[1]))
    if _alternative_value(doc, frame, s):
        return None
    if _vouches_for_a_figure(doc, frame):
        return None
    if frame.cue and not frame.content_after and frame.lemma != "wonach":
        s = _frame_clause(doc, frame, s)
        other = _other_source_speaks(doc, frame.last, s.last)
        if other is not None:
            s = replace(s, last=other)   # "…, die Polizei spricht von 4.000": another source's own statement
    ranges = [r for r in (_trim(doc, s.first, frame.first), _trim(doc, frame.last, s.last)) if r[1] > r[0]]
    if ranges and ranges[0][0] == s.first and ranges[0][1] <= frame.first:
        ranges[0] = (_after_narrating_colon(doc, *ranges[0]), ranges[0][1])
    if frame.cue and doc.tokens[frame.cue[0]].lower == "so":
        # "Das Problem sei, so der Präsident, dass …": a parenthetical frame, the content goes on
        after_dash = frame.last + 1 < s.last and doc.tokens[frame.last].text == "–" and (
            doc.tokens[frame.first - 1].text == "–")
        if after_dash and doc.tokens[frame.last + 1].text == ",":
            # "… ruft dazu auf – so der Vorwurf – , Männer zu …": the content goes on after the closing dash
            ranges = [r for r in (_trim(doc, s.first, frame.first), _trim(doc, frame.last + 1, s.last)) if r[1] > r[0]]
        goes_on = frame.last < s.last and doc.tokens[frame.last].text in (",", "–") and len(ranges) > 1 and (
            (after_dash and doc.tokens[ranges[1][0]].lower not in COORDINATING) or
            doc.tokens[ranges[1][0]].lower in COMPLEMENTISERS or _has_subjunctive(doc, *ranges[1]) or (
                _parenthetical_goes_on(doc, frame.last, s.last) is not None and (
                    _has_subjunctive(doc, *ranges[0]) or not _has_verb(doc, *ranges[0]))))
        # "Alles in allem sei es, so der Bericht, möglich gewesen, …", "In absehbarer Zeit, so X, wird …"
        ranges = ranges if goes_on else ranges[:1]
    elif frame.lemma == "wonach":
        # "Meldungen der Times, wonach …": only what follows was reported (also when the source opens the sentence)
        ranges = [r for r in (_trim(doc, frame.last, s.last),) if r[1] > r[0]]
        close = _clause_close(doc, frame.last, s.last) if ranges else s.last
        if close + 1 < s.last and (doc.tokens[close + 1].lower in AUXILIARIES or _finite_indicative(doc, close + 1)):
            # "Spekulationen, wonach X beteiligt sei, wies er zurück": the main clause goes on after the wonach-clause
            ranges = [_trim(doc, ranges[0][0], min(ranges[0][1], close))]
    elif frame.content_after:
        return _noun_content(doc, frame, s)
    if sum(b - a for a, b in ranges) < 3:
        return None
    source = frame.source
    if source is None or _own_account(doc, source):
        source = _clause_subject(doc, s, frame)
    medium = "writing" if source is not None and source.kind == "outlet" else frame.medium
    return Draft("indirect", _spans(doc, ranges), s.i, cue=frame.cue,
                 cue_lemma=frame.lemma, speaker=source,
                 frame=(frame.first, frame.last), medium=medium, confidence=0.8 if source else 0.6,
                 inherited=source is None, source_name=frame.source_compound)


def _vouches_for_a_figure(doc: Doc, frame: FrameMatch) -> bool:
    """ "246 der nach Behördenangaben 350 Passagiere wurden gerettet", "die laut Polizei 2.000
    Demonstranten": between an article and a number the frame vouches for that figure of the noun phrase,
    not for the sentence around it."""
    if frame.first == 0 or frame.last >= len(doc.tokens) or doc.tokens[frame.first].lower not in ("nach", "laut", "gemäß"):
        return False
    if doc.tokens[frame.first - 1].lower not in ARTICLES:
        return False
    k = frame.last
    if k + 1 < len(doc.tokens) and doc.tokens[k].lower in ("rund", "etwa", "fast", "knapp", "über", "mindestens"):
        k += 1
    return doc.tokens[k].text[:1].isdigit()


ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}


def _other_source_speaks(doc: Doc, k: int, end: int) -> int | None:
    """The comma after which a main clause opens with a named source and its speech verb: "Nach Angaben der
    Veranstalter kamen 7.000 Menschen, die Polizei spricht von 4.000" (not a relative clause: "…, die …
    berichtet hatten")."""
    for j in range(k, end - 2):
        if doc.tokens[j].text != ",":
            continue
        m = phrase_after(doc, j + 1, end)
        if m is None or m.kind not in ("person", "organisation", "group", "outlet") or m.last >= end:
            continue
        if m.last - m.first < 2 and doc.tokens[m.first].lower in RELATIVE_PRONOUNS:
            continue
        verb = doc.tokens[m.last]
        if verb.text.islower() and verb.lower not in AUXILIARIES and doc.lemma(m.last).lower() in doc.lexicon.speech_verbs and (
                doc.mood(m.last) is None):
            return j
    return None


def _alternative_value(doc: Doc, frame: FrameMatch, s) -> bool:
    """ "eine Reichweite von 100, nach anderen Angaben 110 Kilometern": a frame between two figures
    that introduces a phrase without a verb gives another figure, no statement."""
    if not frame.cue or frame.content_after or doc.tokens[frame.cue[0]].lower in ("so", "wonach"):
        return False
    if frame.first - 1 <= s.first or doc.tokens[frame.first - 1].text != "," or frame.last >= s.last or (
            not doc.tokens[frame.last].is_word):
        return False
    if not (_number(doc.tokens[frame.first - 2].lower) and _number(doc.tokens[frame.last].lower)):
        return False
    end = next((k for k in range(frame.last, s.last) if doc.tokens[k].text in (",", ";", ":", ".")), s.last)
    return not _has_verb(doc, frame.last, end)


NUMBER_WORDS = {"ein", "eine", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
                "zwölf", "zwanzig", "dreißig", "hundert", "tausend", "dutzend", "dutzende", "hunderte", "tausende"}


def _number(word: str) -> bool:
    return word[:1].isdigit() or word in NUMBER_WORDS


# a clause they open after a comma is subordinate: "…, da nach Angaben der Airline die Genehmigung fehlte"
CLAUSE_SUBORDINATORS = {"da", "weil", "obwohl", "obgleich", "nachdem", "wobei", "während", "wenn", "als", "bevor",
                        "sodass", "zumal", "weshalb", "weswegen", "womit", "wodurch", "worauf", "wo"}
# a main clause of its own after a comma: "…, jedoch ist laut ZDF fraglich, ob …"
CLAUSE_COORDINATORS = {"und", "aber", "doch", "jedoch", "sondern", "denn", "allerdings"}
CONTRAST_PARTICLES = {"aber", "jedoch", "allerdings"}
MAX_CONTRAST_PREFIELD = 5
W_RELATIVES = {"was", "wo", "wie", "wobei", "womit", "wodurch", "worauf", "woran", "worüber", "weshalb", "weswegen"}
FRAMES_OF_THEIR_CLAUSE = {"laut", "gemäß", "zufolge", "folge", "nach"}   # "folge": "zu Folge"


def _frame_clause(doc: Doc, frame: FrameMatch, s):
    """ "Er fand die Tasche, die nach Angaben der Polizei eine Bombe enthielt, im Keller": "laut X",
    "nach Angaben von X" and "X zufolge" attribute only the clause they stand in, when that is a
    relative or adverbial clause or a main clause joined by a conjunction after a comma; a frame in the
    main clause after a fronted subordinate clause still takes the whole sentence."""
    if not any(doc.tokens[k].lower in FRAMES_OF_THEIR_CLAUSE for k in frame.cue):
        return s
    comma = next((k for k in range(frame.first - 1, s.first, -1) if doc.tokens[k].text in (",", "(")), None)
    if comma is None or comma + 1 >= frame.first:
        return s
    opener = comma + 1
    word = doc.tokens[opener].lower
    if doc.tokens[comma].text == "(":
        close = next((k for k in range(frame.last, s.last) if doc.tokens[k].text == ")"), None)
        return s if close is None else replace(s, first=opener, last=close)
    if word in CLAUSE_COORDINATORS:
        return replace(s, first=opener)
    if word not in W_RELATIVES and frame.first - opener <= MAX_CONTRAST_PREFIELD and any(
            doc.tokens[k].lower in CONTRAST_PARTICLES for k in range(opener, frame.first)) and (
            _has_verb(doc, s.first, comma)) and not any(doc.tokens[k].lower in CLAUSE_SUBORDINATORS | COMPLEMENTISERS
                                                        for k in range(s.first, comma)):
        # "Er soll davon gewusst haben, diese Taten seien aber laut der Anklage verjährt": a main clause of its
        # own, set against the one before by "aber" after its first words
        return replace(s, first=opener)
    if not (word in CLAUSE_SUBORDINATORS or _relative_opening(doc, opener, frame.first + 1)):
        return s
    return replace(s, first=opener, last=_clause_close(doc, frame.last, s.last))


def _clause_close(doc: Doc, k: int, end: int) -> int:
    """The comma closing a subordinate clause, after its verb ("das der Planung, Finanzierung … diene,")
    and after the relative clauses nested in it ("das 28 Gebäude, die nicht sicher sind, abgenommen hat,")."""
    start, depth = k, 0
    for j in range(k, end):
        if doc.tokens[j].text != ",":
            continue
        if _relative_opening(doc, j + 1, end):
            depth += 1
        elif depth:
            depth -= 1
            start = j + 1
        elif _ends_in_zu_infinitive(doc, j + 1, _trim(doc, j + 1, end)[1]):
            start = j + 1    # "da sie versuchen könnte, die Kinder zu entführen"
        elif _has_verb(doc, start, j):
            return j
    return end


def _noun_content(doc: Doc, frame: FrameMatch, s) -> Draft | None:
    """What a speech noun announces: "der Vorwurf, [er habe Geld veruntreut]" — a dass/ob clause, a
    Konjunktiv clause or a zu-infinitive after the comma."""
    end = _main_clause_resumes(doc, frame.last + 1, s.last)
    # "Die Behörde hegt den Verdacht, er habe …, dabei soll …": after its verb the noun's content runs on
    # through relative clauses and further reported clauses; an indicative verb or the end of a
    # zu-infinitive ends it ("unterstützt die Forderung, X zu tun, allerdings nicht")
    after_verb = frame.first > s.first and _has_verb(doc, s.first, frame.first)
    for k in range(frame.last + 2, end - 1):
        nxt = doc.tokens[k + 1]
        if doc.tokens[k].text == "," and nxt.is_word and not nxt.is_capitalized and (
                nxt.lower not in SUBORDINATORS | COMPLEMENTISERS | PURPOSE_CONJUNCTIONS) and not (
                after_verb and not _finite_indicative(doc, k + 1) and not _ends_in_zu_infinitive(doc, frame.last + 1, k)):
            end = k      # "Der Vorwurf, er habe Geld veruntreut, | wiegt schwer"
            break
    first, last = _trim(doc, frame.last + 1, end)
    last = _trim(doc, first, _matrix_tail(doc, first, last))[1]
    if last - first < 3 or doc.tokens[first].lower in COORDINATING:
        return None      # "Angaben über Schäden liegen nicht vor, doch dürften …": a new main clause
    if not (doc.tokens[first].lower in COMPLEMENTISERS or _has_subjunctive(doc, first, last)
            or _ends_in_zu_infinitive(doc, first, last)):
        return None
    if frame.verbs_between and not (doc.tokens[first].lower in COMPLEMENTISERS or _ends_in_zu_infinitive(doc, first, last)):
        return None      # "Die Forderung wurde abgelehnt, da sie zu teuer sei": after the noun's own verbs only a
                         # dass-clause or a zu-infinitive is its content
    if doc.tokens[first].lower in RELATIVE_PRONOUNS and _relative_clause_at(doc, first, last):
        return None
    source = frame.source or _holder_of_the_noun(doc, frame, s)
    return Draft("indirect", _spans(doc, [(first, last)]), s.i, cue=frame.cue, cue_lemma=frame.lemma,
                 speaker=source, frame=(frame.first, frame.last), medium=frame.medium,
                 confidence=0.7 if source else 0.55)   # an unnamed accuser stays unnamed


MAX_MATRIX_TAIL = 4


def _matrix_tail(doc: Doc, first: int, last: int) -> int:
    """Content embedded after a noun ends where the sentence closes the clause around that noun: "keine
    Hinweise für die Behauptung, dass …, gefunden", "Ein Bericht, wonach …, wurde dementiert", "Die Sicht,
    wonach …, teilt Gall nicht": after the last comma a few words with a verb and no Konjunktiv I."""
    comma = next((k for k in range(last - 1, first, -1) if doc.tokens[k].text == ","), None)
    if comma is None:
        return last
    tail = [k for k in range(comma + 1, last) if doc.tokens[k].is_word]
    if not 1 <= len(tail) <= MAX_MATRIX_TAIL or any(doc.mood(k) == "konj1" for k in tail):
        return last
    head = doc.tokens[tail[0]].lower
    if head in SUBORDINATORS | COMPLEMENTISERS | PURPOSE_CONJUNCTIONS | COORDINATING or head in RELATIVE_PRONOUNS:
        return last
    if not any(doc.tokens[k].text.islower() and (doc.tokens[k].lower in AUXILIARIES or _verb_form(doc, k)) for k in tail):
        return last
    return comma


def _verb_form(doc: Doc, k: int) -> bool:
    """A finite verb, participle or infinitive the dictionary knows ("gefunden", "teilt", "beantworten")."""
    from zitat.language.morphology import lemma
    t = doc.tokens[k]
    if t.lower in doc.lexicon.function_words or t.lower in doc.lexicon.determiners:
        return False
    base = lemma(t.lower)
    return base.endswith(("en", "ln", "rn")) and (base != t.lower or t.lower.endswith("en"))


def _holder_of_the_noun(doc: Doc, frame: FrameMatch, s) -> Mention | None:
    """ "Biologen stellten die Theorie auf, dass …", "Die Behörde hegt den Verdacht, …": the subject opening
    the sentence holds the theory, the suspicion or the hope that the noun in its clause announces."""
    from zitat.attribution.mentions import phrase_after
    if frame.first <= s.first or any(doc.tokens[k].text in CLAUSE_BREAKS for k in range(s.first, frame.first)):
        return None
    if any(doc.tokens[k].lower in ("im", "unter") for k in range(max(s.first, frame.first - 2), frame.first + 1)):
        return None     # "Tiktok steht im Verdacht, …", "unter dem Verdacht": the subject is suspected, not suspecting
    m = phrase_after(doc, s.first, frame.first)
    if m is None or m.kind not in ("person", "organisation", "group", "outlet") or m.last >= frame.first:
        return _subject_after_fronted_verb(doc, frame, s)
    verb = m.last           # the finite verb right after the subject
    if not (doc.tokens[verb].lower in AUXILIARIES or doc.mood(verb) or _finite_indicative(doc, verb)):
        return None
    return m


def _subject_after_fronted_verb(doc: Doc, frame: FrameMatch, s) -> Mention | None:
    """ "So fassten die Grünen am Donnerstag den Beschluss, …", "Am Montag äußerte er die Hoffnung, …":
    after a fronted adverb or phrase the finite verb comes second and its subject right after it."""
    from zitat.attribution.speakers import NOMINATIVE_PRONOUNS, _subject_after
    verb = next((k for k in range(s.first + 1, min(frame.first, s.first + 6)) if doc.tokens[k].is_word and (
        doc.tokens[k].text.islower()) and doc.tokens[k].lower not in doc.lexicon.function_words and (
        doc.tokens[k].lower in AUXILIARIES or _finite_indicative(doc, k))), None)
    if verb is None or doc.mood(verb):
        return None
    m = _subject_after(doc, verb, frame.first)
    if m is None or m.last > frame.first or (m.kind == "pronoun" and m.pronoun not in NOMINATIVE_PRONOUNS) or (
            m.kind not in ("person", "organisation", "group", "outlet", "pronoun")):
        return None
    if m.kind != "pronoun" and doc.tokens[m.first].lower in doc.lexicon.determiners and (
            doc.tokens[m.first].lower not in ("der", "die", "das", "ein", "eine")):
        return None       # "Dem Minister machte man den Vorwurf": a dative or genitive, no subject
    return m


OWN = {"eigenen", "eigener", "eigenem", "seinen", "ihren", "seiner", "ihrer"}


def _own_account(doc: Doc, m: Mention) -> bool:
    """ "eigenen Angaben zufolge", "ihren Angaben zufolge": the source is the clause's subject."""
    return any(doc.tokens[k].lower in OWN for k in range(m.first, m.last))


def _clause_subject(doc: Doc, s, frame: FrameMatch) -> Mention | None:
    """ "Die Polizei war nach eigenen Angaben im Einsatz": the phrase opening the sentence."""
    from zitat.attribution.mentions import phrase_after
    if frame.first == s.first or not any(doc.tokens[k].lower in OWN for k in range(frame.first, frame.last)):
        return None
    from zitat.attribution.speakers import _named_in_apposition
    m = phrase_after(doc, s.first, frame.first)
    if m is not None and m.kind == "person":
        m = _named_in_apposition(doc, m, frame.first)    # "Der Bruder des Ministers, Jonas Weber, war nach …"
    return m if m is not None and m.kind in ("person", "organisation", "group") else None


def _mostly_figures(doc: Doc, first: int, last: int) -> bool:
    """ "Freisinnige Partei: 28.56 % Sitze 7 (2001: 35,2 %)": a table row, not a claim."""
    figures = sum(1 for k in range(first, last) if doc.tokens[k].text[:1].isdigit() or doc.tokens[k].text == "%")
    return 3 * figures >= last - first


def headline_statement(doc: Doc, s) -> Draft | None:
    """ "Kreml: Sicherheit der Ukraine nicht zulasten Russland": a speaker, a colon, a claim,
    on a line of its own (headline, subheading)."""
    from zitat.attribution.mentions import phrase_before
    toks = doc.sentence_tokens(s)
    colon = next((t.i for t in toks[:5] if t.text == ":"), None)
    if colon is None or colon == s.first or doc.tokens[s.last - 1].text in FINAL_PUNCTUATION:
        return None
    m: Mention | None = phrase_before(doc, colon - 1)
    if m is None or m.first != s.first or m.kind not in ("person", "organisation", "group"):
        return None
    first, last = _trim(doc, colon + 1, s.last)
    if last - first < 3 or doc.tokens[first].text in "„\"»«“" or _mostly_figures(doc, first, last):
        return None
    return Draft("indirect", _spans(doc, [(first, last)]), s.i, cue=[colon], cue_lemma=":", speaker=m,
                 frame=(m.first, colon + 1), confidence=0.75)

"""Sentences that go on reporting a speaker without a frame of their own.

"Auch Russland brauche Garantien für seine Sicherheit." has no speech verb, but its Konjunktiv I
says it is still the reported speaker's claim (type indirect_free_indirect). Konjunktiv II ("wäre",
"würde") is also the mood of plain hypotheticals, so it counts only right after a statement ("würde" +
infinitive, the usual stand-in for a Konjunktiv I, up to three sentences after one in its paragraph), and
never as a singular modal ("dürfte", "könnte": the writer's estimate) or at the end of a relative clause.
Such sentences, unattributed quotes and "demnach" take the speaker of the previous statement in
their paragraph (a Konjunktiv sentence right after one that names a person or body without a speech
verb takes that subject: "Der Iran streitet dies ab. Sein Programm diene …"), else the speaker of the
last one in the paragraph before ("Die Lage sei ernst" opening a paragraph goes on with the report
before it), else of the next one in their paragraph. A direct
quotation in the next sentence comes first ("Die Stadt müsse handeln. „Wir haben keine Zeit“, betonte
Weber."), and unattributed quotes themselves keep looking ahead in their paragraph first.
"""
from __future__ import annotations

from zitat.attribution.drafts import Claimed, Draft
from zitat.attribution.quotes import Quotation
from zitat.attribution.speakers import opens_phrase
from zitat.language.doc import Doc


def continuation_statements(doc: Doc, drafts: list[Draft], quotations: list[Quotation]) -> list[Draft]:
    # a partial quote ("Sie seien „selbstverständlich geeignet“") leaves its sentence open to a continuation
    whole = [d for d in drafts if not d.partial]
    covered = {d.sentence for d in whole} | {doc.tokens[doc.token_at(d.end - 1)].sentence for d in whole}
    quoted = Claimed()
    for q in quotations:
        if q.depth == 0:
            quoted.add(q.open, q.close)
    whole_quotes = Claimed()      # what the statements other than partial quotes say
    for d in whole:
        for a, b in d.quote:
            whole_quotes.add(a, b)
    # "X nannte den Besuch ein „wichtiges Zeichen“. Die Soldaten hätten …": a partial quote also opens a report
    with_statement = covered | {d.sentence for d in drafts}
    found = []
    hypothetical = {}     # sentences in Konjunktiv II that no statement came before
    acts = {}      # sentence -> its drafts, to find a lone reported speech act
    for d in drafts:
        acts.setdefault(d.sentence, []).append(d)
    for s in doc.sentences:
        if s.i in covered and s.i - 1 in with_statement and _reported_act_in_konjunktiv(doc, s, acts.get(s.i, [])):
            continue   # the speech act now continues the report before it
        if s.i in covered and s.i - 1 in with_statement and (
                colon := _reporting_colon(doc, s, acts.get(s.i, []))) is not None:
            # "Er bekräftigte seine Haltung. Die Pflichten seien klar festgelegt: „…“": the clause before
            # the colon continues the report, the quotation after it is its speaker's own words
            start = doc.tokens[doc.body_start(s)].start
            found.append(Draft("indirect_free_indirect", [(start, doc.tokens[colon].end)], s.i, confidence=0.6,
                               inherited=True))
            continue
        if s.i in covered and (before := _report_before_semicolon(doc, s, whole_quotes, quoted)) is not None:
            # "Die Tat sei gegen den Rektor gerichtet; nach Angaben der Polizei stecke …": the clause before
            # the semicolon, in Konjunktiv I, goes on with the report; the statement after it is its own
            with_statement.add(s.i)
            found.append(before)
            continue
        if s.i in covered and (after := _report_after_colon(doc, s, whole_quotes, quoted)) is not None:
            # "Müller bezweifelte ihre Eignung: Sie habe „keine Erfahrung“.": the clause after the colon
            # goes on with the report of the statement before it
            found.append(after)
            continue
        if s.i in covered or _is_question(doc, s) or (
                quoted.overlaps(s.start, s.start + 1) and not _opens_with_a_quoted_name(doc, s, quotations)):
            continue
        moods = _main_clause_moods(doc, s)
        if "konj1" in moods or ("konj2" in moods and (s.i - 1 in with_statement or _periphrastic_report(
                doc, s, with_statement)) and not _own_condition(doc, s) and not _own_estimate(doc, s)):
            with_statement.add(s.i)
            if "konj1" in moods and s.i - 1 in hypothetical and doc.sentences[s.i - 1].paragraph == s.paragraph:
                # "Techniker hätten den Hebel umgestellt. Dadurch sei eine Kette … ausgelöst worden.": the
                # Konjunktiv II sentence right before a Konjunktiv I continuation is part of the report
                found.append(hypothetical.pop(s.i - 1))
            body = _body(doc, s, lambda k: doc.mood(k) is not None)
            if (split := _hearsay_then_konjunktiv(doc, s, body)) is not None:
                found.extend(split)     # "… sollen 1000 Autos fahren, auch mehr sei denkbar"
                continue
            found.append(Draft("indirect_free_indirect", [body], s.i, confidence=0.6, inherited=True))
        elif _reportive_modal(doc, s) or (s.i - 1 in with_statement and _main_clause_sollen(doc, s)):
            # "Im Département sollen drei Lagerhallen abgebrannt sein": hearsay without a named source
            with_statement.add(s.i)
            body = _body(doc, s, lambda k: doc.tokens[k].lower in REPORTIVE_MODALS)
            if (split := _hearsay_then_konjunktiv(doc, s, body)) is not None:
                found.extend(split)     # "Er soll Frauen bedroht haben, was Zeuginnen belegen könnten"
                continue
            found.append(Draft("free_indirect", [body], s.i, confidence=0.5, inherited=True))
        elif "konj2" in moods:
            hypothetical[s.i] = Draft("indirect_free_indirect", [_body(doc, s, lambda k: doc.mood(k) is not None)],
                                      s.i, confidence=0.5, inherited=True)
    return sorted(found, key=lambda d: d.start)


MAX_QUOTED_NAME = 4


def _hearsay_then_konjunktiv(doc: Doc, s, body: tuple[int, int]) -> list[Draft] | None:
    """ "Er soll mehrere Frauen bedroht haben, was auch Zeuginnen belegen könnten": hearsay with "soll(en)"
    and, after a comma, a clause in Konjunktiv I (a main clause or one with "was") are two reports, the
    hearsay free indirect speech (the article passes it on), the Konjunktiv clause the continuation of a
    speaker's report."""
    first, end = doc.token_at(body[0]), doc.token_at(body[1] - 1) + 1
    for c in range(first + 2, end - 3):
        if doc.tokens[c].text != ",":
            continue
        before, after = range(first, c), range(c + 1, end)
        if not any(doc.tokens[k].lower in REPORTIVE_MODALS for k in before) or any(doc.mood(k) for k in before):
            return None
        if not any(doc.mood(k) == "konj1" for k in after) or any(doc.tokens[k].lower in REPORTIVE_MODALS for k in after):
            return None
        opener = doc.tokens[c + 1]
        if not (opener.lower == "was" or opener.lower in ("auch", "zudem", "außerdem") or opener.is_capitalized):
            return None
        if any(doc.tokens[k].text in ("„", "“", "(", ")", ":", ";") for k in range(first, end)):
            return None
        return [Draft("free_indirect", [(body[0], doc.tokens[c - 1].end)], s.i, confidence=0.5, inherited=True),
                Draft("indirect_free_indirect", [(doc.tokens[c + 1].start, body[1])], s.i, confidence=0.6,
                      inherited=True)]
    return None


def _opens_with_a_quoted_name(doc: Doc, s, quotations: list[Quotation]) -> bool:
    """ "„Landser“ habe in seinen Liedern …": a short closed quotation, a name, opens the sentence as its
    subject, the sentence goes on after it."""
    q = next((q for q in quotations if q.depth == 0 and q.open <= s.start < q.close + 1), None)
    if q is None or not q.closed:
        return False
    inside = [t for t in doc.sentence_tokens(s) if q.open < t.start and t.end <= q.close]
    after = [t for t in doc.sentence_tokens(s) if t.start > q.close]
    return 0 < len(inside) <= MAX_QUOTED_NAME and len(after) > 2 and after[0].is_word


def _reported_act_in_konjunktiv(doc: Doc, s, drafts: list[Draft]) -> bool:
    """ "Der Minister sagte, ein Einsatz sei möglich. So müsse die Regierung dem Einsatz zustimmen.": a
    speech act in a Konjunktiv I sentence right after a statement is part of what was reported, not an
    act of its own subject. The reported draft becomes the continuation (changed in place, so that its
    characters stay claimed); True when it did."""
    whole = [d for d in drafts if not d.partial]
    if len(whole) != 1 or whole[0].type != "reported":
        return False
    if "konj1" not in _main_clause_moods(doc, s) and not (
            _opening_konjunktiv_ii(doc, s) and not _own_condition(doc, s) and not _own_estimate(doc, s)):
        return False
    d = whole[0]
    d.type, d.quote = "indirect_free_indirect", [_body(doc, s, lambda k: doc.mood(k) is not None)]
    d.cue, d.cue_lemma, d.speaker, d.addressee, d.via, d.frame, d.source_name = [], None, None, None, None, None, None
    d.medium, d.confidence, d.inherited = "speech", 0.6, True
    return True


def _opening_konjunktiv_ii(doc: Doc, s) -> bool:
    """A listed Konjunktiv II form in the sentence's first clause ("Aus Angst würden viele Frauen nichts melden"),
    not in a relative clause after it ("…, das den Piloten zur Rückkehr bewogen hätte"); a weak "-te" form may
    be a participle or the preterite ("eine gezielte Taktik")."""
    end = next((k for k in range(s.first, s.last) if doc.tokens[k].text in (",", ";", ":", "–")), s.last)
    return any(doc.lexicon.subjunctive_forms.get(doc.tokens[k].lower) == "konj2"
               for k, _ in _main_clause_konjunktiv(doc, s) if k < end)


def _report_before_semicolon(doc: Doc, s, said: Claimed, quoted: Claimed) -> Draft | None:
    """The clause before a semicolon that no statement claims, in Konjunktiv I: a continuation."""
    semicolon = next((k for k in range(s.first + 2, s.last - 1) if doc.tokens[k].text == ";"), None)
    if semicolon is None:
        return None
    start, end = doc.tokens[doc.body_start(s)].start, doc.tokens[semicolon].end
    if quoted.overlaps(start, start + 1) or said.overlaps(start, doc.tokens[semicolon].start):
        return None
    if "konj1" not in _main_clause_moods(doc, _Clause(doc.body_start(s), semicolon)):
        return None
    return Draft("indirect_free_indirect", [(start, end)], s.i, confidence=0.6, inherited=True)


def _report_after_colon(doc: Doc, s, said: Claimed, quoted: Claimed) -> Draft | None:
    """The clause after a colon that a statement of the sentence leaves free, in Konjunktiv I or with
    a verb-second "soll(en)": a continuation of that statement."""
    colon = next((k for k in range(s.first + 2, s.last - 3) if doc.tokens[k].text == ":" and not (
        quoted.overlaps(doc.tokens[k].start, doc.tokens[k].end))), None)
    if colon is None:
        return None
    start, end = doc.tokens[colon + 1].start, s.end
    if quoted.overlaps(start, start + 1) or said.overlaps(start, end):
        return None
    clause = _Clause(colon + 1, s.last)
    if "konj1" in _main_clause_moods(doc, clause):
        return Draft("indirect_free_indirect", [(start, end)], s.i, confidence=0.6, inherited=True)
    if _main_clause_sollen(doc, clause) and _verb_second_modal(doc, clause):
        return Draft("free_indirect", [(start, end)], s.i, confidence=0.5, inherited=True)
    return None


def _reporting_colon(doc: Doc, s, mine: list[Draft]) -> int | None:
    """The colon of a sentence whose only statements (`mine`) are quotations after it and whose clause
    before it is in Konjunktiv I."""
    if not mine or any(d.type != "direct" for d in mine):
        return None
    colon = doc.token_at(min(d.start for d in mine)) - 2        # „ right after the colon
    if colon <= s.first or doc.tokens[colon].text != ":" or doc.tokens[colon].sentence != s.i:
        return None
    return colon if reports_before_colon(doc, doc.body_start(s), colon) else None


def _body(doc: Doc, s, reporting) -> tuple[int, int]:
    """The sentence's characters without a leading label ("Verkehr: …") and without main clauses in the
    indicative before the reported one: "Zwölf Menschen wurden verletzt, die Verletzten seien Touristen" ->
    "die Verletzten seien Touristen". `reporting(k)`: the token at k marks the reported clause."""
    start = doc.body_start(s)
    colon = next((k for k in range(start + 2, s.last - 2) if doc.tokens[k].text == ":"), None)
    if colon is not None and not any(reporting(k) for k in range(start, colon)) and any(
            reporting(k) for k in range(colon + 1, s.last)) and doc.tokens[colon + 1].is_word:
        start = colon + 1   # "Der Anwalt kritisierte das Gesetz scharf: Es verstoße …": the report follows the colon
    return doc.tokens[_reported_clause(doc, start, s.last, reporting)].start, s.end


RELATIVE_OPENERS = {"der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches"}
INDICATIVE_FINITE = {"ist", "sind", "war", "waren", "wurde", "wurden", "hat", "hatte", "hatten", "wird", "kann",
                     "konnte", "konnten", "muss", "musste", "mussten", "gibt", "gab"}


def _reported_clause(doc: Doc, start: int, end: int, reporting) -> int:
    """The first token of the clause that reports, when only indicative main clauses precede it."""
    segments, first = [], start
    for k in range(start, end):
        if doc.tokens[k].text in (",", ";"):
            segments.append((first, k))
            first = k + 1
    segments.append((first, end))
    if len(segments) < 2:
        return start
    told = False     # an indicative main clause of the reporter came first
    for a, b in segments:
        hits = [k for k in range(a, b) if reporting(k)]
        if hits:
            verb_second = hits[0] + 1 < b and doc.tokens[hits[0] + 1].is_word
            opens_main = a + 1 < b and doc.tokens[a].lower not in SUBORDINATORS and not (
                doc.tokens[a].lower in RELATIVE_OPENERS and doc.tokens[a + 1].lower in doc.lexicon.function_words)
            return a if told and verb_second and opens_main else start
        if a < b and doc.tokens[a].lower in SUBORDINATORS or not any(
                doc.tokens[k].lower in INDICATIVE_FINITE for k in range(a, b)):
            return start
        told = True
    return start


SUBORDINATORS = {"als", "wenn", "weil", "dass", "ob", "obwohl", "da", "nachdem", "damit", "sodass", "bevor",
                 "während", "falls", "sobald", "solange", "indem", "wie", "wo", "was", "wer", "bis", "seit"}
REPORTIVE_MODALS = {"soll", "sollen"}
PERFECT_INFINITIVES = {"sein", "haben", "worden"}


def reports_before_colon(doc: Doc, first: int, colon: int) -> bool:
    """ "Die Pflichten der Union seien im Vertrag festgelegt: „…“": the clause before a colon is itself
    in Konjunktiv I, it goes on with a report and names no new speaker of the quotation after it."""
    return "konj1" in _main_clause_moods(doc, _Clause(first, colon))


class _Clause:
    """A token range that `_main_clause_moods` reads like a sentence."""

    def __init__(self, first: int, last: int) -> None:
        self.first, self.last = first, last


def _main_clause_moods(doc: Doc, s) -> set[str]:
    """Konjunktiv moods outside subordinate clauses: "als die Maschine aufsetze" proves nothing."""
    return {mood for _, mood in _main_clause_konjunktiv(doc, s)}


def _main_clause_konjunktiv(doc: Doc, s) -> list[tuple[int, str]]:
    """The Konjunktiv verbs (position, mood) outside subordinate clauses; a Konjunktiv II closing a
    relative clause is that clause's own hypothetical."""
    found, subordinate, relative = [], False, False
    first_person = any(doc.tokens[k].lower == "ich" for k in range(s.first, s.last))
    for k in range(s.first, s.last):
        t = doc.tokens[k]
        if t.text in (",", ";", ":", "–"):
            subordinate = relative = False
            continue
        if _opens_relative_clause(doc, k):
            relative = True
        if relative and doc.mood(k) == "konj2" and _verb_last(doc, k, s.last):
            continue    # "…, die für eine Mehrheit ausreichen würde": the relative clause's own hypothetical
        if t.lower in SUBORDINATORS and not opens_phrase(doc, k) and not _adverb_before_verb(doc, k, s.last) and not (
                _before_a_phrase(doc, k, s.last)) and not _comparison(doc, k, s.last):
            subordinate = True
        elif t.is_word and not subordinate and (mood := doc.mood(k)):
            if mood == "konj1" and first_person and t.lower not in doc.lexicon.subjunctive_forms:
                continue   # "Ich arbeite an einem Film und plane …": the first person's indicative
            if t.lower == "sei" and doc.tokens[k - 1].lower == "es" and k + 1 < s.last and doc.tokens[k + 1].lower == "denn":
                continue   # "es sei denn": the conjunction "unless"
            found.append((k, mood))
    return found


PHRASE_STARTS = {"um", "zum", "zur", "in", "ins", "im", "nach", "auf", "vor", "an", "am", "über", "unter", "zu",
                 "heute", "morgen", "gestern", "jetzt", "dahin", "spätestens", "mindestens", "etwa"}


def _before_a_phrase(doc: Doc, k: int, end: int) -> bool:
    """ "Bis um 14 Uhr hätte es vier Nachbeben gegeben", "seit 2005": before a preposition, an adverb of
    time or a number "bis" and "seit" are prepositions, they open no clause; nor does "bis" between two
    numbers, a range ("Nur ein bis zwei Pfleger stünden zur Verfügung")."""
    if k + 1 >= end or doc.tokens[k].lower not in ("bis", "seit"):
        return False
    nxt = doc.tokens[k + 1]
    if nxt.lower in NUMBER_WORDS and k > 0 and (doc.tokens[k - 1].lower in NUMBER_WORDS or doc.tokens[k - 1].text[:1].isdigit()):
        return True
    return nxt.lower in PHRASE_STARTS or nxt.text[:1].isdigit()


# cardinal number words; "ein"/"eine" only count right before "bis" ("ein bis zwei")
NUMBER_WORDS = {"ein", "eine", "einer", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
                "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "tausend"}


COMPARATIVES = {"mehr", "weniger", "eher", "lieber", "anders", "andere", "anderen", "später", "früher", "länger"}


def _comparison(doc: Doc, k: int, end: int) -> bool:
    """ "Weniger als die Hälfte hätten Ausweise dabei", "Wie erwartet seien die meisten frei": "als" after a
    comparative and "wie" before a participle right ahead of the finite verb compare, they open no clause."""
    t = doc.tokens[k]
    if t.lower == "als" and k > 0:
        prev = doc.tokens[k - 1]
        return prev.lower in COMPARATIVES or (prev.text.islower() and prev.lower.endswith("er") and len(prev.text) > 4
                                              and prev.lower not in doc.lexicon.function_words)
    if t.lower == "wie" and k + 2 < end:
        nxt = doc.tokens[k + 1]
        return nxt.is_word and nxt.text.islower() and nxt.lower not in doc.lexicon.function_words and (
            doc.mood(k + 2) is not None)
    return False


def _adverb_before_verb(doc: Doc, k: int, end: int) -> bool:
    """ "Damit wäre eine Verlängerung nicht nötig", "Da seien sich alle einig": right before a finite verb
    the word is an adverb in the main clause; a subordinate clause puts its verb last."""
    return k + 1 < end and doc.mood(k + 1) is not None


def _reportive_modal(doc: Doc, s) -> bool:
    """ "soll/sollen … sein|haben|worden sein" at the clause end marks a claim of others."""
    words = [t.lower for t in doc.sentence_tokens(s) if t.is_word]
    if not _verb_second_modal(doc, s) or len(words) <= 3:
        return False
    return words[-1] in PERFECT_INFINITIVES or _modal_clause_ends_perfect(doc, s)


CLAUSE_MARKS = {",", ";", ":", "–"}


def _modal_clause_ends_perfect(doc: Doc, s) -> bool:
    """ "Er soll dazu beigetragen haben, dass …", "Mehrere Frauen soll er bedroht haben, was …": the
    perfect infinitive closes the modal's own clause, a subordinate clause may follow it."""
    for k in range(s.first, s.last):
        if doc.tokens[k].lower not in REPORTIVE_MODALS or k + 1 >= s.last or not doc.tokens[k + 1].is_word:
            continue
        end = next((j for j in range(k + 1, s.last) if doc.tokens[j].text in CLAUSE_MARKS), None)
        if end is not None and end - 1 > k + 1 and doc.tokens[end - 1].lower in PERFECT_INFINITIVES:
            return True
    return False


def _verb_second_modal(doc: Doc, s) -> bool:
    """ "soll"/"sollen" as the second element of a main clause, words after it. A modal at the end of its
    clause closes a relative or subordinate one ("Spezialisten, die Lehrer unterstützen sollen"): it
    qualifies a noun, the sentence itself reports nothing."""
    return any(doc.tokens[k].lower in REPORTIVE_MODALS and k + 1 < s.last and doc.tokens[k + 1].is_word
               for k in range(s.first, s.last))


# "sollten" is mostly the Konjunktiv II "ought to" ("Deshalb sollten Unternehmer haften"), a recommendation
PLAN_MODALS = {"soll", "sollen", "sollten"}


def _main_clause_sollen(doc: Doc, s) -> bool:
    """ "Die SPD will den Religionsunterricht ersetzen. Die Schulen sollen keinen Spielraum erhalten.":
    right after a statement, "sollen" in the main clause reports what the speaker plans or claims, and
    "sollten" what they recommend. The past "sollte" tells a former plan ("Ursprünglich sollte die Mission
    zwölf Tage dauern")."""
    subordinate = relative = False
    for k in range(s.first, s.last):
        t = doc.tokens[k]
        if t.text in (",", ";", ":", "–"):
            subordinate = relative = False
        elif t.lower in SUBORDINATORS:
            subordinate = True
        elif _opens_relative_clause(doc, k):
            relative = True      # or an article: "…, die Busse sollen in den Depots bleiben"
        elif t.lower in PLAN_MODALS and not subordinate:
            if not (relative and _closes_clause(doc, k, s.last)):
                return True
    return False


RELATIVE_PRONOUNS = {"der", "die", "das", "dem", "den", "denen", "deren", "dessen"}
COORDINATORS = {"und", "oder", "sowie", "aber"}


def _closes_clause(doc: Doc, k: int, end: int) -> bool:
    """The verb at k stands last in its clause: punctuation or a coordinating conjunction follows
    ("…, der vorgestellt werden soll und gestern …")."""
    return k + 1 >= end or not doc.tokens[k + 1].is_word or doc.tokens[k + 1].lower in COORDINATORS


CLAUSE_ENDS = {",", ".", ";", ":", "–", "!", "?", ")"}


def _verb_last(doc: Doc, k: int, end: int) -> bool:
    """The verb at k closes its clause: a clause mark, the sentence end or "und"/"oder" follows it."""
    return k + 1 >= end or doc.tokens[k + 1].text in CLAUSE_ENDS or doc.tokens[k + 1].lower in COORDINATORS


def _opens_relative_clause(doc: Doc, k: int) -> bool:
    """ "Anteile, die aufgestockt werden sollen", "Lehrer, für die …": a relative pronoun after a comma
    (and a preposition) opens a clause whose "sollen", last in it, qualifies a noun; an interrogative
    ("…, welche Behörden Zugriff haben sollen") still reports."""
    if doc.tokens[k].lower not in RELATIVE_PRONOUNS or k < 1:
        return False
    prev = doc.tokens[k - 1]
    if prev.text == ",":
        return True
    return k >= 2 and doc.tokens[k - 2].text == "," and prev.lower in doc.lexicon.function_words and prev.is_word


CONDITIONS = {"falls", "wenn", "sofern"}
CONDITION_OPENERS = {"sollte", "hätte", "wäre", "würde", "käme"}


def _own_condition(doc: Doc, s) -> bool:
    """ "Falls der Antrag scheitert, wäre das Projekt am Ende", "Sollte es regnen, könnte das Fest
    ausfallen": a singular Konjunktiv II with its own condition is the sentence's hypothetical, not
    reported speech. A plural form ("sie hätten", "würden") may stand in for a Konjunktiv I that looks
    like the indicative, so it still reports, and so does a Konjunktiv I in the condition ("Folter läge
    nur vor, wenn ein Schaden resultiere")."""
    tokens = doc.sentence_tokens(s)
    conditional = any(t.lower in CONDITIONS for t in tokens) or (
        tokens[0].lower in CONDITION_OPENERS and any(t.text == "," for t in tokens))
    return conditional and not any(
        doc.mood(k) == "konj1" or doc.mood(k) == "konj2" and doc.tokens[k].lower.endswith("en")
        for k in range(s.first, s.last) if doc.tokens[k].is_word)


PERIPHRASTIC = {"würde", "würden"}


def _periphrastic_report(doc: Doc, s, with_statement: set[int]) -> bool:
    """ "Weber sagte, der Etat sei knapp. Die Stadt hat 40 Schulen. Kürzungen würden alle treffen.": "würde" +
    infinitive, the usual stand-in for a Konjunktiv I, goes on with a statement up to three sentences before
    it in its paragraph, across indicative sentences of the writer."""
    periphrastic = any(doc.tokens[k].lower in PERIPHRASTIC for k, mood in _main_clause_konjunktiv(doc, s) if mood == "konj2")
    return periphrastic and any(j in with_statement and doc.sentences[j].paragraph == s.paragraph
                                for j in range(max(0, s.i - 3), s.i))


ESTIMATE_MODALS = {"könnte", "müsste", "dürfte"}


def _own_estimate(doc: Doc, s) -> bool:
    """ "Die Reparatur dürfte Wochen dauern", "Die Firma müsste das Geld zurückzahlen": a singular Konjunktiv II
    modal is the writer's estimate or hypothetical; reported speech has a Konjunktiv I of its own there
    ("könne", "müsse", "dürfe"), while the plural "könnten" stands in for "können", which looks indicative."""
    forms = {doc.tokens[k].lower for k, _ in _main_clause_konjunktiv(doc, s)}
    return bool(forms) and forms <= ESTIMATE_MODALS


def _is_question(doc: Doc, s) -> bool:
    return doc.tokens[s.last - 1].text == "?"


# how many sentences ahead an unattributed quotation may find its speaker ("„…“ Er schwieg. „…“, sagte Ott")
LOOK_AHEAD = 2


def inherit_speakers(doc: Doc, drafts: list[Draft]) -> None:
    """Give every statement marked `inherited` the speaker of its neighbour (see module doc)."""
    ordered = sorted(drafts, key=lambda d: d.start)
    stated = {d.sentence for d in ordered} | {doc.tokens[doc.token_at(d.end - 1)].sentence for d in ordered}
    for n, d in enumerate(ordered):
        if not d.inherited or d.speaker is not None:
            continue
        paragraph = doc.sentences[d.sentence].paragraph
        # only for a Konjunktiv I: "würde" reaches back over the writer's sentences ("Die Stadt hat 40 Schulen.")
        subject = _subject_of_the_sentence_before(doc, d, stated) if d.type == "indirect_free_indirect" and (
            "konj1" in _main_clause_moods(doc, doc.sentences[d.sentence])) else None
        if subject is not None:
            d.speaker = subject      # "Der Iran streitet dies ab. Sein Programm diene …": the one just named speaks on
            continue
        source = _previous_with_speaker(doc, ordered, n, paragraph)
        if source is None:
            later = _next_with_speaker(doc, ordered, n, paragraph)
            near = later is not None and later.sentence <= d.sentence + LOOK_AHEAD
            if (d.type == "direct" and near) or _introduces(d, later):
                source = later
        if source is None:
            source = _previous_with_speaker(doc, ordered, n, paragraph - 1) or (later if near else None)
        if source is not None:
            d.speaker, d.source_name = source.speaker, source.source_name
            if d.type == "indirect_free_indirect" and source.type == "direct" and _same_paragraph(doc, d, source):
                d.confidence = 0.55
        elif d.type == "indirect_free_indirect":
            d.speaker = _opening_pronoun(doc, d.sentence)    # "Er halte das für vertretbar."


def _introduces(d: Draft, later: Draft | None) -> bool:
    """ "Die Stadt müsse handeln. „Wir haben keine Zeit“, betonte Weber.": a report right before the
    speaker's own quotation leads in to it."""
    return later is not None and later.type == "direct" and later.sentence == d.sentence + 1


def _subject_of_the_sentence_before(doc: Doc, d: Draft, stated: set[int]):
    """The person or body opening the sentence right before a Konjunktiv continuation, when that sentence
    is no statement itself: "Das Robert-Koch-Institut sieht keine Gefahr. Lediglich Personen … seien
    gefährdet", "Larson gab sich optimistisch. Man sei gut aufgestellt." The Konjunktiv goes on with what
    the one just named holds."""
    from zitat.attribution.mentions import phrase_after
    if d.sentence == 0:
        return None
    before = doc.sentences[d.sentence - 1]
    if before.paragraph != doc.sentences[d.sentence].paragraph or d.sentence - 1 in stated:
        return None      # stated: the sentences a statement starts or ends in
    first = before.first + (1 if doc.tokens[before.first].lower in ("auch", "nun", "zudem", "dann") else 0)
    m = phrase_after(doc, first, before.last)
    if m is None:
        # "Am 15. Mai hat die Wahlkommission … festgelegt": after a fronted phrase the subject follows the
        # finite auxiliary
        from zitat.attribution.cues import AUXILIARIES
        aux = next((k for k in range(before.first + 1, min(before.first + 8, before.last)) if doc.tokens[k].text in (
            ",", ":", "„") or doc.tokens[k].lower in AUXILIARIES), None)
        if aux is None or doc.tokens[aux].lower not in AUXILIARIES or aux + 1 >= before.last:
            return None
        if any(t.is_capitalized and t.lower in doc.lexicon.frame_heads for t in doc.tokens[before.first + 1:aux]):
            return None      # "Aus Sicht von Diess hat die Zentrale gute Chancen": whose view is named before
        m = phrase_after(doc, aux + 1, before.last)
        if m is None or m.kind not in ("person", "organisation", "group") or doc.tokens[m.first].lower not in (
                "der", "die", "das"):
            return None
        return m
    if m.kind not in ("person", "organisation", "group", "outlet") or m.last >= before.last:
        return None
    verb = doc.tokens[m.last]
    return m if verb.is_word and verb.text.islower() and verb.lower not in doc.lexicon.function_words else None


def _opening_pronoun(doc: Doc, sentence: int):
    """The personal pronoun that opens a Konjunktiv sentence as its subject ("Er halte …"); the
    coreference step links it to the person named before."""
    from zitat.attribution.mentions import pronoun_at
    s = doc.sentences[sentence]
    m = pronoun_at(doc, s.first)
    if m is None or doc.tokens[s.first].lower not in ("er", "sie") or s.first + 1 >= s.last:
        return None
    return m if doc.mood(s.first + 1) else None


def _same_paragraph(doc: Doc, a: Draft, b: Draft) -> bool:
    return doc.sentences[a.sentence].paragraph == doc.sentences[b.sentence].paragraph


def _previous_with_speaker(doc: Doc, ordered: list[Draft], n: int, paragraph: int) -> Draft | None:
    for d in reversed(ordered[:n]):
        p = doc.sentences[d.sentence].paragraph
        if p < paragraph:
            return None
        if p == paragraph and d.speaker is not None:
            return d
    return None


def _next_with_speaker(doc: Doc, ordered: list[Draft], n: int, paragraph: int) -> Draft | None:
    for d in ordered[n + 1:]:
        if doc.sentences[d.sentence].paragraph != paragraph:
            return None
        if d.speaker is not None and not d.inherited:
            return d
    return None

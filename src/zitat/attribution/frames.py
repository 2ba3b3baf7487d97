"""Attribution without a speech verb: "laut X", "X zufolge", "nach Angaben von X", "nach
Kremlangaben", ", so X", "heißt es in X", "demnach". The words are lexicon data
(lexicon/frame_words.tsv); this module knows only where the source stands relative to them.
"""
from __future__ import annotations

from dataclasses import dataclass

from zitat.attribution.cues import CLOSING_QUOTE_MARKS
from zitat.attribution.mentions import Mention, phrase_after, phrase_before, quoted_title
from zitat.language.doc import Doc


LINKING_S = ("ungs", "heits", "keits", "schafts", "ions", "täts", "ums")


@dataclass
class FrameMatch:
    first: int                 # token range of the whole frame ("der russischen Agentur Interfax zufolge")
    last: int
    cue: list[int]             # the frame words ("zufolge", "nach Angaben")
    source: Mention | None     # who the content comes from; None for "demnach" (points back)
    source_compound: str | None = None  # "Kreml" from "nach Kremlangaben"
    medium: str = "speech"
    lemma: str = ""            # the lexicon form: "laut", "nach Angaben", "zufolge"
    content_after: bool = False  # a speech noun: what was said follows it ("der Vorwurf, er habe …")
    verbs_between: bool = False  # the verbs closing the noun's clause stand before the comma ("im Verdacht steht, …")


def find_frames(doc: Doc) -> list[FrameMatch]:
    """The frames of the document, found once: the pipeline and the Reported rules (for each speech act)
    both ask for them."""
    if "frames" not in doc.memo:
        doc.memo["frames"] = _find_frames(doc)
    return doc.memo["frames"]


def _find_frames(doc: Doc) -> list[FrameMatch]:
    frames = []
    nach_nouns = doc.lexicon.nach_nouns
    for s in doc.sentences:
        for i in range(s.first, s.last):
            low = doc.tokens[i].lower
            frame = None
            if low == "laut" and i - 1 > s.first and doc.tokens[i - 1].text == "," and i + 2 < s.last and (
                    doc.tokens[i + 1].lower in RELATIVE_AFTER_NACH) and _relative_clause_after(doc, i + 1, s.last):
                frame = _wonach_frame(doc, i, s.first, width=2)     # "ein Gutachten, laut dem …" = "wonach"
            elif low in ("laut", "gemäß"):
                cue = [i, i + 1] if i + 1 < s.last and doc.tokens[i + 1].lower in nach_nouns else [i]
                frame = _source_after(doc, i, cue, s.last)
                if frame is not None and low == "gemäß" and _a_norm(doc, frame):
                    frame = None     # "gemäß der damaligen Regelung": in accordance with a rule, no one's statement
                if frame is None and len(cue) > 1:     # "laut Medienberichten": the reports are the source
                    reports, last = _with_tail(doc, Mention(i + 1, i + 2, "outlet", name=doc.tokens[i + 1].text),
                                               i, s.last)
                    frame = FrameMatch(i, last, cue, reports)
                if frame is not None and len(cue) > 1:
                    frame.lemma = f"{low} {doc.tokens[i + 1].text}"     # "laut Aussage"
            elif low == "aus" and i > s.first and i + 2 < s.last and doc.tokens[i + 1].lower == "sicht" and (
                    doc.tokens[i - 1].text.islower() and doc.tokens[i - 1].is_word):
                frame = _aus_sicht_frame(doc, i, s.last)    # "hat aus Sicht der Kläger keine Wirkung"
            elif low == "zufolge" and i - 2 > s.first and doc.tokens[i - 2].text == "," and (
                    doc.tokens[i - 1].lower in RELATIVE_AFTER_NACH):
                frame = _wonach_frame(doc, i - 1, s.first, width=2)    # "eine Studie, der zufolge …" = "wonach"
            elif low == "zufolge":
                frame = _source_before(doc, i)
            elif low == "folge" and i - 1 > s.first and doc.tokens[i - 1].lower == "zu" and i + 1 < s.last and (
                    doc.tokens[i + 1].is_word):           # not "hat Klagen zu Folge."
                frame = _source_before(doc, i - 1)        # "Gerüchten zu Folge": the old spelling of "zufolge"
                if frame is not None:
                    frame = FrameMatch(frame.first, i + 1, [i - 1, i], frame.source, lemma="zufolge")
            elif low == "nach" and i - 1 > s.first and doc.tokens[i - 1].text == "," and i + 2 < s.last and (
                    doc.tokens[i + 1].lower in RELATIVE_AFTER_NACH) and _reports_before(doc, i - 2) and not (
                    doc.tokens[i + 1].lower in ("dem", "der") and _article_before_noun(doc, i + 1)):
                frame = _wonach_frame(doc, i, s.first, width=2)     # "Gerüchte, nach denen …" = "wonach"
            elif low == "nach" and i > s.first and _temporal_before(doc, i - 1):
                frame = None     # "Zwei Monate nach dem Urteil", "Erst nach umfangreichen Ermittlungen": "after"
            elif low == "nach":
                frame = _postposed_nach(doc, i, s.first, nach_nouns)
                if frame is None and i + 1 < s.last:
                    frame = _nach_frame(doc, i, s.last, nach_nouns)
            elif low == "so" and i > s.first and (doc.tokens[i - 1].text == "," or (
                    doc.tokens[i - 1].text == "–" and _closed_aside(doc, i, s.last)) or (   # "– so der Vorwurf –"
                    doc.tokens[i - 1].text in CLOSING_QUOTE_MARKS and doc.tokens[i - 1].end == doc.tokens[i].start - 1)):
                # "„Das war knapp.“ so der Trainer": the comma after the quotation left out
                frame = _so_frame(doc, i, s.last)
            elif low == "wonach" and i - 1 > s.first and doc.tokens[i - 1].text == ",":
                frame = _wonach_frame(doc, i, s.first)
            elif low == "demnach" and not _counterfactual(doc, i, s.last):
                frame = FrameMatch(i, i + 1, [i], None)
            elif low == "danach" and _after_a_document(doc, i, s):
                frame = FrameMatch(i, i + 1, [i], None)     # "Die Bank legte Zahlen vor. Danach …"
            elif doc.tokens[i].is_capitalized and low in doc.lexicon.speech_nouns:
                frame = _noun_frame(doc, i, s.last)
            if frame is not None and (low in ("laut", "gemäß", "zufolge", "folge") or (
                    low == "nach" and frame.lemma != "wonach")):
                frame = _whole_prefield(doc, frame, s)
            if frame is not None:
                key = frame.lemma or " ".join(doc.tokens[k].lower for k in frame.cue)
                frame.lemma = doc.lexicon.frame_words.get(key, {}).get("phrase", key)
                frames.append(frame)
    return frames


def _aus_sicht_frame(doc: Doc, i: int, end: int) -> FrameMatch | None:
    """ "Die Klage hat aus Sicht der Organisationen keine Wirkung", "ist aus Sicht von Ott falsch": in the
    middle of a clause after its verb (not "die Klimapolitik aus Sicht Chinas", a noun's attribute), the
    view of a named holder."""
    k = i + 2
    if doc.tokens[k].lower in ("von", "vom"):
        k += 1
    elif doc.tokens[k].lower not in GENITIVE_ARTICLES:
        source = _bare_genitive(doc, k, end)
        return None if source is None else FrameMatch(i, source.last, [i, i + 1], source, lemma="aus Sicht")
    source = phrase_after(doc, k, end) if k < end else None
    if source is None or source.kind == "pronoun":
        return None
    if source.kind == "unknown":        # "aus Sicht der Organisationen": whoever holds a view is a group
        source = Mention(source.first, source.last, "group", name=source.name, roles=source.roles)
    source, last = _with_tail(doc, source, i, end)
    return FrameMatch(i, last, [i, i + 1], source, lemma="aus Sicht")


def _a_norm(doc: Doc, frame: FrameMatch) -> bool:
    """The source after "gemäß" is a rule, a standard or a custom ("gemäß dem neuen Profil")."""
    return frame.source is not None and any(
        doc.tokens[k].lower in doc.lexicon.norm_nouns for k in range(frame.source.first, frame.source.last))


MAX_PREFIELD = 25
PREFIELD_STOPS = {".", ";", ":", "!", "?", "dass", "ob"}


def _whole_prefield(doc: Doc, frame: FrameMatch, s) -> FrameMatch:
    """The prefield of a German main clause holds one phrase: a frame standing there takes all before
    the finite verb, what is set off by commas included ("Nach Meinung von Anna Berg, Professorin in
    Bonn, könnte …", "Nach Angaben der in Köln, Bonn und Bern tätigen Firma soll …", "Nach Angaben des
    Vereins sowie anderer Zeugen sei …", "Auch dem Sender zufolge wurde …"). Only a stretch of noun
    phrases is taken: a lower-case word that may be a verb of its own stops the search."""
    first, last = frame.first, frame.last
    if first == s.first and last < s.last and (doc.tokens[last].text != "„" or doc.tokens[last - 1].is_capitalized):
        last = _prefield_end(doc, last, min(s.last, last + MAX_PREFIELD))
    elif frame.cue and doc.tokens[frame.cue[-1]].lower in ("zufolge", "folge"):
        if last < s.last and _finite_verb(doc, last) and first - s.first <= 3 and all(
                doc.tokens[k].is_word and not _finite_verb(doc, k) for k in range(s.first, first)):
            first = s.first       # "Auch dem Sender zufolge wurde …": the particle is in the prefield too
    if (first, last) == (frame.first, frame.last):
        return frame
    return FrameMatch(first, last, frame.cue, frame.source, source_compound=frame.source_compound,
                      medium=frame.medium, lemma=frame.lemma, content_after=frame.content_after)


def _prefield_end(doc: Doc, last: int, stop: int) -> int:
    """Where the finite verb after the frame's words [.., last) stands, or `last` when no stretch of noun
    phrases leads to one. Skipped on the way: a title in quotation marks, a relative clause ending in its
    verb and a phrase between commas without a finite verb ("…, vertreten durch Anna Berg, soll …")."""
    p, title = last, False
    while p < stop:
        t = doc.tokens[p]
        if t.text in ("„", "“"):
            title = t.text == "„"      # "des Magazins „auto, motor und sport“": a title
        if title:
            p += 1
            continue
        if t.lower in PREFIELD_STOPS:
            return last
        if _finite_verb(doc, p):
            return p if p > last else last
        if t.text == ",":
            close = next((j for j in range(p + 1, min(stop, p + MAX_RELATIVE)) if doc.tokens[j].text == ","), None)
            if close is not None and close + 1 < stop and doc.tokens[p + 1].lower in RELATIVE_OPENERS and (
                    _finite_verb(doc, close - 1)):
                p = close           # "Nach Angaben, die nicht zu prüfen sind, …": a relative clause
                continue
            if close is not None and close + 1 < stop and _finite_verb(doc, close + 1) and not any(
                    _finite_verb(doc, j) or doc.tokens[j].lower in PREFIELD_STOPS for j in range(p + 1, close)):
                return close + 1    # "…, vertreten durch Anna Berg, soll …": an apposition
        elif not _in_noun_phrase(doc, p):
            return last
        p += 1
    return last


FINITE_MODALS = {"sollen", "wollen", "können", "müssen", "dürfen", "darf", "dürfte", "dürften", "konnten",
                 "sollten", "wollten", "mussten", "müssten", "könnten", "hätte", "hätten", "wäre", "wären"}


def _finite_verb(doc: Doc, k: int) -> bool:
    """A form that is surely finite: an auxiliary or modal, a Konjunktiv, an inflected form of a verb."""
    from zitat.attribution.cues import AUXILIARIES
    from zitat.language.morphology import lemma
    t = doc.tokens[k]
    if not t.is_word or not t.text.islower():
        return False
    if t.lower in AUXILIARIES or t.lower in FINITE_MODALS:
        return True
    if t.lower in doc.lexicon.function_words or t.lower in doc.lexicon.determiners:
        return False
    if doc.mood(k):
        return True
    base = lemma(t.lower)
    if base == t.lower or not base.endswith(("en", "ln", "rn")):
        return False
    if k + 1 < len(doc.tokens) and doc.tokens[k + 1].is_capitalized and t.lower.endswith(("e", "en", "er", "es", "em")):
        return False      # "anderer Zeugen": an adjective
    return not (t.lower.startswith("ge") and t.lower.endswith(("t", "en")))


def _in_noun_phrase(doc: Doc, k: int) -> bool:
    """Token k may stand inside a noun phrase: a name or noun, a number, an article or preposition, an
    adjective before its noun, a lower-case word inside a name ("Institute of Technology"), punctuation."""
    t = doc.tokens[k]
    from zitat.attribution.mentions import ATTRIBUTE_PREPOSITIONS
    if not t.is_word or t.is_capitalized or any(c.isdigit() or c == "." for c in t.text) or t.lower in (
            "und", "sowie", "oder") or t.lower in ATTRIBUTE_PREPOSITIONS or (
            t.lower in doc.lexicon.function_words or t.lower in doc.lexicon.determiners):
        return True
    nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    prev = doc.tokens[k - 1] if k > 0 else None
    return nxt is not None and (nxt.is_capitalized or nxt.text[:1].isdigit()) and (
        t.lower.endswith(("e", "en", "er", "es", "em")) or (prev is not None and prev.is_capitalized))


DOCUMENT_NOUNS = ("studie", "studien", "bericht", "berichte", "umfrage", "umfragen", "zahlen", "darstellung",
                  "entwurf", "prognose", "prognosen", "statistik", "analyse", "gutachten", "ergebnisse")


def _after_a_document(doc: Doc, i: int, s) -> bool:
    """ "Die Bank veröffentlichte neue Quartalszahlen. Danach verzeichnet sie Verluste": right after a
    sentence naming a study, report, figures or a draft, "danach" means 'according to it' like "demnach";
    elsewhere it is 'afterwards' ("Danach fuhr er nach Hause", "erst danach", "und danach")."""
    if i > s.first and doc.tokens[i - 1].lower in TEMPORAL_BEFORE_NACH | {"und", "oder", "sowie", "kurz", "gleich"}:
        return False
    if any(doc.tokens[k].text == "," and k + 1 < s.last and doc.tokens[k + 1].lower in ("dass", "ob", "wie", "was", "wer")
           for k in range(i + 1, s.last)):
        return False     # "fragte danach, was …": a correlate of the verb
    if s.i == 0:
        return False
    before = doc.sentences[s.i - 1]
    return any(doc.tokens[k].is_capitalized and doc.tokens[k].lower.endswith(DOCUMENT_NOUNS)
               for k in range(before.first, before.last))


IRREALIS = {"wäre", "wären", "hätte", "hätten"}


def _counterfactual(doc: Doc, i: int, end: int) -> bool:
    """ "Ein Flug wäre demnach vertretbar gewesen", "Demnach wäre damit zu rechnen gewesen": with the
    past of the Konjunktiv II "demnach" draws a conclusion ('so, then'), it reports no source. After a
    semicolon it goes on from the reported part before it ("Laut Berichten ist er 24; demnach wäre er
    2008 erst 16 gewesen") and stays that source's."""
    s = doc.sentences[doc.tokens[i].sentence]
    if any(doc.tokens[k].text == ";" for k in range(s.first, i)):
        return False
    words = [doc.tokens[k].lower for k in range(s.first, end)]
    last = next((doc.tokens[k].lower for k in range(end - 1, i, -1) if doc.tokens[k].is_word), "")
    return bool(IRREALIS & set(words)) and last == "gewesen"


TEMPORAL_BEFORE_NACH = {"kurz", "bald", "gleich", "unmittelbar", "direkt", "erst", "schon", "bereits", "spät",
                        "später", "früh", "lange", "längst", "jahre", "monate", "wochen", "tage", "stunden",
                        "minuten", "jahr", "monat", "woche", "tag", "stunde", "jahrzehnte", "tagen"}


def _temporal_before(doc: Doc, k: int) -> bool:
    """ "Zwei Monate nach …", "kurz nach …", "erst nach …": a time before "nach" makes it "after"."""
    return doc.tokens[k].lower in TEMPORAL_BEFORE_NACH


def _noun_frame(doc: Doc, i: int, end: int) -> FrameMatch | None:
    """ "der Vorwurf, er habe …", "die Forderungen der SPD, die Bank zu boykottieren", "mit der
    Begründung, dieses sei …": a speech noun whose content follows after a comma; its source is the
    genitive or "von" phrase after it, if any."""
    k = i + 1
    source = None
    if k < end and doc.tokens[k].lower in ("der", "des", "von", "vom"):
        start = k + 1 if doc.tokens[k].lower in ("von", "vom") else k
        source = phrase_after(doc, start, end) if start < end else None
        if source is None:
            return None
        if source.kind not in ("person", "organisation", "group", "outlet"):
            if not (source.kind == "unknown" and source.last < end and doc.tokens[source.last].text == "," and (
                    doc.tokens[source.last - 1].is_capitalized)):
                return None
            # "die Warnung der Wärter, auf Flüchtende zu schießen": a noun the lexicon does not know as a role
            source = Mention(source.first, source.last, "group", name=source.name, roles=source.roles)
    elif k < end:
        source = _bare_genitive(doc, k, end)       # "die Ankündigung ihres Trainers, Greg Poss, …"
    if source is not None:
        source, k = _with_tail(doc, source, i, end)
    if k + 2 < end and doc.tokens[k].lower in ADDRESSEE_PREPOSITIONS:
        addressee = phrase_after(doc, k + 1, end)     # "der Vorwurf der Regierung an die Stiftung, …"
        if addressee is not None and addressee.kind != "pronoun" and addressee.last < end and (
                doc.tokens[addressee.last].text == ","):
            k = addressee.last
            name = phrase_after(doc, k + 1, end) if k + 1 < end else None
            if name is not None and name.last < end and doc.tokens[name.last].text == "," and (
                    doc.tokens[k + 1].is_capitalized):
                return None     # "die Kritik an den Plänen des Ministers, Jan Ott, …": an apposition, no content
    if k + 1 < end and (doc.tokens[k].lower in doc.lexicon.particles or doc.tokens[k].lower in NOUN_CORRELATES) and (
            doc.tokens[k + 1].text == ","):
        k += 1       # "zog das Angebot mit der Begründung zurück, …", "Zweifel daran, ob …"
    verbs_between = False
    opening = doc.sentences[doc.tokens[i].sentence].first
    if k + 1 < end and doc.tokens[k].text != "," and not any(
            doc.mood(j) or doc.tokens[j].lower in ("soll", "sollen") for j in range(opening, k + MAX_CLOSING_VERBS)
            if j < end and doc.tokens[j].is_word):
        # not in a clause that is itself reported ("Er habe Angst gehabt, dass …", "So soll er die Information
        # erhalten haben, dass …"): that whole clause is the statement
        closing = _closing_verbs(doc, k, end)
        if closing is not None:
            k, verbs_between = closing, True   # "weil er im Verdacht steht, …", "die Information erhalten habe, dass …"
    if k + 1 >= end or doc.tokens[k].text != ",":
        return None
    if doc.tokens[k + 1].lower == "wonach" or (doc.tokens[k + 1].lower in ("nach", "laut") and k + 2 < end and (
            doc.tokens[k + 2].lower in RELATIVE_AFTER_NACH)):
        return None  # "Gerüchte, nach denen …", "Berichte, wonach …": that frame of its own takes the content
    first = i - 1 if i > 0 and doc.tokens[i - 1].lower in doc.lexicon.determiners else i
    return FrameMatch(first, k, [i], source, lemma=doc.tokens[i].text, content_after=True, verbs_between=verbs_between)


MAX_CLOSING_VERBS = 2


def _closing_verbs(doc: Doc, k: int, end: int) -> int | None:
    """The comma after one or two verbs that close the noun's clause: "im Verdacht steht,", "die
    Information erhalten haben,", "zu dem Entschluss gekommen war,"."""
    from zitat.attribution.cues import AUXILIARIES
    j = k
    while j < min(end, k + MAX_CLOSING_VERBS) and doc.tokens[j].text != ",":
        t = doc.tokens[j]
        if not (t.is_word and t.text.islower() and (t.lower in AUXILIARIES or t.lower in FINITE_MODALS or (
                t.lower not in doc.lexicon.function_words and _verb_form(doc, j)))):
            return None
        j += 1
    return j if j > k and j < end and doc.tokens[j].text == "," else None


def _verb_form(doc: Doc, k: int) -> bool:
    """A finite verb, a participle or an infinitive: the dictionary reads it as a form of a verb in -en."""
    from zitat.language.morphology import lemma
    word = doc.tokens[k].lower
    base = lemma(word)
    return base.endswith(("en", "ln", "rn")) and base[:1].islower() and (base != word or word.endswith("en"))


ADDRESSEE_PREPOSITIONS = {"an", "gegen", "gegenüber"}
NOUN_CORRELATES = {"daran", "darauf", "darüber", "dazu", "davon", "dafür", "dagegen"}


def _source_after(doc: Doc, i: int, cue: list[int], end: int) -> FrameMatch | None:
    k = cue[-1] + 1
    if len(cue) > 1 and k < end and doc.tokens[k].lower in ("von", "vom"):
        k += 1
    elif len(cue) > 1 and k + 1 < end and doc.tokens[k].lower == "der" and _masculine_nominative(doc, k + 1):
        return None      # "müsste laut Verfassung | der Parlamentspräsident …": the subject, not a genitive
    source = (phrase_after(doc, k, end) or quoted_title(doc, k, end) or _any_source_after(doc, k, end)
              ) if k < end else None
    if source is None:
        return None
    source = _without_the_next_phrase(doc, source)
    source = _without_a_bare_plural(doc, source)
    source = _with_conjunct(doc, _with_title(doc, source, end), end)
    source, last = _with_tail(doc, source, i, end)
    return FrameMatch(i, last, cue, source)


def _without_the_next_phrase(doc: Doc, source: Mention) -> Mention:
    """ "hatte laut Polizeisprecher | das Gepäckstück stehen gelassen": a bare source ends before an
    article that cannot open a genitive; that article opens the next phrase of the clause."""
    first = doc.tokens[source.first]
    if source.last - source.first < 2 or not first.is_capitalized or first.lower in doc.lexicon.determiners:
        return source
    cut = next((k for k in range(source.first + 1, source.last) if doc.tokens[k].lower in NO_GENITIVE or (
        doc.tokens[k].lower == "der" and k + 1 < source.last and _masculine_nominative(doc, k + 1))), None)
    if cut is None:
        return source
    return Mention(source.first, cut, source.kind if source.kind != "person" else "group",
                   roles=[doc.tokens[k].text for k in range(source.first, cut)])


def _masculine_nominative(doc: Doc, k: int) -> bool:
    """ "laut Verfassung | der Parlamentspräsident": a masculine person noun whose plural differs ("Präsident",
    not "Sprecher") after "der" is a subject in the nominative, never a genitive."""
    t = doc.tokens[k]
    role = doc.lexicon.role(t.text) if t.is_capitalized and t.is_word else None
    return role is not None and role.kind == "person" and role.gender == "m" and not t.lower.endswith(
        ("er", "el", "en", "ern", "s"))


def _without_a_bare_plural(doc: Doc, source: Mention) -> Mention:
    """ "liegen laut Airbus | Bestellungen für 18 Flugzeuge vor", "waren laut Ministerium | Arbeiten an
    der Leitung": a bare plural noun after a bare source opens the next phrase of the clause; a name goes
    on ("laut Sprecher Jan Ott", "laut Stiftung Warentest")."""
    from zitat.attribution.mentions import known_common_noun
    first = doc.tokens[source.first]
    if source.last - source.first < 2 or not first.is_capitalized or first.lower in doc.lexicon.determiners:
        return source
    for k in range(source.first + 1, source.last):
        t, prev = doc.tokens[k], doc.tokens[k - 1]
        if t.is_capitalized and t.is_word and t.lower.endswith(("en", "ern")) and known_common_noun(t.text) and (
                doc.lexicon.role(t.text) is None and t.text not in doc.lexicon.places
                and t.text not in doc.lexicon.first_names and t.text not in doc.surnames) and not (
                prev.lower.endswith(("e", "en", "es", "em"))):     # "laut Deutsche Bahn": an adjective in a name
            return Mention(source.first, k, source.kind, name=doc.text[first.start:prev.end], roles=[doc.tokens[j].text for j in range(source.first, k)])
    return source


def _with_conjunct(doc: Doc, source: Mention, end: int) -> Mention:
    """ "nach Angaben von AFP und Reuters": both agencies are the source."""
    k = source.last
    if k + 1 >= end or doc.tokens[k].lower not in ("und", "sowie") or source.kind == "pronoun":
        return source
    other = phrase_after(doc, k + 1, end)
    if other is None or other.kind in ("pronoun", "unknown"):
        return source
    return Mention(source.first, other.last, "group", name=f"{source.name} und {other.name}",
                   members=source.parts + other.parts)


# what a frame's source takes along after it: "der Polizeichef von Kandahar", "Ärzte ohne Grenzen"
TAIL_PREPOSITIONS = {"von", "vom", "aus", "für", "in", "im", "ohne", "gegenüber"}
TAIL_GENITIVES = {"des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "unseres", "unserer"}
UNAMBIGUOUS_GENITIVES = {"des", "eines", "seines", "ihres", "unseres"}
TIME_NOUNS = {"jahr", "jahres", "monat", "monats", "woche", "tag", "tages", "zeit", "zeitraum", "vorjahr",
              "vergangenheit", "zukunft", "moment", "nacht", "verlauf", "laufe", "rahmen", "fall", "falle"}
RELATIVE_OPENERS = {"der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches"}
MAX_TAILS = 4
MAX_RELATIVE = 15


def _with_tail(doc: Doc, source: Mention, first: int, end: int) -> tuple[Mention, int]:
    """ "nach Angaben des Polizeichefs von Kandahar", "des Ombudsmans für Menschenrechte", "der
    Sprecherin der FDP, Anna Berg, …", "einer Meldung vom Dienstag": genitives, attached phrases, a
    bracket and an apposition between commas belong to the source. A frame opening the sentence fills
    the whole field before the finite verb, so all of these and a relative clause on the source are
    part of it; in the middle of a clause only what cannot be an object or adjunct of the verb is
    ("dient laut einer Mitteilung des BMI | der Verbesserung …", "| im weiten Umkreis").
    Returns the source and the end of the frame."""
    s = doc.sentences[doc.tokens[first].sentence]
    fronted = first == s.first or doc.tokens[first - 1].text == ":"
    k = _tail_end(doc, source.last, end, fronted, source.first)
    last = k
    if k + 2 < end and doc.tokens[k].text == "," and source.kind != "pronoun":
        other = phrase_after(doc, k + 1, end)
        if other is not None and other.kind in ("person", "organisation", "group", "outlet"):
            m = _tail_end(doc, other.last, end, fronted, other.first)
            if m < end and doc.tokens[m].text == "," and m + 1 < end and doc.tokens[m + 1].is_word:
                k = last = m         # "den Worten der Sprecherin, Anna Berg, fehle es …"
                if other.kind == "person" and other.name and not (source.kind == "person" and source.name):
                    source = Mention(source.first, source.last, "person", name=other.name, roles=source.roles,
                                     gender=other.gender)
        elif doc.tokens[k + 1].lower in RELATIVE_OPENERS:
            # "Nach offiziellen Angaben, die nicht überprüft werden können, waren …"; in the middle of the
            # clause only one that ends in its finite verb ("hat laut der Stimme, die ihm gehören soll, …")
            close = next((j for j in range(k + 2, min(k + MAX_RELATIVE, end)) if doc.tokens[j].text in (
                ",", ".", ";", ":", "„", "“")), None)
            if close is not None and doc.tokens[close].text == "," and close + 1 < end and (
                    doc.tokens[close + 1].is_word) and (fronted or _finite_verb(doc, close - 1)):
                last = close
    if k == source.last:
        return source, last
    return Mention(source.first, k, source.kind, name=source.name, roles=source.roles, gender=source.gender,
                   members=source.members), last


def _tail_end(doc: Doc, k: int, end: int, fronted: bool, owner: int, any_genitive: bool = False) -> int:
    """End of the phrases attached to the phrase [owner, k). `any_genitive`: "der", "einer" after it open a
    genitive too (where no verb could take them as its object)."""
    for _ in range(MAX_TAILS):
        if k >= end:
            break
        t = doc.tokens[k]
        if t.text == "(":
            close = next((j for j in range(k + 1, min(k + 6, end)) if doc.tokens[j].text == ")"), None)
            if close is None:
                break
            k = close + 1
            continue
        title = None
        if t.lower in (TAIL_GENITIVES if fronted or any_genitive else UNAMBIGUOUS_GENITIVES):
            g = phrase_after(doc, k, end)
        elif t.lower in TAIL_PREPOSITIONS and k + 1 < end:
            title = quoted_title(doc, k + 1, end)
            g = title or phrase_after(doc, k + 1, end)
            if g is not None and not fronted and not (
                    (t.lower in ("von", "vom") and (title is not None or _named(doc, g)))
                    or (t.lower in ("in", "im") and _sits_in(doc, owner, k, g))
                    or (t.lower == "für" and _portfolio(doc, k, end))):
                break            # "wurde laut Entwurf | von Rentnern bezahlt", "laut Polizei | im weiten Umkreis"
            if g is not None and not fronted and _time_phrase(doc, g):
                break            # "nach Angaben der Polizei | in diesem Jahr …", "| im Juni"
        else:
            break
        if g is None or g.kind == "pronoun":
            break
        owner = g.first
        k = _with_title(doc, g, end).last
        if k < end and len(doc.tokens[k].text) == 4 and doc.tokens[k].text.isdigit():
            k += 1           # "vom Sommer 2011"
    return k


def _portfolio(doc: Doc, k: int, end: int) -> bool:
    """ "der Gesellschaft für bedrohte Völker", "des Bundesamtes für Migration", "des Beauftragten für
    Menschenrechte": "für" after an institution or an office, with a bare noun after it, names its field;
    not "zahlt laut Ministerium | für die Schäden" (an article: the verb's object)."""
    head = doc.tokens[k - 1]
    if not (head.is_capitalized and doc.lexicon.role(head.text) is not None) or k + 1 >= end:
        return False
    nxt = doc.tokens[k + 1]
    if nxt.lower in doc.lexicon.determiners or nxt.lower in doc.lexicon.function_words:
        return False
    return nxt.is_capitalized or (k + 2 < end and nxt.text.islower() and doc.tokens[k + 2].is_capitalized)


def _named(doc: Doc, m: Mention) -> bool:
    """ "von Human Rights Watch", "von der Universität Leipzig": a name, not a common noun ("von Rentnern",
    "von der Polizei", which may be the agent of a passive)."""
    return m.name is not None and m.kind in ("organisation", "outlet")


def _sits_in(doc: Doc, owner: int, k: int, m: Mention) -> bool:
    """ "der Opposition im Iran", "des Polizeichefs in Kandahar": where an institution or a role sits,
    a place or a name; not after a bare name ("nach Angaben von Interpol | in Korat gefasst") and not a
    common noun ("| im weiten Umkreis", "| in seiner Onlineausgabe")."""
    from zitat.attribution.mentions import known_common_noun
    head = doc.tokens[k - 1]
    if doc.tokens[owner].lower not in doc.lexicon.determiners or not (head.is_capitalized and (
            doc.lexicon.role(head.text) is not None or known_common_noun(head.text))):
        return False
    if doc.tokens[m.first].lower in doc.lexicon.pronouns or doc.tokens[m.first].lower.startswith(("sein", "ihr")):
        return False
    words = [doc.tokens[x] for x in range(m.first, m.last) if doc.tokens[x].is_capitalized]
    return bool(words) and all(w.text in doc.lexicon.places or not known_common_noun(w.text) for w in words)


def _time_phrase(doc: Doc, m: Mention) -> bool:
    lex = doc.lexicon
    return any(doc.tokens[x].lower in TIME_NOUNS or doc.tokens[x].lower in lex.months
               or doc.tokens[x].lower in lex.weekdays for x in range(m.first, m.last))


def _with_title(doc: Doc, source: Mention, end: int) -> Mention:
    """ "nach Angaben des Magazins „Der Spiegel“": the title right after the source names it."""
    title = quoted_title(doc, source.last, end)
    if title is None or source.kind == "pronoun" or not doc.tokens[source.last - 1].is_word or not (
            doc.tokens[title.first + 1].is_capitalized or _outlet_noun(doc, doc.tokens[source.last - 1].text)):
        return source     # „ganz besonders sorgfältig“ after the source is quoted speech, not a name
    return Mention(source.first, title.last, source.kind, name=source.name, roles=source.roles,
                   gender=source.gender, members=source.members)


def _outlet_noun(doc: Doc, word: str) -> bool:
    """ "des Magazins", "der Wochenzeitung": a noun for an outlet, whose title may be in lower case ("des
    Magazins „auto, motor und sport“")."""
    if not word[:1].isupper():
        return False
    stems = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
    nouns = [n for n, kind in doc.lexicon.outlets.items() if kind == "noun"]
    return any(stem == n or (stem.endswith(n.lower()) and len(stem) > len(n) + 2) for stem in stems for n in nouns)


MAX_SOURCE_MODIFIERS = 6


def _any_source_after(doc: Doc, k: int, end: int) -> Mention | None:
    """After "laut" almost any noun phrase is a source, also ones no speaker rule accepts: "laut
    bildblog.de", "laut ai-Bericht", "laut einer am Dienstag veröffentlichten Pressemitteilung des WFP"."""
    j = k
    if doc.tokens[j].lower in doc.lexicon.determiners:
        j += 1
        while j < end and j - k <= MAX_SOURCE_MODIFIERS and doc.tokens[j].is_word and not (
                doc.tokens[j].is_capitalized or _web_address(doc, j)):
            j += 1
    if j >= end or not doc.tokens[j].is_word or not (
            doc.tokens[j].is_capitalized or _web_address(doc, j) or "-" in doc.tokens[j].text):
        return None
    kind = "outlet" if _web_address(doc, j) else "organisation"
    j += 1
    if j + 1 < end and doc.tokens[j].text.islower() and doc.tokens[j].lower.endswith(("en", "ten")) and (
            doc.tokens[j + 1].is_capitalized and doc.tokens[j + 1].is_word):
        j += 2           # "einer am Dienstag veröffentlichten Pressemitteilung": the noun after the participle
    if j + 1 < end and doc.tokens[j].lower in ("des", "der"):
        owner = phrase_after(doc, j + 1, end)      # "einer Pressemitteilung des WFP"
        if owner is not None and owner.kind != "pronoun":
            j = owner.last
    return Mention(k, j, kind, name=doc.text[doc.tokens[k].start:doc.tokens[j - 1].end])


def _web_address(doc: Doc, j: int) -> bool:
    return "." in doc.tokens[j].text and doc.tokens[j].is_word


DATIVE_PRONOUNS = {"ihm": "m", "ihr": "f", "ihnen": "plural"}


def _source_before(doc: Doc, i: int) -> FrameMatch | None:
    if i > 0 and _dative_pronoun(doc, i - 1):
        # "Ihnen zufolge hat …", "ihm zufolge": the pronoun points back to the source named before
        low = doc.tokens[i - 1].lower
        return FrameMatch(i - 1, i + 1, [i], Mention(i - 1, i, "pronoun", pronoun=low, gender=DATIVE_PRONOUNS[low]))
    source = phrase_before(doc, i - 1) if i > 0 else None
    if source is None and i > 0:
        source = _any_source_before(doc, i)
    if source is None:
        return None
    source = _without_verbs_before(doc, source)
    if source is None:
        return None
    source = _bare_report_noun(doc, source, i)
    source = _with_head_before(doc, source)
    return FrameMatch(source.first, i + 1, [i], source)


def _dative_pronoun(doc: Doc, k: int) -> bool:
    """ "ihm", "ihr", "ihnen" before "zufolge"; a capitalised "Ihnen" only where it opens the sentence (inside
    the sentence it is the polite "you")."""
    t = doc.tokens[k]
    return t.lower in DATIVE_PRONOUNS and (t.text.islower() or k == doc.sentences[t.sentence].first)


DATIVE_DETERMINERS = {"dem", "der", "den", "einem", "einer", "diesem", "dieser", "diesen"}
MAX_SOURCE_BEFORE = 8


def _any_source_before(doc: Doc, i: int) -> Mention | None:
    """Before "zufolge" almost any dative phrase is a source, also ones no speaker rule accepts: "Der
    Website example.com zufolge", "dem Korrespondenten al-Dschasiras zufolge", "einer Erklärung des
    Verbandes (VDR) zufolge"."""
    s = doc.sentences[doc.tokens[i].sentence]
    k = i - 1
    if doc.tokens[k].text == ")":
        opening = next((j for j in range(k - 1, max(s.first, k - 6) - 1, -1) if doc.tokens[j].text == "("), None)
        if opening is None or opening == s.first:
            return None
        inner = phrase_before(doc, opening - 1) or _any_source_before(doc, opening)
        return None if inner is None else Mention(inner.first, i, inner.kind, name=inner.name, roles=inner.roles,
                                                  gender=inner.gender)
    for j in range(k, max(s.first, k - MAX_SOURCE_BEFORE) - 1, -1):
        t = doc.tokens[j]
        if not t.is_word and t.text not in ("-", ".", "„", "“"):     # "dem „Figaro“ zufolge": a title
            return None
        if t.lower in DATIVE_DETERMINERS and j < k and any(doc.tokens[x].is_capitalized for x in range(j + 1, i)):
            return Mention(j, i, "organisation", name=doc.text[doc.tokens[j + 1].start:doc.tokens[k].end])
    return None


def _bare_report_noun(doc: Doc, source: Mention, i: int) -> Mention:
    """ "nimmt die Organisation Schätzungen zufolge …": a bare plural right before "zufolge" is the whole
    source; the noun phrase before it is the subject of the clause, not its owner (a genitive follows its
    noun, "Schätzungen der Polizei zufolge")."""
    from zitat.attribution.mentions import known_common_noun
    k = i - 1
    if source.last != i or k - 1 <= source.first:
        return source
    noun, before = doc.tokens[k], doc.tokens[k - 1]
    if not (noun.is_capitalized and noun.is_word and noun.lower.endswith(("en", "ern")) and known_common_noun(noun.text)
            and doc.lexicon.role(noun.text) is None):
        return source
    if not (before.is_capitalized and before.is_word) or before.text.endswith("s"):
        return source     # "des Ministeriums Angaben zufolge": a genitive before its noun
    return Mention(k, i, "outlet", name=noun.text)


def _without_verbs_before(doc: Doc, source: Mention) -> Mention | None:
    """ "Die Gruppen gewinnen Medienberichten zufolge …": the finite verb before the source is no adjective
    of it ("offiziellen Angaben zufolge" keeps its adjective)."""
    from zitat.attribution.cues import AUXILIARIES
    from zitat.language.morphology import lemma
    first = source.first
    while first < source.last - 1:
        t = doc.tokens[first]
        base = lemma(t.lower) if t.is_word else ""
        if not (t.text.islower() and (t.lower in AUXILIARIES or (base.endswith(("en", "ln", "rn")) and (
                base == t.lower or not t.lower.startswith(base))))):
            break
        first += 1
    if first == source.first:
        return source
    return Mention(first, source.last, source.kind, name=source.name, roles=source.roles, gender=source.gender,
                   members=source.members)


def _with_head_before(doc: Doc, source: Mention) -> Mention:
    """ "Ersten Angaben vom gestrigen Mittwoch zufolge", "Berichten verschiedener US-Medien zufolge",
    "der Auswertung der Einzelstudien zufolge": the phrase before "zufolge" may be the genitive or the
    attached phrase of the noun that names the source."""
    from zitat.attribution.mentions import known_common_noun
    if source.kind == "pronoun":
        return source
    s = doc.sentences[doc.tokens[source.first].sentence]
    first = source.first
    for _ in range(MAX_TAILS):
        k = first - 1
        opener = doc.tokens[first]
        if k > s.first and doc.tokens[k].lower in ("von", "vom", "aus"):
            k -= 1
        elif not (opener.lower in TAIL_GENITIVES or (opener.text.islower() and opener.lower.endswith("er"))):
            break
        head = doc.tokens[k] if k >= s.first else None
        if head is None or not head.is_capitalized or not head.is_word or head.text in doc.lexicon.first_names or (
                head.text in doc.surnames) or not known_common_noun(head.text):
            break          # "Peskow der Agentur Interfax zufolge": a name takes no genitive
        owner = phrase_before(doc, k)
        if owner is None or owner.kind == "pronoun" or owner.last != k + 1:
            break
        first = owner.first
    if first == source.first:
        return source
    return Mention(first, source.last, source.kind, name=source.name, roles=source.roles, gender=source.gender,
                   members=source.members)


NO_GENITIVE = {"die", "das", "den", "dem", "ein", "eine", "einen", "einem"}   # never open a genitive
GENITIVE_ARTICLES = {"des", "der", "eines", "einer", "dieses", "dieser"}
RELATIVE_AFTER_NACH = {"denen", "dem", "der", "welchem", "welcher", "welchen"}
REPORT_NOUNS = ("gerüchte", "gerücht", "berichte", "bericht", "meldungen", "meldung", "umfragen", "umfrage",
                "angaben", "informationen", "aussagen", "aussage", "studie", "studien", "schätzungen", "erklärung")


def _article_before_noun(doc: Doc, k: int) -> bool:
    """ ", nach dem vierten Jahrestag": "dem" is an article here, not a relative pronoun."""
    nxt = doc.tokens[k + 1]
    return nxt.is_capitalized or (nxt.lower.endswith(("e", "en", "er", "es", "em")) and (
        nxt.lower not in doc.lexicon.determiners and nxt.lower not in doc.lexicon.function_words))


def _relative_clause_after(doc: Doc, k: int, end: int) -> bool:
    """ "ein Gutachten, laut dem Kevin misshandelt worden war", "die Pläne, laut denen jeder …": the
    pronoun at k opens a relative clause, whose finite verb stands at its end; not "…, laut dem Bericht
    war er krank", where "dem" is an article and the verb follows the source."""
    if doc.tokens[k].lower not in ("dem", "der"):
        return True          # "denen", "welchem": only a relative pronoun
    close = next((j for j in range(k + 1, end) if doc.tokens[j].text in (",", ";", ":", ".", "„", "“", "(")), end)
    if close - k < 4 or _finite_verb(doc, k + 2):
        return False
    return _finite_verb(doc, close - 1) and not any(_finite_verb(doc, j) for j in range(k + 1, close - 3))


def _reports_before(doc: Doc, k: int) -> bool:
    """The noun before ", nach denen" names reports ("Gerüchte", "Meinungsumfragen"), not an agreement;
    a short phrase may follow it ("Umfragen im Land, nach denen", "Berichte der Presse, nach denen")."""
    for j in range(k, max(-1, k - MAX_AFTER_REPORTS - 1), -1):
        t = doc.tokens[j]
        if t.is_capitalized and t.lower.endswith(REPORT_NOUNS):
            return True
        if not t.is_word or _finite_verb(doc, j):
            return False
    return False


MAX_AFTER_REPORTS = 3


def _wonach_frame(doc: Doc, i: int, first: int, width: int = 1) -> FrameMatch | None:
    """ "Meldungen der Times, wonach …", "wies Berichte zurück, wonach …": the reports before the
    comma (past a clause-final particle or participle) are the source of what follows."""
    k = i - 2
    while k > first and k > i - 5 and not doc.tokens[k].is_capitalized:
        k -= 1
    source = phrase_before(doc, k) if k >= first else None
    if source is None or source.kind == "pronoun":
        return None
    start = source.first
    while start < source.last and not (doc.tokens[start].is_capitalized or doc.tokens[start].lower in (
            doc.lexicon.determiners)):
        start += 1       # "wies Meldungen der Times": the verb is no part of the source
    if start >= source.last:
        return None
    source = Mention(start, source.last, source.kind, name=source.name, roles=source.roles)
    return FrameMatch(source.first, i + width, list(range(i, i + width)), source, lemma="wonach")


def _nach_frame(doc: Doc, i: int, end: int, nouns: dict[str, str]) -> FrameMatch | None:
    n = i + 1
    # "nach einer Mitteilung", "nach eigenen Angaben", "nach einem achtseitigen Bericht", "nach den Polizeiangaben"
    while n + 1 < end and n - i <= 3 and doc.tokens[n].text.islower() and _frame_noun(doc, n, nouns) is None:
        n += 1
    owner = None
    if n + 1 < end and doc.tokens[n + 1].lower in nouns and _saxon_genitive(doc, n) is not None:
        owner, n = _saxon_genitive(doc, n), n + 1      # "nach Grupps Meinung"
    found = _frame_noun(doc, n, nouns)
    if found is None:
        n = i + 1
        found = _frame_noun(doc, n, nouns)
    if found is None:
        return None
    noun, medium = found
    cue, lemma = list(range(i, n + 1)), f"nach {noun}"
    k = n + 1
    compound = doc.tokens[n].lower != noun
    named_in_compound = compound and "-" in doc.tokens[n].text     # "nach NDR-Recherchen von einem Datenleck betroffen"
    if k < end and doc.tokens[k].lower in ("von", "vom") and not named_in_compound:
        k += 1
    if compound and k == n + 1 and k < end and doc.tokens[k].lower not in GENITIVE_ARTICLES:
        k = end              # "nach Polizeiangaben wurden …": the compound names its source
    source = owner or (phrase_after(doc, k, end) if k < end else None)
    if owner is None and not compound and k == n + 1 and k < end:
        genitive = _bare_genitive(doc, k, end)
        if genitive is not None:
            source = genitive
        elif source is not None and doc.tokens[k].lower not in GENITIVE_ARTICLES and (
                source.kind == "unknown" or doc.tokens[k].lower in NO_GENITIVE or doc.tokens[k].text.islower()):
            source = None     # "nach ersten Meldungen Schäden an …", "nach Angaben eine Gruppe", "nach
            # Medienberichten weitere Teilnehmer": no genitive (that would be "britischer Zeitungen", "des …")
    last = n + 1
    if source is not None and owner is None:
        source = _with_conjunct(doc, _with_title(doc, source, end), end)
        source, last = _with_tail(doc, source, i, end)
    if (source is None or source.kind == "pronoun") and compound:
        # "nach Kremlangaben", "nach den Polizeiangaben": the source is the first part of the compound
        prefix = doc.tokens[n].text[: -len(noun)].rstrip("-")
        if prefix.endswith(LINKING_S):
            prefix = prefix[:-1]   # Regierungs|angaben -> Regierung
        mention = Mention(n, n + 1, "organisation", name=prefix)
        return FrameMatch(i, n + 1, cue, mention, source_compound=prefix, medium=medium, lemma=lemma)
    if source is None or source.kind == "pronoun":
        if noun in doc.lexicon.nouns_needing_source:
            return None      # "wurde nach einer Erklärung verschoben": "after", no source
        return FrameMatch(i, n + 1, cue, None, medium=medium, lemma=lemma)
    return FrameMatch(i, last, cue, source, medium=medium, lemma=lemma)


def _frame_noun(doc: Doc, n: int, nouns: dict[str, str]) -> tuple[str, str] | None:
    """The frame noun at n and its medium: "Angaben", or the head of a compound ("Polizeiangaben");
    a compound never of a noun that needs a named source ("nach der Unabhängigkeitserklärung" is a date)."""
    word = doc.tokens[n].lower
    if word in nouns:
        return word, nouns[word]
    if not doc.tokens[n].is_capitalized:
        return None
    for suffix, medium in nouns.items():
        if suffix not in doc.lexicon.nouns_needing_source and word.endswith(suffix) and len(word) > len(suffix) + 2:
            return suffix, medium
    return None


def _saxon_genitive(doc: Doc, k: int) -> Mention | None:
    """ "Grupps" in "nach Grupps Meinung": a name in the genitive before the frame noun."""
    from zitat.attribution.mentions import known_common_noun
    t = doc.tokens[k]
    if not (t.is_capitalized and t.is_word and len(t.text) > 3 and t.text.endswith("s")):
        return None
    stem = t.text[:-1]
    if stem in doc.lexicon.places:
        return Mention(k, k + 1, "organisation", name=stem)
    if stem in doc.lexicon.first_names or stem in doc.surnames or not (
            known_common_noun(t.text) or known_common_noun(stem)):
        return Mention(k, k + 1, "person", name=stem)
    return None


POSSESSIVE_GENITIVES = {"seines", "ihres", "seiner", "ihrer", "unseres", "unserer", "deren", "dessen"}


def _bare_genitive(doc: Doc, k: int, end: int) -> Mention | None:
    """The source right after the frame noun without "des"/"der": "nach Angaben seines Anwalts",
    "nach Meinung Russlands", "nach Angaben Ibrahims", "nach Berichten britischer Zeitungen"."""
    from zitat.attribution.mentions import known_common_noun
    t = doc.tokens[k]
    if t.lower in POSSESSIVE_GENITIVES or (t.text.islower() and t.lower.endswith("er") and t.is_word):
        j = k + 1
        while j < end and doc.tokens[j].text.islower() and doc.tokens[j].lower.endswith(("e", "en", "er")) and (
                doc.tokens[j].is_word):
            j += 1
        if j >= end or not (doc.tokens[j].is_capitalized and doc.tokens[j].is_word):
            return None
        found = phrase_after(doc, k, end)
        if found is not None and found.kind != "pronoun" and found.last > j:
            return found
        return Mention(k, j + 1, "person" if t.lower in POSSESSIVE_GENITIVES else "group")
    return _saxon_genitive(doc, k)      # "nach Auffassung Österreichs", "nach Angaben Ibrahims"


def _closed_aside(doc: Doc, i: int, end: int) -> bool:
    """The dash before token i is closed a few words later and holds a speaker or a speech noun: "– so der
    Vorwurf –", "– so Canny –" (not "– so der eigene Wunsch –", an aim)."""
    close = next((k for k in range(i + 1, min(end, i + 8)) if doc.tokens[k].text == "–"), None)
    if close is None:
        return False
    source = phrase_after(doc, i + 1, close)
    return source is not None and (source.kind in ("person", "organisation", "group", "outlet") or any(
        doc.tokens[k].lower in doc.lexicon.speech_nouns for k in range(source.first, source.last)))


def _so_frame(doc: Doc, i: int, end: int) -> FrameMatch | None:
    """", so der Minister." closes a sentence of reported content with its source."""
    source = (_truncated_compound(doc, i + 1, end) or phrase_after(doc, i + 1, end)
              or _lower_case_role_after(doc, i + 1, end)) if i + 1 < end else None
    if source is None:
        return None
    if source.kind != "pronoun":      # ", so der Sprecher der Polizei von Bonn": what is attached to the source
        tail = _tail_end(doc, source.last, end, False, source.first, any_genitive=True)   # no verb: all genitive
        if tail > source.last:
            source = Mention(source.first, tail, source.kind, name=source.name, roles=source.roles,
                             gender=source.gender, members=source.members)
    k = source.last
    if k < end and doc.tokens[k].text not in SO_FRAME_END:
        if doc.tokens[k].lower not in SO_FRAME_GOES_ON:
            return None
        while k < end and doc.tokens[k].text not in SO_FRAME_END:    # ", so Peskow weiter am Montag."
            k += 1
    return FrameMatch(i, k, [i], source)


def _truncated_compound(doc: Doc, k: int, end: int) -> Mention | None:
    """ ", so Kongress- und Verteidigungskreise": the first compound, cut off at its hyphen, shares the head of
    the second; both name the source."""
    if not (k + 3 < end and doc.tokens[k].is_capitalized and doc.tokens[k].is_word and doc.tokens[k + 1].text == "-"
            and doc.tokens[k + 1].start == doc.tokens[k].end and doc.tokens[k + 2].lower in ("und", "oder")):
        return None
    second = phrase_after(doc, k + 3, end)
    if second is None or second.kind == "pronoun":
        return None
    return Mention(k, second.last, second.kind, name=doc.text[doc.tokens[k].start:doc.tokens[second.last - 1].end])


def _lower_case_role_after(doc: Doc, k: int, end: int) -> Mention | None:
    """ ", so verdi-Verhandlungsführer Frank Bäsler": a compound role whose first part is a lower-case
    name, with the name after it."""
    t = doc.tokens[k]
    if not (t.text[:1].islower() and "-" in t.text and t.text.split("-")[-1][:1].isupper()):
        return None
    name = phrase_after(doc, k + 1, end) if k + 1 < end else None
    if name is None or name.kind != "person":
        return None
    return Mention(k, name.last, "person", name=name.name, roles=[t.text], gender=name.gender)


SO_FRAME_END = {".", ",", "!", "?", ";", ":", "–"}
# what may follow the source in ", so der Minister am Montag in Berlin." (not ", so dass …")
SO_FRAME_GOES_ON = {"weiter", "wörtlich", "abschließend", "dazu", "zudem", "außerdem", "ferner", "jüngst",
                    "gestern", "heute", "am", "im", "in", "bei", "beim", "gegenüber", "auf", "zu", "zur", "zum",
                    "mit", "nach", "laut", "vor", "während", "über", "von", "vom", "des", "der", "einer", "eines"}


def _postposed_nach(doc: Doc, i: int, first: int, nouns: dict[str, str]) -> FrameMatch | None:
    """ "Seiner Meinung nach", "ihren Angaben nach": "nach" after its noun; the owner is the
    possessive, resolved like a pronoun to the previous or the clause's speaker."""
    if i - 2 < first or doc.tokens[i - 1].lower not in nouns:
        return None
    owner = doc.tokens[i - 2]
    if owner.lower in FIRST_PERSON_POSSESSIVES:
        return None      # "meiner Meinung nach" outside quotation marks: the author's or interviewee's own view
    if owner.lower not in POSSESSIVES and not (owner.lower == "dem" and doc.tokens[i - 1].lower == "vernehmen"):
        return None      # "Dem Vernehmen nach": hearsay without an owner
    noun = doc.tokens[i - 1].lower
    return FrameMatch(i - 2, i + 1, [i], None, medium=nouns[noun], lemma=f"nach {noun}")


POSSESSIVES = {"seiner", "ihrer", "meiner", "unserer", "seinen", "ihren", "meinen", "unseren", "deren", "dessen"}
FIRST_PERSON_POSSESSIVES = {"meiner", "unserer", "meinen", "unseren"}

"""Direct quotes: quotations that are someone's words, with the cue that attributes them.

Attribution stands after the quote ("…", sagte er), before it (Peskow sagte: „…“), around an
interrupted quote ("A", sagte er, "B" is one statement with two spans) or is missing, when the quote
continues the previous speaker. A quoted sentence after a colon belongs to the subject of the clause
before it, speech verb or not (Die Firma sieht das gelassen: „…“). Short quotations are statements only when a speech verb governs
them (Putin spricht von "gesetzmäßigen Zielen"); names and scare quotes are not (der sogenannten
"Koalition der Willigen").
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from functools import cache

from zitat.attribution.cues import AUXILIARIES, WERDEN_PASSIVE, CueMatch
from zitat.attribution.drafts import Claimed, Draft
from zitat.attribution.frames import FrameMatch
from zitat.attribution.mentions import phrase_after, phrase_before
from zitat.attribution.quotes import Quotation
from zitat.attribution.speakers import shares_subject, RELATIVE_PRONOUNS, speaker_of
from zitat.language.doc import Doc
from zitat.lexicon import SpeechVerb, read_table

# before a short quotation these make it a name ("Strafanzeige gegen „D.Live“"); "von" and "als" are
# left out: "sprach von einem „Weckruf“", "bezeichnete es als „Fehler“" quote words
MEDIA_PREPOSITIONS = {"gegenüber", "bei", "beim", "im", "auf", "laut", "via", "mit", "an", "für", "in", "gegen",
                      "über", "um", "unter", "zu", "zum", "zur", "nach", "vor", "aus", "durch", "ohne"}
INDEFINITE = {"ein", "eine", "einem", "einen", "einer", "eines"}
MIN_FREE_WORDS = 4          # an unattributed quotation needs this many words to count as speech
NAME_INTRODUCERS = ("sogenannt", "so genannt", "titel", "motto", "name", "namen", "aktion", "operation",
                    "hashtag", "slogan", "schlagwort", "begriff", "wort")


def direct_statements(doc: Doc, quotations: list[Quotation], cues: list[CueMatch],
                      frames: list[FrameMatch]) -> list[Draft]:
    cue_at = {c.verb: c for c in cues} | {c.particle: c for c in cues if c.particle is not None}
    so_at = {f.first: f for f in frames if f.source is not None and doc.tokens[f.first].lower == "so"}
    by_sentence, frames_by_sentence = _by_sentence(doc, cues, frames)
    drafts: list[Draft] = []
    top = [q for q in quotations if q.depth == 0]
    k = 0
    while k < len(top):
        last = _paragraph_chain_end(doc, top, k)
        q = top[last]
        draft, used = _attributed(doc, top, last, cue_at)
        if last > k and (draft is None or draft.speaker is None):
            opening, _ = _attributed(doc, top, k, cue_at)     # Weber sagte: „… \n\n „…“
            if opening is not None:
                draft, used = opening, 1
                draft.quote = [q.inner]
        if draft is None and _runs_on_into_next(doc, top, last):
            # "„Das war knapp.“ „Aber wir haben gewonnen“, sagte sie": one attribution after two quotations
            following, more = _attributed(doc, top, last + 1, cue_at)
            if following is None:
                following, more = _so_attributed(doc, top[last + 1], so_at), 1
            if following is not None and following.quote[0] == top[last + 1].inner:
                following.quote = [q.inner] + following.quote
                following.sentence = doc.tokens[doc.token_at(q.inner[0])].sentence
                following.partial = _words_before_in_sentence(doc, q)
                draft, used = following, 1 + more
        if draft is None:
            draft = _so_attributed(doc, q, so_at)
        if draft is None:
            draft = _unattributed(doc, q, by_sentence, frames_by_sentence)
            used = 1
        if draft is not None:
            if last > k:   # the quote began paragraphs earlier
                draft.quote = [top[j].inner for j in range(k, last)] + draft.quote
                draft.sentence = doc.tokens[doc.token_at(top[k].inner[0])].sentence
            drafts.append(draft)
        k = last + used
    return drafts


def _runs_on_into_next(doc: Doc, top: list[Quotation], k: int) -> bool:
    """The closed quotation k ends a sentence and the next one follows right after it, in the same
    paragraph, with nothing or only "und" between: "„…“ „…“, sagte sie", "„…“ und „…“, zitiert CNN"."""
    q = top[k]
    if k + 1 >= len(top) or not q.closed:
        return False
    gap = doc.text[q.outer[1]:top[k + 1].open]
    if "\n" in gap or gap.strip() not in ("", "und"):
        return False
    ends_sentence = doc.text[q.inner[0]:q.inner[1]].rstrip()[-1:] in (".", "!", "?", "…")
    return (ends_sentence and gap.strip() == "") or (gap.strip() == "und" and _words(doc, q) >= MIN_FREE_WORDS)


def _paragraph_chain_end(doc: Doc, top: list[Quotation], k: int) -> int:
    """A quote left open at a paragraph end goes on where the next paragraph opens a quote."""
    while k + 1 < len(top) and not top[k].closed:
        gap = doc.text[top[k].close:top[k + 1].open]
        if gap.strip() or "\n" not in gap:
            break
        k += 1
    return k


def _words(doc: Doc, q: Quotation) -> int:
    a, b = doc.token_at(q.inner[0]), doc.token_at(q.inner[1])
    return sum(1 for t in doc.tokens[a:b] if t.is_word and t.start < q.inner[1])


def _cue_after(doc: Doc, q: Quotation, cue_at: dict[int, CueMatch]) -> CueMatch | None:
    """ "…", sagte er / "…", so Peskow / "…" sagte sie (without comma in some outlets)."""
    i = doc.token_at(q.outer[1])
    if i < len(doc.tokens) and doc.tokens[i].text == ",":
        i += 1
    elif doc.text[q.inner[0]:q.inner[0] + 1].islower():
        return None      # "die von dem „auffälligen Bären“ ausgehe": quoted words inside the verb's own clause
    # the verb may follow one fronted word: "…", erklärte am Montag …; keep it to the next two tokens,
    # but "„Das war Feuer.“ Er fuhr fort: „…“" starts a new sentence with its own quote
    ends_sentence = doc.text[q.inner[0]:q.inner[1]].rstrip()[-1:] in (".", "!", "?")
    starts_sentence = i < len(doc.tokens) and doc.tokens[i].is_capitalized
    joined = i < len(doc.tokens) and doc.tokens[i].lower in ("und", "oder", "sowie", "aber")  # "… „X“ und kündigte an"
    for j in ((i,) if (ends_sentence and starts_sentence) or joined else (i, i + 1)):
        if j in cue_at and doc.tokens[j].start - q.outer[1] < 40:
            return cue_at[j]
    # "„…“, hatte Lanz am Montag gesagt": the auxiliary right after the quote stands for its participle
    if joined or i >= len(doc.tokens):
        return None
    end = doc.sentences[doc.tokens[i].sentence].last
    return next((c for j in range(i + 1, end) if (c := cue_at.get(j)) is not None and c.anchor == i != c.verb), None)


def _cue_before(doc: Doc, q: Quotation, cue_at: dict[int, CueMatch]) -> CueMatch | None:
    """Peskow sagte: „…“ / Er betonte, „…“: a cue in the same sentence, ending at ':' or ','."""
    i = doc.token_at(q.open) - 1
    if i < 0 or doc.tokens[i].text not in (":", ","):
        return None
    s = doc.sentence_of(i)
    lower = doc.text[q.inner[0]:q.inner[0] + 1].islower()
    j = i
    while j > s.first:
        j -= 1
        if j in cue_at:
            if lower and _in_relative_clause(doc, j, s.first):
                return None   # "die Demo, zu der 167 Gruppen aufgerufen hatten, „weitgehend friedlich“ …"
            if _closed_relative_clause(doc, j, i, s.first):
                return None   # "Das Buch, das sie vorstellte, ist ihr Erstwerk: „…“": the verb of a relative clause
            return _governing_cue(doc, j, s.first, cue_at) or cue_at[j]
        if doc.tokens[j].text in (",", ":") and lower:
            return None   # "Sie sagte, Ziel sei es, „die Infrastruktur“ zu zerstören": a partial quote in the content
    return None


CONTENT_CLAUSE_OPENERS = frozenset({"dass", "ob", "warum", "weshalb", "weswegen", "wieso", "wann", "wer", "wen", "wem"})


def _governing_cue(doc: Doc, j: int, first: int, cue_at: dict[int, CueMatch]) -> CueMatch | None:
    """The cue at j stands in a dass/ob clause or an indirect question whose own speech verb comes before
    it: "Er glaubt, dass das Team gestärkt hervorgegangen sei: „…“" is introduced by "glaubt", not
    "hervorgehen"; "Auf der Homepage heißt es, warum man sich entschieden hat: „…“" by "heißt es"."""
    for k in range(j - 1, first, -1):
        if doc.tokens[k].lower in CONTENT_CLAUSE_OPENERS and doc.tokens[k - 1].text == ",":
            return next((cue_at[m] for m in range(k - 2, first - 1, -1) if m in cue_at), None)
        if doc.tokens[k].text in (":", ";"):
            return None
    return None


def _closed_relative_clause(doc: Doc, j: int, mark: int, first: int) -> bool:
    """The verb at j ends a relative clause that a comma closes before the main clause goes on to the
    colon or comma at `mark`."""
    close = j + 1 if j + 1 < mark and doc.tokens[j + 1].text == "," else None
    if close is None or not any(doc.tokens[k].is_word for k in range(close + 1, mark)):
        return False
    return _in_relative_clause(doc, j, first)


def _in_relative_clause(doc: Doc, j: int, first: int) -> bool:
    """The verb at j closes a relative clause: a comma and a relative pronoun (after a preposition) open it."""
    for k in range(j - 1, first, -1):
        if doc.tokens[k].text == ",":
            nxt = doc.tokens[k + 1].lower
            after = doc.tokens[k + 2].lower if k + 2 < j else ""
            return nxt in RELATIVE_PRONOUNS or after in RELATIVE_PRONOUNS
    return False


def _attributed(doc: Doc, top: list[Quotation], k: int, cue_at: dict[int, CueMatch]):
    q = top[k]
    if _is_name(doc, q):
        return None, 1
    cue = _cue_after(doc, q, cue_at)
    before = cue is None
    if cue is None:
        cue = _cue_before(doc, q, cue_at)
    if cue is None:
        cue = _inverted_frame_verb(doc, q)
        before = cue is None
    if cue is None or _names(doc, cue):
        return None, 1
    att = speaker_of(doc, cue)
    spans = [q.inner]
    used = 1
    # "A", sagte er, "B": the quote goes on after its attribution
    if not before and k + 1 < len(top):
        nxt = top[k + 1]
        gap = doc.text[doc.tokens[att.last].end:nxt.open]
        if gap.strip() in (",", ":", "") and "\n" not in gap and doc.tokens[att.last].end <= nxt.open:
            spans.append(nxt.inner)
            used = 2
    lemma = cue.entry.lemma
    frame_tokens = cue.tokens + ([att.speaker.first, att.speaker.last - 1] if att.speaker and not shares_subject(doc, cue, att.speaker) else []) + [att.last]
    draft = Draft("direct", spans, doc.tokens[doc.token_at(q.inner[0])].sentence, cue=cue.tokens,
                  cue_lemma=lemma, speaker=att.speaker, addressee=att.addressee, via=att.via,
                  frame=(min(frame_tokens), max(frame_tokens) + 1), medium=cue.entry.medium,
                  confidence=0.95 if att.speaker else 0.7, inherited=att.speaker is None,
                  partial=(_words_before_in_sentence(doc, q) or (used == 1 and _verb_after_frame(doc, att.last)))
                  if not before else _clause_goes_on(doc, q))
    return draft, used


def _inverted_frame_verb(doc: Doc, q: Quotation) -> CueMatch | None:
    """ "„Das wird schwer“, weiß der Präsident", "„…“, freut sich Weber": a quotation that fills the whole
    prefield of its sentence, a comma, then a finite verb with its subject after it. Whatever the verb, the
    clause is the quote's frame and its subject the speaker (the lexicon's speech verbs are found earlier)."""
    if not q.closed or q.depth > 0:
        return None
    i = doc.token_at(q.outer[1])
    if i + 2 >= len(doc.tokens) or doc.tokens[i].text != ",":
        return None
    o = doc.token_at(q.open)
    s = doc.sentence_of(o)
    v = i + 1
    t = doc.tokens[v]
    if any(doc.tokens[k].is_word for k in range(s.first, o)) or t.sentence != doc.tokens[o].sentence or not (
            t.is_word and t.text.isalpha() and t.text.islower()) or t.lower in doc.lexicon.function_words or (
            t.lower in RELATIVE_PRONOUNS or t.lower in FRAME_VERB_EXCLUDED):
        return None
    lemma = doc.lemma(v).lower()
    if lemma == t.lower or not lemma.endswith("n"):
        return None         # not an inflected verb: "„X“, damals Chef", "„X“, zuletzt 2005"
    k = v + 1
    if doc.tokens[k].lower == "sich":
        k += 1              # "„…“, freut sich Weber"
    subject = phrase_after(doc, k, s.last) if k < s.last else None
    if subject is None or subject.first != k or subject.kind == "unknown" and not (
            doc.tokens[k].lower in ARTICLES or doc.tokens[k].is_capitalized):
        return None
    return CueMatch(v, None, v, SpeechVerb(lemma, lemma, "", "speech", False))


FRAME_VERB_EXCLUDED = frozenset({"so", "wie", "wonach", "woraufhin", "weshalb", "während", "ohne", "sondern",
                                 "doch", "aber", "und", "oder", "als", "bevor", "nachdem", "obwohl", "weil"})
ARTICLES = frozenset({"der", "die", "das", "ein", "eine", "dieser", "diese", "unser", "unsere"})


def _verb_after_frame(doc: Doc, last: int) -> bool:
    """ "„Schon im Herbst“, sagte sie, werde die Firma …": the quoted words are the fronted phrase of a
    clause whose finite verb follows the reporting clause; they are quoted words inside her statement."""
    k = last + 1
    if k + 1 >= len(doc.tokens) or doc.tokens[k].text != "," or doc.tokens[k + 1].sentence != doc.tokens[last].sentence:
        return False
    t = doc.tokens[k + 1]
    return t.is_word and not t.is_capitalized and (t.lower in AUXILIARIES or doc.mood(k + 1) is not None)


def _clause_goes_on(doc: Doc, q: Quotation) -> bool:
    """ "Sie warf ihm vor, „die Daten aller Bürger“ zu missbrauchen", "Er sagte, „die Lage“ sei ernst": the
    quotation after the speech verb opens a clause that goes on after it, so it is quoted words inside the
    speaker's statement, which leaves its verb to the clause (not "…, „wir schaffen das“ und ging")."""
    words = doc.text[q.inner[0]:q.inner[1]].strip()
    if words[-1:] in (".", "!", "?", "…") or not words[:1].islower():
        return False     # a quoted sentence: "…, die Weisheit, „Wer einmal lügt, …“ sei kein Grundsatz"
    i = doc.token_at(q.outer[1])
    if i >= len(doc.tokens) or doc.tokens[i].sentence != doc.tokens[doc.token_at(q.open)].sentence:
        return False
    t = doc.tokens[i]
    return t.is_word and t.lower not in ("und", "oder", "sowie", "aber", "doch", "sondern")


def _words_before_in_sentence(doc: Doc, q: Quotation) -> bool:
    """ "Der Plan sei „ein großer Schritt“, sagte sie": the quotation closes a clause the sentence began
    before it, so it is quoted words inside the speaker's statement, which leaves its verb to the clause."""
    i = doc.token_at(q.open)
    s = doc.sentence_of(i)
    if any(doc.tokens[k].text in (":", ".", "!", "?") for k in range(s.first, i)):
        return False     # "Der Trainer war zufrieden: „Ein guter Start“, sagte er": the colon opens a whole quote
    return any(doc.tokens[k].is_word for k in range(s.first, i))


NAMING_VERBS = frozenset({"heißen", "nennen"})
PERFECT_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten"})


def _names(doc: Doc, cue: CueMatch) -> bool:
    """The verb gives a name, it reports no words: "der früher „X“ hieß" (not "hieß es"), "nennt sich
    „X“", "„Trap“, wie er genannt wird", "genannt „X“" (not "er hat es einen „Fehler“ genannt")."""
    if cue.entry.lemma not in NAMING_VERBS:
        return False
    v = cue.verb
    near = {doc.tokens[k].lower for k in (v - 1, v + 1) if 0 <= k < len(doc.tokens)}
    if cue.entry.lemma == "heißen":
        return "es" not in near
    if "sich" in near or (v + 2 < len(doc.tokens) and doc.tokens[v + 2].lower == "sich"):
        return True      # "die sich „X“ nennt", "nennt sie sich „X“"
    if _sich_before_quotation(doc, v):
        return True      # "das sich selbst „Allianz für X“ (AFX) nennt"
    if doc.tokens[v].lower != "genannt":
        return False
    s = doc.sentence_of(v)
    for k in range(v - 1, s.first - 1, -1):
        t = doc.tokens[k]
        if t.lower in PERFECT_AUXILIARIES:
            return False
        if t.text in (",", ";", ":", "(") and k < v - 1:
            break
    return True


def _sich_before_quotation(doc: Doc, v: int) -> bool:
    """In the clause ending at the verb v, "sich" or "sich selbst" stands right before a quotation (commas
    inside the quotation do not end the clause)."""
    first = doc.sentence_of(v).first
    inside = False
    for k in range(v - 1, max(first, v - 40) - 1, -1):
        t = doc.tokens[k]
        if t.text in ("“", "”", "«") or (t.text == "\"" and not inside):
            inside = True
        elif t.text in ("„", "»") or (t.text == "\"" and inside):
            inside = False
        elif inside:
            continue
        elif t.text in (",", ";", ":"):
            return False
        elif t.lower == "sich":
            nxt = k + 2 if k + 2 < v and doc.tokens[k + 1].lower == "selbst" else k + 1
            return doc.tokens[nxt].text in ("„", "»", "«", "\"")
    return False


def _capitalised_words(doc: Doc, q: Quotation) -> bool:
    words = doc.text[q.inner[0]:q.inner[1]].split()
    return 0 < len(words) <= 2 and all(w[:1].isupper() for w in words)


def _camel_case(doc: Doc, q: Quotation) -> bool:
    """The first word starts in lower case and has capitals inside: a brand ("iPod", "eBay")."""
    words = doc.text[q.inner[0]:q.inner[1]].split()
    return bool(words) and words[0][:1].islower() and any(c.isupper() for c in words[0][1:])


def _title_case(doc: Doc, q: Quotation) -> bool:
    """Three or more words, every one capitalised: German sentences have lower-case words, names and
    English titles need not."""
    words = [w for w in doc.text[q.inner[0]:q.inner[1]].split() if any(c.isalpha() for c in w)]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def _after_preposition(doc: Doc, q: Quotation) -> bool:
    i = doc.token_at(q.open) - 1
    return i >= 0 and doc.tokens[i].lower in MEDIA_PREPOSITIONS | {"von", "vom"}


SPEAKING_OF = frozenset({"sprechen", "reden"})


def _spoken_of(doc: Doc, q: Quotation) -> bool:
    """ "Analysten sprachen von „Panikverkäufen“": quoted words after "sprechen von", not a name."""
    i = doc.token_at(q.open) - 1
    if i < 1 or doc.tokens[i].lower not in ("von", "vom"):
        return False
    s = doc.sentence_of(i)
    return any(doc.lemma(j).lower() in SPEAKING_OF for j in range(max(s.first, i - 8), i))


def _used_as_noun(doc: Doc, q: Quotation) -> bool:
    """The quotation is a phrase of the sentence: a word follows it without punctuation."""
    i = doc.token_at(q.outer[1])
    return i < len(doc.tokens) and doc.tokens[i].is_word and doc.tokens[i].start - q.outer[1] <= 1 and (
        doc.tokens[i].lower not in ("und", "oder", "sowie", "aber"))


def _common_noun(word: str) -> bool:
    from zitat.language.morphology import is_known
    return is_known(word)


def _so_attributed(doc: Doc, q: Quotation, so_at: dict[int, FrameMatch]) -> Draft | None:
    """ "„…“, so Verbandschefin Lanz." """
    i = doc.token_at(q.outer[1])
    if i < len(doc.tokens) and doc.tokens[i].text == ",":
        i += 1
    frame = so_at.get(i)
    if frame is None or _is_name(doc, q):
        return None
    sentence = doc.tokens[doc.token_at(q.inner[0])].sentence
    # "Die Soldaten hätten „Zivilisten getötet“, so Murtha": quoted words inside reported speech that
    # the frame also attributes as a whole
    # "„In absehbarer Zeit“, so Pötsch, wird VW „…“ entwickeln": the sentence goes on after the frame
    after = frame.last + 1
    goes_on = frame.last < len(doc.tokens) and doc.tokens[frame.last].text == "," and after < len(doc.tokens) and (
        doc.tokens[after].is_word and doc.tokens[after].sentence == sentence)
    partial = doc.sentences[sentence].start < q.open or goes_on
    return Draft("direct", [q.inner], sentence, cue=frame.cue, cue_lemma=frame.lemma, speaker=frame.source,
                 frame=(frame.first, frame.last), confidence=0.9, partial=partial)


def _is_name(doc: Doc, q: Quotation) -> bool:
    """der sogenannten "Koalition der Willigen", die Aktion „Sauberer Wald“: a name, not speech."""
    i = doc.token_at(q.open) - 1
    if i >= 0 and (_after_title_noun(doc, i) or _alias(doc, i) or _listed_after_a_name(doc, i)):
        return True      # of any length: Kubricks Film „2001: Odyssee im Weltraum“
    if _words(doc, q) > 5:
        return False
    if _capitalised_words(doc, q) and (_after_preposition(doc, q) or _used_as_noun(doc, q)) and not (
            _spoken_of(doc, q)):
        return True      # Nadja Michler von „Peta“; „D.Live“ kündigt eine Lösung an
    if _camel_case(doc, q):
        return True      # der „iPod nano“, ein „iTunes-Handy“: a brand
    if _title_case(doc, q) and not _spoken_of(doc, q):
        return True      # im „Black Lion Hospital“, die Schlankheitspille „Reduce Weight Fruta Planta“
    i = doc.token_at(q.open) - 1
    if i < 0:
        return False
    prev = doc.tokens[i]
    if _introduced_as_name(doc, i) or _in_brackets(doc, i):
        return True
    after = doc.token_at(q.outer[1])
    if prev.lower == "als" and after < len(doc.tokens) and doc.tokens[after].lower.startswith("bekannt"):
        return True      # "das als „Dschungel von Calais“ bekannte Lager"
    if prev.lower in MEDIA_PREPOSITIONS and _words(doc, q) <= 2:
        return True      # erklärte er gegenüber „D.Live“, sagte sie bei "Sky"
    if doc.text[q.inner[0]:q.inner[1]].strip() in doc.lexicon.outlets:
        return True      # sagte er dem Sender „Sky“
    opens_upper = doc.text[q.inner[0]:q.inner[0] + 1].isupper()
    example = prev.lower == "beispiel" and i > 0 and doc.tokens[i - 1].lower == "zum"   # "wie zum Beispiel „…“"
    if opens_upper and prev.is_capitalized and prev.end == q.open - 1 and not example and (
            prev.text not in doc.lexicon.first_names and prev.text not in doc.surnames) and (
            _words(doc, q) <= 3 or _common_noun(prev.text) or doc.lexicon.role(prev.text)
            or prev.text in doc.lexicon.outlets):
        return True      # das Bündnis „Saubere Luft“, die Tierschutzorganisation „Peta“
    # "sprach von einem „Weckruf“", "nannte es einen „Fehler“": a governed partial quote, not a name
    if i > 0 and doc.tokens[i - 1].lower in ("von", "vom", "als") and prev.lower in INDEFINITE:
        return False
    # "ein „stolzer Moment“", "die „größte Demo“": names start with a capital, quoted words need not;
    # and names rarely take an indefinite article ("nur ein „Papiertiger“", "in einen „Bunker“")
    return prev.lower in doc.lexicon.determiners and opens_upper and prev.lower not in INDEFINITE


def _after_title_noun(doc: Doc, i: int) -> bool:
    """ "Kubricks Film „2001: Odyssee im Weltraum“", "die Studie „Linke Gewalt in Berlin 2003 bis 2008“",
    "die neue ARD-Fernsehserie „…“": a noun for a work, product or type right before the quotation
    introduces its title; i is the token before the quotation."""
    t = doc.tokens[i]
    if not t.is_capitalized or i + 1 >= len(doc.tokens) or doc.text[t.end:doc.tokens[i + 1].start].strip():
        return False
    return _title_noun(doc, t)


def _title_noun(doc: Doc, t) -> bool:
    """A noun for a work, product or type (title_nouns.tsv), inflected or as a compound head."""
    low = t.lower
    forms = {low}
    if low.endswith(("s", "n")):
        forms.add(low[:-1])
    if low.endswith(("es", "en")):
        forms.add(low[:-2])
    nouns = doc.lexicon.title_nouns
    return any(f in nouns or any(head and f.endswith(noun) for noun, head in nouns.items()) for f in forms)


ALIAS_WORDS = frozenset({"kurz", "auch", "alias"})


def _alias(doc: Doc, i: int) -> bool:
    """ "der Deutsche Fußball-Bund, kurz „DFB“,", "der Bär JJ1, auch „Bruno“ genannt", "(Erdferne, auch
    „Apogäum“)": another name set off after a comma, dash or bracket; i is the token before the quotation."""
    return doc.tokens[i].lower in ALIAS_WORDS and i > 0 and doc.tokens[i - 1].text in (",", "(", "–", "-", "—")


def _listed_after_a_name(doc: Doc, i: int) -> bool:
    """ "die Modelle „Touareg“ und „Phaeton“": a quotation joined to a quoted name is another name."""
    if doc.tokens[i].lower not in ("und", "oder", "sowie", ",") or i < 1:
        return False
    close = i - 1
    if doc.tokens[close].text not in ("“", "”", "«", "»", "\""):
        return False
    s = doc.sentence_of(close)
    opening = next((k for k in range(close - 1, max(s.first, close - 12) - 1, -1)
                    if doc.tokens[k].text in ("„", "»", "«", "\"")), None)
    if opening is None or opening == close - 1:
        return False
    before = Quotation(doc.tokens[opening].start, doc.tokens[close].start, True, 0)
    return _is_name(doc, before)


def _in_brackets(doc: Doc, i: int) -> bool:
    """ "die Operation „Cast Lead“ („gegossenes Blei“)", "(etwa: „Partei der Volksmacht“, engl. …)",
    "(„Hartz IV“, „Rente mit 67“)": a few quoted words in brackets gloss a name or list names; i is the
    token before the quotation."""
    s = doc.sentence_of(i)
    quoted = False
    for k in range(i, max(s.first, i - 10) - 1, -1):
        t = doc.tokens[k]
        if t.text in ("“", "”", "«", "\""):
            quoted = not quoted if t.text == "\"" else True    # an earlier item of the list: „Hartz IV“,
        elif t.text in ("„", "»"):
            quoted = False
        elif t.text in ("(", "["):
            return True
        elif t.text in (")", "]") or (t.is_word and not quoted and t.lower not in BRACKET_GLOSS_WORDS):
            return False
    return False


BRACKET_GLOSS_WORDS = {"etwa", "auf", "deutsch", "englisch", "engl", "übersetzt", "kurz", "also", "wörtlich"}


def _unattributed(doc: Doc, q: Quotation, cues: dict[int, list[CueMatch]],
                  frames: dict[int, list[FrameMatch]], speakerless: bool = False) -> Draft | None:
    """A quotation with no cue next to it: a partial quote governed by a speech verb in its
    sentence, or a whole sentence of speech continuing the previous speaker. With `speakerless`, only a
    partial quote governed by a speech verb whose speaker is not found (see speakerless_partial_quotes)."""
    first = doc.token_at(q.inner[0])
    if first >= len(doc.tokens):
        return None
    sentence = doc.tokens[first].sentence
    characterised = None if speakerless else _characterised(doc, q, sentence)
    if characterised is not None:
        return characterised
    if _is_name(doc, q):
        return None
    words = _words(doc, q)
    headline_speaker = _colon_speaker(doc, q)
    if headline_speaker is not None and words >= 2:
        colon = doc.token_at(q.open) - 1
        return Draft("direct", [q.inner], sentence, speaker=headline_speaker, cue_lemma=":",
                     cue=[colon], frame=(headline_speaker.first, colon + 1), confidence=0.8)
    introduced = _colon_introduced(doc, q, words)
    if introduced is not None:
        return introduced
    before_quote = doc.token_at(q.open) - 1
    governing = [c for c in cues.get(sentence, []) if not (
        q.open <= doc.tokens[c.verb].start < q.close) and not (
        c.verb < before_quote and _closed_relative_clause(doc, c.verb, before_quote, doc.sentences[sentence].first))
        and not _bracketed_apart(doc, c.verb, q) and not (speakerless and _other_verb_joined(doc, c, q))]
    inside_sentence = (doc.sentences[sentence].start < q.open and not _connective_colon(doc, q, sentence)) or (
        doc.sentences[sentence].end > q.outer[1] + 1)
    if governing and (words < MIN_FREE_WORDS or inside_sentence):
        cue = _nearest_before(doc, governing, q.open)
        att = speaker_of(doc, cue)
        if _names(doc, cue) or (att.speaker is None) != speakerless or (speakerless and (
                _attributive(doc, cue.verb) or _other_clause_after(doc, q, cue) or _in_the_subject(doc, q, cue))):
            return None
        return Draft("direct", [q.inner], sentence, cue=cue.tokens, cue_lemma=cue.entry.lemma,
                     speaker=att.speaker, addressee=att.addressee, via=att.via, medium=cue.entry.medium,
                     frame=(min(cue.tokens + ([att.speaker.first] if att.speaker else [])),
                            max(cue.tokens + ([att.speaker.last - 1] if att.speaker else [])) + 1),
                     confidence=0.75 if att.speaker else 0.55, partial=True)
    if speakerless:
        return None
    framing = [f for f in frames.get(sentence, []) if not q.open <= doc.tokens[f.first].start < q.close]
    if any(doc.tokens[f.first].start < q.open and q.close < doc.tokens[f.last - 1].end for f in framing):
        return None      # "nach Angaben der Sektion von „Ärzte ohne Grenzen“": a name within the frame's source
    if not governing and framing and inside_sentence:
        # "Das Buch ist laut einer Jurorin eine „kluge Geschichte“": the frame's source is quoted
        f = framing[0]
        return Draft("direct", [q.inner], sentence, cue=f.cue, cue_lemma=f.lemma, speaker=f.source,
                     frame=(f.first, f.last), medium=f.medium, confidence=0.75, partial=True)
    if words >= MIN_FREE_WORDS and (not inside_sentence or _continued_after_colon(doc, q, words)):
        return Draft("direct", [q.inner], sentence, confidence=0.6, inherited=True)
    if not governing and inside_sentence and _reported_sentence(doc, sentence, q):
        # "Sie seien „bestens geeignet“": quoted words inside a Konjunktiv sentence continue the speaker
        return Draft("direct", [q.inner], sentence, confidence=0.6, inherited=True, partial=True)
    return None


@cache
def _characterising_verbs() -> dict[str, SpeechVerb]:
    """lexicon/characterising_verbs.tsv by lemma: "hält … für „…“", "feierte … als „…“"."""
    return {r["lemma"]: SpeechVerb(r["lemma"], r["lemma"], r["preposition"], r["medium"], False)
            for r in read_table("characterising_verbs")}


CLAUSE_EDGES = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–"})


def _characterised(doc: Doc, q: Quotation, sentence: int) -> Draft | None:
    """ "Der Staatsanwalt hält ihn für „gefährlich“", "der die Maßnahme als „Kapitulation“ sieht", "wird vom
    Wetterdienst als „sehr hoch“ eingestuft": quoted words after the preposition of a characterising verb in
    the same clause are its subject's words (lexicon/characterising_verbs.tsv)."""
    prep = doc.token_at(q.open) - 1
    if prep < 0 or doc.tokens[prep].lower not in ("für", "als") or _words(doc, q) == 0:
        return None
    verbs = _characterising_verbs()
    s = doc.sentences[sentence]
    first = prep
    while first > s.first and doc.tokens[first - 1].text not in CLAUSE_EDGES:
        first -= 1
    last = doc.token_at(q.outer[1])
    while last < s.last and doc.tokens[last].text not in CLAUSE_EDGES:
        last += 1
    inside = lambda k: q.open <= doc.tokens[k].start < q.outer[1]
    words = [k for k in range(first, last) if not inside(k) and doc.tokens[k].is_word and k != prep]
    for k in words:
        lemma = doc.lemma(k).lower()
        particle = next((j for j in words if j > k and doc.tokens[j].lower + lemma in verbs
                         and doc.tokens[j].lower in doc.lexicon.particles), None)
        if particle is not None:
            lemma = doc.tokens[particle].lower + lemma
        entry = verbs.get(lemma)
        if entry is None or entry.particle != doc.tokens[prep].lower or doc.tokens[k].is_capitalized and k != s.first:
            continue
        anchor = next((j for j in words if j < k and doc.tokens[j].lower in AUXILIARIES), k)
        cue = CueMatch(k, particle, anchor, SpeechVerb(lemma, lemma, "", entry.medium, False))
        att = speaker_of(doc, cue)
        if att.speaker is not None and att.speaker.first > k > s.first:
            # "Lawrow sieht das Land als „Spielball“": with a subject before the verb, the phrase after it is
            # the object characterised, never the one who speaks
            subject = phrase_before(doc, k - 1)
            if subject is not None and subject.last == k and subject.kind in SPEAKING_KINDS:
                att = replace(att, speaker=subject)
        if att.speaker is None:
            return None
        tokens = sorted({*cue.tokens, prep})
        return Draft("direct", [q.inner], sentence, cue=tokens, cue_lemma=lemma, speaker=att.speaker,
                     addressee=att.addressee, via=att.via, medium=entry.medium,
                     frame=(min(tokens + [att.speaker.first]), max(tokens + [att.speaker.last - 1]) + 1),
                     confidence=0.75, partial=True)
    return None


def _other_verb_joined(doc: Doc, cue: CueMatch, q: Quotation) -> bool:
    """ "wird mit Stufe 1 bewertet und gilt damit nicht als „Störfall“": a verb joined by "und" or "oder"
    between the speech verb and the quotation heads a clause of its own, which holds the quoted words. Only
    where the speech verb has no speaker: with one, the joined verb shares that subject and the quoted words
    stay the speaker's ("sagte Köhler, … und bemühte das Bild vom „gemeinsamen Boot“")."""
    start = doc.token_at(q.open)
    for k in range(cue.last + 1, start - 1):
        if doc.tokens[k].lower in ("und", "oder") and _finite_verb_like(doc, k + 1):
            return True
    return False


def _bracketed_apart(doc: Doc, v: int, q: Quotation) -> bool:
    """ "(Wikinews berichtete): Der Entwurf sollte jede „Propaganda“ tilgen": a verb in brackets speaks only
    within them; it governs no quotation outside."""
    s = doc.sentence_of(v)
    opening = next((k for k in range(v - 1, max(s.first, v - 8) - 1, -1) if doc.tokens[k].text in ("(", ")")), None)
    if opening is None or doc.tokens[opening].text != "(":
        return False
    close = next((k for k in range(v + 1, min(s.last, v + 8)) if doc.tokens[k].text in ("(", ")")), None)
    if close is None or doc.tokens[close].text != ")":
        return False
    return not doc.tokens[opening].start < q.open < doc.tokens[close].start


SPEAKING_KINDS = ("person", "organisation", "group", "outlet", "pronoun")


def _colon_introduced(doc: Doc, q: Quotation, words: int) -> Draft | None:
    """ "Die Bewohner sehen alles gelassen: „Das sind Leute wie du und ich.“", "Hier sparte der
    Präsident nicht mit Kritik: „…“": a whole quoted sentence after a colon belongs to the subject of
    the clause that introduces it, also without a speech verb. Only a person, group or organisation
    speaks ("Im Mai findet ein Festival statt: „…“" names an event)."""
    colon = _sentence_after_colon(doc, q, words)
    if colon is None:
        return None
    first = doc.body_start(doc.sentence_of(colon))
    from zitat.attribution.continuation import reports_before_colon
    if reports_before_colon(doc, first, colon):
        # "Die Pflichten seien klar festgelegt: „…“": the clause goes on with someone's report, the
        # quotation is that speaker's, not its subject's
        return Draft("direct", [q.inner], doc.tokens[doc.token_at(q.inner[0])].sentence, confidence=0.6,
                     inherited=True)
    if _passive_clause(doc, first, colon):
        return None      # "Sie werden dort direkt angefahren: „Ruhe!“": the subject is spoken to
    speaker = _clause_subject(doc, first, colon)
    if speaker is None and _announces_what_follows(doc, first, colon):
        speaker = _clause_subject(doc, first, colon, any_kind=True)
    if speaker is None:
        return None
    return Draft("direct", [q.inner], doc.tokens[doc.token_at(q.inner[0])].sentence, speaker=speaker,
                 frame=(first, colon), confidence=0.7)


def _announces_what_follows(doc: Doc, first: int, colon: int) -> bool:
    """ "Das Gesetz enthält folgende Regel: „…“", "Der Brief lautet wie folgt: „…“": the clause points ahead to
    the quotation as its own wording, so its subject is the source whatever it is (a law, a letter, a poster)."""
    return any(doc.tokens[k].lower.startswith("folgend") or (
        doc.tokens[k].lower == "folgt" and doc.tokens[k - 1].lower == "wie") for k in range(first + 1, colon))


def _sentence_after_colon(doc: Doc, q: Quotation, words: int) -> int | None:
    """The colon before a whole quoted sentence that someone of the clause before it may have said:
    not a name ("unter dem Motto: „…“"), not words received or found ("Er erhielt einen Brief: „…“")."""
    colon = doc.token_at(q.open) - 1
    if colon <= 0 or doc.tokens[colon].text != ":" or not doc.text[q.inner[0]:q.inner[0] + 1].isupper():
        return None
    after = doc.token_at(q.outer[1])
    ends_sentence = doc.text[q.inner[0]:q.inner[1]].rstrip()[-1:] in (".", "!", "?", "…") or (
        after < len(doc.tokens) and doc.tokens[after].text in (".", "!", "?"))    # „Der IWF ist funktionstüchtig“.
    if words < MIN_FREE_WORDS or (words < 6 and not ends_sentence):
        return None
    if after < len(doc.tokens) and doc.tokens[after].is_word and (
            doc.tokens[after].sentence == doc.tokens[colon].sentence):
        return None      # "…: „…“ wird der Trainer zitiert": the quotation goes on in its sentence
    if doc.tokens[colon - 1].lower.startswith(NAME_INTRODUCERS):
        return None      # "unter dem Motto: „…“"
    first = doc.body_start(doc.sentence_of(colon))
    if any(doc.tokens[k].is_word and doc.lemma(k).lower() in RECEIVING for k in range(first, colon)):
        return None      # "Er erhielt einen Brief: „…“": someone else wrote the words
    return colon


def _continued_after_colon(doc: Doc, q: Quotation, words: int) -> bool:
    """ "Seine Zuversicht gründet sich auf frühere Erfahrungen: „…“": a whole quoted sentence after a
    colon whose clause names no speaker goes on with the speaker before, as a free-standing quote does.
    A clause with a copula names ("Das Buch ist ihr Erstwerk: „…“"), it introduces no words."""
    colon = _sentence_after_colon(doc, q, words)
    if colon is None:
        return False
    first = doc.body_start(doc.sentence_of(colon))
    if any(doc.tokens[k].lower in COPULAS for k in range(first, colon)):
        return False
    # the clause speaks of someone ("Seine Zuversicht …", "Das Fazit von Sandra Boser …") or points back
    # to a text ("Darin steht unter anderem: „…“"), not of a thing or event ("Am Abend begann das
    # Konzert: „…“" may give its motto)
    return any(doc.tokens[k].lower in POSSESSIVES | BACK_TO_A_TEXT or (
        (m := phrase_after(doc, k, colon)) is not None and m.kind == "person") for k in range(first, colon))


POSSESSIVES = {"sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer",
               "ihres"}
BACK_TO_A_TEXT = {"darin", "hierin", "darauf"}


RECEIVING = {"erhalten", "bekommen", "empfangen", "finden", "entdecken", "lesen"}


def _passive_clause(doc: Doc, first: int, end: int) -> bool:
    """A form of "werden" and a participle closing the clause ("werden … angefahren")."""
    last = doc.tokens[end - 1].lower
    participle = doc.tokens[end - 1].text.islower() and "ge" in last[:-2] and last.endswith(("t", "en"))
    return participle and any(doc.tokens[k].lower in WERDEN_PASSIVE for k in range(first, end - 1))
OBLIQUE = {"dem", "den", "einem", "einen", "des", "eines", "ihm", "ihn", "ihnen", "ihr"}


def _clause_subject(doc: Doc, first: int, end: int, any_kind: bool = False):
    """The speaking subject of the clause [first, end): the phrase opening it ("Die Firma empfindet …")
    or, after a fronted phrase, the one after the finite verb ("In seiner Mitteilung resümiert X").
    With `any_kind`, also a thing that holds words (a law, a letter)."""
    from zitat.attribution.speakers import _subject_after
    m = phrase_after(doc, first, end)
    if m is not None and (m.kind != "unknown" or any_kind and m.first == first and doc.tokens[first].is_capitalized):
        if doc.tokens[m.first].lower in OBLIQUE or not (any_kind or m.kind in SPEAKING_KINDS) or _copula_after(
                doc, m.last, end) or m.kind == "pronoun" and any_kind:
            return None
        return m
    verb = next((k for k in range(first + 1, end) if _finite_verb_like(doc, k)), None)
    if verb is None:
        return None
    m = _subject_after(doc, verb, end)
    return m if m is not None and (m.kind in SPEAKING_KINDS or any_kind and m.kind != "pronoun") else None


COPULAS = {"ist", "sind", "war", "waren"}


def _copula_after(doc: Doc, k: int, end: int) -> bool:
    """The subject's verb, past a relative clause or apposition between commas, is a copula with a
    predicate: "Das Buch, das sie vorstellte, ist ihr Erstwerk: „Titel“" names, it reports nothing;
    "Er ist sich sicher: „…“" reports."""
    if k < end and doc.tokens[k].text == ",":
        k = next((j + 1 for j in range(k + 1, end) if doc.tokens[j].text == ","), end)
    return k + 1 < end and doc.tokens[k].lower in COPULAS and doc.tokens[k + 1].lower != "sich"


def _finite_verb_like(doc: Doc, k: int) -> bool:
    """A lower-case word that is no function word, article or attributive adjective and that the
    dictionary reads as a verb form ("sparte" <- sparen, "resümiert")."""
    from zitat.language.morphology import lemma
    t = doc.tokens[k]
    if not t.is_word or not t.text.islower() or t.lower in doc.lexicon.function_words or (
            t.lower in doc.lexicon.determiners):
        return False
    nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    if t.lower.endswith(("e", "en", "er", "es", "em")) and nxt is not None and nxt.is_capitalized:
        return False     # "in einem internen Schreiben"
    base = lemma(t.lower)
    return (base != t.lower and base.endswith("n")) or t.lower.endswith("t")


def _connective_colon(doc: Doc, q: Quotation, sentence: int) -> bool:
    """ "Und: „…“", "Und weiter: „…“": only a connective and a colon before the quote, which goes on
    with the words of the previous speaker."""
    colon = doc.token_at(q.open) - 1
    first = doc.sentences[sentence].first
    return doc.tokens[colon].text == ":" and first < colon and all(
        doc.tokens[k].lower in doc.lexicon.function_words for k in range(first, colon))


def _reported_sentence(doc: Doc, sentence: int, q: Quotation) -> bool:
    """A Konjunktiv I verb outside the quotation: the sentence reports someone's speech."""
    s = doc.sentences[sentence]
    return any(doc.mood(k) == "konj1" for k in range(s.first, s.last)
               if doc.tokens[k].is_word and not q.open <= doc.tokens[k].start < q.close)


def _nearest_before(doc: Doc, cues: list[CueMatch], position: int) -> CueMatch:
    """The cue governing a partial quote: the last one before it ("bezeichnete X als „…“ und
    kündigte an, …" -> bezeichnete), else the first after it."""
    before = [c for c in cues if doc.tokens[c.verb].start < position]
    return max(before, key=lambda c: c.verb) if before else min(cues, key=lambda c: c.verb)


def _colon_speaker(doc: Doc, q: Quotation):
    """Kreml: „…“ — a short name before a colon right before the quote."""
    i = doc.token_at(q.open) - 1
    if i <= 0 or doc.tokens[i].text != ":":
        return None
    m = phrase_before(doc, i - 1)
    if m is None or m.kind == "pronoun" or m.first != doc.sentence_of(i).first:
        return None
    return m


REPORTING = ("indirect", "indirect_free_indirect", "free_indirect", "reported")


def _attributive(doc: Doc, k: int) -> bool:
    """ "Der in der Grafik dargestellte Rückgang", "In einigen Schulen": an inflected word before a noun is
    an attribute (a participle, a determiner), not a speech verb whose speaker went unnamed."""
    t = doc.tokens[k]
    nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    return (t.text.islower() and t.lower.endswith(("e", "en", "em", "er", "es")) and nxt is not None
            and nxt.is_word and nxt.text[:1].isupper())


CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—"})


def _other_clause_after(doc: Doc, q: Quotation, cue: CueMatch) -> bool:
    """ "Wie wörtlich „neue Beine“ zu verstehen ist, wurde bekannt", "das Album „…“, das ihm zuzuschreiben
    ist": a verb after the quotation governs it only within one clause; past a comma, bracket or dash it is
    the verb of the next clause (a main clause after a fronted one, a relative clause), not the one whose
    object or predicate the quoted words are."""
    after = doc.token_at(q.outer[1])
    first = min(cue.tokens)
    return first >= after and any(doc.tokens[k].text in CLAUSE_BREAKS for k in range(after, first))


def _in_the_subject(doc: Doc, q: Quotation, cue: CueMatch) -> bool:
    """ "„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an, …", "Ein Vertreter der „Nordlicht AG“
    bezeichnet …": quoted words in the phrase before the finite speech verb of a main clause are part of
    its subject, a name; what the verb says comes after it. Not a fronted object ("Von einem „Skandal“
    spricht der Bericht"), which opens with its preposition."""
    if cue.anchor != cue.verb or min(cue.tokens) < doc.token_at(q.outer[1]):
        return False
    sentence = doc.sentence_of(cue.verb)
    if cue.verb + 1 >= sentence.last or not doc.tokens[cue.verb + 1].is_word:
        return False     # a verb closing its clause ("… als „…“ bezeichnet."): not the finite verb in second place
    first = doc.body_start(sentence)
    if first > doc.token_at(q.open) or doc.tokens[first].lower in MEDIA_PREPOSITIONS | {"von", "vom", "als"}:
        return False
    return not any(doc.tokens[k].text in CLAUSE_BREAKS or (doc.tokens[k].is_word and doc.tokens[k].text.islower()
                                                          and doc.mood(k) is not None)
                   for k in range(first, cue.verb) if not q.open <= doc.tokens[k].start < q.close)


def _by_sentence(doc: Doc, cues: list[CueMatch], frames: list[FrameMatch]):
    """Speech verbs and frames with a source, grouped by the sentence they stand in."""
    cues_by: dict[int, list[CueMatch]] = {}
    for c in cues:
        cues_by.setdefault(doc.tokens[c.verb].sentence, []).append(c)
    frames_by: dict[int, list[FrameMatch]] = {}
    for f in frames:
        if f.source is not None:
            frames_by.setdefault(doc.tokens[f.first].sentence, []).append(f)
    return cues_by, frames_by


def speakerless_partial_quotes(doc: Doc, drafts: list[Draft], quotations: list[Quotation], cues: list[CueMatch],
                               frames: list[FrameMatch]) -> list[Draft]:
    """ "Der Führer, der den Wahlsieg als „Fest“ bezeichnete, …", "Die Lage wird als „extrem“ bezeichnet":
    quoted words governed by a speech verb whose speaker we do not find are still someone's words, a
    direct statement without a speaker. Only for quotations no other statement holds, found last so that
    they never keep a statement with a source from holding them."""
    taken = Claimed()
    for d in drafts:
        for s, e in d.quote:
            taken.add(s, e)
    by_sentence, frames_by_sentence = _by_sentence(doc, cues, frames)
    found = []
    for q in quotations:
        if q.depth > 0 or q.inner[0] >= q.inner[1] or taken.overlaps(q.outer[0], q.outer[1]):
            continue
        d = _unattributed(doc, q, by_sentence, frames_by_sentence, speakerless=True)
        if d is not None:
            found.append(d)
    return found


def quoted_words_inside(doc: Doc, drafts: list[Draft], quotations: list[Quotation]) -> list[Draft]:
    """ "Er sagte, der Pilot trage die „volle Verantwortung“": the quoted words inside reported speech
    are the speaker's own words, a direct statement nested in the indirect one, with its attribution."""
    taken = Claimed()
    for d in drafts:
        if d.type == "direct":
            for s, e in d.quote:
                taken.add(s, e)
    # reporting drafts by the start of each quote span, to find the one holding a quotation by bisection
    spans = sorted((s, e, n) for n, d in enumerate(drafts) if d.type in REPORTING for s, e in d.quote)
    starts = [s for s, _, _ in spans]
    acts = {}
    for d in drafts:
        if d.type == "reported":
            acts.setdefault(d.sentence, d)
    nested = []
    for q in quotations:
        if q.depth > 0 or q.inner[0] >= q.inner[1] or _words(doc, q) == 0:
            continue
        if taken.overlaps(q.inner[0], q.inner[1]):
            continue
        holder = _holding(drafts, spans, starts, q) or acts.get(doc.tokens[doc.token_at(q.inner[0])].sentence)
        if holder is None or _is_title(doc, q):
            continue
        nested.append(Draft("direct", [q.inner], doc.tokens[doc.token_at(q.inner[0])].sentence, cue=holder.cue,
                            cue_lemma=holder.cue_lemma, speaker=holder.speaker, addressee=holder.addressee,
                            via=holder.via, frame=holder.frame, medium=holder.medium,
                            confidence=holder.confidence, inherited=holder.inherited, partial=True,
                            source_name=holder.source_name))
        taken.add(*q.inner)
    return nested


def _holding(drafts: list[Draft], spans: list[tuple[int, int, int]], starts: list[int], q: Quotation) -> Draft | None:
    """The first reporting draft (in draft order) with a quote span around the quotation. Failing that,
    "Die Medien hatten von der Notwendigkeit eines „Volkskrieges“ gesprochen": quoted words in the sentence
    of a reported speech act, past the phrase we keep as its content, are the speaker's too (the caller)."""
    k = bisect.bisect_right(starts, q.open)
    around = [n for s, e, n in spans[max(0, k - Claimed.LOOK_BACK):k] if s <= q.open and q.close <= e]
    return drafts[min(around)] if around else None


def _is_title(doc: Doc, q: Quotation) -> bool:
    """Inside reported speech quoted words that start in lower case are the speaker's ("aus „bildungsfernen
    Elternhäusern“") unless introduced as a name ("die sogenannte „x“"); capitalised ones are mostly names
    of groups, hospitals, books and papers („Black Lion Hospital“, „BBC News“)."""
    i = doc.token_at(q.open) - 1
    if (i >= 0 and (_introduced_as_name(doc, i) or _in_brackets(doc, i) or _after_title_noun(doc, i)
                    or _alias(doc, i))) or _camel_case(doc, q):
        return True
    if i >= 0 and doc.tokens[i].lower in INDEFINITE and _quoted_common_noun(doc, q):
        return False     # "habe ihr einen „Ruck“ verpasst": names rarely take an indefinite article
    return doc.text[q.inner[0]:q.inner[0] + 1].isupper()


def _quoted_common_noun(doc: Doc, q: Quotation) -> bool:
    word = doc.text[q.inner[0]:q.inner[1]].strip()
    return word.isalpha() and word[:1].isupper() and word not in doc.lexicon.outlets and _common_noun(word)


def _introduced_as_name(doc: Doc, i: int) -> bool:
    """ "die Aktion „…“", "der sogenannten „…“", "der so genannten „…“": i is the token before the quotation."""
    prev = doc.tokens[i].lower
    return prev.startswith(NAME_INTRODUCERS) or (prev.startswith("genannt") and i > 0 and doc.tokens[i - 1].lower == "so")

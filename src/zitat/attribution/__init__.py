"""The core: from an article to statements with speakers, as a short list of named stages.

    quotations -> speech verbs -> frames -> direct quotes -> indirect and reported speech
    -> headlines ("Kreml: …") -> continuations in Konjunktiv -> inherited speakers
    -> quoted words inside reported speech ("trage die „volle Verantwortung“")
    -> quoted words of a speech verb whose speaker is not found ("wird als „extrem“ bezeichnet")
    -> entities and coreference -> date and place -> Document

Quoted words inside a statement are a direct statement of their own, nested in it: "verlangte eine
Untersuchung der „brutalen Szenen“" gives the reported act and the direct quote.

Earlier stages win where statements overlap: a direct quote is not also indirect speech.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from zitat.attribution.continuation import continuation_statements, inherit_speakers
from zitat.attribution.cues import find_cues
from zitat.attribution.direct import direct_statements, quoted_words_inside, speakerless_partial_quotes
from zitat.attribution.drafts import Claimed, Draft
from zitat.attribution.entities import resolve
from zitat.attribution.frames import find_frames
from zitat.attribution.indirect import (FRAMES_OF_THEIR_CLAUSE, headline_statement, konjunktiv_clause_after_act,
                                       statement_at_cue, statement_at_frame, statement_before_cue)
from zitat.attribution.quotes import find_quotations
from zitat.attribution.said_at import parse_published, said_at
from zitat.language.doc import Doc
from zitat.learn import revise_drafts
from zitat.lexicon import german
from zitat.model import Article, Cue, Document, Span, Speaker, Statement


def attribute(article: Article, use_model: bool = True) -> Document:
    doc = Doc.analyse(article.text, german())
    drafts = find_drafts(doc)
    if use_model:
        drafts = revise_drafts(doc, drafts)
    entities, speaker_ids = resolve(doc, drafts)
    published = parse_published(article.published)
    statements = [to_statement(doc, d, n, speaker_ids.get(id(d), []), published)
                  for n, d in enumerate(sorted(drafts, key=lambda d: d.start), 1)]
    return Document(article, statements, entities)


def find_drafts(doc: Doc) -> list[Draft]:
    quotations = find_quotations(doc.text)
    cues = find_cues(doc)
    frames = find_frames(doc)
    kept: list[Draft] = []
    by_sentence: dict[int, list[Draft]] = {}      # kept drafts by sentence, for the overlap check below
    quoted, framed = Claimed(), Claimed()

    def keep(d: Draft | None) -> None:
        if d is None or not d.quote or _asked(doc, d) or _names_its_speaker(doc, d):
            return
        if any(quoted.overlaps(s, e) for s, e in d.quote):
            nearby = [k for n in (d.sentence - 1, d.sentence, d.sentence + 1) for k in by_sentence.get(n, ())]
            _on_through_its_quotation(doc, d, nearby)
            if not _holds_its_partial_quotes(doc, d, nearby):
                return
        kept.append(d)
        by_sentence.setdefault(d.sentence, []).append(d)
        for s, e in d.quote:
            quoted.add(s, e)
            framed.add(s, e)
        if d.frame is not None and not d.partial:   # a partial quote leaves its frame to the whole sentence
            framed.add(*doc.chars(*d.frame))

    for d in direct_statements(doc, quotations, cues, frames):
        keep(d)
    used_cues = {k for d in kept if not d.partial for k in d.cue}   # a partial quote leaves its verb free
    # "Sie sagte, dass die Lage ernst sei: „…“": the verb's own clause before the colon is its statement too
    colon_after = {k: colon for d in kept if (colon := _content_before_colon(doc, d)) is not None for k in d.cue}
    used_cues -= set(colon_after)
    # "Es brauche niemand daran zweifeln, dass …, sagte er": the closing frame governs the sentence;
    # "Die FDP schließt X aus. Dies bestätigte Y": the verb pointing back takes the sentence before
    trailing_first = sorted(cues, key=lambda c: (not (_is_trailing_frame(doc, c) or _points_back(doc, c)), c.verb))
    for cue in trailing_first:
        if cue.verb in colon_after:
            keep(_up_to(statement_at_cue(doc, cue), doc.tokens[colon_after[cue.verb]].start))
        elif cue.verb not in used_cues:
            d = statement_at_cue(doc, cue)
            keep(d)
            if d is not None and d.type == "indirect" and d.start > doc.tokens[cue.verb].end and (
                    _is_trailing_frame(doc, cue)):
                keep(statement_before_cue(doc, cue))   # "Sie sei „geschockt“, sagte sie, ihre Gedanken …"
    # (a direct statement too: "„…“, sagte der Minister laut Spiegel Online" — the magazine reports the quote)
    at_cues = [d for d in kept if d.type in ("indirect", "direct") and d.cue and not d.partial]
    at_frames: list[Draft] = []
    for frame in frames:
        t = doc.tokens[frame.cue[0] if frame.cue else frame.first]
        before = len(kept)
        if not framed.overlaps(t.start, t.end):
            keep(statement_at_frame(doc, frame))
            at_frames += kept[before:]
        if len(kept) == before:     # the frame nested in a speech verb's statement or holding it
            nested = _frame_in_a_framed_clause(doc, frame, at_frames) or _nested_frame_statement(
                doc, frame, at_cues, kept)
            if nested is not None and not _asked(doc, nested):
                kept.append(nested)
                by_sentence.setdefault(nested.sentence, []).append(nested)
                for s, e in nested.quote:
                    quoted.add(s, e)
    for d in [k for k in kept if k.type == "reported" and not k.partial]:
        keep(konjunktiv_clause_after_act(doc, d))
    for s in doc.sentences:
        keep(headline_statement(doc, s))
    for d in continuation_statements(doc, kept, quotations):
        keep(d)
    inherit_speakers(doc, kept)
    _end_before_attributed_clauses(doc, kept)
    kept += quoted_words_inside(doc, kept, quotations)
    kept += speakerless_partial_quotes(doc, kept, quotations, cues, frames)
    directs = sorted((k for k in kept if k.type == "direct"), key=lambda k: k.start)
    starts = [k.start for k in directs]
    return [d for d in kept if not _only_its_quotations(doc, d, directs, starts)]


# a clause of the content itself, whatever source it names: "gebeten, …, weil die Mission nach Angaben der UN …"
CONTENT_CONJUNCTIONS = frozenset({"weil", "da", "obwohl", "wenn", "als", "nachdem", "damit", "dass", "ob", "um", "bevor",
                                  "falls", "sodass", "indem", "während", "zumal", "seit", "bis", "ohne", "statt"})


def _end_before_attributed_clauses(doc: Doc, kept: list[Draft]) -> None:
    """ "Er berichtete, dass er den Sprecher angerufen habe, worauf dieser nach Aussagen Gordons nichts sagen
    wollte": a trailing clause that names its own source (a nested frame statement) is that statement's;
    the content around it ends at the comma before it."""
    framed = sorted((d for d in kept if d.type not in ("direct", "reported") and d.frame is not None and d.quote),
                    key=lambda d: d.start)
    starts = [d.start for d in framed]
    for host in kept:
        if host.type in ("direct", "reported") or host.partial:
            continue
        a, b = host.quote[-1]
        # only statements starting inside the host's last span can be such a clause (bisect: no n² on long texts)
        for d in framed[bisect_right(starts, a):bisect_left(starts, b)]:
            if d is host:
                continue
            a, b = host.quote[-1]
            frame_start = doc.tokens[d.frame[0]].start
            if not (a <= frame_start and doc.tokens[d.frame[1] - 1].end <= b and a < d.start and d.end <= b):
                continue
            first, last = doc.token_at(a), doc.token_at(b - 1) + 1
            comma = next((k for k in range(min(doc.token_at(d.start), d.frame[0]) - 1, first + 2, -1)
                          if doc.tokens[k].text == ","), None)
            if comma is None or doc.token_at(d.start) - comma > 3 or doc.tokens[comma + 1].lower in (
                    CONTENT_CONJUNCTIONS) or any(
                    doc.tokens[k].text in ("„", "“", "(", ")") for k in range(comma, last)):
                continue
            end = doc.tokens[comma - 1].end
            host.quote = host.quote[:-1] + [(a, end)]


def _only_its_quotations(doc: Doc, d: Draft, directs: list[Draft], starts: list[int]) -> bool:
    """ "Seiner Ansicht nach „sind wir Zeugen eines schwarzen Tages“": a statement whose content is nothing
    but quotations kept as direct statements (with the same attribution) says nothing of its own; the
    direct statement is the one statement there. directs: the direct drafts sorted by start (starts)."""
    if d.type == "direct":
        return False
    inside = directs[bisect_left(starts, d.start):bisect_right(starts, d.end)]
    inner = [(s, e) for k in inside if k.end <= d.end for s, e in k.quote]
    return bool(inner) and not any(doc.text[i].isalnum() and not any(s <= i < e for s, e in inner)
                                   for s, e in d.quote for i in range(s, e))


def _content_before_colon(doc: Doc, d: Draft) -> int | None:
    """ "Sie sagte, dass die Lage ernst sei: „Wir müssen handeln.“": the speech verb holds its own
    content clause before the colon, and the quotation after it; the verb stays free for that clause.
    Gives the colon's token."""
    if d.type != "direct" or not d.cue:
        return None
    colon = doc.token_at(d.quote[0][0]) - 2
    if colon <= max(d.cue) or doc.tokens[colon].text != ":":
        return None
    commas = [k for k in range(max(d.cue) + 1, colon) if doc.tokens[k].text == ","]
    if not commas or any(doc.tokens[k].text in QUOTE_MARKS for k in range(commas[0], colon)):
        return None
    clause = range(commas[-1] + 1, colon)
    # a clause of its own, not an apposition ("sagte Jon Weber, Gründer der Band: „…“")
    if doc.tokens[commas[-1] + 1].lower in ("dass", "daß", "ob") or any(
            doc.tokens[k].is_word and doc.mood(k) for k in clause):
        return colon
    return None


QUOTE_MARKS = {"„", "“", "”", '"', "»", "«", "‚", "‘"}


def _up_to(d: Draft | None, end: int) -> Draft | None:
    """The draft's quotation cut before the character 'end' (None when nothing is left)."""
    if d is None:
        return None
    spans = [(s, min(e, end)) for s, e in d.quote if s < end]
    if not spans:
        return None
    d.quote = spans
    return d


def _frame_in_a_framed_clause(doc: Doc, frame, at_frames: list[Draft]) -> Draft | None:
    """ "Nach Angaben der Behörde wurde ein Mann festgenommen, der laut Polizei bewaffnet war": a second
    source named in a clause of its own inside what the first source says (a relative, subordinate or
    coordinated clause) speaks for that clause alone; the first statement ends before it."""
    t = doc.tokens[frame.cue[0] if frame.cue else frame.first]
    if frame.source is None or frame.content_after or t.lower not in FRAMES_OF_THEIR_CLAUSE:
        return None
    host = next((h for h in at_frames if h.sentence == t.sentence and h.covers(t.start)), None)
    if host is None or host.frame is None or host.frame[1] > frame.first:
        return None
    d = statement_at_frame(doc, frame)
    if d is None or not (host.start < d.start and d.end <= host.end):
        return None
    cut = min(d.start, doc.tokens[frame.first].start)
    k = doc.token_at(cut) - 1
    if k >= 0 and doc.tokens[k].text in (",", "(", "–"):
        cut = doc.tokens[k].start      # the comma opening the clause goes with it
    rest = [(a, min(b, cut)) for a, b in host.quote if a < cut] + [(a, b) for a, b in host.quote if a >= d.end]
    rest = [(a, b) for a, b in rest if doc.text[a:b].strip(" ,;–")]
    if not rest:
        return None
    host.quote = [(a, len(doc.text[:b].rstrip(" ,;–"))) for a, b in rest]
    return d


def _nested_frame_statement(doc: Doc, frame, at_cues: list[Draft], kept: list[Draft]) -> Draft | None:
    """A frame and a speech verb nested in one sentence are two statements, each with its own source:
    "Der Sprecher sagte, nach neuen Erkenntnissen habe ein Unbekannter …" (the speaker's statement holds
    what the findings say) and "Laut dem Magazin hat der Verband angekündigt, keine Hilfe zu leisten"
    (the magazine's statement holds the announcement)."""
    t = doc.tokens[frame.cue[0] if frame.cue else frame.first]
    words = {doc.tokens[k].lower for k in range(frame.first, frame.last)}
    if frame.content_after or t.lower in ("wonach", "gemäß") or words & OWN_ACCOUNT:
        return None     # "Er sagte, seiner Meinung nach sei …", "nach eigenen Angaben": the speaker's own view
    for host in at_cues:
        if doc.tokens[min(host.cue)].sentence != t.sentence:
            continue
        if host.covers(t.start):
            if host.type == "direct":
                continue     # the quoted words' own "so", "laut": inside what the speaker says
            if t.lower == "demnach":
                return None      # "Er warf ihnen vor, sie hätten demnach …": 'therefore' inside the content
            # the frame inside the speech verb's content: its statement stays inside that content
            first, last = doc.chars(frame.first, frame.last)
            span = next(((a, b) for a, b in host.quote if a <= first and last <= b), None)
            if span is None:
                return None
            sentence = doc.sentences[t.sentence]
            toks = [k for k in range(sentence.first, sentence.last)
                    if span[0] <= doc.tokens[k].start and doc.tokens[k].end <= span[1]]
            d = statement_at_frame(doc, frame, within=(toks[0], toks[-1] + 1))
            if d is None or not all(any(a <= s and e <= b for a, b in host.quote) for s, e in d.quote) or (
                    d.quote == host.quote):
                return None
        else:
            # the frame in the clause of the speech verb: its statement holds the verb and its content;
            # not where the frame is the verb's channel ("sagte der Agentur Reuters zufolge, …": via)
            if host.via is not None and host.via.first < frame.last and frame.first < host.via.last:
                continue
            d = statement_at_frame(doc, frame)
            if host.type == "direct" and not any(doc.tokens[k].lower in FRAMES_OF_THEIR_CLAUSE for k in frame.cue):
                continue    # "gratulierten, so der Präsident, der Kanzler …": only "laut X", "X zufolge", "nach Angaben X"
            if d is not None and host.type == "direct" and (host.speaker is None or d.speaker is None or (
                    host.speaker.first < d.speaker.last and d.speaker.first < host.speaker.last)):
                continue    # the source no other than the one quoted: no report of a report
            if d is not None and host.type == "direct" and d.start < host.start < d.end < host.end:
                # "sagte die Kanzlerin einigen Teilnehmern zufolge: „… . …“": the source reports the whole quotation
                d.quote = [(a, b) for a, b in d.quote if b <= host.start] + [
                    (min(a for a, b in d.quote if b > host.start), host.end)]
            if d is None or not all(d.covers(s) and d.covers(e - 1) for s, e in host.quote) or not all(
                    d.covers(doc.tokens[k].start) for k in host.cue):
                continue
        for k in kept:
            if k is host:
                continue
            clash = any(s1 < e2 and s2 < e1 for s1, e1 in k.quote for s2, e2 in d.quote)
            if clash and not all(d.covers(s) and d.covers(e - 1) for s, e in k.quote):
                return None
        return d
    return None


OWN_ACCOUNT = {"seiner", "ihrer", "meiner", "unserer", "seinen", "ihren", "meinen", "unseren", "deren", "dessen",
               "eigenen", "eigener", "eigenem"}
ASKING = {"fragen", "erkundigen", "nachfragen", "nachhaken", "wissen wollen"}


def _asked(doc: Doc, d: Draft) -> bool:
    """ "Findest du, dass …?", "Welche Vorschläge sind Ihrer Meinung nach …?": an interviewer's question
    reports no one's statement, unless someone is said to ask it."""
    if d.type == "direct" or d.cue_lemma in ASKING:
        return False
    mark = _sentence_mark(doc, d.sentence)
    if mark.text != "?" or mark.start < d.end:
        return False
    # "Er sagte, X und fügte hinzu: „Wer kann das glauben?“": the question stands inside a quotation opened
    # after the statement, someone else asks it (a closed „Abgrund“ inside the question does not count)
    between = doc.text[d.end:mark.start]
    return between.count("„") + between.count("»") <= between.count("“") + between.count("«")


def _sentence_mark(doc: Doc, i: int):
    """The last token of sentence i; when a line break inside a paragraph cut the sentence off after a word
    ("Inwieweit wiegt Ihrer Meinung nach der Nutzen der \nZweckbindung … auf?"), the mark that ends it in the
    lines after."""
    mark = doc.tokens[doc.sentences[i].last - 1]
    while mark.is_word and i + 1 < len(doc.sentences):
        nxt = doc.sentences[i + 1]
        if "\n\n" in doc.text[mark.end:doc.tokens[nxt.first].start]:
            break
        i += 1
        mark = doc.tokens[nxt.last - 1]
    return mark


def _names_its_speaker(doc: Doc, d: Draft) -> bool:
    """ "„Ärzte für Kinder“ teilte mit, dass …": a quotation inside the speaker's own mention is a name,
    not what was said."""
    if d.type != "direct" or d.speaker is None:
        return False
    first, last = doc.chars(d.speaker.first, d.speaker.last)
    return all(first <= s and e <= last for s, e in d.quote)


def _holds_its_partial_quotes(doc: Doc, d: Draft, kept: list[Draft]) -> bool:
    """ "Der Staatsanwalt sagte, der Sohn habe sich „bewusst und gewollt stranguliert“": the indirect
    statement contains the partial direct quote of the same speech verb; both are statements. So does a
    Konjunktiv continuation with a partial quote ("Sie seien „bestens geeignet“"), and a speech act whose
    object holds the quoted words ("Er forderte einen „offensiven Umgang mit der Lage“")."""
    continuation = d.type in ("indirect_free_indirect", "free_indirect")
    if not (d.type in ("indirect", "reported") and d.cue) and not continuation:
        return False
    clashing = [k for k in kept if abs(k.sentence - d.sentence) <= 1 and any(
        s1 < e2 and s2 < e1 for s1, e1 in k.quote for s2, e2 in d.quote)]
    if d.type == "reported" and not _says_more(doc, d, clashing):
        return False
    return bool(clashing) and all(
        k.type == "direct" and (k.cue == d.cue or (continuation and k.partial))
        and d.start <= k.start and k.end <= d.end for k in clashing)


def _on_through_its_quotation(doc: Doc, d: Draft, nearby: list[Draft]) -> None:
    """ "Er sagte, die Partei müsse „mehr tun. Je eher wir handeln, desto besser“": the quotation that the
    reported clause opens runs on past the end of its sentence; the indirect statement runs on with it."""
    if d.type != "indirect" or not d.cue:
        return
    for k in nearby:
        if k.type == "direct" and k.cue == d.cue and d.start < k.start < d.end < k.end:
            end = k.end + 1 if doc.text[k.end:k.end + 1] in QUOTE_MARKS else k.end   # with the closing mark
            d.quote = d.quote[:-1] + [(d.quote[-1][0], end)]
            return


def _says_more(doc: Doc, d: Draft, quoted: list[Draft]) -> bool:
    """ "verlangte eine Untersuchung der „brutalen Szenen“", "berichtete von „Verlusten“ bei der Eroberung":
    the speech act's object says more than its quoted words, a noun or pronoun of its own ("nannte ihn einen
    „Patrioten“"). Not "sprach von einem „Feldzug“", "warnte vor „gesetzmäßigen Zielen“": the quoted words
    are all that was said, and the direct quote alone reports it."""
    inside = lambda t: any(s <= t.start and t.end <= e for k in quoted for s, e in k.quote)
    return any(t.is_word and (t.is_capitalized or t.lower in OBJECT_PRONOUNS) and not inside(t)
               for t in doc.tokens[doc.token_at(d.start):doc.token_at(d.end)] if d.covers(t.start))


OBJECT_PRONOUNS = {"ihn", "ihm", "ihnen", "sie", "es", "dies"}


def _points_back(doc: Doc, cue) -> bool:
    s = doc.sentences[doc.tokens[cue.verb].sentence]
    return cue.anchor == s.first + 1 and doc.tokens[s.first].lower in ("dies", "das", "dieses")


SUBJECT_PRONOUNS = frozenset({"er", "sie", "es", "man", "wir", "ihr", "ich", "du", "dieser", "diese", "jener"})


def _is_trailing_frame(doc: Doc, cue) -> bool:
    """ "…, sagte er"; not the main clause after a fronted "Wie X mitteilte," (that clause is the frame)."""
    if not (cue.anchor > 0 and doc.tokens[cue.anchor - 1].text == ","):
        return False
    if cue.anchor < cue.verb and doc.mood(cue.anchor) == "konj1" and not any(
            doc.tokens[k].is_capitalized or doc.tokens[k].lower in SUBJECT_PRONOUNS for k in range(cue.anchor + 1, cue.verb)):
        return False     # "Die Liste existiere, werde aber nicht veröffentlicht, …": the content goes on, no subject
    s = doc.sentences[doc.tokens[cue.verb].sentence]
    return not (doc.tokens[s.first].lower == "wie" and not any(
        doc.tokens[k].text == "," for k in range(s.first, cue.anchor - 1)))


def _joined(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Merge spans separated only by spaces: "Nach Angaben" is one piece, "teilte … mit" two."""
    merged = [spans[0]]
    for s, e in spans[1:]:
        if not text[merged[-1][1]:s].strip():
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def to_statement(doc: Doc, d: Draft, n: int, entity_ids: list[str], published) -> Statement:
    text = doc.text
    span = lambda first, last: Span.of(text, [doc.chars(first, last)])
    mention_span = lambda m: None if m is None else span(m.first, m.last)
    cue = None
    if d.cue:
        cue = Cue.of(text, _joined([doc.chars(k, k + 1) for k in sorted(d.cue)], text))
        cue = Cue(cue.text, cue.spans, d.cue_lemma)
    speaker = None
    if d.speaker is not None:
        m = span(d.speaker.first, d.speaker.last)
        speaker = Speaker(m.text, m.spans, entity_ids)
    return Statement(
        id=f"s{n}", type=d.type, quote=Span.of(text, d.quote), medium=d.medium, cue=cue,
        frame=span(*d.frame) if d.frame else None, speaker=speaker,
        addressee=mention_span(d.addressee), via=mention_span(d.via), said_at=said_at(doc, d, published),
        confidence=d.confidence)

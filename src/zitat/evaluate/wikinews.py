"""Adapter for the German WikiNews quotation attribution data set (Petersen-Frey & Biemann 2024).

The data set (one JSON object per line: `documentName`, `originalText`, `tokens`, `annotations`, ...)
annotates every role as document-global token ids. Our extractor gives character spans, so this module
maps them onto the data set's tokens and its conventions; the product itself is never changed for it:

* Token membership: a token belongs to a span when the span covers at least half of the token's
  characters. A plain "any overlap" rule would drag in a neighbouring token whenever a boundary is off by
  one character (a span ending on the first letter of the next word, or starting on the last letter of
  the previous one); the half rule tolerates such boundaries on either side, while a span that cuts a
  token in the middle (a compound split differently) still gets the token it mostly covers.
* Direct quotes: the data set's quote includes the quotation marks, ours is the text inside them, so
  each quote span is extended by the adjacent token before it if that is an opening quotation mark and
  by the adjacent token after it if that is a closing one (each discontinuous part separately).
* Types direct/indirect/indirect_free_indirect/free_indirect/reported become Direct/Indirect/
  IndirectFreeIndirect/FreeIndirect/Reported; media speech/writing/thought become Speech/Writing/Thought.
* cue, frame, speaker (the mention at the statement, as the data set annotates it, not the antecedent)
  and addressee map one to one from the statement's spans, with two conventions of the data set:
  - Reported statements: the data set's quote is the whole sentence (speaker and verb included) and
    has no cue or frame; ours is the object of the speech act ("lehnt Truppen ab" -> "Truppen"), so the
    quote becomes the data set's sentence(s) around it, without cue and frame.
  - "nach Angaben der Polizei": the data set's cue is "nach" alone and its speaker "Angaben der
    Polizei"; ours are "nach Angaben" and "der Polizei".
  - Addressees: "sagte er dem Fernsehsender CNN" is our `via` (the outlet) and the data set's
    addressee (spoken to), so a via in the dative or after "gegenüber" also counts as addressee.
  - Frames: the data set's frame is the whole reporting clause: from the sentence start up to the
    quote when it comes first ("Am Montag sagte der Minister ,"), from the quote to the sentence end
    when it follows (", sagte er am Abend"); ours is just cue, speaker and their attachments.

`run(path)` extracts every article of a split, scores it with `zitat.evaluate.metric.score` and returns
the Report (`report.to_table()` prints it); `--predictions` output is in the data set's own format.
"""
from __future__ import annotations

import inspect
import json
import re
from bisect import bisect_right
from dataclasses import replace
from functools import cache
from pathlib import Path

from zitat.evaluate.metric import ROLES, Annotation, Report, score
from zitat.model import Article, Document, Statement

TYPES = {"direct": "Direct", "indirect": "Indirect", "indirect_free_indirect": "IndirectFreeIndirect",
         "free_indirect": "FreeIndirect", "reported": "Reported"}
MEDIA = {"speech": "Speech", "writing": "Writing", "thought": "Thought"}

# Tokens that can open / close a quotation (German „…“ and »…«, Swiss «…», English “…”, ASCII, and
# the '' / `` left over from wiki markup in the data).
OPENING_MARKS = frozenset({"„", "“", "»", "«", "‚", "‘", "‹", "›", '"', "'", "''", "``"})
CLOSING_MARKS = frozenset({"“", "”", "«", "»", "‘", "’", "‹", "›", '"', "'", "''"})


def load(path: str | Path) -> list[dict]:
    """The documents of a JSON-lines split."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _annotation(a: dict) -> Annotation:
    ids = lambda role: frozenset((a.get(role) or {}).get("tokenIds") or ())
    return Annotation(quote=ids("quote"), cue=ids("cue"), frame=ids("frame"), speaker=ids("speaker"),
                      addressee=ids("addressee"), type=a.get("type") or "", medium=a.get("medium") or "")


def gold_annotations(doc: dict) -> list[Annotation]:
    """The document's gold annotations as token-id sets."""
    return [_annotation(a) for a in doc.get("annotations", [])]


class _Tokens:
    """Character offsets -> token ids for one document (tokens are sorted and do not overlap)."""

    def __init__(self, tokens: list[dict]):
        self.tokens = sorted(tokens, key=lambda t: t["charBegin"])
        self.ends = [t["charEnd"] for t in self.tokens]
        self.index = {t["id"]: i for i, t in enumerate(self.tokens)}

    def positions(self, start: int, end: int) -> list[int]:
        """Positions (in self.tokens) of the tokens covered at least half by [start, end)."""
        out = []
        i = bisect_right(self.ends, start)  # first token ending after start
        while i < len(self.tokens) and self.tokens[i]["charBegin"] < end:
            t = self.tokens[i]
            covered = min(end, t["charEnd"]) - max(start, t["charBegin"])
            if 2 * covered >= t["charEnd"] - t["charBegin"] and covered > 0:
                out.append(i)
            i += 1
        return out

    def text(self, token_id: int) -> str:
        return self.tokens[self.index[token_id]]["text"]

    def ids(self, spans, with_marks: bool = False) -> frozenset[int]:
        out = set()
        for start, end in spans or ():
            pos = self.positions(start, end)
            if not pos:
                continue
            if with_marks:
                first, last = pos[0] - 1, pos[-1] + 1
                if first >= 0 and self.tokens[first]["text"] in OPENING_MARKS:
                    pos.append(first)
                if last < len(self.tokens) and self.tokens[last]["text"] in CLOSING_MARKS:
                    pos.append(last)
            out.update(self.tokens[p]["id"] for p in pos)
        return frozenset(out)


def _spans(x) -> list[tuple[int, int]]:
    return [] if x is None else list(x.spans)


def _statement_annotation(st: Statement, tokens: _Tokens, sentences: dict[int, frozenset[int]]) -> Annotation:
    quote = tokens.ids(st.quote.spans, with_marks=st.type == "direct")
    cue, frame = tokens.ids(_spans(st.cue)), tokens.ids(_spans(st.frame))
    speaker = tokens.ids(_spans(st.speaker))
    addressee_ids = tokens.ids(_spans(st.addressee)) | tokens.ids(_spans(st.via))
    lemma = st.cue.lemma.split()[-1] if st.cue is not None and st.cue.lemma else None
    if st.type == "reported":
        # "Der CSU-Vorsitzende, Edmund Stoiber, warf der SPD … vor": the mention with its appositions
        speaker = _with_appositions(speaker, cue, quote, tokens, sentences)
        speaker = _with_origin(speaker, cue | addressee_ids, tokens, lemma)
        quote = _without_label(_whole_sentences(quote, sentences), tokens)
        cue = frame = frozenset()
    elif st.type == "indirect" and cue and (_reporting_clause_in_konjunktiv(cue, frame, quote, tokens)
                                            or _konjunktiv_reporting_clause(cue, quote, tokens, sentences)):
        # "Er gehe davon aus, dass …": the reporting clause is itself reported speech; the data set makes the
        # whole sentence a continuation (IndirectFreeIndirect) without cue or frame
        quote = _whole_sentences(quote | cue, sentences)
        cue = frame = frozenset()
        return Annotation(quote=quote, speaker=speaker, type="IndirectFreeIndirect",
                          medium=MEDIA.get(st.medium, st.medium))
    else:
        if st.cue is not None and st.cue.lemma in IMPERSONAL_LEMMAS and st.via is not None:
            # "heißt es in der Pressemitteilung des WWF": the data set's speaker is the document phrase
            # ("der Pressemitteilung des WWF"); ours is its owner ("des WWF") and the phrase our via
            speaker = _after_source_preposition(tokens.ids(_spans(st.via)), tokens) or speaker
        frame = _zufolge_phrase(cue, frame, speaker, tokens)
        cue, speaker = _frame_word_convention(cue, speaker, frame, tokens)
        frame = _closing_apposition_comma(frame, cue, quote, tokens)
        if len(cue) == 1 and tokens.text(min(cue)).lower() in ("demnach", "danach"):
            speaker = cue    # the data set annotates "demnach" as cue and speaker (15 of 19 in train)
        speaker = _relative_pronoun_convention(speaker, cue, tokens)
        speaker = _with_appositions(speaker, cue, quote, tokens, sentences)
        speaker = _with_seat(speaker, quote, tokens)
        speaker = _with_origin(speaker, quote | cue | addressee_ids, tokens, lemma)
        speaker = _with_name_after_role(speaker, quote | cue, tokens)
        if frame and quote and not any(tokens.text(i).lower() in FRAME_WORDS for i in cue):
            widened = _reporting_clause(frame, quote, sentences, tokens)
            frame = _direct_frame(widened, frame, quote, tokens) if st.type == "direct" else widened
            frame |= _main_clause_after_the_content(st, frame, quote, sentences, tokens)
        cue = _verb_complex(cue, frame, tokens)
        cue = _cue_preposition(cue, quote, tokens)
        cue = _noun_cue_with_article(cue, tokens)
        cue = _wie_clause(cue, quote, tokens)
        frame = _parenthetical_wie_clause(cue, frame | speaker, quote, tokens) or frame
        if cue and all(tokens.text(i) == ":" for i in cue):
            cue = frozenset()    # "Bundesinnenminister Schäuble: „…“": the data set marks no cue, only the frame
        quote = _with_pointing_word(quote, cue, tokens)
        frame = frame - quote      # "Dies gab Airbus bekannt": "Dies" is the quote's, not the frame's
    addressee = _without_preposition(tokens.ids(_spans(st.addressee)), tokens)
    if _spoken_to(st):
        addressee |= _without_preposition(tokens.ids(_spans(st.via)), tokens)
    return Annotation(quote=quote, cue=cue, frame=frame, speaker=speaker, addressee=addressee,
                      type=TYPES.get(st.type, st.type), medium=_medium(st))


# frames that name a source but not how it spoke: the data set's medium is "SW" (speech or writing)
MEDIUM_OPEN_FRAMES = frozenset({"nach", "laut", "zufolge", "gemäß", "demnach"})


def _medium(st: Statement) -> str:
    """ "Laut Polizei …", "Nach Angaben des Ministeriums …": our medium defaults to speech, the data set
    leaves it open (train: gold SW in 173 of 297 such pairs, Speech in 84, Writing in 36)."""
    words = st.cue.text.lower().split() if st.cue is not None else ()
    if st.medium == "speech" and words and words[0] in MEDIUM_OPEN_FRAMES:
        return "SW"
    return MEDIA.get(st.medium, st.medium)


IMPERSONAL_LEMMAS = frozenset({"heißen", "hervorgehen"})
SOURCE_PREPOSITIONS = frozenset({"in", "im", "auf", "bei", "beim", "aus", "von", "vom", "seitens"})


def _after_source_preposition(ids: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """ "in der Pressemitteilung des WWF" -> "der Pressemitteilung des WWF"."""
    order = sorted(ids, key=lambda i: tokens.index[i])
    if len(order) > 1 and tokens.text(order[0]).lower() in SOURCE_PREPOSITIONS:
        return frozenset(order[1:])
    return ids


POINTING_WORDS = frozenset({"Dies", "Das", "Dieses", "Davon", "Darüber"})


def _with_pointing_word(quote: frozenset[int], cue: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """ "Der Airbus startet am Mittwoch. Dies gab Airbus bekannt": the data set's quote runs on to "Dies"."""
    if not quote or not cue:
        return quote
    end = tokens.index[max(quote)]
    p = end + 1
    if p < len(tokens.tokens) and tokens.tokens[p]["text"] == ".":
        p += 1
    if p + 1 < len(tokens.tokens) and tokens.tokens[p]["text"] in POINTING_WORDS and (
            tokens.tokens[p + 1]["id"] in cue):
        return quote | {tokens.tokens[k]["id"] for k in range(end + 1, p + 1)}
    return quote


def _whole_sentences(ids: frozenset[int], sentences: dict[int, frozenset[int]]) -> frozenset[int]:
    """All tokens of the data set's sentences that hold any of `ids`."""
    return frozenset().union(*(sentences.get(i, frozenset({i})) for i in ids))


def _without_label(ids: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """A sentence without a leading label ("Europapolitik : Die SPD will …"): up to three capitalised
    words and a colon."""
    order = sorted(ids)
    for k, i in enumerate(order[1:4], 1):
        if tokens.text(i) == ":" and len(order) > k + 2:
            if all(tokens.text(j)[:1].isupper() for j in order[:k]):
                return frozenset(order[k + 1:])
            break
    return ids


KONJUNKTIV_FINITE = frozenset({"habe", "sei", "seien", "könne", "werde", "müsse", "solle", "wolle", "dürfe", "gehe",
                               "halte", "sehe", "wisse"})


def _reporting_clause_in_konjunktiv(cue: frozenset[int], frame: frozenset[int], quote: frozenset[int],
                                    tokens: _Tokens) -> bool:
    """A finite Konjunktiv I verb among the cue and the frame words before the content."""
    before = [i for i in cue | frame if not quote or i < min(quote)]
    return any((tokens.text(i) in KONJUNKTIV_FINITE or _konjunktiv_1(tokens.text(i))) and not _first_person(i, tokens)
               for i in before)


def _first_person(i: int, tokens: _Tokens) -> bool:
    """ "Ich glaube, …", "habe ich gesagt": the same form is the indicative of the first person."""
    return any(j in tokens.index and tokens.text(j).lower() == "ich" for j in (i - 1, i + 1))


PERFECT_AUXILIARIES = frozenset({"habe", "sei", "seien"})


def _konjunktiv_reporting_clause(cue: frozenset[int], quote: frozenset[int], tokens: _Tokens,
                                 sentences: dict[int, frozenset[int]]) -> bool:
    """ "Außerdem habe die Prüfung ergeben, dass …", "So gebe es Hinweise, dass …": a finite verb in
    Konjunktiv I in the sentence's first clause, before the cue, makes that reporting clause itself
    reported speech."""
    if not quote or not cue or min(cue) > min(quote):
        return False
    sentence = sentences.get(min(cue), frozenset())
    first = min(sentence) if sentence else min(cue)
    before = [i for i in range(first, min(cue)) if i in sentence]
    return not any(tokens.text(i) in CLAUSE_MARKS for i in before) and any(
        _finite_konjunktiv_1(tokens.text(i)) and not _first_person(i, tokens) for i in before)


CLAUSE_MARKS = frozenset({",", ";", ":"})


def _finite_konjunktiv_1(word: str) -> bool:
    return word in KONJUNKTIV_FINITE or word in PERFECT_AUXILIARIES or _konjunktiv_1(word)


def _konjunktiv_1(word: str) -> bool:
    """A regular or listed Konjunktiv I form of a reporting verb ("behaupte", "gebe … zu")."""
    from zitat.language.morphology import subjunctive_mood
    from zitat.lexicon import german
    return word.islower() and subjunctive_mood(word, german().subjunctive_forms) == "konj1"


FRAME_WORDS = frozenset({"nach", "laut", "gemäß", "zufolge"})


def _frame_word_convention(cue: frozenset[int], speaker: frozenset[int], frame: frozenset[int],
                           tokens: _Tokens) -> tuple[frozenset[int], frozenset[int]]:
    """ "nach Angaben der Polizei", "dem Bericht zufolge": the data set's cue is the frame word alone
    and its speaker the rest of the phrase ("Angaben der Polizei", "dem Bericht")."""
    words = [i for i in cue if tokens.text(i).lower() in FRAME_WORDS]
    if len(words) != 1 or any(tokens.text(i).lower() in AUXILIARY_FORMS for i in cue):
        return cue, speaker      # not "Vorwürfe werden laut": "laut werden" is a verb, its subject the speaker
    rest = sorted((frame or cue | speaker) - {words[0]})
    while rest and not tokens.text(rest[0])[:1].isalnum() and tokens.text(rest[0]) not in OPENING_MARKS:
        rest.pop(0)
    rest = _without_trailing_clause(rest, tokens)
    while rest and tokens.text(rest[-1]) in (",", ";", ":"):
        rest.pop()      # "Nach den Worten der Sprecherin, Gisela Piltz, fehle …": the closing comma is the frame's
    return frozenset(words), frozenset(rest) or speaker


CLAUSE_RELATIVES = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welcher", "welche",
                              "welches", "welchem", "welchen"})


def _without_trailing_clause(rest: list[int], tokens: _Tokens) -> list[int]:
    """ "Laut einem Artikel von BBC News, der sich auf die Daten der IADB beruft, …", "Nach Ansicht der
    Staatsanwaltschaft, vertreten durch Alan Jackson, …": a relative or participle clause after the source
    is not part of the data set's speaker (an apposition, ", einem Manager der Firma", is; so is a comma
    inside a title, "des Magazins „auto, motor und sport“")."""
    title = False
    for n, i in enumerate(rest[:-1]):
        if tokens.text(i) in ("„", "»") or (tokens.text(i) in ("“", "«") and title):
            title = tokens.text(i) in ("„", "»")
        if title:
            continue
        if n > 0 and (tokens.text(i).lower() == "gegenüber" or (
                tokens.text(i).lower() == "unter" and tokens.text(rest[n + 1]) == "Berufung")):
            return rest[:n]      # "Angaben der Sprecherin gegenüber dem Weser-Kurier": whom she told, whom they cite
        if tokens.text(i) != "," or n == 0:
            continue
        word, nxt = tokens.text(rest[n + 1]), tokens.text(rest[n + 2]) if n + 2 < len(rest) else ""
        relative = word.lower() in CLAUSE_RELATIVES and not nxt[:1].isupper() and not (
            _inflected_adjective(nxt) and n + 3 < len(rest) and tokens.text(rest[n + 3])[:1].isupper())
        participle = word.isalpha() and word.islower() and word not in DETERMINER_OPENERS and (
            word not in ("einem", "einer", "eines") and word.lower() not in CLAUSE_RELATIVES)
        if relative or participle:
            return rest[:n]
    return rest


def _closing_apposition_comma(frame: frozenset[int], cue: frozenset[int], quote: frozenset[int],
                              tokens: _Tokens) -> frozenset[int]:
    """ "Nach Angaben des Sprechers, Jan Ott, sei …": a frame-word phrase that ends with an apposition takes the
    comma closing it in the data set's frame."""
    if not frame or not quote or not any(tokens.text(i).lower() in FRAME_WORDS for i in cue):
        return frame
    last = tokens.index[max(frame)]
    if max(frame) >= min(quote) or last + 2 >= len(tokens.tokens) or tokens.tokens[last + 1]["text"] != ",":
        return frame
    if tokens.tokens[last + 2]["id"] != min(quote) or not any(tokens.text(i) == "," for i in frame):
        return frame
    return frame | {tokens.tokens[last + 1]["id"]}


NP_LINKS = frozenset({"der", "des", "dem", "den", "die", "das", "ein", "eine", "einer", "eines", "einem", "seiner",
                      "seines", "ihrer", "ihres", "von", "vom", "und", "sowie"})


def _zufolge_phrase(cue: frozenset[int], frame: frozenset[int], speaker: frozenset[int],
                    tokens: _Tokens) -> frozenset[int]:
    """ "starben behördlichen Angaben zufolge": the data set's frame of a postposition is its noun
    phrase ("behördlichen Angaben zufolge"), not the verb before it that our frame may hold. The source
    is all noun phrase, whatever its words look like ("dem Sender al-Dschasira zufolge")."""
    from zitat.language.morphology import lemma
    words = [i for i in cue if tokens.text(i).lower() == "zufolge"]
    if len(words) != 1 or not frame:
        return frame
    end = tokens.index[words[0]]
    first = min(tokens.index[i] for i in frame)
    p = end - 1
    while p >= first:
        text = tokens.tokens[p]["text"]
        low = text.lower()
        if text[:1].isupper() or text[:1].isdigit() or low in NP_LINKS or text in OPENING_MARKS | CLOSING_MARKS | {
                "(", ")", "-"} or tokens.tokens[p]["id"] in speaker:
            p -= 1
            continue
        base = lemma(low)
        if text.isalpha() and base != low and low.startswith(base) and low.endswith(("e", "en", "er", "es", "em")):
            p -= 1          # an inflected adjective ("behördlichen" <- behördlich), not a verb ("waren" <- sein)
            continue
        break
    if p < first:
        return frame
    return frozenset(i for i in frame if tokens.index[i] > p)


AUXILIARY_FORMS = frozenset({"hat", "hatte", "haben", "hatten", "habe", "hätte", "ist", "war", "sind", "waren", "sei",
                             "wird", "wurde", "werden", "wurden", "werde", "worden"})
CUE_COMPANIONS = frozenset({"wie", "sich", "es", "darauf", "davon", "dazu", "darüber", "damit", "daran", "dafür"})


def _verb_complex(cue: frozenset[int], frame: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """The data set's cue is the whole verb complex in its clause: "hatte … erklärt", "wird … zitiert",
    "Wie … mitteilte", "verwies darauf", "entschied sich", "heißt es"; ours is the speech verb with its
    particle. Frame-word cues ("nach", "laut") stay as they are."""
    if not cue or not frame or any(tokens.text(i).lower() in FRAME_WORDS | {"so", "demnach", "wonach"} for i in cue):
        return cue
    pos = sorted(tokens.index[i] for i in frame)
    first, last = pos[0], pos[-1]
    cue_pos = sorted(tokens.index[i] for i in cue)
    out = set(cue)
    for p in range(first, last + 1):
        t = tokens.tokens[p]
        word = t["text"].lower()
        if word not in AUXILIARY_FORMS and word not in CUE_COMPANIONS:
            continue
        near = min(abs(p - c) for c in cue_pos)
        between = range(min(p, cue_pos[0]) + 1, max(p, cue_pos[-1]))
        if any(tokens.tokens[k]["text"] in (",", ":", ";") for k in between):
            continue
        if word in AUXILIARY_FORMS or (word == "wie" and p < cue_pos[0]) or (word != "wie" and near <= 2):
            out.add(t["id"])
    for p in range(first, last + 1):      # "wird mit den Worten zitiert", "mit folgenden Worten"
        if tokens.tokens[p]["text"] == "Worten" and p - 3 >= first and "mit" in (
                tokens.tokens[p - 2]["text"], tokens.tokens[p - 3]["text"]):
            start = p - 2 if tokens.tokens[p - 2]["text"] == "mit" else p - 3
            out.update(tokens.tokens[k]["id"] for k in range(start, p + 1))
    return frozenset(out)


CUE_PREPOSITIONS = frozenset({"als", "vor", "mit", "von"})
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"})
PRONOMINAL_ADVERBS = frozenset({"damit", "darum", "darauf", "davor", "dafür", "darüber", "daran"})


def _cue_preposition(cue: frozenset[int], quote: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """The preposition the speech verb governs belongs to the data set's cue: "bezeichnete die Pläne als
    „Wortbruch“", "warnte vor einem „…“", "Von einer „Farce“ sprach er", "begründete es damit, dass …"."""
    if not cue or not quote or any(tokens.text(i).lower() in FRAME_WORDS | {"so", "demnach", "wonach", "wie"}
                                   for i in cue):
        return cue
    cue_pos = sorted(tokens.index[i] for i in cue)
    q = tokens.index[min(quote)]
    p = q - 1
    if p >= 0 and tokens.tokens[p]["text"] in OPENING_MARKS:
        p -= 1
    if p >= 0 and tokens.tokens[p]["text"].lower() in ARTICLES:
        p -= 1
    word = tokens.tokens[p]["text"].lower() if p >= 0 else ""
    if word not in CUE_PREPOSITIONS:
        p = q - 2    # "begründete es damit, dass …"
        if p < 0 or tokens.tokens[p + 1]["text"] != "," or tokens.tokens[p]["text"].lower() not in PRONOMINAL_ADVERBS:
            return cue
    if tokens.tokens[p]["id"] in cue:
        return cue
    lo, hi = sorted((p, cue_pos[0] if p > cue_pos[-1] else cue_pos[-1]))
    if hi - lo > 12 or any(tokens.tokens[k]["text"] in (",", ":", ";", ".", "!", "?") and tokens.tokens[k]["id"] not in quote
                           for k in range(lo + 1, hi)):
        return cue
    return cue | {tokens.tokens[p]["id"]}


CLAUSE_END = frozenset({",", ".", "!", "?", ":", ";", "–", ")"})


def _parenthetical_wie_clause(cue: frozenset[int], frame: frozenset[int], quote: frozenset[int],
                              tokens: _Tokens) -> frozenset[int] | None:
    """ "Die Kürzung verstoße, wie schon vom Bundesgerichtshof entschieden, gegen …", "…, wie er sagt, …": a
    "wie" clause set into the content is the data set's frame as a whole, with the commas around it."""
    wie = [tokens.index[i] for i in cue if tokens.text(i).lower() == "wie"]
    if len(wie) != 1 or not quote:
        return None
    first, last = wie[0] - 1, max(tokens.index[i] for i in cue | frame) + 1
    if first < 0 or last >= len(tokens.tokens) or tokens.tokens[first]["text"] != "," or (
            tokens.tokens[last]["text"] != ","):
        return None
    ids = [tokens.tokens[p]["id"] for p in range(first, last + 1)]
    inside = [tokens.index[i] for i in quote]
    if any(i in quote for i in ids) or not (min(inside) < first and last < max(inside)):
        return None
    return frozenset(ids)


def _wie_clause(cue: frozenset[int], quote: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """ "Wie der Sprecher, Hans Ott, am Abend mitteilte, …", "…, wie Ott zitiert wird.": the data set's cue of a
    verb-final "wie" clause is "wie" with the verb complex at the clause end, across appositions in between."""
    if not cue or any(tokens.text(i).lower() in FRAME_WORDS | {"so", "demnach", "wonach"} for i in cue):
        return cue
    pos = sorted(tokens.index[i] for i in cue)
    text = lambda p: tokens.tokens[p]["text"]
    end = pos[-1]
    out = set(cue)
    if end + 2 < len(tokens.tokens) and text(end + 1) in AUXILIARY_FORMS and text(end + 2) in CLAUSE_END:
        end += 1
    if end + 1 >= len(tokens.tokens) or text(end + 1) not in CLAUSE_END:
        return cue      # not verb-final
    for p in range(pos[0] - 1, max(-1, pos[0] - 25), -1):
        t = tokens.tokens[p]
        if t["id"] in quote or text(p) in FINAL_PUNCTUATION or text(p) in OPENING_MARKS | CLOSING_MARKS:
            return cue
        if text(p).lower() in ("dass", "ob", "weil", "als", "wenn", "nachdem"):
            return cue
        if text(p).lower() == "wie":
            opens_sentence = p == 0 or text(p - 1) in FINAL_PUNCTUATION | CLOSING_MARKS
            if not opens_sentence and any(text(k) == "," for k in range(p, pos[0])):
                return cue      # the data set keeps a mid-sentence "wie" out across an apposition (5 of 6)
            if opens_sentence or text(p - 1) in CLAUSE_END:
                out.add(t["id"])
                out.update(tokens.tokens[k]["id"] for k in range(pos[-1] + 1, end + 1))
                return frozenset(out)
            return cue
    return cue


def _noun_cue_with_article(cue: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """A noun cue with its article (and adjectives), as the data set marks it: "hegt den Verdacht, …", "die
    Forderung, …", "sind der gegenteiligen Auffassung, …"."""
    if not cue or any(tokens.text(i).lower() in FRAME_WORDS for i in cue):
        return cue
    out = set(cue)
    for i in cue:
        p = tokens.index[i]
        word = tokens.text(i)
        if not word[:1].isupper() or word.lower() in ARTICLES | CUE_COMPANIONS:
            continue
        k = p - 1       # "der gegenteiligen Auffassung": adjectives between the article and the noun
        while k > 0 and p - k <= 3 and _inflected_adjective(tokens.tokens[k]["text"]):
            k -= 1
        if k >= 0 and tokens.tokens[k]["text"].lower() in ARTICLES:
            out.update(tokens.tokens[j]["id"] for j in range(k, p))
    return frozenset(out)


def _inflected_adjective(text: str) -> bool:
    """A lower-case inflected adjective ("gegenteiligen" <- gegenteilig), not a verb ("waren" <- sein)."""
    from zitat.language.morphology import lemma
    low = text.lower()
    if not text.isalpha() or not text.islower():
        return False
    base = lemma(low)
    return base != low and low.startswith(base) and low.endswith(("e", "en", "er", "es", "em"))


RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "welcher", "welche", "welches"})


def _relative_pronoun_convention(speaker: frozenset[int], cue: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """ "Alice Schwarzer, die den Mut der Autorin hervorhob, …": our speaker is the phrase the relative
    clause hangs on, the data set's the relative pronoun right after it, when the verb is in that clause."""
    if not speaker or not cue:
        return speaker
    last = max(tokens.index[i] for i in speaker)
    cue_first = min(tokens.index[i] for i in cue)
    if last + 2 >= cue_first or tokens.tokens[last + 1]["text"] != ",":
        return speaker
    pronoun = tokens.tokens[last + 2]
    if pronoun["text"].lower() not in RELATIVE_PRONOUNS or any(
            tokens.tokens[p]["text"] in (",", ":", ";", ".") for p in range(last + 3, cue_first)):
        return speaker
    return frozenset({pronoun["id"]})


APPOSITION_LIMIT = 14
PRONOUNS = frozenset({"er", "sie", "es", "ich", "wir", "ihr", "man", "der", "die", "das", "dieser", "diese"})
SENTENCE_END = frozenset({".", "!", "?", ":", ";"})


def _with_appositions(speaker: frozenset[int], cue: frozenset[int], quote: frozenset[int], tokens: _Tokens,
                      sentences: dict[int, frozenset[int]]) -> frozenset[int]:
    """The data set's speaker mention includes its appositions: "Der Sprecher des Programms, Tomson
    Phiri, teilte mit" and "John Kline, ein Repräsentant aus Minnesota, sagte" -> the whole phrase;
    ", so Ursula Castrup, die Leiterin der Fachstelle." -> up to the full stop. The extractor's mention
    already holds an apposition right at the name ("sagte Jonas Weber, Geschäftsführer des Verbandes");
    this takes in the ones it leaves out (before an auxiliary, after "so")."""
    if not speaker or not cue or not any(tokens.text(i)[:1].isupper() for i in speaker) or (
            len(speaker) == 1 and tokens.text(min(speaker)).lower() in PRONOUNS):
        return speaker
    sentence = sentences.get(min(speaker))
    if not sentence or (quote and min(quote) <= min(speaker) <= max(quote)):
        return speaker
    pos = sorted(tokens.index[i] for i in speaker)
    first, last = pos[0], pos[-1]
    at = lambda p: tokens.tokens[p]["text"] if 0 <= p < len(tokens.tokens) and tokens.tokens[p]["id"] in sentence \
        else "."
    cue_pos = min(tokens.index[i] for i in cue)
    out = set(speaker)
    if last < cue_pos:
        # backwards: "Der Sprecher des Programms , [Tomson Phiri]" opening the sentence; a share ("…, 37
        # Prozent sind der Auffassung") follows a clause, no role phrase
        if at(first - 1) == "," and not at(first)[:1].isdigit():
            k = first - 2
            while k >= first - APPOSITION_LIMIT and at(k) not in SENTENCE_END | {","}:
                if at(k) in OPENING_MARKS:
                    # a quoted name inside the role phrase: "Der Geschäftsführer von „Ener1“, X"
                    opening = next((j for j in range(k - 1, max(k - 6, first - APPOSITION_LIMIT) - 1, -1)
                                    if at(j) in ("„", "»") or at(j) in SENTENCE_END | {","}), None)
                    if at(k) in ("„", "»") or opening is None or at(opening) not in ("„", "»"):
                        break
                    k = opening
                k -= 1
            if at(k) in SENTENCE_END and k < first - 2:
                start = _past_clause_openers(k + 1, first - 1, tokens)
                if start < first - 1:      # not "Wie", "Auch", "Vor kurzem hatte" before the role phrase
                    out.update(tokens.tokens[p]["id"] for p in range(start, first))
        # forwards: "[John Kline] , ein Repräsentant aus Minnesota , sagte"
        if at(last + 1) == ",":
            k = last + 2
            while k <= last + APPOSITION_LIMIT and at(k) not in SENTENCE_END | {","} | OPENING_MARKS:
                k += 1
            # the verb right after it, or an auxiliary ("…, hatte … mitgeteilt") or the rest of the clause up to
            # the verb after a role ("Wie X, Sprecher der Behörde, der Presse mitteilte")
            verb_follows = k + 1 == cue_pos or (k + 1 < cue_pos and (at(k + 1).lower() in AUXILIARY_FORMS or (
                _role_apposition(last + 2, k, tokens) and "," not in (at(p) for p in range(k + 1, cue_pos)))))
            if at(k) == "," and verb_follows and k > last + 2 and not _relative_clause(last + 2, k, tokens):
                out.update(tokens.tokens[p]["id"] for p in range(last + 1, k))
    if first > cue_pos:
        # after the verb, a role phrase before the named person: "sagte der Vorsitzende des Verbandes ,
        # [Elmar Gesse]", "gab der Leiter der Dienststelle , [Andreas Huber] , bekannt"
        out.update(_role_before(first, cue, tokens))
    if first > cue_pos and at(last + 1) == "," and quote:
        # after the verb: ", so Ursula Castrup , die Leiterin der Fachstelle ." and, before the quote,
        # "sagte Olli Rehn , EU-Kommissar : „…“", "nach Ansicht von X , Vorsitzender des Ausschusses , hat …"
        k = last + 2
        while k <= last + APPOSITION_LIMIT and at(k) not in SENTENCE_END | {","} | OPENING_MARKS:
            k += 1
        quote_pos = sorted(tokens.index[i] for i in quote)
        quote_before = quote_pos[-1] < first
        noun_phrase = at(last + 2)[:1].isupper() or at(last + 2).lower() in DETERMINER_OPENERS
        ends = (quote_before and at(k) in SENTENCE_END and noun_phrase) or (_role_apposition(last + 2, k, tokens) and (
            (quote_before and at(k) == ",") or (
                at(k) in (",", ":") and not quote_before and _opens_quote(k + 1, quote_pos, tokens))))
        if ends and k > last + 2 and not _relative_clause(last + 2, k, tokens):
            out.update(tokens.tokens[p]["id"] for p in range(last + 1, k))
    return frozenset(out)


def _relative_clause(start: int, end: int, tokens: _Tokens) -> bool:
    """Positions [start, end) are a relative clause, not an apposition: it ends in a verb ("Deiss, der
    sich dazu entschlossen hatte, sagte"); an apposition ends in a noun ("…, der Sprecher des Amtes,")."""
    last = tokens.tokens[end - 1]["text"]
    return end > start and last[:1].islower() and last.isalpha()


def _past_clause_openers(start: int, end: int, tokens: _Tokens) -> int:
    """The first position in [start, end) that can open the role phrase, past words that open the
    clause ("Wie", "Auch", "Vor kurzem hatte")."""
    from zitat.lexicon import german
    lexicon = german()
    p = start
    while p < end:
        word = tokens.tokens[p]["text"]
        low = word.lower()
        if low in lexicon.determiners or (word[:1].isupper() and low not in lexicon.function_words and (
                low not in AUXILIARY_FORMS)):
            break
        p += 1
    return p


def _with_seat(speaker: frozenset[int], quote: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """ "teilte die Regierung in Lomé mit", "die Organisation in Bonn": the data set's mention of an
    institution takes in where it sits (50 of 68 in train; the rest are persons, "im Jahr", "im Zuge");
    ours leaves a place after the verb out, where it is as often where something was said."""
    from zitat.attribution.mentions import known_common_noun
    from zitat.lexicon import german
    if not speaker:
        return speaker
    last = max(tokens.index[i] for i in speaker)
    head = last
    if tokens.tokens[head]["text"] == ")":      # "die Weltgesundheitsorganisation (WHO) in Genf"
        while head > 0 and tokens.tokens[head]["text"] != "(":
            head -= 1
        head -= 1
    lexicon = german()
    role = lexicon.role(tokens.tokens[head]["text"]) if head >= 0 else None
    if role is None or role.kind not in ("organisation", "group") or last + 2 >= len(tokens.tokens):
        return speaker
    if tokens.tokens[last + 1]["text"] not in ("in", "im"):
        return speaker
    place = tokens.tokens[last + 2]["text"]
    if not place[:1].isupper() or tokens.tokens[last + 2]["id"] in quote or (
            place not in lexicon.places and known_common_noun(place)):
        return speaker
    k = last + 3
    while k < len(tokens.tokens) and k < last + 5 and tokens.tokens[k]["text"][:1].isupper() and (
            tokens.tokens[k]["id"] not in quote):
        k += 1
    return speaker | {tokens.tokens[p]["id"] for p in range(last + 1, k)}


ORIGIN_PREPOSITIONS = frozenset({"von", "vom", "aus", "für", "eines", "einer", "aller"})
TIME_NOUNS = frozenset({"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar",
                        "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                        "November", "Dezember", "Anfang", "Ende", "Mitte", "Beginn", "Jahr", "Jahren", "Seiten",
                        "Anlass", "Sicht", "Angst", "Sorge", "Protest"})


def _object_preposition(lemma: str) -> str:
    """The preposition of a speech verb's prepositional object (speech_verbs.tsv): "von" for "sprechen", so
    that "spricht die Polizei von weniger Auseinandersetzungen" is no "Polizei von …" speaker."""
    return _object_prepositions().get(lemma, "")


@cache
def _object_prepositions() -> dict[str, str]:
    from zitat.lexicon import german
    return {v.lemma: v.object_preposition for entries in german().speech_verbs.values() for v in entries
            if v.object_preposition}


def _with_origin(speaker: frozenset[int], taken: frozenset[int], tokens: _Tokens,
                 verb: str | None = None) -> frozenset[int]:
    """ "der Sportchef von Bayer 04 Leverkusen", "ein IWF-Sprecher aus Washington", "der Präsidentenrat für
    Menschenrechte", "die Befürworter einer Einstellung der Zuschüsse" (an indefinite genitive, never a dative
    addressee our statement has): the data set's mention takes in the phrase saying whom the speaker belongs to or where
    they come from; ours ends at the noun. taken: ids of the quote, cue and addressee, never the speaker's."""
    if not speaker or verb is None:      # a continuation takes its source's mention, not the verb of another clause
        return speaker
    last = max(tokens.index[i] for i in speaker)
    word = tokens.tokens[last]["text"]
    if not (word[:1].isupper() or word in (")",) or word in CLOSING_MARKS) or word.lower() in PRONOUNS:
        return speaker
    from zitat.lexicon import german
    head = last
    if word == ")":      # "der Sprecher (CDU) von …"
        while head > 0 and tokens.tokens[head]["text"] != "(":
            head -= 1
        head -= 1
    if head < 0 or german().role(tokens.tokens[head]["text"]) is None:
        return speaker      # a role or an institution, not a name: "sprach Merkel von der Möglichkeit"
    p = last + 1
    if p + 1 >= len(tokens.tokens) or tokens.tokens[p]["text"] not in ORIGIN_PREPOSITIONS or (
            _object_preposition(verb) == tokens.tokens[p]["text"].replace("vom", "von")):
        return speaker
    k, end, opened = p + 1, None, False
    while k < len(tokens.tokens) and k <= p + 8 and tokens.tokens[k]["id"] not in taken:
        w = tokens.tokens[k]["text"]
        if w in OPENING_MARKS:
            opened = True
        elif w in CLOSING_MARKS and opened:
            end, opened = k, False
        elif w[:1].isupper():
            if end is None and w in TIME_NOUNS:
                return speaker
            end = k
        elif w[:1].isdigit() and end is not None:
            end = k      # "Bayer 04 Leverkusen"
        elif w.lower() in DETERMINER_OPENERS | {"dem", "den"} or (w in ("und", "of") and end is not None) or (
                w[:1].islower() and _inflected_adjective(w)):
            pass
        else:
            break
        k += 1
    if end is None or opened:
        return speaker
    return speaker | {tokens.tokens[q]["id"] for q in range(p, end + 1)}


def _with_name_after_role(speaker: frozenset[int], taken: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """ "sagte der Chef der Bundesagentur, Frank Weise, in Nürnberg", "der Leiter der Studie, Paulo Pinheiro,
    sieht …": when our speaker is the role phrase, the data set's mention takes in the name set off after
    it by a comma (a name: capitalised words, no role noun, then a comma, the full stop or the verb)."""
    from zitat.lexicon import german
    if not speaker or tokens.text(min(speaker)).lower() not in ROLE_OPENERS:
        return speaker
    lexicon = german()
    last = max(tokens.index[i] for i in speaker)
    if last + 2 >= len(tokens.tokens) or tokens.tokens[last + 1]["text"] != ",":
        return speaker
    k = last + 2
    while k < len(tokens.tokens) and k <= last + 5 and tokens.tokens[k]["id"] not in taken and (
            tokens.tokens[k]["text"][:1].isupper() and tokens.tokens[k]["text"].isalpha() or "-" in
            tokens.tokens[k]["text"]) and lexicon.role(tokens.tokens[k]["text"]) is None:
        k += 1
    if not last + 3 <= k < len(tokens.tokens):       # at least two words: a first name and a surname
        return speaker
    after = tokens.tokens[k]
    if not (after["text"] in (",", ".") or after["id"] in taken):
        return speaker
    if any(tokens.tokens[q]["text"].lower() in lexicon.function_words for q in range(last + 2, k)):
        return speaker
    return speaker | {tokens.tokens[q]["id"] for q in range(last + 1, k)}


def _role_before(first: int, cue: frozenset[int], tokens: _Tokens) -> set[int]:
    """Ids of a role phrase between the verb and a speaker after it, separated by a comma: "der
    Vorsitzende des Verbandes ," in "sagte der Vorsitzende des Verbandes, Elmar Gesse"."""
    comma = first - 1
    verb = max((tokens.index[i] for i in cue if tokens.index[i] < comma), default=None)
    if verb is None or tokens.tokens[comma]["text"] != "," or not 2 <= comma - verb - 1 <= APPOSITION_LIMIT:
        return set()
    span = range(verb + 1, comma)
    if any(not tokens.tokens[p]["text"][:1].isalnum() and tokens.tokens[p]["text"] not in "()" for p in span):
        return set()
    opener = tokens.tokens[verb + 1]["text"]
    if opener.lower() not in ROLE_OPENERS or not _role_apposition(verb + 1, comma, tokens):
        return set()
    return {tokens.tokens[p]["id"] for p in range(verb + 1, first)}


ROLE_OPENERS = frozenset({"der", "die", "ein", "eine"})
DETERMINER_OPENERS = frozenset({"der", "die", "das", "ein", "eine", "einer", "eines", "dem", "des"})


def _role_apposition(start: int, end: int, tokens: _Tokens) -> bool:
    """Positions [start, end) name a role ("EU-Erweiterungskommissar", "der Geschäftsführer des
    Unternehmens", "Vorsitzender des Ausschusses"): the first capitalised word is a role noun."""
    from zitat.lexicon import german
    lexicon = german()
    for p in range(start, end):
        word = tokens.tokens[p]["text"]
        if word[:1].isupper():
            return lexicon.role(word) is not None
    return False


def _opens_quote(p: int, quote_pos: list[int], tokens: _Tokens) -> bool:
    """The quote starts at position p, maybe after its opening mark."""
    if p < len(tokens.tokens) and tokens.tokens[p]["text"] in OPENING_MARKS:
        p += 1
    return bool(quote_pos) and quote_pos[0] in (p, p - 1)


def predicted_annotations(doc: dict, document: Document) -> list[Annotation]:
    """Our statements for `doc` as the data set's token-id annotations (none with an empty quote)."""
    tokens = _Tokens(doc["tokens"])
    sentences = _sentence_of_token(doc)
    everything = document.statements
    text = document.article.text
    statements = [st for st in everything
                  if not _outside_the_scheme(st, text) and not _named_by_its_quoted_words(st, everything, text)]
    document = Document(document.article, statements, document.entities)
    out = [_statement_annotation(st, tokens, sentences) for st in document.statements]
    out = [_reported_clause(st, a, everything, tokens) if st.type == "reported" else a
           for st, a in zip(document.statements, out)]
    out = _continuations_name_their_antecedent(document, out, tokens)
    out = _reported_reports_take_the_reporter(document, out, tokens)
    out = _continuations_share_the_mention(document.statements, out, tokens)
    out = _quotes_go_on_in_their_frame(document.statements, out)
    out += _quoting_outlets(document.statements, out, tokens)
    out = _one_quote_for_coordinated_acts(out)
    out = _frames_without_other_quotes(out)
    out = _hearsay_within_reports([a for a in out if a.quote], tokens)
    return _merge_adjacent_continuations([a for a in out if a.quote], tokens)


def _frames_without_other_quotes(out: list[Annotation]) -> list[Annotation]:
    """ "Er sagte, Europa brauche die Engländer, und fügte hinzu: „…“": the reporting clause of the second
    statement runs through the first one's content, which the data set leaves out of its frame (a Reported
    quote is a whole sentence and takes nothing out)."""
    result = []
    for k, a in enumerate(out):
        others = frozenset().union(*(b.quote for j, b in enumerate(out)
                                     if j != k and b.type != "Reported" and b.quote and not b.quote & a.quote))
        if a.frame & others and a.frame - others:
            a = replace(a, frame=a.frame - others)
        result.append(a)
    return result


def _hearsay_within_reports(out: list[Annotation], tokens: _Tokens, before: int = 3, after: int = 2) -> list[Annotation]:
    """ "Zwei Tonnen Diesel sollen ausgelaufen sein.": the data set annotates a hearsay "soll(en)" sentence
    as FreeIndirect within a report (a statement in the three sentences before it or the two after it),
    not where the article itself passes on unsourced hearsay; ours reports both."""
    sentence = {t["id"]: t.get("sentence") or 0 for t in tokens.tokens}
    told = set()
    for a in out:
        if a.type != "FreeIndirect":
            told.update(range(sentence[min(a.quote)], sentence[max(a.quote)] + 1))
    kept, result = set(told), []
    for a in sorted(out, key=lambda a: min(a.quote)):
        if a.type == "FreeIndirect":
            first, last = sentence[min(a.quote)], sentence[max(a.quote)]
            if not any(k in kept for k in range(first - before, last + 1)) and not any(
                    k in told for k in range(last + 1, last + after + 1)):
                continue
            kept.update(range(first, last + 1))
        result.append(a)
    return result


def _one_quote_for_coordinated_acts(out: list[Annotation]) -> list[Annotation]:
    """ "Sie verteidigte den Plan und lobte die Reform": two reported statements of ours, one Reported quote
    (the sentence) in the data set."""
    seen, result = set(), []
    for a in out:
        if a.type == "Reported" and a.quote in seen:
            continue
        seen.add(a.quote)
        result.append(a)
    return result


def _quotes_go_on_in_their_frame(statements: list[Statement], out: list[Annotation]) -> list[Annotation]:
    """ "„Der Bär ist zum Problem geworden“, so Schnappauf. „Er ist außer Rand und Band.“": the data set
    gives a quote that goes on without its own attribution the cue and frame of the one before it by the
    same speaker mention; ours has none."""
    result, last = [], {}
    for st, a in zip(statements, out):
        key = tuple(st.speaker.spans) if st.speaker is not None else None
        if a.type == "Direct" and not a.cue and not a.frame and key in last:
            source = last[key]
            a = replace(a, cue=source.cue, frame=source.frame)
        elif key is not None and a.cue and a.frame:
            last[key] = a
        result.append(a)
    return result


# words that join the clause of one statement to the next: "… und sagte, …", "…, während er betonte, …"
CLAUSE_JOINTS = frozenset({",", ";", "und", "aber", "doch", "sowie", "oder", "sondern", "während", "-", "–"})


def _reported_clause(st: Statement, a: Annotation, statements: list[Statement], tokens: _Tokens) -> Annotation:
    """ "Er erwartet eine rasche Entscheidung und gab bekannt, dass …": the data set's Reported quote is the
    sentence, but only up to the clause of another (direct or indirect) statement in it that a comma or
    conjunction joins to the speech act, before or after its verb and object (a speaker two coordinated
    clauses share stays)."""
    pos = lambda ids: sorted(tokens.index[i] for i in ids)
    core = pos(tokens.ids(_spans(st.cue)) | tokens.ids(st.quote.spans))
    if not core or not a.quote:
        return a
    # a clause of this act's own ("beklagten Kürzungen, die … führen würden") shares its verb: not another act
    own = set(pos(tokens.ids(_spans(st.speaker)) | tokens.ids(_spans(st.cue))))
    order = pos(a.quote)
    first, last = order[0], order[-1]
    joint = lambda p: tokens.tokens[p]["text"].lower() in CLAUSE_JOINTS
    for o in statements:
        if o is st or o.type == "reported":
            continue    # "wies die Änderungen zurück und bezeichnete sie als Eingriff": one Reported quote
        other = [p for p in pos(tokens.ids(_spans(o.cue)) | tokens.ids(o.quote.spans) | tokens.ids(_spans(o.speaker)))
                 if first <= p <= last and p not in own]
        if not other:
            continue
        if other[-1] < core[0] and joint(other[-1] + 1):
            first = other[-1] + 1
        elif other[0] > core[-1] and joint(other[0] - 1):
            last = other[0] - 1
    if (first, last) == (order[0], order[-1]):
        return a
    while first < core[0] and joint(first):
        first += 1
    while last > core[-1] and joint(last):
        last -= 1
    return replace(a, quote=frozenset(tokens.tokens[p]["id"] for p in order if first <= p <= last))


def _quoting_outlets(statements: list[Statement], out: list[Annotation], tokens: _Tokens) -> list[Annotation]:
    """ "Ein Fernsehsender zitierte Papandreou mit den Worten: „…“": the data set annotates the quote twice,
    once for the person quoted (our speaker) and once for the outlet that quotes (our via, in writing)."""
    extra = []
    for st, a in zip(statements, out):
        if st.cue is not None and st.cue.lemma == "zitieren" and st.speaker is not None and st.via is not None:
            outlet = tokens.ids(_spans(st.via))
            if outlet and not outlet & a.speaker:
                extra.append(replace(a, speaker=outlet, addressee=a.addressee - outlet, medium="Writing"))
    return extra


def _continuations_share_the_mention(statements: list[Statement], out: list[Annotation],
                                     tokens: _Tokens) -> list[Annotation]:
    """A continuation reuses the speaker mention of the statement it continues; the data set then
    annotates that mention as it did there ("Angaben von Kristján Loftsson, einem Manager der Firma"),
    so the continuation takes the speaker its source got in this adapter."""
    adapted: dict[frozenset[int], frozenset[int]] = {}
    result = []
    for st, a in zip(statements, out):
        raw = tokens.ids(_spans(st.speaker))
        # a direct quote without its own verb ("…“ Die Gefahr sei real. „…“") continues as well
        continues = a.type in CONTINUATIONS or (st.cue is None and st.type == "direct")
        if not continues and raw and a.speaker:
            adapted[raw] = a.speaker
        elif continues and raw in adapted and a.speaker == raw and not raw <= a.quote:
            a = replace(a, speaker=adapted[raw])
        elif continues and raw and a.speaker == raw and not raw & a.quote:
            # no statement of ours introduced the mention: "Die Haushaltspolitikerin der Grünen, Anja Hajduk,
            # kritisierte die Pläne. Hier seien …" takes the role phrase before the name as well
            a = replace(a, speaker=_with_role_before_name(raw, tokens))
        result.append(a)
    return result


def _with_role_before_name(speaker: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """ "Der Leiter des Amtes , [Jan Ott] , sagte": the role phrase opening the sentence before a name set
    off by commas belongs to the data set's mention."""
    pos = sorted(tokens.index[i] for i in speaker)
    first, last = pos[0], pos[-1]
    sentence = tokens.tokens[first].get("sentence")
    at = lambda p: tokens.tokens[p]["text"] if 0 <= p < len(tokens.tokens) and tokens.tokens[p].get(
        "sentence") == sentence else "."
    if at(first - 1) != "," or at(last + 1) != "," or not tokens.text(tokens.tokens[first]["id"])[:1].isupper():
        return speaker
    k = first - 2
    while k >= first - APPOSITION_LIMIT and at(k) not in SENTENCE_END | {","} | OPENING_MARKS:
        k -= 1
    if at(k) not in SENTENCE_END or k >= first - 2:
        return speaker
    start = _past_clause_openers(k + 1, first - 1, tokens)
    if start < first - 1 and tokens.text(tokens.tokens[start]["id"]).lower() in DETERMINER_OPENERS:
        start_noun = start + 1
    else:
        start_noun = start
    if not _role_apposition(start_noun, first - 1, tokens):
        return speaker
    return speaker | {tokens.tokens[p]["id"] for p in range(start, first)} if start < first - 1 else speaker


def _merge_adjacent_continuations(out: list[Annotation], tokens: _Tokens) -> list[Annotation]:
    """The data set annotates a run of continuation sentences of one speaker ("Die Lieferungen hätten
    nie stattgefunden. Die Papiere seien gefälscht worden.") as one quote; ours are one statement per
    sentence (the founding article's convention), so adjacent ones of the same type and speaker merge."""
    sentence = {t["id"]: t.get("sentence") for t in tokens.tokens}
    merged: list[Annotation] = []
    last = None     # index in merged of the last continuation, or of the last quote outside it
    for a in sorted(out, key=lambda a: min(a.quote)):
        prev = merged[last] if last is not None else None
        if (prev is not None and a.type in CONTINUATIONS and a.type == prev.type and _same_speaker(a, prev, tokens)
                and sentence.get(min(a.quote)) is not None
                and sentence.get(min(a.quote)) == (sentence.get(max(prev.quote)) or 0) + 1):
            merged[last] = replace(prev, quote=prev.quote | a.quote, speaker=prev.speaker or a.speaker)
            continue
        merged.append(a)
        if prev is None or prev.type not in CONTINUATIONS or not a.quote <= prev.quote:
            last = len(merged) - 1    # a quote inside the continuation ("sei ein „natürlicher Vorgang“") keeps it open
    return merged


def _same_speaker(a: Annotation, b: Annotation, tokens: _Tokens) -> bool:
    """The same mention, or two mentions of the same words ("Larson" here and "Larson" two sentences before);
    a continuation without a speaker goes with its neighbour's."""
    words = lambda ids: [tokens.text(i) for i in sorted(ids)]
    if not a.speaker or not b.speaker:
        return True
    return a.speaker == b.speaker or words(a.speaker) == words(b.speaker)


# Speech acts the data set does not annotate as Reported when they have no content clause ("kritisierte den
# Plan", "begrüßte die Entscheidung", "sprach sich für den Plan aus", "bestätigte den Vorfall", "erklärte
# seinen Rücktritt"): our rule-reported statements with these verbs are a gold Reported quote in at most
# 20 % of cases on the training split (at least 4 cases each). The product keeps them.
REPORTED_OUTSIDE_THE_SCHEME = frozenset({"kritisieren", "äußern", "ablehnen", "begrüßen", "würdigen", "berufen",
                                         "verteidigen", "ausrufen", "informieren", "entschuldigen", "verurteilen",
                                         "zurückweisen", "bitten", "ausschließen", "aussprechen", "bestätigen",
                                         "erklären", "protestieren", "melden", "eingehen"})


def _outside_the_scheme(st: Statement, text: str) -> bool:
    """With quoted words in its object ("äußerten „schwere Bedenken“ gegen den Plan") the speech act is
    in the scheme: the data set annotates it with its nested quote, as for other verbs."""
    return st.type == "reported" and st.cue is not None and st.cue.lemma in REPORTED_OUTSIDE_THE_SCHEME and not (
        _with_a_judgement(st, text)) and "„" not in st.quote.text and "\"" not in st.quote.text


def _with_a_judgement(st: Statement, text: str) -> bool:
    """ "verurteilte den Anschlag als barbarische Tat", "hat die Vorwürfe als haltlos zurückgewiesen": an "als"
    predicate says what the speaker judged the object to be, which the data set annotates as Reported."""
    start, end = st.quote.spans[0][0], max(e for _, e in st.quote.spans + (st.cue.spans if st.cue else []))
    words = text[start:end].split()
    after = text[end:].split()[:2]
    # "sowohl … als auch …" joins two objects, it judges nothing
    return any(w == "als" and words[k + 1:k + 2] != ["auch"] for k, w in enumerate(words)) or (
        after[:1] == ["als"] and after[1:] != ["auch"])


def _named_by_its_quoted_words(st: Statement, statements: list[Statement], text: str) -> bool:
    """ "Er bezeichnete die Pläne als „Wortbruch“", "nannte ihn einen „Patrioten“": we report the speech act
    (about "die Pläne") and the quoted words as a direct statement of the same verb; where the quoted words
    name or judge the object, the data set annotates only the direct quote (on the training split it has
    the outer statement for 3 of about 30 such acts). Other speech acts whose object holds the quoted words
    ("verlangte eine Untersuchung der „brutalen Szenen“") it mostly annotates as well, as the product does;
    a speech act of the same verb with its quote elsewhere in the sentence is left to the direct quote.
    Quoted words inside a relative clause on the object ("wies auf Gefahren hin, die den Weg zum „gläsernen
    Menschen“ ebnen") do not name the act: the data set annotates both."""
    if st.type != "reported" or st.cue is None:
        return False
    inner = [o for o in statements if o.type == "direct" and o.cue is not None and o.cue.spans == st.cue.spans
             and not _in_a_relative_clause_after(st, o, text)]
    holds = lambda o: all(any(a <= s and e <= b for a, b in st.quote.spans) for s, e in o.quote.spans)
    return bool(inner) and (st.cue.lemma in NAMING_LEMMAS or _with_a_judgement(st, text)
                            or not all(holds(o) for o in inner))


NAMING_LEMMAS = frozenset({"nennen", "bezeichnen"})


RELATIVE_OPENING = re.compile(r",\s+(?:\w+\s+)?(?:der|die|das|dem|den|denen|deren|dessen|welche[rsmn]?)\s")


def _in_a_relative_clause_after(reported: Statement, direct: Statement, text: str) -> bool:
    end = max(e for _, e in reported.quote.spans)
    start = min(s for s, _ in direct.quote.spans)
    between = text[end:start]
    opening = RELATIVE_OPENING.search(between)
    # the quoted words still inside it: "Karten, bei denen es 26 Fouls gab, als „übertrieben“" is no such case
    return end < start and opening is not None and "," not in between[opening.end():]


CONTINUATIONS = frozenset({"IndirectFreeIndirect", "FreeIndirect"})


def _reported_reports_take_the_reporter(document: Document, out: list[Annotation],
                                       tokens: _Tokens) -> list[Annotation]:
    """ "Die Staatsanwaltschaft gibt an, Spector werde belastet. Dieser behaupte, …": a statement whose
    reporting clause is itself in Konjunktiv I is a continuation in the data set, and its speaker is the
    one who reports it (the speaker of the statement in the sentence right before, same paragraph), not
    the subject of that clause."""
    sentence = {t["id"]: t.get("sentence") for t in tokens.tokens}
    text = document.article.text
    result, last, last_end = [], None, 0
    for st, a in zip(document.statements, out):
        if st.type == "indirect" and a.type == "IndirectFreeIndirect" and last is not None and last.speaker and a.quote:
            gap = (sentence.get(min(a.quote)) or 0) - (sentence.get(max(last.quote)) or 0)
            start = min(s for s, _ in st.quote.spans)
            if gap == 1 and "\n" not in text[last_end:start]:
                a = replace(a, speaker=last.speaker)
        if a.quote:
            last, last_end = a, max(e for _, e in st.quote.spans)
        result.append(a)
    return result


def _continuations_name_their_antecedent(document: Document, out: list[Annotation],
                                         tokens: _Tokens) -> list[Annotation]:
    """ "Er halte die Gesetze für vertretbar": in a continuation the data set's speaker is the mention
    that introduced the speaker earlier ("der Vorsitzende …, Sebastian Edathy"), not the pronoun
    inside the quote; ours is the pronoun, linked to its entity, whose mentions we know."""
    mentions = {e.id: sorted(e.mentions) for e in document.entities}
    result = []
    for st, a in zip(document.statements, out):
        entities = list(st.speaker.entities) if st.speaker is not None else []
        if a.type in CONTINUATIONS and a.speaker and a.speaker <= a.quote and entities:
            start = min(s for s, _ in st.quote.spans)
            before = [m for m in mentions.get(entities[0], ()) if m[1] <= start]
            if before:
                a = replace(a, speaker=tokens.ids([before[-1]]) or a.speaker)
        result.append(a)
    return result


FINAL_PUNCTUATION = frozenset({".", "!", "?"})
DATIVE_OPENERS = frozenset({"dem", "der", "den", "einem", "einer", "gegenüber", "vor", "zu", "zum", "zur"})
ADDRESSEE_PREPOSITIONS = frozenset({"gegenüber", "vor", "an", "zu", "zum", "zur", "mit"})


def _without_preposition(ids: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """ "gegenüber der Presse", "vor Journalisten", "in einem Interview mit der Zeitung X": the data set's
    addressee is the phrase after the preposition (32 of 35 after "gegenüber" in train); ours keeps the
    preposition, as a via keeps its "im"."""
    order = sorted(ids, key=lambda i: tokens.index[i])
    if not order or tokens.text(order[0]).lower() not in ADDRESSEE_PREPOSITIONS | {"in", "im"}:
        return ids      # "den 140 Menschen an Bord": no leading preposition
    cut = max(k for k, i in enumerate(order[:4]) if tokens.text(i).lower() in ADDRESSEE_PREPOSITIONS | {"in", "im"})
    return frozenset(order[cut + 1:]) if cut + 1 < len(order) else ids


def _spoken_to(st: Statement) -> bool:
    """A via the speaker addressed ("dem Sender", "gegenüber der Zeitung"), not a source ("… zufolge")."""
    if st.via is None or not st.via.text.split():
        return False
    words = [w.lower() for w in st.via.text.split()]
    return (words[0] in DATIVE_OPENERS or "mit" in words[1:-1]) and words[-1] != "zufolge"


def _main_clause_after_the_content(st: Statement, frame: frozenset[int], quote: frozenset[int],
                                   sentences: dict[int, frozenset[int]], tokens: _Tokens) -> frozenset[int]:
    """ "Mehrere Anfragen an den Provider, die Seite zu sperren, blieben erfolglos", "Ein Bericht, wonach …,
    wurde dementiert": the content of a speech noun stands inside the main clause, and the data set's frame is
    that whole clause, also what follows the content."""
    lemma = st.cue.lemma if st.cue is not None and st.cue.lemma else ""
    if st.type != "indirect" or not (lemma[:1].isupper() or lemma == "wonach") or not frame or not quote or (
            max(frame) > min(quote)):
        return frozenset()
    sentence = sentences.get(max(quote), frozenset())
    after = sorted(i for i in sentence if i > max(quote))
    words = [i for i in after if tokens.text(i) not in FINAL_PUNCTUATION]
    if len(words) < 2 or tokens.text(words[0]) != "," or any(tokens.text(i) in OPENING_MARKS for i in words):
        return frozenset()
    return frozenset(after)     # the sentence's final mark too, as the data set mostly has it here


def _reporting_clause(frame: frozenset[int], quote: frozenset[int], sentences: dict[int, frozenset[int]],
                      tokens: _Tokens) -> frozenset[int]:
    """The frame widened to the data set's reporting clause (see the module doc)."""
    sentence = sentences.get(min(frame))
    if not sentence:
        return frame
    if max(frame) < min(quote):
        # up to the quote, but a partial quote's own clause is not part of the frame:
        # "Der Staatsanwalt sagte , | der Sohn habe sich „…“"
        end = min(quote)
        for i in sorted(sentence):
            if max(frame) < i < end and tokens.text(i) in (",", ":"):
                end = _through_appositions(i + 1, min(quote), sentence, tokens)
                break
        # not the end of an earlier quotation the data set's sentence holds: "… ! “ Struck sagte , …"
        ends = [i for i in sentence if i < min(frame) and tokens.text(i) in CLOSING_MARKS and (
            tokens.tokens[tokens.index[i] - 1]["text"] in FINAL_PUNCTUATION)]
        start = max(ends) + 1 if ends else 0
        return frozenset(i for i in sentence if start <= i < end)
    if min(frame) > max(quote):
        last = max(sentence)
        while last in sentence and tokens.text(last) in FINAL_PUNCTUATION:
            last -= 1
        last = _trailing_clause_end(max(frame), last, sentence, tokens)
        return frozenset(i for i in sentence if max(quote) < i <= last)
    return _with_parenthesis_marks(frame, quote, tokens)


CLAUSE_LINKS = frozenset({",", ":", ";", "und", "doch", "sondern", "aber"})


def _trailing_clause_end(frame_end: int, last: int, sentence: frozenset[int], tokens: _Tokens) -> int:
    """ ", sagte die Ministerin, ihre „Gedanken …“", ", schrieben die Hacker und kündigten … an": a reporting
    clause after the quote ends where a new clause (or quotation) follows, with the comma before it; appositions
    and adverbials (", sagte Ott, Sprecher der Firma, am Montag") stay in it."""
    order = sorted(i for i in sentence if frame_end < i <= last)
    for k, i in enumerate(order):
        if tokens.text(i).lower() not in CLAUSE_LINKS:
            continue
        segment = []
        for j in order[k + 1:]:
            if tokens.text(j).lower() in CLAUSE_LINKS:
                break
            segment.append(j)
        words = [tokens.text(j) for j in segment]
        quoted = any(w in OPENING_MARKS for w in words)
        if segment and not quoted and all(_noun_phrase_word(w) for w in words):
            continue        # an apposition or adverbial
        if tokens.text(i) == ",":
            return i
        return order[k - 1] if k else frame_end
    return last


PARENTHESIS_MARKS = frozenset({",", "–", "—", "-"})


def _with_parenthesis_marks(frame: frozenset[int], quote: frozenset[int], tokens: _Tokens) -> frozenset[int]:
    """ "Der Plan, so Ott weiter, sei gut": a reporting clause set into the content takes the commas (or dashes)
    around it in the data set's frame."""
    if not frame or not quote or not min(quote) < min(frame) <= max(frame) < max(quote):
        return frame
    first, last = tokens.index[min(frame)], tokens.index[max(frame)]
    if first < 1 or last + 1 >= len(tokens.tokens):
        return frame
    before, after = tokens.tokens[first - 1], tokens.tokens[last + 1]
    if before["text"] in PARENTHESIS_MARKS and after["text"] in PARENTHESIS_MARKS and not (
            {before["id"], after["id"]} & quote):
        return frame | {before["id"], after["id"]}
    return frame


def _through_appositions(start: int, quote_start: int, sentence: frozenset[int], tokens: _Tokens) -> int:
    """ "Das erklärte der Direktor der Behörde, Hans Ott, dass …", "sagte Ott, Chef der Firma:": a
    comma-delimited apposition right before the quote belongs to the data set's frame. A segment that
    ends with a lower-case word is a verb-final clause of its own (a relative or partial quote's clause),
    not an apposition. Returns the end (exclusive) of the frame."""
    order = sorted(i for i in sentence if start <= i < quote_start)
    if not order or tokens.text(order[-1]) not in (",", ":") or len(order) > 16:
        return start
    segment = []
    for i in order:
        if tokens.text(i) not in (",", ":"):
            segment.append(tokens.text(i))
            continue
        if not segment:
            return start
        apposition = all(_noun_phrase_word(w) for w in segment) and (
            segment[-1][:1].isupper() or segment[-1] in CLOSING_MARKS | {")"})
        if not apposition and not _relative_clause_words(segment):
            return start     # "…, der Plan sei „…“": the segment is a clause of its own
        segment = []
    return quote_start


RELATIVE_OPENERS = frozenset({"der", "die", "das", "deren", "dessen", "denen", "welcher", "welche", "welches"})


def _relative_clause_words(words: list[str]) -> bool:
    """A relative clause on the speaker ("die auf ihrer Homepage veröffentlicht wurde", "in der davon berichtet
    wird"): a relative pronoun, maybe after a preposition, and a verb at the end; no reported content in
    Konjunktiv ("der Plan sei gut", "bei der Wahl würden alle zustimmen")."""
    lows = [w.lower() for w in words]
    opener = lows[0] in RELATIVE_OPENERS or (len(lows) > 2 and lows[0] in APPOSITION_LINKS - NP_LINKS
                                                and lows[1] in RELATIVE_OPENERS)
    return (opener and len(words) >= 3 and words[-1].isalpha() and words[-1].islower()
            and not any(w in KONJUNKTIV_FINITE | KONJUNKTIV_2 or _konjunktiv_1(w) for w in words))


KONJUNKTIV_2 = frozenset({"würde", "würden", "hätte", "hätten", "wäre", "wären", "könnte", "könnten", "müsste",
                          "müssten", "sollte", "sollten", "dürfte", "dürften"})


APPOSITION_LINKS = NP_LINKS | frozenset({"am", "im", "an", "in", "für", "bei", "beim", "gegenüber", "aus", "zu", "zur",
                                         "zum", "mit", "ehemals", "kurz", "auch"})


def _noun_phrase_word(text: str) -> bool:
    """A word that can stand in a noun phrase: a noun or name, a number, an article, a preposition, an inflected
    adjective ("ehemaligen"), a bracket or quotation mark, a name with a particle ("el-Baradei"); not a finite
    verb ("sei", "gehe")."""
    from zitat.language.morphology import lemma
    low = text.lower()
    if any(c.isupper() or c.isdigit() for c in text) or low in APPOSITION_LINKS or not text[:1].isalnum():
        return True
    base = lemma(low)
    return text.isalpha() and base != low and low.startswith(base) and low.endswith(("e", "en", "er", "es", "em"))


def _direct_frame(widened: frozenset[int], frame: frozenset[int], quote: frozenset[int],
                  tokens: _Tokens) -> frozenset[int]:
    """The reporting clause of a direct quote as the data set draws it, within one sentence of ours: before
    the quote it starts after the end of an earlier sentence ("… hier!“ Struck sagte:"); after the quote
    it starts at the comma before the frame (", so Rice", not "beenden, so Rice") and ends with its
    sentence (", ließ ein Sprecher verlauten." without the next sentence)."""
    if not widened or not quote:
        return widened
    pos = sorted(tokens.index[i] for i in widened)
    text = lambda p: tokens.tokens[p]["text"]
    ends = lambda p: text(p) in FINAL_PUNCTUATION or (
        text(p) in CLOSING_MARKS and p > 0 and text(p - 1) in FINAL_PUNCTUATION)
    if pos[-1] < tokens.index[min(quote)]:
        starts = [p for p in pos if ends(p) and p < tokens.index[min(frame)]]
        return frozenset(tokens.tokens[p]["id"] for p in pos if not starts or p > starts[-1]) or widened
    if pos[0] > tokens.index[max(quote)]:
        first, last = tokens.index[min(frame)], tokens.index[max(frame)]
        commas = [p for p in pos if p < first and text(p) == ","]
        out = []
        for p in pos:
            if commas and p < commas[-1]:
                continue
            if p > last and text(p) in FINAL_PUNCTUATION:
                break
            out.append(p)
        return frozenset(tokens.tokens[p]["id"] for p in out) or widened
    return widened


def _sentence_of_token(doc: dict) -> dict[int, frozenset[int]]:
    """Token id -> all token ids of its sentence (the data set's own sentence split, which also breaks at a
    line break inside one of its sentences: "… fünfjährige Sperren.\nEinem Schiedsrichter drohen …" are two)."""
    out = {}
    text = doc.get("originalText", "")
    position = {t["id"]: t for t in doc.get("tokens", [])}
    for s in doc.get("sentences", []):
        ids = [i for i in (s.get("tokenIds") or ()) if i in position]
        ids.sort(key=lambda i: position[i]["charBegin"])
        parts, part = [], []
        for i in ids:
            if part and "\n" in text[position[part[-1]]["charEnd"]:position[i]["charBegin"]]:
                parts.append(part)
                part = []
            part.append(i)
        parts.append(part)
        for part in parts:
            group = frozenset(part)
            for i in part:
                out[i] = group
    return out


def annotations_to_json(annotations: list[Annotation]) -> list[dict]:
    """Annotations in the data set's format (token ids only), e.g. for a predictions file."""
    return [{**{r: {"tokenIds": sorted(a.role(r))} for r in ROLES}, "type": a.type, "medium": a.medium}
            for a in annotations]


def _extractor(use_model: bool):
    from zitat.pipeline import extract_article
    try:
        accepts = "use_model" in inspect.signature(extract_article).parameters
    except (TypeError, ValueError):
        accepts = False
    if accepts:
        return lambda article: extract_article(article, use_model=use_model)
    return extract_article


def run(path: str | Path, predictions: str | Path | None = None, use_model: bool = True,
        limit: int | None = None) -> Report:
    """Extract every article of a split with zitat, score it against the gold annotations.

    `predictions`: also write one JSON line per document, {"documentName", "annotations"} in the data
    set's format. `use_model` is passed to `extract_article` only if it takes that keyword.
    """
    docs = load(path)[:limit] if limit is not None else load(path)
    extract = _extractor(use_model)
    gold, system = [], []
    out = open(predictions, "w", encoding="utf-8") if predictions else None
    try:
        for doc in docs:
            document = extract(Article(text=doc["originalText"], id=doc["documentName"]))
            annotations = predicted_annotations(doc, document)
            gold.append(gold_annotations(doc))
            system.append(annotations)
            if out:
                line = {"documentName": doc["documentName"], "annotations": annotations_to_json(annotations)}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    finally:
        if out:
            out.close()
    report = score(gold, system)
    report.title = f"WikiNews quotation attribution: {Path(path).name}" + (f" (first {limit})" if limit else "")
    return report


def score_files(gold_path: str | Path, predictions_path: str | Path) -> Report:
    """Score a predictions file (as written by `run`) against a gold split, matching by documentName."""
    predicted = {d["documentName"]: [_annotation(a) for a in d.get("annotations", [])]
                 for d in load(predictions_path)}
    docs = load(gold_path)
    return score([gold_annotations(d) for d in docs], [predicted.get(d["documentName"], []) for d in docs])


def gold_vs_gold(path: str | Path, limit: int | None = None) -> Report:
    """Sanity check: the gold annotations scored against themselves (1.0 everywhere)."""
    docs = load(path)[:limit] if limit is not None else load(path)
    gold = [gold_annotations(d) for d in docs]
    report = score(gold, [list(g) for g in gold])
    report.title = f"WikiNews gold vs gold: {Path(path).name}" + (f" (first {limit})" if limit else "")
    return report

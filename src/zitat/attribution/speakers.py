"""Who speaks: the subject of a speech verb, its addressee, and the outlet it spoke through.

German puts the finite verb second, so the subject stands either right before it ("Peskow sagte")
or right after it when something else comes first: the quote (", sagte er"), an adverb ("Zugleich
machte er deutlich") or a fronted phrase ("Am Freitag erklärte die Polizei").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from zitat.attribution.cues import AUXILIARIES, CueMatch
from zitat.attribution.mentions import (QUOTE_MARKS, Mention, known_common_noun, phrase_after, phrase_before,
                                       quoted_title, takes_genitive, title_phrase_before)
from zitat.language.doc import Doc
from zitat.language.tokens import DOMAIN

CONTENT_BOUNDARY = {",", ":", "„", "“", "”", "\"", "»", "«", "›", "‹", "–", "-"}
ADDRESSEE_PREPOSITIONS = {"gegenüber", "vor"}
DATIVE_ARTICLES = {"dem", "den", "der", "einem", "einer"}
REFLEXIVES = {"sich"}
OBLIQUE_DETERMINERS = {"dem", "den", "einem", "einen", "des", "eines", "ihm", "ihn", "ihnen", "seinem", "ihrem", "unserem", "seines", "ihres",
                       "seinen", "ihren", "unseren", "meinen", "diesem", "diesen", "jenem", "jenen", "keinem", "keinen"}
OBLIQUE_OPENERS = {"dem", "den", "einem", "einen", "des", "eines"}


@dataclass
class Attribution:
    speaker: Mention | None
    addressee: Mention | None
    via: Mention | None
    last: int              # last token index of the attribution words (for date and place)


def speaker_of(doc: Doc, cue: CueMatch) -> Attribution:
    anchor = cue.anchor
    s = doc.sentences[doc.tokens[anchor].sentence]
    # "wie das Ministerium heute bekannt gab": the subject stands before the particle
    left = cue.particle if cue.particle is not None and cue.particle == anchor - 1 else anchor
    before_anchor = doc.tokens[left - 1] if left > s.first else None
    speaker, subject_position = None, False
    if cue.entry.lemma in IMPERSONAL_CUES:
        return _impersonal_source(doc, cue, s.last)
    after = phrase_after(doc, anchor + 1, s.last) if anchor + 1 < s.last else None
    title = _title_subject(doc, left, s.first)
    if after is not None and after.kind == "pronoun" and (subject := _subject_before_object_pronoun(
            doc, after, left, s.first)) is not None:
        speaker = subject     # "Der Geschäftsführer nannte sie „fahrlässig“": "sie" is the object
    elif after is not None and after.kind == "pronoun":
        speaker = after                                   # "sagte er", "machte er deutlich"
    elif title is not None:
        speaker = title                                   # "Die Zeitung „Yemen Observer“ berichtet"
    elif before_anchor is None or before_anchor.text in CONTENT_BOUNDARY or (
            before_anchor.lower in POINTING_BACK and left - 1 == s.first):   # "Dies gab Airbus bekannt"
        fronted = _subject_with_apposition(doc, s.first, anchor - 1) if (
            before_anchor is not None and before_anchor.text == ",") else None
        if fronted is None and before_anchor is not None and before_anchor.text == ",":
            fronted = _subject_before_apposition(doc, s.first, anchor - 1) or _named_opening(doc, s.first, anchor - 1)
        # "Der Verkehrsminister, Binali Yildirim, charakterisierte das Opfer …": the subject came first
        speaker = fronted or _subject_after(doc, anchor, s.last)     # ", sagte Peskow"
        if fronted is None and speaker is not None and speaker.kind == "unknown" and _nominative_subject(
                doc, speaker, cue) and before_anchor is not None and (before_anchor.lower in POINTING_BACK and not doc.tokens[
                speaker.last - 1].lower.endswith(ABSTRACT_SUFFIXES) or (
                before_anchor.text == "," and _trailing_frame(
                    doc, cue, speaker, s.first, s.last))):
            subject_position = True     # "…, teilte die Reederei mit", "Dies gab die Reederei bekannt"
        elif fronted is None and speaker is not None and speaker.kind == "unknown" and speaker.last - speaker.first == 1 and (
                speaker.first == anchor + 1 and before_anchor is not None and before_anchor.text == "," and (
                    doc.tokens[speaker.first].text.replace("-", "").isalpha()) and _trailing_frame(
                    doc, cue, speaker, s.first, s.last)):
            # "Die Regelung sei gut, sagte Holm.": a bare word right after the verb of a trailing frame is a
            # surname the dictionary also knows
            speaker, subject_position = Mention(speaker.first, speaker.last, "person", name=speaker.name), True
        if speaker is None and before_anchor is not None and before_anchor.text == ",":
            speaker = _apposition_subject(doc, anchor - 1)  # "Der Chef der Armee, General X, sagte"
        if speaker is None and before_anchor is not None and before_anchor.text == ",":
            speaker = _elided_subject(doc, cue, anchor, s.first)   # "Sie lobte den Plan, forderte aber …"
    elif before_anchor.lower == "und" and left - 1 == anchor - 1 and (
            shared := _trailing_frame_subject(doc, cue, left - 1, s.first)) is not None:
        speaker = shared      # "Die Lage sei ernst, sagte Petra Lanz und fügte hinzu, …"
    elif before_anchor.lower == "und" and (shared := _shared_subject(doc, cue, left - 1, s.first)) is not None:
        speaker = shared      # "Er sagte, Europa brauche die Engländer und fügte hinzu: …"
    elif before_anchor.lower == "und" and left - 1 == anchor - 1 and (
            shared := _subject_after_first_verb(doc, cue, left - 1, s.first)) is not None:
        speaker = shared      # "Am Abend zogen die Demonstranten zum Rathaus und skandierten …"
    elif (wie := wie_opening(doc, anchor, s.first)) is not None:
        speaker = _wie_subject(doc, wie, anchor, cue)     # "wie Alan Stern, Direktor der NASA, betont"
        subject_position = speaker is not None and speaker.kind == "unknown"   # "wie die Reederei mitteilte"
    else:
        first = _clause_first(doc, anchor, s.first)
        relative_antecedent = _relative_antecedent(doc, cue, first, s)
        before = phrase_before(doc, _before_adverbs(doc, left - 1, first))
        if before is not None and (doc.tokens[before.first].lower in OBLIQUE_DETERMINERS or (
                first == s.first and before.first > first and doc.tokens[first].lower in OBLIQUE_OPENERS)):
            before = None     # "Den in Timor verbliebenen Flüchtlingen sicherte Präsident X zu": a fronted dative
        if before is not None and before.first == first and _adverbial_participle(doc, first, anchor):
            before = None     # "Ergänzend erklärte die Polizei, …": a participle as adverb, the subject follows
        attributed = _subject_with_attribute(doc, before, first, anchor) if before is not None else None
        if before is not None and not is_passive(doc, cue) and _governed_by_preposition(doc, before, first, cue):
            before = None     # "…, der zum Sturm des Gefängnisses aufgerufen hatte": the noun before the verb is no subject
        if relative_antecedent is not None:
            speaker = relative_antecedent      # "Alice Schwarzer, die den Mut der Autorin hervorhob, …"
        elif before is not None and (before.kind != "unknown" or is_outlet(doc, before)) and _starts_clause(
                doc, before.first, first):
            speaker = before                              # "Kremlchef Wladimir Putin bekräftigte"
        elif before is not None and _starts_clause(doc, before.first, first) and (
                subject := _unknown_subject(doc, before, cue, s.last)) is not None:
            speaker, subject_position = subject, True     # "Die Entführer teilten mit", "Merkel entgegnete"
        elif attributed is not None and (
                subject := _unknown_subject(doc, attributed, cue, s.last)) is not None:
            speaker, subject_position = subject, True     # "Die Vereinigung für Wertpapierbesitz ist der Ansicht"
        elif before is not None and before.kind == "unknown" and _starts_clause(doc, before.first, first) and (
                doc.tokens[before.first].lower in doc.lexicon.determiners) and not _names_a_time(doc, before) and (
                named := _named_after_fronted_object(doc, cue, anchor, s.last)) is not None:
            speaker = named     # "Die Äußerungen des Ministers bezeichnete Jan Ott als …": the object comes first
        elif before is not None and before.kind not in ("unknown", "pronoun") and _verb_final(doc, cue, s.last):
            speaker = before          # "…, von dem die Polizei glaubt, er sei …": a verb-final clause
            if doc.tokens[first].lower in {"dass", "ob"} | VERB_FINAL_OPENERS and before.first > first + 1 and (
                    opening := phrase_after(doc, first + 1, before.first)) is not None and (
                    opening.last == before.first) and (
                    opening.kind in ("person", "organisation", "group", "pronoun") or (
                        opening.kind == "unknown" and opening.last == opening.first + 1 and not known_common_noun(
                            doc.tokens[opening.first].text))) and (
                    doc.tokens[opening.first].lower not in OBLIQUE_DETERMINERS | {"ihn", "ihm", "ihnen", "mir", "dir"}):
                speaker = opening if opening.kind != "unknown" else Mention(opening.first, opening.last, "person",
                                                                            name=opening.name)
                # "…, dass Mindermann das Mädchen gefragt habe": the subject follows "dass"
        elif doc.tokens[first].lower in VERB_FINAL_OPENERS and first + 1 < anchor and not opens_phrase(doc, first):
            # "Nachdem die Anwältin dem Richter mitgeteilt hatte, …": the subject follows the conjunction
            opening = phrase_after(doc, first + 1, anchor)
            speaker = opening if opening is not None and opening.kind != "unknown" else None
        elif _fronted(doc, anchor, first):
            speaker = _subject_after(doc, anchor, s.last)  # "Zugleich machte er …", "Am Freitag erklärte …"
            if speaker is not None and speaker.kind == "unknown" and speaker.first == anchor + 1 and (
                    _nominative_subject(doc, speaker, cue)) and doc.tokens[speaker.first].lower in ARTICLES and (
                    not _fronted_noun_phrase(doc, first, anchor)) and (
                    _content_follows(doc, cue, s.last, speaker.last) or doc.tokens[speaker.first].lower in (
                    "die", "der") and not doc.tokens[speaker.last - 1].lower.endswith(ABSTRACT_SUFFIXES)):
                # "Zudem verlangen die Mönche, …", "Am Montag gab die Reederei bekannt, …": right after the
                # finite verb stands its subject
                if _plural_verb(doc, anchor):
                    speaker = Mention(speaker.first, speaker.last, "group", name=speaker.name)
                subject_position = True
            elif speaker is not None and speaker.kind == "unknown" and speaker.first == anchor + 1 and (
                    bare := _bare_word_subject(doc, speaker, cue, s.last)) is not None:
                speaker, subject_position = bare, True     # "Allerdings räumt Füller ein, …"
        else:
            # a long subject: "Die Behörde sowie die Parteien … mit Ausnahme der Linken verurteilten"
            opening = phrase_after(doc, first, anchor)
            if opening is not None and doc.tokens[opening.first].lower in OBLIQUE_DETERMINERS:
                opening = None     # "Ihren Rivalen Jonas Weber forderte Lanz auf, …": a fronted object
            speaker = opening if opening is not None and opening.kind != "unknown" else (
                before or _subject_after(doc, anchor, s.last))
            if speaker is None and opening is not None and opening.kind == "unknown" and opening.first == first and (
                    opening.last < anchor and doc.tokens[opening.last].lower in ACTIVE_AUXILIARIES) and (
                    doc.tokens[first].lower in NOMINATIVE_DETERMINERS) and not _names_a_time(doc, opening) and (
                    _content_follows(doc, cue, s.last) or _dass_clause_follows(doc, cue, s.last)):
                # "Die Geber haben angekündigt, …": the phrase before the auxiliary of a perfect or a modal is
                # its subject
                plural = doc.tokens[opening.last].lower in PLURAL_AUXILIARIES
                speaker = Mention(opening.first, opening.last, "group" if plural else "unknown", name=opening.name)
                subject_position = True

    if speaker is not None and speaker.first > anchor and speaker.kind == "person" and not speaker.members and (
            _plural_verb(doc, anchor)) and (first := _clause_first(doc, anchor, s.first)) < anchor - 2 and (
            doc.tokens[first].lower in PLURAL_OPENERS) and doc.tokens[first + 1].lower in ("der", "von") and not any(
            doc.tokens[k].text in CLAUSE_PUNCTUATION for k in range(first, anchor)):
        # "Einige der britischen Moslems haben Premierminister Blair geschrieben": a plural verb does not
        # agree with the one person after it; the quantified phrase before it is the subject
        speaker, subject_position = Mention(first, anchor, "group"), True
    if speaker is not None and doc.tokens[speaker.first].lower in OBLIQUE_DETERMINERS:
        speaker = None   # "Dem Konzern droht ein Bußgeld": a dative is never the one who speaks
    if speaker is not None and speaker.kind == "unknown" and not subject_position and not is_outlet(doc, speaker):
        # "Anfang März", "die Spannung": common nouns that are no speakers; "Andres Granier" is a name
        speaker = _as_name(doc, speaker)
    if speaker is not None and any(speaker.first <= k < speaker.last for k in cue.tokens):
        speaker = None   # "war die Rede, dass …": the noun belongs to the cue
    passive_subject = None
    quoting = cue.entry.lemma in QUOTING_VERBS
    if quoting and not is_passive(doc, cue) and (speaker is None or speaker.last <= anchor):
        # "Die Rundschau zitiert einen Augenzeugen mit den Worten: …": the one quoted speaks,
        # the subject is the channel
        # "„…“, zitierte man X", "zitiert ndr.de X": an impersonal subject or a web address before the one quoted
        subject_word = speaker is None and anchor + 2 < s.last and (doc.tokens[anchor + 1].lower == "man" or re.fullmatch(
            DOMAIN, doc.tokens[anchor + 1].text))
        quoted = _quoted_object(doc, anchor + 1 if subject_word else anchor, s.last)
        channel = speaker or (phrase_before(doc, anchor - 1) if anchor > s.first else None)
        if subject_word and doc.tokens[anchor + 1].lower != "man":
            channel = Mention(anchor + 1, anchor + 2, "outlet", name=doc.tokens[anchor + 1].text)
        if quoted is not None:
            last = max(cue.tokens + [quoted.last - 1])
            addressee, via, last = _addressee_and_via(doc, last + 1, s.last, last)
            if channel is not None and (channel.last <= anchor or subject_word):
                via = via or Mention(channel.first, channel.last, "outlet", name=channel.name)
            return Attribution(quoted, addressee, via, last)
    if quoting and not is_passive(doc, cue) and speaker is not None and speaker.first > anchor:
        # "„…“, zitiert die Rundschau den Bürgermeister": after an outlet as subject, its object speaks
        quoted = _quoted_object(doc, speaker.last - 1, s.last)
        if quoted is not None and quoted.first == speaker.last:
            last = max(cue.tokens + [quoted.last - 1])
            addressee, via, last = _addressee_and_via(doc, last + 1, s.last, last)
            return Attribution(quoted, addressee, via or Mention(speaker.first, speaker.last, "outlet",
                                                                   name=speaker.name), last)
    if is_passive(doc, cue) and not quoting:   # "X wird mit den Worten zitiert": X speaks
        # "Die Anwohner wurden gebeten, …", "wurde vom Minister propagiert": the subject of a passive
        # speech verb was spoken to or about; the speaker is the agent, if named
        # a fronted agent only where what was said follows ("Von den Behörden wird angenommen, dass …")
        fronted_agent = _clause_first(doc, anchor, s.first)
        if not _content_follows(doc, cue, s.last) and not _agent_before_auxiliary(doc, fronted_agent, min(anchor, cue.verb - 1)):
            fronted_agent = None
        passive_subject, speaker = speaker, _passive_agent(doc, min(anchor, cue.verb - 1), cue.verb, fronted_agent)
    fronted_outlet = None
    if speaker is not None and speaker.last <= anchor and is_outlet(doc, speaker) and not (
            speaker.kind == "person" and (speaker.roles or len((speaker.name or "").split()) > 1)) and (
            doc.tokens[speaker.first].lower not in ("die", "das", "ein", "eine")):
        # (not "Die Zeitung warf Jonas Weber Lügen vor": a nominative article, the outlet is the subject)
        # (not "New Yorks Bürgermeister Michael Bloomberg kritisierte X": a person named like an agency)
        person = _subject_after(doc, anchor, s.last)
        if person is not None and person.kind == "unknown" and person.first == anchor + 1 and (
                person.last == person.first + 1) and doc.tokens[person.first].text.isalpha() and (
                doc.tokens[speaker.first].lower in DATIVE_ARTICLES) and speaker.first == _clause_first(doc, anchor, s.first):
            # "Der Zeitung sagte Ott, …": after a fronted dative outlet a bare word after the verb is a surname
            person = Mention(person.first, person.last, "person", name=doc.tokens[person.first].text)
        if person is not None and person.kind == "person":
            # "Der Zeitung sagte Filep Karma: …": the outlet is fronted, the person speaks
            fronted_outlet, speaker = Mention(speaker.first, speaker.last, "outlet", name=speaker.name), person
    last = max(cue.tokens + ([speaker.last - 1] if speaker else []))
    addressee, via, last = _addressee_and_via(doc, last + 1, s.last, last)
    if addressee is None or via is None:
        elsewhere = _spoken_to_in_clause(doc, cue, speaker, s.first, left)
        addressee, via = addressee or elsewhere[0], via or elsewhere[1]
    if addressee is None and cue.entry.addressee:
        addressee = _object_addressed(doc, cue, speaker, s.last) or _fronted_object(doc, cue, speaker, s.first, left)
    final_passive = cue.verb + 1 < len(doc.tokens) and doc.tokens[cue.verb + 1].lower in PASSIVE_AUXILIARIES and (
        cue.anchor == cue.verb)      # "wie Ott von der Zeitung zitiert wird"
    if via is None and quoting and (is_passive(doc, cue) or final_passive):
        # "„…“, wird der Sprecher von der „Netzeitung“ zitiert": the agent of the passive is the channel, and
        # so is the text it is quoted in: "wird der Trainer im Fachblatt „Kicker“ zitiert", "wird in einer
        # Presseerklärung mit den Worten zitiert"; also in a verb-final clause ("wie Ott von der Zeitung
        # zitiert wird")
        start = speaker.last if speaker is not None and speaker.last > anchor else anchor + 1
        if final_passive and speaker is not None and speaker.last == cue.verb:
            # "wie Jonas Weber von der Agentur Reuters zitiert wird": the agent is no affiliation of the name
            cut = next((k for k in range(speaker.first + 1, speaker.last) if doc.tokens[k].lower in ("von", "vom")), None)
            agent = phrase_after(doc, cut + 1, cue.verb) if cut is not None else None
            if agent is not None and agent.last == cue.verb and (is_outlet(doc, agent) or agent.kind in (
                    "organisation", "outlet")):
                speaker = replace(speaker, last=cut)
        if final_passive:
            start = speaker.last if speaker is not None and speaker.last <= cue.verb else cue.verb
        for k in range(start, cue.verb):
            if doc.tokens[k].lower in ("von", "vom", "in", "im"):
                agent, titled = phrase_after(doc, k + 1, cue.verb), None
                close = next((j for j in range(k + 2, cue.verb) if doc.tokens[j].text in QUOTE_MARKS
                              and j > k + 2 and doc.tokens[j - 1].text not in QUOTE_MARKS), None)
                if close is not None and (titled := title_phrase_before(doc, close, k + 1)) is not None and (
                        titled.first <= k + 3):
                    agent = titled      # "von der „Netzeitung“", "im italienischen Fachblatt „Kicker“"
                agent_of_passive = doc.tokens[k].lower in ("von", "vom")
                if agent is not None and (is_outlet(doc, agent) or agent is titled or _channel_noun(doc, agent) or (
                        agent_of_passive and (agent.kind in ("organisation", "outlet") or _as_name(doc, agent) is not None))):
                    via = Mention(agent.first, agent.last, "outlet", name=agent.name)
                    break
                if doc.tokens[k].lower in ("von", "vom"):
                    break
    if addressee is None and passive_subject is not None and cue.entry.addressee == "accusative" and (
            passive_subject.kind in ("person", "group", "organisation", "pronoun")):
        addressee = passive_subject
    return Attribution(speaker, addressee, via or fronted_outlet, last)


GOVERNING_PREPOSITIONS = {"von", "vom", "durch", "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach",
                          "zu", "zum", "zur", "über", "unter", "vor", "für", "gegen", "um", "wegen", "trotz", "ohne"}


def _governed_by_preposition(doc: Doc, m: Mention, first: int, cue: CueMatch) -> bool:
    """The phrase is the object of a preposition, maybe after a number: "mit Einnahmen von bis zu 3,5
    Milliarden Euro rechnet", "zum Sturm des Gefängnisses aufgerufen": never the subject of the verb.
    The agent of a verb-final passive is the speaker: "nachdem er vom Moderator gefragt wurde"."""
    k = m.first - 1
    while k >= first and any(c.isdigit() for c in doc.tokens[k].text):
        k -= 1
    if k >= first and doc.tokens[k].lower == "unter" and doc.tokens[k + 1].lower in ("anderem", "anderen"):
        return False      # "denen unter anderem Rafael Correa vorwirft": an adverb, no prepositional phrase
    if k >= first and doc.tokens[k].lower in ("von", "vom", "durch") and cue.anchor + 1 < len(doc.tokens) and (
            doc.tokens[cue.anchor + 1].lower in PASSIVE_AUXILIARIES):
        return False
    return k >= first and doc.tokens[k].lower in GOVERNING_PREPOSITIONS


def _subject_before_object_pronoun(doc: Doc, pronoun: Mention, left: int, first: int) -> Mention | None:
    """A person or body opening the sentence right before the verb is its subject, and "sie" or "es" after
    the verb its object: "Der Hauptgeschäftsführer des Verbands nannte sie „fahrlässig“"."""
    if doc.tokens[pronoun.first].lower not in ("sie", "es") or left - 1 <= first:
        return None
    m = phrase_before(doc, left - 1)
    if m is None or m.first != first or m.kind not in ("person", "organisation", "group") or (
            doc.tokens[m.first].lower in OBLIQUE_DETERMINERS or doc.tokens[m.first].lower in ("die", "den")):
        return None       # "Die Pläne nannte sie …", "Die Ministerin …" (feminine or plural: either can be subject)
    return m


def _title_subject(doc: Doc, left: int, first: int) -> Mention | None:
    """A name in quotation marks opening the clause right before the verb: "„BBC News“ berichtet",
    "Die Zeitung „Yemen Observer“ meldet", "Auch die Initiative „Rettet den Wald“ forderte"."""
    if left - 1 <= first:
        return None
    k = left - 1
    while k > first and doc.tokens[k].lower in AUXILIARIES:
        k -= 1                                     # "„Jungle World“ hatte kritisiert"
    k = _before_adverbs(doc, k, first)
    if doc.tokens[k].text not in QUOTE_MARKS:
        return None
    m = title_phrase_before(doc, k, first) or _lower_case_title_after_wie(doc, k, first)
    if m is None or m.last != k + 1:
        return None
    clause_first = _clause_first(doc, m.first + 1, first)
    if _starts_clause(doc, m.first, clause_first):
        return m
    # "Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte", "Der Sprecher des „Vereins X“ sagte": the title
    # is attached to the subject
    p = m.first - 1
    if p > clause_first and doc.tokens[p].lower in ("von", "vom", "bei", "beim"):
        p -= 1
    head = phrase_before(doc, p) if p >= clause_first else None
    if head is None or head.kind not in ("person", "organisation", "group") or head.last != p + 1 or not (
            _starts_clause(doc, head.first, clause_first)) or doc.tokens[head.first].lower in OBLIQUE_DETERMINERS:
        return None
    return Mention(head.first, m.last, head.kind, name=head.name, roles=head.roles, gender=head.gender)


def _lower_case_title_after_wie(doc: Doc, close: int, first: int) -> Mention | None:
    """ "Wie „heise online“ berichtet": a title in lower case in quotation marks is, as the subject of
    the speech verb of a wie-clause, the name of a medium, not quoted words."""
    opening = next((o for o in range(close - 1, max(first, close - 5) - 1, -1)
                    if doc.tokens[o].text in ("„", "»", "\"")), None)
    if opening is None or opening == close - 1 or opening - 1 < first or doc.tokens[opening - 1].lower != "wie":
        return None
    inner = doc.tokens[opening + 1:close]
    if any(not t.is_word or t.lower in doc.lexicon.pronouns for t in inner):
        return None
    return Mention(opening, close + 1, "outlet", name=" ".join(t.text for t in inner))


def _relative_antecedent(doc: Doc, cue: CueMatch, first: int, s) -> Mention | None:
    """The speaker of a relative clause whose pronoun is its subject is the phrase the clause hangs on:
    "eines Hackers, der behauptet, …", "von Ägypten, das vorschlug, …". "…, die Polizei bestätigte, …"
    is no relative clause: the article and its noun reach up to the verb."""
    if first - 1 <= s.first or doc.tokens[first - 1].text != "," or doc.tokens[first].lower not in (
            SUBJECT_RELATIVE_PRONOUNS) or not _verb_final(doc, cue, s.last):
        return None
    as_article = phrase_after(doc, first, cue.anchor)
    if as_article is not None and as_article.last == cue.anchor:
        return None
    if is_passive(doc, cue) or any(doc.tokens[k].lower in VERB_FINAL_OPENERS | {"dass", "ob", "es"}
                                   for k in range(first + 1, cue.anchor)):
        return None       # "die mehr produzieren, als es die Vorgaben festlegen": another subject
    antecedent = phrase_before(doc, first - 2)
    if antecedent is not None and antecedent.kind == "unknown":
        antecedent = _as_name(doc, antecedent) or _common_noun_speaker(doc, antecedent)
    if antecedent is None or antecedent.kind == "pronoun":
        return None
    return antecedent


PLURAL_OPENERS = {"einige", "viele", "mehrere", "zahlreiche", "alle", "beide", "weitere", "etliche", "zwei", "drei"}
CLAUSE_PUNCTUATION = {",", ":", ";", "(", ")", "„", "“", "–"}
SUBJECT_RELATIVE_PRONOUNS = {"der", "die", "das", "welcher", "welche", "welches"}


def _common_noun_speaker(doc: Doc, m: Mention) -> Mention | None:
    """ "eines Hackers": a noun for people ("-er", "-e") stands for a person the lexicon lacks."""
    last = doc.tokens[m.last - 1]
    if last.lower.endswith(("er", "ers", "e", "en")) and not last.lower.endswith(ABSTRACT_SUFFIXES):
        return Mention(m.first, m.last, "person", name=None, roles=[last.text])
    return None


def _shared_subject(doc: Doc, cue: CueMatch, und: int, first: int) -> Mention | None:
    """A verb coordinated with "und" after a reported clause shares the subject of the sentence's
    first main clause, not a noun of the reported clause in between ("Er sagte, Europa brauche die
    Engländer und fügte hinzu"); a Konjunktiv verb after "und" still belongs to the reported clause
    ("…, der Mann sei geflohen und habe gedroht")."""
    if doc.mood(cue.anchor) is not None or not any(doc.tokens[k].text == "," for k in range(first, und)):
        return None
    if doc.tokens[first].lower in FOCUS_PARTICLES:
        first += 1        # "Auch der frühere Präsident, …, unterstützte … und bezeichnete …"
    opening = phrase_after(doc, first, und)
    if opening is None or opening.last >= und or doc.tokens[opening.first].lower in OBLIQUE_DETERMINERS:
        return None
    if opening.kind == "pronoun" and opening.pronoun not in NOMINATIVE_PRONOUNS:
        return None
    if doc.tokens[opening.last].text == ",":
        # "Der frühere Präsident, Mohammad Chatami, unterstützte den Protest und bezeichnete …"
        close = next((k for k in range(opening.last + 1, min(opening.last + MAX_APPOSITION_WORDS, und))
                      if doc.tokens[k].text == ","), None)
        named = _subject_with_apposition(doc, opening.first, close) if close is not None else None
        if named is not None and close + 1 < und and doc.tokens[close + 1].text.islower() and (
                doc.tokens[close + 1].lower not in doc.lexicon.function_words) and doc.mood(close + 1) is None:
            return named
    follows = doc.tokens[opening.last]
    if opening.kind == "unknown" and follows.text.islower() and doc.tokens[opening.first].lower in ARTICLES and (
            named := _named_after_fronted_object(doc, cue, opening.last, und)) is not None:
        return named           # "Die Äußerungen bezeichnete Ott als Fehler und sagte, …": the first verb's subject
    if opening.kind in ("person", "organisation", "group", "pronoun") and follows.text.islower() and (
            follows.lower not in doc.lexicon.function_words):
        return opening         # the opening phrase right before its verb
    return None


NOMINATIVE_PRONOUNS = {"er", "sie", "ich", "wir", "ihr"}
MAX_APPOSITION_WORDS = 8
# adverbs right after the verb of a second main clause that shares the first one's subject: "…, forderte aber …"
ELLIPSIS_ADVERBS = {"aber", "jedoch", "allerdings", "zugleich", "gleichzeitig"}


# prepositions of an attribute inside a subject: "Die Vereinigung für Wertpapierbesitz", "Die Initiative gegen Fluglärm"
ATTRIBUTE_PREPOSITIONS = {"für", "gegen", "zur", "zum", "ohne"}


def _subject_with_attribute(doc: Doc, before: Mention, first: int, anchor: int) -> Mention | None:
    """A common noun opening the clause with an article, and a prepositional attribute after it, right
    before the finite verb: "Die Vereinigung für Wertpapierbesitz (DSW) ist der Ansicht, …", "Die
    Initiative gegen Fluglärm erklärte, …". The phrase before the verb is only the attribute's noun; the
    subject is the whole phrase from the article."""
    p = before.first - 1
    if p <= first or doc.tokens[p].lower not in ATTRIBUTE_PREPOSITIONS or before.kind == "pronoun":
        return None
    if doc.tokens[first].lower not in NOMINATIVE_DETERMINERS - {"ihr", "sein", "seine", "ihre"}:
        return None
    opening = phrase_after(doc, first, p)
    if opening is None or opening.first != first or opening.last != p or not doc.tokens[p - 1].is_capitalized:
        return None
    if any(not t.is_word and t.text not in ("(", ")", "-") for t in doc.tokens[first:anchor]):
        return None
    return Mention(first, before.last, "unknown", name=opening.name)


def shares_subject(doc: Doc, cue: CueMatch, speaker: Mention) -> bool:
    """ "Kempf erläutert die Hypothese so: „…“, und fügt hinzu: …": a verb after "und" that shares the
    subject of an earlier clause, with a quotation or a clause boundary in between; its frame is "und fügt
    hinzu", not the whole sentence from the subject on."""
    first = min(cue.tokens)
    if speaker.last > first or first == 0 or doc.tokens[first - 1].lower not in ("und", "oder", "sowie"):
        return False
    return any(doc.tokens[k].text in (",", ":", ";") or doc.tokens[k].text in QUOTE_MARKS
               for k in range(speaker.last, first - 1))


def _trailing_frame_subject(doc: Doc, cue: CueMatch, und: int, first: int) -> Mention | None:
    """A verb right after "und" shares the subject of a trailing frame before it, which follows that
    frame's verb: "Die Lage sei ernst, sagte Petra Lanz und fügte hinzu, …", "„…“, erklärte er und
    verwies auf das Urteil". The frame opens right after the comma that closes a quotation or a clause
    in the Konjunktiv, with an indicative verb."""
    if doc.mood(cue.anchor) is not None:
        return None
    comma = next((k for k in range(und - 1, first, -1) if doc.tokens[k].text in (",", ";", ":")), None)
    if comma is None or doc.tokens[comma].text != "," or comma + 2 >= und:
        return None
    verb = doc.tokens[comma + 1]
    if not verb.text.islower() or verb.lower in doc.lexicon.function_words or doc.mood(comma + 1) is not None:
        return None
    if doc.tokens[comma - 1].text not in QUOTE_MARKS and not any(doc.mood(k) for k in range(first, comma)):
        return None       # neither a quotation nor reported speech before the frame
    m = _subject_after(doc, comma + 1, und)
    if m is None or m.last > und or m.kind not in ("person", "organisation", "group", "pronoun") or (
            m.kind == "pronoun" and m.pronoun not in NOMINATIVE_PRONOUNS):
        return None
    if any(doc.tokens[k].text in CLAUSE_PUNCTUATION for k in range(m.last, und)):
        return None
    return m


def _elided_subject(doc: Doc, cue: CueMatch, anchor: int, first: int) -> Mention | None:
    """ "Die Gewerkschaft lobte den Plan, forderte aber mehr Geld": after a comma, an indicative verb with
    "aber" (or "jedoch", "zugleich") right behind it and no subject of its own continues the sentence's
    first main clause, whose subject opens the sentence right before its verb."""
    if anchor != min(cue.tokens + [anchor]) or anchor + 1 >= len(doc.tokens) or (
            doc.tokens[anchor + 1].lower not in ELLIPSIS_ADVERBS) or doc.mood(anchor) is not None:
        return None
    opening = phrase_after(doc, first, anchor - 1)
    if opening is None or opening.first != first or opening.kind not in ("person", "organisation", "group", "pronoun"):
        return None
    if opening.kind == "pronoun" and opening.pronoun not in NOMINATIVE_PRONOUNS:
        return None
    verb = doc.tokens[opening.last] if opening.last < anchor else None
    if verb is None or not verb.text.islower() or verb.lower in doc.lexicon.function_words or doc.mood(opening.last):
        return None       # the opening phrase right before its own (indicative) verb
    return opening



def _subject_after_first_verb(doc: Doc, cue: CueMatch, und: int, first: int) -> Mention | None:
    """A verb right after "und" with no subject of its own shares the subject of the main clause before,
    which follows that clause's verb when a phrase is fronted: "Am Abend zogen die Demonstranten zum
    Rathaus und skandierten …", "Unter dem Motto „…“ zogen die Demonstranten … und skandierten …".
    Only for a main clause of one finite verb, no comma in between."""
    if doc.mood(cue.anchor) is not None or any(doc.tokens[k].text in (",", ";", ":") for k in range(first, und)):
        return None
    fronted = GOVERNING_PREPOSITIONS | FRONTED_ADVERBS
    opening = first + 1 if (doc.tokens[first].lower in doc.lexicon.function_words and doc.tokens[first].lower
                            not in fronted and first + 1 < und) else first       # "Doch am Abend zogen …"
    if doc.tokens[opening].lower not in fronted:
        return None       # "Doch Lawrow sieht das Land als „…“ und erklärte": the subject comes first
    verb, inside = None, False
    for k in range(first, und):
        if doc.tokens[k].text in QUOTE_MARKS:
            inside = doc.tokens[k].text in ("„", "»") or (not inside and doc.tokens[k].text == "\"")
        elif k > first and not inside and _first_finite_verb(doc, k):
            verb = k
            break
    if verb is None:
        return None
    m = _subject_after(doc, verb, und)
    if m is None or m.kind not in ("person", "organisation", "group", "pronoun") or (
            m.kind == "pronoun" and m.pronoun not in NOMINATIVE_PRONOUNS):
        return None
    return m


# adverbs that fill the first position, so the subject follows the verb: "Heute zogen die Bauern … und riefen"
FRONTED_ADVERBS = {"heute", "gestern", "morgen", "dann", "danach", "später", "zuvor", "anschließend", "dort", "hier"}


def _first_finite_verb(doc: Doc, k: int) -> bool:
    """A lower-case word after a fronted phrase whose next word opens the subject: "Am Abend zogen die …"."""
    t, prev = doc.tokens[k], doc.tokens[k - 1]
    if not t.is_word or not t.text.islower() or t.lower in doc.lexicon.function_words or (
            t.lower in doc.lexicon.determiners):
        return False
    nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    return nxt is not None and (prev.is_capitalized or prev.text in QUOTE_MARKS) and (
        nxt.lower in doc.lexicon.determiners or nxt.is_capitalized)


def _names_a_time(doc: Doc, m: Mention) -> bool:
    """ "Eine Minute später", "Anfang März", "Die Woche darauf": a phrase of time, no fronted object."""
    return any(t.lower in doc.lexicon.months or t.lower in doc.lexicon.weekdays or t.text in TIME_NOUNS | {"Minute", "Minuten"}
               for t in doc.tokens[m.first:m.last])


def _named_after_fronted_object(doc: Doc, cue: CueMatch, verb: int, end: int) -> Mention | None:
    """A common-noun phrase opening the clause with a named person or body right after the finite verb is
    the verb's object, and the name its subject: "Die Pläne bezeichnete Ministerin Lanz als …"; not a
    dative after the verb ("Die Reederei bestätigte dem Sender")."""
    m = phrase_after(doc, verb + 1, end) if verb + 1 < end else None
    if m is not None and m.kind == "unknown" and m.last - m.first == 1 and m.last < end and cue.entry.reported and (
            doc.tokens[m.last].lower in PREDICATE_OPENERS) and doc.tokens[m.first].text.replace("-", "").isalpha() and (
            not _plural_verb(doc, cue.anchor)):
        # "Die Lage verglich Merkel mit 1933", "Den Plan bezeichnete Ott als Fehler": a bare name before the predicate
        return Mention(m.first, m.last, "person", name=m.name or doc.tokens[m.first].text)
    if m is None or m.kind not in ("person", "organisation", "group", "outlet") or _object_after(doc, m, cue):
        return None
    return m


PREDICATE_OPENERS = {"als", "mit"}


def _unknown_subject(doc: Doc, m: Mention, cue: CueMatch, end: int) -> Mention | None:
    """A common-noun phrase opening the clause right before the finite verb is its subject ("Die
    Entführer teilten mit", "Der Verlag schlug vor"), unless a name or role phrase follows the verb,
    which makes the opening phrase a fronted object ("Die Pläne bezeichnete Ministerin Lanz als …").
    A bare word before a singular verb is a name the dictionary also knows ("Merkel entgegnete")."""
    words = doc.tokens[m.first:m.last]
    if any(t.lower in doc.lexicon.months or t.lower in doc.lexicon.weekdays for t in words):
        return None       # "Anfang März sagte …"
    after = _subject_after(doc, cue.anchor, end) if cue.anchor + 1 < end else None
    dative = after is not None and after.first == cue.anchor + 1 and _object_after(doc, after, cue)
    if not _content_follows(doc, cue, end, after.last if dative else 0) and not _dass_clause_follows(doc, cue, end):
        return None       # "Der Frachter droht auseinanderzubrechen": without a said content, a thing
    if after is not None and after.kind in ("person", "organisation", "group", "outlet") and not dative:
        return None
    plural = _plural_verb(doc, cue.anchor)
    if len(words) == 1 and not plural:
        return Mention(m.first, m.last, "person", name=words[0].text)
    return Mention(m.first, m.last, "group" if plural else "unknown", name=m.name)


SINGULAR_DETERMINERS = {"der", "die", "das", "ein", "eine", "dieser", "diese", "dieses", "jener", "jene", "jenes", "kein",
                        "keine", "sein", "seine", "ihr", "ihre", "unser", "unsere", "jeder", "jede", "jedes"}
PLURAL_DETERMINERS = {"die", "alle", "beide", "viele", "einige", "mehrere", "etliche", "weitere", "wenige",
                      "zahlreiche", "keine", "diese", "jene", "seine", "ihre", "unsere"}
NOMINATIVE_DETERMINERS = SINGULAR_DETERMINERS | PLURAL_DETERMINERS


def _nominative_subject(doc: Doc, m: Mention, cue: CueMatch) -> bool:
    """A common-noun phrase right after the finite verb is its subject when its article can be a
    nominative that agrees with the verb in number: "teilte die Reederei mit", "erklärten die Gefängnisse",
    "gab das Komitee bekannt"; not "wirft der Hafenbehörde vor" (the verb's dative object), "teilten der
    Presse mit" (a singular article after a plural verb) or a phrase of time ("sagte die Woche darauf")."""
    opener = doc.tokens[m.first].lower
    if opener not in NOMINATIVE_DETERMINERS or m.last - m.first < 2:
        return False
    words = doc.tokens[m.first:m.last]
    if any(t.lower in doc.lexicon.months or t.lower in doc.lexicon.weekdays or t.text in TIME_NOUNS for t in words):
        return False
    if opener == "der" and cue.entry.addressee == "dative":
        return False       # "wirft der Behörde vor": the one spoken to
    plural = _plural_verb(doc, cue.anchor)
    return opener in (PLURAL_DETERMINERS if plural else SINGULAR_DETERMINERS)


def _fronted_noun_phrase(doc: Doc, first: int, anchor: int) -> bool:
    """ "Auch die Bekanntgabe des Ergebnisses lege das Vorhandensein … nahe": a focus particle and an
    article open the clause, so its subject stands before the verb."""
    return first + 1 < anchor and doc.tokens[first].lower in FOCUS_PARTICLES and (
        doc.tokens[first + 1].lower in doc.lexicon.determiners)


def _apposition_closes(doc: Doc, k: int, end: int) -> bool:
    """A noun phrase from k that closes the sentence: an apposition of the subject before it."""
    m = phrase_after(doc, k, end) if k < end else None
    return m is not None and m.kind != "pronoun" and all(t.text in (".", "!", "?") for t in doc.tokens[m.last:end])


def _trailing_frame(doc: Doc, cue: CueMatch, m: Mention, first: int, end: int) -> bool:
    """ "„Der Hafen bleibt zu“, teilte die Reederei am Montag mit.", "Der Hafen bleibe zu, teilte …": an
    indicative verb after a quotation or a clause in the Konjunktiv;
    after the subject only the verb's particle, adverbs and prepositional phrases close the sentence; not a second main clause with an
    object ("…, hatte das Wahlergebnis jedoch nicht anerkannt" shares the first clause's subject, "…,
    plant der Konzern, weitere Anträge zu stellen"), and not after a sentence-opening subject in commas
    ("Der Sender, der dafür verantwortlich ist, begründete die Einblendungen …") or an indicative
    clause ("Wieso die Maschine umkehrte, gab die Flugsicherung nicht bekannt")."""
    if doc.mood(cue.anchor) is not None:
        return False      # "…, habe die Angaben bezweifelt": a Konjunktiv verb is what was said, not the frame
    comma = min(cue.tokens) - 1
    if doc.tokens[comma - 1].text not in QUOTE_MARKS and not any(doc.mood(k) for k in range(first, comma)):
        return False      # neither a quotation nor reported speech before the frame
    prepositional = False
    for k in range(m.last, end):
        t = doc.tokens[k]
        if k in cue.tokens or t.text in (".", "!", "?"):
            continue
        if t.text == "," and _apposition_closes(doc, k + 1, end):
            return True       # "Die Lage sei ernst, sagte Ott, der Sprecher der Stadt."
        if not t.is_word and not t.text.isdigit():
            return False
        if t.lower in FRAME_PREPOSITIONS or t.lower in RELATIVE_PREPOSITIONS or t.lower in ADJUNCT_PREPOSITIONS:
            prepositional = True
        elif t.is_capitalized or t.text.isdigit():
            if not prepositional:
                return False      # "…, fand dann eine Anstellung als Zimmermädchen": an object
            prepositional = t.lower in doc.lexicon.determiners
    return True




def _has_verb(doc: Doc, first: int, last: int) -> bool:
    """A verb form among [first, last): an auxiliary, a Konjunktiv or a word whose lemma is a verb."""
    from zitat.language.morphology import lemma
    for k in range(first, last):
        t = doc.tokens[k]
        if not t.is_word or t.is_capitalized or (t.lower in doc.lexicon.function_words and t.lower not in AUXILIARIES):
            continue
        if t.lower in AUXILIARIES or doc.mood(k) or lemma(t.lower).endswith(("en", "ln", "rn")):
            return True
    return False


ARTICLES = {"der", "die", "das", "ein", "eine"}
FRAME_PREPOSITIONS = {"zum", "zur", "vom", "beim", "ins", "gegen", "durch", "laut", "gegenüber", "vor"}
TIME_NOUNS = {"Woche", "Wochen", "Tag", "Tage", "Jahr", "Jahre", "Monat", "Monate", "Stunde", "Stunden", "Zeit",
              "Nacht", "Abend", "Morgen", "Mittag", "Wochenende", "Vormittag", "Nachmittag"}


def _dass_clause_follows(doc: Doc, cue: CueMatch, end: int) -> bool:
    """ "Das Bundesamt bestätigte dem Abgeordneten am Montag auf Anfrage, dass …": within the verb's
    clause, past its objects and adjuncts, a "dass"- or "ob"-clause says what was said."""
    for k in range(max(cue.tokens) + 1, min(max(cue.tokens) + 13, end - 1)):
        t = doc.tokens[k]
        if t.text == ",":
            return doc.tokens[k + 1].lower in ("dass", "ob")
        if not t.is_word and not t.text.isdigit() and t.text not in ("(", ")"):
            return False
        if doc.mood(k) is not None or t.lower in AUXILIARIES:
            return False
    return False


def _object_after(doc: Doc, m: Mention, cue: CueMatch) -> bool:
    """The phrase after the verb is its dative object, not its subject: "Die Reederei wirft der
    Hafenbehörde vor", "Die Reederei bestätigte dem Sender"."""
    opener = doc.tokens[m.first].lower
    return opener in OBLIQUE_DETERMINERS or opener in ("einem", "einer") or (
        opener == "der" and cue.entry.addressee == "dative")


def _bare_word_subject(doc: Doc, m: Mention, cue: CueMatch, end: int) -> Mention | None:
    """One capitalised word without an article right after the finite verb, with what was said
    following, is its subject: a name the dictionary also knows after a singular verb ("Allerdings
    räumt Füller ein, dass …"), a bare plural after a plural one ("Zudem betonen Fachleute, …"); not
    an object ("äußerte Vorbehalte und …")."""
    if m.last - m.first != 1 or not _content_follows(doc, cue, end, m.last):
        return None
    t = doc.tokens[m.first]
    if t.lower in doc.lexicon.months or t.lower in doc.lexicon.weekdays or not t.text.replace("-", "").isalpha():
        return None
    if _plural_verb(doc, cue.anchor):
        return Mention(m.first, m.last, "group", name=t.text)
    return Mention(m.first, m.last, "person", name=t.text)


def _content_follows(doc: Doc, cue: CueMatch, end: int, after: int = 0) -> bool:
    """The verb complex (and the subject after it) ends in a comma or colon: what was said follows
    ("teilten mit, dass …", "vermeldete Wikinews, dass …")."""
    k = max(max(cue.tokens) + 1, after)
    if k >= end or doc.tokens[k].text not in (",", ":"):
        return False
    return not _opens_subordinate_clause(doc, k + 1, end)


def _opens_subordinate_clause(doc: Doc, k: int, end: int) -> bool:
    """ "…, nachdem er …", "…, die mit … ausgestattet sind", "…, von dem …": a relative or adverbial
    clause, not what was said ("…, die Lage sei ernst" opens with an article and its noun)."""
    if k >= end:
        return True
    t = doc.tokens[k]
    nxt = doc.tokens[k + 1] if k + 1 < end else None
    if t.lower in VERB_FINAL_OPENERS and (comma := next((j for j in range(k + 1, end - 1) if doc.tokens[j].text == ","),
                                                        None)) is not None and doc.tokens[comma + 1].is_word and (
            doc.mood(comma + 1)):
        return False     # "…, sobald er sich anschließe, werde der Druck zunehmen": the main clause in Konjunktiv follows
    if t.lower in VERB_FINAL_OPENERS or t.lower in ("und", "oder", "sondern"):
        return True
    if t.lower in RELATIVE_PRONOUNS:
        return nxt is None or not nxt.is_capitalized and nxt.lower not in doc.lexicon.determiners and not (
            _is_attributive_word(nxt))
    return nxt is not None and nxt.lower in RELATIVE_PRONOUNS and t.lower in RELATIVE_PREPOSITIONS and not (
        _article_and_noun(doc, k + 1, end))


def _article_and_noun(doc: Doc, k: int, end: int) -> bool:
    """ "…, in der Region eine Explosion gesehen zu haben": after a preposition "der" is the article of
    a noun (capitalised, maybe after an adjective), not a relative pronoun ("…, in der er wohnt")."""
    if doc.tokens[k].lower not in ARTICLE_OR_RELATIVE:
        return False
    j = k + 1
    if j < end and doc.tokens[j].is_word and not doc.tokens[j].is_capitalized and doc.tokens[j].lower.endswith(
            ("e", "en", "er", "es", "em")) and doc.tokens[j].lower not in doc.lexicon.function_words:
        j += 1        # "in der umstrittenen Region"
    return j < end and doc.tokens[j].is_word and doc.tokens[j].is_capitalized and (
        doc.tokens[j].text not in doc.lexicon.first_names)


ARTICLE_OR_RELATIVE = {"der", "die", "das", "dem", "den"}


RELATIVE_PREPOSITIONS = {"von", "mit", "in", "an", "auf", "bei", "für", "zu", "aus", "nach", "über", "unter", "gegen"}


def _is_attributive_word(t) -> bool:
    """ "die neue Regelung": a lowercase adjective between an article and its noun."""
    return t.text.isalpha() and t.text.islower() and t.lower.endswith(("e", "en"))


def _plural_verb(doc: Doc, k: int) -> bool:
    """ "teilten", "sagen", "haben", "sind": a finite verb in the plural (German plurals end in -n)."""
    word = doc.tokens[k].lower
    return word.endswith(("en", "ern", "eln")) or word == "sind"


OBJECT_OPENERS = {"dative": {"dem", "der", "den", "einem", "einer", "ihm", "ihr", "ihnen"},
                  "accusative": {"den", "die", "das", "einen", "eine", "ihn", "sie", "alle", "an"}}


def _object_addressed(doc: Doc, cue: CueMatch, speaker: Mention | None, end: int) -> Mention | None:
    """The one spoken to, from the verb's lexicon case, in the verb's own clause: "warf der
    Bundesregierung vor", "forderte die Anwohner auf", "hatte Lenz aufgefordert", "appellierte an die
    Bürger", and in a verb-final clause between subject and verb ("nachdem sie dem Richter mitgeteilt
    hatte"). A subject after the verb comes first ("empfahl der EU-Kommissar X, …")."""
    k = cue.anchor + 1
    if speaker is not None and cue.anchor < speaker.first < k + 6:
        k = max(k, speaker.last)
    closing = [x for x in cue.tokens if x > cue.anchor]
    limit = min(closing) if closing and min(closing) >= k else end
    if speaker is not None and speaker.last < cue.verb and cue.anchor == cue.verb and _verb_final(doc, cue, end):
        k, limit = speaker.last, cue.verb
    while k < limit and (doc.tokens[k].lower in REFLEXIVES or doc.tokens[k].lower in SPOKEN_TO_SKIPPABLE):
        k += 1
    if k >= limit:
        return None
    if (pronoun := _object_pronoun(doc, k, limit)) is not None:
        return pronoun if _case_of(pronoun) == cue.entry.addressee else None
    opener = doc.tokens[k].lower
    if opener == "an" and cue.entry.addressee == "accusative":
        k += 1
    elif opener not in OBJECT_OPENERS[cue.entry.addressee] and not (
            doc.tokens[k].is_capitalized and (closing or _content_after(doc, k, limit))):
        return None       # a bare name only where the verb's clause closes after it ("forderte Mussawi auf")
    m = phrase_after(doc, k, limit)
    if m is None or is_outlet(doc, m) or not _addressable(m, doc):
        return None     # outlets are the channel ("via"), set by _addressee_and_via
    return _name_only(doc, m) if opener not in OBJECT_OPENERS[cue.entry.addressee] else m


def _name_only(doc: Doc, m: Mention) -> Mention:
    """A bare name as object ends before a dictionary noun that is no role: "warfen Luna Menschenhandel
    vor" names Luna; "Premierminister Key" stays whole."""
    for k in range(m.first + 1, m.last):
        t = doc.tokens[k]
        if t.is_capitalized and t.text not in doc.lexicon.first_names and doc.lexicon.role(t.text) is None and (
                doc.lexicon.role(doc.tokens[k - 1].text) is None) and known_common_noun(t.text):
            return Mention(m.first, k, m.kind, name=" ".join(x.text for x in doc.tokens[m.first:k]))
    return m


OBJECT_PRONOUNS = {"ihm": ("m", "dative"), "ihn": ("m", "accusative"), "ihr": ("f", "dative"),
                   "ihnen": (None, "dative"), "mir": (None, "dative"), "mich": (None, "accusative"),
                   "uns": (None, "dative")}


def _object_pronoun(doc: Doc, k: int, end: int) -> Mention | None:
    """ "warf ihm vor", "Ihm wird vorgeworfen", "forderte ihn auf": a personal pronoun as object; not
    the possessive "ihr Anwalt"."""
    word = doc.tokens[k].lower
    if word not in OBJECT_PRONOUNS or (k + 1 < end and doc.tokens[k + 1].is_capitalized):
        return None
    return Mention(k, k + 1, "pronoun", pronoun=word, gender=OBJECT_PRONOUNS[word][0])


def _case_of(pronoun: Mention) -> str:
    return OBJECT_PRONOUNS[pronoun.pronoun][1] if pronoun.pronoun in OBJECT_PRONOUNS else ""


def _content_after(doc: Doc, k: int, limit: int) -> bool:
    """The phrase at k is followed by a comma: "bat Premierminister Key, …"."""
    m = phrase_after(doc, k, limit)
    return m is not None and m.last < limit and doc.tokens[m.last].text == ","


def _addressable(m: Mention, doc: Doc | None = None) -> bool:
    """A phrase that can be spoken to: a person, group, organisation or pronoun, or people in the
    dative plural ("den entlassenen Mitarbeitern"); common nouns of unknown kind ("der Ansicht", "dem
    Entwurf") are more often a thing than someone addressed."""
    return m.kind in ("person", "organisation", "group", "pronoun") or (
        doc is not None and _people_in_the_dative(doc, m.last - 1))


def _people_in_the_dative(doc: Doc, k: int) -> bool:
    """ "Mitarbeitern", "Reportern": the dative plural of a role noun for persons. (Only for objects:
    as a phrase kind it would make "Carter sagte Reportern" look like a fronted object.)"""
    word = doc.tokens[k].text
    if not word.endswith(("ern", "eln")) or len(word) <= 5 or doc.lexicon.role(word) is not None:
        return False
    base = doc.lexicon.role(word[:-1])
    return base is not None and base.kind == "person"


def _fronted_object(doc: Doc, cue: CueMatch, speaker: Mention | None, sentence_first: int, left: int) -> Mention | None:
    """The object opening the clause before the verb, its subject after the verb or none in a passive:
    "Der Politik schlug er vor", "Die Bürger forderte er auf", "Ihm wird vorgeworfen", "Dem Mann wurde
    geraten"."""
    if speaker is not None and speaker.first < cue.anchor:
        return None
    passive = is_passive(doc, cue)
    if passive and not _content_follows(doc, cue, doc.sentences[doc.tokens[cue.anchor].sentence].last):
        return None       # "Ihr wird Spionage vorgeworfen": the sentence itself is reported, about her
    if passive and cue.anchor == cue.verb:
        left = cue.verb - 1      # "Klien wurde vorgeworfen": the auxiliary is the finite verb
    first = _clause_first(doc, cue.anchor, sentence_first)
    if first >= left or doc.tokens[first].lower in POINTING_BACK:
        return None
    if (pronoun := _object_pronoun(doc, first, left)) is not None:
        return pronoun if pronoun.last == left and _case_of(pronoun) == cue.entry.addressee else None
    m = phrase_before(doc, left - 1)      # with coordination: "Die Bürgerinnen und Bürger forderte er auf"
    if m is None or m.first != first or is_outlet(doc, m):
        return None
    opener = doc.tokens[first].lower
    if opener not in OBJECT_OPENERS[cue.entry.addressee] and not (passive and m.kind in ("person", "organisation")):
        return None     # a bare name before a passive: "Klien wurde vorgeworfen"
    return m if _addressable(m, doc) else None


ABSTRACT_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "tät", "nis", "ismus", "ität", "enz", "anz")
VERB_FINAL_OPENERS = {"nachdem", "als", "weil", "da", "während", "obwohl", "wenn", "seit", "seitdem", "bevor",
                      "nachdem", "sobald", "indem", "falls"}
PREPOSITION_OR_CONJUNCTION = {"seit", "bis", "während", "als"}
# articles in the case these prepositions govern (dative, genitive), not the nominative of a clause's subject
OBLIQUE_ARTICLES = {"dem", "des", "der", "einem", "eines", "einer", "diesem", "dieses", "dieser"}


def opens_phrase(doc: Doc, k: int) -> bool:
    """ "Seit Jahren", "Während der Sitzung", "Als Grund": these words open a phrase here, not a clause
    ("seit er kam", "als die Maschine aufsetzte")."""
    if doc.tokens[k].lower not in PREPOSITION_OR_CONJUNCTION or k + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[k + 1]
    if nxt.is_capitalized or not nxt.is_word or nxt.text.isdigit():
        return True
    return doc.tokens[k].lower != "als" and nxt.lower in OBLIQUE_ARTICLES


PASSIVE_AUXILIARIES = {"wird", "wurde", "werde", "wurden", "werden", "würde", "würden"}
AGENT_PREPOSITIONS = {"von", "vom", "durch", "seitens"}


QUOTING_VERBS = {"zitieren"}
AGENT_NOUN_ENDINGS = ("er", "ent", "ant", "ist", "eur", "or")    # "Prediger", "Dozent", "Aktivist"


def _quoted_object(doc: Doc, anchor: int, end: int) -> Mention | None:
    """The accusative object of "zitieren", past adverbs: "zitiert dazu Néstor Kirchner"."""
    k = anchor + 1
    while k < end and doc.tokens[k].lower in SUBJECT_SKIPPABLE | {"dazu", "hierzu", "damit"}:
        k += 1
    m = phrase_after(doc, k, end) if k < end else None
    if m is not None and m.kind == "unknown" and doc.tokens[m.first].lower in ("den", "einen") and (
            doc.tokens[m.last - 1].lower.endswith(AGENT_NOUN_ENDINGS)):
        # "zitiert den Prediger": a person's noun the lexicon lacks (not "zitiert einen Psalm")
        return Mention(m.first, m.last, "person", name=m.name)
    if m is not None and m.kind == "unknown":
        return _as_name(doc, m)          # "zitiert Lynch"
    return m if m is not None and m.kind in ("person", "group", "organisation") else None


def _as_name(doc: Doc, m: Mention) -> Mention | None:
    """Two or three capitalised words without an article, none a month or weekday, are a name
    the lexicon lacks ("Andres Granier"); anything else of unknown kind is no speaker."""
    words = doc.tokens[m.first:m.last]
    if not 2 <= len(words) <= 3 or words[0].lower in doc.lexicon.determiners:
        return None
    if not all(t.is_capitalized and t.text.replace("-", "").isalpha() for t in words):
        return None
    if any(t.lower in doc.lexicon.months or t.lower in doc.lexicon.weekdays or t.lower in doc.lexicon.function_words
           for t in words):
        return None
    return Mention(m.first, m.last, "person", name=" ".join(t.text for t in words))


def is_passive(doc: Doc, cue: CueMatch) -> bool:
    """A speech verb as participle with a form of "werden": "wurden gebeten", "wird vorgeworfen"
    (not the future "wird sagen")."""
    auxiliary = cue.anchor if cue.anchor != cue.verb else cue.verb - 1     # "wurden gebeten"
    if auxiliary < 0 or doc.tokens[auxiliary].lower not in PASSIVE_AUXILIARIES:
        return False
    word = doc.tokens[cue.verb].lower
    return word.endswith("t") or "ge" in word[:-3]


def _passive_agent(doc: Doc, anchor: int, verb: int, clause_first: int | None = None) -> Mention | None:
    """The agent of a passive speech verb: "Gleichzeitig werde vom Minister propagiert, …",
    "Der Plan wurde von der Polizei bestätigt", "wurde seitens der Behörden deutlich gemacht", and
    opening the clause: "Von den Behörden wird angenommen", "Von Seiten der Delegation war … vorgeworfen"."""
    first, last = min(anchor, verb), max(anchor, verb)
    for k in range(first + 1, last):
        if doc.tokens[k].lower in AGENT_PREPOSITIONS:
            m = phrase_after(doc, k + 1, last)
            if m is not None and m.kind in ("person", "organisation", "group"):
                return m
    if clause_first is not None and clause_first < first and doc.tokens[clause_first].lower in AGENT_PREPOSITIONS:
        k = clause_first + 1
        if doc.tokens[k].lower == "seiten" and k + 1 < first:
            k += 1                  # "Von Seiten der Delegation"
        m = phrase_after(doc, k, first)
        if m is not None and m.kind in ("person", "organisation", "group"):
            return m
        if m is not None and m.kind == "unknown" and doc.tokens[m.last - 1].lower == "seite" and m.last - m.first == 2:
            return Mention(m.first, m.last, "group", name=m.name)     # "Von deutscher Seite wurde gefordert"
    return None


def _agent_before_auxiliary(doc: Doc, clause_first: int, auxiliary: int) -> bool:
    """ "Von der Opposition wurde der Besuch als unangemessen kritisiert": the agent phrase opens the
    clause and reaches up to the finite auxiliary, so it is no topic ("Von einer hohen Gefahr wird … berichtet"
    names no one, and the phrase's kind decides that)."""
    if doc.tokens[clause_first].lower not in AGENT_PREPOSITIONS or doc.tokens[auxiliary].lower not in PASSIVE_AUXILIARIES:
        return False
    m = phrase_after(doc, clause_first + 1, auxiliary)
    return m is not None and m.last == auxiliary


IMPERSONAL_CUES = {"heißen", "verlauten", "hervorgehen"}     # "hieß es aus dem Ministerium", "aus Kreisen verlautete"
POINTING_BACK = {"dies", "das", "dieses"}
SOURCE_PREPOSITIONS = {"bei", "beim", "von", "vom", "aus", "in", "im", "seitens"}


def _impersonal_source(doc: Doc, cue: CueMatch, end: int) -> Attribution:
    """ "hieß es aus dem Ministerium", "heißt es in einer Mitteilung der Polizei", "In einem Papier
    des Ministeriums heißt es": no subject but "es"; the source or channel is a prepositional phrase
    after the verb or opening the clause."""
    last = cue.last
    k = cue.anchor + 1
    if k < end and doc.tokens[k].lower == "es":
        last = k
        k += 1
    for j in range(k, min(k + 3, end)):
        if doc.tokens[j].text in (",", ":", ";"):
            break         # "Wie aus … hervorgeht, wurden im Bezirk …": past the comma is what was said
        if doc.tokens[j].lower in SOURCE_PREPOSITIONS or (doc.tokens[j].lower == "auf" and _web_page_after(doc, j, end)):
            speaker, via, phrase_last = _source_phrase(doc, j, end)
            return Attribution(speaker, None, via, max(last, phrase_last))
    first = _clause_first(doc, cue.anchor, doc.sentences[doc.tokens[cue.anchor].sentence].first)
    if first + 1 < cue.anchor and doc.tokens[first].lower == "wie":
        first += 1       # "Wie aus Unternehmenskreisen verlautete, …"
    if first < cue.anchor and doc.tokens[first].lower in SOURCE_PREPOSITIONS:
        speaker, via, _ = _source_phrase(doc, first, cue.anchor)
        return Attribution(speaker, None, via, last)
    return Attribution(None, None, None, last)


def _web_page_after(doc: Doc, j: int, end: int) -> bool:
    """ "heißt es auf der Webseite des Preises", "auf seiner Homepage": a page that says something."""
    m = phrase_after(doc, j + 1, end) if j + 1 < end else None
    return m is not None and any(doc.tokens[k].lower.endswith(WEB_PAGES) for k in range(m.first, m.last))


WEB_PAGES = ("webseite", "website", "homepage", "internetseite", "internetseiten", "webseiten", "internetauftritt")


def _source_phrase(doc: Doc, j: int, end: int) -> tuple[Mention | None, Mention | None, int]:
    """(speaker, via, last token) of "in einer Mitteilung der Polizei" / "aus dem Ministerium"."""
    m = phrase_after(doc, j + 1, end) if j + 1 < end else None
    if m is None or m.kind == "pronoun":
        return None, None, j
    if is_outlet(doc, m):
        return _owner(doc, m), Mention(j, m.last, "outlet", name=m.name), m.last - 1
    return m, None, m.last - 1


RELATIVE_PRONOUNS = {"der", "die", "das", "dem", "den", "deren", "dessen", "welcher", "welche", "welches"}


def _apposition_subject(doc: Doc, comma: int) -> Mention | None:
    """The subject separated from its verb by an apposition or a relative clause:
    "Louis Gallois, der neue Chef, hat angekündigt", "Frank Sichau, der als Sprecher fungiert, erklärte"."""
    m = phrase_before(doc, comma - 1) if comma > 0 else None
    if m is not None and m.kind == "person" and m.name:
        return m
    first = doc.sentences[doc.tokens[comma].sentence].first
    for k in range(comma - 1, max(first, comma - 25) - 1, -1):
        if doc.tokens[k].text == "," and k + 1 < comma:
            head = phrase_before(doc, k - 1) if k > first else None
            if head is not None and head.kind == "unknown":
                head = _as_name(doc, head) or head     # "Andres Granier, der Gouverneur von Tabasco, sagte"
            if doc.tokens[k + 1].lower in RELATIVE_PRONOUNS or (m is not None and m.first == k + 1):
                if head is not None and head.kind in ("person", "organisation", "group"):
                    return head
                return m if m is not None and m.kind == "person" else None
            # "John Kline, ein Repräsentant aus Minnesota, sagte": a person opening the sentence
            if head is not None and head.kind == "person" and head.first == first:
                return head
            return None
    return None


def _verb_final(doc: Doc, cue: CueMatch, end: int) -> bool:
    """The speech verb closes its clause (a subordinate or relative clause): a comma or the end follows."""
    k = cue.anchor + 1        # the finite verb ends the clause ("…, von dem die Polizei glaubt, …"),
    if k < end and doc.tokens[k].lower in AUXILIARIES:   # maybe after its participle ("mitgeteilt hatte")
        k += 1
    return (k >= end or doc.tokens[k].text in (",", ":", ";", ".")) and not (
        cue.particle is not None and cue.particle > cue.anchor)     # "riefen … aus" is verb-second


CONNECTIVES_BEFORE_WIE = {"denn", "und", "aber", "doch", "auch", "so"}


def wie_opening(doc: Doc, verb: int, first: int) -> int | None:
    """The "wie" opening the clause of a verb at its end ("wie das Magazin in einem Bericht
    berichtet", "wie Alan Stern, Direktor der NASA, betont"), within 20 tokens and two commas."""
    commas, skip_to = 0, None
    for k in range(verb - 1, max(first, verb - 20) - 1, -1):
        t = doc.tokens[k]
        if skip_to is not None and k >= skip_to:
            continue      # the name in quotation marks, its opening mark included
        if t.lower == "wie":
            opens = k == first or doc.tokens[k - 1].text in (",", ":") or (
                k - 1 == first and doc.tokens[k - 1].lower in CONNECTIVES_BEFORE_WIE)
            return k if opens else None     # "Denn wie die Zeitung berichtete, …"
        if t.text in QUOTE_MARKS and (title := title_phrase_before(doc, k, first) or _lower_case_title_after_wie(
                doc, k, first)) is not None and title.first < k:
            skip_to = title.first     # "wie die „Aktion Deutschland hilft“ mitteilte": a name in quotation marks
            continue
        if t.text == "-" and k - 1 > first and doc.tokens[k - 1].text in QUOTE_MARKS and (
                doc.tokens[k - 1].end == t.start == doc.tokens[k + 1].start - 1):
            continue                  # "wie die „Bild“-Zeitung berichtete": a compound with a quoted name
        if t.text == ",":
            commas += 1
            if commas > 2:
                return None
        elif t.text in ("(", ")"):
            continue
        elif t.text in CONTENT_BOUNDARY or t.text == ";":
            return None
    return None


def _wie_subject(doc: Doc, wie: int, anchor: int, cue: CueMatch | None = None) -> Mention | None:
    """The subject after "wie", past focus adverbs ("wie schon die WHO sagte"); a common noun the
    lexicon lacks when its article agrees with the verb ("wie die Reederei mitteilte")."""
    k = wie + 1
    while k < anchor and doc.tokens[k].lower in SUBJECT_SKIPPABLE:
        k += 1
    m = phrase_after(doc, k, anchor) if k < anchor else None
    if m is None and k < anchor and re.fullmatch(DOMAIN, doc.tokens[k].text):
        return Mention(k, k + 1, "outlet", name=doc.tokens[k].text)     # "wie t-online.de berichtet"
    if m is not None and k > wie + 1 and any(doc.tokens[j].text == "," for j in range(m.last, anchor)):
        return None       # "wenn sie, wie auch schon der Kollege, auf … hinweist": a comparison
    if m is not None and m.kind == "unknown" and m.last < anchor and doc.tokens[m.last].text == "," and (
            doc.tokens[m.first].lower in ("der", "die", "das")):
        apposition = phrase_after(doc, m.last + 1, anchor)
        if apposition is not None and apposition.kind == "person" and apposition.name and (
                apposition.last < anchor and doc.tokens[apposition.last].text == ","):
            return apposition     # "wie der Bevollmächtigte der Kommission, Gerald Braun, mitteilte"
    if m is not None and m.kind == "unknown" and cue is not None and not is_passive(doc, cue) and (
            _nominative_subject(doc, m, cue)) and not doc.tokens[m.last - 1].lower.endswith(ABSTRACT_SUFFIXES) and (
            anchor + 1 >= len(doc.tokens) or doc.tokens[anchor + 1].lower not in PASSIVE_AUXILIARIES) and not any(
            doc.tokens[j].text == "," for j in range(m.last, anchor)):
        return m      # not "wie dieser Tatbestand formuliert wird", "wie die Erfassung von Abdrücken", "wie
                      # schon der Kollege, auf … hinweist"
    if m is None or m.kind == "unknown":
        return None
    if m.last < anchor and doc.tokens[m.last].text == "," and m.kind != "pronoun":
        apposition = phrase_after(doc, m.last + 1, anchor)
        if apposition is not None and apposition.kind == "person" and apposition.name and not m.name:
            return apposition     # "wie der Direktor des Amtes, Smith Dharmmasaroj, mitteilte"
    return m


def _subject_with_apposition(doc: Doc, first: int, comma: int) -> Mention | None:
    """ "Der Verkehrsminister, Binali Yildirim, …" / "Binali Yildirim, der Verkehrsminister, …": the
    sentence opens with two noun phrases in commas right before the verb; both are the speaker, named
    by the named one."""
    head = phrase_after(doc, first, comma)
    if head is None or head.last >= comma or doc.tokens[head.last].text != ",":
        return None
    if head.kind == "unknown":
        head = _as_name(doc, head) or head
    apposition = phrase_after(doc, head.last + 1, comma)
    if apposition is None or apposition.last != comma:
        return None
    for m in (apposition, head):
        if m.kind == "person" and m.name:
            return _with_apposition(doc, head, apposition, m)
    return head if head.kind in ("person", "organisation", "group") else None


def _with_apposition(doc: Doc, head: Mention, apposition: Mention, named: Mention) -> Mention:
    """ "Binali Yildirim, der Verkehrsminister", "Der Verkehrsminister, Binali Yildirim": the two
    phrases in commas are one noun phrase naming one person, by the name with a first name."""
    if apposition.kind == "pronoun" or head.kind == "pronoun":
        return named
    for m in (head, apposition):
        if m.kind == "person" and m.name and any(w in doc.lexicon.first_names for w in m.name.split()):
            named = m
            break
    return Mention(head.first, apposition.last, "person", name=named.name, roles=head.roles + apposition.roles,
                   gender=named.gender or head.gender or apposition.gender)


def _named_opening(doc: Doc, first: int, comma: int) -> Mention | None:
    """ "Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD), warnte die CDU …": the
    sentence up to the verb is noun phrases in commas, without a verb or quotation; the named person
    among them speaks."""
    if comma - first > 25 or any(doc.tokens[k].text in QUOTE_MARKS or doc.tokens[k].lower in VERB_FINAL_OPENERS
                                 for k in range(first, comma)) or _has_verb(doc, first, comma):
        return None
    commas = [k for k in range(first, comma) if doc.tokens[k].text == ","]
    if not commas or len(commas) > 2:
        return None
    starts = [first] + [k + 1 for k in commas]
    ends = commas + [comma]
    for a, b in zip(starts, ends):
        m = phrase_after(doc, a, b)
        if m is not None and m.kind == "person" and m.name and m.first == a and m.last == b:
            return m
    return None


def _subject_before_apposition(doc: Doc, first: int, comma: int) -> Mention | None:
    """ "Der frühere Bürgermeister, Henning Scherf (SPD), warnte die CDU …", "Adidas-Vorstand Erich
    Stamminger, zuständig für das US-Geschäft, hatte angekündigt …": the sentence opens with its
    subject, an apposition or relative clause follows in commas, then the verb, whose object comes
    after it; the named person of the two speaks."""
    if any(doc.tokens[k].text in QUOTE_MARKS for k in range(first, comma)):
        return None       # "„Der Plan, den alle kennen, ist gut“, sagte …": the quote came first
    opening_comma = next((k for k in range(first, comma) if doc.tokens[k].text == ","), None)
    if opening_comma is None:
        return None
    head = phrase_after(doc, first, opening_comma)
    if head is None or head.last != opening_comma or head.kind == "pronoun":
        return None
    if any(t.lower in doc.lexicon.months or t.lower in doc.lexicon.weekdays for t in doc.tokens[head.first:head.last]):
        return None       # "Am Montag, dem 3. Mai, sagte …"
    if head.kind == "unknown":
        head = _as_name(doc, head) or head
    if head.kind not in ("person", "organisation", "group", "outlet"):
        return None       # "Der NDR, der dafür verantwortlich ist, begründete …": an outlet speaks too
    apposition = phrase_after(doc, opening_comma + 1, comma)
    if apposition is not None and apposition.kind == "person" and apposition.name and not head.name and (
            apposition.last == comma):
        return _with_apposition(doc, head, apposition, apposition)
    return head


def _before_adverbs(doc: Doc, k: int, first: int) -> int:
    """ "wie EADS gestern mitteilte": the subject stands before a short adverb."""
    steps = 0
    while k > first and steps < 2 and doc.tokens[k].text.islower() and doc.tokens[k].lower in (
            doc.lexicon.function_words) and doc.tokens[k].lower not in doc.lexicon.determiners | NOMINATIVE_PRONOUNS:
        k -= 1
        steps += 1
    return k


def _owner(doc: Doc, m: Mention) -> Mention | None:
    """The genitive owner inside a channel phrase: "einer Mitteilung der Polizei" -> "der Polizei"."""
    for k in range(m.first + 1, m.last - 1):
        if doc.tokens[k].lower in ("der", "des"):
            owner = phrase_after(doc, k, m.last)
            if owner is not None and owner.kind in ("person", "organisation", "group"):
                return owner
    return None


def _clause_first(doc: Doc, anchor: int, first: int) -> int:
    """Start of the clause holding the verb: after a colon ("… reagiert der Kreml: Sowohl …") or a
    comma ("…, wie Bürgermeister Weber ankündigte")."""
    depth, start = 0, first
    for k in range(anchor - 1, first - 1, -1):
        text = doc.tokens[k].text
        depth += (text == ")") - (text == "(")
        if depth <= 0 and text in (":", ";", ","):     # not "(Stand: 00:35 Uhr)" inside brackets
            start = k + 1
            break
    if start + 1 < anchor and doc.tokens[start].lower in COORDINATORS:
        start += 1     # "Aber Zeitungen berichteten, …": a coordinating conjunction stands before the clause
    return start


COORDINATORS = {"und", "aber", "oder", "denn", "sondern"}


FOCUS_PARTICLES = {"auch", "nur", "selbst", "sogar", "einzig", "lediglich", "allein", "ausgerechnet", "insbesondere",
                   "besonders", "gerade", "ebenfalls", "dann", "nun", "jetzt", "zudem", "später",
                   "wie", "als", "nachdem", "weil", "da", "während", "obwohl", "wenn", "dass", "sowohl"}


def _starts_clause(doc: Doc, phrase_first: int, clause_first: int) -> bool:
    """The phrase opens its clause, maybe after a focus particle: "Auch Peskow sagte …", but not
    "Laut Reuters distanziert sich Johnson …"."""
    if phrase_first == clause_first:
        return True
    return phrase_first == clause_first + 1 and doc.tokens[clause_first].lower in FOCUS_PARTICLES


def _adverbial_participle(doc: Doc, k: int, anchor: int) -> bool:
    """A present participle alone before the finite verb is an adverb: "Ergänzend erklärte die Polizei",
    "Relativierend fügt Gall hinzu", "Abschließend sagte er" (not a name like "Ostend")."""
    t = doc.tokens[k]
    return k + 1 == anchor and len(t.lower) > 6 and t.lower.endswith("end") and t.text[:1].isupper() and (
        t.text not in doc.lexicon.first_names)


def _fronted(doc: Doc, anchor: int, first: int) -> bool:
    """Whether the verb follows a fronted non-subject: an adverb or a prepositional phrase."""
    if anchor == first or _adverbial_participle(doc, first, anchor):
        return True
    t = doc.tokens[first]
    if t.lower in NOMINATIVE_PRONOUNS | {"man"} and first + 1 < anchor and (
            doc.tokens[first + 1].lower in ACTIVE_AUXILIARIES) and not any(
            doc.tokens[k].text in CLAUSE_PUNCTUATION | {"–", "-"} or doc.tokens[k].lower in PASSIVE_AUXILIARIES
            for k in range(first + 2, anchor + 1)):
        return False     # "Sie haben angekündigt, …", "Wir wollen prüfen, ob …": the pronoun before the auxiliary is the subject
    return t.lower in doc.lexicon.function_words and t.lower not in doc.lexicon.determiners


# the finite verbs of an active verb complex: the perfect with haben, the modals
ACTIVE_AUXILIARIES = {"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten", "will", "wollen", "wollte", "wollten",
                      "kann", "können", "konnte", "konnten", "muss", "müssen", "musste", "mussten", "möchte", "möchten"}
PLURAL_AUXILIARIES = {"haben", "hatten", "hätten", "wollen", "wollten", "können", "konnten", "müssen", "mussten", "möchten"}
SUBJECT_SKIPPABLE = {"auch", "nun", "jetzt", "dazu", "dann", "zudem", "außerdem", "ebenfalls", "weiter",
                     "später", "bereits", "schon", "damals", "gestern", "heute"}
ADJUNCT_PREPOSITIONS = {"auf", "am", "im", "in", "bei", "beim", "nach", "vor", "während", "seit", "gegenüber"}


def _subject_after(doc: Doc, anchor: int, end: int) -> Mention | None:
    """The subject after the verb, past reflexives, adverbs and up to two short adjuncts:
    "erklärt auf Nachfrage Martin Rölen", "sagte am Montag in Berlin die Ministerin"."""
    k = anchor + 1
    for _ in range(4):
        while k < end and (doc.tokens[k].lower in REFLEXIVES or doc.tokens[k].lower in SUBJECT_SKIPPABLE):
            k += 1
        if k >= end:
            return None
        m = phrase_after(doc, k, end) or _title_phrase_at(doc, k, end)
        if m is not None or doc.tokens[k].lower not in ADJUNCT_PREPOSITIONS:
            return _named_in_apposition(doc, m, end)
        k = _after_short_adjunct(doc, k, end)
        if k is None:
            return None
    return None


def _title_phrase_at(doc: Doc, k: int, end: int) -> Mention | None:
    """A capitalised title in quotation marks, maybe after a nominative article and adjectives, and with
    its abbreviation in brackets: "schrieb „Die Zeit“", "teilte das „Space Telescope Science Institute“
    (STSI) mit", "erklärte der neue „Oberste Rat zur Wiederherstellung der Demokratie“"."""
    j = k
    if j < end and doc.tokens[j].lower in ("der", "die", "das", "ein", "eine"):
        j += 1
        while j < end and doc.tokens[j].is_word and doc.tokens[j].text.islower() and doc.tokens[j].lower.endswith(
                ("e", "en", "er", "es")) and doc.tokens[j].lower not in doc.lexicon.function_words:
            j += 1
    if j >= end or doc.tokens[j].text not in ("„", "»", "\""):
        return None
    close = next((c for c in range(j + 2, min(j + 10, end)) if doc.tokens[c].text in QUOTE_MARKS), None)
    if close is None or not doc.tokens[j + 1].is_capitalized or any(
            doc.tokens[c].text in (",", ".", ":", ";", "!", "?") for c in range(j + 1, close)):
        return None
    last = close + 1
    if last + 2 < end and doc.tokens[last].text == "(" and doc.tokens[last + 2].text == ")" and (
            doc.tokens[last + 1].text.isupper()):
        last += 3
    name = " ".join(t.text for t in doc.tokens[j + 1:close])
    return Mention(k, last, "outlet" if name in doc.lexicon.outlets else "organisation", name=name)


def _named_in_apposition(doc: Doc, m: Mention | None, end: int) -> Mention | None:
    """ "verteidigte der Vorsitzende des Ausschusses, Sebastian Edathy (SPD), den Entwurf": a role
    phrase followed by the person's name between commas, or a name followed by its role phrase ("sagte
    Jonas Weber, Sprecher der Stadt."); both phrases are the speaker, named by the name."""
    if m is None or m.kind == "pronoun" or m.last + 1 >= end or doc.tokens[m.last].text != ",":
        return m
    named = phrase_after(doc, m.last + 1, end)
    if m.kind == "person" and m.name and (role := _role_apposition(doc, named, end)) is not None:
        return _with_apposition(doc, m, role, m)   # "sagte Jonas Weber, der Sprecher der Stadt."
    if named is None or named.kind != "person" or not named.name or named.last >= end:
        return m
    if doc.tokens[named.last].text not in (",", ".", ":"):
        return m
    # the role phrase and the name are one noun phrase: the person, named, with the role
    return Mention(m.first, named.last, "person", name=named.name, roles=m.roles + named.roles,
                   gender=named.gender or m.gender)


def _role_apposition(doc: Doc, m: Mention | None, end: int) -> Mention | None:
    """ "Jonas Weber, der Sprecher der Stadt, …", "…, Geschäftsführer des Verbandes.": a role phrase
    without a name of its own, closed by a comma, colon or the end of the sentence (not a list: "…,
    Sprecherin Anna Lanz und …")."""
    if m is None or m.kind != "person" or not m.roles or (m.name and any(
            doc.tokens[k].text in doc.lexicon.first_names for k in range(m.first, m.last))):
        return None
    if m.last + 1 < end and doc.tokens[m.last].lower == "und" and (
            (other := phrase_after(doc, m.last + 1, end)) is not None) and other.kind == "person" and other.roles and (
            not other.name) and doc.tokens[other.first].lower not in doc.lexicon.determiners:
        # "Charles Bouchard, kanadischer General und Kommandeur des Einsatzes": two roles of one person
        m = Mention(m.first, other.last, "person", roles=m.roles + other.roles, gender=m.gender or other.gender)
    if m.last < end and doc.tokens[m.last].lower in ("am", "im") and (
            (after := _after_short_adjunct(doc, m.last, end)) is not None) and (
            after >= end or doc.tokens[after].text in (".", "!", "?")):
        return m          # "…, Kommandeur des Einsatzes am Montag.": a time closes the sentence
    if m.last < end and doc.tokens[m.last].text not in (",", ".", ":", "!", "?"):
        return None
    if m.last + 1 < end and doc.tokens[m.last].text == "," and doc.tokens[m.last + 1].lower in ("und", "sowie", "oder"):
        return None
    return m


def _after_short_adjunct(doc: Doc, k: int, end: int) -> int | None:
    """Position after "auf Nachfrage", "am Montag", "in der Stadt": preposition, article,
    adjectives and one noun."""
    j = k + 1
    if j < end and doc.tokens[j].lower in doc.lexicon.determiners:
        j += 1
    while j < end and doc.tokens[j].text.islower() and doc.tokens[j].is_word:
        j += 1
    if j < end and (doc.tokens[j].is_capitalized or doc.tokens[j].text.isdigit()):
        if j + 1 < end and doc.tokens[j].lower in doc.lexicon.months and doc.tokens[j + 1].text.isdigit():
            return j + 2      # "im Mai 2005": the year belongs to the month
        return j + 1
    return None


def _addressee_and_via(doc: Doc, k: int, end: int, last: int):
    """"sagte er den Journalisten", "sagte Peskow der Agentur Interfax zufolge", "sagte sie im ZDF",
    "sagte am Sonntag vor Journalisten": phrases right after the verb and its subject, maybe past
    adverbs and short adjuncts of time or place; `last` moves past the last one found."""
    addressee = via = None
    adjunct = False
    for _ in range(4):
        k = _past_adverbs(doc, k, end)
        if k >= end:
            break
        # right after an adjunct's common noun "der" opens its genitive: "nach Gesprächen der Mitgliedsstaaten"
        # (not after a place: "sagte in Juba der Presse")
        found = _spoken_to_at(doc, k, end, dative_der=not (adjunct and takes_genitive(doc, k - 1) and (
            doc.tokens[k - 1].text not in doc.lexicon.places)))
        if found is None:
            skipped = _after_short_adjunct(doc, k, end) if doc.tokens[k].lower in ADJUNCT_PREPOSITIONS else None
            if skipped is None:
                break
            k, adjunct = skipped, True      # "am Sonntag vor Journalisten", "nach dem Spiel zur Sportschau"
            continue
        adjunct = False
        addressee, via = _first_of_each(found, addressee, via)
        last, k = found[1].last - 1, found[1].last
    return addressee, via, last


def _first_of_each(found: tuple[str, Mention], addressee: Mention | None, via: Mention | None):
    """Addressee and via after one more ("via" | "addressee", mention) found: the first of each stays."""
    role, m = found
    if role == "via":
        return addressee, via or m
    return addressee or m, via


def _spoken_to_in_clause(doc: Doc, cue: CueMatch, speaker: Mention | None, sentence_first: int,
                         left: int) -> tuple[Mention | None, Mention | None]:
    """Addressee and via inside the verb's clause but away from the verb: in the middle field ("teilte
    dem Sender CNN mit", "hat gegenüber der Zeitung ausgesagt") and before the verb ("Gegenüber der
    Zeitung sagte er", "wie eine Sprecherin gegenüber der FTD bestätigte")."""
    closing = [k for k in cue.tokens if k > cue.anchor]
    found = []
    if closing:
        found.append(_spoken_to_between(doc, cue.anchor + 1, min(closing), speaker))
    first = _clause_first(doc, cue.anchor, sentence_first)
    for k in range(left - 1, first - 1, -1):
        if doc.tokens[k].text in QUOTE_MARKS:
            first = k + 1      # "„…“ sagte er": not inside the quote
            break
    if first < left:
        found.append(_spoken_to_between(doc, first, left, speaker))
    addressee = next((a for a, _ in found if a is not None), None)
    via = next((v for _, v in found if v is not None), None)
    return addressee, via


def _spoken_to_between(doc: Doc, k: int, end: int, speaker: Mention | None) -> tuple[Mention | None, Mention | None]:
    """The first addressee and via in [k, end) outside the speaker, marked by a preposition or a
    plain dative article ("dem", "einem"; "der" may be the subject there)."""
    addressee = via = None
    while k < end:
        if speaker is not None and speaker.first <= k < speaker.last:
            k = speaker.last
            continue
        found = _spoken_to_at(doc, k, end, dative_der=False) if doc.tokens[k].lower in MARKED_SPOKEN_TO and not (
            _attached_to_noun(doc, k, speaker)) else None
        if found is None or speaker is not None and found[1].first < speaker.last and found[1].last > speaker.first:
            k += 1
            continue
        addressee, via = _first_of_each(found, addressee, via)
        k = found[1].last
    return addressee, via


def _attached_to_noun(doc: Doc, k: int, speaker: Mention | None) -> bool:
    """The phrase at k belongs to what stands before it, not to the verb: an article after a preposition
    ("bei einem Besuch"), a genitive or an apposition after a noun ("die Möglichkeit einer Koalition",
    "Sam Maiha, dem Direktor"), "gegenüber" after a noun ("Abgrenzung gegenüber der PKK"); right after
    the speaker it is the verb's ("Jelpke gegenüber Spiegel Online")."""
    if k == 0 or speaker is not None and speaker.last == k:
        return False
    before = doc.tokens[k - 1]
    if doc.tokens[k].lower in DATIVE_ARTICLES and (before.text == "," or before.lower in SPOKEN_TO_SKIPPABLE):
        return before.text == ","
    noun_before = before.is_capitalized and k - 1 != doc.sentences[before.sentence].first
    if doc.tokens[k].lower in DATIVE_ARTICLES:
        return noun_before or before.lower in doc.lexicon.function_words or before.lower in (
            RELATIVE_PREPOSITIONS | ADJUNCT_PREPOSITIONS)
    return doc.tokens[k].lower == "gegenüber" and noun_before


MARKED_SPOKEN_TO = {"gegenüber", "vor", "zu", "zum", "zur", "dem", "einem", "im", "in", "an"}
CHANNEL_PREPOSITIONS = {"im", "in", "auf", "bei"}
CONVERSATION_NOUNS = {"Interview", "Gespräch", "Telefonat", "Telefongespräch", "Fernsehinterview",
                      "Radiointerview", "Zeitungsinterview"}


def _spoken_to_at(doc: Doc, k: int, end: int, dative_der: bool = True) -> tuple[str, Mention] | None:
    """("addressee" | "via", the phrase with its preposition) for the phrase at k: "gegenüber der BBC",
    "vor Journalisten", "zur Sportschau", "dem Sender CNN", "im ZDF", "in einem Interview mit der
    Zeitung X", "appellierte an die Regierung"; None when k opens no such phrase. `dative_der`: "der"
    may open a dative ("sagte er der Presse"), not where it may open the subject."""
    word = doc.tokens[k].lower
    preposition = word in ADDRESSEE_PREPOSITIONS or word in CHANNEL_PREPOSITIONS or word in TO_PREPOSITIONS or (
        word == "an")
    if not preposition and (word not in DATIVE_ARTICLES or word == "der" and not dative_der):
        return None
    start = k + 1 if preposition else k
    m = _phrase_or_title(doc, start, end) if start < end else None
    if m is None or m.kind == "pronoun" and word not in ("gegenüber", "an") or doc.tokens[m.first].lower in DEMONSTRATIVES:
        return None       # "Zu dieser Zeit": a time, though "Zeit" is also a newspaper
    if m.last < end and doc.tokens[m.last].lower == "zufolge":    # "der Agentur Reuters zufolge": a source
        return ("via", Mention(k, m.last + 1, "outlet", name=m.name)) if is_outlet(doc, m) else None
    if is_outlet(doc, m):
        if word in CHANNEL_PREPOSITIONS and doc.tokens[m.last - 1].text in CONVERSATION_NOUNS and (
                partner := _conversation_partner(doc, m.last, end)) is not None:
            return partner[0], Mention(k, partner[1].last, partner[1].kind, name=partner[1].name)
        return "via", Mention(k, m.last, "outlet", name=m.name)
    if not _addressed_phrase(doc, k, word, m):
        return None
    return "addressee", Mention(k if preposition else m.first, m.last, m.kind, name=m.name)


def _phrase_or_title(doc: Doc, k: int, end: int) -> Mention | None:
    return phrase_after(doc, k, end) or _title_at(doc, k, end) or _title_at(doc, k + 1, end)


def _addressed_phrase(doc: Doc, k: int, word: str, m: Mention) -> bool:
    """Whether the phrase m after `word` (its preposition or article) names someone spoken to: after
    "gegenüber" and a plain dative anyone; after "vor" and "zu" a person or group, not what was warned
    of or the topic ("warnte vor einer Flut", "sagte zu den Vorwürfen"); "an" only after a verb or noun
    of appeal ("appellierte an die Bürger", "Brief an die Mitarbeiter"); "im"/"in" is a place."""
    if word in CHANNEL_PREPOSITIONS:
        return False
    if word == "an":
        return k > 0 and doc.tokens[k - 1].text in APPEAL_WORDS and m.kind != "unknown" or (
            k > 0 and doc.tokens[k - 1].text in APPEAL_WORDS and doc.tokens[m.first].lower in ("die", "den"))
    if word in TO_PREPOSITIONS:
        return False      # "erklärte ihn zum Terroristen", "Kontakte zu seiner Tochter": only an outlet is spoken to ("zur Sportschau")
    if word in ("vor", "den", "der", "einer"):
        return _known_people(doc, m) or _people_in_the_dative(doc, m.last - 1)
    return m.kind in ("person", "group", "organisation", "pronoun") or m.kind == "unknown" and (
        word == "gegenüber" or _people_in_the_dative(doc, m.last - 1))


TO_PREPOSITIONS = {"zu", "zum", "zur"}
DEMONSTRATIVES = {"dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenem", "jenen"}


def _known_people(doc: Doc, m: Mention) -> bool:
    """A group, a role noun or a first name: "vor Journalisten", "der Presse", "zu Kanzler Weber"; not
    a word the dictionary lacks ("vor einem erhöhten Gelbfieberrisiko")."""
    return m.kind == "group" or m.kind == "person" and (bool(m.roles) or any(
        doc.tokens[x].text in doc.lexicon.first_names for x in range(m.first, m.last)))
APPEAL_WORDS = {"appellierte", "appelliert", "appellieren", "appellierten", "wandte", "wendet", "wandten",
                "richtete", "richtet", "Brief", "Schreiben", "Appell", "Aufruf", "Botschaft", "Videobotschaft"}


def _conversation_partner(doc: Doc, k: int, end: int) -> tuple[str, Mention] | None:
    """ "mit der Zeitung X" after "in einem Interview": an outlet is the via, a person the addressee."""
    if k + 1 >= end or doc.tokens[k].lower != "mit":
        return None
    m = _phrase_or_title(doc, k + 1, end)
    if m is None or m.kind == "pronoun":
        return None
    if is_outlet(doc, m):
        return "via", m
    return ("addressee", m) if m.kind in ("person", "group") else None


def _title_at(doc: Doc, k: int, end: int) -> Mention | None:
    """A medium's title in quotation marks ("dem „Tagesspiegel“"), capitalised or a known outlet
    ("der „taz“"); not a quoted phrase ("vor einem „drohenden Abfluss“")."""
    m = quoted_title(doc, k, end)
    if m is None or not (doc.tokens[m.first + 1].is_capitalized or m.name in doc.lexicon.outlets):
        return None
    return m


def _past_adverbs(doc: Doc, k: int, end: int) -> int:
    """Past adverbs ("heute", "dagegen", "jedoch", "damals") and a time noun after them ("heute Abend")."""
    while k < end and doc.tokens[k].text.islower() and doc.tokens[k].lower in SPOKEN_TO_SKIPPABLE:
        k += 1
        if k < end and doc.tokens[k].text in DAY_TIMES:
            k += 1
    return k


SPOKEN_TO_SKIPPABLE = SUBJECT_SKIPPABLE | {
    "jedoch", "dagegen", "hingegen", "allerdings", "aber", "dazu", "hierzu", "daraufhin", "inzwischen",
    "offenbar", "erneut", "nochmals", "zuletzt", "zunächst", "anschließend", "schließlich", "morgen",
    "direkt", "offen", "sogar", "wiederholt", "noch", "weiter", "mehrfach", "ausdrücklich", "seinerseits",
    "ihrerseits", "demnach", "deshalb", "daher", "zugleich", "gleichzeitig", "ebenso", "bereits"}
DAY_TIMES = {"Morgen", "Vormittag", "Mittag", "Nachmittag", "Abend", "Nacht"}


def _channel_noun(doc: Doc, m: Mention) -> bool:
    """The phrase's head is a channel noun of the outlet lexicon, also as the head of a compound:
    "einer Presseerklärung der Gewerkschaft", "im Fachblatt"."""
    heads = [w.lower() for w, kind in doc.lexicon.outlets.items() if kind == "noun"]
    return any(t.is_capitalized and any(t.lower.endswith(h) for h in heads) for t in doc.tokens[m.first:m.last][:4])


def is_outlet(doc: Doc, m: Mention) -> bool:
    """An agency, newspaper, broadcaster, platform or a channel noun ("Pressemitteilung")."""
    return m.kind == "outlet" or (m.name is not None and m.name in doc.lexicon.outlets) or any(
        t.text in doc.lexicon.outlets for t in doc.tokens[m.first:m.last])

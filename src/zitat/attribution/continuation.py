"""Sentences that go on reporting a speaker without a frame of their own.

"Auch Russland brauche Garantien für seine Sicherheit." has no speech verb, but its Konjunktiv I
says it is still the reported speaker's claim (type indirect_free_indirect). Konjunktiv II ("wäre",
"würde") is also the mood of plain hypotheticals, so it counts only right after a statement.
Such sentences, unattributed quotes and "demnach" take the speaker of the previous statement in
their paragraph, else of the next one in it, else of the last one in the paragraph before.
"""
from __future__ import annotations

from zitat.attribution.drafts import Claimed, Draft
from zitat.attribution.quotes import Quotation
from zitat.language.doc import Doc


def continuation_statements(doc: Doc, drafts: list[Draft], quotations: list[Quotation]) -> list[Draft]:
    covered = {d.sentence for d in drafts} | {doc.tokens[doc.token_at(d.end - 1)].sentence for d in drafts}
    quoted = Claimed()
    for q in quotations:
        if q.depth == 0:
            quoted.add(q.open, q.close)
    with_statement = set(covered)
    found = []
    for s in doc.sentences:
        if s.i in covered or quoted.overlaps(s.start, s.start + 1) or _is_question(doc, s):
            continue
        moods = {doc.mood(k) for k in range(s.first, s.last) if doc.tokens[k].is_word} - {None}
        if "konj1" in moods or ("konj2" in moods and s.i - 1 in with_statement):
            with_statement.add(s.i)
            found.append(Draft("indirect_free_indirect", [(s.start, s.end)], s.i, confidence=0.6, inherited=True))
    return found


def _is_question(doc: Doc, s) -> bool:
    return doc.tokens[s.last - 1].text == "?"


def inherit_speakers(doc: Doc, drafts: list[Draft]) -> None:
    """Give every statement marked `inherited` the speaker of its neighbour (see module doc)."""
    ordered = sorted(drafts, key=lambda d: d.start)
    for n, d in enumerate(ordered):
        if not d.inherited or d.speaker is not None:
            continue
        paragraph = doc.sentences[d.sentence].paragraph
        source = _previous_with_speaker(doc, ordered, n, paragraph) or _next_with_speaker(doc, ordered, n, paragraph)
        if source is None:
            source = _previous_with_speaker(doc, ordered, n, paragraph - 1)
        if source is not None:
            d.speaker, d.source_name = source.speaker, source.source_name
            if d.type == "indirect_free_indirect" and source.type == "direct" and _same_paragraph(doc, d, source):
                d.confidence = 0.55


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

"""A Document's text as escaped HTML with every statement's parts marked: quote, cue, speaker, via,
addressee. Used by the article page and the extract page, so both show the same thing.

The article text is untrusted: every piece of it goes through `escape`, and only the <mark> tags
made here are markup. Overlapping parts (a name inside another statement's quote) are split at every
span boundary, so the marks never cross and each piece lists all statements it belongs to.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from zitat.model import Document, Statement

# Drawing order for a piece that belongs to several parts: the most specific part gives the colour.
ROLES = ("cue", "speaker", "via", "addressee", "quote")
LEGEND = {"quote": "quote", "cue": "cue", "speaker": "speaker", "via": "via (outlet, channel)",
          "addressee": "addressee"}


@dataclass
class Part:
    statement: str  # local statement id, e.g. "s3"
    role: str       # one of ROLES


def parts(statement: Statement) -> list[tuple[int, int, Part]]:
    found = []
    for role in ROLES:
        span = getattr(statement, role)
        for start, end in (span.spans if span else []):
            found.append((start, end, Part(statement.id, role)))
    return found


def highlight(doc: Document) -> Markup:
    """The article text as HTML: <mark class="hl-ROLE" data-s="s1 s4"> around every marked piece."""
    text = doc.article.text
    marked = [(max(0, s), min(len(text), e), p) for st in doc.statements for s, e, p in parts(st) if e > s]
    cuts = sorted({0, len(text), *(s for s, _, _ in marked), *(e for _, e, _ in marked)})
    html = []
    for start, end in zip(cuts, cuts[1:]):
        piece = escape(text[start:end])
        here = [p for s, e, p in marked if s <= start and end <= e]
        if not here:
            html.append(piece)
            continue
        role = min(here, key=lambda p: ROLES.index(p.role)).role
        ids = " ".join(dict.fromkeys(p.statement for p in here))
        html.append(Markup('<mark class="hl hl-{}" data-s="{}">{}</mark>').format(role, ids, piece))
    return Markup("").join(html)


def statement_fields(doc: Document, statement: Statement) -> list[tuple[str, str]]:
    """The fields a reader wants next to a highlighted statement, in reading order, as plain text
    (escaped by the template). A pronoun speaker shows whom it was resolved to: "er → Wladimir Putin"."""
    fields = [("type", statement.type), ("quote", statement.quote.text)]
    if statement.speaker:
        names = [e.name for e in map(doc.entity, statement.speaker.entities) if e]
        resolved = ", ".join(names)
        # Only worth an arrow when the mention does not already say the name ("sie", "Berg", "der Minister").
        shown = statement.speaker.text if not resolved or all(n in statement.speaker.text for n in names) \
            else f"{statement.speaker.text} → {resolved}"
        fields.append(("speaker", shown))
        roles = sorted({r for e in map(doc.entity, statement.speaker.entities) if e for r in e.roles})
        if roles:
            fields.append(("role", ", ".join(roles)))
    for name in ("cue", "addressee", "via", "frame"):
        span = getattr(statement, name)
        if span:
            fields.append((name, span.text + (f" ({span.lemma})" if name == "cue" and span.lemma else "")))
    if statement.said_at.date or statement.said_at.place:
        when = statement.said_at.date or ""
        if statement.said_at.date_source == "published":
            when += " (publication day)"
        fields.append(("said", ", ".join(x for x in (when, statement.said_at.place) if x)))
    fields += [("medium", statement.medium), ("confidence", f"{statement.confidence:.2f}")]
    return fields

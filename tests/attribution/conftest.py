"""Helpers for the attribution tests, offered as one fixture `zt`.

    def test_something(zt):
        doc = zt.extract("„Wir bleiben hart“, sagte Innenministerin Petra Lanz.")
        st = zt.only(doc, "direct")
        assert zt.quote(doc, st) == "Wir bleiben hart"

Texts are read straight from the article (`doc.article.text[s:e]` over the spans), never from the
`.text` fields, so a test checks the offsets a consumer would highlight.
"""
from __future__ import annotations

import pytest

from zitat import extract as _extract
from zitat.model import Document, Entity, Span, Statement

PUBLISHED = "2025-09-05"  # a Friday: "am Donnerstag" is 2025-09-04


def extract(text: str, published: str | None = PUBLISHED) -> Document:
    return _extract(text, published=published)


def pieces(doc: Document, span: Span | None) -> list[str]:
    """The article text under each [start, end) of a span."""
    return [] if span is None else [doc.article.text[s:e] for s, e in span.spans]


def quote(doc: Document, st: Statement) -> str:
    """The quote as cut from the article, pieces joined like `Span.of` does."""
    return " … ".join(pieces(doc, st.quote))


def words(doc: Document, span: Span | None) -> str:
    """The words under a span joined by single spaces: "teilte mit" whether it is one span or two."""
    return " ".join(" ".join(p.split()) for p in pieces(doc, span))


def describe(doc: Document) -> str:
    lines = [f"{s.type}: {quote(doc, s)!r} <- {doc.speaker_names(s)} ({s.cue.text if s.cue else None})"
             for s in doc.statements]
    return "statements:\n  " + "\n  ".join(lines or ["(none)"])


def statements(doc: Document, type: str | None = None) -> list[Statement]:
    return [s for s in doc.statements if type is None or s.type == type]


def only(doc: Document, type: str | None = None) -> Statement:
    """The one statement of the document (of that type); fails when there are none or several."""
    found = statements(doc, type)
    assert len(found) == 1, f"expected exactly one {type or ''} statement, {describe(doc)}"
    return found[0]


def statement_with(doc: Document, substring: str) -> Statement:
    """The one statement whose quote contains `substring`."""
    assert substring in doc.article.text, f"test bug: {substring!r} is not in the text"
    found = [s for s in doc.statements if substring in quote(doc, s)]
    assert len(found) == 1, f"expected one statement quoting {substring!r}, {describe(doc)}"
    return found[0]


def none_with(doc: Document, substring: str) -> None:
    """No statement quotes `substring`."""
    found = [s for s in doc.statements if substring in quote(doc, s)]
    assert not found, f"no statement should quote {substring!r}, {describe(doc)}"


def names(doc: Document, st: Statement) -> list[str]:
    return doc.speaker_names(st)


def speaker_entities(doc: Document, st: Statement) -> list[Entity]:
    assert st.speaker is not None, f"statement has no speaker, {describe(doc)}"
    return [doc.entity(i) for i in st.speaker.entities]


def entity_named(doc: Document, name: str) -> Entity:
    found = [e for e in doc.entities if e.name == name]
    assert len(found) == 1, f"expected one entity named {name!r}, got {[e.name for e in doc.entities]}"
    return found[0]


class Helpers:
    PUBLISHED = PUBLISHED
    extract = staticmethod(extract)
    pieces = staticmethod(pieces)
    quote = staticmethod(quote)
    words = staticmethod(words)
    describe = staticmethod(describe)
    statements = staticmethod(statements)
    only = staticmethod(only)
    statement_with = staticmethod(statement_with)
    none_with = staticmethod(none_with)
    names = staticmethod(names)
    speaker_entities = staticmethod(speaker_entities)
    entity_named = staticmethod(entity_named)


@pytest.fixture
def zt() -> Helpers:
    return Helpers()

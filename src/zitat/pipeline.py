"""The public entry point: text or Article in, Document out (reading -> language -> attribution)."""
from __future__ import annotations

from zitat.model import Article, Document


def extract_article(article: Article, use_model: bool = True) -> Document:
    """All statements, speakers and entities of one article; `use_model=False` is the pure rule path."""
    from zitat.attribution import attribute  # imported here so `zitat --help` stays instant
    return attribute(article, use_model=use_model)


def extract(text: str, *, published: str | None = None, title: str | None = None, outlet: str | None = None,
            url: str | None = None, id: str | None = None, use_model: bool = True) -> Document:
    """Extract statements from a German text; `published` anchors relative dates ("am Donnerstag")."""
    return extract_article(Article(text=text, id=id, title=title, published=published, outlet=outlet, url=url),
                           use_model=use_model)

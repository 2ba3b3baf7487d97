"""zitat: who said what, to whom, when, where and through which outlet, in German news.

    >>> from zitat import extract
    >>> doc = extract('"Wir bleiben hart", sagte Kanzlerin Anna Berg.', published="2025-09-05")
    >>> doc.statements[0].type
    'direct'
"""
from zitat.model import Article, Cue, Document, Entity, SaidAt, Span, Speaker, Statement
from zitat.pipeline import extract, extract_article

__all__ = ["extract", "extract_article", "Article", "Document", "Statement", "Span", "Cue", "Speaker",
           "Entity", "SaidAt"]
__version__ = "0.1.0"

"""The core: from an analysed text to statements with speakers (placeholder until the pipeline lands)."""
from zitat.model import Article, Document


def attribute(article: Article) -> Document:
    return Document(article)

"""What each page shows, as plain JSON-ready dicts: the HTML page and its /api twin call the same
function, so the API is exactly the data behind the page. Parameters arrive as untrusted strings."""
from __future__ import annotations

import math
import re
from datetime import date

from zitat.model import STATEMENT_TYPES, Article, Document
from zitat.store import views
from zitat.store.search import SearchFilters

PER_PAGE, MAX_PER_PAGE = 20, 100
MAX_DOCUMENTS = 20  # an uploaded JSONL may hold thousands; the extract page shows the first few
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def clean_date(value: str | None) -> str | None:
    """YYYY-MM-DD or None: a malformed date is dropped rather than compared as a string."""
    value = (value or "").strip()
    if not _DATE.match(value):
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        return None
    return value


def _int(value, default: int, low: int, high: int) -> int:
    try:
        return min(high, max(low, int(value)))
    except (TypeError, ValueError):
        return default


def search_params(params) -> dict:
    """The search form's fields, cleaned; the same dict goes back into the URL of every page link."""
    text = lambda name: (params.get(name) or "").strip()[:200] or None
    kind = text("type")
    return {"q": text("q"), "speaker": text("speaker"), "outlet": text("outlet"),
            "type": kind if kind in STATEMENT_TYPES else None,
            "since": clean_date(params.get("since")), "until": clean_date(params.get("until")),
            "page": _int(params.get("page"), 1, 1, 10**6),
            "per_page": _int(params.get("per_page"), PER_PAGE, 1, MAX_PER_PAGE)}


def search(db, query: dict) -> dict:
    filters = SearchFilters(query=query["q"], speaker=query["speaker"], outlet=query["outlet"], type=query["type"],
                            since=query["since"], until=query["until"])
    per_page, page = query["per_page"], query["page"]
    total, results = views.search_page(db, filters, (page - 1) * per_page, per_page)
    return {"query": query, "total": total, "page": page, "per_page": per_page,
            "pages": max(1, math.ceil(total / per_page)), "results": results}


def speaker(db, entity_id: str, unit: str | None = None) -> dict | None:
    person = views.speaker(db, entity_id)
    if person is None:
        return None
    unit, timeline = views.speaker_timeline(db, entity_id, unit if unit in ("week", "month") else "auto")
    return {"speaker": person, "unit": unit, "timeline": timeline,
            "addressees": views.top_addressees(db, entity_id), "outlets": views.top_outlets(db, entity_id),
            "latest": views.latest_statements(db, entity_id)}


def cluster(db, cluster_id: str) -> dict | None:
    sightings = views.cluster(db, cluster_id)
    return {"cluster": cluster_id, "sightings": sightings} if sightings else None


def extract_text(text: str, published: str | None = None, title: str | None = None,
                 outlet: str | None = None) -> Document:
    from zitat.pipeline import extract_article  # the extractor loads its lexicons on first use
    return extract_article(Article(text=text, published=clean_date(published), title=title or None,
                                   outlet=outlet or None, id="eingefügt"))


def extract_upload(data: bytes, filename: str, published: str | None = None) -> tuple[list[Document], list[str], int]:
    """(documents, read errors, how many articles the file held) through the same readers as
    `zitat extract`; only the first MAX_DOCUMENTS are extracted."""
    from zitat.pipeline import extract_article
    from zitat.reading import ReadError, read_bytes
    docs, errors, seen = [], [], 0
    for item in read_bytes(data, filename or "upload"):
        if isinstance(item, ReadError):
            errors.append(str(item))
            continue
        seen += 1
        if len(docs) < MAX_DOCUMENTS:
            if not item.published and clean_date(published):
                item.published = clean_date(published)
            docs.append(extract_article(item))
    return docs, errors, seen

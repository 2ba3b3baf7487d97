"""When and where a statement was made: date and place expressions tied to its attribution.

Only expressions inside the attribution or right after it count ("sagte Peskow am Donnerstag in
Wladiwostok"); a date further away usually belongs to something else ("mit Blick auf das Treffen
… am Donnerstag"). Weekdays resolve to the last such day on or before the publication date,
"am 4. September" to that day in the publication year. Without an expression the statement is
dated to the publication day (date_source "published").
"""
from __future__ import annotations

import datetime as dt

from zitat.attribution.drafts import Draft
from zitat.language.doc import Doc
from zitat.model import SaidAt

WINDOW = 8          # tokens after the attribution that may still carry its date and place
TOPIC_PREPOSITIONS = {"mit", "über", "zu", "zum", "zur", "für", "nach", "wegen", "angesichts", "hinsichtlich",
                      "bezüglich", "um", "von", "vom"}
RELATIVE_DAYS = {"heute": 0, "gestern": -1, "vorgestern": -2}


def parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def said_at(doc: Doc, d: Draft, published: dt.date | None) -> SaidAt:
    date = place = None
    if d.frame is not None:
        first, last = d.frame
        end = min(last + WINDOW, doc.sentences[doc.tokens[first].sentence].last)
        for k in range(first, end):
            if _inside_quote(doc, d, k):
                continue
            if k >= last and (doc.tokens[k].text in (",", ";", "„", "“", "\"", "»", "«")
                              or doc.tokens[k].lower in TOPIC_PREPOSITIONS):
                break     # "mit Blick auf das Treffen am Montag": that date is the meeting's
            date = date or _date_at(doc, k, published)
            place = place or _place_at(doc, k)
    if date is not None:
        return SaidAt(date.isoformat(), place, "text")
    return SaidAt(published.isoformat() if published else None, place, "published" if published else None)


def _inside_quote(doc: Doc, d: Draft, k: int) -> bool:
    return d.covers(doc.tokens[k].start)


def _date_at(doc: Doc, k: int, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    t = doc.tokens[k]
    if t.lower in RELATIVE_DAYS:
        return published + dt.timedelta(days=RELATIVE_DAYS[t.lower])
    if t.lower != "am" or k + 1 >= len(doc.tokens):
        return None
    nxt = doc.tokens[k + 1]
    explicit = _day_month(doc, k + 1, published)
    if explicit:
        return explicit
    weekday = doc.lexicon.weekdays.get(nxt.lower.removesuffix("abend").removesuffix("morgen")
                                       .removesuffix("mittag").removesuffix("nachmittag"))
    if weekday is None:
        return None
    # "am Donnerstag (4. September)": the explicit date in brackets wins
    if k + 3 < len(doc.tokens) and doc.tokens[k + 2].text == "(":
        explicit = _day_month(doc, k + 3, published)
        if explicit:
            return explicit
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _day_month(doc: Doc, k: int, published: dt.date) -> dt.date | None:
    """ "4. September" at token k (day, dot, month name)."""
    if k + 2 >= len(doc.tokens):
        return None
    day, dot, month = doc.tokens[k], doc.tokens[k + 1], doc.tokens[k + 2]
    if not (day.text.isdigit() and dot.text == "." and month.lower in doc.lexicon.months):
        return None
    try:
        date = dt.date(published.year, doc.lexicon.months[month.lower], int(day.text))
    except ValueError:
        return None
    return date.replace(year=date.year - 1) if date > published + dt.timedelta(days=7) else date


def _place_at(doc: Doc, k: int) -> str | None:
    """ "in Wladiwostok": a known place, or a capitalised word the dictionary does not know."""
    t = doc.tokens[k]
    if t.lower != "in" or k + 1 >= len(doc.tokens):
        return None
    nxt = doc.tokens[k + 1]
    if nxt.text in doc.lexicon.places:
        return nxt.text
    from zitat.language.morphology import is_known
    if nxt.is_capitalized and nxt.is_word and not is_known(nxt.text) and nxt.lower not in doc.lexicon.determiners:
        return nxt.text
    return None

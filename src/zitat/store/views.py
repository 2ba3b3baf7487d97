"""Read-only queries for the web pages: a search page with a total, a speaker's profile (timeline,
addressees, outlets, latest statements), a cluster's sightings, speakers per statement with their ids.

Everything here only SELECTs; the rows have the same shape as `search.search` returns (`as_row`), so
the CLI, the JSON API and the pages all show one kind of statement row.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta

from zitat.store.backends import Database
from zitat.store.search import (_SELECT, _STATEMENT_DAY, ORDER_NEWEST as _ORDER, SearchFilters, as_row,
                                speaker_names, where_clause)


def search_page(db: Database, f: SearchFilters, offset: int = 0, limit: int = 20) -> tuple[int, list[dict]]:
    """(number of matches, one page of rows newest first); the count lets a page say "41-60 of 312"."""
    where, params = where_clause(db, f)
    total = db.query(f"SELECT COUNT(*) AS n FROM statements s JOIN articles a ON a.article_key = s.article_key{where}",
                     params)[0]["n"]
    rows = db.query(f"{_SELECT}{where}{_ORDER} LIMIT {int(limit)} OFFSET {int(offset)}", params)
    return total, _rows(db, rows)


def statement_speakers(db: Database, keys: list[str]) -> dict[str, list[dict]]:
    """Store-wide speakers of each statement with id, name and roles: what a card links to."""
    found: dict[str, list[dict]] = {}
    for start in range(0, len(keys), 500):  # stay below the bound-parameter limits
        chunk = keys[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for r in db.query("SELECT ss.statement_key, e.entity_id, e.name, e.roles FROM statement_speakers ss "
                          f"JOIN entities e ON e.entity_id = ss.entity_id WHERE ss.statement_key IN ({marks}) "
                          "ORDER BY e.name", chunk):
            found.setdefault(r["statement_key"], []).append(
                {"id": r["entity_id"], "name": r["name"], "roles": json.loads(r["roles"] or "[]")})
    return found


def speaker(db: Database, entity_id: str) -> dict | None:
    """Who it is: name, kind, roles, Wikidata id, and the other names the articles used for it."""
    rows = db.query("SELECT entity_id, name, kind, roles, wikidata FROM entities WHERE entity_id = ?", [entity_id])
    if not rows:
        return None
    e = rows[0]
    mentions = db.query("SELECT name, roles FROM mentions WHERE entity_id = ?", [entity_id])
    roles = Counter(json.loads(e["roles"] or "[]"))
    for m in mentions:
        roles.update(json.loads(m["roles"] or "[]"))
    counts = db.query("SELECT COUNT(*) AS statements, COUNT(DISTINCT s.article_key) AS articles "
                      "FROM statement_speakers ss JOIN statements s ON s.statement_key = ss.statement_key "
                      "WHERE ss.entity_id = ?", [entity_id])[0]
    return {"id": e["entity_id"], "name": e["name"], "kind": e["kind"], "wikidata": e["wikidata"],
            "roles": [r for r, _ in roles.most_common()],
            "aliases": sorted({m["name"] for m in mentions} - {e["name"]}),
            "statements": counts["statements"], "articles": counts["articles"]}


def _speaker_statements(columns: str) -> str:
    return (f"SELECT {columns} FROM statement_speakers ss JOIN statements s ON s.statement_key = ss.statement_key "
            "JOIN articles a ON a.article_key = s.article_key WHERE ss.entity_id = ?")


def speaker_timeline(db: Database, entity_id: str, unit: str = "auto") -> tuple[str, list[dict]]:
    """Statements per week or month, gaps filled with zero, oldest first; "auto" picks weeks when
    everything falls within about four months (a month axis would then be two or three bars)."""
    days = Counter(r["day"] for r in db.query(_speaker_statements(f"{_STATEMENT_DAY} AS day"), [entity_id])
                   if r["day"] and len(r["day"]) >= 10)
    parsed = Counter()
    for day, n in days.items():
        try:
            parsed[date.fromisoformat(day[:10])] += n
        except ValueError:  # a malformed date in the store must not break the page
            continue
    if not parsed:
        return ("month" if unit == "auto" else unit), []
    first, last = min(parsed), max(parsed)
    if unit == "auto":
        unit = "week" if (last - first).days <= 120 else "month"
    start = (lambda d: d - timedelta(days=d.weekday())) if unit == "week" else (lambda d: d.replace(day=1))
    buckets = Counter()
    for d, n in parsed.items():
        buckets[start(d)] += n
    periods, current = [], start(first)
    while current <= last:
        periods.append({"period": current.isoformat(), "count": buckets.get(current, 0)})
        current = current + timedelta(days=7) if unit == "week" else _next_month(current)
    return unit, periods


def _next_month(d: date) -> date:
    return date(d.year + d.month // 12, d.month % 12 + 1, 1)


def top_outlets(db: Database, entity_id: str, top: int = 10) -> list[dict]:
    return db.query(_speaker_statements("COALESCE(a.outlet, '') AS outlet, COUNT(*) AS statements")
                    + f" GROUP BY COALESCE(a.outlet, '') ORDER BY statements DESC, outlet LIMIT {int(top)}", [entity_id])


def top_addressees(db: Database, entity_id: str, top: int = 10) -> list[dict]:
    """Whom the speaker addressed, by the addressee's text (stored as JSON, so counted here)."""
    counts = Counter()
    for r in db.query(_speaker_statements("s.addressee") + " AND s.addressee IS NOT NULL", [entity_id]):
        text = (json.loads(r["addressee"]) or {}).get("text")
        if text:
            counts[text] += 1
    return [{"addressee": a, "statements": n} for a, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:top]]


def latest_statements(db: Database, entity_id: str, limit: int = 20) -> list[dict]:
    rows = db.query(f"{_SELECT} WHERE s.statement_key IN (SELECT statement_key FROM statement_speakers "
                    f"WHERE entity_id = ?){_ORDER} LIMIT {int(limit)}", [entity_id])
    return _rows(db, rows)


def top_speakers(db: Database, top: int = 20) -> list[dict]:
    """Most quoted speakers with their ids (search.top_speakers has none to link to)."""
    return db.query(
        "SELECT e.entity_id AS id, e.name, e.kind, COUNT(*) AS statements FROM statement_speakers ss "
        "JOIN entities e ON e.entity_id = ss.entity_id GROUP BY e.entity_id, e.name, e.kind "
        f"ORDER BY statements DESC, e.name LIMIT {int(top)}")


def cluster(db: Database, cluster_id: str) -> list[dict]:
    """Every sighting of a repeated statement, first published first."""
    rows = db.query(f"{_SELECT} WHERE s.cluster_id = ? ORDER BY COALESCE(a.published, '9999'), s.statement_key",
                    [cluster_id])
    return _rows(db, rows)


def article_key_exists(db: Database, key: str) -> bool:
    return bool(db.query("SELECT 1 AS x FROM articles WHERE article_key = ?", [key]))


def _rows(db: Database, rows: list[dict]) -> list[dict]:
    """as_row plus the article key and the speakers with ids, so a card can link to both pages."""
    keys = [r["statement_key"] for r in rows]
    names, speakers = speaker_names(db, keys), statement_speakers(db, keys)
    out = []
    for r in rows:
        row = as_row(r, names.get(r["statement_key"]))
        row["article_key"] = r["article_key"]
        row["speakers"] = speakers.get(r["statement_key"], [])
        out.append(row)
    return out

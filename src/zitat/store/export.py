"""Writing statement rows (from search or the whole store): a table for people, JSON Lines, CSV,
and Parquet when the optional pyarrow is installed (`pip install 'zitat[parquet]'`)."""
from __future__ import annotations

import csv
import json
from typing import TextIO

from zitat.store.backends import StoreError

ROW_FORMATS = ("table", "jsonl", "csv")
EXPORT_FORMATS = ("csv", "jsonl", "parquet")
# Flat columns for CSV and Parquet; JSON Lines also carries the full statement (data contract v1).
FLAT_COLUMNS = ["id", "date", "outlet", "speaker", "type", "quote", "cue", "confidence", "article_id", "title",
                "published", "url", "cluster", "sightings"]
TABLE_COLUMNS = [("id", 22), ("date", 10), ("outlet", 20), ("speaker", 24), ("type", 9), ("sightings", 3), ("quote", 80)]


def write_rows(rows: list[dict], fmt: str, out: TextIO, columns: list[str] | None = None) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        columns = columns or FLAT_COLUMNS
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        write_table(rows, out, [(c, 30) for c in columns] if columns else TABLE_COLUMNS)


def write_table(rows: list[dict], out: TextIO, columns: list[tuple[str, int]]) -> None:
    cells = [[_clip(row.get(name), width) for name, width in columns] for row in rows]
    widths = [max([len(name)] + [len(r[i]) for r in cells]) for i, (name, _) in enumerate(columns)]
    for line in [[name for name, _ in columns], *cells]:
        out.write(" | ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip() + "\n")


def _clip(value, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def export_rows(rows: list[dict], fmt: str, path: str) -> None:
    if fmt == "parquet":
        write_parquet(rows, path)
        return
    with open(path, "w", encoding="utf-8", newline="") as out:
        write_rows(rows, fmt, out)


def write_parquet(rows: list[dict], path: str) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise StoreError("Parquet export needs pyarrow: pip install 'zitat[parquet]'") from e
    table = pa.table({name: [row.get(name) for row in rows] for name in FLAT_COLUMNS}
                     | {"statement": [json.dumps(row["statement"], ensure_ascii=False) for row in rows]})
    pq.write_table(table, path)

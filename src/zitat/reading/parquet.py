"""Parquet files of articles: a `text` column plus optional metadata columns -> Articles, row by row.

Rows are read in small record batches, so memory stays bounded however large the file is. Columns are
the JSON record fields (records.py): text or originalText; id, title, published or date, outlet, url,
language. Dates and timestamps become ISO strings.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from zitat.model import Article
from zitat.reading.errors import ReadError
from zitat.reading.records import (ID_FIELDS, OUTLET_FIELDS, PUBLISHED_FIELDS, TEXT_FIELDS, TITLE_FIELDS,
                                   URL_FIELDS, article_from_record)
from zitat.reading.text import stem

PARQUET_SUFFIX = ".parquet"
KNOWN_COLUMNS = {*TEXT_FIELDS, *ID_FIELDS, *TITLE_FIELDS, *PUBLISHED_FIELDS, *OUTLET_FIELDS, *URL_FIELDS, "language"}
_BATCH_ROWS = 256  # a few MB of text per batch: small enough for memory, large enough for Arrow's speed


def is_parquet(path: str) -> bool:
    return path.lower().endswith(PARQUET_SUFFIX)


def iter_parquet(path: str) -> Iterator[tuple[int, Article | ReadError]]:
    """(row number from 1, Article or ReadError) for every row; a file that cannot be opened is one ReadError."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield 0, ReadError(path, "reading Parquet needs pyarrow: pip install 'zitat[batch]'")
        return
    number = 0
    try:
        file = pq.ParquetFile(path)
        columns = [name for name in file.schema_arrow.names if name in KNOWN_COLUMNS]  # skip unused big columns
        if not any(name in TEXT_FIELDS for name in columns):
            yield 0, ReadError(path, "no 'text' column")
            return
        for batch in file.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
            for row in batch.to_pylist():
                number += 1
                record = {key: _scalar(value) for key, value in row.items()}
                yield number, article_from_record(record, f"{path}:{number}", f"{stem(path)}:{number}")
    except Exception as e:  # OSError, ArrowInvalid on a damaged file: the rest of it cannot be read
        yield number + 1, ReadError(path, f"unreadable Parquet ({type(e).__name__}: {e})"[:300])


def read_parquet(path: str) -> Iterator[Article | ReadError]:
    for _, item in iter_parquet(path):
        yield item


def _scalar(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value

"""What ingest reads: everything `zitat extract` reads, plus zitat's own JSON Lines output
(documents with "article" and "statements"), which is stored as it is, without extracting again."""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator

from zitat.model import Article, Document
from zitat.reading import ReadError, read_inputs
from zitat.reading.inputs import MAX_BYTES, gunzip, kind_from_suffix, readable_files


def read_for_ingest(paths: Iterable[str]) -> Iterator[Article | Document | ReadError]:
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = False
            for entry in readable_files(path):
                found = True
                yield from [entry] if isinstance(entry, ReadError) else read_path(entry)
            if not found:
                yield from read_inputs([path])  # the reader's own "no ... files in directory" error
        else:
            yield from read_path(path)


def read_path(path: str) -> Iterator[Article | Document | ReadError]:
    lines = document_lines(path)
    if lines is None:
        yield from read_inputs([path])
        return
    for number, line in lines:
        yield parse_document(line, f"{path}:{number}")


def document_lines(path: str) -> list[tuple[int, bytes]] | None:
    """The numbered non-blank lines of a .json/.jsonl file holding zitat documents, else None
    (the file is then read as ordinary articles, errors included)."""
    if path == "-" or kind_from_suffix(path) not in ("json", "jsonl"):
        return None
    try:
        if os.path.getsize(path) > MAX_BYTES:
            return None
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return None
    if data.startswith(b"\x1f\x8b") or path.lower().endswith(".gz"):
        data = gunzip(data, path)
        if isinstance(data, ReadError):
            return None
    lines = [(n, raw) for n, raw in enumerate(data.split(b"\n"), start=1) if raw.strip()]
    if not lines:
        return None
    try:
        first = json.loads(lines[0][1])
    except (ValueError, RecursionError):
        return None
    return lines if is_document(first) else None


def is_document(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get("article"), dict) and isinstance(value.get("statements"), list)


def parse_document(line: bytes, source: str) -> Document | ReadError:
    try:
        value = json.loads(line)
    except UnicodeDecodeError:
        return ReadError(source, "invalid UTF-8")
    except (ValueError, RecursionError) as e:
        return ReadError(source, f"invalid JSON: {getattr(e, 'msg', e)}")
    if not is_document(value):
        return ReadError(source, "expected a zitat document with 'article' and 'statements'")
    try:
        doc = Document.from_dict(value)
    except (KeyError, TypeError, ValueError) as e:
        return ReadError(source, f"not a valid zitat document ({type(e).__name__}: {e})")
    if not doc.article.text.strip():
        return ReadError(source, "empty 'text' field")
    return doc

"""JSON and JSONL article records, including the research dataset's fields and zitat's own output."""
from __future__ import annotations

import json
from collections.abc import Iterator

from zitat.model import Article
from zitat.reading.errors import ReadError
from zitat.reading.text import describe_bad_utf8, stem

# First field present wins; aliases cover the research dataset (originalText, documentName) and scrapers.
TEXT_FIELDS = ("text", "originalText")
ID_FIELDS = ("id", "documentName")
TITLE_FIELDS = ("title",)
PUBLISHED_FIELDS = ("published", "date")
OUTLET_FIELDS = ("outlet", "source", "sitename")
URL_FIELDS = ("url",)


def read_json(data: bytes, source: str) -> Iterator[Article | ReadError]:
    """A JSON file holding one object or a list of objects; JSONL mistakenly named .json is read as JSONL."""
    text = _decode(data, source)
    if isinstance(text, ReadError):
        yield text
        return
    value = _load(text, source, line_numbers=True)
    if isinstance(value, ReadError):
        is_jsonl = value.reason.startswith("invalid JSON: Extra data") and _first_line_is_json(text)
        yield from read_jsonl(data, source) if is_jsonl else [value]
    elif isinstance(value, list):
        for number, item in enumerate(value, start=1):
            yield _with_item_number(article_from_record(item, source, f"{stem(source)}:{number}"), number)
    else:
        yield article_from_record(value, source, stem(source))


def read_jsonl(data: bytes, source: str) -> Iterator[Article | ReadError]:
    """One object per line; blank lines skipped; each line fails on its own as "source:LINE"."""
    if not data.strip():
        yield ReadError(source, "empty file")
        return
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if raw.strip():
            yield _read_jsonl_line(raw, f"{source}:{number}", f"{stem(source)}:{number}")


def _read_jsonl_line(raw: bytes, line_source: str, default_id: str) -> Article | ReadError:
    text = _decode(raw, line_source)
    value = text if isinstance(text, ReadError) else _load(text, line_source, line_numbers=False)
    return value if isinstance(value, ReadError) else article_from_record(value, line_source, default_id)


def _load(text: str, source: str, line_numbers: bool) -> object | ReadError:
    """The parsed value; on failure the parser's message and position (a JSONL line's number is in source)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        where = f"line {e.lineno} column {e.colno}" if line_numbers else f"column {e.colno}"
        return ReadError(source, f"invalid JSON: {e.msg} ({where})")
    except RecursionError:
        return ReadError(source, "invalid JSON: nested too deeply")
    except ValueError as e:  # an integer of thousands of digits
        return ReadError(source, f"invalid JSON: {str(e).split(':')[0]}")


def article_from_record(record: object, source: str, default_id: str) -> Article | ReadError:
    """An Article from one JSON object: a plain record, or a zitat output document {"article": ..., ...}."""
    if not isinstance(record, dict):
        return ReadError(source, f"expected a JSON object, got {_json_type(record)}")
    if isinstance(record.get("article"), dict) and not _has_any(record, TEXT_FIELDS):
        record = record["article"]
    field = next((name for name in TEXT_FIELDS if name in record), None)
    if field is None:
        return ReadError(source, "no 'text' field")
    text = record[field]
    if not isinstance(text, str):
        return ReadError(source, f"'{field}' is not a string (got {_json_type(text)})")
    if not text.strip():
        return ReadError(source, f"empty '{field}' field")
    # The text stays exactly as given: gold annotations in the dataset are offsets into it.
    record_id = _first_scalar(record, ID_FIELDS)
    language = record.get("language")
    return Article(text=text, id=record_id if record_id is not None else default_id,
                   title=_first_scalar(record, TITLE_FIELDS), published=_first_scalar(record, PUBLISHED_FIELDS),
                   outlet=_first_scalar(record, OUTLET_FIELDS), url=_first_scalar(record, URL_FIELDS),
                   language=language if isinstance(language, str) and language else "de")


def _first_line_is_json(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    try:
        json.loads(first)
    except (ValueError, RecursionError):
        return False
    return True


def _first_scalar(record: dict, names: tuple[str, ...]) -> str | None:
    """The first of the named fields holding a string or number, as a string; objects and lists don't fit."""
    for name in names:
        value = record.get(name)
        if isinstance(value, bool):
            continue
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, int | float):
            return str(value)
    return None


def _decode(data: bytes, source: str) -> str | ReadError:
    if not data.strip():
        return ReadError(source, "empty file")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")  # JSON is UTF-8 by RFC 8259
    except UnicodeDecodeError as e:
        return ReadError(source, describe_bad_utf8(e))


def _with_item_number(result: Article | ReadError, number: int) -> Article | ReadError:
    """Errors in a JSON list name the item, since the whole list shares one source."""
    if isinstance(result, ReadError):
        return ReadError(result.source, f"item {number}: {result.reason}")
    return result


def _has_any(record: dict, names: tuple[str, ...]) -> bool:
    return any(name in record for name in names)


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)

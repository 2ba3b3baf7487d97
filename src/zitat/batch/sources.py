"""Inputs -> partitions -> records. A partition is one unit of work: an archive file (WARC, JSONL, Parquet),
or a folder's loose article files (.txt .html .json) taken together, so a folder of a million pages does not
become a million tasks and a million output files.

Every reader here streams: one record in memory at a time, never a whole archive.
"""
from __future__ import annotations

import glob
import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator

from zitat.model import Article
from zitat.reading.errors import ReadError
from zitat.reading.inputs import describe_os_error, kind_from_suffix, read_file
from zitat.reading.parquet import is_parquet, iter_parquet
from zitat.reading.records import article_from_record
from zitat.reading.text import stem
from zitat.reading.warc import Skipped, is_warc, iter_warc

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".jsonl", ".jsonl.gz", ".parquet")

# (the file the record came from, record number from 1 within it, what it gave)
Record = tuple[str, int, Article | ReadError | Skipped]


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Partitions for paths, folders and glob patterns ("crawl/*.warc.gz"), sorted, each once.

    A pattern that matches nothing stays as it is: its partition then fails with "no such file", in the errors
    table, rather than vanishing from the run unnoticed.
    """
    found: dict[str, None] = {}
    for item in inputs:
        matches = sorted(glob.glob(item, recursive=True)) if glob.has_magic(item) else [item]
        for path in matches or [item]:
            for partition in _partitions(path):
                found.setdefault(partition)
    return list(found)


def _partitions(path: str) -> Iterator[str]:
    if not os.path.isdir(path):
        yield path
        return
    for folder, subfolders, files in os.walk(path):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        visible = sorted(name for name in files if not name.startswith("."))
        yield from (os.path.join(folder, name) for name in visible if is_archive(name))
        if any(_is_loose(name) for name in visible):
            yield folder


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def _is_loose(name: str) -> bool:
    return not is_archive(name) and kind_from_suffix(name) is not None


def iter_records(partition: str) -> Iterator[Record]:
    """Every record of a partition in order; problems are ReadErrors in the stream, never exceptions."""
    if os.path.isdir(partition):
        yield from _folder_records(partition)
    elif is_warc(partition):
        yield from ((partition, number, item) for number, item in iter_warc(partition))
    elif is_parquet(partition):
        yield from ((partition, number, item) for number, item in iter_parquet(partition))
    elif partition.lower().endswith((".jsonl", ".jsonl.gz")):
        yield from _jsonl_records(partition)
    else:
        yield from ((partition, number, item) for number, item in enumerate(read_file(partition), start=1))


def _folder_records(folder: str) -> Iterator[Record]:
    """The loose files directly in the folder (subfolders are partitions of their own), one file at a time."""
    try:
        names = sorted(name for name in os.listdir(folder) if not name.startswith(".") and _is_loose(name))
    except OSError as e:
        yield folder, 0, ReadError(folder, describe_os_error(e))
        return
    for name in names:
        path = os.path.join(folder, name)
        yield from ((path, number, item) for number, item in enumerate(read_file(path), start=1))


def _jsonl_records(path: str) -> Iterator[Record]:
    """Line by line through the (gzipped) file: archives of JSONL run to gigabytes."""
    number = 0
    try:
        opener = gzip.open if path.lower().endswith(".gz") else open
        with opener(path, "rb") as lines:
            for number, raw in enumerate(lines, start=1):
                if raw.strip():
                    yield path, number, _jsonl_line(raw, f"{path}:{number}", f"{stem(path)}:{number}")
    except (OSError, EOFError, zlib.error) as e:  # missing file, or a gzip stream cut short: the rest is lost
        reason = describe_os_error(e) if isinstance(e, OSError) and e.strerror else f"unreadable ({e})"
        yield path, number + 1, ReadError(path, reason)


def _jsonl_line(raw: bytes, source: str, default_id: str) -> Article | ReadError:
    try:
        value = json.loads(raw.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError as e:
        return ReadError(source, f"not valid UTF-8 (at offset {e.start})")
    except (ValueError, RecursionError) as e:
        return ReadError(source, f"invalid JSON ({str(e)[:120]})")
    return article_from_record(value, source, default_id)

"""Paths, directories and stdin -> a stream of Articles and ReadErrors, one input after another."""
from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from zitat.model import Article
from zitat.reading.errors import ReadError
from zitat.reading.html import read_html
from zitat.reading.records import read_json, read_jsonl
from zitat.reading.text import read_text

MAX_BYTES = 50_000_000
STDIN = "-"
KINDS = ("txt", "html", "json", "jsonl")
SUFFIX_KINDS = {".txt": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
_READERS: dict[str, Callable[[bytes, str], Iterator[Article | ReadError]]] = {
    "txt": read_text, "html": read_html, "json": read_json, "jsonl": read_jsonl}
_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20


def read_inputs(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Article | ReadError]:
    """Every Article in the given files, directories (recursively) and "-" (stdin), in order.

    Never raises for bad input: each problem is yielded as a ReadError and reading goes on.
    """
    for path in paths:
        if path == STDIN:
            yield from read_stream(stdin if stdin is not None else sys.stdin.buffer, STDIN)
        elif os.path.isdir(path):
            yield from read_directory(path)
        else:
            yield from read_file(path)


def read_bytes(data: bytes, source: str, kind: str | None = None) -> Iterator[Article | ReadError]:
    """Articles from one input's bytes; kind is "txt", "html", "json", "jsonl" or None to guess it
    from the source's suffix, then from the content. Gzipped data is unpacked first."""
    if len(data) > MAX_BYTES:
        yield too_large(source, len(data))
        return
    if data.startswith(_GZIP_MAGIC) or source.lower().endswith(".gz"):
        unpacked = gunzip(data, source)
        if isinstance(unpacked, ReadError):
            yield unpacked
            return
        data = unpacked
    if kind is not None and kind not in _READERS:
        yield ReadError(source, f"unknown input kind {kind!r} (expected one of {', '.join(KINDS)})")
        return
    yield from _READERS[kind or guess_kind(data, source)](data, source)


def read_file(path: str) -> Iterator[Article | ReadError]:
    if path.lower().endswith((".warc", ".warc.gz", ".parquet")):  # archives: streamed, so no size limit
        yield from _read_archive(path)
        return
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:  # checked before reading, so a huge file costs no memory
            yield too_large(path, size)
            return
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        yield ReadError(path, describe_os_error(e))
        return
    yield from read_bytes(data, path)


def _read_archive(path: str) -> Iterator[Article | ReadError]:
    from zitat.reading.parquet import is_parquet, read_parquet  # here: warc.py imports this module
    from zitat.reading.warc import read_warc
    yield from read_parquet(path) if is_parquet(path) else read_warc(path)


def read_directory(root: str) -> Iterator[Article | ReadError]:
    found = False
    for entry in readable_files(root):
        if isinstance(entry, ReadError):
            yield entry
            continue
        found = True
        yield from read_file(entry)
    if not found:
        yield ReadError(root, "no .txt, .html, .htm, .json or .jsonl files in directory")


def readable_files(folder: str) -> Iterator[str | ReadError]:
    """Files under folder with a known suffix (optionally .gz), depth first, each level sorted by name,
    hidden files and folders skipped. A folder that cannot be listed comes out as a ReadError instead
    of being passed over in silence."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as e:
        yield ReadError(folder, describe_os_error(e))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        # Symlinked folders are not followed, so a link loop cannot recurse forever.
        if entry.is_dir(follow_symlinks=False):
            yield from readable_files(entry.path)
        elif kind_from_suffix(entry.name) is not None and entry.is_file():
            yield entry.path


def read_stream(stream: BinaryIO, source: str) -> Iterator[Article | ReadError]:
    try:
        data = stream.read(MAX_BYTES + 1)
        if isinstance(data, str):  # a text stream (sys.stdin rather than sys.stdin.buffer) given by mistake
            data = data.encode("utf-8")
        if len(data) > MAX_BYTES:
            yield too_large(source, len(data) + drain(stream))
            return
    except OSError as e:
        yield ReadError(source, describe_os_error(e))
        return
    yield from read_bytes(data, source)


def guess_kind(data: bytes, source: str) -> str:
    """By suffix ("a.jsonl.gz" -> jsonl), else by the first character: { or [ JSON, < HTML, else text."""
    by_suffix = kind_from_suffix(source)
    if by_suffix is not None:
        return by_suffix
    start = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start in (b"{", b"["):
        return "json"  # read_json falls back to JSONL when the file holds one object per line
    if start == b"<":
        return "html"
    return "txt"


def kind_from_suffix(name: str) -> str | None:
    lower = name.lower().removesuffix(".gz")
    return next((kind for suffix, kind in SUFFIX_KINDS.items() if lower.endswith(suffix)), None)


def gunzip(data: bytes, source: str) -> bytes | ReadError:
    """Unpacked bytes, stopping at MAX_BYTES so a small gzip bomb cannot fill memory."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            unpacked = f.read(MAX_BYTES + 1)
            if len(unpacked) > MAX_BYTES:
                return ReadError(source, f"too large when unpacked (over the limit of {MAX_BYTES} bytes)")
    except (OSError, EOFError, zlib.error) as e:
        return ReadError(source, f"not valid gzip ({e})")
    return unpacked


def too_large(source: str, size: int) -> ReadError:
    return ReadError(source, f"too large ({size} bytes, limit {MAX_BYTES})")


def drain(stream: BinaryIO) -> int:
    """Bytes left in the stream, read and dropped, to report the true size of oversized stdin."""
    total = 0
    while chunk := stream.read(_CHUNK):
        total += len(chunk)
    return total


def describe_os_error(error: OSError) -> str:
    """The OS message without errno or path, e.g. "no such file or directory", "permission denied"."""
    message = error.strerror or type(error).__name__
    return message[:1].lower() + message[1:]

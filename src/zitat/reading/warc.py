"""WARC archives (.warc, .warc.gz): HTTP responses holding HTML -> Articles, one record at a time.

Crawl archives are gigabytes, so records are streamed with warcio and only one payload is in memory.
Records that hold no article (requests, warcinfo, images, redirects) are not errors: they come out as
Skipped with a short reason, so a batch can count them apart from real failures.
"""
from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass

from zitat.model import Article
from zitat.reading.errors import ReadError
from zitat.reading.html import article_from_html, decode_html
from zitat.reading.inputs import MAX_BYTES, describe_os_error
from zitat.reading.text import looks_binary

HTML_TYPES = ("text/html", "application/xhtml+xml")
# "resource" records hold a page without HTTP headers (wget --warc-file, Webrecorder); "response" is the usual.
ARTICLE_RECORDS = ("response", "resource")
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True)
class Skipped:
    """A record that is fine but holds no article to read; reason is a short category, used as a count key."""
    source: str
    reason: str


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def iter_warc(path: str) -> Iterator[tuple[int, Article | ReadError | Skipped]]:
    """(record number from 1, what it gave) for every record of the archive, in order.

    A record that cannot be read is a ReadError and reading goes on; a broken archive (bad gzip member,
    garbled WARC header) ends the file with one ReadError, since warcio cannot find the next record after it.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield 0, ReadError(path, "reading WARC needs warcio: pip install 'zitat[batch]'")
        return
    number = 0
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                number += 1
                yield number, _from_record(record, f"{path}#{number}")
    except OSError as e:
        yield number + 1, ReadError(path, describe_os_error(e))
    except Exception as e:  # warcio.exceptions.ArchiveLoadFailed, zlib errors: the rest is unreadable
        yield number + 1, ReadError(f"{path}#{number + 1}", f"broken WARC record ({type(e).__name__}: {e})"[:300])


def read_warc(path: str) -> Iterator[Article | ReadError]:
    """Articles and errors only, for `zitat extract` and other readers of read_inputs; skipped records dropped."""
    for _, item in iter_warc(path):
        if not isinstance(item, Skipped):
            yield item


def _from_record(record, source: str) -> Article | ReadError | Skipped:
    try:
        return _article_from_record(record, source)
    except Exception as e:  # a bad payload (chunking, encoding) must not end the archive
        return ReadError(source, f"unreadable record ({type(e).__name__}: {e})"[:300])


def _article_from_record(record, source: str) -> Article | ReadError | Skipped:
    if record.rec_type not in ARTICLE_RECORDS:
        return Skipped(source, f"{record.rec_type} record")
    content_type = _content_type(record)
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status != "200":
            return Skipped(source, f"HTTP status {status}")
    if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return Skipped(source, "not HTML")
    data = record.content_stream().read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return ReadError(source, f"too large (over the limit of {MAX_BYTES} bytes)")
    if not data.strip():
        return ReadError(source, "empty HTML payload")
    if looks_binary(data):
        return ReadError(source, "binary payload declared as HTML")
    article = article_from_html(_decode(data, content_type), source)
    if isinstance(article, ReadError):
        return article
    uri = record.rec_headers.get_header("WARC-Target-URI")
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    # The record id is unique within a crawl, the page's file name is not ("index", "artikel").
    article.id = record_id.strip("<>").removeprefix("urn:uuid:") or article.id
    article.url = article.url or uri
    return article


def _content_type(record) -> str:
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _decode(data: bytes, content_type: str) -> str:
    """By the HTTP header's charset when it names a known codec (it overrides <meta>, as in browsers), else as
    the HTML reader decodes files."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            try:
                name = codecs.lookup(value.strip().strip("\"'")).name
            except LookupError:
                break
            name = "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name
            return data.decode(name, errors="replace").removeprefix("\ufeff")
    return decode_html(data)

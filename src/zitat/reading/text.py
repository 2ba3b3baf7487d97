"""Plain text files: bytes -> str with the encoding rescue German newsroom archives need."""
from __future__ import annotations

import os
from collections.abc import Iterator

from zitat.model import Article
from zitat.reading.errors import ReadError

UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Control bytes that never occur in text; \t \n \f \r do (form feeds separate pages in old exports).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\f\r") + b"\x7f"
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_MAX_CONTROL_SHARE = 0.10


def read_text(data: bytes, source: str) -> Iterator[Article | ReadError]:
    """One Article from a text file: id = file stem, line endings normalised to \\n."""
    text = decode_text(data, source)
    if isinstance(text, ReadError):
        yield text
        return
    yield Article(text=normalise_newlines(text), id=stem(source))


def decode_text(data: bytes, source: str) -> str | ReadError:
    """Text of a file, or the reason it is not one (empty, binary, undecodable)."""
    if not data.strip():
        return ReadError(source, "empty file")
    if data.startswith(_UTF16_BOMS):
        # Checked before the binary test: UTF-16 is full of NUL bytes but is text.
        return _decode_utf16(data, source)
    if looks_binary(data):
        return ReadError(source, "binary file")
    text = decode_utf8_or_cp1252(data)
    if isinstance(text, UnicodeDecodeError):
        return ReadError(source, describe_bad_utf8(text))
    if not text.strip():
        return ReadError(source, "empty file")
    return text


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than a tenth control characters: an image, archive or database, not text."""
    if b"\x00" in data:
        return True
    controls = len(data.translate(None, _NOT_CONTROL))
    return controls > _MAX_CONTROL_SHARE * len(data)


def decode_utf8_or_cp1252(data: bytes) -> str | UnicodeDecodeError:
    """UTF-8 (BOM dropped); else Windows-1252 when that decodes cleanly, as old Windows files do.

    Returns the UTF-8 error (not raised) when neither fits, so callers can name the bad byte.
    """
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as utf8_error:
        text = _decode_cp1252_cleanly(data)
        return utf8_error if text is None else text


def _decode_cp1252_cleanly(data: bytes) -> str | None:
    """Python's strict cp1252 refuses the five bytes it leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) and maps
    every other byte 0x80-0x9F to a printable character (€ „ “ – …), so a clean decode never holds C1 controls."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _decode_utf16(data: bytes, source: str) -> str | ReadError:
    try:
        text = data.decode("utf-16")  # the BOM tells the byte order and is consumed
    except UnicodeDecodeError as e:
        return ReadError(source, f"not valid UTF-16 (at offset {e.start})")
    return text if text.strip() else ReadError(source, "empty file")


def describe_bad_utf8(error: UnicodeDecodeError) -> str:
    bad = error.object[error.start]
    return f"not valid UTF-8 (byte 0x{bad:02x} at offset {error.start})"


def normalise_newlines(text: str) -> str:
    """\\r\\n and lone \\r become \\n; nothing else changes, since offsets downstream refer to this text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def stem(source: str) -> str:
    """Article id from a source name: "dir/kreml.txt.gz" -> "kreml"; stdin ("-") -> "stdin"."""
    if source == "-":
        return "stdin"
    name = os.path.basename(source.rstrip("/\\")) or source
    if name.lower().endswith(".gz"):
        name = name[:-3]
    base, _ = os.path.splitext(name)
    return base or name

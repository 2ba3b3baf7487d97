"""HTML pages: main text and metadata by trafilatura, with navigation, ads and comments left out."""
from __future__ import annotations

import codecs
import copy
import re
from collections.abc import Iterator

from zitat.model import Article
from zitat.reading.errors import ReadError
from zitat.reading.text import UTF8_BOM, decode_utf8_or_cp1252, looks_binary, stem

PARAGRAPH_BREAK = "\n\n"
NO_MAIN_TEXT = "no main text found in HTML"
# Browsers pre-scan 1 KiB for the charset; 4 KiB also finds it behind long comments or inline scripts.
_CHARSET_WINDOW = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Browsers read "iso-8859-1" and "ascii" as windows-1252 (WHATWG), and real pages rely on it for „ “ –.
_READ_AS_CP1252 = {"latin_1", "ascii", "iso8859_1"}
# A page that can declare its charset in ASCII bytes is not UTF-16, whatever it says (WHATWG again).
_READ_AS_UTF8 = {"utf_16", "utf_16_le", "utf_16_be"}


def read_html(data: bytes, source: str) -> Iterator[Article | ReadError]:
    """One Article from an HTML page; id = file stem."""
    if not data.strip():
        yield ReadError(source, "empty file")
        return
    if looks_binary(data):
        yield ReadError(source, "binary file")
        return
    yield article_from_html(decode_html(data), source)


def decode_html(data: bytes) -> str:
    """By the page's own charset declaration, else UTF-8 (or clean cp1252), else UTF-8 with replacement."""
    declared = declared_charset(data)
    if declared is not None:
        return data.decode(declared, errors="replace").removeprefix("\ufeff")
    text = decode_utf8_or_cp1252(data)
    if isinstance(text, str):
        return text
    return data.decode("utf-8", errors="replace").removeprefix("\ufeff")


def declared_charset(data: bytes) -> str | None:
    """Python codec name of <meta charset> / http-equiv content type; None when absent or unknown."""
    if data.startswith(UTF8_BOM):
        return "utf-8"  # a BOM overrides any declaration, as in browsers
    match = _META_CHARSET.search(data[:_CHARSET_WINDOW])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    name = name.replace("-", "_")
    return "cp1252" if name in _READ_AS_CP1252 else "utf_8" if name in _READ_AS_UTF8 else name


def article_from_html(html: str, source: str) -> Article | ReadError:
    try:
        meta = extract_with_metadata(html)
    except Exception as e:  # trafilatura/lxml on hostile markup; one bad page must not end a batch
        return ReadError(source, f"HTML extraction failed ({type(e).__name__})")
    text = paragraphs_text(meta) if meta else ""
    if not text.strip():
        return ReadError(source, NO_MAIN_TEXT)
    return Article(text=text, id=stem(source), title=meta.get("title") or None,
                   published=meta.get("date") or None, outlet=meta.get("sitename") or None,
                   url=meta.get("url") or None)


def extract_with_metadata(html: str) -> dict | None:
    """trafilatura's result as a dict (text, body, title, date, sitename, url, ...); None when it finds nothing."""
    import trafilatura  # here, not at module level: it takes about a second to import

    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=False, output_format="python")
    if result is None:
        return None
    return result if isinstance(result, dict) else result.as_dict()  # 2.x gives a Document, 1.x a dict


def paragraphs_text(meta: dict) -> str:
    """trafilatura's text joins block elements with a single \\n, as it does <br> inside a paragraph;
    rebuilding it block by block gives "\\n\\n" between paragraphs and keeps <br> as "\\n"."""
    body = meta.get("body")
    if body is not None and len(body):
        try:
            blocks = [_block_text(element) for element in body]
            return PARAGRAPH_BREAK.join(block for block in blocks if block)
        except Exception:  # an internal trafilatura API changed: fall back to the public text field
            pass
    lines = (line.strip() for line in (meta.get("text") or "").split("\n"))
    return PARAGRAPH_BREAK.join(line for line in lines if line)


def _block_text(element) -> str:
    from lxml import etree
    from trafilatura.xml import xmltotxt

    wrapper = etree.Element("body")
    wrapper.append(copy.deepcopy(element))
    return xmltotxt(wrapper, False).strip()

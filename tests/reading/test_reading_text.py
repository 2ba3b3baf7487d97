from zitat.model import Article
from zitat.reading import ReadError, read_bytes
from zitat.reading.text import looks_binary, stem

SATZ = "Die Ministerin sagte: „Wir handeln jetzt.“"


def read_one(data: bytes, source: str = "archiv/kreml.txt"):
    results = list(read_bytes(data, source))
    assert len(results) == 1
    return results[0]


def test_utf8_text_is_kept_exactly_with_stem_as_id():
    text = "  " + SATZ + "\n\nDer Kanzler schwieg.\t\n"
    article = read_one(text.encode())
    assert article == Article(text=text, id="kreml")
    assert article.title is None


def test_bom_is_stripped_and_crlf_and_cr_become_lf():
    data = b"\xef\xbb\xbf" + (SATZ + "\r\nZweite Zeile\rDritte\r\n").encode()
    assert read_one(data).text == SATZ + "\nZweite Zeile\nDritte\n"


def test_cp1252_file_with_umlauts_and_typographic_quotes():
    text = "Über die Größe der Maßnahme sagte sie: „Wir prüfen das.“"
    article = read_one(text.encode("cp1252"))
    assert isinstance(article, Article)
    assert article.text == text


def test_invalid_utf8_that_is_not_cp1252_names_the_first_bad_byte():
    # 0x81 is undefined in cp1252, so the Windows rescue must not apply.
    error = read_one(b"Hallo Welt \xff\x81\x8d kaputt")
    assert error == ReadError("archiv/kreml.txt", "not valid UTF-8 (byte 0xff at offset 11)")


def test_cp1252_rescue_is_refused_for_bytes_undefined_in_cp1252():
    # Valid UTF-8 up to the 0x81, a C1 byte with no cp1252 meaning: neither encoding fits.
    error = read_one("Straße ".encode() + b"\x81 Ende")
    assert error == ReadError("archiv/kreml.txt", "not valid UTF-8 (byte 0x81 at offset 8)")


def test_binary_with_nul_bytes_is_rejected():
    assert read_one(b"PK\x03\x04\x00\x00\x14\x00 Ministerin") == ReadError("archiv/kreml.txt", "binary file")


def test_many_control_characters_mean_binary_but_form_feeds_and_tabs_do_not():
    assert looks_binary(b"\x01\x02\x03\x1b abc")
    assert not looks_binary(("\t" + SATZ + "\f\n").encode())


def test_empty_and_whitespace_only_files():
    assert read_one(b"") == ReadError("archiv/kreml.txt", "empty file")
    assert read_one(b" \r\n\t\n") == ReadError("archiv/kreml.txt", "empty file")
    assert read_one(b"\xef\xbb\xbf\n") == ReadError("archiv/kreml.txt", "empty file")


def test_utf16_with_bom_is_text_not_binary():
    assert read_one(SATZ.encode("utf-16")).text == SATZ


def test_ten_megabyte_text_reads_fine():
    paragraph = SATZ + " Der Bundestag berät am Donnerstag über den Haushalt.\n\n"
    text = paragraph * (10_000_000 // len(paragraph.encode()) + 1)
    article = read_one(text.encode())
    assert len(article.text.encode()) > 10_000_000
    assert article.text == text


def test_stem():
    assert stem("dir/kreml.txt") == "kreml"
    assert stem("dir/kreml.jsonl.gz") == "kreml"
    assert stem("ohne_endung") == "ohne_endung"
    assert stem("-") == "stdin"

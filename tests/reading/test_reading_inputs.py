import gzip
import io
import json

from zitat.model import Article
from zitat.reading import MAX_BYTES, ReadError, read_bytes, read_inputs

SATZ = "Die Ministerin sagte: „Wir handeln jetzt.“"
SEITE = ("<html><head><title>Reform beschlossen</title></head><body><article>"
         "<p>Der Bundestag hat die Reform am Donnerstag mit großer Mehrheit beschlossen.</p>"
         f"<p>{SATZ} Die Opposition kündigte Widerstand an.</p></article></body></html>")


def write(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_nonexistent_path_is_a_read_error_and_reading_goes_on(tmp_path):
    good = write(tmp_path / "gut.txt", SATZ.encode())
    missing = str(tmp_path / "fehlt.txt")
    results = list(read_inputs([missing, str(good)]))
    assert results == [ReadError(missing, "no such file or directory"), Article(text=SATZ, id="gut")]


def test_directory_recursion_sorted_mixed_good_and_bad(tmp_path):
    write(tmp_path / "b" / "zwei.txt", "Der Kanzler schwieg.".encode())
    write(tmp_path / "a" / "kaputt.txt", b"\x00\x01binary")
    write(tmp_path / "a" / "eins.txt", SATZ.encode())
    write(tmp_path / "a" / "leer.txt", b"")
    write(tmp_path / "c.jsonl", json.dumps({"text": "Drei."}).encode() + b"\n{x\n")
    write(tmp_path / "d.htm", SEITE.encode())
    write(tmp_path / "notizen.md", SATZ.encode())       # unknown suffix: skipped
    write(tmp_path / ".versteckt.txt", SATZ.encode())   # hidden file: skipped
    write(tmp_path / ".git" / "x.txt", SATZ.encode())   # hidden folder: skipped
    results = list(read_inputs([str(tmp_path)]))
    summary = [(r.id, r.text[:20]) if isinstance(r, Article) else (r.source, r.reason) for r in results]
    assert summary == [
        ("eins", SATZ[:20]),
        (str(tmp_path / "a" / "kaputt.txt"), "binary file"),
        (str(tmp_path / "a" / "leer.txt"), "empty file"),
        ("zwei", "Der Kanzler schwieg."),
        ("c:1", "Drei."),
        (str(tmp_path / "c.jsonl") + ":2", "invalid JSON: Expecting property name enclosed in double quotes "
                                            "(column 2)"),
        ("d", "Der Bundestag hat di"),
    ]


def test_directory_without_readable_files(tmp_path):
    write(tmp_path / "bild.png", b"\x89PNG")
    assert list(read_inputs([str(tmp_path)])) == [
        ReadError(str(tmp_path), "no .txt, .html, .htm, .json or .jsonl files in directory")]


def test_gzipped_jsonl(tmp_path):
    lines = [json.dumps({"id": f"n{i}", "text": f"{SATZ} ({i})"}, ensure_ascii=False) for i in range(3)]
    path = write(tmp_path / "korpus" / "nachrichten.jsonl.gz", gzip.compress("\n".join(lines).encode()))
    results = list(read_inputs([str(tmp_path)]))
    assert [(a.id, a.text) for a in results] == [(f"n{i}", f"{SATZ} ({i})") for i in range(3)]
    assert list(read_inputs([str(path)])) == results


def test_gzipped_text_keeps_its_kind_and_stem(tmp_path):
    path = write(tmp_path / "alt.txt.gz", gzip.compress("Größe\r\n".encode("cp1252")))
    assert list(read_inputs([str(path)])) == [Article(text="Größe\n", id="alt")]


def test_corrupt_gzip_is_a_read_error(tmp_path):
    path = write(tmp_path / "kaputt.json.gz", b"\x1f\x8b\x08\x00 nicht wirklich gzip")
    (error,) = read_inputs([str(path)])
    assert isinstance(error, ReadError) and error.reason.startswith("not valid gzip")


def test_stdin_is_sniffed_by_content():
    assert list(read_inputs(["-"], stdin=io.BytesIO(SATZ.encode()))) == [Article(text=SATZ, id="stdin")]
    records = b'{"text": "Eins."}\n\n{kaputt}\n{"text": "Zwei."}\n'
    results = list(read_inputs(["-"], stdin=io.BytesIO(records)))
    assert [r.id if isinstance(r, Article) else r.source for r in results] == ["stdin:1", "-:3", "stdin:4"]
    (html,) = read_inputs(["-"], stdin=io.BytesIO(SEITE.encode()))
    assert html.title == "Reform beschlossen" and SATZ in html.text
    single = json.dumps({"text": SATZ, "id": 7}).encode()
    assert list(read_inputs(["-"], stdin=io.BytesIO(single))) == [Article(text=SATZ, id="7")]


def test_named_file_with_unknown_suffix_is_read_by_sniffing(tmp_path):
    path = write(tmp_path / "export.dat", json.dumps({"text": SATZ}).encode())
    assert list(read_inputs([str(path)])) == [Article(text=SATZ, id="export")]


def test_explicit_kind_overrides_guessing():
    (article,) = read_bytes(b"<p>kein HTML, sondern Text</p>", "x.html", kind="txt")
    assert article.text == "<p>kein HTML, sondern Text</p>"
    assert list(read_bytes(b"x", "x", kind="pdf"))[0].reason.startswith("unknown input kind 'pdf'")


def test_too_large_inputs(tmp_path):
    huge = tmp_path / "riesig.txt"
    with open(huge, "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk, and is refused before reading
    assert list(read_inputs([str(huge)])) == [
        ReadError(str(huge), f"too large ({MAX_BYTES + 1} bytes, limit 50000000)")]
    stdin = io.BytesIO(b"a" * (MAX_BYTES + 5))
    assert list(read_inputs(["-"], stdin=stdin)) == [
        ReadError("-", f"too large ({MAX_BYTES + 5} bytes, limit 50000000)")]


def test_ten_megabyte_file(tmp_path):
    text = (SATZ + "\n") * 250_000
    path = write(tmp_path / "gross.txt", text.encode())
    assert path.stat().st_size > 10_000_000
    (article,) = read_inputs([str(path)])
    assert article.text == text

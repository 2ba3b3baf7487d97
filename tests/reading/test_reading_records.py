import json

from zitat.model import Article, Document, Statement, Span
from zitat.reading import ReadError, read_bytes

SATZ = "Die Ministerin sagte: „Wir handeln jetzt.“"


def jsonl(*lines) -> bytes:
    return "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)
                     for line in lines).encode()


def test_jsonl_broken_line_in_the_middle_fails_alone():
    data = jsonl({"id": "a", "text": SATZ}, "{kaputt", "", {"text": "Der Kanzler schwieg."})
    results = list(read_bytes(data, "korpus/nachrichten.jsonl"))
    assert [type(r) for r in results] == [Article, ReadError, Article]
    assert results[0].id == "a" and results[0].text == SATZ
    assert results[1].source == "korpus/nachrichten.jsonl:2"
    assert results[1].reason.startswith("invalid JSON: Expecting property name")
    assert str(results[1]).startswith("korpus/nachrichten.jsonl:2: invalid JSON:")
    # Blank lines count for line numbers but are skipped; ids default to "<stem>:<line>".
    assert results[2].id == "nachrichten:4"


def test_jsonl_field_aliases_of_the_research_dataset_and_scrapers():
    data = jsonl({"documentName": 17, "originalText": SATZ, "date": "2024-05-01", "source": "taz"},
                 {"text": SATZ, "sitename": "Spiegel", "url": "https://spiegel.example/a", "title": "Streit"})
    first, second = read_bytes(data, "d.jsonl")
    assert (first.id, first.text, first.published, first.outlet) == ("17", SATZ, "2024-05-01", "taz")
    assert (second.outlet, second.url, second.title) == ("Spiegel", "https://spiegel.example/a", "Streit")


def test_record_text_is_kept_exactly_even_with_crlf():
    (article,) = read_bytes(jsonl({"text": SATZ + "\r\nZweite Zeile"}), "d.jsonl")
    assert article.text == SATZ + "\r\nZweite Zeile"


def test_record_problems_are_read_errors():
    data = jsonl({"title": "ohne Text"}, {"text": 42}, {"text": "  "}, [1, 2], {"text": None})
    assert list(read_bytes(data, "d.jsonl")) == [
        ReadError("d.jsonl:1", "no 'text' field"),
        ReadError("d.jsonl:2", "'text' is not a string (got number)"),
        ReadError("d.jsonl:3", "empty 'text' field"),
        ReadError("d.jsonl:4", "expected a JSON object, got array"),
        ReadError("d.jsonl:5", "'text' is not a string (got null)"),
    ]


def test_invalid_utf8_on_one_jsonl_line():
    data = jsonl({"text": SATZ}) + b'\n{"text": "\xff"}\n' + jsonl({"text": SATZ})
    results = list(read_bytes(data, "d.jsonl"))
    assert [type(r) for r in results] == [Article, ReadError, Article]
    assert results[1] == ReadError("d.jsonl:2", "not valid UTF-8 (byte 0xff at offset 10)")


def test_json_single_object_uses_stem_as_id():
    (article,) = read_bytes(json.dumps({"text": SATZ, "published": "2025-01-02"}).encode(), "a/interview.json")
    assert article == Article(text=SATZ, id="interview", published="2025-01-02")


def test_json_list_of_objects():
    data = json.dumps([{"id": "x", "text": SATZ}, {"text": "Zweiter Text."}, {"titel": "falsch"}]).encode()
    results = list(read_bytes(data, "liste.json"))
    assert results[0].id == "x"
    assert results[1].id == "liste:2" and results[1].text == "Zweiter Text."
    assert results[2] == ReadError("liste.json", "item 3: no 'text' field")


def test_invalid_json_names_line_and_column():
    assert list(read_bytes(b'{"id": 1,\n "text": }', "a.json")) == [
        ReadError("a.json", "invalid JSON: Expecting value (line 2 column 10)")]


def test_empty_json_and_jsonl_files():
    assert list(read_bytes(b" \n", "a.json")) == [ReadError("a.json", "empty file")]
    assert list(read_bytes(b"\n\n", "a.jsonl")) == [ReadError("a.jsonl", "empty file")]


def test_jsonl_content_in_a_json_file_is_read_line_by_line():
    data = jsonl({"text": SATZ}, {"text": "Zweiter Text."})
    assert [a.text for a in read_bytes(data, "eigentlich_jsonl.json")] == [SATZ, "Zweiter Text."]


def test_zitat_output_document_is_read_through_its_article():
    article = Article(text=SATZ, id="doc-1", title="Reform", published="2025-03-14", outlet="taz")
    document = Document(article, [Statement("s1", "direct", Span.of(SATZ, [(23, 41)]))])
    (read,) = read_bytes(jsonl(document.to_dict()), "ausgabe.jsonl")
    assert read == article

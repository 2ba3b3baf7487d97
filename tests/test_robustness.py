"""extract() on hostile input: it never raises and every span it returns is a valid cut of the text."""
import random

import pytest

from zitat import extract
from zitat.model import Span

NEWS = """Streik im Hafen: Gewerkschaft droht mit Ausweitung

Im Hafen stehen seit Dienstag die Kräne still. Die Gewerkschaft kündigte an, den Streik fortzusetzen.

"Die Beschäftigten haben lange genug gewartet", sagte Verhandlungsführerin Maren Kühl am Mittwoch in Bremen. "Wer rund um die Uhr schuftet, muss davon leben können."

Ein Sprecher des Verbandes sagte, das Angebot sei bereits das höchste seit Jahren. Weitere Zugeständnisse würden die Häfen gefährden. Laut Polizei blieb es friedlich.

Hafensenatorin Petra Lanz zeigte sich besorgt. „Jeder Tag Stillstand kostet die Stadt Millionen“, sagte sie dem »Weser-Kurier«. Nach Polizeiangaben warten 40 Schiffe.
"""


def check(doc, text):
    """The invariants of the data contract for every span of every statement."""
    assert doc.article.text == text
    n = len(text)
    entity_ids = {e.id for e in doc.entities}
    for st in doc.statements:
        assert st.quote.spans, st
        for span in (st.quote, st.cue, st.frame, st.speaker, st.addressee, st.via):
            if span is None:
                continue
            assert all(0 <= s < e <= n for s, e in span.spans), span
            assert span.text == Span.of(text, span.spans).text
            assert span.text == " … ".join(text[s:e] for s, e in span.spans)
        assert set(st.speaker.entities if st.speaker else []) <= entity_ids
    for e in doc.entities:
        assert all(0 <= s < t <= n for s, t in e.mentions), e


def run(text, **kw):
    doc = extract(text, **kw)
    check(doc, text)
    return doc


def test_empty_string():
    doc = run("", published="2025-09-05")
    assert doc.statements == [] and doc.entities == []


@pytest.mark.parametrize("text", ["   ", "\n\n\n", ".", "…", "„“", '"', "«»", "?!.,;:–-()[]", ". . . , , ,"])
def test_only_punctuation_or_space(text):
    run(text, published="2025-09-05")


def test_one_megabyte_of_news():
    text = (NEWS + "\n") * (1_000_000 // (len(NEWS) + 1) + 1)
    assert len(text) >= 1_000_000
    doc = run(text, published="2025-09-05")
    assert len(doc.statements) > 1000


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_five_hundred_unbalanced_quotation_marks(seed):
    rng = random.Random(seed)
    marks = ["„", "“", "”", '"', "»", "«", "‚", "‘", "’", "›", "‹", "'"]
    pieces = []
    for _ in range(500):
        pieces.append(rng.choice(marks))
        pieces.append(rng.choice(["Wir", " sagte er", ", ", "Lanz", ". ", "\n\n", " die Lage sei ernst", ""]))
    run("".join(pieces), published="2025-09-05")


def test_many_opening_marks_and_no_closing_ones():
    run("„" * 500 + "Die Lage ist ernst, sagte Weber.", published="2025-09-05")
    run("Die Lage ist ernst, sagte Weber." + "“" * 500, published="2025-09-05")


@pytest.mark.parametrize("seed", [1, 2])
def test_random_bytes_decoded_as_latin1(seed):
    rng = random.Random(seed)
    text = bytes(rng.randrange(256) for _ in range(20_000)).decode("latin-1")
    run(text, published="2025-09-05")


def test_very_long_single_line_without_punctuation():
    words = "die Polizei sagte Weber betonte dass laut Ministerin Lanz die Lage sei ernst und".split()
    rng = random.Random(7)
    text = " ".join(rng.choice(words) for _ in range(25_000))
    assert "\n" not in text and "." not in text
    run(text, published="2025-09-05")


def test_very_long_word():
    run("Weber sagte, " + "a" * 200_000 + " sei ernst.", published="2025-09-05")


def test_control_characters_and_odd_spaces():
    text = "„Wir\u00a0bleiben\u200bhart“,\u2028sagte\tLanz.\r\n\r\n\x0cDie\u00adLage sei ernst, sagte er.\x00"
    run(text, published="2025-09-05")


@pytest.mark.parametrize("published", [None, "", "gestern", "2025-13-45", "2025-09-05T10:00:00+02:00"])
def test_odd_publication_dates(published):
    doc = run("„Die Lage ist ernst“, sagte Bürgermeister Jonas Weber am Donnerstag in Bremen.",
              published=published)
    assert len(doc.statements) == 1

"""Quotation marks in every style German news uses: the pairing itself (find_quotations on raw
strings) and the statements built on it (extract)."""
import pytest

from zitat.attribution.quotes import find_quotations


def inner(text, q):
    return text[q.inner[0]:q.inner[1]]


def outer(text, q):
    return text[q.outer[0]:q.outer[1]]


# --- find_quotations on raw strings -------------------------------------------------------------

def test_german_low_high_marks_pair():
    text = "Lanz sagte: „Wir bleiben hart.“ Dann ging sie."
    [q] = find_quotations(text)
    assert (inner(text, q), outer(text, q), q.closed, q.depth) == (
        "Wir bleiben hart.", "„Wir bleiben hart.“", True, 0)


def test_two_ascii_quotes_in_one_paragraph_pair_separately():
    text = '"Wir bleiben hart", sagte Lanz. "Das ist klar", sagte Weber.'
    assert [(inner(text, q), q.closed, q.depth) for q in find_quotations(text)] == [
        ("Wir bleiben hart", True, 0), ("Das ist klar", True, 0)]


@pytest.mark.parametrize("opening, closing", [("»", "«"), ("«", "»"), ("“", "”"), ("„", "“"), ('"', '"')])
def test_every_style_pairs_its_own_marks(opening, closing):
    text = f"{opening}Wir bleiben hart{closing}, sagte Lanz."
    [q] = find_quotations(text)
    assert (inner(text, q), outer(text, q), q.closed) == ("Wir bleiben hart", f"{opening}Wir bleiben hart{closing}",
                                                          True)


def test_single_low_marks_nest_inside_double_marks():
    text = "„Der Satz ‚Wir bleiben hart‘ gilt weiter“, sagte Weber."
    found = [(inner(text, q), q.closed, q.depth) for q in find_quotations(text)]
    assert found == [("Der Satz ‚Wir bleiben hart‘ gilt weiter", True, 0), ("Wir bleiben hart", True, 1)]


def test_guillemets_nest_single_guillemets():
    text = "»Der Satz ›Wir bleiben hart‹ gilt weiter«, sagte Weber."
    found = [(inner(text, q), q.closed, q.depth) for q in find_quotations(text)]
    assert found == [("Der Satz ›Wir bleiben hart‹ gilt weiter", True, 0), ("Wir bleiben hart", True, 1)]


def test_quote_over_two_paragraphs_is_open_at_the_first_paragraph_end():
    text = "Weber sagte: „Die Lage ist ernst.\n\n„Jeder Tag zählt.“ Dann ging er."
    found = [(inner(text, q), q.closed, q.depth) for q in find_quotations(text)]
    assert found == [("Die Lage ist ernst.", False, 0), ("Jeder Tag zählt.", True, 0)]


def test_quote_whose_closing_mark_comes_in_the_next_paragraph_goes_on_over_the_break():
    text = ("Weber sagte: „Die Lage ist ernst.\n\nDer Begriff „Krise“ trifft es nicht. Jeder Tag zählt.“\n\n"
            "Dann ging er.")
    found = [(inner(text, q), q.closed, q.depth) for q in find_quotations(text)]
    assert found == [("Die Lage ist ernst.\n\nDer Begriff „Krise“ trifft es nicht. Jeder Tag zählt.", True, 0),
                     ("Krise", True, 1)]


def test_quote_reopened_in_the_next_paragraph_still_ends_at_the_break():
    text = "Weber sagte: „Die Lage ist ernst.\n\n„Jeder Tag zählt.“ Dann ging er.\n\nEr kam zurück.“"
    found = [(inner(text, q), q.closed) for q in find_quotations(text)]
    assert found[0] == ("Die Lage ist ernst.", False)


def test_unclosed_quote_runs_to_the_end_of_the_text_without_crashing():
    text = "Weber sagte: „Die Lage ist ernst.  "
    [q] = find_quotations(text)
    assert (inner(text, q), q.closed) == ("Die Lage ist ernst.", False)


def test_inch_sign_is_not_a_quotation_mark():
    assert find_quotations('Der Monitor misst 15" und kostet 300 Euro.') == []


def test_inch_sign_does_not_disturb_a_later_quote():
    text = 'Der Monitor misst 15" und kostet 300 Euro. "Das ist ein gutes Angebot", sagte Weber.'
    assert [inner(text, q) for q in find_quotations(text)] == ["Das ist ein gutes Angebot"]


def test_apostrophe_inside_a_quote_is_not_a_mark():
    text = "„Wir schaffen’s, gibt’s keinen Zweifel“, sagte Weber."
    assert [inner(text, q) for q in find_quotations(text)] == ["Wir schaffen’s, gibt’s keinen Zweifel"]


def test_no_marks_no_quotations():
    assert find_quotations("Der Hafen bleibt geschlossen.") == []
    assert find_quotations("") == []


# --- statements built on the quotations -----------------------------------------------------------

@pytest.mark.parametrize("opening, closing", [("„", "“"), ('"', '"'), ("»", "«"), ("«", "»"), ("“", "”")])
def test_direct_quote_in_every_style(zt, opening, closing):
    doc = zt.extract(f"{opening}Wir bleiben hart{closing}, sagte Innenministerin Petra Lanz.")
    st = zt.only(doc)
    assert st.type == "direct"
    assert zt.quote(doc, st) == "Wir bleiben hart"
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_two_ascii_quotes_in_one_paragraph_are_two_statements(zt):
    doc = zt.extract('"Wir bleiben hart", sagte Innenministerin Petra Lanz. '
                     '"Über den Haushalt reden wir später", sagte Bürgermeister Jonas Weber.')
    assert [(s.type, zt.quote(doc, s), zt.names(doc, s)) for s in doc.statements] == [
        ("direct", "Wir bleiben hart", ["Petra Lanz"]),
        ("direct", "Über den Haushalt reden wir später", ["Jonas Weber"]),
    ]


def test_nested_single_quote_stays_inside_the_outer_quote(zt):
    doc = zt.extract("„Der Satz ‚Wir bleiben hart‘ gilt weiter“, sagte Bürgermeister Jonas Weber.")
    st = zt.only(doc)
    assert st.type == "direct"
    assert zt.quote(doc, st) == "Der Satz ‚Wir bleiben hart‘ gilt weiter"
    assert (st.cue.text, st.cue.lemma) == ("sagte", "sagen")
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_english_curly_quotes(zt):
    doc = zt.extract("“Wir bleiben hart”, sagte Bürgermeister Jonas Weber.")
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == "Wir bleiben hart"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_quote_over_two_paragraphs_attributed_in_the_first(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte: „Die Lage ist ernst. Wir müssen jetzt handeln.\n\n"
                     "„Jeder Tag zählt. Niemand darf zurückbleiben.“")
    direct = zt.statements(doc, "direct")
    assert [p for s in direct for p in zt.pieces(doc, s.quote)] == [
        "Die Lage ist ernst. Wir müssen jetzt handeln.", "Jeder Tag zählt. Niemand darf zurückbleiben."]
    assert all(zt.names(doc, s) == ["Jonas Weber"] for s in direct), zt.describe(doc)
    assert len(doc.statements) == len(direct)


def test_quote_over_two_paragraphs_attributed_in_the_second(zt):
    # no closing mark at the end of the first paragraph: the quote goes on, so it is one statement
    # with a span per paragraph, attributed by the frame after its last part
    doc = zt.extract("„Die Lage ist ernst. Wir müssen jetzt handeln.\n\n"
                     "„Jeder Tag zählt“, sagte Bürgermeister Jonas Weber.")
    st = zt.only(doc)
    assert st.type == "direct"
    assert zt.pieces(doc, st.quote) == ["Die Lage ist ernst. Wir müssen jetzt handeln.", "Jeder Tag zählt"]
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_quote_unclosed_at_the_end_of_the_text(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte: „Die Lage ist ernst.")
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == "Die Lage ist ernst."
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_stray_opening_mark_does_not_swallow_the_next_quote(zt):
    # the first „ is never closed; the second „…“ is a complete quote of its own
    doc = zt.extract("„Wir bleiben hart, sagte Lanz. „Das ist klar“, sagte Bürgermeister Jonas Weber.")
    st = zt.statement_with(doc, "Das ist klar")
    assert st.type == "direct"
    assert zt.quote(doc, st) == "Das ist klar"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_inch_sign_is_no_quote_in_an_article(zt):
    doc = zt.extract('Der Monitor misst 15" und kostet 300 Euro. '
                     '"Das ist ein gutes Angebot", sagte Händler Jonas Weber.')
    st = zt.only(doc)
    assert st.type == "direct"
    assert zt.quote(doc, st) == "Das ist ein gutes Angebot"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_stray_english_opening_mark_in_german_text_does_not_open_a_quote(zt):
    doc = zt.extract("„Wir prüfen das“, sagte Sprecher Jonas Weber. Die Steine sind alt.“ Hier wachsen Wurzeln. "
                     "Weber erklärte: „Wir hätten es lieber anders.“")
    assert [zt.quote(doc, s) for s in zt.statements(doc, "direct")] == [
        "Wir prüfen das", "Wir hätten es lieber anders."]


def test_a_quotation_nested_in_the_same_style_when_both_close():
    text = "„Wir haben viele Anfragen für „kleine Firmen“ erhalten. Die Nachfrage ist groß“, sagte Chung."
    qs = find_quotations(text)
    assert [(inner(text, q), q.depth) for q in qs] == [
        ("Wir haben viele Anfragen für „kleine Firmen“ erhalten. Die Nachfrage ist groß", 0), ("kleine Firmen", 1)]


def test_a_second_opening_mark_with_one_closer_means_the_first_was_left_open():
    text = "„Wir kommen wieder. „Das ist ein Versprechen“, sagte er."
    qs = find_quotations(text)
    assert [(inner(text, q), q.closed) for q in qs] == [("Wir kommen wieder.", False), ("Das ist ein Versprechen", True)]

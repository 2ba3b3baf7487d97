"""Sentence and paragraph boundaries."""
from zitat.language.doc import Doc
from zitat.lexicon import german


def sentences(text):
    doc = Doc.analyse(text, german())
    return [text[s.start:s.end] for s in doc.sentences]


def paragraphs(text):
    doc = Doc.analyse(text, german())
    return [s.paragraph for s in doc.sentences]


def test_two_plain_sentences():
    assert sentences("Die Lage ist ernst. Der Hafen bleibt geschlossen.") == [
        "Die Lage ist ernst.", "Der Hafen bleibt geschlossen."]


def test_no_split_after_dr():
    assert sentences("Dr. Jonas Weber leitet die Klinik. Er ist Chirurg.") == [
        "Dr. Jonas Weber leitet die Klinik.", "Er ist Chirurg."]


def test_no_split_after_prof_dr_and_z_b():
    assert sentences("Prof. Dr. Petra Lanz sprach z. B. über Kosten. Danach ging sie.") == [
        "Prof. Dr. Petra Lanz sprach z. B. über Kosten.", "Danach ging sie."]


def test_no_split_in_a_date():
    assert sentences("Die Sitzung findet am 4. September in Bremen statt. Sie ist öffentlich.") == [
        "Die Sitzung findet am 4. September in Bremen statt.", "Sie ist öffentlich."]


def test_split_after_a_number_at_the_end_of_a_sentence():
    assert sentences("Die Zahl der Verletzten stieg auf 12. Die Polizei ermittelt.") == [
        "Die Zahl der Verletzten stieg auf 12.", "Die Polizei ermittelt."]


def test_split_at_a_line_break_without_a_stop():
    assert sentences("Streik im Hafen\nDie Kräne stehen still.") == ["Streik im Hafen", "Die Kräne stehen still."]


def test_blank_line_starts_a_new_paragraph():
    text = "Streik im Hafen\n\nDie Kräne stehen still. Die Schiffe warten.\n\nVerdi droht mit Ausweitung."
    assert sentences(text) == ["Streik im Hafen", "Die Kräne stehen still.", "Die Schiffe warten.",
                               "Verdi droht mit Ausweitung."]
    assert paragraphs(text) == [0, 1, 1, 2]


def test_single_line_break_stays_in_the_paragraph():
    assert paragraphs("Streik im Hafen\nDie Kräne stehen still.") == [0, 0]


def test_closing_quotation_mark_belongs_to_the_sentence():
    assert sentences("Er sagte: „Die Lage ist ernst.“ Dann ging er.") == [
        "Er sagte: „Die Lage ist ernst.“", "Dann ging er."]


def test_question_and_exclamation_marks_end_sentences():
    assert sentences("Wer zahlt? Die Stadt! Das ist klar.") == ["Wer zahlt?", "Die Stadt!", "Das ist klar."]


def test_no_split_before_a_lowercase_word():
    assert sentences("Er kam ca. zehn Minuten zu spät.") == ["Er kam ca. zehn Minuten zu spät."]


def test_tokens_know_their_sentence():
    doc = Doc.analyse("Die Lage ist ernst. Der Hafen bleibt zu.", german())
    for s in doc.sentences:
        assert all(t.sentence == s.i for t in doc.sentence_tokens(s))
    assert [s.i for s in doc.sentences] == [0, 1]


def test_empty_text_has_no_sentences():
    assert sentences("") == []


def test_no_split_at_an_ordinal_after_an_article():
    assert sentences("In der 23. Minute fiel das Tor. Danach wurde es ruhig.") == [
        "In der 23. Minute fiel das Tor.", "Danach wurde es ruhig."]


def test_no_split_at_an_ordinal_after_a_fused_preposition():
    assert sentences("Der Verein feiert zum 50. Mal sein Sommerfest.") == [
        "Der Verein feiert zum 50. Mal sein Sommerfest."]


def test_a_sentence_may_open_with_a_number():
    assert sentences("Die Firma wurde verkauft. 300 Mitarbeiter verlieren ihre Stelle.") == [
        "Die Firma wurde verkauft.", "300 Mitarbeiter verlieren ihre Stelle."]


def test_no_number_opens_a_sentence_after_an_abbreviation():
    assert sentences("Es kamen ca. 300 Gäste. Alle blieben lange.") == [
        "Es kamen ca. 300 Gäste.", "Alle blieben lange."]


def test_an_omission_in_brackets_ends_no_sentence():
    assert sentences("Sie sagte: „Wir haben [...] keine Wahl.“ Dann ging sie.") == [
        "Sie sagte: „Wir haben [...] keine Wahl.“", "Dann ging sie."]


def test_no_split_before_a_comma_after_a_quotation():
    assert sentences("„Wir machen weiter.“, so die Sprecherin. Dann ging sie.") == [
        "„Wir machen weiter.“, so die Sprecherin.", "Dann ging sie."]


def test_no_split_after_art_before_a_number():
    assert sentences("Er berief sich auf Art. 5 des Grundgesetzes. Das Gericht folgte ihm.") == [
        "Er berief sich auf Art. 5 des Grundgesetzes.", "Das Gericht folgte ihm."]


def test_art_at_the_end_of_a_sentence_still_ends_it():
    assert sentences("Das ist eine neue Art. Die Forscher staunten.") == [
        "Das ist eine neue Art.", "Die Forscher staunten."]


def test_no_split_after_sog():
    assert sentences("Die Inseln gehören zu den sog. Nordinseln. Sie sind klein.") == [
        "Die Inseln gehören zu den sog. Nordinseln.", "Sie sind klein."]


def test_no_split_at_an_ordinal_after_article_and_adjective():
    assert sentences("Die Kirche stammt aus dem frühen 14. Jahrhundert. Sie wurde renoviert.") == [
        "Die Kirche stammt aus dem frühen 14. Jahrhundert.", "Sie wurde renoviert."]


def test_no_split_at_an_ordinal_after_an_adverb_and_adjective():
    assert sentences("Der Preis ging an die Reporter des landesweit sendenden 2. Programms. Sie jubelten.") == [
        "Der Preis ging an die Reporter des landesweit sendenden 2. Programms.", "Sie jubelten."]


def test_no_split_at_coordinated_ordinals():
    assert sentences("Die Krankheit tritt zwischen dem 40. und 60. Lebensjahr auf. Sie ist selten.") == [
        "Die Krankheit tritt zwischen dem 40. und 60. Lebensjahr auf.", "Sie ist selten."]


def test_a_year_after_a_noun_ends_the_sentence():
    assert sentences("Das geschah im Jahre 1988. Danach wurde es still.") == [
        "Das geschah im Jahre 1988.", "Danach wurde es still."]


def test_a_regnal_number_before_a_quoted_continuation_ends_no_sentence():
    assert sentences("Sie lobte Papst Leo XIV. „als Brückenbauer“. Dann ging sie.") == [
        "Sie lobte Papst Leo XIV. „als Brückenbauer“.", "Dann ging sie."]


def test_a_regnal_number_before_a_new_quoted_sentence_ends_it():
    assert sentences("Sie lobte Papst Leo XIV. „Er baut Brücken.“") == [
        "Sie lobte Papst Leo XIV.", "„Er baut Brücken.“"]

"""Tokens with character offsets into the text."""
import pytest

from zitat.language.tokens import tokenize


def texts(text):
    return [t.text for t in tokenize(text)]


def test_offsets_slice_the_text():
    text = "„Wir bleiben hart“, sagte Innenministerin Petra Lanz am 4. September in Bremen.\n\nDanach: Ruhe!"
    tokens = tokenize(text)
    assert tokens, "no tokens"
    for t in tokens:
        assert text[t.start:t.end] == t.text
        assert t.lower == t.text.lower()
    assert [t.i for t in tokens] == list(range(len(tokens)))
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))


def test_every_non_space_character_is_covered():
    text = "Die 56-Jährige sagte: »Wir – die Bürger:innen – zahlen 3,5 % mehr!« (dpa)"
    covered = set()
    for t in tokenize(text):
        covered.update(range(t.start, t.end))
    assert covered == {i for i, c in enumerate(text) if not c.isspace()}


def test_quotation_marks_and_punctuation_are_tokens_of_their_own():
    assert texts("„Ja“, sagte er.") == ["„", "Ja", "“", ",", "sagte", "er", "."]
    assert texts('"Nein!"') == ['"', "Nein", "!", '"']


@pytest.mark.parametrize("word", ["NATO-Soldaten", "56-Jährige", "Verdi-Verhandlungsführerin", "Baden-Württemberg"])
def test_hyphenated_words_stay_one_token(word):
    assert texts(f"Die {word} kamen.") == ["Die", word, "kamen", "."]


@pytest.mark.parametrize("word", ["Bürger:innen", "NATO-Soldat:innen", "Lehrer:innen"])
def test_gender_colon_words_stay_one_token(word):
    assert texts(f"Viele {word} protestierten.") == ["Viele", word, "protestierten", "."]


def test_colon_before_a_quote_is_punctuation():
    assert texts("Lanz sagte: „Ja.“") == ["Lanz", "sagte", ":", "„", "Ja", ".", "“"]


def test_numbers_keep_decimal_comma_and_time_colon():
    assert texts("Es sind 3,5 Prozent um 16:33 Uhr.") == ["Es", "sind", "3,5", "Prozent", "um", "16:33", "Uhr", "."]


def test_ordinal_dot_is_its_own_token():
    assert texts("am 4. September") == ["am", "4", ".", "September"]


def test_apostrophe_inside_a_word():
    assert texts("So geht's weiter.") == ["So", "geht's", "weiter", "."]


def test_empty_and_blank_text():
    assert tokenize("") == []
    assert tokenize("  \n\n\t ") == []


def test_web_address_is_one_token():
    assert [t.text for t in tokenize("Laut news.bbc.co.uk und tagesschau.de.")] == [
        "Laut", "news.bbc.co.uk", "und", "tagesschau.de", "."]


def test_lower_case_name_with_an_inner_dot_is_one_token():
    assert texts("Laut ver.di streiken die ver.di-Mitglieder, sagt ver.di.") == [
        "Laut", "ver.di", "streiken", "die", "ver.di-Mitglieder", ",", "sagt", "ver.di", "."]
    assert texts("z.B. u.a.") == ["z", ".", "B", ".", "u", ".", "a", "."]


def test_a_word_cut_short_before_a_conjunction_keeps_its_hyphen():
    assert [t.text for t in tokenize("die Außen- und Sicherheitspolitik, 3 - und mehr")] == [
        "die", "Außen-", "und", "Sicherheitspolitik", ",", "3", "-", "und", "mehr"]

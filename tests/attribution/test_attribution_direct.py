"""Direct quotes and where their attribution stands; quotations that are not statements."""
import pytest


# --- attribution after the quote -------------------------------------------------------------------

def test_attribution_after_the_quote(zt):
    doc = zt.extract("„Wir bleiben hart“, sagte Innenministerin Petra Lanz.")
    st = zt.only(doc)
    assert st.type == "direct"
    assert zt.quote(doc, st) == "Wir bleiben hart"
    assert (st.cue.text, st.cue.lemma) == ("sagte", "sagen")
    assert zt.pieces(doc, st.cue) == ["sagte"]
    assert zt.pieces(doc, st.speaker) == ["Innenministerin Petra Lanz"]
    assert zt.names(doc, st) == ["Petra Lanz"]
    [lanz] = zt.speaker_entities(doc, st)
    assert (lanz.kind, lanz.roles) == ("person", ["Innenministerin"])


def test_attribution_after_with_a_pronoun(zt):
    doc = zt.extract("Bürgermeister Jonas Weber besuchte die Baustelle. „Hier entsteht die neue Schule“, "
                     "erklärte er.")
    st = zt.only(doc)
    assert (st.type, zt.quote(doc, st)) == ("direct", "Hier entsteht die neue Schule")
    assert (st.cue.text, st.cue.lemma) == ("erklärte", "erklären")
    assert zt.pieces(doc, st.speaker) == ["er"]
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_attribution_after_with_an_auxiliary_and_a_participle(zt):
    doc = zt.extract("„Wir bleiben hart“, hatte Innenministerin Petra Lanz am Montag gesagt.")
    st = zt.only(doc)
    assert (st.type, zt.quote(doc, st)) == ("direct", "Wir bleiben hart")
    assert st.cue.lemma == "sagen"
    assert zt.names(doc, st) == ["Petra Lanz"]


@pytest.mark.parametrize("text, cue, speaker", [
    ("Der Etat steht. „Das wird ein hartes Jahr“, weiß Kämmerin Petra Lanz.", "weiß", "Kämmerin Petra Lanz"),
    ("Der Etat steht. „Das wird ein hartes Jahr“, lacht der Kämmerer Jonas Weber.", "lacht", "der Kämmerer Jonas Weber"),
    ("Der Etat steht. „Das ist ein gutes Ergebnis“, freut sich Kämmerin Petra Lanz.", "freut",
     "Kämmerin Petra Lanz"),
])
def test_any_finite_verb_after_a_quotation_filling_the_prefield_frames_it(zt, text, cue, speaker):
    doc = zt.extract(text)
    st = zt.only(doc, "direct")
    assert st.cue.text == cue
    assert zt.pieces(doc, st.speaker) == [speaker]


def test_a_conjunction_after_a_quotation_is_no_frame_verb(zt):
    doc = zt.extract("Sie sahen den „Tag der offenen Tür“, wie der Verein es nennt, als Erfolg.")
    assert zt.statements(doc, "direct") == []


@pytest.mark.parametrize("text, quoted, cue, speaker", [
    ("Der Richter Jonas Weber hält den Angeklagten für „gefährlich“.", "gefährlich", "hält … für",
     "Der Richter Jonas Weber"),
    ("Die Bürgerinitiative feierte den Beschluss als „großen Sieg für die Anwohner“.",
     "großen Sieg für die Anwohner", "feierte … als", "Die Bürgerinitiative"),
])
def test_quoted_words_after_the_preposition_of_a_characterising_verb_are_its_subjects(zt, text, quoted, cue, speaker):
    doc = zt.extract(text)
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == quoted
    assert st.cue.text == cue
    assert zt.pieces(doc, st.speaker) == [speaker]


def test_gelten_als_is_no_characterisation_by_anyone(zt):
    doc = zt.extract("Der Minister galt schon damals als „heimlicher Regierungschef“.")
    assert zt.statements(doc, "direct") == []


@pytest.mark.parametrize("text, speaker", [
    ("Der Fall wird geprüft. Die Satzung enthält folgende Regel: „Jedes Mitglied zahlt im Jahr einen Beitrag von zehn Euro.“",
     "Die Satzung"),
    ("Der Fall wird geprüft. Der Brief hat folgenden Inhalt: „Jedes Mitglied zahlt im Jahr einen Beitrag von zehn Euro.“",
     "Der Brief"),
])
def test_a_clause_announcing_the_following_words_makes_its_subject_the_source(zt, text, speaker):
    doc = zt.extract(text)
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == "Jedes Mitglied zahlt im Jahr einen Beitrag von zehn Euro."
    assert zt.pieces(doc, st.speaker) == [speaker]


def test_a_thing_before_a_colon_without_announcing_words_is_no_source(zt):
    doc = zt.extract("Der Fall wird geprüft. Am Abend begann das Konzert: „Wer dem Verein schadet, wird "
                     "ausgeschlossen.“")
    assert all(st.speaker is None for st in zt.statements(doc, "direct"))


# --- attribution before the quote ------------------------------------------------------------------

def test_attribution_before_the_quote_with_colon(zt):
    doc = zt.extract("Innenministerin Petra Lanz sagte: „Wir bleiben hart.“")
    st = zt.only(doc)
    assert st.type == "direct"
    assert zt.quote(doc, st) == "Wir bleiben hart."
    assert (st.cue.text, st.cue.lemma) == ("sagte", "sagen")
    assert zt.pieces(doc, st.speaker) == ["Innenministerin Petra Lanz"]
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_attribution_before_with_a_fronted_adverb(zt):
    doc = zt.extract("Bürgermeister Jonas Weber eröffnete die Sitzung. Danach sagte er: „Wir haben viel vor.“")
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == "Wir haben viel vor."
    assert zt.pieces(doc, st.speaker) == ["er"]
    assert zt.names(doc, st) == ["Jonas Weber"]


# --- interrupted quote -----------------------------------------------------------------------------

def test_interrupted_quote_is_one_statement_with_two_spans(zt):
    doc = zt.extract("„Wir bleiben hart“, sagte Innenministerin Petra Lanz, „und wir lassen uns nicht erpressen.“")
    st = zt.only(doc)
    assert st.type == "direct"
    assert zt.pieces(doc, st.quote) == ["Wir bleiben hart", "und wir lassen uns nicht erpressen."]
    assert st.quote.text == "Wir bleiben hart … und wir lassen uns nicht erpressen."
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_interrupted_quote_with_ascii_marks(zt):
    doc = zt.extract('"Das Geld ist da", sagte Bürgermeister Jonas Weber, "es fehlt nur der Wille."')
    st = zt.only(doc)
    assert st.type == "direct"
    assert zt.pieces(doc, st.quote) == ["Das Geld ist da", "es fehlt nur der Wille."]
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_second_quote_after_the_attribution_sentence_keeps_the_speaker(zt):
    doc = zt.extract('"Das Geld ist da", sagte Bürgermeister Jonas Weber. "Es fehlt nur der Wille."')
    # the second quote is a sentence of its own: the same speaker, in one statement or two
    direct = zt.statements(doc, "direct")
    assert [p for s in direct for p in zt.pieces(doc, s.quote)] == ["Das Geld ist da", "Es fehlt nur der Wille."]
    assert all(zt.names(doc, s) == ["Jonas Weber"] for s in direct), zt.describe(doc)
    assert len(doc.statements) == len(direct)


def test_quote_after_und_and_a_colon_goes_on_with_the_previous_speaker(zt):
    doc = zt.extract("Innenministerin Petra Lanz sagte: „Wir bleiben hart.“ Und: „Wir lassen uns nicht erpressen.“")
    st = zt.statement_with(doc, "nicht erpressen")
    assert (st.type, zt.quote(doc, st)) == ("direct", "Wir lassen uns nicht erpressen.")
    assert zt.names(doc, st) == ["Petra Lanz"]


# --- multi-sentence quotes -------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Der Trainer war zufrieden. „Das war knapp.“ „Aber wir haben verdient gewonnen“, sagte Jonas Weber.",
     "Jonas Weber"),
    ("„Ich danke allen Helfern für ihren Einsatz“ und „Wir bauen die Halle wieder auf“, sagte Jonas Weber.",
     "Jonas Weber"),
    ("„Die Brücke war seit Jahren marode.“ „Man hätte sie längst sperren müssen“, so Gutachterin Petra Lanz.",
     "Gutachterin Petra Lanz"),
])
def test_two_quotations_before_one_attribution_are_one_statement(zt, text, speaker):
    doc = zt.extract(text)
    [st] = zt.statements(doc, "direct")
    assert len(st.quote.spans) == 2
    assert zt.pieces(doc, st.speaker) == [speaker]


def test_the_verb_before_a_dass_clause_introduces_the_quote_after_the_colon(zt):
    # "hervorgehen" inside the dass-clause is a speech verb too ("geht aus … hervor"), but the main
    # clause's verb introduces the quotation
    doc = zt.extract("Trainer Jonas Weber glaubt, dass die Mannschaft gestärkt aus der Krise hervorgegangen sei: "
                     "„Wir haben gelernt, noch härter zu arbeiten.“")
    [st] = zt.statements(doc, "direct")
    assert st.cue.lemma == "glauben"
    assert zt.pieces(doc, st.speaker) == ["Trainer Jonas Weber"]


def test_the_verb_before_an_indirect_question_introduces_the_quote_after_the_colon(zt):
    doc = zt.extract("Bürgermeister Jonas Weber erklärte, warum man sich für den Entwurf entschieden hat: "
                     "„Er passt am besten zum Platz.“")
    [st] = zt.statements(doc, "direct")
    assert st.cue.lemma == "erklären"
    assert zt.pieces(doc, st.speaker) == ["Bürgermeister Jonas Weber"]


def test_multi_sentence_quote_is_one_statement(zt):
    doc = zt.extract("„Die Lage ist ernst. Wir müssen jetzt handeln. Jeder Tag zählt“, sagte Bürgermeister "
                     "Jonas Weber.")
    st = zt.only(doc)
    assert st.type == "direct"
    assert zt.quote(doc, st) == "Die Lage ist ernst. Wir müssen jetzt handeln. Jeder Tag zählt"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_unattributed_quote_after_an_attributed_one_keeps_the_speaker(zt):
    doc = zt.extract("„Wir bleiben hart“, sagte Innenministerin Petra Lanz. „Es gibt keinen Spielraum mehr.“")
    st = zt.statement_with(doc, "Es gibt keinen Spielraum")
    assert st.type == "direct"
    assert zt.quote(doc, st) == "Es gibt keinen Spielraum mehr."
    assert zt.names(doc, st) == ["Petra Lanz"]


# --- partial quotes governed by a verb -------------------------------------------------------------

def test_partial_quote_after_sprach_von(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sprach von „einem schwarzen Tag“ für die Stadt.")
    st = zt.only(doc, "direct")     # and the speech act: "von „einem schwarzen Tag“ für die Stadt"
    assert st.type == "direct"
    assert zt.quote(doc, st) == "einem schwarzen Tag"
    assert (st.cue.text, st.cue.lemma) == ("sprach", "sprechen")
    assert zt.pieces(doc, st.speaker) == ["Bürgermeister Jonas Weber"]
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_partial_quote_after_nannte(zt):
    doc = zt.extract("Innenministerin Petra Lanz nannte den Beschluss „einen schweren Fehler“.")
    st = zt.only(doc, "direct")
    assert st.type == "direct"
    assert zt.quote(doc, st) == "einen schweren Fehler"
    assert st.cue.lemma == "nennen"
    assert zt.names(doc, st) == ["Petra Lanz"]


# --- scare quotes and names are not statements -----------------------------------------------------

def test_sogenannte_scare_quotes_are_no_statement(zt):
    doc = zt.extract("Die Minister der sogenannten „Koalition der Willigen“ trafen sich in Paris.")
    assert doc.statements == [], zt.describe(doc)


def test_name_of_an_alliance_is_no_statement(zt):
    doc = zt.extract('Das Bündnis "Saubere Luft" hat für Samstag eine Demonstration angemeldet.')
    assert doc.statements == [], zt.describe(doc)


def test_name_in_quotes_after_a_speech_verb_is_no_direct_quote(zt):
    # "lobte" is a speech verb, but „Saubere Luft“ is the alliance's name, not words Lanz said
    doc = zt.extract("Innenministerin Petra Lanz lobte das Bündnis „Saubere Luft“.")
    assert [s for s in doc.statements if s.type == "direct"] == [], zt.describe(doc)
    assert all(zt.quote(doc, s) != "Saubere Luft" for s in doc.statements), zt.describe(doc)


def test_title_of_a_campaign_is_no_statement(zt):
    doc = zt.extract("Die Stadt startet die Aktion „Sauberer Wald“ am kommenden Wochenende.")
    assert doc.statements == [], zt.describe(doc)


# --- colon headline --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Der Rettungshubschrauber, der ab Januar „Christoph 12“ heißen wird, startet in Kiel.", "Christoph 12"),
    ("Im nächsten Jahr nennt sie sich „Kunstwoche 7“ und beginnt im Juni.", "Kunstwoche 7"),
    ("Seit dem Sommer gilt ein neuer Standard, genannt „Profil 2.0“, für alle Geräte.", "Profil 2.0"),
    ("Der Fall wurde bundesweit als „Bankraub von Kiel“ bekannt.", "Bankraub von Kiel"),
])
def test_a_name_given_by_heissen_nennen_or_bekannt_is_no_statement(zt, text, name):
    doc = zt.extract(text)
    zt.none_with(doc, name)


@pytest.mark.parametrize("text, gloss", [
    ("Die Armee begann die Operation „Cast Lead“ („gegossenes Blei“) am Morgen.", "gegossenes Blei"),
    ("Die Abgeordneten wechselten zur Partei „Palang Prachachon“ (etwa: „Partei der Volksmacht“).",
     "Partei der Volksmacht"),
    ("Sie lehnt die Reformen („Hartz IV“, „Rente mit 67“) weiter ab.", "Rente mit 67"),
])
def test_a_few_quoted_words_in_brackets_gloss_a_name(zt, text, gloss):
    doc = zt.extract(text)
    assert not [s for s in zt.statements(doc, "direct") if gloss in zt.quote(doc, s)], zt.describe(doc)


@pytest.mark.parametrize("text, title", [
    ("Die Autorin schrieb das Drehbuch zu dem Film „2012: Flucht aus der Stadt am Fluss“.",
     "2012: Flucht aus der Stadt am Fluss"),
    ("Der Minister verglich die Zahlen mit der früheren Studie „Armut in Bremen 2001 bis 2005“.",
     "Armut in Bremen 2001 bis 2005"),
    ("Die Sängerin kündigte an, ihre neue Fernsehserie „alle gegen einen“ starte im Herbst.", "alle gegen einen"),
])
def test_a_work_noun_before_a_quotation_introduces_its_title(zt, text, title):
    doc = zt.extract(text)
    assert not [s for s in zt.statements(doc, "direct") if title in zt.quote(doc, s)], zt.describe(doc)


@pytest.mark.parametrize("text, name", [
    ("Der Verband der Reiseveranstalter, kurz „VDR“, kritisierte die Pläne scharf.", "VDR"),
    ("Die Forscher der Station Nord – auch „der Eiswürfel“ – berichteten von schweren Stürmen.", "Eiswürfel"),
])
def test_a_second_name_after_kurz_or_auch_is_no_statement(zt, text, name):
    doc = zt.extract(text)
    zt.none_with(doc, name)


def test_a_quotation_joined_to_a_quoted_name_is_a_name_too(zt):
    doc = zt.extract("Als Vorbilder nannte der Hersteller die Modelle „Falke“ und „Sperber“.")
    zt.none_with(doc, "Falke")
    zt.none_with(doc, "Sperber")


def test_quoted_words_joined_to_quoted_words_stay_statements(zt):
    doc = zt.extract("Der Bürgermeister nannte den Plan einen „Fehler“ und die Folgen „katastrophal“.")
    # the naming act holds both quoted words; each of them is a direct statement of its own
    assert sorted(zt.quote(doc, s) for s in doc.statements if s.type == "direct") == ["Fehler", "katastrophal"]


def test_a_name_a_group_gives_itself_is_no_statement(zt):
    doc = zt.extract("Das Bündnis, das sich selbst „Allianz für Wandel und Freiheit“ (AWF) nennt, gewann 40 Sitze.")
    zt.none_with(doc, "Allianz für Wandel und Freiheit")


def test_a_slogan_after_zum_beispiel_is_no_name(zt):
    doc = zt.extract("Die Mieter skandierten Parolen wie zum Beispiel „Wohnen darf nicht arm machen“.")
    st = zt.statement_with(doc, "Wohnen darf nicht arm machen")
    assert st.type == "direct"
    assert zt.pieces(doc, st.speaker) == ["Die Mieter"]


def test_a_long_name_a_group_gives_itself_with_commas_inside_is_no_statement(zt):
    doc = zt.extract("Die Junta, die sich selbst „Rat für Ordnung, Recht und nationale Einheit unter der Verfassung "
                     "(ROR)“ nennt, kündigte Wahlen an.")
    zt.none_with(doc, "Rat für Ordnung")


def test_a_quotation_of_capitalised_words_only_is_a_title(zt):
    doc = zt.extract("Das Landesamt warnt vor der Schlankheitspille „Quick Slim Power Formula“.")
    zt.none_with(doc, "Quick Slim Power Formula")


def test_partial_quote_inside_a_perfect_tense_clause_finds_the_auxiliary_and_subject(zt):
    doc = zt.extract("Die Stadtverwaltung hatte den Bericht der Zeitung umgehend als „völlig falsch“ zurückgewiesen.")
    st = zt.only(doc, "direct")
    assert st.type == "direct"
    assert zt.pieces(doc, st.speaker) == ["Die Stadtverwaltung"]


def test_a_gloss_in_brackets_inside_reported_speech_is_no_nested_quote(zt):
    doc = zt.extract("Nach Angaben der Armee sei die Operation „Cast Lead“ („gegossenes Blei“) beendet.")
    assert not [s for s in zt.statements(doc, "direct") if "gegossenes Blei" in zt.quote(doc, s)], zt.describe(doc)


def test_a_term_after_so_genannt_inside_reported_speech_is_no_nested_quote(zt):
    doc = zt.extract("Die Verletzten seien in die so genannte „mobile Ambulanz“ gebracht worden, sagte Ott.")
    assert not [s for s in zt.statements(doc, "direct") if "mobile Ambulanz" in zt.quote(doc, s)], zt.describe(doc)


def test_a_brand_in_camel_case_is_no_quote(zt):
    doc = zt.extract("Der Konzern stellte am Montag auch ein „eBook-Lesegerät“ vor.")
    zt.none_with(doc, "eBook-Lesegerät")


def test_a_word_someone_called_it_stays_a_partial_quote(zt):
    doc = zt.extract("Bürgermeister Jonas Weber nannte den Plan einen „großen Fehler“.")
    st = zt.only(doc, "direct")
    assert st.type == "direct"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_colon_headline_with_a_quote(zt):
    doc = zt.extract("Kreml: „Wir warnen vor einer Eskalation“\n\n"
                     "Moskau. Der Kreml hat sich am Montag zu den Manövern geäußert.")
    st = zt.statement_with(doc, "Wir warnen")
    assert st.type == "direct"
    assert zt.quote(doc, st) == "Wir warnen vor einer Eskalation"
    assert zt.pieces(doc, st.speaker) == ["Kreml"]
    assert zt.names(doc, st) == ["Kreml"]
    [kreml] = zt.speaker_entities(doc, st)
    assert kreml.kind == "organisation"


def test_colon_headline_with_a_person(zt):
    doc = zt.extract("Lanz: „Wir lassen niemanden zurück“\n\n"
                     "Innenministerin Petra Lanz hat am Montag das Hochwassergebiet besucht.")
    st = zt.statement_with(doc, "Wir lassen niemanden zurück")
    assert st.type == "direct"
    assert zt.quote(doc, st) == "Wir lassen niemanden zurück"
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_quoted_sentence_after_a_colon_belongs_to_the_subject_of_the_clause(zt):
    doc = zt.extract("Die Anwohner der Siedlung nehmen den Lärm gelassen: „Wir haben schon Schlimmeres erlebt.“")
    st = zt.only(doc)
    assert st.type == "direct"
    assert zt.quote(doc, st) == "Wir haben schon Schlimmeres erlebt."
    assert zt.pieces(doc, st.speaker) == ["Die Anwohner der Siedlung"]
    assert st.cue is None
    assert zt.pieces(doc, st.frame) == ["Die Anwohner der Siedlung nehmen den Lärm gelassen"]


def test_quoted_sentence_after_a_colon_with_the_subject_after_the_verb(zt):
    doc = zt.extract("Am Ende des Abends zog Trainerin Petra Lanz eine klare Bilanz: „Wir haben verdient gewonnen.“")
    st = zt.only(doc)
    assert (st.type, zt.quote(doc, st)) == ("direct", "Wir haben verdient gewonnen.")
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_short_quoted_sentence_after_a_colon_ending_the_sentence_outside_the_marks(zt):
    doc = zt.extract("Die Sprecherin der Stadt versuchte mit den Worten zu beruhigen: „Die Lage ist stabil“.")
    st = zt.only(doc)
    assert (st.type, zt.quote(doc, st)) == ("direct", "Die Lage ist stabil")
    assert zt.pieces(doc, st.speaker) == ["Die Sprecherin der Stadt"]


def test_verb_of_a_closed_relative_clause_does_not_attribute_a_title_after_the_main_clause(zt):
    doc = zt.extract("Der Roman, den sie in Kiel vorstellte, ist ihr literarisches Erstwerk: „Wir wohnen hier“.")
    zt.none_with(doc, "Wir wohnen hier")


def test_quoted_sentence_after_a_colon_someone_received_is_not_the_subjects(zt):
    doc = zt.extract("Der Bürgermeister erhielt am Montag einen anonymen Brief: „Wir wissen genau, wo du wohnst.“")
    assert not [s for s in zt.statements(doc) if zt.names(doc, s) == ["Bürgermeister"]], zt.describe(doc)
    zt.none_with(doc, "wo du wohnst")


def test_quoted_sentence_after_a_colon_of_a_clause_about_a_thing_is_no_statement(zt):
    doc = zt.extract("Am Abend begann das Konzert im Park: „Wir sind die Musik der ganzen Stadt.“")
    zt.none_with(doc, "Wir sind die Musik")


def test_name_and_colon_before_a_quote_are_its_frame(zt):
    doc = zt.extract("Die Polizei sperrte die Straße. Innenministerin Lanz: „Wir lassen niemanden zurück.“")
    st = zt.statement_with(doc, "niemanden zurück")
    assert zt.pieces(doc, st.frame) == ["Innenministerin Lanz:"]


def test_organisation_name_in_quotes_after_von_is_no_statement(zt):
    doc = zt.extract("„Wir haben täglich Meldungen bekommen“, erklärte Sprecherin Nadja Kurz von „Tierhilfe“.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Wir haben täglich Meldungen bekommen"
    assert zt.names(doc, st) == ["Nadja Kurz"]


def test_quoted_name_used_as_the_subject_is_no_statement(zt):
    doc = zt.extract("„Stadtwerk Nord“ kündigt eine baldige Lösung an. Der Betreiber prüft die Netze.")
    assert all(zt.quote(doc, s) != "Stadtwerk Nord" for s in doc.statements), zt.describe(doc)


# --- partial quotes governed by a speech verb ------------------------------------------------------

def test_lowercase_quoted_words_after_an_article_are_a_partial_quote(zt):
    doc = zt.extract("Die Sprecherin Jana Ott teilte mit, dass die Einigung ein „großer Schritt“ sei.")
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == "großer Schritt"
    assert zt.names(doc, st) == ["Jana Ott"]
    assert zt.quote(doc, zt.only(doc, "indirect")) == "dass die Einigung ein „großer Schritt“ sei"


def test_capitalised_word_after_sprechen_von_is_quoted_speech(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sprach am Abend von „Wortbruch“.")
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == "Wortbruch"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_particle_verb_closes_its_clause_after_a_quoted_word(zt):
    doc = zt.extract("Im Interview wies Bürgermeister Jonas Weber alle Vorwürfe als „haltlos“ zurück.")
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == "haltlos"
    assert st.cue.lemma == "zurückweisen"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_partial_quote_inside_a_laut_frame_is_the_sources_words(zt):
    doc = zt.extract("Die Brücke ist laut Bürgermeister Jonas Weber ein „hoffnungsloser Sanierungsfall“.")
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == "hoffnungsloser Sanierungsfall"
    assert zt.names(doc, st) == ["Jonas Weber"]
    assert zt.only(doc, "indirect").cue.text == "laut"


def test_quoted_sentence_before_a_new_sentence_with_its_own_cue_stays_apart(zt):
    doc = zt.extract("Jonas Weber sagte, die Brücke sei marode. „Das ist ein Skandal.“ Er fuhr fort: "
                     "„Wir müssen sofort handeln.“")
    quotes = [zt.quote(doc, st) for st in doc.statements if st.type == "direct"]
    assert quotes == ["Das ist ein Skandal.", "Wir müssen sofort handeln."]


def test_partial_quote_belongs_to_the_verb_before_it(zt):
    doc = zt.extract("Jonas Weber bezeichnete den Bescheid als „Zumutung“ und kündigte an, die Stadt werde klagen.")
    partial = zt.only(doc, "direct")
    assert zt.quote(doc, partial) == "Zumutung"
    assert partial.cue.lemma == "bezeichnen"
    indirect = zt.only(doc, "indirect")
    assert zt.quote(doc, indirect) == "die Stadt werde klagen"
    assert indirect.cue.lemma == "ankündigen"


def test_capitalised_quote_after_an_indefinite_article_is_quoted_speech(zt):
    doc = zt.extract("Die Zeitung schreibt, die Opposition sei nur ein „Papiertiger“.")
    assert zt.quote(doc, zt.only(doc, "direct")) == "Papiertiger"


def test_capitalised_quote_after_a_definite_article_stays_a_name(zt):
    doc = zt.extract("Das berichtete die „Kieler Rundschau“ am Montag.")
    assert all(st.type != "direct" for st in doc.statements)


def test_quoted_words_inside_indirect_speech_are_a_nested_direct_statement(zt):
    doc = zt.extract("Die Lotsin Karin Brandt sagte, der Kapitän trage die „volle Verantwortung“ für den Unfall.")
    indirect, direct = zt.only(doc, "indirect"), zt.only(doc, "direct")
    assert zt.quote(doc, direct) == "volle Verantwortung"
    assert zt.quote(doc, indirect).startswith("der Kapitän trage")
    assert zt.words(doc, direct.speaker) == zt.words(doc, indirect.speaker) == "Die Lotsin Karin Brandt"
    assert zt.words(doc, direct.cue) == "sagte"


def test_a_capitalised_noun_after_an_indefinite_article_inside_indirect_speech_is_a_nested_quote(zt):
    doc = zt.extract("Vermutlich sei die Reform nur ein „Papiertiger“ gewesen und habe nichts bewirkt, "
                     "sagte Ministerin Petra Lanz.")
    [st] = [s for s in zt.statements(doc, "direct") if "Papiertiger" in zt.quote(doc, s)]
    assert zt.quote(doc, st) == "Papiertiger"
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_a_name_inside_indirect_speech_is_no_nested_statement(zt):
    doc = zt.extract("Der Sprecher sagte, die Hilfe komme von der sogenannten „Tafel Nord“.")
    assert [st.type for st in doc.statements] == ["indirect"]


def test_partial_quote_after_a_relative_clause_belongs_to_the_frame(zt):
    doc = zt.extract("Laut Polizei ist die Demonstration, zu der zwanzig Gruppen aufgerufen hatten, "
                     "„weitgehend friedlich“ verlaufen.")
    direct = zt.only(doc, "direct")
    assert zt.quote(doc, direct) == "weitgehend friedlich"
    assert zt.words(doc, direct.cue) == "Laut"


def test_partial_quote_before_the_verb_of_its_own_clause_is_not_attributed_by_that_verb(zt):
    doc = zt.extract("Der Abschuss sei nach Meinung des Verbandes nötig, weil von dem „auffälligen Bären“ "
                     "eine Gefahr ausgehe.")
    direct = zt.only(doc, "direct")
    assert zt.words(doc, direct.cue) == "nach Meinung"


def test_quoted_sentence_after_a_colon_whose_clause_names_no_speaker_continues_the_speaker(zt):
    doc = zt.extract("Bürgermeisterin Anja Roth zeigte sich zuversichtlich: „Die Brücke wird rechtzeitig fertig.“ "
                     "Ihre Zuversicht stützt sich auf frühere Bauprojekte: „Wir haben noch jeden Termin gehalten.“")
    st = zt.statement_with(doc, "Wir haben noch jeden Termin gehalten.")
    assert st.type == "direct"
    assert zt.words(doc, st.speaker) == "Bürgermeisterin Anja Roth"


def test_quoted_sentence_after_a_copula_clause_and_colon_is_no_speech(zt):
    doc = zt.extract("Bürgermeisterin Anja Roth stellte ihr Buch vor. Der Untertitel ist lang: „Wie eine Stadt ihre Brücke baute.“")
    zt.none_with(doc, "Wie eine Stadt")


def test_quoted_sentence_after_darin_and_a_colon_continues_the_speaker(zt):
    doc = zt.extract("Die Stadtverwaltung veröffentlichte am Montag eine Mitteilung. "
                     "Darin steht unter anderem: „Die Brücke bleibt bis zum Sommer gesperrt.“")
    st = zt.statement_with(doc, "Die Brücke bleibt")
    assert st.type == "direct"


def test_quoted_word_in_the_sentence_of_a_reported_speech_act_is_the_speakers(zt):
    doc = zt.extract("Der Landrat hatte am Montag vor der Gefahr eines „Verkehrskollapses“ in der Innenstadt gewarnt.")
    st = zt.only(doc, "direct")
    assert st.type == "direct"
    assert zt.quote(doc, st) == "Verkehrskollapses"
    assert zt.words(doc, st.speaker) == "Der Landrat"


@pytest.mark.parametrize("text, content", [
    ("Die Ministerin sagte, dass die Lage ernst ist: „Wir müssen jetzt schnell handeln.“", "dass die Lage ernst ist"),
    ("Die Ministerin erklärte, die Lage sei ernst: „Wir müssen jetzt schnell handeln.“", "die Lage sei ernst"),
])
def test_content_clause_before_a_colon_and_the_quote_after_it_are_two_statements(zt, text, content):
    doc = zt.extract(text)
    direct, indirect = zt.statements(doc, "direct"), zt.statements(doc, "indirect")
    assert [zt.quote(doc, s) for s in direct] == ["Wir müssen jetzt schnell handeln."], zt.describe(doc)
    assert [zt.quote(doc, s) for s in indirect] == [content], zt.describe(doc)
    assert zt.pieces(doc, indirect[0].speaker) == ["Die Ministerin"]


def test_apposition_before_a_colon_is_no_content_clause(zt):
    doc = zt.extract("Dazu sagte Jon Weber, Gründer der Band: „Wir spielen noch lange weiter.“")
    st = zt.only(doc)
    assert (st.type, zt.quote(doc, st)) == ("direct", "Wir spielen noch lange weiter.")


def test_herausstreichen_introduces_a_quote_but_striking_out_a_point_is_no_statement(zt):
    doc = zt.extract("„Ich trete als Konservativer an“, strich Weber in Bonn heraus.")
    st = zt.only(doc)
    assert (st.type, zt.quote(doc, st), st.cue.lemma) == ("direct", "Ich trete als Konservativer an", "herausstreichen")
    assert zt.pieces(doc, st.speaker) == ["Weber"]
    assert not zt.statements(zt.extract("Die Partei strich den Punkt aus dem Programm heraus."))


def test_quotation_closing_a_clause_before_the_trailing_verb_is_a_partial_quote(zt):
    # "Der Plan sei „…“, sagte sie": the sentence began before the quotation, so the clause is her statement
    # and the quoted words are a partial quote inside it
    doc = zt.extract("Der Umbau sei „ein großer Gewinn für die Altstadt“, sagte die Baudezernentin.")
    indirect, direct = zt.only(doc, "indirect"), zt.only(doc, "direct")
    assert zt.quote(doc, indirect) == "Der Umbau sei „ein großer Gewinn für die Altstadt“"
    assert zt.quote(doc, direct) == "ein großer Gewinn für die Altstadt"
    assert zt.pieces(doc, indirect.speaker) == zt.pieces(doc, direct.speaker) == ["die Baudezernentin"]


def test_quotation_after_a_colon_before_the_trailing_verb_stays_a_whole_quote(zt):
    doc = zt.extract("Die Trainerin war zufrieden: „Das war ein guter Start“, sagte sie nach dem Spiel.")
    st = zt.only(doc)
    assert (st.type, zt.quote(doc, st)) == ("direct", "Das war ein guter Start")


def test_a_frame_whose_content_is_only_a_quotation_gives_one_direct_statement(zt):
    doc = zt.extract("Laut Bürgermeister Jan Ott „ist die Stadt gut vorbereitet“.")
    st = zt.only(doc)
    assert st.type == "direct"
    assert zt.quote(doc, st) == "ist die Stadt gut vorbereitet"
    assert zt.names(doc, st) == ["Jan Ott"]


def test_a_frame_with_words_of_its_own_around_a_quotation_keeps_both_statements(zt):
    doc = zt.extract("Laut Bürgermeister Jan Ott ist die Stadt „gut vorbereitet“.")
    assert sorted(st.type for st in doc.statements) == ["direct", "indirect"]


def test_quoted_words_of_a_speech_act_without_a_found_speaker_are_still_a_quote(zt):
    doc = zt.extract("In dem Gutachten werden die Kosten als „völlig überhöht“ bezeichnet.")
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == "völlig überhöht"
    assert st.cue.lemma == "bezeichnen" and st.speaker is None


def test_a_verb_joined_after_a_speakerless_speech_verb_holds_the_quoted_words(zt):
    doc = zt.extract("Der Vorfall wird mit Stufe 1 bewertet und gilt damit nicht als „Störfall“.")
    assert zt.statements(doc, "direct") == []


def test_a_speech_verb_in_brackets_governs_no_quoted_words_outside(zt):
    doc = zt.extract("Die Regierung legte einen Entwurf vor (die Zeitung berichtete): Der Entwurf soll jede Art "
                     "„schädlicher Werbung“ verbieten.")
    assert zt.statements(doc, "direct") == []


def test_quoted_words_in_the_subject_before_the_speech_verb_are_a_name(zt):
    doc = zt.extract("Ein Vertreter der „nordwind ag“ bezeichnete die Investition als wichtig.")
    assert zt.statements(doc, "direct") == []


def test_a_speech_verb_past_a_comma_after_quoted_words_governs_another_clause(zt):
    doc = zt.extract("Wie der „neue Kurs“ zu verstehen ist, wurde erst am Abend bekannt.")
    assert zt.statements(doc, "direct") == []


def test_quoted_words_inside_a_statement_with_a_source_keep_that_source(zt):
    doc = zt.extract("Laut Polizei sei die Kundgebung, zu der viele Gruppen aufgerufen hatten, "
                     "„weitgehend ruhig“ verlaufen.")
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == "weitgehend ruhig"
    assert zt.words(doc, st.speaker) == "Polizei"


@pytest.mark.parametrize("text", [
    "Die Gemeinde prüft den Antrag. „Wir rechnen mit einer Entscheidung im Mai.“ so der Sprecher Jonas Weber.",
    "Die Gemeinde prüft den Antrag. „Wir rechnen mit einer Entscheidung im Mai“ so der Sprecher Jonas Weber.",
])
def test_so_frame_right_after_the_quotation_without_a_comma(zt, text):
    doc = zt.extract(text)
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st).rstrip(".") == "Wir rechnen mit einer Entscheidung im Mai"
    assert st.cue.text == "so"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_quoted_words_before_a_so_frame_in_the_middle_of_the_sentence_are_partial(zt):
    doc = zt.extract("„Schon im Herbst“, so Verbandschefin Petra Lanz, werde die Firma "
                     "„neue Modelle anbieten“.")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == "„Schon im Herbst“ … werde die Firma „neue Modelle anbieten“"
    assert zt.names(doc, st) == ["Petra Lanz"]
    assert sorted(zt.quote(doc, d) for d in zt.statements(doc, "direct")) == [
        "Schon im Herbst", "neue Modelle anbieten"]


def test_quoted_words_before_a_reporting_clause_in_the_middle_of_the_sentence_are_partial(zt):
    doc = zt.extract("„Schon im Herbst“, sagte Verbandschefin Petra Lanz, werde die Firma neue Modelle anbieten.")
    assert zt.quote(doc, zt.only(doc, "indirect")) == "werde die Firma neue Modelle anbieten"
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == "Schon im Herbst" and zt.names(doc, st) == ["Petra Lanz"]


@pytest.mark.parametrize("text, quoted", [
    ("In einigen Dörfern ging es am Wochenende „hoch her“.", "hoch her"),
    ("Der im Bericht beschriebene Rückgang hängt mit dem „Umbau des Werks“ zusammen.", "Umbau des Werks"),
])
def test_an_attribute_is_no_speech_verb_for_quoted_words(zt, text, quoted):
    doc = zt.extract(text)
    zt.none_with(doc, quoted)


def test_the_verb_closing_a_dass_clause_before_the_colon_is_not_the_cue(zt):
    # "hervorgegangen" ends the content of "glaubt"; the quotation after the colon is the believer's
    doc = zt.extract("Die Trainerin glaubt, dass die Mannschaft gestärkt aus der Krise hervorgegangen sei: "
                     "„Wir haben viel gelernt.“")
    direct = zt.only(doc, "direct")
    assert direct.cue.lemma == "glauben"
    assert zt.pieces(doc, direct.speaker) == ["Die Trainerin"]
    indirect = zt.only(doc, "indirect")
    assert zt.quote(doc, indirect) == "dass die Mannschaft gestärkt aus der Krise hervorgegangen sei"


def test_the_object_of_a_characterising_verb_is_not_its_speaker(zt):
    doc = zt.extract("Doch die Ministerin Anna Roth sieht das Land als „Spielball der Nachbarn“.")
    st = zt.statement_with(doc, "Spielball der Nachbarn")
    assert zt.names(doc, st) == ["Anna Roth"]

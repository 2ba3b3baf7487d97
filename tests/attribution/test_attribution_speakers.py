"""Speakers and coreference: pronouns, role nouns, one entity per person, several speakers,
organisations, addressees and outlets."""
import pytest


# --- pronouns --------------------------------------------------------------------------------------

def test_er_is_the_last_male_person(zt):
    doc = zt.extract("Innenministerin Petra Lanz und Bürgermeister Jonas Weber besuchten die Leitstelle. "
                     "„Die Lage ist ernst“, sagte er.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["er"]
    assert st.speaker.text == "er"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_er_skips_a_later_woman(zt):
    doc = zt.extract("Bürgermeister Jonas Weber traf am Montag Innenministerin Petra Lanz. "
                     "„Die Lage ist ernst“, sagte er.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["er"]
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_sie_is_the_last_female_person(zt):
    doc = zt.extract("Innenministerin Petra Lanz traf am Montag Bürgermeister Jonas Weber. "
                     "„Wir bleiben wachsam“, sagte sie.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["sie"]
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_pronoun_in_a_later_paragraph(zt):
    doc = zt.extract("Bürgermeisterin Petra Lanz hat am Montag den Haushalt vorgestellt.\n\n"
                     "„Wir sparen, wo wir können“, sagte sie. Man werde aber nicht bei den Schulen kürzen.")
    st = zt.statement_with(doc, "Wir sparen")
    assert zt.names(doc, st) == ["Petra Lanz"]


# --- one entity per person -------------------------------------------------------------------------

def test_full_name_surname_and_role_surname_are_one_entity(zt):
    doc = zt.extract("Jonas Weber leitet seit Mai die Pressestelle der Stadt. "
                     "„Wir haben richtig gehandelt“, sagte Sprecher Weber. "
                     "Weber betonte, die Polizei sei gut vorbereitet gewesen.")
    direct = zt.statement_with(doc, "Wir haben richtig gehandelt")
    indirect = zt.statement_with(doc, "die Polizei sei gut vorbereitet")
    assert zt.pieces(doc, direct.speaker) == ["Sprecher Weber"]
    assert zt.pieces(doc, indirect.speaker) == ["Weber"]
    assert direct.speaker.entities == indirect.speaker.entities
    weber = zt.entity_named(doc, "Jonas Weber")
    assert (weber.kind, weber.roles) == ("person", ["Sprecher"])
    assert [e.name for e in doc.entities if "Weber" in e.name] == ["Jonas Weber"]


def test_fullest_name_wins_when_the_surname_comes_first(zt):
    doc = zt.extract("„Wir haben richtig gehandelt“, sagte Weber. Der Sprecher der Stadt, Jonas Weber, "
                     "kündigte eine Prüfung an.")
    st = zt.statement_with(doc, "Wir haben richtig gehandelt")
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_der_minister_is_the_last_person_with_that_role(zt):
    doc = zt.extract("Finanzminister Jonas Weber traf am Montag Bürgermeister Tim Berger. "
                     "„Der Haushalt ist solide“, sagte der Minister.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["der Minister"]
    assert zt.names(doc, st) == ["Jonas Weber"]
    weber = zt.entity_named(doc, "Jonas Weber")
    assert weber.roles == ["Finanzminister"]


def test_die_ministerin_is_the_last_woman_with_that_role(zt):
    doc = zt.extract("Innenministerin Petra Lanz und Bürgermeisterin Eva Roth eröffneten die Wache. "
                     "„Hier ist die Polizei näher bei den Menschen“, sagte die Ministerin.")
    st = zt.only(doc)
    assert zt.names(doc, st) == ["Petra Lanz"]


# --- two speakers ----------------------------------------------------------------------------------

def test_sowohl_als_auch_gives_two_speakers(zt):
    doc = zt.extract("Innenministerin Petra Lanz und Bürgermeister Jonas Weber trafen sich am Montag. "
                     "Sowohl Lanz als auch Weber warnten, dass die Kosten steigen würden.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "dass die Kosten steigen würden"
    assert zt.pieces(doc, st.speaker) == ["Sowohl Lanz als auch Weber"]
    assert zt.names(doc, st) == ["Petra Lanz", "Jonas Weber"]
    assert [e.kind for e in zt.speaker_entities(doc, st)] == ["person", "person"]


def test_und_gives_two_speakers(zt):
    doc = zt.extract("Innenministerin Petra Lanz und Bürgermeister Jonas Weber betonten, "
                     "dass die Feuerwehr gut ausgerüstet sei.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "dass die Feuerwehr gut ausgerüstet sei"
    assert zt.names(doc, st) == ["Petra Lanz", "Jonas Weber"]
    assert [e.roles for e in zt.speaker_entities(doc, st)] == [["Innenministerin"], ["Bürgermeister"]]


# --- organisations ---------------------------------------------------------------------------------

def test_die_polizei_teilte_mit(zt):
    doc = zt.extract("Die Polizei teilte mit, die Straße bleibe bis Montag gesperrt.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "die Straße bleibe bis Montag gesperrt"
    assert st.cue.lemma == "mitteilen"
    assert zt.pieces(doc, st.speaker) == ["Die Polizei"]
    assert zt.names(doc, st) == ["Polizei"]
    [polizei] = zt.speaker_entities(doc, st)
    assert (polizei.kind, polizei.name) == ("organisation", "Polizei")


def test_der_kreml_is_an_organisation_named_kreml(zt):
    doc = zt.extract("Der Kreml erklärte, die Gespräche seien beendet.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["Der Kreml"]
    [kreml] = zt.speaker_entities(doc, st)
    assert (kreml.name, kreml.kind) == ("Kreml", "organisation")


def test_role_noun_before_the_name_is_a_role(zt):
    doc = zt.extract("Kremlsprecher Dmitri Peskow sagte, die Gespräche seien beendet.")
    st = zt.only(doc)
    [peskow] = zt.speaker_entities(doc, st)
    assert (peskow.name, peskow.kind, peskow.roles) == ("Dmitri Peskow", "person", ["Kremlsprecher"])


# --- addressee and outlet --------------------------------------------------------------------------

def test_addressee_den_journalisten(zt):
    doc = zt.extract("Bürgermeister Jonas Weber kam am Morgen an der Deponie an. "
                     "„Wir haben alles im Griff“, sagte er den Journalisten.")
    st = zt.only(doc, "direct")
    assert zt.quote(doc, st) == "Wir haben alles im Griff"
    assert zt.pieces(doc, st.speaker) == ["er"]
    assert zt.names(doc, st) == ["Jonas Weber"]
    assert zt.pieces(doc, st.addressee) == ["den Journalisten"]
    assert st.via is None


def test_addressee_with_gegenueber(zt):
    doc = zt.extract("Die Brücke werde im Mai fertig, sagte Bürgermeister Jonas Weber gegenüber Anwohnern.")
    st = zt.only(doc)
    assert zt.names(doc, st) == ["Jonas Weber"]
    assert zt.words(doc, st.addressee).endswith("Anwohnern")
    assert st.via is None


def test_via_im_zdf(zt):
    doc = zt.extract("Innenministerin Petra Lanz war am Abend zu Gast in einer Talkshow. "
                     "„Wir bleiben wachsam“, sagte sie im ZDF.")
    st = zt.statement_with(doc, "Wir bleiben wachsam")
    assert st.type == "direct"
    assert zt.pieces(doc, st.speaker) == ["sie"]
    assert zt.names(doc, st) == ["Petra Lanz"]
    assert zt.pieces(doc, st.via) == ["im ZDF"]
    assert st.addressee is None


def test_via_der_agentur_reuters_zufolge(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte der Agentur Reuters zufolge, die Lage sei ernst.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "die Lage sei ernst"
    assert zt.names(doc, st) == ["Jonas Weber"]
    assert zt.pieces(doc, st.via) == ["der Agentur Reuters zufolge"]
    assert st.addressee is None


@pytest.mark.parametrize("text, via", [
    ("„Wir haben verdient gewonnen“ wird der Trainer im italienischen Fachblatt „Kicker“ zitiert.", "Fachblatt „Kicker“"),
    ("Der Bürgermeister Jonas Weber wird in einer Presseerklärung der Stadt mit den Worten zitiert: "
     "„Die Brücke bleibt gesperrt.“", "einer Presseerklärung der Stadt"),
    ("Die Firma habe alle Regeln beachtet, „und zwar immer“, wie Jonas Weber von der Agentur Reuters zitiert wird.",
     "der Agentur Reuters"),
])
def test_the_text_or_outlet_a_passive_zitieren_names_is_the_via(zt, text, via):
    doc = zt.extract(text)
    st = [s for s in zt.statements(doc, "direct")][0]
    assert via in zt.words(doc, st.via), zt.describe(doc)


def test_letztere_refers_back_and_speaks(zt):
    doc = zt.extract("Die Tierschützerin Anna Berg und der Züchter Jan Ott streiten seit Jahren. "
                     "„Die Tiere leiden in den Käfigen ohne Unterbrechung weiter“, so letztere.")
    [st] = zt.statements(doc, "direct")
    assert zt.pieces(doc, st.speaker) == ["letztere"]


def test_a_web_address_quoting_someone_is_the_via(zt):
    doc = zt.extract("„Die Lage ist unter Kontrolle“, zitiert ndr.de Polizeisprecher Jonas Weber.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["Polizeisprecher Jonas Weber"]
    assert zt.words(doc, st.via) == "ndr.de"


def test_a_place_after_passive_zitieren_is_no_via(zt):
    doc = zt.extract("Der Bürgermeister wird in Berlin mit den Worten zitiert: „Die Brücke bleibt gesperrt.“")
    st = zt.only(doc)
    assert st.via is None


@pytest.mark.parametrize("text, speaker", [
    ("Am Abend zogen die Demonstranten zum Rathaus und skandierten „Nieder mit den Mieten“.", "die Demonstranten"),
    ("Unter dem Motto „Bahn für alle“ zogen die Pendler zum Bahnhof und riefen „Wir wollen Züge“.", "die Pendler"),
])
def test_a_verb_after_und_shares_the_subject_after_the_first_verb(zt, text, speaker):
    doc = zt.extract(text)
    [st] = zt.statements(doc, "direct")
    assert zt.pieces(doc, st.speaker) == [speaker]


# --- names with particles and titles; media in quotation marks --------------------------------------

def test_name_with_a_lowercase_particle(zt):
    doc = zt.extract("„Wir waren nicht gut genug“, sagte Kapitän Tom van Leeuwen nach dem Spiel.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Kapitän Tom van Leeuwen"
    assert zt.names(doc, st) == ["Tom van Leeuwen"]


def test_title_with_a_dot_stays_in_the_name(zt):
    doc = zt.extract("„Die Preise steigen zum Januar“, erklärt Dr. Linda Kessler vom Verkehrsverbund.")
    st = zt.only(doc)
    assert zt.names(doc, st) == ["Linda Kessler"]


def test_media_title_in_quotation_marks_is_the_via(zt):
    doc = zt.extract("„Jeder Tag Stillstand kostet Millionen“, sagte Hafensenator Jens Albers dem „Hamburger Abendblatt“.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Jeder Tag Stillstand kostet Millionen"
    assert zt.words(doc, st.via) == "dem „Hamburger Abendblatt“"
    assert zt.names(doc, st) == ["Jens Albers"]


def test_two_names_in_a_row_are_two_people(zt):
    doc = zt.extract("Dort wird laut Trainer Pep Lorenz Erik Hansen wegen einer Verletzung weiter fehlen.")
    st = zt.only(doc)
    assert zt.names(doc, st) == ["Pep Lorenz"]


def test_affiliation_after_a_name_is_not_part_of_the_name(zt):
    doc = zt.extract("„Das ist ein Skandal“, sagte Jana Sommer von Human Rights Watch.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Jana Sommer von Human Rights Watch"
    assert zt.names(doc, st) == ["Jana Sommer"]


def test_von_der_inside_a_name(zt):
    doc = zt.extract("Ursula von der Leyen sagte, die Lage sei ernst.")
    assert zt.names(doc, zt.only(doc)) == ["Ursula von der Leyen"]


def test_fronted_newspaper_is_the_via_not_the_speaker(zt):
    doc = zt.extract("Der Zeitung sagte Filip Kamm: „Ich werde weiter kämpfen.“")
    st = zt.only(doc)
    assert zt.names(doc, st) == ["Filip Kamm"]
    assert zt.words(doc, st.via) == "Der Zeitung"


def test_subject_after_a_short_adjunct(zt):
    doc = zt.extract("„Das Verfahren läuft“, erklärt auf Nachfrage Martin Rolle aus der Pressestelle.")
    assert zt.names(doc, zt.only(doc)) == ["Martin Rolle"]


def test_subject_before_a_relative_clause(zt):
    doc = zt.extract("Frank Sommer, der als Sprecher der Fraktion fungiert, erklärte, dass ein Versagen "
                     "Folgen haben müsse.")
    assert zt.names(doc, zt.only(doc)) == ["Frank Sommer"]


def test_subject_before_an_apposition(zt):
    doc = zt.extract("Petra Lanz, die neue Justizministerin, kündigte an, die Aufklärung voranzutreiben.")
    assert zt.names(doc, zt.only(doc)) == ["Petra Lanz"]


def test_subject_of_a_wie_clause_before_an_adverb(zt):
    doc = zt.extract("Der Konzern baut 300 Stellen ab, wie Stadtwerk Nord gestern mitteilte.")
    assert zt.words(doc, zt.only(doc).speaker) == "Stadtwerk Nord"


def test_surname_that_is_a_word_takes_no_genitive(zt):
    doc = zt.extract("„Neue Schulden lösen keine Probleme“, sagte Finanzministerin Anna Berg der Zeitung.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Finanzministerin Anna Berg"
    assert zt.words(doc, st.via) == "der Zeitung"


def test_dative_object_of_vorwerfen_is_the_addressee(zt):
    doc = zt.extract("Petra Lanz warf der Landesregierung vor, die Brücke verfallen zu lassen.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.addressee) == ["der Landesregierung"]
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_accusative_object_of_auffordern_is_the_addressee(zt):
    doc = zt.extract("Die Polizei forderte die Anwohner auf, ihre Häuser nicht zu verlassen.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.addressee) == ["die Anwohner"]
    assert zt.quote(doc, st) == "ihre Häuser nicht zu verlassen"


def test_warnen_vor_names_no_addressee(zt):
    doc = zt.extract("Petra Lanz warnte die Bürger vor einer Flut, die Deiche seien zu niedrig.")
    assert all(st.addressee is None or zt.pieces(doc, st.addressee) == ["die Bürger"] for st in doc.statements)


def test_subject_of_a_fronted_subordinate_clause(zt):
    doc = zt.extract("Nachdem die Anwältin Jana Ott dem Richter mitgeteilt hatte, dass der Mann gesucht werde, "
                     "hatte dieser versucht, die Polizei zu informieren.")
    st = next(s for s in doc.statements if s.cue is not None and s.cue.lemma == "mitteilen")
    assert zt.quote(doc, st) == "dass der Mann gesucht werde"
    assert zt.names(doc, st) == ["Jana Ott"]
    assert zt.pieces(doc, st.addressee) == ["dem Richter"]


def test_subject_of_a_passive_speech_verb_is_spoken_to_not_the_speaker(zt):
    doc = zt.extract("Die Anwohner wurden von der Polizei gebeten, ihre Häuser nicht zu verlassen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "ihre Häuser nicht zu verlassen"
    assert zt.pieces(doc, st.speaker) == ["der Polizei"]
    assert zt.pieces(doc, st.addressee) == ["Die Anwohner"]


def test_future_tense_is_not_a_passive(zt):
    doc = zt.extract("Bürgermeister Jonas Weber wird morgen sagen, die Brücke sei marode.")
    st = zt.only(doc)
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_acronym_of_an_institution_speaks(zt):
    doc = zt.extract("Der BGH begründete dies damit, dass die Band Straftaten gebilligt habe.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass die Band Straftaten gebilligt habe"
    assert zt.pieces(doc, st.speaker) == ["Der BGH"]


def test_subject_with_apposition_before_the_verb_is_not_the_object_after_it(zt):
    doc = zt.extract("Der Verkehrsminister, Jonas Weber, charakterisierte den Unfall als „Beispiel taktlosen Verhaltens“.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Beispiel taktlosen Verhaltens"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_zitieren_the_one_quoted_speaks_the_subject_is_the_channel(zt):
    doc = zt.extract("Die Kieler Rundschau zitiert einen Augenzeugen mit den Worten: „Das Auto kam aus dem Nichts.“")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["einen Augenzeugen"]
    assert zt.pieces(doc, st.via) == ["Die Kieler Rundschau"]


def test_zitieren_after_an_inverted_subject_its_object_speaks(zt):
    doc = zt.extract("„Die Ernte fällt gut aus“, zitiert die „Landpost“ den Landwirt Peter Brandt.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["den Landwirt Peter Brandt"]
    assert zt.pieces(doc, st.via) == ["die „Landpost“"]


def test_zitieren_an_unlisted_person_noun_in_the_accusative_speaks(zt):
    doc = zt.extract("Die Kieler Rundschau zitiert den Schleusenwärter mit den Worten: „Das Wasser steigt.“")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["den Schleusenwärter"]
    assert zt.pieces(doc, st.via) == ["Die Kieler Rundschau"]


def test_zitieren_a_text_in_the_accusative_does_not_speak(zt):
    doc = zt.extract("„Gott ist groß“, zitiert der Pfarrer einen Psalm.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["der Pfarrer"]


def test_passive_zitieren_the_agent_is_the_channel(zt):
    doc = zt.extract("„Der Damm hält“, wird der Bürgermeister von der „Küstenpost“ zitiert.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["der Bürgermeister"]
    assert zt.pieces(doc, st.via) == ["der „Küstenpost“"]


def test_passive_zitieren_the_subject_speaks(zt):
    doc = zt.extract("Bürgermeister Jonas Weber wird in einer Mitteilung mit den Worten zitiert: „Wir bauen neu.“")
    st = zt.only(doc)
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_verlauten_takes_its_source_from_aus(zt):
    doc = zt.extract("Wie aus Unternehmenskreisen verlautete, will die Werft in Kiel 200 Stellen streichen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "will die Werft in Kiel 200 Stellen streichen"
    assert zt.pieces(doc, st.speaker) == ["Unternehmenskreisen"]


def test_names_the_lexicon_lacks_and_plural_subjects_after_the_verb(zt):
    doc = zt.extract("Andres Granier beklagte bei Fernsehauftritten, dass zu wenige Soldaten gekommen seien.")
    assert zt.pieces(doc, zt.only(doc).speaker) == ["Andres Granier"]
    doc = zt.extract("Zudem verlangen die Mönche, dass sich die Regierung entschuldige.")
    assert zt.pieces(doc, zt.only(doc).speaker) == ["die Mönche"]


def test_subject_of_a_verb_final_relative_clause(zt):
    doc = zt.extract("Es geht um einen Mann, von dem die Polizei glaubt, er sei angeworben worden.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "er sei angeworben worden"
    assert zt.pieces(doc, st.speaker) == ["die Polizei"]


def test_fronted_phrase_before_a_particle_verb_is_not_its_subject(zt):
    doc = zt.extract("Für weite Teile des Landes Schleswig-Holstein riefen die Behörden den Notstand aus.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["die Behörden"]


# --- common nouns and dictionary words in subject position -----------------------------------------

def test_common_noun_phrase_opening_the_clause_is_the_subject(zt):
    doc = zt.extract("Die Entführer teilten mit, dass die Geiseln bis zur Zahlung in ihrer Hand blieben.")
    assert zt.pieces(doc, zt.only(doc).speaker) == ["Die Entführer"]


def test_subject_before_a_contrastive_adverb(zt):
    doc = zt.extract("Die Fischer dagegen sagen, das Wasser sei seit Jahren sauber.")
    assert zt.pieces(doc, zt.only(doc).speaker) == ["Die Fischer"]


def test_surname_that_is_a_dictionary_word_opening_the_sentence(zt):
    doc = zt.extract("Vogel entgegnete, dann müsse die Stadt eben sparen.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["Vogel"]
    assert zt.names(doc, st) == ["Vogel"]


def test_bare_word_after_the_verb_in_second_position_is_the_subject(zt):
    doc = zt.extract("Allerdings räumt Vogel ein, dass er sich beim Termin geirrt habe.")
    assert zt.pieces(doc, zt.only(doc).speaker) == ["Vogel"]
    doc = zt.extract("Zudem warnen Fachleute, die Deiche seien zu niedrig.")
    assert zt.pieces(doc, zt.only(doc).speaker) == ["Fachleute"]


def test_bare_word_after_a_fronted_phrase_with_an_is_the_subject(zt):
    # "An …" opens a fronted prepositional phrase like "Am …" and "In …": the subject follows the verb
    from zitat import extract
    text = "An die Lehrer gewandt sagte Vogel, sie müssten ihre Sorgen offen aussprechen."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        assert zt.pieces(doc, zt.only(doc).speaker) == ["Vogel"]


def test_bracketed_party_between_auxiliary_and_participle(zt):
    # "hat … (SPD) … bekanntgegeben": the bracket does not end the clause; the subject follows "hat"
    from zitat import extract
    text = "Am Montag hat Bürgermeister Jonas Weber (SPD) im Rathaus bekanntgegeben, dass die Schule schließt."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        assert zt.pieces(doc, zt.only(doc).speaker) == ["Bürgermeister Jonas Weber (SPD)"]


def test_said_content_opening_with_a_preposition_and_its_article(zt):
    # ", in der Nacht … gehört zu haben": "der" is an article here, not a relative pronoun
    from zitat import extract
    text = "Die Taucher sagten, in der Nacht einen lauten Knall gehört zu haben."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        assert zt.pieces(doc, zt.only(doc).speaker) == ["Die Taucher"]


def test_subject_after_a_sentence_initial_coordinating_conjunction(zt):
    # "Aber …" stands before the clause: the noun after it is the subject, not a fronted phrase
    from zitat import extract
    text = "Aber Taucher berichteten, es habe am Abend einen lauten Knall gegeben."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        assert zt.pieces(doc, zt.only(doc).speaker) == ["Taucher"]


def test_subject_after_a_sentence_adverb_like_ferner(zt):
    # "Ferner", "Zusätzlich", "Tatsächlich" fill the first position: the subject follows the verb
    from zitat import extract
    text = "Ferner habe die Studie festgestellt, dass die Deiche zu niedrig seien."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        assert zt.pieces(doc, zt.only(doc).speaker) == ["die Studie"]


def test_laut_with_a_dotted_lower_case_name(zt):
    from zitat import extract
    text = "Laut ver.di seien die Löhne in der Pflege zu niedrig."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.only(doc)
        assert zt.pieces(doc, st.speaker) == ["ver.di"]
        assert zt.quote(doc, st) == "seien die Löhne in der Pflege zu niedrig"


def test_wie_clause_with_a_lower_case_title_or_a_web_address(zt):
    # "Wie „heise online“ berichtet": quoted lower-case words as subject of the wie-clause name a medium
    from zitat import extract
    for text, name in (("Wie „heise online“ berichtet, ist der Dienst seit Montag gestört.", "„heise online“"),
                       ("Wie netzpolitik.org berichtet, ist der Dienst seit Montag gestört.", "netzpolitik.org")):
        for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
            st = zt.only(doc)
            assert zt.pieces(doc, st.speaker) == [name]
            assert zt.quote(doc, st) == "ist der Dienst seit Montag gestört"


def test_council_compound_takes_its_remit(zt):
    # "-rat" compounds name councils ("Betriebsrat", "Präsidentenrat"), which take "für …" like "Rat für …"
    from zitat import extract
    text = "Der Sachverständigenrat für Klimaschutz teilte mit, die Ziele seien nicht erreichbar."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        assert zt.pieces(doc, zt.only(doc).speaker) == ["Der Sachverständigenrat für Klimaschutz"]


def test_person_named_like_an_agency_before_the_verb_is_the_subject(zt):
    # "Bloomberg" is also a news agency, but "Bürgermeister Michael Bloomberg" is a person, not a fronted outlet
    from zitat import extract
    text = "Bürgermeister Michael Bloomberg kritisierte Senator Jan Holm dafür, gegen das Gesetz gestimmt zu haben."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        assert zt.pieces(doc, zt.only(doc).speaker) == ["Bürgermeister Michael Bloomberg"]


def test_subject_with_a_quoted_title_attached_before_the_verb(zt):
    # the closing quotation mark before "sagte" ends a title attached to the subject, not a quotation
    from zitat import extract
    text = "Jan Holm von der „Aktion Saubere Elbe“ sagte, das Wasser sei sauberer geworden."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.only(doc)
        assert zt.pieces(doc, st.speaker) == ["Jan Holm von der „Aktion Saubere Elbe“"]
        assert zt.quote(doc, st) == "das Wasser sei sauberer geworden"


def test_quoted_title_after_the_verb_is_the_subject(zt):
    from zitat import extract
    text = "Am Montag erklärte das neue „Bündnis Saubere Elbe“ (BSE), die Versorgung sei gesichert."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.only(doc)
        assert zt.pieces(doc, st.speaker) == ["das neue „Bündnis Saubere Elbe“ (BSE)"]
        assert zt.quote(doc, st) == "die Versorgung sei gesichert"
    text = "„Die Versorgung ist gesichert“, schrieb „Die Rundschau“ in einem Kommentar."
    for doc in (zt.extract(text), extract(text, use_model=False)):
        assert zt.pieces(doc, zt.only(doc).speaker) == ["„Die Rundschau“"]


def test_wie_clause_with_an_unknown_role_noun_and_the_name_in_apposition(zt):
    from zitat import extract
    text = "Wie der Bevollmächtigte der Stadtwerke, Jan Holm, in Kiel mitteilte, steigen die Preise im Mai."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.only(doc)
        assert zt.pieces(doc, st.speaker) == ["Jan Holm"]


def test_pronoun_sie_after_the_verb_is_the_object_when_a_person_opens_the_sentence(zt):
    from zitat import extract
    text = "Der Vorsitzende des Verbands nannte sie „völlig überzogen“ und verwies auf die Kosten."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.only(doc, "direct")
        assert zt.pieces(doc, st.speaker) == ["Der Vorsitzende des Verbands"]


def test_subject_right_after_dass_before_the_object_of_a_verb_final_clause(zt):
    from zitat import extract
    text = "Bekannt ist nur, dass Holmsen die Schülerin danach gefragt habe, ob sie allein sei."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.statement_with(doc, "ob sie allein sei")
        assert zt.pieces(doc, st.speaker) == ["Holmsen"]


def test_plural_verb_does_not_take_the_single_person_after_it_as_subject(zt):
    from zitat import extract
    text = ("Einige der bekanntesten Imker in der Europäischen Union haben Gesundheitsminister Jan Holm gestern "
            "in einem Brief geschrieben, dass die Kliniken mehr Geld brauchten.")
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.only(doc)
        assert zt.pieces(doc, st.speaker) == ["Einige der bekanntesten Imker in der Europäischen Union"]


def test_coordinated_adjectives_belong_to_the_speaker_phrase(zt):
    from zitat import extract
    for text, phrase in (("Arabische und türkische Medien berichteten, der Minister sei zurückgetreten.",
                          "Arabische und türkische Medien"),
                         ("Am Abend berichteten die dänischen und schwedischen Zeitungen, die Brücke sei gesperrt.",
                          "die dänischen und schwedischen Zeitungen")):
        for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
            assert zt.pieces(doc, zt.only(doc).speaker) == [phrase]


def test_partitive_pronoun_before_the_speaker_phrase(zt):
    from zitat import extract
    text = "Einer der 20 beteiligten Taucher sagte, das Wasser sei sehr kalt gewesen."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        assert zt.pieces(doc, zt.only(doc).speaker) == ["Einer der 20 beteiligten Taucher"]


def test_hyphenated_compound_takes_its_genitive(zt):
    from zitat import extract
    text = "Am Abend meldeten die Internet-Nachrichten der Tagesschau, der Prozess werde vertagt."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        assert zt.pieces(doc, zt.only(doc).speaker) == ["die Internet-Nachrichten der Tagesschau"]


def test_von_adjective_seite_is_the_agent_of_a_passive_speech_verb(zt):
    # "von deutscher Seite" (from the German side) names who spoke
    from zitat import extract
    text = "Von französischer Seite wurde gefordert, alle Zahlen offenzulegen."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        assert zt.pieces(doc, zt.only(doc).speaker) == ["französischer Seite"]


def test_heisst_es_auf_der_webseite_names_the_page_and_its_owner(zt):
    from zitat import extract
    text = "„Wir danken allen Helfern“, heißt es auf der Webseite des Vereins."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.only(doc)
        assert zt.pieces(doc, st.speaker) == ["des Vereins"]
        assert zt.pieces(doc, st.via) == ["auf der Webseite des Vereins"]


def test_zitieren_with_man_or_a_web_address_as_subject_quotes_its_object(zt):
    from zitat import extract
    text = "„Wir sind hier nicht willkommen“, zitierte man Jan Holm vom Sender NDR."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        assert zt.pieces(doc, zt.only(doc).speaker) == ["Jan Holm vom Sender NDR"]
    text = "„Die Lage ist ruhig“, zitiert kieler-nachrichten.de Polizeisprecher Jan Holm."
    for doc in (zt.extract(text), extract(text, use_model=False)):
        st = zt.only(doc)
        assert zt.pieces(doc, st.speaker) == ["Polizeisprecher Jan Holm"]
        assert zt.pieces(doc, st.via) == ["kieler-nachrichten.de"]


def test_noun_before_a_verb_without_said_content_is_no_speaker(zt):
    doc = zt.extract("Die Fluglotsen hatten den Hubschrauber als vermisst gemeldet, nachdem er vom Radar "
                     "verschwunden war.")
    assert all(zt.words(doc, st.speaker) != "Die Fluglotsen" for st in doc.statements)
    doc = zt.extract("Weiter betonen Vorträge, die im Saal gehalten werden, die Risiken.")
    assert all(zt.words(doc, st.speaker) != "Vorträge" for st in doc.statements)


# --- the extent of a speaker phrase ----------------------------------------------------------------

def test_hyphenated_adjective_inside_a_genitive(zt):
    doc = zt.extract("Ein Sprecher des baden-württembergischen Umweltministeriums erklärte, die Werte seien "
                     "unbedenklich.")
    assert zt.words(doc, zt.only(doc).speaker) == "Ein Sprecher des baden-württembergischen Umweltministeriums"


def test_initial_with_a_dot_inside_a_name(zt):
    doc = zt.extract("Der Verbandspräsident Jürgen R. Hansen erklärte, die Zölle seien zu hoch.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Der Verbandspräsident Jürgen R. Hansen"
    assert zt.names(doc, st) == ["Jürgen R. Hansen"]


def test_place_of_a_role_or_institution_belongs_to_the_phrase(zt):
    doc = zt.extract("Eine Sprecherin der Botschaft in Kairo sagte, dass die Straße gesperrt bleibe.")
    assert zt.words(doc, zt.only(doc).speaker) == "Eine Sprecherin der Botschaft in Kairo"
    doc = zt.extract("„Wir prüfen den Antrag“, sagte ein Sprecher der Stadtwerke im Juni.")
    assert zt.words(doc, zt.only(doc).speaker) == "ein Sprecher der Stadtwerke"


def test_organisation_after_a_named_person_before_the_verb(zt):
    doc = zt.extract("Jonas Weber vom Roten Kreuz kritisiert, dass die Helfer zu spät kamen.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Jonas Weber vom Roten Kreuz"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_academic_title_makes_a_dictionary_word_a_name(zt):
    doc = zt.extract("Die Werte seien unbedenklich, sagte Dr. Vogel.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Werte seien unbedenklich"
    assert zt.words(doc, st.speaker) == "Dr. Vogel"
    doc = zt.extract("Prof. Vogel erklärte, die Werte seien unbedenklich.")
    assert zt.words(doc, zt.only(doc).speaker) == "Prof. Vogel"


def test_role_noun_after_an_outlet_starts_the_quoted_persons_phrase(zt):
    doc = zt.extract("„Die Straße bleibt gesperrt“, zitiert die Zeitung Feuerwehrsprecher Jonas Weber.")
    assert zt.words(doc, zt.only(doc).speaker) == "Feuerwehrsprecher Jonas Weber"


def test_surname_after_an_institution_is_the_object_not_its_name(zt):
    doc = zt.extract("Gegen den Bauunternehmer Jonas Weber wird ermittelt. Am Montag warf die Staatsanwaltschaft "
                     "Weber vor, er habe Aufträge gekauft.")
    st = zt.statement_with(doc, "Aufträge gekauft")
    assert zt.words(doc, st.speaker) == "die Staatsanwaltschaft"


def test_role_phrase_and_name_in_apposition_after_the_verb_are_one_speaker(zt):
    doc = zt.extract("Am Montag erklärte der Direktor der Behörde, Jonas Weber, die Werte seien unbedenklich.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "der Direktor der Behörde, Jonas Weber"
    assert zt.names(doc, st) == ["Jonas Weber"]
    assert st.addressee is None


def test_lexicon_name_with_a_lowercase_word_after_the_organisations_noun(zt):
    doc = zt.extract("Die Organisation Reporter ohne Grenzen kritisierte, dass die Journalisten festgehalten würden.")
    assert zt.words(doc, zt.only(doc).speaker) == "Die Organisation Reporter ohne Grenzen"


def test_der_after_an_adjuncts_noun_is_its_genitive_not_an_addressee(zt):
    doc = zt.extract("Die Werte seien unbedenklich, bestätigte Jonas Weber am Montag nach Gesprächen der Umweltminister.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Jonas Weber"
    assert st.addressee is None
    doc = zt.extract("Die Werte seien unbedenklich, sagte Jonas Weber in Kairo der Presse.")
    assert zt.words(doc, zt.only(doc).addressee) == "der Presse"


def test_arabic_name_with_its_lowercase_article(zt):
    doc = zt.extract("Der Ölminister Ali al-Sabah bestätigte, die Fördermenge bleibe unverändert.")
    assert zt.words(doc, zt.only(doc).speaker) == "Der Ölminister Ali al-Sabah"
    doc = zt.extract("Die Fördermenge bleibe unverändert, berichtete der Sender al-Arabiya.")
    assert zt.words(doc, zt.only(doc).speaker) == "der Sender al-Arabiya"


def test_genitive_place_name_before_an_adjective_opens_the_phrase(zt):
    doc = zt.extract("Die Lage sei ernst, sagte Hamburgs früherer Bürgermeister Jonas Weber.")
    assert zt.words(doc, zt.only(doc).speaker) == "Hamburgs früherer Bürgermeister Jonas Weber"
    doc = zt.extract("Hamburgs früherer Bürgermeister Jonas Weber sagte, die Lage sei ernst.")
    assert zt.words(doc, zt.only(doc).speaker) == "Hamburgs früherer Bürgermeister Jonas Weber"


def test_remit_with_a_compound_cut_short_before_und(zt):
    doc = zt.extract("Die Gesellschaft für Umwelt- und Naturschutz teilte mit, die Werte seien gut.")
    assert zt.words(doc, zt.only(doc).speaker) == "Die Gesellschaft für Umwelt- und Naturschutz"


def test_foreign_name_particle_after_a_dictionary_word(zt):
    doc = zt.extract("Die Polizei von Rio de Janeiro teilte mit, die Lage sei ruhig.")
    assert zt.words(doc, zt.only(doc).speaker) == "Die Polizei von Rio de Janeiro"


def test_name_and_role_in_apposition_before_the_verb_are_one_speaker(zt):
    doc = zt.extract("Jonas Weber, der Innenminister des Landes, sagte: „Wir bleiben wachsam.“")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Jonas Weber, der Innenminister des Landes"
    assert zt.names(doc, st) == ["Jonas Weber"]
    doc = zt.extract("Der Innenminister, Jonas Weber, sagte, die Lage sei ruhig.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Der Innenminister, Jonas Weber"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_article_das_after_a_surname_is_no_name_particle(zt):
    doc = zt.extract("„Das war eine verpasste Chance“, sagte Tim Kowalczyk das Ergebnis bewertend.")
    assert zt.words(doc, zt.only(doc).speaker) == "Tim Kowalczyk"


def test_outlet_with_a_nominative_article_before_the_verb_is_the_subject(zt):
    doc = zt.extract("Die Zeitung warf Jonas Weber Lügen vor.")
    assert zt.words(doc, zt.only(doc).speaker) == "Die Zeitung"
    doc = zt.extract("Der Zeitung sagte Jonas Weber, die Lage sei ernst.")
    assert zt.words(doc, zt.only(doc).speaker) == "Jonas Weber"


def test_name_and_role_in_apposition_after_the_verb_are_one_speaker(zt):
    doc = zt.extract("„Wir prüfen den Antrag“, sagte Jonas Weber, Geschäftsführer des Verbandes.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Jonas Weber, Geschäftsführer des Verbandes"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_verb_after_und_shares_the_subject_of_the_first_main_clause(zt):
    doc = zt.extract("Sie sagte, Hamburg brauche den Hafen und fügte hinzu: „Ohne ihn geht es nicht.“")
    st = zt.statement_with(doc, "Ohne ihn geht es nicht")
    assert zt.pieces(doc, st.speaker) == ["Sie"]


# --- the WikiNews adapter's speaker conventions ----------------------------------------------------

def _dataset_speaker_words(zt, text: str) -> list[list[str]]:
    """The speaker words the WikiNews adapter gives each statement of `text` (one sentence)."""
    import re

    from zitat.evaluate.wikinews import predicted_annotations
    toks = [{"id": i, "text": m.group(), "charBegin": m.start(), "charEnd": m.end()}
            for i, m in enumerate(re.finditer(r"\w+(?:-\w+)*|[^\w\s]", text))]
    data = {"documentName": "1 - Test", "originalText": text, "tokens": toks, "annotations": [],
            "sentences": [{"tokenIds": [t["id"] for t in toks]}]}
    return [[toks[i]["text"] for i in sorted(a.speaker)] for a in predicted_annotations(data, zt.extract(text))]


def test_adapter_takes_a_role_apposition_after_the_verb_before_the_quote(zt):
    words = _dataset_speaker_words(zt, "Dazu sagte Jonas Weber, Bürgermeister der Stadt: „Wir bauen neu.“")
    assert words == [["Jonas", "Weber", ",", "Bürgermeister", "der", "Stadt"]]
    words = _dataset_speaker_words(zt, "Dazu sagte Jonas Weber, die Stadt baue neu.")
    assert words == [["Jonas", "Weber"]]


def test_subject_before_an_apposition_not_the_object_after_the_verb(zt):
    doc = zt.extract("Der frühere Stadtkämmerer, Jonas Weber (SPD), warnte die CDU vor einem „teuren Wahlkampf“.")
    assert [zt.names(doc, st) for st in doc.statements] == [["Jonas Weber"]] * len(doc.statements)
    doc = zt.extract("Verbandschef Erich Lanz, zuständig für das Auslandsgeschäft, hatte die Kunden aufgefordert, "
                     "früher zu bestellen.")
    assert zt.names(doc, zt.only(doc)) == ["Erich Lanz"]
    doc = zt.extract("„Der Plan, den alle kennen, ist gut“, sagte Jonas Weber.")
    assert zt.names(doc, zt.only(doc)) == ["Jonas Weber"]


def test_party_in_brackets_is_not_part_of_the_name(zt):
    doc = zt.extract("„Wir bauen neu“, sagte Verkehrsminister Jonas Weber (CSU).")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Verkehrsminister Jonas Weber (CSU)"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_subject_relative_clause_speaks_through_its_antecedent(zt):
    doc = zt.extract("Die Rede hielt die Bürgermeisterin Petra Lanz, die den Mut der Helfer hervorhob, der im "
                     "Einsatz zum Ausdruck gekommen sei.")
    st = zt.only(doc)
    assert zt.names(doc, st) == ["Petra Lanz"]
    assert _dataset_speaker_words(zt, doc.article.text) == [["die"]]


def test_relative_clause_with_its_own_subject_gives_no_antecedent(zt):
    doc = zt.extract("Betriebe, die mehr Abgase ausstoßen, als es die Vorgaben festlegen, müssen zahlen.")
    assert all(zt.words(doc, st.speaker) != "Betriebe" for st in doc.statements)


def test_subject_after_the_verb_when_seit_opens_a_phrase(zt):
    doc = zt.extract("Seit Jahren fordert der mexikanische Staat die Rückgabe der Federkrone.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "der mexikanische Staat"


def test_known_outlet_of_two_words_speaks(zt):
    doc = zt.extract("Die Deutsche Welle berichtet von fünfzig teilnehmenden Nationen.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Die Deutsche Welle"


def test_compound_of_leitung_is_an_organisation(zt):
    doc = zt.extract("Die Klinikleitung sprach von einem bedauerlichen Einzelfall.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Die Klinikleitung"


def test_adjective_noun_in_the_plural_speaks(zt):
    doc = zt.extract("Die Abgeordneten forderten eine Untersuchung des Unfalls.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Die Abgeordneten"


# --- addressees and vias away from the verb ---------------------------------------------------------

def test_addressee_after_an_adverb_and_a_time_noun(zt):
    doc = zt.extract("Ein Sprecher der Stadtwerke, Jan Holm, sagte heute Abend gegenüber der Presse, "
                     "die Leitung sei repariert.")
    st = zt.only(doc)
    assert zt.words(doc, st.addressee) == "gegenüber der Presse"


def test_addressee_after_a_time_adjunct(zt):
    doc = zt.extract("Die Brücke bleibe gesperrt, sagte Bürgermeister Jonas Weber am Sonntag vor Journalisten.")
    st = zt.only(doc)
    assert zt.words(doc, st.addressee) == "vor Journalisten"


def test_via_between_the_verb_and_its_particle(zt):
    doc = zt.extract("Die Stadtverwaltung teilte dem Fernsehsender n-tv mit, dass die Brücke gesperrt bleibe.")
    st = zt.only(doc)
    assert zt.words(doc, st.via) == "dem Fernsehsender n-tv"
    assert zt.words(doc, st.speaker) == "Die Stadtverwaltung"


def test_addressee_between_auxiliary_and_participle(zt):
    doc = zt.extract("Mehrere Jugendliche haben gegenüber der Polizei ausgesagt, dass sie den Wagen nicht "
                     "gesehen hätten.")
    st = zt.only(doc)
    assert zt.words(doc, st.addressee) == "gegenüber der Polizei"


def test_fronted_gegenueber_phrase(zt):
    doc = zt.extract("Gegenüber der Zeitung sagte Petra Lanz, sie trete nicht an.")
    st = zt.only(doc)
    assert zt.words(doc, st.via) == "Gegenüber der Zeitung"
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_outlet_after_zum(zt):
    doc = zt.extract("„Wir sind zufrieden“, sagte der Trainer nach dem Spiel zum Deutschlandfunk.")
    st = zt.only(doc)
    assert zt.words(doc, st.via) == "zum Deutschlandfunk"


def test_outlet_of_an_interview(zt):
    doc = zt.extract("Das Ziel sei erreicht, sagte Petra Lanz in einem Interview mit der Zeitung.")
    st = zt.only(doc)
    assert zt.words(doc, st.via) == "in einem Interview mit der Zeitung"


def test_a_time_with_a_demonstrative_is_no_outlet(zt):
    doc = zt.extract("Zu dieser Zeit ging die Anwältin noch davon aus, dass der Mann gefasst werde.")
    assert all(st.via is None and st.addressee is None for st in doc.statements)


def test_gegenueber_after_a_noun_belongs_to_the_noun(zt):
    doc = zt.extract("Er warf der Partei mangelnde Abgrenzung gegenüber der Miliz vor.")
    st = zt.only(doc)
    assert zt.words(doc, st.addressee) == "der Partei"


def test_dative_pronoun_opening_a_passive_is_the_addressee(zt):
    doc = zt.extract("Ihm wird vorgeworfen, Gelder des Vereins veruntreut zu haben.")
    st = zt.only(doc)
    assert zt.words(doc, st.addressee) == "Ihm"
    assert st.speaker is None


def test_name_opening_a_passive_of_a_dative_verb_is_the_addressee(zt):
    doc = zt.extract("Mahlow wurde vorgeworfen, Gelder des Vereins veruntreut zu haben.")
    st = zt.only(doc)
    assert zt.words(doc, st.addressee) == "Mahlow"


def test_fronted_accusative_object_with_its_conjunct(zt):
    doc = zt.extract("Die Bürgerinnen und Bürger forderte er auf, wählen zu gehen.")
    st = zt.only(doc)
    assert zt.words(doc, st.addressee) == "Die Bürgerinnen und Bürger"
    assert zt.words(doc, st.speaker) == "er"


def test_bare_name_as_dative_object_stops_before_the_accusative(zt):
    doc = zt.extract("Die Staatsanwälte werfen Mahlow Betrug vor.")
    st = zt.only(doc)
    assert zt.words(doc, st.addressee) == "Mahlow"


def test_role_phrase_before_the_named_speaker_is_not_the_addressee(zt):
    doc = zt.extract("Die Brücke bleibt bis Mai gesperrt. Dies teilte der Sprecher der Stadt, Jan Holm, mit.")
    st = zt.only(doc)
    assert zt.names(doc, st) == ["Jan Holm"]
    assert st.addressee is None


def test_von_with_an_abstract_noun_is_no_affiliation(zt):
    doc = zt.extract("In einem Interview sprach Petra Lanz von der Möglichkeit einer großen Koalition.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Petra Lanz"
    assert st.addressee is None


def test_dative_plural_of_a_person_noun_is_the_addressee(zt):
    doc = zt.extract("Der Bürgermeister sagte den entlassenen Mitarbeitern, die Stadt werde ihnen helfen.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.addressee) == ["den entlassenen Mitarbeitern"]
    assert zt.names(doc, st) == ["Bürgermeister"]


def test_acronym_before_a_dative_takes_no_genitive(zt):
    doc = zt.extract("Am Montag warf die OSZE der Wahlkommission vor, Stimmen falsch gezählt zu haben.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["die OSZE"]
    assert zt.pieces(doc, st.addressee) == ["der Wahlkommission"]


def test_vorschlagen_takes_a_dative_addressee(zt):
    doc = zt.extract("Der Konzern schlug den Gewerkschaften vor, die Gespräche im Mai fortzusetzen.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.addressee) == ["den Gewerkschaften"]


# --- common nouns the lexicon does not know, by word order and agreement ----------------------------

def test_unknown_noun_after_the_verb_of_a_trailing_frame_speaks(zt):
    doc = zt.extract("„Wir schließen den Anleger im Winter“, teilte die Reederei am Montag mit.")
    st = zt.only(doc, "direct")
    assert zt.pieces(doc, st.speaker) == ["die Reederei"]


def test_unknown_noun_after_dies_speaks(zt):
    doc = zt.extract("Die Fähre nach Föhr fährt ab Mai wieder stündlich. Dies gab die Reederei in Kiel bekannt.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["die Reederei"]


def test_unknown_noun_after_a_fronted_adjunct_speaks(zt):
    doc = zt.extract("Am Dienstagmorgen stellte eine Streife fest, dass an der Brücke ein Geländer fehlte.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["eine Streife"]


def test_no_subject_after_an_indicative_clause_sharing_its_subject(zt):
    doc = zt.extract("Der Kandidat verlor die Wahl deutlich, hatte das Ergebnis aber zunächst nicht anerkannt.")
    assert all(st.speaker is None or st.speaker.text != "das Ergebnis" for st in doc.statements)


def test_unknown_noun_before_a_dative_object_speaks(zt):
    doc = zt.extract("Die Reederei wirft der Hafenbehörde vor, die Fähren zu spät abzufertigen.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Die Reederei"]
    assert zt.pieces(doc, st.addressee) == ["der Hafenbehörde"]


def test_unknown_noun_before_a_dative_and_a_dass_clause_speaks(zt):
    doc = zt.extract("Die Reederei bestätigte dem Sender, dass der Anleger im Winter geschlossen bleibe.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Die Reederei"]


# --- names in quotation marks -----------------------------------------------------------------------

def test_newspaper_with_its_title_in_quotation_marks_speaks(zt):
    doc = zt.extract("Die Zeitung „Nordsee Bote“ berichtet, dass der Deich bei Husum repariert werde.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Die Zeitung „Nordsee Bote“"]


def test_bare_title_in_quotation_marks_opening_the_clause_speaks(zt):
    doc = zt.extract("„Ärzte für Kinder“ teilte mit, dass zwei weitere Kliniken eröffnet würden.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["„Ärzte für Kinder“"]


def test_organisation_in_quotation_marks_in_a_wie_clause_speaks(zt):
    doc = zt.extract("Wie die „Aktion Nachbar hilft“ am Montag mitteilte, werden weitere Helfer gesucht.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["die „Aktion Nachbar hilft“"]


def test_quotation_before_a_verb_without_comma_is_no_name(zt):
    doc = zt.extract("„Wir bleiben hart“ sagte die Ministerin Petra Lanz.")
    st = zt.only(doc, "direct")
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_unknown_noun_in_a_wie_clause_speaks(zt):
    doc = zt.extract("Wie die Reederei am Montag mitteilte, fährt die Fähre ab Mai wieder stündlich.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["die Reederei"]


def test_wie_clause_subject_after_a_focus_adverb(zt):
    doc = zt.extract("Wie schon die Polizei sagte, ist der Täter nicht bewaffnet gewesen.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["die Polizei"]


def test_passive_wie_clause_has_no_unknown_subject(zt):
    doc = zt.extract("Eine Ausnahme gilt, wenn ein „besonderes Interesse“ besteht, wie dieser Sachverhalt "
                     "juristisch formuliert wird.")
    assert all(st.speaker is None for st in doc.statements)


def test_genitive_with_a_possessive_belongs_to_the_speaker(zt):
    doc = zt.extract("Der Sprecher seines Verbandes sagte, der Fischer habe das Netz nie ausgelegt.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Der Sprecher seines Verbandes"]


def test_role_noun_takes_the_place_or_body_after_von(zt):
    doc = zt.extract("Der Bürgermeister von Bad Oldesloe sagte, die Brücke werde im Mai gesperrt.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Der Bürgermeister von Bad Oldesloe"]


def test_role_noun_takes_no_topic_after_von(zt):
    doc = zt.extract("Am Montag sprach der Sprecher von Problemen bei der Räumung.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["der Sprecher"]


def test_hervorgehen_names_its_source_like_heissen(zt):
    doc = zt.extract("Wie aus einer Mitteilung der Polizei hervorgeht, wurden im Bezirk zwei Radfahrer verletzt.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["der Polizei"]
    assert zt.pieces(doc, st.via) == ["aus einer Mitteilung der Polizei"]


def test_sentence_opening_name_the_dictionary_reads_as_a_verb(zt):
    doc = zt.extract("Gall schreibt: „Die Trefferquote lag bei 0,03 Prozent.“")
    st = zt.only(doc, "direct")
    assert zt.pieces(doc, st.speaker) == ["Gall"]


def test_name_after_einzig_opening_the_sentence_speaks(zt):
    doc = zt.extract("Einzig Nordwind gab bekannt, die Preise im Winter nicht zu erhöhen.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Nordwind"]


def test_title_in_quotation_marks_before_an_auxiliary_speaks(zt):
    doc = zt.extract("Selbst die Wochenzeitschrift „Baltic Post“ hatte kritisiert, dass der Plan zu teuer sei.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["die Wochenzeitschrift „Baltic Post“"]


def test_fronted_agent_of_a_passive_speech_verb_speaks(zt):
    doc = zt.extract("Von den Behörden des Landes wird angenommen, dass Schmuggler die Grenze überquerten.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["den Behörden des Landes"]


def test_seitens_names_the_agent_of_a_passive(zt):
    doc = zt.extract("Am Dienstag wurde seitens der Behörden deutlich gemacht, dass Helfer nicht erwünscht seien.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["der Behörden"]


def test_long_name_with_titles_and_an_initial_stays_whole(zt):
    doc = zt.extract("Laut Klinikdirektor Prof. Dr. Hannes K. Lindqvist ist der Eingriff gut verlaufen.")
    st = zt.only(doc, "indirect")
    assert zt.words(doc, st.speaker).endswith("Hannes K. Lindqvist")


def test_article_after_a_common_noun_is_no_name_particle(zt):
    doc = zt.extract("Am Freitag hat ein Gericht das Urteil gegen die Ministerin bestätigt.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["ein Gericht"]


def test_name_particle_after_a_first_name_stays(zt):
    doc = zt.extract("„Es ist gut“, sagte Manuel dos Santos.")
    st = zt.only(doc, "direct")
    assert zt.pieces(doc, st.speaker) == ["Manuel dos Santos"]


def test_demonstrative_before_a_place_name_stands_alone(zt):
    doc = zt.extract("Jan Holm ist Sprecher der Miliz. Am Abend beschuldigte dieser Dänemark, die Grenze geschlossen "
                     "zu haben.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["dieser"]
    assert zt.names(doc, st) == ["Jan Holm"]


def test_demonstrative_without_a_noun_is_a_pronoun_subject(zt):
    doc = zt.extract("Jan Holm ist Sprecher der Gruppe. Dieser bestätigte, dass die Gruppe protestiert habe.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Dieser"]
    assert zt.names(doc, st) == ["Jan Holm"]


def test_surname_the_dictionary_knows_after_the_verb_of_a_trailing_frame(zt):
    doc = zt.extract("Die neue Regelung sei gut, sagte Holm.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Holm"]


def test_outlet_before_a_relative_clause_speaks(zt):
    doc = zt.extract("Der NDR, der in der ARD für den Vertrag verantwortlich ist, begründete die Einblendung damit, dass "
                     "Grafiken genutzt würden.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Der NDR"]


def test_unknown_noun_speaks_when_a_dass_clause_follows_its_objects(zt):
    doc = zt.extract("Die Ratingagentur begründet die bessere Note damit, dass der Haushalt stabil sei.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Die Ratingagentur"]


def test_subject_ending_in_a_bracket_before_the_verb(zt):
    doc = zt.extract("Das Landeskriminalamt (LKA) bestätigte dem Abgeordneten auf Anfrage, dass er auf der Liste stehe.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Das Landeskriminalamt (LKA)"]


def test_named_person_among_opening_noun_phrases_in_commas_speaks(zt):
    from zitat import extract
    text = "Der Fraktionschef im Landtag, Jan Holm, hatte die Ministerin gestern aufgefordert, ihr Amt niederzulegen."
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.only(doc, "indirect")
        assert zt.pieces(doc, st.speaker) == ["Jan Holm"]


def test_fronted_dative_with_a_long_attribute_is_no_speaker(zt):
    from zitat import extract
    text = "Den noch 300 im Lager verbliebenen Flüchtlingen sicherte Präsident Ramos zu, dass sie bleiben dürften."
    for doc in (zt.extract(text), extract(text, use_model=False)):
        st = zt.only(doc, "indirect")
        assert zt.pieces(doc, st.speaker) == ["Präsident Ramos"]


def test_named_speaker_before_a_role_apposition_with_affiliation(zt):
    doc = zt.extract("„Man muss aufpassen“, sagt Jonas Weber, der Deutschland-Chef von Nordbus.")
    st = zt.only(doc, "direct")
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_affiliation_after_a_role_noun_is_no_name(zt):
    doc = zt.extract("„Die Lieferketten werden sich verändern“, sagte der Konzernchef von Nordtec.")
    st = zt.only(doc, "direct")
    assert zt.pieces(doc, st.speaker) == ["der Konzernchef von Nordtec"]
    assert zt.names(doc, st) != ["Nordtec"]


def test_extended_attribute_stays_inside_the_noun_phrase(zt):
    from zitat.attribution.mentions import phrase_after
    from zitat.language.doc import Doc
    from zitat.lexicon import german
    doc = Doc.analyse("Die jedem Anbieter entstehenden Kosten sind hoch.", german())
    m = phrase_after(doc, 0)
    assert (m.first, m.last) == (0, 5)


def test_a_quoted_word_after_an_indefinite_article_is_no_speaking_name(zt):
    doc = zt.extract("Ein „Riesen-Rennen“ urteilte Jonas Weber. Er habe sich gut gefühlt.")
    assert all(zt.names(doc, st) != ["Riesen-Rennen"] for st in doc.statements), zt.describe(doc)


def test_a_pronoun_after_a_focus_particle_is_the_subject(zt):
    doc = zt.extract("Die Gewerkschaften kritisierten den Plan. Auch sie forderten mehr Lohn für die Pfleger.")
    st = zt.statement_with(doc, "mehr Lohn")
    assert zt.pieces(doc, st.speaker) == ["sie"]


def test_a_two_word_institution_from_the_lexicon(zt):
    doc = zt.extract("Das Weiße Haus verlangte eine Erklärung der Regierung in Caracas.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["Das Weiße Haus"]


def test_a_mission_of_the_united_nations_speaks(zt):
    doc = zt.extract("Die Mission der Vereinten Nationen verlangte einen sofortigen Waffenstillstand.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["Die Mission der Vereinten Nationen"]


def test_an_institution_takes_its_remit_after_fuer(zt):
    doc = zt.extract("Am Dienstag gab die Aufsichtsbehörde für Binnenschifffahrt (ABS) neue Regeln bekannt.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["die Aufsichtsbehörde für Binnenschifffahrt (ABS)"]


def test_fuer_closing_the_clause_is_the_object_not_a_remit(zt):
    doc = zt.extract("Zugleich warb die Sprecherin für Geduld.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["die Sprecherin"]


def test_an_organisation_name_with_a_lowercase_word(zt):
    doc = zt.extract("Reporter ohne Grenzen teilte mit, zwei Journalisten seien verhaftet worden.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Reporter ohne Grenzen"]
    assert zt.entity_named(doc, "Reporter ohne Grenzen").kind == "organisation"


def test_a_lowercase_union_name_with_a_dot(zt):
    doc = zt.extract("Die Gewerkschaft ver.di kündigte an, den Streik am Montag fortzusetzen.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Die Gewerkschaft ver.di"]


def test_a_share_of_those_asked_speaks(zt):
    doc = zt.extract("In der Umfrage sprachen sich 64 Prozent der Befragten für ein Tempolimit aus.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["64 Prozent der Befragten"]


def test_an_embassy_warns(zt):
    doc = zt.extract("Am Montag warnte die deutsche Botschaft vor Reisen in die Grenzregion.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["die deutsche Botschaft"]


def test_an_adverb_before_the_adjective_stays_in_the_phrase(zt):
    doc = zt.extract("Die staatlich kontrollierten Medien sprachen von einem großen Erfolg der Regierung.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["Die staatlich kontrollierten Medien"]


def test_a_colon_inside_brackets_does_not_open_a_clause(zt):
    doc = zt.extract("Am Ende der Zählung (Stand: 22 Uhr) gab die Wahlleiterin das vorläufige Ergebnis bekannt.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["die Wahlleiterin"]


def test_a_possessive_dative_is_no_speaker(zt):
    doc = zt.extract("Nach dem Treffen mit seinem Amtskollegen Jan Ott (Partei der Mitte, kurz PdM) bekräftigte "
                     "Präsident Karl Lenz, die Grenze bleibe offen.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Präsident Karl Lenz"]


def test_an_institution_takes_its_place_after_von(zt):
    doc = zt.extract("Ein Forscher der Universität von Tromsø bezifferte den Schaden auf zwei Millionen Euro.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["Ein Forscher der Universität von Tromsø"]


def test_vor_ort_belongs_to_the_speakers(zt):
    doc = zt.extract("Am Abend sagten Helfer vor Ort, die Lage in den Dörfern sei dramatisch.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Helfer vor Ort"]


def test_aus_and_an_institution_belongs_to_the_speakers(zt):
    doc = zt.extract("Abgeordnete aus anderen Fraktionen warfen dem Minister vor, die Studie zurückzuhalten.")
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Abgeordnete aus anderen Fraktionen"]


def test_bare_surname_before_an_apposition_in_a_trailing_frame(zt):
    doc = zt.extract("Die Lage sei ernst, sagte Ott, der Sprecher der Stadt.")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == "Die Lage sei ernst"
    assert zt.pieces(doc, st.speaker) == ["Ott"]


def test_noun_after_a_preposition_before_a_final_verb_is_no_speaker(zt):
    from zitat import extract
    text = ("Obwohl Finanzministerin Petra Lanz mit Einnahmen von bis zu 2,5 Milliarden Euro rechnet, "
            "sei man von einer „Entlastung weit entfernt“.")
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.only(doc, "direct")
        assert zt.pieces(doc, st.speaker) == ["Finanzministerin Petra Lanz"]


def test_fronted_possessive_object_is_no_speaker(zt):
    from zitat import extract
    doc = extract("Ihren Rivalen Jonas Weber forderte Lanz auf, über einen Rückzug nachzudenken.", use_model=False)
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Lanz"]


def test_present_participle_before_a_name_is_no_speaker(zt):
    from zitat import extract
    doc = extract("Die Ministerin lobte das Projekt. Einschränkend fügt Lanz hinzu: „Es bleibt viel zu tun.“",
                  use_model=False)
    st = zt.only(doc, "direct")
    assert zt.pieces(doc, st.speaker) == ["Lanz"]


def test_lowercase_age_before_a_noun_is_an_attribute_of_the_speaker(zt):
    from zitat import extract
    doc = extract("Die 58-jährige frühere Ministerin Petra Lanz kündigte an, nicht mehr anzutreten.", use_model=False)
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.speaker) == ["Die 58-jährige frühere Ministerin Petra Lanz"]


def test_a_name_after_a_role_of_several_words(zt):
    doc = zt.extract("„Wir warten auf das Ergebnis“, sagte Chef de Mission Dirk Weber.")
    st = zt.only(doc, "direct")
    assert zt.pieces(doc, st.speaker) == ["Chef de Mission Dirk Weber"]
    assert zt.names(doc, st) == ["Dirk Weber"]


def test_wie_clause_with_an_outlet_in_quotation_marks_frames_the_sentence(zt):
    # the quoted name may open the clause right after "wie" or stand in a hyphen compound
    cases = [("Wie „Radio Nord“ meldet, bleibt die Fähre bis Montag im Hafen.",
              "bleibt die Fähre bis Montag im Hafen", "„Radio Nord“"),
             ("Wie die „Morgenpost“-Redaktion berichtete, wird die Halle abgerissen.",
              "wird die Halle abgerissen", "die „Morgenpost“")]
    for text, quote, speaker in cases:
        doc = zt.extract(text)
        st = zt.only(doc, "indirect")
        assert (zt.quote(doc, st), zt.pieces(doc, st.speaker)) == (quote, [speaker])


def test_the_subject_after_a_month_with_its_year_speaks(zt):
    doc = zt.extract("Zuletzt hatte im März 2019 der Bürgermeister Jan Ott eine Prüfung der Brücke gefordert.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["der Bürgermeister Jan Ott"]
    assert zt.quote(doc, st) == "eine Prüfung der Brücke"


def test_a_bare_surname_before_the_predicate_speaks_after_a_fronted_object(zt):
    doc = zt.extract("Die Entwicklung der Preise verglich Berger mit dem Winter 2008.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["Berger"]
    assert zt.quote(doc, st) == "Die Entwicklung der Preise"


def test_a_second_clause_with_aber_shares_the_subject_of_the_first(zt):
    doc = zt.extract("Die Gewerkschaft lobte den Tarifabschluss, forderte aber mehr Urlaubstage.")
    demanded = next(st for st in doc.statements if st.cue.lemma == "fordern")
    assert demanded.type == "reported"
    assert zt.pieces(doc, demanded.speaker) == ["Die Gewerkschaft"]
    assert zt.quote(doc, demanded) == "mehr Urlaubstage"



def test_a_coordinated_verb_shares_a_subject_in_apposition_after_auch(zt):
    doc = zt.extract("Auch die Vorsitzende des Vereins, Anna Berg, lehnte den Umbau ab und forderte mehr Geld für den Sport.")
    demanded = next(st for st in doc.statements if st.cue.lemma == "fordern")
    assert zt.words(doc, demanded.speaker) == "die Vorsitzende des Vereins, Anna Berg"     # the apposition with it
    assert zt.names(doc, demanded) == ["Anna Berg"]
    assert zt.quote(doc, demanded) == "mehr Geld für den Sport"


def test_a_verb_after_und_keeps_the_subject_before_the_first_verb(zt):
    doc = zt.extract("Doch der Minister Jan Ott sieht das Land als „Spielball der Nachbarn“ und erklärte: "
                     "„Wir zählen nicht auf euch.“")
    st = zt.statement_with(doc, "Wir zählen nicht")
    assert zt.names(doc, st) == ["Jan Ott"]


def test_two_roles_joined_by_und_name_one_speaker_after_the_verb(zt):
    doc = zt.extract("Am Abend erklärte der Sänger und Schauspieler Max Auer, dass er die Tournee absage.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "dass er die Tournee absage"
    assert zt.pieces(doc, st.speaker) == ["der Sänger und Schauspieler Max Auer"]


def test_a_pronoun_before_the_perfect_auxiliary_is_the_speaker(zt):
    doc = zt.extract("Der Verband tagte in Genf. Wir hatten erklärt, dass wir den Familien helfen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass wir den Familien helfen"
    assert zt.pieces(doc, st.speaker) == ["Wir"]


def test_an_unknown_noun_phrase_before_the_perfect_auxiliary_is_the_speaker(zt):
    doc = zt.extract("Die Geber haben angekündigt, die Hilfe für das Land zu verdoppeln.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Hilfe für das Land zu verdoppeln"
    assert zt.pieces(doc, st.speaker) == ["Die Geber"]


def test_a_bare_name_speaks_when_what_was_said_opens_with_a_conditional_clause(zt):
    doc = zt.extract("Berg warnt, falls die Klinik schließe, müssten Patienten weit fahren.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "falls die Klinik schließe, müssten Patienten weit fahren"
    assert zt.pieces(doc, st.speaker) == ["Berg"]


def test_a_word_cut_short_before_und_belongs_to_the_speaker(zt):
    doc = zt.extract("Prüfer des Instituts für Luft- und Raumfahrt, die das Wrack untersuchten, gehen von einem "
                     "Materialfehler aus.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "von einem Materialfehler"
    assert zt.pieces(doc, st.speaker) == ["Prüfer des Instituts für Luft- und Raumfahrt"]


def test_a_present_participle_of_a_particle_verb_is_no_speech_verb(zt):
    doc = zt.extract("Die Geräte sollen die vom Vulkan ausgehenden Gas- und sonstigen Teilchen messen.")
    assert doc.statements == []


def test_a_bare_surname_after_a_fronted_dative_outlet_speaks(zt):
    doc = zt.extract("Einer Zeitung sagte Weber, die Stadt ist gut vorbereitet.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Stadt ist gut vorbereitet"
    assert zt.pieces(doc, st.speaker) == ["Weber"]
@pytest.mark.parametrize("text, quote", [
    ("Die Lage sei ernst, sagte Petra Lanz und fügte hinzu, man müsse jetzt handeln.", "man müsse jetzt handeln"),
    ("„Das Urteil ist falsch“, erklärte Jonas Weber und verwies auf die Berufung.", "auf die Berufung"),
])
def test_verb_after_und_shares_the_subject_of_a_trailing_frame(zt, text, quote):
    # the subject follows the first verb of the frame, not the verb of the reported clause
    doc = zt.extract(text)
    st = zt.statement_with(doc, quote)
    assert st.speaker.text == ("Petra Lanz" if "Lanz" in text else "Jonas Weber")


@pytest.mark.parametrize("text, speaker", [
    ("Die Vereinigung für Wertpapierbesitz ist der Ansicht, dass der Vorstand zurücktreten müsse.",
     "Die Vereinigung für Wertpapierbesitz"),
    ("Die Initiative gegen Fluglärm erklärte, die Nachtflüge müssten enden.", "Die Initiative gegen Fluglärm"),
])
def test_subject_with_a_prepositional_attribute_before_the_verb(zt, text, speaker):
    # the noun right before the verb belongs to the attribute; the subject opens with the article
    st = zt.only(zt.extract(text))
    assert st.speaker.text == speaker


def test_frame_of_a_verb_sharing_an_earlier_subject_starts_at_the_verb(zt):
    # the subject is shared across the first quotation; the second frame does not run back over it
    doc = zt.extract("Petra Lanz erläutert den Plan so: „Wir bauen zuerst die Brücke“, "
                     "und fügt hinzu: „Dann kommt die Straße.“")
    st = zt.statement_with(doc, "Dann kommt die Straße")
    assert st.speaker.text == "Petra Lanz"
    assert st.frame.text == "fügt hinzu"


@pytest.mark.parametrize("text, speaker", [
    ("Die Lage sei ernst, sagte Petra Lanz vom Institut für Astronomie in Hamburg.",
     "Petra Lanz vom Institut für Astronomie in Hamburg"),
    ("Die Lage sei ernst, sagte Jonas Weber vom Büro zur Koordinierung humanitärer Hilfe.",
     "Jonas Weber vom Büro zur Koordinierung humanitärer Hilfe"),
    ("„Die Lage ist ernst“, sagte Petra Lanz vom „Kollektiv Nord“.", "Petra Lanz vom „Kollektiv Nord“"),
])
def test_affiliation_after_vom_keeps_the_whole_name_of_the_institution(zt, text, speaker):
    st = zt.only(zt.extract(text))
    assert st.speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Am Mittwoch empfahl der Kommissar für Erweiterung und europäische Nachbarschaftspolitik Jonas Weber, "
     "Verhandlungen mit Island einzuleiten.",
     "der Kommissar für Erweiterung und europäische Nachbarschaftspolitik Jonas Weber"),
    ("Am Mittwoch erklärte der Minister für Arbeit Jonas Weber, die Renten seien sicher.",
     "der Minister für Arbeit Jonas Weber"),
])
def test_role_with_its_remit_takes_the_name_after_it(zt, text, speaker):
    st = zt.only(zt.extract(text))
    assert st.speaker.text == speaker


@pytest.mark.parametrize("text", [
    "Die Lage sei ernst, sagte Jonas Weber, kanadischer General und Kommandeur des Einsatzes.",
    "Die Lage sei ernst, sagte Jonas Weber, kanadischer General und Kommandeur des Einsatzes am Montag.",
])
def test_apposition_of_two_coordinated_roles(zt, text):
    st = zt.only(zt.extract(text))
    assert st.speaker.text == "Jonas Weber, kanadischer General und Kommandeur des Einsatzes"


def test_title_and_unknown_name_take_the_affiliation_after_vom(zt):
    # a role title before the name marks a person even when the first name is unknown
    st = zt.only(zt.extract("Die Junta werde sich auflösen, sagte General Winai Phattiyakul vom CDRM."))
    assert st.speaker.text == "General Winai Phattiyakul vom CDRM"

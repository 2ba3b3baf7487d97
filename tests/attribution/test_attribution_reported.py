"""Reported speech acts: a verb that names what was said, with its object as the quote."""


def test_lehnt_ab_with_separated_particle(zt):
    doc = zt.extract("Die Regierung lehnt den Plan ab.")
    st = zt.only(doc)
    assert st.type == "reported"
    assert zt.quote(doc, st) == "den Plan"
    assert st.cue.text == "lehnt … ab"
    assert zt.pieces(doc, st.cue) == ["lehnt", "ab"]
    assert st.cue.lemma == "ablehnen"
    assert zt.pieces(doc, st.speaker) == ["Die Regierung"]
    assert zt.names(doc, st) == ["Regierung"]
    [regierung] = zt.speaker_entities(doc, st)
    assert regierung.kind == "organisation"


def test_lehnt_ab_drops_the_trailing_adverb(zt):
    doc = zt.extract("Die Regierung lehnt den Plan der Opposition entschieden ab.")
    st = zt.only(doc)
    assert st.type == "reported"
    assert zt.quote(doc, st) == "den Plan der Opposition"
    assert st.cue.lemma == "ablehnen"
    assert zt.names(doc, st) == ["Regierung"]


def test_place_as_metonymic_speaker(zt):
    doc = zt.extract("Moskau lehnt Truppen aus der Region kategorisch ab.")
    st = zt.only(doc)
    assert st.type == "reported"
    assert zt.quote(doc, st) == "Truppen aus der Region"
    assert st.cue.lemma == "ablehnen"
    assert zt.names(doc, st) == ["Moskau"]


def test_kritisierte_the_decision(zt):
    doc = zt.extract("Innenministerin Petra Lanz kritisierte die Entscheidung.")
    st = zt.only(doc)
    assert st.type == "reported"
    assert zt.quote(doc, st) == "die Entscheidung"
    assert (st.cue.text, st.cue.lemma) == ("kritisierte", "kritisieren")
    assert zt.pieces(doc, st.speaker) == ["Innenministerin Petra Lanz"]
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_kritisierte_skips_a_time_adjunct(zt):
    doc = zt.extract("Innenministerin Petra Lanz kritisierte am Montag die Entscheidung des Gerichts.")
    st = zt.only(doc)
    assert st.type == "reported"
    assert zt.quote(doc, st) == "die Entscheidung des Gerichts"
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_teilte_mit_with_object(zt):
    doc = zt.extract("Die Polizei teilte die Namen der Opfer mit.")
    st = zt.only(doc)
    assert st.type == "reported"
    assert zt.quote(doc, st) == "die Namen der Opfer"
    assert st.cue.text == "teilte … mit"
    assert st.cue.lemma == "mitteilen"
    assert zt.names(doc, st) == ["Polizei"]


def test_machte_deutlich(zt):
    doc = zt.extract("Bürgermeister Jonas Weber machte seine Haltung deutlich.")
    st = zt.only(doc)
    assert st.type == "reported"
    assert zt.quote(doc, st) == "seine Haltung"
    assert st.cue.text == "machte … deutlich"
    assert st.cue.lemma == "deutlich machen"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_wies_zurueck(zt):
    doc = zt.extract("Der Kreml wies die Vorwürfe zurück.")
    st = zt.only(doc)
    assert st.type == "reported"
    assert zt.quote(doc, st) == "die Vorwürfe"
    assert (st.cue.text, st.cue.lemma) == ("wies … zurück", "zurückweisen")
    assert zt.pieces(doc, st.speaker) == ["Der Kreml"]
    assert zt.names(doc, st) == ["Kreml"]
    [kreml] = zt.speaker_entities(doc, st)
    assert kreml.kind == "organisation"


def test_particle_verb_with_dass_clause_is_indirect_not_reported(zt):
    doc = zt.extract("Die Polizei teilte mit, dass die Straße bis Montag gesperrt bleibe.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "dass die Straße bis Montag gesperrt bleibe"
    assert zt.words(doc, st.cue) == "teilte mit"
    assert st.cue.lemma == "mitteilen"
    assert zt.names(doc, st) == ["Polizei"]


def test_reflexive_sich_aeussern_without_content_has_no_reflexive_quote(zt):
    # "äußerte sich am Abend im Landtag" names no content: the quote must not be "sich am Abend …"
    doc = zt.extract("Innenministerin Petra Lanz äußerte sich am Abend im Landtag.")
    zt.none_with(doc, "sich")


def test_talking_with_someone_says_nothing(zt):
    doc = zt.extract("Kommandant Jan Ott sprach mit seiner Frau Anna Ott.")
    assert doc.statements == []


def test_talking_with_someone_about_something_reports_the_topic(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sprach mit Journalisten über die Lage in Kiel.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "über die Lage in Kiel"


def test_a_death_toll_is_no_demand(zt):
    doc = zt.extract("Die Überschwemmungen haben bisher mindestens 35 Todesopfer gefordert.")
    assert doc.statements == []


def test_a_demand_is_reported(zt):
    doc = zt.extract("Die Gewerkschaft Verdi forderte höhere Löhne für alle Beschäftigten.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "höhere Löhne für alle Beschäftigten"


def test_inflected_participle_is_an_adjective_not_a_speech_verb(zt):
    doc = zt.extract("Der Täter wurde mit vorgehaltener Waffe zur Aufgabe gezwungen.")
    assert doc.statements == []


def test_weisen_hin_although_the_dictionary_reads_weisen_as_weise(zt):
    doc = zt.extract("Im Urteil weisen die Richter auf die fehlende Rechtsgrundlage hin.")
    st = zt.only(doc)
    assert st.cue.lemma == "hinweisen"
    assert zt.words(doc, st.speaker) == "die Richter"


def test_passive_with_agent_reports_its_subject(zt):
    doc = zt.extract("Die Pläne des Senats wurden von Bürgermeisterin Anja Roth als unrealistisch bezeichnet.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Pläne des Senats"
    assert zt.words(doc, st.speaker) == "Bürgermeisterin Anja Roth"


def test_a_comparison_after_the_participle_keeps_the_passive(zt):
    doc = zt.extract("Die Stürmerin wurde vom Trainer ebenso gelobt wie die Torhüterin.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Stürmerin"
    assert zt.words(doc, st.speaker) == "Trainer"


def test_stated_reason_with_angeben(zt):
    doc = zt.extract("Als Grund gab die Aufsichtsbehörde die mangelnde Sicherheit der Maschinen an.")
    st = zt.only(doc)
    assert st.type == "reported" and st.cue.lemma == "angeben"


def test_talking_with_someone_after_an_adjunct_is_no_statement(zt):
    doc = zt.extract("Am Abend sprachen die beiden Astronauten sieben Minuten mit ihren Familien.")
    assert doc.statements == []


def test_attributive_participle_before_a_noun_is_no_speech_verb(zt):
    doc = zt.extract("Nicht erklärte Streiks der Lotsen legten am Montag den Flugverkehr lahm.")
    assert zt.statements(doc) == [], zt.describe(doc)


def test_dies_before_a_speech_verb_is_a_pronoun_not_an_article(zt):
    doc = zt.extract("Die Fähre legt am Mittwoch zum ersten Mal ab. Dies gab die Polizei in Kiel bekannt.")
    st = zt.statement_with(doc, "Die Fähre legt")
    assert st.cue.lemma == "bekanntgeben"
    assert zt.pieces(doc, st.speaker) == ["die Polizei"]


def test_finding_or_presenting_something_is_no_statement(zt):
    # "stellte Mängel fest" is a finding, "präsentierte ein Modell" a product launch: nothing was said
    assert zt.extract("Der Prüfer stellte bei der Kontrolle erhebliche Mängel an der Anlage fest.").statements == []
    assert zt.extract("Der Autohersteller präsentierte am Montag sein neues Modell.").statements == []


def test_feststellen_with_a_dass_clause_is_still_indirect_speech(zt):
    doc = zt.extract("Der Prüfer stellte fest, dass die Anlage sicher sei.")
    st = zt.only(doc)
    assert st.type == "indirect" and zt.quote(doc, st) == "dass die Anlage sicher sei"


def test_cancelling_or_recognising_is_no_statement(zt):
    # an event called off, a state recognised: acts, not something said
    assert zt.extract("Der Veranstalter sagte das Konzert in Bremen wegen des Sturms ab.").statements == []
    assert zt.extract("Mehrere Staaten haben die neue Republik bereits anerkannt.").statements == []


def test_speaking_a_prayer_or_a_verdict_says_nothing(zt):
    assert zt.extract("Der Minister sprach am Grab ein kurzes Gebet.").statements == []
    text = "Der Richter hat gestern ein mit Spannung erwartetes Urteil zum Schutz von Daten gesprochen."
    assert zt.extract(text).statements == []


def test_a_new_clause_after_the_speaker_is_no_object(zt):
    text = "Der in dem Zusammenhang angeklagte Arzt Dimitri Kratow wurde in Moskau freigesprochen."
    assert [st for st in zt.extract(text).statements if st.type == "reported"] == []


def test_a_date_with_an_ordinal_dot_does_not_end_the_object(zt):
    doc = zt.extract("Der Wetterdienst warnte am 2. Dezember 2025 vor schweren Stürmen.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "vor schweren Stürmen"


def test_an_estimate_is_reported(zt):
    doc = zt.extract("Die Feuerwehr schätzt den Schaden auf mehrere Millionen Euro.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "schätzen"
    assert zt.quote(doc, st) == "den Schaden auf mehrere Millionen Euro"


def test_a_fronted_object_before_the_verb_is_what_was_judged(zt):
    doc = zt.extract("Die Entscheidung bezeichnete er als falsch.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "Die Entscheidung"
    assert zt.pieces(doc, st.speaker) == ["er"]


def test_a_fronted_adverbial_is_no_object(zt):
    assert zt.extract("Am Abend kündigte er nichts an.").statements == []


def test_verweisen_without_auf_is_no_statement(zt):
    assert zt.extract("Die Regierung hatte die Beobachter des Landes verwiesen.").statements == []


def test_an_adverb_before_the_auf_phrase_is_not_what_was_said(zt):
    doc = zt.extract("Die Ministerin weist selbst auf die neuen Risiken hin.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "auf die neuen Risiken"


def test_something_looming_is_no_threat(zt):
    assert zt.extract("Stürmer Jan Ott droht eine lange Sperre.").statements == []


def test_a_threat_with_mit_is_reported(zt):
    doc = zt.extract("Die Gewerkschaft drohte mit einem unbefristeten Streik.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "mit einem unbefristeten Streik"


def test_the_object_of_vorwerfen_after_the_dative_addressee(zt):
    doc = zt.extract("Die Opposition warf der Regierung Versagen vor.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "Versagen"
    assert zt.pieces(doc, st.addressee) == ["der Regierung"]


def test_werten_als_is_a_reported_judgement(zt):
    doc = zt.extract("Die Gewerkschaft wertet die Einigung als großen Erfolg.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "werten"
    assert zt.quote(doc, st) == "die Einigung als großen Erfolg"


def test_evaluating_data_or_counting_votes_is_no_statement(zt):
    assert zt.extract("Die Polizei wertet die Videos der Kameras aus.").statements == []
    assert zt.extract("Die Jury wertete den Sprung des Athleten nicht.").statements == []


def test_a_fronted_object_with_its_relative_clause(zt):
    doc = zt.extract("Die Zahl der Toten, die gestern geborgen wurden, bezifferte die Polizei mit zwölf.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "Die Zahl der Toten, die gestern geborgen wurden"
    assert zt.pieces(doc, st.speaker) == ["die Polizei"]


def test_wie_angekuendigt_is_a_comment_not_a_statement(zt):
    assert zt.extract("Die Stadt hat wie angekündigt die Gebühren erhöht.").statements == []


def test_bezeichnen_without_als_means_to_denote(zt):
    assert zt.extract("Der Name Ubuntu bezeichnet eine afrikanische Philosophie.").statements == []
    doc = zt.extract("Die Ministerin bezeichnete die Reise in einem Interview mit dem Sender als hilfreich.")
    assert zt.only(doc, "reported").cue.lemma == "bezeichnen"


def test_a_fronted_object_before_an_als_predicate(zt):
    doc = zt.extract("Den Plan der Regierung bezeichnete er als Fehler.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "Den Plan der Regierung"


def test_a_frame_with_a_source_takes_the_speech_act_as_its_content(zt):
    doc = zt.extract("Die Demonstranten forderten laut Polizei den Rücktritt des Ministers.")
    st = zt.only(doc)
    assert st.type == "indirect" and st.cue.lemma == "laut"
    assert zt.pieces(doc, st.speaker) == ["Polizei"]


def test_a_frame_with_a_source_takes_coordinated_speech_acts_of_its_clause(zt):
    doc = zt.extract("Inzwischen hat er laut seinem Anwalt den Diebstahl gestanden und zwei Einbrüche zugegeben.")
    st = zt.only(doc)
    assert st.type == "indirect" and st.cue.lemma == "laut"
    assert zt.pieces(doc, st.speaker) == ["seinem Anwalt"]


def test_a_fronted_agent_of_a_passive_speaks_and_the_passive_subject_was_said(zt):
    doc = zt.extract("Von der Gewerkschaft wurde der Sparplan des Vorstands als unsozial kritisiert.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["der Gewerkschaft"]
    assert zt.quote(doc, st) == "der Sparplan des Vorstands"



def test_a_frame_with_a_source_governs_a_long_clause(zt):
    doc = zt.extract("Laut einer Studie würden sich 70 Prozent der Pendler eine bessere Anbindung an das Netz wünschen.")
    st = zt.only(doc)
    assert st.type == "indirect" and st.cue.lemma == "laut"
    assert zt.pieces(doc, st.speaker) == ["einer Studie"]


def test_a_fronted_object_before_a_named_subject_and_a_coordinated_verb(zt):
    doc = zt.extract("Die Pläne des Senats bezeichnete Jan Ott als überstürzt und sagte, man müsse neu verhandeln.")
    reported = zt.only(doc, "reported")
    assert zt.quote(doc, reported) == "Die Pläne des Senats"
    assert zt.pieces(doc, reported.speaker) == ["Jan Ott"]
    assert zt.names(doc, zt.only(doc, "indirect")) == ["Jan Ott"]


def test_a_phrase_of_time_is_no_fronted_object(zt):
    assert zt.extract("Eine Minute später wehrte der Torwart Jan Ott einen Freistoß ab.").statements == []


def test_a_passive_without_agent_reports_its_subject_with_no_speaker(zt):
    doc = zt.extract("Als Ursache des Ausfalls wurde ein defektes Kabel im Stellwerk genannt.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "ein defektes Kabel im Stellwerk"
    assert st.speaker is None


def test_a_passive_opened_by_its_participle_reports_the_subject_after_the_auxiliary(zt):
    doc = zt.extract("Bemängelt werden zudem die langen Wartezeiten in den Ämtern.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "die langen Wartezeiten in den Ämtern"
    assert st.cue.lemma == "bemängeln" and st.speaker is None


def test_a_warning_in_the_passive_reports_what_was_warned_of_and_whom(zt):
    doc = zt.extract("Die Anwohner wurden vor steigenden Pegeln gewarnt.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "warnen" and st.speaker is None
    assert zt.quote(doc, st) == "vor steigenden Pegeln"
    assert zt.pieces(doc, st.addressee) == ["Die Anwohner"]


def test_an_assumption_in_the_passive_reports_what_is_assumed(zt):
    doc = zt.extract("Im Landkreis wird weiterhin von einer hohen Brandgefahr ausgegangen.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "ausgehen" and st.speaker is None
    assert zt.quote(doc, st) == "von einer hohen Brandgefahr"


def test_a_judgement_in_the_passive_with_bezeichnen_is_a_statement(zt):
    doc = zt.extract("Die Pläne des Senats wurden als überstürzt bezeichnet.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "bezeichnen"
    assert zt.quote(doc, st) == "Die Pläne des Senats"


def test_a_passive_without_agent_reports_a_fronted_subject(zt):
    doc = zt.extract("Die Zahl der beschädigten Häuser wurde mit 120 angegeben.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "Die Zahl der beschädigten Häuser"


def test_an_expectation_in_the_passive_is_no_statement(zt):
    doc = zt.extract("Für den Abend wird ein heftiges Gewitter über der Stadt erwartet.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_a_name_given_in_the_passive_is_no_statement(zt):
    doc = zt.extract("Als Föhn wird ein warmer Fallwind in den Alpen bezeichnet.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_a_benefit_hoped_for_oneself_is_no_statement(zt):
    doc = zt.extract("Von dem neuen Hafen versprechen sich die Händler mehr Kundschaft aus dem Umland.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_granting_rights_with_einraeumen_is_no_statement(zt):
    doc = zt.extract("Die Stadt räumte den Anwohnern besondere Parkrechte ein.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_contesting_a_match_with_bestreiten_is_no_statement(zt):
    doc = zt.extract("Italien bestreitet das Finale am Sonntag in Berlin.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_conceding_with_einraeumen_stays_a_statement(zt):
    doc = zt.extract("Der Trainer räumte am Sonntag Fehler in der Aufstellung ein.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "Fehler in der Aufstellung"


def test_remembering_with_a_reflexive_erinnern_is_no_statement(zt):
    doc = zt.extract("Die Reisenden hatten sich sofort an die Notlandung im Vorjahr erinnert.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_erinnern_reports_its_an_phrase_past_a_time(zt):
    doc = zt.extract("Die Bürgermeisterin erinnerte in ihrer Rede am Freitag an die Opfer der Flut.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "an die Opfer der Flut"


def test_gestanden_of_stehen_in_an_idiom_is_no_confession(zt):
    doc = zt.extract("Der Minister hatte den Abgeordneten stundenlang Rede und Antwort gestanden.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_holding_a_person_with_festhalten_is_no_statement(zt):
    doc = zt.extract("Zwei Passanten hielten die Frau bis zum Eintreffen der Streife fest.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_judging_with_betrachten_als_is_a_statement(zt):
    doc = zt.extract("Die Gewerkschaft betrachtet die Kürzungen als Angriff auf die Belegschaft.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "betrachten"
    assert zt.pieces(doc, st.speaker) == ["Die Gewerkschaft"]


def test_looking_at_with_betrachten_is_no_statement(zt):
    doc = zt.extract("Die Besucher betrachteten lange die Bilder im Museum.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_classifying_with_einstufen_als_is_a_statement(zt):
    doc = zt.extract("Das Landesamt stufte die Gruppe als gewaltbereit ein.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "einstufen"
    assert zt.quote(doc, st) == "die Gruppe"


def test_blaming_with_verantwortlich_machen_is_a_statement(zt):
    doc = zt.extract("Die Anwohner machen die Stadtwerke für den Ausfall verantwortlich.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "verantwortlich machen"


def test_comparing_with_vergleichen_mit_is_a_statement(zt):
    doc = zt.extract("Der Minister verglich die Lage mit der Krise von 2008.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "vergleichen"
    assert zt.quote(doc, st) == "die Lage mit der Krise von 2008"


def test_a_date_in_apposition_before_the_object_of_a_particle_verb(zt):
    doc = zt.extract("Das Gericht gab am Dienstag, dem 4. Juni, die Verschiebung des Prozesses bekannt.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "bekanntgeben"
    assert zt.quote(doc, st) == "die Verschiebung des Prozesses"


def test_vergleichen_with_a_fronted_object(zt):
    doc = zt.extract("Die Lage verglich der Minister mit der Krise von 2008.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "Die Lage"
    assert zt.pieces(doc, st.speaker) == ["der Minister"]


def test_reacting_to_something_is_no_statement(zt):
    doc = zt.extract("Die Stadt reagierte auf die Beschwerden der Anwohner mit neuen Ampeln.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_reacting_with_quoted_words_stays_a_quote(zt):
    doc = zt.extract("Der Trainer reagierte gelassen: „Wir schauen nur auf uns.“")
    st = zt.only(doc)
    assert st.type == "direct" and zt.pieces(doc, st.speaker) == ["Der Trainer"]


def test_reacting_with_sharp_words_is_a_statement(zt):
    doc = zt.extract("Nach dem Gipfel reagiert die Regierung mit scharfen Worten.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "reagieren"


def test_passive_after_a_fronted_adverb_reports_the_subject_after_the_auxiliary(zt):
    doc = zt.extract("Dabei wird die Gruppe vom Verfassungsschutz als extremistisch eingestuft.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "die Gruppe"
    assert zt.names(doc, st) == ["Verfassungsschutz"]


def test_a_shown_attitude_with_an_object_is_no_statement(zt):
    doc = zt.extract("Die Veranstalter des Stadtfests zeigten sich mit der Zahl der Besucher zufrieden.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_a_hope_with_an_object_is_no_statement(zt):
    doc = zt.extract("Der Verein hofft auf einen Sieg im letzten Heimspiel der Saison.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_a_hope_with_a_dass_clause_is_still_indirect_thought(zt):
    doc = zt.extract("Der Trainer hofft, dass die Mannschaft im letzten Heimspiel gewinnt.")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == "dass die Mannschaft im letzten Heimspiel gewinnt"


def test_a_speech_act_that_did_not_happen_is_no_statement(zt):
    doc = zt.extract("Die Polizei gab den Namen des Opfers am Abend nicht bekannt.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_a_confession_that_was_not_made_is_no_statement(zt):
    doc = zt.extract("Der Angeklagte hat den Einbruch bis heute nicht gestanden.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_no_comment_by_a_phrasal_speech_verb_is_no_statement(zt):
    doc = zt.extract("Der Vorstand der Reederei wollte zu den Vorwürfen der Gewerkschaft keine Stellung nehmen.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_no_comment_after_the_verb_is_no_statement(zt):
    doc = zt.extract("Der Verein nahm zu den Vorwürfen der Fans keine Stellung.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_a_comment_by_a_phrasal_speech_verb_is_a_statement(zt):
    doc = zt.extract("Der Verein nahm zu den Vorwürfen der Fans Stellung.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "den Vorwürfen der Fans"


def test_not_excluding_something_is_still_a_statement(zt):
    doc = zt.extract("Der Bürgermeister schloss einen Rücktritt nicht aus.")
    st = zt.only(doc, "reported")
    assert zt.quote(doc, st) == "einen Rücktritt"


def test_an_order_with_only_an_object_is_no_statement(zt):
    doc = zt.extract("Der Landrat ordnete am Morgen die Räumung der Siedlung an.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_a_motion_with_only_an_object_is_no_statement(zt):
    doc = zt.extract("Die Staatsanwaltschaft beantragte die Verlängerung der Untersuchungshaft.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_an_order_with_a_dass_clause_is_still_indirect(zt):
    doc = zt.extract("Der Landrat ordnete an, dass alle Schulen am Montag geschlossen bleiben.")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == "dass alle Schulen am Montag geschlossen bleiben"


def test_quoted_words_in_the_object_belong_to_the_speech_act(zt):
    doc = zt.extract("Die Stiftung verlangte eine Prüfung der „verschwundenen Akten“ im Archiv.")
    act = zt.only(doc, "reported")
    assert zt.quote(doc, act) == "eine Prüfung der „verschwundenen Akten“ im Archiv"
    assert zt.pieces(doc, act.speaker) == ["Die Stiftung"]
    quoted = zt.only(doc, "direct")
    assert zt.quote(doc, quoted) == "verschwundenen Akten"
    assert quoted.cue.text == act.cue.text == "verlangte"


def test_an_object_opened_by_quoted_words_goes_on_after_them(zt):
    doc = zt.extract("Der Verband berichtete von „großen Schäden“ an den Deichen.")
    act = zt.only(doc, "reported")
    assert zt.quote(doc, act) == "von „großen Schäden“ an den Deichen"
    assert zt.quote(doc, zt.only(doc, "direct")) == "großen Schäden"


def test_a_quoted_name_in_the_object_is_not_quoted_words(zt):
    doc = zt.extract("Der Bericht nennt „Telegram“ in mehreren Ländern.")
    assert not zt.statements(doc, "reported")


def test_naming_itself_with_a_quoted_name_is_no_statement(zt):
    doc = zt.extract("Im nächsten Jahr nennt sie sich „kunstmesse 5“ und beginnt im Mai.")
    assert not zt.statements(doc)


def test_quoted_words_that_are_the_whole_object_are_only_a_quote(zt):
    doc = zt.extract("Die Ministerin sprach von einem „gefährlichen Spiel“.")
    st = zt.only(doc)
    assert st.type == "direct" and zt.quote(doc, st) == "gefährlichen Spiel"


def test_calling_someone_quoted_words_reports_whom_and_quotes_the_words(zt):
    doc = zt.extract("Die Ministerin nannte ihn einen „wahren Freund der Stadt“.")
    assert zt.quote(doc, zt.only(doc, "reported")) == "ihn einen „wahren Freund der Stadt“"
    assert zt.quote(doc, zt.only(doc, "direct")) == "wahren Freund der Stadt"


def test_citing_an_example_with_anfuehren_is_a_statement(zt):
    doc = zt.extract("Als Beispiel führte die Ministerin die Schließung des Hallenbads an.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "anführen"
    assert zt.quote(doc, st) == "die Schließung des Hallenbads"


def test_leading_the_table_with_anfuehren_is_no_statement(zt):
    doc = zt.extract("Der FC Lindau führt die Tabelle mit zwölf Punkten an.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_attributing_a_cause_with_zuschreiben_is_a_statement(zt):
    doc = zt.extract("Der Trainer schreibt den Erfolg vor allem der langen Vorbereitung zu.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "zuschreiben" and zt.pieces(doc, st.cue) == ["schreibt", "zu"]
    assert zt.pieces(doc, st.speaker) == ["Der Trainer"]


def test_a_fronted_von_phrase_of_an_impersonal_passive_of_sprechen_is_what_was_said(zt):
    doc = zt.extract("Von einer gezielten Kampagne gegen den Verein wird gesprochen.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "sprechen" and st.speaker is None
    assert zt.quote(doc, st) == "Von einer gezielten Kampagne gegen den Verein"


def test_talking_about_something_in_the_passive_is_no_statement(zt):
    doc = zt.extract("Über den Plan wurde im Rat lange gesprochen.")
    assert not [st for st in doc.statements if st.type == "reported"]


def test_an_estimate_as_source_of_a_reported_figure(zt):
    doc = zt.extract("Eine neue Schätzung beziffert den Schaden auf zwei Millionen Euro.")
    st = zt.only(doc, "reported")
    assert zt.pieces(doc, st.speaker) == ["Eine neue Schätzung"]


def test_the_verbs_own_mit_phrase_is_the_object_not_an_adjunct(zt):
    doc = zt.extract("Der Vermieter hatte mit einer Räumung der Wohnung gedroht.")
    st = zt.only(doc, "reported")
    assert st.cue.lemma == "drohen"
    assert zt.quote(doc, st) == "mit einer Räumung der Wohnung"


def test_a_reported_object_stops_before_a_second_speech_act(zt):
    doc = zt.extract("Der Verband attackierte den neuen Präsidenten scharf und bezeichnete ihn als Lügner.")
    assert [zt.quote(doc, st) for st in zt.statements(doc, "reported")] == ["den neuen Präsidenten", "ihn als Lügner"]


def test_eingehen_without_auf_is_no_speech_act(zt):
    # "ging auf die Frage ein" addresses it; "will ein Joint Venture eingehen" enters into it
    doc = zt.extract("Die Firma will nach eigenen Angaben weitere Partnerschaften eingehen.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Die Firma will … weitere Partnerschaften eingehen"


def test_a_fronted_subject_with_der_is_no_reported_object(zt):
    doc = zt.extract("Der Großbrand in einer Lagerhalle fordert seit Freitag die Feuerwehr der Stadt.")
    assert zt.statements(doc, "reported") == []

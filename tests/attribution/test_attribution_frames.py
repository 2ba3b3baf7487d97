"""Attribution without a speech verb: "laut X", "X zufolge", "nach Angaben von X", "nach
Polizeiangaben", ", so X"."""
import pytest


def test_laut_polizei(zt):
    doc = zt.extract("Laut Polizei wurden bei dem Unfall drei Menschen verletzt.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "wurden bei dem Unfall drei Menschen verletzt"
    assert zt.pieces(doc, st.cue) == ["Laut"]
    assert st.cue.lemma == "laut"
    assert zt.pieces(doc, st.speaker) == ["Polizei"]
    assert zt.names(doc, st) == ["Polizei"]
    [polizei] = zt.speaker_entities(doc, st)
    assert polizei.kind == "organisation"


def test_laut_in_the_middle_of_the_sentence(zt):
    doc = zt.extract("Bei dem Unfall wurden laut Polizei drei Menschen verletzt.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.pieces(doc, st.quote) == ["Bei dem Unfall wurden", "drei Menschen verletzt"]
    assert st.cue.lemma == "laut"
    assert zt.names(doc, st) == ["Polizei"]


def test_agency_zufolge_after_the_content(zt):
    doc = zt.extract("Der Hafen bleibt bis Freitag geschlossen, der Agentur Reuters zufolge.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Der Hafen bleibt bis Freitag geschlossen"
    assert (zt.pieces(doc, st.cue), st.cue.lemma) == (["zufolge"], "zufolge")
    assert zt.pieces(doc, st.speaker) == ["der Agentur Reuters"]
    assert zt.names(doc, st) == ["Reuters"]
    [reuters] = zt.speaker_entities(doc, st)
    assert reuters.kind == "outlet"


def test_agency_zufolge_at_the_start(zt):
    doc = zt.extract("Der Agentur Reuters zufolge bleibt der Hafen bis Freitag geschlossen.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "bleibt der Hafen bis Freitag geschlossen"
    assert zt.names(doc, st) == ["Reuters"]


def test_nach_angaben_der_feuerwehr(zt):
    doc = zt.extract("Nach Angaben der Feuerwehr brach das Feuer im Keller aus.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "brach das Feuer im Keller aus"
    assert zt.words(doc, st.cue) == "Nach Angaben"
    assert st.cue.lemma == "nach Angaben"
    assert zt.pieces(doc, st.speaker) == ["der Feuerwehr"]
    assert zt.names(doc, st) == ["Feuerwehr"]
    [feuerwehr] = zt.speaker_entities(doc, st)
    assert feuerwehr.kind == "organisation"


def test_nach_angaben_von_a_person(zt):
    doc = zt.extract("Nach Angaben von Bürgermeister Jonas Weber kostet die Brücke zwölf Millionen Euro.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "kostet die Brücke zwölf Millionen Euro"
    assert zt.pieces(doc, st.speaker) == ["Bürgermeister Jonas Weber"]
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_nach_polizeiangaben(zt):
    doc = zt.extract("Nach Polizeiangaben wurden zwei Männer festgenommen.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "wurden zwei Männer festgenommen"
    assert zt.words(doc, st.cue) == "Nach Polizeiangaben"
    assert zt.pieces(doc, st.speaker) == ["Polizeiangaben"]
    assert zt.names(doc, st) == ["Polizei"]
    [polizei] = zt.speaker_entities(doc, st)
    assert polizei.kind == "organisation"


def test_nach_polizeiangaben_and_laut_polizei_are_one_entity(zt):
    doc = zt.extract("Nach Polizeiangaben wurden zwei Männer festgenommen. "
                     "Laut Polizei waren beide bereits vorbestraft.")
    first, second = doc.statements
    assert zt.names(doc, first) == zt.names(doc, second) == ["Polizei"]
    assert first.speaker.entities == second.speaker.entities


def test_so_die_ministerin(zt):
    doc = zt.extract("Innenministerin Petra Lanz besuchte am Montag die Leitstelle. "
                     "Die Einsatzkräfte hätten hervorragende Arbeit geleistet, so die Ministerin.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Die Einsatzkräfte hätten hervorragende Arbeit geleistet"
    assert (zt.pieces(doc, st.cue), st.cue.lemma) == (["so"], "so")
    assert zt.pieces(doc, st.speaker) == ["die Ministerin"]
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_so_with_a_name(zt):
    doc = zt.extract("Die Brücke werde im Mai fertig, so Bürgermeister Jonas Weber.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Die Brücke werde im Mai fertig"
    assert zt.pieces(doc, st.speaker) == ["Bürgermeister Jonas Weber"]
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_laut_aussage_der_stadt(zt):
    doc = zt.extract("Das hätte nicht passieren dürfen, laut Aussage der Stadt.")
    st = zt.only(doc)
    assert st.cue.lemma == "laut Aussage"
    assert zt.names(doc, st) == ["Stadt"]


def test_own_account_frame_names_the_subject(zt):
    doc = zt.extract("Die Feuerwehr war nach eigenen Angaben mit 80 Kräften im Einsatz.")
    st = zt.only(doc)
    assert zt.names(doc, st) == ["Feuerwehr"]
    assert zt.pieces(doc, st.quote) == ["Die Feuerwehr war", "mit 80 Kräften im Einsatz"]


def test_genitive_organisation_gets_its_base_name(zt):
    doc = zt.extract("Nach Angaben des Konzerns wurden 300 Stellen gestrichen.")
    assert zt.names(doc, zt.only(doc)) == ["Konzern"]


def test_heisst_es_in_a_statement_of_an_organisation(zt):
    doc = zt.extract("Die Lage sei ernst, heißt es in einer Mitteilung der Polizei.")
    st = zt.only(doc)
    assert (st.type, zt.words(doc, st.cue), zt.quote(doc, st)) == ("indirect", "heißt es", "Die Lage sei ernst")
    assert zt.words(doc, st.via) == "in einer Mitteilung der Polizei"
    assert zt.names(doc, st) == ["Polizei"]


def test_source_phrase_opening_the_clause_before_heisst_es(zt):
    doc = zt.extract("In einem Papier des Ministeriums heißt es, die Regeln hätten sich bewährt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Regeln hätten sich bewährt"
    assert zt.words(doc, st.via) == "In einem Papier des Ministeriums"
    assert zt.names(doc, st) == ["Ministerium"]


def test_laut_with_a_quoted_title_as_source(zt):
    doc = zt.extract("Laut „Kieler Rundschau“ bleibt die Brücke bis Mai gesperrt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "bleibt die Brücke bis Mai gesperrt"
    assert zt.pieces(doc, st.speaker) == ["„Kieler Rundschau“"]


def test_so_frame_with_time_and_place_after_the_source(zt):
    doc = zt.extract("Die Brücke bleibe bis Mai gesperrt, so der Bürgermeister am Montag in Kiel.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Brücke bleibe bis Mai gesperrt"
    assert zt.pieces(doc, st.speaker) == ["der Bürgermeister"]
    assert zt.pieces(doc, st.frame) == ["so der Bürgermeister am Montag in Kiel"]


def test_so_frame_with_weiter(zt):
    doc = zt.extract("Die Brücke bleibe bis Mai gesperrt, so Weber weiter.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Brücke bleibe bis Mai gesperrt"
    assert zt.pieces(doc, st.speaker) == ["Weber"]


def test_so_as_conjunction_is_no_frame(zt):
    doc = zt.extract("Es regnete stark, so dass die Brücke gesperrt wurde.")
    assert doc.statements == []


def test_postposed_nach_takes_the_speaker_of_the_paragraph(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, die Brücke sei marode. Seiner Meinung nach hätte "
                     "die Stadt früher handeln müssen.")
    st = doc.statements[-1]
    assert zt.quote(doc, st) == "hätte die Stadt früher handeln müssen"
    assert zt.pieces(doc, st.frame) == ["Seiner Meinung nach"]
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_wonach_gives_the_reports_as_source(zt):
    doc = zt.extract("Die Stadt wies Berichte der Kieler Zeitung zurück, wonach die Brücke einsturzgefährdet sei.")
    st = next(s for s in doc.statements if s.cue is not None and s.cue.text == "wonach")
    assert zt.quote(doc, st) == "die Brücke einsturzgefährdet sei"
    assert zt.pieces(doc, st.speaker) == ["Berichte der Kieler Zeitung"]


def test_nach_with_two_attributes_before_its_noun(zt):
    doc = zt.extract("Die Firma soll nach einem achtseitigen internen Bericht des Angestellten doppelt kassiert haben.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Die Firma soll", "doppelt kassiert haben"]
    assert zt.pieces(doc, st.speaker) == ["des Angestellten"]


def test_semicolon_ends_a_frames_content(zt):
    doc = zt.extract("Laut Presseberichten ist der Mann heute 24 Jahre alt; demnach wäre er 2008 erst 16 gewesen.")
    quotes = [zt.quote(doc, st) for st in doc.statements]
    assert quotes == ["ist der Mann heute 24 Jahre alt", "wäre er 2008 erst 16 gewesen"]
    assert [st.cue.text for st in doc.statements] == ["Laut", "demnach"]


def test_parenthetical_so_frame_keeps_the_content_on_both_sides(zt):
    doc = zt.extract("Das Problem sei vielmehr, so Bürgermeister Jonas Weber, dass die Brücke zu alt sei.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Das Problem sei vielmehr", "dass die Brücke zu alt sei"]
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_nach_einer_studie_with_its_source(zt):
    doc = zt.extract("Nach einer Studie der Universität Kiel gehen nur 30 Prozent der Kinder zu Fuß zur Schule.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "gehen nur 30 Prozent der Kinder zu Fuß zur Schule"
    assert zt.pieces(doc, st.speaker) == ["der Universität Kiel"]


def test_nach_einer_erklaerung_without_source_means_after(zt):
    doc = zt.extract("Der Termin wurde nach einer Erklärung verschoben. Nach der Unabhängigkeitserklärung kam es zu Unruhen.")
    assert doc.statements == []


def test_so_frame_over_reported_speech_holding_quoted_words(zt):
    doc = zt.extract("Die Retter hätten „unter großem Druck gearbeitet“, so Bürgermeister Jonas Weber.")
    indirect = zt.only(doc, "indirect")
    assert zt.quote(doc, indirect) == "Die Retter hätten „unter großem Druck gearbeitet“"
    direct = zt.only(doc, "direct")
    assert zt.quote(doc, direct) == "unter großem Druck gearbeitet"
    assert zt.names(doc, direct) == zt.names(doc, indirect) == ["Jonas Weber"]


def test_speech_noun_announces_its_content(zt):
    doc = zt.extract("Jonas Weber unterstützt die Forderungen der Gewerkschaft Verdi, die Werft zu erhalten, "
                     "allerdings nur halb.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Werft zu erhalten"
    assert st.cue.text == "Forderungen"
    assert zt.pieces(doc, st.speaker) == ["der Gewerkschaft Verdi"]


def test_speech_noun_without_source_leaves_the_speaker_open(zt):
    doc = zt.extract("Der Vorwurf, er habe Geld veruntreut, wiegt schwer.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "er habe Geld veruntreut"
    assert st.speaker is None


def test_speech_noun_after_its_verb_keeps_a_relative_clause_of_the_content(zt):
    doc = zt.extract("Von der Feuerwehr kam die Information, es handele sich um Kinder aus Lübeck, die am Strand "
                     "gezeltet hätten.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "es handele sich um Kinder aus Lübeck, die am Strand gezeltet hätten"


def test_speech_noun_after_its_verb_keeps_a_further_reported_clause(zt):
    doc = zt.extract("Die Behörde hegt den Verdacht, der Wirt könnte Steuern hinterzogen haben, dabei soll ihm "
                     "ein Freund geholfen haben.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == ("der Wirt könnte Steuern hinterzogen haben, dabei soll ihm ein Freund "
                                 "geholfen haben")


def test_speech_noun_with_a_relative_clause_is_no_statement(zt):
    doc = zt.extract("Die Kritik, die er am Montag äußerte, war laut.")
    assert all(zt.quote(doc, st) != "die er am Montag äußerte" for st in doc.statements)


def test_laut_a_web_address(zt):
    doc = zt.extract("Laut kiel-news.de wurde die Brücke am Morgen gesperrt.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "kiel-news.de"
    assert zt.quote(doc, st) == "wurde die Brücke am Morgen gesperrt"


def test_laut_a_hyphenated_report(zt):
    doc = zt.extract("In der Region gibt es laut UN-Bericht kaum noch sauberes Wasser.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "UN-Bericht"


def test_laut_reports_without_a_named_source(zt):
    doc = zt.extract("Seit Montag sind laut Medienberichten mindestens vierzig Menschen getötet worden.")
    st = zt.only(doc)
    assert zt.words(doc, st.cue) == "laut Medienberichten"
    assert zt.quote(doc, st).startswith("Seit Montag sind")


def test_laut_as_an_adjective_is_no_frame(zt):
    doc = zt.extract("Die Musik war laut und die Nachbarn riefen die Polizei.")
    assert doc.statements == []


def test_nach_a_study_without_a_named_source(zt):
    doc = zt.extract("Nach einer schwedischen Studie verdoppelt Lärm das Risiko für Herzkrankheiten.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "verdoppelt Lärm das Risiko für Herzkrankheiten"


def test_dem_vernehmen_nach(zt):
    doc = zt.extract("Dem Vernehmen nach will der Trainer den Verein im Sommer verlassen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "will der Trainer den Verein im Sommer verlassen"


def test_quoted_title_after_the_source_of_a_nach_frame(zt):
    doc = zt.extract("Nach Angaben des Magazins „Der Kompass“ sei die Lage im Hafen ernst.")
    st = zt.only(doc)
    assert zt.words(doc, st.frame) == "Nach Angaben des Magazins „Der Kompass“"
    assert zt.quote(doc, st) == "sei die Lage im Hafen ernst"


def test_nach_denen_after_reports_works_like_wonach(zt):
    doc = zt.extract("Es gibt Gerüchte, nach denen der Trainer den Verein verlässt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "der Trainer den Verein verlässt"
    assert zt.words(doc, st.speaker) == "Gerüchte"


def test_speech_noun_befehl_announces_its_content(zt):
    doc = zt.extract("Der Präsident erteilte der Armee den Befehl, den Flughafen zu räumen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "den Flughafen zu räumen"


def test_coordinated_sources_of_a_frame(zt):
    doc = zt.extract("Laut Polizei und Feuerwehr brannte das Haus vollständig aus.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Polizei und Feuerwehr"
    assert zt.quote(doc, st) == "brannte das Haus vollständig aus"


def test_nach_dem_as_an_article_after_a_comma_is_no_frame(zt):
    doc = zt.extract("Nur Tage später, nach dem vierten Jahrestag der Unabhängigkeit, flammten die Unruhen auf.")
    assert doc.statements == []


def test_nach_dem_after_an_agreement_is_no_frame(zt):
    doc = zt.extract("Es gibt ein Abkommen mit Sachsen, nach dem dort Müll entsorgt wird.")
    assert doc.statements == []


def test_quoted_words_after_a_frames_source_stay_quoted_speech(zt):
    doc = zt.extract("Der Fall wird nach Angaben der Staatsanwaltschaft Kiel „ganz besonders sorgfältig“ geprüft.")
    indirect = zt.only(doc, "indirect")
    assert zt.words(doc, indirect.frame) == "nach Angaben der Staatsanwaltschaft Kiel"
    assert "„ganz besonders sorgfältig“" in zt.quote(doc, indirect)


def test_a_noun_after_a_nach_frame_is_no_genitive_source(zt):
    doc = zt.extract("Das Beben soll nach ersten Meldungen Schäden an mehreren Gebäuden verursacht haben.")
    st = zt.only(doc)
    assert zt.words(doc, st.frame) == "nach ersten Meldungen"


def test_frame_source_takes_its_place_and_apposition(zt):
    doc = zt.extract("Nach Angaben des Bürgermeisters von Neustadt, Jonas Weber, kostet die Brücke zwölf Millionen Euro.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "kostet die Brücke zwölf Millionen Euro"
    assert zt.pieces(doc, st.speaker) == ["des Bürgermeisters von Neustadt, Jonas Weber"]
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_frame_source_takes_a_second_genitive_and_a_date(zt):
    doc = zt.extract("Nach Informationen der Verwaltung der Stadt Lyon vom Dienstag bleibt das Museum geschlossen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "bleibt das Museum geschlossen"
    assert zt.pieces(doc, st.speaker) == ["der Verwaltung der Stadt Lyon vom Dienstag"]


def test_frame_in_the_middle_leaves_the_agent_of_a_passive(zt):
    doc = zt.extract("Die Brücke wurde nach Angaben der Stadtverwaltung von zwei Firmen gebaut.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Die Brücke wurde", "von zwei Firmen gebaut"]
    assert zt.pieces(doc, st.speaker) == ["der Stadtverwaltung"]


def test_frame_in_the_middle_leaves_a_place_of_the_event(zt):
    doc = zt.extract("Der Verdächtige wurde nach Angaben der Polizei im weiten Umkreis gesucht.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Der Verdächtige wurde", "im weiten Umkreis gesucht"]


def test_fronted_frame_with_a_relative_clause_on_its_source(zt):
    doc = zt.extract("Nach Angaben der Behörden, die sich nicht überprüfen lassen, starben zwölf Menschen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "starben zwölf Menschen"
    assert zt.pieces(doc, st.speaker) == ["der Behörden"]


def test_laut_a_report_with_a_participle_before_its_noun(zt):
    doc = zt.extract("Laut einer am Montag veröffentlichten Studie der Universität Bonn schlafen Jugendliche zu wenig.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "schlafen Jugendliche zu wenig"
    assert zt.pieces(doc, st.speaker) == ["einer am Montag veröffentlichten Studie der Universität Bonn"]


def test_quoted_name_inside_a_frames_source_is_no_quote(zt):
    doc = zt.extract("Nach Angaben eines Sprechers von „Ärzte ohne Grenzen“ fehlen in der Stadt Medikamente.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "fehlen in der Stadt Medikamente"
    assert zt.pieces(doc, st.speaker) == ["eines Sprechers von „Ärzte ohne Grenzen“"]


def test_zufolge_after_the_genitive_or_date_of_the_source_noun(zt):
    doc = zt.extract("Einer Mitteilung vom Montag zufolge bleibt das Museum geschlossen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "bleibt das Museum geschlossen"
    assert zt.pieces(doc, st.speaker) == ["Einer Mitteilung vom Montag"]
    doc = zt.extract("Berichten mehrerer Zeitungen zufolge tritt der Trainer zurück.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "tritt der Trainer zurück"
    assert zt.pieces(doc, st.speaker) == ["Berichten mehrerer Zeitungen"]


def test_nach_frame_with_a_possessive_or_bare_genitive_source(zt):
    doc = zt.extract("Nach Angaben seines Anwalts ist der Mann unschuldig.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "ist der Mann unschuldig"
    assert zt.pieces(doc, st.speaker) == ["seines Anwalts"]
    doc = zt.extract("Der Vertrag muss nach Auffassung Frankreichs geändert werden.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Der Vertrag muss", "geändert werden"]
    assert zt.names(doc, st) == ["Frankreich"]


def test_frame_in_a_relative_clause_attributes_that_clause(zt):
    doc = zt.extract("Die Polizei fand eine Tasche, die laut dem Besitzer eine Bombe enthalten sollte, im Keller.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["die", "eine Bombe enthalten sollte"]
    assert zt.names(doc, st) == ["Besitzer"]


def test_frame_in_a_causal_clause_attributes_that_clause(zt):
    doc = zt.extract("Der Zug kam zu spät, weil nach Angaben der Bahn ein Signal ausgefallen war.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["weil", "ein Signal ausgefallen war"]


def test_frame_clause_runs_past_a_list_and_a_nested_relative_clause(zt):
    doc = zt.extract("Er leitet ein Institut, das laut Polizei viele Häuser, die nicht sicher sind, ohne Prüfung "
                     "abgenommen hat, und lebt in Tokio.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["das", "viele Häuser, die nicht sicher sind, ohne Prüfung abgenommen hat"]


def test_frame_after_a_conjunction_attributes_its_main_clause(zt):
    doc = zt.extract("Der Flughafen ist wieder offen, jedoch ist laut Polizei unklar, wann die Flüge starten.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["jedoch ist", "unklar, wann die Flüge starten"]


def test_frame_after_a_fronted_subordinate_clause_takes_the_sentence(zt):
    doc = zt.extract("Als die Feuerwehr eintraf, stand das Haus laut Zeugen bereits in Flammen.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Als die Feuerwehr eintraf, stand das Haus", "bereits in Flammen"]


def test_nach_a_compound_frame_noun_after_an_article(zt):
    doc = zt.extract("Bei dem Brand sind nach den Polizeiangaben drei Menschen gestorben.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Bei dem Brand sind", "drei Menschen gestorben"]
    assert zt.words(doc, st.cue) == "nach den Polizeiangaben"
    doc = zt.extract("Nach einem Fernsehbericht des Senders Arte ist der Minister zurückgetreten.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "ist der Minister zurückgetreten"
    assert zt.pieces(doc, st.speaker) == ["des Senders Arte"]


def test_nach_a_name_in_the_genitive_before_the_frame_noun(zt):
    doc = zt.extract("Nach Kowalskis Meinung sollten Manager für Verluste haften.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "sollten Manager für Verluste haften"
    assert zt.pieces(doc, st.speaker) == ["Kowalskis"]
    assert zt.names(doc, st) == ["Kowalski"]


def test_nach_a_plan_or_the_state_of_the_investigation(zt):
    doc = zt.extract("Nach dem Stand der Ermittlungen war der Fahrer betrunken.")
    assert zt.quote(doc, zt.only(doc)) == "war der Fahrer betrunken"
    doc = zt.extract("Nach dem Plan der Regierung sollen alle Schulen renoviert werden.")
    assert zt.quote(doc, zt.only(doc)) == "sollen alle Schulen renoviert werden"


def test_nach_plan_without_a_source_means_on_schedule(zt):
    doc = zt.extract("Der Bau verläuft nach Plan und endet im Mai.")
    assert zt.statements(doc) == []


def test_a_frames_source_with_a_season_and_year(zt):
    doc = zt.extract("Nach einem Bericht des Ministeriums vom Sommer 2011 fehlen tausend Lehrer.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "fehlen tausend Lehrer"


def test_speech_noun_with_a_possessive_source_and_its_apposition(zt):
    doc = zt.extract("Trotz der Ankündigung ihres Trainers, Jonas Weber, den Verein zu verlassen, gewann die Mannschaft.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "den Verein zu verlassen"
    assert zt.pieces(doc, st.speaker) == ["ihres Trainers, Jonas Weber"]


def test_speech_nouns_of_theories_and_hopes_announce_their_content(zt):
    doc = zt.extract("Biologen stellten vor Jahren die Theorie auf, dass die Tiere ihre Rollen tauschen.")
    assert zt.quote(doc, zt.only(doc)) == "dass die Tiere ihre Rollen tauschen"
    doc = zt.extract("Der Bericht endet mit der Hoffnung, dass die Kämpfe bald aufhören könnten.")
    assert zt.quote(doc, zt.only(doc)) == "dass die Kämpfe bald aufhören könnten"


def test_zufolge_leaves_the_finite_verb_before_its_source(zt):
    doc = zt.extract("Am Samstag starben Medienberichten zufolge fünf Menschen.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Am Samstag starben", "fünf Menschen"]
    assert zt.pieces(doc, st.speaker) == ["Medienberichten"]
    doc = zt.extract("Die Firma wächst offiziellen Angaben zufolge schnell.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["offiziellen Angaben"]


def test_parenthetical_so_frame_within_a_clause(zt):
    doc = zt.extract("Alles in allem sei es für alle Parteien, so der Bericht, möglich gewesen, frei zu werben.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Alles in allem sei es für alle Parteien", "möglich gewesen, frei zu werben"]
    doc = zt.extract("In wenigen Jahren, so der Vorstand, wird die Firma ein neues Auto bauen.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["In wenigen Jahren", "wird die Firma ein neues Auto bauen"]


def test_so_frame_with_an_apposition_after_the_source(zt):
    doc = zt.extract("Die Schule bleibe offen, so Anna Berg, die Leiterin der Behörde.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Schule bleibe offen"


def test_parenthetical_so_with_a_speech_verb(zt):
    doc = zt.extract("Der Grund für den Rücktritt, so vermutet die Zeitung, dürfte der Streit gewesen sein.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Der Grund für den Rücktritt", "dürfte der Streit gewesen sein"]


def test_nach_after_a_time_means_after(zt):
    doc = zt.extract("Zwei Monate nach dem Urteil des Gerichts in Leipzig liegt nun die Begründung vor.")
    assert not any(s.cue and s.cue.text.lower().startswith("nach") for s in doc.statements)
    doc = zt.extract("Erst nach umfangreichen Ermittlungen war genug Material beisammen.")
    assert zt.statements(doc) == []


def test_speech_noun_in_the_clause_of_its_holder(zt):
    doc = zt.extract("Die Staatsanwaltschaft hegt den Verdacht, der Bürgermeister könnte Geld veruntreut haben.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "der Bürgermeister könnte Geld veruntreut haben"
    assert zt.pieces(doc, st.speaker) == ["Die Staatsanwaltschaft"]


def test_speech_noun_in_a_fronted_phrase_has_no_holder(zt):
    doc = zt.extract("Trotz der Warnung, nicht zu schießen, floh der Mann.")
    st = zt.only(doc)
    assert st.speaker is None


def test_a_hyphenated_compound_names_its_source_and_takes_no_von_phrase(zt):
    doc = zt.extract("Die Firma Nordtec ist nach NDR-Recherchen von einem Datenleck betroffen.")
    st = zt.only(doc, "indirect")
    assert zt.names(doc, st) == ["NDR"]
# --- a frame nested in a speech verb's statement, or holding it: two statements ----------------------

def test_frame_inside_the_content_of_a_speech_verb(zt):
    doc = zt.extract("Die Sprecherin der Stadt, Eva Kolb, sagte am Abend, nach ersten Ermittlungen habe ein Nachbar "
                     "den Brand gelegt.")
    outer = zt.statement_with(doc, "nach ersten Ermittlungen")
    assert zt.quote(doc, outer) == "nach ersten Ermittlungen habe ein Nachbar den Brand gelegt"
    assert outer.cue.lemma == "sagen"
    inner = [s for s in doc.statements if s is not outer]
    assert len(inner) == 1
    assert zt.quote(doc, inner[0]) == "habe ein Nachbar den Brand gelegt"
    assert zt.words(doc, inner[0].cue) == "nach ersten Ermittlungen"


def test_frame_holding_a_speech_verb_and_its_content(zt):
    doc = zt.extract("Laut einem Bericht des Magazins Focus hat der Verband angekündigt, keine Spiele mehr auszutragen.")
    outer = zt.statement_with(doc, "hat der Verband angekündigt")
    assert zt.quote(doc, outer) == "hat der Verband angekündigt, keine Spiele mehr auszutragen"
    assert zt.words(doc, outer.cue) == "Laut"
    inner = [s for s in doc.statements if s is not outer]
    assert len(inner) == 1
    assert zt.quote(doc, inner[0]) == "keine Spiele mehr auszutragen"
    assert zt.words(doc, inner[0].cue) == "angekündigt"


def test_frame_in_the_reporting_clause_of_a_quotation_reports_it(zt):
    doc = zt.extract("„Wir bleiben in der Stadt“, sagte der Bürgermeister Jonas Weber laut dem Tagesblatt.")
    [inner] = [s for s in doc.statements if s.type == "direct"]
    assert zt.quote(doc, inner) == "Wir bleiben in der Stadt"
    assert zt.names(doc, inner) == ["Jonas Weber"]
    outer = [s for s in doc.statements if s is not inner]
    assert len(outer) == 1
    assert outer[0].type == "indirect"
    assert zt.quote(doc, outer[0]) == "„Wir bleiben in der Stadt“, sagte der Bürgermeister Jonas Weber"
    assert zt.words(doc, outer[0].cue) == "laut"
    assert zt.words(doc, outer[0].speaker) == "dem Tagesblatt"


def test_so_in_the_reporting_clause_of_a_quotation_is_no_frame_of_it(zt):
    doc = zt.extract("„Wir gratulieren“, schrieben viele, so der Bürgermeister Jonas Weber, die Landrätin Eva Kolb.")
    assert all(s.type == "direct" for s in doc.statements)


def test_own_view_inside_the_content_is_no_second_statement(zt):
    doc = zt.extract("Der Trainer erklärte, die Mannschaft sei seiner Meinung nach gut vorbereitet.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Mannschaft sei seiner Meinung nach gut vorbereitet"


def test_demnach_with_the_past_konjunktiv_ii_draws_a_conclusion(zt):
    doc = zt.extract("Gegen den Fahrer lag nichts vor. Eine Weiterfahrt wäre demnach durchaus möglich gewesen.")
    zt.none_with(doc, "Weiterfahrt")


def test_demnach_after_a_semicolon_stays_with_the_reported_part(zt):
    doc = zt.extract("Laut Presseberichten ist er heute 30 Jahre alt; demnach wäre er 2010 erst 15 gewesen.")
    st = zt.statement_with(doc, "erst 15")
    assert zt.quote(doc, st) == "wäre er 2010 erst 15 gewesen"


def test_danach_after_a_study_means_according_to_it(zt):
    doc = zt.extract("Die Stiftung stellte am Montag eine neue Studie vor. Danach leben immer mehr Kinder in Armut.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "leben immer mehr Kinder in Armut"
    assert zt.words(doc, st.cue) == "Danach"


def test_danach_after_events_means_afterwards(zt):
    doc = zt.extract("Der Zug hielt in Köln. Danach fuhr er weiter nach Bonn.")
    assert zt.statements(doc) == []
    doc = zt.extract("Die Stiftung stellte eine Studie vor. Erst danach begann die Debatte im Landtag.")
    assert zt.statements(doc) == []


def test_zu_folge_written_apart_is_zufolge(zt):
    doc = zt.extract("Dem Bericht zu Folge ist der Schaden an der Brücke groß.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "ist der Schaden an der Brücke groß"
    assert zt.pieces(doc, st.speaker) == ["Dem Bericht"]
    doc = zt.extract("Die Spieler, die sich Gerüchten zu Folge vom Verein trennen wollen, schweigen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die sich … vom Verein trennen wollen"


def test_nach_dem_gesetzentwurf_attributes_the_bill(zt):
    doc = zt.extract("Nach dem Gesetzentwurf der Regierung sollen auch die Schulen Zugriff auf die Daten haben.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "sollen auch die Schulen Zugriff auf die Daten haben"
    doc = zt.extract("Nach dem Entwurf folgte eine lange Debatte im Landtag.")
    assert zt.statements(doc) == []


def test_no_genitive_source_after_nach_angaben_and_a_plain_article(zt):
    doc = zt.extract("Zu dem Anschlag bekannte sich nach ersten Angaben eine Gruppe aus dem Norden.")
    st = zt.only(doc)
    assert zt.words(doc, st.cue) == "nach ersten Angaben"
    assert not zt.pieces(doc, st.speaker) or "eine Gruppe" not in zt.pieces(doc, st.speaker)[0]


def test_first_person_view_outside_quotes_is_no_frame(zt):
    doc = zt.extract("Die Regierung hat meiner Meinung nach zu spät gehandelt.")
    assert zt.statements(doc) == []


def test_frame_between_two_figures_gives_another_figure(zt):
    doc = zt.extract("Der Akku reicht für 300, nach anderen Angaben 350 Kilometer.")
    assert zt.statements(doc) == []
    doc = zt.extract("Der Zug hielt, nach Angaben der Bahn wegen eines Defekts.")
    st = zt.only(doc)
    assert zt.words(doc, st.cue) == "nach Angaben"


def test_bare_source_ends_before_the_next_phrase_of_the_clause(zt):
    doc = zt.extract("Ein Reisender hatte laut Polizeisprecher das Gepäck im Zug vergessen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Ein Reisender hatte … das Gepäck im Zug vergessen"
    assert zt.words(doc, st.frame) == "laut Polizeisprecher"


def test_no_genitive_source_in_lower_case_after_a_frame_noun(zt):
    doc = zt.extract("Neben dem Anführer wurden nach Medienberichten weitere Demonstranten festgenommen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Neben dem Anführer wurden … weitere Demonstranten festgenommen"


def test_speech_noun_with_a_correlate_or_an_addressee_before_its_content(zt):
    doc = zt.extract("Die Gutachter äußerten Zweifel daran, ob die Brücke noch sicher ist.")
    st = zt.statement_with(doc, "ob die Brücke")
    assert zt.quote(doc, st) == "ob die Brücke noch sicher ist"
    doc = zt.extract("Es besteht der Vorwurf der Regierung an die Stiftung, Extremisten zu unterstützen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Extremisten zu unterstützen"
    assert zt.pieces(doc, st.speaker) == ["der Regierung"]


def test_zufolge_after_a_source_no_speaker_rule_accepts(zt):
    doc = zt.extract("Der Website example.com zufolge ist der Schiedsrichter für seine Strenge bekannt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "ist der Schiedsrichter für seine Strenge bekannt"
    assert zt.pieces(doc, st.speaker) == ["Der Website example.com"]
    doc = zt.extract("Einer Mitteilung des Verbandes Bayerischer Lehrer ( VBL ) zufolge kamen tausend Lehrer.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "kamen tausend Lehrer"


def test_nach_denen_after_reports_even_before_a_name(zt):
    doc = zt.extract("Es gibt Gerüchte, nach denen Müller schwer krank sei.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Müller schwer krank sei"


def test_so_frame_with_a_lower_case_compound_role(zt):
    doc = zt.extract("Die Streiks werden ausgesetzt, so verdi-Sprecherin Anna Berg.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Streiks werden ausgesetzt"
    assert "Anna Berg" in zt.words(doc, st.speaker)


def test_dative_pronoun_before_zufolge_is_the_source(zt):
    doc = zt.extract("Die Wahlbeobachter legten eigene Zahlen vor. Ihnen zufolge hat die Opposition gewonnen.")
    st = zt.only(doc)
    assert (st.type, zt.quote(doc, st)) == ("indirect", "hat die Opposition gewonnen")
    assert zt.pieces(doc, st.speaker) == ["Ihnen"]
    assert zt.pieces(doc, st.frame) == ["Ihnen zufolge"]



def test_nach_endergebnis_and_nach_medien_are_frames(zt):
    doc = zt.extract("Nach dem vorläufigen Endergebnis erhielt die Partei 40 Prozent der Stimmen.")
    st = zt.only(doc)
    assert (zt.quote(doc, st), st.cue.lemma) == ("erhielt die Partei 40 Prozent der Stimmen", "nach Endergebnis")
    doc = zt.extract("Zu dem Anschlag bekannte sich nach örtlichen Medien eine Splittergruppe.")
    st = zt.only(doc)
    assert (zt.quote(doc, st), st.cue.lemma) == ("Zu dem Anschlag bekannte sich … eine Splittergruppe", "nach Medien")


def test_nach_ergebnissen_without_a_source_is_after(zt):
    assert zt.extract("Nach den enttäuschenden Ergebnissen trat der Trainer zurück.").statements == []


def test_gemaess_a_rule_is_no_source(zt):
    assert zt.extract("Die Mieter hatten gemäß der alten Regelung die Kosten selbst getragen.").statements == []
    doc = zt.extract("Gemäß der Feuerwehr wurden drei Menschen verletzt.")
    assert zt.quote(doc, zt.only(doc)) == "wurden drei Menschen verletzt"


def test_so_frame_with_a_truncated_compound_source(zt):
    doc = zt.extract("Zwei Soldaten wurden verletzt, so Polizei- und Armeekreise.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Zwei Soldaten wurden verletzt"
    assert zt.pieces(doc, st.speaker) == ["Polizei- und Armeekreise"]


def test_wie_clause_after_a_connective_opens_a_frame(zt):
    doc = zt.extract("Denn wie die Zeitung berichtete, wurde der Hafen am Montag geschlossen.")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == "wurde der Hafen am Montag geschlossen"
    assert zt.names(doc, st) == ["Zeitung"]


def test_fronted_frame_takes_an_apposition_before_the_finite_verb(zt):
    doc = zt.extract("Nach Meinung von Anna Berg, Professorin an der Universität Bonn, könnte der Damm bald brechen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "könnte der Damm bald brechen"


def test_fronted_frame_takes_an_extended_attribute_with_commas(zt):
    doc = zt.extract("Nach Angaben der in Köln, Bonn und Trier tätigen Firma soll das neue Werk im Mai öffnen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "soll das neue Werk im Mai öffnen"


def test_fronted_frame_takes_an_attached_phrase_of_its_noun(zt):
    doc = zt.extract("Nach Planungen aus dem Jahr 2019 wird die neue Schule rund zehn Millionen Euro kosten.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "wird die neue Schule rund zehn Millionen Euro kosten"


def test_fronted_frame_takes_a_title_after_its_noun(zt):
    doc = zt.extract("Laut einem Test der Zeitschrift „Rad und Weg“ gibt es kaum gute Fahrradschlösser.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "gibt es kaum gute Fahrradschlösser"


def test_fronted_frame_stops_at_a_verb_it_does_not_know(zt):
    doc = zt.extract("Nach bisherigen Erfahrungen steigt der Pegel im Frühjahr nach oben.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "steigt der Pegel im Frühjahr nach oben"


def test_particle_before_a_fronted_zufolge_phrase_is_part_of_the_frame(zt):
    doc = zt.extract("Auch dem Sender zufolge wurde die Brücke am Morgen gesperrt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "wurde die Brücke am Morgen gesperrt"


def test_fronted_frame_takes_a_relative_clause_on_its_noun(zt):
    doc = zt.extract("Nach ersten Schätzungen, die noch niemand prüfen konnte, sind drei Dörfer überflutet.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "sind drei Dörfer überflutet"


def test_fronted_frame_takes_a_participle_phrase_between_commas(zt):
    doc = zt.extract("Nach Ansicht der Anklage, vertreten durch Jana Roth, soll der Wirt das Feuer gelegt haben.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "soll der Wirt das Feuer gelegt haben"


def test_fronted_frame_takes_a_lower_case_title(zt):
    doc = zt.extract("Laut einer Umfrage des Blattes „rad, weg und wald“ fährt jeder Zweite mit dem Rad zur Arbeit.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "fährt jeder Zweite mit dem Rad zur Arbeit"


def test_bare_plural_after_a_bare_laut_source_opens_the_next_phrase(zt):
    doc = zt.extract("Bisher liegen laut Hersteller Bestellungen für zwölf Züge vor.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Bisher liegen", "Bestellungen für zwölf Züge vor"]
    assert zt.pieces(doc, st.speaker) == ["Hersteller"]


def test_bare_plural_before_zufolge_leaves_the_subject_to_the_content(zt):
    doc = zt.extract("Mit dem Hafen verdient die Stadt Schätzungen zufolge jährlich zehn Millionen Euro.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Mit dem Hafen verdient die Stadt", "jährlich zehn Millionen Euro"]


def test_mid_clause_frame_takes_a_relative_clause_ending_in_its_verb(zt):
    doc = zt.extract("Die Reform hat laut der Stimme, die dem Minister gehören soll, nur Verlierer gebracht.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Die Reform hat", "nur Verlierer gebracht"]


def test_a_frames_content_ends_where_another_source_speaks(zt):
    doc = zt.extract("Am Samstag kamen nach Angaben der Veranstalter rund 5.000 Menschen, die Polizei sprach von 3.000 Teilnehmern.")
    framed = zt.only(doc, "indirect")
    assert zt.quote(doc, framed) == "Am Samstag kamen … rund 5.000 Menschen"
    reported = zt.only(doc, "reported")
    assert zt.pieces(doc, reported.speaker) == ["die Polizei"]


def test_speech_noun_with_an_addressee_and_no_source_announces_its_content(zt):
    doc = zt.extract("Mehrere Anfragen an den Betreiber, die Seite zu löschen, blieben ohne Antwort.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Seite zu löschen"
    assert st.speaker is None


def test_speech_noun_with_an_addressee_before_an_apposition_announces_nothing(zt):
    doc = zt.extract("Sie schloss sich der Kritik an den Plänen des Ministers, Jan Ott, an: Die Mittel seien unverhältnismäßig.")
    assert all(not zt.quote(doc, st).startswith("Jan Ott") for st in doc.statements), zt.describe(doc)


def test_speech_noun_with_a_genitive_noun_outside_the_role_list(zt):
    doc = zt.extract("Die Flucht gelang trotz einer Warnung der Wächter, auf Flüchtende zu schießen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "auf Flüchtende zu schießen"
    assert zt.pieces(doc, st.speaker) == ["der Wächter"]


def test_speech_noun_in_the_plural_announces_its_content(zt):
    doc = zt.extract("Das führte zu Erklärungen des Lehrerverbands, die Schüler könnten auch anderswo lernen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Schüler könnten auch anderswo lernen"
    assert zt.pieces(doc, st.speaker) == ["des Lehrerverbands"]


def test_laut_in_a_main_clause_set_against_the_one_before_by_aber(zt):
    doc = zt.extract("Der Vater soll zwar von den Zahlungen gewusst haben, diese Vorgänge seien aber laut der "
                     "Staatsanwältin längst verjährt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "diese Vorgänge seien aber … längst verjährt"
    assert zt.pieces(doc, st.speaker) == ["der Staatsanwältin"]


def test_laut_in_a_was_clause_with_aber_keeps_the_whole_sentence(zt):
    doc = zt.extract("Die Männer hätten Gewehre getragen, was aber dem Zeugen zufolge üblich sei.")
    st = zt.only(doc)
    assert zt.quote(doc, st).startswith("Die Männer hätten Gewehre getragen")


def test_speech_noun_before_the_verbs_closing_its_clause(zt):
    doc = zt.extract("Der Beamte sitzt in Haft, weil er im Verdacht steht, Akten an die Presse gegeben zu haben.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Akten an die Presse gegeben zu haben"
    assert st.cue.text == "Verdacht"


def test_speech_noun_before_its_verbs_takes_only_a_dass_clause_or_an_infinitive(zt):
    doc = zt.extract("Die Warnung wurde ignoriert, da die Straße schon überflutet gewesen sei.")
    assert all(st.cue is None or st.cue.text != "Warnung" for st in doc.statements), zt.describe(doc)


def test_wonach_clause_opening_the_sentence_ends_before_the_main_clause(zt):
    doc = zt.extract("Gerüchte, wonach die Firma verkauft werden solle, wollte der Sprecher nicht bestätigen.")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == "die Firma verkauft werden solle"
    assert st.cue.text == "wonach"


def test_so_frame_between_dashes_leaves_the_content_on_both_sides(zt):
    doc = zt.extract("Der Sänger ruft in seinen Liedern dazu auf – so der Vorwurf – , Gegner zu verprügeln.")
    st = next(st for st in doc.statements if st.cue is not None and st.cue.text == "so")
    assert zt.quote(doc, st) == "Der Sänger ruft in seinen Liedern dazu auf … Gegner zu verprügeln"
    assert zt.pieces(doc, st.speaker) == ["der Vorwurf"]


def test_so_between_dashes_without_a_speaker_is_no_frame(zt):
    doc = zt.extract("Die Zeitung bekam ein neues Layout und – so der eigene Wunsch – ein schärferes Profil.")
    assert doc.statements == [], zt.describe(doc)


def test_second_source_in_a_relative_clause_of_a_framed_statement_speaks_for_that_clause(zt):
    doc = zt.extract("Nach Angaben der Feuerwehr brannte eine Scheune nieder, in der laut Polizei große Mengen Heu lagerten.")
    first, second = sorted(doc.statements, key=lambda s: s.quote.spans[0][0])
    assert zt.quote(doc, first) == "brannte eine Scheune nieder"
    assert zt.names(doc, first) == ["Feuerwehr"]
    assert zt.pieces(doc, second.quote) == ["in der", "große Mengen Heu lagerten"]
    assert second.cue.lemma == "laut"
    assert zt.names(doc, second) == ["Polizei"]


def test_laut_with_a_relative_pronoun_is_like_wonach(zt):
    doc = zt.extract("Dem Amt liegt ein Gutachten vor, laut dem Anna in der Nacht bedroht worden war.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Anna in der Nacht bedroht worden war"
    assert zt.words(doc, st.cue) == "laut dem"
    assert zt.words(doc, st.speaker) == "ein Gutachten"


def test_laut_dem_as_article_before_a_main_clause_stays_a_source(zt):
    doc = zt.extract("Er fehlte am Montag, laut dem Bericht war er krank.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "dem Bericht"


def test_nach_denen_after_reports_with_a_phrase_after_them(zt):
    doc = zt.extract("Der Rücktritt folgt auf Umfragen im Land, nach denen die Hälfte der Wähler unzufrieden ist.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Hälfte der Wähler unzufrieden ist"
    assert zt.words(doc, st.cue) == "nach denen"
    assert zt.words(doc, st.speaker) == "Umfragen im Land"


def test_mid_clause_source_keeps_the_field_of_its_institution(zt):
    doc = zt.extract("Die Zahl der Anträge stieg laut dem Bundesamt für Migration deutlich an.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "dem Bundesamt für Migration"
    assert zt.pieces(doc, st.quote) == ["Die Zahl der Anträge stieg", "deutlich an"]


def test_mid_clause_source_leaves_a_fuer_object_with_an_article_to_the_verb(zt):
    doc = zt.extract("Die Stadt zahlt laut Ministerium für die Schäden.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Ministerium"


def test_zufolge_after_a_quoted_title(zt):
    doc = zt.extract("Zudem lobte der Minister dem „Kurier“ zufolge die Arbeit der Polizei.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.words(doc, st.cue) == "zufolge"
    assert zt.words(doc, st.speaker) == "dem „Kurier“"


def test_source_takes_a_lower_case_title_after_an_outlet_noun(zt):
    doc = zt.extract("Laut einem Test des Magazins „auto, motor und sport“ sind viele Modelle sparsam.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "einem Test des Magazins „auto, motor und sport“"


def test_masculine_nominative_after_a_frame_noun_is_the_subject_not_a_genitive(zt):
    doc = zt.extract("Im Notfall muss laut Satzung der Vizepräsident die Sitzung leiten.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Satzung"
    assert zt.pieces(doc, st.quote) == ["Im Notfall muss", "der Vizepräsident die Sitzung leiten"]


def test_der_before_a_plural_like_noun_after_a_frame_noun_stays_a_genitive(zt):
    doc = zt.extract("Das Projekt ist laut Angaben der Sprecher gescheitert.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "der Sprecher"


def test_so_frame_source_takes_its_genitives(zt):
    doc = zt.extract("Die Lage sei ernst, so das Ergebnis einer Studie der Stiftung Warentest.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "das Ergebnis einer Studie der Stiftung Warentest"


def test_so_frame_source_leaves_the_occasion(zt):
    doc = zt.extract("Die Lage sei ernst, so Müller in einem Interview.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "Müller"


def test_relative_pronoun_before_zufolge_is_like_wonach(zt):
    doc = zt.extract("Es gibt eine neue Studie, der zufolge die Zahl der Unfälle steigt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Zahl der Unfälle steigt"
    assert zt.words(doc, st.cue) == "der zufolge"
    assert zt.words(doc, st.speaker) == "eine neue Studie"


def test_aus_sicht_in_mid_clause_names_the_holder_of_the_view(zt):
    doc = zt.extract("Die Reform hat aus Sicht der Verbände kaum Wirkung.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.quote) == ["Die Reform hat", "kaum Wirkung"]
    assert zt.words(doc, st.cue) == "aus Sicht"
    assert zt.words(doc, st.speaker) == "der Verbände"


def test_aus_sicht_after_a_noun_is_its_attribute(zt):
    doc = zt.extract("Er erläuterte die Klimapolitik aus Sicht Chinas.")
    assert not [s for s in doc.statements if s.cue is not None and s.cue.lemma == "aus Sicht"]


def test_a_frame_between_article_and_number_vouches_for_the_figure_only(zt):
    doc = zt.extract("Nach dem Brand wurden am Abend 40 der nach Polizeiangaben 60 Bewohner des Hauses gerettet.")
    assert doc.statements == []
def test_nach_eigenem_bekunden_is_the_clause_subject_with_its_apposition(zt):
    # "nach eigenem Bekunden" (dative singular) names no source: the subject speaks for itself
    doc = zt.extract("Bürgermeisterin Petra Lanz eröffnete die Brücke. Der ältere Bruder des Ministers, Jonas Weber, "
                     "war nach eigenem Bekunden seit langem eingeweiht.")
    st = zt.statement_with(doc, "seit langem eingeweiht")
    assert st.speaker.text == "Der ältere Bruder des Ministers, Jonas Weber"


@pytest.mark.parametrize("text, speaker", [
    ("So fassten die Grünen am Donnerstag bei ihrer Versammlung den Beschluss, Gespräche mit der Union zu führen.",
     "die Grünen"),
    ("Am Montag äußerte die Gewerkschaft die Hoffnung, dass der Streik bald endet.", "die Gewerkschaft"),
])
def test_holder_of_a_speech_noun_after_a_fronted_verb(zt, text, speaker):
    # after a fronted adverb or phrase, the subject follows the finite verb and holds the noun's content
    st = zt.only(zt.extract(text))
    assert st.speaker.text == speaker

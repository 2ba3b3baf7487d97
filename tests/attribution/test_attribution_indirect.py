"""Indirect speech: dass-clauses, verb-second clauses in the Konjunktiv, content before the frame,
"wie X mitteilte"."""
import pytest


# --- dass-clause after the verb --------------------------------------------------------------------

def test_dass_clause_after_the_verb(zt):
    doc = zt.extract("Innenministerin Petra Lanz betonte, dass die Polizei gut vorbereitet sei.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "dass die Polizei gut vorbereitet sei"
    assert (st.cue.text, st.cue.lemma) == ("betonte", "betonen")
    assert zt.pieces(doc, st.speaker) == ["Innenministerin Petra Lanz"]
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_dass_clause_after_an_object_of_the_verbs_own_clause(zt):
    doc = zt.extract("Jonas Weber sagte zu den Vorwürfen, dass die Feuerwehr rechtzeitig gekommen sei.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "dass die Feuerwehr rechtzeitig gekommen sei"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_konjunktiv_clause_after_time_and_place_of_the_verb(zt):
    doc = zt.extract("Petra Lanz erklärte am Montag vor Journalisten in Kiel, die Lage sei ernst.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Lage sei ernst"
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_relative_clause_after_an_object_is_not_what_was_said(zt):
    doc = zt.extract("Petra Lanz kritisierte die Pläne des Ministers, die sie für falsch halte.")
    assert all(zt.quote(doc, st) != "die sie für falsch halte" for st in doc.statements)


def test_person_before_an_apposition_is_the_speaker(zt):
    doc = zt.extract("Jonas Weber, ein Abgeordneter aus Kiel und früherer Richter, sagte, dass der Brand "
                     "kein Unfall gewesen sei.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass der Brand kein Unfall gewesen sei"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_dass_clause_with_indicative(zt):
    doc = zt.extract("Bürgermeister Jonas Weber erklärte, dass die Brücke im Mai fertig wird.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "dass die Brücke im Mai fertig wird"
    assert (st.cue.text, st.cue.lemma) == ("erklärte", "erklären")
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_dass_clause_after_a_correlate(zt):
    doc = zt.extract("Innenministerin Petra Lanz erinnerte daran, dass die Feuerwehr ehrenamtlich arbeite.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "dass die Feuerwehr ehrenamtlich arbeite"
    assert st.cue.lemma == "erinnern"
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_dass_clause_with_perfect_tense_cue(zt):
    doc = zt.extract("Bürgermeister Jonas Weber hat betont, dass die Stadt keine Schulden mache.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "dass die Stadt keine Schulden mache"
    assert st.cue.lemma == "betonen"
    assert zt.names(doc, st) == ["Jonas Weber"]


# --- verb-second clause after the frame ------------------------------------------------------------

def test_v2_clause_in_konjunktiv_i(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, die Lage sei ernst.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "die Lage sei ernst"
    assert (st.cue.text, st.cue.lemma) == ("sagte", "sagen")
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_v2_clause_with_regular_konjunktiv_i(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, die Stadt brauche mehr Geld vom Land.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "die Stadt brauche mehr Geld vom Land"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_v2_clause_in_konjunktiv_ii(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, die Stadt hätte früher handeln müssen.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "die Stadt hätte früher handeln müssen"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_v2_clause_in_konjunktiv_ii_with_wuerde(zt):
    doc = zt.extract("Innenministerin Petra Lanz sagte, ein Verbot würde nichts ändern.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "ein Verbot würde nichts ändern"
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_v2_clause_in_the_indicative_is_still_reported_content(zt):
    # colloquial but common: the clause after "sagte," is what was said even without Konjunktiv
    doc = zt.extract("Bürgermeister Jonas Weber sagte, die Stadt ist gut vorbereitet.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "die Stadt ist gut vorbereitet"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_v2_clause_opened_by_a_sentence_adverb_is_reported_content(zt):
    doc = zt.extract("Die Feuerwehr gab an, vermutlich halten sich noch drei Menschen in dem Gebäude auf.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "vermutlich halten sich noch drei Menschen in dem Gebäude auf"
    assert zt.words(doc, st.speaker) == "Die Feuerwehr"


def test_v2_clause_opened_by_a_connective_goes_on_in_the_writers_account(zt):
    doc = zt.extract("Die Ministerin entschuldigte sich am Montag, danach ging sie nach Hause.")
    assert zt.statements(doc) == []


def test_content_before_a_trailing_frame_runs_past_a_relative_clause_with_denen(zt):
    doc = zt.extract("Nach den Spielen, in denen das Team Schwächen zeigte, sollte die Abwehr besser stehen, "
                     "sagte der Trainer Jonas Weber.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Nach den Spielen, in denen das Team Schwächen zeigte, sollte die Abwehr besser stehen"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_reported_clause_runs_on_with_its_quotation_past_the_sentence_end(zt):
    doc = zt.extract("Die Ministerin Eva Kolb sagte, die Stadt müsse „mehr für die Familien tun. Je früher wir "
                     "handeln, desto besser“.")
    [indirect] = [s for s in doc.statements if s.type == "indirect"]
    assert zt.quote(doc, indirect) == ("die Stadt müsse „mehr für die Familien tun. Je früher wir handeln, "
                                       "desto besser“")
    assert zt.names(doc, indirect) == ["Eva Kolb"]
    [direct] = [s for s in doc.statements if s.type == "direct"]
    assert zt.quote(doc, direct) == "mehr für die Familien tun. Je früher wir handeln, desto besser"


def test_content_before_a_trailing_frame_starts_after_a_narrating_colon(zt):
    doc = zt.extract("Die Richterin blieb hart: Eine Strafe auf Bewährung sei nicht zu vermitteln, sagte Eva Kolb.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Eine Strafe auf Bewährung sei nicht zu vermitteln"
    assert zt.names(doc, st) == ["Eva Kolb"]


def test_reported_words_before_a_colon_stay_in_the_content(zt):
    doc = zt.extract("Es gebe zwei Gründe: Die Kosten seien zu hoch und die Zeit zu knapp, sagte Eva Kolb.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Es gebe zwei Gründe: Die Kosten seien zu hoch und die Zeit zu knapp"


def test_v2_clause_after_a_colon(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte: Die Lage sei ernst.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Die Lage sei ernst"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_v2_clause_with_fronted_time_and_inverted_subject(zt):
    doc = zt.extract("Am Montag sagte Bürgermeister Jonas Weber, die Brücke bleibe gesperrt.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "die Brücke bleibe gesperrt"
    assert zt.pieces(doc, st.speaker) == ["Bürgermeister Jonas Weber"]
    assert zt.names(doc, st) == ["Jonas Weber"]


# --- content before the frame ----------------------------------------------------------------------

def test_content_before_the_frame(zt):
    doc = zt.extract("Die Lage sei ernst, sagte Bürgermeister Jonas Weber.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Die Lage sei ernst"
    assert (st.cue.text, st.cue.lemma) == ("sagte", "sagen")
    assert zt.pieces(doc, st.speaker) == ["Bürgermeister Jonas Weber"]
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_content_before_the_frame_with_pronoun(zt):
    doc = zt.extract("Innenministerin Petra Lanz besuchte die Leitstelle. Die Einsatzkräfte hätten "
                     "hervorragende Arbeit geleistet, sagte sie.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Die Einsatzkräfte hätten hervorragende Arbeit geleistet"
    assert zt.pieces(doc, st.speaker) == ["sie"]
    assert zt.names(doc, st) == ["Petra Lanz"]


# --- "wie X mitteilte" -----------------------------------------------------------------------------

def test_wie_clause_at_the_end(zt):
    doc = zt.extract("Die Straße bleibt bis Montag gesperrt, wie die Polizei mitteilte.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Die Straße bleibt bis Montag gesperrt"
    assert (st.cue.text, st.cue.lemma) == ("mitteilte", "mitteilen")
    assert zt.pieces(doc, st.speaker) == ["die Polizei"]
    assert zt.names(doc, st) == ["Polizei"]
    [polizei] = zt.speaker_entities(doc, st)
    assert polizei.kind == "organisation"


def test_fronted_wie_clause_ends_with_the_auxiliary_after_the_participle(zt):
    doc = zt.extract("Wie die Stadt am Abend bekanntgegeben hat, bleibt das Freibad geschlossen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "bleibt das Freibad geschlossen"
    assert zt.pieces(doc, st.frame) == ["die Stadt am Abend bekanntgegeben hat"]


def test_fronted_wie_clause_in_the_passive_ends_with_the_auxiliary(zt):
    doc = zt.extract("Wie von der Stadt berichtet wird, bleibt das Freibad geschlossen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "bleibt das Freibad geschlossen"


def test_fronted_wie_clause_without_comma_leaves_the_main_verb_to_the_content(zt):
    doc = zt.extract("Wie die Sender berichten sind zwei Brücken eingestürzt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "sind zwei Brücken eingestürzt"


def test_wie_clause_in_the_middle_gives_two_spans(zt):
    doc = zt.extract("Die Straße bleibt, wie die Polizei mitteilte, bis Montag gesperrt.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.pieces(doc, st.quote) == ["Die Straße bleibt", "bis Montag gesperrt"]
    assert zt.names(doc, st) == ["Polizei"]


def test_wie_clause_with_a_person(zt):
    doc = zt.extract("Die Schule wird im Herbst saniert, wie Bürgermeister Jonas Weber ankündigte.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Die Schule wird im Herbst saniert"
    assert st.cue.lemma == "ankündigen"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_indirect_speech_holding_a_partial_quote_gives_both(zt):
    doc = zt.extract("Der Staatsanwalt sagte, der Sohn habe sich „bewusst und gewollt stranguliert“.")
    indirect = zt.only(doc, "indirect")
    direct = zt.only(doc, "direct")
    assert zt.quote(doc, indirect) == "der Sohn habe sich „bewusst und gewollt stranguliert“"
    assert zt.quote(doc, direct) == "bewusst und gewollt stranguliert"
    assert zt.words(doc, indirect.speaker) == zt.words(doc, direct.speaker) == "Der Staatsanwalt"


def test_dies_points_back_to_the_previous_sentence(zt):
    doc = zt.extract("Die Fähre fährt ab Montag wieder nach Fahrplan. Dies teilte die Polizei in Kiel mit.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Die Fähre fährt ab Montag wieder nach Fahrplan"
    assert st.cue.lemma == "mitteilen"
    assert zt.pieces(doc, st.speaker) == ["die Polizei"]


def test_particle_written_apart_in_a_wie_clause(zt):
    doc = zt.extract("Wie das Ministerium am Montag bekannt gab, wird die Brücke gesperrt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "wird die Brücke gesperrt"
    assert st.cue.lemma == "bekanntgeben"
    assert zt.pieces(doc, st.speaker) == ["das Ministerium"]


def test_trailing_frame_with_a_long_adjunct_before_the_participle(zt):
    doc = zt.extract("Die Brücke sei marode, hatte Jonas Weber bei seinem Treffen mit der Ministerin in Kiel "
                     "im Vorfeld der Ausschusssitzung am Montag gesagt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Brücke sei marode"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_lassen_with_a_speech_verb(zt):
    doc = zt.extract("Dazu ließ Jonas Weber über seinen Sprecher verbreiten, die Brücke werde saniert.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Brücke werde saniert"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_passive_speech_verb_with_its_agent(zt):
    doc = zt.extract("Gleichzeitig werde vom Innenminister Jan Ott propagiert, weiterhin regionale Produkte zu kaufen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "weiterhin regionale Produkte zu kaufen"
    assert zt.names(doc, st) == ["Jan Ott"]


def test_relative_clause_after_the_verb_is_not_what_was_said(zt):
    doc = zt.extract("Jonas Weber hatte vor Gericht einen Mann verteidigt, der wegen Betrugs angeklagt worden war.")
    assert all(zt.quote(doc, st) != "der wegen Betrugs angeklagt worden war" for st in doc.statements)


def test_indicative_clause_after_an_object_is_not_what_was_said(zt):
    doc = zt.extract("Der Rechnungshof erklärte die Ausschreibung für fehlerhaft, der Auftrag wurde neu vergeben.")
    assert all(zt.quote(doc, st) != "der Auftrag wurde neu vergeben" for st in doc.statements)


def test_wie_clause_with_an_apposition_names_the_person(zt):
    doc = zt.extract("Wie der Direktor des Amtes, Jonas Weber, mitteilte, waren die Anwohner nicht gewarnt worden.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "waren die Anwohner nicht gewarnt worden"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_long_wie_clause_with_a_date(zt):
    doc = zt.extract("Wie das Nachrichtenmagazin Der Spiegel in einem Vorabbericht vom 22. August berichtet, "
                     "soll die Firma gezahlt haben.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "soll die Firma gezahlt haben"
    assert zt.pieces(doc, st.speaker) == ["das Nachrichtenmagazin Der Spiegel"]


def test_coordinated_speech_verb_shares_the_subject(zt):
    doc = zt.extract("Die Anwältin Jana Ott bestätigte, dass ein Haftbefehl bestehe, und gab an, die Polizei zu informieren.")
    first, second = doc.statements
    assert zt.quote(doc, first) == "dass ein Haftbefehl bestehe"
    assert zt.quote(doc, second) == "die Polizei zu informieren"
    assert zt.names(doc, second) == ["Jana Ott"]


def test_partial_quote_inside_the_content_leaves_the_verb_to_the_content(zt):
    doc = zt.extract("Petra Lanz sagte, Ziel der Reform sei es, „die Bürokratie in den Ämtern“ abzubauen.")
    indirect = zt.only(doc, "indirect")
    assert zt.quote(doc, indirect).startswith("Ziel der Reform sei es")
    assert zt.quote(doc, zt.only(doc, "direct")) == "die Bürokratie in den Ämtern"


def test_decision_with_a_participle_the_dictionary_reads_as_adjective(zt):
    doc = zt.extract("Die Bundeswehr hat entschieden, das Tanklager aufzugeben.")
    assert zt.quote(doc, zt.only(doc)) == "das Tanklager aufzugeben"


def test_passive_trailing_frame(zt):
    doc = zt.extract("Der Prozess könne ein halbes Jahr dauern, wird vermutet.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Der Prozess könne ein halbes Jahr dauern"
    assert st.cue.lemma == "vermuten"


def test_hinweisen_with_daraufhin_written_as_one_word(zt):
    doc = zt.extract("Politische Beobachter wiesen daraufhin, dass die Reform zu spät komme.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass die Reform zu spät komme"
    assert st.cue.lemma == "hinweisen"


def test_modal_particle_denn_inside_the_verbs_clause(zt):
    doc = zt.extract("Kritiker warnen denn auch davor, die Trennung von Polizei und Geheimdiensten aufzuweichen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Trennung von Polizei und Geheimdiensten aufzuweichen"


def test_wie_clause_with_a_bracketed_short_name(zt):
    doc = zt.extract("Wie die Polizei in Kiel (PD Nord) weiterhin mitteilte, handelt es sich um Aufständische.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "handelt es sich um Aufständische"
    assert st.speaker is not None


def test_die_rede_sein_has_no_speaker_of_its_own(zt):
    doc = zt.extract("Kurzzeitig war die Rede, dass zwei Täter beteiligt seien.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass zwei Täter beteiligt seien"
    assert st.speaker is None


def test_particle_aber_between_the_verb_and_its_dass_clause(zt):
    doc = zt.extract("Die Gewerkschaft bezweifelt aber, dass die neue Regel die Mieten senkt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass die neue Regel die Mieten senkt"
    assert zt.words(doc, st.speaker) == "Die Gewerkschaft"


def test_zu_infinitive_of_a_verb_in_ln_ends_before_an_added_clause(zt):
    doc = zt.extract("Deshalb forderte der Stadtrat, mehr Daten über die Radwege zu sammeln, wobei die Kosten offen blieben.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "mehr Daten über die Radwege zu sammeln"


def test_trailing_so_with_a_verb(zt):
    doc = zt.extract("Der Damm halte dem Hochwasser noch stand, so versichert das Landratsamt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Der Damm halte dem Hochwasser noch stand"
    assert zt.words(doc, st.speaker) == "das Landratsamt"


def test_passive_accusation_with_zu_sein(zt):
    doc = zt.extract("Dem Trainer wurde vorgeworfen, an der Schlägerei beteiligt gewesen zu sein.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "an der Schlägerei beteiligt gewesen zu sein"
    assert st.speaker is None


def test_fronted_subordinate_clause_before_a_verb_is_not_said(zt):
    doc = zt.extract("Da kein Zug mehr fuhr, entschied sich der Trainer für ein Hotel in Fulda.")
    assert all(st.type != "indirect" for st in doc.statements)


def test_fronted_waehrend_clause_before_a_speech_verb_is_not_said(zt):
    doc = zt.extract("Während die Stadt von zwölf Verletzten sprach, meldete die Feuerwehr zwanzig Verletzte.")
    assert all(st.type != "indirect" for st in doc.statements)
    st = next(st for st in doc.statements if st.cue.text == "meldete")
    assert zt.quote(doc, st) == "zwanzig Verletzte"


def test_konjunktiv_clause_opened_by_waehrend_before_a_trailing_frame_is_said(zt):
    doc = zt.extract("Während der Krieg weitergehe, wachse die Not, sagte der Landrat.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Während der Krieg weitergehe, wachse die Not"


def test_fronted_prepositional_phrase_with_a_relative_clause_before_a_verb_is_not_said(zt):
    doc = zt.extract("In einer heute vorgestellten Studie, die dem Landtag vorliegt, fordert der Verband mehr Lehrer.")
    st = zt.only(doc)
    assert st.type == "reported"
    assert zt.quote(doc, st) == "mehr Lehrer"


def test_konjunktiv_clause_after_a_phrase_with_a_relative_clause_before_a_trailing_frame_is_said(zt):
    doc = zt.extract("In der Stadt, die seit Tagen belagert werde, herrsche Hunger, sagte der Landrat.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "In der Stadt, die seit Tagen belagert werde, herrsche Hunger"


def test_fronted_subject_with_a_relative_clause_before_a_passive_is_not_said(zt):
    doc = zt.extract("Mieter, die in Kiel nur einen Zweitwohnsitz haben, werden nochmals zur Kasse gebeten.")
    assert all(st.type != "indirect" for st in doc.statements)


def test_konjunktiv_clause_with_a_relative_clause_before_a_trailing_frame_is_said(zt):
    doc = zt.extract("Die Lage, die sich seit Montag verschärft habe, sei ernst, sagte der Landrat.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Lage, die sich seit Montag verschärft habe, sei ernst"


def test_apposition_after_a_trailing_speaker_is_not_said(zt):
    doc = zt.extract("Die Verletzten seien außer Lebensgefahr, sagte Jan Ohlsen, der Sprecher der Klinik.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Verletzten seien außer Lebensgefahr"


def test_quoted_title_inside_the_speech_verbs_clause(zt):
    doc = zt.extract("Am Abend meldete die Nachrichtenagentur „Nordwind“, die Fähre sei wieder im Hafen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Fähre sei wieder im Hafen"
    assert st.cue.lemma == "melden"


def test_temporal_clause_after_the_verb_is_not_said(zt):
    doc = zt.extract("Der Minister sagte, die Lage sei ernst. So müsse das Parlament dem Einsatz zustimmen, "
                     "bevor Soldaten entsandt würden.")
    assert not any(zt.quote(doc, st) == "bevor Soldaten entsandt würden" for st in doc.statements)


def test_reason_in_konjunktiv_after_the_verb_is_said(zt):
    doc = zt.extract("Der Bürgermeister wies den Vorwurf zurück, da er jeder Grundlage entbehre.")
    assert any(zt.quote(doc, st) == "da er jeder Grundlage entbehre" for st in doc.statements)


def test_reported_speech_ends_where_the_speakers_clause_resumes(zt):
    doc = zt.extract("Der Angeklagte hatte erklärt, er sei unschuldig, erkannte das Gericht aber nicht an.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "er sei unschuldig"


def test_konjunktiv_verbs_after_a_comma_stay_in_the_reported_speech(zt):
    doc = zt.extract("Er sagte, die Soldaten seien gekommen, hätten geschossen und seien wieder gegangen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Soldaten seien gekommen, hätten geschossen und seien wieder gegangen"


def test_particle_after_an_apposition_of_the_speaker(zt):
    doc = zt.extract("Vor dem Absturz wurde kein Notsignal gesendet, teilte später der Leiter der Behörde, "
                     "Bagus Puruhito, mit.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Vor dem Absturz wurde kein Notsignal gesendet"
    assert st.cue.lemma == "mitteilen"


def test_trailing_frame_opened_by_das(zt):
    doc = zt.extract("Seit dem 19. Juni ist die Hauptkamera des Teleskops ausgefallen, das teilte das Institut mit.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Seit dem 19. Juni ist die Hauptkamera des Teleskops ausgefallen"


def test_infinitive_of_a_speech_verb_inside_the_content_of_a_trailing_frame(zt):
    doc = zt.extract("Niemand brauche daran zweifeln, dass der Hafen öffne, sagte der Bürgermeister.")
    st = zt.only(doc)
    assert zt.words(doc, st.speaker) == "der Bürgermeister"


def test_particle_a_few_words_after_an_apposition(zt):
    doc = zt.extract("Damals ging Frau Celebi, die Anwältin der Familie, noch davon aus, dass der Haftbefehl "
                     "vollstreckt würde.")
    st = zt.only(doc)
    assert st.cue.lemma == "ausgehen"
    assert zt.quote(doc, st) == "dass der Haftbefehl vollstreckt würde"


def test_fronted_subordinate_clause_with_its_main_clause_before_a_trailing_frame(zt):
    doc = zt.extract("Als die Flut kam, brachen zwei Deiche, teilte der Landrat mit.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Als die Flut kam, brachen zwei Deiche"


def test_planen_with_a_zu_infinitive(zt):
    doc = zt.extract("Die Landesregierung plant, die Befugnisse der Polizei zu erweitern.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Befugnisse der Polizei zu erweitern"
    assert st.cue.lemma == "planen"


def test_planen_without_content_is_no_statement(zt):
    doc = zt.extract("Die Stadt plant einen neuen Radweg.")
    assert doc.statements == []


def test_table_row_after_a_colon_is_no_claim(zt):
    doc = zt.extract("Grüne Partei: 28.56 % Sitze 7 (2001: 35,2 %; 1997: 35,3 %)")
    assert doc.statements == []


def test_speech_noun_followed_by_a_new_main_clause(zt):
    doc = zt.extract("Angaben über Sachschäden liegen noch nicht vor, doch dürften diese erheblich sein.")
    assert doc.statements == []


def test_interviewers_question_is_no_statement(zt):
    doc = zt.extract("Findest du, dass der Druck der Sender mit deinen künstlerischen Zielen kollidiert?")
    assert doc.statements == []


def test_someone_asking_is_a_statement(zt):
    doc = zt.extract("Die Abgeordnete fragte, ob die Regierung davon gewusst habe?")
    assert len(doc.statements) == 1


def test_speech_verb_before_a_relative_clause_does_not_block_a_trailing_frame(zt):
    doc = zt.extract("Der Wirt habe selbst Arbeiten ausgeführt, für die keine Genehmigung nötig sei, "
                     "erklärte der Bürgermeister.")
    assert any(zt.words(doc, st.speaker) == "der Bürgermeister" and zt.quote(doc, st).startswith("Der Wirt habe")
               for st in doc.statements)


def test_clause_opened_by_und_after_the_verb_is_not_said(zt):
    doc = zt.extract("Er tippt ein, was die Kinder ihm sagen, und an der Tafel erscheinen die Antworten.")
    assert doc.statements == []


def test_dies_as_object_after_the_subject_points_back_to_the_previous_sentence(zt):
    doc = zt.extract("Der Zoo erhöht die Eintrittspreise um zwei Euro. Die Direktorin hatte dies am Montag bekannt gegeben.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Der Zoo erhöht die Eintrittspreise um zwei Euro"
    assert zt.pieces(doc, st.speaker) == ["Die Direktorin"]


def test_dies_as_object_after_the_verb_points_back_to_the_previous_sentence(zt):
    doc = zt.extract("Der Zoo erhöht die Eintrittspreise um zwei Euro. Die Direktorin gab dies am Montag bekannt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Der Zoo erhöht die Eintrittspreise um zwei Euro"


def test_dies_opening_a_paragraph_points_back_across_the_break(zt):
    doc = zt.extract("Die Stadt will den Hafen bis zum Sommer ausbauen lassen.\n\n"
                     "Dies teilte die Bürgermeisterin Eva Kolb am Montag mit.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Stadt will den Hafen bis zum Sommer ausbauen lassen"
    assert zt.names(doc, st) == ["Eva Kolb"]


def test_dies_after_a_heading_points_nowhere(zt):
    doc = zt.extract("Neuer Hafen für die Stadt\n\nDies teilte die Bürgermeisterin Eva Kolb am Montag mit.")
    assert zt.statements(doc) == []


def test_dies_points_back_past_a_reported_speech_act(zt):
    doc = zt.extract("Die Partei schließt eine Koalition mit der SPD aus. Dies bestätigte Parteichef Jonas Weber am Abend.")
    st = zt.statement_with(doc, "schließt eine Koalition")
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "Die Partei schließt eine Koalition mit der SPD aus"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_dies_and_a_bare_name_after_the_verb(zt):
    doc = zt.extract("Der Minister wird dem neuen Kabinett nicht angehören. Dies bestätigte Kowalski am Montag.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Der Minister wird dem neuen Kabinett nicht angehören"
    assert zt.words(doc, st.cue) == "bestätigte"


def test_a_denial_does_not_point_back(zt):
    doc = zt.extract("Zeugen berichteten von drei Toten. Das wurde von der Polizei bestritten.")
    assert not any(zt.quote(doc, s).startswith("Zeugen berichteten") and s.cue and "bestritten" in s.cue.text
                   for s in doc.statements)


def test_dies_with_a_konjunktiv_verb_is_part_of_the_report_and_points_nowhere(zt):
    doc = zt.extract("Der Staatsanwalt sagte, der Mann sei vorbestraft. Im Fall einer Verurteilung drohe ihm lange Haft. "
                     "Dies begründe die Fluchtgefahr.")
    st = zt.statement_with(doc, "drohe ihm lange Haft")
    assert (st.type, zt.quote(doc, st)) == ("indirect_free_indirect", "Im Fall einer Verurteilung drohe ihm lange Haft.")
    last = zt.statement_with(doc, "Fluchtgefahr")
    assert (last.type, zt.quote(doc, last)) == ("indirect_free_indirect", "Dies begründe die Fluchtgefahr.")
    assert zt.names(doc, st) == zt.names(doc, last) == ["Staatsanwalt"]


def test_dies_does_not_take_a_sentence_with_its_own_reported_speech(zt):
    doc = zt.extract("Der Verband hat angekündigt, er werde vor Gericht ziehen. Dies bestätigte ein Sprecher.")
    st = zt.statement_with(doc, "er werde vor Gericht ziehen")
    assert zt.quote(doc, st) == "er werde vor Gericht ziehen"
    assert zt.names(doc, st) == ["Verband"]


def test_content_without_the_comma_after_the_verb(zt):
    doc = zt.extract("Die Bürgermeisterin hat angekündigt die Gebühren im Herbst zu senken.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Gebühren im Herbst zu senken"
    doc = zt.extract("Das Gericht wies darauf hin dass die Spuren nicht ausreichten.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass die Spuren nicht ausreichten"
    assert zt.words(doc, st.cue) == "wies hin"


def test_an_infinitive_of_the_verb_itself_is_no_content(zt):
    doc = zt.extract("Die Männer stehen im Verdacht, Anschläge in der Stadt geplant zu haben.")
    assert not any(zt.quote(doc, s) == "zu haben" for s in doc.statements)


def test_a_zu_infinitive_ends_where_the_main_clause_goes_on(zt):
    doc = zt.extract("Während der Minister ankündigte, den Vorschlag prüfen zu lassen, stellt sich die Opposition dagegen.")
    st = zt.statement_with(doc, "prüfen zu lassen")
    assert zt.quote(doc, st) == "den Vorschlag prüfen zu lassen"


def test_content_after_an_apposition_of_the_speaker(zt):
    doc = zt.extract("Im Interview erklärte der Direktor der Behörde, Anna Berg, die Lage sei ernst.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Lage sei ernst"
    doc = zt.extract("Am Montag meldete der Sender, Radio Nord, dass die Brücke gesperrt wird.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass die Brücke gesperrt wird"


def test_content_after_a_relative_clause_on_the_medium(zt):
    doc = zt.extract("Sie schrieb in einer Erklärung, die am Abend veröffentlicht wurde, sie trete zurück.")
    st = zt.statement_with(doc, "sie trete zurück")
    assert zt.quote(doc, st) == "sie trete zurück"


def test_content_after_an_apposition_and_a_manner_clause(zt):
    doc = zt.extract("Er sagte, ohne auf Einzelheiten einzugehen, dass die Lage ernst sei.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass die Lage ernst sei"


def test_an_apposition_is_not_skipped_after_the_verb_itself(zt):
    doc = zt.extract("Er sagte, Peter Kowalski, der Chef, sei schuld.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Peter Kowalski, der Chef, sei schuld"


def test_wie_clause_takes_the_main_clause_with_its_own_speech_verb(zt):
    doc = zt.extract("Wie ein Sprecher der Armee mitteilte, habe man die Aktivisten per Funk informiert, dass sie umkehren müssten.")
    st = zt.statement_with(doc, "habe man die Aktivisten")
    assert zt.quote(doc, st) == "habe man die Aktivisten per Funk informiert, dass sie umkehren müssten"
    assert zt.words(doc, st.cue) == "mitteilte"


def test_the_main_clause_after_a_fronted_subordinate_clause_is_no_content(zt):
    doc = zt.extract("Sollte der Antrag angenommen werden, könnte die Seite wieder online gehen.")
    assert not any(s.cue and "angenommen" in s.cue.text for s in doc.statements)
    doc = zt.extract("Als er sagte, er komme später, lachten alle.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "er komme später"


def test_davon_points_back_like_dies(zt):
    doc = zt.extract("Die Wahl findet im Mai statt. Davon geht der Innenminister Jonas Weber aus.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Wahl findet im Mai statt"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_particle_after_a_relative_clause_on_the_source(zt):
    doc = zt.extract("Die Firma baut ein neues Werk. Dies geht aus einer Meldung der Agentur, die am Abend von der Zeitung in Basel verbreitet wurde, hervor.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Firma baut ein neues Werk"
    assert zt.words(doc, st.cue) == "geht hervor"


def test_im_verdacht_stehen_makes_the_subject_the_suspect_not_the_source():
    from zitat import extract
    doc = extract("Die Plattform steht im Verdacht, ausländische Einflüsse nicht ausreichend zu bekämpfen.",
                  use_model=False)
    [st] = doc.statements
    assert st.speaker is None


def test_a_passive_clause_before_a_colon_does_not_speak(zt):
    doc = zt.extract("Die Besucher gehen in die Küche. Sie werden dort direkt angefahren: „Ruhe! Wir durften nicht quatschen.“")
    assert all(st.speaker is None or zt.pieces(doc, st.speaker) != ["Sie"] for st in doc.statements), zt.describe(doc)


def test_a_condition_after_a_zu_infinitive_is_part_of_what_was_announced(zt):
    doc = zt.extract("Die Gewerkschaft kündigte an, den Streik bis Sonntag fortzusetzen, falls die Arbeitgeber kein "
                     "besseres Angebot vorlegen.")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == ("den Streik bis Sonntag fortzusetzen, falls die Arbeitgeber kein besseres "
                                 "Angebot vorlegen")


def test_noun_of_a_phrase_verb_before_a_correlate(zt):
    doc = zt.extract("Die Gewerkschaft legt großen Wert darauf, dass die Löhne steigen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass die Löhne steigen"
    assert zt.words(doc, st.cue) == "legt Wert"
    assert zt.pieces(doc, st.speaker) == ["Die Gewerkschaft"]


def test_nachsagen_reports_what_is_said_about_someone(zt):
    doc = zt.extract("Dem Verein wird nachgesagt, gute Kontakte zur Stadtverwaltung zu pflegen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "gute Kontakte zur Stadtverwaltung zu pflegen"
    assert st.cue.lemma == "nachsagen"


def test_fronted_wie_clause_is_no_content_of_a_later_verb(zt):
    doc = zt.extract("Wie CNN berichtet, wurden gestern von einem russischen Gericht drei weitere Männer "
                     "wegen ihrer Beteiligung an den Protesten zu Haftstrafen verurteilt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == ("wurden gestern von einem russischen Gericht drei weitere Männer wegen ihrer "
                                  "Beteiligung an den Protesten zu Haftstrafen verurteilt")
    assert zt.words(doc, st.cue) == "berichtet"


def test_colon_after_a_passive_with_its_subject_describes_it(zt):
    doc = zt.extract("Auch die Namen der Preisträger wurden nun bekanntgegeben: Mit dabei sind Anna Berg und Jonas Weber.")
    assert zt.statements(doc) == []
    doc = zt.extract("Folgendes wurde festgestellt: Die Brücke ist marode.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Brücke ist marode"
    doc = zt.extract("Am Montag wurde der Plan vorgestellt: Die Brücke werde im Mai gesperrt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Brücke werde im Mai gesperrt"


def test_indicative_content_opened_by_a_number(zt):
    doc = zt.extract("Die Zeitung hatte am Montag berichtet, 300 Mitarbeiter sollen entlassen werden.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "300 Mitarbeiter sollen entlassen werden"


def test_wie_clause_naming_or_of_degree_is_no_frame(zt):
    doc = zt.extract("Hans Meier, wie er sich selbst gerne nannte, ist tot.")
    assert zt.statements(doc) == []
    doc = zt.extract("Die Entscheidung bleibt den Nutzern, wie sehr sie die Neuerungen willkommen heißen.")
    assert zt.statements(doc) == []


def test_wie_clause_after_a_speech_verb_is_what_it_reports(zt):
    doc = zt.extract("Vor Gericht hatten Zeugen berichtet, wie der Mann den Wachmann attackierte.")
    zt.none_with(doc, "Vor Gericht hatten Zeugen berichtet")
    doc = zt.extract("Sie sah keinen Grund, an dem Plan zu zweifeln, wie sie in einem Brief bekundete.")
    st = zt.statement_with(doc, "an dem Plan zu zweifeln")
    assert zt.words(doc, st.cue) == "bekundete"


def test_purpose_clause_belongs_to_the_announced_infinitive(zt):
    doc = zt.extract("Die Stadt beschloss, einen Gutachter zu beauftragen, um die Schäden genauer prüfen zu lassen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "einen Gutachter zu beauftragen, um die Schäden genauer prüfen zu lassen"


def test_lexicon_besagen_ueberlegen_darauf_bestehen(zt):
    doc = zt.extract("Die Klausel besagt, dass der Käufer seinen Anteil zurückgeben muss.")
    assert zt.quote(doc, zt.only(doc)) == "dass der Käufer seinen Anteil zurückgeben muss"
    doc = zt.extract("Die Verantwortlichen überlegten kurz, die Rakete in die Halle zurückzubringen.")
    assert zt.quote(doc, zt.only(doc)) == "die Rakete in die Halle zurückzubringen"
    doc = zt.extract("Die Sender bestehen jedoch darauf, Programme für alle Hörer zu machen.")
    assert zt.quote(doc, zt.only(doc)) == "Programme für alle Hörer zu machen"


def test_plan_without_a_planner_is_no_statement(zt):
    doc = zt.extract("Außerdem ist geplant, neue Modelle auf dem Markt anzubieten.")
    assert zt.statements(doc) == []
    doc = zt.extract("Die Firma hat geplant, neue Modelle anzubieten.")
    assert zt.quote(doc, zt.only(doc)) == "neue Modelle anzubieten"


def test_negated_confirmation_says_nothing(zt):
    doc = zt.extract("Ein Sprecher der Bahn wollte nicht bestätigen, dass der Zug entgleist war.")
    assert zt.statements(doc) == []
    doc = zt.extract("Der Minister schloss nicht aus, dass er zurücktritt.")
    assert zt.quote(doc, zt.only(doc)) == "dass er zurücktritt"


def test_wie_clause_of_a_comparison_reports_nothing(zt):
    for text in ("Die Schäden sind nicht so groß, wie zunächst angenommen.",
                 "Die Rede klang so versöhnlich, wie man es nicht erwartet hatte."):
        assert zt.extract(text).statements == []


def test_wie_erwartet_without_a_subject_is_the_reporters_comment(zt):
    assert zt.extract("Wie erwartet wurde Jana Ott zur Vorsitzenden gewählt.").statements == []
    doc = zt.extract("Wie die Polizei vermutet, wurde das Feuer gelegt.")
    assert zt.quote(doc, zt.only(doc)) == "wurde das Feuer gelegt"
    doc = zt.extract("Wie angekündigt trat der Minister am Montag zurück.")
    assert zt.quote(doc, zt.only(doc)) == "trat der Minister am Montag zurück"


def test_zu_infinitive_opening_with_seit_or_waehrend_is_what_was_said(zt):
    doc = zt.extract("Die Anklage warf dem Beamten vor, seit Jahren Akten gefälscht zu haben.")
    assert zt.quote(doc, zt.only(doc)) == "seit Jahren Akten gefälscht zu haben"
    doc = zt.extract("Der Trainer kündigte an, bis zum Saisonende im Amt zu bleiben.")
    assert zt.quote(doc, zt.only(doc)) == "bis zum Saisonende im Amt zu bleiben"


def test_relative_clause_after_a_trailing_frame_describes_the_source(zt):
    doc = zt.extract("Die Zahlen seien unvollständig, heißt es in dem Bericht, der konkrete Fälle auflistet.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Die Zahlen seien unvollständig"
    assert st.cue.lemma == "heißen"


def test_list_of_names_after_a_colon_is_not_what_was_said(zt):
    doc = zt.extract("Als Nachfolger haben sich bereits drei Kandidaten gemeldet: Anna Berg, Jan Ott und Eva Roth.")
    assert all(st.type != "indirect" for st in doc.statements)
    doc = zt.extract("Die Ministerin erklärte: Die Lage sei ernst, die Stadt gut vorbereitet.")
    assert zt.quote(doc, zt.only(doc)) == "Die Lage sei ernst, die Stadt gut vorbereitet"


def test_wie_clause_ends_after_its_auxiliaries(zt):
    doc = zt.extract("Wie das Ministerium bekannt gegeben hatte, sinkt die Zahl der Arbeitslosen.")
    st = zt.only(doc)
    assert (zt.quote(doc, st), st.cue.lemma) == ("sinkt die Zahl der Arbeitslosen", "bekanntgeben")


def test_wie_man_sagt_is_an_idiom(zt):
    assert zt.extract("Der Trainer hat, wie man so schön sagt, alles auf eine Karte gesetzt.").statements == []


def test_wie_es_hiess_is_an_impersonal_report(zt):
    doc = zt.extract("Wie es hieß, sieht der Konzern die Planung gefährdet.")
    st = zt.only(doc)
    assert (zt.quote(doc, st), st.cue.lemma) == ("sieht der Konzern die Planung gefährdet", "heißen")


def test_dass_clause_after_an_apposition_and_an_addressee_between_commas(zt):
    doc = zt.extract("Am Abend sagte der Sprecher der Feuerwehr, Jan Ott, gegenüber der Zeitung, dass zwei Boote "
                     "im Einsatz seien.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass zwei Boote im Einsatz seien"


def test_dass_clause_after_verbless_inserts_between_commas(zt):
    doc = zt.extract("Im Mai verkündete der Kieler Ruderverein, kurz KRV, dann offiziell, dass er sich bewerben "
                     "werde.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass er sich bewerben werde"


def test_konjunktiv_content_after_an_apposition_and_an_addressee_between_commas(zt):
    doc = zt.extract("Am Abend sagte der Sprecher der Feuerwehr, Jan Ott, gegenüber der Zeitung, zwei Boote "
                     "seien im Einsatz.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "zwei Boote seien im Einsatz"


def test_dass_clause_ends_before_the_reporters_coordinated_verb(zt):
    doc = zt.extract("Der Wetterdienst teilte mit, dass der Regen noch anhalte und warnte für die Küste vor Sturm.")
    st = next(st for st in doc.statements if st.type == "indirect")
    assert zt.quote(doc, st) == "dass der Regen noch anhalte"


def test_dass_clause_keeps_a_verb_final_conjunct(zt):
    doc = zt.extract("Die Zeugin sagte, dass der Mann die Tasche nahm und verschwand.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass der Mann die Tasche nahm und verschwand"


def test_time_clause_of_the_accused_act_belongs_to_the_infinitive(zt):
    doc = zt.extract("Der Trainer warf dem Verein vor, ihn fallen gelassen zu haben, als er verletzt war.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "ihn fallen gelassen zu haben, als er verletzt war"


def test_reflexive_turning_out_is_a_finding_not_a_statement(zt):
    # "sich herausstellen", "sich bestätigen": nobody says what turned out; the transitive verbs still report
    for text in ("Am Abend hatte sich herausgestellt, dass kein Wasser ausgetreten war.",
                 "Nachdem sich herausgestellt hatte, dass die Brücke hält, fuhren die Züge wieder."):
        doc = zt.extract(text)
        assert zt.statements(doc, "indirect") == [], zt.describe(doc)
    doc = zt.extract("Die Senatorin stellte heraus, dass die Bäder geöffnet bleiben.")
    st = zt.only(doc)
    assert (zt.quote(doc, st), zt.pieces(doc, st.speaker)) == ("dass die Bäder geöffnet bleiben", ["Die Senatorin"])


def test_indicative_clause_after_a_fronted_object_is_not_what_was_said(zt):
    doc = zt.extract("Die Einzelheiten gab der Sprecher bekannt, die Feuerwehr war noch im Einsatz.")
    assert all(zt.quote(doc, st) != "die Feuerwehr war noch im Einsatz" for st in doc.statements)


def test_indicative_clause_after_a_passive_subject_is_not_what_was_said(zt):
    doc = zt.extract("Der Schaden wird von der Versicherung auf zwei Millionen Euro geschätzt, die Ermittlungen dauern an.")
    assert all(zt.quote(doc, st) != "die Ermittlungen dauern an" for st in doc.statements)


def test_indicative_clause_after_a_prepositional_object_is_not_what_was_said(zt):
    doc = zt.extract("Die Ermittler gehen von Brandstiftung aus, die Spurensicherung ist seit dem Morgen vor Ort.")
    assert all(zt.quote(doc, st) != "die Spurensicherung ist seit dem Morgen vor Ort" for st in doc.statements)


def test_indicative_clause_after_an_accusative_addressee_is_what_was_said(zt):
    doc = zt.extract("Die Anwohner warnte der Bürgermeister, die Brücke ist nicht mehr sicher.")
    assert any(zt.quote(doc, st) == "die Brücke ist nicht mehr sicher" for st in doc.statements)


def test_indicative_clause_after_a_fronted_dative_is_what_was_said(zt):
    doc = zt.extract("Dem Sender erklärte die Ministerin, die Grenze bleibt offen.")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == "die Grenze bleibt offen"


def test_a_zu_infinitive_opened_by_quoted_words_is_indirect_speech_around_them(zt):
    doc = zt.extract("Die Anwältin warf dem Konzern vor, „die Akten der Kunden“ zu verkaufen.")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == "„die Akten der Kunden“ zu verkaufen"
    assert zt.pieces(doc, st.speaker) == ["Die Anwältin"]
    assert zt.quote(doc, zt.only(doc, "direct")) == "die Akten der Kunden"


def test_a_konjunktiv_clause_opened_by_quoted_words_is_indirect_speech_around_them(zt):
    doc = zt.extract("Der Trainer sagte, „die junge Mannschaft“ habe gut gespielt.")
    assert zt.quote(doc, zt.only(doc, "indirect")) == "„die junge Mannschaft“ habe gut gespielt"
    assert zt.quote(doc, zt.only(doc, "direct")) == "die junge Mannschaft"


def test_a_reporting_clause_between_two_statements_gives_both(zt):
    doc = zt.extract("Die Lage sei ernst, sagte der Minister, die Regierung werde schnell handeln.")
    assert sorted(zt.quote(doc, st) for st in zt.statements(doc, "indirect")) == [
        "Die Lage sei ernst", "die Regierung werde schnell handeln"]
    assert all(zt.words(doc, st.speaker) == "der Minister" for st in doc.statements)


def test_a_clause_whose_subject_opens_with_quoted_words_is_reported_speech(zt):
    doc = zt.extract("Der Trainer sagte, seine „Mannschaft hat heute wirklich sehr gut gespielt“.")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == "seine „Mannschaft hat heute wirklich sehr gut gespielt“"
    assert zt.quote(doc, zt.only(doc, "direct")) == "Mannschaft hat heute wirklich sehr gut gespielt"


@pytest.mark.parametrize("text, content", [
    ("Nachdem die Stadt mitgeteilt hatte, dass die Brücke gesperrt bleibe, stieg der Verkehr auf der Umleitung.",
     "dass die Brücke gesperrt bleibe"),
    ("Als der Minister sagte, dass die Reform komme, meinte er damit nur die Rente.", "dass die Reform komme"),
])
def test_a_dass_clause_in_a_fronted_clause_ends_where_the_main_clause_begins(zt, text, content):
    doc = zt.extract(text)
    [st] = zt.statements(doc, "indirect")
    assert zt.quote(doc, st) == content


def test_a_zu_infinitive_ends_where_the_main_clause_goes_on_in_konjunktiv_2(zt):
    doc = zt.extract("Wenn weitere Abgeordnete dem Kollegen folgen, der erklärt hat, gegen das Paket stimmen zu "
                     "wollen, könnte es eng werden.")
    [st] = zt.statements(doc, "indirect")
    assert zt.quote(doc, st) == "gegen das Paket stimmen zu wollen"


def test_a_zu_infinitive_as_subject_of_reported_speech_stays_in_it(zt):
    doc = zt.extract("Er sagte, gegen das Paket zu stimmen, sei ein Fehler.")
    [st] = zt.statements(doc, "indirect")
    assert zt.quote(doc, st) == "gegen das Paket zu stimmen, sei ein Fehler"


@pytest.mark.parametrize("text, content", [
    ("Trotz der Durchsuchungen wurden keine Belege für die Behauptung, dass jemand einen Anschlag geplant habe, gefunden.",
     "dass jemand einen Anschlag geplant habe"),
    ("Ein Bericht der Nachrichtenagentur „Tass“, wonach der Minister zurückgetreten sein soll, wurde dementiert.",
     "der Minister zurückgetreten sein soll"),
])
def test_content_after_a_noun_ends_where_the_clause_around_the_noun_closes(zt, text, content):
    doc = zt.extract(text)
    [st] = zt.statements(doc, "indirect")
    assert zt.quote(doc, st) == content


def test_zu_infinitive_of_any_particle_verb_is_what_was_recommended(zt):
    # "stattzugeben", "weiterzuleiten": the particle belongs to no speech verb, the infinitive is still one
    doc = zt.extract("Die Gutachterin empfahl dem Gericht, der vor einem Jahr eingereichten Beschwerde stattzugeben.")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "der vor einem Jahr eingereichten Beschwerde stattzugeben"
    assert zt.pieces(doc, st.speaker) == ["Die Gutachterin"]


def test_zu_infinitive_without_comma_after_a_particle_verb(zt):
    doc = zt.extract("Der Abgeordnete hat am Montag angekündigt sein Mandat niederzulegen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "sein Mandat niederzulegen"


def test_a_condition_fronted_inside_a_zu_infinitive_is_part_of_what_was_announced(zt):
    doc = zt.extract("Der Verband kündigte an, sollte das Gesetz kommen, seine Zahlungen an die Stadt einzustellen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "sollte das Gesetz kommen, seine Zahlungen an die Stadt einzustellen"
    assert zt.pieces(doc, st.speaker) == ["Der Verband"]


def test_an_apposition_inside_a_zu_infinitive_is_part_of_what_was_announced(zt):
    doc = zt.extract("Die Partei hatte angekündigt, mit allen Fraktionen, auch der Opposition, verhandeln zu wollen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "mit allen Fraktionen, auch der Opposition, verhandeln zu wollen"


def test_reported_clause_ends_where_another_speaker_explains(zt):
    doc = zt.extract("Der Bürgermeister sagte, die Brücke sei gesperrt, doch der Sprecher Jan Ott erklärte, "
                     "den Schaden noch nicht beziffern zu können.")
    first, second = sorted(doc.statements, key=lambda st: st.quote.spans[0][0])
    assert zt.quote(doc, first) == "die Brücke sei gesperrt"
    assert zt.quote(doc, second) == "den Schaden noch nicht beziffern zu können"
    assert zt.pieces(doc, second.speaker) == ["der Sprecher Jan Ott"]


def test_reported_clause_ends_before_a_participle_sharing_the_auxiliary(zt):
    doc = zt.extract("Sie hatte Fehler eingeräumt und angegeben, sie habe zu schnell gearbeitet, jedoch stets "
                     "beteuert, nicht absichtlich getäuscht zu haben.")
    quotes = sorted(zt.quote(doc, st) for st in doc.statements if st.type == "indirect")
    assert quotes == ["nicht absichtlich getäuscht zu haben", "sie habe zu schnell gearbeitet"]


def test_a_konjunktiv_after_the_conjunction_keeps_the_reported_speech_going(zt):
    doc = zt.extract("Der Arzt sagte, sie sei krank und habe vor der Grippe gewarnt.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "sie sei krank und habe vor der Grippe gewarnt"


def test_bewusst_sein_holds_a_thought(zt):
    doc = zt.extract("Die Verleger sind sich der Gefahr bewusst, dass gedruckte Zeitungen weniger gelesen werden.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass gedruckte Zeitungen weniger gelesen werden"
    assert st.cue.lemma == "bewusst sein"
    assert zt.pieces(doc, st.speaker) == ["Die Verleger"]


def test_vorgeben_with_a_zu_infinitive(zt):
    doc = zt.extract("Der Mann gab vor, die Zählerstände ablesen zu wollen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "die Zählerstände ablesen zu wollen"
    assert st.cue.lemma == "vorgeben"


def test_dies_of_another_clause_does_not_point_back(zt):
    doc = zt.extract("Die Fahrer blockierten am Montag die Straße. Dies war nicht der erste Streit und die "
                     "Anwohner befürchten, dass es nicht der letzte sein wird.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass es nicht der letzte sein wird"


def test_a_short_bracket_in_the_verbs_clause_before_the_comma(zt):
    doc = zt.extract("Die Forscherin berichtete im Fachblatt „Nature Genetics“ („NG“), es seien nur wenige "
                     "Proben erhalten geblieben.")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == "es seien nur wenige Proben erhalten geblieben"
    assert zt.pieces(doc, st.speaker) == ["Die Forscherin"]


def test_an_apposition_inside_a_zu_infinitive_without_its_closing_comma(zt):
    doc = zt.extract("Der Plan war für gescheitert erklärt worden, die Werke in Bonn, Kiel und Ulm zu verkaufen.")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == "die Werke in Bonn, Kiel und Ulm zu verkaufen"


def test_wie_clause_after_a_colon_takes_the_content_after_the_colon(zt):
    doc = zt.extract("Hinzu kommt ein weiterer Umstand: Wie die Polizei mitteilte, war der Fahrer betrunken.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "war der Fahrer betrunken"
    assert zt.pieces(doc, st.speaker) == ["die Polizei"]


def test_trailing_das_meint_after_a_dash_with_a_focus_adverb(zt):
    doc = zt.extract("Der neue Name hat einen großen Symbolwert – das zumindest meint die Sprecherin Eva Roth.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Der neue Name hat einen großen Symbolwert"
    assert zt.names(doc, st) == ["Eva Roth"]


def test_so_genannt_between_dashes_is_no_trailing_frame(zt):
    doc = zt.extract("Seit Montag halten die Rothemden – so werden die Anhänger genannt – den Platz besetzt.")
    assert doc.statements == [], zt.describe(doc)


def test_a_quoted_question_after_the_statement_does_not_make_it_a_question(zt):
    doc = zt.extract("Sie sagte, die Stadt brauche die Brücke und fügte hinzu: „Wer will das bezahlen? Wer will das bauen?“")
    st = zt.only(doc, "indirect")
    assert zt.quote(doc, st) == "die Stadt brauche die Brücke"


def test_an_interviewers_question_with_a_quoted_word_still_reports_nothing(zt):
    doc = zt.extract("Man hört oft, dass die Lage sicher sei, glauben Sie, dass der „Frieden“ hält?")
    assert [st for st in doc.statements if st.type == "indirect"] == [], zt.describe(doc)


def test_an_als_auch_apposition_inside_a_zu_infinitive(zt):
    doc = zt.extract("Die Partei hatte angekündigt, mit allen Fraktionen, als auch der Opposition, reden zu wollen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "mit allen Fraktionen, als auch der Opposition, reden zu wollen"


def test_a_relative_clause_in_the_indicative_leaves_the_reported_object(zt):
    doc = zt.extract("Der Bauernverband kritisierte den Entwurf, der im Mai vorgelegt wurde.")
    st = zt.only(doc)
    assert st.type == "reported"
    assert zt.quote(doc, st) == "den Entwurf"


def test_a_sobald_clause_opens_what_was_said_before_its_konjunktiv_main_clause(zt):
    doc = zt.extract("Der Bürgermeister befürchtet, sobald die Fabrik schließt, würden viele Familien wegziehen.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "sobald die Fabrik schließt, würden viele Familien wegziehen"
    assert zt.pieces(doc, st.speaker) == ["Der Bürgermeister"]


def test_content_before_a_trailing_frame_goes_on_after_a_relative_clause_with_in_denen(zt):
    doc = zt.extract("Nach den Spielen, in denen die Mannschaft Fehler gemacht hat, sollte die Abwehr "
                     "„heute ohne Angst spielen“, sagte die Trainerin.")
    st = zt.statement_with(doc, "Nach den Spielen")
    assert st.type == "indirect"
    assert zt.quote(doc, st) == ("Nach den Spielen, in denen die Mannschaft Fehler gemacht hat, sollte die Abwehr "
                                 "„heute ohne Angst spielen“")
    assert zt.pieces(doc, st.speaker) == ["die Trainerin"]


def test_content_before_a_passive_zitiert_with_an_apposition_after_the_speaker(zt):
    doc = zt.extract("Das ist eine große Chance für die Region, wird Jan Ott, Leiter der Kammer, zitiert.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "Das ist eine große Chance für die Region"
    assert zt.names(doc, st) == ["Jan Ott"]


# --- a Konjunktiv clause after the object of a reported speech act -------------------------------------

def test_konjunktiv_relative_clause_after_a_reported_act_is_indirect_speech(zt):
    doc = zt.extract("Die Anwohner beklagten die Kürzungen, die zu langen Wartezeiten führen würden.")
    reported = next(st for st in doc.statements if st.type == "reported")
    indirect = next(st for st in doc.statements if st.type == "indirect")
    assert zt.quote(doc, reported) == "die Kürzungen"
    assert zt.quote(doc, indirect) == "die zu langen Wartezeiten führen würden"
    assert indirect.cue.text == "beklagten"
    assert zt.pieces(doc, indirect.speaker) == ["Die Anwohner"]


def test_konjunktiv_reason_after_a_reported_act_is_indirect_speech(zt):
    doc = zt.extract("Der Verband nannte die Verschiebung einen Fehler, weil die Bürger seit Jahren auf eine "
                     "Entscheidung warten müssten.")
    indirect = next(st for st in doc.statements if st.type == "indirect")
    assert zt.quote(doc, indirect) == "weil die Bürger seit Jahren auf eine Entscheidung warten müssten"
    assert zt.pieces(doc, indirect.speaker) == ["Der Verband"]


def test_indicative_relative_clause_after_a_reported_act_is_the_reporters(zt):
    doc = zt.extract("Der Bürgermeister lobte die Helfer, die bis in die Nacht gearbeitet hatten.")
    assert [st.type for st in doc.statements] == ["reported"]


# --- a trailing clause with its own source ------------------------------------------------------------

def test_content_ends_before_a_trailing_clause_that_names_its_own_source(zt):
    doc = zt.extract("Die Ministerin berichtete, dass sie den Sprecher angerufen habe, worauf dieser nach Angaben "
                     "der Zeitung keine Auskunft geben wollte.")
    said = next(st for st in doc.statements if st.cue.text == "berichtete")
    told = next(st for st in doc.statements if st.cue.text == "nach Angaben")
    assert zt.quote(doc, said) == "dass sie den Sprecher angerufen habe"
    assert told.quote.text == "worauf dieser … keine Auskunft geben wollte"


def test_a_reason_clause_with_its_own_source_stays_in_the_content(zt):
    doc = zt.extract("Die Vereinten Nationen hatten gebeten, Soldaten zu schicken, weil die Mission nach Angaben "
                     "der UN überfordert ist.")
    asked = next(st for st in doc.statements if st.cue.text == "gebeten")
    assert zt.quote(doc, asked) == "Soldaten zu schicken, weil die Mission nach Angaben der UN überfordert ist"


def test_a_claim_contradicted_with_anders_als_is_not_its_speakers_content(zt):
    doc = zt.extract("Der Zeuge sagte am Montag aus. Der Wagen sei, anders als die Armee behauptet, langsam gefahren, "
                     "es habe kein Signal gegeben.")
    assert not any(st.speaker is not None and st.speaker.text == "die Armee" for st in doc.statements)
    (st,) = [st for st in doc.statements if "Wagen" in st.quote.text]
    assert zt.quote(doc, st).startswith("Der Wagen sei, anders als die Armee behauptet, langsam gefahren")


def test_a_konjunktiv_clause_without_subject_after_a_comma_continues_the_content(zt):
    doc = zt.extract("Die Lage ist ernst. Die Liste existiere bereits, werde aber nicht veröffentlicht, sagte ein Sprecher.")
    (st,) = doc.statements
    assert zt.quote(doc, st) == "Die Liste existiere bereits, werde aber nicht veröffentlicht"
    assert st.cue.text == "sagte"


def test_nobody_as_subject_holds_no_statement(zt):
    doc = zt.extract("Niemand erwartet, dass die Brücke noch in diesem Jahr fertig wird.")
    assert zt.statements(doc) == []


def test_man_with_a_modal_is_the_writers_comment(zt):
    doc = zt.extract("Alles in allem kann man sagen, dass das Stadtfest ein Erfolg war.")
    assert zt.statements(doc) == []
    doc = zt.extract("Die Polizei sagte, keiner erwarte Unruhen.")
    assert [zt.words(doc, st.speaker) for st in zt.statements(doc)] == ["Die Polizei"]


def test_a_decision_whether_still_open_reports_nothing(zt):
    doc = zt.extract("Der Mann wird dem Richter vorgeführt, der entscheidet, ob er in Haft bleibt.")
    assert zt.statements(doc) == []
    doc = zt.extract("Das Gericht entschied, dass die Regel gilt.")
    assert [st.type for st in zt.statements(doc)] == ["indirect"]


def test_a_plain_sentence_after_a_colon_with_no_one_named_is_the_writers(zt):
    doc = zt.extract("Wie der neue Plan aussieht, wurde gestern bekannt: Die Fähre fährt künftig stündlich.")
    assert zt.statements(doc, "indirect") == []
    doc = zt.extract("Die Polizei teilte mit: Der Täter ist gefasst.")
    assert [zt.words(doc, st.speaker) for st in zt.statements(doc, "indirect")] == ["Die Polizei"]


def test_sentence_around_a_relative_clause_with_the_cue_is_not_its_content(zt):
    doc = zt.extract("Die Regel sieht vor, dass Firmen, die mehr Abgase ausstoßen als es die Behörden festlegen, "
                     "Zertifikate kaufen müssen.")
    assert all(st.cue is None or st.cue.lemma != "festlegen" for st in doc.statements)


def test_main_clause_after_a_was_clause_with_the_cue_is_not_its_content(zt):
    doc = zt.extract("Der Verlag brauchte hundert Jahre für das, was das Werk heute darstellt, die Gruppe "
                     "brauchte dafür nur vier Jahre.")
    assert all(st.cue is None or st.cue.lemma != "darstellen" for st in doc.statements)


def test_konjunktiv_clause_after_a_cue_in_an_embedded_clause_is_its_content(zt):
    doc = zt.extract("Der Minister verließ, nachdem er erklärt hatte, er werde zurücktreten, den Saal.")
    st = zt.only(doc)
    assert st.cue.lemma == "erklären"
    assert zt.quote(doc, st).startswith("er werde zurücktreten")


def test_a_question_cut_by_a_line_break_reports_no_view(zt):
    doc = zt.extract("Frage: Inwieweit ist Ihrer Meinung nach der Plan der Regierung für die \n"
                     "Bürger gerecht?\n\nAntwort: Er ist nicht gerecht.")
    assert all("Plan der Regierung" not in zt.quote(doc, st) for st in doc.statements)


def test_wie_comparing_the_subject_of_a_clause_is_no_wie_frame(zt):
    doc = zt.extract("Für die Abgeordnete ist die Zeit der Ehrlichkeit vorbei, wenn sie, wie auch schon der "
                     "Kollege von der FDP, auf die Entlastung des Haushalts hinweist.")
    assert doc.statements == []


def test_wie_clause_with_a_modal_after_the_verb_says_how_not_who_said(zt):
    doc = zt.extract("Ein Bauer aus der Provinz lernte in vielen Jahren, wie er sich gegen die Fabrik wehren könnte.")
    assert doc.statements == []


def test_a_zu_infinitive_as_subject_names_the_act_without_performing_it(zt):
    doc = zt.extract("Einen Krieg anzudrohen ist eine echte Eskalation, mit der man sich jeden Nachbarn zum "
                     "Feind machen würde.")
    assert doc.statements == []


def test_a_place_that_characterises_itself_says_nothing(zt):
    doc = zt.extract("Die Region charakterisiert sich dadurch, dass die Bevölkerung überwiegend jung ist.")
    assert doc.statements == []


def test_the_subject_of_ist_geplant_is_what_is_planned_not_the_planner(zt):
    doc = zt.extract("Zudem ist der Bau einer Brücke geplant: Die Arbeiten beginnen im Mai.")
    assert all(st.cue is None or st.cue.lemma != "planen" for st in doc.statements)


def test_sein_with_a_zu_infinitive_is_the_writers_inference(zt):
    doc = zt.extract("Mit dem neuen Fall ist nun davon auszugehen, dass die Seuche nicht regional begrenzt bleibt.")
    assert doc.statements == []


def test_gilt_als_with_a_cue_and_no_holder_is_a_common_assessment(zt):
    doc = zt.extract("Es gilt als ausgeschlossen, dass der Kandidat noch einmal antritt.")
    assert doc.statements == []


def test_a_modal_with_an_agentless_passive_is_the_writers_conclusion(zt):
    doc = zt.extract("Als Ergebnis der Studie darf also festgehalten werden, dass auch leichte Raucher ein hohes "
                     "Risiko haben.")
    assert doc.statements == []


def test_man_moechte_raten_is_the_writers_comment(zt):
    doc = zt.extract("Andernfalls möchte man ihr fast raten, den Appell der Richter zu beherzigen.")
    assert doc.statements == []


def test_judging_whether_after_the_auxiliary_reports_nothing(zt):
    doc = zt.extract("Es war der erste Prozess, in dem das Gericht über die Frage geurteilt hat, ob ein Staat "
                     "Völkermord begangen hat.")
    assert doc.statements == []


def test_bemerken_with_an_indicative_dass_clause_is_noticing(zt):
    doc = zt.extract("Als die Frau bemerkte, dass ihr Nachbar die Polizei gerufen hatte, flüchtete sie.")
    assert doc.statements == []


def test_bemerken_with_a_konjunktiv_dass_clause_is_a_remark(zt):
    doc = zt.extract("Der Minister bemerkte, dass die Lage ernst sei.")
    st = zt.only(doc)
    assert zt.quote(doc, st) == "dass die Lage ernst sei"

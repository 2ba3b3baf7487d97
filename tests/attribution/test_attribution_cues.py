"""Speech verbs and their separated particles (attribution/cues.py)."""
from zitat.attribution.cues import find_cues
from zitat.language.doc import Doc
from zitat.lexicon import german


def cue_lemmas(text):
    doc = Doc.analyse(text, german())
    return [c.entry.lemma for c in find_cues(doc)]


def test_a_particle_of_another_verb_blocks_the_plain_verb():
    # "wehrte … ab" is abwehren, "billigten … zu" is zubilligen: neither is wehren or billigen
    assert cue_lemmas("Der Torwart wehrte den Schuss mit der Faust ab.") == []
    assert cue_lemmas("Die Richter billigten dem Kläger eine Entschädigung zu.") == []


def test_the_particle_of_the_next_verb_does_not_block():
    assert cue_lemmas("Der Minister kritisierte den Plan und kündigte Widerstand an.") == ["kritisieren", "ankündigen"]


def test_a_preposition_before_quoted_words_is_no_particle():
    assert cue_lemmas("Der Trainer begründete die Wahl mit „frischem Wind“.") == ["begründen"]


def test_the_plain_verb_without_a_particle_still_matches():
    assert cue_lemmas("Die Ministerin kritisierte den Plan scharf.") == ["kritisieren"]


def cue_words(text):
    doc = Doc.analyse(text, german())
    return [" ".join(doc.tokens[k].text for k in c.tokens) for c in find_cues(doc)]


def test_a_phrasal_cue_keeps_the_words_of_its_lemma():
    assert cue_words("Die Ärztin hält es für möglich, dass die Zahl steigt.") == ["hält für möglich"]
    assert cue_words("Der Verband ist der Meinung, dass die Regel gilt.") == ["ist der Meinung"]
    assert cue_words("Die Prüfer kamen zu dem Schluss, dass Geld fehlt.") == ["kamen zu dem Schluss"]


def test_instructions_conditions_and_conclusions_introduce_their_content(zt):
    # "anweisen", "beauftragen", "zur Bedingung machen", "den Schluss ziehen", "als erwiesen ansehen"
    cases = [("Die Anwohner wurden von der Polizei angewiesen, die Fenster geschlossen zu halten.",
              "die Fenster geschlossen zu halten", "anweisen"),
             ("Die Ministerin beauftragte ihren Staatssekretär, einen Entwurf vorzulegen.",
              "einen Entwurf vorzulegen", "beauftragen"),
             ("Die Gewerkschaft machte zur Bedingung, dass keine Stellen gestrichen werden.",
              "dass keine Stellen gestrichen werden", "zur Bedingung machen"),
             ("Die Ermittler zogen den Schluss, der Brand sei gelegt worden.",
              "der Brand sei gelegt worden", "den Schluss ziehen"),
             ("Das Landgericht sah es als erwiesen an, dass der Angeklagte das Geld genommen hatte.",
              "dass der Angeklagte das Geld genommen hatte", "als erwiesen ansehen")]
    for text, quote, lemma in cases:
        doc = zt.extract(text)
        st = zt.only(doc)
        assert (st.type, zt.quote(doc, st), st.cue.lemma) == ("indirect", quote, lemma)


def test_a_particle_before_a_participle_with_auxiliaries_closing_the_clause(zt):
    doc = zt.extract("Die Armee holte ihn zurück, nachdem bekannt geworden war, dass er verletzt wurde.")
    st = zt.only(doc)
    assert (zt.quote(doc, st), st.cue.lemma) == ("dass er verletzt wurde", "bekannt werden")


def test_angewiesen_auf_is_dependent_not_instructed(zt):
    doc = zt.extract("Weil die Stadt stärker denn je auf Touristen angewiesen ist, könnte sie offensiver werben.")
    assert zt.statements(doc) == [], zt.describe(doc)
    doc = zt.extract("Die Mitarbeiter wurden angewiesen, die Türen zu schließen.")
    assert zt.only(doc).cue.lemma == "anweisen"


def test_sentence_opening_present_participle_is_an_adverb(zt):
    from zitat import extract
    doc = extract("Ergänzend erklärte die Polizei, der Mann sei festgenommen worden.", use_model=False)
    st = zt.only(doc, "indirect")
    assert zt.pieces(doc, st.cue) == ["erklärte"]
    assert zt.pieces(doc, st.speaker) == ["die Polizei"]



def test_criticism_becoming_loud_and_a_ventured_forecast_introduce_their_content(zt):
    # "laut werden" ("Vorwürfe werden laut, dass …"), "die Prognose wagen"
    cases = [("Kritik wurde laut, dass die Stadt die Anwohner übergangen habe.",
              "dass die Stadt die Anwohner übergangen habe", "laut werden", "Kritik"),
             ("Der Bürgermeister wagte die Prognose, der Haushalt werde ausgeglichen sein.",
              "der Haushalt werde ausgeglichen sein", "die Prognose wagen", "Der Bürgermeister")]
    for text, quote, lemma, speaker in cases:
        doc = zt.extract(text)
        st = zt.only(doc)
        assert (st.type, zt.quote(doc, st), st.cue.lemma, zt.pieces(doc, st.speaker)) == (
            "indirect", quote, lemma, [speaker])


def test_a_voice_becoming_loud_without_content_is_no_statement(zt):
    doc = zt.extract("Die Musik wurde laut, als die Gäste den Saal betraten.")
    assert zt.statements(doc) == [], zt.describe(doc)


def test_being_sure_introduces_the_holders_view(zt):
    doc = zt.extract("Die Ermittler waren sich sicher, dass die Spuren für eine Anklage reichen würden.")
    st = zt.only(doc)
    assert (st.type, zt.quote(doc, st), st.cue.lemma, zt.pieces(doc, st.speaker)) == (
        "indirect", "dass die Spuren für eine Anklage reichen würden", "sicher sein", ["Die Ermittler"])


def test_a_certainty_nobody_holds_is_no_statement(zt):
    for text in ("Es ist sicher, dass die Brücke im Sommer fertig wird.",
                 "Sicher ist: Die Brücke wird im Sommer fertig."):
        doc = zt.extract(text)
        assert zt.statements(doc) == [], zt.describe(doc)


def test_sprich_with_a_comma_means_that_is_to_say():
    assert "sprechen" not in cue_lemmas("Die Reform soll die Kosten senken – sprich, die Beiträge steigen nicht.")


def test_wissen_wollen_asks(zt):
    doc = zt.extract("„Wann wird die Brücke endlich repariert?“, wollen die Anwohner seit Wochen wissen.")
    [st] = zt.statements(doc, "direct")
    assert st.cue.lemma == "wissen wollen"
    assert zt.pieces(doc, st.speaker) == ["die Anwohner"]


def test_zu_lesen_and_zu_hoeren_sein_report_words(zt):
    assert "zu lesen sein" in cue_lemmas("Auf dem Schild waren die Worte zu lesen: „Wir bleiben hier.“")
    assert "zu hören sein" in cue_lemmas("Aus der Partei ist zu hören, der Vorsitzende wolle zurücktreten.")
    assert zt.extract("Das Buch ist schwer zu lesen.").statements == []


def test_geraten_is_raten_only_in_the_werden_passive():
    # "wurde geraten" (was advised) is a speech act, "in Not geraten" (got into trouble) is not
    assert cue_lemmas("Den Anwohnern wurde geraten, die Fenster zu schließen.") == ["raten"]
    assert cue_lemmas("Die Firma ist in Not geraten, weil die Kunden ausblieben.") == []


def test_a_list_between_verb_and_particle_does_not_end_the_clause():
    assert cue_lemmas("Sie schlug dem Minister für Bau, Verkehr und Umwelt vor, die Straße zu sperren.") == ["vorschlagen"]


def test_a_pronominal_adverb_between_the_noun_and_the_verb_of_a_phrasal_cue(zt):
    doc = zt.extract("Die Anwohner hatten Einspruch dagegen erhoben, weil der Lärm unzumutbar sei.")
    st = zt.only(doc)
    assert st.cue.lemma == "Einspruch erheben"
    assert zt.quote(doc, st) == "weil der Lärm unzumutbar sei"
    assert zt.pieces(doc, st.speaker) == ["Die Anwohner"]


def test_nennen_that_gives_a_name_reports_nothing():
    # "nennt man" defines a term, "…, genannt „X“," adds a name; "nannte drei Gründe" reports
    assert cue_lemmas("Die Bank teilt ihre Aktien. Das nennt man einen Aktiensplit.") == []
    assert cue_lemmas("Das Gerät kam mit einer Software, genannt „Blitz“, auf den Markt.") == []
    assert cue_lemmas("Die Ministerin nannte drei Gründe für den Rücktritt.") == ["nennen"]


def test_lauten_with_a_name_as_subject_states_a_name():
    assert cue_lemmas("„Wolken über Kiel“, so lautet der Titel einer neuen Studie.") == []
    assert cue_lemmas("Der Name der Aktion lautet „Sauberer Strand“.") == []
    assert cue_lemmas("„Wir bleiben hart“, lautete die Botschaft des Ministers.") == ["lauten"]


def test_a_participle_after_a_comparative_and_als_reports_nothing():
    assert cue_lemmas("Die Kosten lagen deutlich höher als erwartet.") == []
    assert cue_lemmas("Der Zug kam „zehn Minuten früher“ als geplant, die Gäste warteten schon.") == []


def test_a_word_before_a_quoted_phrase_is_no_separated_particle():
    # "ein" opens the quoted phrase; it is not the particle of "eingehen"
    assert cue_lemmas("Seine Worte gingen um die Welt und sind heute ein „geflügeltes Wort“.") == []


def test_a_name_as_subject_reports_nothing():
    assert cue_lemmas("Der Name Ubuntu bedeutet etwa „Menschlichkeit“ und bezeichnet eine Philosophie.") == []
    assert cue_lemmas("Wie der Titel verrät, spielt der Film in Kiel.") == []


def test_statt_closing_the_clause_makes_finden_stattfinden():
    assert cue_lemmas("Heute findet in Kiel das Festival statt, das „Musik für alle“ bieten soll.") == []


def test_sich_praesentieren_shows_itself_and_reports_nothing():
    assert cue_lemmas("Neuerdings präsentiert er sich als „Berater des Vorstands“.") == []
    assert cue_lemmas("An einer Schule, die sich als „Schule ohne Gewalt“ präsentiert, gab es Streit.") == []
    assert cue_lemmas("Der Minister präsentierte am Montag den Plan.") == ["präsentieren"]


def test_a_strong_participle_with_an_adjective_ending_is_no_speech_verb():
    # "beschlossenen" before its noun describes the change; nobody decides or says anything here
    assert cue_lemmas("Nach einer vom Rat beschlossenen Änderung bleiben die Daten geheim.") == []
    assert cue_lemmas("Der Rat hat die Änderung beschlossen.") == ["beschließen"]


def test_das_heisst_inside_a_sentence_is_no_speech_verb():
    # ", das heißt …" explains the words before it ("that is"); nobody says anything
    assert cue_lemmas("Es bestehen Zweifel an der Tat, das heißt am Vorwurf des Betrugs.") == []


def test_einigen_before_its_noun_is_the_quantifier():
    assert cue_lemmas("Von einigen Tieren und mit einigen neuen Regeln wird der Zoo größer.") == []
    assert cue_lemmas("Die Parteien einigen sich auf einen Plan.") == ["einigen"]

"""Sentences in the Konjunktiv that go on reporting a speaker without a frame of their own."""


def test_past_tense_musste_after_a_statement_is_no_continuation(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Haushalt sei solide. "
                     "Im Herbst musste die Stadt trotzdem neue Kredite aufnehmen.")
    zt.none_with(doc, "neue Kredite")


def test_konjunktiv_sentence_after_indirect_statement_takes_its_speaker(zt):
    doc = zt.extract("Innenministerin Petra Lanz sagte, die Lage sei unter Kontrolle. "
                     "Die Polizei habe ausreichend Kräfte vor Ort.")
    first = zt.statement_with(doc, "die Lage sei unter Kontrolle")
    assert first.type == "indirect"
    st = zt.statement_with(doc, "ausreichend Kräfte")
    assert st.type == "indirect_free_indirect"
    assert zt.quote(doc, st) == "Die Polizei habe ausreichend Kräfte vor Ort."
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_konjunktiv_ii_sentence_right_after_a_statement_continues_it(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Haushalt sei solide. "
                     "Neue Schulden würden die Stadt lähmen.")
    st = zt.statement_with(doc, "Neue Schulden")
    assert st.type == "indirect_free_indirect"
    assert zt.quote(doc, st) == "Neue Schulden würden die Stadt lähmen."
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_two_continuation_sentences(zt):
    doc = zt.extract("Innenministerin Petra Lanz sagte, die Lage sei unter Kontrolle. "
                     "Die Polizei habe ausreichend Kräfte vor Ort. Eine Evakuierung sei nicht nötig.")
    assert [(s.type, zt.quote(doc, s), zt.names(doc, s)) for s in doc.statements] == [
        ("indirect", "die Lage sei unter Kontrolle", ["Petra Lanz"]),
        ("indirect_free_indirect", "Die Polizei habe ausreichend Kräfte vor Ort.", ["Petra Lanz"]),
        ("indirect_free_indirect", "Eine Evakuierung sei nicht nötig.", ["Petra Lanz"]),
    ]


def test_indicative_narrative_sentence_afterwards_is_no_statement(zt):
    doc = zt.extract("Innenministerin Petra Lanz sagte, die Lage sei unter Kontrolle. "
                     "Die Polizei habe ausreichend Kräfte vor Ort. Am Abend regnete es in der ganzen Stadt.")
    assert len(doc.statements) == 2, zt.describe(doc)
    zt.none_with(doc, "Am Abend regnete es")


def test_konjunktiv_sentence_before_a_direct_quote_takes_the_quotes_speaker(zt):
    doc = zt.extract("Die Stadt müsse jetzt handeln. „Wir haben keine Zeit zu verlieren“, "
                     "betonte Bürgermeister Jonas Weber.")
    st = zt.statement_with(doc, "Die Stadt müsse")
    assert st.type == "indirect_free_indirect"
    assert zt.quote(doc, st) == "Die Stadt müsse jetzt handeln."
    assert zt.names(doc, st) == ["Jonas Weber"]
    direct = zt.statement_with(doc, "Wir haben keine Zeit")
    assert (direct.type, zt.quote(doc, direct)) == ("direct", "Wir haben keine Zeit zu verlieren")
    assert (direct.cue.text, direct.cue.lemma) == ("betonte", "betonen")
    assert zt.names(doc, direct) == ["Jonas Weber"]


def test_konjunktiv_sentence_at_paragraph_start_takes_the_speaker_of_its_paragraph(zt):
    doc = zt.extract("Innenministerin Petra Lanz sagte, die Polizei sei vorbereitet.\n\n"
                     "Die Stadt müsse jetzt handeln. „Wir haben keine Zeit zu verlieren“, "
                     "betonte Bürgermeister Jonas Weber.")
    st = zt.statement_with(doc, "Die Stadt müsse")
    assert st.type == "indirect_free_indirect"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_konjunktiv_sentence_opening_a_paragraph_goes_on_with_the_report_before_it(zt):
    doc = zt.extract("Innenministerin Petra Lanz sagte, die Polizei sei vorbereitet.\n\n"
                     "Die Stadt müsse aber mehr Personal einstellen. "
                     "Bürgermeister Jonas Weber sagte am Abend, der Haushalt sei knapp.")
    st = zt.statement_with(doc, "Die Stadt müsse")
    assert st.type == "indirect_free_indirect"
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_hypothetical_konjunktiv_ii_without_a_statement_is_no_statement(zt):
    doc = zt.extract("Ohne den Regen wäre das Stadtfest ein Erfolg gewesen. Die Besucher gingen früh nach Hause.")
    assert doc.statements == [], zt.describe(doc)



def test_konjunktiv_sentence_opening_with_a_pronoun_speaks_for_its_antecedent(zt):
    doc = zt.extract("Unterdessen verteidigte der Vorsitzende des Ausschusses, Jonas Weber, den Entwurf. "
                     "Er halte die Verlängerung der Gesetze für vertretbar.")
    st = zt.only(doc, "indirect_free_indirect")
    assert zt.pieces(doc, st.speaker) == ["Er"]
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_continuation_holding_a_partial_quote_gives_both(zt):
    doc = zt.extract("Bürgermeisterin Petra Lanz betonte, die Helfer seien engagiert. Sie seien „so gut wie jeder "
                     "andere geeignet“.")
    continuation = zt.only(doc, "indirect_free_indirect")
    assert zt.quote(doc, continuation) == "Sie seien „so gut wie jeder andere geeignet“."
    partial = zt.only(doc, "direct")
    assert zt.quote(doc, partial) == "so gut wie jeder andere geeignet"
    assert zt.names(doc, partial) == ["Petra Lanz"]


def test_name_with_particles_opening_the_sentence_speaks(zt):
    doc = zt.extract("Von der Leyen betonte, die Helfer seien engagiert.")
    st = zt.only(doc)
    assert zt.pieces(doc, st.speaker) == ["Von der Leyen"]


def test_leading_label_is_not_part_of_a_continuation(zt):
    doc = zt.extract("Verkehr: Für den Ausbau der Schienen sollen zwei Milliarden Euro bereitgestellt worden sein.")
    st = zt.only(doc)
    assert zt.quote(doc, st).startswith("Für den Ausbau")


def test_konjunktiv_ii_of_a_strong_verb_after_a_partial_quote_continues(zt):
    doc = zt.extract("Bürgermeisterin Anja Roth nannte den Besuch ein „wichtiges Zeichen“. "
                     "Die Dämme befänden sich nahe der Grenze ihrer Belastbarkeit.")
    st = zt.only(doc, "indirect_free_indirect")
    assert zt.quote(doc, st) == "Die Dämme befänden sich nahe der Grenze ihrer Belastbarkeit."
    assert zt.words(doc, st.speaker) == "Bürgermeisterin Anja Roth"


def test_sollen_right_after_a_statement_continues_it(zt):
    doc = zt.extract("Die Stadtwerke kündigten an, das Netz bis 2030 zu erneuern. "
                     "Zuerst sollen die Leitungen in der Altstadt ersetzt werden.")
    st = zt.only(doc, "free_indirect")
    assert zt.quote(doc, st) == "Zuerst sollen die Leitungen in der Altstadt ersetzt werden."
    assert zt.words(doc, st.speaker) == "Die Stadtwerke"


def test_sollten_right_after_a_statement_reports_a_recommendation(zt):
    doc = zt.extract("Der Verbandschef kritisierte die Banken scharf. Deshalb sollten Manager persönlich haften.")
    st = zt.statement_with(doc, "persönlich haften")
    assert (st.type, zt.quote(doc, st)) == ("free_indirect", "Deshalb sollten Manager persönlich haften.")
    assert zt.names(doc, st) == ["Verbandschef"]


def test_damit_before_a_konjunktiv_verb_is_an_adverb_of_the_main_clause(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Bau werde im Mai fertig. "
                     "Damit wäre die Schule rechtzeitig zum neuen Schuljahr bereit.")
    st = zt.statement_with(doc, "Damit wäre")
    assert st.type == "indirect_free_indirect"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_an_indicative_main_clause_before_the_konjunktiv_one_is_the_reporters(zt):
    doc = zt.extract("Nach Angaben der Polizei starben zwei Menschen. "
                     "Zwölf weitere wurden verletzt, die Verletzten seien alle Touristen aus Kiel.")
    st = zt.statement_with(doc, "Touristen aus Kiel")
    assert st.type == "indirect_free_indirect"
    assert zt.quote(doc, st) == "die Verletzten seien alle Touristen aus Kiel."


def test_first_person_sentence_in_an_interview_is_no_continuation(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Bau werde teurer. "
                     "Ich arbeite derzeit an einem neuen Konzept und plane einen Kurzfilm über die Stadt.")
    zt.none_with(doc, "plane einen Kurzfilm")


def test_konjunktiv_ii_sentence_right_before_a_konjunktiv_i_continuation_belongs_to_it(zt):
    doc = zt.extract("Innenministerin Petra Lanz sagte, die Lage sei ernst. Am Abend tagte der Ausschuss. "
                     "Techniker hätten den Hebel falsch gestellt. Dadurch sei eine Kette von Fehlern ausgelöst worden.")
    st = zt.statement_with(doc, "Techniker hätten")
    assert st.type == "indirect_free_indirect"
    assert zt.names(doc, st) == ["Petra Lanz"]


def test_es_sei_denn_is_a_conjunction_not_reported_speech(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Bau werde teurer. "
                     "Neue Schulen entstehen in der Stadt nicht – es sei denn, das Land zahlt.")
    zt.none_with(doc, "Neue Schulen entstehen")


def test_bis_before_a_time_phrase_is_a_preposition_not_a_subordinate_clause(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Damm halte. "
                     "Bis um 14 Uhr sei das Wasser um einen Meter gestiegen.")
    st = zt.statement_with(doc, "Bis um 14 Uhr")
    assert st.type == "indirect_free_indirect"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_bis_between_two_numbers_is_a_range_not_a_subordinate_clause(zt):
    doc = zt.extract("Die Heimleiterin Petra Kessler sagte, das Personal reiche nicht. "
                     "Nur zwei bis drei Pfleger stünden nachts für das ganze Haus bereit.")
    st = zt.statement_with(doc, "Pfleger stünden")
    assert st.type == "indirect_free_indirect"
    assert st.quote.text == "Nur zwei bis drei Pfleger stünden nachts für das ganze Haus bereit."
    assert zt.names(doc, st) == ["Petra Kessler"]


def test_als_after_a_comparative_opens_no_subordinate_clause(zt):
    doc = zt.extract("Der Schulleiter Tim Brandt sagte, der Ausflug sei gut verlaufen. "
                     "Weniger als die Hälfte hätten eine Jacke dabei gehabt.")
    st = zt.statement_with(doc, "Weniger als")
    assert st.type == "indirect_free_indirect"
    assert st.quote.text == "Weniger als die Hälfte hätten eine Jacke dabei gehabt."
    assert zt.names(doc, st) == ["Tim Brandt"]


def test_wie_before_a_participle_and_the_verb_opens_no_subordinate_clause(zt):
    doc = zt.extract("Der Schulleiter Tim Brandt sagte, der Ausflug sei gut verlaufen. "
                     "Wie erwartet seien die Kinder am Abend müde gewesen.")
    st = zt.statement_with(doc, "Wie erwartet")
    assert st.type == "indirect_free_indirect"
    assert zt.names(doc, st) == ["Tim Brandt"]


def test_past_sollte_after_a_statement_tells_a_former_plan_not_a_claim(zt):
    doc = zt.extract("Der Veranstalter teilte mit, das Festival werde verschoben. "
                     "Ursprünglich sollte es im Juni im Stadtpark stattfinden.")
    zt.none_with(doc, "Ursprünglich sollte")


def test_sollen_without_a_statement_before_is_no_statement(zt):
    doc = zt.extract("Der Bahnhof wird umgebaut. Zuerst sollen die Gleise erneuert werden.")
    assert doc.statements == []


def test_konjunktiv_after_a_demonstrative_das_continues(zt):
    doc = zt.extract("Der Landrat sagte, die Lage sei ernst. Das könne zum Problem für die Stadt werden.")
    st = zt.only(doc, "indirect_free_indirect")
    assert zt.quote(doc, st) == "Das könne zum Problem für die Stadt werden."


def test_waehrend_opening_a_phrase_leaves_the_main_clause_konjunktiv(zt):
    doc = zt.extract("Laut Polizei lebte der Mann illegal im Land. Während der Operation habe keine Gefahr bestanden.")
    st = zt.only(doc, "indirect_free_indirect")
    assert zt.quote(doc, st).startswith("Während der Operation habe")


def test_als_opening_a_clause_keeps_its_konjunktiv_subordinate(zt):
    doc = zt.extract("Die Piloten berichten von einem Schaden. Im Moment als die Maschine aufsetze, brach das Fahrwerk.")
    assert all(st.type != "indirect_free_indirect" for st in doc.statements)


def test_sollen_closing_a_relative_clause_is_no_hearsay(zt):
    doc = zt.extract("Beim Bau der Brücke, die im Frühjahr eröffnet werden soll, war ein Kran umgestürzt worden.")
    assert doc.statements == []


def test_hearsay_sollen_in_the_main_clause_still_counts(zt):
    doc = zt.extract("Beim Bau der Brücke soll ein Kran umgestürzt worden sein.")
    st = zt.only(doc, "free_indirect")
    assert zt.quote(doc, st) == "Beim Bau der Brücke soll ein Kran umgestürzt worden sein."


def test_hearsay_sollen_whose_clause_ends_before_a_subordinate_one(zt):
    doc = zt.extract("Der Kassierer soll das Geld unterschlagen haben, was die Bank bislang bestreitet.")
    st = zt.only(doc, "free_indirect")
    assert zt.quote(doc, st) == "Der Kassierer soll das Geld unterschlagen haben, was die Bank bislang bestreitet."


def test_singular_konjunktiv_ii_with_its_own_condition_is_a_hypothetical(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Haushalt sei solide. "
                     "Falls das Land die Zuschüsse streicht, wäre das neue Hallenbad kaum zu bezahlen.")
    zt.none_with(doc, "Hallenbad")


def test_konjunktiv_i_in_the_condition_keeps_the_sentence_reported(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Haushalt sei solide. "
                     "Ein Defizit wäre nur zu erwarten, wenn das Land die Zuschüsse streiche.")
    st = zt.statement_with(doc, "Ein Defizit wäre")
    assert st.type == "indirect_free_indirect"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_speech_act_in_a_konjunktiv_sentence_after_a_statement_continues_it(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Neubau sei dringend. "
                     "Zuvor müsse der Kreistag dem Kauf des Grundstücks zustimmen.")
    st = zt.statement_with(doc, "dem Kauf des Grundstücks")
    assert st.type == "indirect_free_indirect"
    assert zt.quote(doc, st) == "Zuvor müsse der Kreistag dem Kauf des Grundstücks zustimmen."
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_speech_act_in_a_wuerde_sentence_after_a_statement_continues_it(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, viele Mieter hätten Angst. "
                     "Aus Sorge um die Wohnung würden sie Mängel nicht melden.")
    st = zt.statement_with(doc, "Mängel nicht melden")
    assert st.type == "indirect_free_indirect"
    assert zt.quote(doc, st) == "Aus Sorge um die Wohnung würden sie Mängel nicht melden."
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_konjunktiv_clause_before_a_colon_continues_and_the_quotation_keeps_the_speaker(zt):
    doc = zt.extract("Wie Bürgermeisterin Anja Roth erklärte, habe die Stadt den Notfallplan ausgelöst. "
                     "Die Nachbarstadt sei ihnen dafür zu Dank verpflichtet: „Sie haben uns sofort Helfer geschickt.“")
    st = zt.statement_with(doc, "zu Dank verpflichtet")
    assert st.type == "indirect_free_indirect"
    assert zt.quote(doc, st) == "Die Nachbarstadt sei ihnen dafür zu Dank verpflichtet:"
    assert zt.names(doc, st) == ["Anja Roth"]
    quoted = zt.statement_with(doc, "Sie haben uns sofort Helfer geschickt.")
    assert quoted.type == "direct"
    assert zt.names(doc, quoted) == ["Anja Roth"]


def test_konjunktiv_clause_after_a_colon_continues_the_statement_before_it(zt):
    doc = zt.extract("Stadträtin Anja Roth kritisierte den Haushaltsplan scharf: Die Stadt spare an der falschen Stelle.")
    st = zt.only(doc, "indirect_free_indirect")
    assert zt.quote(doc, st) == "Die Stadt spare an der falschen Stelle."
    assert zt.names(doc, st) == ["Anja Roth"]


def test_sollen_clause_after_a_colon_continues_the_statement_before_it(zt):
    doc = zt.extract("Der Bürgermeister verteidigte den Haushalt: Zuerst soll die Schule saniert werden.")
    st = zt.only(doc, "free_indirect")
    assert zt.quote(doc, st) == "Zuerst soll die Schule saniert werden."


def test_sollen_closing_a_relative_clause_after_a_statement_is_no_continuation(zt):
    doc = zt.extract("Die Stadtwerke kündigten an, das Netz zu erneuern. "
                     "Der Plan, der im Herbst vorgestellt werden soll und schon genehmigt ist, kostet viel Geld.")
    zt.none_with(doc, "Der Plan, der")


def test_sollen_after_an_article_following_a_comma_still_continues(zt):
    doc = zt.extract("Die Gewerkschaft kündigte einen Streik an. "
                     "Die Züge fallen aus, die Busse sollen in den Depots bleiben.")
    st = zt.only(doc, "free_indirect")
    assert "die Busse sollen in den Depots bleiben" in zt.quote(doc, st)


def test_report_after_an_indicative_clause_and_a_colon_starts_after_the_colon(zt):
    doc = zt.extract("Die Prüfer stellten Ott am Montag vor. Bei der Prüfung kam Erstaunliches heraus: Der Kassenwart "
                     "soll über Jahre Geld abgezweigt haben.")
    st = next(st for st in doc.statements if st.type == "free_indirect")
    assert zt.quote(doc, st).startswith("Der Kassenwart soll")


def test_singular_konjunktiv_ii_modal_after_a_statement_is_the_writers_estimate(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Haushalt sei solide. "
                     "Die Sanierung des Rathauses dürfte trotzdem Jahre dauern.")
    zt.none_with(doc, "Sanierung des Rathauses")


def test_plural_konjunktiv_ii_modal_after_a_statement_still_continues_it(zt):
    # "könnten" stands in for the Konjunktiv I "können", which looks like the indicative
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Haushalt sei solide. "
                     "Neue Schulden könnten die Stadt lähmen.")
    st = zt.statement_with(doc, "Neue Schulden")
    assert st.type == "indirect_free_indirect"
    assert zt.names(doc, st) == ["Jonas Weber"]


def test_wuerde_sentence_after_an_indicative_one_still_continues_the_statement(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Etat sei knapp. Die Stadt hat vierzig Schulen. "
                     "Weitere Kürzungen würden alle Schulen gleich hart treffen.")
    st = zt.statement_with(doc, "Weitere Kürzungen")
    assert st.type == "indirect_free_indirect"
    assert zt.quote(doc, st) == "Weitere Kürzungen würden alle Schulen gleich hart treffen."
    assert zt.names(doc, st) == ["Jonas Weber"]
    zt.none_with(doc, "vierzig Schulen")


def test_wuerde_sentence_in_a_new_paragraph_after_an_indicative_one_is_no_continuation(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Etat sei knapp.\n\nDie Stadt hat vierzig Schulen. "
                     "Ein Neubau würde Jahre dauern.")
    zt.none_with(doc, "Ein Neubau")


def test_konjunktiv_ii_closing_a_relative_clause_is_no_continuation(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte, der Etat sei knapp. "
                     "Die Stadt kaufte trotzdem ein Grundstück, das für eine neue Schule ausreichen würde.")
    zt.none_with(doc, "ein Grundstück")


def test_konjunktiv_sentence_opening_with_a_quoted_name_continues(zt):
    doc = zt.extract("Der Richter sagte, das Verfahren sei abgeschlossen. "
                     "„Nordlicht“ habe in mehreren Liedern zu Gewalt aufgerufen.")
    st = zt.statement_with(doc, "mehreren Liedern")
    assert st.type == "indirect_free_indirect"
    assert zt.quote(doc, st) == "„Nordlicht“ habe in mehreren Liedern zu Gewalt aufgerufen."
    assert zt.names(doc, st) == ["Richter"]


def test_konjunktiv_clause_before_a_semicolon_continues_the_report(zt):
    doc = zt.extract("Der Richter sagte, das Verfahren sei abgeschlossen. "
                     "Die Tat sei gegen den Rektor gerichtet; nach Angaben der Polizei stecke kein Terror dahinter.")
    st = zt.statement_with(doc, "gegen den Rektor")
    assert (st.type, zt.quote(doc, st)) == ("indirect_free_indirect", "Die Tat sei gegen den Rektor gerichtet;")
    assert zt.names(doc, st) == ["Richter"]
    police = zt.statement_with(doc, "kein Terror")
    assert (police.type, zt.quote(doc, police)) == ("indirect", "stecke kein Terror dahinter")


def test_konjunktiv_sentence_goes_on_with_the_subject_just_named(zt):
    # the sentence before names a new agent without a speech verb: the Konjunktiv reports its view,
    # not that of the statement further back
    from zitat import extract
    text = ("Bürgermeister Jonas Weber sagte, der Haushalt sei solide. Das Landesamt für Statistik sieht "
            "dagegen große Risiken. Die Einnahmen seien viel zu hoch geschätzt.")
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.statement_with(doc, "Die Einnahmen seien")
        assert st.type == "indirect_free_indirect"
        assert zt.pieces(doc, st.speaker) == ["Das Landesamt für Statistik"]


def test_konjunktiv_sentence_goes_on_with_the_subject_after_a_fronted_phrase(zt):
    from zitat import extract
    text = ("Bürgermeister Jonas Weber sagte, der Haushalt sei solide. Am Montag hat die Aufsichtsbehörde "
            "den Plan geprüft. Die Einnahmen seien viel zu hoch geschätzt.")
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.statement_with(doc, "Die Einnahmen seien")
        assert zt.pieces(doc, st.speaker) == ["die Aufsichtsbehörde"]


def test_konjunktiv_opening_a_paragraph_goes_on_with_the_speaker_before_it(zt):
    # the speaker of the paragraph before, not the next statement of its own paragraph
    from zitat import extract
    text = ("Bürgermeister Jonas Weber sagte, der Haushalt sei solide.\n\n"
            "Die Stadt habe genug Rücklagen. Innenministerin Petra Lanz erklärte dagegen, das Land müsse helfen.")
    for doc in (zt.extract(text), extract(text, use_model=False)):     # the rules alone too
        st = zt.statement_with(doc, "genug Rücklagen")
        assert st.type == "indirect_free_indirect"
        assert zt.names(doc, st) == ["Jonas Weber"]


def test_a_view_named_in_the_fronted_phrase_keeps_its_holder_for_the_konjunktiv(zt):
    doc = zt.extract("Die Ministerin Anna Roth sprach über das Werk. Aus Sicht von Roth hat die Zentrale gute Chancen. "
                     "Dazu müsse das neue Modell aber ein Erfolg werden.")
    st = zt.statement_with(doc, "Dazu müsse")
    assert zt.names(doc, st) == ["Anna Roth"]


def test_the_konjunktiv_ii_of_a_stehen_compound_goes_on_with_the_speaker(zt):
    doc = zt.extract("Der Verband kritisierte den Plan der Regierung. Dadurch entstünden den Gemeinden hohe Kosten.")
    st = zt.statement_with(doc, "Dadurch entstünden")
    assert zt.quote(doc, st) == "Dadurch entstünden den Gemeinden hohe Kosten."
    assert zt.pieces(doc, st.speaker) == ["Der Verband"]


def test_hearsay_with_soll_and_a_konjunktiv_clause_after_it_are_two_reports(zt):
    doc = zt.extract("Die Polizei ermittelt. Der Mann soll mehrere Nachbarn bedroht haben, was auch durch Zeugen "
                     "belegt werden könne.")
    kinds = [(st.type, zt.quote(doc, st)) for st in doc.statements]
    assert ("free_indirect", "Der Mann soll mehrere Nachbarn bedroht haben") in kinds
    assert ("indirect_free_indirect", "was auch durch Zeugen belegt werden könne.") in kinds


def test_a_speaker_several_sentences_ahead_is_not_borrowed(zt):
    # nothing names the source of the Konjunktiv: a guess from a statement far ahead would be a wrong attribution
    doc = zt.extract("Die Lage sei ernst. Die Stadt hat vierzig Schulen. Sie wurden 1990 gebaut. "
                     "Viele sind marode. Später sagte Bürgermeister Jan Ott: „Wir sanieren sie.“")
    st = zt.statement_with(doc, "Die Lage sei ernst")
    assert st.speaker is None

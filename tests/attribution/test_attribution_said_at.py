"""When and where a statement was made, resolved against the publication date.

2025-09-05 is a Friday; 2025-09-04 the Thursday before it.
"""


def test_weekday_and_place_at_the_attribution(zt):
    doc = zt.extract("„Die Lage ist ernst“, sagte Bürgermeister Jonas Weber am Donnerstag in Bremen.",
                     published="2025-09-05")
    st = zt.only(doc)
    assert zt.names(doc, st) == ["Jonas Weber"]
    assert (st.said_at.date, st.said_at.place, st.said_at.date_source) == ("2025-09-04", "Bremen", "text")


def test_weekday_and_place_before_an_indirect_clause(zt):
    doc = zt.extract("Bürgermeister Jonas Weber sagte am Donnerstag in Bremen, die Lage sei ernst.",
                     published="2025-09-05")
    st = zt.only(doc)
    assert st.type == "indirect"
    assert zt.quote(doc, st) == "die Lage sei ernst"
    assert zt.names(doc, st) == ["Jonas Weber"]
    assert (st.said_at.date, st.said_at.place, st.said_at.date_source) == ("2025-09-04", "Bremen", "text")


def test_weekday_equal_to_the_publication_day_is_that_day(zt):
    doc = zt.extract("„Die Lage ist ernst“, sagte Bürgermeister Jonas Weber am Freitag.", published="2025-09-05")
    st = zt.only(doc)
    assert (st.said_at.date, st.said_at.date_source) == ("2025-09-05", "text")


def test_weekday_goes_back_across_a_week_boundary(zt):
    # published on a Tuesday: "am Donnerstag" is the Thursday of the week before
    doc = zt.extract("„Die Lage ist ernst“, sagte Bürgermeister Jonas Weber am Donnerstag.", published="2025-09-09")
    st = zt.only(doc)
    assert (st.said_at.date, st.said_at.date_source) == ("2025-09-04", "text")


def test_explicit_date_in_brackets_wins_over_the_weekday(zt):
    # published on Monday 15 September: the bracket names the Thursday of the week before last
    doc = zt.extract("„Die Lage ist ernst“, sagte Bürgermeister Jonas Weber am Donnerstag (4. September).",
                     published="2025-09-15")
    st = zt.only(doc)
    assert (st.said_at.date, st.said_at.date_source) == ("2025-09-04", "text")


def test_explicit_day_and_month(zt):
    doc = zt.extract("„Die Lage ist ernst“, sagte Bürgermeister Jonas Weber am 2. September in Bremen.",
                     published="2025-09-05")
    st = zt.only(doc)
    assert (st.said_at.date, st.said_at.place, st.said_at.date_source) == ("2025-09-02", "Bremen", "text")


def test_gestern(zt):
    doc = zt.extract("„Die Lage ist ernst“, sagte Bürgermeister Jonas Weber gestern.", published="2025-09-05")
    st = zt.only(doc)
    assert (st.said_at.date, st.said_at.date_source) == ("2025-09-04", "text")


def test_unrelated_date_later_in_the_sentence_is_not_taken(zt):
    doc = zt.extract("„Die Lage ist ernst“, sagte Bürgermeister Jonas Weber mit Blick auf das Treffen der "
                     "Innenminister am Montag.", published="2025-09-05")
    st = zt.only(doc)
    assert (st.said_at.date, st.said_at.date_source) == ("2025-09-05", "published")


def test_unrelated_date_in_the_quote_is_not_taken(zt):
    doc = zt.extract("„Am Montag beginnen die Bauarbeiten“, sagte Bürgermeister Jonas Weber.",
                     published="2025-09-05")
    st = zt.only(doc)
    assert (st.said_at.date, st.said_at.date_source) == ("2025-09-05", "published")


def test_date_in_a_previous_sentence_is_not_taken(zt):
    doc = zt.extract("Am Montag beginnt der Prozess gegen den früheren Stadtkämmerer. "
                     "„Wir erwarten ein faires Verfahren“, sagte Bürgermeister Jonas Weber.",
                     published="2025-09-05")
    st = zt.statement_with(doc, "Wir erwarten")
    assert (st.said_at.date, st.said_at.date_source) == ("2025-09-05", "published")


def test_undated_statement_is_dated_to_publication(zt):
    doc = zt.extract("Bürgermeister Jonas Weber betonte, dass die Stadt keine Schulden mache.", published="2025-09-05")
    st = zt.only(doc)
    assert (st.said_at.date, st.said_at.place, st.said_at.date_source) == ("2025-09-05", None, "published")


def test_no_publication_date_no_date(zt):
    doc = zt.extract("„Die Lage ist ernst“, sagte Bürgermeister Jonas Weber am Donnerstag in Bremen.",
                     published=None)
    st = zt.only(doc)
    assert st.said_at.date is None
    assert st.said_at.place == "Bremen"

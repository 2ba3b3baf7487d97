"""The WikiNews adapter: character spans -> the data set's token ids, the runner, gold-vs-gold sanity."""
import json
import re
from pathlib import Path

import pytest

import zitat.pipeline
from zitat.evaluate import wikinews
from zitat.evaluate.metric import Annotation
from zitat.evaluate.wikinews import gold_annotations, gold_vs_gold, predicted_annotations
from zitat.model import Article, Cue, Document, Entity, Span, Speaker, Statement

DEV = Path("/work/shared/data/wikinews-quotes/dev.jsonl")

TEXT = "Die Ministerin sagte: „Wir bleiben hart.“ Dann ging sie nach Hause."
#       Die0 Ministerin1 sagte2 :3 „4 Wir5 bleiben6 hart7 .8 “9 Dann10 ging11 sie12 nach13 Hause14 .15


def tokens(text):
    """Tokens in the data set's format (punctuation and quotation marks are tokens of their own)."""
    return [{"id": i, "text": m.group(), "charBegin": m.start(), "charEnd": m.end(), "sentence": 1, "word": i + 1}
            for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", text))]


def role(ids):
    return {"text": "", "spans": [], "tokenIds": list(ids)}


def dataset_doc(text=TEXT, annotations=()):
    return {"documentName": "1 - Testartikel (2024-01-01)", "originalText": text, "sentences": [],
            "tokens": tokens(text), "annotations": list(annotations)}


GOLD = {"quote": role(range(4, 10)), "cue": role([2]), "frame": role([0, 1, 2, 3]), "speaker": role([0, 1]),
        "addressee": role([]), "type": "Direct", "medium": "Speech", "isNested": False, "hasNested": False, "id": 0}


def span(text, part, start=0, cls=Span):
    s = text.index(part, start)
    return cls.of(text, [(s, s + len(part))])


def statement(text=TEXT, quote="Wir bleiben hart.", type="direct", medium="speech"):
    return Statement(id="s1", type=type, medium=medium, quote=span(text, quote),
                     cue=span(text, "sagte", cls=Cue), frame=span(text, "Die Ministerin sagte:"),
                     speaker=span(text, "Die Ministerin", cls=Speaker))


def test_tokenizer_helper_matches_comment():
    assert [t["text"] for t in tokens(TEXT)][3:10] == [":", "„", "Wir", "bleiben", "hart", ".", "“"]


def test_gold_annotations():
    (a,) = gold_annotations(dataset_doc(annotations=[GOLD]))
    assert a == Annotation(frozenset(range(4, 10)), frozenset({2}), frozenset({0, 1, 2, 3}), frozenset({0, 1}),
                           frozenset(), "Direct", "Speech")


def test_direct_quote_gets_its_quotation_marks():
    doc = dataset_doc(annotations=[GOLD])
    (a,) = predicted_annotations(doc, Document(Article(TEXT), [statement()]))
    assert sorted(a.quote) == [4, 5, 6, 7, 8, 9]  # „ Wir bleiben hart . “
    assert sorted(a.cue) == [2] and sorted(a.frame) == [0, 1, 2, 3] and sorted(a.speaker) == [0, 1]
    assert a.addressee == frozenset() and (a.type, a.medium) == ("Direct", "Speech")
    assert a == gold_annotations(doc)[0]


def test_marks_only_for_direct_and_labels_mapped():
    doc = dataset_doc()
    (a,) = predicted_annotations(doc, Document(Article(TEXT), [statement(type="indirect_free_indirect",
                                                                         medium="thought")]))
    assert sorted(a.quote) == [5, 6, 7, 8]
    assert (a.type, a.medium) == ("IndirectFreeIndirect", "Thought")


def test_discontinuous_direct_quote_each_part_gets_marks():
    text = "„Wir bleiben hart“, sagte sie, „und zwar lange.“"
    #       „0 Wir1 bleiben2 hart3 “4 ,5 sagte6 sie7 ,8 „9 und10 zwar11 lange12 .13 “14
    a1, a2 = text.index("Wir"), text.index("und")
    parts = [(a1, a1 + len("Wir bleiben hart")), (a2, a2 + len("und zwar lange."))]
    st = Statement("s1", "direct", Span.of(text, parts),
                   cue=span(text, "sagte", cls=Cue), speaker=span(text, "sie", cls=Speaker))
    (a,) = predicted_annotations(dataset_doc(text), Document(Article(text), [st]))
    assert sorted(a.quote) == [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 14]
    assert sorted(a.speaker) == [7]


def test_opening_mark_after_a_quote_is_not_taken_as_its_closing_mark():
    text = "„Ja“ „Nein“"
    #       „0 Ja1 “2 „3 Nein4 “5  -- a system span that already includes the marks of the first quote
    st = Statement("s1", "direct", Span.of(text, [(0, 4)]))
    (a,) = predicted_annotations(dataset_doc(text), Document(Article(text), [st]))
    assert sorted(a.quote) == [0, 1, 2]


def test_token_belongs_to_a_span_covering_half_of_it():
    doc = dataset_doc()
    s = TEXT.index("Ministerin")
    # "Die Ministerin s": 1 of 5 characters of "sagte" -> not taken; "Minister" covers 8/10 of "Ministerin" -> taken
    st = Statement("s1", "indirect", span(TEXT, "Wir"), speaker=Speaker.of(TEXT, [(0, s + len("Ministerin s"))]),
                   frame=Span.of(TEXT, [(s, s + len("Minister"))]))
    (a,) = predicted_annotations(doc, Document(Article(TEXT), [st]))
    assert sorted(a.speaker) == [0, 1] and sorted(a.frame) == [1]


def test_statement_with_empty_quote_is_dropped():
    s = TEXT.index(" Dann")
    st = Statement("s1", "indirect", Span.of(TEXT, [(s, s + 1)]))  # a single space: no token
    assert predicted_annotations(dataset_doc(), Document(Article(TEXT), [st])) == []


def _write_split(tmp_path):
    path = tmp_path / "mini.jsonl"
    docs = [dataset_doc(annotations=[GOLD]), {**dataset_doc(), "documentName": "2 - Ohne Zitat"}]
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def test_run_with_an_extractor_without_use_model(tmp_path, monkeypatch):
    calls = []

    def fake(article):
        calls.append(article)
        return Document(article, [statement()] if article.id.startswith("1 ") else [])

    monkeypatch.setattr(zitat.pipeline, "extract_article", fake)
    preds = tmp_path / "pred.jsonl"
    report = wikinews.run(_write_split(tmp_path), predictions=str(preds), use_model=False)
    assert [c.id for c in calls] == ["1 - Testartikel (2024-01-01)", "2 - Ohne Zitat"] and calls[0].text == TEXT
    assert report.docs == 2 and report.pairs == 1 and report.micro["joint"].f1 == 1.0
    lines = [json.loads(x) for x in preds.read_text(encoding="utf-8").splitlines()]
    assert [x["documentName"] for x in lines] == [c.id for c in calls]
    (ann,) = lines[0]["annotations"]
    assert ann == {"quote": {"tokenIds": [4, 5, 6, 7, 8, 9]}, "cue": {"tokenIds": [2]},
                   "frame": {"tokenIds": [0, 1, 2, 3]}, "speaker": {"tokenIds": [0, 1]},
                   "addressee": {"tokenIds": []}, "type": "Direct", "medium": "Speech"}
    assert lines[1]["annotations"] == []
    # the predictions file scores the same as the run
    again = wikinews.score_files(tmp_path / "mini.jsonl", preds)
    assert {**again.to_dict(), "title": None} == {**report.to_dict(), "title": None}
    assert "joint" in report.to_table()


def test_run_passes_use_model_when_accepted(tmp_path, monkeypatch):
    seen = []

    def fake(article, *, use_model=True):
        seen.append(use_model)
        return Document(article)

    monkeypatch.setattr(zitat.pipeline, "extract_article", fake)
    report = wikinews.run(_write_split(tmp_path), use_model=False, limit=1)
    assert seen == [False] and report.docs == 1 and report.gold == 1 and report.micro["messages"].r == 0.0


def test_run_with_the_real_pipeline(tmp_path):
    report = wikinews.run(_write_split(tmp_path), use_model=False)
    assert report.docs == 2 and report.gold == 1


@pytest.mark.skipif(not DEV.exists(), reason="WikiNews dev split not available")
def test_gold_vs_gold_on_dev():
    report = gold_vs_gold(DEV, limit=20)
    assert report.docs == 20 and report.gold > 0
    assert report.micro["joint"].f1 == 1.0 and report.macro["joint"].f1 == 1.0
    assert report.type_accuracy == 1.0 and report.medium_accuracy == 1.0


@pytest.mark.skipif(not DEV.exists(), reason="WikiNews dev split not available")
def test_gold_spans_round_trip_on_dev():
    """Gold token ids -> character spans (direct quotes without their marks) -> the adapter -> same token ids."""
    docs = wikinews.load(DEV)[:50]
    marks = wikinews.OPENING_MARKS | wikinews.CLOSING_MARKS
    total = same = 0
    for d in docs:
        toks = d["tokens"]

        def spans(ids):
            return [(toks[i]["charBegin"], toks[i]["charEnd"]) for i in sorted(ids)]  # one span per token is fine

        for a in d["annotations"]:
            ids = [i for i in a["quote"]["tokenIds"] if a["type"] != "Direct" or toks[i]["text"] not in marks]
            if not ids or a["type"] == "FreeIndirect":   # alone, hearsay is the article's own (left out)
                continue
            t = d["originalText"]
            st = Statement("s", {v: k for k, v in wikinews.TYPES.items()}[a["type"]], Span.of(t, spans(ids)),
                           speaker=Speaker.of(t, spans(a["speaker"]["tokenIds"])))
            (p,) = predicted_annotations(d, Document(Article(t), [st]))
            total += 1
            same += p.quote == frozenset(a["quote"]["tokenIds"]) and p.speaker == frozenset(a["speaker"]["tokenIds"])
    assert total > 50 and same / total > 0.98


REPORTED = "Die Regierung lehnt den Plan ab. Dann ging sie."
#           Die0 Regierung1 lehnt2 den3 Plan4 ab5 .6 Dann7 ging8 sie9 .10


def test_reported_statement_becomes_its_whole_sentence_without_cue():
    # the data set annotates a reported speech act as the whole sentence, with no cue or frame
    doc = dataset_doc(REPORTED)
    doc["sentences"] = [{"tokenIds": list(range(0, 7))}, {"tokenIds": list(range(7, 11))}]
    st = Statement("s1", "reported", span(REPORTED, "den Plan"), cue=span(REPORTED, "lehnt", cls=Cue),
                   speaker=span(REPORTED, "Die Regierung", cls=Speaker))
    (a,) = predicted_annotations(doc, Document(Article(REPORTED), [st]))
    assert sorted(a.quote) == list(range(0, 7))
    assert a.cue == frozenset() and a.frame == frozenset()
    assert sorted(a.speaker) == [0, 1]


def test_nach_angaben_frame_splits_into_cue_nach_and_speaker():
    text = "Nach Angaben der Polizei blieb es ruhig."
    #       Nach0 Angaben1 der2 Polizei3 blieb4 es5 ruhig6 .7
    cue = Cue.of(text, [(0, len("Nach Angaben"))])
    cue.lemma = "nach Angaben"
    st = Statement("s1", "indirect", span(text, "blieb es ruhig"), cue=cue,
                   speaker=span(text, "der Polizei", cls=Speaker))
    (a,) = predicted_annotations(dataset_doc(text), Document(Article(text), [st]))
    assert sorted(a.cue) == [0] and sorted(a.speaker) == [1, 2, 3]


def test_zufolge_frame_gives_the_whole_phrase_before_it_as_speaker():
    text = "Dem Bericht der Zeitung zufolge blieb es ruhig."
    #       Dem0 Bericht1 der2 Zeitung3 zufolge4 blieb5 es6 ruhig7 .8
    st = Statement("s1", "indirect", span(text, "blieb es ruhig"), cue=span(text, "zufolge", cls=Cue),
                   frame=span(text, "Dem Bericht der Zeitung zufolge"),
                   speaker=span(text, "der Zeitung", cls=Speaker))
    (a,) = predicted_annotations(dataset_doc(text), Document(Article(text), [st]))
    assert sorted(a.cue) == [4] and sorted(a.speaker) == [0, 1, 2, 3]


def one_sentence_doc(text):
    doc = dataset_doc(text)
    doc["sentences"] = [{"tokenIds": [t["id"] for t in doc["tokens"]]}]
    return doc


def annotate(text, statements):
    """The adapter's annotations for our statements on a one-sentence test document."""
    return predicted_annotations(one_sentence_doc(text), Document(Article(text), statements))


def test_speaker_takes_in_its_appositions_on_both_sides():
    text = "Der Sprecher des Amtes, Jan Ott, sagte, es sei ruhig."
    #       Der0 Sprecher1 des2 Amtes3 ,4 Jan5 Ott6 ,7 sagte8 ,9 es10 sei11 ruhig12 .13
    st = Statement("s1", "indirect", span(text, "es sei ruhig"), cue=span(text, "sagte", cls=Cue),
                   speaker=span(text, "Jan Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [0, 1, 2, 3, 4, 5, 6]
    text = "Jan Ott, ein Sprecher des Amtes, sagte, es sei ruhig."
    #       Jan0 Ott1 ,2 ein3 Sprecher4 des5 Amtes6 ,7 sagte8
    st = Statement("s1", "indirect", span(text, "es sei ruhig"), cue=span(text, "sagte", cls=Cue),
                   speaker=span(text, "Jan Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [0, 1, 2, 3, 4, 5, 6]


def test_apposition_before_an_auxiliary_or_the_rest_of_a_wie_clause():
    text = "Jan Ott, ein Sprecher des Amtes, hatte gestern mitgeteilt, es sei ruhig."
    #       Jan0 Ott1 ,2 ein3 Sprecher4 des5 Amtes6 ,7 hatte8 gestern9 mitgeteilt10
    st = Statement("s1", "indirect", span(text, "es sei ruhig"), cue=span(text, "mitgeteilt", cls=Cue),
                   speaker=span(text, "Jan Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [0, 1, 2, 3, 4, 5, 6]
    text = "Wie Jan Ott, Sprecher des Amtes, der Presse mitteilte, ist es ruhig."
    #       Wie0 Jan1 Ott2 ,3 Sprecher4 des5 Amtes6 ,7 der8 Presse9 mitteilte10
    st = Statement("s1", "indirect", span(text, "ist es ruhig"), cue=span(text, "mitteilte", cls=Cue),
                   speaker=span(text, "Jan Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [1, 2, 3, 4, 5, 6]


def test_apposition_before_the_speaker_with_a_quoted_name_inside():
    text = "Der Chef von „Atlas“, Jan Ott, sagte, es sei ruhig."
    #       Der0 Chef1 von2 „3 Atlas4 “5 ,6 Jan7 Ott8 ,9 sagte10
    st = Statement("s1", "indirect", span(text, "es sei ruhig"), cue=span(text, "sagte", cls=Cue),
                   speaker=span(text, "Jan Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [0, 1, 2, 3, 4, 5, 6, 7, 8]


def test_laut_werden_is_a_verb_not_the_frame_word_laut():
    text = "Erneut wurden Vorwürfe laut, die Stadt habe gespart."
    #       Erneut0 wurden1 Vorwürfe2 laut3 ,4 die5 Stadt6 habe7 gespart8 .9
    cue = Cue.of(text, [(text.index("wurden"), text.index("wurden") + 6), (text.index("laut"), text.index("laut") + 4)])
    st = Statement("s1", "indirect", span(text, "die Stadt habe gespart"), cue=cue,
                   frame=span(text, "wurden Vorwürfe laut"), speaker=span(text, "Vorwürfe", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [2]
    assert 3 in a.cue


def test_continuation_takes_the_role_phrase_before_the_name_without_a_source_statement():
    text = "Die Sprecherin des Amtes, Eva Ott, kam spät. Es sei ruhig."
    #       Die0 Sprecherin1 des2 Amtes3 ,4 Eva5 Ott6 ,7 kam8 spät9 .10 Es11 sei12 ruhig13 .14
    doc = dataset_doc(text)
    for t in doc["tokens"]:
        t["sentence"] = 1 if t["id"] <= 10 else 2
    doc["sentences"] = [{"tokenIds": list(range(0, 11))}, {"tokenIds": list(range(11, 15))}]
    ott = Speaker("Eva Ott", [(text.index("Eva Ott"), text.index("Eva Ott") + 7)], ["e1"])
    st = Statement("s1", "indirect_free_indirect", span(text, "Es sei ruhig."), speaker=ott)
    (a,) = predicted_annotations(doc, Document(Article(text), [st]))
    assert sorted(a.speaker) == [0, 1, 2, 3, 4, 5, 6]


def test_pronoun_speaker_is_never_widened():
    text = "Er, ein Sprecher des Amtes, sagte, es sei ruhig."
    st = Statement("s1", "indirect", span(text, "es sei ruhig"), cue=span(text, "sagte", cls=Cue),
                   speaker=span(text, "Er", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [0]


def test_frame_widens_to_the_reporting_clause():
    # the data set's frame is "Die Ministerin sagte :" (everything before the quote in its sentence)
    doc = dataset_doc()
    doc["sentences"] = [{"tokenIds": list(range(0, 10))}, {"tokenIds": list(range(10, 16))}]
    st = Statement("s1", "direct", span(TEXT, "Wir bleiben hart."), cue=span(TEXT, "sagte", cls=Cue),
                   frame=span(TEXT, "Ministerin sagte"), speaker=span(TEXT, "Die Ministerin", cls=Speaker))
    (a,) = predicted_annotations(doc, Document(Article(TEXT), [st]))
    assert sorted(a.frame) == [0, 1, 2, 3]
    assert sorted(a.quote) == [4, 5, 6, 7, 8, 9]


def test_via_in_the_dative_is_also_the_addressee():
    text = "Er sagte dem Sender CNN, es sei vorbei."
    #       Er0 sagte1 dem2 Sender3 CNN4 ,5 es6 sei7 vorbei8 .9
    st = Statement("s1", "indirect", span(text, "es sei vorbei"), cue=span(text, "sagte", cls=Cue),
                   speaker=span(text, "Er", cls=Speaker), via=span(text, "dem Sender CNN"))
    (a,) = predicted_annotations(dataset_doc(text), Document(Article(text), [st]))
    assert sorted(a.addressee) == [2, 3, 4]


def test_continuation_names_the_antecedent_of_its_pronoun():
    text = "Jan Ott lobte den Plan. Er halte ihn für gut."
    #       Jan0 Ott1 lobte2 den3 Plan4 .5 Er6 halte7 ihn8 für9 gut10 .11
    doc = dataset_doc(text)
    doc["sentences"] = [{"tokenIds": list(range(0, 6))}, {"tokenIds": list(range(6, 12))}]
    st = Statement("s1", "indirect_free_indirect", span(text, "Er halte ihn für gut."),
                   speaker=Speaker("Er", [(text.index("Er"), text.index("Er") + 2)], ["e1"]))
    people = [Entity("e1", "Jan Ott", "person", mentions=[(0, 7), (text.index("Er"), text.index("Er") + 2)])]
    (a,) = predicted_annotations(doc, Document(Article(text), [st], people))
    assert sorted(a.speaker) == [0, 1]


def test_adjacent_continuations_of_one_speaker_merge_into_one_quote():
    text = "Ott sagte, es sei spät. Die Bahn komme nicht. Der Bus fahre nicht."
    #       Ott0 sagte1 ,2 es3 sei4 spät5 .6 | Die7 Bahn8 komme9 nicht10 .11 | Der12 Bus13 fahre14 nicht15 .16
    doc = dataset_doc(text)
    for t in doc["tokens"]:
        t["sentence"] = 0 if t["id"] <= 6 else 1 if t["id"] <= 11 else 2
    ott = Speaker("Ott", [(0, 3)], ["e1"])
    statements = [Statement("s1", "indirect", span(text, "es sei spät"), cue=span(text, "sagte", cls=Cue), speaker=ott),
                  Statement("s2", "indirect_free_indirect", span(text, "Die Bahn komme nicht."), speaker=ott),
                  Statement("s3", "indirect_free_indirect", span(text, "Der Bus fahre nicht."), speaker=ott)]
    annotations = predicted_annotations(doc, Document(Article(text), statements))
    assert [sorted(a.quote) for a in annotations] == [[3, 4, 5], list(range(7, 17))]
    assert sorted(annotations[1].speaker) == [0]


def test_cue_is_the_verb_complex_of_its_clause():
    text = "Wie die Polizei am Abend mitteilte, hatte sich der Unfall früh ereignet."
    #       Wie0 die1 Polizei2 am3 Abend4 mitteilte5 ,6 hatte7 ...
    doc = one_sentence_doc(text)
    st = Statement("s1", "indirect", span(text, "hatte sich der Unfall früh ereignet"),
                   cue=span(text, "mitteilte", cls=Cue), frame=span(text, "die Polizei am Abend mitteilte"),
                   speaker=span(text, "die Polizei", cls=Speaker))
    (a,) = predicted_annotations(doc, Document(Article(text), [st]))
    assert sorted(a.cue) == [0, 5]          # "Wie … mitteilte"; "hatte" belongs to the content
    text = "Der Minister hatte am Montag erklärt, er bleibe."
    #       Der0 Minister1 hatte2 am3 Montag4 erklärt5 ,6 er7 bleibe8 .9
    st = Statement("s1", "indirect", span(text, "er bleibe"), cue=span(text, "erklärt", cls=Cue),
                   frame=span(text, "Der Minister hatte am Montag erklärt"),
                   speaker=span(text, "Der Minister", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.cue) == [2, 5]


def test_frame_of_a_partial_quote_ends_with_the_reporting_clause():
    text = "Ott sagte, der Plan sei „völlig verfehlt“."
    #       Ott0 sagte1 ,2 der3 Plan4 sei5 „6 völlig7 verfehlt8 “9 .10
    st = Statement("s1", "direct", span(text, "völlig verfehlt"), cue=span(text, "sagte", cls=Cue),
                   frame=span(text, "Ott sagte"), speaker=span(text, "Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == [0, 1, 2]


def test_frame_of_a_leading_clause_takes_the_apposition_before_the_quote():
    text = "Am Montag sagte der Chef der Firma, Hans Ott, der Plan sei gut."
    #       Am0 Montag1 sagte2 der3 Chef4 der5 Firma6 ,7 Hans8 Ott9 ,10 der11 Plan12 sei13 gut14 .15
    st = Statement("s1", "indirect", span(text, "der Plan sei gut"), cue=span(text, "sagte", cls=Cue),
                   frame=span(text, "sagte der Chef der Firma"), speaker=span(text, "der Chef der Firma", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == list(range(0, 11))
    text = "Am Montag sagte der Chef, der Plan sei gut, „sehr gut“."
    #       Am0 Montag1 sagte2 der3 Chef4 ,5 der6 Plan7 sei8 gut9 ,10 „11 sehr12 gut13 “14 .15
    st = Statement("s1", "direct", span(text, "sehr gut"), cue=span(text, "sagte", cls=Cue),
                   frame=span(text, "sagte der Chef"), speaker=span(text, "der Chef", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == list(range(0, 6))     # "der Plan sei gut" is a clause, no apposition


def test_cue_takes_the_preposition_its_verb_governs():
    text = "Die Ministerin bezeichnete den Plan als „reinen Unsinn“."
    #       Die0 Ministerin1 bezeichnete2 den3 Plan4 als5 „6 reinen7 Unsinn8 “9 .10
    st = Statement("s1", "direct", span(text, "reinen Unsinn"), cue=span(text, "bezeichnete", cls=Cue),
                   frame=span(text, "Die Ministerin bezeichnete"), speaker=span(text, "Die Ministerin", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.cue) == [2, 5]
    text = "Ott begründete den Schritt damit, dass die Kasse leer sei."
    #       Ott0 begründete1 den2 Schritt3 damit4 ,5 dass6 ...
    st = Statement("s1", "indirect", span(text, "dass die Kasse leer sei"), cue=span(text, "begründete", cls=Cue),
                   frame=span(text, "Ott begründete"), speaker=span(text, "Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.cue) == [1, 4]


def test_noun_cue_takes_its_article():
    text = "Die Polizei hat den Verdacht, der Mann sei geflohen."
    #       Die0 Polizei1 hat2 den3 Verdacht4 ,5 der6 Mann7 sei8 geflohen9 .10
    st = Statement("s1", "indirect", span(text, "der Mann sei geflohen"), cue=span(text, "Verdacht", cls=Cue),
                   frame=span(text, "Die Polizei hat den Verdacht"), speaker=span(text, "Die Polizei", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.cue) == [2, 3, 4]       # "hat" as the verb complex, "den" as the noun's article


def test_inserted_reporting_clause_takes_its_commas():
    text = "Der Plan, so Ott weiter, sei gut."
    #       Der0 Plan1 ,2 so3 Ott4 weiter5 ,6 sei7 gut8 .9
    quote = Span("Der Plan sei gut", [(0, 8), (text.index("sei"), text.index("gut") + 3)])
    st = Statement("s1", "indirect", quote, cue=span(text, "so", cls=Cue), frame=span(text, "so Ott weiter"),
                   speaker=span(text, "Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == [2, 3, 4, 5, 6]


def test_cue_of_a_wie_clause_runs_across_an_apposition():
    text = "Wie der Sprecher, Jan Ott, mitteilte, ist die Lage ruhig."
    #       Wie0 der1 Sprecher2 ,3 Jan4 Ott5 ,6 mitteilte7 ,8 ist9 die10 Lage11 ruhig12 .13
    st = Statement("s1", "indirect", span(text, "ist die Lage ruhig"), cue=span(text, "mitteilte", cls=Cue),
                   frame=span(text, "der Sprecher, Jan Ott, mitteilte"), speaker=span(text, "der Sprecher", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.cue) == [0, 7]
    text = "Die Lage ist ruhig, wie Ott zitiert wird."
    #       Die0 Lage1 ist2 ruhig3 ,4 wie5 Ott6 zitiert7 wird8 .9
    st = Statement("s1", "indirect", span(text, "Die Lage ist ruhig"), cue=span(text, "zitiert", cls=Cue),
                   frame=span(text, "Ott zitiert"), speaker=span(text, "Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.cue) == [5, 7, 8]


def test_noun_cue_takes_its_article_across_adjectives():
    text = "Viele sind der gegenteiligen Auffassung, der Plan sei gut."
    #       Viele0 sind1 der2 gegenteiligen3 Auffassung4 ,5 der6 Plan7 sei8 gut9 .10
    st = Statement("s1", "indirect", span(text, "der Plan sei gut"), cue=span(text, "Auffassung", cls=Cue),
                   frame=span(text, "Viele sind der gegenteiligen Auffassung"), speaker=span(text, "Viele", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.cue) == [1, 2, 3, 4]


def test_frame_word_phrase_with_apposition_takes_the_closing_comma():
    text = "Nach Angaben des Sprechers, Jan Ott, sei es ruhig."
    #       Nach0 Angaben1 des2 Sprechers3 ,4 Jan5 Ott6 ,7 sei8 es9 ruhig10 .11
    st = Statement("s1", "indirect", span(text, "sei es ruhig"), cue=span(text, "Nach Angaben", cls=Cue),
                   frame=span(text, "Nach Angaben des Sprechers, Jan Ott"),
                   speaker=span(text, "des Sprechers, Jan Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == list(range(0, 8)) and sorted(a.cue) == [0]


def test_frame_word_speaker_leaves_the_closing_comma_to_the_frame():
    text = "Nach Worten der Sprecherin, Eva Roth, sei es ruhig."
    #       Nach0 Worten1 der2 Sprecherin3 ,4 Eva5 Roth6 ,7 sei8 es9 ruhig10 .11
    st = Statement("s1", "indirect", span(text, "sei es ruhig"), cue=span(text, "Nach Worten", cls=Cue),
                   frame=span(text, "Nach Worten der Sprecherin, Eva Roth,"),
                   speaker=span(text, "der Sprecherin, Eva Roth", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == list(range(1, 7)) and sorted(a.cue) == [0]


def test_frame_word_speaker_leaves_out_a_relative_or_participle_clause():
    text = "Laut einem Bericht der Zeitung, der sich auf Zeugen beruft, sei es ruhig."
    #       Laut0 einem1 Bericht2 der3 Zeitung4 ,5 der6 sich7 auf8 Zeugen9 beruft10 ,11 sei12
    st = Statement("s1", "indirect", span(text, "sei es ruhig"), cue=span(text, "Laut", cls=Cue),
                   frame=span(text, "Laut einem Bericht der Zeitung, der sich auf Zeugen beruft,"),
                   speaker=span(text, "einem Bericht der Zeitung, der sich auf Zeugen beruft", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [1, 2, 3, 4]
    text = "Nach Ansicht der Anklage, vertreten durch Jan Ott, sei er schuldig."
    #       Nach0 Ansicht1 der2 Anklage3 ,4 vertreten5 durch6 Jan7 Ott8 ,9 sei10
    st = Statement("s1", "indirect", span(text, "sei er schuldig"), cue=span(text, "Nach Ansicht", cls=Cue),
                   frame=span(text, "Nach Ansicht der Anklage, vertreten durch Jan Ott,"),
                   speaker=span(text, "der Anklage, vertreten durch Jan Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [1, 2, 3]
    text = "Nach Angaben der Sprecherin gegenüber der Zeitung sei es ruhig."
    #       Nach0 Angaben1 der2 Sprecherin3 gegenüber4 der5 Zeitung6 sei7
    st = Statement("s1", "indirect", span(text, "sei es ruhig"), cue=span(text, "Nach Angaben", cls=Cue),
                   frame=span(text, "Nach Angaben der Sprecherin gegenüber der Zeitung"),
                   speaker=span(text, "der Sprecherin", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [1, 2, 3]


def test_trailing_frame_ends_where_a_new_clause_follows():
    text = "Es sei ruhig, sagte Ott, Chef der Firma, am Montag."
    #       Es0 sei1 ruhig2 ,3 sagte4 Ott5 ,6 Chef7 der8 Firma9 ,10 am11 Montag12 .13
    st = Statement("s1", "indirect", span(text, "Es sei ruhig"), cue=span(text, "sagte", cls=Cue),
                   frame=span(text, "sagte Ott"), speaker=span(text, "Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == list(range(3, 13))      # the apposition and the adverbial stay in
    text = "Es sei ruhig, sagte Ott und fügte hinzu, er gehe."
    #       Es0 sei1 ruhig2 ,3 sagte4 Ott5 und6 fügte7 hinzu8 ,9 er10 gehe11 .12
    st = Statement("s1", "indirect", span(text, "Es sei ruhig"), cue=span(text, "sagte", cls=Cue),
                   frame=span(text, "sagte Ott"), speaker=span(text, "Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == [3, 4, 5]
    text = "Es sei ruhig, sagte Ott, seine „Leute seien da“."
    #       Es0 sei1 ruhig2 ,3 sagte4 Ott5 ,6 seine7 „8 Leute9 seien10 da11 “12 .13
    st = Statement("s1", "indirect", span(text, "Es sei ruhig"), cue=span(text, "sagte", cls=Cue),
                   frame=span(text, "sagte Ott"), speaker=span(text, "Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == [3, 4, 5, 6]       # with the comma before the next clause, as the data set has it


def test_frame_leaves_out_the_content_of_another_statement():
    text = "Ott sagte, es sei spät, und fügte hinzu: „Wir gehen.“"
    #       Ott0 sagte1 ,2 es3 sei4 spät5 ,6 und7 fügte8 hinzu9 :10 „11 Wir12 gehen13 .14 “15
    ott = span(text, "Ott", cls=Speaker)
    first = Statement("s1", "indirect", span(text, "es sei spät"), cue=span(text, "sagte", cls=Cue),
                      frame=span(text, "Ott sagte"), speaker=ott)
    second = Statement("s2", "direct", span(text, "Wir gehen."), cue=span(text, "fügte hinzu", cls=Cue),
                       frame=span(text, "fügte hinzu"), speaker=ott)
    a, b = annotate(text, [first, second])
    assert sorted(b.frame) == [0, 1, 2, 6, 7, 8, 9, 10]


def test_frame_of_a_leading_clause_takes_a_relative_clause_on_the_speaker():
    text = "Ott schrieb in einer Erklärung, die im Netz steht, der Plan sei gut."
    #       Ott0 schrieb1 in2 einer3 Erklärung4 ,5 die6 im7 Netz8 steht9 ,10 der11 Plan12 sei13 gut14 .15
    st = Statement("s1", "indirect", span(text, "der Plan sei gut"), cue=span(text, "schrieb", cls=Cue),
                   frame=span(text, "Ott schrieb in einer Erklärung"), speaker=span(text, "Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == list(range(0, 11))


def test_frame_word_frames_are_not_widened():
    text = "Das Buch ist laut Ott eine „kluge Geschichte“."
    #       Das0 Buch1 ist2 laut3 Ott4 eine5 „6 kluge7 Geschichte8 “9 .10
    st = Statement("s1", "direct", span(text, "kluge Geschichte"), cue=span(text, "laut", cls=Cue),
                   frame=span(text, "laut Ott"), speaker=span(text, "Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == [3, 4] and sorted(a.cue) == [3] and sorted(a.speaker) == [4]


def test_continuation_takes_the_speaker_its_source_got():
    text = "Nach Angaben der Polizei ist es ruhig. Es gebe keine Verletzten."
    #       Nach0 Angaben1 der2 Polizei3 ist4 es5 ruhig6 .7 Es8 gebe9 keine10 Verletzten11 .12
    doc = dataset_doc(text)
    doc["sentences"] = [{"tokenIds": list(range(0, 8))}, {"tokenIds": list(range(8, 13))}]
    police = Speaker("der Polizei", [(13, 24)], ["e1"])
    cue = Cue.of(text, [(0, len("Nach Angaben"))])
    cue.lemma = "nach Angaben"
    statements = [Statement("s1", "indirect", span(text, "ist es ruhig"), cue=cue,
                            frame=span(text, "Nach Angaben der Polizei"), speaker=police),
                  Statement("s2", "indirect_free_indirect", span(text, "Es gebe keine Verletzten."), speaker=police)]
    first, second = predicted_annotations(doc, Document(Article(text), statements))
    assert sorted(first.speaker) == [1, 2, 3]
    assert sorted(second.speaker) == [1, 2, 3]


def test_direct_quote_without_its_own_verb_takes_the_speaker_its_source_got():
    text = "Der Leiter des Amtes, Jan Ott, sagte: „Es ist ernst.“ „Wir handeln.“"
    #       Der0 Leiter1 des2 Amtes3 ,4 Jan5 Ott6 ,7 sagte8 :9 „10 Es11 ist12 ernst13 .14 “15 „16 Wir17 handeln18 .19 “20
    doc = dataset_doc(text)
    doc["sentences"] = [{"tokenIds": list(range(0, 16))}, {"tokenIds": list(range(16, 21))}]
    ott = Speaker("Jan Ott", [(text.index("Jan Ott"), text.index("Jan Ott") + 7)], ["e1"])
    statements = [Statement("s1", "direct", span(text, "Es ist ernst."), cue=span(text, "sagte", cls=Cue),
                            frame=span(text, "Der Leiter des Amtes, Jan Ott, sagte:"), speaker=ott),
                  Statement("s2", "direct", span(text, "Wir handeln."), speaker=ott)]
    first, second = predicted_annotations(doc, Document(Article(text), statements))
    assert sorted(first.speaker) == [0, 1, 2, 3, 4, 5, 6]
    assert sorted(second.speaker) == [0, 1, 2, 3, 4, 5, 6]


def test_speaker_after_the_verb_is_not_widened_into_the_content():
    text = "Offiziell sagt die Regierung, man gebe allen Freiheiten."
    #       Offiziell0 sagt1 die2 Regierung3 ,4 man5 gebe6 allen7 Freiheiten8 .9
    st = Statement("s1", "indirect", span(text, "man gebe allen Freiheiten"), cue=span(text, "sagt", cls=Cue),
                   speaker=span(text, "die Regierung", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [2, 3]


def test_evaluative_speech_acts_are_outside_the_data_sets_reported_scheme():
    text = "Die Ministerin kritisierte den Plan. Die Ministerin forderte mehr Geld."
    criticised = Statement("s1", "reported", span(text, "den Plan"), cue=span(text, "kritisierte", cls=Cue),
                           speaker=span(text, "Die Ministerin", cls=Speaker))
    criticised.cue.lemma = "kritisieren"
    demanded = Statement("s2", "reported", span(text, "mehr Geld"), cue=span(text, "forderte", cls=Cue),
                         speaker=span(text, "Die Ministerin", 30, cls=Speaker))
    demanded.cue.lemma = "fordern"
    annotations = predicted_annotations(dataset_doc(text), Document(Article(text), [criticised, demanded]))
    assert len(annotations) == 1 and annotations[0].type == "Reported"


def test_sowohl_als_auch_is_no_judgement_that_brings_an_evaluative_act_into_the_scheme():
    text = "Der Verband kritisierte sowohl die Kosten als auch die Dauer. Die Ministerin verurteilte den Plan als Fehler."
    both = Statement("s1", "reported", span(text, "sowohl die Kosten als auch die Dauer"),
                     cue=span(text, "kritisierte", cls=Cue), speaker=span(text, "Der Verband", cls=Speaker))
    both.cue.lemma = "kritisieren"
    judged = Statement("s2", "reported", span(text, "den Plan"), cue=span(text, "verurteilte", cls=Cue),
                       speaker=span(text, "Die Ministerin", cls=Speaker))
    judged.cue.lemma = "verurteilen"
    annotations = predicted_annotations(dataset_doc(text), Document(Article(text), [both, judged]))
    assert len(annotations) == 1 and annotations[0].type == "Reported"
    assert min(annotations[0].quote) > 10     # the second sentence's


def test_reported_act_whose_verb_introduces_quoted_words_leaves_them_to_the_direct_quote():
    text = "Der Senator nannte die Reform einen „schweren Fehler“."
    #       Der0 Senator1 nannte2 die3 Reform4 einen5 „6 schweren7 Fehler8 “9 .10
    speaker = span(text, "Der Senator", cls=Speaker)
    reported = Statement("s1", "reported", span(text, "die Reform"), cue=span(text, "nannte", cls=Cue),
                         speaker=speaker)
    direct = Statement("s2", "direct", span(text, "schweren Fehler"), cue=span(text, "nannte", cls=Cue),
                       speaker=speaker)
    (a,) = annotate(text, [reported, direct])
    assert a.type == "Direct" and sorted(a.quote) == [6, 7, 8, 9]


def test_quoted_words_inside_a_relative_clause_on_the_object_leave_the_reported_act():
    text = "Der Verband warnte vor Kameras, die den Weg zum „gläsernen Bürger“ ebnen."
    speaker = span(text, "Der Verband", cls=Speaker)
    reported = Statement("s1", "reported", span(text, "vor Kameras"), cue=span(text, "warnte", cls=Cue),
                         speaker=speaker)
    direct = Statement("s2", "direct", span(text, "gläsernen Bürger"), cue=span(text, "warnte", cls=Cue),
                       speaker=speaker)
    annotations = annotate(text, [reported, direct])
    assert sorted(a.type for a in annotations) == ["Direct", "Reported"]


def test_quoted_words_after_a_relative_clause_still_name_the_act():
    text = "Er nannte die Karten, die es gab, „übertrieben“."
    speaker = span(text, "Er", cls=Speaker)
    reported = Statement("s1", "reported", span(text, "die Karten"), cue=span(text, "nannte", cls=Cue),
                         speaker=speaker)
    direct = Statement("s2", "direct", span(text, "übertrieben"), cue=span(text, "nannte", cls=Cue),
                       speaker=speaker)
    (a,) = annotate(text, [reported, direct])
    assert a.type == "Direct"


def test_reported_quote_ends_where_a_coordinated_indirect_statement_begins():
    text = "Die Ministerin lobte den Plan und sagte, er sei gut."
    #       Die0 Ministerin1 lobte2 den3 Plan4 und5 sagte6 ,7 er8 sei9 gut10 .11
    speaker = span(text, "Die Ministerin", cls=Speaker)
    praised = Statement("s1", "reported", span(text, "den Plan"), cue=span(text, "lobte", cls=Cue), speaker=speaker)
    said = Statement("s2", "indirect", span(text, "er sei gut"), cue=span(text, "sagte", cls=Cue), speaker=speaker)
    reported, _ = annotate(text, [praised, said])
    assert reported.type == "Reported" and sorted(reported.quote) == [0, 1, 2, 3, 4]


def test_reported_quote_ends_where_a_konjunktiv_clause_of_the_same_act_begins():
    text = "Die Anwohner beklagten die Kürzungen, die zu Wartezeiten führen würden."
    #       Die0 Anwohner1 beklagten2 die3 Kürzungen4 ,5 die6 zu7 Wartezeiten8 führen9 würden10 .11
    speaker = span(text, "Die Anwohner", cls=Speaker)
    cue = span(text, "beklagten", cls=Cue)
    act = Statement("s1", "reported", span(text, "die Kürzungen"), cue=cue, speaker=speaker)
    clause = Statement("s2", "indirect", span(text, "die zu Wartezeiten führen würden"), cue=cue, speaker=speaker)
    reported, indirect = annotate(text, [act, clause])
    assert reported.type == "Reported" and sorted(reported.quote) == [0, 1, 2, 3, 4]
    assert indirect.type == "Indirect" and sorted(indirect.quote) == [6, 7, 8, 9, 10]


def test_reported_sentence_ends_at_a_line_break_inside_the_data_sets_sentence():
    text = "Die Ministerin forderte mehr Geld.\nDen Schulen drohen Kürzungen."
    #       Die0 Ministerin1 forderte2 mehr3 Geld4 .5 | Den6 Schulen7 drohen8 Kürzungen9 .10
    st = Statement("s1", "reported", span(text, "mehr Geld"), cue=span(text, "forderte", cls=Cue),
                   speaker=span(text, "Die Ministerin", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.quote) == [0, 1, 2, 3, 4, 5]


def test_coordinated_reported_acts_keep_the_whole_sentence():
    text = "Die Ministerin lobte den Plan und forderte mehr Geld."
    #       Die0 Ministerin1 lobte2 den3 Plan4 und5 forderte6 mehr7 Geld8 .9
    speaker = span(text, "Die Ministerin", cls=Speaker)
    praised = Statement("s1", "reported", span(text, "den Plan"), cue=span(text, "lobte", cls=Cue), speaker=speaker)
    demanded = Statement("s2", "reported", span(text, "mehr Geld"), cue=span(text, "forderte", cls=Cue),
                         speaker=speaker)
    (a,) = annotate(text, [praised, demanded])
    assert sorted(a.quote) == list(range(10))


def test_declaring_or_confirming_without_content_is_outside_the_data_sets_reported_scheme():
    text = "Der Trainer erklärte seinen Rücktritt. Der Verein bestätigte den Wechsel."
    resigned = Statement("s1", "reported", span(text, "seinen Rücktritt"), cue=span(text, "erklärte", cls=Cue),
                         speaker=span(text, "Der Trainer", cls=Speaker))
    resigned.cue.lemma = "erklären"
    confirmed = Statement("s2", "reported", span(text, "den Wechsel"), cue=span(text, "bestätigte", cls=Cue),
                          speaker=span(text, "Der Verein", cls=Speaker))
    confirmed.cue.lemma = "bestätigen"
    assert predicted_annotations(dataset_doc(text), Document(Article(text), [resigned, confirmed])) == []


def test_an_evaluative_speech_act_with_an_als_predicate_stays_reported():
    text = "Die Ministerin kritisierte den Plan als unsozial."
    st = Statement("s1", "reported", span(text, "den Plan"), cue=span(text, "kritisierte", cls=Cue),
                   speaker=span(text, "Die Ministerin", cls=Speaker))
    st.cue.lemma = "kritisieren"
    (a,) = annotate(text, [st])
    assert a.type == "Reported"


def test_coordinated_reported_acts_are_one_quote_even_with_different_speakers_found():
    text = "Die Ministerin lobte den Plan und forderte mehr Geld."
    praised = Statement("s1", "reported", span(text, "den Plan"), cue=span(text, "lobte", cls=Cue),
                        speaker=span(text, "Die Ministerin", cls=Speaker))
    demanded = Statement("s2", "reported", span(text, "mehr Geld"), cue=span(text, "forderte", cls=Cue),
                         speaker=span(text, "Plan", cls=Speaker))
    (a,) = annotate(text, [praised, demanded])
    assert sorted(a.quote) == list(range(10)) and sorted(a.speaker) == [0, 1]


def test_reporting_clause_in_konjunktiv_makes_the_sentence_a_continuation():
    text = "Er gehe davon aus, dass die Bahn komme."
    #       Er0 gehe1 davon2 aus3 ,4 dass5 die6 Bahn7 komme8 .9
    cue = Cue.of(text, [(3, 7), (14, 17)])
    st = Statement("s1", "indirect", span(text, "dass die Bahn komme"), cue=cue, frame=span(text, "Er gehe davon aus"),
                   speaker=span(text, "Er", cls=Speaker))
    (a,) = annotate(text, [st])
    assert a.type == "IndirectFreeIndirect"
    assert sorted(a.quote) == list(range(10)) and not a.cue and not a.frame


def test_regular_konjunktiv_of_the_reporting_verb_makes_the_sentence_a_continuation():
    text = "Er behaupte, die Bahn komme."
    #       Er0 behaupte1 ,2 die3 Bahn4 komme5 .6
    st = Statement("s1", "indirect", span(text, "die Bahn komme"), cue=span(text, "behaupte", cls=Cue),
                   frame=span(text, "Er behaupte"), speaker=span(text, "Er", cls=Speaker))
    (a,) = annotate(text, [st])
    assert a.type == "IndirectFreeIndirect"
    assert sorted(a.quote) == list(range(7)) and not a.cue and not a.frame


def test_report_in_konjunktiv_takes_the_speaker_of_the_statement_before():
    text = "Ott sagte, Lanz sei Zeuge. Dieser behaupte, es sei spät."
    #       Ott0 sagte1 ,2 Lanz3 sei4 Zeuge5 .6 | Dieser7 behaupte8 ,9 es10 sei11 spät12 .13
    doc = dataset_doc(text)
    for t in doc["tokens"]:
        t["sentence"] = 0 if t["id"] <= 6 else 1
    sentences = [{"tokenIds": list(range(7))}, {"tokenIds": list(range(7, 14))}]
    doc["sentences"] = sentences
    statements = [Statement("s1", "indirect", span(text, "Lanz sei Zeuge"), cue=span(text, "sagte", cls=Cue),
                            speaker=span(text, "Ott", cls=Speaker)),
                  Statement("s2", "indirect", span(text, "es sei spät"), cue=span(text, "behaupte", cls=Cue),
                            frame=span(text, "Dieser behaupte"), speaker=span(text, "Dieser", cls=Speaker))]
    first, second = predicted_annotations(doc, Document(Article(text), statements))
    assert second.type == "IndirectFreeIndirect"
    assert sorted(second.speaker) == [0]


def test_demnach_is_cue_and_speaker_in_the_data_set():
    text = "Ott legte einen Bericht vor. Demnach sei die Lage ernst."
    #       Ott0 legte1 einen2 Bericht3 vor4 .5 Demnach6 sei7 die8 Lage9 ernst10 .11
    st = Statement("s1", "indirect", span(text, "sei die Lage ernst"), cue=span(text, "Demnach", cls=Cue),
                   frame=span(text, "Demnach"), speaker=span(text, "Ott", cls=Speaker))
    (a,) = predicted_annotations(dataset_doc(text), Document(Article(text), [st]))
    assert sorted(a.cue) == [6] and sorted(a.speaker) == [6]


def test_danach_like_demnach_is_cue_and_speaker_in_the_data_set():
    text = "Ott legte eine Studie vor. Danach sei die Lage ernst."
    #       Ott0 legte1 eine2 Studie3 vor4 .5 Danach6 sei7 die8 Lage9 ernst10 .11
    st = Statement("s1", "indirect", span(text, "sei die Lage ernst"), cue=span(text, "Danach", cls=Cue),
                   frame=span(text, "Danach"), speaker=span(text, "Ott", cls=Speaker))
    (a,) = predicted_annotations(dataset_doc(text), Document(Article(text), [st]))
    assert sorted(a.cue) == [6] and sorted(a.speaker) == [6]


def test_quote_pointed_back_to_runs_on_to_dies():
    text = "Die Fähre fährt wieder. Dies teilte die Reederei mit."
    #       Die0 Fähre1 fährt2 wieder3 .4 Dies5 teilte6 die7 Reederei8 mit9 .10
    st = Statement("s1", "indirect", span(text, "Die Fähre fährt wieder"),
                   cue=Cue("teilte mit", [(text.index("teilte"), text.index("teilte") + 6),
                                          (text.index("mit."), text.index("mit.") + 3)], "mitteilen"),
                   frame=span(text, "Dies teilte die Reederei mit"), speaker=span(text, "die Reederei", cls=Speaker))
    (a,) = predicted_annotations(dataset_doc(text), Document(Article(text), [st]))
    assert sorted(a.quote) == [0, 1, 2, 3, 4, 5]


def test_pointing_word_belongs_to_the_quote_not_the_frame():
    text = "Die Fähre fährt wieder. Dies teilte die Reederei mit."
    st = Statement("s1", "indirect", span(text, "Die Fähre fährt wieder"),
                   cue=Cue("teilte mit", [(text.index("teilte"), text.index("teilte") + 6),
                                          (text.index("mit."), text.index("mit.") + 3)], "mitteilen"),
                   frame=span(text, "Dies teilte die Reederei mit"), speaker=span(text, "die Reederei", cls=Speaker))
    (a,) = predicted_annotations(dataset_doc(text), Document(Article(text), [st]))
    assert 5 not in a.frame and {6, 7, 8, 9} <= a.frame


def test_addressee_without_its_preposition():
    text = "Er sagte gegenüber der Presse, es sei vorbei."
    #       Er0 sagte1 gegenüber2 der3 Presse4 ,5 es6 sei7 vorbei8 .9
    st = Statement("s1", "indirect", span(text, "es sei vorbei"), cue=span(text, "sagte", cls=Cue),
                   speaker=span(text, "Er", cls=Speaker), addressee=span(text, "gegenüber der Presse"))
    (a,) = predicted_annotations(dataset_doc(text), Document(Article(text), [st]))
    assert sorted(a.addressee) == [3, 4]


def test_outlet_of_an_interview_is_the_addressee_after_mit():
    text = "Er sagte in einem Interview mit der Zeitung, es sei vorbei."
    #       Er0 sagte1 in2 einem3 Interview4 mit5 der6 Zeitung7 ,8 es9 sei10 vorbei11 .12
    st = Statement("s1", "indirect", span(text, "es sei vorbei"), cue=span(text, "sagte", cls=Cue),
                   speaker=span(text, "Er", cls=Speaker), via=span(text, "in einem Interview mit der Zeitung"))
    (a,) = predicted_annotations(dataset_doc(text), Document(Article(text), [st]))
    assert sorted(a.addressee) == [6, 7]


def test_reported_speaker_takes_in_its_appositions():
    text = "Jan Ott, Sprecher des Amtes, kritisierte den Plan."
    #       Jan0 Ott1 ,2 Sprecher3 des4 Amtes5 ,6 kritisierte7 den8 Plan9 .10
    st = Statement("s1", "reported", span(text, "den Plan"), cue=span(text, "kritisierte", cls=Cue),
                   speaker=span(text, "Jan Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [0, 1, 2, 3, 4, 5]


def test_role_phrase_between_verb_and_named_speaker_belongs_to_the_speaker():
    text = "„Es ist ruhig“, sagte der Sprecher des Amtes, Jan Ott."
    #       „0 Es1 ist2 ruhig3 “4 ,5 sagte6 der7 Sprecher8 des9 Amtes10 ,11 Jan12 Ott13 .14
    st = Statement("s1", "direct", span(text, "Es ist ruhig"), cue=span(text, "sagte", cls=Cue),
                   speaker=span(text, "Jan Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [7, 8, 9, 10, 11, 12, 13]


def test_a_prepositional_phrase_after_the_speaker_is_no_apposition():
    text = "„Es bleibt ruhig“, erwartet Jan Ott, für den Sommer eine Flaute."
    #       „0 Es1 bleibt2 ruhig3 “4 ,5 erwartet6 Jan7 Ott8 ,9 für10
    st = Statement("s1", "direct", span(text, "Es bleibt ruhig"), cue=span(text, "erwartet", cls=Cue),
                   speaker=span(text, "Jan Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [7, 8]


def test_heisst_es_in_a_document_makes_the_document_the_speaker():
    text = "In der Mitteilung des Amtes heißt es, die Lage sei ruhig."
    #       In0 der1 Mitteilung2 des3 Amtes4 heißt5 es6 ,7 die8 Lage9 sei10 ruhig11 .12
    cue = Cue.of(text, [(text.index("heißt"), text.index("heißt") + 5)])
    cue = Cue(cue.text, cue.spans, "heißen")
    st = Statement("s1", "indirect", span(text, "die Lage sei ruhig"), cue=cue,
                   speaker=span(text, "des Amtes", cls=Speaker), via=span(text, "In der Mitteilung des Amtes"))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [1, 2, 3, 4]


def test_institution_speaker_takes_in_its_seat():
    text = "Die Regierung in Lomé kündigte an, die Wahl zu verschieben."
    #       Die0 Regierung1 in2 Lomé3 kündigte4 an5 ,6 die7 Wahl8 zu9 verschieben10 .11
    st = Statement("s1", "indirect", span(text, "die Wahl zu verschieben"), cue=span(text, "kündigte", cls=Cue),
                   speaker=span(text, "Die Regierung", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [0, 1, 2, 3]
    text = "Laut Petra Lanz in Berlin bleibt die Wahl."
    st = Statement("s1", "indirect", span(text, "bleibt die Wahl"), cue=span(text, "Laut", cls=Cue),
                   speaker=span(text, "Petra Lanz", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [1, 2]


def test_zufolge_frame_is_its_noun_phrase_without_the_verb_before_it():
    text = "Dabei starben amtlichen Angaben zufolge drei Menschen."
    #       Dabei0 starben1 amtlichen2 Angaben3 zufolge4 drei5 Menschen6 .7
    st = Statement("s1", "indirect", span(text, "Dabei starben"), cue=span(text, "zufolge", cls=Cue),
                   frame=span(text, "starben amtlichen Angaben zufolge"),
                   speaker=span(text, "amtlichen Angaben", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == [2, 3, 4] and sorted(a.speaker) == [2, 3]


def test_zufolge_frame_keeps_its_whole_source_with_lower_case_words():
    text = "Den Behörden in Rom zufolge blieb es ruhig."
    #       Den0 Behörden1 in2 Rom3 zufolge4 blieb5 es6 ruhig7 .8
    st = Statement("s1", "indirect", span(text, "blieb es ruhig"), cue=span(text, "zufolge", cls=Cue),
                   frame=span(text, "Den Behörden in Rom zufolge"),
                   speaker=span(text, "Den Behörden in Rom", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == [0, 1, 2, 3, 4] and sorted(a.speaker) == [0, 1, 2, 3]


def test_speech_noun_frame_takes_the_main_clause_after_its_content():
    text = "Alle Bitten, die Strecke zu sperren, blieben erfolglos."
    #       Alle0 Bitten1 ,2 die3 Strecke4 zu5 sperren6 ,7 blieben8 erfolglos9 .10
    cue = span(text, "Bitten", cls=Cue)
    cue.lemma = "Bitten"
    st = Statement("s1", "indirect", span(text, "die Strecke zu sperren"), cue=cue,
                   frame=span(text, "Alle Bitten"))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == [0, 1, 2, 7, 8, 9, 10]


def test_speech_verb_frame_leaves_a_main_clause_after_its_content():
    text = "Er sagte, sie sei krank, und ging."
    #       Er0 sagte1 ,2 sie3 sei4 krank5 ,6 und7 ging8 .9
    cue = span(text, "sagte", cls=Cue)
    cue.lemma = "sagen"
    st = Statement("s1", "indirect", span(text, "sie sei krank"), cue=cue, frame=span(text, "Er sagte"),
                   speaker=span(text, "Er", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == [0, 1, 2]


def test_frame_word_speaker_keeps_a_comma_inside_a_title():
    text = "Laut dem Magazin „auto, motor“ blieb es ruhig."
    #       Laut0 dem1 Magazin2 „3 auto4 ,5 motor6 “7 blieb8 es9 ruhig10 .11
    cue = span(text, "Laut", cls=Cue)
    cue.lemma = "laut"
    st = Statement("s1", "indirect", span(text, "blieb es ruhig"), cue=cue,
                   frame=span(text, "Laut dem Magazin „auto, motor“"),
                   speaker=span(text, "dem Magazin „auto, motor“", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.cue) == [0] and sorted(a.speaker) == [1, 2, 3, 4, 5, 6, 7]


def test_wie_clause_inside_the_content_is_the_frame_with_its_commas():
    text = "Der Plan sei, wie er sagt, nicht neu."
    #       Der0 Plan1 sei2 ,3 wie4 er5 sagt6 ,7 nicht8 neu9 .10
    cue = span(text, "sagt", cls=Cue)
    cue.lemma = "sagen"
    quote = span(text, "Der Plan sei")
    quote.spans.append(span(text, "nicht neu").spans[0])
    cue.spans.insert(0, span(text, "wie").spans[0])
    st = Statement("s1", "indirect", quote, cue=cue, frame=span(text, "sagt"),
                   speaker=span(text, "er", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == [3, 4, 5, 6, 7]


def test_frame_does_not_reach_back_into_an_earlier_quotation():
    text = "„Raus!“ Der Minister sagte, es sei ruhig."
    #       „0 Raus1 !2 “3 Der4 Minister5 sagte6 ,7 es8 sei9 ruhig10 .11
    st = Statement("s1", "indirect", span(text, "es sei ruhig"), cue=span(text, "sagte", cls=Cue),
                   frame=span(text, "Der Minister sagte"), speaker=span(text, "Der Minister", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.frame) == [4, 5, 6, 7]


def test_apposition_does_not_take_in_a_relative_clause_or_the_clause_opener():
    text = "Jan Ott, der dort lange gearbeitet hatte, sagte, es sei ruhig."
    #       Jan0 Ott1 ,2 der3 dort4 lange5 gearbeitet6 hatte7 ,8 sagte9
    st = Statement("s1", "indirect", span(text, "es sei ruhig"), cue=span(text, "sagte", cls=Cue),
                   speaker=span(text, "Jan Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [0, 1]
    text = "Wie der Sprecher des Amtes, Jan Ott, mitteilte, ist es ruhig."
    #       Wie0 der1 Sprecher2 des3 Amtes4 ,5 Jan6 Ott7 ,8 mitteilte9
    st = Statement("s1", "indirect", span(text, "ist es ruhig"), cue=span(text, "mitteilte", cls=Cue),
                   speaker=span(text, "Jan Ott", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [1, 2, 3, 4, 5, 6, 7]


def test_a_quote_an_outlet_quotes_is_annotated_for_the_person_and_for_the_outlet():
    text = "Der Sender zitierte Ott mit den Worten: „Wir bleiben.“"
    #       Der0 Sender1 zitierte2 Ott3 mit4 den5 Worten6 :7 „8 Wir9 bleiben10 .11 “12
    doc = one_sentence_doc(text)
    cue = span(text, "zitierte", cls=Cue)
    cue.lemma = "zitieren"
    st = Statement("s1", "direct", span(text, "Wir bleiben."), cue=cue, frame=span(text, "Der Sender zitierte Ott"),
                   speaker=span(text, "Ott", cls=Speaker), via=span(text, "Der Sender"))
    person, outlet = predicted_annotations(doc, Document(Article(text), [st]))
    assert person.quote == outlet.quote == frozenset(range(8, 13))
    assert (sorted(person.speaker), sorted(outlet.speaker)) == ([3], [0, 1])
    assert (person.medium, outlet.medium) == ("Speech", "Writing")


def test_a_quote_going_on_without_attribution_takes_the_cue_and_frame_before_it():
    text = "„Wir bleiben.“, sagte Ott. „Wir gehen nicht.“"
    #       „0 Wir1 bleiben2 .3 “4 ,5 sagte6 Ott7 .8 „9 Wir10 gehen11 nicht12 .13 “14
    doc = one_sentence_doc(text)
    ott = span(text, "Ott", cls=Speaker)
    cue = span(text, "sagte", cls=Cue)
    first = Statement("s1", "direct", span(text, "Wir bleiben."), cue=cue, frame=span(text, "sagte Ott"), speaker=ott)
    second = Statement("s2", "direct", span(text, "Wir gehen nicht."), speaker=ott)
    a, b = predicted_annotations(doc, Document(Article(text), [first, second]))
    assert sorted(b.quote) == list(range(9, 15))
    assert (b.cue, b.frame, b.speaker) == (a.cue, a.frame, a.speaker)
    assert sorted(b.cue) == [6]


def test_a_colon_alone_is_no_cue_in_the_data_set():
    text = "Ott: „Wir bleiben.“"
    #       Ott0 :1 „2 Wir3 bleiben4 .5 “6
    doc = one_sentence_doc(text)
    cue = span(text, ":", cls=Cue)
    cue.lemma = ":"
    st = Statement("s1", "direct", span(text, "Wir bleiben."), cue=cue, frame=span(text, "Ott:"),
                   speaker=span(text, "Ott", cls=Speaker))
    (a,) = predicted_annotations(doc, Document(Article(text), [st]))
    assert (sorted(a.cue), sorted(a.frame), sorted(a.speaker)) == ([], [0, 1], [0])


def test_frame_after_a_partial_quote_starts_at_the_comma_before_it():
    text = "Man werde den „Prozess beenden“, so Ott."
    #       Man0 werde1 den2 „3 Prozess4 beenden5 “6 ,7 so8 Ott9 .10
    doc = one_sentence_doc(text)
    cue = span(text, "so", cls=Cue)
    st = Statement("s1", "direct", span(text, "Prozess beenden"), cue=cue, frame=span(text, "so Ott"),
                   speaker=span(text, "Ott", cls=Speaker))
    (a,) = predicted_annotations(doc, Document(Article(text), [st]))
    assert sorted(a.frame) == [7, 8, 9]


def test_frame_before_a_quote_starts_after_an_earlier_sentence_in_the_same_data_set_sentence():
    text = "Er rief: „Hier!“ Ott sagte: „Wir bleiben.“"
    #       Er0 rief1 :2 „3 Hier4 !5 “6 Ott7 sagte8 :9 „10 Wir11 bleiben12 .13 “14
    doc = one_sentence_doc(text)
    st = Statement("s1", "direct", span(text, "Wir bleiben."), cue=span(text, "sagte", cls=Cue),
                   frame=span(text, "Ott sagte"), speaker=span(text, "Ott", cls=Speaker))
    (a,) = predicted_annotations(doc, Document(Article(text), [st]))
    assert sorted(a.frame) == [7, 8, 9]


def test_a_source_frame_leaves_the_medium_open():
    text = "Laut der Polizei blieb es ruhig."
    st = Statement("s1", "indirect", span(text, "blieb es ruhig"), medium="speech",
                   cue=span(text, "Laut", cls=Cue), speaker=span(text, "der Polizei", cls=Speaker))
    (a,) = annotate(text, [st])
    assert a.medium == "SW"


def test_a_speech_verb_keeps_its_medium():
    text = "Die Polizei sagte, es sei ruhig."
    st = Statement("s1", "indirect", span(text, "es sei ruhig"), medium="speech",
                   cue=span(text, "sagte", cls=Cue), speaker=span(text, "Die Polizei", cls=Speaker))
    (a,) = annotate(text, [st])
    assert a.medium == "Speech"


def test_speaker_takes_in_whom_the_role_belongs_to():
    text = "Es sei ruhig, sagte der Sprecher von Bayer 04 Leverkusen am Abend."
    #       Es0 sei1 ruhig2 ,3 sagte4 der5 Sprecher6 von7 Bayer8 04 9 Leverkusen10 am11 Abend12 .13
    cue = span(text, "sagte", cls=Cue)
    cue.lemma = "sagen"
    st = Statement("s1", "indirect", span(text, "Es sei ruhig"), cue=cue, frame=span(text, "sagte der Sprecher"),
                   speaker=span(text, "der Sprecher", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == list(range(5, 11))


def test_speaker_leaves_out_a_name_and_the_verbs_object():
    text = "Es sei ruhig, sagte Eva Roth von Anfang an."
    #       Es0 sei1 ruhig2 ,3 sagte4 Eva5 Roth6 von7 Anfang8 an9 .10
    cue = span(text, "sagte", cls=Cue)
    cue.lemma = "sagen"
    st = Statement("s1", "indirect", span(text, "Es sei ruhig"), cue=cue, frame=span(text, "sagte Eva Roth"),
                   speaker=span(text, "Eva Roth", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [5, 6]      # a name, not a role: the phrase is the verb's
    text = "Am Abend sprach der Sprecher von vielen Verletzten."
    #       Am0 Abend1 sprach2 der3 Sprecher4 von5 vielen6 Verletzten7 .8
    cue = span(text, "sprach", cls=Cue)
    cue.lemma = "sprechen"
    st = Statement("s1", "reported", span(text, "von vielen Verletzten"), cue=cue,
                   speaker=span(text, "der Sprecher", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [3, 4]      # "sprechen von": the object, not whom the speaker belongs to


def test_role_speaker_takes_in_the_name_after_it():
    text = "Es sei ruhig, sagte der Leiter der Studie, Paul Berger, am Abend."
    #       Es0 sei1 ruhig2 ,3 sagte4 der5 Leiter6 der7 Studie8 ,9 Paul10 Berger11 ,12 am13 Abend14 .15
    cue = span(text, "sagte", cls=Cue)
    cue.lemma = "sagen"
    st = Statement("s1", "indirect", span(text, "Es sei ruhig"), cue=cue,
                   frame=span(text, "sagte der Leiter der Studie"), speaker=span(text, "der Leiter der Studie", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == list(range(5, 12))


def test_role_speaker_leaves_a_following_clause_alone():
    text = "Es sei ruhig, sagte der Leiter der Studie, Paul Berger sei krank."
    #       Es0 sei1 ruhig2 ,3 sagte4 der5 Leiter6 der7 Studie8 ,9 Paul10 Berger11 sei12 krank13 .14
    cue = span(text, "sagte", cls=Cue)
    cue.lemma = "sagen"
    st = Statement("s1", "indirect", span(text, "Es sei ruhig"), cue=cue,
                   frame=span(text, "sagte der Leiter der Studie"), speaker=span(text, "der Leiter der Studie", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == [5, 6, 7, 8]


def test_role_speaker_takes_in_an_indefinite_genitive():
    text = "Es sei ruhig, sagte der Sprecher einer großen Hilfsorganisation."
    #       Es0 sei1 ruhig2 ,3 sagte4 der5 Sprecher6 einer7 großen8 Hilfsorganisation9 .10
    cue = span(text, "sagte", cls=Cue)
    cue.lemma = "sagen"
    st = Statement("s1", "indirect", span(text, "Es sei ruhig"), cue=cue, frame=span(text, "sagte der Sprecher"),
                   speaker=span(text, "der Sprecher", cls=Speaker))
    (a,) = annotate(text, [st])
    assert sorted(a.speaker) == list(range(5, 10))


def _act_and_its_quoted_words(text, act, quoted, verb, lemma=None):
    speaker = span(text, text.split()[0] + " " + text.split()[1], cls=Speaker)
    cue = span(text, verb, cls=Cue)
    cue = Cue(cue.text, cue.spans, lemma)
    return [Statement("s1", "reported", span(text, act), cue=cue, frame=span(text, verb), speaker=speaker),
            Statement("s2", "direct", span(text, quoted), cue=cue, frame=span(text, verb), speaker=speaker)]


def test_a_speech_act_holding_quoted_words_is_annotated_with_them():
    text = "Die Stiftung verlangte eine Prüfung der „verschwundenen Akten“."
    #       Die0 Stiftung1 verlangte2 eine3 Prüfung4 der5 „6 verschwundenen7 Akten8 “9 .10
    sts = _act_and_its_quoted_words(text, "eine Prüfung der „verschwundenen Akten“", "verschwundenen Akten",
                                     "verlangte", "verlangen")
    out = annotate(text, sts)
    assert sorted((a.type, tuple(sorted(a.quote))) for a in out) == [
        ("Direct", (6, 7, 8, 9)), ("Reported", tuple(range(0, 11)))]


def test_quoted_words_that_name_the_object_are_annotated_alone():
    text = "Die Ministerin nannte den Plan einen „großen Fehler“."
    sts = _act_and_its_quoted_words(text, "den Plan einen „großen Fehler“", "großen Fehler", "nannte", "nennen")
    out = annotate(text, sts)
    assert [a.type for a in out] == ["Direct"]


def test_a_speech_act_outside_the_scheme_is_annotated_with_quoted_words_in_its_object():
    text = "Die Richter äußerten „schwere Bedenken“ gegen das Gesetz."
    #       Die0 Richter1 äußerten2 „3 schwere4 Bedenken5 “6 gegen7 das8 Gesetz9 .10
    sts = _act_and_its_quoted_words(text, "„schwere Bedenken“ gegen das Gesetz", "schwere Bedenken", "äußerten",
                                     "äußern")
    out = annotate(text, sts)
    assert sorted((a.type, tuple(sorted(a.quote))) for a in out) == [
        ("Direct", (3, 4, 5, 6)), ("Reported", tuple(range(0, 11)))]


def _numbered_sentences(doc):
    """Sentence numbers by the full stops of the test text."""
    n = 0
    for t in doc["tokens"]:
        t["sentence"] = n
        n += t["text"] == "."
    return doc


def test_unsourced_hearsay_far_from_any_report_is_left_out():
    text = ("Ein Lager ist abgebrannt. Die Feuerwehr kam spät. Der Brand soll in der Nacht ausgebrochen sein. "
            "Die Straße war gesperrt. Sie ist wieder frei. Ein Mann sagte, er habe Rauch gesehen. Ein Wachmann soll verletzt worden sein.")
    doc = _numbered_sentences(dataset_doc(text))
    man = Speaker("Ein Mann", [(text.index("Ein Mann"), text.index("Ein Mann") + 8)], ["e1"])
    statements = [
        Statement("s1", "free_indirect", span(text, "Der Brand soll in der Nacht ausgebrochen sein.")),
        Statement("s2", "indirect", span(text, "er habe Rauch gesehen"), cue=span(text, "sagte", cls=Cue), speaker=man),
        Statement("s3", "free_indirect", span(text, "Ein Wachmann soll verletzt worden sein."), speaker=man)]
    annotations = predicted_annotations(doc, Document(Article(text), statements))
    # no statement in the three sentences before the first hearsay nor in the two after it: the article's own
    assert [a.type for a in annotations] == ["Indirect", "FreeIndirect"]
    assert doc["tokens"][min(annotations[1].quote)]["text"] == "Ein"


def test_adjacent_continuations_with_two_mentions_of_one_name_merge():
    text = "Ott sagte, es sei spät. Ott blieb ruhig. Die Bahn komme nicht. Der Bus fahre nicht."
    doc = _numbered_sentences(dataset_doc(text))
    first, second = Speaker("Ott", [(0, 3)], ["e1"]), Speaker("Ott", [(24, 27)], ["e1"])
    statements = [Statement("s1", "indirect", span(text, "es sei spät"), cue=span(text, "sagte", cls=Cue), speaker=first),
                  Statement("s2", "indirect_free_indirect", span(text, "Die Bahn komme nicht."), speaker=second),
                  Statement("s3", "indirect_free_indirect", span(text, "Der Bus fahre nicht."), speaker=first)]
    annotations = predicted_annotations(doc, Document(Article(text), statements))
    assert len(annotations) == 2
    assert [doc["tokens"][i]["text"] for i in sorted(annotations[1].quote)][::5] == ["Die", "Der"]


def test_continuations_merge_across_a_quote_inside_the_first():
    text = "Ott sagte, es sei spät. Der Plan sei ein „großer Fehler“. Der Bus fahre nicht."
    doc = _numbered_sentences(dataset_doc(text))
    ott = Speaker("Ott", [(0, 3)], ["e1"])
    statements = [Statement("s1", "indirect", span(text, "es sei spät"), cue=span(text, "sagte", cls=Cue), speaker=ott),
                  Statement("s2", "indirect_free_indirect", span(text, "Der Plan sei ein „großer Fehler“."), speaker=ott),
                  Statement("s3", "direct", span(text, "großer Fehler"), speaker=ott),
                  Statement("s4", "indirect_free_indirect", span(text, "Der Bus fahre nicht."), speaker=ott)]
    annotations = predicted_annotations(doc, Document(Article(text), statements))
    assert [a.type for a in annotations] == ["Indirect", "IndirectFreeIndirect", "Direct"]
    words = [doc["tokens"][i]["text"] for i in sorted(annotations[1].quote)]
    assert words[0] == "Der" and words[-2:] == ["nicht", "."]


def test_konjunktiv_perfect_auxiliary_before_the_subject_makes_the_sentence_a_continuation():
    text = "Außerdem habe die Prüfung ergeben, dass die Mängel erheblich seien."
    #       Außerdem0 habe1 die2 Prüfung3 ergeben4 ,5 dass6 die7 Mängel8 erheblich9 seien10 .11
    st = Statement("s1", "indirect", span(text, "dass die Mängel erheblich seien"), cue=span(text, "ergeben", cls=Cue),
                   frame=span(text, "die Prüfung ergeben"), speaker=span(text, "die Prüfung", cls=Speaker))
    (a,) = annotate(text, [st])
    assert a.type == "IndirectFreeIndirect"
    assert sorted(a.quote) == list(range(12)) and not a.cue and not a.frame


def test_konjunktiv_auxiliary_of_a_clause_before_the_frame_keeps_the_statement_indirect():
    text = "Weil er gelogen habe, sagte die Richterin, dass die Strafe hart sei."
    st = Statement("s1", "indirect", span(text, "dass die Strafe hart sei"), cue=span(text, "sagte", cls=Cue),
                   frame=span(text, "sagte die Richterin"), speaker=span(text, "die Richterin", cls=Speaker))
    (a,) = annotate(text, [st])
    assert a.type == "Indirect"


def test_a_continuation_without_speaker_merges_with_its_neighbour():
    text = "Die Bahn komme nicht. Er sei schon weg. Der Bus fahre nicht."
    doc = _numbered_sentences(dataset_doc(text))
    he = Speaker("Er", [(text.index("Er sei"), text.index("Er sei") + 2)], ["e1"])
    statements = [Statement("s1", "indirect_free_indirect", span(text, "Die Bahn komme nicht.")),
                  Statement("s2", "indirect_free_indirect", span(text, "Er sei schon weg."), speaker=he)]
    (a,) = predicted_annotations(doc, Document(Article(text), statements))
    assert [doc["tokens"][i]["text"] for i in sorted(a.quote)] == "Die Bahn komme nicht . Er sei schon weg .".split()
    assert [doc["tokens"][i]["text"] for i in sorted(a.speaker)] == ["Er"]


def test_first_person_reporting_clause_stays_indirect():
    text = "Ich glaube, die Bahn kommt gleich."
    st = Statement("s1", "indirect", span(text, "die Bahn kommt gleich"), cue=span(text, "glaube", cls=Cue),
                   frame=span(text, "Ich glaube"), speaker=span(text, "Ich", cls=Speaker))
    (a,) = annotate(text, [st])
    assert a.type == "Indirect"


def test_konjunktiv_verb_opening_the_reporting_clause_makes_the_sentence_a_continuation():
    text = "So gebe es Hinweise, dass die Preise steigen."
    st = Statement("s1", "indirect", span(text, "dass die Preise steigen"), cue=span(text, "Hinweise", cls=Cue),
                   frame=span(text, "Hinweise"))
    (a,) = annotate(text, [st])
    assert a.type == "IndirectFreeIndirect"
    assert len(a.quote) == len(tokens(text)) and not a.cue

"""Highlighting and the timeline without a server: marks never cross, text is escaped, gaps are zeros."""
from __future__ import annotations

import pytest

pytest.importorskip("markupsafe")

from zitat.model import Article, Document, Entity, Span, Speaker, Statement  # noqa: E402
from zitat.web.highlight import highlight, statement_fields  # noqa: E402


def test_overlapping_parts_are_split_and_escaped():
    text = "„<b>Ja</b>, Peskow“, sagte er."
    end, p, er = text.index("“"), text.index("Peskow"), text.index("er.")
    quote = Statement("s1", "direct", Span(text[1:end], [(1, end)]), speaker=Speaker("er", [(er, er + 2)], ["e1"]))
    inner = Statement("s2", "reported", Span("Peskow", [(p, p + 6)]))
    doc = Document(Article(text), [quote, inner], [Entity("e1", "Dmitri Peskow", mentions=[(er, er + 2)])])
    html = str(highlight(doc))
    assert "<b>" not in html and "&lt;b&gt;Ja&lt;/b&gt;" in html
    assert '<mark class="hl hl-quote" data-s="s1 s2">Peskow</mark>' in html
    assert html.count("<mark") == html.count("</mark>") == 3
    assert ("speaker", "er → Dmitri Peskow") in statement_fields(doc, quote)


def test_timeline_fills_gaps(tmp_path):
    from zitat.store import Store
    from zitat.store.views import speaker_timeline, top_speakers
    with Store(str(tmp_path / "t.db")) as store:
        store.ingest([Article(f"„Wir bleiben hart“, sagte Kanzlerin Anna Berg. Nr. {i}", id=f"a{i}", published=day)
                      for i, day in enumerate(["2025-01-06", "2025-01-08", "2025-03-20"])])
        berg = top_speakers(store.db)[0]["id"]
        assert speaker_timeline(store.db, berg, "month") == ("month", [
            {"period": "2025-01-01", "count": 2}, {"period": "2025-02-01", "count": 0},
            {"period": "2025-03-01", "count": 1}])
        unit, weeks = speaker_timeline(store.db, berg)
        assert unit == "week" and weeks[0] == {"period": "2025-01-06", "count": 2} and len(weeks) == 11

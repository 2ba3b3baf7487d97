"""Sentence features for the statement classifier: cheap string features, one list per sentence.

Every feature is a plain string ("w=laut", "rt=indirect", "m=konj1"); the classifier keeps one
weight vector per string. They describe the sentence's words, its speech verbs (lexicon cues), the
Konjunktiv of its main clause, quotation marks, its place in the paragraph, and what the rule
pipeline found in it and in its neighbours, so that the model learns when to trust the rules.
"""
from __future__ import annotations

from zitat.attribution.drafts import Draft
from zitat.language.doc import Doc

QUOTE_MARKS = frozenset({"„", "“", "”", "»", "«", "\"", "‚", "‘", "’", "''", "``"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "(", ")"})
SUBORDINATORS = frozenset({"als", "wenn", "weil", "dass", "ob", "obwohl", "da", "nachdem", "damit", "sodass",
                           "bevor", "während", "falls", "sobald", "solange", "indem", "wie", "wo", "was", "wer",
                           "bis", "seit", "der", "die", "das", "dem", "den", "deren", "dessen"})
NONE = "none"


def rule_drafts_by_sentence(doc: Doc, drafts: list[Draft]) -> list[Draft | None]:
    """For each sentence the rule draft covering most of it (None where no draft touches it)."""
    best: list[Draft | None] = [None] * len(doc.sentences)
    cover = [0] * len(doc.sentences)
    for d in drafts:
        for s_char, e_char in d.quote:
            k = doc.tokens[doc.token_at(s_char)].sentence if s_char < len(doc.text) else -1
            while 0 <= k < len(doc.sentences) and doc.sentences[k].start < e_char:
                s = doc.sentences[k]
                n = min(e_char, s.end) - max(s_char, s.start)
                if n > cover[k]:
                    best[k], cover[k] = d, n
                k += 1
    return best


def _length_bucket(n: int) -> str:
    return "1" if n <= 3 else "2" if n <= 8 else "3" if n <= 16 else "4" if n <= 30 else "5"


def _speech_verbs(doc: Doc) -> dict[int, list[str]]:
    """Lemmas of the speech verbs of each sentence: a dictionary look-up per word (the cue finder's
    particle and participle analysis is left to the rules; their drafts are features too)."""
    by_lemma = doc.lexicon.verbs_by_lemma
    function_words = doc.lexicon.function_words
    out: dict[int, list[str]] = {}
    sentences = doc.sentences
    for t in doc.tokens:
        if not t.is_word or t.lower in function_words:
            continue
        if not t.is_capitalized or t.i == sentences[t.sentence].first:
            entry = by_lemma.get(doc.lemma(t.i).lower())
            if entry is not None:
                out.setdefault(t.sentence, []).append(entry.lemma)
    return out


def sentence_features(doc: Doc, drafts: list[Draft]) -> list[list[str]]:
    """One feature list per sentence of `doc` (in sentence order), given the rule drafts."""
    cues_in = _speech_verbs(doc)
    rule = rule_drafts_by_sentence(doc, drafts)
    rtype = [NONE if d is None else d.type for d in rule]
    sentences = doc.sentences
    out = []
    for s in sentences:
        i = s.i
        rt = rtype[i]
        same_prev = i > 0 and sentences[i - 1].paragraph == s.paragraph
        same_next = i + 1 < len(sentences) and sentences[i + 1].paragraph == s.paragraph
        prev = rtype[i - 1] if same_prev else "P"
        nxt = rtype[i + 1] if same_next else "P"
        f = ["b", "rt=" + rt, "rt-1=" + prev, "rt+1=" + nxt, "rt-1,rt=" + prev + "," + rt,
             "rt-2=" + (rtype[i - 2] if i > 1 and sentences[i - 2].paragraph == s.paragraph else "P")]
        d = rule[i]
        if d is not None:
            f.append("rspk" if d.speaker is not None else "rnospk")
            if d.inherited:
                f.append("rinh")
            if d.cue_lemma:
                f.append("rcue=" + d.cue_lemma)
            f.append("rconf=" + str(round(d.confidence, 1)))
        toks = doc.tokens[s.first:s.last]
        words = [t.lower for t in toks if t.is_word]
        f.append("len=" + _length_bucket(len(words)))
        if i == 0:
            f.append("first_sentence")
        if not same_prev:
            f.append("para_start")
            if not same_next:
                f.append("para_single")
        if toks:
            f.append("w0=" + toks[0].lower)
            f.append("end=" + toks[-1].text)
        quoted = sum(1 for t in toks if t.text in QUOTE_MARKS)
        if quoted:
            f.append("quote")
            f.append("rt|quote=" + rt)
            if toks[0].text in QUOTE_MARKS:
                f.append("quote_first")
        seen = set()
        subordinate = False
        moods = set()
        after_break = False
        for k in range(s.first, s.last):
            t = doc.tokens[k]
            if t.text in CLAUSE_BREAKS:
                subordinate, after_break = False, True
                if t.text == ":":
                    f.append("colon")
                continue
            if not t.is_word:
                continue
            w = t.lower
            if w not in seen:
                seen.add(w)
                f.append("w=" + w)
            if after_break:
                f.append("cw=" + w)
                after_break = False
            if w in SUBORDINATORS:
                subordinate = True
            mood = doc.mood(k)
            if mood:
                moods.add(("m=" if not subordinate else "ms=") + mood)
        f.extend(sorted(moods))
        for m in sorted(moods):
            f.append("rt|" + m + "=" + rt)
            f.append("rt-1|" + m + "=" + prev)
        for lemma in sorted(set(cues_in.get(i, ()))):
            f.append("cue=" + lemma)
        if i in cues_in:
            f.append("rt|cue=" + rt)
        else:
            f.append("rt|nocue=" + rt)
        out.append(f)
    return out

"""A learned speaker ranker: for each statement draft, choose its speaker among candidate mentions.

Candidates are the rule's speaker, the noun phrases and pronouns of the draft's sentence (found with
`phrase_after` at every token that can open a phrase), the speaker of the previous statement, the
first phrase of the previous sentence, and "no speaker". Each candidate is a list of string features
(kind, side and distance to the cue, words around it, whether the rules chose it, statement type,
cue lemma, ...); an averaged perceptron ranker (`Ranker`) scores them and the best wins. The
speaker stays the mention at the statement (what WikiNews annotates); entity resolution is left to
zitat.attribution.entities.

The policy (tuned on WikiNews dev only) says where the ranker may act: `fill` gives a speaker to
drafts without one when the best candidate beats "no speaker" by `fill` or more; `override`
replaces a rule speaker only when another candidate beats it by `override` or more (None: never).
"""
from __future__ import annotations

import random

from zitat.attribution.drafts import Draft
from zitat.attribution.mentions import Mention, phrase_after
from zitat.attribution.speakers import is_outlet
from zitat.language.doc import Doc

NO_SPEAKER = None
QUOTE_MARKS = frozenset({"„", "“", "”", "»", "«", "\"", "‚", "‘", "’", "''", "``", "›", "‹"})
OPENING = frozenset({"„", "»", "‚", "›"})
CLOSING = frozenset({"“", "”", "«", "‘", "’", "‹"})


def _bucket(n: int) -> str:
    a = abs(n)
    b = str(a) if a <= 3 else "4-6" if a <= 6 else "7-12" if a <= 12 else "13+"
    return ("-" if n < 0 else "+") + b


def _quoted_tokens(doc: Doc, s) -> set[int]:
    """Token indices inside quotation marks in sentence s (a direct quote never names its speaker)."""
    inside, out = False, set()
    for k in range(s.first, s.last):
        t = doc.tokens[k].text
        if t in OPENING:
            inside = True
        elif t in CLOSING:
            inside = False
        elif t in QUOTE_MARKS:
            inside = not inside
        elif inside:
            out.add(k)
    return out


def sentence_mentions(doc: Doc, s) -> list[Mention]:
    """The noun phrases and pronouns of sentence s, left to right, from tokens that can open one."""
    lex = doc.lexicon
    out = []
    k = s.first
    while k < s.last:
        t = doc.tokens[k]
        if t.is_word and (t.is_capitalized or t.lower in lex.determiners or t.lower in lex.pronouns
                          or t.text in lex.outlets or t.text[:1].isdigit()):
            m = phrase_after(doc, k, s.last)
            if m is not None and m.last > k:
                out.append(m)
                k = m.last
                continue
        k += 1
    return out


def candidates(doc: Doc, d: Draft, previous: Draft | None,
               cache: dict[int, list[Mention]] | None = None) -> list[tuple[Mention, str]]:
    """(mention, origin) for every candidate of draft d; origin: rule | sent | prev | prevsent."""
    out: list[tuple[Mention, str]] = []
    seen: set[tuple[int, int]] = set()

    rule = d.speaker

    def add(m: Mention | None, origin: str) -> None:
        if m is None or (m.first, m.last) in seen:
            return
        if origin != "rule" and rule is not None and rule.first <= m.first and m.last <= rule.last:
            return      # a part of the rule's speaker ("Putin" of "Sowohl Putin als auch Peskow")
        if origin != "rule" and any(m.first <= k < m.last for k in d.cue):
            return      # a speaker never holds its cue ("nach Angaben der Feuerwehr": "der Feuerwehr")
        seen.add((m.first, m.last))
        out.append((m, origin))

    add(d.speaker, "rule")
    s = doc.sentences[d.sentence]
    if cache is None or d.sentence not in cache:
        found = sentence_mentions(doc, s)
        if cache is not None:
            cache[d.sentence] = found
    else:
        found = cache[d.sentence]
    for m in found:
        add(m, "sent")
    if previous is not None and previous.speaker is not None:
        add(previous.speaker, "prev")
    if d.sentence > 0:
        p = doc.sentences[d.sentence - 1]
        if p.paragraph == s.paragraph and p.last > p.first:
            add(phrase_after(doc, p.first, p.last), "prevsent")
    return out


def _anchor(doc: Doc, d: Draft) -> int:
    if d.cue:
        return min(d.cue)
    return doc.token_at(d.start) if d.start < len(doc.text) else len(doc.tokens) - 1


def features(doc: Doc, d: Draft, cands: list[tuple[Mention, str]], quoted: set[int]) -> list[list[str]]:
    """Feature lists: one for "no speaker" (first), then one per candidate."""
    typ = d.type
    cue = d.cue_lemma or "-"
    anchor = _anchor(doc, d)
    whole = len(d.quote) == 1 and not d.cue
    ctx = ["t=" + typ, "inh" if d.inherited else "own", "rule=" + ("y" if d.speaker is not None else "n")]
    none = ["NONE"] + ["NONE|" + c for c in ctx] + ["NONE|cue=" + cue, "NONE|n=" + str(min(len(cands), 5)),
                                                      "NONE|whole=" + str(whole)]
    rows = [none]
    tokens = doc.tokens
    for m, origin in cands:
        kind = m.kind
        same = tokens[m.first].sentence == d.sentence
        side = "b" if m.last <= anchor else "a" if m.first > anchor else "o"
        dist = (m.last - 1 - anchor) if side == "b" else (m.first - anchor)
        first = tokens[m.first]
        prev_w = tokens[m.first - 1].lower if m.first > 0 and same and m.first > doc.sentences[d.sentence].first \
            else "<s>"
        next_w = tokens[m.last].lower if m.last < len(tokens) and tokens[m.last].sentence == tokens[m.first].sentence \
            else "</s>"
        inq = any(d.covers(tokens[k].start) for k in range(m.first, m.last))
        inmarks = any(k in quoted for k in range(m.first, m.last))
        f = ["o=" + origin, "k=" + kind, "o,k=" + origin + "," + kind, "side=" + side,
             "d=" + (_bucket(dist) if same else "x"), "k,side=" + kind + "," + side,
             "k,d=" + kind + "," + (_bucket(dist) if same else "x"),
             "pw=" + prev_w, "nw=" + next_w, "k,pw=" + kind + "," + prev_w, "k,nw=" + kind + "," + next_w,
             "t,o=" + typ + "," + origin, "t,k=" + typ + "," + kind, "t,side=" + typ + "," + side,
             "cue,side=" + cue + "," + side, "inq=" + str(inq), "inmarks=" + str(inmarks),
             "inq,t=" + str(inq) + "," + typ, "len=" + str(min(m.last - m.first, 5)),
             "det=" + (first.lower if first.lower in doc.lexicon.determiners else "-"),
             "name=" + ("y" if m.name else "n"), "roles=" + ("y" if m.roles else "n"),
             "first=" + ("y" if any(tokens[k].text in doc.lexicon.first_names for k in range(m.first, m.last))
                         else "n"),
             "sstart=" + str(same and m.first == doc.sentences[d.sentence].first),
             "rule=" + ("y" if d.speaker is not None and (d.speaker.first, d.speaker.last) == (m.first, m.last)
                        else "n" if d.speaker is not None else "none"),
             "inh,o=" + ("inh" if d.inherited else "own") + "," + origin]
        msent = tokens[m.first].sentence
        par = "s" if same else "p" if doc.sentences[msent].paragraph == doc.sentences[d.sentence].paragraph else "x"
        f += ["par=" + par, "o,par=" + origin + "," + par, "t,par=" + typ + "," + par]
        r = d.speaker
        if r is not None and (r.first, r.last) != (m.first, m.last):
            rel = ("in" if r.first <= m.first and m.last <= r.last else
                   "holds" if m.first <= r.first and r.last <= m.last else
                   "overlaps" if m.first < r.last and r.first < m.last else "apart")
            f += ["rel=" + rel, "rel,o=" + rel + "," + origin]
        if kind == "pronoun":
            f.append("pron=" + (m.pronoun or ""))
        if m.members:
            f.append("coord")
        rows.append(f)
    return rows


class Ranker:
    """Averaged perceptron ranking candidate feature lists (one weight per feature string)."""

    def __init__(self, weights: dict[str, float] | None = None):
        self.weights = weights or {}

    def scores(self, rows: list[list[str]]) -> list[float]:
        w = self.weights
        return [sum(w.get(f, 0.0) for f in row) for row in rows]

    @classmethod
    def train(cls, examples: list[tuple[list[list[str]], int]], epochs: int = 10, seed: int = 0,
              min_count: int = 2, digits: int = 3) -> Ranker:
        counts: dict[str, int] = {}
        for rows, _ in examples:
            for f in set(f for row in rows for f in row):
                counts[f] = counts.get(f, 0) + 1
        data = [([[f for f in row if counts[f] >= min_count] for row in rows], y) for rows, y in examples]
        w: dict[str, float] = {}
        total: dict[str, float] = {}
        stamp: dict[str, int] = {}
        t = 0
        order = list(range(len(data)))
        rng = random.Random(seed)

        def bump(f: str, delta: float) -> None:
            total[f] = total.get(f, 0.0) + (t - stamp.get(f, 0)) * w.get(f, 0.0)
            stamp[f] = t
            w[f] = w.get(f, 0.0) + delta

        for _ in range(epochs):
            rng.shuffle(order)
            for k in order:
                t += 1
                rows, y = data[k]
                sc = [sum(w.get(f, 0.0) for f in row) for row in rows]
                guess = max(range(len(rows)), key=lambda j: (sc[j], -j))
                if guess == y:
                    continue
                for f in rows[y]:
                    bump(f, 1.0)
                for f in rows[guess]:
                    bump(f, -1.0)
        averaged = {}
        for f in sorted(w):
            v = round((total[f] + (t - stamp[f]) * w[f]) / t, digits)
            if v:
                averaged[f] = v
        return cls(averaged)


def _ordered_previous(drafts: list[Draft]) -> dict[int, Draft | None]:
    """For each draft (by id) the previous draft in text order."""
    ordered = sorted(drafts, key=lambda d: d.start)
    return {id(d): (ordered[n - 1] if n else None) for n, d in enumerate(ordered)}


def draft_rows(doc: Doc, drafts: list[Draft], wanted=lambda d: True):
    """(draft, candidates, feature rows) for every draft that is `wanted`, in text order."""
    previous = _ordered_previous(drafts)
    quoted_by_sentence: dict[int, set[int]] = {}
    mentions: dict[int, list[Mention]] = {}
    out = []
    for d in sorted(drafts, key=lambda d: d.start):
        if not wanted(d):
            continue
        cands = candidates(doc, d, previous[id(d)], mentions)
        if d.sentence not in quoted_by_sentence:
            quoted_by_sentence[d.sentence] = _quoted_tokens(doc, doc.sentences[d.sentence])
        out.append((d, cands, features(doc, d, cands, quoted_by_sentence[d.sentence])))
    return out


def choose_speakers(doc: Doc, drafts: list[Draft], ranker: Ranker, policy: dict) -> None:
    """Set the speaker of drafts where the ranker is confident enough (see the module doc)."""
    fill, override, unknown = policy.get("fill"), policy.get("override"), policy.get("unknown")
    types = set(policy.get("types", ()))
    # without override only drafts lacking a speaker can change: features for the others would be wasted
    for d, cands, rows in draft_rows(doc, drafts, lambda d: d.speaker is None or override is not None):
        if types and d.type not in types:
            continue
        if not cands:
            continue
        sc = ranker.scores(rows)
        best = max(range(1, len(rows)), key=lambda j: (sc[j], -j))
        m = cands[best - 1][0]
        if m is not d.speaker and d.via is not None and (is_outlet(doc, m) or (
                m.first < d.via.last and d.via.first < m.last)):
            continue      # the channel ("einer Mitteilung der Polizei", "von der „Küstenpost“ zitiert") is the via
        # a phrase of unknown kind (a common noun: "Der Gärtner sagte, …") may only fill a missing speaker,
        # with a margin of its own over "no speaker" (None: never); it never replaces the rules' speaker
        # ("Seiner Meinung nach" is the frame of Jonas Weber, not a speaker)
        extra = 0.0
        if m.kind == "unknown" and m is not d.speaker:
            if unknown is None or d.speaker is not None:
                continue
            extra = unknown
        if d.speaker is None:
            if fill is not None and sc[best] - sc[0] >= fill + extra:
                d.speaker, d.source_name = m, None
        elif override is not None and (m.first, m.last) != (d.speaker.first, d.speaker.last) and (
                not d.inherited or policy.get("override_inherited", True)) and not (d.speaker.name and not m.name):
            # a named speaker is never traded for an unnamed phrase ("Jonas Weber" -> "Direktor des Amtes")
            own = next(j for j, (c, _) in enumerate(cands, 1) if c is d.speaker)
            rival = max(sc[own], sc[0])
            if sc[best] - rival >= override + extra:
                d.speaker, d.source_name = m, None

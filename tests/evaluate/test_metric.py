"""The token-level quotation scorer on small hand-made cases (scores computed by hand in the comments)."""
import itertools
import json
import random

import pytest

from zitat.evaluate.metric import Annotation, max_weight_assignment, pair_quotes, score


def A(quote, cue=(), frame=(), speaker=(), addressee=(), type="Direct", medium="Speech"):
    fs = frozenset
    return Annotation(fs(quote), fs(cue), fs(frame), fs(speaker), fs(addressee), type, medium)


def approx(x):
    return pytest.approx(x, abs=1e-12)


def test_partial_overlap_one_pair():
    # gold quote {1,2,3,4}, system {3,4,5}: TP=2 FP=1 FN=2 -> P=2/3, R=2/4, F1=2PR/(P+R)=(2/3)/(7/6)=4/7.
    # No roles on either side: micro roles has no tokens at all -> 1; macro roles: 4 empty-empty cells -> 1.
    # Joint micro = messages micro (roles add no tokens). Joint macro: cells quote (2/3, 1/2, 4/7) and
    # 4 x (1, 1, 1): P=(2/3+4)/5=14/15, R=(1/2+4)/5=9/10, F1=(4/7+4)/5=32/35.
    r = score([[A({1, 2, 3, 4})]], [[A({3, 4, 5})]])
    m = r.micro["messages"]
    assert (m.p, m.r, m.f1) == (approx(2 / 3), approx(1 / 2), approx(4 / 7))
    assert (m.tp, m.fp, m.fn) == (2, 1, 2)
    assert r.macro["messages"].f1 == approx(4 / 7)
    assert (r.micro["roles"].f1, r.macro["roles"].f1) == (1.0, 1.0)
    assert r.micro["joint"].f1 == approx(4 / 7)
    j = r.macro["joint"]
    assert (j.p, j.r, j.f1) == (approx(14 / 15), approx(9 / 10), approx(32 / 35))
    assert (r.pairs, r.type_accuracy, r.medium_accuracy) == (1, 1.0, 1.0)


def test_unpaired_system_quote():
    # Gold: one quote {0,1,2} with speaker {5}. System: the same, plus a spurious quote {10,11} with speaker {12}.
    # Messages micro: TP=3 FP=2 FN=0 -> P=3/5, R=1, F1=2*0.6/1.6=0.75.
    # Speaker micro: TP=1 FP=1 -> P=1/2, R=1, F1=2/3.
    # Macro messages: the pair (1,1,1), the unpaired system quote (0,0,0) -> 0.5.
    # Macro roles: the pair's 4 cells are 1 (speaker equal, the rest empty-empty),
    # the unpaired quote's 4 cells 0 -> 0.5.
    gold = [A({0, 1, 2}, speaker={5})]
    system = [A({0, 1, 2}, speaker={5}), A({10, 11}, speaker={12}, type="Indirect")]
    r = score([gold], [system])
    m = r.micro["messages"]
    assert (m.p, m.r, m.f1) == (approx(3 / 5), 1.0, approx(0.75))
    s = r.per_role["speaker"]
    assert (s.p, s.r, s.f1) == (approx(1 / 2), 1.0, approx(2 / 3))
    assert r.macro["messages"].f1 == approx(0.5)
    assert (r.macro["roles"].p, r.macro["roles"].r, r.macro["roles"].f1) == (0.5, 0.5, 0.5)
    assert (r.gold, r.system, r.pairs) == (1, 2, 1)
    assert r.per_type["Indirect"].spurious == 1 and r.per_type["Indirect"].messages_f1 == 0.0
    assert r.per_type["Direct"].gold == r.per_type["Direct"].paired == 1


def test_tie_broken_by_type_then_medium():
    gold = [A({1, 2, 3, 4}, type="Direct", medium="Speech")]
    # equal quote F1 (1.0): the system quote with the equal type wins
    assert pair_quotes(gold, [A({1, 2, 3, 4}, type="Indirect"), A({1, 2, 3, 4}, type="Direct")]) == [(0, 1)]
    # equal type too: equal medium wins
    assert pair_quotes(gold, [A({1, 2, 3, 4}, medium="Writing"), A({1, 2, 3, 4}, medium="Speech")]) == [(0, 1)]
    # type outranks medium
    assert pair_quotes(gold, [A({1, 2, 3, 4}, type="Indirect", medium="Speech"),
                              A({1, 2, 3, 4}, type="Direct", medium="Writing")]) == [(0, 1)]
    # a tie-break never outweighs a better overlap: F1 1 (wrong type) beats F1 6/7 (right type)
    assert pair_quotes(gold, [A({1, 2, 3, 4}, type="Indirect"), A({1, 2, 3}, type="Direct")]) == [(0, 0)]
    r = score([gold], [[A({1, 2, 3, 4}, type="Indirect"), A({1, 2, 3, 4}, type="Direct")]])
    assert r.type_accuracy == 1.0 and r.medium_accuracy == 1.0


def test_hungarian_beats_greedy():
    # G1={1,2,3,4}, G2={5,6}; S1={1,2,3,4,5}, S2={1,2,3}.
    # F1(G1,S1)=8/9=.889, F1(G1,S2)=6/7=.857, F1(G2,S1)=2/7=.286, F1(G2,S2)=0.
    # Greedy takes G1-S1 first (.889) and G2 stays alone: total .889. Optimal: G1-S2 + G2-S1 = 1.143.
    gold = [A({1, 2, 3, 4}), A({5, 6})]
    system = [A({1, 2, 3, 4, 5}), A({1, 2, 3})]
    assert pair_quotes(gold, system) == [(0, 1), (1, 0)]
    # tokens: G1-S2 TP=3 FP=0 FN=1; G2-S1 TP=1 ({5}) FP=4 ({1,2,3,4}) FN=1 ({6}).
    # Total TP=4 FP=4 FN=2 -> P=1/2, R=2/3, F1=(2/3)/(7/6)=4/7.
    m = score([gold], [system]).micro["messages"]
    assert (m.tp, m.fp, m.fn) == (4, 4, 2)
    assert (m.p, m.r, m.f1) == (0.5, approx(2 / 3), approx(4 / 7))


def test_empty_roles():
    # Same quote. cue: gold empty, system {7} -> P=0/1=0, R undefined -> 0, F1 0.
    # addressee: gold {9}, system empty -> P undefined -> 0, R=0, F1 0. frame empty-empty -> 1. speaker equal -> 1.
    # Macro roles = (0+0+1+1)/4 = 0.5 for P, R and F1. Micro roles: TP=1 (speaker) FP=1 (cue) FN=1 (addressee) -> 0.5.
    gold = [A({1, 2}, speaker={3}, addressee={9})]
    system = [A({1, 2}, speaker={3}, cue={7})]
    r = score([gold], [system])
    ma, mi = r.macro["roles"], r.micro["roles"]
    assert (ma.p, ma.r, ma.f1) == (0.5, 0.5, 0.5)
    assert (mi.p, mi.r, mi.f1) == (0.5, 0.5, 0.5)
    assert (r.per_role["cue"].p, r.per_role["cue"].r) == (0.0, 0.0)
    assert r.per_role["frame"].f1 == 1.0  # no frame tokens anywhere: agreement


def test_zero_overlap_is_no_pair():
    # {1,2} vs {3,4}: not a pair; gold all FN, system all FP; every macro cell of an unpaired quote is 0.
    r = score([[A({1, 2}, speaker={5})]], [[A({3, 4}, speaker={5})]])
    assert r.pairs == 0 and r.type_accuracy is None and r.medium_accuracy is None
    m = r.micro["messages"]
    assert (m.tp, m.fp, m.fn, m.f1) == (0, 2, 2, 0.0)
    # speaker {5} of the gold quote and {5} of the system quote are in different units: FN 1 and FP 1
    assert (r.per_role["speaker"].tp, r.per_role["speaker"].fp, r.per_role["speaker"].fn) == (0, 1, 1)
    assert r.macro["joint"].f1 == 0.0 and r.macro["roles"].p == 0.0


def test_missed_gold_gets_no_credit_for_empty_roles():
    # A system that outputs nothing: macro roles 0 (unpaired cells are 0), not 3/4 for the empty cue/frame/addressee.
    r = score([[A({1, 2}, speaker={3})]], [[]])
    assert r.macro["roles"].f1 == 0.0 and r.macro["joint"].f1 == 0.0
    assert r.micro["roles"].r == 0.0 and r.micro["messages"].r == 0.0


def test_documents_are_scored_separately_and_pooled():
    # Identical token ids in two documents never pair across documents.
    gold = [[A({1, 2})], [A({5, 6, 7})]]
    system = [[A({5, 6, 7})], [A({1, 2})]]
    r = score(gold, system)
    assert r.pairs == 0 and r.micro["messages"].f1 == 0.0
    r = score(gold, [[A({1, 2})], [A({5, 6})]])
    # doc 1 perfect (TP 2); doc 2 TP 2, FN 1 -> pooled P=4/4, R=4/5, F1=8/9
    assert r.micro["messages"].f1 == approx(8 / 9)
    # macro messages: cells (1,1,1) and (1, 2/3, 4/5) -> P=1, R=5/6, F1=9/10
    ma = r.macro["messages"]
    assert (ma.p, ma.r, ma.f1) == (1.0, approx(5 / 6), approx(9 / 10))


def test_empty_everything_is_agreement():
    r = score([[], []], [[], []])
    assert r.micro["joint"].f1 == 1.0 and r.macro["joint"].f1 == 1.0 and r.pairs == 0


def test_document_count_mismatch():
    with pytest.raises(ValueError):
        score([[]], [[], []])


def test_reference_macro_skips_undefined_values():
    # Gold: G1 quote {1,2,3,4} cue {11} speaker {10}; G2 quote {20,21} speaker {22}.
    # System: S1 quote {3,4,5} speaker {10,12} addressee {13}; S2 quote {30,31,32} cue {33}.
    # Units: pair G1-S1, unpaired gold G2, spurious S2. Defined values (p needs S non-empty, r needs G non-empty):
    #   pair   quote p=2/3 r=1/2; cue r=0 (no p); frame empty-empty: none; speaker p=1/2 r=1; addressee p=0 (no r)
    #   G2     quote r=0; speaker r=0 (no p anywhere; its empty roles give nothing)
    #   S2     quote p=0; cue p=0 (no r)
    # messages: P=(2/3+0)/2=1/3, R=(1/2+0)/2=1/4, F1=2(1/12)/(7/12)=2/7.
    # roles:    P=(1/2+0+0)/3=1/6, R=(0+1+0)/3=1/3, F1=2(1/18)/(1/2)=2/9.
    # joint:    P=(2/3+1/2+0+0+0)/5=7/30, R=(1/2+0+1+0+0)/5=3/10, F1=2(7/100)/(16/30)=21/80.
    gold = [A({1, 2, 3, 4}, cue={11}, speaker={10}), A({20, 21}, speaker={22})]
    system = [A({3, 4, 5}, speaker={10, 12}, addressee={13}), A({30, 31, 32}, cue={33})]
    r = score([gold], [system])
    assert r.pairs == 1
    expected = {"messages": (1 / 3, 1 / 4, 2 / 7), "roles": (1 / 6, 1 / 3, 2 / 9), "joint": (7 / 30, 3 / 10, 21 / 80)}
    for g, (p, rec, f1) in expected.items():
        m = r.macro_reference[g]
        assert (m.p, m.r, m.f1) == (approx(p), approx(rec), approx(f1)), g


def test_reference_macro_empty_role_on_both_sides_is_skipped_not_one():
    # Same quote; speaker gold {3,4}, system {3}: p=1, r=1/2. Cue, frame, addressee empty on both sides: skipped.
    # Reference roles: P=1, R=1/2, F1=2(1/2)/(3/2)=2/3 (counting the empty roles as 1 would give R=7/8).
    # The strict macro is unchanged: cells speaker F1 2/3 and three empty-empty cells 1 -> (2/3+3)/4=11/12.
    r = score([[A({1, 2}, speaker={3, 4})]], [[A({1, 2}, speaker={3})]])
    m = r.macro_reference["roles"]
    assert (m.p, m.r, m.f1) == (1.0, approx(1 / 2), approx(2 / 3))
    assert r.macro["roles"].f1 == approx(11 / 12)
    # joint adds quote p=r=1: P=(1+1)/2=1, R=(1+1/2)/2=3/4, F1=2(3/4)/(7/4)=6/7
    j = r.macro_reference["joint"]
    assert (j.p, j.r, j.f1) == (1.0, approx(3 / 4), approx(6 / 7))


def test_reference_macro_without_defined_values_is_zero():
    # Nothing on either side: no p and no r is defined -> 0 (the strict macro says 1).
    r = score([[]], [[]])
    assert all((m.p, m.r, m.f1) == (0.0, 0.0, 0.0) for m in r.macro_reference.values())
    # A missed gold quote: only r values (all 0), no p -> P=R=F1=0.
    r = score([[A({1, 2}, speaker={3})]], [[]])
    assert r.macro_reference["joint"].f1 == 0.0 and r.macro_reference["joint"].r == 0.0


def test_report_outputs():
    r = score([[A({1, 2, 3}, cue={4}, type="Indirect")]], [[A({1, 2}, cue={4}, type="Indirect", medium="Writing")]])
    table = r.to_table()
    for word in ("messages", "roles", "joint", "type accuracy", "medium accuracy", "addressee", "Indirect"):
        assert word in table
    d = json.loads(json.dumps(r.to_dict()))
    assert d["micro"]["messages"]["tp"] == 2 and d["medium_accuracy"] == 0.0
    assert d["per_type"]["Indirect"]["paired"] == 1
    # reference macro: quote p=1 r=2/3, cue p=r=1 -> messages F1 4/5; present in the table and the dict
    assert "macro (reference convention" in table
    assert d["macro_reference"]["messages"]["f1"] == approx(4 / 5)
    assert d["macro_reference"]["joint"]["p"] == 1.0


def _brute_force(w):
    n, m = len(w), len(w[0])
    best = 0
    for perm in itertools.permutations(range(max(n, m)), n if n <= m else m):
        pairs = zip(range(n), perm) if n <= m else zip(perm, range(m))
        best = max(best, sum(w[i][j] for i, j in pairs if i < n and j < m))
    return best


def test_assignment_is_exact_on_random_matrices():
    rng = random.Random(7)
    for _ in range(300):
        n, m = rng.randint(1, 5), rng.randint(1, 5)
        w = [[rng.choice([0, 0, rng.randint(1, 20)]) for _ in range(m)] for _ in range(n)]
        pairs = max_weight_assignment(w)
        assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
        assert all(w[i][j] > 0 for i, j in pairs)
        assert sum(w[i][j] for i, j in pairs) == _brute_force(w)

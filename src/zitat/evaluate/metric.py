"""Token-level scorer for quotation attribution, independent of any data set.

Our own implementation of the metric described with the German news quotation attribution data set
(F. Petersen-Frey and C. Biemann, "Dataset of Quotation Attribution in German News Articles",
LREC-COLING 2024). Everything is counted in tokens; an annotation is a set of token ids per role.

Pairing (per document)
    Gold and system quotes are paired one-to-one so that the summed token F1 of the paired quote sets,
    F1(G, S) = 2|G ∩ S| / (|G| + |S|), is maximal (exact Hungarian assignment in pure Python; no scipy).
    Ties are broken lexicographically: among assignments with the same summed F1, the one with the most
    pairs of equal type wins, then the one with the most pairs of equal medium. The ranking is exact
    (integer arithmetic), not a float epsilon that could outweigh a real F1 difference. A gold and a
    system quote without a common token are never a pair.

Units and counts
    A *unit* is a pair, an unpaired gold quote or an unpaired system quote. For each unit and each role
    r in (quote, cue, frame, speaker, addressee), with gold set G and system set S (an unpaired side is
    empty): TP = |G ∩ S|, FP = |S − G|, FN = |G − S|.

Micro P/R/F1
    TP, FP and FN pooled over all units of all documents and over the roles of the group:
    "messages" = quote; "roles" = cue + frame + speaker + addressee; "joint" = all five.
    P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2PR/(P+R). When TP+FP+FN = 0 (nothing on either side)
    P = R = F1 = 1; otherwise an undefined ratio (zero denominator) is 0.

Macro P/R/F1 (our precise definition; the published description leaves room)
    One *cell* per (unit, role). For a pair, with G, S the role's token sets:
      - G and S both empty: P = R = F1 = 1 (both agree the role is absent);
      - otherwise P = |G∩S|/|S| (0 if S is empty), R = |G∩S|/|G| (0 if G is empty),
        F1 = 2PR/(P+R) (0 if P+R = 0).
    For an unpaired quote every cell is P = R = F1 = 0, including roles empty on its side: the
    quote was missed (or invented), so none of its roles was found (or right). Otherwise a system
    that outputs nothing would collect a free 1 for every empty addressee of every missed gold quote.
    Macro P, R and F1 of a group are the plain means of the cells' P, R and F1 over all units of all
    documents (pooled, not averaged per document) and over the group's roles, so macro F1 is the
    mean of cell F1s, not the harmonic mean of macro P and macro R. With no units at all, 1.

Macro P/R/F1, reference convention (Report.macro_reference; comparable to published figures)
    The averaging of the authors' reference scorer, on the same units (same pairing). For each unit and
    each role of the group, with G, S the role's token sets: p = |G∩S|/|S| is defined only when S is
    non-empty, r = |G∩S|/|G| only when G is non-empty; an undefined value is skipped (neither 0 nor 1).
    So an unpaired gold quote contributes r = 0 for each of its non-empty roles and no p; a spurious
    system quote p = 0 for each of its non-empty roles and no r; a role empty on both sides contributes
    nothing. Macro P (R) of a group is the mean of all defined p (r) values, pooled over all units of all
    documents and over the group's roles; macro F1 = 2PR/(P+R), the harmonic mean (0 if P+R = 0).
    With no defined value P (R) is 0. (The reference scorer's assignment also pairs quotes that share no
    token, when a document has unpaired quotes on both sides; on the WikiNews dev split that changed no
    figure at the third decimal, so the pairing is kept as above.)

Type and medium
    Accuracy over pairs only (fraction of pairs with equal type / equal medium); None without pairs.
    Unpaired quotes are already penalised by the token scores.

Breakdowns
    per_role: micro P/R/F1 with TP/FP/FN per role. per_type: units grouped by the gold type (pairs and
    unpaired gold) or, for unpaired system quotes, by the system type; per group the number of gold
    quotes, paired gold quotes, spurious system quotes, type accuracy of its pairs, micro messages F1
    and micro joint F1.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

ROLES = ("quote", "cue", "frame", "speaker", "addressee")
GROUPS = {"messages": ("quote",), "roles": ("cue", "frame", "speaker", "addressee"), "joint": ROLES}

_EMPTY: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Annotation:
    """One quotation as token-id sets per role, with its type and medium labels."""
    quote: frozenset[int]
    cue: frozenset[int] = _EMPTY
    frame: frozenset[int] = _EMPTY
    speaker: frozenset[int] = _EMPTY
    addressee: frozenset[int] = _EMPTY
    type: str = ""
    medium: str = ""

    def role(self, name: str) -> frozenset[int]:
        return getattr(self, name)


@dataclass
class PRF:
    p: float
    r: float
    f1: float
    tp: int | None = None  # token counts, for micro scores only
    fp: int | None = None
    fn: int | None = None


@dataclass
class TypeScores:
    gold: int = 0          # gold quotes of this type
    paired: int = 0        # of which paired with a system quote
    spurious: int = 0      # unpaired system quotes of this type
    type_accuracy: float | None = None  # over the pairs whose gold has this type
    messages_f1: float = 0.0            # micro, over this type's units
    joint_f1: float = 0.0


@dataclass
class Report:
    docs: int
    gold: int                      # gold quotes
    system: int                    # system quotes
    pairs: int
    micro: dict[str, PRF]          # "messages", "roles", "joint"
    macro: dict[str, PRF]          # strict: unpaired cells 0, empty-empty 1, F1 = mean of cell F1s
    macro_reference: dict[str, PRF]  # reference convention: undefined P/R skipped, F1 = 2PR/(P+R)
    type_accuracy: float | None
    medium_accuracy: float | None
    per_role: dict[str, PRF]       # micro per role: "quote", "cue", "frame", "speaker", "addressee"
    per_type: dict[str, TypeScores]
    title: str = "Quotation attribution (token-level, Petersen-Frey & Biemann 2024)"

    def to_dict(self) -> dict:
        return asdict(self)

    def to_table(self) -> str:
        f = lambda x: "  n/a" if x is None else f"{x:5.3f}"
        lines = [self.title,
                 f"docs {self.docs}   gold quotes {self.gold}   system quotes {self.system}   pairs {self.pairs}",
                 "",
                 f"{'':10} {'micro P':>7} {'R':>5} {'F1':>5}   {'macro P':>7} {'R':>5} {'F1':>5}"]
        for g in GROUPS:
            mi, ma = self.micro[g], self.macro[g]
            lines.append(f"{g:10} {f(mi.p):>7} {f(mi.r)} {f(mi.f1)}   {f(ma.p):>7} {f(ma.r)} {f(ma.f1)}")
        lines += ["", "macro (reference convention: undefined P or R skipped, F1 = 2PR/(P+R))",
                  f"{'':10} {'macro P':>7} {'R':>5} {'F1':>5}"]
        for g in GROUPS:
            ma = self.macro_reference[g]
            lines.append(f"{g:10} {f(ma.p):>7} {f(ma.r)} {f(ma.f1)}")
        lines += ["",
                  f"type accuracy   {f(self.type_accuracy)}   (over {self.pairs} pairs)",
                  f"medium accuracy {f(self.medium_accuracy)}",
                  "",
                  f"{'role':10} {'P':>5} {'R':>5} {'F1':>5} {'TP':>7} {'FP':>7} {'FN':>7}"]
        for r in ROLES:
            s = self.per_role[r]
            lines.append(f"{r:10} {f(s.p)} {f(s.r)} {f(s.f1)} {s.tp:>7} {s.fp:>7} {s.fn:>7}")
        if self.per_type:
            lines += ["", f"{'type':22} {'gold':>5} {'paired':>6} {'spur.':>5} {'type acc':>8} {'msg F1':>6} "
                          f"{'joint F1':>8}"]
            for t, s in self.per_type.items():
                lines.append(f"{t or '(none)':22} {s.gold:>5} {s.paired:>6} {s.spurious:>5} {f(s.type_accuracy):>8} "
                             f"{f(s.messages_f1):>6} {f(s.joint_f1):>8}")
        return "\n".join(lines)


# --- assignment -------------------------------------------------------------------------------

def max_weight_assignment(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Rows and columns paired one-to-one maximising the summed weight (Hungarian, O(n^2 m)).

    `weights` is an n x m matrix of non-negative integers (exact: no rounding). Returns (row, column)
    pairs with positive weight only; a zero-weight entry is never a pair.
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return []
    transposed = n > m
    if transposed:
        weights = [list(col) for col in zip(*weights)]
        n, m = m, n
    top = max(max(row) for row in weights)
    # minimise cost = top - weight >= 0 over a complete matching of the n rows (n <= m)
    cost = [[top - w for w in row] for row in weights]
    inf = (top + 1) * (n + m + 2) * 4  # larger than any potential or reduced cost can become
    u = [0] * (n + 1)
    v = [0] * (m + 1)
    p = [0] * (m + 1)      # p[j]: row (1-based) matched to column j; 0 = free
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            row = cost[i0 - 1]
            ui0 = u[i0]
            delta = inf
            j1 = 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - ui0 - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, m + 1):
        if p[j]:
            i = p[j] - 1
            if weights[i][j - 1] > 0:
                pairs.append((j - 1, i) if transposed else (i, j - 1))
    return sorted(pairs)


def pair_quotes(gold: list[Annotation], system: list[Annotation]) -> list[tuple[int, int]]:
    """(gold index, system index) pairs: max summed quote F1, ties by equal type, then equal medium."""
    if not gold or not system:
        return []
    overlaps = {}
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            common = len(g.quote & s.quote)
            if common:
                overlaps[i, j] = (common, len(g.quote) + len(s.quote))
    if not overlaps:
        return []
    # F1 = 2c/d made integral over a common denominator; then room for the two tie-break counts.
    denom = math.lcm(*{d for _, d in overlaps.values()})
    k = min(len(gold), len(system)) + 1  # type (medium) matches in one assignment are fewer than k
    weights = [[0] * len(system) for _ in gold]
    for (i, j), (c, d) in overlaps.items():
        g, s = gold[i], system[j]
        weights[i][j] = (2 * c * (denom // d)) * k * k + k * (g.type == s.type) + (g.medium == s.medium)
    return max_weight_assignment(weights)


# --- scoring ----------------------------------------------------------------------------------

def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    if tp + fp + fn == 0:
        return 1.0, 1.0, 1.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _micro(counts: dict[str, list[int]], roles) -> PRF:
    tp, fp, fn = (sum(counts[r][k] for r in roles) for k in range(3))
    return PRF(*_prf(tp, fp, fn), tp=tp, fp=fp, fn=fn)


@dataclass
class _Unit:
    gold: Annotation | None
    system: Annotation | None
    counts: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # role -> (tp, fp, fn)

    @property
    def group(self) -> str:
        return (self.gold or self.system).type


def _score_unit(unit: _Unit) -> None:
    for r in ROLES:
        g = unit.gold.role(r) if unit.gold else _EMPTY
        s = unit.system.role(r) if unit.system else _EMPTY
        tp = len(g & s)
        unit.counts[r] = (tp, len(s) - tp, len(g) - tp)


def _cell(unit: _Unit, role: str) -> tuple[float, float, float]:
    if unit.gold is None or unit.system is None:
        return 0.0, 0.0, 0.0
    return _prf(*unit.counts[role])


def _macro_reference(units: list[_Unit], roles) -> PRF:
    """Mean of the defined p (S non-empty) and r (G non-empty) values; F1 their harmonic mean."""
    ps, rs = [], []
    for u in units:
        for role in roles:
            tp, fp, fn = u.counts[role]
            if tp + fp:
                ps.append(tp / (tp + fp))
            if tp + fn:
                rs.append(tp / (tp + fn))
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return PRF(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def score(gold_docs: list[list[Annotation]], sys_docs: list[list[Annotation]]) -> Report:
    """Score system annotations against gold, document by document (see the module docstring)."""
    if len(gold_docs) != len(sys_docs):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(sys_docs)} system documents")
    units: list[_Unit] = []
    for gold, system in zip(gold_docs, sys_docs):
        pairs = pair_quotes(gold, system)
        paired_g = {i for i, _ in pairs}
        paired_s = {j for _, j in pairs}
        units += [_Unit(gold[i], system[j]) for i, j in pairs]
        units += [_Unit(g, None) for i, g in enumerate(gold) if i not in paired_g]
        units += [_Unit(None, s) for j, s in enumerate(system) if j not in paired_s]
    for u in units:
        _score_unit(u)

    def counts_of(us) -> dict[str, list[int]]:
        c = {r: [0, 0, 0] for r in ROLES}
        for u in us:
            for r in ROLES:
                for k in range(3):
                    c[r][k] += u.counts[r][k]
        return c

    totals = counts_of(units)
    micro = {g: _micro(totals, roles) for g, roles in GROUPS.items()}
    macro = {}
    for g, roles in GROUPS.items():
        cells = [_cell(u, r) for u in units for r in roles]
        macro[g] = PRF(*(sum(c[k] for c in cells) / len(cells) for k in range(3))) if cells else PRF(1.0, 1.0, 1.0)

    paired = [u for u in units if u.gold is not None and u.system is not None]
    accuracy = lambda us, attr: (sum(getattr(u.gold, attr) == getattr(u.system, attr) for u in us) / len(us)
                                 if us else None)

    per_type: dict[str, TypeScores] = {}
    for t in sorted({u.group for u in units}):
        us = [u for u in units if u.group == t]
        tp = [u for u in us if u.gold is not None and u.system is not None]
        c = counts_of(us)
        per_type[t] = TypeScores(gold=sum(u.gold is not None for u in us), paired=len(tp),
                                 spurious=sum(u.gold is None for u in us), type_accuracy=accuracy(tp, "type"),
                                 messages_f1=_micro(c, GROUPS["messages"]).f1, joint_f1=_micro(c, ROLES).f1)

    return Report(docs=len(gold_docs), gold=sum(map(len, gold_docs)), system=sum(map(len, sys_docs)),
                  pairs=len(paired), micro=micro, macro=macro,
                  macro_reference={g: _macro_reference(units, roles) for g, roles in GROUPS.items()},
                  type_accuracy=accuracy(paired, "type"),
                  medium_accuracy=accuracy(paired, "medium"),
                  per_role={r: _micro(totals, (r,)) for r in ROLES}, per_type=per_type)

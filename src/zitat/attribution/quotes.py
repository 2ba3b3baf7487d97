"""Quotation marks: pair every opening mark with its closing mark, in every style German text uses.

One mechanism for all styles, parameterised by the table below: „…“ „…” "…" »…« «…» ‚…‘ ›…‹ “…”.
Guillemets pair either way round (German »…«, Swiss «…»): whichever comes first opens.
Straight quotes (") are ambiguous: one is a closer when a straight quote is open, else an opener.
A paragraph break closes whatever is still open: German reports run a long quote over several
paragraphs with no closing mark at the paragraph end and a new opening mark at the next one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> the marks that may close it
CLOSERS = {
    "„": "“”\"",
    "‚": "‘’'",
    "“": "”",
    "»": "«",
    "«": "»",
    "›": "‹",
    "‹": "›",
    '"': '"',
}
MARKS_RE = re.compile(r"[„‚“”»«›‹‘’\"]|\n\s*\n")
APOSTROPHE_LIKE = "‘’"     # only close a ‚ ; elsewhere they are apostrophes (geht’s)
SELF_EXCLUDING = "„»«"     # such a mark never nests in itself: a second one means the first was left open


@dataclass
class Quotation:
    open: int          # offset of the opening mark
    close: int         # offset of the closing mark, or of the paragraph end when unclosed
    closed: bool
    depth: int         # 0 for outermost

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close

    @property
    def outer(self) -> tuple[int, int]:
        return self.open, self.close + (1 if self.closed else 0)


def _straight_quote_ignored(text: str, pos: int) -> bool:
    """A straight quote right after a digit is an inch or seconds sign (15")."""
    return pos > 0 and text[pos - 1].isdigit() and (pos + 1 >= len(text) or not text[pos + 1].isalpha())


def _nested_same_mark(text: str, pos: int) -> bool:
    """A „ opened while a „ is open nests in it when two closing marks follow before the next „ or the
    paragraph end (its own and the outer one's); with one only, the first quotation was left open."""
    end = len(text)
    para = re.search(r"\n\s*\n", text[pos:])
    if para:
        end = pos + para.start()
    nxt = text.find(text[pos], pos + 1, end)
    segment = text[pos + 1:nxt if nxt >= 0 else end]
    return sum(segment.count(c) for c in CLOSERS[text[pos]] if c != '"') >= 2


MAX_PARAGRAPHS_ON = 3


def _goes_on_after_paragraph(text: str, opening: str, pos: int) -> bool:
    """A quotation left open at a paragraph end goes on when the paragraphs after it (no more than a few)
    hold its closing mark before any new quotation opens at a paragraph start: "„Wir sind überzeugt …
    \n\nVersuchen Sie, … zu lassen.“" (the next paragraph does not repeat the opening mark)."""
    if opening not in ("„", "»"):
        return False
    closers = CLOSERS[opening].replace('"', "")
    depth = paragraphs = 0
    at_start = True
    for m in re.finditer(r"[„“”»«]|\n\s*\n", text[pos:]):
        mark = m.group()
        if mark.startswith("\n"):
            paragraphs += 1
            at_start = True
            if paragraphs >= MAX_PARAGRAPHS_ON or depth:
                return False
            continue
        if mark == opening:
            if (at_start and not text[pos:pos + m.start()].rsplit("\n", 1)[-1].strip()) or depth:
                return False     # the next paragraph reopens the quote: the usual chain ("„…\n\n„…“")
            depth += 1
        elif mark in closers:
            if depth == 0:
                return True
            depth -= 1
        at_start = False
    return False


def find_quotations(text: str) -> list[Quotation]:
    """All quotations in text order, nested ones included (depth > 0)."""
    found: list[Quotation] = []
    stack: list[tuple[str, int]] = []

    def leave_open(end: int) -> None:
        """The innermost open quotation ends unclosed at `end` (trailing spaces dropped)."""
        _, start = stack.pop()
        while end > start + 1 and text[end - 1].isspace():
            end -= 1
        if end > start + 1:
            found.append(Quotation(start, end, False, len(stack)))

    def close_paragraph(end: int) -> None:
        while stack:
            leave_open(end)

    # where „ is used, “ is its closing mark; a stray “ must not open a quotation that swallows the rest
    german_style = "„" in text
    for m in MARKS_RE.finditer(text):
        mark, pos = m.group(), m.start()
        if mark.startswith("\n"):
            if not (len(stack) == 1 and _goes_on_after_paragraph(text, stack[0][0], m.end())):
                close_paragraph(pos)
            continue
        if mark == '"' and _straight_quote_ignored(text, pos):
            continue
        if mark in APOSTROPHE_LIKE and not (stack and stack[-1][0] == "‚"):
            continue
        if stack and mark == stack[-1][0] and mark in SELF_EXCLUDING and not _nested_same_mark(text, pos):
            leave_open(pos)
            stack.append((mark, pos))
            continue
        if stack and mark == stack[-1][0] and mark in SELF_EXCLUDING:
            stack.append((mark, pos))    # „Wir haben „Small-Business“-Kunden gewonnen“: nested in its own style
            continue
        if stack and mark in CLOSERS[stack[-1][0]]:
            _, start = stack.pop()
            if pos > start + 1:
                found.append(Quotation(start, pos, True, len(stack)))
        elif mark in CLOSERS and not (german_style and mark == "“"):
            stack.append((mark, pos))
    close_paragraph(len(text))
    found.sort(key=lambda q: q.open)
    return found

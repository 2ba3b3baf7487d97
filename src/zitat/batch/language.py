"""Is a text in the target language? Mixed crawls hold English, French, ... pages the German rules must not see.

simplemma's detector counts the share of a text's most common words its dictionary for a language knows.
German's dictionary knows many English words (names, loans, "the" is no German word but "die" and "in" are
English ones), so an English page can reach 0.6 on German; it is checked against rival languages as well.
"""
from __future__ import annotations

# Per target language: the least share of known words. A language is added here as data (and its rules elsewhere).
MIN_SHARE = {"de": 0.5}
# Languages scored beside the target: the text must score higher on the target than on each of them.
# Each costs a dictionary load per worker (about a second, tens of MB), so only the common confusions.
RIVALS = {"de": ("en",)}
# The detector samples the most common words; 2000 characters (some 300 words) tell German from English
# reliably, and the cost grows with the length (about 1.5 ms here, against 2.9 ms for 5000).
SAMPLE_CHARS = 2000


def in_language(text: str, lang: str = "de") -> bool:
    """True when the text reads as `lang`: enough known words, and more than in any rival language."""
    from simplemma import langdetect  # here: importing simplemma loads nothing, but keep the CLI import light

    if lang not in MIN_SHARE:
        raise ValueError(f"no language detection data for {lang!r} (known: {', '.join(sorted(MIN_SHARE))})")
    scores = dict(langdetect(text[:SAMPLE_CHARS], lang=(lang, *RIVALS.get(lang, ()))))
    target = scores.get(lang, 0.0)
    return target >= MIN_SHARE[lang] and all(target >= scores.get(rival, 0.0) for rival in RIVALS.get(lang, ()))


def supported_languages() -> tuple[str, ...]:
    return tuple(sorted(MIN_SHARE))

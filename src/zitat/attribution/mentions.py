"""Noun phrases that can speak: names, role phrases, organisations, outlets and pronouns.

German capitalises every noun, so a capitalised word alone says little. A phrase counts as a name
when it holds a known first name ("Dmitri Peskow"), follows a role noun ("Kremlsprecher Peskow",
"Präsident Putin") or is a word the dictionary does not know ("Peskow sagte"). Role nouns, first
names, organisations, outlets and places come from the lexicon, compounds included
("Kremlsprecher" is a Sprecher).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from zitat.language.doc import Doc

AGE_RE = re.compile(r"^\d+-[Jj]ährige[rn]?$")
COORDINATORS = {"und", "sowie"}
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
NOT_NAME_SUFFIXES = ("ung", "ungen", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "tum", "angaben")


@dataclass
class Mention:
    first: int                 # token range [first, last)
    last: int
    kind: str                  # person | organisation | group | outlet | pronoun | unknown
    name: str | None = None    # the name words ("Dmitri Peskow"), None for pronouns and bare roles
    roles: list[str] = field(default_factory=list)   # role nouns as written ("Kremlsprecher")
    gender: str | None = None
    pronoun: str | None = None
    members: list[Mention] = field(default_factory=list)  # the conjuncts of "Putin und Peskow"

    @property
    def parts(self) -> list[Mention]:
        return self.members or [self]


def _is_adjective(doc: Doc, i: int) -> bool:
    t = doc.tokens[i]
    if AGE_RE.match(t.text):
        return False
    opens_sentence = i == doc.sentences[t.sentence].first and doc.lemma(i)[:1].islower()
    return ((t.text.islower() or opens_sentence) and t.text.replace("-", "").isalpha()   # "saudi-arabischen"
            and t.lower.endswith(ADJECTIVE_ENDINGS)
            and t.lower not in doc.lexicon.function_words and t.lower not in doc.lexicon.determiners
            and doc.mood(i) is None and t.lower not in doc.lexicon.particles)


def _age_adjective(doc: Doc, i: int, end: int) -> bool:
    """ "Die 64-jährige deutsche Bundeskanzlerin Angela Merkel": a lowercase age before another adjective or
    a noun is an attribute; "der 56-Jährige" alone is the noun."""
    t = doc.tokens[i]
    if not AGE_RE.match(t.text) or "-jährig" not in t.text or i + 1 >= end:
        return False
    nxt = doc.tokens[i + 1]
    return nxt.is_word and (nxt.is_capitalized or _is_adjective(doc, i + 1))


def _is_noun_like(doc: Doc, i: int) -> bool:
    t = doc.tokens[i]
    if AGE_RE.match(t.text) or (t.text in doc.lexicon.outlets and t.is_word):
        return True       # "der 56-Jährige", "laut dpa", "des Fernsehsenders n-tv"
    if ARTICLE_NAME_RE.match(t.text):
        return True       # "Ali al-Omair", "der Sender al-Dschasira": an Arabic name with its article
    if not (t.is_capitalized and t.is_word):
        return False
    return not _sentence_initial_function_word(doc, i)


ARTICLE_NAME_RE = re.compile(r"^(?:al|el|ad|ar|as|asch|at|az|an|ed|en|es|et|ul)-[A-ZÄÖÜ][a-zäöüß]")


def _sentence_initial_function_word(doc: Doc, i: int) -> bool:
    """ "Insgesamt spricht die Polizei …": capitalised only because it opens the sentence; the
    dictionary lemma of such a word is lowercase (adverbs, verbs), a noun's is not."""
    t = doc.tokens[i]
    if t.lower in doc.lexicon.function_words or t.lower in doc.lexicon.pronouns:
        return True
    if i != doc.sentences[t.sentence].first or not doc.lemma(i)[:1].islower():
        return False
    # "Gall schreibt": a name the dictionary reads as a verb form (gallen); sentences rarely open with a verb
    base = doc.lemma(i)
    return not (base != t.lower and base.endswith(("en", "ern", "eln")) and i + 1 < len(doc.tokens) and (
        doc.tokens[i + 1].text.islower() and doc.tokens[i + 1].is_word))


def pronoun_at(doc: Doc, i: int) -> Mention | None:
    t = doc.tokens[i]
    if t.lower in doc.lexicon.pronouns and t.lower != "es":
        refers = doc.lexicon.pronouns[t.lower]
        gender = "m" if "m" in refers else "f" if "f" in refers else None
        return Mention(i, i + 1, "pronoun", pronoun=t.lower, gender=gender)
    return None


def phrase_after(doc: Doc, i: int, limit: int | None = None) -> Mention | None:
    """The noun phrase starting at token i: [det] [adj…] Noun/Name… [genitive of a role noun].
    Memoised per document: the speaker rules and the ranker ask for the same phrases many times."""
    end = limit if limit is not None else doc.sentences[doc.tokens[i].sentence].last
    key = (i, end)
    if key not in doc.phrases:
        doc.phrases[key] = _phrase_after(doc, i, end)
    return doc.phrases[key]


def _phrase_after(doc: Doc, i: int, end: int) -> Mention | None:
    if i >= end:
        return None
    if (p := pronoun_at(doc, i)) is not None:
        return p
    j = i
    if i + 1 < end and _is_number(doc, i) and doc.tokens[i + 1].text in SHARE_NOUNS:
        # "sprachen sich 75 Prozent (der Befragten) für … aus": a share of those asked
        share = phrase_after(doc, i + 1, end)
        return Mention(i, share.last if share is not None else i + 2, "group")
    if doc.tokens[j].lower in DEMONSTRATIVE_PRONOUNS and (j + 1 >= end or _bare_name(doc, j + 1) or (
            _no_noun_follows(doc, j + 1, end))):
        # "beschuldigte dieser Israel": the demonstrative stands alone, the name after it is the object
        return Mention(i, i + 1, "pronoun", pronoun=doc.tokens[j].lower, gender="m" if doc.tokens[j].lower == "dieser"
                       else None)
    if j + 1 < end and _saxon_genitive(doc, j) and _is_adjective(doc, j + 1):
        j += 1             # "Berlins früherer Bürgermeister": the genitive name stands for the article
    elif doc.tokens[j].lower in doc.lexicon.determiners:
        j += 1
        j = _after_extended_attribute(doc, j, end)
        if j + 1 < end and _adverb_before_adjective(doc, j):
            j += 1         # "das finanziell angeschlagene Venezuela", "die staatlich kontrollierten Medien"
    while j < end and (_is_adjective(doc, j) or _age_adjective(doc, j, end)):
        j += 1
        if j + 1 < end and doc.tokens[j].lower in ("und", "oder") and _is_adjective(doc, j - 1) and (
                _is_adjective(doc, j + 1)):
            j += 1         # "die dänischen und schwedischen Zeitungen": coordinated adjectives
    if j > i and doc.tokens[i].lower not in INDEFINITE_ARTICLES and (title := _title_end(doc, j, end)) is not None:
        if title + 2 < end and doc.tokens[title].text == "(" and doc.tokens[title + 2].text == ")" and (
                doc.tokens[title + 1].text.isupper()):
            title += 3     # "das „Space Telescope Science Institute“ (STSI)": its abbreviation
        return classify(doc, i, title)          # "die „Aktion Deutschland hilft“"; "ein „Riesen-Rennen“" is quoted speech
    k = _lexicon_name_end(doc, j, end) or _name_run_end(doc, j, end)
    if k == j:
        return None
    for x in range(j + 1, k):
        if (name_end := _lexicon_name_end(doc, x, end)) is not None and name_end > k:
            k = name_end   # "die Hilfsorganisation Ärzte ohne Grenzen": the lexicon's name after the noun
            break
    if k - j > 2 and k < end and doc.tokens[k].is_capitalized and _person_role_words(doc, j, k):
        k = _name_run_end(doc, k, end)      # "Chef de Mission Dirk Weber": the name after a role of several words
    if k + 1 < end and k > j and doc.tokens[k].lower == "und" and _person_role(doc, k - 1) and (
            _person_role(doc, k + 1)):
        k = _name_run_end(doc, k + 1, end)  # "der Sänger und Schauspieler Max Muster": one person in two roles
    if k > j and k < end and not doc.tokens[k].is_capitalized and (name_end := _lexicon_name_end(doc, k, end)):
        k = name_end       # "die Gewerkschaft ver.di"
    if k < end and (title := _title_end(doc, k, end)) is not None and _names_a_medium_or_body(doc, k - 1):
        k = title          # "die Zeitung „Yemen Observer“", "die Nachrichtenagentur „Xinhua“"
    k = _with_parenthesis(doc, k, end)
    k = _with_affiliation(doc, j, k, end)
    k = _with_remit(doc, j, k, end)
    if k + 1 < end and k > j and doc.tokens[k].lower == "vor" and doc.tokens[k + 1].text == "Ort" and (
            doc.lexicon.role(doc.tokens[k - 1].text) is not None):
        k += 2             # "die Behörden vor Ort", "Helfer vor Ort": where they are belongs to them
    # "der Sprecher des Ministeriums": a role noun takes one genitive phrase along
    if k < end and doc.tokens[k].lower in GENITIVE_OPENERS and takes_genitive(doc, k - 1):
        g = phrase_after(doc, k + 1, end) if k + 1 < end else None
        if g is not None and g.kind != "pronoun":
            k = g.last
    return classify(doc, i, k)


PLACE_PREPOSITIONS = {"in", "im", "aus"}
# what may follow the article of an extended attribute ("einer am Montag veröffentlichten Studie"); narrower
# than ATTRIBUTE_PREPOSITIONS below: "an"/"zu" there run too far ("die an dem System beteiligten Firmen")
ATTRIBUTE_OPENERS = {"am", "im", "vom", "von", "für", "bei", "beim", "mit", "in", "auf", "aus", "nach", "seit", "zur",
                     "zum", "gegen", "über", "unter", "vor"}
PARTICIPLE_ENDINGS = ("nde", "nden", "nder", "ndes", "ndem", "te", "ten", "ter", "tes", "tem", "ene", "enen", "ener",
                      "enes", "enem")


def _after_extended_attribute(doc: Doc, j: int, end: int) -> int:
    """ "Die jedem Anbieter entstehenden Kosten", "einer am Montag veröffentlichten Studie": an article
    followed by another article or a preposition opens an attribute phrase that ends in a participle
    before the noun; the noun phrase goes on at that participle (j itself where there is none)."""
    if j >= end or not (doc.tokens[j].lower in doc.lexicon.determiners or doc.tokens[j].lower in ATTRIBUTE_OPENERS):
        return j
    for k in range(j + 2, min(end - 1, j + 6)):      # "der betroffenen Städte" is no attribute phrase
        t = doc.tokens[k]
        if not t.is_word:
            return j
        if t.text.islower() and t.lower.endswith(PARTICIPLE_ENDINGS) and doc.tokens[k + 1].is_capitalized and (
                doc.tokens[k + 1].is_word):
            return k
    return j


DEMONSTRATIVE_PRONOUNS = {"dieser", "diese", "jener", "jene"}


def _no_noun_follows(doc: Doc, k: int, end: int) -> bool:
    """ "Dieser bestätigte, dass …", "sagte dieser, …": no noun follows the demonstrative (at most one
    lower-case word, then no capitalised one), so it stands for a noun phrase itself."""
    t = doc.tokens[k]
    if t.is_capitalized or t.text.isdigit():
        return False
    if not t.is_word:
        return True
    return k + 1 >= end or not (doc.tokens[k + 1].is_capitalized or doc.tokens[k + 1].text.isdigit()) and not (
        _is_adjective(doc, k + 1))


def _bare_name(doc: Doc, k: int) -> bool:
    """A place or a first name, which takes no article after a demonstrative ("dieser Israel")."""
    t = doc.tokens[k]
    return t.text in doc.lexicon.places or t.text in doc.lexicon.first_names


# prepositions that open an attribute inside a noun phrase ("die am Montag veröffentlichte Studie")
ATTRIBUTE_PREPOSITIONS = {"am", "im", "in", "an", "auf", "aus", "bei", "beim", "für", "mit", "nach", "seit", "von", "vom",
                          "vor", "zu", "zum", "zur", "über", "unter", "gegen"}


# articles that open a genitive after a noun ("der Sprecher des Ministeriums", "Angaben seines Anwalts");
# "einer", "seiner", "ihrer" may as well open a dative object ("teilte die Polizei einer Zeitung mit")
GENITIVE_OPENERS = {"des", "der", "eines", "seines", "ihres", "dieses", "unseres"}
OPENING_MARKS = {"„", "»", "«", "\"", "‚", "›", "‹"}
INDEFINITE_ARTICLES = {"ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner"}


def _title_end(doc: Doc, k: int, end: int) -> int | None:
    """End of a name in quotation marks at k: up to five words, the first capitalised, no sentence
    punctuation inside ("„Yemen Observer“", "„Ärzte ohne Grenzen“")."""
    if k >= end or doc.tokens[k].text not in OPENING_MARKS:
        return None
    for j in range(k + 2, min(k + 7, end)):
        t = doc.tokens[j]
        if t.text in QUOTE_MARKS:
            inner = doc.tokens[k + 1:j]
            if inner[0].text[:1].isupper() and inner[0].text[:1].isalpha() or inner[0].text[:1].isdigit():
                return j + 1
            return None
        if t.text in (".", ",", ":", ";", "!", "?"):
            return None
    return None


def _bare_title(doc: Doc, k: int, end: int) -> bool:
    """A title in quotation marks without article or noun before it names something ("„BBC News“",
    "„Ärzte ohne Grenzen“") when it holds no pronoun and, in lower case, only articles and prepositions;
    "„Wir bleiben hart“" is a quotation."""
    for t in doc.tokens[k + 1:end - 1]:
        if t.lower in doc.lexicon.pronouns:
            return False
        if t.text[:1].islower() and t.lower not in TITLE_LINKS and t.lower not in doc.lexicon.determiners:
            return False
    return True


TITLE_LINKS = {"für", "ohne", "und", "von", "vom", "in", "im", "am", "an", "auf", "gegen", "zur", "zum", "mit", "of",
               "the", "for", "and", "de", "la", "le", "du", "pour"}


def _names_a_medium_or_body(doc: Doc, k: int) -> bool:
    """ "Zeitung", "Nachrichtenagentur", "Organisation", "Initiative": a noun a title in quotation
    marks can name."""
    t = doc.tokens[k]
    if not t.is_capitalized:
        return False
    role = doc.lexicon.role(t.text)
    return t.text in doc.lexicon.outlets or (role is not None and role.kind in ("organisation", "group")) or (
        t.lower.endswith(TITLE_NOUN_ENDINGS))


TITLE_NOUN_ENDINGS = ("zeitung", "zeitschrift", "magazin", "blatt", "agentur", "sender", "organisation", "initiative",
                      "verein", "gruppe", "bündnis", "site", "portal", "dienst", "netzwerk", "kampagne", "bewegung",
                      "aktion", "firma", "unternehmen", "partei", "verband", "stiftung")


def _common_noun_head(doc: Doc, k: int) -> bool:
    """The phrase ends in a role or common noun ("Ein Regierungssprecher", "die Regierung", "der
    Botschaft"), not in a name."""
    t = doc.tokens[k]
    return t.is_capitalized and t.text not in doc.lexicon.first_names and t.text not in doc.surnames and (
        doc.lexicon.role(t.text) is not None or known_common_noun(t.text))


def _with_place(doc: Doc, k: int, end: int) -> int:
    """ "Ein Regierungssprecher in Berlin", "die Regierung in Lomé", "das Exilparlament im indischen
    Dharamshala": where a role or institution sits belongs to the phrase; "im Juni" does not."""
    if k + 1 >= end or doc.tokens[k].lower not in PLACE_PREPOSITIONS:
        return k
    m, run = _name_after_preposition(doc, k, end)
    if run == m + 1 and doc.tokens[k].lower == "aus" and (role := doc.lexicon.role(doc.tokens[m].text)) is not None and (
            role.kind in ("organisation", "group") and not doc.tokens[m].lower.endswith(("kreise", "kreisen"))):
        return _with_parenthesis(doc, run, end)     # "Politiker aus anderen Parteien", not "aus Regierungskreisen"
    if run == m or not all(_place_word(doc, x) for x in range(m, run) if doc.tokens[x].is_word):
        return k
    return _with_parenthesis(doc, run, end)


def _name_after_preposition(doc: Doc, k: int, end: int) -> tuple[int, int]:
    """[start, end) of the capitalised run after the preposition at k, past an article and adjectives
    ("in der ostchinesischen Provinz", "vom Roten Kreuz")."""
    m = k + 1
    if doc.tokens[m].lower in ("der", "dem", "den") and m + 1 < end:
        m += 1
    while m < end and _is_adjective(doc, m):
        m += 1
    return m, _name_run_end(doc, m, end)


def _place_word(doc: Doc, k: int) -> bool:
    """A place, an institution or a name the dictionary does not know ("Lomé")."""
    t = doc.tokens[k]
    if t.lower in doc.lexicon.months or t.lower in doc.lexicon.weekdays:
        return False
    role = doc.lexicon.role(t.text)
    return t.text in doc.lexicon.places or (role is not None and role.kind == "organisation") or (
        t.is_capitalized and not known_common_noun(t.text))


NAME_PARTICLES = {"van", "de", "da", "di", "del", "della", "du", "dos", "das", "ten", "ter", "al", "bin", "ibn",
                  "la", "le", "von", "zu"}


FOREIGN_PARTICLES = {"van", "de", "di", "del", "della", "dos", "du", "ten", "ter", "bin", "ibn"}


def _name_run_end(doc: Doc, j: int, end: int) -> int:
    """End of the run of capitalised words from j: "Kremlsprecher Dmitri Peskow", "Virgil van Dijk",
    "Dr. Linus Förster". A second first name after a full name starts a new phrase
    ("laut Pep Guardiola Erling Haaland")."""
    lex = doc.lexicon
    k, firsts, had_surname, dots = j, 0, False, 0
    while k < end and k - j - dots < 7:
        t = doc.tokens[k]
        if _title_dot(doc, k):
            k += 1
            dots += 1     # "Klinikdirektor Prof. Dr. Matthias W. Beckmann"
            continue
        if t.lower in NAME_PARTICLES and k > j and k + 1 < end and doc.tokens[k + 1].is_capitalized and (
                doc.tokens[k - 1].text in lex.first_names or t.lower in FOREIGN_PARTICLES or (
                    t.lower not in ("von", "zu", "das", "da") and not known_common_noun(doc.tokens[k - 1].text))):
            # not "ein Gericht das Urteil", "Volker Beck das Pontifikat" (German words only after a first name:
            # "Maria das Dores"); "Rio de Janeiro": a particle that is no German word joins any two
            k += 1            # "Ursula von der Leyen" also steps over the article below
            if k + 1 < end and doc.tokens[k].lower in ("der", "dem") and doc.tokens[k + 1].is_capitalized:
                k += 1
            continue
        if _truncated_before_conjunction(doc, k, end):
            k += 2            # "das Bau- und Verkehrsministerium": the cut word and its conjunction
            continue
        if not _is_noun_like(doc, k) or (k > j and _is_function(doc, k)):
            break
        if k > j and _other_party(doc, k):
            break
        if t.text in lex.first_names:
            if had_surname or firsts == 2:   # "Anna Maria Lanz", but "Pep Lorenz | Erik Hansen"
                break
            firsts += 1
        elif firsts:
            had_surname = True
        k += 1
    return k


TRUNCATION_CONJUNCTIONS = {"und", "oder", "sowie", "bis"}


def _truncated_before_conjunction(doc: Doc, k: int, end: int) -> bool:
    """ "Bau- und Verkehrsministerium", "Luft- und Raumfahrt": a capitalised word cut short with a hyphen
    before a conjunction and the word that completes it."""
    t = doc.tokens[k]
    return k + 2 < end and t.is_capitalized and len(t.text) > 2 and t.text[-1] in "-‐‑" and (
        doc.tokens[k + 1].lower in TRUNCATION_CONJUNCTIONS) and doc.tokens[k + 2].is_capitalized


def _other_party(doc: Doc, k: int) -> bool:
    """ "zitiert die Zeitung Polizeisprecher Jonas Weber", "warf die Staatsanwaltschaft Weber vor": after
    an outlet or an institution's common noun, a person's role noun or a surname the article gives
    with a first name elsewhere is a second phrase, not the institution's name ("die Gewerkschaft Verdi")."""
    prev, t = doc.tokens[k - 1], doc.tokens[k]
    role = doc.lexicon.role(prev.text)
    if prev.text in doc.lexicon.outlets:
        institution = True
    elif role is not None and role.kind == "organisation" and prev.text not in doc.surnames:
        institution = known_common_noun(prev.text) or prev.lower in doc.lexicon.roles
    else:
        return False
    if not institution or ACRONYM_RE.match(prev.text) or _lexicon_name_end(doc, k, len(doc.tokens)) is not None:
        return False      # "die Organisation Reporter ohne Grenzen": the lexicon's name
    other = doc.lexicon.role(t.text)
    return (other is not None and other.kind == "person") or (
        t.text in doc.surnames and t.text not in doc.lexicon.first_names and t.text not in doc.lexicon.places)


def _with_affiliation(doc: Doc, j: int, k: int, end: int) -> int:
    """ "John Sifton von Human Rights Watch", "Anna Berg vom Roten Kreuz": a person's organisation."""
    if k + 1 >= end or doc.tokens[k].lower not in ("von", "vom"):
        return k
    named = any(doc.tokens[x].text in doc.lexicon.first_names for x in range(j, k)) or (
        k - j >= 2 and (title := doc.lexicon.role(doc.tokens[j].text)) is not None and title.kind == "person" and all(
            doc.tokens[x].is_capitalized and doc.lexicon.role(doc.tokens[x].text) is None and not known_common_noun(
                doc.tokens[x].text) for x in range(j + 1, k)))     # "General Winai Phattiyakul vom CDRM"
    role = doc.lexicon.role(doc.tokens[k - 1].text) if k - 1 >= j else None
    if not named and (role is None or role.kind not in ("person", "organisation")):
        return k        # "der Bürgermeister von Orleans", "die Universität von Nanyang"
    m, run = _name_after_preposition(doc, k, end)
    if named and (title := _title_end(doc, m, end)) is not None:
        return _with_parenthesis(doc, title, end)      # "Johanna Moser vom „Kollektiv Nord“"
    if run == m or not _organisation_words(doc, m, run):
        return k
    if not named and run - m == 1 and not _place_word(doc, m):
        return k          # "der Bürgermeister von New Orleans", not "sprach der Sprecher von Problemen"
    return _with_parenthesis(doc, _organisation_attribute(doc, run, end) if named else run, end)


# prepositions inside the name of an institution: "Institut für Astronomie", "Büro zur Koordinierung …"
INSTITUTION_LINKS = {"für", "zur", "zum"}


def _organisation_attribute(doc: Doc, k: int, end: int) -> int:
    """ "Ken Rice vom Institut für Astronomie in Edinburgh": after a person's organisation, the
    prepositional attribute that belongs to its name, then its seat (a known place after "in")."""
    if k + 1 < end and doc.tokens[k].lower in INSTITUTION_LINKS:
        m = k + 1
        if doc.tokens[m].lower in ("die", "den", "das") and m + 1 < end:
            m += 1
        while m < end and _is_adjective(doc, m):
            m += 1
        run = _name_run_end(doc, m, end) if m < end and doc.tokens[m].is_capitalized else m
        while run > m and run + 1 < end:
            # "für Umwelt und Naturschutz", "zur Koordinierung humanitärer Hilfe", "für Arbeit der Stadt"
            nxt = run + 1
            if doc.tokens[run].lower in ("und", "des", "der") or _is_adjective(doc, run):
                while nxt < end and _is_adjective(doc, nxt):
                    nxt += 1
                if nxt < end and doc.tokens[nxt].is_capitalized and doc.tokens[nxt].is_word and (
                        doc.mood(nxt) is None) and doc.tokens[nxt].text not in doc.lexicon.first_names and not (
                        (role := doc.lexicon.role(doc.tokens[nxt].text)) is not None and role.kind == "person"):
                    run = _name_run_end(doc, nxt, end)
                    continue
            break
        if run > m:
            k = run
    if k + 1 < end and doc.tokens[k].lower == "in" and doc.tokens[k + 1].text in doc.lexicon.places:
        k = _name_run_end(doc, k + 1, end)
    return k


def _adverb_before_adjective(doc: Doc, k: int) -> bool:
    """A lowercase adverb between an article and an inflected adjective: "das finanziell angeschlagene
    Venezuela" (not a verb or function word: "die sagte", "die nicht …")."""
    t = doc.tokens[k]
    return (t.text.isalpha() and t.text.islower() and t.lower.endswith(ADVERBIAL_ADJECTIVE_SUFFIXES)
            and t.lower not in doc.lexicon.function_words and t.lower not in doc.lexicon.determiners
            and doc.mood(k) is None and t.lower not in doc.lexicon.particles and _is_adjective(doc, k + 1))


ADVERBIAL_ADJECTIVE_SUFFIXES = ("lich", "ell", "isch", "ig", "al", "iv", "ar")   # staatlich, finanziell, politisch
SHARE_NOUNS = {"Prozent", "Drittel", "Viertel", "Fünftel"}
NUMBER_WORDS = {"ein", "eine", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwanzig",
                "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig", "hundert"}


def _is_number(doc: Doc, k: int) -> bool:
    t = doc.tokens[k]
    return t.text.replace(",", "").replace(".", "").isdigit() or t.lower in NUMBER_WORDS


def _person_role_words(doc: Doc, j: int, k: int) -> bool:
    role = doc.lexicon.roles.get(" ".join(doc.tokens[x].lower for x in range(j, k)))
    return role is not None and role.kind == "person"


def _person_role(doc: Doc, k: int) -> bool:
    """A capitalised role noun of a single person ("Künstler", "Netzaktivist", "Agrarexpertin")."""
    t = doc.tokens[k]
    role = doc.lexicon.role(t.text) if t.is_capitalized else None
    return role is not None and role.kind == "person"


def _lexicon_name_end(doc: Doc, j: int, end: int) -> int | None:
    """End of an organisation's name from the lexicon that the capitalised run would miss: a name of
    several words with a lowercase one ("Ärzte ohne Grenzen", "Reporter ohne Grenzen") or a lowercase name
    with a dot ("ver.di")."""
    roles = doc.lexicon.roles
    t = doc.tokens[j] if j < end else None
    if t is None:
        return None
    if "." in t.text and not t.is_capitalized and t.lower in roles:
        return j + 1
    if t.is_word and j + 2 < end and doc.tokens[j + 1].text == "." and (
            t.end == doc.tokens[j + 1].start and doc.tokens[j + 1].end == doc.tokens[j + 2].start) and (
            f"{t.lower}.{doc.tokens[j + 2].lower}" in roles):
        return j + 3       # "ver.di", split by the tokenizer
    if not t.is_capitalized:
        return None
    for n in (4, 3):
        if j + n <= end and " ".join(doc.tokens[x].lower for x in range(j, j + n)) in roles and (
                not doc.tokens[j + 1].is_capitalized):
            return j + n
    return None


def _with_remit(doc: Doc, j: int, k: int, end: int) -> int:
    """ "die Aufsichtsbehörde für Zivilluftfahrt (DGAC)", "der Kommissar für Energie", "die Bundesagentur für
    Arbeit und Soziales": a role or institution takes the field it is responsible for, a bare singular noun
    after "für"; not an object such as "sprach sich die Partei für Neuwahlen aus" or "für eine Reform"."""
    if k + 1 >= end or k - 1 < j or doc.tokens[k].lower != "für":
        return k
    role = doc.lexicon.role(doc.tokens[k - 1].text)
    if role is None or role.kind not in ("organisation", "person"):
        return k
    m = k + 1
    while m < end and _is_adjective(doc, m):
        m += 1
    last = m
    while True:
        t = doc.tokens[last] if last < end else None
        if t is None or not (t.is_capitalized and t.is_word) or _is_function(doc, last) or (
                t.lower.endswith(("en", "ern")) or doc.lexicon.role(t.text) is not None):
            break
        last += 1
        if last + 2 < end and doc.tokens[last].text == "-" and doc.tokens[last].start == doc.tokens[last - 1].end and (
                doc.tokens[last + 1].lower in ("und", "oder")) and doc.tokens[last + 2].is_capitalized:
            last += 2      # "für Luft- und Raumfahrt": the first compound cut short before "und"
            continue
        if last + 1 < end and doc.tokens[last].lower == "und" and doc.tokens[last + 1].is_capitalized:
            last += 1
            continue
        if last + 2 < end and doc.tokens[last].lower == "und" and _is_adjective(doc, last + 1):
            after = last + 1
            while after < end and _is_adjective(doc, after):
                after += 1
            if after < end and doc.tokens[after].is_capitalized and doc.tokens[after].is_word:
                last = after      # "für Erweiterung und europäische Nachbarschaftspolitik"
                continue
        break
    if last == m or doc.tokens[last - 1].lower == "und":
        return k
    if last >= end:
        return last       # the phrase must end here: "Die Bundesagentur für Arbeit | teilte mit"
    nxt = doc.tokens[last]
    if role.kind == "person" and nxt.text in doc.lexicon.first_names and (named := _name_run_end(doc, last, end)) > last:
        return _with_parenthesis(doc, named, end)     # "der Kommissar für Energie Jonas Weber": the name after the remit
    if not (nxt.text == "(" or (nxt.is_word and nxt.is_capitalized) or (nxt.is_word and nxt.text.islower() and not (
            _is_function(doc, last) or nxt.lower in doc.lexicon.particles or nxt.lower in doc.lexicon.determiners))):
        return k          # "warb der Sprecher für Geduld.", "sprach sich die Ministerin für Härte aus": an object
    return _with_parenthesis(doc, last, end)


def _organisation_words(doc: Doc, first: int, last: int) -> bool:
    """ "Human Rights Watch", "dem Roten Kreuz", "der Erdbebenwarte": words that can name an
    organisation; not one abstract noun ("Petra Lanz sprach von der Möglichkeit …")."""
    if last - first > 1:
        return True
    t = doc.tokens[first]
    role = doc.lexicon.role(t.text)
    return (role is not None and role.kind == "organisation") or not t.lower.endswith(NOT_NAME_SUFFIXES)


def _with_parenthesis(doc: Doc, k: int, end: int) -> int:
    """ "Andreas Scheuer (CSU)", "des Nachrichtendienstes (NDB)": party or acronym in brackets."""
    if k < end and doc.tokens[k].text == "(":
        for j in range(k + 1, min(k + 6, end)):
            if doc.tokens[j].text == ")":
                return j + 1
    return k


def _saxon_genitive(doc: Doc, k: int) -> bool:
    """A place or a person's name in the genitive before its noun: "Berlins", "Deutschlands", "Webers"."""
    t = doc.tokens[k]
    if not (t.is_capitalized and t.is_word and t.text.endswith("s") and len(t.text) > 3):
        return False
    stem = t.text[:-1]
    return stem in doc.lexicon.places or stem in doc.surnames or stem in doc.lexicon.first_names


def _title_dot(doc: Doc, k: int) -> bool:
    """The dot of "Dr. Förster", "Prof. Dr. Lanz" and of an initial ("Jürgen R. Thumann") belongs to
    the name phrase."""
    return doc.tokens[k].text == "." and k > 0 and (
        doc.tokens[k - 1].lower in doc.lexicon.abbreviations or _initial(doc, k - 1)) and (
        k + 1 < len(doc.tokens) and doc.tokens[k + 1].is_capitalized)


def _initial(doc: Doc, k: int) -> bool:
    """ "R" in "Jürgen R. Thumann": one capital letter after a first name."""
    t = doc.tokens[k]
    return len(t.text) == 1 and t.text.isupper() and k > 0 and doc.tokens[k - 1].text in doc.lexicon.first_names


def takes_genitive(doc: Doc, k: int) -> bool:
    """A role or common noun ("Sprecher", "Zentralverband") takes a genitive; a name does not
    ("Peskow der Agentur Interfax zufolge")."""
    t = doc.tokens[k]
    if not t.is_capitalized or t.text in doc.lexicon.first_names or t.text in doc.surnames:
        return False      # "Anna Berg der Zeitung": Berg is a name here, not a mountain
    if ACRONYM_RE.match(t.text):
        return False      # "wirft die OSZE der Wahlkommission vor": a short name takes a dative, no genitive
    head = t.text.rsplit("-", 1)[-1]     # "Online-Ausgabe", "Internet-Nachrichten": the compound's head
    return doc.lexicon.role(t.text) is not None or known_common_noun(t.text) or (
        head != t.text and head[:1].isupper() and (doc.lexicon.role(head) is not None or known_common_noun(head)))


def _is_function(doc: Doc, k: int) -> bool:
    return doc.tokens[k].lower in doc.lexicon.function_words


def phrase_before(doc: Doc, i: int) -> Mention | None:
    """The noun phrase ending at token i (inclusive), with coordinations ("Putin und Peskow")."""
    s = doc.sentences[doc.tokens[i].sentence]
    if doc.tokens[i].text == ")":       # "Das Bundeskriminalamt (BKA) bestätigte"
        opening = next((k for k in range(i - 1, max(s.first, i - 10) - 1, -1) if doc.tokens[k].text == "("), None)
        inner = phrase_before(doc, opening - 1) if opening is not None and opening > s.first else None
        if inner is None or inner.kind == "pronoun" or inner.last != opening:
            return None
        return classify(doc, inner.first, i + 1)
    if (p := pronoun_at(doc, i)) is not None:
        return p
    j = i
    while j >= s.first and _is_noun_like(doc, j) and i - j < 6:
        j -= 1
        if j - 1 >= s.first and doc.tokens[j].lower in TRUNCATION_CONJUNCTIONS and (
                _truncated_before_conjunction(doc, j - 1, i + 1)):
            j -= 2         # "Kongress- und Verteidigungskreise": back over the conjunction to the cut word
    if j == i:
        return None
    while j >= s.first and (_is_adjective(doc, j) or _age_adjective(doc, j, i + 1)):
        j -= 1
        if j - 1 >= s.first and doc.tokens[j].lower in ("und", "oder") and _is_adjective(doc, j + 1):
            if _is_adjective(doc, j - 1):
                j -= 1         # "die deutschen und französischen Behörden": coordinated adjectives
            elif j - 1 == s.first and doc.tokens[j - 1].text.isalpha() and doc.tokens[j - 1].lower.endswith(
                    ADJECTIVE_ENDINGS) and doc.tokens[j - 1].lower not in doc.lexicon.function_words:
                j -= 2         # "Arabische und iranische Medien" opening the sentence
                break
    if j >= s.first and j < i and _saxon_genitive(doc, j) and _is_adjective(doc, j + 1):
        j -= 1             # "Berlins früherer Bürgermeister Jonas Weber sagte"
    # genitive: "Der Sprecher des Ministeriums" — step over "des" to the noun before it
    if j > s.first and doc.tokens[j].lower in GENITIVE_OPENERS and takes_genitive(doc, j - 1):
        inner = phrase_before(doc, j - 1)
        if inner is not None and inner.kind != "pronoun":
            return classify(doc, inner.first, i + 1)
    if j >= s.first and doc.tokens[j].lower in doc.lexicon.determiners:
        if j - 1 >= s.first and doc.tokens[j - 1].lower in ("von", "van") and doc.tokens[j].lower in ("der", "dem", "den") \
                and (j - 1 == s.first or doc.tokens[j - 2].is_capitalized or doc.tokens[j - 2].text in (",", ":")):
            j -= 1      # "Von der Leyen betonte", "Ursula von der Leyen": name particles, not an article
            while j - 1 >= s.first and (doc.tokens[j - 1].text in doc.lexicon.first_names or (
                    doc.tokens[j - 1].is_capitalized and doc.lexicon.role(doc.tokens[j - 1].text))):
                j -= 1
        j -= 1
    elif j - 1 >= s.first and _is_number(doc, j) and doc.tokens[j - 1].lower == "der" and j < i:
        j -= 2             # "der 13 beteiligten Feuerwehrmänner"
    if j >= s.first and doc.tokens[j + 1].lower == "der" and doc.tokens[j].lower in PARTITIVE_PRONOUNS and j + 1 < i:
        j -= 1             # "Einer der beteiligten Feuerwehrmänner", "Viele der Anwohner": a part of them speaks
    first = j + 1
    if first > i:
        return None
    if first == i and first - 1 >= s.first and doc.tokens[first].text in SHARE_NOUNS and _is_number(doc, first - 1):
        return Mention(first - 1, i + 1, "group")     # "80 Prozent befürworteten, dass …": a share of those asked
    if first - 2 >= s.first and (whole := _with_attachment_before(doc, first, i)) is not None:
        return _with_coordination(doc, whole, s.first)
    mention = classify(doc, first, i + 1)
    return _with_coordination(doc, mention, s.first)


PARTITIVE_PRONOUNS = {"einer", "eine", "eines", "einige", "viele", "mehrere", "manche", "keiner", "keine", "jeder",
                      "jede", "zwei", "drei", "vier", "fünf"}


def title_phrase_before(doc: Doc, i: int, first: int) -> Mention | None:
    """The phrase ending in a title in quotation marks at i: "Die Zeitung „Yemen Observer“", "„BBC News“"."""
    for o in range(i - 2, max(first, i - 7) - 1, -1):
        if doc.tokens[o].text in OPENING_MARKS:
            break
    else:
        return None
    if _title_end(doc, o, i + 1) != i + 1:
        return None
    start = o
    if o > first and _names_a_medium_or_body(doc, o - 1):
        noun = phrase_before(doc, o - 1)
        start = noun.first if noun is not None and noun.kind != "pronoun" else o
    elif o > first and doc.tokens[o - 1].lower in doc.lexicon.determiners:
        start = o - 1
    if start == o:      # "„BBC News“ berichtet"
        return classify(doc, o, i + 1) if _bare_title(doc, o, i + 1) else None
    m = phrase_after(doc, start, i + 1)
    return m if m is not None and m.last == i + 1 else None


def _with_attachment_before(doc: Doc, first: int, i: int) -> Mention | None:
    """ "Ein Regierungssprecher in Berlin sagte", "Anna Berg vom Roten Kreuz sagte": before the verb,
    the place of a role or institution and the organisation of a person belong to the subject. (After
    the verb the place is as often where it was said: "teilte die Polizei in Kiel mit".)"""
    preposition = doc.tokens[first - 1].lower
    if preposition not in PLACE_PREPOSITIONS and preposition not in ("von", "vom"):
        return None
    inner = phrase_before(doc, first - 2)
    if inner is None or inner.kind == "pronoun":
        return None
    if preposition in PLACE_PREPOSITIONS:
        if not _common_noun_head(doc, inner.last - 1) or _with_place(doc, inner.last, i + 1) != i + 1:
            return None
        return classify(doc, inner.first, i + 1)
    whole = phrase_after(doc, inner.first, i + 1)      # "von" only after a first name (_with_affiliation)
    return whole if whole is not None and whole.last == i + 1 else None


def _with_coordination(doc: Doc, mention: Mention | None, sentence_first: int) -> Mention | None:
    """Extend "… und Peskow" / "Sowohl Putin als auch Peskow" to both speakers."""
    if mention is None or mention.kind == "pronoun":
        return mention
    k = mention.first - 1
    if k > sentence_first and doc.tokens[k].lower in COORDINATORS:
        joint = k
    elif k > sentence_first + 1 and doc.tokens[k].lower == "auch" and doc.tokens[k - 1].lower == "als":
        joint = k - 1
    else:
        return mention
    other = phrase_before(doc, joint - 1)
    if other is None or other.kind == "pronoun":
        return mention
    kinds = {other.kind, mention.kind}
    if "unknown" in kinds and "person" not in kinds:
        return mention       # "Regen und Wind" are no speakers
    # a surname the dictionary knows ("Weber") beside a person is a person too
    other, mention = (Mention(m.first, m.last, "person", name=m.name) if m.kind == "unknown" else m
                      for m in (other, mention))
    first = other.first
    if first > sentence_first and doc.tokens[first - 1].lower == "sowohl":
        first -= 1
    return Mention(first, mention.last, mention.kind, members=[*other.parts, mention])


def classify(doc: Doc, first: int, last: int) -> Mention | None:
    """Decide what a phrase names from its words; None when it is no plausible speaker."""
    lex = doc.lexicon
    words = [t for t in doc.tokens[first:last] if t.is_word]
    if not words:
        return None
    roles, name_words, kinds, others, gender = [], [], [], [], None
    name_tokens = []
    genitive = False
    bracketed = _bracketed(doc, first, last)
    paired = _two_word_roles(doc, words)
    whole = lex.roles.get(" ".join(t.lower for t in words if t.lower not in lex.determiners))
    if whole is None and len(words) == 2 and "." in doc.text[words[0].end:words[1].start]:
        whole = lex.roles.get(doc.text[words[0].start:words[1].end].lower())    # "ver.di"
    if whole is not None and (whole.word.count(" ") >= 2 or "." in whole.word):    # "Ärzte ohne Grenzen"
        return Mention(first, last, whole.kind, name=" ".join(t.text for t in words if t.lower not in lex.determiners))
    for t in words:
        if t.i in bracketed and (roles or name_words or others):
            continue            # "Andreas Scheuer (CSU)": the party, not part of the name
        if t.i in paired and not genitive:
            if paired[t.i] is not None:      # "Das Weiße Haus", "die Vereinten Nationen": one role of two words
                roles.append(f"{doc.tokens[t.i - 1].text} {t.text}")
                kinds.append(paired[t.i].kind)
            continue
        if t.lower in ("der", "dem") and t.i > 0 and doc.tokens[t.i - 1].lower == "von" and not genitive:
            continue            # "Ursula von der Leyen"
        if t.lower in GENITIVE_OPENERS and (roles or name_words or others):
            genitive = True     # "Sprecher des Verbandes": what follows names whose spokesman it is
            continue
        if t.lower in ("von", "vom") and (any(w not in lex.first_names for w in name_words) or (roles and not name_words)):
            genitive = True     # "John Sifton von Human Rights Watch", "der Konzernchef von Nordtec": the affiliation, not the name
            continue
        if t.lower in PLACE_PREPOSITIONS and (roles or name_words or others):
            genitive = True     # "die Regierung in Lomé": where it sits, not its name
            continue
        if t.lower in lex.determiners or t.lower in lex.abbreviations:
            continue                     # articles; titles such as "Dr", "Prof"
        if genitive:
            others.append(t.text)
            continue
        role = lex.role(t.text)
        if t.is_capitalized and not name_words and _after_name_title(doc, t.i, first):
            name_words.append(t.text)    # "Dr. Dittrich", "Prof. Lanz": a name even where the dictionary knows the word
            name_tokens.append(t)
            kinds.append("person")
        elif t.text in lex.first_names:
            name_words.append(t.text)
            name_tokens.append(t)
            gender = gender or lex.first_names[t.text]
        elif AGE_RE.match(t.text):
            roles.append(t.text)
            kinds.append("person")
        elif role is not None and not name_words:
            roles.append(t.text)
            kinds.append(role.kind)
            if role.kind == "person" and role.gender in ("m", "f"):
                gender = gender or role.gender
        elif t.text in lex.outlets:
            kinds.append("outlet")
            if lex.outlets[t.text] == "noun":
                roles.append(t.text)      # "Agentur Reuters": the descriptor, not the name
            else:
                name_words.append(t.text)
        elif t.text in lex.places:
            kinds.append("place")
            name_words.append(t.text)
        elif ACRONYM_RE.match(t.text) and not ROMAN_RE.match(t.text) and not name_words:
            kinds.append("organisation")      # "der BGH", "die SPD", "VfGH": an institution's short name
            name_words.append(t.text)
        elif t.is_capitalized and not t.lower.endswith(NOT_NAME_SUFFIXES) and (
                name_words or roles or t.text in doc.surnames or not known_common_noun(t.text)):
            name_words.append(t.text)
            name_tokens.append(t)
        elif t.is_capitalized:
            others.append(t.text)
    if "person" in kinds or (name_words and any(w in lex.first_names for w in name_words)):
        kind = "person"
    elif kinds and kinds[-1] in ("organisation", "group", "outlet"):
        kind = kinds[-1]
    elif kinds and kinds[-1] == "place":
        kind = "organisation"  # metonymy: "Moskau lehnt … ab" is the Russian government
    elif name_words:
        kind = "person" if len(name_words) <= 3 else "unknown"
    elif others:
        if _bare_proper_name(doc, first, others):
            return Mention(first, last, "organisation", name=" ".join(others))
        return Mention(first, last, "unknown", name=" ".join(others))
    else:
        return None
    name = " ".join(name_words) or None
    if kind == "organisation" and not name and len(roles) >= 2:
        name = roles[-1]      # "die Gewerkschaft Verdi" is Verdi
    if kind == "person" and name_tokens and name_tokens[-1].i - name_tokens[0].i + 1 > len(name_tokens):
        name = _name_with_particles(doc, name_tokens) or name
    if kind == "person" and name and all(w in lex.outlets or w in lex.places for w in name_words):
        name = None
    return Mention(first, last, kind, name=name, roles=roles, gender=gender)


def _after_name_title(doc: Doc, k: int, first: int) -> bool:
    """The word right after an academic title and its dot ("Dr. Dittrich", "Prof. Dr. Lanz")."""
    return k - 2 >= first and doc.tokens[k - 1].text == "." and doc.tokens[k - 2].lower in doc.lexicon.name_titles


def _two_word_roles(doc: Doc, words) -> dict:
    """Two adjacent words that together name a role or institution in the lexicon ("Weiße Haus",
    "Vereinten Nationen", "Auswärtige Amt"): the first maps to None, the second to the role."""
    found = {}
    for a, b in zip(words, words[1:]):
        if b.i == a.i + 1 and a.is_capitalized and (role := doc.lexicon.roles.get(f"{a.lower} {b.lower}")) is not None:
            found[a.i], found[b.i] = None, role
    return found


def _bracketed(doc: Doc, first: int, last: int) -> set[int]:
    """Token indices inside round brackets within [first, last)."""
    inside, depth = set(), 0
    for k in range(first, last):
        text = doc.tokens[k].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(k)
    return inside


ROMAN_RE = re.compile(r"^[IVXLC]+$")
ACRONYM_RE = re.compile(r"^[A-ZÄÖÜ](?=(?:[a-zäöü]?[A-ZÄÖÜ]){1,5}$)[A-Za-zÄÖÜäöü]+$")


def _name_with_particles(doc: Doc, name_tokens) -> str | None:
    """ "Tom van Leeuwen", "Ursula von der Leyen": the particles between name words belong to it."""
    between = doc.tokens[name_tokens[0].i:name_tokens[-1].i + 1]
    if all(t in name_tokens or t.lower in NAME_PARTICLES or t.lower in ("der", "dem") or t.text == "."
           for t in between):          # "Jürgen R. Thumann"
        return doc.text[name_tokens[0].start:name_tokens[-1].end]
    return None


def _bare_proper_name(doc: Doc, first: int, words: list[str]) -> bool:
    """ "Stadtwerk Nord", "Human Rights Watch": several capitalised words without an article are a
    name even when the dictionary knows each word; "Anfang März" is a date, not a name."""
    lex = doc.lexicon
    return (len(words) >= 2 and doc.tokens[first].lower not in lex.determiners
            and doc.tokens[first].i != doc.sentences[doc.tokens[first].sentence].first
            and not any(w.lower() in lex.months or w.lower() in lex.weekdays for w in words))


def known_common_noun(word: str) -> bool:
    """A dictionary word (Sicherheit, Truppen) rather than a surname (Peskow)."""
    from zitat.language.morphology import is_known
    return is_known(word)


QUOTE_MARKS = {"„", "“", "”", "\"", "»", "«", "‚", "‘", "›", "‹"}


def quoted_title(doc: Doc, k: int, end: int) -> Mention | None:
    """ "bei „Sky“", "dem „Hamburger Abendblatt“": a title in quotation marks next to a speech verb
    names a medium."""
    if k >= end or doc.tokens[k].text not in QUOTE_MARKS:
        return None
    for j in range(k + 2, min(k + 7, end)):
        if doc.tokens[j].text in QUOTE_MARKS:
            words = [t.text for t in doc.tokens[k + 1:j]]
            return Mention(k, j + 1, "outlet", name=" ".join(words))
    return None

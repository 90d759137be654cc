"""The names of events in a parsed sentence: noun phrases an event noun heads, as the parse gives them, or a
noun a verb of holding takes ("held a preparatory call"), or an acronym an edition's ordinal opens ("the
21st ICLS").

A name is the head (the last noun of a compound: "Plan launch event") with the modifiers before it
("Tripartite", "national validation", "follow-up") and the complements after it ("on child
labour in tea estates", "of the Steering Board"), cut before a date, a place, a verb and another
event it is held at ("Side event | at the Andean Labour Forum"), a participle that says what was done
with it ("taller … celebrado en Lima"), a period of a year ("au premier trimestre de 2027") and a subject a
possessive names ("on its use"); a name of more than MAX_WORDS words lets a body's acronym stand for its long
name, and is cut. Its owner is who holds it (see event_owners.py); the name leaves the possessive mark out
("Tuvalu workshop").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

from .dates import has_date
from .event_acronyms import in_bracketed_acronym, long_name_words
from .event_owners import is_held, owner
from .lexicon import lexicon

MAX_WORDS = 16
_EDITION = re.compile(r"\d+(?:st|nd|rd|th|e|er|re|ème|\.?º|\.?ª)$", re.IGNORECASE)  # 21st, 113e, 21.ª
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year, also in "mid-2024"
ROMAN = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")  # XVIII, V: an edition's numeral
_INSIDE = ("ADJ", "NOUN", "PROPN", "ADP", "DET", "CCONJ", "PART", "NUM")
_NOUN_ROLES = ("nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "pobj", "iobj", "appos")
_BEFORE = ("ADJ", "NOUN", "PROPN", "PART", "NUM")
_MARKS = ("-", "«", "»", "\"", "'", ":")  # marks inside a name ("follow-up", « Title », "Webinar: Title")
_SEPARATORS = ("|", "·", "•")  # marks between the parts of a title line
_ITEM_MARKS = (",", ";", ".", "!", "?", "–", "—", "-", "(", "|", "·", "•")  # marks closing a list item's part


class Phrase(NamedTuple):
    label: str
    start: int  # character offsets in the Doc
    end: int
    named: bool  # written as a name (a capitalised word other than the sentence's first; no indefinite article)
    head: object  # the head token
    owner: str  # who holds the event, when the sentence says ("Bhutan", "Data Action Group")

    @property
    def bare(self) -> bool:
        """The head alone ("the workshop"): it refers to an event more than it names one."""
        return " " not in self.label.strip()

    @property
    def generic(self) -> bool:
        """Words before the head only, none a name ("national validation workshop")."""
        return not self.named and self.end <= self.head.idx + len(self.head.text)

    @property
    def demonstrative(self) -> bool:
        """Pointed at ("this meeting", "cette réunion"): an event named elsewhere, the document's own most often."""
        return any(c.dep_ == "det" and "PronType=Dem" in str(c.morph) for c in self.head.children)

    @property
    def definite(self) -> bool:
        return any(c.dep_ == "det" and "Definite=Def" in str(c.morph) for c in self.head.children)


def is_event_head(token) -> bool:
    """An event noun, alone or with the word beside it that modifies it when the two name one ("table" of "round
    table", "mesa redonda"; not the modifier)."""
    heads = event_heads()
    if token.lower_ in heads or token.lemma_.lower() in heads:
        return True
    if token.lower_ not in _paired_words():
        return False
    doc = token.doc
    pairs = [(doc[i], f"{doc[i].lower_} {token.lower_}" if i < token.i else f"{token.lower_} {doc[i].lower_}")
             for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(word.head == token and pair in heads for word, pair in pairs)


def may_name_event(token) -> bool:
    """An event noun, a noun for something held ("held a call"), or an acronym an edition's ordinal opens ("the
    21st ICLS", "la 113e CIT")."""
    before = token.doc[token.i - 1] if token.i else None
    numbered = token.is_upper and len(token.text) > 1 and token.dep_ != "compound" and before is not None and (
        _EDITION.match(before.text) is not None or "NumType=Ord" in str(before.morph))
    return is_event_head(token) or is_held(token) or numbered


@lru_cache(maxsize=1)
def event_heads() -> frozenset[str]:
    return frozenset(lexicon()["event_heads"])


@lru_cache(maxsize=1)
def _paired_words() -> frozenset[str]:
    """The words of the event nouns written in two words ("round", "table" of "round table")."""
    return frozenset(word for head in event_heads() for word in head.split() if " " in head)


def event_phrases(sentence, dates: list[tuple[int, int, str]] = (), source: str | None = None) -> Iterator[Phrase]:
    """The noun phrases of a sentence that an event noun heads, none running into the dates given;
    `source` is the text as written, when the parse's text differs only in characters."""
    seen = set()
    for token in sentence:
        if not may_name_event(token):
            continue
        head = compound_head(token)
        if head is None or head.i in seen or not _heads_a_phrase(head) or "Number=Plur" in str(head.morph):
            continue  # another event's word ("webinars" in "launch of webinars"), or several events
        numeral = _numeral_before(head)
        if numeral is not None:
            start, end = numeral.i, name_end(head, numeral)
        else:
            start, end = name_start(head, dates), name_end(head)
        end = _titled(head.doc, end)
        end = min([end] + [_before(head.doc, at) for at, *_ in dates if head.idx < at <= head.doc[end - 1].idx])
        short = long_name_words(head, start, end, MAX_WORDS)
        end = _cut(head, start, end, short)
        words = [t for t in head.doc[start:end] if not t.is_punct and t.tag_ != "POS" and t.lower_ not in ("'s", "’s")]
        if not words:
            continue
        seen.update(range(start, end))
        label = as_written(head.doc[start:end], source, short)
        indefinite = any(c.dep_ == "det" and "Definite=Ind" in str(c.morph) for c in head.children)
        named = not indefinite and any(t.text[:1].isupper() and t.pos_ != "DET" and not t.is_sent_start for t in words)
        span = head.doc[start:end]
        yield Phrase(label[:1].upper() + label[1:], span.start_char, span.end_char, named, head, owner(head, start))


def _cut(head, start: int, end: int, left_out: frozenset[int] = frozenset()) -> int:
    """One past the last word of a name of at most MAX_WORDS words (the words `left_out` aside): a longer one (a
    body's long name as its complement) is cut after its MAX_WORDS-th word, before the function words that end
    it there; `start` when the words before the head alone are too many."""
    words = [t for t in head.doc[start:end] if not t.is_punct and t.tag_ != "POS" and t.i not in left_out]
    if len(words) <= MAX_WORDS:
        return end
    if head not in words or words.index(head) >= MAX_WORDS:
        return start
    end = words[MAX_WORDS - 1].i + 1
    while end > head.i + 1 and (head.doc[end - 1].is_punct or head.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ")):
        end -= 1
    return end


def _titled(doc, end: int) -> int:
    """One past a title a colon opens right after an event's name ("Webinar: Costing Fair Recruitment"),
    which runs to the next mark that closes a list item's part (a comma, a dash, a bracket, a full stop; the
    parser may end a sentence at the colon) and holds no clause (a finite verb with a subject); else `end`."""
    if end >= len(doc) - 1 or doc[end].text != ":" or not doc[end + 1].text[:1].isupper():
        return end
    stop = next((t.i for t in doc[end + 1:] if t.text in _ITEM_MARKS), len(doc))
    clause = any((t.pos_ == "AUX" or "VerbForm=Fin" in str(t.morph)) and _has_subject(t) for t in doc[end + 1:stop])
    return stop if 0 < stop - end - 1 <= MAX_WORDS and not clause else end  # a title, not a sentence


def _has_subject(verb) -> bool:
    """Whether a finite verb has a noun or pronoun for subject (a clause), not a gerund ("Measuring forced labour"
    the parser misreads)."""
    verb = verb.head if verb.pos_ == "AUX" else verb
    return any(c.dep_.startswith("nsubj") and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children)


def compound_head(token):
    """The event noun a compound's first word leads to ("launch" in "Plan launch event" → "event"); None
    when it leads to another noun ("meeting report", "workshop date")."""
    while token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN") \
            and not _separated(token, token.head):
        token = token.head
        if not is_event_head(token):
            return None
    return token


def _separated(token, head) -> bool:
    """Whether a mark that separates parts of a line stands between two words ("seminar | Summary report")."""
    return any(t.text in _SEPARATORS for t in token.doc[token.i + 1:head.i])


def as_written(span, source: str | None, left_out: frozenset[int] = frozenset()) -> str:
    """A span as written, its possessive marks and the words `left_out` left out ("Tuvalu's workshop" → "Tuvalu
    workshop")."""
    text = ""
    for token in span:
        if token.i in left_out:
            text += token.whitespace_ if not text.endswith(" ") else ""
            continue
        if token.tag_ == "POS" or token.lower_ in ("'s", "’s"):
            text = text.rstrip() + token.whitespace_
            continue
        written = source[token.idx:token.idx + len(token.text)] if source else token.text
        text += written + token.whitespace_
    return text.strip(" ,;:-")


def token_at(doc, offset: int):
    """The word of a Doc at or after a character offset (None past its end)."""
    return next((t for t in doc if t.idx + len(t.text) > offset), None)


def _before(doc, offset: int) -> int:
    """One past the last word before a character offset (punctuation, function words and the date's own words
    dropped)."""
    end = _date_phrase(token_at(doc, offset)).i
    while end > 0 and (doc[end - 1].is_punct or doc[end - 1].pos_ in ("ADP", "DET", "CCONJ") or doc[end - 1].dep_ ==
                       "fixed"):  # "a principios de": a preposition of several words
        end -= 1
    return end


def _date_phrase(token):
    """The first word of the phrase a date's first word completes: a noun that places an event within the date
    ("principios" of "a principios de noviembre", "fin" of "fin novembre", "week" of "the week of 3 May"),
    else the word itself."""
    while token.head.i < token.i and token.head.pos_ == "NOUN" and not is_event_head(token.head) and all(
            t.pos_ in ("ADP", "DET") for t in token.doc[token.head.i + 1:token.i]):
        token = token.head
    return token


def _heads_a_phrase(token) -> bool:
    """A noun, a word the parse gives a noun's role ("at a donor roundtable", tagged an adjective), or an item's
    first word tagged a verb but followed by its complement ("Launch of the …"); not a word with a direct
    object, a verb whatever its tag ("Launch a campaign …": an object, or a noun phrase right after it the parse
    puts in apposition without a comma)."""
    if any(c.dep_ in ("dobj", "obj") or (c.dep_ == "appos" and c.left_edge.i == token.i + 1
                                         and c.left_edge.pos_ == "DET") for c in token.children):
        return False
    if token.pos_ in ("NOUN", "PROPN") or token.dep_ in _NOUN_ROLES:
        return True
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.i == token.sent.start and nxt is not None and nxt.pos_ == "ADP"


def name_start(head, dates) -> int:
    """The first word of the head's modifiers before it: no article, no date, a figure only after a capitalised
    word ("Agenda 2063 summit", "G-7 trade ministers' meeting"), a hyphenated word whole ("follow-up")."""
    start = head.i
    for token in reversed(head.doc[head.sent.start:head.i]):
        if token.i >= start:
            continue
        in_date = any(at <= token.idx < end for at, end, _ in dates)
        figure = _is_date(token) and not _after_a_name(token)
        if (token.pos_ in _BEFORE or token.dep_ == "amod") and not in_date and not figure and _within(token, head):
            start = token.i
        elif token.pos_ == "CCONJ" and token.i > 0 and token.doc[token.i - 1].text[:1].isupper():
            continue  # "UN Trade and Development Forum"
        elif _hyphenated(token):
            continue  # "up" of "follow-up": the hyphen takes in the word before
        elif token.text == "-" and token.i > 0 and not token.whitespace_ and not token.doc[token.i - 1].whitespace_:
            start = token.i - 1  # "follow-up", "mid-term"
        elif token.text in ("-", "'s", "’s", "'") or token.tag_ == "POS":
            continue
        else:
            break
    return start


def _hyphenated(token) -> bool:
    """Whether a word is the second half of a hyphenated word ("up" of "follow-up")."""
    hyphen = token.doc[token.i - 1] if token.i > 1 else None
    return hyphen is not None and hyphen.text == "-" and not hyphen.whitespace_ and not token.doc[token.i - 2].whitespace_


def _numeral_before(head):
    """The numeral of an edition the parser made the event noun a part of ("XVIII Reunión del Comité", the
    complements hanging from "XVIII"), or None."""
    numeral = head.head
    if not head.dep_.startswith("flat") or numeral.i != head.i - 1:
        return None
    return numeral if ROMAN.fullmatch(numeral.text) or "NumType=Ord" in str(numeral.morph) else None


def name_end(head, numeral=None) -> int:
    """One past the last word of the head's complements (or of the numeral's the parser hangs them from), cut
    before a date (not a figure after a capitalised word: "Alliance 8.7 partners"), a place and a verb."""
    end = head.i + 1
    genitive = set(lexicon()["genitive"].get(head.doc.lang_, []))
    topic = set(lexicon()["topic"].get(head.doc.lang_, []))
    roots = [head] + ([numeral] if numeral is not None else [])
    for token in head.doc[head.i + 1: head.sent.end]:
        if token.lower_ in topic and token.i == end:
            if _refers_back(token):
                break  # "a webinar on its use": the subject is named before, not in the name
            roots.append(token.head if token.dep_ == "case" else token)  # "a forum on decent work", the parser
            # hanging "on" from the verb (in French and Spanish the preposition hangs from its noun)
        place = token.ent_type_ in ("GPE", "LOC") and not (token.ent_iob_ == "I" or _after(token, genitive))
        mark = token.text in _MARKS or in_bracketed_acronym(token)
        outside = token.pos_ not in _INSIDE and token.dep_ != "amod" and not mark and not _adjectival(token)
        symbol = not mark and not any(c.isalnum() for c in token.text)
        within = any(_within(token, root) for root in roots) or (token.text in "()" and mark)
        if outside or symbol or not within or (_is_date(token) and not _after_a_name(token)) or place \
                or token.ent_type_ == "DATE" or _hosts(token) or _reduced_clause(token, (head, numeral)) \
                or _opens_a_period(token):
            break
        if token.pos_ not in ("ADP", "DET", "CCONJ") and (not mark or token.text == "»"):  # a closing quote ends it
            end = token.i + 1
    return end


def _opens_a_period(token) -> bool:
    """Whether a preposition opens a period of a year ("au premier trimestre de 2024", "en el primer semestre de
    2025"): a common noun with the year as its complement, when the event is held, not what it is about."""
    noun = token.head if token.dep_ == "case" else next((c for c in token.children if c.dep_ == "pobj"), None)
    if token.pos_ != "ADP" or noun is None or noun.i < token.i or not noun.text.islower():
        return False
    years = [c for c in noun.children if c.i > noun.i and YEAR.fullmatch(c.text)]
    return bool(years) and not has_date(noun.doc[noun.i:years[0].i + 1].text, noun.doc.lang_)  # not a month


def _refers_back(preposition) -> bool:
    """Whether a subject a preposition opens is named by a possessive pronoun ("on its use", "sobre su uso")."""
    noun = preposition.head if preposition.dep_ == "case" else next(
        (c for c in preposition.children if c.dep_ == "pobj"), None)
    return noun is not None and any(c.i < noun.i and "Poss=Yes" in str(c.morph) and c.pos_ in ("PRON", "DET")
                                    for c in noun.children)


def _reduced_clause(token, roots) -> bool:
    """Whether a participle after an event's name says what was done with it ("taller … celebrado en Lima", "atelier
    tenu à Lomé"): it has words of its own and hangs from a word of the name; not a participle used as an
    adjective ("reunión ampliada de la Comisión", "travail forcé")."""
    first = min(root.i for root in roots if root is not None)
    return "VerbForm=Part" in str(token.morph) and first <= token.head.i < token.i and _own_words(token)


def _adjectival(token) -> bool:
    """A French or Spanish participle right after its noun, agreeing with it and without words of its own: an
    adjective of the name ("travail forcé", "reunión ampliada")."""
    morph = str(token.morph)
    return "VerbForm=Part" in morph and "Gender=" in morph and token.head.i == token.i - 1 and not _own_words(token)


def _own_words(token) -> bool:
    return any(c.dep_ != "punct" for c in token.children)


def _hosts(token) -> bool:
    """Whether a preposition brings in another event, the one this one is held at or part of ("Side event at the
    UN Forum"): that one is named on its own."""
    if token.pos_ != "ADP" or token.lower_ not in lexicon()["host"].get(token.doc.lang_, []):
        return False
    noun = token.head if token.dep_ == "case" else next((c for c in token.children if c.dep_ == "pobj"), None)
    return noun is not None and noun.i > token.i and is_event_head(noun) and compound_head(noun) is noun \
        and "Number=Plur" not in str(noun.morph)


def _after_a_name(token) -> bool:
    """Whether a figure follows a capitalised word, as in "Agenda 2063", "G-7"."""
    before = [t for t in token.doc[max(0, token.i - 2):token.i] if t.text != "-"]
    return bool(before) and before[-1].text[:1].isupper()


def _after(token, prepositions: set[str]) -> bool:
    """Whether a token follows one of the prepositions (an article between them aside)."""
    before = [t for t in token.doc[max(0, token.i - 2):token.i] if t.pos_ != "DET"]
    return bool(before) and before[-1].lower_ in prepositions


def _within(token, head) -> bool:
    """Whether a token hangs from the head without a verb between them."""
    while token.i != head.i:
        if token.head.i == token.i or (token.pos_ in ("VERB", "AUX") and token.dep_ != "amod"):  # "forced labour"
            return False
        token = token.head
    return True


def _is_date(token) -> bool:
    """A date or figure: "2023", "20/11/2023", "8.7" (an ordinal, "8th", "Ve", "Third", is a word of the name)."""
    word = token.text.isalpha() or (token.text[:1].isdigit() and token.text[-1:].isalpha())  # "Third", "8th"
    return (token.like_num and not word) or token.ent_type_ in ("DATE", "TIME") or (
        any(c.isdigit() for c in token.text) and not word)

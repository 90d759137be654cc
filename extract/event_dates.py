"""Which dates of a sentence are an event's: the nearest after it (else before it, in its clause), not one after
another event named between them unless the two are listed together, not a time limit of an action on it ("confirm
the dates of the workshop by 31 March"), nor a date outside the relative clause it is named in."""

from __future__ import annotations

from .event_names import Phrase, token_at
from .event_owners import governing_verb
from .lexicon import lexicon


def own_dates(dates: list, phrase: Phrase, phrases: list[Phrase]) -> list:
    """The dates of a sentence that may be an event's: not those after another event named between them, unless
    the two are listed together ("a roundtable in 2025, preceded by a webinar in March": March is the webinar's;
    "a workshop and a webinar on 3 May"); not a time limit of an action on it, nor a date outside the relative
    clause it is named in."""
    between = [p.start for p in phrases if p.start >= phrase.end and not _listed_with(p.head, phrase.head)]
    return limited([d for d in dates if not any(phrase.end <= at <= d[0] for at in between)], phrase)


def limited(dates: list, phrase: Phrase) -> list:
    """The dates that may be an event's: not a time limit of an action on it, nor outside its relative clause."""
    return [d for d in dates if not _time_limit(phrase.head, d[0]) and not _beyond_its_clause(phrase.head, d[0])]


def _time_limit(head, offset: int) -> bool:
    """Whether the date at a character offset is a time limit ("by", "avant", "antes de") of an action the event
    is neither the subject nor the object of ("circulate the agenda of the workshop by 31 March"); in a line without
    a verb it is the event's ("Validation workshop before 30 June")."""
    word = token_at(head.doc, offset)
    verb = governing_verb(word) if word is not None and _after_a_limit_word(word) else None
    if verb is None:
        return False
    arguments = [c for c in verb.children if c.dep_.startswith(("nsubj", "dobj", "obj"))]
    return not any(head == a or head in a.conjuncts for a in arguments)


def _after_a_limit_word(word) -> bool:
    """Whether a date's first word follows a word of a time limit, an article aside ("avant le 15 mai")."""
    doc, start = word.doc, word.i
    while start > 0 and doc[start - 1].pos_ == "DET":
        start -= 1
    before = doc.text[:doc[start].idx].rstrip().lower()
    words = lexicon()["deadline"].get(doc.lang_) or lexicon()["deadline"]["en"]
    return any(before == w or (before.endswith(w) and not before[-len(w) - 1].isalnum()) for w in words)


def _beyond_its_clause(head, offset: int) -> bool:
    """Whether an event named in a relative or participial clause ("the groups formed at the sixth meeting met on
    14 May") has the date at a character offset outside that clause."""
    verb = governing_verb(head)
    if verb is None or verb.dep_ not in ("acl", "relcl", "acl:relcl"):
        return False
    word = token_at(head.doc, offset)
    return word is not None and not verb.left_edge.i <= word.i <= verb.right_edge.i


def _listed_with(a, b) -> bool:
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)


def nearest(dates: list[tuple[int, int, str]], phrase: Phrase) -> str | None:
    """The date nearest after an event, else the nearest before it in its clause ("in May 2024, Tonga held a
    workshop", not "letter sent in January 2024; workshop scheduled for …")."""
    after = [iso for at, _, iso in dates if at >= phrase.end]
    before = [iso for at, _, iso in dates if at < phrase.start and _same_clause(phrase.head, at)]
    return after[0] if after else (before[-1] if before else None)


def _same_clause(head, offset: int) -> bool:
    """Whether the word at a character offset belongs to the clause of a token (or either to no clause), no
    semicolon between them."""
    word = token_at(head.doc, offset)
    if word is None or any(t.text == ";" for t in head.doc[min(word.i, head.i):max(word.i, head.i)]):
        return False
    verbs = (governing_verb(head), governing_verb(word))
    return None in verbs or verbs[0] == verbs[1]

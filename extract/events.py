"""Events: meetings, workshops, webinars, launches and forums, with ISO 8601 dates and places.

An event is a noun phrase headed by an event noun of the lexicon (meeting, workshop, webinar,
launch; réunion, atelier; reunión, taller, …), as the parse gives it: the head with the modifiers
before it ("Tripartite", "Sri Lanka's national steering") and the complements after it ("on child
labour in cocoa supply chains", "of the Global Coordinating Group"), cut before a date, a place and
a verb. It counts when its sentence dates it or when it is written as a name (capitalised words
besides its first). Its date is the date its sentence gives nearest after it (else before it), read
by dateparser in the text's language, as precise as the text (a day, else a month), a year left
out being the document's; its place the place named after it. An event is one row per document
and name and date, so two editions of a forum stay apart while a name repeated without a date
folds into its dated mention.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Iterator, NamedTuple

from rapidfuzz import fuzz

from kg87.model.records import Event, Provenance, statement_id

from .dates import dates_in, document_year
from .lexicon import lexicon
from .nlp import cell_id
from .registry import Context, extractor
from .text import redact_emails

MAX_WORDS = 16
SAME_EVENT = 90  # token_set_ratio of two names of one event
CELL_SHARE = 0.6  # a table cell or a title is an event's entry when the event's name is most of its text
TITLE_LINES = 3  # the blocks below a title that may date it
_INSIDE = ("ADJ", "NOUN", "PROPN", "ADP", "DET", "CCONJ", "PART", "NUM")
_BEFORE = ("ADJ", "NOUN", "PROPN", "PART", "NUM")


class Phrase(NamedTuple):
    label: str
    start: int  # character offsets in the Doc
    end: int
    named: bool  # written as a name


@extractor("events", produces=("event",))
def events(context: Context) -> Iterator[Event]:
    """The events a document names, one per name and date."""
    document, analysis = context.document, context.analysis
    year = document_year(document)
    found: dict[str, Event] = {}
    blocks = list(document.blocks())
    for index, block in enumerate(blocks):
        doc = analysis.doc(block.id)
        if doc is None or not any(_is_head(t) for t in doc):
            continue  # dates are read only where an event is named: dateparser is slow
        language = analysis.languages.get(block.id, analysis.language)
        in_block = dates_in(doc.text, language, year)
        for sentence in _sentences(doc):
            dates = [d for d in in_block if sentence.start_char <= d[0] < sentence.end_char]
            for phrase in event_phrases(sentence, dates):
                date = _nearest(dates, phrase) or (_nearest(in_block, phrase) if block.kind == "bullet" else None) \
                    or _dated_below(phrase, doc, blocks[index + 1:], language, year)
                if date or phrase.named:
                    _keep(found, _event(document, block.page, _as_written(phrase, block.text, doc.text), date,
                                        _place(sentence, phrase), sentence.text, block.bbox))
    for table in document.tables():
        for row in table.rows():
            _row_events(found, document, analysis, table, row, year)
    yield from found.values()


def _event(document, page: int, label: str, date: str | None, place: str, quote: str, bbox) -> Event:
    """An event record; its id is its document, page, name and date, so two editions stay two."""
    return Event(id=statement_id("event", document.sha256, page, f"{label} {date or ''}"), label=label,
                 start_date=date, location=place, provenance=Provenance(document.name, page, redact_emails(quote), bbox))


def _is_entry(phrase: Phrase, doc) -> bool:
    """Whether an event's name is most of a text (a title, a table cell), not one mention in a sentence."""
    return phrase.end - phrase.start >= CELL_SHARE * len(doc.text.strip())


def _as_written(phrase: Phrase, text: str, parsed: str) -> str:
    """The label with the block's own characters (the parse straightens apostrophes)."""
    if len(text) != len(parsed):
        return phrase.label
    written = text[phrase.start:phrase.end].strip(" ,;:-")
    return written[:1].upper() + written[1:]


def _dated_below(phrase: Phrase, doc, following: list, language: str, year: int | None) -> str | None:
    """A block that is an event's name alone (a title) is dated by the date of the blocks just below it."""
    if not _is_entry(phrase, doc):
        return None
    near = " ".join(b.text for b in following[:TITLE_LINES] if b.page == following[0].page) if following else ""
    return next((iso for _, _, iso in dates_in(near, language, year)), None)


def _row_events(found: dict[str, Event], document, analysis, table, row, year: int | None) -> None:
    """The events a table row lists: a cell that is an event's name, dated by its row, of its row's country."""
    docs = [(cell, analysis.doc(cell_id(table.id, cell.row, cell.col))) for cell in row]
    docs = [(cell, doc) for cell, doc in docs if doc is not None]
    for cell, doc in docs:
        if not any(_is_head(t) for t in doc):
            continue
        language = analysis.languages.get(cell_id(table.id, cell.row, cell.col), analysis.language)
        own = dates_in(doc.text, language, year)
        for phrase in event_phrases(doc[:], own):
            if not _is_entry(phrase, doc):
                continue  # an event a cell's sentence mentions, not the cell's entry
            others = (iso for c, _ in docs if c is not cell for *_, iso in dates_in(c.text, language, year))
            date = next((iso for *_, iso in own), None) or next(others, None)
            country = next((e for _, d in docs for e in d.ents if e.ent_id_.startswith("country:")), None)
            label = phrase.label if country is None or country.text in phrase.label else \
                f"{phrase.label} ({country.text})"
            _keep(found, _event(document, table.page, label, date, "", cell.text, cell.bbox))


def _sentences(doc):
    return doc.sents if doc.has_annotation("SENT_START") else [doc[:]]


def event_phrases(sentence, dates: list[tuple[int, int, str]] = ()) -> Iterator[Phrase]:
    """The noun phrases of a sentence that an event noun heads, none running into the dates given."""
    for token in sentence:
        if _heads_a_phrase(token) and _is_head(token):
            start, end = _left(token, dates), _right(token)
            end = min([end] + [_before(token.doc, at) for at, *_ in dates if token.idx < at <= token.doc[end - 1].idx])
            words = [t for t in token.doc[start:end] if not t.is_punct]
            if len(words) < 2 or len(words) > MAX_WORDS:
                continue  # "the meeting" refers back to an event; it does not name one
            span = token.doc[start:end]
            label = span.text.strip(" ,;:-")
            named = sum(1 for t in words[1:] if t.text[:1].isupper() and t.pos_ != "DET") >= 1
            yield Phrase(label[:1].upper() + label[1:], span.start_char, span.end_char, named)


def _is_head(token) -> bool:
    heads = _event_heads()
    return token.lower_ in heads or token.lemma_.lower() in heads


@lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    return frozenset(lexicon()["event_heads"])


def _before(doc, offset: int) -> int:
    """One past the last word before a character offset (punctuation and function words dropped)."""
    end = next(t.i for t in doc if t.idx + len(t.text) > offset)
    while end > 0 and (doc[end - 1].is_punct or doc[end - 1].pos_ in ("ADP", "DET", "CCONJ")):
        end -= 1
    return end


def _heads_a_phrase(token) -> bool:
    """A noun, or an item's first word tagged a verb but followed by its complement ("Launch of the …")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.i == token.sent.start and nxt is not None and nxt.pos_ == "ADP"


def _left(head, dates) -> int:
    """The first word of the head's modifiers before it: no article, no date, a figure only after a capitalised
    word ("Code 8.7 conference", "G-20 labour ministers' meeting")."""
    start = head.i
    for token in reversed(head.doc[head.sent.start:head.i]):
        in_date = any(at <= token.idx < end for at, end, _ in dates)
        figure = _is_date(token) and not _after_a_name(token)
        if (token.pos_ in _BEFORE or token.dep_ == "amod") and not in_date and not figure and _within(token, head):
            start = token.i
        elif token.pos_ == "CCONJ" and token.i > 0 and token.doc[token.i - 1].text[:1].isupper():
            continue  # "UN Business and Human Rights Forum"
        elif token.text in ("-", "'s", "’s", "'") or token.tag_ == "POS":
            continue
        else:
            break
    return start


def _right(head) -> int:
    """One past the last word of the head's complements, cut before a date, a place and a verb."""
    end = head.i + 1
    genitive = set(lexicon()["genitive"].get(head.doc.lang_, []))
    for token in head.doc[head.i + 1: head.sent.end]:
        place = token.ent_type_ in ("GPE", "LOC") and not (token.ent_iob_ == "I" or _after(token, genitive))
        if token.pos_ not in _INSIDE and token.dep_ != "amod" and token.text not in ("-", "«", "»", "\"", "'", ":") \
                or not _within(token, head) or _is_date(token) or place or token.ent_type_ == "DATE":
            break
        if token.pos_ not in ("ADP", "DET", "CCONJ") and token.text not in ("-", "«", "\"", "'", ":"):
            end = token.i + 1
    return end


def _after_a_name(token) -> bool:
    """Whether a figure follows a capitalised word, as in "Code 8.7", "G-20"."""
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
    """A date or figure: "2023", "20/11/2023", "8.7" (an ordinal, "8th", "Ve", is a word of the name)."""
    ordinal = token.text[:1].isdigit() and token.text[-1:].isalpha()
    return (token.like_num and not ordinal) or token.ent_type_ in ("DATE", "TIME") or (
        any(c.isdigit() for c in token.text) and not ordinal)


def _nearest(dates: list[tuple[int, int, str]], phrase: Phrase) -> str | None:
    after = [iso for at, _, iso in dates if at >= phrase.end]
    before = [iso for at, _, iso in dates if at < phrase.start]
    return after[0] if after else (before[-1] if before else None)


def _place(sentence, phrase: Phrase) -> str:
    """The first place named after the event in its sentence, else the last before it."""
    places = [e for e in sentence.ents if e.label_ in ("GPE", "LOC") or e.ent_id_.startswith("country:")]
    after = [e.text for e in places if e.start_char >= phrase.end]
    before = [e.text for e in places if e.end_char <= phrase.start]
    return after[0] if after else (before[-1] if before else "")


def _keep(found: dict[str, Event], event: Event) -> None:
    """One event per name and date: an undated mention folds into a dated one of the same name."""
    key = event.label.lower()
    same = [k for k, e in found.items() if fuzz.token_set_ratio(key, k) >= SAME_EVENT
            and (not e.start_date or not event.start_date or e.start_date == event.start_date)]
    if not same:
        found[key] = event
    elif event.start_date and not found[same[0]].start_date:
        del found[same[0]]
        found[key] = event
    elif event.location and not found[same[0]].location:
        found[same[0]] = replace(found[same[0]], location=event.location)

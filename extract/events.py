"""Events: meetings, workshops, webinars, launches and forums, with ISO 8601 dates and places.

An event is a noun phrase an event noun of the lexicon heads (meeting, workshop, webinar, launch; réunion,
atelier; reunión, taller, …; see event_names.py). It counts when its sentence dates it, when its clause places
it in a year less precisely than a month ("in the second half of 2026": undated), or when it is written as a
name; not a part of a meeting's programme ("opening session"), an item of an agenda ("Next meeting and
closing"), words of a body's name ("Ministry of Labour and Social Dialogue"), nor a process ("the mid-term
review of the plan") that no day dates. An unnamed one is named by whom it belongs to: its owner ("Bhutan held
its workshop": "Bhutan workshop"), else the country its list item opens with or its clause's subject is, else
the country of its section's heading ("National validation workshop (Tonga)"), unless the document is about
that country alone (event_countries.py). The head alone ("the workshop") names an event only so qualified, or,
dated, it dates the undated event of that head its block named before it ("its workshop, … The workshop, held
on 14 March"). Under a heading that names events ("Workshops planned"), an item that is a country and a date is
that country's event.

Its date is the date its sentence gives nearest after it (else before it), read by dateparser in the
text's language, as precise as the text (a day, else a month), a year left out being the document's; not a
time limit of an action on it ("circulate the agenda of the workshop by 31 March"), nor a date outside the
relative clause it is named in. Its place is the place named after it. An event is one row per document, name
and date (event_keys.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import takewhile
from typing import Iterator

from kg87.model.document import body_size
from kg87.model.records import Event, Provenance, statement_id

from .dates import dates_in, document_year
from .event_bodies import meeting_bodies, meets, sits
from .event_countries import (as_label, countries_of, item_country, linked_country, qualified, section_country,
                              title_country, with_country)
from .event_dates import limited, nearest, own_dates
from .event_keys import keep
from .event_kinds import (in_a_body_name, is_activity, is_agenda_item, is_part_of_another, is_process,
                          is_programme_part)
from .event_names import YEAR, Phrase, compound_head, event_phrases, is_event_head, may_name_event, token_at
from .event_owners import governing_verb
from .lexicon import lexicon, negation_words
from .nlp import analysis_text, cell_id, pipeline
from .registry import Context, extractor
from .text import redact_personal

COVER = "cover"  # the rule of an event named on a document's cover
CELL_SHARE = 0.6  # a table cell or a title is an event's entry when the event's name is most of its text
TITLE_LINES = 3  # the blocks below a title that may date it
DATELINE = 40  # a dateline's date starts within this many characters of its block
_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+")
ROW_SLACK = 0.75  # font sizes by which the tops of the cells of one row of a table may differ
HANGING = 2  # font sizes within which a list item's next line is indented under its text, and set below it
ITEM_WORDS = 8  # an item of a list of events by country ("Bhutan – May 2025") is this short


@dataclass
class _Section:
    """What the blocks read so far say about the ones that follow."""

    cover: "_Cover"  # what the document's cover and title say
    heading_event: str = ""  # the event noun of the latest heading ("Workshops planned")
    country: str = ""  # the country of the nearest country heading above
    undated: dict[str, tuple[Phrase, object]] = field(default_factory=dict)  # by head lemma: phrase, block


@dataclass(frozen=True)
class _Cover:
    """The first blocks of a document, where it says which event it reports on, and what its title says."""

    blocks: frozenset[str]  # the ids of the cover's blocks, the title's aside
    events: dict[str, str]  # the events the title names, by head lemma
    topic: str  # the title's first part ("Responsible supply chains" of "Responsible supply chains – Summary")
    country: str = ""  # the one country the title names: the document's own

    def own_event(self, phrase: Phrase, block_id: str) -> str:
        """The name of the document's own event, for an unnamed event the cover names: the title's event of the
        same head ("Subregional seminar | Suva …" under "Pacific Seminar on Decent Work"), or the event on the
        title's topic ("Tripartite dialogue on Decent Work in Andean Mining")."""
        if block_id not in self.blocks or phrase.named or phrase.owner or phrase.bare:
            return ""
        head = phrase.head.lemma_.lower()
        if self.events:
            return self.events.get(head, "")
        on = (lexicon()["topic"].get(phrase.head.lang_) or lexicon()["topic"]["en"])[0]
        return f"{phrase.label} {on} {self.topic}" if self.topic else ""


@extractor("events", produces=("event",))
def events(context: Context) -> Iterator[Event]:
    """The events a document names, one per name and date."""
    document, analysis = context.document, context.analysis
    year = document_year(document)
    found: dict[str, Event] = {}
    blocks = list(document.blocks())
    section = _Section(_cover(document, analysis.language, blocks))
    rows = {page.number: page.blocks for page in document.pages}
    for index, block in enumerate(blocks):
        doc = analysis.doc(block.id)
        if doc is None:
            continue
        language = analysis.languages.get(block.id, analysis.language)
        item = _continued(blocks, index)
        if item is not block:
            block, doc = item, pipeline(language)(analysis_text(item.text))
            blocks = blocks[:index] + [block] + blocks[index + 1:]
        if block.kind == "heading":
            section = _Section(section.cover, _heading_event(doc))
        section.country = section_country(block.section + ([block.text] if block.kind == "heading" else []))
        if not any(may_name_event(t) or meets(t) or sits(t) for t in doc):
            _listed_event(found, document, block, doc, section, language, year)
            continue  # dates are read only where an event is named
        _block_events(found, document, (blocks, index, rows[block.page]), doc, section, language, year)
    for table in document.tables():
        for row in table.rows():
            _row_events(found, document, analysis, (table, row), year, section.cover.country)
    yield from found.values()


def _block_events(found: dict, document, where: tuple, doc, section: _Section, language: str, year) -> None:
    """The events a block names (`where`: the document's blocks, this one's index, the blocks of its page)."""
    blocks, index, page_blocks = where
    block = blocks[index]
    in_block = [d for d in dates_in(doc.text, language, year) if not _dateline(doc.text, d)]
    source = block.text if len(block.text) == len(doc.text) else None
    for sentence in _sentences(doc):
        dates = [d for d in in_block if sentence.start_char <= d[0] < sentence.end_char]
        _meetings_of_bodies(found, document, block, sentence, dates, language,
                            item_country(sentence) or section.country, section.cover.country)
        phrases = list(event_phrases(sentence, dates, source))
        for phrase in phrases:
            own = own_dates(dates, phrase, phrases)
            if _something_else(phrase, sentence):
                continue
            if not (is_event_head(phrase.head) or phrase.named or nearest(own, phrase)):
                continue  # something held ("a call", "a briefing") is an event when its clause dates it
            country = linked_country(sentence, phrase) or section.country
            date = nearest(own, phrase) or (nearest(limited(in_block, phrase), phrase) if block.kind == "bullet"
                                             else None) \
                or _dated_below(phrase, doc, blocks[index + 1:], language, year) \
                or _dated_beside(phrase, doc, block, page_blocks, language, year)
            if is_process(phrase.head) and len(date or "") < len("2025-01-01"):
                continue  # "the mid-term review of the plan (2023)": a process, unless held on a day
            label = section.cover.own_event(phrase, block.id) or qualified(phrase, country, section.cover.country)
            if phrase.bare and phrase.definite and date and phrase.head.lemma_.lower() in section.undated:
                earlier, earlier_block = section.undated.pop(phrase.head.lemma_.lower())
                keep(found, _event(document, qualified(earlier, country, section.cover.country), date,
                                   _place(sentence, phrase), _printed(earlier_block, sentence.text)))
                continue  # "the workshop, held on …" dates the workshop named before
            if phrase.bare and label == phrase.label:
                continue  # "the workshop" refers to an event; it does not name one
            if date or phrase.named or (phrase.bare and not phrase.demonstrative and item_country(sentence)) or _in_a_year(sentence, phrase):
                keep(found, _event(document, label, date, _place(sentence, phrase), _printed(block, sentence.text),
                                    COVER if block.id in section.cover.blocks else ""))
            elif not phrase.bare:
                section.undated[phrase.head.lemma_.lower()] = (phrase, block)


def _something_else(phrase: Phrase, sentence) -> bool:
    """Whether an event noun's phrase names something else: a part of a forum's programme, an activity going on
    ("consultation resumed"; but "Tonga: workshop held …, plan adopted"), an agenda item (in a line without a
    verb), words of a body's name."""
    activity = phrase.bare and is_activity(phrase.head) and not item_country(sentence)
    agenda = is_agenda_item(phrase.head) and not any(t.pos_ in ("VERB", "AUX") for t in sentence)
    first = token_at(sentence.doc, phrase.start)
    return is_part_of_another(phrase.head) or is_programme_part(phrase.head) or activity or agenda \
        or (first is not None and in_a_body_name(first))


def _continued(blocks: list, index: int):
    """A list item with the block below it when the item goes on there: set right under it and indented under
    its text (a hanging indent), the item not ending a sentence ("14/03/2031 - Webinar:" / "Mapping grievance
    channels, online"); else the block."""
    block = blocks[index]
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    if block.kind != "bullet" or below is None or below.page != block.page or below.kind == "heading" \
            or block.text.rstrip()[-1:] in ".;!?":
        return block
    indented = block.bbox[0] < below.bbox[0] <= block.bbox[0] + HANGING * block.size
    close = 0 <= below.bbox[1] - block.bbox[3] <= HANGING * block.size / 2
    return replace(block, text=f"{block.text} {below.text}") if indented and close else block


def _in_a_year(sentence, phrase: Phrase) -> bool:
    """Whether a clause places an event in a year, less precisely than a month ("a roundtable in the second half of
    2025", "Q3 2025 – fifth meeting", "celebró en 2023 un diálogo"): an event, its date unknown."""
    verb = governing_verb(phrase.head)
    return any(YEAR.search(t.text) and not phrase.start <= t.idx < phrase.end and governing_verb(t) == verb
               for t in sentence)


def _meetings_of_bodies(found: dict, document, block, sentence, dates: list, language: str, country: str,
                        own: str) -> None:
    """A body's meeting a sentence dates: "the Steering Board met on 3 May" is the Steering Board meeting; an
    unnamed body's is its country's (not the document's `own`)."""
    pattern = lexicon()["meeting_name"].get(language) or lexicon()["meeting_name"]["en"]
    for name, verb in meeting_bodies(sentence, dates):
        after = [iso for at, _, iso in dates if at >= verb.idx]
        if after:
            label = pattern.format(name[:1].upper() + name[1:] if pattern.startswith("{}") else name)
            label = with_country(label, country if name.islower() else "", own)  # "… committee meeting (Tonga)"
            keep(found, _event(document, label, after[0], _place(sentence, verb), _printed(block, sentence.text)))


def _cover(document, language: str, blocks: list) -> _Cover:
    """The cover: the title and the lines under it on the first page, set as headings or larger than the body
    text, which may say which event the document reports on."""
    body = body_size(blocks)
    first = list(takewhile(lambda b: b.page == blocks[0].page and (b.kind == "heading" or b.size > body), blocks))
    title = document.title or (first[0].text if first else "")
    parts = _TITLE_PARTS.split(title)
    docs = [pipeline(language)(analysis_text(part)) for part in parts]
    events = {p.head.lemma_.lower(): p.label for doc in docs for s in _sentences(doc) for p in event_phrases(s)
              if p.named}
    topic = "" if events else parts[0].strip()
    return _Cover(frozenset(b.id for b in first[1:]), events, topic, title_country(docs))


def _dateline(text: str, date: tuple[int, int, str]) -> bool:
    """Whether a date is a dispatch's dateline ("Suva, 2 May 2025 – …"): the article's, not an event's."""
    start, end, _ = date
    return start <= DATELINE and "," in text[:start] and re.match(r"\s*[-–—]\s", text[end:]) is not None


def _heading_event(doc) -> str:
    """The event noun that heads a heading's phrase ("Workshops planned"), not one that modifies another
    noun ("workshop date") or is denied ("no workshop planned")."""
    heads = [t for t in doc if is_event_head(t) and compound_head(t) is t
             and not any(c.dep_ == "neg" or c.lower_ in negation_words() for c in t.children)]
    return heads[-1].lemma_.lower() if heads else ""


def _listed_event(found: dict, document, block, doc, section: _Section, language: str, year) -> None:
    """An item of a list of events by country under a heading that names them: "Bhutan – May 2025"."""
    if not section.heading_event or block.kind == "heading" or len(doc) > ITEM_WORDS:
        return
    countries = countries_of(doc)
    country = item_country(doc[:]) or (as_label(countries[0]) if len(countries) == 1 else "")
    dates = dates_in(doc.text, language, year) if country else []
    if dates:
        label = with_country(f"{section.heading_event[:1].upper()}{section.heading_event[1:]}", country, bare=True)
        keep(found, _event(document, label, dates[0][2], "", _printed(block, block.text)))


def _printed(block, quote: str) -> tuple:
    """(page, box, quote) where a quote of a block is printed."""
    page, bbox, _, printed = block.printed(quote)
    return page, bbox, printed


def _event(document, label: str, date: str | None, place: str, where: tuple, rule: str = "") -> Event:
    """An event record; `where` is the (page, box, quote) it is named at. Its id is its document, page, name
    and date, so two editions stay two. The rule COVER marks an event its cover names: the one the
    document reports on."""
    page, bbox, quote = where
    return Event(id=statement_id("event", document.sha256, page, f"{label} {date or ''}"), label=label,
                 start_date=date, location=place,
                 provenance=Provenance(document.name, page, redact_personal(quote), bbox, rule=rule))


def _is_entry(phrase: Phrase, doc) -> bool:
    """Whether an event's name is most of a text (a title, a table cell), not one mention in a sentence."""
    return phrase.end - phrase.start >= CELL_SHARE * len(doc.text.strip())


def _dated_below(phrase: Phrase, doc, following: list, language: str, year: int | None) -> str | None:
    """A block that is an event's name alone (a title) is dated by the date of the blocks just below it."""
    if not _is_entry(phrase, doc):
        return None
    near = " ".join(b.text for b in following[:TITLE_LINES] if b.page == following[0].page) if following else ""
    return next((iso for _, _, iso in dates_in(near, language, year)), None)


def _dated_beside(phrase: Phrase, doc, block, page_blocks: list, language: str, year: int | None) -> str | None:
    """A block that is an event's name alone, in a row of a table laid out by whitespace ("03/02/2026   Launch
    of the labour inspection charter"), is dated by a cell beside it on its line that is a date, the nearest
    first."""
    if not _is_entry(phrase, doc):
        return None
    top, bottom = block.bbox[1] - ROW_SLACK * block.size, block.bbox[1] + ROW_SLACK * block.size
    beside = [b for b in page_blocks if b is not block and top <= b.bbox[1] <= bottom
              and (b.bbox[2] <= block.bbox[0] or b.bbox[0] >= block.bbox[2])]
    beside.sort(key=lambda b: min(abs(b.bbox[2] - block.bbox[0]), abs(b.bbox[0] - block.bbox[2])))
    dates = ((b.text, found) for b in beside for found in dates_in(b.text, language, year))
    return next((iso for text, (start, end, iso) in dates if end - start >= CELL_SHARE * len(text.strip())), None)


def _row_events(found: dict[str, Event], document, analysis, where: tuple, year: int | None, own: str) -> None:
    """The events a table row lists (`where`: the table and the row): a cell that is an event's name, dated by
    its row, of its row's country (unnamed when that is the document's `own`)."""
    table, row = where
    docs = [(cell, analysis.doc(cell_id(table.id, cell.row, cell.col))) for cell in row]
    docs = [(cell, doc) for cell, doc in docs if doc is not None]
    for cell, doc in docs:
        if not any(is_event_head(t) for t in doc):
            continue
        language = analysis.languages.get(cell_id(table.id, cell.row, cell.col), analysis.language)
        written = dates_in(doc.text, language, year)
        for phrase in event_phrases(doc[:], written):
            if not (_is_entry(phrase, doc) or _acted_on(phrase.head)) or is_programme_part(phrase.head):
                continue  # an event a cell's sentence mentions, not the cell's entry or action
            others = (iso for c, _ in docs if c is not cell for *_, iso in dates_in(c.text, language, year))
            date = next((iso for *_, iso in written), None) or next(others, None)
            if is_process(phrase.head) and len(date or "") < len("2025-01-01"):
                continue
            country = next((as_label(e) for _, d in docs for e in countries_of(d)), "")
            if phrase.bare and not country:
                continue
            label = with_country(phrase.label, country, own, phrase.bare)
            keep(found, _event(document, label, date, "", (table.page, cell.bbox, cell.text)))


def _acted_on(head) -> bool:
    """Whether an event is the object of a row's action ("Organise a subregional workshop on …", "Convocar un
    foro …"): the row's event, dated by its row."""
    return head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB" and head.head.i == head.sent.start


def _sentences(doc):
    return doc.sents if doc.has_annotation("SENT_START") else [doc[:]]


def _place(sentence, mention) -> str:
    """The first place named after an event's mention (its phrase, or the word that says a body meets) in its
    sentence, else the last before it."""
    if isinstance(mention, Phrase):
        start, end = mention.start, mention.end
    else:
        start, end = mention.idx, mention.idx + len(mention)
    places = [e for e in sentence.ents if e.label_ in ("GPE", "LOC") or e.ent_id_.startswith("country:")]
    after = [e.text for e in places if e.start_char >= end]
    before = [e.text for e in places if e.end_char <= start]
    return after[0] if after else (before[-1] if before else "")

"""Events: meetings, workshops, conferences and forums, with ISO 8601 dates and places.

An event is a name ending in an event word ("Paris Peace Forum", "2nd Global Workshop of
the Supply Chains Action Group") or a workshop phrase dated in parentheses ("national
strategy workshop (Oct. 2018)"). Its date is the nearest date expression in the same
sentence ("17th July 2019", "14-15 May 2019", "Nov 11-13", "12/11/2019", "early
September"), completed with the document's year when the year is left out; its place is
the nearest place name after it. One row per event and document: its first dated mention.
"""

from __future__ import annotations

import re
from typing import Iterator

from rapidfuzz import fuzz

from kg87.model.gazetteer import load_gazetteer
from kg87.model.records import Event, Provenance, statement_id

from .dates import document_year, parse_date
from .nlp import pipeline
from .registry import Context, extractor
from .text import redact_emails, sentences

_HEAD = (r"(?i:meeting|workshop|conference|forum|summit|symposium|consultation|congress|webinar|"
         r"side\s+event|réunion|atelier|conférence)")
_WORD = r"(?:[A-Z0-9][\w'’.-]*|of|on|the|for|and|to|in|from|against|with|de|du|des|la|le|sur|pour|contre|&)"
_NAMED = re.compile(
    rf"((?:{_WORD}\s+){{0,9}}{_HEAD}(?![\w])(?:\s+(?:of|on|for|against)(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)*)")
_DATED_PHRASE = re.compile(
    r"\b((?:national|strategic|preparatory|technical|regional|global)(?:\s+(?:strategy|planning|strategic))*"
    r"\s+(?:workshop|consultation|meeting))\b", re.I)
_HEAD_FIRST = re.compile(  # French names put the head first: "atelier national de planification stratégique de ..."
    r"(?<![\w'’])((?:atelier|réunion|conférence|webinaire|séminaire|sommet|forum|journée)\s+"
    r"(?!(?:a|ont|est|sont|se|sera|serait|aura|aurait)\b)[^,;:()]{3,90}?)"
    r"(?=\s*[,;:(]|\s+(?:se|sera|serait|aura|aurait|a|ont|est|sont|qui|que|tenu|prévu|reporté)\b|\s*$)", re.I)
_LEADING = re.compile(r"^(?:(?:the|The|of|on|for|and|to|in|at|a|an|At|In|On|A|An)\s+)+")


@extractor("events", produces=("event",))
def events(context: Context) -> Iterator[Event]:
    """The events a document names, one per label."""
    document = context.document
    gazetteer = load_gazetteer()
    year = document_year(document)
    found: dict[str, Event] = {}
    nlp = pipeline(context.analysis.language)
    blocks = list(document.blocks())
    for index, block in enumerate(blocks):
        country = next((gazetteer.country(h) for h in reversed(block.section) if gazetteer.country(h)), None)
        following = " ".join(b.text for b in blocks[index + 1:index + 4] if b.page == block.page)
        for sentence in sentences(block.text):
            for label, start, end in _event_names(sentence):
                if country and label[0].islower():
                    label = f"{label[0].upper()}{label[1:]} ({country.label})"
                key = re.sub(r"\W+", " ", label.lower()).strip()
                same = next((other for other in found if fuzz.token_set_ratio(key, other) >= 90), None)
                if same and found[same].start_date:
                    continue  # the same event named again ("the 5th GCG Meeting", "the GCG Meeting")
                after = sentence[end:end + 120] if sentence[end:].strip(" .:") else following[:120]
                date, _ = parse_date(after, year)
                if date is None:
                    date, _ = parse_date(sentence[max(0, start - 60):start], year)
                place = _place(nlp, after) or _place(nlp, sentence[max(0, start - 80):start])
                if same and not date:
                    continue
                record = Event(
                    id=statement_id("event", document.sha256, block.page, label), label=label, start_date=date,
                    location=place or (country.label if country else ""),
                    provenance=Provenance(document.name, block.page, redact_emails(sentence), block.bbox),
                )
                found.pop(same, None)  # a dated mention replaces an undated one of the same event
                found[key] = record
    yield from found.values()


def _event_names(sentence: str) -> Iterator[tuple[str, int, int]]:
    for match in _NAMED.finditer(sentence):
        label = _LEADING.sub("", match.group(1)).strip(" ,.;:")
        words = label.split()
        head_at = next((i for i, w in enumerate(words) if re.fullmatch(_HEAD, w)), len(words))
        if head_at and words[head_at - 1].lower() in {"the", "this", "that", "each", "every"}:
            continue  # "Outcomes from the Workshop" refers back to an event, it does not name one
        if len(words) >= 2 and (label[0].isupper() or re.match(r"\d+(st|nd|rd|th|e|er)\b", label)):
            yield label, match.start(1), match.end(1)
    for match in _DATED_PHRASE.finditer(sentence):
        if parse_date(sentence[match.end():match.end() + 60], 2000)[0]:  # only a dated mention names an event
            yield match.group(1), match.start(1), match.end(1)
    for match in _HEAD_FIRST.finditer(sentence):
        label = match.group(1).strip()
        if parse_date(sentence[match.end():match.end() + 80], 2000)[0] or sentence[:match.start()].strip() == "":
            yield label[0].upper() + label[1:], match.start(1), match.end(1)


def _place(nlp, text: str) -> str | None:
    if not text.strip():
        return None
    for ent in nlp(text).ents:
        if ent.label_ in ("GPE", "LOC"):
            return ent.text
    return None

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

from kg87.records import EventRecord, statement_id

from .document import Document
from .entities import load_nlp, redact_emails
from .gazetteer import load_gazetteer
from .text import sentences

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}
_ABBREVIATED = {name[:3]: number for name, number in MONTHS.items() if name.isascii()} | {"sept": 9}
_MONTH = r"(?:" + "|".join(sorted(set(MONTHS) | set(_ABBREVIATED), key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er)?"
_YEAR = r"((?:19|20)\d\d)"
_DATES = [  # (pattern, groups: day, month, year)
    (re.compile(rf"\b{_DAY}(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+({_MONTH}),?\s+{_YEAR}\b", re.I), (1, 2, 3)),
    (re.compile(rf"\b({_MONTH})\s+{_DAY}(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+{_YEAR})?\b", re.I), (2, 1, 3)),
    (re.compile(rf"\b(?:early|mid|late|end|beginning\s+of)?[\s-]*({_MONTH}),?\s+{_YEAR}\b", re.I), (None, 1, 2)),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b"), (1, 2, 3)),
    (re.compile(rf"\b(?:early|mid|late|in|end\s+of)[\s-]+({_MONTH})\b(?!,?\s+(?:19|20)\d\d)", re.I), (None, 1, None)),
]
_HEAD = (r"(?i:meeting|workshop|conference|forum|summit|symposium|consultation|congress|webinar|"
         r"side\s+event|réunion|atelier|conférence)")
_WORD = r"(?:[A-Z0-9][\w'’.-]*|of|on|the|for|and|to|in|from|against|with|de|du|des|la|le|sur|pour|contre|&)"
_NAMED = re.compile(
    rf"((?:{_WORD}\s+){{0,9}}{_HEAD}(?![\w])(?:\s+(?:of|on|for|against)(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)*)")
_NAME_WITH_COMMON_HEAD = re.compile(r"\b((?:[A-Z][\w.-]*\d[\w.-]*|[A-Z]{2,}[\w-]*)\s+(?:[a-z]+(?:'s|s')?\s+){0,2}"
                                    r"(?:meeting|conference|forum|summit|workshop))\b")
_DATED_PHRASE = re.compile(
    r"\b((?:national|strategic|preparatory|technical|regional|global)(?:\s+(?:strategy|planning|strategic))*"
    r"\s+(?:workshop|consultation|meeting))\b", re.I)
_HEAD_FIRST = re.compile(  # French names put the head first: "atelier national de planification stratégique de ..."
    r"(?<![\w'’])((?:atelier|réunion|conférence|webinaire|séminaire|sommet|forum|journée)\s+"
    r"(?!(?:a|ont|est|sont|se|sera|serait|aura|aurait)\b)[^,;:()]{3,90}?)"
    r"(?=\s*[,;:(]|\s+(?:se|sera|serait|aura|aurait|a|ont|est|sont|qui|que|tenu|prévu|reporté)\b|\s*$)", re.I)
_LEADING = re.compile(r"^(?:(?:the|The|of|on|for|and|to|in|at|a|an|At|In|On|A|An)\s+)+")


def document_year(document: Document) -> int | None:
    """The year the document is dated (from its title, else its first blocks)."""
    for text in [document.title] + [b.text for b in list(document.blocks())[:20]]:
        match = re.search(r"\b(?:19|20)\d\d\b", text)
        if match:
            return int(match.group(0))
    return None


def parse_date(text: str, default_year: int | None) -> tuple[str | None, int]:
    """(ISO date or year-month, position) of the first date expression in text; (None, -1) if none."""
    best: tuple[str | None, int] = (None, -1)
    for pattern, (day_group, month_group, year_group) in _DATES:
        match = pattern.search(text)
        if not match or (best[1] >= 0 and match.start() >= best[1]):
            continue
        if pattern.pattern.startswith(r"\b(\d{1,2})/"):
            day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        else:
            month = _month_number(match.group(month_group))
            day = int(match.group(day_group)) if day_group else None
            year = int(match.group(year_group)) if year_group and match.group(year_group) else default_year
        if not month or not year or not (1 <= month <= 12) or (day and not 1 <= day <= 31):
            continue
        best = (f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}", match.start())
    return best


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or _ABBREVIATED.get(word[:4] if word.startswith("sept") else word[:3])


def events(document: Document) -> Iterator[EventRecord]:
    """The events a document names, one per label."""
    gazetteer = load_gazetteer()
    year = document_year(document)
    found: dict[str, EventRecord] = {}
    nlp = load_nlp()
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
                record = EventRecord(
                    id=statement_id("event", document.sha256, block.page, label),
                    label=label, start_date=date, location=place or (country.label if country else ""),
                    document=document.name, page=block.page, quote=redact_emails(sentence), bbox=block.bbox,
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
    for match in _NAME_WITH_COMMON_HEAD.finditer(sentence):  # "G-20 labour minister's meeting"
        yield match.group(1), match.start(1), match.end(1)


def _place(nlp, text: str) -> str | None:
    if not text.strip():
        return None
    for ent in nlp(text).ents:
        if ent.label_ in ("GPE", "LOC"):
            return ent.text
    return None

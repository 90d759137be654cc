"""Dates in text: event dates as ISO 8601, and the year a document is dated.

A date is found where the text names a month, in the words dateparser knows for the text's language
("17th July 2019", "14-15 May 2019", "Nov 11-13", "du 4 au 6 juin 2026", "3 de marzo de 2025",
"the week of 9 March 2026") or writes one in figures ("12/11/2019", "2019-11-12"), and is read by
dateparser. It is as precise as the text: a day, else a month; a range gives its first day; a year
left out is the document's own.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple

from kg87.model.document import Document

_TOKEN = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|\d+(?:st|nd|rd|th|er|e)?\b|[^\W\d_]+\.?|\S")
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|e)?$")
_YEAR = re.compile(r"(?:19|20)\d\d$")
_FIGURES = re.compile(r"\d{1,2}/\d{1,2}/\d{4}$|\d{4}-\d\d-\d\d$")
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
LINK_WORDS = 2  # words of a date's grammar ("de", "of the", ",") between its day, month and year


class _Token(NamedTuple):
    start: int
    end: int
    text: str


def document_year(document: Document) -> int | None:
    """The year the document is dated (from its title, else its first blocks)."""
    for text in [document.title] + [b.text for b in list(document.blocks())[:20]]:
        match = re.search(r"\b(?:19|20)\d\d\b", text)
        if match:
            return int(match.group(0))
    return None


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(month names, their abbreviations, the words a date's grammar puts between its parts) in a language."""
    info = _locale(language).info
    names = [[w.lower() for w in info.get(key, [])] for key in _MONTH_KEYS]
    full = frozenset(max(words, key=len) for words in names if words)
    short = frozenset(w for words in names for w in words) - full
    return full, short, frozenset(w.lower() for w in info.get("skip", []) if w.strip())


def _locale(language: str):
    """dateparser's data for a language (English for one it does not know)."""
    from dateparser.languages import default_loader

    try:
        return default_loader.get_locale(language)
    except (ValueError, KeyError):
        return default_loader.get_locale("en")


def _is_month(token: _Token, language: str) -> bool:
    full, short, _ = _words(language)
    word = token.text.lower().rstrip(".")
    return word in full or word in short


def _is_link(token: _Token, language: str) -> bool:
    return token.text.lower() in _words(language)[2] or token.text in ("-", "–")


def _in_a_name(tokens: list[_Token], at: int, language: str) -> bool:
    """Whether a month standing alone follows a capitalised word that is no word of a date ("Red March", not
    "In March"): it is part of a name."""
    before = tokens[at - 1].text if at > 0 else ""
    return before[:1].isupper() and before.isalpha() and before.lower() not in _date_words(language)


@lru_cache(maxsize=8)
def _date_words(language: str) -> frozenset[str]:
    """Every word dateparser knows in a language's dates ("in", "of", "before", "en", …)."""
    words: set[str] = set()
    pending = [_locale(language).info]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            words.update(value.lower().split())
        elif isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return frozenset(words)


def _day_before(tokens: list[_Token], at: int, language: str) -> int | None:
    """The first day of a date whose month is at `at`: "14 May", "14-15 May", "du 14 au 16 octobre", "3 de marzo"."""
    found = None
    for index in range(at - 1, max(-1, at - LINK_WORDS - 4), -1):
        token = tokens[index]
        if _is_day(token):
            found = index
        elif not (_is_link(token, language) or token.text.isalpha() and len(token.text) <= 2):
            break
    return found


def _is_day(token: _Token) -> bool:
    match = _DAY.match(token.text)
    return bool(match) and 1 <= int(match.group(1)) <= 31


def _after(tokens: list[_Token], at: int, language: str) -> tuple[int | None, int | None, int]:
    """(index of a day, index of a year, index of the last token) written after a month ("Nov 11-13, 2019")."""
    day = year = None
    last, index = at, at + 1
    while index < len(tokens) and index <= last + LINK_WORDS + 1:
        token = tokens[index]
        if _YEAR.match(token.text):
            year, last = index, index
            break
        if day is None and _is_day(token) and index == at + 1:
            day, last = index, index
        elif not _is_link(token, language) and not (day is not None and token.text[:1].isdigit()):
            break
        index += 1
    return day, year, last


def _spans(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised text) of each date the text writes: "day month year" or a date in figures."""
    tokens = [_Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    found = []
    for at, token in enumerate(tokens):
        if _FIGURES.match(token.text):
            found.append((token.start, token.end, token.text))
        elif _is_month(token, language):
            day = _day_before(tokens, at, language)
            after_day, year, last = _after(tokens, at, language)
            day = day if day is not None else after_day
            full = token.text.lower() in _words(language)[0]
            if day is None and year is None and (_in_a_name(tokens, at, language) or not (
                    full and (token.text[:1].isupper() or language != "en"))):
                continue  # "may" the verb, "sept" the number, a month in a name
            first = tokens[min(at, day if day is not None else at)].start
            parts = [_DAY.match(tokens[day].text).group(1)] if day is not None else []
            parts += [token.text.rstrip(".")] + ([tokens[year].text] if year is not None else [])
            found.append((first, tokens[last].end, " ".join(parts)))
    return found


@lru_cache(maxsize=8)
def _date_reader(language: str, year: int):
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": datetime(year, 1, 1), "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month"],
                "DATE_ORDER": "DMY"}  # the international genre writes 12/03/2021 for 12 March
    return DateDataParser(languages=[language], settings=settings)


@lru_cache(maxsize=4096)
def _read(written: str, language: str, year: int) -> str | None:
    data = _date_reader(language, year).get_date_data(written)
    if data.date_obj is None or data.period not in ("day", "month"):
        return None
    return data.date_obj.strftime("%Y-%m-%d" if written[:1].isdigit() else "%Y-%m")  # a day is written first


def dates_in(text: str, language: str, year: int | None) -> list[tuple[int, int, str]]:
    """Each date a text gives, as (start, end, ISO 8601 as precise as the text: day or month), read by
    dateparser in the text's language with the document's year for dates that leave it out."""
    language = _locale(language).shortname
    found = []
    for start, end, written in _spans(text, language):
        iso = _read(written, language, year or datetime.now().year)
        if iso:
            found.append((start, end, iso))
    return found


def has_date(text: str, language: str = "en") -> bool:
    """Whether a text writes a date (a month with its day or year, or a date in figures)."""
    return bool(_spans(text, _locale(language).shortname))

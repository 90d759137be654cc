"""Dates and years in text: event dates as ISO 8601, deadlines as years, the year a document is dated.

"17th July 2019", "14-15 May 2019", "Nov 11-13", "12/11/2019", "early September" and their
French forms give an ISO date (or year and month); a year left out is the document's own.
"By 2020", "before July 2019", "(September 2019)" give a deadline year.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from kg87.model.document import Document

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
_ENGLISH = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december")
_ABBREVIATED = {name[:3]: MONTHS[name] for name in _ENGLISH} | {"sept": 9}
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
_YEAR_AFTER = re.compile(r"(?:\b(?:by|before|until|in|end of|from|avant|jusqu'en|en)|d'ici)\s+(?:the\s+end\s+of\s+)?"
                         r"(?:\w+\s+)?((?:19|20)\d\d)\b", re.I)
_PAREN_YEAR = re.compile(r"\((?:[A-Za-z]+\s+)?((?:19|20)\d\d)\)")


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


def target_year(text: str) -> int | None:
    """The year a text sets as a deadline ('by 2020', 'before July 2019', '(September 2019)')."""
    match = _YEAR_AFTER.search(text) or _PAREN_YEAR.search(text)
    return int(match.group(1)) if match else None


def year_in(text: str) -> int | None:
    """The first year a text names (a deadline cell: "Q4 2021", "2025")."""
    match = re.search(r"\b((?:19|20)\d\d)\b", text)
    return int(match.group(1)) if match else None


_RANGE_END = re.compile(r"(?<=\d)\s*(?:[-–]|\bto\b|\bau\b|\bal\b|\band\b|\bet\b|\by\b)\s*\d{1,2}(?!\d|[/.:])")


_ABBREVIATION_DOT = re.compile(r"(?<=\b[^\W\d_]{3})\.(?=\s*\d)|(?<=\b[^\W\d_]{4})\.(?=\s*\d)")


@lru_cache(maxsize=8)
def _date_reader(language: str, year: int):
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": datetime(year, 1, 1), "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month"],
                "DATE_ORDER": "DMY"}  # the international genre writes 12/03/2021 for 12 March
    return DateDataParser(languages=[language], settings=settings), settings


def dates_in(text: str, language: str, year: int | None) -> list[tuple[int, int, str]]:
    """Each date a text gives, as (start, end, ISO 8601 as precise as the text: day or month), read by
    dateparser in the text's language with the document's year for dates that leave it out."""
    from dateparser.search import search_dates

    reader, settings = _date_reader(language, year or datetime.now().year)
    text = _RANGE_END.sub(lambda m: " " * len(m.group(0)), text)  # "14-15 May": the event starts on the 14th
    text = _ABBREVIATION_DOT.sub(" ", text)  # "Oct. 2018" is read as one date
    found: list[tuple[int, int, str]] = []
    offset = 0
    for surface, when in search_dates(text, languages=[language], settings=settings) or []:
        where = re.compile(r"\s+".join(map(re.escape, surface.split()))).search(text, offset)
        start, offset = (where.start(), where.end()) if where else (offset, offset)
        period = reader.get_date_data(surface).period
        if period in ("day", "month") and re.search(r"[^\W\d_]{3,}|\d/\d", surface):  # not "8.7", "2030"
            found.append((start, offset, when.strftime("%Y-%m-%d" if period == "day" else "%Y-%m")))
    return found

"""Small text helpers shared by the extractors: sentences, and personal data (e-mail addresses, phone numbers)
kept out of every output.

Personal data is removed where a text is read, by one function, `redact_personal`. Its patterns aim at what
is surely an address or a number to call, as PDFs print them: an address broken across a line (the reader
joins lines with a space: ``name@ministry. gov.vn``), written out (``name [at] unicef [dot] org``), a phone
number with its country code or under a label (``Tel.: 024 3826 9999``). Years, dates, convention numbers,
amounts and document symbols never match. `kg87.publish.privacy` checks every exported file again, wider.
"""

from __future__ import annotations

import re

_SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=[A-Z])")

EMAIL_REMOVED = "[e-mail removed]"
PHONE_REMOVED = "(phone removed)"  # not in square brackets: spaCy's parser often starts a sentence there

# The part before the @: jane.doe, j-mahey, u_antwi, lspagnolo+gcg.
_LOCAL = r"[\w%+-]+(?:\.[\w%+-]+)*"
# One label of a domain name: unicef, dfid, coca-cola.
_LABEL = r"[A-Za-z0-9-]+"
# What may follow a dot and a line break (a space, once the lines are joined) and still belong to the address:
# a generic top-level domain ("x@unicef. org") or a lower-case domain with a dot ("name@ministry. gov.vn");
# a sentence that goes on after an address starts with neither.
_AFTER_BREAK = r"[a-z0-9-]+(?:\.[a-z0-9-]+)+|(?:org|com|net|int|gov|edu|info)\b"
# An address, also when broken after the @ or after a dot of its domain.
_EMAIL = re.compile(rf"{_LOCAL}@\s?{_LABEL}(?:\.{_LABEL})*\.(?:\s(?:{_AFTER_BREAK})|{_LABEL})")
# [at] (at) {at} and [dot] (dot) {dot}, any case and spacing.
_AT = r"\s*[\[({]\s*(?i:at)\s*[\])}]\s*"
_DOT = r"\s*[\[({]\s*(?i:dot)\s*[\])}]\s*"
# An address written with [at] and [dot] (or plain dots): "name [at] unicef [dot] org", "name(at)ilo.org".
_EMAIL_BRACKETED = re.compile(rf"{_LOCAL}{_AT}{_LABEL}(?:(?:{_DOT}|\.){_LABEL})+")
# An address written out in words, only when it ends " dot " and a top-level domain: "jane at ilo dot org",
# "jane AT ilo DOT org".
_EMAIL_IN_WORDS = re.compile(
    r"\b[A-Za-z0-9._-]+ (?:at|AT) (?:[A-Za-z0-9-]+ (?:dot|DOT) )+(?:org|com|net|int|gov|edu|info|[a-z]{2})\b")

# A number with its country code after + or (+): "+41 22 799 6111", "+1 (212) 555-0199", "(+977) 1-4-123456".
_PHONE_INTERNATIONAL = re.compile(r"\(?\+\s?\d{1,4}\)?(?:[\s./-]{0,2}\(?\d{1,6}\)?){2,6}")
# A number dialled from abroad with 00 and the country code: "0044 20 7946 0958".
_PHONE_DIALLED = re.compile(r"(?<![\w.,/-])00[1-9]\d{0,2}(?:[\s.-]\(?\d{1,6}\)?){2,6}(?![\w/])")
# A national number after a label that says it is one: "Tel.: 024 3826 9999", "Tél. 01 45 67 89 00",
# "Fax/Mobile: (022) 799 61 11"; the label stays.
_PHONE_LABELLED = re.compile(
    r"(\b(?:Tel|Tél|Tlf|Phone|Telephone|Téléphone|Teléfono|Telefono|Mobile|Mob|Cell|Fax|Hotline|Helpline)"
    r"(?:\s*/\s*[a-zé]+)*\.?\s*(?:no\.?\s*)?:?\s*)(\(?\d[\d\s()./-]*\d)", re.IGNORECASE)
# Years and ranges of years, which a labelled "number" must not be: "2021", "2021-2025", "2025/26".
_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?")
# A number to call has at least this many digits; an international one, with its country code.
_NATIONAL_DIGITS, _INTERNATIONAL_DIGITS = 6, 8


def sentences(text: str) -> list[str]:
    """The sentences of a block: split after . ; ! ? where the next word is capitalised."""
    return _SENTENCE_BREAK.split(text)


def redact_personal(text: str) -> str:
    """The text with e-mail addresses and phone numbers replaced by placeholders: they are read, never exported."""
    for pattern in (_EMAIL, _EMAIL_BRACKETED, _EMAIL_IN_WORDS):
        text = pattern.sub(EMAIL_REMOVED, text)
    for pattern in (_PHONE_INTERNATIONAL, _PHONE_DIALLED):
        text = pattern.sub(lambda m: _phone(m.group(0), _INTERNATIONAL_DIGITS), text)
    return _PHONE_LABELLED.sub(lambda m: m.group(1) + _phone(m.group(2), _NATIONAL_DIGITS), text)


def _phone(number: str, digits: int) -> str:
    """The placeholder for a number with enough digits that is not a year or a range of years; else the number."""
    if sum(c.isdigit() for c in number) < digits or _YEARS.fullmatch(number.strip("()")):
        return number
    return PHONE_REMOVED


def is_personal(text: str) -> bool:
    """Whether a text is nothing but one e-mail address or phone number."""
    return redact_personal(text.strip()) in (EMAIL_REMOVED, PHONE_REMOVED)

"""The last check before `kg87 export` writes a file: nothing in it may look like an e-mail address or a phone
number.

Personal data is removed where a text is read (`kg87.extract.text.redact_personal`, patterns that must not
touch a year or an amount). These patterns are wider on purpose: they also catch what is only probably personal
data, so that a miss of the redaction stops the export instead of leaving the machine. A refusal names the
file and the kind of data, never the data itself.
"""

from __future__ import annotations

import re

_PATTERNS = {
    "an e-mail address": [
        # an @ between word characters, also with a space after it: "jane@ilo", "name@ ministry".
        re.compile(r"\w@\s?\w"),
        # an at or a dot in brackets after a word: "name [at] unicef", "ilo(dot)org", "x {at} y".
        re.compile(r"\w\s*[\[({<]\s*(?:at|dot)\s*[\])}>]", re.IGNORECASE),
        # an address in words: "jane at unicef dot org".
        re.compile(r"\w at [\w-]+ dot \w", re.IGNORECASE),
    ],
    "a phone number": [
        # a + (or 00 not inside a word or number) and eight or more digits with phone separators, in any grouping.
        re.compile(r"(?:\+|(?<![\w.-])00)\s?\(?\d(?:[\s()./-]{0,2}\d){7,}(?!\w)"),
        # a label that says a number is a phone's, then six or more digits that are not a year or a range of
        # years ending there: "Tel.: 024 3826 9999", not "Mobile 2021-2025".
        re.compile(r"\b(?:tel|tél|tlf|phone|telephone|téléphone|teléfono|telefono|mobile|mob|cell|fax|hotline|"
                   r"helpline)\b[\s.:/]{0,4}\(?(?!(?:19|20)\d\d(?:\s?[-/]\s?(?:19|20)?\d\d)?(?![\s()./-]{0,2}\d))"
                   r"\d(?:[\s()./-]{0,2}\d){5,}", re.IGNORECASE),
    ],
}


def personal_data(text: str) -> str | None:
    """The kind of personal data a text seems to hold ("an e-mail address", "a phone number"), or None."""
    return next((kind for kind, patterns in _PATTERNS.items() if any(p.search(text) for p in patterns)), None)


def refusal(contents: dict[str, bytes]) -> str | None:
    """Why files about to be written (path → bytes) must not be: the first that seems to hold personal data,
    named with the kind of data; None when every file is clean."""
    for path, data in sorted(contents.items()):
        kind = personal_data(data.decode("utf-8", errors="replace"))
        if kind:
            return (f"{path} would contain {kind}; nothing was written. Personal data (e-mail addresses, phone "
                    "numbers) must never leave the machine: please report this as a bug.")
    return None

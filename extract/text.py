"""Small text helpers shared by the extractors: sentences, and e-mail addresses kept out of every output."""

from __future__ import annotations

import re

_SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=[A-Z])")
_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(\.[\w-]+)+")


def sentences(text: str) -> list[str]:
    """The sentences of a block: split after . ; ! ? where the next word is capitalised."""
    return _SENTENCE_BREAK.split(text)


def redact_emails(text: str) -> str:
    """Replace e-mail addresses: they are read, never exported."""
    return _EMAIL.sub("[e-mail removed]", text)


def is_email(text: str) -> bool:
    return bool(_EMAIL.fullmatch(text.strip()))

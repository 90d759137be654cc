"""Small text helpers shared by the extractors."""

from __future__ import annotations

import re

_SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=[A-Z])")


def sentences(text: str) -> list[str]:
    """The sentences of a block: split after . ; ! ? where the next word is capitalised."""
    return _SENTENCE_BREAK.split(text)
